"""The parsed release as one immutable object graph.

Every page of the dashboard shares one `Release`; freezing it (and using tuples, never lists) means no page
can change what another sees. Amounts are `Decimal` in actual units so that checks and comparisons are exact
to the cent; frames convert to float only at the edge, for plotting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

StatementKind = Literal["operations", "balance", "cash_flow", "other"]
ValueKind = Literal["amount", "per_share", "shares", "percent", "count"]
SourceFormat = Literal["text", "html", "edgar", "pdf"]
Severity = Literal["warning", "note"]
# The statements whose lines are the facts; "other" tables (segments, highlights) only when asked for.
FINANCIAL_KINDS: tuple[StatementKind, ...] = ("operations", "balance", "cash_flow")


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """Lines of the decoded source text (1-based, inclusive) a fact was read from."""

    first: int
    last: int

    def __str__(self) -> str:
        return f"line {self.first}" if self.first == self.last else f"lines {self.first}-{self.last}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something the reader could not make of part of a release, and where: pages point at the place
    (the Data page links the lines), the CLI prints it like a compiler, `check --json` gives it as data.

    The location is data, never text pasted into the message, so it can be rendered, sorted or followed.
    `column` is 1-based, counted in the line's characters; `table` the title of the table it concerns.
    """

    message: str
    span: SourceSpan | None = None
    column: int | None = None
    table: str = ""
    severity: Severity = "warning"  # "note": what the reader chose where the words left it open

    def __str__(self) -> str:
        where = [str(self.span)] if self.span is not None else []
        if self.column is not None:
            where.append(f"column {self.column}")
        if self.table:
            where.append(f"table {self.table!r}")
        return f"{self.message} (at {', '.join(where)})" if where else self.message

    def as_dict(self) -> dict[str, str | int | None]:
        return {"severity": self.severity, "message": self.message,
                "first_line": self.span.first if self.span else None,
                "last_line": self.span.last if self.span else None,
                "column": self.column, "table": self.table or None}


@dataclass(frozen=True, slots=True)
class Period:
    """One column of a statement.

    `months` is None for a balance-sheet column (a point in time). `label` is the header as printed,
    e.g. "Three-months ended June 30, 2004", kept so the UI can show exactly what the release said.
    """

    end: date
    months: int | None
    label: str = ""
    # A column the analysis computed from printed ones (six months less the quarter), never read from the
    # release: charts hatch it and tables say so.
    derived: bool = False
    # Weeks the column counts where the analysis computed it from columns counting weeks (40 weeks less
    # 12 is 28, ending twelve weeks before the forty do); a printed column's weeks stand in its `label`.
    weeks: int | None = None

    @property
    def key(self) -> str:
        """A short, stable name: "3M 2004-06-30", "6M 2004-06-30" or "2004-06-30"."""
        if self.months is None:
            return self.end.isoformat()
        return f"{self.months}M {self.end.isoformat()}"


@dataclass(frozen=True, slots=True)
class PrintedChange:
    """A percent change the release prints for a line between two of its periods (Oracle's "% Increase
    (Decrease) in US $" column), keyed by the periods' `Period.key`. The company computes it from figures before
    rounding, so it is known where a change computed from the printed millions is not (UI-49: 84 against 76
    allows 9.2% to 11.9%; Oracle prints 10%): the pages say it in place of their own."""

    current: str
    prior: str
    percent: Decimal


@dataclass(frozen=True, slots=True)
class LineItem:
    """One row of a statement.

    `values` align with the statement's `periods`; None where the cell is blank. `concepts` usually holds one
    key of the vocabulary, two for lines such as "Basic and diluted net loss per share", none for lines the
    vocabulary has no key for. `section` is the heading the row sits under ("Operating expenses").
    """

    label: str
    values: tuple[Decimal | None, ...]
    concepts: tuple[str, ...]
    kind: ValueKind
    span: SourceSpan
    section: str = ""
    is_total: bool = False
    cells: tuple[str, ...] = ()
    # The percent changes the release prints beside the line (`core.statements.printed_changes`).
    changes: tuple[PrintedChange, ...] = ()

    @property
    def concept(self) -> str | None:
        return self.concepts[0] if self.concepts else None


# What each kind of table is, as a heading says it.
KIND_WORDS: dict[str, str] = {"operations": "statement of operations", "balance": "balance sheet",
                              "cash_flow": "cash-flow statement", "other": "other table"}


