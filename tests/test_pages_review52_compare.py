"""UI-52 on Compare side by side (St. Joe Q1 2020, Alkermes Q1 2020, Oracle Q4 FY2014): the notes under the memo
gathered into one expander, short marks in the cells; the operating-expense share shown only on the total most of
the row shares; St. Joe's ratios of figures rounded to $0.1 million said to the places they allow."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.metrics import metric_text, standard_metrics
from core.charts.memo import NOTE_MARK, WITHOUT_COST_MARK, common_size_bars, memo_base_legend, memo_notes, memo_table
from core.formatting import ratio_percent, ratio_spread
from pages._markdown import unescape
from tests.test_compare_page import run_compare
from tests.test_pages_review51_compare import _three


def _found():
    return [standard_metrics(release) for release in _three()]  # JOE, ALKS, ORCL


def test_a_ratio_of_rounded_figures_is_said_to_the_places_they_allow() -> None:
    # St. Joe "($ in millions)": Total revenue 18.6, Total expenses 19.9, Operating loss (1.3), net (1.5)
    low, high = ratio_spread(Decimal("19.9"), Decimal("18.6"), Decimal("0.1"), Decimal("0.1")) or (0, 0)
    assert (round(low, 2), round(high, 2)) == (Decimal("106.43"), Decimal("107.55"))
    assert ratio_percent(Decimal("106.989"), (low, high)) == "106% to 108%"
    joe, alks, orcl = _found()
    assert [metric_text(joe.get(key)) for key in ("opex_share", "operating_margin", "net_margin")] == [
        "106% to 108%", "-7%", "-8%"]  # -1.35/18.55 = -7.28% .. -1.25/18.65 = -6.70%: -7% either way
    # Oracle's 6,411 of 11,320 and Alkermes's thousands are exact enough for a tenth
    assert metric_text(orcl.get("opex_share")) == "56.6%" and metric_text(alks.get("net_margin")) == "-15.7%"


def test_the_row_shows_only_the_total_most_companies_share() -> None:
    memo = memo_table(_found()).set_index("Metric")
    row = memo.loc["Operating expenses, % of revenue"]
    assert (row["JOE"], row["ALKS"], row["ORCL"]) == ("106% to 108% *", f"— {WITHOUT_COST_MARK}", "56.6%")
    legend = memo_base_legend(_found())
    assert legend.startswith(f"{WITHOUT_COST_MARK} Operating expenses, % of revenue: the row holds JOE and ORCL's")
    assert "ALKS's is 96.0% of revenue on operating expenses without the cost of revenue" in legend
    chart = common_size_bars(_found())
    assert chart is not None
    opex_row = next(y for y in chart.figure.data[0].y if y.startswith("Operating<br>expenses"))
    joe = dict(zip(chart.figure.data[0].y, chart.figure.data[0].text, strict=True))[opex_row]
    assert joe == "106% to 108%"  # the chart's label as the memo says it


def test_cells_carry_short_marks_and_the_notes_are_listed_once() -> None:
    memo = memo_table(_found()).set_index("Metric")
    # no company here has a runway (St. Joe's net loss is outrun by its revenue, UI-52), so no row says so three
    # times; each one's reason is in the notes
    assert "Runway" not in memo.index
    assert memo.loc["Net income (loss)", "JOE"] == f"($1.5M) {NOTE_MARK}"
    notes = memo_notes(_found())
    assert any(note.startswith("ALKS: Runway not estimated") for note in notes)
    assert any(note.startswith("JOE, operating expenses, % of revenue, operating margin, net margin: worked out "
                               "from figures the release prints rounded") for note in notes)
    assert notes[-1].startswith("Burn and runway cover each release's own window")


def test_the_page_gathers_the_notes_in_one_expander_under_the_table() -> None:
    loaded = {release.name: release for release in _three()}
    at = run_compare(loaded, current="st-joe_q1-2020.htm")
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    expanders = [e for e in at.expander if e.label == "Notes on these figures"]
    assert len(expanders) == 1
    inside = [unescape(c.value).replace("\\", "") for c in expanders[0].caption]
    assert any(c.startswith("ALKS: Runway not estimated") for c in inside)
    assert any("read with care" in c for c in inside)
    # outside the expander only the one line of marks is said between the memo and the chart
    outside = [unescape(c.value).replace("\\", "") for c in at.caption if c not in expanders[0].caption]
    assert not any("read with care" in c or c.startswith("ALKS: Runway not estimated") for c in outside)
    assert any(c.startswith(f"{WITHOUT_COST_MARK} Operating expenses, % of revenue: the row holds") and
               f"{NOTE_MARK} A note on this figure" in c for c in outside)
