"""Markdown pipe tables become rows of tab-joined cells for the browser-copy layout (core.readers.pipe_tables);
nothing else on the page changes, and the line count never does."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.readers.pipe_tables import pipe_rows_as_tabs

# (lines as a converter wrote them, the lines handed on)
PIPE_ROWS = [
    # the separator is a row of empty cells: a blank line would cut the header off the rows
    (["| | 2024 | 2023 |", "|---|---:|---:|", "| Revenue | $ 12,500 | $ 10,200 |"],
     ["\t2024\t2023", "\t\t", "Revenue\t$ 12,500\t$ 10,200"]),
    # bold labels, runs of spaces and a "$" cell of its own
    (["| **Total assets** | $ | 50,000 |", "|  Cash   and   equivalents |  | 41,300 |"],
     ["Total assets\t$\t50,000", "Cash and equivalents\t\t41,300"]),
    # a heading row keeps its empty cells, so the table stays one block
    (["| Operating expenses: | | |", "| Research and development | 4,200 | 3,900 |"],
     ["Operating expenses:\t\t", "Research and development\t4,200\t3,900"]),
    # one row alone is no table: a contact line, a sentence with pipes
    (["Contact: | investors@acme.example | (555) 010-2000 |"],
     ["Contact: | investors@acme.example | (555) 010-2000 |"]),
    (["| a | b |", "Revenue rose 10%."], ["| a | b |", "Revenue rose 10%."]),
    # no outer pipes, no separator row (an 8-K's tables as a research notebook keeps them): the header
    # rows and figure rows alike, the "(Unaudited)" heading between them left as it is
    (["Selected Balance Sheet Information: | June 30, 2019 | December 31, 2018", "(Unaudited)",
      "Cash and cash equivalents | 14,320 | 18,905", "Net loss | (3,196) | (4,439)"],
     ["Selected Balance Sheet Information:\tJune 30, 2019\tDecember 31, 2018", "(Unaudited)",
      "Cash and cash equivalents\t14,320\t18,905", "Net loss\t(3,196)\t(4,439)"]),
    # a header row whose first cell is a column's date: its empty label cell was dropped, and comes back
    (["May 30, 2026 | May 31, 2025", "Net sales | 1,004.2 | 961.8"],
     ["\tMay 30, 2026\tMay 31, 2025", "Net sales\t1,004.2\t961.8"]),
    # a unit note counting in zeros under the dates ends no table (bare-bars property test)
    (["January 31, 1996 | October 31, 1995 | January 31, 1995", "(in 000s)", "Cash | 5,210 | 4,100 | 3,050",
      "Total assets | 6,210 | 5,000 | 4,000"],
     ["\tJanuary 31, 1996\tOctober 31, 1995\tJanuary 31, 1995", "(in 000s)", "Cash\t5,210\t4,100\t3,050",
      "Total assets\t6,210\t5,000\t4,000"]),
    # a header row writing its empty label cell, a bar first and none last: the cell kept
    (["| May 30, 2026 | May 31, 2025", "Net sales | 1,004.2 | 961.8"],
     ["\tMay 30, 2026\tMay 31, 2025", "Net sales\t1,004.2\t961.8"]),
    # a row of figures so led is no heading row: left as it is
    (["| Revenue | 1,000", "Cash | 5,210 | 3,050", "Total assets | 6,210 | 4,000"],
     ["| Revenue | 1,000", "Cash\t5,210\t3,050", "Total assets\t6,210\t4,000"]),
    # header rows whose first cell names a period without being a date ("Ended", "July 3, 2000 and"); a unit
    # note or a heading of its own in the first cell stays the row's label
    (["13 Weeks | Twenty-six Weeks", "Ended | Ended", "July 3, 2000 and | July 3, 2000 and",
      "(Dollars in millions) | 2000 | 1999", "Sales | 1,389 | 243"],
     ["\t13 Weeks\tTwenty-six Weeks", "\tEnded\tEnded", "\tJuly 3, 2000 and\tJuly 3, 2000 and",
      "(Dollars in millions)\t2000\t1999", "Sales\t1,389\t243"]),
    # a column heading wrapped over lines: its first line's words ("For the three") name no period alone,
    # but stand over "months ended", which does, with as many cells; a table's unit stays the label
    (["For the three | Twelve months", "months ended | ended", "(In thousands) | ended",
      "1995 | 1996", "Revenue | 1,200 | 4,800"],
     ["\tFor the three\tTwelve months", "\tmonths ended\tended", "(In thousands)\tended",
      "\t1995\t1996", "Revenue\t1,200\t4,800"]),
    # rows ending in a percent cell of their own or "nm" (Holley's variance columns) are a table too
    (["Net sales | 172,007 | 166,661 | 5,346 | 3.2 | %", "Loss on sale of assets | 28,259 | — | 28,259 | nm"],
     ["Net sales\t172,007\t166,661\t5,346\t3.2\t%", "Loss on sale of assets\t28,259\t—\t28,259\tnm"]),
    # bars between words with no figure ending a row: a site's menu, no table
    (["Home | About | Investors", "News | Events | Contact"], ["Home | About | Investors", "News | Events | Contact"]),
    # a bare row alone, in prose
    (["Nasdaq: HRLW | NYSE Texas: HRLW 12", "The company reported results."],
     ["Nasdaq: HRLW | NYSE Texas: HRLW 12", "The company reported results."]),
    # html2text's rows (round 644): bars glued to the cells, no outer bar first, "$" and ")" in cells of their
    # own, every empty cell written; a one-cell heading over its separator row, an unlabelled total led by the
    # empty label's bar, and a row of empty cells, all one table
    (["| Three Months Ended June 30,", "---|---", "| 2026|  | 2025", "Products| $| 48,210|  |  | $| 41,375|   ",
      "| 70,850|  |  | 61,280|   ", "|  |  |   ", "Operating loss| (3,740| )|  | (1,185| )  "],
     ["\tThree Months Ended June 30,", "\t", "\t2026\t\t2025", "Products\t$\t48,210\t\t\t$\t41,375\t",
      "\t70,850\t\t\t61,280\t", "\t\t\t", "Operating loss\t(3,740\t)\t\t(1,185\t)"]),
    # html2text breaking a row where a cell held a line break ("| 1,289|" over "|  | 831|"): which column each
    # piece's figures stand in is lost, and the page's glued rows are left as they are
    (["Revenue| 48,210|  |  | 41,375|   ", "Cash and cash equivalents| 1,289|  ", "|  | 831|   "],
     ["Revenue| 48,210|  |  | 41,375|   ", "Cash and cash equivalents| 1,289|  ", "|  | 831|   "]),
]


@pytest.mark.parametrize(("lines", "handed_on"), PIPE_ROWS)
def test_pipe_rows_become_tab_joined_cells(lines: list[str], handed_on: list[str]) -> None:
    assert pipe_rows_as_tabs(lines)[0] == handed_on


def _operations(name: str) -> dict[str, tuple[Decimal | None, ...]]:
    path = Path(__file__).parent / "fixtures" / "layouts" / name
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    return {item.label: item.values for item in operations.items}


def test_a_row_missing_its_empty_cells_is_not_read_by_position() -> None:
    """"| Restructuring | 1,206 | 2,412 |" under "| 1,206 | | 2,412 | | ..." rows: its 2,412 (the nine months')
    had been printed as the prior-year quarter's. Its figures are not read; every other row is."""
    rows = _operations("markdown_row_whose_empty_cells_were_dropped.txt")
    assert "Restructuring" not in rows or not any(rows["Restructuring"])
    assert rows["Research and development"] == (Decimal(12_406_000), Decimal(11_318_000), Decimal(36_950_000),
                                                Decimal(33_207_000))


def test_a_footnote_mark_in_a_cell_of_its_own_moves_no_column() -> None:
    rows = _operations("markdown_footnote_mark_in_a_cell_of_its_own_after_a_figure.txt")
    assert rows["Revenue"] == (Decimal(5_120_000), Decimal(3_980_000), Decimal(14_870_000), Decimal(11_205_000))


def test_a_unit_note_between_the_dates_and_the_rows_keeps_the_dates_over_their_columns() -> None:
    """Found by the bare-bars property test: "(000's omitted)" under "January 1, | October 2," had cut the
    table in two, the dates laid out far left of their figures, and both columns were read as one date's
    (October 2, 1996, and 52 weeks before it)."""
    text = ("CONSOLIDATED BALANCE SHEETS\nJanuary 1, | October 2,\n1996 | 1995\n(000's omitted)\nASSETS\n"
            "Cash and due from banks | 1 | 2\nLoans | 45,000 | 44,000\nTotal assets | 45,001 | 44,002\n"
            "Total liabilities | 44,999 | 43,998\nTotal stockholders' equity | 2 | 4\n"
            "Total liabilities and stockholders' equity | 45,001 | 44,002\n")
    frame = core.facts_frame(core.parse_release(text.encode(), "bare_bars.txt"))
    assets = frame[frame["concept"] == "total_assets"].set_index("period_end")["value"]
    assert {str(end)[:10]: value for end, value in assets.items()} == {"1996-01-01": 45_001_000,
                                                                         "1995-10-02": 44_002_000}
