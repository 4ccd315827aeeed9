"""A total that adds up only part of its section is no total of it, and a failed identity blames a figure.

Round 725's faults on invented releases (Halvern Instruments, its own words and numbers, each figure cross-footed
by hand):
- a bare "Total" of sales and marketing and general and administrative, research and development printed after
  it: gross profit 15,800 - 6,850 is not the operating income 3,830, 15,800 - 6,850 - 5,120 is; the "Total" is a
  subtotal, no total operating expenses (`concepts._total_of_part_of_the_expenses`);
- "Total liabilities 10,700" (current 9,500 + other long-term 1,200) with "Long-term debt 7,500" printed under
  it: 10,700 + 7,500 + equity 33,800 = 52,000, the total of liabilities and equity; the true total liabilities
  are 18,200 and the printed line is none (`concepts._total_liabilities_of_part_of_them`);
- a net income printed 2,593 where 3,975 - 1,392 = 2,583: basic EPS x shares (0.14 x 18,450 = 2,583, +-92,250)
  passes either way and cannot clear the 10,000 gap, so the net income is held back beside the tax
  (`verification._finer_than_its_gap`);
- "Total operating expenses 6,850" adding up sales and marketing and general and administrative, research and
  development (5,120) above them: the operating result fails, the footing, gross profit and pre-tax checks pass,
  and the total only a footing vouches for carries the failure (`verification._blamed_where_all_were_cleared`).
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


def test_a_net_income_typo_within_the_eps_rounding_is_held_back() -> None:
    facts = printed_facts(FIXTURES / "totals_of_part_of_their_section.txt")
    assert _fact(facts, Q2_2011, "net_income") is None
    assert _fact(facts, Q2_2011, "income_tax") is None
    assert _fact(facts, Q2_2011, "income_before_taxes") == Decimal("3975000")
    assert _fact(facts, Q2_2010, "net_income") == Decimal("2009000")
    assert _fact(facts, Q2_2010, "income_tax") == Decimal("1081000")


def test_a_total_operating_expenses_of_part_carries_the_failed_operating_result() -> None:
    facts = printed_facts(FIXTURES / "total_operating_expenses_of_part.txt")
    for at in (Q2_2011, Q2_2010):
        assert _fact(facts, at, "total_operating_expenses") is None
    assert _fact(facts, Q2_2011, "gross_profit") == Decimal("15800000")
    assert _fact(facts, Q2_2011, "operating_income") == Decimal("3830000")
    assert _fact(facts, Q2_2011, "net_income") == Decimal("2583000")
