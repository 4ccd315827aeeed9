"""HTML exhibits rendered as fixed-width text, so the one text-table reader reads every format.

Why render instead of reading the cell grid directly: the text pipeline already knows how releases say
things (titles, unit notes, header phrases over columns, wrapped labels, sections, totals under rules);
rendering each `<table>` as aligned columns lets it apply all of that unchanged, and the rendering is what
the Data page shows, so every source span still points at a line a person can read. We control the
rendering, so it is made ideal for that reader:

- spanning header cells are centred over the columns they span; numbers are right-aligned at the end of
  theirs; columns are separated by at least three spaces, which no label contains;
- a cell holding only "$", "(", ")" or "%" joins the number beside it (EDGAR filers print
  `$ | 1,234 | )` in three cells), and grid columns left empty by that (spacers) are dropped;
- label indentation (padding, margin, text-indent, leading no-break spaces) becomes leading spaces, so
  sections close where the layout says;
- a border under or over a number cell becomes a rule line (`---` single, `===` double), which is how
  text releases mark totals;
- every table row is one line (header cells with line breaks stack, bottom-aligned, as they print);
- paragraphs become wrapped text lines, one blank line between blocks; `<pre>` (old exhibits whose tables
  are plain text) is copied verbatim; scripts, styles, `<head>`, iXBRL headers and hidden content vanish.

The parser is lxml's (libxml2's HTML parser): it is fast (a 2 MB Workiva exhibit parses in tens of
milliseconds), forgiving of the tag soup old filers wrote (unclosed `<p>`, `<font>` around cells) in the
same way browsers are, and well kept. HTML is never taken apart with regular expressions here; the only
patterns below read CSS declarations and repair mis-decoded characters in text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import lxml.etree

from core.characters import replace_all
from core.limits import (
    MAX_HTML_CELLS,
    MAX_HTML_ELEMENTS,
    MAX_HTML_GRID,
    allowance,
    check_rendered_lines,
    refusal,
    spend,
)
from core.lines import CONNECTOR_END
from core.numbers import parse_number
from core.periods import DATE, DURATION
from core.vocabulary import YEAR_RE
from core.work import count_work

# Narrative paragraphs are wrapped at this width: wide enough that a sentence rarely breaks mid-figure,
# narrow enough to read on the Data page.
PARAGRAPH_WIDTH = 110
# The text reader takes a line without column gaps as prose only from this length on; a shorter last line
# of a paragraph ("a.m. (ET) on Thursday, April 30, 2020.") could pass for a table's header, so it joins
# the line before it.
PROSE_LINE = 60
# Columns of a rendered table are at least this far apart: the text reader splits columns at runs of two
# or more spaces and header phrases at two; three leaves no doubt.
COLUMN_GAP = 3
# Points of CSS indentation per leading space of a rendered label (10pt type is about 6pt per character).
POINTS_PER_SPACE = 6.0
# Labels longer than this wrap onto several lines, values on the last, as text releases print them: a
# label-only line of 60 characters or more would read as prose and end the table.
LABEL_WIDTH = 52
# An indentation deeper than this many spaces is layout (a centred block), not a label level.
MAX_INDENT = 24

_SKIPPED = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "object", "embed", "iframe", "svg", "map",
     "ix:header", "xml", "button", "select", "option", "textarea"}
)
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "address", "li", "ul", "ol", "dl", "dt", "dd", "center",
     "blockquote", "section", "article", "header", "footer", "form", "tr", "caption", "hr", "body", "html",
     "main", "nav", "aside", "figure", "figcaption", "fieldset", "legend", "table", "td", "th"}
)
_PREFIXES = frozenset({"$", "(", "$(", "($", "€", "£", "US$"})
# What follows a number in a cell of its own: a closing parenthesis, a percent sign, a footnote letter.
_SUFFIX = re.compile(r"^(?:\)|%|\)%|%\))?(?:\([a-z]\)|\*{1,3})?$", re.IGNORECASE)
# "(1)" opening a row is a footnote's number, not a value of -1.
_FOOTNOTE_MARK = re.compile(r"^\(\d{1,2}\)$|^\d{1,2}\.?$")
_YEAR = re.compile(rf"^{YEAR_RE}$")
_RULE_CELL = re.compile(r"^[_\-=\u2014\u2013\s]{2,}$")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_CSS_LENGTH = re.compile(r"(-?\d*\.?\d+)\s*(pt|px|em|rem|in|cm|mm|pc|ch|%)?", re.IGNORECASE)
# UTF-8 bytes that were decoded as Latin-1 or Windows-1252 somewhere upstream (a BeautifulSoup dump writes
# "•" as "&#226;&#128;&#162;", which an HTML parser reads as "â€¢"): a lead byte and its continuation
# bytes, as the characters those bytes are in either code page.
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)} | {
    bytes([b]).decode("cp1252"): b for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_CONTINUATION = "".join(re.escape(ch) for ch, b in _BYTE_OF.items() if 0x80 <= b < 0xC0)
_MOJIBAKE = re.compile(
    rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)
# Windows-1252 characters written as numeric references to their byte ("&#151;" for an em dash) land in
# the C1 control range; map them to what the filer typed.
_LEAD_BYTE = re.compile("[\u00c2-\u00f4]")
_C1: dict[str, str] = {chr(code): bytes([code]).decode("cp1252", errors="replace") for code in range(0x80, 0xA0)}
_TRANSLATE = str.maketrans({**_C1, "\u200b": "", "\u00ad": "", "\ufeff": ""})


# Elements that only HTML has; EDGAR's text documents use bare SGML <TABLE>, <S>, <C> and <PAGE> instead.
_HTML_START = re.compile(r"<(?:html|body|div|p|font|center|br|td|tr|span)[\s>/]", re.IGNORECASE)
# HTML is recognised in the first 64 KB: saved exhibits open with envelope lines, comments or a long head.
_SNIFF_CHARS = 65536


def is_html(text: str) -> bool:
    """Whether a document is HTML (as opposed to plain text that may carry EDGAR's SGML table tags)."""
    return _HTML_START.search(text[:_SNIFF_CHARS]) is not None


@dataclass(frozen=True, slots=True)
class Rendering:
    """The rendered lines, and how many tables held figures (none: nothing for the table reader)."""

    lines: tuple[str, ...]
    data_tables: int
    pre_blocks: int
    too_deep: bool = False  # the markup nests deeper than libxml2 builds a tree (core.limits.MAX_HTML_DEPTH)


def render_html(html: str) -> Rendering:
    """The document as text lines: paragraphs wrapped, tables as aligned columns."""
    with allowance():
        return _render_html(html)


def _render_html(html: str) -> Rendering:
    # Start tags, counted in C before libxml2 builds a tree of them (about 200 bytes an element): 24 MB of
    # nested tables would take 470 MB to parse only to be refused. Stray "<" in text count too, so this
    # only errs towards refusing documents with that many of them, which no release has.
    tags = html.count("<") - html.count("</") - html.count("<!")
    if tags > MAX_HTML_ELEMENTS:
        raise refusal(f"about {tags:,} HTML elements", f"documents of more than {MAX_HTML_ELEMENTS:,}",
                      "MAX_HTML_ELEMENTS")
    document, too_deep = _parse(html)
    elements = sum(1 for _ in document.iter())  # in C: a few milliseconds for the largest real exhibit
    count_work("html elements", elements)
    elements = spend("MAX_HTML_ELEMENTS", elements)  # with those of the submission's exhibits before it
    if elements > MAX_HTML_ELEMENTS:
        raise refusal(f"{elements:,} HTML elements", f"documents of more than {MAX_HTML_ELEMENTS:,}",
                      "MAX_HTML_ELEMENTS")
    cells = spend("MAX_HTML_CELLS", sum(1 for _ in document.iter("td", "th")))
    if cells > MAX_HTML_CELLS:
        raise refusal(f"{cells:,} table cells", f"documents of more than {MAX_HTML_CELLS:,}", "MAX_HTML_CELLS")
    renderer = _Renderer()
    renderer.walk(document)
    renderer.flush()
    lines = renderer.lines
    while lines and not lines[-1]:
        lines.pop()
    return Rendering(tuple(lines), renderer.data_tables, renderer.pre_blocks, too_deep)


def _parser() -> lxml.etree.HTMLParser:
    """A parser per document: its error log then belongs to this parse alone, even when sessions parse in
    threads at once. `huge_tree` stays off, so libxml2 stops at 256 levels of nesting, which also bounds
    the recursion of the walk below; no_network: a document never makes the parser fetch anything."""
    return lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)


