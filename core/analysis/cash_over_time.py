"""A company's cash at each balance-sheet date of its series, and its burn per month over time, from
the net result or the operating cash flow, whichever the releases print.

The burn each quarter leads with is the one the Cash page leads with (core.analysis.cash.cash_burn): cash
used in operations and capital spending where the cash flow prints both, else cash used in operations, else the
fall in cash and investments; never the net loss, which is not cash. A quarter its release measures its burn over
is drawn at that very estimate. A quarter
with no figure of its own for it takes its release's estimate, spread over that estimate's longer period."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from core.analysis.cash import (
    CASH_USED,
    burn_estimates,
    burns_cash,
    capital_spending_for,
    cash_burn,
    release_cash_points,
)
from core.analysis.companies import LINE_PREFIX, line_key, release_end, time_order
from core.analysis.periods import period_name, quarter_before
from core.analysis.runway_headline import revenue_outruns, runway_rule
from core.analysis.series import CompanySeries, Observation
from core.formatting import without_marks
from core.model import Period, Release


@dataclass(frozen=True, slots=True)
class CashAt:
    """Cash and investments at a balance date, with the readings it adds up (to show restatements)."""

    end: date
    amount: Decimal
    parts: tuple[Observation, ...]


def cash_series(series: CompanySeries) -> tuple[CashAt, ...]:
    """Cash and investments at every balance date the releases print, counted from the lines each release's
    own cash card counts (core.analysis.cash.cash_points: the cash, the securities or short-term investments
    beside it, the investments held beyond a year), the latest release's reading of each line: the chart over
    time had added cash and short-term securities alone, $26,977M for Apple where its Overview and Cash page
    said $59.71B (UI-30). A date missing one of its lines in the series is skipped. A sheet printing no cash
    line counts the cash flow statement's closing cash at the date, as its release's pages do (UI-43), the
    release's reading of it standing as the date's one part."""
    counted: dict[date, tuple[tuple[str, ...], Decimal]] = {}
    taken: dict[date, Observation] = {}  # a date's cash read from a cash flow statement
    for release in time_order(series.releases):  # oldest first: a later release's lines stand for a date
        balance = release.statement("balance")
        if balance is None:
            continue
        for point in release_cash_points(release):
            taken.pop(point.period.end, None)
            if point.statement == "cash_flow":
                counted.pop(point.period.end, None)
                taken[point.period.end] = Observation(
                    line_key(None, point.lines[0]), without_marks(point.lines[0]), "cash_flow", "amount",
                    point.period, point.amount, release.name)
                continue
            counted[point.period.end] = (tuple(
                line_key(item.concepts[0] if item.concepts else None, item.label)
                for item in balance.items if item.label in point.lines and item.kind == "amount"), point.amount)
    result = [CashAt(end, part.value, (part,)) for end, part in taken.items()]
    for end in sorted(counted):
        keys, amount = counted[end]
        parts = [series.value(key, end, None) for key in keys]
        if not parts or any(p is None for p in parts):
            continue
        found = tuple(p for p in parts if p is not None)
        if len(set(keys)) < len(keys):
            # two lines in the same words ("Marketable securities" among the current assets and again after
            # them) are one line of the series: the release's own sum stands
            result.append(CashAt(end, amount, tuple(dict.fromkeys(found))))
            continue
        result.append(CashAt(end, sum((p.value for p in found), Decimal(0)), found))
    return tuple(sorted(result, key=lambda cash: cash.end))


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
    # The Cash page's burn for the quarter (cash used in operations, else the fall in cash), how it was
    # made, and whether it is derived: a quarter derived from year-to-date figures, or its release's estimate
    # over a longer period (Ostrava's six months of cash used, $8.4M a month, where no quarter is printed).
    cash_burn_monthly: Decimal | None = None
    cash_burn_basis: str = ""
    cash_burn_derived: bool = False
    # The stretch the Cash page's burn is measured over, as a period is named ("9M to Sep 30, 2024"): the quarter's
    # own where it is read from the quarter, its release's estimate's where not (UI-48: Forian's nine months'
    # average, 1,467,084 / 9, had been labelled "3M to Sep 30, 2024", only the "How" column saying otherwise).
    cash_burn_over: str = ""
    # The quarter's revenue a month where it outruns a cash burn that is only the fall in cash (no cash flow
    # read): no runway is drawn on any of the quarter's burns, the net loss's included, as the Overview, the Cash
    # page and the memo give none (`runway_headline`'s rule; UI-51: a net-loss runway dot had stayed).
    outrun_by: Decimal | None = None
    # The quarter's revenue a month where it is at least the net loss a month: the net loss is then no pace of
    # cash used, and no runway is drawn on it, as the rule gives none on any page (UI-52: St. Joe's "5+ years").
    loss_outrun_by: Decimal | None = None
    # The release whose own burn estimate the cash burn is (`_cash_burn`: the one its Overview and Cash page show),
    # "" where it is worked out from the series' figures.
    cash_burn_release: str = ""
    # The net result the net loss a month is taken from, as the series holds it: derived where its quarter is worked
    # out (six months less the quarter), its checks' word in `status`, so its bar is marked as the net-result chart's
    # (UI-63: Allos's derived quarters to Mar 31, 2003 and 2004 had stood solid beside that chart's hatched ones).
    net_loss_basis: str = ""
    net_loss_status: str = ""
    # the checks' word on the cash flow the cash burn is read from, where it is read from one
    cash_burn_status: str = ""

    def derived(self, field: str) -> bool:
        """Whether the figure of `field` is worked out rather than printed (a quarter derived from year-to-date
        figures, or an estimate over a longer stretch)."""
        if field == "cash_burn_monthly":
            return self.cash_burn_derived
        return field == "net_loss_monthly" and bool(self.net_loss_basis)

    def status(self, field: str) -> str:
        """What the checks say of the figure `field` is taken from ("failed", "unchecked", "verified" or "")."""
        if field == "cash_burn_monthly":
            return self.cash_burn_status
        return self.net_loss_status if field == "net_loss_monthly" else ""

    def measured_over(self, field: str) -> str:
        """The stretch the figure of `field` ("cash_burn_monthly", "net_loss_monthly", ...) is measured over:
        the estimate's own for the Cash page's burn, else the quarter."""
        if field == "cash_burn_monthly" and self.cash_burn_over:
            return self.cash_burn_over
        return period_name(self.quarter).removesuffix(" (derived)")

    def runway(self, monthly: Decimal | None, field: str = "") -> Decimal | None:
        """Cash at the quarter's end over `monthly`, the burn of `field`; None for every burn where the rule
        estimates no runway for the quarter (`outrun_by`)."""
        if monthly is None or monthly <= 0 or self.cash is None or self.outrun_by is not None:
            return None
        if field == "net_loss_monthly" and self.loss_outrun_by is not None:
            return None
        return self.cash / monthly


def _monthly_burn(amount: Decimal | None, months: int) -> Decimal | None:
    """A loss or outflow (negative) as a positive burn per month; None for a profit or inflow."""
    if amount is None or amount >= 0:
        return None
    return -amount / months


def burn_trend(series: CompanySeries) -> tuple[BurnPoint, ...]:
    """Burn per month for every quarter of the series: from the net result, from the fall in cash and
    investments since the balance date three months earlier, and from operating cash flow; and the Cash
    page's burn (`_cash_burn`)."""
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
            net_loss_basis=net.basis if net else "",
            net_loss_status=net.status if net else "",
        )
        point = _cash_burn(series, point, flow)
        revenue = series.value("revenue", quarter.end)
        if point.net_loss_monthly is not None and revenue is not None and revenue_outruns(
                revenue.value / 3 if revenue.value is not None else None, point.net_loss_monthly):
            point = replace(point, loss_outrun_by=revenue.value / 3)
        burns = (point.net_loss_monthly, point.cash_change_monthly, point.operating_cash_monthly,
                 point.cash_burn_monthly)
        if any(burn is not None for burn in burns):
            points.append(point)
    return tuple(points)


