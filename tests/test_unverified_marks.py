"""A figure a failed check blames is never drawn as if it were sure: hatched bars, a badge on its card.

Innoviva's diluted EPS is computed on net income plus the convertible notes' interest, so diluted EPS x
diluted shares exceeds the net income (66,970,310 against 65,437,000 in the quarter). With its balance sheet's
notes named without the word "convertible" (`without_convertibles`), nothing explains the excess: those two
lines are not verified, while net income (which basic EPS x shares confirms) is.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

import core
from core.charts.style import Chart
from core.charts.verified import HATCH, mark_unverified
from core.checks.verification import doubts

GOLD = Path(__file__).parent / "fixtures" / "gold"
UI = Path(__file__).parent / "fixtures" / "ui"


def without_convertibles(data: bytes) -> bytes:
    """The release with "Convertible subordinated notes" and "Convertible senior notes" printed as plain notes."""
    assert data.count(b">Convertible ") == 2
    return data.replace(b">Convertible ", b">")


@pytest.fixture(scope="module")
def innoviva() -> core.Release:
    data = without_convertibles((GOLD / "innoviva_q1-2020_html.htm").read_bytes())
    return core.parse_release(data, "innoviva_q1-2020_html.htm")


def _item(release: core.Release, concept: str) -> core.LineItem:
    operations = release.statement("operations")
    assert operations is not None
    item = operations.item(concept)
    assert item is not None
    return item


def test_doubts_name_the_failed_check_for_the_diluted_lines_only(innoviva: core.Release) -> None:
    diluted = doubts(innoviva, [_item(innoviva, "eps_diluted").span])
    assert {(c.name, c.period) for c in diluted} == {("EPS diluted", "3M 2020-03-31"), ("EPS diluted", "3M 2019-03-31")}
    assert doubts(innoviva, [_item(innoviva, "net_income").span]) == ()
    assert doubts(innoviva, [_item(innoviva, "eps_basic").span]) == ()


def test_bars_of_doubted_lines_are_hatched_and_the_alt_text_says_why(innoviva: core.Release) -> None:
    names = ["Net income", "Diluted EPS"]
    figure = go.Figure(go.Bar(x=names, y=[65.4, 0.59], name="3M 2020-03-31"))
    sources = {"Net income": (_item(innoviva, "net_income").span,),
               "Diluted EPS": (_item(innoviva, "eps_diluted").span,)}
    chart, checks = mark_unverified(Chart(figure, pd.DataFrame(), "Two bars.", sources), innoviva)
    assert list(chart.figure.data[0].marker.pattern.shape) == ["", HATCH]
    assert {c.name for c in checks} == {"EPS diluted"}
    assert chart.alt_text.startswith("Two bars. Hatched: Diluted EPS, which a failed check does not vouch for (")
    assert "EPS diluted (3M 2020-03-31) failed: expected 66,970,310, found 65,437,000" in chart.alt_text


def test_a_chart_of_verified_lines_is_left_as_it_is(innoviva: core.Release) -> None:
    figure = go.Figure(go.Bar(x=["Net income"], y=[65.4]))
    chart = Chart(figure, pd.DataFrame(), "One bar.", {"Net income": (_item(innoviva, "net_income").span,)})
    assert mark_unverified(chart, innoviva) == (chart, ())


def test_the_per_share_charts_cross_hatch_the_diluted_figures(innoviva: core.Release) -> None:
    from core.analysis.per_share import per_share_points
    from core.charts import eps_bars

    operations = innoviva.statement("operations")
    assert operations is not None
    chart, checks = mark_unverified(eps_bars(per_share_points(operations)), innoviva)
    assert list(chart.figure.data[0].y) == [0.31, 0.59]  # diluted EPS, 2019 then 2020
    assert list(chart.figure.data[0].marker.pattern.shape) == [HATCH, HATCH]
    assert {c.name for c in checks} == {"EPS diluted"}


def test_a_per_unit_bar_is_hatched_only_for_the_period_whose_check_failed() -> None:
    """Tollgate Pass prints its diluted figures per unit for 2020 and 2019 on one line each; only the 2019
    check fails ($0.84 x 118,905,000 units misses the limited partners' 90,855,000), so the 2020 bars
    ($(3.02), 105,418,000 units) stay solid."""
    from core.analysis.per_share import per_share_points
    from core.charts import eps_bars, share_bars

    name = "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    tollgate = core.parse_release((UI / name).read_bytes(), name)
    assert [(c.name, c.period) for c in tollgate.failed_checks] == [("EPS diluted", "3M 2019-03-31")]
    operations = tollgate.statement("operations")
    assert operations is not None
    assert [(p.eps, p.shares) for p in per_share_points(operations)] == [
        (Decimal("-3.02"), 105_418_000), (Decimal("0.84"), 118_905_000)]
    for bars in (eps_bars, share_bars):
        chart, checks = mark_unverified(bars(per_share_points(operations)), tollgate)
        assert list(chart.figure.data[0].x) == ["3M to<br>Mar 31, 2019", "3M to<br>Mar 31, 2020"]
        assert list(chart.figure.data[0].marker.pattern.shape) == [HATCH, ""]
        assert [(c.period, c.found) for c in checks] == [("3M 2019-03-31", 90_855_000)]
