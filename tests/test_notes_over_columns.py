"""A header row of notes over the columns: the table's unit note in the label's place, beside the columns' own
notes and footnote marks (round 714), is a header line, never a row of figures.

"(in thousands)   (unaudited)   (1)" under a balance sheet's dates: "(1)" says the prior column was derived from
the audited statements. Read as a row of -1, the line had taken the table's only unit note with it, and every
balance was printed in dollars. The fixture is tests/fixtures/layouts/
a_balance_sheet_unit_note_beside_a_column_note_and_a_footnote_mark.htm (invented; its values are asserted in
tests/test_layouts.py).
"""

from __future__ import annotations

import csv
import io

import pytest

import core
from core.facts import write_facts_csv
from core.tables.lines import LineKind, classify
from tests.conftest import FIXTURES

_FIXTURE = FIXTURES / "layouts" / "a_balance_sheet_unit_note_beside_a_column_note_and_a_footnote_mark.htm"


@pytest.mark.parametrize("line", [
    # the shape of round 714's biotech balance sheets, as the HTML is set out in text
    "(in thousands)                                  (unaudited)                   (1)",
    # the unit note alone beside each column's mark, or with the mark run onto the column's note
    "(in thousands)                                  (1)                           (1)",
    "(in thousands)                                  (unaudited)(1)                (1)",
    # a unit note's clause, bare or bracketed, and an audited column marked by an asterisk
    "(Dollars in thousands, except per share data)   (unaudited)                   (1)",
    "In thousands                                    (audited)                     *",
    # a column note in the label's place (as before round 714)
    "(unaudited)                                                                   (1)",
])
def test_a_line_of_notes_over_the_columns_is_no_row(line: str) -> None:
    assert classify(10, line).kind is LineKind.TEXT


@pytest.mark.parametrize("line", [
    # a row's label naming its unit among its words: its small loss is a figure
    "Net foreign exchange loss (in thousands)                     (1)              (2)",
    # a row whose words are no note: its one-digit losses are figures
    "Other, net                                                   (1)              (3)",
])
def test_a_rows_label_beside_small_losses_stays_a_row(line: str) -> None:
    assert classify(10, line).kind is LineKind.DATA


def test_the_balance_sheet_keeps_its_unit_and_prints_no_row_of_the_notes() -> None:
    release = core.parse_release(_FIXTURE.read_bytes(), _FIXTURE.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [r for r in rows if r["value"] in ("-1", "-1000") or "(in thousands)" in r.get("label", "")]
    total_assets = {r["period_end"]: r["value"] for r in rows if r["concept"] == "total_assets"}
    assert total_assets == {"2021-06-30": "65915000", "2020-12-31": "71715000"}
    assert not [d for d in release.diagnostics if "unit note" in d.message]
