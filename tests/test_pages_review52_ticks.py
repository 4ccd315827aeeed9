"""UI-52: Apple's cash over time (its Q3 FY2004 and Q1 FY2011 releases on Compare's shared time axis) breaks at
Sep 25, 2010, where it starts counting long-term securities, but that date had no tick, so 51,011 read as a
Dec 25, 2010 value. The first day after a gap in a chart's own days is always named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.analysis.series import company_series
from core.charts.cash_over_time import cash_trend
from core.charts.series import line_bars
from core.charts.timeline import date_ticks, on_one_time_axis
from core.parse import parse_release

FIXTURES = Path(__file__).parent / "fixtures" / "edgar"


def test_the_first_day_after_a_gap_is_named_beside_the_latest() -> None:
    cash = [date(2003, 9, 27), date(2004, 6, 26), date(2010, 9, 25), date(2010, 12, 25)]
    others = [date(2003, 6, 28), date(2009, 12, 26)]  # the quarters' ends the net result draws
    # UI-53: Sep 25 and Dec 25, 2010, a quarter apart, too close for two labels, are named once, by their span
    ticks = date_ticks(cash, others)
    assert ticks["tickvals"] == ["2003-09-27", "2004-06-26", "2010-11-09"]
    assert ticks["ticktext"][-1] == "Sep\u2013Dec<br>2010"


def test_apples_cash_on_compares_shared_axis_ticks_sep_25_2010() -> None:
    releases = [parse_release((FIXTURES / name).read_bytes(), name)
                for name in ("apple-computer_q3-fy2004.txt", "apple_q1-fy2011.txt")]
    series = company_series(releases)
    charts = [chart for chart in (line_bars(series, "net_income", "Net result per quarter"), cash_trend(series))
              if chart is not None]
    cash = on_one_time_axis(charts)[-1]
    # the balance sheets: Sep 27, 2003 4,566; Jun 26, 2004 4,966; Sep 25, 2010 51,011; Dec 25, 2010 59,707
    assert "Sep 25, 2010 51,011" in cash.alt_text
    axis = cash.figure.layout.xaxis
    # UI-53: Sep 25, 2010, a quarter before Dec 25, is too close for both labels at Compare's half-width plot:
    # the two are named by their span, so 51,011 reads as no Dec 25 value ("Sep" had printed over "Dec 25")
    assert dict(zip(axis.tickvals, axis.ticktext, strict=True))["2010-11-09"] == "Sep\u2013Dec<br>2010"
