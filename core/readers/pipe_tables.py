"""Markdown pipe tables, as converters (pandoc, html2text, markitdown) write a web release's statements:

    |  | Three Months Ended June 30, |  |
    |---|---|---|
    |  | 2024 | 2023 |
    | Revenue | $ 12,500 | $ 10,200 |

Markdown lets a table leave out its outer pipes, and some converters write every row so, with no separator
row either (an 8-K's tables as a research notebook keeps them):

    Three Months Ended June 30, | Six Months Ended June 30,
    2026 | 2025 | 2026 | 2025
    Revenue | 19,941 | 17,202 | 37,247 | 32,700

Such a block is a table only where a row of it ends in figures, so that words set apart by bars ("Home |
About | Investors") stay text.

Each row's cells are what a browser copy gives (core.readers.tab_grid), so each row is handed on as its
cells joined by tabs and laid out there; the separator row is a row of empty cells. Only blocks
of two or more such rows are tables; a lone "| a | b |" in prose is left alone. The line count never
changes.
"""

from __future__ import annotations

import html
import re

from core.readers.tab_grid import heading_words, headings_then_a_row
from core.tables.period_headers import PERIOD_WORDS
from core.vocabulary import MONTH_RE, unit_line

# A row: "|" first and last, and at least two cells between.
_PIPE_ROW = re.compile(r"^\s*\|.*\|.*\|\s*$")
# A row without its outer pipes: cells with a spaced bar between each two, none empty at either end.
_BARE_ROW = re.compile(r"^\s*[^|\s][^|]*(?: \| [^|]*[^|\s])+\s*$")
# A row of headings led by its empty label cell's bar, no bar last: "| May 30, 2026 | May 31, 2025".
_LED_HEADINGS = re.compile(r"^\s*\|\s*[^|\s][^|]*(?: \| [^|]*[^|\s])+\s*$")
# A figure ending a bare row ("| 37,247", "| (0.13)", "| 3.2 | %"): the block is a table of figures.
_FIGURE_END = re.compile(r" \| \$?\s*\(?-?[\d.,]*\d\)?%?(?: \| %)?\s*$")
_SEPARATOR_CELL = re.compile(r"^:?-{1,}:?$")
# A column's heading standing first in a bare row: a year, a month's day, a duration ("Three Months Ended",
# "(13 weeks)").
_COLUMN_HEADING = re.compile(
    rf"(?:19|20)\d\d|(?:{MONTH_RE})\.?\s+\d{{1,2}},?(?:\s+(?:19|20)\d\d)?"
    r"|(?:\w+[\s-])?(?:months?|weeks?|quarters?|years?)\s+end(?:ed|ing)\b.*|\(?\d+\s+weeks?\)?",
    re.IGNORECASE)
# A figure cell ("1,004.2", "($0.84)", "(7,803", "—"), and a year, which heads a column instead.
_FIGURE = re.compile(r"[$(]*\s*-?[\d.,]*\d[\d.,]*\s*\)?%?|[-\u2013\u2014]+")
_YEAR = re.compile(r"\(?(?:19|20)\d\d\)?")
_BOLD = re.compile(r"\*\*|__")
# A line break a converter keeps inside a cell ("February 3,<br>2018"): a space, as a browser wraps it.
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def pipe_rows_as_tabs(raw_lines: list[str]) -> tuple[list[str], set[int]]:
    """The document's lines with each pipe table's rows as tab-joined cells, every other line as it was; and
    the places of the rows of tables with outer bars, which write every cell, empty ones too: their tabs
    part cells however few they are (a table of one figure column gives each row one, and
    core.readers.tab_grid.relaid_copies lays them out by their cells)."""
    result = list(raw_lines)
    converted: set[int] = set()
    index = 0
    while index < len(raw_lines):
        line = raw_lines[index]
        outer = _is_pipe_row(line)
        row = _is_pipe_row if outer else _is_bare_row if _is_bare_row(line) else None
        if row is None:
            index += 1
            continue
        end = index
        while end < len(raw_lines) and (row(raw_lines[end]) or (
                not outer and headings_then_a_row(raw_lines, end, _is_heading,
                                                  lambda at: _is_bare_row(raw_lines[at])))):
            end += 1
        rows = [i for i in range(index, end) if row(raw_lines[i])]
        if len(rows) >= 2 and (outer or any(_FIGURE_END.search(raw_lines[i]) for i in rows)):
            heads = set() if outer else _column_heading_rows(raw_lines, rows)
            for i in rows:
                result[i] = _as_tabs(raw_lines[i], outer=outer, heads=i in heads)
            if outer:  # (a bare row drops a header's empty first cell: its tabs do not say where its cells stand)
                converted.update(rows)
        index = end
    return result, converted


