"""The pipeline: bytes -> document -> tables -> statements -> figures, metadata, checks -> Release.

Each stage is a pure function of the one before (DESIGN.md); this module only strings them together and
decides what counts as "nothing to read".
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Callable
from datetime import date

from core.checks.rules import run_checks
from core.errors import ReleaseParseError
from core.fast_regex import starting_fast
from core.limits import LimitExceeded, allowance, check_lines, check_size
from core.model import Diagnostic, FiscalPeriod, Release, SourceSpan, Statement
from core.narrative.metadata import read_metadata
from core.narrative.prose import find_figures
from core.readers.pdf import read_pdf
from core.readers.submission import parse_submission
from core.readers.text import Document, detect_format, read_html, read_text
from core.statements.build import build_statement
from core.statements.period_choice import cash_flow_lengths
from core.statements.scale_choice import rescale_by_narrative
from core.tables.find import find_tables, remembering_lines
from core.tables.period_headers import HeaderReading, read_header, resolve_end

PARSER_VERSION = "2"
# A row cut off in transfer may have lost its values and kept only its label, on up to this many lines
# (labels wrap onto two or three): the table then ends that many lines before the file does.
_CUT_ROW_LINES = 3
FINANCIAL = ("operations", "balance", "cash_flow")


def parse_release(data: bytes | str, name: str = "release.txt", exhibit: str | None = None) -> Release:
    """Read one release, whatever form it came in: plain text, an HTML exhibit, a whole EDGAR submission
    (`exhibit` picks one of its exhibits by type or file name; by default the first that holds financial
    statements) or a text PDF. Raises ReleaseParseError when the bytes hold no financial statement, or are
    larger than core.limits allows (checked first, before any work is spent on them)."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    check_size(len(raw), name)
    try:
        with allowance():  # one tally of numbers, elements, cells and grid for all the documents read
            return _parse_bytes(raw, name, exhibit)
    except LimitExceeded as error:
        raise ReleaseParseError(f"{name} {error.message}", line=error.line, column=error.column) from None


def _parse_bytes(raw: bytes, name: str, exhibit: str | None) -> Release:
    sha256 = hashlib.sha256(raw).hexdigest()
    form = detect_format(raw)
    if form == "edgar":
        with remembering_lines():  # the exhibit chosen may be read twice: its lines are classified once
            return parse_submission(raw, name, exhibit, sha256, read_document)
    if exhibit is not None:
        raise ReleaseParseError(f"{name} is a single document, not an EDGAR submission: it has no exhibits to pick")
    if form == "pdf":
        document = read_pdf(raw, name)
    elif form == "html":
        document = read_html(raw, name)
    else:
        document = read_text(raw, name)
    release = parse_document(document, sha256)
    truncated = _truncation_warning(raw, release)
    return release if truncated is None else dataclasses.replace(release, warnings=(*release.warnings, truncated))


def parse_document(document: Document, sha256: str = "") -> Release:
    return read_document(document, sha256)()


def read_document(document: Document, sha256: str = "") -> Callable[[], Release]:
    """The document's tables and statements, read now (ReleaseParseError when none is a financial
    statement), and a call that reads the rest (narrative figures, metadata, checks) into its Release.

    Split so that a submission can ask each of its exhibits whether it holds statements and read the
    rest of only the one it chooses (core.submission): the later stages raise nothing, so an exhibit's
    answer is the same either way."""
    # Lines as a person counts them: a final line end does not start another line.
    check_lines(len(document.lines) - (not document.lines[-1] if document.lines else 0), document.name)
    tables = find_tables(document.lines)
    fallback = _document_period(document)
    known_ends = functools.cache(lambda: _stated_period_ends(document))
    statements: list[Statement] = []
    warnings: list[Diagnostic] = list(document.warnings)
    for table in tables:
        statement = build_statement(table, fallback, known_ends)
        if statement is None:
            if any(word in " ".join(table.title_lines).lower() for word in ("statement", "balance sheet")):
                warnings.append(Diagnostic(
                    "a table has no column header that names a period; it was skipped",
                    span=SourceSpan(table.first_line, table.last_line), table=" ".join(table.title_lines).strip(),
                ))
            continue
        statements.append(statement)
    statements = _mark_primary(statements)
    # A summary or reconciliation lays its columns out for its own purpose; the primary statements' columns
    # are the facts, and each of their columns of figures must become a period or be named here.
    warnings.extend(w for s in statements if s.primary for w in s.warnings)
    if not any(s.kind in FINANCIAL for s in statements):
        raise ReleaseParseError(f"no financial statement found in {document.name}")
    return functools.partial(_finish_document, document, sha256, statements, warnings)


