"""A table's grid typeset as fixed-width lines: where each column starts, each row drawn (labels wrapped,
header cells stacked and bottom-aligned, numbers right-aligned), borders drawn as rule lines."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.readers.html.grid import FOOTNOTE_MARK, Cell
from core.readers.html.wrap import PROSE_LINE, wrap_label, wrap_paragraph
from core.tables.period_headers import DATE, duration_in
from core.vocabulary import COLUMN_NOTE, VERSION_CELL, YEAR_RE

# Columns of a rendered table are at least this far apart: the text reader splits columns at runs of two
# or more spaces and header phrases at two; three leaves no doubt.
COLUMN_GAP = 3
_YEAR = re.compile(rf"^{YEAR_RE}$")


@dataclass(slots=True)
class Layout:
    """Where each grid column starts and how wide it is (0 for a column dropped as empty); the label
    column is everything left of `first`, `label_width` wide."""

    first: int
    label_width: int
    starts: list[int] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)
    # Columns whose figures are mostly percentages ("97.6%" beside each amount): a table of per-share lines
    # drawn under the statement has none of them (`following`).
    percent: set[int] = field(default_factory=set)
    # Each cell's extent by its first and last column, found once: the rows of a table repeat their columns.
    _extents: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict, init=False, repr=False,
                                                             compare=False)

    def values_extent(self) -> tuple[int, int]:
        """From the first value column's start to the last one's end."""
        kept = [c for c in range(self.first, len(self.widths)) if self.widths[c]]
        if not kept:
            return self.label_width, self.label_width
        return self.starts[kept[0]], self.starts[kept[-1]] + self.widths[kept[-1]]

    def extent(self, cell: Cell) -> tuple[int, int]:
        """The horizontal extent of a cell: from its first kept column to the end of its last (read once
        the layout is complete)."""
        key = (cell.col, cell.col + cell.span - 1)
        found = self._extents.get(key)
        if found is None:
            found = self._extents[key] = self._extent(cell)
        return found

    def _extent(self, cell: Cell) -> tuple[int, int]:
        if cell.col < self.first and cell.last < self.first:
            return 0, self.label_width
        widths = self.widths
        low, high = max(cell.col, self.first), min(cell.last, len(widths) - 1)
        while low <= high and not widths[low]:
            low += 1  # the first kept column the cell covers
        if low > high:
            position = self.starts[min(cell.last, len(self.starts) - 1)]
            return position, position
        while not widths[high]:
            high -= 1  # the last (the first one stops the search)
        start = 0 if cell.col < self.first and not _over_values(cell, self.first) else self.starts[low]
        return start, self.starts[high] + widths[high]


def add_rule(lines: list[str], rule: str) -> None:
    """Append a rule line, or overlay it on the rule just drawn (a border under one row and over the next
    are one line on paper)."""
    if not rule:
        return
    if lines and lines[-1] and not lines[-1].strip(" -="):
        row = list(lines[-1])
        for position, char in enumerate(rule):
            if char != " ":
                if position >= len(row):
                    row.extend(" " * (position + 1 - len(row)))
                if row[position] != "=":
                    row[position] = char
        lines[-1] = "".join(row)
    else:
        lines.append(rule)


def first_value_column(filled_rows: list[list[Cell]], first_number: int) -> int:
    """Where the value columns begin: just after the labels of the rows that hold numbers (each row given
    as its cells with text).

    Not simply the first column holding a number: a header over "$ | 403.9" starts at the "$" column,
    left of the number, and must still stand over the values, not in the label column.
    """
    # A column of figures stays one though a cell of it is none ("6,2003", a footnote's digit set in small
    # type on the figure): its words are an odd cell, not a label, or every row would lose that column.
    rows: list[tuple[list[Cell], list[int]]] = []
    figures: dict[int, int] = {}
    words: dict[int, int] = {}
    for filled in filled_rows:
        # A footnote mark ("(1)") under a column header is no value: the words beside it are headers too; so
        # is a year beside other columns' headers ("Actual | Pro Forma (1) | 2021").
        numbers = [c.col for c in filled if c.numeric and not FOOTNOTE_MARK.match(c.text)
                   and _YEAR.match(c.text) is None]
        if not numbers:
            continue
        rows.append((filled, numbers))
        for c in filled:
            if c.numeric:  # a figure joined with its "$" cell spans both columns
                for col in range(c.col, c.last + 1):
                    figures[col] = figures.get(col, 0) + 1
            else:
                words[c.col] = words.get(c.col, 0) + 1
    label_end = -1
    for filled, numbers in rows:
        labels = [c.last for c in filled if not c.numeric and c.col < min(numbers)
                  and figures.get(c.col, 0) <= 2 * words.get(c.col, 0)]
        if labels:
            label_end = max(label_end, min(max(labels), min(numbers) - 1))
    return label_end + 1 if label_end >= 0 else first_number


def as_paragraphs(rows: list[list[Cell]]) -> list[str]:
    lines: list[str] = []
    for cells in rows:
        text = " ".join(c.text for c in cells if c.lines).strip()
        if text:
            lines.extend(wrap_paragraph(text))
            lines.append("")
    return lines


def _over_values(cell: Cell, first: int) -> bool:
    """Whether a cell stands over the value columns: it starts in them, or, a header spanning columns, starts
    beside the row labels' first column and reaches into them ("Three Months Ended" over columns 1-3 where
    the rows' labels span columns 0-1: round 425, drawn into the label area, every header lost)."""
    return cell.col >= first or (cell.col > 0 and cell.span > 1 and cell.last >= first and not cell.numeric)


