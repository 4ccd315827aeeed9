"""Charts of one company over time: net result, expense lines, cash, per-share result, share count, burn.

Every chart plots the series' chosen value per quarter (or balance date). Derived quarters are hatched
bars or hollow markers; where releases disagree (a restatement), the other readings are drawn as crosses
beside the value used, and the table under the chart names each reading's release.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.metrics import METRIC_NAMES, margin_history
from core.analysis.periods import period_name
from core.analysis.series import BurnPoint, CompanySeries, Observation, burn_trend, cash_series
from core.charts.style import (
    CURRENT,
    DERIVED_PATTERN,
    SEQUENCE,
    TOTAL,
    UNFAVOURABLE,
    Chart,
    accounting_axis,
    base_layout,
    labels,
    palette,
    to_units,
)
from core.formatting import accounting, per_share, shares, unit_label
from core.model import Period, Release

RESTATED_MARKER = {"symbol": "x-thin-open", "size": 13, "line": {"width": 3}, "color": "#000000"}


def safe(text: str) -> str:
    """A label from an uploaded file, made inert for Plotly, which reads a few HTML tags in text."""
    return text.replace("<", "‹").replace(">", "›")


def _tick(period: Period) -> str:
    """Where a period sits on the time axis: its end date (ISO), so spacing follows the calendar."""
    return period.end.isoformat()


# Points further apart than this are not joined by a line: two releases seven years apart (Oracle FY2014
# and FY2022) are two islands on the axis, not a trend. A quarter apart is about 91 days; half a year
# leaves room for a 53-week year and a missing quarter reads as a gap, which it is.
GAP_DAYS = 190
BAR_DAYS = 55  # a bar about two thirds of a quarter wide, so neighbouring quarters never touch
_DAY_MS = 86_400_000


def _gapped(trace: go.Scatter) -> None:
    """Insert a blank point wherever two neighbours are more than GAP_DAYS apart, so the line breaks."""
    xs = list(trace.x or ())
    if len(xs) < 2 or "lines" not in (trace.mode or "lines"):
        return
    per_point = {
        name: list(value)
        for name, value in (("y", trace.y), ("text", trace.text), ("customdata", trace.customdata))
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
                fields[name].append(None)
            new_symbols.append("circle")
        new_x.append(x)
        for name, values in per_point.items():
            fields[name].append(values[index])
        if symbols is not None:
            new_symbols.append(symbols[index])
    trace.update(x=new_x, connectgaps=False, **fields)
    if symbols is not None:
        trace.marker.symbol = new_symbols


def _time_axis(figure: go.Figure) -> go.Figure:
    """A real time axis: dates spaced as the calendar spaces them, gaps left as gaps, bars a fixed width."""
    for trace in figure.data:
        if not trace.x or not all(isinstance(x, str) and len(x) == 10 for x in trace.x if x is not None):
            continue
        if isinstance(trace, go.Bar):
            trace.update(width=BAR_DAYS * _DAY_MS, xhoverformat="%b %-d, %Y")
        elif isinstance(trace, go.Scatter):
            _gapped(trace)
            trace.update(xhoverformat="%b %-d, %Y")
    figure.update_xaxes(type="date", tickformat="%b %Y", automargin=True, ticklabelmode="period")
    return figure


def _readings(series: CompanySeries, point: Observation) -> tuple[Observation, ...]:
    """The other readings of a restated value (empty when the releases agree)."""
    restated = series.restated(point.key, point.period.end, point.period.months)
    return restated.versions[1:] if restated is not None else ()


def _rows(series: CompanySeries, points: tuple[Observation, ...], name: str, unit: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for point in points:
        shown = _display(point, series.scale)
        others = _readings(series, point)
        rows.append(
            {
                "Period": period_name(point.period).removesuffix(" (derived)"),
                "Line": name,
                f"Value ({unit})": shown,
                "How": f"derived: {point.basis}" if point.basis else f"printed in {point.source}",
                "Restated": "; ".join(f"{_display(o, series.scale)} in {o.source}" for o in others),
            }
        )
    return rows


def _display(point: Observation, scale: int) -> str:
    if point.kind == "per_share":
        return per_share(point.value)
    if point.kind == "shares":
        return shares(point.value)
    return accounting(to_units(point.value, scale))


def _value(point: Observation, scale: int) -> float:
    if point.kind in ("per_share", "shares"):
        return float(point.value)
    return float(point.value / Decimal(scale))


def _restated_trace(series: CompanySeries, points: tuple[Observation, ...], x: list[str]) -> go.Scatter | None:
    xs, ys, texts = [], [], []
    for tick, point in zip(x, points, strict=True):
        for other in _readings(series, point):
            xs.append(tick)
            ys.append(_value(other, series.scale))
            texts.append(f"{_display(other, series.scale)} in {safe(other.source)}")
    if not xs:
        return None
    return go.Scatter(
        x=xs,
        y=ys,
        mode="markers",
        name="Another release's reading (restated)",
        marker=RESTATED_MARKER,
        text=texts,
        hovertemplate="%{x}: %{text}<extra>restated</extra>",
    )


def line_bars(series: CompanySeries, key: str, title: str) -> Chart | None:
    """One line's quarterly values as bars, losses in vermillion, derived quarters hatched."""
    points = series.points(key)
    if not points:
        return None
    scale, unit = series.scale, unit_label(series.scale)
    x = [_tick(p.period) for p in points]
    values = [_value(p, scale) for p in points]
    figure = go.Figure(
        go.Bar(
            x=x,
            y=values,
            name=safe(series.label(key)),
            marker={
                "color": [UNFAVOURABLE if v < 0 else CURRENT for v in values],
                "pattern": {"shape": [DERIVED_PATTERN if p.derived else "" for p in points]},
            },
            text=labels(values),
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"%{{x}}: %{{text}} ({unit})<extra></extra>",
        )
    )
    restated = _restated_trace(series, points, x)
    if restated is not None:
        figure.add_trace(restated)
    figure.update_yaxes(title_text=unit, **accounting_axis([*values, *(restated.y if restated else ())]))
    base_layout(figure, title=title, height=380)
    figure.update_layout(showlegend=restated is not None)
    data = pd.DataFrame(_rows(series, points, series.label(key), unit))
    alt = (
        f"Bars of {series.label(key)} per quarter in {unit}: "
        + ", ".join(f"{row['Period']} {row[f'Value ({unit})']}" for row in data.to_dict("records"))
        + "."
    )
    _time_axis(figure)
    return Chart(figure, data, alt)


