"""The standard metrics layer and the statement structure it relies on, on real releases.

Every expected value is read off the printed release (in the comment next to it) and cross-footed by hand:
ServiceNow Q1 2020 (HTML, $ thousands), The Buckle Q3 FY2024 (HTML and PDF, $ thousands), Oracle Q4
FY2014 (EDGAR submission, $ millions) and Allos Q2 2004 (the text-era sample, $ thousands).
"""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import core
from core.analysis import breakdown, burn_estimates
from core.analysis.cash import balance_composition, burns_cash
from core.analysis.metrics import card_name, metric_delta, metric_text, overview_metrics, standard_metrics
from core.analysis.structure import display_label, footing, operations_statement
from core.analysis.trace import source_excerpt
from core.charts.memo import common_size_bars, memo_basis_notes, memo_numbers, memo_table
from core.formatting import spelled_money
from tests.conftest import ANTERO, CREE, FIXTURES
from tests.conftest import read_fixture as read

SERVICENOW = FIXTURES / "html" / "servicenow_q1-2020.htm"
BUCKLE = FIXTURES / "html" / "buckle_q3-fy2024.htm"
BUCKLE_PDF = FIXTURES / "pdf" / "buckle_q3-fy2024.pdf"
ORACLE = FIXTURES / "edgar" / "oracle_q4-fy2014.txt"
ST_JOE_PDF = FIXTURES / "pdf" / "st-joe_q1-2020.pdf"


def thousands(value: Decimal | None) -> Decimal | None:
    return None if value is None else value / 1000


# --- Structure: totals by the arithmetic --------------------------------------------------------------


def test_servicenow_sales_and_marketing_is_an_expense_line_not_a_total() -> None:
    operations = read(SERVICENOW).statement("operations")
    assert operations is not None
    expenses = breakdown(operations)
    assert expenses is not None
    assert [item.label for item in expenses.components] == [
        "Sales and marketing", "Research and development", "General and administrative"
    ]  # fmt: skip
    period = operations.periods[0]
    # 441,234 + 226,657 + 105,748 = 773,639, the printed "Total operating expenses": the mix is complete.
    assert [thousands(expenses.amount(i, period)) for i in expenses.components] == [441234, 226657, 105748]
    assert expenses.residual(period) == 0
    shares = [expenses.share(item, period) for item in expenses.components]
    assert round(sum(s for s in shares if s is not None), 6) == 100
    assert round(shares[0] or 0, 1) == Decimal("57.0")  # Sales and marketing: 441,234 / 773,639


def test_same_label_under_two_headings_stays_two_lines() -> None:
    operations = read(SERVICENOW).statement("operations")
    assert operations is not None
    subscription = [item for item in operations.items if item.label == "Subscription"]
    assert [display_label(operations, item) for item in subscription] == [
        "Subscription (revenues)", "Subscription (cost of revenues)"
    ]  # fmt: skip
    # Cost of revenues sums its own two lines (159,721 + 63,645 = 223,366), not the revenue lines.
    cost = operations.item("cost_of_revenue")
    assert cost is not None
    assert [thousands(p.values[0]) for p in footing(operations).components(cost)] == [159721, 63645]


@pytest.mark.parametrize(("printed", "shown"), [
    # Silexion Q3 2024 (newswire scrape): the parenthesis is a sentence about related-party amounts.
    ("Financial expenses (income), (including $(47) and $40 from related party for the nine months period "
     "ended September 30, 2024 and 2023, respectively)", "Financial expenses (income)"),
    ("Research and development (including $1,796 and $51 from related party for the nine months period ended "
     "September 30, 2024 and 2023, respectively)", "Research and development"),
    # Peapack-Gladstone Q3 2025: a short parenthesis names the line and stays.
    ("Gain on loans held for sale at fair value (Mortgage banking)",
     "Gain on loans held for sale at fair value (Mortgage banking)"),
    ("Other (expense) income", "Other (expense) income"),
    # Oracle Q4 FY2014: a footnote's mark is no part of the name (beside "(20)" it read as a figure of (2))
    ("Acquisition related and other (2)", "Acquisition related and other"),
    ("(Loss) income from operations", "(Loss) income from operations"),
])
def test_a_label_shown_on_a_chart_leaves_out_a_parenthesised_sentence(printed: str, shown: str) -> None:
    operations = read(SERVICENOW).statement("operations")
    assert operations is not None
    item = dataclasses.replace(operations.items[0], label=printed)
    assert display_label(operations, item) == shown


def test_a_segments_result_is_named_with_its_segment() -> None:
    """Larkspur prints its homebuilding block's "Operating income (loss)" and SG&A and no operating income of the
    company's: charted under their bare names they would read as the company's; the block's heading says
    whose they are, as it does for the block's "Revenues" beside the financial services' "Revenues" (UI-21).
    The company's own "Total pretax income (loss)" keeps its name."""
    path = FIXTURES / "layouts" / "homebuilder_operating_loss_under_its_segment_heading_no_company_total.txt"
    operations = read(path).statement("operations")
    assert operations is not None
    shown = [display_label(operations, item) for item in operations.items]
    assert "Operating income (loss) (homebuilding)" in shown
    assert "Selling, general and administrative expenses (homebuilding)" in shown
    assert "Total pretax income (loss)" in shown
    assert "Operating income (loss)" not in shown


def test_buckle_assets_add_up_to_the_printed_total_without_gross_property() -> None:
    balance = read(BUCKLE).statement("balance")
    assert balance is not None
    period = balance.periods[0]  # November 2, 2024
    assets = [s for s in balance_composition(balance, period) if s.side == "Assets"]
    # Property 508,273 less accumulated depreciation (365,241) = 143,032, drawn once, net.
    assert ("PROPERTY AND EQUIPMENT, net", Decimal(143032000)) in [(s.label, s.amount) for s in assets]
    assert all(s.amount != Decimal(508273000) for s in assets)
    assert sum(s.amount for s in assets) == Decimal(976270000)  # "Total assets" as printed


@pytest.mark.parametrize(("name", "date", "total"), [
    # selected balance data printing cash and working capital above the total: stacked, they add up to
    # 356.5 million against the 197.4 million printed (working capital is no asset)
    ("selected_data_balance_dates_inside_the_income_table.htm", "2022-06-30", Decimal(197_400_000)),
    # only the cash and the total printed: a block of cash alone would draw assets of 78.5 million
    ("cash_used_printed_as_its_size.txt", "2007-03-31", Decimal(84_930_000)),
])
def test_assets_whose_lines_do_not_add_up_to_the_printed_total_are_drawn_as_the_total(
        name: str, date: str, total: Decimal) -> None:
    """The assets' blocks stack to the printed total, or the total is drawn whole: lines that do not add
    up (a bank's loans by type above its untotalled "Net loans", counted twice) draw a balance sheet the
    release never printed."""
    balance = read(FIXTURES / "layouts" / name).statement("balance")
    assert balance is not None
    period = next(p for p in balance.periods if str(p.end) == date)
    assets = [(s.label, s.amount) for s in balance_composition(balance, period) if s.side == "Assets"]
    assert len(assets) == 1 and assets[0][1] == total


# --- Cash: burn only for a company that burns ---------------------------------------------------------


@pytest.mark.parametrize("path", [BUCKLE, BUCKLE_PDF], ids=["html", "pdf"])
def test_a_profitable_company_gets_no_burn_and_no_runway(path: Path) -> None:
    release = read(path)
    assert burns_cash(release) is False  # net income 44,172 for the quarter
    assert all(e.monthly is None and e.runway_months is None for e in burn_estimates(release))
    found = standard_metrics(release)
    assert found.get("monthly_burn") is None and found.get("runway") is None


def test_a_company_losing_money_gets_burn_and_runway(allos: core.Release) -> None:
    found = standard_metrics(allos)
    burn, runway = found.get("monthly_burn"), found.get("runway")
    assert burn is not None and runway is not None
    # Burn is cash used: cash and investments fell from 45,597 to 34,148 in the six months to June 30.
    assert round(thousands(burn.value) or 0, 1) == Decimal("1908.2")
    assert metric_text(runway) == "17.9 months"  # 34,148 / 1,908.2


def test_a_long_runway_fits_its_card_in_years() -> None:
    # St. Joe Q1 2020's 106.4 million at its net loss of 0.5 million a month: 212.8 months, "212.8 mon…" on a
    # card; past five years the card and the memo say so, not a figure, in one wording (UI-41, UI-42).
    from core.analysis.metrics import Metric

    runway = Metric("runway", Decimal("212.8"))
    assert metric_text(runway, compact=True) == metric_text(runway) == "5+ years"
    assert metric_text(Metric("runway", Decimal("25.5")), compact=True) == "25.5 months"


# --- Standard metrics ---------------------------------------------------------------------------------


