"""Chart builders: pure functions from the model and its analysis to a `Chart` (figure, table, alt text).

No chart knows about Streamlit; the pages decide where a chart goes, the builders decide what it shows.
"""

from core.charts.cash import balance_bars, cash_bars, runway_projection
from core.charts.expenses import composition, line_changes
from core.charts.per_share import bridge_chart, eps_bars, share_bars
from core.charts.periods import (
    comparison_bars,
    quarter_trend,
    release_abbreviations,
    result_waterfall,
    waterfall_steps,
    why_no_waterfall,
)
from core.charts.style import Chart, release_unit

__all__ = [
    "Chart",
    "balance_bars",
    "bridge_chart",
    "cash_bars",
    "comparison_bars",
    "composition",
    "eps_bars",
    "line_changes",
    "quarter_trend",
    "release_abbreviations",
    "release_unit",
    "result_waterfall",
    "runway_projection",
    "share_bars",
    "waterfall_steps",
    "why_no_waterfall",
]
