"""Round 730's faults, each on an invented release in fixtures/layouts (own words and figures, the shape of
the releases it met):

- a utility's income tax printed in two sections and nowhere whole ("Federal and state income taxes" among its
  operating expenses, "Income taxes on other income and deductions" among its other income): neither is the
  company's tax, and the other income's total, the tax on it inside, is no non-operating income;
- its balance sheet's bare "TOTAL" lines keep the word printed;
- a bank's "Weighted average shares" printed in a balance sheet summary under "March 31," is the count of the
  quarter its EPS divides.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import core
from core.facts import write_facts_csv
from core.model import Release

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _release(name: str, replace: tuple[str, str] | None = None) -> Release:
    data = (LAYOUTS / name).read_bytes()
    if replace is not None:
        data = data.replace(replace[0].encode(), replace[1].encode())
    return core.parse_release(data, name)


def _facts(release: Release) -> list[dict[str, str]]:
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_income_taxes_in_two_sections_with_no_total_are_neither_the_tax() -> None:
    """The operating part 14,600 is no income tax: the company's is 14,600 - 350 = 14,250 (the 350 among the
    other income is a credit), printed nowhere. The other income's total, (550) = 1,200 - 2,100 + 350, holds the
    tax on it, so it is no non-operating income; the rest foots: 250,400 - 208,600 = 41,800; 41,800 - 550 =
    41,250; 41,250 - 12,450 = 28,800; 28,800 / 48,000 = 0.60."""
    rows = _facts(_release("utility_income_taxes_in_two_sections_no_total.txt"))
    concepts = {r["concept"] for r in rows}
    assert not concepts & {"income_tax", "nonoperating_income"}
    printed = {(r["concept"], r["period_end"], r["value"]) for r in rows if r["verified"] == "verified"}
    assert {("total_operating_expenses", "2011-06-30", "208600000"), ("operating_income", "2011-06-30", "41800000"),
            ("net_income", "2011-06-30", "28800000"), ("net_income", "2010-06-30", "29000000"),
            ("eps_basic", "2010-06-30", "0.63")} <= printed
    by_label = {r["label"]: r["concept"] for r in rows}
    assert by_label["Federal and state income taxes"] == ""
    assert by_label["Income taxes on other income and deductions"] == ""
    assert by_label["Total Other Income and Deductions"] == ""


def test_a_bare_total_keeps_its_printed_word() -> None:
    """Both sides close on "TOTAL 955,000" (820,400 + 90,000 + 44,600; 712,000 + 91,000 + 152,000): each is
    named by the arithmetic and keeps the word the release prints, never a name the reader made up."""
    rows = _facts(_release("utility_income_taxes_in_two_sections_no_total.txt"))
    totals = {(r["concept"], r["label"], r["period_end"], r["value"]) for r in rows if r["statement"] == "balance"}
    assert {("total_assets", "TOTAL", "2011-06-30", "955000000"),
            ("total_liabilities_and_equity", "TOTAL", "2011-06-30", "955000000"),
            ("total_liabilities_and_equity", "TOTAL", "2010-12-31", "937000000")} <= totals
    assert not [r for r in rows if r["label"] == "Total liabilities and equity"]


def test_a_weighted_count_among_balances_is_the_quarters_count() -> None:
    """"Weighted average shares 3,025,410" under "March 31, 2019": the count of the quarter ended then, the only
    period of the earnings summary ending that day; 1,240,000 / 3,025,410 = 0.410 and 1,165,000 / 3,061,870 =
    0.380 are the EPS printed, $0.41 and $0.38."""
    rows = _facts(_release("bank_weighted_shares_in_its_balance_summary.txt"))
    printed = {(r["statement"], r["concept"], r["period_end"], r["months"], r["value"], r["verified"]) for r in rows}
    assert {("operations", "shares_basic", "2019-03-31", "3", "3025410", "verified"),
            ("operations", "shares_diluted", "2018-03-31", "3", "3061870", "verified"),
            ("operations", "net_income", "2019-03-31", "3", "1240000", "verified"),
            ("balance", "stockholders_equity", "2019-03-31", "", "58900000", "unchecked")} <= printed
    assert not [r for r in rows if r["statement"] == "balance" and r["label"] == "Weighted average shares"]


def test_a_weighted_count_the_eps_does_not_divide_stays_among_the_balances() -> None:
    """With the EPS $0.52 (1,240,000 / 3,025,410 is 0.41), the count is no count of that EPS: it stays where it
    is printed, a line of the balance summary with no concept."""
    release = _release("bank_weighted_shares_in_its_balance_summary.txt", ("$0.41", "$0.52"))
    [count] = [item for statement in release.statements for item in statement.items
               if item.label == "Weighted average shares"]
    assert count.concepts == () and count.kind == "shares"
    assert [s.kind for s in release.statements if count in s.items] == ["balance"]
