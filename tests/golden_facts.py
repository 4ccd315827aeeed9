"""Comparing a parsed release with a golden file (tests/fixtures/*/<stem>.golden.json).

A golden lists the facts the document leaves no doubt about (tests/fixtures/text/README.md); each must be
among the release's facts with the same statement, concept, period end and length, to within a part in a
billion (values are exact decimals; the tolerance only absorbs float round trips through the frame).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

import core


def load(golden: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(golden.read_text(encoding="utf-8"))
    return data


def wrong_facts(golden: dict[str, Any], release: core.Release) -> list[str]:
    """One line per golden fact the release does not hold (empty when all are right)."""
    found: dict[tuple[str, str, str, int | None], list[Decimal]] = {}
    for row in core.facts_frame(release).itertuples(index=False):
        months = None if pd.isna(row.months) else int(row.months)
        found.setdefault((row.statement, row.concept, row.period_end, months), []).append(Decimal(repr(row.value)))
    wrong = []
    for fact in golden["facts"]:
        key = (fact["statement"], fact["concept"], fact["period_end"], fact["months"])
        expected = Decimal(fact["value"])
        values = found.get(key, [])
        if not any(abs(v - expected) <= Decimal("1e-9") * max(abs(expected), 1) for v in values):
            wrong.append(f"{key}: expected {expected}, found {values or 'nothing'}")
    return wrong


def facts_by_key(release: core.Release) -> dict[tuple[str, str, str, int | None], float]:
    """The release's concept facts, keyed like the goldens (for comparing two forms of one release)."""
    result: dict[tuple[str, str, str, int | None], float] = {}
    for row in core.facts_frame(release).itertuples(index=False):
        if row.concept:
            months = None if pd.isna(row.months) else int(row.months)
            result.setdefault((row.statement, row.concept, row.period_end, months), float(row.value))
    return result


def assert_facts(golden: dict[str, Any], release: core.Release) -> None:
    """Fail with every wrong golden fact listed, not just the first."""
    wrong = wrong_facts(golden, release)
    assert not wrong, f"{len(wrong)} of {len(golden['facts'])} facts wrong:\n" + "\n".join(wrong)
