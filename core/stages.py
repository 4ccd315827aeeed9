"""The stages of reading one document, in order: tables -> statements, then narrative figures, scale and
column choices, metadata, checks -> Release. core.parse runs them on a lone document; core.exhibit_choice
runs the first half on each exhibit of a submission and the second on the one it chooses.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.checks.rules import checks_and_notes
from core.checks.scale_doubt import scale_doubts
from core.errors import ReleaseParseError, no_statement
from core.fast_regex import starting_fast
from core.limits import check_lines
from core.model import (
    FINANCIAL_KINDS,
    KIND_WORDS,
    Diagnostic,
    FiscalPeriod,
    Release,
    SourceSpan,
    Statement,
    StatementKind,
)
from core.narrative.metadata import dateline_date, narrated_company, read_metadata
from core.narrative.money import narrative_currency
from core.narrative.prose import find_figures
from core.readers.text import Document
from core.statements.build import build_statement, classify_table, why_unread
from core.statements.columns import PeriodClues
from core.statements.concepts import matching_label
from core.statements.counts_for_a_period import counts_to_their_period
from core.statements.one_value_a_key import one_value_a_key
from core.statements.period_choice import cash_flow_lengths, summary_lengths
from core.statements.scale_choice import counts_apart_from_their_result, inherit_scale, rescale_by_narrative
from core.statements.scale_unsaid import scale_unvouched
from core.tables.find import find_tables, read_one_cell_a_line
from core.tables.layout_lost import (
    cells_as_paragraphs,
    lost_layout,
    lost_places,
    pieces_for_labels,
    without_pieces_for_labels,
)
from core.tables.lines import YEAR_IN_TEXT
from core.tables.period_headers import DATE, HeaderReading, a_year_apart, month_end, read_header, resolve_end
from core.tables.raw import RawTable
from core.tables.side_by_side import side_by_side_strips
from core.tables.wrapped_rows import rejoin_wrapped_rows
from core.vocabulary import (
    A_SUBSIDIARYS,
    CONSOLIDATING_TITLE,
    FISCAL_YEAR_ENDS,
    LONG_FISCAL_YEAR,
    LONG_PERIOD_ENDED,
    MONTH_DAY_RE,
    NUMBER_WORDS,
    ORDINAL_QUARTERS,
    ORDINAL_WORD_RE,
    STATEMENT_TITLES,
    STATEMENT_VERSION_WORDS,
    YEAR_RE,
    a_statements_own_title,
    convertible_said,
    is_compared,
    long_fiscal_year,
    long_period_ended,
    match_concept,
    name_words,
    names_a_statement,
    normalise_label,
)

# Raised whenever what is read from the same bytes changes (facts, labels, metadata): the library reads a
# release stored by an older parser again from its bytes (`core.library`). "3": the fiscal year a column head
# names ("FY19"), half-year labels, companies named by their legal form, pence EPS (December 2026); "4": a
# company named in capitals written as a name ("Ashcombe Milling plc", UI-68).
PARSER_VERSION = "4"


@dataclass(frozen=True, slots=True)
class StatementsRead:
    """A document with its statements read: what the first half of the pipeline hands the second."""

    document: Document
    statements: tuple[Statement, ...]
    warnings: tuple[Diagnostic, ...]


def read_statements(document: Document) -> StatementsRead:
    """The document's tables and statements; ReleaseParseError when none is a financial statement.

    The first half of the pipeline, apart, so that a submission can ask each of its exhibits whether it
    holds statements and read the rest of only the one it chooses (core.exhibit_choice): the later stages
    raise nothing, so an exhibit's answer is the same either way."""
    # Lines as a person counts them: a final line end does not start another line.
    check_lines(len(document.lines) - (not document.lines[-1] if document.lines else 0), document.name)
    lost, explained = None, set[int]()
    if document.format == "text" and (lost := lost_layout(document.lines)) is not None:
        explained = read_one_cell_a_line(document.lines)
        lost = lost_layout(document.lines, explained)
        if lost is not None and not cells_as_paragraphs(document.lines):
            raise _lost_layout(document.name, lost)
    # A table too wide for the page has its rows wrapped at it (a text file, or a text file printed to PDF):
    # set back on one line for the table reader (the document's lines, which the spans count, are kept as
    # printed). Where the text lost its layout, only the tables a scrape printed one cell a line are read.
    wrapped = document.format in ("text", "edgar", "pdf")
    laid_out = rejoin_wrapped_rows(document.lines, page=document.format == "pdf") if wrapped else document.lines
    # Two tables typed side by side are read strip by strip (core.tables.side_by_side), in line order.
    tables = sorted((table for strip in side_by_side_strips(laid_out)
                     for table in find_tables(strip, one_cell_a_line_only=lost is not None)),
                    key=lambda table: table.first_line)
    tables, held = _tables_in_rows(tables)
    fallback = _document_period(document, _among_rows(document, tables))
    stated = functools.cache(lambda: _stated_period_ends(document))
    known_ends = functools.cache(lambda: _dated_ends(tables, stated()))
    printed_days = functools.cache(lambda: _dated_ends(tables, (), days_printed=True))
    year_to_date_months = functools.cache(lambda: _year_to_date_months(document))
    latest_end = functools.cache(lambda: max(known_ends(), default=None))
    reported = functools.cache(lambda: _reported_quarter(document))
    fiscal_year = functools.cache(lambda: reported()[1] or _reported_fiscal_year(document))
    years_alone = functools.cache(lambda: _years_reported_alone(document))
    fiscal_year_end = functools.cache(lambda: _fiscal_year_end(document, tables))
    released = functools.cache(lambda: dateline_date(document.lines, _header_lines(document, tables)))
    clues = PeriodClues(stated_ends=known_ends, narrated_ends=stated, printed_days=printed_days,
                        latest_end=latest_end, reported=reported,
                        fiscal_year=fiscal_year, released=released,
                        long_ends=functools.cache(lambda: _long_periods(document)),
                        year_to_date=lambda end: _year_to_date(end, year_to_date_months(), reported()[0], latest_end()),
                        whole_year=lambda end: _a_year_reported(end, years_alone()),
                        since_year_end=lambda end: _months_since_year_end(end, fiscal_year_end()),
                        company=functools.cache(lambda: narrated_company(document.lines, _narrative_end(tables))))

    statements: list[Statement] = []
    warnings: list[Diagnostic] = list(document.warnings) + [warning for _, warning in held]
    skipped: list[Diagnostic] = []  # tables titled as statements that name no period
    built: Statement | None = None  # the statement the table before was read into, if it was
    for index, table in enumerate(tables):
        statement = build_statement(table, fallback, clues, beside=tables)
        if statement is None:
            if built is not None and _rows_cut_off(table, tables[index - 1], laid_out):
                warnings.append(_cut_off(table, built, laid_out))
            elif any(word in " ".join(table.title_lines).lower() for word in ("statement", "balance sheet")) or (
                    _a_balance_sheet_by_its_lines(table)):
                why = why_unread(table, fallback, clues)
                skipped.append(Diagnostic(
                    f"{_SKIPPED_BECAUSE}{why}" if why else _no_period_named(table, laid_out),
                    span=SourceSpan(table.first_line, table.last_line), table=" ".join(table.title_lines).strip(),
                ))
                warnings.append(skipped[-1])
            built = None
            continue
        statements.append(statement)
        built = statement if statement.kind in FINANCIAL_KINDS else None
    statements, inherited = inherit_scale(statements)
    warnings.extend(inherited)
    statements = counts_to_their_period(counts_apart_from_their_result(_mark_primary(statements, document.lines)))
    warnings.extend(_titled_but_set_aside(statements))
    # A summary or reconciliation lays its columns out for its own purpose; the primary statements' columns
    # are the facts, and each of their columns of figures must become a period or be named here.
    warnings.extend(w for s in statements if s.primary for w in s.warnings)
    warnings.extend(_cut_short(s) for s in statements if s.primary and _ends_before_financing(s))
    if not any(s.kind in FINANCIAL_KINDS for s in statements):
        if lost is not None:
            raise _lost_layout(document.name, lost)
        if held:
            raise _lost_layout(document.name, held[0][0])
        said, reason = _why_none(skipped, len(tables), document.name)
        # (a table that looked like a statement, left unread, is said again by a submission's refusal)
        raise ReleaseParseError(said, reason=reason)
    if lost is not None:
        warnings.append(_left_unread(document.lines, explained))
    return StatementsRead(document, tuple(statements), tuple(warnings))


