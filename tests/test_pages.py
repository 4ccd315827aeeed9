"""Every page, run with AppTest on seeded session state, shows the numbers the release prints.

Money on the pages is in the statement's units (thousands of dollars for the sample) and every label says
so: the Overview's "Net loss ($ thousands)" is ($7,151) with a delta of +4,620 against Q2 2003.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import release_builders as build
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest

import core
from core.analysis import burn_estimates
from core.model import Release
from pages._markdown import unescape
from tests.page_runner import (
    RELEASES,
    ROOT,
    metrics,
    run_page,
    texts,
)

# --- Overview -----------------------------------------------------------------------------------------


def test_overview_cards_are_the_standard_metrics_against_the_same_quarter_a_year_earlier(allos: Release) -> None:
    at = run_page("overview", allos)
    assert at.title[0].value == "Overview"
    assert unescape(at.caption[0].value) == "Allos Therapeutics, Inc. (Nasdaq: ALTH) · Q2 2004 · released Aug 3, 2004"
    # The cash card's change is from the earlier balance date, named (it had said "the earliest printed").
    assert unescape(at.caption[1].value) == (
        "3M to Jun 30, 2004 vs 3M to Jun 30, 2003; cash at Jun 30, 2004 against Dec 31, 2003."
    )
    # Allos has no revenue: the operating result stands in for the margins. The burn is cash used: cash and
    # investments fell from 45,597 to 34,148 in the 6 months to June 30, 1,908.2 a month; 34,148 / 1,908.2
    # = 17.9 months.
    assert metrics(at) == {
        "Operating expenses": ("$7.3M", "-39.7%"),  # 7,262 vs 12,048
        # a loss both years is said so beside its change (UI-37: "+39.7%" had read as growth)
        "Operating income (loss)": ("($7.3M)", "+39.7% (smaller loss)"),
        "Net income (loss)": ("($7.2M)", "+39.2% (smaller loss)"),  # (7,151) vs (11,771)
        "EPS, basic and diluted": ("($0.23)", "+$0.22"),  # "Basic and diluted net loss per share"
        "Cash and investments": ("$34.1M", "-25.1%"),  # 34,148 vs 45,597
        "Cash burn per month": ("$1.9M", ""),
        "Runway": ("17.9 months", ""),
    }
    assert "3M to Jun 30, 2004 vs 3M to Jun 30, 2003" in texts(at)


def test_overview_says_a_long_card_name_shorter_and_whole_in_its_tooltip() -> None:
    """Apple's 2004 cash card counts cash and short-term investments, its only investments: Streamlit had
    cut the name to "Cash and short-term invest…" at 1440 px (browser review)."""
    path = ROOT / "tests" / "fixtures" / "html" / "apple-computer_q3-fy2004.htm"
    at = run_page("overview", core.parse_release(path.read_bytes(), path.name))
    card = next(m for m in at.metric if m.label.startswith("Cash"))
    assert card.label == "Cash & ST investments" and card.value == "$4.97B"
    # cash and cash equivalents $3,120 million + short-term investments $1,846 million: $4,966 million, said
    # as the card says it (UI-45: "$4,966 million" in the help under "$4.97B")
    assert unescape(card.proto.help).startswith("Cash and short-term investments: $4.97 billion")
    assert all(len(m.label) <= 25 for m in at.metric)


def test_a_sum_the_release_does_not_print_is_named_short_on_its_card() -> None:
    """Hasbro prints no total of its costs: the card of the lines added up had read "Costs & exp. (the
    lines…", cut even at phone width (browser review); it reads "Costs and expenses (sum)", whole in its
    tooltip."""
    path = ROOT / "tests" / "fixtures" / "gold" / "hasbro_q1-2020_html.htm"
    at = run_page("overview", core.parse_release(path.read_bytes(), path.name))
    card = next(m for m in at.metric if m.label.startswith("Costs"))
    assert card.label == "Costs and expenses (sum)"
    assert unescape(card.proto.help).startswith("Costs and expenses (the lines added up): ")


def test_overview_colours_a_smaller_loss_and_lower_expenses_as_good_news(allos: Release) -> None:
    from streamlit.proto.Metric_pb2 import Metric

    at = run_page("overview", allos)
    colours = {m.label: Metric.MetricColor.Name(m.proto.color) for m in at.metric if m.delta}
    assert colours == {
        "Operating expenses": "GREEN",  # down 4,786: a cost falling is good news
        "Operating income (loss)": "GREEN",
        "Net income (loss)": "GREEN",  # the loss shrank by 4,620
        "EPS, basic and diluted": "GREEN",
        "Cash and investments": "RED",  # down 11,449
    }


def test_overview_card_source_button_highlights_the_printed_line(allos: Release) -> None:
    at = run_page("overview", allos)
    at.button(key="overview_source_net_income").click().run()
    panel = next(frame.value for frame in at.dataframe if "Release text" in frame.value.columns)
    assert "    Net loss                $(7,151)    $(11,771)    $(12,297)    $(18,904)" in list(panel["Release text"])
    # the metric's name as the card prints it ("where eps, diluted comes from" had lost its capitals)
    assert "**Where the figure comes from: Net income (loss)** — " in texts(at)


def test_overview_lists_the_highlights_and_the_checks_badge(allos: Release) -> None:
    at = run_page("overview", allos)
    (bullets,) = [m.value for m in at.markdown if m.value.startswith("- ")]
    assert bullets.startswith("- The FDA's Oncologic Drug Advisory Committee did not recommend approval")
    assert len(bullets.splitlines()) == 5
    assert f"All {len(allos.checks)} checks pass" in texts(at)


def test_overview_says_what_a_release_without_a_balance_sheet_lacks() -> None:
    at = run_page("overview", build.no_balance_sheet())
    assert "Cash and investments" not in metrics(at)
    assert at.info[0].value == "No balance sheet was found, so cash, burn and runway cannot be shown."


def test_a_page_with_nothing_loaded_says_how_to_load_something() -> None:
    at = run_page("overview", None)
    assert at.info[0].value.startswith("No release is loaded.")


# --- Periods ------------------------------------------------------------------------------------------


def test_periods_table_of_change_in_dollars_and_percent(allos: Release) -> None:
    at = run_page("periods", allos)
    quarter = at.dataframe[0].value.set_index("Line")
    # in the release's own $ thousands on every page (UI-46, `style.release_unit`), no longer $ millions
    assert quarter.loc["Net loss", "Change ($ thousands)"] == "4,620"
    assert quarter.loc["Net loss", "Change %"] == "+39.2% (smaller loss)"  # as the Overview says it (UI-42)
    assert quarter.loc["Clinical manufacturing", "This year ($ thousands)"] == "1,374"
    half = at.dataframe[1].value.set_index("Line")
    # one unit for the page's panels (UI-45), the release's own (UI-46): 12,297 thousand
    assert half.loc["Net loss", "This year ($ thousands)"] == "(12,297)"
    assert [t.label for t in at.tabs] == ["Quarter", "Six months", "Quarter to Mar 31, 2004 (derived)"]


def test_periods_marks_the_derived_quarter(allos: Release) -> None:
    at = run_page("periods", allos)
    derived = at.dataframe[2].value.set_index("Line")
    # (12,297) - (7,151) thousand, in the $ thousands the other panels read in (UI-45, UI-46)
    assert derived.loc["Net loss", "This year ($ thousands)"] == "(5,146)"
    assert "**3M to Mar 31, 2004 (derived)** = 6M to Jun 30, 2004 minus 3M to Jun 30, 2004" in texts(at)


def test_periods_names_a_week_calendars_derived_period_in_weeks() -> None:
    """Juniper Hearth's 40 weeks less its 12-week quarter ended Oct. 7, 2007: 28 weeks to July 15, 2007,
    not "6M to Jul 8, 2007" (browser review)."""
    path = ROOT / "tests" / "fixtures" / "ui" / "restaurant_twelve_and_forty_week_periods_in_a_52_week_year.txt"
    at = run_page("periods", core.parse_release(path.read_bytes(), path.name))
    shown = texts(at)
    assert "28 weeks to Jul 15, 2007 (derived)" in shown
    assert "Jul 8, 2007" not in shown and "6M to" not in shown and "9M to" not in shown
    assert [t.label for t in at.tabs] == ["Quarter", "40 weeks", "28 weeks to Jul 15, 2007 (derived)"]


def test_periods_waterfall_can_show_any_period(allos: Release) -> None:
    at = run_page("periods", allos)
    at.selectbox(key="periods_waterfall_period").select_index(2).run()
    # 12,297 thousand: in the release's own $ thousands, as every chart of its pages (UI-46; $ millions, UI-44)
    assert "Waterfall for 6M to Jun 30, 2004 in $ thousands" in texts(at)
    assert "Net result (12,297)" in texts(at)


def test_periods_without_year_to_date_columns_says_so() -> None:
    at = run_page("periods", build.quarter_only())
    assert [i.value for i in at.info] == [
        "The release prints no year-to-date column, so no earlier quarter can be derived."
    ]


def test_periods_draws_a_banks_printed_quarters_in_a_row() -> None:
    """Five printed quarters had been left undrawn ("no single earlier quarter can be drawn"), as if only a
    derived quarter could make a trend (browser review of a bank)."""
    path = ROOT / "tests" / "fixtures" / "layouts" / "bank_five_quarters_headed_2nd_qtr_over_years.htm"
    at = run_page("periods", core.parse_release(path.read_bytes(), path.name))
    assert "Every quarter the release prints, in date order." in texts(at)
    assert not [i.value for i in at.info if "earlier quarter" in i.value]


def test_periods_says_which_table_implies_no_earlier_quarter() -> None:
    """Oracle's Q4 FY2022 prints its quarter and fiscal year ending May 31, 2022 (the derived nine months are all
    they imply), and a revenue table of eight quarters further on: "no single earlier quarter can be drawn" had
    read as if the release printed none (UI-56). The sentence names the statement and says the other is unread."""
    path = ROOT / "tests" / "fixtures" / "edgar" / "oracle_q4-fy2022.txt"
    at = run_page("periods", core.parse_release(path.read_bytes(), path.name))
    (said,) = [i.value for i in at.info if "earlier quarter" in i.value]
    assert "is the only one the statement of operations implies" in said
    assert "Quarterly tables printed elsewhere in the release" in said and "are not read into this chart" in said


# --- Expenses -----------------------------------------------------------------------------------------


def test_expenses_names_the_line_that_moved_the_total_most(allos: Release) -> None:
    at = run_page("expenses", allos)
    shown = texts(at)
    assert (
        "**Quarter:** *Total operating expenses* fell by $4.8 million; **Clinical manufacturing** moved most: "
        "($2.5 million) (52% of the change)." in shown
    )
    assert (
        "**Six months:** *Total operating expenses* fell by $7.0 million; **Clinical manufacturing** moved most"
        in shown
    )


def test_expenses_names_the_total_as_printed_and_says_when_it_holds_every_cost() -> None:
    """Quillfeather totals "Total costs and expenses", cost of revenue included: the page had called it "total
    operating expenses" without the Overview's caution (browser review of round 112). 66,758 - 56,552 = 10,206
    thousand in the fourth quarter."""
    path = ROOT / "tests" / "fixtures" / "layouts" / "software_release_headed_fy17_fy16_under_q4_and_fiscal_year.htm"
    at = run_page("expenses", core.parse_release(path.read_bytes(), path.name))
    shown = texts(at)
    assert "*Total costs and expenses* rose by $10.2 million" in shown  # 66,758 against 56,552
    assert "Read with care: this total holds every cost before the operating result" in shown


def test_expenses_adds_up_the_lines_of_a_statement_that_prints_no_total() -> None:
    """Redrock prints research (14,200), selling and administrative (9,600) and amortization (800) between its
    gross margin (33,300) and operating income (8,700), and no total: 33,300 - 24,600 = 8,700. A year earlier
    12,100 + 8,700 + 800 = 21,600; the rise of 3,000 is 2,100 of research (70%)."""
    path = ROOT / "tests" / "fixtures" / "layouts" / "cramped_sequential_dates.txt"
    at = run_page("expenses", core.parse_release(path.read_bytes(), path.name))
    shown = texts(at)
    assert not at.info
    assert ("**Quarter:** *Operating expenses (the lines added up)* rose by $3 million; **Research and "
            "development** moved most: $2.1 million (70% of the change).") in shown
    assert "**Full year:** *Operating expenses (the lines added up)* rose by $11 million" in shown  # 94,900 - 83,900
    assert "The release prints no total of these lines." in shown
    shares = at.dataframe[0].value
    quarter = shares[shares["Period"] == "3M to Dec 31, 2005"].set_index("Line")
    assert quarter.loc["Research and development", "Share of total"] == "57.7%"  # 14,200 / 24,600


def test_expenses_composition_table_gives_shares(allos: Release) -> None:
    at = run_page("expenses", allos)
    table = at.dataframe[0].value
    rnd = table[(table["Line"] == "Research and development") & (table["Period"] == "3M to Jun 30, 2004")]
    assert list(rnd["Share of total"]) == ["47.5%"]  # 3,446 / 7,262


def test_expenses_breaks_down_a_banks_noninterest_expense() -> None:
    """A bank prints no "total operating expenses": its "Total noninterest expense" (20,585 in the June 2024
    quarter) is what its six lines add up to (11,324 + 2,231 + 1,269 + 1,088 + 1,034 + 3,639), and the
    page breaks it down where it had said no breakdown was found (browser review)."""
    path = ROOT / "tests" / "fixtures" / "layouts" / "bank_five_quarters_beside_six_months_ruled_headers.htm"
    at = run_page("expenses", core.parse_release(path.read_bytes(), path.name))
    assert not at.info
    shares = at.dataframe[0].value
    june = shares[shares["Period"] == "3M to Jun 30, 2024"].set_index("Line")
    assert june.loc["Salaries and employee benefits", "Amount ($ thousands)"] == "11,324"
    assert june.loc["Salaries and employee benefits", "Share of total"] == "55.0%"  # 11,324 / 20,585
    assert len(june) == 6


# --- Cash ---------------------------------------------------------------------------------------------


def test_cash_shows_both_burn_estimates_and_their_runways(allos: Release) -> None:
    at = run_page("cash", allos)
    assert [(m.label, m.value) for m in at.metric] == [
        ("Cash burn per month", "$1.9M"),  # the Overview's burn: cash fell 1,908 thousand a month
        ("Runway it implies", "17.9 months"),
        ("Net loss per month", "$2.4M"),  # 7,151 thousand / 3
        ("Runway it implies", "14.3 months"),
    ]
    shown = texts(at)
    # named by its line, as printed
    assert ("*Cash, cash equivalents and investments in marketable securities*: **$34.1 million** at June 30, "
            "2004.") in shown
    assert "Estimate: cash and investments fell from Dec 31, 2003 to Jun 30, 2004" in shown


ALKERMES = ROOT / "tests" / "fixtures" / "html" / "alkermes-plc_q1-2020.htm"


def test_overview_and_cash_show_one_burn_the_cash_used_and_name_the_net_loss_for_what_it_is() -> None:
    """Alkermes Q1 2020 prints no cash-flow statement: cash, cash equivalents and total investments fell from
    614,370 to 549,738 in three months, 21,544 a month, 25.5 months of runway; its net loss of 38,654 is
    12,885 a month, and it is shown under that name, never as the burn."""
    release = core.parse_release(ALKERMES.read_bytes(), ALKERMES.name)
    overview = metrics(run_page("overview", release))
    # the fall in cash, named so; its 25.5 months said in a sentence, no card (UI-50: revenue outruns the fall)
    assert overview["Fall in cash per month"] == ("$21.5M", "")
    assert "Runway" not in overview
    assert "Net loss per month" not in overview
    cash = run_page("cash", release)
    assert [(m.label, m.value) for m in cash.metric] == [
        ("Fall in cash per month", "$21.5M"),
        ("Net loss per month", "$12.9M"),
    ]  # the net loss a figure, no runway: the one rule gives Alkermes none (UI-51)


def test_money_cards_follow_one_rule_billions_millions_and_tenths_of_a_million() -> None:
    """Oracle Q4 FY2014 ($ millions): revenue 11,320 and operating expenses 6,411 both in billions (not
    "$11.32B" beside "$6,411.0M"); St. Joe Q1 2020 (PDF, $ millions): a net loss of 1.5 over three months is
    $500K a month beside cash of $106.4M (not "$500,000", nor "$0.5M", which would say the same of $140K)."""
    oracle_path = ROOT / "tests" / "fixtures" / "edgar" / "oracle_q4-fy2014.txt"
    oracle = metrics(run_page("overview", core.parse_release(oracle_path.read_bytes(), oracle_path.name)))
    assert oracle["Revenue"][0] == "$11.32B" and oracle["Operating expenses"][0] == "$6.41B"
    assert oracle["Net income (loss)"][0] == "$3.65B"  # 3,646
    st_joe_path = ROOT / "tests" / "fixtures" / "pdf" / "st-joe_q1-2020.pdf"
    st_joe = core.parse_release(st_joe_path.read_bytes(), st_joe_path.name)
    assert metrics(run_page("overview", st_joe))["Cash and cash equivalents"][0] == "$106.4M"
    cash = dict((m.label, m.value) for m in run_page("cash", st_joe).metric if m.label != "Runway it implies")
    assert cash["Net loss per month"] == "$500K"


def test_cash_for_a_profitable_company_says_no_burn() -> None:
    at = run_page("cash", build.profitable())
    assert not at.metric  # one sentence, not a "No burn" card per estimate
    assert [h.value for h in at.subheader] == ["Burn and runway"]
    said = texts(at)
    # cash rose from 45,597 to 50,000: no "fall in cash" to speak of (browser review of round 114)
    assert "**No burn.**" in said
    assert ("The period was profitable and cash and investments rose from Dec 31, 2003 to Jun 30, 2004, so there is "
            "no burn") in said  # the sheet's "Cash, cash equivalents and investments in marketable securities"


def test_cash_of_a_profitable_bank_without_a_cash_line_says_so_once() -> None:
    """A bank's quarters (round 180, invented), whose sheet prints no cash line (its assets are "Loans, net" and
    "Other assets"): the page says no cash is charted and that burn does not apply to a bank (UI-38: "No burn." had
    led that reason), never also that burn and runway "cannot be estimated" (a browser review had found both
    said of Harrow Federal), and the balance sheet's chart takes the whole width."""
    path = ROOT / "tests" / "fixtures" / "layouts" / "bank_five_quarters_headed_2nd_qtr_over_years.htm"
    at = run_page("cash", core.parse_release(path.read_bytes(), path.name))
    said = texts(at)
    # (its sheet prints no cash line at all: said so, not as a line the reader failed to read, UI-42)
    assert [i.value for i in at.info] == [
        "The balance sheet prints no line of cash, cash equivalents or investments, so cash is not charted."]
    assert "cannot be estimated" not in said and "**Does not apply.**" in said and "No burn" not in said
    assert len(at.get("plotly_chart")) == 1  # the balance sheet's, with no empty half beside it