def expense_lines(series: CompanySeries) -> Chart | None:
    """Each operating-expense line per quarter, and the total dashed; hollow markers for derived values."""
    keys = [k for k in (*series.expense_keys, "total_operating_expenses") if series.points(k)]
    if not keys:
        return None
    scale, unit = series.scale, unit_label(series.scale)
    quarters = series.quarters
    x = [_tick(q) for q in quarters]
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    plotted: list[float | None] = []
    for index, key in enumerate(keys):
        by_end = {p.period.end: p for p in series.points(key)}
        found = [by_end.get(q.end) for q in quarters]
        ys = [None if p is None else _value(p, scale) for p in found]
        plotted.extend(ys)
        total = key == "total_operating_expenses"
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
                    "symbol": ["circle-open" if p is not None and p.derived else "circle" for p in found],
                },
                hovertemplate=f"{safe(series.label(key))}, %{{x}}: %{{y:,.0f}} ({unit})<extra></extra>",
            )
        )
        present = tuple(p for p in found if p is not None)
        rows.extend(_rows(series, present, series.label(key), unit))
        restated = _restated_trace(series, present, [_tick(p.period) for p in present])
        if restated is not None:
            restated.update(showlegend=not any(t.name == restated.name for t in figure.data))
            figure.add_trace(restated)
    figure.update_yaxes(title_text=unit, **accounting_axis(plotted))
    base_layout(figure, title="Operating expenses per quarter, line by line (hollow markers are derived)")
    alt = f"Lines of each operating expense per quarter in {unit}: " + ", ".join(series.label(k) for k in keys) + "."
    _time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt)


