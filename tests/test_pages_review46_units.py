"""One release read in one unit across its pages (UI-46, a browser review of real releases).

Each chart had picked its unit from its own figures (`style.readable`): Forian's Overview waterfall and Periods
panels read "$ millions" ("(0.007)", "(0.001)"), its Compare charts $ thousands beside its cash in $ millions,
ManTech's Periods table "610.912" of $ millions for a release printed in thousands, Southern Company's 2004 table
"2.194" of $ billions beside a bridge in $ millions. The unit is now worked out once per release from its main
statements (`style.release_unit`) and every page passes it to its charts and tables.

Figures checked by hand against the releases. Forian's Q3 2024 (tests/fixtures/ui/..._forian_q3_2024.txt) prints
whole dollars, its largest figure the cash flow's "Purchase of marketable securities (133,894,613)" (nine digits):
revenue 4,686,312 and 5,348,469 for the quarters, general and administrative 2,822,253, depreciation and
amortization 6,629, litigation settlements 1,394, net loss (204,907) for the quarter, cash 2,707,688 and marketable
securities 46,650,200 at Sep 30, 2024 (49,357,888), 6,042,986 and 42,296,589 at Dec 31, 2023 (48,339,575).
ManTech's Q1 2020 (tests/fixtures/html/mantech_q1-2020.htm) prints thousands, revenue 610,912 against 501,930, its
largest figure total assets 2,230,454 (seven digits). Southern Company's Q4 2004 submission
(tests/fixtures/edgar/southern-company_q4-fy2004.txt) prints millions, retail revenue 2,194 against 1,968 for the
quarter, its largest figure 11,903. Antero's Q1 2020 (tests/fixtures/ui/..._antero_q1_2020.htm) prints thousands,
its balance sheet's largest figure 15,197,569 (eight digits)."""

from __future__ import annotations

import pytest

from core.analysis.series import company_series
from core.charts import release_unit
from core.charts.cash_over_time import cash_trend
from core.charts.series import expense_lines, line_bars
from tests.conftest import FIXTURES, FORIAN
from tests.conftest import read_fixture as read
from tests.page_runner import run_page, texts

MANTECH = FIXTURES / "html" / "mantech_q1-2020.htm"
SOUTHERN = FIXTURES / "edgar" / "southern-company_q4-fy2004.txt"
ANTERO = FIXTURES / "ui" / "oil_gas_commodity_derivative_gains_in_revenue_antero_q1_2020.htm"


@pytest.mark.parametrize(("path", "unit"), [(FORIAN, 1_000), (MANTECH, 1_000), (SOUTHERN, 1_000_000),
                                            (ANTERO, 1_000_000)], ids=["forian", "mantech", "southern", "antero"])
def test_a_release_reads_in_its_own_unit_until_its_largest_figure_passes_seven_digits(path: object, unit: int) -> None:
    """The release's own unit while its largest figure has at most seven digits there (ManTech's 2,230,454
    thousand, Southern's 11,903 million), else the next up: Forian's 133,894,613 dollars in thousands, Antero's
    15,197,569 thousand in millions."""
    assert release_unit(read(path)) == unit  # type: ignore[arg-type]


def test_forians_overview_waterfall_reads_in_thousands() -> None:
    """The Overview's bridge had read "(0.007)" and "(0.001)" of $ millions for the depreciation of $6,629 and the
    litigation of $1,394: in $ thousands its labels keep to four digits and no step prints as zero."""
    said = texts(run_page("overview", read(FORIAN)))
    assert ("Waterfall for 3M to Sep 30, 2024 in $ thousands: Revenue 4,686, Cost of revenue (1,403), Research and "
            "development (292), Sales and marketing (957), General and administrative (2,822), Depreciation and "
            "amortization (7), Litigation settlements and related expenses (1), Operating result (796)") in said


def test_forians_periods_page_reads_in_thousands_everywhere() -> None:
    """Its three panels' tables, its bridge and its bars in $ thousands: the quarter's revenue "4,686" against
    "5,348", rounded to whole thousands as a release printed in thousands reads (UI-47: "4,686.312" to the dollar
    had read as noise)."""
    at = run_page("periods", read(FORIAN))
    tables = [d.value for d in at.dataframe[:3]]
    assert [t.columns[1] for t in tables] == ["This year ($ thousands)"] * 3
    revenue = tables[0].set_index("Line").loc["Revenue"]
    assert (revenue["This year ($ thousands)"], revenue["Year earlier ($ thousands)"]) == ("4,686", "5,348")
    said = texts(at)
    assert "Waterfall for 3M to Sep 30, 2024 in $ thousands: Revenue 4,686," in said
    assert "in $ millions" not in said and "$ millions" not in str([t.columns for t in tables])


def test_forians_cash_page_reads_in_thousands() -> None:
    """Its cash bars had read "48.3" and "49.4" of $ millions beside pages in thousands."""
    said = texts(run_page("cash", read(FORIAN)))
    assert "Bars of cash and investments in $ thousands: Dec 31, 2023 48,340, Sep 30, 2024 49,358." in said
    assert "Stacked bars in $ thousands for each balance date" in said


def test_forians_charts_over_time_share_one_unit() -> None:
    """Compare over time ("Amounts in the latest release's units") had drawn the net result and costs in
    $ thousands beside the cash in $ millions: all four in $ thousands now."""
    series = company_series([read(FORIAN)])
    cash, net, costs = cash_trend(series), line_bars(series, "net_income", "Net result per quarter"), \
        expense_lines(series)
    assert cash is not None and net is not None and costs is not None
    assert cash.alt_text == "Dots of cash and investments in $ thousands: Dec 31, 2023 48,340, Sep 30, 2024 49,358."
    assert {cash.figure.layout.yaxis.title.text, net.figure.layout.yaxis.title.text,
            costs.figure.layout.yaxis.title.text} == {"$ thousands"}
    assert "(205)" in list(net.figure.data[0].text)


def test_mantechs_periods_table_keeps_the_releases_thousands() -> None:
    """ManTech's revenue "610.912" of $ millions is "610,912" of the release's own $ thousands."""
    table = run_page("periods", read(MANTECH)).dataframe[0].value.set_index("Line")
    revenue = "Revenue"  # "REVENUE" as printed, in sentence case as the chart names it (UI-49)
    assert (table.loc[revenue, "This year ($ thousands)"], table.loc[revenue, "Year earlier ($ thousands)"]) == (
        "610,912", "501,930")


def test_southerns_periods_table_reads_in_millions_as_its_bridge() -> None:
    """Southern Company's table had read "2.194" of $ billions beside its bridge in $ millions."""
    at = run_page("periods", read(SOUTHERN))
    table = at.dataframe[0].value.set_index("Line")
    assert table.loc["Retail Revenue", "This year ($ millions)"] == "2,194"
    assert table.loc["Retail Revenue", "Year earlier ($ millions)"] == "1,968"
    assert "in $ millions: Revenue 2,721" in texts(at)
