"""Shares of a total as the browser review UI-61 found them, on Timberland Bancorp's Expenses page at 390 px: "Loss
(gain) on disposition of premises and equipment, net: n/m; amount (3), 0.0% of total", where the share is -0.04%:
"0.0%" reads as nothing. A share not nil but under a tenth is said "under 0.1%", with its sign where negative."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from core import parse_release
from core.analysis import windows
from core.analysis.expenses import breakdown
from core.analysis.structure import operations_statement
from core.charts.expenses import window_table
from core.charts.periods import change_lines
from core.formatting import share_percent
from tests.page_runner import run_page

TIMBERLAND = (Path(__file__).parent / "fixtures" / "ui"
              / "bank_timberland_q2_fy2020_loan_tables_before_the_statements.htm")
DISPOSITION = "Loss (gain) on disposition of premises and equipment, net"


def test_a_share_under_a_tenth_is_said_so_with_its_sign() -> None:
    assert share_percent(Decimal("0.0"), Decimal("-0.0362")) == "negative, under 0.1%"
    assert share_percent(Decimal("0.0"), Decimal("0.04")) == "under 0.1%"
    assert share_percent(Decimal("0.0"), Decimal(0)) == "0.0%"  # nil is nil
    assert share_percent(Decimal("55.8"), Decimal("55.77")) == "55.8%"


def test_timberlands_disposition_line_reads_under_a_tenth_on_the_table_and_the_phone_lines() -> None:
    release = parse_release(TIMBERLAND.read_bytes(), TIMBERLAND.name)
    operations = operations_statement(release)
    assert operations is not None
    expenses = breakdown(operations)
    assert expenses is not None
    table = window_table(expenses, windows(operations)[0])
    assert table is not None
    row = table.set_index("Line").loc[DISPOSITION]
    assert (row["Amount ($ thousands)"], row["% of total"]) == ("(3)", "negative, under 0.1%")
    assert table.set_index("Line").loc["Salaries and employee benefits", "% of total"] == "55.8%"
    line = next(line for line in change_lines(table) if line.startswith(DISPOSITION))
    assert "negative, under 0.1% of total" in line and "0.0%" not in line
    at = run_page("expenses", release)
    frames = [d.value.set_index("Line") for d in at.dataframe if "% of total" in d.value.columns]
    assert frames[0].loc[DISPOSITION, "% of total"] == "negative, under 0.1%"  # the quarter's