def cash_trend(series: CompanySeries) -> Chart | None:
    """Cash and investments at every balance date, with restated readings as crosses."""
    points = cash_series(series)
    if not points:
        return None
    scale, unit = series.scale, unit_label(series.scale)
    x = [p.end.isoformat() for p in points]
    ys = [to_units(p.amount, scale) for p in points]
    figure = go.Figure(
        go.Scatter(
            x=x,
            y=ys,
            mode="lines+markers+text",
            name="Cash and investments",
            line={"color": CURRENT},
            text=labels(ys),
            textposition="top center",
            hovertemplate=f"%{{x}}: %{{text}} ({unit})<extra></extra>",
        )
    )
    rows = []
    others_x, others_y, others_text = [], [], []
    for name, point in zip(x, points, strict=True):
        readings = [r for part in point.parts for r in _readings(series, part)]
        for other in readings:
            others_x.append(name)
            others_y.append(_value(other, scale))
            others_text.append(f"{accounting(to_units(other.value, scale))} in {safe(other.source)}")
        rows.append(
            {
                "Date": period_name(Period(point.end, None)),
                f"Cash and investments ({unit})": accounting(to_units(point.amount, scale)),
                "Lines": " + ".join(p.label for p in point.parts),
                "Printed in": ", ".join(sorted({p.source for p in point.parts})),
                "Restated": "; ".join(
                    f"{accounting(to_units(o.value, scale))} in {o.source}" for o in readings
                ),
            }
        )
    if others_x:
        figure.add_trace(
            go.Scatter(
                x=others_x,
                y=others_y,
                mode="markers",
                name="Another release's reading (restated)",
                marker=RESTATED_MARKER,
                text=others_text,
                hovertemplate="%{x}: %{text}<extra>restated</extra>",
            )
        )
    figure.update_yaxes(title_text=unit, **accounting_axis([*ys, *others_y]))
    base_layout(figure, title="Cash and investments at each balance-sheet date", height=380)
    alt = f"Line of cash and investments in {unit}: " + ", ".join(
        f"{row['Date']} {row[f'Cash and investments ({unit})']}" for row in rows
    ) + "."
    _time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt)


def per_share_trend(series: CompanySeries) -> Chart | None:
    """Printed net result per share per quarter (diluted where printed, else basic)."""
    key = "eps_diluted" if series.points("eps_diluted") else "eps_basic"
    points = series.points(key)
    if not points:
        return None
    x = [_tick(p.period) for p in points]
    values = [float(p.value) for p in points]
    figure = go.Figure(
        go.Bar(
            x=x,
            y=values,
            marker={"color": [UNFAVOURABLE if v < 0 else CURRENT for v in values]},
            text=labels(values, decimals=2, currency="$"),
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{x}: %{text} per share<extra></extra>",
        )
    )
    restated = _restated_trace(series, points, x)
    if restated is not None:
        figure.add_trace(restated)
    figure.update_yaxes(title_text="$ per share", **accounting_axis(values, decimals=2, currency="$"))
    base_layout(figure, title="Net result per share per quarter, as printed", height=380)
    figure.update_layout(showlegend=restated is not None)
    data = pd.DataFrame(_rows(series, points, series.label(key), "$ per share"))
    alt = "Bars of net result per share per quarter: " + ", ".join(
        f"{row['Period']} {row['Value ($ per share)']}" for row in data.to_dict("records")
    ) + "."
    _time_axis(figure)
    return Chart(figure, data, alt)


def share_count_trend(series: CompanySeries) -> Chart | None:
    """Weighted average shares per quarter, in millions on the axis and in full in the table."""
    key = "shares_diluted" if series.points("shares_diluted") else "shares_basic"
    points = series.points(key)
    if not points:
        return None
    x = [_tick(p.period) for p in points]
    millions = [float(p.value) / 1e6 for p in points]
    figure = go.Figure(
        go.Scatter(
            x=x,
            y=millions,
            mode="lines+markers+text",
            line={"color": SEQUENCE[1]},
            text=[f"{m:,.1f}" for m in millions],
            textposition="top center",
            hovertemplate="%{x}: %{y:,.2f} million shares<extra></extra>",
        )
    )
    figure.update_yaxes(title_text="Weighted shares (millions)", rangemode="tozero", tickformat=",.0f")
    base_layout(figure, title="Weighted average shares per quarter", height=380)
    figure.update_layout(showlegend=False)
    data = pd.DataFrame(_rows(series, points, series.label(key), "shares"))
    alt = "Line of weighted average shares per quarter in millions: " + ", ".join(
        f"{row['Period']} {row['Value (shares)']}" for row in data.to_dict("records")
    ) + "."
    _time_axis(figure)
    return Chart(figure, data, alt)


