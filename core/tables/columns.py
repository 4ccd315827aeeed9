"""Columns of a text table: each a run of overlapping cell extents (or, where a rendering keeps no
alignment, an ordinal place), and which column a cell belongs to."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from core.tables.lines import (
    ClassifiedLine,
    Column,
)
from core.tables.numbers import Cell


def column_extents(data: list[ClassifiedLine]) -> list[Column]:
    """Columns as the union of the cells' horizontal extents, split where one row has two cells in one."""
    columns, placed = _union(data)
    if _crowded(placed):
        columns = _columns_by_anchor(data)
        placed = []
    elif len(columns) > 1:
        marks = _mark_columns(columns, data, placed)
        if marks:
            # each mark belongs to the figure before it: that column reaches over it (a header centred over
            # the two cells, "2003" over "8,420  (1)", stands over the figure's column)
            for index in sorted(marks, reverse=True):
                if index > 0:
                    columns[index - 1] = Column(columns[index - 1].start, columns[index].end)
            columns = [column for index, column in enumerate(columns) if index not in marks]
            placed = []
    return _drop_weak_left_columns(columns, data, placed)


# A footnote's mark as a cell of its own: "(1)", "(a)", "*".
MARK_CELL = re.compile(r"^\(\w{1,2}\)$|^\*{1,3}$")
# A column of marks alone is filled in at most this share of the rows holding figures.
_MARKS_SHARE = 3


def _mark_columns(columns: list[Column], data: list[ClassifiedLine], placed: list[list[int]]) -> set[int]:
    """Columns holding nothing but a few footnote marks set in cells of their own ("88   (1)   ----   145"): no
    period's figures (round 342: a "(1)" after a bank's quarter had made a sixth column of five quarters,
    dating the last one as a repeat of the second and the mark as a figure of -1)."""
    held: list[list[Cell]] = [[] for _ in columns]
    for line, indexes in zip(data, placed, strict=True):
        for cell, index in zip(line.cells, indexes, strict=True):
            held[index].append(cell)
    rows = sum(1 for line in data if line.cells)
    return {index for index, cells in enumerate(held)
            if cells and len(cells) * _MARKS_SHARE <= rows and all(MARK_CELL.match(cell.text) for cell in cells)}


def _union(data: list[ClassifiedLine]) -> tuple[list[Column], list[list[int]]]:
    """The union of the cells' extents, and each cell's column in it, found once: they tell whether two
    cells of a row fall in one column, and (when none do) how many cells each column holds, which
    _drop_weak_left_columns would find again."""
    spans = sorted((c.start, c.end) for line in data for c in line.cells)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    columns = [Column(s, e) for s, e in merged]
    starts = [column.start for column in columns]
    ends = disjoint_ends(columns)
    return columns, [[column_of(cell, columns, starts, ends) for cell in line.cells] for line in data]


def _crowded(placed: list[list[int]]) -> bool:
    return any(len(set(indexes)) < len(indexes) for indexes in placed)


# A block set apart stands last, under a heading or a blank line, and holds at most a third of the rows.
_FEWEST_ROWS_TO_SPLIT = 6
_BLOCK_SHARE = 3


def block_on_another_grid(data: list[ClassifiedLine], blanks: set[int]) -> int | None:
    """Where the rows of a last block on a grid of its own start (an index into `data`), if any: a
    restaurant chain's "Restaurant Data:" under a statement printing "% of sales" beside each quarter's
    amounts, its four figures standing under the amounts and percentages alike; a grocer's "SELECTED OPERATING
    DATA" of a quarter and nine months under a cash flow of two columns. With them, no column is clean, or
    there are more columns than the statement has; without them the statement's grid is whole, and the
    block, which no header names, is set apart.
    Only a block after a blank line most of whose rows hold more figures than the statement has columns, or
    whose figures, laid on the statement's grid by their right edges, fall under a column of percentages:
    rows a rendering or a PDF's text set a little off the grid still fit it, and are read. So are last rows,
    blank line or none, whose figures cannot stand under the statement's columns (`_off_the_grid`).
    """
    if len(data) < _FEWEST_ROWS_TO_SPLIT:
        return None
    start = len(data) - 1
    while start > 0 and data[start - 1].number == data[start].number - 1:
        start -= 1
    if start == 0 or (len(data) - start) * _BLOCK_SHARE > len(data) or not any(
            data[start - 1].number < number < data[start].number for number in blanks):
        return _last_rows_off_the_grid(data)
    apart = _block_apart(data, start)
    return _last_rows_off_the_grid(data) if apart is None else apart


# Rows read back from the end for `_last_rows_off_the_grid`: a narrower table's few rows, never a statement's
# half (each costs the grid of the rows above it once more).
_MOST_ROWS_OFF_THE_GRID = 6


