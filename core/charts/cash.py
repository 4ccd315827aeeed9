"""Cash charts: cash and investments at each date, the balance-sheet composition, and the runway."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.cash import (
    BalanceSegment,
    BurnEstimate,
    CashPoint,
    balance_composition,
    cash_words,
    equity_name,
)
from core.analysis.currency import statement_currency, statement_unit
from core.analysis.periods import add_months, balance_dates, period_name
from core.charts.periods import wrap
from core.charts.style import (
    CURRENT,
    DERIVED_PATTERN,
    PRIOR,
    SHORT_UNITS,
    TOP_LINES,
    Chart,
    accounting_axis,
    base_layout,
    decimals_of,
    described,
    hatched,
    hover_money,
    labels,
    named_sources,
    palette,
    period_ticks,
    readable,
    to_units,
)
from core.charts.timeline import edge_room, month_ticks
from core.formatting import (
    RUNWAY_HORIZON,
    accounting,
    currency_sign,
    legend_names,
    runway_words,
    sentence_case,
    spelled_money,
    unit_label,
)
from core.model import Period, Statement


def cash_bars(points: tuple[CashPoint, ...], scale: int, currency: str = "USD",
              in_unit: int | None = None) -> Chart:
    """Cash and investments at each balance date, earliest first; the latest in the darker blue. `currency`
    is the balance sheet's (core.analysis.currency); `in_unit` the release's (`style.release_unit`), so the Cash
    page reads as its other pages do (UI-46), else the one the figures ask."""
    printed = [to_units(p.amount, scale) for p in points]
    # drawn, labelled, hovered and tabled in one unit, millions or billions as the figures ask: the axis alone
    # had said "$ millions" over Forian's bars labelled "48,339,575" (UI-43)
    shown = readable(printed, scale, decimals_of((p.amount for p in points), scale), unit=in_unit)
    values, places = shown.all(printed), shown.decimals
    unit = unit_label(shown.shown, currency=currency_sign(currency))
    names = [period_name(p.period) for p in points]
    figure = go.Figure(
        go.Bar(
            x=period_ticks(names),  # the year under its day where the dates would run together on a phone
            y=values,
            marker={"color": [CURRENT if i == len(points) - 1 else PRIOR for i in range(len(points))]},
            text=labels(values, decimals=places),
            textposition="outside",
            cliponaxis=False,
            customdata=names,
            hovertemplate=(f"{_what_the_points_hold(points)} at %{{customdata}}: "
                           f"{hover_money('y', shown.shown, places, currency=currency_sign(currency))}<extra></extra>"),
        )
    )
    figure.update_yaxes(title_text=unit, **accounting_axis(values))
    name = _what_the_points_hold(points)
    base_layout(figure, title=f"{name} at each balance-sheet date", height=380)
    figure.update_layout(showlegend=False)
    data = pd.DataFrame({"Date": names, f"{name} ({unit})": labels(values, decimals=places)})
    alt = described(f"Bars of {name[0].lower() + name[1:]} in {unit}", names, values, decimals=places)
    return Chart(figure, data, alt)


def _what_the_points_hold(points: tuple[CashPoint, ...]) -> str:
    """The bars' name: "Cash" where each is one line of cash alone ("Cash and cash equivalents"), "Cash and
    investments" where a line or the sum holds investments too (an insurer's cash alone titled "Cash and
    investments" had read as its $16.8 billion of investments: a browser review)."""
    if all(len(p.lines) == 1 and not _INVESTMENT_WORDS.search(p.lines[0]) for p in points):
        return "Cash"
    return "Cash and investments"


_INVESTMENT_WORDS = re.compile(r"\b(?:investments?|securities|marketable|deposits?)\b", re.IGNORECASE)


def _top_assets(balance: Statement, dates: tuple[Period, ...], top: int) -> set[str]:
    """The `top` largest asset lines at the latest date: the ones drawn one by one."""
    latest = [s for s in balance_composition(balance, dates[-1]) if s.side == "Assets"] if dates else []
    return {s.label for s in sorted(latest, key=lambda s: abs(s.amount), reverse=True)[:top]}


