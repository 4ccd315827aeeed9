"""Analysis of the reference release, checked by hand against core/samples/allos_q2_2004.txt.

Amounts are in dollars (the statement prints thousands): "Net loss $(7,151)" is -7,151,000. Hand-built
variants (tests/release_builders.py) cover what the sample lacks: a profitable company, a release with no
balance sheet, a release with no year-to-date columns.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import release_builders as build

import core
from core.analysis import (
    add_months,
    balance_composition,
    biggest_mover,
    breakdown,
    burn_estimates,
    cash_points,
    compare,
    compare_concept,
    current_quarter,
    derivable,
    derived_windows,
    eps_bridge,
    headlines,
    is_derived,
    missing_parts,
    months_between,
    per_share_points,
    period_name,
    windows,
    with_derived,
)
from core.analysis.cash import burns_cash, cash_burn, no_burn_sentence
from core.analysis.cash_rise import cash_rise
from core.analysis.derived import NoDerivedQuarter, no_derived_quarter
from core.analysis.metrics import choose_window
from core.analysis.per_share import dilution_switched
from core.analysis.structure import operations_statement
from core.frames import statement_frame
from core.model import FiscalPeriod, Release, Statement
from tests.conftest import FIXTURES

K = Decimal(1000)
M = Decimal(1_000_000)


# --- periods ------------------------------------------------------------------------------------------


def test_the_current_quarter_is_the_latest_three_month_column(operations: Statement) -> None:
    quarter = current_quarter(operations)
    assert quarter is not None and (quarter.end, quarter.months) == (date(2004, 6, 30), 3)


def test_windows_pair_each_length_with_the_same_length_a_year_earlier(operations: Statement) -> None:
    found = [(w.name, w.current.key, w.prior.key if w.prior else None) for w in windows(operations)]
    assert found == [
        ("Quarter", "3M 2004-06-30", "3M 2003-06-30"),
        ("Six months", "6M 2004-06-30", "6M 2003-06-30"),
    ]


def test_month_arithmetic_keeps_month_ends() -> None:
    assert add_months(date(2004, 6, 30), -3) == date(2004, 3, 31)
    assert add_months(date(2004, 2, 29), 12) == date(2005, 2, 28)
    assert add_months(date(2004, 1, 15), 1) == date(2004, 2, 15)
    assert months_between(date(2003, 12, 31), date(2004, 6, 30)) == 6


def test_period_names_are_compact_and_say_what_length(operations: Statement) -> None:
    assert [period_name(p) for p in operations.periods] == [
        "3M to Jun 30, 2004",
        "3M to Jun 30, 2003",
        "6M to Jun 30, 2004",
        "6M to Jun 30, 2003",
    ]


# --- comparisons --------------------------------------------------------------------------------------


def test_a_smaller_net_loss_is_a_positive_change_and_an_improvement(operations: Statement) -> None:
    quarter = windows(operations)[0]
    net = compare_concept(operations, "net_income", quarter.current, quarter.prior)
    assert net is not None
    assert (net.current, net.prior, net.change) == (-7151 * K, -11771 * K, 4620 * K)
    assert round(net.percent, 2) == Decimal("39.25")  # 4,620 / 11,771
    assert net.favourable is True


def test_lower_expenses_are_favourable_and_lower_interest_income_is_not(operations: Statement) -> None:
    changes = {c.label: c for c in compare(operations, windows(operations)[0])}
    total = changes["Total operating expenses"]
    assert (total.change, total.favourable) == (-4786 * K, True)
    assert changes["Clinical manufacturing"].favourable is True  # no concept: its section says it is a cost
    interest = changes["Interest and other income, net"]
    assert (interest.change, interest.favourable) == (-166 * K, False)
    shares = changes["Weighted average common shares: basic and diluted"]
    assert (shares.change, shares.favourable) == (Decimal(5250789), None)


@pytest.mark.parametrize(
    ("fixture", "label", "current", "prior", "favourable"),
    [
        # "Interest expense, net   412   605": stored as non-operating income of -412, shown as the expense printed
        ("layouts/fiscal_year_heads_run_together_without_a_space.txt", "Interest expense, net",
         412 * K, 605 * K, True),
        # "Income tax benefit (expense)   0.5   (0.6)" (in millions): stored as a tax expense of -0.5
        ("html/st-joe_q1-2020.htm", "Income tax benefit (expense)", Decimal("500000.0"), Decimal("-600000.0"), True),
        # "Provision for income taxes  7,318  5,449" reads as stored: an expense, lower is better
        ("layouts/fiscal_year_heads_run_together_without_a_space.txt", "Provision for income taxes",
         7318 * K, 5449 * K, False),
    ],
)
def test_a_line_is_compared_the_way_its_words_read_not_as_its_fact_is_signed(
    fixture: str, label: str, current: Decimal, prior: Decimal, favourable: bool
) -> None:
    """Browser review of round 114: the Periods page drew "Interest expense, net 412" as (412), a negative
    expense; the Data page's table printed it so too."""
    path = FIXTURES / fixture
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    change = {c.label: c for c in compare(operations, windows(operations)[0])}[label]
    assert (change.current, change.prior, change.favourable) == (current, prior, favourable)
    row = statement_frame(operations).set_index("label").loc[label]
    assert (row.iloc[2], row.iloc[3]) == (float(current), float(prior))


def test_six_month_comparison_uses_the_six_month_columns(operations: Statement) -> None:
    changes = {c.label: c for c in compare(operations, windows(operations)[1])}
    mga = changes["Marketing, general and administrative"]
    assert (mga.current, mga.prior, mga.change, mga.favourable) == (4955 * K, 4542 * K, 413 * K, False)
    assert changes["Restructuring costs"].percent == Decimal(-100)


# --- derived quarter ----------------------------------------------------------------------------------


def test_the_first_quarter_is_six_months_minus_the_second(operations: Statement) -> None:
    derived = derivable(operations)
    assert [(d.period.end, d.period.months) for d in derived] == [
        (date(2004, 3, 31), 3),
        (date(2003, 3, 31), 3),
    ]
    extended = with_derived(operations)
    q1_2004, q1_2003 = derived[0].period, derived[1].period
    assert is_derived(q1_2004) and period_name(q1_2004) == "3M to Mar 31, 2004 (derived)"
    # Derived is a fact about the period, not words in its label.
    assert q1_2004.derived and q1_2004.label == "6M to Jun 30, 2004 minus 3M to Jun 30, 2004"
    assert not any(p.derived for p in operations.periods)
    assert extended.value("research_and_development", q1_2004) == (5435 - 3446) * K
    assert extended.value("total_operating_expenses", q1_2004) == (12546 - 7262) * K
    assert extended.value("net_income", q1_2004) == (-12297 + 7151) * K
    assert extended.value("net_income", q1_2003) == (-18904 + 11771) * K


JUNIPER = FIXTURES / "ui" / "restaurant_twelve_and_forty_week_periods_in_a_52_week_year.txt"