def _is_heading_row(filled: list[Cell], first: int) -> bool:
    """A row with text only in the label area (a section heading, a title, a footnote), free to overflow."""
    return bool(filled) and all(not c.numeric and not _over_values(c, first) for c in filled)


def _label_text(filled: list[Cell], first: int) -> tuple[str, int]:
    """The label of a row: every cell left of the number columns, joined, and its indentation."""
    parts = [c for c in filled if not _over_values(c, first) and not c.numeric]
    if not parts:
        return "", 0
    return " ".join(c.text for c in parts), parts[0].indent + 2 * parts[0].col


def column_layout(filled_rows: list[list[Cell]], width: int, first: int) -> Layout:
    """Where each column starts, from the rows' cells with text (`filled_rows`, one list a row)."""
    # The rows that set the columns: headings are left out (they may overflow).
    body = [filled for filled in filled_rows if filled and not _is_heading_row(filled, first)]
    label_width = 0
    for filled in body:
        text, indent = _label_text(filled, first)
        if text:
            label_width = max(label_width, indent + max(len(line) for line in wrap_label(text)))
    widths = [0] * width
    used = [False] * width
    spanning: list[Cell] = []
    for filled in body:
        for cell in filled:
            if cell.col < first:
                continue
            if cell.span == 1:
                widths[cell.col] = max(widths[cell.col], max(len(line) for line in cell.lines))
                used[cell.col] = True
            else:
                spanning.append(cell)
    for cell in sorted(spanning, key=lambda c: c.span):
        covered = [c for c in range(cell.col, min(cell.last, width - 1) + 1) if used[c]]
        if not covered:
            target = min(cell.last, width - 1)
            used[target] = True
            covered = [target]
        need = max(len(line) for line in cell.lines)
        have = sum(widths[c] for c in covered) + COLUMN_GAP * (len(covered) - 1)
        if need > have:
            extra, rest = divmod(need - have, len(covered))
            for position, c in enumerate(covered):
                widths[c] += extra + (1 if position < rest else 0)
    layout = Layout(first=first, label_width=label_width)
    figures: dict[int, list[bool]] = {}
    for filled in body:
        for cell in filled:
            if cell.col >= first and cell.span == 1 and cell.numeric:
                figures.setdefault(cell.col, []).append(cell.text.rstrip(")").endswith("%"))
    layout.percent = {c for c, marks in figures.items() if sum(marks) * 2 > len(marks)}
    x = label_width
    for c in range(width):
        if c < first:
            layout.starts.append(0)
            layout.widths.append(0)
            continue
        if used[c]:
            x += COLUMN_GAP
            layout.starts.append(x)
            layout.widths.append(widths[c])
            x += widths[c]
        else:
            layout.starts.append(x)
            layout.widths.append(0)
    return layout


def headerless(filled_rows: list[list[Cell]], first: int) -> bool:
    """Rows of figures and headings only: no row of column headers of its own."""
    return all(not filled or any(c.numeric for c in filled) or _is_heading_row(filled, first)
               for filled in filled_rows)


