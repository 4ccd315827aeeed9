"""A table as the text reader found it, before anyone decides what it means: its title and header lines,
each column's header text, and each row's full label, cells and source lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.tables.lines import Column
from core.tables.numbers import Cell, says_no_value


@dataclass(frozen=True, slots=True)
class RawRow:
    """One table row as printed: full label, one cell (or None) per column, where it came from."""

    label: str
    cells: tuple[Cell | None, ...]
    first_line: int
    last_line: int
    indent: int
    section: str
    after_rule: bool
    # The label is the reader's, after the heading whose lines the row sums (`core.tables.rows.total_of`), no
    # words the release prints: a printed line carrying its concept takes the concept (round 649).
    named: bool = False


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table as read, before anyone decides what it means."""

    title_lines: tuple[str, ...]
    header_lines: tuple[str, ...]
    columns: tuple[Column, ...]
    column_headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    first_line: int
    last_line: int
    context: tuple[str, ...]
    # The notes printed right under the last row ("Note: dollar amounts in thousands, except per share
    # data."): where a unit note stands when none stands above the table.
    footer: tuple[str, ...] = ()
    # Rows set apart, on a grid of their own after the statement's (core.tables.columns.block_on_another_grid):
    # their first and last line and the heading over them, for a warning.
    apart: tuple[tuple[int, int, str], ...] = ()
    # Rows left out because their figures could not be given to columns (`find._short_of_their_changes`): each
    # one's first and last line and its label, for a warning.
    unplaced: tuple[tuple[int, int, str], ...] = ()
    # Rows of a scrape printing fewer figures than the columns that the arithmetic placed in no one way
    # (`blank_cells.blank_cells_placed`): each one's first and last line and its label, for a warning.
    unfitted: tuple[tuple[int, int, str], ...] = ()
    # Columns whose date joins one column's month-day to another's year, a date the release prints nowhere
    # (`date_pieces.dates_of_two_stacks`, round 697): each one's index, that date (ISO) and why it is not read.
    unvouched: tuple[tuple[int, str, str], ...] = ()
    # The line a table's rows stop at mid-statement, under a label still waiting for its figures, holding
    # figures the reader could not split from pieces of their cells (`cell_per_line.stopped_at`): its number
    # and text, for a warning that the rows below it were not read.
    stopped: tuple[int, str] | None = None
    # Lines among the rows whose figures are all garbled (`vocabulary.GARBLED_FIGURE`: "Operating income
    # 15,9155  11,2615", a footnote digit run onto each), read as words and so as no row: each one's number
    # and text, for a warning naming the line (round 735: the row had been dropped without a word).
    garbled: tuple[tuple[int, str], ...] = ()


def rows_left_out(rows: Sequence[RawRow]) -> tuple[tuple[int, int, str], ...]:
    """Each row's first and last line and its label, as a table names the rows it left out (`RawTable.unfitted`)."""
    return tuple((row.first_line, row.last_line, row.label) for row in rows)


def mostly_percent(rows: Sequence[RawRow], index: int) -> bool:
    """Whether a column holds percentages ("% of net sales", "% change"), not figures of a period."""
    # "NM" (not meaningful) stands where a change has no percentage: it says nothing of what the column holds.
    cells = [cell for row in rows if (cell := row.cells[index]) is not None and not says_no_value(cell.text)]
    return bool(cells) and (sum(1 for c in cells if c.is_percent) * 2 > len(cells) or _shares_of_revenue(rows, index))


# A revenue line's share of itself, as a column of shares of revenue prints it: "100.0", "100.00%".
_WHOLE = re.compile(r"^\(?100(?:\.0{1,2})?\)?%?$")
# A revenue total's words: "Total revenues", "Net sales", "Revenues" (never "Cost of revenues").
_REVENUE_LINE = re.compile(r"^(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)\b", re.IGNORECASE)
_SHARE_ROUNDING = Decimal("0.06")  # a share printed to a tenth is within half a tenth of amount / revenue


