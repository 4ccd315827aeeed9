"""Whether a release's runway is estimated, from which burn, and the sentence saying why not: one rule
(`decide_runway`, read by pages through `runway_rule`) for the Overview, the Cash page's cards, prose and run-down
chart, Compare's memo and its burn over time, so no page shows a runway another page refuses (UI-51).

A runway divides cash by a burn, and is estimated only where the burn measures cash the business uses:
cash used in operations (with capital spending where printed), or the fall in cash and investments between two
balance sheets where nothing says that fall is anything else. No runway is estimated:

- for a lender, an insurer or a REIT (`business.financial_no_burn`): burn does not apply;
- for a company not burning cash (`cash.burns_cash` False): a profit, or operations that generated cash;
- where the only cash measure is the fall in cash between two balance sheets (no cash flow statement read) and
  the period's revenue a month is at least that fall (`revenue_outruns`). That fall is cash paid out less cash
  taken in, and revenue collected is the larger part of what comes in: where a month's revenue is as large as
  the month's fall, the fall is the small net of flows each larger than itself (sales collected, costs paid,
  investments bought or sold, debt, buybacks), which a timing shift in any one of them moves by more than its
  own size. It then measures no pace at which the business uses cash. An operating or net LOSS does not settle
  it: a loss is an accounting result after non-cash costs (amortization, depreciation, share-based pay), and
  without a cash flow statement nothing says whether operations used cash. Alkermes Q1 2020 lost $38.7 million,
  yet its own reconciliation adds back $19.8 million of share-based pay, $10.9 million of depreciation and $9.7
  million of amortization to a non-GAAP net income of $1.7 million; its cash and investments fell $21.5 million
  a month while revenue ran at $82.1 million. Neither the fall nor the net loss a month is a runway there: both
  are shown as figures, neither as a runway. A company before sales (revenue under its fall, Allos 2004, none
  printed) spends what it loses from its cash, and its fall stands as its burn;
- from the net loss a month (`LossOutrun`), where the period's revenue a month is at least that loss: a runway on
  the net loss is estimated only where no cash measure of burn stands AND revenue a month is below the loss a
  month. The loss is then the small net of sales and of costs that include non-cash charges (depreciation,
  amortization, share-based pay), for the very reason the fall is above, and says nothing of cash used. St. Joe
  Q1 2020 (a real-estate company) took in $18.6 million of revenue, $6.2 million a month, and lost $1.5 million,
  $500,000 a month; its fall in cash is withheld (debt securities outside the cash line) and its release says
  cash and investments fell $36.6 million with $40.8 million of capital spending: "5+ years" on its net loss had
  stood on the Overview, the Cash page and Compare. A company before meaningful sales (Allos: none printed) spends
  what it loses, and its net loss keeps its runway (14.3 months beside its burn's 17.9).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from core.analysis.business import financial_no_burn
from core.analysis.cash import (
    CASH_USED,
    FROM_CASH_FLOW,
    NOT_ESTIMATED,
    BurnEstimate,
    burn_estimates,
    burns_cash,
    cash_burn,
    cash_words,
    no_burn_sentence,
    release_cash_points,
)
from core.analysis.currency import release_currency
from core.formatting import currency_sign, spelled_money
from core.model import Period, Release

NET_LOSS = "Net loss per month"


@dataclass(frozen=True, slots=True)
class CashChangeOnly:
    """A burn that is only the fall in cash, beside revenue larger than it: said, never headlined."""

    burn: BurnEstimate
    revenue_monthly: Decimal

    def sentence(self, held: str = "cash and investments", sign: str = "$") -> str:
        """Why no runway is estimated, said in place of a runway card (no full stop, a caution may follow).
        It names the fall and the revenue and gives no runway: "At that pace ... would last 25.5 months" after
        "Runway not estimated" had given the runway it refused (UI-51)."""
        burn = self.burn
        fell = spelled_money(burn.monthly, currency=sign)
        revenue = spelled_money(self.revenue_monthly, currency=sign)
        return (f"Runway not estimated: the release prints no cash flow statement, so the only measure of cash "
                f"going out is the fall in {held} from {burn.over}, {fell} a month, while revenue ran at {revenue} "
                f"a month. A fall smaller than a month's revenue is the small net of larger flows in and out (sales "
                f"collected, costs paid, investments, debt, buybacks), not the pace at which the business uses "
                f"cash; nor is the net loss, which includes non-cash costs, so neither is made a runway")


@dataclass(frozen=True, slots=True)
class LossOutrun:
    """A net loss a month that revenue a month outruns, where no cash measure of burn stands: said, never a
    runway. `no_cash`: why no cash figure measures cash used, in a clause."""

    loss: BurnEstimate
    revenue_monthly: Decimal
    no_cash: str

    def sentence(self, sign: str = "$") -> str:
        """Why no runway is estimated, in one sentence (no full stop), said alike on the Overview, the Cash page
        and Compare."""
        loss = spelled_money(self.loss.monthly or Decimal(0), currency=sign)
        revenue = spelled_money(self.revenue_monthly, currency=sign)
        return (f"Runway not estimated: no figure measures the cash the business uses ({self.no_cash}), and the "
                f"net loss of {loss} a month is no measure of it either, since revenue ran at {revenue} a month, "
                f"more than the loss, which is then the small net of sales and of costs that include non-cash "
                f"charges (depreciation, amortization, share-based pay)")


@dataclass(frozen=True, slots=True)
class RunwayRule:
    """The one decision on a release's runway. `burn`: the estimate a runway is estimated from (the Overview's
    card, Compare's memo), None where none is; `why_not`: the sentence saying why none is ("" where one is);
    `estimates`: the Cash page's estimates, each keeping its runway only where a runway is estimated (a net
    loss's only where revenue is below it); `fall_only`: the fall in cash that revenue outruns, where that is the
    reason; `loss_outrun`: the net loss that revenue outruns, no cash measure standing, where that is."""

    burn: BurnEstimate | None
    why_not: str = ""
    estimates: tuple[BurnEstimate, ...] = ()
    fall_only: CashChangeOnly | None = None
    loss_outrun: LossOutrun | None = None

    @property
    def refused(self) -> bool:
        """Whether the company burns but no runway is estimated, for a reason the sentence `why_not` says (the
        fall or the net loss outrun by revenue), as the Overview, the Cash page and Compare say it."""
        return self.fall_only is not None or self.loss_outrun is not None

    @property
    def estimated(self) -> bool:
        return self.burn is not None and self.burn.runway_months is not None


NO_RULE = RunwayRule(None)  # a StandardMetrics built by hand (tests): no runway


def _without_runways(estimates: tuple[BurnEstimate, ...]) -> tuple[BurnEstimate, ...]:
    return tuple(e if e.runway_months is None else replace(e, runway_months=None) for e in estimates)


def decide_runway(release: Release, revenue: Decimal | None, period: Period | None) -> RunwayRule:
    """The rule (module docstring) for `release`, whose revenue over `period` is `revenue`. Pages read it through
    `runway_rule`; `metrics.standard_metrics` calls it with the revenue it has found."""
    estimates = burn_estimates(release)
    if (not_applicable := financial_no_burn(release)) is not None:
        return RunwayRule(None, not_applicable, _without_runways(estimates))
    if burns_cash(release) is False:
        return RunwayRule(None, no_burn_sentence(release), _without_runways(estimates))
    if (only := cash_change_only(release, revenue, period)) is not None:
        points = release_cash_points(release)
        held = cash_words(points) if points else "cash and investments"
        said = only.sentence(held, currency_sign(release_currency(release)))
        return RunwayRule(None, said, _without_runways(estimates), only)
    monthly = revenue / period.months if revenue is not None and period is not None and period.months else None
    loss = next((e for e in estimates if e.method == NET_LOSS and e.monthly is not None), None)
    if loss is not None and revenue_outruns(monthly, loss.monthly):
        # a net loss that revenue outruns is no pace of cash used: a figure on every page, never a runway
        estimates = tuple(replace(e, runway_months=None) if e is loss else e for e in estimates)
        loss = replace(loss, runway_months=None)
        if (burn := cash_burn(release)) is None:
            assert monthly is not None
            outrun = LossOutrun(loss, monthly, _no_cash_measure(release, estimates))
            return RunwayRule(None, outrun.sentence(currency_sign(release_currency(release))), estimates,
                              loss_outrun=outrun)
        return RunwayRule(burn, "", estimates)
    return RunwayRule(cash_burn(release) or loss, "", estimates)


def _no_cash_measure(release: Release, estimates: tuple[BurnEstimate, ...]) -> str:
    """Why no cash figure measures the cash the business uses, in a clause: the reason the fall in cash is
    withheld (St. Joe's debt securities outside the cash line), or that cash rose, or that one balance date and
    no cash flow statement leave nothing to measure."""
    change = next((e for e in estimates if e.method == CASH_USED[2]), None)
    if change is not None and change.withheld and (why := change.note.removeprefix(NOT_ESTIMATED).lstrip(":; ")):
        return why.rstrip(".")
    points = release_cash_points(release)
    held = cash_words(points) if points else "cash and investments"
    if len(points) > 1 and points[-1].amount >= points[-2].amount:
        return f"no cash flow statement is read, and {held} rose"
    return "no cash flow statement is read, nor a fall in cash between two balance sheets"


def runway_rule(release: Release) -> RunwayRule:
    """The release's runway rule, with the revenue its standard metrics find (the Overview's)."""
    from core.analysis.metrics import standard_metrics  # (metrics calls `decide_runway`)

    return standard_metrics(release).rule


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
