"""Numbers as releases print them: "$(7,151)", "$ 3,325", "--", "(0.23)", "12.5%", "1,234(a)".

A line of a text table is words separated by spaces; the values are the words at its right end. This module
finds those words, groups a lone "$" or "(" with the number beside it, and turns each group into a Decimal.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple

from core.limits import MAX_LINE_VALUES, refusal
from core.vocabulary import CURRENCY_PREFIXES, LETTER_CURRENCY, MONTH_DAY_END, MONTH_RE, SIGN_SUFFIXES, YEAR_RE

# (A figure's first character, a digit, a point, a minus or a parenthesis, starts no currency: the lookahead
# spares each such word the tries of every code.)
_CURRENCY_SIGN = rf"(?:(?=[^\d.(\-\u2013\u2212])(?:(?:US|C|Cdn|CDN|A|HK|NT|NZ|S|R)?[$]|[€£]|{LETTER_CURRENCY.pattern}))"
_NUMBER_WORD = re.compile(
    rf"""
    ^
    (?:[-\u2013\u2212](?={_CURRENCY_SIGN}))?  # a minus set before the currency: -$4,957, -US$0.20 (round 725)
    {_CURRENCY_SIGN}?\(?{_CURRENCY_SIGN}?
                                  # currency and opening parenthesis, in either order: $(7,151) ($7,151) US$(0.12)
    (?:[-\u2013\u2212]|\+(?=[\d,.]+%))?  # a minus sign: -1,234, or an en dash or minus sign set for one:
                                  # \u2013620; a change column's plus before a percentage: +2% (not "+47 70")
    (?: \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?   # grouped thousands: 31,139,289 or 1,234.5
      | \d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?  # lakhs and crores, as Indian filers group: 1,84,41,205
      | \d{{1,3}},\d{{1,2}}(?!\d)          # a decimal comma, as European filers print figures a share: 0,09
      | \d{{1,3}}(?:\.\d{{3}})+,\d{{1,2}}(?!\d)  # continental grouping, full stops and a decimal comma: 1.590,2
      | \d{{1,3}}(?:\.\d{{3}}){{2,}}(?![\d.])  # full stops grouping thousands twice or more: 1.590.214
      | \d+(?:\.\d+)?                  # plain digits: 578, 0.23, 2004
      | \.\d+                          # leading point: .16
    )
    \)?                           # closing parenthesis
    (?:(?<=\d)-)?                 # a minus sign after the figure, as old mainframe reports print it: 29,942-
    %?                            # a percentage
    (?:\(\w{{1,2}}\)|\[\w{{1,2}}\]|\*{{1,3}}|\+|[\u2020\u2021]{{1,2}}|(?<=\))[0-9a-z]|(?<=\d)p)?  # a footnote
                                  # marker glued to the number: 1,234(a), 5,120[1], 0.40*, 9,842+, 615†, (412)2;
                                  # or pence: 35.2p (`in_pence` says which the row means)
    \)?
    $
    """,
    re.VERBOSE,
)
# Dashes stand for zero or "nothing" in a number column: "-", "--", "---", em and en dashes, the wire
# services' "-0-", and the Commonwealth's "nil"; a typist's "-----" too, up to six hyphens (a rule under a
# column is a line of its own, or longer: "----------").
# A dash for zero, also in a change column ("\u2014%", "(\u2014)%": no change).
_DASH_WORD = re.compile(
    r"^[$]?(?:[-\u2013\u2014]{1,3}|-{4,6}|\([-\u2013\u2014]{1,3}\)%|[-\u2013\u2014]{1,3}%|-0-|[Nn]il|NIL)$")
# Words that decorate a number without being one: a lone "$" column, or a ")" or "%" in a cell of its own.
_LONE_CURRENCY = CURRENCY_PREFIXES
# A negative's parenthesis run onto the currency sign, the figure a word apart ("($ 2,372)", "($   832)"): the
# opening of one cell, as "(" and "$" standing apart are (round 713: taken for the label's last word, the
# figure read "2,372)", a positive).
# So is a minus run onto the sign ("-$ 841", "\u2212$ 0.12"), which parse_number's words never print.
_OPENED_CURRENCY = frozenset(f"{opening}{sign}" for opening in ("(", "-", "\u2013", "\u2212")
                             for sign in _LONE_CURRENCY)
_LONE_CLOSERS = frozenset({")", "%", ")%"})
# Words that stand in a number column for "no figure": not meaningful, not applicable.
_NO_VALUE_WORDS = frozenset({"nm", "n/m", "n.m.", "na", "n/a", "n.a.", "nmf"})
_NO_VALUE = _NO_VALUE_WORDS | {"*"}
# A change in percentage or basis points after its figure ("1.6 pts", "(3.9) pts", "120 bps"): no amount.
_POINTS = frozenset({"pts", "pts.", "ppts", "pp", "ppt", "bps", "bp"})
# The currency's hundredth a word after its figure: "35.2 pence", "35.2 p" (a British figure a share).
_PENCE_WORDS = frozenset({"pence", "p"})
_NO_VALUE_OR_POINTS = _NO_VALUE | _POINTS
# A figure marked as pence, glued or a space apart ("35.2p", "(4.1)p", "35.2 pence"): `in_pence` reads it.
_IN_PENCE = re.compile(r"\d\)?\s?p(?:ence)?$")


def in_pence(text: str) -> bool:
    """Whether a cell's text marks its figure as pence, a hundredth of the pound ("35.2p", "35.2 pence"). The
    figure is read as printed; only a figure a share may be pence, and the statement turns it into pounds, as it
    does a row labelled "(pence)" (`core.statements.units.scaled`); any other row so marked is held back."""
    return _IN_PENCE.search(text) is not None
# A comma before one or two last digits is a decimal comma ("0,09", "29,12").
DECIMAL_COMMA = re.compile(r"(?<![\d,])\d{1,3},\d{1,2}(?![\d,])")
# Full stops grouping thousands as only a continental figure groups them: before a decimal comma ("1.590,2")
# or twice or more ("1.590.214"); a lone "812.431" may be a decimal fraction, which `tables.dot_thousands`
# tells per table.
_CONTINENTAL_GROUPING = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:\.\d{3})+,\d{1,2}(?![\d,])|(?:\.\d{3}){2,}(?![\d.,]))")
# "US$0.45", "Cdn$7,440": the dollar's country is no digit
_DOLLAR_OF = re.compile(r"(?:US|Cdn|CDN|C|A|HK|NT|NZ|S|R)(?=\$)")
_FOOTNOTE_TAIL = re.compile(
    r"(?<=[\d)%])(?:\(\w{1,2}\)|\[\w{1,2}\]|\*{1,3}|\+|[\u2020\u2021]{1,2})$|(?<=\))[0-9a-z]$|(?<=\d)p$")
# ... and inside a negative's parentheses ("(318,412(1))", its ")" typed in a cell of its own after the mark).
_FOOTNOTE_INSIDE = re.compile(r"(?<=\d)\(\w{1,2}\)(?=\)$)")


class Cell(NamedTuple):
    """A value printed in a line: its text, where it stands, and what it means.

    `start`/`end` cover the whole printed cell (with "$" and parentheses); `anchor` is the column just after
    its last digit, which is where right-aligned numbers line up even when negatives hang a ")" outside.
    """

    text: str
    start: int
    end: int
    anchor: int
    value: Decimal
    is_percent: bool = False
    is_dash: bool = False
    has_currency: bool = False
    is_blank: bool = False  # "NM", "n/a": the column has no value here


# A minus sign as releases set it: a hyphen, or an en dash or the minus sign where typesetting replaced it.
_MINUS_SIGNS = ("-", "\u2013", "\u2212")
_MINUS_CHARS = "".join(_MINUS_SIGNS)
_DIGITS = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_LETTER_PREFIX = re.compile(rf"[(\-\u2013\u2212]?({LETTER_CURRENCY.pattern})(?=[\d(.\-\u2013\u2212])")


def amounts_a_share(cells: Iterable[Cell | None]) -> bool:
    """Whether a row's figures are amounts a share: dollars and cents, a few dollars at most (blank cells
    aside)."""
    present = [cell for cell in cells if cell is not None and not cell.is_blank]
    return bool(present) and all("." in cell.text and abs(cell.value) < _MOST_A_SHARE for cell in present)


_MOST_A_SHARE = 1_000


def half_the_last_place(value: Decimal) -> Decimal | None:
    """Half a unit of the last place a figure carries (0.005 for 0.25, 0.5 for 378): the most its rounding may
    have moved it, for a check's tolerance. None for a value with no place (infinite or not a number)."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else None


