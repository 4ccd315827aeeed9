"""A statement of operations printed twice, as round 725 met it: first in millions to one decimal, then in
full in thousands. The rounded one is the summary, whatever the order: the facts are the exact figures.
The fixture is invented; its thousands foot (product + service = total revenues, less cost = gross profit,
less R&D and SG&A = income from operations, plus other income = income before taxes, less the provision =
net income; net income / shares gives the printed EPS), and each figure in millions is its thousands rounded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from tests.conftest import printed_facts

FIXTURE = (Path(__file__).parent / "fixtures" / "checks"
           / "statement_of_operations_in_millions_before_the_same_in_thousands.txt")

Q2_2011 = ("2011-06-30", "3")
H1_2010 = ("2010-06-30", "6")


def test_the_statement_printed_to_the_finer_unit_gives_the_facts_though_printed_second() -> None:
    facts = printed_facts(FIXTURE)
    expected = {
        ("revenue", *Q2_2011): "34155000", ("revenue", *H1_2010): "59150000",
        ("research_and_development", *Q2_2011): "5430000", ("research_and_development", *H1_2010): "9850000",
        ("selling_general_administrative", *Q2_2011): "8725000",
        ("total_operating_expenses", *Q2_2011): "14155000", ("operating_income", *Q2_2011): "5740000",
        ("income_before_taxes", *Q2_2011): "6005000", ("income_tax", *Q2_2011): "2160000",
        ("net_income", *Q2_2011): "3845000", ("net_income", *H1_2010): "5635000",
        ("shares_basic", *Q2_2011): "18240000", ("shares_diluted", *H1_2010): "18500000",
        ("eps_basic", *Q2_2011): "0.21", ("eps_diluted", *Q2_2011): "0.20",
    }
    assert {key: facts.get(("operations", *key)) for key in expected} == {
        key: Decimal(value) for key, value in expected.items()}


def test_the_rounded_statement_is_the_summary_and_says_nothing_wrong() -> None:
    from core.stages import rounds_to  # (here, so the facts' test above runs on code without it)

    release = core.parse_release(FIXTURE.read_bytes(), FIXTURE.name)
    rounded, exact = release.statements
    assert (rounded.primary, exact.primary) == (False, True)
    assert rounds_to(rounded, exact) and not rounds_to(exact, rounded)
    assert not [w for w in release.warnings if "fail" in w.message]
