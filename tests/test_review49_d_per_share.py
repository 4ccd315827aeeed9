"""UI-49, part D: what a browser review of GeoVax's and Forian's pages found, at 1,400 and 390 px.

The figures of GeoVax's and Forian's third quarters of 2024 these tests read are set out beside their names in
tests/conftest.py."""

from __future__ import annotations

from html import unescape

from core.analysis.per_share import shares_outstanding
from tests.conftest import FORIAN, GEOVAX
from tests.conftest import read_fixture as read
from tests.page_runner import run_page

# --- 1. GeoVax's Per share page: no weighted count, but shares outstanding at the balance dates -----------------

def test_the_shares_outstanding_a_balance_sheet_prints_are_read_at_their_dates() -> None:
    counts = [(period.end.isoformat(), value) for period, value in shares_outstanding(read(GEOVAX))]
    assert counts == [("2024-09-30", 8_609_308), ("2023-12-31", 1_977_152)]
    # a release whose balance sheet prints no such line has none (Forian's counts are weighted, in its operations)
    assert shares_outstanding(read(FORIAN)) == ()


def test_the_per_share_page_says_the_counts_it_prints_without_contradicting_itself() -> None:
    """The page had said "The release prints no weighted share counts", then "(the release prints no share count
    ...)" under it, beside a balance sheet printing 8,609,308 shares outstanding."""
    page = run_page("per_share", read(GEOVAX))
    said = [unescape(box.value).replace("\\", "") for box in [*page.info, *page.warning]]
    note = next(text for text in said if "weighted-average" in text and "outstanding" in text)
    assert note.startswith("The release prints no weighted-average share counts, the counts EPS divides by.")
    assert "(8,609,308 at Sep 30, 2024 and 1,977,152 at Dec 31, 2023)" in note
    assert "not the share counts behind EPS" in note
    assert not any("prints no share count" in text for text in said)
    assert not any(text == "The release prints no weighted share counts." for text in said)
