"""Bounded work for any input (issue 12): each cap refuses early with one sentence that names the cap and
where it is set, and the stages that used to be quadratic count their steps, which must grow linearly.

Nothing here is timed (the machine is shared): work is asserted as steps counted by core.work, and the
times live in bench/bench_linear_time.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import random
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import pytest

import core
from core.errors import ReleaseParseError
from core.limits import (
    MAX_HTML_CELLS,
    MAX_HTML_ELEMENTS,
    MAX_HTML_GRID,
    MAX_LINE_VALUES,
    MAX_TABLE_COLUMNS,
    MAX_TABLES,
    MAX_VALUES,
)
from core.model import LineItem, SourceSpan
from core.readers.text import read_text
from core.statements.bridges import _allotted_above, _comprehensive_block, _summed, _terms
from core.statements.columns import _siblings_with_month
from core.statements.runs import MAX_COMPONENTS
from core.tables.period_headers import HeaderReading
from core.vocabulary import normalise_label
from core.work import reset_work
from tests.fuzz.mutations import FIXTURES, grow

SAMPLE = core.load_sample()[1]


def refusal(data: bytes, name: str) -> str:
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(data, name)
    return str(caught.value)


# --- The caps, each refused with its name and where to change it ------------------------------------------


def test_a_line_of_thousands_of_numbers_is_refused_at_the_cap() -> None:
    message = refusal(b"1 " * 8000, "w.txt")
    assert message == (
        f"w.txt has more than {MAX_LINE_VALUES:,} numbers on one line; rows that wide are not read "
        "(the limit is MAX_LINE_VALUES in core/limits.py) (at line 1)"
    )


def test_the_reference_release_with_a_wide_line_appended_names_that_line() -> None:
    lines = SAMPLE.count(b"\n")
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(SAMPLE + b"1 " * 8000 + b"\n", "allos.txt")
    assert caught.value.line == lines + 1
    assert str(caught.value).startswith("allos.txt has more than 1,000 numbers on one line;")
    assert str(caught.value).endswith(f"(at line {lines + 1})")


def test_an_html_row_of_thousands_of_cells_is_refused_at_the_cap() -> None:
    row = "<tr><td>Revenue</td>" + "".join(f"<td>{i}</td>" for i in range(4000)) + "</tr>"
    html = f"<html><body><table>{row}{row}</table></body></html>".encode()
    message = refusal(html, "wide.htm")
    assert message.startswith(f"wide.htm has more than {MAX_LINE_VALUES:,} numbers on one line;")
    assert message.endswith("(at line 1)")


def test_a_hundred_thousand_lines_of_numbers_are_refused_after_the_first_fifty_thousand_numbers() -> None:
    line = " ".join(str(100 + i) for i in range(50)).encode() + b"\n"
    message = refusal(line * 100_000, "numbers.txt")
    assert message == (
        f"numbers.txt has more than {MAX_VALUES:,} numbers; releases with more are not read "
        "(the limit is MAX_VALUES in core/limits.py) (at line 1001)"
    )


def test_a_table_of_too_many_columns_is_refused() -> None:
    row = "Revenue   " + "   ".join(str(1000 + i) for i in range(MAX_TABLE_COLUMNS + 1))
    message = refusal(f"{row}\n{row}\n".encode(), "columns.txt")
    assert message == (
        f"columns.txt has a table of {MAX_TABLE_COLUMNS + 1:,} columns; tables of more than "
        f"{MAX_TABLE_COLUMNS:,} columns are not read (the limit is MAX_TABLE_COLUMNS in core/limits.py) (at line 1)"
    )


def test_nested_tables_are_refused_before_the_tree_is_walked() -> None:
    chunk = "<table><tr><td>" * 50 + "1" + "</td></tr></table>" * 50
    count = MAX_HTML_ELEMENTS // 150 + 1
    html = f"<html><body>{chunk * count}</body></html>".encode()
    message = refusal(html, "nested.htm")
    assert message == (
        f"nested.htm has about {count * 150 + 2:,} HTML elements; documents of more than "
        f"{MAX_HTML_ELEMENTS:,} are not read (the limit is MAX_HTML_ELEMENTS in core/limits.py)"
    )


def test_html_of_too_many_table_cells_is_refused_before_any_grid_is_drawn() -> None:
    rows = b"".join(b"<tr><td>Item</td><td>%d</td><td>%d</td></tr>" % (i, i) for i in range(MAX_HTML_CELLS // 3 + 1))
    message = refusal(b"<html><body><table>" + rows + b"</table></body></html>", "cells.htm")
    assert message == (
        f"cells.htm has {3 * (MAX_HTML_CELLS // 3 + 1):,} table cells; documents of more than {MAX_HTML_CELLS:,} "
        "are not read (the limit is MAX_HTML_CELLS in core/limits.py)"
    )


def test_cells_spanning_two_hundred_rows_and_columns_are_refused_by_their_grid() -> None:
    cells = b'<td rowspan="200" colspan="200">1</td>' * 200  # 8 KB of markup, 8 million grid slots
    message = refusal(b"<html><body><table><tr>" + cells + b"</tr></table></body></html>", "span.htm")
    assert message == (
        f"span.htm has tables of more than {MAX_HTML_GRID:,} grid cells (rows x columns, spans included); "
        "documents with more are not read (the limit is MAX_HTML_GRID in core/limits.py)"
    )


def test_html_that_renders_to_too_many_lines_is_refused_while_rendering() -> None:
    html = b"<html><body>" + b"<p>x</p>" * 60_000 + b"</body></html>"  # 120,000 lines: text, blank, ...
    reset_work()
    message = refusal(html, "long.htm")
    assert message == (
        "long.htm renders to more than 100,000 lines; releases longer than 100,000 lines are not read "
        "(the limit is MAX_LINES in core/limits.py)"
    )


def test_a_nul_byte_after_the_first_64_kb_is_binary_as_at_the_start() -> None:
    text = SAMPLE + b"\n" + b"x" * 70_000 + b"\n"
    tail = SAMPLE.count(b"\n") + 3  # the line after the 70,000 x's
    assert refusal(text + b"\x00binary\n", "tail.txt") == (
        f"tail.txt is not a text file (it holds binary data) (at line {tail}, column 1)")
    assert refusal(text + b"ab\x01\x02" * 700 + b"\n", "controls.txt") == (
        f"controls.txt is not a text file (it holds binary data) (at line {tail}, column 3)"
    )


def test_a_dos_end_of_file_byte_after_a_long_release_is_still_text() -> None:
    text = SAMPLE + b"\n" + b"x" * 70_000 + b"\n\x1a"
    release = core.parse_release(text, "dos.txt")
    assert release.statements


# --- Work grows linearly -------------------------------------------------------------------------------


def brute_force_sibling(readings: list[HeaderReading], index: int) -> HeaderReading | None:
    """The old definition, one outward search a column: the nearest month, left first on a tie."""
    for offset in range(1, len(readings)):
        for candidate in (index - offset, index + offset):
            if 0 <= candidate < len(readings) and readings[candidate].month:
                return readings[candidate]
    return None


@pytest.mark.parametrize("seed", range(20))
def test_the_nearest_column_with_a_month_is_the_one_the_outward_search_finds(seed: int) -> None:
    rng = random.Random(seed)
    readings = [HeaderReading(None, rng.choice([None, None, None, 6, 12]), None, 2004)
                for _ in range(rng.randint(0, 30))]
    assert _siblings_with_month(readings) == [brute_force_sibling(readings, i) for i in range(len(readings))]


def test_finding_months_for_columns_takes_two_steps_a_column() -> None:
    blank = HeaderReading(None, None, None, None)
    steps = []
    for columns in (1_000, 2_000, 4_000):
        reset_work()
        _siblings_with_month([blank] * columns)
        steps.append(reset_work()["period columns"])
    assert steps == [2_000, 4_000, 8_000]


def test_html_elements_are_counted_once_each() -> None:
    paragraph = b"<p>Revenue grew by 12% in the quarter.</p>"
    counts = []
    for copies in (100, 200):
        reset_work()
        with pytest.raises(ReleaseParseError):
            core.parse_release(b"<html><body>" + paragraph * copies + b"</body></html>", "p.htm")
        counts.append(reset_work()["html elements"])
    assert counts == [100 + 2, 200 + 2]  # html and body, plus one <p> each


def test_each_line_is_classified_once() -> None:
    counts = []
    for copies in (1, 2, 4):
        reset_work()
        core.parse_release(SAMPLE * copies, "allos.txt")
        counts.append(reset_work()["lines classified"])
    assert counts == [len(read_text(SAMPLE * copies, "allos.txt").lines) for copies in (1, 2, 4)]
    assert counts[2] < 4 * counts[0]


def submission(exhibits: list[bytes]) -> bytes:
    documents = b"".join(
        b"<DOCUMENT>\n<TYPE>EX-99.%d\n<SEQUENCE>%d\n<FILENAME>ex%d.txt\n<TEXT>\n" % (i, i, i) + text
        + b"\n</TEXT>\n</DOCUMENT>\n"
        for i, text in enumerate(exhibits, 1)
    )
    header = b"<SEC-DOCUMENT>x.txt\n<SEC-HEADER>\nCOMPANY CONFORMED NAME: X\n</SEC-HEADER>\n"
    return header + documents + b"</SEC-DOCUMENT>\n"


def test_a_submission_of_too_many_candidate_exhibits_is_refused_before_reading_them() -> None:
    message = refusal(submission([SAMPLE] * 300), "sub.txt")
    assert message == (
        "sub.txt has 300 exhibits that may hold its release; submissions with more than 20 are not read "
        "(the limit is MAX_EXHIBITS in core/limits.py)"
    )


def test_the_numbers_of_a_submission_s_exhibits_add_up_to_one_cap() -> None:
    numbers = b"\n".join(b"Item  " + b"  ".join(b"%d" % (1000 + j) for j in range(10)) for _ in range(400))
    exhibits = [numbers] * 13  # 4,000 numbers each: every exhibit alone is far under the cap, all 13 over it
    assert refusal(submission(exhibits), "sub.txt").startswith(f"sub.txt has more than {MAX_VALUES:,} numbers;")
    assert core.parse_release(submission([SAMPLE, numbers]), "two.txt").statements  # a real one with one more


class _Scanned:
    """A pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.characters = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        self.characters += (len(text) if endpos is None else endpos) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.characters += len(text)
        return self.pattern.finditer(text)