def test_a_net_loss_while_operations_generate_cash_is_no_burn_and_draws_no_runway() -> None:
    """Tolland lost 1,601 thousand in its quarter while its operations generated 1,786 thousand of cash over
    the six months: the page had said "No burn", then drawn a runway of 150.5 months at the net loss per month
    (browser review of round 112). One sentence, and no runway."""
    path = ROOT / "tests" / "fixtures" / "layouts" / "net_loss_while_operations_generate_cash.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert all(e.monthly is None and e.runway_months is None for e in burn_estimates(release))
    at = run_page("cash", release)
    assert not at.metric
    said = texts(at)
    # how much, and over which months (UI-34: "Operations generated cash" had left a reader to find out)
    # each loss with its period (UI-44); cash and cash equivalents rose (35,118 to 38,412) while cash and
    # short-term investments fell (82,328 to 80,317): the fall named for what fell
    assert ("**No burn.** Operations generated $1.8 million of cash in the 6 months to Jun 30, 2001, so neither the "
            "net losses of $2.3 million in those months and $1.6 million in the 3 months to Jun 30, 2001 nor the fall "
            "in cash and investments is a burn.") in said
    assert len(at.get("plotly_chart")) == 2  # cash at each date and the balance sheet, no runway
    assert "How long" not in said


