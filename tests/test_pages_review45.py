"""The pages as a browser review of real releases found them (UI-45): the Periods table's change columns in view
beside a long line name, a cost's change and its percent saying the same thing, one release's panels and one
paragraph's amounts in one unit.

Figures checked by hand against the releases. ManTech's Q1 2020 release (tests/fixtures/html/mantech_q1-2020.htm)
prints, in thousands, "Interest expense  (655)  (484)", "Interest income  50  190" and the 72-character line
"INCOME FROM OPERATIONS BEFORE INCOME TAXES AND EQUITY METHOD INVESTMENTS  38,271  28,196". Forian's Q3 2024
release (tests/fixtures/ui/..._forian_q3_2024.txt) prints whole dollars: revenue 4,686,312 and 5,348,469 for the
quarters, 14,340,791 and 15,112,398 for the nine months; "Interest expense  (195,415)  (211,333)" for the
quarters; total costs and expenses 19,879,448 against 19,796,003 for the nine months (a rise of 83,445) and cost
of revenue 4,913,195 against 3,891,482 (a rise of 1,021,713)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from core.analysis import biggest_mover, breakdown, compared_windows, windows, with_derived
from core.analysis.derived import fiscal_quarter
from core.analysis.structure import operations_statement
from core.charts.export import numbers_frame
from core.charts.periods import comparison_bars
from core.formatting import spelled_each, spelled_money
from core.model import Release
from tests.conftest import FIXTURES, FORIAN
from tests.conftest import read_fixture as read
from tests.page_runner import run_page, texts

MANTECH = FIXTURES / "html" / "mantech_q1-2020.htm"
LONGEST = "Income from operations before income taxes and equity method investments"  # as the chart names it


def _quarter_table(release: Release) -> object:
    operations = operations_statement(release)
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None)
    return comparison_bars(operations, (quarter,)).marked_data().drop(columns="Window")


def test_the_change_columns_stay_in_view_beside_a_long_line_name() -> None:
    """ManTech's 72-character name had widened the Line column to 600 px and pushed "Change ($ millions)" and
    "Change %" off a 940 px grid at 1,400 px: the column now takes what the other columns leave (each at least
    as wide as Streamlit sizes it), the name cut and said so in the column's tooltip."""
    from pages._widgets import CELL_PADDING_PX, HEADER_CHAR_PX, SELECT_PX, TABLE_ROOM_PX, fitting_width, table_columns

    table = _quarter_table(read(MANTECH))
    assert LONGEST in set(table["Line"])  # type: ignore[index]
    columns = table_columns(table)  # type: ignore[arg-type]
    line = columns["Line"]
    others = [columns["Change %"]["width"]] + [
        max(HEADER_CHAR_PX * len(name) + CELL_PADDING_PX, fitting_width(table[name]))  # type: ignore[index]
        for name in ("This year ($ millions)", "Year earlier ($ millions)", "Change ($ millions)")]
    # "Change %" ("-87% to -96% (smaller loss)" of its equity in losses again since UI-53; 120 px before), then the
    # three headers
    # ("-87.0 to -96.0% (smaller loss)" since UI-56 said a range's ends to tenths: 240 px before)
    assert others == [264, 156, 174, 138]
    # 247 before UI-47, 303 before UI-53, 183 before UI-56
    assert line["width"] == TABLE_ROOM_PX - SELECT_PX - sum(others) == 159
    assert line["width"] < fitting_width([LONGEST]) and line["help"]
    # names that fit keep their whole width: ManTech's up to 30 characters long (26 at most), beside the same columns
    short = table[table["Line"].str.len() <= 30]  # type: ignore[index]
    assert table_columns(short)["Line"]["width"] == fitting_width(["Line", *short["Line"]]) == 8 * 26 + 24


def test_the_periods_page_gives_the_line_names_the_room_left() -> None:
    """The page's own table, as Streamlit receives its columns: the Line column no wider than the room left."""
    at = run_page("periods", read(MANTECH))
    config = json.loads(at.dataframe[0].proto.columns)
    # the page's table reads in ManTech's own $ thousands (UI-46): "610,912" and the "($ thousands)" headers take
    # more room than the $ millions above, which leave the name 229 px, still no wider than the room left
    # 229 before UI-47 dropped "(smaller loss)" from a deduction; 317 before UI-49's "+35% to +36%"
    # 165 before UI-56 said a range's ends to tenths; the column's least, LINE_MIN_PX, now
    assert config["Line"]["width"] == 150  # 285 before UI-53 said the equity in losses' "(smaller loss)" again