def test_servicenow_standard_metrics() -> None:
    found = standard_metrics(read(SERVICENOW))
    texts = {m.key: (metric_text(m), metric_delta(m)) for m in found.metrics}
    assert texts["revenue"] == ("$1.05 billion", "+32.6%")  # 1,046,340 vs 788,926, as its card says "$1.05B" (UI-45)
    assert texts["gross_margin"] == ("78.7%", "+2.3 pts")  # 822,974 / 1,046,340 vs 602,674 / 788,926
    assert texts["opex_share"] == ("73.9%", "-4.4 pts")  # 773,639 / 1,046,340
    assert texts["operating_margin"] == ("4.7%", "+6.7 pts")  # 49,335 / 1,046,340 vs (15,713) / 788,926
    # a loss turned to profit: no % change, the change in money (49,335 - (15,713) = 65,048)
    assert texts["operating_income"] == ("$49.3 million", "+$65.0M")
    # the changes in money (UI-50: "+0.26" could be read as percent)
    assert texts["eps_basic"] == ("$0.25", "+$0.26") and texts["eps_diluted"] == ("$0.24", "+$0.25")
    assert texts["shares_diluted"] == ("199.9 million", "+9.8%")  # 199,938 vs 182,062 thousand
    # cash, short-term and long-term investments: 808,725 + 1,049,980 + 1,077,938 against 775,778 + 915,317 +
    # 1,013,332 at December 31, 2019
    assert texts["cash_and_investments"] == ("$2.94 billion", "+8.6%")  # 2,936,643 thousand
    assert "monthly_burn" not in texts  # operations generated 491,568
    cash = found.get("cash_and_investments")
    assert cash is not None and [s.first for s in cash.sources] == [405, 406, 413]


def test_cash_without_an_investments_line_is_named_cash() -> None:
    # St. Joe's sheet prints "Cash and cash equivalents 106.4" and its investments in lines the reader does
    # not take for short-term ones ("Investments - debt securities 50.0"): the card holds the cash alone and
    # must not call it cash and investments (the narrative's "$158.9 million" is 106.4 + 50.0 + 2.4).
    cash = standard_metrics(read(ST_JOE_PDF)).get("cash_and_investments")
    assert cash is not None and cash.name == "Cash and cash equivalents"
    assert cash.value == Decimal("106.4") * 10**6 and cash.prior == Decimal("185.7") * 10**6
    servicenow = standard_metrics(read(SERVICENOW)).get("cash_and_investments")
    # ServiceNow's card counts cash (808.7), short-term investments (1,050.0) and the long-term ones printed
    # after the current assets (1,077.9): securities it holds as it holds cash (UI-16: AtriCure's runway had
    # doubled where its long-term investments, sold as they matured, were left out)
    assert servicenow is not None and servicenow.name == "Cash and investments"
    assert servicenow.value == 2_936_643_000


def test_cash_moved_into_securities_the_cash_figure_leaves_out_is_no_burn() -> None:
    # St. Joe's cash fell from 185.7 to 106.4 while "Investments - debt securities" rose from 0.1 to 50.0: the
    # fall of 79.3 over three months would read as a burn of $26.4M a month and four months of runway.
    estimates = {e.method: e for e in burn_estimates(read(ST_JOE_PDF))}
    change = estimates["Change in cash and investments"]
    assert change.monthly is None and "Investments – debt securities" in change.note
    assert estimates["Net loss per month"].monthly == Decimal("0.5") * 10**6  # 1.5 / 3 months


def test_a_company_burning_cash_still_gives_its_net_loss_a_month_for_compare() -> None:
    # AtriCure lost 16,408 thousand in the quarter: 5,469,333 a month, beside its burn from the fall in cash (UI-16:
    # Compare's "Net loss per month" row had shown "—" for it); the Overview shows the burn card alone
    from core.analysis.metrics import overview_metrics

    found = standard_metrics(read(FIXTURES / "gold" / "atricure_q1-2020_html.htm"))
    loss = found.get("monthly_net_loss")
    assert loss is not None and loss.value is not None and round(loss.value) == 5_469_333
    assert "monthly_net_loss" not in {m.key for m in overview_metrics(found)}
    assert "monthly_burn" in {m.key for m in overview_metrics(found)}


def test_a_total_of_every_cost_gives_its_share_of_revenue_without_the_cost_of_revenue() -> None:
    # Vertex's "Total costs and expenses" 794,883 holds its cost of sales 162,497: (794,883 - 162,497) /
    # 1,515,107 = 41.7%, a year before (581,627 - 95,092) / 858,435 = 56.7% (UI-16: 52.5% beside others' shares
    # that leave the cost of revenue out); the card keeps the total as printed, with its caveat
    found = standard_metrics(read(FIXTURES / "gold" / "vertex-pharmaceuticals_q1-2020_html.htm"))
    share, total = found.get("opex_share"), found.get("operating_expenses")
    assert share is not None and share.value is not None and share.prior is not None
    assert (round(share.value, 1), round(share.prior, 1)) == (Decimal("41.7"), Decimal("56.7"))
    assert "less the cost of revenue" in share.basis
    assert total is not None and total.value == 794_883_000 and total.caveat
    # the share says its base differs from the dollar figure beside it (UI-18: "$794.9" over "41.7%", which is
    # 52.5% of the revenue, with nothing but a general caution)
    assert share.caveat.startswith('worked out on the operating-expense total less its cost-of-revenue line '
                                   '("Cost of sales")')


def test_a_cost_of_revenue_whose_aside_names_amortization_is_still_taken_out_of_the_share() -> None:
    # Corvalis (invented, round 523): "Total costs and expenses" 111,205 holds "Cost of product sales (excluding
    # amortization of intangible assets)" 21,407; revenue 148,532 less the total is the income from operations
    # 37,327. Its share of revenue is (111,205 - 21,407) / 148,532 = 60.5%, a year before (101,266 - 18,229) /
    # 123,474 = 67.3%. The aside's "amortization" had made the line read as an operating expense, and 74.9% stood
    # beside other companies' shares without their cost of revenue (UI-36).
    name = "cost_of_sales_excluding_amortization_among_costs_and_expenses.htm"
    found = standard_metrics(read(FIXTURES / "ui" / name))
    share, total = found.get("opex_share"), found.get("operating_expenses")
    assert share is not None and share.value is not None and share.prior is not None
    assert (round(share.value, 1), round(share.prior, 1)) == (Decimal("60.5"), Decimal("67.3"))
    assert total is not None and total.value == 111_205_000 and total.caveat.startswith("this total holds every cost")


def test_long_term_investments_count_in_the_cash_a_burn_is_measured_by() -> None:
    # AtriCure's sheet: "Cash, cash equivalents, and short-term investments" 68,537 and 81,801, and "Long-term
    # investments" nil and 12,675 after the current assets (matured into the short-term line): 94,476 fell to
    # 68,537, 25,939 over three months, $8.6 million a month and 7.9 months of runway (UI-16: the long-term line
    # left out, $4.4 million a month and 15.5 months)
    release = read(FIXTURES / "gold" / "atricure_q1-2020_html.htm")
    change = {e.method: e for e in burn_estimates(release)}["Change in cash and investments"]
    assert change.monthly is not None and change.runway_months is not None
    assert round(change.monthly) == 8_646_333 and round(change.runway_months, 1) == Decimal("7.9")


def test_a_total_in_tenths_of_a_million_is_footed_to_the_tenth() -> None:
    # St. Joe prints "Total expenses 19.9" over six lines in millions to one place: 1.8 + 7.3 + 0.6 + 0.2 + 6.9 +
    # 3.1. Rounding allowed half a million a line, so five of them (18.1) had passed for the total and the
    # page had warned that the lines above it do not add up.
    statement = operations_statement(read(ST_JOE_PDF))
    assert statement is not None
    expenses = breakdown(statement)
    assert expenses is not None and expenses.components[0].label == "Cost of real estate revenue"
    assert [expenses.residual(p) for p in statement.periods] == [0, 0]


def test_oracle_metrics_come_from_the_quarter_in_millions() -> None:
    found = standard_metrics(read(ORACLE))
    assert found.value("revenue") == Decimal(11320) * 10**6  # "Total Revenues" 11,320 for Q4 FY2014
    assert found.value("net_income") == Decimal(3646) * 10**6
    assert metric_text(found.get("revenue")) == "$11.32 billion"  # type: ignore[arg-type]
    assert found.value("gross_margin") is None  # Oracle prints no gross profit: nothing is guessed


def test_overview_cards_without_revenue_show_the_operating_result(allos: core.Release) -> None:
    keys = [m.key for m in overview_metrics(standard_metrics(allos))]
    assert keys == [
        "operating_expenses", "operating_income", "net_income", "eps_diluted",
        "cash_and_investments", "monthly_burn", "runway",
    ]  # fmt: skip


def test_spelled_money_names_the_unit() -> None:
    assert spelled_money(Decimal(34148000)) == "$34.1 million"
    assert spelled_money(Decimal(-7151000)) == "($7.2 million)"
    assert spelled_money(Decimal(11320000000)) == "$11.32 billion"
    # Sears prints millions: a fall of 979 is "$979 million", not "$979.0 million" (browser review)
    assert spelled_money(Decimal(979000000)) == "$979 million"
    assert spelled_money(Decimal(12000000000)) == "$12 billion"


# --- The memo and its spreadsheet ---------------------------------------------------------------------


def test_memo_columns_of_one_company_add_their_periods_to_the_ticker(allos: core.Release) -> None:
    """Two of Allos' periods side by side: "ALTH" alone would head both."""
    quarter, half = standard_metrics(allos), standard_metrics(allos, "ytd")
    assert list(memo_table([quarter, half]).columns) == [
        "Metric", "ALTH · 3M to Jun 30, 2004", "ALTH · 6M to Jun 30, 2004"]


