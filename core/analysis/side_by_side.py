"""Companies side by side: statements of different releases aligned line by line, absolute and normalised.

Lines align by concept (the vocabulary is what makes "Marketing, general and administrative" and
"Selling, general and administrative" the same line), else by their label with case and punctuation
ignored. A line only one company prints keeps its row, blank for the others, so nothing is hidden.

Each column names the period it covers: companies end their quarters on different dates, and a reader
comparing a March quarter with a June quarter must see that. Amounts are normalised two ways, because the
companies differ in size: as a share of total operating expenses (what the money goes to) and per
weighted share (what each share carries; balance-sheet lines are divided by the same period's weighted
shares, an approximation the page states).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Literal

from core.analysis.companies import LINE_PREFIX, CompanyGroup, line_key, normalise, release_end
from core.analysis.currency import mixed_currencies_note, release_currency, shared_currency
from core.analysis.expenses import breakdown
from core.analysis.fact_status import status_reader, worst
from core.analysis.period_gap import far_apart_note, uneven_weeks_note
from core.analysis.periods import balance_dates, duration_periods, period_name
from core.analysis.structure import operations_statement
from core.formatting import how_many, without_marks
from core.model import LineItem, Period, Release, Statement, StatementKind, ValueKind, first_index
from core.statements.signs import shown_against_its_concept
from core.vocabulary import NAME_JOINING_MARKS, NAME_JOINING_WORDS, match_concept

Basis = Literal["quarter", "year_to_date"]
BASIS_NAMES: dict[Basis, str] = {"quarter": "Latest quarter", "year_to_date": "Latest year to date"}
TOTAL_OPEX = "total_operating_expenses"
REVENUE = "revenue"
COST_OF_REVENUE = "cost_of_revenue"
SHARE_CHOICES = ("shares_diluted", "shares_basic")
# Concepts whose lines the words read one way or the other (core.statements.signs): "Interest expense, net"
# and "Other income, net" both carry non-operating income, stored with opposite meanings of their printed sign.
READ_BY_WORDS = ("nonoperating_income", "income_tax")


@dataclass(frozen=True, slots=True)
class Column:
    """One release's side of the comparison: which operations period and balance date it shows."""

    release: Release
    title: str  # "Allos Therapeutics, Inc. (ALTH)"
    period: Period | None
    balance_date: Period | None
    scale: int

    @property
    def covers(self) -> str:
        """ "3M to Jun 30, 2004; balance at Jun 30, 2004" """
        parts = []
        if self.period is not None:
            parts.append(period_name(self.period))
        if self.balance_date is not None:
            parts.append(f"balance at {period_name(self.balance_date)}")
        return "; ".join(parts) or "no period"

    @property
    def heading(self) -> str:
        return f"{self.title} — {self.covers}"


@dataclass(frozen=True, slots=True)
class AlignedRow:
    key: str
    label: str
    statement: StatementKind
    kind: ValueKind
    values: tuple[Decimal | None, ...]  # one per column
    # Each column's own printed label for the line ("Total losses and expenses" beside "Total operating
    # expenses"), where it printed one; `label` is the first release's, naming the row.
    labels: tuple[str | None, ...] = ()
    section: str = ""  # the heading the first release prints the line under ("Earnings per share")
    # Where rows share a name ("Basic" under the EPS and under the weighted shares), each is headed by its
    # section, else numbered ("Other (2)"): a table or chart naming two rows alike had shown them as one line
    # (a chart draws same-named categories on one bar row).
    heading: str = ""
    ordinal: int = 1
    # What the checks of each column's release say of its figure ("verified", "failed", "unchecked"; "" where
    # it prints none): a figure side by side is marked as on the Data page. A share of revenue or per share is
    # no surer than the less sure of its two figures.
    statuses: tuple[str, ...] = ()

    def status_in(self, column: int) -> str:
        return self.statuses[column] if column < len(self.statuses) else ""

    def label_in(self, column: int) -> str:
        return (self.labels[column] if column < len(self.labels) else None) or self.label

    @property
    def title(self) -> str:
        """The row's name, told apart from other rows of the same name: "Earnings per share: Basic", "Other (2)"."""
        title = f"{self.heading}: {self.label}" if self.heading else self.label
        return title if self.ordinal == 1 else f"{title} ({self.ordinal})"

    @property
    def names(self) -> str:
        """The row's line as every company prints it: "Total operating expenses / Total losses and expenses"
        where they name it differently (the row had carried the first company's name for all)."""
        others = (" ".join(name.split()) for name in self.labels if name)
        distinct = list(dict.fromkeys(name for name in others if name != " ".join(self.label.split())))
        return " / ".join([self.title, *distinct])


