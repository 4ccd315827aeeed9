"""A bank's and an insurer's own headline lines: the checks that prove a bank's add up, and the cards that show
them where other companies' revenue and margins stand (UI-29: a bank's Overview had shown only its net income,
EPS and cash)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.analysis.metrics import overview_metrics, standard_metrics
from core.checks.verification import doubts, unchecked

FIXTURES = Path(__file__).parent / "fixtures"


def _release(path: str) -> core.Release:
    file = FIXTURES / path
    return core.parse_release(file.read_bytes(), file.name)


def _checks(release: core.Release, name: str) -> list[tuple[str, Decimal, Decimal, bool]]:
    return [(c.period, c.expected, c.found, c.passed) for c in release.checks if c.name == name]


def test_a_banks_lines_are_checked_from_interest_income_down_to_the_pre_tax_result() -> None:
    """Harwick Bancorp's quarter and half year (invented): 14,205 - 6,712 = 7,493 of net interest income;
    7,493 - 450 = 7,043 after the provision; 7,043 + 2,318 - 6,105 = 3,256 before taxes (and 12,880 - 5,590 =
    7,290, 7,290 - 300 = 6,990, 6,990 + 2,105 - 5,870 = 3,225 a year earlier)."""
    release = _release("layouts/bank_called_the_bank_under_a_topic_headline.txt")
    assert _checks(release, "net interest income")[:2] == [
        ("3M 2007-06-30", Decimal(7_493_000), Decimal(7_493_000), True),
        ("3M 2006-06-30", Decimal(7_290_000), Decimal(7_290_000), True),
    ]
    assert _checks(release, "provision for credit losses")[:2] == [
        ("3M 2007-06-30", Decimal(7_043_000), Decimal(7_043_000), True),
        ("3M 2006-06-30", Decimal(6_990_000), Decimal(6_990_000), True),
    ]
    assert _checks(release, "income before taxes")[:2] == [
        ("3M 2007-06-30", Decimal(3_256_000), Decimal(3_256_000), True),
        ("3M 2006-06-30", Decimal(3_225_000), Decimal(3_225_000), True),
    ]
    assert not release.failed_checks


def test_a_bank_gets_its_own_cards_each_one_checked() -> None:
    release = _release("layouts/bank_called_the_bank_under_a_topic_headline.txt")
    cards = overview_metrics(standard_metrics(release))
    shown = {m.key: (m.value, m.prior) for m in cards}
    assert [m.key for m in cards][:6] == ["net_interest_income", "credit_loss_provision", "noninterest_income",
                                          "noninterest_expense", "net_income", "eps_diluted"]
    assert shown["net_interest_income"] == (Decimal(7_493_000), Decimal(7_290_000))
    assert shown["credit_loss_provision"] == (Decimal(450_000), Decimal(300_000))
    assert shown["noninterest_income"] == (Decimal(2_318_000), Decimal(2_105_000))
    assert shown["noninterest_expense"] == (Decimal(6_105_000), Decimal(5_870_000))
    for metric in cards[:4]:
        assert not doubts(release, metric.sources) and not unchecked(release, metric.sources), metric.key


def test_a_provision_printed_in_parentheses_is_shown_as_the_expense_it_is() -> None:
    """First Lakeview (invented) prints "Provision for loan losses (950)" under a net interest income of 8,488
    and above 7,538 after it: 8,488 - 950 = 7,538, so the provision is an expense of 950 (1,400 a year
    earlier: 7,850 - 1,400 = 6,450), never a negative one; the pre-tax result 7,538 + 975 - 5,518 = 2,995."""
    release = _release("checks/bank_provision_printed_in_parentheses_as_taken_away.txt")
    found = standard_metrics(release)
    provision = found.get("credit_loss_provision")
    assert provision is not None
    assert (provision.value, provision.prior) == (Decimal(950_000), Decimal(1_400_000))
    assert _checks(release, "income before taxes") == [
        ("3M 2011-03-31", Decimal(2_995_000), Decimal(2_995_000), True),
        ("3M 2010-03-31", Decimal(2_120_000), Decimal(2_120_000), True),
    ]
    assert _checks(release, "net interest income") == [
        ("3M 2011-03-31", Decimal(8_488_000), Decimal(8_488_000), True),
        ("3M 2010-03-31", Decimal(7_850_000), Decimal(7_850_000), True),
    ]


def test_a_reversal_of_the_provision_stays_a_negative_expense() -> None:
    """A bank of five quarters (invented) releasing reserves: "Provision for credit losses (45)" with no line
    after the net interest income; its pre-tax result 3,818 - (-45) - 2,291 = 1,572 says the (45) is a benefit."""
    release = _release("layouts/a_banks_five_quarters_total_revenue_net_of_interest_expense.htm")
    provision = standard_metrics(release).get("credit_loss_provision")
    assert provision is not None and provision.value == Decimal(-45_000_000)
    assert provision.note == "A reversal (Provision for credit losses): reserves released add to income."


def test_a_changed_figure_in_a_banks_statement_fails_its_check() -> None:
    """The check can fail: the same statement with its net interest income misprinted by 100 thousand."""
    path = FIXTURES / "checks" / "bank_provision_printed_in_parentheses_as_taken_away.txt"
    text = path.read_text().replace("Net interest income                                8,488",
                                    "Net interest income                                8,588")
    release = core.parse_release(text.encode(), path.name)
    assert [(c.period, c.passed) for c in release.checks if c.name == "net interest income"] == [
        ("3M 2011-03-31", False), ("3M 2010-03-31", True)]


def test_interest_among_a_companys_other_income_is_no_banks_headline() -> None:
    """A manufacturer's "Net interest income" printed under its operating result is part of its other income:
    the statement is no bank's, and its lines are left to the chain from the operating result."""
    from core.model import LineItem, SourceSpan
    from core.statements.lender_lines import lender_lines

    def line(label: str, value: int, concepts: tuple[str, ...] = ()) -> LineItem:
        return LineItem(label=label, values=(Decimal(value),), concepts=concepts, kind="amount",
                        span=SourceSpan(1, 1))

    bank = [line("Total interest income", 900), line("Total interest expense", 300),
            line("Net interest income", 600), line("Total noninterest expense", 400),
            line("Income before income taxes", 200, ("income_before_taxes",))]
    found = lender_lines(bank)
    assert found is not None and (found.interest_income, found.interest_expense, found.net_interest_income,
                                  found.noninterest_expense) == (0, 1, 2, 3)
    manufacturer = [line("Operating income", 1_000, ("operating_income",)), *bank[:3],
                    line("Income before income taxes", 1_600, ("income_before_taxes",))]
    assert lender_lines(manufacturer) is None