def _parse(html: str) -> tuple[lxml.etree._Element, bool]:
    """The element tree (libxml2's HTML parser lower-cases tag names, as HTML has no case), and whether
    the markup nested too deep for all of it to be read."""
    parser = _parser()
    root = lxml.etree.fromstring(html.encode("utf-8", errors="replace") or b"<html></html>", parser=parser)
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    if root is None:
        root = lxml.etree.fromstring(b"<html></html>", parser=parser)
    return root, too_deep


def clean_text(text: str) -> str:
    """Repair mis-decoded characters: UTF-8 read as Latin-1, and Windows-1252 byte references."""
    if text.isascii():
        return text  # nothing mis-decoded and nothing to map: most text nodes
    if _LEAD_BYTE.search(text):
        text = _MOJIBAKE.sub(_unmojibake, text)
    return replace_all(text, _TRANSLATE)


def _unmojibake(match: re.Match[str]) -> str:
    try:
        return bytes(_BYTE_OF[ch] for ch in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def _tag(element: lxml.etree._Element) -> str | None:
    tag = element.tag
    return tag if isinstance(tag, str) else None


def _style(element: lxml.etree._Element) -> dict[str, str]:
    return _declarations(element.get("style") or "")


@functools.lru_cache(maxsize=4096)
def _declarations(style: str) -> dict[str, str]:
    """CSS declarations of a style attribute, later ones winning as in a browser (cached: generated
    exhibits repeat a handful of styles thousands of times; callers must not change the result)."""
    declarations: dict[str, str] = {}
    for part in style.split(";"):
        name, colon, value = part.partition(":")
        if colon:
            declarations[name.strip().lower()] = value.strip().lower()
    return declarations


def _hidden(element: lxml.etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if not style or ("none" not in style and "hidden" not in style):
        return False
    declarations = _style(element)
    return declarations.get("display") == "none" or declarations.get("visibility") == "hidden"


@functools.lru_cache(maxsize=1024)
def _points(value: str) -> float:
    """A CSS length in points (percentages and unknown units count as nothing)."""
    match = _CSS_LENGTH.match(value.strip())
    if not match:
        return 0.0
    number = float(match.group(1))
    unit = (match.group(2) or "px").lower()
    factor = {"pt": 1.0, "px": 0.75, "em": 10.0, "rem": 10.0, "in": 72.0, "cm": 28.35, "mm": 2.835, "pc": 12.0,
              "ch": 6.0}.get(unit, 0.0)
    return number * factor


def _left_offset(declarations: dict[str, str]) -> float:
    """Where the first line of a block starts, in points: margin + padding + text-indent."""
    total = 0.0
    for box in ("margin", "padding"):
        if f"{box}-left" in declarations:
            total += _points(declarations[f"{box}-left"])
        elif box in declarations:
            parts = declarations[box].split()
            # CSS shorthand: 1 value all sides, 2 vertical/horizontal, 3 top/horizontal/bottom, 4 clockwise.
            left = {1: 0, 2: 1, 3: 1, 4: 3}.get(len(parts))
            if left is not None:
                total += _points(parts[left])
    if "text-indent" in declarations:
        total += _points(declarations["text-indent"])
    return total


# ---------------------------------------------------------------------------------------------- cells


@dataclass(slots=True)
class _Cell:
    """One table cell placed on the grid: its lines of text and how to draw it."""

    row: int
    col: int
    span: int
    lines: list[str]
    indent: int = 0
    border_top: str = ""
    border_bottom: str = ""
    numeric: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def last(self) -> int:
        return self.col + self.span - 1


# Superscripts are bracketed by these (never in a filing's text) until the cell is known to be a figure.
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
_MARKS = re.compile("\x02[^\x03]*\x03")


def _cell_lines(cell: lxml.etree._Element) -> tuple[list[str], int]:
    """A cell's text as lines (split at <br> and block elements) and its leading no-break spaces."""
    lines: list[str] = []
    buffer: list[str] = []
    if cell.text:
        buffer.append(cell.text)
    for child in cell:
        _visit_in_cell(child, lines, buffer)
    if buffer:
        lines.append("".join(buffer))
    if any(_MARK_OPEN in line for line in lines):
        # A superscript after a figure ("125,400<sup>1</sup>", "2019<sup>1</sup>", "(0.11)<sup>(1)</sup>") is
        # a footnote mark, dropped: glued on, it would change the number. After words it stays as printed.
        bare = [_MARKS.sub("", line) for line in lines]
        lines = bare if _is_numeric(" ".join(bare)) else [line.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
                                                          for line in lines]
    result: list[str] = []
    lead = 0
    for raw in lines:
        text = clean_text(raw)
        if not result:
            stripped = text.lstrip(" \t\r\n")
            lead = len(stripped) - len(stripped.lstrip("\u00a0\u2002\u2003\u2007 "))
        collapsed = " ".join(text.split())  # every run of spaces, no-break and en/em spaces included, as one
        if collapsed:
            result.append(collapsed)
    return result, lead


def _visit_in_cell(element: lxml.etree._Element, lines: list[str], buffer: list[str]) -> None:
    """An element of a cell into `buffer` (its text, its children's, its tail); <br> and block elements
    end the line so far, which goes to `lines`. A module function, not a closure made for every cell."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _SKIPPED or _hidden(element):  # a comment, a script, hidden
        if element.tail:
            buffer.append(element.tail)
        return
    if tag == "sup":
        buffer.append(f"{_MARK_OPEN}{''.join(element.itertext())}{_MARK_CLOSE}")
        if element.tail:
            buffer.append(element.tail)
        return
    block = tag in _BLOCKS
    if (tag == "br" or block) and buffer:
        lines.append("".join(buffer))
        buffer.clear()
    if element.text:
        buffer.append(element.text)
    for child in element:
        _visit_in_cell(child, lines, buffer)
    if block and buffer:
        lines.append("".join(buffer))
        buffer.clear()
    if element.tail:
        buffer.append(element.tail)


def _border(declarations: dict[str, str], side: str) -> str:
    """"-" for a single border on `side`, "=" for a double one, "" for none."""
    keys = _BORDER_KEYS[side]
    value = declarations.get("border", "")
    if keys[0] in declarations:
        value = declarations[keys[0]]
    if keys[1] in declarations:
        value = f"{value} {declarations[keys[1]]}"
    if not value:
        return ""  # most cells: nothing to read
    return _border_value(value, declarations.get(keys[2], ""))


# The declarations that can draw a cell's top or bottom border: the side's shorthand, style and width.
_BORDER_KEYS = {side: (f"border-{side}", f"border-{side}-style", f"border-{side}-width") for side in ("top", "bottom")}


@functools.lru_cache(maxsize=1024)
def _border_value(value: str, width: str) -> str:
    words = value.split()
    if "none" in words or "hidden" in words:
        return ""
    if width and _points(width) <= 0:
        return ""
    widths = [w for w in words if _CSS_LENGTH.fullmatch(w)]
    if widths and all(_points(w) <= 0 for w in widths):
        return ""
    if "double" in value:
        return "="
    if any(style in value for style in ("solid", "dotted", "dashed", "groove", "ridge", "inset", "outset")):
        return "-"
    return ""


def _first_block_style(cell: lxml.etree._Element) -> str | None:
    """The style attribute of the paragraph a cell's text sits in (Word and Workiva indent the <p>, not the
    <td>): "" for a paragraph without one, None for a cell without a paragraph."""
    for child in cell.iter():
        if child is cell:
            continue
        if _tag(child) in ("p", "div") and (child.text or len(child)):
            return child.get("style") or ""
    return None


@functools.lru_cache(maxsize=4096)
def _style_offset(style: str) -> float:
    """`_left_offset` of a style attribute (cached like `_declarations`: a generated exhibit sets a few
    paragraph and cell styles on thousands of cells)."""
    return _left_offset(_declarations(style))


def _is_numeric(text: str) -> bool:
    compact = text.replace(" ", "")
    return bool(compact) and parse_number(compact) is not None


def _spend_grid(slots: int) -> None:
    """Grid slots, spent as grids are built: a cell's spans are clamped at 200 each, so one
    `<td rowspan=200 colspan=200>` asks for 40,000 slots; two hundred of them in 8 KB of markup once took
    21 s and a gigabyte. The tally is the parse's (core.limits.allowance), so many small tables add up."""
    if spend("MAX_HTML_GRID", slots) > MAX_HTML_GRID:
        raise refusal(f"tables of more than {MAX_HTML_GRID:,} grid cells (rows x columns, spans included)",
                      "documents with more", "MAX_HTML_GRID")


def _grid(table: lxml.etree._Element) -> tuple[list[list[_Cell]], int]:
    """The table's cells on a grid (colspan and rowspan honoured), row by row, and the column count."""
    rows: list[list[_Cell]] = []
    taken: set[tuple[int, int]] = set()
    width = 0
    for r, row in enumerate(_rows_of(table)):
        cells: list[_Cell] = []
        col = 0
        for element in row:
            tag = element.tag
            if tag != "td" and tag != "th":
                continue
            while taken and (r, col) in taken:
                col += 1
            colspan, rowspan = element.get("colspan"), element.get("rowspan")
            span = _span(colspan) if colspan else 1
            down = _span(rowspan) if rowspan else 1
            if span * down > 1:
                _spend_grid(span * down)
            for extra in range(1, down):
                for c in range(col, col + span):
                    taken.add((r + extra, c))
            # Most cells of a generated exhibit are empty spacers: tell them apart before reading their lines.
            lines, lead = ([], 0) if _blank(element) or _hidden(element) else _cell_lines(element)
            own_style = element.get("style") or ""
            if not lines and "border" not in own_style:
                col += span  # an empty spacer without borders: nothing to draw, only its place on the grid
                continue
            own = _declarations(own_style)
            if lines:
                inner_style = _first_block_style(element)
                # A cell without a paragraph has no paragraph style: a fresh empty one, never `own`.
                inner = {} if inner_style is None else _declarations(inner_style)
                points = _style_offset(own_style) + (0.0 if inner_style is None else _style_offset(inner_style))
                indent = min(MAX_INDENT, max(0, round(points / POINTS_PER_SPACE)) + lead)
            else:
                inner, indent = own, 0  # an empty cell: only its own borders matter
            bordered = "border" in own_style or inner is not own
            cell = _Cell(
                row=r,
                col=col,
                span=span,
                lines=lines,
                indent=indent,
                border_top=(_border(own, "top") or _border(inner, "top")) if bordered else "",
                border_bottom=(_border(own, "bottom") or _border(inner, "bottom")) if bordered else "",
            )
            cells.append(cell)
            col += span
        width = max(width, col)
        rows.append(cells)
    _spend_grid(len(rows) * width)  # what laying out and drawing the grid walks
    count_work("html grid slots", len(rows) * width)
    return rows, width


_BLANKS = " \t\r\n\u00a0"


def _blank(cell: lxml.etree._Element) -> bool:
    """No text in the cell but spaces: what `"".join(cell.itertext()).strip(_BLANKS)` says, without joining
    the text of the subtree; a cell with text stops at its first word."""
    if cell.text and cell.text.strip(_BLANKS):
        return False
    for node in cell.iterdescendants():
        if (node.text and node.text.strip(_BLANKS)) or (node.tail and node.tail.strip(_BLANKS)):
            return False
    return True


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip()), 200))
    except ValueError:
        return 1


