"""Rows wrapped at the page's width, set back on one line (core.tables.wrapped_rows): the habit as a word
processor shows it, each row's last figure wrapped whole to the margin, and a column's date after its month."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from core.tables.wrapped_rows import rejoin_wrapped_rows
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"

# LibreOffice's print of an 81-column text balance sheet on an 80-column page (round 36, jaspertown).
PRINTED = (
    "                                                         Dec. 31,        June",
    "30,",
    "                                                            2000            2000",
    "  Cash and cash equivalents                        $    1,671,183  $",
    "1,829,953",
    "  Short-term investments                                   51,281",
    "198,091",
    "  Accounts receivable, net                                272,257",
    "379,698",
    "  Inventories                                             333,400",
    "212,689",
)


def test_a_last_figure_wrapped_whole_to_the_margin_goes_back_on_its_row() -> None:
    lines = rejoin_wrapped_rows(PRINTED)
    assert lines[5].split()[-2:] == ["51,281", "198,091"]
    assert lines[3].split()[-3:] == ["1,671,183", "$", "1,829,953"]
    assert lines[6] == lines[8] == ""  # the carried lines are emptied: every line keeps its number


def test_a_date_wrapped_after_its_month_goes_back_over_its_column() -> None:
    lines = rejoin_wrapped_rows(PRINTED)
    assert lines[0].endswith("June 30,") and lines[1] == ""


def test_figures_standing_at_the_margin_without_the_habit_stay_where_they_are() -> None:
    """One wrapped-looking pair is no habit: a release's own lines are left as they are."""
    assert rejoin_wrapped_rows(PRINTED[:5]) == PRINTED[:5]


# An insurer's statement re-wrapped at 72 columns by an email client (round 44): each row lost the gap
# before its carried figures, and the rows broke at different columns.
REWRAPPED = (
    "                                                      Three Months",
    "Twelve Months",
    "                                                    2005        2004",
    "2005        2004",
    "      Total revenues                                994,705   1,099,347",
    "4,228,009   4,606,896",
    "  Loss before income taxes                         (166,862)",
    "(154,173)   (625,272)   (567,830)",
    "  Income tax benefit                                (43,082)",
    "(14,955)   (146,937)    (83,709)",
    "  Net loss                                       $ (123,780) $ (139,218)",
    "$ (478,335) $ (484,121)",
)


def test_rows_wrapped_at_a_word_end_their_figures_where_every_row_ends() -> None:
    """Set after the page's width, "(154,173)" had stood where the other rows' twelve-month figures do,
    and the quarter's columns read as twelve months."""
    lines = rejoin_wrapped_rows(REWRAPPED)
    # Each row's last figure ends in one column ...
    assert {len(lines[i]) for i in (4, 6, 8, 10)} == {len(lines[4])}
    # ... and the prior quarter's loss stands under the prior quarter's revenue, not the year's: its last
    # digit under the revenue's, the ")" hanging one past, as text tables print negatives.
    assert lines[6].index("(154,173)") + len("(154,173") == lines[4].index("1,099,347") + len("1,099,347")


# A 1999 wire release's table, 82 columns wide, cut at 80 by a mail gateway: inside figures, a year and a
# figure a share, each rest carried to the very margin (round 442, quillion).
CUT_THROUGH = (
    "                                         Three Months Ended        Year Ended",
    "                                            1999       1998       1999       199",
    "8",
    "Total revenues                          $ 15,972   $ 11,765   $ 55,276   $ 41,02",
    "2",
    "Total costs and expenses                  12,662      9,666     46,569     35,71",
    "2",
    "Income from operations                     3,310      2,099      8,707      5,31",
    "0",
    "  Basic                                 $   0.15   $   0.10   $   0.41   $   0.2",
    "8",
    "Weighted average shares, basic and diluted (in thousands) for the periods ended  ",
)


def test_a_figure_cut_at_the_width_is_made_whole_again() -> None:
    """"$ 41,02" / "2" had been set back as "41,02 2", read as 41.02 thousand beside a lost "2", every check
    passing on figures so cut. A piece carried to the very margin that only with the token before the cut
    makes a figure ("41,022", "0.28" beside figures of two decimals, "1998") goes right after it."""
    lines = rejoin_wrapped_rows(CUT_THROUGH)
    assert lines[1].split()[-4:] == ["1999", "1998", "1999", "1998"]
    assert lines[3].split()[-1] == "41,022" and lines[4] == ""
    assert lines[5].split()[-1] == "35,712"
    assert lines[7].split()[-1] == "5,310"
    assert lines[9].split()[-1] == "0.28"


