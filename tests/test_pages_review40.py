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


# --- 3. over time, releases years apart --------------------------------------------------------------------------

APPLE = (FIXTURES / "edgar" / "apple_q1-fy2011.txt", FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")


def test_releases_thirteen_years_apart_are_drawn_on_an_axis_cut_between_them() -> None:
    """Apple's Q1 FY2011 and Q1 FY2024 submissions, Compare over time: the charts had spread quarters of
    2009-2010 and 2022-2023 over thirteen years, two ticks in all, bars slivers, "162,099" (Sep 30, 2023) into
    "172,575" (Dec 30, 2023) and "919.8" (Dec 26, 2009) on "933.2" (Dec 25, 2010). The empty years are cut from
    the axis (Mar 10, 2011 to Oct 17, 2022: 75 days kept either side of the readings), every quarter-end a
    label's width apart is named, and of two joined points the lower is labelled below."""
    from core.analysis.series import company_series
    from core.charts.cash_over_time import cash_trend
    from core.charts.series import line_bars, share_count_trend
    from core.charts.timeline import NARROWEST_PLOT_PX, on_one_time_axis

    series = company_series([core.parse_release(path.read_bytes(), path.name) for path in APPLE])
    cash, shares = cash_trend(series), share_count_trend(series)
    net = line_bars(series, "net_income", "Net result per quarter")
    assert cash is not None and shares is not None and net is not None
    assert list(cash.figure.data[0].text) == ["51,011", "59,707", None, "162,099", "172,575"]
    assert list(shares.figure.data[0].text) == ["919.8", None, "933.2", None, "15,955.7", None, "15,576.6"]
    aligned = on_one_time_axis([net, cash, shares])
    for chart in aligned:
        axis = chart.figure.layout.xaxis
        assert [tuple(b.bounds) for b in axis.rangebreaks] == [("2011-03-10", "2022-10-17")]
        assert list(axis.tickvals) == ["2009-12-26", "2010-12-25", "2022-12-31", "2023-12-30"]
        assert axis.range == ("2009-11-01", "2024-02-23")
    from core.charts.timeline import axis_days  # (the axis as drawn: UI-40's)

    # drawn across 988 days, a quarter (Sep 30 to Dec 30, 2023) is 9% of the plot, a bar 55 days of it, 6%
    cuts = [(date(2011, 3, 10), date(2022, 10, 17))]
    drawn = axis_days(date(2009, 11, 1), date(2024, 2, 23), cuts)
    assert drawn == 988
    assert aligned[0].figure.data[0].width == 55 * 86_400_000
    assert axis_days(date(2023, 9, 30), date(2023, 12, 30), cuts) / drawn * NARROWEST_PLOT_PX > 27
    # 162,099 below its point, 172,575 above its own: a label's height apart besides the quarter between them
    cash_positions = dict(zip(cash.figure.data[0].text, cash.figure.data[0].textposition, strict=True))
    assert cash_positions["162,099"] == "bottom center" and cash_positions["172,575"] == "top left"
    assert cash_positions["51,011"] == "bottom right" and cash_positions["59,707"] == "top center"
