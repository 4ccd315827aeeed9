"""The charts as a browser review of real releases at 390 px found them (UI-44): the result waterfall, the quarter
trend and the expense changes drawn in the release's own unit, Forian's whole dollars labelled "4,686,312" and
"(2,822,253)", too long for a phone's bar rows: those labels had run off the chart's right and over the names
on its left. Each is now drawn, labelled, hovered, captioned and tabled in the unit its labels read shortest
in (`style.labelled_readable`), and a label stands inside its bar only where the bar holds it at a phone's
width, the axis widened for the labels beside the others.

Figures checked by hand against the releases."""

from __future__ import annotations

from pathlib import Path

from core.analysis import windows
from core.analysis.derived import with_derived
from core.analysis.expenses import breakdown
from core.analysis.structure import operations_statement
from core.charts.expenses import line_changes
from core.charts.periods import quarter_trend, release_abbreviations, result_waterfall
from core.charts.style import LONG_LABEL, Chart
from tests.conftest import FIXTURES, FORIAN, HASBRO
from tests.conftest import read_fixture as read

SERVICENOW = FIXTURES / "html" / "servicenow_q1-2020.htm"
TETRA_TECH = FIXTURES / "gold" / "tetra-tech_q2-fy2020_html.htm"


def _waterfall(path: Path) -> Chart:
    """The release's waterfall for its first period, named with the release's own abbreviations."""
    release = read(path)
    operations = operations_statement(release)
    assert operations is not None
    chart = result_waterfall(operations, operations.periods[0], release_abbreviations(release))
    assert chart is not None
    return chart


def test_forians_waterfall_reads_millions_and_its_labels_fit_a_phone() -> None:
    """Forian's quarter to Sep 30, 2024, in whole dollars: revenue 4,686,312, cost of revenue 1,402,920, R&D
    291,962, sales and marketing 956,983, G&A 2,822,253, D&A 6,629, litigation 1,394, an operating loss of
    795,829, other income 495,026, a tax benefit of 95,896, a net loss of 204,907. Drawn in $ millions: the
    thousands' "(2,822.3)" (its $1,394 step keeps a tenth there) runs longer than four digits print."""
    chart = _waterfall(FORIAN)
    trace = chart.figure.data[0]
    assert chart.figure.layout.xaxis.title.text == "$ millions"
    steps = [str(name).replace("<br>", " ") for name in trace.y]
    texts = dict(zip(steps, trace.text, strict=True))
    assert texts == {
        "Revenue": "4.686", "Cost of revenue": "(1.403)", "Research and development": "(0.292)",
        "Sales and marketing": "(0.957)", "General and administrative": "(2.822)",
        "Depreciation and amortization": "(0.007)", "Litigation settlements and related expenses": "(0.001)",
        "Operating result": "(0.796)", "Total other income, net": "0.495", "Income tax": "0.096",
        "Net result": "(0.205)",
    }  # fmt: skip
    assert max(len(text) for text in trace.text) <= LONG_LABEL
    assert round(trace.x[0], 6) == 4.686312 and round(trace.x[4], 6) == -2.822253
    assert "($ millions)" in trace.hovertemplate
    assert list(chart.data["Amount ($ millions)"])[:2] == ["4.686", "(1.403)"]
    assert chart.alt_text.startswith("Waterfall for 3M to Sep 30, 2024 in $ millions: Revenue 4.686, Cost of "
                                     "revenue (1.403),")
    assert chart.alt_text.endswith("Income tax 0.096, Net result (0.205).")
    # Revenue and G&A, the two long bars, hold their labels; the rest stand beside their bars' ends
    places = dict(zip(steps, trace.textposition, strict=True))
    assert [step for step, place in places.items() if place == "inside"] == ["Revenue", "General and administrative"]
    assert trace.constraintext == "none"  # never shrunk to the bar
    # The axis leaves room left of the lowest bar end (the operating loss's, -0.796) for "(0.796)" beside it, a
    # quarter of the axis and more at a phone's width; it had ended 22% of the span past it, where Forian's
    # "(2,822,253)" and "(795,829)" ran over the names. Revenue's label, inside, needs none past 4.686.
    low, high = chart.figure.layout.xaxis.range
    assert (-0.796 - low) / (high - low) > 0.25
    assert 4.686 < high < 5


