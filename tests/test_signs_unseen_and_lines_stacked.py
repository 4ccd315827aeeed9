"""Figures a check cannot vouch for the sign of, and labels stacked with <br> beside figure cells of as many lines
(round 722): each fixture is an invented release, its figures checked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.checks.verification import fact_checks, fact_key

HTML = Path(__file__).parent / "fixtures" / "html"


def _release(name: str) -> core.Release:
    path = HTML / name
    return core.parse_release(path.read_bytes(), path.name)


def _figures(release: core.Release, kind: str) -> dict[tuple[str, str], tuple[Decimal | None, str]]:
    """(concept, period end) -> (value, status) for every named line of the statement of that kind."""
    statuses = fact_checks(release)
    statement = next(s for s in release.statements if s.kind == kind)
    found: dict[tuple[str, str], tuple[Decimal | None, str]] = {}
    for item in statement.items:
        for period, value in zip(statement.periods, item.values, strict=True):
            checks = statuses.get(fact_key(item, period))
            for concept in item.concepts:
                found[(concept, str(period.end))] = (value, checks.status if checks else "unchecked")
    return found


def test_basic_and_diluted_stacked_in_one_row_split_line_for_line() -> None:
    """"Basic<br>Diluted" beside "$<br>$" and "0.40<br>0.39": 6,400 / 16,000 = 0.40 and 6,400 / 16,400 = 0.39;
    5,200 / 15,800 = 0.33 and 5,200 / 16,250 = 0.32. Joined, "Basic Diluted" had taken both EPS with the basic
    figures."""
    figures = _figures(_release("eps_basic_and_diluted_stacked_in_one_row_beside_dollar_cells.htm"), "operations")
    assert {key: value for key, (value, _) in figures.items() if key[0].startswith(("eps", "shares"))} == {
        ("eps_basic", "2023-06-30"): Decimal("0.40"), ("eps_basic", "2022-06-30"): Decimal("0.33"),
        ("eps_diluted", "2023-06-30"): Decimal("0.39"), ("eps_diluted", "2022-06-30"): Decimal("0.32"),
        ("shares_basic", "2023-06-30"): Decimal(16_000_000), ("shares_basic", "2022-06-30"): Decimal(15_800_000),
        ("shares_diluted", "2023-06-30"): Decimal(16_400_000),
        ("shares_diluted", "2022-06-30"): Decimal(16_250_000)}
    assert all(status == "verified" for _, status in figures.values())
