"""A summary of operations whose lines name the continuing business ("Net Sales from Continuing Operations",
round 713, in an invented release shaped as the real one was).

Its top line is the revenue and its "Income from Operations" the operating result; its "Net Income from
Continuing Operations" is a part of the net result and takes no concept, the consolidated EPS under it being
the net result's.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
NAME = "summary_naming_continuing_operations.txt"


def _facts() -> dict[tuple[str, str, str, str], Decimal]:
    return printed_facts(LAYOUTS / NAME)


def test_a_summary_naming_continuing_operations_is_a_statement_of_operations() -> None:
    """Both summaries had been read as "other" tables: the release printed no figure of its income. The
    quarter's chain adds up as printed (3.2 - 0.8 = 2.4; 2.0 - 0.5 = 1.5)."""
    facts = _facts()
    assert facts[("operations", "revenue", "2026-06-30", "3")] == Decimal("52400000")
    assert facts[("operations", "revenue", "2025-06-30", "3")] == Decimal("47000000")
    assert facts[("operations", "revenue", "2026-06-30", "9")] == Decimal("141800000")
    assert facts[("operations", "operating_income", "2026-06-30", "3")] == Decimal("3200000")
    assert facts[("operations", "operating_income", "2025-06-30", "3")] == Decimal("2000000")
    assert facts[("operations", "income_tax", "2026-06-30", "3")] == Decimal("800000")
    # the consolidated EPS: (2.4 - 0.4) / about 12.0 million shares, (2.7 - 0.6) / about 12.1 million
    assert facts[("operations", "eps_diluted", "2026-06-30", "3")] == Decimal("0.17")
    assert facts[("operations", "eps_diluted", "2026-06-30", "9")] == Decimal("0.17")
    assert facts[("operations", "eps_diluted", "2025-06-30", "9")] == Decimal("0.09")


def test_income_from_continuing_operations_is_never_the_net_result() -> None:
    facts = _facts()
    assert not [key for key in facts if key[1] in ("net_income", "net_income_to_common")]


def test_an_income_tax_expense_is_never_made_a_benefit_to_add_up_a_summary() -> None:
    """The nine months' "Income from Operations 2.1", "Income Tax Expense 0.6", "Net Income 2.7": other income
    stands between them unprinted. Adding the tax reaches 2.7, and a tolerance of half a million a figure
    (the scale's, though the figures print tenths) had let it: the expense printed as a benefit of 0.6
    million, verified. Printed to a tenth, no reading adds up: the lines are held back."""
    facts = _facts()
    assert not [key for key, value in facts.items() if key[1] == "income_tax" and value < 0]
    assert ("operations", "income_tax", "2026-06-30", "9") not in facts
    assert ("operations", "operating_income", "2026-06-30", "9") not in facts