def test_three_company_memo_reads_as_a_table_and_its_excel_holds_numbers(allos: core.Release) -> None:
    from pages._downloads import sheets_xlsx

    found = [standard_metrics(read(SERVICENOW)), standard_metrics(read(BUCKLE)), standard_metrics(allos)]
    memo = memo_table(found).set_index("Metric")
    # Headed by ticker, each column's period and balance date in the first rows: the full headings
    # ("The Buckle, Inc. (BKE) · 13 weeks to Nov 2, 2024") had set the columns' widths, so the memo scrolled
    # sideways at 1440 px and cut its metric names (browser review).
    assert list(memo.columns) == ["NOW", "BKE", "ALTH"]
    assert memo.loc["Period"].tolist() == ["3M to Mar 31, 2020", "13 weeks to Nov 2, 2024", "3M to Jun 30, 2004"]
    assert memo.loc["Balance at"].tolist() == ["Mar 31, 2020", "Nov 2, 2024", "Jun 30, 2004"]
    assert memo.loc["Revenue"].tolist() == ["$1.05B", "$293.6M", "—"]  # as the cards write them (UI-45)
    assert memo.loc["Net margin"].tolist() == ["4.6%", "15.0%", "—"]  # 48,231 / 1,046,340; 44,172 / 293,618
    assert memo.loc["Runway"].tolist() == ["No burn", "No burn", "17.9 months"]  # 34,148 / 1,908.2 cash used
    workbook = openpyxl.load_workbook(io.BytesIO(sheets_xlsx({"Standard metrics": memo_numbers(found)})))
    sheet = workbook["Standard metrics"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    revenue = rows["Revenue"]
    assert revenue[1].value == "$ millions"
    assert revenue[2].data_type == "n" and revenue[2].value == pytest.approx(1046.34)
    assert revenue[3].value == pytest.approx(293.618)
    assert rows["EPS, diluted"][2].value == pytest.approx(0.24)
    assert rows["EPS, diluted"][2].number_format.startswith('"$"')


def test_common_size_chart_draws_one_colour_per_company(allos: core.Release) -> None:
    found = [standard_metrics(read(SERVICENOW)), standard_metrics(read(BUCKLE)), standard_metrics(read(ORACLE))]
    chart = common_size_bars(found)
    assert chart is not None
    colours = [trace.marker.color for trace in chart.figure.data]
    assert len(set(colours)) == 3
    buckle = chart.figure.data[1]
    assert [round(x, 1) for x in buckle.x] == [47.7, 29.1, 18.6, 15.0]  # gross, opex, operating, net
    # each legend entry ("Oracle Corporation (ORCL) · 3M to May 31, 2014") fits a phone's width, on two lines
    assert all(len(part) <= 40 for trace in chart.figure.data for part in trace.name.split("<br>"))


def test_a_bar_a_little_past_100_percent_is_drawn() -> None:
    # AtriCure's operating expenses, 54,338 thousand on revenue of 53,225 thousand: 102.1%. Left out of the
    # chart (said in its legend, UI-16) it had read as a company missing from the comparison (UI-22): a bar
    # up to 150% of revenue is drawn, flattening no other; only one past that is left to the table.
    atricure_release = read(FIXTURES / "gold" / "atricure_q1-2020_html.htm")
    found = [standard_metrics(read(SERVICENOW)), standard_metrics(atricure_release)]
    chart = common_size_bars(found)
    assert chart is not None
    atricure = chart.figure.data[1]
    names = [" ".join(str(y).replace("<br>", " ").split()) for y in atricure.y]
    drawn = dict(zip(names, atricure.x, strict=True))
    assert drawn["Operating expenses, % of revenue"] == pytest.approx(102.1, abs=0.05)
    assert not any("not drawn" in trace.name for trace in chart.figure.data)


def test_source_excerpt_highlights_the_lines_a_figure_came_from(allos: core.Release) -> None:
    net = standard_metrics(allos).get("net_income")
    assert net is not None
    marked = [line.text.strip() for line in source_excerpt(allos, net.sources) if line.highlighted]
    assert marked == ["Net loss                $(7,151)    $(11,771)    $(12,297)    $(18,904)"]


# --- Periods: every statement of the release offered ----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "year_revenue", "year_net"),
    [
        (ORACLE, 38275, 10955),  # "Total Revenues" and "NET INCOME", twelve months ended May 31, 2014
        (FIXTURES / "edgar" / "oracle_q4-fy2022.txt", 42440, 6717),  # twelve months ended May 31, 2022
    ],
    ids=["fy2014", "fy2022"],
)
def test_oracle_full_year_statement_joins_the_period_comparison(path: Path, year_revenue: int, year_net: int) -> None:
    from core.analysis import windows
    from core.analysis.structure import operations_statement

    operations = operations_statement(read(path))
    assert operations is not None
    assert [w.name for w in windows(operations)] == ["Quarter", "Full year"]
    year = windows(operations)[1]
    assert year.prior is not None and year.current.months == 12
    assert operations.value("revenue", year.current) == Decimal(year_revenue) * 10**6
    assert operations.value("net_income", year.current) == Decimal(year_net) * 10**6
    assert standard_metrics(read(path), "year_to_date").value("revenue") == Decimal(year_revenue) * 10**6


def test_per_share_and_share_rows_printed_among_amounts_get_their_kind() -> None:
    from core.analysis.structure import operations_statement

    release = read(FIXTURES / "text" / "southern-company_q4-fy2004_text.txt")
    operations = operations_statement(release)
    assert operations is not None
    kinds = {item.label: (item.kind, item.values[0]) for item in operations.items}
    # "Basic Earnings Per Share - Excluding One-Time Items" prints 0.24 for the quarter: dollars per share.
    excluding = next(v for k, v in kinds.items() if k.startswith("Basic Earnings Per Share - Excluding"))
    assert excluding == ("per_share", Decimal("0.24"))
    assert kinds["End of Period Shares Outstanding (in millions)"][0] == "shares"


def test_over_time_charts_use_a_real_time_axis_with_gaps() -> None:
    from core.analysis.companies import group_by_company
    from core.analysis.series import company_series
    from core.charts.cash_over_time import cash_trend

    releases = [read(ORACLE), read(FIXTURES / "edgar" / "oracle_q4-fy2022.txt")]
    (group,) = group_by_company(releases)
    chart = cash_trend(company_series(group.releases))
    assert chart is not None
    assert chart.figure.layout.xaxis.type == "date"
    # May 2014 and May 2021 are seven years apart: a break in the line, not a segment joining them.
    assert list(chart.figure.data[0].x) == ["2013-05-31", None, "2014-05-31", None, "2021-05-31", None, "2022-05-31"]


def test_a_clicked_bar_finds_its_printed_line() -> None:
    from core.charts import composition

    operations = read(SERVICENOW).statement("operations")
    assert operations is not None
    expenses = breakdown(operations)
    assert expenses is not None
    chart = composition(expenses)
    found = chart.source_of(None, None, chart.figure.data[0].name)  # a click on the first series
    assert found is not None
    name, spans = found
    assert name == "Sales and marketing"
    assert read(SERVICENOW).lines[spans[0].first - 1].strip().startswith("Sales and marketing")


def test_margins_over_time_come_from_the_standard_metrics_of_each_release() -> None:
    from datetime import date

    from core.analysis.metrics import margin_history
    from core.charts.series import margins_over_time

    releases = (read(ORACLE), read(FIXTURES / "edgar" / "oracle_q4-fy2022.txt"))
    history = margin_history(releases)
    operating = {end: round(value, 1) for end, value in history["operating_margin"]}
    # 5,000 / 10,947 and 4,909 / 11,320 (FY2014 release); the FY2022 release gives 2021 and 2022.
    assert operating[date(2013, 5, 31)] == Decimal("45.7") and operating[date(2014, 5, 31)] == Decimal("43.4")
    assert sorted(operating) == [date(2013, 5, 31), date(2014, 5, 31), date(2021, 5, 31), date(2022, 5, 31)]
    chart = margins_over_time(releases)
    assert chart is not None and None in chart.figure.data[0].x  # seven years apart: the line breaks


def test_a_fall_in_cash_far_below_the_loss_is_said_to_include_money_raised() -> None:
    """Aemetis Q4 2024 prints no cash flow statement: its cash fell from 2,667 to 898 thousand over the
    year, $0.1M a month, a runway of 6.1 months, while the quarter lost 16,197 thousand, $5.4M a month,
    which would leave 898 / 5,399 = 0.2 months. The burn card and the runway say so beside their figures, each
    its own part (one sentence under both had read twice, a browser review). Its revenue, 15.7 million a month,
    outruns that fall, so the runway is said in words, not a card (UI-50), and the caution goes with the words."""
    found = standard_metrics(read(FIXTURES / "text" / "aemetis_q4-2024_markdown-flattened.txt"))
    burn = found.get("monthly_burn")
    assert burn is not None and found.get("runway") is None
    assert round(burn.value or 0) == round((2_667_000 - 898_000) / 12)
    assert burn.caveat == ("the fall in cash includes money raised or borrowed; the latest period's net loss is "
                           "$5.4 million a month")
    # and the debt its current liabilities hold, a hundred times its cash (UI-41)
    assert found.runway_said.endswith(
        "Read with care: the net loss of $5.4 million a month is more than the $898,000 of cash and cash "
        'equivalents held; $90.5 million of debt falls due within a year ("Current portion of long term debt" and '
        '"Short term borrowings"), more than the cash and cash equivalents held')
    assert "6.1 months" not in found.runway_said and "0.2 months" not in found.runway_said  # (UI-51)


