"""What the checks say of each figure an analysis carries away from its statement ("verified", "failed",
"unchecked"), so a page comparing releases marks a figure the checks cannot vouch for as the Data page does.

A figure leaves its statement for a series over time or a row side by side; without its status it would be
shown there exactly like a verified one. A figure computed from others (a quarter derived from year-to-date
columns, a share of revenue) is no surer than the least sure of them.
"""

from __future__ import annotations

from collections.abc import Callable

from core.checks.verification import UNCHECKED, fact_checks, fact_key
from core.model import LineItem, Period, Release

# From surest to least sure; "" is no figure at all (a blank cell), which says nothing against the others.
_ORDER = ("", "verified", "unchecked", "failed")


def worst(*statuses: str) -> str:
    """The status of a figure computed from figures of these statuses: the least sure among them."""
    return max(statuses, key=_ORDER.index, default="")


def status_reader(release: Release) -> Callable[[LineItem, Period], str]:
    """The status of any figure of `release`, one item and period at a time (its checks are indexed once)."""
    checks = fact_checks(release)

    def status(item: LineItem, period: Period) -> str:
        return checks.get(fact_key(item, period), UNCHECKED).status

    return status
