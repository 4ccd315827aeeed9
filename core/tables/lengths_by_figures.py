"""Which group of columns is the quarter and which the year, where the header's words cannot say and the
figures can: a line of takings or costs over three months is never more than over the year ending the same day."""

from __future__ import annotations

from collections.abc import Sequence

from core.tables.headers import day_of, lengths_on_lines_of_their_own
from core.tables.period_headers import read_header
from core.tables.raw import RawRow
from core.vocabulary import grows_with_its_period


def lengths_by_their_figures(headers: tuple[str, ...], header_lines: Sequence[str], rows: Sequence[RawRow]
                             ) -> tuple[str, ...]:
    """The headers, their two lengths dealt to the groups of columns the figures bear out, where the header
    prints each length on a line of its own and so leaves unsaid which group each heads
    (`headers.lengths_on_lines_of_their_own`). Each shorter column pairs with the longer one of its end, and
    each line of takings or costs (vocabulary.grows_with_its_period) votes, a quarter's never more than its
    year's: the shorter column's figures the smaller, the words in order stand; the larger, the two swap
    headers (round 674: lynx printed a bank's "Year Ended" over "Three Months Ended", and the quarter's figures
    had been read as the year's, every check passing). A result never votes: a seasonal business's quarter may
    earn more than its nine months. Where the votes disagree, each pair's headers name both lengths, and the
    statement holds the columns back (core.statements.columns); where no line votes (a table of volumes or of
    the company's own measures), the words stand in order, as printed."""
    if not lengths_on_lines_of_their_own(header_lines):
        return headers
    pairs = _pairs_of_one_end(headers)
    if not pairs:
        return headers
    as_read, swapped = _votes(rows, pairs)
    if not swapped:
        return headers
    named = list(headers)
    for shorter, longer in pairs:
        if not as_read:
            named[shorter], named[longer] = headers[longer], headers[shorter]
        else:
            named[shorter] = named[longer] = f"{headers[shorter]} {headers[longer]}"
    return tuple(named)


def _pairs_of_one_end(headers: tuple[str, ...]) -> list[tuple[int, int]]:
    """(shorter, longer) columns naming the same whole end and the table's two lengths; none unless every
    column naming a length and an end has its partner."""
    readings = [read_header(header) for header in headers]
    lengths = sorted({reading.months for reading in readings if reading.months})
    if len(lengths) != 2:
        return []
    ends = [end if None not in (end := day_of(header)) else None for header in headers]
    shorter = [i for i, reading in enumerate(readings) if reading.months == lengths[0] and ends[i]]
    longer = [i for i, reading in enumerate(readings) if reading.months == lengths[1] and ends[i]]
    pairs = [(i, j) for i in shorter for j in longer if ends[i] == ends[j]]
    if len(pairs) != len(shorter) or len(pairs) != len(longer) or len({i for i, _ in pairs}) != len(pairs):
        return []
    return pairs


def _votes(rows: Sequence[RawRow], pairs: list[tuple[int, int]]) -> tuple[int, int]:
    """How many pairs of figures on lines of takings or costs bear out the lengths as read (the shorter
    column's figure the smaller in size), and how many the other way round; figures of one sign only (costs
    and capital expenditures are printed as negatives as often as not)."""
    as_read = swapped = 0
    for row in rows:
        if not grows_with_its_period(row.label):
            continue
        for shorter, longer in pairs:
            short, long = row.cells[shorter], row.cells[longer]
            if short is None or long is None or short.is_percent or long.is_percent:
                continue
            if short.value * long.value <= 0:
                continue
            as_read += abs(short.value) < abs(long.value)
            swapped += abs(short.value) > abs(long.value)
    return as_read, swapped
