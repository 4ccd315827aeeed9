"""UI-55: Compare over time, Southern Company's fourth quarters of 2004 and 2006 (tests/fixtures/edgar/
southern-company_q4-fy2004.txt and _q4-fy2006.txt, $ millions). Both print basic EPS and average shares only in
their "Financial Highlights" (2006 line 142: "Basic Earnings Per Share - (See Notes)  $ 0.25  $ 0.21", line 145:
"Average Shares Outstanding (in millions)  745  742"; 2004 line 218: "- - As Reported  $ 0.27  $ 0.17", line 221:
"741  733"), over an "Analysis of Consolidated Earnings" (the primary statement of operations) printing neither:
the series had read the primary statement alone, and the page drew three charts, saying nothing of the others."""

from __future__ import annotations

from decimal import Decimal

import pytest

import core
from core.analysis.series import CompanySeries, company_series
from core.charts.series import left_out_said, per_share_trend, share_count_trend
from core.model import Release
from pages._session import CURRENT, RELEASES
from tests.conftest import FIXTURES
from tests.page_runner import PAGES, texts

NAMES = ("southern-company_q4-fy2004.txt", "southern-company_q4-fy2006.txt")


@pytest.fixture(scope="module")
def southern() -> tuple[Release, ...]:
    return tuple(core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name) for name in NAMES)


@pytest.fixture(scope="module")
def series(southern: tuple[Release, ...]) -> CompanySeries:
    return company_series(southern)


def test_eps_and_share_counts_printed_only_in_the_summary_join_the_series(series: CompanySeries) -> None:
    eps = {p.period.end.year: p.value for p in series.points("eps_basic")}
    assert eps == {2003: Decimal("0.17"), 2004: Decimal("0.27"), 2005: Decimal("0.21"), 2006: Decimal("0.25")}
    shares = {p.period.end.year: p.value for p in series.points("shares_basic")}
    assert shares == {2003: 733_000_000, 2004: 741_000_000, 2005: 742_000_000, 2006: 745_000_000}
    # the primary statement's own lines are still its own: the net result as reported, 204 and 188
    assert {p.period.end.year: p.value for p in series.points("net_income")}[2004] == 204_000_000
    assert per_share_trend(series) is not None
    assert share_count_trend(series) is not None


def test_each_chart_left_out_is_named_with_why(series: CompanySeries) -> None:
    drawn = ("Net result", "Margins", "Operating expenses", "Per share", "Share count")
    assert left_out_said(series, drawn, False) == (
        "Cash: not drawn, as none of the releases prints a balance sheet.",
        "Burn and runway: not drawn, as the latest release shows no cash burn: its operations bring cash in or it "
        "earns money.",
    )
    one = company_series(series.releases[:1])
    assert left_out_said(one, (), None)[4] == (
        "Per share: not drawn, as the release prints no earnings per share for a quarter.")


def test_the_page_draws_five_charts_and_says_why_the_other_two_are_not(southern: tuple[Release, ...]) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=60)
    at.session_state[RELEASES] = {release.name: release for release in southern}
    at.session_state[CURRENT] = southern[-1].name
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    shown = texts(at)
    assert "Cash: not drawn, as none of the releases prints a balance sheet." in shown
    assert "Per share: not drawn" not in shown and "Share count: not drawn" not in shown
    assert "Burn and runway: not drawn, as the latest release shows no cash burn" in shown
    assert len(at.get("plotly_chart")) == 5  # three before: net result, margins, operating expenses