def parse_number(text: str) -> Decimal | None:
    """The value of one printed cell, or None when it is not a number ("n/m", "N/A", words)."""
    word = text.replace(" ", "")
    plain = _PLAIN_NUMBER.fullmatch(word)  # "2,345", "(0.23)", "10.5%": what _parse_word makes of them
    if plain is not None:
        opening, digits, closing, _ = plain.groups()
        value = Decimal(digits.replace(",", ""))
        return -value if opening or closing else value
    return _parse_word(word)


def _parse_word(word: str) -> Decimal | None:
    """parse_number's general reading of a word without spaces."""
    if _DASH_WORD.match(word):
        return Decimal(0)
    if not _NUMBER_WORD.match(word):
        return None
    if not word[:1].isdigit() and (currency := _LETTER_PREFIX.match(word)) is not None:
        # "Ps.1,184,305", "(RMB88)", "\u00a5412": the currency is no part of the figure
        word = word[: currency.start(1)] + word[currency.end(1) :]
    word = _FOOTNOTE_TAIL.sub("", _DOLLAR_OF.sub("", word))
    if word.lstrip("$€£").startswith("("):
        word = _FOOTNOTE_INSIDE.sub("", word)
    # (a ")" whose "(" was split off, "2,372)", closes a negative all the same: a figure with a parenthesis
    # is never read as positive, as one whose ")" stands a word apart is not, `split_cells`)
    negative = "(" in word or ")" in word or word.lstrip("$€£(").startswith(_MINUS_SIGNS) or word.endswith("-")
    if _CONTINENTAL_GROUPING.search(word):
        # "1.590,2", "1.590.214": no figure prints two decimal points, nor a decimal comma after one, so the
        # full stops group thousands (round 729: such rows had been read as headings, their figures lost)
        word = word.replace(".", "").replace(",", ".")
    elif DECIMAL_COMMA.search(word):
        word = word.replace(",", ".")  # "0,09": nine cents; a comma groups three digits, never one or two
    digits = word.strip("$€£()%+" + _MINUS_CHARS).replace("$", "").replace(",", "").replace("(", "").replace(")", "")
    digits = digits.lstrip(_MINUS_CHARS)
    if not _DIGITS.fullmatch(digits):  # "0*)": a mark left inside what the word pattern let through
        return None
    value = Decimal(digits)
    return -value if negative else value


