"""UI-54, Compare over time: thinned from the latest back, the ticks had left out the releases' own quarters
(Oracle's May 31, 2014 bar of 3,646 unnamed between "May 31 2013" and "May 31 2021"; Apple's Jun 26, 2004 (61) and
Dec 25, 2010 (6,004) unnamed beside their year-earlier quarters), and a bar's value label next to an axis cut was
drawn across its dotted rule (Apple's "29,998" over "12 years left out")."""

from __future__ import annotations

from pathlib import Path

from core.analysis.companies import time_order
from core.analysis.series import company_series
from core.charts.cash_over_time import cash_trend
from core.charts.series import line_bars, share_count_trend
from core.charts.timeline import on_one_time_axis, release_days
from core.parse import parse_release

FIXTURES = Path(__file__).parent / "fixtures"
ORACLE = (FIXTURES / "edgar" / "oracle_q4-fy2014.txt", FIXTURES / "edgar" / "oracle_q4-fy2022.txt")
APPLE = (FIXTURES / "html" / "apple-computer_q3-fy2004.htm", FIXTURES / "edgar" / "apple_q1-fy2011.txt",
         FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")


def _charts(paths):  # type: ignore[no-untyped-def]
    releases = time_order([parse_release(path.read_bytes(), path.name) for path in paths])
    series = company_series(releases)
    return on_one_time_axis([line_bars(series, "net_income", "Net result per quarter"), cash_trend(series),
                             share_count_trend(series)], releases)


def test_the_releases_own_quarters_are_named_first() -> None:
    oracle = _charts(ORACLE)
    # the fiscal 2014 release's own quarter (3,646) and fiscal 2022's (3,189) named on every chart; May 31, 2021
    # stands too close to May 31, 2014 across the cut for both labels at a half-width plot
    for chart in oracle:
        assert {"2014-05-31", "2022-05-31"} <= set(chart.figure.layout.xaxis.tickvals)
    bars = oracle[0].figure.data[0]
    assert list(bars.text)[list(bars.x).index("2014-05-31")] == "3,646"
    net, _, shares = _charts(APPLE)
    for chart in (net, shares):
        ticks = dict(zip(chart.figure.layout.xaxis.tickvals, chart.figure.layout.xaxis.ticktext, strict=True))
        assert ticks["2004-06-26"] == "Jun 26<br>2004" and ticks["2010-12-25"] == "Dec 25<br>2010"
        assert ticks["2023-12-30"] == "Dec 30<br>2023"
        # the year-earlier column gives way to the release's own in the axis's row, and takes a second (UI-55)
        assert ticks["2009-12-26"] == "<br><br>Dec 26<br>2009"


def test_the_days_named_first_are_each_releases_own() -> None:
    releases = [parse_release(path.read_bytes(), path.name) for path in APPLE]
    assert [day.isoformat() for day in release_days(releases)] == ["2004-06-26", "2010-12-25", "2023-12-30"]


def test_a_bars_label_beside_a_cut_leans_away_from_its_rule() -> None:
    net, _, _ = _charts(APPLE)
    leaning = {note.text: (note.x, note.xanchor) for note in net.figure.layout.annotations if note.name}
    # right of the "12 years left out" rule, Dec 31, 2022's label starts at its bar; left of it, Dec 25, 2010's ends
    assert leaning["29,998"] == ("2022-12-31", "left")
    assert leaning["6,004"] == ("2010-12-25", "right")
    bars = net.figure.data[0]
    drawn = dict(zip(bars.text, bars.texttemplate, strict=True))
    assert drawn["29,998"] == "" and drawn["6,004"] == "" and drawn["33,916"] == "%{text}"
