"""Figures the checks cannot vouch for, marked on a chart: cross-hatched bars (a failed check blames them),
dotted bars (no check speaks of them) and a sentence that says why.

A chart draws lines of the release; where a failed check blames a figure on one of those lines
(core.checks.verification), its bar is hatched rather than drawn as if it were sure, and the alt text names the
check, so a reader never takes an unverified number for a checked one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import plotly.graph_objects as go

from core.charts.style import (
    DERIVED_PATTERN,
    UNCHECKED_PATTERN,
    UNVERIFIED_PATTERN,
    Chart,
    hatched,
    source_key,
)
from core.checks.verification import describe_doubt, doubts, unchecked
from core.model import CheckResult, Release

HATCH = UNVERIFIED_PATTERN
DOTS = UNCHECKED_PATTERN
# What a bar's pattern says, in the words its label and hover add (`say_marks`) and the key under the chart gives
# (`marks_key`): one language on every page (UI-62: hatching had meant "derived" on Periods and "not verified" on
# Per share, and the marked bars' hovers had said nothing).
MARK_WORDS = {UNVERIFIED_PATTERN: "not verified", UNCHECKED_PATTERN: "not checked"}
PATTERN_KEY = {
    DERIVED_PATTERN: "diagonal hatching, worked out from printed figures, not printed (derived)",
    UNVERIFIED_PATTERN: "cross-hatching, not verified (a failed check blames the figure)",
    UNCHECKED_PATTERN: "dots, not checked (no check of the release speaks of the figure)",
}


def mark_unverified(chart: Chart, release: Release) -> tuple[Chart, tuple[CheckResult, ...]]:
    """The chart with the bars of doubted lines hatched and those of lines no check speaks of dotted, and the
    failed checks behind the hatched ones. The marks are kept on the chart (`Chart.marks`) for its table; a
    bar already patterned (a derived quarter's) keeps its own pattern."""
    if not chart.sources:
        return chart, ()
    doubted = {name: found for name, spans in chart.sources.items()
               if (found := doubts(release, spans, chart.periods.get(name)))}
    bare = {name for name, spans in chart.sources.items() if name not in doubted and unchecked(release, spans)}
    if not doubted and not bare:
        return chart, ()
    figure = go.Figure(chart.figure)
    marked: dict[str, str] = {}
    own: dict[int, str] = {}  # a series' own pattern where every bar of it has it (a derived period's hatching)
    for number, trace in enumerate(figure.data):
        if trace.type == "waterfall":
            _name_the_marked_steps(trace, doubted, bare, marked)
            continue
        if trace.type != "bar":
            continue
        categories = trace.y if trace.orientation == "h" else trace.x
        if categories is None:
            continue
        before = trace.marker.pattern.shape if trace.marker.pattern is not None else None
        shapes = list(before) if isinstance(before, (list, tuple)) else [before or "" for _ in categories]
        if shapes and shapes[0] and all(shape == shapes[0] for shape in shapes):
            own[number] = shapes[0]
        for index, category in enumerate(categories):
            key, series = source_key(category), source_key(trace.name or "")
            hit = next((name for name in (key, series) if name in doubted or name in bare), None)
            if hit is None or index >= len(shapes):
                continue
            status = "failed" if hit in doubted else "unchecked"
            if status == "failed" or not shapes[index]:
                shapes[index] = HATCH if status == "failed" else DOTS
            marked[hit] = status
        if any(shapes):
            trace.marker.pattern = {"shape": shapes, "solidity": 0.45, "fillmode": "overlay"}
    if not marked:
        return chart, ()  # the lines the checks do not vouch for are not among the bars drawn
    plain_legend(figure, own)
    say_marks(figure)
    failed = sorted(name for name, status in marked.items() if status == "failed")
    checks = tuple({id(c): c for name in failed for c in doubted[name]}.values())
    alt = chart.alt_text
    named = any(trace.type == "waterfall" for trace in figure.data)  # a waterfall's steps say it in words
    if failed:
        alt += (f" {'Marked not verified' if named else 'Cross-hatched'}: {', '.join(failed)}, which a failed check "
                f"does not vouch for ({'; '.join(describe_doubt(c) for c in checks[:3])}).")
    if dotted := sorted(name for name, status in marked.items() if status == "unchecked"):
        alt += (f" {'Marked not checked' if named else 'Dotted'}: {', '.join(dotted)}, which no check of the "
                "release speaks of (not checked).")
    return dataclasses.replace(chart, figure=figure, alt_text=alt, marks=marked), checks


def _name_the_marked_steps(trace: go.Waterfall, doubted: dict[str, tuple[CheckResult, ...]], bare: set[str],
                           marked: dict[str, str]) -> None:
    """A waterfall's bars take no pattern (Plotly draws its steps in two colours and a total's): a step whose
    line a failed check blames, or no check speaks of, says so under its name (UI-12: the Overview's waterfall
    had drawn unchecked cost lines plain beside Periods' dotted bars of the same lines)."""
    horizontal = trace.orientation == "h"
    categories = trace.y if horizontal else trace.x
    if categories is None:
        return
    renamed = list(categories)
    for index, category in enumerate(categories):
        key = source_key(category)
        if key in doubted or key in bare:
            status = "failed" if key in doubted else "unchecked"
            renamed[index] = f"{category}<br>({'not verified' if status == 'failed' else 'not checked'})"
            marked[key] = status
    if horizontal:
        trace.y = renamed
    else:
        trace.x = renamed


def plain_legend(figure: go.Figure, own: Mapping[int, str] | None = None) -> None:
    """Each patterned series keyed in the legend by its plain colour: a legend draws a bar series with its
    first bar's pattern, and where that bar was dotted both years' keys had looked alike (UI-22: "This year"
    and "Year earlier" both dotted on the homebuilder's Periods chart). The series itself leaves the legend
    to a key drawn with no bar, in its place and toggling it alike. A series whose every bar carries a pattern
    of its own before the marks (`own`, by the trace's index: a derived period's hatching) keeps it in its
    key: Southern's derived nine months had been keyed in solid colour beside hatched bars (UI-49), where a
    release with no line marked (Forian's) keys them hatched."""
    own = own or {}
    for index, trace in enumerate(list(figure.data)):
        if trace.type != "bar" or trace.showlegend is False or not any(trace.marker.pattern.shape or ()):
            continue
        group = trace.legendgroup or f"series {index}"
        trace.update(legendgroup=group, showlegend=False)
        marker: dict[str, object] = {"color": trace.marker.color}
        if index in own:
            marker["pattern"] = hatched(own[index])
        figure.add_trace(go.Bar(x=[None], y=[None], name=trace.name, legendgroup=group, showlegend=True,
                                legendrank=index + 1, orientation=trace.orientation,
                                marker=marker, hoverinfo="skip"))
    for index, trace in enumerate(figure.data):
        if trace.type == "bar" and trace.showlegend is not False and trace.legendrank is None:
            trace.legendrank = index + 1



def _shapes(trace: go.Bar) -> list[str]:
    pattern = trace.marker.pattern
    shape = pattern.shape if pattern is not None else None
    if isinstance(shape, (list, tuple)):
        return [str(one or "") for one in shape]
    categories = trace.y if trace.orientation == "h" else trace.x
    return [str(shape or "")] * len(categories if categories is not None else ())


def say_marks(figure: go.Figure) -> None:
    """Every bar cross-hatched or dotted says so in words, in its value label and in its hover ("$0.84<br>(not
    verified)", "...: 6,282 ($ millions) (not checked)"): UI-62 found Tollgate Pass's hatched 2019 EPS hovering
    "$0.84 per unit" and Periods' dotted bars' hovers unmarked, a pattern alone being lost on a reader who hovers,
    and on one who cannot tell the patterns apart. A derived bar's hover says "(derived)" from its period's name."""
    for trace in figure.data:
        if trace.type != "bar":
            continue
        shapes = _shapes(trace)
        if not any(shape in MARK_WORDS for shape in shapes):
            continue
        joint = " " if trace.orientation == "h" else "<br>"
        texts = list(trace.text) if isinstance(trace.text, (list, tuple)) else [trace.text] * len(shapes)
        template = trace.texttemplate
        labels = list(template) if isinstance(template, (list, tuple)) else [template or "%{text}"] * len(shapes)
        hover = trace.hovertemplate
        hovers = list(hover) if isinstance(hover, (list, tuple)) else [hover] * len(shapes)
        for index, shape in enumerate(shapes):
            words = MARK_WORDS.get(shape)
            if words is None:
                continue
            if index < len(labels) and labels[index] and index < len(texts) and texts[index]:
                labels[index] = f"{labels[index]}{joint}({words})"
            if index < len(hovers) and hovers[index]:
                said = str(hovers[index])
                head, extra, tail = said.partition("<extra>")
                hovers[index] = f"{head} ({words}){extra}{tail}"
        if any(texts):
            trace.texttemplate = labels
        if any(hovers):
            trace.hovertemplate = hovers


def marks_key(figure: go.Figure) -> str:
    """The key to the patterns a chart draws, said under it: "Bars marked: diagonal hatching, worked out ...;
    cross-hatching, not verified (...); dots, not checked (...)." Only the patterns drawn; empty where none."""
    drawn: set[str] = set()
    for trace in figure.data:
        if trace.type == "bar":
            drawn.update(_shapes(trace))
    said = [words for shape, words in PATTERN_KEY.items() if shape in drawn]
    return f"Bars marked: {'; '.join(said)}." if said else ""