def without_footnote_mark(word: str) -> str:
    """A figure's word without the footnote's mark glued after it ("9,232(b)", "0.40*", "(412)2"), as a cell
    reads it: where figures alone must be told from words, a mark is no word."""
    return _FOOTNOTE_TAIL.sub("", word)


def says_no_value(text: str) -> bool:
    """Whether a cell's whole text is a word a number column prints for "no figure" ("nm", "N/M", "n/a").
    A lone "*" is left out: beside a figure it is as often a footnote's mark."""
    return text.replace(" ", "").lower() in _NO_VALUE_WORDS


def split_cells(line: str) -> tuple[str, int, list[Cell]]:
    """Split a line into its label and the value cells at its right end.

    Returns (label, label_end, cells). Only the trailing run of number-like words counts as values, so a
    number inside a label ("Series 2004 notes", "40th") stays in the label unless it ends the line; the
    table reader later hands back cells that stand left of every column.
    """
    mark = _MARK_AFTER_FIGURES.search(line) if line.rstrip().endswith(")") else None
    run, label_end = _trailing_run(line[: mark.start()] if mark else line)
    # Leading decorations of the run belong to the number after them, never to the label.
    cells: list[Cell] = []
    pending_start: int | None = None
    pending_prefix = ""
    for word, start, end in run:
        if word in _LONE_CURRENCY or word == "(" or word in _OPENED_CURRENCY:
            if word in _LONE_CURRENCY and pending_prefix in _LONE_CURRENCY:
                # a sign after a sign, nothing between: the first was an empty cell's, its figure wrapped away
                # (w3m: "Freight revenue   $        $ $ 921,830": round 639)
                pending_start, pending_prefix = None, ""
            if pending_start is None:
                pending_start = start
            pending_prefix += word
            continue
        if word in _PENCE_WORDS and cells and pending_start is None and _trailing_pence_kept(cells[-1], start):
            cells[-1] = cells[-1]._replace(text=f"{cells[-1].text} {word}", end=end)  # "35.2 pence": `in_pence`
            continue
        points = word.lower() in _POINTS
        if word in _LONE_CLOSERS or points:
            if not cells and pending_start is None and word == "%" and start == run[0][1]:
                label_end = end  # "Gross margin %   52.5": the label's sign, saying the row holds percentages
            if cells:
                last = cells[-1]
                negative = last.value if last.value < 0 or ")" not in word else -abs(last.value)
                cells[-1] = Cell(
                    text=f"{last.text} {word}" if points else last.text + word,
                    start=last.start,
                    end=end,
                    anchor=last.anchor,
                    value=negative,
                    is_percent=last.is_percent or "%" in word or points,
                    is_dash=last.is_dash,
                    has_currency=last.has_currency,
                )
            continue
        if word in SIGN_SUFFIXES:
            if cells and pending_start is None:
                cells[-1] = _marked_with_side(cells[-1], word, start, end)
            elif not cells:
                label_end = end  # no figure before it: a word of the label after all
            continue
        if word.lower() in _NO_VALUE:
            cells.append(Cell(text=word, start=start, end=end, anchor=end, value=Decimal(0), is_blank=True))
            pending_start, pending_prefix = None, ""
            continue
        if pending_prefix in _LONE_CURRENCY and word[-1] == "%":
            # "Passenger   $        $        7.2%": no percent is an amount of money, so the sign before it is
            # an empty cell's, its figure wrapped onto the line under it (w3m at 80 columns, round 656: read
            # as "$ 7.2%", the cell had reached back over the amount's column and moved the columns' bounds)
            pending_start, pending_prefix = None, ""
        cell = (_plain_cell(word, start, end, pending_prefix, pending_start)
                or _value_cell(word, start, end, pending_prefix, pending_start))
        if cell is None:
            continue
        cells.append(cell)
        pending_start = None
        pending_prefix = ""
    if cells and all(cell.is_blank for cell in cells):
        label_end = run[-1][2]  # "... was NM": a sentence, all of it label
        cells = []
    if len(cells) > 1 and _ZEROS_MARK.fullmatch(cells[0].text):
        # "Average shares outstanding (000)   31,406   31,922": the label's unit, no figure (no column prints
        # a zero as "(000)"; round 579: read as one, the row's figures had moved a column right)
        label_end = cells[0].end
        cells = cells[1:]
    if cells and _inside_the_labels_parenthesis(line, label_end, cells[0], len(cells)):
        # "Income taxes (Note 4)   103.4   88.3": the note's number ends the label's parenthesis; "Income taxes
        # (fiscal 2023" a label w3m wrapped (round 623: a column of its own, the note's number had taken the
        # year of the column beside it; the year, a line of years, had broken the table in two)
        label_end = cells[0].end
        cells = cells[1:]
    ranged = None if _amounts_beside_percents(cells) else _last_range(cells)
    if ranged is not None and not _flat_row_on_after_the_dash(cells, ranged) and not _a_zero_before(cells, ranged):
        # "Approximately 9% - 10%", "$7.85 - $7.93": a range of guidance, its dash no zero of a column; it and
        # what stands before it are words
        label_end = cells[ranged + 1].end
        cells = cells[ranged + 2 :]
    return line[:label_end].strip(), label_end, cells


