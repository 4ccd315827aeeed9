"""What the third browser review of the pages found, each mend asserted on the release it was seen with.

Releases named here were invented by the testers; their files are in tests/fixtures/ui.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import core
from core.analysis.completeness import cut_short, missing_figure_warnings, truncation
from core.model import Diagnostic, Release
from pages._markdown import unescape
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
    ("a table has no column whose header says both when its period ended; it was skipped", False, False),
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


# --- 2. releases years apart side by side are warned of by name ------------------------------------------

BRENLOW = "medical_devices_q1_2011_brenlow.txt"
MERIDALE = "staffing_q1_2015_cash_equivalents_only_meridale.htm"


def test_side_by_side_warns_by_name_of_quarters_four_years_apart() -> None:
    from tests.test_compare_page import run_compare

    loaded = {name: parsed(name) for name in (BRENLOW, MERIDALE)}
    at = run_compare(loaded)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert not at.exception
    assert [unescape(w.value) for w in at.warning if "apart" in w.value] == [
        "MDSS's quarter ends Mar 29, 2015; BRNL's Mar 31, 2011: four years apart. Prices, rates and the economy "
        "differ between them too."]
    assert not any("same length ending on different dates" in c.value for c in at.caption)


def test_period_ends_within_a_year_or_a_53_week_quarter_later_are_not_called_far_apart() -> None:
    from datetime import date

    from core.analysis.period_gap import far_apart_note
    from core.model import Period

    quarter = Period(date(2015, 3, 29), 3)
    assert far_apart_note([("A", quarter), ("B", Period(date(2014, 3, 30), 3))]) == ""  # 364 days
    assert far_apart_note([("A", quarter), ("B", Period(date(2014, 3, 23), 3))]) == ""  # 371: a 53-week year
    assert far_apart_note([("Hollis", Period(date(2011, 9, 30), 12)), ("B", Period(date(2009, 9, 30), 12))]) == (
        "Hollis' year ends Sep 30, 2011; B's Sep 30, 2009: two years apart.")
    assert far_apart_note([("A", quarter), ("B", None)]) == ""


# --- 3. cash named for what the balance sheet prints --------------------------------------------------------

VERADINE = "biotech_cash_equivalents_only_veradine_q2_2009.pdf"
PENNWICK = "semiconductor_cash_equivalents_only_pennwick_q3_2021.pdf"


def test_the_cash_page_names_a_fall_in_cash_and_cash_equivalents_for_what_the_sheet_prints() -> None:
    # the fall in cash (44,883 to 37,424 thousand over six months, 1,243.2 a month) is faster than operations'
    # 517 a month and 619.5 with its equipment, so it is the burn (UI-41), shown first under the burn's name
    at = run_page("cash", parsed(VERADINE))
    names = [m.label for m in at.metric]
    assert names[0] == "Cash burn per month", names
    assert not any("cash and investments" in name.lower() for name in names)
    said = texts(at)
    assert "Estimate: cash and cash equivalents fell from Dec 31, 2008 to Jun 30, 2009" in said
    assert "Runway = latest cash and cash equivalents ÷ monthly burn;" in said
    assert "cash and investments" not in said.lower()


def test_the_memo_row_of_cash_is_named_as_the_releases_print_it() -> None:
    from tests.test_compare_page import run_compare

    loaded = {name: parsed(name) for name in (MERIDALE, PENNWICK)}
    at = run_compare(loaded)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    memo = next(d.value for d in at.dataframe if "Metric" in d.value.columns)
    assert "Cash and cash equivalents" in set(memo["Metric"])
    assert "Cash and investments" not in set(memo["Metric"])


# --- 4. the runway card says which estimate it stands on ---------------------------------------------------


def test_the_runway_card_says_which_pace_it_is_at() -> None:
    at = run_page("overview", parsed(VERADINE))
    cards = {m.label: m.value for m in at.metric}
    # cash and cash equivalents fell from 44,883 to 37,424 thousand over the six months to June 30, 2009, faster
    # than its operations' (3,102) (UI-41: the faster fall is the burn): 37,424 / 1,243.2 = 30.1 months
    assert cards["Runway"] == "30.1 months"
    assert "At the pace cash fell over the 6 months to Jun 30, 2009\\." in [c.value for c in at.caption]


def test_a_cut_files_per_share_page_says_the_figures_may_lie_past_the_cut() -> None:
    """The cut restaurant release stops after its General and administrative row: its per-share lines were
    never reached, though its lead quotes them; the page says the file may be cut short, not that the release
    has none."""
    at = run_page("per_share", parsed(CUT))
    assert [unescape(i.value) for i in at.info] == [
        "No per-share figures were read: the file may be cut short before them (see the warning above)."]
    assert "Line numbers are those of the HTML as set out in text." in [
        unescape(c.value) for c in run_page("data", parsed(CUT)).caption]


@pytest.mark.parametrize(("name", "basis", "said"), [
    # "Fourteen Weeks Ended July 8, 2006" / "Twenty-Seven Weeks Ended July 8, 2006" beside Allos' three and six
    # months to June 30, 2004
    ("fourteen_and_twenty_seven_weeks_stacked_over_their_dates.txt", "quarter",
     "NHOL's quarter counts 14 weeks, the others' 13 weeks or three months"),
    ("fourteen_and_twenty_seven_weeks_stacked_over_their_dates.txt", "year_to_date",
     "NHOL's half year counts 27 weeks, the others' 26 weeks or six months"),
    # "Fourth Quarter 1998 (14 weeks)": a 53-week year's quarter; its year beside six months is another length,
    # which the page says apart
    ("fifty_three_week_year_prior_quarter_dated_as_stated.txt", "quarter",
     "HLCI's quarter counts 14 weeks, the others' 13 weeks or three months"),
    ("fifty_three_week_year_prior_quarter_dated_as_stated.txt", "year_to_date", ""),
])
def test_side_by_side_says_a_column_counts_a_week_more(name: str, basis: str, said: str) -> None:
    """A 14-week quarter beside a 3-month one (UI-21: Compare had said nothing, though each total holds a
    week more): the columns' table says so in words naming the company."""
    from core.analysis.side_by_side import side_by_side

    layouts = Path(__file__).parent / "fixtures" / "layouts"
    allos = Path(__file__).parent / "fixtures" / "text" / "allos_q2_2004.txt"
    releases = [core.parse_release(path.read_bytes(), path.name) for path in (layouts / name, allos)]
    note = side_by_side(releases, basis).weeks_note  # type: ignore[arg-type]
    assert note.startswith(said) if said else note == ""
    assert side_by_side(releases[1:] * 2, basis).weeks_note == ""  # type: ignore[arg-type]
