"""UI-59 on Compare side by side: the first picks are the session's own. With Apple (Q3 FY2004) and Oracle (Q4
FY2014) uploaded, the library's Nephros Q4 2024, another visitor's upload 21 years off, had been picked third and
filled the margins chart; the library's releases start only in a session with no upload of its own (a first
visit, the bundled sample alone), and the caption says whose they are."""

from __future__ import annotations

from pathlib import Path

import core
from core.analysis.companies import group_by_company
from core.analysis.side_by_side import library_companies, picks_said, starting_picks
from core.library import Library
from core.model import Release
from pages._markdown import unescape
from tests.test_compare_page import run_compare

FIXTURES = Path(__file__).parent / "fixtures"
SERIES = FIXTURES / "series"
APPLE = FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt"
ORACLE = FIXTURES / "edgar" / "oracle_q4-fy2014.txt"
NEPHROS = FIXTURES / "text" / "nephros_q4-2024_markdown-flattened.txt"
# another visitor's Allos file: the sample's company is then no longer the sample's alone
ALLOS_COPY = FIXTURES / "hostile" / "allos_missing_cell.txt"


def _read(path: Path) -> Release:
    return core.parse_release(path.read_bytes(), path.name)


def _library_of(*paths: Path) -> None:
    library = Library()
    for path in paths:
        library.add(path.read_bytes(), path.name)


def _captions(at) -> list[str]:  # type: ignore[no-untyped-def]
    return [unescape(c.value) for c in at.caption]


def test_two_uploads_start_side_by_side_without_the_librarys_releases(allos: Release) -> None:
    _library_of(NEPHROS, ALLOS_COPY)
    apple, oracle = _read(APPLE), _read(ORACLE)
    at = run_compare({allos.name: allos, apple.name: apple, oracle.name: oracle}, current=oracle.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    picks = at.multiselect(key="compare_picked")
    assert picks.value == [oracle.name, apple.name]
    # the library's stay offered: Nephros and the other Allos file among the options
    assert any(NEPHROS.name in option for option in picks.options)
    assert any(ALLOS_COPY.name in option for option in picks.options)
    assert ("Picked to start: Oracle Corporation, the release chosen in the sidebar, then your other upload. The "
            "library's releases of 1 other company (other visitors' uploads) are in the list above to add."
            ) in _captions(at)  # Nephros: the other Allos file is the sample's company
    # two columns: ORCL's quarter to May 31, 2014 beside Apple's to Jun 26, 2004, Nephros's Dec 31, 2024 gone
    assert not any("NEPH" in unescape(w.value) for w in at.warning)


def test_one_upload_starts_beside_the_bundled_sample(allos: Release) -> None:
    _library_of(NEPHROS)
    apple = _read(APPLE)
    at = run_compare({allos.name: allos, apple.name: apple}, current=apple.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert at.multiselect(key="compare_picked").value == [apple.name, allos.name]
    assert ("Picked to start: Apple, the release chosen in the sidebar, then the bundled sample. The library's "
            "releases of 1 other company (other visitors' uploads) are in the list above to add.") in _captions(at)


def test_a_first_visit_shows_the_sample_beside_the_librarys_nearest_in_time(allos: Release) -> None:
    """The sample alone in the session: nothing of the visitor's to compare, so the page shows what it does with
    the library's other companies, each by its release nearest the sample's quarter (Jun 30, 2004): Apple's
    quarter to Jun 26, 2004, Halden's first quarter of 2005 before its third; Nephros's Dec 31, 2024 is left to
    the picker. The caption says they are other visitors' uploads."""
    _library_of(APPLE, NEPHROS, SERIES / "halden_q1_2005.txt", SERIES / "halden_q3_2005.txt")
    at = run_compare({allos.name: allos}, current=allos.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert at.multiselect(key="compare_picked").value == [allos.name, APPLE.name, "halden_q1_2005.txt"]
    assert ("Picked to start: Allos Therapeutics, Inc., the release chosen in the sidebar, then from the library, "
            "2 other companies' releases nearest it in time (other visitors' uploads: you have uploaded none yet); "
            "add or remove releases above.") in _captions(at)


def test_starting_picks_never_take_the_library_once_the_session_uploaded(allos: Release) -> None:
    apple, oracle, nephros, copy = _read(APPLE), _read(ORACLE), _read(NEPHROS), _read(ALLOS_COPY)
    groups = group_by_company([allos, apple, oracle, nephros, copy])
    session = [allos.name, apple.name, oracle.name]
    assert starting_picks(groups, oracle.name, [apple.name, oracle.name], allos.sha256, session) == (
        [oracle.name, apple.name], oracle.name)
    # the sample chosen in the sidebar stays first, the uploads after it
    first = starting_picks(groups, allos.name, [apple.name, oracle.name], allos.sha256, session)[0]
    assert first[0] == allos.name and sorted(first[1:]) == sorted([apple.name, oracle.name])
    assert library_companies(groups, session) == 1  # Nephros; Allos's other file is the sample's company
    assert picks_said([oracle.name, apple.name], oracle.name, "Oracle Corporation", [apple.name, oracle.name],
                      library=1) == (
        "Picked to start: Oracle Corporation, the release chosen in the sidebar, then your other upload. The "
        "library's releases of 1 other company (other visitors' uploads) are in the list above to add.")