def test_a_waterfall_moves_up_a_unit_only_where_its_labels_print_shorter() -> None:
    """Hasbro's quarter to Mar 29, 2020 ($ thousands: revenue 1,105,570, cost of sales 262,694, SD&A 279,128, a
    net loss of 69,637) had been drawn in thousands, "1,105,570" its revenue's label: "1,105.6" of $ millions
    now, never "1.106" of billions, no shorter. ServiceNow's ($ thousands, revenue 1,046,340 and a tax of 131)
    stays in millions: its tax would print "(0.000)" of $ billions."""
    hasbro = _waterfall(HASBRO)
    trace = hasbro.figure.data[0]
    assert hasbro.figure.layout.xaxis.title.text == "$ millions"
    texts = dict(zip((str(name).replace("<br>", " ") for name in trace.y), trace.text, strict=True))
    assert (texts["Revenue"], texts["Cost of Sales"], texts["Selling, Distribution and Administration"],
            texts["Net result"]) == ("1,105.6", "(262.7)", "(279.1)", "(69.6)")
    assert trace.textposition[0] == "inside"
    servicenow = _waterfall(SERVICENOW)
    assert servicenow.figure.layout.xaxis.title.text == "$ millions"
    assert list(servicenow.data["Amount ($ millions)"])[-2:] == ["(0.13)", "48.23"]


def test_the_quarter_trend_reads_millions_in_its_labels_hovers_table_and_caption() -> None:
    """Tetra Tech ($ thousands): revenue of 734,133 for the quarter to Mar 29, 2020 and 722,621 a year before,
    1,531,756 and 1,440,052 for the six months, so 797,623 and 717,431 for the quarters derived before them.
    Its bars had been labelled "717,431" of $ thousands, four bars of a phone's width to a quarter."""
    operations = operations_statement(read(TETRA_TECH))
    assert operations is not None
    chart = quarter_trend(with_derived(operations))
    assert chart is not None
    assert chart.figure.layout.yaxis.title.text == "$ millions"
    revenue = chart.figure.data[0]
    assert revenue.name == "Revenue"
    assert list(revenue.text) == ["717.4", "722.6", "797.6", "734.1"]
    assert [round(y, 6) for y in revenue.y] == [717.431, 722.621, 797.623, 734.133]
    assert all("($ millions)" in trace.hovertemplate for trace in chart.figure.data)
    rows = chart.data[chart.data["Line"] == "Revenue"]
    assert list(rows["Amount ($ millions)"]) == ["717.4", "722.6", "797.6", "734.1"]
    assert "in $ millions" in chart.alt_text


def test_the_expense_changes_read_in_the_unit_their_labels_fit() -> None:
    """Hasbro's expense lines against a year earlier ($ thousands): program production cost amortization
    rose from 6,575 to 132,146 (125,571), the acquisition-related expenses from none to 149,782; the lines added
    up rose by 432,470 (1,128,853 against 696,383). Drawn in $ millions, as its waterfall: "125.6", never
    "125,571" of thousands. Forian's
    costs and expenses fell by 673,596 dollars (5,482,141 against 6,155,737): "(673.6)" of $ thousands, a label
    of four digits that stays in that unit, never "(673,596)" of dollars."""
    for path, unit, line, label in (
        (HASBRO, "$ millions", "Program Production Cost Amortization", "125.6"),
        (HASBRO, "$ millions", "Costs and expenses (the lines added up)", "432.5"),
        (FORIAN, "$ thousands", "Total costs and expenses", "(673.6)"),
    ):
        operations = operations_statement(read(path))
        assert operations is not None
        expenses = breakdown(operations)
        assert expenses is not None
        chart = line_changes(expenses, windows(operations)[0])
        assert chart is not None
        assert chart.figure.layout.xaxis.title.text == f"Change ({unit})"
        changes = dict(zip(chart.data["Line"], chart.data[f"Change ({unit})"], strict=True))
        assert changes[line] == label
        assert f"({unit})" in chart.figure.data[0].hovertemplate
        assert f"in {unit}:" in chart.alt_text
