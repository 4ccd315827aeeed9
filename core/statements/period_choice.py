"""The arithmetic decides a cash-flow column's length, or the day it ends, where its header leaves it unsaid.

A second-quarter release often heads its cash-flow statement "June 30, 2021 / 2020" with no duration: the
reader then borrows the quarter's. But a cash-flow statement starts from the net result of its own
period, and where its net loss (98,000) is the statement of operations' six-month figure, not the
quarter's (50,000), the column is six months long. Where the header names a length, it stands.

So with a fiscal year headed by its year alone ("2016 / 2015" over "(52 Weeks) / (53 Weeks)") where the
statement of operations dates its years "52 Weeks Ended Jan. 1, 2017 / 53 Weeks Ended Jan. 3, 2016": the
fiscal year named 2016 ends in January 2017, and the net result the column starts from says which year it is.
Where the header names its day, it stands.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TypeVar

from core.model import Diagnostic, Period, Statement
from core.statements.units import half_a_lines_digit
from core.tables.period_headers import read_header
from core.vocabulary import matched_form

T = TypeVar("T")


def cash_flow_lengths(statements: Sequence[Statement]) -> tuple[list[Statement], list[Diagnostic]]:
    """The statements with each unsaid cash-flow column length set by its net result, and a warning each."""
    operations = next((s for s in statements if s.kind == "operations" and s.primary), None)
    result: list[Statement] = []
    notes: list[Diagnostic] = []
    for statement in statements:
        if statement.kind != "cash_flow" or operations is None:
            result.append(statement)
            continue
        periods = _ends_by_the_net_result(statement, operations, notes)
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


def _ends_by_the_net_result(statement: Statement, operations: Statement, notes: list[Diagnostic]) -> list[Period]:
    """The cash flow's periods, each column headed by its year alone re-dated to the one period of the statement
    of operations of its length whose net result it starts from, where the day it was given has none of that
    net result: every such column or none (round 601: a staffing firm's fiscal 2015, the 53 weeks ended
    January 3, 2016, had been dated January 4, 2015, its cash flows printed for a year the release does not
    report). A note says so."""
    periods = list(statement.periods)
    start, net = statement.item("net_income"), operations.item("net_income")
    if start is None or net is None:
        return periods
    moved: dict[int, Period] = {}
    for index, period in enumerate(periods):
        value, reading = start.values[index], read_header(period.label)
        if value is None or period.months is None or reading.month is not None or reading.year is None:
            continue
        if any(p.end == period.end and p.months == period.months and operations.value("net_income", p) == value
               for p in operations.periods):
            continue
        matching = [p for p in operations.periods if p.months == period.months
                    and operations.value("net_income", p) == value and p.end.year in (reading.year, reading.year + 1)]
        if len(matching) != 1:
            return periods
        if matching[0].end != period.end:
            moved[index] = dataclasses.replace(period, end=matching[0].end)
    if not moved or len({p.key for p in (moved.get(i, p) for i, p in enumerate(periods))}) != len(periods):
        return periods
    for index, period in moved.items():
        notes.append(Diagnostic(
            f"column {periods[index].label!r} names its year alone; its net result is that of the {period.months} "
            f"months ended {period.end.strftime('%B %-d, %Y')}, so it is read as ending then",
            span=statement.span, table=statement.title or "cash flows", severity="note"))
        periods[index] = period
    return periods


def _label(period: Period, months: int | None) -> str:
    return f"{months} months ended {period.end.strftime('%B %-d, %Y')}"


def summary_lengths(statements: Sequence[Statement]) -> tuple[list[Statement], list[Diagnostic]]:
    """The statements with each summary column whose header names no length ("2024 | 2023 | 2022" over a
    bank's "Selected Consolidated Financial Data") set to the length whose figures it prints, by the primary
    statement of its kind, and a note each. The reader lends such a column the narrative's quarter; where
    its lines print the statement's year figures for the same lines and day and none of its quarter's, the
    arithmetic says it is the year (round 707: the year's interest income printed as the quarter's, eight
    checks failing). The table's other columns named by their year alone take the same length: one table
    heads its periods one way.

    A column headed by its year alone that no figure settles is a year where the table prints three years or
    more in a row (a five-year summary: no release reports five fourth quarters by their years alone); else,
    lent a quarter no statement column's figures confirm, it is left unread with a warning naming the table
    (round 728: a "2024 | 2023" summary in millions of a "fourth quarter and fiscal year" release whose
    statements print only the years had been printed as the quarter, the year's revenue under three months)."""
    primaries: dict[str, Statement] = {s.kind: s for s in statements
                                       if s.primary and s.kind in ("operations", "cash_flow")}
    notes: list[Diagnostic] = []
    result: list[Statement] = []
    for statement in statements:
        primary = primaries.get(statement.kind)
        if statement.primary or primary is None:
            result.append(statement)
            continue
        result.append(_summary_redated(statement, primary, notes))
    return result, notes


# The lines a column must share with the statement at a length to be read as that length, none contradicting.
_LINES_AGREEING = 2
# Years printed in a row, each alone over its column, that make a table a summary of years: a release reports
# one quarter and its year-before comparison, never three quarters named by their years alone.
_YEARS_IN_A_ROW = 3
_A_YEAR = 12


def _summary_redated(summary: Statement, primary: Statement, notes: list[Diagnostic]) -> Statement:
    unsaid = [index for index, period in enumerate(summary.periods)
              if period.months is not None and read_header(period.label).months is None]
    if any(_agreeing(summary, index, primary, summary.periods[index].months) for index in unsaid):
        return summary  # a line printing the lent length's figure: the length stands
    lengths = {months for index in unsaid if (months := _length_its_figures_print(summary, index, primary))}
    if len(lengths) == 1:
        months = lengths.pop()
        redated = _with_length(summary, unsaid, months)
        if redated is not summary:
            notes.append(Diagnostic(
                f"the columns {', '.join(repr(summary.periods[i].label) for i in unsaid)} name no length; their "
                f"lines print the statement's {months}-month figures, so they are read as {months} months",
                span=summary.span, table=summary.title or "summary", severity="note"))
        return redated
    years = _headed_by_a_year_alone(summary, unsaid)
    if _years_in_a_row(summary, years):
        redated = _with_length(summary, years, _A_YEAR)
        if redated is not summary:
            notes.append(Diagnostic(
                f"the columns {', '.join(repr(summary.periods[i].label) for i in years)} name their years alone, "
                f"{len(years)} in a row: a summary of years, read as 12 months", span=summary.span,
                table=summary.title or "summary", severity="note"))
        return redated
    unconfirmed = [index for index in years if _quarter_unconfirmed(summary, index, primary)]
    if not unconfirmed:
        return summary
    notes.append(Diagnostic(
        f"the columns {', '.join(repr(summary.periods[i].label) for i in unconfirmed)} name their years alone, and "
        "no statement's figures say whether each is the year or the narrative's quarter: not read",
        span=summary.span, table=summary.title or "summary"))
    return _without_columns(summary, set(unconfirmed))


def _quarter_unconfirmed(summary: Statement, index: int, primary: Statement) -> bool:
    """Whether the column's length, shorter than a year and unconfirmed by any line, is one the statement
    gainsays: it prints no column of that length on the column's day, or a line of money that differs there.
    A length the statement prints, with no line to compare (a table of per-share figures, its length from a
    spanning header the label does not keep), stands."""
    period = summary.periods[index]
    if period.months is None or period.months >= _A_YEAR:
        return False
    column = next((at for at, p in enumerate(primary.periods) if p.end == period.end and p.months == period.months),
                  None)
    return column is None or _disagreeing(summary, index, primary, column) > 0


def _with_length(summary: Statement, columns: Sequence[int], months: int) -> Statement:
    """The summary with `columns` read as `months` long; the summary as it was where nothing changes or two
    columns would then be one period."""
    periods = list(summary.periods)
    for index in columns:
        if periods[index].months != months:
            periods[index] = dataclasses.replace(periods[index], months=months, label=_label(periods[index], months))
    keys = [p.key for p in periods]
    if len(set(keys)) != len(keys) or periods == list(summary.periods):
        return summary
    return dataclasses.replace(summary, periods=tuple(periods))


def _headed_by_a_year_alone(summary: Statement, columns: Sequence[int]) -> list[int]:
    """The columns whose header prints a year and nothing else of a period ("2024"): no month, day or length."""
    readings = {index: read_header(summary.periods[index].label) for index in columns}
    return [index for index, reading in readings.items() if reading.year is not None and reading.month is None
            and reading.day is None and reading.months is None and not reading.ytd]


def _years_in_a_row(summary: Statement, columns: Sequence[int]) -> bool:
    """Whether `columns` are three years or more, each once, one after another (either way round)."""
    years = sorted(summary.periods[index].end.year for index in columns)
    return len(years) >= _YEARS_IN_A_ROW and all(later - earlier == 1 for earlier, later in itertools.pairwise(years))


def _without_columns(statement: Statement, columns: set[int]) -> Statement:
    """The statement with `columns` left unread: their periods and every line's figures in them taken out."""
    dropped = {statement.periods[index].key for index in columns}

    def kept(values: tuple[T, ...]) -> tuple[T, ...]:
        return tuple(value for index, value in enumerate(values) if index not in columns)

    items = tuple(dataclasses.replace(
        item, values=kept(item.values), cells=kept(item.cells) if len(item.cells) == len(item.values) else item.cells,
        changes=tuple(change for change in item.changes if not {change.current, change.prior} & dropped))
        for item in statement.items)
    return dataclasses.replace(statement, periods=kept(statement.periods), items=items)


def _length_its_figures_print(summary: Statement, index: int, primary: Statement) -> int | None:
    """The one length at the column's day whose figures the column's lines print (two lines or more), else
    None."""
    period = summary.periods[index]
    lengths = {p.months for p in primary.periods if p.end == period.end and p.months}
    found = [months for months in lengths if _agreeing(summary, index, primary, months) >= _LINES_AGREEING]
    return found[0] if len(found) == 1 else None


def _agreeing(summary: Statement, index: int, primary: Statement, months: int | None) -> int:
    """How many of the summary's lines of money print, in column `index`, the primary statement's figure for
    the same line at the column's day and `months`, to the coarser table's rounding. (The figures are already
    scaled: "581.9" in millions is 581,900,000 beside the statement's 581,904 thousands.)"""
    column = next((at for at, p in enumerate(primary.periods) if p.end == summary.periods[index].end
                   and p.months == months), None)
    if column is None:
        return 0
    return sum(gap <= tolerance for gap, tolerance in _gaps(summary, index, primary, column))


def _disagreeing(summary: Statement, index: int, primary: Statement, column: int) -> int:
    """How many of the summary's lines of money print, in column `index`, a figure other than the primary
    statement's for the same line in its `column`, beyond the coarser table's rounding."""
    return sum(gap > tolerance for gap, tolerance in _gaps(summary, index, primary, column))


def _gaps(summary: Statement, index: int, primary: Statement, column: int) -> Iterator[tuple[Decimal, Decimal]]:
    """For each line of money the summary and the primary statement both print, in the summary's column `index`
    and the statement's `column`: how far apart the two figures stand, and the coarser table's rounding."""
    own = {matched_form(item.label): item for item in reversed(primary.items) if item.kind == "amount"}
    for item in summary.items:
        line = own.get(matched_form(item.label))
        if line is None or item.kind != "amount":
            continue
        mine, theirs = item.values[index], line.values[column]
        if mine is not None and theirs is not None:
            yield abs(mine - theirs), max(half_a_lines_digit(summary, item), half_a_lines_digit(primary, line))