def first_index(items: Sequence[LineItem], concept: str) -> int | None:
    """Where the first line carrying `concept` stands among `items`, or None."""
    return next((i for i, item in enumerate(items) if concept in item.concepts), None)


@dataclass(frozen=True, slots=True)
class Statement:
    """A financial table: a statement of operations, a balance sheet, a cash-flow statement or "other".

    `scale` is what amounts were multiplied by ("in thousands" -> 1000); `share_scale` the same for share
    counts, which releases often leave unscaled ("except share and per share information").
    """

    kind: StatementKind
    title: str
    unit: str
    scale: int
    share_scale: int
    periods: tuple[Period, ...]
    items: tuple[LineItem, ...]
    span: SourceSpan
    header: tuple[str, ...] = ()
    primary: bool = True
    # What the reader could not make of the table, for the release's warnings: a column of figures whose
    # header names no period, or repeats another column's.
    warnings: tuple[Diagnostic, ...] = ()
    # The currency the release's narrative states its sums in, where that is one and no US dollar ("GBP"; ""
    # otherwise; core.narrative.money): set on every statement when the release is read, so that a statement whose
    # unit note and headers name no currency is still shown in its own money wherever it goes alone
    # (core.analysis.currency.statement_currency).
    narrative_currency: str = ""

    @property
    def name(self) -> str:
        """What a message calls the table: its title, or its kind in words where it prints none."""
        return self.title or KIND_WORDS.get(self.kind, self.kind)

    def item(self, concept: str) -> LineItem | None:
        """The first line item carrying `concept`, or None."""
        for item in self.items:
            if concept in item.concepts:
                return item
        return None

    def value(self, concept: str, period: Period) -> Decimal | None:
        item = self.item(concept)
        if item is None or period not in self.periods:
            return None
        return item.values[self.periods.index(period)]

    def printed_unit(self) -> Decimal:
        """The value of the last digit the statement prints: its scale, or less where some amount shows
        decimals ("1,234.5" in millions: a tenth of a million; "6.0" too, its printed places read from the
        value's kept exponent, `_decimal_places`). Two statements print the same figure where they differ by less
        than half the coarser one's digit."""
        places = max((_decimal_places(v / self.scale) for item in self.items if item.kind == "amount"
                      for v in item.values if v is not None), default=0)
        return Decimal(self.scale).scaleb(-places)


def _decimal_places(printed: Decimal) -> int:
    """The places a figure was printed to, trailing zeros and all (`formatting.places`, which this module cannot
    import): the reader's Decimals keep the printed text's exponent, so "6.0" in millions is a tenth of a million."""
    exponent = printed.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


_A_WEEK = 7


@dataclass(frozen=True, slots=True)
class FiscalPeriod:
    """The period a release reports on: quarter 2 of fiscal 2004 -> "Q2 2004"; quarter 4 also covers the year."""

    quarter: int | None
    year: int
    end: date | None = None
    # A half-year's report: its second quarter's end counted as six months, no quarter of its own printed (a
    # British or Australian interim), so it is named "H1 2008" as it names itself, not "Q2 2008" (round 729).
    half: bool = False
    # A year's report: every column of its statements of operations counts twelve months, none a quarter (a
    # British "preliminary results for the year"), so it is named "FY 2014", not "Q4 2014"; its quarter stays 4,
    # so it is ordered by its day among quarters and the checks read it as before (round 767).
    whole_year: bool = False

    @property
    def label(self) -> str:
        """ "Q2 2004"; "Q4 FY2014" where the quarter ends away from the calendar's quarter of that name
        (Oracle's fourth quarter ends May 31), so it is never read as October to December; "H1 2008" (or "H1
        FY2008") for a half-year's report; "FY 2014" for a year's report that prints no quarter (`whole_year`)."""
        if not self.quarter or self.whole_year:
            return f"FY {self.year}"
        part = "H1" if self.half else f"Q{self.quarter}"
        return f"{part} {'FY' if self._fiscal() else ''}{self.year}"

    def _fiscal(self) -> bool:
        if self.end is None or self.quarter is None:
            return False
        month = 3 * self.quarter
        calendar_end = date(self.year, month, 30 if month in (6, 9) else 31)
        return abs((self.end - calendar_end).days) > _A_WEEK  # a 52/53-week quarter ends within a week of it


