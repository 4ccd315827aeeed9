"""Cash that rose while the company lost money: what happened, in the words a reader needs.

"No burn: cash and investments rose" beside a net loss of $9.0 million a month (Verdanta, Veridane: a
biotech after an offering) reads as a company that stopped burning. The rise is said as a rise, by how
much and between which dates, with the loss over the same months, and with what the cash-flow statement
prints of financing and operations where the release has one; where it has none, that the money came from
outside the results and the release does not say from where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.analysis.business import financial_no_burn
from core.analysis.cash import cash_words, release_cash_points
from core.analysis.currency import statement_currency
from core.analysis.periods import day_name, duration_periods, months_between
from core.analysis.structure import operations_statement
from core.formatting import currency_sign, spelled_money
from core.model import Period, Release, Statement


@dataclass(frozen=True, slots=True)
class CashRise:
    """How much cash and investments rose between the balance sheet's last two dates, and the sentence
    that says so (with the loss and the cash flows over those months, where printed)."""

    amount: Decimal
    since: Period
    to: Period
    sentence: str


def _over(statement: Statement | None, concept: str, end: date, months: int) -> tuple[Decimal, Period] | None:
    """The concept's value for the period of exactly `months` ending at `end`, printed or derived."""
    if statement is None or (item := statement.item(concept)) is None:
        return None
    for period in duration_periods(statement):
        value = item.values[statement.periods.index(period)]
        if period.end == end and period.months == months and value is not None:
            return value, period
    return None


def cash_rise(release: Release) -> CashRise | None:
    """The rise in cash and investments from the balance date before the latest to the latest (the dates the
    change in cash is measured between: `burn_from_cash_change`); None where cash did not rise."""
    balance = release.statement("balance")
    points = release_cash_points(release)
    if balance is None or len(points) < 2 or points[-1].amount <= points[-2].amount:
        return None
    first, last = points[-2], points[-1]
    sign = currency_sign(statement_currency(balance))
    rise = last.amount - first.amount
    elapsed = months_between(first.period.end, last.period.end)
    months = int(elapsed) if elapsed == int(elapsed) else None
    span = f"the {months} months to {day_name(last.period.end)}"
    # named for what the sheet holds, as the card over it is ("Cash and cash equivalents rose": UI-26)
    said = (f"{cash_words(points).capitalize()} rose {spelled_money(rise, currency=sign)}, from "
            f"{spelled_money(first.amount, currency=sign)} at {day_name(first.period.end)} to "
            f"{spelled_money(last.amount, currency=sign)} at {day_name(last.period.end)}")
    net = _over(operations_statement(release), "net_income", last.period.end, months) if months else None
    lost = net is not None and net[0] < 0
    if net is not None and lost:
        said += f", while the company lost {spelled_money(-net[0], currency=sign)} over {span}"
    cash_flow = release.statement("cash_flow")
    flows = [(name, found[0]) for name, concept in (("financing activities", "financing_cash_flow"),
                                                     ("operations", "operating_cash_flow"))
             if months and (found := _over(cash_flow, concept, last.period.end, months)) is not None]
    if flows:
        parts = [f"{name} {'provided' if value >= 0 else 'used'} {spelled_money(abs(value), currency=sign)}"
                 for name, value in flows]
        flowed = " and ".join(parts)
        said += (f". In those months {flowed}." if lost else f". Over {span}, {flowed}.")
    elif lost and financial_no_burn(release) is not None:
        # a bank's or a mortgage REIT's cash moves with its deposits, borrowings and holdings, never a burn (UI-34:
        # AGNC's rise had been said to come from "an offering, borrowing, a partner's upfront payment")
        said += ": the release prints no cash-flow statement to say where it came from."
    elif lost:
        said += (": the money came from beyond the results (an offering, borrowing, a partner's upfront payment), "
                 "and the release prints no cash-flow statement to say which. The rise is no sign the burn stopped.")
    else:
        said += "."
    return CashRise(rise, first.period, last.period, said)
