"""The arithmetic of a run of lines adding up to a total, shared by the statement builder (which names a
balance sheet's unworded grand totals by it) and the footing check (which checks every total by it)."""

from __future__ import annotations

import re
from decimal import Decimal

from core.model import LineItem
from core.statements.units import HALF
from core.vocabulary import UK_FORMAT_DEDUCTIONS

# "Less: Allowance for credit losses", and a UK sheet's creditors and provisions stored positive (round 720)
SUBTRACTED = re.compile(rf"^\s*(?:less\b|{UK_FORMAT_DEDUCTIONS})", re.IGNORECASE)
# The longest run of lines that a total may add up: a statement section rarely has more.
MAX_COMPONENTS = 30


def matching_run(stack: list[LineItem], total: LineItem) -> list[LineItem] | None:
    """The shortest run (two lines or more) ending the stack that adds up to `total` in every column.

    Sums grow one line at a time, from the bottom of the stack up, so each candidate costs one addition
    a column. Components are exact printed figures of one scale: they must add up exactly, or within the
    rounding of each printed part when the release rounds after adding. The rounding is the finest printed
    unit among the total and its parts: a line that happens to be round ("Deferred revenue  2,000" in a
    statement in thousands) is printed to the unit as its parts are, never to the thousand (round 685: 905 +
    1,525 had passed for it, its run taken out of the current liabilities and the balance sheet's unworded
    totals left unnamed).
    """
    columns = [i for i, found in enumerate(total.values) if found is not None]
    if not columns:
        return None
    unit = unit_of(total) * HALF
    sums = [Decimal(0)] * len(columns)
    seen = [False] * len(columns)
    for length in range(1, min(len(stack), MAX_COMPONENTS) + 1):
        item = stack[-length]
        if unit > HALF and any(item.values):  # (a part printing only nothing or zeros says no unit)
            unit = min(unit, unit_of(item) * HALF)
        for position, column in enumerate(columns):
            value = counted(item, column)
            if value is not None:
                sums[position] += value
                seen[position] = True
        if length >= 2 and all(seen) and all(
            abs(sums[p] - total.values[c]) <= unit * length  # type: ignore[operator]
            for p, c in enumerate(columns)
        ):
            return stack[-length:]
    return None


def counted(item: LineItem, column: int) -> Decimal | None:
    """A line's value as it counts toward a total: "Less allowance for uncollectible accounts  31" is
    taken away, whichever way it is printed."""
    value = item.values[column]
    if value is not None and value > 0 and SUBTRACTED.match(item.label):
        return -value
    return value


def unit_of(item: LineItem) -> Decimal:
    """The smallest printed unit of a line (1000 for a thousands statement), from its values."""
    unit = Decimal(1)
    for value in item.values:
        if value is None or value == 0:
            continue
        exponent = value.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent > 0:
            candidate = Decimal(10) ** min(exponent, 3)
            unit = candidate if unit == 1 else min(unit, candidate)
        else:
            return Decimal(1)
    return unit
