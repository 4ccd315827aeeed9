"""UI-53, the Expenses page. Timberland's share chart had said "Left of zero, lines that lower the total: ...
OREO ..., FDIC insurance (credit)" over nothing drawn left of 0% (those lines summed into "Smaller lines (8)"),
had no 100% tick, and keyed every line by a hatched swatch, hatching meaning a derived period; and no table set a
line's amount, share and change side by side (the charts' own tables, half-width, cut their figures)."""

from __future__ import annotations

from pathlib import Path

from core.analysis import breakdown, compared_windows, with_derived
from core.analysis.derived import fiscal_quarter
from core.analysis.structure import operations_statement
from core.charts import composition, release_unit
from core.charts.expenses import window_table
from core.parse import parse_release
from tests.page_runner import run_page

FIXTURES = Path(__file__).parent / "fixtures"
BANK = FIXTURES / "ui" / "bank_timberland_q2_fy2020_loan_tables_before_the_statements.htm"
ALLOS = FIXTURES / "text" / "allos_q2_2004.txt"


def _expenses(path: Path):  # type: ignore[no-untyped-def]
    release = parse_release(path.read_bytes(), path.name)
    operations = operations_statement(release)
    assert operations is not None
    quarter = fiscal_quarter(release)
    expenses = breakdown(with_derived(operations, quarter))
    assert expenses is not None
    return release, expenses, compared_windows(operations, quarter)


def test_the_share_caption_says_only_what_is_drawn() -> None:
    _, expenses, _ = _expenses(BANK)
    chart = composition(expenses)
    # OREO (1) in the quarter to Dec 31, 2019 (src line 594: "51  (1)  52"), FDIC (27) and the disposition's (3)
    # are summed into "Smaller lines (8)", which stays right of zero: nothing is said to stand left of it
    assert "Left of zero" not in chart.alt_text
    assert ("Summed into Smaller lines (8), so drawn within it and not left of zero: Loss (gain) on disposition of "
            "premises and equipment, net, OREO and other repossessed assets, net, FDIC insurance (credit)"
            in chart.alt_text)
    assert all(min(x for x in trace.x if x is not None) >= 0 for trace in chart.figure.data if trace.x[0] is not None)


def test_a_line_drawn_left_of_zero_is_named_with_its_periods() -> None:
    _, expenses, _ = _expenses(BANK)
    chart = composition(expenses, top=len(expenses.components))  # every line one by one
    assert ("Left of zero, lines that lower the total: Loss (gain) on disposition of premises and equipment, net "
            "(3M to Dec 31, 2019; 3M to Mar 31, 2020; 6M to Mar 31, 2020)" in chart.alt_text)  # src 591-592
    assert "OREO and other repossessed assets, net (3M to Dec 31, 2019)" in chart.alt_text


def test_the_share_axis_ticks_100_and_the_legend_keys_are_solid() -> None:
    _, expenses, _ = _expenses(BANK)
    figure = composition(expenses).figure
    assert list(figure.layout.xaxis.tickvals) == [0, 25, 50, 75, 100]
    keys = [trace for trace in figure.data if trace.showlegend is not False]
    assert len(keys) == 8 and all(not (trace.marker.pattern and trace.marker.pattern.shape) for trace in keys)
    # the bars keep the derived quarter's hatching (3M to Dec 31, 2018, first)
    bars = [trace for trace in figure.data if trace.showlegend is False]
    assert all(next(iter(trace.marker.pattern.shape)) == "/" for trace in bars)


def test_each_window_lists_amount_share_and_change_of_every_line() -> None:
    release, expenses, windows = _expenses(BANK)
    quarter = window_table(expenses, windows[0], release_unit(release))
    assert quarter is not None
    assert list(quarter.columns) == ["Line", "Amount ($ thousands)", "% of total", "Change ($ thousands)",
                                     "Change %"]
    rows = {row["Line"]: row for row in quarter.to_dict("records")}
    # src lines 589 and 606: 4,621 and 8,286 at Mar 31, 2020 against 4,867 and 9,277 a year earlier
    assert rows["Salaries and employee benefits"] == {
        "Line": "Salaries and employee benefits", "Amount ($ thousands)": "4,621", "% of total": "55.8%",
        "Change ($ thousands)": "(246)", "Change %": "-5.1%"}
    assert rows["Total non-interest expense, net"]["% of total"] == "100.0%"
    assert rows["Total non-interest expense, net"]["Change ($ thousands)"] == "(991)"
    assert rows["Total non-interest expense, net"]["Change %"] == "-10.7%"
    # the fifteen lines add up to the total (8,286), so their shares add up to 100.0%, each within a tenth of its
    # own: rounded each on its own they had added up to 99.8%
    # (the disposition line's (3), -0.04%, is said "negative, under 0.1%", its tenth in the sum 0.0: UI-61)
    shares = [0.0 if "under 0.1%" in s else float(s.rstrip("%")) for s in quarter["% of total"][:-1]]
    assert round(sum(shares), 1) == 100.0
    amounts = [int(a.strip("()").replace(",", "")) * (-1 if a.startswith("(") else 1)
               for a in quarter["Amount ($ thousands)"][:-1]]
    assert all(abs(share - amount / 8286 * 100) < 0.1 for share, amount in zip(shares, amounts, strict=True))


def test_the_page_shows_one_full_width_table_per_window() -> None:
    release = parse_release(ALLOS.read_bytes(), ALLOS.name)
    at = run_page("expenses", release)
    tables = [d.value for d in at.dataframe if "% of total" in d.value.columns]
    assert len(tables) == 3  # the quarter, six months and the derived quarter to Mar 31, 2004
    quarter = tables[0].set_index("Line")
    # Allos src lines 91-97: R&D 3,446 against 5,081 (-32.2%), 47.5% of 7,262
    assert quarter.loc["Research and development"].tolist() == ["3,446", "47.5%", "(1,635)", "-32.2%"]
    assert quarter.loc["Total operating expenses"].tolist() == ["7,262", "100.0%", "(4,786)", "-39.7%"]
