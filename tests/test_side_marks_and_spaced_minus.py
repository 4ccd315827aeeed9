"""Signs printed beside a figure rather than as a minus or parentheses (round 717, invented fixtures in
fixtures/layouts, each cross-footed by hand).

- A credit or debit mark after a figure, one space apart or glued ("1,150 CR", "1,055CR"): the row is a row, not
  a wrapped label joined to the next one, and its sign is the arithmetic's (gross margin 4,435 less expenses
  5,585 is -1,150; operating cash 2,215 less 940 and 310 is the 965 increase).
- A minus set one space before its figure between column gaps ("- 1,150", "$- 0.12"): the figure's sign, not a
  nil cell that shifts the row's figures a column right; a nil dash standing a column gap from the next figure
  ("-            175") stays a nil.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import core
from core.facts import write_facts_csv
from core.tables.numbers import split_cells

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _printed(name: str) -> dict[tuple[str, str, str], str]:
    path = LAYOUTS / name
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    return {(r["statement"], r["concept"], r["period_end"]): r["value"]
            for r in csv.DictReader(io.StringIO(out.getvalue()))}


def test_credit_marked_results_and_flows_keep_their_own_rows_and_take_the_arithmetics_sign() -> None:
    printed = _printed("credit_marks_after_the_figures_of_results_and_flows.txt")
    expected = {
        ("operations", "operating_income", "2004-03-31"): "-1150000",
        ("operations", "operating_income", "2003-03-31"): "-680000",
        ("operations", "income_before_taxes", "2004-03-31"): "-1055000",
        ("operations", "income_before_taxes", "2003-03-31"): "-560000",
        ("operations", "income_tax", "2004-03-31"): "25000",
        ("operations", "income_tax", "2003-03-31"): "30000",
        ("operations", "net_income", "2004-03-31"): "-1080000",
        ("operations", "net_income", "2003-03-31"): "-590000",
        ("operations", "eps_diluted", "2004-03-31"): "-0.12",
        ("operations", "eps_diluted", "2003-03-31"): "-0.07",
        ("cash_flow", "operating_cash_flow", "2004-03-31"): "2215000",
        ("cash_flow", "investing_cash_flow", "2004-03-31"): "-940000",
        ("cash_flow", "investing_cash_flow", "2003-03-31"): "-1105000",
        ("cash_flow", "financing_cash_flow", "2004-03-31"): "-310000",
        ("cash_flow", "financing_cash_flow", "2003-03-31"): "-205000",
        ("cash_flow", "net_change_in_cash", "2004-03-31"): "965000",
        ("cash_flow", "net_change_in_cash", "2003-03-31"): "560000",
    }
    assert {key: printed.get(key) for key in expected} == expected


def test_minus_signs_a_space_before_their_figures_sign_them_and_a_nil_dash_stays_nil() -> None:
    printed = _printed("minus_signs_set_a_space_before_their_figures.txt")
    expected = {
        ("operations", "restructuring", "2004-03-31"): "0",
        ("operations", "restructuring", "2003-03-31"): "175000",
        ("operations", "operating_income", "2004-03-31"): "-1150000",
        ("operations", "operating_income", "2003-03-31"): "-855000",
        ("operations", "income_before_taxes", "2004-03-31"): "-1055000",
        ("operations", "income_before_taxes", "2003-03-31"): "-735000",
        ("operations", "net_income", "2004-03-31"): "-1080000",
        ("operations", "net_income", "2003-03-31"): "-765000",
        ("operations", "eps_basic", "2004-03-31"): "-0.12",
        ("operations", "eps_basic", "2003-03-31"): "-0.09",
    }
    assert {key: printed.get(key) for key in expected} == expected


def test_a_side_mark_is_kept_with_its_figure_and_a_flat_rows_dash_is_no_minus() -> None:
    label, _, cells = split_cells("Income (loss) before income taxes     1,055CR        560 CR")
    assert label == "Income (loss) before income taxes"
    assert [(cell.text, str(cell.value)) for cell in cells] == [("1,055CR", "1055"), ("560 CR", "560")]
    # lynx's flat row: the dash a nil between two columns, one space from each neighbour
    _, _, flat = split_cells("Restructuring and related charges 8,200 - 14,650 3,100")
    assert [str(cell.value) for cell in flat] == ["8200", "0", "14650", "3100"]


def test_the_columns_decide_whether_a_dash_a_space_before_a_figure_is_its_minus() -> None:
    from core.tables.lines import ClassifiedLine, LineKind
    from core.tables.rows import signed_by_the_columns

    def line(text: str) -> ClassifiedLine:
        label, _, cells = split_cells(text)
        return ClassifiedLine(1, text, LineKind.DATA, label, 0, tuple(cells))

    signed = signed_by_the_columns(line("Operating loss        - 1,150         - 855"), 2)
    assert [(cell.text, str(cell.value)) for cell in signed.cells] == [("- 1,150", "-1150"), ("- 855", "-855")]
    # four columns of amounts and percents, the nil "-" of a percent a space before the next amount (pdftotext)
    nil = line("Restructuring charges      \u2014      - 1,410      3.6")
    assert [str(cell.value) for cell in signed_by_the_columns(nil, 4).cells] == ["0", "0", "1410", "3.6"]


def test_a_marked_figure_no_sum_settles_is_held_back_its_line_named() -> None:
    """The balance sheet's "Accumulated deficit   12,610 DR": no check of the statement takes the deficit as its
    result or turns it, so its side is unsettled; it is held back, the warning naming its line, never printed as
    a positive balance."""
    path = LAYOUTS / "credit_marks_after_the_figures_of_results_and_flows.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    assert not [row for row in csv.DictReader(io.StringIO(out.getvalue())) if row["label"] == "Accumulated deficit"]
    failed = [check for check in release.checks if not check.passed]
    assert [(check.name, check.span.first, check.found) for check in failed] == [
        ("sign of a CR/DR figure", 44, 12_610_000), ("sign of a CR/DR figure", 44, 11_530_000)]
    assert all("'Accumulated deficit'" in check.doubt for check in failed)


# A minus set before the currency sign, as releases print a loss beside the prior year's in parentheses (round
# 725): the figure is negative as "$-1,234" and "($1,234)" are.
MINUS_BEFORE_THE_SIGN = [
    ("-$4,957", "-4957"), ("-$0.20", "-0.20"), ("\u2212$1,204", "-1204"), ("\u2013$3.1", "-3.1"),
    ("-US$0.12", "-0.12"), ("-\u20ac12,480", "-12480"), ("$-5,303", "-5303"), ("($5,303)", "-5303"),
]


def test_a_minus_before_the_dollar_sign_signs_the_figure() -> None:
    line = "Net loss" + "".join(f"   {printed}" for printed, _ in MINUS_BEFORE_THE_SIGN)
    label, _, cells = split_cells(line)
    assert label == "Net loss"
    assert [(cell.text, str(cell.value)) for cell in cells] == MINUS_BEFORE_THE_SIGN


def test_a_net_loss_and_its_eps_printed_minus_dollar_are_read_in_text_and_html() -> None:
    for name in ("net_loss_and_loss_per_share_with_a_minus_before_the_dollar_sign.txt",
                 "net_loss_and_loss_per_share_with_a_minus_before_the_dollar_sign_in_html.htm"):
        printed = _printed(name)
        expected = {
            ("operations", "net_income", "2012-06-30"): "-2252000",
            ("operations", "net_income", "2011-06-30"): "-1730000",
            ("operations", "eps_basic", "2012-06-30"): "-0.11",
            ("operations", "eps_basic", "2011-06-30"): "-0.08",
            ("operations", "eps_diluted", "2012-06-30"): "-0.11",
            ("operations", "eps_diluted", "2011-06-30"): "-0.08",
            ("operations", "operating_income", "2012-06-30"): "-2335000",
            ("operations", "income_before_taxes", "2012-06-30"): "-2240000",
        }
        assert {key: printed.get(key) for key in expected} == expected, name
