"""Tables copied from a browser or a spreadsheet (cells joined by tabs) are laid out again by each row's
cells in order; tabs a typist set to line columns up, and tabs in prose, are left to the tab stops."""

from __future__ import annotations

import re

from core.readers.tab_grid import relaid_copies
from core.readers.text import split_lines

# Aflac's Q1 2020 summary as a browser copies it: "$" and ")%" in cells of their own, the change column
# empty where the release prints none.
COPY = [
    "THREE MONTHS ENDED MARCH 31,\t\t2020\t\t2019\t\t% Change",
    "Total revenues\t\t$\t5,162\t\t\t$\t5,657\t\t\t(8.8\t)%",
    "Benefits and claims, net\t\t2,939\t\t\t2,967\t\t\t(0.9\t)",
    "Income taxes\t\t154\t\t\t314\t\t\t",
]


def test_a_copied_table_lines_up_by_its_cells_in_order() -> None:
    lines = relaid_copies(COPY)
    assert [line.split()[-3:] for line in lines[1:3]] == [["$5,162", "$5,657", "(8.8)%"], ["2,939", "2,967", "(0.9)"]]
    ends = {lines[1].index("5,162") + 5, lines[2].index("2,939") + 5, lines[3].index("154") + 3}
    assert len(ends) == 1  # the first figures end in one column whatever their labels' lengths
    assert lines[0].index("2020") + 4 == lines[1].index("5,162") + 5


def test_phrases_spanning_columns_stand_over_them() -> None:
    """A copy keeps no colspan: "THREE MONTHS ENDED | NINE MONTHS ENDED" over four figures."""
    lines = relaid_copies(["\t\tTHREE MONTHS ENDED\t\tNINE MONTHS ENDED",
                           "\t\t2004\t\t2003\t\t2004\t\t2003",
                           "Net sales\t\t$\t2,014\t\t$\t1,545\t\t$\t5,929\t\t$\t4,492",
                           "Cost of sales\t\t1,455\t\t1,117\t\t4,304\t\t3,240"])
    three, nine = lines[0].index("THREE"), lines[0].index("NINE")
    assert three < lines[1].index("2003") and lines[1].rindex("2004") < nine + len("NINE MONTHS ENDED")
    assert lines[0].index("THREE") + len("THREE MONTHS ENDED") < nine


def test_tabs_a_typist_set_to_line_columns_up_are_left_to_the_tab_stops() -> None:
    """Every row printing both figures starts each at one tab stop: expanded, they line up already."""
    typed = ["NET SALES\t\t\t\t\t$14,882,310\t$13,905,774",
             "COST OF SALES\t\t\t\t\t10,781,851\t9,983,537",
             "SELLING, GENERAL AND ADMINISTRATIVE\t\t2,849,316\t2,547,509"]
    assert relaid_copies(typed) == typed
    expanded = split_lines("\n".join(typed))
    assert {line.index("$14") if "$14" in line else line.index(line.split()[-2]) for line in expanded} == {48}


def test_bullets_and_prose_after_tabs_are_no_table() -> None:
    bullets = ["\t\u2022\t\tRevenue was $35.0 billion and increased 15%",
               "\t\u2022\t\tOperating income was $13.0 billion and increased 25%"]
    assert relaid_copies(bullets) == bullets


def test_the_line_count_never_changes() -> None:
    assert len(relaid_copies([*COPY, "", *COPY])) == 2 * len(COPY) + 1


def test_a_copied_grid_keeps_a_row_with_an_empty_cell_in_its_columns() -> None:
    """A table copied whole keeps its empty cells: every row of figures has as many tabs, so each figure's
    cell says its column. The share counts print no "% Chg.", and their year figures had slid left under
    the quarter's change column (round 41)."""
    lines = relaid_copies([
        "\tDec. 31, 2002\tDec. 31, 2001\t% Chg.\tDec. 31, 2002\tDec. 31, 2001\t% Chg.",
        "Net income\t$\t495.4\t\t$\t515.1\t\t\t(3.8\t)%\t$\t1,892.8\t\t$\t1,872.8\t\t\t1.1\t%",
        "Noninterest expense\t\t579.3\t\t\t441.8\t\t\t31.1\t%\t\t2,054.2\t\t\t1,666.9\t\t\t23.2\t%",
        "Basic\t\t366.2\t\t\t362.5\t\t\t\t\t\t365.1\t\t\t361.5\t\t\t\t",
    ])
    net, shares = lines[1], lines[3]
    assert shares.index("365.1") + 5 == net.index("1,892.8") + 7
    assert shares.index("361.5") + 5 == net.index("1,872.8") + 7


