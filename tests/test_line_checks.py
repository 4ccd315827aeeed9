"""Checks that read one line against another: a summary's line naming a statement line must print the
statement's figure for each period both print (one printing the figure of another period was dated wrong,
and only its own figure is in doubt; figures from Meta's third quarter of 2022, round 78, whose highlights
read off a PDF's text had printed 2021's revenue under 2022); and EPS x shares, where the total per share
adds rounded parts."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.checks.between_statements import summary_lines
from core.facts import write_facts_csv
from core.model import CheckResult, Diagnostic, LineItem, Period, SourceSpan, Statement
from core.statements.to_common import Taken

Q3_2022 = Period(date(2022, 9, 30), 3, "Three Months Ended September 30, 2022")
Q3_2021 = Period(date(2021, 9, 30), 3, "Three Months Ended September 30, 2021")
MILLION = 1_000_000
FIXTURES = Path(__file__).parent / "fixtures"


def _statement(primary: bool, rows: list[tuple[str, str, str, tuple[str, str]]], first: int) -> Statement:
    """Rows of (label, kind, concept, (2022 cell, 2021 cell)) in millions, or dollars a share."""
    items = tuple(
        LineItem(label=label, values=tuple(Decimal(c.replace(",", "")) * (MILLION if kind == "amount" else 1)
                                           for c in cells),
                 concepts=(concept,) if concept else (), kind=kind, span=SourceSpan(first + n, first + n),  # type: ignore[arg-type]
                 cells=cells)
        for n, (label, kind, concept, cells) in enumerate(rows))
    return Statement(kind="operations", title="", unit="In millions", scale=MILLION, share_scale=MILLION,
                     periods=(Q3_2022, Q3_2021), items=items, span=SourceSpan(first, first + len(rows)),
                     primary=primary)


STATEMENT = _statement(True, [
    ("Revenue", "amount", "revenue", ("27,714", "29,010")),
    ("Income from operations", "amount", "operating_income", ("5,664", "10,423")),
    ("Net income", "amount", "net_income", ("4,395", "9,194")),
    ("Diluted", "per_share", "eps_diluted", ("1.64", "3.22")),
], 170)


@pytest.mark.parametrize(("summary_row", "passed"), [
    # dated right: the statement's figures, to the summary's rounding
    (("Revenue", "amount", "", ("27,714", "29,010")), [True, True]),
    (("Revenue (1)", "amount", "", ("27,714", "29,010")), [True, True]),  # a footnote's mark
    # dated wrong: each column prints the other period's figure
    (("Revenue", "amount", "", ("29,010", "27,714")), [False, False]),
    (("Net income", "amount", "", ("9,194", "9,194")), [False, True]),
])
def test_a_summary_line_is_checked_against_the_statements(summary_row: tuple[str, str, str, tuple[str, str]],
                                                          passed: list[bool]) -> None:
    summary = _statement(False, [summary_row], 13)
    checks = list(summary_lines([summary, STATEMENT]))
    assert [c.passed for c in checks] == passed
    assert {c.lines for c in checks} == {(13,)}  # the summary's line alone: the statement is the reference


def test_a_figure_no_column_of_the_statement_prints_is_no_claim() -> None:
    """A non-GAAP line under the statement's words, or another entity's: neither agrees nor accuses."""
    summary = _statement(False, [("Income from operations", "amount", "", ("6,912", "11,577"))], 13)
    assert list(summary_lines([summary, STATEMENT])) == []


def test_a_repeat_of_a_label_further_down_is_no_line_of_the_summary() -> None:
    """"Research and development" under "Share-based compensation expense:" is a part of the first one."""
    statement = _statement(True, [("Research and development", "amount", "research_and_development",
                                   ("9,170", "6,316"))], 170)
    summary = _statement(False, [("Research and development", "amount", "", ("9,170", "6,316")),
                                 ("Research and development", "amount", "", ("6,316", "1,849"))], 13)
    assert [(c.lines, c.passed) for c in summary_lines([summary, statement])] == [((13,), True), ((13,), True)]


# --- EPS x shares, where the total per share adds rounded parts -------------------------------------------

NINE_2024 = Period(date(2024, 9, 30), 9, "Nine Months Ended September 30, 2024")


def _eps_statement(parts: bool) -> Statement:
    """AppLovin's nine months of 2024 (round 81): net income 980,572 thousand over 336,167 thousand basic
    shares is 2.917 a share; the release prints 2.95 from continuing and (0.04) from discontinued
    operations, and their sum, 2.91, as the total."""
    def line(label: str, kind: str, concept: str, value: str, first: int) -> LineItem:
        return LineItem(label=label, values=(Decimal(value),), concepts=(concept,) if concept else (),
                        kind=kind, span=SourceSpan(first, first))  # type: ignore[arg-type]

    items = [line("Net income", "amount", "net_income", "980572000", 40)]
    if parts:
        items += [line("Continuing operations", "per_share", "", "2.95", 42),
                  line("Discontinued operations", "per_share", "", "-0.04", 43)]
    items += [line("Net income per share - basic", "per_share", "eps_basic", "2.91", 44),
              line("Weighted average shares - basic", "shares", "shares_basic", "336167000", 46)]
    return Statement(kind="operations", title="", unit="In thousands", scale=1000, share_scale=1000,
                     periods=(NINE_2024,), items=tuple(items), span=SourceSpan(40, 46))


@pytest.mark.parametrize(("parts", "passed"), [(True, True), (False, False)])
def test_eps_that_adds_rounded_parts_may_miss_by_a_cent(parts: bool, passed: bool) -> None:
    """2.91 x 336,167 = 978,246 against 980,572: 2,326 thousand off, more than half a cent a share (1,681)
    but within the cent two rounded parts allow (3,362). Without the parts printed, half a cent holds."""
    from core.checks.identities import eps

    assert [c.passed for c in eps(_eps_statement(parts))] == [passed]


@pytest.mark.parametrize(("label", "result"), [
    ("Profit of consolidated companies", True), ("Profit of consolidated and affiliated companies", True),
    ("Net income including noncontrolling interests", True), ("Consolidated net income", True),
    ("Equity in profit of unconsolidated affiliated companies", False), ("Provision for income taxes", False),
])
def test_which_lines_are_results_the_net_result_check_runs_through(label: str, result: bool) -> None:
    """Round 184's industrial printed "Profit of consolidated companies" with no rule above it: taken for a
    line, it had been added into the net result check, which failed and held the correct tax back."""
    from core.statements.bridges import is_result_line

    assert is_result_line(label) is result


def test_a_total_printed_alone_under_a_bridge_is_not_footed_against_it() -> None:
    """A bank's condensed statement: "Net interest income", "Provision for loan losses", "Net interest income
    after provision for loan losses" (the first less the second), then "Total noninterest income" printed
    alone, its parts left out. The lines above it are a bridge, no section of parts: footing the total
    against them had failed on correct figures and held them back (round 325)."""
    from pathlib import Path

    import core

    name = "bank_totals_printed_alone_under_a_bridge_of_net_interest_income.txt"
    path = Path(__file__).parent / "fixtures" / "checks" / name
    release = core.parse_release(path.read_bytes(), path.name)
    assert not [c for c in release.checks if not c.passed]
    frame = core.facts_frame(release)
    noninterest = frame[frame["label"] == "Total noninterest income"]
    assert list(noninterest["value"]) == [Decimal(9_812_000), Decimal(9_566_000)]
    assert set(noninterest["verified"]) != {"failed"}


def test_the_pretax_bridge_counts_each_segments_subtotal_once() -> None:
    """A homebuilder's statement (round 324, invented in KB Home's layout): "Operating income (loss)",
    interest and joint ventures, then "Homebuilding pretax income (loss)"; the financial services segment's
    revenues, expenses and joint venture, then "Financial services pretax income"; then "Total pretax income
    (loss)". Every line had been added, subtotals with their parts, and the check failed on correct
    figures; each subtotal now stands for its lines."""
    from pathlib import Path

    import core

    path = Path(__file__).parent / "fixtures" / "checks" / "homebuilder_segment_pretax_subtotals_above_the_total.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    pretax = [(c.period, c.expected, c.found, c.passed) for c in release.checks if c.name == "income before taxes"]
    assert pretax == [
        ("3M 2022-05-31", Decimal(-136_900_000), Decimal(-136_900_000), True),
        ("3M 2021-05-31", Decimal(159_215_000), Decimal(159_215_000), True),
        ("6M 2022-05-31", Decimal(38_341_000), Decimal(38_341_000), True),
        ("6M 2021-05-31", Decimal(293_809_000), Decimal(293_809_000), True),
    ]
    assert not [c for c in release.checks if not c.passed]


def test_a_subtotal_after_its_tax_stands_for_the_lines_above_it() -> None:
    """A business development company: "Net investment income before income taxes" less "Income tax expense,
    including excise tax" is "Net investment income", then the gains' subtotal and the net increase in net
    assets. The tax, stored as the expense it is, is taken off when the subtotal is matched: the net result
    check had added the subtotal to its own lines, failed, and held back the correct pre-tax and tax lines."""
    from pathlib import Path

    import core

    path = Path(__file__).parent / "fixtures" / "layouts" / "business_development_company_net_assets.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    net = [(c.period, c.expected, c.passed) for c in release.checks if c.name == "net result"]
    assert net == [("3M 2019-06-30", Decimal(-6_574_000), True), ("3M 2018-06-30", Decimal(19_681_000), True),
                   ("6M 2019-06-30", Decimal(25_250_000), True), ("6M 2018-06-30", Decimal(37_614_000), True)]


@pytest.mark.parametrize(("tax", "passed"), [(("172", "158"), True), (("-172", "-158"), False)])
def test_a_tax_stored_as_a_benefit_fails_the_result_under_it(tax: tuple[str, str], passed: bool) -> None:
    """Pre-tax less the tax as stored is the consolidated result ("Net earnings (Lanthorn and noncontrolling
    interests)"), invented. A provision stored as a benefit (-172) had passed both the net result check (the
    pre-tax result and the tax taken for a subtotal's parts, as printed) and a footing of the consolidated
    result against them (rounds 649, 650): no check may pass it."""
    from core.checks.rules import run_checks

    statement = _statement(True, [
        ("Earnings before income taxes", "amount", "income_before_taxes", ("716", "670")),
        ("Provision for income taxes", "amount", "income_tax", tax),
        ("Net earnings (Lanthorn and noncontrolling interests)", "amount", "", ("544", "512")),
        ("Net earnings attributable to noncontrolling interests", "amount", "", ("-19", "-17")),
        ("Net earnings attributable to Lanthorn", "amount", "net_income", ("525", "495")),
    ], 40)
    on_the_tax = [check for check in run_checks([statement], [])
                  if ("Provision for income taxes" in {label for _, label in check.items})]
    assert on_the_tax
    assert all(check.passed is passed for check in on_the_tax)


def test_costs_taken_straight_to_the_pretax_result_are_checked() -> None:
    """Stonebriar Homes prints "TOTAL REVENUES 420,995", three costs (336,210 + 6,902 + 41,877) and "INCOME
    BEFORE INCOME TAXES 36,006" with no operating result and no total of its costs: revenue less the costs is
    the pre-tax result in every column, so the costs are checked, not left "not checked" (UI-21)."""
    path = FIXTURES / "layouts" / "statement_typed_in_courier_inside_a_table_of_one_cell.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    pretax = [check for check in release.checks if check.name == "income before taxes"]
    assert [(check.period, check.expected, check.passed) for check in pretax][:2] == [
        ("3M 2006-10-31", Decimal(36_006_000), True), ("3M 2005-10-31", Decimal(66_655_000), True)]
    assert {label for _, label in pretax[0].items} == {
        "TOTAL REVENUES", "Cost of home sales", "Cost of land sales", "Selling, general and administrative",
        "INCOME BEFORE INCOME TAXES"}


def test_a_line_adding_up_the_lines_since_the_last_result_is_no_result_of_its_own() -> None:
    """Harborview (round 453): "Income from continuing operations 4,874", "Income from discontinued operations
    415", "Gain on sales of real estate 12,874", "Income from discontinued operations, net 13,289", "Net income
    18,163". The sum of the two discontinued lines had been a link of the result chain, checked as 4,874 + 415
    + 12,874 = 13,289 and failed; it stands for its lines, and 4,874 + 13,289 = 18,163 passes."""
    path = FIXTURES / "layouts" / "reit_discontinued_operations_subtotal_named_like_its_first_line.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [check for check in release.checks if not check.passed] == []
    quarter = [check for check in release.checks if check.name == "result" and check.period == "3M 2012-12-31"]
    assert [(check.expected, check.found) for check in quarter][-1] == (Decimal(18_163_000), Decimal(18_163_000))


def test_a_line_above_a_sections_total_is_no_part_of_it() -> None:
    """Prairie Valley Energy (round 573, invented in a 2000 utility's layout): "OPERATING INCOME 104,000",
    "OTHER INCOME AND (DEDUCTIONS), NET 2,300", the heading "INTEREST CHARGES" over 24,800 + 2,900 - 1,200 and
    "Total Interest Charges 26,500", then "INCOME BEFORE INCOME TAXES 79,800" (104,000 + 2,300 - 26,500). The
    total had been taken to stand for the other income too, and the check failed on correct figures in every
    column; it stands for the lines that add up to it."""
    from pathlib import Path

    import core

    path = Path(__file__).parent / "fixtures" / "checks" / "utility_other_income_above_its_interest_charges_total.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    pretax = [(c.period, c.expected, c.found, c.passed) for c in release.checks if c.name == "income before taxes"]
    assert pretax == [("3M 2000-09-30", Decimal(79_800_000), Decimal(79_800_000), True),
                      ("3M 1999-09-30", Decimal(77_000_000), Decimal(77_000_000), True)]
    first = next(c for c in release.checks if c.name == "income before taxes")
    assert {label for _, label in first.items} == {"OPERATING INCOME", "OTHER INCOME AND (DEDUCTIONS), NET",
                                                  "Total Interest Charges", "INCOME BEFORE INCOME TAXES"}


@pytest.mark.parametrize("words", [b"convertible senior notes", b"CONVERTIBLE SENIOR NOTES"])
def test_a_convertible_named_only_in_a_footnote_lets_diluted_eps_add_back_its_interest(words: bytes) -> None:
    """Blue Mesa (round 588, invented): diluted EPS of $0.35 on 86,930 thousand shares is 30,426 thousand, more
    than the net income of 28,920 by the after-tax interest its footnote says is added back "on the 4.25%
    convertible senior notes", within basic EPS on the 8,515 thousand shares dilution adds (0.37 x 8,515 =
    3,151). The footnote may name the notes in capitals (the first form of the rule looked in lower case alone)."""
    from pathlib import Path

    import core

    name = "diluted_eps_adding_back_convertible_interest_said_in_a_footnote.htm"
    path = Path(__file__).parent / "fixtures" / "layouts" / name
    text = path.read_bytes().replace(b"convertible senior notes", words)
    release = core.parse_release(text, path.name)
    diluted = [(c.period, c.passed) for c in release.checks if c.name == "EPS diluted"]
    assert diluted == [("3M 2007-06-30", True), ("3M 2006-06-30", True)]


def test_a_costs_total_under_no_heading_is_footed_against_the_lines_under_the_revenue() -> None:
    """Pinwheel Playthings (round 611, invented): "Net revenues 355,470", then Cost of sales 170,215, selling
    66,409, research 9862021 (986 run into the next label by a scrape), restructuring 10,114 and "Total costs
    and expenses 247,724" with no "Costs and expenses:" heading over them. No check had asked the total, and
    R&D of $9.9 billion was printed as verified; the lines between the revenue and the total are its parts."""
    path = FIXTURES / "checks" / "costs_total_under_no_heading_over_a_figure_that_does_not_add_up.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    footings = [(check.period, check.expected, check.found, check.passed)
                for check in release.checks if check.name == "footing"]
    assert footings == [
        ("3M 2021-09-26", Decimal(274_154_000), Decimal(274_154_000), True),  # 188,342 + 71,822 + 4,120 + 9,870
        ("3M 2020-09-27", Decimal(10_108_759_000), Decimal(247_724_000), False)]
    out = io.StringIO()
    write_facts_csv(release, out)
    research = {(row["period_end"], row["value"]) for row in csv.DictReader(io.StringIO(out.getvalue()))
                if row["concept"] == "research_and_development"}
    assert research == {("2021-09-26", "4120000")}


# Round S31: a five-quarter summary under a statement of operations printing "Net income" before preferred
# dividends and the diluted EPS on the income after them; only the statement above prints the dividends, for
# its own quarters. Invented figures, in thousands: Q4 24,035 - 3,150 = 20,885, $0.35 x 60,420 = 21,147.
Q4_2020 = Period(date(2020, 12, 31), 3, "Q4 2020")
Q3_2020 = Period(date(2020, 9, 30), 3, "Q3 2020")


def _quarters(net: tuple[str, str], eps: tuple[str, str], shares: tuple[str, str], *,
              basic: bool = False) -> Statement:
    """The summary's net result, diluted EPS and count (in thousands) for Q4 and Q3 2020; `basic`: a basic
    EPS and count too, the same figures."""
    def line(label: str, kind: str, concept: str, cells: tuple[str, str], at: int) -> LineItem:
        scale = 1000 if kind != "per_share" else 1
        return LineItem(label=label, values=tuple(Decimal(c) * scale for c in cells), concepts=(concept,),
                        kind=kind, span=SourceSpan(at, at), cells=cells, is_total=concept == "net_income")  # type: ignore[arg-type]

    items = [line("Net income (loss)", "amount", "net_income", net, 80),
             line("Net income (loss) per diluted common share", "per_share", "eps_diluted", eps, 82),
             line("Average diluted common shares outstanding", "shares", "shares_diluted", shares, 83)]
    if basic:
        items += [line("Net income (loss) per basic common share", "per_share", "eps_basic", ("0.40", "0.24"), 84),
                  line("Average basic common shares outstanding", "shares", "shares_basic", shares, 85)]
    return Statement(kind="operations", title="QUARTERLY STATEMENTS OF INCOME", unit="In thousands", scale=1000,
                     share_scale=1000, periods=(Q4_2020, Q3_2020), items=tuple(items), span=SourceSpan(78, 85))


def _preferred_dividend(amount: str) -> Taken:
    return Taken(Decimal(amount) * 1000, LineItem("Less preferred stock dividends", (Decimal(amount) * -1000,), (),
                                                  "amount", SourceSpan(44, 44)))


@pytest.mark.parametrize("q3", [None, "1000"])
def test_eps_short_of_a_result_before_preferred_dividends_passes_on_the_dividend_printed_for_its_period(
        q3: str | None) -> None:
    """Q4's EPS x shares falls 2,888 short of the net income: the 3,150 preferred dividend the release prints
    for Q4 takes it to within the EPS's rounding, so the check passes on the income after it. Q3's falls short
    too, but the release prints no dividend for Q3, or one that leaves it short: not checked, and said so,
    where it had failed."""
    from core.checks.identities import eps

    notes: list[tuple[str, Diagnostic]] = []
    taken = {Q4_2020.key: _preferred_dividend("3150")} | ({} if q3 is None else {Q3_2020.key: _preferred_dividend(q3)})
    checks = list(eps(_quarters(("24035", "14655"), ("0.35", "0.19"), ("60420", "59870")),
                      taken_elsewhere=taken, not_checked=notes))
    assert [(c.period, c.passed, c.found) for c in checks] == [(Q4_2020.key, True, Decimal(20_885_000))]
    assert "Less preferred stock dividends" in checks[0].detail
    assert [key for key, _ in notes] == [Q3_2020.key]
    assert ("not checked" in notes[0][1].message
            and "EPS divides net income after preferred dividends, which this table does not print"
            in notes[0][1].message)


@pytest.mark.parametrize(("net", "taken"), [
    (("20000", "10000"), {Q4_2020.key: "3150", Q3_2020.key: "3150"}),  # EPS x shares above the net result
    (("24035", "14655"), {}),  # no preferred dividend anywhere in the release
])
def test_eps_missing_a_result_before_preferred_dividends_otherwise_still_fails(
        net: tuple[str, str], taken: dict[str, str]) -> None:
    """A gap the other way, or a shortfall where the release takes nothing off for common: the check fails in
    every column, as before."""
    from core.checks.identities import eps

    notes: list[tuple[str, Diagnostic]] = []
    checks = list(eps(_quarters(net, ("0.35", "0.19"), ("60420", "59870")),
                      taken_elsewhere={key: _preferred_dividend(value) for key, value in taken.items()},
                      not_checked=notes))
    assert [c.passed for c in checks] == [False, False] and not notes


def test_a_failed_eps_check_says_which_figure_is_in_doubt() -> None:
    """Basic EPS x shares comes back to the net result and diluted does not: the diluted EPS or its count is
    in doubt, and the failure's sentence says so rather than only "expected X found Y"."""
    from core.checks.identities import eps
    from core.checks.verification import describe_doubt

    statement = _quarters(("24035", "14655"), ("0.45", "0.24"), ("60420", "59870"), basic=True)
    failed = [c for c in eps(statement) if not c.passed]
    assert [(c.name, c.period) for c in failed] == [("EPS diluted", Q4_2020.key)]
    assert describe_doubt(failed[0]).endswith(
        "; Net income (loss) agrees with basic EPS x shares: the diluted EPS or its share count is in doubt")


