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