def test_a_year_to_date_counted_in_weeks_less_its_quarter_follows_the_weeks() -> None:
    """Juniper Hearth prints twelve and forty weeks ended Oct. 7, 2007: their difference is 28 weeks ending
    July 15, 2007 (forty weeks less twelve), named in weeks. It had been "6M to Jul 8, 2007", three months
    before the quarter's end, a day no statement of the release prints."""
    release = core.parse_release(JUNIPER.read_bytes(), JUNIPER.name)
    operations = operations_statement(release)
    assert operations is not None
    derived = [d.period for d in derivable(operations)]
    assert [(p.end, p.weeks) for p in derived] == [(date(2007, 7, 15), 28), (date(2006, 7, 9), 28)]
    assert [period_name(p) for p in derived] == ["28 weeks to Jul 15, 2007 (derived)",
                                                 "28 weeks to Jul 9, 2006 (derived)"]
    extended = with_derived(operations)
    assert extended.value("income_before_taxes", derived[0]) == (19126 - 5519) * K
    assert extended.value("income_before_taxes", derived[1]) == (16096 - 5196) * K
    (window,) = derived_windows(operations)
    assert window.name == "28 weeks to Jul 15, 2007 (derived)" and window.prior == derived[1]
    assert [(w.name, period_name(w.current)) for w in windows(operations)] == [
        ("Quarter", "12 weeks to Oct 7, 2007"), ("40 weeks", "40 weeks to Oct 7, 2007")]


def test_per_share_and_share_counts_are_not_derived(operations: Statement) -> None:
    extended = with_derived(operations)
    q1 = derivable(operations)[0].period
    assert extended.value("eps_basic", q1) is None
    assert extended.value("shares_basic", q1) is None


def test_derived_quarters_are_compared_with_the_derived_quarter_a_year_earlier(operations: Statement) -> None:
    (window,) = derived_windows(operations)
    assert window.name == "Quarter to Mar 31, 2004 (derived)"
    assert window.prior is not None and window.prior.end == date(2003, 3, 31)
    extended = with_derived(operations)
    net = compare_concept(extended, "net_income", window.current, window.prior)
    assert net is not None and net.change == (-5146 + 7133) * K


# --- expenses -----------------------------------------------------------------------------------------


def test_expense_lines_are_the_four_printed_above_the_total(operations: Statement) -> None:
    expenses = breakdown(operations)
    assert expenses is not None
    assert [item.label for item in expenses.components] == [
        "Research and development",
        "Clinical manufacturing",
        "Marketing, general and administrative",
        "Restructuring costs",
    ]
    assert all(expenses.residual(period) == 0 for period in operations.periods)


def test_expense_shares_of_the_quarter(operations: Statement) -> None:
    expenses = breakdown(operations)
    assert expenses is not None
    quarter = operations.periods[0]
    shares = [round(expenses.share(item, quarter) or Decimal(0), 2) for item in expenses.components]
    assert shares == [
        Decimal("47.45"),
        Decimal("18.92"),
        Decimal("33.63"),
        Decimal("0.00"),
    ]  # 3,446 / 7,262 ...


def test_clinical_manufacturing_moved_the_total_most(operations: Statement) -> None:
    expenses = breakdown(operations)
    assert expenses is not None
    quarter, half = windows(operations)
    mover = biggest_mover(expenses, quarter)
    assert mover is not None
    assert (mover.label, mover.change, mover.total_change) == ("Clinical manufacturing", -2492 * K, -4786 * K)
    assert round(mover.share_of_change or 0, 1) == Decimal("52.1")
    half_mover = biggest_mover(expenses, half)
    assert half_mover is not None and (half_mover.label, half_mover.change) == (
        "Clinical manufacturing",
        -3790 * K,
    )


def _without_the_total(operations: Statement) -> Statement:
    return dataclasses.replace(
        operations, items=tuple(i for i in operations.items if "total_operating_expenses" not in i.concepts)
    )


def test_lines_that_give_the_operating_result_are_added_up_where_no_total_is_printed() -> None:
    """Allos without its "Total operating expenses" line: the four lines above "Loss from operations"
    (3,446 + 1,374 + 2,442 + 0 = 7,262 in the quarter; 5,081 + 3,866 + 2,523 + 578 = 12,048 a year
    earlier) are its loss, so their sum stands in for the total, named as a sum and not as printed."""
    expenses = breakdown(_without_the_total(build.allos_operations()))
    assert expenses is not None and not expenses.printed
    assert expenses.total.label == "Operating expenses (the lines added up)"
    assert expenses.total.values == (7262 * K, 12048 * K, 12546 * K, 19553 * K)
    assert [item.label for item in expenses.components] == [
        "Research and development", "Clinical manufacturing", "Marketing, general and administrative",
        "Restructuring costs",
    ]


def test_a_years_line_printed_with_a_footnote_mark_lends_its_figures_to_the_quarters_line() -> None:
    """Oracle's fourth quarter of fiscal 2022 prints the quarter as one statement ("Acquisition related and
    other" 6 and 30 million) and the year as another ("Acquisition related and other (2)", 4,713 and 138: the
    year's litigation charge). UI-36: the mark kept the year's figures apart, and the year's lines added up
    to 85% of its total. With them, the nine lines give the total both years: 5,213 + 972 + 2,692 + 8,047 +
    7,219 + 1,317 + 1,150 + 4,713 + 191 = 31,514; 4,353 + 972 + 2,530 + 7,682 + 6,527 + 1,254 + 1,379 + 138 +
    431 = 25,266."""
    path = FIXTURES / "edgar" / "oracle_q4-fy2022.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    line = next(item for item in operations.items if item.label == "Acquisition related and other")
    assert line.values == (6 * M, 30 * M, 4_713 * M, 138 * M)
    expenses = breakdown(operations)
    assert expenses is not None and expenses.printed
    assert [sum(item.values[i] or 0 for item in expenses.components) for i in (2, 3)] == [31_514 * M, 25_266 * M]
    assert expenses.total.values[2:] == (31_514 * M, 25_266 * M)


def test_a_ratio_printed_among_the_lines_does_not_stop_the_lines_added_up() -> None:
    """Cree prints "Gross margin percentage" under its gross profit and five costs under that, and no total of
    them (UI-28: "No operating-expense breakdown was found", beside a waterfall drawing those five lines). The
    percentage is no cost: the gross profit less the five is the operating result, 61.4 - (46.7 + 49.7 + 3.7
    + 0.3 + 10.8) = 61.4 - 111.2 = -49.8 million in the quarter, 100.5 - (40.7 + 50.6 + 3.9 + 5.3 + 11.1) =
    100.5 - 111.6 = -11.1 a year earlier."""
    path = FIXTURES / "html" / "cree_q3-fy2020.htm"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    expenses = breakdown(operations)
    assert expenses is not None and not expenses.printed
    assert expenses.total.label == "Operating expenses (the lines added up)"
    assert expenses.total.values[:2] == (Decimal("111.2") * M, Decimal("111.6") * M)
    assert [item.label for item in expenses.components] == [
        "Research and development", "Sales, general and administrative",
        "Amortization or impairment of acquisition-related intangibles",
        "Loss on disposal or impairment of other assets", "Other operating expense"]


