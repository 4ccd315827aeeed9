"""Sums among a table's rows as printed: the run of rows ending a stack that adds up to a line's figures,
which names an unlabelled total (core.tables.rows) and proves a row's figures a result of the rows above it
(core.tables.signs_alone)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from core.tables.numbers import Cell
from core.tables.raw import RawRow
from core.vocabulary import LESS_LINE


def run_adding_up(stack: Sequence[RawRow], cells: Sequence[Cell | None]) -> int:
    """How many rows ending `stack` add up to `cells` in every column that prints an amount (the shortest such
    run; two rows or more, or the one row there is), each within half its printed unit; 0 where none does.
    A "Less ..." line printed without its sign is taken away."""
    totals = [(i, cell) for i, cell in enumerate(cells) if cell is not None and not cell.is_percent
              and not cell.is_blank]
    if not totals or not stack:
        return 0
    sums = [Decimal(0)] * len(totals)
    for length in range(1, len(stack) + 1):
        row = stack[-length]
        for position, (column, _) in enumerate(totals):
            cell = row.cells[column] if column < len(row.cells) else None
            if cell is not None and not cell.is_percent and not cell.is_blank:
                sign = -1 if cell.value > 0 and LESS_LINE.match(row.label) else 1
                sums[position] += sign * cell.value
        if (length >= 2 or len(stack) == 1) and all(
                abs(sums[p] - total.value) <= half_unit(total) * length for p, (_, total) in enumerate(totals)):
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
        run = run_adding_up(stack, row.cells if column is None else in_column(row.cells, column))
        if run:
            del stack[-run:]
        stack.append(row)
    return stack
