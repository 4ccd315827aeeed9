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
administrative" even without a vocabulary key."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.analysis.companies import LINE_PREFIX, last_sections, statement_line_key, time_order
from core.analysis.expenses import breakdown
from core.analysis.fact_status import status_reader, worst
from core.analysis.periods import difference_end, period_name
from core.formatting import share_label_places, shares_in_millions, without_marks
from core.model import Period, Release, StatementKind, ValueKind

SERIES_STATEMENTS: tuple[StatementKind, ...] = ("operations", "balance", "cash_flow")
# what a release's summary statement of operations adds to its primary one: EPS and share counts, by concept
SUMMARY_KINDS: tuple[ValueKind, ...] = ("per_share", "shares")

CASH_CONCEPT = "cash_and_investments"

# A 52/53-week quarter ends within a week of the month end it stands for (Nov 2 for October); dates up to
# this day of the month count as the month before, so year-to-date columns of retailers line up too.
WEEK_SLACK_DAYS = 7

CASH_PARTS = ("cash_and_equivalents", "short_term_investments")


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
    # What the checks of its release say of it ("verified", "failed", "unchecked"; core.analysis.fact_status):
    # a derived quarter is no surer than the less sure of the two figures it is the difference of.
    status: str = ""

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


# A change of the weighted share count this many times over (or under) from one quarter to the next is no
# business's buying back or issuing in the ordinary way: Apple's 2005 two-for-one split, a reverse split.
_SHARE_JUMP = Decimal("1.5")


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
    # The total those lines make up, as the Expenses page names it (the latest release's breakdown): a bank's
    # "Total noninterest expense", whose lines had been drawn under "Operating expenses per quarter".
    expense_total: str = "total_operating_expenses"
    expense_total_label: str = "Total operating expenses"

    def points(self, key: str, months: int | None = 3) -> tuple[Observation, ...]:
        """The chosen values of one line for periods of `months` (None: balance dates), earliest first."""
        return tuple(o for o in self.values if o.key == key and o.period.months == months)

    def value(self, key: str, end: date, months: int | None = 3) -> Observation | None:
        return next((o for o in self.values if o.slot == (key, end, months)), None)

    @property
    def share_jumps(self) -> str:
        """The sentence a page shows where the weighted share count rises by half or more, or falls by a third,
        from one quarter in the series to the next (a split, a reverse split, a large issue): the releases print
        EPS and shares as they stood, and a line over time would read the jump as the business's (UI-32:
        Apple's $0.16 EPS on 392.6 million shares in 2004 beside $6.43 on 919.8 million in 2010, across its 2005
        two-for-one split, with no word). "" where no count jumps."""
        key = "shares_diluted" if self.points("shares_diluted") else "shares_basic"
        points = self.points(key)
        jumps = [(before, after) for before, after in itertools.pairwise(points)
                 if before.value > 0 and after.value > 0
                 and not 1 / _SHARE_JUMP < after.value / before.value < _SHARE_JUMP]
        if not jumps:
            return ""
        # each count as every page says it (`share_label_places`): "4,569 million", never "4,569.0" (UI-48)
        places = share_label_places(p.value for pair in jumps for p in pair)
        said = "; ".join(
            f"{shares_in_millions(before.value, places)} million in {period_name(before.period)} to "
            f"{shares_in_millions(after.value, places)} million in {period_name(after.period)}"
            for before, after in jumps)
        # (a fall is a reverse split or buybacks, and buybacks are the business's: Oracle's 4,569 million shares
        # of 2014 were 2,943 million in 2021 with no split, and UI-36 found the page naming only a split)
        rises = {after.value > before.value for before, after in jumps}
        moves, causes = {
            frozenset({True}): ("rises by half or more", "a stock split or a large issue of shares"),
            frozenset({False}): ("falls by a third or more", "a reverse split or large buybacks"),
        }.get(frozenset(rises), ("rises by half or more, or falls by a third or more,",
                                 "a split, a reverse split, a large issue or buybacks"))
        return (f"The weighted share count {moves} between releases ({said}): {causes} may stand between "
                "them. EPS and share counts are as each release printed them, never restated for a split: across "
                "one, compare amounts, not figures per share.")

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
    """One reading per line and period of a release: its first statement's (operations, then balance, then
    cash flow). A release is one word of the company's, never two: a cash flow's "Net (loss) income" before
    the minority's share (Tollgate Pass's (298,917)) or its "Equity in earnings" taken back out ((14,205)) is
    no other reading of the statement of operations' figure, and had been used over it, flagged as reported
    differently "by different releases" with one release loaded."""
    found: list[Observation] = []
    status = status_reader(release)
    seen: set[tuple[str, date, int | None]] = set()
    primary = [statement for kind in SERIES_STATEMENTS if (statement := release.statement(kind)) is not None]
    # then the per-share figures and share counts the primary statement of operations does not print, from the
    # release's other statements of operations (its summary): Southern's basic EPS and average shares stand only in
    # its "Financial Highlights", over an "Analysis of Consolidated Earnings" printing neither, and Compare had
    # drawn no EPS or share-count chart of it (UI-55)
    summaries = [statement for statement in release.statements
                 if statement.kind == "operations" and all(statement is not kept for kept in primary)]
    for summary, statement in [*((False, s) for s in primary), *((True, s) for s in summaries)]:
        last = last_sections(statement)
        for item in statement.items:
            if summary and not (item.concepts and item.kind in SUMMARY_KINDS):
                continue
            for concept in item.concepts or (None,):
                key = statement_line_key(statement, item, concept, last)
                for period, value in zip(statement.periods, item.values, strict=True):
                    slot = (key, period.end, period.months)
                    if value is None or slot in seen:  # a repeated label: the first line is the release's
                        continue
                    seen.add(slot)
                    found.append(Observation(key, without_marks(item.label), statement.kind, item.kind, period, value,
                                             release.name, status=status(item, period)))
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
                    end_before, weeks = difference_end(longer.period, quarter.period)
                    derived.append(_difference(key, longer, quarter, end_before, weeks))
    return derived


