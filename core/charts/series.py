"""Charts of one company over time: net result, expense lines, per-share result, share count, margins.

Every chart plots the series' chosen value per quarter (or balance date). Derived quarters are hatched
bars or hollow markers; where releases disagree (a restatement), the other readings are drawn as crosses
beside the value used, and the table under the chart names each reading's release. Cash and burn over time
are in core.charts.cash_over_time."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core.analysis.currency import EACH_OWN
from core.analysis.metrics import METRIC_NAMES, margin_history
from core.analysis.per_share import equity_words_of
from core.analysis.periods import day_name
from core.analysis.series import CompanySeries
from core.charts.style import (
    CURRENT,
    SEQUENCE,
    TOTAL,
    UNFAVOURABLE,
    Chart,
    accounting_axis,
    base_layout,
    decimals_of,
    hatched,
    labels,
    palette,
)
from core.charts.timeline import (
    bar_pattern,
    figure_marks,
    label_positions,
    marks_sentence,
    point_symbol,
    printed_places,
    quarter_tick,
    restated_trace,
    safe,
    series_sign,
    series_unit,
    table_rows,
    time_axis,
    value_in_units,
)
from core.formatting import printed_places as figure_places
from core.model import Release


def line_bars(series: CompanySeries, key: str, title: str) -> Chart | None:
    """One line's quarterly values as bars, losses in vermillion, derived quarters hatched."""
    points = series.points(key)
    if not points:
        return None
    scale, unit = series.scale, series_unit(series)
    x = [quarter_tick(p.period) for p in points]
    values = [value_in_units(p, scale) for p in points]
    places = decimals_of((p.value for p in points), scale)
    figure = go.Figure(
        go.Bar(
            x=x,
            y=values,
            name=safe(series.label(key)),
            marker={
                "color": [UNFAVOURABLE if v < 0 else CURRENT for v in values],
                "pattern": hatched([bar_pattern(p) for p in points]),
            },
            text=labels(values, decimals=places),
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"%{{x}}: %{{text}} ({unit})<extra></extra>",
        )
    )
    restated = restated_trace(series, points, x)
    if restated is not None:
        figure.add_trace(restated)
    figure.update_yaxes(title_text=unit, **accounting_axis([*values, *(restated.y if restated else ())]))
    base_layout(figure, title=title, height=380)
    figure.update_layout(showlegend=restated is not None)
    data = pd.DataFrame(table_rows(series, points, series.label(key), unit))
    marks = figure_marks(series.label(key), points)
    alt = (
        f"Bars of {series.label(key)} per quarter in {unit}: "
        + ", ".join(f"{row['Period']} {row[f'Value ({unit})']}" for row in data.to_dict("records"))
        + "." + marks_sentence(marks)
    )
    time_axis(figure)
    return Chart(figure, data, alt, figure_marks=marks)


def expense_lines(series: CompanySeries) -> Chart | None:
    """Each expense line per quarter, and their total dashed, named as the Expenses page names it ("Total
    noninterest expense" for a bank); hollow markers for derived values."""
    keys = [k for k in dict.fromkeys((*series.expense_keys, series.expense_total)) if series.points(k)]
    if not keys:
        return None
    scale, unit = series.scale, series_unit(series)
    quarters = series.quarters
    x = [quarter_tick(q) for q in quarters]
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    plotted: list[float | None] = []
    marks: dict[str, str] = {}
    places = printed_places(series, (p for key in keys for p in series.points(key)))
    for index, key in enumerate(keys):
        by_end = {p.period.end: p for p in series.points(key)}
        found = [by_end.get(q.end) for q in quarters]
        ys = [None if p is None else value_in_units(p, scale) for p in found]
        plotted.extend(ys)
        total = key == series.expense_total
        figure.add_trace(
            go.Scatter(
                x=x,
                y=ys,
                name=safe(series.label(key)),
                mode="lines+markers",
                connectgaps=False,
                line={
                    "color": TOTAL if total else palette(index + 1)[-1],
                    "dash": "dash" if total else "solid",
                },
                marker={
                    "size": 9,
                    "symbol": [point_symbol(p) for p in found],
                },
                hovertemplate=f"{safe(series.label(key))}, %{{x}}: %{{y:,.{places}f}} ({unit})<extra></extra>",
            )
        )
        present = tuple(p for p in found if p is not None)
        marks.update(figure_marks(series.label(key), present))
        rows.extend(table_rows(series, present, series.label(key), unit))
        restated = restated_trace(series, present, [quarter_tick(p.period) for p in present])
        if restated is not None:
            restated.update(showlegend=not any(t.name == restated.name for t in figure.data))
            figure.add_trace(restated)
    figure.update_yaxes(title_text=unit, **accounting_axis(plotted))
    name = safe(series.expense_total_label)
    base_layout(figure, title=f"{name} per quarter, line by line (hollow markers are derived)")
    alt = f"Lines per quarter in {unit} of each line making up {name}: " + ", ".join(
        series.label(k) for k in keys) + "." + marks_sentence(marks, bars=False)
    time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt, figure_marks=marks)


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
            marker={"color": [UNFAVOURABLE if v < 0 else CURRENT for v in values],
                    "pattern": hatched([bar_pattern(p) for p in points])},
            text=labels(values, decimals=places, currency=sign),
            textposition="outside",
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
    figure = go.Figure(
        go.Scatter(
            x=x,
            y=millions,
            mode="lines+markers+text",
            line={"color": SEQUENCE[1]},
            marker={"size": 9, "symbol": [point_symbol(p) for p in points]},
            text=[f"{m:,.1f}" for m in millions],
            textposition=label_positions(x, millions),
            cliponaxis=False,
            hovertemplate=f"%{{x}}: %{{y:,.2f}} million {many}<extra></extra>",
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
    alt = f"Line of weighted average {many} per quarter, in millions: " + ", ".join(
        f"{row['Period']} {row[f'Value ({unit})']}" for row in data.to_dict("records")
    ) + "." + marks_sentence(marks, bars=False)
    time_axis(figure)
    return Chart(figure, data, alt, figure_marks=marks)


def margins_over_time(releases: tuple[Release, ...]) -> Chart | None:
    """Gross, operating and net margin per quarter (standard metrics), on a time axis with gaps shown."""
    history = margin_history(releases)
    if not history or all(len(points) < 2 for points in history.values()):
        return None
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    colours = palette(len(history))
    plotted: list[float | None] = []
    for index, (key, points) in enumerate(history.items()):
        xs = [end.isoformat() for end, _ in points]
        ys = [float(value) for _, value in points]
        plotted.extend(ys)
        figure.add_trace(
            go.Scatter(
                x=xs, y=ys, name=METRIC_NAMES[key], mode="lines+markers", line={"color": colours[index]},
                hovertemplate=f"{METRIC_NAMES[key]}, %{{x}}: %{{y:.1f}}%<extra></extra>",
            )
        )  # fmt: skip
        rows.extend(
            {"Quarter ending": day_name(end), "Metric": METRIC_NAMES[key], "%": f"{value:.1f}"}
            for end, value in points
        )
    figure.update_yaxes(title_text="% of revenue", **accounting_axis(plotted, decimals=0))
    base_layout(figure, title="Margins per quarter (% of revenue)", height=380)
    alt = "Lines of " + ", ".join(METRIC_NAMES[k].lower() for k in history) + " per quarter, in % of revenue."
    time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt)
