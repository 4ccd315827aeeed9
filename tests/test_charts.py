"""Chart builders as pure functions: which traces, which values, which titles, what the table says.

Values are in the statement's units (thousands of dollars for the sample), as the axis titles say.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import release_builders as build

import core
from core.analysis import (
    ExpenseBreakdown,
    breakdown,
    burn_estimates,
    cash_points,
    derivable,
    derived_windows,
    eps_bridge,
    per_share_points,
    windows,
    with_derived,
)
from core.analysis.comparisons import compare
from core.analysis.structure import operations_statement
from core.charts import (
    balance_bars,
    bridge_chart,
    cash_bars,
    comparison_bars,
    composition,
    eps_bars,
    line_changes,
    quarter_trend,
    release_abbreviations,
    result_waterfall,
    runway_projection,
    share_bars,
)
from core.charts.periods import default_lines, lines_left_out
from core.charts.style import (
    CURRENT,
    DERIVED_PATTERN,
    FAVOURABLE,
    UNFAVOURABLE,
    Chart,
    accounting_axis,
    nice_ticks,
)
from core.model import Release, Statement
from tests.conftest import read_fixture


def test_ticks_are_round_and_labelled_like_the_release() -> None:
    assert nice_ticks([-7.151, -11.771, 3.4]) == [-15, -10, -5, 0, 5]
    axis = accounting_axis([-12048.0, 5000.0])
    assert axis["ticktext"] == ["(15,000)", "(10,000)", "(5,000)", "0", "5,000"]


def test_comparison_bars_have_one_facet_per_window_each_with_its_own_unit_axis(operations: Statement) -> None:
    compared = windows(operations) + derived_windows(operations)
    chart = comparison_bars(with_derived(operations), compared)
    figure = chart.figure
    assert [a.text for a in figure.layout.annotations] == [
        "Quarter: 3M to Jun 30, 2004 vs 3M to Jun 30, 2003",
        "Six months: 6M to Jun 30, 2004 vs 6M to Jun 30, 2003",
        "Quarter to Mar 31, 2004 (derived): 3M to Mar 31, 2004 (derived) vs 3M to Mar 31, 2003 (derived)",
    ]
    assert [figure.layout[f"xaxis{n}"].title.text for n in ("", "2", "3")] == ["$ millions"] * 3
    assert len(figure.data) == 6  # this year and a year earlier, per window
    this_year = figure.data[0]
    assert this_year.name == "This year" and this_year.orientation == "h"  # names read in full on a phone
    assert list(this_year.y).index("Net loss") == 7
    assert this_year.x[7] == -7.151 and figure.data[1].x[7] == -11.771
    assert this_year.text[7] == "(7.151)"
    assert figure.data[4].marker.pattern.shape == "/"  # derived bars are hatched
    assert figure.data[4].marker.pattern.fillmode == "overlay" and figure.data[4].textposition == "none"


def test_every_bar_of_a_periods_comparison_carries_its_value_in_its_hover_alone() -> None:
    """Bellwether Casualty Group (round 297, invented), Q4 2003: the quarter's 20 bars had 2 value labels,
    the short bars' (2,915 and 1,426); a long bar's went inside, where a bar of a pair is too thin, and the
    browser hid it (browser review); printed beside its end, a loss's value reached into the line names on a
    phone. No bar prints its value; every bar's is in its hover (and the table under the chart)."""
    path = FIXTURES / "ui" / "insurer_expense_shares_in_tenths_bellwether_q4_2003.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    chart = comparison_bars(operations, windows(operations)[:1])
    this_year, year_earlier = chart.figure.data
    assert [wrap_free(y) for y in this_year.y][:3] == ["Net premiums earned", "Net investment income",
                                                       "Total revenues"]
    assert list(this_year.text)[:3] == ["48.215", "6.204", "55.542"]
    assert list(year_earlier.text)[:3] == ["41.906", "5.877", "46.667"]
    for trace in (this_year, year_earlier):
        assert len(trace.text) == len(trace.x) == 10 and all(trace.text)
        assert trace.textposition == "none" and "%{text}" in trace.hovertemplate


ALKERMES = Path(__file__).parent / "fixtures" / "html" / "alkermes-plc_q1-2020.htm"


def test_a_line_printed_again_atop_a_reconciliation_is_drawn_once() -> None:
    """Alkermes Q1 2020 prints its GAAP to non-GAAP reconciliation in the statement's own table, starting
    from "Net Loss — GAAP" $(38,654) / $(96,398) again: one line, one bar each, not stacked to (192,796).
    The sentence over it ("... is as follows:") makes the reconciliation a table of its own (UI-50): none of
    its lines is the statement's, so none is drawn beside it."""
    release = core.parse_release(ALKERMES.read_bytes(), ALKERMES.name)
    operations = release.statement("operations")
    assert operations is not None
    chart = comparison_bars(operations, windows(operations)[:1])
    this_year, year_earlier = chart.figure.data
    assert list(this_year.y).count("Net Loss — GAAP") == 1
    at = list(year_earlier.y).index("Net Loss — GAAP")
    assert (this_year.x[at], year_earlier.x[at]) == (-38.654, -96.398)  # drawn in the axis's millions (UI-43)
    assert list(chart.data["Line"]).count("Net Loss — GAAP") == 1
    assert "Non-GAAP Net Income (Loss)" not in list(chart.data["Line"])


def test_a_banks_ratios_stay_out_of_the_money_table() -> None:
    """Ratios named as one figure to another ("Allowance for loan losses to total loans 1.28") in a table in
    thousands are percentages: no row of the dollar comparison ("1" thousand, "+165.3%" for Horizon)."""
    path = Path(__file__).parent / "fixtures" / "layouts" / "bank_ratios_named_x_to_y_in_thousands.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    data = comparison_bars(operations, windows(operations)).data
    assert list(data["Line"]) == [
        "Net interest income", "Provision for loan losses", "Non-interest income", "Non-interest expense",
        "Income before income taxes", "Income tax expense", "Net income",
    ]  # fmt: skip
    assert list(data["This year ($ millions)"])[-1] == "6.30"


def test_labels_keep_the_tenths_of_a_million_the_release_prints() -> None:
    """St. Joe Q1 2020 (PDF, $ millions to one decimal): the net loss attributable is (1.5), the tax benefit
    0.5, and cost of hospitality rose 0.2 (7.3 against 7.1): not (2), 1 and 0."""
    path = Path(__file__).parent / "fixtures" / "pdf" / "st-joe_q1-2020.pdf"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    quarter = windows(operations)[0]
    waterfall = result_waterfall(operations, quarter.current)
    assert waterfall is not None
    steps = dict(zip(waterfall.data["Step"], waterfall.data["Amount ($ millions)"], strict=True))
    assert (steps["Revenue"], steps["Income tax"], steps["Net result"]) == ("18.6", "0.5", "(1.5)")
    assert list(waterfall.figure.data[0].text)[-1] == "(1.5)"
    expenses = breakdown(operations)
    assert expenses is not None
    changes = line_changes(expenses, quarter)
    assert changes is not None
    moved = dict(zip(changes.data["Line"], changes.data["Change ($ millions)"], strict=True))
    assert moved["Cost of hospitality revenue"] == "0.2"
    assert moved["Depreciation, depletion and amortization"] == "1.0"  # 3.1 against 2.1
    assert moved["Total expenses"] == "1.7"  # 19.9 against 18.2
    bars = comparison_bars(operations, (quarter,)).data
    assert bars[bars["Line"] == "Total revenue"]["Change ($ millions)"].tolist() == ["2.6"]


def test_a_long_line_name_gets_the_room_its_wrapped_lines_need() -> None:
    """Sears' "Income before income taxes, minority interest and cumulative effect of change in accounting
    principle" wraps to five lines: at a fixed 44 px a row it had run into its neighbours' names."""
    path = FIXTURES / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    chart = comparison_bars(operations, windows(operations)[:1])
    names = list(chart.figure.data[0].y)
    assert max(name.count("<br>") + 1 for name in names) == 5
    assert chart.figure.layout.height > 110 + 44 * len(names)


