"""The rows a table has read so far, as the reader asks of them at each unlabelled sum: does a line above
already print the heading's total name, where does the heading's run of rows begin, do its lines add up to the
sum. Each answer is kept and carried on over the rows read since, never worked out again from the top: asked
afresh at every line, a table of thousands of repeated lines had cost cubic work (issue 12's fuzzing: an
unlabelled line of nVent's, repeated 200 times, took 23 s to read).

The reader only ever appends a row or widens the last one (a label running on, a figure carried under it), so
every row but the last is settled once it has a row after it; the last is looked at afresh at each question.
Should the rows before it change all the same, the kept answers are dropped and worked out again."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from core.tables.numbers import Cell
from core.tables.raw import RawRow
from core.tables.sums import MOST_PARTS, fold_onto, in_column, run_adding_up

Figures = tuple[Decimal | None, ...]


def label_words(text: str) -> str:
    """A label as compared with a heading's name: lower case, colons and runs of spaces as one space."""
    return " ".join(text.lower().replace(":", " ").split())


def figures_of(cells: Sequence[Cell | None]) -> Figures:
    return tuple(cell.value if cell is not None else None for cell in cells)


class RowsSoFar:
    """The answers about a growing list of rows, shared with the reader that appends to it. `named` holds the
    indexes of rows whose labels are the reader's, not the release's (the sums it named for their headings);
    the reader adds a row's index before appending it."""

    def __init__(self, rows: Sequence[RawRow], named: set[int]) -> None:
        self.rows = rows
        self.named = named
        self._forget()

    def _forget(self) -> None:
        self._settled = 0
        self._last_settled: RawRow | None = None
        self._printed: dict[str, set[Figures]] = {}  # a printed label's words: the figures of its lines
        self._run_start = 0  # where the last run of settled rows under one section begins
        # (first row, column): how many rows are folded, their stack, and the last row with what it leaves of it
        self._folds: dict[tuple[int, int], tuple[int, list[RawRow], tuple[RawRow, int] | None]] = {}

    def _settle(self) -> None:
        """Take in every row but the last, once."""
        rows = self.rows
        if self._settled > len(rows) or (self._settled and rows[self._settled - 1] is not self._last_settled):
            self._forget()
        for index in range(self._settled, len(rows) - 1):
            row = rows[index]
            if index not in self.named:
                self._printed.setdefault(label_words(row.label), set()).add(figures_of(row.cells))
            if index and rows[index - 1].section != row.section:
                self._run_start = index
        if len(rows) - 1 > self._settled:
            self._settled = len(rows) - 1
            self._last_settled = rows[-2]

    def prints_elsewhere(self, words: str, cells: Sequence[Cell | None]) -> bool:
        """Whether a line the release labels (no sum the reader named) prints `words` with other figures."""
        self._settle()
        figures = figures_of(cells)
        if any(printed != figures for printed in self._printed.get(words, ())):
            return True
        last = len(self.rows) - 1
        return (last >= 0 and last not in self.named and label_words(self.rows[last].label) == words
                and figures_of(self.rows[last].cells) != figures)

    def first_row_under(self, section: str) -> int:
        """Where the last run of rows printed under `section` begins (their count where the last row is not)."""
        self._settle()
        rows = self.rows
        if not rows or rows[-1].section != section:
            return len(rows)
        if len(rows) == 1 or rows[-2].section != section:
            return len(rows) - 1
        return self._run_start

    def adds_up(self, first: int, cells: Sequence[Cell | None], column: int) -> bool:
        """Whether the rows from `first` add up to the sum in one column, each printed subtotal standing for its
        parts (`core.tables.sums.parts_summed`)."""
        self._settle()
        rows = self.rows
        if first >= len(rows):
            return False
        folded, stack, top = self._folds.get((first, column), (0, [], None))
        for row in rows[first + folded:self._settled]:
            if top is not None and row is top[0]:
                del stack[top[1]:]  # (the last row, folded at the question before, as then)
                stack.append(row)
            else:
                fold_onto(stack, row, column)
            top = None
        last = rows[-1]
        kept = top[1] if top is not None and top[0] is last else len(stack) - run_adding_up(
            stack, in_column(last.cells, column))
        self._folds[(first, column)] = (max(folded, self._settled - first), stack, (last, kept))
        if kept + 1 > MOST_PARTS:
            return False  # (no run adds up so many; a copy of the stack would cost what the fold saved)
        parts = [*stack[:kept], last]
        return run_adding_up(parts, in_column(cells, column)) == len(parts)
