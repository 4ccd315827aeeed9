"""One company over time: its releases merged into one series of periods, restatements kept and flagged.

Each release prints a few columns: the quarter, the same quarter a year earlier, year-to-date columns, two
balance-sheet dates. Put side by side, a company's releases say more than any one of them:

- quarters a release does not print follow from year-to-date columns, also across releases:
  Q1 = 6M - Q2 (one release), Q3 = 9M - 6M, Q4 = 12M - 9M (two releases of the same year);
- a later release's prior-year columns fill quarters no loaded release printed as its own;
- where two releases print the same period differently (a restatement), both readings are kept, the later
  release's is used (the company's latest word), and the period is flagged. A quarter derived from a later
  release's year-to-date figures that disagrees with the quarter as printed earlier is flagged the same way:
  it means the later release revised that quarter; the printed figure is kept for it.

Only amounts are derived; per-share figures and weighted share counts are not additive (as in
core.analysis.derived). Lines are matched across releases by concept, else by their label with case,
punctuation and spacing ignored, so "General and administrative" lines up with "General and
administrative" even without a vocabulary key.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.analysis.expenses import breakdown
from core.analysis.periods import add_months, period_name
from core.model import Period, Release, StatementKind, ValueKind

LINE_PREFIX = "line:"
# Words that say nothing about which company a name means ("Allos Therapeutics, Inc." = "Allos Therapeutics").
COMPANY_SUFFIXES = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "the",
     "sa", "nv", "ag", "lp"}
)  # fmt: skip
SERIES_STATEMENTS: tuple[StatementKind, ...] = ("operations", "balance", "cash_flow")
CASH_CONCEPT = "cash_and_investments"
CASH_PARTS = ("cash_and_equivalents", "short_term_investments")
# A 52/53-week quarter ends within a week of the month end it stands for (Nov 2 for October); dates up to
# this day of the month count as the month before, so year-to-date columns of retailers line up too.
WEEK_SLACK_DAYS = 7


def normalise(text: str) -> str:
    """Lower case, letters and digits only, single spaces: the form labels and names are matched in."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


def company_key(release: Release) -> str:
    """The ticker when the release names one, else the company name without "Inc." and punctuation,
    else the file name (a release that names no company is a company of its own)."""
    meta = release.metadata
    if meta.ticker:
        return meta.ticker.upper()
    words = [word for word in normalise(meta.company).split() if word not in COMPANY_SUFFIXES]
    return " ".join(words) if words else f"file {release.name}"


def line_key(concept: str | None, label: str) -> str:
    return concept if concept else LINE_PREFIX + normalise(label)


@dataclass(frozen=True, slots=True)
class CompanyGroup:
    key: str
    company: str
    ticker: str
    releases: tuple[Release, ...]  # in time order

    @property
    def title(self) -> str:
        who = self.company or self.key
        return f"{who} ({self.ticker})" if self.ticker else who


def release_end(release: Release) -> date:
    """The end of the period a release reports on: its fiscal period, else its latest column."""
    fiscal = release.metadata.fiscal_period
    if fiscal is not None and fiscal.end is not None:
        return fiscal.end
    ends = [period.end for statement in release.statements for period in statement.periods]
    return max(ends) if ends else date.min


def time_order(releases: Iterable[Release]) -> tuple[Release, ...]:
    """Oldest first: by period reported on, then release date, then name (for a stable order)."""
    return tuple(
        sorted(
            releases,
            key=lambda r: (release_end(r), r.metadata.release_date or date.min, r.name),
        )
    )


def group_by_company(releases: Iterable[Release]) -> tuple[CompanyGroup, ...]:
    """Releases grouped by company: by ticker, else by normalised name; a release without a ticker joins
    the group whose company name matches. Groups in order of their latest release, newest first."""
    members: dict[str, list[Release]] = defaultdict(list)
    for release in releases:
        members[company_key(release)].append(release)
    by_name: dict[str, str] = {}
    for key, found in members.items():
        if any(r.metadata.ticker for r in found):
            for release in found:
                by_name.setdefault(_name_key(release), key)
    for key in list(members):
        found = members[key]
        if key in members and not any(r.metadata.ticker for r in found):
            target = by_name.get(key)
            if target is not None and target != key:
                members[target].extend(members.pop(key))
    groups = []
    for key, found in members.items():
        ordered = time_order(found)
        latest = ordered[-1].metadata
        ticker = next((r.metadata.ticker for r in reversed(ordered) if r.metadata.ticker), "")
        groups.append(CompanyGroup(key, latest.company, ticker, ordered))
    return tuple(sorted(groups, key=lambda g: release_end(g.releases[-1]), reverse=True))


