"""Which columns to compare: the current quarter, the same quarter a year earlier, year-to-date windows.

Releases print their columns in many orders ("2004 2003" or "2003 2004", quarter before or after the
year-to-date block), so nothing here trusts the position of a column: periods are matched on their
length in months and their end date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from core.model import Period, Statement
from core.vocabulary import NUMBER_WORD_RE, NUMBER_WORDS, WEEKS_TO_MONTHS

# A fiscal year is 52 or 53 weeks for retailers (364 or 371 days) and 365/366 days for everyone else; a
# prior-year column ends within this many days of "one year before the current column".
PRIOR_YEAR_DAYS = range(350, 381)

WINDOW_NAMES = {3: "Quarter", 6: "Six months", 9: "Nine months", 12: "Full year"}


@dataclass(frozen=True, slots=True)
class Window:
    """A comparison of one period with the same period a year earlier ("Quarter", 2004 against 2003).

    `prior` is None when the release prints no year-earlier column of the same length.
    """

    months: int
    current: Period
    prior: Period | None
    # Twelve months ending where a shorter year to date also ends (a utility's "Twelve Months Ended
    # September 30" beside its nine months): the trailing twelve months, no fiscal year and no year to date.
    trailing: bool = False

    @property
    def name(self) -> str:
        """ "Quarter", "Six months", ...; "Quarter to Mar 31, 2004 (derived)" for a window of computed columns,
        its end said: beside the release's own "Quarter", a bare "Quarter (derived)" had not said which quarter
        (a browser review). A year to date counted in weeks is named in weeks ("40 weeks"): a restaurant's 40
        weeks are no nine months, and its 28 weeks less than six."""
        weeks = weeks_of(self.current)
        if self.trailing:
            name = "Trailing twelve months"
        elif weeks is not None and self.months not in (3, 12):
            name = f"{weeks} weeks"
        else:
            name = WINDOW_NAMES.get(self.months, f"{self.months} months")
        if is_derived(self.current):
            return f"{name} to {self.current.end:%b} {self.current.end.day}, {self.current.end.year} (derived)"
        return name


def is_derived(period: Period) -> bool:
    """True for a column the analysis computed rather than read (see core.analysis.derived)."""
    return period.derived


# A length counted in weeks as a header prints it: "Twelve Weeks Ended", "40 weeks", "13-week period".
_COUNTED_WEEKS = re.compile(rf"\b(\d{{1,2}}|{NUMBER_WORD_RE})[\s-]*weeks?\b", re.IGNORECASE)


def weeks_of(period: Period) -> int | None:
    """The weeks a column counts, where its header counts weeks (a 52/53-week retailer's "Twelve Weeks
    Ended") or the analysis computed it from such columns; None for a column counted in months.

    A count is taken only where it is the column's length in months too: a header naming two lengths
    ("Thirteen and Thirty-Nine Weeks Ended") gives each column only the count that fits it. The header's
    count comes before one the story gave the column (UI-32: "Fifty-Two Weeks Ended" named 53 weeks).
    """
    if period.months is None:
        return period.weeks
    # the header's own count first: the story's ("a 53-week year ended ...") may have been given the wrong column
    for match in _COUNTED_WEEKS.finditer(period.label):
        raw = match.group(1).lower()
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if count is not None and WEEKS_TO_MONTHS.get(count) == period.months:
            return count
    return period.weeks


def day_name(day: date) -> str:
    """A day as every page writes it: "Jun 30, 2004"."""
    return f"{calendar.month_abbr[day.month]} {day.day}, {day.year}"


def period_name(period: Period) -> str:
    """A compact name for charts and tables: "3M to Jun 30, 2004", "Jun 30, 2004" for a balance date, and
    "3M to Mar 31, 2004 (derived)" for a column computed from others. A column counted in weeks says its
    weeks ("12 weeks to Oct 7, 2007"), as its header does: "3M" would hide that the quarter is shorter."""
    when = day_name(period.end)
    weeks = weeks_of(period)
    if period.months is None:
        name = when
    elif weeks is not None:
        name = f"{weeks} weeks to {when}"
    else:
        name = f"{period.months}M to {when}"
    return f"{name} (derived)" if is_derived(period) else name


def add_months(day: date, count: int) -> date:
    """`day` moved by `count` months, keeping month ends at month ends (Jun 30 - 3 months = Mar 31)."""
    month_index = day.year * 12 + (day.month - 1) + count
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    is_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(year, month + 1, last if is_month_end else min(day.day, last))


_THIRTEEN_WEEKS = timedelta(days=91)


def quarter_before(end: date) -> date:
    """The end of the quarter before the one ending `end`: the month's end three months back, or thirteen
    weeks back in a 52/53-week year, whose quarters end on a weekday, not a month's end (Sears' second
    quarter ended June 28, 2003, so its first ended March 29, not March 28)."""
    if end.day == calendar.monthrange(end.year, end.month)[1]:
        return add_months(end, -3)
    return end - _THIRTEEN_WEEKS


def difference_end(longer: Period, shorter: Period) -> tuple[date, int | None]:
    """Where `longer` less `shorter` (both ending on one day) ends, and its weeks where both count weeks.

    A column counted in weeks ends exactly its weeks before the longer one: 40 weeks less the 12 ended
    October 7, 2007 are 28 weeks ending July 15, a day the release's calendar keeps, where three months back
    would have named July 8, which no statement prints. Months go back by the calendar.
    """
    shorter_weeks = weeks_of(shorter)
    if shorter_weeks is not None:
        longer_weeks = weeks_of(longer)
        weeks = None if longer_weeks is None else longer_weeks - shorter_weeks
        return longer.end - timedelta(weeks=shorter_weeks), weeks
    months = shorter.months or 0
    return (quarter_before(longer.end) if months == 3 else add_months(longer.end, -months)), None


def months_between(start: date, end: date) -> Decimal:
    """Months elapsed from `start` to `end`: whole months between month ends, else days / (365.25 / 12).

    Balance sheets stand at month ends almost always, and "six months" should then be exactly 6, not 5.98.
    """
    start_end = start.day == calendar.monthrange(start.year, start.month)[1]
    end_end = end.day == calendar.monthrange(end.year, end.month)[1]
    if start_end and end_end:
        return Decimal((end.year - start.year) * 12 + end.month - start.month)
    return (Decimal((end - start).days) / (Decimal("365.25") / 12)).quantize(Decimal("0.01"))


def is_prior_year(candidate: Period, current: Period) -> bool:
    return candidate.months == current.months and (current.end - candidate.end).days in PRIOR_YEAR_DAYS


def duration_periods(statement: Statement) -> tuple[Period, ...]:
    return tuple(period for period in statement.periods if period.months is not None)


def latest(periods: tuple[Period, ...], months: int) -> Period | None:
    """The period of length `months` that ends last."""
    matching = [period for period in periods if period.months == months]
    return max(matching, key=lambda period: period.end) if matching else None


def windows(statement: Statement) -> tuple[Window, ...]:
    """One window per period length the statement prints, shortest first (quarter, then year-to-date)."""
    periods = duration_periods(statement)
    result: list[Window] = []
    for months in sorted({period.months for period in periods if period.months is not None}):
        current = latest(periods, months)
        if current is None:
            continue
        prior = next((p for p in periods if is_prior_year(p, current)), None)
        result.append(Window(months=months, current=current, prior=prior, trailing=is_trailing(current, periods)))
    return tuple(result)


def is_trailing(period: Period, periods: tuple[Period, ...]) -> bool:
    """Twelve months ending where a year to date of four to eleven months also ends: one of the two is
    not the fiscal year's, and a year to date is never twelve months before the year's end."""
    return period.months == 12 and any(
        other.end == period.end and other.months is not None and 3 < other.months < 12 for other in periods)


def current_quarter(statement: Statement) -> Period | None:
    """The release's quarter: the three-month column that ends last."""
    return latest(duration_periods(statement), 3)