def test_a_deducted_costs_change_reads_as_its_percent_does() -> None:
    """ManTech's interest expense (655) against (484): a cost 171 thousand larger, "0.171" beside "+35%", where
    "(0.171)" had stood beside it; interest income 50 against 190 keeps "(0.140)" and "-73% to -74%". The CSV holds the
    same change. Forian's interest expense (195,415) against (211,333) is a cost 15,918 smaller: "(15.918)" of
    its quarter's $ thousands, -7.5%."""
    table = _quarter_table(read(MANTECH)).set_index("Line")  # type: ignore[attr-defined]
    assert tuple(table.loc["Interest expense", ["This year ($ millions)", "Year earlier ($ millions)",
                                                "Change ($ millions)", "Change %"]]) == (
        "(0.655)", "(0.484)", "0.171", "+35.3%")
    assert tuple(table.loc["Interest income", ["Change ($ millions)", "Change %"]]) == ("(0.140)", "-73.4 to -74.0%")
    numbers = numbers_frame(table.reset_index()).set_index("Line")
    assert numbers.loc["Interest expense", "Change ($ millions)"] == Decimal("0.171")
    forian = _quarter_table(read(FORIAN)).set_index("Line")  # type: ignore[attr-defined]
    assert tuple(forian.loc["Interest expense", ["Change ($ thousands)", "Change %"]]) == ("(15.918)", "-7.5%")


@pytest.mark.parametrize("path", [MANTECH, FORIAN, FIXTURES / "edgar" / "southern-company_q4-fy2006.txt",
                                  FIXTURES / "pdf" / "buckle_q3-fy2024.pdf"], ids=lambda p: p.stem)
def test_no_row_says_its_change_one_way_and_its_percent_the_other(path: object) -> None:
    """In every row of every window, an amount change and a percent that both have a sign agree."""
    release = read(path)  # type: ignore[arg-type]
    operations = operations_statement(release)
    assert operations is not None
    for window in (w for w in windows(operations) if w.prior is not None):
        table = comparison_bars(operations, (window,)).data
        for amount, rate in zip(table.iloc[:, 4], table["Change %"], strict=True):
            if rate[:1] in "+-" and rate[1:2].isdigit() and amount not in ("0", "—") and amount.strip("(0.)"):
                assert amount.startswith("(") == rate.startswith("-"), (path, amount, rate)


def test_one_releases_panels_read_in_one_unit() -> None:
    """Forian's quarter had read in $ thousands ("4,686.312") beside its nine months and derived six months in $
    millions: every panel now reads in millions, the quarter's revenue "4.686" against "5.348"."""
    release = read(FORIAN)
    operations = operations_statement(release)
    assert operations is not None
    quarter = fiscal_quarter(release)
    extended = with_derived(operations, quarter)
    compared = compared_windows(operations, quarter)
    assert len(compared) == 3
    tables = [comparison_bars(extended, (w,), alongside=compared).data for w in compared]
    assert {table.columns[2] for table in tables} == {"This year ($ millions)"}
    revenue = tables[0].set_index("Line").loc["Revenue"]
    assert (revenue["This year ($ millions)"], revenue["Year earlier ($ millions)"]) == ("4.686", "5.348")
    assert tables[1].set_index("Line").loc["Revenue", "This year ($ millions)"] == "14.341"
    # The page passes the release's own unit (UI-46, `style.release_unit`): its three panels' tables read in
    # $ thousands, one unit still, as its Overview, Cash and Compare charts (millions had read "(0.007)")
    at = run_page("periods", release)
    assert [d.value.columns[1] for d in at.dataframe[:3]] == ["This year ($ thousands)"] * 3


def test_one_paragraphs_amounts_are_each_sized_as_a_card_sizes_them() -> None:
    """Forian's nine months: UI-45 had written "$0.083 million" before "$1.0 million" (one word, the larger's);
    UI-46 sizes each as a card does (`money_size`): "$83,445" beside "$1.0 million", amounts under a million in
    full ("$673,596", "($356,229)")."""
    release = read(FORIAN)
    operations = operations_statement(release)
    assert operations is not None
    expenses = breakdown(with_derived(operations, fiscal_quarter(release)))
    assert expenses is not None
    nine = next(w for w in windows(operations) if w.name == "Nine months")
    mover = biggest_mover(expenses, nine)
    assert mover is not None and (mover.total_change, mover.change) == (Decimal(83445), Decimal(1021713))
    assert spelled_each([abs(mover.total_change), mover.change]) == ["$83,445", "$1.0 million"]
    assert spelled_each([Decimal(673596), Decimal(-356229)]) == ["$673,596", "($356,229)"]
    assert spelled_each([Decimal(34_148_000)]) == [spelled_money(Decimal(34_148_000))] == ["$34.1 million"]
    said = texts(run_page("expenses", release))
    assert "rose by $83,445; Cost of revenue moved most: $1.0 million" in said.replace("*", "")
