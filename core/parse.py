"""The pipeline: bytes -> a reader's document(s) -> the stages (core.stages) -> Release.

Each stage is a pure function of the one before (DESIGN.md); this module only picks the reader, runs the
stages, and says what a file cut off in transfer may lack. A whole EDGAR submission goes to
core.exhibit_choice, which runs the same stages on its exhibits.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from core.errors import CUT_OFF_HTML, ReleaseParseError
from core.exhibit_choice import parse_submission
from core.limits import LimitExceeded, allowance, check_size
from core.model import KIND_WORDS, Diagnostic, Release, SourceSpan
from core.readers.pdf import read_pdf
from core.readers.submission import Submission, read_submission_file, read_submission_text
from core.readers.text import detect_format, is_submission, read_html, read_text
from core.stages import PARSER_VERSION, StatementsRead, finish_release, read_statements
from core.statements.unclosed import cut_at_a_line_end, ends_inside, the_cut_row, vouched_for, without_the_row
from core.tables.find import remembering_lines
from core.vocabulary import RELEASE_END_MARK

__all__ = ["PARSER_VERSION", "parse_release"]

# A row cut off in transfer may have lost its values and kept only its label, on up to this many lines
# (labels wrap onto two or three): the table then ends that many lines before the file does.
_CUT_ROW_LINES = 3


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
            return parse_submission(read_submission_file(raw, name), exhibit, sha256)
    if form == "pdf":
        document = read_pdf(raw, name)
        if is_submission(text := "\n".join(document.lines)):
            return _printed_submission(read_submission_text(text, name, document.encoding), exhibit, sha256)
    elif form == "html":
        document = _cut_off_said(raw, name, lambda: read_html(raw, name))
    else:
        document = read_text(raw, name)
    if exhibit is not None:  # (asked once the text is read: a PDF may hold a whole submission)
        raise ReleaseParseError(f"{name} is a single document, not an EDGAR submission: it has no exhibits to pick")
    read = _cut_off_said(raw, name, lambda: read_statements(document)) if form == "html" else read_statements(document)
    release = _without_a_row_cut_mid_line(raw, form, read, finish_release(read, sha256), sha256)
    if form in _LINES_AS_SET_OUT:
        release = dataclasses.replace(release, notes=(*release.notes, _LINES_AS_SET_OUT[form]))
    elif b"\f" in raw:
        release = dataclasses.replace(release, notes=(*release.notes, FORM_FEEDS_COUNTED))
    truncated = _truncation_warning(raw, release)
    return release if truncated is None else dataclasses.replace(release, warnings=(*release.warnings, truncated))


def _printed_submission(submission: Submission, exhibit: str | None, sha256: str) -> Release:
    """A whole EDGAR submission printed to PDF, read as the submission it is: its exhibit chosen as for the
    .txt, its header the filing's facts and no table's rows (round 652)."""
    with remembering_lines():
        release = parse_submission(submission, exhibit, sha256)
    return dataclasses.replace(release, notes=(*release.notes, "read from the PDF's text of a whole EDGAR submission"))


# What the line numbers of warnings and checks count where they are not the file's own lines (a submission's
# exhibit says so as it is chosen): "lines 50-75" is otherwise looked for among the markup.
_LINES_AS_SET_OUT = {"html": "line numbers are those of the HTML as set out in text",
                     "pdf": "line numbers are those of the PDF's text"}
# A text release's lines are the file's, but a form feed (a page break: pdftotext opens each page with one)
# parts lines as Python parts them, one more line than an editor or `grep -n` counts (rounds 672 and 673)
FORM_FEEDS_COUNTED = ("line numbers count each form feed (a page break) as a line end: after each, one more than an "
                      "editor counts")


_T = TypeVar("_T")


def _cut_off_said(raw: bytes, name: str, read: Callable[[], _T]) -> _T:
    """`read()`, an HTML file's refusal said as the cut it is where its bytes end mid-document (`_html_cut`):
    half of Horizon's release had been refused as "none of its 17 tables of figures is a statement" (UI-57)."""
    try:
        return read()
    except ReleaseParseError as error:
        if not _html_cut(raw):
            raise
        raise ReleaseParseError(f"{name} {CUT_OFF_HTML}", reason=error.reason) from None