def _name_key(release: Release) -> str:
    words = [word for word in normalise(release.metadata.company).split() if word not in COMPANY_SUFFIXES]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Observation:
    """One value of one line for one period, as one release printed it or as derived from printed ones.

    `basis` is empty for a printed value and says how a derived one was computed otherwise
    ("6M to Jun 30, 2005 minus 3M to Jun 30, 2005, both from halden_q2_2005.txt").
    """

    key: str
    label: str
    statement: StatementKind
    kind: ValueKind
    period: Period
    value: Decimal
    source: str
    basis: str = ""

    @property
    def derived(self) -> bool:
        return bool(self.basis)

    @property
    def slot(self) -> tuple[str, date, int | None]:
        return (self.key, self.period.end, self.period.months)


@dataclass(frozen=True, slots=True)
class Restatement:
    """Releases disagree on one line for one period. `versions[0]` is the value the series uses."""

    key: str
    label: str
    period: Period
    versions: tuple[Observation, ...]

    @property
    def difference(self) -> Decimal:
        return self.versions[0].value - self.versions[1].value


@dataclass(frozen=True, slots=True)
class CompanySeries:
    """A company's releases merged: one chosen value per line and period, every reading kept."""

    company: str
    ticker: str
    releases: tuple[Release, ...]
    values: tuple[Observation, ...]  # the chosen value per (line, period), in time order
    restatements: tuple[Restatement, ...]
    expense_keys: tuple[str, ...]  # the lines making up total operating expenses, printed order
    scale: int  # what amounts are shown divided by: the latest release's statement of operations

    def points(self, key: str, months: int | None = 3) -> tuple[Observation, ...]:
        """The chosen values of one line for periods of `months` (None: balance dates), earliest first."""
        return tuple(o for o in self.values if o.key == key and o.period.months == months)

    def value(self, key: str, end: date, months: int | None = 3) -> Observation | None:
        return next((o for o in self.values if o.slot == (key, end, months)), None)

    def label(self, key: str) -> str:
        """The line's label as the latest release printing it has it."""
        found = [o for o in self.values if o.key == key and not o.derived]
        return found[-1].label if found else key.removeprefix(LINE_PREFIX)

    def restated(self, key: str, end: date, months: int | None = 3) -> Restatement | None:
        return next(
            (r for r in self.restatements if (r.key, r.period.end, r.period.months) == (key, end, months)),
            None,
        )

    @property
    def quarters(self) -> tuple[Period, ...]:
        ends = sorted({o.period.end for o in self.values if o.period.months == 3})
        return tuple(Period(end, 3) for end in ends)


def _printed(release: Release) -> list[Observation]:
    found: list[Observation] = []
    for kind in SERIES_STATEMENTS:
        statement = release.statement(kind)
        if statement is None:
            continue
        seen: set[tuple[str, date, int | None]] = set()
        for item in statement.items:
            for concept in item.concepts or (None,):
                key = line_key(concept, item.label)
                for period, value in zip(statement.periods, item.values, strict=True):
                    slot = (key, period.end, period.months)
                    if value is None or slot in seen:  # a repeated label: the first line is the statement's
                        continue
                    seen.add(slot)
                    found.append(Observation(key, item.label, kind, item.kind, period, value, release.name))
    return found


def _month_index(day: date) -> int:
    """Months since year 0 of the month a period end stands for (see WEEK_SLACK_DAYS)."""
    index = day.year * 12 + day.month - 1
    return index - 1 if day.day <= WEEK_SLACK_DAYS else index


def _sources(a: Observation, b: Observation) -> str:
    return f"both from {a.source}" if a.source == b.source else f"from {a.source} and {b.source}"


