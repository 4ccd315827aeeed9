"""Periods the release implies but does not print: the quarter before this one, from year-to-date figures.

A second-quarter release prints the quarter and the six months; six months minus the quarter is the first
quarter (Q1 2004 = 6M 2004 - Q2 2004). Only amounts subtract: per-share figures and weighted share counts
are not additive, so they stay blank in a derived column rather than showing a number that looks exact.
Derived columns are Periods with `derived` set, so every chart and table can mark them.

Only windows a reader uses are derived: a quarter (six months less the second quarter; a trailing twelve
months less the nine months to date, the year before's fourth quarter), or the year to date at the quarter
before (nine months, or the fiscal year, less the quarter: what the last release printed, now beside its
year-earlier figure). Twelve months less a span that leaves no quarter is neither: a utility's trailing
twelve months to September less its third quarter are October to June, nine months that start mid-year,
which "9M to Jun 30, 1998 (derived)" made read as a year to date; those are not derived.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.analysis.periods import (
    Window,
    difference_end,
    duration_periods,
    is_prior_year,
    is_trailing,
    period_name,
    weeks_of,
    windows,
)
from core.model import Diagnostic, LineItem, Period, Release, Statement


@dataclass(frozen=True, slots=True)
class DerivedPeriod:
    """A column computed as `longer` minus `shorter`, both ending on the same date."""

    period: Period
    longer: Period
    shorter: Period


def fiscal_quarter(release: Release) -> int | None:
    """The release's fiscal quarter (4 for a year's release), None where the narrative does not say."""
    fiscal = release.metadata.fiscal_period
    return fiscal.quarter if fiscal is not None else None


def _trailing_year(longer: Period, periods: Sequence[Period], quarter: int | None) -> bool:
    """Twelve months that are no fiscal year: a year to date ends beside them (`is_trailing`), or the release
    reports a quarter other than its fourth (Marrowfield's third quarter beside its twelve months ended
    September 30, a utility's habit)."""
    return is_trailing(longer, tuple(periods)) or (longer.months == 12 and quarter is not None and quarter != 4)


def derivable(statement: Statement, quarter: int | None = None) -> tuple[DerivedPeriod, ...]:
    """Every (year-to-date, quarter) pair ending on the same date, as the period their difference covers,
    where the release does not print that period itself (a bank's five quarters beside its six months).

    `quarter` is the release's fiscal quarter (`fiscal_quarter`), where known: twelve months in a release
    of its first to third quarter are trailing, and less the quarter they leave a span that starts mid-year.
    Trailing twelve months give only the quarter they imply (less the nine months to date, the fourth quarter
    of the year before), never a half year or nine months that straddle two fiscal years.
    """
    periods = duration_periods(statement)
    printed = {(p.end, p.months) for p in periods}
    result: list[DerivedPeriod] = []
    for longer in periods:
        trailing = _trailing_year(longer, periods, quarter)
        for shorter in periods:
            if longer.end != shorter.end or not longer.months or not shorter.months or longer.months <= shorter.months:
                continue
            if trailing and longer.months - shorter.months != 3:
                # less the quarter, or the six months to date: nine months, or the second half of the year
                # before, that start in the middle of a fiscal year (round 247's browser review)
                continue
            if trailing != (3 < shorter.months < 12) or (not trailing and shorter.months != 3):
                # the trailing twelve months less the year to date (the fourth quarter of the year before);
                # else a year to date less its quarter (never trailing months less the quarter, which would
                # straddle two fiscal years)
                continue
            months = longer.months - shorter.months
            end, weeks = difference_end(longer, shorter)
            if weeks is None and weeks_of(shorter) is None:
                end = _as_printed(end, periods)
            if (end, months) in printed:
                continue
            period = Period(
                end=end,
                months=months,
                label=f"{period_name(longer)} minus {period_name(shorter)}",
                derived=True,
                weeks=weeks,
            )
            result.append(DerivedPeriod(period=period, longer=longer, shorter=shorter))
    return tuple(sorted(result, key=lambda derived: derived.period.end, reverse=True))


# How far a computed quarter end may stand from a day the statement prints and still be that day.
_NEAR_DAYS = 7


def _as_printed(end: date, periods: Sequence[Period]) -> date:
    """The day the statement prints nearest a computed period end, within a week: a year ended December 31
    whose third quarter "ended October 2, 2005" (a 52/53-week quarter inside a calendar year) derives nine
    months to October 2, not to September 30."""
    near = [p.end for p in periods if abs((p.end - end).days) <= _NEAR_DAYS]
    return min(near, key=lambda day: abs((day - end).days)) if near else end


def _derived_value(item: LineItem, statement: Statement, derived: DerivedPeriod) -> Decimal | None:
    if item.kind != "amount":
        return None
    longer = item.values[statement.periods.index(derived.longer)]
    shorter = item.values[statement.periods.index(derived.shorter)]
    if longer is None or shorter is None:
        return None
    return longer - shorter


def with_derived(statement: Statement, quarter: int | None = None) -> Statement:
    """The statement with its derived columns appended after the printed ones (printed order is kept)."""
    derived = derivable(statement, quarter)
    if not derived:
        return statement
    items = tuple(
        dataclasses.replace(
            item,
            values=item.values + tuple(_derived_value(item, statement, column) for column in derived),
            # the printed cells kept, a derived column's blank: the signs the release prints a line with are
            # read from them for its derived columns too (`signs.printed_against_stored`)
            cells=item.cells + ("",) * len(derived),
        )
        for item in statement.items
    )
    periods = statement.periods + tuple(column.period for column in derived)
    return dataclasses.replace(statement, periods=periods, items=items)


def derived_windows(statement: Statement, quarter: int | None = None) -> tuple[Window, ...]:
    """Derived periods paired with their year-earlier derived period (Q1 2004 against Q1 2003)."""
    columns = [column.period for column in derivable(statement, quarter)]
    result: list[Window] = []
    for current in columns:
        prior = next((p for p in columns if is_prior_year(p, current)), None)
        if prior is not None and current.months is not None:
            result.append(Window(months=current.months, current=current, prior=prior))
    return tuple(result)


def compared_windows(statement: Statement, quarter: int | None = None) -> tuple[Window, ...]:
    """Every window with a year-earlier period to set against it, printed first and then derived, in the order
    the pages draw them: the Expenses page's and the Periods page's panels."""
    return tuple(w for w in (*windows(statement), *derived_windows(statement, quarter)) if w.prior is not None)


def printed_and_derived(compared: Sequence[Window]) -> tuple[tuple[Window, ...], tuple[Window, ...]]:
    """`compared` parted into the windows the release prints and those worked out from them, each in order: a page
    draws the derived ones after the printed, set apart (UI-56)."""
    return (tuple(w for w in compared if not w.current.derived), tuple(w for w in compared if w.current.derived))


def derived_basis(window: Window) -> str:
    """How a derived window was worked out, in words: "nine months less the quarter". UI-56: GeoVax's "Six months
    to Jun 30, 2024 (derived)" had a bold summary line, a tab and a table ranked like the printed windows, and
    nothing but "(derived)" said it was no figure the release prints."""
    longer, _, shorter = window.current.label.partition(" minus ")
    if not shorter:
        return "worked out from the printed columns"
    return f"{_length_words(longer)} less {_length_words(shorter, article=True)}"


_LENGTHS = {"3": "quarter", "6": "six months", "9": "nine months", "12": "twelve months"}


def _length_words(name: str, *, article: bool = False) -> str:
    """ "9M to Sep 30, 2024" as "nine months" ("the quarter" with `article`); a name of no months as it stands."""
    months, _, rest = name.partition("M to ")
    if not rest or months not in _LENGTHS:
        return name
    return f"the {_LENGTHS[months]}" if article else _LENGTHS[months]


@dataclass(frozen=True, slots=True)
class NoDerivedQuarter:
    """Why a release implies no earlier quarter, said as it is for this release. `lacking` where the release
    lacks something another would print (a year-to-date column), not where it needs none."""

    sentence: str
    lacking: bool


def unread_columns(statement: Statement, warnings: Sequence[Diagnostic]) -> tuple[str, ...]:
    """What the reader said of each column of `statement` it did not read ("column 3 ('Nine Months') was not
    read: its header names no period length ..."), from the release's warnings about its lines."""
    return tuple(w.message for w in warnings
                 if w.span is not None and w.span.first <= statement.span.last and statement.span.first <= w.span.last
                 and w.message.startswith("column ") and " was not read" in w.message)


def no_derived_quarter(statement: Statement, fiscal_quarter: int | None, warnings: Sequence[Diagnostic] = ()
                       ) -> NoDerivedQuarter | None:
    """None where the statement implies an earlier quarter; else the reason, true for this release.

    "No year-to-date column" is said only where one was wanted: a release that prints its earlier quarters
    side by side (a bank's five quarters) has them without deriving, and a first quarter's year to date is
    the quarter itself. Where the release's `warnings` say a column of the statement was not read, the
    statement may well print its year to date: the sentence says that column was not read and why, never
    that the release prints none.
    """
    if derivable(statement, fiscal_quarter):
        return None
    quarters = sorted((p for p in duration_periods(statement) if p.months == 3), key=lambda p: p.end)
    if quarters:
        current = quarters[-1]
        earlier = [p for p in quarters if p.end < current.end and not is_prior_year(p, current)]
        if earlier:
            return NoDerivedQuarter(
                f"The release prints {len(quarters)} quarters side by side, those ended "
                f"{period_name(dataclasses.replace(quarters[0], months=None))} through "
                f"{period_name(dataclasses.replace(current, months=None))}, so no earlier quarter needs to be "
                "derived.",
                lacking=False,
            )
    if fiscal_quarter == 1:
        return NoDerivedQuarter(
            "A first-quarter release needs no year-to-date column: its year to date is the quarter itself, so "
            "there is no earlier quarter of the year to derive.",
            lacking=False,
        )
    if unread := unread_columns(statement, warnings):
        said = "; ".join(message[0].upper() + message[1:] for message in unread)
        return NoDerivedQuarter(
            f"A column of the statement of operations was not read, so no earlier quarter can be derived from it. "
            f"{said}.",
            lacking=True,
        )
    trailing = [p for p in duration_periods(statement) if p.months == 12 and _trailing_year(p, (), fiscal_quarter)]
    if trailing and quarters and trailing[0].end == quarters[-1].end:
        return NoDerivedQuarter(
            f"The twelve months to {period_name(dataclasses.replace(trailing[0], months=None))} beside the "
            "quarter are trailing (this is no fourth-quarter release): less the quarter, they leave nine months "
            "that start in the middle of a fiscal year, neither a quarter nor a year to date, so nothing is "
            "derived.",
            lacking=False,
        )
    if any(p.months > 3 for p in duration_periods(statement) if p.months is not None):
        return NoDerivedQuarter(
            "The release prints no quarter ending with its year-to-date column, so no earlier quarter can be "
            "derived.",
            lacking=True,
        )
    return NoDerivedQuarter(
        "The release prints no year-to-date column, so no earlier quarter can be derived.", lacking=True
    )
