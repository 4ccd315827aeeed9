"""The pages as a browser review of real releases found them (UI-46): one rule for the change of a line printed in
parentheses, stated under the table; a phone told where the change columns are.

Figures checked by hand against the release. ManTech's Q1 2020 release (tests/fixtures/html/mantech_q1-2020.htm)
prints, in thousands, "Interest expense  (655)  (484)", "Other (expense), net  (22)  (42)" and "Equity in (losses)
of unconsolidated subsidiaries  (1)  (12)"; its NET INCOME 28,679 against 21,118."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.comparisons import CHANGE_RULE
from core.charts.export import numbers_frame
from tests.conftest import FORIAN
from tests.conftest import read_fixture as read
from tests.page_runner import run_page
from tests.test_pages_review45 import MANTECH, _quarter_table

COLUMNS = ["This year ($ millions)", "Year earlier ($ millions)", "Change ($ millions)", "Change %"]


def test_every_line_in_parentheses_changes_as_the_figure_inside_them() -> None:
    """Two deductions that shrank had read two ways in one table: "Other (expense), net" (0.022) after (0.042) as
    "(0.020)", "-48%", and "Equity in (losses)" (0.001) after (0.012) as "0.011", "+92% (smaller loss)". Both now
    fall, as the figure in their parentheses does; interest expense (0.655) after (0.484) still rises (UI-45), and
    the CSV holds the same numbers."""
    table = _quarter_table(read(MANTECH)).set_index("Line")  # type: ignore[attr-defined]
    assert tuple(table.loc["Other (expense), net", COLUMNS]) == ("(0.022)", "(0.042)", "(0.020)", "-45.8 to -49.4%")
    equity = "Equity in (losses) of unconsolidated subsidiaries"
    # the rule's sign, and a loss's words (UI-53)
    assert tuple(table.loc[equity, COLUMNS]) == ("(0.001)", "(0.012)", "(0.011)", "-87.0 to -96.0% (smaller loss)")
    assert tuple(table.loc["Interest expense", COLUMNS]) == ("(0.655)", "(0.484)", "0.171", "+35.3%")
    assert tuple(table.loc["Net income", COLUMNS[2:]]) == ("7.561", "+35.8%")  # NET INCOME, as the chart names it
    numbers = numbers_frame(table.reset_index()).set_index("Line")
    assert numbers.loc[equity, "Change ($ millions)"] == Decimal("-0.011")


def test_the_rule_is_stated_under_the_periods_table_and_the_expense_changes() -> None:
    """The table's caption says the one rule the rows follow; so does the Expenses page under its change bars."""
    periods = [c.value for c in run_page("periods", read(MANTECH)).caption]
    assert any(CHANGE_RULE in text for text in periods)
    expenses = [c.value for c in run_page("expenses", read(MANTECH)).caption]
    assert CHANGE_RULE in expenses


def test_a_phone_is_shown_each_change_row_whole() -> None:
    """At 390 px Forian's Periods table showed Line and This year alone, its changes past the grid's edge: a
    swipe note had named them (UI-46); each row is now said whole on a line of its own there (UI-59), no swipe."""
    page = run_page("periods", read(FORIAN))
    assert not [c.value for c in page.caption if "swipe" in c.value]
    # the change rows' lines, not the list of the release's warnings a page shows ("- **line 147 · ...**")
    lines = [m.value for m in page.markdown if m.value.startswith("- ") and not m.value.startswith("- **line")]
    assert len(lines) == 3 and all("this year" in block and "year earlier" in block for block in lines)


def test_a_table_that_fits_a_phone_says_nothing_of_swiping() -> None:
    """The note is for tables wider than a phone's main column, not for every table."""
    import pandas as pd

    from pages._widgets import phone_swipe_note

    narrow = pd.DataFrame({"Line": ["Revenue"], "Change %": ["+1%"]})
    assert phone_swipe_note(narrow, {}) is None