def test_value_labels_are_hidden_rather_than_shrunk_past_reading(operations: Statement) -> None:
    """At phone width Plotly had shrunk a label that did not fit its bar to about 5 px ("(12,048)"): every
    chart now hides a label below 9 px (its figure stays in the hover and the table)."""
    chart = comparison_bars(operations, windows(operations)[:1])
    assert (chart.figure.layout.uniformtext.minsize, chart.figure.layout.uniformtext.mode) == (9, "hide")


def test_comparison_table_gives_change_in_dollars_and_percent(operations: Statement) -> None:
    data = comparison_bars(operations, windows(operations)).data
    net = data[(data["Window"] == "Quarter") & (data["Line"] == "Net loss")].iloc[0]
    assert net["Change ($ millions)"] == "4.620"  # in the axis's unit (UI-43)
    assert net["Change %"] == "+39.2% (smaller loss)"  # a loss both years, as the Overview says it (UI-42)
    total = data[(data["Window"] == "Six months") & (data["Line"] == "Total operating expenses")].iloc[0]
    assert (total["This year ($ millions)"], total["Change ($ millions)"]) == ("12.546", "(7.007)")


def test_a_figure_that_changed_sign_has_no_percent_change() -> None:
    """ServiceNow Q1 2020 turned a net loss of 1,545 into a net income of 48,231: "+3,221.7%" said nothing
    (the Overview's card already showed none); the change in dollars stands, the percent is "n/m"."""
    operations = operations_statement(core.parse_release((FIXTURES / "html" / "servicenow_q1-2020.htm").read_bytes(),
                                                         "servicenow_q1-2020.htm"))
    assert operations is not None
    data = comparison_bars(operations, windows(operations)[:1]).data.set_index("Line")
    assert data.loc["Net income (loss)", "Change ($ millions)"] == "49.78"  # 48,231 + 1,545 thousand
    assert data.loc["Net income (loss)", "Change %"] == "n/m"
    assert data.loc["Income (loss) from operations", "Change %"] == "n/m"


def test_waterfall_runs_from_each_expense_to_the_net_loss(operations: Statement) -> None:
    chart = result_waterfall(operations, operations.periods[0])
    assert chart is not None
    (trace,) = chart.figure.data
    assert trace.orientation == "h"
    assert [y.replace("<br>", " ") for y in trace.y] == [
        "Research and development",
        "Clinical manufacturing",
        "Marketing, general and administrative",
        "Operating result",
        "Interest and other income, net",  # as printed
        "Net result",
    ]
    assert list(trace.x) == [-3446.0, -1374.0, -2442.0, -7262.0, 111.0, -7151.0]
    assert list(trace.measure) == ["relative"] * 3 + ["total", "relative", "total"]
    assert trace.decreasing.marker.color == UNFAVOURABLE and trace.increasing.marker.color == FAVOURABLE
    assert chart.figure.layout.xaxis.title.text == "$ thousands"
    assert "Net result (7,151)" in chart.alt_text


def test_a_waterfall_is_titled_for_the_bar_it_starts_on(operations: Statement) -> None:
    """Cobalt Ridge's (round 270) waterfall starts on its revenue of 60,705 and had been titled "From expenses
    to the net result" (browser review); Allos, without revenue, starts on its expenses."""
    path = FIXTURES / "ui" / "reit_eps_on_income_to_common_after_preferred_cobalt_ridge_q2_2012.htm"
    reit = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert reit is not None
    chart = result_waterfall(reit, reit.periods[0])
    assert chart is not None
    assert (chart.data["Step"][0], chart.data.iloc[0, 1]) == ("Revenue", "60.7")  # of $ millions (UI-44)
    assert chart.figure.layout.title.text == "From revenue to the net result, 3M to Jun 30, 2012"
    allos = result_waterfall(operations, operations.periods[0])
    assert allos is not None
    assert allos.figure.layout.title.text.startswith("From expenses to the net result")


def test_waterfall_closes_an_unexplained_gap_so_it_ends_on_the_printed_result(operations: Statement) -> None:
    import dataclasses
    from decimal import Decimal

    items = tuple(
        dataclasses.replace(i, values=(Decimal(-7000000), *i.values[1:])) if "net_income" in i.concepts else i
        for i in operations.items
    )
    chart = result_waterfall(dataclasses.replace(operations, items=items), operations.periods[0])
    assert chart is not None
    (trace,) = chart.figure.data
    assert list(trace.y)[-2:] == ["Other items", "Net result"]
    assert list(trace.x)[-2:] == [151.0, -7000.0]


def test_quarter_trend_marks_the_derived_quarters(operations: Statement) -> None:
    chart = quarter_trend(with_derived(operations))
    assert chart is not None
    names = [trace.name for trace in chart.figure.data]
    assert names == ["Total operating expenses", "Operating result", "Net result"]
    net = chart.figure.data[2]
    # four columns, each year under its day, as they fit a phone's plot (`period_ticks`, UI-49)
    assert list(net.x) == [
        "3M to<br>Mar 31,<br>2003<br>(derived)",
        "3M to<br>Jun 30,<br>2003",
        "3M to<br>Mar 31,<br>2004<br>(derived)",
        "3M to<br>Jun 30,<br>2004",
    ]
    assert list(net.y) == [-7.133, -11.771, -5.146, -7.151]  # of $ millions, as its labels read (UI-44)
    assert list(net.marker.pattern.shape) == ["/", "", "/", ""] and net.marker.pattern.fillmode == "overlay"


def test_a_banks_quarters_in_a_row_are_drawn_with_the_one_derived_before_them() -> None:
    """A bank prints five quarters (June 2023 to June 2024) beside two six-month columns: the trend draws
    the five as printed, and the March 2023 quarter derived from the six months (24,183 - 11,194 = 12,989).
    The March 2024 quarter derived the same way (25,251 - 12,153 = 13,098) is printed already: drawn once,
    as printed. Without a derived quarter to show, the trend had been left out, the page saying none could
    be drawn."""
    path = FIXTURES / "layouts" / "bank_five_quarters_beside_six_months_ruled_headers.htm"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    # Nor is it a derived period of the comparisons: the Periods page had compared "Quarter (derived): 3M to
    # Mar 31, 2024 (derived)" with March 2023, a quarter the release prints beside it.
    assert [d.period.end for d in derivable(operations)] == [date(2023, 3, 31)]
    assert derived_windows(operations) == ()
    chart = quarter_trend(with_derived(operations))
    assert chart is not None
    (net,) = chart.figure.data
    assert [x.replace("<br>", " ") for x in net.x] == [
        "3M to Mar 31, 2023 (derived)", "3M to Jun 30, 2023", "3M to Sep 30, 2023", "3M to Dec 31, 2023",
        "3M to Mar 31, 2024", "3M to Jun 30, 2024",
    ]  # fmt: skip
    assert list(net.y) == [12.989, 11.194, 11.862, 8.225, 13.098, 12.153]  # of $ millions (UI-44)
    assert list(net.marker.pattern.shape) == [DERIVED_PATTERN] + [""] * 5
    assert chart.figure.layout.title.text.startswith("Quarter by quarter: net result (hatched bars are derived")
    # With every quarter printed, the title promises no hatching and names its one line.
    path = FIXTURES / "layouts" / "bank_five_quarters_headed_2nd_qtr_over_years.htm"
    printed = quarter_trend(with_derived(operations_statement(core.parse_release(path.read_bytes(), path.name))))
    assert printed is not None and printed.figure.layout.title.text == "Quarter by quarter: net result"
    assert printed.alt_text.endswith("every quarter as printed.")


def test_a_banks_comparison_draws_its_subtotals_by_default() -> None:
    """A bank names little the vocabulary knows beyond its pre-tax and net income: the comparison had drawn
    those three lines alone, leaving out net interest income and noninterest expense (browser review)."""
    path = FIXTURES / "layouts" / "bank_five_quarters_beside_six_months_ruled_headers.htm"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    drawn = default_lines(with_derived(operations), windows(operations))
    # with them its provision for credit losses, a bank's key line (UI-61)
    assert drawn == ("Total interest and dividend income", "Total interest expense", "Net interest income",
                     "Provision for credit losses",
                     "Net interest income after provision for credit losses", "Total noninterest income",
                     "Total noninterest expense", "Income before income taxes", "Income tax expense", "Net income")


