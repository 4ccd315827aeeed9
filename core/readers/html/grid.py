"""A table's cells on a grid: each cell's lines, indentation and borders, colspans and rowspans placed,
and "$", "(", ")" and "%" cells joined to the numbers beside them. The grid slots a table asks for are
spent against core.limits.MAX_HTML_GRID as it is built."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree

from core import limits
from core.limits import refusal, spend
from core.readers.html.cell_text import (
    BLANKS,
    STACKED_LINES,
    indent_of,
    is_numeric,
    may_hide,
    pictured_words,
    read_cell,
)
from core.readers.html.markup import (
    CSS_LENGTH,
    css_points,
    declarations_of,
    is_hidden,
    is_not_displayed,
    left_offset,
    tag_name,
)
from core.tables.numbers import says_no_value
from core.vocabulary import CURRENCY_CODES, CURRENCY_PREFIXES, YEAR_RE
from core.work import count_work

# Points of CSS indentation per leading space of a rendered label (10pt type is about 6pt per character).
POINTS_PER_SPACE = 6.0
# An indentation deeper than this many spaces is layout (a centred block), not a label level.
MAX_INDENT = 24

_PREFIXES = frozenset({"(", "$(", "($", *CURRENCY_PREFIXES})
# A minus sign as a filer may set it in a cell of its own before the figure: a hyphen, an en dash, the sign.
_MINUS_ALONE = frozenset({"-", "\u2013", "\u2212"})
_DIGIT = re.compile(r"\d")
# What follows a number in a cell of its own: a closing parenthesis, a percent sign, a footnote letter; a
# footnote's number only after the parenthesis (")(1)"): "(1)" alone may be the next column's -1.
_SUFFIX = re.compile(r"^(?:(?:\)|%|\)%|%\))(?:\([a-z\d]{1,2}\)|\*{1,3})?|\([a-z]\)|\*{1,3})?$", re.IGNORECASE)
# "(1)" opening a row is a footnote's number, not a value of -1.
FOOTNOTE_MARK = re.compile(r"^\(\d{1,2}\)$|^\d{1,2}\.?$")
# A column's currency with a footnote's mark ("US$ (1)" under the dates of a convenience translation): a
# header, never a figure of -1. A "$" alone is left out: "$ (1)" is a figure as often as not.
_CURRENCY_AND_MARK = re.compile(rf"(?:{'|'.join(map(re.escape, CURRENCY_CODES))})\s*\(\d{{1,2}}\)")


@dataclass(slots=True)
class Cell:
    """One table cell placed on the grid: its lines of text and how to draw it."""

    row: int
    col: int
    span: int
    lines: list[str]
    indent: int = 0
    border_top: str = ""
    border_bottom: str = ""
    numeric: bool = False
    # A cell of several lines broken by <br>: each line as cleaned, blank ones kept (see `unstack`).
    stacked: list[str] | None = None
    # A sidebar spanning the table's rows (`_is_aside`): drawn as a paragraph after the table, not in it.
    aside: bool = False
    # Set flush right by its own markup (align="right", "text-align:right"): a spanning cell so set is drawn
    # at its span's right edge, any other spanning header centred over it.
    right: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def last(self) -> int:
        return self.col + self.span - 1


_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


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
    if width and css_points(width) <= 0:
        return ""
    widths = [w for w in words if CSS_LENGTH.fullmatch(w)]
    if widths and all(css_points(w) <= 0 for w in widths):
        return ""
    if "double" in value:
        return "="
    if any(style in value for style in ("solid", "dotted", "dashed", "groove", "ridge", "inset", "outset")):
        return "-"
    return ""


@functools.lru_cache(maxsize=4096)
def _cell_look(own_style: str, inner_style: str | None) -> tuple[int, str, str]:
    """What a cell's style attribute and its paragraph's (None: no paragraph) say about drawing it: the
    indentation in leading spaces (before the cell's own no-break spaces are added), the top and the bottom
    border, each the cell's own or else its paragraph's (cached like `declarations_of`: a generated exhibit
    pairs a few cell and paragraph styles on thousands of cells)."""
    own = declarations_of(own_style)
    inner = {} if inner_style is None else declarations_of(inner_style)
    points = left_offset(own) + (0.0 if inner_style is None else left_offset(inner))
    spaces = max(0, round(points / POINTS_PER_SPACE))
    if inner_style == own_style and "border" not in own_style:
        return spaces, "", ""  # as read before: a paragraph styled as its cell draws no border of its own
    return spaces, _border(own, "top") or _border(inner, "top"), _border(own, "bottom") or _border(inner, "bottom")


def _spend_grid(slots: int) -> None:
    """Grid slots, spent as grids are built: a cell's spans are clamped at 200 each, so one
    `<td rowspan=200 colspan=200>` asks for 40,000 slots; two hundred of them in 8 KB of markup once took
    21 s and a gigabyte. The tally is the parse's (core.limits.allowance), so many small tables add up."""
    if spend("MAX_HTML_GRID", slots) > limits.MAX_HTML_GRID:
        raise refusal(f"tables of more than {limits.MAX_HTML_GRID:,} grid cells (rows x columns, spans included)",
                      "documents with more", "MAX_HTML_GRID")


def table_grid(table: lxml.etree._Element) -> tuple[list[list[Cell]], int]:
    """The table's cells on a grid (colspan and rowspan honoured), row by row, and the column count."""
    rows: list[list[Cell]] = []
    taken: set[tuple[int, int]] = set()
    width = 0
    # The slots of cells spanning columns of their own row only, spent with the grid: they ask no work of
    # their own, and lie within it (rows x width), so the grid refuses wherever they would.
    spanned = 0
    has_stacked = False  # whether a cell of the row being read kept its broken lines (`cell_text.BROKEN_LINES`)
    asides: list[Cell] = []
    # Whether any cell may be a picture's alt text: asked once of the table (libxml2 walks it), not of
    # each of the empty spacer cells a generated exhibit is mostly made of.
    pictures = next(table.iter("img"), None) is not None
    for r, row in enumerate(rows_of(table)):
        cells: list[Cell] = []
        col = 0
        heading: Cell | None = None  # a label spanning rows down the labels' column
        for element in row:
            tag = element.tag
            if tag != "td" and tag != "th":
                continue
            own_style = element.get("style") or ""
            if element.get("hidden") is not None or (may_hide(own_style) and is_not_displayed(element)):
                continue  # no box, no column: the cells after it stand where a browser draws them
            while taken and (r, col) in taken:
                col += 1
            colspan, rowspan = element.get("colspan"), element.get("rowspan")
            span = _span(colspan) if colspan else 1
            down = _span(rowspan) if rowspan else 1
            if down > 1:
                _spend_grid(span * down)  # before the slots below are taken: a rowspan's work is its slots
                for extra in range(1, down):
                    for c in range(col, col + span):
                        taken.add((r + extra, c))
            elif span > 1:
                spanned += span
            # Most cells of a generated exhibit are empty spacers: tell them apart before reading their lines
            # (the text of the subtree joined by libxml2; the parser keeps no comments or processing
            # instructions, so that is exactly the text and tails of the cell's descendants). A cell without
            # children, as most spacers are, holds only its own text: read as it is, without a serializer
            # (issue 12, S3: a serializer a cell was a third of the grid's time).
            text = (lxml.etree.tostring(element, method="text", encoding=str, with_tail=False) if len(element)
                    else element.text or "")
            blank = not text.strip(BLANKS)
            if blank and pictures and len(element) and (alt := pictured_words(element)):
                text = alt  # a column's head set as a picture: its alt text, as a browser shows it
                blank = not text.strip(BLANKS)
            if blank or (may_hide(own_style) and is_hidden(element)):
                lines: list[str] = []
                lead, inner_style, stacked = 0, None, None
            else:
                lines, lead, inner_style, stacked = read_cell(element, text)
            if lines:
                spaces, top, bottom = _cell_look(own_style, inner_style)
                indent = min(MAX_INDENT, spaces + lead)
            elif "border" in own_style:
                _, top, bottom = _cell_look(own_style, None)  # an empty cell: only its own borders matter
                indent = 0
            else:
                col += span  # an empty spacer without borders: nothing to draw, only its place on the grid
                continue
            cell = Cell(r, col, span, lines, indent, top, bottom)
            if span > 1:
                cell.right = (element.get("align") or "").lower() == "right" or _RIGHT.search(own_style) is not None
            if down >= _ASIDE_ROWS and _is_aside(text):
                asides.append(Cell(r, col, span, lines, aside=True))
                col += span
                continue
            if down > 1 and col == 0 and lines:
                heading = cell
            if stacked is not None:
                cell.stacked = stacked
                has_stacked = True
            cells.append(cell)
            col += span
        width = max(width, col)
        if heading is not None and len(cells) > 1 and cells[0] is heading and _names_rows(cells[1]):
            # "Net income (loss) per share:" spanning the rows "Basic" and "Diluted" beside it: a heading
            # over them, as a browser shows it, so the second row is no bare "Diluted" of its own.
            rows.append([heading])
            cells = cells[1:]
        if has_stacked:
            has_stacked = False
            rows.extend(unstack(cells))
        else:
            rows.append(cells)
    rows.extend([aside] for aside in asides)
    _spend_grid(spanned)
    _spend_grid(len(rows) * width)  # what laying out and drawing the grid walks
    count_work("html grid slots", len(rows) * width)
    return rows, width


# A sidebar beside a table's rows: a cell spanning this many rows or more, holding this many words or more
# and no figure column's worth of numbers ("Fourth Quarter 2021 Highlights" and its bullets, set beside the
# key figures).
_ASIDE_ROWS = 4
_ASIDE_WORDS = 40


def _is_aside(text: str) -> bool:
    """A paragraph's worth of words in a cell spanning rows: a browser draws it beside the rows as a column
    of text; a fixed-width rendering that kept it in the grid would set it between the headers and the
    rows (or stretch a row to its length), and the table would lose its headers."""
    words = text.split()
    return len(words) >= _ASIDE_WORDS and sum(1 for word in words if word[:1].isalpha()) * 2 > len(words)


def _names_rows(cell: Cell) -> bool:
    """Words, no figure: the label of a row under a heading that spans rows beside it."""
    return bool(cell.lines) and not is_numeric(" ".join(cell.lines))


def unstack(cells: list[Cell]) -> list[list[Cell]]:
    """A row whose cells each hold a column of lines broken by <br>, line for line (the labels in one cell,
    each column's figures in one cell, a blank line where a heading has none), as the rows it shows; any
    other row as it is.

    Some exporters print a whole statement as one table row so, and a browser lines the lines of the cells
    up. It is a statement only where they line up here too: the first cell holds words on each of its
    `cell_text.STACKED_LINES` or more lines, every other cell no more lines than it (blank ones kept) and figures on
    two or more of them, each line a figure or blank. A label wrapped with <br> beside one figure, or
    header words stacked over a column, are no such row. A label of fewer lines ("Basic<br>Diluted", or
    "Earnings per share:<br>Basic<br>Diluted") splits where every other cell holds exactly as many lines,
    figures on two or more, or a currency sign alone on each ("$<br>$", the figures' decoration): joined,
    "Basic Diluted" had taken both EPS with the basic figures, and the diluted figures no label at all."""
    filled = [c for c in cells if c.lines]
    if len(filled) < 2 or filled[0].stacked is None or any(c.span > 1 for c in filled):
        return [cells]
    labels = filled[0].stacked
    columns = (_stacked_columns(filled[1:], len(labels)) if len(labels) >= STACKED_LINES
               else _lined_up_columns(filled[1:], len(labels)))
    if columns is None or any(is_numeric(" ".join(label.split())) for label in labels if label.strip(BLANKS)):
        return [cells]
    if any(line.strip(BLANKS) and not labels[index].strip(BLANKS)
           for lines in columns for index, line in enumerate(lines)):
        return [cells]  # a figure beside no label: the lines do not line up as the browser shows them
    first = filled[0]
    base = max(0, first.indent - indent_of(labels[0]))  # the indentation the cell's style gives every line
    rows: list[list[Cell]] = []
    for index, label in enumerate(labels):
        row: list[Cell] = []
        text = " ".join(label.split())
        if text:
            row.append(Cell(first.row, first.col, 1, [text], min(MAX_INDENT, base + indent_of(label))))
        for cell, lines in zip(filled[1:], columns, strict=True):
            figure = " ".join(lines[index].split()) if index < len(lines) else ""
            if figure:
                row.append(Cell(cell.row, cell.col, 1, [figure]))
        rows.append(row)
    return rows


def _stacked_columns(others: list[Cell], height: int) -> list[list[str]] | None:
    """The lines of each cell beside a label of `cell_text.STACKED_LINES` lines or more (trailing blanks
    dropped), where each holds no more lines than the label and figures on two or more, each line a figure
    or blank; None otherwise."""
    columns: list[list[str]] = []
    for cell in others:
        lines = cell.stacked if cell.stacked is not None and len(cell.stacked) >= STACKED_LINES else cell.lines
        while lines and not lines[-1].strip(BLANKS):
            lines = lines[:-1]
        figures = [line for line in lines if line.strip(BLANKS)]
        if len(lines) > height or len(figures) < 2 or not all(is_numeric(" ".join(f.split())) for f in figures):
            return None
        columns.append(lines)
    return columns


def _lined_up_columns(others: list[Cell], height: int) -> list[list[str]] | None:
    """The lines of each cell beside a label of fewer lines than `cell_text.STACKED_LINES`, where each holds
    exactly as many lines as the label (blank ones kept), every line a figure, a currency sign alone or blank,
    and some cell figures on two lines or more; None otherwise (a wrapped label beside one figure)."""
    columns: list[list[str]] = []
    figured = False
    for cell in others:
        lines = cell.stacked
        if lines is None or len(lines) != height:
            return None
        shown = [" ".join(line.split()) for line in lines if line.strip(BLANKS)]
        if all(line in CURRENCY_PREFIXES for line in shown):
            columns.append(lines)  # "$<br>$": each figure's sign, joined to it as any "$" cell is
            continue
        if len(shown) < 2 or not all(is_numeric(line) for line in shown):
            return None
        figured = True
        columns.append(lines)
    return columns if figured else None


@functools.lru_cache(maxsize=256)
def _span(value: str | None) -> int:
    """A colspan or rowspan attribute as a number of slots (cached: a table repeats a few values)."""
    try:
        return max(1, min(int((value or "1").strip()), 200))
    except ValueError:
        return 1


def rows_of(table: lxml.etree._Element) -> Iterator[lxml.etree._Element]:
    """The table's own rows, in order, through thead/tbody/tfoot but not into nested tables; a row the
    browser hides (display:none, visibility:hidden, the hidden attribute) is no row of the table."""
    for child in table:
        tag = tag_name(child)
        if tag == "tr" and not is_hidden(child):
            yield child
        elif tag in ("thead", "tbody", "tfoot") and not is_hidden(child):
            for row in child:
                if tag_name(row) == "tr" and not is_hidden(row):
                    yield row


# A year alone in a cell: a column's heading, never a figure a "%" beside it makes a percent of.
_YEAR_ALONE = re.compile(YEAR_RE)


def merge_decorations(cells: list[Cell], sign_columns: frozenset[int] = frozenset()) -> None:
    """Join "$", "(" to the number after them and ")", "%" to the number before them, in place; and a minus
    sign alone in a cell to the number in the next column, where the table sets its signs apart there
    (`sign_columns_of`): not a dash for zero."""
    for index, cell in enumerate(cells):
        if not cell.lines or index == 0:
            continue  # no text to join (most cells of a row), or nothing before it to join to
        text = cell.text.replace(" ", "")
        # A closer joins only the cell right beside it: a "*" a column further on is that column's value.
        if text and _SUFFIX.match(text):
            before = cells[index - 1]
            # (never a "%" heading the column beside a year's: "2003 | %" over "$91,792 | 100.0%", round 468,
            # had made "2003%" and left the statement naming no period)
            if before.lines and before.last + 1 == cell.col and is_numeric(before.text) and not (
                    text.startswith("%") and _YEAR_ALONE.fullmatch(before.text.strip())):
                before.lines = [before.text.replace(" ", "") + text]
                cell.lines = []
    # From the right, so that "$" | "(" | "500)" joins "(" first and then "$" to "(500)". `after` is the
    # nearest cell to the right that still has text: a join empties only the cell it moves from.
    filled = [c for c in cells if c.lines]
    after = filled[-1] if filled else None
    for index in range(len(filled) - 2, -1, -1):
        cell = filled[index]
        text = cell.text.replace(" ", "")
        if text in _PREFIXES and after is not None:
            following = after.text.replace(" ", "")
            if is_numeric(text + following) or is_numeric(after.text):
                after.lines = [text + following]
                cell.lines = []
                continue
        currency = _lone_minus(text)
        if (currency is not None and cell.col in sign_columns and after is not None
                and after.col == cell.last + 1 and _DIGIT.search(after.text) and is_numeric(after.text)
                and not after.text.lstrip().startswith(("-", "(", *_MINUS_ALONE))):
            after.lines = [currency + "-" + after.text.replace(" ", "")]  # "−" | "16,613", "$–" | "15,701"
            cell.lines = []
            continue
        after = cell
    first = True  # a footnote mark ("(1)") opens the row only in its first cell with text
    for cell in cells:
        if not cell.lines:
            continue
        text = cell.text
        # Two figures on lines of their own ("100<br>60") are two figures, never the one ("10060") their
        # digits would make run together; a "$" or ")" on a line of its own still joins its number.
        several = len(cell.lines) > 1 and sum(1 for line in cell.lines if is_numeric(line)) > 1
        if not several and is_numeric(text) and not (first and FOOTNOTE_MARK.match(text)) and not (
                _CURRENCY_AND_MARK.fullmatch(text)):
            cell.numeric = True
            cell.lines = [text.replace(" ", "")]
        first = False
    if any(c.numeric for c in cells):
        # "nm" (not meaningful) or "n/a" among a row's figures is a figure cell with no figure in it, as a
        # dash is: left a word, it would stand right of figures as words of a label, and a row whose other
        # figures are small (taken for footnote marks) would push the labels' column over the figures.
        for cell in [c for c in cells if c.lines][1:]:
            if not cell.numeric and says_no_value(cell.text):
                cell.numeric = True


# A footnote's mark all a cell holds: "(1)", "(a)", "[2]", "*" (a <sup> alone reads "(1)": `cell_text`).
_MARK_ALONE = re.compile(r"^(?:\(\w{1,2}\)|\[\w{1,2}\]|\*{1,3})$")


def without_extra_marks(rows: list[list[Cell]]) -> None:
    """Drop, in place, each footnote mark a row prints in a cell of its own that the table's other rows do
    not have, so that the figures after it stand one column right of every other row's (`_extra_mark`);
    those figures move back into their columns. Left there, the row held one cell more than the columns,
    the mark read as a figure of -1 and the row's first figure pushed into its label (round 731:
    "$0.03 | $(0.01) | (1) | $0.08 | $(0.04)" printed the quarter's EPS -0.01 and the prior one's -1)."""
    figures = Counter(cell.col for cells in rows for cell in cells if _is_figure(cell))
    for cells in rows:
        index = 1
        while index < len(cells):
            if _extra_mark(cells, index, figures):
                mark = cells.pop(index)
                for cell in cells[index:]:
                    cell.col -= mark.span
            else:
                index += 1


def _is_figure(cell: Cell) -> bool:
    return cell.numeric and not _MARK_ALONE.match(cell.text)


def _extra_mark(cells: list[Cell], index: int, figures: Counter[int]) -> bool:
    """Whether the row's cell at `index` is a footnote mark of the figure before it in a slot no other
    row has: it follows a figure, its column holds (almost) no figure in the table, and every figure after
    it, set back by its span, lands in a column more rows print a figure in than the one it stands in.
    A mark in the table's own spacer column (the figures after it already in their columns) stays, for
    the text's mark columns to set apart (`tables.columns._mark_columns`)."""
    mark = cells[index]
    before = next((cell for cell in reversed(cells[:index]) if cell.lines), None)
    if not mark.lines or not _MARK_ALONE.match(mark.text) or before is None or not _is_figure(before):
        return False
    if figures[mark.col] * 3 > figures[before.col]:
        return False
    after = [cell for cell in cells[index + 1:] if _is_figure(cell)]
    return bool(after) and all(figures[cell.col - mark.span] > figures[cell.col] for cell in after)


def _lone_minus(text: str) -> str | None:
    """The currency before a minus sign standing alone in a cell ("" for "−", "$" for "$–"); None otherwise."""
    return text[:-1] if text[-1:] in _MINUS_ALONE and text[:-1] in ("", "$") else None


def sign_columns_of(rows: list[list[Cell]]) -> frozenset[int]:
    """The grid columns where a filer sets a minus sign apart, before the figure in the column after it:
    columns holding no figure in any row, with a minus in at most half the rows whose next column holds a
    figure (a column of dashes beside most figures is a period of zeros, not of signs)."""
    figures: dict[int, int] = {}
    minus: dict[int, int] = {}
    for cells in rows:
        for cell in cells:
            if not cell.lines or cell.col != cell.last:  # (a header's year spans its columns)
                continue
            text = cell.text.replace(" ", "")
            if _DIGIT.search(text) and is_numeric(text):
                figures[cell.col] = figures.get(cell.col, 0) + 1
            elif _lone_minus(text) is not None:
                minus[cell.col] = minus.get(cell.col, 0) + 1
    return frozenset(col for col, count in minus.items() if col not in figures and count * 2 <= figures.get(col + 1, 0))
