"""Rows a scrape printed with a cell left blank: a line of one period only ("Grant receivable 402,118" in a
table of two columns), which a markdown scrape prints as nothing at all, neither a dash nor a gap.

Which column the blank stands in, the words never say. The arithmetic does: the first total below the row
is the sum of the lines from the last total above it, and only one placement of the row's figures (in their
order) makes that true in every column. Where none does, or more than one, the row is left out: a guess
would print a wrong figure.
"""

from __future__ import annotations

import dataclasses
import itertools
from decimal import Decimal

from core.tables.numbers import Cell
from core.tables.raw import RawRow


def with_blank_cells_placed(rows: list[RawRow], width: int) -> list[RawRow]:
    """The rows, each printing fewer figures than there are columns placed by the arithmetic or left out."""
    short = {index for index, row in enumerate(rows) if len(row.cells) < width}
    if not short:
        return rows
    placed = {index: _placed(rows, index, width, short) for index in short}
    return [kept for index, row in enumerate(rows) if (kept := placed.get(index, row)) is not None]


def _is_total(row: RawRow) -> bool:
    return row.label.lower().startswith("total")


def _placed(rows: list[RawRow], index: int, width: int, short: set[int]) -> RawRow | None:
    """The row at `index` with its figures in the columns its total lacks them in; None where that is not
    one placement. `short`: the rows still to be placed, no part of any total."""
    end = next((i for i in range(index + 1, len(rows)) if _is_total(rows[i]) and i not in short), None)
    if end is None:
        return None
    start = next((i + 1 for i in range(index - 1, -1, -1) if _is_total(rows[i])), 0)
    parts = [rows[i] for i in range(start, end) if i not in short]
    if any(len(part.cells) != width for part in parts):
        return None
    missing: list[Decimal] = []
    for column in range(width):
        total = rows[end].cells[column]
        if total is None or any(part.cells[column] is None for part in parts):
            return None
        missing.append(total.value - sum((cell.value for part in parts if (cell := part.cells[column]) is not None),
                                         start=Decimal(0)))
    figures = [cell for cell in rows[index].cells if cell is not None]
    fits = [columns for columns in itertools.combinations(range(width), len(figures))
            if all(missing[c] == cell.value for c, cell in zip(columns, figures, strict=True))
            and all(missing[c] == 0 for c in range(width) if c not in columns)]
    if len(fits) != 1:
        return None
    cells: list[Cell | None] = [None] * width
    for column, cell in zip(fits[0], figures, strict=True):
        cells[column] = cell
    return dataclasses.replace(rows[index], cells=tuple(cells))
