"""Cash at each balance-sheet date and burn per month over a company's releases."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.cash import NOT_ESTIMATED
from core.analysis.cash_over_time import BurnPoint, burn_trend, burns_on_their_release, cash_series, count_changes
from core.analysis.periods import day_name, period_name
from core.analysis.series import CompanySeries
from core.charts.periods import wrap
from core.charts.style import (
    CURRENT,
    DERIVED_PATTERN,
    UNCHECKED_PATTERN,
    UNFAVOURABLE,
    UNVERIFIED_PATTERN,
    Chart,
    accounting_axis,
    base_layout,
    decimals_of,
    hatched,
    labels,
    readable,
    to_units,
)
from core.charts.timeline import (
    OVER_BAR,
    RESTATED_MARKER,
    beside_bars,
    drawn_as,
    drawn_as_many,
    label_positions,
    marks_sentence,
    other_readings,
    quarter_tick,
    safe,
    series_display_unit,
    series_sign,
    series_unit,
    time_axis,
    value_in_units,
)
from core.formatting import BEYOND_HORIZON, RUNWAY_HORIZON, accounting, as_a_name, runway_words, spelled_money


def cash_trend(series: CompanySeries) -> Chart | None:
    """Cash and investments at every balance date, with restated readings as crosses; named for the one line it
    counts where every date counts one and the same ("Cash and due from banks", a bank's, as its Overview card
    names it: UI-31), else "Cash and investments"."""
    points = cash_series(series)
    if not points:
        return None
    counted = {tuple(part.label for part in point.parts) for point in points}
    lines = next(iter(counted)) if len(counted) == 1 else ()
    named = as_a_name(lines[0]) if len(lines) == 1 else "Cash and investments"
    scale = series.scale
    x = [p.end.isoformat() for p in points]
    printed = [to_units(p.amount, scale) for p in points]
    # other releases' readings of each date, in the series' unit
    readings = [[r for part in point.parts for r in other_readings(series, part)] for point in points]
    # in millions or billions as the figures ask, as on the Cash page, the labels, hovers and table with the
    # axis (UI-43: the axis alone had been read so)
    shown = readable([*printed, *(value_in_units(o, scale) for others in readings for o in others)], scale,
                     decimals_of((p.amount for p in points), scale), unit=series_display_unit(series))
    ys, places, unit = shown.all(printed), shown.decimals, series_unit(series, shown.shown)
    # where what the line counts changes, it breaks, a dotted rule marks the first date of the new count and the
    # alt text says what changed (UI-51: Apple's long-term securities joined its total between 2004 and 2010)
    changes = count_changes(points)
    starts = [0, *(change.index for change in changes), len(points)]
    text, positions = labels(ys, decimals=places), label_positions(x, ys)
    for change in changes:
        # the first reading of a new count leans right, away from the rule's upright words on its left (UI-53:
        # Apple's "51,011" at Sep 25, 2010 had printed under "more lines counted")
        positions[change.index] = positions[change.index].split()[0] + " right"
    figure = go.Figure()
    for first, end in itertools.pairwise(starts):
        figure.add_trace(
            go.Scatter(
                x=x[first:end],
                y=ys[first:end],
                mode="lines+markers+text",
                # a long line's name on lines of 40 characters in the legend, the hover keeping it whole: at 390 px
                # "Cash, cash equivalents and investments in marketable securities" had run past the edge (UI-63)
                name=wrap(safe(named), LEGEND_CHARS),
                legendgroup=named,
                showlegend=first == 0,
                line={"color": CURRENT},
                text=text[first:end],
                textposition=positions[first:end],
                cliponaxis=False,
                # what the value is, not the date alone (UI-57)
                hovertemplate=f"{safe(named)}, %{{x}}: %{{text}} ({unit})<extra></extra>",
            )
        )
    for change in changes:
        # a rule like an axis cut's, its words upright beside it on the earlier side (`timeline.time_axis`)
        figure.add_shape(type="line", xref="x", yref="paper", x0=x[change.index], x1=x[change.index], y0=0, y1=1,
                         layer="below", line={"color": "#9a9a9a", "width": 1, "dash": "dot"})
        figure.add_annotation(xref="x", yref="paper", x=x[change.index], y=0, xanchor="right", yanchor="bottom",
                              textangle=-90, showarrow=False, font={"size": 10, "color": "#6a6a6a"},
                              text=change.short)
    rows = []
    others_x, others_y, others_text = [], [], []
    for name, point, value, others in zip(x, points, ys, readings, strict=True):
        for other in others:
            others_x.append(name)
            others_y.append(shown.of(value_in_units(other, scale)))
            others_text.append(f"{accounting(shown.of(to_units(other.value, scale)), decimals=places)} "
                               f"in {safe(other.source)}")
        rows.append(
            {
                "Date": day_name(point.end),
                f"{named} ({unit})": accounting(value, decimals=places),
                "Lines": " + ".join(p.label for p in point.parts),
                "Printed in": ", ".join(sorted({p.source for p in point.parts})),
                "Restated": "; ".join(
                    f"{accounting(shown.of(to_units(o.value, scale)), decimals=places)} in {o.source}" for o in others
                ),
            }
        )
    if others_x:
        figure.add_trace(
            go.Scatter(
                x=others_x,
                y=others_y,
                mode="markers",
                name="Another release's reading",
                marker=RESTATED_MARKER,
                text=others_text,
                hovertemplate="%{x}: %{text}<extra>restated</extra>",
            )
        )
    figure.update_yaxes(title_text=unit, **accounting_axis([*ys, *others_y]))
    base_layout(figure, title=f"{named} at each balance-sheet date", height=380)
    alt = f"{drawn_as(x)} of {named[0].lower()}{named[1:]} in {unit}: " + ", ".join(
        f"{row['Date']} {row[f'{named} ({unit})']}" for row in rows
    ) + "."
    if changes:
        alt += (" The line breaks where what it counts changes (the dotted rule): "
                + " ".join(change.words(day_name(points[change.index].end)) for change in changes))
    time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt)


LEGEND_CHARS = 40  # a legend entry's line, as the margins chart wraps its companies' names: a phone's plot holds it

# The Cash page's burn first (cash used: in operations, else the fall in cash), the net loss beside it under
# its own name: over time the net loss had been the only bars where no quarter printed its cash flow.
CASH_BURN = "Cash burn per month"
# The same bar where the rule says the fall in cash is no burn (revenue outruns it), named for what it is as the
# Cash page's card and the memo's row name it (UI-52: Alkermes's bar had read "Cash burn per month")
FALL_IN_CASH = "Fall in cash per month"
BURN_OR_FALL = "Cash burn or fall in cash per month"
BURN_METHODS = (
    (CASH_BURN, "cash_burn_monthly", CURRENT),
    ("Net loss per month", "net_loss_monthly", UNFAVOURABLE),
)


def burn_chart(series: CompanySeries) -> Chart | None:
    """Monthly burn per quarter by each method (bars, derived ones hatched as on the net-result chart) and
    the runway each implies at the quarter's end (lines, right axis). Estimates, each saying how it was
    made, as on the single-release Cash page, whose burn leads."""
    points = burn_trend(series)
    if not points:
        return None
    scale = series.scale
    sign = series_sign(series)
    x = [quarter_tick(p.quarter) for p in points]
    places = decimals_of((p.amount for p in cash_series(series)), scale)  # the cash's printed decimals
    # Bars, hovers and table in the unit the burns read best in, the cash beside them in the same one: Forian's
    # whole dollars had read "163,009" a month over "49,357,888" of cash (UI-44); now "163" and "49,358" of
    # $ thousands. Allos's 1,967 of $ thousands a month stays in thousands.
    shown = readable([to_units(_burn(p, field), scale) for p in points for _, field, _ in BURN_METHODS],
                     scale, places, unit=series_display_unit(series))
    unit = series_unit(series, shown.shown)
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    burns: list[float | None] = []
    runways: list[float | None] = []
    runway_days: list[list[str | None]] = []  # each runway's days drawn, to say it as lines or dots
    beyond = False  # a runway past the horizon, drawn at it
    apart = _windows_apart(points)
    named = _cash_burn_name(points)
    drawn_methods: list[str] = []
    marks: dict[str, str] = {}  # each figure the checks do not vouch for, by name (`Chart.figure_marks`)
    for order, (method, field, colour) in enumerate(BURN_METHODS):
        monthly = [_burn(p, field) for p in points]
        if all(m is None for m in monthly):
            continue
        method = named if field == "cash_burn_monthly" else method
        drawn_methods.append(method)
        # each bar's own name in its hover and row, where the row holds burns and falls alike
        own = [_bar_name(p, field, method) for p in points]
        ys = shown.all(to_units(m, scale) for m in monthly)
        burns.extend(ys)
        # every bar marked as the net-result chart marks its figure: derived hatched, a failed check's figure
        # cross-hatched, an unchecked one dotted (UI-63: Allos's derived quarters' net loss had stood solid)
        shapes = [_bar_mark(p, field) if m is not None else "" for p, m in zip(points, monthly, strict=True)]
        marks.update({f"{method}, {p.measured_over(field)}": p.status(field) for p, m in zip(points, monthly,
                      strict=True) if m is not None and p.status(field) in ("failed", "unchecked")})
        figure.add_trace(
            go.Bar(
                x=x, y=ys, name=method, yaxis="y",
                marker={"color": colour, "pattern": hatched(shapes)},
                # each bar named for the stretch its figure is measured over, not the quarter it stands at:
                # Forian's nine months' average had read as the quarter's (UI-48)
                customdata=[[p.measured_over(field), _how(p, field, sign), name] for p, name in zip(points, own,
                                                                                                    strict=True)],
                # and, where the bars of a quarter measure different stretches, each says its own on the bar: the
                # axis's "Sep 30 2024" under Forian's nine months' average beside the quarter's net loss had read
                # as one window for both (UI-49)
                text=[p.measured_over(field).replace(" to ", " to<br>", 1) if p.quarter.end in apart and m is not None
                      else "" for p, m in zip(points, monthly, strict=True)],
                textposition="inside", insidetextanchor="start", textangle=0, textfont={"color": "white"},
                hovertemplate=(f"{'%{customdata[2]}' if method == BURN_OR_FALL else method} over %{{customdata[0]}}: "
                               f"%{{y:,.{shown.decimals}f}} ({unit})"
                               "<br>%{customdata[1]}<extra></extra>"),
            )
        )  # fmt: skip
        bar = sum(isinstance(trace, go.Bar) for trace in figure.data) - 1  # the bar just drawn, among the bars
        runway = [p.runway(m, field) for p, m in zip(points, monthly, strict=True)]
        drawn = [_drawn_runway(r) for r in runway]
        runways.extend(drawn)
        runway_days.append([day if months is not None else None for day, months in zip(x, drawn, strict=True)])
        beyond = beyond or any(r is not None and r > RUNWAY_HORIZON for r in runway)
        if any(r is not None for r in runway):
            figure.add_trace(
                go.Scatter(
                    x=x,
                    y=drawn,
                    name=f"Runway at that rate: {method.lower()}",
                    mode="lines+markers",
                    line={"color": colour, "dash": "dot"},
                    marker={"size": runway_dot_size(order)},
                    yaxis="y2",
                    customdata=[runway_words(r) for r in runway],
                    text=[day_name(p.quarter.end) for p in points],  # the day, as the dot stands beside it
                    hovertemplate="%{text}: %{customdata} of cash<extra></extra>",
                    # over its own method's bar (`beside_bars`): two runways past the horizon, both drawn at
                    # it on one day, had stood one on the other (UI-46's ring, still one dot to a reader, UI-48)
                    meta={OVER_BAR: bar},
                )
            )
        for point, value, months, name in zip(points, monthly, runway, own, strict=True):
            rows.append(
                {
                    # the stretch the figure is measured over, as the bar's hover names it (UI-48)
                    "Measured over": point.measured_over(field),
                    # the figure before the method's name, as in every table over time (UI-45: in a half-width
                    # column the burn had been past the table's edge)
                    f"Burn per month ({unit})": accounting(shown.of(to_units(value, scale)), decimals=shown.decimals),
                    "Method": name,
                    f"Cash at quarter end ({unit})": accounting(shown.of(to_units(point.cash, scale)),
                                                                decimals=shown.decimals),
                    # past the horizon in the words of every other page, never "302.8" (UI-44)
                    "Runway (months)": _runway_cell(point, field, months),
                    "How": _how(point, field, sign) if value is not None else "",
                }
            )
    # The title, the axes and the caption promise only what is drawn: a runway axis, "and the runway it implies"
    # and "dots of the months of cash left" where a runway is drawn, and why none is where the rule gives none
    # (UI-52: Alkermes's chart had promised dots it did not draw, over a fall in cash named "Cash burn")
    any_runway = any(r is not None for r in runways)
    layout: dict[str, object] = {
        "yaxis": {"title": {"text": f"{'Burn per month' if named == CASH_BURN else 'Per month'} ({unit})"},
                  **accounting_axis(burns)}, "barmode": "group"}
    if any_runway:
        # Months of cash from zero, on ticks of its own: Plotly's had started at 2.12 and stepped by 7.06,
        # so a runway falling from 37 to 21 months looked like one running out.
        layout["yaxis2"] = {"title": {"text": "Runway (months)"}, "overlaying": "y", "side": "right",
                            "showgrid": False, **_runway_axis(runways, beyond=beyond), "zeroline": False}
    figure.update_layout(**layout)  # fmt: skip
    base_layout(figure, title=_burn_title(drawn_methods, any_runway), height=440)
    bars = [_BAR_WORDS.get(method, method.lower()) for method in drawn_methods]
    # "burn" only where the cash bar is one: Alkermes's fall in cash and net loss are no burn (UI-52)
    alt = (f"Bars of monthly burn per quarter in {unit}: " if named == CASH_BURN
           else f"Bars per quarter in {unit}, a month's figure each: ") + " and ".join(bars)
    if any_runway:
        # dots where no two of a runway's quarters are joined: "dotted lines" had been promised over dots alone
        # (UI-50)
        alt += (", with " + ("dotted lines" if drawn_as_many(runway_days) == "Lines" else "dots")
                + " of the months of cash left at each quarter's end at that rate, each over its own bar")
    alt += "." + _no_runway_said(points, sign, any_runway) + _longer_windows(points)
    alt += _on_their_release(series, points, lambda amount: accounting(shown.of(to_units(amount, scale)),
                                                                        decimals=shown.decimals), unit)
    alt += marks_sentence(marks)
    time_axis(figure)
    beside_bars(figure)
    return Chart(figure, pd.DataFrame(rows), alt, figure_marks=marks)


def _bar_mark(point: BurnPoint, field: str) -> str:
    """A burn bar's pattern, as `timeline.bar_pattern` marks a figure: hatched where derived, else cross-hatched
    where a failed check blames the figure it is taken from and dotted where no check speaks of it."""
    if point.derived(field):
        return DERIVED_PATTERN
    return {"failed": UNVERIFIED_PATTERN, "unchecked": UNCHECKED_PATTERN}.get(point.status(field), "")


# Each bar as the caption names it.
_BAR_WORDS = {
    CASH_BURN: "cash burn (cash used in operations and capital spending where both are printed, else cash used in "
               "operations, else the fall in cash and investments, as on the Cash page; hatched where derived)",
    FALL_IN_CASH: "the fall in cash and investments (no burn: revenue outruns it; hatched where derived)",
    BURN_OR_FALL: "cash burn (cash used in operations and capital spending where both are printed, else cash used in "
                  "operations, else the fall in cash and investments, as on the Cash page), "
                  "or the fall in cash where revenue outruns it and it is no burn (hatched where derived)",
    "Net loss per month": "the net loss per month (hatched where derived)",
}


def _cash_burn_name(points: tuple[BurnPoint, ...]) -> str:
    """The cash bar's name: "Cash burn per month", or "Fall in cash per month" where for every quarter drawn the
    rule says the fall is no burn (`BurnPoint.outrun_by`), or both names where the quarters differ."""
    kinds = {point.outrun_by is not None for point in points if point.cash_burn_monthly is not None}
    return BURN_OR_FALL if len(kinds) > 1 else FALL_IN_CASH if kinds == {True} else CASH_BURN


def _bar_name(point: BurnPoint, field: str, method: str) -> str:
    """One bar's own name, in its hover and the table's row: a quarter's fall in cash that revenue outruns is a
    fall, whatever the row of bars is named."""
    if field != "cash_burn_monthly" or method != BURN_OR_FALL:
        return method
    return FALL_IN_CASH if point.outrun_by is not None else CASH_BURN


def _burn_title(methods: list[str], any_runway: bool) -> str:
    """ "Burn per month and the runway it implies, quarter by quarter" where a runway is drawn; else the bars by
    name ("Fall in cash and net loss per month, quarter by quarter"), no runway promised."""
    if any_runway:
        return "Burn per month and the runway it implies, quarter by quarter"
    words = [method.removesuffix(" per month") for method in methods]
    said = " and ".join([words[0], *(word[0].lower() + word[1:] for word in words[1:])]) if words else "Burn"
    return f"{said} per month, quarter by quarter"


def _no_runway_said(points: tuple[BurnPoint, ...], sign: str, any_runway: bool) -> str:
    """Why no runway is drawn on a quarter's bars where the rule gives none (`runway_headline`, the Overview's
    and the Cash page's), quarter by quarter, in a sentence each; "" where none is refused."""
    said = []
    for point in points:
        day = day_name(point.quarter.end)
        if point.outrun_by is not None:
            revenue = spelled_money(point.outrun_by, currency=sign or "$")
            said.append(f"No runway is drawn at {day}: revenue ran at {revenue} a month, more than cash fell, so the "
                        "fall is no burn, and the net loss, which includes non-cash costs, says nothing of cash used "
                        "(the Overview's rule).")
        elif point.loss_outrun_by is not None and point.net_loss_monthly is not None:
            revenue = spelled_money(point.loss_outrun_by, currency=sign or "$")
            on = "on the net loss " if point.cash_burn_monthly is not None and any_runway else ""
            said.append(f"No runway is drawn {on}at {day}: revenue ran at {revenue} a month, more than the net loss, "
                        "which includes non-cash costs and says nothing of cash used (the Overview's rule).")
    return "".join(f" {sentence}" for sentence in said)


