"""Where a statement's words leave its scale unsaid, the narrative's figures decide it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_table_without_unit_note_is_read_in_thousands_because_the_narrative_says_so() -> None:
    release = core.parse_release((FIXTURES / "scale" / "allos_q2_2004_without_unit_note.txt").read_bytes(),
                                 "allos.txt")
    operations = release.statement("operations")
    assert operations is not None and operations.scale == 1_000
    net = operations.item("net_income")
    # Net loss (7,151) (11,771) (12,297) (18,904) in thousands, as the complete release prints them.
    assert net is not None and net.values == (Decimal(-7_151_000), Decimal(-11_771_000), Decimal(-12_297_000),
                                              Decimal(-18_904_000))
    # Share counts were printed in units ("31,139,289") and stay so: EPS x shares did not add up before.
    shares = operations.item("shares_basic")
    assert shares is not None and shares.values[0] == Decimal(31_139_289)
    assert any("were read x1,000: the table, printed without a unit note" in w.message for w in release.warnings)
    assert all(check.passed for check in release.checks)


def test_the_complete_release_is_left_as_its_words_say() -> None:
    release = core.parse_release((FIXTURES / "text" / "allos_q2_2004.txt").read_bytes(), "allos.txt")
    assert not any("were read x" in w.message for w in release.warnings)