def _cash_burn(series: CompanySeries, point: BurnPoint, flow: Observation | None) -> BurnPoint:
    """The point with the Cash page's burn: its methods in its order (CASH_USED), each from the quarter's
    own figures first, else from the estimate of the release reporting the quarter. Over time the chart had
    led with the net loss per month (Ostrava: $3.8M, 53.9 months of runway) where the Cash page and the
    Overview lead with cash used in operations ($8.4M a month, 24.5 months)."""
    quarter = point.quarter
    release = next((r for r in reversed(series.releases) if release_end(r) == quarter.end), None)
    estimate = cash_burn(release) if release is not None else None
    free, operating, change = CASH_USED
    if (flow is not None and point.operating_cash_monthly is None) or (
            release is not None and burns_cash(release) is False):
        return point  # operations generated cash: no burn, whatever cash did
    revenue = series.value("revenue", quarter.end)
    if estimate is not None and estimate.monthly is not None and estimate.spans_quarter(quarter.end):
        # the release reporting the quarter measures its burn over this very quarter: that estimate, the one the
        # Overview and the Cash page show, never a second reckoning of it (UI-56: Tupperware's Q1 2020 had been
        # drawn at cash used in operations alone, $15.7M a month and 11.1 months, beside their $18.4M and 9.5)
        point = replace(point, cash_burn_monthly=estimate.monthly, cash_burn_basis=estimate.basis,
                        cash_burn_release=release.name if release is not None else "")
        return _outrun(point, revenue, release) if estimate.method == change else point
    if point.operating_cash_monthly is not None and flow is not None:
        monthly, basis = point.operating_cash_monthly, f"cash from operations for {period_name(flow.period)}"
        spending = _quarter_capital_spending(series, quarter.end)
        if spending is not None:
            lines = " and ".join(f'"{label}"' for label in spending[1])
            monthly += spending[0] / 3
            basis = f"cash from operations less capital spending ({lines}) for {period_name(flow.period)}"
        basis += " divided by 3 months"
        return replace(point, cash_burn_monthly=monthly,
                       cash_burn_basis=f"derived: {basis}, {flow.basis}" if flow.derived else basis,
                       cash_burn_derived=flow.derived, cash_burn_status=flow.status)
    if estimate is not None and estimate.method in (free, operating):
        return replace(point, cash_burn_monthly=estimate.monthly, cash_burn_basis=estimate.basis,
                       cash_burn_derived=True, cash_burn_over=estimate.over)
    if release is not None and any(e.method == change and e.withheld for e in burn_estimates(release)):
        # the release withholds its fall in cash (securities outside the cash line: St. Joe's $50.0M moved into
        # debt securities), so the quarter's fall in the same cash is no burn either (UI-52: 26.4M a month and
        # a 4.0-month runway had stood over time where the Cash page says "Not estimated")
        return point
    if point.cash_change_monthly is not None:
        return _outrun(replace(point, cash_burn_monthly=point.cash_change_monthly, cash_burn_basis="fall in cash and "
                                   "investments over the quarter divided by 3 months"), revenue, release)
    if estimate is not None and estimate.method == change:
        return _outrun(replace(point, cash_burn_monthly=estimate.monthly, cash_burn_basis=estimate.basis,
                               cash_burn_derived=True, cash_burn_over=estimate.over), revenue, release)
    return point


