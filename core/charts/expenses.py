"""Expense charts: what the total is made of in every period, and how each line changed."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.currency import statement_unit
from core.analysis.expenses import ExpenseBreakdown
from core.analysis.periods import Window, is_derived, period_name
from core.analysis.structure import display_label
from core.charts.periods import wrap
from core.charts.style import (
    DERIVED_PATTERN,
    FAVOURABLE,
    TOP_LINES,
    UNFAVOURABLE,
    Chart,
    accounting_axis,
    base_layout,
    described,
    hatched,
    labelled_readable,
    labels,
    palette,
    printed_decimals,
    statement_sources,
    to_units,
)
from core.charts.timeline import safe
from core.formatting import accounting, percent
from core.model import LineItem, Period


def _ordered_periods(expenses: ExpenseBreakdown) -> list[Period]:
    """Duration columns grouped by length, then by date: quarters together, half-years together."""
    periods = [p for p in expenses.statement.periods if p.months is not None]
    return sorted(periods, key=lambda p: (p.months or 0, p.end))


def top_components(expenses: ExpenseBreakdown, top: int = TOP_LINES) -> ExpenseBreakdown:
    """The `top` largest lines (in the latest, longest period) one by one, the rest summed into "Other".

    The sum keeps the mix at 100% of the printed total; the table under the chart still lists every line.
    """
    if len(expenses.components) <= top + 1:
        return expenses
    periods = _ordered_periods(expenses)
    latest = max(periods, key=lambda p: (p.end, p.months or 0)) if periods else None
    ranked = sorted(
        expenses.components,
        key=lambda item: abs((expenses.amount(item, latest) if latest else None) or Decimal(0)),
        reverse=True,
    )
    keep = set(map(id, ranked[:top]))
    rest = [item for item in expenses.components if id(item) not in keep]
    values = tuple(
        sum((item.values[i] or Decimal(0) for item in rest), Decimal(0))
        if any(item.values[i] is not None for item in rest) else None
        for i in range(len(expenses.statement.periods))
    )
    other = LineItem(f"Smaller lines ({len(rest)})", values, (), "amount", rest[0].span, rest[0].section)
    kept = tuple(item for item in expenses.components if id(item) in keep)
    return ExpenseBreakdown(expenses.statement, expenses.total, (*kept, other))


def composition(expenses: ExpenseBreakdown, top: int = TOP_LINES) -> Chart:
    """Each line's share of the expense total, one 100% bar per period (derived ones hatched).

    Beyond `top` lines the smallest are summed into "Smaller lines (n)" (a printed "Other" line keeps its own
    name), so colours never repeat and the legend stays readable; the page's picker raises `top` to show more.
    """
    full = expenses
    expenses = top_components(expenses, top)
    periods = _ordered_periods(expenses)
    # Horizontal: one 100% bar per period, its name in full on its own row (no colliding date ticks).
    y = [wrap(period_name(p), 22) for p in periods]
    patterns = [DERIVED_PATTERN if is_derived(p) else "" for p in periods]
    unit = statement_unit(expenses.statement)
    places = printed_decimals(expenses.statement)
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    # (none green or vermillion: beside this chart, those say a line fell or rose: a browser review)
    colours = palette(len(expenses.components), without=(FAVOURABLE, UNFAVOURABLE))
    # in tenths, each rounded on its own: whole points had shown 6.5% and 6.4% both as 7% (a browser review)
    shown = {p: expenses.shares_shown(expenses.components, p) for p in periods}
    for index, item in enumerate(expenses.components):
        shares = [expenses.share(item, p) for p in periods]
        rounded = [shown[p][index] for p in periods]
        amounts = [to_units(expenses.amount(item, p), expenses.statement.scale) for p in periods]
        name = display_label(expenses.statement, item) if item in full.components else item.label
        figure.add_trace(
            go.Bar(
                y=y,
                x=[None if s is None else float(s) for s in shares],
                orientation="h",
                name=wrap(name, 28),
                marker={"color": colours[index], "pattern": hatched(patterns)},
                customdata=labels(amounts, decimals=places),
                text=[percent(r, decimals=1, sign=r < 0) if s and r is not None and abs(s) >= 5 else ""
                      for s, r in zip(shares, rounded, strict=True)],
                textposition="inside",
                hovertemplate=(
                    f"{name}<br>%{{y}}: %{{x:.1f}}% of total, %{{customdata}} ({unit})<extra></extra>"
                ),
            )
        )
    listed = {p: full.shares_shown(full.components, p) for p in periods}  # as the bars' labels
    for index, item in enumerate(full.components):  # every line, also those the chart sums into "Other"
        rows.extend(
            {
                "Period": period_name(p),
                "Line": display_label(full.statement, item),
                f"Amount ({unit})": accounting(to_units(full.amount(item, p), full.statement.scale), decimals=places),
                "Share of total": percent(listed[p][index], sign=False),
            }
            for p in periods
        )
    figure.update_xaxes(title_text="Share of the total (%)", range=list(_share_range(expenses, periods)),
                        ticksuffix="%")
    figure.update_yaxes(autorange="reversed")
    # The total as printed: "Total costs and expenses" holds the cost of revenue, "Total operating expenses"
    # most often not.
    base_layout(figure, title=f"{safe(expenses.total.label)}: what it is made of", height=110 + 46 * len(periods))
    # "relative": a line that lowers the total (a grant recognised against the costs) is drawn left of zero.
    # Stacked on the others ("stack"), it had been drawn back over them and hidden three of their blocks.
    figure.update_layout(barmode="relative")
    lowering = [display_label(full.statement, item) for item in full.components
                if any((full.amount(item, p) or 0) < 0 for p in periods)]
    alt = (
        f"Stacked bars, one per period, each line's percentage of {' '.join(expenses.total.label.split())}: "
        + ", ".join(display_label(full.statement, item) for item in full.components)
        + "."
        + (f" Left of zero, lines that lower the total: {', '.join(lowering)}; the other lines then add up to "
           "more than 100%." if lowering else "")
    )
    sources = statement_sources(full.statement)
    rest = [item for item in full.components if item not in expenses.components]
    if rest:
        sources[" ".join(expenses.components[-1].label.split())] = tuple(item.span for item in rest)
    return Chart(figure, pd.DataFrame(rows), alt, sources)


def _share_range(expenses: ExpenseBreakdown, periods: list[Period]) -> tuple[float, float]:
    """The share axis: 0-100%, widened to the lines that lower the total (left of zero) and to the others'
    sum past 100% that they make room for, so no bar is cut at the axis's end."""
    low, high = 0.0, 100.0
    for period in periods:
        shares = [float(s) for item in expenses.components if (s := expenses.share(item, period)) is not None]
        low = min(low, sum(s for s in shares if s < 0))
        high = max(high, sum(s for s in shares if s > 0))
    return low, high


