"""Bytes into lines of text: decode, detect the format, normalise what would misalign columns.

Line numbers are the user's way back to the source, so nothing here may add or remove a line: markers
that carry no content (`<PAGE>`, SGML table tags) become blank lines instead of disappearing.
"""

from __future__ import annotations

import codecs
import dataclasses
import itertools
import re
from dataclasses import dataclass

from core.errors import ReleaseParseError, no_statement
from core.formatting import how_many
from core.limits import MAX_HTML_DEPTH, MAX_LINES
from core.model import Diagnostic, SourceFormat, SourceSpan
from core.readers.characters import C1_AS_WINDOWS_1252, closed_up, replace_all, running_key
from core.readers.edgar import strip_envelope
from core.readers.html import is_html, render_html
from core.readers.page_furniture import blank_page_furniture
from core.readers.pipe_tables import pipe_rows_as_tabs
from core.readers.tab_grid import relaid_copies
from core.vocabulary import BROWSER_PRINT_EDGE

# A text release is mostly printable; more than this share of control bytes means an image, archive or
# other binary renamed to .txt (real releases have none but tabs, form feeds and line ends).
_MAX_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 65536

# Archives and compressed files, by their opening bytes: named as such, since "binary data" would leave a
# visitor guessing, and never unpacked (no archive is read, so no zip bomb can be).
_ARCHIVES = (
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)
_ARCHIVE_SUFFIXES = (".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar")
# Office documents are zip archives inside: named by their suffix, since "unpack it" would be no help.
_OFFICE_SUFFIXES = (
    (".docx", "a Word document"),
    (".xlsx", "an Excel workbook"),
    (".pptx", "a PowerPoint presentation"),
)
# Other files a visitor may pick by mistake, by their opening bytes, with what to do instead.
_OTHER_KINDS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document"),
)
_SAVE_AS = "Release Lens reads releases as text, HTML or PDF (save it as one of those, or upload the filing's own copy)"
# What an empty file is told to be instead (UI-53: "empty.txt could not be read: it is empty" had said nothing of
# what to upload); `pages._session.try_load` says it too, before the core is asked.
EMPTY_ADVICE = ("upload the earnings release itself (the 8-K's Exhibit 99.1) as "
                "text, HTML or PDF, or the filing's EDGAR submission .txt")
_IMAGE_ADVICE = "images are not read (a scanned page needs OCR first; or upload the release's text, HTML or PDF)"
# Byte-order marks of the Unicode encodings a word processor may save text in; UTF-32 first, as its
# little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# UTF-16 without a mark: text in the Latin range has a zero byte in every other place. A binary file has
# zeros too, but scattered; this share of the odd (or even) bytes being zero, and almost none of the
# others, is text.
_UTF16_ZERO_SHARE = 0.9

# Control bytes no text release holds (tab, line ends, form feed and ESC are left out: printers' codes).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# SGML markup EDGAR wraps around text tables and pages; it marks layout, never content.
_SGML_LINE = re.compile(r"^\s*(?:</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d+)>\s*)+$", re.IGNORECASE)
_SGML_TAG = re.compile(r"</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d+)>", re.IGNORECASE)  # "Net income<F1>": a note's tag
_TRANSLATE = str.maketrans(
    {
        **C1_AS_WINDOWS_1252,  # (round 463: lynx's em dash for zero read as part of the label, a row shifted)
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",
        "\u202f": " ",
        "\u2212": "-",  # minus sign
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\ufeff": "",
    }
)


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source: the lines every later stage and every source span refer to."""

    name: str
    format: SourceFormat
    lines: tuple[str, ...]
    encoding: str
    # What reading lost on the way (undecodable bytes); the parse passes these on as the release's warnings.
    warnings: tuple[Diagnostic, ...] = ()


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes the way releases are actually encoded: UTF-8 (maybe with BOM), else Windows-1252.

    Windows-1252 is the right fallback for the era: it is what old filers' word processors wrote
    (curly quotes, em dashes), and it decodes every Latin-1 letter the same way. UTF-16 and UTF-32 (with a
    byte-order mark, or UTF-16 without one) are read too: Windows' Notepad saves "Unicode" text that way.
    """
    text, encoding, _ = decode_with_warnings(data, name)
    return text, encoding


