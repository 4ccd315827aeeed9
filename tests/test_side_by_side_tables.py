"""Two tables typed side by side on one page of text are read as two strips of the same lines."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from core.tables.side_by_side import side_by_side_strips

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
TEXT = Path(__file__).parent / "fixtures" / "text"


def _lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="latin-1").split("\n"))


def test_the_quarter_and_the_six_months_typed_side_by_side_are_cut_at_the_second_label_column() -> None:
    lines = _lines(LAYOUTS / "two_summary_tables_typed_side_by_side.txt")
    left, right = side_by_side_strips(lines)
    assert len(left) == len(right) == len(lines)  # every line keeps its number
    row = next(i for i, line in enumerate(lines) if line.startswith("Net sales"))
    assert left[row].split() == ["Net", "sales", "$12,406", "$9,318"]
    assert right[row].split() == ["Net", "sales", "$23,911", "$18,207"]
    assert lines[row].startswith(left[row]) and right[row].strip() in lines[row]
    # each strip keeps its own half of the headers; the right one the title block above them whole
    header = row - 2  # the years (a rule under them)
    assert left[header].split() == ["2001", "2000"] and right[header].split() == ["2001", "2000"]
    assert "SUMMARY FINANCIAL RESULTS" in " ".join(right[row - 12 : row])
    # the rest of the release stands in the left strip only
    assert "BALANCE SHEET DATA" in " ".join(left) and "BALANCE SHEET DATA" not in " ".join(right)


@pytest.mark.parametrize("path", [
    TEXT / "allos_q2_2004.txt",  # the reference release: one table a line throughout
    TEXT / "southern-company_q4-fy2004_text.txt",
    LAYOUTS / "minus_sign_before_space_grouped_thousands.txt",
], ids=lambda path: path.stem)
def test_a_release_of_one_table_a_line_is_one_strip(path: Path) -> None:
    lines = _lines(path)
    assert side_by_side_strips(lines) == (lines,)


def test_three_tables_across_are_cut_into_three_strips() -> None:
    """Income statement, balance sheet and per-unit data typed across one page: each strip holds one
    table's labels and figures, and the third's figures no longer stand in the second's labels."""
    lines = _lines(LAYOUTS / "three_summary_tables_typed_across_one_page.txt")
    strips = side_by_side_strips(lines)
    assert len(strips) == 3
    row = next(i for i, line in enumerate(lines) if line.startswith("Revenues"))
    assert [strip[row].split()[:1] for strip in strips] == [["Revenues"], ["Total"], ["Net"]]
    assert strips[1][row].split() == ["Total", "assets", "$449,083", "$435,234"]


def test_a_footnoted_label_and_a_page_break_do_not_stop_the_cut() -> None:
    """"EBITDA (1)   19,453   17,096    Partners' capital   192,357 ...    Coverage (x)   1.2   1.1": each
    table's row is read apart; no label runs into another table's."""
    import core

    path = LAYOUTS / "three_tables_across_with_a_footnoted_label.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    labels = {item.label: item for statement in release.statements for item in statement.items}
    assert labels["EBITDA (1)"].values[:2] == (19_453_000, 17_096_000)
    assert labels["Debt to capital"].values[:2] == (Decimal("54.6"), Decimal("57.4"))
    assert not [label for label in labels if re.search(r"\d,\d{3}|\$", label)]  # no figures left in a label


def test_the_quarter_and_the_six_months_with_their_dollar_signs_apart_are_cut_headers_and_all() -> None:
    """"Net revenues   $  18,214   $  14,007     Net revenues   $  35,870   $  27,311": a "$" set apart from
    its figure still ends a row's first part; the headers above the blank line under them are cut too,
    and "Net income (loss) per share:", starting left of the right table's rows, goes whole to the right
    (round 165: the six months had been read as the prior-year quarter, every check passing)."""
    lines = _lines(LAYOUTS / "summary_quarter_and_six_months_typed_side_by_side_dollar_apart.txt")
    left, right = side_by_side_strips(lines)
    row = next(i for i, line in enumerate(lines) if "18,214" in line)
    assert left[row].split() == ["Net", "revenues", "$", "18,214", "$", "14,007"]
    assert right[row].split() == ["Net", "revenues", "$", "35,870", "$", "27,311"]
    heads = next(i for i, line in enumerate(lines) if "Six Months Ended" in line)
    assert left[heads].split() == ["Three", "Months", "Ended"] and right[heads].split() == ["Six", "Months", "Ended"]
    heading = next(i for i, line in enumerate(lines) if line.startswith("Net income (loss) per share:"))
    assert left[heading].strip() == right[heading].strip() == "Net income (loss) per share:"