def test_a_sentence_of_thousands_of_figures_is_scanned_for_its_basis_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """"On a non-GAAP basis" was looked for from the sentence's start up to each net result in it: a line
    of 3,000 "net loss of $3 million" took minutes (bench_linear_time's one-line input, 61x at 8x size)."""
    from core.narrative import prose

    scanned = _Scanned(prose._ON_ADJUSTED_BASIS)
    monkeypatch.setattr(prose, "_ON_ADJUSTED_BASIS", scanned)
    sentence = "1,234 (5,678) $ -- Net loss of $3 million " * 3000
    figures = prose.find_figures((sentence,), 1, [])
    assert len(figures) == 3000
    assert scanned.characters <= 2 * len(sentence)


def test_a_table_flattened_onto_one_line_too_long_for_any_statement_is_no_row_and_names_no_line() -> None:
    """A line of 40,000 "label figure figure" rows after its years (a scrape gone wrong, or an attack): the
    flattened reader leaves it (no statement prints that many figures on a line), the line reader calls
    it words (no row's label runs a thousand characters), and the vocabulary, some of whose patterns scan
    a text again from each of its places (24 s for 10,000 rows), is never asked of it."""
    from core.tables.lines import LineKind, classify
    from core.vocabulary import LONGEST_LABEL, match_concept

    line = "Revenue 2024 2023 " + "Cost of sales 1,234 5,678 " * 40_000
    assert classify(1, line).kind is LineKind.TEXT
    assert match_concept("Cost of sales " * 40) is None and len("Cost of sales " * 40) > LONGEST_LABEL
    assert match_concept("Cost of sales") == "cost_of_revenue"
    assert "has no statement Release Lens can read" in refusal(line.encode(), "flat.txt")


