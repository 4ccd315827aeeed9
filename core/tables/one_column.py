"""A table of one figure column that a renderer set narrow, each figure one space after its label (round 609):

         Nine Months Ended
       September 30, 2006
       Net income $ 51,463
       Net cash provided by operating activities 70,056
       Net cash used in investing activities (37,455 )

lynx sets an HTML table of a single column of figures only as wide as its widest row, so each label runs into
its figure with one space between, and the column's heading stands at the left margin. Read line by line such
rows are prose (a row's figures stand two spaces or more from its words), and the whole statement had been
dropped with no warning. One space is no gap, so the lines around must say a table stands there: a heading
right above naming one period (a single year, at most one length) and nothing else, then lines each ending in
one figure, or words alone, down to a blank line. One figure a row under one period leaves no figure in doubt
about its column; any line of two figures or more, a year or a percent for a figure, or a sentence among them,
and the run is left as it was.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.tables.lines import YEAR_IN_TEXT, ClassifiedLine, LineKind, classify, is_prose, is_title
from core.tables.period_headers import DURATION, read_header
from core.tables.raw import RawRow
from core.vocabulary import MONTH_RE, unit_line

# A column's heading is short: "Nine Months Ended", "September 30, 2006", "Year Ended December 31, 2006".
_LONGEST_HEADING = 60
# How many lines the heading takes at the most ("Nine Months" / "Ended" / "September 30," / "2006").
_HEADING_LINES = 4
# Fewer rows than this is a list that happens to end its lines in figures, not a statement.
_MIN_ROWS = 3


def one_column_rows(classified: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """The lines, each row of a one-column table whose figure stands one space after its label read as a row
    of that figure; every other line as it was."""
    index = 0
    while index < len(classified):
        if not _dated_heading_line(classified[index]):
            index += 1
            continue
        start = index + 1
        if start < len(classified) and classified[start].kind is LineKind.BLANK:
            start += 1  # a blank line between the heading and the rows
        rows, end = _rows_under(classified, start)
        if rows is not None and _one_period_over(classified, index):
            for position, line in rows.items():
                classified[position] = line
        index = max(end, index + 1)
    return classified


def _dated_heading_line(line: ClassifiedLine) -> bool:
    """A short line naming one year and nothing else of figures: "September 30, 2006" (read as a line of
    years), "Nine Months Ended September 30, 2006"."""
    if line.kind is LineKind.YEARS:
        return len(line.cells) == 1 and len(line.text.strip()) <= _LONGEST_HEADING
    if line.kind is not LineKind.TEXT or len(line.label) > _LONGEST_HEADING:
        return False
    if len(YEAR_IN_TEXT.findall(line.label)) != 1:
        return False
    rest = _DAY.sub(" ", YEAR_IN_TEXT.sub(" ", line.label))
    if any(character.isdigit() for character in rest):
        return False  # a figure besides the year and its day ("tobacco 2024 html 0.428"): a row, no heading
    if rest.strip(" ,.:") and not (_MONTH.search(rest) or DURATION.search(rest)):
        return False  # a year among other words ("Notes due 2012"), no period's heading
    return not is_prose(line) and read_header(line.label).year is not None


# A month's day in a heading: "30," of "September 30, 2006".
_DAY = re.compile(r"\b\d{1,2}\b")
_MONTH = re.compile(rf"\b(?:{MONTH_RE})\b", re.IGNORECASE)


def _one_period_over(classified: list[ClassifiedLine], dated: int) -> bool:
    """Whether the heading ending on the dated line names one period: its lines, under a blank line or the
    table's title, print one year in all and at most one length ("Nine Months Ended", never "Three Months
    Ended   Nine Months Ended" over one date)."""
    top = dated
    while top > 0 and dated - top < _HEADING_LINES - 1 and classified[top - 1].kind is LineKind.TEXT and (
            len(classified[top - 1].label) <= _LONGEST_HEADING and DURATION.search(classified[top - 1].label)):
        top -= 1
    if top > 0 and classified[top - 1].kind is not LineKind.BLANK and not (
            classified[top - 1].kind is LineKind.TEXT and (is_title(classified[top - 1].label)
                                                           or unit_line(classified[top - 1].label))):
        return False  # right under a table's rows, or words: no heading of its own
    words = " ".join(line.text for line in classified[top : dated + 1])
    return len(YEAR_IN_TEXT.findall(words)) == 1 and len(DURATION.findall(words)) <= 1


