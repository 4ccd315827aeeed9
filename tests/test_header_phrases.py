"""How a header line is cut into phrases, each a column's or a group's head (core.tables.headers._phrases).

Renderers set heads two spaces apart or more, and a phrase is what stands between such gaps; but w3m and
narrow PDF cells leave one space between two columns' heads, and a few wordings say where one head ends and
the next begins. The examples are the header lines of real layouts (the rounds named), as printed.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.tables.headers import _phrases
from core.tables.lines import LineKind, classify


@pytest.mark.parametrize(("line", "pieces"), [
    # one head each, as printed two spaces apart
    ("    Three Months Ended   Nine Months Ended", ["Three Months Ended", "Nine Months Ended"]),
    # a range's second date is no column's own
    ("Period from June 1, 2020 through June 30, 2020", ["Period from June 1, 2020 through June 30, 2020"]),
    # a day without its comma ends a date only after its month (round 304), never where it opens the one date of
    # a day-month-year head (a UK half year's "Six months ended 30 June 2021": cut to "June 2021" before)
    ("September 30 December 31,", ["September 30", "December 31,"]),
    ("Six months ended 30 June 2021", ["Six months ended 30 June 2021"]),
    ("Year ended 31 December 2020", ["Year ended 31 December 2020"]),
    # the British "to" ends a length as "ended" does (round 729), on a day first or a month first
    ("Six months to 30 June 2008", ["Six months to 30 June 2008"]),
    ("Year to 31 December 2007", ["Year to 31 December 2007"]),
    ("Six months to 30 June 2008    Year to 31 December 2007", ["Six months to 30 June 2008",
                                                              "Year to 31 December 2007"]),
    # ... and a range's "to" joins its dates into one head
    ("Period from July 15 to December 31, 2004", ["Period from July 15 to December 31, 2004"]),
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
    # the reported figures' head one space before another version's, its mark after it (round 720)
    ("Actual Pro Forma (1)", ["Actual", "Pro Forma (1)"]),
    ("As Reported As Adjusted", ["As Reported", "As Adjusted"]),
    ("Historical Pro Forma", ["Historical", "Pro Forma"]),
    # ... but one version's words are one head
    ("Pro Forma As Adjusted", ["Pro Forma As Adjusted"]),
])
def test_a_header_line_is_cut_where_one_head_ends(line: str, pieces: list[str]) -> None:
    assert [text for text, _, _ in _phrases(line)] == pieces


def test_each_phrase_keeps_where_it_stands() -> None:
    line = "   September September 30,"
    assert _phrases(line) == [("September", 3, 12), ("September 30,", 13, 26)]


@pytest.mark.parametrize("line", [
    # a column's version with its footnote mark one space after its words: a header's line, no row (round 720)
    "                                   Actual Pro Forma (1)          2005",
    "                                   Actual   As Adjusted (1)          2005",
    "                                   Actual   Pro Forma (a)          2005",
    "                                   Actual   Pro Forma *          2005",
    "                                   Actual   Pro Forma(1)          2005",
])
def test_a_mark_one_space_after_a_heads_words_keeps_the_line_a_header(line: str) -> None:
    assert classify(1, line).kind is LineKind.YEARS


def test_a_label_with_a_mark_beside_one_figure_is_still_a_row() -> None:
    assert classify(1, "Net income (1)                        2005").kind is LineKind.DATA


def test_the_reported_and_prior_columns_are_read_beside_a_pro_forma_head_one_space_on() -> None:
    """Pellwood Diagnostics (invented): "Actual Pro Forma (1)   2010" under "June 30, 2011   December 31,".
    The June actual column (24,500 + 9,800 = 34,300, + 15,700 = 50,000 = 18,200 + 31,800) and the December
    one (21,300 + 9,100 = 30,400, + 16,600 = 47,000 = 17,600 + 29,400) are read; the pro forma column is not
    the company's as reported and is not (round 720: the line had been read as a row, the December column
    dropped for naming no period end)."""
    path = Path(__file__).parent / "fixtures" / "layouts" / "pro_forma_head_one_space_after_actual_with_its_mark.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    balance = next(s for s in release.statements if s.kind == "balance")
    assert [str(period.end) for period in balance.periods] == ["2011-06-30", "2010-12-31"]
    for concept, values in {"cash_and_equivalents": (24_500_000, 21_300_000),
                            "total_assets": (50_000_000, 47_000_000),
                            "stockholders_equity": (31_800_000, 29_400_000)}.items():
        item = balance.item(concept)
        assert item is not None, concept
        assert item.values == tuple(Decimal(value) for value in values), concept
    assert not release.failed_checks


@pytest.mark.parametrize(("line", "kind"), [
    # a year (or words) typed inside the rule that spans its columns, one rule a group (round 737): a header's line
    ("          ------------- 2006 -------------   ------ 2005 ------", LineKind.TEXT),
    ("          --- 2011 ---  --------------- 2010 ----------------", LineKind.TEXT),
    ("          ====== Three Months Ended ======   ==== Nine Months Ended ====", LineKind.TEXT),
    # figures between dashes are no caption: a row of nil dashes with no label beside a figure stays a row
    ("          --      1,234      --", LineKind.DATA),
    # a row's label first is a row, whatever its dashes
    ("Net revenues   ------ 2005 ------", LineKind.DATA),
])
def test_a_caption_inside_its_rule_is_a_header_line(line: str, kind: LineKind) -> None:
    assert classify(1, line).kind is kind
