"""A figure no check speaks of is marked wherever a page shows it, never printed like a verified one.

Kestrel Instruments' "Quarterly Trend" summary prints revenue of $594.8, 582.0, 571.4, 568.8 and 555.1
million for Q4 2022 back to Q4 2021: the two fourth quarters agree with the statement of income (a check
compares them), the first three quarters of 2022 nothing checks. Saddlebrook Outfitters' statement prints
"Selling, general and administrative 10,944" and "Store pre-opening costs nil" without a total of
operating expenses, and no sentence of its narrative names them: no check speaks of either line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import core
from core.analysis import windows, with_derived
from core.analysis.structure import operations_statement
from core.charts import comparison_bars
from core.charts.verified import DOTS, mark_unverified
from core.formatting import STATUS_MARKS, status_legend
from core.frames import marked_statement_frame

UI = Path(__file__).parent / "fixtures" / "ui"


def _read(name: str) -> core.Release:
    return core.parse_release((UI / name).read_bytes(), name)


@pytest.fixture(scope="module")
def kestrel() -> core.Release:
    return _read("summary_quarters_checked_in_the_fourth_only.htm")


def test_a_summary_marks_the_quarters_no_check_speaks_of_and_not_the_checked_ones(kestrel: core.Release) -> None:
    summary = kestrel.statements[0]
    assert summary.title == "Quarterly Trend"
    table, marked = marked_statement_frame(kestrel, summary)
    revenue = table.set_index("label").loc["Revenue"]
    assert revenue["Q4 2022"] == "594,800,000"  # checked against the statement of income: no mark
    assert revenue["Q4 2021"] == "555,100,000"
    dagger = STATUS_MARKS["unchecked"]
    assert [revenue["Q3 2022"], revenue["Q2 2022"], revenue["Q1 2022"]] == [
        f"582,000,000 {dagger}", f"571,400,000 {dagger}", f"568,800,000 {dagger}"]
    assert table.set_index("label").loc["Diluted EPS", "Q4 2022"] == f"1.43 {dagger}"
    assert marked == {"unchecked"}
    assert status_legend(marked).startswith(f"{dagger} Not checked: no total, identity or sentence")


def test_the_statement_of_income_itself_carries_no_mark(kestrel: core.Release) -> None:
    statement = kestrel.statements[1]
    table, _ = marked_statement_frame(kestrel, statement)
    assert list(table.set_index("label").loc["Revenue"].iloc[2:]) == [
        "594,800,000", "555,100,000", "2,295,300,000", "2,102,200,000"]


def test_bars_and_the_table_of_lines_no_check_speaks_of_are_dotted_and_marked() -> None:
    release = _read("retailer_expenses_no_total_or_sentence_speaks_of.txt")
    operations = operations_statement(release)
    assert operations is not None
    extended = with_derived(operations)
    quarter = next(w for w in windows(extended) if w.prior is not None)
    lines = ("Net sales", "Selling, general and administrative", "Store pre-opening costs")
    chart, failed = mark_unverified(comparison_bars(extended, (quarter,), lines), release)
    assert failed == ()
    assert chart.marks == {"Selling, general and administrative": "unchecked", "Store pre-opening costs": "unchecked"}
    drawn = [trace for trace in chart.figure.data if trace.showlegend is False]
    assert len(drawn) == 2
    for trace in drawn:
        lines_drawn = trace.y if trace.orientation == "h" else trace.x
        shapes = {" ".join(str(n).replace("<br>", " ").split()): shape
                  for n, shape in zip(lines_drawn, trace.marker.pattern.shape, strict=True)}
        assert shapes["Net sales"] == ""
        assert shapes["Selling, general and administrative"] == DOTS
    # each year keyed in the legend by its plain colour, never by its first bar's dots (UI-22)
    keys = [trace for trace in chart.figure.data if trace.showlegend is not False]
    assert [(key.name, key.marker.pattern.shape) for key in keys] == [("This year", None), ("Year earlier", None)]
    assert [key.marker.color for key in keys] == [trace.marker.color for trace in drawn]
    assert "Dotted: Selling, general and administrative, Store pre-opening costs" in chart.alt_text
    table = chart.marked_data().set_index("Line")
    assert table.loc["Selling, general and administrative", "This year ($ millions)"] == "10.944"
    assert table.loc["Selling, general and administrative", "Checks"] == f"{STATUS_MARKS['unchecked']} not checked"
    assert table.loc["Net sales", "Checks"] == ""


def test_the_periods_tables_checks_column_is_wide_enough_for_its_words() -> None:
    """The change table's "Checks" column had been cut to "† not chec" (browser review of round 213)."""
    import json

    from pages._widgets import fitting_width
    from tests.page_runner import run_page

    at = run_page("periods", _read("retailer_expenses_no_total_or_sentence_speaks_of.txt"))
    tables = [d for d in at.dataframe if "Checks" in d.value.columns]
    assert tables and f"{STATUS_MARKS['unchecked']} not checked" in set(tables[0].value["Checks"])
    # as wide as its words, no wider: Streamlit's "medium" 200 px had cut "Change %" off at 1,400 px (UI-50)
    words = fitting_width([f"{STATUS_MARKS['unchecked']} not checked"])
    assert all(json.loads(d.proto.columns)["Checks"]["width"] == words for d in tables)


def test_a_waterfalls_steps_no_check_speaks_of_say_so_under_their_names() -> None:
    """A waterfall's bars take no pattern: the Overview had drawn Trillium's R&D, sales and marketing and G&A
    (6,210, 11,402 and 3,905 thousand, which no check of the release speaks of) plain beside the Periods
    page's dotted bars of the same lines (browser review UI-12). Each such step says so under its name."""
    from core.analysis.headline import quarter_window
    from core.charts import result_waterfall

    release = _read("software_segment_costs_no_check_speaks_of_in_the_waterfall.txt")
    operations = operations_statement(release)
    assert operations is not None
    window = quarter_window(operations, release.statement("balance"))
    assert window is not None
    drawn = result_waterfall(operations, window.current)
    assert drawn is not None
    chart, failed = mark_unverified(drawn, release)
    assert failed == ()
    steps = [" ".join(str(name).replace("<br>", " ").split()) for name in chart.figure.data[0].y]
    assert "Research and development (not checked)" in steps
    assert "Sales and marketing (not checked)" in steps
    assert "Net result" in steps  # checked: no mark
    assert chart.marks["General and administrative"] == "unchecked"
    # the segments' revenues and costs, each a step since UI-45 (they had been one "Other operating items"),
    # are lines no check speaks of either
    assert ("Marked not checked: Cost of revenues (product segment), Cost of revenues (services segment), General "
            "and administrative, Research and development, Revenues (product segment), Revenues (services segment), "
            "Sales and marketing" in chart.alt_text)
