"""Who reports which quarter, read from every golden release (text, HTML, EDGAR submissions).

The goldens hold the company as the release names it and the fiscal period it reports ("Q3 FY2024",
"Q4 2004 and FY 2004"); both were read off the documents by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import core
from core.narrative.metadata import TICKER
from tests.conftest import FIXTURES
from tests.golden_facts import load

GOLDEN = sorted(
    path for folder in ("text", "html", "edgar") for path in (FIXTURES / folder).glob("*.golden.json")
)
# Releases whose name the parser does not yet find where the release prints it (a highlights exhibit
# with the name only in its title; a submission whose narrative says "Apple" but whose header says
# "APPLE COMPUTER INC"): kept visible as expected failures rather than left out.
NAME_GAPS = {
    "text/southern-company_q4-fy2004_text", "text/southern-company_q4-fy2006_text",
    "edgar/apple-computer_q3-fy2004", "edgar/apple_q1-fy2011", "html/apple-computer_q3-fy2004",
    "edgar/southern-company_q4-fy2004", "edgar/southern-company_q4-fy2006",
}  # fmt: skip


def _source(golden: Path) -> Path:
    stem = golden.name.removesuffix(".golden.json")
    return next(p for p in golden.parent.glob(f"{stem}.*") if not p.name.endswith(".json"))


def _id(golden: Path) -> str:
    return f"{golden.parent.name}/{golden.name.removesuffix('.golden.json')}"


def _release(golden: Path) -> core.Release:
    source = _source(golden)
    return core.parse_release(source.read_bytes(), source.name)


@pytest.mark.parametrize("golden", GOLDEN, ids=_id)
def test_fiscal_period(golden: Path) -> None:
    expected = re.match(r"Q(\d) (?:FY\s?)?(\d{4})", load(golden)["fiscal_period"])
    assert expected is not None
    period = _release(golden).metadata.fiscal_period
    assert period is not None
    assert (period.quarter, period.year) == (int(expected.group(1)), int(expected.group(2)))


@pytest.mark.parametrize(
    "golden",
    [pytest.param(g, marks=pytest.mark.xfail(strict=True, reason="name not found yet")) if _id(g) in NAME_GAPS
     else g for g in GOLDEN],
    ids=_id,
)
def test_company(golden: Path) -> None:
    assert _release(golden).metadata.company == load(golden)["company"]


def test_metadata_of_the_reference_release_in_every_form() -> None:
    """The dateline and ticker, the same whichever reader the release went through."""
    release = _release(FIXTURES / "text" / "allos_q2_2004.golden.json")
    meta = release.metadata
    assert (meta.ticker, meta.city, meta.state, str(meta.release_date)) == ("ALTH", "Westminster", "Colo.",
                                                                             "2004-08-03")


def test_a_dateline_without_a_year_after_a_quarter_ending_that_month_is_the_same_year() -> None:
    """Sears's second quarter ended July 3, 2004; the dateline says "HOFFMAN ESTATES, Ill., July 22": the
    first July 22 after the quarter's end is 2004's (once read as 2005 because July is the end's month)."""
    path = FIXTURES / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert str(release.metadata.release_date) == "2004-07-22"


def test_a_wrapped_line_starting_with_a_year_and_a_full_stop_is_no_list_item() -> None:
    """Oshkosh wraps "... compared to the second quarter of fiscal" / "2019. The decrease in ..." and prints
    no bulleted list: "2019." is the end of a sentence, not item 2019, so there are no highlights."""
    path = FIXTURES / "html" / "oshkosh_q2-fy2020.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert any(line.startswith("2019. The decrease") for line in release.lines)
    assert release.metadata.highlights == ()


@pytest.mark.parametrize(("headline", "company"), [
    ("Horizon Bancorp, Inc. Announces First Quarter 2020 Financial Results", "Horizon Bancorp, Inc."),
    ("Acme Widgets Corporation Reports Record Third Quarter Sales", "Acme Widgets Corporation"),
    ("Apple Reports Third Quarter Results", ""),  # no company's suffix: not taken from a headline alone
    ("Company Announces Results", ""),
])
def test_a_headline_names_the_company_where_the_lead_sentence_does_not(headline: str, company: str) -> None:
    # Horizon's lead sentence names the company with no ticker beside it; its headline does, as its subject.
    lines = [headline, "", "Michigan City, Indiana (April 29, 2020) - Results for the first quarter were strong.", ""]
    assert core.narrative.metadata.read_metadata(lines, (), len(lines)).company == company


def test_a_statements_title_block_names_the_company_where_the_story_does_not() -> None:
    """Stonebriar's exhibit is its statement alone, the name over its title (UI-20: the pages had been headed
    by the file's name); "and Subsidiaries" is the statement's scope, not the name. Printed in capitals, it is
    written as a name (UI-68)."""
    path = FIXTURES / "layouts" / "statement_typed_in_courier_inside_a_table_of_one_cell.htm"
    assert core.parse_release(path.read_bytes(), path.name).metadata.company == "Stonebriar Homes Corporation"
    lines = ["ACME WIDGET CORPORATION AND SUBSIDIARIES", "CONSOLIDATED STATEMENTS OF OPERATIONS",
             "(In thousands)", "", "                     Year ended December 31,",
             "                        2004      2003",
             "Revenue                  1,200     1,100", "Net income                 100        90"]
    release = core.parse_release("\n".join(lines).encode(), "acme.txt")
    assert release.metadata.company == "Acme Widget Corporation"  # (in capitals, written as a name: UI-68)


_ONE_CELL_TITLE = (
    "<html><body><table>"
    "<tr><td colspan='3'>{title}</td></tr>"
    "<tr><td>(dollars in thousands)</td><td>March 31, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td>Cash and due from banks</td><td>$512</td><td>$498</td></tr>"
    "<tr><td>Loans, net</td><td>201,488</td><td>199,502</td></tr>"
    "<tr><td>TOTAL ASSETS</td><td>$202,000</td><td>$200,000</td></tr>"
    "<tr><td>Deposits</td><td>181,000</td><td>179,400</td></tr>"
    "<tr><td>Total shareholders' equity</td><td>21,000</td><td>20,600</td></tr>"
    "<tr><td>TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY</td><td>$202,000</td><td>$200,000</td></tr>"
    "</table></body></html>")


@pytest.mark.parametrize(("title", "company"), [
    # the name, its scope and the statement's title in one cell (round 718: a bank's release naming itself
    # nowhere else had no company); "and Subsidiary" in the singular as "and Subsidiaries"; printed in capitals,
    # written as a name (UI-68)
    ("LAKEMONT BANCSHARES, INC. AND SUBSIDIARY CONSOLIDATED BALANCE SHEETS", "Lakemont Bancshares, Inc."),
    ("Lakemont Bancshares and Subsidiaries Consolidated Balance Sheets", "Lakemont Bancshares"),
    ("LAKEMONT BANCSHARES, INC. AND SUBSIDIARY", "Lakemont Bancshares, Inc."),
    # a sentence about the company and its subsidiaries names no statement after them, and no company
    ("The Company and its subsidiaries reported the following balances", ""),
    ("THE COMPANY AND SUBSIDIARIES CONSOLIDATED BALANCE SHEETS", ""),
])
def test_the_name_before_and_subsidiary_in_a_statements_title_is_the_company(title: str, company: str) -> None:
    html = _ONE_CELL_TITLE.format(title=title)  # (assets 512 + 201,488; deposits 181,000 + equity 21,000)
    release = core.parse_release(html.encode(), "lakemont.htm")
    assert [s.kind for s in release.statements if s.primary] == ["balance"]
    assert release.metadata.company == company


@pytest.mark.parametrize("name", ["southern-company_q4-fy2004_text.txt", "southern-company_q4-fy2006_text.txt"])
def test_a_name_inside_the_statements_span_over_its_title_names_the_company(name: str) -> None:
    """Southern's highlights exhibit opens on "Southern Company" / "Financial Highlights" with no story: the
    statement's span holds its title block, which had not been read, so its two quarters were named by their
    files and Compare took them for two companies (UI-58, UI-59)."""
    path = FIXTURES / "text" / name
    assert core.parse_release(path.read_bytes(), path.name).metadata.company == "Southern Company"


def test_a_heading_row_under_the_columns_header_names_no_company() -> None:
    """The title block ends at the columns' years: a "Parent Company" heading over the rows is a part of the
    table, never the release's name."""
    lines = ["", "CONSOLIDATED STATEMENTS OF OPERATIONS", "(In thousands)", "",
             "                     Year ended December 31,", "                          2004      2003",
             "Parent Company",
             "Revenue                  1,200     1,100", "Net income                 100        90"]
    release = core.parse_release("\n".join(lines).encode(), "acme.txt")
    assert release.metadata.company == ""
    assert release.statements[0].items[0].values[0] == 1_200_000


def test_a_highlight_wrapped_back_to_the_margin_is_one_whole_item() -> None:
    """Alkermes renders each bullet as "• Net loss ... was $38.7 million for the" with the rest of the item
    at the margin ("quarter, or a basic ..."; "$0.01. This compared ..."): the items were cut mid-sentence."""
    path = FIXTURES / "html" / "alkermes-plc_q1-2020.htm"
    highlights = core.parse_release(path.read_bytes(), path.name).metadata.highlights
    assert highlights[1] == (
        "Net loss according to generally accepted accounting principles in the U.S. (GAAP) was $38.7 million for "
        "the quarter, or a basic and diluted GAAP net loss per share of $0.24. This compared to GAAP net loss of "
        "$96.4 million, or a basic and diluted GAAP net loss per share of $0.62, for the same period in the "
        "prior year."
    )
    assert highlights[2].endswith("non-GAAP basic and diluted earnings per share of $0.01. This compared to "
                                  "non-GAAP net loss of $26.0 million, or a non-GAAP basic and diluted net loss per "
                                  "share of $0.17, for the same period in the prior year.")
    assert len(highlights) == 3


def test_bullets_touching_their_items_are_the_highlights_and_the_first_list_only() -> None:
    """Hasbro's HTML sets each bullet against its item ("\u2022Completed acquisition of ..."): the Overview had
    said "The release lists no highlights" (a browser review). Its business update further on prints some
    fifty more bullets under headings of their own; without a "Highlights" heading the highlights are the
    first list, the eight items under the headline (two of them sub-items, "\u25e6Strong demand ...")."""
    path = FIXTURES / "gold" / "hasbro_q1-2020_html.htm"
    highlights = core.parse_release(path.read_bytes(), path.name).metadata.highlights
    assert len(highlights) == 8
    assert highlights[0] == "Completed acquisition of Entertainment One Ltd. (eOne) in early fiscal 2020"
    assert highlights[2] == "Strong demand for Hasbro products, notably in gaming"
    assert highlights[6].startswith("Net loss of $69.6 million or $0.51 per diluted share; Excluding eOne")


def test_a_highlight_stopped_on_a_connecting_word_runs_on_or_says_it_is_cut() -> None:
    """A line ending "driven by" continues whatever the next starts with ("Office 365 ..."); an item still
    ending on such a word (a page break fell in it) ends with an ellipsis; a list's "..., and" stays whole."""
    from core.narrative.metadata import _highlights

    narrative = [
        "Highlights",
        "",
        "  • Cloud revenue increased 13% driven by",
        "Platform revenue growth of 25%",
        "  • Net sales rose 3%, primarily due to higher volumes, and",
        "",
        "  • Other income was unfavorable, primarily due to losses versus gains in the",
        "",
        "Financial Results",
    ]
    assert _highlights(narrative) == (
        "Cloud revenue increased 13% driven by Platform revenue growth of 25%",
        "Net sales rose 3%, primarily due to higher volumes, and",
        "Other income was unfavorable, primarily due to losses versus gains in the …",
    )


def test_bulleted_definitions_of_non_gaap_measures_are_no_highlights() -> None:
    """ServiceNow Q1 2020 lists its results as three bullets and, further down, defines its non-GAAP measures
    as bullets too ("Free cash flow. Free cash flow is defined as ..."): the Overview had shown all seven."""
    path = FIXTURES / "html" / "servicenow_q1-2020.htm"
    highlights = core.parse_release(path.read_bytes(), path.name).metadata.highlights
    assert [item.split(",")[0] for item in highlights] == [
        "Subscription revenues of $995 million in Q1 2020",
        "37 transactions over $1 million in net new annual contract value in Q1 2020",
        "933 total customers with over $1 million in annual contract value"]


def test_the_bullets_of_the_cautionary_notes_are_no_highlights() -> None:
    """Tupperware lists its quarter's figures by segment, then, under its forward-looking statements, the
    risks it names ("the impact from hyper-inflationary economies ..."): those are not highlights, and had
    made the Overview's list eleven items longer (Peapack-Gladstone's, thirty-two). The segments' bullets
    further on are a list of their own: the highlights are the first list, its seven updates."""
    path = FIXTURES / "html" / "tupperware_q1-2020.htm"
    highlights = core.parse_release(path.read_bytes(), path.name).metadata.highlights
    assert len(highlights) == 7
    assert highlights[-1].startswith("Full year 2020 guidance withdrawn due to material uncertainty")
    assert not any("hyper-inflationary" in item for item in highlights)


@pytest.mark.parametrize(("path", "label"), [
    ("edgar/oracle_q4-fy2014.txt", "Q4 FY2014"),  # the quarter ended May 31, 2014: not October to December
    ("html/buckle_q3-fy2024.htm", "Q3 FY2024"),  # ended November 2, 2024
    ("edgar/apple_q1-fy2011.txt", "Q1 FY2011"),  # ended December 25, 2010
    ("gold/sears-roebuck_q2-2004_ex99-extracted.txt", "Q2 2004"),  # July 3, 2004: a 52-week calendar quarter
    ("text/allos_q2_2004.txt", "Q2 2004"),
    # "first quarter results" in the lead, "its fiscal 2024 first quarter" later: the year printed later (it
    # had been the day's calendar year, 2023)
    ("gold/apple_q1-fy2024_edgar-submission.txt", "Q1 FY2024"),
    ("layouts/capitals_wrapped_label_ending_in_liabilities.txt", "Q3 FY2007"),  # "third quarter of fiscal 2007"
])
def test_a_fiscal_quarter_away_from_the_calendars_is_labelled_so(path: str, label: str) -> None:
    """Oracle's "Q4 2014" had read as the calendar's fourth quarter of 2014 in every page header (browser
    review): a quarter ending more than a week from the calendar quarter of its name is "Q4 FY2014"."""
    source = FIXTURES / path
    fiscal = core.parse_release(source.read_bytes(), source.name).metadata.fiscal_period
    assert fiscal is not None and fiscal.label == label


def test_a_fiscal_year_named_for_its_end_is_told_by_the_comparison() -> None:
    """"its second fiscal quarter ended September 30, 1996", and then "compared with $3,918,455 for the second
    quarter of fiscal 1996": the year-earlier quarter is fiscal 1996, so this one is fiscal 1997 (it had been
    labelled Q2 FY1996 on every page; browser review of round 112)."""
    from core.narrative.metadata import _fiscal_period

    lead = ("BEVERLY, Mass., October 24, 1996 -- Brannock Scientific Instruments, Inc. today reported results "
            "for its second fiscal quarter ended September 30, 1996.")
    flat = lead + (" Net sales for the second quarter were $3,412,906, compared with $3,918,455 for the second "
                   "quarter of fiscal 1996, a decrease of 13%.")
    fiscal = _fiscal_period(lead, flat, [], None)
    assert fiscal is not None and (fiscal.quarter, fiscal.year) == (2, 1997)
    calendar = lead.replace("fiscal quarter ended September 30, 1996", "quarter of 1996")
    fiscal = _fiscal_period(calendar, calendar + " compared with the second quarter of 1995.", [], None)
    assert fiscal is not None and (fiscal.quarter, fiscal.year) == (2, 1996)


def test_highlights_printed_as_lines_under_their_heading_are_items() -> None:
    """Harlow prints "Second Quarter 2019 Highlights" and two sentences, a line each, with no bullets: the
    Overview had shown no highlights (browser review of round 112)."""
    path = FIXTURES / "layouts" / "bars_between_cells_without_outer_pipes.txt"
    assert core.parse_release(path.read_bytes(), path.name).metadata.highlights == (
        "Net sales increased 9.5% to $52.4 million from $47.9 million in the second quarter of 2018.",
        "Net income was $3.6 million, or $0.17 per diluted share, compared with $2.4 million, or $0.12 per "
        "diluted share, a year earlier.",
    )


def test_paragraphs_under_a_highlights_heading_end_at_the_next_heading() -> None:
    lines = [
        "Acme Reports Results", "", "Fourth Quarter Highlights", "",
        "Revenue rose 12% to $48.2 million, driven by", "new contracts.", "",
        "Net loss narrowed to $3.1 million.", "", "About Acme", "",
        "Acme makes widgets.", "",
    ]
    assert core.narrative.metadata.read_metadata(lines, (), len(lines)).highlights == (
        "Revenue rose 12% to $48.2 million, driven by new contracts.",
        "Net loss narrowed to $3.1 million.",
    )


def test_the_story_under_no_highlights_heading_gives_no_highlights() -> None:
    """A wrapped line ending in "key" is no heading; its paragraph is the story."""
    lines = ["Acme Reports Results", "", "Revenue rose on strong demand in our key", "markets.", "",
             "Net loss narrowed to $3.1 million.", ""]
    assert core.narrative.metadata.read_metadata(lines, (), len(lines)).highlights == ()


@pytest.mark.parametrize(("fixture", "quarter", "year"), [
    # "the fourth quarter of fiscal 1999, the thirteen weeks ended January 29, 2000": named for the year it
    # starts in, as retailers name theirs (they had been labelled FY2000, FY2013 and FY2020).
    ("table_word_wrapped_at_the_page_width.txt", 4, 1999),
    ("fiscal_years_named_for_the_year_they_start.txt", 4, 2012),
    ("fiscal_year_columns_under_a_dated_subtitle.htm", 4, 2019),
    ("retailer_caption_of_two_dates_over_fiscal_year_heads_beside_percent_of_sales.txt", 4, 1999),
    # A third quarter ended March 31, 1998 is fiscal 1998's (a June year): no retailer's naming there.
    ("quarterly_data_columns_numbered_first_second_third_under_a_fiscal_year.txt", 3, 1998),
])
def test_a_fourth_quarter_ending_early_in_a_year_keeps_the_fiscal_year_printed(fixture: str, quarter: int,
                                                                             year: int) -> None:
    path = FIXTURES / "layouts" / fixture
    fiscal = core.parse_release(path.read_bytes(), path.name).metadata.fiscal_period
    assert fiscal is not None and (fiscal.quarter, fiscal.year) == (quarter, year)


def test_a_markdown_scrape_reads_its_dateline_and_highlights_without_the_emphasis_marks() -> None:
    """"**CAMBRIDGE, Mass., Nov. 8, 2023 (GLOBE NEWSWIRE) --** Halcyon Ridge Therapeutics, Inc. (Nasdaq: HLRX)":
    the bold marks had hidden the dateline (no company name, no release date) and showed in the highlights."""
    lines = [
        "# Halcyon Ridge Therapeutics Reports Third Quarter 2023 Financial Results", "",
        "*- Topline data on track for first quarter 2024 -*", "",
        "**CAMBRIDGE, Mass., Nov. 8, 2023 (GLOBE NEWSWIRE) --** Halcyon Ridge Therapeutics, Inc. (Nasdaq: HLRX), a",
        "biopharmaceutical company, today reported financial results for the third quarter ended September 30, 2023.",
        "", "**Third Quarter 2023 and Recent Highlights**", "",
        "- **Collaboration:** Recognized a $1.5 million development milestone.[1]", "",
    ]
    metadata = core.narrative.metadata.read_metadata(lines, (), len(lines))
    assert (metadata.company, str(metadata.release_date)) == ("Halcyon Ridge Therapeutics, Inc.", "2023-11-08")
    assert metadata.highlights == ("Collaboration: Recognized a $1.5 million development milestone.",)


def test_highlights_a_pdf_set_without_their_bullets_are_one_item_each() -> None:
    """A PDF's text drops the bullet glyphs: each item starts where a line ending a sentence is followed by a
    capital, and an item wrapped onto a second line stays whole."""
    lines = [
        "Acme Reports Results", "", "Second Quarter Highlights", "",
        "        Gross written premiums grew 6.8% to $498.2 million.",
        "        Net investment income was $38.4 million; realized losses of $4.2 million",
        "        reflect impairments on energy bonds.",
        "        Repurchased 0.6 million shares for $31.8 million.", "", "Segment commentary", "",
    ]
    assert core.narrative.metadata.read_metadata(lines, (), len(lines)).highlights == (
        "Gross written premiums grew 6.8% to $498.2 million.",
        "Net investment income was $38.4 million; realized losses of $4.2 million reflect impairments on energy "
        "bonds.",
        "Repurchased 0.6 million shares for $31.8 million.",
    )


def test_a_quarter_to_come_named_in_a_subheadline_sets_no_fiscal_year() -> None:
    """Browser review of round 119: Corvane's "Fourth Quarter and Full Year 2021 Financial Results" (its
    statements end December 31, 2021) was labelled "Q4 FY2022" on every page after its subheadline's plan,
    "topline data in the fourth quarter of 2022": a fourth quarter of 2022 cannot have ended by the latest day
    the statements print."""
    source = FIXTURES / "ui" / "biotech_fourth_quarter_with_next_years_quarter_in_a_subheadline.htm"
    fiscal = core.parse_release(source.read_bytes(), source.name).metadata.fiscal_period
    assert fiscal is not None and (fiscal.quarter, fiscal.year) == (4, 2021)
    assert fiscal.label == "Q4 2021"


@pytest.mark.parametrize(("name", "first", "count"), [
    ("industrial_in_millions_interest_expense_and_other_income_apart.htm",
     "Organic sales growth of 13% with price realization of 9%; backlog of $1.9 billion, up 21% year over year.", 4),
    ("bank_noninterest_expense_total_and_no_revenue_line.htm",
     "Net interest income of $38.7 million; net interest margin of 3.21%, down 4 basis points from the third "
     "quarter.", 5),
    ("software_other_income_net_the_only_line_below_the_operating_loss.htm",
     "Total revenue was $54.5 million, an increase of 35% year-over-year.", 4),
    # its "Recent Highlights", not the two dash-framed subtitles above the dateline
    ("biotech_fourth_quarter_with_next_years_quarter_in_a_subheadline.htm",
     "Completed enrollment of the 240-patient CORVA-2 Phase 3 trial of CVT-118 in FSGS ahead of the company's "
     "guidance.", 4),
])
def test_bullets_set_on_lines_of_their_own_mark_the_items_under_them(name: str, first: str, count: int) -> None:
    """Browser review of round 119: HTML releases setting each "•" on a line of its own, its item on the next
    line ("•" / blank / "Organic sales growth of 13% ..."), had shown "The release lists no highlights"; Corvane
    had shown its dash-framed subtitle lines instead of its "Recent Highlights" list."""
    source = FIXTURES / "ui" / name
    highlights = core.parse_release(source.read_bytes(), source.name).metadata.highlights
    assert len(highlights) == count and highlights[0] == first
    assert not any(item.startswith("Pivotal Phase 3") for item in highlights)


def test_a_headline_in_capitals_is_the_headline_not_a_quotation_below_it() -> None:
    """Browser review of round 119: Ashbrook Energy's EDGAR submission headed its exhibit "ASHBROOK ENERGY
    THIRD-QUARTER EARNINGS RISE TO 27 CENTS A SHARE" (no "reports" or "results" in it), and the Overview had
    shown the quotation '"Our regulated utilities delivered solid results," said Gerald T. Whitcombe,'."""
    source = FIXTURES / "ui" / "edgar_submission_headline_in_capitals_above_a_quoted_results_line.txt"
    meta = core.parse_release(source.read_bytes(), source.name).metadata
    assert meta.title == "ASHBROOK ENERGY THIRD-QUARTER EARNINGS RISE TO 27 CENTS A SHARE"
    assert str(meta.release_date) == "2002-10-24"


@pytest.mark.parametrize(("name", "released", "city"), [
    # "MILWAUKEE--(BUSINESS WIRE)--July 27, 2022--Brenton-Hale Industries, Inc. (NYSE: BHI) today reported"
    ("industrial_in_millions_interest_expense_and_other_income_apart.htm", "2022-07-27", "Milwaukee"),
    # "DENVER, September 4, 2019 (GLOBE NEWSWIRE) — Ostrava Cloud, Inc. (NYSE: OSTV), a provider of ..."
    ("software_other_income_net_the_only_line_below_the_operating_loss.htm", "2019-09-04", "Denver"),
])
def test_a_wire_services_dateline_gives_the_release_date(name: str, released: str, city: str) -> None:
    """Browser review of round 119: a dateline with the wire's name between the city and the date, or right
    after the date, had given no release date (Brenton-Hale, Ostrava)."""
    source = FIXTURES / "ui" / name
    meta = core.parse_release(source.read_bytes(), source.name).metadata
    assert (str(meta.release_date), meta.city) == (released, city)


def test_a_fiscal_year_the_headline_names_with_the_quarter_is_the_quarters() -> None:
    """Browser review of round 126: Havenbrook Homes' "Reports Fourth Quarter and Fiscal 2021 Results", for the
    quarter and year ended November 30, 2021, was labelled "Q4 FY2022" on every page: "Revenues from home sales
    increased 27% in the fourth quarter of 2021" had read as a comparison (its "from"), naming the year before."""
    source = FIXTURES / "ui" / "homebuilder_fiscal_year_ending_november_two_share_classes_in_one_ticker.htm"
    fiscal = core.parse_release(source.read_bytes(), source.name).metadata.fiscal_period
    assert fiscal is not None and (fiscal.quarter, fiscal.year, str(fiscal.end)) == (4, 2021, "2021-11-30")
    assert fiscal.label == "Q4 FY2021"


@pytest.mark.parametrize(("name", "company", "exchange", "ticker"), [
    # "Havenbrook Homes Corporation (NYSE: HVB and HVB.B), one of the nation's leading homebuilders"
    ("homebuilder_fiscal_year_ending_november_two_share_classes_in_one_ticker.htm", "Havenbrook Homes Corporation",
     "NYSE", "HVB"),
    # "--Nov. 12, 2003--Tillbrook Poultry Holdings, Inc. (OTC BB: TLBK) today reported"
    ("successor_quarter_beside_predecessor_ticker_on_the_otc_bulletin_board.txt", "Tillbrook Poultry Holdings, Inc.",
     "OTC BB", "TLBK"),
    # foreign filers naming their home market first (round 140, invented): "Kizilirmak Seramik A.S. (ISE: KZSER;
    # NYSE: KZS)", "Oostmeer Optical Components N.V. (NASDAQ: OOST; Euronext: OOST)"
    ("../layouts/currency_letters_after_each_figure_with_full_stop_thousands.txt", "Kizilirmak Seramik A.S.", "ISE",
     "KZSER"),
    ("../layouts/a_dollar_translation_left_of_czech_koruna_columns.txt", "Oostmeer Optical Components N.V.", "NASDAQ",
     "OOST"),
])
def test_a_second_share_class_or_a_spaced_exchange_in_the_ticker_keeps_the_company(
        name: str, company: str, exchange: str, ticker: str) -> None:
    """Browser reviews of rounds 126 and 140: these releases had shown their file name in place of the company on
    every page, and Compare could not tell their releases apart from another company's: "(NYSE: HVB and HVB.B)",
    "(OTC BB: TLBK)" and a second listing after a home market's had not been read as tickers."""
    source = FIXTURES / "ui" / name
    meta = core.parse_release(source.read_bytes(), source.name).metadata
    assert (meta.company, meta.exchange, meta.ticker) == (company, exchange, ticker)


@pytest.mark.parametrize(("lead", "exchange", "ticker"), [
    # the Nasdaq National Market as 1990s releases abbreviated it (round 703, invented leads)
    ("Cordell Freight Systems, Inc. (NASDAQ/NMS: CFSI) today reported", "NASDAQ/NMS", "CFSI"),
    ("Brantwood Medical Corp. (NASDAQ NMS: BRMD) today announced", "NASDAQ NMS", "BRMD"),
    ("Esker Valley Bancorp (Nasdaq/NM: EVBC) today reported", "Nasdaq/NM", "EVBC"),
    # ... but a ticker of those letters after the market's colon is the ticker
    ("Northam Mining Services, Inc. (Nasdaq: NMS) today reported", "Nasdaq", "NMS"),
])
def test_the_national_markets_abbreviation_after_nasdaq_is_the_exchange(lead: str, exchange: str,
                                                                         ticker: str) -> None:
    """Round 703: "(NASDAQ/NMS: CFSI)" had given no exchange and no ticker, "NMS" read as the ticker and the
    colon after it left unmatched."""
    match = TICKER.search(lead)
    assert match is not None and (match.group("exchange"), match.group("ticker")) == (exchange, ticker)


def test_a_wire_services_slash_after_a_dateline_without_its_year_dates_the_release() -> None:
    """Round 703: "BOULDER, Feb. 11 /PRNewswire/ --", no state and no year, had given no city and no release
    date; the year is the first Feb. 11 after the year the release reports (ended December 31, 1997)."""
    source = FIXTURES / "layouts" / "a_development_stage_loss_before_income_taxes_printed_without_a_sign.txt"
    meta = core.parse_release(source.read_bytes(), source.name).metadata
    assert (meta.city, meta.state, str(meta.release_date)) == ("Boulder", "", "1998-02-11")
    assert (meta.company, meta.exchange, meta.ticker) == ("Halversen Genomics, Inc.", "Nasdaq/NMS", "HLXG")


UI = FIXTURES / "ui"


def test_a_home_market_listed_first_and_a_headline_in_capitals_name_the_company() -> None:
    """Kaveri Broadband (Q4 FY2021) is "(NSE: KAVERI; NASDAQ: KVRB)" in its lead, under the headline "KAVERI
    BROADBAND LIMITED ANNOUNCES RESULTS ...": neither had named it, and its pages said "file kaveri-...htm"."""
    name = "lakh_grouped_figures_and_earnings_per_equity_share.htm"  # one copy, kept with the layout fixtures
    meta = core.parse_release((FIXTURES / "layouts" / name).read_bytes(), name).metadata
    assert (meta.company, meta.exchange, meta.ticker) == ("Kaveri Broadband Limited", "NSE", "KAVERI")
    from core.narrative.metadata import _headline_subject

    assert meta.title.startswith("KAVERI BROADBAND LIMITED ANNOUNCES RESULTS")
    assert _headline_subject(meta.title) == "Kaveri Broadband Limited"  # no lead to spell it: title case


def test_a_two_column_letterhead_names_the_company_from_its_left_column() -> None:
    """Pellam Surgical's PDF (Q2 2014) sets its lead beside a second column: "-- Pellam Surgical, Inc." and
    the other column's "in the quarter." share a line above "(NASDAQ: PLSG)", and the name was lost
    ("PLSG (PLSG)" on every page)."""
    name = "two_column_letterhead_name_beside_the_other_column.pdf"
    meta = core.parse_release((UI / name).read_bytes(), name).metadata
    assert (meta.company, meta.exchange, meta.ticker) == ("Pellam Surgical, Inc.", "NASDAQ", "PLSG")


@pytest.mark.parametrize(("lines", "headline"), [
    # a headline stopping on a word no title ends on runs on to the line under it (round 212's browser review)
    (["PELLWORTH INSTRUMENTS REPORTS FOURTH QUARTER AND", "FISCAL 2005 FINANCIAL RESULTS", "",
      "- Fourth quarter net sales up 31% -"],
     "PELLWORTH INSTRUMENTS REPORTS FOURTH QUARTER AND FISCAL 2005 FINANCIAL RESULTS"),
    # a PDF's headline wrapped before the word saying what it reports
    (["Stonebridge Industrial Realty Trust Reports Third Quarter 2025", "Results", "",
      "Cash same-property NOI growth of 6.4%"],
     "Stonebridge Industrial Realty Trust Reports Third Quarter 2025 Results"),
    # a whole headline, a subtitle under it: one line
    (["Acme Reports Second Quarter 2019 Results", "Revenue Rises 12%", ""], "Acme Reports Second Quarter 2019 Results"),
    # a PDF's long headline wrapped before its last words, centred under it, a blank line after (UI-32)
    (["Calderon Pharmaceuticals Reports Third Quarter 2021 Financial Results and Raises Full-Year",
      "Product Revenue Guidance", "", "Third quarter product revenues, net, of $96.4 million, up 35% year over year"],
     "Calderon Pharmaceuticals Reports Third Quarter 2021 Financial Results and Raises Full-Year Product Revenue "
     "Guidance"),
    # a long headline with a sentence under it, no blank line between: the sentence is no part of it
    (["Calderon Pharmaceuticals Reports Third Quarter 2021 Financial Results and Raises Full-Year",
      "Product revenues rose to $96.4 million in the quarter.", ""],
     "Calderon Pharmaceuticals Reports Third Quarter 2021 Financial Results and Raises Full-Year"),
    # the company's name on a line of its own over a headline opening on its verb (UI-34: AGNC, Capstead)
    (["", "AGNC INVESTMENT CORP.", "", "ANNOUNCES FIRST QUARTER 2020 FINANCIAL RESULTS", "",
      "Bethesda, MD - April 29, 2020 - AGNC Investment Corp. today announced financial results."],
     "AGNC INVESTMENT CORP. ANNOUNCES FIRST QUARTER 2020 FINANCIAL RESULTS"),
    # clauses each ending in a comma, a line each with blank lines between, then the dateline (UI-34: Aflac)
    (["Aflac Incorporated Announces First Quarter Results,", "", "Reports First Quarter Net Earnings of $566 Million,",
      "", "Withdraws Annual Adjusted EPS Guidance,", "", "Declares Second Quarter Cash Dividend", "",
      "COLUMBUS, Ga. - April 29, 2020 - Aflac Incorporated (NYSE: AFL) today reported its first quarter results."],
     "Aflac Incorporated Announces First Quarter Results, Reports First Quarter Net Earnings of $566 Million, "
     "Withdraws Annual Adjusted EPS Guidance, Declares Second Quarter Cash Dividend"),
    # a comma ending the headline before the dateline's paragraph: the paragraph is no clause of it
    (["Acme Reports Second Quarter 2019 Results,", "",
      "DALLAS, April 29, 2019 - Acme Corp. today reported results for its second quarter ended June 30, 2019."],
     "Acme Reports Second Quarter 2019 Results,"),
])
def test_a_wrapped_headline_is_read_whole(lines: list[str], headline: str) -> None:
    assert core.narrative.metadata.read_metadata(lines, (), len(lines)).title == headline


def test_highlights_whose_sentences_wrap_back_to_the_margin_or_lose_their_blank_lines() -> None:
    """A newswire page's list items wrap back to the margin ("• Revenue: Total revenue was $66.1 million ..." /
    "Subscription revenue was $61.8 million, ..."), which had ended the highlights after their first item; a
    PDF's text keeps no blank line before the heading and drops the bullets; a subtitle framed by dashes
    loses its closing dash (round 213's browser review)."""
    from core.narrative.metadata import _highlights

    newswire = [
        "Third Quarter 2025 Financial Highlights", "",
        "• Revenue: Total revenue was $66.1 million, compared to $57.0 million.",
        "Subscription revenue was $61.8 million, compared to $52.3 million.", "",
        "• Net Loss: GAAP net loss was $0.7 million.", "", "Financial Outlook", "",
    ]
    assert _highlights(newswire) == (
        "Revenue: Total revenue was $66.1 million, compared to $57.0 million. Subscription revenue was $61.8 "
        "million, compared to $52.3 million.",
        "Net Loss: GAAP net loss was $0.7 million.",
    )
    pdf = ["today announced results for the quarter ended", "September 30, 2025.", "Third Quarter 2025 Highlights", "",
           "       Total revenues of $93.5 million, an increase of 16.6% over the prior-year quarter.",
           "       Executed 2.1 million square feet of new and renewal leases with cash rent spreads of",
           "       31.8%. Portfolio occupancy was 96.7% at quarter end.", "", '"Leasing demand remained healthy."']
    assert _highlights(pdf) == (
        "Total revenues of $93.5 million, an increase of 16.6% over the prior-year quarter.",
        "Executed 2.1 million square feet of new and renewal leases with cash rent spreads of 31.8%. Portfolio "
        "occupancy was 96.7% at quarter end.",
    )
    assert _highlights(["     - Fourth quarter net sales up 31%; fiscal 2005 net income more",
                        "                 than triples -", ""]) == (
        "Fourth quarter net sales up 31%; fiscal 2005 net income more than triples",)


@pytest.mark.parametrize(("name", "headline"), [
    # wrapped after its verb: "REPORTS" / "FOURTH QUARTER ..." (round 263, browser review)
    ("bank_quarterly_loss_wexford_plains_q4_2008.pdf",
     "WEXFORD PLAINS FINANCIAL CORPORATION REPORTS FOURTH QUARTER AND FULL YEAR 2008 RESULTS"),
    ("biotech_cash_rose_on_an_offering_verdanta_q4_2019.pdf",
     "Verdanta Therapeutics Reports Fourth Quarter and Full Year 2019 Financial Results and Provides Corporate Update"),
    # the line under it starts with "Results", and goes on (round 247)
    ("pipeline_headline_wrapped_before_results_and_more.txt",
     "Redstone Basin Pipeline Partners, L.P. Reports Third Quarter 2005 Results and Raises Quarterly Distribution"),
    # its first line ends in a semicolon, its second says the quarter's news (round 270, browser review)
    ("insurer_hurricane_loss_headline_after_a_semicolon_granite_harbor_q3_2004.txt",
     "GRANITE HARBOR INSURANCE GROUP REPORTS THIRD QUARTER 2004 RESULTS; HURRICANE LOSSES DRIVE QUARTERLY NET "
     "LOSS OF $1.16 PER SHARE"),
])
def test_a_headline_wrapped_after_its_verb_or_before_its_results_is_one_headline(name: str, headline: str) -> None:
    """The Overview had shown these headlines cut at their first line break (browser review of rounds 247-263)."""
    assert core.parse_release((UI / name).read_bytes(), name).metadata.title == headline


@pytest.mark.parametrize(("path", "headline"), [
    # a blank line after a word no title ends on (ManTech Q1 2020)
    ("html/mantech_q1-2020.htm", "ManTech Announces Financial Results for First Quarter of 2020"),
    # a blank line before the few words saying what it reports (Oshkosh Q2 FY2020)
    ("html/oshkosh_q2-fy2020.htm", "OSHKOSH CORPORATION REPORTS FISCAL 2020 SECOND QUARTER RESULTS"),
])
def test_a_headline_runs_on_across_one_blank_line_where_it_cannot_end(path: str, headline: str) -> None:
    """Both had been shown cut at their first line on the Overview (UI-43)."""
    source = FIXTURES / path
    assert core.parse_release(source.read_bytes(), source.name).metadata.title == headline


# A headline's subject without its suffix, named in full elsewhere: the name as the text spells it with its
# suffix (in capitals only in a statement's title: title case), else under "About"; none where the words are
# spelled nowhere else. The lead of each says only the short name ("Veradine reported ...").
HEADLINE_NAMES = [
    ("layouts/pdf_dollar_floated_left_five_columns_company_only_under_about.pdf", "Veradine Therapeutics, Inc."),
    ("layouts/typed_letter_spaced_header_with_spaced_years.txt", "Corvane Data Systems, Inc."),
    ("layouts/half_year_headed_january_june_beside_quarters_oldest_first.txt", "Vandermeer Technologies N.V."),
    # its lead's "The Trust (NYSE: HCR) today announced" names no company: the headline does
    ("layouts/stub_since_its_offering_called_the_trust.txt", "Harbor Crest Realty Trust"),
    # a newswire's topic before the colon is no subject ("Regional Banks: Harwick Bancorp Posts ...")
    ("layouts/bank_called_the_bank_under_a_topic_headline.txt", "Harwick Bancorp"),
    # a headline in capitals under the name in capitals: the lead sentence's spelling, not title case (UI-35:
    # "Agnc Investment Corp.")
    ("html/agnc-investment_q1-2020.htm", "AGNC Investment Corp."),
]


@pytest.mark.parametrize(("fixture", "company"), HEADLINE_NAMES)
def test_a_headlines_subject_named_in_full_elsewhere_is_the_company(fixture: str, company: str) -> None:
    path = Path(__file__).parent / "fixtures" / fixture
    assert core.parse_release(path.read_bytes(), path.name).metadata.company == company


def test_a_headlines_subject_spelled_nowhere_else_names_no_company() -> None:
    from core.narrative.metadata import _headline_subject

    assert _headline_subject("Veradine Therapeutics Reports Second Quarter 2009 Financial Results",
                             "Veradine reported revenue of $4.9 million.") == ""
    assert _headline_subject("James River Announces First Quarter 2020 Results",
                             "About James River Group Holdings, Ltd. James River Group Holdings, Ltd. is a "
                             "Bermuda-based insurance holding company.") == "James River Group Holdings, Ltd."


# Round 702-707's metadata, each rule with rows of the shapes real releases print (invented names and figures).
@pytest.mark.parametrize(("lines", "headline"), [
    # two centred bold paragraphs, the first ending on the verb (Farmers National Banc's Q1 2020)
    (["WILLOWBROOK NATIONAL BANC CORP. ANNOUNCES", "", "2020 FIRST QUARTER FINANCIAL RESULTS", "",
      "Net income of $8.6 million for the quarter is 3% higher than same quarter in 2019"],
     "WILLOWBROOK NATIONAL BANC CORP. ANNOUNCES 2020 FIRST QUARTER FINANCIAL RESULTS"),
    (["Kestrel Ridge Holdings, Inc. Reports", "", "Fourth Quarter and Full Year 2024 Financial Results", "",
      "DALLAS, Feb. 11, 2025 -- Kestrel Ridge Holdings, Inc. today reported results for the fourth quarter."],
     "Kestrel Ridge Holdings, Inc. Reports Fourth Quarter and Full Year 2024 Financial Results"),
    # ... but a title ending on the noun ("Report") is whole, and a verb's line runs on to no sentence
    (["Ashcombe Industries Annual Report", "", "Fiscal 2019 Shareholder Letter and Financial Results", ""],
     "Ashcombe Industries Annual Report"),
    (["Ashcombe Industries Reports", "", "Net sales rose 12% to a record $48.2 million in the quarter.", ""],
     "Ashcombe Industries Reports"),
    # an 8-K cover's form lines over the release a whole submission carries (a 1997 8-K's "Date of Report")
    (["CURRENT REPORT", "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934", "",
      "Date of Report (Date of earliest event reported): March 3, 1998", "", "KESTREL MILLS CORP.",
      "(Exact name of registrant as specified in its charter)", "", "Commission File Number 0-18834", "",
      "KESTREL MILLS REPORTS FOURTH QUARTER RESULTS", "",
      "NASHUA, N.H., March 3, 1998 -- Kestrel Mills Corp. today reported net income of $2.1 million."],
     "KESTREL MILLS REPORTS FOURTH QUARTER RESULTS"),
    # a release set in the 8-K's body, under the form's item heading and its paragraph (round 727's probe i)
    (["FORM 8-K", "", "CURRENT REPORT", "", "HARROW BAY SYSTEMS, INC.", "",
      "Item 2.02  Results of Operations and Financial Condition.", "",
      "    On October 26, 2022, the Company issued a press release announcing its",
      "results for the quarter ended September 30, 2022.  The text of the press release follows.", "", "",
      "Harrow Bay Systems Reports Third Quarter 2022 Results", "",
      "SALEM, Ore., Oct. 26, 2022 -- Harrow Bay Systems, Inc. (NASDAQ: HBSY) today reported results for the third "
      "quarter."],
     "Harrow Bay Systems Reports Third Quarter 2022 Results"),
    (["ITEM 2.02. RESULTS OF OPERATIONS AND FINANCIAL CONDITION", "",
      "The following is the text of the press release issued by the Company on February 2, 2023:", "",
      "HARROW BAY SYSTEMS REPORTS FOURTH QUARTER RESULTS", "",
      "SALEM, Ore., Feb. 2, 2023 -- Harrow Bay Systems, Inc. today reported results for the fourth quarter."],
     "HARROW BAY SYSTEMS REPORTS FOURTH QUARTER RESULTS"),
    # ... and right under the heading, no paragraph of the form's between: the headline itself
    (["Item 2.02 Results of Operations and Financial Condition", "",
      "Harrow Bay Systems Reports Fourth Quarter Results", "",
      "SALEM, Ore., Feb. 2, 2023 -- Harrow Bay Systems, Inc. today reported results for the fourth quarter."],
     "Harrow Bay Systems Reports Fourth Quarter Results"),
])
def test_a_headline_split_after_its_verb_or_under_a_form_cover_is_read_whole(lines: list[str], headline: str) -> None:
    """Round 702: Farmers National Banc's headline had been cut at "ANNOUNCES" (a paragraph break after its
    verb), and a 1997 submission's headline had been its 8-K cover's "Date of Report" line."""
    assert core.narrative.metadata.read_metadata(lines, (), len(lines)).title == headline


@pytest.mark.parametrize("line", [
    "Date of Report (Date of earliest event reported): July 21, 1997", "Commission File Number 0-18834",
    "(Exact name of registrant as specified in its charter)", "(Commission File Number)",
    "(State or other jurisdiction of incorporation)", "(IRS Employer Identification No.)",
    "Registrant's telephone number, including area code: (419) 555-0100",
    "(Address of principal executive offices) (Zip Code)", "CURRENT REPORT",
    "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934",
])
def test_the_form_lines_of_an_8k_cover_are_form_text(line: str) -> None:
    from core.vocabulary import FORM_COVER_LINE

    assert FORM_COVER_LINE.search(line)


@pytest.mark.parametrize("line", [
    "HARBOR VALVE REPORTS SECOND QUARTER RESULTS", "Acme Reports Record Third Quarter Revenue",
    "Kestrel Announces Date of Fourth Quarter 2024 Earnings Release",
])
def test_a_headline_is_no_form_text(line: str) -> None:
    from core.vocabulary import FORM_COVER_LINE

    assert not FORM_COVER_LINE.search(line)


@pytest.mark.parametrize(("line", "heading"), [
    ("Item 2.02  Results of Operations and Financial Condition.", True),
    ("ITEM 2.02. RESULTS OF OPERATIONS AND FINANCIAL CONDITION", True),
    ("Item 9.01 Financial Statements and Exhibits.", True),
    ("Item 7.01. Regulation FD Disclosure", True),
    ("Harrow Bay Systems Reports Third Quarter 2022 Results", False),
    ("Items 2.02 and 9.01 of this report are furnished, not filed", False),
    ("Item one: record revenue of $2.02 million", False),
])
def test_an_8k_item_heading_is_form_text(line: str, heading: bool) -> None:
    """Round 727's probe i: the headline of a release in the 8-K's body had been its "Item 2.02  Results of
    Operations and Financial Condition." heading, which says "results"."""
    from core.vocabulary import FORM_ITEM_HEADING

    assert bool(FORM_ITEM_HEADING.match(line)) is heading


@pytest.mark.parametrize(("lead", "company"), [
    # a short name defined in curly quotes between the name and its verb (United Fire Group's Q4 2024)
    ("CEDAR FALLS, Iowa, Feb. 11, 2025 (GLOBE NEWSWIRE) \u2014 Marrow Creek Insurance Group, Inc. (\u201cMCIG\u201d) "
     "today reported financial results for the three-month period ended December 31, 2024.",
     "Marrow Creek Insurance Group, Inc."),
    # two of them, and no "today" (Palomar Holdings' Q4 2024)
    ("SAN DIEGO, Calif., Feb. 12, 2025 (GLOBE NEWSWIRE) \u2014 Tidewater Specialty Holdings, Inc. "
     "(\u201cTidewater\u201d or \u201cCompany\u201d) reported net income of $35.0 million for the quarter.",
     "Tidewater Specialty Holdings, Inc."),
    # straight quotes after a dateline of spaced dashes: the name follows the last dash
    ('HOUSTON - April 24, 2024 - Kingsgate Mortgage Trust (the "Trust") today announced its results for the quarter.',
     "Kingsgate Mortgage Trust"),
])
def test_a_short_name_defined_after_the_company_leaves_its_name(lead: str, company: str) -> None:
    """Round 707: "United Fire Group, Inc. (\u201cUFG\u201d) today reported" and Palomar's lead had named no company."""
    lines = [lead, ""]
    assert core.narrative.metadata.read_metadata(lines, (), len(lines)).company == company


@pytest.mark.parametrize(("lead", "released", "city", "state"), [
    # ACCESS Newswire's dateline, the wire between slashes before the date (Infinity Bancorp's Q4 2024)
    ("SANTA ANA, CA / ACCESS Newswire / February 6, 2025 / Marisol Bancorp (OTCQB:MRSB) today announced results.",
     "2025-02-06", "Santa Ana", "CA"),
    ("PRINCETON, NJ / ACCESSWIRE / May 14, 2020 / Halvard Therapeutics, Inc. (NASDAQ:HLVD) today reported results.",
     "2020-05-14", "Princeton", "NJ"),
    # a markdown scrape: the wire's name a link, the dateline in bold
    ("**FRESNO, CA / [ACCESS Newswire](https://www.accessnewswire.com/) / February 5, 2025 /** Sierra Oak Bancorp "
     "today announced results.", "2025-02-05", "Fresno", "CA"),
])
def test_a_dateline_with_the_wire_between_slashes_gives_the_date(lead: str, released: str, city: str,
                                                                 state: str) -> None:
    """Round 707: Infinity Bancorp's ACCESS Newswire dateline had given no release date or city."""
    lines = [lead, ""]
    meta = core.narrative.metadata.read_metadata(lines, (), len(lines))
    assert (str(meta.release_date), meta.city, meta.state) == (released, city, state)


_LAKEMONT = "HAMPSTEAD, Md., Feb. 10, 2025 (GLOBE NEWSWIRE) \u2014 Lakemont Bancshares, Inc. today reported net income."


@pytest.mark.parametrize(("lines", "exchange", "ticker"), [
    # an OTC market in the parenthesis after the name (Peoples Financial's, Infinity Bancorp's Q4 2024)
    (["Pine Hollow Financial Corporation (the \u201cCompany\u201d) (OTCQX Best Market: PHFC), parent of Pine Hollow "
      "Bank, announced earnings for the fourth quarter ending December 31, 2024."], "OTCQX Best Market", "PHFC"),
    (['Marisol Bancorp (OTCQB:MRSB) (the "Company"), the holding company for Marisol Bank, today announced results.'],
     "OTCQB", "MRSB"),
    (["Gannet Creek Bancshares, Inc. (OTC Pink: GCBS) today reported net income of $1.2 million."], "OTC Pink", "GCBS"),
    # ... or a sentence saying where the shares trade under what symbol (Farmers and Merchants Bancshares')
    ([_LAKEMONT, "",
      "Certain broker-dealers make a market in the common stock of Lakemont Bancshares, Inc., and trades are reported",
      "through the OTC Markets Group\u2019s Pink Market under the symbol \u201cLKMB\u201d."],
     "OTC Markets Group\u2019s Pink Market", "LKMB"),
    (["HATTIESBURG, Miss., Jan. 23, 2025 -- Pine Hollow Financial Corporation today reported net income.", "",
      "Pine Hollow Financial Corporation\u2019s common stock is listed on the OTCQX Best Market under the symbol",
      "PHFC."],
     "OTCQX Best Market", "PHFC"),
    # ... never another company's symbol, nor a preferred issue's
    ([_LAKEMONT, "",
      "Shares of Granite Mill Corp., which Lakemont agreed to acquire, trade on the NYSE under the symbol GMC."],
     "", ""),
    ([_LAKEMONT, "",
      "The Company\u2019s Series A preferred stock is listed on the NYSE under the symbol LKMB.PRA."], "", ""),
])
def test_an_otc_market_is_the_exchange_a_ticker_is_quoted_on(lines: list[str], exchange: str, ticker: str) -> None:
    """Round 707: "(OTCQX Best Market: PFBX)" and Farmers and Merchants' "OTC Markets ... under the symbol
    "FMFG"" had given no ticker."""
    meta = core.narrative.metadata.read_metadata(lines, (), len(lines))
    assert (meta.exchange, meta.ticker) == (exchange, ticker)


@pytest.mark.parametrize(("name", "metadata", "facts"), [
    # a markdown scrape of an ACCESS Newswire release: the wire a link between slashes, an OTCQX ticker after the
    # Company's defined name
    ("bank_access_newswire_dateline_otcqx_ticker_after_the_company_term.txt",
     ("Sierra Oak Bancorp", "Sierra Oak Bancorp Announces Fourth Quarter 2024 Financial Results", "2025-02-05",
      "Fresno", "CA", "OTCQX Best Market", "SOKB", "Q4 2024"),
     {("net_income", "2024-12-31"): 1_180_000, ("income_before_taxes", "2023-12-31"): 1_614_000}),
    # a whole 1997 8-K: its cover's form lines, the headline two lines split after its verb, a short name defined
    # in the lead, the symbol in the "About" paragraph after the statement
    ("edgar_submission_8k_cover_over_a_headline_split_after_its_verb.txt",
     ("Larchmont Pump & Seal, Inc.", "LARCHMONT PUMP & SEAL, INC. ANNOUNCES 1997 SECOND QUARTER FINANCIAL RESULTS",
      "1997-07-22", "Dayton", "Ohio", "OTC Bulletin Board", "LPSI", "Q2 1997"),
     {("revenue", "1997-06-30"): 27_640_000, ("net_income", "1996-06-30"): 1_180_000}),
])
def test_round_707_release_heads_are_read_whole(name: str, metadata: tuple[str, ...],
                                                facts: dict[tuple[str, str], int]) -> None:
    """Invented releases in the shapes of rounds 702-707 (figures cross-footed by hand: 4,194 - 120 + 310 - 2,720
    = 1,664 before taxes, less 484 = 1,180; 27,640 - 18,972 - 6,012 - 352 - 876 = 1,428): every part of their head
    read, and their figures."""
    from core.facts import fact_rows

    release = core.parse_release((UI / name).read_bytes(), name)
    meta = release.metadata
    fiscal = meta.fiscal_period
    assert fiscal is not None
    assert (meta.company, meta.title, str(meta.release_date), meta.city, meta.state, meta.exchange, meta.ticker,
            f"Q{fiscal.quarter} {fiscal.year}") == metadata
    read = {(row[1], str(row[3])): row[5] for row in fact_rows(release) if row[0] == "operations" and row[4] == 3}
    for key, value in facts.items():
        assert read[key] == value, key


def test_a_markdown_front_matter_is_metadata_and_a_year_reported_is_not_an_old_fourth_quarter() -> None:
    """Round 708 (invented release of its shape): a static site's markdown copy opens on YAML front matter
    ('title: "..."', "date:", "summary:", ...), whose title had been kept with its key and quotes; its statement's
    title, bold word by word, had kept the marks between the words; the lead's subject before a phrase saying
    what the company is (", a developer of ..., today reported") and a dateline naming two places had been read
    as no company and no city; and the CEO's "looking back to Q4 2021" had labelled a release of the year ended
    December 31, 2024 "Q4 2021"."""
    source = UI / "markdown_front_matter_over_a_year_with_a_look_back_to_an_old_fourth_quarter.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    meta = release.metadata
    assert meta.title == "Halvorsen Biologics Reports 2024 Financial Results"
    assert (meta.company, meta.city, meta.state, str(meta.release_date)) == (
        "Halvorsen Biologics, Inc.", "Zug", "Switzerland", "2025-03-04")
    assert meta.fiscal_period is not None and meta.fiscal_period.label == "FY 2024"  # twelve months alone (round 767)
    (statement,) = release.statements
    assert statement.title == "Consolidated Statements of Operations"
    values = {item.label: item.values for item in statement.items}
    assert values["Net income"] == (4_050_000, 1_610_000)  # 5,400 - 1,350; 2,150 - 540
    assert all(figure.span.first > 10 for figure in release.prose)  # the summary's figures are no prose


def test_a_fiscal_quarter_is_dated_by_its_balance_sheet_and_a_dateline_is_never_the_title() -> None:
    """Rounds 709, 710 and 713 (invented release of their shape): "CANFIELD, Ohio (August 5, 2026) -- ...", its
    date in parentheses, had given no city or date, and with no headline above it had been taken for the title;
    the company had been named "About Quorra Fixtures, Inc." from the heading over the balance sheet; and "the
    fiscal third quarter of 2026", its balance sheet at June 30, 2026 (no statement of operations read), had
    been labelled "Q3 2026", as if it ended in September."""
    source = UI / "fiscal_quarter_dated_by_its_balance_sheet_dateline_with_the_date_in_parentheses.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    meta = release.metadata
    assert (meta.city, meta.state, str(meta.release_date)) == ("Canfield", "Ohio", "2026-08-05")
    assert meta.title == ""  # subheadlines alone: no headline, rather than the dateline's line
    assert meta.company == "Quorra Fixtures, Inc."
    assert meta.fiscal_period is not None and meta.fiscal_period.label == "Q3 FY2026"
    (balance,) = release.statements
    values = {item.label: item.values for item in balance.items}
    assert values["Total assets"] == (35_000_000, 32_900_000)  # 27,800 + 7,200; 25,400 + 7,500


@pytest.mark.parametrize(("line", "city", "state"), [
    # the wire between dashes and no date (round 710, SiteOne's shape): the date is printed elsewhere
    ("ROSWELL, GA. \u2014 (BUSINESS WIRE) \u2014 Brackley Supply, Inc. (the \u201cCompany\u201d) reported", "Roswell",
     "GA."),
    ("DAYTON, Ohio -- (PR NEWSWIRE) -- Kettering Tool Corp. today reported", "Dayton", "Ohio"),
])
def test_a_dateline_naming_its_wire_but_no_date_gives_the_city(line: str, city: str, state: str) -> None:
    from core.narrative.metadata import _dateline

    assert _dateline(["", line, ""], (), line) == (city, state, None)


@pytest.mark.parametrize(("lead", "company"), [
    # a legal form with a slash (round 708, Ascendis's shape)
    ("COPENHAGEN, Denmark, Feb. 12, 2025 (GLOBE NEWSWIRE) \u2014 Norrebro Pharma A/S today announced results",
     "Norrebro Pharma A/S"),
    # the subject, a phrase saying what it is, and the verb (round 708, Agios's shape)
    ("BOSTON, Feb. 13, 2025 (GLOBE NEWSWIRE) \u2014 Tessaly Therapeutics, Inc. , a leader in enzyme biology, today"
     " reported results", "Tessaly Therapeutics, Inc."),
    # ... but a name without its legal form before such a phrase is not certain: none
    ("BOSTON, Feb. 13, 2025 (GLOBE NEWSWIRE) \u2014 Tessaly , a leader in enzyme biology, today reported results",
     ""),
])
def test_the_leads_subject_with_a_slashed_legal_form_or_before_a_phrase_is_the_company(lead: str,
                                                                                      company: str) -> None:
    from core.narrative.metadata import _said_today

    assert _said_today(lead) == company