def test_a_charts_camera_button_saves_a_named_sharp_image(allos: Release) -> None:
    """Plotly's own camera button had saved every chart as "plot-image.png", at the column's width."""
    import json

    at = run_page("cash", allos)
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"] == {
        "filename": "allos_therapeutics_inc_cash_and_investments_at_each_balance_sheet_date", "scale": 2}


def test_cash_without_a_balance_sheet_says_so() -> None:
    at = run_page("cash", build.no_balance_sheet())
    assert at.info[0].value.startswith("No balance sheet was found")


# --- Per share ----------------------------------------------------------------------------------------


def test_per_share_bridge_effects(allos: Release) -> None:
    """Each effect is printed with its currency sign, as the bridge chart beside it prints it: the cards had
    read "0.002" and "(0.031)" beside a chart in dollars (browser review of round 270)."""
    at = run_page("per_share", allos)
    assert [(m.label, m.value) for m in at.metric] == [
        ("Effect of the net result (per share)", "$0.178"),  # 4,620,000 / 25,888,500
        ("Effect of the share count (per share)", "$0.047"),
        ("Effect of the net result (per share)", "$0.255"),  # 6,607,000 / 25,884,381
        ("Effect of the share count (per share)", "$0.080"),
    ]
    assert "Printed: ($0.45) → ($0.23). Computed: ($0.4547) → ($0.2296)" in texts(at)
    granite = ROOT / "tests" / "fixtures" / "ui" / (
        "insurer_hurricane_loss_headline_after_a_semicolon_granite_harbor_q3_2004.txt")
    insurer = run_page("per_share", core.parse_release(granite.read_bytes(), granite.name))
    assert [m.value for m in insurer.metric][:2] == ["($1.659)", "($0.009)"]  # a fall of $1.67 a share


