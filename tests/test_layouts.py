"""Layouts that once made the reader print wrong facts, each reduced to a small release (fixtures/layouts).

Each case lists facts as (statement, concept, period_end, months, value) that `python -m core facts` must
print, and keys it must not print at all.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.readers.text import split_lines
from core.tables.find import find_tables
from core.tables.layout_lost import a_cells_piece
from core.vocabulary import COUNTED_AT_A_DATE

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"

Fact = tuple[str, str, str, str, str]
CASES: dict[str, tuple[list[Fact], list[tuple[str, str]]]] = {
    # Header cells over their own columns (rounds 711 and 712, invented; each column's headers and figures are
    # asserted in tests/test_headers_over_their_own_columns.py): a browser's wide "2018 As Adjusted" lifted onto
    # its own line over the middle column, "1997" stacked over "Combined" on a text line of years, and "Non-GAAP"
    # | "GAAP" each spanning its two years. The current period is read from its own column.
    "a_wide_middle_header_cell_lifted_over_its_own_column": (
        [("operations", "revenue", "2019-03-31", "3", "61400000"),
         ("operations", "net_income", "2019-03-31", "3", "5210000")],
        [],
    ),
    "a_year_line_with_a_version_word_among_its_years": (
        [("operations", "revenue", "1998-09-30", "3", "23480000"),
         ("operations", "net_income", "1998-09-30", "3", "2155000")],
        [],
    ),
    "a_short_version_word_centred_over_its_two_columns": (
        [("operations", "revenue", "2021-06-30", "6", "88400000")],
        [],
    ),
    # A non-GAAP "STATION CASH FLOW (a)" table after the statement of operations (operating income, "Add:" its
    # depreciation and corporate expenses, "Station cash flow"), under years alone, the dateline giving their day
    # (round 693, invented): a measure of the company's own, no statement of cash flows; its rows had been printed
    # as cash flow rows for each period
    "a_station_cash_flow_measure_titled_as_a_cash_flow_after_the_statement_of_operations": (
        [("operations", "operating_income", "2001-06-30", "3", "9600000"),
         ("operations", "operating_income", "2000-06-30", "6", "15400000"),
         ("operations", "net_income", "2001-06-30", "6", "5730000"),
         ("operations", "eps_diluted", "2000-06-30", "3", "0.15")],
        [("cash_flow", "2001-06-30"), ("cash_flow", "2000-06-30")],
    ),
    # w3m at 80 columns wrapped a "(continued)" income statement's corner cell, "(Dollars in thousands," beside
    # the years and "except per share data)" on a line of its own (round 682, invented): the fee income under it
    # is in thousands of dollars, no figure a share; its rows are asserted in their own test below
    "w3m80_continued_income_statement_unit_note_wrapped_out_of_its_corner_cell": (
        [("operations", "net_income", "2016-06-30", "3", "7867000"),
         ("operations", "net_income", "2015-06-30", "6", "14638000")],
        [],
    ),
    # ... and the statement's first table over it, its own corner cell wrapped the other way ("(Dollars in
    # thousands, except per share" beside the years, "data)" under them): the "(continued)" table is its rest,
    # one statement (round 682, invented); asserted in its own test below
    "w3m80_income_statement_in_two_tables_each_unit_note_wrapped_out_of_its_corner_cell": (
        [("operations", "net_income", "2016-06-30", "3", "7867000"),
         ("operations", "net_income", "2015-06-30", "6", "14638000")],
        [],
    ),
    # pdftotext -layout set the common stock's figures between its label's lines, a page break above (round
    # 682, invented); its row and the footnote-marked labour row are asserted in their own test below
    "pdftotext_stock_label_wrapped_round_its_figures_across_a_page_break": (
        [("balance", "total_liabilities_and_equity", "2015-09-27", "", "100865000"),
         ("operations", "net_income", "2015-09-27", "3", "1322000")],
        [],
    ),
    # a bank's "INTEREST EXPENSE" heading over its one row, "Deposits" (round 676, invented): its lines take no
    # concept and none is printed; the row's label is asserted in its own test below
    "a_heading_in_capitals_over_its_one_row_in_title_case": ([], [("operations", "net_income")]),
    # a partnership's allocation printed above its "Net income", the general partner named ("Net income
    # attributable to Cedar Bluff GP, LLC  500" / "... to limited partners  4,500" / "Net income  5,000";
    # invented after round 652): the general partner's share had been taken for the net income and held back
    # by the failing checks; the whole is the two shares together, the partnership's net income
    "partnership_allocation_by_name_printed_above_its_net_income": (
        [("operations", "net_income", "2009-09-30", "3", "5000000"),
         ("operations", "net_income", "2008-09-30", "3", "3960000")],
        [],
    ),
    # (the homebuilder's segment cash, round 535: no company cash is printed, and none is read)
    "homebuilder_segment_cash_lines_in_a_flat_balance_sheet_with_a_wrapped_label": (
        [("balance", "total_assets", "2023-03-31", "", "4119050000")],
        [("balance", "cash_and_equivalents")],
    ),
    # lynx at 80 columns set a balance sheet's two header lines flush left, "September 30, December 31," over
    # "2016 2015 2015" (invented, round 527): which year each day heads the words do not say, and the positions
    # had given the first column December 31, the quarter's balances printed as December 31, 2016's, a day the
    # release never names. The balance sheet is left unread; the statement of operations still reads
    # (318,402 and 291,775 of revenue; net income 19,137 and 13,033 for the quarters).
    "lynx_two_month_days_flush_left_over_three_years": (
        [("operations", "revenue", "2016-09-30", "3", "318402000"),
         ("operations", "revenue", "2015-09-30", "3", "291775000"),
         ("operations", "net_income", "2016-09-30", "3", "19137000"),
         ("operations", "net_income", "2015-09-30", "3", "13033000")],
        [("balance", "2016-12-31")],
    ),
    # w3m at 80 columns wrapped "(0.3 )%" so that each "%" stands on the label's second line ("Interest" /
    # "expense, net      %      %"; invented, round 483): the label is "Interest expense, net", its figures
    # dollars in thousands (read as percents they had been printed unscaled, -1,204 for -$1,204 thousand).
    # Operating income 44,754 - 1,204 = 43,550, the income before income taxes; 37,025 - 1,355 = 35,670.
    "percent_marks_wrapped_onto_a_labels_second_line_by_w3m": (
        [("operations", "nonoperating_income", "2006-12-30", "3", "-1204000"),
         ("operations", "nonoperating_income", "2005-12-31", "3", "-1355000"),
         ("operations", "nonoperating_income", "2006-12-30", "12", "-4870000"),
         ("operations", "nonoperating_income", "2005-12-31", "12", "-5412000")],
        [],
    ),
    # "Q1 Fiscal 2020 Summary" centred over "Q1 FY20 | Q4 FY19 | Q1 FY19 | Q/Q | Y/Y" (invented, round 467): the
    # caption is the table's title, no header of the two columns under it. Taken as theirs, "Q4 FY19" named
    # two fiscal quarters and was dated as the year-ago quarter (its $1,506 million printed as Q1 FY19's). The
    # release dates neither earlier quarter (a 52/53-week year), so they are left unread.
    "fiscal_quarter_summary_under_its_caption": (
        [("operations", "revenue", "2019-04-28", "3", "1482000000"),
         ("operations", "net_income", "2019-04-28", "3", "297000000"),
         ("operations", "eps_diluted", "2019-04-28", "3", "0.48")],
        [("operations", "2018-04-29"), ("operations", "2018-04-28")],
    ),
    # "Net income attributable to common stockholders:" over "Class A common stock - basic 14,180" and "Class B
    # ... 6,005" (invented, round 183): each class's share, neither the company's (14,180 + 6,005 = 20,185, the
    # net income); the Class A share had been printed as the net income to common.
    "net_income_allocated_to_two_classes_of_common_stock": (
        [("operations", "net_income", "2016-09-30", "3", "20185000")],
        [("operations", "net_income_to_common")],
    ),
    # "Federal income taxes 540" over "State income taxes 90" and no total (invented): the federal part had been
    # printed as the company's income tax, the net result check passing through both lines. Neither is the
    # whole: 1,800 - 540 - 90 = 1,170; 1,170 / 2,000 shares = 0.585, printed 0.59.
    "federal_and_state_income_taxes_with_no_total": (
        [("operations", "income_before_taxes", "2005-06-30", "3", "1800000"),
         ("operations", "net_income", "2005-06-30", "3", "1170000"),
         ("operations", "net_income", "2004-06-30", "3", "910000")],
        [("operations", "income_tax")],
    ),
    # ... and with their total printed below a rule, the total is the tax: 540 + 90 = 630, 420 + 70 = 490
    "federal_and_state_income_taxes_then_their_total": (
        [("operations", "income_tax", "2005-06-30", "3", "630000"),
         ("operations", "income_tax", "2004-06-30", "3", "490000"),
         ("operations", "net_income", "2005-06-30", "3", "1170000")],
        [],
    ),
    # Statistics headed "Q2/12   Q2/11" right under the statement's last row (round 143, invented): the line of
    # labels had been read as the statement's, and "Units delivered 2,412" printed as $2,412,000 of it. The
    # statement itself: 412,905 - 248,118 - 41,905 = 122,882; 122,882 - 3,412 - 34,905 = 84,565.
    "statistics_headed_q2_slash_12_right_under_the_statement": (
        [("operations", "revenue", "2012-06-30", "3", "412905000"),
         ("operations", "net_income", "2011-06-30", "3", "77271000"),
         ("operations", "shares_diluted", "2012-06-30", "3", "53118000")],
        [],
    ),
    # A statement whose only figure per share is the company's own "Cash EPS": no EPS, and with it gone the
    # net income 1,000 - 850 - 50 = 100 and the share counts are no longer held back by an EPS check they
    # could not pass (100 / 100 is 1.00, not 1.30). Invented (round 136).
    "cash_eps_the_only_figure_per_share": (
        [("operations", "net_income", "2007-06-30", "3", "100000"),
         ("operations", "net_income", "2006-06-30", "3", "70000"),
         ("operations", "shares_basic", "2007-06-30", "3", "100000"),
         ("operations", "shares_diluted", "2006-06-30", "3", "101000")],
        [("operations", "eps_basic"), ("operations", "eps_diluted")],
    ),
    # "Cost of products sold" beside "Cost of services sold", no total of the two: neither is the cost of
    # revenue (round 42 had printed the products' 3,388 as all of it). The arithmetic still holds.
    "cost_of_products_beside_cost_of_services_without_a_total": (
        [("operations", "revenue", "2020-12-31", "3", "7761000000"),
         ("operations", "total_operating_expenses", "2020-12-31", "3", "6693000000"),
         ("operations", "operating_income", "2019-12-31", "3", "928000000")],
        [("operations", "cost_of_revenue")],
    ),
    # "Q2 2014 | Q2 2013 | H1 2014 | H1 2013" of a year ending in June, the balance sheet at 31 December
    # 2013: as calendar quarters they would end in June 2014, after every date the release reports, so
    # they are left undated (the income statement is skipped, and said so) rather than dated wrong.
    # A bank's summary "Q1 2020 | Q1 2019" in millions above its statement in thousands: the statement's
    # figures are the facts (see test_a_narrative_figure_is_checked_against_the_statement_not_...).
    "quarter_columns_beside_a_summary_and_core_net_income": (
        [("operations", "net_income", "2020-03-31", "3", "4200000"),
         ("operations", "net_income", "2019-03-31", "3", "3800000"),
         ("operations", "eps_diluted", "2020-03-31", "3", "0.42"),
         ("operations", "shares_diluted", "2019-03-31", "3", "10020000")],
        [],
    ),
    # An insurer's text statement, the change columns headed "$" and "%" on the line of years: a header, not a
    # row of 2024 and "2023%" (the whole statement had been skipped). Total revenues 1,836 and 1,659 million.
    "change_columns_headed_dollar_and_percent_on_the_years_line": (
        [("operations", "revenue", "2005-03-31", "3", "1836000000"),
         ("operations", "revenue", "2004-03-31", "3", "1659000000"),
         ("operations", "net_income", "2005-03-31", "3", "189000000")],
        [],
    ),
    # "Q2 2014 | Q2 2013 | H1 2014 | H1 2013" of a year ending in June: the narrative's "second quarter of
    # its 2014 fiscal year" and the balance sheet's 31 December 2013 make Q2 2014 end then, not in June 2014.
    # Net income 8,000 - 2,000 = 6,000 and 7,000 - 1,750 = 5,250; the halves 15,000 - 3,750 = 11,250 and
    # 13,000 - 3,250 = 9,750.
    "quarter_columns_of_a_fiscal_year_dated_by_the_reported_quarter": (
        [("balance", "total_assets", "2013-12-31", "", "150000000"),
         ("balance", "cash_and_equivalents", "2013-06-30", "", "25000000"),
         ("operations", "net_income", "2013-12-31", "3", "6000000"),
         ("operations", "net_income", "2012-12-31", "3", "5250000"),
         ("operations", "net_income", "2013-12-31", "6", "11250000"),
         ("operations", "net_income", "2012-12-31", "6", "9750000")],
        [("operations", "2014-06-30"), ("operations", "2013-06-30")],
    ),
    # The dateline sentence names two dates; it is the story, not a column header.
    "dateline_with_two_dates_above_the_table": (
        [("operations", "net_income", "2020-06-30", "3", "1950000"),
         ("operations", "net_income", "2019-06-30", "3", "1430000")],
        [("operations", "2020-08-27")],
    ),
    # "($000, except per share amounts)": thousands.
    "unit_zeros_then_except": (
        [("operations", "revenue", "2004-03-31", "3", "20000000"),
         ("operations", "net_income", "2003-03-31", "3", "1430000"),
         ("operations", "shares_diluted", "2004-03-31", "3", "10900000")],
        [],
    ),
    "unit_zeros_apostrophe_then_except": (
        [("operations", "revenue", "2004-03-31", "3", "20000000"),
         ("operations", "eps_diluted", "2004-03-31", "3", "0.18")],
        [],
    ),
    # "Note: dollar amounts in thousands, except per share data." printed under the table.
    "unit_note_under_the_table": (
        [("operations", "net_income", "2004-03-31", "3", "1950000"),
         ("operations", "shares_diluted", "2003-03-31", "3", "10800000")],
        [],
    ),
    # "Total cash and cash equivalents" 32,810 = cash and due from banks 24,310 + federal funds sold 8,500.
    "bank_cash_total_after_its_parts": (
        [("balance", "cash_and_equivalents", "2007-09-30", "", "32810000"),
         ("balance", "cash_and_equivalents", "2006-12-31", "", "33880000"),
         ("balance", "total_assets", "2007-09-30", "", "1020000000")],
        [],
    ),
    "cash_total_after_a_line_of_the_same_name": (
        [("balance", "cash_and_equivalents", "2007-09-30", "", "32810000")],
        [],
    ),
    # Interest expense (95) and other income 12 lie between operating income 750 and pre-tax 667 with no
    # total: neither line is the non-operating result.
    "nonoperating_lines_without_a_total": (
        [("operations", "operating_income", "2019-12-31", "12", "750000000"),
         ("operations", "income_before_taxes", "2019-12-31", "12", "667000000")],
        [("operations", "nonoperating_income")],
    ),
    # Basic EPS: before the cumulative effect 1.80, the effect (0.25), net income 1.55: the last is EPS.
    "cumulative_effect_inside_the_eps_block": (
        [("operations", "eps_basic", "2003-12-31", "12", "1.55"),
         ("operations", "net_income", "2003-12-31", "12", "93000000"),
         ("operations", "shares_basic", "2003-12-31", "12", "60000000")],
        [],
    ),
    # "Net loss 5,600" and "net loss per share 0.28" both printed bare: a loss, negative.
    "loss_per_share_printed_without_parentheses": (
        [("operations", "eps_basic", "2001-06-30", "3", "-0.28"),
         ("operations", "net_income", "2001-06-30", "3", "-5600000"),
         ("operations", "revenue", "2001-06-30", "3", "1200000")],
        [],
    ),
    # 0.04 x 17,950,100 shares = 718,004 against 630 thousand: within half a cent a share, so the shares
    # printed in full are shares, not thousands of shares.
    "shares_in_units_under_a_thousands_note_small_eps": (
        [("operations", "shares_basic", "2001-03-31", "3", "17950100"),
         ("operations", "net_income", "2001-03-31", "3", "630000"),
         ("operations", "eps_basic", "2002-03-31", "3", "-0.17")],
        [],
    ),
    # "Q3 2006   Q3 2007": the older year first; each column its own year.
    "quarter_headers_older_year_first": (
        [("operations", "revenue", "2006-09-30", "3", "18000000"),
         ("operations", "revenue", "2007-09-30", "3", "20000000"),
         ("operations", "net_income", "2007-09-30", "3", "1950000")],
        [],
    ),
    "year_marked_restated": (
        [("operations", "net_income", "2006-09-30", "3", "1430000"),
         ("operations", "net_income", "2007-09-30", "3", "1950000")],
        [],
    ),
    "year_with_footnote_star": (
        [("operations", "revenue", "2006-09-30", "3", "18000000")],
        [],
    ),
    # "Second Quarter / 2004 2003" and the story: "ended June 27, 2004 ... ended June 29, 2003".
    "retail_quarter_years_only": (
        [("operations", "revenue", "2004-06-27", "3", "20000000"),
         ("operations", "revenue", "2003-06-29", "3", "18000000")],
        [("operations", "2003-06-27")],
    ),
    # "... for the quarter ended September 30, 2004 was $1.1 million." just above the title.
    "story_ends_with_a_dated_sentence": (
        [("operations", "revenue", "2004-09-30", "3", "10500000"),
         ("operations", "revenue", "2003-09-30", "3", "9200000")],
        [],
    ),
    # HTML: "Q1 2020 | Q1 2019" under a dateline of April 29, 2020 for the quarter ended March 31, 2020.
    "quarter_headers_under_a_dateline": (
        [("operations", "revenue", "2020-03-31", "3", "245310000"),
         ("operations", "revenue", "2019-03-31", "3", "221870000")],
        [("operations", "2020-04-29")],
    ),
    # HTML: "(134)<sup>1</sup>": the mark is no digit of the figure.
    "footnote_mark_after_a_negative_figure": (
        [("operations", "operating_income", "2019-03-31", "3", "-134000")],
        [],
    ),
    "footnote_mark_after_negative_eps": (
        [("operations", "eps_basic", "2020-06-30", "3", "-0.11")],
        [],
    ),
    "footnote_mark_after_a_year": (
        [("operations", "revenue", "2020-03-31", "3", "125400000")],
        [],
    ),
    # "Book value per share" and "Operating income per diluted share" are per-share figures, not EPS.
    "highlights_per_share_figures_that_are_not_eps": (
        [],
        [("operations", "eps_basic"), ("operations", "eps_diluted")],
    ),
    # "RMB | RMB | US$": the US$ column translates the RMB one for convenience; its figures are never
    # the statement's 2020. "2020" stands over the pair, its rule as wide as both: the RMB one is 2020's.
    "convenience_translation_column": (
        [("operations", "revenue", "2019-03-31", "3", "1200000000"),
         ("operations", "revenue", "2020-03-31", "3", "1450000000"),
         ("operations", "operating_income", "2020-03-31", "3", "140000000")],
        [],
    ),
    "half_year_columns": (
        [("operations", "revenue", "2021-06-30", "6", "480000000"),
         ("operations", "revenue", "2021-06-30", "3", "245310000")],
        [],
    ),
    "numeric_date_headers": (
        [("operations", "revenue", "2006-09-30", "3", "42118000"),
         ("operations", "revenue", "2005-09-30", "9", "110415000")],
        [("operations", "2006-10-24")],
    ),
    # HTML: the heading ("2021  2020", "% Change") is a table of its own over the rows' table, the two laid
    # out to one grid of 14 columns: drawn as one table, each year over its own figures, "% Change" no period.
    "heading_table_apart_from_its_rows": (
        [("operations", "revenue", "2021-06-30", "3", "84512000"),
         ("operations", "revenue", "2020-06-30", "3", "61230000"),
         ("operations", "operating_income", "2020-06-30", "3", "-2400000")],
        [("operations", "38.0")],
    ),
    # A Q2 cash flow headed "June 30, 2021 / 2020": its net loss (98,000) is the six-month one.
    "cash_flow_dates_without_a_length": (
        [("cash_flow", "net_income", "2021-06-30", "6", "-98000000"),
         ("cash_flow", "operating_cash_flow", "2021-06-30", "6", "-90000000")],
        [],
    ),
    # IFRS: "Profit for the period 21,000" then "Attributable to: / Owners of the parent 20,000 /
    # Non-controlling interests 1,000": the company's net income is the owners' share.
    "ifrs_profit_attributable_to_owners": (
        [("operations", "net_income", "2020-03-31", "3", "20000000"),
         ("operations", "income_before_taxes", "2020-03-31", "3", "28000000"),
         ("operations", "eps_basic", "2020-03-31", "3", "0.4")],
        [],
    ),
    # "May 2, / 2020 | % of / Net Sales | May 4, / 2019 | % of / Net Sales" under "Thirteen Weeks Ended".
    "percent_of_sales_columns_between_periods": (
        [("operations", "revenue", "2020-05-02", "3", "500000000"),
         ("operations", "revenue", "2019-05-04", "3", "450000000")],
        [],
    ),
    # "May 2, / 2020 / (unaudited) | February 1, / 2020 | May 4, / 2019 / (unaudited)": three dates.
    "balance_three_dates_two_unaudited": (
        [("balance", "cash_and_equivalents", "2020-05-02", "", "100000000"),
         ("balance", "cash_and_equivalents", "2020-02-01", "", "120000000"),
         ("balance", "cash_and_equivalents", "2019-05-04", "", "90000000")],
        [],
    ),
    # "January 31, 2008 and" over each pair is a line of dates, not the columns' years in order; the phrase
    # "January 31, 2009" centred on a pair and just touching its second column names both. Read as a line of
    # years, it once put the quarter's figures under the twelve months (Net loss (11) as 12M 2008).
    "dates_ending_and_over_each_pair": (
        [("operations", "net_income", "2008-01-31", "3", "-11000"),
         ("operations", "net_income", "2009-01-31", "3", "-22000"),
         ("operations", "net_income", "2008-01-31", "12", "-33000"),
         ("operations", "net_income", "2009-01-31", "12", "-44000"),
         ("operations", "selling_general_administrative", "2009-01-31", "3", "20000"),
         ("operations", "total_operating_expenses", "2009-01-31", "12", "44000")],
        [],
    ),
    # "June 30, 2009 and 2008" over each pair, the years under it: each column takes its own year.
    "one_date_and_two_years_over_each_pair": (
        [("operations", "revenue", "2009-06-30", "3", "1200000"),
         ("operations", "revenue", "2008-06-30", "3", "1000000"),
         ("operations", "net_income", "2009-06-30", "6", "600000"),
         ("operations", "net_income", "2008-06-30", "6", "400000")],
        [],
    ),
    # "Operating expenses" as one cost line among several: revenue less it is not the operating income, so
    # it is no total of the operating expenses (a single such line above the operating income is one).
    "operating_expenses_one_line_among_several": (
        [("operations", "revenue", "2005-06-30", "3", "88410000"),
         ("operations", "operating_income", "2004-06-30", "3", "15000000")],
        [("operations", "total_operating_expenses")],
    ),
    # "RECONCILIATION OF ... NON-GAAP MEASURES" under a line the reader takes for a header ("FISCAL 2022 YEAR TO
    # DATE ...") is still a reconciliation: its GAAP/Adj./Non-GAAP columns give no facts of their own.
    # A bank's ratios named as one figure to another ("Allowance for loan losses to total loans 1.28",
    # "Tier 1 capital to risk weighted assets 12.36") in a table "in thousands": percentages, not
    # 1,280 thousand dollars (and so never drawn among the amounts of the Periods page).
    "bank_ratios_named_x_to_y_in_thousands": (
        [("operations", "net_income", "2021-06-30", "3", "6300000"),
         ("operations", "", "2021-06-30", "3", "1.28"),
         ("operations", "", "2020-06-30", "3", "12.08"),
         ("operations", "", "2021-06-30", "3", "10.85")],
        [],
    ),
    # A balance sheet in capitals: "ACCRUED EXPENSES AND OTHER CURRENT" over "LIABILITIES   94,859   90,895",
    # a wrapped label's last word on the figures' line. Read as a line of its own it named the total
    # liabilities, above the current liabilities of 255,524 it is part of: the order and the arithmetic
    # say it is no such total.
    "capitals_wrapped_label_ending_in_liabilities": (
        [("balance", "total_current_liabilities", "2006-12-31", "", "255524000"),
         ("balance", "total_current_liabilities", "2006-03-31", "", "253229000"),
         ("balance", "total_liabilities_and_equity", "2006-12-31", "", "800427000")],
        [("balance", "total_liabilities")],
    ),
    # A bank's balance-sheet summary with no unit note of its own borrows the earnings summary's "(In
    # thousands, except per share figures)": its "Weighted average shares   4,617,466" is no count of 4.6
    # billion, for the net income over EPS (1,310,000 / 0.28) says 4.7 million (round 95). A weighted count,
    # it is the count of the quarter ending on the summary's dates, the EPS's (round 730).
    # ... and an invented one like it, its EPS 1,240,000 / 3,025,410 = 0.41 (tests/test_taxes_in_sections_and_
    # counts_for_a_period.py holds the case where the EPS does not divide it)
    "bank_weighted_shares_in_its_balance_summary": (
        [("operations", "shares_basic", "2019-03-31", "3", "3025410"),
         ("operations", "shares_diluted", "2018-03-31", "3", "3061870")],
        [],
    ),
    # A utility's income tax in two sections, no total of them (round 730, invented): neither line is the tax,
    # the other income's total holding one is no non-operating income; 41,250 - 12,450 = 28,800
    "utility_income_taxes_in_two_sections_no_total": (
        [("operations", "net_income", "2011-06-30", "3", "28800000"),
         ("balance", "total_liabilities_and_equity", "2011-06-30", "", "955000000")],
        [("operations", "income_tax"), ("operations", "nonoperating_income")],
    ),
    "bank_summary_share_count_under_a_borrowed_thousands_note": (
        [("balance", "total_assets", "2025-03-31", "", "866613000"),
         ("operations", "shares_basic", "2025-03-31", "3", "4617466"),
         ("operations", "shares_diluted", "2024-03-31", "3", "4661686"),
         ("operations", "net_income", "2025-03-31", "3", "1310000")],
        [],
    ),
    # A bank's "Selected Consolidated Financial Information" (round 90, Axos): its title names no statement
    # and its interest income is no revenue, but income before taxes, the tax and the net income in that
    # order are a statement's foot. "Basic $0.68" under "Per Common Share Data:" / "Net income:" is EPS,
    # "Book value $24.18" a figure a share and the shares issued a count, none of them thousands of dollars.
    "bank_selected_income_statement_data_under_a_title_naming_no_statement": (
        [("operations", "income_before_taxes", "2024-06-30", "3", "27510000"),
         ("operations", "income_tax", "2023-06-30", "6", "13560000"),
         ("operations", "net_income", "2024-06-30", "6", "41860000"),
         ("operations", "net_income", "2023-06-30", "3", "22742000"),
         ("operations", "net_income_to_common", "2024-06-30", "3", "21103000"),
         ("operations", "eps_basic", "2024-06-30", "3", "0.68"),
         ("operations", "eps_basic", "2023-06-30", "6", "1.42"),
         ("operations", "eps_diluted", "2024-06-30", "6", "1.32"),
         ("operations", "shares_basic", "2024-06-30", "3", "31245880"),
         ("operations", "shares_diluted", "2023-06-30", "6", "32144820"),
         ("operations", "", "2024-06-30", "3", "24.18"),
         ("operations", "", "2023-06-30", "6", "18.77"),
         ("balance", "", "2024-06-30", "", "35118402")],  # "Common shares issued at end of period": a balance
        [("operations", "revenue")],
    ),
    "convenience_translation_column_after_a_year_group": ([], [("operations", "2012-12-31")]),
    "cash_reconciliation_under_the_cash_flow_after_a_wrapped_sentence": ([], [("cash_flow", "cash_and_equivalents")]),
    "abbreviations_ending_in_a_full_stop_before_dot_leaders": (
        [("operations", "revenue", "1997-09-30", "3", "48214000"), ("operations", "income_tax", "1997-09-30", "3",
                                                                      "1273000"),
         ("operations", "", "1997-09-30", "3", "0.08")], []),
    # One or two leader dots a word after labels nearly filling their room (round 676, invented): the dots had
    # stayed in the labels, "Restaurant operating expenses ..", the figures right
    "short_dot_leaders_where_labels_nearly_fill_their_room": (
        [("operations", "total_operating_expenses", "1999-06-30", "3", "37710000"),
         ("operations", "net_income", "1998-06-30", "3", "1959000")], []),
    "dividends_per_share_without_a_leading_zero_under_their_heading": (
        [("operations", "", "1998-06-30", "3", "0.06"), ("operations", "", "1997-06-30", "3", "0.05"),
         ("operations", "", "1998-06-30", "3", "0.05"), ("operations", "", "1997-06-30", "3", "0.04")],
        [],
    ),
    # "Dividends declared per share:" over a second class's dividend printed to the mill ("Class B common stock
    # $ 0.045") under "(in thousands, except share and per share data)" (invented after round 663): printed to
    # the cent only had counted, and the mills had been read as an amount and scaled, 0.045 printed as 45
    "dividends_per_share_of_a_second_class_to_the_mill_under_a_note_of_thousands": (
        [("operations", "", "2008-09-30", "3", "0.055"), ("operations", "", "2007-09-30", "3", "0.055"),
         ("operations", "", "2008-09-30", "9", "0.165"), ("operations", "", "2007-09-30", "9", "0.154"),
         ("operations", "", "2008-09-30", "9", "0.18"), ("operations", "net_income", "2008-09-30", "9", "4135000")],
        [],
    ),
    "earnings_per_share_of_each_class_under_one_heading": (
        [("operations", "", "1998-06-30", "3", "0.44"), ("operations", "", "1998-06-30", "3", "0.41"),
         ("operations", "", "1998-06-30", "3", "14204880")],
        [("operations", "eps_basic"), ("operations", "shares_basic")],
    ),
    "percent_sign_ending_a_label_in_a_quarterly_trend": (
        [("operations", "", "2005-12-31", "3", "52.5"), ("operations", "", "2004-12-31", "3", "47")], []),
    "transition_period_columns_beside_fiscal_years": (
        [("operations", "revenue", "2004-07-31", "12", "15230000")],
        [("operations", "2004-12-31"), ("operations", "2003-12-31")]),
    "reconciliation_title_read_with_the_headers": (
        [("operations", "net_income", "2022-05-31", "12", "360000000"),
         ("operations", "restructuring", "2021-05-31", "12", "30000000")],
        [],
    ),
    # lynx under a UTF-8 locale writes a cell's "&#151;" (Windows-1252's em dash, a zero) as the control
    # character U+0097: "Acquisition, net of cash acquired     \x97     (9,840)" had put 2012's acquisition under
    # 2013 (round 463). Mapped as the HTML reader maps it, the dash is the year's zero.
    "lynx_em_dash_for_zero_written_as_a_c1_control": (
        [("cash_flow", "", "2013-12-31", "12", "0"), ("cash_flow", "", "2012-12-31", "12", "-9840000"),
         ("cash_flow", "investing_cash_flow", "2013-12-31", "12", "-16268000")],
        [],
    ),
    # lynx at 80 columns broke a balance sheet's header ("March 31," / "2017 December 31," / "2016") and its
    # first row ("Fixed maturities ... $ 1,804,118" / "$ 1,776,904", the table's one row so wrapped: too few
    # to show the habit, core.tables.wrapped_rows), so that no header area reached the title "CONSOLIDATED
    # BALANCE SHEETS" (invented, round 487; its reserves line shortened to fit, as a shorter label would). The
    # rows under it had been joined to the statement of income above as its quarter (Total assets 2,412,776
    # printed as a three-month figure, the EPS check failing against Total investments, both EPS held back).
    # The balance sheet is now its own table, said to be unread; the income statement's per-share lines are
    # its own again:
    # 24,794 / 24,812 = 0.9993, printed 1.00; 18,223 / 24,406 = 0.7467, printed 0.75.
    "balance_sheet_titled_between_under_headers_lynx_broke": (
        [("operations", "eps_basic", "2017-03-31", "3", "1"),
         ("operations", "eps_basic", "2016-03-31", "3", "0.75"),
         ("operations", "shares_basic", "2017-03-31", "3", "24812000"),
         ("operations", "net_income", "2016-03-31", "3", "18223000")],
        [("balance", "2017-03-31"), ("balance", "2016-12-31")],
    ),
    # A Chromium PDF's text (invented, round 488): "% of" over each group's "Revenue" column ran into the next
    # group's last header, "Six Months Ended December 31, 2022 % of Amount", over the prior half's amounts
    # ($ 139,877 + 20,341 = 160,218). The column is set aside, as a percent's would be, and now said to be (it
    # had gone without a word, every check passing). The three columns whose headers are whole are read:
    # 84,512 + 9,843 = 94,355; 71,208 + 10,117 = 81,325; 165,930 + 19,502 = 185,432.
    "amounts_under_a_header_a_neighbours_percent_ran_into": (
        [("operations", "revenue", "2023-12-31", "3", "94355000"),
         ("operations", "revenue", "2022-12-31", "3", "81325000"),
         ("operations", "revenue", "2023-12-31", "6", "185432000")],
        [],
    ),
    # w3m at 100 columns wrapped a utility's "Taxes Other Than" / "Income Taxes   38.4   36.9 ..." (invented,
    # round 494): a label cannot end on "Than", so the lines are one label, an operating expense. Its second
    # line alone had been read as the income tax (38.4 million for 54.9). Costs 141.2 + 88.7 + 97.3 + 162.5 +
    # 71.8 + 38.4 = 599.9; revenues 783.4 - 599.9 = 183.5, the operating income.
    "w3m_label_wrapped_after_than": (
        [("operations", "operating_income", "2003-06-30", "3", "183500000"),
         ("operations", "total_operating_expenses", "2003-06-30", "3", "599900000")],
        [("operations", "income_tax")],
    ),
    # lynx at 80 columns flowed a utility's header, "2003  2002  Increase (Decrease)" for the quarter and again
    # for the half year, over three lines (invented, round 494): the half year's dollar change column was
    # dated June 30, 2003, six months, and its 171.3 million printed as the half year's revenue of 1,762.0
    # (1,762.0 - 1,590.7 = 171.3: a change foots as its periods do, so every check had passed). Its figures
    # are column 4's less column 5's on every row: no period. Nothing else names one, so the statement is
    # left unread and said to be. The balance sheet is read: net utility plant 4,651.0 + other property 162.9
    # + current assets 574.9 + regulatory assets 604.1 = 5,992.9 = capitalization 3,869.7 + current
    # liabilities 604.7 + deferred credits 1,518.5.
    "lynx_flowed_dollar_change_column_dated_as_the_half_year": (
        [("balance", "total_assets", "2003-06-30", "", "5992900000"),
         ("balance", "cash_and_equivalents", "2003-06-30", "", "41700000")],
        [("operations", "2003-06-30")],
    ),
    # "Use of Non-GAAP Financial Information" (a section heading of the story) over "PAYCREST SOFTWARE, INC." /
    # "CONSOLIDATED STATEMENTS OF INCOME" (invented, round 489 and UI-29): what stands above the company's name
    # opening the title is the story's; the statement had been set aside as non-GAAP, every page without it.
    # Recurring 142,118 + implementation 2,205 = 144,323, the quarter's total revenues.
    "section_heading_over_the_company_name_over_the_statement": (
        [("operations", "revenue", "2019-09-30", "3", "144323000"),
         ("operations", "revenue", "2018-09-30", "9", "355961000")],
        [],
    ),
    # "RECONCILIATION OF GAAP TO NON-GAAP MEASURES" over "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"
    # (invented): a reconciliation's caption, so the table is no statement, and the release prints none
    # other. Its figures stay out of the facts, and a warning says no statement of operations was read
    # (test_a_statement_titled_but_set_aside_is_said_to_be). The balance sheet is read: 10,200 + 20,300 =
    # 30,500.
    "statement_titled_under_a_reconciliation_caption": (
        [("balance", "total_assets", "2019-06-30", "", "30500000")],
        [("operations", "2019-06-30")],
    ),
    # A w3m rendering whose header lost its first line ("Three Months Ended"): "Twelve Months Ended" over
    # "Dec. 28, 2003 | Dec. 29, 2002 | Dec. 28, 2003 | Dec. 29, 2002", one length for a date printed twice, and
    # the unaligned figures' positions heaping the dates over the first column. Which columns are the year is
    # not said: the statement is left unread (it had been printed as four twelve-month columns, the quarter's
    # revenue of 84,306 as the year's, or the year's 298,771 as a quarter's). The balance sheet is read.
    "a_header_lost_its_first_length_over_dates_printed_twice": (
        [("balance", "cash_and_equivalents", "2003-12-28", "", "118405000"),
         ("balance", "cash_and_equivalents", "2002-12-29", "", "96230000")],
        [("operations", "2003-12-28"), ("operations", "2002-12-29")],
    ),
    # a bank's only count, "Common shares outstanding" under its basic EPS, is the count at the quarter's end
    # (invented after round 707): no weighted average EPS divides. Read as the basic and diluted counts, EPS x
    # shares had missed the net income (0.26 x 3,420,000 = 889,200 against 805,000) and held back the quarter's
    # net income and EPS; no count is claimed, and the net income (1,020 - 215 = 805; 440 - 92 = 348) is printed
    "a_banks_only_count_of_shares_is_the_one_at_period_end": (
        [("operations", "net_income", "2025-12-31", "3", "805000"),
         ("operations", "net_income", "2024-12-31", "3", "348000"),
         ("operations", "eps_basic", "2025-12-31", "3", "0.26"),
         ("operations", "eps_basic", "2024-12-31", "3", "0.12")],
        [("operations", "shares_basic"), ("operations", "shares_diluted"), ("operations", "eps_diluted")],
    ),
    # a scrape one cell a line whose net loss prints both figures on one line, "(701)   (762)" (invented after
    # round 713): the rows above it are read (12,604 - 7,215 = 5,389; 5,389 - 6,107 = (718); (718) + 35 = (683)),
    # the net loss and what follows it are not, and a warning names the line
    # (test_a_statement_stopped_by_a_line_it_could_not_split_says_where)
    # A balance sheet's second header row, "(in thousands) | (unaudited) | (1)" (round 714, invented): the table's
    # only unit note beside the current column's note and the prior column's footnote mark (derived from the
    # audited statements). Read as a row of -1 labelled "(in thousands) (unaudited)", it had cost the table its
    # unit: every balance printed in dollars (total assets 65,915). Assets 61,985 + 3,420 + 510 = 65,915 =
    # liabilities 8,415 + equity 57,500; at December 31, 67,550 + 3,655 + 510 = 71,715 = 9,665 + 62,050.
    "a_balance_sheet_unit_note_beside_a_column_note_and_a_footnote_mark": (
        [("balance", "cash_and_equivalents", "2021-06-30", "", "41230000"),
         ("balance", "total_current_assets", "2020-12-31", "", "67550000"),
         ("balance", "total_assets", "2021-06-30", "", "65915000"),
         ("balance", "total_assets", "2020-12-31", "", "71715000"),
         ("balance", "total_liabilities", "2021-06-30", "", "8415000"),
         ("balance", "stockholders_equity", "2020-12-31", "", "62050000"),
         ("balance", "total_liabilities_and_equity", "2021-06-30", "", "65915000")],
        [],
    ),
    # "Research and development" beside "Research and development - related party", and the same of selling,
    # general and administrative, no total of either (round 714, invented): each is a part of its expense,
    # neither all of it (the first had been printed as the company's R&D, 11,340 of 14,100). The total of
    # operating expenses foots with all four: 11,340 + 2,760 + 4,215 + 480 = 18,795.
    "research_and_selling_costs_beside_their_related_party_twins_without_totals": (
        [("operations", "revenue", "2021-06-30", "3", "2450000"),
         ("operations", "total_operating_expenses", "2021-06-30", "3", "18795000"),
         ("operations", "total_operating_expenses", "2020-06-30", "6", "31410000"),
         ("operations", "operating_income", "2021-06-30", "6", "-32085000"),
         ("operations", "net_income", "2021-06-30", "3", "-16210000")],
        [("operations", "research_and_development"), ("operations", "selling_general_administrative")],
    ),
    # ... but where the release prints the total of the two ("Total research and development" under its third-
    # and related-party lines: 21,315 + 6,905 = 28,220), the total is the expense
    "research_and_development_by_counterparty_under_its_printed_total": (
        [("operations", "research_and_development", "2008-12-31", "12", "28220000"),
         ("operations", "research_and_development", "2007-12-31", "12", "22700000"),
         ("operations", "total_operating_expenses", "2008-12-31", "12", "35350000"),
         ("operations", "net_income", "2007-12-31", "12", "-21780000")],
        [],
    ),
    "cell_per_line_a_row_of_two_figures_on_one_line_stops_the_statement": (
        [("operations", "revenue", "2026-03-31", "3", "12604000"),
         ("operations", "operating_income", "2026-03-31", "3", "-718000"),
         ("operations", "income_before_taxes", "2025-03-31", "3", "-740000")],
        [("operations", "net_income"), ("operations", "eps_basic"), ("operations", "shares_basic")],
    ),
    # round 718's banks (invented; tests/test_bank_tables_round718.py says how each foots): the only count,
    # "Common Stock Shares Outstanding", is no weighted count
    "a_banks_only_count_named_common_stock_shares_outstanding": (
        [("operations", "net_income", "2026-06-30", "3", "2320000"),
         ("operations", "eps_diluted", "2025-06-30", "3", "0.35")],
        [("operations", "shares_basic"), ("operations", "shares_diluted")],
    ),
    # a per-share table beside "Average shareholders' equity" gives the weighted counts
    "a_banks_per_share_table_with_average_balances": (
        [("operations", "shares_basic", "2026-03-31", "3", "4191230"),
         ("operations", "shares_diluted", "2025-03-31", "3", "4192700")],
        [("operations", "stockholders_equity")],
    ),
    # a five-quarter trend a dollar off the statement on two lines is the company's; the statement's figure kept
    "a_banks_trend_table_a_dollar_off_the_statement_is_rounding": (
        [("operations", "net_income", "2025-12-31", "3", "-127206"),
         ("operations", "net_income", "2025-06-30", "3", "668250")],
        [],
    ),
    # balances under "Financial Condition Data and Ratios:" are at each quarter's end
    "a_banks_highlights_financial_condition_data_at_the_quarters_end": (
        [("balance", "total_assets", "2025-09-30", "", "618442000"),
         ("operations", "net_income", "2025-09-30", "3", "1424000")],
        [],
    ),
    # a Home Loan Bank's highlights under "Selected Balance Sheet Items" and "Operating Results", no statement
    # named: its net interest income, provision and "Total capital" beside the total assets say which is which
    # (round 718: refused as holding no statement)
    "a_lenders_highlights_titled_by_row_headings_alone": (
        [("balance", "total_assets", "2025-12-31", "", "77000000000"),
         ("balance", "total_assets", "2024-12-31", "", "79000000000"),
         ("operations", "net_income", "2025-12-31", "3", "97000000"),
         ("operations", "net_income", "2024-12-31", "3", "100000000"),
         ("operations", "net_income", "2025-12-31", "12", "379000000"),
         ("operations", "net_income", "2024-12-31", "12", "387000000")],
        [("operations", "revenue")],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_layout(name: str) -> None:
    path = next(p for p in LAYOUTS.glob(f"{name}.*") if p.suffix != ".facts")
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    printed = {(r["statement"], r["concept"], r["period_end"], r["months"], r["value"]) for r in rows}
    expected, absent = CASES[name]
    assert set(expected) <= printed, sorted(set(expected) - printed)
    for statement, key in absent:
        assert not [r for r in rows if r["statement"] == statement and key in (r["concept"], r["period_end"])]


def test_a_count_of_shares_on_a_day_keeps_its_printed_scale_beside_the_eps() -> None:
    """The count at the quarter's end, under "(Dollars in thousands, except per share data)", is 3,420,000 shares
    as printed: EPS x the count comes near the net income at that scale alone (0.26 x 3,420,000 = 889,200 against
    805,000), never at the note's thousands (3.4 billion shares), though it is no weighted count (round 707)."""
    path = LAYOUTS / "a_banks_only_count_of_shares_is_the_one_at_period_end.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    [count] = [item for statement in release.statements for item in statement.items
               if item.label == "Common shares outstanding"]
    assert (count.kind, count.concepts, count.values) == ("shares", (), (Decimal(3_420_000), Decimal(2_861_000)))
    assert not [str(d) for d in release.diagnostics if "check failed" in str(d)]