def test_an_expense_total_is_said_to_hold_the_cost_of_revenue_only_where_one_is_printed() -> None:
    """GeoVax's grant revenue of 2,789 thousand less its operating expenses of 8,643 is its operating loss of
    5,854: it prints no cost of revenue, so its total is what every release totals, and nothing is said (UI-29:
    "this total holds every cost before the operating result" had stood on nearly every biotech's card).
    Quillfeather's "Total costs and expenses" holds its costs of subscription and services revenue: said."""
    from core.analysis.metrics import operating_expenses_caveat

    geovax = read(FIXTURES / "text" / "geovax-labs_q3-2024_markdown.txt")
    assert operating_expenses_caveat(geovax) == ""
    software = read(FIXTURES / "layouts" / "software_release_headed_fy17_fy16_under_q4_and_fiscal_year.htm")
    assert operating_expenses_caveat(software).startswith("this total holds every cost before the operating result")


def test_a_fall_in_cash_near_the_loss_carries_no_caveat() -> None:
    """Allos Q2 2004: cash and investments fell $1.9M a month over six months, the quarter lost 7,151
    thousand, $2.4M a month: the two agree, and the burn needs no warning."""
    found = standard_metrics(read(FIXTURES / "text" / "allos_q2_2004.txt"))
    burn = found.get("monthly_burn")
    assert burn is not None and burn.caveat == ""


def test_margins_over_time_take_every_quarter_a_release_prints() -> None:
    """A release printing five quarters in a row gives five quarters of margins, not only its quarter and
    the year-earlier one (Compare had drawn two of a bank's five). The second fiscal quarter of 2020, ended
    December 31, 2019: gross profit 37,220 of revenue 88,450 is 42.1%, net income 10,226 is 11.6%."""
    from core.analysis.metrics import margin_history

    release = read(FIXTURES / "layouts" / "fiscal_quarters_headed_2nd_qtr_2020_dated_by_the_narrative.txt")
    history = margin_history([release])
    assert [day.isoformat() for day, _ in history["gross_margin"]] == [
        "2018-12-31", "2019-03-31", "2019-06-30", "2019-09-30", "2019-12-31"]
    assert round(history["gross_margin"][-1][1], 1) == Decimal("42.1")
    assert round(history["net_margin"][-1][1], 1) == Decimal("11.6")


def test_a_subtotal_less_an_allowance_adds_up_and_is_drawn_net() -> None:
    """Sears' current assets hold "Net credit card receivables" (1,813 less an allowance of 31, printed
    positive under "Less allowance for uncollectible accounts" = 1,782). Read as an addition, the allowance
    had kept the current assets from adding up, and they were drawn as one block of 12,920; now each line
    is a block, the receivables net, and the blocks stack to the printed total assets of 21,927."""
    release = read(FIXTURES / "columns" / "sears_q2-2004_year_to_date_headed_39_weeks.txt")
    balance = release.statement("balance")
    assert balance is not None
    july = balance.periods[0]
    assets = [(s.label, s.amount / 1_000_000) for s in balance_composition(balance, july) if s.side == "Assets"]
    assert ("Net credit card receivables", 1_782) in assets
    assert not [label for label, _ in assets if label.startswith(("Total current", "Less"))]
    assert sum(amount for _, amount in assets) == 21_927


def test_a_profit_turned_into_a_loss_shows_the_change_in_money() -> None:
    """Tolland's quarter lost 1,601 thousand against a 3,800 thousand profit a year earlier: no percent change
    means anything, and the card had shown none at all (browser review of round 112). It shows the change:
    -1,601 - 3,800 = -5,401 thousand."""
    found = standard_metrics(read(FIXTURES / "layouts" / "net_loss_while_operations_generate_cash.txt"))
    net = found.get("net_income")
    assert net is not None and (net.value, net.prior) == (Decimal("-1601000"), Decimal("3800000"))
    assert metric_delta(net) == "-$5.4M"


@pytest.mark.parametrize(("value", "prior", "delta"), [
    # Capstead's quarter (UI-35): a loss of $204.7M against $7.7M had read "-2,542.0%"
    ("-204700000", "-7700000", "-$197.0M"),
    ("-8000000", "-10000000", "+20.0% (smaller loss)"),  # a loss a fifth smaller: a percent still says it
    ("115000000", "10000000", "+$105.0M"),  # more than ten times as much
    # (in thousands, 10,000 against 100,000 allows 899.9% to 900.1%: a tenth not knowable, UI-44)
    ("100000000", "10000000", "+900%"),  # both ends round to 900%: the whole percent, no range of tenths
])
def test_a_change_of_ten_times_the_year_before_is_said_in_money(value: str, prior: str, delta: str) -> None:
    import dataclasses

    found = standard_metrics(read(FIXTURES / "layouts" / "net_loss_while_operations_generate_cash.txt"))
    net = found.get("net_income")
    assert net is not None
    assert metric_delta(dataclasses.replace(net, value=Decimal(value), prior=Decimal(prior))) == delta


@pytest.mark.parametrize(("value", "prior", "delta"), [
    ("-7262000", "-12048000", "+39.7% (smaller loss)"),  # Allos's operating loss, 12,048 to 7,262 thousand
    ("-12048000", "-7262000", "-65.9% (larger loss)"),  # and the other way: 4,786 more of 7,262
    ("7262000", "12048000", "-39.7%"),  # a smaller profit says nothing more
])
def test_a_loss_both_years_says_whether_it_grew_or_shrank(value: str, prior: str, delta: str) -> None:
    """UI-37: a first-time user read "+39.7%" beside the sample's ($7.3M) operating loss as growth."""
    import dataclasses

    found = standard_metrics(read(FIXTURES / "layouts" / "net_loss_while_operations_generate_cash.txt"))
    net = found.get("net_income")
    assert net is not None
    assert metric_delta(dataclasses.replace(net, value=Decimal(value), prior=Decimal(prior))) == delta


def test_an_insurers_total_of_losses_and_expenses_is_no_operating_expenses() -> None:
    """Total revenues 447,012 less "Total losses and expenses" 368,405 is the income before income taxes,
    78,607: the total holds claims and interest. The card had called it "Operating expenses" (browser review of
    round 115), then kept its name with a caution; beside other companies' operating expenses on Compare it
    still read as one (UI-31), so an insurer gets no such figure, its premiums and losses standing for it."""
    path = Path(__file__).parent / "fixtures" / "layouts" / (
        "reconciliation_to_non_gaap_operating_income_titled_in_title_case.htm")
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    assert found.get("operating_expenses") is None and found.get("opex_share") is None
    assert found.value("revenue") == Decimal(447_012_000)


def test_a_total_of_every_cost_down_to_the_pre_tax_result_keeps_its_name_and_says_so() -> None:
    """A company's "Total costs and expenses" that revenue less is the income before taxes (no operating result
    printed) holds interest too: its card keeps the release's name and says what it holds."""
    from core.analysis.metrics import Metric, _with_every_cost_said

    revenue = Metric("revenue", Decimal(447_012_000), basis="Total revenues")
    total = Metric("operating_expenses", Decimal(368_405_000), basis="Total costs and expenses")
    pretax = Metric("income_before_taxes", Decimal(78_607_000), basis="Income before income taxes")
    said = _with_every_cost_said(total, revenue, None, pretax)
    assert said is not None and said.name == "Total costs and expenses"
    assert said.caveat == ("this total holds every cost, interest included (revenue less it is the income before "
                           "taxes), so it does not compare with other releases' operating expenses")


def test_a_margin_beyond_the_revenue_gives_its_card_to_the_operating_result() -> None:
    """Collaboration revenue of 1,250 against a loss from operations of (18,073): an operating margin of
    -1,445.8% (and -1,614.6% a year earlier) says nothing a reader can use, and its card had shown a green
    "+168.8 pts"; the operating result in money stands in, as for a company without revenue."""
    path = Path(__file__).parent / "fixtures" / "pdf" / "browser_print_header_between_a_tables_header_and_rows.htm"
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    assert round(found.value("operating_margin") or 0, 1) == Decimal("-1445.8")
    keys = [metric.key for metric in overview_metrics(found)]
    assert "operating_margin" not in keys and "gross_margin" not in keys
    assert keys[:4] == ["revenue", "operating_expenses", "operating_income", "net_income"]


def test_margins_beyond_the_revenue_are_not_drawn_beside_other_companies() -> None:
    path = Path(__file__).parent / "fixtures" / "pdf" / "browser_print_header_between_a_tables_header_and_rows.htm"
    biotech = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    allos = standard_metrics(core.parse_release(core.load_sample()[1], "allos.txt"))
    # every ratio of the biotech's beyond 150%: left out and said so, and no chart of Allos alone (UI-50)
    from core.charts.memo import margins_left_out
    assert common_size_bars([biotech, allos]) is None
    said, sample = margins_left_out([biotech, allos])
    assert "each of its ratios is beyond 150% of revenue" in said and "operating margin -1,445.8%" in said
    assert sample.endswith("its statement of operations prints no revenue line to take percentages of")