@dataclass(frozen=True, slots=True)
class SideBySide:
    columns: tuple[Column, ...]
    rows: tuple[AlignedRow, ...]
    # Each column's keys of the lines its total operating expenses adds up (core.analysis.expenses): only
    # those are a share of it. Revenue and the net result "as a share of total operating expenses" (a
    # revenue of 340%) had filled the measure's table, chart and Excel sheet (UI-31).
    expense_parts: tuple[frozenset[str], ...] = ()
    # Each column's total of those lines in its period: printed, or their sum where none is printed.
    expense_totals: tuple[Decimal | None, ...] = ()

    def row(self, key: str) -> AlignedRow | None:
        return next((row for row in self.rows if row.key == key), None)

    @property
    def currencies(self) -> tuple[str, ...]:
        """Each column's currency (core.analysis.currency): "RMB" beside "USD" is said, never added up."""
        return tuple(release_currency(column.release) for column in self.columns)

    @property
    def currency(self) -> str | None:
        """The currency every column shares, None where they differ."""
        return shared_currency(self.currencies)

    @property
    def currency_note(self) -> str:
        """The sentence a page shows where the columns' currencies differ; "" where they share one."""
        return mixed_currencies_note([(c.title, code) for c, code in zip(self.columns, self.currencies, strict=True)])

    @property
    def far_apart(self) -> str:
        """The sentence a page shows where the columns' periods end more than a year apart, naming each
        company's period end; "" where they do not."""
        # (by the company's short name: two releases of one company are headed with their periods, "Apple · 3M to
        # Jun 26, 2004", and the note had read "Apple · 3M to Jun 26, 2004's Jun 26, 2004": UI-36)
        names = [short_name(column.release) for column in self.columns]
        return far_apart_note(list(zip(names, (c.period for c in self.columns), strict=True)))

    @property
    def lengths_note(self) -> str:
        """The sentence a page shows where the columns' periods differ in length, naming each column's months;
        "" where they are one length. Totals and figures per share grow with the months they count (UI-30: a
        3-month EPS of $0.85 had stood beside a 12-month $3.40 under a warning to "compare rates and shares",
        which a reader took to mean EPS)."""
        lengths = [(heading, column.period.months) for heading, column in zip(self.short_headings, self.columns,
                                                                              strict=True)
                   if column.period is not None and column.period.months]
        if len({months for _, months in lengths}) < 2:
            return ""
        said = ", ".join(f"{heading} {months} months" for heading, months in lengths)
        return (f"The columns cover periods of different lengths ({said}): amounts and figures per share such as "
                "EPS grow with the months they count, so compare margins and shares of revenue, not totals.")

    @property
    def weeks_note(self) -> str:
        """The sentence a page shows where some columns' quarters (or years) count a week more than the others';
        "" where none does."""
        return uneven_weeks_note(list(zip(self.short_headings, (c.period for c in self.columns), strict=True)))

    @property
    def scale(self) -> int:
        """One unit for every column of the downloads: the finest scale any release prints in (exact for all)."""
        return min((c.scale for c in self.columns), default=1)

    @property
    def shown_scale(self) -> int:
        """The unit the page's table and chart read in: the coarsest scale any release prints in, each company's
        figures to the places its own release prints (`charts.side_by_side.column_places`). In the finest, St.
        Joe's "18.6" of $ millions had read "18,600.0" of $ thousands beside Alkermes's thousands (UI-51)."""
        return max((c.scale for c in self.columns), default=1)

    @property
    def short_headings(self) -> tuple[str, ...]:
        """Each column's heading for a table, short and unique ("KPO", "Umhlanga Packaging"): headed
        "Company (TICK) — 3M to Sep 30, 2008; balance at Sep 30, 2008", five columns had run past a 1,440 px
        page (browser review). A table says the periods in a row of their own, the full heading a tooltip."""
        shorts = [short_name(column.release) for column in self.columns]
        named = [f"{short} · {period_name(column.period)}" if shorts.count(short) > 1 and column.period else short
                 for short, column in zip(shorts, self.columns, strict=True)]
        return tuple(headed_apart(named, shorts, [column.release.name for column in self.columns]))

    def share_of_opex(self) -> tuple[AlignedRow, ...]:
        """The lines each company's total operating expenses adds up, and the total, as a percentage of that
        total: what the money goes to. A line counted in one company's total and not in another's (printed
        below its operating result) is blank for the other. A company printing no total has its lines' sum
        taken where the Expenses page takes it (`analysis.expenses.breakdown`: revenue less them is its printed
        operating result), as that page says; the total's row comes last (UI-33: such a company's column had
        been blank, the total standing mid-table)."""
        parts = self.expense_parts or tuple(frozenset() for _ in self.columns)
        printed = self.row(TOTAL_OPEX)
        bases = tuple(
            (printed.values[index] if printed is not None and printed.values[index] is not None
             else (self.expense_totals[index] if index < len(self.expense_totals) else None))
            for index in range(len(self.columns)))
        if not any(bases):
            return ()
        cost = self.row(COST_OF_REVENUE)
        holds = [COST_OF_REVENUE in keys for keys in parts]
        less: list[str] = []
        if cost is not None and any(holds) and not all(holds):
            # Like for like: a total holding the cost of revenue beside totals leaving it out (Corvalis's "Total
            # costs and expenses" beside ServiceNow's operating expenses) is taken without it, each line's share
            # then of the same kind of total (UI-37: its R&D shown 21.7% of a total holding 19.3% of product
            # costs, 26.9% on the others' basis); the total's row says whose.
            less = [short for short, held in zip(self.short_headings, holds, strict=True) if held]
            bases = tuple(base - value if held and base is not None and value is not None else base
                          for base, value, held in zip(bases, cost.values, holds, strict=True))
            parts = tuple(keys - {COST_OF_REVENUE} for keys in parts)
        shown = []
        for row in self.rows:
            if row.key == TOTAL_OPEX or not any(row.key in keys for keys in parts):
                continue
            values = tuple(value if row.key in keys else None for value, keys in zip(row.values, parts, strict=True))
            base = printed if printed is not None else row
            shown.append(replace(row, kind="percent", values=_divide(values, bases, 100),
                                 statuses=_worst_of(row, base, len(self.columns))))
        added_up = printed is None or any(value is None and base is not None
                                          for value, base in zip(printed.values, bases, strict=True))
        total = printed or AlignedRow(TOTAL_OPEX, "Total operating expenses", "operations", "amount", bases)
        if added_up:
            total = replace(total, label=f"{total.label} (the lines added up where none is printed)")
        if less:
            total = replace(total, label=f"{total.label} (less the cost of revenue it holds: {', '.join(less)})")
        shown.append(replace(total, kind="percent", values=_divide(bases, bases, 100),
                             statuses=total.statuses or tuple("" for _ in self.columns)))
        return tuple(shown)

    def share_of_revenue(self) -> tuple[AlignedRow, ...]:
        """Common size: operations amounts as a percentage of each company's revenue (what an analyst
        compares companies of different sizes on)."""
        return self._share_of(REVENUE)

    def _share_of(self, key: str) -> tuple[AlignedRow, ...]:
        total = self.row(key)
        if total is None:
            return ()
        return tuple(
            replace(row, kind="percent", values=_divide(row.values, total.values, 100),
                    statuses=_worst_of(row, total, len(self.columns)))
            for row in self.rows
            if row.statement == "operations" and row.kind == "amount"
        )

    def per_share(self) -> tuple[AlignedRow, ...]:
        """Amounts per weighted share of the column's period (diluted where printed, else basic)."""
        shares = next((row for key in SHARE_CHOICES if (row := self.row(key)) is not None), None)
        if shares is None:
            return ()
        return tuple(
            replace(row, kind="per_share", values=_divide(row.values, shares.values, 1),
                    statuses=_worst_of(row, shares, len(self.columns)))
            for row in self.rows
            if row.kind == "amount"
        )


