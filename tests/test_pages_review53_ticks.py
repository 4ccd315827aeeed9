"""UI-53, Compare over time with Apple's three releases: ticks and value labels had printed over each other on the
cash chart ("Sep 30"/"Dec 30 2023", "4,566"/"4,966", "51,011" under the "more lines counted" note) and on the
weighted-shares chart ("363.8"/"392.6", "15,955.7"/"15,576.6"). Only the ticks that fit are drawn, and the value
label of a point too close to a neighbour's is left to its hover."""

from __future__ import annotations

from pathlib import Path

from core.analysis.series import company_series
from core.charts.cash_over_time import cash_trend
from core.charts.series import line_bars, share_count_trend
from core.charts.timeline import on_one_time_axis
from core.parse import parse_release

FIXTURES = Path(__file__).parent / "fixtures"
APPLE = (FIXTURES / "html" / "apple-computer_q3-fy2004.htm", FIXTURES / "edgar" / "apple_q1-fy2011.txt",
         FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")


def _charts():  # type: ignore[no-untyped-def]
    series = company_series([parse_release(path.read_bytes(), path.name) for path in APPLE])
    return on_one_time_axis([line_bars(series, "net_income", "Net result per quarter"), cash_trend(series),
                             share_count_trend(series)])


def test_close_labels_are_left_to_the_hover() -> None:
    _, cash, shares = _charts()
    points = [trace for trace in cash.figure.data if trace.texttemplate is not None]
    shown = {text: template for trace in points for text, template in zip(trace.text, trace.texttemplate,
                                                                           strict=True) if text}
    # balance sheets Sep 27, 2003 4,566 and Jun 26, 2004 4,966: the later kept, the earlier in its hover only
    assert shown["4,966"] == "%{text}" and shown["4,566"] == ""
    counts = shares.figure.data[0]
    kept = {text: template for text, template in zip(counts.text, counts.texttemplate, strict=True) if text}
    assert kept["392.6"] == "%{text}" and kept["363.8"] == ""
    assert kept["15,576.6"] == "%{text}" and kept["15,955.7"] == ""
    assert list(counts.text).count("363.8") == 1  # the text, and so the hover, keeps every count


def test_no_two_ticks_print_over_each_other_and_each_run_is_named() -> None:
    _, cash, _ = _charts()
    axis = cash.figure.layout.xaxis
    # Sep 30 and Dec 30, 2023 a quarter apart: one label for the two, where "Sep" had printed over "Dec 30"
    assert list(axis.ticktext)[-1] == "Sep\u2013Dec<br>2023"
    assert "2023-09-30" not in list(axis.tickvals)


def test_the_first_reading_of_a_new_count_leans_away_from_its_note() -> None:
    _, cash, _ = _charts()
    after = next(trace for trace in cash.figure.data if trace.text is not None and "51,011" in trace.text)
    # Sep 25, 2010, where long-term securities join the count: the rule's words stand left of it
    assert list(after.textposition)[list(after.text).index("51,011")].endswith("right")
