"""The sidebar every page shares: upload, the loaded releases, remove; and messages about failed uploads.

Kept out of dashboard.py so tests can run it on its own (AppTest does not re-run the entry script of an
st.navigation app after the first run).
"""

from __future__ import annotations

import streamlit as st

import core
from pages._session import (
    CURRENT,
    ERRORS,
    UPLOAD_TYPES,
    errors,
    handle_uploads,
    releases,
    remove,
    try_load,
)


def _reload_sample() -> None:
    name, data = core.load_sample()
    try_load(data, name)


def _remove_current() -> None:
    name = st.session_state.get(CURRENT)
    if isinstance(name, str):
        remove(name)


def _dismiss_errors() -> None:
    st.session_state[ERRORS] = []


def sidebar() -> None:
    with st.sidebar:
        st.markdown("### :material/query_stats: Release Lens")
        st.caption("Earnings press releases (8-K Exhibit 99.1), period against period.")
        files = st.file_uploader(
            "Upload releases",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key="release_lens.uploader",
            help="Plain text, HTML or PDF of a quarterly earnings release. Each file is parsed once.",
        )
        handle_uploads(list(files or []))
        loaded = releases()
        if loaded:
            if st.session_state.get(CURRENT) not in loaded:
                st.session_state[CURRENT] = next(reversed(loaded))
            st.radio(
                "Loaded releases",
                options=list(loaded),
                key=CURRENT,
                captions=[_release_caption(name) for name in loaded],
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


def _release_caption(name: str) -> str:
    """ "Allos Therapeutics, Inc. · Q2 2004" under the file name, so two files of one company differ."""
    release = releases().get(name)
    if release is None or not release.metadata.company:
        return ""
    period = release.metadata.fiscal_period
    return f"{release.metadata.company} · {period.label}" if period else release.metadata.company


def messages() -> None:
    """Failed uploads, above whichever page is open, until dismissed."""
    failures = errors()
    if not failures:
        return
    for message in failures:
        st.error(message, icon=":material/error:")
    kept = len(releases())
    st.caption(f"The {kept} release(s) already loaded are still available in the sidebar.")
    st.button("Dismiss", on_click=_dismiss_errors, key="release_lens.dismiss")