def test_per_share_table_lists_every_period(allos: Release) -> None:
    at = run_page("per_share", allos)
    eps = at.dataframe[0].value
    assert list(eps["Per share ($)"]) == ["($0.45)", "($0.23)", "($0.73)", "($0.40)"]


def test_per_share_page_sets_basic_beside_diluted_where_both_are_printed(allos: Release) -> None:
    """Apple's first quarter of fiscal 2024 prints EPS of $2.19 basic and $2.18 diluted on 15,509,763 and
    15,576,641 thousand shares (a year earlier $1.89 and $1.88 on 15,892,723 and 15,955,718): the charts show
    the diluted, and the table beside them both, with the 66,878,000 shares dilution adds (0.4% of basic).
    UI-32: a reader had seen no basic figure at all. Allos prints one "basic and diluted" line: no table."""
    from tests.conftest import FIXTURES

    name = "apple_q1-fy2024_edgar-submission.txt"
    release = core.parse_release((FIXTURES / "gold" / name).read_bytes(), name)
    at = run_page("per_share", release)
    (table,) = [d.value for d in at.dataframe if "Basic EPS" in d.value.columns]
    assert table.values.tolist() == [  # earliest first, as the charts over it run (UI-33)
        ["3M to Dec 31, 2022", "$1.89", "$1.88", "15,892,723", "15,955,718", "62,995 (0.4%)"],
        ["3M to Dec 30, 2023", "$2.19", "$2.18", "15,509,763", "15,576,641", "66,878 (0.4%)"]]
    # the counts in the thousands Apple prints them in (UI-53), the headers saying so
    assert list(table.columns)[3:] == ["Basic shares (thousands)", "Diluted shares (thousands)",
                                       "Shares dilution adds (thousands)"]
    assert not [d for d in run_page("per_share", allos).dataframe if "Basic EPS" in d.value.columns]


def test_per_share_page_speaks_of_units_where_a_partnership_prints_them() -> None:
    """Browser review of round 119: Redhollow Midstream prints "Net income per common unit" (diluted $0.38 in
    the quarter) and "Weighted average common units outstanding" (68,912,118); its Per share page had said
    "per share" and "shares" throughout."""
    from tests.conftest import FIXTURES

    name = "mlp_interest_expense_net_in_parentheses_per_common_unit.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    at = run_page("per_share", release)
    eps, units = at.dataframe[0].value, at.dataframe[1].value
    assert list(eps["Per unit ($)"])[:2] == ["$0.27", "$0.38"]
    assert list(units["Weighted units (millions)"])[1] == "68.912118"  # in the millions the axis reads (UI-44)
    assert [m.label for m in at.metric][:2] == ["Effect of the net result (per unit)",
                                                "Effect of the unit count (per unit)"]
    assert [m.value for m in at.metric][:1] == ["$0.117"]  # (26,177,000 - 18,185,000) / 68,105,118 units
    shown = texts(at)
    assert ">Net result per unit (diluted), as printed</h3>" in shown and "per share" not in shown
    # the bridge is the result per unit's, not "EPS" (a browser review's leftover, round 148)
    assert "Result per unit bridge: the result against the unit count" in [s.value for s in at.subheader]
    assert "EPS" not in " ".join(s.value for s in at.subheader)


# --- Data ---------------------------------------------------------------------------------------------


def test_data_shows_every_table_the_checks_and_the_source(allos: Release) -> None:
    at = run_page("data", allos)
    frames = [d.value for d in at.dataframe]
    checks, operations, balance = frames[0], frames[1], frames[2]
    assert len(checks) == len(allos.checks) and bool(checks["passed"].all())
    # amounts read as the tables do: whole dollars, and the cents of a per-share product (0.23 x 31,139,289)
    footing = checks[(checks["check"] == "footing") & (checks["period"] == "3M 2004-06-30")].iloc[0]
    assert (footing["expected"], footing["found"], footing["difference"]) == ("7,262,000", "7,262,000", "0")
    eps = checks[(checks["check"] == "EPS basic") & (checks["period"] == "3M 2004-06-30")].iloc[0]
    assert (eps["expected"], eps["found"]) == ("-7,162,036.47", "-7,151,000")
    # what rounding allows: half a cent on each of the 31,139,289 shares, and half a unit ($1,000) of the net loss
    assert (eps["difference"], eps["allowed"], eps["passed"]) == ("11,036.47", "156,196.45", True)
    net = operations.set_index("label").loc["Net loss"]
    # first after the line (UI-53): as text, thousands grouped, a mark after any figure the checks do not vouch for
    # as printed, "$(7,151)" (UI-54: parentheses had become minus signs)
    assert list(net.iloc[:4]) == ["(7,151,000)", "(11,771,000)", "(12,297,000)", "(18,904,000)"]
    assert list(balance.set_index("label").loc["Total assets"].iloc[:2]) == ["36,696,000", "48,174,000"]
    source = at.code[0].value
    assert "112 │     Net loss                $(7,151)    $(11,771)" in source
    assert [unescape(e.label) for e in at.expander][:2] == [
        "CONDENSED STATEMENTS OF OPERATIONS (statement of operations, lines 84-119, in thousands)",
        "CONDENSED BALANCE SHEETS (balance sheet, lines 120-144, in thousands)",
    ]  # had been "(operations, lines 84-119, amounts × 1,000)"
    # the downloads say which signs each keeps (UI-32), and that a line of no concept keeps the printed one (UI-33)
    said = unescape(" ".join(c.value for c in at.caption))
    assert "A line it did not name keeps its printed sign" in said and "not the release's thousands or millions" in said