def test_a_header_row_of_one_phrase_after_an_empty_label_cell_is_part_of_the_copy() -> None:
    """"\\tYear-to-Date" over "\\tJune 30, 2008\\tJune 30, 2007": one tab, after the empty label cell. Left to
    the tab stops it stood far left of the columns, which then read as quarters (round 44)."""
    lines = relaid_copies(["\tYear-to-Date", "\tJune 30, 2008\tJune 30, 2007",
                           "Net earnings\t$\t620.8\t\t$\t304.7\t", "Net cash provided by operating activities\t\t"
                           "1,731.2\t\t\t1,338.5\t"])
    phrase = lines[0].index("Year-to-Date")
    assert lines[1].index("June 30, 2008") <= phrase < lines[1].index("June 30, 2007") + len("June 30, 2007")


def test_a_percent_header_after_a_year_heads_its_own_column() -> None:
    """A ")" or "%" cell closes the figure before it ("(8.8 | )%"); after a year it is the change column's
    header, not the year's closer ("2021%" had shifted every header a column left)."""
    lines = relaid_copies(["\t2020\t2021\t%", "Revenues\t$ 19,038\t$ 23,024\t20.9%",
                           "Cost of sales\t14,753\t17,534\t18.8%"])
    assert lines[0].split() == ["2020", "2021", "%"]
    assert lines[0].index("2021") + 4 == lines[1].index("23,024") + 6


def test_a_heading_without_tabs_between_copied_rows_keeps_the_table_one_block() -> None:
    """"Operating expenses:" has no cell but its label, so a copy gives it no tab: it must not cut the table
    in two, each half laid out to its own labels' width (a figure had stood under the other year)."""
    lines = relaid_copies(["\t2022\t\t2021", "Revenue\t$\t10,173\t$\t8,243", "Cost of revenue\t\t4,006\t\t3,382",
                           "Operating expenses:", "Interest and dividend income\t\t32\t\t34",
                           "Income before income taxes\t\t849\t\t918"])
    assert lines[3] == "Operating expenses:"
    figures = ("10,173", "4,006", "", "32", "849")
    ends = {line.index(figure) + len(figure) for line, figure in zip(lines[1:], figures, strict=True) if figure}
    assert len(ends) == 1
    assert lines[0].index("2022") + 4 == lines[2].index("4,006") + 5


def test_a_row_of_amounts_alone_stands_in_the_amount_columns_beside_percent_columns() -> None:
    """MillerKnoll prints each period's amount beside its percent of sales, and its EPS row the amounts
    alone: $0.34 and ($0.84) go under the two amounts, not into the first percent column (round 68)."""
    laid = relaid_copies([
        "Net sales\t1,004.2\t100.0\t%\t961.8\t100.0\t%",
        "Net earnings (loss) attributable to MillerKnoll, Inc.\t23.6\t2.4\t%\t(57.1)\t(5.9)\t%",
        "Earnings (loss) per share - basic\t$0.34\t($0.84)",
    ])
    amount_ends = {laid[0].index("1,004.2") + len("1,004.2"), laid[0].index("961.8") + len("961.8")}
    assert {laid[2].index("$0.34") + len("$0.34"), laid[2].index("($0.84)") + len("($0.84)")} == amount_ends


def test_a_heading_and_a_label_wrapped_onto_lines_of_their_own_stay_in_the_copy() -> None:
    """"ASSETS", then "Cash and due from" over "banks  $128,105  $15,062": two lines without cells between the
    header and the first row; the header is laid out with the rows, its dates over their figures."""
    laid = relaid_copies(["\tMarch 31,\tJune 30,", "\t2007\t2006", "ASSETS", "Cash and due from",
                          "banks\t$128,105\t$15,062", "Federal funds sold and other short-term assets\t--\t--"])
    assert laid[2:4] == ["ASSETS", "Cash and due from"]
    assert laid[1].index("2007") + 4 == laid[4].index("$128,105") + len("$128,105")
    assert laid[1].index("2006") + 4 == laid[4].index("$15,062") + len("$15,062")


