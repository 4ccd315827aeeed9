"""Column headers into periods: "Three-months ended / June 30, / 2004" -> 3 months ending 2004-06-30.

Headers are read per column, top to bottom, after the table reader has given each column the header
phrases standing above it; what one column lacks (a spanning "Six months ended" printed once, a date on
the title line) is filled from what the whole header or title says.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

from core.fast_regex import search_holding, starting_fast
from core.vocabulary import (
    MONTH_RE,
    MONTH_START,
    MONTHS,
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    ORDINAL_QUARTERS,
    PART_CLIPPED,
    QUARTER_OVER_ITS_ORDINAL,
    WEEKS_TO_MONTHS,
    YEAR_ENDED,
    YEAR_PART,
    YEAR_RE,
    YEAR_TO_DATE_CLIPPED,
    full_year,
    spelled_day_month,
)

_MONTH_NAMES = MONTH_RE

DATE = starting_fast(
    rf"""
    {MONTH_START}                           # "EndedSeptember 30": cells a conversion glued
    (?P<month>{_MONTH_NAMES})\.?\s*            # June, Jun., Sept
    (?:(?P<day>\d{{1,2}})(?:/(?P<day2>\d{{1,2}})(?![\d/]))?(?:st|nd|rd|th)?\s*,?\s*)?  # 30, 28/29 (or none)
    (?P<year>{YEAR_RE})?\b                 # 2004 (often on the next header line)
    | \b(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>(?:19|20)?\d{{2}})\b   # 6/30/2004 (31/12/2006: day first)
    | (?<![\d.])(?P<dd>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.(?P<yy>(?:19|20)\d{{2}})\b(?!\.\d)   # 30.06.2007: day first
    """,
    re.IGNORECASE | re.VERBOSE,
)
YEAR = starting_fast(rf"(?<![\d,.$])(?:fiscal\s+|fy\s*)?({YEAR_RE})(?![\d,])", re.IGNORECASE)
_NUMBER = r"\d{1,2}|" + NUMBER_WORD_RE
DURATION = starting_fast(
    rf"""
    # ("Three MonthsEndedJune 30, 2006": a scrape that dropped the line breaks of a stacked head, round 500)
    (?P<n>{_NUMBER})[\s-]*(?:fiscal\s+)?(?P<unit>months?|mos\.?|weeks?|wks\.?)(?:\b|(?=end(?:ed|ing)))
    | \b(?P<nm>3|6|9|12)m\b                        # "9M 2013": nine months, as European releases head columns
    | \b(?P<nq>{_NUMBER})[\s-]+(?:fiscal\s+)?quarters\b   # "Three Quarters Ended", "Two Fiscal Quarters Ended"
    | (?P<month1>\bmonth\s+end(?:ed|ing)\b|\bcurrent\s+month\b)   # a monthly report's month
    | (?P<quarter>\bquarters?\b|\bqtr\.?|\bq[1-4]\b)
    | (?P<half>\bhalf[\s-]+year\b|\bfirst\s+half\b|\bsecond\s+half\b|\bsix[\s-]+months?\b|\bh[12]\b)
    | (?P<ytd>\byear[\s-]+to[\s-]+date\b|\bytd\b)   # before "year": "Year to Date" is no year
    # a year, but not "This Year" or "Last Year", which say which year a column is, not how long
    | (?P<year>(?<!this\s)(?<!last\s)(?<!prior\s)(?<!current\s)(?<!previous\s)(?<!preceding\s)
       \b(?:fiscal\s+)?years?\b(?![\s-]+ago\b)|\bannual\b|\bfull[\s-]+year\b|\bfy(?=\d{{2,4}}\b|\b)
       |\btwelve[\s-]+months\b|\b[tl]tm\b)       # "TTM", "LTM": the trailing (last) twelve months
    """,
    re.IGNORECASE | re.VERBOSE,
)
# What every match of DURATION holds, in lower case: a unit's word ("month", "mos", "week", "wk", "quarter",
# "qtr", "q1", "half", "h1", "year", "ytd", "annual", "fy", "ttm"), or a European "9M"'s digit and "m". An
# ASCII text holding none of them is answered at once: the search costs some 9 us, and the header reader asks
# it of most phrases above a table, most of which name no length (issue 12). Outside ASCII the pattern is
# asked (IGNORECASE folds "\u212a" into "k", "\u017f" into "s").
_DURATION_WORDS = ("month", "mos", "week", "wk", "3m", "6m", "9m", "2m", "q", "half", "h1", "h2", "year", "ytd",
                   "annual", "fy", "tm")


@functools.lru_cache(maxsize=4096)
def duration_in(text: str) -> re.Match[str] | None:
    """DURATION.search(text), without the search where no match can be (tests/test_fast_paths.py compares).
    Cached: the header reader and the line classifier ask it of the same phrases, a text-era release some
    200 times for 20 texts (a match is read, never changed; no caller asks which string object it holds)."""
    return search_holding(DURATION, _DURATION_WORDS, text)


# The first of two lengths sharing one unit ("Thirteen and", "3 and", "three, six and"): what follows names
# the columns' lengths together, not one column's.
# A count a header writes in words or digits ("Thirteen", "13").
_COUNT = rf"(?:{NUMBER_WORD_RE}|\d{{1,2}})"
_PAIRED_BEFORE = re.compile(rf"\b{_COUNT}\s*(?:and|&|,)\s*$", re.IGNORECASE)
# ... but for a month's day before the comma: "Periods Ended June 30, Three Months", a caption over the column
# groups run into one group's length (round 237: the quarter's columns had been read as naming no length).
_MONTH_DAY_BEFORE = re.compile(rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}}\s*,\s*$", re.IGNORECASE)


def _paired_before(text: str, at: int) -> bool:
    """Whether a count and "and", "&" or a list's comma end `text` before `at`: the first of two lengths."""
    return _PAIRED_BEFORE.search(text, 0, at) is not None and _MONTH_DAY_BEFORE.search(text, 0, at) is None
# ... joined by "and" alone: "13 and" before "26 Weeks" (a list's comma may be a date's: "September 30,").
_PAIRED_AND_BEFORE = re.compile(rf"\b{_COUNT}\s*(?:and|&)\s*$", re.IGNORECASE)
# Two lengths named together ("the month and quarter ended", "Three and Six Months Ended"): a text that
# names several columns' lengths, none of them alone.
SEVERAL_LENGTHS = re.compile(
    rf"\b(?:months?|quarters?|years?|half|{NUMBER_WORD_RE}|\d{{1,2}})\s*(?:and|&)\s*(?:(?:{NUMBER_WORD_RE}|\d{{1,2}})"
    rf"[\s-]+)?(?:months?|quarters?|years?|weeks?|year[\s-]+to[\s-]+date)\b", re.IGNORECASE)
# Two lengths counted out with one unit, as a statement's caption names its columns' ("For the 13 and 39 weeks
# ended", "Three and Nine Months Ended"): the shorter is the quarter's, the longer the year to date's.
_TWO_COUNTS = re.compile(
    rf"\b(?P<a>{_COUNT})\s*(?:and|&)\s*(?P<b>{_COUNT})[\s-]+(?:fiscal\s+)?(?P<unit>months?|weeks?)\b", re.IGNORECASE)


def paired_lengths(text: str) -> tuple[int, int] | None:
    """The months of the two lengths a caption names together, shorter first; None where it names no such
    pair or a count no calendar has ("14 and 40 weeks" counts out 3 and 9 months; "5 and 7 months" none)."""
    found = _TWO_COUNTS.search(text)
    if found is None:
        return None
    weeks = found.group("unit").lower().startswith("w")
    lengths = []
    for raw in (found.group("a").lower(), found.group("b").lower()):
        number = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        months = WEEKS_TO_MONTHS.get(number) if weeks else (number if number in (3, 6, 9, 12) else None)
        if months is None:
            return None
        lengths.append(months)
    shorter, longer = lengths
    return (shorter, longer) if shorter < longer else None


def paired_counts(text: str) -> tuple[str, str, str] | None:
    """The two counts and their unit as a caption prints them ("Three", "Nine", "Months"), where
    paired_lengths reads a pair in it: the columns they name keep the caption's own words (weeks stay weeks)."""
    found = _TWO_COUNTS.search(text)
    if found is None or paired_lengths(text) is None:
        return None
    return found.group("a"), found.group("b"), found.group("unit")


def starts_a_pair(text: str, at: int) -> bool:
    """Whether the length at `at` is the second of two counted out with one unit ("13 and" before "26 Weeks";
    not "September 30," before "Nine Months")."""
    return _PAIRED_AND_BEFORE.search(text, 0, at) is not None


# A length named after another ("month and quarter", "quarter and year to date"): the two name the columns.
_PAIRED_WORD_BEFORE = re.compile(r"\b(?:months?|quarters?|years?|half)\s*(?:and|&)\s*$", re.IGNORECASE)
_SHORTER = re.compile(
    r"\b(?:quarters?|qtr|q[1-4]|[1-4]q|half|h[12]|[12]h|months?|weeks?|(?:3|6|9)m|ytd|year[\s-]+to[\s-]+date)\b",
    re.IGNORECASE)
# Words beside "FY24" that make it a part of that year, not the whole: "YTD FY24", "Nine Months FY2024".
_PART_OF_A_FISCAL_YEAR = re.compile(r"\b(?:ytd|year[\s-]+to[\s-]+date|(?:three|six|nine|3|6|9)[\s-]+months?|quarter|qtr"
                                    r"|half)\b", re.IGNORECASE)
# ... with the day a caption's note gives it ("Year 2019 December 31, 2019")
# "Fiscal 2011" over "First Quarter | ... | Fourth Quarter | Year": the column "Year" under its year's name is
# that year whole (round 253: a software company's years beside its four quarters had named no length).
_YEAR_UNDER_ITS_NAME = re.compile(r"(?:\bfiscal\s+)?\b(?:19|20)\d{2}\s+(?:full\s+|total\s+)?year\s*$", re.IGNORECASE)
_BARE_YEAR_OVER = re.compile(rf"year\s+{YEAR_RE}(?:\s+(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+{YEAR_RE})?", re.IGNORECASE)
_YEAR_AFTER = re.compile(rf"\s*(?:{YEAR_RE}|'\d\d)\b")
# Words that show a header line talks about periods (the reader uses this to tell headers from rows).
PERIOD_WORDS = starting_fast(
    rf"\b(?:ended|ending|months?|weeks?|quarters?|qtrs?|year|fiscal|as\s+of|at|q[1-4]|[1-4]q|h[12]|{_MONTH_NAMES})\b\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class HeaderReading:
    """What one column's header text says; any part may be missing."""

    months: int | None
    month: int | None
    day: int | None
    year: int | None
    ytd: bool = False
    # "Last Year", "Prior Year" over a column whose date is its group's or the title's: that date a year back
    years_back: int = 0


# A column headed by the months it spans, as European releases head their half years ("January-June").
_MONTH_SPAN = re.compile(rf"\b(?P<first>{MONTH_RE})\.?\s*(?:-|\u2013|\u2014|to|through)\s*(?P<last>{MONTH_RE})\b\.?",
                         re.IGNORECASE)
# A column named for the year before the one reported, its date left to its group's header or the title.
_YEAR_BEFORE = re.compile(r"\b(?:last|prior|previous|preceding)[\s-]+(?:fiscal[\s-]+)?year\b|\byear[\s-]+ago\b",
                          re.IGNORECASE)


# Days from a period's end to the same period's end a year before: 365 or 366, or 364 or 371 in weeks.
_A_YEAR_OF_DAYS = (364, 371)


def a_year_apart(later: date, earlier: date) -> bool:
    """Whether `earlier` ends the same period a year before `later` (by the calendar or by weeks)."""
    return _A_YEAR_OF_DAYS[0] <= (later - earlier).days <= _A_YEAR_OF_DAYS[1]


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# A year clipped to its last two digits after an apostrophe ("'98", "Fiscal '99"), as 1990s headers print it.
_CLIPPED_YEAR = re.compile(r"(?<![\w'\u2019])['\u2019](\d{2})(?![\w'\u2019])")


def _full_clipped_year(match: re.Match[str]) -> str:
    return full_year(match.group(1))


# A fiscal year clipped to two digits after "FY" ("Q3 FY18", "YTD FY 18", "FY'18"): read as "FY2018" is.
_CLIPPED_FISCAL_YEAR = re.compile(r"\b(fy\s*)['\u2019]?(\d{2})(?![\d,.%])", re.IGNORECASE)


def _full_fiscal_year(match: re.Match[str]) -> str:
    return f"{match.group(1)}{full_year(match.group(2))}"


def _full_year_to_date(match: re.Match[str]) -> str:
    return f"{match.group('ytd')} {full_year(match.group('year'))}"


def _part_in_full(match: re.Match[str]) -> str:
    if quarter := match.group("q") or match.group("q2"):
        return f"Q{quarter} {full_year(match.group('year'))}"
    return f"H{match.group('h') or match.group('h2')} {full_year(match.group('year'))}"


def _two_counts(text: str) -> bool:
    """Whether a header may count out two lengths at all: two words of weeks or months (read_header is
    asked of every header line, most naming one length or none)."""
    lowered = text.lower()
    return lowered.count("week") + lowered.count("month") >= 2


def _counted_months(match: re.Match[str]) -> int | None:
    """The months a duration counts out in numbers ("13 weeks", "Six Months", "nine-month"); None for
    words naming no count ("Quarter", "Year")."""
    if match.group("n"):
        raw = match.group("n").lower()
        number = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        if match.group("unit").lower().startswith("w"):
            return WEEKS_TO_MONTHS.get(number)
        return number if 1 <= number <= 12 else None
    if match.group("nm"):
        return int(match.group("nm"))
    return None


@functools.lru_cache(maxsize=4096)  # a header is read by several stages, and a release repeats its headers
def _numeric_date(match: re.Match[str]) -> tuple[int, int, int] | None:
    """(month, day, year) of a date in figures: "6/30/2004" month first as in the US, "31/12/2006" day first
    where the first number can be no month, "30.06.2007" day first as Europe dots it (month first only where
    the second number can be no month: "06.30.2007"); None for no calendar date."""
    if match.group("dd"):
        first, second = int(match.group("dd")), int(match.group("mm"))
        day, month = (second, first) if second > 12 >= first else (first, second)
        year = int(match.group("yy"))
    else:
        month, day = int(match.group("m")), int(match.group("d"))
        if month > 12 >= day:
            month, day = day, month
        raw_year = int(match.group("y"))
        year = raw_year + 2000 if raw_year < 50 else (raw_year + 1900 if raw_year < 100 else raw_year)
    return (month, day, year) if 1 <= month <= 12 and 1 <= day <= 31 else None


@functools.lru_cache(maxsize=4096)
def read_header(text: str) -> HeaderReading:
    """Pull duration, month, day and year out of one column's joined header text (cached: a pure function of
    the text, and the stages ask it of the same few headers again and again, a text-era release some 100
    times for 10 to 25 texts; the reading is frozen, so one may be shared)."""
    text = spelled_day_month(text)  # "Jun-01", "30-Sep-24": a spreadsheet's dates
    if "'" in text or "\u2019" in text:
        text = _CLIPPED_YEAR.sub(_full_clipped_year, text)  # "'98": 1998
    if "f" in text or "F" in text:
        text = _CLIPPED_FISCAL_YEAR.sub(_full_fiscal_year, text)
    if "td" in text or "TD" in text:
        text = YEAR_TO_DATE_CLIPPED.sub(_full_year_to_date, text)  # "YTD 07": the year to date of 2007
    months = None
    length_at: int | None = None  # where the words naming the length stand
    ytd = False
    fiscal_name = False
    for match in DURATION.finditer(text):
        if (match.group("n") and _paired_before(text, match.start())) or _PAIRED_WORD_BEFORE.search(
                text, 0, match.start()):
            # "THIRTEEN AND TWENTY-SIX WEEK PERIODS ENDED", "the month and quarter ended": a title naming
            # every column's length, none of them alone
            continue
        if match.group("n"):
            raw = match.group("n").lower()
            number = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
            if match.group("unit").lower().startswith("w"):
                months = WEEKS_TO_MONTHS.get(number)
            elif number in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12):
                months = number
        elif match.group("nm"):
            months = int(match.group("nm"))
        elif match.group("month1"):
            months = 1
        elif match.group("nq"):
            raw = match.group("nq").lower()
            quarters = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
            months = 3 * quarters if 1 <= quarters <= 4 else months
        elif match.group("quarter"):
            months = months or 3
        elif match.group("half"):
            months = 6
        elif match.group("year"):
            # "Year ended" (or the British "Year to 31 December 2007": vocabulary.YEAR_ENDED) is twelve months;
            # "fiscal 2004" alone is a year label, not a duration; "Fiscal Year" over "Fiscal 2014" or "2014"
            # (beside "Fourth Quarter") is the year, unless a shorter period is named beside it ("Fiscal Year
            # 2014 | Q1").
            fiscal = match.group().lower().startswith("fiscal")
            if re.search(r"twelve|full|annual|[tl]tm", match.group(), re.I) or YEAR_ENDED.search(text) or (
                fiscal and not _YEAR_AFTER.match(text, match.end())) or (
                fiscal and "year" in match.group().lower() and not _SHORTER.search(text)) or (
                match.group().lower() == "fy" and not _SHORTER.search(text)  # "FY2014" beside "Q4 2014"
            ) or _BARE_YEAR_OVER.fullmatch(text.strip()) or (  # "Year" over "2003" beside "Fourth Quarter"
                _YEAR_UNDER_ITS_NAME.search(text) is not None and match.end() == len(text.rstrip())):
                months = months or 12
        elif match.group("ytd"):
            ytd = True
        if months:
            # A second length named as plainly ("Thirteen Weeks Fifty-Three Weeks", two headers run together
            # over one column) leaves the column's length unknown, not the first one's.
            if _two_counts(text) and any((other := _counted_months(later)) is not None and other != months
                                         for later in DURATION.finditer(text, match.end())
                                         if not _paired_before(text, later.start())):
                months = None
            length_at = match.start()
            break
    if not ytd and ("q" in text or "Q" in text or "h" in text or "H" in text) and (
            clipped := PART_CLIPPED.search(text)) is not None and (
            months is None or (length_at is not None and clipped.start() <= length_at < clipped.end())):
        # "3Q07", "Q3 07", "1H07": the part of the year, then its year clipped to two digits ("Q3 2007"), where
        # no other words name the column's length (round 625). Beside words that do ("Six Months Ended June 30,"
        # run over a bank's "2Q23"), or a year to date's ("YTD 3Q07": nine months), the part is left to
        # core.statements.columns, which asks what the columns number.
        return read_header(PART_CLIPPED.sub(_part_in_full, text))
    month = day = year = None
    dated: list[tuple[int, int | None, int]] = []
    dated_at: list[tuple[int, int]] = []  # where each of `dated` stands
    undated: set[tuple[int, int | None]] = set()  # month-days printed without a year
    first_undated: tuple[int, int, int] | None = None  # the first month's day printed without a year, and its end
    for match in DATE.finditer(text):
        if match.group("dd") or match.group("m"):
            numeric = _numeric_date(match)
            if numeric is None:
                continue
            month, day, year = numeric
        else:
            month = MONTHS[match.group("month").lower().rstrip(".")]
            # (a day of 0 is no day: "December ------0" is a rule a damaged copy ran into the month)
            day = int(match.group("day")) or None if match.group("day") else None
            if day is not None and match.group("day2"):
                day = max(day, int(match.group("day2")))  # "February 28/29": the month's end, in a leap year too
            year = int(match.group("year")) if match.group("year") else None
        if year is not None:
            dated.append((month, day, year))
            dated_at.append(match.span())
            if len(dated) == 1:
                first_end = match.end()
                if (first_undated is not None and first_undated[0] != month
                        and not _RANGE_BETWEEN.search(text, first_undated[2], match.start())):
                    # "December 31, September 2022" over one column: two month-ends, no range between them
                    # (pdftotext merging two columns' date lines, round 502: the December quarter had been
                    # read as September's); no one date is the column's
                    return HeaderReading(months=months, month=None, day=None, year=None, ytd=ytd, years_back=0)
        else:
            undated.add((month, day))
            if first_undated is None and day is not None and day != 1 and not dated:
                first_undated = (month, day, match.end())
    if not dated and len(undated) > 1:
        # "March 31,   December 31," over two columns, read as one text: neither day is every column's
        month = day = None
    if dated and (lead := _dates_before_the_length(text, dated_at, length_at)):
        dated, first_end = dated[lead:], dated_at[lead][1]
    if dated:
        month, day, year = dated[0]
        # "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" spans a pair of columns; the year printed
        # over each column ("2004", "2003") says which of the dates is its own.
        # After "June 30, 2009 and 2008" the column's own year is a second one; a lone "and 2008" may be
        # the pair's other year as well as the column's.
        own = _own_year(text[first_end:]) if len(dated) > 1 or (
            _PAIR_OF_YEARS.match(text, first_end) and len(YEAR.findall(text, first_end)) >= 2) else None
        chosen = next((d for d in dated if d[2] == own), None)
        if chosen is not None:
            month, day, year = chosen
        elif own is not None and len(dated) == 1:
            # "Six Months Ended June 30, 2009 and 2008" over a pair: the day is both columns', the year
            # printed over each column says which year is its own.
            year = own
    else:
        found = list(YEAR.finditer(text))
        if found:
            year = int(found[-1].group(1))
            fiscal_name = found[-1].group().lower().startswith(("fy", "fiscal"))
    if months is None and (span := _MONTH_SPAN.search(text)) is not None:
        # "January-June 2010", "Jan.-Sep.": the months from the first named to the last, inclusive
        first, last = (MONTHS[span.group(g).lower().rstrip(".")] for g in ("first", "last"))
        if month in (None, last):
            months = (last - first) % 12 + 1
    if months is None and fiscal_name and (part := year_part(text)) is not None:
        months = part.months  # "1H FY07", "4Q FY08": the part's length
    years_back = 1 if year is None and _YEAR_BEFORE.search(text) else 0
    return HeaderReading(months=months, month=month, day=day, year=year, ytd=ytd, years_back=years_back)


def _dates_before_the_length(text: str, dated_at: list[tuple[int, int]], length_at: int | None) -> int:
    """How many full dates stand before the words naming the column's length where another follows them
    ("February 14, 2005 Nine Months Ended September 30, 2006"): "Nine Months Ended" names the date after it
    as its end, and a date before it is another header's line run into this one (round 661: a stub's start
    printed a character inside the nine months' column, read as its end). None are set aside where a range's
    words join the dates ("February 14, 2005 to ..."): the header then names a span, no period ended."""
    if length_at is None or len(dated_at) < 2:
        return 0
    lead = sum(1 for start, _ in dated_at if start < length_at)
    if not 0 < lead < len(dated_at) or _RANGE_WORDS.search(text, dated_at[lead - 1][1], dated_at[lead][0]):
        return 0
    return lead


# A range's words between two dates: "February 14, 2005 (inception) to September 30, 2005".
_RANGE_WORDS = re.compile(r"\bto\b|\bthrough\b|\bthru\b|\bfrom\b|\s[-\u2013\u2014]\s", re.IGNORECASE)

# What stands between the two ends of a range of dates: "July 15 to December 31, 2004", "October 1 - December 31".
_RANGE_BETWEEN = re.compile(r"\bto\b|\bthrough\b|\bthru\b|\bfrom\b|[-\u2013\u2014]", re.IGNORECASE)

# The first date of a header phrase continues with the other column's year: "June 30, 2009 and 2008".
_PAIR_OF_YEARS = re.compile(r"\s*(?:and|&)\s")


def _own_year(rest: str) -> int | None:
    """The year standing alone at the end of a column's header, after its dates."""
    tail = DATE.sub(" ", rest)
    # a fiscal year's name after the dates ("September 30, 2006 and 2005  Q2 FY07") is no calendar year
    years = [found.group(1) for found in YEAR.finditer(tail)
             if not found.group().lower().startswith(("fy", "fiscal"))]
    return int(years[-1]) if years else None


@dataclass(frozen=True, slots=True)
class YearPart:
    """A column headed by a numbered part of a year and no date ("Q3 2013"): where it ends if the company's
    year is the calendar's, and how long it is."""

    year: int
    end_month: int
    months: int


def quarter_number(text: str) -> int | None:
    """The quarter a header numbers ("Second Quarter", "Q2", "2Q"), with or without its year; None where it
    numbers none, or several ("Q2 vs Q1")."""
    numbers = set()
    for found in YEAR_PART.finditer(text):
        if quarter := found.group("q") or found.group("q2") or found.group("qw"):
            numbers.add(int(quarter) if quarter.isdigit() else ORDINAL_QUARTERS[quarter.lower()])
    if not numbers:
        # "Fiscal 1997 Quarter First": a spanning "Quarter" stacked over each column's ordinal
        numbers = {ORDINAL_QUARTERS[found.group("qw").lower()] for found in QUARTER_OVER_ITS_ORDINAL.finditer(text)}
    return numbers.pop() if len(numbers) == 1 else None


def year_part(text: str) -> YearPart | None:
    """"Q3 2013" -> the quarter ending in September 2013 of a calendar year; None where the header names no
    single part of a single year. The year may stand apart from the part ("Q3 FY2016", "Q2 FY23")."""
    found = list(YEAR_PART.finditer(text))
    if not found:
        return _quarter_over_its_ordinal(text)
    fiscal = [m for m in found if m.group("fy") is not None and m.group("year") is not None]
    parts = [m for m in found if m.group("fy") is None]
    if len(found) == 2 and len(fiscal) == 1 and len(parts) == 1 and parts[0].group("year") is None:
        part, raw = parts[0], fiscal[0].group("year")  # "Q2 FY23", "FY2014 Q4": the quarter of a fiscal year
    elif len(found) == 1:
        part, raw = found[0], found[0].group("year")
    elif len(found) == 2 and found[0].group("year") is None and found[1].group("year") is not None and (
            found[1].group("fy") is None and found[0].group().lower() != found[1].group().lower()):
        # "TSMC's 2025 fourth quarter consolidated results: 3Q25 Amount": a title's part of a year without
        # its own year runs into the column's own part; the column's, printed last, names its period
        part, raw = found[-1], found[-1].group("year")
    elif (len(found) == 2 and found[0].group("fy") is not None and found[0].group("year") is None
          and found[1].group("fy") is not None and found[1].group("year") is not None):
        # "Fiscal Year" over "FY16": the group's words, then the column's fiscal year
        part, raw = found[1], found[1].group("year")
    else:
        return None
    if part.group("fy") is not None and _PART_OF_A_FISCAL_YEAR.search(text):
        return None  # "YTD FY24", "Nine Months FY2024": a part of the year its words do not number
    if raw is None:
        years = set(YEAR.findall(text))
        if len(years) != 1:
            return None
        year = int(years.pop())
    else:
        year = int(full_year(raw))
    if quarter := part.group("q") or part.group("q2") or part.group("qw"):
        number = int(quarter) if quarter.isdigit() else ORDINAL_QUARTERS[quarter.lower()]
        return YearPart(year, 3 * number, 3)
    if half := part.group("h") or part.group("h2") or part.group("hw"):
        return YearPart(year, 6 if half.lower() in ("1", "first") else 12, 6)
    if months := part.group("m"):
        return YearPart(year, int(months), int(months))
    return YearPart(year, 12, 12)


def _quarter_over_its_ordinal(text: str) -> YearPart | None:
    """"2006 Quarters Ended First" (a spanning "2006 Quarters Ended" over each column's ordinal, read down the
    column) -> the first quarter of 2006, where the header prints one such ordinal and one year; whether that
    year is the calendar's the release's dates decide (`core.statements.columns._calendar_parts`)."""
    ordinals = list(QUARTER_OVER_ITS_ORDINAL.finditer(text))
    years = set(YEAR.findall(text))
    if len(ordinals) != 1 or len(years) != 1:
        return None
    return YearPart(int(years.pop()), 3 * ORDINAL_QUARTERS[ordinals[0].group("qw").lower()], 3)


def resolve_end(reading: HeaderReading, fallback: HeaderReading | None = None) -> date | None:
    """The column's end date, taking month and day from `fallback` (the table's title) where missing."""
    year = reading.year or (fallback.year if fallback else None)
    month = reading.month or (fallback.month if fallback else None)
    day = reading.day or (fallback.day if fallback and fallback.month == month else None)
    if year is None or month is None:
        return None
    # "February 29/28" prints one day for a leap year and another: a day past the month's end is its end.
    day = month_end(year, month) if day is None else min(day, month_end(year, month))
    return date(year, month, day)