@dataclass(frozen=True, slots=True)
class Metadata:
    company: str = ""
    exchange: str = ""
    ticker: str = ""
    city: str = ""
    state: str = ""
    release_date: date | None = None
    fiscal_period: FiscalPeriod | None = None
    highlights: tuple[str, ...] = ()
    title: str = ""
    # From an EDGAR submission's header (empty for a lone exhibit): the filer's CIK without leading zeros,
    # the form ("8-K"), when it was filed, the period of report it names, and the exhibit read ("EX-99.1").
    cik: str = ""
    form_type: str = ""
    filing_date: date | None = None
    period_of_report: date | None = None
    exhibit: str = ""


@dataclass(frozen=True, slots=True)
class ProseFigure:
    """A figure stated in the narrative ("a net loss of $7.2 million"), tied to the period it speaks of.

    `value` is signed like the facts (a loss negative); `tolerance` is half the last printed digit, since
    "$7.2 million" only promises 7,150,000 to 7,250,000.
    """

    concept: str
    value: Decimal
    tolerance: Decimal
    period: Period | None
    text: str
    span: SourceSpan
    # False where the sentence gives the figure no sign of its own ("net income was $6.2 million, compared
    # with $5.1 million" for a year of loss): it speaks of the size only.
    signed: bool = True


# A line item as checks name it: its first source line and its label.
ItemRef = tuple[int, str]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One arithmetic check: what the components say (expected) against what the release printed (found)."""

    name: str
    statement: StatementKind | Literal["prose"]
    period: str
    expected: Decimal
    found: Decimal
    tolerance: Decimal
    span: SourceSpan
    detail: str = ""
    # Every line item the check added up or compared, by its first source line and label: a fact (a line
    # item in a period) took part in the check when its item is here and its period is the check's. The
    # label as well as the line, because a statement flattened onto one line prints all its items there.
    items: tuple[ItemRef, ...] = ()
    # Which figure a failure puts in doubt and why, in words, where the check can tell ("the net result agrees
    # with basic EPS x shares: the diluted EPS or its count is misread"); said after its numbers.
    doubt: str = ""

    @property
    def lines(self) -> tuple[int, ...]:
        """The first source line of each item the check involved."""
        return tuple(line for line, _ in self.items)

    @property
    def passed(self) -> bool:
        return abs(self.expected - self.found) <= self.tolerance

    @property
    def difference(self) -> Decimal:
        return self.found - self.expected

    def diagnostic(self) -> Diagnostic:
        """A failed check as the warning it raises about its lines."""
        said = (f"check failed: {self.name} ({self.statement}, {self.period}) expected {self.expected:,} "
                f"found {self.found:,}")
        return Diagnostic(f"{said}: {self.doubt}" if self.doubt else said, span=self.span,
                          table=_WHERE_CHECKED[self.statement])


_WHERE_CHECKED = {"operations": "statement of operations", "balance": "balance sheet", "cash_flow": "cash flows",
                  "other": "other table", "prose": "the narrative"}


@dataclass(frozen=True, slots=True)
class ExhibitRef:
    """An exhibit of a whole EDGAR submission that may hold its release: what a reader may pick instead.
    `key` is what `parse_release(..., exhibit=key)` takes; `statements` whether it holds any."""

    key: str
    type: str
    label: str
    statements: bool


@dataclass(frozen=True, slots=True)
class Release:
    """Everything read from one release. `lines` is the decoded text the spans point into."""

    name: str
    format: SourceFormat
    lines: tuple[str, ...]
    metadata: Metadata
    statements: tuple[Statement, ...]
    prose: tuple[ProseFigure, ...] = ()
    checks: tuple[CheckResult, ...] = ()
    # What reading lost or doubted on the way, each with its place; failed checks are in `checks`, and
    # `diagnostics` gives both.
    warnings: tuple[Diagnostic, ...] = ()
    sha256: str = ""
    parser_version: str = ""
    notes: tuple[str, ...] = field(default=())
    # For a whole EDGAR submission: its candidate exhibits in filing order (the one read among them).
    exhibits: tuple[ExhibitRef, ...] = ()

    def statement(self, kind: StatementKind) -> Statement | None:
        """The primary statement of `kind`: the full statement rather than a summary or a non-GAAP one."""
        candidates = [s for s in self.statements if s.kind == kind]
        return next((s for s in candidates if s.primary), candidates[0] if candidates else None)

    @property
    def failed_checks(self) -> tuple[CheckResult, ...]:
        return tuple(check for check in self.checks if not check.passed)

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """Everything a reader of this release should be told, in one list: the warnings, then each
        failed check, in the order they were found."""
        return (*self.warnings, *(check.diagnostic() for check in self.failed_checks))
