"""A statement printing each line's share of sales beside its amounts, and a table of those shares printed
after the statement (round 732, each in an invented release shaped as the real ones were).

A title or unit note naming a percent of sales sets a table aside only where it prints no amounts beside the
percents; a table (or a run of rows) whose revenue line prints 100.0 in every column and whose other figures
are the statement's lines over its revenue is a table of shares, never a second statement.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.vocabulary import SHARE_OF_REVENUE_TABLE
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


@pytest.mark.parametrize(("line", "share"), [
    # titles and notes of tables of shares of revenue, and of statements printing them beside their amounts
    ("SELECTED DATA AS A PERCENTAGE OF REVENUES", True),
    ("RESULTS OF OPERATIONS - PERCENT TO NET SALES", True),
    ("the percentage relationship to net sales of certain items in the Company's statements of income", True),
    ("CONSOLIDATED STATEMENTS OF OPERATIONS AND PERCENTAGE OF REVENUES", True),
    ("(In thousands, except per share data and percent of sales)", True),
    ("% of net sales", True),
    # none: a change in percent, a figure's rise
    ("Percent change", False),
    ("Net sales increased 12 percent to $5.2 million", False),
    ("Percentage of completion revenue", False),
])
def test_the_words_of_a_share_of_revenue(line: str, share: bool) -> None:
    assert (SHARE_OF_REVENUE_TABLE.search(line) is not None) is share


# The statement every fixture prints (in thousands): Larkspur Garden Centers' thirteen weeks to March 29, 2025
# and March 30, 2024. Net sales 52,400 less cost of sales 33,010 is gross profit 19,390 (48,900 - 31,290 =
# 17,610); less SG&A 14,620 (14,180) is operating income 4,770 (3,430); less interest 410 (450) is 4,360
# (2,980) before taxes; less taxes 1,700 (1,160) is net income 2,660 (1,820); 2,660 / 8,600 = $.31 basic.
_STATEMENT = {
    ("operations", "revenue", "2025-03-29", "3"): Decimal("52400000"),
    ("operations", "revenue", "2024-03-30", "3"): Decimal("48900000"),
    ("operations", "gross_profit", "2025-03-29", "3"): Decimal("19390000"),
    ("operations", "operating_income", "2024-03-30", "3"): Decimal("3430000"),
    ("operations", "net_income", "2025-03-29", "3"): Decimal("2660000"),
    ("operations", "net_income", "2024-03-30", "3"): Decimal("1820000"),
    ("operations", "eps_basic", "2025-03-29", "3"): Decimal("0.31"),
    ("operations", "shares_diluted", "2024-03-30", "3"): Decimal("8700000"),
}


def test_a_statement_naming_its_percent_of_sales_is_read_by_its_amounts() -> None:
    """"STATEMENTS OF OPERATIONS AND PERCENTAGE OF NET SALES" over "(In thousands, except per share data and
    percent of sales)", each amount followed by its percent: the statement's amounts, the percents set aside
    (round 732: such statements had been set aside as tables of percentages, the release refused)."""
    path = LAYOUTS / "shares_of_sales_named_in_the_title_beside_the_amounts.txt"
    facts = printed_facts(path)
    assert {key: facts.get(key) for key in _STATEMENT} == _STATEMENT
    assert Decimal(100) not in facts.values() and Decimal("5.1") not in facts.values()


@pytest.mark.parametrize("name", ["shares_of_sales_printed_again_under_the_statement.txt",
                                  "shares_of_sales_in_a_table_of_their_own.txt"])
def test_shares_of_sales_after_the_statement_are_no_amounts(name: str) -> None:
    """The lines again as percents of net sales ("Net sales 100.0", "Net income 5.1"), under the column heads
    printed again with no title, or under a title naming no percent: 5.1 is 2,660 / 52,400 and 3.7 is 1,820 /
    48,900, so the table is the statement's shares, not a second statement (round 732: net sales had been
    printed as $100,000 beside the statement's $52,400,000)."""
    path = LAYOUTS / name
    facts = printed_facts(path)
    assert {key: facts.get(key) for key in _STATEMENT} == _STATEMENT
    release = core.parse_release(path.read_bytes(), path.name)
    operations = [s for s in release.statements if s.kind == "operations"]
    assert len(operations) == 1
    net_sales = [item for item in operations[0].items if item.label == "Net sales"]
    assert [item.values for item in net_sales] == [(Decimal("52400000"), Decimal("48900000"))]
    assert not any("100000" in w.message for w in release.warnings)
