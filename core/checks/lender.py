"""A bank's own chain of results: interest income less interest expense is its net interest income; that, less
the provision for credit losses, plus non-interest income, less non-interest expense, is its pre-tax result.

The chain from the operating result down (core.checks.identities) starts lower: a bank prints no operating
result, so without these checks its headline lines went unchecked and its Overview cards said so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from core.checks.common import rounding_tolerance
from core.checks.identities import signed_chain, subtotals_for_their_lines
from core.model import CheckResult, LineItem, Statement, first_index
from core.statements.lender_lines import lender_lines
from core.statements.signs import bridge_signs


def lender_identities(statement: Statement) -> Iterable[CheckResult]:
    """Net interest income against its two totals, then each link from it to the pre-tax result.

    The first two links (the totals' difference; the net interest income less one provision line) have one
    reading each way of signs, and fail where neither adds up. The link to the pre-tax result runs over lines
    whose layout varies from bank to bank: where no reading of its signs adds up, nothing is checked (a failure
    would blame figures that may be right, read in a structure not understood).
    """
    items = list(statement.items)
    lines = lender_lines(items)
    if lines is None:
        return
    net = items[lines.net_interest_income]
    if lines.interest_income is not None and lines.interest_expense is not None:
        income, expense = items[lines.interest_income], items[lines.interest_expense]
        yield from _link(statement, "net interest income", income, [expense], net, (-1,))
    if lines.provision is not None and lines.after_provision is not None:
        yield from _link(statement, "provision for credit losses", net, [items[lines.provision]],
                         items[lines.after_provision], None)
    pretax = first_index(items, "income_before_taxes")
    start = lines.after_provision if lines.after_provision is not None else lines.net_interest_income
    if pretax is None or pretax <= start:
        return
    printed = [items[i] for i in range(start + 1, pretax) if items[i].kind == "amount"]
    first, between = subtotals_for_their_lines(items[start], printed)
    if not between:
        return
    signs = bridge_signs(first, between, items[pretax], rounding_tolerance(statement, len(between) + 2), frozenset())
    if signs is not None:
        yield from _link(statement, "income before taxes", first, between, items[pretax], signs,
                         read=(items[start], *printed))


def _link(statement: Statement, name: str, start: LineItem, between: Sequence[LineItem], end: LineItem,
          signs: tuple[int, ...] | None, read: Sequence[LineItem] = ()) -> Iterable[CheckResult]:
    """Start and the signed lines between against end. Signs None: the lines' own reading (as printed, or
    taken away), the one that adds up, else taken away as banks print them."""
    tolerance = rounding_tolerance(statement, len(between) + 2)
    if signs is None:
        signs = bridge_signs(start, between, end, tolerance, frozenset()) or tuple(-1 for _ in between)
    yield from signed_chain(statement, name, start, between, end, signs, tolerance, read)
