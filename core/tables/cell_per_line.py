"""Tables printed one cell a line, as markdown scrapes of web releases give them:

    Research and development
    7,402
    6,948
    16,105
    14,487

A label line followed by k lines that each hold one value is a row of k columns; three or more such rows
with the same k, with headings between them, make a table. Its header is read as a stream of words above
the first row (core.tables.find.stream_headers), since there are no positions to go by.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from core.tables.blank_cells import blank_cells_placed
from core.tables.headers import stream_headers
from core.tables.layout_lost import a_cells_piece
from core.tables.lines import HEADING_TAIL, ClassifiedLine, Column, LineKind, is_prose, is_title
from core.tables.numbers import Cell, says_no_value, split_cells
from core.tables.raw import RawRow, RawTable, rows_left_out
from core.vocabulary import MONTH_RE, PER_SHARE_HEADING, WRAPPED_LABEL_END, unit_line

_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
# A small negative alone on its line ("(46)", "(4)"), which the line reader takes for a footnote's mark raised
# out among the columns. A mark never takes a figure's place among a row's figures; a lone "(4)" right after a
# label may be either, and the width of the row's table says which (`_mark_or_figure`).
_SMALL_NEGATIVE = re.compile(r"^\(\d{1,3}\)$")
# A footnote's mark alone on its line: "(1)", "(a)".
_FOOTNOTE_ALONE = re.compile(r"\((?:\d|[a-z])\)")
# A dash alone on its line among a row's figures is its zero ("Restructuring" / "22,254" / "\u2014"); the
# line reader calls a lone dash a rule, as it is under a fixed-width table's columns.
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_CLOSERS = frozenset({")", ")%", "%"})
_CURRENCY_CELLS = frozenset({"$", "US$", "\u20ac", "\u00a3", "C$", "A$"})
# Fewer rows than this of one width is a coincidence of short lines, not a table.
_MIN_ROWS = 3
# How many lines above the first row may hold its title, unit and header: four columns of amounts, each with
# its percent column, print some 24 header cells a line each ("June 29," / "% of" / "2003" / "Revenues"), and
# the durations over them (round 468: cut at 16, the header lost its durations and the first date).
_MAX_HEADER_ENTRIES = 40


@dataclass(frozen=True, slots=True)
class _VerticalRow:
    label: ClassifiedLine | None
    values: tuple[ClassifiedLine, ...]


def _single_value(line: ClassifiedLine) -> bool:
    return (line.kind is LineKind.DATA and not line.label and len(line.cells) == 1) or _bare_number(line) or (
        _small_negative(line)) or (
        line.kind is LineKind.RULE and line.text.strip() in _DASHES)


def _lone_sign(line: ClassifiedLine) -> bool:
    """"$" (or "US$", "€", "£") alone on a line: a cell of its own before the figure, as a scrape of an HTML
    table that sets the currency in a cell of its own prints it."""
    return line.kind is LineKind.TEXT and line.label in _CURRENCY_CELLS


def _bare_number(line: ClassifiedLine) -> bool:
    """A small number alone on a line: a page number in running text, a value in a one-cell-a-line table."""
    return line.kind is LineKind.TEXT and line.label[:1].isdecimal() and _SMALL_NUMBER.match(line.label) is not None


def _small_negative(line: ClassifiedLine) -> bool:
    """"(46)" alone on a line, set by lynx where its column's figures stand: a row's figure in a table printed
    one cell a line, as its "18" beside it is. Round 654: read as a raised footnote mark, "Other, net" had
    lost its figure and become a heading, and the statement ended at the unlabelled subtotal under it."""
    return (line.kind is LineKind.TEXT and line.label[:1] == "("
            and _SMALL_NEGATIVE.match(line.label) is not None)


def figures_alone_between_rows(classified: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """A small number alone on its line ("330", which the line reader takes for a page's number or a word)
    between rows of a table printed one cell a line with one figure a row: the row's figure, where a label
    stands right above it under the row before's one figure, and another label right under it over its
    own ("Stock-based compensation" / "1,190" / "Deferred income taxes" / "330" / "Net cash provided by
    operating activities" / "13,960"). Round 612: a one-column cash flow scraped one cell a line had lost
    its rows of three-digit figures. A page's number stands under a last row, or between prose: never so."""
    filled = [index for index, line in enumerate(classified) if line.kind is not LineKind.BLANK]
    bare = {index for index in filled if _bare_number(classified[index])}
    if not bare:
        return classified

    def figure(index: int) -> bool:
        line = classified[index]
        return index in bare or (line.kind is LineKind.DATA and not line.label and len(line.cells) == 1)

    def label(index: int) -> bool:
        line = classified[index]
        return line.kind is LineKind.TEXT and index not in bare and any(c.isalpha() for c in line.label)

    for k, index in enumerate(filled):
        if (index in bare and 2 <= k < len(filled) - 2 and label(filled[k - 1]) and figure(filled[k - 2])
                and label(filled[k + 1]) and figure(filled[k + 2])):
            line = classified[index]
            classified[index] = line._replace(kind=LineKind.DATA, label="", cells=(_cell(line),))
    return classified


def _cell(line: ClassifiedLine) -> Cell:
    if line.cells:
        return line.cells[0]
    return split_cells(line.text)[2][0]


def vertical_tables(classified: list[ClassifiedLine]) -> tuple[list[RawTable], set[int]]:
    """The one-cell-a-line tables in the text and the line numbers they take up."""
    entries = cells_joined([line for line in classified if line.kind is not LineKind.BLANK])
    # A table of rows needs at least two values a row alone on their lines; without that many, skip the scan.
    if sum(1 for line in entries if _single_value(line)) < _MIN_ROWS * 2:
        return [], set()
    tables: list[RawTable] = []
    used: set[int] = set()
    index = 0
    while index < len(entries):
        run, headings, end = _run(entries, index)
        first = next((row.label for row in run if row.label is not None), None)
        if len(run) >= _MIN_ROWS and first is not None and first.label.endswith(":"):
            # A heading ("Revenue:") straight above the first figures: each row's figures come before its
            # label (text taken from a PDF without its layout), and which label a figure belongs to is
            # anyone's guess. No table is read from them. A label ending in a colon further down, its own
            # figures under it ("Adjustments to reconcile loss to net cash used in operating activities:"),
            # is a row of a table read label first.
            index = end
            continue
        if len(run) >= _MIN_ROWS:
            table = _table(entries, index, run, headings)
            if table is not None:
                table = dataclasses.replace(table, stopped=stopped_at(entries, end))
                tables.append(table)
                used.update(range(table.first_line, table.last_line + 1))
                index = end
                continue
        index += 1
    return tables, used


def stopped_at(entries: list[ClassifiedLine], end: int) -> tuple[int, str] | None:
    """The line a table's rows stopped at, its number and text, where it stops them mid-statement: a label
    right above it still waiting for its figures, and the line itself holding figures that could not be
    split into one cell (several figures on the line, or a split leaving only pieces of a cell for a label:
    "($" before "2,372)" before round 713), no words naming a row. None where the table ends as tables do (a
    title, a note, prose). Round 713: the income statement ended at the line above the net loss, its net
    income, per-share figures and share counts lost without a word."""
    if not 0 < end < len(entries):
        return None
    line, above = entries[end], entries[end - 1]
    if (line.kind is not LineKind.DATA or not line.cells or (line.label and not a_cells_piece(line.label))
            or above.kind is not LineKind.TEXT or not any(character.isalpha() for character in above.label)):
        return None
    return line.number, line.text.strip()


def cells_joined(entries: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """The filled lines with each cell a scrape broke over lines set back on one: a lone currency sign with
    the figure under it ("$" / "51,624"), a lone ")", ")%" or "%" with the figure over it ("(44,797" / ")",
    "(10.8" / ")%", "5.8" / "%"), as an HTML table that sets the sign and the closing parenthesis in cells of
    their own prints them one a line. Apart, a percent read as a plain figure and each row seemed as wide as
    its amounts and percents together (round 713: a statement with a change and a percent-of-sales column
    refused whole as text that lost its layout). The joined line keeps the figure's number."""
    joined: list[ClassifiedLine] = []
    for line in entries:
        if _lone_closer(line) and joined and _lone_figure(joined[-1]) and _closes(joined[-1], line):
            joined[-1] = _one_cell_line(joined[-1], f"{joined[-1].text.strip()}{line.label}")
            continue
        if joined and _lone_sign(joined[-1]) and _lone_figure(line):
            sign = joined.pop()
            joined.append(_one_cell_line(line, f"{sign.label} {line.text.strip()}"))
            continue
        joined.append(line)
    return joined


def _lone_figure(line: ClassifiedLine) -> bool:
    """A figure alone on its line, no label, no sign before it: a cell a scrape set a line of its own."""
    return line.kind is LineKind.DATA and not line.label and len(line.cells) == 1 and not line.cells[0].is_blank


def _lone_closer(line: ClassifiedLine) -> bool:
    """")", ")%" or "%" alone on its line: the end of the cell above it."""
    return line.kind is LineKind.TEXT and line.text.strip() in _CLOSERS


def _closes(figure: ClassifiedLine, closer: ClassifiedLine) -> bool:
    """Whether the closer can end the figure's cell: a figure already closed, or already a percent, takes no
    other ending."""
    cell = figure.cells[0]
    return not cell.is_percent and not cell.text.endswith(")") and (")" not in closer.label or (
        cell.text.lstrip("$ ").startswith("(") or cell.value >= 0))


def _one_cell_line(figure: ClassifiedLine, text: str) -> ClassifiedLine:
    """The figure's line holding `text` as its one cell, where the figure's line stands."""
    _, _, cells = split_cells(text)
    if len(cells) != 1:
        return figure
    return figure._replace(text=text, cells=(cells[0],))


def _row_at(entries: list[ClassifiedLine], index: int, least: int = 2, width: int = 0
            ) -> tuple[_VerticalRow | None, int]:
    """The row starting at `index` with `least` values or more, and where the next entry starts. `width`: the
    columns of the table the row is read in, where they are known (0 where not), which say whether a lone
    "(1)" under the label is its footnote mark or its first figure (`_mark_or_figure`)."""
    label = entries[index] if entries[index].kind is LineKind.TEXT and not (
        _bare_number(entries[index]) or _small_negative(entries[index])) else None
    cursor = index + 1 if label is not None else index
    values: list[ClassifiedLine] = []
    mark: ClassifiedLine | None = None
    while cursor < len(entries):
        entry = entries[cursor]
        if label is not None and not values and mark is None and _FOOTNOTE_ALONE.fullmatch(entry.text.strip()) and (
                (cursor + 1 < len(entries) and _single_value(entries[cursor + 1]))
                or (cursor + 2 < len(entries) and _lone_sign(entries[cursor + 1]))):
            mark = entry  # "(1)" between a label and its figures: the label's footnote mark, or its figure of -1
        elif _single_value(entry) or (values and says_no_value(entry.text)):
            values.append(entry)
        elif _lone_sign(entry) and cursor + 1 < len(entries) and _single_value(entries[cursor + 1]):
            pass  # "$" on a line of its own decorates the figure under it
        elif not (values and entry.kind is LineKind.TEXT and entry.label in _CLOSERS):
            break  # (")" on a line of its own closes the figure above it, "(1,234")
        cursor += 1
    # A change column's percents ("(35.2)%", "n/m") are no period's figures: a row keeps its amounts ("n/m"
    # is never a figure; a percent is, in a row of nothing else, a margin's).
    values = [v for v in values if not says_no_value(v.text)]
    amounts = [v for v in values if not _change_cell(v)]
    if len(amounts) >= 2:
        values = amounts
    values = _mark_or_figure(mark, values, width)
    if len(values) < least:
        return None, index + 1
    return _VerticalRow(label, tuple(values)), cursor


def _mark_or_figure(mark: ClassifiedLine | None, values: list[ClassifiedLine], width: int) -> list[ClassifiedLine]:
    """The row's figures with the lone "(4)" printed right under its label among them where the figures after
    it fall short of the table's `width` and it is a negative figure: a footnote's mark only stands beside a
    row whose figures fill every column. Round 705: a treasury stock's "(4)", then a blank cell, then "-", had
    been taken for the label's mark, the row dropped, and the equity failed to foot by 4."""
    if mark is None or not width or not _single_value(mark) or (values and len(values) % width == 0):
        return values
    return [mark, *values]


# Words a title-cased heading leaves in lower case.
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
                          "with"})


def _title_cased(text: str) -> bool:
    """A heading in title case, however long ("Adjustments to Reconcile Net (Loss) Income to Net Cash Used
    in Operations"): its words capitalised but the small ones, no sentence's stop at its end."""
    words = [word.strip("()") for word in text.split()]
    words = [word for word in words if word[:1].isalpha() and word.lower() not in _SMALL_WORDS]
    return (len(words) >= 2 and not text.rstrip().endswith(".")
            and all(word[0].isupper() for word in words))


def _change_cell(line: ClassifiedLine) -> bool:
    if says_no_value(line.text):
        return True
    return bool(line.cells) and line.cells[0].is_percent


def _run(entries: list[ClassifiedLine], index: int) -> tuple[list[_VerticalRow], dict[int, str], int]:
    """Rows of one width from `index` on, with the headings (label lines without values) between them."""
    rows: list[_VerticalRow] = []
    headings: dict[int, str] = {}
    width = 0
    pending: list[ClassifiedLine] = []
    cursor = index
    while cursor < len(entries):
        line = entries[cursor]
        row, after = _row_at(entries, cursor, width=width)
        if row is not None and width and (trimmed := _without_page_number(entries, row, after, width)) is not None:
            row, after = trimmed
        if not rows and (row is None or len(row.values) < _MAX_LEAD_WIDTH) and (
                lead := _leading_short_row(entries, cursor)) is not None:
            # the table's first row printed with a blank cell ("Grant revenue" / "$" / "214,877" and nothing
            # for the year before): the rows under it give the width
            rows.append(lead[0])
            cursor, width = lead[1], lead[2]
            continue
        if row is not None and (not width or len(row.values) % width == 0):
            width = width or len(row.values)
            if not rows and not pending and row.label is not None and cursor == index and (
                    head := _head_of_the_first_label(entries, index)) is not None:
                # "Cash, cash equivalents and" / "marketable securities" / figures: the table's first label
                # wrapped above its row, where the header ends (round 511: read as "marketable securities",
                # the company's cash and investments printed as short-term investments)
                row = _VerticalRow(row.label._replace(number=head.number, label=f"{head.label} {row.label.label}"),
                                   row.values)
            if pending and row.label is not None and (WRAPPED_LABEL_END.search(pending[-1].label.strip()) or (
                    row.label.label[:1].islower() and not pending[-1].label.rstrip().endswith(":"))):
                # "TOTAL LIABILITIES AND" over "SHAREHOLDERS' EQUITY": one label wrapped, no heading; so is a
                # label whose words run on in lower case ("Net cash provided by operating" / "activities":
                # round 511, the cash flow's lines named "activities")
                row = _VerticalRow(row.label._replace(number=pending[-1].number,
                                                       label=f"{pending.pop().label} {row.label.label}"), row.values)
            if pending:
                headings[len(rows)] = pending[-1].label.rstrip(":").strip()
                pending = []
            # An unlabelled total right under a row runs on from its values (the empty label cell left no
            # line): a multiple of the width is that many rows, the first with the label.
            for part in range(0, len(row.values), width):
                rows.append(_VerticalRow(row.label if part == 0 else None, row.values[part : part + width]))
            cursor = after
            continue
        if (row is None or len(row.values) < width) and width > 1 and (
                short := _short_row(entries, cursor, width)) is not None:
            # a line of one period only, its other cells left blank by the scrape (no dash, no line): placed
            # by the arithmetic in `_table`, or left out
            rows.append(short[0])
            cursor = short[1]
            continue
        if rows and line.kind is LineKind.TEXT and (not is_prose(line) or _title_cased(line.label)) and len(
                pending) < 2:
            pending.append(line)
            cursor += 1
            continue
        if rows and not pending and (heading := _wrapped_heading(entries, cursor)) is not None:
            # "Adjustments to reconcile net income to net cash provided by operating" / "activities:": one
            # heading wrapped, however like a sentence its first line reads (round 468: the run had ended
            # there, and the rest of the cash flow was read as one column of stacked figures)
            pending.append(heading)
            cursor += 2
            continue
        break
    return rows, headings, cursor


def _without_page_number(
    entries: list[ClassifiedLine], row: _VerticalRow, after: int, width: int
) -> tuple[_VerticalRow, int] | None:
    """The row without the small number printed alone after its figures, where that number is the page's
    (lynx sets "4" on its own line right under a statement's last row): the row's figures are one too many
    for the table's width, one fewer fit it, and no row of the table follows the number. Round 648: the
    whole last row ("Total liabilities and stockholders' equity", "Diluted") had been dropped. Else None."""
    last = row.values[-1]
    if (len(row.values) % width == 0 or (len(row.values) - 1) % width != 0 or not _bare_number(last)
            or after <= 0 or entries[after - 1] is not last):
        return None
    if after < len(entries):
        following, _ = _row_at(entries, after, least=1)
        if following is not None:
            return None
    return _VerticalRow(row.label, row.values[:-1]), after - 1


def _head_of_the_first_label(entries: list[ClassifiedLine], index: int) -> ClassifiedLine | None:
    """The line above the first row's label that begins it, where that label runs on in lower case
    ("marketable securities", "activities") under words with no figure, date or colon; else None."""
    label = entries[index]
    above = entries[index - 1] if index else None
    if (above is None or not label.label[:1].islower() or above.kind is not LineKind.TEXT
            or any(character.isdigit() for character in above.label) or above.label.rstrip().endswith(":")
            or _MONTH_WORD.search(above.label) or is_title(above.label)):
        return None
    return above


# A month's name: a header line's words ("September 30,"), never a label's head.
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_RE})\b", re.IGNORECASE)


