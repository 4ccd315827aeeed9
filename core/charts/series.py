"""Charts of one company over time: net result, expense lines, per-share result, share count, margins.

Every chart plots the series' chosen value per quarter (or balance date). Derived quarters are hatched
bars or hollow markers; where releases disagree (a restatement), the other readings are drawn as crosses
beside the value used, and the table under the chart names each reading's release. Cash and burn over time
are in core.charts.cash_over_time."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.currency import EACH_OWN
from core.analysis.metrics import METRIC_NAMES, marked_margin_history
from core.analysis.per_share import equity_words_of
from core.analysis.periods import day_name, period_name
from core.analysis.series import CompanySeries, Observation, carried_lines
from core.charts.style import (
    CURRENT,
    NEUTRAL,
    TOP_LINES,
    TOTAL,
    UNFAVOURABLE,
    Chart,
    Readable,
    accounting_axis,
    base_layout,
    contrasting,
    decimals_of,
    hatched,
    labelled_readable,
    labels,
    palette,
    readable,
)
from core.charts.timeline import (
    POINT_SYMBOLS,
    bar_pattern,
    drawn_as,
    drawn_as_many,
    figure_marks,
    label_positions,
    marks_sentence,
    other_readings,
    point_symbol,
    printed_places,
    quarter_tick,
    restated_trace,
    safe,
    series_display_unit,
    series_sign,
    series_unit,
    table_rows,
    time_axis,
    value_in_units,
)
from core.formatting import (
    STATUS_MARKS,
    STATUS_WORDS,
    as_a_name,
    how_many,
    marked,
    share_label_places,
    shares_in_millions,
)
from core.formatting import printed_places as figure_places
from core.model import Period, Release


def line_bars(series: CompanySeries, key: str, title: str) -> Chart | None:
    """One line's quarterly values as bars, losses in vermillion, derived quarters hatched; drawn, labelled,
    hovered and tabled in the unit its labels read best in (`style.labelled_readable`), as the cash and burn
    charts beside it are: Forian's whole dollars had drawn "4,342,091" on ticks of 2,000,000 beside cash in
    $ millions (UI-45); now "4,342" and "(205)" of $ thousands."""
    points = series.points(key)
    if not points:
        return None
    scale = series.scale
    x = [quarter_tick(p.period) for p in points]
    places = decimals_of((p.value for p in points), scale)
    # amounts in the unit their labels read best in; a line of figures per share or counts as printed
    shown = (labelled_readable([value_in_units(p, scale) for p in points], scale, places,
                               [value_in_units(o, scale) for p in points for o in other_readings(series, p)],
                               unit=series_display_unit(series))
             if all(p.kind == "amount" for p in points) else Readable(scale, places, 1.0))
    unit = series_unit(series, shown.shown)
    values = [value_in_units(p, scale) / shown.factor for p in points]
    places = shown.decimals
    name = as_a_name(series.label(key))
    figure = go.Figure(
        go.Bar(
            x=x,
            y=values,
            name=safe(name),
            marker={
                "color": [UNFAVOURABLE if v < 0 else CURRENT for v in values],
                "pattern": hatched([bar_pattern(p) for p in points]),
            },
            text=labels(values, decimals=places),
            textposition="outside",
            # every bar's label at the axis font, not shrunk to its bar's width: at a phone's 420 px Allos's
            # "(11,771)" for the quarter to Jun 30, 2003 had been shrunk out of sight (UI-52)
            constraintext="none",
            cliponaxis=False,
            hovertemplate=f"{safe(name)}, %{{x}}: %{{text}} ({unit})<extra></extra>",  # what the value is (UI-57)
        )
    )
    restated = restated_trace(series, points, x, shown)
    if restated is not None:
        figure.add_trace(restated)
    figure.update_yaxes(title_text=unit, **accounting_axis([*values, *(restated.y if restated else ())]))
    base_layout(figure, title=title, height=380)
    figure.update_layout(showlegend=restated is not None)
    data = pd.DataFrame(table_rows(series, points, series.label(key), unit, shown=shown))
    marks = figure_marks(series.label(key), points)
    # the line named as every other page names it ("Net income", never Buckle's "NET INCOME": UI-45)
    alt = (
        f"Bars of {name} per quarter in {unit}: "
        + ", ".join(f"{row['Period']} {row[f'Value ({unit})']}" for row in data.to_dict("records"))
        + "." + marks_sentence(marks)
    )
    time_axis(figure)
    return Chart(figure, data, alt, figure_marks=marks)


def expense_lines(series: CompanySeries, top: int = TOP_LINES) -> Chart | None:
    """Each expense line per quarter, and their total dashed, named as the Expenses page names it ("Total
    noninterest expense" for a bank); hollow markers for derived values. In the unit its figures read best in
    (`style.readable`), as the cash chart beside it: Forian's whole dollars had read "6,000,000" on its axis
    (UI-45).

    At most `top` lines one by one, the largest (`largest_lines`), the rest summed quarter by quarter into one
    "Smaller lines (n)" series, as the Expenses page sums its mix's (`charts.expenses.top_components`), so the
    points still add up to the total: Oracle's fiscal 2014 and 2022 releases had drawn fourteen lines, each its
    own colour, one no reader could tell from the next (UI-47). The table under the chart lists every line."""
    keys = [k for k in dict.fromkeys((*series.expense_keys, series.expense_total)) if series.points(k)]
    if not keys:
        return None
    # Only the lines every release prints are drawn where some are named apart: a line one release prints is dots
    # beside another's, none to follow (UI-50: Oracle's fiscal 2014 and 2022); the others are said and tabled.
    across = carried_lines(series)
    lines = [k for k in keys if k != series.expense_total and k in across.carried]
    apart = [k for k in keys if k != series.expense_total and k not in across.carried]
    kept, folded = largest_lines(series, lines, top)
    scale = series.scale
    quarters = series.quarters
    x = [quarter_tick(q) for q in quarters]
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    plotted: list[float | None] = []
    marks: dict[str, str] = {}
    drawn = [p for key in keys for p in series.points(key)]
    shown = readable([value_in_units(p, scale) for p in drawn], scale, printed_places(series, drawn),
                     [value_in_units(o, scale) for p in drawn for o in other_readings(series, p)],
                     unit=series_display_unit(series))
    unit, places = series_unit(series, shown.shown), shown.decimals
    traced: list[list[str | None]] = []  # each series' points' dates, to say whether any two are joined
    revenue_named = named_after_revenue(series.releases)
    # no series in black or grey, the total's colour: Oracle's "Smaller lines (7)" in black had read as its grey
    # total (UI-48)
    order = [*kept, *([None] if folded else [])]
    sums = _summed(series, folded, quarters) if folded else []
    # coloured by where each stands at the latest quarter, largest first, from a palette whose neighbours differ:
    # in printed order Oracle's blue had stood beside its sky blue, its orange beside the yellow (UI-57)
    colours = _by_standing(order, contrasting(palette(len(order), without=NEUTRAL)), series, sums)
    smaller = f"Smaller lines ({len(folded)})"
    # the lines one by one, then their smaller ones summed (None), then the total
    order = [*order, *(k for k in keys if k == series.expense_total)]
    for index, key in enumerate(order):
        if key is None:
            found, name = sums, smaller
        else:
            by_end = {p.period.end: p for p in series.points(key)}
            found = [by_end.get(q.end) for q in quarters]
            name = cost_named(as_a_name(series.label(key)), revenue_named)
        ys = [None if p is None else value_in_units(p, scale) / shown.factor for p in found]
        plotted.extend(ys)
        traced.append([tick if p is not None else None for tick, p in zip(x, found, strict=True)])
        total = key == series.expense_total
        figure.add_trace(
            go.Scatter(
                x=x,
                y=ys,
                name=safe(name),
                mode="lines+markers",
                connectgaps=False,
                line={
                    "color": TOTAL if total else colours[index],
                    "dash": "dash" if total else "solid",
                },
                marker={
                    "size": 9,
                    "symbol": [point_symbol(p) for p in found],
                },
                hovertemplate=f"{safe(name)}, %{{x}}: %{{y:,.{places}f}} ({unit})<extra></extra>",
            )
        )
        present = tuple(p for p in found if p is not None)
        if key is None:
            rows.extend(_sum_rows(series, present, folded, unit, shown))
            for line in folded:  # each summed line in the table under its own name, its marks and readings
                marks.update(figure_marks(series.label(line), series.points(line)))
                rows.extend(table_rows(series, series.points(line), series.label(line), unit, shown=shown))
            continue
        marks.update(figure_marks(series.label(key), present))
        rows.extend(table_rows(series, present, series.label(key), unit, shown=shown))
        if total:
            for line in apart:  # the lines left out of the chart, each in the table all the same
                marks.update(figure_marks(series.label(line), series.points(line)))
                rows.extend(table_rows(series, series.points(line), series.label(line), unit, shown=shown))
        restated = restated_trace(series, present, [quarter_tick(p.period) for p in present], shown)
        if restated is not None:
            restated.update(showlegend=not any(t.name == restated.name for t in figure.data))
            figure.add_trace(restated)
    figure.update_yaxes(title_text=unit, **accounting_axis(plotted))
    name = safe(series.expense_total_label)
    base_layout(figure, title=f"{name} per quarter, line by line (hollow markers are derived)")
    named = ", ".join(as_a_name(series.label(k)) for k in kept)
    if folded:
        what = (f"the costs making up {name} per quarter, in {unit}: the {len(kept)} largest one by one, {named}; "
                f"the other {len(folded)} summed as {smaller}: "
                + ", ".join(as_a_name(series.label(k)) for k in folded) + " (each listed in the table)")
    else:
        what = f"the costs making up {name} per quarter, in {unit}, one by one: {named}"
    if not kept and not folded:
        what = f"{name} per quarter, in {unit}"
    elif series.expense_total in keys:
        what += f"; and {as_a_name(series.label(series.expense_total))}"
    if apart:
        # each period's clause once, its lines once: two files holding one release (Apple's Q3 FY2004 as its exhibit
        # and as its whole submission) had said "only in the release to Jun 26, 2004: Restructuring costs" twice
        # (UI-63)
        clauses: dict[str, list[str]] = {}
        for said, left in across.apart:
            names = clauses.setdefault(said, [])
            names.extend(named_line for k in left if (named_line := as_a_name(series.label(k))) not in names)
        what += (". Not drawn, as not every release prints them under one name (renamed, new or no longer printed; "
                 "each in the table): " + "; ".join(
                     f"only in the release to {said}: " + ", ".join(names) for said, names in clauses.items()))
    # "Dots" where no two points of any series are joined (`drawn_as`): Oracle's quarters a year apart (UI-47)
    alt = f"{drawn_as_many(traced)} of {what}." + marks_sentence(marks, bars=False)
    time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt, figure_marks=marks)


def named_after_revenue(releases: Iterable[Release]) -> frozenset[str]:
    """The words (lower case) of the cost lines a release names after the revenue they serve: printed under a
    heading of costs ("OPERATING EXPENSES", "Cost of revenues") with the same words as a line under its revenue
    heading. Oracle's "Cloud services and license support", "Hardware" and "Services" stand under both."""
    named: set[str] = set()
    for release in releases:
        statement = release.statement("operations")
        if statement is None:
            continue
        under: dict[str, set[str]] = {}
        for item in statement.items:
            under.setdefault(" ".join(item.label.lower().split()), set()).add(item.section.strip().lower())
        named.update(words for words, sections in under.items() if words and len(sections) > 1
                     and any(REVENUE_HEADING.search(h) for h in sections)
                     and any(COST_HEADING.search(h) for h in sections))
    return frozenset(named)


def cost_named(name: str, revenue_named: frozenset[str]) -> str:
    """A cost line's name on the costs chart, "Cost: Hardware" where its release names it after the revenue it
    serves (`named_after_revenue`): UI-57 had read Oracle's "Hardware" and "Services" among the costs as revenue."""
    return f"Cost: {name}" if " ".join(name.lower().split()) in revenue_named else name


# The headings a release sets its revenue lines and its cost lines under
REVENUE_HEADING = re.compile(r"\b(?:revenues?|sales)\b(?!.*\bcosts?\b)", re.IGNORECASE)
COST_HEADING = re.compile(r"\b(?:costs?|expenses?)\b", re.IGNORECASE)


def _by_standing(order: list[str | None], colours: tuple[str, ...], series: CompanySeries,
                 sums: list[Observation | None]) -> list[str]:
    """`colours` given out down the lines as they stand at the latest quarter each prints (the summed smaller lines
    as `None`), so the lines drawn next to each other take colours next to each other in `contrasting`'s order."""
    def latest(key: str | None) -> float:
        found = [p for p in (sums if key is None else series.points(key)) if p is not None]
        last = max(found, key=lambda p: p.period.end, default=None)
        return -math.inf if last is None else float(value_in_units(last, series.scale))

    ranked = sorted(range(len(order)), key=lambda i: latest(order[i]), reverse=True)
    given = [""] * len(order)
    for rank, index in enumerate(ranked):
        given[index] = colours[rank]
    return given


def largest_lines(series: CompanySeries, keys: list[str], top: int = TOP_LINES) -> tuple[list[str], list[str]]:
    """`keys` parted into those drawn one by one and those summed: all one by one where at most `top` + 1 (one
    line summed alone says nothing a line of its own would not), else the `top` largest, by the largest amount
    each prints in any quarter (a line only the older releases print, Oracle 2014's "Hardware systems products"
    443, is as large as it ever was, not nothing), each part in the statement's order."""
    if len(keys) <= top + 1:
        return list(keys), []
    size = {key: max(abs(p.value) for p in series.points(key)) for key in keys}
    largest = set(sorted(keys, key=lambda key: size[key], reverse=True)[:top])  # (a stable sort: ties in order)
    return [k for k in keys if k in largest], [k for k in keys if k not in largest]


_WORST_FIRST = ("failed", "unchecked")


def _summed(series: CompanySeries, keys: list[str], quarters: tuple[Period, ...]) -> list[Observation | None]:
    """The lines `keys` summed in each of `quarters`: the exact sum of the amounts printed (or derived) for it,
    None where none of them has one. A sum is derived where any of its parts is, and as sure as the least sure
    of them (`point_symbol`, the table's marks)."""
    found: list[Observation | None] = []
    for quarter in quarters:
        parts = [p for key in keys if (p := series.value(key, quarter.end)) is not None]
        if not parts:
            found.append(None)
            continue
        derived = [p for p in parts if p.derived]
        status = next((s for s in _WORST_FIRST if any(p.status == s for p in parts)), parts[0].status)
        found.append(dataclasses.replace(
            parts[0], key="smaller_lines", label=f"Smaller lines ({len(keys)})",
            value=sum((p.value for p in parts), Decimal(0)),
            source=", ".join(dict.fromkeys(p.source for p in parts)),
            basis="; ".join(p.basis for p in derived), status=status))
    return found


def _sum_rows(series: CompanySeries, sums: tuple[Observation, ...], keys: list[str], unit: str,
              shown: Readable) -> list[dict[str, object]]:
    """The table's rows of the summed lines' series: each quarter's sum, saying how many lines it adds."""
    rows = table_rows(series, sums, sums[0].label if sums else "", unit, shown=shown)
    for row, point in zip(rows, sums, strict=True):
        count = sum(series.value(key, point.period.end) is not None for key in keys)
        row["How"] = (f"sum of {how_many(count, 'line')} for this quarter, each listed below"
                      + (", some derived" if point.derived else ""))
    return rows


def per_share_trend(series: CompanySeries) -> Chart | None:
    """Printed net result per share per quarter (diluted where printed, else basic), per unit for a
    partnership that prints it so."""
    one = equity_words_of(series.releases[-1:]).one
    key = "eps_diluted" if series.points("eps_diluted") else "eps_basic"
    points = series.points(key)
    if not points:
        return None
    x = [quarter_tick(p.period) for p in points]
    values = [float(p.value) for p in points]
    sign = series_sign(series)
    places = max(figure_places(p.value) for p in points)  # "as printed": 13.2 cents is 0.132
    figure = go.Figure(
        go.Bar(
            x=x,
            y=values,
            # named as its line is: unnamed, its legend entry had read "trace 0" beside the crosses (UI-64)
            name=safe(as_a_name(series.label(key))),
            marker={"color": [UNFAVOURABLE if v < 0 else CURRENT for v in values],
                    "pattern": hatched([bar_pattern(p) for p in points])},
            text=labels(values, decimals=places, currency=sign),
            textposition="outside",
            # every bar's label at the axis font, as the net result's bars beside it (UI-52): shrunk to their bars'
            # width, Oracle's $0.80 (2013) and $1.16 (2022) at the axis's ends had gone unlabelled (UI-56)
            constraintext="none",
            cliponaxis=False,
            hovertemplate=f"%{{x}}: %{{text}} per {one}<extra></extra>",
        )
    )
    restated = restated_trace(series, points, x)
    if restated is not None:
        figure.add_trace(restated)
    unit = f"{sign} per {one}" if sign else f"per {one}, {EACH_OWN}"
    figure.update_yaxes(title_text=unit, **accounting_axis(values, decimals=places, currency=sign))
    base_layout(figure, title=f"Net result per {one} per quarter, as printed", height=380)
    figure.update_layout(showlegend=restated is not None)
    data = pd.DataFrame(table_rows(series, points, series.label(key), unit))
    marks = figure_marks(series.label(key), points)
    alt = f"Bars of net result per {one} per quarter: " + ", ".join(
        f"{row['Period']} {row[f'Value ({unit})']}" for row in data.to_dict("records")
    ) + "." + marks_sentence(marks)
    time_axis(figure)
    return Chart(figure, data, alt, figure_marks=marks)


def share_count_trend(series: CompanySeries) -> Chart | None:
    """Weighted average shares (or a partnership's units) per quarter, in millions on the axis, labels, hovers,
    table and caption alike."""
    many = equity_words_of(series.releases[-1:]).many
    key = "shares_diluted" if series.points("shares_diluted") else "shares_basic"
    points = series.points(key)
    if not points:
        return None
    x = [quarter_tick(p.period) for p in points]
    millions = [float(p.value) / 1e6 for p in points]
    places = share_label_places(p.value for p in points)  # one rule on every page: "4,569", "35.1" (UI-48)
    texts = [shares_in_millions(p.value, places) for p in points]
    figure = go.Figure(
        go.Scatter(
            x=x,
            y=millions,
            name=f"Weighted average {many}",  # named, as every trace is (UI-64: "trace 0")
            mode="lines+markers+text",
            line={"color": palette(2)[1]},  # the orange, darkened to 3:1 on white (`style.legible_version`)
            marker={"size": 9, "symbol": [point_symbol(p) for p in points]},
            text=texts,
            textposition=label_positions(x, millions),
            cliponaxis=False,
            hovertemplate=f"%{{x}}: %{{text}} million {many}<extra></extra>",  # as the label says it
        )
    )
    # from zero, at round steps printed with the decimals they need (never "1, 1, 2, 2" for half millions)
    figure.update_yaxes(title_text=f"Weighted {many} (millions)", **accounting_axis(millions, pad=0.12))
    base_layout(figure, title=f"Weighted average {many} per quarter", height=380)
    figure.update_layout(showlegend=False)
    # the table and caption in the millions the axis reads (UI-44: "drawn in millions: ... 26,153,000")
    unit = f"millions of {many}"
    data = pd.DataFrame(table_rows(series, points, series.label(key), unit, shares_in_millions=True))
    marks = figure_marks(series.label(key), points)
    # the caption says each count as its label does ("35.1"); the table keeps the places that hold it as printed
    # ("35.068716"), six of which had read as noise in a sentence (UI-45)
    alt = f"{drawn_as(x)} of weighted average {many} per quarter, in millions: " + ", ".join(
        f"{period_name(p.period).removesuffix(' (derived)')} {text}" for p, text in zip(points, texts, strict=True)
    ) + "." + marks_sentence(marks, bars=False)
    time_axis(figure)
    return Chart(figure, data, alt, figure_marks=marks)


# A margin's circle, as large as the share count's, so a dot or a cross in it reads at a glance
MARKED_POINT_PX = 9


def margins_over_time(releases: tuple[Release, ...]) -> Chart | None:
    """Gross, operating and net margin per quarter (standard metrics), on a time axis with gaps shown. A margin
    whose inputs the checks do not all vouch for carries its mark (\u2020, \u2717) in its hover, the table and
    the alt text, and the page's note says why (`figure_marks`; UI-58: Southern's net margin, of a revenue marked
    \u2020, had shown unmarked)."""
    history = marked_margin_history(releases)
    if not history or all(len(points) < 2 for points in history.values()):
        return None
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    colours = palette(len(history))
    plotted: list[float | None] = []
    marks: dict[str, str] = {}
    for index, (key, points) in enumerate(history.items()):
        xs = [end.isoformat() for end, _, _ in points]
        ys = [float(value) for _, value, _ in points]
        said = [marked(f"{value:.1f}%", status) for _, value, status in points]
        plotted.extend(ys)
        figure.add_trace(
            go.Scatter(
                x=xs, y=ys, name=METRIC_NAMES[key], mode="lines+markers", line={"color": colours[index]},
                # a margin the checks do not vouch for is dotted or crossed in its circle, as every line over time
                # marks its points (`timeline.POINT_SYMBOLS`): UI-64's four margins marked ✗ in the caption had
                # been plain dots
                marker={"symbol": ["circle" + POINT_SYMBOLS.get(status or "", "") for _, _, status in points],
                        "size": MARKED_POINT_PX,
                        "color": colours[index]},
                customdata=said,
                hovertemplate=f"{METRIC_NAMES[key]}, %{{x}}: %{{customdata}}<extra></extra>",
            )
        )  # fmt: skip
        rows.extend(
            {"Quarter ending": day_name(end), "Metric": METRIC_NAMES[key], "%": text}
            for (end, _, _), text in zip(points, said, strict=True)
        )
        marks.update({f"{METRIC_NAMES[key]}, {day_name(end)}": status for end, _, status in points if status})
    # ticked "-50%", as the pages say a percent (UI-57)
    figure.update_yaxes(title_text="% of revenue", **accounting_axis(plotted, decimals=0, percent=True))
    base_layout(figure, title="Margins per quarter (% of revenue)", height=380)
    drawn = drawn_as_many([end.isoformat() for end, _, _ in points] for points in history.values())
    # the values in the words, as every other chart's (UI-55: "Dots of net margin per quarter, in % of revenue" had
    # said what was drawn and not one figure), in the table's one decimal
    alt = f"{drawn} of " + ", ".join(METRIC_NAMES[k].lower() for k in history) + " per quarter, in % of revenue: " + (
        "; ".join(f"{METRIC_NAMES[k]}: " + ", ".join(f"{day_name(end)} {marked(f'{value:.1f}%', status)}"
                                                      for end, value, status in points)
                  for k, points in history.items())) + "." + _ratio_marks_sentence(marks)
    time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt, figure_marks=marks)