def _shares_of_revenue(rows: Sequence[RawRow], index: int) -> bool:
    """Whether a column prints each line's share of revenue without its "%" ("94.6  $ 68,412", the share
    before the amount): its revenue line is 100.0 and every other figure is, to its rounding, that line's
    amount in another column over that column's revenue (round 357: such a column had been read as the
    period's amounts, total revenues $100,000). The arithmetic, not the look: a company in millions whose
    revenue is $100.0 prints amounts (round 360)."""
    whole = next((row for row in rows if (cell := row.cells[index]) is not None and _WHOLE.match(cell.text)
                  and _REVENUE_LINE.match(row.label.strip())), None)
    if whole is None:
        return _shares_of_an_unprinted_whole(rows, index)
    for other in range(len(whole.cells)):
        revenue = whole.cells[other]
        if other == index or revenue is None or not revenue.value or _WHOLE.match(revenue.text):
            continue
        pairs = [(share.value, amount.value) for row in rows
                 if (share := row.cells[index]) is not None and (amount := row.cells[other]) is not None
                 and not share.is_dash and not amount.is_dash and row is not whole]
        shares = sum(1 for share, amount in pairs if abs(share - 100 * amount / revenue.value) <= _SHARE_ROUNDING)
        if len(pairs) >= _PAIRS_TO_TELL and shares * 3 >= len(pairs) * 2:
            return True  # (most: a restaurant's costs are printed as shares of its restaurant sales alone)
    return False


_PAIRS_TO_TELL = 3  # lines a share column must print beside their amounts before the arithmetic says anything


def prints_the_whole(rows: Sequence[RawRow], index: int) -> bool:
    """Whether a column prints 100.0 (or "100%") on its revenue line: a column of shares of revenue, whatever
    the words over it, never a period's amounts."""
    return any(_REVENUE_LINE.match(row.label.strip()) and (cell := row.cells[index]) is not None
               and _WHOLE.match(cell.text) for row in rows)


def prints_its_whole(table: RawTable) -> bool:
    """Whether a table prints a revenue line of 100.0 in every column: only such a table may be one of shares of
    another's amounts, so only it is compared with the others (compared all with all, a scrape of a thousand
    statements had cost a million comparisons: issue 12)."""
    return any(_the_whole_in_every_column(row) for row in table.rows)


def shares_of_anothers_amounts(shares: RawTable, amounts: RawTable) -> bool:
    """Whether `shares` is a table of each line's share of revenue whose statement `amounts` prints: every column
    prints 100.0 on its revenue line, and, in every column, most of its other figures are, to the tenth's
    rounding, the same line of `amounts` over its revenue in the column of the same period (round 732: such a
    table after the statement, titled "PERCENT TO NET SALES" or not at all, had been read as a second statement
    of operations, its 100.0 of net sales printed as $100,000,000 beside the statement's $88,740,000). The
    arithmetic, not the look: a company in millions whose revenue is $100.0 prints amounts, which no other
    table's lines divide into."""
    whole = next((row for row in shares.rows if _the_whole_in_every_column(row)), None)
    if whole is None:
        return False
    lines = _lines_by_words(amounts.rows)
    revenue = lines.get(_words_of(whole.label))
    columns = _columns_of_the_same_periods(shares.column_headers, amounts.column_headers)
    return revenue is not None and columns is not None and all(
        _a_column_of_shares_of(shares.rows, whole, index, lines, revenue, other) for index, other in enumerate(columns))


def shares_after_the_amounts(rows: Sequence[RawRow]) -> int | None:
    """Where a table's rows of each line's share of revenue begin, printed under its amounts as rows of the same
    table (no title between, the column heads printed again): a revenue line printing 100.0 in every column,
    it and the rows after it, column by column, the lines above over their revenue (round 732: "Net sales 100.0"
    had been printed as a line of the statement of operations, $100,000 for every period). None where no such
    rows follow the amounts."""
    for at, row in enumerate(rows):
        if not at or not _the_whole_in_every_column(row):
            continue
        lines = _lines_by_words(rows[:at])
        revenue = lines.get(_words_of(row.label))
        if revenue is not None and all(_a_column_of_shares_of(rows[at:], row, index, lines, revenue, index)
                                       for index in range(len(row.cells))):
            return at
    return None


def _the_whole_in_every_column(row: RawRow) -> bool:
    """Whether a row is a revenue line printing its share of itself (100.0, "100%") in every column."""
    return bool(row.cells) and bool(_REVENUE_LINE.match(row.label.strip())) and all(
        cell is not None and _WHOLE.match(cell.text) for cell in row.cells)


def _lines_by_words(rows: Sequence[RawRow]) -> dict[str, RawRow]:
    """Each label's first line, by its words (`_words_of`): the lines a table of shares divides."""
    lines: dict[str, RawRow] = {}
    for row in rows:
        lines.setdefault(_words_of(row.label), row)
    return lines


