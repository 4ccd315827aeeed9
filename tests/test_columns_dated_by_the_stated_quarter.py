"""Columns dated by the quarter the release states, and header rows kept with their table (rounds 710, 713).

A fiscal year's quarter ends less than a year from the calendar's same-named one: "Q3 2026" of a year ending
September 30, whose quarter "ended June 30, 2026", ends June 30, 2026, never a year earlier. A line of period
labels after the table's unit note ("(in millions)   2026 YTD   vs. 2025 YTD   Change") heads a new table. A
bare table's header rows a blank line above its figures are that table's; and a balance sheet's year printed
alone in an interim release takes no other column's month-day: it is left unread with a warning.

The releases are invented (tests/fixtures/layouts, their figures cross-footed in the `.facts` beside them).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.tables.lines import is_header_text, period_labels_beside_a_note
from core.vocabulary import CHANGE_HEADING, COMPARED_COLUMN_LEAD

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
SUMMARIES = "fiscal_quarter_summaries_headed_qn_and_ytd_against_the_prior_year.txt"
BALANCE = "balance_sheet_header_rows_a_blank_line_above_their_figures.txt"


def _release(name: str, text: bytes | None = None) -> core.Release:
    return core.parse_release(text if text is not None else (LAYOUTS / name).read_bytes(), name)


def _facts(release: core.Release) -> dict[tuple[str, str, str, str], str]:
    out = io.StringIO()
    write_facts_csv(release, out)
    return {(r["statement"], r["concept"], r["period_end"], r["months"]): r["value"]
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}


def test_quarter_columns_of_a_fiscal_year_end_on_the_day_the_release_states() -> None:
    facts = _facts(_release(SUMMARIES))
    assert facts[("operations", "revenue", "2026-06-30", "3")] == "27400000"
    assert facts[("operations", "revenue", "2025-06-30", "3")] == "24000000"
    assert facts[("operations", "net_income", "2026-06-30", "3")] == "2500000"
    assert facts[("operations", "eps_diluted", "2025-06-30", "3")] == "0.12"
    assert not [key for key in facts if key[2] < "2025-01-01"]  # nothing a year early


def test_a_year_to_date_summary_under_the_quarters_is_a_table_of_its_own() -> None:
    facts = _facts(_release(SUMMARIES))
    assert facts[("operations", "revenue", "2026-06-30", "9")] == "78600000"
    assert facts[("operations", "revenue", "2025-06-30", "9")] == "70200000"
    assert facts[("operations", "operating_income", "2026-06-30", "9")] == "8400000"
    assert facts[("operations", "income_tax", "2025-06-30", "9")] == "1300000"
    assert facts[("operations", "net_income", "2026-06-30", "9")] == "6500000"
    assert facts[("operations", "eps_diluted", "2026-06-30", "9")] == "0.47"


def test_the_change_columns_are_named_not_said_to_name_no_period() -> None:
    release = _release(SUMMARIES)
    assert not [w for w in release.warnings if "no header" in str(w) or "was not read" in str(w)]


def test_header_rows_a_blank_line_above_the_figures_date_their_columns() -> None:
    release = _release(BALANCE)
    facts = _facts(release)
    assert facts[("balance", "cash_and_equivalents", "2026-06-30", "")] == "28400000"
    assert facts[("balance", "cash_and_equivalents", "2025-12-31", "")] == "35900000"
    assert facts[("balance", "total_assets", "2025-12-31", "")] == "105800000"
    assert facts[("balance", "stockholders_equity", "2025-12-31", "")] == "98000000"
    assert not [key for key in facts if key[0] == "balance" and key[2] == "2025-06-30"]


def test_a_balance_sheets_year_alone_takes_no_neighbours_month_day() -> None:
    # the sheet's month-days lost, "2026 | 2025" alone over a second quarter's balances, the narrative naming
    # its quarter without a year beside it: the earlier year's day may be June 30 or December 31
    text = (LAYOUTS / BALANCE).read_text().replace("June 30, | December 31,\n2026 | 2025\n\n", "2026 | 2025\n")
    release = _release("year_alone.txt", text.encode())
    facts = _facts(release)
    assert facts[("balance", "cash_and_equivalents", "2026-06-30", "")] == "28400000"
    assert not [key for key in facts if key[0] == "balance" and key[2] != "2026-06-30"]
    assert any("('2025') was not read" in str(w) for w in release.warnings)


@pytest.mark.parametrize(("header", "period"), [
    ("vs. Q3 2025", "Q3 2025"),
    ("vs Q3 2025", "Q3 2025"),
    ("versus 2025 YTD", "2025 YTD"),
    ("compared to Q2 FY24", "Q2 FY24"),
    ("Q3 2026", "Q3 2026"),
])
def test_a_comparisons_word_before_a_columns_period(header: str, period: str) -> None:
    assert COMPARED_COLUMN_LEAD.sub("", header) == period


@pytest.mark.parametrize("heading", ["Change", "% Change", "Change %", "Change (%)"])
def test_a_change_columns_heading(heading: str) -> None:
    assert CHANGE_HEADING.fullmatch(heading)


@pytest.mark.parametrize(("line", "heads"), [
    ("(in millions except per share data)   2026 YTD   vs. 2025 YTD   Change", True),
    ("(in millions except per share data and percentages)   Q3 2026   vs. Q3 2025   Change   Change (%)", True),
    ("(in millions)   Net Sales   Gross Profit", False),
    ("(in thousands)", False),
])
def test_period_labels_beside_the_unit_note_head_the_columns(line: str, heads: bool) -> None:
    assert period_labels_beside_a_note(line) is heads


def test_years_to_date_after_the_unit_note_are_a_header_line() -> None:
    assert is_header_text("(in millions except per share data)   2026 YTD   vs. 2025 YTD   Change")
    assert is_header_text("2026 YTD   2025 YTD")
