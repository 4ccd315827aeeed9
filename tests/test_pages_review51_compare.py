"""UI-51 on Compare: the aligned amounts in the coarser unit of releases in millions and in thousands, each
company's figures to the places its release prints, the unit said once; the operating-expense share's unlike
bases said per company and kept out of one chart's bars."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from core.analysis.side_by_side import side_by_side
from core.charts.side_by_side import column_places, comparison_bars, comparison_numbers, comparison_table, units_caption
from core.model import Release
from core.parse import parse_release
from pages._markdown import unescape
from tests.test_compare_page import run_compare

FIXTURES = Path(__file__).parent / "fixtures"
JOE, ALKS, ORCL = "html/st-joe_q1-2020.htm", "html/alkermes-plc_q1-2020.htm", "edgar/oracle_q4-fy2014.txt"


def _release(name: str) -> Release:
    path = FIXTURES / name
    return parse_release(path.read_bytes(), path.name)


def _three() -> list[Release]:
    return [_release(name) for name in (JOE, ALKS, ORCL)]


def test_amounts_read_in_millions_each_to_its_own_printed_places() -> None:
    # St. Joe prints "($ in millions)" to one decimal: Total revenue 18.6; Alkermes "(In thousands)": 246,220;
    # Oracle "($ in millions)", whole: 11,320 (text lines of each statement of operations)
    comparison = side_by_side(_three())
    assert [column.scale for column in comparison.columns] == [1_000_000, 1_000, 1_000_000]
    assert comparison.shown_scale == 1_000_000 and comparison.scale == 1_000  # the downloads stay exact
    assert column_places(comparison) == [1, 1, 0]  # ALKS at most one place (UI-52)
    table = comparison_table(comparison, "amount").set_index("Line")
    revenue = table.loc["Total revenue / Total Revenues"]
    assert (revenue["JOE"], revenue["ALKS"], revenue["ORCL"]) == ("18.6", "246.2", "11,320")  # not "18,600.0"
    assert units_caption(comparison, "amount") == ("In $ millions, to one decimal at most; the downloads keep every "
                                                   "figure exact (JOE and ORCL print $ millions; ALKS prints $ "
                                                   "thousands).")
    bars = comparison_bars(comparison, "amount")
    assert bars is not None and bars.figure.layout.xaxis.title.text == "$ millions"
    assert bars.figure.data[0].text[0] == "18.6" and bars.figure.data[1].text[0] == "246.2"
    numbers = comparison_numbers(comparison, "amount").set_index("Line")
    assert numbers.loc["Total revenue / Total Revenues", "Unit"] == "$ thousands"
    assert numbers.loc["Total revenue / Total Revenues"].iloc[2] == 18_600.0  # exact, in the finest unit


def test_one_unit_is_said_plainly() -> None:
    comparison = side_by_side([_release(JOE), _release(ORCL)])
    assert units_caption(comparison, "amount") == "In $ millions."
    assert units_caption(comparison, "share_of_revenue") == "In % of revenue."


def _side_by_side() -> tuple[AppTest, list[str]]:
    """The Compare page with the three releases side by side, and its captions as read."""
    loaded = {release.name: release for release in _three()}
    at = run_compare(loaded, current="st-joe_q1-2020.htm")
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    return at, [unescape(c.value).replace("\\", "") for c in at.caption]


def test_the_page_says_the_unit_above_the_aligned_amounts() -> None:
    at, said = _side_by_side()
    assert any(c.startswith("In $ millions, to one decimal at most; the downloads keep every figure exact")
               for c in said)
    revenue = "Total revenue / Total Revenues"
    cells = [t.value.set_index("Line").loc[revenue, "JOE"] for t in at.dataframe
             if "Statement" in t.value.columns and revenue in set(t.value["Line"])]
    assert "18.6" in cells and "18,600.0" not in cells  # the Amounts tab; the others in % and per share


def _metrics(names: tuple[str, ...]):
    from core.analysis.metrics import standard_metrics

    return [standard_metrics(_release(name)) for name in names]


def test_each_companys_operating_expense_total_is_said_and_unlike_ones_are_not_drawn_together() -> None:
    """Alkermes's 96.0% is (283,590 - 47,211) / 246,220: its Total Expenses less its cost of goods; Oracle's 56.6%
    is 6,411 / 11,320, its total holding its hardware and services costs; St. Joe's 107.0% is 19.9 / 18.6, its total
    expenses. One row, but the note says what each holds, and the chart draws the two alike, not Alkermes's."""
    from core.charts.memo import OTHER_BASIS, common_size_bars, opex_basis, opex_basis_note, unlike_opex

    columns = _metrics((ALKS, ORCL, JOE))
    assert [str(round(c.value("opex_share"), 1)) for c in columns] == ["96.0", "56.6", "107.0"]
    assert [opex_basis(c) for c in columns] == ["operating", "every_cost", "every_cost"]
    assert unlike_opex(columns) == ("every_cost", {0})
    assert opex_basis_note(columns) == (
        "Operating expenses, % of revenue is each company's own total, and they differ, so the figures do not "
        "compare: ALKS: operating expenses without the cost of revenue (the cost of revenue taken off the total, "
        "\u2021); ORCL and JOE: a total holding every cost before the operating result, its cost of sales among them.")
    chart = common_size_bars(columns)
    assert chart is not None
    opex_row = next(y for y in chart.figure.data[0].y if y.startswith("Operating<br>expenses"))
    alks, orcl, joe = (dict(zip(t.y, zip(t.x, t.text, strict=True), strict=True))[opex_row] for t in chart.figure.data)
    # St. Joe's 19.9 of 18.6 $ millions, rounded: 106.4% to 107.5% (UI-52)
    assert alks == (0.0, f"ALKS: {OTHER_BASIS}") and orcl[1] == "56.6%" and joe[1] == "106% to 108%"
    assert all(len(trace.y) == 4 for trace in chart.figure.data)  # every company keeps its other ratios
    assert "ALKS's is on another total" in chart.alt_text


def test_two_companies_on_unlike_totals_draw_no_operating_expense_bars() -> None:
    from core.charts.memo import common_size_bars, margins_opex_note

    columns = _metrics((ALKS, ORCL))
    chart = common_size_bars(columns)
    assert chart is not None
    assert not any(y.startswith("Operating<br>expenses") for y in chart.figure.data[0].y)
    assert margins_opex_note(columns).startswith("No bars of operating expenses, % of revenue: each company's total")


def test_alike_totals_say_nothing() -> None:
    from core.charts.memo import opex_basis_note, unlike_opex

    columns = _metrics((ORCL, JOE))
    assert unlike_opex(columns) == ("", set()) and opex_basis_note(columns) == ""


def test_the_page_says_what_each_total_holds() -> None:
    _, said = _side_by_side()
    assert any(c.startswith("Operating expenses, % of revenue is each company's own total, and they differ")
               for c in said)
    # the chart's caption (its alt text) says which it draws, once
    assert sum("Bars of operating expenses, % of revenue for JOE and ORCL alone" in c for c in said) == 1
