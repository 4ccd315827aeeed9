"""A company named in capitals written as a name (browser review 66, UI-68): "ASHCOMBE MILLING PLC", read from a
title block, had been shown in capitals on every page, in the library and in the exports. Mixed-case names, initials
and legal forms written in capitals ("AG", "N.V.", "LLC") are kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import core
from core.narrative.metadata import _written_as_a_name, read_metadata

FIXTURES = Path(__file__).parent / "fixtures"


def _read(path: Path) -> core.Release:
    return core.parse_release(path.read_bytes(), path.name)


@pytest.mark.parametrize(("printed", "written"), [
    ("ASHCOMBE MILLING PLC", "Ashcombe Milling plc"),
    ("THAMESBROOK HOLDINGS PLC", "Thamesbrook Holdings plc"),
    ("KRONBERG MASCHINENBAU AG", "Kronberg Maschinenbau AG"),
    ("VELDHOVEN TECHNIEK N.V.", "Veldhoven Techniek N.V."),
    ("NORRSKOG INDUSTRI AB", "Norrskog Industri AB"),
    ("FJORDVIK SHIPPING ASA", "Fjordvik Shipping ASA"),
    ("IBERCAMPO ALIMENTACION SA", "Ibercampo Alimentacion SA"),
    ("KETTERING BASIN PARTNERS LP", "Kettering Basin Partners LP"),
    ("HARLOW CAPITAL FUND III LLC", "Harlow Capital Fund III LLC"),
    ("APPLE COMPUTER, INC.", "Apple Computer, Inc."),
    ("STONEBRIAR HOMES CORPORATION", "Stonebriar Homes Corporation"),
    ("BANK OF WESSEX LTD.", "Bank of Wessex Ltd."),
    ("HOLLOWAY BOOK & GIFT CORPORATION", "Holloway Book & Gift Corporation"),
    ("SAINT-GOBAIN SA", "Saint-Gobain SA"),
    ("HSBC HOLDINGS PLC", "HSBC Holdings plc"),  # no vowel: initials, however long
    ("AT&T INC.", "AT&T Inc."),
    ("IBM", "IBM"),  # one word of four letters or fewer: initials
    ("AGNC", "AGNC"),
    ("OSHKOSH", "Oshkosh"),
    ("Kronberg Maschinenbau AG", "Kronberg Maschinenbau AG"),  # mixed case: untouched
    ("iRobot Corporation", "iRobot Corporation"),
    ("SKF AB", "SKF AB"),
])
def test_a_name_in_capitals_is_written_as_a_name(printed: str, written: str) -> None:
    assert _written_as_a_name(printed) == written


def test_a_title_blocks_name_in_capitals_is_shown_as_a_name() -> None:
    """tests/fixtures/layouts/uk_results_eps_in_pence_as_a_word.txt opens on "ASHCOMBE MILLING PLC" and names itself
    nowhere else: the Overview, the sidebar, the library and the exports had all said it in capitals."""
    release = _read(FIXTURES / "layouts" / "uk_results_eps_in_pence_as_a_word.txt")
    assert release.metadata.company == "Ashcombe Milling plc"
    assert release.metadata.fiscal_period is not None and release.metadata.fiscal_period.end == date(2014, 12, 31)


def test_a_name_in_capitals_is_spelled_as_the_lead_spells_it_where_it_does() -> None:
    """The title block's capitals give way to the lead's own spelling, never to the rule's guess."""
    lines = ["KRONBERG MASCHINENBAU AG", "HALF-YEAR RESULTS 2008", "",
             "Kronberg, 5 August 2008 \u2013 Kronberg Maschinenbau AG today published its half-year figures.", ""]
    assert read_metadata(lines, (), len(lines)).company == "Kronberg Maschinenbau AG"
