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
About | Investors") stay text. html2text writes its rows so too, but glues each bar to the cell before it and
writes every cell, "$" and a negative figure's ")" in cells of their own:

    | Three Months Ended March 31,
    ---|---
    | 2026|  | 2025
    Revenue| $| 19,941|  |  | $| 17,202|
    Operating loss| (1,204| )|  | (865| )

Each row's cells are what a browser copy gives (core.readers.tab_grid), so each row is handed on as its
cells joined by tabs and laid out there; the separator row is a row of empty cells. Only blocks
of two or more such rows are tables; a lone "| a | b |" in prose is left alone. The line count never
changes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

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
# A row as html2text writes it: no outer bar first, each cell's bar glued to its words with a space after
# ("Cash and cash equivalents| $| 24,308|  |  | $| 8,493|"), every cell written, empty ones too. Where the
# page's cells held spaces round their words, the bars stand spaced ("Revenue |    | $ | 148,620 |   |"),
# and its empty cells ("|    |") show it is such a row all the same.
_GLUED_CELLS = re.compile(r"^[^|]*(?:\|(?: [^|]*)?){2,}$")
_GLUED_BAR = re.compile(r"[^\s|]\|(?: |$)|\|\s+\|")
# A heading row of that table, its one cell's words and the bar after them ("Cost of sales |    ").
_GLUED_HEADING = re.compile(r"^[^|]*[^|\s][^|]*\|\s*$")
# The rest of a row html2text broke where a cell held a line break ("Cash and cash equivalents| 1,289|" over
# "|  | 831|"): the bar of the cell the break was in, an empty cell, then the row's next figure.
_CONTINUED_ROW = re.compile(r"^\s*\|\s+\|\s*[$(]*\s*-?[\d.,]*\d")
# Its separator row under the first row, no bars first or last ("---|---|---").
_SEPARATOR_ROW = re.compile(r"^\s*:?-+:?(?:\|:?-+:?)+\s*$")
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
    the places of the rows of tables with outer bars, or html2text's glued ones, which write every cell,
    empty ones too: their tabs part cells however few they are (a table of one figure column gives each row
    one, and core.readers.tab_grid.relaid_copies lays them out by their cells). A page where html2text broke
    a row at a cell's line break has its glued rows left as they were: laid out piece by piece, each piece's
    figures had stood under the wrong dates (a balance sheet's cash of March printed as September's)."""
    result = list(raw_lines)
    converted: set[int] = set()
    whole_rows = not any(_CONTINUED_ROW.match(line) for line in raw_lines)
    index = 0
    while index < len(raw_lines):
        line = raw_lines[index]
        outer = _is_pipe_row(line)
        heads_glued = whole_rows and not outer and _heads_a_glued_table(raw_lines, index)
        glued = heads_glued or (whole_rows and not outer and _opens_glued_rows(raw_lines, index))
        row = _is_pipe_row if outer else _in_glued_table if glued else _is_bare_row if _is_bare_row(line) else None
        if row is None:
            index += 1
            continue
        end = index + 1 if heads_glued else index
        row_ahead = _row_at(raw_lines, _in_glued_table if glued else _is_bare_row)
        while end < len(raw_lines) and (row(raw_lines[end]) or (
                not outer and headings_then_a_row(raw_lines, end, _is_heading, row_ahead))):
            end += 1
        rows = [i for i in range(index, end) if row(raw_lines[i]) or (heads_glued and i == index)]
        if len(rows) >= 2 and (outer or any(_ends_in_figure(raw_lines[i], glued=glued) for i in rows)):
            heads = set() if outer or glued else _column_heading_rows(raw_lines, rows)
            for i in rows:
                result[i] = _as_tabs(raw_lines[i], outer=outer, heads=i in heads)
            # (a bare row drops a header's empty first cell: its tabs do not say where its cells stand; outer
            # bars and html2text's glued ones write every cell)
            if outer or glued:
                converted.update(rows)
        index = end
    return result, converted


def _row_at(raw_lines: list[str], is_row: Callable[[str], bool]) -> Callable[[int], bool]:
    return lambda at: is_row(raw_lines[at])


def _is_pipe_row(line: str) -> bool:
    return _PIPE_ROW.match(line) is not None


def _is_glued_row(line: str) -> bool:
    """A row as html2text writes a web page's table: the bars glued to the cell before them, a space after,
    no outer bar first, the empty cells kept ("Accounts receivable, net| 222,472|  |  | 233,487|"). Its
    "$" and ")" stand in cells of their own (core.readers.tab_grid joins them to their figure)."""
    return _GLUED_CELLS.match(line) is not None and _GLUED_BAR.search(line) is not None


def _opens_glued_rows(raw_lines: list[str], at: int) -> bool:
    """A row as html2text writes it, or a few one-cell heading rows over one ("ASSETS |" / "Current assets |"
    over "Cash and cash equivalents |    | $ | 186,420 |"): left out, the headings had been read, bar and
    all, as the words of the first section (round 648)."""
    return _is_glued_row(raw_lines[at]) or headings_then_a_row(
        raw_lines, at, lambda line: _GLUED_HEADING.match(line) is not None, _row_at(raw_lines, _is_glued_row))


def _heads_a_glued_table(raw_lines: list[str], at: int) -> bool:
    """A first row of one cell after the empty label's bar over html2text's separator row ("| Three Months
    Ended March 31," over "---|---"): a heading spanning the figure columns. Left as it was, its bar had
    hidden the period's words from the header, and the statement was skipped (round 644)."""
    return (raw_lines[at].lstrip().startswith("|") and at + 1 < len(raw_lines)
            and _SEPARATOR_ROW.match(raw_lines[at + 1]) is not None)


def _in_glued_table(line: str) -> bool:
    """A line of a table html2text wrote: a row of its cells (an empty label's bar first, "| 219,694|  |
    ...", and a row of empty cells, "|  |  |", among them), a heading of one cell ("Cost of sales |    ": left
    a line of words with a bar in it, it had been read as the first words of the label of the unlabelled
    subtotal under its rows, round 648), or its separator row."""
    return any(pattern.match(line) is not None for pattern in (_GLUED_CELLS, _GLUED_HEADING, _SEPARATOR_ROW))


def _ends_in_figure(line: str, *, glued: bool) -> bool:
    """Whether the row's last written cell is a figure ("| 37,247", "| (0.13)"), or its ")" (a glued row's
    "(2,037| )"): the block is a table of figures."""
    if not glued:
        return _FIGURE_END.search(line) is not None
    cells = [cell for cell in _bare_cells(line) if cell]
    if len(cells) >= 2 and cells[-1] == ")":
        cells.pop()
    return len(cells) >= 2 and _FIGURE.fullmatch(cells[-1]) is not None and not _YEAR.fullmatch(cells[-1])


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
