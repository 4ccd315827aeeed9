"""Losses printed without a sign: red type and no parentheses ("Operating income (loss)   9,300" in red), or
a typist's bare figure. Where the label allows both readings, the arithmetic above each result decides:
gross profit less the expenses is -9,300, so the 9,300 printed is a loss, and each result down the chain
takes the sign under which its link adds up. Per-share lines follow their net result's sign.

Only a figure printed positive is ever turned, only under a label naming both a gain and a loss, and only
where the printed reading fails and exactly one signed reading adds up to the printed digits.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from core.model import LineItem, first_index
from core.statements.bridges import result_chain
from core.statements.signs import bridge_signs
from core.statements.units import with_values

_LOSS = re.compile(r"\bloss\b", re.I)
_GAIN = re.compile(r"\b(?:income|earnings|profit)\b", re.I)
# Beyond this many columns printed positive, the readings to try (2**n) are more than a release needs.
_MAX_TURNED_COLUMNS = 8


def _both_readings(label: str) -> bool:
    """"Net income (loss)", "Operating (loss) income", "Earnings (loss) per share": a gain or a loss."""
    return _LOSS.search(label) is not None and _GAIN.search(label) is not None


def _turned(item: LineItem, columns: Sequence[int]) -> LineItem:
    values = tuple(-v if c in columns and v is not None else v for c, v in enumerate(item.values))
    return with_values(item, values)


def _loss_columns(start: LineItem, between: Sequence[LineItem], end: LineItem, tolerance: Decimal) -> tuple[int, ...]:
    """The columns of `end` that are losses printed bare: those whose turning makes start + lines = end add up,
    where the printed reading does not and no other set of columns does."""
    if bridge_signs(start, between, end, tolerance, frozenset()) is not None:
        return ()
    positive = [c for c, v in enumerate(end.values) if v is not None and v > 0]
    if len(positive) > _MAX_TURNED_COLUMNS:
        return ()
    fits = [columns for size in range(1, len(positive) + 1) for columns in itertools.combinations(positive, size)
            if bridge_signs(start, between, _turned(end, columns), tolerance, frozenset()) is not None]
    return fits[0] if len(fits) == 1 else ()


def _operating_bases(items: Sequence[LineItem], opex: int) -> list[LineItem]:
    """What the operating result starts from, as the operating-result check reads it: gross profit, or
    revenue (less a cost of revenue printed above the expenses), less the total operating expenses."""
    revenue, cost, gross = (first_index(items, c) for c in ("revenue", "cost_of_revenue", "gross_profit"))
    bases: list[tuple[Decimal | None, ...]] = []
    if gross is not None and gross < opex:
        bases.append(items[gross].values)
    if revenue is not None:
        bases.append(items[revenue].values)
        if cost is not None and cost < opex and gross is None:
            bases.append(tuple(None if r is None or c is None else r - c
                               for r, c in zip(items[revenue].values, items[cost].values, strict=True)))
    expenses = items[opex].values
    return [with_values(items[opex], tuple(None if b is None or e is None else b - e
                                           for b, e in zip(base, expenses, strict=True))) for base in bases]


def unsigned_losses(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """The statement's lines with each result a bare-printed loss turned negative (see the module's note)."""
    result = list(items)
    operating, opex = first_index(result, "operating_income"), first_index(result, "total_operating_expenses")
    if operating is not None and opex is not None and opex < operating and _both_readings(result[operating].label):
        terms = [result[i] for i in range(opex + 1, operating) if result[i].kind == "amount"]
        tolerance = Decimal(scale) * (len(terms) + 2) / 2
        for start in _operating_bases(result, opex):
            columns = _loss_columns(start, terms, result[operating], tolerance)
            if columns:
                result[operating] = _turned(result[operating], columns)
                break
    for bridge in result_chain(result):
        end = result[bridge.end]
        if not _both_readings(end.label):
            continue
        between = [result[i] for i in bridge.terms]
        tolerance = Decimal(scale) * (len(between) + 2) / 2
        columns = _loss_columns(result[bridge.start], between, end, tolerance)
        if columns:
            result[bridge.end] = _turned(end, columns)
    return tuple(_per_share_signs(result)) if result != list(items) else items


def _per_share_signs(items: list[LineItem]) -> list[LineItem]:
    """A per-share line naming both readings takes its net result's sign where that result was turned."""
    net = first_index(items, "net_income_to_common")
    if net is None:
        net = first_index(items, "net_income")
    if net is None:
        return items
    losses = [c for c, v in enumerate(items[net].values) if v is not None and v < 0]
    return [
        _turned(item, [c for c in losses if (item.values[c] or 0) > 0])
        if any(concept.startswith("eps_") for concept in item.concepts) and _both_readings(item.label)
        else item
        for item in items
    ]
