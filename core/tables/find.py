"""Fixed-width text tables: find them among the prose, split columns, join wrapped labels.

The reader works on a few general rules of how people lay out numbers in plain text:
- a table row ends in a run of number-like cells; prose does not end that way with a wide gap before it;
- cells of one column overlap horizontally (right-aligned, left-aligned or centred alike), cells of two
  columns do not, so the columns are the union of the cells' extents;
- header phrases stand above the columns they name, and a phrase over two columns names both;
- a label that does not fit wraps onto the next line, which then starts in lower case or follows a word
  that cannot end a label ("and", "of", a comma); a label-only line that is not wrapped is a heading.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from core.limits import MAX_TABLE_COLUMNS, MAX_VALUES, LimitExceeded, allowance, refusal, spend
from core.tables.cell_per_line import vertical_tables
from core.tables.headers import column_headers, header_area, split_area, stream_headers
from core.tables.lines import (
    CONNECTOR_END,
    WIDE_GAP,
    YEAR_IN_TEXT,
    ClassifiedLine,
    Column,
    LineKind,
    classify,
    is_prose,
    is_title,
    only_years,
)
from core.tables.numbers import Cell
from core.tables.period_headers import DURATION
from core.tables.raw import RawRow, RawTable, mostly_percent
from core.vocabulary import NUMBER_WORD_RE
from core.work import count_work

# Rows of one table are rarely more than this many lines apart (wrapped labels, headings, blank lines,
# rules); a longer gap starts a new table.
_MAX_GAP_LINES = 8
# Four blank lines in a row separate tables (double-spaced renderings leave three inside one).
_MAX_BLANK_RUN = 3
# A label-only line this long is a label that wrapped, not a heading ("INCOME FROM OPERATIONS BEFORE
# INCOME TAXES AND EQUITY METHOD" / "INVESTMENTS"): headings are a few words.
_WRAPPED_LENGTH = 45
_BARE_LABEL = re.compile(
    r"^(?:total\b.*|basic|diluted|basic\s+(?:and|&)\s+diluted|net|assuming\s+dilution)[:.]?$", re.I
)
# EDGAR stuffs a dash at the start of a line as "- -"; either way the row is a variant of the one above.
_DASH_LED = re.compile(r"^(?:[-\u2013\u2014]\s*){1,2}(\w.*)$")
_STEM_DASH = re.compile(r"\s[-\u2013\u2014]\s")
_STEM_NOTE = re.compile(r"\s*-?\s*\((?:see\s+)?notes?\)\s*$|\s*-\s*$", re.IGNORECASE)


def find_tables(lines: tuple[str, ...]) -> list[RawTable]:
    """Every table in the text, top to bottom."""
    with allowance():
        classified = _classify_all(lines)
    tables: list[RawTable] = []
    # Tables with one cell a line (markdown scrapes) are read first; their lines are then set aside.
    vertical, used = vertical_tables(classified)
    if used:
        classified = [ClassifiedLine(c.number, c.text, LineKind.BLANK, "", 0, ()) if c.number in used else c
                      for c in classified]
    for first, last in _blocks(classified):
        table = _read_block(classified, first, last)
        if table is None:
            continue
        if tables and _continues(tables[-1], table):
            tables[-1] = _joined(tables[-1], table)
        else:
            tables.append(table)
    return sorted(tables + vertical, key=lambda table: table.first_line)


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
                raise refusal(f"more than {MAX_VALUES:,} numbers", "releases with more", "MAX_VALUES", line=number)
        classified.append(line)
    spend("MAX_VALUES", values - spend("MAX_VALUES", 0))
    count_work("lines classified", len(lines))
    return classified


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


def _continues(before: RawTable, after: RawTable) -> bool:
    """A table after a page break, with no title or header of its own and as many columns (a new page
    may set them a little to the side)."""
    return not after.title_lines and not any(after.column_headers) and len(after.columns) == len(before.columns)


def _joined(before: RawTable, after: RawTable) -> RawTable:
    section = before.rows[-1].section if before.rows else ""
    rows = tuple(
        row if row.section or not section else RawRow(row.label, row.cells, row.first_line, row.last_line,
                                                       row.indent, section, row.after_rule)
        for row in after.rows
    )
    return RawTable(before.title_lines, before.header_lines, before.columns, before.column_headers,
                    before.rows + rows, before.first_line, after.last_line, before.context, after.footer)


def _years_in_order(headers: tuple[str, ...], header_lines: list[ClassifiedLine], columns: list[Column],
                    rows: list[RawRow]) -> tuple[str, ...]:
    """Years printed away from their columns (a heading set as its own HTML table, drawn to other widths):
    where a year stands over no column at all, the positions say nothing, and the years name the columns
    of figures in order (a "% Change" column takes none); where their count does not fit, no column is
    given a year it may not have."""
    for line in header_lines:
        years = [(m.group(), m.start(), m.end()) for m in YEAR_IN_TEXT.finditer(line.text)]
        # Only a line of years can be the columns' years in order: the years of a line of dates ("January
        # 31, 2008 and" over a pair) stand where the phrase does, not over a column.
        over_columns = all(any(s < c.end and e > c.start for c in columns) for _, s, e in years)
        if len(years) < 2 or not only_years(line.text) or over_columns:
            continue
        figures = [i for i in range(len(columns)) if not mostly_percent(rows, i)]
        bare = [YEAR_IN_TEXT.sub("", h).strip() for h in headers]
        if len(figures) != len(years):
            return tuple(bare)
        named = dict(zip(figures, (year for year, _, _ in years), strict=True))
        return tuple(f"{text} {named[i]}".strip() if i in named else text for i, text in enumerate(bare))
    return headers


def _footer(classified: list[ClassifiedLine], last: int) -> tuple[str, ...]:
    """Up to two lines of words right under a table's last row, a blank line between at most."""
    lines: list[str] = []
    blanks = 0
    for line in classified[last + 1 : last + 5]:
        if line.kind is LineKind.BLANK:
            blanks += 1
            if blanks > 1 or lines:
                break
            continue
        if line.kind is not LineKind.TEXT:
            break
        lines.append(line.text)
        if len(lines) == 2:
            break
    return tuple(lines)


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
            or (is_prose(line) and not _wraps_into_row(classified, index))
            or line.kind is LineKind.YEARS
            or (line.kind is LineKind.TEXT and (is_title(line.label) or _is_new_header(line)))
        )
        if breaks:
            blocks.append((start, last_data))
            start = None
    if start is not None:
        blocks.append((start, last_data))
    return blocks