def _narrative_end(tables: Sequence[RawTable]) -> int:
    """Where the story ends, before any statement is read: at the first table titled as a statement (a
    contacts box above the headline is no end of it), else at the first table."""
    titled = next((table for table in tables if any(_a_statements_title(line) for line in table.title_lines)),
                  tables[0] if tables else None)
    return titled.first_line - 1 if titled is not None else 0


def _titled_but_set_aside(statements: list[Statement]) -> list[Diagnostic]:
    """A table whose title names a statement the release is left without ("CONSOLIDATED STATEMENTS OF
    INCOME"), read as another table (a reconciliation, a non-GAAP or supplementary table: the words over it
    or its columns said so): the user is told the statement was not read, where the table is. Without it a
    release lost its whole statement of operations while every page said "All 26 checks pass" (UI-29)."""
    kinds = {statement.kind for statement in statements if statement.kind != "other"}
    # A kind read only from tables no statement's title heads (a highlights table over the statement): the
    # statement's loss is said all the same (round 715: the summary's dozen figures read, the statement of
    # operations under a footnote naming "non-GAAP" set aside, "0 passed, 0 failed" and no warning)
    titled: set[StatementKind] = {statement.kind for statement in statements
              if statement.kind != "other" and _a_statements_title(statement.title)}
    said: list[Diagnostic] = []
    for statement in statements:
        if statement.kind != "other" or not _a_statements_title(statement.title):
            continue
        named = next((kind for kind, pattern in STATEMENT_TITLES
                      if kind not in titled and pattern.search(statement.title)), None)
        if named is None:
            continue
        titled.add(named)
        said.append(_statement_set_aside(statement, KIND_WORDS[named], summary_read=named in kinds))
    return said


def _statement_set_aside(statement: Statement, words: str, *, summary_read: bool) -> Diagnostic:
    """The warning of a statement's table set aside as another table, naming its title and line; where a
    summary of the same kind was read, the release's figures of that kind are the summary's alone."""
    lost = (f"the {words} titled {statement.title.strip()!r} was not read" if summary_read
            else f"no {words} was read: the table titled {statement.title.strip()!r} names one")
    read = (", and only a summary table's figures of it are among the release's facts" if summary_read
            else ", so its figures are not among the release's facts")
    return Diagnostic(
        f"{lost}, but the words over it or its columns read as a supplementary or non-GAAP table{read} (the "
        f"Data page shows it as an other table)", span=statement.span, table=statement.title)


def _a_statements_title(title: str) -> bool:
    """A statement's own title, or that title under a word naming its version ("PRO FORMA CONDENSED
    CONSOLIDATED STATEMENTS OF OPERATIONS", round 663), or after the company's name on its line ("Tidewater
    Looms, Inc. Condensed Consolidated Statements of Operations", round 715): either way a statement, whose
    loss is said."""
    version = STATEMENT_VERSION_WORDS.match(title)
    return a_statements_own_title(title[version.end():] if version else title)


def _tables_in_rows(tables: list[RawTable]) -> tuple[list[RawTable], list[tuple[str, Diagnostic]]]:
    """The tables whose rows are labelled by words, and for each held back because its labels are often the
    pieces of cells ("$", ")", a figure: core.tables.layout_lost.pieces_for_labels) why, with its warning; no
    row is labelled by such a piece where they are rare. Which label such a table's figures belong to, and
    which column, cannot be read: holding them back says so where printing them passed a year's cash off as
    the quarter's (round 667)."""
    kept: list[RawTable] = []
    held: list[tuple[str, Diagnostic]] = []
    for table in tables:
        if pieces := pieces_for_labels(table):
            why = (f"{pieces} of {{whose}} {len(table.rows)} rows are labelled by a lone currency sign, bracket or "
                   "figure, pieces of cells printed a line each, so which label and column each of its figures "
                   "belongs to cannot be read: upload the release's PDF or HTML itself")
            held.append((why.format(whose="a table's"), Diagnostic(
                f"a table that lost its layout was not read: {why.format(whose='its')}",
                span=SourceSpan(table.first_line, table.last_line), table=" ".join(table.title_lines).strip())))
        else:
            kept.append(without_pieces_for_labels(table))
    return kept, held