def test_no_quarter_trend_without_a_year_to_date_column() -> None:
    assert quarter_trend(with_derived(build.quarter_only().statements[0])) is None


def test_expense_composition_is_a_stacked_share_per_period(operations: Statement) -> None:
    expenses = breakdown(with_derived(operations))
    assert expenses is not None
    chart = composition(expenses)
    assert chart.figure.layout.barmode == "relative"
    assert [t.name for t in _drawn(chart)] == [
        "Research and development",
        "Clinical manufacturing",
        "Marketing, general and<br>administrative",  # legend labels wrap at 28 characters
        "Restructuring costs",
    ]
    rnd = _drawn(chart)[0]
    assert rnd.orientation == "h"  # one row per period, its name in full
    assert rnd.y[-1] == "6M to Jun 30, 2004"  # quarters first, then half-years, each by date
    assert round(rnd.x[-1], 2) == 43.32  # 5,435 / 12,546
    assert chart.figure.layout.xaxis.title.text == "Share of the total (%)"
    assert chart.figure.layout.title.text.startswith("Total operating expenses: what it is made of")
    # no line takes the green or vermillion the chart of changes beside it gives a fall and a rise (a browser
    # review had found "Amortization" green on the left, and green meaning "fell" on the right)
    colours = {trace.marker.color for trace in _drawn(chart)}
    assert len(colours) == 4 and not colours & {FAVOURABLE, UNFAVOURABLE}


def test_expense_changes_are_green_when_spending_fell(operations: Statement) -> None:
    expenses = breakdown(operations)
    assert expenses is not None
    chart = line_changes(expenses, windows(operations)[1])
    assert chart is not None
    (trace,) = chart.figure.data
    assert list(trace.x) == [-3052.0, -3790.0, 413.0, -578.0, -7007.0]
    assert list(trace.marker.color) == [FAVOURABLE, FAVOURABLE, UNFAVOURABLE, FAVOURABLE, FAVOURABLE]


def test_expense_change_axis_title_fits_a_phone_and_the_caption_reads_the_sign(operations: Statement) -> None:
    """ "Change ($ thousands); below zero = spent less" had been cut at 390 px ("...below zero = spen")."""
    expenses = breakdown(operations)
    assert expenses is not None
    chart = line_changes(expenses, windows(operations)[1])
    assert chart is not None
    assert chart.figure.layout.xaxis.title.text == "Change ($ thousands)"
    assert chart.alt_text.endswith("Left of zero, a line cost less than a year earlier; right of it, more.")


def test_a_legend_of_two_line_entries_leaves_the_toolbar_its_strip_at_phone_width() -> None:
    """Skyhaven's expense composition: three legend entries wrap to two lines ("Aircraft fuel and related" /
    "taxes"), which the legend's room had not counted, and at 390 px Plotly's toolbar covered the first
    entry (browser review). The legend's lines are counted, and the page's copy keeps a strip for the toolbar."""
    from core.charts.expenses import composition
    from core.charts.style import LEGEND_ROW_PX, MODEBAR_PX, legend_rows

    path = FIXTURES / "ui" / "airline_grant_recognised_against_costs_and_footnoted_expense_labels.htm"
    _, operations = _release_and_operations(path)
    expenses = breakdown(operations)
    assert expenses is not None
    chart = composition(expenses)
    names = [t.name for t in chart.figure.data if t.showlegend is not False]
    assert "Aircraft fuel and related<br>taxes" in names and "Payroll Support Program<br>recognition" in names
    assert legend_rows(chart.figure) == 10  # seven rows at 340 px, three of them two lines tall
    # The figure grows by the legend's lines as counted at phone width, and the page's copy hangs the legend
    # under the toolbar's strip; Plotly pushes the plot down by the legend's drawn height.
    page_copy = chart.untitled()
    assert page_copy.layout.height == chart.figure.layout.height + MODEBAR_PX
    assert chart.figure.layout.height >= LEGEND_ROW_PX * 10
    # UI-59: the legend now hangs under the share axis (`expenses.legend_under`), clear of the toolbar and the bars
    assert page_copy.layout.legend.yref == "paper" and page_copy.layout.legend.yanchor == "top"
    assert page_copy.layout.legend.y < 0 and page_copy.layout.margin.b >= LEGEND_ROW_PX * 10


def test_cash_bars_run_earliest_first(balance: Statement) -> None:
    chart = cash_bars(cash_points(balance), balance.scale)
    (trace,) = chart.figure.data
    assert (list(trace.x), list(trace.y)) == (["Dec 31, 2003", "Jun 30, 2004"], [45.597, 34.148])
    assert list(chart.data.iloc[:, 1]) == ["45.6", "34.1"]  # $ millions, as the axis (UI-43)


def test_balance_bars_stack_assets_beside_liabilities_and_equity(balance: Statement) -> None:
    chart = balance_bars(balance)
    assert chart.figure.layout.barmode == "relative"
    june = chart.data[chart.data["Date"] == "Jun 30, 2004"]
    assert list(june["Line"]) == [
        "Cash, cash equivalents and investments in marketable securities",
        "Other assets",
        "Equipment and leasehold improvements, net",
        "Liabilities",
        "Stockholders' equity",
    ]
    assert list(june["Amount ($ millions)"]) == ["34.1", "1.3", "1.2", "3.3", "33.4"]


def test_runway_lines_reach_zero_at_each_estimate(allos: Release, balance: Statement) -> None:
    points = cash_points(balance)
    chart = runway_projection(points[-1], burn_estimates(allos), balance.scale)
    assert chart is not None
    by_cash, by_loss = chart.figure.data
    assert by_cash.name.replace("<br>", " ") == (
        "Change in cash and investments, Dec 31, 2003 to Jun 30, 2004, per month: 17.9 months")
    assert by_loss.name.replace("<br>", " ") == "Net loss, 3M to Jun 30, 2004, per month: 14.3 months"
    assert by_cash.y[0] == 34.148 and by_cash.y[-1] == 0.0  # in the axis's millions (UI-43)
    # 17.9 and 14.3 months after June 30, 2004 are late December and early September 2005: whole months
    # dropped had said November and August, and the lines had reached zero a month after those.
    assert list(chart.data["Cash runs out around"]) == ["Dec 2005", "Sep 2005"]
    assert [str(by_cash.x[-1]), str(by_loss.x[-1])] == ["2005-12-27", "2005-09-09"]


def test_no_runway_chart_when_nothing_burns() -> None:
    release = build.profitable()
    balance = release.statement("balance")
    assert balance is not None
    assert runway_projection(cash_points(balance)[-1], burn_estimates(release), 1000) is None


def test_eps_bars_show_losses_in_parentheses(operations: Statement) -> None:
    chart = eps_bars(per_share_points(operations))
    (trace,) = chart.figure.data
    assert list(trace.y) == [-0.45, -0.23, -0.73, -0.40]
    assert list(trace.text) == ["($0.45)", "($0.23)", ("($0.73)"), "($0.40)"]
    assert chart.figure.layout.yaxis.title.text == "$ per share"


def test_a_crowded_period_axis_sets_each_year_under_its_day(operations: Statement) -> None:
    """Seven columns of a bank (five quarters, two half years) had run their dates into each other at half a
    page's width: the year goes on a line of its own. So it does for Allos' four, as for GeoVax's, whose four
    had run together at 390 px (UI-49): a column's widest line must fit its share of a phone's plot."""
    path = FIXTURES / "layouts" / "bank_five_quarters_beside_six_months_ruled_headers.htm"
    bank = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert bank is not None
    crowded = eps_bars(per_share_points(bank)).figure.data[0]
    assert list(crowded.x)[-1] == "6M to<br>Jun 30,<br>2024" and len(crowded.x) == 7
    assert list(crowded.y) == [0.52, 0.55, 0.38, 0.61, 0.56, 1.12, 1.17]
    assert eps_bars(per_share_points(operations)).figure.data[0].x[0] == "3M to<br>Jun 30,<br>2003"


