"""Sums among a table's rows as printed: the run of rows ending a stack that adds up to a line's figures,
which names an unlabelled total (core.tables.rows) and proves a row's figures a result of the rows above it
(core.tables.signs_alone)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from core.tables.numbers import Cell
from core.tables.raw import RawRow
from core.vocabulary import LESS_LINE
from core.work import count_work

# The most rows of a stack one printed sum is taken to add up, each subtotal counting as one row: the longest run
# in the fixtures, the corpus and the files of rounds 702-728 is 19 rows. A longer stack is a table of lines that
# add up to nothing (thousands of one line repeated, issue 12's fuzzing), which would be added back to its top
# at every line.
MOST_PARTS = 60


def run_adding_up(stack: Sequence[RawRow], cells: Sequence[Cell | None]) -> int:
    """How many rows ending `stack` add up to `cells` in every column that prints an amount (the shortest such
    run; two rows or more, or the one row there is), each within half its printed unit; 0 where none does.
    A "Less ..." line printed without its sign is taken away."""
    totals = [(i, cell.value, half_unit(cell)) for i, cell in enumerate(cells)
              if cell is not None and not cell.is_percent and not cell.is_blank]
    if not totals or not stack:
        return 0
    count_work("sums tried", 1)  # (each walks MOST_PARTS rows at most)
    sums = [Decimal(0)] * len(totals)
    for length in range(1, min(len(stack), MOST_PARTS) + 1):
        row = stack[-length]
        less: bool | None = None  # (whether the row is a "Less ..." line, asked once it prints a positive part)
        for position, (column, _, _) in enumerate(totals):
            cell = row.cells[column] if column < len(row.cells) else None
            if cell is not None and not cell.is_percent and not cell.is_blank:
                if cell.value > 0 and (less if less is not None else (less := bool(LESS_LINE.match(row.label)))):
                    sums[position] -= cell.value
                else:
                    sums[position] += cell.value
        if length >= 2 or len(stack) == 1:
            for position, (_, value, half) in enumerate(totals):
                if abs(sums[position] - value) > half * length:
                    break
            else:
                return length
    return 0


def half_unit(cell: Cell) -> Decimal:
    """Half the last printed place of a figure: the rounding each of its parts may carry."""
    exponent = cell.value.as_tuple().exponent
    return Decimal(5) * Decimal(10) ** (exponent - 1) if isinstance(exponent, int) and exponent < 0 else _HALF


_HALF = Decimal("0.5")


def in_column(cells: Sequence[Cell | None], column: int) -> tuple[Cell | None, ...]:
    """The cells with every column but `column` left empty: a sum asked of that one column."""
    return tuple(cell if index == column else None for index, cell in enumerate(cells))


def parts_summed(rows: Sequence[RawRow], column: int | None = None) -> list[RawRow]:
    """The rows with each printed sum standing for the run of rows above it that it adds up (a subtotal for
    its parts), as a reader adding down the table keeps them; in `column` alone where one is given."""
    stack: list[RawRow] = []
    for row in rows:
        fold_onto(stack, row, column)
    return stack


def fold_onto(stack: list[RawRow], row: RawRow, column: int | None) -> None:
    """One row more of `parts_summed`: the run of the stack it adds up taken off, the row put on."""
    run = run_adding_up(stack, row.cells if column is None else in_column(row.cells, column))
    if run:
        del stack[-run:]
    stack.append(row)
