"""A column's date joined from two columns' header stacks is held back where the release prints it nowhere
(core.tables.date_pieces, round 697); a month-day set once over several years, or a date the release prints
elsewhere, is left as read."""

from __future__ import annotations

from pathlib import Path

import core
from core.tables.date_pieces import dates_of_two_stacks

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"

# Four stacks, "Sept. 27," over 2008 and "Sept. 28," over 2007 twice: the sixth of eight columns read by order
# straddled the nine months' two stacks and took one's month-day and the other's year.
_STACKS = (
    "                     Three Months Ended           Nine Months Ended",
    "                    Sept. 27,     Sept. 28,    Sept. 27,      Sept. 28,",
    "                      2008          2007         2008           2007",
)
_HEADERS = ("Three Months Ended Sept. 27, 2008", "Three Months Ended Sept. 28, 2007",
            "Nine Months Ended Sept. 27, 2008", "Nine Months Ended Sept. 28, 2008",
            "Nine Months Ended Sept. 28, 2007")


def test_a_month_day_and_a_year_from_two_stacks_date_no_column() -> None:
    [(index, day, why)] = dates_of_two_stacks(_HEADERS, _STACKS, _STACKS)
    assert (index, day) == (3, "2008-09-28")
    assert why == ("its date, 2008-09-28, joins the month and day of one column's header ('Sept. 28', over 2007) "
                   "to the year of another's (2008, under 'Sept. 27'), and the release prints that date nowhere")


def test_a_date_the_release_prints_elsewhere_is_kept() -> None:
    # whole in a sentence, or stacked month-day over year in another table's header
    told = ("  Results for the nine months ended September 28, 2008 follow.", *_STACKS)
    assert dates_of_two_stacks(_HEADERS, _STACKS, told) == ()
    other = ("                    Sept. 28,", "                      2008", "", *_STACKS)
    assert dates_of_two_stacks(_HEADERS, _STACKS, other) == ()


def test_a_month_day_set_once_over_its_years_dates_each_of_them() -> None:
    # "December 31," centred over both years stands over no year of its own
    lines = ("                  December 31,", "              2019            2018")
    assert dates_of_two_stacks(("December 31, 2019", "December 31, 2018"), lines, lines) == ()


def test_dates_each_stacked_over_their_own_columns_are_kept() -> None:
    headers = ("Three Months Ended Sept. 27, 2008", "Three Months Ended Sept. 28, 2007",
               "Nine Months Ended Sept. 27, 2008", "Nine Months Ended Sept. 28, 2007")
    assert dates_of_two_stacks(headers, _STACKS, _STACKS) == ()


def test_the_column_is_held_back_with_a_warning_naming_its_date() -> None:
    """The layout fixture of round 697's pdftotext header: its sixth column's amounts are no facts, and the
    user is told which date was not vouched for."""
    name = "pdftotext_amounts_under_a_date_joined_from_two_columns_stacked_headers.txt"
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    assert any(w.message.startswith("column 6 ('Nine Months Ended Sept. 28, 2008') was not read: its date, "
                                    "2008-09-28, joins") for w in release.warnings)