def test_share_bars_are_in_millions_on_the_axis_and_in_the_table(operations: Statement) -> None:
    """Allos' 31,139,289 shares: 31.139 on an axis of millions, "31.14M" on its bar, and in the table "31.139289"
    of millions, every share still there (UI-44: the table had printed the count in full under that axis)."""
    chart = share_bars(per_share_points(operations))
    assert round(chart.figure.data[0].y[1], 3) == 31.139
    assert chart.data["Weighted shares (millions)"][1] == "31.139289"
    assert list(chart.figure.data[0].text)[1] == "31.14M"  # beside 31,124,616's "31.12M" (UI-59)
    assert chart.figure.data[0].marker.color == CURRENT  # one series, one colour (alternating shades meant nothing)


def test_share_counts_printed_in_whole_millions_are_labelled_without_decimals() -> None:
    """Southern Company Q4 2004 prints its average shares in millions (733, 741, 727, 739): "733M", not the
    "733.00M" that implied two places the release never printed."""
    path = FIXTURES / "edgar" / "southern-company_q4-fy2004.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    chart = share_bars(per_share_points(operations))
    assert sorted(chart.figure.data[0].text) == ["727M", "733M", "739M", "741M"]


def test_eps_bridge_chart_steps(operations: Statement) -> None:
    bridge = eps_bridge(operations, windows(operations)[0])
    assert bridge is not None
    chart = bridge_chart(bridge)
    (trace,) = chart.figure.data
    assert trace.orientation == "h"
    assert [y.replace("<br>", " ") for y in trace.y] == [
        "EPS 3M to Jun 30, 2003",
        "Effect of the net result",
        "Effect of the share count",
        "EPS 3M to Jun 30, 2004",
    ]
    assert [round(v, 4) for v in trace.x] == [-0.4547, 0.1785, 0.0466, -0.2296]
    assert list(trace.measure) == ["absolute", "relative", "relative", "total"]


def test_every_chart_has_alt_text_and_a_table(
    allos: Release, operations: Statement, balance: Statement
) -> None:
    expenses = breakdown(operations)
    bridge = eps_bridge(operations, windows(operations)[0])
    assert expenses is not None and bridge is not None
    charts = [
        comparison_bars(operations, windows(operations)),
        result_waterfall(operations, operations.periods[0]),
        quarter_trend(with_derived(operations)),
        composition(expenses),
        line_changes(expenses, windows(operations)[0]),
        cash_bars(cash_points(balance), 1000),
        balance_bars(balance),
        runway_projection(cash_points(balance)[-1], burn_estimates(allos), 1000),
        eps_bars(per_share_points(operations)),
        share_bars(per_share_points(operations)),
        bridge_chart(bridge),
    ]
    for chart in charts:
        assert chart is not None
        assert len(chart.alt_text) > 40 and not chart.data.empty
        assert chart.title and chart.untitled().layout.title.text is None


def test_per_share_charts_say_which_figures_they_draw() -> None:
    """Oshkosh prints basic and diluted apart (the charts draw diluted); Allos one line for both."""
    from core.analysis.per_share import per_share_points
    from core.charts.per_share import eps_bars, share_bars

    oshkosh = Path(__file__).parent / "fixtures" / "html" / "oshkosh_q2-fy2020.htm"
    for path, basis in ((oshkosh, "diluted"), (Path(__file__).parent / "fixtures" / "text" / "allos_q2_2004.txt",
                                               "basic and diluted")):
        statement = core.parse_release(path.read_bytes(), path.name).statement("operations")
        assert statement is not None
        points = per_share_points(statement)
        assert eps_bars(points).figure.layout.title.text == f"Net result per share ({basis}), as printed"
        assert share_bars(points).figure.layout.title.text == f"Weighted average shares ({basis})"


FIXTURES = Path(__file__).parent / "fixtures"


def _release_and_operations(path: Path) -> tuple[Release, Statement]:
    """A fixture release (read once a test process) and its statement of operations, which it must print."""
    release = read_fixture(path)
    operations = operations_statement(release)
    assert operations is not None
    return release, operations


def _waterfall_steps_of(path: Path) -> list[tuple[str, float]]:
    _, operations = _release_and_operations(path)
    chart = result_waterfall(operations, operations.periods[0])
    assert chart is not None
    (trace,) = chart.figure.data
    return [(label.replace("<br>", " "), value) for label, value in zip(trace.y, trace.x, strict=True)]


def test_the_expense_lines_of_a_statement_without_their_total_are_steps_of_their_own() -> None:
    """Aemetis Q4 2024 prints "Selling, general and administrative expenses" alone between its gross loss
    (2,040) and operating loss (13,476 = 2,040 + 11,436): a step of that name, not "Other operating items",
    beside its "Cost of goods sold" as printed (both its costs are the breakdown: 47,004 - 49,044 - 11,436).
    The non-operating lines the vocabulary does not name, printed under "Other expense (income):" (interest
    11,066, fees 1,571, accretion 2,643, other income (190): 15,090 in all, 28,566 less 13,476), come before the
    tax benefit of 12,369, as the statement prints them, each a step of its own (UI-45: they had been one
    "Other non-operating items" bar; taking each away as printed is the one way they make the gap)."""
    steps = _waterfall_steps_of(FIXTURES / "text" / "aemetis_q4-2024_markdown-flattened.txt")
    # drawn in $ millions, the unit its labels read shortest in (UI-44)
    assert steps == [("Revenue", 47.004), ("Cost of goods sold", -49.044),
                     ("Selling, general and administrative expenses", -11.436), ("Operating result", -13.476),
                     ("Interest expense Interest rate expense", -11.066),
                     ("Debt related fees and amortization expense", -1.571),
                     ("Accretion and other expenses of Series A preferred units", -2.643), ("Other income", 0.19),
                     ("Income tax", 12.369), ("Net result", -16.197)]


def test_unnamed_non_operating_lines_come_before_the_tax_each_as_printed() -> None:
    """ServiceNow Q1 2020: interest expense (8,570) and interest income and other (7,597) take the operating
    income of 49,335 to the pre-tax 48,362 (-8,570 + 7,597 = -973); the tax of 131 comes after them."""
    steps = _waterfall_steps_of(FIXTURES / "html" / "servicenow_q1-2020.htm")
    assert steps[-5:] == [("Operating result", 49.335), ("Interest expense", -8.570),  # $ millions (UI-44)
                          ("Interest income and other income, net", 7.597), ("Income tax", -0.131),
                          ("Net result", 48.231)]


def test_an_insurers_costs_between_revenues_and_pretax_earnings_are_steps_of_their_own() -> None:
    """Aflac Q1 2020 prints no operating result: "Benefits and claims, net" 2,939 and "Total acquisition and
    operating expenses" 1,503 take total revenues of 5,162 to pre-tax earnings of 720 (5,162 - 2,939 - 1,503).
    They had been drawn as one bar named "Other non-operating items" (a browser review)."""
    steps = _waterfall_steps_of(FIXTURES / "html" / "aflac_q1-2020.htm")
    assert steps == [("Revenue", 5_162.0), ("Benefits and claims, net", -2_939.0),
                     ("Total acquisition and operating expenses", -1_503.0), ("Income tax", -154.0),
                     ("Net result", 566.0)]


def test_a_subtotal_the_vocabulary_does_not_name_is_drawn_as_one_among_the_gaps_lines() -> None:
    """PS Business Parks Q1 2020 (a REIT, in thousands) prints no operating or pre-tax result: from its total
    operating expenses of 61,205 (31,263 + 26,619 + 3,323) come interest and other income 557, interest and
    other expense (161) and a gain on the sale of a facility 19,621, then "Net income" 65,028
    (106,216 - 61,205 + 557 - 161 + 19,621), the allocation to noncontrolling interests (11,092), and the net
    income allocable to the company, 53,936. The gain had been netted into one "Other items" bar of 8,925 with
    the allocation (UI-55): each line is its own step, and the printed subtotal a total bar."""
    steps = _waterfall_steps_of(FIXTURES / "html" / "ps-business-parks_q1-2020.htm")
    assert steps == [("Revenue", 106.216), ("Cost of operations", -31.263), ("Depreciation and amortization", -26.619),
                     ("General and administrative", -3.323), ("Interest and other income", 0.557),
                     ("Interest and other expense", -0.161), ("Gain on sale of real estate facility", 19.621),
                     ("Net income", 65.028), ("Allocation to noncontrolling interests", -11.092),
                     ("Net result", 53.936)]  # $ millions
    _, operations = _release_and_operations(FIXTURES / "html" / "ps-business-parks_q1-2020.htm")
    chart = result_waterfall(operations, operations.periods[0])
    assert chart is not None
    (trace,) = chart.figure.data
    assert list(trace.measure).count("total") == 2  # the printed "Net income" and the net result