def _rows_of(table: lxml.etree._Element) -> Iterator[lxml.etree._Element]:
    """The table's own rows, in order, through thead/tbody/tfoot but not into nested tables."""
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            yield child
        elif tag in ("thead", "tbody", "tfoot"):
            for row in child:
                if _tag(row) == "tr":
                    yield row


def _merge_decorations(cells: list[_Cell]) -> None:
    """Join "$", "(" to the number after them and ")", "%" to the number before them, in place."""
    for index, cell in enumerate(cells):
        text = cell.text.replace(" ", "")
        # A closer joins only the cell right beside it: a "*" a column further on is that column's value.
        if text and _SUFFIX.match(text) and index > 0:
            before = cells[index - 1]
            if before.lines and before.last + 1 == cell.col and _is_numeric(before.text):
                before.lines = [before.text.replace(" ", "") + text]
                cell.lines = []
    filled = [c for c in cells if c.lines]
    for index, cell in enumerate(filled):
        text = cell.text.replace(" ", "")
        if text in _PREFIXES and index + 1 < len(filled):
            after = filled[index + 1]
            if _is_numeric(text + after.text.replace(" ", "")) or _is_numeric(after.text):
                after.lines = [text + after.text.replace(" ", "")]
                cell.lines = []
    for index, cell in enumerate(c for c in cells if c.lines):
        if _is_numeric(cell.text) and not (index == 0 and _FOOTNOTE_MARK.match(cell.text)):
            cell.numeric = True
            cell.lines = [cell.text.replace(" ", "")]


