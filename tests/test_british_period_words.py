"""British and Australian words for a statement's periods and results (round 729, invented fixtures in the shape
of the releases): a UK interim's "Year to 31 December 2007" beside its "Six months to" columns is a year, and an
Australian half-year's "Profit for the half-year" is its net income, which settles the sign of its tax."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core

_LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _facts(name: str) -> dict[tuple[str, str, int], Decimal]:
    """The release's facts by concept, period end and months (lines with a concept only)."""
    path = _LAYOUTS / name
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    return {(row.concept, str(row.period_end)[:10], int(row.months)): Decimal(str(row.value))
            for row in frame.itertuples() if row.concept}


def test_a_year_to_a_day_beside_six_months_to_is_twelve_months() -> None:
    """"Year to 31 March 2011" beside "Six months to 30 September 2011 | 2010": the year's column had taken its
    neighbours' six months (a half-year ending 31 March that no one reported). Each column foots: 640.0 - 410.0 =
    230.0 gross profit, less 140.0 = 90.0 operating profit, + 2.0 - 7.0 = 85.0 before tax, - 22.1 = 62.9; the
    year's 1,210.0 - 775.5 - 266.3 + 3.3 - 12.9 - 41.2 = 117.4."""
    facts = _facts("uk_interim_year_to_beside_six_months_to.txt")
    assert facts[("revenue", "2011-09-30", 6)] == Decimal("640000000")
    assert facts[("revenue", "2010-09-30", 6)] == Decimal("590500000")
    assert facts[("revenue", "2011-03-31", 12)] == Decimal("1210000000")
    assert facts[("operating_income", "2011-03-31", 12)] == Decimal("168200000")
    assert facts[("income_tax", "2011-03-31", 12)] == Decimal("41200000")
    assert facts[("net_income", "2011-03-31", 12)] == Decimal("117400000")
    assert facts[("shares_basic", "2011-03-31", 12)] == Decimal("209500000")
    assert not any(months == 6 and end == "2011-03-31" for _, end, months in facts)


def test_profit_for_the_half_year_is_the_net_income_and_its_tax_an_expense() -> None:
    """"Profit for the half-year 28,000" under "Income tax expense (12,000)": the net income, and with it the link
    from the pre-tax profit (40,000 - 12,000 = 28,000) that stores the tax as the expense it is (it had been
    printed -12,000,000, no net income read)."""
    facts = _facts("au_half_year_profit_for_the_half_year.txt")
    assert facts[("net_income", "2009-12-31", 6)] == Decimal("28000000")
    assert facts[("net_income", "2008-12-31", 6)] == Decimal("22400000")
    assert facts[("income_tax", "2009-12-31", 6)] == Decimal("12000000")
    assert facts[("income_tax", "2008-12-31", 6)] == Decimal("9600000")
    assert facts[("income_before_taxes", "2009-12-31", 6)] == Decimal("40000000")
    assert facts[("revenue", "2008-12-31", 6)] == Decimal("162900000")


def test_a_tax_printed_negative_with_no_net_result_after_it_is_held_back() -> None:
    """"Income tax expense (12,000)" over "Profit after income tax expense for the half-year 28,000", a line not
    read as the net income: no link settles whether the tax is a deduction (the expenses above it are printed in
    parentheses) or a benefit, so it is held back with a warning naming it, never printed as a benefit of
    -12,000,000 (round 729). The pre-tax profit foots: 180,400 - 61,300 - 14,100 - 62,000 - 3,000 = 40,000."""
    path = _LAYOUTS / "au_half_year_tax_with_no_result_read_after_it.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    facts = _facts(path.name)
    assert facts[("income_before_taxes", "2009-12-31", 6)] == Decimal("40000000")
    assert not any(concept == "income_tax" and value < 0 for (concept, _, _), value in facts.items())
    assert any("'Income tax expense' was not read" in warning.message for warning in release.warnings)
