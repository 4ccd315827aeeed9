"""A company's cash at each balance-sheet date of its series, and its burn per month over time, from
the net result or the operating cash flow, whichever the releases print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.analysis.periods import quarter_before
from core.analysis.series import CASH_CONCEPT, CASH_PARTS, CompanySeries, Observation
from core.model import Period


@dataclass(frozen=True, slots=True)
class CashAt:
    """Cash and investments at a balance date, with the readings it adds up (to show restatements)."""

    end: date
    amount: Decimal
    parts: tuple[Observation, ...]


def cash_series(series: CompanySeries) -> tuple[CashAt, ...]:
    """Cash and investments at every balance date the releases print: one "cash and investments" line
    where the company prints one, else cash plus short-term investments (dates missing a part skipped)."""
    keys = (CASH_CONCEPT,) if series.points(CASH_CONCEPT, None) else CASH_PARTS
    present = [k for k in keys if series.points(k, None)]
    if not present:
        return ()
    ends = sorted({o.period.end for k in present for o in series.points(k, None)})
    result = []
    for end in ends:
        parts = [series.value(k, end, None) for k in present]
        if any(p is None for p in parts):
            continue
        found = tuple(p for p in parts if p is not None)
        result.append(CashAt(end, sum((p.value for p in found), Decimal(0)), found))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class BurnPoint:
    """Monthly burn in one quarter, by each method the data allows; None where a method has no figure or
    the company did not burn cash (a profit, or cash that rose). Runway is cash at the quarter's end over
    that burn."""

    quarter: Period
    net_loss_monthly: Decimal | None
    cash_change_monthly: Decimal | None
    operating_cash_monthly: Decimal | None
    cash: Decimal | None

    def runway(self, monthly: Decimal | None) -> Decimal | None:
        if monthly is None or monthly <= 0 or self.cash is None:
            return None
        return self.cash / monthly


def _monthly_burn(amount: Decimal | None, months: int) -> Decimal | None:
    """A loss or outflow (negative) as a positive burn per month; None for a profit or inflow."""
    if amount is None or amount >= 0:
        return None
    return -amount / months


def burn_trend(series: CompanySeries) -> tuple[BurnPoint, ...]:
    """Burn per month for every quarter of the series: from the net result, from the fall in cash and
    investments since the balance date three months earlier, and from operating cash flow."""
    cash = {point.end: point.amount for point in cash_series(series)}
    points = []
    for quarter in series.quarters:
        net = series.value("net_income", quarter.end)
        flow = series.value("operating_cash_flow", quarter.end)
        start = quarter_before(quarter.end)
        fall = None
        if quarter.end in cash and start in cash:
            fall = _monthly_burn(cash[quarter.end] - cash[start], 3)
        point = BurnPoint(
            quarter=quarter,
            net_loss_monthly=_monthly_burn(net.value if net else None, 3),
            cash_change_monthly=fall,
            operating_cash_monthly=_monthly_burn(flow.value if flow else None, 3),
            cash=cash.get(quarter.end),
        )
        burns = (point.net_loss_monthly, point.cash_change_monthly, point.operating_cash_monthly)
        if any(burn is not None for burn in burns):
            points.append(point)
    return tuple(points)