def line_changes(expenses: ExpenseBreakdown, window: Window, in_unit: int | None = None) -> Chart | None:
    """Change in each expense line for one window: green where it fell, vermillion where it rose; in the
    release's unit where the page gives it (`in_unit`, `style.release_unit`), as its other charts read."""
    if window.prior is None:
        return None
    scale = expenses.statement.scale
    names: list[str] = []
    changes: list[Decimal] = []
    for item in (*expenses.components, expenses.total):
        now, then = expenses.amount(item, window.current), expenses.amount(item, window.prior)
        if now is None or then is None:
            continue
        names.append(display_label(expenses.statement, item))
        changes.append(now - then)
    # One unit for the axis, the labels, the hovers, the caption and the table, the one they read best in
    # (`style.labelled_readable`), as the result waterfall beside it: Forian's whole dollars had labelled its
    # bars in full, "(673,596)" for its costs and expenses (UI-44)
    shown = labelled_readable([to_units(c, scale) for c in changes], scale, printed_decimals(expenses.statement),
                              unit=in_unit)
    unit, places = statement_unit(expenses.statement, shown.shown), shown.decimals
    values = shown.all(to_units(c, scale) for c in changes)
    figure = go.Figure(
        go.Bar(
            y=[wrap(n, 28) for n in names],
            x=values,
            orientation="h",
            marker={"color": [UNFAVOURABLE if c > 0 else FAVOURABLE for c in changes]},
            text=labels(values, decimals=places),
            textposition="auto",
            cliponaxis=False,
            hovertemplate=f"%{{y}}: %{{text}} ({unit})<extra></extra>",
        )
    )
    figure.update_xaxes(
        title_text=f"Change ({unit})",  # the reading of the sign goes in the caption: a phone cut it here
        **accounting_axis(values, count=3, pad=0.22, sparse=True),
    )
    figure.update_yaxes(autorange="reversed")
    base_layout(
        figure,
        title=f"{window.name}: change per line against a year earlier",
        height=120 + 48 * len(names),
    )
    figure.update_layout(showlegend=False)
    data = pd.DataFrame({"Line": names, f"Change ({unit})": labels(values, decimals=places)})
    alt = described(
        f"Horizontal bars of the change in each expense line in {unit}", names, values, decimals=places
    ) + " Left of zero, a line cost less than a year earlier; right of it, more."
    return Chart(figure, data, alt, statement_sources(expenses.statement))
