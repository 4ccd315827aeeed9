"""Labels a browser review found wrong (round 729): a half-year's interim labelled as its second quarter, a short
name cut after "&", and a release's form named under some sidebar rows and not others."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

import core
from core.analysis.companies import period_said, time_order
from core.analysis.side_by_side import short_name
from core.model import FiscalPeriod
from pages._session import RELEASES
from tests.conftest import FIXTURES
from tests.page_runner import sidebar_app


def _read(path: str) -> core.Release:
    return core.parse_release((FIXTURES / path).read_bytes(), path.rsplit("/", 1)[-1])


@pytest.mark.parametrize(("fixture", "label", "end"), [
    # "Six months to 30 June 2005" beside "Year to 31 December 2004", no quarter printed: a British interim
    ("layouts/ifrs_pounds_thousands_column_units.txt", "H1 2005", date(2005, 6, 30)),
    # "Half-year 31 Dec 2009", no quarter: an Australian half-year, of the fiscal year ending June 30, 2010
    ("layouts/au_half_year_profit_for_the_half_year.txt", "H1 FY2010", date(2009, 12, 31)),
])
def test_a_release_of_six_months_and_no_quarter_is_labelled_its_half_year(fixture: str, label: str,
                                                                          end: date) -> None:
    release = _read(fixture)
    fiscal = release.metadata.fiscal_period
    assert fiscal is not None and fiscal.quarter == 2 and fiscal.end == end  # (its place in the year kept)
    assert fiscal.half and fiscal.label == label and period_said(release) == label


def test_three_and_six_months_keep_their_quarter() -> None:
    """Three and six months ended December 31, 2010: the quarter is printed, so the release reports it."""
    release = _read("fiscal_periods/three_and_six_months_ended_december_under_no_fiscal_year_named.txt")
    assert period_said(release) == "Q2 FY2011"
    assert release.metadata.fiscal_period is not None and not release.metadata.fiscal_period.half


def test_a_half_year_is_ordered_by_its_end_among_quarters() -> None:
    """Compare orders releases by the day they end, whatever their label."""
    half = _read("layouts/ifrs_pounds_thousands_column_units.txt")
    quarter = _read("fiscal_periods/three_and_six_months_ended_december_under_no_fiscal_year_named.txt")
    assert time_order([quarter, half]) == (half, quarter)
    assert FiscalPeriod(2, 2005, date(2005, 6, 30), half=True).label == "H1 2005"
    assert FiscalPeriod(2, 2005, date(2005, 6, 30)).label == "Q2 2005"


def test_a_short_name_never_ends_on_a_joining_word() -> None:
    """HOLLOWAY BOOK & GIFT CORPORATION's first three words had been Compare's "HOLLOWAY BOOK &"."""
    release = _read("fiscal_periods/fiscal_year_names_heading_a_year_ending_in_march.txt")
    assert release.metadata.company == "Holloway Book & Gift Corporation"  # (its capitals written as a name: UI-68)
    assert short_name(release) == "Holloway Book"


def test_every_loaded_release_names_its_form_under_it() -> None:
    """The sample (a text file) beside an HTML exhibit: each caption ends in its form, not only the forms of a
    release loaded twice."""
    name, data = core.load_sample()
    ashcombe = _read("layouts/uk_net_current_assets_liabilities_in_parentheses.htm")
    at = AppTest.from_function(sidebar_app, default_timeout=30)
    at.session_state[RELEASES] = {name: core.parse_release(data, name), ashcombe.name: ashcombe}
    at.run()
    assert not at.exception
    radio = at.sidebar.radio[0]
    assert list(radio.proto.captions) == [
        "Q2 2004 · text file · Allos Therapeutics, Inc\\.",  # (escaped: captions are Markdown)
        "H1 2021 · HTML exhibit · Ashcombe plc"]
