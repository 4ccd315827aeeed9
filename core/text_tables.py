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

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum

from core.numbers import Cell, split_cells
from core.periods import DATE, DURATION, PERIOD_WORDS
from core.vocabulary import STATEMENT_TITLES, UNIT_LINE

# Rows of one table are rarely more than this many lines apart (wrapped labels, headings, blank lines,
# rules); a longer gap starts a new table.
_MAX_GAP_LINES = 8
# Four blank lines in a row separate tables (double-spaced renderings leave three inside one).
_MAX_BLANK_RUN = 3
# Titles may stand further off: EDGAR's <TABLE>/<CAPTION> tags, blanked, leave gaps of four or five lines.
_MAX_TITLE_GAP = 5
# How far above the first row a table's header and title may reach.
_MAX_HEADER_LINES = 14
# A line this long with no wide gap is a sentence, not a label.
_PROSE_MIN_LENGTH = 60
# A label beside a row of years ("Fiscal year", "Year ended December 31,") is short; a long one is a
# sentence that happens to end in a year.
_MAX_HEADER_LABEL = 40
# A label-only line this long is a label that wrapped, not a heading ("INCOME FROM OPERATIONS BEFORE
# INCOME TAXES AND EQUITY METHOD" / "INVESTMENTS"): headings are a few words.
_WRAPPED_LENGTH = 45
# Minimum gap between a label and its first value: fixed-width tables pad with at least two spaces;
# prose separates words with one.
_MIN_LABEL_GAP = 2

_RULE = re.compile(r"^[\s\-=_~*+|.\u2500-\u257f\u2014\u2013]*$")
_RULE_RUN = re.compile(r"[-=_~\u2500-\u257f\u2014]{3,}")
_YEAR_CELL = re.compile(r"^(?:19|20)\d{2}$")
# What printing adds to every page: "Page 5", "6/13", a URL, a print date and time. It is no part of any
# table, and a table that runs over a page break must read on as if it were not there.
_PAGE_FURNITURE = re.compile(
    r"^(?:-\s*)?page\s+\d+(?:\s+of\s+\d+)?(?:\s*-)?$|^\d+\s*/\s*\d+$|^(?:file|https?)://\S+(?:\s+\d+\s*/\s*\d+)?$"
    r"|^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AP]M\b|^-\s*\d+\s*-$|^-more-$",
    re.IGNORECASE,
)
_ACTIVITIES = re.compile(r"\bactivities\b|\breconcile\b", re.IGNORECASE)
_DURATION_PHRASE = re.compile(
    r"\b(?:three|six|nine|twelve|thirteen|twenty-six|thirty-nine|fifty-two|\d{1,2})[\s-]+(?:months?|weeks?)\s+"
    r"end(?:ed|ing)\b|\b(?:quarter|(?:fiscal\s+)?year)\s+end(?:ed|ing)\b",
    re.IGNORECASE,
)
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d{2}\b")
_YEARS_AND_CHANGE = re.compile(
    r"\s*(?:(?:(?:19|20)\d{2}|[%$]|yoy|change|variance|increase|decrease|\((?:decrease|increase)\)|inc\.?|dec\.?"
    r"|percent|fav(?:orable)?|\(?unfav(?:orable)?\)?|\(\w\)|\*)\s*)+",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b", re.I)
_FULL_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b")
_DATED = re.compile(r"\b(?:19|20)\d{2}\b")
_BARE_LABEL = re.compile(
    r"^(?:total\b.*|basic|diluted|basic\s+(?:and|&)\s+diluted|net|assuming\s+dilution)[:.]?$", re.I
)
_VALUE_CHAR = re.compile(r"[\d\-\u2013\u2014]")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_FOOTNOTE_CELL = re.compile(r"^\(\w\)$|^\(\d{1,2}\)$|^\*{1,3}$")
_CONNECTOR_END = re.compile(
    r"(?:\b(?:and|or|of|in|for|to|from|the|a|an|on|by|at|with|net|before|after|less|per|plus|"
    r"attributable|applicable|available|including|excluding)|[,&/(\-–])$",
    re.IGNORECASE,
)
# EDGAR stuffs a dash at the start of a line as "- -"; either way the row is a variant of the one above.
_DASH_LED = re.compile(r"^(?:-\s*){1,2}(\w.*)$")
_STEM_NOTE = re.compile(r"\s*-?\s*\((?:see\s+)?notes?\)\s*$|\s*-\s*$", re.IGNORECASE)
_UNAUDITED = re.compile(r"^\(?\s*unaudited\s*\)?$", re.IGNORECASE)
_SENTENCE_TAIL = re.compile(r"^[a-z][\w,;'\-]*(?: [\w,;'\-$%()]+){3,}\.$")
_WIDE_GAP = re.compile(r"\S {3,}\S")


class LineKind(Enum):
    BLANK = "blank"
    RULE = "rule"
    YEARS = "years"
    DATA = "data"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class ClassifiedLine:
    number: int  # 1-based
    text: str
    kind: LineKind
    label: str
    indent: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Column:
    start: int
    end: int

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


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


def classify(number: int, text: str) -> ClassifiedLine:
    stripped = text.strip()
    indent = len(text) - len(text.lstrip())
    if not stripped or _PAGE_FURNITURE.search(stripped):
        return ClassifiedLine(number, text, LineKind.BLANK, "", 0, ())
    if _RULE.match(text) and _RULE_RUN.search(text):
        return ClassifiedLine(number, text, LineKind.RULE, "", indent, ())
    if not _VALUE_CHAR.search(stripped):
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())  # no digit, no dash: words
    label, label_end, cells = split_cells(text)
    if not label and len(cells) == 1 and _PAGE_NUMBER.match(cells[0].text):
        cells = []  # a page number ("6") standing alone between pages
    if cells and not label and all(c.is_dash and not c.has_currency for c in cells):
        # Bare dashes with no label: a short rule under narrow columns; a zero row always has a label.
        return ClassifiedLine(number, text, LineKind.RULE, "", indent, ())
    if cells:
        years = [c for c in cells if _YEAR_CELL.match(c.text)]
        notes = [c for c in cells if _FOOTNOTE_CELL.match(c.text)]
        header_label = not label or (len(label) <= _MAX_HEADER_LABEL and (
            PERIOD_WORDS.search(label) is not None or UNIT_LINE.search(label) is not None
            or _UNAUDITED.match(label) is not None))
        if years and len(years) + len(notes) == len(cells) and header_label:
            return ClassifiedLine(number, text, LineKind.YEARS, label, indent, tuple(cells))
        gap = cells[0].start - label_end
        spaced = not label or gap >= _MIN_LABEL_GAP or len(cells) >= 2
        if spaced and not (label and DATE.search(label) and _only_day_or_year(cells)):
            return ClassifiedLine(number, text, LineKind.DATA, label, indent, tuple(cells))
    return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())