def _wrapped_heading(entries: list[ClassifiedLine], index: int) -> ClassifiedLine | None:
    """A heading wrapped onto a second line that ends it in lower case with its colon, as one line."""
    line = entries[index]
    following = entries[index + 1] if index + 1 < len(entries) else None
    if (line.kind is not LineKind.TEXT or following is None or following.kind is not LineKind.TEXT
            or not following.label[:1].islower() or not following.label.endswith(":")
            or len(following.label) > HEADING_TAIL):
        return None
    return line._replace(label=f"{line.label} {following.label}")


def _short_row(entries: list[ClassifiedLine], index: int, width: int) -> tuple[_VerticalRow, int] | None:
    """A labelled row of fewer values than `width` at `index`, where a row of the table follows it; else None."""
    row, after = _row_at(entries, index, least=1, width=width)
    if row is None or row.label is None or len(row.values) >= width or after >= len(entries):
        return None
    cursor = after
    for _ in range(_SHORT_ROWS_IN_A_ROW):  # "Grant revenue 640 1,515 980" over "License fees 1,500 2,000 3,500"
        if cursor >= len(entries):
            return None
        following, beyond = _row_at(entries, cursor, least=1, width=width)
        if following is None:
            return None
        if len(following.values) % width == 0:
            return row, after
        if following.label is None or len(following.values) >= width:
            return None
        cursor = beyond
    return None


