"""What every chart shares: the palette, accounting tick labels, and the `Chart` bundle.

Colours are Okabe-Ito, chosen to stay distinct for the common forms of colour blindness; favourable and
unfavourable moves use bluish green and vermillion, which differ in lightness as well as hue. No chart sets
a background or text colour, so Streamlit's theme makes them work in light and dark mode alike.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go  # type: ignore[import-untyped]

from core.formatting import accounting

CURRENT = "#0072B2"  # blue: the period in view
PRIOR = "#56B4E9"  # sky blue: the year-earlier period
FAVOURABLE = "#009E73"  # bluish green: a move for the better
UNFAVOURABLE = "#D55E00"  # vermillion: a move for the worse, and negative amounts
TOTAL = "#6A6A6A"  # grey: totals and subtotals in a waterfall
SEQUENCE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
DERIVED_PATTERN = "/"  # hatching marks bars the release did not print


@dataclass(frozen=True)
class Chart:
    """A figure with the table of the numbers it draws and a sentence for readers who cannot see it."""

    figure: go.Figure
    data: pd.DataFrame
    alt_text: str


def to_units(value: Decimal | None, scale: int) -> float | None:
    """Decimal dollars -> float in the statement's units, at the edge where Plotly needs floats."""
    return None if value is None else float(value / Decimal(scale))


def nice_ticks(values: Iterable[float | None], *, count: int = 5) -> list[float]:
    """About `count` round tick values spanning `values` and zero (1, 2, 2.5 or 5 times a power of ten)."""
    present = [v for v in values if v is not None and math.isfinite(v)]
    low, high = min([0.0, *present]), max([0.0, *present])
    if high == low:
        return [low]
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first, last = math.floor(low / step), math.ceil(high / step)
    return [round(i * step, 10) for i in range(first, last + 1)]


def accounting_axis(
    values: Iterable[float | None], *, decimals: int = 0, currency: str = ""
) -> dict[str, object]:
    """Axis settings that label ticks the way the release prints numbers: "(4,000)" for -4000."""
    ticks = nice_ticks(values)
    step_decimals = decimals
    if len(ticks) > 1 and decimals == 0 and any(t != int(t) for t in ticks):
        step_decimals = 1
    return {
        "tickmode": "array",
        "tickvals": ticks,
        "ticktext": [accounting(Decimal(str(t)), decimals=step_decimals, currency=currency) for t in ticks],
        "zeroline": True,
        "zerolinewidth": 2,
    }


def base_layout(figure: go.Figure, *, title: str, height: int = 420) -> go.Figure:
    """Title, legend above the plot, margins: the same frame for every chart."""
    figure.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        height=height,
        margin={"l": 10, "r": 10, "t": 80, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "xanchor": "left", "x": 0},
        bargap=0.25,
        separators=".,",
    )
    return figure


def labels(values: Sequence[float | None], *, decimals: int = 0, currency: str = "") -> list[str]:
    """Bar labels in accounting style; blank for a missing value."""
    return [
        "" if v is None else accounting(Decimal(str(v)), decimals=decimals, currency=currency) for v in values
    ]