# A company named without a ticker keeps this many words in a column's short heading ("Granary Point Investments").
_SHORT_WORDS = 3
_SHORT_FILE_CHARS = 18
# A ticker this short names no company to a reader: Sears's "S" ("S's Jul 3, 2004: 19 years apart", UI-63) gives way
# to the company's words where they were read.
_SHORT_TICKER = 2


def short_name(release: Release) -> str:
    """ "MCH": the ticker (of three letters or more), or the company's first words ("Sears" for "S"); where no
    company was read, the file's name to its first "_" and at most `_SHORT_FILE_CHARS` long ("tarnwood-microsyst…" for
    "tarnwood-microsystems_q3-1999_pre9.pdf"): a whole file name had widened a table's column past the page."""
    meta = release.metadata
    if meta.ticker and (len(meta.ticker) > _SHORT_TICKER or not meta.company):
        return meta.ticker
    if meta.company:
        return " ".join(_ending_on_a_name(meta.company.split(",")[0].split()[:_SHORT_WORDS]))
    stem = Path(release.name).stem.split("_")[0] or release.name
    return stem if len(stem) <= _SHORT_FILE_CHARS else stem[: _SHORT_FILE_CHARS - 1] + "\u2026"


def _ending_on_a_name(words: Sequence[str]) -> list[str]:
    """A name's first words without the joining words and marks they were cut after ("HOLLOWAY BOOK &" ->
    "HOLLOWAY BOOK", `NAME_JOINING_WORDS`): a short heading left hanging on "&", "and", a comma or a dash reads as
    a name cut short (a browser review); the words as they are where nothing else is left ("& Co")."""
    kept = list(words)
    while kept:
        last = kept[-1].rstrip(NAME_JOINING_MARKS)
        if last and last.lower() not in NAME_JOINING_WORDS:
            return [*kept[:-1], last]
        kept.pop()
    return list(words)