def test_data_source_follows_the_chosen_line(allos: Release) -> None:
    at = run_page("data", allos)
    at.selectbox(key="data_source_0").select_index(8).run()  # the 8th line item: Net loss
    assert at.code[0].value.splitlines()[1].startswith("112 │     Net loss")


def test_data_lists_warnings_with_their_lines_and_shows_their_source() -> None:
    path = Path(__file__).parent / "fixtures" / "hostile" / "allos_truncated_mid_table.txt"
    at = run_page("data", core.parse_release(path.read_bytes(), path.name))
    assert [h.value for h in at.subheader if h.value.startswith("Warnings")] == ["Warnings: 1 warning"]
    listed = [unescape(m.value) for m in at.markdown]
    assert ("- **line 106**: allos_truncated_mid_table.txt ends inside a table: the file may be truncated, "
            "and figures after it missing") in listed
    # once: the page's own list, not again in the header's expander above it (UI-29: every warning twice)
    assert sum("ends inside a table" in m for m in listed) == 1
    assert at.selectbox(key="data_diagnostic").value == 0
    shown = [code.value.splitlines() for code in at.code if code.value.startswith("105 │")]
    assert [[line[:5] for line in lines] for lines in shown] == [["105 │", "106 │"]]  # the line, one before


def test_failed_checks_come_first_and_are_counted_in_the_header() -> None:
    path = Path(__file__).parent / "fixtures" / "hostile" / "allos_stray_characters.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    at = run_page("data", release)
    checks = at.dataframe[0].value
    assert list(checks["passed"][:2]) == [False, False] and bool(checks["passed"][2:].all())
    # counted once on the Data page, under its own heading; the other pages' headers count them in an expander
    assert [h.value for h in at.subheader if h.value.startswith("Warnings")] == [
        "Warnings: 2 checks failed, 2 warnings"]
    assert [e.label for e in run_page("overview", release).expander if "failed" in e.label] == [
        "⚠️ 2 checks failed, 2 warnings"]


def test_data_says_what_an_html_releases_line_numbers_count() -> None:
    """Aflac's HTML exhibit: a warning's "lines 50-75" counts the lines of the markup set out as text, which
    the source shown under it prints; a text release's lines are the file's own and need no word."""
    path = Path(__file__).parent / "fixtures" / "html" / "aflac_q1-2020.htm"
    at = run_page("data", core.parse_release(path.read_bytes(), path.name))
    assert "Line numbers are those of the HTML as set out in text." in [unescape(c.value) for c in at.caption]


def test_data_says_nothing_of_a_text_releases_line_numbers(allos: Release) -> None:
    at = run_page("data", allos)
    assert not [c.value for c in at.caption if "Line numbers" in c.value]


def test_data_offers_three_downloads(allos: Release) -> None:
    at = run_page("data", allos)
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Facts (CSV)", "Tables (Excel, one sheet each)", "Everything (JSON)"]
    # which signs each download keeps, said in plain words under them (UI-34: the caption had run "Facts (CSV)
    # sign each line the reader gave a concept as reported financial data are signed" into one sentence)
    [signs] = [c.value for c in at.caption if c.value.startswith("**Signs.**")]
    assert "the workbook's \"facts\" sheet" in signs and "show every figure with the sign the release printed" in signs


# --- Data: choosing the exhibit of a whole EDGAR submission --------------------------------------------


def _submission_on_data_page(name: str) -> tuple[AppTest, Release]:
    from core.library import Library, default_path

    data = (ROOT / "tests" / "fixtures" / "edgar" / name).read_bytes()
    release = core.parse_release(data, name)
    Library(default_path()).add(data, release.name, release)  # the page re-reads the bytes from the library
    return run_page("data", release), release


def test_data_page_reads_another_exhibit_of_a_submission() -> None:
    """Southern Company's Q4 2004 submission spreads its release over exhibits EX-99.01 to 99.06; the
    first that holds a statement (EX-99.02, the financial highlights) is read, and choosing EX-99.04
    re-reads the submission from that one under the same name."""
    at, release = _submission_on_data_page("southern-company_q4-fy2004.txt")
    picker = at.selectbox(key=f"data_exhibit:{release.sha256}")
    assert [option.split(" ")[0] for option in picker.options] == [
        "EX-99.01", "EX-99.02", "EX-99.03", "EX-99.04", "EX-99.05", "EX-99.06"
    ]
    assert picker.value == 1 and release.metadata.exhibit == "EX-99.02"
    picker.set_value(3).run()
    reread = at.session_state[RELEASES][release.name]
    assert reread.metadata.exhibit == "EX-99.04"
    assert reread.notes[0] == "read from exhibit EX-99.04 (x9904.txt); line numbers are those of the exhibit"


def test_an_exhibit_without_statements_is_refused_and_the_release_stays() -> None:
    """Apple's EX-99.2 is a data sheet of units and segments: choosing it says so, and EX-99.1 stays read."""
    at, release = _submission_on_data_page("apple_q1-fy2011.txt")
    at.selectbox(key=f"data_exhibit:{release.sha256}").set_value(1).run()
    assert at.session_state[RELEASES][release.name].metadata.exhibit == "EX-99.1"
    assert [unescape(e.value) for e in at.error] == [
        "**apple_q1-fy2011.txt (dex992.htm)** could not be read: "
        "no financial statement found in exhibit EX-99.2 of apple_q1-fy2011.txt"
    ]


