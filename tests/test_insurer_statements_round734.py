"""Insurers' statements of round 734, each an invented release in fixtures/layouts of the shape of a real one:
an expense total named by listing the insurer's costs, the same words closing only the losses, a title insurer's
unlabelled revenue total, and a life insurer's pre-tax line before realized gains added after net of their tax."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import core
from core.facts import write_facts_csv
from core.model import Release

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _read(name: str, text: str | None = None) -> Release:
    source = LAYOUTS / f"{name}.txt"
    data = source.read_bytes() if text is None else text.encode()
    return core.parse_release(data, source.name)


def _facts(release: Release) -> dict[tuple[str, str, str], Decimal]:
    """The facts printed by default, by (concept, period end, months)."""
    out = io.StringIO()
    write_facts_csv(release, out)
    return {(r["concept"], r["period_end"], r["months"]): Decimal(r["value"])
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}


def test_a_life_insurers_total_of_benefits_and_operating_expenses_is_the_total_operating_expenses() -> None:
    # 48,900 + 17,250 + 9,140 + 13,510 = 88,800; revenues 107,200 - 88,800 = 18,400, the pre-tax income
    facts = _facts(_read("insurer_total_benefits_and_operating_expenses"))
    assert facts[("total_operating_expenses", "2009-06-30", "3")] == Decimal("88800000")
    assert facts[("total_operating_expenses", "2008-06-30", "3")] == Decimal("84850000")
    assert facts[("income_before_taxes", "2009-06-30", "3")] == Decimal("18400000")


def test_a_total_of_the_losses_alone_gives_way_to_the_total_of_every_expense() -> None:
    # "Total losses and loss expenses" 38,000 (40,000 - 2,000) is followed by underwriting 18,000 and interest
    # 1,000: 68,000 - 38,000 - 18,000 - 1,000 = 11,000, so the total is "Total expenses" 57,000
    facts = _facts(_read("insurer_losses_and_loss_expenses_subtotal_then_total_expenses"))
    assert facts[("total_operating_expenses", "2011-06-30", "3")] == Decimal("57000000")
    assert facts[("total_operating_expenses", "2010-06-30", "3")] == Decimal("53500000")


AFLAC_SHAPE = """
         LAUREL RIDGE LIFE GROUP ANNOUNCES SECOND QUARTER 2009 RESULTS

OMAHA, Neb., August 4, 2009 -- Laurel Ridge Life Group, Inc. (NYSE: LRL) today announced results.

                     CONDENSED INCOME STATEMENT
                 (In thousands, except per share amounts)

                                                          Three Months Ended June 30,
                                                                 2009         2008
Total revenues                                                107,200       100,150
Policyholder benefits                                          48,900        46,300
Total acquisition and operating expenses                       39,900        38,550
Income before income taxes                                     18,400        15,300
Income tax expense                                              6,260         5,200
Net income                                                     12,140        10,100
"""


def test_a_total_of_the_costs_after_the_benefits_is_no_total_operating_expenses() -> None:
    # 107,200 - 39,900 = 67,300, not the pre-tax 18,400: the benefits 48,900 above it are taken off too
    facts = _facts(_read("insurer_total_benefits_and_operating_expenses", AFLAC_SHAPE))
    assert ("total_operating_expenses", "2009-06-30", "3") not in facts
    assert facts[("income_before_taxes", "2009-06-30", "3")] == Decimal("18400000")


def test_a_title_insurers_unlabelled_total_of_its_first_lines_is_the_revenue() -> None:
    # 31,400 + 3,260 + 1,870 = 36,530; 36,530 - 31,360 = 5,170, the pre-tax income printed
    facts = _facts(_read("title_insurer_unlabelled_revenue_total_under_premiums"))
    assert facts[("revenue", "2004-03-31", "3")] == Decimal("36530000")
    assert facts[("revenue", "2003-03-31", "3")] == Decimal("33850000")
    assert facts[("total_operating_expenses", "2004-03-31", "3")] == Decimal("31360000")


def test_an_unlabelled_gross_profit_is_no_revenue() -> None:
    # the same shape, its first run a sale less its cost: the run names a cost, so the total is left alone
    text = (LAYOUTS / "title_insurer_unlabelled_revenue_total_under_premiums.txt").read_text()
    text = text.replace("Escrow and other fees    ", "Cost of escrow services  ")
    facts = _facts(_read("title_insurer_unlabelled_revenue_total_under_premiums", text))
    assert ("revenue", "2004-03-31", "3") not in facts


def test_a_pretax_line_before_realized_gains_taxed_after_it_is_held_back() -> None:
    # 20,100 - 6,840 = 13,260, then 1,150 of gains net of their tax: net income 14,410 is not 20,100 less the tax
    release = _read("life_insurer_pretax_before_realized_gains_taxed_after")
    facts = _facts(release)
    assert not {key for key in facts if key[0] in ("income_before_taxes", "income_tax")}
    assert facts[("net_income", "1996-06-30", "3")] == Decimal("14410000")
    warnings = [d.message for d in release.diagnostics]
    assert any("'Income before income taxes and realized investment gains (losses)' was not read" in w
               for w in warnings)


def test_a_pretax_line_before_an_extraordinary_item_is_the_pretax_income() -> None:
    # the same figures with the item after the tax an extraordinary one: the line is the company's pre-tax income
    text = (LAYOUTS / "life_insurer_pretax_before_realized_gains_taxed_after.txt").read_text()
    text = (text.replace("Income before income taxes and realized investment gains (losses)",
                         "Income before income taxes and extraordinary item                ")
            .replace("Income before realized investment gains (losses)",
                     "Income before extraordinary item                ")
            .replace("Realized investment gains (losses), less applicable income taxes",
                     "Extraordinary gain, net of applicable income taxes              "))
    release = _read("life_insurer_pretax_before_realized_gains_taxed_after", text)
    facts = _facts(release)
    assert facts[("income_before_taxes", "1996-06-30", "3")] == Decimal("20100000")
    assert facts[("income_tax", "1996-06-30", "3")] == Decimal("6840000")
