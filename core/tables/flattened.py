"""Statements a scraper flattened onto one line, as markdown scrapes of web releases give them:

    For the three months ended December 31, ... 2024 2023 2024 2023 Revenues  $  47,004  $  70,764 ...
    Cost of goods sold  49,044  69,900 ...Gross profit (loss)  (2,040)  864 ...

The row breaks are gone (a label may even be glued to the figure before it: "186,717Cost of goods sold"),
but the order is kept: the column headers, then each row's label followed by its figures. A run of bare
years before the first figures says how many columns there are; every later label followed by exactly
that many figures is a row, and words followed by none are headings. A label followed by fewer figures
keeps them as its words where they are its own (a footnote mark "(1)", a year in "Notes due 2025", a figure
inside its parentheses); else they are a row whose other cells the scrape left blank, placed only where
the total below it says which columns they stand in (core.tables.blank_cells). Figures that cannot be given
to columns are left unread, never guessed. A second run of bare years starts the next table, its title the
words before them.

Each table is one line of the source, so every row points to that line.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.fast_regex import starting_fast
from core.limits import MAX_LINE_VALUES, MAX_VALUES, count_tables, spend, too_many_values
from core.tables.blank_cells import blank_cells_placed
from core.tables.headers import WORD_THEN_CAPITAL, YEAR_THEN_MONTH, stream_headers
from core.tables.lines import ClassifiedLine, Column, LineKind, is_title
from core.tables.numbers import Cell, says_no_value, split_cells
from core.tables.period_headers import duration_in
from core.tables.raw import RawRow, RawTable, rows_left_out
from core.vocabulary import (
    COLUMN_NOTE,
    LABEL_FIGURE_AFTER,
    LABEL_FIGURE_BEFORE,
    MONTH_RE,
    RUN_IN_CAPS_HEADING,
    RUN_IN_SECTION,
    RUN_IN_SIDE,
    YEAR_RE,
    unit_line,
)

# A flattened statement holds three rows and their years on one line: a shorter line holds no such thing.
_MIN_LENGTH = 40
# Two years and three rows of two figures print this many digits at the least; counted in C, it turns away
# most lines (sentences, a table's own rows) before any pattern is tried.
_MIN_DIGITS = 14
_DROP_DIGITS = str.maketrans("", "", "0123456789")
_ASCII_DIGITS = b"0123456789"
# The longest line a statement flattens to: MAX_LINE_VALUES figures of twenty characters and their labels,
# with room to spare. A longer line is left to the other readers before any pattern is run over it.
_LONGEST_LINE = 100_000
# A title line above, with its unit note: longer is a paragraph.
_LONGEST_TITLE = 200
# Fewer rows than this is a sentence that happens to list figures, not a statement.
_MIN_ROWS = 3
# A figure as a scrape prints it: "$ 47,004", "(2,040)", "$(16,197)", "$ (0.36)", "0.03", a lone dash for zero.
# Thousands groups bound each figure, so figures run together ("3,8703,254") still come apart. Each
# alternative opens with the sign, parenthesis or digit itself, and the spaces inside are bounded: a long
# run of spaces is passed once, never rescanned from each of its places.
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_FIGURE = re.compile(
    # (never "(000)", the thousands a heading's counts are in: "Shares used for computation (000):", round 610)
    r"(?!\(0{3}\))(?!(?<=\()0{3}\))(?!(?<=\(0)0{2}\))(?!(?<=\(00)0\))"
    rf"(?:\$?\(\s{{0,60}}\$?\s{{0,60}}{_NUMBER}\s{{0,9}}\)"
    rf"|\$\s{{0,60}}\(\s{{0,9}}{_NUMBER}\s{{0,9}}\)"
    rf"|\$\s{{0,60}}-?{_NUMBER}"
    rf"|-?{_NUMBER})%?"  # a change column's percent ("(3.0)%") stands among a row's figures
    # a dash for zero, one or two hyphens (a typewriter's dash), maybe glued to the next label ("-Lease")
    r"|(?<![\w-])(?:--?|[\u2013\u2014])(?![a-z0-9\-])"
    # or glued to the figure before it, a space before the next figure or the next label glued to it
    # ("942,311- 1,151,276", "7,721-Tax payments": round 705)
    r"|(?<=\d)-(?=[ \t]+[\d$(]|[A-Z][a-z])"
    r"|(?<![\w/])(?:n/m|N/M|NM|nm|NMF|nmf)(?![a-z/])"  # a change column's "not meaningful"
)
# Change columns' headings among the years ("2025 2024 Change 2025 2024 %"): no period's, and they would
# break the run of years that says how many columns there are.
_CHANGE_AFTER_YEAR = re.compile(
    r"(?<=(?:19|20)\d\d)(?:\s*(?:%\s*change|\$\s*change|change|variance|%))+(?=\s|[A-Z(]|$)", re.IGNORECASE)
# What may end a label right before its figures: a footnote's number, a year.
_LABEL_MARK = re.compile(rf"^(?:\(\d{{1,2}}\)|{YEAR_RE})$")
# What a label may carry that looks like a figure: a footnote mark, a year, a dash.
_LABEL_FIGURE = re.compile(rf"^(?:\(\d{{1,2}}\)|\d{{1,2}}|{YEAR_RE}|--?|[\u2013\u2014])$")
_YEAR = re.compile(rf"^{YEAR_RE}$")
# Between two figures of a row: spaces and a currency sign only.
_BETWEEN_FIGURES = re.compile(r"^[\s$]*$")
_SPACES = re.compile(r"\s+")
# Where columns' years may stand: a year, then another or a date ("2024 2023", "2024 December 31, 2023",
# "2024 (unaudited) December 31, 2023", or "2025December 31, 2024" where a scrape lost the space). A
# plain pattern opening on a digit scans a whole release in microseconds; the lines it finds are read closely.
_YEAR_THEN_ANOTHER = re.compile(
    r"(?:19|20)\d\d(?:\s*(?:19|20)\d\d|\s*(?:\((?:(?:un)?audited|\d{1,2}\s+weeks)\)\s*)?(?:and\s+)?[A-Za-z]{3,9}\.?\s+"
    r"\d{1,2},?\s*(?:19|20)\d\d)", re.IGNORECASE)
# Column dates in a row ("December 31, 2024 December 31, 2023"), and a date's year glued to its day
# ("December 31,2024"): set out as month-days and then a run of years, as the columns' headers are read.
_DATE = rf"(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s*{YEAR_RE}"
_DATE_RUN = starting_fast(rf"{_DATE}(?:\s+(?:and\s+)?{_DATE})+", re.IGNORECASE)
_DAY_GLUED_TO_YEAR = starting_fast(rf"((?:{MONTH_RE})\.?\s+\d{{1,2}}),({YEAR_RE})", re.IGNORECASE)
_BEFORE_A_MONTH = re.compile(rf"(?<!\s)\s+(?:and\s+)?(?=(?:{MONTH_RE})\b)", re.IGNORECASE)  # linear, as above
_DAY_AND_YEAR = re.compile(rf"(.*?\d{{1,2}},?)\s*({YEAR_RE})$")
# A column's note between two dates ("September 30, 2024 (unaudited) December 31, 2023"): no part of either;
# nor a week count after a column's year ("December 31, 2017 (14 weeks) December 25, 2016 (13 weeks) Revenues:",
# round 307: its digits ended the run of years, and the statement went unread), the duration words saying the rest.
_NOTE_BETWEEN_DATES = starting_fast(rf"(?<=\d)\s*\((?:un)?audited\)(?=\s*(?:{MONTH_RE})\b)"
                                    rf"|(?<={YEAR_RE})\s*\(\d{{1,2}}\s+weeks\)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Run:
    """Words and the figures that follow them on a flattened line."""

    words: str
    figures: tuple[str, ...]


def flattened_tables(classified: list[ClassifiedLine]) -> tuple[list[RawTable], set[int]]:
    """The flattened statements in the text and the line numbers they take up."""
    tables: list[RawTable] = []
    used: set[int] = set()
    carried, after = "", -1  # a title ending the line before ("... NEPHROS, INC. STATEMENTS OF OPERATIONS")
    one_column = _one_column_candidates(classified)
    positions = sorted({*_candidates(classified), *one_column})
    _figures_spent(classified, positions)
    for position in positions:
        line = classified[position]
        text = _text_read(line)
        if not _MIN_LENGTH <= len(text) <= _LONGEST_LINE or _too_few_digits(text):
            continue
        header, top = _header_above(classified, position)
        # (the column dates a scrape left on lines of their own may stand between the title and the line)
        if not all(classified[k].kind is LineKind.BLANK for k in range(after + 1, top)):
            carried = ""
        found = _tables_of_line(line, _title_above(classified, top), carried, header)
        alone = not found and position in one_column
        if alone:
            found = _one_column_table(line, _title_above(classified, top), carried)
        carried = ""
        if found:
            count_tables(len(found[0]), line.number)
            tables.extend(found[0])
            carried, after = found[1], position
            used.add(line.number)
            if not carried and not alone:  # (a line after a table of one column is never taken as its rows)
                tables[-1], after = _continued(tables[-1], classified, position + 1, used)
    return tables, used


def _text_read(line: ClassifiedLine) -> str:
    """A row of figures is asked of its label only: a flattened table leaves its earlier rows' figures there."""
    return line.label if line.kind is LineKind.DATA else line.text