def test_a_loss_printed_in_parentheses_among_the_costs_is_one_of_them_where_the_arithmetic_says_so() -> None:
    """Tupperware prints "Loss on disposal of assets (0.1)" and "(0.9)" under two costs and no total of them.
    Read as a gain it leaves 246.2 - 242.9 - 3.9 + 0.1 = -0.5, not the printed -0.7; read as a cost, 246.2 -
    (242.9 + 3.9 + 0.1) = 246.2 - 246.9 = -0.7 and 326.1 - (262.7 + 4.3 + 0.9) = 326.1 - 267.9 = 58.2 a year
    earlier, both printed. So it is a cost of 0.1 and 0.9 million (the Expenses page had said no breakdown
    was found)."""
    path = FIXTURES / "html" / "tupperware_q1-2020.htm"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    expenses = breakdown(operations)
    assert expenses is not None and not expenses.printed
    assert [(item.label, item.values) for item in expenses.components] == [
        ("Delivery, sales and administrative expense", (Decimal("242.9") * M, Decimal("262.7") * M)),
        ("Re-engineering and impairment charges", (Decimal("3.9") * M, Decimal("4.3") * M)),
        ("Loss on disposal of assets", (Decimal("0.1") * M, Decimal("0.9") * M))]
    assert expenses.total.values == (Decimal("246.9") * M, Decimal("267.9") * M)


def test_a_gain_among_the_costs_is_no_breakdown() -> None:
    """The same lines where the arithmetic reads the parenthesised line as a gain (the printed result -0.5
    = 246.2 - 242.9 - 3.9 + 0.1): a mix of costs and a gain, which no share of a total can draw."""
    path = FIXTURES / "html" / "tupperware_q1-2020.htm"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    result = next(item for item in operations.items if "operating_income" in item.concepts)
    as_gain = dataclasses.replace(result, values=(Decimal("-0.5") * M, Decimal("60.0") * M))
    changed = dataclasses.replace(operations, items=tuple(as_gain if item is result else item
                                                          for item in operations.items))
    assert breakdown(changed) is None


@pytest.mark.parametrize(("name", "sums", "lines"), [
    # A retailer prints its cost of sales, its gross profit, then one cost (SG&A) over its operating income:
    # net sales 612,480 less cost of sales 398,150 is the gross profit 214,330, less SG&A 171,220 the operating
    # income 43,110. The two costs are its breakdown (UI-18: the Expenses page had found none).
    ("year_to_date_beside_third_quarter_under_a_title_of_two_days.txt",
     (569_370 * K, 534_490 * K),  # 398,150 + 171,220; 373,620 + 160,870
     ["Cost of sales, buying and occupancy", "Selling, general and administrative expenses"]),
    # Stonebriar Homes prints no operating result: "TOTAL REVENUES 420,995" less cost of home sales 336,210,
    # cost of land sales 6,902 and SG&A 41,877 is its "INCOME BEFORE INCOME TAXES 36,006". Those three costs
    # are its breakdown (UI-22: none found, beside a waterfall of one "Other items" bar).
    ("statement_typed_in_courier_inside_a_table_of_one_cell.htm",
     (384_989 * K, 388_465 * K),  # 336,210 + 6,902 + 41,877; 348,905 + 0 + 39,560
     ["Cost of home sales", "Cost of land sales", "Selling, general and administrative"]),
])
def test_costs_that_give_the_result_added_up_are_the_breakdown(name: str, sums: tuple[Decimal, Decimal],
                                                                 lines: list[str]) -> None:
    path = FIXTURES / "layouts" / name
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    expenses = breakdown(operations)
    assert expenses is not None and not expenses.printed
    assert expenses.total.label == "Costs and expenses (the lines added up)"
    assert expenses.total.values[:2] == sums
    assert [item.label for item in expenses.components] == lines


def test_no_breakdown_where_the_lines_do_not_give_the_operating_result() -> None:
    """One line off by 100 thousand (a line the reader missed, or a gain among the costs): nothing to vouch
    for a sum, so no breakdown rather than a total that is not the release's."""
    operations = _without_the_total(build.allos_operations())
    clinical = operations.items[1]
    altered = dataclasses.replace(clinical, values=(1474 * K, *clinical.values[1:]))
    items = (operations.items[0], altered, *operations.items[2:])
    assert breakdown(dataclasses.replace(operations, items=items)) is None


def test_no_added_up_breakdown_with_an_income_line_among_the_costs() -> None:
    """A UK statement nets "Other operating income 7.9" among its costs (127.5 + 144.8 - 7.9 + 2.9 = 267.3 below
    a gross profit of 582.8, giving 315.5): the lines add up, but a negative share is no mix to draw."""
    release = core.parse_release(
        (FIXTURES / "layouts" / "uk_net_current_assets_liabilities_in_parentheses.htm").read_bytes(), "uk.htm"
    )
    operations = release.statement("operations")
    assert operations is not None and operations.item("operating_income") is not None
    assert breakdown(operations) is None


# --- cash, burn, runway -------------------------------------------------------------------------------


def test_cash_and_investments_at_each_date_earliest_first(balance: Statement) -> None:
    points = cash_points(balance)
    assert [(p.period.end, p.amount) for p in points] == [
        (date(2003, 12, 31), 45597 * K),
        (date(2004, 6, 30), 34148 * K),
    ]


def test_two_burn_estimates_each_saying_how_it_was_made(allos: Release) -> None:
    by_cash, by_loss = burn_estimates(allos)
    assert by_cash.method == "Change in cash and investments"
    assert by_cash.monthly == (45597 - 34148) * K / 6  # 1,908,166.67 a month
    assert by_cash.runway_months is not None and round(by_cash.runway_months, 1) == Decimal("17.9")
    assert "6 months" in by_cash.basis
    assert by_loss.method == "Net loss per month"
    assert by_loss.monthly == 7151 * K / 3  # 2,383,666.67 a month
    assert by_loss.runway_months is not None and round(by_loss.runway_months, 1) == Decimal("14.3")
    assert "3M to Jun 30, 2004" in by_loss.basis


def test_a_profitable_company_has_no_burn_and_no_runway() -> None:
    estimates = burn_estimates(build.profitable())
    assert [(e.monthly, e.runway_months) for e in estimates] == [(None, None), (None, None)]
    assert [e.note for e in estimates] == [
        "Cash and investments rose: no burn.",
        "The period was profitable: no burn from operations.",
    ]


def test_without_a_balance_sheet_the_loss_estimate_stands_alone_without_runway() -> None:
    (estimate,) = burn_estimates(build.no_balance_sheet())
    assert estimate.monthly == 7151 * K / 3 and estimate.runway_months is None


def test_balance_composition_at_june_30(balance: Statement) -> None:
    june = balance.periods[0]
    segments = [(s.side, s.label, s.amount, s.derived) for s in balance_composition(balance, june)]
    assert segments == [
        ("Assets", "Cash, cash equivalents and investments in marketable securities", 34148 * K, False),
        ("Assets", "Other assets", 1341 * K, False),
        ("Assets", "Equipment and leasehold improvements, net", 1207 * K, False),
        ("Liabilities and equity", "Liabilities", 3325 * K, False),
        ("Liabilities and equity", "Stockholders' equity", 33371 * K, False),
    ]
    assets = sum(s.amount for s in balance_composition(balance, june) if s.side == "Assets")
    assert assets == 36696 * K  # the printed total assets


# --- per share ----------------------------------------------------------------------------------------


