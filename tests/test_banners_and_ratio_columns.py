"""A section's banner over a statement's title, and a period's column holding more ratios than amounts
(round 707, each in an invented release shaped as the real ones were).

A banner ("Supplemental Tables") heads a part of the release; the line naming a statement under it titles the
table. A column whose header names one period and that holds amounts of money is that period's, however many
ratio rows print beside them; one set aside for its percentages is said to be, naming the table and its lines.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.vocabulary import SECTION_BANNER, a_statements_name_alone, not_a_statement
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


@pytest.mark.parametrize(("line", "banner"), [
    # banners over the statements of real releases (round 707: an insurer's markdown, a REIT's and an asset
    # manager's releases)
    ("Supplemental Tables", True),
    ("SUPPLEMENTAL INFORMATION", True),
    ("Supplemental Financial Tables", True),
    ("Supplementary Schedules (Unaudited)", True),
    ("Supplemental Financial Information:", True),
    # titles of tables about a statement, never a banner: they keep setting their table aside
    ("Supplemental Consolidating Data", False),
    ("SUPPLEMENTAL CONSOLIDATED STATEMENTS OF OPERATIONS", False),
    ("Supplemental Information - Reconciliation of Non-GAAP Measures", False),
    ("Supplemental Financial Statements", False),
    ("Supplemental Segment Information", False),
])
def test_a_section_banner_is_only_supplements_words(line: str, banner: bool) -> None:
    assert (SECTION_BANNER.match(line) is not None) is banner
    assert not_a_statement(line) is not None  # each is a supplement's title: alone over a table, not a statement


@pytest.mark.parametrize(("line", "alone"), [
    ("Income Statement", True),
    ("CONSOLIDATED STATEMENTS OF OPERATIONS", True),
    ("Condensed Consolidated Statements of Operations", True),
    ("Consolidated Income Statements (Unaudited)", True),
    # an acquired business's results under a supplement's banner: the banner stays the table's title
    ("eOne - FY2019 RESULTS OF OPERATIONS (REPORTED UNDER U.S. GAAP)", False),
    ("Income Statement Data by Segment", False),
])
def test_a_banner_gives_way_only_to_a_statements_own_title(line: str, alone: bool) -> None:
    assert a_statements_name_alone(line) is alone


def _facts(name: str) -> dict[tuple[str, str, str, str], Decimal]:
    return printed_facts(LAYOUTS / name)


def test_a_statement_under_a_supplemental_banner_is_read() -> None:
    """ "Supplemental Tables" over "Income Statement": the release had been refused, its only statement set
    aside as a supplement. The table titled "SUPPLEMENTAL INFORMATION" alone stays no statement."""
    facts = _facts("income_statement_under_a_supplemental_tables_banner.txt")
    assert facts[("operations", "net_income", "2023-12-31", "3")] == Decimal("7900000")
    assert facts[("operations", "net_income", "2023-12-31", "12")] == Decimal("24885000")
    assert facts[("operations", "revenue", "2022-12-31", "12")] == Decimal("330000000")
    assert facts[("operations", "eps_diluted", "2023-12-31", "12")] == Decimal("0.99")
    assert not any(statement == "balance" for statement, *_ in facts)  # the book value table is no statement


def test_a_years_columns_holding_more_ratios_than_amounts_are_the_years() -> None:
    """Six ratio rows and five amounts under each year ("Return on equity" printed there alone): the year's
    net income and EPS had been dropped without a word, both columns ruled percentages."""
    name = "insurers_highlights_more_ratio_rows_than_money_rows.txt"
    facts = _facts(name)
    assert facts[("operations", "net_income", "2023-12-31", "12")] == Decimal("61700000")
    assert facts[("operations", "net_income", "2022-12-31", "12")] == Decimal("40200000")
    assert facts[("operations", "eps_diluted", "2023-12-31", "12")] == Decimal("3.10")
    assert facts[("operations", "revenue", "2022-12-31", "12")] == Decimal("547900000")
    assert facts[("operations", "net_income", "2023-12-31", "3")] == Decimal("18300000")
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    assert not [w.message for w in release.warnings if "was not read" in w.message]


_YEARS_OF_RATIOS = b"""\
OSPREY LINES REPORTS FOURTH QUARTER 2023 RESULTS

OMAHA, Neb., Feb. 6, 2024 -- Osprey Lines, Inc. today reported net income of $9.4 million, or $0.47 per
diluted share, for the fourth quarter of 2023.

                           CONSOLIDATED FINANCIAL HIGHLIGHTS
                         (In thousands, except per share data)

                                      Three Months Ended          Twelve Months Ended
                                         December 31,                 December 31,
                                      2023          2022           2023          2022
Net premiums earned               $  88,200     $  81,500
Total revenues                       95,600        87,900
Loss ratio                             59.1%         62.4%          60.8%         64.0%
Expense ratio                          30.2%         30.9%          30.6%         31.1%
Combined ratio                         89.3%         93.3%          91.4%         95.1%
Net income                        $   9,400     $   6,300      $  33,800     $  21,700
Net income per diluted share      $    0.47     $    0.32
"""


def test_a_dated_column_set_aside_for_its_percentages_is_said_to_be() -> None:
    """A year's column printing its ratios and one amount is not read as the year (one amount does not say
    the column is the period's), but never silently: the warning names the column, the table and its lines."""
    release = core.parse_release(_YEARS_OF_RATIOS, "years_of_ratios.txt")
    said = [w for w in release.warnings if w.message.startswith("column 3 ('Twelve Months Ended December 31, 2023')")]
    assert said and "most of its figures are percentages" in said[0].message
    assert said[0].table and "HIGHLIGHTS" in said[0].table and said[0].span is not None
    assert any(w.message.startswith("column 4 ('Twelve Months Ended December 31, 2022')") for w in release.warnings)
    net_income = {(str(period.end), period.months, value) for statement in release.statements
                  for item in statement.items if item.concept == "net_income"
                  for period, value in zip(statement.periods, item.values, strict=True)}
    assert net_income == {("2023-12-31", 3, Decimal("9400000")), ("2022-12-31", 3, Decimal("6300000"))}


def test_a_summarys_years_named_alone_are_the_years_its_figures_print() -> None:
    """"Selected Financial Data" headed 2023 | 2022 | 2021 beside a statement of the quarter and the year:
    the columns had been lent the narrative's quarter, the year's figures printed as three months and the
    summary checks failing. Its lines print the statement's year figures, so every column is a year."""
    name = "bank_selected_data_by_year_alone_beside_the_quarter.txt"
    facts = _facts(name)
    assert facts[("operations", "net_income", "2021-12-31", "12")] == Decimal("5410000")
    assert facts[("operations", "income_before_taxes", "2021-12-31", "12")] == Decimal("6900000")
    assert not any(end == "2021-12-31" and months == "3" for _, _, end, months in facts)
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    assert all(check.passed for check in release.checks)


@pytest.mark.parametrize("name", [
    "bars_with_percent_of_sales_and_three_quarters.txt",
    "a_retailers_amount_and_percent_heads_under_the_dates_and_its_store_count_below.txt",
    "shares_of_sales_before_the_amounts_under_percent_and_amount_heads.txt",
])
def test_a_share_of_sales_beside_its_periods_amounts_is_no_period_unread(name: str) -> None:
    """A retailer's "% of sales" column beside each period's amounts names the period its amounts are read for:
    no warning that the period went unread (the warning had stood on ten such statements among the fixtures)."""
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    assert not [w for w in release.warnings if "too few are amounts" in w.message]
    assert release.statement("operations") is not None
