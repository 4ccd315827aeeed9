"""Analysis of a parsed release: pure functions from the model to comparisons, mixes, burn and bridges.

Money stays `Decimal` here; only charts and frames turn it into floats. Everything works from concepts and
period fields, never from one company's labels, and returns None (or an empty tuple) where the release
lacks what a figure needs, so pages can say what is missing instead of failing.
"""

from core.analysis.cash import (
    BalanceSegment,
    BurnEstimate,
    CashPoint,
    balance_composition,
    burn_estimates,
    cash_burn,
    cash_points,
    release_cash_points,
)
from core.analysis.comparisons import Change, compare, compare_concept, direction
from core.analysis.currency import release_currency, statement_currency
from core.analysis.derived import compared_windows, derivable, derived_windows, with_derived
from core.analysis.expenses import ExpenseBreakdown, Mover, biggest_mover, breakdown
from core.analysis.headline import Headline, headlines, missing_parts, quarter_window
from core.analysis.per_share import EpsBridge, PerSharePoint, eps_bridge, per_share_points
from core.analysis.periods import (
    Window,
    add_months,
    balance_dates,
    current_quarter,
    is_derived,
    months_between,
    period_name,
    windows,
)

__all__ = [
    "BalanceSegment",
    "BurnEstimate",
    "CashPoint",
    "Change",
    "EpsBridge",
    "ExpenseBreakdown",
    "Headline",
    "Mover",
    "PerSharePoint",
    "Window",
    "add_months",
    "balance_composition",
    "balance_dates",
    "biggest_mover",
    "breakdown",
    "burn_estimates",
    "cash_burn",
    "cash_points",
    "compare",
    "compare_concept",
    "compared_windows",
    "current_quarter",
    "derivable",
    "derived_windows",
    "direction",
    "eps_bridge",
    "headlines",
    "is_derived",
    "missing_parts",
    "months_between",
    "per_share_points",
    "period_name",
    "quarter_window",
    "release_cash_points",
    "release_currency",
    "statement_currency",
    "windows",
    "with_derived",
]
