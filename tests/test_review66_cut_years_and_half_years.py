"""What browser review 66 found wrong for a user: a release cut under a statement's last row loading as whole, a
year's results labelled as its fourth quarter, half-year releases said to "have no statement lines" over time,
side by side starting on a quarter no release prints, and "Resources's"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from streamlit.testing.v1 import AppTest

import core
from core.analysis.companies import period_said, time_order
from core.analysis.completeness import cut_short, truncation
from core.analysis.metrics import standard_metrics
from core.analysis.side_by_side import basis_printed
from core.charts.memo import less_the_cost_said
from core.charts.over_time import nothing_drawn_said, over_time
from core.formatting import possessive
from core.model import Diagnostic, FiscalPeriod, Release, SourceSpan
from pages._session import RELEASES
from tests.conftest import FIXTURES
from tests.page_runner import PAGES, run_page

LAYOUTS = FIXTURES / "layouts"
ALLOS_CUT = ("The file ends inside the statement of operations (line 109): the release looks cut; figures after it "
             "are missing")


def _read(path: str) -> Release:
    return core.parse_release((FIXTURES / path).read_bytes(), path.rsplit("/", 1)[-1])


def _sample_lines(count: int) -> Release:
    """The bundled Allos sample's first `count` lines, each with its line end (a file cut as `head -n` cuts)."""
    name, data = core.load_sample()
    kept = b"".join(data.splitlines(keepends=True)[:count])
    return core.parse_release(kept, f"cut_{name}")


# --- 1. a file ending on a row's label under a statement's last row of figures -------------------------------------

def test_a_release_stopping_on_a_label_under_its_operating_loss_is_said_cut_there() -> None:
    """UI-66: the sample's first 109 lines end on "Interest and other", a label whose figures never came, right
    under "Loss from operations (7,262) (12,048) (12,546) (19,553)": no net loss is printed. It had loaded with
    "All 8 checks pass" and no word of the cut."""
    release = _sample_lines(109)
    assert release.lines[107].split()[:3] == ["Loss", "from", "operations"]
    assert release.lines[108].strip() == "Interest and other"
    operations = release.statement("operations")
    assert operations is not None and operations.item("net_income") is None
    loss = operations.item("operating_income")
    assert loss is not None and loss.values == (Decimal(-7_262_000), Decimal(-12_048_000), Decimal(-12_546_000),
                                                Decimal(-19_553_000))  # what was read is kept
    assert [w for w in release.warnings if "cut" in w.message] == [
        Diagnostic(ALLOS_CUT, span=SourceSpan(109, 109), table=operations.name)]
    assert truncation(release) is not None and cut_short(release, operations)
    assert len(release.checks) == 8 and not release.failed_checks
    badges = [m.value for m in run_page("overview", release).markdown if "badge[" in m.value]
    assert not any("All 8 checks pass" in b for b in badges), badges
    assert any("checks that ran pass, but the file may be cut short" in b for b in badges), badges


@pytest.mark.parametrize("count", [108, 158])
def test_an_excerpt_ending_on_its_result_and_the_whole_sample_are_no_cut(count: int) -> None:
    """Ending on "Loss from operations" with nothing under it is an excerpt's close (tests/test_cut_at_a_line_end);
    the whole sample ends on its prose."""
    release = _sample_lines(count)
    assert truncation(release) is None
    assert not [w for w in release.warnings if "looks cut" in w.message]


def test_a_whole_net_assets_sheet_ending_the_file_is_not_said_cut() -> None:
    release = _read("layouts/uk_net_assets_sheet_ending_the_file.htm")
    assert truncation(release) is None and release.warnings == ()


# --- 3. a year's results printing twelve months only: "FY 2014" -------------------------------------------------

def test_a_years_results_printing_only_twelve_months_is_labelled_its_fiscal_year() -> None:
    """"PRELIMINARY RESULTS FOR THE YEAR ENDED 31 DECEMBER 2014", columns 2014 and 2013 of twelve months: had
    been "Q4 2014" everywhere. Its quarter stays 4 and its day Dec 31, 2014; the facts are unchanged."""
    release = _read("layouts/uk_results_eps_in_pence_as_a_word.txt")
    fiscal = release.metadata.fiscal_period
    assert fiscal == FiscalPeriod(4, 2014, date(2014, 12, 31), whole_year=True)
    assert fiscal.label == "FY 2014" and period_said(release) == "FY 2014"
    operations = release.statement("operations")
    assert operations is not None and {p.months for p in operations.periods} == {12}
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(412_000_000), Decimal(398_500_000))


