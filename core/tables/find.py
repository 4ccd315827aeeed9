"""Fixed-width text tables: find them among the prose, split columns, join wrapped labels.

The reader works on a few general rules of how people lay out numbers in plain text:
- a table row ends in a run of number-like cells; prose does not end that way with a wide gap before it;
- cells of one column overlap horizontally (right-aligned, left-aligned or centred alike), cells of two
  columns do not, so the columns are the union of the cells' extents;
- header phrases stand above the columns they name, and a phrase over two columns names both;
- a label that does not fit wraps onto the next line, which then starts in lower case or follows a word
  that cannot end a label ("and", "of", a comma); a label-only line that is not wrapped is a heading."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from core.limits import (
    MAX_TABLE_COLUMNS,
    MAX_VALUES,
    LimitExceeded,
    allowance,
    count_tables,
    refusal,
    spend,
    too_many_values,
)
from core.tables.cell_per_line import figures_alone_between_rows, vertical_tables
from core.tables.columns import block_on_another_grid, column_extents, ordinal_columns
from core.tables.date_pieces import dates_of_two_stacks
from core.tables.dot_thousands import with_dots_as_thousands
from core.tables.flattened import flattened_tables
from core.tables.headers import (
    PERIODS_NOTE,
    column_headers,
    day_of,
    day_set_under_its_month,
    header_area,
    lengths_named,
    ruled_reach,
    split_area,
    stream_headers,
)
from core.tables.lengths_by_figures import lengths_by_their_figures
from core.tables.lines import (
    HEADING_TAIL,
    WIDE_GAP,
    WIDE_GAP_SPLIT,
    YEAR_IN_TEXT,
    ClassifiedLine,
    Column,
    LineKind,
    captions_in_rules,
    classify,
    durations_only,
    is_column_dates,
    is_prose,
    is_title,
    label_cut_at_a_connector,
    only_years,
    parts_of_years_only,
)
from core.tables.note_references import notes_column, without_references
from core.tables.numbers import Cell, amounts_a_share, split_cells
from core.tables.one_column import one_column_rows, without_overfull_rows
from core.tables.period_headers import DATE, DURATION, PERIOD_WORDS, duration_in, read_header, year_part
from core.tables.raw import RawRow, RawTable, mostly_percent
from core.tables.rows import (
    name_of_a_sum_carried_on,
    name_wrapped_inside,
    second_basis_wrapped,
    table_rows,
    title_case_wraps,
    without_rules,
    words_over_dashes,
)
from core.tables.rows_so_far import RowsSoFar
from core.vocabulary import (
    BALANCE_SIDE_HEADINGS,
    BASIS_ALONE,
    CHANGE_HEADING,
    COLUMN_NOTES_LINE,
    COMPARED_COLUMN_LEAD,
    CONTINUED_TITLE,
    DAY_AND_YEAR_FIRST,
    DURATION_ENDED_RE,
    ENDS_ON_A_MONTH,
    GARBLED_FIGURE,
    MONTH_DAY_END,
    MONTH_DAY_RE,
    MONTH_RE,
    NAME_ENDS_ON_A_MONTH_AND_YEAR,
    NOT_AS_REPORTED,
    NUMBER_WORD_RE,
    PAGE_NUMBER_ENDING,
    SHARES_STANDING_ON_A_DATE,
    YEAR_RE,
    match_concept,
    names_a_statement,
    names_share_count,
    per_share_line,
    unit_line,
)
from core.work import count_work

# Rows of one table are rarely more than this many lines apart (wrapped labels, headings, blank lines,
# rules); a longer gap starts a new table.
_MAX_GAP_LINES = 8

# A footnote under a table's rows, opened by its mark ("(1) Amortization of deferred stock compensation relates
# to the following:"): what follows is the footnote's, no row of the table above (round 194: its breakdown had
# been read as the statement's, a second "Research and development" under the per-share lines).
_FOOTNOTE_LEAD = re.compile(r"\((?:\d{1,2}|[a-z])\)\s+[A-Z][a-z]+\s+\w+")

# Four blank lines in a row separate tables (double-spaced renderings leave three inside one).
_MAX_BLANK_RUN = 3


def find_tables(lines: tuple[str, ...], *, one_cell_a_line_only: bool = False) -> list[RawTable]:
    """Every table in the text, top to bottom; only those printed one cell a line (each label, then its
    figures) where the rest of the text lost its layout (core.tables.layout_lost)."""
    with allowance():
        classified = _classify_all(lines)
    tables: list[RawTable] = []
    # Tables with one cell a line (markdown scrapes) are read first; their lines are then set aside.
    vertical, used = vertical_tables(classified)
    if vertical:
        count_tables(len(vertical), vertical[-1].last_line)
    if one_cell_a_line_only:
        return vertical
    # Statements flattened onto one line each (markdown scrapes) are read next, and set aside too.
    flattened, on_one_line = flattened_tables(classified)
    vertical += flattened
    used |= on_one_line
    if used:
        classified = [ClassifiedLine(c.number, c.text, LineKind.BLANK, "", 0, ()) if c.number in used else c
                      for c in classified]
    floor = 0
    for first, last in _blocks(classified):
        table = _read_block(classified, first, last, floor)
        floor = last + 1
        if table is None:
            continue
        count_tables(1, table.first_line)
        if tables and tables[-1].footer:
            table = _without_the_note_above(table, tables[-1].footer)
        table = _captioned(table, tables[-1] if tables else None)
        if tables:
            table = _under_the_note_of(table, tables[-1], classified)
        if tables and (rest := _per_share_lines_after_a_footnote(tables[-1], table)):
            # A footnote's breakdown under the statement, then the statement's per-share lines ("(1) Includes
            # stock-based compensation of ..." over its own small table, then "Basic and diluted net loss per
            # share": round 202): the footnote's rows are left out, the per-share lines carry on the statement.
            tables[-1] = _joined(tables[-1], dataclasses.replace(table, rows=rest, title_lines=()))
            continue
        if tables and _continues(tables[-1], table) and not _another_tables_head_between(tables[-1], table,
                                                                                        classified):
            if (sentence := _sentence_leading_in(tables[-1], table, classified)) is not None:
                tables.append(_handed_over(tables[-1], table, sentence))
            elif (titles := _another_title_between(tables[-1], table, classified)):
                tables.append(dataclasses.replace(table, title_lines=titles))
            else:
                tables[-1] = _joined(tables[-1], table)
        else:
            tables.append(table)
    return sorted(tables + vertical, key=lambda table: table.first_line)


def _under_the_note_of(table: RawTable, before: RawTable, classified: list[ClassifiedLine]) -> RawTable:
    """A table headed on the line right under another's last row (a bank's "12/31/03  9/30/03  12/31/02" over
    its period-end balances, no blank line, no title): one printed block, under the unit note the block's
    title gives ("(Dollars in thousands, except per share data)"). Its own note or title, or a line between,
    and it is a table of its own (round 415: the balances had been read in dollars, the highlights above
    them, unread, taking the note along)."""
    if table.title_lines or table.context or table.first_line != before.last_line + 1 or not table.rows:
        return table
    # (line numbers count from 1, the list from 0)
    if any(line.kind is LineKind.BLANK for line in classified[before.last_line : table.rows[0].first_line - 1]):
        return table  # a blank line between: the tables are printed apart
    notes = tuple(line for line in before.title_lines + before.context if unit_line(line))
    return dataclasses.replace(table, context=notes) if notes else table


def _without_the_note_above(table: RawTable, note: tuple[str, ...]) -> RawTable:
    """A table's title lines without the note closing the table above ("Dollar amounts in thousands." under
    a balance sheet's last row, a blank line, then the cash flow's title): the note is that table's, and the
    cash flow, in whole dollars, had been read in thousands by it. Only where a statement's title follows it."""
    closing = {line.strip() for line in note if unit_line(line)}
    kept = tuple(itertools.dropwhile(lambda line: line in closing, table.title_lines))
    if len(kept) == len(table.title_lines) or not any(is_title(line) for line in kept):
        return table  # a note over the next table's rows with no title under it heads them ("($ in billions)")
    return dataclasses.replace(table, title_lines=kept)


def read_one_cell_a_line(lines: tuple[str, ...]) -> set[int]:
    """The lines of tables a markdown scrape printed one cell a line (each label, then its figures): read,
    not lost, whatever the rest of the text is (core.tables.layout_lost asks)."""
    with allowance():
        return vertical_tables(_classify_all(lines))[1]


def _classify_all(lines: tuple[str, ...]) -> list[ClassifiedLine]:
    """Every line classified, counting figures as they are found: a file of a hundred thousand lines of
    numbers is refused after the first MAX_VALUES of them, before the table reader builds anything on
    them (a cell costs far more memory downstream than the bytes that printed it)."""
    classified = []
    values = spend("MAX_VALUES", 0)  # what earlier documents of this parse (exhibits) already hold
    known = _KNOWN_LINES.get()
    for number, text in enumerate(lines, 1):
        try:
            line = _classify_known(number, text, known) if known is not None else classify(number, text)
        except LimitExceeded as error:
            raise LimitExceeded(error.message, line=number) from None
        if line.cells:
            values += len(line.cells)
            if values > MAX_VALUES:
                raise too_many_values(number)
        classified.append(line)
    spend("MAX_VALUES", values - spend("MAX_VALUES", 0))
    count_work("lines classified", len(lines))
    return _month_years_named_in_rows(one_column_rows(figures_alone_between_rows(_counts_over_their_units(
        _zeros_under_their_label(_first_figures_taken_for_marks(_parentheses_closed_a_line_down(classified)))))))


# How many filled lines above a line may stand between it and the table's last row of figures.
_ROWS_ABOVE = 3


