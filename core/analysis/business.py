"""What kind of business a release reports, where a figure means something else for it.

Five kinds are told apart so far, each a financial company whose cash and investments are largely other
people's money held as its business: a bank (its depositors'), an insurer (premiums it holds and invests
against its policyholders' claims), a broker-dealer (its clients'), an interest earner, whose income is
the interest on the securities or loans it holds, mostly with borrowed money (a mortgage REIT, a finance
company, a business development company), and a REIT that owns property, told by its funds from operations.
A "burn" of cash and a "runway" of months (a question for a company living off its cash) mean nothing for any
of them, whatever the quarter's result: Granite Harbor, an insurer, had been shown "Runway 6.3 months" on its
cash and short-term investments beside $942M of investments backing its claims; AGNC, a mortgage REIT,
"Runway 1.6 months" for a quarter's loss on the value of its securities (UI-34).
"""

from __future__ import annotations

import re
from typing import Literal

from core.analysis.structure import operations_statement
from core.model import Release, Statement
from core.statements.lender_lines import lender_lines
from core.vocabulary import (
    BROKER_DEALER_LINE,
    FUNDS_FROM_OPERATIONS,
    INSURANCE_LINE,
    INTEREST_INCOME_FIRST,
    NONINTEREST_EXPENSE_TOTAL,
    TOTAL_DEPOSITS,
)

Financial = Literal["insurer", "broker-dealer", "bank", "interest earner", "REIT"]


def _prints(statement: Statement | None, words: re.Pattern[str]) -> bool:
    """Whether an amount line of the statement is labelled in the words."""
    return statement is not None and any(
        item.kind == "amount" and words.search(item.label) for item in statement.items)


def financial_business(release: Release) -> Financial | None:
    """The kind of financial company the release is, told by the words of its statements; None for any other.

    An insurer and a broker-dealer are told first: either may also total its "non-interest expenses" or hold
    a bank's deposits (a broker-dealer's bank), and would otherwise be called a bank.
    """
    operations = operations_statement(release)
    balance = release.statement("balance")
    if _prints(operations, INSURANCE_LINE) or _prints(balance, INSURANCE_LINE):
        return "insurer"
    if _prints(operations, BROKER_DEALER_LINE) or _prints(balance, BROKER_DEALER_LINE):
        return "broker-dealer"
    if _prints(operations, NONINTEREST_EXPENSE_TOTAL) or _prints(balance, TOTAL_DEPOSITS) or (
            operations is not None and lender_lines(operations.items) is not None):
        # a thrift's "Total other expenses" and single "Deposits" line: its net interest income and provision
        # say it is a lender (round 503)
        return "bank"
    if operations is not None and _interest_first(operations):
        return "interest earner"
    if any(_prints(statement, FUNDS_FROM_OPERATIONS) for statement in release.statements):
        # an equity REIT: its loss is mostly depreciation and impairments, its cash moves with the properties
        # it buys, sells and borrows against (UI-35: Crestline Office Trust shown "Runway 14.5 months" on a fall
        # in cash, beside $45.7 million of funds from operations)
        return "REIT"
    return None


def _interest_first(operations: Statement) -> bool:
    """Whether the statement opens on interest income, as its first line or the heading over it ("Interest
    income:" / "Residential mortgage investments"): the income of a company that lends or holds securities."""
    first = next((item for item in operations.items if item.kind == "amount"), None)
    return first is not None and bool(INTEREST_INCOME_FIRST.match(first.label) or INTEREST_INCOME_FIRST.match(
        first.section))


BANK_NO_BURN = ("A bank's cash is mostly its depositors' money, and lending it is its business, so burn and "
                "runway do not apply to it.")
INSURER_NO_BURN = ("An insurer's cash and investments are mostly premiums held against its policyholders' claims, "
                   "and investing them is its business, so burn and runway do not apply to it.")
BROKER_DEALER_NO_BURN = ("A broker-dealer's cash is largely its clients' money, and holding, lending and trading "
                         "it is its business, so burn and runway do not apply to it.")
INTEREST_EARNER_NO_BURN = ("This company's income is the interest on the securities or loans it holds, largely with "
                           "borrowed money, so burn and runway do not apply to it: a loss, where it reports one, is "
                           "mostly a change in what its holdings are worth, not cash spent running it.")
REIT_NO_BURN = ("A REIT pays out most of its income as dividends and funds its properties by borrowing against them "
                "and selling them, so burn and runway do not apply to it: a loss, where it reports one, is mostly "
                "depreciation and impairments, not cash spent, and funds from operations is its measure.")
_NO_BURN: dict[Financial, str] = {"bank": BANK_NO_BURN, "insurer": INSURER_NO_BURN,
                                  "broker-dealer": BROKER_DEALER_NO_BURN, "interest earner": INTEREST_EARNER_NO_BURN,
                                  "REIT": REIT_NO_BURN}


def financial_no_burn(release: Release) -> str | None:
    """Why the release's company gets no burn or runway, worded for the financial company it is; None for a
    company that is no financial one (whose burn is a real question)."""
    kind = financial_business(release)
    return None if kind is None else _NO_BURN[kind]