def test_per_share_points_are_the_printed_figures(operations: Statement) -> None:
    points = [(p.period.key, p.eps, p.shares) for p in per_share_points(operations)]
    assert points[0] == ("3M 2004-06-30", Decimal("-0.23"), Decimal(31139289))
    assert points[3] == ("6M 2003-06-30", Decimal("-0.73"), Decimal(25884381))


def test_a_diluted_bridge_between_a_loss_and_a_profit_says_dilution_switched_on() -> None:
    """Kestrel's quarter earned 5,888 thousand on 50,884,000 diluted shares; the year-earlier quarter lost 2,350
    thousand on 46,902,000, its basic count (UI-28: the bridge's share effect had read as 4 million more shares,
    while the basic count rose 46,902,000 -> 48,215,000). Allos, a loss in both periods, is told nothing."""
    path = FIXTURES / "layouts" / "amounts_under_a_header_a_neighbours_percent_ran_into.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    bridge = eps_bridge(operations, windows(operations)[0])
    assert bridge is not None and (bridge.shares_then, bridge.shares_now) == (46_902_000, 50_884_000)
    assert dilution_switched(operations, bridge) == (
        "The year-earlier period is a loss, the other a profit: a loss's diluted shares are its basic ones "
        "(dilution would lessen the loss per share), a profit's count the dilution, so part of the effect of the "
        "share count is that switch. The basic shares went from 46,902,000 to 48,215,000.")
    allos = operations_statement(core.parse_release((FIXTURES / "text" / "allos_q2_2004.txt").read_bytes(), "a.txt"))
    assert allos is not None
    assert all(dilution_switched(allos, b) == "" for w in windows(allos) if (b := eps_bridge(allos, w)) is not None)


def test_eps_bridge_splits_the_change_exactly(operations: Statement) -> None:
    bridge = eps_bridge(operations, windows(operations)[0])
    assert bridge is not None
    assert round(bridge.eps_then, 4) == Decimal("-0.4547")  # -11,771,000 / 25,888,500
    assert round(bridge.eps_now, 4) == Decimal("-0.2296")  # -7,151,000 / 31,139,289
    assert round(bridge.result_effect, 4) == Decimal("0.1785")  # 4,620,000 / 25,888,500
    assert round(bridge.share_effect, 4) == Decimal("0.0466")  # more shares spread the loss thinner
    assert bridge.result_effect + bridge.share_effect == bridge.eps_now - bridge.eps_then
    assert (bridge.reported_then, bridge.reported_now) == (Decimal("-0.45"), Decimal("-0.23"))
    assert bridge.rounding is not None and round(bridge.rounding, 4) == Decimal("-0.0050")


def test_a_per_share_table_under_the_statement_lends_it_eps_and_counts() -> None:
    """Calderwood prints its EPS and share counts in a "Per Share Data" table of their own under the statement
    of earnings (counts in millions by their heading): the per-share page had shown no point (UI-17). Diluted
    EPS 0.94 / 0.72 / 2.68 / 2.09 on 421.3 / 430.2 / 423.8 / 431.0 million shares, each net income over its
    count coming back to the printed EPS (394 / 421.3 = 0.935; 1,135 / 423.8 = 2.678)."""
    path = FIXTURES / "layouts" / "per_share_data_table_apart_counts_in_millions_by_their_heading.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = operations_statement(release)
    assert operations is not None
    # each EPS x its count checked against the statement's net income, so no page marks them unchecked
    # (UI-18): 0.94 x 421.3 = 396.0 against 394, within half a cent on 421.3 million shares (2.1 million)
    eps_checks = [check for check in release.checks if check.name.startswith("EPS")]
    assert len(eps_checks) == 8 and all(check.passed for check in eps_checks)
    assert [(point.eps, point.shares) for point in per_share_points(operations)] == [
        (Decimal("0.94"), 421_300_000), (Decimal("0.72"), 430_200_000), (Decimal("2.68"), 423_800_000),
        (Decimal("2.09"), 431_000_000)]
    quarter = operations.periods[0]
    assert operations.value("eps_basic", quarter) == Decimal("0.95")
    assert operations.value("shares_basic", quarter) == 412_600_000

# --- headlines and what is missing --------------------------------------------------------------------


def test_overview_headlines(allos: Release) -> None:
    found = {h.title: h for h in headlines(allos)}
    assert list(found) == [
        "Net loss",
        "Net loss per share (diluted)",
        "Operating expenses",
        "Cash & investments",
    ]
    net = found["Net loss"]
    assert (net.change.current, net.change.change, net.scale) == (-7151 * K, 4620 * K, 1000)
    assert net.basis == "3M to Jun 30, 2004 vs 3M to Jun 30, 2003"
    cash = found["Cash & investments"]
    assert (cash.change.current, cash.change.change) == (34148 * K, -11449 * K)
    assert cash.basis == "Jun 30, 2004 vs Dec 31, 2003"


def test_a_profitable_quarter_is_headed_net_income() -> None:
    assert headlines(build.profitable())[0].title == "Net income"


def test_the_sample_lacks_nothing(allos: Release) -> None:
    assert missing_parts(allos) == ()


def test_missing_parts_are_named() -> None:
    assert missing_parts(build.no_balance_sheet()) == (
        "No balance sheet was found, so cash, burn and runway cannot be shown.",
    )
    assert missing_parts(build.quarter_only()) == (
        "The release prints no year-to-date column, so no earlier quarter can be derived.",
    )
    assert derivable(build.quarter_only().statements[0]) == ()


def test_no_derived_quarter_is_explained_as_it_is_for_each_release() -> None:
    """Only a release that lacks a year-to-date column is told it lacks one: a first quarter needs none, a
    release printing its earlier quarters has them, a fourth quarter's full year printed apart counts."""
    quarter_only = build.quarter_only()
    reason = no_derived_quarter(quarter_only.statements[0], 2)
    assert reason == NoDerivedQuarter(
        "The release prints no year-to-date column, so no earlier quarter can be derived.", lacking=True
    )
    first = no_derived_quarter(quarter_only.statements[0], 1)
    assert first is not None and not first.lacking
    assert first.sentence.startswith("A first-quarter release needs no year-to-date column")
    q1 = dataclasses.replace(quarter_only, metadata=dataclasses.replace(
        quarter_only.metadata, fiscal_period=FiscalPeriod(quarter=1, year=2004)))
    assert missing_parts(q1) == ()

    valaris = core.parse_release((FIXTURES / "html" / "valaris-plc_q1-2020.htm").read_bytes(), "valaris.htm")
    operations = operations_statement(valaris)
    assert operations is not None
    trailing = no_derived_quarter(operations, 1)
    assert trailing == NoDerivedQuarter(
        "The release prints 2 quarters side by side, those ended Dec 31, 2019 through Mar 31, 2020, so no "
        "earlier quarter needs to be derived.",
        lacking=False,
    )
    assert not any("year-to-date" in note for note in missing_parts(valaris))

    oracle = core.parse_release((FIXTURES / "edgar" / "oracle_q4-fy2014.txt").read_bytes(), "oracle.txt")
    oracle_operations = operations_statement(oracle)
    assert oracle_operations is not None
    assert [period_name(d.period) for d in derivable(oracle_operations)][:1] == ["9M to Feb 28, 2014 (derived)"]
    assert no_derived_quarter(oracle_operations, 4) is None
    assert not any("year-to-date" in note for note in missing_parts(oracle))