def test_a_balance_sheet_two_up_runs_on_where_only_its_right_half_has_rows() -> None:
    """The equity section beside no asset, the right half's subtotals indented under its column, its
    headings starting left of it ("ASSETS   LIABILITIES AND STOCKHOLDERS' EQUITY"): all in the right strip."""
    lines = _lines(LAYOUTS / "balance_sheet_two_up_text_equity_beside_nothing.txt")
    left, right = side_by_side_strips(lines)
    equity = next(i for i, line in enumerate(lines) if "Retained earnings" in line)
    assert right[equity].split() == ["Retained", "earnings", "6,508", "4,259"] and not left[equity].strip()
    total = next(i for i, line in enumerate(lines) if "Total liabilities  " in line)
    assert left[total].split() == ["Property", "and", "equipment,", "net", "7,645", "7,318"]
    assert right[total].split() == ["Total", "liabilities", "8,296", "6,737"]
    heads = next(i for i, line in enumerate(lines) if line.startswith("ASSETS"))
    assert left[heads].strip() == "ASSETS" and right[heads].strip() == "LIABILITIES AND STOCKHOLDERS' EQUITY"
    dates = next(i for i, line in enumerate(lines) if "Dec. 31," in line)
    assert left[dates].split() == right[dates].split() == ["Sept.", "30,", "Dec.", "31,"]


def test_a_prior_date_centred_over_the_left_figures_and_across_the_cut_stays_with_them() -> None:
    """"June 30,  Dec. 31," over "2003  2002" twice, the left "Dec. 31," running past its figures' edge
    into the right table's label column: the date heads the left figures and stays with them, whole; each
    half reads both its dates (round 721: the left half had read "June 30," for both years, its prior
    column printed as the prior June, every footing passing)."""
    import core

    path = LAYOUTS / "balance_sheet_two_up_prior_date_across_the_cut.txt"
    lines = _lines(path)
    left, right = side_by_side_strips(lines)
    dates = next(i for i, line in enumerate(lines) if "Dec. 31," in line)
    assert left[dates].split() == right[dates].split() == ["June", "30,", "Dec.", "31,"]
    release = core.parse_release(path.read_bytes(), path.name)
    values = {(item.label, period.end.isoformat()): value
              for statement in release.statements if statement.kind == "balance"
              for item in statement.items
              for period, value in zip(statement.periods, item.values, strict=True)}
    # each half's columns footed by hand: 3,215 + 4,460 + 5,390 + 615 = 13,680 and 13,680 + 8,940 + 1,200
    # = 23,820 = 10,575 + 13,245 (June 30, 2003); 2,870 + 4,105 + 5,725 + 540 = 13,240 and 13,240 + 9,110
    # + 1,200 = 23,550 = 11,150 + 12,400 (Dec. 31, 2002)
    assert values[("Cash and cash equivalents", "2003-06-30")] == 3_215_000
    assert values[("Cash and cash equivalents", "2002-12-31")] == 2_870_000
    assert values[("Total current assets", "2002-12-31")] == 13_240_000
    assert values[("Total assets", "2002-12-31")] == 23_550_000
    assert values[("Total liabilities and equity", "2002-12-31")] == 23_550_000
    assert values[("Total shareholders' equity", "2003-06-30")] == 13_245_000
    assert not [key for key in values if key[1].startswith("2002-06")]  # no prior June read from one date
