"""UI-48, part C: a share count said by one rule on every page (`formatting.share_label_places`).

Oracle's fourth quarter of fiscal 2014 (tests/fixtures/edgar/oracle_q4-fy2014.txt) prints its weighted average
shares in whole millions, basic 4,475 and diluted 4,569; fiscal 2022's (oracle_q4-fy2022.txt) diluted 2,943 for
the quarter to May 31, 2021. Forian's third quarter of 2024 (tests/fixtures/ui/software_convertible_notes_due_
within_a_year_forian_q3_2024.txt) prints them to the share: diluted 35,068,716 for the quarter to Sep 30, 2023,
31,098,180 for 2024's, 32,503,359 and 31,064,418 for the nine months. The browser review had read "4,475.0M",
"4,569.0 million", "7.0 years left out" and Forian's "35.07M" beside Compare's "35.1"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import core
from core.analysis.cash import operations_statement
from core.analysis.metrics import standard_metrics
from core.analysis.per_share import per_share_points
from core.analysis.series import company_series
from core.charts.memo import memo_table
from core.charts.per_share import share_bars
from core.charts.timeline import gap_words
from core.formatting import share_label_places
from core.model import Release
from tests.conftest import FIXTURES

FORIAN = "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"


@pytest.fixture(scope="module")
def oracle() -> list[Release]:
    return [core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name)
            for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")]


@pytest.fixture(scope="module")
def forian() -> Release:
    return core.parse_release((FIXTURES / "ui" / FORIAN).read_bytes(), FORIAN)


def test_the_rule_keeps_the_places_printed_at_most_one_more_under_a_million() -> None:
    """Whole millions keep none, counts to the share one (a tenth of a million), a count under a million two and
    under a tenth of one three, so it keeps two digits."""
    assert share_label_places([Decimal(4_475_000_000), Decimal(4_569_000_000)]) == 0
    assert share_label_places([Decimal(35_068_716), Decimal(31_098_180)]) == 1
    assert share_label_places([Decimal(216_500_000)]) == 1
    assert share_label_places([Decimal(812_345)]) == 2
    assert share_label_places([Decimal(45_678)]) == 3
    assert share_label_places([None]) == 0


def test_compare_side_by_side_says_whole_millions_without_a_stray_decimal(oracle: list[Release],
                                                                          forian: Release) -> None:
    table = memo_table([standard_metrics(oracle[0]), standard_metrics(forian)])
    shares = table[table["Metric"].str.startswith("Weighted shares")].set_index("Metric")
    assert shares.loc["Weighted shares, basic", "ORCL"] == "4,475M"
    assert shares.loc["Weighted shares, diluted", "ORCL"] == "4,569M"
    assert shares.loc["Weighted shares, diluted", "FORA"] == "31.1M"  # 31,098,180


def test_the_split_note_says_oracles_counts_as_printed(oracle: list[Release]) -> None:
    said = company_series(oracle).share_jumps
    assert "(4,569 million in 3M to May 31, 2014 to 2,943 million in 3M to May 31, 2021)" in said


def test_an_axis_cut_of_whole_years_says_no_tenth() -> None:
    """Oracle's axis cut, May 31, 2014 + 75 days to May 31, 2021 - 75 days: 2,407 days, 6.6 years; the cut's
    words name the readings either side, 7 years apart to the tenth. Apple's 18.5 years keep theirs."""
    assert gap_words(date(2014, 5, 31), date(2021, 5, 31)) == "7 years left out"
    assert gap_words(date(2004, 6, 26), date(2022, 12, 31)) == "18.5 years left out"


def test_the_per_share_pages_share_bars_say_forians_counts_as_compare_does(forian: Release) -> None:
    """Labels, hovers and caption say each count alike, to the places that tell the bars apart (UI-59); the table
    keeps every printed place."""
    operations = operations_statement(forian)
    assert operations is not None
    chart = share_bars(per_share_points(operations))
    (bars,) = chart.figure.data
    # two places: 31,098,180 and 31,064,418 had both read "31.1M", two bars of different counts alike (UI-59)
    assert list(bars.text) == ["35.07M", "31.10M", "32.50M", "31.06M"]
    assert list(bars.customdata) == ["35.07", "31.10", "32.50", "31.06"]
    assert "%{customdata} million" in bars.hovertemplate
    assert chart.alt_text == ("Bars of weighted average shares in millions: 3M to Sep 30, 2023 35.07, 3M to Sep 30, "
                              "2024 31.10, 9M to Sep 30, 2023 32.50, 9M to Sep 30, 2024 31.06.")
    assert list(chart.data["Weighted shares (millions)"]) == ["35.068716", "31.098180", "32.503359", "31.064418"]