def _lost_layout(name: str, why: str) -> ReleaseParseError:
    return ReleaseParseError(f"{name} is text that lost its tables' layout: {why}")


def _left_unread(lines: tuple[str, ...], explained: set[int]) -> Diagnostic:
    """What a text that lost its layout in places leaves out: the tables whose figures stand apart from
    their labels, which no reader can pair, while those printed one cell a line were read."""
    places = lost_places(lines, explained)
    named = ", ".join(f"{first}-{last}" for first, last in places[:_PLACES_NAMED])
    left = len(places) - _PLACES_NAMED
    more = f" and {left} more place{'s' * (left > 1)}" if left > 0 else ""
    return Diagnostic(
        f"the tables at lines {named}{more} were not read: their figures, one to a line, could not be paired "
        "with their labels (only tables printing each label, then its figures, were read); upload the "
        "release's PDF or HTML to read them all", span=SourceSpan(*places[0]))


_PLACES_NAMED = 5


def _ends_before_financing(statement: Statement) -> bool:
    """A cash-flow statement that prints its operating or investing flows and neither its financing flows
    nor the change in cash: cut short (its rest set in a table the reader did not join to it), and no check
    adds its sections up to the change in cash, so its checks passing says nothing of what is missing."""
    return statement.kind == "cash_flow" and (
        statement.item("operating_cash_flow") is not None or statement.item("investing_cash_flow") is not None
    ) and statement.item("financing_cash_flow") is None and statement.item("net_change_in_cash") is None


def _cut_short(statement: Statement) -> Diagnostic:
    return Diagnostic(
        "the cash-flow statement prints no financing flows and no change in cash: it may be cut short (a "
        "page the reader did not join to it), and no check covers what is missing", span=statement.span,
        table=statement.title or "cash flows")


def _why_none(skipped: list[Diagnostic], tables: int, name: str) -> tuple[str, str]:
    """The refusal of a document with no statement: what the reader saw that looked like one and why it read
    none, the reader's next step. Where nothing looked like one, that the file has no statement to read and
    what to upload instead (`errors.no_statement`; UI-57: "none of its 17 tables of figures is a statement ..."
    had been jargon). With it, what a submission's refusal says again (`ReleaseParseError.reason`)."""
    if not skipped:
        if not tables:
            return no_statement(name, "it holds no table of figures"), ""
        counted = (f"none of its {tables} tables of figures is one" if tables > 1
                   else "its one table of figures is not one")
        return no_statement(name, counted), ""
    first = skipped[0]
    where = f"{first.span}" + (f", {first.table!r}" if first.table else "")
    more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
    if first.message.startswith(_SKIPPED_BECAUSE):
        why = f"the table at {where}{more} was skipped: {first.message.removeprefix(_SKIPPED_BECAUSE)}"
    else:
        why = (f"the table at {where}{more} has no column whose header says both when its period ended and how long "
               "it was")
    return f"no financial statement found in {name}: {why}", why


# A skipped table's warning where the column reader said why its columns went unread (`why_unread`).
_SKIPPED_BECAUSE = "a table was skipped: "
# ... and where no column's header named a period (`_no_period_named`).
_NO_PERIOD_HEADER = "a table has no column header that names a period; it was skipped"
# How much of a line a warning quotes.
_QUOTED_CHARS = 60


def _no_period_named(table: RawTable, lines: Sequence[str]) -> str:
    """Why a table laid out or titled as a statement dated no column, in words the user can check against the
    release: the headers read over its columns, or, where none was, the line the search for them stopped at,
    which stood between the dates and the figures (round 669: "it was skipped (at lines 109-161)" alone had
    left the user nothing to look for, the stop a first row's label naming its amortized cost in dollars)."""
    heads = list(dict.fromkeys(header.strip() for header in table.column_headers if header.strip()))
    if heads:
        return (f"{_NO_PERIOD_HEADER}: its columns are headed {', '.join(map(repr, heads))}, and none was read as a "
                "period (the day it ended and, but on a balance sheet, how long it ran)")
    if table.header_lines or table.title_lines:
        return (f"{_NO_PERIOD_HEADER}: no dates or years were read over its figures, between its title and its "
                "first row")
    stop = next((number for number in range(table.first_line - 1, 0, -1) if lines[number - 1].strip()), None)
    if stop is None:
        return f"{_NO_PERIOD_HEADER}: no dates or years stand over its figures"
    said = " ".join(lines[stop - 1].split())
    quoted = said if len(said) <= _QUOTED_CHARS else f"{said[:_QUOTED_CHARS].rstrip()}..."
    return (f"{_NO_PERIOD_HEADER}: no dates or years were read over its columns, the search for them stopping at "
            f"line {stop} ({quoted!r}), which was taken for neither a header's line nor the first row's label")


def _rows_cut_off(table: RawTable, before: RawTable, lines: Sequence[str]) -> bool:
    """Whether an unread table is the rest of the statement read just above it, cut off by a line between
    them that was read as no row: no blank line, no title and no header of its own between the statement's
    last row and its rows (round 641: lynx's "Impairment ... - 0.0% - 0.0% 18,450 4.4% - 0.0%" read as words
    had cut operating income, net income, EPS and the share counts off the statement, lost without a word)."""
    return (not any(line.strip() for line in table.title_lines) and not table.header_lines
            and any(cell is not None for row in table.rows for cell in row.cells)
            and before.last_line + 1 < table.first_line
            and all(lines[number - 1].strip() for number in range(before.last_line + 1, table.first_line)))


def _cut_off(table: RawTable, statement: Statement, lines: Sequence[str]) -> Diagnostic:
    stop = table.first_line - 1
    words = lines[stop - 1].strip()
    words = words if len(words) <= _WORDS_QUOTED else words[:_WORDS_QUOTED] + "..."
    return Diagnostic(
        f"the rows of {statement.title.strip() or KIND_WORDS[statement.kind]!r} stop at line {stop} "
        f"({words!r} was not read as a row): lines {table.first_line}-{table.last_line} below "
        "it, with their figures, were not read", span=SourceSpan(table.first_line, table.last_line),
        table=statement.title)


