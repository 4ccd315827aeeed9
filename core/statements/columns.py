"""Which period each column of figures is: its header read, a day borrowed where only a year is printed,
a duration inferred from its siblings, and a reason for every column that is not read."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from core.fast_regex import starting_fast
from core.model import Period, StatementKind
from core.statements.entity_groups import another_entitys_columns, entity_groups
from core.tables.headers import lengths_named, lengths_on_lines_of_their_own
from core.tables.lines import YEAR_IN_TEXT
from core.tables.numbers import half_the_last_place
from core.tables.period_headers import (
    SEVERAL_LENGTHS,
    HeaderReading,
    YearPart,
    a_year_apart,
    duration_in,
    month_end,
    quarter_number,
    read_header,
    resolve_end,
    year_part,
)
from core.tables.raw import RawRow, RawTable, mostly_percent
from core.vocabulary import (
    ANOTHER_VERSION,
    AS_ADJUSTED_VERSION,
    AS_REPORTED_VERSION,
    BARE_DOLLAR_HEAD,
    COMPANY_START,
    CURRENCY,
    FISCAL_YEAR_NAMED,
    FISCAL_YEAR_PART,
    MONTH_RE,
    NOT_AS_REPORTED,
    NUMBER_WORDS,
    PERIOD_STILL_RUNNING,
    REPORTED_VERSION,
    RESTATED_HEAD,
    WEEKS_TO_MONTHS,
    currency_code,
    full_year,
    unit_line,
)
from core.work import count_work

_CONSOLIDATED_GROUP = re.compile(r"\bconsolidated\b", re.IGNORECASE)
_NOT_A_PERIOD = starting_fast(
    r"%|\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bgrowth\b|\bpercent|\bratios?\b", re.I)
# A percent column's own header at the end of another's: "%", "% of Sales", "% of net revenues".
_PERCENT_HEAD = re.compile(r"(?:^|\s)%(?:\s+of\s+(?:total\s+|net\s+)?(?:sales|revenues?))?$", re.IGNORECASE)
# A percentage printed without its sign, as "% of sales" columns often are: "93.4", "(1.2)", "100.0".
_BARE_PERCENT = re.compile(r"\(?-?\d{1,3}\.\d\)?")


def _names_no_period(table: RawTable, index: int, text: str) -> bool:
    """Whether the column's header says it holds no period's figures (a change, a percent, a ratio).

    A percent column's head ("%", "% of Sales") is the exception where the column's own cells contradict it:
    amounts (a currency sign or thousands grouped, no percent among them) beside a column of percentages,
    under a header naming one year. A renderer that laid the header out as a table of its own, narrower than
    the body, or a typist a few characters off, set the percent column's head over the amounts beside it
    (rounds 314 and 319: "13 Weeks Ended / March 31, 2019 / %" over "$128,415 | 96.8%" had lost the prior
    year's whole column, and "% of Sales" over unsigned percentages a whole statement)."""
    if _NOT_A_PERIOD.search(text) is None:
        return False
    head = _PERCENT_HEAD.search(text)
    rest = text[: head.start()] if head is not None else text
    if head is None or _NOT_A_PERIOD.search(rest) is not None or len(YEAR_IN_TEXT.findall(rest)) != 1:
        return True
    cells = [cell for row in table.rows if (cell := row.cells[index]) is not None and not cell.is_blank]
    amounts = bool(cells) and not any(cell.is_percent for cell in cells) and any(
        cell.has_currency or "," in cell.text for cell in cells)
    return not (amounts and any(_percentages(table.rows, beside) for beside in (index - 1, index + 1)
                                if 0 <= beside < len(table.columns)))


def _lengths_differ(first: str, second: str) -> bool:
    """Whether two headers count different lengths in one unit ("52 Weeks" and "53 Weeks"); "13 Weeks" beside
    "Three Months" is one length in two words."""
    one, other = _counted_length(duration_in(first)), _counted_length(duration_in(second))
    return one is not None and other is not None and one[1] == other[1] and one[0] != other[0]


def _counted_length(found: re.Match[str] | None) -> tuple[int, str] | None:
    """A length a header counts ("Thirteen Weeks" -> (13, "w"), "3 months" -> (3, "m")), None for another."""
    if found is None or found.group("n") is None:
        return None
    raw = found.group("n").lower()
    return (int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)), found.group("unit").lower()[0]


def _percentages(rows: Sequence[RawRow], index: int) -> bool:
    """A column of percentages, signed ("96.8%") or bare ("93.4", "100.0": tenths, no currency, no grouping)."""
    if mostly_percent(rows, index):
        return True
    cells = [cell for row in rows if (cell := row.cells[index]) is not None and not cell.is_blank and not cell.is_dash]
    return bool(cells) and all(_BARE_PERCENT.fullmatch(cell.text) for cell in cells)


@dataclass(frozen=True)
class PeriodClues:
    """What the rest of the release says of its periods, asked (once, lazily) only where a column's header
    leaves its period open.

    `stated_ends`: the period ends the narrative states ("the second quarter ended June 29, 2003"), whose
    day a column printing only its year takes. `year_to_date`: the length of a column headed "Year to Date"
    alone, from its end (the narrative's "third quarter ended September 30, 2023" makes it nine months).
    `latest_end`: the latest period end the release dates anywhere (narrative or column headers), which
    says whether columns headed "Q3 2013" count the calendar's quarters. `reported`: the quarter and
    (fiscal) year the narrative says it reports ("the second quarter of fiscal 2024": (2, 2024)).
    `whole_year`: whether the release reports only a year ending that day (or a year before it): "results
    for the year ending December 31, 2024", no quarter named for that day. `since_year_end`: the length of a
    column headed "Year to Date" that nothing above gives, from the day the release says without doubt its
    fiscal year ends (a balance sheet's year-end column, "our fiscal year ends December 31"): six months to
    June 30 where that day is December 31 (round 600). `company`: the company the story names itself by, which
    of groups of columns under entities' names is the company's (round 694)."""

    stated_ends: Callable[[], Sequence[date]] = tuple
    # the ends the release's tables print over their columns, day and all (never a month end supposed for a
    # column headed by its month and year alone)
    printed_days: Callable[[], Sequence[date]] = tuple
    year_to_date: Callable[[date], int | None] = lambda end: None
    whole_year: Callable[[date], bool] = lambda end: False
    latest_end: Callable[[], date | None] = lambda: None
    reported: Callable[[], tuple[int | None, int | None]] = lambda: (None, None)
    fiscal_year: Callable[[], int | None] = lambda: None
    # the ends the narrative alone states, first the one it reports (stated_ends adds the tables' dates)
    narrated_ends: Callable[[], Sequence[date]] = tuple
    # the day the dateline says the release was issued
    released: Callable[[], date | None] = lambda: None
    # the ends the narrative gives a 53-week year or a 14-week quarter, each with the weeks it says
    long_ends: Callable[[], Mapping[date, frozenset[int]]] = dict
    since_year_end: Callable[[date], int | None] = lambda end: None
    # the company the story names itself by (its lead, dateline or headline), "" where it names none
    company: Callable[[], str] = str


NO_CLUES = PeriodClues()


def _fiscal_year_part(text: str) -> tuple[int, int | None] | None:
    """The fiscal year a column's part of a year is named by, and the part's length (None for a year to
    date, whose length the release says); None where the header names no such part."""
    found = list(FISCAL_YEAR_PART.finditer(text))
    if len(found) != 1:
        return None
    part = (found[0].group("part") or found[0].group("part2")).lower()
    year = int(full_year(found[0].group("year") or found[0].group("year2")))
    length = None if part == "ytd" else int(part[0]) if part.endswith("m") else 6 if "h" in part else 3
    return year, length


