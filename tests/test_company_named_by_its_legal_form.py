"""The company of a European or British release, named by a name ending in its legal form (round 729, invented
fixtures in the shape of the releases): a lead with no ticker and no "today" ("Dresden, 29 April 2009 \u2013
Oderbruck Armaturen AG reported revenue ..."), a lead's verb of its own ("today published its figures"), or a
title line alone, the name before a dash and what it reports after ("ASHCOMBE ENGINEERING PLC -- HALF-YEAR
RESULTS"). Each had left the company empty; a title naming a period or a statement names none."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.narrative.metadata import _name_before_a_dash, _written_as_a_name, read_metadata
from tests.conftest import concept_facts, read_fixture

_LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _release(name: str) -> core.Release:
    return read_fixture(_LAYOUTS / name)


def test_a_title_naming_the_company_before_a_dash_names_it_where_nothing_else_does() -> None:
    """The exhibit is its title and its statement, the title's line inside the statement's title block: the name
    before the dash, ending in its legal form, written as a name ("PLC" as "plc"). The statement foots: 412.6 -
    361.4 = 51.2, - 6.8 = 44.4 before tax, - 12.1 = 32.3; 389.2 - 343.9 = 45.3, - 5.9 = 39.4, - 10.6 = 28.8."""
    release = _release("uk_half_year_named_only_in_its_title_before_a_dash.txt")
    assert release.metadata.company == "Ashcombe Engineering plc"
    facts = concept_facts(release)
    assert facts[("revenue", "2009-06-30", 6)] == Decimal("412600000")
    assert facts[("operating_income", "2008-06-30", 6)] == Decimal("45300000")
    assert facts[("income_before_taxes", "2009-06-30", 6)] == Decimal("44400000")
    assert facts[("net_income", "2009-06-30", 6)] == Decimal("32300000")
    assert facts[("net_income", "2008-06-30", 6)] == Decimal("28800000")
    assert all(check.passed for check in release.checks)


def test_a_lead_naming_the_company_with_its_legal_form_and_no_today_names_it() -> None:
    """"Dresden, 29 April 2009 \u2013 Oderbruck Armaturen AG reported revenue of EUR 214.6 million": no ticker, no
    "today", a headline naming no company. In EUR thousands: 214,612 - 189,407 = 25,205 operating profit, -
    3,118 = 22,087 before tax, - 6,626 = 15,461; 15,461 / 24,158 thousand shares = EUR 0.64 a share."""
    release = _release("continental_lead_naming_the_company_without_today.htm")
    assert release.metadata.company == "Oderbruck Armaturen AG"
    facts = concept_facts(release)
    assert facts[("revenue", "2009-03-31", 3)] == Decimal("214612000")
    assert facts[("operating_income", "2009-03-31", 3)] == Decimal("25205000")
    assert facts[("net_income", "2009-03-31", 3)] == Decimal("15461000")
    assert facts[("net_income", "2008-03-31", 3)] == Decimal("13551000")
    assert facts[("eps_basic", "2009-03-31", 3)] == Decimal("0.64")
    assert all(check.passed for check in release.checks)


@pytest.mark.parametrize(("lead", "company"), [
    # the verbs a lead says the company reported by (vocabulary.LEAD_VERBS), as releases word them: Antero
    # Resources's Q1 2020 release (corpus) "Antero Resources Corporation (NYSE: AR) today released its first
    # quarter 2020 results", the continental "today published its figures", "today publishes its results",
    # "today presented its half-year results"
    ("DENVER, April 29, 2020 -- Kettering Basin Resources Corporation today released its first quarter 2020 "
     "results.", "Kettering Basin Resources Corporation"),
    ("Ludwigshafen, 5 August 2009 -- Mainwerk Chemie SE today published its figures for the second quarter.",
     "Mainwerk Chemie SE"),
    ("Eindhoven, 23 July 2009 -- Maasland Precisie N.V. today publishes its results for the second quarter.",
     "Maasland Precisie N.V."),
    ("Basel, 28 July 2009 -- Rheinblick Pharma AG today presented its half-year results.", "Rheinblick Pharma AG"),
    # no "today": the subject right after the dateline's date and dash, where it ends in its legal form
    ("Frankfurt am Main, 30 July 2009 \u2013 Taunusblick Logistik AG reported revenue of EUR 12.4 million.",
     "Taunusblick Logistik AG"),
    ("Espoo, 23 April 2009 -- Vaarala Oyj announced its interim report for January-March 2009.", "Vaarala Oyj"),
    ("Gothenburg, 17 July 2009 -- Kvarnby Verktyg AB published its interim report.", "Kvarnby Verktyg AB"),
    # ... never a name without its legal form, nor words that are no name, nor a dash after no date
    ("Frankfurt am Main, 30 July 2009 \u2013 Taunusblick reported revenue of EUR 12.4 million.", ""),
    ("Frankfurt am Main, 30 July 2009 \u2013 Revenue reported for the quarter rose 4 per cent.", ""),
    ("Frankfurt am Main, 30 July 2009 \u2013 The Company reported revenue of EUR 12.4 million.", ""),
    ("Our partner \u2013 Ostwind Energie AG announced a new contract with us in the quarter.", ""),
])
def test_a_lead_names_the_company_by_its_verb(lead: str, company: str) -> None:
    lines = ["Results for the second quarter of 2009", "", lead, ""]
    assert read_metadata(lines, (), len(lines)).company == company


@pytest.mark.parametrize(("title", "name"), [
    ("THAMES VALLEY WIDGETS PLC -- INTERIM RESULTS", "THAMES VALLEY WIDGETS PLC"),
    ("KVARNBY VERKTYG AB -- INTERIM REPORT JANUARY-MARCH 2009", "KVARNBY VERKTYG AB"),
    ("WOLLONDILLY FREIGHT LIMITED \u2013 HALF-YEAR REPORT", "WOLLONDILLY FREIGHT LIMITED"),
    ("Oderbruck Armaturen AG \u2013 Results for the first quarter 2009", "Oderbruck Armaturen AG"),
    ("MAASLAND PRECISIE N.V. -- SECOND QUARTER 2009 EARNINGS", "MAASLAND PRECISIE N.V."),
    # a title naming a period or a statement, or what the release reports before the dash, names no company
    ("FIRST QUARTER RESULTS -- 2009", ""),
    ("CONSOLIDATED INCOME STATEMENT", ""),
    ("CONSOLIDATED INCOME STATEMENT -- CONTINUING OPERATIONS", ""),
    ("INTERIM RESULTS -- THAMES VALLEY WIDGETS PLC", ""),
    ("RESULTS OF THAMES VALLEY WIDGETS PLC -- INTERIM REPORT", ""),
    ("FOR IMMEDIATE RELEASE -- ACME INC. REPORTS FIRST QUARTER RESULTS", ""),
    ("THE COMPANY -- INTERIM RESULTS", ""),
    # ... nor a name with no word after its dash saying it reports results, nor one with no legal form
    ("THAMES VALLEY WIDGETS PLC -- NEWS RELEASE", ""),
    ("THAMES VALLEY WIDGETS -- INTERIM RESULTS", ""),
])
def test_a_title_names_the_company_before_its_dash(title: str, name: str) -> None:
    assert _name_before_a_dash(title) == name


@pytest.mark.parametrize(("printed", "written"), [
    ("THAMESBROOK HOLDINGS PLC", "Thamesbrook Holdings plc"),
    ("NORRSKOG INDUSTRI AB", "Norrskog Industri AB"),
    ("SOUTHERN CROSS LOGISTICS LIMITED", "Southern Cross Logistics Limited"),
    ("MAASLAND PRECISIE N.V.", "Maasland Precisie N.V."),
    ("BANK OF WESSEX LTD.", "Bank of Wessex Ltd."),
    ("KNM ROHR-TECHNIK GMBH", "KNM Rohr-Technik GmbH"),  # initials keep their capitals
])
def test_a_name_in_capitals_is_written_as_a_name(printed: str, written: str) -> None:
    assert _written_as_a_name(printed) == written


def test_a_name_in_capitals_is_spelled_as_the_lead_spells_it() -> None:
    """The title's "RHEINFELD CHEMIE AG" as the text spells it elsewhere, where the lead names it too."""
    lines = ["RHEINFELD CHEMIE AG -- SECOND QUARTER 2009 RESULTS", "",
             "Ludwigshafen, 5 August 2009 -- The figures of RheinFeld Chemie AG for the second quarter rose.", ""]
    assert read_metadata(lines, (), len(lines)).company == "RheinFeld Chemie AG"


@pytest.mark.parametrize("title", ["FIRST QUARTER RESULTS", "CONSOLIDATED INCOME STATEMENT",
                                   "INTERIM RESULTS -- SIX MONTHS TO 30 JUNE 2009"])
def test_a_title_naming_no_company_gives_none(title: str) -> None:
    text = (_LAYOUTS / "uk_half_year_named_only_in_its_title_before_a_dash.txt").read_text(encoding="utf-8")
    release = core.parse_release(text.replace("ASHCOMBE ENGINEERING PLC -- HALF-YEAR RESULTS", title).encode(),
                                 "interim.txt")
    assert release.metadata.company == ""
    assert concept_facts(release)[("net_income", "2009-06-30", 6)] == Decimal("32300000")