_WORDS_QUOTED = 100  # of the line a statement's rows stop at


def _a_balance_sheet_by_its_lines(table: RawTable) -> bool:
    """Whether an unread table with no title prints a balance sheet's two totals, its assets and its liabilities
    and equity: a balance sheet whose title and headers were lost above it (round 541: lynx's
    first label, its aside printing years, stood between them) is said to be skipped, never dropped unsaid."""
    if any(line.strip() for line in table.title_lines):
        return False  # a titled table says what it is ("Supplemental Consolidating Data"): its title decides
    named = {match_concept(normalise_label(row.label)) for row in table.rows if row.label}
    return {"total_assets", "total_liabilities_and_equity"} <= named


def finish_release(read: StatementsRead, sha256: str = "") -> Release:
    """The stages after the statements: narrative figures, rescaling, metadata, checks."""
    document, statements, warnings = read.document, list(read.statements), list(read.warnings)
    # The narrative runs to the first financial statement: a contacts box or a table of phone numbers
    # above the headline is no reason to stop reading the release's text there.
    first_table = min(s.span.first for s in statements if s.kind in FINANCIAL_KINDS)
    prose = find_figures(document.lines, first_table - 1, statements)
    statements, rescaled = rescale_by_narrative(statements, prose)
    if rescaled:
        statements, inherited = inherit_scale(statements, scaled_by_narrative=True)
        rescaled += inherited
    statements, lengths = cash_flow_lengths(statements)
    warnings.extend((*rescaled, *lengths))
    between = _between_the_tables(document.lines, statements)
    metadata = read_metadata(document.lines, statements, first_table - 1, between)
    statements = _in_the_narratives_currency(statements, (*document.lines[:first_table - 1], *between))
    statements = _primary_naming_the_company(statements, document.lines, metadata.company)
    warnings.extend(_year_to_date_length(statements, metadata.fiscal_period))
    statements, summarised = summary_lengths(statements)
    warnings.extend(summarised)
    statements = _without_measures_named_for_results(statements)
    statements, held = _one_value_a_key(statements)
    warnings.extend(held)
    checks, not_checked = checks_and_notes(statements, prose, convertible_said=convertible_said(document.lines))
    warnings.extend((*not_checked, *scale_unvouched(statements, prose, checks), *scale_doubts(statements, checks)))
    return Release(
        name=document.name,
        format=document.format,
        lines=document.lines,
        metadata=metadata,
        statements=tuple(statements),
        prose=prose,
        checks=checks,
        warnings=tuple(warnings),
        sha256=sha256,
        parser_version=PARSER_VERSION,
    )


def _in_the_narratives_currency(statements: list[Statement], narrative: Sequence[str]) -> list[Statement]:
    """Every statement with the currency the narrative (its text above the first financial statement and between
    the statements: headline, lead, highlights) states its sums in (`narrative.money.narrative_currency`): the
    one place a release's currency is read from its words, so that a statement whose own words name none is shown
    in it wherever it goes (UI-66: a UK release's "\u00a36.3 million" had been shown as "$6.3 million")."""
    code = narrative_currency(narrative)
    return [dataclasses.replace(statement, narrative_currency=code) for statement in statements] if code else statements


def _one_value_a_key(statements: list[Statement]) -> tuple[list[Statement], list[Diagnostic]]:
    """Every statement without the values two of a row's columns print under one key (`one_value_a_key`)."""
    kept: list[Statement] = []
    held: list[Diagnostic] = []
    for statement in statements:
        statement, warnings = one_value_a_key(statement)
        kept.append(statement)
        held.extend(warnings)
    return kept, held


def _between_the_tables(lines: Sequence[str], statements: Sequence[Statement]) -> list[str]:
    """The text from the first financial statement to the last one's first line, each table's lines blank: where
    a release that opens on a table of its quarter's figures prints its highlights (read_metadata). The text
    after the last statement (notes, definitions) is none of the story."""
    financial = [s.span for s in statements if s.kind in FINANCIAL_KINDS]
    first, last = min(span.first for span in financial), max(span.first for span in financial)
    between = list(lines[first - 1:last - 1])
    for statement in statements:
        for number in range(max(statement.span.first, first), min(statement.span.last, last - 1) + 1):
            between[number - first] = ""
    return between


def _without_measures_named_for_results(statements: list[Statement]) -> list[Statement]:
    """Lines named for a result that the release reconciles from a later one ("RECONCILIATION OF NET INCOME TO
    OPERATING INCOME (1)": an insurer's after-tax measure named for a result of the chain's middle) carry no
    concept anywhere: the company's own measure bears that name, no line of the statement does (round 430:
    printed as the operating income where highlights were the only statement of operations)."""
    named: set[str] = set()
    for statement in statements:
        found = _RECONCILED.search(" ".join(statement.title.split()))
        if found is None:
            continue
        source, target = (match_concept(_MARKS.sub("", words)) for words in found.group(1, 2))
        if source in _CHAIN and target in _CHAIN and _CHAIN.index(target) < _CHAIN.index(source):
            named.add(normalise_label(_MARKS.sub("", found.group(2))))
    if not named:
        return statements
    return [dataclasses.replace(statement, items=tuple(
        dataclasses.replace(item, concepts=()) if normalise_label(_MARKS.sub("", item.label)) in named else item
        for item in statement.items)) for statement in statements]


_RECONCILED = re.compile(r"\breconciliation\s+of\s+(.+?)\s+to\s+(.+?)\s*$", re.IGNORECASE)
_MARKS = re.compile(r"\s*\((?:\d{1,2}|[a-z])\)|\s*[*\u2020\u2021]+", re.IGNORECASE)
# The results down the chain, first to last: a measure reconciled from a later one to an earlier one's name
_CHAIN = ("revenue", "gross_profit", "operating_income", "income_before_taxes", "net_income")


# The narrative's opening lines, where it names the periods it reports.
_OPENING_LINES = 200


def _among_rows(document: Document, tables: Sequence[RawTable]) -> frozenset[int]:
    """The line numbers of tables' rows and of the captions over them ("Year ended December 31, 2008:" over a
    restatement's lines): no sentence of the narrative, whose period they must not give (round 198's
    highlights had been dated by such a caption a year early)."""
    return frozenset(
        number for table in tables if table.rows for number in range(table.first_line, table.last_line + 1)
        if number >= table.rows[0].first_line
        or (number <= len(document.lines) and document.lines[number - 1].rstrip().endswith(":")))


