"""Who reports, where and when, as releases print it beyond the American newswire's lead (rounds 729, 733, 736;
invented fixtures in the shape of the releases): a narrative's sentence ending in "corporation." over a
statement is no company's name, the statement's title block names it; a lead saying the company "is pleased to
announce" its results, after a short name it defines; a dateline printing the day before its month
("Eindhoven, 24 July 2008 --"); and a parenthesis listing the shares on several markets, the American one read.
Each had left the name, the city and date or the ticker empty, or named the company by a sentence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.narrative.metadata import _a_sentence, read_metadata
from tests.conftest import concept_facts, read_fixture

_LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _release(name: str) -> core.Release:
    return read_fixture(_LAYOUTS / name)


def test_a_sentence_ending_in_corporation_over_a_statement_is_no_name_the_title_block_names_it() -> None:
    """The narrative's last line, "... the provision the Company would have recorded as a C corporation.", ends in
    a legal form's word just over the statement: it had been read as the company. The title block's name line
    names it. The statement foots: 36,420 - 21,300 = 15,120 - 9,870 - 1,150 = 4,100 + 220 = 4,320 - 86 = 4,234."""
    release = _release("s_corporation_sentence_over_a_statement_headed_by_its_name.txt")
    assert release.metadata.company == "Brookhaven Courier Services, Inc."  # (its capitals written as a name: UI-68)
    facts = concept_facts(release)
    assert facts[("revenue", "1999-06-30", 3)] == Decimal("36420000")
    assert facts[("operating_income", "1999-06-30", 3)] == Decimal("4100000")
    assert facts[("income_before_taxes", "1998-06-30", 3)] == Decimal("3300000")
    assert facts[("net_income", "1999-06-30", 3)] == Decimal("4234000")
    assert facts[("net_income", "1998-06-30", 3)] == Decimal("3234000")
    assert all(check.passed for check in release.checks)


def test_a_lead_pleased_to_announce_after_its_short_name_and_a_day_first_dateline() -> None:
    """"Perth, 12 August 2009 -- Karridale Minerals Ltd. ("Karridale" or the "Company") is pleased to announce its
    results", under a headline naming only "KARRIDALE": the company, the city and the day. The statement foots:
    184,620 - 121,480 = 63,140 - 14,210 = 48,930 - 3,420 = 45,510 - 13,650 = 31,860 (A$ thousands)."""
    release = _release("lead_pleased_to_announce_under_a_short_name_day_first_dateline.txt")
    assert release.metadata.company == "Karridale Minerals Ltd."
    assert release.metadata.city == "Perth"
    assert release.metadata.release_date == date(2009, 8, 12)
    facts = concept_facts(release)
    assert facts[("revenue", "2009-06-30", 6)] == Decimal("184620000")
    assert facts[("income_before_taxes", "2009-06-30", 6)] == Decimal("45510000")
    assert facts[("net_income", "2009-06-30", 6)] == Decimal("31860000")
    assert facts[("net_income", "2008-06-30", 6)] == Decimal("26170000")
    assert facts[("eps_basic", "2009-06-30", 6)] == Decimal("0.152")
    assert all(check.passed for check in release.checks)


@pytest.mark.parametrize(("name", "ticker"), [
    # "Norrfors Handel AB (publ) (Stockholm: NORF B; NASDAQ: NRFH)": the home market first, under a name the
    # reader's markets do not hold; "(Nasdaq: NKMS; Oslo Stock Exchange: NKM)": a market named in words
    ("minus_sign_before_space_grouped_thousands.txt", ("Norrfors Handel AB", "NASDAQ", "NRFH")),
    ("unit_note_usd_1_000_space_grouped.txt", ("Nordkap Marine Systems ASA", "Nasdaq", "NKMS")),
])
def test_the_american_listing_of_several_in_one_parenthesis_is_read(name: str, ticker: tuple[str, str, str]) -> None:
    metadata = _release(name).metadata
    assert (metadata.company, metadata.exchange, metadata.ticker) == ticker


@pytest.mark.parametrize(("lead", "read"), [
    # the lead's phrase for its verb (vocabulary.LEAD_VERB_PHRASES), after a short name it defines: as PrairieSky
    # Royalty's Q4 2024 release (round 736) words it, "... Ltd. ("PrairieSky" or the "Company") is pleased to
    # announce its fourth quarter and year-end ... results"
    ('CALGARY, Alberta, Feb. 9, 2010 (GLOBE NEWSWIRE) -- Coulee Ridge Royalty Ltd. ("Coulee" or the "Company") is '
     "pleased to announce its fourth quarter results.", ("Coulee Ridge Royalty Ltd.", "", "")),
    ('DALLAS, May 4, 2010 -- Palo Duro Midstream Partners L.P. (the "Partnership") are pleased to report first '
     "quarter results.", ("Palo Duro Midstream Partners L.P.", "", "")),
    # ... and a phrase after the name saying what the company is, "the ...": no part of the name
    ('EL CENTRO, Calif., Jan. 30, 2025 -- Kern Vale Bancorp, the holding company for Kern Vale Bank '
     '("KVB"), is pleased to announce year-end results for 2024.', ("Kern Vale Bancorp", "", "")),
    ("London, 3 June 1999 - Thornbury Group plc, the international packaging group, today announces preliminary "
     "results.", ("Thornbury Group plc", "", "")),
    # several markets in one parenthesis, one of them American: that one's ticker
    ("OSLO, Norway, May 6, 2010 -- Fjellvik Offshore ASA (Oslo Stock Exchange: FJV; NYSE: FJVO) today reported "
     "first quarter results.", ("Fjellvik Offshore ASA", "NYSE", "FJVO")),
    ("STOCKHOLM, Sweden, 22 April 2010 -- Skogsby Verkstad AB (publ) (Stockholm: SKOG B; Nasdaq: SKGY) today "
     "reported first quarter results.", ("Skogsby Verkstad AB", "Nasdaq", "SKGY")),
    # ... never where none is American (nothing to choose), nor a parenthesis of no markets
    ("STOCKHOLM, Sweden, 22 April 2010 -- Skogsby Verkstad AB (Stockholm: SKOG B; Helsinki: SKOGH) today "
     "reported first quarter results.", ("", "", "")),
    ("DALLAS, May 4, 2010 -- Revenue (in millions: 12.4; prior year: 11.2) rose.", ("", "", "")),
])
def test_a_lead_names_the_company_and_its_ticker(lead: str, read: tuple[str, str, str]) -> None:
    lines = ["Results for the first quarter of 2010", "", lead, ""]
    metadata = read_metadata(lines, (), len(lines))
    assert (metadata.company, metadata.exchange, metadata.ticker) == read


@pytest.mark.parametrize(("dateline", "city", "day"), [
    # the day before its month, as European, British and Australian releases print it (round 729)
    ("Eindhoven, 24 July 2008 -- Veldhoven Techniek N.V. today reported revenue.", "Eindhoven", date(2008, 7, 24)),
    ("Frankfurt am Main, 31 July 2008 \u2013 Kronberg Maschinenbau AG reported revenue.", "Frankfurt am Main",
     date(2008, 7, 31)),
    ("JONKOPING, Sweden, 17 July 2008 -- Norrfors Handel AB today reported.", "Jonkoping", date(2008, 7, 17)),
    ("London, 3 June 1999 - Thornbury Group plc today announces preliminary results.", "London", date(1999, 6, 3)),
    ("Basel, 28 July 2009 (Business Wire) -- Rheinblick Pharma AG today presented.", "Basel", date(2009, 7, 28)),
    # ... never a sentence naming a day with no dash after it, nor a day without its year
    ("Revenue, 30 June 2008 and 2007, was restated.", "", None),
    ("Eindhoven, 24 July -- Veldhoven Techniek N.V. today reported revenue.", "", None),
])
def test_a_day_first_dateline_gives_the_city_and_the_release_date(dateline: str, city: str, day: date | None) -> None:
    lines = ["Results for the second quarter", "", dateline, ""]
    metadata = read_metadata(lines, (), len(lines))
    assert (metadata.city, metadata.release_date) == (city, day)


@pytest.mark.parametrize(("words", "sentence"), [
    ("income tax. Pro forma data show the provision the Company would have recorded as a C corporation.", True),
    ("The pro forma lines show what the Company would have recorded as a C corporation.", True),
    ("Net result of EUR -4.5 million, or EUR -0.05 per share Helmgren Microsystems N.V.", True),
    # names, however written: capitals, small words, initials, a name in lower case
    ("RIDGEWAY STAFFING SERVICES, INC.", False),
    ("The Coca-Cola Company", False),
    ("J. C. Penney Company, Inc.", False),
    ("Bank of the Ozarks", False),
    ("Compagnie de Saint-Gobain S.A.", False),
    ("salesforce.com, inc.", False),
    ("Acme Bros. Inc.", False),
    ("Touchmark Bancshares, Inc. and Subsidiaries", False),
])
def test_a_sentence_is_told_from_a_name(words: str, sentence: bool) -> None:
    assert _a_sentence(words) is sentence