def test_a_card_whose_figure_a_failed_check_blames_carries_a_badge_and_says_why() -> None:
    """Innoviva: diluted EPS x diluted shares exceeds the net income (an if-converted numerator), which its
    notes, printed here without the word "convertible", no longer explain."""
    from tests.test_unverified_marks import without_convertibles

    source = ROOT / "tests" / "fixtures" / "gold" / "innoviva_q1-2020_html.htm"
    release = core.parse_release(without_convertibles(source.read_bytes()), source.name)
    at = run_page("overview", release)
    cards = {m.label: m for m in at.metric}
    assert cards["EPS, diluted"].value == "$0.59"
    help_text = unescape(cards["EPS, diluted"].help)
    assert "Not verified: EPS diluted (3M 2019-03-31) failed" in help_text
    assert "EPS diluted (3M 2020-03-31) failed: expected 66,970,310, found 65,437,000 (lines 151-158)" in help_text
    assert "Not verified" not in unescape(cards["Net income (loss)"].help or "")
    badges = [m.value for m in at.markdown if "badge[" in m.value]
    assert badges.count(":orange-badge[:material/warning: Not verified]") == 1


def test_a_card_whose_figure_no_check_speaks_of_says_so() -> None:
    """Southern Company's highlights of 2004: no total, identity or sentence speaks of its "Operating Revenues"
    (no cost line follows them), so the Revenue card is marked as not checked, and says why; the checked
    cards are not. (Hasbro's net revenues had served here until the revenue less the expense lines, no total
    printed, was checked against the operating result; Aflac's total revenues until they were checked, less
    its benefits and expenses, against its pretax earnings.)"""
    source = ROOT / "tests" / "fixtures" / "text" / "southern-company_q4-fy2004_text.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    at = run_page("overview", release)
    cards = {m.label: m for m in at.metric}
    assert "Not checked: no total, identity or sentence" in unescape(cards["Revenue"].help)
    assert "Not checked" not in unescape(cards["Net income (loss)"].help or "")
    badges = [m.value for m in at.markdown if "badge[" in m.value]
    assert badges.count(":gray-badge[:material/help: Not checked]") == 1


def test_a_release_read_in_part_opens_its_warnings_and_one_with_failed_checks_does_not() -> None:
    hostile = Path(__file__).parent / "fixtures" / "hostile"
    cut = run_page("overview", core.parse_release((hostile / "allos_truncated_mid_table.txt").read_bytes(),
                                                  "allos_truncated_mid_table.txt"))
    assert [(e.label, e.proto.expanded) for e in cut.expander if e.label.startswith("⚠️")] == [
        ("⚠️ 1 warning", True)]
    oshkosh = ROOT / "tests" / "fixtures" / "html" / "oshkosh_q2-fy2020.htm"
    checked = run_page("overview", core.parse_release(oshkosh.read_bytes(), oshkosh.name))
    assert [e.proto.expanded for e in checked.expander if e.label.startswith("⚠️")] == [False]


def test_a_page_lacking_a_statement_the_reader_skipped_points_at_the_warnings() -> None:
    """A statement printed but not read (its header names no period) is named by a warning over every page;
    the page that lacks it says where to look instead of only that none was found."""
    from core.model import Diagnostic

    skipped = Diagnostic("a table has no column whose header says both when its period ended; it was skipped",
                         table="STATEMENTS OF OPERATIONS")
    release = dataclasses.replace(build.no_balance_sheet(), warnings=(skipped,))
    at = run_page("overview", release)
    assert at.info[0].value == ("No balance sheet was found, so cash, burn and runway cannot be shown. The "
                                "warnings above say what could not be read.")
    at = run_page("cash", release)
    assert at.info[0].value.endswith("The warnings above say what could not be read.")


def test_a_charts_badge_counts_the_failed_checks_behind_its_marked_figures() -> None:
    """The partnership whose 2019 diluted check fails: the Per share page's badge says so in words that read
    right for one check ("1 failed check involve figures" had been printed)."""
    source = ROOT / "tests" / "fixtures" / "ui" / "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    release = core.parse_release(source.read_bytes(), source.name)
    at = run_page("per_share", release)
    badges = [m.value for m in at.markdown if "badge[" in m.value]
    assert any("Not verified: figures marked here are blamed by 1 failed check]" in b for b in badges), badges


def test_a_fourteen_week_quarter_against_a_thirteen_week_one_is_said_above_the_cards() -> None:
    """Harbor Lane's fourth quarter of a 53-week year counts 14 weeks against the year-earlier 13: every
    change of an amount on the cards holds the extra week, which the page says once, above them (browser
    review of round 213: revenue "+3.6%" had been shown as if like for like). Every figure invented."""
    name = "retailer_fourteen_week_quarter_of_a_53_week_year.htm"
    release = core.parse_release((ROOT / "tests" / "fixtures" / "ui" / name).read_bytes(), name)
    at = run_page("overview", release)
    assert [unescape(w.value).replace("\\", "") for w in at.warning] == [
        "This period counts 14 weeks, the year-earlier one 13: each change of an amount (revenue, expenses, "
        "results, EPS) holds that difference; margins do not."]
    allos = run_page("overview", core.parse_release(core.load_sample()[1], core.load_sample()[0]))
    assert not allos.warning


def test_a_fourteen_week_quarter_is_said_wherever_it_is_compared() -> None:
    """Harbor Lane's quarter (14 weeks against 13) and year (53 against 52) are compared on Periods and on
    Expenses too: each window says its own weeks there, the derived 39 weeks (alike) nothing (UI-20: only
    the Overview had said it)."""
    name = "retailer_fourteen_week_quarter_of_a_53_week_year.htm"
    release = core.parse_release((ROOT / "tests" / "fixtures" / "ui" / name).read_bytes(), name)
    for page in ("periods", "expenses"):
        at = run_page(page, release)
        # the Expenses page sets the derived window after the printed ones, in an expander of its own (UI-56)
        tabs = ["Quarter", "Full year"] + (["39 weeks to Oct 25, 2008 (derived)"] if page == "periods" else [])
        assert [t.label for t in at.tabs] == tabs
        if page == "expenses":
            assert any(e.label.startswith("39 weeks to Oct 25, 2008 (derived): worked out as") for e in at.expander)
        assert [unescape(w.value).replace("\\", "")[:48] for w in at.warning] == [
            "This period counts 14 weeks, the year-earlier on", "This period counts 53 weeks, the year-earlier on"]
    # and on Per share, over each window's EPS bridge, whose net result's effect holds the extra week (UI-23)
    said = [unescape(w.value).replace("\\", "")[:48] for w in run_page("per_share", release).warning]
    assert "This period counts 14 weeks, the year-earlier on" in said


def _warnings_on(page: str, release: Release) -> list[str]:
    """The warnings a page shows for `release`, as a reader reads them."""
    return [unescape(w.value).replace("\\", "") for w in run_page(page, release).warning]


def _said_on(pages: tuple[str, ...], release: Release, said: str) -> None:
    """Each of `pages` shows a warning starting with `said`."""
    for page in pages:
        warnings = _warnings_on(page, release)
        assert any(w.startswith(said) for w in warnings), (page, warnings)


