"""A table as the text reader found it, before anyone decides what it means: its title and header lines,
each column's header text, and each row's full label, cells and source lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.tables.lines import Column
from core.tables.numbers import Cell, says_no_value


@dataclass(frozen=True, slots=True)
class RawRow:
    """One table row as printed: full label, one cell (or None) per column, where it came from."""

    label: str
    cells: tuple[Cell | None, ...]
    first_line: int
    last_line: int
    indent: int
    section: str
    after_rule: bool


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table as read, before anyone decides what it means."""

    title_lines: tuple[str, ...]
    header_lines: tuple[str, ...]
    columns: tuple[Column, ...]
    column_headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    first_line: int
    last_line: int
    context: tuple[str, ...]
    # The notes printed right under the last row ("Note: dollar amounts in thousands, except per share
    # data."): where a unit note stands when none stands above the table.
    footer: tuple[str, ...] = ()
    # Rows set apart, on a grid of their own after the statement's (core.tables.columns.block_on_another_grid):
    # their first and last line and the heading over them, for a warning.
    apart: tuple[tuple[int, int, str], ...] = ()


def mostly_percent(rows: Sequence[RawRow], index: int) -> bool:
    """Whether a column holds percentages ("% of net sales", "% change"), not figures of a period."""
    # "NM" (not meaningful) stands where a change has no percentage: it says nothing of what the column holds.
    cells = [cell for row in rows if (cell := row.cells[index]) is not None and not says_no_value(cell.text)]
    return bool(cells) and sum(1 for c in cells if c.is_percent) * 2 > len(cells)
