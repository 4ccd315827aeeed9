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
    missing = _lacked(rows[end], parts, width)
    placed = _fitted(rows[index], missing, width) if missing is not None else None
    if placed is None and index == start and end + 1 < len(rows) and end + 1 not in short:
        # A line above a section that its total is taken from: "Grant revenue 402,118", the operating expenses
        # and their total, then "Loss from operations" (402,118 - 8,093,021): the result below the total
        # lacks the line where it is printed, and nothing where it is blank.
        result = rows[end + 1]
        lacked = _lacked(rows[end], [row for row in parts if row is not rows[index]], width)
        if lacked is not None and all(value == 0 for value in lacked) and not _is_total(result) and all(
                cell is not None for cell in result.cells):
            placed = _fitted(rows[index], [cell.value + total.value for cell, total in zip(
                result.cells, rows[end].cells, strict=True) if cell is not None and total is not None], width)
    return placed


def _lacked(total_row: RawRow, parts: list[RawRow], width: int) -> list[Decimal] | None:
    """What the total holds beyond the lines `parts` in each column; None where a cell is missing."""
    if len(total_row.cells) != width or any(len(part.cells) != width for part in parts):
        return None
    missing: list[Decimal] = []
    for column in range(width):
        total = total_row.cells[column]
        if total is None or any(part.cells[column] is None for part in parts):
            return None
        missing.append(total.value - sum((cell.value for part in parts if (cell := part.cells[column]) is not None),
                                         start=Decimal(0)))
    return missing


def _fitted(row: RawRow, missing: list[Decimal], width: int) -> RawRow | None:
    """`row` with its figures where `missing` holds exactly them and nothing elsewhere, if in one way only."""
    if len(missing) != width:
        return None
    figures = [cell for cell in row.cells if cell is not None]
    fits = [columns for columns in itertools.combinations(range(width), len(figures))
            if all(missing[c] == cell.value for c, cell in zip(columns, figures, strict=True))
            and all(missing[c] == 0 for c in range(width) if c not in columns)]
    if len(fits) != 1:
        return None
    cells: list[Cell | None] = [None] * width
    for column, cell in zip(fits[0], figures, strict=True):
        cells[column] = cell
    return dataclasses.replace(row, cells=tuple(cells))