def _only_day_or_year(cells: list[Cell]) -> bool:
    """A header such as "June 30, 2004   December 31, 2003" ends in what looks like numbers."""
    return all(c.value == c.value.to_integral_value() and (0 < c.value <= 31 or 1900 <= c.value < 2100)
               and "," not in c.text and not c.has_currency and "(" not in c.text for c in cells)


def is_prose(line: ClassifiedLine) -> bool:
    """A sentence: a long line without column gaps, or the lower-case end of a paragraph."""
    if line.kind is not LineKind.TEXT or _WIDE_GAP.search(line.label):
        return False
    if line.label.endswith(":") or _CONNECTOR_END.search(line.label):
        return False  # a long label wrapping onto the next line
    if sum(1 for c in line.label if c.islower()) * 3 < len(line.label):
        return False  # capitals: a heading or label, never a sentence
    if len(_FULL_DATE.findall(line.label)) >= 2:
        return False  # "January 2, 1995  January 1, 1996": column dates set two spaces apart
    if UNIT_LINE.search(line.label) or (line.label.startswith("(") and line.label.endswith(")")):
        return False  # "(U.S. dollars in thousands, except share and per share data, unaudited)"
    return len(line.label) >= _PROSE_MIN_LENGTH or bool(_SENTENCE_TAIL.match(line.label))


def is_title(text: str) -> bool:
    """A statement's title ("CONDENSED STATEMENTS OF CASH FLOWS"), not a line that names a cash flow
    ("Cash flows from investing activities:")."""
    stripped = text.strip()
    if stripped.endswith(":") or _ACTIVITIES.search(stripped):
        return False
    return any(pattern.search(stripped) for _, pattern in STATEMENT_TITLES)


def _is_header_text(text: str) -> bool:
    if _YEARS_AND_CHANGE.fullmatch(text) and len(_YEAR_IN_TEXT.findall(text)) >= 2:
        return True  # "2019   2020   YoY Change"
    return bool(DURATION.search(text) or DATE.search(text) or re.search(r"\b(?:19|20)\d{2}\b", text)) and bool(
        PERIOD_WORDS.search(text) or re.fullmatch(r"[\s\d]+", text.strip())
    )