def _ratio_marks_sentence(marks: dict[str, str]) -> str:
    """The alt text's words for the ratios marked: " \u2020 Not checked (...): Net margin, Dec 31, 2006."."""
    parts = []
    for status in ("failed", "unchecked"):
        if names := [name for name, found in marks.items() if found == status]:
            parts.append(f" {STATUS_MARKS[status]} {STATUS_WORDS[status].split(':')[0].capitalize()}, an input of "
                         f"the ratio: {'; '.join(names)}.")
    return "".join(parts)


# The charts Compare draws of one company over time, in its order, and why each may be left out (UI-55: Southern's
# page had drawn three charts where Apple's draws six, and said nothing of the others).
OVER_TIME_CHARTS = ("Net result", "Margins", "Operating expenses", "Cash", "Per share", "Share count",
                    "Burn and runway")


def left_out_said(series: CompanySeries, drawn: Iterable[str], burns: bool | None) -> tuple[str, ...]:
    """A sentence for each of Compare's charts over time (`OVER_TIME_CHARTS`) not drawn: its name and why, from
    what the releases print. `drawn` are the charts drawn; `burns` what `analysis.cash.burns_cash` says of the
    latest release (False: the burn chart is not drawn for a company that does not burn cash)."""
    releases = series.releases

    def printed(what: str, article: str = "a") -> str:
        return f"none of the releases prints {article} {what}" if len(releases) > 1 else f"the release prints no {what}"

    kinds = {statement.kind for release in releases for statement in release.statements}
    why = {
        "Net result": printed("net result for a quarter"),
        "Margins": "fewer than two quarters print revenue beside a result to take a margin of",
        "Operating expenses": printed("operating expenses for a quarter", "its"),
        "Cash": printed("balance sheet") if "balance" not in kinds else "no cash line was read on the balance sheets",
        "Per share": printed("earnings per share for a quarter", "its"),
        "Share count": printed("weighted-average share count for a quarter"),
        "Burn and runway": "the latest release shows no cash burn: its operations bring cash in or it earns money"
        if burns is False else "no quarter has a net loss, a fall in cash or an operating cash flow to measure a "
        "burn by",
    }
    shown = set(drawn)
    return tuple(f"{name}: not drawn, as {why[name]}." for name in OVER_TIME_CHARTS if name not in shown)