def column_periods(
    table: RawTable, kind: StatementKind, fallback: HeaderReading | None, clues: PeriodClues | None = None,
    titled_length: bool = False,
) -> tuple[list[Period], list[int], list[tuple[int, str, str]]]:
    """One Period per column that holds a period (not "% change"); the indices of those columns; and each
    column of figures that became no period, with its header and why (never merged into another).
    `titled_length`: the statement's own title names a length ("For the Nine Months Ended ..."), which the
    fallback then carries; else the fallback's length is the narrative's quarter."""
    clues = clues or NO_CLUES
    readings = _fiscal_years_over_their_days(
        table.column_headers, _fiscal_years_named_for_their_start(table.column_headers, fallback, clues), clues)
    siblings = _siblings_with_month(readings)
    columns: list[tuple[int, str, date, int | None]] = []
    undated: dict[int, tuple[str, YearPart]] = {}
    borrowed: list[int] = []  # columns printing neither year nor month, dated whole from the title or narrative
    # Columns naming different parts of a year ("Q2 2018 | Q1 2018 | Q4 2017") end in different months: none
    # takes a month from another column or the title, only the calendar's (`_calendar_parts`).
    parts = {index: part for index, (text, reading) in enumerate(zip(table.column_headers, readings, strict=True))
             if (reading.month is None or reading.year is None) and (part := year_part(text)) is not None}
    several = len({part.end_month for part in parts.values()}) > 1
    # Columns numbering several quarters ("First Quarter | Second Quarter | Third Quarter"): a date borrowed
    # from the title, the narrative or a neighbour is one quarter's, and no column's words say which (the
    # narrative's quarter is as often an outlook's). They had been dated as the reported quarter, the first
    # printed as it; they are dated as parts of the year (`_calendar_parts`) or not at all.
    numbered = {index: number for index, text in enumerate(table.column_headers)
                if (number := quarter_number(text)) is not None}
    several_numbered = len(set(numbered.values())) > 1

    def borrows(index: int) -> bool:
        return index not in numbered or not several_numbered

    beside_adjustments = functools.cache(lambda: any(_BESIDE_ADJUSTMENTS.search(header)
                                                     for header in table.column_headers))
    dated_years = {reading.year for reading in readings if reading.month and reading.year}
    fiscal_parts = {index: fiscal_part for index, text in enumerate(table.column_headers)
                    if (fiscal_part := _fiscal_year_part(text)) is not None}
    if len(fiscal_parts) < 2:
        fiscal_parts = {}
    latest_fiscal_part = max((fiscal_year for fiscal_year, _ in fiscal_parts.values()), default=0)
    unknown_to_date: set[int] = set()  # columns headed "Year to Date" whose length nothing gives
    lent_month: list[int] = []  # columns whose month and day another header, the title or the narrative gave
    lent_by_title: list[int] = []  # columns whose month and day the title or the narrative gave, no header
    quarters_total: list[int] = []  # "Year" or "Total" beside numbered quarters, printing no date of its own
    year_alone: set[int] = set()  # a balance sheet's earlier years printed alone, their day not knowable
    whole_years, unsure_years = _fiscal_years_beside_dated_columns(table.column_headers, readings, kind, clues)
    for index, (text, reading) in enumerate(zip(table.column_headers, readings, strict=True)):
        if _names_no_period(table, index, text) or _a_percent_column(table, index, text) or _not_as_reported(
                text, beside_adjustments) or _several_columns_headers(text):
            continue
        if several and index in parts:
            # its own "2Q23" names the quarter, whatever spanning words reach over it ("Six Months Ended")
            undated[index] = (text, parts[index])
            continue
        if index in whole_years:
            columns.append((index, text, whole_years[index], 12))
            continue
        if index in unsure_years:
            continue
        month_source = reading if reading.month else siblings[index] or fallback
        if kind == "balance" and reading.year is not None and (month_source is None or month_source.month is None):
            month_source = _a_fourth_quarters_end(clues) or month_source
        if (reading.month is None and reading.year is None and reading.months is not None and len(dated_years) > 1
                and fallback is not None):
            # "Nine Months" over no date beside "Sept. 30, 2005 | Sept. 30, 2004": its neighbours' years
            # differ, and the nearest one's is a guess; the release's own period dates it
            month_source = fallback
        if month_source is not reading and reading.year is not None and (
                _YEAR_END.search(text) or (kind == "balance" and _FISCAL_YEAR_ALONE.fullmatch(text))):
            # "At fiscal year end 2005" or "Fiscal 2005" beside "April 2, 2005": the year's end, not the
            # quarter's day its neighbour prints. Dated by the narrative ("Fiscal 2005 ended December 31,
            # 2005"), else not read.
            end = _year_end_stated(reading.year, clues.stated_ends(), readings, clues.reported()[0] == 4)
            if end is not None:
                columns.append((index, text, end, None if kind == "balance" else reading.months))
            continue
        if month_source is not reading and not borrows(index):
            continue  # a numbered quarter the borrowed date is not (dated by `_calendar_parts` where it can be)
        if month_source is not reading and several_numbered and reading.months is None and not reading.ytd:
            # "Fiscal 2008" or "Total" after "First Quarter | ... | Fourth Quarter": the year the quarters
            # add up to, which the narrative's quarter is not (round 174: it had been printed as that quarter)
            # it is that year only where its figures are the quarters' sum (`_the_year_its_quarters_add_up_to`)
            if reading.year is None and text.strip():
                quarters_total.append(index)
            continue
        if index in fiscal_parts and fallback is not None and fallback.year is not None and fallback.month and not (
                reading.year and reading.month and reading.day and len(YEAR_IN_TEXT.findall(text)) == 1):
            # (a column printing its own date keeps it, "July 2, 2017 (Q2 FY17)" beside "October 1, 2017 (Q3
            # FY17)": round 419, read as a repeat of it; a caption's two years are no column's own date)
            # "Q2 FY07 | Q2 FY06 | 1H FY07" (a year ending March 31): the release's own date ("quarter ended
            # September 30, 2006") is the latest fiscal year's; the others are as many years before it as
            # their names say. A fiscal year's name is no calendar year, nor is a caption's date over the
            # first column that column's alone.
            fiscal_year, length = fiscal_parts[index]
            reading = HeaderReading(months=length, month=None, day=None,
                                    year=fallback.year - (latest_fiscal_part - fiscal_year), ytd=reading.ytd)
            month_source = fallback
        end = resolve_end(reading, month_source)
        if end is not None and reading.day is None and month_source is not None and month_source is not reading:
            end = _borrowed_day(end, month_source, clues.stated_ends, clues.long_ends)
        if end is not None and reading.years_back:
            end = _a_year_before(end, clues.stated_ends)
        elif end is not None and reading.day is None and (month_source is None or month_source.day is None):
            end = _the_day_printed_for_its_month(end, clues.printed_days)
        if month_source is not reading and _day_without_its_month(text):
            continue  # "31, 2007" beside "September 30, 2008": its own month was lost, and it is no other's
        if (kind == "balance" and end is not None and reading.year is not None and reading.month is None
                and month_source is not reading and month_source is not None and month_source.year is not None
                and reading.year < month_source.year and _an_interim_quarters(resolve_end(month_source), clues)):
            # "1998 | 1997" over a second quarter's balance data: the earlier year's day is the quarter's a
            # year before or the fiscal year's end, and nothing printed says which (round 313: dated June 30,
            # 1997 by the narrative's quarter, where the release meant December 31). Not read. (A fourth
            # quarter's, or one whose quarter the narrative does not number, ends the year: both days alike.)
            # So where the month-day is a neighbour's ("June 30," over "2026", the "December 31," over "2025"
            # lost): round 710 printed a balance sheet's December 31 balances at June 30.
            year_alone.add(index)
            continue
        if end is not None:
            months = reading.months or ((clues.year_to_date(end) or clues.since_year_end(end)) if reading.ytd else None)
            if (months is None and not reading.ytd and reading.year is None and reading.month is None
                    and month_source is siblings[index] and month_source is not None and text.strip()
                    and not duration_in(text)):
                # A column naming no period at all, nor a length of its own ("As Restated" beside "Twelve
                # Months Ended December 31, 1998 As Previously Reported") takes its whole period from the
                # header it is dated by: its end from there and its length from the narrative had read a
                # year's restatement as a quarter (round 302), failing against the statement's quarter. A
                # column headed by nothing at all is left as it was: a rendering may have moved its header.
                months = month_source.months
            if reading.ytd and months is None:
                unknown_to_date.add(index)
            columns.append((index, text, end, None if kind == "balance" else months))
            if reading.year is None and reading.month is None and month_source is fallback:
                borrowed.append(index)
            if reading.month is None and month_source is fallback:
                lent_by_title.append(index)
            if month_source is not reading:
                lent_month.append(index)
        elif ((part := year_part(text)) is not None and reading.months in (None, part.months)) or (
                (part := _year_to_date_part(reading, table.column_headers, readings, clues.reported)) is not None):
            undated[index] = (text, part)
    columns = _without_alike_columns(columns, lent_month)
    if len(lent_month) == len(table.column_headers) > 2 and _adds_up_across(table.rows):
        columns = []  # segments and their total, not periods (Sears' "Retail | Credit | Other | Total Domestic")
    held = _one_period_lent_to_several(columns, {index: _named_length(readings[index]) for index in lent_by_title})
    columns = [column for column in columns if column[0] not in held]
    kept = _without_borrowed_twins(columns, borrowed, clues.reported)
    if len(kept) < len(columns):
        kept += _twins_by_fiscal_calendar(columns, kept, kind, clues)
    columns = kept
    if undated:
        columns = sorted(columns + _calendar_parts(undated, kind, clues.latest_end, clues.reported,
                                                     clues.stated_ends),
                         key=lambda column: column[0])
        if kind != "balance" and quarters_total:
            columns = sorted(columns + _the_year_its_quarters_add_up_to(table, quarters_total, columns),
                             key=lambda column: column[0])
    # A translation column is set aside first: printed before the statement's own ("US$ | RMB | RMB"), it
    # would otherwise make the column of the same period in the statement's currency a repeat of it; and
    # before the lengths are inferred, or its year, the same as the statement's own column's, makes that one
    # a second period of the year (round 719: "Millions of yen 2001 | 2000 | Thousands of U.S. dollars 2001"
    # under a year's release had left yen 2001 unread, "its header names no period length").
    dropped: dict[int, str] = _translations(table.column_headers, _noted_currency(table.title_lines),
                                            {index: (end, months) for index, _, end, months in columns})
    if kind != "balance":
        # A header naming a stub beside a whole period ("YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM JUNE 3,
        # 1996 (INCEPTION) TO ..." over "1997 | 1996") says some column is shorter than the title's period,
        # not which: no bare column takes the title's duration.
        stub = any(_STUB.search(text) for text in table.column_headers) or any(
            _SUCCESSION.search(text) for text in (*table.column_headers, *table.header_lines, *table.title_lines))
        # A cash-flow statement runs from the fiscal year's start: a column naming no length is the year to
        # date of the quarter the narrative reports ("third quarter ended September 30": nine months), not
        # that quarter, unless the statement's title says otherwise (the net result may still correct it,
        # core.statements.period_choice).
        year_to_date = clues.year_to_date if kind == "cash_flow" and not titled_length else None
        if kind == "operations" and not titled_length:
            # A release of a year's results alone ("for the year ending December 31, 2024", no quarter named
            # for that day) heads its statement of operations by the dates alone: those columns are the year.
            year_to_date = _twelve_months_where(clues.whole_year)
        # Nor where the header counts out two lengths together ("For the Three and Nine Months Ended
        # September 30," over years): a bare column is one of them, not the story's quarter (round 435: the
        # nine months of 2019 had been printed as its quarter).
        several = any(SEVERAL_LENGTHS.search(text) for text in (*table.column_headers, *table.header_lines))
        columns = _translations_kept_apart(
            columns, dropped, lambda own: _infer_durations(own, None if stub or several else fallback,
                                                           assume=not (stub or several),
                                                           year_to_date=None if stub else year_to_date))
        # A column headed "Year-to-Date" whose length nothing in the release gives takes no neighbour's or
        # title's length: a quarter's or a month's would be wrong for it (Progressive's monthly release, whose
        # narrative names "the month and quarter ended June 30").
        columns = [(index, text, end, _to_the_numbered_quarter(index, end, columns) if index in unknown_to_date
                    else months) for index, text, end, months in columns]
    periods: list[Period] = []
    keep: list[int] = []
    seen: dict[tuple[date, int | None], int] = {}
    across = functools.cache(lambda: _adds_up_across(table.rows))
    versions = _two_versions_of_a_period(table.column_headers, {index: end for index, _, end, _ in columns})
    unwitnessed = _lengths_unwitnessed(table)
    # dates joined from two columns' headers, which nothing else prints (core.tables.date_pieces, round 697)
    unvouched = {index: (day, why) for index, day, why in table.unvouched}
    unsure_restated: list[tuple[int, int | None]] = []  # restated columns printing no year, and their length
    # Groups of columns under entities' names, one of them "(Consolidated)": the same period under another
    # name is another entity's (a subsidiary's balance sheet printed before the company's), whichever stands first.
    consolidated = {index for index, text in enumerate(table.column_headers) if _CONSOLIDATED_GROUP.search(text)}
    company_periods = {(end, months) for index, _, end, months in columns if index in consolidated}
    # Groups under entities' names, none "Consolidated": the group whose name is the company's, or that alone
    # prints figures a share, is read; the others are another entity's, whichever stands first (round 694).
    groups = [] if consolidated else entity_groups([column for column in columns if column[0] not in dropped])
    others = another_entitys_columns(groups, table, clues.company()) if groups else {}
    released = clues.released() if kind in ("balance", "operations", "cash_flow") else None
    if released is not None and not any(end <= released for _, _, end, _ in columns):
        released = None  # every column after the dateline: the dateline, not the headers, is in doubt
    narrated = clues.narrated_ends() if released is not None else ()
    for index, text, end, months in columns:
        if index in dropped:
            continue
        if index in unwitnessed:
            dropped[index] = unwitnessed[index]
            continue
        if index in unvouched and unvouched[index][0] == end.isoformat():
            dropped[index] = unvouched[index][1]
            continue
        if released is not None and end > released and not any(end <= told for told in narrated):
            # No statement reports a period ending after the release is issued, nor later than every end its
            # story tells (a dateline may be misprinted): the header was paired wrong ("September 30, 2014"
            # centred far left of its figures on a landscape PDF page, read as December 31, 2014 beside
            # "December 31, 2013", UI-23: a cash burn from a balance sheet of the future)
            dropped[index] = f"its end, {end.isoformat()}, falls after the release's own date ({released.isoformat()})"
            continue
        if _an_outlooks_period(text, end, clues):
            dropped[index] = (f"an outlook's period: headed as still running, it ends {end.isoformat()}, after the "
                              "release's own date and every period end the release reports")
            continue
        if index not in consolidated and (end, months) in company_periods:
            dropped[index] = "another entity's column: the same period stands under \"Consolidated\""
            continue
        if index in others:
            dropped[index] = others[index]
            continue
        if months is None and kind != "balance":
            dropped[index] = f"{NAMES_NO_PERIOD}length ({end.isoformat()} is its end)"
            continue
        if index in versions:
            dropped[index] = _TWO_VERSIONS_WHY
            continue
        if (end, months) in seen:
            first = seen[(end, months)]
            if _lengths_differ(table.column_headers[first], text) and first in keep:
                # "52 Weeks Ended December 31, 2016" and "53 Weeks Ended December 31, 2016": one period cannot
                # be both, so a header has been set over the wrong figures (round 317: a colspan one short
                # had put a quarter under "52 Weeks Ended", printed as the year, verified); neither is read
                at = keep.index(first)
                del keep[at], periods[at]
                dropped[first] = f"its length and that of column {index + 1} differ for one period end"
                dropped[index] = f"its length and that of column {first + 1} differ for one period end"
                continue
            before = table.column_headers[first]
            why_not_first = None
            if first in keep and index == len(table.column_headers) - 1 and across():
                # "Kitchen Appliances | Outdoor Products | Corporate | Total" under one date, each row adding up
                # to its last figure: parts beside their total, which is the company's (round 356: the first
                # segment's figures had been read as the quarter's)
                why_not_first = f"a part of column {index + 1}, the total the columns add up to"
                for other, why in list(dropped.items()):
                    if why == f"it repeats the period of column {first + 1}":
                        dropped[other] = why_not_first
            elif (first in keep and RESTATED_HEAD.search(text) and not RESTATED_HEAD.search(before)
                  and YEAR_IN_TEXT.search(text)):
                # "(As Reported) | (As Restated)" for one quarter: the restated figures are the company's now, the
                # reported ones those it first gave (round 373: the first had been kept, eight wrong, verified).
                # One printing no year ("2019 | As Restated | 2018") took its neighbour's, and may restate the
                # other year: it takes no column's place (round 415: the restated 2018 read as 2019).
                why_not_first = f"the figures as first reported, beside their restatement in column {index + 1}"
            elif first in keep and not (RESTATED_HEAD.search(before) or RESTATED_HEAD.search(text)):
                # "Excluding Charges (1) | As Reported", "Non-GAAP | GAAP" over the same years: the column whose
                # header says its figures are as reported, or carries no other version's words, is the
                # statement's, wherever it stands (round 344: the first had been read, a profit printed for a
                # quarter that lost money, verified; round 712: the same where the group's name stands before
                # the year, "Non-GAAP 2023"). Where both carry another version's words, neither is read.
                version = _the_version_as_reported(before, text)
                if version == "neither":
                    at = keep.index(first)
                    del keep[at], periods[at]
                    dropped[first], dropped[index] = _neither_version_why(before, text, first, index)
                    continue
                if version == "first" and ANOTHER_VERSION.search(text):
                    dropped[index] = _another_version_why(text, first)
                    continue
                if version == "second":
                    why_not_first = (_another_version_why(before, index) if ANOTHER_VERSION.search(before) else
                                     f"it repeats the period of column {index + 1}, whose header says it is as "
                                     "reported")
            if why_not_first is not None:  # this column takes the first's place
                at = keep.index(first)
                keep[at], periods[at] = index, Period(end=end, months=months, label=_period_label(text, end, months))
                seen[(end, months)] = index
                dropped[first] = why_not_first
                continue
            # a second column for the same period (as adjusted, constant currency...)
            if RESTATED_HEAD.search(text) and not YEAR_IN_TEXT.search(text):
                dropped[index] = "it prints no year of its own, and which year's figures it restates no header says"
                unsure_restated.append((index, months))
            else:
                dropped[index] = f"it repeats the period of column {first + 1}"
            continue
        seen[(end, months)] = index
        # (a quarter or year the story says ran 14 or 53 weeks counts them: "the fourteen-week fourth quarter
        # and fifty-three-week fiscal year ended January 2, 2024", its columns headed "Fourth Quarter 2023")
        weeks = next((w for w in clues.long_ends().get(end, ()) if WEEKS_TO_MONTHS.get(w) == months), None)
        periods.append(Period(end=end, months=months, label=_period_label(text, end, months), weeks=weeks))
        keep.append(index)
    for restated, months in unsure_restated:
        # An earlier year's column beside it may hold the figures first reported, which the restatement
        # replaced: none is read ("2019 | As Restated | 2018", round 415)
        newest = max((p.end for p in periods if p.months == months), default=None)
        for at in reversed(range(len(keep))):
            if periods[at].months == months and newest is not None and periods[at].end < newest:
                dropped[keep[at]] = (f"its figures may be those first reported, restated in column {restated + 1}"
                                     " under no year of its own")
                del keep[at], periods[at]
    for index, why in _overlapping_lengths(periods, keep).items():
        at = keep.index(index)
        del keep[at], periods[at]
        dropped[index] = why
    if (shifted := _a_sum_left_unread(table.rows, keep)) is not None:
        # None of the table's columns is known to be its own (`_a_sum_left_unread`).
        total, added, adding = shifted
        why = (f"column {total + 1}, read as no period, holds column {added + 1}'s figures plus column "
               f"{adding + 1}'s, so one of them is a change read as a period: the headers stand over the wrong "
               "figures")
        for index in keep:
            dropped[index] = why
        keep, periods = [], []
    # (after the sum: where every header stands a column off, the change's neighbour is no period either)
    while (change := _a_change_read_as_a_period(table.rows, keep, periods)) is not None:
        column, minuend, subtrahend = change
        at = keep.index(column)
        del keep[at], periods[at]
        dropped[column] = (f"its figures are column {minuend + 1}'s less column {subtrahend + 1}'s, row by row: a "
                           "change between the two, not a period")
    read = {index for index, _, _, _ in columns}
    # columns set aside for what their headers leave unsaid, each with its reason
    set_aside = (unwitnessed
                 | {index: _TWO_VERSIONS_WHY for index in versions} | {index: _YEAR_ALONE_WHY for index in year_alone}
                 | {index: _FISCAL_YEAR_UNSURE_WHY for index in unsure_years} | held)
    for index, text in enumerate(table.column_headers):
        if index in set_aside:
            dropped[index] = set_aside[index]
            continue
        if (found := _not_as_reported(text, beside_adjustments)) is not None:
            dropped[index] = f"{found.group().lower()!r}: {_why_not_as_reported(text)}"
            continue
        if index not in read and _amounts_under_a_stray_percent(table, index, text):
            dropped[index] = ("its header names a period and a percent, and its figures are amounts, not "
                              "percentages: which the column holds, its header does not say")
            continue
        if index not in read and _a_percent_column(table, index, text) and _names_one_period(text):
            if not _its_period_read(readings[index], columns):
                dropped[index] = _PERCENTAGES_UNDER_A_PERIOD
            continue
        if index not in read and not (_names_no_period(table, index, text) or mostly_percent(table.rows, index)):
            dropped[index] = f"{NAMES_NO_PERIOD}end"
    for index, beside in _dated_alone_in_its_group(table.column_headers, keep, dropped).items():
        at = keep.index(index)
        del keep[at], periods[at]
        dropped[index] = _DATED_ALONE_WHY.format(beside=beside + 1)
    return periods, keep, [(i, table.column_headers[i], why) for i, why in sorted(dropped.items())
                           if _holds_amounts(table.rows, i)]


