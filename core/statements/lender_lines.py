"""Which printed line of a bank's or an insurer's statement of operations is which of its own headline lines.

A bank earns its revenue as the difference between interest it is paid and interest it pays, sets some of it
aside for loans it expects to lose, and runs on fees and costs apart from interest: its statement prints those
lines (core.vocabulary: NET_INTEREST_INCOME and its kin) where other companies print revenue and an operating
result, and the facts name none of them (no gold concept does). An insurer's are the premiums it earned and the
losses it incurred on claims. The checks prove the bank's lines add up (core.checks.identities), and the pages
show them as the figures an analyst reads first (core.analysis.metrics).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.model import LineItem
from core.statements.runs import matching_run
from core.vocabulary import (
    COMBINED_RATIO,
    CREDIT_LOSS_PROVISION,
    LOSSES_AND_LOSS_EXPENSES,
    NET_INTEREST_INCOME,
    NET_INTEREST_INCOME_AFTER_PROVISION,
    NONINTEREST_EXPENSE_LINE,
    NONINTEREST_INCOME_TOTAL,
    OTHER_EXPENSE_TOTAL,
    OTHER_INCOME_TOTAL,
    PREMIUMS_EARNED,
    TOTAL_INTEREST_EXPENSE,
    TOTAL_INTEREST_INCOME,
    matched_form,
)


@dataclass(frozen=True, slots=True)
class LenderLines:
    """Indices into a statement's items of a bank's lines (None where the statement prints no such line)."""

    interest_income: int | None
    interest_expense: int | None
    net_interest_income: int
    provision: int | None
    after_provision: int | None
    noninterest_income: int | None
    noninterest_expense: int | None


def _label(item: LineItem) -> str:
    return matched_form(item.label)


def _first(items: Sequence[LineItem], words: re.Pattern[str], start: int = 0, kind: str = "amount") -> int | None:
    """The first line from `start` of the kind, labelled in the words, that prints a figure (no heading)."""
    return next((i for i in range(start, len(items)) if items[i].kind == kind and words.search(_label(items[i]))
                 and any(v is not None for v in items[i].values)), None)


def _last(items: Sequence[LineItem], words: re.Pattern[str], stop: int) -> int | None:
    """The last amount line above `stop` labelled in the words."""
    return next((i for i in range(stop - 1, -1, -1)
                 if items[i].kind == "amount" and words.search(_label(items[i]))), None)


def lender_lines(items: Sequence[LineItem], *, lender: bool = False) -> LenderLines | None:
    """The bank's lines of a statement of operations; None where it prints no net interest income.

    A net interest income alone says no company is a bank (a manufacturer may net its interest); it takes
    interest totals, a provision or a non-interest expense beside it, unless the company is known to `lender`
    otherwise (a mortgage REIT's statement opening on its interest income, core.analysis.business; UI-40:
    AGNC's "Interest income" / "Interest expense" / "Net interest income" had not been shown).

    The provision is taken only where one line is it: the one line between the net interest income and the
    net interest income after it, or the sum of the lines there ("Provision for credit losses - loans" and
    "- unfunded commitments" above their total); with no line after it, the first provision line under the
    net interest income, where no second one follows it (a part would be taken for the whole).
    """
    net = _first(items, NET_INTEREST_INCOME)
    if net is None or any("operating_income" in items[i].concepts for i in range(net)):
        return None  # a company's interest among its other income, under its operating result
    after = _first(items, NET_INTEREST_INCOME_AFTER_PROVISION, net + 1)
    provision: int | None = None
    if after is not None:
        between = [i for i in range(net + 1, after) if items[i].kind == "amount"]
        if len(between) == 1:
            provision = between[0]
        elif len(between) > 1 and matching_run([items[i] for i in between[:-1]], items[between[-1]]) is not None:
            provision = between[-1]
    else:
        first = _first(items, CREDIT_LOSS_PROVISION, net + 1)
        following = next((i for i in range(first + 1, len(items)) if items[i].kind == "amount"), None) if (
            first is not None) else None
        if first is not None and (following is None or not CREDIT_LOSS_PROVISION.search(_label(items[following]))):
            provision = first
    found = LenderLines(
        interest_income=_last(items, TOTAL_INTEREST_INCOME, net),
        interest_expense=_last(items, TOTAL_INTEREST_EXPENSE, net),
        net_interest_income=net,
        provision=provision,
        after_provision=after,
        noninterest_income=_first(items, NONINTEREST_INCOME_TOTAL, net + 1),
        noninterest_expense=_first(items, NONINTEREST_EXPENSE_LINE, net + 1),
    )
    # a thrift's "Total other income" and "Total other expenses" under the provision are the same totals
    below = after if after is not None else provision
    if below is not None and found.noninterest_income is None:
        found = replace(found, noninterest_income=_first(items, OTHER_INCOME_TOTAL, below + 1))
    if below is not None and found.noninterest_expense is None:
        found = replace(found, noninterest_expense=_first(items, OTHER_EXPENSE_TOTAL, below + 1))
    banks = (found.interest_income is not None and found.interest_expense is not None) or (
        after is not None or provision is not None or found.noninterest_expense is not None)
    return found if banks or lender else None


def provision_sign(items: Sequence[LineItem], lines: LenderLines) -> int:
    """+1 where the provision is printed as the expense it is, -1 where it is printed as taken away ("(2,000)"
    above a net interest income after it that is 2,000 less): the arithmetic of the line after it says which,
    in every column printing the three; as printed where no line after it is printed."""
    if lines.provision is None or lines.after_provision is None:
        return 1
    net, provision, after = (items[i].values for i in (lines.net_interest_income, lines.provision,
                                                        lines.after_provision))
    columns = [(n, p, a) for n, p, a in zip(net, provision, after, strict=True)
               if n is not None and p is not None and a is not None and p]
    return -1 if columns and all(n + p == a for n, p, a in columns) else 1


@dataclass(frozen=True, slots=True)
class InsurerLines:
    """Indices of an insurer's premiums earned, its losses and loss adjustment expenses, and the combined ratio
    it prints (None: not printed)."""

    premiums_earned: int | None
    losses: int | None
    combined_ratio: int | None


def insurer_lines(items: Sequence[LineItem]) -> InsurerLines | None:
    """The insurer's lines of a statement of operations; None where it prints neither."""
    premiums, losses = _first(items, PREMIUMS_EARNED), _first(items, LOSSES_AND_LOSS_EXPENSES)
    if premiums is None and losses is None:
        return None
    return InsurerLines(premiums, losses, _first(items, COMBINED_RATIO, kind="percent"))