def _month_years_named_in_rows(classified: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """A line of words alone whose name closes on a month and its year ("Senior notes, due in March 2027",
    "Convertible notes, matures in April 2028"), among a table's rows, rows of figures above it and under it:
    a sub-heading naming the instrument the rows under it belong to, never a header of years. The line reader
    takes the year for a column's; read so, it had ended the balance sheet there and its last rows (total
    liabilities, total equity and liabilities) were dropped without a word (round 708)."""
    for index, line in enumerate(classified):
        if line.kind is LineKind.YEARS and _a_name_dated_in_words(line) and _between_rows(classified, index):
            classified[index] = line._replace(kind=LineKind.TEXT, label=line.text.strip(), cells=())
    return classified


def _a_name_dated_in_words(line: ClassifiedLine) -> bool:
    """One year, one space after the month that closes the label, and no period's words before the month
    ("due in", not "Three months ended" or "As of"): the name's own date, no column's."""
    text = line.text.strip()
    found = NAME_ENDS_ON_A_MONTH_AND_YEAR.search(text)
    return (len(line.cells) == 1 and found is not None and found.start() > 0
            and PERIOD_WORDS.search(text[:found.start()]) is None)


def _between_rows(classified: list[ClassifiedLine], index: int) -> bool:
    """Whether rows of figures stand a few filled lines above the line and right under it."""
    above = [line for line in classified[max(0, index - 2 * _ROWS_ABOVE):index] if line.kind is not LineKind.BLANK]
    below = _next_filled(classified, index)
    return (any(line.kind is LineKind.DATA for line in above[-_ROWS_ABOVE:])
            and below is not None and below.kind is LineKind.DATA)


def _parentheses_closed_a_line_down(classified: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """A line opening with a figure that closes a parenthesis it never opened ("$86,250)   35   35"), under a
    line that opened one ("... shares issued and outstanding (liquidation preference"): the figure ends the
    label's words, as a PDF's text wraps a caption, and the figures after it are the row's (round 505: read as
    a row of three figures, it had begun a table of its own and the equity under it was lost)."""
    for index in range(1, len(classified)):
        line = classified[index]
        if line.kind is not LineKind.DATA or line.label or len(line.cells) < 2:
            continue
        first = line.cells[0].text
        above = classified[index - 1].text
        if first.endswith(")") and "(" not in first and above.count("(") > above.count(")"):
            classified[index] = line._replace(label=first, cells=line.cells[1:])
    return classified


# A note's number ending a label one space after its words ("Other expense, net (22)"), as the line reader
# takes it where a column gap follows (`numbers._attached_to_label`).
_NOTE_NUMBER_ENDING = re.compile(r"(?<=\S) (\(\d{1,2}\))$")
# How far from a row the rows that witness its spacing may stand.
_SPACING_REACH = 3


def _first_figures_taken_for_marks(classified: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """A small negative first among a row's figures, one space after its label ("Other expense, net (22)
    (40)   (51)   (77)"), as lynx sets every row flat, its label a space before its first figure: the line
    reader takes it for the label's note number, as a column gap after the mark says elsewhere. Where the
    nearest rows above and below set their first figure one space after their label too and print one
    figure more than the line, the number is the row's first figure, its gap after it their gap between
    figures (round 679: one figure kept, placed by position, the other-expense row failed its check, and
    such a row under net income was lost without a word)."""
    for index, line in enumerate(classified):
        if (line.kind is not LineKind.DATA or not line.cells or line.label[-1:] != ")"
                or (mark := _NOTE_NUMBER_ENDING.search(line.label)) is None):
            continue
        start = line.indent + mark.start(1)
        gap = line.cells[0].start - (start + len(mark.group(1)))
        above = _previous_filled(classified, index)
        below = _next_filled(classified, index)
        witnesses = [near for near in (above, below) if near is not None and abs(near.number - line.number)
                     <= _SPACING_REACH and near.kind is LineKind.DATA]
        if witnesses and all(_set_flat(near, len(line.cells) + 1, gap) for near in witnesses):
            label, _, cells = split_cells(" " * start + line.text[start:])
            if not label and len(cells) == len(line.cells) + 1:
                classified[index] = line._replace(label=line.label[: mark.start()].rstrip(), cells=tuple(cells))
    return classified


def _set_flat(line: ClassifiedLine, count: int, gap: int) -> bool:
    """Whether a row prints `count` figures, the first one space after its label, its first two `gap` apart."""
    cells = line.cells
    return (len(cells) == count and count >= 2 and bool(line.label)
            and cells[0].start - (line.indent + len(line.label)) == 1 and cells[1].start - cells[0].end == gap)


# A zero's dash is a character or two where a figure would stand; a rule is drawn as wide as its column.
_ZERO_DASH_WIDTH = 2
# How far from a line of dashes the figures that measure its columns may stand.
_FIGURES_REACH = 4


def _zeros_under_their_label(classified: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """A line of short dashes alone under a row's label ("Preferred stock" / "—      —"), as lynx
    and w3m set each label on its own line and its figures on the next: the row's zeros, where each dash is
    narrower than the figures of its column in the nearest rows and there is one for each of their columns.
    The line reader calls bare dashes a rule, as they are under a fixed-width table's figures; a rule is as
    wide as its column, and stands under figures or a heading, never under a label alone. Round 669: the
    row had vanished without a word and its label become the heading of the equity's lines under it."""
    for index in range(1, len(classified)):
        line = classified[index]
        if line.kind is not LineKind.RULE:
            continue
        label, _, cells = split_cells(line.text)
        if label or not cells or not all(cell.is_dash and len(cell.text) <= _ZERO_DASH_WIDTH for cell in cells):
            continue
        above = _previous_filled(classified, index)
        if above is None or not _a_rows_label(above) or not _narrower_than_their_figures(classified, index, cells):
            continue
        classified[index] = line._replace(kind=LineKind.DATA, label="", cells=tuple(cells))
    return classified


def _a_rows_label(line: ClassifiedLine) -> bool:
    """Words naming one row: no sentence, heading (its colon) or column heads set apart."""
    return (line.kind is LineKind.TEXT and any(character.isalpha() for character in line.label)
            and not line.label.endswith(":") and WIDE_GAP.search(line.label) is None and not is_prose(line))


def _narrower_than_their_figures(classified: list[ClassifiedLine], index: int, dashes: list[Cell]) -> bool:
    """Whether the nearest rows of figures above and below print as many cells as there are dashes, each
    dash narrower than the widest figure of its column among them (at least one such row)."""
    widest = [0] * len(dashes)
    for neighbours in (classified[index + 1 : index + 1 + _FIGURES_REACH],
                       reversed(classified[max(0, index - _FIGURES_REACH) : index])):
        figures = next((c for c in neighbours if c.kind is LineKind.DATA), None)
        if figures is None:
            continue
        if len(figures.cells) != len(dashes):
            return False
        widest = [max(width, len(cell.text)) for width, cell in zip(widest, figures.cells, strict=True)]
    return all(len(dash.text) < width for dash, width in zip(dashes, widest, strict=True))


# A header line's phrases, two spaces or more apart; each naming the unit of a count above it ("Weeks Ended").
_PHRASE = re.compile(r"\S+(?: \S+)*")
_UNIT_PHRASE = re.compile(r"(?:weeks?|months?)\b.*", re.IGNORECASE)


def _counts_over_their_units(classified: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """A line of counts alone ("13   13   26   26") over a line of their units ("Weeks   Weeks   Weeks   Weeks"),
    as a browser wraps "13 Weeks Ended June 28, 2016" in a narrow column: the first line of each column's
    header, no row of figures (round 258: it had made a table of its own, and the statement's columns named
    no length, 44 facts lost). So is a line of days alone under a line of phrases ending on months."""
    for index, line in enumerate(classified[:-1]):
        if index and _a_day_under_its_month(line, classified[index - 1]):
            classified[index] = ClassifiedLine(line.number, line.text, LineKind.TEXT, line.text.strip(), line.indent,
                                               ())
            continue
        if (index and line.kind is LineKind.DATA and not line.label and len(line.cells) >= 2
                and day_set_under_its_month(line, classified[index - 1]) is not None):
            # each group's day under its month ("Three months ended March   Six months ended March" / "31   31"):
            # the header's, set back after its month by `header_area`, no row of figures (round 478)
            classified[index] = ClassifiedLine(line.number, line.text, LineKind.TEXT, line.text.strip(), line.indent,
                                               ())
            continue
        under = index + 1
        if classified[under].kind is LineKind.RULE and under + 1 < len(classified):
            under += 1  # each count ruled off over its unit, as an HTML table's header cells underlined
        below = classified[under]
        if (line.kind is not LineKind.DATA or line.label or len(line.cells) < 2
                or not all(cell.text.isdigit() and 1 <= cell.value <= 53 for cell in line.cells)
                or below.kind is not LineKind.TEXT):
            continue
        units = list(_PHRASE.finditer(below.text))
        if (len(units) == len(line.cells) and all(
                _UNIT_PHRASE.fullmatch(unit.group()) and cell.start < unit.end() and unit.start() < cell.end
                for cell, unit in zip(line.cells, units, strict=True))) or (
                # one unit shared by every count, set between the first and the last ("13   13   26   26" over
                # a centred "Weeks Ended": round 273)
                len(units) == 1 and _UNIT_PHRASE.fullmatch(units[0].group()) is not None
                and line.cells[0].start <= units[0].start() and units[0].end() <= line.cells[-1].end):
            classified[index] = ClassifiedLine(line.number, line.text, LineKind.TEXT, line.text.strip(), line.indent,
                                               ())
    return classified


_DAY_ALONE = re.compile(r"\d{1,2},")
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_RE})\b\.?", re.IGNORECASE)


def _a_day_under_its_month(line: ClassifiedLine, above: ClassifiedLine) -> bool:
    """"28,   2011" under "September    September 30,": a narrow header cell wrapped over three lines
    ("September" / "28," / "2012") beside one over two, its day read as a row's label and the other column's
    year as its figure (rounds 532, 541, 543: a balance sheet refused, or a column dropped as repeating the
    other's period). The day stands under a month of the line above, and every figure is a year."""
    if line.kind is not LineKind.DATA or _DAY_ALONE.fullmatch(line.label) is None or not line.cells or not all(
            "," not in cell.text and not cell.has_currency and 1900 <= cell.value < 2100 for cell in line.cells):
        return False
    start = line.indent
    return any(month.start() <= start + 1 and start < month.end() for month in _MONTH_WORD.finditer(above.text))


# A line's classification by its text, kept while one submission is read (`remembering_lines`): its
# chosen exhibit is read again below the narrative another exhibit lends it, and only the line numbers
# differ. `classify` reads the number into the result and nothing else, so a kept answer is exact.
_KNOWN_LINES: ContextVar[dict[str, ClassifiedLine] | None] = ContextVar("release_lens_known_lines", default=None)


@contextmanager
def remembering_lines() -> Iterator[None]:
    """Keep each line's classification by its text until the block ends (nested blocks share one)."""
    if _KNOWN_LINES.get() is not None:
        yield
        return
    token = _KNOWN_LINES.set({})
    try:
        yield
    finally:
        _KNOWN_LINES.reset(token)


def _classify_known(number: int, text: str, known: dict[str, ClassifiedLine]) -> ClassifiedLine:
    seen = known.get(text)
    if seen is None:
        seen = known[text] = classify(number, text)
    elif seen.number != number:
        seen = ClassifiedLine(number, text, seen.kind, seen.label, seen.indent, seen.cells)
    return seen


def _captioned(table: RawTable, before: RawTable | None) -> RawTable:
    """A table whose columns print their years alone under a caption naming the period ("1999   1998" over
    "Three months ended September 30:" and the quarter's rows, then "Nine months ended September 30:" and the
    same lines again): each part's columns are the caption's period in those years (round 202: the nine
    months' rows had been dated as the quarter). A part printing no years of its own takes those of the part
    above it."""
    caption = next((text.strip().rstrip(":") for text in (
        table.rows[0].section if table.rows else "", *reversed(table.header_lines), *reversed(table.title_lines))
        if _a_period_caption(text)), None)
    if caption is None or any(duration_in(header) for header in table.column_headers):
        return table
    years = [YEAR_IN_TEXT.findall(header) for header in table.column_headers]
    if not any(years) and before is not None and len(before.columns) == len(table.columns):
        years = [YEAR_IN_TEXT.findall(header) for header in before.column_headers]
    if not all(len(found) == 1 for found in years):
        return table
    return dataclasses.replace(table, column_headers=tuple(f"{caption} {found[0]}" for found in years))


# A caption naming one period over a part of a table's rows: "Three months ended September 30:".
_PERIOD_CAPTION = re.compile(rf"{DURATION_ENDED_RE}{MONTH_DAY_RE}", re.IGNORECASE)


def _a_period_caption(text: str) -> bool:
    """ "Nine months ended September 30:" among a table's rows: the next part of the statement, its own table
    (`_captioned` gives it its columns)."""
    return _PERIOD_CAPTION.fullmatch(text.strip().rstrip(":")) is not None


def _per_share_lines_after_a_footnote(before: RawTable, after: RawTable) -> tuple[RawRow, ...]:
    """The per-share lines closing a table that opens with a footnote (its lead the table's first title line,
    or its rows' heading) under a statement of as many columns: the statement's, the rows before them the
    footnote's. Empty where the table is no such footnote or ends in other lines."""
    footnote = _under_a_footnote(after) or (after.title_lines and _FOOTNOTE_LEAD.match(after.title_lines[0].strip()))
    if not footnote or len(after.columns) != len(before.columns):
        return ()
    rest = tuple(itertools.dropwhile(lambda row: match_concept(row.label) not in _PER_SHARE_CONCEPTS, after.rows))
    if len(rest) == len(after.rows) or not all(
            match_concept(row.label) in _PER_SHARE_CONCEPTS or _BASIS.match(row.label) for row in rest):
        return ()
    return rest


def _under_a_footnote(table: RawTable) -> bool:
    """Whether the table's rows open under a footnote's lead ("(1) Amortization of ... relates to the following")."""
    return bool(table.rows) and _FOOTNOTE_LEAD.match(table.rows[0].section) is not None


def _another_title_between(before: RawTable, after: RawTable, classified: list[ClassifiedLine]
                           ) -> tuple[str, ...]:
    """The title (and the unit note under it) of another statement standing between a table and the untitled
    one after it: "CONSOLIDATED BALANCE SHEETS" between a statement of income and rows whose header area a
    renderer broke before it reached the title (round 487, lynx's "$ 1,804,118" / "$ 1,776,904" over two
    lines: the balance sheet's rows had been read as the income statement's quarter). The later table is that
    statement, under its own title, its headers unread and said so. A page's repeat of the first table's own
    title, or a title saying "(continued)", carries the statement on: nothing is returned."""
    named = _title_words(before)
    # (line numbers count from 1, the list from 0: the lines strictly between the two)
    between = classified[before.last_line : after.first_line - 1]
    titled = next((index for index, line in enumerate(between)
                   if line.kind is LineKind.TEXT and is_title(line.label) and not CONTINUED_TITLE.search(line.text)
                   and any(word.casefold() not in named for word in _WORD.findall(line.label))), None)
    if titled is None:
        return ()
    # the title and the unit note under it: the table is that statement, its headers unread
    return (between[titled].text.strip(), *(line.text.strip() for line in between[titled + 1 : titled + 2]
                                             if unit_line(line.text.strip())))


def _another_tables_head_between(before: RawTable, after: RawTable, classified: list[ClassifiedLine]) -> bool:
    """Whether another table's head stands between a table of one column and the untitled rows after it: a
    title, under it a unit note naming other units than the table's own, and under that a column's period
    ("Revenue and Carloads by Commodity Group" / "(Revenue in millions; carloads in thousands)" / "Revenue" /
    "2Q18"). Round 615: one cell a line, that table's rows under a one-column six-month cash flow had been read
    on as the cash flow's, its first rows (small figures taken for words) keeping its head from their own.
    The rows after it are that table's, never the one-column table's."""
    if len(before.columns) != 1:
        return False
    own = {_unit_words(line.strip()) for line in (*before.title_lines, *before.header_lines) if unit_line(line.strip())}
    # (line numbers count from 1, the list from 0: the lines strictly between the two)
    between = [line for line in classified[before.last_line : after.first_line - 1] if line.kind is not LineKind.BLANK]
    for at, line in enumerate(between):
        if (at > 0 and line.kind is LineKind.TEXT and _is_unit_note(line.label)
                and _unit_words(line.label) not in own and between[at - 1].kind is LineKind.TEXT
                and not is_prose(between[at - 1]) and not _is_unit_note(between[at - 1].label)):
            return any(_a_periods_head(later) for later in between[at + 1 :])
    return False


def _sentence_leading_in(before: RawTable, after: RawTable, classified: list[ClassifiedLine]
                         ) -> ClassifiedLine | None:
    """A sentence ending in a colon right over the untitled rows after a table ("An itemized reconciliation
    between net loss on a GAAP basis and non-GAAP net income is as follows:" over "Net loss" repeated and
    its adjustments): it hands over to a table of its own, which a page break's continuation never is
    (round UI-50: a reconciliation had been read on as the statement of operations' lines)."""
    if not after.rows:
        return None
    # (line numbers count from 1, the list from 0: the lines strictly between the table and the rows)
    between = [line for line in classified[before.last_line : after.rows[0].first_line - 1]
               if line.kind is not LineKind.BLANK]
    return between[-1] if between and between[-1].label.endswith(":") and is_prose(between[-1]) else None


def _handed_over(before: RawTable, after: RawTable, sentence: ClassifiedLine) -> RawTable:
    """The rows a sentence hands over to, a table of their own titled by it, under the columns and the unit
    of the table above: the release prints its headers once for both."""
    return dataclasses.replace(after, title_lines=(sentence.text.strip(),), header_lines=before.header_lines,
                               column_headers=before.column_headers, first_line=sentence.number)


def _a_periods_head(line: ClassifiedLine) -> bool:
    """A column's head naming a period: "2018", "June 30, 2018", "2Q18"."""
    return line.kind is LineKind.YEARS or (line.kind is LineKind.TEXT and (
        year_part(line.label) is not None or read_header(line.label).year is not None))


def _continues(before: RawTable, after: RawTable) -> bool:
    """A table after a page break, with as many columns (a new page may set them a little to the side) and
    no title or header of its own, or a title saying it is continued (`_carried_on`)."""
    if len(after.columns) != len(before.columns) or _under_a_footnote(after):
        return False  # (the rows under a footnote's lead are the footnote's)
    # A unit note alone over the rows ("(Unaudited, in thousands)" atop the page after a balance sheet's assets:
    # round 363, its liabilities dropped without a word) is no title of a table of its own.
    untitled = all(unit_line(_UNAUDITED_NOTE.sub(" ", line)) or not _UNAUDITED_NOTE.sub("", line).strip()
                   for line in after.title_lines)
    return ((untitled and not any(after.column_headers) and not _balanced(before))
            or _carried_on(before, after) or _per_share_block(before, after) or _rest_of(before, after))


# A statement's closing lines, by the lines that open it: a cash-flow statement whose operating or investing
# flows are printed is whole once its financing flows or the change in cash are.
_OPENS_AND_CLOSES = ((frozenset({"operating_cash_flow", "investing_cash_flow"}),
                      frozenset({"financing_cash_flow", "net_change_in_cash"})),
                     # ... and its change in cash, a page after the financing flows (round 363)
                     (frozenset({"financing_cash_flow"}), frozenset({"net_change_in_cash"})),
                     (frozenset({"total_current_assets", "total_assets"}),
                      frozenset({"total_liabilities_and_equity"})),
                     # a statement of operations is whole once its net result is printed
                     (frozenset({"revenue", "total_operating_expenses", "operating_income", "income_before_taxes"}),
                      frozenset({"net_income"})))


def _rest_of(before: RawTable, after: RawTable) -> bool:
    """A table under the same column headers as a statement that has not printed its closing lines, and
    that prints them (a cash-flow statement whose financing flows an HTML release set in a second table
    repeating the headers; a statement of operations a PDF's page break cut before its net loss, the next
    page repeating its title and its headers, wrapped otherwise: round 223), untitled or titled by words of
    the statement's own title: the statement's rest."""
    if not any(after.column_headers) or not all(
            _same_period(a, b) for a, b in zip(after.column_headers, before.column_headers, strict=True)):
        return False
    named = _title_words(before)
    # (a section's heading left at the foot of the page before, "Cash flows from financing activities:", is
    # the rows' heading, no title)
    tails = _unit_notes_tails(after)
    if not all(word.casefold() in named for line in after.title_lines
               if not PAGE_NUMBER_ENDING.search(line) and not line.rstrip().endswith(":") and line not in tails
               for word in _WORD.findall(CONTINUED_TITLE.sub(" ", line))):
        return False
    if _another_statements_title(before, after):
        return False
    have = {match_concept(row.label) for row in before.rows}
    then = {match_concept(row.label) for row in after.rows}
    return any(have & opens and not have & closes and then & closes for opens, closes in _OPENS_AND_CLOSES)


def _another_statements_title(before: RawTable, after: RawTable) -> bool:
    """Whether the table after prints a statement's title that is not the one over the table before it,
    only shorter: "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS" under the rows of "PRO FORMA CONDENSED
    CONSOLIDATED STATEMENTS OF OPERATIONS" (or "SUPPLEMENTAL ...") is the GAAP statement, a table of its own,
    never the rest of the one qualified above it (round 663: the two, read as one, were both set aside). A
    page carrying a statement on repeats its title whole; "(Unaudited)", "(continued)" and a footnote's mark
    say nothing of which statement it is. The title is the last line naming a statement: a sentence over it
    may name one too, and a section's heading left at the foot of a page ("Cash flows from financing
    activities:") is the rows' heading."""
    def statement_title(table: RawTable) -> set[str] | None:
        line = next((line for line in reversed(table.title_lines) if not line.rstrip().endswith(":")
                     and names_a_statement(line)), None)
        if line is None:
            return None
        return {word.casefold() for word in _WORD.findall(CONTINUED_TITLE.sub(" ", _UNAUDITED_NOTE.sub(" ", line)))
                if not word.isdigit()}
    own, theirs = statement_title(before), statement_title(after)
    return own is not None and theirs is not None and own != theirs


def _balanced(table: RawTable) -> bool:
    """Whether a table has printed a balance sheet's last total (total liabilities and equity): the sheet is
    whole, and an untitled table after it (a bank's capital ratios and charge-offs) carries nothing of it on."""
    return any(match_concept(row.label) == "total_liabilities_and_equity" for row in table.rows)


_PER_SHARE_CONCEPTS = frozenset({"eps", "shares"})
# The share counts' own unit ("(Shares in thousands)"): the arithmetic gives the counts their scale anyway.
_SHARES_UNIT = re.compile(r"\(?\s*shares\s+in\s+(?:thousands|millions)\s*\)?", re.I)
_PER_SHARE_TITLE = re.compile(r"(?:(?:net\s+)?(?:income|earnings|loss)\s+)?per\s+(?:common\s+)?share\s*(?:data|"
                              r"information|amounts|and\s+(?:weighted\s+average\s+)?shares(?:\s+outstanding)?)?:?",
                              re.I)
_BASIS = re.compile(r"^(?:basic|diluted)\b", re.I)


def _same_period(one: str, other: str) -> bool:
    """Two headers naming one period, though one leaves out what the other prints ("Nine Months Ended
    1998" under "Nine Months Ended Dec. 31, 1998")."""
    a, b = read_header(one), read_header(other)
    if a.ytd != b.ytd:
        return False  # "Year to Date" beside "Third Quarter" over one day (round 418): the year's part, no quarter
    return a.year == b.year and all(x is None or y is None or x == y for x, y in (
        (a.months, b.months), (a.month, b.month), (a.day, b.day)))


def _per_share_block(before: RawTable, after: RawTable) -> bool:
    """A table of per-share lines alone ("PER SHARE DATA": EPS and the weighted shares) under the same
    column headers as the table before it: the statement's own per-share lines, printed apart."""
    if not any(after.column_headers) or not all(
            _same_period(a, b) for a, b in zip(after.column_headers, before.column_headers, strict=True)):
        return False
    # Titled only for its lines ("PER SHARE DATA"), or by words the statement's title holds: another
    # title ("SEGMENT DATA", another statement's) or its own unit note makes it a table of its own.
    # (a page's running head, "Westerly Media Group, Inc.   Page 2", is no title: round 246)
    # (nor is a per-share heading left at the page's foot, "Weighted average common shares outstanding:",
    # over the page's repeat of the headers: it heads the rows, `_joined` gives them it: round 258)
    named = _title_words(before)
    tails = _unit_notes_tails(after)
    if any(not _PER_SHARE_TITLE.fullmatch(line.strip()) and not _SHARES_UNIT.fullmatch(line.strip()) and
           not PAGE_NUMBER_ENDING.search(line) and not _a_per_share_heading(line) and line not in tails and
           not all(word.casefold() in named or word.isdigit() for word in _WORD.findall(line))
           for line in after.title_lines):
        return False
    rows = [row for row in after.rows if any(cell is not None for cell in row.cells)]
    if rows and not after.title_lines and all(_BASIS.fullmatch(row.label.strip(" :.")) for row in rows):
        # "Diluted" alone under the headers a PDF page repeats after "Weighted average shares outstanding:" /
        # "Basic" (round 197): a basis names nothing on its own, and carries on the block above
        return True
    # The lines from the net result to what common stock earns may open the page before the per-share lines
    # ("Preferred stock dividend requirements", "Earnings Available for Common Stock": round 246), where the
    # statement above has printed its net result.
    if any(match_concept(row.label) == "net_income" for row in before.rows):
        rows = list(itertools.dropwhile(_towards_common, rows))
    # The first rows, under no heading of their own, may go on with the per-share heading the page before ended
    # under ("Earnings (loss) per share - diluted:" / "Continuing operations" / "Discontinued operations", and
    # the next page's "Net income  $0.44": round 252, the diluted EPS and the share counts lost).
    open_heading = bool(before.rows) and match_concept(before.rows[-1].section) in _PER_SHARE_CONCEPTS
    carried = sum(1 for _ in itertools.takewhile(lambda row: not row.section and amounts_a_share(row.cells), rows)
                  ) if open_heading else 0
    return len(rows) >= 2 and all(
        # "Continuing operations" under "Basic earnings per share:" is a per-share line too
        at < carried or match_concept(row.label) in _PER_SHARE_CONCEPTS or _BASIS.match(row.label)
        or match_concept(row.section) in _PER_SHARE_CONCEPTS for at, row in enumerate(rows))


def _a_per_share_heading(line: str) -> bool:
    """A heading over per-share lines or share counts, ending in its colon."""
    text = line.strip()
    return text.endswith(":") and match_concept(text.rstrip(":")) in _PER_SHARE_CONCEPTS


_PREFERRED_DIVIDENDS = re.compile(r"\bpreferred\b.*\bdividends?\b|\bdividends?\b.*\bpreferred\b", re.IGNORECASE)


def _towards_common(row: RawRow) -> bool:
    """A line between the net result and the per-share lines: preferred dividends, or what common stock earns."""
    return _PREFERRED_DIVIDENDS.search(row.label) is not None or match_concept(row.label) == "net_income_to_common"


_WORD = re.compile(r"[^\W_]+")


def _title_words(table: RawTable) -> set[str]:
    """The words of a table's title, folded: what a page carrying it on may repeat, and no more."""
    return {word.casefold() for line in table.title_lines for word in _WORD.findall(line)}


def _carried_on(before: RawTable, after: RawTable) -> bool:
    """A table whose title says "(continued)" over the same column headers as the table before it (or over
    none: the columns carry on), its
    title naming nothing that table's title does not ("PALLIDON THERAPEUTICS, INC. (continued)" under
    "PALLIDON THERAPEUTICS, INC. / CONSOLIDATED STATEMENTS OF OPERATIONS"): the statement's rows after a
    page break, its per-share lines often. "CONSOLIDATED BALANCE SHEETS (continued)" after a statement of
    operations names another statement, and another table's headers name other columns: neither is joined.
    Nor is a page whose unit note differs ("(In thousands, except share data)" under "(In thousands)"): the
    joined table keeps the first page's note, and the page's share counts would be read by it."""
    if not any(CONTINUED_TITLE.search(line) for line in after.title_lines):
        return False
    # a continued page that repeats no column headers carries on the ones before; one repeating them may
    # wrap them otherwise ("Six Months" / "Ended June 30," over "2010": round 225)
    if any(after.column_headers) and not all(
            _same_period(a, b) for a, b in zip(after.column_headers, before.column_headers, strict=True)):
        return False
    # (the table before may print its note on the line of its years: "(in thousands, except per share
    # amounts)   2014   2013": round 271)
    units = {_unit_words(_NOTE_GAP.split(line.strip())[0]) for line in (*before.title_lines, *before.header_lines)
             if unit_line(line.strip())}
    # (a note wrapped out of its corner cell is compared whole: "(Dollars in thousands," / "except per share
    # data)" says what "(Dollars in thousands, except per share" / "data)" does: round 682)
    units |= {_unit_words(note) for note in _note_read_whole(before)}
    if any(unit_line(line) and _unit_words(line) not in units
           for line in (*after.title_lines, *_note_read_whole(after))):
        return False
    named = _title_words(before)
    tails = _unit_notes_tails(after)
    own = (word.casefold() for line in after.title_lines if not unit_line(line) and not PAGE_NUMBER_ENDING.search(line)
           and line not in tails and not _a_running_head(line, before)
           for word in _WORD.findall(CONTINUED_TITLE.sub(" ", line)))
    return all(word in named for word in own)


# A bracket a header line opens and leaves open, up to the gap before the columns' words ("(Dollars in
# thousands, except per share  2016  2015": the corner cell, wrapped).
_NOTE_LEFT_OPEN = re.compile(r"\([^()]*$")
_CELL_GAP = re.compile(r"\s{2,}")


def _note_opened(table: RawTable) -> str | None:
    """The unit note a header line opens and leaves for the lines under the header to close: w3m wraps a
    table's corner cell at 80 columns, "(Dollars in thousands," beside the years."""
    for line in table.header_lines:
        opened = _NOTE_LEFT_OPEN.search(line.strip())
        if opened is not None and unit_line(head := _CELL_GAP.split(opened.group())[0]):
            return head
    return None


def _unit_notes_tails(table: RawTable, opened: str | None = None) -> tuple[str, ...]:
    """The title lines closing the unit note a header line left open ("except per share data)" under the years,
    `headers.split_area` setting them among the title): the note's words, which no title names, so a page
    carrying a statement on is no table of its own for them (round 682: the "(continued)" half of a bank's
    statement of income had stood apart, the statement read as that half alone). `opened`: the note, where the
    caller has found it already."""
    if (opened or _note_opened(table)) is None:
        return ()
    return tuple(line for line in table.title_lines if "(" not in line and ")" in line and not is_title(line))


def _note_read_whole(table: RawTable) -> tuple[str, ...]:
    """The unit note a header line opened with the title lines closing it, one note, or none."""
    head = _note_opened(table)
    tails = _unit_notes_tails(table, head) if head is not None else ()
    return (" ".join((head, *(tail.strip() for tail in tails))),) if head is not None and tails else ()


def _a_running_head(line: str, before: RawTable) -> bool:
    """A page's running head: the company's name the first page's title opens with, then the release's own
    title ("Brightwater Media Group, Inc. - Fourth Quarter and Fiscal 2004 Results" over "CONSOLIDATED STATEMENTS
    OF INCOME (Unaudited) - continued" under "BRIGHTWATER MEDIA GROUP, INC.": round 554's pdftotext). A line
    naming a statement is a title, whatever it opens with."""
    if CONTINUED_TITLE.search(line) or names_a_statement(line):
        return False
    words = [word.casefold() for word in _WORD.findall(line)]
    for title in before.title_lines:
        name = [word.casefold() for word in _WORD.findall(title)]
        if len(name) >= 2 and len(words) > len(name) and words[:len(name)] == name \
                and not names_a_statement(title):
            return True
    return False


# Where a unit note set on a header line ends and the columns' words begin.
_NOTE_GAP = re.compile(r"\s{3,}")


# "(Unaudited)" beside a unit note says nothing of the unit ("(In thousands) (Unaudited)" on the first page,
# "(In thousands)" on the page carrying it on: round 283).
_UNAUDITED_NOTE = re.compile(r"[(;,]?\s*unaudited\s*[);,]?", re.IGNORECASE)


def _unit_words(line: str) -> str:
    return _folded(_UNAUDITED_NOTE.sub(" ", line))


def _folded(header: str) -> str:
    return " ".join(header.split()).casefold()


def _joined(before: RawTable, after: RawTable) -> RawTable:
    # the rows' heading, left at the foot of the page before ("Cash flows from financing activities:"), or
    # the heading the statement's last row stood under
    left = [" ".join(line.split()).rstrip(":") for line in after.title_lines if line.rstrip().endswith(":")]
    section = left[-1] if left else before.rows[-1].section if before.rows else ""
    carried = after.rows[1:] if before.rows and after.rows and _same_row(before.rows[-1], after.rows[0]) else after.rows
    rows = list(before.rows)
    so_far = RowsSoFar(rows, {index for index, row in enumerate(rows) if row.named})
    for row in carried:
        if not row.section and section:
            # (an unlabelled sum in a block of its own is named for the heading carried onto it, where that
            # heading's rows add up to it: round 648, lynx's sums under "Cost of sales" and "Current assets")
            named = "" if row.label else name_of_a_sum_carried_on(so_far, section, row.cells)
            row = dataclasses.replace(row, label=row.label or named, section=section, named=row.named or bool(named))
        if row.named:
            so_far.named.add(len(rows))
        rows.append(row)
    return RawTable(before.title_lines, before.header_lines, before.columns, before.column_headers,
                    tuple(rows), before.first_line, after.last_line, before.context, after.footer,
                    before.apart + after.apart, before.unplaced + after.unplaced,
                    unfitted=before.unfitted + after.unfitted, garbled=before.garbled + after.garbled)


def _same_row(last: RawRow, first: RawRow) -> bool:
    """The next page's first row repeating the last row before the break ("Income (loss) from operations
    (4,773)" at the foot of one page and at the head of the next, with a "$" more): one line, carried
    forward, that the joined statement holds once (round 223: the result chain had added it twice)."""
    def figures(row: RawRow) -> tuple[str, ...]:
        return tuple("" if cell is None else cell.text.replace("$", "").replace(" ", "") for cell in row.cells)
    return _folded(last.label) == _folded(first.label) and figures(last) == figures(first) and any(figures(last))


def _centred_over_groups(spans: list[tuple[int, int]], columns: list[Column]) -> bool:
    """Each year centred over its own equal run of columns ("2004" between "Quarter | Nine Months", "2003"
    between the next two, as a browser centres a cell spanning two): over its columns, though in the gap
    between them (round 418: the years taken away and dealt out in order, each group's quarter dated by the
    other's year)."""
    count = len(spans)
    if count < 2 or len(columns) % count or len(columns) == count:
        return False
    size = len(columns) // count
    return all(columns[k * size].start <= (start + end) / 2 <= columns[(k + 1) * size - 1].end
               for k, (start, end) in enumerate(spans))


def _years_in_order(headers: tuple[str, ...], header_lines: list[ClassifiedLine], columns: list[Column],
                    rows: list[RawRow], rules: dict[int, str] | None = None) -> tuple[str, ...]:
    """Years printed away from their columns (a heading set as its own HTML table, drawn to other widths):
    where a year stands over no column at all, the positions say nothing, and the years name the columns
    of figures in order (a "% Change" column takes none); where their count does not fit, no column is
    given a year it may not have. A year reaching its columns by the rule under it ("2000" centred over
    the rule of "Historical | Adjustments | Pro Forma") stands over them (round 332: its years had been
    taken away, and the statement refused)."""
    for line in header_lines:
        noted = line.kind is LineKind.YEARS and unit_line(line.label) is not None
        # Only a line of years can be the columns' years in order: the years of a line of dates ("January
        # 31, 2008 and" over a pair) stand where the phrase does, not over a column. A unit note may lead
        # them ("In millions, except per share amounts 2022 2021", a PDF's text run onto one line).
        years = ([(found.group(), cell.start + found.start(), cell.start + found.end()) for cell in line.cells
                  if (found := YEAR_IN_TEXT.search(cell.text))] if noted
                 else [(m.group(), m.start(), _end_of_its_note(line.text, m.end()))
                       for m in YEAR_IN_TEXT.finditer(line.text)])
        reach = [ruled_reach(line, header_lines, rules or {}, s, e) for _, s, e in years]
        over_columns = all(any(s < c.end and e > c.start for c in columns) for s, e in reach) or (
            _centred_over_groups(reach, columns))
        if len(years) < 2 or not (noted or only_years(line.text)) or over_columns:
            continue
        figures = [i for i in range(len(columns)) if not mostly_percent(rows, i)]
        noted_ends = any(PERIODS_NOTE.match(other.text.strip()) and len(_NOTE_DATE.findall(other.text)) >= 2
                         for other in header_lines)
        # (a title's note of ends, "(13 and 52 weeks ended February 2, 2008; ...)", lends the columns whole
        # dates: their years stay, to be paired with the years dealt out below)
        bare = [" ".join((_YEAR_ALONE if noted_ends else YEAR_IN_TEXT).sub("", h).split()) for h in headers]
        if len(figures) != len(years):
            return tuple(bare)
        named = dict(zip(figures, (year for year, _, _ in years), strict=True))
        if any(_MONTH_DAY_PHRASE.search(text) for text in bare) and (
                days := _month_days_in_order(header_lines, line, len(figures))) is not None:
            # their month-days set as far off the columns, a line to themselves ("Sept. 28,   Dec. 31," over
            # "2003   2002", lynx setting a heading's cells right of the figures): named in order too (round 521:
            # the positions had given the first column a year alone and the second the first column's day).
            # Only where the positions placed some: where they placed none, the words above date the columns.
            bare = [" ".join(_MONTH_DAY_PHRASE.sub(" ", text).split()) for text in bare]
            named = {i: f"{day} {named[i]}" for i, day in zip(figures, days, strict=True)}
        if noted_ends:
            bare = _dates_paired_anew(bare, named)
        changes = [m.group() for text in bare for m in CHANGE_HEADING.finditer(text)]
        if changes and len(figures) < len(columns):
            # Nor did the positions place the words of the change column ("% Change" stood left of every
            # column, so over the first): they head the columns the years skip.
            bare = [CHANGE_HEADING.sub(" ", text).strip() if i in named else f"{text} {changes[0]}".strip()
                    for i, text in enumerate(bare)]
        return tuple(f"{text} {named[i]}".strip() if i in named else text for i, text in enumerate(bare))
    return headers


# A month and its day as a column's header prints them over its year ("Sept. 28,", "December 31").
_MONTH_DAY_PHRASE = re.compile(rf"\b{MONTH_DAY_RE},?", re.IGNORECASE)

# A whole date, its month-day then its year: what a column keeps after lending its other month-day.
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH_DAY_PHRASE.pattern}\s+{YEAR_IN_TEXT.pattern}", re.IGNORECASE)


def _month_days_shared_out(headers: tuple[str, ...]) -> tuple[str, ...]:
    """A column headed by a year alone beside one headed by two month-days and a year: the month-day nearer
    the bare year is its own. Lynx staggers two-line date cells ("June 30," / "2009   December 31," / "2008"),
    and the first month-day stood over both columns (round 575: the second column, "June 30, December 31,
    2008", was read as repeating the first, and the year-end balance sheet was lost)."""
    shared = list(headers)
    for left in range(len(shared) - 1):
        for bare, donor in ((left, left + 1), (left + 1, left)):
            days = list(_MONTH_DAY_PHRASE.finditer(shared[donor]))
            if (not YEAR_IN_TEXT.fullmatch(shared[bare].strip()) or len(days) != 2
                    or len(YEAR_IN_TEXT.findall(shared[donor])) != 1):
                continue
            lent = days[0] if bare < donor else days[1]
            kept = " ".join((shared[donor][:lent.start()] + shared[donor][lent.end():]).split())
            if not _MONTH_DAY_YEAR.fullmatch(kept):
                continue  # the year left to the donor must follow its own month-day
            shared[bare] = f"{lent.group()} {shared[bare].strip()}"
            shared[donor] = kept
    return tuple(shared)
# ... on a line of their own, no year after them
_BARE_MONTH_DAY = re.compile(rf"\b{MONTH_DAY_RE}\b(?![,\s]*(?:19|20)\d\d)", re.IGNORECASE)


def _month_days_in_order(header_lines: list[ClassifiedLine], years: ClassifiedLine, count: int) -> list[str] | None:
    """The month-days of the one header line right above the years that prints nothing else, where there are
    as many as the years dealt out in order; None otherwise."""
    above = [line for line in header_lines if line.number < years.number]
    if not above:
        return None
    text = above[-1].text
    days = [m.group().rstrip(",") + "," for m in _MONTH_DAY_PHRASE.finditer(text)]
    return days if len(days) == count and not _MONTH_DAY_PHRASE.sub(" ", text).strip() else None


def _dates_paired_anew(bare: list[str], named: dict[int, str]) -> list[str]:
    """The whole dates a title's note gave the columns ("(13 and 52 weeks ended February 2, 2008; 14 and 53
    weeks ended February 3, 2007)"), paired with the years dealt out in order, the newest with the newest:
    they had been paired with the years the positions gave, which were wrong (round 427: a line of years
    typed at the margin, February 2, 2008 set beside fiscal 2006's column). Where as many dates as years
    are not printed, none is kept."""
    found = [_NOTE_DATE.findall(text) for text in bare]
    dates = sorted({day for days in found for day in days}, key=lambda day: read_header(day).year or 0,
                   reverse=True)
    if not dates:
        return bare
    stripped = [" ".join(_NOTE_DATE.sub("", text).split()) for text in bare]
    years = sorted(set(named.values()), reverse=True)
    if len(dates) != len(years):
        return stripped
    paired = dict(zip(years, dates, strict=True))
    return [f"{text} {paired[named[i]]}" if i in named else text for i, text in enumerate(stripped)]


# A whole date in a column's header, as a title's note lends it ("February 2, 2008")
_NOTE_DATE = re.compile(rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}},\s*(?:19|20)\d{{2}}\b", re.IGNORECASE)
# A year not closing a date ("2007", but not the year of "February 2, 2008" or "2/2/2008")
_YEAR_ALONE = re.compile(r"(?<!\d,)(?<!\d, )(?<![/-])\b(?:19|20)\d{2}\b")


def _end_of_its_note(text: str, end: int) -> int:
    """Where a year's note ends ("2015 (Restated)", "2004 (As Adjusted)"): the year and its note stand over the
    column together (round 351: the note's width had set the year left of its column, and the years in order
    had swapped a restated prior year with the current one, verified)."""
    found = _YEAR_NOTE.match(text, end)
    return found.end() if found else end


_YEAR_NOTE = re.compile(r" ?\([A-Za-z][A-Za-z .]{0,28}\)")


def _may_repeat(headers: tuple[str, ...]) -> bool:
    """Whether two columns' headers could name one period: the same year, and nothing else that differs
    (a duration, month or day one of them leaves out does not)."""
    dated = [header for header in headers if YEAR_IN_TEXT.search(header)]
    # Pairs of at most MAX_TABLE_COLUMNS headers (a wider table is refused before its headers are read).
    return any(_same_period(a, b) for a, b in itertools.combinations(dated, 2))


def _dated_apart(headers: tuple[str, ...]) -> bool:
    """Headers that each name a whole period of their own ("March 29, 2020" | "September 29, 2019", or
    "Thirteen Weeks Ended September 30, 2023" | "Thirty-Nine Weeks Ended September 30, 2023", stacked over
    their columns): the positions said enough, though the figures under them are not aligned."""
    dated = [header for header in headers if YEAR_IN_TEXT.search(header)]  # a "Change" column names none
    dates = [DATE.search(header) for header in dated]
    whole = [d for d in dates if d is not None and d.group("day") and d.group("year")]
    return len(whole) == len(dated) >= 2 and not _may_repeat(headers)


def _whole_dates_staggered(headers: tuple[str, ...], stream: tuple[str, ...],
                           header_lines: list[ClassifiedLine]) -> bool:
    """Whether the words in order only deal the positions' own whole dates out again, each date printed whole
    on one header line, on two lines or more, every line's dates in the positions' order: the order then says
    no more than which line a date stands on. A browser centres a one-line cell down a taller header row, so
    pdftotext sets "January 1, 2022" a line above "July 2, 2022    July 3, 2021" over the middle column; read
    in order, the year end took the first column and the quarter's balances were dated January 1 (round 660).
    Across a line, where a date stands is the witness of its column."""
    days = [day_of(header) for header in headers]
    if len(set(days)) != len(days) or sorted(days, key=str) != sorted(map(day_of, stream), key=str):
        return False
    printed = [[day_of(m.group()) for m in DATE.finditer(line.text) if m.group("day") and m.group("year")]
               for line in header_lines]
    printed = [line for line in printed if line]
    if len(printed) < 2 or sorted((d for line in printed for d in line), key=str) != sorted(days, key=str):
        return False
    return all(all(days.index(a) < days.index(b) for a, b in itertools.pairwise(line)) for line in printed)


def _lone_date_moved(headers: tuple[str, ...], stream: tuple[str, ...], header_lines: list[ClassifiedLine],
                     columns: list[Column]) -> bool:
    """Whether a whole date printed alone on a header line ("January 3, 2021"), standing over one column the
    positions date by it, is dealt another date by the words in order. A browser leaves a cell's date
    unwrapped where its neighbours wrapped theirs ("January 3," over "2021"), so pdftotext prints it on a line
    of its own between their month-days and years; read in order, its year went to the first column and its
    month-day to the last, every column but the first misdated (round 692: a 53-week year printed as the prior
    year's twelve months, verified). What stands alone over one column is that column's."""
    for line in header_lines:
        text = line.text.strip()
        found = DATE.fullmatch(text)
        if found is None or not (found.group("day") and found.group("year")):
            continue
        start = line.text.index(text)
        end = start + len(text)
        over = [i for i, column in enumerate(columns) if start < column.end and end > column.start]
        inside = [i for i in over if columns[i].start <= start and end <= columns[i].end]
        over = inside if len(inside) == 1 else over  # (columns read by order overlap where figures wander)
        if len(over) == 1 and day_of(headers[over[0]]) == day_of(text) != day_of(stream[over[0]]):
            return True
    return False


def _one_day_a_month(headers: tuple[str, ...]) -> bool:
    """Whether the columns ending in one month of one year all end on the same day: a quarter and the year to
    date (or the fiscal year) it closes end together."""
    days: dict[tuple[int | None, int | None], set[int | None]] = {}
    for year, month, day in map(day_of, headers):
        days.setdefault((year, month), set()).add(day)
    return all(len(found) == 1 for found in days.values())


def _last_row_named_under_it(rows: list[RawRow], classified: list[ClassifiedLine], last: int) -> list[RawRow]:
    """The rows, the last one named by the line of words right under it where its line prints no label and the words
    name a line, nothing under them: w3m sets a cell's figures a line above its label where the label's cell
    opens with a line break ("$0.42   $0.40" / "Dividends declared per share", round 584: the figures had been
    read as an unlabelled total of the share counts above, failed EPS x shares, and held the net earnings, EPS
    and counts back)."""
    if not rows or classified[last].label or rows[-1].last_line != classified[last].number or (
            last + 1 >= len(classified)):
        return rows  # (a row printed without a label may have been named the total of its heading's lines)
    line = classified[last + 1]
    words = without_rules(line.label)
    after = classified[last + 2] if last + 2 < len(classified) else None
    if (line.kind is not LineKind.TEXT or words.endswith(":")
            or (after is not None and after.kind is not LineKind.BLANK)
            or (match_concept(words) is None and per_share_line(words) is None)):
        return rows
    return [*rows[:-1], dataclasses.replace(rows[-1], label=words, last_line=line.number)]


def _footer(classified: list[ClassifiedLine], last: int) -> tuple[str, ...]:
    """Up to two lines of words right under a table's last row, a blank line between at most; none where
    they head the next table ("BALANCE SHEET DATA" / "(in thousands)" over its dates and rows), though a
    sentence closing this one ("Amounts in thousands, except per share data.") may stand as close to it."""
    lines: list[str] = []
    blanks = 0
    while last + 1 < len(classified) and classified[last + 1].kind is LineKind.RULE:
        last += 1  # the rules under the total
    end = last + 1
    for end, line in enumerate(classified[last + 1 : last + 5], start=last + 1):
        if line.kind is LineKind.BLANK:
            blanks += 1
            if blanks > 1 or lines:
                break
            continue
        if line.kind is not LineKind.TEXT:
            break
        lines.append(line.text)
        if len(lines) == 2:
            end += 1
            break
    titled = any(not unit_line(text) and not text.rstrip().endswith((".", ":")) for text in lines)
    if titled and any(line.kind in (LineKind.DATA, LineKind.YEARS) for line in classified[end : end + _HEADING_REACH]):
        return ()  # a title (and its unit note) over the next table's headers, no note closing this one
    return tuple(lines)


# How far below a table's footer the next table's column headers or rows may start for the footer to be
# that table's title instead.
_HEADING_REACH = 3


def _blocks(classified: list[ClassifiedLine]) -> list[tuple[int, int]]:
    """Index ranges (inclusive) from a table's first data line to its last."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    last_data = -1
    blank_run = 0
    gap = 0
    for index, line in enumerate(classified):
        if line.kind is LineKind.DATA:
            if start is None:
                start = index
            last_data = index
            blank_run = gap = 0
            continue
        if start is None:
            continue
        gap += 1
        blank_run = blank_run + 1 if line.kind is LineKind.BLANK else 0
        breaks = (
            blank_run > _MAX_BLANK_RUN
            or gap > _MAX_GAP_LINES
            or (is_prose(line) and not _wraps_into_row(classified, index)
                and not _label_over_its_figures(classified, index))
            or (line.kind is LineKind.YEARS and not _ends_a_date(classified, index))
            or _heading_under_a_closed_balance_sheet(classified, start, index)
            or (line.kind is LineKind.TEXT and (is_title(line.label) or _is_new_header(line)
                                                 or (last_data > start and ((_is_unit_note(line.label)
                                                                             and not _a_counts_unit(classified, index))
                                                                            or _FOOTNOTE_LEAD.match(line.label)
                                                                            or _a_period_caption(line.label)))))
        )
        if breaks:
            blocks.append((start, _label_tail(classified, last_data)))
            start = None
    if start is not None:
        blocks.append((start, _label_tail(classified, last_data)))
    return blocks


# A heading's words: capitals or title case (every word of four letters or more capitalised), no figures, no
# stop or comma at its end ("Capital and Liquidity", "ASSET QUALITY", "Other Data:").
_HEADING_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019&/\-]*(?:\s+[A-Za-z&/\-][A-Za-z'\u2019&/\-]*)*:?")


def _heading_under_a_closed_balance_sheet(classified: list[ClassifiedLine], start: int | None, index: int) -> bool:
    """A heading standing alone over rows of its own ("Capital and Liquidity" / "Common Equity Tier 1 Capital
    Ratio   12.26%") after a balance sheet has printed its closing total (total liabilities and equity) in
    the same block: the sheet is whole, and what follows is a table of its own, never more balance-sheet
    lines. Round 710: a bank's PDF printed its capital ratios and its quarter's charge-offs and recoveries
    under its balance sheet's last rows, and they had been read as balances with no months."""
    line = classified[index]
    if start is None or line.kind is not LineKind.TEXT or not _a_heading(line.label):
        return False
    following = _next_filled(classified, index)
    if (following is None or following.kind is not LineKind.DATA or not following.label[:1].isupper()
            or _wraps_into_row(classified, index)):
        return False
    printed = _sides_closed(classified[start:index])
    return "liabilities" in printed and not _opens_a_side_still_to_come(line.label, printed)


# The totals that close each side of a balance sheet.
_SIDE_TOTALS: dict[str, frozenset[str]] = {
    "assets": frozenset({"total_assets"}),
    "liabilities": frozenset({"total_liabilities_and_equity"}),
}


def _sides_closed(lines: list[ClassifiedLine]) -> set[str]:
    """The sides of a balance sheet whose closing total the block has printed ("assets" by its total assets,
    "liabilities" by its total liabilities and equity)."""
    concepts = {match_concept(line.label) for line in lines if line.kind is LineKind.DATA}
    return {side for side, totals in _SIDE_TOTALS.items() if concepts & totals}


def _opens_a_side_still_to_come(heading: str, closed: set[str]) -> bool:
    """A heading naming a side of the sheet not yet closed ("ASSETS" under the total of liabilities and equity,
    a sheet printing its liabilities first, round 720): the sheet goes on. Only once both sides are closed
    does a heading open a table of its own."""
    return any(side not in closed and pattern.match(heading.strip()) is not None
               for side, pattern in BALANCE_SIDE_HEADINGS)


def _a_heading(label: str) -> bool:
    """Words alone in capitals or title case, not cut at a connecting word: a heading, not a row's label
    wrapped over its figures ("Annualized Net Charge-offs to" / "Average Net Loans Outstanding   0.13%")."""
    if _HEADING_WORDS.fullmatch(label) is None or label_cut_at_a_connector(label.rstrip(":")):
        return False
    words = [word for word in label.split() if len(word) > 3]
    return bool(words) and all(word[0].isupper() for word in words)


def _label_tail(classified: list[ClassifiedLine], last: int) -> int:
    """The last row's label may end on the line under its figures ("Total liabilities and stockholders'
    $ 448,963" / "equity"): that line is the row's, not a note under the table."""
    row = classified[last]
    after = classified[last + 1] if last + 1 < len(classified) else None
    # (figures alone under the label's first line: "Weighted-average common shares outstanding, basic and" /
    # "41,208   33,517" / "diluted", a PDF centring the figures on a wrapped label, round 493)
    label = row.label or (classified[last - 1].label if last and classified[last - 1].kind is LineKind.TEXT else "")
    # (or title-case words where they end it: "Dividends Declared Per   $ 0.385" / "Common Share", round 614)
    wrapped_once = (after is not None and after.kind is LineKind.TEXT and bool(label) and (
        (after.label[:1].islower() and (label_cut_at_a_connector(label) or second_basis_wrapped(label, after.label)))
        or title_case_wraps(label, after.label, row.cells)))
    # Several such lines, a rule or a blank line after them ("Total liabilities, minority   $335,378" /
    # "interest and stockholders'" / "equity" / "====="): the label ran on under its figures (round 214:
    # its words had been taken for the next table's title, the row left naming no line)
    tail = last + 1 if wrapped_once else last
    while (tail + 1 < len(classified) and tail - last < _TAIL_LINES and row.label
           and (line := classified[tail + 1]).kind is LineKind.TEXT and line.label[:1].islower()
           and not line.label.endswith((":", ".")) and len(line.label) <= HEADING_TAIL):
        tail += 1
    if tail > last + int(wrapped_once) and (tail + 1 == len(classified)
                                            or classified[tail + 1].kind in (LineKind.BLANK, LineKind.RULE)):
        return tail
    if wrapped_once:
        return last + 1
    return last


def _is_unit_note(text: str) -> bool:
    """"(In thousands)" standing alone after rows of figures: the next table's unit note, for a table's own
    stands over its headers, never among its rows. (After one line with a figure it may be the title's own:
    "QUARTERLY STATEMENTS OF INCOME - 2004" / "(In thousands ...)".)"""
    if len(text) >= 90:
        return False
    noted = (text.startswith("(") and text.endswith(")")) or (
        text[:1] in _BARE_NOTE_OPENS and _BARE_UNIT_NOTE.match(text) is not None)
    return noted and unit_line(text) is not None


# "In millions, except carloads in thousands" over the next table's column heads, no parentheses (round 541:
# a railroad's freight revenue by commodity had been read on as its balance sheet's rows, at its dates)
_BARE_NOTE_OPENS = frozenset("IiAaDdUu$")
_BARE_UNIT_NOTE = re.compile(r"(?:(?:amounts|dollars|U\.S\.\s+dollars|\$)\s+)?in\s+(?:thousands|millions|billions)\b",
                             re.IGNORECASE)


def _a_counts_unit(classified: list[ClassifiedLine], index: int) -> bool:
    """"(in thousands)" under a heading that names a count of shares ("Weighted average number of shares
    outstanding" / "(in thousands)" / "Basic   41,250"), as a narrow cell wraps it: the count's own unit,
    the rows under it the table's (round 478: the block had ended there, the share counts lost unread)."""
    before = _previous_filled(classified, index)
    after = _next_filled(classified, index)
    return (before is not None and before.kind is LineKind.TEXT and names_share_count(before.label)
            and after is not None and after.kind is LineKind.DATA)


def _ends_a_date(classified: list[ClassifiedLine], index: int) -> bool:
    """A lone year under a label that stops at a month's day ("... outstanding - December 31," / "2019"):
    the label's date wrapped, no header of a new table."""
    line = classified[index]
    before = _previous_filled(classified, index)
    return (len(line.cells) == 1 and not line.label and before is not None and before.kind is LineKind.TEXT
            and MONTH_DAY_END.search(before.label) is not None)


def _wraps_into_row(classified: list[ClassifiedLine], index: int) -> bool:
    """A long label-only line whose next line carries on its words and holds the values ("Shares used in
    computing basic and diluted net income (loss)" / " per share   1,000   1,000") is a label, not prose."""
    line = classified[index]
    following = _next_filled(classified, index)
    if following is not None and following.kind is LineKind.TEXT and following.label.endswith(":"):
        after = _next_filled(classified, index + 1 if classified[index + 1] is following else index + 2)
        over_a_basis = after is not None and after.kind is LineKind.DATA and BASIS_ALONE.fullmatch(after.label)
        if following.label[:1].islower() and (len(following.label) < HEADING_TAIL or over_a_basis):
            # a heading wrapped onto a second line: "Adjustments to reconcile ... operating" / "activities:";
            # a longer tail over a bare basis too ("Weighted-average shares used in computing net income per
            # share" / "attributable to Class A and Class B common stockholders:" / "Basic": round 510, the
            # counts read as amounts in millions under the tail alone)
            return True
        if over_a_basis and len(following.label) < HEADING_TAIL:
            # "Net income per share attributable to Class A and Class" / "B common stockholders:" over a bare
            # "Basic": the heading a basis needs, wrapped before a capital
            return True
    return (
        following is not None
        and following.kind is LineKind.DATA
        # figures alone under it ("Shares used in computing basic and diluted net loss per share" / "
        # 11,604,220   11,489,310 ...": round 225, the counts had been left unnamed)
        and (not following.label or following.label[0].islower() or following.indent > line.indent
             or name_wrapped_inside(line.label, following.label)
             or _date_cut_at_its_month(line.label, following.label)
             # "Net income per share attributable to Class A and Class B common stock" over "Basic": a
             # heading whatever its length, for a bare basis names nothing without one
             or BASIS_ALONE.fullmatch(following.label) is not None)
    )


# A row's label wraps over this many lines at most before its figures.
_LABEL_LINES = 3


def _label_over_its_figures(classified: list[ClassifiedLine], index: int) -> bool:
    """A long label wrapped over lines of its own, straight over its figures with no label beside them, the
    last line naming a share class's count on a date ("Series A redeemable convertible preferred stock,
    $0.001 par value; 25,000 shares" / "authorized, issued and outstanding at June 30, 2011 ...;" / "none
    at December 31, 2010" / "24,012"), as lynx centres a wide cell: a row of the table, no paragraph
    ending it. Round 655: the table had been cut there and the rows under it read as another table. The date
    may run on into the figures' own line, the words above cut at a connector ("18,422,301 and 14,215,870
    shares issued and outstanding at" / "September 30, 2016 and 2015, respectively   18   14", pdftotext:
    round 687, the row lost and the rows under it read as another table)."""
    for end in range(index + 1, min(index + _LABEL_LINES, len(classified) - 1) + 1):
        line = classified[end]
        if line.kind is LineKind.DATA:
            above = classified[end - 1].label
            if line.label and not label_cut_at_a_connector(above) and not _date_cut_at_its_month(above, line.label):
                return False
            return end > index + 1 and SHARES_STANDING_ON_A_DATE.search(
                f"{above} {line.label}" if line.label else above) is not None
        if line.kind is not LineKind.TEXT or line.label.endswith("."):
            return False
    return False


def _date_cut_at_its_month(above: str, below: str) -> bool:
    """Words ending on a month's name over a line opening on a day and a year ("... shares outstanding at
    March" / "29, 2020 and December 29, 2019, respectively   0.4", a PDF's text): one label, its date cut
    between the month and the day, never a paragraph over a row (round 710: the block had ended there, the
    common stock named by its date's tail alone)."""
    return ENDS_ON_A_MONTH.search(above) is not None and DAY_AND_YEAR_FIRST.match(below) is not None


def _next_filled(classified: list[ClassifiedLine], index: int) -> ClassifiedLine | None:
    """The first of the two lines after `index` that is not blank."""
    return next((c for c in classified[index + 1 : index + 3] if c.kind is not LineKind.BLANK), None)


def _previous_filled(classified: list[ClassifiedLine], index: int) -> ClassifiedLine | None:
    """The nearer of the two lines before `index` that is not blank."""
    return next((c for c in reversed(classified[max(0, index - 2) : index]) if c.kind is not LineKind.BLANK), None)


# A label runs on under its figures over a few lines at most.
_TAIL_LINES = 4


# Compiled once: _is_new_header is asked of every line of words inside a table.
_PERIOD_ENDED = re.compile(r"\b(?:months|weeks|quarter|year)s?\s+end", re.I)

_LEADING_DURATION = re.compile(rf"^(?:{NUMBER_WORD_RE}|\d+)[\s-]+(?:months|weeks)", re.I)


def _beside_percents(title_lines: list[ClassifiedLine], header_lines: list[ClassifiedLine], rows: list[RawRow],
                     width: int) -> tuple[str, ...] | None:
    """The words in order shared out over the columns of amounts alone, where a column of percents stands
    beside each ("86,412  98.5 %  78,905  98.6 %" under "Thirteen Weeks Ended" and two dates: a "% of
    revenue" column per period, headed by no period of its own). None where they do not share out."""
    percents = [index for index in range(width) if mostly_percent(rows, index)]
    if not percents or len(percents) == width:
        return None
    names = stream_headers(title_lines, header_lines, width - len(percents))
    if names is None:
        return None
    shared = iter(names)
    return tuple("%" if index in percents else next(shared) for index in range(width))


def _lengths_dropped(headers: tuple[str, ...], header_lines: list[ClassifiedLine]) -> bool:
    """Whether the header lines name a period length that no column's header read by position holds: the
    positions lost words the header prints, and are no witness of which column is which. lynx flowing each row
    onto one line, "13 Weeks Ended 39 Weeks Ended" over four dates, a percent of revenue beside each amount, had
    dealt "39 Weeks Ended" over the first columns and the quarter's length to none (round 682: every figure of
    the statement of operations printed under another period, verified)."""
    named = {months for header in headers for months in lengths_named(header)}
    return any(lengths_named(line.text) - named for line in header_lines)


def _amounts_beside_percents(rows: list[RawRow], amounts: list[int], lines: dict[int, ClassifiedLine]
                             ) -> list[RawRow]:
    """Rows printing one amount a period and no percent ("Basic   $ 0.21   $ 0.09   $ 0.64   $ 0.41" among
    rows of amounts and shares of revenue), their figures set by order in the columns of amounts: placed by
    position among all the columns, some had stood under a percent's column, the next under the next
    period's or none (round 463: a year-ago quarter's diluted count read as its nine months')."""
    placed = []
    for row in rows:
        line = lines.get(row.last_line)
        cells = list(line.cells) if line is not None else []
        if len(cells) == len(amounts) and not any(cell.is_percent for cell in cells):
            spread: list[Cell | None] = [None] * len(row.cells)
            for index, cell in zip(amounts, cells, strict=True):
                spread[index] = cell
            row = dataclasses.replace(row, cells=tuple(spread))
        placed.append(row)
    return placed


def _short_of_their_changes(rows: list[RawRow], changes: int, lines: dict[int, ClassifiedLine]
                            ) -> tuple[list[RawRow], tuple[tuple[int, int, str], ...]]:
    """The rows of an unaligned table under a header heading its change columns that print more figures than
    the periods' and fewer than every column's, set apart (a change printed, another left blank: "(1,188 )
    (702 ) NM (412 ) (290 )"). Which column the blank one was, order cannot tell, and positions a rendering
    scattered do not say (round 681): left unread, with a warning naming the line, never guessed."""
    kept: list[RawRow] = []
    unplaced: list[tuple[int, int, str]] = []
    for row in rows:
        line = lines.get(row.last_line)
        printed = len(line.cells) if line is not None else 0
        if len(row.cells) - changes < printed < len(row.cells):
            unplaced.append((row.first_line, row.last_line, row.label))
        else:
            kept.append(row)
    return kept, tuple(unplaced)


def _heaped(headers: tuple[str, ...], rows: list[RawRow]) -> bool:
    """Whether one column's header holds several dates while another column of figures names no year."""
    return any(len(DATE.findall(header)) > 1 for header in headers) and not all(
        YEAR_IN_TEXT.search(header) or mostly_percent(rows, index) for index, header in enumerate(headers))


def _days_dropped(headers: tuple[str, ...], header_lines: list[ClassifiedLine]) -> bool:
    """Whether the header lines print more month-days without their year than the columns' headers hold
    between them. (A note's whole dates, "(14 and 53 weeks ended February 3, 2018; ...)", date the columns
    later.)"""
    printed = sum(len(_BARE_MONTH_DAY.findall(line.text)) for line in header_lines)
    return printed > sum(len(_MONTH_DAY_PHRASE.findall(header)) for header in headers)


def _is_new_header(line: ClassifiedLine) -> bool:
    """Words that head columns, printed below rows of figures: the columns of another table ("Six Months
    Ended", or the balance-sheet dates under the quarters of a "Selected Financial Data" table)."""
    text = line.label
    wide = WIDE_GAP.search(line.text.strip()) is not None
    # ("Nine months ended September 30, 2002:" over rows, its colon and no gap: a heading of the rows under
    # it, the table's columns above still theirs.)
    # ("Fourth Quarter   Twelve Months" over a table of statistics under the statement, round 467: read on as
    # the statement's rows, its dollars per tractor were taken in thousands)
    return ((wide and (_PERIOD_ENDED.search(text) is not None or is_column_dates(text) or _period_labels(text)
                       or durations_only(text)))
            or (_LEADING_DURATION.match(text) is not None and not (text.endswith(":") and not wide))
            # "At September 30, 2017  At December 31, 2016 At September 30, 2016": dates and "at" alone, however
            # tight w3m set them (round 524: a bank's balances read on as its quarters' rows)
            or _BALANCE_DATES_ONLY.fullmatch(text) is not None
            # "Q2 2008  Q2 2007" under a statement of four columns, lynx leaving two spaces between them (round
            # 687: a non-GAAP table's rows had been read on as the statement's, their figures under its periods)
            or parts_of_years_only(text)
            or _titled_over_durations(text))


def _titled_over_durations(text: str) -> bool:
    """A block's title with its columns' durations on its own line ("SELECTED RATIOS (annualized)   Three
    Months   Nine Months" under a bank's three-date balance sheet, round 599): the head of another table,
    whose columns are its periods, never the dates of the statement above (its nine months' returns had
    been read as the balance sheet's at December 31, 1997). The title, then two durations or more, each
    set apart by a wide gap, nothing else."""
    phrases = WIDE_GAP_SPLIT.split(text.strip())
    return (len(phrases) >= 3 and DURATION.search(phrases[0]) is None
            and all(DURATION.search(phrase) for phrase in phrases[1:]) and durations_only(" ".join(phrases[1:])))


# Two whole dates or more, each alone or after "At" / "As of", nothing else: the dates of a table's columns.
_BALANCE_DATES_ONLY = re.compile(rf"(?:(?:at|as\s+of)\s+)?{MONTH_DAY_RE},?\s+(?:19|20)\d\d"
                                 rf"(?:\s+(?:(?:at|as\s+of)\s+)?{MONTH_DAY_RE},?\s+(?:19|20)\d\d)+", re.IGNORECASE)


def _period_labels(text: str) -> bool:
    """A line of short labels each naming a period's length and year ("Q2 F2009   Q2 F2008   H1 F2009"):
    the head of another table's columns, as a line of years would be; so with the table's caption left of them,
    in the label's place ("FLEET DATA   Q4 2004   Q4 2003   FY 2004   FY 2003", round 599: read on as the
    statement's last rows, its vessels and days were taken in thousands of dollars); so with a change column's
    heading after them ("Q2 2001   Q2 2000   Change" over an airline's operating statistics under its balance
    sheet, round 617: set 17 characters left of its figures in a PDF's text, the line was read as the first
    row's label's words, and the passengers and seat miles as balances at the sheet's two dates); so with the
    comparison's word before a label ("2026 YTD   vs. 2025 YTD   Change" under a quarter's summary, round 713:
    read as the quarter's first row, its year to date printed as the quarter's, unscaled)."""
    phrases = WIDE_GAP_SPLIT.split(text.strip())
    if len(phrases) >= 3 and not any(character.isdigit() for character in phrases[0]):
        phrases = phrases[1:]
    while len(phrases) > 2 and CHANGE_HEADING.fullmatch(phrases[-1]):
        phrases = phrases[:-1]
    phrases = [COMPARED_COLUMN_LEAD.sub("", phrase) for phrase in phrases]
    return len(phrases) >= 2 and all(len(phrase) <= _PERIOD_LABEL and (
        year_part(phrase) is not None or _LABEL_WORDS.fullmatch(phrase) is not None) for phrase in phrases)


_PERIOD_LABEL = 20
# ... in other ways a table of statistics abbreviates them: "Q2/12", "YTD/11", "FY11 YTD"
_LABEL_WORDS = re.compile(r"(?=.*\d)(?=.*[A-Za-z])(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H|YTD|FY|[3692]M|\d{2}|\d{4})[\s/.-]*)"
                          r"{2,3}", re.IGNORECASE)


def _words_over_columns(header_lines: list[ClassifiedLine], lead: list[ClassifiedLine], data: list[ClassifiedLine]
                        ) -> tuple[list[ClassifiedLine], list[ClassifiedLine]]:
    """Words printed under the years and over the figures only ("As Previously / Reported   As Restated"):
    they start right of every row's label, where no label stands, or where the figures start (the longest
    label ending flush with them), so they belong to the columns' headers (round 674: "As Adjusted     As" /
    "(1)   Reported" set at the first "$", glued into "Revenues", the adjusted column read as the year; a
    heading centred where the longest label ends, "ASSETS", left of the figures, is no such line).
    A line of nothing but the columns' own notes and words ("(Unaudited) (Unaudited)", "Amount   %") is no
    label's first words wherever it starts: where a long label reaches under the figures it is left out of
    the rows (round 653: glued into "Net sales"), and names no period either."""
    labels_end = max((line.indent + len(line.label) for line in data if line.label), default=0)
    figures_start = min((cell.start for line in data for cell in line.cells), default=0)
    moved: list[ClassifiedLine] = []
    start = 0
    for line in lead:
        text = line.text
        if line.kind is not LineKind.TEXT:
            break
        starts = len(text) - len(text.lstrip())
        if labels_end and (starts > labels_end or labels_end <= figures_start <= starts):
            moved.append(line)
        elif not COLUMN_NOTES_LINE.fullmatch(text):
            break
        start += 1
    return header_lines + moved, lead[start:]


# A column's year on the line of years, as a word of its own.
_YEAR_WORD = re.compile(rf"(?<![\w/.,-]){YEAR_RE}(?![\w/.,-])")


def _years_and_changes(header_lines: list[ClassifiedLine]) -> tuple[int, int] | None:
    """The columns the header's line of years heads and how many of them are change columns, where that
    line prints nothing but years and change headings ("2021 2020 % Change 2021 2020 % Change"): the
    header's count of every column, each period's and each change's (`columns.ordinal_columns`)."""
    for line in reversed(header_lines):
        years = len(_YEAR_WORD.findall(line.text))
        changes = len(CHANGE_HEADING.findall(line.text))
        if years and changes and not CHANGE_HEADING.sub(" ", _YEAR_WORD.sub(" ", line.text)).strip(" %"):
            return years + changes, changes
    return None


def _read_block(classified: list[ClassifiedLine], first: int, last: int, floor: int = 0) -> RawTable | None:
    data = [line for line in classified[first : last + 1] if line.kind is LineKind.DATA]
    body = classified[first : last + 1]
    apart: tuple[tuple[int, int, str], ...] = ()
    blanks = {line.number for line in body if line.kind is LineKind.BLANK}
    if (split := block_on_another_grid(data, blanks)) is not None:
        apart = (_set_apart(classified, data[split].number, data[-1].number),)
        gone = {line.number for line in data[split:]}
        body = [ClassifiedLine(c.number, c.text, LineKind.BLANK, "", 0, ()) if c.number in gone else c for c in body]
        data = data[:split]
    area = header_area(classified, first, floor)
    title_lines, header_lines, lead = split_area(
        area, next((line for line in body if line.kind is not LineKind.BLANK), None))
    if (notes := notes_column(title_lines + header_lines + lead, data)) is not None:
        # a column of references to the notes ("Notes" over "4", "11"): no period, no part of the labels, and
        # its head, wherever the header's lines print it ("Notes   Unaudited   Audited"), names no column
        data, body, lead, title_lines, header_lines = (
            without_references(lines, notes) for lines in (data, body, lead, title_lines, header_lines))
    columns = column_extents(data)
    if not columns:
        return None
    if len(columns) > MAX_TABLE_COLUMNS:  # every row keeps a slot per column: refuse before making them
        raise refusal(f"a table of {len(columns):,} columns", f"tables of more than {MAX_TABLE_COLUMNS:,} columns",
                      "MAX_TABLE_COLUMNS", line=classified[first].number)
    heads = _years_and_changes(header_lines)
    ordinal = ordinal_columns(data, columns, heads)
    if ordinal:
        columns = ordinal
    if header_lines:
        header_lines, lead = _words_over_columns(header_lines, lead, data)
    rows = with_dots_as_thousands(table_rows(lead + body, columns, ordinal=bool(ordinal),
                                             titles=[line.text for line in title_lines],
                                             over_dashes=words_over_dashes(area + body)))
    if not rows:
        return None
    rows = _last_row_named_under_it(rows, classified, last)
    if len(columns) == 1:
        rows = without_overfull_rows(rows)
        if not rows:
            return None
    rules = {line.number: line.text for line in area if line.kind is LineKind.RULE}
    header_lines = _rules_set_apart(header_lines, rules)
    headers = column_headers(title_lines, header_lines, columns, rules)
    headers = _years_in_order(headers, header_lines, columns, rows, rules)
    if (ordinal and not _dated_apart(headers)) or not all(
            YEAR_IN_TEXT.search(header) or read_header(header).year is not None or mostly_percent(rows, index)
            for index, header in enumerate(headers)):  # ("9/30/01" is as good a year as "2001")
        # Unaligned or broken headers ("2020 March 31," over the second column): read them in order, and
        # keep what the positions said where they said enough.
        stream = stream_headers(title_lines, header_lines, len(columns))
        if stream is None and ordinal and (not all(YEAR_IN_TEXT.search(header) for header in headers)
                                           or _lengths_dropped(headers, header_lines)):
            # (its rows of one amount a period go into the amounts' columns below, with every such table's)
            stream = _beside_percents(title_lines, header_lines, rows, len(columns))
        if stream is not None:
            headers = tuple(
                words if duration_in(words) else " ".join([*(m.group() for m in DURATION.finditer(h)), words])
                for h, words in zip(headers, stream, strict=True)
            )
        elif ordinal and (_heaped(headers, rows) or _days_dropped(headers, header_lines)):
            # Figures that stand by order under headers the words in order cannot share out, the positions
            # heaping several columns' dates over one ("Dec. 28, 2003 Dec. 29, 2002 ..." over the first column,
            # "Twelve Months Ended" over the second, which had then borrowed a date: rounds 449 and 463, a
            # year's figures read as a quarter's): no column's words are surely its own. Left unread, with the
            # usual warning. So where they dropped a month-day the header prints ("September 30, December 31,"
            # over "2016 2015 2015", lynx setting both lines flush left: the first column took December 31 and
            # the quarter's balances were dated December 31, 2016, round 527).
            headers = ("",) * len(headers)
    if ordinal and (percents := [i for i in range(len(columns)) if mostly_percent(rows, i) or (
            CHANGE_HEADING.search(headers[i]) and not YEAR_IN_TEXT.search(headers[i]))]):
        # unaligned figures, a percent's column beside each period's: the rows printing one
        # amount a period ("Basic  $ 0.70  $ 0.54  $ 1.37  $ 1.04") go by order into the amounts' columns
        # too (round 513: w3m's "Amount % of Sales" columns, last year's quarter given the year's EPS); so are
        # a change column's, its figures printed without "%" ("Basic 127.4 126.8" beside "% Change": round 532)
        rows = _amounts_beside_percents(rows, [i for i in range(len(columns)) if i not in percents],
                                        {line.number: line for line in lead + body})
    unplaced: tuple[tuple[int, int, str], ...] = ()
    if ordinal and heads is not None and heads[0] == len(columns):
        rows, unplaced = _short_of_their_changes(rows, heads[1], {line.number: line for line in lead + body})
    if ordinal and _dated_apart(headers):
        # Unaligned figures under headers that each name a whole date by position: where the words read in
        # order give every column a whole date too, and other ones, the order is the witness (w3m with its
        # spaces collapsed: "March 29, March 31, March 29, March 31," / "2020 2019 2020 2019" had paired the
        # days and years crosswise by position).
        stream = stream_headers(title_lines, header_lines, len(columns))
        if stream is not None and _dated_apart(stream) and [day_of(h) for h in stream] != [
                day_of(h) for h in headers] and not (_one_day_a_month(headers) and not _one_day_a_month(stream)) and (
                not _whole_dates_staggered(headers, stream, header_lines)) and (
                not _lone_date_moved(headers, stream, header_lines, columns)):
            # (but not where the positions give a quarter and its year to date the same day, as they end, and the
            # words in order do not: pdftotext's "December" / "30, 2018" over the quarters, "December 30," /
            # "2018" over the years, the order handing each group one day: round 521, four columns misdated)
            # (nor where a whole date printed on a line of its own stands over one column the positions date by
            # it, and the order moves it: round 692, see `_lone_date_moved`)
            headers = stream
    if _may_repeat(headers) and not any(NOT_AS_REPORTED.search(header) for header in headers):
        # Two columns the positions gave one period (a PDF's headers centred over "$ | figure" cells, half a
        # column left of the right-aligned figures): where the words in order name each column its own
        # period, the order is the better witness. Not where a column is no period as reported ("Period
        # from June 1 through June 30"): its words in order would lose what says so.
        stream = stream_headers(title_lines, header_lines, len(columns))
        if stream is not None and not _may_repeat(stream):
            headers = stream
    headers = lengths_by_their_figures(_month_days_shared_out(headers), [line.text for line in header_lines], rows)
    unvouched = dates_of_two_stacks(headers, [line.text for line in header_lines], [line.text for line in classified])
    top = area[0].number - 1 if area else first
    # The lines just above, up to the last row of figures: "Residential broadband subscribers (in thousands)
    # 1,204.6" ending a table of metrics names its own row's unit, not the next table's.
    # So is a note closing that table ("Dollar amounts in thousands." under its last row), its footer.
    reach = max(0, top - 6)
    rows_above = [i for i in range(reach, top) if classified[i].kind is LineKind.DATA]
    closing = set(_footer(classified, rows_above[-1])) if rows_above else set()
    context = tuple(line.text for line in classified[rows_above[-1] + 1 if rows_above else reach : top]
                    if line.text not in closing)
    return RawTable(
        footer=_footer(classified, last),
        title_lines=tuple(line.text.strip() for line in title_lines),
        header_lines=tuple(line.text for line in header_lines),
        columns=tuple(columns),
        column_headers=headers,
        rows=tuple(rows),
        first_line=(area[0].number if area else classified[first].number),
        last_line=classified[last].number,
        context=context,
        apart=apart,
        unplaced=unplaced,
        unvouched=unvouched,
        garbled=_garbled_lines(body, rows),
    )


def _garbled_lines(body: Sequence[ClassifiedLine], rows: Sequence[RawRow]) -> tuple[tuple[int, str], ...]:
    """The lines of words among a table's rows that print a garbled figure (`vocabulary.GARBLED_FIGURE`) and
    are no part of a row: a row whose every figure is garbled has no cells and is read as words, and would
    be lost without a word. One whose garbled figure stands in a row's label is warned of with that row."""
    in_rows = {number for row in rows for number in range(row.first_line, row.last_line + 1)}
    return tuple((line.number, line.text.strip()) for line in body
                 if line.kind is LineKind.TEXT and line.number not in in_rows and GARBLED_FIGURE.search(line.text))


def _rules_set_apart(header_lines: list[ClassifiedLine], rules: dict[int, str]) -> list[ClassifiedLine]:
    """A header line of rules with words between them ("-----------  Percent  -----------", a typist setting
    the change column's first word on the rule under the periods: round 492) read as the rule it draws,
    added to `rules`, and the words alone: taken as words, the dashes had carried "Percent" over the next
    group's columns, read as no period (the half year's figures dropped without a word)."""
    apart: list[ClassifiedLine] = []
    for line in header_lines:
        if (_LONG_RULE.search(line.text) is None or not _WORD.search(_LONG_RULE.sub(" ", line.text))
                or captions_in_rules(line.text.strip())):
            # ("------- 2006 -------   --- 2005 ---": each caption inside its own rule, whose dashes say how far
            # it reaches, `headers._dashed_phrases`; blanked, "2005" had reached its first column alone)
            apart.append(line)
            continue
        rules[line.number] = "".join(c if c in _RULE_CHARACTERS else " " for c in line.text)
        apart.append(line._replace(text=_LONG_RULE.sub(lambda m: " " * len(m.group()), line.text)))
    return apart


# A rule as typists draw one under a group of columns, long enough to be no dash in a word ("Year-to-date")
_LONG_RULE = re.compile(r"[-=_\u2500-\u257f\u2014]{6,}")
_RULE_CHARACTERS = frozenset("-=_\u2014") | frozenset(chr(c) for c in range(0x2500, 0x2580))


def _set_apart(classified: list[ClassifiedLine], first: int, last: int) -> tuple[int, int, str]:
    """A block's lines and the heading over it ("Restaurant Data:"), the nearest words above its rows and
    below the statement's last row (rows set apart right under it print none: round 660)."""
    above = itertools.takewhile(lambda c: c.kind is not LineKind.DATA,
                                reversed(classified[max(0, first - 4) : first - 1]))
    heading = next((c.label.rstrip(":").strip() for c in above if c.kind is LineKind.TEXT), "")
    return first, last, heading
