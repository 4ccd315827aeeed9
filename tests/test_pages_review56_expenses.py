"""UI-56, the Expenses page: a window worked out from printed ones is set apart from them.

GeoVax's Q3 2024 (tests/fixtures/text/geovax-labs_q3-2024_markdown.txt) prints its three and nine months to
September 30, 2024 and 2023; the six months to June 30 are the nine months less the quarter, for each year, and
nowhere printed. The page had given them a bold summary line, a tab and a table ranked like the printed windows,
only "(derived)" in their name saying otherwise. Now they come after the printed windows, under a rule, in an
expander saying "worked out as nine months less the quarter, not printed"."""

from __future__ import annotations

from pathlib import Path

from core.analysis.derived import compared_windows, derived_basis, fiscal_quarter, printed_and_derived
from core.analysis.structure import operations_statement
from core.parse import parse_release
from tests.page_runner import run_page

GEOVAX = Path(__file__).parent / "fixtures" / "text" / "geovax-labs_q3-2024_markdown.txt"


def test_the_derived_window_is_said_as_worked_out() -> None:
    release = parse_release(GEOVAX.read_bytes(), GEOVAX.name)
    operations = operations_statement(release)
    assert operations is not None
    printed, derived = printed_and_derived(compared_windows(operations, fiscal_quarter(release)))
    assert [w.name for w in printed] == ["Quarter", "Nine months"]
    assert [w.name for w in derived] == ["Six months to Jun 30, 2024 (derived)"]
    assert derived_basis(derived[0]) == "nine months less the quarter"


def test_the_page_sets_the_derived_window_after_the_printed_ones() -> None:
    at = run_page("expenses", parse_release(GEOVAX.read_bytes(), GEOVAX.name))
    # the tabs and bold summary lines are the printed windows' only
    assert [tab.label for tab in at.tabs] == ["Quarter", "Nine months"]
    summaries = [m.value for m in at.markdown if " moved most: " in m.value]
    assert [line.split(":**")[0] for line in summaries if line.startswith("**")] == ["**Quarter", "**Nine months"]
    # the derived window in its own expander, after a rule, said as worked out
    assert [e.label for e in at.expander if "derived" in e.label] == [
        "Six months to Jun 30, 2024 (derived): worked out as nine months less the quarter, not printed"]
    assert len(at.divider) == 1
    mine = next(e for e in at.expander if "worked out as" in e.label)
    inside = [m.value for m in mine.markdown]
    assert inside[0].startswith("*Total Operating expenses* rose by")  # its summary, no bold window name
    assert any(line.startswith("**Six months to Jun 30, 2024 (derived): each line") for line in inside)
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Not a figure the release prints: each year's nine months less the quarter "
                            "(9M to Sep 30, 2024 less 3M to Sep 30, 2024") for c in captions)
