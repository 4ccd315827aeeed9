"""What the browser review UI-40 found on the Cash, Compare and Overview pages, each mend asserted on a release
the reviewer uploaded (their files are among tests/fixtures)."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

import core
from core.analysis import burn_estimates, cash_points
from core.model import Release
from tests.conftest import FIXTURES
from tests.page_runner import run_page, texts

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

VALARIS = FIXTURES / "html" / "valaris-plc_q1-2020.htm"


@cache
def valaris() -> Release:
    return core.parse_release(VALARIS.read_bytes(), VALARIS.name)


# --- 1 and 2. the Cash page: the runway's caveat, a card that estimates nothing, the run-down's dates ------------

def test_the_cash_page_says_the_runway_counts_cash_alone_beside_the_liquidity_the_release_speaks_of() -> None:
    """Valaris Q1 2020: $184.9 million of cash and cash equivalents over $68.1 million a month is 2.7 months,
    where the highlights speak of "$1.5 billion of liquidity". The Overview and Compare said so; the Cash page,
    where the runway is most prominent, had not. Allos speaks of no liquidity beyond its cash: no such words."""
    at = run_page("cash", valaris())
    said = texts(at)
    assert "2.7 months" in [m.value for m in at.metric]
    assert ('Read with care: the runway counts only cash and cash equivalents, while the release speaks of '
            '"$1.5 billion of liquidity", which may include credit the company can draw; $224.5 million of debt '
            'falls due within a year ("Current maturities of long-term debt"), more than the cash and cash '
            'equivalents the runway counts.') in said
    allos = core.parse_release((FIXTURES / "text" / "allos_q2_2004.txt").read_bytes(), "allos_q2_2004.txt")
    assert "liquidity" not in texts(run_page("cash", allos))


def test_a_burn_card_that_estimates_nothing_says_why_and_describes_no_estimate() -> None:
    """Valaris's net loss per month is not estimated ("Loss on impairment" of $2,808.2 million makes most of
    its $3,006.3 million loss and uses no cash): the card had still said "Estimate: net result for 3M to Mar 31,
    2020 divided by 3 months" under "Not estimated". The cash burn card keeps its basis."""
    at = run_page("cash", valaris())
    assert ("Net loss per month", "Not estimated") in [(m.label, m.value) for m in at.metric]
    captions = [c.value for c in at.caption]
    assert any(c.startswith('Not estimated: "Loss on impairment" makes most of the net loss') for c in captions)
    assert not any(c.startswith("Estimate: net result") for c in captions)
    assert "Estimate: cash from operations for 3M to Mar 31, 2020 divided by 3 months." in captions


def test_the_cash_run_down_is_dated_by_the_balance_sheet_date_and_its_months() -> None:
    """Valaris's cash of $184.9 million at Mar 31, 2020 runs out about Jun 22, 2020 at $68.1 million a month;
    the chart's first tick had read "Mar 29 2020", a Sunday Plotly chose, two days before the balance date."""
    from core.charts import runway_projection

    balance = valaris().statement("balance")
    assert balance is not None
    points = cash_points(balance)
    chart = runway_projection(points[-1], tuple(burn_estimates(valaris())), balance.scale)
    assert chart is not None
    axis = chart.figure.layout.xaxis
    drawn = {day.isoformat() for day in chart.figure.data[0].x}
    assert points[-1].period.end == date(2020, 3, 31)
    assert axis.tickvals[0] == "2020-03-31" and axis.ticktext[0] == "Mar 31<br>2020"
    assert set(axis.tickvals) <= drawn
    # the day each straight line reaches zero is named beside its end (UI-57), no tick among the months
    ends = {(str(note.x), note.text) for note in chart.figure.layout.annotations}
    assert ("2020-06-22", "runs out<br>Jun 22, 2020") in ends and ("2020-06-09", "runs out<br>Jun 9, 2020") in ends


# --- 3. over time, releases years apart --------------------------------------------------------------------------