def test_a_non_gaap_twin_heading_the_same_quarter_in_other_words_lends_no_second_column() -> None:
    """Apple Q3 FY2004 prints its statement of operations ("THREE MONTHS ENDED June 26, 2004") and a non-GAAP
    statement whose reported column heads the same quarter "3 months ended June 26, 2004": the per-share page
    had drawn the quarter twice (an EPS bar of 0.32 labelled 0.16). Each period once, as the release prints
    it: diluted EPS 0.16 / 0.05 / 0.45 / 0.07 on 392,621 / 363,777 / 381,259 / 362,421 thousand shares."""
    apple = core.parse_release((FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt").read_bytes(), "apple.txt")
    operations = operations_statement(apple)
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2004-06-26", "3M 2003-06-28", "9M 2004-06-26", "9M 2003-06-28"]
    assert [(point.eps, point.shares) for point in per_share_points(operations)] == [
        (Decimal("0.16"), 392_621_000), (Decimal("0.05"), 363_777_000), (Decimal("0.45"), 381_259_000),
        (Decimal("0.07"), 362_421_000)]


def test_a_derived_quarter_of_a_52_53_week_year_ends_thirteen_weeks_before() -> None:
    """Sears' second quarters ended July 3, 2004 and June 28, 2003: the first quarters derived from the
    26 weeks ended March 29, 2003 and April 3, 2004 (thirteen weeks back), not March 28 and April 3 by
    the calendar's months; a month-end calendar keeps its month ends (Allos: March 31)."""
    from pathlib import Path

    from core.analysis.derived import derivable

    sears = Path(__file__).parent / "fixtures" / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
    operations = operations_statement(core.parse_release(sears.read_bytes(), sears.name))
    assert operations is not None
    assert sorted(d.period.end for d in derivable(operations)) == [date(2003, 3, 29), date(2004, 4, 3)]
    assert sorted(d.period.end for d in derivable(build.allos_operations())) == [date(2003, 3, 31), date(2004, 3, 31)]


def test_the_fall_in_cash_runs_from_the_balance_date_before_the_latest() -> None:
    """Sears' balance sheet stands at July 3, 2004, June 28, 2003 and January 3, 2004: cash fell from 9,057
    at the year's end to 3,559, though it rose over the twelve months from 2,921 a year before. The Cash
    page had said "Cash and investments rose: no burn"; it reads from the year's end (and, Sears being
    profitable in the quarter, says no burn is estimated from it: its half lost $806 million, round UI-14)."""
    from pathlib import Path

    sears = Path(__file__).parent / "fixtures" / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
    (from_cash, *_) = burn_estimates(core.parse_release(sears.read_bytes(), sears.name))
    assert from_cash.basis.startswith("cash and cash equivalents fell from Jan 3, 2004 to Jul 3, 2004")  # its one line
    assert from_cash.monthly is None and "rose" not in from_cash.note
    # ... and the page says so with the dates, never "cash rose" (from a year before: a browser review)
    assert no_burn_sentence(core.parse_release(sears.read_bytes(), sears.name)) == (
        "The latest quarter was profitable (the year to date lost money), so no burn or runway is estimated from "
        "the fall in cash and cash equivalents from Jan 3, 2004 to Jul 3, 2004.")  # its one line, named (UI-44)


def test_securities_printed_right_after_the_cash_among_current_assets_count_with_it() -> None:
    """Surmodics (gold set) prints "Cash and cash equivalents" 15,208 / 30,361 and "Available-for-sale
    securities" 33,190 / 24,931 under "Current Assets": 48,398 and 55,292 thousand, the "cash and short-term
    investments of $48.4 million" its story states. The card had shown cash alone falling 49.9% (UI-14)."""
    from pathlib import Path

    path = Path(__file__).parent / "fixtures" / "gold" / "surmodics_q2-fy2020_html.htm"
    balance = core.parse_release(path.read_bytes(), path.name).statement("balance")
    assert balance is not None
    points = cash_points(balance)
    assert [(str(p.period.end), p.amount) for p in points] == [("2019-09-30", 55_292_000), ("2020-03-31", 48_398_000)]
    assert points[-1].lines == ("Cash and cash equivalents", "Available-for-sale securities")


def test_trailing_twelve_months_are_no_year_to_date_and_give_the_last_fourth_quarter() -> None:
    """A utility's third-quarter release prints the quarter, the nine months and the twelve months ended
    September 30 (round 112): the twelve months are trailing, not the fiscal year nor its year to date (the
    side-by-side "Latest year to date" had shown them, and the Periods page called them "Full year"). Less
    the nine months they are the fourth quarter of the year before: 158.8 - 117.4 = 41.4 million of net
    income in Q4 2003 (and 147.8 - 107.4 = 40.4 in Q4 2002); trailing months less the quarter, which would
    straddle two fiscal years, are derived no more."""
    path = FIXTURES / "layouts" / "trailing_twelve_months_headed_ttm.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    assert [(w.name, w.months) for w in windows(operations)] == [
        ("Quarter", 3), ("Nine months", 9), ("Trailing twelve months", 12)]
    ytd = choose_window(operations, "ytd")
    assert ytd is not None and ytd.months == 9
    derived = {(d.period.end, d.period.months): d for d in derivable(operations)}
    assert (date(2003, 12, 31), 3) in derived and (date(2002, 12, 31), 3) in derived
    assert (date(2004, 6, 30), 9) not in derived
    full = with_derived(operations)
    values = dict(zip(full.periods, full.item("net_income").values, strict=True))
    assert values[derived[(date(2003, 12, 31), 3)].period] == Decimal("41400000")
    assert values[derived[(date(2002, 12, 31), 3)].period] == Decimal("40400000")


def test_a_derived_period_ends_on_the_day_the_statement_prints_near_it() -> None:
    """Redrock's year ended December 31, 2005 and its third quarter "October 2, 2005" (a column of the
    statement): the nine months the year less its fourth quarter leaves end October 2, not September 30
    (browser review of round 114)."""
    path = FIXTURES / "layouts" / "cramped_sequential_dates.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    assert [(d.period.end, d.period.months) for d in derivable(operations)] == [
        (date(2005, 10, 2), 9), (date(2004, 9, 30), 9)]


def test_a_line_that_moved_more_than_its_total_is_not_given_a_share_of_the_change() -> None:
    """Sable Point's restructuring rose $2.9 million while its total rose $0.4 million: "728% of the change"
    said only that other lines fell (browser review of round 116)."""
    from core.analysis.expenses import Mover

    assert not Mover("Restructuring charges", Decimal(2_900_000), Decimal(398_000)).within_change
    assert not Mover("Restructuring charges", Decimal(4_100_000), Decimal(-648_000)).within_change
    assert Mover("Research and development", Decimal(2_100_000), Decimal(3_000_000)).within_change


