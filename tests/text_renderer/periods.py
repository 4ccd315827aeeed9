"""Reporting calendars and the period columns (with their group phrases) a statement prints."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import strategies as st

from tests.text_renderer.model import Column, Group
from tests.text_renderer.words import MONTH_PHRASES, TRAILING_PHRASES, WEEK_PHRASES


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


@st.composite
def reporting_calendars(draw: st.DrawFn, years: tuple[int, int] = (1996, 2008)) -> tuple[bool, date, int]:
    """(weeks?, end of the current quarter, quarter of the fiscal year 1-4).

    Month-based periods end on real month ends (any fiscal year end); week-based ones on any day, the
    prior year's column 52 weeks earlier.
    """
    weeks = draw(st.integers(0, 3)) == 0  # most companies report calendar quarters
    quarter = draw(st.integers(1, 4))
    year = draw(st.integers(*years))
    if weeks:
        end = date(year, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    else:
        end = month_end(year, draw(st.integers(1, 12)))
    return weeks, end, quarter


def prior_year(end: date, weeks: bool) -> date:
    if weeks:
        return end - timedelta(weeks=52)
    return month_end(end.year - 1, end.month)


@st.composite
def operations_periods(
    draw: st.DrawFn, years: tuple[int, int] = (1996, 2008)
) -> tuple[tuple[Column, ...], tuple[Group, ...]]:
    """The quarter, the year to date, or the year, each against the year before. Utilities and banks
    also print the quarter beside the twelve months ended with it ("trailing"), whatever the quarter."""
    weeks, end, quarter = draw(reporting_calendars(years))
    last = prior_year(end, weeks)
    layout = draw(st.sampled_from(["quarter", "annual", "both"] if quarter > 1 else ["quarter", "trailing"]))
    if quarter == 4 and layout == "both":
        layout = draw(st.sampled_from(["both", "annual"]))
    if layout == "both" and not weeks and draw(st.integers(0, 3)) == 0:
        layout = "trailing"
    spans = {"quarter": [1], "annual": [4], "both": [1, quarter], "trailing": [1, 4]}[layout]
    ascending = draw(st.integers(0, 5)) == 0  # a few releases print the earlier year first
    columns: list[Column] = []
    groups: list[Group] = []
    for span in spans:
        if weeks:
            phrase = draw(st.sampled_from(WEEK_PHRASES[13 * span]))
        elif layout == "trailing" and span == 4:
            phrase = draw(st.sampled_from(TRAILING_PHRASES))
        else:
            phrase = draw(st.sampled_from(MONTH_PHRASES[3 * span]))
        pair = [
            Column(end, 3 * span, 13 * span if weeks else None),
            Column(last, 3 * span, 13 * span if weeks else None),
        ]
        if ascending:
            pair.reverse()
        groups.append(Group(phrase, (len(columns), len(columns) + 1)))
        columns.extend(pair)
    return tuple(columns), tuple(groups)


@st.composite
def balance_periods(draw: st.DrawFn, years: tuple[int, int] = (1996, 2008)) -> tuple[Column, ...]:
    """The quarter end and the last fiscal year end (the year before, for a fourth-quarter release);
    some companies add the same quarter end a year earlier as a third column (a seasonal business)."""
    weeks, end, quarter = draw(reporting_calendars(years))
    if weeks:
        before = end - timedelta(weeks=13 * quarter)
    else:
        before = month_end(*shift_months(end.year, end.month, -3 * quarter))
    if quarter < 4 and draw(st.integers(0, 3)) == 0:
        return (Column(end, None), Column(before, None), Column(prior_year(end, weeks), None))
    return (Column(end, None), Column(before, None))