# A dash that can be a minus sign set a space before its figure ("- 1,618", "$- 0.19").
_LONE_MINUS = frozenset({"-", "\u2013", "\u2212", "$-", "$\u2013", "$\u2212"})


def minus_signs_set_apart(line: str, cells: Sequence[Cell]) -> list[Cell]:
    """The cells with each dash one space before a figure read as that figure's minus sign ("- 1,618   - 213",
    "$- 0.19", as a typist sets a negative), where the pair stands between column gaps of two spaces or more: a
    flat row's dash, a space from both its neighbours, is the range and nil reading's (`_last_range`). Whether
    the dash is a minus or a column's nil the table's columns decide (`core.tables.rows.signed_by_the_columns`):
    read as a nil where it was a sign, the dash had shifted every figure of the row a column right (round 717).
    A first dash one space after the label's words is the label's ("shares outstanding - 44,658,512", w3m)."""
    merged: list[Cell] = []
    index = 0
    while index < len(cells):
        cell = cells[index]
        after = cells[index + 1] if index + 1 < len(cells) else None
        if (after is not None and cell.text in _LONE_MINUS and after.start - cell.end == 1 and not after.is_dash
                and not after.is_blank and after.value >= 0 and after.text[:1].isdigit()
                and (cell.start - cells[index - 1].end >= 2 if index else line[cell.start - 2 : cell.start] == "  ")
                and (index + 2 >= len(cells) or cells[index + 2].start - after.end >= 2)):
            merged.append(after._replace(text=f"{cell.text} {after.text}", start=cell.start, value=-after.value,
                                         has_currency=cell.has_currency or after.has_currency))
            index += 2
            continue
        merged.append(cell)
        index += 1
    return merged


def _trailing_pence_kept(cell: Cell, start: int) -> bool:
    """Whether a pence word at `start` is the unit of the cell before it: one space after a figure that is no
    percent and carries no mark of its own."""
    return start - cell.end == 1 and not cell.is_percent and not cell.is_blank and not in_pence(cell.text)


def _marked_with_side(cell: Cell, mark: str, start: int, end: int) -> Cell:
    """A figure's cell with its credit or debit mark ("1,618 CR", "1,618CR") kept in its text: the figure is read
    bare, its side left to the statement's arithmetic, which reads the text again (`has_side_mark`)."""
    return cell._replace(text=f"{cell.text}{' ' if start > cell.end else ''}{mark}", end=end)


def has_side_mark(text: str) -> bool:
    """Whether a cell's text ends on a credit or debit mark ("1,618 CR", "$248DR"): a figure whose sign the
    release left to its side, not to a minus or parentheses."""
    return text[-1:] in "Rr." and any(text.endswith(mark) for mark in SIGN_SUFFIXES) and (
        text.rstrip(".")[-3:-2].isdigit() or text.rstrip(".")[-3:-2] in " )")


# A ratio as a table prints it in a column of its own ("4.2:1", "12:1"), a gap (a tab, two spaces or more)
# before each: a figure of its own kind, never an amount.
_RATIO_CELL = re.compile(r"(?:\t|\s{2,})\s*(\d{1,3}(?:\.\d+)?:1)(?=\s*$|\s*\t|\s{2,})")
_RATIOS_ENDING = re.compile(r"(?:(?:\t|\s{2,})\s*\d{1,3}(?:\.\d+)?:1)+\s*$")


def ratio_cells(line: str) -> tuple[str, list[Cell]] | None:
    """The label and the cells of a row whose figures are all ratios ("Working capital ratio   4.2:1   3.4:1"),
    or None. Each cell is held back as "no figure" (`is_blank`): a ratio is no amount of money, no percent and
    no count, and the reader prints none of its kinds; but the cells end the row, as any row's figures do.
    Read as words, the ratios had carried the row's label on into the next row's, whose figures were then
    printed under the joined label as a percent (round 708)."""
    ending = _RATIOS_ENDING.search(line)
    if ending is None or not line[: ending.start()].strip():
        return None
    cells = [Cell(text=found.group(1), start=found.start(1), end=found.end(1), anchor=found.end(1), value=Decimal(0),
                  is_blank=True) for found in _RATIO_CELL.finditer(line, ending.start())]
    return line[: ending.start()].strip(), cells