def test_short_dot_leaders_are_no_part_of_their_labels() -> None:
    """"Restaurant operating expenses ..   19,604" and "Income before extraordinary item .   2,658": one or two
    dots a word after a label, then a column gap and the figure, lead to it as a row of them does; the pages and
    the CSV print the label as its words (round 676's labels had kept the dots)."""
    path = LAYOUTS / "short_dot_leaders_where_labels_nearly_fill_their_room.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    labels = {item.label for statement in release.statements for item in statement.items}
    assert "Restaurant operating expenses" in labels and "Income before extraordinary item" in labels
    assert "Depreciation and amortization" in labels and "Weighted average shares - basic" in labels
    assert not [label for label in labels if label.endswith(".")]


def test_a_businesss_unworded_sum_of_its_assets_is_no_current_total() -> None:
    # "Homebuilding:" over receivables, inventories and plant, then a bare sum: the sum of a business's assets,
    # no total of the current ones however its lines open (round 688's rule names a miner's bare sums under
    # "Assets" only)
    printed = _printed("homebuilder_operating_loss_under_its_segment_heading_no_company_total")
    assert not {concept for _, concept, _, _ in printed} & {"total_current_assets", "total_current_liabilities"}


def test_a_statement_titled_between_is_no_page_of_the_one_above() -> None:
    """The balance sheet's rows are not the income statement's, and the user is told the balance sheet, by
    its title and lines, was left unread."""
    path = LAYOUTS / "balance_sheet_titled_between_under_headers_lynx_broke.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = [s for s in release.statements if s.kind == "operations"]
    labels = {item.label for statement in operations for item in statement.items}
    assert "Total assets" not in labels and "Unearned premiums" not in labels
    assert "Total revenues" in labels
    [skipped] = [w for w in release.warnings if "CONSOLIDATED BALANCE SHEETS" in (w.table or "")]
    assert "no column header that names a period" in skipped.message
    assert (skipped.span.first, skipped.span.last) == (59, 82)


def test_amounts_set_aside_under_a_header_holding_a_stray_percent_are_said_to_be() -> None:
    name = "amounts_under_a_header_a_neighbours_percent_ran_into.txt"
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    assert ("column 7 ('Six Months Ended December 31, 2022 % of Amount') was not read: its header names a period "
            "and a percent, and its figures are amounts, not percentages: which the column holds, its header does "
            "not say") in [w.message for w in release.warnings]
    # the percent columns beside the amounts are no amounts: nothing is said of them
    assert not any("% of Revenue" in w.message for w in release.warnings)


@pytest.mark.parametrize(("name", "said"), [
    # lynx flowed the headers so that the half year's dollar change column took "Six Months Ended June 30, 2003"
    ("lynx_flowed_dollar_change_column_dated_as_the_half_year.txt",
     "a table was skipped: column 6 ('Six Months Ended June 30, 2003') was not read: its figures are column 4's "
     "less column 5's, row by row: a change between the two, not a period"),
    # pdftotext set every header a column right: column 1, read as no period, is column 2 plus column 3
    ("statement_whose_headers_pdftotext_set_a_column_right.txt",
     "a table was skipped: column 2 ('Three Months Ended September 30, 2015') (and 2 other columns) was not read: "
     "column 1, read as no period, holds column 2's figures plus column 3's, so one of them is a change read as "
     "a period: the headers stand over the wrong figures"),
    # a year beside a period from inception: a stub, no quarter or year as reported
    ("stub_period_from_inception_named_in_the_title.txt",
     "a table was skipped: column 1 ('YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM 1997') was not read: 'period "
     "from': a period from one day to another (a stub, or a total since some date), not a quarter or year as "
     "reported"),
])
def test_a_skipped_statement_says_why_its_named_periods_went_unread(name: str, said: str) -> None:
    """Headers that name periods, set aside for a reason the column reader gives: the warning gives it too,
    not "no column header that names a period", which the user could see was untrue."""
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    assert said in [w.message for w in release.warnings]


def test_a_statement_titled_but_set_aside_is_said_to_be() -> None:
    """A table titled as the statement of operations and read as a reconciliation, the release printing no
    other: the user is told no statement of operations was read, and where the table is (UI-29: a release had
    lost its statement with "All 26 checks pass" on every page)."""
    path = LAYOUTS / "statement_titled_under_a_reconciliation_caption.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    [said] = [w for w in release.warnings if w.message.startswith("no statement of operations was read")]
    assert "the table titled 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' names one" in said.message
    assert said.span is not None and (said.span.first, said.span.last) == (1, 12)
    # a release whose statement of operations is read is told nothing of its other tables
    allos = core.parse_release((LAYOUTS.parent / "text" / "allos_q2_2004.txt").read_bytes(), "allos.txt")
    assert not any(w.message.startswith("no statement") for w in allos.warnings)


def test_a_pro_forma_statement_set_aside_is_said_to_be_where_no_other_is_read() -> None:
    """A statement of operations titled by its version ("PRO FORMA CONDENSED CONSOLIDATED STATEMENTS OF
    OPERATIONS") and read as another table, the release printing no GAAP one: the user is told no statement of
    operations was read, and where that table is (round 663: such a statement had been lost without a word).
    Where the GAAP statement follows it, it is read and nothing is said."""
    path = LAYOUTS / "pro_forma_statement_of_operations_over_the_gaap_one_same_columns.txt"
    lines = path.read_text().splitlines(keepends=True)
    gaap = next(at for at, line in enumerate(lines)
                if line.strip() == "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS")
    sheet = next(at for at, line in enumerate(lines) if "BALANCE SHEETS" in line)
    alone = "".join(lines[: gaap - 1] + lines[sheet - 1 :]).encode()
    release = core.parse_release(alone, path.name)
    [said] = [w for w in release.warnings if w.message.startswith("no statement of operations was read")]
    assert "'PRO FORMA CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (1)'" in said.message
    assert said.span is not None and said.span.first <= 8 and said.span.last >= 29
    whole = core.parse_release(path.read_bytes(), path.name)
    assert not any(w.message.startswith("no statement") for w in whole.warnings)


def test_a_table_labelled_by_pieces_of_cells_is_held_back_and_said_to_be() -> None:
    """lynx printing each cell on a line of its own, the balance sheet's figures indented far right, its "$"
    and ")" on lines of their own, its header lines out of order: the line reader took "$" and ")" for labels
    and gave each figure the one column it read (round 667: a year-end's cash printed as the quarter's, with
    no warning). No row is printed under such a label; the balance sheet is held back, and the user told where
    it stands; the statement of operations, each label then its figures, is read."""
    name = "lynx_cells_a_line_each_figures_indented_far_right_under_a_header_out_of_order.txt"
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [r for r in rows if r["label"] and not any(c.isalpha() for c in r["label"])]
    assert not [r for r in rows if r["statement"] == "balance"]
    assert {r["statement"] for r in rows} == {"operations"}
    [held] = [w for w in release.warnings if w.message.startswith("a table that lost its layout was not read")]
    assert "BALANCE SHEETS" in held.table
    assert held.span is not None and held.span.first <= 88 and held.span.last == 162


def test_a_statement_stopped_by_a_line_it_could_not_split_says_where() -> None:
    """A statement scraped one cell a line stops at a line of figures it cannot split into one cell, right
    under the label waiting for them: the rows below it are lost, and the user is told at which line (round
    713: a net loss printed "($ 2,372)" had ended the statement above it, its net income, EPS and share
    counts lost without a word)."""
    name = "cell_per_line_a_row_of_two_figures_on_one_line_stops_the_statement.txt"
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    [said] = [w for w in release.warnings if w.message.startswith("the rows stop at line 71 ")]
    assert "'(701)   (762)'" in said.message and "STATEMENTS OF OPERATIONS" in said.table
    assert said.span is not None and said.span.first == said.span.last == 71


@pytest.mark.parametrize(("label", "piece"), [
    ("$", True), (")", True), (") )", True), ("120", True), ("$86,250)", True), ("US$", True),
    ("---------- ----------", True), ("", False), ("Cash", False), ("Total assets", False),
    ("Contingent consideration, net of current portion 600", False),
])
def test_a_label_of_currency_signs_brackets_or_a_figure_names_nothing(label: str, piece: bool) -> None:
    assert a_cells_piece(label) is piece


def test_every_layout_fixture_is_a_case() -> None:
    with_facts = {p.stem for p in LAYOUTS.glob("*.facts")}
    assert {p.stem for p in LAYOUTS.iterdir() if p.suffix in (".txt", ".htm", ".pdf")} == set(CASES) | with_facts


FACTS_FILES = sorted(LAYOUTS.glob("*.facts"))


def _expected(path: Path) -> dict[tuple[str, str, str, str], Decimal]:
    """`statement concept period_end months value` a line (months "-" for a balance sheet): every figure
    of the release worked out by hand from what it prints, the tables cross-footed."""
    expected = {}
    for line in path.read_text().splitlines():
        words = line.split("#")[0].split()
        if words:
            statement, concept, end, months, value = words
            expected[(statement, concept, end, "" if months == "-" else months)] = Decimal(value)
    return expected


def _printed(name: str) -> dict[tuple[str, str, str, str], Decimal]:
    """The facts `python -m core facts` prints by default for the layout fixture `name`, by key."""
    source = next(p for p in LAYOUTS.glob(f"{name}.*") if p.suffix in (".txt", ".htm", ".pdf"))
    release = core.parse_release(source.read_bytes(), source.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    return {(r["statement"], r["concept"], r["period_end"], r["months"]): Decimal(r["value"])
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}


@pytest.mark.parametrize("facts", FACTS_FILES, ids=lambda p: p.stem)
def test_no_fact_printed_contradicts_the_hand_worked_figures(facts: Path) -> None:
    """Releases written in layouts that once made the reader print wrong facts, its checks passing (each
    `.facts` file opens with the layout and what went wrong): continued pages, statements split at a page
    break, statements of the company's own measures or basis printed first, subsidiaries', partnerships'
    and joint ventures' statements beside the company's, consolidating statements, a bank's average
    balances, cramped or stacked period headers, year-to-date and translation columns, "As Previously
    Reported" and "Pro Forma" columns, brokers', insurers' and lenders' revenue lines, en dashes for minus
    signs, footnote letters after figures; in HTML, cells of "$" and "(" alone, hidden rows, a statement
    printed one table a row or one row of cells each holding a column, text tables in a <pre> inside a
    cell or typed in Courier paragraphs aligned with no-break spaces; in EDGAR
    submissions, an acquired company's statements filed first and datelines above years-only columns.
    Every fact printed by default has its hand-worked value and a period the release prints; most are
    printed at all."""
    printed = _printed(facts.stem)
    expected = _expected(facts)
    wrong = {key: (value, expected[key]) for key, value in printed.items() if key in expected
             and value != expected[key]}
    assert not wrong
    # A fact of a concept the hand-worked list leaves out is not judged, but its period must be one the
    # release prints: a year to date read as six months, a quarter dated by the dateline, would not be.
    periods = {(statement, end, months) for statement, _, end, months in expected}
    assert {(s, end, months) for s, _, end, months in printed} <= periods
    assert len(set(printed) & set(expected)) >= len(expected) // 2


# Every hand-worked fact of a layout is printed, but for these, which still lose some (each says what).
KNOWN_GAPS = {
    "browser_copy_whose_unit_cell_spanned_the_header_rows": (
        "the cash flow's header rows of one tab each ('August 1,<tab>August 2,') are no copy's rows: not laid out"),
    "a_subsidiarys_statement_after_the_parents_highlights": (
        "the highlights' \"Diluted shares (millions)\": a count named with its basis first, no concept"),
    "highlights_result_under_an_excluding_items_heading": "the net income as reported, joined to its heading's words",
    "highlights_of_the_year_apart_counts_in_the_scale_they_inherit": (
        "the net income as reported, joined to its heading's words"),
    "balance_data_under_income_columns": "non-operating income",
    "as_reported_beside_as_adjusted_under_one_date": (
        "the prior year-end's balance sheet, printed 'As Reported' beside 'As Adjusted' with no adjustments between:"
        " neither read"),
    "cumulative_inception_stacked": "the year's SG&A and non-operating income",
    "ifrs_pounds_thousands_column_units": "the tax",
    "highlights_under_a_sentence_wrapped_after_and": (
        "the operating result and what follows it, held back: the highlights print no tax line before the net result"),
    "pdf_text_highlights_unit_note_and_years_on_one_line_beside_a_change_column": (
        "the tax and the net result, held back: the highlights leave out the other income between them"),
    "ifrs_profit_for_the_period_attributable_to_owners": "EPS printed as \"5.6c\"",
    "statement_split_over_a_page_break_shares_in_thousands": "non-operating income, and short-term investments",
    "a_sentence_after_a_date_is_no_header_over_fiscal_quarter_columns": (
        "the prior fiscal year's \"Q3 FY10\": no date in the release says on which day it ended"),
    "stub_period_from_inception_named_in_the_title": "the year's statement of operations (the title names a stub "
                                                     "beside it, and no column says which it is)",
    "a_quarter_under_a_short_colspan_beside_52_and_53_week_years": (
        "the prior quarter and the 53-week prior year, both dated December 31, 2016 under different lengths: unread,"
        " with a warning"),
    "balance_sheet_data_heading_without_its_colon_over_quarters_oldest_first": (
        "the selected data's balances, set apart from their header by a heading without its colon: unread"),
    "a_prior_quarter_outside_its_groups_short_colspan": (
        "the prior quarter (June 30), which no duration's colspan covers: unread, with a warning"),
    "a_quarter_after_the_prior_year_under_a_short_colspan_centred_under_nine_months": (
        "the prior quarter (June 30), set under \"Nine Months Ended\" beside that length's own columns: unread, "
        "with a warning"),
    "a_row_whose_figures_stand_beside_stars_joins_no_label_below": (
        "the tax, its zeros typed \"*****\": its row is left unread"),
    "a_line_of_years_typed_at_the_margin_under_a_note_of_two_ends": (
        "the full year 2007: the positions set \"Fourth Quarter\" over its column, a repeat of the quarter's period,"
        " unread with a warning"),
    "per_share_rows_one_figure_a_period_among_amount_and_percent_columns": (
        "the weighted share counts, \"Basic\" and \"Diluted\" under \"Weighted average shares outstanding:\" with "
        "their figures a line below: read as lines of no concept"),
    "a_european_net_result_with_every_deduction_printed_negative": (
        "the share counts, \"(x 1,000)\" after their label: set apart as a grid of their own"),
}
EVERY_FACT_PRINTED = sorted(p.stem for p in FACTS_FILES if p.stem not in KNOWN_GAPS)


@pytest.mark.parametrize("name", EVERY_FACT_PRINTED)
def test_every_hand_worked_fact_is_printed(name: str) -> None:
    printed = _printed(name)
    expected = _expected(LAYOUTS / f"{name}.facts")
    assert {key: printed.get(key) for key in expected} == expected


@pytest.mark.parametrize(("name", "eps", "counts"), [
    # counts with no unit note: the scale at which EPS x shares is the statement's net income, 151.2 million
    ("per_share_table_apart_counts_scaled_by_the_statements_net_income", 4, 4),
    # EPS x shares misses the statement's net income at every scale: another measure's, no facts
    ("per_share_table_apart_whose_eps_x_shares_misses_the_net_income", 0, 0),
    # nine months beside a statement of the quarter: nothing to check the counts by, and no word of their scale
    ("per_share_table_apart_of_periods_the_statement_does_not_print", 4, 0),
])
def test_a_per_share_table_apart_is_read_where_the_net_income_vouches_for_it(name: str, eps: int,
                                                                              counts: int) -> None:
    printed = _printed(name)
    assert sum(1 for key in printed if key[1].startswith("eps_")) == eps
    assert sum(1 for key in printed if key[1].startswith("shares_")) == counts
    assert all(value > 100_000_000 for key, value in printed.items() if key[1].startswith("shares_"))


@pytest.mark.parametrize(("name", "label", "values"), [
    # lynx carried the row's second figure alone under its long label ("... shares issued     58" / "57"),
    # a small figure alone that had been taken for a page's number: 58 had gone to December's column
    ("a_second_balance_wrapped_alone_under_a_long_label_by_lynx", "Common stock",
     (Decimal("58000"), Decimal("57000"))),
    # w3m set the label's last fragment "$1,390" at the labels' margin beside the row's figures: it had been
    # read as the quarter's loss on sale, the quarter's -2,215 dropped (round 672)
    ("a_tax_benefit_figure_ending_a_label_wrapped_to_the_margin_by_w3m", "Loss on sale",
     (Decimal("-2215000"), None, Decimal("-2215000"), None)),
])
def test_a_wrapped_rows_figures_stand_in_their_own_columns(name: str, label: str,
                                                           values: tuple[Decimal | None, ...]) -> None:
    """A row wrapped by a rendering keeps each figure in its column, and no figure of its label's words
    becomes one (a line naming no concept, which the .facts files cannot judge); no check fails."""
    source = LAYOUTS / f"{name}.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    [item] = [item for statement in release.statements for item in statement.items if item.label.startswith(label)]
    assert item.values == values
    assert not [str(d) for d in release.diagnostics if "check failed" in str(d)]


def test_a_small_negative_first_among_a_flat_rows_figures_is_no_note_mark() -> None:
    """lynx sets every row's first figure one space after its label: "Unrealized loss on investments (14)
    (27) ..." prints four figures like the rows around it, "(14)" no note number (round 679: taken for one,
    the row kept three figures placed by position, and the like row inside the checks failed them)."""
    source = LAYOUTS / "lynx_small_negative_first_among_a_rows_figures.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    [item] = [item for statement in release.statements for item in statement.items
              if item.label.startswith("Unrealized loss")]
    assert item.label == "Unrealized loss on investments"
    assert item.values == (Decimal("-14000"), Decimal("-27000"), Decimal("-41000"), Decimal("-56000"))
    assert not [str(d) for d in release.diagnostics if "check failed" in str(d)]


