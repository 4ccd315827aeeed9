"""Footnote marks set in table cells of their own (round 731): a mark in a cell the other rows do not have
is no figure and moves no column; a footnote's letter a column gap after its figure ends no row's figures;
and the cash flow's opening line is not failed against a result line that is no net result."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

import core
from core.checks.between_statements import cash_flow_net_result
from core.model import LineItem, Period, SourceSpan, Statement
from core.tables.numbers import split_cells
from tests.conftest import FIXTURES

# An invented release (Halvorsen Acoustics, second quarter 2023), laid out as EDGAR's HTML exhibits are:
# "$", figure and ")" in cells of their own. The statement of operations prints a mark in a cell of its own
# that its other rows do not have ("$(0.01) | (1) | $0.12", a <sup>(1)</sup> alike, "$(145) | (2)", "8,430 |
# *"); the balance sheet and the cash flow print "(a)" and "(b)" in the spacer column a gap after a figure.
SOURCE = FIXTURES / "html" / "marks_in_cells_of_their_own.htm"

# Checked by hand: gross profit = revenue - cost, operating result = gross profit - expenses, net = income
# before taxes - tax, EPS = net / shares (1,560 / 24,400 = 0.064; -145 / 23,900 = -0.006; 2,866 / 24,310 =
# 0.118 and / 26,640 = 0.108; -550 / 23,820 = -0.023); total assets 36,000 + 5,410 + 2,590 = 44,000 =
# 8,334 + 35,666; operating cash 2,866 + 720 + 1,000 - 1,516 = 3,070.
EXPECTED = {
    ("operations", "revenue", "2023-06-30", "3"): "14260000",
    ("operations", "gross_profit", "2023-06-30", "3"): "8430000",
    ("operations", "gross_profit", "2022-06-30", "3"): "7435000",
    ("operations", "net_income", "2023-06-30", "3"): "1560000",
    ("operations", "net_income", "2022-06-30", "3"): "-145000",
    ("operations", "net_income", "2023-06-30", "6"): "2866000",
    ("operations", "net_income", "2022-06-30", "6"): "-550000",
    ("operations", "eps_basic", "2023-06-30", "3"): "0.06",
    ("operations", "eps_basic", "2022-06-30", "3"): "-0.01",
    ("operations", "eps_basic", "2023-06-30", "6"): "0.12",
    ("operations", "eps_basic", "2022-06-30", "6"): "-0.02",
    ("operations", "eps_diluted", "2023-06-30", "3"): "0.06",
    ("operations", "eps_diluted", "2022-06-30", "3"): "-0.01",
    ("operations", "eps_diluted", "2023-06-30", "6"): "0.11",
    ("operations", "eps_diluted", "2022-06-30", "6"): "-0.02",
    ("balance", "total_assets", "2023-06-30", ""): "44000000",
    ("balance", "total_assets", "2022-12-31", ""): "42000000",
    ("cash_flow", "operating_cash_flow", "2023-06-30", "6"): "3070000",
    ("cash_flow", "operating_cash_flow", "2022-06-30", "6"): "-130000",
}


@pytest.fixture(scope="module")
def facts() -> dict[tuple[str, str, str, str], tuple[float, str, str]]:
    """(statement, concept, period end, months) -> (value, label, verified) of every fact read."""
    release = core.parse_release(SOURCE.read_bytes(), SOURCE.name)
    frame = core.facts_frame(release)
    return {(row["statement"], row["concept"], row["period_end"], "" if row["months"] is None else str(row["months"])):
            (row["value"], row["label"], row["verified"]) for row in frame.to_dict("records")}


def test_a_mark_in_a_cell_the_other_rows_lack_moves_no_figure(
        facts: dict[tuple[str, str, str, str], tuple[float, str, str]]) -> None:
    """Every expected figure read, none taken from a mark, none of a row's figures moved into its label."""
    got = {key: round(Decimal(facts[key][0]), 2) for key in EXPECTED if key in facts}
    assert got == {key: Decimal(value) for key, value in EXPECTED.items()}
    labels = {facts[key][1] for key in EXPECTED}
    assert not [label for label in labels if any(ch.isdigit() for ch in label)]


def test_the_marked_rows_are_verified(facts: dict[tuple[str, str, str, str], tuple[float, str, str]]) -> None:
    assert {facts[key][2] for key in EXPECTED} == {"verified"}


@pytest.mark.parametrize(("line", "label", "values"), [
    # a footnote's letter a column gap after the figure it marks: no figure, and the row keeps its figures
    ("Total revenue                20,535   (a)    17,200      60,110", "Total revenue", [20535, 17200, 60110]),
    ("Net income (loss)      $887      $(163)   (b)    $2,109", "Net income (loss)", [887, -163, 2109]),
    ("Total assets           $66,930   (a)        $63,460", "Total assets", [66930, 63460]),
    ("Total revenue                20,535      17,200   (c)", "Total revenue", [20535, 17200]),
    # one space after the figure, as before
    ("Total revenue                20,535 (a)   17,200", "Total revenue", [20535, 17200]),
    # after a label's words it is the label's
    ("Revenue (a)                  20,535      17,200", "Revenue (a)", [20535, 17200]),
])
def test_a_footnote_letter_after_a_figure_is_a_mark(line: str, label: str, values: list[int]) -> None:
    read_label, _, cells = split_cells(line)
    assert read_label == label
    assert [cell.value for cell in cells] == values


Q2_2023 = Period(date(2023, 6, 30), 6, "Six Months Ended June 30, 2023")
MILLION = 1_000_000


def _statement(kind: str, rows: list[tuple[str, str, str]]) -> Statement:
    """One column (six months to June 30, 2023) of (label, concept, figure in millions)."""
    items = tuple(LineItem(label=label, values=(Decimal(figure) * MILLION,), concepts=(concept,) if concept else (),
                           kind="amount", span=SourceSpan(10 + n, 10 + n), cells=(figure,))
                  for n, (label, concept, figure) in enumerate(rows))
    return Statement(kind=kind, title="", unit="In millions", scale=MILLION, share_scale=MILLION,  # type: ignore[arg-type]
                     periods=(Q2_2023,), items=items, span=SourceSpan(10, 10 + len(rows)), primary=True)


OPERATIONS = _statement("operations", [
    ("Income before income taxes", "income_before_taxes", "3437"),
    ("Provision for income taxes", "income_tax", "571"),
    ("Net income", "net_income", "2866"),
])
CASH_FLOW = _statement("cash_flow", [("Net income", "net_income", "2866"), ("Depreciation", "", "720")])


def test_the_cash_flow_starts_from_the_net_result_it_agrees_with() -> None:
    [result] = cash_flow_net_result([OPERATIONS, CASH_FLOW])
    assert result.passed and result.expected == 2866 * MILLION


def test_a_cash_flow_column_of_another_period_fails_against_the_net_result() -> None:
    other = dataclasses.replace(CASH_FLOW, items=(dataclasses.replace(CASH_FLOW.items[0], values=(
        Decimal(5120) * MILLION,)), CASH_FLOW.items[1]))
    [result] = cash_flow_net_result([OPERATIONS, other])
    assert not result.passed and result.expected == 2866 * MILLION


def test_no_net_result_read_leaves_the_cash_flow_unchecked_not_failed() -> None:
    """The statement of operations' net income lost (round 731: its row read as words): income before taxes,
    the nearest result line left, is no net result, and a disagreement with it dates nothing."""
    without_net = dataclasses.replace(OPERATIONS, items=OPERATIONS.items[:2])
    assert list(cash_flow_net_result([without_net, CASH_FLOW])) == []
