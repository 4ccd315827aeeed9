"""Which group of columns is the quarter, where lynx printed each group's length on a line of its own at one
margin (round 674): the lines of takings or costs decide, never a result, and where they cannot the columns are
held back."""

from pathlib import Path

import pytest

from core.errors import ReleaseParseError
from core.parse import parse_release
from core.tables.find import find_tables

_FIXTURE = (Path(__file__).parent / "fixtures" / "layouts"
            / "lynx_year_group_printed_over_the_quarter_group_flush_left.txt")


def _statement(text: str) -> tuple[str, ...]:
    return next(table for table in find_tables(tuple(text.splitlines())) if "Net income" in {
        row.label.strip() for row in table.rows}).column_headers


def test_the_year_printed_first_is_dealt_to_the_larger_figures() -> None:
    headers = _statement(_FIXTURE.read_text())
    assert [header.split(" June")[0] for header in headers] == [
        "Three Months Ended", "Three Months Ended", "Year Ended", "Year Ended"]


def _with_rows(rows: list[str]) -> str:
    lines = _FIXTURE.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("Net interest income"))
    return "\n".join(lines[:start] + rows) + "\n"


def test_a_result_larger_over_the_quarter_than_the_year_does_not_vote() -> None:
    # a seasonal business: the quarter earns more than the year (a loss in the other quarters), every result
    # line the larger in the quarter's column; the interest earned and the expenses decide
    headers = _statement(_with_rows([
        "   Net interest income    41,250    38,400    162,800    150,100",
        "   Noninterest expense    1,250    1,400    154,800    145,100",
        "   Income before income taxes    40,000    37,000    8,000    5,000",
        "   Income taxes    14,000    13,000    2,800    1,750",
        "   Net income    $ 26,000    $ 24,000    $ 5,200    $ 3,250"]))
    assert [header.split(" June")[0] for header in headers] == [
        "Three Months Ended", "Three Months Ended", "Year Ended", "Year Ended"]


def test_figures_that_disagree_hold_the_columns_back_naming_the_header_lines() -> None:
    # the same header over lines of takings and costs that say opposite things: the interest earned larger in
    # the columns read as the quarter's, the expenses in those read as the year's
    text = _with_rows([
        "   Net interest income    41,250    38,400    162,800    150,100",
        "   Noninterest expense    154,800    145,100    1,250    1,400",
        "   Income before income taxes    -113,550    -106,700    161,550    148,700",
        "   Income taxes    -39,740    -37,345    56,540    52,045",
        "   Net income    $ (73,810)    $ (69,355)    $ 105,010    $ 96,655"])
    headers = _statement(text)
    assert all("Year Ended" in header and "Three Months Ended" in header for header in headers)
    with pytest.raises(ReleaseParseError, match=r"'Three Months Ended' print each length .* nor do the figures"):
        parse_release(text.encode(), "held.txt")  # the one statement held back: nothing is printed

