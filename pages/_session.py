"""The releases a visitor has loaded, kept in session state so they survive page changes.

Parsing is cached by the file's bytes (st.cache_data), so uploading the same file again, or the same
bytes under another name, costs no second parse. Every failure at the upload boundary becomes a message
in the page: a visitor never sees a traceback, and the releases already loaded stay loaded.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import streamlit as st

import core
from core.analysis.companies import amendment, figures_differ, same_period_pairs
from core.errors import ReleaseParseError
from core.limits import DEFAULT_MAX_UPLOAD_MB, check_size, max_upload_mb
from core.model import Release
from core.readers.text import EMPTY_ADVICE
from pages._library import ensure_sample, remember, stored
from pages._markdown import plain

RELEASES = "release_lens.releases"  # dict[str, Release], in the order they were loaded
CURRENT = "release_lens.current"  # name of the release in view (also the sidebar radio's key)
SEEN_UPLOADS = "release_lens.seen_uploads"  # file ids already handled, so a removed file stays removed
ERRORS = "release_lens.errors"  # messages about files that could not be read
# file id -> the message of an upload that could not be read, while the file stays in the uploader
UPLOAD_FAILURES = "release_lens.upload_failures"
# Messages of failed uploads that are still listed in the uploader but belong to an earlier upload than the last one
# read: a later readable upload's page had shown them in the red box above it, as if they were its own (UI-61:
# "empty.txt could not be read..." above a release read fine). Said apart, folded, with the time each was uploaded.
EARLIER_FAILURES = "release_lens.earlier_failures"
# file id -> (file name, when the failed upload was read: "06:41 UTC"): an earlier failure tied to its file and time
FAILED_AT = "release_lens.failed_at"
# file id -> what the sidebar says of an upload that is a file already loaded (same bytes), while that copy stays
# listed in the uploader: kept once and said so (UI-51: st-joe uploaded twice had been listed twice with no word)
UPLOAD_TWINS = "release_lens.upload_twins"
# The uploader's key carries a count of dismissals: a new key is an empty uploader, the only way Streamlit offers
# to take files out of it, so files that could not be read leave with their messages.
UPLOADER_ROUND = "release_lens.uploader_round"
# file id -> the name of the release it was read as, while the file stays listed in the uploader: removing that
# release empties the uploader, where its chip had stayed, as if it were still loaded (UI-55: Valaris)
UPLOADED = "release_lens.uploaded"
# The address keeps the releases a tab has open (`core.library.session_marks`) under this query parameter, so a
# reload, which starts a new session, can offer them again; RESTORE holds what the address said as the session began.
OPEN_PARAM = "open"
# ... and the release being read under this one (its mark), so "Open them" puts it back in view (UI-62: Cree had
# been read on Periods; after a reload and "Open them", Buckle, the last uploaded, was)
VIEW_PARAM = "view"
# ... and Compare's mode where it is side by side, so a reload keeps it as it keeps the releases (UI-64: "One company
# over time" had come back after a reload, the releases and the one in view kept). The radio's key (`_widgets.
# lasting`) and its two choices live here, where the session starts, and the Compare page reads them.
COMPARE_PARAM = "compare"
COMPARE_MODE = "compare_mode"
OVER_TIME, SIDE_BY_SIDE = "One company over time", "Companies side by side"
SIDE_BY_SIDE_PARAM = "side"
RESTORE_VIEW = "release_lens.restore_view"
# The names of the releases the latest upload read, said apart from those loaded before it beside its failures
# (UI-62: photo.txt uploaded with Buckle had said "The 3 releases already loaded", Buckle among them)
READ_NOW = "release_lens.read_now"
RESTORE = "release_lens.restore"
# An exhibit that could not be read is said once, beside the exhibit picker on the Data page (the sidebar's
# messages are for uploads): shown there until another exhibit is picked.
EXHIBIT_ERRORS = "release_lens.exhibit_errors"
# Every kind of file is taken by the uploader: the reader says in one sentence what a picture, an archive or a
# Word file is and what to do instead, where the widget's own filter only showed "image/png files are not
# allowed" in a chip in the sidebar (browser review of round 114).
UPLOAD_TYPES: list[str] | None = None


@st.cache_data(show_spinner="Reading the release…", max_entries=64)
def parse_cached(data: bytes, _name: str) -> Release:
    """Parse once per distinct content. `_name` is left out of the cache key (leading underscore), so the
    same bytes uploaded under another name reuse the first parse; the caller renames the result.
    The parse runs in a child process under a deadline and a memory limit (core.budget), so no upload can
    hold the server that every other session shares; a stopped parse raises and is not cached. The bundled
    sample is the app's own file, read on every visitor's first page: it is parsed in this process, sparing
    that first page a child process's start (about 0.4 s; later uploads find a child started ahead)."""
    if data == core.load_sample()[1]:
        return core.parse_release(data, _name)
    return core.parse_within_budget(data, _name)