BURN_METHODS = (
    ("Net loss per month", "net_loss_monthly", UNFAVOURABLE),
    ("Fall in cash and investments per month", "cash_change_monthly", CURRENT),
    ("Cash used in operations per month", "operating_cash_monthly", SEQUENCE[1]),
)


def burn_chart(series: CompanySeries) -> Chart | None:
    """Monthly burn per quarter by each method (bars) and the runway each implies at the quarter's end
    (lines, right axis). Estimates, each saying how it was made, as on the single-release Cash page."""
    points = burn_trend(series)
    if not points:
        return None
    scale, unit = series.scale, unit_label(series.scale)
    x = [_tick(p.quarter) for p in points]
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    burns: list[float | None] = []
    for method, field, colour in BURN_METHODS:
        monthly = [_burn(p, field) for p in points]
        if all(m is None for m in monthly):
            continue
        ys = [to_units(m, scale) for m in monthly]
        burns.extend(ys)
        figure.add_trace(
            go.Bar(
                x=x, y=ys, name=method, marker={"color": colour}, yaxis="y",
                hovertemplate=f"{method}, %{{x}}: %{{y:,.0f}} ({unit})<extra></extra>",
            )
        )  # fmt: skip
        runway = [p.runway(m) for p, m in zip(points, monthly, strict=True)]
        if any(r is not None for r in runway):
            figure.add_trace(
                go.Scatter(
                    x=x,
                    y=[None if r is None else float(r) for r in runway],
                    name=f"Runway at that rate (months): {method.lower()}",
                    mode="lines+markers",
                    line={"color": colour, "dash": "dot"},
                    yaxis="y2",
                    hovertemplate="%{x}: %{y:.1f} months of cash<extra></extra>",
                )
            )
        for point, value, months in zip(points, monthly, runway, strict=True):
            rows.append(
                {
                    "Quarter": period_name(point.quarter).removesuffix(" (derived)"),
                    "Method": method,
                    f"Burn per month ({unit})": accounting(to_units(value, scale)),
                    f"Cash at quarter end ({unit})": accounting(to_units(point.cash, scale)),
                    "Runway (months)": "—" if months is None else f"{float(months):.1f}",
                }
            )
    figure.update_layout(
        yaxis={"title": {"text": f"Burn per month ({unit})"}, **accounting_axis(burns)},
        yaxis2={"title": {"text": "Runway (months)"}, "overlaying": "y", "side": "right", "rangemode": "tozero",
                "showgrid": False},
        barmode="group",
    )  # fmt: skip
    base_layout(figure, title="Burn per month and the runway it implies, quarter by quarter", height=440)
    alt = (
        f"Bars of monthly burn per quarter in {unit} by method, with dotted lines of the months of cash left "
        "at each quarter's end at that rate."
    )
    _time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt)


def _burn(point: BurnPoint, field: str) -> Decimal | None:
    value = getattr(point, field)
    return value if isinstance(value, Decimal) else None


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
            {"Quarter ending": period_name(Period(end, None)), "Metric": METRIC_NAMES[key], "%": f"{value:.1f}"}
            for end, value in points
        )
    figure.update_yaxes(title_text="% of revenue", **accounting_axis(plotted, decimals=0))
    base_layout(figure, title="Margins per quarter (% of revenue)", height=380)
    alt = "Lines of " + ", ".join(METRIC_NAMES[k].lower() for k in history) + " per quarter, in % of revenue."
    _time_axis(figure)
    return Chart(figure, pd.DataFrame(rows), alt)
