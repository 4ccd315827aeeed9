"""The operating-expense breakdown: which lines make up the total, their shares, and which moved it most.

The components are found by position, not by name: the lines printed directly above the
`total_operating_expenses` line, under the same heading, up to the previous total or result line. That
keeps lines the vocabulary has no key for ("Clinical manufacturing") in the breakdown, where they belong.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.analysis.comparisons import HIGHER_IS_BETTER
from core.analysis.periods import Window
from core.analysis.structure import footing
from core.model import LineItem, Period, Statement
from core.vocabulary import NONINTEREST_EXPENSE_TOTAL

TOTAL_CONCEPT = "total_operating_expenses"


@dataclass(frozen=True, slots=True)
class ExpenseBreakdown:
    """The total-expenses line and the lines that add up to it, with the statement they come from."""

    statement: Statement
    total: LineItem
    components: tuple[LineItem, ...]

    def amount(self, item: LineItem, period: Period) -> Decimal | None:
        return item.values[self.statement.periods.index(period)]

    def share(self, item: LineItem, period: Period) -> Decimal | None:
        """The line's share of the total in percent; None where either is blank or the total is zero."""
        amount, total = self.amount(item, period), self.amount(self.total, period)
        if amount is None or not total:
            return None
        return amount / total * 100

    def residual(self, period: Period) -> Decimal | None:
        """Printed total minus the sum of its lines: zero when the breakdown is complete."""
        total = self.amount(self.total, period)
        if total is None:
            return None
        return total - sum((self.amount(item, period) or Decimal(0) for item in self.components), Decimal(0))


@dataclass(frozen=True, slots=True)
class Mover:
    """The line whose change moved the total most in a window, and how much of the total's change it was."""

    label: str
    change: Decimal
    total_change: Decimal

    @property
    def share_of_change(self) -> Decimal | None:
        return None if self.total_change == 0 else self.change / self.total_change * 100


def breakdown(statement: Statement) -> ExpenseBreakdown | None:
    """The lines the total adds up (by the arithmetic, core.analysis.structure), else the expense lines
    printed above it under its heading; None when the statement prints no total or no lines above it.

    A bank prints no "total operating expenses": its "Total noninterest expense" is broken down instead,
    only where the lines above it add up to it."""
    total = statement.item(TOTAL_CONCEPT)
    if total is None:
        return _noninterest_expenses(statement)
    summed = footing(statement).components(total)
    if summed:
        return ExpenseBreakdown(statement=statement, total=total, components=summed)
    index = statement.items.index(total)
    components: list[LineItem] = []
    section: str | None = None
    for item in reversed(statement.items[:index]):
        if item.is_total or item.kind != "amount" or HIGHER_IS_BETTER.intersection(item.concepts):
            break
        if section is None:
            section = item.section
        elif item.section != section:
            break
        components.append(item)
    if not components:
        return None
    return ExpenseBreakdown(statement=statement, total=total, components=tuple(reversed(components)))


def _noninterest_expenses(statement: Statement) -> ExpenseBreakdown | None:
    total = next((item for item in statement.items
                  if item.kind == "amount" and NONINTEREST_EXPENSE_TOTAL.search(item.label)), None)
    summed = footing(statement).components(total) if total is not None else ()
    return ExpenseBreakdown(statement=statement, total=total, components=summed) if total and summed else None


def biggest_mover(expenses: ExpenseBreakdown, window: Window) -> Mover | None:
    """The component with the largest change (either way) between the window's two periods."""
    if window.prior is None:
        return None
    total_now, total_then = (
        expenses.amount(expenses.total, window.current),
        expenses.amount(expenses.total, window.prior),
    )
    if total_now is None or total_then is None:
        return None
    best: Mover | None = None
    for item in expenses.components:
        now, then = expenses.amount(item, window.current), expenses.amount(item, window.prior)
        if now is None or then is None:
            continue
        if best is None or abs(now - then) > abs(best.change):
            best = Mover(label=item.label, change=now - then, total_change=total_now - total_then)
    return best