def _windows_apart(points: tuple[BurnPoint, ...]) -> set[date]:
    """The quarter-ends whose burn bars are measured over different stretches (a release's cash burn over its
    nine months beside the quarter's net loss), each of which the chart names on its bars."""
    return {point.quarter.end for point in points
            if len({point.measured_over(field) for _, field, _ in BURN_METHODS if _burn(point, field) is not None}) > 1}


def _on_their_release(series: CompanySeries, points: tuple[BurnPoint, ...], said: Callable[[Decimal], str],
                      unit: str) -> str:
    """Which release's figures a quarter's cash burn uses, where the series uses other readings of its balances
    (`burns_on_their_release`): " The Mar 31, 2005 burn, 1,667 a month, is halden_q1_2005.txt's own, on its cash
    of 60,000 at Dec 31, 2004 and 55,000 at Mar 31, 2005, as that release's Overview and Cash page give it; the
    cash chart and the table use halden_q3_2005.txt's restated 59,450 for Dec 31, 2004, on which it would be 1,483
    a month." (UI-57: the bar had stood beside the table's "used" 59,450 with no word of which it used.)"""
    sentences = []
    for found in burns_on_their_release(series, points):
        point = next(p for p in points if p.quarter == found.quarter)
        monthly = point.cash_burn_monthly if point.cash_burn_monthly is not None else Decimal(0)
        ends = (found.start, found.quarter.end)
        differ = [(end, used) for end, own, used in zip(ends, found.own, found.used, strict=True) if own != used]
        restated = " and ".join(f"{said(used)} for {day_name(end)}" for end, used in differ)
        on_used = (f", on which it would be {said(found.monthly_on_used)} a month" if found.monthly_on_used is not None
                   else ", on which cash did not fall")
        sentences.append(
            f" The {day_name(found.quarter.end)} burn, {said(monthly)} a month ({unit}), is {found.release}'s own, "
            f"on its cash of {said(found.own[0])} at {day_name(found.start)} and {said(found.own[1])} at "
            f"{day_name(found.quarter.end)}, as that release's Overview and Cash page give it; the cash chart and "
            f"the table use {' and '.join(found.restated_by) or 'a later release'}'s restated {restated}{on_used}.")
    return "".join(sentences)