def _finish_document(document: Document, sha256: str, statements: list[Statement], warnings: list[Diagnostic]
                     ) -> Release:
    """The stages after the statements: narrative figures, rescaling, metadata, checks."""
    statements, warnings = list(statements), list(warnings)  # a second call starts from the same lists
    # The narrative runs to the first financial statement: a contacts box or a table of phone numbers
    # above the headline is no reason to stop reading the release's text there.
    first_table = min(s.span.first for s in statements if s.kind in FINANCIAL)
    prose = find_figures(document.lines, first_table - 1, statements)
    statements, rescaled = rescale_by_narrative(statements, prose)
    statements, lengths = cash_flow_lengths(statements)
    warnings.extend((*rescaled, *lengths))
    metadata = read_metadata(document.lines, statements, first_table - 1)
    warnings.extend(_year_to_date_length(statements, metadata.fiscal_period))
    checks = run_checks(statements, prose)
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


def _document_period(document: Document) -> HeaderReading | None:
    """The period the narrative names first ("for the three months ended June 30, 2004"): what a table
    whose header prints only years is about."""
    # A quarter or months phrase first: "the year ended December 31, 2019" is as often the annual
    # report the forward-looking boilerplate cites as the period reported.
    for words in (("month", "quarter", "week"), ("year",)):
        for line in document.lines[:200]:
            lowered = line.lower()
            if "ended" in lowered and any(m in lowered for m in words) and "10-k" not in lowered:
                # The date after "ended" is the period's; a dateline's date before it is the release's own.
                ended = _ENDED.search(line)
                reading = read_header(line[ended.end() :] if ended else line)
                if reading.month and reading.year:
                    return dataclasses.replace(reading, months=read_header(line).months)
    return None


_ENDED = starting_fast(r"\bended\s+", re.IGNORECASE)  # over the first 200 lines, joined


def _stated_period_ends(document: Document) -> tuple[date, ...]:
    """Every date the narrative gives as a period's end ("for the second quarter ended June 29, 2003")."""
    text = " ".join(line.strip() for line in document.lines[:200])  # a date may wrap onto the next line
    ends: list[date] = []
    for ended in _ENDED.finditer(text):
        reading = read_header(text[ended.end() : ended.end() + 24])
        if reading.year and reading.month and reading.day:
            end = resolve_end(reading)
            if end is not None:
                ends.append(end)
    return tuple(ends)


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
            if near and period.months not in (None, 3, 12, expected):
                notes.append(Diagnostic(
                    f"column {period.label!r} is headed {period.months} months, but the release reports quarter "
                    f"{fiscal.quarter}: its year to date is {expected} months",
                    span=statement.span, table=statement.title or statement.kind))
    return notes


def _mark_primary(statements: list[Statement]) -> list[Statement]:
    """Of several statements of one kind (a summary table, GAAP and non-GAAP versions, the full statement),
    the primary is the one whose lines carry the most concepts; the first wins a tie."""
    best: dict[str, Statement] = {}
    for statement in statements:
        score = sum(1 for item in statement.items if item.concepts)
        current = best.get(statement.kind)
        if current is None or score > sum(1 for item in current.items if item.concepts):
            best[statement.kind] = statement
    return [s if best.get(s.kind) is s else dataclasses.replace(s, primary=False) for s in statements]


def _truncation_warning(raw: bytes, release: Release) -> Diagnostic | None:
    """A file cut off in transfer ends without its last line end (text) or closing tag (HTML) inside a
    table: what was read is kept, and the warning says the rest may be missing. A complete release may end
    with a table, but it ends the table's last line too."""
    if release.format == "text":
        cut = not raw.endswith((b"\n", b"\r"))
    elif release.format == "html":
        cut = b"</html" not in raw[-4096:].lower() and b"</body" not in raw[-4096:].lower()
    else:
        return None
    last = max((number for number, line in enumerate(release.lines, 1) if line.strip()), default=0)
    inside = any(s.span.first <= last <= s.span.last + _CUT_ROW_LINES for s in release.statements)
    if not (cut and inside):
        return None
    return Diagnostic(f"{release.name} ends inside a table: the file may be truncated, and figures after it missing",
                      span=SourceSpan(last, last))