def _inside_the_labels_parenthesis(line: str, label_end: int, cell: Cell, count: int) -> bool:
    """Whether a line's first cell (of `count`) is a note's number closing a parenthesis the label opened, or
    a year inside it ending the line, one space after its words ("(Note 4)", "(see Note 12)", a wrapped
    "(fiscal 2023"): a negative's ")" closes a "(" of its own run, never one among words. A year with more
    after it may begin an aside's amounts ("(amortized cost: 2024 - $2,611,402; 2023 - $2,540,118)", the
    next line printing the row's figures): taken from them, the dash and the amount would read as the row's."""
    words = line[:label_end]
    pattern = _NOTE_NUMBER if count > 1 else _IN_A_PARENTHESIS
    return (pattern.fullmatch(cell.text) is not None and words.count("(") > words.count(")")
            and line[:cell.start].rstrip() == words.rstrip() and cell.start - len(words.rstrip()) <= 1)


# A note's number as it closes a parenthesis ("4)", "12)", "4a)"), and it or a year inside one.
_NOTE_NUMBER = re.compile(r"\d{1,2}[a-z]?\)")
_IN_A_PARENTHESIS = re.compile(rf"{_NOTE_NUMBER.pattern}|{YEAR_RE}\)?")


def _flat_row_on_after_the_dash(cells: list[Cell], dash: int) -> bool:
    """Whether more figures follow "figure - figure" one space apart, no range among them: a row lynx set
    flat, its dash a zero between two columns ("Restructuring and related charges 8,200 - 14,650 3,100",
    round 450: read as a range, the row had taken the next line's figures)."""
    rest = cells[dash + 2 :]
    # (a dash among the rest is a zero too, "Goodwill impairment 48,600 — 48,600 —": round 471, the row had
    # been read as words; only another range, figure - figure, makes them a guidance's)
    return bool(rest) and all(b.start - a.end == 1 for a, b in zip(cells[dash + 1 :], rest, strict=False)) and (
        _last_range(cells[dash + 1 :]) is None)


def _a_zero_before(cells: list[Cell], dash: int) -> bool:
    """Whether a dash for zero stands one space before "figure - figure": a row lynx set flat, its dashes
    zeros between figures ("Income from discontinued operations — 1,466 — 4,103", round 487: read as a range,
    its figures as words, the net income's check failed and the net income was held back)."""
    return dash >= 2 and cells[dash - 2].is_dash and cells[dash - 1].start - cells[dash - 2].end == 1


def _amounts_beside_percents(cells: list[Cell]) -> bool:
    """Whether the cells are amounts each followed by its percent, two pairs or more ("- 0.0% - 0.0% 18,450
    4.4% - 0.0%": a statement printing a "% of Net Revenues" column beside each amount, as lynx sets it flat):
    a dash there is an amount's zero, never the dash of a range between the percents round it (round 641:
    "4.4% - 0.0%" read as a range had made the row words, and the table stopped at it). A guidance's range
    prints no such pairs ("9% - 10%", "$1.20 - $1.30 5% - 8%")."""
    return (len(cells) >= 4 and len(cells) % 2 == 0
            and all(not cell.is_percent and not cell.is_blank for cell in cells[::2])
            and all(cell.is_percent and not cell.is_dash for cell in cells[1::2]))


def _last_range(cells: list[Cell]) -> int | None:
    """The index of the dash of the last "figure - figure" among the cells, each one space apart. ("14 — NM" is
    no range: "NM" is no figure, and the dash a zero between two columns, round 532.)"""
    for index in range(len(cells) - 2, 0, -1):
        dash, before, after = cells[index], cells[index - 1], cells[index + 1]
        if (dash.is_dash and dash.end - dash.start == 1 and dash.start - before.end == 1
                and after.start - dash.end == 1 and not before.is_dash and not after.is_dash
                and not before.is_blank and not after.is_blank):
            return index
    return None


# The words a run of values is made of besides numbers and dashes, looked up before any regex is tried.
_RUN_SYMBOLS = _LONE_CURRENCY | _LONE_CLOSERS | {"("} | _OPENED_CURRENCY
# A currency in letters ending a line is a column's heading after its year ("2010 RMB   2011 US$"), no prefix.
_CURRENCY_WORDS = _LONE_CURRENCY - {"$", "\u20ac", "\u00a3"}
# A parenthesis and a sign that open a negative end no line: after the label, a figure must follow them.
_OPENERS = _CURRENCY_WORDS | _OPENED_CURRENCY
# A number or a dash in one match: `_trailing_run` asks it of every word from the right of a line.
_VALUE_WORD = re.compile(f"(?:{_NUMBER_WORD.pattern})|(?:{_DASH_WORD.pattern})", re.VERBOSE)
# The only words of letters alone `_VALUE_WORD` matches: every number holds a digit, every other dash a sign.
_LETTER_DASHES = frozenset({"nil", "Nil", "NIL"})


def value_word(word: str) -> bool:
    """`_VALUE_WORD.match(word) is not None`, a word of letters alone ("expenses", the last word of most labels)
    answered without the pattern: no alternative of `_NUMBER_WORD` matches without a digit, and `_DASH_WORD`
    matches no letters but its "nil" (issue 12; compared with the pattern by tests/test_fast_paths.py)."""
    if word.isalpha() and word not in _LETTER_DASHES:
        return False
    return _VALUE_WORD.match(word) is not None


