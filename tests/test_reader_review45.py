"""What the reader read wrong in releases a browser review uploaded (UI-45): a row's name glued to the heading
over it, and release dates printed on a release line or dated by the submission that carried the release.

Figures and dates checked by hand against the releases."""

from __future__ import annotations

from datetime import date

from core.analysis.series import company_series
from core.comparison_frames import releases_frame
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read

SOUTHERN = FIXTURES / "edgar" / "southern-company_q4-fy2006.txt"
BUCKLE_HTML = FIXTURES / "html" / "buckle_q3-fy2024.htm"
BUCKLE_PDF = FIXTURES / "pdf" / "buckle_q3-fy2024.pdf"
APPLE_SUBMISSION = FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt"


def test_a_row_under_a_heading_ending_in_a_dash_is_named_as_printed() -> None:
    """Southern Company FY2006's earnings analysis prints "Income Account-", a blank line, then "Retail Revenue
    $2,505 $2,669 ... $11,801 $11,165": the heading with a dash where others print a colon. The row had been
    named "Income Account- Retail Revenue"; it is "Retail Revenue" under the heading "Income Account"."""
    release = read(SOUTHERN)
    retail = [item for statement in release.statements for item in statement.items
              if "Retail Revenue" in item.label]
    assert [(item.label, item.section) for item in retail] == [("Retail Revenue", "Income Account")]
    assert [int(value or 0) for value in retail[0].values] == [2_505_000_000, 2_669_000_000, 11_801_000_000,
                                                                  11_165_000_000]


def test_the_release_date_is_read_from_a_for_immediate_release_line() -> None:
    """Buckle Q3 FY2024 prints no dateline; its letterhead reads "For Immediate Release: November 22, 2024   web:
    www.buckle.com" (as HTML and as PDF). The release date had been left empty."""
    assert read(BUCKLE_HTML).metadata.release_date == date(2024, 11, 22)
    assert read(BUCKLE_PDF).metadata.release_date == date(2024, 11, 22)


def test_a_submissions_release_without_a_date_is_dated_by_its_8k() -> None:
    """Apple's Q1 FY2024 EX-99.1 names no day ("Apple today announced"); the 8-K that carries it reports
    "February 1, 2024 / Date of Report (Date of earliest event reported)" and its header "CONFORMED PERIOD OF
    REPORT: 20240201", "FILED AS OF DATE: 20240201", after the quarter ended December 30, 2023. Compare's
    "Released" column had been blank for it."""
    release = read(APPLE_SUBMISSION)
    assert release.metadata.form_type == "8-K"
    assert release.metadata.release_date == date(2024, 2, 1)
    frame = releases_frame(company_series([release]))
    assert list(frame["Released"]) == ["2024-02-01"]



def test_a_utilitys_overview_by_subsidiary_is_read_under_its_headings_each_net_result_its_own() -> None:
    """Southern Company's Q4 2004 financial overview (exhibit 99.06) prints "Consolidated -", then "Operating
    Revenues $2,721 $2,520 ... $11,903 $11,186", "Net Income As Reported (See Note) 204 125 ... 1,532 1,474", and
    the same lines again under "Alabama Power -", "Georgia Power -" and five more subsidiaries. Each heading had
    been glued onto its first row ("Consolidated - Operating Revenues") and the exhibit refused. Read under its
    headings, the company's net income is the consolidated one, and Alabama Power's "Net Income Available to
    Common" of 66 is the subsidiary's, not the company's."""
    release = read(FIXTURES / "ui" / "utility_financial_overview_by_subsidiary_southern_q4_2004.txt")
    operations = release.statement("operations")
    assert operations is not None
    first = operations.items[0]
    assert (first.label, first.section) == ("Operating Revenues", "Consolidated")
    assert [int(v or 0) for v in first.values] == [2_721_000_000, 2_520_000_000, 11_903_000_000, 11_186_000_000]
    net = operations.item("net_income")
    assert net is not None and net.section == "Consolidated"
    assert [int(v or 0) for v in net.values] == [204_000_000, 125_000_000, 1_532_000_000, 1_474_000_000]
    assert operations.item("net_income_to_common") is None
    alabama = [item for item in operations.items if item.section == "Alabama Power"]
    assert [item.label for item in alabama] == ["Operating Revenues", "Earnings Before Income Taxes",
                                               "Net Income Available to Common"]
    assert [int(v or 0) for v in alabama[-1].values] == [66_000_000, 58_000_000, 481_000_000, 473_000_000]
