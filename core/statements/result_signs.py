"""The sign of each result line down the chain (operating result to net result), where the release prints
a loss without parentheses: the reading under which the chain adds up."""

from __future__ import annotations

import re
from decimal import Decimal

from core.model import LineItem, first_index
from core.statements.bridges import Bridge, result_chain
from core.statements.signs import bridge_signs, closest_readings, reads_as_expense, reads_as_tax_benefit
from core.statements.units import printed_step, with_values
from core.vocabulary import INCOME_ONLY_WORDS, OTHERS_SHARE_OF_A_LOSS, OTHERS_SHARE_OF_AN_INCOME


def negated(item: LineItem) -> LineItem:
    return with_values(item, tuple(None if v is None else -v for v in item.values))



def resolve_result_signs(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """Store income tax as an expense and non-operating income as income, whichever way the release
    printed them: "Provision for income taxes (9,591)" to be added, "Income tax benefit (expense) 500",
    "Other (income) expense, net 623" to be subtracted. The arithmetic of each link of the result chain
    (core.statements.bridges) says how each line counts; the stored sign follows from that. Where two readings
    add up as closely, the words decide (`_link_reading`)."""
    flips: set[int] = set()
    for bridge in result_chain(items):
        signs, _ = _link_reading(items, bridge, scale)
        if signs is None:
            continue
        for sign, index in zip(signs, bridge.terms, strict=True):
            concepts = items[index].concepts
            if ("income_tax" in concepts and sign > 0) or ("nonoperating_income" in concepts and sign < 0):
                flips.add(index)
    return tuple(negated(item) if i in flips else item for i, item in enumerate(items))


def signs_left_to_a_tie(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """The lines of the result chain whose sign neither the arithmetic nor the words decide: two readings add
    up as closely, each counting such a line the other way, and no words say which (round 723). Their figures
    are held back (a guess would print a tax or a share of others with the wrong sign, vouched for)."""
    tied: set[int] = set()
    for bridge in result_chain(items):
        tied |= _link_reading(items, bridge, scale)[1]
    return tuple(items[i] for i in sorted(tied))


# Words that let a tax line print a benefit as well as an expense ("Income tax expense (benefit)", "Tax credit
# (charge)"): its sign as printed may be either, and needs no link to be read as printed.
_TAX_EITHER_WAY = re.compile(r"\b(?:benefits?|credits?|recover(?:y|ies))\b", re.IGNORECASE)


def taxes_of_unsettled_sign(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """The tax lines whose sign nothing settles: printed negative in every column under words naming an expense
    alone ("Income tax expense (15,000)", "Tax (41.1)"), after the pre-tax result and in no link of the result
    chain (no net result read after them, round 729). Such a figure is a deduction where the statement prints
    its costs in parentheses (an expense, positive in the facts contract) and a benefit where it prints them
    bare; with no arithmetic to say which, the figures are held back rather than printed with a sign guessed."""
    reached = {index for bridge in result_chain(items) for index in bridge.terms}
    pretax = first_index(items, "income_before_taxes")
    return tuple(item for index, item in enumerate(items)
                 if "income_tax" in item.concepts and index not in reached and item.kind == "amount"
                 and pretax is not None and pretax < index and _printed_negative_throughout(item)
                 and not _TAX_EITHER_WAY.search(item.label))


def _printed_negative_throughout(item: LineItem) -> bool:
    """Whether every figure the line prints (noughts aside) is negative: a statement printing its deductions in
    parentheses prints them so in every column, where a tax among a utility's operating expenses, positive in
    one year and "(1.9)" in the next, is a credit its footing settles (round 729)."""
    printed = [value for value in item.values if value]
    return bool(printed) and all(value < 0 for value in printed)


def _link_reading(items: tuple[LineItem, ...], bridge: Bridge, scale: int
                  ) -> tuple[tuple[int, ...] | None, frozenset[int]]:
    """The reading of one link's signs, and the indices of the lines it leaves to a tie. The closest reading wins;
    among equally close ones that count a line differently, the one that keeps every such line's words
    ("Provision for income taxes" taken off, "Minority interest in losses of ..." added back: a tax equal to the
    minority's share in every column adds up either way, round 723: the tax had been stored as a benefit); where
    the words keep none or more than one, the first, its differing lines left to the tie."""
    between = [items[i] for i in bridge.terms]
    tolerance = _half_a_printed_digit(items, scale) * (len(between) + 2)
    closest = closest_readings(items[bridge.start], between, items[bridge.end], tolerance)
    if not closest:
        return None, frozenset()
    weighed = [p for p, line in enumerate(between) if _counts_between(items[bridge.start], line, items[bridge.end])]
    readings = _one_a_difference(closest, weighed)
    if len(readings) == 1:
        return readings[0], frozenset()
    differing = [p for p in weighed if len({r[p] for r in readings}) > 1]
    words = {p: _words_sign(between[p], items[bridge.start], items[bridge.end]) for p in differing}
    kept = [r for r in readings if all(words[p] is None or r[p] == words[p] for p in differing)]
    if len(kept) == 1:
        return kept[0], frozenset()
    return readings[0], frozenset(bridge.terms[p] for p in differing)


def _one_a_difference(readings: list[tuple[int, ...]], weighed: list[int]) -> list[tuple[int, ...]]:
    """The readings, the first of each set that counts the weighed lines alike (a line printing nothing the ends
    are compared on counts the same either way)."""
    seen: set[tuple[int, ...]] = set()
    kept: list[tuple[int, ...]] = []
    for reading in readings:
        key = tuple(reading[p] for p in weighed)
        if key not in seen:
            seen.add(key)
            kept.append(reading)
    return kept


def _counts_between(start: LineItem, line: LineItem, end: LineItem) -> bool:
    """Whether the line prints a figure other than nought in a column where both ends of its link print: a line
    that does not counts the same either way, and its sign is no question."""
    return any(value and first is not None and last is not None
               for first, value, last in zip(start.values, line.values, end.values, strict=True))


def _words_sign(line: LineItem, start: LineItem, end: LineItem) -> int | None:
    """Which way the line's words count its figures as printed (+1 added, -1 taken off), None where they say
    neither: a tax is taken off unless it reads as a benefit, others' share of a loss added back and of an income
    taken off, an expense taken off and an income added; a line printed in parentheses counts the other way."""
    label = line.label
    if OTHERS_SHARE_OF_A_LOSS.search(label):
        sign = 1
    elif OTHERS_SHARE_OF_AN_INCOME.search(label):
        sign = -1
    elif "income_tax" in line.concepts:
        sign = 1 if reads_as_tax_benefit(label) else -1
    elif reads_as_expense(label):
        sign = -1
    elif INCOME_ONLY_WORDS.search(label):
        sign = 1
    else:
        return None
    printed = [value for first, value, last in zip(start.values, line.values, end.values, strict=True)
               if value and first is not None and last is not None]
    negative = sum(1 for value in printed if value < 0)
    if negative * 2 == len(printed):
        return None
    return -sign if negative * 2 > len(printed) else sign


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
