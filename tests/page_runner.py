"""Running pages and the sidebar in AppTest on seeded session state: what the page tests share.

The sidebar runs on its own through AppTest.from_function, because AppTest does not re-run an
st.navigation entry script after its first run.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from core.model import Release
from pages._markdown import unescape
from pages._session import CURRENT, RELEASES

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "pages"
SAMPLE_TEXT = (ROOT / "core" / "samples" / "allos_q2_2004.txt").read_bytes()
PNG_NAMED_TXT = b"\x89PNG\r\n\x1a\n" + bytes(64)


def run_page(page: str, release: Release | None) -> AppTest:
    at = AppTest.from_file(str(PAGES / f"{page}.py"), default_timeout=30)
    if release is not None:
        at.session_state[RELEASES] = {release.name: release}
        at.session_state[CURRENT] = release.name
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in at.metric}


def texts(at: AppTest) -> str:
    """Markdown and captions as a reader sees them (text from files is escaped, and "$" so it is not read
    as LaTeX)."""
    return unescape("\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]))


SERIES = ROOT / "tests" / "fixtures" / "series"


def frame_with(at: AppTest, column: str, *, sidebar: bool = False) -> pd.DataFrame:
    """The first table with `column` (AppTest does not keep a dataframe's key)."""
    frames = at.sidebar.dataframe if sidebar else at.dataframe
    return next(d.value for d in frames if column in d.value.columns)


def sidebar_app() -> None:
    from pages._session import load_sample_once
    from pages._sidebar import messages, sidebar

    load_sample_once()
    sidebar()
    messages()


def run_sidebar(*, library_open: bool = True) -> AppTest:
    """The sidebar run once; its library expander opened first, as a visitor opens it to use it (its
    contents are drawn only when open)."""
    from pages._sidebar import LIBRARY_OPENED

    at = AppTest.from_function(sidebar_app, default_timeout=30)
    if library_open:
        at.session_state[LIBRARY_OPENED] = True
    at.run()
    assert not at.exception
    return at
