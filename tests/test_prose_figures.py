"""Figures the narrative states, read as the checks use them (core.narrative.prose)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.narrative import prose
from tests.conftest import printed_facts

# Round 119 (invented): the sentence after a six-month comparison speaks of the company's whole life.
SINCE_INCEPTION = """\
For the six months ended June 30, 2003, net loss
attributable to common stockholders was $15.6 million, or $0.78 per share,
compared with $10.6 million, or $0.59 per share, for the same period of 2002.
Since inception in May 1994, the Company has incurred a cumulative net loss of
$94.7 million. Net loss for the quarter was $9.3 million, bringing the accumulated deficit to $120.4 million.
""".splitlines()


def test_a_loss_since_inception_is_no_figure_of_any_period() -> None:
    """"A cumulative net loss of $94.7 million" since 1994 had been taken for the six months of 2002 the
    sentence before spoke of, and failed a check against the statement's (10,572)."""
    figures = prose.find_figures(SINCE_INCEPTION, len(SINCE_INCEPTION), [])
    assert [(f.concept, f.value) for f in figures if f.concept == "net_income"] == [
        ("net_income", Decimal("-15600000.0")), ("net_income", Decimal("-10600000.0")),
        ("net_income", Decimal("-9300000.0"))]


# Round 154 (invented): a sentence pairing two lists of amounts in order ("respectively" unsaid).
PAIRED_LISTS = """\
For the first six months of 2010, net sales were $931.7 million and net income attributable to Brennan
Industrial was $52.1 million, or $1.34 per diluted share, compared with $829.4 million and $20.2 million,
or $0.53 per diluted share, in the first six months of 2009. Net sales and net income were $480.2 million
and $27.5 million in the second quarter. Net income was $27.5 million and $0.71 per diluted share.
""".splitlines()


def test_an_amount_heading_a_list_is_no_net_result() -> None:
    """"compared with $829.4 million and $20.2 million" had given the prior half's net income as $829.4
    million, its sales, and the check failed against the statement's 20.2; an amount followed by another
    (no figure per share) is one of a list, and only the order of the concepts could say which is which.
    A figure per share after "and" ends no list."""
    figures = prose.find_figures(PAIRED_LISTS, len(PAIRED_LISTS), [])
    assert [(f.concept, f.value) for f in figures] == [
        ("net_income", Decimal("52100000.0")), ("eps_diluted", Decimal("1.34")),
        ("net_income", Decimal("27500000.0"))]


# Round 167 (invented): the prior period compared by its figure a share alone.
PRIOR_PER_SHARE_ALONE = """\
For the first quarter of 2016, net income available to common shareholders was $32.6 million, or $0.84 per
diluted share, compared with $0.82 per diluted share in the first quarter of 2015.
""".splitlines()


def test_a_prior_period_compared_by_its_figure_a_share_alone_gives_no_net_result() -> None:
    """"compared with $0.82 per diluted share" had been read as the prior quarter's net income of $0.82, and
    the check against the statement's 32,680 thousand held a right figure back."""
    figures = prose.find_figures(PRIOR_PER_SHARE_ALONE, len(PRIOR_PER_SHARE_ALONE), [])
    assert [(f.concept, f.value) for f in figures] == [
        ("net_income", Decimal("32600000.0")), ("eps_diluted", Decimal("0.84"))]


def test_an_unsigned_figure_agrees_with_the_column_it_sizes_whatever_sign_another_lent_it() -> None:
    """"Net income for 1995 was $14.2 million, or $0.66 per share, versus $3.6 million, or $0.18 per share, in
    1994", after a fourth quarter of 1994 that lost $1.4 million: the $3.6 million is the year 1994's 3,558
    (in thousands) and its $0.18 that year's EPS. Given the loss quarter's sign first, it had agreed with no
    column and both checks had failed against correct figures. The sentence's "in 1994" is read as the
    quarter's length (the figure before it), and a figure standing under another period's column is vouched
    for by no sentence (round 682): the checks make no claim on the year, and accuse no right figure."""
    path = Path(__file__).parent / "fixtures" / "layouts" / "year_figure_unsigned_after_a_loss_quarter.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    said = [(c.name, c.period, c.passed) for c in release.checks if c.name.startswith("prose")]
    assert said == [("prose: net_income", "3M 1994-12-31", True), ("prose: eps_basic", "3M 1994-12-31", True)]


