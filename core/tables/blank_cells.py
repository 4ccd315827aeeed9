"""Rows a scrape printed with a cell left blank: a line of one period only ("Grant receivable 402,118" in a
table of two columns), which a markdown scrape prints as nothing at all, neither a dash nor a gap.

Which column the blank stands in, the words never say. The arithmetic does: the first total below the row
is the sum of the lines since the last total or result above it, or the result below it is the result above
it and the lines between (signed as printed), and only one placement of the row's figures (in their order)
makes that true in every column. Where none does, or more than one, the row is left out: a guess would print
a wrong figure.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Callable
from decimal import Decimal

from core.limits import BLANK_CELL_REACH, MAX_ARRANGEMENTS, MAX_BLANK_CELL_ROWS
from core.tables.numbers import Cell
from core.tables.raw import RawRow


def blank_cells_placed(rows: list[RawRow], width: int) -> tuple[list[RawRow], tuple[RawRow, ...]]:
    """The rows, each printing fewer figures than there are columns placed by the arithmetic, and those of
    them it placed in no one way, left out: for a warning naming their lines (round 705: a row left out so
    had said nothing, and the total it belongs to failed to foot as if the release were wrong)."""
    short = {index for index, row in enumerate(rows) if len(row.cells) < width}
    if not short:
        return rows, ()
    if len(short) > MAX_BLANK_CELL_ROWS:
        left = tuple(rows[index] for index in sorted(short))
        return [row for index, row in enumerate(rows) if index not in short], left
    placed = {index: _placed(rows, index, width, short) for index in short}
    return ([kept for index, row in enumerate(rows) if (kept := placed.get(index, row)) is not None],
            tuple(rows[index] for index in sorted(short) if placed[index] is None))


def _is_total(row: RawRow) -> bool:
    return row.label.lower().startswith("total")


def _is_result(row: RawRow) -> bool:
    return _RESULT.match(row.label) is not None


def _nearest(rows: list[RawRow], index: int, step: int, found: Callable[[int], bool]) -> int | None:
    """The nearest row from `index` in the direction of `step` (1 down, -1 up) that `found` accepts, within
    BLANK_CELL_REACH rows; None past it."""
    stop = min(len(rows), index + BLANK_CELL_REACH) if step > 0 else max(-1, index - BLANK_CELL_REACH)
    return next((i for i in range(index + step, stop, step) if found(i)), None)


def _placed(rows: list[RawRow], index: int, width: int, short: set[int]) -> RawRow | None:
    """The row at `index` with its figures in the columns its total lacks them in; None where that is not
    one placement. `short`: the rows still to be placed, no part of any total."""
    return _placed_by_total(rows, index, width, short) or _placed_between_results(rows, index, width, short)


def _placed_by_total(rows: list[RawRow], index: int, width: int, short: set[int]) -> RawRow | None:
    """The row placed by the first total below it, the lines since the last total or result above it."""
    end = _nearest(rows, index, 1, lambda i: _is_total(rows[i]) and i not in short)
    if end is None:
        return None
    above = _nearest(rows, index, -1, lambda i: _is_total(rows[i]) or _is_result(rows[i]) or _GROSS.match(
        rows[i].label) is not None)
    start = above + 1 if above is not None else 0 if index < BLANK_CELL_REACH else index
    parts = [rows[i] for i in range(start, end) if i not in short]
    missing = _lacked(rows[end], parts, width)
    placed = _fitted(rows[index], missing, width) if missing is not None else None
    if placed is None and index == start and end + 1 < len(rows) and end + 1 not in short:
        # A line above a section that its total is taken from: "Grant revenue 402,118", the operating expenses
        # and their total, then "Loss from operations" (402,118 - 8,093,021): the result below the total
        # lacks the line where it is printed, and nothing where it is blank.
        result = rows[end + 1]  # (`parts` holds no row still to be placed: the section's lines alone)
        if missing is not None and all(value == 0 for value in missing) and not _is_total(result) and all(
                cell is not None for cell in result.cells):
            placed = _fitted(rows[index], [cell.value + total.value for cell, total in zip(
                result.cells, rows[end].cells, strict=True) if cell is not None and total is not None], width)
    return placed


# A result a statement runs through ("Income from operations", "Loss before income taxes", "Net loss"): the
# lines between two of them, signed as printed, carry the first to the second.
_RESULT = re.compile(r"^(?:\((?:loss|income)\)\s+)?(?:net\s+)?(?:income|loss|earnings|profit)\b(?!.*\bper\s+share)"
                     r"|^operating\s+(?:income|loss|profit)\b", re.IGNORECASE)
_GROSS = re.compile(r"^gross\s+(?:profit|margin|loss)", re.IGNORECASE)


def _placed_between_results(rows: list[RawRow], index: int, width: int, short: set[int]) -> RawRow | None:
    """The row placed where the result below it is the result above it and the lines between, signed as
    printed ("Income from operations 2,799", "Interest expense, net (411)", "Loss on extinguishment of debt"
    in the year-ago columns only, "Other income 38", "Income before income taxes 2,426"); None where that is
    not one placement, or the statement prints its costs unsigned (the sum then holds in no column)."""
    end = _nearest(rows, index, 1, lambda i: _is_result(rows[i]))
    start = _nearest(rows, index, -1, lambda i: _is_result(rows[i]))
    if end is None or start is None or end in short or start in short:
        return None
    parts = [rows[i] for i in range(start, end) if i not in short]
    missing = _lacked(rows[end], parts, width)
    return _fitted(rows[index], missing, width) if missing is not None else None


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
    if math.comb(width, len(figures)) > MAX_ARRANGEMENTS:
        return None
    fits = [columns for columns in itertools.combinations(range(width), len(figures))
            if all(missing[c] == cell.value for c, cell in zip(columns, figures, strict=True))
            and all(missing[c] == 0 for c in range(width) if c not in columns)]
    if len(fits) != 1:
        return None
    cells: list[Cell | None] = [None] * width
    for column, cell in zip(fits[0], figures, strict=True):
        cells[column] = cell
    return dataclasses.replace(row, cells=tuple(cells))