def test_a_change_of_owner_between_the_compared_periods_is_said_where_they_are_compared() -> None:
    """Brightwater's Successor quarter against the quarter a year before, the Predecessor's (UI-27: the Overview
    and Periods had shown expenses -38.4% and EPS +0.83 between them without a word, while Per share drew no
    bridge). The Overview, Periods and Expenses say it over the comparison; Per share says why no bridge."""
    name = "successor_quarter_beside_a_predecessor_half_year_brightwater_q2_2017.txt"
    release = core.parse_release((ROOT / "tests" / "fixtures" / "ui" / name).read_bytes(), name)
    said = "The year-earlier period is the predecessor's, this one the successor's: a change of owner"
    _said_on(("overview", "periods", "expenses"), release, said)
    notes = [unescape(i.value).replace("\\", "") for i in run_page("per_share", release).info]
    assert any(n.startswith("No bridge for quarter:") and "A change of owner stands between them" in n for n in notes)


def test_discontinued_operations_in_a_compared_net_result_are_said_where_the_periods_are_compared() -> None:
    """Cree's third quarter of fiscal 2020 against the year before, whose net loss of 227.8 million holds 205.4
    million lost by discontinued operations (UI-28: the Overview had shown the net loss "+73.0%" better and EPS
    "+1.63", while the continuing loss per share went from (0.22) to (0.57)). Each page comparing the two says
    so, with the line and its amounts as printed; the nine months (218.0 million the year before) likewise.
    Expenses, which compares no net result, does not."""
    name = "cree_q3-fy2020.htm"
    release = core.parse_release((ROOT / "tests" / "fixtures" / "html" / name).read_bytes(), name)
    said = ('The net result holds discontinued operations ("Net loss from discontinued operations"): none in this '
            "period, ($205.4M) in the year-earlier one, so the changes of the net result and of EPS mix it in")
    _said_on(("overview", "periods", "per_share"), release, said)
    assert not any("discontinued" in w.value for w in run_page("expenses", release).warning)
    nine = [unescape(w.value).replace("\\", "") for w in run_page("periods", release).warning]
    assert any("none in this period, ($218.0M) in the year-earlier one" in w for w in nine), nine


def test_the_per_share_page_says_when_a_bridge_runs_between_a_loss_and_a_profit() -> None:
    """Kestrel's quarter, a profit, against a loss a year before: the bridge's share count effect holds the
    switch from basic to diluted shares, and the page says so over the bridge with the basic counts."""
    name = "amounts_under_a_header_a_neighbours_percent_ran_into.txt"
    release = core.parse_release((ROOT / "tests" / "fixtures" / "layouts" / name).read_bytes(), name)
    notes = [unescape(i.value).replace("\\", "") for i in run_page("per_share", release).info]
    assert any(n.startswith("The year-earlier period is a loss, the other a profit") and
               n.endswith("The basic shares went from 46,902,000 to 48,215,000.") for n in notes), notes


def test_a_share_count_that_multiplied_between_the_compared_periods_is_said_where_eps_is_compared() -> None:
    """Arbolyte's first quarter after its IPO (invented, round 491): 36,418,266 weighted shares against
    2,977,104 a year before, so its loss per share went from (5.28) to (0.65), "+4.63" on the card, while its
    net loss grew from 13,859 to 23,526 thousand (UI-29). Overview, Periods and Per share say the count moved."""
    name = "biotech_quarter_after_its_ipo_arbolyte_q1_2021.htm"
    release = core.parse_release((ROOT / "tests" / "fixtures" / "ui" / name).read_bytes(), name)
    said = "The weighted shares behind EPS went from 3.0M to 36.4M (an offering, a conversion of preferred stock"
    _said_on(("overview", "periods", "per_share"), release, said)
    # Allos's counts (31,139,289 and 25,888,500 a year before) moved less than twofold: nothing is said
    allos = core.parse_release((ROOT / "tests" / "fixtures" / "text" / "allos_q2_2004.txt").read_bytes(), "allos.txt")
    assert not any("weighted shares behind EPS" in w.value for w in run_page("overview", allos).warning)


def test_a_share_count_that_multiplied_is_said_from_the_result_and_eps_where_no_count_is_printed() -> None:
    """GeoVax's third quarter of 2024 prints no share count: its net loss of 5,815 thousand at (0.91) a share
    implies 6.39 million shares, its year-earlier 8,409 thousand at (4.75) 1.77 million, so the loss per share
    shown "+3.84" better moved with a count 3.6 times larger while the net loss fell 31% (UI-38)."""
    name = "geovax-labs_q3-2024_markdown.txt"
    release = core.parse_release((ROOT / "tests" / "fixtures" / "text" / name).read_bytes(), name)
    said = "The shares behind EPS went from about 1.8M to about 6.4M, as the net result over EPS implies"
    _said_on(("overview", "periods", "per_share"), release, said)


def test_a_bank_gets_no_burn_or_runway_whatever_its_quarter_and_is_told_why_once() -> None:
    """Wexford Plains (round 263, invented) lost 1,145 thousand in its fourth quarter: Overview and Cash had
    shown "Net loss per month $382K" and "Runway 80.0 months" of what is its depositors' money (browser
    review). A bank has no burn or runway, and each page says why in one sentence."""
    path = ROOT / "tests" / "fixtures" / "ui" / "bank_quarterly_loss_wexford_plains_q4_2008.pdf"
    release = core.parse_release(path.read_bytes(), path.name)
    overview = run_page("overview", release)
    cards = metrics(overview)
    assert cards["Net income (loss)"][0] == "($1.1M)"
    assert not {"Net loss per month", "Cash burn per month", "Runway"} & set(cards)
    assert texts(overview).count("burn and runway do not apply") == 1
    cash = run_page("cash", release)
    said = texts(cash)
    assert [m.label for m in cash.metric] == []
    assert said.count("A bank's cash is mostly its depositors' money") == 1
    assert "**Does not apply.** " in said and "No burn" not in said  # (UI-38: "No burn." had led the reason)
    assert "Net loss per month" not in said and "Runway it implies" not in said
    assert "$30.5 million" in said  # its cash is still shown, as printed