def load(data: bytes, name: str) -> Release:
    release = parse_cached(data, name)
    return release if release.name == name else dataclasses.replace(release, name=name)


@st.cache_data(show_spinner="Reading the exhibit…", max_entries=32)
def parse_exhibit_cached(data: bytes, _name: str, exhibit: str) -> Release:
    """One exhibit of a whole EDGAR submission, cached by the submission's bytes and the exhibit."""
    return core.parse_within_budget(data, _name, exhibit)


def exhibits_of(release: Release) -> list[tuple[str, str, str]]:
    """The exhibits a submission's release could be read from: (key for parse_release, type, label).
    Empty for a single document, or when the submission's bytes are no longer in the library."""
    if release.format != "edgar" or not release.sha256:
        return []
    found = stored(release.sha256)
    if found is None:
        return []
    return [
        (exhibit.filename or exhibit.type, exhibit.type,
         f"{exhibit.type} ({exhibit.filename})" + (f": {exhibit.description}" if exhibit.description else ""))
        for exhibit in core.list_exhibits(found[0], release.name)
    ]


def read_exhibit(release: Release, exhibit: str) -> Release | None:
    """Read the same submission from another exhibit, in place of the one in view; a failure is a message."""
    found = stored(release.sha256)
    if found is None:
        st.session_state[EXHIBIT_ERRORS] = ["That submission is no longer in the library."]
        return None
    try:
        parsed = parse_exhibit_cached(found[0], release.name, exhibit)
    except Exception as error:  # the boundary: the exhibit may hold no statement at all
        st.session_state[EXHIBIT_ERRORS] = [describe_failure(f"{release.name} ({exhibit})", error)]
        return None
    st.session_state[EXHIBIT_ERRORS] = []
    renamed = parsed if parsed.name == release.name else dataclasses.replace(parsed, name=release.name)
    add(renamed)
    return renamed


def releases() -> dict[str, Release]:
    found: Any = st.session_state.get(RELEASES, {})
    return found if isinstance(found, dict) else {}


def current_release() -> Release | None:
    """The release in view: the selected one, else the most recently loaded, else None."""
    loaded = releases()
    name = st.session_state.get(CURRENT)
    if isinstance(name, str) and name in loaded:
        return loaded[name]
    return next(reversed(loaded.values()), None)


def add(release: Release) -> None:
    """Keep a release (replacing one of the same name) and put it in view."""
    loaded = dict(releases())
    loaded[release.name] = release
    st.session_state[RELEASES] = loaded
    st.session_state[CURRENT] = release.name


def remove(name: str) -> None:
    """Drop a release; the view moves to the one loaded before it, if any. A release read from a file still
    listed in the uploader takes the uploader's files with it (a new key, the only way Streamlit offers to take
    files out, as Dismiss does): its chip had stayed, reading as a release still loaded (UI-55). The other files'
    releases stay in the list; they live in the session, not in the widget."""
    loaded = dict(releases())
    loaded.pop(name, None)
    st.session_state[RELEASES] = loaded
    st.session_state[CURRENT] = next(reversed(loaded), None)
    if name in uploaded_names().values():
        st.session_state[UPLOADED] = {}
        st.session_state[UPLOAD_TWINS] = {}
        st.session_state[UPLOAD_FAILURES] = {}  # their messages stay above the page until dismissed
        st.session_state[UPLOADER_ROUND] = int(st.session_state.get(UPLOADER_ROUND, 0)) + 1


def uploaded_names() -> dict[str, str]:
    """File id -> release name, for the files the uploader lists that were read."""
    found: Any = st.session_state.get(UPLOADED, {})
    return dict(found) if isinstance(found, dict) else {}


