"""The sidebar every page shares: upload, the loaded releases, remove; and messages about failed uploads.

Kept out of dashboard.py so tests can run it on its own (AppTest does not re-run the entry script of an
st.navigation app after the first run).
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

import core
from core.analysis.companies import period_said, release_label
from core.library import Entry, marked_entries, session_marks
from core.model import Release
from pages._library import LIBRARY_ERROR, entries, library, library_path, sample_sha
from pages._markdown import plain
from pages._session import (
    COMPARE_MODE,
    COMPARE_PARAM,
    CURRENT,
    EARLIER_FAILURES,
    ERRORS,
    OPEN_PARAM,
    RESTORE,
    RESTORE_VIEW,
    SIDE_BY_SIDE,
    SIDE_BY_SIDE_PARAM,
    UPLOAD_FAILURES,
    UPLOAD_TWINS,
    UPLOAD_TYPES,
    UPLOADER_ROUND,
    VIEW_PARAM,
    earlier_failures,
    earlier_said,
    errors,
    failed_times,
    handle_uploads,
    open_stored,
    read_this_upload,
    releases,
    remove,
    try_load,
    twins,
    upload_limit_mb,
    uploaded_names,
)
from pages._widgets import PAGE_CSS

# Said under the uploader while it lists a file that was read (`sidebar`).
ALREADY_LISTED = "Each file listed above is loaded once, in the list below: choosing it again adds nothing."
LIBRARY_CHOICE = "release_lens.library_choice"  # the stored release picked in the sidebar (its SHA-256)
LIBRARY_OPEN = "release_lens.library_open"
LIBRARY_REMOVE = "release_lens.library_remove"
LIBRARY_OPEN_COMPANY = "release_lens.library_open_company"
LIBRARY_OPENED = "release_lens.library_opened"  # whether the library's expander is open (its contents drawn)


def _reload_sample() -> None:
    name, data = core.load_sample()
    try_load(data, name)


def _remove_current() -> None:
    name = st.session_state.get(CURRENT)
    if isinstance(name, str):
        remove(name)


def _dismiss_errors() -> None:
    st.session_state[ERRORS] = []
    st.session_state[EARLIER_FAILURES] = {}
    st.session_state[UPLOAD_FAILURES] = {}  # dismissed: not said again on the next upload
    st.session_state[UPLOAD_TWINS] = {}  # the uploader is emptied below: its copies with it
    # Releases read from the uploader stay loaded: they live in the session, not in the widget.
    st.session_state[UPLOADER_ROUND] = int(st.session_state.get(UPLOADER_ROUND, 0)) + 1


def sidebar() -> None:
    st.html(PAGE_CSS)  # chart titles' headings, the page links' focus ring
    with st.sidebar:
        st.markdown("### :material/query_stats: Release Lens")
        st.caption("Earnings press releases (8-K Exhibit 99.1), period against period.")
        files = st.file_uploader(
            "Upload releases",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key=f"release_lens.uploader.{st.session_state.get(UPLOADER_ROUND, 0)}",
            help="Plain text, markdown, HTML or PDF of a quarterly earnings release, or a whole EDGAR submission "
            "(.txt). Each file is parsed once.",
            max_upload_size=upload_limit_mb(),
        )
        handle_uploads(list(files or []))
        for said in dict.fromkeys(twins().values()):  # (two copies in one upload: said once)
            st.info(said, icon=":material/content_copy:")  # a file uploaded again: kept once (UI-51)
        if uploaded_names() and not twins():
            # A file picked again while listed here never reaches the server (the browser sends it once: checked in
            # Chromium, one file id for two picks), so nothing could be said after the fact (UI-55: Oshkosh uploaded
            # twice, no word): said while such a file is listed, the one time a word can be given.
            st.caption(ALREADY_LISTED)
        loaded = releases()
        if loaded:
            if st.session_state.get(CURRENT) not in loaded:
                st.session_state[CURRENT] = next(reversed(loaded))
            st.radio(
                "Loaded releases",
                options=list(loaded),
                key=CURRENT,
                format_func=plain,  # radio options and captions are Markdown; these come from the files
                captions=[plain(_release_caption(name)) for name in loaded],
            )
            st.button(
                "Remove this release",
                icon=":material/delete:",
                on_click=_remove_current,
                width="stretch",
            )
        else:
            st.info("No release loaded.")
            st.button("Load the sample release", on_click=_reload_sample, width="stretch")
        reload_note()
        library_section()
        keep_in_address()


def from_before_reload() -> tuple[Entry, ...]:
    """The releases this tab had open before a reload (its address's marks, `core.library.marked_entries`) that
    are in the library and not loaded again yet: only this tab's, never another session's uploads."""
    marks = st.session_state.get(RESTORE)
    if not isinstance(marks, str) or not marks:
        return ()
    loaded = {release.sha256 for release in releases().values()}
    return tuple(entry for entry in marked_entries(entries(), marks) if entry.sha256 not in loaded)


def _open_from_before() -> None:
    """Every release from before the reload, and the one being read then put back in view (UI-62: Cree had been
    read; after "Open them", Buckle, the last opened, was in view)."""
    opened = {entry.sha256: open_stored(entry.sha256) for entry in from_before_reload()}
    viewed = marked_entries(entries(), str(st.session_state.get(RESTORE_VIEW, "")))
    shown = next((opened.get(entry.sha256) for entry in viewed), None)
    if shown is not None:
        st.session_state[CURRENT] = shown.name
    st.session_state[RESTORE] = ""
    st.session_state[RESTORE_VIEW] = ""


def _not_now() -> None:
    st.session_state[RESTORE] = ""


def reload_note() -> None:
    """After a reload (a new session, which starts on the sample), where the tab's releases went and one button
    to open them again (UI-55: five uploads had gone from the list with no word that the library kept them)."""
    pending = from_before_reload()
    if not pending:
        return
    # "from before", named by the address: true after a reload and in a tab opened on a copied link alike (UI-64: a
    # link opened in a new tab had said "from before the reload", nothing having been reloaded)
    what = ("Your release from before, named in this page's address, is" if len(pending) == 1
            else f"Your {len(pending)} releases from before, named in this page's address, are")
    st.info(f"{what} in the library below: {plain(', '.join(e.title for e in pending))}.", icon=":material/history:")
    st.button("Open them" if len(pending) > 1 else "Open it", icon=":material/open_in_new:",
              on_click=_open_from_before, width="stretch", type="primary", key="release_lens.reopen")
    st.button("Not now", on_click=_not_now, width="stretch", key="release_lens.reopen_not_now")


def keep_in_address() -> None:
    """The page's address names the releases loaded (the sample apart) and those still offered after a reload, so
    a reload can offer them again; written on every run, as a page change clears the address's parameters."""
    sample = sample_sha()
    offered = from_before_reload()
    _keep_param(OPEN_PARAM, session_marks([*(r.sha256 for r in releases().values() if r.sha256 and r.sha256 != sample),
                                           *(e.sha256 for e in offered)]))
    # the release in view, so "Open them" puts it back in view too; while the reload's offer stands, the one read
    # before it (UI-62)
    in_view = releases().get(str(st.session_state.get(CURRENT, "")))
    pending = str(st.session_state.get(RESTORE_VIEW, "")) if offered else ""
    _keep_param(VIEW_PARAM, pending or (session_marks([in_view.sha256]) if in_view is not None and in_view.sha256
                                        and in_view.sha256 != sample else ""))
    # Compare's mode, side by side only (over time is where the page opens): kept across a reload (UI-64)
    mode = st.session_state.get(COMPARE_MODE, st.session_state.get(f"{COMPARE_MODE}__kept"))
    _keep_param(COMPARE_PARAM, SIDE_BY_SIDE_PARAM if mode == SIDE_BY_SIDE else "")


def _keep_param(name: str, value: str) -> None:
    """The address's parameter set to `value`, or taken out where it is empty; written only where it changes."""
    if value and st.query_params.get(name) != value:
        st.query_params[name] = value
    elif not value and name in st.query_params:
        del st.query_params[name]


def _open_choice() -> None:
    sha = st.session_state.get(LIBRARY_CHOICE)
    if isinstance(sha, str):
        open_stored(sha)


def _open_company() -> None:
    """Every stored release of the picked one's company, so the Compare page has the whole series."""
    sha = st.session_state.get(LIBRARY_CHOICE)
    stored = entries()
    picked = next((e for e in stored if e.sha256 == sha), None)
    if picked is None:
        return
    same = [
        e for e in stored if (e.ticker and e.ticker == picked.ticker) or (e.company and e.company == picked.company)
    ]
    for entry in sorted(same, key=lambda e: e.period_end or e.loaded_at.date()):
        open_stored(entry.sha256)


def _remove_choice() -> None:
    sha = st.session_state.get(LIBRARY_CHOICE)
    found = library()
    if isinstance(sha, str) and found is not None and sha != sample_sha():
        entry = next((e for e in entries() if e.sha256 == sha), None)
        found.remove(sha)
        st.session_state.pop(LIBRARY_CHOICE, None)
        # said, not only counted: the list's count had been the only sign (a browser review)
        name = plain(entry.title if entry is not None else "The release")
        loaded = entry is not None and any(r.sha256 == sha for r in releases().values())
        st.toast(f"{name} removed from the library" + ("; it stays loaded in this session." if loaded else "."),
                 icon=":material/delete_forever:")


def library_section() -> None:
    """The library: every release ever loaded here (company, period, date loaded), to re-open or remove.

    Labels come from uploaded files, so they are shown only in widgets that print plain text (a table and
    a select box), never as Markdown.
    """
    stored = entries()
    problem = st.session_state.get(LIBRARY_ERROR)
    if problem:
        # In plain sight, not inside the collapsed expander: a visitor must know nothing is being kept.
        st.warning("The library is unavailable; releases stay in this session only.", icon=":material/warning:")
        st.text(str(problem))
    # Drawn only when opened (the expander reruns the page as it opens): a closed library's table had cost every
    # first page the dataframe's code in the browser, some 0.2 s of the Overview's first drawing (issue 12).
    library_box = st.expander(f"Library · {len(stored)} stored", icon=":material/local_library:", key=LIBRARY_OPENED,
                              on_change="rerun")
    if not library_box.open:
        return
    with library_box:
        # said once, here: the list holds what anyone using this server loaded, not only this visitor's (UI-55)
        st.caption("Shared by everyone using this server: every release loaded here is kept for next time.")
        if not stored:
            return
        # Narrow columns, the date without its time: a sidebar is some 300 px wide, and the table had shown
        # only its first column, cut, the others behind a sideways scroll (a browser review).
        # One column of what each release is, its form where another stored file is the same company's same period,
        # then the date: three columns had left Period and Loaded a scroll away and "Apple", "Apple" for the HTML
        # exhibit and the EDGAR submission of one quarter (UI-64)
        told = told_apart(stored)
        st.dataframe(
            {
                "Release": [told[e.sha256] for e in stored],
                "Loaded": [e.loaded_at.astimezone().strftime("%Y-%m-%d") for e in stored],
            },
            hide_index=True,
            key="release_lens.library_table",
            column_config={"Release": st.column_config.TextColumn(width="medium"),
                           "Loaded": st.column_config.TextColumn(width="small")},
        )
        # the words telling two stored files apart first, before a long file name cuts them off
        titles = {e.sha256: f"{told[e.sha256]} — {e.name}" for e in stored}
        if st.session_state.get(LIBRARY_CHOICE) not in titles:
            st.session_state[LIBRARY_CHOICE] = stored[0].sha256
        st.selectbox("Stored release", list(titles), format_func=titles.__getitem__, key=LIBRARY_CHOICE)
        # one above the other: side by side, "Remove" had been cut to "Rem…" (a browser review)
        st.button("Open", icon=":material/open_in_new:", on_click=_open_choice, width="stretch",
                  key=LIBRARY_OPEN)  # fmt: skip
        st.button(
            "Remove",
            icon=":material/delete_forever:",
            on_click=_remove_choice,
            width="stretch",
            disabled=st.session_state.get(LIBRARY_CHOICE) == sample_sha(),
            help="The bundled sample always stays in the library.",
            key=LIBRARY_REMOVE,
        )
        st.button("Open every release of this company", on_click=_open_company, width="stretch",
                  key=LIBRARY_OPEN_COMPANY)  # fmt: skip
        st.caption(f"Stored in `{library_path()}`")


def told_apart(stored: Sequence[Entry]) -> dict[str, str]:
    """Each stored release's period, form and company ("Q3 FY2004 · HTML exhibit · Apple Computer, Inc.",
    `release_label`: at 390 px the period and form had been cut off a long name's end, UI-68), with its file name
    too where another stored release has the same title and form: the library's table and menu had listed "Apple"
    twice (UI-64), and naming the form only where a title repeated had left one row with it, the next without (a
    browser review). By SHA-256."""
    counts: dict[tuple[str, str], int] = {}
    for entry in stored:
        counts[entry.title, entry.format] = counts.get((entry.title, entry.format), 0) + 1
    said = {}
    for entry in stored:
        # the file name, where it tells two apart, before the company too
        twice = counts[entry.title, entry.format] > 1
        said[entry.sha256] = release_label(f"{entry.name} · {entry.company}" if twice and entry.company
                                           else entry.company or entry.name, entry.fiscal_period, entry.format)
    return said


def _release_caption(name: str) -> str:
    """ "Q2 2004 · text file · Allos Therapeutics, Inc." under the file name (`release_label`, as the library's rows
    say it, UI-68): the company and period, so two files of
    one company differ, and the form on every row, so one release loaded as its HTML exhibit and as its EDGAR
    submission differs too (UI-64). Said only where it was on a few rows, the form had read as a fault of those
    (a browser review: "· text file" under some releases, not others)."""
    release = releases().get(name)
    if release is None:
        return ""
    return release_label(release.metadata.company, period_said(release), release.format)


def still_loaded(loaded: list[Release], read_now: tuple[str, ...] = ()) -> str:
    """What stays loaded beside a failed upload, the bundled sample said apart: "The 11 releases already
    loaded" had counted it with a visitor's ten (a browser review); and the releases read in this same upload
    (`read_now`, by name) said apart from those loaded before it: photo.txt uploaded with Buckle had said "The 3
    releases already loaded", Buckle among them (UI-62). Empty when nothing is loaded."""
    sample = sample_sha()
    new = [release.name for release in loaded if release.name in read_now]
    before = [release for release in loaded if release.name not in read_now]
    read = (f"Read from this upload: {', '.join(plain(name) for name in new)}." if new else "")  # (Markdown)
    own = sum(release.sha256 != sample for release in before)
    with_sample = own < len(before)
    earlier = "loaded before it" if new else "already loaded"
    if not own:
        kept_only = "The sample release is still available in the sidebar." if with_sample else ""
        return " ".join(part for part in (read, kept_only) if part)
    kept = f"The release {earlier}" if own == 1 else f"The {own} releases {earlier}"
    if with_sample:
        return " ".join(part for part in (read, f"{kept}, and the sample, are still available in the sidebar.")
                        if part)
    return " ".join(part for part in (read, f"{kept} {'is' if own == 1 else 'are'} still available in the sidebar.")
                    if part)


def failure_list(failures: list[str]) -> str:
    """The failed uploads as one message, a line each saying what was wrong with its file, as uploaded: eight
    bad uploads as eight red boxes had filled a phone's first screen (UI-12), and the fold that took their place
    named the earlier files with no reason (UI-50: "2 more files could not be read: empty.txt, pic.png")."""
    if len(failures) == 1:
        return failures[0]
    return "\n".join(f"- {message}" for message in failures)


def messages() -> None:
    """Failed uploads, above whichever page is open, until dismissed: one box, a line a file with its reason. The
    failures of uploads before the last one read are folded apart under their files and times (UI-61: an empty file's
    red box had stood above the next, readable, upload's Overview as if it were that release's)."""
    failures = errors()
    earlier = earlier_failures()
    if not failures and not earlier:
        return
    if failures:
        st.error(failure_list(failures), icon=":material/error:")
    if earlier:  # folded, and, where no box stands above, with its own Dismiss
        with st.expander(earlier_said(earlier, failed_times()), expanded=False, icon=":material/history:"):
            st.markdown(failure_list(list(dict.fromkeys(earlier.values()))))
            st.caption("These files stay listed in the uploader until dismissed; the releases read since are in "
                       "the sidebar's list.")
            if not failures:
                _dismiss_button()
        if not failures:
            return
    # the uploader still lists the files (Streamlit takes none out but by a new key, which would also drop its own
    # note of a file refused as too large): said so, and Dismiss empties it (UI-50)
    if st.session_state.get(UPLOAD_FAILURES):  # (removing a release empties the uploader, these files with it)
        st.caption("The files that could not be read stay listed in the uploader until these messages are "
                   "dismissed; the releases read are in the sidebar's list.")
    kept_text = still_loaded(list(releases().values()), read_this_upload())
    if kept_text:
        st.caption(kept_text)
    _dismiss_button()


def _dismiss_button() -> None:
    st.button("Dismiss", on_click=_dismiss_errors, key="release_lens.dismiss",
              help="Clears these messages and takes the files that could not be read out of the uploader.")