def test_a_flat_row_printing_one_change_of_two_is_held_back_and_said_to_be() -> None:
    """Under "2023 2022 % Change 2023 2022 % Change" a row of five figures printed one change and left the
    other blank: which column the blank was, order cannot tell (round 681). The row is left unread with a
    warning naming its line; every other row is read in its columns."""
    source = LAYOUTS / "lynx_flat_rows_with_and_without_their_change_columns.txt"
    text = source.read_text().replace("(71 ) (29 ) -144.8", "(71 ) (29 )")
    release = core.parse_release(text.encode(), source.name)
    items = [item for statement in release.statements for item in statement.items]
    assert not [item for item in items if item.label == "Interest expense"]
    [said] = [str(d) for d in release.diagnostics if "'Interest expense' was not read" in str(d)]
    line = text.splitlines().index("   Interest expense (212 ) (160 ) -32.5 (71 ) (29 )") + 1
    assert f"line {line}" in said
    [fuel] = [item for item in items if item.label == "Fuel and power"]
    assert fuel.values == (Decimal("905000000"), Decimal("612000000"), Decimal("330000000"), Decimal("118000000"))


@pytest.mark.parametrize("name", ["total_current_wrapped_over_its_noun_set_deeper",
                                  "a_name_cut_after_and_other_over_its_noun"])
def test_a_noun_wrapped_under_words_that_want_it_is_no_total_of_its_own(name: str) -> None:
    """A utility's balance sheet re-set at 66 columns (round 632): "Total Current" / "   Liabilities" and
    "Deferred Credits and Other" / " Liabilities", the figures on the noun's line. "Liabilities" alone had
    been printed as the total liabilities, a figure the release never prints."""
    assert not [key for key in _printed(name) if key[1] == "total_liabilities"]


def test_a_table_under_a_unit_note_of_its_own_is_no_rows_of_the_balance_sheet_above() -> None:
    """958 + 41,462 = 42,420 = 22,351 + 20,069, and 1,204 + 40,236 = 41,440 = 21,248 + 20,192: the balance sheet's
    six lines at two dates are its 12 rows. The commodity table under "In millions, except carloads in thousands"
    (296 + 402 = 698 of revenue, 152 + 498 = 650 thousand carloads) prints no date: none of its rows is a fact."""
    path = LAYOUTS / "a_table_under_a_unit_note_without_parentheses_after_a_balance_sheet.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 12 and all(int(r["line_last"]) <= 15 for r in rows)


def test_an_unlabelled_net_under_accumulated_depreciation_printed_as_a_deduction_is_the_net() -> None:
    """Cedar Hollow (after PS Business Parks, UI-39): under "Real estate facilities, at cost", land 402,118 and
    buildings 1,105,887 sum to 1,508,005, the cost; less "Accumulated depreciation (588,412)" the unlabelled
    919,593 is the net, not a second "Total Real estate facilities, at cost"; with land held for development
    (12,405) the heading's last sum, 931,998, is real estate at no cost, named without "at cost". The Cash
    page's balance-sheet legend had called the net "at cost"."""
    path = LAYOUTS / "an_unlabelled_net_under_accumulated_depreciation_printed_as_a_deduction.txt"
    balance = core.parse_release(path.read_bytes(), path.name).statement("balance")
    assert balance is not None
    named = [(item.label, item.values[0]) for item in balance.items if "Real estate" in item.label]
    assert named == [("Total Real estate facilities, at cost", Decimal("1508005000")),
                     ("Real estate facilities, net", Decimal("919593000")),
                     ("Total Real estate facilities", Decimal("931998000"))]


def test_a_balance_sheet_whose_title_and_headers_were_lost_is_said_to_be_skipped() -> None:
    """Kestrel (after round 541's insurer, lynx): the balance sheet's first label a line, its aside printing
    years, stands between the dates and the figures, so its rows are read with no title and no header. Its
    lines print total assets (3,027,300) and total liabilities and equity (3,027,300): a balance sheet, which
    had been dropped without a word; the reader now says it skipped it."""
    path = LAYOUTS / "a_balance_sheet_lost_under_a_first_label_whose_aside_prints_years.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.statement("balance") is None
    skipped = [d for d in release.diagnostics if "it was skipped" in str(d)]
    assert [(d.span.first, d.span.last) for d in skipped if d.span is not None] == [(14, 26)]
    # and says why, naming the line the search for its dates stopped at (round 669)
    assert "the search for them stopping at line 13 ('Fixed maturity securities" in skipped[0].message


@pytest.mark.parametrize("label", [
    "Premiums and other receivables, net of allowance for doubtful accounts of $14 and $12",
    "Debt securities, available-for-sale, at fair value [amortized cost: $12,410 and $11,985]",
])
def test_sums_a_first_label_names_in_its_words_do_not_end_the_header_search(label: str) -> None:
    """lynx's first label on a line of its own over its figures, naming sums of money after a connecting word
    or in brackets: the label's words, which name no period, so the dates above it head the columns (round
    669: the header search had stopped at them and the whole balance sheet been skipped)."""
    path = LAYOUTS / "a_first_label_naming_its_amortized_cost_in_brackets_lynx_balance_sheet.txt"
    text = path.read_text().replace(
        "Debt securities, available-for-sale, at fair value (amortized cost $12,410 and $11,985)", label)
    frame = core.facts_frame(core.parse_release(text.encode(), path.name))
    assets = frame[frame["concept"] == "total_assets"]
    assert sorted(zip(assets["period_end"].astype(str), assets["value"], strict=True)) == [
        ("2020-12-31", 16_528_000_000), ("2021-06-30", 17_046_000_000)]


def test_a_zero_rows_dashes_alone_under_its_label_are_its_zeros() -> None:
    """w3m and lynx set each label on its own line and its figures on the next: "Preferred stock" over a line
    of one em dash a column is that row's zeros (round 669: read as a rule, the row had vanished without a
    word and its label headed the equity's lines). A rule as wide as the column's figures is no zero."""
    path = LAYOUTS / "a_zero_rows_dashes_alone_under_its_label_w3m.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    preferred = frame[frame["label"] == "Preferred stock"]
    assert list(preferred["value"]) == [0, 0]
    assert set(frame[frame["label"] == "Common stock"]["section"]) == {"Stockholders' equity"}
    ruled = path.read_text().replace("\u2014              \u2014", "--------       --------")
    frame = core.facts_frame(core.parse_release(ruled.encode(), path.name))
    assert frame[frame["label"] == "Preferred stock"].empty


def test_a_pages_running_head_between_two_rows_is_no_part_of_a_label() -> None:
    """pdftotext sets a page's running head, its page number at the right, between a balance sheet's rows: the
    row after it is "Long-term debt" 210,000 and 225,000, not "BRANTLEY LEAF COMPANY - ... Page 3 Long-term debt"
    (round 550)."""
    path = LAYOUTS / "a_pages_running_head_between_two_rows_of_a_balance_sheet.txt"
    balance = core.parse_release(path.read_bytes(), path.name).statement("balance")
    assert balance is not None
    labels = {item.label: item.values for item in balance.items}
    assert labels["Long-term debt"] == (Decimal("210000000"), Decimal("225000000"))
    assert not any("Page 3" in label for label in labels)


def test_a_reconciliation_gives_no_facts_of_its_own() -> None:
    path = LAYOUTS / "reconciliation_title_read_with_the_headers.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 16 and all(int(r["line_last"]) <= 20 for r in rows)  # the statement's 8 lines x 2 years
    assert all(check.passed for check in release.checks)


def test_quarters_numbered_under_a_spanning_quarter_borrow_no_date() -> None:
    """Round 686's layout (invented): "Fiscal 1997 Quarter" over "First   Second" after a restatement footnote
    whose sentence runs on over lines. Read as naming no quarter, each year's first column had borrowed the
    release's date, the fiscal 1997 first quarter's 19,016,337 of net sales printed for the quarter ended August
    2, 1997, beside the statement's 21,304,518; the footnote's last lines had headed the columns. No column
    names its day, but the ordinals number the fiscal quarters (round 737): the only figures the table adds are
    the fiscal 1997 first quarter's, thirteen weeks before the statement's August 2, 1997, and the footnote is
    no part of its header."""
    path = LAYOUTS / "edgar_quarterly_data_a_spanning_quarter_over_ordinals_under_a_footnote.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    later = {(r["period_end"], r["months"], r["value"]) for r in rows if int(r["line_first"]) >= 62 and r["concept"]
             == "revenue"}
    # the first quarter of fiscal 1997, and the second's the statement prints too; never the first's as August 2's
    assert later <= {("1997-05-03", "3", "19016337"), ("1997-08-02", "3", "21304518")}
    assert ("1997-05-03", "3", "19016337") in later
    quarterly = next(table for table in find_tables(split_lines(path.read_text()))
                     if "SELECTED QUARTERLY" in " ".join(table.title_lines))
    assert quarterly.column_headers[0] == "Fiscal 1995 Quarter Third"
    assert not any("respectively" in line for line in quarterly.header_lines)


def test_a_caption_run_into_the_headers_of_its_table_heads_no_column() -> None:
    """Round 513's Summit Pantry (invented), as w3m set a table too wide for its page: "Net sales by segment
    Fourteen Weeks Ended July 3, 2022 Thirteen Weeks Ended June 27, 2021 Fifty-Three" / "Weeks Ended July 3,
    2022 Fifty-Two Weeks Ended June 27, 2021" over "Retail $ 251,406 $ 219,118 $ 946,115 $ 874,306". The first
    line, read as a sentence, had left the second to name the columns by position: two periods of twelve
    months, the fifty-three-week year called "Fifty-Two Weeks". The caption names the table."""
    from core.analysis.periods import weeks_of

    path = LAYOUTS / "caption_run_into_the_week_headers_of_its_table.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    segments = release.statements[0]
    assert segments.title == "Net sales by segment"
    assert [(p.key, weeks_of(p)) for p in segments.periods] == [
        ("3M 2022-07-03", 14), ("3M 2021-06-27", 13), ("12M 2022-07-03", 53), ("12M 2021-06-27", 52)]
    retail = next(item for item in segments.items if item.label == "Retail")
    assert [int(v) for v in retail.values if v is not None] == [251_406, 219_118, 946_115, 874_306]  # no unit printed


@pytest.mark.parametrize(("line", "caption"), [
    ("Net sales by segment Fourteen Weeks Ended July 3, 2022 Thirteen Weeks Ended June 27, 2021 Fifty-Three",
     "Net sales by segment"),
    ("Three Months Ended March 31, 2020 Three Months Ended March 31, 2019", ""),
    # a sentence names its periods with words between them
    ("Net sales for the Thirteen Weeks Ended July 3, 2022 compared with the Thirteen Weeks Ended June 27, 2021",
     None),
    ("Net sales were $402.1 million for the fourteen weeks ended July 3, 2022", None),
])
def test_a_caption_before_the_periods_is_read_off_its_line(line: str, caption: str | None) -> None:
    from core.tables.lines import caption_before_periods

    assert caption_before_periods(line) == caption


def test_a_title_names_the_table_not_the_exhibit_nor_the_story_above_it() -> None:
    """Southern Company's Q4 2004 submission: its Exhibit 99.02 opens with "Exhibit 99.02" / "Southern
    Company" / "Financial Highlights", after the release's "###" and its last word, "information.". The
    statements had been titled "information." and "Exhibit 99.04"."""
    path = LAYOUTS.parent / "edgar" / "southern-company_q4-fy2004.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [s.title for s in release.statements if s.kind == "operations"] == [
        "Financial Highlights", "Analysis of Consolidated Earnings"]


def test_a_utilitys_earnings_per_average_diluted_share_is_its_diluted_eps() -> None:
    """Round 518's utility: "Earnings Per Average Diluted Common Share $ 1.33" under "(Thousands of Dollars,
    Except Per Share Amounts)" had been no figure per share, printed as an amount of 1,330 (thousand), the
    basic line standing in for the diluted one."""
    path = LAYOUTS / "utility_earnings_per_average_diluted_common_share.htm"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    diluted = operations.item("eps_diluted")
    assert diluted is not None and diluted.label == "Earnings Per Average Diluted Common Share"
    assert [str(v) for v in diluted.values] == ["1.33", "1.19"]


@pytest.mark.parametrize(("name", "label"), [
    ("browser_copy_with_a_blank_line_before_the_per_share_rows.txt", "Cash and cash equivalents at end of year"),
    ("browser_copy_with_trailing_tabs_trimmed_beside_change_columns.txt",
     "Cash and cash equivalents at end of period"),
])
def test_a_cash_flows_ending_cash_is_named_on_the_balance_sheet_only(name: str, label: str) -> None:
    """Round 517: the cash flow's ending cash had been named cash_and_equivalents (months 12) where it said
    "end of year" and left unnamed where it said "end of period": the balance sheet's cash is the fact, and
    the cash flow's line stays a line of it, however worded."""
    path = LAYOUTS / name
    cash_flow = core.parse_release(path.read_bytes(), path.name).statement("cash_flow")
    assert cash_flow is not None
    ending = next(item for item in cash_flow.items if item.label == label)
    assert ending.concepts == () and cash_flow.item("cash_and_equivalents") is None


def test_a_companys_name_ended_under_its_rows_figures_ends_the_label() -> None:
    """Round 516's Harborlight Media, pdftotext: "Net income attributable to Harborlight Media" over its
    figures, "Group, Inc." under them: the row's label had stopped at "Harborlight Media"."""
    path = LAYOUTS / "company_name_ended_under_the_figures_of_its_row.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    net = operations.item("net_income")
    assert net is not None and net.label == "Net income attributable to Harborlight Media Group, Inc."
    basic = operations.item("eps_basic")
    assert basic is not None and basic.section == "Net income per share attributable to Harborlight Media Group, Inc."


def test_balance_dates_set_tight_under_a_tables_quarters_end_the_quarters_rows() -> None:
    """Round 524's Harbor Valley bank, lynx: "At September 30, 2017 At December 31, 2016 At September 30, 2016"
    one space apart under the highlights' quarters. Not taken for new headers, the balances had been read on
    as the quarters' rows (Total assets 2,755,282 thousand for three months); no balance is read as a
    quarter's figure now."""
    path = LAYOUTS / "bank_highlights_then_balances_at_dates_set_tight_by_lynx.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    quarters = release.statement("operations")
    assert quarters is not None
    assert not any(item.label in ("Total assets", "Total loans", "Total deposits") for item in quarters.items)
    eps = quarters.item("eps_diluted")
    assert eps is not None and [str(v) for v in eps.values] == ["0.59", "0.54", "1.69", "1.58"]


def test_a_title_case_heading_names_its_table() -> None:
    """"Reconciliation of GAAP Net Income to Non-GAAP Operating Income" is no sentence: it titles the table
    under it, whose "Operating income" (58,553) is the company's measure, not the statement's."""
    path = LAYOUTS / "reconciliation_to_non_gaap_operating_income_titled_in_title_case.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None and operations.item("operating_income") is None
    assert [s.title for s in release.statements] == [
        "Consolidated Statements of Income", "Reconciliation of GAAP Net Income to Non-GAAP Operating Income"]


@pytest.mark.parametrize(("path", "concept", "value", "own"), [
    # Valaris: ARO Drilling's (a joint venture's) balance sheet information after Valaris' own balance sheet,
    # whose total assets line prints no label: ARO's $1,295.0 million is not Valaris' total assets. Valaris'
    # own unlabelled grand total is (1,105.6 + 12,157.2 + 452.9 + 122.4 + 187.0 = 14,025.1, and 16,931.2).
    (LAYOUTS.parent / "html" / "valaris-plc_q1-2020.htm", "total_assets", "1295000000",
     ["14025100000", "16931200000"]),
    # Class A's weighted counts, under a heading naming the class, are not the company's (round 510): it prints
    # none of its own, its classes earning $0.77 and $1.16 a share
    (LAYOUTS / "share_counts_of_each_class_under_headings_naming_the_class.txt", "shares_basic", "26100000", []),
    # The subsidiary's "Earnings available for common stock" is not the holding company's.
    (LAYOUTS / "holding_company_then_subsidiary_statement.txt", "net_income_to_common", "60800000", []),
])
def test_a_statement_of_another_entity_fills_in_no_fact(path: Path, concept: str, value: str, own: list[str]) -> None:
    """A second statement whose figures differ from the primary one's for the same concept and period is
    another entity's: the lines the primary statement leaves out are not the company's facts."""
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r for r in rows if r["concept"] == concept and r["value"] == value] == []
    assert sorted(r["value"] for r in rows if r["concept"] == concept) == own


def test_one_share_count_beside_a_basic_and_a_diluted_eps_is_the_basic_count_only() -> None:
    """"Weighted average common shares outstanding" printed once beside basic EPS 0.50 and diluted 0.49:
    14,070 / 28,410 comes back to the basic figure, so it is the basic count; the diluted count is not
    printed, and no fact says it is 28,410,000."""
    path = LAYOUTS / "one_share_count_beside_basic_and_diluted_eps.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["value"] for r in rows if r["concept"] == "shares_basic"} == {"28410000", "26920000"}
    assert [r for r in rows if r["concept"] == "shares_diluted"] == []


def test_a_share_count_heading_without_a_colon_heads_both_counts() -> None:
    """"Weighted average number of ordinary shares outstanding" (no colon) over "Basic" and "Diluted": a
    heading, not the first line of a wrapped "Basic" label, so "Diluted" under it is the diluted count,
    and the diluted EPS is checked against it."""
    path = LAYOUTS / "share_count_heading_without_colon_over_basic_and_diluted.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted(r["value"] for r in rows if r["concept"] == "shares_diluted") == [
        "79120000", "79455000", "80120000", "80330000"]
    assert {r["verified"] for r in rows if r["concept"] == "eps_diluted"} == {"verified"}


def test_a_banks_average_balances_over_six_months_are_no_balance_sheet() -> None:
    """"AVERAGE BALANCES, YIELDS, AND RATES - YEAR-TO-DATE" over "For the Six Months Ended" (UI-53, invented): its
    title, read among the header lines, had gone unread, and the table's lines and totals had made it a balance
    sheet, its averages printed as balances at June 30, 2021 (total assets 857,820 beside the balance sheet's
    872,300, only "unchecked" telling them apart). No row of it is a balance, printed or held back."""
    path = LAYOUTS / "bank_average_balances_under_a_six_months_header_titled_year_to_date.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    averages = 1 + path.read_text().splitlines().index("AVERAGE BALANCES, YIELDS, AND RATES - YEAR-TO-DATE")
    assert [r for r in rows if r["statement"] == "balance" and int(r["line_first"]) >= averages] == []
    assert {r["value"] for r in rows if r["statement"] == "balance" and r["label"] == "Total assets"} == {
        "872300000", "839400000"}


def test_a_summary_before_the_statement_adds_no_measure_of_its_own() -> None:
    """An insurer's "SUMMARY OF RESULTS" repeats revenues and net income from its statement and adds
    "Operating earnings (1)", a measure of its own (net income less realized gains after tax): the
    statement prints no operating income, and the summary does not supply one."""
    path = LAYOUTS / "insurer_summary_before_statement_operating_earnings.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r for r in rows if r["concept"] == "operating_income"] == []
    assert {r["value"] for r in rows if r["concept"] == "net_income" and r["months"] == "3"} == {
        "22200000", "21700000"}


def test_a_column_naming_no_period_takes_its_length_from_the_header_that_dates_it() -> None:
    """A summary of restatement under one line, "Twelve Months Ended December 31, 1998", over "As Previously
    Reported | Adjustments | As Restated": the restated column is the year's, as the statement's own year
    column prints it (revenues 413,694 - 3,820 = 409,874; net income 13,059 - 1,250 = 11,809), and agrees
    with it; read as the quarter, eleven lines had failed against the quarter's 109,655 and been held back."""
    path = LAYOUTS / "restatement_summary_under_a_twelve_months_line.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert all(check.passed for check in release.checks)
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    summary = {r["label"]: r["value"] for r in rows if r["period_end"] == "1998-12-31" and not r["concept"]
               and r["statement"] == "operations"}
    assert (summary["Revenues"], summary["Net income"], summary["Diluted earnings per share"]) == (
        "409874000", "11809000", "0.79")
    assert {r["months"] for r in rows if r["period_end"] == "1998-12-31" and r["label"] == "Revenues"} == {"3", "12"}
    revenue = {r["months"]: r["value"] for r in rows if r["concept"] == "revenue" and r["period_end"] == "1998-12-31"}
    assert revenue == {"3": "109655000", "12": "409874000"}


def test_a_stub_period_from_one_day_to_another_over_three_lines_is_no_quarter() -> None:
    """"Period from" / "March 1 to" / "June 30, 1999" over one column of an acquired business's net sales
    (17,244) and operating income (1,388): four months, no quarter, and not read; the quarter's own net
    sales (63,418) stay the statement's."""
    path = LAYOUTS / "stub_period_from_over_three_lines_one_column.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [r for r in rows if r["value"] in ("17244000", "1388000")]
    assert {r["value"] for r in rows if r["concept"] == "revenue" and r["period_end"] == "1999-06-30"
            and r["months"] == "3"} == {"63418000"}


def test_a_statement_whose_result_chain_breaks_vouches_for_none_of_its_figures() -> None:
    """Figures paired with the wrong labels (a rendering that prints each cell on a line of its own, in no
    fixed order) can still foot by chance: here R&D and SG&A add up to the total operating expenses, but
    the operating result and the income before taxes both fail. Two broken links of the result chain say
    the statement was not read as printed: every figure of that period is held back, none vouched for."""
    path = LAYOUTS / "result_chain_broken_in_one_period.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["statement"] == "operations"]
    assert {r["verified"] for r in rows if r["period_end"] == "2023-12-31"} == {"failed"}
    assert {r["verified"] for r in rows if r["period_end"] == "2022-12-31"} == {"verified"}


def test_comprehensive_income_printed_above_the_net_income_attributable_block_is_no_part_of_the_net_result() -> None:
    """Comprehensive income and its shares, printed between the consolidated net income and the "Net income
    attributable to:" block (invented, round 661), are no parts of the net result: the check had read them so
    and failed the company's right net income against its comprehensive income."""
    path = LAYOUTS / "comprehensive_result_printed_above_the_net_income_attributable_block.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert not release.failed_checks
    assert {c.name for c in release.checks} >= {"footing", "result", "EPS basic", "EPS diluted"}


def test_eps_of_each_class_of_stock_read_as_no_eps_of_the_company_is_said_to_be() -> None:
    """Class A and Class B earning different figures a share, and none printed for the company (invented,
    round 661): no EPS is read, and one warning names the lines left unread, where the release said nothing."""
    path = LAYOUTS / "eps_of_two_classes_differing_and_none_for_the_company.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    said = [w for w in release.warnings if w.message.startswith("no EPS was read")]
    assert len(said) == 1
    assert all(f"'{basis} net income per share: Class {c} common stock'" in said[0].message
               for basis in ("Basic", "Diluted") for c in "AB")
    assert said[0].span is not None and (said[0].span.first, said[0].span.last) == (24, 28)


def test_a_narrative_figure_vouches_for_no_column_of_another_year() -> None:
    """"Net loss for the first quarter 2020 was $9.6 million" where the only operations table prints a
    2019 column holding (9,637) (a table read wrong, or another basis): the sentence speaks of 2020, and a
    column of another year that happens to hold its figure is not vouched for by it. The cash flow's 2020
    net loss (9,210) disagrees, and the check says so."""
    path = LAYOUTS / "narrative_figure_matching_another_years_column.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    prose = [c for c in release.checks if c.name == "prose: net_income"]
    assert [(c.period, c.passed) for c in prose] == [("3M 2020-03-31", False)]


def test_a_narrative_figure_vouches_for_no_column_of_another_length_ending_the_same_day() -> None:
    """"Net income was $3.4 million for the third quarter of 2013" where the quarter's column holds 1,200
    and the 39 weeks' 3,400 (round 682: lynx's shuffled columns had set the quarter's figure under the nine
    months, and the sentence had passed against that column, printing it as verified): the sentence speaks
    of the quarter alone, so the nine months' column holding its figure is vouched for by nothing. Whether
    the columns or the sentence's period were misread the check cannot tell, so it accuses neither."""
    path = LAYOUTS / "narrative_quarter_figure_printed_under_the_nine_months_column.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [c for c in release.checks if c.name.startswith("prose")] == []


def test_highlights_stating_diluted_eps_by_name_are_checked_each_in_its_own_period() -> None:
    """"Diluted EPS: $(0.12), down from the first quarter of 2020" and "GAAP diluted E.P.S. loss of $0.12 versus
    income of $0.33 in the prior year period" (UI-56, invented after a highlights line and dotted initials that
    had left diluted EPS "not checked"): each current figure is the quarter's, the loss negative, and the
    figure it is compared with the prior year's quarter alone; the adjusted E.P.S. beside them is no claim."""
    path = LAYOUTS / "highlights_stating_diluted_eps_by_name_and_dotted_initials.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    prose = [(c.name, c.period, c.expected, c.passed) for c in release.checks if c.name.startswith("prose")]
    assert prose == [("prose: eps_diluted", "3M 2021-03-31", Decimal("-0.12"), True),
                     ("prose: eps_diluted", "3M 2021-03-31", Decimal("-0.12"), True),
                     ("prose: eps_diluted", "3M 2020-03-31", Decimal("0.33"), True)]


def test_an_untitled_table_adding_up_to_ebitda_is_no_statement() -> None:
    """After the statement, a block with no title of its own adds net income, interest, taxes and
    depreciation up to "EBITDA": its "Interest expense, net   2,545" is an add-back, not the company's
    non-operating income (the statement prints interest expense as (2,545) beside other income)."""
    path = LAYOUTS / "untitled_ebitda_reconciliation_after_the_statement.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    assert [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"] == "nonoperating_income"] == []


def test_a_one_line_total_after_another_total_is_not_footed_from_it() -> None:
    """"Total liabilities", "Minority interest in operating partnership", then "Total shareholders'
    equity" on a line of its own: no line above belongs to the equity, so footing has nothing to say of it
    (it had added the liabilities and the minority interest, and failed)."""
    path = LAYOUTS / "one_line_equity_total_after_minority_interest.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [c for c in release.checks if not c.passed] == []


# Lindqvist Foods' statement (round 161, invented) as w3m, lynx and a browser's copy render a label cell spanning
# two rows beside a second column of bases: the basis alone on the second row. Net loss 8,432 / 36,208 shares.
SPANNING_LABEL_CELL = """\
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                              Thirteen Weeks Ended
                                                         March 30, 2024    April 1, 2023
Net sales                                                     $ 287,412        $ 301,218
Operating (loss) income                                          (8,120)           9,512
Net (loss) income                                                (8,432)           6,973
Net (loss) income per common share    Basic                     $ (0.23)          $ 0.19
Diluted                                                         $ (0.23)          $ 0.19
Weighted average common shares        Basic                      36,208           35,944
Diluted                                                          36,208           36,502
"""


def test_a_basis_alone_under_a_row_ending_in_another_basis_takes_its_words() -> None:
    """"Diluted   $ (0.23)" under "Net (loss) income per common share   Basic   $ (0.23)" had named nothing and
    printed as an amount of -230 thousand; it is the diluted EPS, and the "Diluted" under the basic share
    count the diluted count."""
    release = core.parse_release(SPANNING_LABEL_CELL.encode(), "spanning.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    facts = {(r["concept"], r["period_end"]): r["value"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert facts[("eps_diluted", "2024-03-30")] == "-0.23" and facts[("eps_diluted", "2023-04-01")] == "0.19"
    assert facts[("shares_diluted", "2023-04-01")] == "36502000"
    assert not {value for value in facts.values() if value.lstrip("-").startswith("230")}


# Brantley Industries' statement (round 161, invented) as w3m renders it at 80 columns: a narrow label column
# wraps "Net income attributable to / Brantley Industries, Inc." after its figures, and the per-share heading
# over four lines. Net income 25,587 - 618 = 24,969; 24,969 / 41,822 = 0.597.
NARROW_LABEL_COLUMN = """\
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share data)

                               Three Months Ended          Six Months Ended
                                    June 30,                   June 30,
                               2016          2015         2016          2015
Net sales                   $ 422,176     $ 416,393    $ 820,125     $ 807,663
Cost of sales                 288,164       286,913      558,012       560,127
Gross profit                  134,012       129,480      262,113       247,536
Selling, general and           84,219        81,477      167,325       162,880
administrative expenses
Restructuring charges           6,840         1,215        9,105         2,430
Operating income               42,953        46,788       85,683        82,226
Interest expense, net           5,318         5,904       10,811        11,752
Other (income) expense, net      (412 )         286         (733 )         519
Income before income taxes     38,047        40,598       75,605        69,955
Provision for income taxes     12,460        13,218       23,517        24,608
Net income                     25,587        27,380       52,088        45,347
Less: Net income
attributable to                   618           544        1,187         1,035
noncontrolling interests
Net income attributable to  $  24,969     $  26,836    $  50,901     $  44,312
Brantley Industries, Inc.
Earnings per share
attributable to Brantley
Industries, Inc. common
shareholders:
Basic                       $    0.60     $    0.63    $    1.21     $    1.04
Diluted                     $    0.59     $    0.62    $    1.20     $    1.02
Weighted average shares
outstanding:
Basic                          41,822        42,615       41,907        42,688
Diluted                        42,398        43,241       42,511        43,319
"""


def test_a_narrow_label_column_wrapped_after_attributable_to_and_over_a_per_share_heading() -> None:
    """w3m at 80 columns had printed the consolidated 25,587 as the net income (the company's line, its
    name wrapped to "Brantley Industries, Inc." under the figures, named nothing) and the EPS as amounts of
    600 thousand (the heading "Earnings per share" / "attributable to Brantley" / "Industries, Inc. common"
    / "shareholders:" had lost its first line)."""
    release = core.parse_release(NARROW_LABEL_COLUMN.encode(), "w3m80.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    facts = {(r["concept"], r["period_end"], r["months"]): r["value"]
             for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}
    assert facts[("net_income", "2016-06-30", "3")] == "24969000"
    assert (facts[("eps_basic", "2016-06-30", "3")], facts[("eps_diluted", "2015-06-30", "6")]) == ("0.6", "1.02")
    assert facts[("shares_diluted", "2016-06-30", "6")] == "42511000"


def test_a_period_heading_over_rows_with_its_colon_starts_no_table() -> None:
    """"Nine months ended September 30, 2002:" heads the rows under it inside a table whose columns are
    "As Previously Reported | Adjustments | As Restated" (round 155): it had started a table of its own,
    the heads above lost, and the figures as first reported were printed as a statement of operations'
    nine months (net income 2,690 thousand beside the restated loss of 1,108)."""
    path = LAYOUTS / "edgar_restatement_effect_table_headed_by_periods_in_its_rows.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [s.kind for s in release.statements] == ["operations", "other", "balance"]
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    assert [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["value"] in ("2690000", "257415000")] == []


def test_a_rule_above_a_heading_marks_no_total_of_the_row_under_it() -> None:
    """The rule under "Total revenues" stands above "Costs and expenses:", and had made "Cost of product
    revenues", the first row under that heading, a total: the rule that no one of two "Cost of ..." lines
    without a total of them is the cost of revenue then passed it by, and 27,310 of the 43,112 printed as
    the cost of revenue (round 156). Nor is it printed now; "Total revenues" keeps its mark."""
    path = LAYOUTS / "ixbrl_rule_under_total_revenues_then_a_costs_heading.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statements[0]
    totals = {item.label: item.is_total for item in operations.items}
    assert (totals["Total revenues"], totals["Cost of product revenues"]) == (True, False)
    assert operations.item("cost_of_revenue") is None


def test_an_equity_total_under_a_heading_of_liabilities_and_equity_is_not_footed_from_the_liabilities() -> None:
    """A condensed balance sheet (round 154) prints "Total stockholders' equity" right under "Other long-term
    liabilities", with no total of the liabilities and no equity lines, all under "Liabilities and
    Stockholders' Equity": the lines above are the heading's other half, so footing has nothing to say of
    the equity (it had added 1,042.6 + 138.9 + 96.4 = 1,277.9 and failed against 1,506.1). The file is a
    `pdftotext` page, ending in a form feed after its last table: complete, so no warning of truncation."""
    path = LAYOUTS / "condensed_balance_sheet_equity_total_without_a_liabilities_total.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [c for c in release.checks if not c.passed] == []
    identity = [c.found for c in release.checks if c.name == "assets = liabilities + equity"]
    assert identity[:1] == [Decimal("3238000000.0")]
    assert release.warnings == ()


def test_a_narrative_figure_is_checked_against_the_statement_not_a_summary_heading_it_q1() -> None:
    """A summary "Q1 2020 | Q1 2019" above the statement repeats the net income the sentence rounds: the
    sentence is checked against the statement's own line ("Three Months Ended March 31, 2020" is the
    same period however it is headed), and "Core net income was $4.6 million" is a measure of the bank's
    own making, no figure of the net income."""
    path = LAYOUTS / "quarter_columns_beside_a_summary_and_core_net_income.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [(f.concept, f.value) for f in release.prose] == [("net_income", Decimal("4200000")),
                                                             ("eps_diluted", Decimal("0.42"))]
    statement = next(s for s in release.statements if s.primary and s.kind == "operations")
    assert statement.title.startswith("CONSOLIDATED STATEMENTS OF INCOME")
    prose = [c for c in release.checks if c.statement == "prose"]
    assert [(c.name, c.period, c.passed) for c in prose] == [("prose: net_income", "3M 2020-03-31", True),
                                                            ("prose: eps_diluted", "3M 2020-03-31", True)]
    assert all(statement.span.first <= line <= statement.span.last for c in prose for line in c.lines)


