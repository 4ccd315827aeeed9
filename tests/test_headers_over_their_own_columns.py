"""Each column gets exactly the header words printed over it (rounds 711 and 712, invented releases in
tests/fixtures/layouts, every table cross-footed by hand).

A wide HTML cell ("2018 As Adjusted") that the layout lifts onto a line of its own above the years keeps its
column; a "1997" stacked over "Combined" in a text table dates neither the reported "1997" column beside it
nor takes the line of years under it for a row; a short "GAAP" centred over its two columns heads both. The
qualified column's header carries its qualifier, the plain column's none, and each column's figures are its own
(which of two columns of one period a statement keeps is core.statements.columns' choice, not tested here).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.tables.find import find_tables
from core.tables.lines import LineKind, classify
from core.vocabulary import GROUP_VERSION_HEAD

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _headers(name: str) -> tuple[str, ...]:
    """The column headers of the release's first table, as the reader assembled them from the lines it read."""
    path = LAYOUTS / name
    release = core.parse_release(path.read_bytes(), path.name)
    return find_tables(release.lines)[0].column_headers


def _facts(name: str) -> list[dict[str, str]]:
    """Every fact of every column, checked or not, with the header its column was read under."""
    path = LAYOUTS / name
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize(("name", "headers"), [
    # a browser's wide middle cell set on its own line above "2019 ... 2018" and centred under the duration
    ("a_wide_middle_header_cell_lifted_over_its_own_column.htm",
     ("Three Months Ended March 31, 2019", "Three Months Ended March 31, 2018 As Adjusted",
      "Three Months Ended March 31, 2018")),
    # "1997" stacked over "Combined" on the line of years "1998   Combined   1997"
    ("a_year_line_with_a_version_word_among_its_years.txt",
     ("Three Months Ended September 30, 1998", "Three Months Ended September 30, 1997 Combined",
      "Three Months Ended September 30, 1997")),
    # "Non-GAAP" and "GAAP" each a cell spanning its two years, no rule drawn under them
    ("a_short_version_word_centred_over_its_two_columns.htm",
     ("Six Months Ended June 30, Non-GAAP 2021", "Six Months Ended June 30, Non-GAAP 2020",
      "Six Months Ended June 30, GAAP 2021", "Six Months Ended June 30, GAAP 2020")),
])
def test_each_column_is_headed_by_the_words_printed_over_it(name: str, headers: tuple[str, ...]) -> None:
    assert _headers(name) == headers


def test_the_current_quarter_beside_a_lifted_cell_keeps_its_own_year_and_figures() -> None:
    facts = _facts("a_wide_middle_header_cell_lifted_over_its_own_column.htm")
    current = {f["concept"]: f["value"] for f in facts if f["period_end"] == "2019-03-31"}
    # 61,400 - 40,150 = 21,250; - 14,300 = 6,950; - 1,740 = 5,210
    assert current == {"revenue": "61400000", "cost_of_revenue": "40150000", "gross_profit": "21250000",
                       "selling_general_administrative": "14300000", "operating_income": "6950000",
                       "income_tax": "1740000", "net_income": "5210000"}
    # the adjusted column (55,900 - 37,020 = 18,880; - 13,110 = 5,770; - 1,440 = 4,330) and the reported one
    # (54,300 - 36,250 = 18,050; - 12,860 = 5,190; - 1,300 = 3,890) are the prior year's, never the current's
    prior = {(f["period_label"].endswith("As Adjusted"), f["concept"]): f["value"] for f in facts
             if f["period_end"] == "2018-03-31"}
    assert prior
    expected = {(True, "revenue"): "55900000", (True, "net_income"): "4330000",
                (False, "revenue"): "54300000", (False, "net_income"): "3890000"}
    assert all(expected[key] == value for key, value in prior.items() if key in expected)
    assert "61400000" not in prior.values()


def test_a_year_line_with_a_word_among_its_years_dates_the_columns_under_it() -> None:
    facts = _facts("a_year_line_with_a_version_word_among_its_years.txt")
    current = {f["concept"]: f["value"] for f in facts if f["period_end"] == "1998-09-30"}
    # 23,480 - 20,115 = 3,365; - 1,210 = 2,155
    assert current == {"revenue": "23480000", "total_operating_expenses": "20115000",
                       "operating_income": "3365000", "income_tax": "1210000", "net_income": "2155000"}
    prior = {(f["period_label"].endswith("Combined"), f["concept"]): f["value"] for f in facts
             if f["period_end"] == "1997-09-30"}
    # combined: 21,960 - 19,040 = 2,920; - 1,050 = 1,870; reported: 18,730 - 16,380 = 2,350; - 845 = 1,505
    expected = {(True, "revenue"): "21960000", (True, "net_income"): "1870000",
                (False, "revenue"): "18730000", (False, "net_income"): "1505000"}
    assert prior
    assert all(expected[key] == value for key, value in prior.items() if key in expected)


def test_a_version_spanning_two_columns_labels_both() -> None:
    facts = _facts("a_short_version_word_centred_over_its_two_columns.htm")
    assert facts
    for fact in facts:
        # every column printed is headed by its version; the GAAP ones by "GAAP" alone
        label = fact["period_label"]
        assert "GAAP" in label
        if fact["concept"] == "operating_income" and fact["period_end"] == "2021-06-30":
            # non-GAAP 88,400 - 70,260 = 18,140; GAAP 88,400 - 74,910 = 13,490
            assert fact["value"] == ("18140000" if "Non-GAAP" in label else "13490000")


@pytest.mark.parametrize(("text", "heads_a_group"), [
    ("Non-GAAP", True), ("GAAP", True), ("Non GAAP", True), ("Pro Forma", True), ("As Reported", True),
    ("As Adjusted (1)", True), ("Combined", True), ("Historical", True),
    # a period, a change, a unit or an entity's name heads a group for other reasons, or none
    ("2023", False), ("% Change", False), ("Three Months Ended", False), ("(In thousands)", False),
    ("Non-GAAP Adjustments", False), ("Alabama Power", False),
])
def test_the_words_of_a_version_heading_its_group(text: str, heads_a_group: bool) -> None:
    assert (GROUP_VERSION_HEAD.fullmatch(text) is not None) is heads_a_group


@pytest.mark.parametrize(("line", "kind"), [
    # a version's word among the years, each over its column: the header's line of years (rounds 196, 403, 711)
    ("                      1997     Combined         1996", LineKind.YEARS),
    ("                      2006        As        2005", LineKind.YEARS),
    ("                      2008   Successor        2007", LineKind.YEARS),
    # a row's label beside a year-sized figure stays a row
    ("Net sales                                    1996", LineKind.DATA),
])
def test_a_line_of_years_with_a_version_word_among_them(line: str, kind: LineKind) -> None:
    assert classify(1, line).kind is kind
