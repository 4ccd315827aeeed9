"""Golden facts for real text releases: native text exhibits, markdown scrapes, and w3m / lynx /
pdftotext renderings of corpus HTML releases. Each golden file was written by hand from the document and
cross-footed (its "cross_footing" entries show the arithmetic); tests/fixtures/text/README.md says where
each fixture comes from.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

import core
from tests.conftest import FIXTURES

GOLDEN = sorted((FIXTURES / "text").glob("*.golden.json"))


def _fixture(golden: Path) -> Path:
    return golden.with_name(golden.name.replace(".golden.json", ".txt"))


@pytest.fixture(scope="module", params=GOLDEN, ids=[g.name.replace(".golden.json", "") for g in GOLDEN])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, object], core.Release]:
    golden: Path = request.param
    path = _fixture(golden)
    return json.loads(golden.read_text()), core.parse_release(path.read_bytes(), path.name)


def test_there_are_goldens_for_a_dozen_text_inputs() -> None:
    assert len(GOLDEN) >= 13


def test_golden_facts(case: tuple[dict[str, object], core.Release]) -> None:
    golden, release = case
    frame = core.facts_frame(release)
    found: dict[tuple[str, str, str, object], list[Decimal]] = {}
    for row in frame.itertuples(index=False):
        months = None if pd.isna(row.months) else int(row.months)
        key = (row.statement, row.concept, row.period_end, months)
        found.setdefault(key, []).append(Decimal(repr(row.value)))
    wrong = []
    facts = golden["facts"]
    assert isinstance(facts, list)
    for fact in facts:
        key = (fact["statement"], fact["concept"], fact["period_end"], fact["months"])
        expected = Decimal(fact["value"])
        values = found.get(key, [])
        if not any(abs(v - expected) <= Decimal("1e-9") * max(abs(expected), 1) for v in values):
            wrong.append(f"{key}: expected {expected}, found {values or 'nothing'}")
    assert not wrong, f"{len(wrong)} of {len(facts)} facts wrong:\n" + "\n".join(wrong)


def test_golden_metadata(case: tuple[dict[str, object], core.Release]) -> None:
    golden, release = case
    if golden.get("ticker"):
        assert release.metadata.ticker == golden["ticker"]
