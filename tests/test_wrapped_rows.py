"""Rows wrapped at the page's width, set back on one line (core.tables.wrapped_rows): the habit as a word
processor shows it, each row's last figure wrapped whole to the margin, and a column's date after its month."""

from __future__ import annotations

from core.tables.wrapped_rows import rejoin_wrapped_rows

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
