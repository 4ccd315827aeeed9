"""Tables copied from a browser or a spreadsheet: each row a line, its cells joined by tabs ("Total
revenues\t\t$\t5,162\t\t\t$\t5,657"). Expanded to tab stops, a long label pushes its figures a stop further
than a short one, and the columns no longer line up; laid out again by each row's cells in order, they do.

A block is such a copy only where every line of it joins cells by tabs alone (no spaces beside a tab, no run
of spaces), at least two of its rows hold figures, and the tab stops do not line its columns up already: a
typist who set tabs to align a statement (an extra tab after a short label), or mixed tabs with spaces,
keeps the expansion, which lines up as it did for him. Blocks are read once each, so the work is linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection

from core.tables.numbers import parse_number
from core.vocabulary import GLUED_PERIOD_WORDS, MONTH_RE, YEAR_RE, unit_line

# Cells that decorate the figure beside them, as HTML tables print them in cells of their own.
_OPENERS = frozenset({"$", "US$", "€", "£", "(", "$("})
_CLOSERS = frozenset({")", "%", ")%"})
# A cell longer than this is a sentence (a bullet's text after its "•" cell), not a table's cell.
_LONGEST_VALUE = 60
_GAP = 3
# No statement has more columns; a wider block is left to the tab stops (and every step here stays linear).
_MAX_COLUMNS = 40
_TAB = 8
# A heading's words are a line's worth; a longer line between rows is prose, which ends the table.
_LONGEST_HEADING = 200
_SPACED = re.compile(r" \t|\t | {2}")
_YEAR = re.compile(YEAR_RE)
_ZEROS_ONLY = re.compile(r"[^1-9]*")


def _is_copy_line(raw: str) -> bool:
    """Cells joined by tabs alone: two tabs or more, or one after an empty label cell (a header row's
    "\tYear-to-Date" over a table of two columns)."""
    return (raw.count("\t") >= 2 or (raw.startswith("\t") and len(raw) > 1)) and _SPACED.search(raw) is None


def _is_heading_row(raw: str) -> bool:
    """A row of a copy whose only cell is its label ("Operating expenses:"): the copy gives it no tab, and it
    must not split the table into two, each laid out to its own labels' width. A unit note under the dates
    ("(000's omitted)") is one too, its zeros no figures: it had left the dates laid out apart, far left of
    their columns. The copy may end it with a tab, its empty cell spanning the columns ("Costs and
    expenses:\t"): round 462, the statement had been split there and its first rows left unread."""
    raw = raw.rstrip("\t")
    return "\t" not in raw and heading_words(raw)


def heading_words(raw: str) -> bool:
    """Whether a line of one cell holds a heading's words: a line's worth, no figure, though a unit note may
    count in zeros ("(000's omitted)", "(in 000s)"). Shared by the pipe tables' blocks (core.readers.pipe_tables),
    so that a note under a bare row of dates ends neither the bars' table nor the copy's."""
    return 0 < len(raw.strip()) <= _LONGEST_HEADING and (
        not any(c.isdigit() for c in raw) or (_ZEROS_ONLY.fullmatch(raw) is not None and bool(unit_line(raw))))


def _rows_on_after_a_blank(raw_lines: list[str], at: int, is_row: Callable[[int], bool]) -> bool:
    """A blank line between two rows of figures, with a heading or two after it ("Net income ..." / "" / "Net
    income per share:" / "Basic  $  0.70"), as a copy keeps the space between a statement's parts: the rows
    after it are the same table's, laid out on its columns (round 475: laid out apart, to their own short
    labels, the share counts' first figures had stood left of every column and been read into the labels).
    Between two tables stand a title and header rows, no figures."""
    if not (0 < at < len(raw_lines) - 1 and not raw_lines[at].strip() and _figure_row(raw_lines, at - 1, is_row)):
        return False
    ahead = at + 1
    while ahead < len(raw_lines) and ahead - at <= HEADING_RUN and _is_heading_row(raw_lines[ahead]):
        ahead += 1
    return ahead < len(raw_lines) and _figure_row(raw_lines, ahead, is_row)


# Blank lines a copy leaves between a table's header rows and its figures (a page's break, a paragraph's
# spacing): at most this many in a run.
_BLANKS_UNDER_HEADERS = 3
# A table's header rows are a few ("Three Months Ended" / "June 30," / "2026"); the look back is bounded by them.
_HEADER_ROWS = 6


def _rows_after_the_headers_blanks(raw_lines: list[str], first: int, at: int, is_row: Callable[[int], bool]) -> bool:
    """A blank line under a block of header rows alone ("June 30,\tDecember 31," / "2026\t2025", no figure but
    years), or a heading or two then one, as a page's break leaves it, the table's rows of figures after a few
    more blank lines and headings: the rows are the headers' table, laid out on the same columns (round 710:
    laid out apart, each block to its own labels' width, the second year stood over the first column's
    figures and a balance sheet's December 31 balances were printed at June 30). The run looked over is
    bounded, so a block is read in linear time."""
    if not 0 < at - first <= _HEADER_ROWS or not _under_the_header_rows(raw_lines, at) or any(
            _figure_row(raw_lines, i, is_row) for i in range(first, at)):
        return False
    ahead, blank = at, False
    while ahead < len(raw_lines) and ahead - at < _BLANKS_UNDER_HEADERS + HEADING_RUN and _under_the_header_rows(
            raw_lines, ahead):
        blank = blank or not raw_lines[ahead].strip()
        ahead += 1
    return blank and ahead < len(raw_lines) and _figure_row(raw_lines, ahead, is_row)


def _under_the_header_rows(raw_lines: list[str], at: int) -> bool:
    """A blank line or a heading's ("(Unaudited)", "ASSETS"), as stands between header rows and figures."""
    return not raw_lines[at].strip() or _is_heading_row(raw_lines[at])


def _figure_row(raw_lines: list[str], at: int, is_row: Callable[[int], bool]) -> bool:
    return is_row(at) and _has_figure(raw_lines[at].split("\t")[1:])


def _cells(raw: str) -> tuple[str, list[str], list[int], list[int]]:
    """The row's label (its first cell), its other cells in order with decorations joined to their figure,
    where each of those starts once the tabs are expanded to stops every eight columns, and which cell of
    the row (counting empty ones) holds each."""
    if "nded" in raw or "nding" in raw or "onth" in raw or "eek" in raw:
        raw = GLUED_PERIOD_WORDS.sub(" ", raw)  # "Three MonthsEndedJune 30, 2006": a scrape's stacked head
    label, *rest = raw.split("\t")
    values: list[str] = []
    starts: list[int] = []
    slots: list[int] = []
    pending = ""
    position = len(label)
    for slot, cell in enumerate(rest, start=1):
        position = (position // _TAB + 1) * _TAB
        start, position = position, position + len(cell)
        cell = cell.strip()
        if not cell:
            continue
        if cell in _OPENERS:
            if not pending:
                starts.append(start)
            pending += cell
            continue
        # ")" and "%" close the figure before them ("(8.8 | )%"); after a year they head a column of their own
        if cell in _CLOSERS and values and not pending and _is_figure(values[-1]) and not _YEAR.fullmatch(values[-1]):
            values[-1] += cell
            continue
        if not pending:
            starts.append(start)
        values.append(pending + cell)
        slots.append(slot)
        pending = ""
    return label.strip(), values, starts[: len(values)], slots


# A grid is read by its cells where at least this many rows of figures agree on their count (and three in
# four do): a row or two with fewer is the odd one, not a sign of lost colspans.
_FEW_ODD_ROWS = 4


def _by_slot(block: list[str], cells: list[tuple[str, list[str], list[int], list[int]]]
             ) -> list[tuple[str, list[str]]] | None:
    """Rows placed by the cell each value stands in, where every row of figures has as many cells (empty
    ones kept: a grid copied whole), so that a row leaving a column empty ("366.2 | 362.5 | | 365.1")
    keeps its later figures in their columns. The grid is the count most rows of figures share (three in
    four, and four rows at least where any differ, none having more); None where there is no such count
    (colspans lost in the copy)."""
    counted = Counter(block[i].count("\t") for i, (_, values, _, _) in enumerate(cells) if _has_figure(values))
    count, most = counted.most_common(1)[0]
    if most * 4 < sum(counted.values()) * 3 or (len(counted) > 1 and most < _FEW_ODD_ROWS) or max(counted) > count:
        return None  # (rows with more cells than most: "$" cells of their own, colspans lost; read in order)
    whole = [(values, slots) for line, (_, values, _, slots) in zip(block, cells, strict=True)
             if _has_figure(values) and line.count("\t") == count]
    used = sorted({slot for _, slots in whole for slot in slots})
    column = {slot: k for k, slot in enumerate(used)}
    percent = _percent_slots(whole)
    rows = []
    for line, (label, values, _, slots) in zip(block, cells, strict=True):
        if line.count("\t") == count and not all(slot in column for slot in slots):
            values, slots = _without_span_copies(values, slots, column)
        if (line.count("\t") == count and all(slot in column for slot in slots)) or (
                line.count("\t") < count and _only_its_end_trimmed(values, slots, column, percent)):
            placed = [""] * len(used)
            for value, slot in zip(values, slots, strict=True):
                placed[column[slot]] = value
            values = placed
        elif _has_figure(values) and len(values) < len(used):
            # A row of figures with fewer cells than the grid's ("| Restructuring | 1,206 | 2,412 |" where
            # the others print "| 1,206 | | 2,412 | | ..."): a converter dropped its empty cells, and which
            # columns its figures stood in is lost. Its words stay, its figures are not guessed at. (With a
            # figure for every column, "| 318 | 296 | 631 | 577 |", the order says it.)
            values = []
        rows.append((label, values))
    return rows


def _percent_slots(rows: list[tuple[list[str], list[int]]]) -> set[int]:
    """The slots whose figures, in the grid's whole rows, are mostly percents (a "% of Sales" column)."""
    kinds: dict[int, list[bool]] = {}
    for values, slots in rows:
        for value, slot in zip(values, slots, strict=True):
            if _is_figure(value):
                kinds.setdefault(slot, []).append(value.endswith("%"))
    return {slot for slot, flags in kinds.items() if sum(flags) * 2 > len(flags)}


def _only_its_end_trimmed(values: list[str], slots: list[int], column: dict[int, int], percent: set[int]) -> bool:
    """A row with fewer cells than the grid's only because its empty cells at the end were trimmed (an editor
    stripping trailing tabs from "Basic<tab>$<tab>0.70<tab><tab>$<tab>0.54<tab>" where the rows above end on
    a percent): its cells still stand in the grid's slots, each figure in a slot of its kind, amount or
    percent, and the slots it lacks at the end are percents' (which a row of EPS leaves empty). A converter
    dropping a row's empty cells leaves amounts' slots missing ("| Restructuring | 1,206 | 2,412 |" in a grid
    of four periods): not placed (round 484: trimmed rows had been taken for such, and every EPS and share
    count of the statement lost)."""
    figures = [(value, slot) for value, slot in zip(values, slots, strict=True) if _is_figure(value)]
    if not figures or not all(slot in column for slot in slots):
        return False
    missing = [slot for slot in column if slot > slots[-1]]
    return bool(missing) and all(slot in percent for slot in missing) and all(
        value.endswith("%") == (slot in percent) for value, slot in figures)


def _without_span_copies(values: list[str], slots: list[int], column: dict[int, int]) -> tuple[list[str], list[int]]:
    """A header cell a converter copied into every cell its colspan covered ("| 2025 | 2025 |" over "| $ |
    492,480 |"): a copy standing in a slot no figure uses, beside the same words in one that a figure does,
    is the one header, not another column's."""
    by_slot = dict(zip(slots, values, strict=True))
    kept = [(value, slot) for value, slot in zip(values, slots, strict=True) if slot in column or not any(
        by_slot.get(near) == value and near in column for near in (slot - 1, slot + 1))]
    return [value for value, _ in kept], [slot for _, slot in kept]


def _aligned(rows: list[tuple[str, list[str], list[int], list[int]]]) -> bool:
    """Whether the tab stops already line the columns up, as a typist set them (an extra tab after a short
    label): the rows printing every column start each column at one stop. A copy's columns start wherever
    its labels' lengths push them."""
    figures = [row for row in rows if _has_figure(row[1])]
    full = max(len(values) for _, values, _, _ in figures)
    starts = [row_starts for _, values, row_starts, _ in figures if len(values) == full and len(row_starts) == full]
    if len(starts) < 2:
        return False
    return all(Counter(row[k] for row in starts).most_common(1)[0][1] * 5 >= len(starts) * 4 for k in range(full))


def _is_figure(text: str) -> bool:
    return parse_number(text) is not None


def _without_its_spanned_label(label: str, values: list[str], width: int) -> tuple[str, list[str]]:
    """A header row one cell short of the grid whose first cell heads a column like the rest ("August 1,
    | August 2, | August 1, | August 2," under "(in thousands) | 13 Weeks Ended | 26 Weeks Ended"): the page's
    first cell spanned the header rows (a unit note with rowspan), and the copy gives it to the first row
    alone. Each cell stands over its own column; read from the label's place, every date had stood one
    column left (round 436: each quarter printed under the other year's end, verified)."""
    kind = _heading_kind(label)
    if kind is None or len(values) != width - 1 or _has_figure(values) or not all(
            _heading_kind(value) == kind for value in values):
        return label, values
    return "", [label, *values]


def _heading_kind(cell: str) -> str | None:
    """What a header cell names: a year alone, a month's day ("August 1,"), or a period's words ("Ended")."""
    text = cell.strip()
    if _YEAR.fullmatch(text):
        return "year"
    if _MONTH_DAY.fullmatch(text):
        return "day"
    if not any(c.isdigit() for c in text) and _PERIOD_WORD.fullmatch(text):
        return "words"
    return None


_MONTH_DAY = re.compile(rf"(?:{MONTH_RE})\.?\s+\d{{1,2}},?(?:\s+{YEAR_RE})?", re.IGNORECASE)
_PERIOD_WORD = re.compile(r"(?:(?:three|six|nine|twelve|\d{1,2})\s+)?(?:months?|weeks?|quarters?|years?)?\s*"
                          r"end(?:ed|ing)", re.IGNORECASE)


def _has_figure(values: list[str]) -> bool:
    """A row of figures, not of years over them (a row without is a row of column headers)."""
    return any(_is_figure(v) and _YEAR.fullmatch(v) is None for v in values)


def _beside_percent_columns(rows: list[tuple[str, list[str]]], width: int) -> list[tuple[str, list[str]]]:
    """A row printing only the amounts of a table whose other rows print each amount's percent beside it
    ("Net sales | 1,004.2 | 100.0% | 961.8 | 100.0%" over "Earnings per share | $0.34 | ($0.84)"): each
    figure goes in its group's amount column, as the page showed it, not into the percent column beside the
    first. Only where every group is an amount column followed by columns of percents alone."""
    full = [values for _, values in rows if len(values) == width and _has_figure(values)]
    if not full:
        return rows
    percent = [all(v.endswith("%") for row in full if (v := row[k])) and any(row[k] for row in full)
               for k in range(width)]
    placed = []
    for label, values in rows:
        count = len(values)
        if 0 < count < width and width % count == 0 and _has_figure(values):
            span = width // count
            if all(not percent[k * span] and all(percent[k * span + 1 : (k + 1) * span]) for k in range(count)):
                spread = [""] * width
                for k, value in enumerate(values):
                    spread[k * span] = value
                values = spread
        placed.append((label, values))
    return placed


def _percent_columns(rows: list[tuple[str, list[str]]], width: int) -> list[bool]:
    """Which columns of the grid hold percents among amounts ("2021 | 2022 | % Change | 2021 | 2022 | %
    Change"): every figure of the column ends in "%" ("n/m" and dashes are no figures). Empty where none
    does, or all do."""
    full = [values for _, values in rows if len(values) == width and _has_figure(values)]
    percent = [any(_is_figure(v) for row in full if (v := row[k]))
               and all(v.endswith("%") for row in full if (v := row[k]) and _is_figure(v)) for k in range(width)]
    return percent if full and any(percent) and not all(percent) else []


def _groups(percent: list[bool]) -> list[tuple[int, int]]:
    """The grid's column groups among percent columns: each run of amount columns one group, each percent
    column one (a header phrase stands over each: "Three Months Ended | % Change | Year Ended | % Change")."""
    groups: list[tuple[int, int]] = []
    for k, is_percent in enumerate(percent):
        if groups and not is_percent and not percent[groups[-1][1]]:
            groups[-1] = (groups[-1][0], k)
        else:
            groups.append((k, k))
    return groups


def _years_over_amount_columns(label: str, values: list[str], percent: list[bool]) -> tuple[str, list[str]]:
    """A row of years alone over a grid with percent columns, one year for each amount column ("2021 | 2022
    | 2021 | 2022" over "$151,877 | $184,320 | 21.4% | $528,004 | $642,519 | 21.7%"): a browser's copy keeps
    no cell for a header cell spanning rows above it, so the first year stands where a label would, and the
    years belong to the amount columns in order, never the percent columns."""
    years = ([label] if label else []) + values
    amounts = [k for k, is_percent in enumerate(percent) if not is_percent]
    if not amounts or len(years) != len(amounts) or not all(_YEAR.fullmatch(year) for year in years):
        return label, values
    placed = [""] * len(percent)
    for year, column in zip(years, amounts, strict=True):
        placed[column] = year
    return "", placed


def _header_spans(values: list[str], groups: list[tuple[int, int]], width: int) -> list[tuple[int, int]] | None:
    """The columns each phrase of a header row spans, where it is one ("THREE MONTHS ENDED | NINE MONTHS
    ENDED" over four columns, two each; "Three Months Ended | % Change | Year Ended | % Change" over two
    runs of amounts, each with its percent column); None for a row of cells, one a column."""
    if not values or _has_figure(values) or len(values) >= width:
        return None
    if groups and len(values) == len(groups) and not any(_YEAR.fullmatch(value) for value in values):
        return groups  # (a row naming years is one of cells: "2018 | % of Rev. | 2019 | % of Rev.")
    if width % len(values) == 0:
        span = width // len(values)
        return [(k * span, (k + 1) * span - 1) for k in range(len(values))]
    return None


# A footnote's mark in a cell of its own: "(1)", "[1]", "(a)", "*".
_MARK = re.compile(r"\(\w{1,2}\)|\[\w{1,2}\]|\*{1,3}")


def _without_marks(cells: list[tuple[str, list[str], list[int], list[int]]]
                   ) -> list[tuple[str, list[str], list[int], list[int]]]:
    """Footnote marks a converter left in cells of their own ("| 5,120 | (1) | 3,980 |"), dropped where their
    cell's column holds nothing else in any row: "(1)" there is no figure of -1, and counted as one it had
    moved every later figure of its row, and the columns of the whole table, one place on."""
    others: set[int] = set()
    marked: set[int] = set()
    for _, values, _, slots in cells:
        for value, slot in zip(values, slots, strict=True):
            (marked if _MARK.fullmatch(value) else others).add(slot)
    marks = marked - others
    if not marks:
        return cells
    kept = []
    for label, values, starts, slots in cells:
        keep = [k for k, slot in enumerate(slots) if slot not in marks]
        kept.append((label, [values[k] for k in keep], [starts[k] for k in keep if k < len(starts)],
                     [slots[k] for k in keep]))
    return kept


def _without_extra_marks(block: list[str]) -> list[str]:
    """A row with more cells than the grid's, as many more as it holds footnote marks in cells of their own
    ("| **Gross profit** | 161,464 | (2) | 135,235 | ..." in a grid of one cell a column): the marks were
    added, so they go, and the row's figures stand in the grid's cells again."""
    counts = Counter(raw.count("\t") for raw in block if any(_is_figure(cell.strip()) for cell in raw.split("\t")[1:]))
    if not counts:
        return block
    count = counts.most_common(1)[0][0]
    fixed = []
    for raw in block:
        extra = raw.count("\t") - count
        cells = raw.split("\t")
        marks = [k for k, cell in enumerate(cells) if k and _MARK.fullmatch(cell.strip())]
        if extra > 0 and len(marks) == extra:
            raw = "\t".join(cell for k, cell in enumerate(cells) if k not in marks)
        fixed.append(raw)
    return fixed


def _laid_out(block: list[str], *, cells: bool = False) -> list[str] | None:
    """The block laid out in columns; None where it is left to its tab stops. `cells`: every row's tabs are
    known to part cells (a pipe table's), so no typist's tab stops can have lined it up."""
    block = _without_extra_marks(block)
    row_cells = _without_marks([_cells(raw) for raw in block])
    if sum(1 for _, values, _, _ in row_cells if _has_figure(values)) < 2 or (not cells and _aligned(row_cells)):
        return None
    rows = _by_slot(block, row_cells) or [(label, values) for label, values, _, _ in row_cells]
    if any(len(v) > _LONGEST_VALUE for _, values in rows for v in values):
        return None
    width = max(len(values) for _, values in rows)
    if width > _MAX_COLUMNS:
        return None
    rows = [_without_its_spanned_label(label, values, width) for label, values in rows]
    rows = _beside_percent_columns(rows, width)
    percent = _percent_columns(rows, width)
    groups = _groups(percent)
    rows = [_years_over_amount_columns(label, values, percent) for label, values in rows]
    spans = [_header_spans(values, groups, width) for _, values in rows]
    widths = [max((len(values[k]) for (_, values), wide in zip(rows, spans, strict=True)
                   if k < len(values) and not wide), default=0) for k in range(width)]
    for (_, values), wide in zip(rows, spans, strict=True):
        if not wide:
            continue
        # each phrase spread over its columns fits within them, a gap apart from the next
        for value, (first, last) in zip(values, wide, strict=True):
            have = sum(widths[first : last + 1]) + _GAP * (last - first)
            widths[last] += max(0, len(value) + 1 - have)
    label_width = max(len(label) for label, _ in rows)
    ends = [label_width + sum(widths[: k + 1]) + _GAP * (k + 1) for k in range(width)]
    lines = []
    for (label, values), wide in zip(rows, spans, strict=True):
        if not values:
            lines.append(label)
            continue
        if wide:
            # "THREE MONTHS ENDED | NINE MONTHS ENDED" over four columns: a copy keeps no colspan, and each
            # phrase stands centred over the columns it spans, as the page showed it.
            line = label.ljust(label_width)
            for value, (first, last) in zip(values, wide, strict=True):
                left, right = ends[first] - widths[first], ends[last]
                line = line.ljust(left + max(0, (right - left - len(value)) // 2)) + value
            lines.append(line)
            continue
        figures = "".join(" " * _GAP + value.rjust(widths[k]) for k, value in enumerate(values))
        lines.append(label.ljust(label_width) + figures)
    return lines


# A heading and a label wrapped over lines of their own ("ASSETS" / "Cash and due from" / "banks  $128,105"):
# a few such lines between rows still belong to the table.
HEADING_RUN = 3


def headings_then_a_row(raw_lines: list[str], at: int, is_heading: Callable[[str], bool],
                        is_row: Callable[[int], bool]) -> bool:
    """Whether the line at `at` starts a short run (at most HEADING_RUN) of heading lines that a row of the
    table follows (`is_row` asked of the row's place): the table goes on past them. The look ahead is
    bounded, so a block is read in linear time."""
    ahead = at
    while ahead < len(raw_lines) and ahead - at < HEADING_RUN and is_heading(raw_lines[ahead]):
        ahead += 1
    return at < ahead < len(raw_lines) and is_row(ahead)


# How far from a block of copied rows a row of the same table is looked for.
_NEAR = 5


def _beside_typed_rows(raw_lines: list[str], start: int, end: int) -> bool:
    """Whether the nearest row with a tab before or after the block mixes tabs with spaces: the block is some
    rows of a typist's table, set with tabs alone by chance ("Net sales\t$\t38,415" between header rows and
    rows indented with spaces), and keeps its tab stops as the rest of the table does (round 402: re-laid
    apart from them, the table's columns overlapped and a row's first figure was read into its label)."""
    before = next((raw for raw in reversed(raw_lines[max(0, start - _NEAR) : start]) if "\t" in raw), "")
    after = next((raw for raw in raw_lines[end : end + _NEAR] if "\t" in raw), "")
    return any(_SPACED.search(raw.strip(" ")) or raw.startswith("  ") for raw in (before, after) if raw)


def relaid_copies(raw_lines: list[str], cell_rows: Collection[int] = frozenset()) -> list[str]:
    """The document's lines with each block copied from a browser or spreadsheet laid out in columns; every
    other line as it was (tabs still in it). The line count never changes.

    `cell_rows`: the places of rows whose tabs are known to part cells (a markdown pipe table's, the bars
    said so: core.readers.pipe_tables). Such a row is a copy's row however few tabs it holds, and its block
    is laid out by its cells, never left to the tab stops: a table of one figure column joins each label to
    its figure by one tab, which a label of 39 characters expanded to one space ("Proceeds from exercise of
    stock options 3,120"), and the row was read as words into the next one's label (round 612)."""

    def is_row(at: int) -> bool:
        return _is_copy_line(raw_lines[at]) or (at in cell_rows and "\t" in raw_lines[at])

    result = list(raw_lines)
    index = 0
    while index < len(raw_lines):
        if not is_row(index):
            index += 1
            continue
        end = index
        while end < len(raw_lines) and (is_row(end) or headings_then_a_row(
                raw_lines, end, _is_heading_row, is_row) or _rows_on_after_a_blank(raw_lines, end, is_row)
                or _rows_after_the_headers_blanks(raw_lines, index, end, is_row)):
            end += 1
        known = all(at in cell_rows for at in range(index, end) if "\t" in raw_lines[at])
        laid = None if _beside_typed_rows(raw_lines, index, end) else _laid_out(raw_lines[index:end], cells=known)
        if laid is not None:
            result[index:end] = laid
        index = end
    return result