def test_a_convenience_translation_is_never_the_statements_figure() -> None:
    """The US$ column beside "2020" translates the RMB figures: none of its figures is printed."""
    path = LAYOUTS / "convenience_translation_column.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    values = {r["value"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert values.isdisjoint({"204655000", "119970000", "84685000", "64925000", "19760000"})
    assert "1450000000" in values


_FIRST_PAGE = """\
                              ACME CORP.
                 CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share amounts)

                                     Three Months Ended
                                          June 30,
                                     2004          2003
Revenue                           $ 1,200       $ 1,000
Costs and expenses                    900           800
Net income                        $   300       $   200

                                  4
<PAGE>

"""
_SECOND_PAGE = """\
                    {title}

                                     {duration}
                                          June 30,
                                     2004          2003
Net income per share, basic       $  0.30       $  0.20
Weighted average shares, basic      1,000         1,000
"""


@pytest.mark.parametrize(("title", "duration", "joined"), [
    ("ACME CORP. (continued)", "Three Months Ended", True),
    ("CONSOLIDATED STATEMENTS OF OPERATIONS (Continued)", "Three Months Ended", True),
    ("CONSOLIDATED BALANCE SHEETS (continued)", "Three Months Ended", False),  # another statement's title
    ("ACME CORP. (continued)", "Six Months Ended", False),  # other columns
    ("ACME CORP. SEGMENT DATA", "Three Months Ended", False),  # a table of its own, not said to be continued
    ("ACME CORP. (continued)\n      (In thousands, except per share amounts)", "Three Months Ended", True),
    ("ACME CORP. (continued)\n      (In thousands, except share data)", "Three Months Ended", False),  # its own unit
])
def test_a_page_titled_continued_over_the_same_columns_carries_on_the_statement(title: str, duration: str,
                                                                               joined: bool) -> None:
    text = _FIRST_PAGE + _SECOND_PAGE.format(title=title, duration=duration)
    tables = find_tables(split_lines(text))
    assert len(tables) == (1 if joined else 2)
    assert tables[-1].rows[-1].label == "Weighted average shares, basic"


def test_a_share_count_of_no_concept_is_read_at_the_share_scale() -> None:
    """"Pro forma weighted-average shares outstanding" under "(in thousands, except share and per share
    amounts)": a measure of no concept of the company's own, but a count of shares, printed in full."""
    path = LAYOUTS / "pro_forma_share_count_under_a_money_unit_note.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["value"] for r in rows if r["label"].startswith("Pro forma weighted")] == ["29760000"]
    assert [r["value"] for r in rows if r["label"].startswith("Pro forma net loss")] == ["-0.66"]


def test_a_count_named_first_is_shares_whatever_figure_a_share_it_serves() -> None:
    """"Shares used in computing pro forma / net loss per share (3)   28,412" under "(in thousands, except
    per share data)": a count of shares in thousands (the GAAP count above it prints the same 28,412), never
    a figure a share; the pro forma loss a share above it stays one (round 316)."""
    path = LAYOUTS / "pro_forma_share_count_named_first_then_per_share.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    counts = [(r["kind"], r["value"]) for r in rows if r["label"].startswith("Shares used in computing pro forma")]
    assert counts == [("shares", "28412000"), ("shares", "19877000"), ("shares", "27455000"), ("shares", "19540000")]
    pro_forma = [(r["kind"], r["value"]) for r in rows if r["label"].startswith("Pro forma basic and diluted")]
    assert pro_forma == [("per_share", "-0.42"), ("per_share", "-0.14"), ("per_share", "-1.1"), ("per_share", "-0.33")]


def test_a_columns_note_with_a_footnote_mark_under_the_dates_is_no_row() -> None:
    """"(unaudited)        (1)" under "June 30, 2003   December 31, 2002": the first column's note and the
    second's footnote mark. It had been a balance line "(unaudited)" of -1,000 dollars."""
    path = LAYOUTS / "unaudited_and_a_footnote_mark_under_the_balance_sheet_dates.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    assert balance.items[0].label == "Cash and cash equivalents"
    assert [p.end.isoformat() for p in balance.periods] == ["2003-06-30", "2002-12-31"]


def test_a_dollar_thousands_unit_in_parentheses_under_the_title_is_no_row_of_zeros() -> None:
    """"($000)" centred under "CONDENSED CONSOLIDATED BALANCE SHEETS" (round 122): the table's unit, which
    had been a nameless balance line of 0 at September 30, 1998."""
    path = LAYOUTS / "dollar_thousands_in_parentheses_under_the_title.txt"
    balance = core.parse_release(path.read_bytes(), path.name).statement("balance")
    assert balance is not None
    assert balance.unit.strip() == "($000)"
    assert balance.items[0].label == "Cash and cash equivalents"


def test_a_row_whose_amount_and_percent_stand_in_its_label_is_not_read() -> None:
    """Round 124's restaurant: "Restaurant sales $ 84,118 100.0% $ 77,905 100.0% ..." over a block of
    restaurant counts set on another grid. The first amount and its percent had been taken for words and the
    prior-year quarter's 77,905 printed as the current one; the row is now named in a warning instead."""
    path = LAYOUTS / "amount_and_percent_left_in_labels_by_a_block_on_another_grid.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    assert not [item for item in operations.items if "84,118" in item.label or "3,560" in item.label]
    assert [w.message.split(":")[0] for w in release.warnings if "was not read: its first figures" in w.message] == [
        "the row 'Restaurant sales' was not read", "the row 'Net income' was not read"]


@pytest.mark.parametrize("name", ["percentages_of_revenue_table_after_the_statement"])
def test_a_table_of_percentages_of_revenue_is_no_statement(name: str) -> None:
    """Round 122: "SELECTED DATA AS A PERCENTAGE OF REVENUES" over "% of revenues" centred over its four
    columns; its "Revenues 100.0" had been printed as 100,000 dollars beside the statement's revenue."""
    path = LAYOUTS / f"{name}.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [s.kind for s in release.statements] == ["operations", "other"]
    assert [item.label for item in release.statements[1].items][:2] == ["Revenues", "Cost of revenues"]


def test_a_contacts_telephone_number_is_no_row_of_figures() -> None:
    """"For Investors: Dana Whitfield +1 617 555 0142": a dialling prefix, then digit groups one space apart.
    Alkermes Q1 2020 prints its contacts so; they had been the first table of the Data page and workbook."""
    path = LAYOUTS / "contacts_telephone_numbers_before_the_story.txt"
    tables = find_tables(split_lines(path.read_text()))
    assert [row.label for row in tables[0].rows][:2] == ["Revenue", "Research and development"]
    assert not [row for table in tables for row in table.rows if "+1" in row.label]
    alkermes = LAYOUTS.parent / "html" / "alkermes-plc_q1-2020.htm"
    release = core.parse_release(alkermes.read_bytes(), alkermes.name)
    # (its non-GAAP reconciliation, handed over by a sentence, is a table of its own between them: UI-50)
    assert [s.kind for s in release.statements][:3] == ["operations", "other", "balance"]
    assert not [item for s in release.statements for item in s.items if "Coombs" in item.label]


def test_a_unit_note_after_rows_of_figures_starts_the_next_table() -> None:
    """Silverfin's (round 38) balance-sheet data, then "Revenue by Segment" / "(In thousands)" over quarter
    columns without dates: the segment rows had joined the balance sheet, as balance lines (and, with three
    columns, pushed its current figures under the prior date)."""
    path = LAYOUTS / "unit_note_after_a_balance_sheet_starts_the_next_table.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    assert [item.label for item in balance.items][-1] == "Total stockholders' equity"
    tables = find_tables(split_lines(path.read_text()))
    assert [row.label for row in tables[-1].rows] == ["Lasers", "Sensors", "Total revenue"]


def test_a_figure_per_share_under_an_open_share_count_heading_is_no_count() -> None:
    """Round 41's browser copy: indentation lost, "Cash dividends declared per common share   $0.54" stood
    under "Weighted average shares outstanding:" and was printed as 540,000 shares."""
    path = LAYOUTS / "dividends_per_share_under_an_open_share_count_heading.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    dividends = next(item for item in operations.items if item.label.startswith("Cash dividends"))
    assert (dividends.kind, [str(v) for v in dividends.values]) == ("per_share", ["0.54", "0.57"])


def test_a_dividend_a_share_wrapped_before_its_noun_in_capitals_is_per_share() -> None:
    """Round 699 (invented): "DIVIDENDS DECLARED PER COMMON" / "  SHARE   $ 0.415 ..." under "(Thousands of
    Dollars, Except Per Share Amounts)". The capitals line had been taken for a heading, the row named "SHARE"
    and its dividend a share scaled by the thousands, 0.415 printed as 415 with no warning."""
    path = LAYOUTS / "a_dividend_per_share_label_in_capitals_wrapped_before_its_noun.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    [dividends] = [item for item in operations.items if item.label.endswith("SHARE")]
    assert dividends.label == "DIVIDENDS DECLARED PER COMMON SHARE"
    assert (dividends.kind, [str(v) for v in dividends.values]) == ("per_share", ["0.415", "0.405", "0.830", "0.810"])


# A statement whose nine-month column repeats the quarter's figures (a misprint, or a rendering that lost
# a column): EPS x shares agree within the column, the narrative's nine-month figure does not, and the
# figure the column holds is the one the narrative gives the quarter.
QUARTER_UNDER_THE_NINE_MONTHS = """\
ACME RETAIL REPORTS THIRD QUARTER RESULTS

OMAHA, Neb., Nov. 20, 2024 -- Acme Retail, Inc. today reported results for the quarter ended November 2, 2024.

Net income for the quarter ended November 2, 2024 was $44.2 million, or $0.89 per share.

Net income for the nine months ended November 2, 2024 was $118.3 million, or $2.37 per share.

                      CONSOLIDATED STATEMENTS OF INCOME
               (Amounts in Thousands Except Per Share Amounts)

                                  Three Months Ended            Nine Months Ended
                              November 2,   October 28,    November 2,   October 28,
                                  2024          2023           2024          2023
Net sales                      $ 293,618     $ 303,457      $ 293,618     $ 878,719
Cost of sales                    249,446       251,695        249,446       738,381
                               ---------     ---------      ---------     ---------
Net income                     $  44,172     $  51,762      $  44,172     $ 140,338
                               =========     =========      =========     =========
Basic earnings per share       $    0.89     $    1.05      $    0.89     $    2.83
Basic weighted average shares     49,854        49,513         49,854        49,513
"""


def test_a_column_holding_what_the_narrative_gives_another_period_is_held_back_though_eps_agrees() -> None:
    """The nine months' column holds 44,172, the quarter's net income as the narrative states it; the
    narrative's nine months are $118.3 million. EPS x shares (0.89 x 49,854) agree within the column and
    cannot say which period it is: the figure is held back, the quarter's is printed."""
    release = core.parse_release(QUARTER_UNDER_THE_NINE_MONTHS.encode(), "acme.txt")
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    net = {(r["period_end"], r["months"]): r["verified"] for r in csv.DictReader(io.StringIO(out.getvalue()))
           if r["concept"] == "net_income"}
    assert net[("2024-11-02", "9")] == "failed"
    assert net[("2024-11-02", "3")] == "verified"
    assert net[("2023-10-28", "9")] != "failed"


def test_markdown_escapes_before_signs_leave_the_signs_in_their_columns() -> None:
    """pandoc escapes "$" and "%" ("\\$ 1,105,570", "25.2 \\%"): the sign is meant, in its column, so a
    "% of revenues" column stays a column of percents (its 25.2 had been read as 25,200 of SG&A)."""
    text = ("                                   Quarter Ended\n"
            "                                   March 29, 2020     \\% Net Revenues     March 31, 2019\n"
            "  Net Revenues                     \\$   1,105,570       100.0 \\%           \\$   732,510\n"
            "  Selling and Administration           279,128        25.2 \\%               225,253\n")
    lines = split_lines(text)
    assert lines[2] == "  Net Revenues                      $   1,105,570       100.0  %            $   732,510"
    assert "\\" not in "".join(lines)
    assert [len(line) for line in lines[:4]] == [len(line) for line in text.splitlines()]


def test_a_share_counts_basis_wrapped_two_lines_under_its_figures_in_a_narrow_label_column() -> None:
    """w3m at 80 columns gives a bank's label column a dozen characters (Horizon Bancorp Q1 2020):
    "Weighted" / "average shares 44,658,512 ..." / "outstanding -" / "Basic". The basis ends the row above
    the next "Weighted"; the basic counts had been printed as diluted."""
    text = ("                  March 31,        December 31,\n"
            "                  2020             2019\n"
            "Net income        $ 11,621         $ 18,454\n"
            "Weighted\n"
            "average shares 44,658,512       44,971,676\n"
            "outstanding -\n"
            "Basic\n"
            "Weighted\n"
            "average shares 44,756,716       45,103,065\n"
            "outstanding -\n"
            "Diluted\n"
            "Book value per   $ 25.61          $ 25.25\n"
            "common share\n")
    table = find_tables(split_lines(text))[0]
    rows = {row.label: [cell.text for cell in row.cells if cell is not None] for row in table.rows}
    assert rows["Weighted average shares outstanding - Basic"] == ["44,658,512", "44,971,676"]
    assert rows["Weighted average shares outstanding - Diluted"] == ["44,756,716", "45,103,065"]


WRAPPED_BOTH_WAYS = """\
                                              Six Months Ended June 30,
                                               2001            2000
Purchases of property and equipment            (126,278)       (402,117)
(Purchases) maturities of marketable         5,513,503     (3,120,400)
  securities, net
{rule}Net cash provided by (used in) investing
  activities                                 5,387,225     (3,522,517)
"""


@pytest.mark.parametrize("rule", ["                                            ------------   ------------\n", ""],
                         ids=["a rule between", "no rule"])
def test_words_under_a_rows_figures_end_its_label_not_the_next_rows(rule: str) -> None:
    """A label wrapped after its figures ("... of marketable   5,513,503" / "securities, net"), then one
    wrapped before them ("Net cash provided by (used in) investing" / "activities   5,387,225"): the
    lower-case words under the first row end it (round 163: the investing subtotal had been named
    "securities, net Net cash provided by (used in) investing activities" and lost its concept)."""
    table = find_tables(split_lines(WRAPPED_BOTH_WAYS.format(rule=rule)))[0]
    rows = {row.label: [cell.text for cell in row.cells if cell is not None] for row in table.rows}
    assert rows["(Purchases) maturities of marketable securities, net"] == ["5,513,503", "(3,120,400)"]
    assert rows["Net cash provided by (used in) investing activities"] == ["5,387,225", "(3,522,517)"]


UNLABELLED_SUMS = """\
CONDENSED CONSOLIDATED BALANCE SHEETS
(In millions)
                                          March 31,     December 31,
                                            2020            2019
CURRENT ASSETS:
  Cash and cash equivalents                  310.5           97.2
                                          $  97.2         $ 102.4
  Accounts receivable                        795.1          641.3
                                          --------        --------
                                           1,105.6          738.5
TOTAL ASSETS                              $ 16,931.4      $ 17,621.1
"""


def test_a_sum_printed_without_a_label_is_its_headings_total_only_where_a_check_vouches_for_it() -> None:
    """A rendering split a row so that its figures stand on a line of their own among the current assets
    (html2text's padded tables, Valaris): the reader had named an unlabelled sum "Total current assets" (after
    its heading "CURRENT ASSETS", in the reader's case, UI-38), which no arithmetic vouches for here: since
    round 646 it is left unnamed, and gives no fact of total current assets (97.2 had been printed); nor
    does the sum under the rule, which the stray line keeps from footing. Where an unlabelled sum foots, it
    is the total (test_no_fact_printed_contradicts_the_hand_worked_figures, the text fixtures)."""
    release = core.parse_release(UNLABELLED_SUMS.encode(), "valaris.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    current = {(r["period_end"], r["value"]) for r in csv.DictReader(io.StringIO(out.getvalue()))
               if r["concept"] == "total_current_assets"}
    assert current == set()
    # Since round 646 the heading's name is not even given: its lines do not add up to the sum (rows._names_the_sum)
    assert "Total current assets" not in {r["label"] for r in csv.DictReader(io.StringIO(out.getvalue()))}


