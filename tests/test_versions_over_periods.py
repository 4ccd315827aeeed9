"""Version heads over the period headers, and a period cell spanning its versions' columns (round 724, each in
an invented release shaped as the real ones are).

A line of version heads alone above the periods ("GAAP   Non-GAAP" over two groups of quarters, "Pro Forma" over
a balance sheet's middle column) is the header's first line, never a title line: the statement is read, its GAAP
columns printed and the others set aside with a warning. In HTML a year or date cell spanning the columns of its
versions ("2024" over "As Originally Reported | As Restated") names every column it spans, whichever order the
versions stand in: the restated figures are the period's.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.vocabulary import VERSION_CELL
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
Q1_25, Q1_24 = "2025-03-31", "2024-03-31"
Q3_25, Q3_24 = "2025-09-30", "2024-09-30"


def _warnings(name: str) -> list[str]:
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    return [warning.message for warning in release.warnings]


def test_gaap_and_non_gaap_heads_over_the_quarters_head_the_columns() -> None:
    facts = printed_facts(LAYOUTS / "version_heads_over_periods.txt")
    ops = {(concept, end): value for (statement, concept, end, months), value in facts.items()
           if statement == "operations" and months == "3"}
    # the GAAP columns, cross-footed: 12,400 - 5,100 = 7,300; 7,300 - 4,200 = 3,100; 3,100 - 800 = 2,300
    assert ops[("revenue", Q1_25)] == Decimal("12400000")
    assert ops[("gross_profit", Q1_25)] == Decimal("7300000")
    assert ops[("operating_income", Q1_25)] == Decimal("3100000")
    assert ops[("net_income", Q1_25)] == Decimal("2300000")
    assert ops[("eps_diluted", Q1_25)] == Decimal("0.45")  # 2,300 / 5,100
    # the year-ago quarter: 11,000 - 4,600 = 6,400; 6,400 - 3,900 = 2,500; 2,500 - 650 = 1,850
    assert ops[("revenue", Q1_24)] == Decimal("11000000")
    assert ops[("net_income", Q1_24)] == Decimal("1850000")
    assert ops[("eps_basic", Q1_24)] == Decimal("0.37")  # 1,850 / 5,000
    # the non-GAAP figures (net income 2,750 and 2,190) are never printed as GAAP
    assert Decimal("2750000") not in facts.values() and Decimal("2190000") not in facts.values()
    warned = _warnings("version_heads_over_periods.txt")
    assert sum("'non-gaap'" in message and "was not read" in message for message in warned) == 2


def test_a_pro_forma_head_over_one_balance_column_sets_that_column_aside() -> None:
    facts = printed_facts(LAYOUTS / "version_head_over_one_balance_column.txt")
    balance = {(concept, end): value for (statement, concept, end, _), value in facts.items()
               if statement == "balance" and concept}
    # 9,000 + 2,000 = 11,000; 11,000 + 1,500 = 12,500 = 2,000 + 10,500
    assert balance[("cash_and_equivalents", Q1_25)] == Decimal("9000000")
    assert balance[("total_assets", Q1_25)] == Decimal("12500000")
    assert balance[("total_liabilities_and_equity", Q1_25)] == Decimal("12500000")
    # 7,500 + 1,800 = 9,300; 9,300 + 1,600 = 10,900 = 1,950 + 8,950
    assert balance[("total_assets", "2024-12-31")] == Decimal("10900000")
    assert balance[("stockholders_equity", "2024-12-31")] == Decimal("8950000")
    assert Decimal("32500000") not in facts.values()  # the pro forma total assets
    assert any("'pro forma'" in message and "Pro Forma March 31, 2025" in message
               for message in _warnings("version_head_over_one_balance_column.txt"))


@pytest.mark.parametrize("name", ["year_spanning_its_versions.htm", "date_spanning_its_versions.htm"])
def test_a_period_cell_spanning_its_versions_names_each_of_them(name: str) -> None:
    facts = printed_facts(LAYOUTS / name)
    ops = {(concept, end): value for (statement, concept, end, months), value in facts.items()
           if statement == "operations" and months == "3"}
    # the current quarter: 8,800 - 3,500 = 5,300; 5,300 - 3,000 = 2,300; 2,300 - 500 = 1,800
    assert ops[("revenue", Q3_25)] == Decimal("8800000")
    assert ops[("net_income", Q3_25)] == Decimal("1800000")
    # the year-ago quarter as restated: 7,700 - 3,150 = 4,550; 4,550 - 2,800 = 1,750; 1,750 - 390 = 1,360
    assert ops[("revenue", Q3_24)] == Decimal("7700000")
    assert ops[("gross_profit", Q3_24)] == Decimal("4550000")
    assert ops[("operating_income", Q3_24)] == Decimal("1750000")
    assert ops[("net_income", Q3_24)] == Decimal("1360000")
    assert ops[("eps_basic", Q3_24)] == Decimal("0.45")  # 1,360 / 3,000
    # the figures as first reported (revenue 7,900, net income 1,480) are set aside with a warning
    assert Decimal("7900000") not in facts.values() and Decimal("1480000") not in facts.values()
    assert any("'originally reported'" in message for message in _warnings(name))


@pytest.mark.parametrize(("cell", "heads"), [
    # heads of version columns under a period set once over them (round 724's restated and pro forma layouts)
    ("As Previously Reported", True),
    ("As Originally Reported", True),
    ("Adjustments", True),
    ("As Restated", True),
    ("Restated (1)", True),
    ("GAAP", True),
    ("Non-GAAP", True),
    ("Pro Forma", True),
    # a period's own words or another column's: the period cell over them is set once, as printed
    ("Quarter", False),
    ("Nine Months", False),
    ("% Change", False),
])
def test_version_cells(cell: str, heads: bool) -> None:
    assert (VERSION_CELL.fullmatch(cell) is not None) is heads