def decode_with_warnings(data: bytes, name: str) -> tuple[str, str, tuple[Diagnostic, ...]]:
    """`decode`, plus a warning when some bytes could not be decoded (they become U+FFFD, one each)."""
    _refuse_non_text(data, name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _lenient(data, codec, name)
    utf16 = _utf16_without_bom(data[:_SNIFF_BYTES])
    if utf16 is not None:
        return _lenient(data, utf16, name)
    offset = _binary_at(data)
    if offset is not None:
        line = data.count(b"\n", 0, offset) + 1
        if name.lower().endswith(".pdf"):
            # named a PDF, yet not starting as one does: a damaged download, or another file renamed (UI-23: it
            # had been called "not a text file", which says nothing to a user who uploaded a PDF)
            raise ReleaseParseError(f"{name} is named as a PDF but does not start as one (%PDF-): the file may be "
                                    "damaged or not a PDF; download it again, or upload the release's HTML or text")
        raise ReleaseParseError(f"{name} is not a text file (it holds binary data)", line=line,
                                column=offset - data.rfind(b"\n", 0, offset))
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            # Cut off inside the last character: UTF-8 all the same, truncated.
            return _lenient(data, "utf-8", name)
    return _lenient(data, "cp1252", name)


def _binary_at(data: bytes) -> int | None:
    """Where binary data shows (the first NUL byte, or the first control byte of a 64 KB stretch of which
    more than 1% are control bytes), anywhere in the file; None for text.

    Judging only the first 64 KB let a file of text with a binary tail through. Counting with
    `bytes.translate` (which deletes the control bytes in C) costs about a millisecond a megabyte.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        return nul
    for start in range(0, len(data), _SNIFF_BYTES):
        start = max(0, min(start, len(data) - _SNIFF_BYTES))  # the last stretch is a full one too: a DOS
        window = data[start : start + _SNIFF_BYTES]  # end-of-file byte is not 1% of a short tail
        controls = len(window) - len(window.translate(None, _CONTROL_BYTES))
        if controls > _MAX_CONTROL_SHARE * len(window):
            return start + next(i for i, byte in enumerate(window) if byte in _CONTROL_BYTES)
    return None


def _refuse_non_text(data: bytes, name: str) -> None:
    if not data.strip():
        raise ReleaseParseError(f"{name} is empty; {EMPTY_ADVICE}")
    lowered = name.lower()
    office = next((kind for suffix, kind in _OFFICE_SUFFIXES if lowered.endswith(suffix)), None)
    if office is not None and data.startswith(b"PK"):
        raise ReleaseParseError(f"{name} is {office}; {_SAVE_AS}")
    other = next((kind for magic, kind in _OTHER_KINDS if data.startswith(magic)), None)
    if other is not None:
        advice = _IMAGE_ADVICE if other.endswith("image") else _SAVE_AS
        raise ReleaseParseError(f"{name} is {other}; {advice}")
    kind = next((kind for magic, kind in _ARCHIVES if data.startswith(magic)), None)
    if kind is None and lowered.endswith(_ARCHIVE_SUFFIXES):
        kind = "an archive"
    if kind is not None:
        raise ReleaseParseError(
            f"{name} is {kind}; archives are not read (unpack it and load the release inside: text, HTML or PDF)"
        )


def _utf16_without_bom(sniff: bytes) -> str | None:
    """UTF-16 (little- or big-endian) when zero bytes fill the odd or the even places and almost no others."""
    pairs = len(sniff) // 2
    if pairs < 16 or b"\x00" not in sniff:
        return None
    even_zeros, odd_zeros = sniff[0 : pairs * 2 : 2].count(0), sniff[1 : pairs * 2 : 2].count(0)
    if odd_zeros >= _UTF16_ZERO_SHARE * pairs and even_zeros <= (1 - _UTF16_ZERO_SHARE) * pairs:
        return "utf-16-le"
    if even_zeros >= _UTF16_ZERO_SHARE * pairs and odd_zeros <= (1 - _UTF16_ZERO_SHARE) * pairs:
        return "utf-16-be"
    return None


def _lenient(data: bytes, codec: str, name: str) -> tuple[str, str, tuple[Diagnostic, ...]]:
    """Decode replacing what cannot be decoded, and say how much that was and where the first was."""
    text = data.decode(codec, errors="replace").removeprefix("\ufeff")
    lost = text.count("\ufffd")
    if not lost:
        return text, codec, ()
    line, column = position(text, text.index("\ufffd"))
    if codec == "utf-8" and text.endswith("\ufffd") and lost == 1:
        return text, codec, (Diagnostic(f"{name} ends in the middle of a character: the file may be truncated",
                                        span=SourceSpan(line, line), column=column),)
    label = "UTF-8 or Windows-1252" if codec == "cp1252" else codec.upper()
    warning = Diagnostic(
        f"{how_many(lost, 'byte')} of {name} could not be decoded as {label} and show as \ufffd; "
        "figures next to them may be missing",
        span=SourceSpan(line, line), column=column,
    )
    return text, codec, (warning,)


def position(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of `text[offset]`, counting lines as split_lines does."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def detect_format(data: bytes) -> SourceFormat:
    """What the bytes are: a PDF, a whole EDGAR submission, an HTML page, or plain text.

    A submission announces itself by its header; one whose header was cut off still has two or more
    `<DOCUMENT>` envelopes. HTML is recognised by its opening elements anywhere in the first 64 KB, since
    saved exhibits often open with envelope lines or a comment.
    """
    head = data[:4096].lstrip().lower()
    if head.startswith(b"%pdf") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    sniff = data[:_SNIFF_BYTES].decode("latin-1")
    if is_submission(sniff):
        return "edgar"
    if is_html(sniff.lower()):
        return "html"
    return "text"


def is_submission(text: str) -> bool:
    """Whether a text is a whole EDGAR submission: its header's tag near the top, or, the header cut off,
    two or more `<DOCUMENT>` envelopes. Asked of a file's bytes and of a PDF's text alike: a submission
    printed to PDF is still a submission (round 652)."""
    head = text[:4096].lower()
    if "<sec-document>" in head or "<sec-header>" in head or "<ims-header>" in head:
        return True
    return text[:_SNIFF_BYTES].lower().count("<document>") >= 2


# UTF-8 read as Windows-1252, as a browser may print a page that declares no charset to PDF: "â€¢" for
# "•", "â€œ" for a quotation mark, "Â" before a no-break space. Each run of such characters is mended back.
_MOJIBAKE = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       r"\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}")


# "Â" before a space or a line's end: a no-break space whose second byte the text extractor made a space.
_NO_BREAK_SPACE_HALF = re.compile(r"\u00c2(?=[ \t\u00a0\n]|$)")


def _mended(match: re.Match[str]) -> str:
    """A run of UTF-8 bytes shown as Windows-1252 characters, as the character they encode; the run as it
    stands where it is no such thing."""
    try:
        return match.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return match.group()


def _without_print_edges(text: str) -> str:
    """The text with what a browser printed at each page's top and foot blanked (vocabulary.BROWSER_PRINT_EDGE),
    pages parted by form feeds as pdftotext parts them: a page break inside a statement's column headers had
    left the address and the date between the years and the rows, and the statement unread (round 506: 60
    gold facts over three pdftotext renderings). Line counts are kept."""
    pages = text.split("\f")
    for number, page in enumerate(pages):
        lines = page.split("\n")
        filled = [index for index, line in enumerate(lines) if line.strip()]
        for index in {*filled[:_EDGE_REACH], *filled[-_EDGE_REACH:]}:
            if BROWSER_PRINT_EDGE.match(lines[index]):
                lines[index] = ""
        pages[number] = "\n".join(lines)
    return "\f".join(pages)


# How far from a page's top or foot a browser prints its lines (non-blank lines)
_EDGE_REACH = 2


def split_lines(text: str) -> tuple[str, ...]:
    """Normalise line ends, tabs and spacing characters; blank out markup lines; keep the count."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    page_tops: list[int] = []  # the lines after each page break: EDGAR's "<PAGE>", a form feed
    if "\f" in text:
        text = _without_print_edges(text)
        page_tops = _form_feed_tops(text)
        text = text.replace("\f", "\n")
    if text.startswith(_FRONT_MATTER_FENCE):
        text = _front_matter_read(text)
    text = closed_up(_space_grouping_as_commas(text))
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(" ", text)
    if "**" in text or "__" in text:
        text = _BOLD_LINE.sub(_unbolded, text)
    if not text.isascii():  # translating costs a pass per character: only where there is something to map
        if "\u00c2" in text or "\u00e2\u20ac" in text:
            text = _NO_BREAK_SPACE_HALF.sub(" ", _MOJIBAKE.sub(_mended, text))
        text = replace_all(text, _TRANSLATE)
    ligatures = not text.isascii() and _LIGATURE.search(text) is not None
    lines: list[str] = []
    raws = text.split("\n")
    # Tables laid out again from their cells (pipes, tabs), but not in a text longer than any release is
    # read: it is refused at MAX_LINES as soon as it is split, and laying it out first would be wasted.
    if len(raws) <= MAX_LINES + 1:
        cell_rows: set[int] = set()
        if "|" in text:
            raws, cell_rows = pipe_rows_as_tabs(raws)
        if "\t" in text or "|" in text:
            raws = relaid_copies(raws, cell_rows)
    for raw in raws:
        line = raw.expandtabs(8).rstrip() if "\t" in raw else raw.rstrip()
        if ligatures and _LIGATURE.search(line):
            line = _without_ligatures(line)
        if "<" in line:
            if _PAGE_TAG.match(line):
                page_tops.append(len(lines) + 1)
            line = "" if _SGML_LINE.match(line) else _SGML_TAG.sub(lambda m: " " * len(m.group()), line).rstrip()
        lines.append(line)
    if "^" in text:
        _marks_wrapped_under_carets(lines)
    if page_tops:
        blank_page_furniture(lines, page_tops)
    return tuple(_without_running_heads(lines, page_tops)) if len(page_tops) >= _RUNNING_PAGES else tuple(lines)


# w3m's caret for a raised mark left alone after a figure ("0.32^"), the mark itself wrapped to the line under it
_BARE_CARET = re.compile(r"(?<=[\d)])\^(?=\s|$)")
_MARK_ALONE = re.compile(r"(?<=\s\s)\(\w{1,2}\)(?=\s|$)")
# How far left of its caret a wrapped mark may start (w3m sets it in the figure's cell, at most its width).
_MARK_REACH = 8


def _marks_wrapped_under_carets(lines: list[str]) -> None:
    """Blank the footnote marks w3m wrapped under the caret they belong to ("$ 0.32^" over "— basic   (2)", the
    mark in the figure's column): left in, "(2)" was a figure of -2 on the label's second line, and the basic
    EPS it ended was held back (round 570). Line counts and places are kept."""
    for index in range(len(lines) - 1):
        if "^" not in lines[index]:
            continue
        for caret in _BARE_CARET.finditer(lines[index]):
            below = lines[index + 1]
            for mark in _MARK_ALONE.finditer(below):
                if caret.start() - _MARK_REACH <= mark.start() <= caret.start():
                    lines[index + 1] = below[: mark.start()] + " " * (mark.end() - mark.start()) + below[mark.end():]


_PAGE_TAG = re.compile(r"^\s*<PAGE>\s*$", re.IGNORECASE)
# A running head is printed on this many page tops at least.
_RUNNING_PAGES = 2
_PAGE_TOP_REACH = 3
_PHRASES_APART = re.compile(r"\S\s{3,}\S")


def _form_feed_tops(text: str) -> list[int]:
    """The line each form feed's page opens on, once the feeds are new lines (pdftotext parts its pages so)."""
    tops: list[int] = []
    line = 0
    for page in text.split("\f")[:-1]:
        line += page.count("\n") + 1
        tops.append(line)
    return tops


def _without_running_heads(lines: list[str], page_tops: list[int]) -> list[str]:
    """The lines with a running head blanked: the first line of most pages after an EDGAR "<PAGE>" or a form
    feed (pdftotext's page break), the same but for its numbers, set as two phrases apart ("HARROW RIDGE
    ENERGY, INC.      Third Quarter 2003 Earnings Release"). Left in, it was read as a continued page's
    title, whose words ("Third Quarter 2003") headed a column: a balance sheet's liabilities printed under
    the other date (round 279); after a form feed, a balance sheet's second page lost its prior year's
    column to the head's two "Second Quarter 2001" headers (round 546). Line counts are kept."""
    firsts: dict[str, set[int]] = {}
    pages: set[int] = set()  # a page's first line, once where a form feed and a "<PAGE>" both part it
    for top in page_tops:
        at = next((i for i in range(top, min(top + _PAGE_TOP_REACH, len(lines))) if lines[i].strip()), None)
        if at is None:
            continue
        pages.add(at)
        if _PHRASES_APART.search(lines[at].strip()):
            firsts.setdefault(running_key(lines[at]), set()).add(at)
    for found in firsts.values():
        if len(found) >= _RUNNING_PAGES and len(found) * 2 > len(pages):
            for at in found:
                lines[at] = ""
    return lines


# Thousands grouped by a space ("84 512", "1 250 000", as some Canadian and European filers print them) in a
# text that groups none by a comma: such a text's figures, read by the commas' rule, fall apart into two
# cells ("84" and "512"). Ten of them at least, so that no stray pair of numbers makes a text one.
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
# Each stands as a cell: after a column gap, a "$" or "(", and before a gap, a ")" or the line's end (a run of
# numbers one space apart, "100 101 102", is no figure).
# ... or after a currency's letters ("EUR 189 988", "R 2 418 905")
# ... or before them ("464 282 TRY"); a minus sign before it is its own ("-87 294").
_SPACE_GROUPED = re.compile(r"(?:(?<=  )|(?<=\$)|(?<=\$ )|(?<=\()|(?<=\b[A-Z]{3} )|(?<=\bR ))"
                            r"[-\u2212\u2013]?\d{1,3}(?: \d{3}){1,4}"
                            r"(?=  |\)|$| [A-Z][A-Za-z$]{1,3}(?:  |$))", re.MULTILINE)
_SPACE_GROUPED_ENOUGH = 10
# Thousands grouped by an apostrophe, as Swiss filers print them ("9'118", "1'204'905"). The separator is
# matched first and the digit before it looked behind for after: a pattern opening on a look-behind is tried
# at every position of the text, one opening on a class is scanned for in C (issue 12); the matches are the same.
_APOSTROPHE_GROUPED = re.compile(r"['\u2019](?<=\d['\u2019])(?=\d{3}(?!\d))")
# ... or by a no-break or thin space ("118\u00a0412"), which no text sets between two columns' figures.
_HARD_SPACE_GROUPED = re.compile(r"[\u00a0\u202f\u2009](?<=\d[\u00a0\u202f\u2009])(?=\d{3}(?!\d))")
_GROUPING_SNIFF = 256 * 1024


# A figure printed with a decimal comma, its thousands grouped by a space ("1 812,4", as Nordic and French filers
# print them): read by the commas' rule it falls apart into "1" and "812,4".
_DECIMAL_SPACE_GROUPED = re.compile(r"\d \d{3},\d{1,2}(?![\d,])")
# A row's cells as a table of decimal commas prints them: each after a gap of two spaces or more, a sign or
# parenthesis before it; the thousands grouped by spaces or full stops (group 1) or not at all.
_DECIMAL_CELL = re.compile(r"[-\u2212\u2013(]?\d{1,3}((?:[ .]\d{3}){0,4}),\d{1,2}\)?")
# ... or a dash printed for nothing in its column ("-1 050,0      -"), which holds the column's place.
_NIL_CELL = re.compile(r"[-\u2212\u2013\u2014]")
# What a line prints between its column gaps (two spaces or more).
_CELL_PIECE = re.compile(r"\S+(?: \S+)*")


def _decimal_figures_joined(text: str) -> str:
    """The text with each space-grouped figure of a decimal comma ("1 812,4") written with a full stop for its
    space ("1.812,4", the same width, which `tables.numbers` reads as continental grouping), where the row it
    stands in then prints as many figures as the rows of its block that print no such figure: the table's
    column count decides, for "1" and "812,4" may be two narrow columns' cells. Read apart, the split-off
    "1" had taken a column of its own and revenue, its cost and their sum had each lost their thousands, the
    checks passing on the wrong figures (round 729). A row the count does not confirm is left as printed."""
    lines = text.split("\n")
    block: list[int] = []
    for at in range(len(lines) + 1):
        if at < len(lines) and lines[at].strip():
            block.append(at)
            continue
        if block and any(_DECIMAL_SPACE_GROUPED.search(lines[row]) for row in block):
            _join_in_block(lines, block)
        block = []
    return "\n".join(lines)


def _join_in_block(lines: list[str], block: list[int]) -> None:
    """`_decimal_figures_joined` for one block of lines (no blank line between them), in place. A row printing
    fewer figures than the count ("1 212,4" under a quarter, its half-year cells blank) is joined where every
    figure, joined, ends where a column of the counted rows ends and no split-off piece does: read apart, its
    "1" would stand in no column of the table (and its stray cells had cost the whole statement its headers)."""
    counts: dict[int, int] = {}
    counted_rows: dict[int, list[list[re.Match[str]]]] = {}
    joinable: list[tuple[int, list[re.Match[str]]]] = []
    for row in block:
        cells = _decimal_cells(lines[row])
        if not cells:
            continue
        if any(" " in cell.group() for cell in cells):
            joinable.append((row, cells))
        else:
            counts[len(cells)] = counts.get(len(cells), 0) + 1
            counted_rows.setdefault(len(cells), []).append(cells)
    if not counts:
        return
    width = max(counts, key=lambda count: (counts[count], count))
    ends = {cell.end() for cells in counted_rows[width] for cell in cells}
    for row, cells in joinable:
        if len(cells) == width or (len(cells) < width and _in_the_columns(cells, ends)):
            lines[row] = _with_stops(lines[row], cells)


def _in_the_columns(cells: list[re.Match[str]], ends: set[int]) -> bool:
    """Whether each cell ends where a column ends and no piece of a space-grouped cell does (a piece ends where
    a space inside the cell stands)."""
    return all(cell.end() in ends and not any(cell.start() + at in ends
                                              for at, char in enumerate(cell.group()) if char == " ")
               for cell in cells)


def _with_stops(line: str, cells: list[re.Match[str]]) -> str:
    """The line with a full stop for each space inside the cells (same width)."""
    parts = [line[: cells[0].start()]]
    for cell, after in zip(cells, [*cells[1:], None], strict=True):
        parts.append(cell.group().replace(" ", "."))
        parts.append(line[cell.end() : after.start() if after is not None else len(line)])
    return "".join(parts)


def _decimal_cells(line: str) -> list[re.Match[str]]:
    """The figures ending a line, each a figure with a decimal comma (its spaces between thousands kept) or a
    dash for nothing, standing after a column gap; none where the line ends on anything else."""
    pieces = list(_CELL_PIECE.finditer(line))
    run: list[re.Match[str]] = []
    for piece in reversed(pieces[1:]):
        if _DECIMAL_CELL.fullmatch(piece.group()) is None and _NIL_CELL.fullmatch(piece.group()) is None:
            break
        run.append(piece)
    return run[::-1]


def _space_grouping_as_commas(text: str) -> str:
    """Apostrophe-grouped thousands written with commas where enough say so; space-grouped ones, each the same
    width, where the text groups none by a comma.
    Told from the text's first `_GROUPING_SNIFF` characters, where a release's first statement stands: the
    search costs no more for a 20 MB upload than for a release."""
    if not text.isascii() and _HARD_SPACE_GROUPED.search(text) is not None:
        text = _HARD_SPACE_GROUPED.sub(",", text)
    window = text[:_GROUPING_SNIFF]
    if ("'" in window or "\u2019" in window) and sum(
            1 for _ in itertools.islice(_APOSTROPHE_GROUPED.finditer(window), _SPACE_GROUPED_ENOUGH)
    ) >= _SPACE_GROUPED_ENOUGH:
        text = _APOSTROPHE_GROUPED.sub(",", text)
        window = text[:_GROUPING_SNIFF]
    if _COMMA_GROUPED.search(window) is not None:
        return text
    if _DECIMAL_SPACE_GROUPED.search(window) is not None:
        text = _decimal_figures_joined(text)
        window = text[:_GROUPING_SNIFF]
    found = itertools.islice(_SPACE_GROUPED.finditer(window), _SPACE_GROUPED_ENOUGH)
    if sum(1 for _ in found) < _SPACE_GROUPED_ENOUGH:
        return text
    return _SPACE_GROUPED.sub(lambda match: match.group().replace(" ", ","), text)


# Markdown's escape before a sign ("\\$ 1,105,570", "23.8 \\%", pandoc's output): the sign is meant. The backslash
# becomes a space, so that the sign keeps its column.
_MARKDOWN_ESCAPE = re.compile(r"\\(?=[$%*_()\[\]#+.!|-])")
# A whole line in markdown's bold ("**For the Thirteen and Thirty-Nine Weeks Ended October 30, 1999 and October
# 31, 1998**"), as a scrape sets every title: the words alone, padded to the line's width. Read with its marks,
# the line of the periods was no line of periods, and its dates were taken for the columns' (round 467: each
# year to date printed under the quarter's year).
_BOLD_LINE = re.compile(r"^([ \t]*)(\*\*|__)(?=[^\s*_])([^\n]*?[^\s*_])\2[ \t]*$", re.MULTILINE)


def _unbolded(found: re.Match[str]) -> str:
    """The bold line's words; a line of bold runs side by side ("**Condensed Consolidated** **Statements**
    **of** **Cash** **Flows**", a scrape's bold word by word) is one bold line: the marks closing one run and
    opening the next are no words either (round 708: a statement's title had kept them)."""
    words = _BOLD_RUNS_MET.sub(r"\1", found.group(3))
    return f"{found.group(1)}{words}"


# One bold run closed and the next opened across the spaces between them, inside a line bold from end to end.
_BOLD_RUNS_MET = re.compile(r"(?:\*\*|__)(\s+)(?:\*\*|__)(?=\S)")


# A markdown file's YAML front matter, as a static site's copy of a newswire page opens: "---" / 'title:
# "... Reports Fourth Quarter ... Results"' / 'date: "2025-02-13 19:31:00"' / 'summary: "..."' / ... / "---".
# It is the page's metadata, never the release's prose: its title is the headline, its summary a cut copy of
# the lead, its keys ("title:", "tags:") no words of it (round 708: five releases' headlines had kept 'title:
# "').
_FRONT_MATTER_FENCE = "---\n"
_FRONT_MATTER_LINES = 200  # how far down its closing fence may stand
_FRONT_MATTER_ENTRY = re.compile(r"^(?:[A-Za-z_][\w\-]*:(?:\s.*)?|\s+.*|)$")
_FRONT_MATTER_TITLE = re.compile(r"^title:\s*(?P<quote>[\"']?)(?P<title>.*?)(?P=quote)\s*$")


def _front_matter_read(text: str) -> str:
    """The text with a YAML front matter block at its top blanked, its title left in its line's place as the
    words alone (no key, no quotes); the text as it stands where its opening "---" closes no block of "key:
    value" entries (a rule, a table's edge). Line counts are kept."""
    lines = text.split("\n", _FRONT_MATTER_LINES + 1)
    close = next((index for index, line in enumerate(lines[1:_FRONT_MATTER_LINES + 1], 1)
                  if line.rstrip() == "---"), None)
    if close is None or close < 2 or not all(_FRONT_MATTER_ENTRY.match(line) for line in lines[1:close]):
        return text
    kept = [(title.group("title").strip() if (title := _FRONT_MATTER_TITLE.match(line)) else "")
            for line in lines[: close + 1]]
    return "\n".join([*kept, *lines[close + 1 :]])

# Typographic ligatures, as text taken from a PDF keeps them: "Net cash used in \ufb01nancing" names no
# financing line to a reader matching "financing".
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_SPACES_AFTER = re.compile(r" {3,}")


def _without_ligatures(line: str) -> str:
    """The letters a ligature joins, spelled out; the gap after it gives back the width they add, so that
    figures further along the line stay in their columns."""
    while (found := _LIGATURE.search(line)) is not None:
        letters = _LIGATURES[found.group()]
        line = line[: found.start()] + letters + line[found.end() :]
        gap = _SPACES_AFTER.search(line, found.start() + len(letters))
        if gap is not None:
            take = min(len(letters) - 1, len(gap.group()) - 2)  # a gap stays two spaces wide
            line = line[: gap.start()] + line[gap.start() + take :]
    return line


def read_text(data: bytes, name: str) -> Document:
    text, encoding, warnings = decode_with_warnings(data, name)
    lines = split_lines(text)
    return Document(name=name, format="text", lines=lines, encoding=encoding, warnings=_placed_in(lines, warnings))


def _placed_in(lines: tuple[str, ...], warnings: tuple[Diagnostic, ...]) -> tuple[Diagnostic, ...]:
    """The decoding warnings' columns counted in the lines as split, which keep the lines' count but not their
    characters (Windows-1252 mojibake mended, tabs expanded, spaces closed up): the first U+FFFD of the line,
    else none (a fuzzed lynx text's column had pointed past its line's end)."""
    placed = []
    for warning in warnings:
        if warning.span is not None and warning.column is not None and warning.span.first <= len(lines):
            at = lines[warning.span.first - 1].find("\ufffd")
            warning = dataclasses.replace(warning, column=at + 1 if at >= 0 else None)
        placed.append(warning)
    return tuple(placed)


def read_html(data: bytes, name: str) -> Document:
    """An HTML exhibit rendered to fixed-width text (core.readers.html); spans point into the rendering."""
    text, encoding, warnings = decode_with_warnings(data, name)
    body, _, _ = strip_envelope(text)
    return html_document(body, name, encoding, warnings)


def html_document(html: str, name: str, encoding: str, warnings: tuple[Diagnostic, ...],
                  form: SourceFormat = "html", *, require_tables: bool = True) -> Document:
    """Decoded HTML (a lone exhibit, or one inside an EDGAR submission) as the Document the reader reads,
    with what decoding and rendering lost among its warnings. A submission's narrative-only exhibit may
    lend its text to the tables of another, so there a table of figures is not required."""
    rendering = render_html(html)
    # A place in the markup is no place in the rendered lines the spans point into: HTML warnings name none.
    warnings = tuple(dataclasses.replace(warning, span=None, column=None) for warning in warnings)
    if rendering.too_deep:
        warnings = (
            *warnings,
            Diagnostic(f"{name} nests its elements more than {MAX_HTML_DEPTH} levels deep; what lies deeper was not "
                       "read"),
        )
    if require_tables and not rendering.data_tables and rendering.pre_blocks == 0:
        if rendering.too_deep:  # the tables may lie deeper: no word that it is no release
            raise ReleaseParseError(f"no financial statement found in {name}: the HTML holds no table of figures "
                                    f"within {MAX_HTML_DEPTH} levels of nesting")
        raise ReleaseParseError(no_statement(name, "the HTML holds no table of figures"))
    lines = split_lines("\n".join(rendering.lines))
    return Document(name=name, format=form, lines=lines, encoding=encoding, warnings=warnings)