def _header_lines(document: Document, tables: Sequence[RawTable]) -> frozenset[int]:
    """The line numbers of tables' column headers: the lines between a table's first and its rows that it
    read as headers."""
    return frozenset(
        number for table in tables if table.rows and table.header_lines
        for number in range(table.first_line, min(table.rows[0].first_line, len(document.lines) + 1))
        if document.lines[number - 1] in table.header_lines)


def _document_period(document: Document, among_rows: frozenset[int] = frozenset()) -> HeaderReading | None:
    """The period the narrative names first ("for the three months ended June 30, 2004"): what a table
    whose header prints only years is about. `among_rows`: the line numbers of tables' rows and of the
    captions over them, which are no narrative."""
    # A quarter or months phrase first: "the year ended December 31, 2019" is as often the annual
    # report the forward-looking boilerplate cites as the period reported.
    opening = document.lines[:_OPENING_LINES]
    lowered_lines = [line.lower() for line in opening]  # once for both passes, not once a line a pass
    for words in (("month", "quarter", "week"), ("year",)):
        for number, line in enumerate(opening):
            lowered = lowered_lines[number]
            if "ended" not in lowered or number + 1 in among_rows:
                continue  # most lines: nothing to join with the line before
            # the period's words may end the line before ("... for the third quarter" / "ended September 30")
            around = f"{lowered_lines[number - 1][-_DATE_WIDTH:]} {lowered}" if number else lowered
            if any(m in around for m in words) and "10-k" not in around:
                # The date after "ended" is the period's; a dateline's date before it is the release's own.
                # A sentence wrapped at its date ("ended September" / "30, 2003") reads on into the next line.
                ended = _ENDED_AT.search(line)
                after = line[ended.end() :] if ended else line
                if _DATE_LIST.search(after):
                    continue  # "quarters ended September 30, 2007, December 31, 2007, ...": a list, no one period
                reading = read_header(after)
                if not reading.year and number + 1 < len(opening) and len(after.strip()) < _DATE_WIDTH:
                    reading = read_header(f"{after} {opening[number + 1].strip()[:_DATE_WIDTH]}")
                if reading.month and reading.year:
                    return dataclasses.replace(reading, months=read_header(line).months)
    return None


# Three dates or more in a row, with their years ("September 30, 2007, December 31, 2007, March 31, 2008 and").
_DATE_LIST = re.compile(rf"(?:{MONTH_DAY_RE},?\s+(?:19|20)\d\d,?\s+(?:and\s+)?){{2,}}{MONTH_DAY_RE}", re.IGNORECASE)


# A date as a sentence spells it, at most ("September 30, 2003,"): what a line ending in "ended" may still
# need from the next.
_DATE_WIDTH = 20


_ENDED = starting_fast(r"\bended\s+", re.IGNORECASE)  # over the opening lines, joined
_ENDED_AT = re.compile(r"\bended\b\s*", re.IGNORECASE)  # in one line, perhaps its last word


def _opening_text(document: Document) -> str:
    """The opening lines as one text: a phrase ("the third quarter / ended September 30") may wrap."""
    return " ".join(line.strip() for line in document.lines[:_OPENING_LINES])
_QUARTER_ENDED = starting_fast(
    rf"\b(?P<ordinal>{ORDINAL_WORD_RE})[\s-]+(?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?:year\s+)?{YEAR_RE})?"
    rf",?\s+ended\s+", re.IGNORECASE)


_YEAR_ENDED = starting_fast(r"\b(?:fiscal\s+|full\s+)?year\s+end(?:ed|ing)\s+", re.IGNORECASE)


def _year_to_date_months(document: Document) -> dict[date, int]:
    """For each day the narrative ends a quarter or a year it names ("the third quarter ended September 30,
    2023", "the second quarter of fiscal 2024 ended December 31, 2023"), the months from the fiscal year's start:
    the length of a column headed "Year to Date" alone that ends that day. A quarter named for another day
    ("compared with the second quarter ended July 1") says nothing of it; two quarters named for one day
    leave it unknown."""
    text = _opening_text(document)
    named: dict[date, set[int]] = {}
    for found in _QUARTER_ENDED.finditer(text):
        end = resolve_end(read_header(text[found.end() : found.end() + 24]))
        if end is not None:
            named.setdefault(end, set()).add(3 * ORDINAL_QUARTERS[found.group("ordinal").lower()])
    # "results for the year ending December 31, 2024": twelve months to that day, whatever quarter a later
    # sentence names ("dividends starting in the second quarter 2025"). A year ending after every column
    # (an outlook's) ends none of them.
    for found in _YEAR_ENDED.finditer(text):
        end = resolve_end(read_header(text[found.end() : found.end() + 24]))
        if end is not None:
            named.setdefault(end, set()).add(12)
    return {end: months.pop() for end, months in named.items() if len(months) == 1}


# Words that say a release reports a quarter too, whatever day they name: a fourth quarter, three months or
# thirteen weeks, a quarter "ended", "the quarter and year ended".
_A_QUARTER_REPORTED = starting_fast(
    r"\b(?:fourth[\s-]+(?:fiscal\s+)?quarter|4th\s+(?:fiscal\s+)?(?:quarter|qtr)|q4|4q|three[\s-]+months?"
    r"|thirteen[\s-]+weeks?|1[34][\s-]+weeks?|quarters?\s+(?:and\s+(?:the\s+)?(?:full\s+|fiscal\s+)?years?\s+)?"
    r"end(?:ed|ing))\b", re.IGNORECASE)


def _years_reported_alone(document: Document) -> frozenset[date]:
    """The days the narrative ends a year it reports ("results for the year ending December 31, 2024"),
    where it reports no quarter: a statement headed by such a day alone is that year. A fourth-quarter
    release heads its quarter's columns by the same day, so any quarter reported leaves none."""
    text = _opening_text(document)
    if _A_QUARTER_REPORTED.search(text):
        return frozenset()
    return frozenset(end for end, months in _year_to_date_months(document).items() if months == _TWELVE_MONTHS)


