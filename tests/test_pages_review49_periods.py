"""The Periods page as a browser review of real releases found it (UI-49, part C): one name for a line in the
chart and the table, a "Checks" column only where a row has a mark, a derived panel's legend hatched as its
bars are, and a bank's interest lines named with their heading.

Figures checked by hand against the releases. Southern Company's Q4 2004 release
(tests/fixtures/edgar/southern-company_q4-fy2004.txt) prints, in millions, "NET INCOME AS REPORTED (See Note)
204  125" and "NET INCOME EXCLUDING ONE-TIME ITEMS  180  162" for the quarters, a line no check speaks of; its
nine months are derived (the year less the quarter). Copper Ferry's Q1 2003 release
(tests/fixtures/ui/bank_under_four_million_weighted_shares_copper_ferry_q1_2003.txt) prints, in thousands,
"Interest income" over "Loans, including fees  $6,877  $6,912" and "Interest expense" over "Deposits  1,877
2,412" and "Borrowings  402  455", then "Total interest expense  2,279  2,867"."""

from __future__ import annotations

import dataclasses

from core.analysis import compared_windows, with_derived
from core.analysis.derived import fiscal_quarter
from core.analysis.structure import operations_statement
from core.charts.periods import comparison_bars, release_abbreviations
from core.charts.style import DERIVED_PATTERN, source_key
from core.charts.verified import mark_unverified
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read
from tests.page_runner import run_page

SOUTHERN = FIXTURES / "edgar" / "southern-company_q4-fy2004.txt"
COPPER_FERRY = FIXTURES / "ui" / "bank_under_four_million_weighted_shares_copper_ferry_q1_2003.txt"


def _southern_charts() -> list[tuple[str, object]]:
    """Each window's marked chart as the page draws it: the quarter, the year, the derived nine months."""
    release = read(SOUTHERN)
    operations = operations_statement(release)
    assert operations is not None
    quarter = fiscal_quarter(release)
    extended = with_derived(operations, quarter)
    compared = compared_windows(operations, quarter)
    charts = []
    for window in compared:
        bars = comparison_bars(extended, (window,), None, release_abbreviations(release), alongside=compared)
        charts.append((window.name, mark_unverified(bars, release)[0]))
    return charts


def test_southerns_table_names_each_line_as_its_bar_does() -> None:
    """"NET INCOME EXCLUDING ONE-TIME I..." in the table had stood beside the chart's "Net income excluding
    one-time items"; the line with its note in lower case had stayed in capitals in both."""
    table = run_page("periods", read(SOUTHERN)).dataframe[0].value.set_index("Line")
    assert tuple(table.loc["Net income excluding one-time items", ["This year ($ millions)",
                                                                   "Year earlier ($ millions)"]]) == ("180", "162")
    assert tuple(table.loc["Net income as reported (See Note)", ["This year ($ millions)",
                                                                 "Year earlier ($ millions)"]]) == ("204", "125")
    name, chart = _southern_charts()[0]
    assert name == "Quarter"
    drawn = {source_key(y) for trace in chart.figure.data if trace.y is not None for y in trace.y if y is not None}  # type: ignore[attr-defined]
    assert {"Net income excluding one-time items", "Net income as reported (See Note)"} <= drawn
    assert set(chart.data["Line"]) >= drawn  # type: ignore[attr-defined]


def test_southerns_checks_column_marks_the_unchecked_line_and_stands_only_where_a_row_has_a_mark() -> None:
    """The column had stood empty on every tab, its mark keyed by the chart's name and the table's line in
    capitals; it now marks the line, and a table none of whose rows is marked has no such column."""
    for df in run_page("periods", read(SOUTHERN)).dataframe[:3]:
        table = df.value
        marked = table[table["Checks"] != ""]
        assert list(marked["Line"]) == ["Net income excluding one-time items"]
        assert list(marked["Checks"]) == ["\u2020 not checked"]
    _, chart = _southern_charts()[0]
    assert chart.marks  # type: ignore[attr-defined]
    data = chart.data  # type: ignore[attr-defined]
    unmarked = dataclasses.replace(chart, data=data[data["Line"] != "Net income excluding one-time items"])  # type: ignore[type-var]
    assert "Checks" not in unmarked.marked_data().columns
    assert len(unmarked.marked_data()) == 16


def test_southerns_derived_panel_is_keyed_hatched_as_its_bars_are() -> None:
    """Its nine months' bars are hatched (derived) and one line dotted (not checked): the legend's keys had
    been drawn in plain colour; the printed quarter's keys stay plain."""
    charts = dict(_southern_charts())
    derived = next(chart for name, chart in charts.items() if name.startswith("Nine months"))
    keys = [t for t in derived.figure.data if t.showlegend is not False and t.x == (None,)]  # type: ignore[attr-defined]
    assert [t.name for t in keys] == ["This year", "Year earlier"]
    assert [t.marker.pattern.shape for t in keys] == [DERIVED_PATTERN, DERIVED_PATTERN]
    quarter = [t for t in charts["Quarter"].figure.data if t.showlegend is not False and t.x == (None,)]  # type: ignore[attr-defined]
    assert [t.marker.pattern.shape for t in quarter] == [None, None]


def test_a_banks_interest_lines_carry_their_heading() -> None:
    """Copper Ferry's "Deposits" and "Borrowings" under "Interest expense" had read as balances in the table and
    the chart; the totals naming interest keep their own words."""
    table = run_page("periods", read(COPPER_FERRY)).dataframe[0].value.set_index("Line")
    columns = ["This year ($ thousands)", "Year earlier ($ thousands)"]
    assert tuple(table.loc["Interest expense: Deposits", columns]) == ("1,877", "2,412")
    assert tuple(table.loc["Interest expense: Borrowings", columns]) == ("402", "455")
    assert tuple(table.loc["Interest income: Loans, including fees", columns]) == ("6,877", "6,912")
    assert tuple(table.loc["Total interest expense", columns]) == ("2,279", "2,867")
    assert "Deposits" not in table.index
