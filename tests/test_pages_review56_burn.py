"""UI-56, finding 1: one burn for one quarter on every page.

Tupperware Q1 2020 (tests/fixtures/html/tupperware_q1-2020.htm; `python -m core text` lines 388-391): "Net cash
provided by operating activities $(47.0) $(40.1)" and "Capital expenditures (8.2) (12.9)" for the 13 weeks ended
Mar 28, 2020 and Mar 30, 2019; cash and cash equivalents $174.5M. The Overview and the Cash page burn
(47.0 + 8.2) / 3 = $18.4M a month, 174.5 / 18.4 = 9.5 months; Compare's chart over time had drawn cash used in
operations alone, 47.0 / 3 = $15.7M a month and 11.1 months, under a caption saying "as on the Cash page". The
prior-year quarter takes off its own capital spending too: (40.1 + 12.9) / 3 = $17.7M a month.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.analysis.cash import cash_burn
from core.analysis.cash_over_time import burn_trend
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from tests.conftest import FIXTURES, read_fixture

M = 1_000_000
TUPPERWARE = FIXTURES / "html" / "tupperware_q1-2020.htm"


def test_compare_draws_the_cash_pages_burn_for_the_quarter() -> None:
    release = read_fixture(TUPPERWARE)
    estimate = cash_burn(release)
    assert estimate is not None and estimate.monthly == Decimal("18.4") * M  # type: ignore[arg-type]
    points = {p.quarter.end: p for p in burn_trend(company_series([release]))}
    latest = points[date(2020, 3, 28)]
    assert latest.cash_burn_monthly == estimate.monthly
    assert latest.cash_burn_monthly == (Decimal("47.0") + Decimal("8.2")) * M / 3
    assert round(latest.runway(latest.cash_burn_monthly), 1) == Decimal("9.5")  # type: ignore[arg-type]
    assert "capital spending" in latest.cash_burn_basis
    prior = points[date(2019, 3, 30)]
    assert prior.cash_burn_monthly == (Decimal("40.1") + Decimal("12.9")) * M / 3
    assert '"Capital expenditures"' in prior.cash_burn_basis


def test_compare_chart_labels_the_burn_with_capital_spending() -> None:
    chart = burn_chart(company_series([read_fixture(TUPPERWARE)]))
    assert chart is not None
    assert "cash used in operations and capital spending where both are printed" in chart.alt_text
    row = chart.data[(chart.data["Method"] == "Cash burn per month")].iloc[-1]
    assert row["Measured over"] == "3M to Mar 28, 2020"
    assert (row["Burn per month ($ millions)"], row["Runway (months)"]) == ("18.4", "9.5")
