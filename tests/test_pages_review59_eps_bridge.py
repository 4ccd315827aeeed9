"""UI-59 #3: Apple's Q3 FY2004 EPS bridge (src line 185: net income $61 and $19 million; line 195: diluted shares
392,621 and 363,777 thousand) had said "Computed: $0.0522 -> $0.1554", an effect of the net result of "$0.115" and
"rounding accounts for $0.0069": four places that figures rounded to the million cannot support. Within half a
million and half a thousand shares, ($61M - $19M) / 363,777 thousand lies between $0.1127 and $0.1182. Each figure
is now said to no more places than that rounding allows, or as the range it spans where it crosses a cent; the
sample's net loss in thousands over counts in full keeps its four places."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import core
from core.analysis import eps_bridge, windows
from core.analysis.per_share import EpsBridge
from core.analysis.structure import operations_statement
from core.charts import bridge_chart
from core.formatting import per_share_within
from core.model import Release
from tests.conftest import corpus_release
from tests.page_runner import run_page, texts

APPLE = "apple-computer_q3-fy2004_edgar-submission.txt"
SAMPLE = Path(__file__).resolve().parent.parent / "core" / "samples" / "allos_q2_2004.txt"


@cache
def _sample() -> Release:
    return core.parse_release(SAMPLE.read_bytes(), SAMPLE.name)


def _bridges(release: Release) -> list[EpsBridge]:
    operations = operations_statement(release)
    assert operations is not None
    return [b for w in windows(operations) if (b := eps_bridge(operations, w)) is not None]


def test_the_bridge_knows_what_the_release_rounds_to() -> None:
    quarter = _bridges(corpus_release(APPLE))[0]
    assert (quarter.result_then, quarter.result_now) == (Decimal(19_000_000), Decimal(61_000_000))
    assert (quarter.shares_then, quarter.shares_now) == (Decimal(363_777_000), Decimal(392_621_000))
    assert (quarter.result_unit, quarter.shares_unit) == (Decimal(1_000_000), Decimal(1_000))
    low, high = quarter.bounds("result_effect")  # 41.0 / 363.7775 to 43.0 / 363.7765 ($ millions over millions)
    assert (round(low, 4), round(high, 4)) == (Decimal("0.1127"), Decimal("0.1182"))
    low, high = quarter.bounds("eps_then")  # 18.5 / 363.7775 to 19.5 / 363.7765
    assert (round(low, 4), round(high, 4)) == (Decimal("0.0509"), Decimal("0.0536"))


def test_apples_bridge_says_what_its_rounding_allows() -> None:
    quarter, nine_months = _bridges(corpus_release(APPLE))
    said = {figure: quarter.said(figure, most) for figure, most in
            (("eps_then", 4), ("eps_now", 4), ("result_effect", 3), ("share_effect", 3), ("rounding", 4))}
    assert said == {"eps_then": "$0.05",  # 0.0509 to 0.0536: one cent, no finer place
                    "eps_now": "$0.154 to $0.157",  # 60.5 / 392.6215 to 61.5 / 392.6205: spans a cent
                    "result_effect": "$0.113 to $0.118",
                    "share_effect": "($0.012)",  # -0.01242 to -0.01222: within a tenth of a cent
                    "rounding": "$0.004 to $0.010"}
    # the nine months: $25M and $170M, 362,421 and 381,259 thousand shares
    assert nine_months.said("result_effect", 3) == "$0.40"  # 0.3973 to 0.4029
    assert nine_months.said("eps_now", 4) == "$0.445 to $0.447"


def test_the_chart_says_it_as_the_cards_do() -> None:
    chart = bridge_chart(_bridges(corpus_release(APPLE))[0])
    # a range on two lines beside its bar (UI-62: "$0.113 to $0.118" had been cut at a phone's chart edge)
    assert list(chart.figure.data[0].text) == ["$0.05", "$0.113 to<br>$0.118", "($0.012)", "$0.154 to<br>$0.157"]
    assert list(chart.data.iloc[:, 1]) == ["$0.05", "$0.113 to $0.118", "($0.012)", "$0.154 to $0.157"]
    assert chart.alt_text == ("EPS bridge for the quarter: from $0.05 the net result adds $0.113 to $0.118 and the "
                              "share count ($0.012), ending at $0.154 to $0.157 per share.")
    assert [round(v, 4) for v in chart.figure.data[0].x] == [0.0522, 0.1155, -0.0123, 0.1554]  # drawn as computed


def test_the_per_share_page_says_apples_bridge_to_the_places_it_can() -> None:
    at = run_page("per_share", corpus_release(APPLE))
    # the quarter's two cards, then the nine months'
    assert [m.label for m in at.metric] == ["Effect of the net result (per share)",
                                            "Effect of the share count (per share)"] * 2
    assert [m.value for m in at.metric] == ["$0.113 to $0.118", "($0.012)", "$0.40", "($0.023)"]
    said = texts(at)
    assert ("Printed: $0.05 → $0.16. Computed: $0.05 → $0.154 to $0.157; rounding accounts for $0.004 to $0.010. "
            "A range where a figure spans a cent: the release prints the net result rounded to $ millions and the "
            "shares to the thousand") in said
    assert "0.0522" not in said and "0.1554" not in said and "0.0069" not in said


def test_the_sample_in_thousands_keeps_its_places() -> None:
    quarter = _bridges(_sample())[0]
    assert quarter.said("eps_then", 4) == "($0.4547)"  # -11,771 thousand / 25,888,500 shares, within $0.00004
    assert quarter.said("result_effect", 3) == "$0.178"
    assert quarter.said("rounding", 4) == "($0.0050)"
    assert not quarter.spans_a_cent((("eps_then", 4), ("eps_now", 4), ("rounding", 4)))


def test_a_figure_is_said_to_the_places_its_range_allows() -> None:
    value = Decimal("0.1155")
    assert per_share_within(value, Decimal("0.11549"), Decimal("0.11551")) == "$0.1155"
    assert per_share_within(value, Decimal("0.1151"), Decimal("0.1158")) == "$0.116"
    assert per_share_within(Decimal("0.1125"), Decimal("0.1101"), Decimal("0.1149")) == "$0.11"  # one cent
    assert per_share_within(value, Decimal("0.1127"), Decimal("0.1182")) == "$0.113 to $0.118"
    assert per_share_within(Decimal("-0.0123"), Decimal("-0.0161"), Decimal("-0.0101")) == "($0.016) to ($0.010)"