def test_a_stubs_figures_in_the_narrative_are_checked_against_no_quarter() -> None:
    """"For the period from March 1 to June 30, 2005, ... net income was $1.8 million, or $0.08 per diluted
    share": four months since the offering, which the statement prints in a column it does not read; the
    quarter's "$1.5 million, or $0.07" (1,494,000; 0.07) is checked, and passes."""
    path = Path(__file__).parent / "fixtures" / "layouts" / "stub_since_its_offering_called_the_trust.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    prose = [(c.name, c.period, c.found, c.passed) for c in release.checks if c.statement == "prose"]
    assert prose == [("prose: net_income", "3M 2005-06-30", 1_494_000, True),
                     ("prose: eps_diluted", "3M 2005-06-30", Decimal("0.07"), True)]


# Round 444 (invented): the year-earlier period named by its year between "comparable" and "period".
COMPARABLE_YEAR_PERIOD = """\
For the thirty-nine weeks ended October 1, 2006, net income was $26.3 million, compared with $22.0 million in
the comparable 2005 period.
""".splitlines()


def _net_results_of_the_two_tables(lines: list[str]) -> list[tuple[Decimal, str | None, int | None]]:
    """The net results `lines` state, with the periods of Copper Kettle Grill's quarter and year to date (two
    tables one above the other) they are given: value, period end, months."""
    source = Path(__file__).parent / "fixtures" / "layouts" / "a_quarter_and_its_year_to_date_as_two_tables.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    return [(f.value, f.period.end.isoformat() if f.period else None, f.period.months if f.period else None)
            for f in prose.find_figures(lines, len(lines), release.statements) if f.concept == "net_income"]


@pytest.mark.parametrize("phrase", ["the comparable 2005 period", "the corresponding 2005 period",
                                    "the corresponding period of 2005", "the comparable period of 2005"])
def test_the_comparable_period_named_by_its_year_is_the_year_earlier_one(phrase: str) -> None:
    """"$22.0 million in the comparable 2005 period" had been given the 2006 thirty-nine weeks (the phrase
    unread), and where the quarter's table came first its check failed against the year's 26,256 thousand,
    holding back a right figure (Copper Kettle Grill's quarter and year to date printed as two tables)."""
    lines = [line.replace("the comparable 2005 period", phrase) for line in COMPARABLE_YEAR_PERIOD]
    assert _net_results_of_the_two_tables(lines) == [
        (Decimal("26300000.0"), "2006-10-01", 9), (Decimal("22000000.0"), "2005-10-02", 9)]


@pytest.mark.parametrize("opening", ["Year-to-date, net income", "Year to date, net income",
                                     "For the first nine months, net income", "Net income for the nine months"])
def test_the_year_to_date_named_without_a_year_is_the_latest_longest_period(opening: str) -> None:
    """"Year-to-date, net income was $6.4 million, or $.65 per diluted share" (round 448): the phrase had
    been unread and the figure a share given the quarter, failing its check against the quarter's $.40. Year
    to date is the longest period the tables print to their latest date; "the first nine months" with no
    year, the latest nine months."""
    lines = [f"{opening} was $26.3 million, compared with $22.0 million in the comparable 2005 period."]
    assert _net_results_of_the_two_tables(lines) == [
        (Decimal("26300000.0"), "2006-10-01", 9), (Decimal("22000000.0"), "2005-10-02", 9)]



# Round 659 (invented): the opening paragraph speaks of the quarter; a later sentence names its own period,
# and a charge dated by another period phrase follows the figures.
OPENS_ON_THE_QUARTER = ("Copper Kettle Grill today reported revenues of $150.3 million for the quarter ended "
                        "October 1, 2006.")