def _longer_windows(points: tuple[BurnPoint, ...]) -> str:
    """A sentence naming each cash burn measured over a stretch other than its quarter (its release's estimate,
    where the quarter prints no cash flow of its own), so the caption says what the bar's label says: Forian's
    163 at Sep 30, 2024 is the nine months' average (UI-48)."""
    longer = [(point, over) for point in points
              if point.cash_burn_monthly is not None
              and (over := point.measured_over("cash_burn_monthly")) != point.measured_over("net_loss_monthly")]
    if not longer:
        return ""
    return " " + " ".join(f"The cash burn at {day_name(point.quarter.end)} is the monthly average over {over}, "
                          "no figure for the quarter alone being read." for point, over in longer)


RUNWAY_DOT_PX = 12  # the first method's runway dot; each later one is RUNWAY_DOT_STEP_PX smaller, drawn over it
RUNWAY_DOT_STEP_PX = 5


def runway_dot_size(order: int) -> int:
    """The runway dot of the `order`-th burn method, in px: each smaller than the one drawn before it, so where
    both runways stand at one point (both past the horizon, drawn at it) the earlier shows as a ring around the
    later. Alike, Forian's blue "5+ years" by cash burn had been hidden behind the orange one by net loss (UI-46)."""
    return max(RUNWAY_DOT_PX - RUNWAY_DOT_STEP_PX * order, 4)


