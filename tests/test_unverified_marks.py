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
from core.charts.verified import HATCH, mark_unverified, marks_key
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
    assert chart.alt_text.startswith("Two bars. Cross-hatched: Diluted EPS, which a failed check does not vouch for (")
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


def test_a_marked_bar_says_it_in_its_label_and_hover_and_the_key_under_the_chart_names_the_pattern() -> None:
    """UI-62: Tollgate Pass's cross-hatched 2019 diluted EPS had hovered "3M to Mar 31, 2019: $0.84 per unit", its
    label "$0.84" and the units chart's "118.9 million units" unmarked; the 2020 bars, solid, stay as they were."""
    from core.analysis.per_share import UNITS, per_share_points
    from core.charts import eps_bars, share_bars

    name = "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    tollgate = core.parse_release((UI / name).read_bytes(), name)
    operations = tollgate.statement("operations")
    assert operations is not None
    eps, _ = mark_unverified(eps_bars(per_share_points(operations), UNITS, "USD"), tollgate)
    bar = eps.figure.data[0]
    assert bar.text[0] == "$0.84"
    assert list(bar.texttemplate) == ["%{text}<br>(not verified)", "%{text}"]
    assert list(bar.hovertemplate) == ["%{x}: %{text} per unit (not verified)<extra></extra>",
                                       "%{x}: %{text} per unit<extra></extra>"]
    units, _ = mark_unverified(share_bars(per_share_points(operations), UNITS), tollgate)
    assert units.figure.data[0].customdata[0] == "118.9"
    assert list(units.figure.data[0].hovertemplate) == [
        "%{x}: %{customdata} million units (not verified)<extra></extra>",
        "%{x}: %{customdata} million units<extra></extra>"]
    assert marks_key(eps.figure) == "Bars marked: cross-hatching, not verified (a failed check blames the figure)."
    assert eps.alt_text.count("Cross-hatched: ") == 1 and "Hatched:" not in eps.alt_text


def test_dotted_bars_on_periods_say_not_checked_in_their_hover() -> None:
    """The retailer's "Cost of sales, buying and occupancy", which no check speaks of, is dotted on Periods; its
    hover had read "... 13 weeks to Jul 3, 2004: 6,282 ($ millions)" with no word of it (UI-62)."""
    from core.analysis.derived import with_derived
    from core.analysis.periods import windows
    from core.charts.periods import comparison_bars, default_lines

    name = "retailer_expenses_no_total_or_sentence_speaks_of.txt"
    release = core.parse_release((UI / name).read_bytes(), name)
    operations = release.statement("operations")
    assert operations is not None
    compared = tuple(w for w in windows(operations) if w.prior is not None)
    extended = with_derived(operations, None)
    bars = comparison_bars(extended, compared[:1], default_lines(extended, compared[:1]))
    chart, _ = mark_unverified(bars, release)
    dotted = [(trace.name, index) for trace in chart.figure.data if trace.type == "bar"
              for index, shape in enumerate(trace.marker.pattern.shape or ()) if shape == "."]
    assert dotted
    for trace in chart.figure.data:
        shapes = list(trace.marker.pattern.shape or ()) if trace.type == "bar" else []
        for index, shape in enumerate(shapes):
            hover = trace.hovertemplate[index]
            assert hover.endswith("(not checked)<extra></extra>") == (shape == "."), hover
            if shape == ".":
                assert trace.texttemplate[index] == "%{text} (not checked)"
    assert "dots, not checked" in marks_key(chart.figure)