def find_tables(lines: tuple[str, ...]) -> list[RawTable]:
    """Every table in the text, top to bottom."""
    classified = [classify(i + 1, line) for i, line in enumerate(lines)]
    tables: list[RawTable] = []
    # Tables with one cell a line (markdown scrapes) are read first; their lines are then set aside.
    from core.cell_per_line import vertical_tables

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
                    before.rows + rows, before.first_line, after.last_line, before.context)


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


def _is_new_header(line: ClassifiedLine) -> bool:
    text = line.label
    return (bool(re.search(r"\b(?:months|weeks|quarter|year)s?\s+end", text, re.I)) and _WIDE_GAP.search(
        line.text.strip()
    ) is not None) or bool(re.match(r"^(?:three|six|nine|twelve|\d+)[\s-]+(?:months|weeks)", text, re.I))


def _header_area(classified: list[ClassifiedLine], first: int) -> list[ClassifiedLine]:
    """The lines above a table's first row that may hold its title, unit and column headers."""
    area: list[ClassifiedLine] = []
    blank_run = 0
    index = first - 1
    while index >= 0 and len([x for x in area if x.kind is not LineKind.BLANK]) < _MAX_HEADER_LINES:
        line = classified[index]
        if line.kind is LineKind.DATA or is_prose(line):
            break
        blank_run = blank_run + 1 if line.kind is LineKind.BLANK else 0
        if blank_run > _MAX_TITLE_GAP:
            break
        area.append(line)
        index -= 1
    area.reverse()
    return area


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
    if any(_conflicts(line, columns) for line in data):
        columns = _columns_by_anchor(data)
    return _drop_weak_left_columns(columns, data)


def _conflicts(line: ClassifiedLine, columns: list[Column]) -> bool:
    seen = set()
    for cell in line.cells:
        index = _column_of(cell, columns)
        if index in seen:
            return True
        seen.add(index)
    return False


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


def _drop_weak_left_columns(columns: list[Column], data: list[ClassifiedLine]) -> list[Column]:
    """A "column" left of the real ones that few rows use is a number inside labels ("... 2003")."""
    support = [0] * len(columns)
    for line in data:
        for cell in line.cells:
            support[_column_of(cell, columns)] += 1
    strongest = max(support, default=0)
    while len(columns) > 1 and support[0] * 5 < strongest:
        columns = columns[1:]
        support = support[1:]
    return columns


def _column_of(cell: Cell, columns: list[Column]) -> int:
    best, best_distance = 0, float("inf")
    for index, column in enumerate(columns):
        if cell.start < column.end and cell.end > column.start:
            overlap = min(cell.end, column.end) - max(cell.start, column.start)
            distance = -overlap
        else:
            distance = min(abs(cell.start - column.end), abs(cell.end - column.start))
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


def stream_headers(
    title_lines: list[ClassifiedLine], header_lines: list[ClassifiedLine], width: int
) -> tuple[str, ...] | None:
    """Headers of unaligned renderings, read as a stream of words rather than by position.

    The n-th full date names the n-th column. Failing that, the last `width` years name the columns in
    order and the month-days and durations printed before them are shared out evenly: two durations over
    four columns name two each ("Three Months Ended", "Nine Months Ended" / "September 30," twice / four
    years). None where the counts do not divide.
    """
    lines = sorted(title_lines + header_lines, key=lambda line: line.number)
    text = " ".join(line.text.strip() for line in lines if not is_title(line.text))
    durations = [m.group() for m in _DURATION_PHRASE.finditer(text)]
    dates = [m.group() for m in DATE.finditer(text) if m.group("year") or m.group("y")]
    if len(dates) == width:
        return tuple(f"{_share(durations, width, i)} {dates[i]}".strip() for i in range(width))
    years = _YEAR_IN_TEXT.findall(text)[-width:]
    month_days = [m.group() for m in _MONTH_DAY.finditer(text)]
    if len(years) != width or (month_days and width % len(month_days)) or (durations and width % len(durations)):
        return None
    return tuple(
        " ".join(part for part in (_share(durations, width, i), _share(month_days, width, i), years[i]) if part)
        for i in range(width)
    )


