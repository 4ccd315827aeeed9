"""A bank's tables as round 718 met them: a count of shares outstanding named with the stock's words, a per-share
table beside average balances, a five-quarter trend rounded apart from the statement by a dollar, and balances
under a "Financial Condition Data" heading. The fixtures are invented, in the shape of the round's releases; their
figures foot (each docstring shows how)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.statements.build import classify_table
from core.tables.raw import RawRow, RawTable
from core.vocabulary import AT_PERIOD_END_SECTION, counts_shares_at_a_date, counts_shares_on_a_day, match_concept
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _printed(name: str) -> set[tuple[str, str, str, str, str]]:
    """The facts `python -m core facts` prints for a layout fixture, each with its value as printed."""
    return {(*key, str(value)) for key, value in printed_facts(LAYOUTS / f"{name}.txt").items()}


@pytest.mark.parametrize(("label", "on_a_day"), [
    # whatever words stand between "common" and "shares", or name the stock after them (round 718)
    ("Common Stock Shares Outstanding", True),
    ("Shares of common stock outstanding", True),
    ("Shares of Class A common stock issued and outstanding", True),
    ("Common shares outstanding", True),
    ("Shares outstanding at period end", True),
    # the weighted counts EPS divides, however named
    ("Weighted average common stock shares outstanding", False),
    ("Average common shares outstanding - diluted", False),
    ("Common and common equivalent shares outstanding", False),
    ("Basic shares of common stock outstanding", False),
])
def test_a_count_of_shares_outstanding_is_one_on_a_day(label: str, on_a_day: bool) -> None:
    assert counts_shares_on_a_day(label) is on_a_day
    assert counts_shares_at_a_date(label) is on_a_day


@pytest.mark.parametrize(("label", "concept"), [
    # an average over the period is no balance on a day (round 718: "Average shareholders' equity")
    ("Average shareholders' equity", None),
    ("Average stockholders' equity", None),
    ("Average equity", None),
    ("Average total assets", None),
    ("Total shareholders' equity", "stockholders_equity"),
    ("Total assets", "total_assets"),
    # a weighted count says "average" too, and keeps its concept
    ("Average shares outstanding", "shares"),
])
def test_a_label_opening_with_average_takes_no_balance_concept(label: str, concept: str | None) -> None:
    assert match_concept(label) == concept


@pytest.mark.parametrize(("heading", "at_the_end"), [
    ("Financial Condition Data and Ratios:", True),
    ("Financial position data", True),
    ("Period-end balances", True),
    ("Selected balance sheet data", True),
    ("Selected Balance Sheet Items", True),
    ("Average balances", False),
    ("Results of Operations:", False),
])
def test_a_heading_naming_the_balance_sheets_figures_is_at_the_periods_end(heading: str, at_the_end: bool) -> None:
    assert (AT_PERIOD_END_SECTION.search(heading) is not None) is at_the_end


def test_a_banks_only_count_named_with_the_stocks_words_is_no_weighted_count() -> None:
    """Bank of West Hollow's only count, "Common Stock Shares Outstanding" (5,340,000 and 5,420,000), is the count
    at the quarter's end: no basic or diluted weighted count, though the basic EPS rounds alike (2,320,000 /
    5,340,000 = 0.4345, 0.43). The net income (2,930,000 - 610,000 = 2,320,000; 2,460,000 - 505,000 = 1,955,000)
    and both EPS are printed."""
    printed = _printed("a_banks_only_count_named_common_stock_shares_outstanding")
    assert {("operations", "net_income", "2026-06-30", "3", "2320000"),
            ("operations", "net_income", "2025-06-30", "3", "1955000"),
            ("operations", "eps_basic", "2026-06-30", "3", "0.43"),
            ("operations", "eps_diluted", "2026-06-30", "3", "0.42"),
            ("operations", "eps_diluted", "2025-06-30", "3", "0.35")} <= printed
    assert not [row for row in printed if row[1] in ("shares_basic", "shares_diluted")]


def test_a_per_share_table_beside_average_balances_gives_the_weighted_counts() -> None:
    """Shenandoah Gap's per-share table, "Average shareholders' equity" among its average balances, is the
    statement's EPS and weighted counts (2,599,000 / 4,191,230 = 0.6201, 0.62; 1,932,000 / 4,192,700 = 0.4608,
    0.46); the net income foots (10,214 - 3,118 - 150 + 2,012 - 5,717 - 642 = 2,599 thousand)."""
    printed = _printed("a_banks_per_share_table_with_average_balances")
    assert {("operations", "net_income", "2026-03-31", "3", "2599000"),
            ("operations", "eps_basic", "2026-03-31", "3", "0.62"),
            ("operations", "shares_basic", "2026-03-31", "3", "4191230"),
            ("operations", "shares_diluted", "2026-03-31", "3", "4196540"),
            ("operations", "shares_basic", "2025-12-31", "3", "4190880"),
            ("operations", "eps_diluted", "2025-03-31", "3", "0.46"),
            ("operations", "shares_diluted", "2025-03-31", "3", "4192700")} <= printed
    assert not [row for row in printed if row[1] == "stockholders_equity"]


def test_a_trend_table_a_dollar_off_the_statement_is_the_companys() -> None:
    """Aldergate's five-quarter trend prints June 30, 2025 a dollar above the statement on two lines (835,313
    and 668,251 against 835,312 and 668,250: each rounded from its own cents): rounding, no other entity's. The
    quarters only the trend prints are the company's (4,052,907 - 1,488,030 - 75,000 + 388,406 - 1,975,321 =
    902,962; less 180,592 = 722,370; the fourth quarter's loss 2,519,513 - 90,000 + 371,950 - 2,960,470 =
    (159,007), less a (31,801) benefit = (127,206)), and the statement's own figure is kept for the shared one."""
    printed = _printed("a_banks_trend_table_a_dollar_off_the_statement_is_rounding")
    assert {("operations", "net_income", "2026-03-31", "3", "722370"),
            ("operations", "net_income", "2025-12-31", "3", "-127206"),
            ("operations", "income_before_taxes", "2025-12-31", "3", "-159007"),
            ("operations", "eps_diluted", "2025-12-31", "3", "-0.03"),
            ("operations", "net_income", "2025-09-30", "3", "721090"),
            ("operations", "shares_basic", "2025-09-30", "3", "3830560"),
            ("operations", "net_income", "2025-06-30", "3", "668250"),
            ("operations", "income_before_taxes", "2025-06-30", "3", "835312")} <= printed
    assert ("operations", "net_income", "2025-06-30", "3", "668251") not in printed


