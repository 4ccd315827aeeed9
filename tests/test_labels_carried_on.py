"""Wrapped labels read whole: a label cell w3m wraps over its figures set alone under it, and a label's date
cut at its month or run on under the row's figures (round 710)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.vocabulary import DATE_FIRST, DAY_AND_YEAR_FIRST

FIXTURES = Path(__file__).parent / "fixtures" / "layouts"


def _release(name: str) -> core.Release:
    file = FIXTURES / name
    return core.parse_release(file.read_bytes(), file.name)


def _values(release: core.Release, kind: str) -> dict[str, tuple[Decimal | None, ...]]:
    statement = next(s for s in release.statements if s.kind == kind)
    return {item.label: item.values for item in statement.items}


def test_a_label_wrapped_over_figures_alone_keeps_its_first_line() -> None:
    """Harrow Creek Financial (invented), every row's figures alone under its label: "Return on Average" /
    "Assets (Annualized)" is one row, 1.21% and 1.14%, never a heading over "Assets (Annualized)". Its income
    statement adds up: 15,240 - 3,610 = 11,630; 11,630 - 400 + 2,870 - 8,900 = 5,200; 5,200 - 1,100 = 4,100."""
    release = _release("bank_labels_wrapped_over_figures_alone.txt")
    values = _values(release, "operations")
    assert values["Return on Average Assets (Annualized)"] == (Decimal("1.21"), Decimal("1.14"))
    assert values["Return on Average Equity (Annualized)"] == (Decimal("10.84"), Decimal("10.31"))
    assert values["Return on Average Tangible Equity"] == (Decimal("12.95"), Decimal("12.40"))
    assert values["Dividends to Net Income"] == (Decimal("31.70"), Decimal("33.60"))
    assert values["Net Interest Margin (Annualized)"] == (Decimal("3.62"), Decimal("3.55"))
    assert values["Net income"] == (Decimal(4_100_000), Decimal(3_750_000))
    assert "Assets (Annualized)" not in values and "Tangible Equity" not in values
    assert not release.failed_checks


_COMMON_STOCK = ("Common stock, par value $0.01; 500,000,000 shares authorized; 21,400,000 and 21,150,000 shares "
                 "issued and outstanding at March 31, 2026 and December 31, 2025, respectively")


def test_a_date_cut_between_its_month_and_day_stays_in_its_label() -> None:
    """Alderbrook Supply (invented), a PDF's text: "... outstanding at March 31, 2026 and December" / "31,
    2025, respectively   0.2   0.2" is the common stock's line; the equity adds up, 0.2 + 150.8 + 39.0 =
    190.0 (and 0.2 + 148.8 + 36.0 = 185.0), and 310.0 + 190.0 = 500.0 of liabilities and equity."""
    release = _release("common_stock_date_cut_at_its_month.txt")
    values = _values(release, "balance")
    assert values[_COMMON_STOCK] == (Decimal(200_000), Decimal(200_000))
    assert values["Additional paid-in capital"] == (Decimal(150_800_000), Decimal(148_800_000))
    balance = next(s for s in release.statements if s.kind == "balance")
    assert {item.section for item in balance.items if item.label in (_COMMON_STOCK, "Retained earnings")} == {
        "Stockholders' equity"}
    assert not release.failed_checks


def test_a_date_under_the_rows_figures_ends_its_label_not_the_next_ones() -> None:
    """The same balance sheet as w3m sets it, the common stock's figures on its label's second line and
    "March 31, 2026 and December 31, 2025, respectively" under them: the date is the common stock's, and the
    next row is "Additional paid-in capital" alone."""
    release = _release("common_stock_date_under_its_figures.txt")
    values = _values(release, "balance")
    assert values[_COMMON_STOCK] == (Decimal(200_000), Decimal(200_000))
    assert values["Additional paid-in capital"] == (Decimal(150_800_000), Decimal(148_800_000))
    assert not release.failed_checks


@pytest.mark.parametrize(("words", "day_and_year", "whole_date"), [
    # a stock line's date carried on as real releases wrap it (round 710: a PDF's and w3m's text of one release)
    ("29, 2020 and December 29, 2019, respectively", True, False),
    ("31, 2025, respectively", True, False),
    ("March 29, 2020 and December 29, 2019, respectively", False, True),
    ("Sept. 30, 2016 and 2015, respectively", False, True),
    # a row's own name opening on a figure, or a month without its day: neither
    ("2019 Notes", False, False),
    ("401(k) plan contributions", False, False),
    ("5.25% Senior notes due 2026", False, False),
    ("March 2027 term loan", False, False),
])
def test_a_dates_pieces_opening_a_line(words: str, day_and_year: bool, whole_date: bool) -> None:
    assert (DAY_AND_YEAR_FIRST.match(words) is not None) is day_and_year
    assert (DATE_FIRST.match(words) is not None) is whole_date
