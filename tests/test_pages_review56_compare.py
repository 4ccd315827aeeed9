"""UI-56, Compare over time: Oracle's FY2014 and FY2022 releases (tests/fixtures/edgar/oracle_q4-fy2014.txt and
oracle_q4-fy2022.txt) give four quarters of net result per share, $0.80 and $0.80 (May 31, 2013 and 2014), $1.37
and $1.16 (May 31, 2021 and 2022). In the browser two of the four bars had no value label: Plotly shrinks an outside
label to its bar's width unless told not to, and the bars at the axis's ends are cut by its range. The chart now
keeps every label at the axis font, as the net result's bars beside it do (UI-52)."""

from __future__ import annotations

from pathlib import Path

from core.analysis.series import company_series
from core.charts.series import line_bars, per_share_trend
from core.parse import parse_release

EDGAR = Path(__file__).parent / "fixtures" / "edgar"


def test_every_bar_of_the_result_per_share_keeps_its_label() -> None:
    releases = [parse_release(path.read_bytes(), path.name)
                for path in (EDGAR / "oracle_q4-fy2014.txt", EDGAR / "oracle_q4-fy2022.txt")]
    series = company_series(releases)
    trend = per_share_trend(series)
    assert trend is not None
    bars = trend.figure.data[0]
    assert list(bars.text) == ["$0.80", "$0.80", "$1.37", "$1.16"]
    assert bars.constraintext == "none"
    net = line_bars(series, "net_income", "Net result per quarter")
    assert net is not None and net.figure.data[0].constraintext == "none"  # the chart beside it, alike
