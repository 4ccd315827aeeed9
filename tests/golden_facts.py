"""Comparing a parsed release with a golden file (tests/fixtures/*/<stem>.golden.json).

A golden lists the facts the document leaves no doubt about (tests/fixtures/text/README.md); each must be
among the release's facts with the same statement, concept, period end and length, to within a part in a
billion (values are exact decimals; the tolerance only absorbs float round trips through the frame).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

import core


def load(golden: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(golden.read_text(encoding="utf-8"))
    return data


Key = tuple[str, str, str, int | None]  # statement, concept, period end, months (None for a balance date)


def key_and_value(release: core.Release) -> Iterator[tuple[Key, float]]:
    """Each row of the release's facts frame as the goldens key it, with its value."""
    frame = core.facts_frame(release)
    columns = (frame["statement"], frame["concept"], frame["period_end"], frame["months"], frame["value"])
    for statement, concept, period_end, months, value in zip(*columns, strict=True):
        yield (str(statement), str(concept), str(period_end), None if pd.isna(months) else int(months)), float(value)


def wrong_facts(golden: dict[str, Any], release: core.Release) -> list[str]:
    """One line per golden fact the release does not hold (empty when all are right)."""
    found: dict[Key, list[Decimal]] = {}
    for key, value in key_and_value(release):
        found.setdefault(key, []).append(Decimal(repr(value)))
    wrong = []
    for fact in golden["facts"]:
        key = (fact["statement"], fact["concept"], fact["period_end"], fact["months"])
        expected = Decimal(fact["value"])
        values = found.get(key, [])
        if not any(abs(v - expected) <= Decimal("1e-9") * max(abs(expected), Decimal(1)) for v in values):
            wrong.append(f"{key}: expected {expected}, found {values or 'nothing'}")
    return wrong


def facts_by_key(release: core.Release) -> dict[Key, float]:
    """The release's concept facts, keyed like the goldens (for comparing two forms of one release)."""
    result: dict[Key, float] = {}
    for key, value in key_and_value(release):
        if key[1]:
            result.setdefault(key, value)
    return result


def assert_facts(golden: dict[str, Any], release: core.Release) -> None:
    """Fail with every wrong golden fact listed, not just the first."""
    wrong = wrong_facts(golden, release)
    assert not wrong, f"{len(wrong)} of {len(golden['facts'])} facts wrong:\n" + "\n".join(wrong)
