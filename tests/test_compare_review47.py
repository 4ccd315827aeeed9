"""UI-47, Compare's chart of costs over time, on real releases: said as it is drawn, and few enough lines to read.

Oracle's fourth quarters of fiscal 2014 (tests/fixtures/edgar/oracle_q4-fy2014.txt: May 31, 2014 and 2013) and
fiscal 2022 (oracle_q4-fy2022.txt: May 31, 2022 and 2021) print fourteen cost lines between them above "Total
operating expenses" ($ millions). Each line's quarters stand a year apart, never joined: the chart draws dots, and
had been captioned "Lines per quarter", each of the fourteen its own colour."""

from __future__ import annotations

import pytest

import core
from core.analysis.series import CompanySeries, company_series
from core.charts.series import expense_lines, largest_lines
from core.charts.style import TOP_LINES
from core.model import Release
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def oracle() -> CompanySeries:
    return company_series([core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name)
                           for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")])


def _forian() -> Release:
    name = "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"
    return core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)


def test_costs_whose_quarters_are_never_joined_are_said_to_be_dots(oracle: CompanySeries) -> None:
    """The caption says what is drawn, by the rule the share count and margins charts keep (`drawn_as`): Oracle's
    quarters a year apart and Forian's (Sep 30, 2023 and 2024) are dots; Halden's six quarters in a row, joined,
    are lines."""
    chart = expense_lines(oracle)
    assert chart is not None
    assert chart.alt_text.startswith(
        "Dots of the costs making up Total operating expenses per quarter, in $ millions, one by one:")
    forian = expense_lines(company_series([_forian()]))
    assert forian is not None
    assert forian.alt_text.startswith(
        "Dots of the costs making up Total costs and expenses per quarter, in $ thousands, one by one: Cost of "
        "revenue, Research and development, Sales and marketing,")
    halden = expense_lines(company_series([core.parse_release(p.read_bytes(), p.name)
                                           for p in sorted((FIXTURES / "series").glob("halden_*.txt"))]))
    assert halden is not None
    assert halden.alt_text == (
        "Lines of the costs making up Total operating expenses per quarter, in $ thousands, one by one: Research and "
        "development, General and administrative; and Total operating expenses.")


def test_oracles_fourteen_cost_lines_are_its_seven_largest_and_the_rest_summed(oracle: CompanySeries) -> None:
    """The seven largest by the largest amount each prints (Sales and marketing 2,241, Research and development
    1,965, Cloud services and license support 1,435, Services 785, Amortization of intangible assets 596,
    Hardware systems products 443, General and administrative 364) one by one, the seven others summed. The sums,
    added by hand from the releases: May 31, 2013: Software license updates and product support 316, Acquisition
    related and other (257), Hardware systems support 220, Cloud software-as-a-service and platform-as-a-service
    101, Restructuring 34, Cloud infrastructure-as-a-service 76 = 490; May 31, 2014: 303 + 20 + 205 + 137 + 37 +
    84 = 786; May 31, 2021: Acquisition related and other 30, Hardware 253, Restructuring 94 = 377; May 31, 2022:
    6 + 254 + 100 = 360. With them every quarter's dots still add up to the printed total: 5,947, 6,411, 6,686
    and 7,337."""
    # Since UI-50 only the seven lines both releases print are drawn (the others said and tabled): three one by
    # one, the four others summed by hand: General and administrative 274, 265, 306, 364; Amortization of
    # intangible assets 596, 568, 342, 268; Acquisition related and other (257), 20, 30, 6; Restructuring 34, 37,
    # 94, 100 = 647, 890, 772, 738.
    chart = expense_lines(oracle, top=3)
    assert chart is not None
    drawn = {t.name: [y for y in t.y if y is not None] for t in chart.figure.data}
    assert list(drawn) == ["Cost: Services", "Sales and marketing", "Research and development", "Smaller lines (4)",
                           "Total operating expenses"]
    assert drawn["Smaller lines (4)"] == [647.0, 890.0, 772.0, 738.0]
    assert drawn["Total operating expenses"] == [5_947.0, 6_411.0, 6_686.0, 7_337.0]
    # no two series share a colour
    colours = [t.line.color for t in chart.figure.data]
    assert len(set(colours)) == len(colours)
    # the caption names both parts; the table still lists every line, and says what each sum adds
    assert "the 3 largest one by one" in chart.alt_text
    assert chart.data["Line"].nunique() == 14 + 2  # the fourteen lines, their sum and the total
    sums = chart.data[chart.data["Line"] == "Smaller lines (4)"]
    assert list(sums["Value ($ millions)"]) == ["647", "890", "772", "738"]
    assert list(sums["How"]) == ["sum of 4 lines for this quarter, each listed below"] * 4
    restructuring = chart.data[chart.data["Line"] == "Restructuring"]
    assert list(restructuring["Value ($ millions)"]) == ["34", "37", "94", "100"]


def test_a_line_more_than_the_top_is_drawn_not_summed_alone(oracle: CompanySeries) -> None:
    """Summing one line into "Smaller lines (1)" would hide its name for nothing, as the Expenses page's mix
    keeps it (`top_components`): up to `TOP_LINES` + 1 lines are all drawn, Forian's seven among them."""
    lines = [k for k in oracle.expense_keys if oracle.points(k)]
    assert len(lines) == 14
    assert largest_lines(oracle, lines[:TOP_LINES + 1]) == (lines[:TOP_LINES + 1], [])
    kept, folded = largest_lines(oracle, lines[:TOP_LINES + 2])
    assert len(kept) == TOP_LINES and len(folded) == 2
    # of Oracle's first nine lines, the two smallest at their largest: Hardware (254, May 31, 2022) and
    # Restructuring (100), never Acquisition related and other, whose (257) of May 31, 2013 counts as its size
    assert [oracle.label(k) for k in folded] == ["Hardware", "Restructuring"]
    forian = expense_lines(company_series([_forian()]))
    assert forian is not None
    assert not any(t.name.startswith("Smaller lines") for t in forian.figure.data)