def named_once(name: str, said: str) -> str:
    """The reader's message with the file's name, which the sentence already names in bold, said as "it":
    "q2_results_scan.pdf could not be read: q2_results_scan.pdf is a PNG image" had named it twice (browser
    review); "could not be read: it is a PNG image", "no financial statement found in the file"."""
    if not name:
        return said
    if said.startswith(f"{name} "):
        return f"it {said[len(name) + 1:]}"
    return said.replace(name, "the file")


def exhibits_without_statements(read: tuple[str, ...], reason: str = "") -> str | None:
    """The refusal of a submission whose exhibits hold no statement, in plain words naming them: "(read
    EX-99.1)" after "no financial statement found in the file" had left a visitor to guess what was read
    and what was missing (a dividend notice, a browser review). None where no exhibits were read."""
    if not read:
        return None
    if not any(_RELEASE_EXHIBIT.match(kind) for kind in read):
        # No EX-99 (nor EX-20) in the submission: its own form was read instead (UI-12: "the exhibit read,
        # 8-K, holds no financial statement tables" had left unsaid what was missing)
        documents = f"its {read[0]} holds" if len(read) == 1 else (
            f"the documents read, {', '.join(read[:-1])} and {read[-1]}, hold")
        return (f"it holds no EX-99 exhibit, where a press release is filed, and {documents} no financial "
                "statement tables")
    if len(read) == 1:
        if reason:
            return f"in the exhibit read, {read[0]}, {reason}"
        return f"the exhibit read, {read[0]}, holds no financial statement tables"
    return f"the exhibits read, {', '.join(read[:-1])} and {read[-1]}, hold no financial statement tables"


# The exhibit types a release is filed under (core.readers.edgar reads these first).
_RELEASE_EXHIBIT = re.compile(r"^EX-(?:99|20)\b", re.IGNORECASE)
# A cap's constant and module, which the command line names for whoever runs it: a visitor has no file to edit.
_CAP_NAMED = re.compile(r" \(the limit is \w+ in [\w/.]+\)")


def describe_failure(name: str, error: Exception) -> str:
    """One sentence a visitor can act on, whatever went wrong inside the parser. It is Markdown (the name
    in bold), so the file's name and the error, which may quote the file, are escaped. A cap is said as
    this installation's limit, not as the constant that sets it (UI-12: "the limit is MAX_LINE_VALUES in
    core/limits.py" read as a developer's note)."""
    if isinstance(error, ReleaseParseError):
        said = exhibits_without_statements(error.exhibits_read, error.reason) or named_once(name, str(error))
        said = _CAP_NAMED.sub(" (a limit set for this installation)", said)
        return f"**{plain(name)}** could not be read: {plain(said)}"
    return (
        f"**{plain(name)}** could not be read ({type(error).__name__}: {plain(str(error))}). "
        "Upload an earnings release as plain text, HTML or PDF."
    )


def upload_limit_mb() -> int:
    """The upload widget's cap: core.limits' (RELEASE_LENS_MAX_UPLOAD_MB), but never above the server's
    own server.maxUploadSize, which refuses larger uploads before the script sees them (so the widget would
    promise what the server does not keep). A malformed setting falls back to the default here; the core
    then names the bad setting on every file, so it is not missed."""
    try:
        wanted = max_upload_mb()
    except ReleaseParseError:
        wanted = DEFAULT_MAX_UPLOAD_MB
    server = st.get_option("server.maxUploadSize")
    return min(wanted, int(server)) if isinstance(server, int) and server > 0 else wanted


