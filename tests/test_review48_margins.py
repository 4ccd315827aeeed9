"""UI-48, part C: at 390 px the margins chart's empty slot had read "Oracle Corporation (ORCL): nor...", cut at the
plot's edge. Oracle's fourth quarter of fiscal 2014 (tests/fixtures/edgar/oracle_q4-fy2014.txt) prints no gross
profit; Forian (tests/fixtures/ui/software_convertible_notes_due_within_a_year_forian_q3_2024.txt) prints 70.1%."""

from __future__ import annotations

import core
from core.analysis.metrics import standard_metrics
from core.charts.memo import NONE_READ, SLOT_CHARS, common_size_bars, slot_words
from tests.conftest import FIXTURES

FORIAN = "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"


def test_an_empty_slot_says_a_short_name_a_phone_holds_and_the_caption_the_full_one() -> None:
    oracle = standard_metrics(core.parse_release((FIXTURES / "edgar" / "oracle_q4-fy2014.txt").read_bytes(),
                                                 "oracle_q4-fy2014.txt"))
    forian = standard_metrics(core.parse_release((FIXTURES / "ui" / FORIAN).read_bytes(), FORIAN))
    chart = common_size_bars([oracle, forian])
    assert chart is not None
    slots = [str(trace.text[0]) for trace in chart.figure.data]
    assert slots == ["ORCL: none read", "70.1%"]
    assert all(len(slot) <= SLOT_CHARS for slot in slots)
    assert " No gross margin read for Oracle Corporation (ORCL)." in chart.alt_text


def test_a_company_without_a_short_enough_name_says_none_read_alone() -> None:
    """A release naming no ticker is shortened to its company's first words; where those and ": none read" run
    past SLOT_CHARS the slot says the name over "none read", on two lines (Forian read without its ticker:
    "Forian Inc."); UI-58: a bare "none read" had not said whose slot it was."""
    import dataclasses

    forian = standard_metrics(core.parse_release((FIXTURES / "ui" / FORIAN).read_bytes(), FORIAN))
    release = forian.release
    unnamed = dataclasses.replace(release, metadata=dataclasses.replace(release.metadata, ticker=None))
    assert slot_words(dataclasses.replace(forian, release=unnamed)) == f"Forian Inc.:<br>{NONE_READ}"
    assert slot_words(forian) == f"FORA: {NONE_READ}"
