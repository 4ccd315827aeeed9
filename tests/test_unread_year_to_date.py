"""A statement printing a year-to-date column the reader did not read: pages say it was not read and why,
never that the release prints none.

Willowmere Tool Works' third-quarter statement of operations heads its columns "Three Months Ended / Sept.
30, 2005 / Sept. 30, 2004" and a third, "Nine Months", with no date: net sales $18,410, $16,925 and $53,882.
The reader leaves the nine months' column unread (its warning says why).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import core
from core.analysis.derived import no_derived_quarter
from core.analysis.headline import missing_parts

NAME = "nine_months_column_without_a_date_not_read.txt"


@pytest.fixture(scope="module")
def willowmere() -> core.Release:
    return core.parse_release((Path(__file__).parent / "fixtures" / "ui" / NAME).read_bytes(), NAME)


def test_the_reason_names_the_column_not_read_and_why(willowmere: core.Release) -> None:
    operations = willowmere.statement("operations")
    assert operations is not None
    assert [operations.value("revenue", p) for p in operations.periods] == [18_410_000, 16_925_000]
    reason = no_derived_quarter(operations, 3, willowmere.warnings)
    assert reason is not None and reason.lacking
    assert reason.sentence.startswith("A column of the statement of operations was not read")
    assert "Column 3 ('Three Months Ended Nine Months') was not read: its header names no period length" in (
        reason.sentence)
    assert "prints no year-to-date column" not in reason.sentence


def test_the_overview_does_not_say_the_release_prints_no_year_to_date_column(willowmere: core.Release) -> None:
    notes = " ".join(missing_parts(willowmere))
    assert "prints no year-to-date column" not in notes
    assert "was not read" in notes
