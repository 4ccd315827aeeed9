"""Compare marks a figure the checks cannot vouch for as the Data page does, figure by figure.

Saddlebrook Outfitters' statement of operations, here with last year's quarter misprinted: "Cost of sales,
including buying 28,410 25,912" under "Net sales $41,806 $37,220" and "Gross profit 13,396 11,318", so
the gross profit check fails for the quarter ended Aug. 3, 1996 (37,220 - 25,912 = 11,308) and passes for
the quarter ended Aug. 2, 1997. The same statement printed without its operating result (`unchecked`):
its "Selling, general and administrative 10,944" is added up by no total, taken from no result and named
by no sentence: not checked. Kestrel Instruments' statement of income (revenue 594,800) is checked
throughout.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import core
from core.analysis.series import company_series
from core.analysis.side_by_side import side_by_side
from core.charts.series import expense_lines, line_bars
from core.charts.side_by_side import comparison_bars, comparison_table, marks_in
from core.charts.style import DERIVED_PATTERN, UNCHECKED_PATTERN, UNVERIFIED_PATTERN
from core.charts.timeline import point_symbol
from core.formatting import STATUS_MARKS

UI = Path(__file__).parent / "fixtures" / "ui"
CROSS, DAGGER = STATUS_MARKS["failed"], STATUS_MARKS["unchecked"]


def _read(name: str) -> core.Release:
    return core.parse_release((UI / name).read_bytes(), name)


@pytest.fixture(scope="module")
def saddlebrook() -> core.Release:
    return _read("retailer_cost_of_sales_misprinted_last_year.txt")


@pytest.fixture(scope="module")
def unchecked() -> core.Release:
    return _read("retailer_expenses_no_total_or_sentence_speaks_of.txt")


def test_over_time_each_quarter_is_marked_by_its_own_figure(saddlebrook: core.Release) -> None:
    chart = line_bars(company_series([saddlebrook]), "revenue", "Revenue per quarter")
    assert chart is not None
    # in the release's own $ thousands, as its pages read (UI-46, `style.release_unit`; $ millions, UI-45)
    values = dict(zip(chart.data["Period"], chart.data["Value ($ thousands)"], strict=True))
    assert values["3M to Aug 2, 1997"] == "41,806"  # its gross profit check passes: no mark
    assert values["3M to Aug 3, 1996"] == f"37,220 {CROSS}"  # the failed check's quarter
    assert values["3M to May 4, 1996"] == f"34,685 {CROSS}"  # 71,905 - 37,220: no surer than 37,220
    # by quarter, not by line: the failed quarter cross-hatched, the checked one plain, derived ones hatched
    assert chart.figure.data[0].marker.pattern.shape == (DERIVED_PATTERN, UNVERIFIED_PATTERN, DERIVED_PATTERN, "")
    assert chart.figure_marks == {"Net sales, 3M to May 4, 1996": "failed", "Net sales, 3M to Aug 3, 1996": "failed"}
    assert "Cross-hatched (not verified" in chart.alt_text


def test_over_time_a_line_chart_marks_its_points(saddlebrook: core.Release) -> None:
    """SG&A is vouched for by the operating result (gross profit less the expense lines, no total printed):
    its printed points are plain circles, its derived ones hollow; a point no check speaks of carries a dot,
    one a failed check blames a cross, in a hollow circle where derived."""
    chart = expense_lines(company_series([saddlebrook]))
    assert chart is not None
    sga = next(t for t in chart.figure.data if t.name == "Selling, general and administrative")
    by_end = dict(zip(sga.x, sga.marker.symbol, strict=True))
    assert by_end["1997-08-02"] == "circle"  # printed, verified
    assert by_end["1997-05-03"] == "circle-open"  # derived from verified figures
    rows = chart.data.set_index(["Line", "Period"])
    assert rows.loc[("Selling, general and administrative", "3M to Aug 2, 1997"), "Value ($ thousands)"] == "10,944"
    point = next(o for o in company_series([saddlebrook]).values
                 if o.key == "selling_general_administrative" and not o.derived)
    assert [point_symbol(dataclasses.replace(point, status=status)) for status in ("unchecked", "failed")] == [
        "circle-dot", "circle-x"]
    assert point_symbol(dataclasses.replace(point, status="unchecked", basis="6M less 3M")) == "circle-open-dot"


def test_side_by_side_marks_each_company_s_figure(unchecked: core.Release) -> None:
    kestrel = _read("summary_quarters_checked_in_the_fourth_only.htm")
    comparison = side_by_side([unchecked, kestrel])
    table = comparison_table(comparison, "amount").set_index("Line")
    first, second = comparison.short_headings
    # headed by their tickers, the full headings in the page's tooltips; the periods in the first row
    assert (first, second) == ("SDBK", "KSTL")
    assert table.loc["Period", first] == "3M to Aug 2, 1997"
    assert table.loc["Selling, general and administrative", first] == f"10,944 {DAGGER}"
    assert table.loc["Selling, general and administrative", second] == "141,022"
    assert table.loc["Net sales / Revenue", first] == "41,806"
    assert marks_in(comparison, "amount") == {"unchecked"}
    bars = comparison_bars(comparison, "share_of_revenue")
    assert bars is not None
    names = [" ".join(str(y).replace("<br>", " ").split()) for y in bars.figure.data[0].y]
    shapes = dict(zip(names, bars.figure.data[0].marker.pattern.shape, strict=True))
    assert shapes["Selling, general and administrative"] == UNCHECKED_PATTERN
    assert shapes["Net sales"] == ""
    assert set(bars.figure.data[1].marker.pattern.shape) == {""}  # Kestrel's figures are all checked


def test_the_standard_metrics_memo_marks_a_figure_a_failed_check_of_its_period_blames() -> None:
    """The same release with this quarter's cost of sales misprinted ("28,140" for 28,410: 41,806 - 28,140 is
    not the gross profit 13,396): the revenue the memo reads, and the margins made from it, carry the cross;
    the gross profit, which less the expense lines is the operating result, does not, nor do the operating
    expenses (those lines added up, no total printed), the operating income and the EPS. Kestrel's column is
    checked throughout: no mark, and the legend names only the cross."""
    from core.analysis.metrics import standard_metrics
    from core.charts.memo import memo_marks, memo_table

    misprinted = _read("retailer_cost_of_sales_misprinted_this_quarter.txt")
    kestrel = _read("summary_quarters_checked_in_the_fourth_only.htm")
    found = [standard_metrics(misprinted), standard_metrics(kestrel)]
    memo = memo_table(found).set_index("Metric")
    assert memo.loc["Revenue", "SDBK"] == f"$41.8M {CROSS}"
    assert memo.loc["Gross profit", "SDBK"] == "$13.4M"
    assert memo.loc["Gross margin", "SDBK"] == f"32.0% {CROSS}"
    assert memo.loc["Operating expenses", "SDBK"] == "$10.9M"  # 10,944 + nil
    assert memo.loc["Operating expenses, % of revenue", "SDBK"] == f"26.2% {CROSS}"
    assert memo.loc["Operating income (loss)", "SDBK"] == "$2.5M"
    assert memo.loc["EPS, diluted", "SDBK"] == "$0.17"
    assert memo.loc["Revenue", "KSTL"] == "$594.8M"
    assert memo_marks(found) == {"failed"}


def test_the_memo_leaves_a_quarter_unmarked_whose_check_passes_though_last_years_fails(
        saddlebrook: core.Release) -> None:
    """Saddlebrook as filed: only last year's quarter fails its gross profit check; the memo shows this
    quarter, which is verified."""
    from core.analysis.metrics import standard_metrics
    from core.charts.memo import memo_marks, memo_table

    memo = memo_table([standard_metrics(saddlebrook)]).set_index("Metric")
    assert memo.loc["Revenue", "SDBK"] == "$41.8M"
    assert memo_marks([standard_metrics(saddlebrook)]) == set()
