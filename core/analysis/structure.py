"""Which lines of a statement are totals, and which lines each total adds up: read from the arithmetic.

The reader marks a line as a total when it follows a rule or starts with "Total". Both hints mislead on real
releases: HTML renderings put a rule above the first line of a section (ServiceNow's "Sales and marketing",
57% of its operating expenses, came out as a "total" and was dropped from the expense mix), and a gross
amount printed before "Less accumulated depreciation" is not a total either. So the analysis trusts the
sums instead: a line is a total when it equals the sum of the two or more lines printed directly above it
that no other total has already taken. Taking them is what keeps a subtotal ("Total current assets",
"Total cloud and license revenues") from counting twice in the total above it.

This is a reading for the pages (expense mix, balance-sheet blocks); the facts keep the reader's flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from core.model import LineItem, Statement

# A total prints rounded like its parts; k parts rounded to the unit can miss their printed total by up to
# k/2 units. Allow that, never more, so a coincidence of a few units does not make a total.
_HALF = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class Footing:
    """Each total (by its index in `statement.items`) with the indices of the lines it sums."""

    statement: Statement
    parts: dict[int, tuple[int, ...]]

    def is_total(self, item: LineItem) -> bool:
        return self.index(item) in self.parts

    def index(self, item: LineItem) -> int:
        """Position of `item` (by equality: the cache may hand back the footing of an equal statement);
        -1 for a line that is not in the statement."""
        return next((i for i, candidate in enumerate(self.statement.items) if candidate == item), -1)

    def components(self, item: LineItem) -> tuple[LineItem, ...]:
        """The lines `item` sums, in print order; empty when it is no total."""
        return tuple(self.statement.items[i] for i in self.parts.get(self.index(item), ()))

    def leaves(self, item: LineItem, *, keep_netted: bool = True) -> tuple[LineItem, ...]:
        """The lines under `item`, subtotals opened into their own lines.

        A subtotal that nets a deduction ("Property and equipment" less "accumulated depreciation") stays
        whole when `keep_netted`: a reader wants the net figure, not a gross bar and a negative one.
        """
        found: list[LineItem] = []
        for part in self.components(item):
            inner = self.components(part)
            netted = any((v or 0) < 0 for p in inner for v in p.values)
            if inner and not (keep_netted and netted):
                found.extend(self.leaves(part, keep_netted=keep_netted))
            else:
                found.append(part)
        return tuple(found)


def _sums(total: LineItem, parts: list[LineItem], scale: int) -> bool:
    """True when `parts` add up to `total` in every column where the total is printed (and one at least)."""
    tolerance = Decimal(scale) * _HALF * len(parts)
    checked = False
    for column, value in enumerate(total.values):
        if value is None:
            continue
        cells = [part.values[column] if column < len(part.values) else None for part in parts]
        if all(cell is None for cell in cells):
            return False
        if abs(sum((cell or Decimal(0) for cell in cells), Decimal(0)) - value) > tolerance:
            return False
        checked = checked or value != 0
    return checked


@lru_cache(maxsize=64)  # pages ask for the same statement's footing many times in one run
def footing(statement: Statement) -> Footing:
    """Walk the statement top down; each amount line that sums the open lines just above it closes them.

    Among runs that sum, the shortest wins: a subtotal is found before the total that contains it.
    """
    open_lines: list[int] = []
    parts: dict[int, tuple[int, ...]] = {}
    items = statement.items
    for index, item in enumerate(items):
        if item.kind != "amount" or all(value is None for value in item.values):
            continue
        for count in range(2, len(open_lines) + 1):
            run = open_lines[-count:]
            if _sums(item, [items[i] for i in run], statement.scale):
                parts[index] = tuple(run)
                del open_lines[-count:]
                break
        open_lines.append(index)
    return Footing(statement, parts)


_FOOTNOTE = re.compile(r"\s*\(\d\)\s*$|\s*\(\d\)(?=\s)")


def display_label(statement: Statement, item: LineItem) -> str:
    """The line's label as a chart can show it on its own.

    The same words under two headings are two lines ("Subscription" revenue and "Subscription" cost): the
    heading is added so they stay apart. An unlabelled subtotal (the net figure under "Property and
    equipment" and its accumulated depreciation) is named after the first line it sums.
    """
    label = item.label.strip()
    if not label:
        parts = footing(statement).components(item)
        if not parts:
            return "Unlabelled line"
        first = parts[0].label.strip() or "Unlabelled line"
        netted = any((v or 0) < 0 for part in parts for v in part.values)
        return f"{first}, net" if netted else f"Total {first}"
    twins = [
        other for other in statement.items if other is not item and other.label.strip().lower() == label.lower()
    ]
    if twins and item.section and any(other.section != item.section for other in twins):
        return f"{label} ({_FOOTNOTE.sub('', item.section).strip().lower()})"
    return label
