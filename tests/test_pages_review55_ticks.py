"""UI-55, Compare over time at its half-width plot (`HALF_PLOT_PX`, 175 px at 1,100 px with the sidebar open):
thinned to the labels one row holds, bars had stood with no date under them. Oracle's fiscal 2014 and 2022
releases (tests/fixtures/edgar/oracle_q4-fy2014.txt, _fy2022.txt): the net result 4,033 and EPS $1.37 of the
quarter to May 31, 2021 unnamed beside "May 31 2014" across the "7 years left out" cut; Apple's Q3 FY2004, Q1
FY2011 and Q1 FY2024 (tests/fixtures/edgar/, tests/fixtures/gold/): 3,378 (Dec 26, 2009) and 29,998 (Dec 31,
2022), the first bars after each cut. Every bar is named now: a label that does not fit the axis's row is set
shorter there ("May<br>2021") or in a second row under it; no two labels of a row closer than their widths."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from core.analysis.companies import time_order
from core.analysis.series import company_series
from core.charts import Chart
from core.charts.series import line_bars, per_share_trend, share_count_trend
from core.charts.timeline import (
    HALF_PLOT_PX,
    TICK_ROW,
    axis_days,
    date_ticks,
    month_tick,
    on_one_time_axis,
    tick_px,
)
from core.parse import parse_release

FIXTURES = Path(__file__).parent / "fixtures"
ORACLE = (FIXTURES / "edgar" / "oracle_q4-fy2014.txt", FIXTURES / "edgar" / "oracle_q4-fy2022.txt")
APPLE = (FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt", FIXTURES / "edgar" / "apple_q1-fy2011.txt",
         FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")


def _charts(paths: tuple[Path, ...]) -> list[Chart]:
    releases = time_order([parse_release(path.read_bytes(), path.name) for path in paths])
    series = company_series(releases)
    charts = [line_bars(series, "net_income", "Net result per quarter"), per_share_trend(series),
              share_count_trend(series)]
    return on_one_time_axis([chart for chart in charts if chart is not None], releases)


def _ticks(chart: Chart) -> dict[str, str]:
    axis = chart.figure.layout.xaxis
    return dict(zip(axis.tickvals, axis.ticktext, strict=True))


def _bar_days(chart: Chart) -> set[str]:
    return {str(x)[:10] for trace in chart.figure.data if trace.x is not None and trace.showlegend is not False
            for x in trace.x if x}


def test_oracles_may_31_2021_bars_are_named() -> None:
    net, eps, _ = _charts(ORACLE)
    for chart in (net, eps):
        ticks = _ticks(chart)
        assert set(ticks) == {"2013-05-31", "2014-05-31", "2021-05-31", "2022-05-31"}
        # right of the cut, in the second row: 27 px from May 31, 2014 as drawn, under a label 40 px wide
        assert ticks["2021-05-31"] == "<br><br>May 31<br>2021"
        assert ticks["2014-05-31"] == "May 31<br>2014"
    bars = net.figure.data[0]
    assert list(bars.text)[list(bars.x).index("2021-05-31")] == "4,033"
    assert list(eps.figure.data[0].text)[list(eps.figure.data[0].x).index("2021-05-31")] == "$1.37"


def test_apples_bars_each_side_of_each_cut_are_named() -> None:
    net, eps, shares = _charts(APPLE)
    for chart in (net, eps, shares):
        ticks = _ticks(chart)
        assert set(ticks) == {"2003-06-28", "2004-06-26", "2009-12-26", "2010-12-25", "2022-12-31", "2023-12-30"}
        assert ticks["2009-12-26"] == "<br><br>Dec 26<br>2009" and ticks["2022-12-31"] == "<br><br>Dec 31<br>2022"
        assert ticks["2004-06-26"] == "Jun 26<br>2004" and ticks["2010-12-25"] == "Dec 25<br>2010"
    bars = net.figure.data[0]
    named = dict(zip(bars.x, bars.text, strict=True))
    assert named["2009-12-26"] == "3,378" and named["2022-12-31"] == "29,998"


@pytest.mark.parametrize("paths", [ORACLE, APPLE], ids=["oracle", "apple"])
def test_no_two_labels_of_a_row_run_together_at_a_half_width_plot(paths: tuple[Path, ...]) -> None:
    for chart in _charts(paths):
        axis = chart.figure.layout.xaxis
        cuts = [tuple(date.fromisoformat(day) for day in b.bounds) for b in axis.rangebreaks]
        start, end = (date.fromisoformat(day) for day in axis.range)
        per_day = HALF_PLOT_PX / axis_days(start, end, cuts)
        for row in (0, 1):
            labels = sorted((date.fromisoformat(day), text) for day, text in _ticks(chart).items()
                            if text.startswith(TICK_ROW) == bool(row))
            for (one, first), (other, second) in itertools.pairwise(labels):
                room = axis_days(one, other, cuts) * per_day
                assert room >= (tick_px(first) + tick_px(second)) / 2, (chart.title, first, second)


def test_a_label_without_room_in_the_axiss_row_takes_a_second_row_in_the_one_format() -> None:
    # Sep 30 and Dec 31, 2004, a quarter apart, at a 200 px plot: about 35 px apart as drawn, too close for two
    # full labels (40 px each) in one row. UI-55 had shortened it there ("Sep<br>2004"); UI-64 read "Jun 30 1999",
    # "Jun 2000" and "Jun '02" on one axis: every tick says its day, the one without room a row down, still named
    days = [date(2003, 12, 31), date(2004, 9, 30), date(2004, 12, 31)]
    ticks = date_ticks(days, plot_px=200)
    assert ticks["tickvals"] == [day.isoformat() for day in days]
    assert ticks["ticktext"] == ["Dec 31<br>2003", "<br><br>Sep 30<br>2004", "Dec 31<br>2004"]
    assert month_tick(date(2021, 5, 31), short=True) == "May<br>'21"