def test_a_gap_that_is_one_printed_line_is_named_after_it() -> None:
    """A lender prints its provision for losses (131,200) under revenue (318,400), outside its operating
    expenses (130,700): revenue less both is the operating income of 56,500. The step is the provision's,
    not an "Other operating items" the reader must work out."""
    steps = _waterfall_steps_of(FIXTURES / "layouts" / "lender_revenue_then_provision_then_net_revenue.txt")
    assert ("Provision for losses", -131.2) in steps  # of $ millions (UI-44)
    assert not any(label.startswith("Other") for label, _ in steps)
    assert steps[-4:] == [("Operating result", 56.5), ("Interest expense, net", -21.6),
                          ("Income tax", -8.725), ("Net result", 26.175)]


def test_a_bank_waterfall_starts_from_its_pre_tax_result() -> None:
    """A bank's interest lines take no concept, so nothing is drawn before its pre-tax income (20,400 before
    the provision of 3,150: 17,250). The chart starts on that subtotal; it had been one "Other non-operating
    items" step of 17,250 standing for the bank's whole business."""
    path = FIXTURES / "layouts" / "bank_pretax_income_before_the_provision_for_credit_losses.txt"
    steps = _waterfall_steps_of(path)
    # since UI-50 a bank's bridge starts on its net interest income: 35.15 - 3.15 + 11.01 - 25.76 = 17.25
    assert steps == [("Net interest income", 35.15), ("Provision for credit losses", -3.15),
                     ("Total noninterest income", 11.01), ("Total noninterest expense", -25.76),
                     ("Income before taxes", 17.25), ("Income tax", -4.83), ("Net result", 12.42)]  # $ millions
    # Plotly draws a "total" as the sum of the bars before it: the first bar is an "absolute" start, else
    # it has no length and the net result is drawn at 12,420 less than it is (browser review).
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    chart = result_waterfall(operations, operations.periods[0])
    assert chart is not None
    assert list(chart.figure.data[0].measure) == ["absolute", "relative", "relative", "relative", "total",
                                                  "relative", "total"]
    assert chart.data["Kind"].iloc[0] == "start"
    assert chart.figure.layout.xaxis.range[1] > 35.15  # the axis reaches the start's end (of $ millions)
    assert chart.figure.layout.title.text.startswith("From net interest income to the net result")


def test_no_waterfall_where_no_line_stands_between_revenue_and_the_result() -> None:
    """Southern Company's Q4 2004 highlights (EX-99.02 alone) print operating revenues (2,721) and net income
    (204) and nothing between: a waterfall would be one unexplained bar. Read in the whole submission, the
    analysis of earnings in EX-99.04 prints the lines between, and the waterfall draws them."""
    path = FIXTURES / "text" / "southern-company_q4-fy2004_text.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    assert operations.value("revenue", operations.periods[0]) == 2_721_000_000
    assert result_waterfall(operations, operations.periods[0]) is None
    path = FIXTURES / "edgar" / "southern-company_q4-fy2004.txt"
    whole = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert whole is not None
    assert whole.value("operating_income", whole.periods[0]) == 396_000_000
    assert result_waterfall(whole, whole.periods[0]) is not None


def test_the_pages_draw_from_the_analysis_where_the_highlights_rank_first() -> None:
    """Gulfland's highlights (EX-99.02: net income 119.1, EPS 0.56, shares 210.8) carry as many concepts as
    its analysis of earnings (EX-99.04), read below them: the pages draw the analysis's lines (990.4 -
    742.9 = 247.5 operating income; 247.5 + 6.7 - 69.5 - 65.6 = 119.1), lent the EPS and counts."""
    path = FIXTURES / "layouts" / "utility_highlights_first_with_the_same_count_of_lines_as_its_analysis.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    quarter = operations.periods[0]
    assert [operations.value(c, quarter) for c in ("revenue", "total_operating_expenses", "operating_income",
                                                   "income_tax", "net_income", "eps_basic", "shares_basic")] == [
        990_400_000, 742_900_000, 247_500_000, 65_600_000, 119_100_000, Decimal("0.56"), 210_800_000]
    assert result_waterfall(operations, quarter) is not None


def test_the_smaller_asset_lines_are_named_apart_from_a_printed_other_assets_line() -> None:
    """Apple Q3 FY2004 prints "Other assets" among its largest lines: the block summing the three smallest
    had been "Other assets (3 lines)", and the legend showed "Other assets" twice over."""
    path = FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt"
    balance = core.parse_release(path.read_bytes(), path.name).statement("balance")
    assert balance is not None
    chart = balance_bars(balance)
    latest = chart.data[chart.data["Date"] == "Jun 26, 2004"]
    assert "Other assets" in list(latest["Line"]) and "Smaller asset lines (3)" in list(latest["Line"])
    assert len(set(latest["Line"])) == len(latest)


def test_cash_bars_keep_the_decimal_the_release_prints_in_millions() -> None:
    """A utility's balance sheet in millions to one decimal ("Cash and cash equivalents  41.2  38.8  50.5"):
    the bars had read 41, 39 and 51 (browser review of round 112), where the Periods page kept the decimal."""
    path = Path(__file__).parent / "fixtures" / "layouts" / "trailing_twelve_months_headed_ttm.txt"
    balance = core.parse_release(path.read_bytes(), path.name).statement("balance")
    assert balance is not None
    chart = cash_bars(cash_points(balance), balance.scale)
    assert chart.figure.data[0].text == ("50.5", "38.8", "41.2")  # Sep 30, 2003; Dec 31, 2003; Sep 30, 2004
    assert list(chart.data.iloc[:, 1]) == ["50.5", "38.8", "41.2"]
    # one line of cash alone, titled by its own name: no "investments" the bars leave out (an insurer's cash
    # titled "Cash and investments" had read as its $16.8 billion of investments: browser review, round 224)
    assert chart.figure.layout.title.text == "Cash at each balance-sheet date"
    assert list(chart.data.columns)[1] == "Cash ($ millions)"


def test_cash_bars_adding_several_lines_are_cash_and_investments(balance: Statement) -> None:
    """Allos prints one line of cash and marketable securities, and bars adding two lines hold investments
    too: both are "Cash and investments"."""
    points = cash_points(balance)
    assert cash_bars(points, 1000).figure.layout.title.text == "Cash and investments at each balance-sheet date"
    several = tuple(dataclasses.replace(p, lines=("Cash and cash equivalents", "Short-term investments"))
                    for p in points)
    assert cash_bars(several, 1000).figure.layout.title.text.startswith("Cash and investments at each")


def test_the_comparison_always_draws_the_result_and_fills_up_with_the_largest_lines() -> None:
    """Tolland names eleven lines, more than the chart holds: the net result, last in the statement, had
    been cut while a 1,350 restructuring charge stayed (browser review of round 112). The result and its
    subtotals stay; the rest are the largest of the named lines and the operating expenses the total adds
    up, named or not: "Sales and marketing" (5,818) and "General and administrative" (2,015) had been left out
    for the 1,350 restructuring charge and the 1,162 of other income (UI-21, UI-22)."""
    path = FIXTURES / "layouts" / "net_loss_while_operations_generate_cash.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    drawn = default_lines(operations, windows(operations))
    assert len(drawn) == 10 and "Net income (loss)" in drawn and "Income (loss) before taxes" in drawn
    assert "Sales and marketing" in drawn and "General and administrative" in drawn
    assert "Restructuring charge" not in drawn and "Provision (benefit) for taxes" not in drawn
    # and the page says which it leaves out (UI-36: a line left out unsaid had been taken for no line at all)
    every_line = tuple(dict.fromkeys(c.label for w in windows(operations) if w.prior is not None
                                     for c in compare(operations, w) if c.kind == "amount"))
    said = lines_left_out(every_line, drawn)
    assert said.startswith("Not drawn: ") and "Restructuring charge" in said and "Provision (benefit) for taxes" in said
    assert "Net income (loss)" not in said
    assert lines_left_out(drawn, drawn) == ""


