"""Figures grouped by full stops ("$84.512", "1.012" for 84,512 and 1,012), as a European filer or a
converter prints them: read by the comma's rule they were 84.512 thousand dollars, a thousandth of the
figure, and every check passed on them (they foot all the same).

Told per table: every figure with a full stop has exactly three digits after each, no figure anywhere in the
table has a comma but for a decimal one ("0,09", a European figure a share), and enough of them say so. A
figure starting "0." (a figure a share, "$0.31") is a decimal fraction whatever the table does, and stays one.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from core.tables.numbers import DECIMAL_COMMA, Cell
from core.tables.raw import RawRow

_GROUPED = re.compile(r"[^\d]*[1-9]\d{0,2}(?:\.\d{3})+[^\d]*")
_FRACTION = re.compile(r"[^\d]*0?\.\d+[^\d]*")
# Figures that must say so before a table's full stops are read as groups of thousands.
_ENOUGH = 4


def with_dots_as_thousands(rows: list[RawRow]) -> list[RawRow]:
    """The rows with each figure grouped by full stops read as a whole number, where the table groups its
    figures so (see the module's docstring); the rows as they were otherwise."""
    cells = [cell for row in rows for cell in row.cells if cell is not None and not cell.is_blank]
    if any("," in cell.text and not DECIMAL_COMMA.search(cell.text) for cell in cells):
        return rows
    dotted = [cell for cell in cells if "." in cell.text and not _FRACTION.fullmatch(cell.text)]
    if len(dotted) < _ENOUGH or not all(_GROUPED.fullmatch(cell.text) for cell in dotted):
        return rows
    return [dataclasses.replace(row, cells=tuple(_whole(cell) for cell in row.cells)) for row in rows]


def _whole(cell: Cell | None) -> Cell | None:
    if cell is None or not _GROUPED.fullmatch(cell.text):
        return cell
    digits = Decimal("".join(ch for ch in cell.text if ch.isdigit()))
    return cell._replace(value=-digits if cell.value < 0 else digits)
