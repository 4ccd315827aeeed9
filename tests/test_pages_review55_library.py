"""UI-55: Compare over time had mixed the shared library's releases into the series unmarked. Two Apple files
uploaded (the Q3 FY2004 submission, tests/fixtures/edgar/apple-computer_q3-fy2004.txt, line 185 "Net income  $61
$19", and Q1 FY2011's) showed "Apple · 4 releases", the library's Q3 FY2004 ex99-1 extract (tests/fixtures/html/
apple-computer_q3-fy2004.htm, the same period) replacing the uploaded submission's figures, and its Q1 FY2024 added,
with no word that the library is shared by every visitor of the server."""

from __future__ import annotations

from decimal import Decimal

from streamlit.testing.v1 import AppTest

import core
from core.analysis.companies import LIBRARY_SHARED, library_copies
from core.comparison_frames import FROM_LIBRARY, FROM_SESSION
from core.model import Release
from pages._session import CURRENT, RELEASES
from tests.conftest import FIXTURES
from tests.page_runner import PAGES, frame_with, texts

SUBMISSION = "apple-computer_q3-fy2004_edgar-submission.txt"
LATER = "apple_q1-fy2011_edgar-submission.txt"
EXTRACT = "apple-computer_q3-fy2004_ex99-1-extracted.htm"
GOLD = FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt"


def _release(path: str, name: str) -> Release:
    return core.parse_release((FIXTURES / path).read_bytes(), name)


def _uploaded() -> dict[str, Release]:
    return {SUBMISSION: _release("edgar/apple-computer_q3-fy2004.txt", SUBMISSION),
            LATER: _release("edgar/apple_q1-fy2011.txt", LATER)}


def _library() -> None:
    from core.library import Library

    library = Library()
    library.add((FIXTURES / "html" / "apple-computer_q3-fy2004.htm").read_bytes(), EXTRACT)
    library.add(GOLD.read_bytes(), GOLD.name)


def _run(loaded: dict[str, Release]) -> AppTest:
    at = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=90)
    at.session_state[RELEASES] = loaded
    at.session_state[CURRENT] = LATER if loaded else None
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_a_library_copy_of_a_period_loaded_is_left_out() -> None:
    own = list(_uploaded().values())
    extract = _release("html/apple-computer_q3-fy2004.htm", EXTRACT)
    later = core.parse_release(GOLD.read_bytes(), GOLD.name)
    assert [r.name for r in library_copies(own, [extract, later])] == [EXTRACT]
    assert library_copies([], [extract, later]) == ()


def test_the_series_is_the_uploads_until_the_library_is_added() -> None:
    _library()
    at = _run(_uploaded())
    assert LIBRARY_SHARED in texts(at)
    assert at.toggle(key="compare_with_library").value is False
    assert at.selectbox(key="compare_company").format_func(at.selectbox(key="compare_company").value) \
        == "Apple · 2 releases"
    releases = frame_with(at, "Released")
    assert list(releases["File"]) == [SUBMISSION, LATER]
    assert set(releases["From"]) == {FROM_SESSION}

    at.toggle(key="compare_with_library").set_value(True).run()
    assert not at.exception
    releases = frame_with(at, "Released")
    # the library's Q1 FY2024 joins, marked; its copy of Q3 FY2004 does not, and says so
    assert list(releases["File"]) == [SUBMISSION, LATER, GOLD.name]
    assert list(releases["From"]) == [FROM_SESSION, FROM_SESSION, FROM_LIBRARY]
    assert (f"Left out: the library's {EXTRACT}, reporting a period loaded in this session; the session's figures "
            "are used.") in texts(at)
    assert texts(at).count(LIBRARY_SHARED) == 1


def test_a_session_with_none_of_its_own_compares_the_librarys() -> None:
    _library()
    at = _run({})
    assert at.toggle(key="compare_with_library").value is True
    assert list(frame_with(at, "Released")["From"]) == [FROM_LIBRARY, FROM_LIBRARY]


def test_the_uploads_figures_stand_for_their_period() -> None:
    from core.analysis.series import company_series

    own = list(_uploaded().values())
    extract = _release("html/apple-computer_q3-fy2004.htm", EXTRACT)
    kept = [r for r in [*own, extract] if all(r is not c for c in library_copies(own, [extract]))]
    net = {p.period.end.year: (p.value, p.source) for p in company_series(kept).points("net_income")}
    assert net[2004] == (Decimal("61000000"), SUBMISSION)