def test_cash_bars_read_out_the_decimals_they_print() -> None:
    """Bracewell prints cash "in millions" to one decimal (96.4, 82.2): the alt text had said "96" and "82"."""
    from core.analysis.cash import CashPoint
    from core.model import Period

    points = (CashPoint(Period(end=date(2007, 12, 31), months=None), Decimal("96400000"), ("Cash",)),
              CashPoint(Period(end=date(2008, 12, 31), months=None), Decimal("82200000"), ("Cash",)))
    chart = cash_bars(points, 1_000_000)
    assert chart.alt_text == "Bars of cash in $ millions: Dec 31, 2007 96.4, Dec 31, 2008 82.2."


def test_hover_and_alt_texts_keep_the_decimals_a_release_in_millions_prints() -> None:
    """Browser review of round 119: Brenton-Hale prints $ millions to one decimal, and its hover and alt texts
    had dropped them: restructuring 3.1 hovered as "3", R&D 21.4 as "21", net income 80.6 read "81" in the
    alt text, and the Cash page's balance of 212.4 hovered as "212"."""
    from core.analysis.series import company_series
    from core.analysis.side_by_side import side_by_side
    from core.charts.cash import balance_bars
    from core.charts.series import expense_lines, line_bars
    from core.charts.side_by_side import comparison_table
    from tests.conftest import FIXTURES

    name = "industrial_in_millions_interest_expense_and_other_income_apart.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    series = company_series([release])
    expenses = expense_lines(series)
    assert expenses is not None
    restructuring = next(t for t in expenses.figure.data if t.name == "Restructuring charges")
    assert list(restructuring.y)[-1] == 3.1 and "%{y:,.1f}" in restructuring.hovertemplate
    rows = expenses.data.set_index(["Line", "Period"])["Value ($ millions)"]
    # no total adds the expense lines up, but gross profit less them is the operating result: no mark
    assert rows[("Research and development expenses", "3M to Jul 2, 2022")] == "21.4"
    net = line_bars(series, "net_income", "Net result per quarter")
    assert net is not None and "3M to Jul 2, 2022 80.6" in net.alt_text
    balance = release.statement("balance")
    assert balance is not None
    bars = balance_bars(balance)
    cash = next(t for t in bars.figure.data if t.name == "Cash and cash equivalents" and t.y[0] == 212.4)
    assert "$%{y:(,.1f}M" in cash.hovertemplate  # in $ millions, said short after the amount (UI-57)
    assert "212.4" in set(bars.data["Amount ($ millions)"])
    table = comparison_table(side_by_side([release]), "amount").set_index("Line")
    assert table.loc["Research and development expenses"].iloc[-1] == "21.4"


def test_side_by_side_shows_things_counted_as_printed_beside_amounts_in_thousands() -> None:
    """Round 124's restaurant chain, in thousands: side by side, its 142 restaurants are 142 (not 0.1 of a
    unit of $ thousands), and the numbers' unit column says they are counts."""
    from core.analysis.side_by_side import side_by_side
    from core.charts.side_by_side import comparison_numbers, comparison_table

    path = FIXTURES / "layouts" / "amount_and_percent_left_in_labels_by_a_block_on_another_grid.txt"
    comparison = side_by_side([core.parse_release(path.read_bytes(), path.name)])
    table = comparison_table(comparison, "amount").set_index("Line")
    assert table.loc["Restaurants open at end of period"].iloc[-1] == "142 \u2020"  # a count no check speaks of
    numbers = comparison_numbers(comparison, "amount").set_index("Line")
    assert numbers.loc["Restaurants open at end of period", "Unit"] == "as printed (a count or a volume)"


def test_expense_mix_draws_a_line_lowering_the_total_left_of_zero_not_over_the_others() -> None:
    """Browser review of round 126: Skyhaven's "Payroll Support Program recognition(2)" of (412,118) is a grant
    set against the quarter's costs, (55.7)% of its total operating expenses of 739,369. Stacked on the other
    lines, its block was drawn back over them: the quarter's bar read as salaries 67%, a sliver of fuel, other
    16%, smaller lines 11%, hiding landing fees (15%), depreciation (13%) and special items (19%). It now stands
    left of zero and the axis reaches the others' 156%."""
    from tests.conftest import FIXTURES

    name = "airline_grant_recognised_against_costs_and_footnoted_expense_labels.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    statement = release.statement("operations")
    assert statement is not None
    expenses = breakdown(statement)
    assert expenses is not None
    chart = composition(expenses)
    assert chart.figure.layout.barmode == "relative"
    grant = next(t for t in chart.figure.data if t.name.startswith("Payroll Support Program"))
    quarter = list(grant.y).index("3M to Sep 30, 2020")
    assert round(grant.x[quarter], 1) == -55.7  # (412,118) / 739,369
    assert grant.text[quarter] == "-55.7%"
    low, high = chart.figure.layout.xaxis.range
    assert round(low, 1) == -55.7 and round(high, 1) == 155.7
    assert "Left of zero, lines that lower the total: Payroll Support Program recognition" in chart.alt_text


def test_balance_bars_draw_a_stockholders_deficit_below_zero() -> None:
    """Browser review of round 126: Meridian Crest's stockholders' equity at September 30, 2022 is a deficit of
    (1,193,598) thousand. Stacked on liabilities of 15,986,574 it was drawn back over them, and its block at the
    top of the bar read as positive equity on a bar taller than the assets' 15,409,786."""
    from core.charts.cash import balance_bars
    from tests.conftest import FIXTURES

    name = "hospital_stockholders_deficit_beside_noncontrolling_interests.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    balance = release.statement("balance")
    assert balance is not None
    chart = balance_bars(balance)
    assert chart.figure.layout.barmode == "relative"
    equity = next(t for t in chart.figure.data if t.name == "Stockholders' equity" and t.x[0][0] == "Sep 30, 2022")
    assert list(equity.y) == [-1.193598]  # in the axis's billions (UI-43)
    assert "Below zero: Stockholders' equity." in chart.alt_text


def test_footnote_marks_printed_in_labels_are_no_part_of_the_names_charts_show() -> None:
    """Browser review of round 126: Skyhaven prints "Special items, net(1)" (142,318) and "Payroll Support
    Program recognition(2)" (412,118) for the quarter, the marks pointing at notes under the statement. The
    Overview's waterfall, the Expenses page's changes and its sentence ("Payroll Support Program recognition(2)
    moved most") and Compare's lines over time had shown the marks as part of the names."""
    from core.analysis.expenses import biggest_mover
    from core.analysis.series import company_series
    from core.analysis.side_by_side import side_by_side
    from core.charts.series import expense_lines
    from tests.conftest import FIXTURES

    name = "airline_grant_recognised_against_costs_and_footnoted_expense_labels.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    statement = release.statement("operations")
    assert statement is not None
    quarter = windows(statement)[0]
    waterfall = result_waterfall(statement, quarter.current)
    assert waterfall is not None
    (trace,) = waterfall.figure.data
    steps = dict(zip([" ".join(y.replace("<br>", " ").split()) for y in trace.y], trace.x, strict=True))
    # of $ millions, as its labels read (UI-44)
    assert steps["Special items, net"] == -142.318 and steps["Payroll Support Program recognition"] == 412.118
    expenses = breakdown(statement)
    assert expenses is not None
    changes = line_changes(expenses, quarter)
    assert changes is not None
    assert list(changes.data["Line"])[6:8] == ["Special items, net", "Payroll Support Program recognition"]
    mover = biggest_mover(expenses, quarter)
    assert mover is not None and (mover.label, mover.change) == ("Payroll Support Program recognition",
                                                                 Decimal("-412118000"))
    over_time = expense_lines(company_series([release]))
    assert over_time is not None
    assert {"Special items, net", "Payroll Support Program recognition"} <= {t.name for t in over_time.figure.data}
    rows = {row.label for row in side_by_side([release]).rows}
    assert "Special items, net" in rows and not any("(1)" in label for label in rows)