def test_side_by_side_keeps_each_companys_own_line_names_and_every_line() -> None:
    """An insurer's "Total losses and expenses" (368,405) and Allos' "Total operating expenses" (7,262) share
    a row, and the download had labelled both with the insurer's name; a bank's second "Other" (noninterest
    expense's 5,305 after noninterest income's 1,405) had been dropped (browser review of round 114)."""
    from core.analysis.side_by_side import side_by_side
    from core.comparison_frames import side_by_side_frame

    layouts = FIXTURES / "layouts"
    insurer = layouts / "reconciliation_to_non_gaap_operating_income_titled_in_title_case.htm"
    bank = layouts / "bank_per_share_data_table_titled_apart_after_the_income_statement.txt"
    releases = [core.parse_release(p.read_bytes(), p.name) for p in (insurer, bank)]
    releases.insert(1, core.parse_release(core.load_sample()[1], "allos.txt"))
    comparison = side_by_side(releases)
    row = comparison.row("total_operating_expenses")
    assert row is not None and row.names == "Total losses and expenses / Total operating expenses"
    frame = side_by_side_frame(comparison)
    opex = frame[frame["line"] == "total_operating_expenses"].set_index("source")["label"]
    assert opex.to_dict() == {insurer.name: "Total losses and expenses", "allos.txt": "Total operating expenses"}
    others = frame[(frame["source"] == bank.name) & frame["label"].str.startswith("Other")]
    assert sorted(others["value"]) == [1_405_000.0, 5_305_000.0]


def test_side_by_side_aligns_an_expense_line_with_expenses_and_names_no_two_rows_alike() -> None:
    """Browser review of round 119: Ostrava's "Other income, net 412" (its only line below the operating loss)
    sat on a row labelled "Interest expense, net" beside Redhollow's "Interest expense, net (9,812)", both
    carrying non-operating income read opposite ways; a second row also called "Interest expense, net" held
    Brenton-Hale's (8.7); Ostrava was blank beside Brenton-Hale's "Other income (expense), net 1.2"; and the
    chart drew the two same-named rows on one category. EPS "Basic" and the weighted shares' "Basic" were two
    rows named alike in the table."""
    from core.analysis.side_by_side import side_by_side
    from core.charts.side_by_side import comparison_bars, comparison_table

    ui = FIXTURES / "ui"
    names = ("industrial_in_millions_interest_expense_and_other_income_apart.htm",
             "mlp_interest_expense_net_in_parentheses_per_common_unit.htm",
             "software_other_income_net_the_only_line_below_the_operating_loss.htm")
    comparison = side_by_side(core.parse_release((ui / name).read_bytes(), name) for name in names)
    interest = [row for row in comparison.rows if row.label == "Interest expense, net"]
    assert [row.values for row in interest] == [(Decimal("-8.7") * 1_000_000, Decimal(-9_812_000), None)]
    other = comparison.row("nonoperating_income")
    assert other is not None and other.values == (Decimal("1.2") * 1_000_000, None, Decimal(412_000))
    assert other.names == "Other income (expense), net / Other income, net"
    table = comparison_table(comparison, "amount")
    assert table["Line"].is_unique
    assert {"Earnings per share: Basic", "Weighted average shares outstanding: Basic"} <= {
        line.split(" / ")[0] for line in table["Line"]}
    chart = comparison_bars(comparison, "amount")
    assert chart is not None
    categories = list(chart.figure.data[0].y)
    assert len(categories) == len(set(categories))
    assert "Interest expense, net" in categories and "Other income (expense),<br>net" in categories


def test_a_year_old_column_left_when_the_releases_own_period_was_not_read_is_not_the_current_one() -> None:
    """Ashgrove (round 124's browser review): its two months after fresh-start accounting and the month
    before are stub columns nothing gives a length to, so only the predecessor's quarter to March 31, 2009 was
    read. The Overview had headed itself with that year-old loss, and spread the 2009 cash used in operations
    (9,803 over three months) over the cash at March 31, 2010 as a 7.4-month runway. Nor is the fall in cash
    from the Predecessor's December 31, 2009 (31,905) to the Successor's March 31, 2010 (24,118) a burn: the
    reorganization's payments lie between them (UI-20, a buyout's alike)."""
    from core.analysis.cash import burn_estimates
    from core.analysis.metrics import standard_metrics

    path = FIXTURES / "ui" / "successor_columns_unread_beside_a_year_old_predecessor_quarter.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [p.end for p in release.statement("operations").periods] == [date(2009, 3, 31)]  # type: ignore[union-attr]
    metrics = standard_metrics(release)
    assert metrics.period is None and [m.key for m in metrics.metrics] == ["cash_and_investments"]
    [estimate] = burn_estimates(release)  # 31,905 -> 24,118, across the change of owner
    assert estimate.method == "Change in cash and investments" and estimate.monthly is None
    assert [h.title for h in headlines(release)] == ["Cash & investments"]
    assert missing_parts(release)[0].startswith(
        "The release's own period was not read: the statement of operations' latest column ends Mar 31, 2009")


@pytest.mark.parametrize(("name", "short"), [
    ("southern-company_q4-fy2004_text.txt", "southern-company"),
    ("tarnwood-microsystems_q3-1999_pre9.pdf", "tarnwood-microsys\u2026"),
    ("release.htm", "release"),
])
def test_a_release_without_a_company_name_is_headed_by_its_files_first_words(name: str, short: str) -> None:
    """Compare heads a column by ticker or company; where neither was read, a whole file name had widened
    the table's column past the page: its first part, cut short, heads it instead."""
    from core.analysis.side_by_side import short_name

    path = FIXTURES / "layouts" / "a_quarter_and_its_year_to_date_as_two_tables.txt"  # names no company
    release = core.parse_release(path.read_bytes(), path.name)
    assert not release.metadata.company and not release.metadata.ticker
    assert short_name(dataclasses.replace(release, name=name)) == short


def test_cash_that_rose_while_the_company_lost_money_is_said_with_the_loss_and_the_flows() -> None:
    """Verdanta (round 262, invented) lost $104.9 million in 2019 while its cash and investments rose after an
    offering: the Cash page had led with "No burn: cash and investments rose" (browser review). The rise is
    said with the loss over the same months, and with the financing and operating cash flows where printed."""
    fixtures = Path(__file__).parent / "fixtures"
    verdanta = fixtures / "ui" / "biotech_cash_rose_on_an_offering_verdanta_q4_2019.pdf"
    rise = cash_rise(core.parse_release(verdanta.read_bytes(), verdanta.name))
    assert rise is not None and rise.amount == Decimal("61182000")
    assert rise.sentence.startswith(
        "Cash and investments rose $61.2 million, from $180.5 million at Dec 31, 2018 to $241.7 million at "
        "Dec 31, 2019, while the company lost $104.9 million over the 12 months to Dec 31, 2019: the money came "
        "from beyond the results")
    assert "prints no cash-flow statement" in rise.sentence
    printed = fixtures / "layouts" / "cash_used_printed_as_its_size.txt"
    rise = cash_rise(core.parse_release(printed.read_bytes(), printed.name))
    assert rise is not None and rise.sentence == (
        "Cash and investments rose $28.6 million, from $49.9 million at Dec 31, 2006 to $78.5 million at "
        "Mar 31, 2007, while the company lost $10.4 million over the 3 months to Mar 31, 2007. In those months "
        "financing activities provided $41.6 million and operations used $9.2 million.")
    allos = fixtures / "text" / "allos_q2_2004.txt"
    assert cash_rise(core.parse_release(allos.read_bytes(), allos.name)) is None  # cash fell