def _quarter_capital_spending(series: CompanySeries, end: date) -> tuple[Decimal, tuple[str, ...]] | None:
    """The capital spending of the quarter to `end`, as the latest release printing it for the quarter says it, else
    the difference of a release's year-to-date spending to `end` and to the quarter before (Q3 = 9M - 6M, as the
    series derives the quarter's cash from operations); None where no release prints it. A quarter's burn over
    time takes it off as the Cash page's does (`cash.cash_burn`)."""
    for release in reversed(series.releases):
        if (own := capital_spending_for(release, end, 3)) is not None:
            return own
    before = quarter_before(end)
    for release in reversed(series.releases):
        for months in (6, 9, 12):
            to_date = capital_spending_for(release, end, months)
            earlier = capital_spending_for(release, before, months - 3)
            if to_date is not None and earlier is not None and to_date[1] == earlier[1]:
                return to_date[0] - earlier[0], to_date[1]
    return None


def _outrun(point: BurnPoint, revenue: Observation | None, release: Release | None = None) -> BurnPoint:
    """The point whose cash burn is the fall in cash alone, marked where the rule estimates no runway on it: the
    rule of the release reporting the quarter (`runway_rule`, the Overview's, the Cash page's and the memo's), else,
    for a quarter no loaded release reports (a prior-year column), the same test on the quarter's own revenue
    (`revenue_outruns`). Compare had drawn Alkermes's 25.5 months on a $21.5M monthly fall beside $82.1M of revenue
    a month (UI-50), then its net loss's 42.7 months where every other page gives none (UI-51)."""
    if release is not None:
        rule = runway_rule(release)
        if rule.fall_only is not None:
            return replace(point, outrun_by=rule.fall_only.revenue_monthly)
        if rule.estimated:
            return point
    monthly = revenue.value / 3 if revenue is not None and revenue.value is not None else None
    if not revenue_outruns(monthly, point.cash_burn_monthly):
        return point
    return replace(point, outrun_by=monthly)