def test_noncontrolling_interests_are_named_and_balance_blocks_stand_apart_in_colour() -> None:
    """Meridian Crest (Sep 30, 2022, $ thousands): total liabilities 15,986,574 and stockholders' deficit
    (1,193,598) leave 616,810 of the 15,409,786 total, which the sheet prints as redeemable noncontrolling
    interests 498,405 and noncontrolling interests 118,405. The block had been "Other (derived)"; and
    goodwill and stockholders' equity had been two light blues (#56B4E9, #88CCEE) side by side."""
    from core.analysis.cash import balance_composition
    from core.charts.cash import balance_bars
    from core.charts.style import MIN_COLOUR_DISTANCE, colour_distance
    from tests.conftest import FIXTURES

    name = "hospital_stockholders_deficit_beside_noncontrolling_interests.htm"
    balance = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name).statement("balance")
    assert balance is not None
    latest = balance.periods[0]
    assert latest.end == date(2022, 9, 30)
    right = [(s.label, s.amount, s.derived) for s in balance_composition(balance, latest)
             if s.side == "Liabilities and equity"]
    assert right == [
        ("Liabilities", 15986574 * Decimal(1000), False),
        ("Stockholders' equity", -1193598 * Decimal(1000), False),
        ("Redeemable noncontrolling interests in equity of consolidated subsidiaries", 498405 * Decimal(1000), False),
        ("Noncontrolling interests in equity of consolidated subsidiaries", 118405 * Decimal(1000), False),
    ]
    bars = balance_bars(balance)
    colours = {t.name.replace("<br>", " "): t.marker.color for t in bars.figure.data}
    assert "Other (derived)" not in colours
    assert colour_distance(colours["Goodwill"], colours["Stockholders' equity"]) >= MIN_COLOUR_DISTANCE
    values = list(colours.values())
    assert all(colour_distance(a, b) >= MIN_COLOUR_DISTANCE for i, a in enumerate(values) for b in values[i + 1:])


def test_every_bar_row_is_as_tall_as_the_tallest_name_and_the_waterfall_drops_a_long_aside() -> None:
    """Tollgate Pass Midstream (round 148): "Net (loss) income attributable to Tollgate Pass Midstream Partners,
    L.P." wraps to four lines and had run into "Limited partners' interest in net (loss) income" under it (a
    category axis gives every row one height); the waterfall's "Cost of product sold (exclusive of
    depreciation and amortization shown separately below)" wrapped to five lines over "Operation and
    maintenance", 44 px a row."""
    name = "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    operations = operations_statement(core.parse_release((FIXTURES / "ui" / name).read_bytes(), name))
    assert operations is not None
    quarter = windows(operations)[0]
    bars = comparison_bars(operations, (quarter,))
    names = list(bars.figure.data[0].y)
    tallest = max(n.count("<br>") + 1 for n in names)
    assert tallest == 4
    assert bars.figure.layout.height >= 110 + len(names) * tallest * 15
    waterfall = result_waterfall(operations, quarter.current)
    assert waterfall is not None
    steps = [" ".join(n.split("<br>")) for n in waterfall.figure.data[0].y]
    assert steps[:3] == ["Revenue", "Cost of product sold", "Operation and maintenance"]
    assert list(waterfall.figure.data[0].x)[:2] == [456.436, -168.412]  # of $ millions (UI-44)
    step_names = list(waterfall.figure.data[0].y)
    rows = max(n.count("<br>") + 1 for n in step_names)
    assert waterfall.figure.layout.height >= 90 + len(step_names) * max(44, rows * 15)


def test_a_partnerships_balance_sheet_names_its_equity_as_printed() -> None:
    """Tollgate Pass Midstream (Q1 2020) prints "Total partners' capital"; its balance-sheet bars had called it
    "Stockholders' equity", which a partnership has none of."""
    from core.charts.cash import balance_bars

    name = "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    balance = release.statement("balance")
    assert balance is not None
    chart = balance_bars(balance)
    names = {trace.name for trace in chart.figure.data}
    assert "Total partners' capital" in names and "Stockholders' equity" not in names
    equity = balance.item("stockholders_equity")
    assert equity is not None and equity.values[:2] == (Decimal(1_370_874_000), Decimal(1_727_242_000))
    assert chart.sources["Total partners' capital"] == (equity.span,)


def test_balance_bars_give_a_line_first_drawn_at_the_latest_date_its_legend_entry() -> None:
    """Verdanta (round 262, invented) first booked "Operating lease right-of-use assets" in 2019: its 14,225 at
    Dec 31, 2019 had been drawn as a black block with no legend entry, the legend being taken from the
    earlier date's bars only (browser review). Every colour drawn is in the legend, once."""
    path = Path(__file__).parent / "fixtures" / "ui" / "biotech_cash_rose_on_an_offering_verdanta_q4_2019.pdf"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    traces = balance_bars(balance).figure.data
    lease = [t for t in traces if t.name == "Operating lease right-of-use assets"]
    assert [(t.x[0][0], t.y[0], t.showlegend) for t in lease] == [("Dec 31, 2019", 14.225, True)]
    in_legend = [t.marker.color for t in traces if t.showlegend]
    assert sorted(in_legend) == sorted({t.marker.color for t in traces})  # each colour once


def test_an_axis_never_repeats_a_tick_label() -> None:
    """Copper Ferry Bancorp (round 263, invented) weighs about 3.4 million shares: Plotly's half-million steps
    printed as whole millions had read "0, 1, 1, 2, 2, 3, 3, 4" on the Per share page (browser review). Ticks
    are round steps, each printed with the decimals its step needs."""
    path = FIXTURES / "ui" / "bank_under_four_million_weighted_shares_copper_ferry_q1_2003.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    axis = share_bars(per_share_points(operations)).figure.layout.yaxis
    assert (list(axis.tickvals), list(axis.ticktext)) == ([0, 1, 2, 3, 4], ["0", "1", "2", "3", "4"])
    # quarter steps keep their two decimals, where rounding to one had printed 0.25 and 0.75 as 0.2 and 0.8
    assert accounting_axis([0.3, 1.1])["ticktext"] == ["0.00", "0.25", "0.50", "0.75", "1.00", "1.25"]


def _drawn(chart: Chart) -> list:  # type: ignore[type-arg]
    """The bars a chart draws, without the legend's keys (`verified.plain_legend`: no bar, no hover)."""
    return [trace for trace in chart.figure.data if trace.hoverinfo != "skip"]


def _composition_of(name: str) -> tuple[Statement, ExpenseBreakdown, Chart]:
    """A UI fixture's statement of operations, its expense breakdown (derived quarters included) and the
    expense-mix chart drawn from it."""
    path = FIXTURES / "ui" / name
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    expenses = breakdown(with_derived(operations))
    assert expenses is not None
    return operations, expenses, composition(expenses)


def test_expense_shares_of_a_whole_are_shown_in_tenths_each_rounded_on_its_own() -> None:
    """Cumberland Western Rail (round 265, invented): Q2 1996's lines are 44.21, 12.15, 10.01, 12.43 and
    21.21% of the total, labelled 44/12/10/12/21, 99% (browser review). In tenths, each rounded on its own,
    the bars and the table read alike, each within half a tenth of the exact share."""
    operations, expenses, chart = _composition_of("railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt")
    at = [wrap_free(y) for y in _drawn(chart)[0].y].index("3M to Jun 30, 1996")
    quarter = next(p for p in operations.periods if p.label == "Three Months Ended June 30, 1996")
    labels_shown = [trace.text[at] for trace in _drawn(chart)]
    assert labels_shown == ["44.2%", "12.2%", "10.0%", "12.4%", "21.2%"]
    exact = [expenses.share(item, quarter) for item in expenses.components]
    shown = expenses.shares_shown(expenses.components, quarter)
    assert all(abs(s - e) <= Decimal("0.05") for s, e in zip(shown, exact, strict=True))
    tenths = chart.data[chart.data["Period"] == "3M to Jun 30, 1996"]["Share of total"]
    assert list(tenths) == labels_shown


