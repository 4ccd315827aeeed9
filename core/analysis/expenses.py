"""The operating-expense breakdown: which lines make up the total, their shares, and which moved it most.

The components are found by position, not by name: the lines printed directly above the
`total_operating_expenses` line, under the same heading, up to the previous total or result line. That
keeps lines the vocabulary has no key for ("Clinical manufacturing") in the breakdown, where they belong.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from core.analysis.comparisons import HIGHER_IS_BETTER
from core.analysis.periods import Window
from core.analysis.structure import display_label, footing
from core.checks.common import rounding_tolerance
from core.model import LineItem, Period, SourceSpan, Statement
from core.statements.signs import bridge_signs
from core.vocabulary import NONINTEREST_EXPENSE_TOTAL

TOTAL_CONCEPT = "total_operating_expenses"
# A line of that name among the ones added up: their sum is then named "Costs and expenses", not the line's name.
_OPERATING_EXPENSES = re.compile(r"\s*operating\s+(?:costs|expenses)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ExpenseBreakdown:
    """The total-expenses line and the lines that add up to it, with the statement they come from."""

    statement: Statement
    total: LineItem
    components: tuple[LineItem, ...]
    # False when the release prints no total and `total` is its lines added up (see _added_up).
    printed: bool = True

    def amount(self, item: LineItem, period: Period) -> Decimal | None:
        return item.values[self.statement.periods.index(period)]

    def share(self, item: LineItem, period: Period) -> Decimal | None:
        """The line's share of the total in percent; None where either is blank or the total is zero."""
        amount, total = self.amount(item, period), self.amount(self.total, period)
        if amount is None or not total:
            return None
        return amount / total * 100

    def shares_shown(self, items: Sequence[LineItem], period: Period, decimals: int = 1) -> list[Decimal | None]:
        """Each item's share of the total, rounded on its own to `decimals` (half up): never pushed to make
        the whole add up. Largest-remainder rounding to whole points had shown Bellwether's 6.5% and 6.4%
        ("Other operating expenses", Q4 2003 and 2002) both as 7% (browser review); in tenths no share is
        moved more than half a tenth, and the shares of a whole add up to 99.9-100.1, which is honest."""
        step = Decimal(1).scaleb(-decimals)
        return [None if (share := self.share(item, period)) is None else share.quantize(step, ROUND_HALF_UP)
                for item in items]

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

    @property
    def within_change(self) -> bool:
        """Whether the line's change is a part of the total's (0-100% of it): "728% of the change" says
        only that other lines moved the other way."""
        share = self.share_of_change
        return share is not None and 0 <= share <= 100


def breakdown(statement: Statement) -> ExpenseBreakdown | None:
    """The lines the total adds up (by the arithmetic, core.analysis.structure), else the expense lines
    printed above it under its heading; None when the statement prints no total or no lines above it.

    A bank prints no "total operating expenses": its "Total noninterest expense" is broken down instead,
    only where the lines above it add up to it."""
    total = statement.item(TOTAL_CONCEPT)
    if total is None:
        return _noninterest_expenses(statement) or _added_up(statement)
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


def _added_up(statement: Statement) -> ExpenseBreakdown | None:
    """The expense lines between revenue (or gross profit, or the top of the statement) and the operating
    result, with their sum as the total, where the release prints no total of them.

    Only where the arithmetic vouches for it: revenue less the lines is the printed operating result in every
    column that prints one, within rounding. Lines printed as negatives (costs shown as deductions) count
    the same way, with their signs turned. A subtotal among the lines, or a gain or other income between
    them, breaks the equation, and nothing is shown.
    """
    result_at = next((i for i, item in enumerate(statement.items) if "operating_income" in item.concepts), None)
    if result_at is None:
        # No operating result: the costs taken straight to the pre-tax result ("TOTAL REVENUES" / "COSTS AND
        # EXPENSES:" / three costs / "INCOME BEFORE INCOME TAXES", UI-22: "no breakdown found" beside a
        # waterfall of one "Other items" bar), by the same arithmetic
        result_at = next((i for i, item in enumerate(statement.items) if "income_before_taxes" in item.concepts),
                         None)
    if result_at is None:
        return None
    result = statement.items[result_at]
    lines: list[LineItem] = []
    top: LineItem | None = None
    for item in reversed(statement.items[:result_at]):
        if HIGHER_IS_BETTER.intersection(item.concepts):
            top = item
            break
        if item.kind == "percent":
            # a ratio the statement prints among its lines ("Gross margin percentage" under the gross profit,
            # UI-28: Cree's five costs, 61.4 - 111.2 = -49.8, had been "no breakdown found"): no cost, no stop
            continue
        if item.kind != "amount":
            break
        lines.append(item)
    lines.reverse()
    if len(lines) == 1 and top is not None and "gross_profit" in top.concepts:
        # One cost under the gross profit ("Selling, general and administrative"): the costs above it belong
        # to the breakdown too where revenue less them is that gross profit (UI-18: a retailer's cost of sales
        # and SG&A, its operating result following from both, had been "no breakdown found")
        lines, top = _through_the_gross_profit(statement, top, lines)
    if len(lines) < 2:
        return None
    for sign in (1, -1):  # costs printed as they are, or printed as deductions
        if not all(sign * value >= 0 for item in lines for value in item.values if value is not None):
            continue  # an income line among the costs ("Other operating income"): no mix to draw
        if _result_follows(statement, top, lines, result, sign):
            return _lines_added_up(statement, lines, result, tuple(sign for _ in lines))
    signs = _costs_of_either_sign(statement, top, lines, result)
    return None if signs is None else _lines_added_up(statement, lines, result, signs)


