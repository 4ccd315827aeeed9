"""Every download carries what the checks say of each figure, so an exported figure the checks cannot vouch
for is not exact-looking either.

Saddlebrook Outfitters with last year's cost of sales misprinted (25,912 where net sales of 37,220 less it
make a gross profit of 11,308, not the 11,318 printed): its quarter ended Aug. 3, 1996 fails the gross profit
check, the quarter ended Aug. 2, 1997 passes it; "Selling, general and administrative 10,944" no check speaks
of.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pandas as pd
import pytest

import core
from core.analysis.series import company_series
from core.analysis.side_by_side import side_by_side
from core.charts.side_by_side import comparison_numbers
from core.comparison_frames import series_frame, side_by_side_frame
from pages._downloads import tables_xlsx

UI = Path(__file__).parent / "fixtures" / "ui"
NAME = "retailer_cost_of_sales_misprinted_last_year.txt"


@pytest.fixture(scope="module")
def saddlebrook() -> core.Release:
    return core.parse_release((UI / NAME).read_bytes(), NAME)


@pytest.fixture(scope="module")
def unchecked() -> core.Release:
    """The same statement without its misprint, its operating result and its pre-tax result (the costs go
    straight to the taxes): no check speaks of SG&A."""
    name = "retailer_expenses_no_total_or_sentence_speaks_of.txt"
    return core.parse_release((UI / name).read_bytes(), name)


def test_the_series_download_says_each_figure_s_checks(saddlebrook: core.Release, unchecked: core.Release) -> None:
    frame = series_frame(company_series([saddlebrook]))
    quarters = frame[(frame["line"] == "revenue") & (frame["months"] == 3)].set_index("period_end")
    assert quarters.loc["1997-08-02", "value"] == 41_806_000
    assert quarters.loc["1997-08-02", "checks"] == "verified"
    assert quarters.loc["1996-08-03", "value"] == 37_220_000
    assert quarters.loc["1996-08-03", "checks"] == "failed"
    frame = series_frame(company_series([unchecked]))
    sga = frame[(frame["line"] == "selling_general_administrative") & (frame["period_end"] == "1997-08-02")]
    assert list(sga["value"]) == [10_944_000, 21_880_000]
    assert set(sga["checks"]) == {"unchecked"}


def test_the_side_by_side_downloads_say_each_company_s_checks(unchecked: core.Release) -> None:
    comparison = side_by_side([unchecked])
    facts = side_by_side_frame(comparison).set_index("line")
    assert facts.loc["selling_general_administrative", "value"] == 10_944_000
    assert facts.loc["selling_general_administrative", "checks"] == "unchecked"
    assert facts.loc["revenue", "checks"] == "verified"
    numbers = comparison_numbers(comparison, "amount").set_index("Line")
    heading = comparison.columns[0].heading
    assert numbers.loc["Selling, general and administrative", heading] == 10_944
    assert numbers.loc["Selling, general and administrative", f"{heading} \u00b7 checks"] == "unchecked"


def test_the_tables_workbook_says_each_figure_s_checks(saddlebrook: core.Release) -> None:
    sheets = pd.read_excel(io.BytesIO(tables_xlsx(saddlebrook)), sheet_name=None)
    operations = sheets["1 Operations"].set_index("label")
    this_year, last_year = (c for c in operations.columns if c.endswith("checks") and "Qtr" in c)
    assert operations.loc["Net sales", this_year] == "verified"
    assert operations.loc["Net sales", last_year] == "failed"
    # gross profit less the expense lines is the operating result: that check vouches for SG&A
    assert operations.loc["Selling, general and administrative", this_year] == "verified"


def test_the_tables_workbook_shows_each_figure_as_printed_with_its_unit() -> None:
    """Nephros prints "Income tax expense (15)" and "Total other expense: 47 (5) 83 18" (in thousands). The
    facts keep their concepts' signs (a tax expense of 15,000, other income of 47,000); the workbook shows the
    release's own, "(15)" as -15,000 and "47" as 47,000. It had turned the other expense to -47,000 by its words
    and left the tax as stored, one sheet signing two lines two ways (UI-32). Each row says what it counts."""
    path = Path(__file__).parent / "fixtures" / "text" / "nephros_q4-2024_markdown-flattened.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    facts = core.facts_frame(release)
    quarter = facts[(facts["period_end"] == "2024-12-31") & (facts["months"] == 3)].set_index("concept")
    assert (quarter.loc["income_tax", "value"], quarter.loc["nonoperating_income", "value"]) == (15_000, 47_000)
    sheets = pd.read_excel(io.BytesIO(tables_xlsx(release)), sheet_name=None)
    (operations,) = [sheet.set_index("label") for name, sheet in sheets.items() if "Operations" in name]
    quarters = [c for c in operations.columns if "2024" in str(c) and "checks" not in str(c)]
    assert operations.loc["Income tax expense", quarters[0]] == -15_000
    assert operations.loc["Total other expense", quarters].tolist() == [47_000, 83_000]
    assert operations.loc["Income tax expense", "unit"] == "USD (full amount)"
    per_share = operations[operations["unit"] == "USD per share"]
    assert len(per_share) >= 1 and set(per_share["section"]) != {""}


def test_a_workbooks_sheets_are_named_for_their_tables_not_the_company() -> None:
    """Utility highlights first, then the analysis, each under the company's name ("Sierra Valley Power &
    Light Company" over "Financial Highlights"): the sheets and warnings had been named for the company twice;
    a sheet name leaves out asides such as "(In Millions)" (UI-32: "2 Table - Corvane Specialty Che")."""
    from pages._downloads import sheet_names

    path = Path(__file__).parent / "fixtures" / "layouts" / (
        "utility_highlights_first_with_the_same_count_of_lines_as_its_analysis.txt")
    release = core.parse_release(path.read_bytes(), path.name)
    titles = [statement.title for statement in release.statements]
    assert (titles[0], titles[2]) == ("Financial Highlights", "Consolidated Earnings Analysis")
    segments = dataclasses.replace(release.statements[0], kind="other", title="Segment Information (Unaudited)")
    named = sheet_names(dataclasses.replace(release, statements=(segments, *release.statements[1:])))
    assert named[0] == "1 Segment Information"


@pytest.mark.parametrize(("title", "name"), [
    ("Non-GAAP Reconciliation of Net Income to Adjusted EBITDA", "5 Non-GAAP Reconciliation of\u2026"),
    ("Loan Growth by Type, Excluding Acquired Loans", "5 Loan Growth by Type\u2026"),
    ("Average Balance Sheets", "5 Average Balance Sheets"),
    ("", "5 Table"),
    ("ORACLE CORPORATION", "5 Table"),  # the company's name alone says nothing of the table (UI-35)
])
def test_a_sheet_is_named_for_its_table_in_whole_words(title: str, name: str) -> None:
    """UI-34: Horizon Bancorp's sheets had been cut mid-word at Excel's 31 characters ("5 Table - Non-GAAP
    Reconciliati", "8 Table - Loan Growth by Type,")."""
    from pages._downloads import sheet_names

    path = Path(__file__).parent / "fixtures" / "text" / "allos_q2_2004.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    first = release.statements[0]
    other = dataclasses.replace(first, kind="other", title=title)
    named = sheet_names(dataclasses.replace(release, statements=(first, first, first, first, other)))
    assert named[4] == name and len(name) <= 31