STARTING_COMPANIES = 3  # side by side on a first visit (the sample, the library's): a memo a phone shows whole
# The most releases side by side starts with where the session uploaded more than STARTING_COMPANIES: every upload
# up to it (the memo scrolls sideways past a page's width, and says so); the reader adds the rest.
MOST_STARTING = 6


def starting_picks(groups: Iterable[CompanyGroup], in_view: str | None, uploaded: Iterable[str],
                   sample: str | None, in_session: Iterable[str] = ()) -> tuple[list[str], str | None]:
    """The releases side by side starts from, and the one of them in view: the release chosen in the sidebar
    (`in_view`) first, then the latest upload of every other company the session uploaded (`uploaded`, the
    sample apart), up to `MOST_STARTING` (UI-57: with four companies uploaded the page had started on GeoVax,
    Apple and Oracle and left Alkermes, the visitor's own, to a caption): side by side means different companies,
    one release each. Where that makes one company, the bundled sample (`sample`, its SHA-256) joins it if the
    session holds it (`in_session`, every name the session loaded). The library's releases, other visitors'
    uploads, start only in a session that uploaded none of its own (a first visit: the sample beside the other
    companies' releases nearest it in time, to make `STARTING_COMPANIES`); once the visitor has uploaded, the
    picker offers them and the reader adds them (UI-59: with Apple and Oracle uploaded, the library's Nephros
    Q4 2024, 21 years off, had filled the third column). With AZZ chosen in the sidebar the page had said "yours
    first" and picked Buckle, Forian and Apple (UI-45): the reader's own choice is never left out."""
    uploads = set(uploaded)
    session = set(in_session) | uploads
    groups = list(groups)

    def holds_view(group: CompanyGroup) -> bool:
        return any(r.name == in_view for r in group.releases)

    def is_upload(release: Release) -> bool:
        return release.name in uploads and release.sha256 != sample

    viewed = [in_view] if in_view is not None and any(holds_view(group) for group in groups) else []
    # every company uploaded, by its latest upload, in that order: side by side is of companies, one release each
    # (UI-27: the library's newer quarter had stood in for the one the visitor loaded; a company's three quarters
    # uploaded stand side by side only where the reader picks them)
    own = [next(r.name for r in reversed(group.releases) if is_upload(r))
           for group in groups if not holds_view(group) and any(is_upload(r) for r in group.releases)]
    picks = [*viewed, *own][:MOST_STARTING]

    def company_picked(group: CompanyGroup) -> bool:
        return any(r.name in picks for r in group.releases)

    samples = [r.name for group in groups for r in group.releases
               if r.sha256 == sample and r.name in session and not company_picked(group)]
    if len(picks) < 2 and samples:
        picks.append(samples[0])
    if not any(is_upload(r) for group in groups for r in group.releases):
        # nothing of the visitor's own: the library's other companies show what the page does, each by its release
        # nearest in time to the sample's (else its latest): Allos's Q2 2004 beside Nephros's Q4 2024 had been
        # "21 years apart"
        anchor = next((release_end(r) for group in groups for r in group.releases if r.name in picks), None)

        def apart(release: Release) -> int:
            return 0 if anchor is None else abs((release_end(release) - anchor).days)

        nearest = [min(reversed(group.releases), key=apart) for group in groups if not company_picked(group)]
        picks.extend(r.name for r in sorted(nearest, key=apart)[: max(0, STARTING_COMPANIES - len(picks))])
    return picks, in_view if in_view in picks else None