def test_a_whole_figure_at_the_width_keeps_the_gap_before_the_next() -> None:
    """Cut after a whole figure ("$ 41,022" / "5"), the carried figure is a column of its own: no figure is
    made of the two."""
    lines = rejoin_wrapped_rows(tuple(line.replace("$ 41,02", "$41,022") if "41,02" in line else line
                                      for line in CUT_THROUGH))
    assert lines[3].split()[-2:] == ["$41,022", "2"]


# An e-mailed copy re-wrapped at 72 columns (invented, round 668): each row's nine months carried to the margin,
# one label longer than the label column pushing its dashes right, the carried figures carrying footnote marks.
MAILED_AT_72 = (
    "                                          Three Months Ended",
    "Nine Months Ended",
    "                                                2011        2010",
    "2011        2010",
    "Revenues                                    $52,480     $47,310",
    "$151,920    $138,640",
    "  Amortization of acquired intangibles          640         512",
    "1,920          1,536",
    "  Write-off of acquired in-process technology          --          --",
    "2,150(a)          --",
    "Provision for income taxes                    3,802       3,113",
    "10,201(b)      8,901",
)


def test_a_carried_line_whose_figure_carries_a_footnote_mark_goes_back_on_its_row() -> None:
    lines = rejoin_wrapped_rows(MAILED_AT_72)
    assert lines[10].split()[-2:] == ["10,201(b)", "8,901"] and lines[11] == ""


def test_figures_a_long_label_pushed_right_go_back_under_the_first_lines_columns() -> None:
    """"--" and "--" stood 7 characters right of the quarter's columns, the second read in the nine months'."""
    lines = rejoin_wrapped_rows(MAILED_AT_72)
    assert [lines[9], lines[8][:63]] == ["", f"{'  Write-off of acquired in-process technology':<49}--{'--':>12}"]
    assert lines[8].split()[-2:] == ["2,150(a)", "--"]
    # without its carried line the row still holds the quarter's figures, under the quarter's columns
    alone = rejoin_wrapped_rows((*MAILED_AT_72[:9], "", *MAILED_AT_72[10:]))
    assert alone[8] == lines[8][:63]


# An EDGAR <TABLE> re-wrapped at 72 columns, each header line's last column carried (round 668, invented).
LENGTHS_CARRIED = (
    "                            Fourteen   Thirteen     Fifty-three",
    "Fifty-two",
    "                           Weeks Ended Weeks Ended  Weeks Ended   Weeks",
    "Ended",
    "  Local service                $401.2      $377.5    $1,552.8   $1,480.3",
    "  Long distance                   210.6       198.4       822.5",
    "790.1",
    "    Total operating revenues       657.1       617.1     2,546.2",
    "2,433.0",
)


def test_the_last_columns_length_in_words_carried_alone_goes_back_over_its_column() -> None:
    """Left at the margin, "Fifty-two" had headed no column, and the 52 weeks' column took the length of the
    53 weeks' beside it. A line of length words alone under a line of length words carries it on."""
    lines = rejoin_wrapped_rows(LENGTHS_CARRIED)
    assert lines[0].split() == ["Fourteen", "Thirteen", "Fifty-three", "Fifty-two"] and lines[1] == ""
    assert lines[0].index("Fifty-two") > lines[0].index("Fifty-three") + len("Fifty-three")


def test_words_under_length_words_that_name_no_length_are_no_carried_header() -> None:
    lines = rejoin_wrapped_rows((*LENGTHS_CARRIED[:1], "Revenues", *LENGTHS_CARRIED[2:]))
    assert lines[1] == "Revenues"


# lynx's dump of a 2000-era release (round 675, invented): two long income-statement rows wrapped, the
# second leaving its last figure alone; far below, the equity total printing all three columns over the
# grand total, whose words lynx dropped with the cell that held them.
EQUITY_OVER_ITS_GRAND_TOTAL = (
    "     " + "_" * 86,
    "   Net sales   $ 612,400     $ 571,300     $ 1,803,900     $ 1,672,500",
    "   Cost of sales, including buying and occupancy costs     441,200       413,900",
    "   1,302,600       1,214,800",
    "   Selling, general and administrative expenses     128,700       119,300       380,100",
    "     352,900",
    "   Depreciation and amortization     14,300       13,100       42,500       38,900",
    "",
    "      Retained earnings     349,300       291,400       336,100",
    "            Total shareholders' equity     445,700       392,600       434,800",
    "       $ 853,600     $ 780,500     $ 772,000",
)


