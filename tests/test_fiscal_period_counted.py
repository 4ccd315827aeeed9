"""The fiscal period of a release whose words name no quarter, told by its columns (round 732).

Each fixture is an invented release whose narrative names no quarter and no fiscal year: the quarter is what
its columns count (a year to date, a sixteen-week first quarter, the balance sheet's year-end day), the year
what their heads name or else the year it ends in; a lone quarter nothing places in its year gets no period,
where the calendar's quarter of its day had been shown as fact.
"""

from __future__ import annotations

from datetime import date

import pytest

import core
from core.analysis.companies import period_said
from core.analysis.series import company_series
from core.comparison_frames import releases_frame
from tests.conftest import FIXTURES


@pytest.mark.parametrize(("fixture", "label", "quarter", "year", "end"), [
    # sixteen weeks ended April 22, 2001, alone: a first quarter of a 16-12-12-12-week year (had been "Q2")
    ("sixteen_weeks_alone_under_no_words_naming_the_quarter.txt", "Q1 FY2001", 1, 2001, date(2001, 4, 22)),
    # "Fiscal Year 2007" over the 52 weeks ended March 1, 2008: the heads' name, not the calendar's 2008
    ("fiscal_year_names_heading_a_year_ending_in_march.txt", "Q4 FY2007", 4, 2007, date(2008, 3, 1)),
    # three and six months ended December 31, 2010: the second quarter of the year ending June 30, 2011
    ("three_and_six_months_ended_december_under_no_fiscal_year_named.txt", "Q2 FY2011", 2, 2011,
     date(2010, 12, 31)),
    # a lone quarter ended June 30, 2006 beside a balance sheet at September 30, 2005: three quarters since
    # the fiscal year's end, the third (the calendar's second had been guessed)
    ("lone_quarter_beside_a_balance_sheet_at_the_fiscal_years_end.txt", "Q3 FY2006", 3, 2006, date(2006, 6, 30)),
    # "FY19" over the year ended January 31, 2019: the heads' name ("Q4 FY2018", the name a retailer's year
    # ending then would have, had been shown: the pattern finding "FY" held a backspace for its "\b")
    ("fiscal_year_heads_fy19_beside_a_quarter_ending_in_january.htm", "Q4 FY2019", 4, 2019, date(2019, 1, 31)),
])  # fmt: skip
def test_the_quarter_and_year_are_those_the_columns_count(fixture: str, label: str, quarter: int, year: int,
                                                          end: date) -> None:
    path = FIXTURES / "fiscal_periods" / fixture
    release = core.parse_release(path.read_bytes(), path.name)
    fiscal = release.metadata.fiscal_period
    assert fiscal is not None and (fiscal.label, fiscal.quarter, fiscal.year, fiscal.end) == (label, quarter, year,
                                                                                              end)
    assert all(check.passed for check in release.checks)  # the figures were read as printed (they cross-foot)


def test_a_lone_quarter_nothing_places_in_its_year_gets_no_fiscal_period() -> None:
    """Thirteen weeks ended October 30, 2010 beside the year before's, no year to date, no balance sheet, no
    words naming the quarter: its place in the fiscal year is unknown (a retailer's third quarter, likely),
    so no quarter is shown ("Q4 2010" had been), and the pages name the period by its day."""
    path = FIXTURES / "fiscal_periods" / "lone_thirteen_weeks_under_no_words_naming_the_quarter.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    net_income = operations.item("net_income")
    assert net_income is not None and [int(value) for value in net_income.values] == [2_800_000, 2_200_000]
    assert release.metadata.fiscal_period is None
    assert period_said(release) == "period ended Oct 30, 2010"


def test_the_series_table_names_a_lone_quarter_by_its_last_day() -> None:
    """Compare's "Releases in the series" table names such a release as the sidebar does, never a blank cell
    (browser review UI-65)."""
    path = FIXTURES / "fiscal_periods" / "lone_thirteen_weeks_under_no_words_naming_the_quarter.txt"
    frame = releases_frame(company_series([core.parse_release(path.read_bytes(), path.name)]))
    assert frame[["Period", "Period end"]].values.tolist() == [["period ended Oct 30, 2010", "2010-10-30"]]