def working_words(count: int) -> str:
    """What side by side says while it works (`st.spinner`): "Aligning 6 releases' statements line by line and
    working out each one's standard metrics…" (UI-57: a first load had taken 23 s under load without a word)."""
    return (f"Aligning {how_many(count, 'release')}' statements line by line and working out each one's standard "
            "metrics…")


def library_companies(groups: Iterable[CompanyGroup], in_session: Iterable[str]) -> int:
    """How many companies only the library holds (none of their releases loaded in this session): those the
    picker offers side by side beyond the session's own."""
    session = set(in_session)
    return sum(1 for group in groups if not any(r.name in session for r in group.releases))


def picks_said(picks: list[str], in_view: str | None, company: str | None, uploaded: Iterable[str] = (), *,
               sample: str | None = None, library: int = 0) -> str:
    """The caption saying what side by side picked to start and why: the release in view first (named by its
    `company`), then the session's uploads (how many, and of how many where more than `MOST_STARTING`), then the
    bundled `sample` (its name) where it joins one company, then the library's releases a session with no upload
    starts on; the `library`'s other companies are said to be in the list to add: "Picked to start: your 4
    uploads; the library's releases of 25 other companies (other visitors' uploads) are in the list above to
    add." UI-59: "then the latest release of 1 other company of 27" had not said that it was another visitor's."""
    uploads = [name for name in uploaded if name != in_view]
    own = [name for name in picks if name in uploads]
    shared = [name for name in picks if name not in uploads and name not in (in_view, sample)]
    other = "other " if in_view is not None and in_view in set(uploaded) else ""
    parts = [f"{company or in_view}, the release chosen in the sidebar"] if in_view in picks else []
    if own:
        parts.append(f"your {other}upload" if len(uploads) == 1 else f"your {len(uploads)} {other}uploads"
                     if len(own) == len(uploads) else
                     f"{len(own)} of your {len(uploads)} {other}uploads (at most {MOST_STARTING} releases start)"
                     if len(picks) >= MOST_STARTING else
                     f"the latest of your {other}uploads of {how_many(len(own), 'company', 'companies')}")
    if sample is not None and sample in picks and sample != in_view:
        parts.append("the bundled sample")
    if shared:
        one = len(shared) == 1
        whose = (f"{len(shared)} other {'company' if one else 'companies'}' release{'' if one else 's'} nearest it "
                 "in time" if parts else
                 f"{len(shared)} {'company' if one else 'companies'}' latest release{'' if one else 's'}")
        whose = whose.replace("company'", "company's")
        parts.append(f"from the library, {whose} (other visitors' uploads: you have uploaded none yet)")
    said = ", then ".join(parts) or how_many(len(picks), "release")
    offered = library - len(shared)
    if shared or offered <= 0:
        return f"Picked to start: {said}; add or remove releases above."
    return (f"Picked to start: {said}. The library's releases of "
            f"{how_many(offered, 'other company', 'other companies')} (other visitors' uploads) are in the list "
            "above to add.")


def headed_apart(headings: Sequence[str], shorts: Sequence[str], files: Sequence[str]) -> list[str]:
    """Column headings told apart where two would read alike (one company and one period twice): each of those
    headed by its company's short name and its release's file name ("ALTH · allos_missing_cell.txt"), the period
    said in the table's own row. UI-57: three Allos files of one quarter had been headed "ALTH · 3M to Jun 30,
    2004", "... (2)" and "... (3)", which said nothing of which file each column read."""
    counts = Counter(headings)
    named = [f"{short} · {file}" if counts[heading] > 1 else heading
             for heading, short, file in zip(headings, shorts, files, strict=True)]
    return unique(named)