def _value_cell(word: str, start: int, end: int, prefix: str, prefix_start: int | None) -> Cell | None:
    """The cell of a number word and the "$" or "(" words before it (None when it is no number)."""
    text = prefix + word
    value = parse_number(text)
    if value is None:  # "(" followed by something odd: give up on the prefix
        value = parse_number(word)
        if value is None:
            return None
    if ("(" in prefix or prefix.startswith(_MINUS_SIGNS)) and value > 0:
        value = -value
    core = _FOOTNOTE_TAIL.sub("", word).rstrip(")%")
    return Cell(
        text=text,
        start=start if prefix_start is None else prefix_start,
        end=end,
        anchor=start + len(core),
        value=value,
        is_percent="%" in word,
        is_dash=bool(_DASH_WORD.match(word)),
        has_currency="$" in text or "€" in text or "£" in text or LETTER_CURRENCY.match(prefix.lstrip("(")) is not None,
    )


# The shape most cells of a table take ("2,345", "10.5%", "(0.23)"), with at most a "$" word before it:
# read with one match, to the same Cell `_value_cell` builds (tests/test_columns.py compares the two).
_PLAIN_NUMBER = re.compile(r"(\(?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\)?)(%?)")
# The dashes `_DASH_WORD` reads as a zero, spelled out (one to three hyphens, en or em dashes): looked up in a set.
_ZERO_DASHES = frozenset("".join(dashes) for size in (1, 2, 3)
                         for dashes in itertools.product("-\u2013\u2014", repeat=size))


def _plain_cell(word: str, start: int, end: int, prefix: str, prefix_start: int | None) -> Cell | None:
    """`_value_cell` for the common shapes, None for any other (which `_value_cell` then reads). A "$" set
    against the figure ("$(7,151)", "$3,446": half the cells `_value_cell` was left with on the fixtures)
    is read as one standing apart before it."""
    if prefix not in ("", "$"):
        return None
    if word in _ZERO_DASHES:  # "--", "\u2014": a zero, its anchor the dash's end as the general reading's
        return Cell(prefix + word, start if prefix_start is None else prefix_start, end, end, Decimal(0), False, True,
                    bool(prefix))
    match = _PLAIN_NUMBER.fullmatch(word)
    glued = 0
    if match is None:
        if prefix or word[:1] != "$" or (match := _PLAIN_NUMBER.fullmatch(word, 1)) is None:
            return None
        glued = 1
    opening, digits, closing, percent = match.groups()
    value = Decimal(digits.replace(",", ""))
    # (positional: a named tuple built by keyword takes longer, and this is built for most cells of a table)
    return Cell(prefix + word, start if prefix_start is None else prefix_start, end,
                start + glued + len(opening) + len(digits), -value if opening or closing else value, bool(percent),
                False, bool(prefix) or glued == 1)


# A footnote's letter set after a row's figures ("93,200  (a)"): no column of its own, and no reason for the
# row to lose its figures.
_MARK_AFTER_FIGURES = re.compile(r"(?<=[\d)%])\s+\([a-zA-Z]{1,2}\)\s*$")
_NOTE_MARK = re.compile(r"\(\d{1,2}\)")
_ENDS_IN_CONNECTOR = re.compile(r"\b(?:and|or|of)$", re.IGNORECASE)
_YEAR_WORD = re.compile(rf"{YEAR_RE}\)?[,;.]?$")
# A thousands mark of zeros ("(000)", "(000's)"), which no column prints as a figure ("(1,000)" is one).
_ZEROS_MARK = re.compile(r"\(0{3}'?s?\)", re.IGNORECASE)
_DAY_WORD = re.compile(r"[1-9]|[12]\d|3[01]")
_MONTH_ENDING = re.compile(rf"\b(?:{MONTH_RE})\.?$", re.IGNORECASE)


def _attached_to_label(line: str, run: list[tuple[str, int, int]], label_end: int
                       ) -> tuple[list[tuple[str, int, int]], int]:
    """A figure one space after the label's words and a column gap before the next ("net of allowance of
    $446 and $411      22,699") is part of the label's sentence, not a value of the row."""
    if (len(run) >= 2 and label_end > 0 and run[0][1] - label_end == 1 and run[1][1] - run[0][2] >= 2
            and _ENDS_IN_CONNECTOR.search(line, 0, label_end)):
        return run[1:], run[0][2]
    if (len(run) >= 2 and label_end > 0 and run[0][1] - label_end == 1 and run[1][1] - run[0][2] >= 2
            and _NOTE_MARK.fullmatch(run[0][0])):
        # "Net income (3)      $65,263": a footnote's number one space after the words, a column gap
        # before the figures, is the label's mark, no negative three
        return run[1:], run[0][2]
    if (len(run) >= 2 and label_end > 0 and run[0][1] - label_end == 1 and run[1][1] - run[0][2] >= 2
            and _YEAR_WORD.match(run[0][0]) and MONTH_DAY_END.search(line, 0, label_end)):
        # "... outstanding as of December 31, 2019)   533": the year ends the label's date
        return run[1:], run[0][2]
    if (len(run) >= 2 and label_end > 0 and run[0][1] - label_end == 1 and run[1][1] - run[0][2] >= 2
            and _DAY_WORD.fullmatch(run[0][0]) and _MONTH_ENDING.search(line, 0, label_end)
            and not all(_YEAR_WORD.match(word) for word, _, _ in run[1:])):
        # "Total student enrollment at May 31     38,412   35,048": the day ends the label's date (round 577:
        # read as a figure, the row's figures had moved a column right, the quarter's count printed as 31).
        # Not over years alone: "Three Months Ended June 30   2011   2010" is a header.
        return run[1:], run[0][2]
    return run, label_end


