"""A statement prints one value for each line and period: where two of a row's columns give one key two
different values, both are held back with a warning (core.statements.one_value_a_key, round 660)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.model import LineItem, Period, SourceSpan, Statement
from core.statements.one_value_a_key import one_value_a_key

QUARTER = Period(date(2024, 9, 30), 3, "Three Months Ended September 30, 2024")
PRIOR_QUARTER = Period(date(2023, 9, 30), 3, "Three Months Ended September 30, 2023")
YEAR = Period(date(2024, 9, 30), 12, "Year Ended September 30, 2024")
PRIOR_YEAR = Period(date(2023, 9, 30), 12, "Year Ended September 30, 2023")


def _selected_data(*items: LineItem) -> Statement:
    return Statement(kind="operations", title="SELECTED FINANCIAL DATA", unit="in thousands", scale=1000,
                     share_scale=1, periods=(QUARTER, PRIOR_QUARTER, YEAR, PRIOR_YEAR), items=items,
                     span=SourceSpan(10, 40))


def _item(label: str, values: tuple[int | None, ...], section: str = "", line: int = 20) -> LineItem:
    return LineItem(label=label, values=tuple(None if v is None else Decimal(v) for v in values), concepts=(),
                    kind="amount", span=SourceSpan(line, line), section=section)


def test_a_balance_printed_twice_for_one_date_is_held_back_with_a_warning() -> None:
    """A balance among the flows is written at its date alone: the quarter's column and the year's ending
    that day must print one figure. Two different ones (a column moved over by the rows of another table)
    cannot both be the date's: neither is printed, and the line is named."""
    assets = _item("Total assets", (9_812_406, 9_655_118, 9_204_330, None), "Selected Balance Sheet Data", 33)
    statement, warnings = one_value_a_key(_selected_data(assets))
    assert statement.items[0].values == (None, Decimal(9_655_118), None, None)
    assert len(warnings) == 1 and warnings[0].span == SourceSpan(33, 33)
    assert "Total assets" in warnings[0].message and "2024-09-30: 9,812,406 and 9,204,330" in warnings[0].message


def test_the_same_balance_under_the_quarter_and_the_year_and_flows_of_one_end_stand() -> None:
    """The same balance printed under the quarter's column and the year's is one value; a flow's quarter and
    year ending one day are two keys."""
    assets = _item("Total assets", (9_812_406, 9_204_330, 9_812_406, 9_204_330), "Selected Balance Sheet Data")
    income = _item("Net income", (20_380, 18_163, 75_053, 69_203))
    statement, warnings = one_value_a_key(_selected_data(assets, income))
    assert not warnings
    assert [item.values for item in statement.items] == [assets.values, income.values]
