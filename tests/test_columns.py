"""Every column of figures in a statement becomes its own period, or a warning names it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core

FIXTURES = Path(__file__).parent / "fixtures" / "columns"


def test_a_column_repeating_another_columns_period_is_named_not_merged() -> None:
    release = core.parse_release((FIXTURES / "repeated_period.txt").read_bytes(), "repeated_period.txt")
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2004-06-30", "3M 2003-06-30"]
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(1_000_000), Decimal(900_000))
    assert ("column 2 of the table at lines 1-10 ('Three months ended June 30, 2004') was not read: it repeats "
            "the period of column 1") in release.warnings


def test_sears_reads_four_columns_from_two_spanning_phrases_of_two_dates() -> None:
    gold = Path(__file__).parent / "fixtures" / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
    release = core.parse_release(gold.read_bytes(), gold.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2004-07-03", "3M 2003-06-28", "6M 2004-07-03",
                                                   "6M 2003-06-28"]
    assert operations.unit.strip().startswith("(millions, except earnings per")
    assert not any("was not read" in w for w in release.warnings)


# Sears's header with the count spelt out: "For the three" over "months ended", then both dates.
SPELT_OUT_SPANNING = """\
                    CONSOLIDATED STATEMENTS OF OPERATIONS

                                           For the three          For the six
                                           months ended           months ended
                                       October 31, 1996 and   October 31, 1996 and
                                         October 31, 1995       October 31, 1995
                                          1996       1995        1996       1995

     Total revenues                      $ 654    $ 2,866      $1,300    $ 5,100
     Net loss                           $ (37)    $   (64)     $  (80)   $  (120)
"""


def test_a_spelt_out_count_wrapped_above_its_unit_starts_the_header() -> None:
    release = core.parse_release(SPELT_OUT_SPANNING.encode(), "spelt_out.txt")
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 1996-10-31", "3M 1995-10-31", "6M 1996-10-31",
                                                   "6M 1995-10-31"]
