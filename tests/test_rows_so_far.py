"""The answers `core.tables.rows_so_far.RowsSoFar` keeps while a table is read down are the answers worked out
afresh from all the rows at each question: whatever rows are appended, whichever last row is widened, and
wherever a heading's lines begin. The plain definitions below are the specification; the kept answers only
save the work of walking back to the top at every line (issue 12)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from core.tables.numbers import Cell
from core.tables.raw import RawRow
from core.tables.rows_so_far import RowsSoFar, figures_of, label_words
from core.tables.sums import MOST_PARTS, in_column, parts_summed, run_adding_up

LABELS = ("Revenues", "Product", "Service", "Total revenues", "Less returns", "", "TOTAL  REVENUES:")
SECTIONS = ("", "Revenues", "Costs")


def cell(value: int) -> Cell:
    return Cell(str(value), 0, 0, 0, Decimal(value))


cells_strategy = st.tuples(*[st.one_of(st.none(), st.integers(-2, 6).map(cell))] * 2)  # (small: runs add up often)
row_strategy = st.builds(
    lambda label, cells, section: RawRow(label, cells, 1, 1, 0, section, False),
    st.sampled_from(LABELS), cells_strategy, st.sampled_from(SECTIONS))
# A step of the reader: append a row (named for its heading or not), or widen the last row; then ask, or not.
step_strategy = st.tuples(st.sampled_from(("append", "append named", "replace last")), row_strategy, st.booleans())


def printed_elsewhere(rows: Sequence[RawRow], named: set[int], words: str, cells: Sequence[Cell | None]) -> bool:
    return any(label_words(row.label) == words and figures_of(row.cells) != figures_of(cells)
               for index, row in enumerate(rows) if index not in named)


def first_row_under(rows: Sequence[RawRow], section: str) -> int:
    first = len(rows)
    while first > 0 and rows[first - 1].section == section:
        first -= 1
    return first


def adds_up(rows: Sequence[RawRow], first: int, cells: Sequence[Cell | None], column: int) -> bool:
    stack = parts_summed(rows[first:], column)
    return run_adding_up(stack, in_column(cells, column)) == len(stack) > 0


@settings(max_examples=300, deadline=None)
@given(st.lists(step_strategy, max_size=40), st.lists(st.tuples(cells_strategy, st.integers(0, 8)), min_size=1,
                                                      max_size=4))
def test_kept_answers_are_the_answers_from_the_top(steps: list[tuple[str, RawRow, bool]],
                                                    questions: list[tuple[tuple[Cell | None, ...], int]]) -> None:
    rows: list[RawRow] = []
    named: set[int] = set()
    table = RowsSoFar(rows, named)
    for action, row, ask in steps:
        if action == "replace last" and rows:
            rows[-1] = row
        else:
            if action == "append named":
                named.add(len(rows))
            rows.append(row)
        for cells, first in questions if ask else ():
            for section in SECTIONS:
                assert table.first_row_under(section) == first_row_under(rows, section)
            for label in LABELS:
                words = label_words(label)
                assert table.prints_elsewhere(words, cells) == printed_elsewhere(rows, named, words, cells)
            for column in (0, 1):
                assert table.adds_up(first, cells, column) == adds_up(rows, first, cells, column), (first, column)


def test_a_row_put_in_the_middle_is_seen_too() -> None:
    """The reader never changes a row above the last; were one changed all the same, the kept answers are
    dropped, not trusted."""
    rows = [RawRow("Product", (cell(10),), 1, 1, 0, "Revenues", False),
            RawRow("Service", (cell(5),), 2, 2, 0, "Revenues", False),
            RawRow("Other", (cell(1),), 3, 3, 0, "Revenues", False)]
    table = RowsSoFar(rows, set())
    assert table.adds_up(0, (cell(16),), 0)
    rows[1] = RawRow("Service", (cell(7),), 2, 2, 0, "Costs", False)
    assert not table.adds_up(0, (cell(16),), 0)
    assert table.adds_up(0, (cell(18),), 0)
    assert table.first_row_under("Revenues") == 2
    assert table.prints_elsewhere("service", (cell(5),))


def test_a_stack_longer_than_any_sum_adds_up_to_nothing() -> None:
    """Lines that add up to nothing pile up on the stack (700s and 1,000s in turn: no run of them sums to the
    next, within the half unit each part may round by); a sum of MOST_PARTS of them is found, one of more is
    not (the longest real run is 19 rows)."""
    rows = [RawRow("", (cell(1000 if n % 2 else 700),), n, n, 0, "Revenues", False) for n in range(MOST_PARTS + 1)]
    table = RowsSoFar(rows, set())
    assert len(parts_summed(rows, 0)) == MOST_PARTS + 1
    assert table.adds_up(1, (cell(MOST_PARTS // 2 * 1700),), 0)  # rows 1-60: thirty of each
    everything = (cell(MOST_PARTS // 2 * 1700 + 700),)
    assert not table.adds_up(0, everything, 0)
    assert not adds_up(rows, 0, everything, 0)


def test_a_last_row_widened_after_a_question_is_folded_as_widened() -> None:
    """The last row's fold is kept for the next question; widened before the next row comes (a label running
    on, a figure carried under it), it is folded again. "4" under "3" is no sum of it; "3" is, and stands for
    it, so the rows then come to 3 + 5."""
    rows = [RawRow("Product", (cell(3),), 1, 1, 0, "Revenues", False),
            RawRow("Service", (cell(4),), 2, 2, 0, "Revenues", False)]
    table = RowsSoFar(rows, set())
    assert table.adds_up(0, (cell(7),), 0)
    rows[-1] = RawRow("", (cell(3),), 2, 3, 0, "Revenues", False)
    rows.append(RawRow("Other", (cell(5),), 4, 4, 0, "Revenues", False))
    assert table.adds_up(0, (cell(8),), 0)
    assert adds_up(rows, 0, (cell(8),), 0)