def _balance_check(name: str, expected: str, found: str, items: tuple[tuple[int, str], ...]) -> CheckResult:
    return CheckResult(name=name, statement="balance", period="2012-09-30", expected=Decimal(expected),
                       found=Decimal(found), tolerance=Decimal(1000), span=SourceSpan(items[0][0], items[-1][0]),
                       items=items)


def test_a_total_a_failed_balance_identity_checks_is_vouched_for_by_no_footing_of_its_own() -> None:
    """A bank's sum of its liability lines named the total liabilities and equity (round 707): the balance
    identity fails on it (505,000 of assets against 448,000), its own footing passes (402,600 + 41,000 + 4,400),
    and so does a footing of the grand total it stands in. Neither says which total the line is: it is held back.
    The total assets, which its own footing vouches for and the identity names only to compare against, is not."""
    from core.checks.verification import FactChecks

    assets, deposits, advances, other = (19, "Total assets"), (22, "Deposits"), (23, "Advances"), (24, "Other")
    misnamed, equity, grand = (26, "Total liabilities and stockholders' equity"), (32, "Total equity"), (34, "")
    identity = _balance_check("assets = liabilities + equity", "505000", "448000", (assets, misnamed))
    own = _balance_check("footing", "448000", "448000", (deposits, advances, other, misnamed))
    wider = _balance_check("footing", "505000", "505000", (misnamed, equity, grand))
    assets_footing = _balance_check("footing", "505000", "505000", ((13, "Cash"), assets))
    assert FactChecks(passed=(own, wider), failed=(identity,), item=misnamed).status == "failed"
    assert FactChecks(passed=(assets_footing,), failed=(identity,), item=assets).status == "verified"
    # another identity taking the line as that total does vouch for it
    across = _balance_check("assets = liabilities + equity across pages", "448000", "448000", (misnamed,))
    assert FactChecks(passed=(own, across), failed=(identity,), item=misnamed).status == "verified"
