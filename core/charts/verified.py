"""Figures the checks cannot vouch for, marked on a chart: cross-hatched bars and a sentence that says why.

A chart draws lines of the release; where a failed check blames a figure on one of those lines
(core.checks.verification), its bar is hatched rather than drawn as if it were sure, and the alt text names the
check, so a reader never takes an unverified number for a checked one.
"""

from __future__ import annotations

import dataclasses

import plotly.graph_objects as go

from core.charts.style import UNVERIFIED_PATTERN, Chart, source_key
from core.checks.verification import describe_doubt, doubts
from core.model import CheckResult, Release

HATCH = UNVERIFIED_PATTERN


def mark_unverified(chart: Chart, release: Release) -> tuple[Chart, tuple[CheckResult, ...]]:
    """The chart with the bars of doubted lines hatched, and the failed checks behind them."""
    if not chart.sources:
        return chart, ()
    doubted = {name: found for name, spans in chart.sources.items() if (found := doubts(release, spans))}
    if not doubted:
        return chart, ()
    figure = go.Figure(chart.figure)
    marked: set[str] = set()
    for trace in figure.data:
        if trace.type != "bar":
            continue
        categories = trace.y if trace.orientation == "h" else trace.x
        if categories is None:
            continue
        shapes = ["" for _ in categories]
        for index, category in enumerate(categories):
            key = source_key(category)
            series = source_key(trace.name or "")
            hit = key if key in doubted else series if series in doubted else None
            if hit is not None:
                shapes[index] = HATCH
                marked.add(hit)
        if any(shapes):
            trace.marker.pattern = {"shape": shapes, "solidity": 0.45, "fillmode": "overlay"}
    if not marked:
        return chart, ()  # the doubted lines are not among the bars drawn
    checks = tuple({id(c): c for name in sorted(marked) for c in doubted[name]}.values())
    names = ", ".join(sorted(marked))
    alt = (f"{chart.alt_text} Hatched: {names}, which a failed check does not vouch for "
           f"({'; '.join(describe_doubt(c) for c in checks[:3])}).")
    return dataclasses.replace(chart, figure=figure, alt_text=alt), checks
