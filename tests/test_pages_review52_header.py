"""UI-52: Compare's header had counted releases other sessions put in the library as the visitor's ("8 releases of
7 companies: those loaded in this session and 4 more kept in the library"); it counts what this session loaded,
the library's extra said apart."""

from __future__ import annotations

from core.analysis.companies import loaded_said
from pages._markdown import unescape
from tests.test_compare_page import run_compare
from tests.test_pages_review51_compare import JOE, ORCL, _release, _three


def test_the_sessions_releases_are_counted_apart_from_the_librarys() -> None:
    joe, alks, orcl = _three()
    assert loaded_said([joe, alks, orcl], []) == "3 releases of 3 companies loaded in this session."
    assert loaded_said([joe, alks], [orcl]) == ("2 releases of 2 companies loaded in this session; the library "
                                                "(sidebar) adds 1 more (1 other company among them).")
    assert loaded_said([joe], [_release(JOE), _release(ORCL)]).endswith("adds 2 more (1 other company among them).")
    assert loaded_said([joe], [_release(JOE)]).endswith("adds 1 more, of the same companies.")
    assert loaded_said([], [joe]) == "1 release kept in the library (sidebar), none loaded in this session."


def test_the_page_says_the_sessions_own_count() -> None:
    loaded = {release.name: release for release in _three()}
    at = run_compare(loaded, current="st-joe_q1-2020.htm")
    said = [unescape(c.value).replace("\\", "") for c in at.caption]
    assert "3 releases of 3 companies loaded in this session." in said