@pytest.mark.parametrize("opening", ["For the nine months,", "Year to date,", "For the first nine months,"])
def test_a_period_phrase_after_another_amount_dates_that_amount_not_the_net_result(opening: str) -> None:
    """"For the nine months, revenues were ... and net income was $559.2 million, or $1.36 per diluted share,
    including a $38.4 million non-cash impairment ... in the second quarter" (round 659): "second quarter",
    the charge's, had dated the net result, which failed its check against the quarter's right figure. The
    sentence's own period, named before it, is the figure's."""
    lines = [OPENS_ON_THE_QUARTER, f"{opening} revenues were $448.2 million and net income was $26.3 million,",
             "or $1.12 per diluted share, including a $1.4 million charge in the second quarter."]
    assert _net_results_of_the_two_tables(lines) == [(Decimal("26300000.0"), "2006-10-01", 9)]


def test_a_net_result_whose_only_period_phrase_dates_another_amount_is_given_no_period() -> None:
    """With no period of its own named, the sentence's only phrase the charge's, the figure's period cannot
    be told: it is checked against none (the quarter the text spoke of before is no safer a guess)."""
    lines = ["Net income for the quarter ended October 1, 2006 was $8.7 million. Net income was $26.3 million,",
             "including a $1.4 million charge in the second quarter."]
    assert _net_results_of_the_two_tables(lines) == [(Decimal("8700000.0"), "2006-10-01", 3),
                                                     (Decimal("26300000.0"), None, None)]

# Rounds 508 and 509 (invented): what the result would have been without a charge.
WOULD_HAVE_BEEN = """\
Net income for the third quarter of 2006 was $9.1 million, or $.45 per share. Excluding the charge, the
Company would have reported net income of $12.6 million, or $.62 per share. Without the gain, net income
for the nine months would have been $21.6 million.
""".splitlines()


def test_a_result_the_release_says_it_would_have_reported_is_no_figure_of_its_statements() -> None:
    """"Excluding the charge, the Company would have reported a net loss of $2.6 million, or $.15 per share"
    (round 509): checked against the quarter's reported (14,147) thousand and $(.77), the check had failed;
    46 characters between "Excluding" and the figure had put it past the adjusted words. Only the figure
    reported is one of the statements' (Copper Kettle Grill's quarter to Oct 1, 2006)."""
    assert _net_results_of_the_two_tables(WOULD_HAVE_BEEN) == [(Decimal("9100000.0"), "2006-10-01", 3)]


@pytest.mark.parametrize("sentence", [
    # round 540 (invented): the words between the opening and the figure had put it past the adjusted words
    "Excluding special items, full-year net income was $21.6 million.",
    "Before special items, net income for the nine months was $21.6 million.",
    "Excluding the after-tax effect of the store-closing charges and the gain on the sale of the Denver"
    " commissary, net income for the nine months was $21.6 million.",
    "Adjusted for the one-time tax benefit, net income for the nine months was $21.6 million.",
])
def test_a_sentence_opening_on_what_it_leaves_out_states_no_figure_of_the_statements(sentence: str) -> None:
    """An adjusted figure checked against the reported one fails, and holds back a right figure (round 540:
    an airline's reported full-year $112.5 million held back against "Excluding special items, full-year net
    income was $115.1 million"). Only the reported sentence states a figure of the statements."""
    lines = ["Net income for the third quarter of 2006 was $9.1 million, or $.45 per share.", sentence]
    assert _net_results_of_the_two_tables(lines) == [(Decimal("9100000.0"), "2006-10-01", 3)]