def test_a_quarters_loss_in_a_profitable_year_to_date_is_no_burn() -> None:
    """A homebuilder's second quarter (round 324, invented): a $212.6 million impairment makes the quarter a
    net loss of $103.8 million, but the six months earned $29.1 million; cash fell from 1,013,241 to 283,417
    thousand as land was bought. The Overview and Compare had shown a burn of $121.6 million a month and a
    runway of 2.3 months (a browser review): a company burns cash only where the quarter and the year to
    date both lose money (or its operations use cash)."""
    from pathlib import Path

    name = "homebuilder_quarter_loss_in_a_profitable_half_year_hartwell_q2_2022.txt"
    path = Path(__file__).parent / "fixtures" / "ui" / name
    release = core.parse_release(path.read_bytes(), path.name)
    assert burns_cash(release) is False and cash_burn(release) is None
    assert all(estimate.monthly is None for estimate in burn_estimates(release))
    assert no_burn_sentence(release) == (
        "The year to date was profitable (the latest quarter lost money), so no burn or runway is estimated from "
        "the fall in cash and cash equivalents from Nov 30, 2021 to May 31, 2022.")


def test_a_profitable_company_whose_operations_used_cash_for_the_season_gets_no_runway() -> None:
    """Brightwing Toys' third quarter of 2016 (invented, round 527): operating income 29,261 and net income
    19,137 thousand in the quarter, 26,634 and 13,317 over nine months, while operations used 94,566 thousand
    of cash building stock for the holidays. UI-37: the Overview had shown "Cash burn per month $10.5M" and
    "Runway 8.4 months", a going-concern warning the company does not deserve."""
    from core.analysis.metrics import standard_metrics

    name = "toy_maker_profitable_quarter_operations_using_cash_for_the_season.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    assert burns_cash(release) is False and cash_burn(release) is None
    assert all(estimate.runway_months is None for estimate in burn_estimates(release))
    found = standard_metrics(release)
    assert found.get("monthly_burn") is None and found.get("runway") is None
    assert no_burn_sentence(release) == (
        "In the 9 months to Sep 30, 2016 the company earned $13.3 million and its operations used $94.6 million of "
        "cash: a profitable business's cash tied up in working capital (inventory, receivables), not a burn, so no "
        "runway is estimated.")


def test_operations_generating_cash_say_no_burn_of_what_the_period_shows() -> None:
    """Keystone's fiscal third quarter (invented, round 531): net income 76,075 thousand in the quarter and
    170,547 over nine months, cash up from 356,106 (Jun 30, 2022) to 412,318, operations generating 208,106
    over the nine months. UI-37: the page had said "neither a net loss nor a fall in cash in the period is a
    burn" of a period that shows neither."""
    name = "payroll_profit_and_cash_up_operations_generating_cash.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    assert burns_cash(release) is False
    assert no_burn_sentence(release) == (
        "Operations generated $208.1 million of cash in the 9 months to Mar 31, 2023, so there is no burn to measure.")


def test_an_operating_loss_made_a_profit_by_other_income_still_burns() -> None:
    """The same release with its operating income turned to a loss (a company profitable only by a gain below
    the operating line, a warrant's revaluation, say): its operations' use of cash is a burn again, with its
    (18,114) thousand of "Capital expenditures" over the nine months (UI-41: free cash flow is the burn)."""
    name = "toy_maker_profitable_quarter_operations_using_cash_for_the_season.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    statements = tuple(
        dataclasses.replace(statement, items=tuple(
            dataclasses.replace(item, values=tuple(-v if v is not None else None for v in item.values))
            if item.concept == "operating_income" else item for item in statement.items))
        if statement.kind == "operations" else statement for statement in release.statements)
    losing = dataclasses.replace(release, statements=statements)
    assert burns_cash(losing) is True
    burn = cash_burn(losing)
    assert burn is not None and burn.method == "Operating cash flow less capital spending per month"
    assert burn.monthly == (Decimal(94_566_000) + Decimal(18_114_000)) / 9


def test_a_mortgage_reit_gets_no_burn_and_no_runway() -> None:
    """AGNC's first quarter of 2020 (a mortgage REIT): its statement opens on "Interest income", earned on the
    agency securities it holds with borrowed money; it lost $2,421 million, mostly on what those securities are
    worth, while cash rose from $831 million to $1,289 million. The Overview had shown "Net loss per month
    $807.0M, Runway 1.6 months" and the Cash page "The rise is no sign the burn stopped" (UI-34)."""
    from core.analysis.business import INTEREST_EARNER_NO_BURN, financial_business
    from core.analysis.cash_rise import cash_rise
    from core.analysis.metrics import standard_metrics

    path = FIXTURES / "html" / "agnc-investment_q1-2020.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert financial_business(release) == "interest earner"
    assert burns_cash(release) is False and cash_burn(release) is None
    assert no_burn_sentence(release) == INTEREST_EARNER_NO_BURN
    keys = {metric.key for metric in standard_metrics(release).metrics}
    assert "monthly_burn" not in keys and "runway" not in keys
    rise = cash_rise(release)
    assert rise is not None and rise.sentence == (
        "Cash and cash equivalents rose $458 million, from $831 million at Dec 31, 2019 to $1.29 billion at Mar 31, "
        "2020, while the company lost $2.42 billion over the 3 months to Mar 31, 2020: the release prints no "  # UI-45
        "cash-flow statement to say where it came from.")


def test_an_equity_reit_gets_no_burn_and_no_runway() -> None:
    """Round 516's Crestline Office Trust: a quarter's loss of $36.3 million (depreciation and an impairment)
    and cash down from $88.3 million to $62.4 million, with no cash-flow statement, beside FFO of $45.7 million.
    The Overview had shown "Cash burn per month $4.3M" and "Runway 14.5 months" (UI-35)."""
    from core.analysis.business import REIT_NO_BURN, financial_business
    from core.analysis.metrics import standard_metrics

    path = FIXTURES / "layouts" / "office_reit_quarter_loss_and_a_fall_in_cash_beside_its_ffo.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert financial_business(release) == "REIT"
    assert burns_cash(release) is False and cash_burn(release) is None
    assert no_burn_sentence(release) == REIT_NO_BURN
    keys = {metric.key for metric in standard_metrics(release).metrics}
    assert "monthly_burn" not in keys and "runway" not in keys


@pytest.mark.parametrize(("first", "earner"), [
    ("Interest income", True), ("Total interest income", True), ("Net interest income", True),
    ("Interest and dividend income", True), ("Investment income", True),
    ("Interest income from real estate loans", True),
    ("Revenues", False), ("Research and development", False), ("Interest expense", False),
])
def test_a_statement_opening_on_interest_income(first: str, earner: bool) -> None:
    from core.vocabulary import INTEREST_INCOME_FIRST

    assert (INTEREST_INCOME_FIRST.match(first) is not None) is earner


