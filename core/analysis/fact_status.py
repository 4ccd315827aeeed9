"""What the checks say of each figure an analysis carries away from its statement ("verified", "failed",
"unchecked"), so a page comparing releases marks a figure the checks cannot vouch for as the Data page does.

A figure leaves its statement for a series over time or a row side by side; without its status it would be
shown there exactly like a verified one. A figure computed from others (a quarter derived from year-to-date
columns, a share of revenue) is no surer than the least sure of them.
"""

from __future__ import annotations

from collections.abc import Callable

from core.checks.verification import UNCHECKED, FactChecks, fact_checks, fact_key
from core.model import LineItem, Period, Release, Statement

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


def concept_checks(release: Release, statement: Statement) -> Callable[[str, Period], FactChecks]:
    """The checks of the figure a statement of `release` prints for a concept in a period (`UNCHECKED` where it
    prints none): what a page showing figures by concept (Per share's basic beside diluted) marks them by, from
    the same index every other page's marks come from (UI-53: Oshkosh's basic $3.37 and 70,761,437 shares, which
    the failed "EPS basic" check blames, were marked on the Data page and shown plain on Per share)."""
    checks = fact_checks(release)

    def of(concept: str, period: Period) -> FactChecks:
        item = statement.item(concept)
        return UNCHECKED if item is None else checks.get(fact_key(item, period), UNCHECKED)

    return of
