"""A total that adds up only part of its section is no total of it.

Round 725's faults on invented releases (Halvern Instruments, its own words and numbers, each figure cross-footed
by hand):
- a bare "Total" of sales and marketing and general and administrative, research and development printed after
  it: gross profit 15,800 - 6,850 is not the operating income 3,830, 15,800 - 6,850 - 5,120 is; the "Total" is a
  subtotal, no total operating expenses (`concepts._total_of_part_of_the_expenses`);
- "Total liabilities 10,700" (current 9,500 + other long-term 1,200) with "Long-term debt 7,500" printed under
  it: 10,700 + 7,500 + equity 33,800 = 52,000, the total of liabilities and equity; the true total liabilities
  are 18,200 and the printed line is none (`concepts._total_liabilities_of_part_of_them`).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.conftest import printed_facts

FIXTURES = Path(__file__).parent / "fixtures" / "checks"
Q2_2011, Q2_2010 = ("operations", "2011-06-30", "3"), ("operations", "2010-06-30", "3")


def _fact(facts: dict[tuple[str, str, str, str], Decimal], at: tuple[str, str, str], concept: str
          ) -> Decimal | None:
    statement, end, months = at
    return facts.get((statement, concept, end, months))


def test_a_bare_total_of_part_of_the_expenses_is_no_total_operating_expenses() -> None:
    facts = printed_facts(FIXTURES / "totals_of_part_of_their_section.txt")
    for at in (Q2_2011, Q2_2010):
        assert _fact(facts, at, "total_operating_expenses") is None
    assert _fact(facts, Q2_2011, "research_and_development") == Decimal("5120000")
    assert _fact(facts, Q2_2011, "operating_income") == Decimal("3830000")
    assert _fact(facts, Q2_2010, "operating_income") == Decimal("2970000")


def test_total_liabilities_with_debt_printed_under_it_is_no_total_liabilities() -> None:
    facts = printed_facts(FIXTURES / "totals_of_part_of_their_section.txt")
    for end in ("2011-06-30", "2010-12-31"):
        assert ("balance", "total_liabilities", end, "") not in facts
    assert facts[("balance", "total_liabilities_and_equity", "2011-06-30", "")] == Decimal("52000000")
    assert facts[("balance", "total_current_liabilities", "2010-12-31", "")] == Decimal("8800000")
    assert facts[("balance", "stockholders_equity", "2011-06-30", "")] == Decimal("33800000")

