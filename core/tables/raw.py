"""A table as the text reader found it, before anyone decides what it means: its title and header lines,
each column's header text, and each row's full label, cells and source lines."""

from __future__ import annotations

import re
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
    return bool(cells) and (sum(1 for c in cells if c.is_percent) * 2 > len(cells) or _shares_of_revenue(rows, index))


# A revenue line's share of itself, as a column of shares of revenue prints it: "100.0", "100.00%".
_WHOLE = re.compile(r"^\(?100(?:\.0{1,2})?\)?%?$")
_REVENUE_LINE = re.compile(r"\b(?:revenues?|sales)\b", re.IGNORECASE)
_DECIMALS = re.compile(r"\.\d{1,2}\)?%?$")


def _shares_of_revenue(rows: Sequence[RawRow], index: int) -> bool:
    """Whether a column prints each line's share of revenue without its "%" ("94.6  $ 68,412", the share
    before the amount): its revenue line is 100.0 and every other figure a share of it, printed to a tenth
    or a hundredth (round 357: such a column had been read as the period's amounts, total revenues $100,000).
    Asked only where a revenue line prints 100 with its decimals."""
    whole = next((row for row in rows if (cell := row.cells[index]) is not None and _WHOLE.match(cell.text)
                  and _REVENUE_LINE.search(row.label)), None)
    if whole is None:
        return False
    cells = [cell for row in rows if (cell := row.cells[index]) is not None and not cell.is_dash
             and not says_no_value(cell.text)]
    return all(abs(cell.value) <= _WHOLE_SHARE and _DECIMALS.search(cell.text) for cell in cells)


_WHOLE_SHARE = 150  # a cost line's share may pass the whole, a loss-making quarter's costs at 120% of sales