def _wraps_into_row(classified: list[ClassifiedLine], index: int) -> bool:
    """A long label-only line whose next line carries on its words and holds the values ("Shares used in
    computing basic and diluted net income (loss)" / " per share   1,000   1,000") is a label, not prose."""
    line = classified[index]
    following = next((c for c in classified[index + 1 : index + 3] if c.kind is not LineKind.BLANK), None)
    return (
        following is not None
        and following.kind is LineKind.DATA
        and bool(following.label)
        and (following.label[0].islower() or following.indent > line.indent)
    )


# Compiled once: _is_new_header is asked of every line of words inside a table.
_PERIOD_ENDED = re.compile(r"\b(?:months|weeks|quarter|year)s?\s+end", re.I)
_LEADING_DURATION = re.compile(rf"^(?:{NUMBER_WORD_RE}|\d+)[\s-]+(?:months|weeks)", re.I)


def _is_new_header(line: ClassifiedLine) -> bool:
    text = line.label
    return (bool(_PERIOD_ENDED.search(text)) and WIDE_GAP.search(
        line.text.strip()
    ) is not None) or bool(_LEADING_DURATION.match(text))


def _columns(data: list[ClassifiedLine]) -> list[Column]:
    """Columns as the union of the cells' horizontal extents, split where one row has two cells in one."""
    spans = sorted((c.start, c.end) for line in data for c in line.cells)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    columns = [Column(s, e) for s, e in merged]
    starts = [column.start for column in columns]
    # Each cell's column, found once: it tells whether two cells of a row fall in one column, and (when
    # none do) how many cells each column holds, which _drop_weak_left_columns would find again.
    ends = _disjoint_ends(columns)
    placed = [[_column_of(cell, columns, starts, ends) for cell in line.cells] for line in data]
    if any(len(set(indexes)) < len(indexes) for indexes in placed):
        columns = _columns_by_anchor(data)
        placed = []
    return _drop_weak_left_columns(columns, data, placed)


def _columns_by_anchor(data: list[ClassifiedLine]) -> list[Column]:
    """Fallback for crowded layouts: cluster the right edges of digits, which right-aligned columns share."""
    anchors = sorted((c.anchor, c.start, c.end) for line in data for c in line.cells)
    groups: list[list[tuple[int, int, int]]] = []
    for item in anchors:
        if groups and item[0] - groups[-1][-1][0] <= 2:
            groups[-1].append(item)
        else:
            groups.append([item])
    return [Column(min(s for _, s, _ in g), max(e for _, _, e in g)) for g in groups]


def _drop_weak_left_columns(columns: list[Column], data: list[ClassifiedLine],
                            placed: list[list[int]]) -> list[Column]:
    """A "column" left of the real ones that few rows use is a number inside labels ("... 2003").
    `placed` holds each cell's column where the caller has found them already, else it is empty."""
    support = [0] * len(columns)
    starts = [column.start for column in columns]
    for indexes in placed or ([_column_of(cell, columns, starts) for cell in line.cells] for line in data):
        for index in indexes:
            support[index] += 1
    strongest = max(support, default=0)
    while len(columns) > 1 and support[0] * 5 < strongest:
        columns = columns[1:]
        support = support[1:]
    return columns