# The block of the asset lines beyond the largest, named with their count at each date ("Smaller asset lines
# (3)"); the legend names it once, without the count, for every date (`balance_bars`).
SMALLER_ASSETS = "Smaller asset lines"


def _grouped(segments: tuple[BalanceSegment, ...], keep: set[str]) -> list[BalanceSegment]:
    """Asset lines outside `keep` summed into one "Smaller asset lines (n)" block, at the bottom of the bar
    (named apart from a printed "Other assets" line, which a legend would otherwise show twice)."""
    rest = [s for s in segments if s.side == "Assets" and s.label not in keep]
    if len(rest) < 2:
        return list(segments)
    other = BalanceSegment("Assets", f"{SMALLER_ASSETS} ({len(rest)})", sum((s.amount for s in rest), Decimal(0)))
    kept = [s for s in segments if s not in rest]
    at = next((i for i, s in enumerate(kept) if s.side != "Assets"), len(kept))
    return [*kept[:at], other, *kept[at:]]


def balance_bars(balance: Statement, top: int = TOP_LINES, abbreviations: Iterable[str] = (),
                 in_unit: int | None = None) -> Chart:
    """Per date, a stacked assets bar beside a stacked liabilities-and-equity bar; derived blocks hatched.

    Assets are the lines the printed total adds up (core.analysis.structure), so the bar's height is the
    printed total; beyond the `top` largest, they are summed into "Smaller asset lines (n)". A line printed in
    capitals is named in sentence case, keeping `abbreviations` (the release's own, charts.release_abbreviations)
    as the waterfalls do (UI-41: Valaris's legend had read "PROPERTY AND EQUIPMENT, NET", "INVESTMENT IN ARO"
    and "TOTAL EQUITY" beside "Cash and cash equivalents"). `in_unit`: the release's (`style.release_unit`).
    """
    keep = frozenset(abbreviations)
    # The latest date and the one before it (usually the last year end): two pairs of bars stay readable
    # at phone width; the Cash chart beside this one shows cash at every date.
    dates = balance_dates(balance)[-2:]
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    colours: dict[str, str] = {}
    in_legend: set[str] = set()
    top_lines = _top_assets(balance, dates, top)
    # As many decimals as the release prints (212.4 of $ millions had hovered as "212").
    places = decimals_of((s.amount for period in dates for s in balance_composition(balance, period)), balance.scale)
    drawn = [(period, segment) for period in dates
             for segment in _grouped(balance_composition(balance, period), top_lines)]
    # One unit for the axis, hovers, table and caption, millions or billions as each bar's stack (above zero and
    # below it, a deficit) asks: Antero's axis had run to 14,000,000 of $ thousands (UI-42), then read
    # "$ billions" under a caption of "Stacked bars in $ thousands" and a table in thousands (UI-43).
    stacks: dict[tuple[str, str], list[float]] = {}
    for period, segment in drawn:
        ends = stacks.setdefault((period_name(period), segment.side), [0.0, 0.0])
        ends[0 if segment.amount >= 0 else 1] += to_units(segment.amount, balance.scale) or 0.0
    shown = readable([end for ends in stacks.values() for end in ends], balance.scale, places,
                     also=(to_units(segment.amount, balance.scale) for _, segment in drawn), unit=in_unit)
    places = shown.decimals
    unit = statement_unit(balance, shown.shown)
    sign = currency_sign(statement_currency(balance))
    # the legend names a line without the figures its label prints, the hover and the table keeping them (UI-55)
    names = legend_names(sentence_case(segment.label, keep) for _, segment in drawn)
    for period, segment in drawn:
            label = sentence_case(segment.label, keep)
            # one legend entry and one colour for the smaller lines at every date, their count said in the
            # hover and the table: "Smaller asset lines (3)" and "(2)" had stood in the legend as two (UI-42)
            legend = SMALLER_ASSETS if segment.label.startswith(f"{SMALLER_ASSETS} (") else names[label]
            # the palette every chart takes, less the sky blue that the cash chart beside gives the earlier date:
            # next to the blue it had drawn Aflac's equity and investments as two blues hard to tell apart (UI-55)
            colour = colours.setdefault(legend, palette(len(colours) + 1, without=(PRIOR,))[-1])
            value = shown.of(to_units(segment.amount, balance.scale))
            figure.add_trace(
                go.Bar(
                    x=[[period_name(period)], [segment.side.replace(" and ", "<br>& ")]],
                    y=[value],
                    # wrapped: "Redeemable noncontrolling interests in equity of consolidated subsidiaries"
                    # would run past a phone's edge on one line
                    name=wrap(legend + (" (derived)" if segment.derived else ""), 40),
                    legendgroup=legend,
                    # at the first date the line is drawn: a line new at the latest date (Verdanta's
                    # "Operating lease right-of-use assets", first booked in 2019) had had no legend entry
                    showlegend=legend not in in_legend,
                    marker={"color": colour, "pattern": hatched(DERIVED_PATTERN if segment.derived else "")},
                    # what the value is, at which date, with its unit (UI-57)
                    hovertemplate=(f"{label}, {period_name(period)}: "
                                   f"{hover_money('y', shown.shown, places, currency=sign)}<extra></extra>"),
                )
            )
            in_legend.add(legend)
            rows.append(
                {
                    "Date": period_name(period),
                    "Side": segment.side,
                    "Line": label,
                    f"Amount ({unit})": accounting(value, decimals=places),
                    "Derived": segment.derived,
                }
            )
    figure.update_yaxes(title_text=unit, **accounting_axis(shown.all(end for ends in stacks.values() for end in ends)))
    base_layout(figure, title="Balance sheet: assets against liabilities and equity", height=460)
    # "relative": a stockholders' deficit stands below zero. Stacked on the liabilities ("stack"), it had been
    # drawn back over them, a cap of the equity colour that read as positive equity above a taller bar.
    figure.update_layout(barmode="relative")
    alt = f"Stacked bars in {unit} for each balance date: assets line by line beside liabilities and equity."
    negative = list(dict.fromkeys(str(row["Line"]) for row in rows if str(row[f"Amount ({unit})"]).startswith("(")))
    if negative:
        alt += f" Below zero: {', '.join(negative)}."
    sources = named_sources(balance, keep)  # by the names drawn, so a click on a renamed line finds it
    for label, name in names.items():
        if label in sources:
            sources.setdefault(name, sources[label])
    for name, concept in (("Liabilities", "total_liabilities"), (equity_name(balance), "stockholders_equity")):
        item = balance.item(concept)
        if item is not None:
            sources[name] = (item.span,)
    return Chart(figure, pd.DataFrame(rows), alt, sources)