def balance_dates(statement: Statement) -> tuple[Period, ...]:
    """A balance sheet's columns, earliest first, so that "change" reads forward in time."""
    return tuple(sorted((p for p in statement.periods if p.months is None), key=lambda period: period.end))


# How far a period may end before the release's latest balance-sheet date and still be the one it reports:
# a quarter's statements and its balance sheet share their day, give or take a 52/53-week calendar's days.
_BEHIND = timedelta(days=45)


def behind(period: Period, balance: Statement | None) -> bool:
    """Whether `period` ends well before the latest day the balance sheet prints: the release's own period
    was not read (Ashgrove's two months after fresh-start accounting), and the column left is a year old.
    Shown as the current quarter, a year-old predecessor's loss had headed the Overview, and its cash burn
    had been spread over the successor's cash."""
    dates = balance_dates(balance) if balance is not None else ()
    return bool(dates) and period.end + _BEHIND < dates[-1].end


# The owner a column's figures are of, where a buyout splits the release ("Predecessor", "Successor").
_OWNER = re.compile(r"\b(predecessor|successor)\b", re.IGNORECASE)


def owners_apart(earlier: Period, later: Period) -> tuple[str, str] | None:
    """The owners two columns' figures are of, where a change of owner stands between them: each named
    ("Predecessor" / "Successor"), or one named and the other not its like (a "Successor" quarter beside last
    year's quarter, which only the predecessor can have earned: UI-26, an EPS bridge had spread a fresh start's
    new share count over the old company's result). None where no change of owner is named."""
    first, second = _OWNER.search(earlier.label), _OWNER.search(later.label)
    if first is None and second is None:
        return None
    owner_then = first.group(1).capitalize() if first is not None else None
    owner_now = second.group(1).capitalize() if second is not None else None
    if owner_then == owner_now:
        return None
    if owner_now == "Successor" or owner_then == "Predecessor":
        return "Predecessor", "Successor"
    return None