# How a column whose header leaves its period unsaid is set aside: the common reason a table goes unread,
# which the skipped table's warning says in its own words (core.statements.build.why_unread).
NAMES_NO_PERIOD = "its header names no period "


# Rows whose figures must show a column is the sum of two others, and the share of rows they must be.
_SUM_ROWS = 3
_SUM_SHARE = Decimal("0.8")


def _amounts_of_whole_rows(rows: Sequence[RawRow]) -> list[list[Decimal | None]]:
    """Each row printing a cell in every column, its amounts by column (None for a blank, a percent or a
    zero, which say nothing of how columns add up): what the column arithmetic below is asked of."""
    width = max((len(row.cells) for row in rows), default=0)
    return [[None if c is None or c.is_blank or c.is_percent or not c.value else c.value for c in row.cells]
            for row in rows if len(row.cells) == width]


def _adds_up_by_rows(figures: Sequence[Sequence[Decimal | None]], whole: int, part: int, rest: int) -> bool:
    """Whether column `whole` is columns `part` and `rest` added, row by row: in _SUM_ROWS rows at least and in
    _SUM_SHARE of the rows printing all three (a row or two may print a figure the others' sum is not)."""
    asked = [(a, b, c) for v in figures if (a := v[whole]) is not None and (b := v[part]) is not None
             and (c := v[rest]) is not None]
    held = sum(1 for a, b, c in asked if a == b + c)
    return held >= _SUM_ROWS and held >= _SUM_SHARE * len(asked)


def _a_sum_left_unread(rows: Sequence[RawRow], keep: Sequence[int]) -> tuple[int, int, int] | None:
    """A column left unread whose figures are, row by row, the sum of two columns read as periods (the unread
    column, and the two): a period plus its change is the next period, so one of the two is a change column
    read as a period, every header set a column off (round 488: pdftotext packed a row left of its headers,
    the first column went unread and the quarter's change was printed as last year's quarter, every sum
    footing). A change column left unread is never the sum of the periods it compares (2004 = 2003 + change,
    the change unread: as it should be), nor is a non-GAAP column the sum of GAAP and an unread adjustment.
    Candidates come from one row's figures, looked up by value, so the work is the square of the columns; each
    is then checked on every row."""
    figures = _amounts_of_whole_rows(rows)
    if len(keep) < 2 or len(figures) < _SUM_ROWS:
        return None
    first = max(figures, key=lambda values: sum(v is not None for v in values))
    kept = set(keep)
    where: dict[Decimal, list[int]] = {}
    for index in keep:
        if (value := first[index]) is not None:
            where.setdefault(value, []).append(index)
    for unread, total in enumerate(first):
        if total is None or unread in kept:
            continue
        for part in keep:
            if (value := first[part]) is None:
                continue
            for other in where.get(total - value, ()):
                if other <= part:
                    continue  # (each pair once: the other order was asked when `other` was the part)
                if _adds_up_by_rows(figures, unread, part, other):
                    return unread, part, other
    return None


def _a_change_read_as_a_period(rows: Sequence[RawRow], keep: Sequence[int], periods: Sequence[Period]
                               ) -> tuple[int, int, int] | None:
    """A column read as a period whose figures are, row by row, those of two columns left of it, the first
    less the second: the change a release prints after the pair it compares ("2003 | 2002 | Increase
    (Decrease)"), its header lost or set over it (round 494: lynx flowed a utility's headers over three lines,
    and the half year's dollar change, 171.3 million, was read as its revenue of 1,762.0, every sum footing,
    as changes do). A period printed after two it is the difference of, by their lengths (the third quarter
    after nine and six months to date), is one. (A prior year's column is its current year's less the
    change right of it: never the change, which stands left of neither.)"""
    figures = _amounts_of_whole_rows(rows)
    if not keep or len(figures) < _SUM_ROWS:
        return None
    first = max(figures, key=lambda values: sum(v is not None for v in values))
    where: dict[Decimal, list[int]] = {}
    for index, value in enumerate(first):
        if value is not None:
            where.setdefault(value, []).append(index)
    period_of = dict(zip(keep, periods, strict=True))
    for column in keep:
        if (change := first[column]) is None:
            continue
        for minuend in range(column):
            if (value := first[minuend]) is None:
                continue
            for subtrahend in where.get(value - change, ()):
                if subtrahend >= column or subtrahend == minuend or _lengths_subtract(
                        period_of.get(minuend), period_of.get(subtrahend), period_of[column]):
                    continue
                if _adds_up_by_rows(figures, minuend, subtrahend, column):
                    return column, minuend, subtrahend
    return None


def _lengths_subtract(longer: Period | None, shorter: Period | None, period: Period) -> bool:
    """Whether `period` is what `longer` covers beyond `shorter`: the same end, and its length theirs apart."""
    return (longer is not None and shorter is not None and longer.months is not None
            and shorter.months is not None and longer.end == period.end
            and longer.months - shorter.months == period.months)


def _overlapping_lengths(periods: Sequence[Period], keep: Sequence[int]) -> dict[int, str]:
    """Columns whose period overlaps another column's of the same length, the reasons keyed by column.

    Two quarters, two half-years or two nine months a statement prints side by side are a year (or a whole
    length) apart, or the same period; nine months ending June 30 beside nine months ending September 29 of
    one year is no comparison a release prints, so a header has been set over the wrong figures (round 320:
    a colspan one short left a quarter's column under "Nine Months Ended", printed as nine months, verified).
    The column whose end no other column of its length shares is the stray one; where each is alone at its
    day of the year, either may be, and neither is read. A year's columns are left alone: trailing twelve
    months do end a quarter apart."""
    stray: dict[int, str] = {}
    lengths: dict[int, list[tuple[int, date]]] = {}
    for index, period in zip(keep, periods, strict=True):
        if period.months is not None and period.months < 12:
            lengths.setdefault(period.months, []).append((index, period.end))
    for months, ends in lengths.items():
        overlap = timedelta(days=round(months * 30.44) - _SAME_PERIOD_DAYS)

        def alone(end: date, ends: list[tuple[int, date]] = ends) -> bool:
            return not any(other != end and _same_day_of_year(other, end) for _, other in ends)

        for at, (index, end) in enumerate(ends):
            for other_index, other_end in ends[at + 1:]:
                if not timedelta(days=_SAME_PERIOD_DAYS) < abs(end - other_end) < overlap:
                    continue
                # the one alone at its day of the year is the stray; both where both are, or neither is
                pair = ((index, end, other_index, other_end), (other_index, other_end, index, end))
                for column, its_end, partner, partner_end in pair:
                    if alone(its_end) or not alone(partner_end):
                        stray[column] = (f"its {months} months overlap those of column {partner + 1}: a header "
                                         "stands over the wrong figures")
    return stray


