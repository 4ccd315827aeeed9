"""Sums among a table's rows as printed: the run of rows ending a stack that adds up to a line's figures,
which names an unlabelled total (core.tables.rows) and proves a row's figures a result of the rows above it
(core.tables.signs_alone)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.tables.numbers import Cell
from core.tables.raw import RawRow

# "Less accumulated depreciation", "Less: allowance": a line taken from the one above it.
LESS_LINE = re.compile(r"^\s*less\b|^\s*accumulated\s+(?:depreciation|amortization|depletion)\b", re.IGNORECASE)


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


def parts_summed(rows: Sequence[RawRow]) -> list[RawRow]:
    """The rows with each printed sum standing for the run of rows above it that it adds up (a subtotal for
    its parts), as a reader adding down the table keeps them."""
    stack: list[RawRow] = []
    for row in rows:
        run = run_adding_up(stack, row.cells)
        if run:
            del stack[-run:]
        stack.append(row)
    return stack