def test_no_gross_profit_is_worked_out_from_a_cost_that_leaves_depreciation_out() -> None:
    """An MLP's "Cost of product sold (exclusive of depreciation shown below)": revenue less it is no gross
    profit the company prints, and its margin would be overstated (round 117)."""
    text = (
        "REDHOLLOW MIDSTREAM PARTNERS, L.P.\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(In thousands)\n\n"
        "                                              Three Months Ended June 30,\n"
        "                                                  2021          2020\n"
        "Product sales                                  $ 412,205     $ 298,118\n"
        "Cost of product sold (exclusive of\n"
        "  depreciation shown below)                      301,418       214,905\n"
        "Operating expenses                                52,118        49,205\n"
        "Depreciation and amortization                     31,205        30,118\n"
        "Total costs and expenses                         384,741       294,228\n"
        "Operating income                                  27,464         3,890\n"
        "Net income                                     $  15,118     $  (4,205)\n"
    )
    found = standard_metrics(core.parse_release(text.encode(), "redhollow.txt"))
    assert found.value("revenue") == Decimal(412_205_000)
    assert found.get("gross_profit") is None and found.get("gross_margin") is None


def test_a_company_without_bars_in_the_margins_chart_is_told_why() -> None:
    """Browser review of round 119: beside Brenton-Hale's margins (gross 34.5%), Tamsett Valley Bancorp stood
    in the legend with no bar and no word of why: a bank prints no revenue line to take percentages of."""
    ui = FIXTURES / "ui"
    names = ("industrial_in_millions_interest_expense_and_other_income_apart.htm",
             "bank_noninterest_expense_total_and_no_revenue_line.htm")
    found = [standard_metrics(core.parse_release((ui / name).read_bytes(), name)) for name in names]
    # since UI-50 the bank is left out, said so, and the industrial's bars alone are no comparison chart
    from core.charts.memo import margins_left_out
    assert common_size_bars(found) is None
    assert margins_left_out(found) == [
        "Tamsett Valley Bancorp, Inc. (TVBK): its statement of operations prints no revenue line to take "
        "percentages of"]


def test_side_by_side_and_over_time_name_a_partnerships_units() -> None:
    """Browser review of round 119: Redhollow Midstream's EPS ("Net income per common unit", $0.38) and its
    "Weighted average common units outstanding" read "$ per share" and "shares" side by side and over time."""
    from core.analysis.series import company_series
    from core.analysis.side_by_side import side_by_side
    from core.charts.series import per_share_trend, share_count_trend
    from core.charts.side_by_side import comparison_numbers

    ui = FIXTURES / "ui"
    mlp, industrial = (core.parse_release((ui / name).read_bytes(), name) for name in (
        "mlp_interest_expense_net_in_parentheses_per_common_unit.htm",
        "industrial_in_millions_interest_expense_and_other_income_apart.htm"))
    alone = memo_numbers([standard_metrics(mlp)]).set_index("Metric")["Unit"]
    assert (alone["Result per unit, diluted"], alone["Weighted units, diluted"]) == ("$ per unit", "millions of units")
    mixed = memo_numbers([standard_metrics(industrial), standard_metrics(mlp)]).set_index("Metric")["Unit"]
    assert mixed["Result per share or unit, diluted"] == "$ per share or unit"
    numbers = comparison_numbers(side_by_side([mlp]), "amount").set_index("Line")["Unit"]
    assert numbers["Net income per common unit: Basic"] == "$ per unit"
    assert numbers["Weighted average common units outstanding: Basic"] == "units"
    series = company_series([mlp])
    eps, count = per_share_trend(series), share_count_trend(series)
    assert eps is not None and eps.title == "Net result per unit per quarter, as printed"
    assert list(eps.data["Value ($ per unit)"]) == ["$0.27", "$0.38"]
    assert count is not None and count.title == "Weighted average units per quarter"


def test_a_partnerships_cards_name_its_result_per_unit_not_eps() -> None:
    """Tollgate Pass Midstream prints "Net (loss) income per common unit" ($(3.02) diluted) over "Weighted
    average common units outstanding" (105,418 thousand): its Overview card had read "EPS, diluted"."""
    name = "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    found = standard_metrics(release)
    assert [(m.name, m.value) for m in overview_metrics(found) if m.kind in ("per_share", "shares")] == [
        ("Result per unit, diluted", Decimal("-3.02"))]
    diluted = found.get("shares_diluted")
    assert diluted is not None and (diluted.name, diluted.value) == ("Weighted units, diluted", Decimal(105_418_000))
    assert all(card_name(m.name) == m.name for m in overview_metrics(found) if m.kind == "per_share")


def test_the_memo_names_a_partnerships_result_per_unit() -> None:
    """Tollgate Pass Midstream (Q1 2020) prints "Net (loss) income per common unit" ($(3.02) diluted) and
    "Weighted average common units outstanding"; Compare's memo had named the rows "EPS, diluted" and
    "Weighted shares, diluted" beside "$ per unit"."""
    from core.analysis.metrics import standard_metrics
    from core.charts.memo import memo_numbers, memo_table

    name = "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    release = core.parse_release((Path(__file__).parent / "fixtures" / "ui" / name).read_bytes(), name)
    table = memo_numbers([standard_metrics(release)])
    rows = dict(zip(table["Metric"], table["Unit"], strict=True))
    assert rows["Result per unit, diluted"] == "$ per unit"
    assert rows["Weighted units, diluted"] == "millions of units"
    shown = memo_table([standard_metrics(release)]).set_index("Metric").iloc[:, 0]
    assert not any(name.startswith(("EPS", "Weighted shares")) for name in [*rows, *shown.index])
    assert shown["Result per unit, diluted"] == "($3.02) *"  # its note in the notes (UI-52)
    assert shown["Weighted units, diluted"] == "105.4M"  # 105,418 thousand units


def test_operating_expenses_no_total_prints_are_the_lines_added_up_where_the_result_confirms_them() -> None:
    """Marlow & Finch prints SG&A 47,915 and D&A 6,880 between gross profit 69,135 and operating income 14,340,
    no total: Compare's operating expenses are those lines added up, 54,795, as the Expenses page's (it had
    shown none, browser review of round 213), and their share of net sales 187,442 is 29.2%."""
    path = FIXTURES / "layouts" / "amount_and_share_of_sales_under_each_date_the_percent_heading_overhanging.txt"
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    opex = found.get("operating_expenses")
    assert opex is not None
    assert (opex.value, opex.prior) == (Decimal("54795000"), Decimal("50652000"))  # 44,310 + 6,342 a year earlier
    assert opex.basis == "Operating expenses (the lines added up)"
    share = found.get("opex_share")
    assert share is not None and share.value is not None and round(share.value, 1) == Decimal("29.2")


def test_the_standard_metrics_download_rounds_ratios_as_the_page_shows_them() -> None:
    """Brenlow Medical Q1 2011 beside Meridale Staffing Q1 2015 (invented): the CSV had carried a gross
    margin of 62.09326159364591, a runway of 24.01897233201581 months and a monthly burn of
    1.6866666666666668 ($ millions) (browser review). Ratios to the tenth, as the page shows them; amounts
    to the dollar, so a printed figure keeps every digit."""
    ui = Path(__file__).parent / "fixtures" / "ui"
    picked = [core.parse_release((ui / name).read_bytes(), name) for name in
              ("medical_devices_q1_2011_brenlow.txt", "staffing_q1_2015_cash_equivalents_only_meridale.htm")]
    frame = memo_numbers([standard_metrics(release) for release in picked]).set_index("Metric")
    brenlow, meridale = frame.columns[1], frame.columns[2]
    assert (frame.loc["Gross margin", brenlow], frame.loc["Gross margin", meridale]) == (62.1, 16.9)
    assert frame.loc["Net margin", meridale] == -1.6
    # the burn is the fall in cash and investments (20,445 to 14,560: 1,961.7 a month), faster than operations'
    # 5,060 and the 640 of equipment over the quarter (1,900.0 a month): 40,512 / 1,961.7 months (UI-41)
    assert frame.loc["Runway", brenlow] == 20.7 and frame.loc["Runway", "Unit"] == "months"
    assert frame.loc["Cash burn per month", brenlow] == 1.961667
    assert (frame.loc["Revenue", brenlow], frame.loc["Revenue", meridale]) == (23.418, 212.608)
    assert "62.1," in frame.reset_index().to_csv(index=False)


def test_the_runway_basis_names_the_cash_the_balance_sheet_prints(allos: core.Release) -> None:
    """Veradine's balance sheet prints cash and cash equivalents alone (37,424): its runway divides that by the
    burn, and says so, as the Cash page does; "cash and investments" is said where investments are printed."""
    path = Path(__file__).parent / "fixtures" / "ui" / "biotech_cash_equivalents_only_veradine_q2_2009.pdf"
    runway = standard_metrics(read(path)).get("runway")
    assert runway is not None and runway.basis == "cash and cash equivalents ÷ cash burn per month"
    held = standard_metrics(allos).get("runway")
    assert held is not None and held.basis == "cash and investments ÷ cash burn per month"