def _drawn_runway(months: Decimal | None) -> float | None:
    """A runway as the chart draws it: at most RUNWAY_HORIZON, where a longer one stops and is said "5+ years",
    as on the Cash page's run-down (UI-44: Forian's 302.8 and 722.6 months had been plotted on an axis to 800,
    and printed so in the table and CSV, where every other page says "5+ years")."""
    if months is None:
        return None
    return float(min(months, RUNWAY_HORIZON))


def _runway_axis(drawn: list[float | None], *, beyond: bool) -> dict[str, object]:
    """The runway axis from zero; its tick at the horizon reads "5+ years" where a runway runs past it (the
    points drawn there stand for every runway beyond it, not for 60 months)."""
    axis = accounting_axis([0.0, *drawn])
    if beyond:
        horizon = float(RUNWAY_HORIZON)
        values, names = axis["tickvals"], axis["ticktext"]
        assert isinstance(values, list) and isinstance(names, list)
        kept = [(float(t), str(n)) for t, n in zip(values, names, strict=True) if float(t) < horizon]
        ticks, texts = [t for t, _ in kept] + [horizon], [n for _, n in kept] + [BEYOND_HORIZON]
        axis["tickvals"], axis["ticktext"] = ticks, texts
    return axis


def _burn(point: BurnPoint, field: str) -> Decimal | None:
    value = getattr(point, field)
    return value if isinstance(value, Decimal) else None