# Columns are sorted by where they start; a cell belongs to one of the few around its own start, so only
# those are weighed (a row of a hundred figures would otherwise cost a hundred comparisons a cell).
_NEIGHBOURS = 3


def _disjoint_ends(columns: list[Column]) -> list[int] | None:
    """The columns' ends when each ends before the next starts (columns merged from cell extents always
    do), else None: `_column_of` may then take a cell's one overlapping column without weighing others."""
    if all(left.end <= right.start for left, right in itertools.pairwise(columns)):
        return [column.end for column in columns]
    return None


def _column_of(cell: Cell, columns: list[Column], starts: list[int], ends: list[int] | None = None) -> int:
    """The column a cell overlaps most, or failing any overlap, the nearest. `ends` (from _disjoint_ends)
    says the columns are disjoint: a cell overlapping the column it starts in and reaching no further is
    in that column, the only one it overlaps (every other has a positive distance)."""
    # Runs two or three times for every cell of every table: min, max and abs are spelt out as
    # comparisons, which cost a fraction of a builtin call.
    cell_start, cell_end = cell.start, cell.end
    middle = bisect.bisect_right(starts, cell_start)
    if ends is not None and middle and cell_start < ends[middle - 1] and (
            middle == len(starts) or cell_end <= starts[middle]):
        return middle - 1
    best, best_distance = 0, float("inf")
    for index in range(max(0, middle - _NEIGHBOURS), min(len(columns), middle + _NEIGHBOURS)):
        column = columns[index]
        start, end = column.start, column.end
        if cell_start < end and cell_end > start:  # the overlap, negated
            distance = (cell_start if cell_start > start else start) - (cell_end if cell_end < end else end)
        else:  # the gap: the nearer of the two edge distances
            before, after = cell_start - end, cell_end - start
            before, after = (before if before >= 0 else -before), (after if after >= 0 else -after)
            distance = before if before <= after else after
        if distance < best_distance:
            best, best_distance = index, distance
    return best


def _ordinal_columns(data: list[ClassifiedLine], columns: list[Column]) -> list[Column] | None:
    """Columns by order, for renderings that do not align them ("Net sales $ 520.9    $ 538.0" with each
    row's values wherever its label ends): most rows hold the same number of values, but their extents
    make more columns than that. None where the columns are aligned."""
    counts = Counter(len(line.cells) for line in data)
    width, rows = counts.most_common(1)[0]
    if len(columns) <= width or rows * 5 < len(data) * 3 or width == 0:
        return None
    full = [line for line in data if len(line.cells) == width]
    return [Column(min(line.cells[i].start for line in full), max(line.cells[i].end for line in full))
            for i in range(width)]


def _place(
    line: ClassifiedLine, columns: list[Column], ordinal: bool = False, starts: list[int] | None = None,
    ends: list[int] | None = None,
) -> tuple[str, tuple[Cell | None, ...]]:
    """Put a line's cells in their columns; cells left of every column go back into the label. `starts`
    (and `ends`, from _disjoint_ends) when the caller places many lines in the same columns."""
    slots: list[Cell | None] = [None] * len(columns)
    label = line.label
    if ordinal and len(line.cells) >= len(columns):
        extra = len(line.cells) - len(columns)
        if extra:
            label = line.text[: line.cells[extra - 1].end].strip()
        return label, tuple(line.cells[extra:])
    first_start = columns[0].start if columns else 0
    if starts is None:
        starts = [column.start for column in columns]
    for cell in line.cells:
        if cell.end <= first_start - 1 and not cell.has_currency:
            label = line.text[: cell.end].strip()
            continue
        index = _column_of(cell, columns, starts, ends)
        if slots[index] is None:
            slots[index] = cell
    return label, tuple(slots)


def _joins(previous: ClassifiedLine, continuation: str) -> bool:
    """Whether `continuation` carries on the label of `previous` (a wrapped line) rather than follow it.

    Headings are short; a label-only line as long as `_WRAPPED_LENGTH` ran out of room and wrapped."""
    if not continuation:
        return True
    if previous.label.endswith(":"):
        return continuation[0].islower()
    return (
        continuation[0].islower()
        or bool(CONNECTOR_END.search(previous.label))
        or continuation[0] in "(&"
        or len(previous.label) >= _WRAPPED_LENGTH
    )