# ---------------------------------------------------------------------------------------------- tables


@dataclass(slots=True)
class _Layout:
    """Where each grid column starts and how wide it is (0 for a column dropped as empty); the label
    column is everything left of `first`, `label_width` wide."""

    first: int
    label_width: int
    starts: list[int] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)

    def values_extent(self) -> tuple[int, int]:
        """From the first value column's start to the last one's end."""
        kept = [c for c in range(self.first, len(self.widths)) if self.widths[c]]
        if not kept:
            return self.label_width, self.label_width
        return self.starts[kept[0]], self.starts[kept[-1]] + self.widths[kept[-1]]

    def extent(self, cell: _Cell) -> tuple[int, int]:
        """The horizontal extent of a cell: from its first kept column to the end of its last."""
        if cell.col < self.first and cell.last < self.first:
            return 0, self.label_width
        kept = [c for c in range(max(cell.col, self.first), min(cell.last, len(self.widths) - 1) + 1)
                if self.widths[c]]
        if not kept:
            position = self.starts[min(cell.last, len(self.starts) - 1)]
            return position, position
        start = 0 if cell.col < self.first else self.starts[kept[0]]
        return start, self.starts[kept[-1]] + self.widths[kept[-1]]


def render_table(table: lxml.etree._Element) -> tuple[list[str], bool]:
    """A data table as fixed-width lines, or a table without numbers (layout, bullets) as paragraphs;
    and whether it was a data table."""
    rows, width = _grid(table)
    for cells in rows:
        _merge_decorations(cells)
    numeric_cols = [c.col for cells in rows for c in cells if c.numeric]
    if not numeric_cols:
        return _as_paragraphs(rows), False
    first = _first_value_column(rows, min(numeric_cols))
    layout = _layout(rows, width, first)
    lines: list[str] = []
    previous: list[_Cell] = []
    for cells in rows:
        filled = [c for c in cells if c.lines]
        _add_rule(lines, _rule_line(previous, cells, layout))
        if not filled:
            if any(c.border_bottom or c.border_top for c in cells):
                previous = cells
            continue
        if all(_RULE_CELL.match(c.text) for c in filled):
            _add_rule(lines, _draw_rule(filled, layout, "=" if any("=" in c.text for c in filled) else "-"))
            previous = []
            continue
        lines.extend(_draw_row(filled, layout))
        previous = cells
    _add_rule(lines, _rule_line(previous, [], layout))
    return lines, True


