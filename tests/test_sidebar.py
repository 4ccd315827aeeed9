"""The sidebar: it opens on the sample, uploads parse once (cached), bad files get a message and nothing
loaded is lost, releases are listed and removed, and the library keeps them between sessions."""

from __future__ import annotations

from pathlib import Path

import pytest

import core
from core.readers.text import EMPTY_ADVICE as EMPTY_SAID
from pages._markdown import unescape
from pages._sidebar import LIBRARY_CHOICE, LIBRARY_OPEN, LIBRARY_OPEN_COMPANY, LIBRARY_REMOVE
from tests.page_runner import (
    CURRENT,
    PNG_NAMED_TXT,
    RELEASES,
    ROOT,
    SAMPLE_TEXT,
    SERIES,
    frame_with,
    run_page,
    run_sidebar,
)

# --- Sidebar: upload, list, remove --------------------------------------------------------------------

RAILROAD = Path(__file__).parent / "fixtures" / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"


def test_the_sidebar_opens_on_the_sample(parse_calls: list[str]) -> None:
    at = run_sidebar()
    assert [unescape(o) for o in at.sidebar.radio[0].options] == ["allos_q2_2004.txt"]
    assert at.sidebar.radio[0].value == "allos_q2_2004.txt"
    assert parse_calls == ["allos_q2_2004.txt"]