def try_load(data: bytes, name: str, file_id: str | None = None) -> Release | None:
    """Parse at the upload boundary; any exception becomes a message in ERRORS instead of a traceback. A file whose
    bytes are a release already loaded (under this name or another) is kept once: that release is put in view, and
    for an upload (`file_id`) the sidebar says so while the copy stays in the uploader (UPLOAD_TWINS)."""
    try:
        if not data.strip():
            raise ReleaseParseError(f"{name} is empty; {EMPTY_ADVICE}")
        check_size(len(data), name)  # before the cache hashes the bytes; the core checks again
        release = load(data, name)
    except Exception as error:  # the boundary: nothing from a bad file may reach the page as a traceback
        st.session_state[ERRORS] = [*errors(), describe_failure(name, error)]
        return None
    twin = next((other for other in releases().values() if other.sha256 and other.sha256 == release.sha256), None)
    if twin is not None:
        # the same bytes again (UI-12: under another name it had said nothing; UI-51: under its own name it had
        # been listed twice in the uploader, with no word): one release, the one loaded, put in view and said
        st.session_state[CURRENT] = twin.name
        if file_id is not None:
            st.session_state[UPLOAD_TWINS] = {**twins(), file_id: twin_said(name, twin.name)}
        return twin
    remember(data, release)  # stored under its file's own name
    if release.name in releases():
        # another release of the same file name (two EDGAR exhibits both "ex99-1.htm"; a changed sample): kept beside
        # it under a name telling the two apart, and said (UI-64: Cree had vanished when ManTech's ex99-1.htm came)
        taken = release.name
        release = dataclasses.replace(release, name=distinct_name(taken, releases()))
        st.toast(plain(f"{release.name}: another release loaded is also named {taken}; both stay loaded, "
                       "this one under the new name."), icon=":material/difference:")
    add(release)
    if pairs := same_period_pairs(releases().values()):
        earlier, later = next((pair for pair in pairs if release in pair), (None, None))
        if earlier is not None and later is not None:
            st.toast(f"{earlier.name} and {later.name} report the same period"
                     + (f" ({later.name} is an amendment, {later.metadata.form_type})" if amendment(later) else "")
                     + ("; they print different figures for some lines" if figures_differ(earlier, later) else "")
                     + "; both stay loaded.", icon=":material/difference:")
    return release


def distinct_name(name: str, taken: Iterable[str]) -> str:
    """`name` where no release loaded has it, else "ex99-1.htm (2)", "(3)" ...: the first number free, so two
    different releases uploaded under one file name are both kept and told apart (UI-64)."""
    used = set(taken)
    if name not in used:
        return name
    return next(candidate for number in itertools.count(2) if (candidate := f"{name} ({number})") not in used)


def twin_said(name: str, loaded: str) -> str:
    """What the sidebar says of an upload whose bytes are a release already loaded (Markdown, names escaped)."""
    if name == loaded:
        return f"**{plain(name)}** is already loaded (the same file), so it is kept once in the list below."
    return (f"**{plain(name)}** is the same file as **{plain(loaded)}**, already loaded, so it is kept once in the "
            "list below, under that name.")


def twins() -> dict[str, str]:
    found: Any = st.session_state.get(UPLOAD_TWINS, {})
    return dict(found) if isinstance(found, dict) else {}


def open_stored(sha256: str) -> Release | None:
    """Put a release from the library back in view (parsed from its stored bytes, cached like an upload)."""
    found = stored(sha256)
    if found is None:
        st.session_state[ERRORS] = [*errors(), "That release is no longer in the library."]
        return None
    data, name = found
    return try_load(data, name)


def every_release() -> list[Release]:
    """The session's releases and the library's, each once (by content), for the Compare page."""
    from pages._library import entries

    found = list(releases().values())
    # by content: a stored release of the same file name as one loaded is another release (two EDGAR exhibits named
    # "ex99-1.htm"), and had been left out of Compare by its name alone (UI-64); it joins under a name of its own
    seen = {release.sha256 for release in found if release.sha256}
    for entry in entries():
        if entry.sha256 in seen:
            continue
        source = stored(entry.sha256)
        if source is None:
            continue
        try:
            read = load(*source)
        except Exception:  # a stored file the current parser cannot read is left out of comparisons
            continue
        if read.name in {release.name for release in found}:
            read = dataclasses.replace(read, name=distinct_name(read.name, (release.name for release in found)))
        found.append(read)
        seen.add(entry.sha256)
    return found


def exhibit_errors() -> list[str]:
    found: Any = st.session_state.get(EXHIBIT_ERRORS, [])
    return list(found) if isinstance(found, list) else []


def errors() -> list[str]:
    found: Any = st.session_state.get(ERRORS, [])
    return list(found) if isinstance(found, list) else []


def load_sample_once() -> None:
    """On a visitor's first run, open on the bundled sample so every page is drawn before any upload."""
    if RELEASES in st.session_state:
        return
    st.session_state[RELEASES] = {}
    # the releases this tab had open before a reload, as its address kept them: offered again in the sidebar
    st.session_state[RESTORE] = str(st.query_params.get(OPEN_PARAM, ""))
    st.session_state[RESTORE_VIEW] = str(st.query_params.get(VIEW_PARAM, ""))
    if st.query_params.get(COMPARE_PARAM) == SIDE_BY_SIDE_PARAM:
        st.session_state[f"{COMPARE_MODE}__kept"] = SIDE_BY_SIDE  # given back to the radio (`_widgets.lasting`)
    name, data = core.load_sample()
    try_load(data, name)
    ensure_sample()


