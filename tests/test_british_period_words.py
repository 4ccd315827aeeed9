"""British and Australian words for a statement's periods and results (round 729, invented fixtures in the shape
of the releases): a UK interim's "Year to 31 December 2007" beside its "Six months to" columns is a year, and an
Australian half-year's "Profit for the half-year" or "Profit after income tax expense for the half-year" is its net
result, which settles the sign of its tax; and a British figure a share printed in pence ("33.6p", "20.0 pence") is
a hundredth of the statement's pound."""

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


def test_profit_after_income_tax_expense_for_the_half_year_is_the_net_income() -> None:
    """"Income tax expense (12,000)" over "Profit after income tax expense for the half-year 28,000", the
    Australian wording of the whole net result: read as the net income (40,000 - 12,000 = 28,000), and with it the
    tax as the expense it is (the line had been read as no result, and the tax held back as of unsettled sign)."""
    facts = _facts("au_half_year_profit_after_income_tax_expense.txt")
    assert facts[("net_income", "2009-12-31", 6)] == Decimal("28000000")
    assert facts[("net_income", "2008-12-31", 6)] == Decimal("22400000")
    assert facts[("income_tax", "2009-12-31", 6)] == Decimal("12000000")
    assert facts[("income_tax", "2008-12-31", 6)] == Decimal("9600000")


def test_the_whole_result_after_tax_above_the_owners_share_links_the_tax() -> None:
    """"Profit after income tax for the half-year 105.0" above "Profit attributable to:" / "Members of the parent
    entity 100.0" / "Non-controlling interests 5.0": the whole result, so the pre-tax profit less the tax (150.0 -
    45.0 = 105.0; 130.0 - 39.0 = 91.0) is the link that stores the tax as an expense, and the owners' share
    (105.0 - 5.0 = 100.0) is the net income, EPS x shares vouching (0.40 x 250.0 = 100.0). The tax had been
    printed -45,000,000, its check failed."""
    facts = _facts("au_half_year_profit_after_income_tax_owners_share.txt")
    assert facts[("income_tax", "2018-12-31", 6)] == Decimal("45000000")
    assert facts[("income_tax", "2017-12-31", 6)] == Decimal("39000000")
    assert facts[("net_income", "2018-12-31", 6)] == Decimal("100000000")
    assert facts[("net_income", "2017-12-31", 6)] == Decimal("87000000")
    assert facts[("income_before_taxes", "2018-12-31", 6)] == Decimal("150000000")


def test_a_tax_printed_negative_with_no_net_result_after_it_is_held_back() -> None:
    """"Income tax expense (12,000)" closing the statement, no result after it: no link settles whether the tax
    is a deduction (the expenses above it are printed in parentheses) or a benefit, so it is held back with a
    warning naming it, never printed as a benefit of -12,000,000 (round 729). The pre-tax profit foots: 180,400 -
    61,300 - 14,100 - 62,000 - 3,000 = 40,000."""
    path = _LAYOUTS / "au_half_year_tax_with_no_result_after_it.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    facts = _facts(path.name)
    assert facts[("income_before_taxes", "2009-12-31", 6)] == Decimal("40000000")
    assert not any(concept == "income_tax" and value < 0 for (concept, _, _), value in facts.items())
    assert any("'Income tax expense' was not read" in warning.message for warning in release.warnings)


def test_earnings_per_share_in_pence_glued_to_the_figure_are_pounds_a_share() -> None:
    """"Earnings per share" / "Basic 33.6p 30.0p 65.6p" under columns headed "\u00a3m": pence, a hundredth of the
    statement's pound, as "(pence)" in a label says (the "p" had made every figure a share a word, all six lost).
    EPS x shares is the profit: 0.336 x 250.0 = 84.0, 0.300 x 245.0 = 73.5, 0.656 x 247.0 = 162.0 (162.03)."""
    facts = _facts("uk_interim_eps_in_pence_glued.txt")
    assert facts[("eps_basic", "2012-09-30", 6)] == Decimal("0.336")
    assert facts[("eps_basic", "2011-09-30", 6)] == Decimal("0.3")
    assert facts[("eps_basic", "2012-03-31", 12)] == Decimal("0.656")
    assert facts[("eps_diluted", "2012-09-30", 6)] == Decimal("0.333")
    assert facts[("eps_diluted", "2012-03-31", 12)] == Decimal("0.649")
    assert facts[("net_income", "2012-09-30", 6)] == Decimal("84000000")


def test_earnings_per_share_in_pence_as_a_word_and_a_line_of_no_share_held_back() -> None:
    """"Basic 20.0 pence 17.7 pence": the unit a word after each figure, read as pounds a share (28.0 / 140.0 =
    0.200); "Adjusted profit per employee 14.2p" names no figure a share, so its mark may be pence or a footnote's
    letter: held back with a warning naming it, never printed as 14.2 million pounds."""
    path = _LAYOUTS / "uk_results_eps_in_pence_as_a_word.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    facts = _facts(path.name)
    assert facts[("eps_basic", "2014-12-31", 12)] == Decimal("0.2")
    assert facts[("eps_basic", "2013-12-31", 12)] == Decimal("0.177")
    assert facts[("eps_diluted", "2014-12-31", 12)] == Decimal("0.199")
    assert facts[("eps_diluted", "2013-12-31", 12)] == Decimal("0.176")
    assert any("'Adjusted profit per employee' was not read" in warning.message for warning in release.warnings)
    frame = core.facts_frame(release)
    assert not any(row.label == "Adjusted profit per employee" for row in frame.itertuples())
