"""UI-52, finding 2: Compare's burn over time names the bar for what it is and promises only what it draws.

Alkermes Q1 2020 (`python -m core text` of the fixture): cash, cash equivalents and total investments 614,370 at
Dec 31, 2019 and 549,738 at Mar 31, 2020 ((614,370 - 549,738) / 3 = 21,544 a month), revenue 246,220 (82,073 a
month), net loss 38,654 (12,885 a month), no cash flow statement. The bar of that fall had been labelled "Cash burn
per month", the title said "...and the runway it implies" and the caption "with dots of the months of cash left",
though the rule draws no runway and no dot stood. The Allos sample (no revenue) keeps its title, dots and caption.
"""

from __future__ import annotations

import core
from core.analysis.series import company_series
from core.charts.cash_over_time import CASH_BURN, FALL_IN_CASH, burn_chart
from tests.conftest import read_fixture
from tests.test_pages import ALKERMES


def test_alkermes_bar_is_the_fall_in_cash_and_the_chart_promises_no_runway() -> None:
    chart = burn_chart(company_series([read_fixture(ALKERMES)]))
    assert chart is not None
    bars = [t for t in chart.figure.data if t.type == "bar"]
    assert [b.name for b in bars] == [FALL_IN_CASH, "Net loss per month"]
    assert bars[0].hovertemplate.startswith("Fall in cash per month over %{customdata[0]}:")
    assert not [t for t in chart.figure.data if t.type == "scatter"]  # no dots
    assert chart.figure.layout.title.text == "Fall in cash and net loss per month, quarter by quarter"
    assert "yaxis2" not in chart.figure.layout.to_plotly_json()  # no runway axis over nothing drawn
    assert "runway it implies" not in chart.figure.layout.title.text
    assert "dots" not in chart.alt_text and "dotted lines" not in chart.alt_text
    assert chart.alt_text.startswith("Bars per quarter in $ thousands, a month's figure each: the fall in cash and "
                                     "investments (no burn: revenue outruns it; hatched where derived) and the net "
                                     "loss per month (hatched where derived).")
    assert ("No runway is drawn at Mar 31, 2020: revenue ran at $82.1 million a month, more than cash fell, so the "
            "fall is no burn, and the net loss, which includes non-cash costs, says nothing of cash used") \
        in chart.alt_text
    assert set(chart.data["Method"]) == {FALL_IN_CASH, "Net loss per month"}


def test_the_samples_chart_keeps_its_burn_its_runway_dots_and_their_promise() -> None:
    name, data = core.load_sample()
    chart = burn_chart(company_series([core.parse_release(data, name)]))
    assert chart is not None
    assert next(t.name for t in chart.figure.data if t.type == "bar") == CASH_BURN
    assert chart.figure.layout.title.text == "Burn per month and the runway it implies, quarter by quarter"
    assert chart.figure.layout.yaxis2.title.text == "Runway (months)"
    assert "of the months of cash left at each quarter's end at that rate" in chart.alt_text
    assert "No runway is drawn" not in chart.alt_text
