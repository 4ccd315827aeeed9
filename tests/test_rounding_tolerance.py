"""A check allows each term half its last printed digit, no more: a statement in millions printing one decimal
rounds a figure by 0.05 million, and a check allowing half a million a term vouched for readings millions off."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.checks.common import rounding_tolerance
from core.model import LineItem, SourceSpan
from core.statements.units import printed_step

FIXTURES = Path(__file__).parent / "fixtures"
MILLION = 1_000_000


def _line(*cells: str) -> LineItem:
    values = tuple(Decimal(cell.strip("$()").replace(",", "")) * MILLION for cell in cells)
    return LineItem("Net sales", values, (), "amount", SourceSpan(1, 1), cells=cells)


@pytest.mark.parametrize(("cells", "finest", "coarsest"), [
    ((("$375.9", "$487.3"), ("(0.1)", "(0.9)")), 100_000, 100_000),  # Tupperware, in millions
    ((("$375.9", "$487.3"), ("7", "—")), 100_000, MILLION),  # a whole figure among tenths: it rounds by 0.5
    ((("1,234.56", "1.5"),), 10_000, 100_000),
    ((("12.3456",),), 10_000, 10_000),  # no finer than cents of the unit
    ((("—", "$96,458"),), MILLION, MILLION),  # a dash prints no digit
])
def test_the_last_printed_digit_sets_the_step(cells: tuple[tuple[str, ...], ...], finest: int, coarsest: int) -> None:
    lines = [_line(*(c for c in row if c != "—")) for row in cells]
    assert printed_step(lines, MILLION) == finest
    assert printed_step(lines, MILLION, coarsest=True) == coarsest


def test_figures_in_actual_units_keep_a_unit() -> None:
    """Dollars and cents are exact: the step of a statement in dollars stays a dollar."""
    line = LineItem("Revenue", (Decimal("1234.56"),), (), "amount", SourceSpan(1, 1), cells=("1,234.56",))
    assert printed_step([line], 1) == 1


def test_a_loss_in_parentheses_among_costs_is_read_by_the_last_digit() -> None:
    """Tupperware, in millions to one decimal: gross margin 246.2 less 242.9 and 3.9 and a "Loss on disposal of
    assets (0.1)" is the printed operating loss of (0.7) only with the loss taken off (246.2 - 242.9 - 3.9 -
    0.1); a year earlier 326.1 - 262.7 - 4.3 - 0.9 = 58.2. The check allowed 2.5 million and passed the reading
    of the loss as a gain (expected 60.0 against 58.2 printed); it now expects what is printed."""
    path = FIXTURES / "html" / "tupperware_q1-2020.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    checks = [c for c in release.checks if c.name == "operating result"]
    assert [(c.expected, c.found) for c in checks] == [(Decimal("-0.7") * MILLION, Decimal("-0.7") * MILLION),
                                                        (Decimal("58.2") * MILLION, Decimal("58.2") * MILLION)]
    assert all(c.passed and c.tolerance == Decimal("0.25") * MILLION for c in checks)  # 5 terms x 0.05
    operations = next(s for s in release.statements if s.kind == "operations")
    assert rounding_tolerance(operations, 1) == 50_000