def _share(parts: list[str], width: int, index: int) -> str:
    """The part that names column `index` when len(parts) parts are spread evenly over `width` columns."""
    if not parts or width % len(parts):
        return ""
    return parts[index // (width // len(parts))]


def _place(
    line: ClassifiedLine, columns: list[Column], ordinal: bool = False
) -> tuple[str, tuple[Cell | None, ...]]:
    """Put a line's cells in their columns; cells left of every column go back into the label."""
    slots: list[Cell | None] = [None] * len(columns)
    label = line.label
    if ordinal and len(line.cells) >= len(columns):
        extra = len(line.cells) - len(columns)
        if extra:
            label = line.text[: line.cells[extra - 1].end].strip()
        return label, tuple(line.cells[extra:])
    first_start = columns[0].start if columns else 0
    for cell in line.cells:
        if cell.end <= first_start - 1 and not cell.has_currency:
            label = line.text[: cell.end].strip()
            continue
        index = _column_of(cell, columns)
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
        or bool(_CONNECTOR_END.search(previous.label))
        or continuation[0] in "(&"
        or len(previous.label) >= _WRAPPED_LENGTH
    )


def _read_block(classified: list[ClassifiedLine], first: int, last: int) -> RawTable | None:
    data = [line for line in classified[first : last + 1] if line.kind is LineKind.DATA]
    columns = _columns(data)
    if not columns:
        return None
    ordinal = _ordinal_columns(data, columns)
    if ordinal:
        columns = ordinal
    area = _header_area(classified, first)
    title_lines, header_lines, lead = _split_area(area)
    rows = _rows(lead + classified[first : last + 1], columns, ordinal=bool(ordinal))
    if not rows:
        return None
    headers = _column_headers(title_lines, header_lines, columns)
    if ordinal or not all(_DATED.search(header) for header in headers):
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
        title_lines=tuple(line.text.strip() for line in title_lines),
        header_lines=tuple(line.text for line in header_lines),
        columns=tuple(columns),
        column_headers=headers,
        rows=tuple(rows),
        first_line=(area[0].number if area else classified[first].number),
        last_line=classified[last].number,
        context=context,
    )


def _split_area(
    area: list[ClassifiedLine],
) -> tuple[list[ClassifiedLine], list[ClassifiedLine], list[ClassifiedLine]]:
    """Title, unit and "(unaudited)" lines; the period header (dates, durations, years); then the first
    labels of the table itself ("Operating expenses:"), which stand below the last header line."""
    def titular(text: str) -> bool:
        return is_title(text) or bool(UNIT_LINE.search(text)) or bool(_UNAUDITED.match(text))

    last_header = -1
    last_titular = -1
    for index, line in enumerate(area):
        text = line.text.strip()
        if line.kind is LineKind.YEARS or (line.kind is LineKind.TEXT and not titular(text)
                                           and _is_header_text(text)):
            last_header = index
        elif line.kind is LineKind.TEXT and titular(text):
            last_titular = index
            if last_header >= 0 and DATE.search(text):
                last_header = index  # "(in millions)   March 29, 2020   March 31, 2019": unit and dates
    first_header = next(
        (i for i, line in enumerate(area) if (line.kind is not LineKind.BLANK and i <= last_header
         and not titular(line.text.strip()) and _is_header_text(line.text.strip()))
         or line.kind is LineKind.YEARS),
        last_header + 1,
    )
    if last_header < 0:
        first_header = last_header = last_titular
    # Header words without a date ("Three-months ended") may stand above the first dated line.
    while first_header > 0 and area[first_header - 1].kind is LineKind.TEXT and not titular(
        area[first_header - 1].text.strip()
    ) and DURATION.search(area[first_header - 1].text):
        first_header -= 1
    title = [line for line in area[: first_header + (1 if first_header == last_titular else 0)]
             if line.kind not in (LineKind.BLANK, LineKind.RULE)]
    header = [line for line in area[first_header : last_header + 1]
              if line.kind not in (LineKind.BLANK, LineKind.RULE) and line not in title]
    rest = [line for line in area[last_header + 1 :] if line.kind not in (LineKind.BLANK, LineKind.RULE)]
    # A unit note printed under the dates ("In millions") is still the table's unit, never a row heading.
    title += [line for line in rest if titular(line.text.strip())]
    lead = [line for line in rest if not titular(line.text.strip())]
    return title, header, lead