def _add_rule(lines: list[str], rule: str) -> None:
    """Append a rule line, or overlay it on the rule just drawn (a border under one row and over the next
    are one line on paper)."""
    if not rule:
        return
    if lines and lines[-1] and not lines[-1].strip(" -="):
        row = list(lines[-1])
        for position, char in enumerate(rule):
            if char != " ":
                if position >= len(row):
                    row.extend(" " * (position + 1 - len(row)))
                if row[position] != "=":
                    row[position] = char
        lines[-1] = "".join(row)
    else:
        lines.append(rule)


def _first_value_column(rows: list[list[_Cell]], first_number: int) -> int:
    """Where the value columns begin: just after the labels of the rows that hold numbers.

    Not simply the first column holding a number: a header over "$ | 403.9" starts at the "$" column,
    left of the number, and must still stand over the values, not in the label column.
    """
    label_end = -1
    for cells in rows:
        filled = [c for c in cells if c.lines]
        # A footnote mark ("(1)") under a column header is no value: the words beside it are headers too.
        numbers = [c.col for c in filled if c.numeric and not _FOOTNOTE_MARK.match(c.text)]
        if not numbers:
            continue
        labels = [c.last for c in filled if not c.numeric and c.col < min(numbers)]
        if labels:
            label_end = max(label_end, min(max(labels), min(numbers) - 1))
    return label_end + 1 if label_end >= 0 else first_number