def _trailing_run(line: str) -> tuple[list[tuple[str, int, int]], int]:
    """The number-like words at the end of a line (word, start, end), and where the label before them
    ends. Read from the right, so the words of a long label are never split up at all."""
    run: list[tuple[str, int, int]] = []
    position = len(line.rstrip())
    tabs = "\t" in line  # expanded by split_lines in most documents: one search instead of one a word
    while position > 0:
        start = (max(line.rfind(" ", 0, position), line.rfind("\t", 0, position)) if tabs
                 else line.rfind(" ", 0, position)) + 1
        word = line[start:position]
        if word in _LONE_MARKS and start and (run or line[:start].rstrip()[-1:].isdigit()):
            # "52,140   +   48,870   +": a mark in a cell of its own after each figure ("+", a dagger), no
            # value and no end of the row's figures (round 342: SG&A lost whole, without a word)
            position = _end_of_word_before(line, start)
            continue
        if (word[0] == "(" or word[0] == "*") and _after_a_figure(line, start) and (
                _MARK_WORD.fullmatch(word) or (not run and _LAST_MARK.fullmatch(word))):
            # "1,098 (a)   606", "2,212 *": a footnote's mark one space after a figure, no value of its own
            position = _end_of_word_before(line, start)
            continue
        if word[0] == "(" and _LETTER_MARK.fullmatch(word) and _after_a_figures_gap(line, start):
            # "20,535   (a)   17,200": a footnote's letter in a column of marks, a gap after the figure it
            # marks; no figure, and no label's word after a figure (round 731: it had ended the row's
            # figures, and the row was lost)
            position = _end_of_word_before(line, start)
            continue
        if word in _CURRENCY_WORDS and _after_a_figure(line, start) and not _YEAR_WORD.fullmatch(
                line[line.rfind(" ", 0, start - 1) + 1 : start - 1]):
            # "118.412 TRY", "0,10 EUR": a currency in letters after its figure, as European filers print it
            # (after a year it heads a column instead: "2010 RMB   2011 US$")
            position = _end_of_word_before(line, start)
            continue
        if word[-1] == "%" and (percent := _PERCENT_RUN_ON.search(word)) is not None:
            # "$52,480100.0%": pdftotext ran an amount into the percent of revenue beside it. The percent keeps
            # its own shape (one to three digits, a point, one digit), and the amount ends on its thousands
            # group, so the cut is certain (round 697: the revenue row had been read as words and run into
            # the next row's label)
            cut = start + percent.start(1)
            run.append((percent.group(1), cut, position))
            position = cut
            continue
        if "%$" in word and (after := word.rfind("%$")) > 0 and value_word(word[after + 1 :]) and (
                _A_TENTHS_PERCENT_ENDS.search(word, 0, after + 1)):
            # "13.7%$(958)": the next column's amount run onto a percent (round 697); it opens its own cell
            cut = start + after + 1
            run.append((word[after + 1 :], cut, position))
            position = cut
            continue
        if "$" in word[1:] and (together := _FIGURES_RUN_TOGETHER.fullmatch(word)) is not None:
            # "$2,132,090$2,107,960": pdftotext ran two columns' figures together, no space between (round 535:
            # the row of total assets read as words, lost without a warning); the second "$" opens the next cell
            cut = start + together.start(2)
            run.append((together.group(2), cut, position))
            position = cut
            continue
        if (word[-1] == "$" and len(word) > 1 and (word[-2].isdigit() or word[-2] == ")")
                and _VALUE_WORD.match(word[:-1]) is not None):
            # "950,499$": a PDF's text sets the next cell's "$" flush against a figure. No release prints a
            # currency sign after an amount, so it opens the next column's cell.
            run.append(("$", position - 1, position))
            position -= 1
            word = word[:-1]
        if word in _PENCE_WORDS and _after_a_figure(line, start) and line[start - 2] != "%":
            # "35.2 pence   34.2 pence": the figure's unit a space after it, a word of the run that split_cells
            # keeps with its figure (read as words, the row had lost every figure)
            run.append((word, start, position))
            position = _end_of_word_before(line, start)
            continue
        if word in SIGN_SUFFIXES and _after_a_figure(line, start):
            # "1,618 CR   213 CR": a figure's credit or debit mark one space after it, a word of the run that
            # split_cells keeps with its figure (round 717: read as words, the row had been taken for a wrapped
            # label and given the next row's figures)
            run.append((word, start, position))
            position = _end_of_word_before(line, start)
            continue
        if (len(word) > 2 and word[-1] in "Rr." and (mark := _GLUED_SIDE.search(word)) is not None):
            # "1,618CR": the mark glued to its figure opens no word of the label either
            cut = start + mark.start(1)
            run.append((mark.group(1), cut, position))
            position = cut
            word = word[: mark.start(1)]
        if word[0] == ")" and len(word) > 1 and _CLOSER_MARKED.fullmatch(word):
            # ")2", ")a": a closing parenthesis in a cell of its own with a footnote's superscript after it, the
            # mark no figure (round 362: the whole row of a net loss had been lost)
            word = ")"
            position = start + 1
        # A word of the run: a number, a dash, a lone "$", "(", ")" or "%", or a "no value" word.
        if not ((word in _RUN_SYMBOLS and (run or word not in _OPENERS)) or value_word(word)
                or word.lower() in _NO_VALUE_OR_POINTS):
            glued = _GLUED_FIGURE.search(word) if word[-1].isdigit() or word[-1] == ")" else None
            if glued is not None:
                # "Gross profit140,071   147,215": a conversion ran the first figure into the label's last
                # word; the thousands separators say where the figure starts
                figure_start = start + glued.start(1)
                run.append((glued.group(1), figure_start, position))
                return _attached_to_label(line, run[::-1], figure_start)
            return _attached_to_label(line, run[::-1], position)
        run.append((word, start, position))
        if len(run) > MAX_LINE_VALUES:  # stop here: the rest of a 20 MB line of numbers is never split
            raise refusal(f"more than {MAX_LINE_VALUES:,} numbers on one line", "rows that wide",
                          "MAX_LINE_VALUES")
        # _end_of_word_before, its first window inlined (a column gap is rarely 64 spaces wide).
        low = start - 64 if start > 64 else 0
        kept = line[low:start].rstrip(" \t")
        position = low + len(kept) if kept or not low else _end_of_word_before(line, low)
    return run[::-1], 0


