"""Statistics are shown as what they are: counts as counts, a rate in the unit its label names.

Starling Air's statement of operations (in thousands) ends with its operating statistics: "Average fare
$ 118.42", "Yield per passenger mile (cents) 12.41", "Full-time equivalents at period end 9,412". The
model keeps the yield in dollars (0.1241); a page had shown it as "$0.124", and the Data page as 0.1241
under a note saying per-share figures are in dollars.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.analysis.side_by_side import side_by_side
from core.charts.side_by_side import comparison_table
from core.formatting import as_printed, rate
from core.frames import marked_statement_frame, unit_note

UI = Path(__file__).parent / "fixtures" / "ui"
NAME = "airline_yield_per_passenger_mile_in_cents.txt"


@pytest.fixture(scope="module")
def starling() -> core.Release:
    return core.parse_release((UI / NAME).read_bytes(), NAME)


def test_a_rate_naming_cents_reads_in_cents_and_others_in_the_currency() -> None:
    assert rate(Decimal("0.1241"), "Yield per passenger mile (cents)") == "12.41\u00a2"
    assert rate(Decimal("118.42"), "Average fare") == "$118.42"
    assert as_printed(Decimal("0.1241"), "per_share", 1000, rate_of="Yield per passenger mile (cents)") == "12.41\u00a2"
    assert as_printed(Decimal("0.35"), "per_share", 1000) == "$0.35"  # an EPS keeps its currency


def test_side_by_side_shows_the_yield_in_cents_the_fare_in_dollars_the_headcount_as_a_count(
        starling: core.Release) -> None:
    table = comparison_table(side_by_side([starling]), "amount").set_index("Line")
    column = table.columns[-1]
    # The statistics no check speaks of carry the Data page's mark (\u2020), the EPS checked against net
    # income none.
    assert table.loc["Yield per passenger mile (cents)", column] == "12.41\u00a2 \u2020"
    assert table.loc["Average fare", column] == "$118.42 \u2020"
    assert table.loc["Full-time equivalents at period end", column] == "9,412 \u2020"
    assert table.loc["Earnings per share: Diluted", column] == "$0.350"  # an EPS as before


def test_the_data_page_table_prints_the_yield_in_cents_and_says_counts_are_as_printed(
        starling: core.Release) -> None:
    operations = starling.statement("operations")
    assert operations is not None
    table, _ = marked_statement_frame(starling, operations)
    rows = table.set_index("label")
    first = table.columns[3]
    assert rows.loc["Yield per passenger mile (cents)", first].startswith("12.41\u00a2")
    assert rows.loc["Full-time equivalents at period end", first].startswith("9,412")
    assert "Counts of things (stores, headcount) are as printed, never scaled" in unit_note(operations)
    assert "a rate whose label names cents is in cents" in unit_note(operations)