def _last_rows_off_the_grid(data: list[ClassifiedLine]) -> int | None:
    """Where the last rows start whose figures cannot stand under the columns the rows above them draw
    (`_off_the_grid`), no blank line between (round 660: a narrower table's "Return on average assets   1.35%
    1.32% ..." set flush left by w3m right under a bank's balance rows); None where the last row fits."""
    start = len(data)
    while len(data) - start < min(_MOST_ROWS_OFF_THE_GRID, len(data) // _BLOCK_SHARE):
        above = data[: start - 1]
        # The union's first column starts at the leftmost cell: whether the row stands left of the grid is asked
        # of that edge before the grid is drawn, which most last rows (inside the grid) make needless (issue
        # 12, session S5: the union had been drawn for every table).
        leftmost = min((cell.start for line in above for cell in line.cells), default=None)
        if not _left_of_the_grid(data[start - 1], leftmost) or _crowded(_union(above)[1]):
            break
        start -= 1
    return start if start < len(data) else None


def _block_apart(data: list[ClassifiedLine], start: int) -> int | None:
    """`start` where the block from it, after a blank line, stands on a grid of its own (`block_on_another_grid`)."""
    columns, placed = _union(data[:start])
    if _crowded(placed):
        return None
    block = data[start:]
    if sum(len(line.cells) > len(columns) for line in block) * 2 > len(block):
        return start  # most of its rows hold more figures than the statement has columns
    if not _crowded(_union(data)[1]):
        return None  # the block's figures stand in columns of their own: a rendering's drift, read whole
    percent = _percent_columns(data[:start], placed, len(columns))
    if sum(_off_the_grid(line, columns) for line in block) * 2 > len(block):
        return start
    ends = [column.end for column in columns]
    for line in block:
        # by the digits' right edge: a "$" set far left of its figure widens the cell over two columns
        indexes = [_nearest_end(ends, cell.anchor) for cell in line.cells]
        if any(index in percent and not cell.is_percent for index, cell in zip(indexes, line.cells, strict=True)):
            return start
    return None


def _off_the_grid(line: ClassifiedLine, columns: list[Column]) -> bool:
    """Whether a row's figures cannot stand under the statement's columns: a labelled row two of whose
    figures stand left of them all, where the labels are (both would fall in the first column). A narrower
    table's row after the statement (round 660: w3m printing a bank's "Selected Ratios" table of five
    percentages a row, set close together left of the balance figures, under its "Selected Financial Data";
    merged into one grid, the columns were redrawn and the June 2025 total assets dated June 2024). A row
    pushed right by its long label, or a PDF's text setting it a little off, stands under or right of the
    columns, and is read; a footnote's mark ("(1)") is no figure, nor is one figure in the label's place (a
    footnote's "1" after it), nor a total printed with no label, its figures at the margin."""
    return _left_of_the_grid(line, columns[0].start if columns else None)


def _left_of_the_grid(line: ClassifiedLine, grid_start: int | None) -> bool:
    """`_off_the_grid`, told by where the grid's first column starts (None: no grid)."""
    return grid_start is not None and bool(line.label) and sum(
        cell.end <= grid_start and not MARK_CELL.match(cell.text) for cell in line.cells) >= 2


def _nearest_end(ends: list[int], anchor: int) -> int:
    """The column whose end is nearest a figure's right edge (`ends` ascending)."""
    after = bisect.bisect_left(ends, anchor)
    if after == len(ends) or (after and anchor - ends[after - 1] <= ends[after] - anchor):
        return after - 1
    return after


def _percent_columns(data: list[ClassifiedLine], placed: list[list[int]], width: int) -> set[int]:
    """The columns most of whose cells are percentages ("% of sales" beside each quarter's amounts)."""
    percent, cells = [0] * width, [0] * width
    for line, indexes in zip(data, placed, strict=True):
        for cell, index in zip(line.cells, indexes, strict=True):
            cells[index] += 1
            percent[index] += cell.is_percent
    return {index for index in range(width) if percent[index] * 2 > cells[index]}


def _columns_by_anchor(data: list[ClassifiedLine]) -> list[Column]:
    """Fallback for crowded layouts: cluster the right edges of digits, which right-aligned columns share."""
    anchors = sorted((c.anchor, c.start, c.end, MARK_CELL.match(c.text) is not None)
                     for line in data for c in line.cells)
    groups: list[list[tuple[int, int, int, bool]]] = []
    for item in anchors:
        if groups and item[0] - groups[-1][-1][0] <= 2:
            groups[-1].append(item)
        else:
            groups.append([item])
    rows = sum(1 for line in data if line.cells)
    columns: list[Column] = []
    for group in groups:
        column = Column(min(s for _, s, _, _ in group), max(e for _, _, e, _ in group))
        if columns and len(group) * _MARKS_SHARE <= rows and all(mark for *_, mark in group):
            # a few footnote marks after figures ("24,655   (3)") are no column: the figures' column reaches
            # over them, as where the columns do not crowd (round 402)
            columns[-1] = Column(columns[-1].start, column.end)
        else:
            columns.append(column)
    return columns


def _drop_weak_left_columns(columns: list[Column], data: list[ClassifiedLine],
                            placed: list[list[int]]) -> list[Column]:
    """A "column" left of the real ones that few rows use is a number inside labels ("... 2003").
    `placed` holds each cell's column where the caller has found them already, else it is empty."""
    support = [0] * len(columns)
    starts = [column.start for column in columns]
    for indexes in placed or ([column_of(cell, columns, starts) for cell in line.cells] for line in data):
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


def disjoint_ends(columns: list[Column]) -> list[int] | None:
    """The columns' ends when each ends before the next starts (columns merged from cell extents always
    do), else None: `column_of` may then take a cell's one overlapping column without weighing others."""
    if all(left.end <= right.start for left, right in itertools.pairwise(columns)):
        return [column.end for column in columns]
    return None


def column_of(cell: Cell, columns: list[Column], starts: list[int], ends: list[int] | None = None) -> int:
    """The column a cell overlaps most, or failing any overlap, the nearest. `ends` (from disjoint_ends)
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
        if distance < best_distance or (distance == best_distance and cell.has_currency
                                        and start <= cell.anchor <= end):
            # (a tie goes to the column the figure's own digits end in, its "$" set far left of them:
            # "$     0.84" between a share column and its amounts, as far into each, is the amounts': round 357)
            best, best_distance = index, distance
    return best


def ordinal_columns(data: list[ClassifiedLine], columns: list[Column],
                    heads: tuple[int, int] | None = None) -> list[Column] | None:
    """Columns by order, for renderings that do not align them ("Net sales $ 520.9    $ 538.0" with each
    row's values wherever its label ends): most rows hold the same number of values, but their extents
    make more columns than that. None where the columns are aligned. `heads`: the columns the header's line
    of years heads and how many of them are change columns ("2021 2020 % Change 2021 2020 % Change"), where
    it heads nothing else (`_whole_rows_beside_changes`)."""
    printed = _rows_as_printed(data)
    counts = Counter(sum(len(line.cells) for line in row) for row in printed)
    width, rows = counts.most_common(1)[0]
    if heads is not None and rows * 5 < len(printed) * 3:
        width, rows = _whole_rows_beside_changes(counts, heads, (width, rows))
    full = [line for line in data if len(line.cells) == width]
    if not full:  # no line prints a whole row (lynx setting every cell a line of its own): a line each
        printed = [[line] for line in data]
        width, rows = Counter(len(line.cells) for line in data).most_common(1)[0]
        full = [line for line in data if len(line.cells) == width]
    if rows * 5 < len(printed) * 3 or width == 0:
        return None
    if len(columns) == width and not _misplaced(full, columns):
        return None
    if len(columns) > width and _aligned_beside_a_sparse_column(data, full, columns):
        return None
    return [Column(min(line.cells[i].start for line in full), max(line.cells[i].end for line in full))
            for i in range(width)]


def _whole_rows_beside_changes(counts: Counter[int], heads: tuple[int, int], common: tuple[int, int]
                               ) -> tuple[int, int]:
    """The width and rows of a table whose header heads each period's column and a change column after
    some: a row printing every head's figure and a row printing the periods' alone (its changes left
    blank, as lynx drops an empty cell: "Operating income (loss) 2,164   (1,797 ) 1,938   (1,059 )" under
    "2021 2020 % Change 2021 2020 % Change") are both whole rows. Counted apart, neither width made most
    rows, and the figures were placed by their scattered positions, a quarter's change read as the nine
    months' fuel cost (round 681)."""
    columns, changes = heads
    if changes <= 0 or columns - changes <= 0 or not counts[columns] or not counts[columns - changes]:
        return common
    return columns, counts[columns] + counts[columns - changes]


def _rows_as_printed(data: list[ClassifiedLine]) -> list[list[ClassifiedLine]]:
    """The lines grouped into the rows they print: a row's figures carried one a line down a staircase,
    each line unlabelled and its figures right of the line above's (a browser's PDF wrapping each "$ 14,210"
    cell of a wide row: "Rental income   $ 14,210" / "$ 16,985" a column on / ...), are one row's. Counted
    a line each, the rows of one figure had outnumbered the rows of four, and the table was read by order,
    one figure a row, the other three folded into every full row's label (round 667)."""
    rows: list[list[ClassifiedLine]] = []
    for line in data:
        above = rows[-1][-1] if rows else None
        if (above is not None and not line.label and line.cells and above.cells
                and line.number == above.number + 1 and line.cells[0].start >= above.cells[-1].end):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _aligned_beside_a_sparse_column(data: list[ClassifiedLine], full: list[ClassifiedLine],
                                    columns: list[Column]) -> bool:
    """An aligned table with a column few rows fill (a "Chg %" beside the two years, printed on the lines
    of totals only; the adjustments between "As Reported" and "Non-GAAP"): every row of the common width
    stands in the same columns, and no row puts two figures in one. Read by order, its rows of three
    figures had lost the first to the label. A column of note numbers left of the figures stays the labels'."""
    starts, ends = [column.start for column in columns], disjoint_ends(columns)
    places = {tuple(column_of(cell, columns, starts, ends) for cell in line.cells) for line in full}
    if len(places) != 1:
        return False
    first = min(next(iter(places)))
    placed = [[(column_of(cell, columns, starts, ends), cell) for cell in line.cells] for line in data]
    left = [cell for row in placed for index, cell in row if index < first]
    if left and all(_NOTE_NUMBER.fullmatch(cell.text) for cell in left):
        return False  # only note numbers ("3", "5") left of the figures: a column of notes, the labels' own
    common = set(next(iter(places)))
    rows = [{index for index, _ in row} for row in placed]
    if any(len(indexes) < len(row) for indexes, row in zip(rows, placed, strict=True)):
        return False  # two figures of a row in one column
    # A wider row holds the common columns and more; a narrower one stands within those columns.
    wider = [indexes for indexes in rows if len(indexes) > len(common)]
    if any(not common <= indexes for indexes in wider):
        return False
    known = common.union(*wider)
    return all(indexes <= known for indexes in rows)


# A note's number in a column of its own between the labels and the figures ("Revenue   3   1,248.5").
_NOTE_NUMBER = re.compile(r"\d{1,2}[a-z]?")


def _misplaced(full: list[ClassifiedLine], columns: list[Column]) -> bool:
    """Whether a row with a figure for every column puts one of them in another column than its place in the
    row: in an aligned table each row's n-th figure stands in the n-th column, whatever its label's length.
    Where extents a rendering scattered ("Gross profit 140,071  147,215 ..." beside "Selling 71,986 ...")
    happen to make as many columns as a row has figures, the positions would swap or drop them."""
    ends = disjoint_ends(columns)
    if ends is not None:
        # disjoint columns: a cell is in the n-th where it overlaps it (asked of every aligned table's rows,
        # so two comparisons a cell rather than a search)
        return any(not (cell.start < column.end and cell.end > column.start)
                   for line in full for cell, column in zip(line.cells, columns, strict=True))
    starts = [column.start for column in columns]
    return any(column_of(cell, columns, starts, ends) != index
               for line in full for index, cell in enumerate(line.cells))


def place(
    line: ClassifiedLine, columns: list[Column], ordinal: bool = False, starts: list[int] | None = None,
    ends: list[int] | None = None, margin: int | None = None,
) -> tuple[str, tuple[Cell | None, ...]]:
    """Put a line's cells in their columns; cells left of every column go back into the label. `starts`
    (and `ends`, from disjoint_ends) when the caller places many lines in the same columns; `margin`: where
    the table's labels start, when the caller knows it (`_opens_at_the_labels_margin`)."""
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
    # A figure with its currency sign left of every column is a figure the columns did not reach, unless the
    # figures after it fill every column, or it opens the line at the labels' margin: then it ends a wrapped
    # label ("... buying costs of $12.3 and" / "$11.8    600.0    550.0").
    left = [cell for cell in line.cells if cell.end <= first_start - 1]
    labels_figure = len(line.cells) - len(left) >= len(columns) or _opens_at_the_labels_margin(line, left, margin)
    for cell in line.cells:
        if cell.end <= first_start - 1 and (labels_figure or not cell.has_currency):
            label = line.text[: cell.end].strip()
            continue
        index = column_of(cell, columns, starts, ends)
        if cell.text[0] in "(*" and len(cell.text) <= 4 and MARK_CELL.match(cell.text) and not (
                cell.start < columns[index].end and columns[index].start < cell.end):
            continue  # a footnote's mark between the columns (`_mark_columns`), no figure of either
        if slots[index] is None:
            slots[index] = cell
    return label, tuple(slots)


def _opens_at_the_labels_margin(line: ClassifiedLine, left: list[Cell], margin: int | None) -> bool:
    """Whether the line's first figure, left of every column, starts where the table's labels start, no
    word before it and figures of the columns after it: the end of a wrapped label ("... of applicable tax
    benefit of" / "$1,390   (2,215 )   (2,215 )", w3m at 80 columns), for no column's figure stands at the
    labels' margin, however many columns the row leaves empty (round 672: read as the quarter's figure,
    the quarter's loss on disposal dropped)."""
    return (margin is not None and not line.label and len(left) == 1 and left[0] is line.cells[0]
            and left[0].start <= margin and len(line.cells) > 1)
