"""What every check is built of: the rounding a sum of printed figures allows, the lines it names, and
the shape of an identity (components against a printed result)."""

from __future__ import annotations

from decimal import Decimal

from core.model import CheckResult, ItemRef, LineItem, Period, SourceSpan, Statement
from core.statements.units import HALF, printed_step

__all__ = ["HALF"]



def rounding_tolerance(statement: Statement, terms: int) -> Decimal:
    """Half the last printed digit a term: a statement in millions printing "375.9" everywhere rounds each
    figure by 0.05 million, and a tolerance of half a million a term would vouch for a reading 1.8 million
    off (a loss printed "(0.9)" among costs taken as a gain)."""
    amounts = [item for item in statement.items if item.kind == "amount"]
    return printed_step(amounts, statement.scale, coarsest=True) * HALF * max(terms, 1)



def value_of(statement: Statement, concept: str, index: int) -> Decimal | None:
    item = statement.item(concept)
    return None if item is None else item.values[index]





def identity(statement: Statement, period: Period, name: str, expected: Decimal, found: Decimal,
              concepts: tuple[str, ...], detail: str) -> CheckResult:
    involved = [item for c in concepts if (item := statement.item(c)) is not None]
    return CheckResult(name=name, statement=statement.kind, period=period.key, expected=expected, found=found,
                       tolerance=rounding_tolerance(statement, 3), span=span_of(statement, concepts), detail=detail,
                       items=items_of(*involved))



def items_of(*items: LineItem) -> tuple[ItemRef, ...]:
    return tuple((item.span.first, item.label) for item in items)



def span_of(statement: Statement, concepts: tuple[str, ...]) -> SourceSpan:
    spans = [item.span for c in concepts if (item := statement.item(c)) is not None]
    if not spans:
        return statement.span
    return SourceSpan(min(s.first for s in spans), max(s.last for s in spans))



def minus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a - b



def synthetic(label: str, values: list[Decimal | None], like: LineItem) -> LineItem:
    return LineItem(label=label, values=tuple(values), concepts=(), kind="amount", span=like.span)