def _read_block(classified: list[ClassifiedLine], first: int, last: int) -> RawTable | None:
    data = [line for line in classified[first : last + 1] if line.kind is LineKind.DATA]
    columns = _columns(data)
    if not columns:
        return None
    if len(columns) > MAX_TABLE_COLUMNS:  # every row keeps a slot per column: refuse before making them
        raise refusal(f"a table of {len(columns):,} columns", f"tables of more than {MAX_TABLE_COLUMNS:,} columns",
                      "MAX_TABLE_COLUMNS", line=classified[first].number)
    ordinal = _ordinal_columns(data, columns)
    if ordinal:
        columns = ordinal
    area = header_area(classified, first)
    title_lines, header_lines, lead = split_area(area)
    rows = _rows(lead + classified[first : last + 1], columns, ordinal=bool(ordinal))
    if not rows:
        return None
    headers = column_headers(title_lines, header_lines, columns)
    headers = _years_in_order(headers, header_lines, columns, rows)
    if ordinal or not all(YEAR_IN_TEXT.search(header) for header in headers):
        # Unaligned or broken headers ("2020 March 31," over the second column): read them in order, and
        # keep what the positions said where they said enough.
        stream = stream_headers(title_lines, header_lines, len(columns))
        if stream is not None:
            headers = tuple(
                words if DURATION.search(words) else " ".join([*(m.group() for m in DURATION.finditer(h)), words])
                for h, words in zip(headers, stream, strict=True)
            )
    top = area[0].number - 1 if area else first
    context = tuple(line.text for line in classified[max(0, top - 6) : top])
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
    )


def _rows(lines: list[ClassifiedLine], columns: list[Column], ordinal: bool = False) -> list[RawRow]:
    rows: list[RawRow] = []
    pending: list[ClassifiedLine] = []
    # A layout that indents nothing (w3m, lynx, many PDFs) cannot close a section by stepping back out.
    flat = len({line.indent for line in lines if line.kind in (LineKind.DATA, LineKind.TEXT) and line.label}) <= 1
    section = ""
    section_indent = -1
    stem = ""
    after_rule = False
    starts = [column.start for column in columns]
    ends = _disjoint_ends(columns)
    for line in lines:
        if line.kind is LineKind.BLANK:
            continue
        if line.kind is LineKind.RULE:
            # A single rule under a column announces a total; a double rule closes the total above it.
            after_rule = bool(rows) and "=" not in line.text and "\u2550" not in line.text
            continue
        if line.kind in (LineKind.TEXT, LineKind.YEARS):
            pending.append(line)
            continue
        label, cells = _place(line, columns, ordinal, starts, ends)
        joined: list[ClassifiedLine] = []
        head = label
        while pending and _joins(pending[-1], head):
            joined.insert(0, pending.pop())
            head = joined[0].label
        if not label and not joined and rows and not pending:
            # Values on a line of their own continue the row above only if its cells are free.
            previous = rows[-1]
            if all(a is None or b is None for a, b in zip(previous.cells, cells, strict=True)):
                merged = tuple(a if a is not None else b for a, b in zip(previous.cells, cells, strict=True))
                rows[-1] = RawRow(previous.label, merged, previous.first_line, line.number, previous.indent,
                                  previous.section, previous.after_rule)
                continue
        for position, heading in enumerate(pending):
            words = heading.label.rstrip(":").strip()
            if position and heading.indent > pending[position - 1].indent:
                # A heading indented under another ("Per Common Share" / "Net (Loss) Earnings") narrows it.
                section = f"{section} {words}"
            else:
                section = words
                section_indent = heading.indent
            stem = _STEM_NOTE.sub("", words)
        pending = []
        indent = joined[0].indent if joined else line.indent
        # An indented layout closes a section when a row steps back out to the heading's indent; a flat
        # layout (w3m, lynx, PDFs) cannot say so, and keeps the section until the next heading.
        # A bare "Basic" or "Total" cannot stand on its own: it still belongs to the heading above.
        if section and indent <= section_indent and not flat and not _BARE_LABEL.match(label):
            section = ""
            section_indent = -1
        full = " ".join([p.label for p in joined] + ([label] if label else []))
        full = " ".join(full.split())  # runs of whitespace as one space, as re's \s+ would, without a regex
        if not full and section:
            full = f"Total {section}"  # an unlabelled sum under a heading's rows is that section's total
        # "Net Income - Excluding items" then "- As Reported": variants of one line share its stem.
        variant = _DASH_LED.match(full)
        if variant and stem:
            full = f"{stem} - {variant.group(1)}"
        elif _STEM_DASH.search(full):
            stem = _STEM_DASH.split(full)[0].strip()
        else:
            stem = full
        rows.append(
            RawRow(
                label=full,
                cells=cells,
                first_line=joined[0].number if joined else line.number,
                last_line=line.number,
                indent=indent,
                section=section,
                after_rule=after_rule,
            )
        )
        after_rule = False
    return rows
