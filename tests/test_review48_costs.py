"""UI-48, part C: Compare's costs over time for Oracle's fourth quarters of fiscal 2014 and 2022
(tests/fixtures/edgar/oracle_q4-fy2014.txt, oracle_q4-fy2022.txt: May 31, 2013 and 2014, 2021 and 2022, a year
apart, never joined). Its legend had keyed dots with lines, "Smaller lines (7)" drawn in black beside the grey
"Total operating expenses", and the caption listed the summed lines as if they were series of their own."""

from __future__ import annotations

import pytest

import core
from core.analysis.series import company_series
from core.charts.series import expense_lines
from core.charts.style import NEUTRAL, TOTAL, Chart, legible, legible_version
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def chart() -> Chart:
    releases = [core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name)
                for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")]
    # three one by one, so the four other lines both releases print are summed (since UI-50 the lines only one
    # release prints are not drawn, leaving seven, which had all been drawn one by one)
    drawn = expense_lines(company_series(releases), top=3)
    assert drawn is not None
    return drawn


def test_dots_never_joined_are_keyed_as_dots_in_their_own_colour(chart: Chart) -> None:
    series = [trace for trace in chart.figure.data if trace.name != "Another release's reading"]
    assert len(series) == 5
    assert all(trace.mode == "markers" for trace in series)
    assert all(trace.marker.color == trace.line.color for trace in series)


def test_the_smaller_lines_are_no_shade_of_the_totals_grey(chart: Chart) -> None:
    colours = {trace.name: trace.line.color for trace in chart.figure.data}
    assert colours["Total operating expenses"] == TOTAL
    assert colours["Smaller lines (4)"] not in (*NEUTRAL, TOTAL)
    # Okabe-Ito's eighth colour, black, the one it had taken, is taken into the band legible on both themes since
    # UI-64 (`legible_version`: unseen on the dark theme before); that grey is the palette's one shade of grey, kept
    # from every chart that draws a grey total
    assert (legible_version("#000000"),) == NEUTRAL
    assert legible(NEUTRAL[0])


def test_the_caption_lists_what_the_smaller_lines_sum(chart: Chart) -> None:
    assert ("the other 4 summed as Smaller lines (4): General and administrative, Amortization of intangible assets, "
            "Acquisition related and other, Restructuring (each listed in the table)" in chart.alt_text)


def test_a_series_whose_quarters_are_joined_keeps_its_line() -> None:
    """Halden's quarters, in a row (tests/fixtures/series/halden_*.txt), stay lines (a guard: the rule drops only
    the lines no two points of a series are joined by; another release's readings were dots already)."""
    halden = expense_lines(company_series([core.parse_release(p.read_bytes(), p.name)
                                           for p in sorted((FIXTURES / "series").glob("halden_*.txt"))]))
    assert halden is not None
    assert [trace.mode for trace in halden.figure.data if trace.name != "Another release's reading"] == [
        "lines+markers"] * 3