def following(previous: Layout, layout: Layout) -> Layout | None:
    """`layout` set in `previous`'s columns, for a table of figures without headers drawn right under
    another ("Basic   (0.528)   (0.907)   NM" under a statement): in its own narrower columns its figures
    would stand between the statement's, and the text reader would take them for columns of their own.
    None where the columns do not correspond one to one, or its labels or figures need more room."""
    kept = [c for c in range(previous.first, len(previous.widths)) if previous.widths[c]]
    own = [c for c in range(layout.first, len(layout.widths)) if layout.widths[c]]
    if own and len(own) != len(kept) and not (layout.percent & set(own)):
        # amounts alone under amounts each beside its percentage ("$0.57" under "$12,618   4.4%", round 419:
        # only the first column's EPS had been read): the amounts' columns
        kept = [c for c in kept if c not in previous.percent]
    if not own or len(own) != len(kept) or layout.label_width > previous.label_width or any(
            layout.widths[c] > previous.widths[k] for c, k in zip(own, kept, strict=True)):
        return None
    result = Layout(first=layout.first, label_width=previous.label_width)
    result.starts = [previous.label_width] * len(layout.widths)
    result.widths = [0] * len(layout.widths)
    for c, k in zip(own, kept, strict=True):
        result.starts[c], result.widths[c] = previous.starts[k], previous.widths[k]
    for c in range(1, len(result.starts)):  # a dropped column stands where the one before it ends
        if not result.widths[c] and c not in own:
            result.starts[c] = result.starts[c - 1] + result.widths[c - 1]
    return result


def periods_over_their_versions(filled_rows: list[list[Cell]], first: int) -> None:
    """A year or date set once over the columns of its versions ("2003" spanning "As Previously Reported |
    As Restated"): the cell names every column it spans, so it is set over each of them, not centred once over
    the wide heads, where it stood over one of them or over the gap (round 724: the restated column named no
    period and was dropped, or the table was skipped). Each copy reaches from its head's column to the next's."""
    for index, upper in enumerate(filled_rows):
        lower = next((row for row in filled_rows[index + 1 :] if row), [])
        for at, cell in reversed(list(enumerate(upper))):
            heads = _version_heads_under(cell, lower, first)
            if heads:
                bounds = [cell.col, *(head.col for head in heads[1:]), cell.last + 1]
                upper[at : at + 1] = [dataclasses.replace(cell, col=start, span=end - start, lines=list(cell.lines))
                                      for start, end in itertools.pairwise(bounds)]


def _version_heads_under(cell: Cell, lower: list[Cell], first: int) -> list[Cell]:
    """The cells of the row under a spanning year or date that each head one version of its figures, two or
    more, all inside its span; none where any cell under it is something else."""
    if cell.span < 2 or cell.col < first or not (_YEAR.match(cell.text.strip()) or DATE.fullmatch(cell.text.strip())):
        return []
    under = [c for c in lower if c.last >= cell.col and c.col <= cell.last]
    if len(under) < 2 or any(c.col < cell.col or c.last > cell.last or c.numeric for c in under):
        return []
    return under if all(VERSION_CELL.fullmatch(c.text) for c in under) else []


