"""The sign of each result line down the chain (operating result to net result), where the release prints
a loss without parentheses: the reading under which the chain adds up."""

from __future__ import annotations

from decimal import Decimal

from core.model import LineItem
from core.statements.bridges import result_chain
from core.statements.signs import bridge_signs
from core.statements.units import with_values


def negated(item: LineItem) -> LineItem:
    return with_values(item, tuple(None if v is None else -v for v in item.values))



def resolve_result_signs(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """Store income tax as an expense and non-operating income as income, whichever way the release
    printed them: "Provision for income taxes (9,591)" to be added, "Income tax benefit (expense) 500",
    "Other (income) expense, net 623" to be subtracted. The arithmetic of each link of the result chain
    (core.statements.bridges) says how each line counts; the stored sign follows from that."""
    flips: set[int] = set()
    for bridge in result_chain(items):
        between = [items[i] for i in bridge.terms]
        tolerance = Decimal(scale) * (len(between) + 2) / 2  # half a printed unit per figure
        signs = bridge_signs(items[bridge.start], between, items[bridge.end], tolerance, frozenset())
        if signs is None:
            continue
        for sign, index in zip(signs, bridge.terms, strict=True):
            concepts = items[index].concepts
            if ("income_tax" in concepts and sign > 0) or ("nonoperating_income" in concepts and sign < 0):
                flips.add(index)
    return tuple(negated(item) if i in flips else item for i, item in enumerate(items))


def subtracted_lines(items: tuple[LineItem, ...], scale: int) -> frozenset[int]:
    """The indices of the lines between two results that the result chain's arithmetic takes off, their figures
    as stored: Tupperware's "Other income  (2.1)  (3.3)" is subtracted from its operating result to reach its
    pre-tax one (an income printed as a negative deduction), Southern's "Other Income, net  (15)  (10)" added to
    reach its net income (a negative income). A link that adds up under no reading says nothing."""
    taken: set[int] = set()
    for bridge in result_chain(items):
        between = [items[i] for i in bridge.terms]
        tolerance = Decimal(scale) * (len(between) + 2) / 2  # half a printed unit per figure
        signs = bridge_signs(items[bridge.start], between, items[bridge.end], tolerance, frozenset())
        if signs is not None:
            taken.update(index for sign, index in zip(signs, bridge.terms, strict=True) if sign < 0)
    return frozenset(taken)