_DAYS_A_MONTH = 365.25 / 12


def runway_hover(what: str, estimate: str, monthly: str, money: str, sign: str) -> str:
    """A run-down line's hover: what its value is, at what pace, with its unit: "Cash and investments left at the
    pace of the net loss ($2,384K a month), Sep 2004: $31,764K". UI-57: Allos's had read "Net loss per month /
    Jun 2004: 34,148 ($ thousands)", the cash left taken for the month's loss."""
    pace = estimate.removesuffix(" per month")
    pace = pace[0].lower() + pace[1:] if pace[:2] != pace[:2].upper() else pace
    return (f"{what[0].upper() + what[1:]} left at the pace of the {pace} ({monthly} a month), %{{x|%b %Y}}: {money}"
            "<extra></extra>")


# The band under the zero line the run-out labels stand in: a row's height as a share of the axis's span above zero,
# and how near (a share of the chart's days) two ends may lie before their labels take different rows: at a phone's
# 420 px two ends a few months apart lie a label's width apart or less
RUN_OUT_ROW_SHARE = 0.18
RUN_OUT_NEAR_SHARE = 0.3


def _name_ends(figure: go.Figure, ends: list[tuple[int, date, float | None, bool]], colours: tuple[str, ...],
               top: float) -> None:
    """Each line's end named under it in its colour: "runs out / Sep 9, 2005" where it reaches zero, "lasts past /
    Jun 2009" where it is drawn to the horizon and stops. The labels stand in a band under the zero line, where no
    line runs, each under its own end with a short stroke up to it, an end near the one before it a row lower (UI-58:
    set above the ends, the faster line's label had covered the slower line, its white box hiding two of its points,
    and at 420 px the two labels had touched). UI-57: only the slower line's day had been named, on the axis.
    `top`: the axis's highest value, the band's rows a share of it."""
    if not ends:
        return
    row = top * RUN_OUT_ROW_SHARE
    ordered = sorted(ends, key=lambda end: end[1])
    span = max((ordered[-1][1] - ordered[0][1]).days, 1)
    first = min(day for trace in figure.data for day in trace.x)
    reach = max((ordered[-1][1] - first).days, 1)
    rows: list[int] = []
    for position, (_, day, _, _) in enumerate(ordered):
        near = position > 0 and (day - ordered[position - 1][1]).days < RUN_OUT_NEAR_SHARE * max(span, reach)
        rows.append(rows[-1] + 1 if near else 0)
    for (index, day, value, beyond), level in zip(ordered, rows, strict=True):
        text = f"lasts past<br>{day:%b %Y}" if beyond else f"runs out<br>{day:%b} {day.day}, {day.year}"
        latest = day == ordered[-1][1]
        figure.add_annotation(
            x=day.isoformat(), y=value or 0.0, ax=day.isoformat(), ay=-row * (level + 0.9), axref="x", ayref="y",
            text=text, showarrow=True, arrowhead=0, arrowwidth=1, arrowcolor=colours[index], standoff=2,
            xanchor="right" if latest else "center", yanchor="top", align="right" if latest else "center",
            font={"size": 11, "color": colours[index]},
        )
    low = -row * (max(rows) + 1.9)
    current = figure.layout.yaxis.range
    figure.update_yaxes(range=[min(low, current[0]) if current else low, current[1] if current else top])


