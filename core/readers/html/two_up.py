"""A balance sheet set two-up in one HTML table: assets on the left half of each row, liabilities and equity
on the right half of the same rows ("Cash and cash equivalents | $84,215 | $66,430 | | Accounts payable |
$7,118 | $6,305"), as some filing agents laid it out to fit a page. Drawn as one table, each line's two labels
ran together and one half's figures stood in the other's columns.

Such a grid is cut at the right half's label column into two grids, drawn one after the other: the left
half, then the right half (the rows the right half has nothing in left out). Cells across the cut (a title
over the whole table) stay with the left half. The cut is taken only where the shape is plain: in at least
`_MIN_ROWS` rows a cell of words stands at one column with figures both before it and after it, and each
half then has its own rows of a label and figures.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from core.readers.html.grid import Cell

# Rows that must show a second label between figures: one such row is chance, two are a layout.
_MIN_ROWS = 2


def _is_label(cell: Cell) -> bool:
    """Words that can name a row: from a letter on, three letters at least (no "n/m" or "nil" a figure
    column prints, no "0.1 ppt" of a column of margins)."""
    text = cell.text.lstrip()
    return not cell.numeric and text[:1].isalpha() and sum(ch.isalpha() for ch in text) >= 3


def _second_label(filled: list[Cell]) -> int | None:
    """The column of a row's second label: words after one of its figures and before another."""
    seen_figure = False
    for index, cell in enumerate(filled):
        if cell.numeric:
            seen_figure = True
        elif seen_figure and _is_label(cell) and any(c.numeric for c in filled[index + 1 :]):
            return cell.col
    return None


def _labelled_rows(rows: list[list[Cell]]) -> int:
    """Rows of a half that hold a label and, right of it, a figure."""
    count = 0
    for cells in rows:
        filled = [c for c in cells if c.lines]
        if any(_is_label(c) for c in filled) and any(
            c.numeric and c.col > min(d.col for d in filled if _is_label(d)) for c in filled
        ):
            count += 1
    return count


def two_up_halves(rows: list[list[Cell]], width: int) -> list[tuple[list[list[Cell]], int]]:
    """The grid as the two tables set side by side in it, left then right; or the grid alone."""
    cuts = Counter(cut for cells in rows if (cut := _second_label([c for c in cells if c.lines])) is not None)
    if not cuts:
        return [(rows, width)]
    cut, count = cuts.most_common(1)[0]
    if count < _MIN_ROWS:
        return [(rows, width)]
    left = [[c if c.last < cut else dataclasses.replace(c, span=cut - c.col) for c in cells if c.col < cut]
            for cells in rows]
    right = [[dataclasses.replace(c, col=c.col - cut) for c in cells if c.col >= cut] for cells in rows]
    right = [cells for cells in right if any(c.lines for c in cells)]
    if _labelled_rows(left) < _MIN_ROWS or _labelled_rows(right) < _MIN_ROWS:
        return [(rows, width)]
    return [(left, cut), (right, width - cut)]
