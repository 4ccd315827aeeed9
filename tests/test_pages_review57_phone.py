"""UI-57 at a phone's width: Compare's "Releases in the series" is a table wider than a phone, and on a phone's
screen the same releases one a line, each hidden where the other shows (a CSS media query), so no column is cut
sideways at 420 px."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

import core
from core.analysis.series import company_series
from core.comparison_frames import releases_frame, releases_stacked
from core.model import Release
from pages._markdown import unescape
from pages._widgets import PHONE_MAX_PX, PHONE_ONLY, WIDE_ONLY, WIDE_ONLY_CSS
from tests.page_runner import CURRENT, PAGES, RELEASES, SERIES, frame_with


@pytest.fixture(scope="module")
def halden() -> dict[str, Release]:
    return {p.name: core.parse_release(p.read_bytes(), p.name) for p in sorted(SERIES.glob("halden_*.txt"))}


def test_the_releases_are_said_one_a_line_for_a_phone(halden: dict[str, Release]) -> None:
    """Halden's three quarters, released May 4, Aug 3 and Nov 2, 2005 (each release's dateline), the third
    from the library."""
    lines = releases_stacked(releases_frame(company_series(halden.values()), ["halden_q3_2005.txt"]))
    assert lines == [
        "Q1 2005 · text file, to Mar 31, 2005, released May 4, 2005: halden_q1_2005.txt (this session)",
        "Q2 2005 · text file, to Jun 30, 2005, released Aug 3, 2005: halden_q2_2005.txt (this session)",
        "Q3 2005 · text file, to Sep 30, 2005, released Nov 2, 2005: halden_q3_2005.txt (library)",
    ]


def test_compare_shows_the_table_wide_and_the_lines_on_a_phone(halden: dict[str, Release]) -> None:
    at = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=60)
    at.session_state[RELEASES] = halden
    at.session_state[CURRENT] = "halden_q2_2005.txt"
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    used = frame_with(at, "Released")
    assert list(used["File"]) == ["halden_q1_2005.txt", "halden_q2_2005.txt", "halden_q3_2005.txt"]
    # the table in a container hidden on a phone, the lines in one shown there alone
    keys = _container_keys(at)
    assert f"{WIDE_ONLY}compare_releases_used" in keys and f"{PHONE_ONLY}compare_releases_used" in keys
    said = unescape(" ".join(m.value for m in at.markdown))
    assert "- Q1 2005 · text file, to Mar 31, 2005, released May 4, 2005: halden_q1_2005.txt (this session)" in said
    assert f"max-width: {PHONE_MAX_PX}px" in WIDE_ONLY_CSS


def _container_keys(at: AppTest) -> str:
    """The page's blocks as their protos print them, keyed containers' keys among them ("st-key-<key>")."""
    found: list[str] = []

    def walk(node: object) -> None:
        found.append(str(getattr(node, "proto", "")))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return " ".join(found)
