"""Browser review 66's findings, mended in UI-68: a release's period and form before its company wherever a phone cuts
a label's end (the library's rows, its "Stored release" picker, the loaded releases' captions, Compare's menu), and
the form named in Compare's "Releases in the series" too. (Names in capitals: test_company_names_in_capitals.py.)"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import core
from core.analysis.companies import release_label
from core.analysis.series import company_series
from core.comparison_frames import releases_frame, releases_stacked
from core.library import Entry
from pages._sidebar import told_apart

FIXTURES = Path(__file__).parent / "fixtures"


def _read(path: Path) -> core.Release:
    return core.parse_release(path.read_bytes(), path.name)


def _entry(sha: str, name: str, form: str, company: str, period: str) -> Entry:
    return Entry(sha256=sha, name=name, size=1, format=form, parser_version=core.PARSER_VERSION, company=company,
                 ticker="", exchange="", fiscal_period=period, period_end=None, release_date=None,
                 loaded_at=datetime(2026, 12, 7, tzinfo=UTC))


@pytest.mark.parametrize(("company", "period", "form", "label"), [
    ("Kronberg Maschinenbau AG", "Q2 2008", "html", "Q2 2008 · HTML exhibit · Kronberg Maschinenbau AG"),
    ("Apple Computer, Inc.", "Q3 FY2004", "edgar", "Q3 FY2004 · EDGAR submission · Apple Computer, Inc."),
    ("Allos Therapeutics, Inc.", "Q2 2004", "text", "Q2 2004 · text file · Allos Therapeutics, Inc."),
    ("Southern Cross Logistics Limited", "", "pdf", "PDF · Southern Cross Logistics Limited"),
    ("", "H1 2008", "text", "H1 2008 · text file"),
])
def test_a_release_is_labelled_by_its_period_and_form_before_its_company(company: str, period: str, form: str,
                                                                         label: str) -> None:
    """At 390 px the library's rows had read "Kronberg Maschinenbau AG · Q2 2", the form cut off: the words telling
    two of one company's files apart come first, so a cut falls on the company's name."""
    assert release_label(company, period, form) == label


def test_the_librarys_rows_and_picker_put_period_and_form_first_and_a_repeated_title_its_file_name() -> None:
    """Apple's Q3 FY2004 as its HTML exhibit and its EDGAR submission, and two text files of one title: the period
    and form lead every row; where they and the company repeat, the file name comes before the company."""
    stored = [_entry("a", "apple.htm", "html", "Apple Computer, Inc.", "Q3 FY2004"),
              _entry("b", "apple.txt", "edgar", "Apple Computer, Inc.", "Q3 FY2004"),
              _entry("c", "allos.txt", "text", "Allos Therapeutics, Inc.", "Q2 2004"),
              _entry("d", "allos (2).txt", "text", "Allos Therapeutics, Inc.", "Q2 2004"),
              _entry("e", "notes.txt", "text", "", "")]
    assert told_apart(stored) == {
        "a": "Q3 FY2004 · HTML exhibit · Apple Computer, Inc.",
        "b": "Q3 FY2004 · EDGAR submission · Apple Computer, Inc.",
        "c": "Q2 2004 · text file · allos.txt · Allos Therapeutics, Inc.",
        "d": "Q2 2004 · text file · allos (2).txt · Allos Therapeutics, Inc.",
        "e": "text file · notes.txt",
    }


def test_the_series_table_names_each_releases_form_as_the_sidebar_does() -> None:
    """Apple's Q3 FY2004 as tests/fixtures/html/apple-computer_q3-fy2004.htm and as its whole EDGAR submission:
    Compare's "Releases in the series" had listed the two rows by file name alone, the sidebar naming their forms."""
    html = _read(FIXTURES / "html" / "apple-computer_q3-fy2004.htm")
    edgar = _read(FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt")
    frame = releases_frame(company_series([html, edgar]))
    assert frame[["File", "Period", "Form"]].values.tolist() == [
        ["apple-computer_q3-fy2004.htm", "Q3 FY2004", "HTML exhibit"],
        ["apple-computer_q3-fy2004.txt", "Q3 FY2004", "EDGAR submission"]]
    assert releases_stacked(frame) == [
        "Q3 FY2004 · HTML exhibit, to Jun 26, 2004, released Jul 14, 2004: apple-computer_q3-fy2004.htm (this session)",
        "Q3 FY2004 · EDGAR submission, to Jun 26, 2004, released Jul 14, 2004: apple-computer_q3-fy2004.txt "
        "(this session)"]