# A first row this wide or wider sets its table's width as it stands.
_MAX_LEAD_WIDTH = 3


def _leading_short_row(entries: list[ClassifiedLine], index: int) -> tuple[_VerticalRow, int, int] | None:
    """A labelled row of grouped figures at `index` whose next row (past a heading or two) prints more: the
    row, where the next entry starts, and the width the next row gives; else None. ("Silver by-product
    sales" / "$ 2,940" / "$ 1,850" over a row of three: its first cell blank.)"""
    row, after = _row_at(entries, index, least=1)
    if row is None or row.label is None or not all("," in value.text for value in row.values):
        return None
    cursor = after
    while cursor < len(entries) and cursor - after < 2 and entries[cursor].kind is LineKind.TEXT and not is_prose(
            entries[cursor]) and not _lone_sign(entries[cursor]):
        following, _ = _row_at(entries, cursor)
        if following is not None:
            break
        cursor += 1  # "Operating expenses:"
    following = _row_at(entries, cursor)[0] if cursor < len(entries) else None
    if following is None or len(following.values) <= len(row.values):
        return None
    return row, after, len(following.values)


def _heading_over_the_first_rows(
    above: list[ClassifiedLine], rows: list[_VerticalRow], headings: dict[int, str]
) -> str | None:
    """The words right above the first row, as the heading of the rows under them, where one of those rows
    has no label and is the sum of the rows over it: lynx sets "Operating revenues" straight under the
    column headers, then its lines and their total with an empty label cell. Round 648: the total had been
    printed with no name and no concept, and the operating result counted it twice. Without that sum the
    words stay the header's; words that date, title or scale the table are never a heading."""
    if 0 in headings or not above:
        return None
    line = above[-1]
    text = line.label.strip()
    if line.kind is LineKind.TEXT and text.endswith(":") and PER_SHARE_HEADING.search(text):
        # "Earnings per share:" straight over "Basic" / "$" / "3.08": the heading of the rows under it, no
        # column's head (round 701: lynx's EPS table under the statement, its "Basic" and "Diluted" read as
        # no per-share figures and the table dropped without a word)
        return text.rstrip(":").strip()
    if (line.kind is not LineKind.TEXT or not any(c.isalpha() for c in text) or any(c.isdigit() for c in text)
            or text.startswith("(") or is_title(text) or unit_line(text) or _MONTH_WORD.search(text)
            or is_prose(line)):
        return None
    end = min(headings, default=len(rows))
    total = next((n for n in range(2, end) if rows[n].label is None), None)
    if total is None or not _sum_of(rows[total], rows[:total]):
        return None
    return text.rstrip(":").strip()


