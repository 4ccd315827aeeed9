"""Footing (core.checks.footing): a total against the lines of the heading it names, wherever the section
closed and however far the run since the last total reaches back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.checks.footing import footing
from core.model import LineItem, Period, SourceSpan, Statement

PERIODS = (Period(date(2011, 9, 30), 3), Period(date(2011, 9, 30), 9))


def _line(label: str, values: tuple[int, int], number: int, section: str = "", is_total: bool = False,
          concepts: tuple[str, ...] = ()) -> LineItem:
    return LineItem(label, tuple(Decimal(v) for v in values), concepts, "amount", SourceSpan(number, number),
                    section=section, is_total=is_total)


def _operations(*items: LineItem) -> Statement:
    return Statement("operations", "", "", 1000, 1000, PERIODS, items, SourceSpan(1, 20))


# Invented: 5,214 + 14,906 + 640 + 0 = 20,760 for the quarter; 15,402 + 44,318 + 1,920 + 2,150 = 63,790 for the
# nine months, the write-off's 2,150 read wrong as 0.
PARTS = (
    _line("Engineering", (5214, 15402), 7, "Operating expenses"),
    _line("Selling, general and administrative", (14906, 44318), 8, "Operating expenses"),
    _line("Amortization of acquired intangibles", (640, 1920), 9, "Operating expenses"),
    _line("Write-off of acquired in-process technology", (0, 0), 10, "Operating expenses"),
)


def _footed(statement: Statement) -> list[tuple[Decimal | None, Decimal | None, bool]]:
    return [(check.expected, check.found, check.passed) for check in footing(statement)]


def test_a_total_read_outside_the_heading_it_names_foots_its_lines() -> None:
    """A line at the margin between (round 668: a wrapped row's figures left unread) had closed "Operating
    expenses:" above "Total operating expenses": the total stood in no section, and a component read wrong
    went out unchecked."""
    gross = _line("Gross profit", (30850, 88805), 5, is_total=True, concepts=("gross_profit",))
    total = _line("Total operating expenses", (20760, 63790), 12, is_total=True,
                  concepts=("total_operating_expenses",))
    assert _footed(_operations(gross, *PARTS, total)) == [
        (Decimal(20760), Decimal(20760), True), (Decimal(61640), Decimal(63790), False)]


def test_a_headings_total_foots_its_lines_not_the_lines_above_the_heading() -> None:
    """No total between the revenue and "Operating expenses:": the heading's total adds the heading's lines."""
    revenue = _line("Revenues", (52480, 151920), 5, concepts=("revenue",))
    total = _line("Total operating expenses", (20760, 63790), 12, "Operating expenses", is_total=True,
                  concepts=("total_operating_expenses",))
    assert _footed(_operations(revenue, *PARTS, total)) == [
        (Decimal(20760), Decimal(20760), True), (Decimal(61640), Decimal(63790), False)]


def test_a_run_adding_the_tax_as_stored_to_the_net_result_is_left_to_the_chain() -> None:
    """An unlabelled pre-tax subtotal, then a provision stored the wrong way round as a benefit (-310, -45),
    then the net result: 6,120 - 310 = 5,810 foots as stored, though the tax stored as an expense is taken off
    and the chain fails it (round 678: the footing's pass had cleared that failure, the flipped tax printed as
    verified). A total of expenses that counts the income tax among them still foots."""
    pretax = _line("", (6120, 17450), 10, is_total=True)
    tax = _line("Income tax benefit (expense)", (-310, -45), 11, concepts=("income_tax",))
    net = _line("Net income", (5810, 17405), 13, is_total=True, concepts=("net_income",))
    assert _footed(_operations(pretax, tax, net)) == []
    fuel = _line("Fuel", (4200, 12600), 5, "Operating expenses")
    taxes = _line("Income taxes", (310, 45), 6, "Operating expenses", concepts=("income_tax",))
    expenses = _line("Total operating expenses", (4510, 12645), 7, "Operating expenses", is_total=True,
                     concepts=("total_operating_expenses",))
    assert _footed(_operations(fuel, taxes, expenses)) == [(Decimal(4510), Decimal(4510), True),
                                                          (Decimal(12645), Decimal(12645), True)]