_SAME_PERIOD_DAYS = 20  # ends this close are one period (a 52/53-week year's days move by up to a week)


def _same_day_of_year(first: date, second: date) -> bool:
    """Whether two ends fall at one point of the year in different years ("September 29, 2024" and
    "October 1, 2023"): a period and its comparison a year before."""
    if first.year == second.year:
        return False
    shifted = abs((first - second).days) % 365
    return min(shifted, 365 - shifted) <= _SAME_PERIOD_DAYS


def _year_to_date_part(reading: HeaderReading, headers: tuple[str, ...], readings: list[HeaderReading],
                       reported: Callable[[], tuple[int | None, int | None]]) -> YearPart | None:
    """A column headed "Year-to-Date 2002" or "Twelve Months 2004", no day or month beside it: the year to date
    of the quarter a column of the same year numbers ("Third Quarter 2002", "Fourth Quarter 2004": round 247, a
    railroad's year), else of the quarter the release reports, in its year or, beside that year's column, a
    year before; a length its quarters do not make is none of them. Dated as a part of the year (`_calendar_parts`) only
    where the release's own dates show its year is the calendar's (round 235: a third quarter's year-to-date
    columns and its cash flow had been skipped as naming no period end)."""
    if reading.year is None or reading.month is not None or not (reading.ytd or reading.months):
        return None
    numbers = {number for text, other in zip(headers, readings, strict=True)
               if other.year == reading.year and not other.ytd and (number := quarter_number(text)) is not None}
    if len(numbers) > 1 and reading.months is not None and 3 * max(numbers) == reading.months:
        numbers = {max(numbers)}  # "Year" after its four quarters ("Fiscal 2011": round 253): the last one's
    if not numbers:
        quarter, year = reported()
        if quarter is not None and year is not None and reading.year <= year and any(
                (other.ytd or other.months == reading.months) and other.year == year and other.month is None
                for other in readings):
            numbers = {quarter}
    if len(numbers) != 1:
        return None
    number = numbers.pop()
    if reading.months == 3 and not reading.ytd and number > 1 and any(
            other.year == reading.year and other.month is None and other.months == 3 * number for other in readings):
        # "Three Months Ended 2003" beside "Six Months Ended 2003" of a second quarter's release: the quarter
        # that ends the year to date (round 420: a bank's quarters left undated beside its dated half years)
        return YearPart(reading.year, 3 * number, 3)
    if reading.months is not None and reading.months != 3 * number:
        return None  # "Twelve Months 2004" beside "Third Quarter 2004": a trailing year, not the year to date
    return YearPart(reading.year, 3 * number, 3 * number)


def _to_the_numbered_quarter(index: int, end: date, columns: list[tuple[int, str, date, int | None]]) -> int | None:
    """A year to date ending the day a column beside it numbers its quarter ("3rd Qtr 2003 | YTD 2003"): that
    many quarters, whatever the fiscal calendar (the year to date of a third quarter is nine months)."""
    numbers = {number for other, text, other_end, _ in columns
               if other != index and other_end == end and (number := quarter_number(text)) is not None}
    return 3 * numbers.pop() if len(numbers) == 1 else None


def _fiscal_years_named_for_their_start(headers: tuple[str, ...], fallback: HeaderReading | None,
                                        clues: PeriodClues) -> list[HeaderReading]:
    """Where the columns print only fiscal years ("Fiscal 2010   Fiscal 2009"), the newest is the fiscal
    year the narrative reports, and the period it says ends in another calendar year (a retailer's fiscal
    2012 "ended February 2, 2013"; fiscal 2010's first quarter "ended December 31, 2009"), every column's
    period ends that much later or earlier than its year. So, where no sentence names the fiscal year, when
    the columns are labelled by fiscal years ("Q2 FY2024 | Q2 FY2023") and the release states the period
    ended on the day they borrow, a year before the newest label ("For the 13 Weeks Ended December 23, 2023"):
    a fiscal year named for its end, whose quarter ended in the calendar year before."""
    readings = [read_header(text) for text in headers]
    if fallback is None or fallback.year is None or fallback.month is None:
        return readings
    own = [r.year for r in readings if r.year is not None and r.month is None]
    if not own or max(own) != max(r.year for r in readings if r.year is not None):
        return readings  # the newest column prints its own date: nothing to infer
    # "Fiscal 2012" ending early in 2013 (named for its start), or "Fiscal 2010" whose first quarter
    # ended December 31, 2009 (named for its end): the columns' years are the narrative's fiscal years.
    shift = fallback.year - max(own)
    if shift not in (1, -1) or (shift == 1 and fallback.month > 3):
        return readings
    if clues.fiscal_year() != max(own) and not (
            shift == -1 and len(set(own)) >= 2 and resolve_end(fallback) in clues.stated_ends()
            and all(_FISCAL_LABEL.search(text) for text, r in zip(headers, readings, strict=True)
                    if r.year is not None and r.month is None)):
        return readings
    if _a_part_moved_a_year_or_more(headers, shift, fallback.month) or not _a_stated_end(fallback, clues):
        return readings
    # (a year's own column never ends in the calendar year before its name: "Twelve Months Ended Fiscal 2004"
    # of a company whose narrative first names "the quarter ended December 31, 2003", round 415)
    return [dataclasses.replace(r, year=r.year + shift)
            if r.year is not None and r.month is None and not (shift == -1 and r.months == 12) else r
            for r in readings]


def _an_interim_quarters(end: date | None, clues: PeriodClues) -> bool:
    """Whether the balance sheet's borrowed day is an interim quarter's: the narrative numbers its quarter the
    first, second or third, or, naming no year beside it ("the second quarter ended June 30, 2026"), says the
    year to date ending that month is three, six or nine months long (round 710: the quarter unnumbered, a
    year printed alone had taken the June 30 beside it where the sheet meant December 31)."""
    quarter = clues.reported()[0]
    if quarter is not None:
        return quarter in (1, 2, 3)
    return end is not None and clues.year_to_date(end) in (3, 6, 9)


def _a_stated_end(fallback: HeaderReading, clues: PeriodClues) -> bool:
    """Whether the day the columns would borrow is one the release states (or it states none): a day put
    together from a title's year and the narrative's month ("Fiscal Q3 YTD 2026 Summary" over "2026 YTD | vs.
    2025 YTD", the comparison's 2025 taken for the title's) says nothing of how the fiscal year is named, and
    had moved every column a year early (round 713)."""
    stated = clues.stated_ends()
    return not stated or resolve_end(fallback) in stated


def _a_part_moved_a_year_or_more(headers: tuple[str, ...], shift: int, month: int) -> bool:
    """Whether moving the columns' years by `shift` would end a column naming a part of its year ("Q3 2026")
    a year or more from where the calendar's same-named part ends: a fiscal year's quarter ends less than a
    year from the calendar's (its year starts at most eleven months apart), so the stated day's month
    (`month`) is that part's in the column's own year (round 713: "Q3 2026 | vs. Q3 2025" of a year ending
    September, the title's comparison year lent to the narrative's "June 30, 2026", every fact dated a year
    early)."""
    for text in headers:
        part = year_part(text)
        if part is not None and part.months < 12 and abs(12 * shift + month - part.end_month) >= 12:
            return True
    return False


def _fiscal_years_over_their_days(headers: tuple[str, ...], readings: list[HeaderReading],
                                  clues: PeriodClues) -> list[HeaderReading]:
    """Columns dated by a day and a fiscal year's name ("December 31," over "Fiscal 2004 | Fiscal 2003"): a
    fiscal year ending in March names the December before it, and where the release states the period
    ended on that day a year before the newest label and not in the label's year ("its third fiscal quarter
    ended December 31, 2003"), every such column ends a year before its label (round 408: each quarter had
    been dated a year late, the prior year's figures under this year's date). A label the release's dates
    do not settle stays the calendar year it reads as: only where the release reports that fiscal year and
    the first end its narrative states is the day a year before the label, or where the label's day would
    fall after the release's own date and the day a year before would not (round 410: a first quarter
    "ended December 31, 2003" under "Fiscal 2004", released January 27, 2004). A narrative ending a period
    on the label's own day as well settles nothing by its first end (round 415: a calendar-year company "with
    no borrowings since the quarter ended December 31, 2003", its "fiscal 2004, which ended December 31,
    2004")."""
    named = [(index, r) for index, (text, r) in enumerate(zip(headers, readings, strict=True))
             if r.year is not None and r.month is not None and _labels_the_fiscal_year(text, r.year)]
    if not named:
        return readings
    newest = max((r for _, r in named), key=lambda r: r.year or 0)
    assert newest.year is not None and newest.month is not None
    narrated = clues.narrated_ends()
    this_year, year_before = (resolve_end(dataclasses.replace(newest, year=year))
                              for year in (newest.year, newest.year - 1))
    released = clues.released()
    # (a narrative that also ends a period on the label's own day, "fiscal 2004, which ended December 31,
    # 2004", dates the label in its calendar year, whatever quarter it names a year before: round 415)
    stated = (clues.fiscal_year() == newest.year and bool(narrated) and narrated[0] == year_before
              and this_year not in narrated)
    impossible = (released is not None and this_year is not None and year_before is not None
                  and year_before <= released < this_year)
    if not (stated or impossible):
        return readings
    shifted = {index for index, _ in named}
    return [dataclasses.replace(r, year=r.year - 1) if index in shifted and r.year else r
            for index, r in enumerate(readings)]


def _labels_the_fiscal_year(text: str, year: int) -> bool:
    """Whether a header's only year is `year` named as a fiscal year's ("Fiscal 2004", "FY04", "Fiscal
    '04", "Fiscal Year 2004"; round 461: "FY04" under "December 31," had not been, last year's figures dated
    as this quarter's)."""
    labels = FISCAL_YEAR_NAMED.findall(text)
    if len(labels) != 1 or len(YEAR_IN_TEXT.findall(text)) != (len(labels[0]) == 4):
        return False
    return int(labels[0]) == (year if len(labels[0]) == 4 else year % 100)


# A year labelled as a fiscal year's: "FY2024", "FY 24", "Fiscal 2024".
_FISCAL_LABEL = re.compile(r"\bfy\s*'?\d|\bfiscal\b", re.IGNORECASE)


def _without_alike_columns(columns: list[tuple[int, str, date, int | None]], lent: list[int]
                           ) -> list[tuple[int, str, date, int | None]]:
    """Columns headed alike ("Quarter 1998 | Quarter 1998 | Quarter 1998", their numbers lost from a line
    above) whose dates all came from elsewhere: each would be the one period the title or narrative
    dates, and at most one is; none is read (the first had been, with the others as its repeats)."""
    lent_to = set(lent)
    groups: dict[tuple[date, int | None, str], list[int]] = {}
    for index, text, end, months in columns:
        if index in lent_to and text.strip():
            groups.setdefault((end, months, " ".join(text.lower().split())), []).append(index)
    dropped = {index for members in groups.values() if len(members) > 1 for index in members}
    return [column for column in columns if column[0] not in dropped] if dropped else columns


# Words saying two columns of one period are two versions of its figures, which the period loop of
# `column_periods` chooses between (as reported, restated, adjusted, non-GAAP).
_VERSION_WORDS = (RESTATED_HEAD, ANOTHER_VERSION, REPORTED_VERSION, AS_REPORTED_VERSION, AS_ADJUSTED_VERSION,
                  NOT_AS_REPORTED)