@pytest.mark.parametrize(("fixture", "label"), [
    ("fiscal_periods/fiscal_year_names_heading_a_year_ending_in_march.txt", "Q4 FY2007"),
    ("fiscal_periods/fiscal_year_heads_fy19_beside_a_quarter_ending_in_january.htm", "Q4 FY2019"),
])
def test_a_fourth_quarter_printing_its_three_months_stays_q4(fixture: str, label: str) -> None:
    release = _read(fixture)
    fiscal = release.metadata.fiscal_period
    assert fiscal is not None and not fiscal.whole_year and fiscal.label == label


def test_a_year_is_ordered_by_its_day_among_quarters() -> None:
    year = _read("layouts/uk_results_eps_in_pence_as_a_word.txt")  # to Dec 31, 2014
    half = _read("layouts/au_half_year_profit_for_the_half_year.txt")  # to Dec 31, 2009
    assert time_order([year, half]) == (half, year)


# --- 2. half-year releases over time: what they print, and where they are compared ------------------------------

HALF_YEARS = ("layouts/au_half_year_profit_for_the_half_year.txt",
              "layouts/au_half_year_profit_after_income_tax_owners_share.txt")


def test_half_years_over_time_say_what_they_print_never_no_lines() -> None:
    releases = [_read(path) for path in HALF_YEARS]
    assert [period_said(r) for r in releases] == ["H1 FY2010", "H1 FY2019"]
    assert over_time(releases).charts == {}
    said = nothing_drawn_said(releases)
    assert said.startswith("These releases print six-month columns and no quarter (H1 FY2010 and H1 FY2019): the "
                           "charts over time draw each line's quarters")
    assert "Their six-month figures are compared in Companies side by side" in said
    one = nothing_drawn_said(releases[:1])
    assert one.startswith("This release prints six-month columns and no quarter (H1 FY2010)")
    assert "Its six-month figures" in one


def test_the_compare_page_says_it_of_a_half_years_company() -> None:
    """Billabong Creek Resources' two half-years, grouped as one company (UI-66's billa_compare)."""
    loaded = {r.name: r for r in map(_read, HALF_YEARS)}
    at = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=60)
    at.session_state[RELEASES] = loaded
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    infos = [i.value for i in at.info]
    assert not any("no statement lines" in i for i in infos), infos
    assert any(i.startswith("These releases print six-month columns and no quarter") for i in infos), infos


# --- 4. side by side starts on the period every chosen release prints -------------------------------------------

def test_side_by_side_starts_on_the_year_to_date_where_a_release_prints_no_quarter(allos: Release) -> None:
    half, year = _read(HALF_YEARS[0]), _read("layouts/uk_results_eps_in_pence_as_a_word.txt")
    assert basis_printed([half, year]) == "year_to_date"
    assert basis_printed([allos, half]) == "year_to_date"
    assert basis_printed([allos, _read("fiscal_periods/fiscal_year_names_heading_a_year_ending_in_march.txt")]) \
        == "quarter"


def test_the_side_by_side_page_starts_on_latest_year_to_date_for_half_years_and_years() -> None:
    loaded = {r.name: r for r in (_read(HALF_YEARS[0]), _read("layouts/uk_results_eps_in_pence_as_a_word.txt"))}
    at = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=60)
    at.session_state[RELEASES] = loaded
    at.run()
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.radio(key="compare_basis").value == "year_to_date"
    periods = next(d.value for d in at.dataframe if "Statement of operations covers" in d.value)
    assert sorted(periods["Statement of operations covers"]) == ["12M to Dec 31, 2014", "6M to Dec 31, 2009"]
    # the reader's own choice stands while the picks stay
    at.radio(key="compare_basis").set_value("quarter").run()
    assert at.radio(key="compare_basis").value == "quarter"


# --- a name ending in "s" ------------------------------------------------------------------------------------------

def test_a_possessive_of_a_name_ending_in_s_takes_an_apostrophe_alone() -> None:
    assert possessive("Billabong Creek Resources") == "Billabong Creek Resources'"
    assert possessive("Ashcombe plc") == "Ashcombe plc's"


def test_side_by_sides_note_names_billabong_creek_resources_with_an_apostrophe_alone() -> None:
    """UI-66's uk_sbs: "Billabong Creek Resources's Costs and expenses (the lines added up)"."""
    releases = [_read("layouts/au_half_year_profit_after_income_tax_owners_share.txt"),
                _read("layouts/uk_interim_eps_in_pence_glued.txt")]
    said = less_the_cost_said([standard_metrics(r, "year_to_date") for r in releases])
    assert said.startswith("Billabong Creek Resources' Costs and expenses (the lines added up), A$790 million, less "
                           "\"Cost of sales\", A$610 million, is A$180 million; Lindenford Holdings plc's Costs")
    assert "Resources's" not in said
