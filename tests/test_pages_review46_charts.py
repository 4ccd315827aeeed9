"""Small chart problems a browser review of real releases found (UI-46), each checked against the releases.

Oracle (tests/fixtures/edgar/oracle_q4-fy2014.txt, oracle_q4-fy2022.txt) prints diluted weighted average shares of
4,756 and 4,569 million for the quarters to May 31, 2013 and 2014, 2,943 and 2,742 million to May 31, 2021 and 2022,
and no cost of revenue nor gross profit. Southern Company (southern-company_q4-fy2004.txt, ..._fy2006.txt) prints
"NET INCOME AS REPORTED (See Note)" $204 and $125 million for the fourth quarters of 2004 and 2003, "(See Notes)"
$188 and $159 million for 2006 and 2005, and no gross profit either. Forian (tests/fixtures/ui/..._forian_q3_2024.txt)
prints net (loss) income of (204,907) and 4,342,091 dollars for the quarters to Sep 30, 2024 and 2023, its balance
sheet at September 30, 2024 and December 31, 2023, and revenue 4,686,312 less cost of revenue 1,402,920 (a gross
margin of 70.1%)."""

from __future__ import annotations

from pathlib import Path

import pytest

import core
from core.analysis.metrics import standard_metrics
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart, cash_trend
from core.charts.memo import NONE_READ, common_size_bars
from core.charts.series import line_bars, margins_over_time, share_count_trend
from core.charts.timeline import on_one_time_axis
from core.formatting import as_a_name
from core.model import Release
from pages._widgets import half_width_note, table_columns
from tests.conftest import FIXTURES, FORIAN
from tests.conftest import read_fixture as read

EDGAR = FIXTURES / "edgar"
SERIES = FIXTURES / "series"


def _parse(path: Path) -> Release:
    return core.parse_release(path.read_bytes(), path.name)


