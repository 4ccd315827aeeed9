"""What the third browser review of the pages found, each mend asserted on the release it was seen with.

Releases named here were invented by the testers; their files are in tests/fixtures/ui.
"""

from __future__ import annotations

import dataclasses

import pytest

import core
from core.analysis.completeness import cut_short, missing_figure_warnings, truncation
from core.model import Diagnostic, Release
from tests.page_runner import ROOT, run_page, texts

UI = ROOT / "tests" / "fixtures" / "ui"


def parsed(name: str) -> Release:
    return core.parse_release((UI / name).read_bytes(), name)


def badges(at: object) -> list[str]:
    return [m.value for m in at.markdown if "badge[" in m.value]  # type: ignore[attr-defined]


# --- 1. a truncated file is not shown healthy ------------------------------------------------------------

CUT = "restaurant_results_cut_after_general_and_administrative_copperline_q4_2014.htm"


@pytest.mark.parametrize(("message", "missing", "truncated"), [
    # the reader's own words, as core/parse.py and core/readers/text.py print them
    ("copperline_kitchen_q4_2014_cut.htm ends inside a table: the file may be truncated, and figures after it "
     "missing", True, True),
    ("allos.txt ends in the middle of a character: the file may be truncated", True, True),
    ("3 bytes of allos.txt could not be decoded as UTF-8 or Windows-1252 and show as \ufffd; figures next to "
     "them may be missing", True, False),
    ("a table has no column header that names a period; it was skipped", False, False),
    ("the balance sheet's total assets are missing their label", False, False),
])
def test_warnings_saying_figures_may_be_missing_are_told_apart(message: str, missing: bool, truncated: bool) -> None:
    release = core.parse_release((UI / CUT).read_bytes(), CUT)
    release = dataclasses.replace(release, warnings=(Diagnostic(message),))
    assert bool(missing_figure_warnings(release)) is missing
    assert (truncation(release) is not None) is truncated


def test_a_truncated_release_whose_checks_pass_is_not_called_healthy() -> None:
    release = parsed(CUT)
    assert len(release.checks) == 4 and not release.failed_checks
    at = run_page("overview", release)
    shown = badges(at)
    assert not any("All 4 checks pass" in b for b in shown), shown
    assert (":orange-badge[:material/warning: The 4 checks that ran pass, but the file may be cut short, and "
            "figures after it missing]") in shown


def test_the_waterfall_of_a_truncated_statement_says_it_is_cut_short_not_that_it_prints_no_lines() -> None:
    release = parsed(CUT)
    operations = release.statement("operations")
    assert operations is not None and cut_short(release, operations)
    said = texts(run_page("overview", release))
    assert "The statement is cut short (the file may be truncated), so no waterfall" in said
    assert "prints no lines between revenue and the net result" not in said
