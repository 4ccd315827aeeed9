"""The library in the dashboard: where it lives, storing every release loaded, re-opening stored ones.

The library is a convenience, never a gate: when its file cannot be opened or written (a read-only home,
a full disk), the dashboard says so once and goes on with the releases in the session.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import streamlit as st

import core
from core.library import Entry, Library, LibraryError, default_path, sha256_of
from core.model import Release

LIBRARY_ERROR = "release_lens.library_error"  # why the library is unavailable, shown once in the sidebar


def library_path() -> Path:
    """`streamlit run dashboard.py -- --library PATH`, else $RELEASE_LENS_LIBRARY, else the data directory."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--library")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return Path(known.library).expanduser() if known.library else default_path()


@st.cache_resource(show_spinner=False)
def _open(path: str) -> Library:
    return Library(path)


def library() -> Library | None:
    """The library for this server (one object per path, shared by sessions), or None when unavailable."""
    try:
        return _open(str(library_path()))
    except LibraryError as error:
        st.session_state[LIBRARY_ERROR] = str(error)
        return None


def remember(data: bytes, release: Release) -> None:
    """Store a release just loaded; a library failure becomes a note, never an error for the visitor."""
    found = library()
    if found is None:
        return
    try:
        found.add(data, release.name, release)
    except Exception as error:  # the library must not break loading: the release is still in the session
        st.session_state[LIBRARY_ERROR] = f"the release was not stored in the library: {error}"


def ensure_sample() -> None:
    """The bundled sample is always in the library (stored once; dedupe makes this a lookup)."""
    found = library()
    name, data = core.load_sample()
    if found is not None and sha256_of(data) not in found:
        try:
            found.add(data, name)
        except Exception as error:  # as in remember()
            st.session_state[LIBRARY_ERROR] = str(error)


def sample_sha() -> str:
    return sha256_of(core.load_sample()[1])


def entries() -> tuple[Entry, ...]:
    found = library()
    if found is None:
        return ()
    try:
        return found.entries()
    except Exception as error:  # a corrupt or locked file: say so, show the session's releases only
        st.session_state[LIBRARY_ERROR] = str(error)
        return ()


def stored(sha256: str) -> tuple[bytes, str] | None:
    """The bytes and file name of a stored release, or None when it is gone (removed by another session)."""
    found = library()
    entry = found.get(sha256) if found is not None else None
    if found is None or entry is None:
        return None
    return found.source(sha256), entry.name