def test_blank_cells_are_placed_only_within_bounded_arrangements(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row's blank cells are placed by trying each arrangement of its figures: past MAX_ARRANGEMENTS (a
    hostile table of a hundred columns, a row of fifty figures: 10^29 arrangements) none is tried, and a table
    of more rows with blank cells than MAX_BLANK_CELL_ROWS leaves them all out unread."""
    from core.limits import MAX_BLANK_CELL_ROWS
    from core.tables.blank_cells import _fitted, blank_cells_placed
    from core.tables.numbers import split_cells
    from core.tables.raw import RawRow

    def row(label: str, figures: list[int]) -> RawRow:
        _, _, cells = split_cells("x" + "".join(f"   {figure}" for figure in figures))
        return RawRow(label, tuple(cells), 1, 1, 0, "", False)

    import core.tables.blank_cells as blank_cells

    tried: list[int] = []
    real = blank_cells.itertools.combinations

    def counted(pool: range, size: int) -> Iterator[tuple[int, ...]]:
        for arrangement in real(pool, size):
            tried.append(size)
            yield arrangement

    monkeypatch.setattr(blank_cells.itertools, "combinations", counted)
    wide = row("Line", list(range(1, 51)))
    assert _fitted(wide, [Decimal(0)] * 100, 100) is None and not tried
    assert _fitted(row("Line", [7]), [Decimal(0), Decimal(7)], 2) is not None and len(tried) == 2
    rows = [row(f"Line {n}", [n]) for n in range(MAX_BLANK_CELL_ROWS + 1)] + [row("Total", [1, 1])]
    assert [r.label for r in blank_cells_placed(rows, 2)[0]] == ["Total"]


def test_a_scrapes_durations_are_dealt_only_within_bounded_arrangements() -> None:
    """Ten durations over 120 columns of dates: C(119, 9) groupings, never tried; the header names none."""
    from core.tables.headers import _stream_names

    text = "Three Months Ended " * 9 + "Six Months Ended " + "June 30, March 31, " * 60 + "2019 " * 120
    assert _stream_names(text, 120) is None


def test_a_flattened_lines_doubled_rows_ask_one_walk_of_the_lines_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row of twice the columns' figures may be a line and the side's total glued to it (round 617), found
    by the running sums of the lines above it. Each such row had searched every run of lines ending at each
    line: 330 rows took 7 s. Now each asks one walk: a sum a line above it and one for the row."""
    import string

    from core.tables import flattened

    walks: list[tuple[int, int]] = []  # (lines above, sums taken)
    sums = [0]
    real_plus, real_side = flattened._plus, flattened._closes_a_side

    def plus(a: tuple[Decimal, ...], b: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
        sums[0] += 1
        return real_plus(a, b)

    def side(own: list, totals: list, before: list, width: int) -> bool:  # type: ignore[type-arg]
        sums[0] = 0
        found = real_side(own, totals, before, width)
        walks.append((len(before), sums[0]))
        return found

    monkeypatch.setattr(flattened, "_plus", plus)
    monkeypatch.setattr(flattened, "_closes_a_side", side)
    rng = random.Random(617)
    rows = []
    for i in range(330):
        name = "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
        figures = [f"{rng.randint(100, 99_999):,}" for _ in range(4 if i % 3 == 2 else 2)]
        rows.append(f"Item {name} {' '.join(figures)}")
    line = "ACME CORP. CONDENSED BALANCE SHEETS (In thousands) December 31, 2024 December 31, 2023 " + " ".join(rows)
    with contextlib.suppress(ReleaseParseError):  # whether its rows make a statement is no matter here
        core.parse_release(f"Acme reports.\n\n{line}\n".encode(), "doubled.txt")
    assert len(walks) >= 100 and max(above for above, _ in walks) >= 200
    assert all(taken <= above + 1 for above, taken in walks)


def test_an_unlabelled_line_repeated_under_a_heading_is_added_up_in_linear_work() -> None:
    """Each unlabelled line under a heading asks whether the heading's lines add up to it. Worked out from the
    heading down at every line, nVent's "$ 69.5  $ 75.4 ..." (lynx) repeated 400 times had tried 420,945 sums
    (issue 12's fuzzing: 200 times took 23 s); kept as the table is read (core.tables.rows_so_far), each line
    tries a few, each over MOST_PARTS rows at most."""
    data = (FIXTURES / "text" / "nvent_q1-2020_lynx.txt").read_bytes()
    at = data.index(b"$ 69.5    $ 75.4    $ 83.8")
    tried = []
    for copies in (100, 200, 400):
        reset_work()
        core.parse_release(grow(data, "repeat", at, copies), "nvent.txt")
        tried.append(reset_work()["sums tried"])
    more_for_200, more_for_400 = tried[1] - tried[0], tried[2] - tried[1]
    assert 0 < more_for_200 <= 10 * 100  # (five now: one fold and one question a column)
    assert more_for_400 <= 2 * more_for_200


def test_statements_flattened_onto_thousands_of_lines_are_refused_before_any_is_read() -> None:
    """The figures of lines that may hold a flattened statement count against MAX_VALUES, as a vertical
    table's do, before any statement is read (issue 12's fuzzing: Aemetis's flattened income statement
    repeated 5,000 times, 10 MB, had been read statement by statement for 53 s)."""
    line = ("ACME CORP. CONDENSED STATEMENTS OF OPERATIONS (In thousands) Three Months Ended June 30, 2024 2023 "
            "Revenues $ 1,000 $ 900 Cost of revenues 400 350 Gross profit 600 550 Net income $ 100 $ 90")
    once = core.parse_release(f"Acme reports.\n\n{line}\n".encode(), "acme.txt")
    assert [(item.label, item.values) for item in once.statements[0].items][::3] == [
        ("Revenues", (Decimal(1_000_000), Decimal(900_000))), ("Net income", (Decimal(100_000), Decimal(90_000)))]
    reset_work()
    message = refusal(("Acme reports.\n\n" + f"{line}\n" * 6_000).encode(), "acme.txt")
    # Each line's last two figures ("$ 100 $ 90") are a row's cells, counted as the lines are classified:
    # 12,000. The nine before them ("30", the two years, six amounts) are counted next, line by line:
    # 12,000 + 9 x 4,223 = 50,007 passes 50,000 on the 4,223rd, line 4,225 after the sentence and a blank.
    assert message == (
        f"acme.txt has more than {MAX_VALUES:,} numbers; releases with more are not read "
        "(the limit is MAX_VALUES in core/limits.py) (at line 4225)"
    )
    assert "period columns" not in reset_work()  # no statement was read


def test_a_scrape_of_more_statements_than_the_table_cap_is_refused_at_the_first_past_it() -> None:
    """Under MAX_VALUES, a scrape of 4,000 flattened statements was read statement by statement (9 s, about
    2 ms a statement); the tables found count against MAX_TABLES as each is found, and the one past it is
    named before any statement is read."""
    line = ("ACME CORP. CONDENSED STATEMENTS OF OPERATIONS (In thousands) Three Months Ended June 30, 2024 2023 "
            "Revenues $ 1,000 $ 900 Cost of revenues 400 350 Gross profit 600 550 Net income $ 100 $ 90")
    reset_work()
    message = refusal(("Acme reports.\n\n" + f"{line}\n" * 4_000).encode(), "acme.txt")
    # (the sentence and a blank line, then a table a line: the 301st on line 303)
    assert message == (
        f"acme.txt has more than {MAX_TABLES:,} tables; releases with more are not read "
        f"(the limit is MAX_TABLES in core/limits.py) (at line {MAX_TABLES + 3})"
    )
    assert "period columns" not in reset_work()  # no statement was read


def test_the_tables_of_a_submissions_exhibits_add_up_against_the_table_cap() -> None:
    """Each exhibit's tables under the cap, their sum past it: refused, as the numbers of exhibits are."""
    line = ("ACME CORP. CONDENSED STATEMENTS OF OPERATIONS (In thousands) Three Months Ended June 30, 2024 2023 "
            "Revenues $ 1,000 $ 900 Cost of revenues 400 350 Gross profit 600 550 Net income $ 100 $ 90")
    exhibit = ("<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nAcme reports.\n\n" + f"{line}\n" * 100
               + "</TEXT>\n</DOCUMENT>\n")
    data = ("<SEC-DOCUMENT>x\n<SEC-HEADER>\n</SEC-HEADER>\n" + exhibit * 4).encode()
    assert refusal(data, "sub.txt").startswith(f"sub.txt has more than {MAX_TABLES:,} tables;")


def test_only_a_table_printing_its_whole_is_compared_with_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table of each line's share of revenue is told by its arithmetic against the other tables (round 732);
    only a table whose revenue line prints 100.0 in every column can be one. Compared all with all, a scrape of
    1,000 statements had cost 999,000 comparisons and 8 s."""
    from core.statements import build

    compared = []
    real = build.shares_of_anothers_amounts

    def counted(shares: object, amounts: object) -> bool:
        compared.append(1)
        return real(shares, amounts)  # type: ignore[arg-type]

    monkeypatch.setattr(build, "shares_of_anothers_amounts", counted)
    line = ("ACME CORP. CONDENSED STATEMENTS OF OPERATIONS (In thousands) Three Months Ended June 30, 2024 2023 "
            "Revenues $ 1,000 $ 900 Cost of revenues 400 350 Gross profit 600 550 Net income $ 100 $ 90")
    release = core.parse_release(("Acme reports.\n\n" + f"{line}\n" * 200).encode(), "acme.txt")
    assert len(release.statements) == 200 and not compared


# --- A statement's sums: each run summed once ----------------------------------------------------------


def _amount(label: str, *values: int | None) -> LineItem:
    return LineItem(label, tuple(None if v is None else Decimal(v) for v in values), (), "amount", SourceSpan(1, 1))


def _sums(items: Sequence[LineItem], parts: Sequence[int], total: int) -> bool:
    """The old question, asked anew of each run: whether `total` adds up the two or more `parts` in every column."""
    if len(parts) < 2:
        return False
    for column, value in enumerate(items[total].values):
        terms = [items[i].values[column] for i in parts]
        if value is None or any(t is None for t in terms) or sum(t for t in terms if t is not None) != value:
            return False
    return any(v for v in items[total].values)


def brute_force_summed(items: list[LineItem], since: list[int], total: int) -> list[int]:
    """The old definition, every start tried anew: the longest run right above the total adding up to it."""
    return next((since[start:] for start in range(len(since) - 1) if _sums(items, since[start:], total)), since)


@pytest.mark.parametrize("seed", range(40))
def test_the_run_a_subtotal_stands_for_is_the_one_trying_every_start_finds(seed: int) -> None:
    rng = random.Random(seed)
    lines = [_amount(f"line {i}", *(rng.choice([None, 0, 1, 2, 3, 5]) if rng.random() < 0.1 else rng.randint(-4, 9)
                                    for _ in range(2))) for i in range(rng.randint(0, 12))]
    since = list(range(len(lines)))
    start = rng.randint(0, len(lines)) if lines else 0
    total = _amount("subtotal", *(sum(v for v in column[start:] if v is not None) + rng.choice([0, 0, 1])
                                  for column in zip(*(line.values for line in lines), strict=True))) \
        if lines else _amount("subtotal", 1, 1)
    items = [*lines, total]
    assert list(_summed(items, since, len(lines))) == brute_force_summed(items, since, len(lines))


def test_a_bridge_s_subtotals_are_sought_among_the_last_lines_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """5,000 copies of one line (a fuzz growth of the St. Joe fixture) had each been taken off anew for every
    line below: the stacks `matching_run` is handed stay within the longest run it reads."""
    import core.checks.identities as identities

    stacks: list[int] = []
    real = identities.matching_run

    def counting(stack: list[LineItem], total: LineItem) -> list[LineItem] | None:
        stacks.append(len(stack))
        return real(stack, total)

    monkeypatch.setattr(identities, "matching_run", counting)
    identities.subtotals_for_their_lines(_amount("Operating income", 1_000),
                                         [_amount("Interest expense", 7) for _ in range(5_000)])
    assert len(stacks) == 10_000
    assert max(stacks) == MAX_COMPONENTS


def brute_force_allotted(items: list[LineItem], terms: list[int], end: int) -> int:
    """The old definition, each count tried anew: the shortest run right above a result adding up to it."""
    return next((count for count in range(2, len(terms) + 1) if _sums(items, terms[-count:], end)), 0)


def brute_force_terms(items: list[LineItem], start: int, end: int) -> tuple[int, ...]:
    """The old definition, the lines since the last subtotal summed anew for every line."""
    terms: list[int] = []
    since: list[int] = []
    block = _comprehensive_block(items, start, end)
    for i in range(start + 1, end):
        if items[i].kind != "amount" or i in block:
            continue
        if normalise_label(items[i].label).startswith("total") or _sums(items, since, i):
            own = _summed(items, since, i)
            terms = [t for t in terms if t not in own]
            since = []
            terms.append(i)
            continue
        terms.append(i)
        since.append(i)
    return tuple(terms)


def _random_link(rng: random.Random) -> list[LineItem]:
    lines = [_amount("Operating income", 50, 40)]
    for _ in range(rng.randint(0, 14)):
        if lines[1:] and rng.random() < 0.25:  # a line adding up some lines above it, or printing "Total"
            take = lines[-rng.randint(1, len(lines) - 1):]
            sums = [sum((line.values[c] or 0) for line in take) for c in range(2)]
            lines.append(_amount(rng.choice(["Total other income", "Net other items"]), *sums))
        else:
            lines.append(_amount(rng.choice(["Interest expense", "Other income", "Gain on sale"]),
                                 *(None if rng.random() < 0.08 else rng.randint(-5, 9) for _ in range(2))))
    if len(lines) > 3 and rng.random() < 0.4:  # a result the lines right above it share out
        shares = lines[-rng.randint(2, 3):]
        return [*lines, _amount("Net income", *(sum((line.values[c] or 0) for line in shares) for c in range(2)))]
    return [*lines, _amount("Net income", rng.randint(0, 30), rng.randint(0, 30))]


@pytest.mark.parametrize("seed", range(60))
def test_a_links_terms_and_shares_are_those_summing_every_run_anew_finds(seed: int) -> None:
    rng = random.Random(seed)
    items = _random_link(rng)
    end = len(items) - 1
    terms = _terms(items, 0, end)
    assert terms == brute_force_terms(items, 0, end)
    for count in range(len(terms) + 1):
        assert _allotted_above(items, terms[:count], end) == brute_force_allotted(items, list(terms[:count]), end)


def test_a_link_of_thousands_of_lines_sums_each_line_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """St. Joe's fixture with one line repeated 5,000 times took minutes: each line had been summed again for
    every line below it. The lines summed (carried along one by one, or each run ending a list) grow linearly
    with the link."""
    import core.statements.bridges as bridges

    def work(copies: int) -> int:
        counted: list[int] = []
        real_add, real_runs = bridges._RunningSums.add, bridges._runs_adding_up

        def add(sums: bridges._RunningSums, item: LineItem) -> None:
            counted.append(1)
            real_add(sums, item)

        def runs(items: Sequence[LineItem], parts: Sequence[int], total: int) -> Iterator[int]:
            counted.append(len(parts))
            return real_runs(items, parts, total)

        monkeypatch.setattr(bridges._RunningSums, "add", add)
        monkeypatch.setattr(bridges, "_runs_adding_up", runs)
        items = [dataclasses.replace(_amount("Operating income", 1_000), concepts=("operating_income",)),
                 *(_amount("Interest expense", 7) for _ in range(copies)),
                 dataclasses.replace(_amount("Net income", 3), concepts=("net_income",))]
        bridges.result_chain(items)
        monkeypatch.undo()
        return sum(counted)

    assert work(2_000) <= 2.2 * work(1_000)
