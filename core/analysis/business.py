"""What kind of business a release reports, where a figure means something else for it.

Only one kind is told apart so far: a bank. Its cash is largely its depositors' money and lending it out is
its business, so a "burn" of cash and a "runway" of months (a question for a company living off its cash)
mean nothing for it, whatever its quarter's result.
"""

from __future__ import annotations

from core.analysis.structure import operations_statement
from core.model import Release
from core.vocabulary import NONINTEREST_EXPENSE_TOTAL, TOTAL_DEPOSITS


def is_bank(release: Release) -> bool:
    """Whether the release is a bank's: its statement of operations totals its "noninterest expense" (the
    cue the Expenses page already breaks a bank's costs down by), or its balance sheet totals deposits."""
    operations = operations_statement(release)
    if operations is not None and any(
            item.kind == "amount" and NONINTEREST_EXPENSE_TOTAL.search(item.label) for item in operations.items):
        return True
    balance = release.statement("balance")
    return balance is not None and any(
        item.kind == "amount" and TOTAL_DEPOSITS.search(item.label) for item in balance.items)


BANK_NO_BURN = ("A bank's cash is mostly its depositors' money, and lending it is its business, so burn and "
                "runway do not apply to it.")