def test_an_insurer_gets_no_burn_or_runway_and_a_broker_dealer_is_not_called_a_bank() -> None:
    """Granite Harbor (round 270, invented), a property-casualty insurer, lost $25.4M in a hurricane quarter:
    Overview and Cash had shown "Net loss per month $8.5M" and "Runway 6.3 months" on its cash and short-term
    investments of $53.1M, beside $942M of investments backing its policyholders' claims. Fenwick Lane, a
    broker-dealer with a bank, had been told "A bank's cash ..." (browser review). Each is told why it has no
    burn in words for what it is."""
    ui = ROOT / "tests" / "fixtures" / "ui"
    granite = ui / "insurer_hurricane_loss_headline_after_a_semicolon_granite_harbor_q3_2004.txt"
    release = core.parse_release(granite.read_bytes(), granite.name)
    overview = run_page("overview", release)
    cards = metrics(overview)
    assert cards["Net income (loss)"][0] == "($25.4M)"
    assert not {"Net loss per month", "Cash burn per month", "Runway"} & set(cards)
    assert texts(overview).count("An insurer's cash and investments are mostly premiums held against its "
                                 "policyholders' claims") == 1
    cash = run_page("cash", release)
    said = texts(cash)
    assert [m.label for m in cash.metric] == []
    assert said.count("burn and runway do not apply to it") == 1
    assert "Net loss per month" not in said and "Runway it implies" not in said and "bank" not in said
    fenwick = ui / "broker_dealer_with_a_bank_and_preferred_dividends_fenwick_lane_q4_2018.htm"
    broker = core.parse_release(fenwick.read_bytes(), fenwick.name)
    for page in ("overview", "cash"):
        said = texts(run_page(page, broker))
        assert "A bank's cash" not in said
        assert said.count("A broker-dealer's cash is largely its clients' money") == 1


def test_an_eps_card_on_income_to_common_says_what_it_divides_beside_the_net_income_card() -> None:
    """Fenwick Lane's and Cobalt Ridge's (round 270, invented) net income cards read $32.8M and $11.6M beside
    EPS computed on the income available to common shareholders after preferred dividends, $31.3M and $9.4M:
    the two cards did not reconcile (browser review). The EPS card says what it is computed on; a release
    whose net income is its income to common (the sample) says nothing."""
    ui = ROOT / "tests" / "fixtures" / "ui"
    for name, net, card, eps, said in (
            ("broker_dealer_with_a_bank_and_preferred_dividends_fenwick_lane_q4_2018.htm", "$32.8M", "EPS, diluted",
             "$0.91", "Computed on net income available to common shareholders, $31.3M: $1.6M less than net income."),
            # (one line for both EPS: the card says so)
            ("reit_eps_on_income_to_common_after_preferred_cobalt_ridge_q2_2012.htm", "$11.6M",
             "EPS, basic and diluted", "$0.15",
             "Computed on net income available to common shareholders, $9.4M: $2.2M less than net income.")):
        at = run_page("overview", core.parse_release((ui / name).read_bytes(), name))
        cards = metrics(at)
        assert cards["Net income (loss)"][0] == net and cards[card][0] == eps
        assert [unescape(c.value).replace("\\", "") for c in at.caption].count(said) == 1
    allos = run_page("overview", core.parse_release(core.load_sample()[1], core.load_sample()[0]))
    assert not any(c.value.startswith("Computed on") for c in allos.caption)


def test_cash_that_rose_on_money_raised_while_losing_money_is_said_as_a_rise() -> None:
    """Verdanta's Cash page had led with "Change in cash and investments per month: No burn" beside a net
    loss of $9.0M a month (browser review of round 262). It says cash rose, by how much, and why that is
    no end of the burn; the loss-based burn and runway stay."""
    path = ROOT / "tests" / "fixtures" / "ui" / "biotech_cash_rose_on_an_offering_verdanta_q4_2019.pdf"
    at = run_page("cash", core.parse_release(path.read_bytes(), path.name))
    assert metrics(at) == {"Cash and investments rose": ("+$61.2M", ""), "Net loss per month": ("$9.0M", ""),
                           "Runway it implies": ("26.9 months", "")}
    said = texts(at)
    assert "No burn" not in said
    assert "while the company lost $104.9 million over the 12 months to Dec 31, 2019" in said


def test_twelve_months_beside_a_third_quarter_leave_no_nine_months_read_as_a_year_to_date() -> None:
    """Marrowfield Electric (round 247, invented) prints its third quarter beside the twelve months ended
    September 30, 1998, a utility's trailing year. Expenses and Periods had compared "Nine months to Jun 30,
    1998 (derived)": October 1997 to June 1998, which reads as a year to date (browser review). A trailing
    year less the quarter is no quarter nor a year to date: nothing is derived, and Periods says why."""
    layouts = ROOT / "tests" / "fixtures" / "layouts"
    path = layouts / "utility_operating_income_after_taxes_and_temporary_cash_investments.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    expenses = run_page("expenses", release)
    said = texts(expenses)
    assert "(derived)" not in said and "Nine months" not in said
    assert "**Quarter:** *Total Operating Expenses* rose by $19.7 million" in said  # printed windows stay
    periods = run_page("periods", release)
    assert "(derived)" not in texts(periods)
    assert [i.value for i in periods.info][-1].startswith(
        "The twelve months to Sep 30, 1998 beside the quarter are trailing (this is no fourth-quarter release)")


def test_a_trailing_year_less_its_six_months_derives_the_quarter_only() -> None:
    """A partnership's twelve and six months ended June 30, 2021 (a second-quarter release) imply the first
    quarter (six months less the quarter); twelve months less six had also been derived, "6M to Dec 31, 2020
    (derived)", the second half of the year before, which no reader compares."""
    path = ROOT / "tests" / "fixtures" / "ui" / "mlp_interest_expense_net_in_parentheses_per_common_unit.htm"
    at = run_page("periods", core.parse_release(path.read_bytes(), path.name))
    said = texts(at)
    assert "3M to Mar 31, 2021 (derived)" in said and "6M to Dec 31, 2020" not in said


def test_an_eps_unchanged_on_the_year_is_drawn_with_no_arrow_and_no_colour() -> None:
    """Oracle's fourth-quarter GAAP EPS "were unchanged at $0.80 compared with last year": the card had shown a
    green rise, "↑ 0.00" (UI-24). Its change is said with no arrow and no colour; a change that is one keeps
    its arrow and colour (net income, 3,646 against 3,807 million: down 4.2%)."""
    path = ROOT / "tests" / "fixtures" / "edgar" / "oracle_q4-fy2014.txt"
    at = run_page("overview", core.parse_release(path.read_bytes(), path.name))
    eps = next(m for m in at.metric if m.label.startswith("EPS"))
    assert (eps.value, eps.delta) == ("$0.80", "unchanged")  # said so, never "$0.00" (UI-51)
    assert (MetricProto.MetricColor.Name(eps.proto.color), MetricProto.MetricDirection.Name(eps.proto.direction)) == (
        "GRAY", "NONE")
    net = next(m for m in at.metric if m.label.startswith("Net income"))
    assert (net.delta, MetricProto.MetricDirection.Name(net.proto.direction)) == ("-4.2%", "DOWN")
