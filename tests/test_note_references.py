"""A column of references to the notes between a statement's labels and its figures (round 726).

IFRS statements of foreign issuers print a column headed "Notes" (or "Note", "Note ref.") holding the number of
the note that explains a row: small whole numbers on some rows, blank on the totals. Read as figures, the column
had taken the quarter's head and the quarter's own figures were dropped as a repeat (revenue printed 4,000,000,
EPS 8); left of the columns, its numbers had been glued onto the labels ("Cash and cash equivalents 11"), which
then named no concept. The fixtures are invented, in the shape of those releases (tests/fixtures/layouts/
an_ifrs_statement_with_a_column_of_note_references*.txt|htm); every hand-worked fact of their `.facts` files is
asserted here and by tests/test_layouts.py. The head decides; the cells (small whole numbers beside the row's
own figures) and the totals that leave the column blank confirm it.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.tables.lines import ClassifiedLine, classify
from core.tables.note_references import notes_column
from core.vocabulary import NOTES_COLUMN_HEAD
from tests.conftest import FIXTURES, printed_facts

LAYOUTS = FIXTURES / "layouts"
_NAMES = ["an_ifrs_statement_with_a_column_of_note_references.txt",
          "an_ifrs_statement_with_a_column_of_note_references_in_html.htm"]


@pytest.mark.parametrize(("words", "heads_notes"), [
    # the heads of such columns as IFRS releases print them
    ("Notes", True),
    ("Note", True),
    ("NOTES", True),
    ("Note ref.", True),
    ("Notes ref", True),
    ("Note reference", True),
    ("Note(s)", True),
    # ... but a row's or a column's own words are none
    ("Notes payable", False),
    ("Senior notes", False),
    ("Number", False),
    ("2024", False),
])
def test_the_head_of_a_column_of_note_references(words: str, heads_notes: bool) -> None:
    assert (NOTES_COLUMN_HEAD.fullmatch(words) is not None) is heads_notes


def _expected(path: Path) -> dict[tuple[str, str, str, str], Decimal]:
    expected = {}
    for line in path.read_text().splitlines():
        if words := line.split("#")[0].split():
            statement, concept, end, months, value = words
            expected[(statement, concept, end, "" if months == "-" else months)] = Decimal(value)
    return expected


@pytest.mark.parametrize("name", _NAMES)
def test_every_figure_beside_a_column_of_notes_is_read_as_printed(name: str) -> None:
    """The quarter's figures are the quarter's (net sales 842.6, not the note's 3; EPS 1.64, not 7), the
    expenses keep their sign, and the balance sheet's cash is cash: every hand-worked fact, none other."""
    path = LAYOUTS / name
    expected = _expected(path.with_suffix(".facts"))
    printed = printed_facts(path)
    assert {key: printed.get(key) for key in expected} == expected
    assert printed[("operations", "revenue", "2025-06-30", "3")] == Decimal("842600000")
    assert printed[("operations", "eps_basic", "2025-06-30", "3")] == Decimal("1.64")
    assert printed[("balance", "cash_and_equivalents", "2025-06-30", "")] == Decimal("318900000")


@pytest.mark.parametrize("name", _NAMES)
def test_a_note_reference_is_no_part_of_a_label_and_no_column(name: str) -> None:
    """No label keeps its note's number ("Goodwill 9"), and no warning is left about a column headed by the
    note's word ("Three months ended 30 June Note" naming no period) or a column repeating another."""
    path = LAYOUTS / name
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    labels = {row["label"] for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert {"Goodwill", "Cash and cash equivalents", "Interest-bearing liabilities", "Net sales"} <= labels
    assert not [label for label in labels if label.rsplit(" ", 1)[-1].isdigit()]
    assert not [w.message for w in release.warnings if "was not read" in w.message]


def _lines(*texts: str) -> list[ClassifiedLine]:
    return [classify(number, text) for number, text in enumerate(texts, start=1)]


_HEAD = "                                  Notes        2024        2023"


def test_small_whole_numbers_under_a_notes_head_are_references() -> None:
    data = _lines("Revenue                              4     1,234.5     1,101.2",
                  "Cost of sales                             (701.3)     (640.0)",
                  "Gross profit                              533.2       461.2",
                  "Income tax expense                  12      (55.7)      (42.7)")
    assert notes_column(_lines(_HEAD), data) is not None


def test_small_figures_under_no_notes_head_are_figures() -> None:
    # "Number of stores  4  5": a column of real small figures, its head a year; the header word decides
    head = "                                  2025        2024        2023"
    data = _lines("Number of stores                     4           5           6",
                  "Net sales                           12.4        11.0         9.8")
    assert notes_column(_lines(head), data) is None


def test_a_notes_head_over_figures_is_no_column_of_references() -> None:
    # a figure with a decimal, a thousands group or parentheses under the head: a period's figures
    data = _lines("Revenue                              4     1,234.5     1,101.2",
                  "Other income                     (2.5)       533.2       461.2",
                  "Gross profit                              533.2       461.2")
    assert notes_column(_lines(_HEAD), data) is None


def test_a_column_under_a_notes_head_filled_on_every_row_is_figures() -> None:
    # every row, the totals too, prints a number under it: it takes part in the sums, no note is cited so
    data = _lines("Stores opened                        4           5           6",
                  "Stores closed                        1           2           3",
                  "Total                                5           7           9")
    assert notes_column(_lines(_HEAD), data) is None