def _after(day: date, months: Decimal) -> date:
    """The day `months` (not a whole number) after `day`, at the average month's length."""
    return day + timedelta(days=round(float(months) * _DAYS_A_MONTH))


# Each run-down line's dash and marker, one per estimate: the Cash page draws up to four (core.analysis.cash:
# the fall in cash, the net loss, the operating cash flow with and without capital spending), and a dash and
# a marker of its own keep them apart where colour does not (a reader who sees few colours; UI-42: Cree's
# two operating cash flow lines had both been solid blue with round markers, colours and dashes cycling after three).
RUNWAY_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")
RUNWAY_MARKERS = ("circle", "square", "diamond", "triangle-up", "x", "cross")


# A runway line's legend entry wraps at this many characters, a line of a phone's legend
RUNWAY_LEGEND_CHARS = 40


def over_window(name: str, over: str) -> str:
    """An estimate's name with the stretch it is measured over, before its "per month": "Operating cash flow, 9M
    to Sep 30, 2024, per month". Forian's two runways, one from nine months' operating cash flow and one from the
    quarter's net loss, had been keyed "Operating cash flow per month" and "Net loss per month" alone, the
    windows said only in the cards' small print above (UI-49). A name with no window is left as it is."""
    if not over:
        return name
    return f"{name.removesuffix(' per month')}, {over}, per month"


