"""The pieces every chart over time shares: a time axis of quarters, bars that leave gaps where a
quarter is missing, ticks and table rows that name each reading's release, crosses for restated readings."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal

import plotly.graph_objects as go

from core.analysis.companies import LINE_PREFIX, release_end
from core.analysis.currency import EACH_OWN, release_currency, shared_currency
from core.analysis.periods import add_months, period_name
from core.analysis.series import CompanySeries, Observation
from core.charts.style import (
    DERIVED_PATTERN,
    UNCHECKED_PATTERN,
    UNVERIFIED_PATTERN,
    Chart,
    Readable,
    decimals_of,
    release_unit,
)
from core.formatting import accounting, as_printed, currency_sign, marked, share_places, unit_label
from core.formatting import shares_in_millions as millions_of_shares
from core.model import Period, Release

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")

# grey, not black: black vanished on the dark theme's background (UI-63, `style.legible`)
RESTATED_MARKER = {"symbol": "x-thin-open", "size": 13, "line": {"width": 3}, "color": "#6A6A6A"}


def safe(text: str) -> str:
    """A label from an uploaded file, made inert for Plotly, which reads a few HTML tags in text."""
    return text.replace("<", "‹").replace(">", "›")


def quarter_tick(period: Period) -> str:
    """Where a period sits on the time axis: its end date (ISO), so spacing follows the calendar."""
    return period.end.isoformat()


# Points further apart than this are not joined by a line: two releases seven years apart (Oracle FY2014
# and FY2022) are two islands on the axis, not a trend, and a missing quarter is a gap, which it is. A
# quarter is 91 or 92 days, 98 in a 53-week year; two quarters are at least 181: the line breaks between.
GAP_DAYS = 120

BAR_DAYS = 55  # a bar about two thirds of a quarter wide, so neighbouring quarters never touch

_DAY_MS = 86_400_000


def gapped(trace: go.Scatter) -> None:
    """Insert a blank point wherever two neighbours are more than GAP_DAYS apart, so the line breaks."""
    xs = list(trace.x or ())
    if len(xs) < 2 or "lines" not in (trace.mode or "lines"):
        return
    per_point = {
        name: list(value)
        # (a label's position too: inserted blanks had shifted "top left" from the last point to the one before)
        for name, value in (("y", trace.y), ("text", trace.text), ("customdata", trace.customdata),
                            ("textposition", trace.textposition))
        if isinstance(value, tuple | list) and len(value) == len(xs)
    }
    symbols = trace.marker.symbol if isinstance(trace.marker.symbol, tuple | list) else None
    new_x: list[object] = []
    fields: dict[str, list[object]] = {name: [] for name in per_point}
    new_symbols: list[object] = []
    for index, x in enumerate(xs):
        if index and (date.fromisoformat(str(x)) - date.fromisoformat(str(xs[index - 1]))).days > GAP_DAYS:
            new_x.append(None)
            for name in fields:
                fields[name].append("top center" if name == "textposition" else None)
            new_symbols.append("circle")
        new_x.append(x)
        for name, values in per_point.items():
            fields[name].append(values[index])
        if symbols is not None:
            new_symbols.append(symbols[index])
    trace.update(x=new_x, connectgaps=False, **fields)
    if symbols is not None:
        trace.marker.symbol = new_symbols


def dots_where_unjoined(trace: go.Scatter) -> None:
    """A series with markers no two of whose points are joined (neighbours a missing quarter or more apart, or
    one between them unread) drawn, and keyed in the legend, as dots: its legend entry had shown a line where
    none is drawn (UI-48: Oracle's cost lines, quarters a year apart). A series of lines alone keeps them."""
    mode = trace.mode or "lines+markers"
    if "lines" not in mode or "markers" not in mode:
        return
    xs, ys = list(trace.x or ()), list(trace.y or ())
    drawn = [x is not None and (index >= len(ys) or ys[index] is not None) for index, x in enumerate(xs)]
    if not any(a and b for a, b in itertools.pairwise(drawn)):
        if trace.marker.color is None and trace.line.color is not None:
            trace.marker.color = trace.line.color  # (Plotly takes a dot's colour from its line only where drawn)
        trace.update(mode="+".join(part for part in mode.split("+") if part != "lines"))


def time_axis(figure: go.Figure) -> go.Figure:
    """A real time axis: dates spaced as the calendar spaces them, gaps left as gaps, bars a fixed width."""
    dated = [trace for trace in figure.data
             if trace.x and all(isinstance(x, str) and len(x) == 10 for x in trace.x if x is not None)]
    bars = [trace for trace in dated if isinstance(trace, go.Bar)]
    # Grouped bars share the quarter's width side by side: each as wide as a lone bar, they had covered
    # each other (the burn by two methods, one hiding most of the other).
    grouped = figure.layout.barmode == "group" and len(bars) > 1
    width = BAR_DAYS / len(bars) if grouped else BAR_DAYS
    for index, bar in enumerate(bars):
        bar.update(width=width * _DAY_MS, xhoverformat="%b %-d, %Y")
        if grouped:
            bar.update(offset=(index - len(bars) / 2) * width * _DAY_MS)
    for trace in dated:
        if isinstance(trace, go.Scatter):
            gapped(trace)
            trace.update(xhoverformat="%b %-d, %Y")
            dots_where_unjoined(trace)
    dated_hovers(dated)
    days = _days_in(figure)
    figure.update_xaxes(type="date", automargin=True, **date_ticks(days))
    _cut(figure, axis_cuts(days))
    if days:
        room = edge_room(min(days), max(days), axis_cuts(days))
        thin_labels(figure, min(days) - room, max(days) + room, PHONE_PLOT_PX)
    return figure


# A date said whole in a hover, "Jun 30, 2000": Plotly's bare %{x} on an axis of ticks it is given (`date_ticks`)
# says the tick's own text where a point stands on a tick, which had put "Net loss, / Jun / 2000: (7,151)" over
# three lines and "Cash Jun '00: 34,148" in the hovers (UI-64)
HOVER_DATE = "%{x|%b %-d, %Y}"


def dated_hovers(traces: Iterable[go.Bar | go.Scatter]) -> None:
    """Each trace's hover saying its point's date in full on one line (`HOVER_DATE`), never the tick's text."""
    for trace in traces:
        if isinstance(trace.hovertemplate, str) and "%{x}" in trace.hovertemplate:
            trace.update(hovertemplate=trace.hovertemplate.replace("%{x}", HOVER_DATE))


# A value label at the axis font: about 6.5 px a character and 14 px tall, standing 6 px off its point; a line
# chart's plot is its figure's height less about 140 px of title, legend and axis.
LABEL_CHAR_PX, LABEL_HEIGHT_PX, LABEL_OFFSET_PX, PLOT_MARGINS_PX = 6.5, 14, 6, 140
# A lone bar trace of this many bars or fewer keeps every bar's label, as it did before UI-64 (Halden's six
# quarters, "(4,350)" to "(6,350)", each labelled at 1,440 px): thinned at the narrowest plot, u64 had left three
# of them bare. Past it (26 quarters of "(7,133)" and "(7,151)") its labels are thinned as a line's are.
ALL_BARS_LABELLED = 12


def thin_labels(figure: go.Figure, start: date, end: date, plot_px: int) -> None:
    """Each point's value label drawn only where it clears every label already kept, at a plot `plot_px` wide
    over `start` to `end` (the axis's cuts left out): the latest points first, each trace's, then back in time.
    A label left out is still the point's hover (`texttemplate` blank for it, `text` kept). UI-53: Apple's
    "4,566" and "4,966", "363.8" and "392.6", "15,955.7" and "15,576.6" had printed over each other. A lone bar
    trace's labels outside its bars are thinned alike past `ALL_BARS_LABELLED` bars (UI-64)."""
    traces = [trace for trace in figure.data if trace.text is not None and trace.x is not None and trace.y is not None
              and ((isinstance(trace, go.Scatter) and "text" in (trace.mode or ""))
                   or (isinstance(trace, go.Bar) and trace.textposition == "outside" and trace.offset is None
                       and len(trace.x) > ALL_BARS_LABELLED))]
    if not traces:
        return
    days = [date.fromisoformat(x[:10]) for trace in traces for x in trace.x if isinstance(x, str)]
    cuts = axis_cuts([*days, start, end])
    per_day = plot_px / max(axis_days(start, end, cuts), 1)
    ys = [float(y) for trace in traces for y in trace.y if y is not None]
    axis = figure.layout.yaxis.range
    low, high = (float(axis[0]), float(axis[1])) if axis else (min(0.0, *ys), max(0.0, *ys) * 1.1 or 1.0)
    per_unit = max((figure.layout.height or 380) - PLOT_MARGINS_PX, 100) / ((high - low) or 1.0)
    points = []
    # a label already blank stays blank: a bar's beside an axis cut is drawn as a note leaning away from the cut's
    # rule (`labels_clear_of_cuts`), and its bar's own, drawn again, had stood over the rule beside it
    blank = {number: [isinstance(trace.texttemplate, (list, tuple)) and index < len(trace.texttemplate)
                      and trace.texttemplate[index] == "" for index in range(len(trace.x))]
             for number, trace in enumerate(traces)}
    for number, trace in enumerate(traces):
        positions = trace.textposition
        for index, (x, y, text) in enumerate(zip(trace.x, trace.y, trace.text, strict=True)):
            if not (isinstance(x, str) and y is not None and text) or blank[number][index]:
                continue
            where = positions[index] if isinstance(positions, (list, tuple)) else positions or "top center"
            if isinstance(trace, go.Bar):
                # a bar's label outside its end: above a bar standing up, under one hanging down. UI-64: 26 quarters
                # of net losses had printed "(7,133)(7,151)", at 390 px "(7,13(7,151)"
                where = "top center" if float(y) >= 0 else "bottom center"
            day = date.fromisoformat(x[:10])
            centre = axis_days(start, day, cuts) * per_day if day >= start else 0.0
            width = LABEL_CHAR_PX * len(str(text)) + 4
            left = (centre - width if where.endswith("left") else centre if where.endswith("right")
                    else centre - width / 2)
            rise = (float(y) - low) * per_unit
            bottom = rise - LABEL_OFFSET_PX - LABEL_HEIGHT_PX if where.startswith("bottom") else rise + LABEL_OFFSET_PX
            points.append((day, number, index, (left, left + width, bottom, bottom + LABEL_HEIGHT_PX)))
    kept: list[tuple[float, float, float, float]] = []
    shown = {number: [True] * len(trace.x) for number, trace in enumerate(traces)}
    for _, number, index, box in sorted(points, key=lambda point: point[0], reverse=True):
        if any(box[0] < other[1] and other[0] < box[1] and box[2] < other[3] and other[2] < box[3] for other in kept):
            shown[number][index] = False
        else:
            kept.append(box)
    for number, trace in enumerate(traces):
        trace.texttemplate = ["%{text}" if keep and not blank[number][index] else ""
                              for index, keep in enumerate(shown[number])]


# A trace's `meta` key for points standing over a bar of a group rather than at its day (the bar's index among
# the figure's bars): `beside_bars` moves them there, and the axis ticks none of their days (`_days_in`).
OVER_BAR = "over bar"


def beside_bars(figure: go.Figure) -> go.Figure:
    """Each trace marked `OVER_BAR` moved, day by day, over the middle of its bar, as `time_axis` set grouped bars
    side by side: a burn method's runway dot over that method's bar. Two runways past the horizon, both drawn at
    it on one day, had stood one on the other (Forian's by cash burn and by net loss, UI-48). Called after
    `time_axis`; a figure of one bar, or none, is left as it is."""
    bars = [trace for trace in figure.data if isinstance(trace, go.Bar) and trace.offset is not None]
    for trace in figure.data:
        index = (trace.meta or {}).get(OVER_BAR) if isinstance(trace.meta, dict) else None
        if not isinstance(index, int) or not 0 <= index < len(bars) or not trace.x:
            continue
        bar = bars[index]
        middle = timedelta(days=round((float(bar.offset) + float(bar.width) / 2) / _DAY_MS))
        trace.update(x=[None if x is None else (date.fromisoformat(str(x)[:10]) + middle).isoformat()
                        for x in trace.x])
    return figure


# An empty stretch of the axis longer than this between two dates drawn is cut out of it, all but a little
# either side: releases thirteen years apart (Apple's Q1 FY2011 and FY2024, UI-40) had drawn two clusters at
# the axis's ends, their bars slivers, their labels one on another and two ticks in all. A year between two
# readings is no cut (a company's quarters a year apart are a trend to see); more than that is two islands.
CUT_DAYS = 400
CUT_KEEP_DAYS = 75  # left either side of a cut: past half a bar, and a gap wider than a missing quarter's
_CUT_NAME = "axis cut"  # the dotted line where an axis is cut, replaced when the axis is cut anew


def axis_cuts(days: Iterable[date]) -> list[tuple[date, date]]:
    """The stretches cut out of a time axis through `days`: each empty stretch of more than CUT_DAYS between
    two neighbouring dates, less CUT_KEEP_DAYS either side."""
    distinct = sorted(set(days))
    keep = timedelta(days=CUT_KEEP_DAYS)
    return [(before + keep, after - keep) for before, after in itertools.pairwise(distinct)
            if (after - before).days > CUT_DAYS]


def axis_days(first: date, last: date, cuts: Sequence[tuple[date, date]] = ()) -> int:
    """The days between `first` and `last` as the axis draws them: less whatever of the cuts lies between."""
    cut = sum(max(0, (min(end, last) - max(start, first)).days) for start, end in cuts)
    return (last - first).days - cut


def _cut(figure: go.Figure, cuts: Sequence[tuple[date, date]]) -> None:
    """The axis cut at `cuts` (Plotly's range breaks), each cut marked by a dotted line and said beside it ("18.5
    years left out", `gap_words`), so the calendar's spacing holds within each run of dates and a reader sees
    where, and how many, years were left out: Apple's 2004 and 2024 quarters had stood either side of an
    unlabelled line (UI-45)."""
    figure.update_xaxes(rangebreaks=[{"bounds": [start.isoformat(), end.isoformat()]} for start, end in cuts])
    figure.layout.shapes = [shape for shape in figure.layout.shapes if shape.name != _CUT_NAME]
    figure.layout.annotations = [note for note in figure.layout.annotations if note.name != _CUT_NAME]
    keep = timedelta(days=CUT_KEEP_DAYS)
    for start, end in cuts:
        figure.add_shape(type="line", name=_CUT_NAME, xref="x", yref="paper", x0=end.isoformat(),
                         x1=end.isoformat(), y0=0, y1=1, layer="below",
                         line={"color": "#9a9a9a", "width": 1, "dash": "dot"})
        # upright along the line, on the earlier run's side: level text would run into the bars either side
        figure.add_annotation(name=_CUT_NAME, xref="x", yref="paper", x=end.isoformat(), y=1, xanchor="right",
                              yanchor="top", textangle=-90, showarrow=False, font={"size": 10, "color": "#6a6a6a"},
                              text=gap_words(start - keep, end + keep))
    labels_clear_of_cuts(figure, cuts)


_BY_A_CUT = "label by a cut"  # a bar's value label leaning away from a cut's rule, replaced when the axis is cut anew
_LABEL_PAD_PX = 4  # between a bar's end and its leaning label: Plotly's own outside labels stand 3 px off


def labels_clear_of_cuts(figure: go.Figure, cuts: Sequence[tuple[date, date]]) -> None:
    """The value label of a bar beside an axis cut drawn leaning away from the cut's dotted rule, from its bar's
    middle (an annotation; the bar's own label left blank, its hover keeping the figure): centred over a bar
    CUT_KEEP_DAYS from the rule, a label wider than about 17 px at a half-width plot had been drawn across it
    (UI-54: Apple's "29,998" for the quarter to Dec 31, 2022 over the "12 years left out" rule, "6,004" for Dec 25,
    2010 into it and touching its bar). Bars set side by side in a group (`offset`) keep their labels."""
    figure.layout.annotations = [note for note in figure.layout.annotations if note.name != _BY_A_CUT]
    reach = CUT_KEEP_DAYS + BAR_DAYS
    for bar in figure.data:
        if not isinstance(bar, go.Bar) or bar.offset is not None or bar.text is None or bar.x is None \
                or bar.textposition != "outside" or not isinstance(bar.text, (list, tuple)):
            continue
        templates = []
        for x, y, text in zip(bar.x, bar.y, bar.text, strict=True):
            day = date.fromisoformat(str(x)[:10]) if isinstance(x, str) else None
            lean = next((side for start, end in cuts if day is not None
                         for side, room in (("left", (start - day).days), ("right", (day - end).days))
                         if 0 <= room <= reach), None) if text and y is not None else None
            templates.append("%{text}" if lean is None else "")
            if lean is None:
                continue
            below = float(y) < 0
            figure.add_annotation(name=_BY_A_CUT, x=x, y=y, xref="x", yref="y", text=str(text), showarrow=False,
                                  xanchor="right" if lean == "left" else "left",
                                  xshift=_LABEL_PAD_PX if lean == "left" else -_LABEL_PAD_PX,
                                  yanchor="top" if below else "bottom",
                                  yshift=-_LABEL_PAD_PX if below else _LABEL_PAD_PX)
        bar.texttemplate = templates


def gap_words(before: date, after: date) -> str:
    """The stretch an axis cut leaves out between the readings `before` and `after`, in years to a tenth (every
    cut is longer than CUT_DAYS, more than a year): "18.5 years left out" for Jun 26, 2004 to Dec 31, 2022, and
    "7 years left out" where the tenth is nought (UI-48: "7.0 years" had claimed a precision no one asked of it)."""
    years = f"{(after - before).days / 365.25:.1f}".removesuffix(".0")
    return f"{years} years left out"


_EDGE_PARTS = 20  # the room left beyond the first and last dates, as a part of the span
MAX_TICKS = 10  # a month axis (`month_ticks`) names at most this many months, every n-th past it
# A date's label ("May 31" over "2013" at the axis font, about 36 px wide, and a few pixels apart from the next)
# and the narrowest plot an axis is drawn across (a phone's 390 px page: the chart about 358 px, less the value
# axis's labels): two named days must stand at least that part of the axis apart, or their labels run together.
TICK_LABEL_PX = 40
# a tick label's character at the axis font, and the least room between two labels
TICK_CHAR_PX, TICK_GAP_PX = 6.3, 0
# The narrowest plot a time axis is drawn across: a full-width chart's on a phone's 390 px page; Compare's charts
# side by side, at 1,100 px with the sidebar open (177-206 px measured in Chromium, UI-53)
PHONE_PLOT_PX = 300
HALF_PLOT_PX = 175


def edge_room(first: date, last: date, cuts: Sequence[tuple[date, date]] = ()) -> timedelta:
    """The room an axis leaves beyond its first and last dates: half a bar, or a twentieth of a long span as
    drawn, less its cuts (the last point's label and its date's tick had been cut at the edge of nine years of
    Oracle's quarters, UI-36 and UI-37)."""
    return timedelta(days=max(BAR_DAYS, axis_days(first, last, cuts) // _EDGE_PARTS))


def date_ticks(days: Sequence[date], others: Sequence[date] = (), plot_px: int = PHONE_PLOT_PX,
               own: Iterable[date] = ()) -> dict[str, object]:
    """Ticks at the days the points stand on ("Sep 30<br>2025"), not Plotly's month starts: a quarter ending
    September 30 had been drawn against an "Oct" tick, a day's width from it, and read as October's. `others`
    are the days other charts draw on an axis shared with them (`on_one_time_axis`): they count in the axis's
    span and cuts, but a chart names only the days it draws. Named too, another chart's day had stood as an
    empty tick under no bar (Forian's net result over "Dec 31 2023", its balance sheet's date on the cash
    chart, UI-46), and had cost a day the chart draws its name (Apple's bar for the quarter to Jun 28, 2003,
    left of the cash chart's "Sep 27 2003", UI-45).

    Only ticks that fit are drawn, at the narrowest plot the chart is drawn across (`plot_px`: a phone's, or
    `HALF_PLOT_PX` for Compare's charts side by side), no two labels closer than their half-widths and
    `TICK_GAP_PX`: each run of days between axis cuts named once, the latest run by its latest day, the others by
    their first (the day after a cut), a run too short for two labels over its middle by the months it spans
    ("Sep-Dec<br>2023", `span_words`; its year alone where that does not fit), so the first day after a cut is
    never left to read as the next tick's (UI-52: Apple's Sep 25, 2010 cash of 51,011 had read as Dec 25's); then
    the runs' other ends; then the other days, counted back from the latest: every one where they all fit in the
    axis's row and a second row under it, else every 2nd, every 4th ... (UI-64). UI-53: "Sep" and "Dec 30 2023"
    had printed over each other at 1,400 px, "Sep 27" and "Jun 26" at 1,100 px with the sidebar open.

    `own` are the days the releases themselves report on (each release's own quarter, `release_days`): those the
    chart draws are named before any other, each by its day, or by its run's span where the run is too short for
    two labels. UI-54: thinned from the latest back, Oracle's May 31, 2014 bar (its fiscal 2014 release's own
    quarter) had gone unnamed beside the year-earlier May 31, 2013, and Apple's Jun 26, 2004 and Dec 25, 2010
    beside Jun 28, 2003 and Dec 26, 2009."""
    distinct = sorted(set(days))
    if not distinct:
        return {"tickformat": "%b %-d<br>%Y"}
    every = sorted(set(others) | set(distinct))
    cuts = axis_cuts(every)
    drawn = axis_days(every[0], every[-1], cuts) + 2 * edge_room(every[0], every[-1], cuts).days
    per_day = plot_px / max(drawn, 1)
    ticks: list[tuple[date, str, float, int]] = []  # each label's day, words, width and row (0 at the axis)

    def fits(day: date, width: float, row: int) -> bool:
        return all(axis_days(min(day, kept), max(day, kept), cuts) * per_day >= (width + other) / 2 + TICK_GAP_PX
                   for kept, _, other, its_row in ticks if its_row == row)

    def add(day: date, text: str, row: int = 0) -> bool:
        width = tick_px(text)
        if any(kept == day for kept, _, _, _ in ticks) or not fits(day, width, row):
            return False
        ticks.append((day, TICK_ROW * row + text, width, row))
        return True

    runs: list[list[date]] = [[distinct[0]]]
    for before, after in itertools.pairwise(distinct):
        if (after - before).days > CUT_DAYS:
            runs.append([])
        runs[-1].append(after)
    # the latest day, and each run after a cut by its first day (both, for the latest run after a cut), a run too
    # short for two labels by its span over its middle instead; then the other days
    spanned: set[date] = set()  # the days of runs named once by their span
    releases_own = set(own)
    for run in reversed(runs):
        mine = [day for day in reversed(run) if day in releases_own]
        if not mine:
            continue
        if len(run) > 1 and axis_days(run[0], run[-1], cuts) * per_day < TICK_LABEL_PX + TICK_GAP_PX:
            middle = run[0] + (run[-1] - run[0]) / 2
            if add(middle, span_words(run[0], run[-1])) or add(middle, year_words(run[0], run[-1])):
                spanned.update(run)
            continue
        for day in mine:
            add(day, day_tick(day))
    for number, run in reversed(list(enumerate(runs))):
        if spanned.intersection(run):
            continue
        first, last = run[0], run[-1]
        named = [day for day in (last if number == len(runs) - 1 else None, first if number else None) if day]
        if len(set(named)) > 1 and axis_days(first, last, cuts) * per_day < TICK_LABEL_PX + TICK_GAP_PX:
            middle = first + (last - first) / 2
            if not add(middle, span_words(first, last)):
                add(middle, year_words(first, last))
            spanned.update(run)
            continue
        for day in named:
            add(day, day_tick(day))
    # Then every quarter, in the one format every tick takes ("Jun 30<br>2000"), in the axis's row or a second row
    # under it, where the plot has room for them all (a dozen quarters at a phone's width, two rows staggered);
    # past that every 2nd, every 4th ... counted back from the latest, the least step at which the days it names
    # all fit, so the ticks stand at a regular step and no year goes unnamed where every 4th fits. UI-55 had named
    # each day left over in shorter words ("Jun 2000", "Jun '02"), and UI-64 read three formats on one axis of 26
    # quarters; a quarter left unnamed says its whole date in its hover (`dated_hovers`).
    left = [day for day in reversed(distinct) if day not in spanned]
    run_ends = [day for day in left if any(day in (run[0], run[-1]) for run in runs)]

    def stepped(named_first: list[tuple[date, str, float, int]]) -> None:
        for step in (2**power for power in itertools.count()):
            ticks[:] = named_first
            fitted = True
            for day in left[::step]:
                if any(kept == day for kept, _, _, _ in ticks) or _add_in_a_row(add, day):
                    continue
                # a day crowded out only by a day named first (a release's own, a run's end) is no fault of the step
                drawn_so_far = list(ticks)
                ticks[:] = [tick for tick in drawn_so_far if tick not in named_first]
                among_stepped = any(fits(day, tick_px(day_tick(day)), row) for row in (0, 1))
                ticks[:] = drawn_so_far
                if not among_stepped:
                    fitted = False
                    break
            if fitted or step >= len(left):
                return

    # each day a run of quarters starts or ends on is named (UI-55: Oracle's May 31, 2021 bar beside May 31, 2014
    # across the cut, Apple's Dec 26, 2009 and Dec 31, 2022, had stood with no date): where the step's days leave
    # one no room, it is named before them and the step taken again around it
    named_first = list(ticks)
    stepped(named_first)
    for day in run_ends:
        if any(kept == day for kept, _, _, _ in ticks) or _add_in_a_row(add, day):
            continue
        ticks[:] = named_first
        if _add_in_a_row(add, day):
            named_first = list(ticks)
        stepped(named_first)
    ticks.sort()
    return {
        "tickmode": "array",
        "tickvals": [day.isoformat() for day, _, _, _ in ticks],
        "ticktext": [text for _, text, _, _ in ticks],
    }


def _add_in_a_row(add: Callable[[date, str, int], bool], day: date) -> bool:
    """`day` named in the axis's row, else in a second row under it, in the one format of every tick."""
    return add(day, day_tick(day), 0) or add(day, day_tick(day), 1)


def tick_px(text: str) -> float:
    """A tick label's width at the axis font: its longest line's characters, `TICK_CHAR_PX` each ("Sep 27" 40 px,
    about `TICK_LABEL_PX`)."""
    return TICK_CHAR_PX * max(len(line) for line in text.split("<br>")) + 2


def day_tick(day: date) -> str:
    """A day's tick label: "Sep 30<br>2023"."""
    return f"{day:%b} {day.day}<br>{day.year}"


def month_tick(day: date, *, short: bool = False) -> str:
    """A day's tick label where its day does not fit: its month and year, "May<br>2021", or "May<br>'21" (a
    quarter's end is the one of its month the series draws)."""
    return f"{day:%b}<br>'{day.year % 100:02d}" if short else f"{day:%b}<br>{day.year}"


# The blank lines that set a tick label in the axis's second row, under the first row's two lines (`date_ticks`)
TICK_ROW = "<br><br>"


def year_words(first: date, last: date) -> str:
    """The label of a run of days too short for its months: its year under a blank line, level with the other
    labels' years ("<br>2010"), or "2003-04"."""
    years = str(last.year) if first.year == last.year else f"{first.year}\u2013{last.year % 100:02d}"
    return f"<br>{years}"


def span_words(first: date, last: date) -> str:
    """The label of a run of days too short to name each: the months it spans, "Sep-Dec<br>2023", or across a
    year's end "Sep 2003-<br>Jun 2004"."""
    if first.year == last.year:
        return f"{first:%b}\u2013{last:%b}<br>{last.year}"
    return f"{first:%b} {first.year}\u2013<br>{last:%b} {last.year}"


# Month steps a projection's ticks may take, the fewest months first: a quarter, a half, a year, two.
MONTH_STEPS = (1, 3, 6, 12, 24)


_NAMED_END_ROOM = 1.5


def month_ticks(start: date, end: date, *, end_words: str = "", end_named: bool = True) -> dict[str, object]:
    """Ticks every few months from `start` (a balance-sheet date, always named) to `end`, at the same day of
    the month each time ("Mar 29 2020", "Mar 29 2021", ...): the fewest months of `MONTH_STEPS` that keep to
    `MAX_TICKS` and a label's width apart at a phone's plot. Counted back from a projection's last day
    (`date_ticks`), Cree's run-down ticks had fallen on "Oct 29 2020, Dec 29 2021, Feb 28 2023", fourteen
    months apart and on no regular month (UI-42). A month's end stays at month ends (`add_months`). `end_words`
    name what the last day is where it falls off the regular months ("runs out"): Allos's run-down had ended on a
    tick "Dec 27 / 2005" after quarter-ends, reading as an odd tick (UI-50); it reads "runs out / Dec 27, 2005".
    `end_named=False`: the last day is no tick unless a regular one, a chart naming its lines' ends beside them
    (`cash._name_ends`, UI-57)."""
    months = (end.year - start.year) * 12 + end.month - start.month + (1 if end.day > start.day else 0)
    drawn = (end - start).days + 2 * edge_room(start, end).days
    least = drawn * TICK_LABEL_PX / PHONE_PLOT_PX
    step = next((step for step in MONTH_STEPS if months // step + 1 <= MAX_TICKS and step * _MONTH_DAYS >= least),
                MONTH_STEPS[-1])
    shown = [day for i in range(months // step + 1) if (day := add_months(start, step * i)) <= end]
    odd = shown[-1] != end
    # the last day drawn (where the line reaches zero) is named too, as UI-40 had it, the regular tick before
    # it left out where the two labels would touch
    if shown[-1] != end and end_named:
        # a named end ("runs out / Dec 27, 2005") is up to twice a date's width: centred on their ticks, the two
        # labels need half as much room again
        room = least * _NAMED_END_ROOM if end_words else least
        if len(shown) > 1 and (end - shown[-1]).days < room:
            shown.pop()
        shown.append(end)
    return {
        "tickmode": "array",
        "tickvals": [day.isoformat() for day in shown],
        # the last day off the regular months is the line's end, named as one (UI-50: "Dec 27 / 2005")
        "ticktext": [f"{end_words}<br>{day:%b} {day.day}, {day.year}" if end_words and day == end and odd
                     else f"{day:%b} {day.day}<br>{day.year}" for day in shown],
    }


_MONTH_DAYS = 365.25 / 12


def label_positions(xs: Sequence[str | None], ys: Sequence[float | None]) -> list[str]:
    """Where each point's label stands on a line over time: above the point, or below it where the point is
    lower than the points it is joined to (the label on the side away from its line), leaning inwards at the
    ends, where a centred label runs past the plot's edge (UI-34: Apple's "363.8" shown as "63.8"). Two
    neighbours a quarter apart had both been labelled above, "162,099" into "172,575" (UI-40). The last point
    before an axis cut leans left too, away from the cut's upright words, which stand on its side of the dotted
    line: Oracle's "4,569.0" shares at May 31, 2014 had run into "7.0 years left out" (UI-46)."""
    count = len(xs)
    positions = []
    for index, (x, y) in enumerate(zip(xs, ys, strict=True)):
        lean = ("center" if count < 2 else "right" if index == 0
                else "left" if index == count - 1 or _cut_after(x, xs[index + 1]) else "center")
        joined = [ys[other] for other in (index - 1, index + 1)
                  if 0 <= other < count and _joined(x, xs[other]) and ys[other] is not None]
        below = y is not None and bool(joined) and y < sum(v for v in joined if v is not None) / len(joined)
        positions.append(f"{'bottom' if below else 'top'} {lean}")
    return positions


def drawn_as(xs: Sequence[str | None], *, many: bool = False) -> str:
    """What a caption calls a series over time as it is drawn: "Line" ("Lines" for `many`) where two of its
    neighbouring points are joined, else "Dots", as points more than GAP_DAYS apart are never joined: Oracle's
    margins for fiscal 2013-2014 and 2021-2022, a year apart each, had been captioned "Lines of ..." over dots
    alone (UI-46)."""
    days = [x for x in xs if x is not None]
    if any(_joined(one, other) for one, other in itertools.pairwise(days)):
        return "Lines" if many else "Line"
    return "Dots"


def drawn_as_many(series: Iterable[Sequence[str | None]]) -> str:
    """What a caption calls several series over time drawn in one chart: "Lines" where any of them joins two
    points (`drawn_as`), else "Dots": Oracle's costs, each line's quarters a year apart, had been captioned
    "Lines per quarter" over dots alone (UI-47)."""
    return "Lines" if any(drawn_as(xs) != "Dots" for xs in series) else "Dots"


def _cut_after(one: str | None, other: str | None) -> bool:
    """Whether the axis is cut between two neighbouring dates (`axis_cuts`: more than CUT_DAYS apart)."""
    if one is None or other is None:
        return False
    return (date.fromisoformat(other[:10]) - date.fromisoformat(one[:10])).days > CUT_DAYS


def _joined(one: str | None, other: str | None) -> bool:
    """Whether two points of a line over time are joined (no more than GAP_DAYS apart)."""
    if one is None or other is None:
        return False
    return abs((date.fromisoformat(one[:10]) - date.fromisoformat(other[:10])).days) <= GAP_DAYS


def _days_in(figure: go.Figure) -> list[date]:
    """The days a figure's traces stand at, but those moved over a bar (`OVER_BAR`), whose days are their bars'."""
    return [date.fromisoformat(x[:10]) for trace in figure.data for x in (getattr(trace, "x", None) or ())
            if isinstance(x, str) and _ISO_DAY.match(x)
            and not (isinstance(trace.meta, dict) and OVER_BAR in trace.meta)]


def other_readings(series: CompanySeries, point: Observation) -> tuple[Observation, ...]:
    """The other readings of a restated value (empty when the releases agree)."""
    restated = series.restated(point.key, point.period.end, point.period.months)
    return restated.versions[1:] if restated is not None else ()


def table_rows(series: CompanySeries, points: tuple[Observation, ...], name: str, unit: str, *,
               shares_in_millions: bool = False, shown: Readable | None = None) -> list[dict[str, object]]:
    """A chart's table over time: each point as printed, with how it was had and other releases' readings.
    With `shares_in_millions`, share counts read in millions, as a share-count chart's axis does, to the places
    that keep each count as printed; with `shown`, amounts in the unit the chart reads them in (`style.readable`).
    The value stands right after the period, before the line's name: in Compare's half-width columns a long
    name ("Weighted-average shares outstanding - diluted", the same on every row) had pushed the values past
    the table's edge (UI-45)."""
    rows: list[dict[str, object]] = []
    places = printed_places(series, points) if shown is None else shown.decimals
    exact = share_places(p.value for point in points for p in (point, *other_readings(series, point)))

    def cell(point: Observation) -> str:
        if shares_in_millions and point.kind == "shares":
            return millions_of_shares(point.value, exact)
        return display(point, series.scale, places, series_sign(series), shown)

    for point in points:
        text = cell(point)
        others = other_readings(series, point)
        rows.append(
            {
                "Period": period_name(point.period).removesuffix(" (derived)"),
                f"Value ({unit})": marked(text, point.status),
                "Line": name,
                "How": f"derived: {point.basis}" if point.basis else f"printed in {point.source}",
                "Restated": "; ".join(f"{cell(o)} in {o.source}" for o in others),
            }
        )
    return rows


def series_currency(series: CompanySeries) -> str | None:
    """The currency every release of the series reports in; None where they differ (a company that moved
    its reporting currency): its amounts are then no one measure over time."""
    return shared_currency([release_currency(release) for release in series.releases])


def series_display_unit(series: CompanySeries) -> int | None:
    """The unit a company's charts over time read their amounts in: its latest release's
    (`style.release_unit`), as the Compare page says ("Amounts in the latest release's units") and as that
    release's own pages read, one for the net result, the costs, the cash and the burn (UI-46: Forian's
    cash in $ millions had stood beside its net result, costs and burn in $ thousands)."""
    return release_unit(series.releases[-1]) if series.releases else None


def series_unit(series: CompanySeries, scale: int | None = None) -> str:
    """ "RMB thousands" for a series in RMB; "thousands, each in its own currency" where the releases'
    currencies differ, so no axis says "$" over amounts in two currencies. `scale` is an axis's own unit where
    it reads in another than the series' (charts.style.readable_scale)."""
    code = series_currency(series)
    scale = series.scale if scale is None else scale
    if code is None:
        return f"{unit_label(scale, currency='').strip() or 'units'}, {EACH_OWN}"
    return unit_label(scale, currency=currency_sign(code))


def series_sign(series: CompanySeries) -> str:
    """The sign before a figure per share over time: the series' currency's, none where they differ."""
    code = series_currency(series)
    return currency_sign(code) if code else ""


def display(point: Observation, scale: int, places: int = 0, sign: str = "$", shown: Readable | None = None) -> str:
    """The value as printed; an amount with `places` decimals in the series' unit (80.6 of $ millions had
    read "81" in a chart's alt text), or in the unit `shown` where a chart reads a larger one."""
    if point.kind == "amount":
        value = point.value / Decimal(scale)
        return accounting(value / Decimal(shown.factor) if shown is not None else value, decimals=places)
    rate_of = point.label if point.key.startswith(LINE_PREFIX) else ""  # a fare or a yield, no EPS
    return as_printed(point.value, point.kind, scale, currency=sign, rate_of=rate_of)


def printed_places(series: CompanySeries, points: Iterable[Observation]) -> int:
    """The decimals the amounts among `points` and their other readings are printed with, in the series'
    unit (1 for "21.4" in millions)."""
    found = [p for point in points for p in (point, *other_readings(series, point)) if p.kind == "amount"]
    return decimals_of((p.value for p in found), series.scale)


def value_in_units(point: Observation, scale: int) -> float:
    if point.kind in ("per_share", "shares", "count"):
        return float(point.value)
    return float(point.value / Decimal(scale))


def restated_trace(series: CompanySeries, points: tuple[Observation, ...], x: list[str],
                   shown: Readable | None = None) -> go.Scatter | None:
    """Crosses at other releases' readings, in the unit `shown` where the chart reads a larger one than the
    series'."""
    xs, ys, texts = [], [], []
    places = printed_places(series, points) if shown is None else shown.decimals
    factor = 1.0 if shown is None else shown.factor
    for tick, point in zip(x, points, strict=True):
        for other in other_readings(series, point):
            xs.append(tick)
            ys.append(value_in_units(other, series.scale) / factor)
            texts.append(f"{display(other, series.scale, places, series_sign(series), shown)} in {safe(other.source)}")
    if not xs:
        return None
    return go.Scatter(
        x=xs,
        y=ys,
        mode="markers",
        name="Another release's reading",
        marker=RESTATED_MARKER,
        text=texts,
        hovertemplate="%{x}: %{text}<extra>restated</extra>",
    )


def release_days(releases: Iterable[Release]) -> tuple[date, ...]:
    """The days the releases report on, each its own quarter's end (`companies.release_end`): the days a chart
    over time names first (`date_ticks`'s `own`)."""
    return tuple(sorted({release_end(release) for release in releases}))


def on_one_time_axis(charts: Sequence[Chart], releases: Iterable[Release] = ()) -> list[Chart]:
    """The charts of one company over time, each drawn over the same span of dates (the first quarter any of
    them shows to the last, half a bar's width beyond, or a twentieth of a span of years): a chart of fewer
    quarters would otherwise stretch them over its width, and the same quarter would stand at a different place
    in each chart. The days `releases` report on are named first on every chart that draws them
    (`release_days`)."""
    own = release_days(releases)
    drawn = [_days_in(chart.figure) for chart in charts]
    days = [day for chart_days in drawn for day in chart_days]
    if len(set(days)) < 2:
        return list(charts)
    cuts = axis_cuts(days)  # the same cuts too: a chart's own would set its quarters apart from the others'
    pad = edge_room(min(days), max(days), cuts)
    span = [(min(days) - pad).isoformat(), (max(days) + pad).isoformat()]
    aligned = []
    for chart, chart_days in zip(charts, drawn, strict=True):
        if not chart_days:
            aligned.append(chart)
            continue
        figure = go.Figure(chart.figure)
        # ticks at its own points only, spaced on the shared axis: each bar named, no tick under nothing
        figure.update_xaxes(range=span, **date_ticks(chart_days, days, HALF_PLOT_PX, own))
        _cut(figure, cuts)
        thin_labels(figure, min(days) - pad, max(days) + pad, HALF_PLOT_PX)
        aligned.append(dataclasses.replace(chart, figure=figure))
    return aligned


# A point the checks of its release do not vouch for, on a line chart: a dot or a cross in its circle, as a
# bar is dotted or cross-hatched (core.charts.verified); a derived point's circle is hollow.
POINT_SYMBOLS = {"failed": "-x", "unchecked": "-dot"}


def point_symbol(point: Observation | None) -> str:
    """ "circle", "circle-open" (derived), "circle-dot" (not checked), "circle-open-dot", "circle-x" ..."""
    if point is None:
        return "circle"
    base = "circle-open" if point.derived else "circle"
    return base + POINT_SYMBOLS.get(point.status, "")


def bar_pattern(point: Observation) -> str:
    """A bar's pattern: hatched where derived (its own mark), else cross-hatched where a failed check blames
    it and dotted where no check speaks of it, each bar by its own period's figure, never its line's."""
    if point.derived:
        return DERIVED_PATTERN
    return {"failed": UNVERIFIED_PATTERN, "unchecked": UNCHECKED_PATTERN}.get(point.status, "")


def figure_marks(name: str, points: Iterable[Observation | None]) -> dict[str, str]:
    """ "Revenue, 3M to Mar 31, 2022": "unchecked" for each point the checks do not vouch for (Chart.marks by
    figure), so the page's badge and legend name them."""
    return {f"{name}, {period_name(p.period).removesuffix(' (derived)')}": p.status for p in points
            if p is not None and p.status in ("failed", "unchecked")}


def marks_sentence(marks: dict[str, str], *, bars: bool = True) -> str:
    """The alt text's sentence naming the figures marked: " Dotted (not checked: no check of its release
    speaks of them): Revenue, 3M to Mar 31, 2022; ..."."""
    said = {"unchecked": ("Dotted" if bars else "Dotted markers",
                          "not checked: no check of its release speaks of them"),
            "failed": ("Cross-hatched" if bars else "Crossed markers",
                       "not verified: a failed check of its release blames them")}
    parts = []
    for status, (how, why) in said.items():
        names = [name for name, found in marks.items() if found == status]
        if names:
            parts.append(f" {how} ({why}): {'; '.join(names)}.")
    return "".join(parts)
