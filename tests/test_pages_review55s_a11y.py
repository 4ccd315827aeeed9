"""UI-55, screen-reader and keyboard use: chart and table titles are headings, the margins chart's words give its
values, and a page link focused from the keyboard shows a ring."""

from __future__ import annotations

import re

import core
from core.charts.series import margins_over_time
from pages._widgets import HEADING_CLASS, PAGE_CSS
from tests.page_runner import ROOT, run_page, run_sidebar
from tests.test_compare_page import run_compare

ORACLE = [ROOT / "tests" / "fixtures" / "edgar" / f"oracle_q4-fy{year}.txt" for year in (2014, 2022)]
HALDEN = sorted((ROOT / "tests" / "fixtures" / "series").glob("halden_*.txt"))


def headings(at: object) -> list[str]:
    found = [m.value for m in at.markdown]  # type: ignore[attr-defined]
    return [match[1] for value in found
            for match in re.finditer(rf'<h3 class="{HEADING_CLASS}">(.*?)</h3>', value)]


def test_the_margins_charts_words_give_its_values() -> None:
    """Oracle's operating margin: 5,000 / 10,947 = 45.7% (FY2013), 4,909 / 11,320 = 43.4% (FY2014); its net margin
    3,811 / 10,947 = 34.8% (python -m core text: the FY2014 release's fourth quarters)."""
    chart = margins_over_time(tuple(core.parse_release(p.read_bytes(), p.name) for p in ORACLE))
    assert chart is not None
    assert chart.alt_text == (
        "Dots of operating margin, net margin per quarter, in % of revenue: Operating margin: May 31, 2013 45.7%, "
        "May 31, 2014 43.4%, May 31, 2021 40.4%, May 31, 2022 38.0%; Net margin: May 31, 2013 34.8%, "
        "May 31, 2014 32.2%, May 31, 2021 35.9%, May 31, 2022 26.9%.")


def test_chart_titles_are_headings(allos: core.Release) -> None:
    at = run_page("cash", allos)
    assert headings(at) == ["Cash and investments at each balance-sheet date",
                            "Balance sheet: assets against liabilities and equity",
                            "How long $34.1 million lasts at each burn rate"]
    assert not [m.value for m in at.markdown if m.value.startswith("**Balance sheet")]  # no longer bold text


def test_compares_charts_and_tables_are_in_its_outline() -> None:
    """Compare's outline had been "Compare" and "Downloads" only."""
    halden = {p.name: core.parse_release(p.read_bytes(), p.name) for p in HALDEN}
    found = headings(run_compare(halden, current="halden_q2_2005.txt"))
    assert found == ["Releases in the series", "Figures reported differently", "Net result per quarter",
                     "Cash, cash equivalents and investments at each balance-sheet date",
                     "Weighted average shares per quarter",
                     "Total operating expenses per quarter, line by line (hollow markers are derived)",
                     "Net result per share per quarter, as printed",
                     "Burn per month and the runway it implies, quarter by quarter"]


def test_a_focused_page_link_shows_a_ring() -> None:
    at = run_sidebar()
    styles = [element.proto.body for element in at.get("html")]
    assert PAGE_CSS in styles
    assert re.search(r'\[data-testid="stSidebarNav"\] a:focus-visible[^{]*\{ outline: 3px solid', PAGE_CSS)