def test_an_eps_card_over_one_line_naming_no_basis_names_none() -> None:
    """A 1997 release prints "Net income per share" alone, one figure for both: its card had read "EPS,
    diluted" (UI-12), then "EPS, basic and diluted" (UI-13), saying what the release does not. It reads "EPS";
    a line naming both bases ("Basic and diluted net loss per share") keeps "basic and diluted"."""
    from core.analysis.metrics import overview_metrics, standard_metrics

    source = Path(__file__).parent / "fixtures" / "ui" / "one_eps_line_naming_no_basis_harrow_1997.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    (card,) = [m for m in overview_metrics(standard_metrics(release, "quarter")) if m.key.startswith("eps")]
    # named as printed, one figure (UI-50: GeoVax's "Loss per common share")
    assert (card.label, card.value) == ("Net income per share", Decimal("0.35"))
    name, data = core.load_sample()
    (sample,) = [m for m in overview_metrics(standard_metrics(core.parse_release(data, name), "quarter"))
                 if m.key.startswith("eps")]
    assert sample.label == "EPS, basic and diluted"


def test_a_quarter_the_story_says_ran_fourteen_weeks_counts_them() -> None:
    # Ferro Brothers: "the fourteen-week fourth quarter and fifty-three-week fiscal year ended January 2, 2024"
    # over columns headed "Fourth Quarter | Fiscal Year" and years alone. The periods count those weeks, the
    # nine months derived from them end 14 weeks before the year (September 26, 2023, not October 3), and
    # the Overview says the quarter is a week longer than the year-earlier one may be (UI-19)
    from core.analysis.derived import derivable
    from core.analysis.periods import period_name
    from core.analysis.structure import operations_statement

    release = read(FIXTURES / "layouts" / "year_after_a_fifty_three_week_year_over_years_alone.htm")
    operations = operations_statement(release)
    assert operations is not None
    assert [period_name(p) for p in operations.periods] == [
        "14 weeks to Jan 2, 2024", "3M to Dec 27, 2022", "53 weeks to Jan 2, 2024", "12M to Dec 27, 2022"]
    assert [period_name(d.period) for d in derivable(operations)] == [
        "39 weeks to Sep 26, 2023 (derived)", "9M to Sep 27, 2022 (derived)"]
    # the story counts the year-earlier quarter too ("compared to the thirteen-week fourth quarter of 2022")
    assert standard_metrics(release).uneven_weeks.startswith("This period counts 14 weeks, the year-earlier one 13")
    unsaid = dataclasses.replace(release, lines=tuple(line.replace("thirteen-week", "") for line in release.lines))
    assert standard_metrics(unsaid).uneven_weeks.startswith("This period counts 14 weeks, a week more than usual")


def test_a_header_row_of_week_counts_gives_each_column_its_own() -> None:
    # Shoreway Stores: "Thirteen Weeks Ended | Fourteen Weeks Ended | Fifty-Two Weeks Ended | Fifty-Three Weeks
    # Ended" over "February 2, 2019 | February 3, 2018 | ...", the story saying "the fourteen weeks ended February
    # 3, 2018". The header row read as a sentence had given the 52-week year 53 weeks: the nine months derived
    # from it ran 40 weeks, and the Overview warned of 40 weeks against 39 (UI-32); the years' 52 against 53
    # went unsaid.
    from core.analysis.derived import derivable
    from core.analysis.periods import period_name
    from core.analysis.structure import operations_statement

    name = "a_fifty_two_week_year_beside_a_fifty_three_week_one_under_one_header_row.htm"
    release = read(FIXTURES / "layouts" / name)
    operations = operations_statement(release)
    assert operations is not None
    assert [period_name(p) for p in operations.periods] == [
        "13 weeks to Feb 2, 2019", "14 weeks to Feb 3, 2018", "52 weeks to Feb 2, 2019", "53 weeks to Feb 3, 2018"]
    assert [period_name(d.period) for d in derivable(operations)] == [
        "39 weeks to Nov 3, 2018 (derived)", "39 weeks to Oct 28, 2017 (derived)"]
    assert standard_metrics(release).uneven_weeks.startswith("This period counts 13 weeks, the year-earlier one 14")
    assert standard_metrics(release, "year_to_date").uneven_weeks.startswith(
        "This period counts 52 weeks, the year-earlier one 53")


