"""The result a statement's EPS divides where it prints what it takes off the net result for the common
shareholders but not what is left to them.

Round 595: "NET INCOME 7,030" / "Dividends on Series B preferred shares (2,312)" / "Earnings (loss) per common
share, basic and diluted $0.11", and no "Net income attributable to common shareholders". The EPS is on
7,030 - 2,312 = 4,718 (0.11 x 41.2 million shares); EPS x shares against the net income had failed and held
back the net income, both EPS and both counts. Which of the two results the EPS divides the words do not say:
each caller's arithmetic does, the printed net result first.

Round 652: a partnership's "Net income 10,702" then "Allocation of net income: / General partner's interest
1,048 / Limited partners' interest 9,654" and "Net income per limited partner unit $0.72" on 13,406 thousand
units. The per-unit figure divides the limited partners' interest: the net income less the general partner's
(a deduction like a preferred dividend), or the limited partners' line itself where no general partner's line
is printed. The net income stays the partnership's.

UI-53 (a browser review): a mortgage REIT's five-quarter summary under its statement prints "Net (loss) income
32,672" and "Net (loss) income per diluted common share $0.29" on 94,293 thousand shares, and neither its preferred
dividends nor a result to common: those only the statement above it prints ("Less preferred stock dividends
(4,842)", "Net loss to common stockholders"), for its own two quarters. What the release takes off for common
in each period it prints it for (`taken_by_period`) lets the EPS check see the gap for what it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.model import LineItem, Statement, first_index
from core.vocabulary import (
    GENERAL_PARTNER_NAMED,
    LIMITED_PARTNERS_NAMED,
    LIMITED_PARTNERS_SHARE,
    NET_RESULT_ALLOCATED,
    TAKEN_FOR_COMMON,
    normalise_label,
)

# The lines that end the run of deductions: the EPS and the share counts
_PER_SHARE_CONCEPTS = frozenset({"eps_basic", "eps_diluted", "shares_basic", "shares_diluted"})


def results_divided(items: Sequence[LineItem]) -> tuple[LineItem, ...]:
    """The results an EPS may divide, in the order to try them (`readings`)."""
    return tuple(result for result, _ in readings(items))


def readings(items: Sequence[LineItem]) -> tuple[tuple[LineItem, tuple[LineItem, ...]], ...]:
    """Each result an EPS may divide, with the deductions taken off the printed net result to make it, in the
    order to try them: the printed net income to common alone where there is one; else the net income, then
    the net income less the lines printed between it and the first EPS or share count that take something off
    for the common shareholders (`deductions`), where any does, then the limited partners' share printed there
    (`limited_partners_share`), where one is. Empty where the statement prints no net result."""
    to_common = first_index(items, "net_income_to_common")
    if to_common is not None:
        return ((items[to_common], ()),)
    net = first_index(items, "net_income")
    if net is None:
        return ()
    found: list[tuple[LineItem, tuple[LineItem, ...]]] = [(items[net], ())]
    if taken := deductions(items, net):
        found.append((less(items[net], taken), taken))
    if (share := limited_partners_share(items, net)) is not None:
        found.append((share, ()))
    return tuple(found)


def deductions(items: Sequence[LineItem], net: int) -> tuple[LineItem, ...]:
    """The amounts printed after the net result at `net` and before the first EPS or share count whose words
    name something taken off it for the common shareholders (vocabulary.TAKEN_FOR_COMMON: a preferred dividend,
    a general partner's interest); none where no EPS or count follows the result."""
    return tuple(item for item in _before_the_eps(items, net) if TAKEN_FOR_COMMON.search(item.label)
                 or _under_the_allocation(item, GENERAL_PARTNER_NAMED))


def limited_partners_share(items: Sequence[LineItem], net: int) -> LineItem | None:
    """The first line between the net result at `net` and the first EPS or share count that names the limited
    partners' share of it (vocabulary.LIMITED_PARTNERS_SHARE: "Limited partners' interest" under "Allocation of
    net income:"), which a per-unit figure divides; None where no such line is printed there."""
    return next((item for item in _before_the_eps(items, net) if LIMITED_PARTNERS_SHARE.search(item.label)
                 or _under_the_allocation(item, LIMITED_PARTNERS_NAMED)), None)


def _under_the_allocation(item: LineItem, partners: re.Pattern[str]) -> bool:
    """Whether the line names only the partners (`partners`) under a heading allocating the net result to them
    (vocabulary.NET_RESULT_ALLOCATED): "General partner (1%)" under "Net income allocated to:" is the general
    partner's interest, whose words the heading says (round 676)."""
    return (partners.search(normalise_label(item.label)) is not None
            and NET_RESULT_ALLOCATED.search(normalise_label(item.section)) is not None)


def _before_the_eps(items: Sequence[LineItem], net: int) -> tuple[LineItem, ...]:
    """The amounts no concept claims printed after the net result at `net` and before the first EPS or share
    count; none where no EPS or count follows the result."""
    end = next((i for i in range(net + 1, len(items)) if _PER_SHARE_CONCEPTS & set(items[i].concepts)), None)
    if end is None:
        return ()
    return tuple(item for item in items[net + 1 : end] if item.kind == "amount" and not item.concepts)


def less(net: LineItem, taken: Sequence[LineItem]) -> LineItem:
    """The net result with each deduction taken off, whichever sign it is printed with ("(2,312)" or "2,312":
    a dividend is paid out of the result either way); a deduction blank in a column takes nothing there. The
    line keeps the net result's span and label, so that a check on it speaks of the net result's facts."""
    values = tuple(None if value is None else value - sum((abs(item.values[column] or Decimal(0)) for item in taken),
                                                          Decimal(0))
                   for column, value in enumerate(net.values))
    return LineItem(net.label, values, (), "amount", net.span, net.section, net.is_total)


@dataclass(frozen=True, slots=True)
class Taken:
    """What a statement takes off its net result for the common shareholders in one period, and the line that
    says so: its deduction ("Less preferred stock dividends"), or its result to common where it prints one."""

    amount: Decimal
    line: LineItem


def prints_what_is_taken(items: Sequence[LineItem]) -> bool:
    """Whether a statement prints its own result to common, or a deduction for common between its net result
    and its EPS: then its EPS is checked on its own lines and nothing printed elsewhere speaks for it."""
    if first_index(items, "net_income_to_common") is not None:
        return True
    net = first_index(items, "net_income")
    return net is not None and bool(deductions(items, net))


def taken_by_period(statements: Sequence[Statement]) -> dict[str, Taken]:
    """What the release's statements of operations take off the net result for the common shareholders, by
    period key, where it is more than nothing: the net result less the result to common where both are
    printed (what is taken, whatever its lines), else the deductions printed between the net result and the
    EPS (`deductions`). The primary statement's first; empty where no statement prints either."""
    found: dict[str, Taken] = {}
    for statement in sorted((s for s in statements if s.kind == "operations"), key=lambda s: not s.primary):
        items = statement.items
        net = first_index(items, "net_income")
        if net is None:
            continue
        to_common = first_index(items, "net_income_to_common")
        if to_common is not None and to_common < net:
            to_common = None
        taken = deductions(items, net)
        # the line a reader knows the amount by: the preferred dividend itself where one is printed
        named = taken[0] if taken else items[net if to_common is None else to_common]
        for column, period in enumerate(statement.periods):
            amount = _taken_in(items, net, to_common, taken, column)
            if amount is not None and amount > 0 and period.key not in found:
                found[period.key] = Taken(amount, named)
    return found


def _taken_in(items: Sequence[LineItem], net: int, to_common: int | None, taken: Sequence[LineItem],
              column: int) -> Decimal | None:
    """What one column takes off the net result for common: the net result less the result to common printed
    under it, else the deductions' sum; None where the column prints neither."""
    result = items[net].values[column]
    if result is None:
        return None
    if to_common is not None:
        left = items[to_common].values[column]
        return None if left is None else result - left
    values = [abs(value) for item in taken if (value := item.values[column]) is not None]
    return sum(values, Decimal(0)) if values else None