@pytest.mark.parametrize(("said", "vouched"), [
    ("$8.8", True),   # AZZ's own words: 8,851 thousand cut at its last digit, not rounded to $8.9
    ("$8.9", True),   # rounded
    ("$8.7", False),  # neither: a whole digit below the cut
    ("$9.0", False),  # neither: above the rounding's half digit
])
def test_a_figure_the_narrative_cuts_short_is_vouched_for_as_one_it_rounds(said: str, vouched: bool) -> None:
    """AZZ's fourth quarter of fiscal 2020 compares its loss "to net income of $8.8 million, or $0.34 per
    diluted share" for the prior year's quarter, whose statement prints 8,851 thousand: the sentence cut the
    figure instead of rounding it, and the check had held a right figure back."""
    path = Path(__file__).parent / "fixtures" / "text" / "azz_q4-fy2020_w3m.txt"
    text = path.read_bytes().replace(b"net income of $8.8", b"net income of " + said.encode())
    release = core.parse_release(text, path.name)
    checked = [(c.found, c.passed) for c in release.checks
               if c.name == "prose: net_income" and c.period == "3M 2019-02-28"]
    assert checked == [(Decimal(8_851_000), vouched)]


@pytest.mark.parametrize(("sentence", "read"), [
    # Round 655 (invented figures): the sum of several holdings vouches for no one line
    ("Cash, cash equivalents, marketable securities and restricted cash totaled $84.3 million as of "
     "March 31, 2025.", False),
    ("Cash and cash equivalents and restricted cash were $41.2 million at March 31, 2025.", False),
    ("Restricted cash was $2.5 million as of March 31, 2025.", False),
    # cash, and cash with the investments its words name, are read as before
    ("Cash was $40.1 million as of March 31, 2025.", True),
    ("Cash, cash equivalents and marketable securities totaled $81.8 million as of March 31, 2025.", True),
])
def test_cash_ending_a_list_of_holdings_states_no_figure_of_one_line(sentence: str, read: bool) -> None:
    """Arcalume's "cash, cash equivalents, marketable securities and restricted cash totaled $117.6 million"
    had been read as "restricted cash totaled", a figure of cash and cash equivalents: checked against that
    line's right 61,884 thousand, it failed and held the line back."""
    lines = ["Highlights", sentence]
    figures = prose.find_figures(lines, len(lines), [])
    assert bool([f for f in figures if f.concept in ("cash_and_equivalents", "cash_and_investments")]) == read


# UI-55 (invented after Horizon Bancorp's wording): the figure a share said before its words.
EARNINGS_PER_SHARE_AFTER_THE_FIGURE = """\
Net income for the first quarter of 2021 was $9.4 million, or $0.31 diluted earnings per share, compared to
$8.2 million, or $0.27 diluted earnings per share, for the first quarter of 2020. Net loss for the period was
$1.2 million, or $0.05 basic and diluted net loss per share.
""".splitlines()


def test_a_figure_a_share_said_before_earnings_per_share_is_read() -> None:
    """"or $0.31 diluted earnings per share", as banks write it: the EPS it names, diluted, and its prior
    period's too; "basic and diluted net loss per share" is the basic EPS, negative as its loss. The
    sentence's EPS had gone unread and the Overview had marked the release's EPS "not checked"."""
    figures = prose.find_figures(EARNINGS_PER_SHARE_AFTER_THE_FIGURE, len(EARNINGS_PER_SHARE_AFTER_THE_FIGURE), [])
    assert [(f.concept, f.value) for f in figures] == [
        ("net_income", Decimal("9400000.0")), ("eps_diluted", Decimal("0.31")),
        ("net_income", Decimal("8200000.0")), ("eps_diluted", Decimal("0.27")),
        ("net_income", Decimal("-1200000.0")), ("eps_basic", Decimal("-0.05"))]