def _greedy_wrap(text: str, width: int) -> list[str]:
    """Words filled into lines of at most `width` (a longer word stands alone): what textwrap does with
    break_long_words and break_on_hyphens off, at a fraction of its cost on the hundreds of paragraphs a
    release has."""
    words = text.split()
    if not words:
        return []
    lines: list[str] = []
    line = words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line += " " + word
    lines.append(line)
    return lines


def wrap_paragraph(text: str) -> list[str]:
    """A paragraph as lines of about PARAGRAPH_WIDTH, none of them (but a one-line paragraph) short."""
    lines = _greedy_wrap(text, PARAGRAPH_WIDTH) or [text]
    if len(lines) > 1 and len(lines[-1]) < PROSE_LINE:
        last = lines.pop()
        lines[-1] = f"{lines[-1]} {last}"
    return lines


def _as_paragraphs(rows: list[list[_Cell]]) -> list[str]:
    lines: list[str] = []
    for cells in rows:
        text = " ".join(c.text for c in cells if c.lines).strip()
        if text:
            lines.extend(wrap_paragraph(text))
            lines.append("")
    return lines


def _is_heading_row(filled: list[_Cell], first: int) -> bool:
    """A row with text only in the label area (a section heading, a title, a footnote), free to overflow."""
    return bool(filled) and all(not c.numeric and c.col < first for c in filled)


def _label_text(filled: list[_Cell], first: int) -> tuple[str, int]:
    """The label of a row: every cell left of the number columns, joined, and its indentation."""
    parts = [c for c in filled if c.col < first and not c.numeric]
    if not parts:
        return "", 0
    return " ".join(c.text for c in parts), parts[0].indent + 2 * parts[0].col




