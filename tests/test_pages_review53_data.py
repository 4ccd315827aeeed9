"""UI-53, the Data page. Timberland's statements had been hard to find: "Loan Portfolio" opened the page, its
income statements stood fourth and fifth, closed, and a reconciliation was headed by its unit note, "($ in
thousands) (balance sheet)". Allos's four periods, headed as printed ("Three-months ended June 30, 2004") after
the concept and line columns, had left two of them a scroll away at 1,400 px."""

from __future__ import annotations

from pathlib import Path

from core.frames import data_page_frame, data_page_order, table_heading, table_title
from core.parse import parse_release
from pages._markdown import unescape
from pages._widgets import EXPANDER_ROOM_PX, figure_columns
from tests.page_runner import run_page

FIXTURES = Path(__file__).parent / "fixtures"
BANK = FIXTURES / "ui" / "bank_timberland_q2_fy2020_loan_tables_before_the_statements.htm"
ALLOS = FIXTURES / "text" / "allos_q2_2004.txt"


def test_the_primary_statements_come_first_and_open() -> None:
    release = parse_release(BANK.read_bytes(), BANK.name)
    order = data_page_order(release)
    spans = [(str(statement.span), opened) for _, statement, opened in order]
    # src 549-618 the quarter's income statement, 624-693 its six months', 699-760 the balance sheet: open
    assert spans[:3] == [("lines 549-618", True), ("lines 624-693", True), ("lines 699-760", True)]
    # then the others as printed, closed: Loan Portfolio (183-226) first of them
    assert [span for span, _ in spans[3:]] == ["lines 183-226", "lines 300-316", "lines 438-450", "lines 791-818",
                                               "lines 838-882", "lines 897-941"]
    assert not any(opened for _, opened in spans[3:])
    assert sorted(index for index, _, _ in order) == list(range(len(release.statements)))


def test_no_table_is_titled_by_its_unit_note() -> None:
    release = parse_release(BANK.read_bytes(), BANK.name)
    by_span = {str(statement.span): statement for statement in release.statements}
    # src 439: "($ in thousands)" the only line above the reconciliation's figures
    assert table_title(by_span["lines 438-450"]) == ""
    assert table_heading(by_span["lines 438-450"]) == ("Summary table read as a balance sheet (lines 438-450, in "
                                                       "thousands)")
    # src 301: "Deposit Breakdown ($ in thousands)"
    assert table_heading(by_span["lines 300-316"]) == "Deposit Breakdown (other table, lines 300-316, in thousands)"
    assert not any("in thousands)" in table_title(statement) for statement in release.statements)


def test_the_periods_come_first_named_short_and_fit_beside_the_names() -> None:
    release = parse_release(ALLOS.read_bytes(), ALLOS.name)
    table, _, headers = data_page_frame(release, release.statements[0])
    assert list(table.columns) == ["label", "3M to Jun 30, 2004", "3M to Jun 30, 2003", "6M to Jun 30, 2004",
                                   "6M to Jun 30, 2003", "lines", "concept"]
    assert headers["3M to Jun 30, 2004"] == "Three-months ended June 30, 2004"
    # src line 98: Research and development 3,446 (in thousands)
    assert table.set_index("label").loc["Research and development", "3M to Jun 30, 2004"] == "3,446,000"
    columns = figure_columns(table, list(headers), headers)
    widths = [columns[name]["width"] for name in ("label", *headers)]
    assert sum(int(width) for width in widths if width is not None) <= EXPANDER_ROOM_PX


def test_the_page_opens_the_statements_first() -> None:
    release = parse_release(BANK.read_bytes(), BANK.name)
    at = run_page("data", release)
    labels = [unescape(expander.label) for expander in at.expander]
    assert labels[0].startswith("TIMBERLAND BANCORP INC. AND SUBSIDIARY CONSOLIDATED STATEMENTS OF INCOME Three")
    assert labels[2].startswith("TIMBERLAND BANCORP INC. AND SUBSIDIARY CONSOLIDATED BALANCE SHEETS")
    assert labels[3].startswith("Loan Portfolio")
    assert not any(label.startswith("(") for label in labels)
