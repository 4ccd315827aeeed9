"""UI-59 #8: Timberland Bancorp's weighted diluted counts (src: the statement's "Weighted average diluted shares"
line, 8,456,659 / 8,475,029 / 8,464,650 for the quarters, 8,465,894 / 8,461,138 for the six months) had all been
labelled "8.5M", five bars of different counts reading alike. A count said short takes a place more while two
different counts would read the same, never more places than the counts print (`formatting.share_label_places`);
two places would not do ("8.46M" for 8,456,659, 8,464,650 and 8,461,138), three tell them apart."""

from __future__ import annotations

from decimal import Decimal

from core.analysis import per_share_points
from core.analysis.structure import operations_statement
from core.charts import share_bars
from core.formatting import share_label_places
from tests.conftest import corpus_release

TIMBERLAND = "timberland-bancorp_q2-fy2020_html.htm"
APPLE = "apple-computer_q3-fy2004_edgar-submission.txt"


def _share_chart(name: str):  # type: ignore[no-untyped-def]
    operations = operations_statement(corpus_release(name))
    assert operations is not None
    return share_bars(per_share_points(operations))


def test_timberlands_five_counts_each_read_their_own() -> None:
    chart = _share_chart(TIMBERLAND)
    labels = list(chart.figure.data[0].text)
    assert labels == ["8.465M", "8.475M", "8.457M", "8.461M", "8.466M"]
    assert len(set(labels)) == 5
    assert "3M to Mar 31, 2020 8.457" in chart.alt_text
    assert list(chart.figure.data[0].customdata) == [label.removesuffix("M") for label in labels]  # hovers alike


def test_counts_apart_at_one_place_keep_it() -> None:
    # Apple's 363,777, 392,621, 362,421 and 381,259 thousand: "363.8M" ... as before
    labels = list(_share_chart(APPLE).figure.data[0].text)
    assert labels == ["363.8M", "392.6M", "362.4M", "381.3M"]


def test_never_more_places_than_the_counts_print() -> None:
    # Oracle-like whole millions stay whole, however close; counts in thousands stop at three places
    assert share_label_places([Decimal(4_569_000_000), Decimal(4_570_000_000)]) == 0
    assert share_label_places([Decimal(26_153_000), Decimal(26_149_000)]) == 1  # "26.2" and "26.1": apart
    assert share_label_places([Decimal(26_153_000), Decimal(26_160_000)]) == 2  # "26.15" and "26.16"
    assert share_label_places([Decimal(26_153_000), Decimal(26_152_000)]) == 3  # thousands: three at most
    # equal counts are no reason for more places; one count keeps one place
    assert share_label_places([Decimal(35_068_716), Decimal(35_068_716)]) == 1
    assert share_label_places([Decimal(35_068_716)]) == 1