def test_a_row_printing_every_column_over_a_row_of_its_own_is_no_wrapped_row() -> None:
    """Run on, the equity row's figures had been read into its label and the grand total's taken for its
    own: a row as full as most rows of its block, over a line as full, the two more than any other row
    prints, is a row over a row. The true wraps above still go back on their rows."""
    lines = rejoin_wrapped_rows(EQUITY_OVER_ITS_GRAND_TOTAL)
    assert lines[9:] == EQUITY_OVER_ITS_GRAND_TOTAL[9:]
    assert lines[2].split()[-4:] == ["441,200", "413,900", "1,302,600", "1,214,800"] and lines[3] == ""
    assert lines[4].split()[-1] == "352,900" and lines[5] == ""


# A text release printed from a <pre> page at about 67 characters (round 727, invented): every row's last
# figure, and the tail of each header line that ran near the width ("For" / "the 26", "July" / "2, 2022 and",
# "Pretax   Per Share   Pretax" / "Per Share"), wrapped to the very margin.
HEADER_TAILS = (
    "                                          For the 13         For",
    "the 26",
    "                                          Weeks Ended",
    "Weeks Ended",
    "                                        July 2, 2022 and   July",
    "2, 2022 and",
    "    (millions)                           2022     2021      2022",
    "2021",
    "    Net sales                           $5,210   $4,880   $10,150",
    "$9,420",
    "    Cost of sales                        3,640    3,420     7,080",
    "6,610",
    "",
    "                                   Pretax   Per Share   Pretax",
    "Per Share",
    "    Plant closure costs              15       0.07         9",
    "0.04",
)


def test_a_header_lines_tail_wrapped_to_the_margin_goes_back_on_its_line() -> None:
    """Left at the margin, "the 26" had been read as a section heading, the 26 weeks' columns lost, and "Per
    Share" had made the pretax amounts under it figures a share. Words at the margin under a header line near
    the width that, alone or ending its last cell, repeat another of its cells (numbers and months aside) are
    that line's tail: a cell cut at a word goes on after a space, a whole cell after the width."""
    lines = rejoin_wrapped_rows(HEADER_TAILS)
    assert lines[0].rstrip().endswith("For the 13         For the 26") and lines[1] == ""
    assert lines[4].rstrip().endswith("July 2, 2022 and   July 2, 2022 and") and lines[5] == ""
    assert lines[13].split() == ["Pretax", "Per", "Share", "Pretax", "Per", "Share"] and lines[14] == ""


def test_a_heading_at_the_margin_repeating_no_header_cell_stays_a_heading() -> None:
    """A section heading under the header ("Per Share" where no cell of the line reads so) is left as printed."""
    lines = rejoin_wrapped_rows((*HEADER_TAILS[:13], "                                   Pretax   Amount   Pretax",
                                 "Per Share", *HEADER_TAILS[15:]))
    assert lines[14] == "Per Share"


def test_a_release_whose_header_tails_wrapped_reads_every_column() -> None:
    """The whole release (tests/fixtures/layouts/header_tails_wrapped_to_the_margin.txt, invented): before,
    every 2021 and 26-week column was lost ("column 2 ... names no period length"). Figures foot: 5,210 - 3,640
    = 1,570; 1,570 - 1,120 = 450; 450 - 38 = 412; 412 - 99 = 313; 313 / 162.0 = 1.93; 26 weeks of 2021: 9,420 -
    6,610 = 2,810; 2,810 - 2,040 = 770; 770 - 85 = 685; 685 - 164 = 521; 521 / 165.0 = 3.16. The items table's
    pretax amounts ($24, 15) are no figures a share."""
    facts = printed_facts(LAYOUTS / "header_tails_wrapped_to_the_margin.txt")
    million = Decimal(1_000_000)
    assert facts[("operations", "revenue", "2021-07-03", "3")] == 4880 * million
    assert facts[("operations", "revenue", "2022-07-02", "6")] == 10150 * million
    assert facts[("operations", "net_income", "2021-07-03", "6")] == 521 * million
    assert facts[("operations", "operating_income", "2022-07-02", "6")] == 860 * million
    assert facts[("operations", "eps_diluted", "2021-07-03", "3")] == Decimal("1.68")
    assert facts[("operations", "eps_basic", "2021-07-03", "6")] == Decimal("3.16")
    assert facts[("operations", "shares_diluted", "2022-07-02", "6")] == 162 * million
    assert len(facts) == 52
    assert not any(value in (24, 15) for (_, concept, _, _), value in facts.items() if concept.startswith("eps"))
