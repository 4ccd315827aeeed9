"""Two tables set side by side on one page of text, each with its own label column ("Net sales  $12,406
$9,318       Net sales  $23,911  $18,207": the quarter on the left, the six months on the right), as some
small filers typed their summaries to save paper. Read as one table, each line's second label and its
figures were words in the first one's label, and neither table was read.

Such a block is cut at the second label column into two strips of the same lines: the left halves, and
the right halves under the title lines both tables share. Each strip keeps every line's number (the other
strip's half blanked), so that a figure's source span is the line it was printed on. The block runs on
where only the second table has rows (a balance sheet's equity beside nothing), takes the column headers
set in two halves above a blank line, and cuts a heading of the second table where it starts, a little
left of its rows ("Net income (loss) per share:" over "  Basic"). A header cell that crosses the cut but
starts over the first table's figures ("Dec. 31," centred over its prior-year column) is that table's:
the cut moves to the gap after it, never taking a date from one table's columns to the other's.
"""

from __future__ import annotations

import re
from collections import Counter

from core.tables.numbers import says_no_value

# After a figure (or a dash for zero): a gap, then words, then a gap and a figure: a row's second label.
_SECOND_LABEL = re.compile(
    r"(?<=[\d)%\-\u2014])\s{3,}(?=([A-Za-z][A-Za-z&,.'()/ -]*?[A-Za-z.)])\s{2,}\$?\s*\(?-?[\d.])")
# What any such row holds, asked first (one quick pass; most lines of a release have no letter after a figure).
_LETTER_AFTER_A_FIGURE = re.compile(r"[\d)%\-\u2014]   +[A-Za-z]")
# A row's own label and figures before it: words (perhaps a footnote's number, "EBITDA (1)"), a gap, a figure.
_FIRST_PART = re.compile(r"^\s*[A-Za-z(](?:[^\d$]|\(\d{1,2}\))*?\s{2,}\$?\s*\(?-?[\d.]")
# Rows two tables must share to be two tables: a stray line of that shape is no layout.
_MIN_ROWS = 2
# Lines of the shared title block above the columns' headers that both strips keep whole.
_TITLE_REACH = 6
# Tables a page sets across at most.
_MAX_ACROSS = 4
# Left-only rows (a line the right table has no counterpart for) a block may run over.
_MAX_GAP = 2
# How far right of the second table's label column its indented labels start ("  Total liabilities").
_INDENT = 6
# The gap that ends a header cell crossing the cut (two spaces or more), or the line's end.
_CELL_END = re.compile(r"\s{2,}|\s*$")


def _second_label_at(line: str) -> int | None:
    """Where a line's second label starts, if it is a row of two tables' side by side."""
    if _LETTER_AFTER_A_FIGURE.search(line) is None or not _FIRST_PART.match(line):
        return None
    for found in _SECOND_LABEL.finditer(line):
        label = found.group(1).strip()
        # four characters and three letters at least: no word a figure column prints for "no figure"
        # ("n/m", "nil", "N.M.") passes for a label
        # ("n/m   n/m" in two change columns is no label either: round 404, the year's columns from the
        # first such row down had been cut off as a second table and lost)
        if len(label) >= 4 and sum(c.isalpha() for c in label) >= 3 and not all(
                says_no_value(word) for word in label.split()):
            return found.end()
    return None


def side_by_side_strips(lines: tuple[str, ...], depth: int = 0) -> tuple[tuple[str, ...], ...]:
    """The lines as one strip, or, where tables stand side by side, as several: the left strip (the whole
    text, each block's right halves blanked), then the right one (only each block's right halves and the
    title lines above it), itself cut again where a third table stands beside the second."""
    blocks = _blocks(lines) if depth < _MAX_ACROSS - 1 else []
    if not blocks:
        return (lines,)
    left = list(lines)
    right = [""] * len(lines)
    cut = {index for top, last, _ in blocks for index in range(top, last + 1)}
    for top, last, column in blocks:
        for index in range(max(0, top - _TITLE_REACH), top):
            if index not in cut:  # the rows of a block above are already halved
                right[index] = lines[index]
        edge = _left_figures_edge(lines, top, last)
        for index in range(top, last + 1):
            text = lines[index]
            at = _cut_at(text, column, edge)
            left[index] = text[:at].rstrip()
            right[index] = (" " * at + text[at:]).rstrip() if len(text) > at else ""
    return tuple(left), *side_by_side_strips(tuple(right), depth + 1)