def _difference(key: str, longer: Observation, shorter: Observation, end: date, weeks: int | None = None
                ) -> Observation:
    basis = f"{period_name(longer.period)} minus {period_name(shorter.period)}, {_sources(longer, shorter)}"
    return Observation(
        key=key,
        label=longer.label,
        statement=longer.statement,
        kind=longer.kind,
        period=Period(end, 3, basis, derived=True, weeks=weeks),
        value=longer.value - shorter.value,
        source=longer.source,
        basis=basis,
        status=worst(longer.status, shorter.status),
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
    total_key, total_label = _expense_total(ordered)
    return CompanySeries(
        company=newest.metadata.company,
        ticker=next((r.metadata.ticker for r in reversed(ordered) if r.metadata.ticker), ""),
        releases=ordered,
        values=values,
        restatements=tuple(sorted(restatements, key=lambda r: (r.period.end, r.period.months or 0, r.key))),
        expense_keys=_expense_keys(ordered),
        scale=operations.scale if operations is not None else 1000,
        expense_total=total_key,
        expense_total_label=total_label,
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


def _expense_total(releases: tuple[Release, ...]) -> tuple[str, str]:
    """The key and name of the total the latest release's expense lines add up to; a total no release prints
    (its lines added up) keeps the key of total operating expenses, under the name the breakdown gives it."""
    for release in reversed(releases):
        operations = release.statement("operations")
        expenses = breakdown(operations) if operations is not None else None
        if operations is not None and expenses is not None:
            total = expenses.total
            printed = statement_line_key(operations, total, total.concept)
            return printed if expenses.printed else "total_operating_expenses", without_marks(total.label)
    return "total_operating_expenses", "Total operating expenses"


def _expense_keys(releases: tuple[Release, ...]) -> tuple[str, ...]:
    """The expense lines of every release's breakdown, the latest release's order first."""
    keys: list[str] = []
    for release in reversed(releases):
        operations = release.statement("operations")
        expenses = breakdown(operations) if operations is not None else None
        if operations is None or expenses is None:
            continue
        for item in expenses.components:
            key = statement_line_key(operations, item, item.concept)
            if key not in keys:
                keys.append(key)
    return tuple(keys)


@dataclass(frozen=True, slots=True)
class CarriedLines:
    """The expense lines every release with a breakdown prints (`carried`, followable over time) and, release by
    release, those it prints that some other release does not (renamed, new or no longer printed)."""

    carried: tuple[str, ...]
    apart: tuple[tuple[str, tuple[str, ...]], ...]  # (the release's latest period end said, its lines' keys)


def carried_lines(series: CompanySeries) -> CarriedLines:
    """Which of the series' expense lines carry across its releases (UI-50: Oracle's fiscal 2014 and 2022 name
    their costs apart, "Sales and marketing" beside "Marketing and sales" and none of 2014's "Hardware ..."
    lines in 2022, each a dot no line can be followed by). Every line is carried where fewer than two releases
    print a breakdown."""
    printed: list[tuple[str, tuple[str, ...]]] = []
    for release in series.releases:
        operations = release.statement("operations")
        expenses = breakdown(operations) if operations is not None else None
        if operations is None or expenses is None:
            continue
        ends = [p.end for p in operations.periods if p.months]
        said = f"{max(ends):%b %-d, %Y}" if ends else release.name
        printed.append((said, tuple(dict.fromkeys(statement_line_key(operations, item, item.concept)
                                                  for item in expenses.components))))
    lines = tuple(k for k in series.expense_keys if k != series.expense_total)
    if len(printed) < 2:
        return CarriedLines(lines, ())
    carried = tuple(k for k in lines if all(k in keys for _, keys in printed))
    apart = tuple((said, left) for said, keys in printed
                  if (left := tuple(k for k in keys if k not in carried and k != series.expense_total)))
    return CarriedLines(carried, apart)