APPLE = (FIXTURES / "edgar" / "apple_q1-fy2011.txt", FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")


def test_releases_thirteen_years_apart_are_drawn_on_an_axis_cut_between_them() -> None:
    """Apple's Q1 FY2011 and Q1 FY2024 submissions, Compare over time: the charts had spread quarters of
    2009-2010 and 2022-2023 over thirteen years, two ticks in all, bars slivers, "162,099" (Sep 30, 2023) into
    "172,575" (Dec 30, 2023) and "919.8" (Dec 26, 2009) on "933.2" (Dec 25, 2010). The empty years are cut from
    the axis (Mar 10, 2011 to Oct 17, 2022: 75 days kept either side of the readings), every quarter-end a
    label's width apart is named, and of two joined points the lower is labelled below."""
    from core.analysis.series import company_series
    from core.charts.cash_over_time import cash_trend
    from core.charts.series import line_bars, share_count_trend
    from core.charts.timeline import HALF_PLOT_PX, on_one_time_axis

    series = company_series([core.parse_release(path.read_bytes(), path.name) for path in APPLE])
    cash, shares = cash_trend(series), share_count_trend(series)
    net = line_bars(series, "net_income", "Net result per quarter")
    assert cash is not None and shares is not None and net is not None
    # in the latest release's $ millions, as its own pages read (UI-46: "172.58" of $ billions had stood beside
    # a net result in millions); the labels still stand clear of each other
    assert list(cash.figure.data[0].text)[::3] == ["51,011", "162,099"]
    assert list(shares.figure.data[0].text) == ["919.8", None, "933.2", None, "15,955.7", None, "15,576.6"]
    aligned = on_one_time_axis([net, cash, shares])
    # each chart names the days it draws (UI-46: the cash chart had named the net result's Dec 26, 2009 and Dec 31,
    # 2022, where it draws nothing); the cash's Sep 25, 2010 and Sep 30, 2023, a quarter before its December
    # dates, are closer to them than a label's width at a phone's plot; Sep 30, 2023, first after the cut, is named
    # by its month alone (UI-52: a first day after a gap unnamed had lent its value to the next tick's date)
    # UI-53: at Compare's half-width plot (`HALF_PLOT_PX`) only ticks that fit: Sep 30 and Dec 30, 2023, a quarter
    # apart, are named once by their span, "Sep-Dec 2023", where "Sep" and "Dec 30" had printed over each other
    # UI-55: every bar named, Dec 25, 2010 beside Dec 26, 2009 and the cut in a second row
    ticks = [["2009-12-26", "2010-12-25", "2022-12-31", "2023-12-30"], ["2010-09-25", "2010-12-25", "2023-11-14"],
             ["2009-12-26", "2010-12-25", "2022-12-31", "2023-12-30"]]
    for chart, named in zip(aligned, ticks, strict=True):
        axis = chart.figure.layout.xaxis
        assert [tuple(b.bounds) for b in axis.rangebreaks] == [("2011-03-10", "2022-10-17")]
        assert list(axis.tickvals) == named
        assert axis.range == ("2009-11-01", "2024-02-23")
    from core.charts.timeline import axis_days  # (the axis as drawn: UI-40's)

    # drawn across 988 days, a quarter (Sep 30 to Dec 30, 2023) is 9% of the plot, a bar 55 days of it, 6%
    cuts = [(date(2011, 3, 10), date(2022, 10, 17))]
    drawn = axis_days(date(2009, 11, 1), date(2024, 2, 23), cuts)
    assert drawn == 988
    assert aligned[0].figure.data[0].width == 55 * 86_400_000
    assert axis_days(date(2023, 9, 30), date(2023, 12, 30), cuts) / drawn * HALF_PLOT_PX < 40  # under a label
    # 162,099 below its point, 172,575 above its own: a label's height apart besides the quarter between them
    cash_positions = dict(zip(cash.figure.data[0].text, cash.figure.data[0].textposition, strict=True))
    assert cash_positions["162,099"] == "bottom center" and cash_positions["172,575"] == "top left"
    assert cash_positions["51,011"] == "bottom right"
    assert cash_positions["59,707"] == "top left"  # before the cut (UI-46)


# --- 4, 5 and 6. Compare side by side: at a phone's width, seven companies' margins, the memo's height -------------

def _side_by_side(paths: list[str]) -> AppTest:
    from tests.test_compare_page import run_compare

    loaded = {}
    for name in paths:
        path = FIXTURES / name
        loaded[path.name] = core.parse_release(path.read_bytes(), path.name)
    at = run_compare(loaded)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    picked = at.multiselect(key="compare_picked")
    picked.set_value(list(picked.options)).run()
    assert not at.exception
    return at


THREE = ["html/valaris-plc_q1-2020.htm", "gold/hasbro_q1-2020_html.htm", "text/allos_q2_2004.txt"]


def test_a_memo_wider_than_a_phone_says_it_swipes_sideways() -> None:
    """Valaris, Hasbro and Allos side by side at 390 px: the pinned metric names (220 px) and VAL's column
    filled the screen, the other two a swipe away with nothing said (the hint was for tables wider than the
    page at 1440 px only). A table wider than a phone's main column (358 px) says so; one wider than the page
    says the page's words, not both."""
    at = _side_by_side(THREE)
    assert list(next(d.value for d in at.dataframe if "Metric" in d.value.columns).columns) == [
        "Metric", "VAL", "HAS", "ALTH"]
    said = [c.value for c in at.caption if "sideways" in c.value]
    assert said == ["On a phone, swipe the table sideways to see all 3 companies; the metric names stay pinned."]


def test_the_memo_is_as_tall_as_its_rows() -> None:
    """The memo of Valaris, Hasbro and Allos has 19 rows under its header: the grid's rows are 35 px (Streamlit
    1.67's 2.1875 rem), its frame 3 px, 703 px in all; 36 px a row had left a blank strip of 23 px under the last
    row at 1400 px. The page sets the grid's row height to the one the height counts."""
    at = _side_by_side(THREE)
    memo = next(d for d in at.dataframe if "Metric" in d.value.columns)
    assert len(memo.value) == 19
    assert memo.proto.row_height == 35

    from pages._widgets import GRID_ROW_PX, grid_height  # (the height the page passes: AppTest does not keep it)

    assert GRID_ROW_PX == 35
    assert grid_height(len(memo.value)) == 703 and grid_height(0) == 38


SEVEN = ["text/nephros_q4-2024_markdown-flattened.txt", "gold/apple_q1-fy2024_edgar-submission.txt",
         "gold/caterpillar_q1-2022_edgar-submission.txt", "html/alkermes-plc_q1-2020.htm",
         "gold/hasbro_q1-2020_html.htm", "html/tupperware_q1-2020.htm", "html/agnc-investment_q1-2020.htm"]


def test_seven_companies_margins_each_keep_their_label() -> None:
    """Seven companies side by side: the margins chart had been 420 px for four ratios whatever the count, bars
    8 px thick, and every label but Hasbro's operating margin "-2.1%" dropped. Each bar's label stands beside
    it, upright, and each bar has a label's thickness (18 px a row). AGNC, with no revenue line, is left out and
    said so (UI-50): 4 x (6 x 18 + 30) + 140 = 692 px."""
    from core.analysis.metrics import standard_metrics
    from core.charts.memo import common_size_bars
    from core.charts.style import LEGEND_ROW_PX, legend_rows

    chart = common_size_bars([standard_metrics(core.parse_release((FIXTURES / n).read_bytes(), n)) for n in SEVEN])
    assert chart is not None and len(chart.figure.data) == 6
    texts_by = {trace.name.split(" ·")[0].split("<br>")[0]: list(trace.text) for trace in chart.figure.data}
    assert texts_by["Nephros, Inc. (NEPH)"] == ["64.0%", "55.8%", "8.2%", "9.0%"]
    # (Hasbro's gross margin on every cost of revenue: its studio's program amortization too; its operating-expense
    # share on the same costs, 64.3 - 66.4 = -2.1: UI-41)
    # (UI-63: the gross margin marked "*" as the memo marks it, its note saying what it is taken on; UI-64: the
    # operating-expense share "‡" as its memo cell "66.4% ‡" is, its total less the cost of revenue)
    assert texts_by["Hasbro, Inc. (HAS)"] == ["64.3% *", "66.4% ‡", "-2.1%", "-6.3%"]
    assert texts_by["Alkermes plc (ALKS)"] == ["80.8%", "96.0% ‡", "-15.2%", "-15.7%"]
    for trace in chart.figure.data:
        assert trace.textposition == "outside" and trace.textangle == 0 and trace.constraintext == "none"
    assert chart.figure.layout.height == 692 + LEGEND_ROW_PX * legend_rows(chart.figure)  # the legend's own


# --- 7. waterfalls: lines printed in capitals, value labels level ----------------------------------------------

def test_a_waterfall_names_steps_printed_in_capitals_in_sentence_case_and_keeps_its_labels_level() -> None:
    """Valaris's statement of operations prints "NET (INCOME) LOSS ATTRIBUTABLE TO NONCONTROLLING INTERESTS"
    (1.4) and "EQUITY IN EARNINGS OF ARO" ((6.3)) in capitals: the Overview's waterfall had set the first on
    four lines at 390 px, and turned "(476.0)", contract drilling, on its side. Steps read in sentence case,
    "ARO" kept as its cash flow statement prints it in "Equity in earnings of ARO"; a click on a step still
    finds its line; every value label is level."""
    from core.charts import result_waterfall

    release = valaris()
    operations = release.statement("operations")
    assert operations is not None
    assert "NET (INCOME) LOSS ATTRIBUTABLE TO NONCONTROLLING INTERESTS" in [i.label for i in operations.items]
    bare = result_waterfall(operations, operations.periods[0])  # no abbreviations of the release's own given
    assert bare is not None and bare.figure.data[0].textangle == 0
    assert "Net (income) loss attributable to noncontrolling interests" in list(bare.data["Step"])
    assert "Equity in earnings of aro" in list(bare.data["Step"])

    from core.charts import release_abbreviations

    chart = result_waterfall(operations, operations.periods[0], release_abbreviations(release))
    assert chart is not None
    # in $ billions, where its labels read shorter than "(2,808.0)" of $ millions (UI-44)
    steps = dict(zip(chart.data["Step"], chart.data["Amount ($ billions)"], strict=True))
    assert steps["Net (income) loss attributable to noncontrolling interests"] == "0.001"
    assert steps["Equity in earnings of ARO"] == "(0.006)"
    assert steps["Contract drilling (exclusive of depreciation)"] == "(0.476)"
    trace = chart.figure.data[0]
    assert trace.textangle == 0
    names = list(trace.y)
    # wrapped at 22 characters as before: at 26 the names took the room a phone's bars and values need
    assert "Net (income) loss<br>attributable to<br>noncontrolling<br>interests" in names
    assert all(not name.isupper() for name in names)
    found = chart.source_of("Net (income) loss<br>attributable to<br>noncontrolling<br>interests")
    assert found is not None
    span = found[1][0]
    assert "NONCONTROLLING" in " ".join(release.lines[span.first - 1 : span.last])


def test_sentence_case_keeps_abbreviations() -> None:
    """Capitals read as a sentence, abbreviations kept: the vocabulary's, those joined by "&" or ".", a part
    with a digit, and the release's own; a label in mixed case is left as printed."""
    from core.formatting import capital_words, sentence_case

    assert sentence_case("SELLING, GENERAL AND ADMINISTRATIVE (SG&A)") == "Selling, general and administrative (SG&A)"
    assert sentence_case("R&D EXPENSES") == "R&D expenses"
    assert sentence_case("ADJUSTED EBITDA") == "Adjusted EBITDA"
    assert sentence_case("U.S. INCOME TAXES") == "U.S. income taxes"
    assert sentence_case("INVESTMENT IN ARO") == "Investment in aro"
    assert sentence_case("INVESTMENT IN ARO", capital_words(["Equity in earnings of ARO"])) == "Investment in ARO"
    assert sentence_case("Contract drilling (exclusive of depreciation)") == (
        "Contract drilling (exclusive of depreciation)")
    assert capital_words(["NET LOSS", "SHI settlement"]) == {"SHI"}
