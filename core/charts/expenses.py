"""Expense charts: what the total is made of in every period, and how each line changed."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.comparisons import Change, direction
from core.analysis.currency import statement_unit
from core.analysis.expenses import ExpenseBreakdown
from core.analysis.periods import Window, is_derived, period_name
from core.analysis.structure import display_label
from core.charts.periods import wrap
from core.charts.style import (
    DERIVED_PATTERN,
    FAVOURABLE,
    LEGEND_ROW_PX,
    TITLE_ROOM_PX,
    TOP_LINES,
    UNFAVOURABLE,
    Chart,
    accounting_axis,
    base_layout,
    described,
    hatched,
    labelled_readable,
    labels,
    legend_rows,
    palette,
    printed_decimals,
    readable,
    statement_sources,
    to_units,
)
from core.charts.timeline import safe
from core.charts.verified import plain_legend
from core.formatting import accounting, percent, share_percent
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
                customdata=[[amount, share_percent(r, s)] for amount, r, s in
                            zip(labels(amounts, decimals=places), rounded, shares, strict=True)],
                text=[percent(r, decimals=1, sign=r < 0) if s and r is not None and abs(s) >= 5 else ""
                      for s, r in zip(shares, rounded, strict=True)],
                textposition="inside",
                # level, never turned to fit a thin segment: a label that fits no segment at `SEGMENT_TEXT_PX`
                # is not drawn (`uniformtext` "hide"), the hover keeping it (UI-59: Timberland's labels had stood
                # turned and tiny in thin segments)
                textangle=0,
                hovertemplate=(
                    f"{name}<br>%{{y}}: %{{customdata[1]}} of total, %{{customdata[0]}} ({unit})<extra></extra>"
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
                "Share of total": share_percent(listed[p][index], full.share(item, p)),
            }
            for p in periods
        )
    low, high = _share_range(expenses, periods)
    figure.update_xaxes(title_text="Share of the total (%)", range=[low, high], ticksuffix="%",
                        **share_ticks(low, high))
    figure.update_yaxes(autorange="reversed")
    # The total as printed: "Total costs and expenses" holds the cost of revenue, "Total operating expenses"
    # most often not.
    base_layout(figure, title=f"{safe(expenses.total.label)}: what it is made of", height=110 + 46 * len(periods))
    # "relative": a line that lowers the total (a grant recognised against the costs) is drawn left of zero.
    # Stacked on the others ("stack"), it had been drawn back over them and hidden three of their blocks.
    figure.update_layout(barmode="relative")
    # The caption says what is drawn (UI-53): a line folded into "Smaller lines (n)" draws nothing of its own
    # left of zero, and Timberland's OREO, (1) in one quarter of six, had been named there over no such bar.
    alt = (
        f"Stacked bars, one per period, each line's percentage of {' '.join(expenses.total.label.split())}: "
        + ", ".join(display_label(full.statement, item) for item in full.components)
        + "."
        + lowering_words(expenses, full, periods)
    )
    # a legend key in its line's plain colour: hatching marks a derived period's bar, never a line (UI-53: every
    # key had taken the derived first bar's hatching)
    plain_legend(figure)
    legend_under(figure)
    figure.update_layout(uniformtext={"minsize": SEGMENT_TEXT_PX, "mode": "hide"})
    sources = statement_sources(full.statement)
    rest = [item for item in full.components if item not in expenses.components]
    if rest:
        sources[" ".join(expenses.components[-1].label.split())] = tuple(item.span for item in rest)
    return Chart(figure, pd.DataFrame(rows), alt, sources)




SEGMENT_TEXT_PX = 11  # a share's label in its segment is set this large or not at all
AXIS_UNDER_PX = 56  # the share axis's ticks and title under the plot, a legend set under them


def legend_under(figure: go.Figure) -> None:
    """The legend under the share axis, the bars straight under the title: over the plot, Timberland's legend of
    eight entries had taken about half the chart, its bars pushed into the lower half (UI-59). The figure keeps the
    height `base_layout` gave it for the legend, the room now below the plot (the margin set, so Plotly need not
    grow it and the legend keeps its place under the axis). Call after `base_layout`."""
    rows = legend_rows(figure)
    if not rows:
        return
    bottom = AXIS_UNDER_PX + LEGEND_ROW_PX * rows + 10
    plot = int(figure.layout.height) - TITLE_ROOM_PX - bottom
    figure.update_layout(
        margin={"t": TITLE_ROOM_PX, "b": bottom},
        legend={"orientation": "h", "yref": "paper", "yanchor": "top", "y": -AXIS_UNDER_PX / max(plot, 1),
                "xanchor": "left", "x": 0},
    )


def lowering_words(drawn: ExpenseBreakdown, full: ExpenseBreakdown, periods: list[Period]) -> str:
    """The caption's words on the bars drawn left of zero: each drawn series below zero in some period, with those
    periods; nothing where none is. A line summed into "Smaller lines (n)" is said apart, as lowering that sum."""
    named = {id(item): item for item in full.components}
    said = []
    for item in drawn.components:
        below = [period_name(p) for p in periods if (drawn.amount(item, p) or 0) < 0]
        if below:
            name = display_label(full.statement, item) if id(item) in named else item.label
            said.append(f"{name} ({'; '.join(below)})")
    words = (f" Left of zero, lines that lower the total: {', '.join(said)}; the other lines then add up to more "
             "than 100%." if said else "")
    folded = [display_label(full.statement, item) for item in full.components
              if not any(item is kept for kept in drawn.components)
              and any((full.amount(item, p) or 0) < 0 for p in periods)]
    if folded:
        words += (f" Summed into {drawn.components[-1].label}, so drawn within it and not left of zero: "
                  f"{', '.join(folded)}, each below zero in some period (see the table).")
    return words


def share_ticks(low: float, high: float) -> dict[str, object]:
    """Ticks every 25% from zero, 100% always among them, and each end of an axis widened past 0-100% (UI-53: a
    bank's share axis had ticked 0-80% and stopped short of 100%)."""
    values = [float(v) for v in range(0, 101, 25)]
    values = [v for v in values if low - 0.01 <= v <= high + 0.01]
    return {"tickmode": "array", "tickvals": values}


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


def window_table(expenses: ExpenseBreakdown, window: Window, in_unit: int | None = None) -> pd.DataFrame | None:
    """Every line of the total in one window, full width on the page (UI-53: the charts' own tables had stood in
    half-width columns, their figures cut): its amount, its share of the total in tenths (each rounded on its own,
    as the share bars say it), its change against a year earlier and that change in percent said as the Periods
    table says it (`Change.percent_words`, to what the figures' rounding vouches for), then the total at 100%.
    In the release's unit where the page gives it (`in_unit`), as the change bars beside it read."""
    if window.prior is None:
        return None
    statement, scale = expenses.statement, expenses.statement.scale
    items = (*expenses.components, expenses.total)
    pairs = [(expenses.amount(item, window.current), expenses.amount(item, window.prior)) for item in items]
    changes = [None if now is None or then is None else now - then for now, then in pairs]
    shown = readable([to_units(v, scale) for v in (*(now for now, _ in pairs), *changes)], scale,
                     printed_decimals(statement), unit=in_unit)
    unit, places = statement_unit(statement, shown.shown), shown.decimals
    shares = _shares_to_100(expenses, window.current)
    rows = []
    moves = window_changes(expenses, window)
    for index, (item, (now, _then), change, moved) in enumerate(zip(items, pairs, changes, moves, strict=True)):
        total = item is expenses.total
        share = Decimal(100) if total and now else None if total else shares[index]
        rows.append({
            "Line": display_label(statement, item),
            f"Amount ({unit})": "" if now is None else accounting(shown.of(to_units(now, scale)), decimals=places),
            "% of total": "" if share is None else share_percent(
                share, None if total else expenses.share(item, window.current)),
            f"Change ({unit})": "" if change is None else accounting(shown.of(to_units(change, scale)),
                                                                   decimals=places),
            # "n/m" where no percent measures the change, as the Periods table says it (UI-59: Timberland's "Loss
            # (gain) on disposition ...", (3) against 8, had been blank here); blank only where no change is said
            "Change %": "" if change is None else moved.percent_words,
        })
    return pd.DataFrame(rows)


def window_changes(expenses: ExpenseBreakdown, window: Window) -> list[Change]:
    """Each line of the total, then the total, compared in `window`: the changes `window_table` says, whose legend
    the page prints under it (`comparisons.change_notes`)."""
    statement = expenses.statement
    return [Change(display_label(statement, item), item.concept, item.kind, expenses.amount(item, window.current),
                   None if window.prior is None else expenses.amount(item, window.prior), direction(item),
                   unit=statement.printed_unit())
            for item in (*expenses.components, expenses.total)]


def _shares_to_100(expenses: ExpenseBreakdown, period: Period) -> list[Decimal | None]:
    """Each line's share of the total in tenths, adding up to 100.0% where the lines add up to the total: each
    share's tenth below, and a tenth more to those with the largest remainders until they do (none moved a tenth
    or more). Rounded each on its own, Timberland's fifteen lines had added up to 99.8% (UI-53). Where the lines
    do not add up to the printed total (`ExpenseBreakdown.residual`), each is rounded on its own."""
    raw = [expenses.share(item, period) for item in expenses.components]
    if any(share is None for share in raw) or expenses.residual(period):
        return expenses.shares_shown(expenses.components, period)
    tenth = Decimal("0.1")
    floors = [(share or Decimal(0)).quantize(tenth, ROUND_FLOOR) for share in raw]
    short = int(((Decimal(100) - sum(floors, Decimal(0))) / tenth).to_integral_value())
    ranked = sorted(range(len(raw)), key=lambda i: (raw[i] or Decimal(0)) - floors[i], reverse=True)
    for index in ranked[:max(0, short)]:
        floors[index] += tenth
    return list(floors)
