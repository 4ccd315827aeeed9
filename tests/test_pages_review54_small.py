"""UI-54's smaller findings: the Data page's tables print a figure as its cell did (Allos's 6M EPS "$(0.40)" had read
"-0.4"), and a line nil both years says "both nil" (Southern's "Contract Termination", "-" and "-" at src
line 281, had read "n/m" where a line printed alike both years reads "unchanged")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from core.analysis import windows, with_derived
from core.analysis.comparisons import compare
from core.analysis.derived import fiscal_quarter
from core.analysis.structure import operations_statement
from core.parse import parse_release

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_line_nil_both_years_says_so() -> None:
    path = FIXTURES / "edgar" / "southern-company_q4-fy2004.txt"
    release = parse_release(path.read_bytes(), path.name)
    operations = operations_statement(release)
    assert operations is not None
    quarter = windows(operations)[0]
    changes = {c.label: c for c in compare(with_derived(operations, fiscal_quarter(release)), quarter)}
    nil = changes["Contract Termination"]
    assert (nil.current, nil.prior) == (Decimal(0), Decimal(0))
    assert nil.percent_said() == nil.percent_words == "both nil"
    assert changes["Wholesale Revenue"].percent_words == "-6% ¶"  # 305 against 324: whole, marked (UI-59)


def test_the_data_tables_print_per_share_figures_to_the_cent_and_signs_as_printed() -> None:
    from core.frames import data_page_frame

    path = Path(__file__).parent.parent / "core" / "samples" / "allos_q2_2004.txt"
    release = parse_release(path.read_bytes(), path.name)
    table, _, _ = data_page_frame(release, release.statements[0])
    rows = {row["label"]: row for row in table.to_dict("records")}
    # src lines 112-115: "Net loss  $(7,151)" (in thousands) and "$(0.23)  $(0.45)  $(0.40)  $(0.73)"
    eps = rows["Basic and diluted net loss per share"]
    assert [eps[name] for name in ("3M to Jun 30, 2004", "3M to Jun 30, 2003", "6M to Jun 30, 2004",
                                   "6M to Jun 30, 2003")] == ["(0.23)", "(0.45)", "(0.40)", "(0.73)"]
    assert rows["Net loss"]["3M to Jun 30, 2004"] == "(7,151,000)"
    assert rows["Interest and other income, net"]["6M to Jun 30, 2003"] == "649,000"


def test_the_expenses_tables_lay_out_as_the_periods_table_on_a_phone() -> None:
    """At 420 px Timberland's Expenses tables had shown the Line column alone, the amount, share and changes off
    the screen with no word (UI-54): the change % now stands beside the line, and a phone is told to swipe."""
    from tests.page_runner import run_page

    path = FIXTURES / "ui" / "bank_timberland_q2_fy2020_loan_tables_before_the_statements.htm"
    at = run_page("expenses", parse_release(path.read_bytes(), path.name))
    orders = [list(frame.proto.column_order) for frame in at.dataframe if "% of total" in frame.proto.column_order]
    assert orders == [["Line", "Change %", "Amount ($ thousands)", "% of total", "Change ($ thousands)"]] * 2
    # a phone now reads each row whole on a line (UI-59), so no table is a swipe away
    assert [c.value for c in at.caption if "swipe" in c.value] == []
