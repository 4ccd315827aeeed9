"""UI-48, part C: Compare's burn chart names the stretch each bar is measured over, and its runways stand apart.

Forian's third quarter of 2024 (tests/fixtures/ui/software_convertible_notes_due_within_a_year_forian_q3_2024.txt)
prints no cash flow for the quarter alone: its cash flow statement's nine months to Sep 30, 2024 used 1,467,084
in operations, 163,009 a month (1,467,084 / 9), the burn Compare draws at Sep 30, 2024. The quarter lost 204,907,
68,302 a month. Both runways (49,357,888 of cash: 302.8 and 722.6 months) are past the horizon, drawn at it."""

from __future__ import annotations

import core
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.style import Chart
from core.charts.timeline import on_one_time_axis
from tests.conftest import FIXTURES

FORIAN = "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"


def _chart() -> Chart:
    release = core.parse_release((FIXTURES / "ui" / FORIAN).read_bytes(), FORIAN)
    chart = burn_chart(company_series([release]))
    assert chart is not None
    return chart


def test_a_bar_of_the_nine_months_average_is_named_for_the_nine_months() -> None:
    chart = _chart()
    assert list(chart.data["Measured over"]) == ["9M to Sep 30, 2024", "3M to Sep 30, 2024"]
    assert list(chart.data["Burn per month ($ thousands)"]) == ["163", "68"]
    cash, loss = (trace for trace in chart.figure.data if trace.type == "bar")
    assert cash.customdata[0][0] == "9M to Sep 30, 2024" and loss.customdata[0][0] == "3M to Sep 30, 2024"
    assert cash.hovertemplate.startswith("Cash burn per month over %{customdata[0]}:")
    assert cash.customdata[0][1] == "cash from operations for 9M to Sep 30, 2024 divided by 9 months"
    assert chart.alt_text.endswith("The cash burn at Sep 30, 2024 is the monthly average over 9M to Sep 30, 2024, "
                                   "no figure for the quarter alone being read.")


def test_each_runway_dot_stands_over_its_own_bar_and_the_axis_ticks_the_bars_day_only() -> None:
    """The two bars share the quarter's 55 days, 27.5 each, the first from 27.5 days before Sep 30, 2024: their
    middles 14 days either side (Sep 16 and Oct 14). The dots had stood on one another at Sep 30. Since UI-52 the
    net loss (68 a month) draws no runway: revenue outruns it and the cash burn stands (the runway rule), so the
    cash burn's dot alone stands, over its own bar."""
    chart = _chart()
    runways = [trace for trace in chart.figure.data if trace.type == "scatter"]
    assert [list(trace.x) for trace in runways] == [["2024-09-16"]]
    assert [list(trace.y) for trace in runways] == [[60.0]]
    assert [list(trace.text) for trace in runways] == [["Sep 30, 2024"]]
    assert all(t.hovertemplate == "%{text}: %{customdata} of cash<extra></extra>" for t in runways)
    (aligned,) = on_one_time_axis([chart])
    assert list(aligned.figure.layout.xaxis.tickvals) == ["2024-09-30"]
