"""UI-55, sidebar findings: a removed release's file leaves the uploader; after a reload, the releases this tab
had open are offered again from the library, one click away, with no other session's mixed in."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from core.library import MARK_DIGITS, Library, marked_entries, session_marks
from pages._markdown import unescape
from tests.page_runner import CURRENT, RELEASES, ROOT, run_sidebar, sidebar_app

ALLOS = ROOT / "core" / "samples" / "allos_q2_2004.txt"
RAIL = ROOT / "tests" / "fixtures" / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"


def test_removing_an_uploaded_release_takes_its_file_out_of_the_uploader() -> None:
    """The review removed Valaris and its chip ("valaris…html.htm 388.7KB") stayed in the upload box, still there
    after another upload: it looked loaded. Removing the release empties the uploader (a new key)."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain")]).run()
    assert at.session_state[CURRENT] == "rail.txt" and at.file_uploader[0].value
    before = at.file_uploader[0].key
    next(b for b in at.sidebar.button if b.label == "Remove this release").click().run()
    assert not at.exception
    assert "rail.txt" not in at.session_state[RELEASES]
    assert at.file_uploader[0].key != before and not at.file_uploader[0].value
    # the sample, not read from the uploader, is removed with the uploader left alone
    after = at.file_uploader[0].key
    next(b for b in at.sidebar.button if b.label == "Remove this release").click().run()
    assert at.file_uploader[0].key == after


def test_marks_name_a_tabs_releases_and_find_only_those_in_a_shared_library(library_in_tmp_path: Path) -> None:
    library = Library(library_in_tmp_path)
    mine = library.add(RAIL.read_bytes(), "rail.txt")
    theirs = library.add(ALLOS.read_bytes(), "someone-elses.txt")
    marks = session_marks([mine.sha256, mine.sha256])
    assert marks == mine.sha256[:MARK_DIGITS]
    assert marked_entries(library.entries(), marks) == (mine,)
    assert marked_entries(library.entries(), f"{marks},zz,{'0' * MARK_DIGITS}") == (mine,)  # nothing else
    assert theirs not in marked_entries(library.entries(), marks)


def test_after_a_reload_the_sidebar_offers_this_tabs_releases_again_in_one_click() -> None:
    """The review uploaded five releases and reloaded: only the sample was left, with no word that the five were
    in the sidebar's "Library · N stored". The address keeps the tab's releases; a reload offers them back."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain")]).run()
    rail = at.session_state[RELEASES]["rail.txt"]
    assert at.query_params["open"] == rail.sha256[:MARK_DIGITS]  # the sample is not named
    # another visitor's upload, in the library every session shares, is never offered to this tab
    other = run_sidebar()
    other.file_uploader[0].set_value([("other.txt", ALLOS.read_bytes().replace(b"Allos", b"Alloz"),
                                       "text/plain")]).run()
    assert not other.exception and len(other.session_state[RELEASES]) == 2
    # the reload: a new session, the same address
    again = AppTest.from_function(sidebar_app, default_timeout=30)
    again.query_params["open"] = at.query_params["open"]
    again.run()
    assert list(again.session_state[RELEASES]) == ["allos_q2_2004.txt"]
    said = [unescape(i.value) for i in again.sidebar.info]
    assert said == ["Your release from before, named in this page's address, is in the library below: "
                    f"{rail.metadata.company} · {rail.metadata.fiscal_period.label}."]
    assert "Alloz" not in said[0]
    next(b for b in again.sidebar.button if b.label == "Open it").click().run()
    assert not again.exception
    assert list(again.session_state[RELEASES]) == ["allos_q2_2004.txt", "rail.txt"]
    assert not [i for i in again.sidebar.info if "from before" in i.value]
    assert again.query_params["open"] == rail.sha256[:MARK_DIGITS]


def test_the_library_says_once_that_everyone_using_the_server_shares_it() -> None:
    at = run_sidebar()
    assert [c.value for c in at.sidebar.caption if "Shared by everyone" in c.value] == [
        "Shared by everyone using this server: every release loaded here is kept for next time."]


def test_while_the_uploader_lists_a_file_read_it_says_choosing_it_again_adds_nothing() -> None:
    """UI-55: Oshkosh uploaded twice under its own name had drawn no word; in Chromium the second pick never reaches
    the server (one file id), so the sidebar says it while the file is listed, the one time it can."""
    from pages._sidebar import ALREADY_LISTED

    at = run_sidebar()
    assert ALREADY_LISTED not in [c.value for c in at.sidebar.caption]  # nothing listed yet
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain")]).run()
    assert ALREADY_LISTED in [c.value for c in at.sidebar.caption]
    next(b for b in at.sidebar.button if b.label == "Remove this release").click().run()
    assert ALREADY_LISTED not in [c.value for c in at.sidebar.caption]  # the box is empty again
