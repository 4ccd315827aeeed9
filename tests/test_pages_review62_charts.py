"""UI-62, charts: every value axis ticks at least four labels where its values span them (a shared rule in
`style.accounting_axis`), the Cash page's run-down axis reaches its last point, and the EPS bridge keeps its value
labels inside the plot at a phone's width."""

from __future__ import annotations

import core
from core.analysis import breakdown, compared_windows, derived_windows, release_cash_points, windows, with_derived
from core.analysis.currency import statement_currency
from core.analysis.derived import fiscal_quarter
from core.analysis.metrics import standard_metrics
from core.analysis.per_share import eps_bridge
from core.analysis.structure import operations_statement
from core.charts import bridge_chart, comparison_bars, line_changes, release_unit, runway_projection
from core.charts.per_share import BRIDGE_PLOT_PX, LABEL_CHAR_PX, _bar_ends
from core.charts.periods import default_lines
from core.charts.style import MIN_TICKS, accounting_axis
from tests.conftest import corpus_release


def _sample() -> core.Release:
    name, data = core.load_sample()
    return core.parse_release(data, name)


def test_the_samples_periods_and_expenses_axes_label_four_ticks_or_more() -> None:
    """Periods' quarter had ticked (10,000), 0 and 10,000; the Expenses quarter's change chart (4,000) and 0."""
    release = _sample()
    operations = operations_statement(release)
    assert operations is not None
    quarter, unit = fiscal_quarter(release), release_unit(release)
    extended = with_derived(operations, quarter)
    compared = tuple(w for w in (*windows(operations), *derived_windows(operations, quarter)) if w.prior is not None)
    said = [[t for t in comparison_bars(extended, (w,), default_lines(extended, compared), alongside=compared,
                                        in_unit=unit).figure.layout.xaxis.ticktext if t] for w in compared]
    assert said[0] == ["(10,000)", "(5,000)", "0", "5,000", "10,000"]
    assert said[1] == ["(20,000)", "(10,000)", "0", "10,000", "20,000"]
    assert all(len(labels) >= MIN_TICKS for labels in said)
    expenses = breakdown(extended)
    changes = [chart.figure.layout.xaxis.ticktext for w in compared_windows(operations, quarter)
               if (chart := line_changes(expenses, w, in_unit=unit)) is not None]
    assert list(changes[0]) == ["(6,000)", "(4,000)", "(2,000)", "0"]
    assert all(len([t for t in labels if t]) >= MIN_TICKS for labels in changes)


def test_a_sparse_axis_blanks_every_other_label_only_where_four_stay() -> None:
    assert accounting_axis([-11_000, 11_000], count=4, pad=0.22, sparse=True, hug=True)["ticktext"] == [
        "(10,000)", "(5,000)", "0", "5,000", "10,000"]
    wide = accounting_axis([-2_000_000, 2_000_000], count=8, sparse=True)["ticktext"]
    assert len([t for t in wide if t]) >= MIN_TICKS and "" in wide


def test_the_runway_axis_reaches_the_day_cash_runs_out() -> None:
    """The sample's run-down runs to Dec 27, 2005; its ticks had stopped at Sep 30, 2005."""
    release = _sample()
    balance = release.statement("balance")
    assert balance is not None
    chart = runway_projection(release_cash_points(release)[-1], standard_metrics(release).rule.estimates,
                              balance.scale, statement_currency(balance), in_unit=release_unit(release))
    assert chart is not None
    last = max(str(day) for trace in chart.figure.data for day in trace.x)
    assert last.startswith("2005-12-27")
    ticks = list(chart.figure.layout.xaxis.tickvals)
    assert ticks[0] == "2004-06-30" and ticks[-2:] == ["2005-09-30", "2005-12-31"]
    assert chart.figure.layout.xaxis.range[1] >= "2005-12-31"


def test_apples_bridge_keeps_its_range_labels_inside_the_plot_at_a_phones_width() -> None:
    """Apple Q3 FY2004: "$0.113 to $0.118" on "Effect of the net result" had been cut at the edge, "$0.113 to $0.1"."""
    release = corpus_release("apple-computer_q3-fy2004_edgar-submission.txt")
    operations = release.statement("operations")
    assert operations is not None
    window = next(w for w in windows(operations) if w.prior is not None)
    bridge = eps_bridge(operations, window)
    assert bridge is not None
    chart = bridge_chart(bridge)
    trace = chart.figure.data[0]
    assert list(trace.text) == ["$0.05", "$0.113 to<br>$0.118", "($0.012)", "$0.154 to<br>$0.157"]
    low, high = chart.figure.layout.xaxis.range
    for (start, end), text in zip(_bar_ends(list(trace.x), list(trace.measure)), trace.text, strict=True):
        room = (high - end) / (high - low) * BRIDGE_PLOT_PX  # past the bar's right end, at a phone's plot
        assert room >= max(len(line) for line in text.split("<br>")) * LABEL_CHAR_PX, (text, room)
        assert start >= low
