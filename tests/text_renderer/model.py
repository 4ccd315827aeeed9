"""The drawn statement: what the parser must read back, in printed units, and the facts it means."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

StatementKind = Literal["operations", "balance"]
RowKind = Literal["amount", "per_share", "shares"]
# How a row asks for a `$`: the first row with values, an intermediate total, a final total (net result,
# EPS, total assets, total liabilities and equity). Real releases always mark the first and final ones.
DollarRole = Literal["", "first", "total", "final"]
Unaudited = Literal["", "line", "title"]  # "(unaudited)": not typed, on a line of its own, in the title

ZERO_TOKENS = ("--", "-", "\u2014")  # "--" typed on a typewriter keyboard, "-" and the em dash in later years
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Units:
    """A unit line and what it means; `line` None prints no unit line (values in whole dollars)."""

    line: str | None
    scale: int
    share_scale: int
    share_decimals: int = 0
    # Where the note may wrap onto a second line, as typed in a release whose note sits left of the years
    # ("(millions, except earnings per" / " common share)    2004    2003"); None: it never wraps.
    wrapped: tuple[str, str] | None = None


@dataclass(frozen=True)
class Column:
    """One period column: `months` None for a balance-sheet column; `weeks` when the header says weeks."""

    end: date
    months: int | None
    weeks: int | None = None


@dataclass(frozen=True)
class Group:
    """A header phrase ("Three months ended") spanning consecutive columns."""

    phrase: str
    columns: tuple[int, ...]


@dataclass(frozen=True)
class Row:
    """One printed row. `values` are in printed units; an empty tuple is a section heading."""

    label: str
    values: tuple[Decimal, ...] = ()
    concepts: tuple[str, ...] = ()
    kind: RowKind = "amount"
    level: int = 0
    dollar: DollarRole = ""
    total: bool = False

    @property
    def heading(self) -> bool:
        return not self.values


@dataclass(frozen=True)
class DrawnStatement:
    kind: StatementKind
    title: str
    company: str | None
    units: Units
    unaudited: Unaudited
    columns: tuple[Column, ...]
    groups: tuple[Group, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Fact:
    """One expected row of the facts frame (the first columns of the DESIGN.md contract, minus the label)."""

    statement: StatementKind
    concept: str
    period_end: str
    months: int | None
    value: Decimal

    @property
    def key(self) -> tuple[str, str, str, int | None]:
        return (self.statement, self.concept, self.period_end, self.months)

    def __str__(self) -> str:
        period = f"{self.months}M {self.period_end}" if self.months else self.period_end
        return f"{self.statement:<10} {self.concept:<30} {period:<14} {self.value}"


def expected_facts(statement: DrawnStatement) -> tuple[Fact, ...]:
    """The facts the parser must produce for `statement`, scaled to actual units per DESIGN.md."""
    facts: list[Fact] = []
    for row in statement.rows:
        for concept in row.concepts:
            for column, printed in zip(statement.columns, row.values, strict=True):
                facts.append(
                    Fact(
                        statement.kind,
                        concept,
                        column.end.isoformat(),
                        column.months,
                        actual(row, printed, statement.units),
                    )
                )
    return tuple(facts)


def actual(row: Row, printed: Decimal, units: Units) -> Decimal:
    if row.kind == "per_share":
        return printed
    if row.kind == "shares":
        return printed * units.share_scale
    return printed * units.scale


def add(*rows: Sequence[Decimal]) -> tuple[Decimal, ...]:
    return tuple(sum(values, Decimal(0)) for values in zip(*rows, strict=True))


def sub(a: Sequence[Decimal], b: Sequence[Decimal]) -> tuple[Decimal, ...]:
    return tuple(x - y for x, y in zip(a, b, strict=True))


def result_word(values: Sequence[Decimal], loss: str, income: str, mixed: str) -> str:
    if all(v < 0 for v in values):
        return loss
    if all(v >= 0 for v in values):
        return income
    return mixed