def test_a_result_named_for_the_mine_is_the_gross_profit_only_where_the_arithmetic_leaves_it() -> None:
    """"Mine operating earnings" is the gross profit where revenue less the cost of sales right above it
    leaves it (the fixture miner_gross_result_named_for_the_mine_and_a_tax_recovery_subtotal, round 648);
    printed one figure off (18,240 for 62,400 - 43,980 = 18,420), the words alone name no gross profit."""
    text = (LAYOUTS / "miner_gross_result_named_for_the_mine_and_a_tax_recovery_subtotal.txt").read_text()
    release = core.parse_release(text.replace("18,420", "18,240").encode(), "miner.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [r for r in rows if r["concept"] == "gross_profit"]
    assert [r["value"] for r in rows if r["concept"] == "cost_of_revenue"] == ["43980000", "41090000"]


def test_words_over_a_line_of_dashes_in_centred_labels_head_no_sum() -> None:
    """lynx sets each label centred on a line of its own, and a row of nil figures as dashes alone under its
    words ("Preferred shares" over "—   —"): the words are that row's, so the unlabelled sum of the share
    capital and the deficit under them is no "Total Preferred shares" (round 648, the fixture
    lynx_centred_labels_with_headings_over_unlabelled_sums_set_apart); the cost of sales' sum is still named.
    The dashes are the row's zeros (round 669: read as a rule, the row had been left out)."""
    text = (LAYOUTS / "lynx_centred_labels_with_headings_over_unlabelled_sums_set_apart.txt").read_text()
    out = io.StringIO()
    write_facts_csv(core.parse_release(text.encode(), "lynx.txt"), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    labels = {r["label"] for r in rows}
    assert "Total Cost of sales" in labels
    assert not any("Preferred" in label for label in labels - {"Preferred shares"})
    assert [r["value"] for r in rows if r["label"] == "Preferred shares"] == ["0", "0"]


def test_column_days_on_the_titles_line_over_years_alone_go_to_their_columns_in_order() -> None:
    """A balance sheet copied from a browser with its title and the columns' days in one row of cells
    ("Condensed Consolidated Balance Sheets   March 31,   December 31," over "(In thousands)   2020   2019",
    Alkermes Q1 2020): each year takes its own day, not the title line's last (both had been dated December
    31, the March 2020 balance printed as of 2020-12-31)."""
    text = ("Condensed Consolidated Balance Sheets           March 31,                       December 31,\n"
            "\n"
            "(In thousands)          2020                    2019\n"
            "\n"
            "Cash and cash equivalents               $       549,738                 $       614,370\n"
            "Receivables                     246,716                         257,086\n"
            "Total assets                    4,512,101                       4,407,283\n")
    statement = core.parse_release(text.encode(), "alkermes.txt").statement("balance")
    assert statement is not None
    assert [(p.end.isoformat(), p.months) for p in statement.periods] == [("2020-03-31", None), ("2019-12-31", None)]


def test_the_tax_is_signed_by_the_result_after_it_though_the_net_result_has_lost_its_name() -> None:
    """A PDF's text broke Antero's net result apart ("... attributable to Antero" / "Resources Corporation
    978,763"), so no line names the net result; the result line after the tax ("... including noncontrolling
    interests") still says how the tax counts: 80,000 - 19,200 = 60,800, an expense (stored positive)."""
    path = LAYOUTS / "tax_expense_in_parentheses_benefit_bare_before_comprehensive_result.txt"
    text = path.read_text().replace("      attributable to Kestrel Energy Corporation", "      Energy Corporation")
    text = text.replace("    Net income (loss) and comprehensive income (loss)\n      Energy", "      Energy")
    statement = core.parse_release(text.encode(), "kestrel.txt").statement("operations")
    assert statement is not None and statement.item("net_income") is None
    tax = statement.item("income_tax")
    assert tax is not None and tax.values == (Decimal(19_200_000), Decimal(-46_800_000))


def test_the_common_stockholders_result_is_no_net_income_where_preferred_dividends_come_between() -> None:
    """"Net income attributable to common stockholders" is the net income only where the income before taxes
    less the tax comes to it: here 5,000 - 1,000 - 400 of preferred dividends = 3,600, which is not."""
    text = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share amounts)

                                                   Three Months Ended June 30,
                                                      2021          2020
Revenue                                              20,000        18,000
Total operating expenses                             15,000        14,500
Income before income taxes                            5,000         3,500
Provision for income taxes                            1,000           700
Preferred stock dividends                               400           400
Net income attributable to common stockholders        3,600         2,400
"""
    frame = core.facts_frame(core.parse_release(text.encode(), "preferred.txt"))
    assert "net_income" not in set(frame["concept"])
    common = frame[frame["concept"] == "net_income_to_common"]
    assert sorted(common["value"]) == [2_400_000, 3_600_000]


def test_a_headline_per_share_loss_is_no_amount_of_the_net_loss() -> None:
    """"First Quarter Net Loss of $1.53 Per Share" states the loss per share: read as a net loss of $1.53, it
    had failed the prose check against the statement's (1,420) million. The narrative states no net result
    (its "$100.2 billion" is revenue), so no prose check runs, and every other check passes."""
    path = LAYOUTS / "contents_list_above_the_statement.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [c.name for c in release.checks if not c.passed] == []
    assert not any(c.name.startswith("prose") for c in release.checks)


def test_a_row_naming_the_prior_year_month_prints_under_no_column() -> None:
    """"Combined ratio - current year 93.2" and its wrapped line "- prior year month 95.6" under "April
    2025": the second ratio is April 2024's, so it is held back; the current year's stays, with its label."""
    path = LAYOUTS / "monthly_ratio_row_naming_the_prior_year_month.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    ratios = frame[frame["label"].str.startswith("Combined ratio")]
    assert list(zip(ratios["label"], ratios["value"], strict=True)) == [("Combined ratio - current year", 93.2)]
    assert set(frame["period_end"].astype(str)) == {"2025-04-30"}


def test_a_page_footer_with_its_number_under_a_balance_sheet_is_no_line_of_it() -> None:
    """Veeva's pages end in "(c) 2022 Veeva Systems Inc. All rights reserved. ..." beside the page number
    (round 76): under the balance sheet it read as a line of 5 thousand dollars at the last date."""
    text = """CONDENSED CONSOLIDATED BALANCE SHEETS
(In thousands)
                                                 April 30,     January 31,
                                                    2022           2022
Cash and cash equivalents                        $ 1,204,310    $ 1,044,383
Other assets                                         806,912        772,082
Total assets                                     $ 2,011,222    $ 1,816,465
Total liabilities                                $   943,049    $   904,828
Total stockholders' equity                         1,068,173        911,637
Total liabilities and stockholders' equity       $ 2,011,222    $ 1,816,465

\u00a9 2022 Kestrel Systems Inc. All rights
  reserved. Kestrel and Vantage are registered
  trademarks of Kestrel Systems Inc.                     5
"""
    frame = core.facts_frame(core.parse_release(text.encode(), "footer.txt"))
    assert not frame["label"].str.contains("Kestrel").any()
    assert sorted(frame[frame["concept"] == "total_assets"]["value"]) == [1_816_465_000, 2_011_222_000]


def test_a_title_naming_one_quarter_dates_no_column_numbering_another() -> None:
    """The title says "2025 fourth quarter" but the columns are "3Q25 | 2Q25": neither is the fourth quarter,
    and the release says nothing that dates them (its narrative reports the fourth quarter only), so the
    table gives no fact. The third quarter's figures had printed as the fourth's."""
    path = LAYOUTS / "quarters_by_number_under_a_title_naming_the_quarter.txt"
    text = path.read_text().replace("4Q25       4Q24", "3Q25       3Q24")
    text = text.replace("3Q25          QoQ", "2Q25          QoQ")
    with pytest.raises(core.ReleaseParseError):
        core.parse_release(text.encode(), "formosa_q3.txt")


def test_the_dilutive_effect_between_the_share_counts_is_a_count_of_shares() -> None:
    """"Effect of common share options and other stock awards   5,640" between the basic count (493,102) and
    the diluted one (498,742), the "(000)" on the counts alone: the basic count plus it makes the diluted one,
    so it is shares in thousands, not millions of dollars (it had printed as 5,640,000,000)."""
    path = LAYOUTS / "per_common_share_heading_at_the_rows_indent.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    effect = frame[frame["label"].str.startswith("Effect of common share options")]
    assert sorted(effect["value"]) == [4_910_000, 5_640_000, 6_005_000]


def test_a_balance_sheets_unit_note_left_on_the_line_before_its_dates_still_counts_the_shares() -> None:
    """The note "(amounts in thousands, except common share information)" ends the flattened line of the
    statement of operations, the sheet's column dates stand on lines of their own below it: the note is the
    sheet's, so its share count is no count in thousands."""
    path = LAYOUTS / "markdown_flattened_balance_sheet_unit_note_at_the_end_of_the_line_before.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    shares = frame[frame["label"] == "Common shares outstanding"]
    assert sorted(shares["value"]) == [9_318_440, 12_940_115]


def test_a_page_footer_ends_a_flattened_table() -> None:
    """The geography table after "Page 9 of 13" on the same flattened line prints no years of its own: its
    rows are no cash flows (they had printed as such, the regions' revenue among them)."""
    path = LAYOUTS / "markdown_flattened_page_footer_then_a_table_of_its_own.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    assert not frame["label"].str.contains("Geography|Europe|Employees").any()
    assert frame["label"].iloc[-1] == "Cash payments for interest"


@pytest.mark.parametrize(("name", "printed", "reworded"), [
    ("markdown_pipe_tables", "Three Months Ended June 30,", "Three-Month Period Ended June 30,"),
    ("markdown_pipe_tables", "Six Months Ended June 30,", "Six-Month Period Ended June 30,"),
    ("figures_right_of_headers_centred_over_dollar_cells", "Three Months Ended    ", "Three-Month Period Ended"),
])
def test_a_duration_worded_as_a_period_heads_the_same_columns(name: str, printed: str, reworded: str) -> None:
    """"Three-Month Period Ended" is "Three Months Ended": read as no duration phrase, it had headed its first
    column only, the second taking the next group's length (the half year's figures printed as the
    quarter's). Found by a sweep rewording the fixtures' headers."""
    path = LAYOUTS / f"{name}.txt"
    text = path.read_text()
    assert printed in text
    release = core.parse_release(text.replace(printed, reworded).encode(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    facts = {(r["statement"], r["concept"], r["period_end"], r["months"]): Decimal(r["value"])
             for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}
    assert facts == _printed(name)


def test_an_untitled_table_after_a_whole_balance_sheet_is_no_part_of_it() -> None:
    """Charge-offs are flows of each quarter: printed under the balance sheet's dates they would read as
    balances at those dates (round 89). Once the sheet has printed its total liabilities and equity, an
    untitled table after it is not its continuation."""
    path = LAYOUTS / "bank_ratios_table_after_the_balance_sheet_untitled.txt"
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
    labels = {row["label"] for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert "Total Assets" in labels
    assert not labels & {"Charged-off loans", "Recoveries", "Net Charge-offs", "Non-performing loans"}


@pytest.mark.parametrize(("name", "warned"), [
    ("narrative_figure_matching_another_years_column.txt", True),  # operating flows only
    ("cash_flow_split_into_a_second_untitled_table.txt", False),  # its rest joined to it
    ("cash_flow_continued_under_a_long_sentence_case_title.txt", False),
])
def test_a_cash_flow_statement_without_its_financing_flows_is_said_to_be_cut_short(name: str, warned: bool) -> None:
    """Its checks all pass on what it prints; only this says what it leaves out (round 94: a chip maker's
    financing flows in a second table had gone unread with nothing to show for it)."""
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    assert any("no financing flows and no change in cash" in w.message for w in release.warnings) is warned


def test_a_table_printed_a_cell_a_paragraph_is_not_read_as_one_column() -> None:
    """Read as one column, the prior year's and the quarters' figures had each become a row of the year
    under a made-up label ("Total Net cash used in operating activities   -21,676": the prior year's loss)."""
    path = LAYOUTS / "one_cell_a_paragraph_cash_flow_opening_on_its_total_and_a_colon_label.txt"
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [row for row in rows if row["label"].startswith("Total ")]
    assert {(row["period_end"], row["months"], row["value"]) for row in rows
            if row["label"] == "Purchase of fixed assets"} == {
        ("2023-12-31", "12", "-124000"), ("2022-12-31", "12", "-313000"),
        ("2023-12-31", "3", "-10000"), ("2022-12-31", "3", "-31000")}


def test_a_banks_data_rows_are_balances_at_their_dates_in_the_statements_scale() -> None:
    """Rows no concept names are printed too, and a reader trusts them as much: in a bank's scrape, the grand
    total wrapped over two lines keeps its whole label, an allowance's roll-forward prints no balance (its
    beginning is the quarter before's, its provision and charge-offs the quarter's flows), and a
    reconciliation without a unit note that repeats the statement's lines is in the statement's thousands,
    its period-end share count a count (each figure worked out by hand from the fixture)."""
    stem = "markdown_scrape_bank_roll_forward_and_reconciliation_without_a_unit"
    path = LAYOUTS / f"{stem}.txt"
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
    rows = [(r["concept"], r["label"], r["period_end"], r["months"], Decimal(r["value"]))
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["statement"] == "balance"]
    labels = {label for _, label, _, _, _ in rows}
    assert not labels & {"Beginning of quarter", "Provision for credit losses", "(Charge-offs)/recoveries, net",
                         "SHAREHOLDERS' EQUITY"}
    by_label = {(label, end): (concept, value) for concept, label, end, _, value in rows}
    assert by_label["TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY", "2025-06-30"] == (
        "total_liabilities_and_equity", Decimal(6_719_000_000))
    assert by_label["End of quarter", "2025-09-30"] == ("", Decimal(67_840_000))
    assert [by_label["Period end shares outstanding", end][1] for end in ("2025-09-30", "2025-06-30", "2024-09-30")
            ] == [17_548_471, 17_636_264, 17_577_747]
    assert [by_label["Total assets", end][1] for end in ("2025-09-30", "2025-06-30", "2024-09-30")
            ] == [6_799_500_000, 6_719_000_000, 6_473_000_000]
    assert by_label["Tangible equity", "2024-09-30"] == ("", Decimal(542_390_000))
    assert {months for _, _, _, months, _ in rows} == {""}


def test_a_years_results_naming_a_later_quarter_in_passing_report_the_year() -> None:
    """"Results for the year ending December 31, 2024" over statements whose latest date is that day: the
    release reports its fiscal year (shown as its fourth quarter), not the "second quarter 2025" its lead
    names for a dividend to come, which every page header had shown."""
    path = LAYOUTS / "year_results_naming_a_later_quarter_over_bare_dates.txt"
    fiscal = core.parse_release(path.read_bytes(), path.name).metadata.fiscal_period
    assert fiscal is not None and (fiscal.label, fiscal.end) == ("Q4 2024", date(2024, 12, 31))


def test_a_years_statement_of_operations_headed_by_its_dates_alone_is_the_year() -> None:
    """"Results for the year ending December 31, 2024" and a statement of operations headed "Dec. 31, 2024
    Dec. 31, 2023": the columns are the two years, as the cash flow's are. The same statement in a release
    that reports its fourth quarter too stays unread: there the day alone may head the quarter."""
    path = LAYOUTS / "year_results_statements_headed_by_dates_alone.txt"
    text = path.read_text()
    release = core.parse_release(text.encode(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [(p.end, p.months) for p in operations.periods] == [(date(2024, 12, 31), 12), (date(2023, 12, 31), 12)]
    assert [operations.value("net_income", p) for p in operations.periods] == [-215_300, -716_750]
    lead = "results for the year ending\nDecember 31, 2024"
    assert lead in text
    for quarter_too in ("results for the fourth quarter and year ending\nDecember 31, 2024",
                        "results for the quarter and year ending\nDecember 31, 2024"):
        fourth = core.parse_release(text.replace(lead, quarter_too).encode(), path.name)
        assert fourth.statement("operations") is None
        assert any("STATEMENTS OF OPERATIONS" in (w.table or "") for w in fourth.warnings)
        assert fourth.statement("cash_flow") is not None  # the year to date of a fourth quarter is the year


def test_an_operating_result_taken_from_an_unnamed_subtotal_adds_up() -> None:
    """A lender takes its operating expenses from "Net revenue" (revenue 318,400 less its provision for
    losses 131,200 = 187,200; less 130,700 = 56,500 of operating income). Read from revenue, the check had
    failed (187,700 expected) and held back the revenue it blamed. The check now names the line it used,
    and credits only that line: revenue, which no check adds up, is printed as unchecked."""
    path = LAYOUTS / "lender_revenue_then_provision_then_net_revenue.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operating = [c for c in release.checks if c.name == "operating result"]
    assert len(operating) == 4 and all(c.passed for c in operating)
    assert operating[0].detail == "Net revenue - Total operating expenses = Income from operations"
    assert (operating[0].expected, operating[0].found) == (56_500_000, 56_500_000)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True)
    revenue = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"] == "revenue"]
    assert [(r["value"], r["verified"]) for r in revenue[:2]] == [
        ("318400000", "unchecked"), ("276900000", "unchecked")]


@pytest.mark.parametrize("header", [
    "                                                  Fiscal 1998\n"
    "                                 ------------------------------------------\n",  # as printed
    "",  # no year over the quarters
])
def test_quarters_numbered_side_by_side_never_take_the_reported_quarters_date(header: str) -> None:
    """"First | Second | Third Quarter" under "Fiscal 1998" in a release of the quarter ended March 31,
    1998: no column names its own date. The middle one had taken the narrative's March 31 and printed the
    second quarter's 31,160 as the third quarter's revenue, the others dropped as its repeats (round 111;
    without the year line, the first quarter's). Numbered quarters take a date only from the calendar their
    own words give, so here none is read, and the statement's own third quarter (33,338) stands alone."""
    path = LAYOUTS / "quarterly_data_columns_numbered_first_second_third_under_a_fiscal_year.txt"
    printed = ("                                                  Fiscal 1998\n"
               "                                 ------------------------------------------\n")
    text = path.read_text()
    assert printed in text
    release = core.parse_release(text.replace(printed, header).encode(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    revenue = {(r["period_end"], r["months"], r["value"]) for r in csv.DictReader(io.StringIO(out.getvalue()))
               if r["label"] in ("Net revenues", "Total net revenues")}
    assert ("1998-03-31", "3", "33338000") in revenue
    assert not {value for end, months, value in revenue if months == "3" and value in ("29860000", "31160000")}


def test_a_table_of_segments_beside_their_total_is_no_table_of_periods() -> None:
    """Sears Q2 2004 prints, under "* Domestic segment detail for the 13 weeks ended June 28, 2003", columns
    "Retail & Related Services | Credit & Financial Products | Corporate & Other | Total Domestic" that no
    period word heads (7,771 + 1,266 + 100 = 9,137). Dated by the narrative, the retail segment's 2003
    figures had been printed as the July 2004 quarter's (19 rows, 7,771 of revenue among them, beside the
    quarter's 8,781). A headerless table whose last column adds up the others is segments, not periods."""
    path = LAYOUTS.parent / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
    values = {r["value"] for r in csv.DictReader(io.StringIO(out.getvalue())) if r["period_end"] == "2004-07-03"}
    assert {"7771000000", "14415000000", "7588000000"}.isdisjoint(values)
    assert "8781000000" in values  # the quarter's own total revenues


def test_a_section_total_named_as_its_first_line_is_no_result_of_its_own() -> None:
    """"Income from discontinued operations" prints twice, a line and then the total of it and the gain on
    sale of real estate: taken for a result, the chain from income from continuing operations (5,385) had
    "expected 5,385 found 0" and failed in every column of a statement that adds up."""
    path = LAYOUTS / "discontinued_operations_total_named_as_its_first_line.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    results = [c for c in release.checks if c.name in ("result", "net result")]
    assert results and all(c.passed for c in results)
    assert not any("= Income from discontinued operations" in c.detail for c in results)


def test_balances_at_the_period_end_among_a_quarters_flows_are_written_as_balances() -> None:
    """A bank's highlights print "AT PERIOD END" total assets (1,674,019), deposits and shares outstanding
    under the quarter's and the year's columns: they had been written as operations of three months (and
    again of twelve). They are balances at December 31, each once; averages over the period stay flows."""
    path = LAYOUTS / "bank_highlights_at_period_end_rows_among_the_quarters_flows.txt"
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["label"] == "Total assets" and not r["concept"]]
    assert [(r["statement"], r["period_end"], r["months"], r["value"]) for r in rows] == [
        ("balance", "2006-12-31", "", "1674019000"), ("balance", "2005-12-31", "", "1597162000")]


def test_a_statement_is_titled_by_its_title_not_by_the_sentence_leading_into_it() -> None:
    """Round 128's Tillbrook (invented): "The following table sets forth the condensed consolidated statements
    of operations of the" / "company ... (in thousands, ...):" stands above the company's name and the title;
    the sentence had been the statement's title, and the nine months' table, titled by nothing but its
    "Successor | Predecessor" groups, had been called by them in the reader's notes."""
    path = LAYOUTS.parent / "ui" / "successor_quarter_beside_predecessor_ticker_on_the_otc_bulletin_board.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    quarter, nine_months = release.statements[:2]
    assert quarter.title == "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"
    assert (nine_months.title, nine_months.name) == ("", "statement of operations")
    assert any(note.message.startswith("the figures of statement of operations were read x1,000: the table prints "
                                       "no unit note, and CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS")
               for note in release.warnings)


def test_a_block_on_a_grid_of_its_own_after_the_statement_is_set_apart() -> None:
    """Round 124's Juniper Hearth (invented): a statement printing "% of sales" beside each twelve-week
    amount, then, after a blank line, "Restaurant Data:" whose four figures stand under the amounts and the
    percentages alike. No column was clean, and the rows with percentages were not read (no revenue, no net
    income). Without the block the statement's grid is whole: sales 84,118 and 77,905 for the quarters,
    281,406 for forty weeks; net income 3,560. The block is named in a warning, not read."""
    path = LAYOUTS.parent / "ui" / "restaurant_twelve_and_forty_week_periods_in_a_52_week_year.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2007-10-07", "3M 2006-10-01", "9M 2007-10-07",
                                                   "9M 2006-10-01"]
    revenue, net = operations.item("revenue"), operations.item("net_income")
    assert revenue is not None and [int(v) for v in revenue.values if v is not None] == [
        84_118_000, 77_905_000, 281_406_000, 259_118_000]
    assert net is not None and [int(v) for v in net.values if v is not None][:2] == [3_560_000, 3_351_000]
    assert not any("Restaurants open" in item.label for item in operations.items)
    assert any(w.table == "Restaurant Data" and w.message.startswith("its rows were not read")
               for w in release.warnings)


def test_figures_a_restatement_replaced_are_neither_facts_nor_prose_checks() -> None:
    """Round 134's Hartwell Axle (invented) restates 2015: net income 96,121 as previously reported, 103,558
    as restated (96,121 + 7,437 of the change's effect). The effect table's rows, headed "Consolidated Statement
    of Income, year ended December 31, 2015:", had given the superseded column as 2015's figures; and the
    narrative's "As previously reported, 2015 net income was $96.1 million, or $1.78 per diluted share" had
    failed two prose checks against the restated statement."""
    path = LAYOUTS / "effect_of_an_accounting_change_beside_the_restated_statements.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    frame = core.facts_frame(release)
    assert not frame[frame["value"] == 96_121_000].shape[0]
    # the effect table's balance lines, once read as 2015's operations
    assert list(frame[frame["label"] == "Inventories"]["statement"]) == ["balance", "balance"]
    net = frame[(frame["concept"] == "net_income") & (frame["period_end"].astype(str).str[:10] == "2015-12-31")
                & (frame["months"] == 12)]
    assert set(net["value"]) == {103_558_000}  # the statement of operations and the cash flow alike
    assert not [w.message for w in release.warnings if w.message.startswith("check failed: prose")]


def test_statistics_under_their_own_line_of_period_labels_are_no_rows_of_the_statement() -> None:
    """Round 143: "Units delivered 2,412" under "Q2/12   Q2/11", right below a statement in thousands."""
    path = LAYOUTS / "statistics_headed_q2_slash_12_right_under_the_statement.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    assert not frame[frame["label"].isin(["Units delivered", "Employees at period end"])].shape[0]


def test_a_two_column_tables_rows_under_its_period_labels_set_two_spaces_apart_are_no_rows_of_the_statement(
        ) -> None:
    """Round 687: lynx sets "Q3 2011  Q3 2010" two spaces apart over a non-GAAP table of two columns right
    under a statement of operations of four; read on as the statement's rows, "Cost of sales" and "Cash
    costs" had been printed under the prior year's nine months, "Cash costs per ounce" as an amount a share,
    unchecked and unwarned. The line of period labels heads a table of its own, which is no statement."""
    path = LAYOUTS / "a_two_column_non_gaap_table_headed_q3_two_spaces_apart_under_a_four_column_lynx_statement.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    frame = core.facts_frame(release)
    assert not frame[frame["line_first"] >= 40].shape[0]
    assert set(frame[frame["label"] == "Cost of sales"]["value"]) == {11_620_000, 9_874_000, 33_905_000,
                                                                       28_117_000}
    assert all(check.passed for check in release.checks)


@pytest.mark.parametrize(("line", "head"), [
    ("Q2 2008  Q2 2007", True), ("Q3 2011 Q3 2010", True), ("1H17  1H16", True), ("FY09 Q1  FY08 Q1", True),
    ("Q2 2008", False), ("2008  2007", False), ("Q2 2008 revenue rose", False),
])
def test_a_line_of_period_labels_however_close_heads_a_table_of_its_own(line: str, head: bool) -> None:
    from core.tables.lines import parts_of_years_only

    assert parts_of_years_only(line) is head


def test_a_fiscal_years_column_beside_numbered_quarters_is_not_the_narratives_quarter() -> None:
    """"First Quarter | ... | Fourth Quarter | Fiscal 2008" in a Q4 release: the last column is the year the
    quarters add up to (112,408 + 118,877 + 109,615 + 158,912 = 499,812), not the quarter to January 31,
    2009 the narrative reports (158,912 in the statement), so no period of the release takes its figures and
    no check fails for them."""
    path = LAYOUTS / "quarterly_table_with_a_fiscal_year_column_in_a_q4_release.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert all(check.passed for check in release.checks)
    assert not [(statement.title, period) for statement in release.statements
                for item in statement.items if item.label == "Net sales"
                for period, value in zip(statement.periods, item.values, strict=True)
                if value == Decimal("499812000") and period.months == 3]
    printed = _printed(path.stem)
    assert printed[("operations", "revenue", "2009-01-31", "3")] == Decimal("158912000")
    assert printed[("operations", "revenue", "2009-01-31", "12")] == Decimal("499812000")


def test_revenue_lines_without_a_total_are_what_the_operating_result_starts_from() -> None:
    """"Revenues:" over two lines and no total, then "Costs and expenses:": the operating result is the lines
    above the expenses less their total, 1,830 + 214 - 5,230 = (3,186) for the quarter and 6,920 + 702 -
    28,280 = (20,658) for the year, where the check had started from no revenue at all and failed."""
    path = LAYOUTS / "revenue_lines_without_a_total_above_costs_and_expenses.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    checks = {check.period: check for check in release.checks if check.name == "operating result"}
    assert {period: (check.expected, check.passed) for period, check in checks.items()} == {
        "3M 1997-12-31": (Decimal("-3186000"), True), "3M 1996-12-31": (Decimal("-2470000"), True),
        "12M 1997-12-31": (Decimal("-20658000"), True), "12M 1996-12-31": (Decimal("-9029000"), True)}
    assert checks["3M 1997-12-31"].detail.startswith("the lines above the expenses - Total costs and expenses")
    assert all(check.passed for check in release.checks)


# A share count's label wrapped over three lines, its figures on the middle one and "and diluted" under them,
# with a row after it (the PDF fixture pdf_share_count_label_wrapped_... has it as the statement's last row).
# 2,000 / 40,000 = 0.05.
SECOND_BASIS_UNDER_THE_FIGURES = """\
STATEMENTS OF OPERATIONS
(in thousands, except per share amounts)

                                               Three Months Ended June 30,
                                                 2019            2018
Revenue                                       $ 10,000        $ 9,000
Operating expenses                               8,000          8,500
Net income                                    $  2,000        $   500
Net income per share, basic and diluted       $   0.05        $  0.01
Weighted-average shares used in
computing net income per share, basic           40,000         39,000
and diluted
Dividends declared per share                  $   0.01        $  0.01
"""


def test_a_basis_wrapped_under_a_share_counts_figures_is_the_counts_second_basis() -> None:
    release = core.parse_release(SECOND_BASIS_UNDER_THE_FIGURES.encode(), "second_basis.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    facts = {(r["concept"], r["period_end"]): r["value"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert facts[("shares_basic", "2019-06-30")] == facts[("shares_diluted", "2019-06-30")] == "40000000"
    assert facts[("shares_diluted", "2018-06-30")] == "39000000"
    labels = [item.label for statement in release.statements for item in statement.items]
    assert "Weighted-average shares used in computing net income per share, basic and diluted" in labels
    assert "Dividends declared per share" in labels  # the row after it keeps its own label


def test_a_footnotes_breakdown_under_the_statement_is_no_row_of_it() -> None:
    """"(1) Amortization of deferred stock compensation relates to the following:" over "Research and development
    $341" and "General and administrative 165" (341 + 165 = 506, the statement's own amortization line): the
    footnote's rows, not a second research and development line of the statement."""
    path = LAYOUTS / "footnote_breakdown_of_stock_compensation_under_the_statement.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [item.label for item in operations.items].count("Research and development") == 1
    assert operations.item("research_and_development").values[0] == Decimal("6033000")
    assert not [item for item in operations.items if item.label.startswith(("(1)", "Total (1)"))]


def test_a_narrative_figure_is_checked_under_the_name_of_the_line_it_agrees_with() -> None:
    """"net loss attributable to common stockholders was $10,300,440": the net loss (7,882,560) plus the deemed
    dividend (2,417,880); its check had been named "prose: net_income", as if the net loss were 10.3 million."""
    path = LAYOUTS / "deemed_dividend_net_loss_to_common_in_actual_dollars_workiva.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    prose = {(c.name, c.expected) for c in release.checks if c.statement == "prose" and c.period == "3M 2023-09-30"}
    assert {("prose: net_income", Decimal("-7882560")),
            ("prose: net_income_to_common", Decimal("-10300440"))} <= prose
    assert ("prose: net_income", Decimal("-10300440")) not in prose


def test_a_caption_over_a_tables_rows_dates_no_other_table() -> None:
    """Brackwater's Q4 2009 release: "Fourth Quarter / 2009  2008  Change" over production and results, and
    later "As Previously Reported | As Restated" under the captions "Year ended December 31, 2008:" and
    "December 31, 2008:". The caption had been taken for the narrative's period: the highlights were dated a
    year early (0.14 at December 31, 2008), and the restatement's first column printed as 2008's (80,479)."""
    path = LAYOUTS / "restatement_captions_and_fourth_quarter_highlights_submission.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    eps = {(r["period_end"], r["value"]) for r in rows if r["label"] == "Diluted EPS"}
    assert eps == {("2009-12-31", "0.14"), ("2008-12-31", "-0.35")}
    assert not [r for r in rows if r["value"] in ("80479000", "641305000")]  # as first reported
    assert all(check.passed for check in release.checks)


def test_a_table_whose_periods_are_its_captions_has_no_period_columns() -> None:
    """The same restatement table built with a narrative's period at hand (12 months to December 31, 2008, the
    caption's own): its columns are versions, its periods the captions, and it yields no statement."""
    from core.readers.submission import read_submission_file
    from core.statements.build import build_statement
    from core.tables.period_headers import read_header

    path = LAYOUTS / "restatement_captions_and_fourth_quarter_highlights_submission.txt"
    submission = read_submission_file(path.read_bytes(), path.name)
    exhibit = submission.find("EX-99.1")
    assert exhibit is not None
    lines = submission.document(exhibit).lines
    table = next(t for t in find_tables(tuple(lines)) if any("As Previously" in line for line in t.title_lines))
    assert "December 31, 2008" in {row.section for row in table.rows}  # the balance sheet lines' caption
    assert build_statement(table, read_header("the twelve months ended December 31, 2008")) is None


def test_the_revenue_lines_without_a_total_end_where_the_expenses_total_starts_adding() -> None:
    """"Revenues:" over contract research revenue 1,840 and license fees 500, no total, then "Costs and
    expenses:" opening with "Process development and manufacturing" 2,215, a line the vocabulary does not
    name: the expenses' total 8,493 adds up from it down, so the revenue is 1,840 + 500 and the operating
    result 2,340 - 8,493 = (6,153). The manufacturing line had been taken for revenue: (3,938) expected, the
    check failed in every column and held the revenue lines back."""
    path = LAYOUTS / "revenue_lines_without_a_total_then_an_expense_the_vocabulary_does_not_name.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    checks = {c.period: c for c in release.checks if c.name == "operating result"}
    assert (checks["3M 2001-09-30"].expected, checks["3M 2001-09-30"].passed) == (Decimal("-6153000"), True)
    assert all(check.passed for check in release.checks)


def test_a_cost_subtotal_inside_the_expenses_is_no_revenue() -> None:
    """Product sales 31,420 and service 6,815 with no total, then "Cost of products" 22,960 and "Cost of
    services" 4,390 under "Total cost of revenue" 27,350, inside "Total costs and expenses" 38,300: the
    revenue is 38,235 and the operating result (65). The costs above the subtotal had been added to the
    revenue (expected 27,285, a failed check holding the revenue lines back)."""
    path = LAYOUTS / "year_caption_and_revenue_lines_without_a_total_over_a_cost_subtotal.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    quarter = next(c for c in release.checks if c.name == "operating result" and c.period == "3M 2001-12-31")
    assert (quarter.expected, quarter.found, quarter.passed) == (Decimal("-65000"), Decimal("-65000"), True)
    assert all(check.passed for check in release.checks)


@pytest.mark.parametrize(("name", "period", "net_income"), [
    # "... compared with $170.2 million in 2000, and net income was $9.4 million": the figure is 2001's
    ("narrative_year_of_the_clause_before_and_quarter_and_year_captions", "12M 2001-12-31", "9400000"),
    # "... net income of $3.8 million, or $0.25 per diluted share, in the first half of 2004"
    ("narrative_comparison_in_the_first_half_of_the_year_before", "6M 2004-06-30", "3800000"),
    # "Net income for fiscal 2005 was $11.5 million ..., compared with $3.4 million ... in fiscal 2004", after a
    # paragraph on the fourth quarters: the fiscal year by its name (had been the quarter's, and a loss)
    ("narrative_comparison_in_fiscal_year_named_after_a_fourth_quarter_paragraph", "12M 2004-10-02", "3400000"),
    # "... net income was $11.5 million, or $0.50 per diluted share, compared with $76.4 million and $8.0 million,
    # or $0.36 per diluted share, in 2005": 2006's figure (had been checked against 2005's and held it back)
    ("narrative_year_after_a_comparison_of_listed_figures", "12M 2006-12-31", "11500000"),
])
def test_a_narrative_figure_takes_the_year_its_own_clause_names(name: str, period: str, net_income: str) -> None:
    path = next(LAYOUTS.glob(f"{name}.*[!s]"))  # the release, not its .facts
    release = core.parse_release(path.read_bytes(), path.name)
    prose = {(c.period, c.expected) for c in release.checks if c.name == "prose: net_income" and c.passed}
    assert (period, Decimal(net_income)) in prose
    assert all(check.passed for check in release.checks)


def _read_changed(name: str, change: tuple[str, ...]) -> core.Release:
    """The layout fixture `name` read with one printed phrase changed (`change` is (old, new), or empty)."""
    text = (LAYOUTS / name).read_text()
    if change:
        assert change[0] in text
        text = text.replace(change[0], change[1])
    return core.parse_release(text.encode(), name)


@pytest.mark.parametrize(("change", "passes"), [
    ((), True),
    # no convertible security printed: nothing explains diluted EPS x shares above the net result
    (("7 1/2% Convertible subordinated notes", "7 1/2% Subordinated notes         "), False),
    # $0.40 fully diluted, above the primary $0.38: no conversion adds back that much (it would be anti-dilutive)
    ((f"Fully diluted{' ' * 33}$0.34", f"Fully diluted{' ' * 33}$0.40"), False),
])
def test_diluted_eps_may_add_back_a_convertible_securitys_interest(change: tuple[str, str], passes: bool) -> None:
    """A 1995 homebuilder's fully diluted $0.34 on 9,105 thousand shares is 3,095.7 against a net income of
    2,884: its convertible notes' after-tax interest (212) added back as if converted, unprinted. That is
    no more than primary EPS on the 1,493 shares dilution adds (567), so the check passes."""
    release = _read_changed("fully_diluted_eps_figured_as_if_the_convertible_notes_were_converted.txt", change)
    check = next(c for c in release.checks if c.name == "EPS diluted" and c.period == "3M 1995-03-31")
    assert check.passed is passes
    assert check.found == Decimal("2884000")


@pytest.mark.parametrize(("change", "checked"), [
    ((), True),
    # SG&A misprinted: no reading of the lines gives the operating result, so nothing is checked (a failure
    # would blame figures without knowing which lines are costs)
    (("administrative expenses          47,915", "administrative expenses          47,951"), False),
])
def test_without_a_total_the_expense_lines_are_checked_against_the_operating_result(
        change: tuple[str, str], checked: bool) -> None:
    """A retailer prints "Gross profit 69,135", "Selling, general and administrative expenses 47,915" and
    "Depreciation and amortization 6,880", no total of them, then "Operating income 14,340": 69,135 -
    47,915 - 6,880 = 14,340, so the check vouches for those lines (they had been marked "not checked")."""
    release = _read_changed("amount_and_share_of_sales_under_each_date_the_percent_heading_overhanging.txt", change)
    quarter = [c for c in release.checks if c.name == "operating result" and c.period == "3M 2007-07-28"]
    if not checked:
        assert quarter == []
        return
    assert [(c.expected, c.found, c.passed) for c in quarter] == [(Decimal("14340000"), Decimal("14340000"), True)]
    assert quarter[0].detail == ("Gross profit - Selling, general and administrative expenses - Depreciation and "
                                 "amortization = Operating income")


def test_the_company_s_net_result_is_checked_from_the_consolidated_one_above_it() -> None:
    """A REIT prints no operating result: "Net income 6,483", "Less: net income attributable to noncontrolling
    interests in the Operating Partnership (160)", "Net income attributable to Stonebridge Industrial Realty
    Trust, Inc. 6,323". The consolidated line starts the chain, so the company's net result is checked (its
    card had said "Not checked")."""
    path = LAYOUTS / "pdf_company_name_wrapped_in_an_attributable_label.pdf"
    release = core.parse_release(path.read_bytes(), path.name)
    net = [(c.period, c.expected, c.found, c.passed) for c in release.checks if c.name == "net result"]
    assert net[0] == ("3M 2025-09-30", Decimal("6323000"), Decimal("6323000"), True)
    assert len(net) == 4 and all(passed for *_, passed in net)


def test_a_statement_carried_onto_the_next_page_is_one_statement_its_repeated_line_held_once() -> None:
    """Corbin's statement of operations breaks after "Income (loss) from operations (4,773)" and the next page
    repeats that line ("$(4,773)") over the interest, taxes and net result: one statement, the line once, so
    the result chain adds it once (-4,773 + 141 = -4,632 before taxes)."""
    path = LAYOUTS / "statement_continued_on_the_next_page_repeating_its_last_line.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = [s for s in release.statements if s.kind == "operations"]
    assert len(operations) == 1
    labels = [item.label for item in operations[0].items]
    assert labels.count("Income (loss) from operations") == 1 and "Net income (loss)" in labels
    before_taxes = next(c for c in release.checks if c.name == "income before taxes" and c.period == "3M 2002-09-30")
    assert (before_taxes.expected, before_taxes.found, before_taxes.passed) == (
        Decimal("-4632000"), Decimal("-4632000"), True)


def test_a_total_of_other_expense_stored_as_income_is_footed_as_printed() -> None:
    """Harlan Ridge's "Total other expense, net  965" (1,108 of interest less 143 of other income) is stored as
    non-operating income of -965,000, the way the result chain subtracts it; its footing reads it as printed,
    passes, and the section's figures are printed (they had been held back by a footing of -965 against 965)."""
    path = LAYOUTS / "other_expense_section_whose_total_is_stored_as_income.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [c for c in release.checks if not c.passed] == []
    footed = [(c.period, c.expected, c.found) for c in release.checks
              if c.name == "footing" and c.detail.startswith("Total other expense, net")]
    assert footed == [("3M 2013-03-31", Decimal("965000"), Decimal("965000")),
                      ("3M 2012-03-31", Decimal("1208000"), Decimal("1208000"))]
    frame = core.facts_frame(release)
    other = frame[frame["concept"] == "nonoperating_income"]
    assert sorted(other["value"]) == [-1_208_000, -965_000]


def test_an_unlabelled_net_under_a_less_line_is_the_line_above_net() -> None:
    """Ashcombe's balance sheet nets "Real estate investments, at cost" 512,843 and "Less accumulated
    depreciation" (71,406) on an unlabelled line, 441,437: it is the real estate, net, not "Total assets" (the
    heading it stands under); and Tolliver's backlog, counted in homes, is 702 homes, not 702 thousand."""
    release = core.parse_release((LAYOUTS / "unlabelled_net_real_estate_under_its_accumulated_depreciation.txt")
                                 .read_bytes(), "ashcombe.txt")
    balance = release.statement("balance")
    assert balance is not None
    labels = {item.label: item.values for item in balance.items}
    assert labels["Real estate investments, net"] == (Decimal("441437000"), Decimal("429697000"))
    assert [label for label, values in labels.items() if values[0] == Decimal("441437000")] == [
        "Real estate investments, net"]
    homes = core.parse_release((LAYOUTS / "homebuilder_backlog_counted_in_homes.txt").read_bytes(), "tolliver.txt")
    operations = homes.statement("operations")
    assert operations is not None
    backlog = next(item for item in operations.items if item.label.startswith("Backlog"))
    assert (backlog.kind, backlog.values) == ("count", (Decimal("702"), Decimal("596")))


def test_labels_w3m_wrapped_after_than_and_after_a_totals_first_words_are_one_label() -> None:
    """"Taxes Other Than" / "Income Taxes   38.4" and "Total Operating" / "Revenues   783.4" (round 494): a label
    ends on no "Than", and a total's first words name no heading over rows. Both had been named by their
    second line alone ("Income Taxes", read as the income tax)."""
    path = LAYOUTS / "w3m_label_wrapped_after_than.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    labels = [item.label for item in operations.items]
    assert "Taxes Other Than Income Taxes" in labels and "Income Taxes" not in labels
    assert "Total Operating Revenues" in labels and "Revenues" not in labels


def test_a_label_wrapped_inside_its_parentheses_is_one_label() -> None:
    """"Securities held to maturity (fair value" / "$48,812 and $51,077)   48,301   50,233": a parenthesis left
    open runs the label on; the row had been named by its second line alone."""
    path = LAYOUTS / "label_wrapped_inside_its_parentheses.txt"
    balance = core.parse_release(path.read_bytes(), path.name).statement("balance")
    assert balance is not None
    held = [item for item in balance.items if item.label.startswith("Securities held to maturity")]
    assert [(item.label, item.values) for item in held] == [
        ("Securities held to maturity (fair value $48,812 and $51,077)", (Decimal(48_301_000), Decimal(50_233_000)))]


def test_one_eps_line_naming_no_basis_is_the_one_whose_count_divides_into_it() -> None:
    """"Earnings per share: / Net income  $0.42" over a basic count of 18,402,115 and a diluted one of
    18,805,330: $7,654 thousand / 18,402,115 is $0.42, / 18,805,330 is $0.41, so the line is the basic EPS
    and no diluted EPS is printed (the Overview had shown "EPS, diluted $0.42", verified)."""
    printed = _printed("one_eps_line_under_a_heading_naming_no_basis_beside_two_counts")
    assert printed[("operations", "eps_basic", "1999-06-30", "3")] == Decimal("0.42")
    assert not any(concept == "eps_diluted" for _, concept, _, _ in printed)
    assert printed[("operations", "shares_diluted", "1999-06-30", "3")] == Decimal(18_805_330)


@pytest.mark.parametrize(("name", "label", "value"), [
    # 'Net sales' of Engineered Components (168,228) and Fluid Systems (137,642), neither the company's 305,870
    ("each_businesss_block_of_net_sales_under_a_title_naming_no_statement", "Net sales", None),
    # the first segment's 61,578 had been printed for the company's 96,215
    ("segments_beside_their_total_under_one_date", "Net sales", Decimal(96_215_000)),
])
def test_a_segment_table_prints_no_segments_line_as_the_companys(name: str, label: str, value: Decimal | None) -> None:
    source = next(p for p in LAYOUTS.glob(f"{name}.*") if p.suffix == ".htm")
    release = core.parse_release(source.read_bytes(), source.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    printed = {Decimal(r["value"]) for r in csv.DictReader(io.StringIO(out.getvalue()))
               if r["label"] == label and not r["concept"] and r["statement"] == "operations"}
    assert printed == (set() if value is None else {value})


def test_a_headline_between_dashes_is_no_row_of_a_table() -> None:
    """"-- Revenues Up 7% to $1.53 Billion; Net Orders Down 18% --": a wire service's headline bullet, whose
    closing dashes had been read as a zero; the Data page had opened on a table of that one row (UI-12)."""
    name = "homebuilder_quarter_loss_in_a_profitable_half_year_hartwell_q2_2022.txt"
    source = Path(__file__).parent / "fixtures" / "ui" / name
    release = core.parse_release(source.read_bytes(), source.name)
    assert "-- Revenues Up 7%" in release.lines[4]
    assert all(statement.span.first > 5 for statement in release.statements)
    assert release.statements[0].kind == "operations"


def test_five_stars_after_a_rows_last_figure_leave_its_figures_a_row() -> None:
    printed = _printed("five_stars_after_a_rows_last_figure")
    assert [printed[("operations", "restructuring", end, "3")] for end in ("2005-06-30", "2005-03-31", "2004-06-30")
            ] == [Decimal(0), Decimal(1_250_000), Decimal(2_310_000)]


def test_a_cash_flows_tail_alone_on_the_next_page_carries_the_statement_on() -> None:
    """The change in cash, printed a page after the financing flows under the repeated header, is the cash
    flow's: it had been dropped (round 363), the gold's flows still read but the statement cut short."""
    printed = _printed("a_cash_flows_change_in_cash_alone_on_the_next_page")
    assert any(concept == "net_change_in_cash" for statement, concept, _, _ in printed if statement == "cash_flow")


def test_headlines_between_double_dashes_are_the_highlights() -> None:
    """"-- Revenues Up 7% to $1.53 Billion; Net Orders Down 18% --" under the headline: the release's highlights
    as a wire service sets them (the Overview had said "The release lists no highlights": UI-13)."""
    name = "homebuilder_quarter_loss_in_a_profitable_half_year_hartwell_q2_2022.txt"
    source = Path(__file__).parent / "fixtures" / "ui" / name
    release = core.parse_release(source.read_bytes(), source.name)
    assert release.metadata.highlights == ("Revenues Up 7% to $1.53 Billion; Net Orders Down 18%",
                                           "Results Include $212.6 Million of Inventory-Related Charges")


def test_a_footnote_digit_glued_to_a_closing_parenthesis_leaves_the_figure() -> None:
    """"(412)2": a figure in parentheses with its footnote's digit run onto it (round 370: folded into the
    label, the quarter's other expense lost and the pretax check failing on correct figures)."""
    from core.tables.lines import classify

    line = classify(1, "Other income (expense), net    (412)2    318    (655)    602")
    assert line.label == "Other income (expense), net"
    assert [cell.value for cell in line.cells] == [Decimal(-412), Decimal(318), Decimal(-655), Decimal(602)]


def test_a_carriers_statistics_under_its_statement_are_counts_and_rates() -> None:
    """A trucker's "Average tractors in service  1,612" and "Revenue per loaded mile  $ 1.291" below its share
    counts, in a table "in thousands": 1,612,000 and 1,291 dollars had been printed (round 371)."""
    source = LAYOUTS / "a_carriers_statistics_below_its_share_counts.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = release.statement("operations")
    assert operations is not None
    tractors = next(item for item in operations.items if item.label == "Average tractors in service")
    rate = next(item for item in operations.items if item.label == "Revenue per loaded mile")
    assert (tractors.kind, tractors.values[0]) == ("count", Decimal(1612))
    assert (rate.kind, rate.values[0]) == ("per_share", Decimal("1.291"))


def test_lines_a_unit_notes_except_clause_names_are_not_in_its_unit() -> None:
    """A driller's selected data above its statement of income, under "(In thousands, except per share amounts,
    percentages and dayrates)" (round 651, invented): "Average dayrate — jackups  $98,600" is dollars a day (98.6
    million had been printed), and "Fleet utilization — semisubmersibles  88", printing no "%", a percentage, no
    amount (88,000 dollars had been). The summary's revenue stays in thousands, as the note says."""
    source = LAYOUTS / "a_selected_data_table_except_percentages_and_dayrates_above_the_statement.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    lines = {item.label: (item.kind, item.values) for statement in release.statements for item in statement.items}
    assert lines["Average dayrate — jackups"] == ("per_share", (Decimal(98_600), Decimal(96_250), Decimal(91_400)))
    assert lines["Average dayrate — semisubmersibles"][1][0] == Decimal(312_450)
    assert lines["Fleet utilization — semisubmersibles"] == ("percent", (Decimal(88), Decimal(91), Decimal(86)))
    assert lines["Fleet utilization — jackups (%)"][0] == "percent"
    assert lines["Operating revenues"] == ("amount", (Decimal(420_730_000), Decimal(398_215_000),
                                                      Decimal(372_050_000)))


def test_a_measure_reconciled_from_the_net_income_is_no_operating_income() -> None:
    """An insurer's highlights print "Operating income (1)" (185.9 for the quarter, under a net income of 194.0)
    and a "RECONCILIATION OF NET INCOME TO OPERATING INCOME (1)" derives it from the net income less realized
    gains net of tax (194.0 - 8.1): the company's own after-tax measure, no line of a statement, printed
    with no concept (round 430: it had been the operating income)."""
    printed = _printed("operating_income_reconciled_from_net_income_in_highlights_alone")
    assert not [key for key in printed if key[1] == "operating_income"]
    assert printed[("operations", "net_income", "2005-06-30", "3")] == Decimal("194000000")


def test_a_totals_name_cut_after_and_other_runs_on() -> None:
    """Tri-County Energy (round 588, invented) prints "Total Deferred Credits and Other" over "      Liabilities
    40,000": one subtotal, no total liabilities (the release prints none); "Liabilities" alone had named it so."""
    printed = _printed("a_utilitys_total_name_cut_after_and_other")
    assert not [key for key in printed if key[1] == "total_liabilities"]
    path = LAYOUTS / "a_utilitys_total_name_cut_after_and_other.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    labels = [item.label for statement in release.statements for item in statement.items]
    assert "Total Deferred Credits and Other Liabilities" in labels


def test_a_running_foot_is_no_part_of_the_next_pages_first_label() -> None:
    """pdftotext sets "Ridgeline Environmental Services, Inc. — Third Quarter 2011 Results Page 2" right above
    "Deferred revenue   63.2   60.5" (round 576, invented): the foot had been glued to the row's label."""
    path = LAYOUTS / "pdftotext_running_foot_glued_before_the_next_pages_first_row.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    labels = [item.label for statement in release.statements for item in statement.items]
    assert "Deferred revenue" in labels
    assert not [label for label in labels if "Page" in label]


def test_operating_statistics_at_their_headings_indent_are_counted_as_printed() -> None:
    """A school's "Selected Operating Data" (round 577, invented) under a statement "(In thousands, except per
    share data)": "Total student enrollment at May 31  38,412" and "New student starts  9,806" stand at the
    heading's own indent. The total had closed the heading, and the starts were read as 9,806,000."""
    path = LAYOUTS / "operating_data_rows_at_their_headings_indent_under_a_note_of_thousands.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    counts = {item.label: (item.kind, item.values) for statement in release.statements for item in statement.items
              if "student" in item.label}
    assert counts == {
        "Total student enrollment at May 31": ("count", (Decimal(38_412), Decimal(35_048), None, None)),
        "New student starts": ("count", (Decimal(9_806), Decimal(9_147), Decimal(31_408), Decimal(29_215))),
    }


def test_operating_statistics_under_a_cash_flow_are_counted_as_printed() -> None:
    """A school's "SELECTED OPERATING DATA" (round 628, invented) right under its cash flow "(In thousands)",
    with no header of its own: "Total enrollment at end of period  41,870" and "Campuses at end of period  44"
    had been read as 41,870,000 and 44,000 dollars of cash flow."""
    path = LAYOUTS / "operating_data_under_a_cash_flow_in_thousands.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    counts = {item.label: (item.kind, item.values) for statement in release.statements for item in statement.items
              if "end of period" in item.label and "Cash" not in item.label}
    assert counts == {
        "Total enrollment at end of period": ("count", (Decimal(41_870), Decimal(35_720))),
        "Campuses at end of period": ("count", (Decimal(44), Decimal(41))),
    }


def test_a_measure_straight_under_the_net_income_is_no_operating_income() -> None:
    """Granite Shoal (round 578, invented) prints "Net income 14,858", "Less: net realized investment gains
    (losses), net of tax (268)" and "Operating income (1) 15,126" under a whole chain down from its pre-tax
    result, no share counts between: the company's own measure (14,858 + 268), printed with no concept (it had
    been the operating income, the operating result's failed check cleared by the line's own subtraction)."""
    name = "an_insurers_operating_income_memo_straight_under_the_net_income"
    printed = _printed(name)
    assert not [key for key in printed if key[1] == "operating_income"]
    assert printed[("operations", "net_income", "2006-09-30", "3")] == Decimal("14858000")
    path = LAYOUTS / f"{name}.txt"
    assert [c.name for c in core.parse_release(path.read_bytes(), path.name).checks if not c.passed] == []


def test_a_segments_costs_and_results_are_not_the_companys() -> None:
    """Larkspur (round 437) prints its homebuilding block's "Operating income (loss)" (-419,312) and SG&A, then
    the financial services block, then "Total pretax income (loss)" = -433,630 + 4,299 = -429,331 thousand.
    The company prints no operating income nor SG&A of its own: none is printed; the total, which adds up
    one line of each segment though it stands under the last one, stays the company's."""
    printed = _printed("homebuilder_operating_loss_under_its_segment_heading_no_company_total")
    concepts = {concept for _, concept, _, _ in printed}
    assert not concepts & {"operating_income", "selling_general_administrative", "cost_of_revenue"}
    assert printed["operations", "income_before_taxes", "2007-08-31", "3"] == Decimal(-429_331_000)
    assert printed["operations", "revenue", "2007-08-31", "9"] == Decimal(4_635_946_000)


@pytest.mark.parametrize(("name", "statement", "label"), [
    # "Accumulated other comprehensive income   214   (387)" / "(loss)": w3m's wrap of a long cell (round 445)
    ("a_parenthesis_of_a_label_wrapped_under_its_figures", "balance", "Accumulated other comprehensive income (loss)"),
    # "Total Northgate Capital Partners," / "Inc. stockholders' equity": a name cut at its comma (round 443)
    ("a_company_name_cut_at_its_comma_under_its_equity_total", "balance",
     "Total Northgate Capital Partners, Inc. stockholders' equity"),
    # "Weighted-average" / "shares used in" / "computing net income" / "(loss) per share:" over "Basic"
    ("share_count_heading_wrapped_before_loss_per_share", "operations", None),
])
def test_words_wrapped_under_a_row_or_a_heading_stay_its_own(name: str, statement: str, label: str | None) -> None:
    """Words a renderer wrapped under a row's figures or a heading's first lines end that label, whatever
    they open with: a parenthesis of lower-case words, or, after a comma, a capital."""
    source = next(p for p in LAYOUTS.glob(f"{name}.*") if p.suffix in (".txt", ".htm"))
    release = core.parse_release(source.read_bytes(), source.name)
    table = next(s for s in release.statements if s.kind == statement)
    if label is not None:
        assert label in [item.label for item in table.items]
    else:
        counts = [item for item in table.items if item.kind == "shares"]
        assert [(item.concepts, item.values[0]) for item in counts] == [
            (("shares_basic",), Decimal(96_120_000)), (("shares_diluted",), Decimal(99_845_000))]


def test_a_segments_cost_lines_keep_the_sign_they_were_printed_with() -> None:
    """In Larkspur's homebuilding block every cost is printed as a deduction: "Construction and land costs
    (1,318,220)" and "Selling, general and administrative expenses (211,380)" for the quarter. Neither is the
    company's, so both keep the printed sign; SG&A had been shown as +211,380 beside -1,318,220 (UI-21),
    its sign turned by the concept the segment's block then took away."""
    source = LAYOUTS / "homebuilder_operating_loss_under_its_segment_heading_no_company_total.txt"
    operations = next(s for s in core.parse_release(source.read_bytes(), source.name).statements
                      if s.kind == "operations")
    quarter = {item.label: item.values[0] for item in operations.items if item.section == "Homebuilding"}
    assert quarter["Construction and land costs"] == Decimal(-1_318_220_000)
    assert quarter["Selling, general and administrative expenses"] == Decimal(-211_380_000)


@pytest.mark.parametrize(("name", "end", "shorter", "longer", "revenue"), [
    # HTML: "For the Three and Nine Months Ended September 30," over "2021 2020 2021 2020"
    ("years_alone_under_a_caption_of_three_and_nine_months", "2020-09-30", "3", "9", (84_107_000, 236_870_000)),
    # text: "FOR THE THREE AND SIX MONTHS ENDED JUNE 30, 2006 AND 2005" over "2006 2005 2006 2005"
    ("years_alone_under_a_title_of_three_and_six_months", "2005-06-30", "3", "6", (162_110_000, 309_440_000)),
])
def test_years_alone_in_two_like_groups_take_the_captions_two_lengths_in_order(
        name: str, end: str, shorter: str, longer: str, revenue: tuple[int, int]) -> None:
    """The caption counts out two lengths, shorter first; the first group of years is the shorter's, the
    second the longer's. The nine months of 2020 (236,870) had been printed as its quarter (84,107)."""
    printed = _printed(name)
    assert (printed["operations", "revenue", end, shorter], printed["operations", "revenue", end, longer]) == revenue
    assert {months for statement, _, _, months in printed if statement == "operations"} == {shorter, longer}


@pytest.mark.parametrize(("name", "printed", "unlike"), [
    ("years_alone_under_a_title_of_three_and_six_months.txt", "2006         2005         2006         2005",
     "2006         2005         2005         2004"),
    # the caption set over the first three columns by the page's layout, the last "2019" alone: it had taken
    # the story's quarter, and its nine months had been printed as the quarter of 2019
    ("years_alone_under_a_caption_of_three_and_nine_months.htm",
     '<b>2021</b></td><td colspan="2" style="text-align:center"><b>2020</b></td></tr>',
     '<b>2020</b></td><td colspan="2" style="text-align:center"><b>2019</b></td></tr>'),
])
def test_years_alone_in_unlike_groups_under_a_caption_of_two_lengths_are_not_dealt_its_lengths(
        name: str, printed: str, unlike: str) -> None:
    """"2006 2005 2005 2004" under "FOR THE THREE AND SIX MONTHS ENDED ...": which years are the quarter's is
    not said; the statement is left unread rather than guessed."""
    source = LAYOUTS / name
    assert printed in source.read_text()
    text = source.read_text().replace(printed, unlike)
    try:
        release = core.parse_release(text.encode(), source.name)
    except core.ReleaseParseError as error:  # the statement of operations was the release's one statement
        assert "has no column whose header says both when its period ended and how long it was" in str(error)
        return
    assert release.statement("operations") is None


def test_a_highlights_line_named_at_year_end_is_a_balance_not_a_flow() -> None:
    """"Total assets at year end  $ 1,807,863  $ 1,707,351" under a highlights table's "2002 | 2001" (round 448):
    written as twelve months of total assets among the statement of operations' rows, it is a balance at the
    year's end, as a line under an "AT PERIOD END" heading is."""
    source = LAYOUTS / "bank_highlights_balances_at_year_end_among_the_years_flows.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["label"] == "Total assets at year end"]
    assert [(r["statement"], r["period_end"], r["months"], r["value"]) for r in rows] == [
        ("balance", "2002-12-31", "", "1807863000"), ("balance", "2001-12-31", "", "1707351000")]


def test_an_amount_a_label_names_wrapped_to_the_margin_ends_the_label() -> None:
    """"... net of income taxes of" then "$41,300" alone at the margin, left of every column (w3m, round 449):
    the amount the label names, not a row of figures of its own (it had been read as 41,300 thousand for the
    quarter, and the net result's check failed on it)."""
    source = LAYOUTS / "an_amount_a_label_names_wrapped_to_the_margin_by_w3m.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = next(s for s in release.statements if s.kind == "operations")
    labels = [item.label for item in operations.items]
    assert "Cumulative effect of accounting change, net of income taxes of $41,300" in labels
    assert "" not in labels
    assert all(check.passed for check in release.checks if check.statement == "operations")


def test_no_statement_column_ends_after_the_release_is_issued() -> None:
    """A balance sheet's prior year end misprinted "December 31, / 1999" in a release of October 21, 1999: the
    column is not read (no cash burn or runway from a balance sheet of the future), and a warning names why."""
    source = LAYOUTS / "a_balance_sheet_year_misprinted_after_the_release_date.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    balance = next(s for s in release.statements if s.kind == "balance")
    assert [period.end.isoformat() for period in balance.periods] == ["1999-09-30"]
    assert any("column 2 ('December 31, 1999') was not read: its end, 1999-12-31, falls after the release's own "
               "date (1999-10-21)" in str(d) for d in release.diagnostics)


def test_headers_centred_half_a_cell_left_of_their_figures_head_their_own_columns() -> None:
    """Chromium's landscape PDF of Halvorsen's balance sheet (round 451, round 464): "September 30, / 2014" stands
    left of every column and "December 31, / 2013" in the gap between the two. Each heads its own column by
    order; the first had been dropped and the second given to both, dating September's figures December 31,
    2014 (after the release: held back, with a warning)."""
    source = LAYOUTS / "headers_centred_half_a_cell_left_of_their_figures_in_a_landscape_pdf.pdf"
    release = core.parse_release(source.read_bytes(), source.name)
    balance = next(s for s in release.statements if s.kind == "balance")
    assert [period.end.isoformat() for period in balance.periods] == ["2014-09-30", "2013-12-31"]
    cash = next(item for item in balance.items if item.label == "Cash and cash equivalents")
    assert [str(value) for value in cash.values] == ["73513000", "84215000"]
    assert not any("falls after the release's own date" in str(d) for d in release.diagnostics)


def test_statistics_under_their_own_heads_are_no_rows_of_the_statement_above() -> None:
    """"OPERATING STATISTICS" over "Fourth Quarter   Twelve Months" (no "Ended") under a statement with the same
    heads (round 467): the statistics are a table of their own, never the statement's rows in its thousands
    ("Revenue per tractor per week $3,412" had been printed as $3,412,000 of the statement of income)."""
    source = LAYOUTS / "operating_statistics_under_their_own_quarter_and_twelve_months.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = next(s for s in release.statements if s.kind == "operations")
    labels = {item.label for item in operations.items}
    assert "Net income" in labels
    assert not labels & {"Revenue per tractor per week", "Average tractors in service", "Operating ratio"}


def test_a_statement_whose_headers_stand_a_column_right_is_not_read() -> None:
    """pdftotext set Corvane's statement of operations (round 488) with one row packed left of the headers: the
    first column of each group is headed by nothing, and "2015 | 2014 | $ Change" fall a column right. The
    unread column holds the next two added up (total revenues 4,517 = 6,626 + (2,109), a period plus its
    change), so one of those is a change read as a period; none of the statement's columns is read (the nine
    months' revenue had been printed as -1,808, every sum footing), and the balance sheet still is."""
    source = LAYOUTS / "statement_whose_headers_pdftotext_set_a_column_right.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    assert release.statement("operations") is None
    balance = release.statement("balance")
    assert balance is not None and balance.item("total_assets") is not None
    assert any("was skipped" in str(d) and "STATEMENTS OF OPERATIONS" in str(d) for d in release.diagnostics)


def test_a_sum_left_unread_is_no_change_column_read_as_a_period() -> None:
    """The rule's other side: a change column left unread beside the two periods it compares (Southern
    Company's "2004 | 2003 | Change", its retail and wholesale revenues of the quarter and the year) is no sum
    of them, and the statement is read as printed."""
    from core.statements.columns import _a_sum_left_unread
    from core.tables.numbers import Cell
    from core.tables.raw import RawRow

    def row(*values: int) -> RawRow:
        return RawRow("line", tuple(Cell(str(v), 0, 0, 0, Decimal(v)) for v in values), 1, 1, 0, "", False)

    compared = [row(2194, 1968, 226), row(305, 324, -19), row(9731, 8875, 856), row(1343, 1358, -15)]
    assert _a_sum_left_unread(compared, [0, 1]) is None
    shifted = [row(4517, 6626, -2109), row(312, 508, -196), row(4205, 6118, -1913)]
    assert _a_sum_left_unread(shifted, [1, 2]) == (0, 1, 2)


def test_cash_printed_under_each_of_two_businesses_is_neither_the_companys() -> None:
    """A homebuilder's balance sheet by business (round 498, invented): "Homebuilding:" / "Cash and cash
    equivalents" 48,210 and "Financial services:" / "Cash and cash equivalents" 6,120, the company's 54,330
    printed nowhere. Neither line is its cash (the homebuilding cash had been printed as the company's); the
    total assets still are: 48,210 + 1,062,480 + 84,730 + 6,120 + 142,380 = 1,343,920 (and 121,640 + 894,170
    + 79,360 + 4,870 + 168,410 = 1,268,450 at December 31, 2001)."""
    source = LAYOUTS / "homebuilder_balance_sheet_by_business_each_with_its_cash.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    balance = release.statement("balance")
    assert balance is not None and balance.item("cash_and_equivalents") is None
    assert [item.values for item in balance.items if item.label == "Cash and cash equivalents"] == [
        (Decimal(48_210_000), Decimal(121_640_000)), (Decimal(6_120_000), Decimal(4_870_000))]
    total = balance.item("total_assets")
    assert total is not None and total.values == (Decimal(1_343_920_000), Decimal(1_268_450_000))
    assert not release.failed_checks


def test_a_heading_under_an_unlabelled_sum_does_not_name_it() -> None:
    """An IFRS sheet (invented): the non-current assets' sum, 146,755 + 119,510 + 9,894 + 3,892 = 280,051, printed
    without a label, then the heading "Current assets" over its lines. A result or a total printed under its
    figures names them (w3m's rules inside a cell), but a heading does not: 280,051 is no current assets. It
    is the total of the heading above it, "Non-current assets" (since round 535 the layout reads as flat, its
    one indented line a label's continuation, "  parent", and its headings stay open to their sums)."""
    source = LAYOUTS / "ifrs_pounds_thousands_column_units.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    balance = release.statement("balance")
    assert balance is not None
    assert all(item.values[0] != Decimal(280_051_000) for item in balance.items if item.concepts)
    assert [item.label for item in balance.items if item.values[0] == Decimal(280_051_000)] == [
        "Total Non-current assets"]
    current = balance.item("total_current_assets")
    assert current is not None and current.values[0] == Decimal(207_063_000)  # 58,432 + 78,732 + 1,787 + 68,112


def test_a_book_value_per_share_among_a_quarters_flows_is_a_figure_at_its_date() -> None:
    """Tidewater Casualty's highlights (round 497, invented): "Book value per share $26.42 | $26.87" under "Three
    Months Ended March 31, 1997 | 1996". Equity over the shares outstanding at each March 31, no three months'
    figure: written as the balance-sheet figure at its date, as a bank's "AT PERIOD END" lines are."""
    import io

    path = LAYOUTS.parent / "checks" / "insurer_highlights_book_value_per_share_beside_the_quarters.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["label"] == "Book value per share"]
    assert [(r["statement"], r["period_end"], r["months"], r["value"]) for r in rows] == [
        ("balance", "1997-03-31", "", "26.42"), ("balance", "1996-03-31", "", "26.87")]


def test_costs_printed_as_deductions_under_no_heading_are_stored_positive_by_the_arithmetic() -> None:
    """Round 564: every cost between the revenue and the operating income in parentheses, no heading, no
    total. 4,266 - 2,282 - 1,139 - 402 - 41 = 402, the operating income printed: each line is a cost, stored
    positive, those the vocabulary names ("Cost of sales — products") and those it does not alike."""
    path = LAYOUTS / "every_cost_a_deduction_under_no_heading_some_named_by_their_words.htm"
    statement = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert statement is not None
    costs = {item.label: item.values for item in statement.items if not item.concepts and item.kind == "amount"}
    millions = Decimal(1_000_000)
    assert costs == {
        "Cost of sales — products": (2_282 * millions, 2_147 * millions),
        "Cost of sales — services": (1_139 * millions, 1_106 * millions),
        "General and administrative expenses": (402 * millions, 388 * millions),
        "Amortization of acquired intangibles": (41 * millions, 43 * millions),
    }


def test_a_gain_among_deductions_keeps_its_sign() -> None:
    """The same statement with a gain printed positive among the deductions: the revenue less every line taken
    as a cost is no longer the operating income, so no line is turned."""
    path = LAYOUTS / "every_cost_a_deduction_under_no_heading_some_named_by_their_words.htm"
    html = path.read_text().replace("Amortization of acquired intangibles", "Gain on sale of a business")
    html = html.replace('(41)</td><td align="right">(43)', '41</td><td align="right">43')
    # the operating income as the gain gives it: 4,266 - 2,282 - 1,139 - 402 + 41 = 484
    html = html.replace('402</td><td align="right">376', '484</td><td align="right">462')
    assert "484" in html and "(41)" not in html
    statement = core.parse_release(html.encode(), path.name).statement("operations")
    assert statement is not None
    gna = next(item for item in statement.items if item.label == "General and administrative expenses")
    assert gna.values[0] == Decimal(-402_000_000)


def test_the_parts_of_a_cost_printed_as_deductions_are_stored_positive_with_it() -> None:
    """Round 562: "Total cost of sales (2,026)" under "Products (1,495)" and "Services (531)": the parts add up
    to the total as printed, and are stored positive with it (1,495 + 531 = 2,026), so its footing holds."""
    path = LAYOUTS / "cost_of_sales_heading_over_parts_and_total_all_in_parentheses.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    statement = release.statement("operations")
    assert statement is not None
    under_cost = [item.values for item in statement.items if item.section == "Cost of sales" and not item.concepts]
    millions = Decimal(1_000_000)
    assert under_cost == [(1_495 * millions, 1_398 * millions), (531 * millions, 512 * millions)]
    assert all(check.passed for check in release.checks if check.name == "footing")


def test_a_block_of_expenses_in_parentheses_under_no_heading_is_stored_positive_with_its_total() -> None:
    """Round 659: every operating expense in parentheses under no heading, over "Total operating expenses
    (44,500)": the lines add up to the total as printed, and are stored positive with it (9,340 + 15,120 +
    4,480 + 12,605 + 2,955 = 44,500), so its footing holds and no expense is held back."""
    path = LAYOUTS / "every_expense_and_their_total_in_parentheses_under_no_heading.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    statement = release.statement("operations")
    assert statement is not None
    first = next(i for i, item in enumerate(statement.items) if item.label == "Voyage costs")
    thousands = Decimal(1_000)
    expenses = [item.values[0] for item in statement.items[first:first + 5]]
    assert expenses == [v * thousands for v in (9_340, 15_120, 4_480, 12_605, 2_955)]
    assert all(check.passed for check in release.checks if check.name == "footing")


def test_a_statistics_table_captioned_left_of_its_own_column_heads_is_no_rows_of_the_statement() -> None:
    """Marrowick (round 599): "FLEET DATA   Q4 2004   Q4 2003   FY 2004   FY 2003" under the statement of
    operations "(In thousands of U.S. dollars ...)" heads a table of its own: its 24.0 vessels, 2,184 operating
    days and $26,743 a day are read as printed, never as thousands of dollars of the statement above (they had
    been printed as 24,000, 2,184,000 and 26,743,000, the caption glued into the first label)."""
    path = LAYOUTS / "a_statistics_table_captioned_left_of_its_quarter_heads_under_a_statement.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [item.label for item in operations.items] == ["Voyage revenues", "Time charter revenues",
                                                         "Total revenues", "NET INCOME"]
    fleet = next(s for s in release.statements if s.kind == "other")
    assert [p.key for p in fleet.periods] == ["3M 2004-12-31", "3M 2003-12-31", "12M 2004-12-31", "12M 2003-12-31"]
    assert {item.label: item.values[0] for item in fleet.items} == {
        "Average number of vessels": Decimal("24.0"), "Operating days": Decimal("2184"),
        "TCE per operating day": Decimal("26743")}


def test_things_counted_at_a_date_under_a_statement_in_thousands_of_dollars_are_read_as_printed() -> None:
    """Tallgrass (round 591): "Access lines at June 30   312,480   298,715" and "Cellular subscribers at June 30"
    under a statement "(Thousands of Dollars Except Per Share Amounts)" count lines and people, not dollars:
    they had been read as $312,480,000 of the six months."""
    path = LAYOUTS / "things_counted_at_a_date_under_a_statement_in_thousands_of_dollars.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    counted = {item.label: (item.kind, [v for v in item.values if v is not None]) for item in operations.items
               if " at June 30" in item.label}
    assert counted == {"Access lines at June 30": ("count", [Decimal(312480), Decimal(298715)]),
                       "Cellular subscribers at June 30": ("count", [Decimal(41250), Decimal(27900)])}


@pytest.mark.parametrize(("label", "counted"), [
    ("Access lines at June 30", True),  # round 591
    ("Cellular subscribers at end of period", True),
    ("Total student enrollment at May 31", True),  # round 577
    ("Customers at quarter-end", True),
    ("Backlog at June 30", True),  # matched here, and kept an amount by STATISTIC_IN_MONEY
    ("Revenue per access line at June 30", False),
    ("Net income", False),
    ("Weighted average shares outstanding", False),
])
def test_the_words_of_things_counted_at_a_date(label: str, counted: bool) -> None:
    assert bool(COUNTED_AT_A_DATE.match(label)) is counted


def test_eps_under_preferred_dividends_is_checked_on_the_result_less_them_where_that_adds_up() -> None:
    """Round 595: "NET INCOME 7,030 / 1,798", "Dividends on Series B preferred shares (2,312)", then EPS $0.11 and
    $(0.01) and no net income to common: the EPS is on 7,030 - 2,312 = 4,718 and 1,798 - 2,312 = (514), and the
    check compares it with those. Where the EPS is on neither result ($0.15: 6.2 million on 41.2 million shares),
    it still fails, and the net income stays held back."""
    path = LAYOUTS / "preferred_dividends_between_the_net_income_and_its_eps_with_no_result_to_common.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    eps_checks = [check for check in release.checks if check.name.startswith("EPS")]
    assert len(eps_checks) == 4 and all(check.passed for check in eps_checks)
    assert {check.found for check in eps_checks} == {Decimal(4_718_000), Decimal(-514_000)}
    wrong = core.parse_release(path.read_bytes().replace(b"$0.11", b"$0.15"), path.name)
    assert not all(check.passed for check in wrong.checks if check.name == "EPS basic")
    out = io.StringIO()
    write_facts_csv(wrong, out)
    assert not [r for r in csv.DictReader(io.StringIO(out.getvalue()))
                if r["concept"] == "net_income" and r["period_end"] == "2019-06-30"]


def test_a_partnerships_per_unit_figure_is_checked_on_the_limited_partners_share_where_that_adds_up() -> None:
    """Round 652 (invented): "Net income 13,782", then "Allocation of net income:" over "General partner's
    interest ... 1,322" and "Limited partners' interest 12,460", then "Net income per limited partner unit" $0.58
    on 21,480 thousand units: the check compares EPS x units with 13,782 - 1,322 = 12,460, and the net income
    stays the partnership's. Without the general partner's line, with the limited partners' line itself; where
    the per-unit figure is on neither ($0.70), the check still fails."""
    path = LAYOUTS / "partnership_allocation_of_net_income_above_its_per_unit_figures.txt"
    data = path.read_bytes()
    release = core.parse_release(data, path.name)
    eps_checks = [check for check in release.checks if check.name.startswith("EPS")]
    assert len(eps_checks) == 8 and all(check.passed for check in eps_checks)
    assert all(check.detail.endswith("- General partner's interest, including incentive distribution rights")
               for check in eps_checks)
    assert {check.found for check in eps_checks} == {Decimal(12_460_000), Decimal(10_215_000),
                                                    Decimal(36_118_000), Decimal(29_766_000)}
    operations = release.statement("operations")
    assert operations is not None and operations.value("net_income", operations.periods[0]) == Decimal(13_782_000)
    no_general = re.sub(rb"   General partner's interest, including\n.*\n.*\n", b"", data)
    assert no_general != data
    lp_line = [check for check in core.parse_release(no_general, path.name).checks if check.name.startswith("EPS")]
    assert len(lp_line) == 8 and all(check.passed and check.detail.endswith("= Limited partners' interest")
                                     for check in lp_line)
    wrong = core.parse_release(data.replace(b"$     0.58   $     0.51", b"$     0.70   $     0.51"), path.name)
    assert not all(check.passed for check in wrong.checks if check.name == "EPS basic")


def test_one_count_under_preferred_dividends_is_the_count_of_the_eps_it_gives() -> None:
    """Round 595: one "Weighted average common shares outstanding 41,208" beside basic EPS 0.11 and diluted 0.10,
    under "Net income 7,030" and "Preferred stock dividends (2,312)": 4,718 / 41,208 is the basic EPS, not the
    diluted one, so the count is the basic count only, and no diluted count of 41,208,000 is printed."""
    path = LAYOUTS / "one_share_count_beside_basic_and_diluted_eps_under_preferred_dividends.txt"
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["value"] for r in rows if r["concept"] == "shares_basic"} == {"41208000", "40987000"}
    assert [r for r in rows if r["concept"] == "shares_diluted"] == []


@pytest.mark.parametrize("name", [
    "bank_ratios_titled_over_their_durations_after_a_three_date_balance_sheet",
    "bank_ratios_titled_over_their_durations_after_a_two_year_income_statement",
])
def test_a_block_titled_over_its_own_durations_is_no_rows_of_the_statement_above(name: str) -> None:
    """Round 599 (invented): "SELECTED RATIOS (annualized)   Three Months   Nine Months" under a bank's balance
    sheet at Sept. 30, 1998, Dec. 31, 1997 and Sept. 30, 1997 (and "SELECTED RATIOS   Fourth Quarter   Year"
    under a two-year statement of income). The block had been read on as the statement's rows, the nine
    months' return on average assets (1.23%) a balance at December 31, 1997, the title glued into the first
    label. The block heads its own columns: it is a table of its own, and names no year, so nothing of it is
    read as the statement's."""
    path = LAYOUTS / f"{name}.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    labels = [item.label for statement in release.statements for item in statement.items]
    assert not [label for label in labels if "ratio" in label.lower() or "Return on" in label
                or "margin" in label.lower() or "Book value" in label]
    tables = find_tables(split_lines(path.read_text()))
    ratios = [table for table in tables if any("Return on average assets" in row.label for row in table.rows)]
    assert len(ratios) == 1 and ratios[0].rows[0].label == "Return on average assets"
    assert len(tables) == 2


def test_a_lower_case_fragment_over_an_unlabelled_sum_ends_the_row_above() -> None:
    """Round 603 (invented): w3m at 80 columns sets "Restructuring   —   4,200" / "charges" over the costs'
    total printed without a label ("310,520   296,648"). "charges" had named the total, a row of no concept,
    and the total operating expenses were lost: the words end the restructuring's label, and the figures are
    the sum of the costs' heading, footing with the lines above it."""
    path = LAYOUTS / "an_unlabelled_costs_total_under_a_label_wrapped_in_w3m.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    assert "charges" not in [item.label for item in operations.items]
    restructuring = operations.item("restructuring")
    assert restructuring is not None and restructuring.label == "Restructuring charges"
    total = operations.item("total_operating_expenses")
    assert total is not None and [str(value) for value in total.values] == ["310520000", "296648000"]
    assert all(check.passed for check in release.checks)


def test_a_wrapped_labels_first_line_beside_its_percent_of_sales_starts_the_amounts_label() -> None:
    """Round 597 (invented): w3m sets "Selling, general and administrative" beside the "% of Sales" cells
    (24.5%, 24.7%) and "expenses" beside the amounts (101,230, 94,870). The two lines are one row: the amounts
    had been read under "expenses" alone, with no concept, SG&A lost in every period."""
    path = LAYOUTS / "a_wrapped_label_whose_first_line_carries_the_percent_of_sales_in_w3m.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    items = [item for statement in release.statements for item in statement.items]
    assert not [item for item in items if item.label == "expenses"]
    sga = [item for item in items if item.concept == "selling_general_administrative"]
    assert [item.label for item in sga] == ["Selling, general and administrative expenses"]
    assert sga[0].values == (Decimal("101230000"), Decimal("94870000"))
    assert (sga[0].span.first, sga[0].span.last) == (11, 12)


_QUARTER_AND_YEAR_TO_DATE = """\
                    CONSOLIDATED STATEMENTS OF INCOME
             (In thousands, except per share amounts, unaudited)

                                Quarter Ended            Year to Date
                                  June 30,                 June 30,
                              2007         2006        2007         2006
                            --------     --------    --------     --------
Total operating revenues    $211,365     $198,945    $411,110     $385,035
Net income                  $ 12,689     $ 13,373    $ 22,177     $ 24,250
"""

_BALANCE_SHEET_AT = """

                       CONDENSED CONSOLIDATED BALANCE SHEETS
                                (In thousands)

                                            June 30,     {day:>9}
                                              2007           {year}
                                            --------     ------------
Total assets                                $624,663       $607,415
"""


@pytest.mark.parametrize(("story", "balance_sheet", "months"), [
    # the words say where the fiscal year ends: six months to June 30
    ("Prairie Line Transport, whose fiscal year ends December 31, reported its results.\n\n", "", "6"),
    ("Results for the fiscal year ended December 31, 2006 were restated.\n\n", "", "6"),
    # nothing says it: unread, with the warning
    ("", "", None),
    # a balance sheet beside the quarter before (March 31): its second day is no fiscal year's end
    ("", _BALANCE_SHEET_AT.format(day="March 31,", year="2007"), None),
    # a year-end ending September 30: the year to date at June 30 is nine months
    ("", _BALANCE_SHEET_AT.format(day="September 30,", year="2006"), "9"),
    # the words and the balance sheet disagree: unread
    ("Our fiscal year ends March 31.\n\n", _BALANCE_SHEET_AT.format(day="December 31,", year="2006"), None),
])
def test_a_year_to_date_counts_from_the_fiscal_year_end_the_release_states(
        story: str, balance_sheet: str, months: str | None) -> None:
    """Round 600 (invented): "Quarter Ended / June 30," beside "Year to Date / June 30," had left the year to date
    unread though the release said where its fiscal year ends, by a balance sheet's year-end column or in words.
    It counts from that day; where nothing says it, or two things disagree, it stays unread, with the warning."""
    text = story + _QUARTER_AND_YEAR_TO_DATE + balance_sheet
    release = core.parse_release(text.encode(), "ytd.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = {(r["concept"], r["period_end"], r["months"]): r["value"]
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["statement"] == "operations"}
    assert rows[("revenue", "2007-06-30", "3")] == "211365000"
    to_date = {key: value for key, value in rows.items() if key[2] != "3"}
    if months is None:
        assert to_date == {}
        assert any("names no period length" in w.message for w in release.warnings)
    else:
        assert to_date == {("revenue", "2007-06-30", months): "411110000",
                           ("revenue", "2006-06-30", months): "385035000",
                           ("net_income", "2007-06-30", months): "22177000",
                           ("net_income", "2006-06-30", months): "24250000"}
        assert not any("names no period length" in w.message for w in release.warnings)


_ONE_FIGURE_COLUMN = (LAYOUTS / "lynx_one_figure_column_each_figure_one_space_after_its_label.txt").read_text()


@pytest.mark.parametrize(("heading", "row", "read"), [
    # as lynx set it: one length, one date at the left margin, each figure one space after its label
    ("     Nine Months Ended\n   September 30, 2006\n", "", True),
    # two lengths over one date: which the one figure is, nothing says
    ("     Three Months Ended   Nine Months Ended\n   September 30, 2006\n", "", False),
    # two years over one figure a row: no column is named
    ("     Nine Months Ended\n   September 30, 2006 and 2005\n", "", False),
    # a year ending a label among the rows is no figure: nothing is read rather than 2,012 of something
    ("     Nine Months Ended\n   September 30, 2006\n", "   Senior notes due 2012\n", False),
    # a row of two figures under one period: a column of its own the heading does not name
    ("     Nine Months Ended\n   September 30, 2006\n", "   Other 1,204 1,180\n", False),
])
def test_one_figure_column_set_one_space_after_its_labels(heading: str, row: str, read: bool) -> None:
    """Round 609 (invented): lynx set a cash flow of one column as narrow as its rows, each figure one space after
    its label, the heading at the left margin; read as prose, the statement had been dropped with no warning. It is
    read where the heading right above names one period and each line prints one figure; any doubt about a
    figure's column leaves the lines as they were."""
    before, _, after = _ONE_FIGURE_COLUMN.partition("     Nine Months Ended\n   September 30, 2006\n")
    first, _, rest = after.partition("\n")
    release = core.parse_release(f"{before}{heading}{first}\n{row}{rest}".encode(), "one_column.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    flows = {(r["concept"], r["period_end"], r["months"]): r["value"]
             for r in csv.DictReader(io.StringIO(out.getvalue())) if r["statement"] == "cash_flow" and r["concept"]}
    if read:
        assert flows == {("net_income", "2006-09-30", "9"): "51463000",
                         ("operating_cash_flow", "2006-09-30", "9"): "70056000",
                         ("investing_cash_flow", "2006-09-30", "9"): "-37455000",
                         ("financing_cash_flow", "2006-09-30", "9"): "-21732000",
                         ("net_change_in_cash", "2006-09-30", "9"): "10869000"}
    else:
        assert flows == {}


def test_title_case_words_under_a_rows_cents_end_its_label_and_keep_it_per_share() -> None:
    """Round 614 (invented, a utility's 2013 release at w3m's 80 columns): "Dividends Declared Per   $ 0.385" /
    "Common Share", the statement's last row, had been read as $385 thousand under the note "(In thousands,
    except per share amounts)"; "Income Before Income   35,252" / "Taxes" as no line. The words under the
    figures end the label; "Basic   $ 0.51" over the heading "Average Common Shares" / "Outstanding" is no
    label they end."""
    path = LAYOUTS / "title_case_labels_w3m_wrapped_under_their_figures_at_80_columns.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    labels = {item.label: [str(value) for value in item.values] for item in operations.items}
    assert labels["Dividends Declared Per Common Share"] == ["0.385", "0.375", "0.770", "0.750"]
    assert labels["Income Before Income Taxes"] == ["35252000", "27116000", "89218000", "75329000"]
    assert "Diluted Average Common Shares" not in labels
    diluted = [item for item in operations.items if "shares_diluted" in item.concepts]
    assert [str(value) for value in diluted[0].values] == ["44410000", "44096000", "44365000", "44051000"]


def test_title_case_per_share_words_never_end_a_label_over_amounts() -> None:
    """A heading "Per Common Share" under a row of thousands ("Attributable to Pinwheel Brands, Inc.   $ 194,092"),
    as w3m at 80 columns set a toy maker's 2015 statement (round 544), heads the EPS rows under it: joined to the
    row, the net earnings had been read as EPS of $194,092 (round 614's first rule, caught by the dump)."""
    text = "\n".join([
        "PINWHEEL BRANDS, INC.",
        "CONSOLIDATED STATEMENTS OF OPERATIONS",
        "(Thousands of Dollars, Except Per Share Data)",
        "                    Quarter Ended",
        "                    September 27,  September 28,",
        "                    2015           2014",
        "Income Taxes          68,550         59,293",
        "Net Earnings          193,090        167,018",
        "Net Earnings",
        "Attributable to     $ 194,092      $ 167,018",
        "Pinwheel Brands,",
        "Inc.",
        "Per Common Share",
        "Net Earnings",
        "Attributable to",
        "Pinwheel Brands,",
        "Inc.",
        "Basic               $ 1.55         $ 1.31",
        "Diluted             $ 1.53         $ 1.30",
        "",
    ])
    release = core.parse_release(text.encode(), "pinwheel.txt")
    operations = release.statement("operations")
    assert operations is not None
    rows = {item.label: ([str(value) for value in item.values], item.kind) for item in operations.items}
    assert rows["Attributable to Pinwheel Brands, Inc."] == (["194092000", "167018000"], "amount")
    assert rows["Basic"] == (["1.55", "1.31"], "per_share") and rows["Diluted"] == (["1.53", "1.30"], "per_share")
    assert not any("Per Common Share" in label for label in rows)


@pytest.mark.parametrize(("name", "label", "value"), [
    ("markdown_flattened_cash_flow_of_one_period", "Depreciation and amortization", "4310000"),
    ("pipe_table_of_one_column_a_label_filling_its_tab_stop", "Proceeds from exercise of stock options", "3120000"),
    ("cell_per_line_one_column_with_a_three_digit_figure", "Deferred income taxes", "330000"),
])
def test_each_row_of_a_one_column_scrape_keeps_its_own_figure(name: str, label: str, value: str) -> None:
    """Round 612 (invented): a cash flow of one period ("Three Months Ended / August 31, 2014") as markdown
    scrapes print it. Flattened onto one line, it had no run of years to give its width and was never read;
    as a pipe table, the one tab after a 39-character label expanded to one space and the row was read as
    words of the next one's label ("Proceeds from exercise of stock options 3,120 Net cash used in financing
    activities", the financing cash flow lost); one cell a line, the three-digit "330" had been taken for a
    word and its row dropped. Each row keeps its figure, for the quarter, and no label holds a figure."""
    path = LAYOUTS / f"{name}.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    cash = release.statement("cash_flow")
    assert cash is not None
    assert [(period.end, period.months) for period in cash.periods] == [(date(2014, 8, 31), 3)]
    row = [item for item in cash.items if item.label == label]
    assert len(row) == 1 and [str(v) for v in row[0].values] == [value]
    assert not [item.label for item in cash.items if any(c.isdigit() for c in item.label)]
    assert all(check.passed for check in release.checks)


def test_a_year_end_column_takes_no_day_of_the_quarter_a_year_before() -> None:
    """Harborlight Hospitality (round 619, invented): "Year-End / 1998" beside "September 10, 1999" over a
    third quarter's balance sheet, the income statement's columns "Sept. 10, 1999 | Sept. 11, 1998". The
    year-end column had been dated September 11, 1998, a quarter no balance sheet is given for; the year's end
    is no date the release prints, so the column is left unread and said so."""
    source = LAYOUTS / "balance_column_headed_year_end_beside_the_quarters_day.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    balance = next(statement for statement in release.statements if statement.kind == "balance")
    assert [period.end.isoformat() for period in balance.periods] == ["1999-09-10"]
    assert any("'Year-End 1998') was not read" in warning.message for warning in release.warnings)


@pytest.mark.parametrize(("name", "label", "values"), [
    ("markdown_flattened_receivable_label_holding_its_allowances_in_dollars",
     "Accounts receivable, net of allowances of $612 and $580", ["27840000", "25110000"]),
    ("markdown_flattened_receivable_label_net_of_an_allowance_of_two_dollar_figures",
     "Accounts receivable, net of allowance of $1,215 and $1,040", ["9815000", "7620000"]),
    ("markdown_flattened_common_stock_label_with_its_par_value_and_share_counts",
     "Common stock, $0.001 par value; 100,000 shares authorized; 28,530 and 28,010 shares issued and outstanding,"
     " and additional paid-in capital", ["98725000", "93520000"]),
])
def test_figures_inside_a_flattened_rows_label_stay_in_its_label(name: str, label: str, values: list[str]) -> None:
    """Rounds 610 and 613 (invented): a markdown scrape's balance sheet flattened onto one line, a row's label
    carrying figures of its own ("net of allowances of $612 and $580   27,840   25,110", "$0.001 par value;
    100,000 shares authorized; 28,530 and 28,010 shares issued"). The label's figures had been read as rows of
    one cell: the row was dropped or lost its label's front, its section's footing failed and cash or equity
    was held back. The figures stay in the label, the row keeps its own, and every check passes."""
    path = LAYOUTS / f"{name}.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    row = [item for item in balance.items if item.label == label]
    assert len(row) == 1 and [str(v) for v in row[0].values] == values
    assert release.checks and all(check.passed for check in release.checks)


@pytest.mark.parametrize("name", ["cell_per_line_table_of_four_columns_under_a_one_column_cash_flow",
                                  "cell_per_line_one_column_table_with_its_own_head_under_a_one_column_cash_flow"])
def test_another_tables_rows_are_no_rows_of_a_one_column_cash_flow(name: str) -> None:
    """Round 615 (invented): one cell a line, a "Revenue and Carloads by Commodity Group" table (its own title,
    unit note "(Revenue in millions; carloads in thousands)" and heads "Revenue / Carloads / 2Q18 2Q17 2Q18
    2Q17") under a one-column six-month cash flow. Its "Total freight" row, four figures under one label, had
    been read as four rows of the cash flow's column: 1,846, then three unnamed rows of 1,702, 1,538 and 1,468,
    a quarter's freight revenue and carloads dated as six months' cash. Printed with one column ("Revenue" /
    "2Q18"), its rows had been read on as the cash flow's. The cash flow keeps its own row alone."""
    source = LAYOUTS / f"{name}.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    cash = release.statement("cash_flow")
    assert cash is not None
    assert [(period.end, period.months) for period in cash.periods] == [(date(2018, 6, 30), 6)]
    assert [(item.label, [str(value) for value in item.values]) for item in cash.items] == [
        ("Cash and cash equivalents at end of period", ["412000000"])]
    values = {str(value) for statement in release.statements for item in statement.items for value in item.values}
    assert not values & {"1846000000", "1702000000", "1538000000", "1468000000", "604000000", "338000000"}


def test_a_heading_in_capitals_over_a_row_in_mixed_case_is_no_part_of_its_label() -> None:
    """Brightleaf Tobacco (round 621, invented HTML): "CASH PROVIDED BY (USED IN) OPERATING ACTIVITIES" over "Net
    earnings  $544.8", no colon after the heading. The heading had been run into the row's label, and the cash
    flow's net income left unnamed; a wrapped label keeps its case, so capitals over mixed case are a heading."""
    path = Path(__file__).parent / "fixtures" / "html" / "cash_flow_headings_in_capitals_over_rows_in_mixed_case.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    cash = release.statement("cash_flow")
    assert cash is not None
    labels = {item.label: item for item in cash.items}
    assert labels["Net earnings"].concepts == ("net_income",)
    assert labels["Net earnings"].values == (Decimal("544800000"),)
    assert labels["Capital expenditures"].values == (Decimal("-74900000"),)  # -74.9 + 3.2 = -71.7 invested
    assert labels["Dividends paid"].values == (Decimal("-393800000"),)


@pytest.mark.parametrize("path", [
    LAYOUTS / "operating_statistics_headed_by_quarters_and_a_change_left_of_their_figures_under_a_balance_sheet.txt",
    LAYOUTS.parent / "pdf" / "operating_statistics_headed_by_quarters_and_a_change_under_a_balance_sheet.pdf",
], ids=["text", "pdf"])
def test_a_line_of_quarters_and_a_change_heads_statistics_of_their_own_under_a_balance_sheet(path: Path) -> None:
    """Tidewater Air Lines (round 617, invented): "OPERATING STATISTICS" under the balance sheet (June 30, 2001 /
    December 31, 2000), headed "Q2 2001   Q2 2000   Change" about 17 characters left of its figures in the PDF's
    text. The header had been read as the first row's label's words ("Q2 2001 Q2 2000 Change Revenue passengers
    carried (000)") and the passengers, seat miles and load factor as balances at the sheet's dates (2,871,000
    at December 31, 2000). Those rows are no balances but the two quarters' statistics, under their own title;
    the sheet keeps its own rows, which add up."""
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    assert [period.end for period in balance.periods] == [date(2001, 6, 30), date(2000, 12, 31)]
    assert [item.label for item in balance.items][-1] == "Total liabilities and shareholders' equity"
    statistics = next(statement for statement in release.statements if statement.title == "OPERATING STATISTICS")
    assert [(period.end, period.months) for period in statistics.periods] == [(date(2001, 6, 30), 3),
                                                                               (date(2000, 6, 30), 3)]
    first = statistics.items[0]
    assert (first.label, [str(value) for value in first.values]) == (
        "Revenue passengers carried (000)", ["2906000", "2871000"])  # its "(000)"
    assert [str(v) for v in balance.item("total_assets").values] == ["1211468000", "1169709000"]
    assert all(check.passed for check in release.checks)


def test_a_flattened_balance_sheets_unlabelled_grand_totals_glued_to_the_row_before_are_read() -> None:
    """Round 617 (invented): an HTML balance sheet flattened onto one line prints its totals of the assets
    and of the liabilities and equity without words, each glued onto the row before it ("Other assets  31,405
    29,980  $ 1,488,681  $ 1,465,629"): the row keeps its own two figures and the pair after them is the side's
    total, for the lines above add up to it; where they do not, neither is read."""
    path = LAYOUTS / "markdown_flattened_balance_sheet_unlabelled_grand_totals_glued_to_the_row_before.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    other = frame[frame["label"] == "Other assets"]
    assert sorted(other["value"]) == [29_980_000, 31_405_000]
    for concept in ("total_assets", "total_liabilities_and_equity"):
        assert sorted(frame[frame["concept"] == concept]["value"]) == [1_465_629_000, 1_488_681_000]
    assert sorted(frame[frame["concept"] == "stockholders_equity"]["value"]) == [751_560_000, 778_404_000]
    off = path.read_text().replace("1,488,681", "1,488,618")
    frame = core.facts_frame(core.parse_release(off.encode(), path.name))
    assert not frame["concept"].isin(["total_assets", "total_liabilities_and_equity"]).any()
    assert not (frame["label"] == "Other assets").any()


def test_a_flattened_one_column_cash_flow_with_its_dollar_sign_set_apart_from_the_figure_is_read() -> None:
    """Round 616 (invented): a cash flow of one period flattened onto one line, the "$" one space after the
    first label and its figure after a wide run of spaces ("Net income $           7,591", an HTML "$" cell at
    the column's left edge): the figure stands padded apart as "Net income           $7,591" does, so the
    table is read under its header, not lost."""
    path = LAYOUTS / "markdown_flattened_cash_flow_of_one_period_dollar_sign_set_apart_from_its_figure.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    rows = {(row.label, row.months): row.value for row in frame.itertuples()}
    assert rows[("Net income", 6)] == 7_591_000
    assert rows[("Net cash provided by operating activities", 6)] == 31_331_000
    assert rows[("Net cash used in financing activities", 6)] == -13_413_000
    assert not frame["label"].str.contains("Six Months").any()


def test_a_flattened_heading_run_into_the_first_of_two_cost_of_sales_parts_leaves_neither_the_whole() -> None:
    """Round 635 (invented): a markdown scrape flattened an HTML statement of earnings onto one line, the heading
    "Operating costs and expenses" run into the label under it, no colon between ("Operating costs and expenses
    Cost of sales - products  667.9 ..."). The heading is split off as a heading on its own line would be, so
    "Cost of sales - products" and "Cost of sales - services" are read as the two parts they are: the release
    prints no total cost of sales, and neither part is the cost of revenue (the services part had been)."""
    path = LAYOUTS / "markdown_flattened_cost_of_sales_parts_under_a_heading_run_into_the_first.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    assert not (frame["concept"] == "cost_of_revenue").any()
    parts = frame[frame["label"].str.startswith("Cost of sales")]
    assert set(parts["label"]) == {"Cost of sales - products", "Cost of sales - services"}
    assert set(parts["concept"]) == {""}
    totals = frame[frame["concept"] == "total_operating_expenses"]
    assert sorted(totals["value"]) == [1_058_200_000, 1_109_900_000, 3_135_600_000, 3_294_000_000]


def test_years_clipped_to_two_digits_are_read_only_where_the_header_makes_them_years() -> None:
    """Round 625 (invented): "YTD 07", "3Q07" and a line of years "2007   2006   07   06" under "Nine Months"
    name 2007 and 2006; the two digits are a year only after "YTD" or a quarter's or half's number, or on a line
    printing the year they clip, never a count after "YTD" nor a figure in a row. A quarter clipped under words
    naming another length ("Six Months Ended June 30," run over a bank's "2Q23") keeps that length and gains no
    year (it had been read as six months, the six months' column dropped as its repeat)."""
    from core.tables.lines import LineKind, classify
    from core.tables.period_headers import read_header

    assert read_header("YTD 07").year == 2007 and read_header("YTD 07").ytd
    assert read_header("YTD06").year == 2006
    assert (read_header("3Q07").year, read_header("3Q07").months) == (2007, 3)
    assert (read_header("Q3 07").year, read_header("Q3 07").months) == (2007, 3)
    assert read_header("YTD 12 months").year is None
    assert read_header("YTD 3Q07").months is None  # the year to date, not the quarter
    spanned = read_header("Six Months Ended June 30, 2Q23")
    assert (spanned.months, spanned.year) == (6, None)
    assert classify(7, "                 2007     2006     07     06").kind is LineKind.YEARS
    assert classify(7, "                 2007     2006     07     05").kind is LineKind.DATA  # 05 clips no year here
    assert classify(7, "Net income       2007     2006     07     06").kind is LineKind.DATA
    path = LAYOUTS / "nine_months_over_a_line_of_clipped_years.htm"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    assert frame["concept"].notna().all() and (frame["label"] != "").all()
    nine = frame[(frame["concept"] == "revenue") & (frame["months"] == 9)]
    assert sorted(zip(nine["period_end"].astype(str), nine["value"], strict=True)) == [
        ("2006-09-30", 296_321_000), ("2007-09-30", 309_349_000)]


def test_fiscal_year_columns_beside_dated_quarters_are_the_years_where_nothing_says_otherwise() -> None:
    """Round 625 (invented): "Three Months Ended January 31, 2018 | ... 2017 | Fiscal 2018 | Fiscal 2017" (or
    "Fiscal Year 2018", "FY18"): the fiscal years' columns are twelve months ending on the day the quarter of
    their year prints, not the "Three Months Ended" beside them. Where the story reports the second quarter
    of the year, that day ends no fiscal year, and the years' columns are left unread, not dated."""
    path = LAYOUTS / "fiscal_2018_columns_beside_quarter_columns_each_dated.htm"
    text = path.read_text()

    def years(release: str) -> dict[str, int]:
        frame = core.facts_frame(core.parse_release(release.encode(), path.name))
        rows = frame[(frame["concept"] == "revenue") & (frame["months"] == 12)]
        return {str(end): int(value) for end, value in zip(rows["period_end"], rows["value"], strict=True)}

    whole = {"2018-01-31": 253_045_000, "2017-01-31": 190_757_000}
    assert years(text) == whole
    assert years(text.replace("Fiscal 2018", "Fiscal Year 2018").replace("Fiscal 2017", "Fiscal Year 2017")) == whole
    assert years(text.replace("Fiscal 2018", "FY18").replace("Fiscal 2017", "FY17")) == whole
    second = text.replace("<table>", "<p>Lumenwise Software, Inc. today reported results for its second quarter of "
                                     "fiscal 2018, which ended January 31, 2018.</p><table>")
    assert years(second) == {}


def test_fiscal_years_named_a_year_behind_dated_quarters_are_left_unread_not_dealt_their_days() -> None:
    """Round 625 (invented): "Three Months Ended January 29, 2018 | Three Months Ended January 30, 2017 | Fiscal
    2017 | Fiscal 2016", a retailer's fiscal years named for the calendar year they start in. Each whole date is
    its own column's (the words in order had dealt "January 29" over 2018 and 2017, "January 30" over 2017 and
    2016: the prior quarter dated a day early, both years printed as quarters); which day each fiscal year
    ends the release does not say, so those columns are left unread with a warning. Named for the years the
    quarters end in ("Fiscal 2018 | Fiscal 2017"), they are the years whole, as before."""
    path = LAYOUTS / "fiscal_years_named_a_year_behind_quarters_each_dated.htm"
    html = path.read_text()
    text = "\n".join(core.parse_release(html.encode(), path.name).lines)  # the same header set out in lines

    def read(release: str, name: str) -> tuple[dict[tuple[str, int], int], list[str]]:
        parsed = core.parse_release(release.encode(), name)
        frame = core.facts_frame(parsed)
        rows = frame[frame["concept"] == "revenue"]
        return ({(str(end), int(months)): int(value) for end, months, value
                 in zip(rows["period_end"], rows["months"], rows["value"], strict=True)},
                [warning.message for warning in parsed.warnings])

    quarters = {("2018-01-29", 3): 69_535_000, ("2017-01-30", 3): 53_305_000}
    for release, name in ((html, path.name), (text, "fiscal_years.txt")):
        facts, warnings = read(release, name)
        assert facts == quarters
        assert any("'Fiscal 2017'" in warning and "fiscal year" in warning for warning in warnings)
        assert any("'Fiscal 2016'" in warning and "fiscal year" in warning for warning in warnings)
    named_for_their_ends = html.replace("Fiscal 2017", "Fiscal 2018").replace("Fiscal 2016", "Fiscal 2017")
    assert read(named_for_their_ends, path.name)[0] == quarters | {
        ("2018-01-29", 12): 253_045_000, ("2017-01-30", 12): 190_757_000}


def test_counts_printed_in_full_under_a_thousands_note_with_no_eps_are_held_back_with_a_warning() -> None:
    """Round 638 (invented, lynx): "Basic   42,118,402" and "Diluted   42,605,117" under "(In thousands, except
    per share data)", the statement printing a net income of 10,790 and no EPS. Read in thousands the counts are
    42 billion shares, the net income a fortieth of a cent a share; no EPS can say they are in full. They are
    held back, the warning saying why, and the net income stands."""
    path = LAYOUTS / "lynx_counts_printed_in_full_under_a_thousands_note_with_no_eps.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    printed = _printed(path.stem)
    assert not [key for key in printed if key[1].startswith("shares")]
    assert printed[("operations", "net_income", "2012-12-31", "3")] == Decimal(10_790_000)
    warned = [d for d in release.diagnostics if "share counts 'Basic', 'Diluted' were not read" in str(d)]
    assert [(d.span.first, d.span.last) for d in warned if d.span is not None] == [(13, 17)]


WRAPPED_RULE_UNDER_BASIC = """\
                       CONSOLIDATED STATEMENTS OF INCOME
                   (In thousands, except per share amounts)

                                   Three Months Ended        Nine Months Ended
                                        July 31,                 July 31,
                                      2003        2002          2003        2002
Net income                       $  30,207   $  20,897   $    76,606   $  51,109
Earnings per share:
   Basic                         $    2.08   $    1.47   $      5.30   $    3.61
                                   =======     =======     =========     =======
{marks}
   Diluted                       $    2.00   $    1.41   $      5.09   $    3.47
Weighted average shares
outstanding:
   Basic                            14,512      14,204        14,466      14,157
   Diluted                          15,108      14,790        15,052      14,733
"""


@pytest.mark.parametrize("marks", [
    "                                   ==          ==                        ==",
    "                                     __                  =",
    "                                   == -- __",
], ids=["double marks", "underscores and a lone mark", "mixed marks"])
def test_a_rule_wrapped_into_short_marks_ends_no_heading(marks: str) -> None:
    """Round 640 (invented, w3m -dump -cols 80 of a 2003 homebuilder's HTML): the rule cells under the Basic
    EPS row wrap onto a second line of shorter marks. A line of rule marks only, whatever their lengths and
    places, is a rule: read as words it had ended the "Earnings per share:" heading, and "Diluted" got no
    concept."""
    text = WRAPPED_RULE_UNDER_BASIC.format(marks=marks)
    release = core.parse_release(text.encode(), "wrapped_rule.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    printed = {(r["concept"], r["period_end"], r["months"]): Decimal(r["value"])
               for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert printed[("eps_diluted", "2003-07-31", "3")] == Decimal("2.00")
    assert printed[("eps_diluted", "2002-07-31", "9")] == Decimal("3.47")
    assert printed[("shares_diluted", "2003-07-31", "9")] == Decimal(15_052_000)


def test_dollar_cells_wrapped_by_w3m_leave_each_figure_under_its_own_column() -> None:
    """Round 639 (invented, w3m at 80 columns): "Freight revenue   $        $ $ 921,830        $" over
    "318,460  294,720            873,150", three "$ 318,460" cells wrapped, their signs left on the label's line
    beside the nine months' figure. Each figure is its column's (318,460 + 38,240 = 356,700 of revenue): the
    signs had made one cell from the first "$" to 921,830, the table was read by order, and the nine months'
    921,830 had been the quarter's (the footing check withholding the row and the fuel surcharges beside it)."""
    path = LAYOUTS / "w3m_dollar_cells_wrapped_leaving_their_figures_under_the_next_line.txt"
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
    by_label = {(r["label"], r["period_end"], r["months"]): int(r["value"])
                for r in csv.DictReader(io.StringIO(out.getvalue())) if r["label"] in ("Freight revenue",
                                                                                      "Fuel surcharge revenue")}
    assert by_label == {
        ("Freight revenue", "2017-09-30", "3"): 318_460_000, ("Freight revenue", "2016-09-30", "3"): 294_720_000,
        ("Freight revenue", "2017-09-30", "9"): 921_830_000, ("Freight revenue", "2016-09-30", "9"): 873_150_000,
        ("Fuel surcharge revenue", "2017-09-30", "3"): 38_240_000,
        ("Fuel surcharge revenue", "2016-09-30", "3"): 31_660_000,
        ("Fuel surcharge revenue", "2017-09-30", "9"): 110_920_000,
        ("Fuel surcharge revenue", "2016-09-30", "9"): 92_480_000}


def test_a_row_wrapped_over_two_lines_read_by_order_puts_each_figure_under_its_column() -> None:
    """Round 639: in a table read by order, a row whose figures a renderer split over two lines, each standing
    under its own column, takes them by column ("$ 921,830" under the nine months on the label's line, the
    quarters' figures on the next); a figure carried to the margin, under no column, still goes by order
    (round 452's lynx row)."""
    from core.tables.lines import Column, classify
    from core.tables.rows import table_rows

    columns = [Column(43, 51), Column(52, 60), Column(61, 70), Column(71, 79)]
    texts = ["Freight revenue" + " " * 35 + "$        $ $ 921,830        $",
             " " * 44 + "318,460  294,720            873,150",
             "Net income" + " " * 33 + "$ 22,230 $ 20,020  $ 58,350 $ 60,490"]
    rows = table_rows([classify(number, text) for number, text in enumerate(texts)], columns, ordinal=True)
    assert (rows[0].label, [cell.text[-7:] for cell in rows[0].cells if cell]) == (
        "Freight revenue", ["318,460", "294,720", "921,830", "873,150"])
    carried = ["Weighted average shares, basic   187,415,226   121,904,553   171,338,902", "114,227,610",
               "Net income   1,000   2,000   3,000   4,000"]
    margin = [Column(33, 44), Column(47, 58), Column(61, 72), Column(73, 84)]
    rows = table_rows([classify(number, text) for number, text in enumerate(carried)], margin, ordinal=True)
    assert [cell.text for cell in rows[0].cells if cell] == ["187,415,226", "121,904,553", "171,338,902",
                                                              "114,227,610"]


def test_amounts_beside_their_percents_read_past_a_dash_zero_and_a_cut_off_statement_is_said() -> None:
    """Round 641 (invented, lynx): a "% of Net Revenues" column beside each amount, a zero set as "-"
    ("Impairment ... - 0.0% - 0.0% 18,450 4.4% - 0.0%"). "4.4% - 0.0%" had been read as a range, the row as
    words, and the rows below it were lost without a word. The dashes are zeros of their amounts; and where a
    line mid-statement still reads as no row, a warning says the rows below it were not read."""
    path = LAYOUTS / "lynx_amounts_beside_percents_of_revenue_zeros_as_dashes.txt"
    text = path.read_text()
    release = core.parse_release(text.encode(), path.name)
    printed = _printed(path.stem)
    assert printed[("operations", "operating_income", "2020-10-31", "9")] == Decimal(133_712_000)
    assert printed[("operations", "eps_diluted", "2019-11-02", "9")] == Decimal("7.33")
    assert not [w for w in release.warnings if "stop at line" in w.message]
    row = "Impairment of store assets and goodwill - 0.0% - 0.0% 18,450 4.4% - 0.0%"
    aside = "Impairment of store assets and goodwill, see the note on the charge below"
    cut = core.parse_release(text.replace(row, aside).encode(), path.name)
    assert not any("operating_income" in item.concepts for statement in cut.statements for item in statement.items)
    [said] = [w for w in cut.warnings if "stop at line 11" in w.message]
    assert (said.span.first, said.span.last) == (12, 19)


def test_counts_under_a_share_heading_and_a_reconciliation_handed_over_by_a_sentence() -> None:
    """Quillmere (after UI-50's drug maker): under "Weighted average number of ordinary shares outstanding:"
    the non-GAAP counts "Basic — Non-GAAP 81,000" and "Diluted — Non-GAAP 82,400" are thousands of shares,
    naming no concept, never thousands of dollars. The sentence across the table "... is as follows:" hands
    over to a reconciliation (-24,300 + 12,650 + 5,480 + 4,220 + 3,290 = 1,340 of non-GAAP net income): a
    table of its own, giving no facts, whose lines had been read on as the statement of operations'."""
    path = LAYOUTS / "a_reconciliation_handed_over_by_a_sentence_under_non_gaap_share_counts.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    counts = {(r["label"], r["period_end"]): (r["kind"], r["concept"], r["value"]) for r in rows
              if r["label"] in ("Basic — Non-GAAP", "Diluted — Non-GAAP")}
    assert counts == {("Basic — Non-GAAP", "2025-03-31"): ("shares", "", "81000000"),
                      ("Basic — Non-GAAP", "2024-03-31"): ("shares", "", "80000000"),
                      ("Diluted — Non-GAAP", "2025-03-31"): ("shares", "", "82400000"),
                      ("Diluted — Non-GAAP", "2024-03-31"): ("shares", "", "80000000")}
    assert max(int(r["line_last"]) for r in rows) == 34
    reconciliation = [s for s in release.statements if s.title.startswith("The reconciliation")]
    assert [s.kind for s in reconciliation] == ["other"]
    assert not [d for d in release.diagnostics if "were not read" in str(d)]


def test_a_count_opening_the_line_under_a_label_cut_after_and_ends_that_label() -> None:
    """A PDF's text of a balance sheet (round 650): "Common stock, ... 9,815,240 and" / its figures / "9,402,118
    shares issued and outstanding". The tail, opening on a figure, had been dropped as a heading over the rows
    under it (before round 646 naming the unworded total of the liabilities and equity after itself); it is the
    common stock's label's end."""
    path = LAYOUTS / "pdf_text_count_ending_a_wrapped_stock_label_over_unlabelled_totals.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    labels = [item.label for statement in release.statements if statement.kind == "balance"
              for item in statement.items]
    assert ("Common stock, $.001 par value; 30,000,000 shares authorized; 9,815,240 and 9,402,118 shares issued"
            " and outstanding") in labels
    assert not [label for label in labels if label.startswith("Total 9")]


def test_a_sentence_case_heading_over_indented_rows_heads_them_and_names_none() -> None:
    """Round 652 (invented): "Realized and unrealized gains (losses) from investment activity", no figures and no
    colon, over two rows set deeper that each open on a capital. Its length had joined it to the first row's
    label, which then read as the gains' sum (1,385, not the -4,822 printed under them); it is their heading."""
    path = LAYOUTS / "sentence_case_heading_over_indented_gains_rows_no_colon.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    realized = next(item for item in operations.items if item.values[0] == Decimal("1385000"))
    assert realized.label == "Net realized gain (loss) on sales of investments"
    assert realized.section == "Realized and unrealized gains (losses) from investment activity"
    assert not realized.is_total


def test_a_lynx_label_naming_its_cost_over_its_wrapped_figures_is_the_first_row_under_the_header() -> None:
    """Round 652 (invented): lynx ends the first asset's line, whose words name its cost in dollars, with the
    first figure's "$" and sets the figures on the next line. The dollars in its words no longer end the header
    area (the balance sheet had been skipped for periods it could not see), and the "$" is no word of its name."""
    path = LAYOUTS / "lynx_first_asset_label_naming_its_cost_its_figures_wrapped_after_a_dollar.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    first = balance.items[0]
    assert first.label == "Portfolio investments at fair value (cost: $612,480 and $548,905, respectively)"
    assert first.values == (Decimal("598214000"), Decimal("541330000"))


def test_a_first_label_wrapped_inside_a_bracket_of_dates_is_one_label_under_its_heading() -> None:
    """Round UI-54 (invented): the first asset's label opens a bracket over three lines, its middle line
    printing the pledged billions and a balance date ("$5.07 billion pledged at March 31, 2024 and"), the
    bracket closed beside the row's figures. That line is the label's, never a header line: the label had
    kept only "December 31, 2023, respectively)", the "Assets" heading had been lost with it, and the total
    under the rule had been given no concept."""
    path = LAYOUTS / "first_asset_label_wrapped_inside_a_bracket_of_dates_and_billions_over_its_figures.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    first = balance.items[0]
    assert first.label == ("Agency mortgage securities ($4.12 and $5.07 billion pledged at March 31, 2024 and"
                           " December 31, 2023, respectively)")
    assert first.values == (Decimal("4318406000"), Decimal("5264711000"))
    assert [(item.label, item.section) for item in balance.items if item.concept == "total_assets"] == [
        ("Total Assets", "Assets")]


@pytest.mark.parametrize("name", ["a_retailers_amount_and_percent_heads_under_the_dates_and_its_store_count_below",
                                  "unaudited_marks_under_each_columns_date_over_a_long_label"])
def test_a_line_of_the_columns_notes_is_no_part_of_the_first_label(name: str) -> None:
    """"(Unaudited) (Unaudited) (Unaudited)   (Unaudited)" or "Amount   %   Amount   %" under the dates, starting
    left of where the longest label ends (round 653): the columns' words, never "Net sales"'s first words."""
    path = LAYOUTS / f"{name}.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    [statement] = [s for s in release.statements if s.kind == "operations"]
    assert statement.items[0].label == "Net sales"


def test_a_count_of_stores_at_the_periods_end_is_a_statistic_of_its_statement_never_a_balance() -> None:
    """"Stores open at end of period" over a label-less line of counts at the foot of a statement of income
    (round 653): 87 stores are no balance-sheet amount; the line stays a count of the statement it is printed
    in, under each of its columns."""
    path = LAYOUTS / "a_retailers_amount_and_percent_heads_under_the_dates_and_its_store_count_below.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [r for r in rows if r["statement"] == "balance"]
    stores = [(r["statement"], r["kind"], r["period_end"], r["months"], r["value"]) for r in rows
              if r["label"] == "Stores open at end of period"]
    assert stores == [("operations", "count", end, months, value) for months in ("3", "6")
                      for end, value in (("2024-07-27", "87"), ("2023-07-29", "79"))]


def test_a_browsers_fixed_footer_is_no_row_and_no_part_of_a_label() -> None:
    """Round 658 (invented Halyard Tanker Lines): a footer a browser drew over every page, set by pdftotext over
    a statement's title ("-- Exhibit" over "CONDENSED CONSOLIDATED   99.1 --"), had been printed with no warning
    as a balance-sheet row of 99,100 and 0; glued between rows, it and the company's address had run into labels.
    No row holds the furniture's words or its figure."""
    path = LAYOUTS / "a_browsers_fixed_footer_and_address_over_statements_in_pdftotext_pages.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [r for r in rows if "Exhibit" in r["label"] or "Harbor Street" in r["label"] + r["section"]]
    assert not [r for r in rows if r["value"] in ("99100", "99.1")]
    assert all(r["verified"] == "verified" for r in rows)


def test_a_wrapped_rows_negative_figure_at_the_margin_over_a_rule_is_read_in_a_courier_pdf() -> None:
    """Round 668 (invented Kestrel Ridge Diagnostics): a Courier PDF of a statement re-wrapped at 72 columns, each
    row's 26-week figures on the next line at the margin. "(47)          38" over the rule under other income had
    been read as a raised footnote mark and its row, the rule taken up as a label beside the "38" and the "(47)"
    lost: the half year's income before taxes failed its check. The row keeps its four figures, every check
    passes."""
    path = LAYOUTS / "a_wrapped_rows_negative_figure_at_the_margin_over_a_rule_in_a_courier_pdf.pdf"
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    other = sorted((r["period_end"], r["months"], r["value"]) for r in rows
                   if r["label"] == "Other income (expense), net")
    assert other == [("2010-06-26", "3", "17000"), ("2010-06-26", "6", "38000"),
                     ("2011-06-25", "3", "-26000"), ("2011-06-25", "6", "-47000")]
    assert not [r for r in rows if "---" in r["label"]]
    assert all(r["verified"] == "verified" for r in rows)


def test_a_narrower_tables_row_right_under_the_balance_rows_redraws_no_column() -> None:
    """Round 660's layout (w3m_selected_data_then_a_narrower_ratio_table_flush_left) with no blank line and no
    heading between: the ratio table's first row right under the balance rows, its five percentages set close
    together left of the figures. Laid on the grid the rows above draw, it puts them all under one column: it is
    set apart with a warning, and the balances keep their dates (total assets had been printed twice at
    September 30, 2023, the June and September 2024 figures)."""
    path = LAYOUTS / "w3m_selected_data_then_a_narrower_ratio_table_flush_left.txt"
    lines = path.read_text().splitlines()
    ratios = lines.index("Selected Ratios:")
    text = "\n".join([*lines[: ratios - 1], lines[ratios + 1], ""])
    release = core.parse_release(text.encode(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    assets = sorted((r["period_end"], r["value"]) for r in csv.DictReader(io.StringIO(out.getvalue()))
                    if r["concept"] == "total_assets")
    assert assets == [("2023-09-30", "9204330000"), ("2024-06-30", "9655118000"), ("2024-09-30", "9812406000")]
    assert any(w.message.endswith("not under the columns the header names") and w.span is not None
               and w.span.first == ratios for w in release.warnings)


_UTILITY_COSTS = """\
                     KESTREL VALLEY ENERGY CORPORATION
                   CONSOLIDATED STATEMENTS OF INCOME
                             (In thousands)

                                               Three Months Ended
                                                    March 31,
                                                2024          2023
Operating revenues                           150,400       141,900
Operating expenses:
{costs}  Operations and maintenance                    40,100        38,600
  Depreciation and amortization                 20,300        19,500
    Total operating expenses                   {total}
Operating income                              {result}
Interest charges                                9,900         9,400
Net income                                    {net}
"""


@pytest.mark.parametrize(("costs", "cost_of_revenue"), [
    # a gas utility's one cost of what it sells: the cost of revenue (rounds 650, 658)
    ("  Cost of gas                                   61,200        58,300\n", ("61200000", "58300000")),
    # a media company's "Operating (excludes depreciation and amortization)" (round 650)
    ("  Operating (excludes depreciation and amortization)  61,200  58,300\n", ("61200000", "58300000")),
    # gas beside fuel and purchased power: one of several costs of what is sold, none of them all of it
    ("  Fuel for electric generation                  30,000        28,000\n"
     "  Purchased power                               10,000        11,000\n"
     "  Cost of natural gas sold                      21,200        19,300\n", None),
], ids=["cost of gas alone", "operating excluding d&a", "cost of gas beside fuel and power"])
def test_the_cost_of_a_commodity_bought_is_the_cost_of_revenue_only_where_it_is_the_one(
        costs: str, cost_of_revenue: tuple[str, str] | None) -> None:
    """"Cost of gas", "Cost of natural gas and NGLs purchased" (rounds 650, 658) had been no cost of revenue:
    the vocabulary names such a cost where it is the one line among the costs that buys what is sold, never
    where fuel and purchased power stand beside it (round 652's utility)."""
    text = _UTILITY_COSTS.format(costs=costs, total="121,600       116,400", result="28,800        25,500",
                                 net="18,900        16,100")
    release = core.parse_release(text.encode(), "utility.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["concept"] for r in rows if r["concept"] == "total_operating_expenses"]  # the table was read
    found = tuple(r["value"] for r in rows if r["concept"] == "cost_of_revenue")
    assert found == (cost_of_revenue or ())


def test_an_unlabelled_row_to_the_cent_among_whole_thousands_is_no_amount() -> None:
    """Figures a share wrapped away from their label (a browser's PDF setting "$ 0.20" a line under its row;
    invented, round 667) are printed as figures a share, never as thousands of dollars (0.20 had been 200)."""
    text = "\n".join([
        "                       CONSOLIDATED STATEMENTS OF OPERATIONS",
        "                     (In thousands, except per share data)",
        "                                              Three Months Ended June 30,",
        "                                                  2011          2010",
        "Net sales                                      $ 5,000       $ 4,000",
        "Cost of sales                                    3,000         2,500",
        "Net income                                     $ 2,000       $ 1,500",
        "                                               $  0.20       $  0.15",
        "Weighted average shares outstanding             10,000        10,000",
        "",
    ])
    release = core.parse_release(text.encode(), "cents_under_net_income.txt")
    [statement] = release.statements
    [unlabelled] = [item for item in statement.items if not item.label]
    assert unlabelled.kind == "per_share"
    assert unlabelled.values == (Decimal("0.20"), Decimal("0.15"))


def test_a_heading_in_capitals_over_its_one_row_in_title_case_heads_it() -> None:
    """Round 676 (invented): a bank's "INTEREST EXPENSE" over one row, "  Deposits   1,207   3,391", and the rule
    of its net interest income (2,803 - 1,207 = 1,596). Case had been read as alike (capitals and title case
    both "capitalised"), so the heading ran into the row's label ("INTEREST EXPENSE Deposits"); a wrapped label
    keeps its case: the row is "Deposits" under its heading."""
    path = LAYOUTS / "a_heading_in_capitals_over_its_one_row_in_title_case.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    deposits = next(item for item in operations.items if item.values[0] == Decimal("1207000"))
    assert deposits.label == "Deposits"
    assert deposits.section == "INTEREST EXPENSE"
    assert deposits.values == (Decimal("1207000"), Decimal("3391000"))
    interest = next(item for item in operations.items if item.label == "Total interest income")
    net = next(item for item in operations.items if item.label == "NET INTEREST INCOME")
    assert net.values[0] == interest.values[0] - deposits.values[0]


def test_a_unit_notes_words_wrapped_under_the_years_head_no_rows() -> None:
    """Round 682 (invented): w3m at 80 columns wrapped the corner cell "(Dollars in thousands, except per share
    data)" of a "(continued)" income statement, its last words on a line of their own over "Noninterest
    income:". Taken for a heading, they had made every fee row a figure a share (2,614 printed for
    $2,614,000, unchecked, no warning); they end the unit note, and the rows are amounts that foot
    (2,614 + 1,427 + 988 + 512 = 5,541)."""
    path = LAYOUTS / "w3m80_continued_income_statement_unit_note_wrapped_out_of_its_corner_cell.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    fees = [item for item in operations.items if item.section == "Noninterest income"]
    assert len(fees) == 5 and all(item.kind == "amount" for item in fees)
    assert fees[0].label == "Service charges on deposit accounts"
    assert fees[0].values[0] == Decimal("2614000")
    assert fees[-1].values[0] == sum(item.values[0] for item in fees[:-1] if item.values[0] is not None)
    assert not [item for item in operations.items if "except" in item.section]


def test_a_stock_line_over_its_figures_across_a_page_break_names_its_row() -> None:
    """Round 682 (invented): pdftotext -layout set a balance sheet's "Common stock, $0.01 par value; 30,000,000
    shares authorized; 11,204,615 and 11,012,380" over the row's figures and "shares issued and outstanding"
    under them, on the page after a break. Its counts had ended the header area above the rows, and the row had
    been named by its last words alone and read as 112 shares; it is the common stock, $112,000, in its
    heading. On the statement of operations the labour row's superscript "(1)" stood on the figures' line and
    its label under them: the row is "Labor and related expenses(1)", and the line after it keeps its heading."""
    path = LAYOUTS / "pdftotext_stock_label_wrapped_round_its_figures_across_a_page_break.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    stock = next(item for item in balance.items if item.values[0] == Decimal("112000"))
    assert stock.label.startswith("Common stock, $0.01 par value;")
    assert stock.label.endswith("shares issued and outstanding")
    assert stock.kind == "amount" and stock.section == "Stockholders' equity"
    assert not [item for item in balance.items if item.kind == "shares"]
    operations = release.statement("operations")
    assert operations is not None
    labour = next(item for item in operations.items if item.values[0] == Decimal("13518000"))
    assert labour.label == "Labor and related expenses(1)"
    occupancy = next(item for item in operations.items if item.label.startswith("Occupancy"))
    assert occupancy.section == "Costs and expenses"


def test_a_stock_line_whose_figures_stand_beside_its_dates_is_a_row_of_the_balance_sheet() -> None:
    """Round 687 (invented): pdftotext -layout set the stock line's figures on its label's third line, "June 30,
    2019 and 2018, respectively   24   21"; its small figures looked like days, the line had been read as a
    header's dates, the row lost and the equity's rows read as another table headed by the label's second line.
    The word "respectively" says a row's label, and the row foots the equity."""
    path = LAYOUTS / "pdftotext_stock_label_ending_on_its_dates_beside_its_figures.txt"
    tables = find_tables(split_lines(path.read_text()))
    assert len(tables) == 1
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    stock = next(item for item in balance.items if item.values[0] == Decimal("24000"))
    assert stock.label.startswith("Common stock, $0.001 par value;")
    assert stock.label.endswith("June 30, 2019 and 2018, respectively")
    assert stock.section == "Stockholders' equity" and stock.values[1] == Decimal("21000")
    assert not [note for note in release.notes if "no unit note" in note]


def test_a_stock_labels_lines_under_its_figures_down_to_a_year_end_its_label() -> None:
    """Round 687 (invented): w3m at 80 columns set the stock line's figures on the second of its four label
    lines; the last two, "issued and outstanding at June 30, 2019 and" / "2018, respectively", had been run into
    the next row's label, the paid-in capital named by the stock's words."""
    path = LAYOUTS / "w3m80_stock_label_wrapped_on_past_its_figures_to_a_year.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = release.statement("balance")
    assert balance is not None
    capital = next(item for item in balance.items if item.values[0] == Decimal("41306000"))
    assert capital.label == "Additional paid-in capital"
    stock = next(item for item in balance.items if item.values[0] == Decimal("24000"))
    assert stock.label.endswith("shares issued and outstanding at June 30, 2019 and 2018, respectively")


def test_a_statement_continued_in_a_second_table_under_a_note_wrapped_otherwise_is_one_statement() -> None:
    """Round 682 (invented): w3m at 80 columns wrapped the corner cell of both tables of a bank's statement of
    income, "(Dollars in thousands, except per share" / "data)" over the interest lines and "(Dollars in
    thousands," / "except per share data)" under the "(continued)" title. The second note's last words, read as
    a title line of their own, had kept the continued table from the first (words its title does not name), the
    statement read as the fee half alone and the interest half left unchecked; the two notes read whole say
    the same, and the statement is one, its net interest income checked by its lines."""
    path = LAYOUTS / "w3m80_income_statement_in_two_tables_each_unit_note_wrapped_out_of_its_corner_cell.txt"
    tables = find_tables(split_lines(path.read_text()))
    assert len(tables) == 1 and len(tables[0].rows) == 27  # the interest lines, then the fee lines on
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    labels = [item.label for item in operations.items]
    assert "Net interest income" in labels and "Total noninterest income" in labels
    interest = [c for c in release.checks if c.name == "net interest income"]
    assert len(interest) == 4 and all(c.passed for c in interest)
    assert [c for c in release.checks if not c.passed] == []


def test_a_headings_own_unit_scales_the_rows_under_it_and_volumes_are_no_amounts() -> None:
    """"Retail gallons sold (millions):" and "Capital expenditures (in millions):" under a statement in thousands
    (round 689, invented): the headings' units hold for their rows, 21.4 million gallons a volume, never dollars,
    and "$ 1.7" of capital spending $1.7 million (they had been read in the table's thousands)."""
    path = LAYOUTS / "volumes_and_capital_spending_in_millions_under_headings_of_a_statement_in_thousands.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    items = {(item.section, item.label): item for statement in release.statements for item in statement.items}
    gallons = items[("Retail gallons sold (millions)", "Propane")]
    assert gallons.kind == "count" and gallons.values[0] == Decimal("21400000")
    maintenance = items[("Capital expenditures (in millions)", "Maintenance")]
    assert maintenance.kind == "amount" and maintenance.values[0] == Decimal("1700000")


def test_a_two_class_companys_diluted_counts_stay_counts_under_their_heading() -> None:
    """Round 696 (invented): "Weighted average shares outstanding:" over "Basic" and then "Diluted", each over
    its Class A and Class B counts. The second basis takes the first's place under the heading, as it does under
    "Earnings per share:"; it had taken the heading's, and the diluted counts were read as thousands of dollars.
    Class B's dividend a share printed as a dash is none a share, no amount."""
    path = LAYOUTS / "two_class_share_counts_basic_and_diluted_under_one_heading_edgar.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    counts = [item for item in operations.items if item.section == "Weighted average shares outstanding Diluted"]
    assert [(item.label, item.kind) for item in counts] == [("Class A common stock", "shares"),
                                                           ("Class B common stock", "shares")]
    assert counts[0].values[0] == Decimal("28150000")
    dividends = [item for item in operations.items if item.section == "Dividends declared per share"]
    assert [(item.kind, item.values) for item in dividends][1] == ("per_share", (Decimal(0),) * 4)


def test_an_ordinary_income_subtotal_stands_for_its_lines_in_the_pre_tax_check() -> None:
    """"Ordinary income" is the operating income plus the non-operating income less the non-operating expenses,
    printed bare ("Non-operating expenses  1,400"): a subtotal, not a part of the pre-tax income beside its own
    parts, so the pre-tax check passes on 26,200 - 700 = 25,500 (round 726: summed with its parts, two checks had
    failed and the non-operating lines been held back)."""
    path = LAYOUTS / "yen_per_share_rows_under_a_currency_line_beside_an_ordinary_income_subtotal.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    pretax = [(c.period, c.passed, c.found) for c in release.checks if c.name == "income before taxes"]
    assert pretax == [("3M 2024-06-30", True, Decimal(25_500_000_000)),
                      ("3M 2025-06-30", True, Decimal(31_500_000_000))]
    assert not [str(d) for d in release.diagnostics if "check failed" in str(d) or "held back" in str(d)]