def _named_length(reading: HeaderReading) -> int | str | None:
    """The length a column's own header names: its months, "ytd" for a year to date, None for none."""
    return reading.months or ("ytd" if reading.ytd else None)


def _one_period_lent_to_several(columns: list[tuple[int, str, date, int | None]],
                                lent: Mapping[int, int | str | None]) -> dict[int, str]:
    """The columns, each with why it is held back, that would all take one period from the title or the
    narrative, their headers different and none printing a month of its own: the period is one column's at
    most, and no header says which. The first of them had been printed as it and the rest dropped as its
    repeats (round 737: "Fiscal 2006 Quarters Ended" over "First | Second | Third | Fourth", the first
    quarter's figures printed as the fourth's, verified). `lent` holds each lent column's own named length.
    Columns whose headers name versions of one period ("As Reported | As Adjusted") are left to the choice
    between versions, and those naming currencies ("2008 TRY | 2008 US$") to the translations'."""
    by_end: dict[date, list[tuple[int, str, int | str | None]]] = {}
    headers = {index: text for index, text, _, _ in columns}
    for index, text, end, _ in columns:
        if index in lent:
            by_end.setdefault(end, []).append((index, " ".join(text.split()).lower(), lent[index]))
    held: dict[int, str] = {}
    for end, members in by_end.items():
        if any(words.search(text) for _, text, _ in members for words in _VERSION_WORDS) or any(
                CURRENCY.search(headers[index]) for index, _, _ in members):
            continue
        clashing = _headed_differently_for_one_period(members)
        numbers = ", ".join(str(index + 1) for index in clashing)
        for index in clashing:
            held[index] = (f"columns {numbers} would each take the period ending {end.isoformat()} from the "
                           "title or the narrative, which is one column's at most: no header says which")
    return held


def _headed_differently_for_one_period(members: list[tuple[int, str, int | str | None]]) -> list[int]:
    """The columns (index, header, length) lent one end whose header differs from another's of the same length
    or of a length not yet known (a "Year" beside quarters takes its length from the title too). Sets of
    headers, not pairs: a row of thousands of columns stays linear."""
    texts_of_length: dict[int | str | None, set[str]] = {}
    for _, text, months in members:
        texts_of_length.setdefault(months, set()).add(text)
    every_text = set().union(*texts_of_length.values()) if texts_of_length else set()
    unknown = texts_of_length.get(None, set())
    return [index for index, text, months in members
            if (len(every_text) > 1 if months is None else bool(texts_of_length[months] - {text} or unknown - {text}))]


def _without_borrowed_twins(columns: list[tuple[int, str, date, int | None]], borrowed: list[int],
                            reported: Callable[[], tuple[int | None, int | None]]
                            ) -> list[tuple[int, str, date, int | None]]:
    """Columns headed differently ("Q2 FY23 | Q1 FY24 | Q2 FY24") that print no date would all take the one
    the narrative states, and only one is that period: the one naming the quarter and year the narrative
    reports ("the second quarter of fiscal 2024": "Q2 FY24"). Where none or several do, none is dated; nor
    is any of several columns headed by nothing."""
    groups: dict[tuple[date, int | None], list[tuple[int, str]]] = {}
    lent = set(borrowed)  # asked of every column: a set keeps a row of thousands of columns linear
    for index, text, end, months in columns:
        if index in lent:
            groups.setdefault((end, months), []).append((index, text))
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) > 1 and not any(text.strip() for _, text in members):
            # several columns headed by nothing, all dated by the narrative: which is its period nothing
            # says (round 334: a block of selected data split from its header, its quarters oldest first,
            # had printed 1997's balances under the 1998 date the first column borrowed)
            dropped.update(index for index, _ in members)
            continue
        if len({text for _, text in members}) < 2:
            continue
        quarter, year = reported()
        naming = [index for index, text in members if year is not None and _names_period(text, quarter, year)]
        dropped.update(index for index, _ in members if naming != [index])
    return [column for column in columns if column[0] not in dropped] if dropped else columns


def _twins_by_fiscal_calendar(columns: list[tuple[int, str, date, int | None]],
                              kept: list[tuple[int, str, date, int | None]], kind: StatementKind,
                              clues: PeriodClues) -> list[tuple[int, str, date, int | None]]:
    """The borrowed twins left undated ("Q1 FY23" beside the reported "Q1 FY24", both taking the narrative's
    date) dated as parts of the fiscal year instead, where that calendar gives the reported column the very
    date it borrowed: a second reading agreeing with the first."""
    kept_indices = {column[0] for column in kept}
    lost = [column for column in columns if column[0] not in kept_indices]
    group = {index: (text, part) for index, text, _, _ in [*lost, *kept] if (part := year_part(text)) is not None}
    if any(column[0] not in group for column in lost):
        return []
    dated = {index: (end, months) for index, _, end, months in _calendar_parts(
        group, kind, clues.latest_end, clues.reported, clues.stated_ends)}
    if any(index in group and dated.get(index) != (end, months) for index, _, end, months in kept):
        return []
    return [(index, text, *dated[index]) for index, text, _, _ in lost if index in dated]


_FISCAL_YEAR_IN_HEADER = re.compile(r"\bfy\s*'?(\d{2}|\d{4})\b|'(\d{2})\b|\b((?:19|20)\d{2})\b", re.IGNORECASE)
_QUARTER_IN_HEADER = re.compile(r"\bq([1-4])\b|\b([1-4])q\b", re.IGNORECASE)


def _names_period(text: str, quarter: int | None, year: int) -> bool:
    """Whether a header ("Q2 FY24", "Q3'23", "YTD FY2024") names this year, and this quarter where it
    names one."""
    years = {int(y) % 100 for m in _FISCAL_YEAR_IN_HEADER.finditer(text) for y in m.groups() if y}
    if years != {year % 100}:
        return False
    quarters = {int(q) for m in _QUARTER_IN_HEADER.finditer(text) for q in m.groups() if q}
    return not quarters or quarters == {quarter}


def _an_outlooks_period(header: str, end: date, clues: PeriodClues) -> bool:
    """Whether a column is a guidance's: headed as a period still running ("Year Ending December 31, 2016",
    vocabulary.PERIOD_STILL_RUNNING), ending after every end the release reports elsewhere (its story's
    "ended" dates, the other columns' headers) and after its dateline's date where it prints one. No release
    reports a period that has not ended; its figures are ranges or estimates ("$(8,500 ) to $(8,300)"), the
    upper end read as an amount (round 686: a next quarter's and year's outlook, with no lead-in sentence
    naming it guidance, printed as the year's net loss, EPS and share counts). The words alone decide
    nothing: a statement headed "Three Months Ending September 30, 2016" reports that quarter, the date the
    release reports."""
    if not PERIOD_STILL_RUNNING.search(header):
        return False
    latest, released = clues.latest_end(), clues.released()
    return latest is not None and end > latest and (released is None or end > released)


def _the_year_its_quarters_add_up_to(table: RawTable, candidates: list[int],
                                     columns: list[tuple[int, str, date, int | None]]
                                     ) -> list[tuple[int, str, date, int | None]]:
    """A column headed "Year" or "Total" with no date beside four columns dated as the consecutive quarters
    of one year, dated as that year where its figures are, row by row, the quarters' sum: the words allow a
    year or any other total, and the arithmetic decides (round 737: "2006 Quarters" over "First .. Fourth"
    and "Year", the year's column unread). Per-share figures and share counts need not add up; most rows do."""
    quarters = sorted((end, index) for index, _, end, months in columns if months == 3)
    if len(quarters) != 4 or not all(_months_between(earlier, later) == 3 for (earlier, _), (later, _)
                                      in itertools.pairwise(quarters)):
        return []
    end, indices = quarters[-1][0], [index for _, index in quarters]
    return [(index, table.column_headers[index], end, 12) for index in candidates
            if _adds_up_to(table.rows, indices, index)]


def _months_between(earlier: date, later: date) -> int:
    """Whole calendar months from one period end to another (March 31 to June 30: 3)."""
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _adds_up_to(rows: Sequence[RawRow], parts: list[int], total: int) -> bool:
    """Whether the `total` column is the sum of the `parts` columns in at least half the rows printing them all
    (and in `_ROWS_TO_TELL` rows at least), each sum within its rounding: half a unit of the last place per part."""
    full = [values for row in rows if (values := _values_at(row, [*parts, total])) is not None]
    adding = 0
    for *quarters, whole in full:
        place = half_the_last_place(whole)
        if place is not None and abs(sum(quarters, Decimal(0)) - whole) <= place * len(quarters):
            adding += 1
    return adding >= _ROWS_TO_TELL and 2 * adding >= len(full)


def _values_at(row: RawRow, indices: list[int]) -> list[Decimal] | None:
    """The row's figures in these columns, None where any of them prints none."""
    values = []
    for index in indices:
        cell = row.cells[index] if index < len(row.cells) else None
        if cell is None or cell.is_blank or cell.value is None:
            return None
        values.append(cell.value)
    return values


def _calendar_parts(undated: dict[int, tuple[str, YearPart]], kind: StatementKind,
                    latest_end: Callable[[], date | None],
                    reported: Callable[[], tuple[int | None, int | None]],
                    known_ends: Callable[[], Sequence[date]]) -> list[tuple[int, str, date, int | None]]:
    """Columns headed "Q3 2013", "2nd Qtr 2020", "9M 2013", "FY2012" with no date, dated as parts of calendar
    years, but only where the latest of them ends on the latest day the release dates elsewhere (its balance
    sheet's "30 September 2013"): that shows the company's year is the calendar's. A fiscal year ending in
    June makes its "Q2 2014" end in December 2013, which the release's dates then contradict: its columns
    are dated by the fiscal calendar the release states (`_fiscal_shift`), or left undated where it states
    none, as an outlook's "FY2013", ending after every date the release reports, is."""
    ends = {index: date(part.year, part.end_month, month_end(part.year, part.end_month))
            for index, (_, part) in undated.items()}
    latest = latest_end()
    if latest is None:
        return []
    newest = max(ends.values())
    if newest != latest and not _the_reported_quarter_years_before(undated, ends, latest, reported):
        # "Q1 FY20" over a quarter that ended on Sunday, March 29, 2020: a 52/53-week year whose parts end
        # in the calendar's months, each on the day the release prints near that month's end
        shift = 0 if (newest.year, newest.month) == (latest.year, latest.month) else _fiscal_shift(
            undated, ends, latest, reported)
        if shift is None:
            return []
        ends = {index: _months_later(end, shift) for index, end in ends.items()}
        if latest.day != month_end(latest.year, latest.month):
            ends = _weeks_calendar(ends, latest, known_ends(), reported()[0])
    return [(index, text, ends[index], None if kind == "balance" else part.months)
            for index, (text, part) in undated.items() if index in ends]


def _the_reported_quarter_years_before(undated: dict[int, tuple[str, YearPart]], ends: dict[int, date],
                                      latest: date, reported: Callable[[], tuple[int | None, int | None]]) -> bool:
    """Whether the newest column names the quarter the narrative reports, a whole number of years before it,
    ending on the same calendar month's last day as the latest date the release prints: the prior year's
    block of a trend ("2006" over "First Quarter | Second Quarter | Third Quarter | Nine Months" under the
    same block of 2007) is of the same calendar, and its quarters end where the calendar's do."""
    quarter, year = reported()
    newest = max(ends.values())
    named = [part for index, (_, part) in undated.items() if ends[index] == newest]
    return (quarter is not None and year is not None and newest.year < year == latest.year
            and newest.month == latest.month and latest.day == month_end(latest.year, latest.month)
            and any(part.months == 3 for part in named) and all(part.end_month == 3 * quarter for part in named))


