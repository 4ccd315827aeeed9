"""Columns of one period told apart by words stacked under a caption centred over them (round 733).

A statement printing "As Reported | Acquisition Charges | Excluding Charges" for each period, each column's
words on two lines under "Nine Months Ended" / "March 31, 2004" centred over the three: the date names every
column of the group, and the reported one is read by its words. The date had reached the middle column only,
and its adjustments were printed as the period (revenue 0). Where a date reaches one column of such a group
and its neighbours name no period, no column is read. And two columns' heads set one space apart in a cramped
header ("GAAP Pro Forma(a)") are split where each part stands over its own column's figures.

The fixtures are invented; their figures are worked by hand in the .facts files beside them (each footed:
revenue less cost is the gross profit, the expenses foot to their total, and so on to the net income; net
income over the counts gives the EPS printed).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from core.statements.columns import NAMES_NO_PERIOD, _dated_alone_in_its_group
from core.tables.headers import _heads_over_their_columns
from core.tables.lines import Column
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
CAPTION_CENTRED = LAYOUTS / "three_columns_a_period_each_headed_on_two_lines_under_a_centred_caption.txt"
CRAMPED = LAYOUTS / "pro_forma_and_gaap_heads_one_space_apart_in_a_cramped_header.txt"


def test_a_caption_centred_over_three_stacked_columns_dates_them_all_and_the_reported_one_is_read() -> None:
    facts = printed_facts(CAPTION_CENTRED)
    nine_months_2004, nine_months_2003 = ("2004-03-31", "9"), ("2003-03-31", "9")
    expected = {
        ("revenue", *nine_months_2004): "61480000", ("revenue", *nine_months_2003): "52340000",
        ("research_and_development", *nine_months_2004): "9870000",
        ("selling_general_administrative", *nine_months_2004): "14215000",
        ("total_operating_expenses", *nine_months_2004): "26725000",
        ("operating_income", *nine_months_2004): "8825000", ("operating_income", *nine_months_2003): "5395000",
        ("income_tax", *nine_months_2004): "3234000", ("income_tax", *nine_months_2003): "2014000",
        ("net_income", *nine_months_2004): "6006000", ("net_income", *nine_months_2003): "3741000",
        ("eps_basic", *nine_months_2004): "0.20", ("eps_diluted", *nine_months_2004): "0.19",
        ("eps_basic", *nine_months_2003): "0.13", ("eps_diluted", *nine_months_2003): "0.12",
        ("shares_diluted", *nine_months_2004): "31000000",
    }
    assert {key: facts.get(("operations", *key)) for key in expected} == {
        key: Decimal(value) for key, value in expected.items()}


def test_gaap_heads_one_space_before_the_next_columns_pro_forma_are_the_gaap_columns() -> None:
    facts = printed_facts(CRAMPED)
    quarter_2002, quarter_2001 = ("2002-12-31", "3"), ("2001-12-31", "3")
    expected = {
        ("revenue", *quarter_2002): "37615000", ("revenue", *quarter_2001): "30480000",
        ("cost_of_revenue", *quarter_2002): "15620000", ("operating_income", *quarter_2002): "3010000",
        ("operating_income", *quarter_2001): "650000", ("net_income", *quarter_2002): "2210000",
        ("net_income", *quarter_2001): "760000", ("eps_diluted", *quarter_2002): "0.09",
        ("eps_diluted", *quarter_2001): "0.03",
    }
    assert {key: facts.get(("operations", *key)) for key in expected} == {
        key: Decimal(value) for key, value in expected.items()}


def test_heads_one_space_apart_are_split_only_where_each_part_is_set_to_its_own_columns_figures() -> None:
    columns = [Column(50, 57), Column(62, 69), Column(74, 81), Column(86, 93)]
    assert _heads_over_their_columns(("GAAP Pro Forma(1)", 66, 83), columns) == [
        ("GAAP", 66, 70), ("Pro Forma(1)", 71, 83)]
    # one head centred over the gutter of a pair: no part set to either column's figures
    assert _heads_over_their_columns(("As Reported", 65, 76), columns) == [("As Reported", 65, 76)]
    # a duration or a date wraps over a pair by design
    assert _heads_over_their_columns(("Months Ended", 57, 69), columns) == [("Months Ended", 57, 69)]


def test_a_date_that_reached_one_column_of_its_group_is_no_period_of_that_column() -> None:
    # the headers as read where the caption's date reached each group's middle column only
    headers = ("Nine Months Ended As Reported", "Nine Months Ended March 31, 2004 Acquisition Charges",
               "Nine Months Ended Excluding Charges", "Nine Months Ended As Reported",
               "Nine Months Ended March 31, 2003 Acquisition Charges", "Nine Months Ended Excluding Charges")
    undated = {index: f"{NAMES_NO_PERIOD}end" for index in (0, 2, 3, 5)}
    assert _dated_alone_in_its_group(headers, [1, 4], undated) == {1: 0, 4: 3}


def test_a_column_headed_by_its_date_alone_keeps_it_beside_a_change_column() -> None:
    headers = ("Three Months Ended June 30, 2001", "Three Months Ended June 30, 2000", "Three Months Ended $ Change")
    assert _dated_alone_in_its_group(headers, [0, 1], {2: f"{NAMES_NO_PERIOD}end"}) == {}