@pytest.mark.parametrize(("sentence", "read"), [
    # UI-56 (invented figures): a highlights line, dotted initials, the sign in words, the figure compared
    ("• Diluted EPS: $0.42, up 27% from the first quarter of 2020", [("eps_diluted", Decimal("0.42"))]),
    ("• GAAP diluted E.P.S. loss of $0.12 versus income of $0.33 in the prior year period.",
     [("eps_diluted", Decimal("-0.12")), ("eps_diluted", Decimal("0.33"))]),
    ("Diluted earnings per share (\"EPS\") was $0.71, up 34% from the first quarter of 2019.",
     [("eps_diluted", Decimal("0.71"))]),
    ("Basic and diluted net loss per share was $(0.08) for the quarter.", [("eps_basic", Decimal("-0.08"))]),
    # a company's own measure, a table's row, a part of the figure: no claim
    ("• Adjusted diluted E.P.S. is income of $0.05 vs. $0.36 in the prior year period.", []),
    ("Diluted EPS                                 $0.71     $0.53", []),
    ("• Negative impact of approximately $0.24 on GAAP diluted E.P.S.", []),
])
def test_a_result_a_share_stated_under_its_own_name_is_read(sentence: str, read: list[tuple[str, Decimal]]) -> None:
    """ManTech's "Diluted EPS: $0.71" and Tupperware's "GAAP diluted E.P.S. loss of $0.16 versus income of
    $0.76" (UI-56) had left diluted EPS "not checked": no sentence was read to speak of it."""
    lines = ["Highlights", sentence]
    figures = prose.find_figures(lines, len(lines), [])
    assert [(f.concept, f.value) for f in figures] == read


@pytest.mark.parametrize(("words", "value"), [
    ("reported fourth quarter earnings of $188.4 million", Decimal("188400000.0")),
    ("reported solid fourth quarter earnings of $188.4 million", Decimal("188400000.0")),  # Southern, UI-62
    ("reported record full-year earnings of $188.4 million", Decimal("188400000.0")),
    ("reported higher fourth quarter earnings of $188.4 million", Decimal("188400000.0")),
    ("reported adjusted fourth quarter earnings of $188.4 million", None),  # another measure: not the result
    ("reported operating earnings of $188.4 million", None),
])
def test_earnings_a_company_reports_are_its_net_result_whatever_praise_stands_before_them(
        words: str, value: Decimal | None) -> None:
    """"Southern Company also reported solid fourth quarter earnings of $188.4 million" (UI-62) had been
    unread, and the card showed the change as a range from the statement's rounded millions where the text
    pins it to a tenth; a word naming another measure still keeps the figure out."""
    figures = prose.find_figures([f"Southern Company also {words}, or 25 cents a share."], 1, [])
    assert [f.value for f in figures if f.concept == "net_income"] == ([value] if value else [])


def test_the_company_share_in_prose_fails_no_cash_flow_opening_on_the_whole_groups_result() -> None:
    """Round 727 (invented, Hasbro's shape): with no statement of operations read, "net loss attributable to
    Ardent Toy Company ... $12.4 million" had been checked against the cash flow's opening "Net (Loss)
    Earnings" of (12,010) thousand, the whole group's result with the joint venture's other owners' share of
    the loss in it (the company has such interests: a financing line pays them), and held that right figure back.
    The opening line vouches for the year-earlier $5.3 million it agrees with, and accuses the quarter's sentence
    of nothing. (Where no line names such interests, a disagreeing sentence still fails against the cash flow:
    test_layouts' test_a_narrative_figure_vouches_for_no_column_of_another_year.)"""
    path = Path(__file__).parent / "fixtures" / "layouts" / "prose_company_share_against_a_cash_flow_alone.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    said = [(c.name, c.period, c.passed) for c in release.checks if c.statement == "prose"]
    assert said == [("prose: net_income", "3M 2020-03-29", True)]
    facts = printed_facts(path)
    # (-12,010 + 8,250 + 31,460 = 27,700 from operations; 27,700 - 6,200 - 9,900 = 11,600 more cash)
    assert facts[("cash_flow", "net_income", "2021-03-28", "3")] == Decimal("-12010000")
    assert facts[("cash_flow", "net_income", "2020-03-29", "3")] == Decimal("5340000")
    assert facts[("cash_flow", "net_change_in_cash", "2021-03-28", "3")] == Decimal("11600000")
