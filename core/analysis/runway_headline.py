"""Whether a runway can stand as a headline figure, and the sentence said in its place where it cannot.

A runway divides cash by a burn. Where the burn is only the fall in cash between two balance sheets (the
release prints no cash flow statement) and the company takes in more revenue each month than its cash fell,
that fall is the small net of large flows: it mixes cash used in operations with money paid for investments,
debt, buybacks or acquisitions, and says nothing of whether the business itself makes or uses cash. A runway
on it is a straight line through one such net, no fact to headline (UI-50: Alkermes Q1 2020, $246M of revenue
in the quarter, "Cash burn $21.5M/mo, Runway 25.5 months" from (614,370 - 549,738) / 3). A biotech before
sales (revenue under its fall in cash: Allos 2004, none printed) keeps its burn and runway cards as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.analysis.cash import CASH_USED, FROM_CASH_FLOW, BurnEstimate, burn_estimates, cash_burn
from core.formatting import runway_words, spelled_money
from core.model import Period, Release


@dataclass(frozen=True, slots=True)
class CashChangeOnly:
    """A burn that is only the fall in cash, beside revenue larger than it: said, never headlined."""

    burn: BurnEstimate
    revenue_monthly: Decimal

    def sentence(self, held: str = "cash and investments", sign: str = "$") -> str:
        """What the Overview and the Cash page say in place of a runway card."""
        burn = self.burn
        fell = spelled_money(burn.monthly, currency=sign)
        revenue = spelled_money(self.revenue_monthly, currency=sign)
        lasts = runway_words(burn.runway_months)
        return (f"Runway not estimated from operations: the release prints no cash flow statement, so the only "
                f"burn is the fall in {held} from {burn.over}, {fell} a month, while revenue ran at {revenue} a "
                f"month. At that pace {held} would last {lasts}, an estimate from the change in cash that "
                f"ignores what the cash went on (operations, investments, debt, buybacks) and whether the "
                f"business itself makes or uses cash")


def cash_change_only(release: Release, revenue: Decimal | None, period: Period | None) -> CashChangeOnly | None:
    """The burn where it is the fall in cash alone, no cash flow statement behind it, and the company's revenue
    over `period` comes to more a month than that fall; None where the runway may stand as a headline."""
    burn = cash_burn(release)
    if burn is None or burn.method != CASH_USED[2] or burn.monthly is None or burn.monthly <= 0:
        return None
    if any(e.method in FROM_CASH_FLOW for e in burn_estimates(release)):
        return None  # a cash flow statement was read: the fall is faster than operations (Cree), a real burn
    if revenue is None or revenue <= 0 or period is None or not period.months:
        return None
    monthly = revenue / period.months
    if not revenue_outruns(monthly, burn.monthly):
        return None
    return CashChangeOnly(burn, monthly)


def revenue_outruns(revenue_monthly: Decimal | None, fall_monthly: Decimal | None) -> bool:
    """Whether revenue a month comes to at least the fall in cash a month: the business then takes in more than
    the cash it lost, so the fall is a net of flows larger than itself and no burn to run a runway on (a
    pre-revenue biotech's fall is its spending, and stands). Compare's burn over time asks it of each quarter
    as the Overview asks it of the release."""
    return (revenue_monthly is not None and fall_monthly is not None and revenue_monthly > 0
            and revenue_monthly >= fall_monthly)