def test_rows_with_more_cells_than_most_keep_the_copy_read_in_order() -> None:
    """A copy whose amount rows set "$" in cells of their own (more cells than the rest) and whose per-share
    rows print two figures in other cells: no grid is taken from the most common count, or the "$" rows and
    the prior year's column had been dropped (Hasbro's browser copy: 128 facts to 101, caught by the
    renderings bench)."""
    def row(label: str, *cells: str) -> str:
        return "\t".join((label, *cells))

    def amounts(label: str, now: str, then: str) -> str:
        return row(label, "", now, "", "", "9.2", "%", "", then, "", "", "10.5", "%", "", "")

    block = [
        row("", "", "March 29, 2020", "", "", "", "", "", "March 31, 2019", "", "", "", "", "", ""),
        row("Net revenues", "", "$", "1,105", "", "", "100.0", "%", "", "$", "732", "", "", "100.0", "%", "", ""),
        amounts("Cost of sales", "262", "259"), amounts("Advertising", "101", "76"),
        amounts("Royalties", "112", "59"), amounts("Interest expense", "54", "22"),
        amounts("Income taxes", "(4)", "2"),
        row("Net earnings", "", "$", "(67)", "", "", "-6.1", "%", "", "$", "26", "", "", "3.6", "%", "", ""),
        row("Basic", "", "", "$(0.51)", "", "", "", "", "", "", "$0.21", "", "", "", ""),
        row("Diluted", "", "", "$(0.51)", "", "", "", "", "", "", "$0.21", "", "", "", ""),
    ]
    laid = relaid_copies(block)
    assert laid[3].split() == ["Advertising", "101", "9.2%", "76", "10.5%"]
    assert laid[1].split() == ["Net", "revenues", "$1,105", "100.0%", "$732", "100.0%"]


def test_years_without_the_stub_cell_stand_over_the_amounts_beside_percent_columns() -> None:
    """A header cell spanning two rows (the unit note over the labels) leaves no cell in the second row of a
    browser's copy: "2021 | 2022 | 2021 | 2022" starts where the labels do, over a grid of two amounts and a
    percent change per period. Read in order from the label, the years had stood one column left, and the
    quarter's 2022 column was read as the year's (round 161: revenue of $246,300 thousand printed as the
    year's). The years go to the amount columns in order, each period's phrase over its two amounts, and
    "% Change" over its own column."""
    laid = relaid_copies([
        "(In thousands)\tThree Months Ended December 31,\t% Change\tYear Ended December 31,\t% Change",
        "2021\t2022\t2021\t2022",
        "Total revenues\t209,432\t246,300\t17.6%\t737,242\t878,951\t19.2%",
        "Other income (expense), net\t(842)\t1,215\tn/m\t(2,116)\t3,320\tn/m",
    ])
    ends = [laid[2].index(f) + len(f) for f in ("209,432", "246,300", "737,242", "878,951")]
    years = [m.end() for m in re.finditer(r"20\d\d", laid[1])]
    assert years == ends
    three, change, year = laid[0].index("Three"), laid[0].index("% Change"), laid[0].index("Year Ended")
    assert three < ends[0] and ends[1] < change < laid[2].index("17.6%") + 5 < year < ends[3]


def test_header_rows_under_a_first_cell_that_spanned_them_stand_over_their_own_columns() -> None:
    """A unit note in a cell spanning three header rows: the copy gives it to the first row alone, and the
    dates and years under it start at the label's place. Each stands over its own column; a row of words one
    cell short whose first cell is a label ("Operating expenses:") stays as it is."""
    lines = relaid_copies(["(in thousands)\t13 Weeks Ended\t26 Weeks Ended",
                           "August 1,\tAugust 2,\tAugust 1,\tAugust 2,",
                           "2015\t2014\t2015\t2014",
                           "Revenue\t$\t329,104\t$\t367,237\t$\t665,256\t$\t736,333",
                           "Cost of revenue\t\t143,986\t\t187,529\t\t277,646\t\t363,933",
                           "Operating expenses:\tJuly\tJuly\tJuly"])
    def ends(line: str) -> list[int]:  # where each phrase ends ("August 1," one phrase)
        return [found.end() for found in re.finditer(r"\S+(?: \S+)*", line)]

    # each date and year right over its column's figures
    assert ends(lines[1]) == ends(lines[2]) == ends(lines[3])[1:] == ends(lines[4])[1:]
    assert lines[5].startswith("Operating expenses:")