def test_cash_lines_printed_twice_are_named_by_their_heading() -> None:
    # Apple's sheet prints "Marketable securities" under current assets (32,340) and under non-current assets
    # (99,475), beside cash and cash equivalents of 40,760: $172,575 million in all, each named apart (UI-20:
    # "the sum of: Cash and cash equivalents; Marketable securities; Marketable securities")
    found = standard_metrics(read(FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt"))
    cash = found.get("cash_and_investments")
    assert cash is not None and cash.value == 172_575_000_000
    assert cash.basis == ("Cash and cash equivalents + Marketable securities (current assets) + Marketable "
                          "securities (non-current assets)")


def test_a_small_companys_figures_keep_two_digits_in_the_memo_of_millions() -> None:
    """A quarter's net loss of $887,549 had read "($0.9)" in a memo of millions and a monthly burn of $25
    thousand "$0.0", no burn at all (UI-24); then "($0.89M)" and "$0.30M" where the card says "($888K)" and
    "$296K" (UI-45): every cell writes money as the cards do, under a million in thousands."""
    small = read(FIXTURES / "layouts" / "whole_dollars_and_prose_rounded_to_the_thousand.htm")
    allos = read(FIXTURES / "text" / "allos_q2_2004.txt")
    memo = memo_table([standard_metrics(small), standard_metrics(allos)]).set_index("Metric")
    assert list(memo.loc["Net income (loss)"]) == ["($888K)", "($7.2M)"]  # (887,549); (7,151) thousand
    assert memo.loc["Net loss per month", "WEXC"] == "$296K"  # 887,549 / 3 = 295,850
    assert memo.loc["Revenue", "WEXC"] == "$24.9M"  # 24,883,946


def test_a_successors_quarter_against_the_predecessors_is_said_to_be_no_growth() -> None:
    """Brightwater's Successor quarter to June 30, 2017 beside last year's quarter, earned before the change of
    owner (UI-27: the Overview had shown expenses -38.4% and EPS +0.83 between them without a word). The
    cards' comparison carries the caution; a comparison within one owner's periods carries none."""
    from core.analysis.metrics import owner_change

    name = "successor_quarter_beside_a_predecessor_half_year_brightwater_q2_2017.txt"
    path = Path(__file__).parent / "fixtures" / "ui" / name
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    assert found.period is not None and found.prior is not None
    assert (found.period.end.isoformat(), found.prior.end.isoformat()) == ("2017-06-30", "2016-06-30")
    assert found.owner_change.startswith("The year-earlier period is the predecessor's, this one the successor's")
    assert owner_change(found.prior, found.prior) == ""


def test_the_burn_and_runway_cards_name_the_months_they_spread(allos: core.Release) -> None:
    """Allos's cash and investments fell from Dec 31, 2003 to Jun 30, 2004 (its balance sheet's two dates): the
    burn is that fall over 6 months, and its card says so under a page naming the quarter (UI-30: Allos's,
    Pellucid's and Aemetis's burn windows of 6, 9 and 12 months had been said only in the tooltip)."""
    found = standard_metrics(allos)
    burn, runway = found.get("monthly_burn"), found.get("runway")
    assert burn is not None and burn.note == "Over the 6 months to Jun 30, 2004."
    assert runway is not None and runway.note == "At the pace cash fell over the 6 months to Jun 30, 2004."


# --- UI-38: a browser review of Compare and the Periods page ------------------------------------------


def _ui(name: str) -> core.Release:
    return read(FIXTURES / "ui" / name)


def test_the_memo_says_burn_and_runway_do_not_apply_to_a_bank_or_a_reit_as_the_overview_does() -> None:
    """Wexford Plains (a bank, a quarterly net loss of $1.1 million) and Cobalt Ridge (a REIT printing funds from
    operations) beside Arbolyte, a biotech burning cash: the bank's and the REIT's burn cells had read "No
    burn", where their Overview and Cash page say burn and runway do not apply to them (UI-38)."""
    from core.analysis.business import BANK_NO_BURN, REIT_NO_BURN
    from core.charts.memo import DOES_NOT_APPLY, not_applicable_notes

    found = [standard_metrics(_ui(name)) for name in (
        "bank_quarterly_loss_wexford_plains_q4_2008.pdf",
        "reit_eps_on_income_to_common_after_preferred_cobalt_ridge_q2_2012.htm",
        "biotech_quarter_after_its_ipo_arbolyte_q1_2021.htm")]
    memo = memo_table(found).set_index("Metric")
    bank, reit, biotech = memo.columns
    for row in ("Cash burn per month", "Net loss per month", "Runway"):
        assert (memo.loc[row, bank], memo.loc[row, reit]) == (DOES_NOT_APPLY, DOES_NOT_APPLY)
    assert memo.loc["Net income (loss)", bank] == "($1.1M)"  # a loss, yet no burn: a lender's cash is its business
    assert memo.loc["Runway", biotech] == "46.7 months"
    assert not_applicable_notes(found) == [(bank, BANK_NO_BURN), (reit, REIT_NO_BURN)]


def test_every_figure_of_a_six_company_memo_says_its_unit() -> None:
    """Six companies side by side at 1,400 px: the Unit column, put last for the phone's sake (UI-36), was
    off-screen, and Buckle's "$293.6" stood beside Oracle's "$11,320.0" with nothing to say millions (UI-38).
    No unit column: each figure says its unit."""
    found = [standard_metrics(read(path)) for path in (SERVICENOW, BUCKLE, ORACLE)] + [
        standard_metrics(_ui(name)) for name in ("bank_quarterly_loss_wexford_plains_q4_2008.pdf",
                                                 "biotech_quarter_after_its_ipo_arbolyte_q1_2021.htm",
                                                 "staffing_q1_2015_cash_equivalents_only_meridale.htm")]
    memo = memo_table(found).set_index("Metric")
    assert list(memo.columns) == ["NOW", "BKE", "ORCL", "WPFC", "ARBL", "MDSS"]
    assert list(memo.loc["Revenue", ["NOW", "BKE", "ORCL"]]) == ["$1.05B", "$293.6M", "$11.32B"]
    assert memo.loc["Net income (loss)", "ARBL"] == "($23.5M)"
    assert memo.loc["Weighted shares, diluted", "ORCL"] == "4,569M"  # 4,569 million diluted shares, as printed
    units = {"Period", "Balance at"}
    for name, row in memo.drop(index=list(units)).iterrows():
        for cell in row:
            figure = str(cell).rstrip(" \u2020\u2021\u2717")
            if any(ch.isdigit() for ch in figure):
                per_share = str(name).startswith(("EPS", "Result per"))
                said = figure.removesuffix(" *").endswith(("B", "B)", "M", "M)", "K", "K)", "%", " months"))
                assert said or (per_share and figure.lstrip("($")[0].isdigit()), (name, cell)


@pytest.mark.parametrize(("path", "kept", "left_out"), [
    # ServiceNow Q1 2020: sales and marketing 441,234 thousand, the largest expense; income tax 131 thousand
    (FIXTURES / "html" / "servicenow_q1-2020.htm", "Sales and marketing", "Provision for (benefit from) income taxes"),
    # Oracle Q4 FY2014: sales and marketing $2,241 million; restructuring $37 million
    (ORACLE, "Sales and marketing", "Restructuring"),
], ids=["servicenow", "oracle"])
def test_the_periods_chart_draws_the_largest_lines_by_default_not_every_named_one(
        path: Path, kept: str, left_out: str) -> None:
    """UI-38: where fewer lines are named than the chart holds, every named line had been drawn however small,
    and the largest expense, which no concept names, left out."""
    from core.analysis import windows
    from core.analysis.structure import operations_statement
    from core.charts.periods import default_lines

    operations = operations_statement(read(path))
    assert operations is not None
    drawn = default_lines(operations, windows(operations))
    assert kept in drawn and left_out not in drawn
    assert {"Total operating expenses", "Net income (loss)"} <= set(drawn) or {"Total Operating Expenses",
                                                                              "NET INCOME"} <= set(drawn)


def test_a_gross_margin_is_taken_on_the_sales_its_cost_of_sales_is_of() -> None:
    """Sears's second quarter of 2004: "Merchandise sales and services" 8,700 and 8,851 million and "Credit and
    financial products revenues" 81 and 1,345 make total revenues of 8,781 and 10,196; "Cost of sales, buying
    and occupancy" 6,282 and 6,402 is the merchandise's. On the total the margin had been 28.5% against 37.2%
    (the credit revenue sold in 2003 bore no cost of sales): -8.8 points, where the release says its rate rose
    (UI-38). On the sales: 2,418 / 8,700 = 27.79% against 2,449 / 8,851 = 27.67%."""
    path = FIXTURES / "gold" / "sears-roebuck_q2-2004_edgar-submission.txt"
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    margin, gross = found.get("gross_margin"), found.get("gross_profit")
    assert margin is not None and gross is not None
    assert (gross.value, gross.prior) == (2_418_000_000, 2_449_000_000)
    assert (round(margin.value or 0, 2), round(margin.prior or 0, 2)) == (Decimal("27.79"), Decimal("27.67"))
    assert margin.basis == "Gross profit ÷ merchandise sales and services"
    assert margin.note.startswith("On merchandise sales and services alone")
    # revenue itself stays the total
    revenue = found.get("revenue")
    assert revenue is not None and (revenue.value, revenue.prior) == (8_781_000_000, 10_196_000_000)


def test_a_gross_margin_is_taken_on_the_sales_a_cost_of_goods_sold_is_of() -> None:
    """Caterpillar's first quarter of 2022: "Sales of Machinery, Energy & Transportation" 12,886 and 11,191 million
    and "Revenues of Financial Products" 703 and 696 make 13,589 and 11,887; "Cost of goods sold" 9,559 and 8,012
    is the machinery's (its supplemental statement prints 9,560 and 8,013 under ME&T, none under Financial
    Products). On the total the margin had been 29.7% against 32.6% (UI-40); on the sales, 3,327 / 12,886 =
    25.82% against 3,179 / 11,191 = 28.41%, as Overview and Compare now show it."""
    path = FIXTURES / "gold" / "caterpillar_q1-2022_edgar-submission.txt"
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    margin, gross = found.get("gross_margin"), found.get("gross_profit")
    assert margin is not None and gross is not None
    assert (gross.value, gross.prior) == (3_327_000_000, 3_179_000_000)
    assert (round(margin.value or 0, 2), round(margin.prior or 0, 2)) == (Decimal("25.82"), Decimal("28.41"))
    assert margin.note.startswith("On sales of machinery, energy & transportation alone")
    revenue = found.get("revenue")
    assert revenue is not None and (revenue.value, revenue.prior) == (13_589_000_000, 11_887_000_000)
    cards = {m.key: m for m in overview_metrics(found)}
    assert metric_delta(cards["gross_margin"]) == "-2.6 pts"


@pytest.mark.parametrize(("name", "basis", "margins"), [
    # "Transportation" 48,206, "Storage and terminaling" 12,418 and "Product sales" 22,806 (16,412 a year before);
    # "Cost of products sold" 19,877 (13,806) is the products': 2,929 / 22,806 = 12.84% against 2,606 / 16,412
    # = 15.88%, where the total revenue had made 76.2% against 79.8%
    ("ui/pipeline_headline_wrapped_before_results_and_more.txt", "Gross profit ÷ product sales",
     (Decimal("12.84"), Decimal("15.88"))),
    # "Cost of product sold" 27,613 (28,890) beside "Product sales" of 9,238 (9,446): a cost beyond the sales is
    # of more than them, and the margin stays on the total, 39,736 / 67,349 = 59.00% against 41,574 / 70,464
    ("layouts/partnership_net_income_per_limited_partner_unit.txt", "Gross profit ÷ revenue",
     (Decimal("59.00"), Decimal("59.00"))),
])
def test_a_cost_of_products_sold_is_of_the_product_sales_it_does_not_exceed(
        name: str, basis: str, margins: tuple[Decimal, Decimal]) -> None:
    path = FIXTURES / name
    margin = standard_metrics(core.parse_release(path.read_bytes(), path.name)).get("gross_margin")
    assert margin is not None and margin.basis == basis
    assert (round(margin.value or 0, 2), round(margin.prior or 0, 2)) == margins


@pytest.mark.parametrize("name", ["gold/hasbro_q1-2020_html.htm", "gold_pdf/hasbro_q1-2020_html.txt"])
def test_a_gross_margin_takes_off_every_cost_of_revenue_the_statement_prints(name: str) -> None:
    """Hasbro's first quarter of 2020 prints "Cost of Sales" 262,694 and 259,987 thousand and, beside it, the
    "Program Production Cost Amortization" of the studio it bought, 132,146 and 6,575. On the cost of sales alone
    the margin had read 76.2% against 64.5%, "+11.7 pts" (UI-40); on both, (1,105,570 - 262,694 - 132,146) /
    1,105,570 = 64.29% against (732,510 - 259,987 - 6,575) / 732,510 = 63.61%, and the card says what it took
    off. "Royalties" (112,822), a licensor's share no word of which says it is a cost of revenue, stays out."""
    path = FIXTURES / name
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    margin, gross = found.get("gross_margin"), found.get("gross_profit")
    assert margin is not None and gross is not None
    assert (gross.value, gross.prior) == (710_730_000, 465_948_000)
    assert gross.basis == "Net Revenues − Cost of Sales − Program Production Cost Amortization"
    assert (round(margin.value or 0, 2), round(margin.prior or 0, 2)) == (Decimal("64.29"), Decimal("63.61"))
    assert metric_delta(margin) == "+0.7 pts"
    assert margin.note.startswith("Revenue less Cost of Sales and Program Production Cost Amortization:")
    assert "Royalties" not in margin.note


@pytest.mark.parametrize("name", ["gold/hasbro_q1-2020_html.htm", "gold_pdf/hasbro_q1-2020_html.txt"])
def test_the_operating_expense_share_takes_off_the_costs_the_gross_margin_takes_off(name: str) -> None:
    """Hasbro's "Costs and expenses" hold its Cost of Sales (262,694 and 259,987 thousand) and its Program
    Production Cost Amortization (132,146 and 6,575), both taken off for the gross margin of 64.3%. The share
    had taken off the Cost of Sales alone: (1,128,853 - 262,694) / 1,105,570 = 78.3%, and 64.3 - 78.3 is no
    operating margin of -2.1% (UI-41). On the margin's costs, (1,128,853 - 262,694 - 132,146) / 1,105,570 =
    66.4%, a year before (696,383 - 259,987 - 6,575) / 732,510 = 58.7%, and the three add up."""
    path = FIXTURES / name
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    share, gross, operating = found.get("opex_share"), found.get("gross_margin"), found.get("operating_margin")
    assert share is not None and gross is not None and operating is not None
    assert share.value is not None and share.prior is not None
    assert (round(share.value, 1), round(share.prior, 1)) == (Decimal("66.4"), Decimal("58.7"))
    assert round((gross.value or 0) - share.value, 1) == round(operating.value or 0, 1) == Decimal("-2.1")
    assert share.basis.startswith("Costs and expenses (the lines added up) less the costs of revenue")
    assert share.caveat.startswith('worked out on the operating-expense total less its cost-of-revenue lines '
                                   '("Cost of Sales" and "Program Production Cost Amortization")')
    # the memo's cell and the margins chart read the same figure
    memo = memo_table([found])
    assert memo.loc[memo["Metric"] == "Operating expenses, % of revenue"].iloc[0, 1].startswith("66.4%")


def test_a_runway_on_cash_alone_says_so_beside_the_liquidity_the_release_speaks_of() -> None:
    """Valaris's first quarter of 2020: cash and cash equivalents of $184.9 million over operations using $68.1
    million a month and $36.3 million of equipment in the quarter ($80.2 million a month, UI-41), a runway of 2.3
    months, beside its highlights' "$1.5 billion of liquidity", eight times the
    cash (UI-39: the card had read as a going-concern signal the release contradicts). Allos speaks of no
    liquidity beyond its cash: its runway carries no such words."""
    path = FIXTURES / "html" / "valaris-plc_q1-2020.htm"
    runway = standard_metrics(core.parse_release(path.read_bytes(), path.name)).get("runway")
    assert runway is not None and runway.value is not None and round(runway.value, 1) == Decimal("2.3")
    # one plain sentence (UI-40: "counts ... alone: the release speaks of ..., more than that, which may count
    # credit it can draw" had read as clauses stitched together); then its $224.5 million of current
    # maturities of long-term debt, more than its cash (UI-41)
    assert runway.caveat == ('the runway counts only cash and cash equivalents, while the release speaks of '
                             '"$1.5 billion of liquidity", which may include credit the company can draw; '
                             '$224.5 million of debt falls due within a year ("Current maturities of long-term '
                             'debt"), more than the cash and cash equivalents the runway counts')
    allos = standard_metrics(read(FIXTURES / "text" / "allos_q2_2004.txt")).get("runway")
    assert allos is not None and "liquidity" not in allos.caveat


def test_revenue_holding_a_derivatives_change_in_value_says_what_the_sales_did() -> None:
    """An oil producer's "Total revenue and other" of 517,050 (thousands) holds "Commodity derivative fair value
    gains (losses)" of 215,600 (a loss of 41,200 a year before) beside natural gas sales of 301,450 (412,300):
    the total rose 39.3% while the sales fell 26.9%. The revenue card says so (UI-41: Antero's "+27.0%")."""
    path = FIXTURES / "layouts" / "tax_expense_in_parentheses_benefit_bare_before_comprehensive_result.txt"
    revenue = standard_metrics(core.parse_release(path.read_bytes(), path.name)).get("revenue")
    assert revenue is not None and (revenue.value, revenue.prior) == (517_050_000, 371_100_000)
    assert revenue.note == ("Includes commodity derivative fair value gains (losses): $215.6M against ($41.2M) a year "
                            "before; without it $301.5M against $412.3M, -26.9%.")


def test_revenue_with_no_derivative_among_its_parts_carries_no_such_note() -> None:
    path = FIXTURES / "gold" / "sears-roebuck_q2-2004_edgar-submission.txt"
    found = standard_metrics(core.parse_release(path.read_bytes(), path.name))
    for key in ("revenue", "gross_margin", "operating_margin", "net_margin"):
        metric = found.get(key)
        assert metric is not None and "derivative" not in metric.note, key


def test_margins_on_a_revenue_holding_a_derivatives_gain_say_so_with_the_margin_without_it() -> None:
    """Antero Resources Q1 2020 (thousands; 2019 then 2020 as printed): "Total revenue and other" 1,037,407 and
    1,317,105 holds "Commodity derivative fair value gains (losses)" of (77,368) and 565,833; operating income
    (33,707) and 262,433; net income (loss) attributable to Antero 978,763 and (338,810). The operating margin of
    19.9%, +23.2 pts, is the gain's: without it the operating result is 262,433 - 565,833 = -303,400 on 751,272
    of other revenue, -40.4%, against (-33,707 + 77,368) / 1,114,775 = 3.9% a year before (UI-42). The net
    margin says the same, the tax on the gain aside: (-338,810 - 565,833) / 751,272 = -120.4% against
    (978,763 + 77,368) / 1,114,775 = 94.7%. The note names the line in sentence case, as a sentence carries it."""
    found = standard_metrics(read(ANTERO))
    revenue, operating, net = (found.get(key) for key in ("revenue", "operating_margin", "net_margin"))
    assert revenue is not None and (revenue.value, revenue.prior) == (1_317_105_000, 1_037_407_000)
    assert revenue.note == ("Includes commodity derivative fair value gains (losses): $565.8M against ($77.4M) a year "
                            "before; without it $751.3M against $1.11B, -32.6%.")
    assert operating is not None and (round(operating.value, 1), round(operating.prior, 1)) == (Decimal("19.9"),
                                                                                               Decimal("-3.2"))
    assert operating.note == ("Revenue includes commodity derivative fair value gains (losses): $565.8M against "
                              "($77.4M) a year before; without it -40.4% against 3.9%, -44.3 pts.")
    assert net is not None and net.note == (
        "Revenue includes commodity derivative fair value gains (losses): $565.8M against ($77.4M) a year before; "
        "without it -120.4% against 94.7%, -215.2 pts, before any tax on it.")
    # no gross margin: the release prints no cost of revenue
    assert found.get("gross_margin") is None


def test_the_operating_margin_of_a_layout_like_anteros_says_so_by_the_same_rule() -> None:
    """The layout fixture of Antero's shape (thousands): operating income 235,000 (113,000) on the revenue of
    517,050 (371,100) holding 215,600 of derivative gains (a loss of 41,200): without them
    (235,000 - 215,600) / 301,450 = 6.4% against (113,000 + 41,200) / 412,300 = 37.4%."""
    path = FIXTURES / "layouts" / "tax_expense_in_parentheses_benefit_bare_before_comprehensive_result.txt"
    operating = standard_metrics(core.parse_release(path.read_bytes(), path.name)).get("operating_margin")
    assert operating is not None and operating.note == (
        "Revenue includes commodity derivative fair value gains (losses): $215.6M against ($41.2M) a year before; "
        "without it 6.4% against 37.4%, -31.0 pts.")


def test_a_label_is_carried_mid_sentence_in_lower_case_keeping_its_abbreviations() -> None:
    from core.formatting import mid_sentence

    assert mid_sentence("Commodity derivative fair value gains (losses)") == (
        "commodity derivative fair value gains (losses)")
    assert mid_sentence("COMMODITY DERIVATIVE GAINS") == "commodity derivative gains"
    assert mid_sentence("Gain on Derivative Instruments, net") == "gain on derivative instruments, net"
    assert mid_sentence("Net gain on LNG hedges") == "net gain on LNG hedges"
    assert mid_sentence("Gains on U.S. Treasury  swaps") == "gains on U.S. treasury swaps"


CRITEO = FIXTURES / "html" / "criteo-sa_q1-2020.htm"
CRITEO_LYNX = FIXTURES / "text" / "criteo_q1-2020_lynx.txt"


def test_a_net_income_card_on_the_shareholders_share_names_its_line() -> None:
    """Criteo Q1 2020 ($ thousands): "Net Income" 16,428, of which "Net income available to shareholders of
    Criteo S.A." 15,459 and the non-controlling interests' 969. The card shows 15,459, the company's share, and
    had said nothing of the 16,428 the statement prints as its net income (UI-42): it names its line, on the
    Overview and in Compare's notes alike. Cree's quarter: "Net loss" (61.4) million, "Net loss attributable
    to controlling interest" (61.6). Antero's quarter prints both at (338,810) thousand: nothing to say."""
    for path in (CRITEO, CRITEO_LYNX):
        metrics = standard_metrics(read(path))
        net = metrics.get("net_income")
        assert net is not None and net.value == Decimal(15_459_000), path
        assert net.note == ('The line "Net income available to shareholders of Criteo S.A."; the statement\'s whole '
                            '"Net Income" is $16.4M.'), path
        memo = memo_basis_notes([metrics])
        assert any('net income (loss): the line "Net income available to shareholders of Criteo S.A."' in note
                   and "$16.4M" in note for note in memo), memo
    cree = standard_metrics(read(CREE)).get("net_income")
    assert cree is not None and cree.value == Decimal("-61600000")
    assert cree.note == ('The line "Net loss attributable to controlling interest"; the statement\'s whole '
                         '"Net loss" is ($61.4M).')
    antero = standard_metrics(read(ANTERO)).get("net_income")
    assert antero is not None and antero.value == Decimal(-338_810_000) and antero.note == ""


def test_the_overview_says_which_net_income_its_card_shows() -> None:
    """Criteo's Overview: the net income card's caption names the shareholders' line beside the $16.4M whole."""
    from tests.page_runner import run_page

    at = run_page("overview", read(CRITEO))
    captions = [caption.value.replace("\\", "") for caption in at.caption]  # markdown's escapes taken off
    assert ('The line "Net income available to shareholders of Criteo S.A."; the statement\'s whole "Net Income" '
            "is $16.4M." in captions), captions