def _fiscal_shift(undated: dict[int, tuple[str, YearPart]], ends: dict[int, date], latest: date,
                  reported: Callable[[], tuple[int | None, int | None]]) -> int | None:
    """How many months a fiscal year's parts end before (or after) the calendar's same-named ones, from
    the release's own quarter: the newest column names the quarter and fiscal year the narrative reports
    ("the second quarter of fiscal 2020" over "2nd Qtr 2020"), and that quarter ends on the latest day the
    release dates (December 31, 2019), so "4th Qtr 2019" ends six months before June 2019's calendar end.
    Nothing where the newest column is another quarter: a headline naming a calendar quarter would date
    an older fiscal column."""
    quarter, year = reported()
    newest = max(ends.values())
    named = [part for index, (_, part) in undated.items() if ends[index] == newest]
    if quarter is None or year is None or not any(part.months == 3 for part in named) or any(
            part.end_month != 3 * quarter or part.year != year for part in named):
        return None
    shift = (latest.year - newest.year) * 12 + latest.month - newest.month
    return shift if 0 < abs(shift) < 12 else None


_QUARTER_MONTHS = 3


def _weeks_calendar(ends: dict[int, date], latest: date, printed: Sequence[date], quarter: int | None
                    ) -> dict[int, date]:
    """A 52/53-week year's parts end on one weekday near a month's end, a day no header names: each column
    takes the one date the release prints (a cash flow's "October 29, 2022", a balance sheet's year end)
    within a week of as many months before the reported quarter's end, on that end's weekday. The quarter
    before a second or third quarter ends thirteen weeks earlier: only a fourth (or, for a few companies,
    a first) quarter takes a 53rd week. A column with no date, or two, is left undated."""
    dated: dict[int, date] = {}
    for index, end in ends.items():
        months = (end.year - latest.year) * 12 + end.month - latest.month
        if months == 0:
            dated[index] = latest
            continue
        year, month = divmod(latest.year * 12 + latest.month - 1 + months, 12)
        target = date(year, month + 1, min(latest.day, month_end(year, month + 1)))
        candidates = {d for d in printed if d.weekday() == latest.weekday() and abs((d - target).days) <= 7}
        if len(candidates) == 1:
            dated[index] = candidates.pop()
        elif not candidates and months == -_QUARTER_MONTHS and quarter in (2, 3):
            dated[index] = latest - timedelta(weeks=13)
    return dated


def _months_later(end: date, months: int) -> date:
    """The last day of the month `months` after `end`'s (before, where negative)."""
    year, month = divmod(end.year * 12 + end.month - 1 + months, 12)
    return date(year, month + 1, month_end(year, month + 1))


def _noted_currency(title_lines: Sequence[str]) -> str | None:
    """The statement's currency as the table's unit note names it: the one it names ("(in thousands of
    CHF)"), or beside US dollars the other ("(in thousands of CHF and US$)": a convenience translation is
    into US dollars, never out of them); None where it names none or several others."""
    named = {currency_code(m.group()) for line in title_lines if unit_line(line)
             for m in CURRENCY.finditer(line)}
    if len(named) == 2 and "US$" in named:
        named.discard("US$")
    return named.pop() if len(named) == 1 else None


def _translations(headers: Sequence[str], noted: str | None = None,
                  periods: dict[int, tuple[date, int | None]] | None = None) -> dict[int, str]:
    """Columns in a currency other than the statement's own ("RMB | RMB | US$": the US$ column a
    convenience translation of the RMB one beside it): not periods of the statement, and said so. The
    statement's own is the one its unit note names alone, where its columns' heads leave it unsaid ("US$ |
    September 30, 2007 | December 31, 2006" under "(in thousands of CHF)")."""
    found = {i: currency_code(m.group()) for i, h in enumerate(headers) if (m := CURRENCY.search(h))}
    found |= _bare_dollars(headers, found, noted)
    if len(set(found.values())) >= 2 and periods:
        found = _currency_by_run(found, periods)
    if len(set(found.values())) < 2:
        if noted is not None and found and noted not in found.values() and len(found) < len(headers):
            return {i: f"its figures are in {c}, a translation of the statement's {noted}" for i, c in found.items()}
        return {}
    counts = {c: list(found.values()).count(c) for c in found.values()}
    # The statement's currency heads the most columns; where as many name each, a convenience translation
    # is into US dollars ("US$ | RMB" over a year's pair), so the other is the statement's.
    main = max(counts, key=lambda c: (counts[c], c.upper() not in ("US$", "USD"),
                                      -min(i for i, x in found.items() if x == c)))
    return {i: f"its figures are in {c}, a translation of the statement's {main}" for i, c in found.items()
            if c != main}


def _bare_dollars(headers: Sequence[str], found: Mapping[int, str], noted: str | None) -> dict[int, str]:
    """The columns headed by a bare "$" as US dollars, where the currencies the heads and the unit note name
    are others and none a dollar: "$ | EUR | EUR" under a euro statement, "$" the convenience translation,
    whichever column stands first (round 726: the "$" column printed first had been read as the statement's
    2024 and the euro 2024 dropped as its repeat). Beside no other currency ("$ | $", a US company's), or
    beside another dollar ("C$", "HK$": which dollar the "$" is, nothing says), no "$" is set apart."""
    named = {*found.values(), *([noted] if noted else [])}
    other_dollars = {code for code in named if code.endswith("$") and code != "US$"}
    if other_dollars or all(code.endswith("$") for code in named):
        return {}
    return {index: "US$" for index, text in enumerate(headers)
            if index not in found and BARE_DOLLAR_HEAD.search(text)}


def _currency_by_run(found: dict[int, str], periods: dict[int, tuple[date, int | None]]) -> dict[int, str]:
    """Each column's currency where its head names none, from the run of periods it belongs to: a statement
    printed in two currencies repeats its periods, each run under one currency's head ("(C$ thousands)" over
    "2008 | 2007", "(US$ thousands)" over "2008 | 2007"), however far a head reaches over its run (round 478:
    the first head had reached only its 2008, and C$ 2007 beside US$ 2008 had been read as one statement)."""
    runs: list[list[int]] = [[]]
    for index in sorted(periods):
        if any(periods[other] == periods[index] for other in runs[-1]):
            runs.append([])
        runs[-1].append(index)
    filled = dict(found)
    for run in runs:
        named = {found[index] for index in run if index in found}
        if len(named) == 1:
            filled.update({index: next(iter(named)) for index in run})
    return filled


def _adds_up_across(rows: Sequence[RawRow]) -> bool:
    """Whether the last column is the sum of the others in most rows that print them all: a table of
    segments beside their total. Read by dates no column prints, its first segment had been the quarter."""
    full = [[cell.value for cell in cells] for row in rows
            if (cells := [cell for cell in row.cells if cell is not None and not cell.is_blank])
            and len(cells) == len(row.cells)]
    summed = [values for values in full if any(values[:-1])]
    adding = sum(1 for values in summed if sum(values[:-1], Decimal(0)) == values[-1])
    return len(summed) >= _ROWS_TO_TELL and adding >= _MOST * len(summed)


_ROWS_TO_TELL = 3  # rows a table must print whole before its columns' sum says anything
_MOST = Decimal("0.8")


def _amounts_under_a_stray_percent(table: RawTable, index: int, text: str) -> bool:
    """A column of amounts (thousands grouped or a currency sign, no percentage among them) set aside because
    its header, naming one whole period, also holds a "%" and no word of a change: a neighbour's "% of" run
    into it ("Six Months Ended December 31, 2022 % of Amount": pdftotext merging two header cells, round 488
    and UI-28, the prior year's half dropped without a word, every check passing). Which the column holds
    is not read from it; the user is told it went unread."""
    if "%" not in text or _NOT_A_PERIOD.search(text.replace("%", " ")) is not None:
        return False
    reading = read_header(text)
    if reading.year is None or reading.months is None or len(YEAR_IN_TEXT.findall(text)) != 1:
        return False
    cells = [cell for row in table.rows if (cell := row.cells[index]) is not None and not cell.is_blank]
    return bool(cells) and not any(cell.is_percent for cell in cells) and any(
        cell.has_currency or "," in cell.text for cell in cells)


def _a_percent_column(table: RawTable, index: int, text: str) -> bool:
    """Whether the column holds percentages rather than a period's figures (`mostly_percent`), unless its
    header names one period and it holds the period's amounts (`_a_periods_amounts`): an insurer's highlights
    print more ratio rows than money rows ("Loss ratio", "Combined ratio", "Return on equity" under the year's
    columns alone), every column mostly percentages though each is a period's (round 707: the release refused,
    or its year's net income and EPS dropped without a word). Its percentage cells are set aside row by row."""
    return mostly_percent(table.rows, index) and not (_names_one_period(text) and _a_periods_amounts(table.rows, index))


def _names_one_period(text: str) -> bool:
    """Whether a column's header names one period's year ("Twelve Months Ended December 31, 2018") and no
    change, percent or ratio ("% Change", "2018 vs. 2017")."""
    return _NOT_A_PERIOD.search(text) is None and len(YEAR_IN_TEXT.findall(text)) == 1


# The amounts a period's column holds beside its ratios, at the least: two lines of money (a currency sign or
# thousands grouped), as no column of percentages or of changes in percent prints them.
_PERIODS_AMOUNTS = 2


def _a_periods_amounts(rows: Sequence[RawRow], index: int) -> bool:
    """Whether the column holds amounts of money on lines of their own (a currency sign or thousands grouped,
    never a percentage): a period's figures, however many ratio rows print beside them."""
    return sum(1 for row in rows if (cell := row.cells[index]) is not None and not cell.is_percent
               and (cell.has_currency or "," in cell.text)) >= _PERIODS_AMOUNTS


def _its_period_read(reading: HeaderReading, columns: Sequence[tuple[int, str, date, int | None]]) -> bool:
    """Whether a column of the period this percentage column's header names is read from the table: a
    retailer's "% of sales" beside each period's amounts is that period's too, and a warning that the period went
    unread had stood on every such statement (a header over the pair is often set over its percent cell)."""
    return any(end.year == reading.year and (reading.month is None or end.month == reading.month)
               and (reading.months is None or months is None or months == reading.months)
               for _, _, end, months in columns)


# Why a column whose header names a period goes unread for its percentages (said in a warning naming it).
_PERCENTAGES_UNDER_A_PERIOD = ("its header names a period, but most of its figures are percentages and too few "
                               "are amounts to say it is that period's")


def _holds_amounts(rows: Sequence[RawRow], index: int) -> bool:
    return any(row.cells[index] is not None and not row.cells[index].is_blank  # type: ignore[union-attr]
               for row in rows)


# A day and its year with no month before the day ("31, 2007", ". 31, 2007"): the column's own month, lost
# from its header (a PDF's "DEC . 31," in small capitals, round 271; a narrow column's "March" wrapped over
# its neighbour alone, round 275). A neighbour's month or the narrative's is a guess (September 30 for
# December 31; the same day a year before for the year's end): the column is left unread, and said so.
_DAY_AND_YEAR = re.compile(r"(?<![\w,$])\d{1,2},\s*(?:19|20)\d\d\b")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_RE})\.?\s*$", re.IGNORECASE)


def _day_without_its_month(text: str) -> bool:
    return any(_MONTH_BEFORE.search(text, 0, found.start()) is None for found in _DAY_AND_YEAR.finditer(text))


# A column at the end of a (fiscal) year, printed without its date: "At fiscal year end 2005", "Year-end 2005".
_YEAR_END = re.compile(r"\byear[\s-]*end\b|\bfye\b|\bend\s+of\s+(?:the\s+)?fiscal\b", re.IGNORECASE)
_FISCAL_YEAR_ALONE = re.compile(r"\s*fiscal\s+(?:year\s+)?\d{4}\s*(?:\(\d\)\s*)?", re.IGNORECASE)


