"""Figures printed with a credit or debit mark in place of a sign ("1,618 CR", "213DR", round 717).

The reader keeps the mark with its cell and reads the figure bare (`core.tables.numbers.has_side_mark`); which
side a result or a flow stands on is the arithmetic's to say: a loss printed "1,763 CR" is turned negative where
gross profit less the expenses gives -1,763 (`core.statements.unsigned_losses`), an outflow "5,318 CR" where the
cash flow's sum needs it. A marked figure no passing check settles is held back, the check naming its line: a
guess at its sign would be printed as the release's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

from core.model import CheckResult, LineItem, Statement
from core.tables.numbers import has_side_mark

SIDE_MARK_CHECK = "sign of a CR/DR figure"


def unsettled_side_marks(statements: Sequence[Statement], results: Sequence[CheckResult]) -> Iterable[CheckResult]:
    """A failed check for each figure printed with a credit or debit mark whose sign no passing check settles.

    A turned figure (negative) is settled by any passing check it took part in; a figure left positive only by
    one whose result it is (its sum adds up to it as printed): as a term of a sum, a chain's signs are free
    (`core.statements.signs.bridge_signs`) and vouch for no side of it."""
    vouching: dict[tuple[int, str, str], list[CheckResult]] = defaultdict(list)
    for check in results:
        if check.passed:
            for line, label in check.items:
                vouching[(line, label, check.period)].append(check)
    for statement in statements:
        for item in statement.items:
            for period, value in _marked_values(statement, item):
                checks = vouching.get((item.span.first, item.label, period), [])
                if value == 0 or any(value < 0 or check.span.first == item.span.first for check in checks):
                    continue
                yield CheckResult(
                    name=SIDE_MARK_CHECK, statement=statement.kind, period=period, expected=-value, found=value,
                    tolerance=Decimal(0), span=item.span, items=((item.span.first, item.label),),
                    doubt=f"'{item.label}' prints its figure with a credit or debit mark and no sum of the statement "
                          "says which sign it takes: held back")


def _marked_values(statement: Statement, item: LineItem) -> Iterable[tuple[str, Decimal]]:
    """Each period's value of the line whose cell carries a credit or debit mark (every value of the line where
    its cells no longer align with its values)."""
    if not any(has_side_mark(text) for text in item.cells):
        return
    aligned = len(item.cells) == len(item.values)
    for index, (period, value) in enumerate(zip(statement.periods, item.values, strict=True)):
        if value is not None and (not aligned or has_side_mark(item.cells[index])):
            yield period.key, value