def test_balances_under_a_financial_condition_heading_are_at_the_quarters_end() -> None:
    """Prairie Ridge's highlights print total assets and equity under "Financial Condition Data and Ratios:":
    balances at each quarter's end, no flows of the quarter (net income 5,320 - 140 + 802 - 4,180 - 378 = 1,424
    thousand above them)."""
    printed = _printed("a_banks_highlights_financial_condition_data_at_the_quarters_end")
    assert {("operations", "net_income", "2025-09-30", "3", "1424000"),
            ("balance", "total_assets", "2025-09-30", "", "618442000"),
            ("balance", "total_assets", "2025-03-31", "", "604388000"),
            ("balance", "stockholders_equity", "2025-06-30", "", "60210000")} <= printed


def _labelled(*labels: str) -> RawTable:
    """A table of the labels alone, no title and no figures: what classify_table decides by its lines."""
    rows = tuple(RawRow(label, (), at, at, 0, "", False) for at, label in enumerate(labels))
    return RawTable((), (), (), (), rows, 0, len(labels), ())


@pytest.mark.parametrize(("labels", "kind"), [
    # a Home Loan Bank's operating results: the net interest income, then the provision, then the net income
    (("Net interest income", "Provision (reversal) for credit losses on mortgage loans", "Other income (loss)",
      "Other expense", "Net income"), "operations"),
    (("Net interest income", "Total non-interest income", "Total noninterest expense", "Net income"), "operations"),
    # its balance sheet items: "Total capital" beside the total assets
    (("Advances", "Total assets", "Consolidated obligations", "Total capital"), "balance"),
    (("Loans, net", "Total assets", "Deposits", "Total liabilities"), "balance"),
    # never by one line: a net interest income with no lender's line after it, an industrial company's
    # "Interest income, net", a capitalisation table's "Total capital" without the total assets
    (("Net interest income", "Net income"), "other"),
    (("Provision for credit losses", "Net interest income", "Net income"), "other"),
    (("Net sales", "Interest income, net", "Provision for credit losses"), "other"),
    (("Total debt", "Total equity", "Total capital"), "other"),
    (("Total assets", "Total regulatory capital"), "other"),
])
def test_a_lenders_lines_are_evidence_of_its_statement_never_one_alone(labels: tuple[str, ...], kind: str) -> None:
    assert classify_table(_labelled(*labels), [match_concept(label.lower()) for label in labels]) == kind