def _column_headers(
    title_lines: list[ClassifiedLine], header_lines: list[ClassifiedLine], columns: list[Column]
) -> tuple[str, ...]:
    """Each column's header text: the phrases standing above it, top to bottom.

    Title lines count too, for the phrases they carry over the columns (renderers often print "Three
    Months Ended" on the title's line), but never the title, unit or "(unaudited)" words themselves.
    """
    parts: list[list[str]] = [[] for _ in columns]
    lines = sorted(title_lines + header_lines, key=lambda line: line.number)
    headers = {line.number for line in header_lines}
    for line in lines:
        named: dict[int, str] = {}
        best: dict[int, tuple[int, str]] = {}  # per column, the phrase standing most squarely above it
        for text, start, end in _phrases(line.text):
            if is_title(text) or UNIT_LINE.search(text) or _UNAUDITED.match(text):
                continue
            if line.number not in headers and not _is_header_text(text) and not DURATION.search(text):
                continue  # a company name or other title words centred over the columns
            hit = [i for i, c in enumerate(columns) if start < c.end and end > c.start] or [
                i for i, c in enumerate(columns) if start < c.end + 2 and end > c.start - 2
            ]
            if not hit and line.number in headers and end > columns[0].start - _HEADER_REACH:
                nearest = min(range(len(columns)), key=lambda i: abs(columns[i].center - (start + end) / 2))
                hit = [nearest]
            for index in hit:
                overlap = min(end, columns[index].end) - max(start, columns[index].start)
                if index not in best or overlap > best[index][0]:
                    best[index] = (overlap, text)
        named = {index: text for index, (_, text) in best.items()}
        # A duration printed once over its group of columns ("13 weeks ended", centred or left-aligned
        # by the renderer) names the columns beside it that no phrase of this line stands over. Only
        # durations spread this way: a year or a "% of" belongs to its own column.
        spans = [(start, end, text) for text, start, end in _phrases(line.text)
                 if DURATION.search(text) and not _YEAR_IN_TEXT.search(text)]
        if spans and named:
            for index, column in enumerate(columns):
                if index in named:
                    continue
                distance, text = min(
                    (max(start - column.end, column.start - end, 0), text) for start, end, text in spans
                )
                gap = min((abs(other.center - column.center) for other in columns if other is not column), default=0)
                if distance <= gap:
                    named[index] = text
        for index, text in named.items():
            parts[index].append(text)
    return tuple(" ".join(p) for p in parts)


def _phrases(text: str) -> list[tuple[str, int, int]]:
    """Header phrases with where they stand; two full dates in one phrase ("March 31, 2020 December 31,
    2019", as tight renderings print them) are two phrases."""
    result = []
    for match in _PHRASE_SPLIT.finditer(text):
        dates = [m.start() for m in DATE.finditer(match.group()) if m.group("year") or m.group("y")]
        cuts = [0, *dates[1:], len(match.group())] if len(dates) > 1 else [0, len(match.group())]
        for left, right in itertools.pairwise(cuts):
            piece = match.group()[left:right].rstrip()
            if piece:
                result.append((piece, match.start() + left, match.start() + left + len(piece)))
    return result


# Header phrases are separated by two or more spaces; a single space stays inside a phrase.
_PHRASE_SPLIT = re.compile(r"\S+(?: \S+)*")
# A header phrase that overlaps no column still names the nearest one if it stands this close to them.
_HEADER_REACH = 12


def _rows(lines: list[ClassifiedLine], columns: list[Column], ordinal: bool = False) -> list[RawRow]:
    rows: list[RawRow] = []
    pending: list[ClassifiedLine] = []
    # A layout that indents nothing (w3m, lynx, many PDFs) cannot close a section by stepping back out.
    flat = len({line.indent for line in lines if line.kind in (LineKind.DATA, LineKind.TEXT) and line.label}) <= 1
    section = ""
    section_indent = -1
    stem = ""
    after_rule = False
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
        label, cells = _place(line, columns, ordinal)
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
        for heading in pending:
            section = heading.label.rstrip(":").strip()
            section_indent = heading.indent
            stem = _STEM_NOTE.sub("", section)
        pending = []
        indent = joined[0].indent if joined else line.indent
        # An indented layout closes a section when a row steps back out to the heading's indent; a flat
        # layout (w3m, lynx, PDFs) cannot say so, and keeps the section until the next heading.
        # A bare "Basic" or "Total" cannot stand on its own: it still belongs to the heading above.
        if section and indent <= section_indent and not flat and not _BARE_LABEL.match(label):
            section = ""
            section_indent = -1
        full = " ".join([p.label for p in joined] + ([label] if label else []))
        full = re.sub(r"\s+", " ", full).strip()
        if not full and section:
            full = f"Total {section}"  # an unlabelled sum under a heading's rows is that section's total
        # "Net Income - Excluding items" then "- As Reported": variants of one line share its stem.
        variant = _DASH_LED.match(full)
        if variant and stem:
            full = f"{stem} - {variant.group(1)}"
        elif " - " in full:
            stem = full.split(" - ")[0].strip()
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
