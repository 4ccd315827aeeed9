"""A balance sheet's rows as markdown converters write an IFRS or Canadian release (round 708, each in an invented
release shaped as the real ones were).

A row holding only a label that names a month and year ("Exchangeable notes, due in October 2030") among a table's
rows is a sub-heading: it neither ends nor splits the table. A ratio cell ("2.5:1", "5:1") is a figure of its own
kind, no amount: it ends its row and is held back. A line under "Non-current assets" never takes a current-asset
concept; the same words under "Current assets" do.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.tables.lines import LineKind, classify
from core.tables.numbers import ratio_cells
from core.vocabulary import NAME_ENDS_ON_A_MONTH_AND_YEAR

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
SUB_HEADING = "a_sub_heading_naming_a_month_and_year_and_non_current_securities_first.txt"
RATIO = "a_working_capital_ratio_row_among_the_balances.txt"


def _facts(name: str) -> dict[tuple[str, str, str], Decimal]:
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    out = io.StringIO()
    write_facts_csv(release, out)
    return {(r["statement"], r["concept"], r["period_end"]): Decimal(r["value"])
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}


@pytest.mark.parametrize(("label", "dated"), [
    # names of instruments as real balance sheets print them (round 708: an IFRS biotech's and an invented probe's)
    ("Convertible notes, matures in April 2028", True),
    ("Senior notes, due in March 2027", True),
    ("Exchangeable notes, due in October 2030", True),
    ("Term loan maturing Sept. 2029", True),
    # a column's heading or a date with its day: no name closing on a month and year
    ("December 31, 2024", False),
    ("March  2027", False),
    ("Senior notes due 2027", False),
])
def test_a_name_closing_on_a_month_and_year(label: str, dated: bool) -> None:
    assert (NAME_ENDS_ON_A_MONTH_AND_YEAR.search(label) is not None) is dated


def test_a_sub_heading_naming_a_month_and_year_neither_ends_nor_splits_the_balance_sheet() -> None:
    facts = _facts(SUB_HEADING)
    # the rows under the sub-heading, to the sheet's last line: total current liabilities 28,300 + 11,700 + 34,600
    # + 20,400 = 95,000 (12,100 + 7,900 + 31,200 + 14,800 = 66,000); total liabilities 80,000 + 95,000 = 175,000
    # (79,000 + 66,000 = 145,000); with equity 125,000 (105,000): 300,000 (250,000), the total assets
    assert facts[("balance", "total_current_liabilities", "2025-12-31")] == Decimal("95000000")
    assert facts[("balance", "total_current_liabilities", "2024-12-31")] == Decimal("66000000")
    assert facts[("balance", "total_liabilities", "2025-12-31")] == Decimal("175000000")
    assert facts[("balance", "total_liabilities", "2024-12-31")] == Decimal("145000000")
    assert facts[("balance", "total_liabilities_and_equity", "2025-12-31")] == Decimal("300000000")
    assert facts[("balance", "total_liabilities_and_equity", "2024-12-31")] == Decimal("250000000")
    balance = core.parse_release((LAYOUTS / SUB_HEADING).read_bytes(), SUB_HEADING).statement("balance")
    assert balance is not None
    under = [item for item in balance.items if item.section == "Exchangeable notes, due in October 2030"]
    assert [item.label for item in under] == ["Borrowings", "Derivative liabilities", "Trade payables",
                                              "Other liabilities"]


def test_the_line_of_a_name_dated_in_words_is_no_line_of_years_among_rows() -> None:
    release = core.parse_release((LAYOUTS / SUB_HEADING).read_bytes(), SUB_HEADING)
    assert not any("due in October" in warning.message for warning in release.warnings)
    # a column's heading of that shape standing alone is still the line reader's years
    assert classify(1, "Quarter ended March   2027").kind is LineKind.YEARS


def test_non_current_securities_listed_first_take_no_current_asset_concept() -> None:
    facts = _facts(SUB_HEADING)
    # the current line (64,250 and 38,950, inside the current assets' 235,000 and 183,000), not the non-current
    # one (9,300 and 14,700)
    assert facts[("balance", "short_term_investments", "2025-12-31")] == Decimal("64250000")
    assert facts[("balance", "short_term_investments", "2024-12-31")] == Decimal("38950000")
    assert facts[("balance", "cash_and_equivalents", "2025-12-31")] == Decimal("136500000")
    assert facts[("balance", "total_current_assets", "2025-12-31")] == Decimal("235000000")


@pytest.mark.parametrize(("line", "read"), [
    ("Working capital ratio\t4.2:1\t3.4:1", ("Working capital ratio", ["4.2:1", "3.4:1"])),
    ("Current ratio      12:1      5:1", ("Current ratio", ["12:1", "5:1"])),
    # a ratio inside a sentence, one space before it, stays words
    ("The working capital ratio was 4.2:1", None),
    ("Debt to equity\t0.8:1\t1,250", None),
])
def test_a_row_of_ratios(line: str, read: tuple[str, list[str]] | None) -> None:
    found = ratio_cells(line)
    assert (None if found is None else (found[0], [cell.text for cell in found[1]])) == read
    assert found is None or all(cell.is_blank for cell in found[1])


def test_a_ratio_cell_ends_its_row_and_is_held_back() -> None:
    facts = _facts(RATIO)
    # the row after the ratio keeps its own label and figures, in thousands: total assets 10,000 + 1,200 + 14,800
    # = 26,000 (15,000 + 1,500 + 13,500 = 30,000)
    assert facts[("balance", "total_current_assets", "2025-12-31")] == Decimal("10000000")
    assert facts[("balance", "total_assets", "2025-12-31")] == Decimal("26000000")
    assert facts[("balance", "total_assets", "2024-12-31")] == Decimal("30000000")
    balance = core.parse_release((LAYOUTS / RATIO).read_bytes(), RATIO).statement("balance")
    assert balance is not None
    by_label = {item.label: item for item in balance.items}
    assert by_label["Property and equipment"].values == (Decimal("1200000"), Decimal("1500000"))
    assert by_label["Data library"].values == (Decimal("14800000"), Decimal("13500000"))
    assert not any("ratio" in item.label.lower() for item in balance.items)
    assert not any(item.kind == "percent" for item in balance.items)