_TWELVE_MONTHS = 12


def _a_year_reported(end: date, years: frozenset[date]) -> bool:
    """Whether `end` is the end of a year reported alone, or of the year before one (its comparison)."""
    return any(day == end or a_year_apart(day, end) for day in years)


def _year_to_date(end: date, named: dict[date, int], quarter: int | None, latest: date | None) -> int | None:
    """The length of a column headed "Year to Date" alone that ends `end`: the quarters to the one the
    narrative ends that day, else, where the release names only its quarter ("results for the second quarter
    of 2008"), the quarters to it at its end, the latest day the release dates, or a year before."""
    if end in named:
        return named[end]
    # The same quarter a year before the one the narrative ends ("the second quarter ended June 30, 2004"
    # makes the 2003 column six months too), whatever else it says ("the third quarter" of an outlook).
    year_after = [months for day, months in named.items()
                  if a_year_apart(day, end)]
    if len(set(year_after)) == 1:
        return year_after[0]
    if quarter is None or latest is None:
        return None
    days = (latest - end).days
    return 3 * quarter if days == 0 or a_year_apart(latest, end) else None




def _fiscal_year_end(document: Document, tables: Sequence[RawTable]) -> tuple[int, int] | None:
    """The month and day the release says without doubt its fiscal year ends, or None (round 600: "Year to
    Date / June 30," beside "Quarter Ended / June 30," had gone unread though the balance sheet was dated June
    30 and December 31). Said in words ("our fiscal year ends December 31") or by a balance sheet's one column
    dated neither its latest day nor a year before it: a quarter's balance sheet sets its end beside the last
    fiscal year's (a 10-Q's rule, which releases follow). A balance sheet of several such days (a bank's five
    quarters) says nothing; two days said in any of these ways, none."""
    days: set[tuple[int, int]] = set()
    for found in FISCAL_YEAR_ENDS.finditer(text := _opening_text(document)):
        reading = read_header(text[found.end() : found.end() + 24])
        if reading.month is not None and reading.day is not None:
            days.add((reading.month, reading.day))
    for table in tables:
        if classify_table(table, [match_concept(matching_label(row)) for row in table.rows]) != "balance":
            continue
        ends = {end for text in table.column_headers if (end := resolve_end(read_header(text))) is not None}
        latest = max(ends, default=None)
        others = {end for end in ends if latest is not None and end != latest and not a_year_apart(latest, end)}
        if latest is not None and len(others) == 1 and (latest - (other := others.pop())).days < _UNDER_A_YEAR:
            days.add((other.month, other.day))
    return days.pop() if len(days) == 1 else None


# The last fiscal year's end stands less than a year before the balance sheet's latest day.
_UNDER_A_YEAR = 364
_DAYS_A_MONTH = 365.25 / 12
# A 52/53-week calendar's quarter ends up to a week off the month's end (a 14-week quarter's).
_WEEK = 7
# A year to date beside its quarter is at least two of them: one of three months would be the quarter itself.
_SHORTEST_TO_DATE = 6


def _months_since_year_end(end: date, year_end: tuple[int, int] | None) -> int | None:
    """The months from the last fiscal year's end before `end` to it, where they are whole quarters, more than
    one (a column headed "Year to Date" ending June 30 of a year ending December 31: six)."""
    if year_end is None:
        return None
    month, day = year_end
    start = date(end.year, month, min(day, month_end(end.year, month)))
    if start >= end:
        start = date(end.year - 1, month, min(day, month_end(end.year - 1, month)))
    days = (end - start).days
    months = round(days / _DAYS_A_MONTH)
    if months % 3 or not _SHORTEST_TO_DATE <= months <= _TWELVE_MONTHS or abs(days - months * _DAYS_A_MONTH) > _WEEK:
        return None
    return months


_FISCAL_YEAR_NAME = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|fy\s*'?)\d", re.IGNORECASE)


def _long_periods(document: Document) -> dict[date, frozenset[int]]:
    """The ends the narrative gives a 53-week year or a 14-week quarter, each with the weeks it says ("the
    fourteen-week fourth quarter and fifty-three-week fiscal year ended January 2, 2024": 14 and 53; or
    "Fiscal 2006 was a 53-week year" beside "fiscal 2006 ended February 3, 2007"): a year before such an end
    is 53 weeks before it, and the columns ending on it count those weeks."""
    text = _opening_text(document)
    ends: dict[date, frozenset[int]] = {}
    if not long_period_ended(text) and not long_fiscal_year(text):
        return ends  # most releases name no long period: their lines are not sorted (issue 12)
    # the story's lines only: a header row's "Fifty-Two Weeks Ended   Fifty-Three Weeks Ended" over its dates
    # had read "Fifty-Three Weeks Ended February 2, 2019", the first date, the 52-week year's (UI-32)
    text = " ".join(stripped for line in document.lines[:_OPENING_LINES]
                    if not _columns_header(stripped := line.strip()))
    for found in LONG_PERIOD_ENDED.finditer(text):
        reading = read_header(text[found.end() : found.end() + 24])
        if reading.year and reading.month and reading.day and (end := resolve_end(reading)) is not None:
            counts = {int(raw) if raw.isdigit() else NUMBER_WORDS[" ".join(raw.lower().split())]
                      for raw in _WEEKS_COUNTED.findall(found.group())}
            ends[end] = ends.get(end, frozenset()) | counts
    for found in LONG_FISCAL_YEAR.finditer(text):
        # "Fiscal 2006 was a 53-week year": the one end the story gives that year, in it or early in the next
        # (a retailer's fiscal 2006 "ended February 3, 2007")
        year = int(found.group("year"))
        named = {end for end in _stated_period_ends(document)
                 if end.year == year or (end.year == year + 1 and end.month <= _EARLY_MONTHS)}
        if len(named) == 1:
            end = named.pop()
            ends[end] = ends.get(end, frozenset()) | {53}
    return ends


def _columns_header(line: str) -> bool:
    """A header row set in columns: a gap of three spaces or more, and two lengths or two dates ("Fifty-Two Weeks
    Ended   Fifty-Three Weeks Ended", "February 2, 2019   February 3, 2018"). A justified sentence may spread
    its words as wide, but names one period."""
    return (_SET_IN_COLUMNS.search(line) is not None
            and (len(_ENDED_WORD.findall(line)) >= 2 or len(YEAR_IN_TEXT.findall(line)) >= 2))