def draw_row(filled: list[Cell], layout: Layout) -> list[str]:
    if not any(c.numeric for c in filled) and any(len(c.text) >= PROSE_LINE for c in filled) and sum(
            1 for c in filled if _over_values(c, layout.first)) < 2:
        # A sentence in a cell (a footnote inside the table): prose, which ends the table for the reader.
        # Words over two or more columns are their headers, however long one runs ("Cumulative Period from
        # July 17, 2003 (Inception) to September 30, 2011").
        return wrap_paragraph(" ".join(c.text for c in filled))
    if _is_heading_row(filled, layout.first):
        label, indent = _label_text(filled, layout.first)
        return [" " * indent + label]
    label, indent = _label_text(filled, layout.first)
    label_lines = wrap_label(label) if label else []
    values = [c for c in filled if _over_values(c, layout.first)]
    stacks = [c.lines if c.numeric else _notes_first(c.lines) for c in values]
    # which value cells are a bare year, a note stacked with it or not ("2006 / (As restated)")
    years = [_YEAR.match(lines[-1]) is not None and all(COLUMN_NOTE.match(line) for line in lines[:-1])
             if lines else False for lines in stacks]
    # Bare years beside other header words ("2014 | % of Revenues | 2013 | % Increase in US $") get the
    # bottom line to themselves: a line of years is a header the reader cannot miss, a line of years mixed
    # with words reads as neither header nor row.
    years_apart = any(years) and any(not c.numeric and not year for c, year in zip(values, years, strict=True))
    lifted = 1 if years_apart else 0
    height = max([len(label_lines)] + [len(lines) + (0 if year else lifted)
                                       for lines, year in zip(stacks, years, strict=True)])
    canvas: list[list[str]] = [[] for _ in range(height)]
    if label_lines and values and all(not c.numeric or year for c, year in zip(values, years, strict=True)):
        # A header row ("ASSETS" beside "November 2, / 2024"): the label stands on its top line, or on a
        # line of its own, so that no line holds a label and bare years (which would read as figures).
        if height == 1:
            canvas.insert(0, [])
            height += 1
        if duration_in(label) or DATE.search(label):
            # "THREE MONTHS ENDED MARCH 31," beside the years names every column: centre it over them.
            left, right = layout.values_extent()
            centred = [(line, left + max(0, (right - left - len(line)) // 2)) for line in label_lines]
            if lifted:
                # The columns' own header words ("% Change") take the line above the years: the phrase
                # gets a line of its own above them, never one header written over another.
                canvas[:0] = [[] for _ in centred]
                height += len(centred)
            for offset, (line, x) in enumerate(centred):
                _put(canvas[offset], x, line)
        else:
            for offset, line in enumerate(label_lines):
                _put(canvas[offset], indent + (2 if offset else 0), line)
        label_lines = []
    for offset, line in enumerate(label_lines):
        _put(canvas[height - len(label_lines) + offset], indent + (2 if offset else 0), line)
    for cell, lines, year in zip(values, stacks, years, strict=True):
        start, end = layout.extent(cell)
        bottom = height - (0 if year else lifted)
        for offset, line in enumerate(lines):
            row = canvas[bottom - len(lines) + offset]
            # (a year spanning its group's columns, "2004" over "Quarter | Nine Months", is centred over them as
            # a browser shows it: set at the group's right edge it had headed only the last column, round 418)
            right = cell.numeric and not (cell.span > 1 and not cell.right and _YEAR.fullmatch(cell.text.strip()))
            position = end - len(line) if right else start + max(0, (end - start - len(line)) // 2)
            _put(row, position, line)
    return ["".join(row).rstrip() for row in canvas]


def _notes_first(lines: list[str]) -> list[str]:
    """A header cell's stack with its trailing notes moved to the top ("September 26, / 2021 / (As
    restated)" as "(As restated) / September 26, / 2021"): every column's date then ends on the bottom line,
    beside its neighbours' dates, as the reader finds a row of column headers."""
    notes = 0
    while notes < len(lines) - 1 and COLUMN_NOTE.match(lines[-1 - notes].strip()):
        notes += 1
    return [*lines[len(lines) - notes :], *lines[: len(lines) - notes]] if notes else lines


def _put(row: list[str], position: int, text: str) -> None:
    end = position + len(text)
    if len(row) < end:
        row.extend(" " * (end - len(row)))
    row[position:end] = text


def rule_line(above: list[Cell], below: list[Cell], layout: Layout) -> str:
    """A rule for borders between two rows, drawn under the number columns that have them."""
    marks: list[tuple[int, int, str]] = []
    first = layout.first
    for cell in above:
        if cell.border_bottom and cell.col >= first:
            start, end = layout.extent(cell)
            if end > start:
                marks.append((start, end, cell.border_bottom))
    for cell in below:
        if cell.border_top and cell.col >= first:
            start, end = layout.extent(cell)
            if end > start:
                marks.append((start, end, cell.border_top))
    if not marks:
        return ""
    row: list[str] = []
    for start, end, char in marks:
        _put(row, start, char * (end - start))
    return "".join(row).rstrip()


def draw_rule(cells: Iterable[Cell], layout: Layout, char: str) -> str:
    row: list[str] = []
    for cell in cells:
        start, end = layout.extent(cell)
        if end > start:
            _put(row, start, char * (end - start))
    return "".join(row).rstrip()
