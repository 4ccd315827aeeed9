"""Dates no header prints: a column's month-day taken from one column's header stack and its year from
another's.

A header stacked over its column ("Sept. 28," over "2003") is read line by line, each line's phrases dealt to
the columns they overlap most. Where figures wander and the columns read by order outnumber the stacks (a
percent of revenue beside each period's amount, pdftotext setting some rows' figures far right), a column
straddling two stacks can take the month-day of one and the year of the other: round 697 dated a column
"Sept. 29, 2003" out of "Sept. 29," over 2002 and "2003" under "Sept. 28,", a day the release never names,
and its figures footed within their column, verified, whatever the date. Such a date is no reading of what is
printed: the column is held back, with a warning naming the date and why, unless the release prints that
day somewhere, whole on a line or stacked, month-day over year, in some header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.tables.headers import day_of
from core.tables.lines import YEAR_IN_TEXT
from core.tables.period_headers import DATE

# How many lines under a month-day its year may stand, in a header stacked over its column (a rule or a
# note's line between them at most).
_STACK_DEPTH = 3


@dataclass(frozen=True, slots=True)
class _Piece:
    """A month-day printed without its year ("Sept. 28,"), or a year printed without a month ("2003")."""

    text: str
    line: int
    start: int
    end: int
    month_day: tuple[int, int] | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class _Printed:
    """A run of lines' dates: those printed whole on a line, the month-days and the years printed apart."""

    whole: frozenset[tuple[int, int, int]]
    month_days: tuple[_Piece, ...]
    years: tuple[_Piece, ...]


def dates_of_two_stacks(headers: Sequence[str], header_lines: Sequence[str], lines: Sequence[str]
                        ) -> tuple[tuple[int, str, str], ...]:
    """Each column whose header's date joins a month-day and a year that stand in two different stacks of the
    header lines (neither over the other, the month-day over a year of its own, the year under a month-day of
    its own), where nothing in `lines` (the whole release) prints that date: the column's index, the date
    (ISO) and why it is not read."""
    header = _printed(header_lines)
    found: list[tuple[int, str, str]] = []
    release: _Printed | None = None
    for index, text in enumerate(headers):
        year, month, day = day_of(text)
        if year is None or month is None or day is None or (year, month, day) in header.whole:
            continue
        why = _crosswise(header, (month, day), year)
        if why is None:
            continue
        release = release or _printed(lines)
        if (year, month, day) in release.whole or _stacked_anywhere(release, (month, day), year):
            continue
        try:
            iso = date(year, month, day).isoformat()
        except ValueError:
            iso = f"{year}-{month:02d}-{day:02d}"
        found.append((index, iso, f"its date, {iso}, {why}, and the release prints that date nowhere"))
    return tuple(found)


def _printed(lines: Sequence[str]) -> _Printed:
    whole: set[tuple[int, int, int]] = set()
    month_days: list[_Piece] = []
    years: list[_Piece] = []
    for number, text in enumerate(lines):
        dated: list[tuple[int, int]] = []  # where a date printing its year stands, that year no piece alone
        for match in DATE.finditer(text):
            piece = match.group().rstrip()
            year, month, day = day_of(piece)
            start, end = match.start(), match.start() + len(piece)
            if year is not None:
                dated.append((start, end))
                if month is not None and day is not None:
                    whole.add((year, month, day))
            elif month is not None and day is not None:
                month_days.append(_Piece(piece, number, start, end, month_day=(month, day)))
        years.extend(_Piece(match.group(), number, match.start(), match.end(), year=int(match.group()))
                     for match in YEAR_IN_TEXT.finditer(text)
                     if not any(start <= match.start() < end for start, end in dated))
    return _Printed(frozenset(whole), tuple(month_days), tuple(years))


def _over(month_day: _Piece, year: _Piece) -> bool:
    """Whether a year stands under a month-day in one stack: a line or few below it, overlapping it."""
    return (0 < year.line - month_day.line <= _STACK_DEPTH
            and month_day.start < year.end and year.start < month_day.end)


def _crosswise(header: _Printed, month_day: tuple[int, int], year: int) -> str | None:
    """Why a date's month-day and year come from two stacks of the header lines, or None where they may
    not: where the header prints them apart only, each month-day printed over a year of its own and each
    year under a month-day of its own. A month-day set once over several years ("December 31," centred over
    "2019   2018") stands over no year of its own, and dates each of them."""
    days = [piece for piece in header.month_days if piece.month_day == month_day]
    years = [piece for piece in header.years if piece.year == year]
    if not days or not years or any(_over(day, each) for day in days for each in years):
        return None
    own_years = [[other for other in header.years if _over(day, other)] for day in days]
    own_days = [[other for other in header.month_days if _over(other, each)] for each in years]
    if not all(own_years) or not all(own_days):
        return None
    return (f"joins the month and day of one column's header ({days[0].text.rstrip(',')!r}, over "
            f"{own_years[0][0].text}) to the year of another's ({year}, under {own_days[0][0].text.rstrip(',')!r})")


def _stacked_anywhere(release: _Printed, month_day: tuple[int, int], year: int) -> bool:
    """Whether some header of the release stacks that month-day over that year."""
    years = [piece for piece in release.years if piece.year == year]
    return any(_over(day, each) for day in release.month_days if day.month_day == month_day for each in years)
