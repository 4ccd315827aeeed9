"""The pages as browser review 63 found them: the burn chart's derived quarters marked as the net-result chart's,
a margin on another base said beside its figure, the same period read from two files said, a one-letter ticker
never used for a known name, long legend names wrapped on a phone, and colours legible on both themes.

Figures checked by hand against the releases."""

from __future__ import annotations

from decimal import Decimal

import core
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.style import DERIVED_PATTERN
from tests.conftest import FIXTURES, read_fixture


def test_burn_charts_net_loss_bars_of_derived_quarters_are_hatched_and_say_so() -> None:
    """Allos Q2 2004 (the sample): the quarters to Mar 31, 2003 and 2004 are six months less the quarter, net losses
    7,133 and 5,146 ($ thousands), 2,377.7 and 1,715.3 a month; their bars had stood solid under a caption saying
    "hatched where derived", beside the net-result chart hatching them (UI-63)."""
    name, data = core.load_sample()
    chart = burn_chart(company_series([core.parse_release(data, name)]))
    assert chart is not None
    loss = next(trace for trace in chart.figure.data if trace.type == "bar" and trace.name == "Net loss per month")
    assert list(loss.x) == ["2003-03-31", "2003-06-30", "2004-03-31", "2004-06-30"]
    assert [round(y * 3) for y in loss.y] == [7133, 11771, 5146, 7151]
    assert list(loss.marker.pattern.shape) == [DERIVED_PATTERN, "", DERIVED_PATTERN, ""]
    how = [row[1] for row in loss.customdata]
    assert how[0].startswith("derived: net result for 3M to Mar 31, 2003 divided by 3 months, 6M to Jun 30, 2003 "
                             "minus 3M to Jun 30, 2003")
    assert not how[1].startswith("derived")
    assert "the net loss per month (hatched where derived)" in chart.alt_text


def test_the_server_keeps_the_main_menu_for_the_theme() -> None:
    """UI-63: "minimal" left no Settings menu; "viewer" keeps the theme's choice without the developer's options."""
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(__file__).parents[1] / ".streamlit" / "config.toml").read_text())
    assert config["client"]["toolbarMode"] == "viewer"


SEARS = FIXTURES / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"


def test_a_margin_on_another_base_is_marked_beside_its_figure_in_the_memo_and_the_chart() -> None:
    """Sears Q2 2004: gross profit 2,418 is 27.8% of merchandise sales and services (8,700), where operating expenses
    (27.9%) and the operating margin (0.6%, 53 of 8,781) are of total revenue: the chart's bar had said "27.8%"
    unmarked beside them (UI-63). The memo's cell and the bar carry "*", the bar's hover and the chart's caption
    say the base."""
    from core.analysis.metrics import standard_metrics
    from core.charts.memo import common_size_bars, memo_table

    metrics = standard_metrics(read_fixture(SEARS))
    assert round(metrics.value("gross_margin"), 1) == Decimal("27.8")
    assert round(metrics.value("operating_margin"), 1) == Decimal("0.6")
    memo = memo_table([metrics]).set_index("Metric")
    assert memo.loc["Gross margin"].iloc[0] == "27.8% *"
    assert memo.loc["Operating margin"].iloc[0] == "0.6%"
    chart = common_size_bars([metrics])
    assert chart is not None
    bars = chart.figure.data[0]
    # UI-64: the operating-expense share carries the memo's "‡" too ("27.9% ‡" in the table), the legend in the alt
    assert memo.loc["Operating expenses, % of revenue"].iloc[0] == "27.9% ‡"
    assert list(bars.text) == ["27.8% *", "27.9% ‡", "0.6%", "0.6%"]
    assert "‡ Operating expenses without the cost of revenue" in chart.alt_text
    assert "On merchandise sales and services alone" in bars.customdata[0]
    assert "*" not in bars.customdata[2]
    assert chart.alt_text.endswith("* Sears, gross margin: on merchandise sales and services alone: total revenue "
                                   "also holds revenue that bears no cost of sales.")


def test_a_one_letter_ticker_gives_way_to_the_companys_name() -> None:
    """Sears's ticker is "S": "S's Jul 3, 2004: 19 years apart" and the columns "S: Sears, Roebuck and Co. (S)" had
    named it by one letter (UI-63). Three letters stay the short name (Allos's ALTH)."""
    from core.analysis.side_by_side import short_name

    sears = read_fixture(SEARS)
    assert sears.metadata.ticker == "S"
    assert short_name(sears) == "Sears"
    name, data = core.load_sample()
    assert short_name(core.parse_release(data, name)) == "ALTH"


def test_the_balance_sheet_bars_are_legible_on_the_light_and_the_dark_theme() -> None:
    """Apple Q3 FY2004's balance sheet: its eighth asset block had been Okabe-Ito's black, a gap on the dark theme's
    #0E1117 (contrast 1.1, UI-63). Every segment keeps a contrast of 1.3 against both backgrounds."""
    from core.charts.cash import balance_bars
    from core.charts.style import BACKGROUNDS, DISTINCT, contrast

    assert "#000000" not in DISTINCT
    balance = read_fixture(FIXTURES / "html" / "apple-computer_q3-fy2004.htm").statement("balance")
    assert balance is not None
    chart = balance_bars(balance)
    colours = {str(trace.marker.color) for trace in chart.figure.data if trace.type == "bar"}
    assert len(colours) >= 8
    assert all(contrast(colour, background) >= 1.3 for colour in colours for background in BACKGROUNDS)


def test_a_long_cash_line_name_wraps_in_the_legend_and_stays_whole_in_the_hover() -> None:
    """The sample's cash line, "Cash, cash equivalents and investments in marketable securities" (63 characters),
    had run past a 390 px phone's edge in Compare's cash chart legend (UI-63)."""
    from core.charts.cash_over_time import cash_trend

    name, data = core.load_sample()
    chart = cash_trend(company_series([core.parse_release(data, name)]))
    assert chart is not None
    line = chart.figure.data[0]
    assert line.name == "Cash, cash equivalents and investments<br>in marketable securities"
    assert line.hovertemplate.startswith(
        "Cash, cash equivalents and investments in marketable securities, %{x|%b %-d, %Y}:")
    assert all(len(part) <= 40 for part in line.name.split("<br>"))


def test_the_opex_chart_says_each_release_only_clause_once() -> None:
    """Apple Q3 FY2004 read from its exhibit and from its whole EDGAR submission, with Q1 FY2024: the caption had said
    "only in the release to Jun 26, 2004: Restructuring costs; only in the release to Jun 26, 2004: Restructuring
    costs." (UI-63)."""
    from core.charts.series import expense_lines

    releases = [read_fixture(FIXTURES / "html" / "apple-computer_q3-fy2004.htm"),
                read_fixture(FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt"),
                read_fixture(FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")]
    chart = expense_lines(company_series(releases))
    assert chart is not None
    assert chart.alt_text.count("only in the release to Jun 26, 2004") == 1
    assert chart.alt_text.endswith("only in the release to Jun 26, 2004: Restructuring costs.")
