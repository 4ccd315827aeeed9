"""UI-53: on a phone (420 px) Timberland's Periods table had shown Line and This year alone, the changes it is
headed for ("Change in dollars and percent") a swipe away. The percent change now stands beside the line's name,
in view at any width; the figures follow."""

from __future__ import annotations

from tests.conftest import corpus_release
from tests.page_runner import run_page


def test_the_change_percent_stands_beside_the_line() -> None:
    at = run_page("periods", corpus_release("timberland-bancorp_q2-fy2020_html.htm"))
    grid = next(d for d in at.dataframe if "Line" in d.value.columns)
    assert list(grid.proto.column_order) == [
        "Line", "Change %", "This year ($ thousands)", "Year earlier ($ thousands)", "Change ($ thousands)"]
    table = grid.value
    # 12,823 against 12,216 (src line 558)
    assert table.set_index("Line").loc["Loans receivable", "Change %"] == "+5.0%"
