"""The Periods page and the share-count chart as a browser review of real releases found them (UI-47, part B):
signs as printed, and figures to the places their unit needs.

Figures checked by hand against the releases. ManTech's Q1 2020 (tests/fixtures/html/mantech_q1-2020.htm), in
thousands: "REVENUE  610,912  501,930", "Interest expense  (655)  (484)", "Provision for income taxes  (9,591)
(7,066)", "Equity in (losses) of unconsolidated subsidiaries  (1)  (12)". Forian's Q3 2024 (FORIAN), in whole
dollars: "Revenue  $ 4,686,312  $ 5,348,469", "Separation expenses  -  -", "Change in fair value of warrant
liability  20  1,594". Oracle's Q4 FY2014 and FY2022 (tests/fixtures/edgar), diluted weighted shares in millions:
4,756 and 4,569 (FY2014 release: 2014 and 2013), 2,943 and 2,742 (FY2022 release: 2021 and 2022)."""

from __future__ import annotations

from core.analysis import compared_windows, with_derived
from core.analysis.derived import fiscal_quarter
from core.analysis.series import company_series
from core.analysis.structure import operations_statement
from core.charts import comparison_bars, release_abbreviations, release_unit
from core.charts.series import share_count_trend
from core.model import Release
from tests.conftest import FIXTURES, FORIAN
from tests.conftest import read_fixture as read
from tests.test_pages_review45 import MANTECH


def _page_table(release: Release) -> dict[str, tuple[str, ...]]:
    """The Periods page's first change table as the page builds it (pages/periods.py): the release's unit, every
    window alongside; each line's four cells."""
    operations = operations_statement(release)
    assert operations is not None
    quarter = fiscal_quarter(release)
    extended = with_derived(operations, quarter)
    compared = compared_windows(operations, quarter)
    chart = comparison_bars(extended, compared[:1], None, release_abbreviations(release), alongside=compared,
                            in_unit=release_unit(release))
    table = chart.data
    figures = [c for c in table.columns if c.startswith(("This year", "Year earlier", "Change"))]
    return {row["Line"]: tuple(row[c] for c in figures) for row in table.to_dict("records")}


def test_a_line_printed_in_parentheses_shows_them_and_its_change_by_the_rule_alone() -> None:
    """ManTech's tax is printed "(9,591)" after "(7,066)" and had been shown without its parentheses: it now reads
    as printed, and changes by the rule for a line in parentheses both years, 2,525 more taken off, +35.7%. Its
    "Equity in (losses)" (1) after (12) had read "-92% (smaller loss)", the words beside a fall those the Overview
    puts beside a rise: the rule's sign says it alone."""
    table = _page_table(read(MANTECH))
    assert table["Provision for income taxes"] == ("(9,591)", "(7,066)", "2,525", "+35.7%")
    assert table["Equity in (losses) of unconsolidated subsidiaries"] == (
        "(1)", "(12)", "(11)", "-87.0 to -96.0% (smaller loss)")
    assert table["Interest expense"] == ("(655)", "(484)", "171", "+35.3%")


def test_a_whole_dollar_release_in_thousands_reads_in_whole_thousands() -> None:
    """Forian's table had read "4,686.312" and "0.000": its whole dollars in $ thousands now round to whole
    thousands, a line of dashes reads "0", and its changes, known exactly, keep a tenth of a percent
    ((4,686,312 - 5,348,469) / 5,348,469 = -12.38%)."""
    table = _page_table(read(FORIAN))
    assert table["Revenue"] == ("4,686", "5,348", "(662)", "-12.4%")
    assert table["Separation expenses"] == ("0", "0", "0", "both nil")  # UI-54: it had read "n/m"
    assert table["Change in fair value of warrant liability"][:3] == ("0", "2", "(2)")


def test_share_counts_printed_in_millions_read_in_whole_millions() -> None:
    """Oracle prints its share counts in whole millions; its chart had labelled them "4,756.0". A count printed to
    the share keeps one decimal (Forian's 35,068,716: "35.1")."""
    oracle = [read(FIXTURES / "edgar" / name) for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")]
    chart = share_count_trend(company_series(oracle))
    assert chart is not None
    labels = [text for text in chart.figure.data[0].text if text is not None]
    assert labels == ["4,756", "4,569", "2,943", "2,742"]
    forian = share_count_trend(company_series([read(FORIAN)]))
    assert forian is not None
    assert [text for text in forian.figure.data[0].text if text is not None] == ["35.1", "31.1"]