def runway_projection(point: CashPoint, estimates: tuple[BurnEstimate, ...], scale: int,
                      currency: str = "USD", in_unit: int | None = None) -> Chart | None:
    """Cash run down from the latest balance at each burn estimate, month by month, until it reaches zero.

    A straight line is the whole model: it shows what "N months of runway" means, not a forecast. A line that
    would run past RUNWAY_HORIZON is drawn to it and no further, said "5+ years" (UI-41: Forian's
    line had run 25 years out to a month it named). `in_unit`: the release's (`style.release_unit`).
    """
    burning = [e for e in estimates if e.monthly is not None and e.runway_months is not None]
    if not burning:
        return None
    sign = currency_sign(currency)
    # the cash as printed (212.4 of $ millions, not 212), in millions or billions as its size asks, the axis,
    # hovers and table alike (UI-43: Forian's axis had read "$ millions" over a table of whole dollars)
    shown = readable([to_units(point.amount, scale)], scale, decimals_of((point.amount,), scale),
                     also=[to_units(e.monthly, scale) for e in burning], unit=in_unit)
    unit, places = unit_label(shown.shown, currency=sign), shown.decimals
    what = cash_words((point,))  # "cash and cash equivalents" where the sheet prints no investments

    def named(estimate: BurnEstimate) -> str:
        # by what it is computed from (`BurnEstimate.name`): "Free cash flow" only as the release prints it
        return estimate.name.replace("cash and investments", what)

    figure = go.Figure()
    rows: list[dict[str, object]] = []
    all_values: list[float | None] = []
    colours = palette(len(burning))
    money = hover_money("y", shown.shown, places, currency=sign)
    ends: list[tuple[int, date, float | None, bool]] = []
    for index, estimate in enumerate(burning):
        assert estimate.monthly is not None and estimate.runway_months is not None
        monthly = (f"{sign}{accounting(shown.of(to_units(estimate.monthly, scale)), decimals=places)}"
                   f"{SHORT_UNITS.get(shown.shown, '')}")
        # Month by month while cash lasts, then the day it runs out: a last step of a whole month had run
        # the line to zero up to a month late, after a table giving the month before the true one.
        beyond = estimate.runway_months > RUNWAY_HORIZON
        whole = int(RUNWAY_HORIZON) if beyond else int(estimate.runway_months)
        runs_out = _after(point.period.end, estimate.runway_months)
        xs = [*(add_months(point.period.end, m) for m in range(whole + 1)), *([] if beyond else [runs_out])]
        ys = [*(shown.of(to_units(point.amount - estimate.monthly * m, scale)) for m in range(whole + 1)),
              *([] if beyond else [0.0])]
        all_values.extend(ys)
        figure.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines+markers",
                name=wrap(f"{over_window(named(estimate), estimate.over)}: {runway_words(estimate.runway_months)}",
                          RUNWAY_LEGEND_CHARS),
                line={"color": colours[index], "dash": RUNWAY_DASHES[index % len(RUNWAY_DASHES)]},
                marker={"symbol": RUNWAY_MARKERS[index % len(RUNWAY_MARKERS)]},
                hovertemplate=runway_hover(what, named(estimate), monthly, money, sign),
            )
        )
        ends.append((index, xs[-1], ys[-1], beyond))
        rows.append(
            {
                "Estimate": named(estimate),
                f"Monthly burn ({unit})": accounting(shown.of(to_units(estimate.monthly, scale)), decimals=places),
                "Runway": runway_words(estimate.runway_months),
                # past the horizon, after the month the line stops at: "not within 5 years" beside a runway of
                # "5+ years" had said the horizon two ways (UI-43)
                "Cash runs out around": f"after {xs[-1]:%b %Y}" if beyond else runs_out.strftime("%b %Y"),
            }
        )
    figure.update_yaxes(title_text=f"{what.capitalize()} left ({unit})", **accounting_axis(all_values))
    # Ticked at the projection's own months from the balance-sheet date, every few months alike: Plotly's own
    # ticks fell on Sundays ("Mar 29 2020" before Valaris's Mar 31 balance, UI-40), and every n-th of its dates
    # counted back from the last on no regular month (UI-42: Cree's "Oct 29 2020, Dec 29 2021, Feb 28 2023").
    days = sorted({day for trace in figure.data for day in trace.x})
    figure.update_xaxes(title_text="Month (straight-line estimate)", type="date",
                        range=[(days[0] - edge_room(days[0], days[-1])).isoformat(),
                               (days[-1] + edge_room(days[0], days[-1])).isoformat()],
                        # the days cash runs out are named at each line's end (`_name_ends`), not on the axis
                        **month_ticks(point.period.end, days[-1], end_named=False))
    _name_ends(figure, ends, colours, max(v for v in all_values if v is not None))
    base_layout(
        figure,
        title=f"How long {spelled_money(point.amount, currency=sign)} lasts at each burn rate",
    )
    alt = (
        "Lines running the latest cash down to zero at each burn estimate: "
        + "; ".join(f"{row['Estimate']} {row['Runway']}" for row in rows)
        + "."
    )
    return Chart(figure, pd.DataFrame(rows), alt)