def test_expense_shares_are_never_pushed_a_whole_point_to_add_up_to_100() -> None:
    """Bellwether Casualty Group (round 297, invented), Q4 2003: "Other operating expenses" is 2,915 of
    44,949 (6.49%) and a year earlier 2,688 of 41,750 (6.44%), both labelled 7% where whole points were
    made to add up to 100 (browser review). In tenths, each on its own: 6.5% and 6.4%, in the bars and in
    the table; a bar's labels may then add up to 99.9-100.1."""
    operations, expenses, chart = _composition_of("insurer_expense_shares_in_tenths_bellwether_q4_2003.txt")
    rows = [wrap_free(y) for y in _drawn(chart)[0].y]
    other = next(trace for trace in _drawn(chart) if wrap_free(trace.name) == "Other operating expenses")
    shown = {row: other.text[rows.index(row)] for row in ("3M to Dec 31, 2003", "3M to Dec 31, 2002")}
    assert shown == {"3M to Dec 31, 2003": "6.5%", "3M to Dec 31, 2002": "6.4%"}
    table = chart.data[chart.data["Line"] == "Other operating expenses"].set_index("Period")["Share of total"]
    assert (table["3M to Dec 31, 2003"], table["3M to Dec 31, 2002"]) == ("6.5%", "6.4%")
    quarter = rows.index("3M to Dec 31, 2003")
    assert [wrap_free(trace.text[quarter]) for trace in _drawn(chart)] == ["70.9%", "21.5%", "6.5%", ""]
    for period in operations.periods:
        parts = expenses.shares_shown(expenses.components, period)
        if all(part is not None for part in parts):
            assert Decimal("99.9") <= sum(parts) <= Decimal("100.1")


def wrap_free(text: str) -> str:
    return " ".join(text.replace("<br>", " ").split())


def test_a_banks_balances_among_its_quarters_are_not_drawn_by_default() -> None:
    """A bank's five quarters print "Average balances" and "Period-end balances" ($465 billion of total assets)
    beside the quarter's income ($1-4 billion): drawn on one axis, the income had been slivers (UI-13). The
    Periods chart starts with the income lines; the reader may add the balances."""
    from core.analysis import windows, with_derived

    name = "a_banks_five_quarters_total_revenue_net_of_interest_expense.htm"
    source = Path(__file__).parent / "fixtures" / "layouts" / name
    release = core.parse_release(source.read_bytes(), source.name)
    operations = operations_statement(release)
    assert operations is not None
    extended = with_derived(operations)
    drawn = default_lines(extended, tuple(w for w in windows(extended) if w.prior is not None))
    assert "Net income" in drawn and "Total revenue, net of interest expense" in drawn
    assert not {"Total assets", "Total loans", "Total deposits"} & set(drawn)


def test_the_waterfall_names_the_cost_line_as_printed() -> None:
    """Apple's third quarter of fiscal 2004 prints "Net sales" 2,014 less "Cost of sales" 1,455 (in millions; gross
    margin 559): the step is "Cost of sales" as the release and the expense charts name it (UI-26: it had been
    renamed "Cost of revenue")."""
    from core.analysis import current_quarter
    from core.analysis.structure import operations_statement
    from core.charts.periods import waterfall_steps

    path = Path(__file__).parent / "fixtures" / "edgar" / "apple-computer_q3-fy2004.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    quarter = current_quarter(operations)
    assert quarter is not None
    steps = waterfall_steps(operations, quarter)
    assert steps[:2] == [("Revenue", Decimal("2014000000"), "relative"),
                         ("Cost of sales", Decimal("-1455000000"), "relative")]


def test_the_balance_sheets_legend_names_lines_printed_in_capitals_in_sentence_case() -> None:
    """Valaris's balance sheet at March 31, 2020 prints its non-current lines in capitals ("PROPERTY AND
    EQUIPMENT, NET" 12,157.2, "INVESTMENT IN ARO" 122.4, "TOTAL EQUITY" 6,295.6 $ millions) beside "Cash and cash
    equivalents": the legend had shown them so (UI-41). They read in sentence case as the waterfalls name steps,
    "ARO" kept, as its cash flow statement prints it in lower-case words ("Equity in earnings of ARO"); a click
    on a renamed line still finds its printed line."""
    path = FIXTURES / "html" / "valaris-plc_q1-2020.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    chart = balance_bars(balance, abbreviations=release_abbreviations(release))
    names = [trace.name for trace in chart.figure.data if trace.showlegend is not False]
    assert names == ["Cash and cash equivalents", "Accounts receivable, net", "Other current assets",
                     "Property and equipment, net", "Long-term notes receivable from ARO", "Investment in ARO",
                     "Other assets", "Liabilities (derived)", "Total equity"]
    assert not any(name.isupper() for name in names)
    latest = chart.data[chart.data["Date"] == chart.data["Date"].iloc[-1]].set_index("Line")
    assert latest.loc["Investment in ARO", "Amount ($ billions)"] == "0.122"  # 122.4 of $ millions (UI-43)
    assert latest.loc["Total equity", "Amount ($ billions)"] == "6.296"  # 6,295.6
    assert chart.sources["Total equity"] == chart.sources["TOTAL EQUITY"]


def test_the_line_by_line_bars_name_lines_printed_in_capitals_in_sentence_case() -> None:
    """Valaris's statement of operations prints "OPERATING REVENUES" ($456.6 million in the quarter to March 31,
    2020 against $512.1 million to December 31, 2019) and "NET LOSS" ((3,007.7) against (214.0)) in capitals
    beside "General and administrative": the line-by-line bars draw them in sentence case, "ARO" kept, as the
    waterfall names its steps, and a click on a renamed bar finds its line (UI-41). (Its release prints no
    year-earlier column: the window here sets its two printed quarters side by side.)"""
    from core.analysis.periods import Window

    path = FIXTURES / "html" / "valaris-plc_q1-2020.htm"
    release, operations = _release_and_operations(path)
    current, prior = sorted(operations.periods, key=lambda period: period.end, reverse=True)[:2]
    window = Window(3, current, prior)
    lines = ("OPERATING REVENUES", "General and administrative", "EQUITY IN EARNINGS OF ARO", "NET LOSS")
    chart = comparison_bars(operations, (window,), lines, release_abbreviations(release))
    drawn = [str(name).replace("<br>", " ") for name in chart.figure.data[0].y]
    assert drawn == ["Operating revenues", "General and administrative", "Equity in earnings of ARO", "Net loss"]
    assert chart.figure.data[0].x[0] == 456.6 and chart.figure.data[1].x[0] == 512.1
    assert chart.figure.data[0].x[-1] == -3007.7
    assert chart.sources["Operating revenues"] == chart.sources["OPERATING REVENUES"]


def test_every_waterfall_step_keeps_its_value_beside_its_bar_at_any_width() -> None:
    """Cree's quarter to March 29, 2020 (revenue 215.5, R&D 46.7, SG&A 49.7, an operating loss of 49.8 $ millions):
    at 390 px the Overview's waterfall had dropped those steps' values, which 1,400 px showed (UI-41): set inside
    a bar ("auto"), a label shrinks to the bar. Every step's value stands at the axis font, never shrunk: inside
    only the bars long enough to hold it at a phone's width (revenue, and the cost of revenue of 154.1), beside
    the others (UI-44)."""
    from core.analysis.metrics import choose_window

    path = FIXTURES / "html" / "cree_q3-fy2020.htm"
    release, operations = _release_and_operations(path)
    window = choose_window(operations)
    assert window is not None
    chart = result_waterfall(operations, window.current, release_abbreviations(release))
    assert chart is not None
    trace = chart.figure.data[0]
    values = dict(zip((str(name).replace("<br>", " ") for name in trace.y), trace.text, strict=True))
    assert values["Revenue"] == "215.5"
    assert values["Research and development"] == "(46.7)"
    assert values["Sales, general and administrative"] == "(49.7)"
    assert values["Operating result"] == "(49.8)"
    places = dict(zip((str(name).replace("<br>", " ") for name in trace.y), trace.textposition, strict=True))
    assert [name for name, place in places.items() if place == "inside"] == ["Revenue", "Cost of revenue, net"]
    assert trace.constraintext == "none" and trace.cliponaxis is False