def wrap_label(text: str, width: int = LABEL_WIDTH) -> list[str]:
    """A long label broken where the text reader will join it again: before a word in lower case or after
    a connecting word or comma, never after a number (a line ending in a number reads as a table row)."""
    if len(text) <= width:
        return [text]
    words = text.split(" ")
    lines: list[str] = []
    current: list[str] = []
    for index, word in enumerate(words):
        candidate = " ".join([*current, word])
        if current and len(candidate) > width:
            breaks = [i for i in range(len(current), 0, -1) if _may_break(current[i - 1], [*current, word][i])]
            if breaks:
                cut = breaks[0]
                lines.append(" ".join(current[:cut]))
                current = current[cut:]
        current.append(word)
        del index
    lines.append(" ".join(current))
    return lines


def _may_break(before: str, after: str) -> bool:
    if _is_numeric(before) or (before.endswith(")") and _is_numeric(before.split("(")[-1].rstrip(")"))):
        return False
    return after[:1].islower() or bool(CONNECTOR_END.search(before))


def _layout(rows: list[list[_Cell]], width: int, first: int) -> _Layout:
    label_width = 0
    for cells in rows:
        filled = [c for c in cells if c.lines]
        if not filled or _is_heading_row(filled, first):
            continue
        text, indent = _label_text(filled, first)
        if text:
            label_width = max(label_width, indent + max(len(line) for line in wrap_label(text)))
    widths = [0] * width
    used = [False] * width
    spanning: list[_Cell] = []
    for cells in rows:
        filled = [c for c in cells if c.lines]
        if _is_heading_row(filled, first):
            continue
        for cell in filled:
            if cell.col < first:
                continue
            if cell.span == 1:
                widths[cell.col] = max(widths[cell.col], max(len(line) for line in cell.lines))
                used[cell.col] = True
            else:
                spanning.append(cell)
    for cell in sorted(spanning, key=lambda c: c.span):
        covered = [c for c in range(cell.col, min(cell.last, width - 1) + 1) if used[c]]
        if not covered:
            target = min(cell.last, width - 1)
            used[target] = True
            covered = [target]
        need = max(len(line) for line in cell.lines)
        have = sum(widths[c] for c in covered) + COLUMN_GAP * (len(covered) - 1)
        if need > have:
            extra, rest = divmod(need - have, len(covered))
            for position, c in enumerate(covered):
                widths[c] += extra + (1 if position < rest else 0)
    layout = _Layout(first=first, label_width=label_width)
    x = label_width
    for c in range(width):
        if c < first:
            layout.starts.append(0)
            layout.widths.append(0)
            continue
        if used[c]:
            x += COLUMN_GAP
            layout.starts.append(x)
            layout.widths.append(widths[c])
            x += widths[c]
        else:
            layout.starts.append(x)
            layout.widths.append(0)
    return layout