# Two dollar figures with no space between ("$2,132,090$2,107,960", "$(1,204)$(980)").
_FIGURES_RUN_TOGETHER = re.compile(r"(\$?\(?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?)(\$\(?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?)")
# An amount ending on its thousands group, a percent run onto it ("$52,480100.0%", "$(1,206)(2.5)%"): the
# percent, a tenth's shape, is group 1.
_PERCENT_RUN_ON = re.compile(r"\d,\d{3}\)?(\(?\d{1,3}\.\d\)?%)$")
# A percent to a tenth ending a word, a next amount run onto it after its "%".
_A_TENTHS_PERCENT_ENDS = re.compile(r"\d\.\d\)?%$")
_MARK_WORD = re.compile(r"\([a-zA-Z]{1,2}\)|\*{1,5}")  # ("*****" ending a row: round 342)
# Marks set in a cell of their own after a figure, never a value: "+", daggers.
_LONE_MARKS = frozenset({"+", "++", "\u2020", "\u2021", "\u2020\u2020"})
# A closing parenthesis and a footnote's mark run onto it: ")2", ")a", ")(1)", ")*".
_CLOSER_MARKED = re.compile(r"\)(?:\d{1,2}|[a-z]|\(\w{1,2}\)|\*{1,3})")
_YEAR_WORD = re.compile(r"\(?(?:19|20)\d{2}\)?")
# A figure with its thousands separators run into the word before it ("profit140,071", "Revenues$1,234").
_GLUED_FIGURE = re.compile(r"[A-Za-z]((?:\$\(?|\()?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?)$")
# A credit or debit mark glued to a figure ("1,618CR", "(412)DR"): group 1.
_GLUED_SIDE = re.compile(r"[\d)]((?:CR|DR|Cr|Dr)\.?)$")
# A footnote's number after a row's last figure ("$ 6,190 (1)"): one space from it, ending the line.
_LAST_MARK = re.compile(r"\(\d\)")


def _after_a_figure(line: str, start: int) -> bool:
    """Whether the word at `start` follows a figure by one space ("1,105 *"): a "*" standing in a column
    of its own says "no figure", one beside a figure marks a footnote."""
    return start >= 2 and line[start - 1] == " " and (line[start - 2].isdigit() or line[start - 2] in ")%")


# A footnote's letter in parentheses: "(a)", "(bb)".
_LETTER_MARK = re.compile(r"\([a-zA-Z]{1,2}\)")


def _after_a_figures_gap(line: str, start: int) -> bool:
    """Whether the word at `start` follows a figure across a column gap ("20,535   (a)"): the word before it,
    past the spaces, ends as a figure does, in a digit, ")" or "%"."""
    end = _end_of_word_before(line, start)
    return end > 0 and start - end >= 2 and (line[end - 1].isdigit() or line[end - 1] in ")%")


def _end_of_word_before(line: str, position: int) -> int:
    """Where the word before `position` ends: the gap of spaces and tabs before it skipped in C, a window
    at a time (the gaps of a fixed-width table are tens of spaces; a window never copies the whole line)."""
    window = 64
    while position > 0:
        low = max(0, position - window)
        kept = line[low:position].rstrip(" \t")
        if kept:
            return low + len(kept)
        position = low
        window *= 2
    return 0