# A gap of three spaces or more between words: a line of a table's columns, or a justified sentence's.
_SET_IN_COLUMNS = re.compile(r"\S {3,}\S")
_ENDED_WORD = re.compile(r"\bend(?:ed|ing)\b", re.IGNORECASE)


# The weeks a long period counts, as the story words them: "fourteen-week", "53-week", "fifty-three week"
_WEEKS_COUNTED = re.compile(r"\b(fifty[\s-]three|53|fourteen|14)(?=[\s-]+weeks?\b)", re.IGNORECASE)


# A fiscal year named for the calendar year it starts in ends this early in the next, at the latest.
_EARLY_MONTHS = 2


def _stated_period_ends(document: Document) -> tuple[date, ...]:
    """Every date the narrative gives as a period's end ("for the second quarter ended June 29, 2003")."""
    text = _opening_text(document)
    ends: list[date] = []
    for ended in _ENDED.finditer(text):
        window = text[ended.end() : ended.end() + 24]
        reading = read_header(window)
        # ("Three Months Ended December 31, Fiscal 2005", a header among the opening lines, names a fiscal
        # year, whose day the columns' reading settles: it states no calendar date)
        if reading.year and reading.month and reading.day and not _FISCAL_YEAR_NAME.search(window):
            end = resolve_end(reading)
            if end is not None:
                ends.append(end)
    return tuple(ends)


# "the second quarter of fiscal 2024", "its fiscal 2024 second quarter", "third quarter 2023", "Fourth Quarter
# and Fiscal 2023"
_REPORTED_QUARTER = starting_fast(
    rf"\b(?P<ordinal>{ORDINAL_WORD_RE})[\s-]+(?:fiscal\s+)?quarter\s+(?:\([^()]{{1,30}}\)\s+)?"
    rf"(?:of\s+|and\s+(?:full\s+)?)?(?:fiscal\s+)?"
    rf"(?:year\s+)?(?P<year>{YEAR_RE})\b"
    rf"|\bfiscal\s+(?:year\s+)?(?P<year2>{YEAR_RE})\s+(?P<ordinal2>{ORDINAL_WORD_RE})[\s-]+quarter\b",
    re.IGNORECASE)


def _reported_quarter(document: Document) -> tuple[int | None, int | None]:
    """The quarter and (fiscal) year the opening lines first say the release reports, a fiscal year's
    before a calendar one (headers naming "FY24" name fiscal years; a headline's "Third Quarter 2023" may
    be the calendar's name for the same quarter)."""
    opening = _opening_text(document)
    # A comparison's quarter ("from $8.5 million in the fourth quarter of fiscal 1998") is not the one reported.
    named = [m for m in _REPORTED_QUARTER.finditer(opening) if not is_compared(opening, m.start())]
    found = next((m for m in named if "fiscal" in m.group().lower()), named[0] if named else None)
    if found is None:
        return None, None
    ordinal = (found.group("ordinal") or found.group("ordinal2")).lower()
    return ORDINAL_QUARTERS[ordinal], int(found.group("year") or found.group("year2"))


# "Reports Fiscal 1999 Results", "fiscal year 1999": a year's release names the fiscal year it reports.
_FISCAL_YEAR_NAMED = starting_fast(rf"\bfiscal\s+(?:year\s+)?(?P<year>{YEAR_RE})\b", re.IGNORECASE)


def _reported_fiscal_year(document: Document) -> int | None:
    """The fiscal year the opening lines first name, for a release that names no quarter: "fiscal 1999"
    ended January 29, 2000 for a retailer, whose columns "1999 | 1998" then end in 2000 and 1999."""
    found = _FISCAL_YEAR_NAMED.search(_opening_text(document))
    return int(found.group("year")) if found else None


def _dated_ends(tables: Sequence[RawTable], stated: Sequence[date], days_printed: bool = False) -> tuple[date, ...]:
    """The dates the release gives periods' ends: the narrative's "ended" dates and the dates over its
    tables' columns. An outlook's "Year ending December 31, 2013" looks ahead and is not counted.
    `days_printed`: only the dates whose day a table prints over its columns ("June 28, 1998"), never a
    month's end the reader supposed for a column headed by its month and year alone ("Six Months Ended June" /
    "1998"); the caller passes no narrative dates, whose reading may run into a table's header."""
    ends = list(stated)
    for table in tables:
        for text in table.column_headers:
            if "ending" in text.lower():
                continue
            reading = read_header(text)
            if (end := resolve_end(reading)) is not None and (reading.day is not None or not days_printed):
                ends.append(end)
        ends.extend(_ends_captioned(table))
    return tuple(ends)


def _ends_captioned(table: RawTable) -> list[date]:
    """The whole dates a table's caption gives after "ended" ("(Thirteen and twenty-six weeks ended July 31,
    2010 and August 1, 2009)"): a column printing its year alone takes its day from there, not from the
    calendar's month end (round 525: the year-ago quarter dated July 31, 2009, a day before its end)."""
    ends: list[date] = []
    for line in (*table.title_lines, *table.header_lines):
        ended = _ENDED_AT.search(line)
        if ended is None:
            continue
        for found in DATE.finditer(line, ended.end()):
            reading = read_header(found.group())
            if reading.month and reading.day and reading.year and (end := resolve_end(reading)) is not None:
                ends.append(end)
    return ends


def _year_to_date_length(statements: list[Statement], fiscal: FiscalPeriod | None) -> list[Diagnostic]:
    """A year-to-date column whose length is not the quarters so far ("Nine months ended June 30" in a
    second-quarter release) is said so: the header and the release disagree, and a reader should know."""
    if fiscal is None or fiscal.quarter is None or fiscal.end is None or fiscal.quarter == 4:
        return []
    expected = 3 * fiscal.quarter
    notes: list[Diagnostic] = []
    for statement in statements:
        if not statement.primary or statement.kind not in ("operations", "cash_flow"):
            continue
        for period in statement.periods:
            near = abs((period.end - fiscal.end).days) <= 7
            if near and period.months not in (None, 1, 3, 12, expected):  # a monthly report's month is no year to date
                notes.append(Diagnostic(
                    f"column {period.label!r} is headed {period.months} months, but the release reports quarter "
                    f"{fiscal.quarter}: its year to date is {expected} months",
                    span=statement.span, table=statement.name))
    return notes