def _html_cut(raw: bytes) -> bool:
    """An HTML file without its closing tags, a table or preformatted text left open: markup a converter
    leaves around the tables it kept (pandoc's Markdown ends "</table>" then its own text) is whole."""
    tail = raw[-65536:].lower()
    return b"</html" not in tail[-4096:] and b"</body" not in tail[-4096:] and (
        tail.rfind(b"<table") > tail.rfind(b"</table") or tail.rfind(b"<pre") > tail.rfind(b"</pre"))


# A tag, or the start of one the cut left open
_MARKUP = re.compile(r"<[^>]*>?")


def _cut_mid_line(raw: bytes, form: str) -> bool:
    """Bytes ending without their last line end (text) or closing tags around an open table (HTML)."""
    if form == "text":
        return not raw.endswith((b"\n", b"\r", b"\f"))
    return form == "html" and _html_cut(raw)


def _last_line(lines: Sequence[str]) -> int:
    """The number of the last line with text on it (0 for none): looked for from the end, so only the blank
    lines after it are read (issue 12, S2: every line had been stripped, twice a parse)."""
    return next((number for number in range(len(lines), 0, -1) if lines[number - 1].strip()), 0)


def _stops_inside_a_row(raw: bytes, form: str) -> bool:
    """Bytes stopping part-way through a row of figures: a text file without its last line end, or an HTML file
    cut (`_html_cut`) with a figure's digits after its last closed row. A row whose `</tr>` arrived is whole, and
    a row cut inside its label ends on no figure."""
    if form != "html":
        return _cut_mid_line(raw, form)
    if not _html_cut(raw):
        return False
    tail = raw[-65536:]
    closed = tail.lower().rfind(b"</tr")
    after = tail if closed < 0 else tail[tail.find(b">", closed) + 1:] if b">" in tail[closed:] else b""
    return any(c.isdigit() for c in html.unescape(_MARKUP.sub(" ", after.decode("utf-8", "replace"))))


def _without_a_row_cut_mid_line(raw: bytes, form: str, read: StatementsRead, release: Release,
                                sha256: str) -> Release:
    """The release read again without the row the file stops inside (`unclosed.the_cut_row`) where no check
    vouches for its figures: read before the checks, none of them counts a figure the cut may have shortened."""
    last = _last_line(read.document.lines)
    if not last or not _stops_inside_a_row(raw, form) or RELEASE_END_MARK.match(read.document.lines[last - 1]):
        return release
    cut = the_cut_row(read.statements, last)
    if cut is None or vouched_for(release, cut[1]):
        return release
    statements, note = without_the_row(read.statements, *cut, last)
    return finish_release(dataclasses.replace(read, statements=statements, warnings=(*read.warnings, note)), sha256)


def _truncation_warning(raw: bytes, release: Release) -> Diagnostic | None:
    """A file cut off in transfer ends without its last line end (text) or closing tag (HTML) inside a
    table: what was read is kept, and the warning says the rest may be missing. A complete release may end
    with a table, but it ends the table's last line too (or its page: `pdftotext` ends each with a form feed).
    A file cut at a line end is known by what it stops on instead: a statement short of its close, on a line
    summed into nothing (`unclosed.cut_at_a_line_end`; UI-61's Sears cut under "Interest, net")."""
    if release.format not in ("text", "html"):
        return None
    cut = _cut_mid_line(raw, release.format)
    last = _last_line(release.lines)
    if last and RELEASE_END_MARK.match(release.lines[last - 1]):
        return None  # the release's own end mark ("# # #"), its last line end only lost (round 524)
    inside = any(s.span.first <= last <= s.span.last + _CUT_ROW_LINES for s in release.statements)
    if not (cut and inside) and cut_at_a_line_end(release, last) is None:
        stopped = ends_inside(release, last)
        if stopped is None:
            return None
        return Diagnostic(f"The file ends inside the {KIND_WORDS[stopped.kind]} (line {last}): the release looks cut; "
                          "figures after it are missing", span=SourceSpan(last, last), table=stopped.name)
    return Diagnostic(f"{release.name} ends inside a table: the file may be truncated, and figures after it missing",
                      span=SourceSpan(last, last))