def _blocks(lines: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """(header top, last row, column) of each run of rows whose second labels start at one
    column; the header top is the first of the lines right above the rows that reach that column."""
    found: list[tuple[int, int, int]] = []
    at = [_second_label_at(line) if "   " in line else None for line in lines]
    index = 0
    while index < len(lines):
        column = at[index]
        if column is None:
            index += 1
            continue
        first = last = index
        rows = 1
        probe = index + 1
        while probe < len(lines) and probe - last <= _MAX_GAP + 1:
            second = at[probe]
            if second is not None and column <= second <= column + _INDENT:
                last, rows = probe, rows + 1  # a row of both tables, the second's label perhaps indented
            elif second is not None:
                break
            elif _right_goes_on(lines[probe], column):
                last = probe  # the second table runs on where the first has no row ("Stockholders' equity:")
            probe += 1
        if rows >= _MIN_ROWS and _same_column(at, first, last, column):
            found.append((_header_top(lines, first, column), last, column))
        index = last + 1
    return found


def _same_column(at: list[int | None], first: int, last: int, column: int) -> bool:
    """Most rows of the run start their second label at `column`, or indented under it (a run of one shape,
    not chance)."""
    counts = Counter(a for a in at[first : last + 1] if a is not None)
    return sum(n for a, n in counts.items() if column <= a <= column + _INDENT) * 2 > sum(counts.values())


def _right_goes_on(line: str, column: int) -> bool:
    """A line of the second table alone (nothing left of it: a row, a heading, a rule), or one set in two
    halves at its column (the first table's row beside the second's heading), or a heading of the second
    table starting a little left of the column: never a line of prose running across it."""
    text = line.rstrip()
    if len(text) <= column:
        return False
    return not text[: column - 2].strip() or _in_two_halves(text, column)


def _left_figures_edge(lines: tuple[str, ...], top: int, last: int) -> int:
    """The right edge of the first table's figures in a block: the end of the widest left half of its rows
    of both tables (each row's figures end where the gap before its second label starts)."""
    edge = 0
    for line in lines[top : last + 1]:
        at = _second_label_at(line) if "   " in line else None
        if at is not None:
            edge = max(edge, len(line[:at].rstrip()))
    return edge


def _cut_at(text: str, column: int, edge: int = 0) -> int:
    """Where to cut a line of the block: at the second table's label column, or, where a heading of its
    rows starts a little left of them and runs across it ("Net income (loss) per share:" over "  Basic"),
    at the start of that heading: after the gap of two spaces or more before it. A cell that runs across
    the column but starts over (or right at) the first table's figures, whose right edge is `edge`, heads
    those figures ("June 30,  Dec. 31," over "2000  1999", the "Dec. 31," past the figures' edge): it stays
    left whole, the cut at the gap after it (round 721: the prior year's "Dec. 31," had gone to the right
    table, the left one reading "June 30," for both years, wrong dates with every footing passing)."""
    if len(text) <= column or " " in text[column - 1 : column + 1]:
        return column  # nothing runs across the column
    start = column
    while start > 1 and text[start - 2 : start] != "  ":
        start -= 1
    if start <= edge and text[:start].strip():
        return _CELL_END.search(text, column).start()  # type: ignore[union-attr]  # (\s*$ always matches)
    return start if start > 1 and text[:start].strip() else column


def _header_top(lines: tuple[str, ...], first: int, column: int) -> int:
    """The first line of the block's column headers: the lines right above its first row that reach the
    second table's column, and above a blank line under them ("2005   2004   ...   2005   2004" / rule /
    blank / "Net revenues   $ 18,214 ..."), the lines set in two halves at that column, each side its own
    table's heading ("Three Months Ended   ...   Six Months Ended"). A title centred across the page
    ("SUMMARY FINANCIAL RESULTS") is no half of either: the two tables share it."""
    top = first
    while top > 0 and lines[top - 1].strip() and len(lines[top - 1].rstrip()) > column:
        top -= 1
    if top > 1 and not lines[top - 1].strip():
        above = top - 1
        while above > 0 and _in_two_halves(lines[above - 1], column) and not _FIRST_PART.match(lines[above - 1]):
            above -= 1  # (a row of figures above the blank line is the end of the table before)
        if above < top - 1:
            top = above
    return top


def _in_two_halves(line: str, column: int) -> bool:
    """Words (or a rule) on both sides of `column`, none running across it but a heading of the second
    table starting a little left of it, after a gap ("ASSETS   ...   LIABILITIES AND STOCKHOLDERS' EQUITY")."""
    return (len(line.rstrip()) > column and bool(line[:column].strip())
            and (line[column - 1 : column + 1].strip() == "" or _cut_at(line, column) < column))