def _words_of(label: str) -> str:
    """A label's words alone, lower-cased: how a line of shares names the statement's line it divides."""
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


def _columns_of_the_same_periods(shares: Sequence[str], amounts: Sequence[str]) -> list[int] | None:
    """For each column of a table of shares, the column of the statement under the same header; where the
    headers are worded apart, the one in the same place, if the two tables print as many columns."""
    headed = {_words_of(header): at for at, header in reversed(list(enumerate(amounts)))}
    columns = [headed.get(_words_of(header), at if len(shares) == len(amounts) else -1)
               for at, header in enumerate(shares)]
    return None if not columns or -1 in columns else columns


def _a_column_of_shares_of(rows: Sequence[RawRow], whole: RawRow, index: int, lines: dict[str, RawRow],
                           revenue: RawRow, other: int) -> bool:
    """Whether most figures of column `index` are their line's amount in column `other` of the statement over
    that column's revenue, to a tenth's rounding (signs aside: a table of shares prints its costs as the
    statement does, or not)."""
    whole_amount = revenue.cells[other]
    if whole_amount is None or not whole_amount.value or _WHOLE.match(whole_amount.text):
        return False
    pairs = [(share.value, amount.value) for row in rows if row is not whole
             and (share := row.cells[index]) is not None and not share.is_dash
             and (line := lines.get(_words_of(row.label))) is not None
             and (amount := line.cells[other]) is not None and not amount.is_dash]
    agree = sum(1 for share, amount in pairs
                if abs(abs(share) - abs(100 * amount / whole_amount.value)) <= _SHARE_ROUNDING)
    return len(pairs) >= _PAIRS_TO_TELL and agree * 3 >= len(pairs) * 2


def _shares_of_an_unprinted_whole(rows: Sequence[RawRow], index: int) -> bool:
    """Whether a column of bare tenths ("51.9", "(2.5)") prints, row by row, the amounts of the column beside
    it over one whole that no row of the table prints: the percent of revenue beside each period's amounts,
    its revenue line lost or cut away (round 697: pdftotext had run "$52,480100.0%" together, and the nine
    months' percents, read under a date assembled from two columns' headers, were printed as that period's
    amounts, verified, for percents foot as amounts do). Every pair must agree on the
    whole to the tenth's rounding, none above it: a translation into another currency is as proportional,
    but its figures are grouped thousands or exceed the whole they would be shares of."""
    cells = [cell for row in rows if (cell := row.cells[index]) is not None and not cell.is_dash and not cell.is_blank]
    if not any(_TENTHS.fullmatch(cell.text) for cell in cells):
        return False
    return any(_one_whole(rows, index, other) for other in (index - 1, index + 1) if 0 <= other < len(rows[0].cells))


def _one_whole(rows: Sequence[RawRow], index: int, other: int) -> bool:
    """Whether, in every row printing both, the figure in `index` is the one in `other` as a percent of one
    whole, to a tenth's rounding (each pair bounds the whole; the bounds must meet)."""
    low, high, pairs = Decimal(0), Decimal("Infinity"), 0
    for row in rows:
        share, amount = row.cells[index], row.cells[other]
        if share is None or amount is None or share.is_dash or amount.is_dash or share.is_blank or amount.is_blank:
            continue
        if not _TENTHS.fullmatch(share.text) or _TENTHS.fullmatch(amount.text) or not amount.value:
            return False  # (two columns of tenths side by side are two periods in millions, or two percents)
        if share.value and (share.value > 0) != (amount.value > 0):
            return False
        size, part = abs(amount.value), abs(share.value)
        if part > 100:
            return False
        low = max(low, 100 * size / (part + _HALF_A_TENTH))
        if part > _HALF_A_TENTH:
            high = min(high, 100 * size / (part - _HALF_A_TENTH))
        pairs += 1
    return pairs >= _PAIRS_WITHOUT_A_WHOLE and low <= high


# A share printed bare to a tenth: "51.9", "(2.5)", "0.4".
_TENTHS = re.compile(r"\(?-?\d{1,3}\.\d\)?")
_HALF_A_TENTH = Decimal("0.05")
# Rows that must agree where no line prints the whole (100.0) the shares are of: proportion alone is weaker
# evidence than a revenue line's 100.0, so it takes more lines.
_PAIRS_WITHOUT_A_WHOLE = 5