def _is_pipe_row(line: str) -> bool:
    return _PIPE_ROW.match(line) is not None


def _is_bare_row(line: str) -> bool:
    """A row without outer bars; or a row of column headings that writes its empty label cell, a bar first
    and none last ("| January 31, 1996 | October 31, 1995 | January 31, 1995" over "Cash | 5,210 | ..."):
    left out of the table, its dates had been laid out left of their figures, as the bare-bars property
    test's were; kept, with that cell, they stand over their columns as a bare heading row's do."""
    if _BARE_ROW.match(line):
        return True
    return _LED_HEADINGS.match(line) is not None and _may_head_a_column(_bare_cells(line)[1:])


def _is_heading(line: str) -> bool:
    """A line of words alone between bare rows ("(Unaudited)", "Operating expenses:"): the table goes on
    past a few of them, as a browser copy's heading rows do (core.readers.tab_grid). A unit note counting in
    zeros ("(in 000s)") is one too: under a bare row of three dates (the bare-bars property test's retailer's
    balance sheet) it had ended the table there, the dates' row stayed bars, and the first column of
    figures was read at the last date, the two others dropped as repeating it."""
    return "|" not in line and heading_words(line)


def _heads_a_column(cells: list[str]) -> bool:
    """Whether a bare row's first cell is a column's heading, not the row's label: a row of headings (no
    figure but years) whose first cell names a period ("13 Weeks", "Ended", "July 3, 2000 and") rather than
    the table's unit or a heading of its own ("(Dollars in millions)", "Selected Balance Sheet Information:")."""
    first = cells[0]
    if _COLUMN_HEADING.fullmatch(first):
        return True
    return _may_head_a_column(cells) and PERIOD_WORDS.search(first) is not None


def _may_head_a_column(cells: list[str]) -> bool:
    """A row of headings whose first cell is no heading of the table's own (a unit, "Assets:")."""
    first = cells[0]
    return not (first.endswith(":") or unit_line(first) or any(
        _FIGURE.fullmatch(cell) and not _YEAR.fullmatch(cell) for cell in cells))


def _column_heading_rows(raw_lines: list[str], rows: list[int]) -> set[int]:
    """The bare rows whose first cell heads a column. A heading wrapped over lines stands so on each: "For the
    three | Twelve months" over "months ended | ended" is the first line of two columns' headings, though
    its first words alone name no period; a row of headings with as many cells as the heading row right
    under it whose first cell heads a column heads columns too."""
    cells = {i: _bare_cells(raw_lines[i]) for i in rows}
    heads = {i for i in rows if _heads_a_column(cells[i])}
    for i in reversed(rows):
        below = i + 1
        if (i not in heads and below in heads and len(cells[i]) == len(cells[below])
                and _may_head_a_column(cells[i])):
            heads.add(i)
    return heads


def _bare_cells(line: str) -> list[str]:
    return [_cell_text(cell) for cell in line.strip().split("|")]


def _cell_text(cell: str) -> str:
    """A cell's words: its bold marks and line breaks gone, and the entities a converter wrote for what
    markdown cannot hold ("&nbsp;&nbsp;Cash and cash equivalents", an indent: round 474, the label had
    named no line) read as the characters they stand for."""
    if "&" in cell:
        cell = html.unescape(cell).replace("\u00a0", " ")
    return _SPACES.sub(" ", _BREAK.sub(" ", _BOLD.sub("", cell))).strip()


def _as_tabs(line: str, *, outer: bool = True, heads: bool = False) -> str:
    """The row's cells joined by tabs, empty ones kept, so that every row of the table is one block of the
    copy's layout: a heading row keeps its empty cells, and the separator ("|---|---:|") is a row of empty
    cells (the blank line it draws would split the header from the rows)."""
    stripped = line.strip()
    inner = stripped[1:-1] if outer else stripped
    cells = [_cell_text(cell) for cell in inner.split("|")]
    if not outer and heads:
        # "May 30, 2026 | May 31, 2025 | ...", "Ended | Ended": a header row without its empty label cell,
        # which a bare row drops; without it the first cell would be the row's label and the rest would
        # stand one column left
        cells.insert(0, "")
    if all(_SEPARATOR_CELL.match(cell) or not cell for cell in cells):
        return "\t" * max(1, len(cells) - 1)
    return "\t".join(cells)
