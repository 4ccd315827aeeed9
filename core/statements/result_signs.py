"""The sign of each result line down the chain (operating result to net result), where the release prints
a loss without parentheses: the reading under which the chain adds up."""

from __future__ import annotations

from decimal import Decimal

from core.model import LineItem
from core.statements.bridges import result_chain
from core.statements.signs import bridge_signs
from core.statements.units import printed_step, with_values


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
        tolerance = _half_a_printed_digit(items, scale) * (len(between) + 2)
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
        tolerance = _half_a_printed_digit(items, scale) * (len(between) + 2)
        signs = bridge_signs(items[bridge.start], between, items[bridge.end], tolerance, frozenset())
        if signs is not None:
            taken.update(index for sign, index in zip(signs, bridge.terms, strict=True) if sign < 0)
    return frozenset(taken)


def _half_a_printed_digit(items: tuple[LineItem, ...], scale: int) -> Decimal:
    """Half the last digit the amounts print, as the checks allow for rounding (`checks.common.rounding_tolerance`):
    a figure "2.6" in millions is off by 0.05 million at most, never by half a million. A tolerance of half the
    scale a figure had let a summary's "Income Tax Expense 0.9" be added to "Income from Operations 2.6" to
    reach "Net Income 3.0" (other income left unprinted between them: round 713), the expense printed as a
    benefit and vouched for."""
    return printed_step([item for item in items if item.kind == "amount"], scale, coarsest=True) / 2
