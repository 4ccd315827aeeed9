"""Figures as continental filers print them (round 729, invented): thousands grouped by full stops before a
decimal comma ("1.590,2"), by full stops twice or more ("1.590.214"), and by a space before a decimal comma
("1 812,4"). The releases read whole are the layout fixtures `decimal_comma_figures_with_thousands_grouped_by_a_
space`, `figures_grouped_by_full_stops_before_a_decimal_comma` and `figures_grouped_by_full_stops_twice_in_an_
html_table` (tests/test_layouts.py); these cases pin the rules, and the layouts where nothing may be joined.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.readers.text import split_lines
from core.tables.numbers import parse_number, split_cells


@pytest.mark.parametrize(("printed", "value"), [
    ("1.590,2", Decimal("1590.2")),
    ("(2.471,9)", Decimal("-2471.9")),
    ("-1.247,1", Decimal("-1247.1")),
    ("1.590.214", Decimal("1590214")),
    ("(1.404.398)", Decimal("-1404398")),
    ("12.345.678,90", Decimal("12345678.90")),
    # unchanged: a decimal comma alone, a lone full stop (a fraction or a group, `tables.dot_thousands` tells),
    # a date, and a US figure
    ("812,4", Decimal("812.4")),
    ("812.431", Decimal("812.431")),
    ("1,234.5", Decimal("1234.5")),
])
def test_a_continental_figure_is_read_whole(printed: str, value: Decimal) -> None:
    assert parse_number(printed) == value


@pytest.mark.parametrize("printed", ["30.06.2008", "1.2.3", "1.590,214", "1.59.214"])
def test_a_date_or_a_version_is_no_continental_figure(printed: str) -> None:
    assert parse_number(printed) is None


def test_a_row_of_continental_figures_keeps_them_all() -> None:
    label, _, cells = split_cells("Total equity                                      1.402,5        1.350,1")
    assert label == "Total equity"
    assert [cell.value for cell in cells] == [Decimal("1402.5"), Decimal("1350.1")]


_BLOCK = """\
(in millions)                         Jul-Sep      Jul-Sep      Jan-Sep      Jan-Sep
                                         2009         2008         2009         2008
Net sales                             2 406,3      2 218,7      6 930,5      6 512,9
Gross profit                            717,2        648,5      2 058,9      1 922,6
Operating profit                        204,6        160,4        560,2        491,4
Profit for the period                   137,2        106,4        374,3        327,1"""


def test_space_grouped_decimal_figures_are_joined_where_the_rows_column_count_says_so() -> None:
    lines = split_lines(_BLOCK)
    assert lines[2] == "Net sales                             2.406,3      2.218,7      6.930,5      6.512,9"
    assert lines[3] == "Gross profit                            717,2        648,5      2.058,9      1.922,6"
    assert len(lines[2]) == len(_BLOCK.splitlines()[2])  # the same width: the columns stay where they were


def test_a_row_printing_fewer_figures_is_joined_where_each_ends_in_a_column() -> None:
    """A row printing the quarters alone ("1 812,4  1 746,0" in a block of four-figure rows) is joined where
    each figure ends where a column of the counted rows ends and its split-off "1" ends in none: read apart,
    that "1" would stand in no column of the table."""
    text = _BLOCK.replace("2 406,3      2 218,7      6 930,5      6 512,9", "1 812,4      1 746,0")
    assert split_lines(text)[2] == "Net sales                             1.812,4      1.746,0"


def test_a_row_printing_fewer_figures_skipping_a_column_is_joined_in_its_columns() -> None:
    """The second and fourth columns blank: each figure still ends on its column's edge."""
    text = _BLOCK.replace("2 406,3      2 218,7      6 930,5      6 512,9", "1 812,4                   1 930,5")
    assert split_lines(text)[2] == "Net sales                             1.812,4                   1.930,5"


def test_a_dash_for_nothing_holds_its_columns_place() -> None:
    """A dash printed for nothing in a column counts as the column's cell, so the row prints the count."""
    dashed = "1 812,4            -      1 930,5            -"
    text = _BLOCK.replace("2 406,3      2 218,7      6 930,5      6 512,9", dashed)
    assert split_lines(text)[2].split(maxsplit=2)[2] == "1.812,4            -      1.930,5            -"


def test_a_row_printing_fewer_figures_off_the_columns_is_left_as_printed() -> None:
    """Figures that end between the columns, or a split-off "1" that ends where a column ends (a narrow
    column's cell, read apart), are left as printed: the count does not vouch for them."""
    off = _BLOCK.replace("2 406,3      2 218,7      6 930,5      6 512,9", "1 812,4   1 746,0")
    assert split_lines(off)[2] == "Net sales                             1 812,4   1 746,0"
    narrow = """\
Stores                       5,0     812,4
Sales per store              4,0     790,5
Net sales                      1 812 345,6"""
    assert split_lines(narrow)[2] == "Net sales                      1 812 345,6"


def test_a_narrow_column_beside_every_figure_is_never_joined_to_it() -> None:
    """A count of one to three digits one space before each decimal figure, on every row: no row prints the
    table's column count without the join, so none vouches for it."""
    text = """\
                          Stores  Sales per store
North                          3 812,4
South                         12 746,0
West                           4 590,2"""
    assert split_lines(text) == tuple(text.splitlines())


def test_narrow_columns_of_a_us_table_are_never_joined() -> None:
    """A US table prints decimal points and groups its thousands by commas: "1 812" and "4 790.5" there are
    two narrow columns' cells, each read apart."""
    text = """\
                                   Units    Stores    Net sales
                                    2008     2008     2008
North                                  1 812    4 790.5   1,204.6
South                                  2 746    3 512.0   1,117.3
West                                   5 590    2 401.2     998.1"""
    assert split_lines(text) == tuple(text.splitlines())
    _, _, cells = split_cells(split_lines(text)[2])
    assert [cell.value for cell in cells] == [1, 812, 4, Decimal("790.5"), Decimal("1204.6")]