# The lines from a table's top that hold its title: the entity's name, the statement's, the unit.
_TITLE_LINES = 4


def _mark_primary(statements: list[Statement], lines: tuple[str, ...] = ()) -> list[Statement]:
    """Of several statements of one kind (a summary table, GAAP and non-GAAP versions, the full statement),
    the primary is the one whose lines carry the most concepts; of two that tie and print the same figures to
    different units, the finer (`rounds_to`); else the first. A consolidating
    statement's consolidated column is primary only where no other statement of its kind is printed: it
    is the company's figures, but set beside its parts', after the statement itself. So is a statement
    whose title block names it a subsidiary's ("(a wholly owned subsidiary of ...)" over the parent's
    highlights in one exhibit, round 397: the subsidiary's lines had been printed as the company's)."""
    best: dict[str, Statement] = {}
    ranks = {id(statement): _rank(statement, lines) for statement in statements}
    for statement in statements:
        current = best.get(statement.kind)
        if current is None or ranks[id(statement)] > ranks[id(current)]:
            best[statement.kind] = statement
    best = {kind: _the_finer_of_the_same_figures(statements, primary, ranks) for kind, primary in best.items()}
    return [s if best.get(s.kind) is s else dataclasses.replace(s, primary=False) for s in statements]


def _the_finer_of_the_same_figures(statements: list[Statement], best: Statement,
                                   ranks: dict[int, tuple[bool, bool, bool, int]]) -> Statement:
    """Of statements of the primary's kind that rank with it and print its figures to a finer unit (an
    income statement in thousands after the same one in millions to a decimal), the finest: the rounded one
    is the summary, whichever is printed first (round 725: "48.2" had been taken over "48,210")."""
    # (never `best` itself: no statement prints its own figures to a coarser unit, and its unit is dear to read)
    finer = [s for s in statements if s is not best and s.kind == best.kind and ranks[id(s)] == ranks[id(best)]
             and rounds_to(best, s)]
    return min(finer, key=lambda s: s.printed_unit(), default=best)


def rounds_to(coarse: Statement, fine: Statement) -> bool:
    """Whether `coarse` prints `fine`'s figures rounded to a coarser unit: both over the same periods, printed
    to different last digits, every amount both print for a concept and period within one unit of the
    coarser digit (a summary's subtotals rounded each from its own figures, or forced to foot), and those
    shared most of what the coarser prints. Figures further apart are another statement's (another basis's,
    another entity's), which this rule leaves to the others."""
    unit = coarse.printed_unit()
    if [p.key for p in coarse.periods] != [p.key for p in fine.periods] or fine.printed_unit() >= unit:
        return False
    rough, exact = _amounts(coarse), _amounts(fine)
    shared = [key for key in rough if key in exact]
    return 2 * len(shared) > len(rough) and all(abs(rough[key] - exact[key]) <= unit for key in shared)


def _amounts(statement: Statement) -> dict[tuple[str, str], Decimal]:
    """The statement's amounts by concept and period key (per-share figures and share counts, in scales of
    their own, are left out)."""
    return {(concept, period.key): value for item in statement.items if item.kind == "amount"
            for concept in item.concepts
            for period, value in zip(statement.periods, item.values, strict=True) if value is not None}


def _rank(statement: Statement, lines: tuple[str, ...] = ()) -> tuple[bool, bool, bool, int]:
    titled = any(kind == statement.kind and pattern.search(statement.title) for kind, pattern in STATEMENT_TITLES)
    return (CONSOLIDATING_TITLE.search(statement.title) is None, not titled_a_subsidiarys(statement, lines), titled,
            sum(1 for item in statement.items if item.concepts))


def titled_a_subsidiarys(statement: Statement, lines: tuple[str, ...], before: int = _TITLE_LINES + 3,
                         after: int = _TITLE_LINES + 2) -> bool:
    """Whether the statement's title block, the lines around its first, names it a subsidiary's ("(a wholly
    owned subsidiary of Kestrel Energy Holdings, Inc.)"): its figures are another entity's, however near the
    parent's they round (rounds 393, 397)."""
    first = statement.span.first
    return any(A_SUBSIDIARYS.search(line) for line in lines[max(0, first - before) : first + after])




def _primary_naming_the_company(statements: list[Statement], lines: tuple[str, ...], company: str
                                ) -> list[Statement]:
    """Two statements of one kind over the same periods that carry as many concepts (a REIT's and its
    operating partnership's, a holding company's and its utility's): the primary is the one whose title
    names the company the release is from, not the first printed. Only such a tie is decided so: the name
    is the narrative's reading. (A quarter's statement and the year's are no rivals.)"""
    words = set(name_words(company))
    if not words:
        return statements

    def owned(statement: Statement) -> float:
        """How well the entity named above the statement's title is the company: the words they share
        of all the words of both ("Westbrook Energy Partners, L.P." is less Westbrook Energy, Inc. than
        "Westbrook Energy, Inc." is; "(a wholly owned subsidiary of Northway Energy Corporation)" names
        the parent among its own words). A title that names no entity is the company's own."""
        top = [line for line in lines[statement.span.first - 1 : statement.span.last] if line.strip()][:_TITLE_LINES]
        title = next((i for i, line in enumerate(top) if names_a_statement(line)), None)
        named = set(name_words(" ".join(top[:title]))) if title else set()
        return len(named & words) / len(named | words) if named else 1.0

    result = list(statements)
    for at, primary in enumerate(statements):
        if not primary.primary:
            continue
        rivals = [i for i, s in enumerate(statements) if s.kind == primary.kind and not s.primary
                  and _rank(s) == _rank(primary)
                  and [p.key for p in s.periods] == [p.key for p in primary.periods]
                  and not rounds_to(s, primary)]  # (the same figures rounded: a summary, no other entity)
        best = max(rivals, key=lambda i: owned(statements[i]), default=None)
        if best is not None and owned(statements[best]) > owned(primary):
            result[at] = dataclasses.replace(primary, primary=False)
            result[best] = dataclasses.replace(statements[best], primary=True)
    return result