def _lines_added_up(statement: Statement, lines: list[LineItem], result: LineItem,
                    signs: tuple[int, ...]) -> ExpenseBreakdown:
    """The breakdown of `lines`, each turned by its sign into a cost (positive), their sum its total."""
    parts = tuple(item if sign == 1 else dataclasses.replace(item, values=tuple(None if v is None else -v
                                                                             for v in item.values))
                  for item, sign in zip(lines, signs, strict=True))
    sums = tuple(_total_of(list(parts), column, 1) for column in range(len(statement.periods)))
    costs = "operating_income" not in result.concepts or any(
        "cost_of_revenue" in item.concepts or _OPERATING_EXPENSES.match(item.label) for item in lines)
    named = "Costs and expenses" if costs else "Operating expenses"
    total = LineItem(f"{named} (the lines added up)", sums, (TOTAL_CONCEPT,), "amount",
                     SourceSpan(lines[0].span.first, lines[-1].span.last), lines[0].section, is_total=True)
    return ExpenseBreakdown(statement, total, parts, printed=False)


def _costs_of_either_sign(statement: Statement, top: LineItem | None, lines: list[LineItem],
                          result: LineItem) -> tuple[int, ...] | None:
    """Signs turning each line into a cost where the lines print costs both ways: a cost printed as it is
    beside a loss printed in parentheses ("Loss on disposal of assets  (0.1)" under two costs, UI: "no
    breakdown found"). Only the reading the arithmetic vouches for, to the last printed digit, and only
    where every line is then a cost (none a gain) and each line keeps its sign in every column."""
    if top is None:
        return None
    found = bridge_signs(top, lines, result, rounding_tolerance(statement, len(lines) + 2), frozenset())
    if found is None:
        return None
    signs = tuple(-sign for sign in found)  # taken off the result: a cost as printed
    costs = (sign * value for item, sign in zip(lines, signs, strict=True) for value in item.values if value)
    return signs if all(cost >= 0 for cost in costs) else None


def _through_the_gross_profit(statement: Statement, gross: LineItem, lines: list[LineItem]
                              ) -> tuple[list[LineItem], LineItem | None]:
    """The cost lines between revenue and the gross profit before `lines`, with revenue as the top, where
    revenue less them is the printed gross profit (costs as printed, positive); else `lines` under it."""
    at = statement.items.index(gross)
    above: list[LineItem] = []
    for item in reversed(statement.items[:at]):
        if "revenue" in item.concepts:
            if above and _result_follows(statement, item, above[::-1], gross, 1) and all(
                    value >= 0 for line in above for value in line.values if value is not None):
                return [*above[::-1], *lines], item
            break
        if item.kind != "amount" or HIGHER_IS_BETTER.intersection(item.concepts):
            break
        above.append(item)
    return lines, gross


def _total_of(lines: list[LineItem], column: int, sign: int) -> Decimal | None:
    cells = [line.values[column] for line in lines]
    if all(cell is None for cell in cells):
        return None
    return sign * sum((cell or Decimal(0) for cell in cells), Decimal(0))


def _result_follows(statement: Statement, top: LineItem | None, lines: list[LineItem], result: LineItem,
                    sign: int) -> bool:
    """True when top less the lines (signed by `sign`) is the result in every column that prints one."""
    tolerance = Decimal(statement.scale) * len(lines)  # each printed figure rounded by half a unit, and the top
    checked = False
    for column, printed in enumerate(result.values):
        if printed is None:
            continue
        total = _total_of(lines, column, sign)
        start = top.values[column] if top is not None else Decimal(0)
        if total is None or start is None or abs(start - total - printed) > tolerance:
            return False
        checked = checked or printed != 0
    return checked


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
            best = Mover(label=display_label(expenses.statement, item), change=now - then,
                         total_change=total_now - total_then)
    return best