def _figures_spent(classified: list[ClassifiedLine], positions: list[int]) -> None:
    """The figures of every line that may hold a flattened statement, counted against MAX_VALUES before any
    is read, as the lines of vertical tables are (`core.tables.find`): a scrape of thousands of statements
    is refused at once, not read statement by statement (issue 12's fuzzing: a flattened income statement
    repeated 5,000 times, 10 MB, took 53 s to read)."""
    values = spend("MAX_VALUES", 0)
    added = 0
    for position in positions:
        text = _text_read(classified[position])
        if _MIN_LENGTH <= len(text) <= _LONGEST_LINE:
            added += sum(1 for _ in _FIGURE.finditer(text))
            if values + added > MAX_VALUES:
                raise too_many_values(classified[position].number)
    spend("MAX_VALUES", added)


def _continued(table: RawTable, classified: list[ClassifiedLine], start: int, used: set[int]
               ) -> tuple[RawTable, int]:
    """The table with the rows of the flattened lines right after it that print no years of their own (a
    scrape that broke one statement over two lines), and the position of the last line it takes."""
    position = start - 1
    cursor = start
    while cursor < len(classified):
        line = classified[cursor]
        if line.kind is LineKind.BLANK:
            cursor += 1
            continue
        if len(line.text) < _MIN_LENGTH or _YEAR_THEN_ANOTHER.search(line.text):
            break
        rows, unfitted = _rows(line, _runs(line.text, len(table.columns)), len(table.columns), list(table.rows))
        if len(rows) < 2:
            break
        table = dataclasses.replace(table, rows=(*table.rows, *rows), last_line=line.number,
                                    unfitted=table.unfitted + rows_left_out(unfitted))
        used.add(line.number)
        position = cursor
        cursor += 1
    return table, position


def _too_few_digits(text: str) -> bool:
    """Whether a line holds fewer digits than two years and three rows of two figures print (`_MIN_DIGITS`):
    no flattened statement."""
    return _digit_count(text) < _MIN_DIGITS