def unique(headings: Iterable[str]) -> list[str]:
    """Headings made unique by numbering the repeats ("MCH", "MCH (2)"): a table's columns need one name each."""
    seen: Counter[str] = Counter()
    result = []
    for heading in headings:
        seen[heading] += 1
        result.append(heading if seen[heading] == 1 else f"{heading} ({seen[heading]})")
    return result


def _worst_of(row: AlignedRow, base: AlignedRow, columns: int) -> tuple[str, ...]:
    """Each column's status of a figure computed from the row's and the base's: the less sure of the two."""
    return tuple(worst(row.status_in(i), base.status_in(i)) if row.status_in(i) else "" for i in range(columns))


def _divide(
    values: tuple[Decimal | None, ...], bases: tuple[Decimal | None, ...], factor: int
) -> tuple[Decimal | None, ...]:
    return tuple(
        None if value is None or not base else value / base * factor
        for value, base in zip(values, bases, strict=True)
    )


def choose_period(operations: Statement | None, basis: Basis) -> Period | None:
    """The latest quarter, or the latest and longest year-to-date column (the quarter in a Q1 release)."""
    if operations is None:
        return None
    periods = duration_periods(operations)
    if not periods:
        return None
    if basis == "quarter":
        quarters = [p for p in periods if p.months == 3]
        if quarters:
            return max(quarters, key=lambda p: p.end)
    return max(periods, key=lambda p: (p.end, p.months or 0))


def basis_printed(releases: Iterable[Release]) -> Basis:
    """The period side by side starts on: the latest quarter where every release's statement of operations
    prints a three-month column, else the latest year to date, the period each of them prints (UI-66: half-year
    and year releases, printing six or twelve months and no quarter, had started on "Latest quarter"). A release
    printing no statement of operations (a balance sheet alone) has no say."""
    operations = [s for s in map(operations_statement, releases) if s is not None]
    return "quarter" if all(any(p.months == 3 for p in duration_periods(s)) for s in operations) else "year_to_date"


def _title(release: Release) -> str:
    meta = release.metadata
    who = meta.company or release.name
    return f"{who} ({meta.ticker})" if meta.ticker else who


def side_by_side(releases: Iterable[Release], basis: Basis = "quarter") -> SideBySide:
    """Align the statements of operations and the balance sheets of `releases` (one column each)."""
    columns: list[Column] = []
    order: list[tuple[str, str, StatementKind, ValueKind, str]] = []
    found: list[dict[str, Decimal]] = []
    printed: list[dict[str, str]] = []
    checked: list[dict[str, str]] = []
    parts: list[frozenset[str]] = []
    totals: list[Decimal | None] = []
    for release in releases:
        operations, balance = operations_statement(release), release.statement("balance")
        period = choose_period(operations, basis)
        dates = balance_dates(balance) if balance is not None else ()
        balance_date = dates[-1] if dates else None
        primary = operations if operations is not None else balance
        scale = primary.scale if primary is not None else 1
        columns.append(Column(release, _title(release), period, balance_date, scale))
        values: dict[str, Decimal] = {}
        labels: dict[str, str] = {}
        statuses: dict[str, str] = {}
        status = status_reader(release)
        expenses = breakdown(operations) if operations is not None else None
        # by value: footing is cached by value, so its lines may be an equal statement's, not these objects
        components = set(expenses.components) if expenses is not None else set()
        totals.append(expenses.amount(expenses.total, period) if expenses is not None and period is not None
                      and period in expenses.statement.periods else None)
        counted: set[str] = set()
        previous: str | None = None
        for statement, column in ((operations, period), (balance, balance_date)):
            if statement is None or column is None:
                continue
            index = statement.periods.index(column)
            for item, concepts in zip(statement.items, aligned_concepts(statement), strict=True):
                for concept in concepts:
                    key, label = line_key(concept, item.label), without_marks(item.label)
                    if concept is None and key in values:
                        # a second "Other" (noninterest expense's after noninterest income's) had been dropped:
                        # its heading says which it is, else its place
                        # (the label stays as printed: `_named_apart` heads every row of the name by its
                        # section, the first's too, so no row of a name is headed and another not: UI-52's
                        # "OPERATING EXPENSES: Cloud ..." beside "Sales and marketing" and Oracle's revenue line)
                        apart = f"{without_marks(item.section)}: {label}" if item.section else f"{label} (2)"
                        key = LINE_PREFIX + normalise(apart)  # "(2)" here is the place, no footnote mark
                    value = item.values[index]
                    if value is None or key in values:
                        continue
                    values[key] = value
                    if item in components:
                        counted.add(key)
                    labels[key] = label
                    statuses[key] = status(item, column)
                    keys = [known[0] for known in order]
                    if key not in keys:
                        # A line the releases before did not print goes after this release's line above it.
                        at = keys.index(previous) + 1 if previous in keys else len(order)
                        order.insert(at, (key, label, statement.kind, item.kind, item.section))
                    previous = key
        found.append(values)
        parts.append(frozenset(counted))
        printed.append(labels)
        checked.append(statuses)
    rows: list[AlignedRow] = []
    for key, label, kind, value_kind, section in _ordered(order):
        row = AlignedRow(key, label, kind, value_kind, tuple(values.get(key) for values in found),
                         tuple(labels.get(key) for labels in printed), section,
                         statuses=tuple(statuses.get(key, "") for statuses in checked))
        if rows and (rows[-1].label, rows[-1].values) == (row.label, row.values):
            continue  # "basic and diluted": one printed line carrying two concepts is one row
        rows.append(row)
    return SideBySide(tuple(columns), _named_apart(rows), tuple(parts), tuple(totals))


