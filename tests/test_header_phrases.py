"""How a header line is cut into phrases, each a column's or a group's head (core.tables.headers._phrases).

Renderers set heads two spaces apart or more, and a phrase is what stands between such gaps; but w3m and
narrow PDF cells leave one space between two columns' heads, and a few wordings say where one head ends and
the next begins. The examples are the header lines of real layouts (the rounds named), as printed.
"""

from __future__ import annotations

import pytest

from core.tables.headers import _phrases


@pytest.mark.parametrize(("line", "pieces"), [
    # one head each, as printed two spaces apart
    ("    Three Months Ended   Nine Months Ended", ["Three Months Ended", "Nine Months Ended"]),
    # a range's second date is no column's own
    ("Period from June 1, 2020 through June 30, 2020", ["Period from June 1, 2020 through June 30, 2020"]),
    # two whole dates run together by a tight rendering
    ("March 31, 2020 December 31, 2019", ["March 31, 2020", "December 31, 2019"]),
    # w3m at 80 columns, each month's day wrapped under it (round 476)
    ("September September September 30, September 30,", ["September", "September", "September 30,",
                                                         "September 30,"]),
    # a change column's heads, then the next group's year one space on (round 480)
    ("Change % Change 2024", ["Change % Change", "2024"]),
    # ... but a change head naming its years is one head
    ("Change 2024 vs. 2023", ["Change 2024 vs. 2023"]),
    ("% Change", ["% Change"]),
    # a month's day one space before a percent column's head (round 483)
    ("December 30, % of Net", ["December 30,", "% of Net"]),
    # each cell's length, its "Ended December 31, 2023" wrapped under it (w3m at 80 columns, round 481)
    ("Three Months Three Months Year Ended", ["Three Months", "Three Months", "Year Ended"]),
    # two whole lengths after "For the", one space apart beside change columns (w3m at 80 columns, round 604)
    ("For the three months ended For the six months ended", ["For the three months ended",
                                                             "For the six months ended"]),
    ("Thirteen Weeks Twenty-six Weeks", ["Thirteen Weeks", "Twenty-six Weeks"]),
    # the next column's number word one space on, its "Weeks Ended" wrapped under it (pdftotext of a
    # browser's PDF, round 692), and heads whose number words stand a line above (w3m at 80 columns)
    ("Thirteen Weeks Fifty-Three", ["Thirteen Weeks", "Fifty-Three"]),
    ("Weeks Ended Weeks Ended Weeks Ended", ["Weeks Ended", "Weeks Ended", "Weeks Ended"]),
    # ... but a number word before its own length is that head's
    ("Fifty-Three Weeks Ended", ["Fifty-Three Weeks Ended"]),
    # ... but a length and its end are one head
    ("Three Months Ended", ["Three Months Ended"]),
    ("For the Twelve Months Ended December 31,", ["For the Twelve Months Ended December 31,"]),
])
def test_a_header_line_is_cut_where_one_head_ends(line: str, pieces: list[str]) -> None:
    assert [text for text, _, _ in _phrases(line)] == pieces


def test_each_phrase_keeps_where_it_stands() -> None:
    line = "   September September 30,"
    assert _phrases(line) == [("September", 3, 12), ("September 30,", 13, 26)]
