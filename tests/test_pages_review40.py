"""What the browser review UI-40 found on the Cash, Compare and Overview pages, each mend asserted on a release
the reviewer uploaded (their files are among tests/fixtures)."""

from __future__ import annotations

from datetime import date
from functools import cache

import core
from core.analysis import burn_estimates, cash_points
from core.model import Release
from tests.conftest import FIXTURES
from tests.page_runner import run_page, texts

VALARIS = FIXTURES / "html" / "valaris-plc_q1-2020.htm"


@cache
def valaris() -> Release:
    return core.parse_release(VALARIS.read_bytes(), VALARIS.name)


# --- 1 and 2. the Cash page: the runway's caveat, a card that estimates nothing, the run-down's dates ------------

def test_the_cash_page_says_the_runway_counts_cash_alone_beside_the_liquidity_the_release_speaks_of() -> None:
    """Valaris Q1 2020: $184.9 million of cash and cash equivalents over $68.1 million a month is 2.7 months,
    where the highlights speak of "$1.5 billion of liquidity". The Overview and Compare said so; the Cash page,
    where the runway is most prominent, had not. Allos speaks of no liquidity beyond its cash: no such words."""
    at = run_page("cash", valaris())
    said = texts(at)
    assert "2.7 months" in [m.value for m in at.metric]
    assert ('Read with care: the runway counts only cash and cash equivalents, while the release speaks of '
            '"$1.5 billion of liquidity", which may include credit the company can draw.') in said
    allos = core.parse_release((FIXTURES / "text" / "allos_q2_2004.txt").read_bytes(), "allos_q2_2004.txt")
    assert "liquidity" not in texts(run_page("cash", allos))


def test_a_burn_card_that_estimates_nothing_says_why_and_describes_no_estimate() -> None:
    """Valaris's net loss per month is not estimated ("Loss on impairment" of $2,808.2 million makes most of
    its $3,006.3 million loss and uses no cash): the card had still said "Estimate: net result for 3M to Mar 31,
    2020 divided by 3 months" under "Not estimated". The cash burn card keeps its basis."""
    at = run_page("cash", valaris())
    assert ("Net loss per month", "Not estimated") in [(m.label, m.value) for m in at.metric]
    captions = [c.value for c in at.caption]
    assert any(c.startswith('Not estimated: "Loss on impairment" makes most of the net loss') for c in captions)
    assert not any(c.startswith("Estimate: net result") for c in captions)
    assert "Estimate: cash from operations for 3M to Mar 31, 2020 divided by 3 months." in captions


def test_the_cash_run_down_is_dated_by_the_balance_sheet_date_and_its_months() -> None:
    """Valaris's cash of $184.9 million at Mar 31, 2020 runs out about Jun 22, 2020 at $68.1 million a month;
    the chart's first tick had read "Mar 29 2020", a Sunday Plotly chose, two days before the balance date."""
    from core.charts import runway_projection

    balance = valaris().statement("balance")
    assert balance is not None
    points = cash_points(balance)
    chart = runway_projection(points[-1], tuple(burn_estimates(valaris())), balance.scale)
    assert chart is not None
    axis = chart.figure.layout.xaxis
    drawn = {day.isoformat() for day in chart.figure.data[0].x}
    assert points[-1].period.end == date(2020, 3, 31)
    assert axis.tickvals[0] == "2020-03-31" and axis.ticktext[0] == "Mar 31<br>2020"
    assert axis.tickvals[-1] == "2020-06-22"  # the day the straight line reaches zero
    assert set(axis.tickvals) <= drawn