def aligned_concepts(statement: Statement) -> list[tuple[str | None, ...]]:
    """The concepts each line of `statement` aligns under beside other companies' lines (None: by its label).

    A line its words read against its concept ("Interest expense, net (9,812)", stored as non-operating
    income) aligns by its label, beside other companies' "Interest expense, net": under the concept it had
    shared a row with another company's "Other income, net 412", an expense beside an income. A line of no
    concept after the operating result whose words name one of those concepts and read its way ("Other
    income (expense), net 1.2", printed beside "Interest expense, net") aligns under that concept where it
    is the only such line and no line of the statement carries the concept: it had stood on a row of its
    own, the other company's "Other income, net" blank beside it.
    """
    items = statement.items
    held = {concept for item in items for concept in item.concepts}
    result = first_index(items, "operating_income")
    named: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        concept = match_concept(item.label) if not item.concepts and item.kind == "amount" else None
        if (concept in READ_BY_WORDS and concept not in held and result is not None and index > result
                and not shown_against_its_concept(replace(item, concepts=(concept,)))):
            named.setdefault(concept, []).append(index)
    lone = {indices[0]: concept for concept, indices in named.items() if len(indices) == 1}
    return [((lone[index],) if index in lone else _concepts_as_read(item)) for index, item in enumerate(items)]


def _concepts_as_read(item: LineItem) -> tuple[str | None, ...]:
    if shown_against_its_concept(item):
        return tuple(c for c in item.concepts if c not in READ_BY_WORDS) or (None,)
    return item.concepts or (None,)


def _named_apart(rows: list[AlignedRow]) -> tuple[AlignedRow, ...]:
    """Rows of one name headed by their sections ("Earnings per share: Basic" and "Weighted average shares
    outstanding: Basic"), and those still alike numbered in order ("Other", "Other (2)"): two rows must never
    read as one line."""
    clashing = Counter(_name(row.label) for row in rows)
    headed = [replace(row, heading=_heading_case(row.section)) if clashing[_name(row.label)] > 1 and row.section
              else row for row in rows]
    seen: Counter[str] = Counter()
    named = []
    for row in headed:
        seen[_name(row.title)] += 1
        named.append(row if seen[_name(row.title)] == 1 else replace(row, ordinal=seen[_name(row.title)]))
    return tuple(named)


def _heading_case(section: str) -> str:
    """A section heading as a row's prefix: as printed, but a heading in capitals in sentence case ("Operating
    expenses", not "OPERATING EXPENSES"), as the rows' own labels read."""
    words = without_marks(section).strip().rstrip(":")
    return words[:1] + words[1:].lower() if words.isupper() else words


def _name(label: str) -> str:
    return " ".join(label.split()).casefold()


def _ordered(
    order: list[tuple[str, str, StatementKind, ValueKind, str]],
) -> list[tuple[str, str, StatementKind, ValueKind, str]]:
    """Operations first, then the balance sheet; within each, the order the first release printed."""
    rank = {"operations": 0, "balance": 1}
    return sorted(order, key=lambda row: rank.get(row[2], 2))