@dataclass(frozen=True, slots=True)
class CountChange:
    """Where what a cash line over time counts changes: from the point at `index` on, lines are `added` to it or
    `dropped` from it (by their keys: a line renamed, "Short-term investments" to "Short-term marketable
    securities", is the same line)."""

    index: int
    added: tuple[str, ...]
    dropped: tuple[str, ...]

    @property
    def short(self) -> str:
        """The rule's words on the chart: "more lines counted", "fewer lines counted" or "other lines counted"."""
        return f"{'other' if self.added and self.dropped else 'more' if self.added else 'fewer'} lines counted"

    def words(self, when: str) -> str:
        """ "From Sep 25, 2010 it also counts Long-term marketable securities." """
        said = []
        if self.added:
            said.append("also counts " + " and ".join(self.added))
        if self.dropped:
            said.append("no longer counts " + " and ".join(self.dropped))
        return f"From {when} it {', and '.join(said)}."


def count_changes(points: tuple[CashAt, ...]) -> tuple[CountChange, ...]:
    """Each point after which the lines counted change (UI-51: Apple's cash over time counts cash and short-term
    investments in 2003-2004 and adds its long-term marketable securities from 2010, on one line as if alike)."""
    changes = []
    for index in range(1, len(points)):
        before = {part.key: part.label for part in points[index - 1].parts}
        after = {part.key: part.label for part in points[index].parts}
        if _counted(before) != _counted(after):
            changes.append(CountChange(index, tuple(after[k] for k in after if k not in before),
                                       tuple(before[k] for k in before if k not in after)))
    return tuple(changes)


def _counted(parts: dict[str, str]) -> tuple[frozenset[str], int]:
    """What a date's cash counts, as a change would show: its lines read as concepts, and how many it counts known
    by their label alone (a "line:" key), which a later release may print under another name: Apple's
    "Long-term marketable securities" of 2010 is its non-current "Marketable securities" of 2023, no change."""
    return frozenset(key for key in parts if not key.startswith(LINE_PREFIX)), sum(
        key.startswith(LINE_PREFIX) for key in parts)


@dataclass(frozen=True, slots=True)
class ReleaseFigures:
    """A quarter's cash burn taken from its own release's fall in cash where a later release restates a balance it
    counts: the release's figures at each end, the series' (the table's "used"), and the burn on the series'."""

    quarter: Period
    release: str
    start: date
    own: tuple[Decimal, Decimal]  # the release's cash at the start and at the end
    used: tuple[Decimal, Decimal]  # the series' (the later releases' readings, as the table marks them used)
    restated_by: tuple[str, ...]  # the releases whose readings the series uses where they differ
    monthly_on_used: Decimal | None


def burns_on_their_release(series: CompanySeries, points: tuple[BurnPoint, ...]) -> tuple[ReleaseFigures, ...]:
    """The quarters whose cash burn is their release's own fall in cash (`BurnPoint.cash_burn_release`, as its
    Overview and Cash page give it) where the series uses another reading of either balance: UI-57, halden's Q1
    2005 burn of 1,667 a month is its release's 60,000 -> 55,000, while the table marks the Q3 release's restated
    59,450 for Dec 31, 2004 as used (on which the fall would be 1,483 a month). The burn stays the release's own,
    one figure on every page for the quarter; the chart's caption says so (`charts.cash_over_time`)."""
    cash = {point.end: point for point in cash_series(series)}
    by_name = {release.name: release for release in series.releases}
    found = []
    for point in points:
        release = by_name.get(point.cash_burn_release)
        if release is None or point.cash_burn_monthly is None:
            continue
        start = quarter_before(point.quarter.end)
        own = {p.period.end: p.amount for p in release_cash_points(release) if p.statement != "cash_flow"}
        if start not in own or point.quarter.end not in own or start not in cash or point.quarter.end not in cash:
            continue
        used = (cash[start].amount, cash[point.quarter.end].amount)
        mine = (own[start], own[point.quarter.end])
        if used == mine:
            continue
        restated = tuple(dict.fromkeys(part.source for end in (start, point.quarter.end) for part in cash[end].parts
                                       if part.source != release.name))
        found.append(ReleaseFigures(point.quarter, release.name, start, mine, used, restated,
                                    _monthly_burn(used[1] - used[0], 3)))
    return tuple(found)
