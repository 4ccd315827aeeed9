"""UI-51: Apple's cash over time counts cash and short-term investments in 2003-2004 (text of apple-computer_q3-fy2004)
and adds its long-term marketable securities from 2010 (apple_q1-fy2011): the line breaks where what it counts
changes, a dotted rule marks it and the alt text (the page's caption) says what changed."""

from __future__ import annotations

from pathlib import Path

from core.analysis.cash_over_time import cash_series, count_changes
from core.analysis.series import company_series
from core.charts.cash_over_time import cash_trend
from core.parse import parse_release

EDGAR = Path(__file__).parent / "fixtures" / "edgar"


def _apple():
    names = ("apple-computer_q3-fy2004.txt", "apple_q1-fy2011.txt")
    return company_series([parse_release((EDGAR / name).read_bytes(), name) for name in names])


def test_the_count_change_is_found_where_long_term_securities_join() -> None:
    points = cash_series(_apple())
    assert [str(p.end) for p in points] == ["2003-09-27", "2004-06-26", "2010-09-25", "2010-12-25"]
    changes = count_changes(points)
    assert len(changes) == 1 and changes[0].index == 2
    assert changes[0].added == ("Long-term marketable securities",) and changes[0].dropped == ()
    assert changes[0].short == "more lines counted"


def test_the_line_breaks_and_says_what_changed() -> None:
    chart = cash_trend(_apple())
    assert chart is not None
    lines = [trace for trace in chart.figure.data if trace.name == "Cash and investments"]
    assert [list(trace.y) for trace in lines] == [[4566.0, None, 4966.0], [51011.0, 59707.0]]
    assert [trace.showlegend for trace in lines] == [True, False]  # one legend entry
    assert any(a.text == "more lines counted" for a in chart.figure.layout.annotations)
    assert chart.alt_text.endswith("The line breaks where what it counts changes (the dotted rule): From Sep 25, "
                                   "2010 it also counts Long-term marketable securities.")


def test_one_count_throughout_draws_one_line() -> None:
    name = "apple_q1-fy2011.txt"
    chart = cash_trend(company_series([parse_release((EDGAR / name).read_bytes(), name)]))
    assert chart is not None and len(chart.figure.data) == 1 and "breaks" not in chart.alt_text


def test_a_line_renamed_is_no_change_of_count() -> None:
    """Apple's non-current "Long-term marketable securities" (Q1 FY2011) is "Marketable securities" under its
    non-current assets in Q1 FY2024: the same three lines, one line unbroken across the axis cut."""
    paths = (EDGAR / "apple_q1-fy2011.txt", EDGAR.parent / "gold" / "apple_q1-fy2024_edgar-submission.txt")
    series = company_series([parse_release(path.read_bytes(), path.name) for path in paths])
    assert count_changes(cash_series(series)) == ()
    chart = cash_trend(series)
    assert chart is not None and "breaks" not in chart.alt_text