def _runway_cell(point: BurnPoint, field: str, months: Decimal | None) -> str:
    """The table's runway in the words of every other page: past the horizon never "302.8" (UI-44), and "Not
    estimated" for a fall in cash that revenue outruns, as the Overview and Compare's memo say it."""
    if point.outrun_by is not None or (field == "net_loss_monthly" and point.loss_outrun_by is not None
                                       and point.net_loss_monthly is not None):
        return NOT_ESTIMATED  # no runway on any of the quarter's burns, or on a net loss revenue outruns
    if months is None:
        return "—"
    return BEYOND_HORIZON if months > RUNWAY_HORIZON else f"{float(months):.1f}"


def _how(point: BurnPoint, field: str, sign: str = "$") -> str:
    """How the bar's figure was made, in words a reader can check against the release."""
    if field == "cash_burn_monthly" and point.outrun_by is not None:
        revenue = spelled_money(point.outrun_by, currency=sign or "$")
        return (f"{point.cash_burn_basis}; revenue ran at {revenue} a month, more than cash fell, so it is no burn "
                "from operations and no runway is drawn on it")
    if field == "cash_burn_monthly":
        return point.cash_burn_basis
    how = f"net result for {period_name(point.quarter).removesuffix(' (derived)')} divided by 3 months"
    if point.net_loss_basis:
        how = f"derived: {how}, {point.net_loss_basis}"  # as the cash burn's derived basis says it
    if point.outrun_by is not None:
        # a figure, never a runway, where the quarter's rule estimates none (UI-51)
        how += "; it includes non-cash costs, and no runway is drawn on it while revenue outruns the fall in cash"
    elif point.loss_outrun_by is not None:
        revenue = spelled_money(point.loss_outrun_by, currency=sign or "$")
        how += (f"; revenue ran at {revenue} a month, more than the loss, which includes non-cash costs, so no runway "
                "is drawn on it")
    return how