def handle_uploads(files: list[Any]) -> None:
    """Parse each newly uploaded file once; files already handled (even if since removed) are skipped.

    The red box (ERRORS) says the failures of the latest upload: while uploads keep failing, every failed file still
    in the uploader keeps its message there; once an upload is read, the earlier failures leave the box for a folded
    note tied to their files and the time each was uploaded (EARLIER_FAILURES, UI-61), so the release just read is
    not shown under errors that are not its own. Nothing loaded is lost either way."""
    seen: set[str] = set(st.session_state.get(SEEN_UPLOADS, set()))
    fresh = [file for file in files if file.file_id not in seen]
    # A file that could not be read keeps its message while it stays in the uploader: a second upload had
    # replaced the first file's message, leaving that file listed with nothing said of it.
    present = {file.file_id for file in files}
    failures = {key: message for key, message in dict(st.session_state.get(UPLOAD_FAILURES, {})).items()
                if key in present}
    failed_at = {key: when for key, when in dict(st.session_state.get(FAILED_AT, {})).items() if key in failures}
    if fresh:
        st.session_state[ERRORS] = []
    # an upload's copy of a file already loaded is said while that copy stays in the uploader
    st.session_state[UPLOAD_TWINS] = {key: said for key, said in twins().items() if key in present}
    uploaded = {key: name for key, name in uploaded_names().items() if key in present}
    earlier = dict(failures)  # the failures before this upload
    read_now = False
    if fresh:
        st.session_state[READ_NOW] = ()
    for file in fresh:
        seen.add(file.file_id)
        known = set(releases())
        if (read := try_load(file.getvalue(), file.name, file.file_id)) is None:  # said why in ERRORS, last
            failures[file.file_id] = errors()[-1]
            failed_at[file.file_id] = (file.name, datetime.now(UTC).strftime("%H:%M UTC"))
        else:
            uploaded[file.file_id] = read.name
            read_now = True
            if read.name not in known:  # (a copy of a release loaded before is not one read now)
                st.session_state[READ_NOW] = (*read_this_upload(), read.name)
    st.session_state[UPLOADED] = uploaded
    if fresh:
        # the same bad file uploaded again beside others is said once (a browser review had it twice)
        now = {key: message for key, message in failures.items() if not (read_now and key in earlier)}
        st.session_state[ERRORS] = list(dict.fromkeys(now.values()))
    # an upload read moves the failures before it out of the box; else the fold keeps those still in the uploader
    folded = {key: failures[key] for key in earlier} if fresh and read_now else earlier_failures()
    st.session_state[EARLIER_FAILURES] = {key: message for key, message in folded.items()
                                          if key in failures and message not in errors()}
    st.session_state[UPLOAD_FAILURES] = failures
    st.session_state[FAILED_AT] = failed_at
    st.session_state[SEEN_UPLOADS] = seen


def read_this_upload() -> tuple[str, ...]:
    """The names of the releases the latest upload read (`READ_NOW`)."""
    found: Any = st.session_state.get(READ_NOW, ())
    return tuple(found) if isinstance(found, (tuple, list)) else ()


def earlier_failures() -> dict[str, str]:
    """File id -> message of a failed upload still in the uploader that came before the last upload read."""
    found: Any = st.session_state.get(EARLIER_FAILURES, {})
    return dict(found) if isinstance(found, dict) else {}


def failed_times() -> dict[str, tuple[str, str]]:
    """File id -> (name, time uploaded) of each failed upload still in the uploader."""
    found: Any = st.session_state.get(FAILED_AT, {})
    return dict(found) if isinstance(found, dict) else {}


def earlier_said(failed: dict[str, str], times: dict[str, tuple[str, str]]) -> str:
    """The folded note's title for failures of uploads before the one last read: their files and times, so they are
    not taken for the new release's (UI-61). "Earlier uploads that could not be read: empty.txt and photo.txt
    (uploaded 06:41 UTC)"."""
    names = [times[key][0] for key in failed if key in times]
    when = list(dict.fromkeys(times[key][1] for key in failed if key in times))
    files = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)
    head = "Earlier upload that could not be read" if len(failed) == 1 else "Earlier uploads that could not be read"
    return f"{head}: {files} (uploaded {', '.join(when)})" if names else head