def _derive_quarters(chosen: dict[tuple[str, date, int | None], Observation]) -> list[Observation]:
    """Three-month amounts implied by pairs of printed duration values of the same line.

    Same start, lengths n and n-3 (9M - 6M): the quarter ending with the longer. Same end, a quarter and a
    half-year (6M - 3M): the quarter before it. Inputs are printed values only, so nothing is derived from
    a derived value.
    """
    by_key: dict[str, list[Observation]] = defaultdict(list)
    for observation in chosen.values():
        if observation.kind == "amount" and observation.period.months and not observation.derived:
            by_key[observation.key].append(observation)
    derived: list[Observation] = []
    for key, found in by_key.items():
        spans = {}
        for o in found:
            assert o.period.months is not None
            end = _month_index(o.period.end)
            spans[(end - o.period.months, end)] = o
        for (start, end), longer in spans.items():
            months = end - start
            if months < 6:
                continue
            # 9M - 6M, 12M - 9M, 6M - 3M: the same start, three months shorter.
            shorter = spans.get((start, end - 3))
            if shorter is not None:
                derived.append(_difference(key, longer, shorter, longer.period.end))
            # 6M - Q2 = Q1: the same end, the quarter; the difference is the quarter before it.
            if months == 6:
                quarter = spans.get((end - 3, end))
                if quarter is not None:
                    derived.append(_difference(key, longer, quarter, add_months(longer.period.end, -3)))
    return derived


def _difference(key: str, longer: Observation, shorter: Observation, end: date) -> Observation:
    basis = f"{period_name(longer.period)} minus {period_name(shorter.period)}, {_sources(longer, shorter)}"
    return Observation(
        key=key,
        label=longer.label,
        statement=longer.statement,
        kind=longer.kind,
        period=Period(end, 3, basis, derived=True),
        value=longer.value - shorter.value,
        source=longer.source,
        basis=basis,
    )


def company_series(releases: Iterable[Release]) -> CompanySeries:
    """Merge one company's releases (any order) into one series. See the module docstring for the rules."""
    ordered = time_order(releases)
    if not ordered:
        raise ValueError("a series needs at least one release")
    readings: dict[tuple[str, date, int | None], list[Observation]] = defaultdict(list)
    for release in ordered:  # oldest first, so each slot's readings end with the latest release's
        for observation in _printed(release):
            readings[observation.slot].append(observation)
    chosen: dict[tuple[str, date, int | None], Observation] = {}
    restatements: list[Restatement] = []
    for slot, found in readings.items():
        latest = found[-1]
        chosen[slot] = latest
        differing = [latest, *_distinct(o for o in reversed(found[:-1]) if o.value != latest.value)]
        if len(differing) > 1:
            restatements.append(Restatement(latest.key, latest.label, latest.period, tuple(differing)))
    derived_by_slot: dict[tuple[str, date, int | None], list[Observation]] = defaultdict(list)
    for observation in _derive_quarters(chosen):
        derived_by_slot[observation.slot].append(observation)
    for slot, found in derived_by_slot.items():
        # A derivation within one release is that release's own view of the quarter; one across two
        # releases is used only to fill a gap, since a disagreement could come from either release.
        found.sort(key=lambda o: not _within_one_release(o))
        printed = chosen.get(slot)
        if printed is None:
            chosen[slot] = found[0]
            continue
        disagreeing = _distinct(
            o for o in found if _within_one_release(o) and o.value != printed.value
        )
        if disagreeing:
            restatements.append(Restatement(printed.key, printed.label, printed.period, (printed, *disagreeing)))
    values = tuple(
        sorted(chosen.values(), key=lambda o: (o.period.end, o.period.months or 0, o.statement, o.key))
    )
    newest = ordered[-1]
    operations = newest.statement("operations")
    return CompanySeries(
        company=newest.metadata.company,
        ticker=next((r.metadata.ticker for r in reversed(ordered) if r.metadata.ticker), ""),
        releases=ordered,
        values=values,
        restatements=tuple(sorted(restatements, key=lambda r: (r.period.end, r.period.months or 0, r.key))),
        expense_keys=_expense_keys(ordered),
        scale=operations.scale if operations is not None else 1000,
    )


def _within_one_release(observation: Observation) -> bool:
    return ", both from " in observation.basis


def _distinct(observations: Iterable[Observation]) -> list[Observation]:
    """One observation per distinct value, first seen first."""
    seen: set[Decimal] = set()
    kept = []
    for observation in observations:
        if observation.value not in seen:
            seen.add(observation.value)
            kept.append(observation)
    return kept


def _expense_keys(releases: tuple[Release, ...]) -> tuple[str, ...]:
    """The expense lines of every release's breakdown, the latest release's order first."""
    keys: list[str] = []
    for release in reversed(releases):
        operations = release.statement("operations")
        expenses = breakdown(operations) if operations is not None else None
        if expenses is None:
            continue
        for item in expenses.components:
            key = line_key(item.concept, item.label)
            if key not in keys:
                keys.append(key)
    return tuple(keys)


# --- cash, burn and runway over time --------------------------------------------------------------------


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
        start = add_months(quarter.end, -3)
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

