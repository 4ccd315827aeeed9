"""One value for each key a statement's facts are written under: a line and its period's end (and length,
for flows). Where a row would print two different values for one key, the reader has dated two columns
alike, and which figure is the date's cannot be told: both are held back, with a warning naming the line."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date
from decimal import Decimal

from core.model import FINANCIAL_KINDS, Diagnostic, LineItem, Statement
from core.vocabulary import AT_A_DATE_LINE, AT_PERIOD_END_SECTION, NET_DEBT_LINE


def printed_as_a_balance(statement: Statement, item: LineItem) -> bool:
    """Whether a line among a statement's flows is a balance at its period's end, written with no length: a
    bank's "AT PERIOD END" total assets, "Total assets at year end" under "2002 | 2001" (round 448), a book
    value per share (round 497), a net debt (`vocabulary.NET_DEBT_LINE`, round 736). A count of things ("Store
    count at end of period") is the statement's own statistic, never a balance (round 653). (`core.facts`
    writes such a line so where no flow's concept claims it.)"""
    return statement.kind != "balance" and item.kind != "count" and (
        AT_PERIOD_END_SECTION.search(item.section) is not None or (
            statement.kind == "operations" and (AT_PERIOD_END_SECTION.search(item.label) is not None
                                                or AT_A_DATE_LINE.search(item.label) is not None
                                                or NET_DEBT_LINE.search(item.label) is not None)))


def one_value_a_key(statement: Statement) -> tuple[Statement, list[Diagnostic]]:
    """The statement with every row's values held back where two of its columns give one key two different
    values, and a warning for each such row (round 660: a narrower table's rows merged into a bank's
    selected data had moved its balance figures a column over, total assets at June 30, 2024 printed as
    two figures, one of them the June 2025 balance)."""
    if statement.kind not in FINANCIAL_KINDS:
        return statement, []
    items: list[LineItem] = []
    warnings: list[Diagnostic] = []
    for item in statement.items:
        keys = _keys(statement, item)
        clashing = _clashing(keys, item.values)
        if not clashing:
            items.append(item)
            continue
        held = [key in clashing for key in keys]
        values = tuple(None if hold else value for hold, value in zip(held, item.values, strict=True))
        cells = item.cells
        if len(cells) == len(values):
            cells = tuple("" if hold else text for hold, text in zip(held, cells, strict=True))
        items.append(dataclasses.replace(item, values=values, cells=cells))
        warnings.append(_two_values(item, keys, clashing, statement.title))
    if not warnings:
        return statement, []
    return dataclasses.replace(statement, items=tuple(items)), warnings


def _keys(statement: Statement, item: LineItem) -> list[tuple[date, int | None]]:
    """The key each column's value of the row is written under: its end, and its length for a flow."""
    balance = statement.kind == "balance" or printed_as_a_balance(statement, item)
    return [(period.end, None if balance else period.months) for period in statement.periods]


def _clashing(keys: list[tuple[date, int | None]], values: tuple[Decimal | None, ...]
              ) -> set[tuple[date, int | None]]:
    """The keys under which the row prints two different values."""
    found: dict[tuple[date, int | None], set[Decimal]] = defaultdict(set)
    for key, value in zip(keys, values, strict=True):
        if value is not None:
            found[key].add(value)
    return {key for key, printed in found.items() if len(printed) > 1}


def _two_values(item: LineItem, keys: list[tuple[date, int | None]], clashing: set[tuple[date, int | None]],
                title: str) -> Diagnostic:
    said = "; ".join(
        f"{end.isoformat()}{f' ({months} months)' if months else ''}: "
        + " and ".join(format(value, ",f") for key, value in zip(keys, item.values, strict=True)
                       if key == (end, months) and value is not None)
        for end, months in sorted(clashing, key=lambda key: (key[0], key[1] or 0)))
    return Diagnostic(f"the row {item.label!r} was not read for {'a date' if len(clashing) == 1 else 'dates'} under "
                      f"which two of its columns print different values ({said}): which is the date's cannot be "
                      "told", span=item.span, table=title)