def _fiscal_years_beside_dated_columns(headers: tuple[str, ...], readings: list[HeaderReading], kind: StatementKind,
                                      clues: PeriodClues) -> tuple[dict[int, date], set[int]]:
    """Columns headed by a fiscal year's name alone ("Fiscal 2018", "Fiscal Year 2018") beside columns printing
    their own length and whole date ("Three Months Ended January 31, 2018 | ... 2017 | Fiscal 2018 | Fiscal
    2017"): each the fiscal year whole, ending on the day the column of its year prints. A year printed beside
    the quarter its release reports has ended by that quarter's end, and a quarter ends within its fiscal year,
    so the year named as the newest quarter's ends on that quarter's day (round 625: both years' columns had
    gone unread as naming no length). Only where every such name is the year of one dated column, the newest
    the newest, the dated columns all end on one day of the year, and the release says nothing against it: no
    first, second or third quarter reported, no fiscal year said to end on another day. (A fiscal year named
    for its start, "Fiscal 2017" beside "February 3, 2018", names no dated column's year and is left as it
    was.)

    Second, the columns so named where that does not hold: each a fiscal year whose end nothing printed
    gives, left unread (`_FISCAL_YEAR_UNSURE_WHY`). A fiscal year named for the calendar year it starts in
    ("Fiscal 2017" beside "Three Months Ended January 29, 2018 | ... January 30, 2017", a retailer's) ends a
    year after its name, a software company's "Fiscal 2018" in its name's year, and a name one year behind
    the quarters may be either (round 625: dated by the nearest quarter's day, fiscal 2016 had been printed
    as three months ending February 1, 2016)."""
    if kind == "balance":
        return {}, set()
    named = {index: reading.year for index, (text, reading) in enumerate(zip(headers, readings, strict=True))
             if _FISCAL_YEAR_ALONE.fullmatch(text) and reading.year is not None and reading.month is None
             and reading.months is None and not reading.ytd}
    if not named:
        return {}, set()
    ends: dict[int, set[date]] = {}
    for reading in readings:
        if reading.months is not None and reading.day is not None and (end := resolve_end(reading)) is not None:
            ends.setdefault(end.year, set()).add(end)
    if not ends:
        return {}, set()
    unsure = set(named)
    if max(named.values()) != max(ends) or any(len(ends.get(year, ())) != 1 for year in named.values()):
        return {}, unsure
    days = sorted(end for found in ends.values() for end in found)
    if any(not _same_day_of_year(later, earlier) for earlier, later in itertools.pairwise(days)):
        return {}, unsure
    newest = days[-1]
    since = clues.since_year_end(newest)
    if clues.reported()[0] in (1, 2, 3) or (since is not None and since != _TWELVE):
        return {}, unsure
    return {index: next(iter(ends[year])) for index, year in named.items()}, set()


_TWELVE = 12  # months from one fiscal year's end to the next


def _a_fourth_quarters_end(clues: PeriodClues) -> HeaderReading | None:
    """The day a fourth quarter's release ends its year, where its story names the quarter and no day ("the
    fourth quarter of 1999") and its tables print the day ("December 31," over the quarter and the year): a
    balance sheet of years alone ("1999   1998") stands at that day of each (round 422: skipped as naming no
    period)."""
    quarter, _ = clues.reported()
    latest = clues.latest_end() if quarter == 4 else None
    return None if latest is None else HeaderReading(months=None, month=latest.month, day=latest.day,
                                                     year=latest.year)


def _year_end_stated(year: int, stated: Sequence[date], readings: Sequence[HeaderReading],
                     fourth_quarter: bool) -> date | None:
    """The one end of a year the narrative states in `year` or early in the next (a retailer's fiscal 2005
    ends January 28, 2006), other than the dates the table's columns print (`readings`); else None. Asked
    only of a column naming a year's end, so the columns' dates are resolved here, not for every table.
    A day a year before a printed one is that quarter's a year before, no year's end, unless the release
    reports a fourth quarter (round 619: "Year-End 1998" beside "September 10, 1999" had been dated
    September 11, 1998, the income statement's prior-year quarter)."""
    printed = {day for r in readings if r.month and r.day and (day := resolve_end(r, r)) is not None}
    ends = {day for day in stated if (day.year == year or (day.year == year + 1 and day.month <= 2))
            and day not in printed and (fourth_quarter or not any(a_year_apart(p, day) for p in printed))}
    return ends.pop() if len(ends) == 1 else None


def _borrowed_day(end: date, source: HeaderReading, known: Callable[[], Sequence[date]],
                  long_ends: Callable[[], Mapping[date, frozenset[int]]] = dict) -> date:
    """A column that prints only its year ("2003" under "Second Quarter") borrows its month and day from
    another year's date. A calendar quarter ends on the month's last day whatever the year; a 52/53-week
    year does not: the narrative's own date for that year is taken where it states one, else the day of
    the same weekday nearest (fiscal weeks end on one weekday), except a year before a period the narrative
    says ran 53 weeks or 14, which ended 53 weeks before it (round 419: a restaurant's 2022 dated January 3,
    2023, a week after its year ended)."""
    if source.year in (None, end.year) or source.month is None or source.day is None:
        return end
    # (of either year: a 53-week year's prior quarter ends December 28, 1997 where the weekday rule gives
    # January 4, 1998, round 385)
    stated = [d for d in known() if abs((d - end).days) <= 7]
    if stated:
        return min(stated, key=lambda d: abs((d - end).days))
    last = month_end(source.year, source.month)
    if source.day >= last:
        return end.replace(day=month_end(end.year, end.month))  # February 28, 1997 is February 29, 1996's end
    anchor = date(source.year, source.month, source.day)
    if source.year == end.year + 1 and anchor in long_ends():
        return anchor - timedelta(weeks=53)
    return end + timedelta(days=(anchor.weekday() - end.weekday() + 3) % 7 - 3)


def _the_day_printed_for_its_month(end: date, printed_days: Callable[[], Sequence[date]]) -> date:
    """A column dated by its month and year alone ("Six Months Ended June" / "1998") ends on the day the
    release's other statements print for that month and year, within the week before the month's end where
    a 52/53-week year ends its periods ("June 28, 1998" over the statement of operations and the balance
    sheet): the same fiscal period, which the calendar's month end would part from them (round 677: a cash
    flow's columns dated June 30, its ending cash tying to the June 28 balance sheet). Where no such day, or
    two, is printed, the month's end stands."""
    days = {day for day in printed_days()
            if (day.year, day.month) == (end.year, end.month) and 0 < (end - day).days < 7}
    return days.pop() if len(days) == 1 else end


def _a_year_before(end: date, stated_ends: Callable[[], Sequence[date]]) -> date | None:
    """The end of the same period a year before `end`, for a column headed "Last Year" under its group's
    or the title's date: the day the release dates that period (October 30, 2004 before October 29, 2005
    in a 52/53-week year), else the same month's end where `end` is one; None where nothing says which
    day it is (a column is better left unread than dated a day off)."""
    dated = [day for day in stated_ends() if a_year_apart(end, day)]
    if len(set(dated)) == 1:
        return dated[0]
    if end.day == month_end(end.year, end.month):
        return date(end.year - 1, end.month, month_end(end.year - 1, end.month))
    return None


def _twelve_months_where(whole_year: Callable[[date], bool]) -> Callable[[date], int | None]:
    return lambda end: 12 if whole_year(end) else None


def _translations_kept_apart(
    columns: list[tuple[int, str, date, int | None]], translations: Mapping[int, str],
    infer: Callable[[list[tuple[int, str, date, int | None]]], list[tuple[int, str, date, int | None]]],
) -> list[tuple[int, str, date, int | None]]:
    """The columns with the statement's own given their lengths by `infer` alone, the translations into another
    currency left as printed: a translation repeats a period of the statement's own, and inferred beside it
    would make that period look printed twice (`_infer_durations` then leaves both unread)."""
    own = infer([column for column in columns if column[0] not in translations])
    return sorted(own + [column for column in columns if column[0] in translations], key=lambda column: column[0])


def _infer_durations(
    columns: list[tuple[int, str, date, int | None]], fallback: HeaderReading | None, assume: bool = True,
    year_to_date: Callable[[date], int | None] | None = None,
) -> list[tuple[int, str, date, int | None]]:
    """Give a column without a duration the one its header layout implies.

    Spanning headers are printed once per group and renderers place them loosely, so a column may miss
    its "Nine months ended". It shares the duration of a neighbour, and not one that would make it a
    second copy of another column's period; failing that, the title's or the only duration printed.
    """
    known = {(end, months) for _, _, end, months in columns if months}
    printed = {months for _, _, _, months in columns if months}
    result = []
    assumed: list[int] = []  # positions given the title's or the only printed duration
    for position, (index, text, end, months) in enumerate(columns):
        if months is None and _TRANSITION.search(text):
            pass  # a change of fiscal year's stub is as long as its own words say: no other length is its own
        elif months is None:
            neighbours = [columns[p][3] for p in (position - 1, position + 1) if 0 <= p < len(columns)]
            candidates = {m for m in neighbours if m and (end, m) not in known}
            if len(candidates) == 1:
                months = candidates.pop()
            elif year_to_date is not None and (so_far := year_to_date(end)) is not None:
                months = so_far
                assumed.append(position)
            elif SEVERAL_LENGTHS.search(text):
                pass  # "results for the month and quarter ended June 30": the words name no one column's length
            elif fallback is not None and fallback.months:
                months = fallback.months
                assumed.append(position)
            elif assume and len(printed) == 1:
                months = next(iter(printed))
                assumed.append(position)
        result.append((index, text, end, months))
    # Pairs of years that repeat without a duration of their own ("Fourteen Weeks" and "Fifty-Three Weeks"
    # lost over "Dec. 30, 2023 | Dec. 31, 2022 | Dec. 30, 2023 | Dec. 31, 2022"): the groups differ in
    # length, and one duration assumed for both is wrong for one of them. None of them is read: a quarter
    # printed as the year is the worse mistake. (Columns that all end on one day are one period shown
    # several ways, "GAAP | Adjustments | Non-GAAP": the first is read, the rest repeat it.)
    # A column given the title's length that another column prints itself, for the same day, is not that
    # period (Progressive's "June" beside "Quarter", both ended June 30, under a narrative of "the month and
    # quarter"): the column that says so keeps it, and the other is left unread.
    for position in assumed:
        index, text, end, months = result[position]
        if (end, months) in known:
            result[position] = (index, text, end, None)
    assumed = [p for p in assumed if result[p][3] is not None]
    ends = [result[p][2] for p in assumed]
    for position in assumed if len(set(ends)) > 1 else ():
        if ends.count(result[position][2]) > 1:
            index, text, end, _ = result[position]
            result[position] = (index, text, end, None)
    return result


def _siblings_with_month(readings: list[HeaderReading]) -> list[HeaderReading | None]:
    """For each column, the nearest other column whose header names a month: the left one where both sides
    are as near, else the right one, else None.

    Two sweeps (the last month seen from the left, then from the right) make this linear in the number of
    columns; asking each column to search outwards would be quadratic, and a hostile row of thousands of
    bare numbers has thousands of columns with no month at all.
    """
    count_work("period columns", 2 * len(readings))
    left: list[int | None] = []
    last: int | None = None
    for index, reading in enumerate(readings):
        left.append(last)
        if reading.month:
            last = index
    nearest: list[HeaderReading | None] = [None] * len(readings)
    last = None
    after: int | None
    for index in range(len(readings) - 1, -1, -1):
        before, after = left[index], last  # nearest month to the left, to the right
        if before is not None and (after is None or index - before <= after - index):
            nearest[index] = readings[before]
        elif after is not None:
            nearest[index] = readings[after]
        if readings[index].month:
            last = index
    return nearest


def _period_label(text: str, end: date, months: int | None) -> str:
    label = re.sub(r"\s+", " ", text).strip()
    if label and read_header(label).year:
        return label
    if months is None:
        return end.strftime("%B %-d, %Y")
    return f"{months} months ended {end.strftime('%B %-d, %Y')}"


