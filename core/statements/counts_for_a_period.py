"""A weighted average count of shares printed among balances: a count for a period, given that period.

A bank's "BALANCE SHEET SUMMARY" under "March 31, / 2025  2024" may end with "Weighted average shares
4,617,466  4,661,686": its columns are dates, yet a weighted average is taken over a period, the one the EPS of
the statement of operations divides (round 730: read as a balance with no concept, the release's counts were
missing). The count is that statement's where the dates name one quarter each and its net result over the
count is the EPS it prints in every column; else it stays where it is printed, a line with no concept.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

from core.model import LineItem, Period, Statement
from core.statements.units import eps_gives_the_result, half_the_printed_digit
from core.vocabulary import counts_shares_on_a_day, names_share_count, normalise_label

# The words naming an average over the period ("Weighted average shares", "Average shares outstanding").
_AN_AVERAGE: Final = re.compile(r"\b(?:weighted|average|avg|wtd)\b")
_QUARTER_MONTHS: Final = 3


def counts_to_their_period(statements: Sequence[Statement]) -> list[Statement]:
    """The statements with each weighted average count printed among balances moved to the one statement of
    operations whose quarter ends on each of its dates, where the EPS there agrees (`_count_for_the_eps`)."""
    operations = [s for s in statements if s.kind == "operations" and s.primary]
    if len(operations) != 1 or _counts_of_its_own(operations[0]):
        return list(statements)
    result = list(statements)
    target = result.index(operations[0])
    for at, statement in enumerate(statements):
        if statement.kind != "balance":
            continue
        for item in statement.items:
            moved = _count_for_the_eps(item, statement, result[target])
            if moved is not None:
                result[target] = dataclasses.replace(result[target], items=(*result[target].items, moved))
                result[at] = dataclasses.replace(result[at], items=tuple(
                    i for i in result[at].items if i is not item))
                return result
    return result


def _counts_of_its_own(operations: Statement) -> bool:
    """Whether the statement prints a count of its own, or no EPS for a count to divide."""
    return operations.item("shares_basic") is not None or operations.item("shares_diluted") is not None or (
        operations.item("eps_basic") is None and operations.item("eps_diluted") is None)


def _weighted_count(item: LineItem) -> bool:
    """A line of a count of shares, no concept, whose words name an average (never shares on a day)."""
    return (item.kind == "shares" and not item.concepts and names_share_count(item.label)
            and _AN_AVERAGE.search(normalise_label(item.label)) is not None
            and not counts_shares_on_a_day(item.label, item.section))


def _quarters_ending(balance: Statement, operations: Statement) -> list[Period] | None:
    """For each of the balance's dates, the one quarter of the statement of operations ending on it; None
    where a date ends none or more than one period of it (a quarter and a year to date alike: which the count
    is, no word says)."""
    quarters = []
    for period in balance.periods:
        ending = [p for p in operations.periods if p.end == period.end]
        if len(ending) != 1 or ending[0].months != _QUARTER_MONTHS:
            return None
        quarters.append(ending[0])
    return quarters if len(set(quarters)) == len(quarters) else None


def _count_for_the_eps(item: LineItem, balance: Statement, operations: Statement) -> LineItem | None:
    """The count as the statement of operations' line for the quarters its dates end, where the net result
    over it is, in every column, the EPS printed (each family the EPS gives, basic and diluted alike where one
    line gives both); None where it is no such count."""
    if not _weighted_count(item):
        return None
    quarters = _quarters_ending(balance, operations)
    net = operations.item("net_income_to_common") or operations.item("net_income")
    if quarters is None or net is None:
        return None
    counts: list[Decimal | None] = [None] * len(operations.periods)
    printed = item.cells if len(item.cells) == len(item.values) else ("",) * len(item.values)
    halves: dict[int, Decimal] = {}
    for quarter, value, cell in zip(quarters, item.values, printed, strict=True):
        column = operations.periods.index(quarter)
        counts[column] = value
        if value is not None:
            halves[column] = half_the_printed_digit(value, cell)
    families = tuple(f for f in ("basic", "diluted") if (eps := operations.item(f"eps_{f}")) is not None
                     and _divides_to(net, eps, counts, halves, Decimal(operations.scale) / 2))
    if not families:
        return None
    return dataclasses.replace(item, values=tuple(counts), concepts=tuple(f"shares_{f}" for f in families),
                               cells=_cells_by_column(printed, quarters, operations), section="")


def _cells_by_column(printed: Sequence[str], quarters: list[Period], operations: Statement) -> tuple[str, ...]:
    """The count's printed cells in the statement of operations' columns ("" where it prints none)."""
    by_period = dict(zip(quarters, printed, strict=True))
    return tuple(by_period.get(period, "") for period in operations.periods)


def _divides_to(net: LineItem, eps: LineItem, counts: list[Decimal | None], halves: dict[int, Decimal],
                half_unit: Decimal) -> bool:
    """Whether the EPS times the count is the net result, within the rounding of each, in every column the
    count prints (and at least one)."""
    columns = [(n, e, s, halves[c]) for c, (n, e, s) in enumerate(zip(net.values, eps.values, counts, strict=True))
               if s is not None and s and n is not None and e]
    return bool(columns) and all(eps_gives_the_result(e, s, n, half, half_unit) for n, e, s, half in columns)
