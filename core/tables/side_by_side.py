"""Two tables set side by side on one page of text, each with its own label column ("Net sales  $12,406
$9,318       Net sales  $23,911  $18,207": the quarter on the left, the six months on the right), as some
small filers typed their summaries to save paper. Read as one table, each line's second label and its
figures were words in the first one's label, and neither table was read.

Such a block is cut at the second label column into two strips of the same lines: the left halves, and
the right halves under the title lines both tables share. Each strip keeps every line's number (the other
strip's half blanked), so that a figure's source span is the line it was printed on.
"""

from __future__ import annotations

import re
from collections import Counter

# After a figure (or a dash for zero): a gap, then words, then a gap and a figure: a row's second label.
_SECOND_LABEL = re.compile(r"(?<=[\d)%\-\u2014])\s{3,}(?=([A-Za-z][A-Za-z&,.'()/ -]*?[A-Za-z.)])\s{2,}[$(]?-?[\d.])")
# What any such row holds, asked first (one quick pass; most lines of a release have no letter after a figure).
_LETTER_AFTER_A_FIGURE = re.compile(r"[\d)%\-\u2014]   +[A-Za-z]")
# A row's own label and figures before it: words (perhaps a footnote's number, "EBITDA (1)"), a gap, a figure.
_FIRST_PART = re.compile(r"^\s*[A-Za-z(](?:[^\d$]|\(\d{1,2}\))*?\s{2,}[$(]?-?[\d.]")
# Rows two tables must share to be two tables: a stray line of that shape is no layout.
_MIN_ROWS = 2
# Lines of the shared title block above the columns' headers that both strips keep whole.
_TITLE_REACH = 6
# Tables a page sets across at most.
_MAX_ACROSS = 4
# Left-only rows (a line the right table has no counterpart for) a block may run over.
_MAX_GAP = 2


def _second_label_at(line: str) -> int | None:
    """Where a line's second label starts, if it is a row of two tables' side by side."""
    if _LETTER_AFTER_A_FIGURE.search(line) is None or not _FIRST_PART.match(line):
        return None
    for found in _SECOND_LABEL.finditer(line):
        label = found.group(1).strip()
        # four characters and three letters at least: no word a figure column prints for "no figure"
        # ("n/m", "nil", "N.M.") passes for a label
        if len(label) >= 4 and sum(c.isalpha() for c in label) >= 3:
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
    for top, last, column in blocks:
        for index in range(max(0, top - _TITLE_REACH), top):
            right[index] = lines[index]
        for index in range(top, last + 1):
            text = lines[index]
            left[index] = text[:column].rstrip()
            right[index] = (" " * column + text[column:]).rstrip() if len(text) > column else ""
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
            if at[probe] == column:
                last, rows = probe, rows + 1
            elif at[probe] is not None:
                break
            probe += 1
        if rows >= _MIN_ROWS and _same_column(at, first, last, column):
            top = first
            while top > 0 and lines[top - 1].strip() and len(lines[top - 1].rstrip()) > column:
                top -= 1
            found.append((top, last, column))
        index = last + 1
    return found


def _same_column(at: list[int | None], first: int, last: int, column: int) -> bool:
    """Most rows of the run start their second label at `column` (a run of one shape, not chance)."""
    counts = Counter(a for a in at[first : last + 1] if a is not None)
    return counts[column] * 2 > sum(counts.values())