def _sum_of(total: _VerticalRow, parts: list[_VerticalRow]) -> bool:
    """Whether `total`'s figures are, column by column, the sums of the rows in `parts` (to a unit a row of
    rounding)."""
    width = len(total.values)
    if any(row.label is None or len(row.values) != width for row in parts):
        return False
    for column in range(width):
        added = sum(_cell(row.values[column]).value for row in parts)
        if abs(added - _cell(total.values[column]).value) > len(parts):
            return False
    return True


# How many rows with blank cells may follow one another before a row of the table's width.
_SHORT_ROWS_IN_A_ROW = 8


def _table(
    entries: list[ClassifiedLine], index: int, rows: list[_VerticalRow], headings: dict[int, str]
) -> RawTable | None:
    width = max(len(row.values) for row in rows)  # a first row of blank cells is shorter (`_leading_short_row`)
    first = rows[0].label or rows[0].values[0]
    # (by its line: a first label joined to its wrapped head stands where the head does)
    position = next(i for i, entry in enumerate(entries) if entry.number == first.number)
    above: list[ClassifiedLine] = []
    for line in reversed(entries[max(0, position - _MAX_HEADER_ENTRIES) : position]):
        if is_prose(line) or line.kind is LineKind.DATA:
            break
        above.insert(0, line)
    title = [line for line in above if is_title(line.label) or unit_line(line.label)
             or line.label.isupper()]
    # The columns' headers stand under the statement's title: what stands above it is the page before (a
    # running header's "April 29, 2020", the dateline), never a column's date.
    named = [i for i, line in enumerate(above) if is_title(line.label)]
    header = [line for line in above[named[-1] + 1 if named else 0 :] if line not in title]
    columns = [Column(i * 12, i * 12 + 10) for i in range(width)]
    names = stream_headers(title, header, width)
    if names is None:
        return None  # no header names its columns: dated by the title or narrative, they could be any periods
    if (lead := _heading_over_the_first_rows(above, rows, headings)) is not None:
        headings = {0: lead, **headings}
    raw_rows = []
    section = ""
    for number, row in enumerate(rows):
        section = headings.get(number, section)
        label = row.label.label if row.label is not None else (f"Total {section}" if section else "")
        start = (row.label or row.values[0]).number
        raw_rows.append(RawRow(label=label, cells=tuple(_cell(v) for v in row.values), first_line=start,
                               last_line=row.values[-1].number, indent=0, section=section, after_rule=False,
                               named=row.label is None and bool(section)))
    raw_rows, unfitted = blank_cells_placed(raw_rows, width)
    return RawTable(
        title_lines=tuple(line.label for line in title),
        header_lines=tuple(line.text for line in header),
        columns=tuple(columns),
        column_headers=names,
        rows=tuple(raw_rows),
        first_line=(above[0].number if above else start),
        last_line=rows[-1].values[-1].number,
        context=(),
        unfitted=rows_left_out(unfitted),
    )