def _two_versions_of_a_period(headers: Sequence[str], ends: Mapping[int, date]) -> set[int]:
    """The columns of a period printed "As Reported" and "As Adjusted" side by side with no adjustments or
    non-GAAP column between that no header says which to read: held back. The adjusted figures of an earlier
    period (a balance sheet's "December 31, 2008" over both, after a change in accounting applied to past
    periods) may be that period as reported now, or the company's own measure beside GAAP; the words do not
    say which, and the arithmetic of either holds. Read as the reported column, the prior year's liabilities
    and equity had been the superseded ones (round 306). But a change in accounting restates only the periods
    before it: the latest of several periods is reported under the rules of the day, so its "As Reported"
    column is the statement's and its "As Adjusted" the company's measure (round 674: "As Adjusted (1)",
    excluding a litigation charge, had been read as the year, or the statement refused). A column "As
    Reported" with no twin of its period is read like any other. `ends`: each dated column's period end."""
    reported = {index for index, text in enumerate(headers) if AS_REPORTED_VERSION.search(text)}
    adjusted = {index for index, text in enumerate(headers) if AS_ADJUSTED_VERSION.search(text)}
    if not reported or not adjusted or any(_ADJUSTMENT_COLUMN.search(text) for text in headers):
        return set()
    twins = [(one, other) for one in reported for other in adjusted
             if _period_words(headers[one]) == _period_words(headers[other])]
    if not twins:  # which period each version is of, the headers do not show: none is read
        return reported | adjusted
    return {index for one, other in twins if not _the_latest_of_several(ends.get(one), ends) for index in (one, other)}


def _the_version_as_reported(first: str, second: str) -> Literal["first", "second", "neither"] | None:
    """Of two columns' headers for one period, the one whose figures are the statement's, by words anywhere in
    them: the one carrying no other version's words (ANOTHER_VERSION: "Non-GAAP", "Adjusted", "Pro Forma",
    "Combined") beside one that does, else the one alone saying it is as reported (REPORTED_VERSION). A group's
    name over two years is read into the header before the year ("..., Non-GAAP 2023"), so no end anchors
    them; their twin of one period is what makes them a version's. "neither" where both carry another
    version's words and no word sets them apart; None where neither header names a version at all."""
    first_other, second_other = bool(ANOTHER_VERSION.search(first)), bool(ANOTHER_VERSION.search(second))
    if first_other != second_other:
        return "second" if first_other else "first"
    first_reported, second_reported = bool(REPORTED_VERSION.search(first)), bool(REPORTED_VERSION.search(second))
    if first_reported != second_reported:
        return "first" if first_reported else "second"
    return "neither" if first_other else None


def _another_version_why(header: str, twin: int) -> str:
    """Why a column of another version (`_the_version_as_reported`) is not read beside its twin `twin`."""
    return (f"it repeats the period of column {twin + 1}, and its header's {_version_words(header).lower()!r} "
            "says its figures are not the period as reported")


def _neither_version_why(first: str, second: str, first_index: int, second_index: int) -> tuple[str, str]:
    """Why neither of two columns of one period is read, each carrying another version's words
    (`_the_version_as_reported`): one of them may be the statement's, and no word says which."""
    def why(twin: int) -> str:
        return (f"it and column {twin + 1} print one period, both headed with another version's words "
                f"({_version_words(first)!r}, {_version_words(second)!r}): which holds the figures as reported, "
                "the headers do not say")
    return why(second_index), why(first_index)


def _version_words(header: str) -> str:
    found = ANOTHER_VERSION.search(header)
    return found.group() if found else header


def _dated_alone_in_its_group(headers: Sequence[str], keep: Sequence[int], dropped: Mapping[int, str]
                              ) -> dict[int, int]:
    """The columns read whose date reached them alone of a group their duration heads, each with the
    neighbour that tells so: a column beside it under the same duration words, told apart by words of its
    own printed under the date ("Three Months Ended" / "June 30, 2001" centred over "As Reported | Goodwill
    Amortiz. | Cash Operating"), names no period end. A date centred over the group is every column's; where
    it reached one column only, that one is the group's middle, not the period as reported, and no header
    says which of the group's columns is (round 733: the adjustments column had been read as the quarter,
    revenue 0). Held back rather than read by its place."""
    undated = {index for index, why in dropped.items() if why == f"{NAMES_NO_PERIOD}end"}
    held: dict[int, int] = {}
    for index in keep:
        header = headers[index]
        dates = list(_DATE_IN_A_HEADER.finditer(header))
        if not dates or duration_in(lead := header[: dates[0].start()].strip()) is None:
            continue
        if not _OWN_WORDS.search(header[dates[-1].end():]):
            continue  # a column headed by its date alone ("2000" beside "$ Change"): its own period
        beside = next((other for other in (index - 1, index + 1) if other in undated
                       and headers[other].startswith(lead) and _OWN_WORDS.search(headers[other][len(lead):])), None)
        if beside is not None:
            held[index] = beside
    return held


# A date or year in a column's header, where its duration's words end and its own words (under the date) start.
_DATE_IN_A_HEADER = re.compile(rf"\b(?:(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
# A column's own words: a word of two letters or more, not a footnote's mark.
_OWN_WORDS = re.compile(r"[A-Za-z]{2,}")


def _period_words(header: str) -> str:
    """A version's header less the words naming its version: the period it is of ("Year Ended December 31,
    1997")."""
    return " ".join(AS_ADJUSTED_VERSION.sub(" ", AS_REPORTED_VERSION.sub(" ", header)).split()).lower()


def _the_latest_of_several(end: date | None, ends: Mapping[int, date]) -> bool:
    """Whether `end` is the latest period end the table's columns report, and some column reports an earlier
    one: a period that others precede (a table of one period alone says nothing of which is current)."""
    return end is not None and all(other <= end for other in ends.values()) and any(
        other < end for other in ends.values())


_ADJUSTMENT_COLUMN = re.compile(r"\badjustments?\b|non-?\s*gaap|special\s+items", re.IGNORECASE)
_YEAR_ALONE_WHY = ("its header prints a year alone: whether that year's balance is of the same day as the quarter's "
                   "or of the fiscal year's end, the release does not say")
_FISCAL_YEAR_UNSURE_WHY = ("it names a fiscal year and no length or end, beside columns printing their own: "
                           "on which day that fiscal year ends, the release does not say")
_DATED_ALONE_WHY = ("its date reached it alone of the columns its duration heads, and column {beside}, under the same "
                    "duration with words of its own, names no period end: which of the group's columns is the "
                    "period as reported, the headers do not say")
_TWO_VERSIONS_WHY = ("one of two versions of its period ('As Reported', 'As Adjusted') with no adjustments "
                     "between: which is the period as reported now, the release does not say")


def _lengths_unwitnessed(table: RawTable) -> dict[int, str]:
    """The columns naming a length, each with the reason none is read, where a column's header names two
    lengths and the header lines print each on a line of its own (headers.lengths_on_lines_of_their_own): the
    words piled over one column say nothing of which group is which. Where each quarter paired with the year of
    its end (the pair's headers alike), the figures disagreed (core.tables.lengths_by_figures); else there was
    no pairing for them to decide. Round 674: lynx printed a bank's "Year Ended September 30," over "Three
    Months Ended", and the quarter's figures had been read as the year's, every check passing."""
    headers = table.column_headers
    both = [text for text in headers if len(lengths_named(text)) > 1]
    if not both or not lengths_on_lines_of_their_own(table.header_lines):
        return {}
    lines = " / ".join(repr(line.strip()) for line in table.header_lines if lengths_named(line))
    paired = all(both.count(text) == 2 for text in both)
    why = (f"the header lines {lines} print each length on a line of its own, so which columns each heads their "
           "words do not say; " + ("nor do the figures: its lines of takings or costs disagree on which is the quarter"
                                   if paired else "and the columns do not pair each quarter with the year ending "
                                   "the same day, for the figures to say"))
    return {index: why for index, text in enumerate(headers) if lengths_named(text)}


# "As adjusted" beside adjustments or non-GAAP figures is a measure of the company's own; over a prior
# period alone ("November 1, 2008 / As adjusted", after a change in accounting) it is the period as
# reported now, like "As restated".
_BESIDE_ADJUSTMENTS = re.compile(r"\badjustments?\b|non-?\s*gaap|\bgaap\b|as\s+reported|special\s+items",
                                 re.IGNORECASE)


# A period shorter than the rest, from a company's start or another odd day ("Period from June 3, 1996
# (inception) to December 31, 1996").
# A change of fiscal year's "Transition Period Ended Dec. 31, 2004": five months, which only its own words say
# (the fiscal year's twelve beside it, the narrative's quarter or the title's length are another period's).
_TRANSITION = re.compile(r"\btransition(?:al)?\s+period\b", re.IGNORECASE)
_STUB = re.compile(rf"{COMPANY_START}|\bperiod\s+from\b", re.IGNORECASE)
# Fresh-start or acquisition accounting's "Successor | Predecessor" over the columns: the periods either side
# of the day the company changed hands are stubs ("January 31, 2010" is one month), whatever the title says.
_SUCCESSION = re.compile(r"\bsuccessor\b|\bpredecessor\b", re.IGNORECASE)


def _several_columns_headers(text: str) -> bool:
    """Three years or more in a row, not all one, over one column ("Year ended Three months ended December
    31, December 31, 2023 2022 2023 2022"): the headers of several columns run together over a table read
    as one column (a page printing each cell on its own line), no period of its own. A note naming the
    periods beside the column's own year ("January 31, 2008 and January 31, 2009 2008") is no such run."""
    return any(len(set(YEAR_IN_TEXT.findall(run.group()))) > 1 for run in _YEARS_IN_A_ROW.finditer(text))


# Three years or more in a row with nothing between them: several columns' years, never one column's.
_YEARS_IN_A_ROW = re.compile(r"\b(?:19|20)\d\d(?:\s+(?:19|20)\d\d){2,}\b")


# A word broken at a hyphen where its header wraps: "Adjust- ments".
_WORD_BROKEN = re.compile(r"(?<=[a-z])-\s+(?=[a-z])")


# What a column that is no period as reported holds, said to the reader (the words NOT_AS_REPORTED found).
_NOT_AS_REPORTED_WHY = (
    (re.compile(rf"{COMPANY_START}|cumulative|development\s+stage", re.I),
     "a total since the company's inception, not a period of its own"),
    (re.compile(r"period\s+from|\bfrom\b|through|\bto\b|\bsince\b|\d\s*[-\u2013\u2014]\s*(?:\d|[a-z])", re.I),
     "a period from one day to another (a stub, or a total since some date), not a quarter or year as reported"),
    (re.compile(r"previously|originally", re.I), "the figures as first reported, before a restatement"),
    (re.compile(r"pro\s*-?\s*forma", re.I), "pro forma figures, not the company's as reported"),
    (re.compile(r"combined", re.I), "periods of a predecessor and a successor added together, not a period as "
                                    "reported"),
    (re.compile(r"translation", re.I), "the same figures translated into another currency"),
    (re.compile(r"parent|guarantor|elimination", re.I), "another entity's figures, not the company's"),
    (re.compile(r"\b(?:low|high)\b", re.I), "one end of a guidance range"),
)


def _why_not_as_reported(words: str) -> str:
    return next((why for pattern, why in _NOT_AS_REPORTED_WHY if pattern.search(words)),
                "adjustments or adjusted figures, not the period as the company reports it")


def _not_as_reported(text: str, beside_adjustments: Callable[[], bool]) -> re.Match[str] | None:
    """NOT_AS_REPORTED's match in a column's header, but for an "As adjusted" among no adjustments (whether
    any header of the table names adjustments: asked once a table, only where a column says "As adjusted")."""
    found = _not_as_reported_words(text)
    if found is not None and AS_ADJUSTED_VERSION.fullmatch(found.group().strip()) and not beside_adjustments():
        return None
    return found


@functools.lru_cache(maxsize=1024)
def _not_as_reported_words(text: str) -> re.Match[str] | None:
    """NOT_AS_REPORTED's match in one header; a word hyphenated over two header lines ("Adjust-" over "ments")
    is read whole. Cached on the text alone (some 20 us a search, asked of each column by two stages): keyed
    on the table's headers too, a row of thousands of columns hashed them all for each column."""
    found = NOT_AS_REPORTED.search(text)
    if found is None and "- " in text:
        found = NOT_AS_REPORTED.search(_WORD_BROKEN.sub("", text))
    return found