def _rows_under(classified: list[ClassifiedLine], start: int) -> tuple[dict[int, ClassifiedLine] | None, int]:
    """The rows of one figure down from `start` to the next blank line, each read with its figure one space
    after its words, and where the run ends; None for the rows where any line leaves a figure in doubt."""
    rows: dict[int, ClassifiedLine] = {}
    index = start
    while index < len(classified):
        line = classified[index]
        if line.kind in (LineKind.BLANK, LineKind.RULE):
            break
        if line.kind is LineKind.YEARS:
            return None, index  # a year among the rows: another heading, or a label's ("Notes due 2012")
        if line.kind is LineKind.DATA:
            if len(line.cells) != 1 or not line.label or not _an_amount(line):
                return None, index  # more figures than the heading names columns, or a figure without words
        elif is_prose(line):
            break
        elif line.text.rstrip()[-1:].isdigit() or line.text.rstrip().endswith(")"):
            row = classify(line.number, line.text, label_gap=1)
            if row.kind is LineKind.DATA:
                if len(row.cells) != 1 or not row.label or not _an_amount(row):
                    return None, index
                rows[index] = row
        index += 1
    return (rows if len(rows) >= _MIN_ROWS else None), index


def _an_amount(line: ClassifiedLine) -> bool:
    """A row's figure, not a year ending its words ("Notes due 2012") or a percent."""
    cell = line.cells[0]
    if cell.is_percent:
        return False
    return not (cell.text.isdigit() and YEAR_IN_TEXT.fullmatch(cell.text))


def without_overfull_rows(rows: list[RawRow]) -> list[RawRow]:
    """A table of one column without the rows that print more figures than it has columns: a label followed
    by lone figures with no label of their own and no rule over them, none adding up to the rows above it.

    Round 615: a markdown scrape printing one cell a line set a railroad's "Revenue and Carloads by Commodity
    Group" table (its own title, unit note and four columns' heads) under a one-column six-month cash flow;
    its rows of small figures went unread, and its "Total freight" / "1,846" / "1,702" / "1,538" / "1,468",
    one row of four cells, had been read as four rows of the cash flow's one column, a quarter's freight
    revenue and carloads dated as six months' cash. A label-less figure under a row is that row's next cell
    there, as a scrape drops no empty label cell before a figure of its own row; only where it adds up to the
    rows above it (two or more, ending at the labelled row) is it an unlabelled total, and kept."""
    kept: list[RawRow] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        end = index + 1
        while end < len(rows) and not rows[end].label and not rows[end].after_rule and rows[end].cells[:1] != (
                None,):
            end += 1
        if row.label and end > index + 1 and not any(
                _adds_up(rows[:at], rows[at]) for at in range(index + 1, end)):
            index = end  # the label's row of several cells: no figure of it is sure to be this column's
            continue
        kept.extend(rows[index:end])
        index = end
    return kept


def _adds_up(above: list[RawRow], total: RawRow) -> bool:
    """Whether the figure of `total` is the sum of two or more rows ending the ones `above` it."""
    value = total.cells[0].value if total.cells and total.cells[0] is not None else None
    if value is None:
        return False
    running = Decimal(0)
    for length, row in enumerate(reversed(above), 1):
        cell = row.cells[0] if row.cells else None
        if cell is None:
            return False
        running += cell.value
        if length >= 2 and running == value:
            return True
    return False