@pytest.fixture(scope="module")
def oracle() -> tuple[Release, ...]:
    return tuple(_parse(EDGAR / name) for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt"))


def test_the_label_before_an_axis_cut_leans_away_from_the_cuts_words(oracle: tuple[Release, ...]) -> None:
    """The seven years between Oracle's fiscal 2014 and 2021 are cut from the axis, "7 years left out" set
    upright on the earlier side of the dotted line; the May 31, 2014 label "4,569", centred over its dot, had run
    into it. It now leans left, away from the cut; the first leans right, the last left, as at the plot's edges."""
    chart = share_count_trend(company_series(oracle))
    assert chart is not None
    trace = chart.figure.data[0]
    labelled = {x: (text, position) for x, text, position in zip(trace.x, trace.text, trace.textposition,
                                                                   strict=True) if x is not None}
    assert labelled == {"2013-05-31": ("4,756", "top right"), "2014-05-31": ("4,569", "top left"),
                        "2021-05-31": ("2,943", "top center"), "2022-05-31": ("2,742", "top left")}
    notes = [note.text for note in chart.figure.layout.annotations if note.name == "axis cut"]
    assert notes == ["7 years left out"]


def test_a_caption_says_dots_where_no_two_points_are_joined(oracle: tuple[Release, ...]) -> None:
    """Oracle's quarters stand a year apart (more than the 120 days points are joined across): the margins, shares
    and cash charts draw dots alone, but their captions had said "Lines of"/"Line of". Halden's consecutive quarters
    (to Mar 31, Jun 30 and Sep 30 of 2004 and 2005) are joined and keep "Line"."""
    series = company_series(oracle)
    margins, shares, cash = margins_over_time(oracle), share_count_trend(series), cash_trend(series)
    assert margins is not None and shares is not None and cash is not None
    assert margins.alt_text.startswith("Dots of operating margin, net margin per quarter, in % of revenue: ")
    assert shares.alt_text.startswith("Dots of weighted average shares per quarter, in millions: "
                                      "3M to May 31, 2013 4,756, 3M to May 31, 2014 4,569,")
    assert cash.alt_text.startswith("Dots of cash and investments in $ millions: ")  # Oracle's own unit (UI-46)
    halden = tuple(_parse(path) for path in sorted(SERIES.glob("halden_*.txt")))
    joined = share_count_trend(company_series(halden))
    assert joined is not None
    assert joined.alt_text.startswith("Line of weighted average shares per quarter, in millions: 3M to Mar 31, 2004")


def test_a_chart_on_a_shared_axis_ticks_only_the_days_it_draws() -> None:
    """Forian's net result is drawn at the quarters to Sep 30, 2023 and 2024; the cash chart beside it at the
    balance sheet's Dec 31, 2023 and Sep 30, 2024. The net-result chart had named "Dec 31 2023" too, a tick under no
    bar. Both still span the same dates."""
    series = company_series([read(FORIAN)])
    net, cash = line_bars(series, "net_income", "Net result per quarter"), cash_trend(series)
    assert net is not None and cash is not None
    assert list(net.figure.data[0].y) == [4342.091, -204.907]  # $ thousands
    drawn_net, drawn_cash = on_one_time_axis([net, cash])
    assert list(drawn_net.figure.layout.xaxis.tickvals) == ["2023-09-30", "2024-09-30"]
    assert list(drawn_cash.figure.layout.xaxis.tickvals) == ["2023-12-31", "2024-09-30"]
    assert drawn_net.figure.layout.xaxis.range == drawn_cash.figure.layout.xaxis.range


def test_two_runways_at_one_point_both_show() -> None:
    """Two runways at one quarter both show, each later method's dot smaller, each over its own method's bar (UI-46,
    UI-48). Forian's by net loss (722.6 months) had been the second; since UI-52 a net loss its revenue outruns has
    no runway (the runway rule), so the Allos sample, which prints no revenue, stands for it: at Jun 30, 2004 its
    cash burn's 17.9 months and its net loss's 14.3, the two bars either side of the day."""
    import core

    name, data = core.load_sample()
    chart = burn_chart(company_series([core.parse_release(data, name)]))
    assert chart is not None
    runways = [trace for trace in chart.figure.data if trace.type == "scatter"]
    assert [(trace.name, list(trace.x)[-1], trace.customdata[-1]) for trace in runways] == [
        ("Runway at that rate: cash burn per month", "2004-06-16", "17.9 months"),
        ("Runway at that rate: net loss per month", "2004-07-14", "14.3 months"),
    ]
    first, second = (trace.marker.size for trace in runways)
    assert first is not None and second is not None and first > second


def test_a_label_is_named_without_its_qualifiers_in_the_case_a_reader_expects() -> None:
    """Southern's "NET INCOME AS REPORTED (See Notes)" had captioned Compare's net-result chart as printed."""
    southern = [_parse(EDGAR / f"southern-company_q4-fy{year}.txt") for year in (2004, 2006)]
    chart = line_bars(company_series(southern), "net_income", "Net result per quarter")
    assert chart is not None
    assert chart.alt_text.startswith("Bars of Net income per quarter in $ millions: 3M to Dec 31, 2003 125, "
                                     "3M to Dec 31, 2004 204, 3M to Dec 31, 2005 159, 3M to Dec 31, 2006 188.")
    assert as_a_name("NET INCOME AS REPORTED (See Notes)") == "Net income"
    assert as_a_name("Net Loss - GAAP") == "Net Loss"
    assert as_a_name("Net (loss) income") == "Net (loss) income"  # "(loss)" is a word, kept


def test_a_missing_ratio_is_said_in_its_slot_and_the_caption() -> None:
    """Side by side, Oracle and Southern print no gross profit: their gross-margin slots had stood blank and
    unlabelled among Forian's 70.1%. Each now names its company, "none read", and so does the caption."""
    columns = [standard_metrics(_parse(EDGAR / "oracle_q4-fy2014.txt")), standard_metrics(read(FORIAN)),
               standard_metrics(_parse(EDGAR / "southern-company_q4-fy2004.txt"))]
    chart = common_size_bars(columns)
    assert chart is not None
    gross = [(trace.x[0], trace.text[0]) for trace in chart.figure.data]
    # by the short name, which a phone's plot holds (UI-48: the full name had been cut at 390 px)
    assert gross == [(0.0, f"ORCL: {NONE_READ}"), (pytest.approx(70.06, abs=0.01), "70.1%"),
                     (0.0, f"Southern Compa…:<br>{NONE_READ}")]  # UI-63: a two-letter ticker names no company
    # then (UI-51) which operating-expense shares it draws, FORA's being of another total than ORCL's and SO's
    assert " No gross margin read for Oracle Corporation (ORCL), Southern Company (SO). Bars of operating" in (
        chart.alt_text)
    assert "Gross margin n/a" in chart.alt_text


def test_a_half_width_table_names_the_columns_a_scroll_away(oracle: tuple[Release, ...]) -> None:
    """In Compare's half-width column Oracle's shares table had ended in "printed i..." at 1,440 px, the rest of its
    "How" column and its "Restated" column a scroll away unsaid; Period, the value and the line's name fit."""
    chart = share_count_trend(company_series(oracle))
    assert chart is not None
    table = chart.marked_data()
    assert list(table.columns) == ["Period", "Value (millions of shares)", "Line", "How", "Restated"]
    assert table.iloc[0]["How"] == "printed in oracle_q4-fy2014.txt"
    assert half_width_note(table, table_columns(table)) == "Scroll the table sideways for How and Restated."
    narrow = table[["Period", "Value (millions of shares)"]]
    assert half_width_note(narrow, table_columns(narrow)) is None