def test_the_sample_is_read_in_the_servers_process_and_an_upload_under_the_budget(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled sample is the app's own file: a visitor's first page spares the child process an upload
    is parsed in (core.budget), whose start costs about 0.3 s; an upload still goes through the budget."""
    from pages._session import parse_cached

    budgeted: list[str] = []
    real = core.parse_within_budget

    def counting(data: bytes, name: str, exhibit: str | None = None) -> core.Release:
        budgeted.append(name)
        return real(data, name, exhibit)

    monkeypatch.setattr(core, "parse_within_budget", counting)
    parse_cached.clear()
    try:
        at = run_sidebar()
        assert at.sidebar.radio[0].value == "allos_q2_2004.txt" and budgeted == []
        scrape = (Path(__file__).parent / "fixtures" / "layouts" / "markdown_pipe_tables.txt").read_bytes()
        at.file_uploader[0].set_value(("acme_q2_2024.md", scrape, "text/markdown")).run()
        assert at.session_state[CURRENT] == "acme_q2_2024.md" and budgeted == ["acme_q2_2024.md"]
    finally:
        parse_cached.clear()


def test_an_upload_joins_the_list_and_is_put_in_view(parse_calls: list[str]) -> None:
    at = run_sidebar()
    at.file_uploader[0].set_value(("rail.txt", RAILROAD.read_bytes(), "text/plain")).run()
    assert [unescape(o) for o in at.sidebar.radio[0].options] == ["allos_q2_2004.txt", "rail.txt"]
    assert at.session_state[CURRENT] == "rail.txt"
    assert at.session_state[RELEASES]["rail.txt"].name == "rail.txt"


def test_a_copy_of_a_loaded_release_is_kept_once_without_a_second_parse(parse_calls: list[str]) -> None:
    """The sample's bytes uploaded under another name: served from the cache, and kept once (UI-51)."""
    at = run_sidebar()
    at.file_uploader[0].set_value(("copy_of_allos.txt", SAMPLE_TEXT, "text/plain")).run()
    assert [unescape(o) for o in at.sidebar.radio[0].options] == ["allos_q2_2004.txt"]
    assert at.session_state[CURRENT] == "allos_q2_2004.txt"
    assert parse_calls == ["allos_q2_2004.txt"]  # same bytes: served from the cache


def test_a_markdown_scrape_uploads_and_is_read(parse_calls: list[str]) -> None:
    scrape = (Path(__file__).parent / "fixtures" / "layouts" / "markdown_pipe_tables.txt").read_bytes()
    at = run_sidebar()
    at.file_uploader[0].set_value(("acme_q2_2024.md", scrape, "text/markdown")).run()
    assert at.session_state[CURRENT] == "acme_q2_2024.md"
    release = at.session_state[RELEASES]["acme_q2_2024.md"]
    revenue = release.statement("operations").item("revenue")
    assert [int(v) for v in revenue.values] == [12_500_000, 10_200_000, 24_100_000, 19_800_000]
    assert parse_calls == ["allos_q2_2004.txt", "acme_q2_2024.md"]


def test_a_bad_file_gets_a_clear_message_and_the_loaded_releases_stay(parse_calls: list[str]) -> None:
    at = run_sidebar()
    at.file_uploader[0].set_value(
        [("picture.txt", PNG_NAMED_TXT, "text/plain"), ("empty.txt", b"", "text/plain")]
    ).run()
    # one box, a line a file with its reason (UI-50: the reasons of all but the latest had been folded away)
    assert len(at.error) == 1
    messages = unescape(at.error[0].value).split("\n")
    assert len(messages) == 2
    assert messages[0].startswith("- **picture.txt** could not be read")
    assert messages[1] == "- **empty.txt** could not be read: it is empty; " + EMPTY_SAID
    assert "Traceback" not in "".join(messages)
    assert list(at.session_state[RELEASES]) == ["allos_q2_2004.txt"]
    assert "The sample release is still available in the sidebar." in [
        c.value for c in at.caption
    ]


def test_dismissing_the_messages_empties_the_uploader_and_keeps_the_releases(parse_calls: list[str]) -> None:
    at = run_sidebar()
    scrape = (Path(__file__).parent / "fixtures" / "layouts" / "markdown_pipe_tables.txt").read_bytes()
    at.file_uploader[0].set_value(
        [("picture.txt", PNG_NAMED_TXT, "text/plain"), ("copy.md", scrape, "text/markdown")]
    ).run()
    assert len(at.error) == 1 and list(at.session_state[RELEASES]) == ["allos_q2_2004.txt", "copy.md"]
    at.button(key="release_lens.dismiss").click().run()
    assert len(at.error) == 0
    assert at.file_uploader[0].value in (None, [])  # a fresh uploader: the picture is gone from it
    assert list(at.session_state[RELEASES]) == ["allos_q2_2004.txt", "copy.md"]
    assert parse_calls.count("copy.md") == 1  # the release read from the old uploader is not read again


def test_removing_a_release_empties_the_list_and_offers_the_sample_again(parse_calls: list[str]) -> None:
    at = run_sidebar()
    at.sidebar.button[0].click().run()
    assert at.session_state[RELEASES] == {}
    assert at.sidebar.info[0].value == "No release loaded."
    at.sidebar.button[0].click().run()  # "Load the sample release"
    assert list(at.session_state[RELEASES]) == ["allos_q2_2004.txt"]


def test_a_removed_upload_stays_removed(parse_calls: list[str]) -> None:
    at = run_sidebar()
    at.file_uploader[0].set_value(("rail.txt", RAILROAD.read_bytes(), "text/plain")).run()
    at.sidebar.button[0].click().run()  # removes the release in view: the upload
    at.run()
    assert list(at.session_state[RELEASES]) == ["allos_q2_2004.txt"]


# --- Sidebar: the library -----------------------------------------------------------------------------


def test_the_library_lists_the_sample_and_every_upload(parse_calls: list[str], library_in_tmp_path: Path) -> None:
    at = run_sidebar()
    table = frame_with(at, "Loaded", sidebar=True)
    # one column of period, form and company (UI-68: a long name cut after the form; UI-64: Company, Period and
    # Loaded had left Period and Loaded cut off; every row names its form, so one release loaded as its exhibit
    # and as its submission are told apart)
    assert table.values.tolist()[0][0] == "Q2 2004 · text file · Allos Therapeutics, Inc."
    halden = (SERIES / "halden_q2_2005.txt").read_bytes()
    at.file_uploader[0].set_value(("halden_q2_2005.txt", halden, "text/plain")).run()
    table = frame_with(at, "Loaded", sidebar=True)
    assert table["Release"].tolist() == ["Q2 2005 · text file · Halden Therapeutics, Inc.",
                                         "Q2 2004 · text file · Allos Therapeutics, Inc."]
    assert library_in_tmp_path.exists()  # under tmp_path, never the user's home
    from core.library import sha256_of

    at.sidebar.selectbox(key=LIBRARY_CHOICE).set_value(sha256_of(halden)).run()
    assert at.sidebar.button(key=LIBRARY_REMOVE).disabled is False


def test_a_closed_library_says_its_count_and_draws_nothing_inside() -> None:
    """The library's table, picker and buttons are drawn only when its expander is opened: closed, as every
    first page shows it, the sidebar sends no table (its code had been loaded by the browser for every
    first page, some 0.2 s of the Overview's first drawing, measured by bench_dashboard)."""
    closed = run_sidebar(library_open=False)
    (library,) = [e for e in closed.sidebar.expander if e.label.startswith("Library")]
    assert library.label == "Library · 1 stored"
    assert not closed.sidebar.dataframe and not [b for b in closed.sidebar.button if b.key == LIBRARY_REMOVE]
    opened = run_sidebar()
    assert frame_with(opened, "Loaded", sidebar=True)["Release"].tolist() == [
        "Q2 2004 · text file · Allos Therapeutics, Inc."]


def test_the_sample_cannot_be_removed_from_the_library(parse_calls: list[str]) -> None:
    at = run_sidebar()
    assert at.sidebar.button(key=LIBRARY_REMOVE).disabled is True


def test_a_stored_release_reopens_and_can_be_removed(parse_calls: list[str]) -> None:
    from core.library import Library

    library = Library()
    data = (SERIES / "halden_q1_2005.txt").read_bytes()
    entry = library.add(data, "halden_q1_2005.txt")
    at = run_sidebar()
    at.sidebar.selectbox(key=LIBRARY_CHOICE).set_value(entry.sha256).run()
    at.sidebar.button(key=LIBRARY_OPEN).click().run()
    assert list(at.session_state[RELEASES]) == ["allos_q2_2004.txt", "halden_q1_2005.txt"]
    assert at.session_state[CURRENT] == "halden_q1_2005.txt"
    at.sidebar.button(key=LIBRARY_REMOVE).click().run()
    assert entry.sha256 not in Library()
    assert len(frame_with(at, "Loaded", sidebar=True)) == 1
    # said, not only counted (a browser review): it stays loaded in the session
    assert [unescape(t.value) for t in at.toast] == [
        f"{entry.title} removed from the library; it stays loaded in this session."]


def test_opening_a_company_opens_all_its_stored_releases(parse_calls: list[str]) -> None:
    from core.library import Library

    library = Library()
    for path in sorted(SERIES.glob("halden_*.txt")):
        entry = library.add(path.read_bytes(), path.name)
    at = run_sidebar()
    at.sidebar.selectbox(key=LIBRARY_CHOICE).set_value(entry.sha256).run()
    at.sidebar.button(key=LIBRARY_OPEN_COMPANY).click().run()
    assert list(at.session_state[RELEASES])[1:] == ["halden_q1_2005.txt", "halden_q2_2005.txt", "halden_q3_2005.txt"]


def test_a_bad_file_keeps_its_message_while_another_is_uploaded_beside_it() -> None:
    """A second bad upload had replaced the first's message, leaving the first listed in the uploader with
    nothing said of it (browser review): each keeps its own while it stays there, and goes with it. (The
    uploader is stood in for by files with fixed ids: AppTest gives a file a new id on every upload.)"""
    from types import SimpleNamespace

    import streamlit as st

    from pages._session import EARLIER_FAILURES, ERRORS, SEEN_UPLOADS, UPLOAD_FAILURES, handle_uploads

    for key in (ERRORS, SEEN_UPLOADS, UPLOAD_FAILURES, EARLIER_FAILURES):
        st.session_state.pop(key, None)
    picture = SimpleNamespace(file_id="1", name="picture.txt", getvalue=lambda: PNG_NAMED_TXT)
    empty = SimpleNamespace(file_id="2", name="empty.txt", getvalue=lambda: b"")
    sample = SimpleNamespace(file_id="3", name="copy.txt", getvalue=lambda: SAMPLE_TEXT)
    handle_uploads([picture])
    handle_uploads([picture, empty])
    messages = [unescape(m) for m in st.session_state[ERRORS]]
    assert len(messages) == 2 and messages[0].startswith("**picture.txt** could not be read")
    assert messages[1] == "**empty.txt** could not be read: it is empty; " + EMPTY_SAID
    handle_uploads([empty, sample])  # the picture taken out of the uploader, a good file added
    # the good file read, the empty one's message is an earlier upload's: out of the red box, folded apart (UI-61)
    assert st.session_state[ERRORS] == []
    assert [unescape(m) for m in st.session_state[EARLIER_FAILURES].values()] == [
        "**empty.txt** could not be read: it is empty; " + EMPTY_SAID]


def test_the_same_bad_file_uploaded_twice_is_said_once() -> None:
    """A picture uploaded alone, then again among other files (the uploader gives it a new id): one message,
    not the same sentence twice above every page (browser review of rounds 223-228)."""
    from types import SimpleNamespace

    import streamlit as st

    from pages._session import ERRORS, SEEN_UPLOADS, UPLOAD_FAILURES, handle_uploads

    for key in (ERRORS, SEEN_UPLOADS, UPLOAD_FAILURES):
        st.session_state.pop(key, None)
    first = SimpleNamespace(file_id="1", name="scan.pdf", getvalue=lambda: PNG_NAMED_TXT)
    again = SimpleNamespace(file_id="2", name="scan.pdf", getvalue=lambda: PNG_NAMED_TXT)
    sample = SimpleNamespace(file_id="3", name="copy.txt", getvalue=lambda: SAMPLE_TEXT)
    handle_uploads([first])
    handle_uploads([first, again, sample])
    messages = [unescape(m) for m in st.session_state[ERRORS]]
    assert len(messages) == 1 and messages[0].startswith("**scan.pdf** could not be read")


def test_a_png_named_pdf_is_named_once_and_the_sample_says_it_is_one() -> None:
    """A browser review found "q2_results_scan.pdf could not be read: q2_results_scan.pdf is a PNG image", and a
    first visit on the bundled sample with nothing saying it is a sample or where one's own release goes."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("q2_results_scan.pdf", PNG_NAMED_TXT, "application/pdf")]).run()
    (message,) = [unescape(e.value) for e in at.error]
    assert message.startswith("**q2_results_scan.pdf** could not be read: it is a PNG image; images are not read")
    assert message.count("q2_results_scan.pdf") == 1
    name, data = core.load_sample()
    sample = run_page("overview", core.parse_release(data, name))
    assert next(i.value for i in sample.info) == (
        "This is a sample release bundled with the app. To read your own, use **Upload releases** in the "
        "sidebar (on a phone, open it with » at the top left; text, HTML, PDF or an EDGAR submission).")
    other = ROOT / "tests" / "fixtures" / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"
    uploaded = run_page("overview", core.parse_release(other.read_bytes(), other.name))
    assert not any("sample release" in i.value for i in uploaded.info)


def test_a_submission_whose_only_exhibit_is_a_dividend_notice_says_the_exhibit_holds_no_statements() -> None:
    """Caddo Well Services' 8-K (round 308, invented) files one exhibit, a dividend announcement: the sidebar
    had said "no financial statement found in the file (read EX-99.1)" (browser review). It names the
    exhibit read and says, in plain words, that it holds no financial statement tables."""
    data = (ROOT / "tests" / "fixtures" / "ui" / "edgar_submission_dividend_notice_only_caddo_well_8k.txt").read_bytes()
    at = run_sidebar()
    at.file_uploader[0].set_value([("caddo_well_dividend_8k.txt", data, "text/plain")]).run()
    (message,) = [unescape(e.value) for e in at.error]
    assert message == (
        "**caddo_well_dividend_8k.txt** could not be read: the exhibit read, EX-99.1, holds no financial "
        "statement tables")
    from core.errors import ReleaseParseError
    from pages._session import describe_failure

    several = ReleaseParseError("no financial statement found in x.txt (read EX-99.1, EX-99.2)",
                                exhibits_read=("EX-99.1", "EX-99.2"))
    assert unescape(describe_failure("x.txt", several)) == (
        "**x.txt** could not be read: the exhibits read, EX-99.1 and EX-99.2, hold no financial statement tables")
    # A submission without an exhibit 99: its own form was read, and the message says what was missing (UI-12).
    form_only = ReleaseParseError("no financial statement found in y.txt (read 8-K)", exhibits_read=("8-K",))
    assert unescape(describe_failure("y.txt", form_only)) == (
        "**y.txt** could not be read: it holds no EX-99 exhibit, where a press release is filed, and its 8-K holds"
        " no financial statement tables")


def test_a_cap_is_said_as_the_installations_limit_not_as_its_constant() -> None:
    """The command line names the constant and module that set a cap, for whoever runs it; a visitor in the
    browser has no file to edit ("the limit is MAX_LINE_VALUES in core/limits.py" read as a developer's note:
    UI-12)."""
    from core.errors import ReleaseParseError
    from pages._session import describe_failure

    with pytest.raises(ReleaseParseError) as refused:
        core.parse_release(("1 " * 8000).encode(), "numbers.txt")
    assert "MAX_LINE_VALUES in core/limits.py" in str(refused.value)
    assert unescape(describe_failure("numbers.txt", refused.value)) == (
        "**numbers.txt** could not be read: it has more than 1,000 numbers on one line; rows that wide are not read"
        " (a limit set for this installation) (at line 1)")


def test_a_failed_upload_counts_the_releases_still_loaded_without_the_sample() -> None:
    """Ten uploads and the bundled sample had read "The 11 releases already loaded are still available"
    (browser review): the sample is said apart from a visitor's own releases."""
    from pages._sidebar import still_loaded

    name, data = core.load_sample()
    sample = core.parse_release(data, name)
    other = ROOT / "tests" / "fixtures" / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"
    own = core.parse_release(other.read_bytes(), other.name)
    assert still_loaded([sample, own]) == (
        "The release already loaded, and the sample, are still available in the sidebar.")
    assert still_loaded([sample, own, own]) == (
        "The 2 releases already loaded, and the sample, are still available in the sidebar.")
    assert still_loaded([own, own]) == "The 2 releases already loaded are still available in the sidebar."
    assert still_loaded([sample]) == "The sample release is still available in the sidebar."
    assert still_loaded([]) == ""
    at = run_sidebar()
    at.file_uploader[0].set_value([("copy.txt", other.read_bytes(), "text/plain"),
                                   ("empty.txt", b"", "text/plain")]).run()
    # copy.txt is read in this very upload: said apart from what was loaded before it (UI-62)
    assert "Read from this upload: copy.txt. The sample release is still available in the sidebar." in [
        unescape(c.value) for c in at.caption]


def test_the_same_file_uploaded_under_another_name_is_said_to_be_loaded_already() -> None:
    """A second upload of one file had said nothing, the uploader listing it twice (UI-12): the sidebar says so,
    and the file is kept once, under its first name (UI-51)."""
    other = ROOT / "tests" / "fixtures" / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"
    at = run_sidebar()
    at.file_uploader[0].set_value([("first.txt", other.read_bytes(), "text/plain")]).run()
    at.file_uploader[0].set_value([("first.txt", other.read_bytes(), "text/plain"),
                                   ("second.txt", other.read_bytes(), "text/plain")]).run()
    # (AppTest gives a list set again new file ids, so first.txt is a fresh upload of itself too: said once each)
    assert [unescape(i.value) for i in at.sidebar.info][-1:] == [
        "**second.txt** is the same file as **first.txt**, already loaded, so it is kept once in the list below, "
        "under that name."]
    assert [name for name in at.session_state[RELEASES] if name.endswith(".txt") and "allos" not in name] == [
        "first.txt"]
    assert not at.error
