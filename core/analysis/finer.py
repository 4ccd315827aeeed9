"""Finer figures from the narrative: where a release's sentence states a table's figure to more places ("$204.5
million" beside a table's "$ 204" in millions), the two together bound the figure more tightly than the table's
rounding alone, and so the percent change computed from it (`formatting.change_bounds`'s `known`).

UI-50: Southern Company's Q4 2004 net income, 204 against 125 in $ millions, had read "+62% to +64%" with no word
of why; its opening sentence (text lines 21-22) states $204.5 million against $125.0 million."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from core.model import Period, ProseFigure

# A figure known to lie between two bounds.
Known = tuple[Decimal, Decimal]


def finer_range(prose: Iterable[ProseFigure], concept: str | None, period: Period | None, value: Decimal | None,
                unit: Decimal | None) -> Known | None:
    """The range a table's `value` (printed to `unit`, the value of its last digit) is known to lie in from a
    narrative figure for the same concept and period: where the sentence's figure is finer (`tolerance` under half
    the unit) and agrees with the table's within both roundings, the sentence's own range, its stated figure in
    the middle (Southern's "$204.5 million" is 204.45 to 204.55 million beside a table's 204); else None (the
    table's rounding alone). Compared by size, signed as `value`: a sentence may state a loss as a figure with no
    sign of its own, and a table may print a cost in parentheses."""
    if concept is None or period is None or value is None or not unit or unit <= 0:
        return None
    half, size = unit / 2, abs(value)
    for figure in prose:
        if figure.concept != concept or figure.period is None or figure.tolerance >= half:
            continue
        if (figure.period.end, figure.period.months) != (period.end, period.months):
            continue
        stated = abs(figure.value)
        if abs(stated - size) > half + figure.tolerance:
            continue  # the sentence's figure is another (a restated or a segment's): the table's stands
        low, high = stated - figure.tolerance, stated + figure.tolerance
        return (low, high) if value >= 0 else (-high, -low)
    return None