def test_an_insurer_gets_its_premiums_losses_and_combined_ratio() -> None:
    """An insurer's quarter (invented, round 325): net premiums earned $142,318 thousand against $131,904,
    losses and loss adjustment expenses 99,844 against 90,213, and the GAAP combined ratio it prints, 95.1%
    against 96.4%."""
    release = _release("layouts/an_insurers_operating_income_memo_after_the_share_counts.txt")
    cards = {m.key: m for m in overview_metrics(standard_metrics(release))}
    assert list(cards)[:4] == ["revenue", "premiums_earned", "losses_and_loss_expenses", "combined_ratio"]
    assert (cards["premiums_earned"].value, cards["premiums_earned"].prior) == (
        Decimal(142_318_000), Decimal(131_904_000))
    assert (cards["losses_and_loss_expenses"].value, cards["losses_and_loss_expenses"].prior) == (
        Decimal(99_844_000), Decimal(90_213_000))
    assert (cards["combined_ratio"].value, cards["combined_ratio"].prior) == (Decimal("95.1"), Decimal("96.4"))
    assert cards["combined_ratio"].kind == "percent"
    # its total of losses and expenses is no operating expenses beside other companies' (UI-31)
    found = standard_metrics(release)
    assert found.get("operating_expenses") is None and found.get("opex_share") is None


def test_a_banks_cash_card_is_named_for_the_line_it_counts() -> None:
    """A bank's sheet (invented) printing "CASH AND DUE FROM BANKS" as its only cash line: its card says so, as
    the Cash page does, and not "Cash and cash equivalents" (UI-30: a bank's $48.2M of cash and due from banks
    had been called its cash and cash equivalents, beside $212.4M of deposits in other banks it left out)."""
    release = _release("layouts/a_per_share_heading_in_capitals_without_its_colon.txt")
    cash = standard_metrics(release).get("cash_and_investments")
    assert cash is not None and cash.name == "Cash and due from banks"