def _draw_row(filled: list[_Cell], layout: _Layout) -> list[str]:
    if not any(c.numeric for c in filled) and any(len(c.text) >= PROSE_LINE for c in filled):
        # A sentence in a cell (a footnote inside the table): prose, which ends the table for the reader.
        return wrap_paragraph(" ".join(c.text for c in filled))
    if _is_heading_row(filled, layout.first):
        label, indent = _label_text(filled, layout.first)
        return [" " * indent + label]
    label, indent = _label_text(filled, layout.first)
    label_lines = wrap_label(label) if label else []
    values = [c for c in filled if c.col >= layout.first]
    # Bare years beside other header words ("2014 | % of Revenues | 2013 | % Increase in US $") get the
    # bottom line to themselves: a line of years is a header the reader cannot miss, a line of years mixed
    # with words reads as neither header nor row.
    years_apart = any(_YEAR.match(c.text) for c in values) and any(
        not c.numeric and not _YEAR.match(c.text) for c in values)
    lifted = 1 if years_apart else 0
    height = max([len(label_lines)] + [len(c.lines) + (0 if _YEAR.match(c.text) else lifted) for c in values])
    canvas: list[list[str]] = [[] for _ in range(height)]
    if label_lines and values and all(not c.numeric or _YEAR.match(c.text) for c in values):
        # A header row ("ASSETS" beside "November 2, / 2024"): the label stands on its top line, or on a
        # line of its own, so that no line holds a label and bare years (which would read as figures).
        if height == 1:
            canvas.insert(0, [])
            height += 1
        if DURATION.search(label) or DATE.search(label):
            # "THREE MONTHS ENDED MARCH 31," beside the years names every column: centre it over them.
            left, right = layout.values_extent()
            centred = [(line, left + max(0, (right - left - len(line)) // 2)) for line in label_lines]
            if lifted:
                # The columns' own header words ("% Change") take the line above the years: the phrase
                # gets a line of its own above them, never one header written over another.
                canvas[:0] = [[] for _ in centred]
                height += len(centred)
            for offset, (line, x) in enumerate(centred):
                _put(canvas[offset], x, line)
        else:
            for offset, line in enumerate(label_lines):
                _put(canvas[offset], indent + (2 if offset else 0), line)
        label_lines = []
    for offset, line in enumerate(label_lines):
        _put(canvas[height - len(label_lines) + offset], indent + (2 if offset else 0), line)
    for cell in filled:
        if cell.col < layout.first:
            continue
        start, end = layout.extent(cell)
        lines = cell.lines
        bottom = height - (0 if _YEAR.match(cell.text) else lifted)
        for offset, line in enumerate(lines):
            row = canvas[bottom - len(lines) + offset]
            position = end - len(line) if cell.numeric else start + max(0, (end - start - len(line)) // 2)
            _put(row, position, line)
    return ["".join(row).rstrip() for row in canvas]


def _put(row: list[str], position: int, text: str) -> None:
    if len(row) < position + len(text):
        row.extend(" " * (position + len(text) - len(row)))
    row[position : position + len(text)] = list(text)


def _rule_line(above: list[_Cell], below: list[_Cell], layout: _Layout) -> str:
    """A rule for borders between two rows, drawn under the number columns that have them."""
    marks: list[tuple[int, int, str]] = []
    for cell, side in [(c, c.border_bottom) for c in above] + [(c, c.border_top) for c in below]:
        if side and cell.col >= layout.first:
            start, end = layout.extent(cell)
            if end > start:
                marks.append((start, end, side))
    if not marks:
        return ""
    row: list[str] = []
    for start, end, char in marks:
        _put(row, start, char * (end - start))
    return "".join(row).rstrip()


def _draw_rule(cells: Iterable[_Cell], layout: _Layout, char: str) -> str:
    row: list[str] = []
    for cell in cells:
        start, end = layout.extent(cell)
        if end > start:
            _put(row, start, char * (end - start))
    return "".join(row).rstrip()


# ---------------------------------------------------------------------------------------------- document


class _Renderer:
    """Walks the document in order, collecting inline text into paragraphs and drawing tables."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.data_tables = 0
        self.pre_blocks = 0

    def flush(self) -> None:
        if not self.inline:
            return
        text = _SPACES.sub(" ", clean_text("".join(self.inline)).replace("\u00a0", " ")).strip()
        self.inline = []
        if text:
            self.lines.extend(wrap_paragraph(text))

    def blank(self) -> None:
        """End a block: every block passes here, so the line cap is checked as the rendering grows."""
        self.flush()
        if self.lines and self.lines[-1]:
            self.lines.append("")
        check_rendered_lines(len(self.lines))

    def walk(self, element: lxml.etree._Element) -> None:
        tag = _tag(element)
        if tag is None or tag in _SKIPPED or _hidden(element):
            pass
        elif tag == "table":
            self._table(element)
        elif tag in ("pre", "xmp", "listing", "plaintext"):
            self.blank()
            self.pre_blocks += 1
            text = clean_text("".join(element.itertext()))
            self.lines.extend(line.expandtabs(8).rstrip() for line in text.replace("\r\n", "\n").split("\n"))
            self.blank()
        elif tag == "br":
            self.flush()
        elif tag in _BLOCKS:
            self.blank()
            if tag == "li":
                self.inline.append("• ")
            self._content(element)
            self.blank()
        else:
            self._content(element)
        if element.tail:
            self.inline.append(element.tail)

    def _content(self, element: lxml.etree._Element) -> None:
        if element.text:
            self.inline.append(element.text)
        for child in element:
            self.walk(child)

    def _table(self, table: lxml.etree._Element) -> None:
        self.blank()
        if _is_layout_table(table):
            for row in _rows_of(table):
                for cell in row:
                    if _tag(cell) in ("td", "th"):
                        self._content(cell)
                        self.flush()
            self.blank()
            return
        for child in table:
            if _tag(child) == "caption":
                self._content(child)
                self.blank()
        lines, is_data = render_table(table)
        self.data_tables += is_data
        self.lines.extend(lines)
        self.blank()


def _is_layout_table(table: lxml.etree._Element) -> bool:
    """A table holding tables is page layout: its cells are read in order as blocks."""
    return next(table.iterdescendants("table"), None) is not None
