"""The arithmetic decides a cash-flow column's length where its header leaves it unsaid.

A second-quarter release often heads its cash-flow statement "June 30, 2021 / 2020" with no duration: the
reader then borrows the quarter's. But a cash-flow statement starts from the net result of its own
period, and where its net loss (98,000) is the statement of operations' six-month figure, not the
quarter's (50,000), the column is six months long. Where the header names a length, it stands.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from core.model import Diagnostic, Period, Statement
from core.tables.period_headers import read_header


def cash_flow_lengths(statements: Sequence[Statement]) -> tuple[list[Statement], list[Diagnostic]]:
    """The statements with each unsaid cash-flow column length set by its net result, and a warning each."""
    operations = next((s for s in statements if s.kind == "operations" and s.primary), None)
    result: list[Statement] = []
    notes: list[Diagnostic] = []
    for statement in statements:
        if statement.kind != "cash_flow" or operations is None:
            result.append(statement)
            continue
        periods = list(statement.periods)
        start = statement.item("net_income")
        net = operations.item("net_income")
        for index, period in enumerate(periods):
            if start is None or net is None or start.values[index] is None or read_header(period.label).months:
                continue
            same_end = [p for p in operations.periods if p.end == period.end and p.months]
            matching = [p for p in same_end if operations.value("net_income", p) == start.values[index]]
            if len(matching) == 1 and matching[0].months != period.months:
                months = matching[0].months
                notes.append(Diagnostic(
                    f"column {period.label!r} names no length; its net result is the {months}-month one, so it is "
                    f"read as {months} months", span=statement.span, table=statement.title or "cash flows",
                    severity="note"))
                periods[index] = dataclasses.replace(period, months=months, label=_label(period, months))
        keys = [p.key for p in periods]
        result.append(dataclasses.replace(statement, periods=tuple(periods)) if len(set(keys)) == len(keys)
                      else statement)
    return result, notes


def _label(period: Period, months: int | None) -> str:
    return f"{months} months ended {period.end.strftime('%B %-d, %Y')}"