def test_no_burn_from_a_fall_in_cash_across_a_change_of_owner() -> None:
    """Riverbend was bought on November 16, 2006: its balance sheet sets the Successor's December 31, 2006
    (cash 48,115) beside the Predecessor's December 31, 2005 (129,440). The fall is the buyout's financing,
    not the operations' burn: no burn and no runway, and the estimate says why (UI-20: 7.1 months of runway
    shown for a company earning $12.45 million a quarter)."""
    from core.analysis.cash import burn_estimates
    from core.analysis.metrics import standard_metrics

    path = FIXTURES / "layouts" / "combined_predecessor_and_successor_quarter_beside_the_stubs.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    [from_cash] = [e for e in burn_estimates(release) if e.method == "Change in cash and investments"]
    assert from_cash.monthly is None and from_cash.runway_months is None
    assert "the Predecessor's and the Successor's" in from_cash.note
    keys = {metric.key for metric in standard_metrics(release).metrics}
    assert "monthly_burn" not in keys and "runway" not in keys


@pytest.mark.parametrize(("earlier", "later", "owners"), [
    ("Predecessor Three Months Ended September 30, 2002", "Successor Three Months Ended September 30, 2003",
     ("Predecessor", "Successor")),
    # last year's quarter, its group head spread to the column beside it only: the predecessor's all the same
    ("Three Months Ended June 30, 2016", "Successor Three Months Ended June 30, 2017", ("Predecessor", "Successor")),
    ("Predecessor Six Months Ended June 30, 2016", "Six Months Ended June 30, 2017", ("Predecessor", "Successor")),
    # one owner throughout, named or not
    ("Successor Period from March 1 to June 30, 2017", "Successor Three Months Ended June 30, 2017", None),
    ("Three Months Ended June 30, 2016", "Three Months Ended June 30, 2017", None),
])
def test_a_change_of_owner_between_two_columns(earlier: str, later: str, owners: tuple[str, str] | None) -> None:
    from core.analysis.periods import owners_apart
    from core.model import Period

    assert owners_apart(Period(date(2016, 6, 30), 3, earlier), Period(date(2017, 6, 30), 3, later)) == owners


def test_no_eps_bridge_across_a_change_of_owner() -> None:
    """Tillbrook's Successor quarter (net income $2,677 thousand on 10,214 thousand shares after its fresh start)
    beside the Predecessor's quarter a year before (a loss of $9,771 thousand on 41,206 thousand shares): a
    bridge had shown the share count's "effect" as if a buyback had quartered it. No bridge is drawn."""
    path = FIXTURES / "ui" / "successor_quarter_beside_predecessor_ticker_on_the_otc_bulletin_board.txt"
    operations = operations_statement(core.parse_release(path.read_bytes(), path.name))
    assert operations is not None
    quarter = windows(operations)[0]
    assert quarter.prior is not None and quarter.prior.label.startswith("Predecessor")
    assert quarter.current.label.startswith("Successor")
    assert eps_bridge(operations, quarter) is None


def test_no_burn_is_never_said_from_a_year_old_cash_flow() -> None:
    """Brightwater's only cash flow read is the Predecessor's six months to June 30, 2016 (operations provided
    $24,730 thousand), its 2017 columns unread; the balance sheet ends on June 30, 2017. "Operations generated
    cash" had been said of the year-old column (UI-26): the sentence is the successor quarter's profit
    ($10,790 thousand) and the rise in cash from $52,110 thousand to $52,540 thousand."""
    path = FIXTURES / "ui" / "successor_quarter_beside_a_predecessor_half_year_brightwater_q2_2017.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    cash_flow = release.statement("cash_flow")
    assert cash_flow is not None and [p.end for p in cash_flow.periods] == [date(2016, 6, 30)]
    assert burns_cash(release) is False
    assert no_burn_sentence(release) == (
        "The period was profitable and cash and cash equivalents rose from Dec 31, 2016 to Jun 30, 2017, so there "
        "is no burn to measure.")


@pytest.mark.parametrize(("label", "no_cash"), [
    ("Loss on impairment", True),  # Valaris, 2020
    ("Goodwill impairment charge", True),
    ("Write-down of inventory", True),
    ("Re-engineering and impairment charges", False),  # Tupperware, 2020: "primarily ... severance costs"
    ("Restructuring and asset impairment charges", False),
    ("Severance and impairment", False),
])
def test_a_charge_uses_no_cash_only_where_it_names_no_cost_paid_in_cash(label: str, no_cash: bool) -> None:
    from core.vocabulary import CASH_CHARGE_BESIDE, NON_CASH_CHARGE

    assert (NON_CASH_CHARGE.search(label) is not None and CASH_CHARGE_BESIDE.search(label) is None) is no_cash


def test_a_net_loss_half_of_it_a_charge_paid_partly_in_cash_is_spread_over_its_months() -> None:
    """Tupperware's first quarter of 2020 lost $7.8 million, $3.9 million of it "Re-engineering and impairment
    charges", which its footnote says were primarily severance, paid in cash: the Cash page had said the charge
    "makes most of the net loss and uses no cash" (UI-39), of half the loss. The net loss per month is $7.8
    million / 3 = $2.6 million."""
    from core.analysis.cash import burn_estimates

    path = FIXTURES / "html" / "tupperware_q1-2020.htm"
    estimates = {e.method: e for e in burn_estimates(core.parse_release(path.read_bytes(), path.name))}
    loss = estimates["Net loss per month"]
    assert not loss.withheld and loss.monthly == Decimal("2.6") * M


def test_no_runway_from_a_net_loss_that_is_mostly_an_impairment() -> None:
    """Valaris' first quarter of 2020 lost $3,006.3 million, $2,808.2 million of it "Loss on impairment" (no cash
    used): its loss per month ($1,002.1 million) had implied 0.2 months of runway beside operations using
    $68.1 million a month ($204.4 million / 3) and 2.7 months (UI-25, UI-26). The net loss's estimate is
    withheld and says why; the cash-flow estimate stands."""
    from core.analysis.cash import burn_estimates

    path = FIXTURES / "html" / "valaris-plc_q1-2020.htm"
    estimates = {e.method: e for e in burn_estimates(core.parse_release(path.read_bytes(), path.name))}
    loss = estimates["Net loss per month"]
    assert loss.monthly is None and loss.runway_months is None and loss.withheld
    assert loss.note.startswith('Not estimated: "Loss on impairment" makes most of the net loss')
    flow = estimates["Operating cash flow per month"]
    assert flow.monthly is not None and round(flow.monthly / 100_000) == 681
    assert flow.runway_months is not None and round(flow.runway_months, 1) == Decimal("2.7")
    assert not flow.withheld


def test_a_total_printed_without_a_label_is_named_in_the_readers_case_after_its_heading() -> None:
    """Buckle prints "OPERATING EXPENSES:" over "Selling" 71,986 and "General and administrative" 13,602 and
    their sum, 85,588, on a line of its own (83,150 = 70,242 + 12,908 a year earlier). The Expenses page had
    titled the sum "Total OPERATING EXPENSES", a name no release prints (UI-38)."""
    path = FIXTURES / "html" / "buckle_q3-fy2024.htm"
    expenses = breakdown(operations_statement(core.parse_release(path.read_bytes(), path.name)))
    assert expenses is not None
    assert expenses.total.label == "Total operating expenses"
    assert expenses.total.values[:2] == (85_588 * K, 83_150 * K)
    assert [item.label for item in expenses.components] == ["Selling", "General and administrative"]