def _digit_count(text: str) -> int:
    """How many of "0"-"9" the text holds. An ASCII text is counted as its bytes, deleted in one C loop:
    `str.translate` looks each character up in its table, several times the cost, and it is asked of every
    line of forty characters or more (issue 12; compared with `str.translate` on every fixture line by
    tests/test_fast_paths.py)."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_DIGITS))
    return len(text) - len(text.translate(_DROP_DIGITS))


def _candidates(classified: list[ClassifiedLine]) -> list[int]:
    """The lines holding two years in a row or a row of whole dates, found by one scan of the whole text
    (a pattern tried line by line costs a call a line, and most lines of a release are no candidate)."""
    text = "\n".join(line.text for line in classified)
    starts = list(itertools.accumulate((len(line.text) + 1 for line in classified[:-1]), initial=0))
    found = {bisect.bisect_right(starts, match.start()) - 1 for match in _YEAR_THEN_ANOTHER.finditer(text)}
    # The first line of words under a column's date standing alone ("December 31,2024"): a statement
    # flattened under its headers, which prints no years of its own. Only a text with a line as long as a
    # flattened statement's is searched (a fixed-width release has none).
    if len(text) < _LONGEST_PLAIN_LINE or max(map(len, text.split("\n"))) < _LONGEST_PLAIN_LINE:
        return sorted(found)
    for match in _DATE_ALONE.finditer(text):
        position = bisect.bisect_right(starts, match.start()) - 1
        following = next((k for k in range(position + 1, min(len(classified), position + _HEADER_REACH))
                          if classified[k].kind is not LineKind.BLANK), None)
        if following is not None and not _DATE_ALONE.match("\n" + classified[following].text, 1):
            found.add(following)
    return sorted(found)


# A line holding a column's date and nothing else (found from the line break before it: a pattern opening
# on a literal character is searched for in C).
_DATE_ALONE = re.compile(rf"(?<=\n)[ \t]*(?:{MONTH_RE})\.?[ \t]*\d{{1,2}},?[ \t]*{YEAR_RE}[ \t]*(?=\n|$)",
                         re.IGNORECASE)
# No line of a fixed-width release runs this long; a statement flattened onto one line does.
_LONGEST_PLAIN_LINE = 400


# A line opening on one column's header, its date then the first row's label at once ("Three Months Ended
# August 31, 2014Net income      $ 12,440Depreciation ..."): a table of one period flattened, which prints no
# run of years to say its width. Searched over the whole text at once, as `_candidates` searches.
_ONE_DATE_THEN_LABEL = starting_fast(
    rf"(?:{MONTH_RE})\.?[ \t]+\d{{1,2}},?[ \t]*(?P<year>{YEAR_RE})(?=[ \t]*(?-i:[A-Z][A-Za-z]))", re.IGNORECASE)
# A figure's "$" set apart from its digits by a wide run of spaces: a cell's sign at the column's left edge.
_SIGN_SET_APART = re.compile(r"\$\s{2,}")
# What may follow a row's figure on a flattened line: the next row's label, or the line's end.
_NEXT_LABEL = re.compile(r"\s*(?:[A-Z(]|$)")
_WHOLE_DATE = starting_fast(_DATE, re.IGNORECASE)
_A_DIGIT = re.compile(r"\d")
# How far past a date's first digit its year and the label after it reach ("31,   2014Net income").
_DATE_AND_LABEL = 40


def _one_column_candidates(classified: list[ClassifiedLine]) -> set[int]:
    """The lines that open on one column's date and go on with a row's label (`_ONE_DATE_THEN_LABEL`), no
    digit before the date: where a table of one period may stand flattened. Only lines as long as a flattened
    statement is are asked (a fixed-width release has none: the whole text searched had cost 9% of the
    reference release's parse)."""
    found: set[int] = set()
    for position, line in enumerate(classified):
        text = line.text
        if len(text) < _MIN_LENGTH:
            continue
        # No digit stands before the date, whose month has none, so the line's first digit is its day's, after
        # the spaces or tab that part it from the month: a line whose first digit follows anything else is no
        # candidate, told before its digits are counted or the pattern is tried (issue 12, session S5).
        first = _A_DIGIT.search(text)
        if first is None or first.start() == 0 or text[first.start() - 1] not in " \t" or _too_few_digits(text):
            continue  # (the digits counted as `flattened_tables` asks of every line it reads)
        # Only a line's first date can open it: the pattern is asked of the line's head, up to its first figure
        # and the year and label after it (a 20 MB flattened line had been searched whole on every parse).
        match = _ONE_DATE_THEN_LABEL.search(text[: first.end() + _DATE_AND_LABEL])
        if match is not None and not any(c.isdigit() for c in text[: match.start()]):
            found.add(position)
    return found


def _one_column_table(line: ClassifiedLine, above: str, carried: str) -> tuple[list[RawTable], str] | None:
    """A table of one period flattened onto the line ("Three Months Ended  August 31, 2014Net income      $
    12,440Depreciation and amortization         4,310..."), and the words after its last row (the next
    table's title): the column's header at the line's head, its date's year the run of years the table
    lacks, then each row's label and its one figure. Round 612: a year-to-date cash flow of one column,
    flattened by a markdown scrape, had found no width and the whole statement was lost.

    With one column, any figure could be a row's: only a line whose every figure either stands padded apart
    from the words before it and right before the next label (a cell) or inside the words (a label's "Notes
    due 2025", "(Note 3)") is read; a figure that is neither, two figures in a row, or a second date (another
    column's header), and the line is no such table."""
    head = _ONE_DATE_THEN_LABEL.search(line.text)
    if head is None:
        return None
    header_words = line.text[: head.start("year")]
    _, header_text = _title_and_header(" ".join(part for part in (carried or above, header_words) if part))
    runs = _one_column_runs(line.text[head.end() :])
    if runs is None or len(_SPACES.sub(" ", header_text).strip()) > _HEADER_LINE:
        return None
    table = _table(line, [_Run(header_words, (head.group("year"),)), *runs], carried or above)
    if table is None:
        return None
    tail = runs[-1].words if runs and not runs[-1].figures else ""
    return [table], tail.strip() if is_title(tail) else ""


def _one_column_runs(text: str) -> list[_Run] | None:
    """The rows of a flattened table of one column, each label with its one figure (see `_one_column_table`);
    None where the text is not printed so. A figure whose "$" stands one space after the label and its digits
    a wide run of spaces after the "$" ("Net income $           7,591", an HTML table's "$" cell at the
    column's left edge) stands padded apart as much as "Net income           $7,591" does (round 616: that
    cash flow had been no table, its column's header glued to the first row's words)."""
    runs: list[_Run] = []
    words_start = 0
    for count, match in enumerate(_FIGURE.finditer(text)):
        if count > MAX_LINE_VALUES:
            return None
        padded = ((match.start() - words_start > 2 and text[match.start() - 2 : match.start()].isspace())
                  or _SIGN_SET_APART.match(match.group()) is not None)
        before_a_label = _NEXT_LABEL.match(text, match.end()) is not None
        if not padded and not before_a_label:
            continue  # a figure among the label's words
        words = text[words_start : match.start()]
        if not (padded and before_a_label) or not words.strip() or _WHOLE_DATE.search(words):
            return None
        runs.append(_Run(words, (match.group(),)))
        words_start = match.end()
    if text[words_start:].strip():
        runs.append(_Run(text[words_start:], ()))
    return runs


def _title_above(classified: list[ClassifiedLine], position: int) -> str:
    """The short line right above (blank lines between), where it names a statement or a unit. A note alone
    on its line under the unit ("(In thousands)" / "(Unaudited)") is passed over: round 612, a flattened
    cash flow under both had been read without its unit, each figure a thousandth of itself."""
    for line in reversed(classified[max(0, position - 4) : position]):
        text = line.text.strip()
        if line.kind is LineKind.BLANK or COLUMN_NOTE.match(text):
            continue
        return text if len(text) < _LONGEST_TITLE and (is_title(text) or unit_line(text)) else ""
    return ""


def _runs(text: str, width: int | None = None) -> list[_Run]:
    """The line as words, each followed by the figures printed after them."""
    runs: list[_Run] = []
    words_start = 0
    figures: list[str] = []
    last_end = 0
    words = ""
    grouped = _GROUPED.search(text) is not None
    for count, match in enumerate(_FIGURE.finditer(text)):
        if count > MAX_LINE_VALUES:
            return []  # no statement holds this many figures on a line: the line is left to the other readers
        between = text[last_end : match.start()]
        found = _year_apart(match, text) if grouped else (match.group(),)
        if figures and _BETWEEN_FIGURES.match(between):
            figures.extend(found)
        else:
            if figures:
                runs.append(_Run(words, tuple(figures)))
                words_start = last_end
            words = text[words_start : match.start()]
            figures = list(found)
        last_end = match.end()
    if figures:
        runs.append(_Run(words, tuple(figures)))
    tail = text[last_end:] if runs else text
    if tail.strip():
        runs.append(_Run(tail, ()))
    return _words_kept(runs, width)


# A figure printed in thousands groups: a line that prints one groups every figure of four digits or more.
_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
# Up to three digits and a year, run together where a scrape glued a row's last figure to the next label
# ("986" and "2021 restructuring program": "9862021 restructuring program", round 611).
_FIGURE_THEN_YEAR = re.compile(rf"(\d{{1,3}})({YEAR_RE})")
_WORDS_AHEAD = re.compile(r"\s*[A-Za-z]")


def _year_apart(match: re.Match[str], text: str) -> tuple[str, ...]:
    """A bare figure as the line's figures: two, a figure and a year, where a line that groups its
    thousands prints five to seven digits ungrouped and words after them (the next row's label opening on a
    year); else the figure itself."""
    glued = _FIGURE_THEN_YEAR.fullmatch(match.group())
    if glued is None or not _WORDS_AHEAD.match(text, match.end()):
        return (match.group(),)
    return glued.group(1), glued.group(2)


def _words_kept(runs: list[_Run], width: int | None = None) -> list[_Run]:
    """Runs of figures too short to be a row, with words after them, put back into the words ("Adjusted
    EBITDA (1)", "Notes due 2025", "shares outstanding - basic"): the row is what follows. `width`: the
    columns of the table a line continues, which prints no years of its own."""
    width = width or _width(runs)
    if width is None:
        return runs
    merged: list[_Run] = []
    pending = ""
    for index, run in enumerate(runs):
        run = _nil_glued_to_the_label(run, width)
        amounts = tuple(f for f in run.figures if not (f.endswith("%") or says_no_value(f)))
        if width <= len(amounts) < len(run.figures):
            run = _Run(run.words, amounts)  # the amounts, without the change column's percents
        extra = len(run.figures) - width
        if 0 < extra < width and (all(_LABEL_MARK.match(f.strip()) for f in run.figures[:extra])
                                  or (extra == 1 and LABEL_FIGURE_AFTER.search(run.words)
                                      and _has_a_front(pending + run.words))):
            # "Adjusted EBITDA (1)  90  80 ...", "Notes due 2027  (12)  (12) ...": the label's own mark or year;
            # "... net of allowances of $612 and $580   27,840   25,110": a figure its connecting word holds
            run = _Run(run.words + " " + " ".join(run.figures[:extra]), run.figures[extra:])
        elif extra == 1 < width and _YEAR.match(run.figures[-1].strip()) and index + 1 < len(runs) and (
                _WORDS_AHEAD.match(runs[index + 1].words)):
            # "... 4,120  986  2021 restructuring program  9,870 ...": the year opens the next row's label
            merged.append(_Run(pending + run.words, run.figures[:-1]))
            pending = run.figures[-1] + " "
            continue
        years = all(_YEAR.match(figure.strip()) for figure in run.figures)
        if run.figures and len(run.figures) < width and not years:
            if all(_LABEL_FIGURE.match(_SPACES.sub("", f)) for f in run.figures) or (
                    (pending + run.words).count("(") > (pending + run.words).count(")")) or _inside_the_words(
                    run, pending, runs[index + 1] if index + 1 < len(runs) else None):
                # the label's own mark or year, figures inside its parentheses ("Convertible notes payable
                # ($6,000,000 in principal is held by a related party)") or inside its words ("Common stock,
                # $0.001 par value; 100,000 shares authorized; ...")
                pending += run.words + " " + " ".join(run.figures) + " "
                continue
            # a row with a blank cell, which a scrape prints as nothing ("Grant receivable 402,118" in a table
            # of two columns): kept short, for the arithmetic to place (core.tables.blank_cells) or leave out
            merged.append(_Run(pending + run.words, run.figures))
            pending = ""
            continue
        merged.append(_Run(pending + run.words, run.figures))
        pending = ""
    if pending:
        merged.append(_Run(pending, ()))
    return merged


# A hyphen glued to a label's last letter and to the figure after it ("expenses-942,311"): the row's first
# cell, a dash for nil, or the figure's minus sign.
_HYPHEN_AFTER_A_LETTER = re.compile(r"-(?=\d)")
# A hyphen glued to a label's last letter, the figures after it ("liability- 430- 543", "liability-(543)"):
# the words keep it, as they keep "Weighted-average", unless it is the row's first cell.
_HYPHEN_ENDING_THE_WORDS = re.compile(r"(?<=[A-Za-z])-\s*$")


def _nil_glued_to_the_label(run: _Run, width: int) -> _Run:
    """The run with the hyphen glued between its label's last letter and its first figure read as a cell of
    its own, a dash for nil ("Restructuring-412,000" in two columns: nothing this year, 412,000 the year
    before), where that reading gives the row exactly the table's `width` figures; else as printed, the
    figure's minus sign. A scrape drops the space between a label and a dash cell as it drops every space
    between cells; a minus sign it prints glued to a label's letter the same way, so only the count of the
    columns tells the two apart (they differ by one figure: never both exactly the width). So with a hyphen
    glued to the label and set apart from the figures ("liability- 430- 543", "liability-(543)"), which the
    words would otherwise keep. Round 705: Forian's
    "Litigation settlements and related expenses-942,311- 1,151,276" had been read as -942,311 and left
    unread, and its 2024 operating expenses held back."""
    first = run.figures[0] if run.figures else ""
    amounts = [figure for figure in run.figures if not (figure.endswith("%") or says_no_value(figure))]
    if len(amounts) + 1 != width:
        return run
    if run.words[-1:].isalpha() and _HYPHEN_AFTER_A_LETTER.match(first):
        return _Run(run.words, ("-", first[1:], *run.figures[1:]))
    if (ending := _HYPHEN_ENDING_THE_WORDS.search(run.words)) is not None:
        return _Run(run.words[: ending.start()], ("-", *run.figures))
    return run


def _inside_the_words(run: _Run, before: str, following: _Run | None) -> bool:
    """Whether a run's one figure stands inside its row's label, no cell break either side: set one space at
    most after its words and before lower-case words that go on ("... net of allowances of $612 and", "Common
    stock, $0.001 par value; 100,000 shares authorized; 28,530 and 28,010 shares issued ..."). Rounds 610 and
    613: a flattened balance sheet had read "$612" as a row of one cell and dropped the row's own figures,
    and its footing then held back cash. A row's own figure stands padded apart, or before the next row's
    capital. `before`: the label's words taken so far; a label that would open on the figure's connecting
    word ("and 18,110,500 issued ...", its front cut off by a date's year) is none."""
    return (len(run.figures) == 1 and following is not None and _UNPADDED_END.search(run.words) is not None
            and LABEL_FIGURE_BEFORE.match(following.words) is not None and _has_a_front(before + run.words))


def _has_a_front(words: str) -> bool:
    """Whether the words before a figure open a label, not only connect to one ("and", "of")."""
    words = words.strip()
    return bool(words) and LABEL_FIGURE_AFTER.match(words) is None


# Words ending with one space at most before a figure: no cell break after them.
_UNPADDED_END = re.compile(r"\S\s?$")


def _width(runs: list[_Run]) -> int | None:
    """How many columns: the first run of two or more bare years."""
    for run in runs:
        if len(run.figures) >= 2 and all(_YEAR.match(figure.strip()) for figure in run.figures):
            return len(run.figures)
    return None


def _tables_of_line(line: ClassifiedLine, above: str, carried: str, header: str = ""
                    ) -> tuple[list[RawTable], str] | None:
    """The tables a flattened line holds, and the words after its last row (the next table's title).
    `header`: the columns' headers a scrape left on lines of their own right above the line ("Three Months
    EndedSeptember 30," / "Nine Months EndedSeptember 30,", or "June 30, 2025" / "December 31, 2024")."""
    runs, starts = _runs_and_years(line.text)
    if header and _headed_above(runs, starts):
        runs, starts = _runs_and_years(f"{header} {line.text}")
    tables: list[RawTable] = []
    pages = [i for i, run in enumerate(runs) if _PAGE_FOOTER.search(run.words)]
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(runs)
        # A page's footer ("Applied Materials, Inc. Page 9 of 13") ends the table: what follows it on the
        # next page without years of its own is another table (a geography or headcount table of its own)
        end = min([end, *(i for i in pages if start < i < end)])
        title = (carried or above) if number == 0 else ""
        table = _table(line, runs[start:end], title)
        if table is not None:
            tables.append(table)
    if not tables:
        return None
    tail = runs[-1].words if not runs[-1].figures else ""
    return tables, tail.strip() if is_title(tail) else ""


# A page's footer in the middle of a flattened line: "Page 9 of 13".
_PAGE_FOOTER = re.compile(r"\bPage\s+\d{1,3}\s+of\s+\d{1,3}\b", re.IGNORECASE)


def _runs_and_years(text: str) -> tuple[list[_Run], list[int]]:
    """The text's runs, and where each run of the columns' years starts a table."""
    runs = _header_groups_joined(_runs(_CHANGE_AFTER_YEAR.sub(" ", _dates_as_years(text))))
    return runs, [i for i, run in enumerate(runs)
                  if len(run.figures) >= 2 and all(_YEAR.match(figure.strip()) for figure in run.figures)]


def _header_groups_joined(runs: list[_Run]) -> list[_Run]:
    """A header whose groups each print their own years ("Three Months Ended December 31, 2023 Twelve Months
    Ended December 31, 2023 2022 2021"): one run of the columns' words and years, so that every column counts
    (round 188: the quarter's lone year had been left out, and the statement with it)."""
    joined: list[_Run] = []
    for run in runs:
        if (joined and run.figures and joined[-1].figures and _years_only(joined[-1]) and _years_only(run)
                and len(run.words) <= _HEADER_LINE and duration_in(run.words) and duration_in(joined[-1].words)):
            before = joined.pop()
            # the groups' words, then all their years, as the stream reader reads a header
            run = _Run(f"{before.words} {run.words}", (*before.figures, *run.figures))
        joined.append(run)
    return joined


def _years_only(run: _Run) -> bool:
    return all(_YEAR.match(figure.strip()) for figure in run.figures)


def _headed_above(runs: list[_Run], starts: list[int]) -> bool:
    """Whether the line's columns are headed by the lines above it: it opens with its years and no words of
    its own ("2025 2024 2025 2024 Revenue ..."), or with rows before any years it prints (those in a label,
    "issued and outstanding as of June 30, 2025 and December 31, 2024", head no column)."""
    if starts and starts[0] == 0:
        return not any(character.isalpha() for character in runs[0].words)
    first = starts[0] if starts else len(runs)
    return sum(1 for run in runs[:first] if len(run.figures) >= 2) >= _MIN_ROWS


# How far above a flattened line its headers may stand (blank lines between them counted).
_HEADER_REACH = 8
# A header line stands alone and short: "Nine Months EndedSeptember 30,", "December 31, 2024".
_HEADER_LINE = 60


def _header_above(classified: list[ClassifiedLine], position: int) -> tuple[str, int]:
    """The short lines of column headers right above the line (blank lines between), joined in order, and
    the position of the first of them (the line's own where there are none): where its title is looked for."""
    found: list[str] = []
    top = position
    for index in range(position - 1, max(-1, position - 1 - _HEADER_REACH), -1):
        line = classified[index]
        if line.kind is LineKind.BLANK:
            continue
        text = line.text.strip()
        if len(text) > _HEADER_LINE or is_title(text) or not _PERIOD_WORDS.search(text):
            break
        found.insert(0, text)
        top = index
    return " ".join(found), top


# What a header line says: a duration's end or a month, a year.
_PERIOD_WORDS = starting_fast(rf"\bend(?:ed|ing)|(?:{MONTH_RE})|\b{YEAR_RE}\b", re.IGNORECASE)


def _table(line: ClassifiedLine, runs: list[_Run], title: str) -> RawTable | None:
    """One table: its first run the column years (the words before them its title and headers), then rows."""
    width = len(runs[0].figures)
    before = _SPACES.sub(" ", runs[0].words).strip()
    title_text, header_text = _title_and_header(" ".join(part for part in (title, before) if part))
    header_text = WORD_THEN_CAPITAL.sub(" ", header_text)  # "Thirteen Weeks EndedMarch 26,"
    rows, unfitted = _rows(line, runs[1:], width, [])
    if len(rows) < _MIN_ROWS:
        return None
    title_lines = [ClassifiedLine(line.number, text, LineKind.TEXT, text, 0, ()) for text in (title_text,) if text]
    years = " ".join(figure.strip() for figure in runs[0].figures)
    header = [ClassifiedLine(line.number, text, LineKind.TEXT, text, 0, ())
              for text in (header_text, years) if text]
    names = stream_headers(title_lines, header, width)
    if names is None:
        return None
    return RawTable(
        title_lines=tuple(line.text for line in title_lines),
        header_lines=tuple(line.text for line in header),
        columns=tuple(Column(i * 12, i * 12 + 10) for i in range(width)),
        column_headers=names,
        rows=tuple(rows),
        first_line=line.number,
        last_line=line.number,
        context=(),
        unfitted=rows_left_out(unfitted),
    )


def _rows(line: ClassifiedLine, runs: list[_Run], width: int, above: list[RawRow]
          ) -> tuple[list[RawRow], tuple[RawRow, ...]]:
    """The rows the runs print, each label with its `width` figures, and the rows printing fewer figures that
    the arithmetic placed in no columns (`blank_cells_placed`), left out; `above`: the table's rows so far (a
    line continuing it carries on their sections)."""
    rows: list[RawRow] = []
    short = False  # a row printing fewer figures than there are columns
    section = above[-1].section if above else ""
    for run in runs:
        words = _NOT_MEANINGFUL.sub("", _SPACES.sub(" ", run.words).strip().lstrip("$")).strip()
        words = _NOTE_OF_THE_COLUMNS.sub("", words)
        heading, _, label = words.rpartition(":")
        label = label.strip()
        if heading and not label and run.figures:
            heading, _, label = heading.rpartition(":")  # "Total other expense:" with its figures
            label = label.strip()
        if heading:
            section = heading.split(":")[-1].strip()
        run_in, label = _run_in_heading(label)  # "Assets: Current assets Cash and cash equivalents"
        if run_in:
            heading = section = run_in
        if any(_YEAR.match(f.strip()) for f in run.figures):
            continue  # the years of another table's columns
        total = _unlabelled_total(run.figures, width, label, section, [*above, *rows], line.number)
        if 0 < len(run.figures) < width and label and (cells := _cells(run.figures)) is not None:
            short = True
            rows.append(RawRow(label=label, cells=tuple(cells), first_line=line.number, last_line=line.number,
                               indent=0, section=section, after_rule=False))
            continue
        if len(run.figures) != width and total is None:
            continue  # a heading alone, figures that do not give one to each column, or two rows' words
        cells = _cells(run.figures[:width])
        if cells is None or not label:
            continue
        stem = "" if heading else _basis_stem(label, (rows or above)[-1:])  # the row's own, not carried on
        rows.append(RawRow(label=label, cells=tuple(cells), first_line=line.number, last_line=line.number,
                           indent=0, section=stem or section, after_rule=False))
        if total is not None:
            rows.append(total)
        if label.lower().startswith("total") or total is not None:
            section = ""  # "Total current assets" closes its section, as its indent would
    return blank_cells_placed(rows, width) if short else (rows, ())


def _unlabelled_total(figures: tuple[str, ...], width: int, label: str, section: str, before: list[RawRow],
                      number: int) -> RawRow | None:
    """A total printed without a label after its last line, the second half of a run of twice the columns'
    figures: a section's ("General and administrative 1,687 1,457 7,042 5,883": the line's two figures, then
    the operating expenses' total), where the section's lines add up to it in every column; or a side's
    grand total (round 617: an HTML balance sheet's "$ 1,488,681  $ 1,465,629" under "Other assets" and under
    "Shareholders' equity"), where the lines of its side add up to it (`_closes_a_side`), left unlabelled for
    the statement to name by the same arithmetic. Else None (the run is no row: which figures are whose the
    words do not say)."""
    if len(figures) != 2 * width or not label:
        return None
    own, sums = _cells(figures[:width]), _cells(figures[width:])
    if own is None or sums is None:
        return None
    lines = [row for row in before if row.section == section] if section else []
    if lines and all(
            own[column].value + sum((cell.value for row in lines if (cell := row.cells[column]) is not None),
                                    start=Decimal(0)) == total.value for column, total in enumerate(sums)):
        return RawRow(label=f"Total {section}", cells=tuple(sums), first_line=number, last_line=number, indent=0,
                      section=section, after_rule=True, named=True)
    if _closes_a_side(own, sums, before, width):
        return RawRow(label="", cells=tuple(sums), first_line=number, last_line=number, indent=0, section="",
                      after_rule=True)
    return None


def _closes_a_side(own: list[Cell], sums: list[Cell], before: list[RawRow], width: int) -> bool:
    """Whether `sums` is the grand total of a side of the table, its last line `own`: the lines since the
    table's first, or since a total of everything above it (the assets' total before the liabilities), add
    up to it exactly in every column, each subtotal standing for the lines it adds up ("Total current assets"
    and the lines after it). Round 617: a flattened balance sheet's unlabelled totals of the assets and of
    the liabilities and equity, glued onto the line before them, had dropped that line and both totals.

    One walk down the lines with their running sums: the lines ending the walk that add up to a line are
    found by the running sum they start from, so a line of many rows stays linear (asked of each of a
    line's doubled rows, a search of every run of lines had taken 7 s for 330 rows)."""
    zero = tuple(Decimal(0) for _ in range(width))
    running: list[tuple[Decimal, ...]] = [zero]  # the sums of the lines kept so far, subtotals for their parts
    where: dict[tuple[Decimal, ...], list[int]] = {zero: [0]}  # each running sum's places, in order
    starts = {0}  # where a side may open: the table's head, or right after a total of all above it
    for row in before:
        if len(row.cells) != width or any(cell is None for cell in row.cells):
            return False  # (a row of blank cells: the arithmetic cannot be done)
        values = tuple(cell.value for cell in row.cells if cell is not None)
        kept = len(running) - 1
        start = _start_of_parts(where.get(_less(running[-1], values), []), kept)
        if start is not None:  # the fewest lines (two or more) ending here that add up to it: its parts
            for place in range(kept, start, -1):
                places = where[running[place]]
                places.pop()
                if not places:
                    del where[running[place]]
            del running[start + 1 :]
        running.append(_plus(running[-1], values))
        where.setdefault(running[-1], []).append(len(running) - 1)
        if start is not None and start in starts:
            starts.add(len(running) - 1)
    last = _plus(running[-1], tuple(cell.value for cell in own))
    wanted = tuple(cell.value for cell in sums)
    lines = len(running)  # the lines kept and `own`
    return any(lines - start >= 2 and _less(last, running[start]) == wanted for start in starts)


def _start_of_parts(places: list[int], kept: int) -> int | None:
    """The latest place of a running sum two lines or more before the last (`kept` lines): where the fewest
    lines that add up to the next start; None where no run of lines does."""
    for place in reversed(places):
        if place <= kept - 2:
            return place
    return None


def _plus(sums: tuple[Decimal, ...], values: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
    return tuple(a + b for a, b in zip(sums, values, strict=True))


def _less(sums: tuple[Decimal, ...], values: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
    return tuple(a - b for a, b in zip(sums, values, strict=True))


def _dates_as_years(text: str) -> str:
    """Whole dates in a row moved apart into their month-days and a run of their years; the columns' years
    a scrape ran together ("June 30, 2025202420252024") set apart."""
    text = YEAR_THEN_MONTH.sub(" ", _NOTE_BETWEEN_DATES.sub(" ", text))
    text = _GLUED_YEARS.sub(_years_apart, _DAY_GLUED_TO_YEAR.sub(r"\1, \2", text))

    def apart(match: re.Match[str]) -> str:
        parts = [_DAY_AND_YEAR.match(date.strip()) for date in _BEFORE_A_MONTH.split(match.group())]
        if any(part is None for part in parts):
            return match.group()
        return " ".join(p.group(1) for p in parts if p) + " " + " ".join(p.group(2) for p in parts if p) + " "

    return _DATE_RUN.sub(apart, text)


# Two to eight years run together with no digit either side: the columns' years, or a figure without its
# thousands separators (`_years_apart` tells them apart).
_GLUED_YEARS = re.compile(rf"(?<![\d,.])(?:{YEAR_RE}){{2,8}}(?![\d,.])")
# The columns of one statement span a few years: a figure's digits read as "years" a decade apart are none.
_YEARS_SPAN = 5


def _years_apart(match: re.Match[str]) -> str:
    """"2025202420252024" as "2025 2024 2025 2024" where its four-digit parts are years a few apart (a
    statement's columns run back in time, a pair per period); else as printed."""
    digits = match.group()
    years = [int(digits[i : i + 4]) for i in range(0, len(digits), 4)]
    if max(years) - min(years) > _YEARS_SPAN:
        return digits
    return " " + " ".join(str(year) for year in years) + " "


def _run_in_heading(label: str) -> tuple[str, str]:
    """A section's heading run into the row's label without its colon ("ASSETS Current assets Cash and cash
    equivalents", "RevenueProducts"): the heading, and the label. Where none leads the label, ("", label)."""
    heading = ""
    glued = list(_GLUED.finditer(label))
    if glued:  # a word glued to the next one's capital: the row break the scrape dropped
        heading, label = label[: glued[-1].start()], label[glued[-1].start() :]
    for pattern in (RUN_IN_CAPS_HEADING, RUN_IN_SIDE, RUN_IN_SECTION):
        found = pattern.match(label)
        if found is not None:
            heading, label = found.group(1), label[found.end() :]
    return heading, label


# Where a scrape glued two lines' words: a word of four or more lower-case letters and then a capital
# ("RevenueProducts", "(expense)Interest"); names such as "McKesson" or "PayPal" are shorter before theirs.
# A heading in capitals glued to the label under it ("ASSETSCash & Cash Equivalents") breaks the same way.
_GLUED = re.compile(r"(?:(?<=[a-z]{4})|(?<=\)))(?=[A-Z][a-z])|(?<=[A-Z]{4})(?=[A-Z][a-z]{2})")
# The columns' "(Unaudited)" left before the first row's words ("... December 31, 2009 (unaudited) Assets Cash
# and cash equivalents", rounds 614, 615, 620; glued to it, "(Unaudited)ASSETS Cash ...", round 626): a header's
# note, no part of the heading or label after it.
_NOTE_OF_THE_COLUMNS = re.compile(r"^(?:\((?:un)?audited\)\s*)+(?=\S)", re.IGNORECASE)
# A change column's "n/m" left before the next row's label.
_NOT_MEANINGFUL = re.compile(r"^(?:\s*(?:n/?m|N/?M|nmf|NMF|n\.m\.)(?![a-z]))+\s*")


_BASIS = re.compile(r"^(?:basic|diluted|basic and diluted)$", re.IGNORECASE)
_WITH_BASIS = re.compile(r"^(.+?)\s*,?\s+(?:basic|diluted)$", re.IGNORECASE)


def _basis_stem(label: str, before: Sequence[RawRow]) -> str:
    """"Diluted" after "Net loss per common share Basic": the words its heading gave the row above (a
    heading without its colon runs into the first row under it). `before`: that row, or nothing."""
    if not _BASIS.match(label) or not before:
        return ""
    found = _WITH_BASIS.match(before[-1].label)
    return found.group(1) if found else before[-1].section if _BASIS.match(before[-1].label) else ""


def _title_and_header(text: str) -> tuple[str, str]:
    """The statement's title and unit note, and the column headers after them, from the words before the
    years ("FORIAN INC.CONDENSED CONSOLIDATED BALANCE SHEETS September 30, December 31,")."""
    found = list(_TITLE_OR_UNIT.finditer(text))
    if found and not text[found[-1].end() :].strip() and COLUMN_NOTE.match(found[-1].group()):
        # "... Six Months Ended June 30, (unaudited)  2024  2023": a note over the columns, the last words
        # before their years, closes no title (round 624: it had taken the headers into the title)
        note = found.pop()
        text = text[: note.start()]
    if not found:
        return "", text.strip()
    return text[: found[-1].end()].strip(), text[found[-1].end() :].strip()


# Where a title ends: its statement's name, or a parenthesised note after it ("(In thousands...)",
# "(Unaudited)").
_TITLE_OR_UNIT = re.compile(
    r"balance\s+sheets?|statements?\s+of\s+[a-z' ,()]*?(?:operations|income|earnings|loss|cash\s+flows|"
    r"financial\s+(?:condition|position)|comprehensive\s+(?:loss|income))\b|\([^()]*(?:thousands|millions|"
    r"unaudited|except)[^()]*\)",
    re.IGNORECASE,
)


def _cells(figures: tuple[str, ...]) -> list[Cell] | None:
    """The figures as the cells a fixed-width row of them would give, one per figure."""
    text = "x" + "".join(f"   {_SPACES.sub('', figure)}" for figure in figures)
    _, _, cells = split_cells(text)
    return cells if len(cells) == len(figures) else None