def test_a_memo_row_of_costs_totalled_two_ways_names_both() -> None:
    """An insurer's "Total expenses" beside another company's operating expenses: the row says it holds both."""
    from core.analysis.metrics import Metric
    from core.analysis.per_share import SHARES
    from core.charts.memo import row_name

    insurer = Metric("operating_expenses", Decimal(151_502_000), basis="Total expenses", label="Total expenses")
    biotech = Metric("operating_expenses", Decimal(12_000_000), basis="Total operating expenses")
    assert row_name("operating_expenses", (insurer, biotech), SHARES) == (
        "Operating or total expenses")
    assert row_name("operating_expenses", (insurer, None), SHARES) == "Total expenses"


def test_a_thrifts_other_income_and_other_expenses_are_its_non_interest_totals() -> None:
    """Keystone Financial Savings (round 503, invented) prints no "non-interest" line and no "Total deposits":
    its net interest income (8,570 - 5,300 = 3,270) and provision (60) say it is a lender, and its "Total other
    income" (142 + 88 + 205 + 31 = 466) and "Total other expenses" (1,180 + 310 + 48 + 142 + 388 = 2,068) are
    its non-interest totals: 3,270 - 60 + 466 - 2,068 = 1,608 before taxes. A year earlier the provision is
    printed "-": 3,325 - 0 + 515 - 1,969 = 1,871."""
    from core.analysis.business import financial_business

    release = _release("checks/thrift_other_income_and_other_expenses_totals.txt")
    assert financial_business(release) == "bank"
    cards = {m.key: (m.value, m.prior) for m in overview_metrics(standard_metrics(release))}
    assert cards["net_interest_income"] == (Decimal(3_270_000), Decimal(3_325_000))
    assert cards["credit_loss_provision"] == (Decimal(60_000), Decimal(0))
    assert cards["noninterest_income"] == (Decimal(466_000), Decimal(515_000))
    assert cards["noninterest_expense"] == (Decimal(2_068_000), Decimal(1_969_000))
    assert _checks(release, "income before taxes")[:2] == [
        ("3M 1999-06-30", Decimal(1_608_000), Decimal(1_608_000), True),
        ("3M 1998-06-30", Decimal(1_871_000), Decimal(1_871_000), True),
    ]


def test_the_compare_download_says_which_figures_no_check_speaks_of() -> None:
    """The insurer's printed combined ratio, 95.1%, is a figure no check adds up: the download says "not
    checked" beside it, as the page marks it, and nothing beside the premiums earned its checks vouch for."""
    from core.charts.memo import memo_numbers

    release = _release("layouts/an_insurers_operating_income_memo_after_the_share_counts.txt")
    frame = memo_numbers([standard_metrics(release)]).set_index("Metric")
    heading = frame.columns[1]
    assert frame.loc["Combined ratio", heading] == 95.1
    assert frame.loc["Combined ratio", f"{heading}: checks"] == "not checked"
    assert frame.loc["Premiums earned", heading] == 142.318
    assert frame.loc["Net income (loss)", f"{heading}: checks"] == ""


def test_a_mortgage_reits_overview_leads_with_its_net_interest_income() -> None:
    """AGNC's first quarter of 2020 opens on "Interest income" 491 and "Interest expense" 426 million, then "Net
    interest income" 65 million against 164 a year earlier; it prints no interest totals, provision or
    non-interest expense, so the bank rule had found no lender's lines, and the Overview had led with its $23.0M
    of operating expenses (UI-40). An interest earner reads its net interest income first, as a bank does."""
    release = _release("html/agnc-investment_q1-2020.htm")
    cards = overview_metrics(standard_metrics(release))
    assert [m.key for m in cards] == ["net_interest_income", "net_income", "eps_diluted", "cash_and_investments"]
    assert (cards[0].value, cards[0].prior) == (Decimal(65_000_000), Decimal(164_000_000))
    assert (cards[1].value, cards[1].prior) == (Decimal(-2_421_000_000), Decimal(265_000_000))
