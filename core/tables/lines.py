"""Lines of a plain-text release, classified: blank, a rule, a row of years, a row of figures, or words.

Every later stage of the text reader asks these questions of a line, so they are answered once here:
where its label ends and its values begin (core.tables.numbers), whether it is a sentence or a label, a
statement's title, a line of column headers. `Column` is the horizontal extent the values of one column
take up.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from core.fast_regex import starting_fast
from core.tables.numbers import Cell, ratio_cells, split_cells
from core.tables.period_headers import DATE, DURATION, PERIOD_WORDS, duration_in
from core.vocabulary import (
    ANY_STATEMENT_TITLE,
    CLIPPED_YEAR_CELL,
    CLOSING_QUOTE,
    COLUMN_NOTE,
    COLUMN_VERSION,
    COMPARED_COLUMN_LEAD,
    CONTINUED_TITLE,
    CURRENCY,
    DATELINE,
    EDGAR_HEADER_FIELD,
    MONTH_DAY_RE,
    NUMBER_WORD_RE,
    PHONE_LEAD,
    RESPECTIVELY,
    RULE_MARKS_LINE,
    SENTENCE_LEADING_ON,
    SHARES_STANDING_ON_A_DATE,
    VERSION_WORDS,
    YEAR_RE,
    full_year,
    unit_line,
)

# Words this long before a line's figures are no row's label (the longest run to a hundred-odd characters).
_LONGEST_ROW_LABEL = 1_000
# A label this long holding this many figures with thousands separators is a statement flattened onto one
# line, its rows' figures run into the words ("Cash and cash equivalents $ 7,439 $ 5,507 Other current assets
# 3,173 2,428 ..."): a label names a count or two at most ("100,000,000 shares authorized; 58,121,486 issued").
_LONG_LABEL = 150
_MANY_FIGURES = 6
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
# A line this long with no wide gap is a sentence, not a label.
_PROSE_MIN_LENGTH = 60
# A label beside a row of years ("Fiscal year", "Year ended December 31,") is short; a long one is a
# sentence that happens to end in a year.
_MAX_HEADER_LABEL = 40
# A header's years lie a few apart (a five-year summary's at most); a row's figures of that size seldom do.
_YEARS_APART = 5
# A line of column dates has a few words besides its dates ("As of", "and"); a dateline sentence that
# names two dates ("REDWOOD CITY, Calif., Aug. 27, 2020 -- ... ended June 30, 2020.") has many.
_DATE_LINE_WORDS = 6
# A header line ending in its column dates has at most this many other words ("Selected Balance Sheet
# Information as of June 30,   2026").
_HEADER_WORDS_BESIDE_DATES = 10
# Minimum gap between a label and its first value: fixed-width tables pad with at least two spaces;
# prose separates words with one.
_MIN_LABEL_GAP = 2
_RULE = re.compile(r"^[\s\-=_~*+|.\u2500-\u257f\u2014\u2013]*$")
# A column's head as a rendering sets it, chunk by chunk: a year, a period's words ("Fourth Quarter", "Fiscal
# Year", "Year to Date"), or a note in parentheses ("(As Adjusted)(1)", "(Unaudited)").
_HEAD_CHUNK = re.compile(
    r"(?:19|20)\d{2}|(?:(?:first|second|third|fourth)\s+quarter|fiscal\s+year|full\s+year|year\s+to\s+date"
    r"|(?:three|six|nine|twelve)\s+months|quarter|year)"
    # a version of a year's figures beside it: "2001   Pro Forma(1)   2000" (round 403: read as a row, the pro
    # forma column had taken the prior year's date)
    rf"|{COLUMN_VERSION}"
    r"|(?:\([^()]{1,30}\)){1,2}", re.IGNORECASE)
# (a line starting with its first column's year is such a line where a version stands among the years)
_A_VERSION = re.compile(COLUMN_VERSION, re.IGNORECASE)


def _heads_and_years(stripped: str) -> bool:
    """Whether a line's chunks, split at gaps of two spaces or more, are all columns' heads, years among them
    and words among them (a row of figures ends in figures, its label words only)."""
    chunks = stripped.split("  ")
    chunks = [chunk.strip() for chunk in chunks if chunk.strip()]
    years = sum(1 for chunk in chunks if YEAR_IN_TEXT.fullmatch(chunk))
    return (len(chunks) >= 4 and 2 <= years < len(chunks)
            and all(_HEAD_CHUNK.fullmatch(chunk) for chunk in chunks))


# A headline set between dashes: "-- Net sales rose 12% --", "\u2014 Record quarter \u2014".
_HEADLINE_BETWEEN_DASHES = re.compile(r"^(-{1,3}|\u2013|\u2014)\s+[A-Za-z$].*[^\s\-\u2013\u2014]\s+\1$")
RULE_RUN = re.compile(r"[-=_~\u2500-\u257f\u2014]{3,}")
# "------------- 2006 -------------   ------ 2005 ------", "---- Three Months Ended ----": a caption (a year, or
# words) set inside a rule whose extent is the columns it spans, one or several along a line. Each caption holds a
# letter or is a year: "--- 1,234 ---" is no caption. (Read as a row, the dashes as zeros and the year a figure,
# it had ended the header above the columns' own heads: round 737, a five-quarter trend left undated.)
_CAPTIONS_IN_RULES = re.compile(
    rf"(?:[-=\u2013\u2014]{{2,}} +(?:{YEAR_RE}|[^\s\-=\u2013\u2014\d][^-=\u2013\u2014]*?) +[-=\u2013\u2014]{{2,}}\s*)+")
_YEAR_CELL = re.compile(rf"^{YEAR_RE}$")
# "2006*", "2006(1)", "1999(a)": a year, its mark; "2005)" the year closing "(Dec. 31," on the line above
_MARKED = re.compile(r"(?:[*\u2020\u2021]+|\(\d\)|\([a-z]\)|(?<=\d)\))$")
# What printing adds to every page: "Page 5", "6/13", a URL, a print date and time, a wire release's mark that
# more pages follow ("-more-", "- more -", "(more)"). It is no part of any table, and a table that runs over a
# page break must read on as if it were not there (round 685: "(more)" at the foot of a balance sheet's assets
# had been read as the title of its "(continued)" page, which then stood apart, every liability unchecked).
PAGE_FURNITURE = re.compile(
    r"^(?:-\s*)?page\s+\d+(?:\s+of\s+\d+)?(?:\s*-)?$|^\d+\s*/\s*\d+$|^(?:file|https?)://\S+(?:\s+\d+\s*/\s*\d+)?$"
    r"|^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[AP]M\b|^-\s*\d+\s*-$|^-+\s*more\s*-+$|^\(\s*more\s*\)$",
    re.IGNORECASE,
)
# A page's running foot naming the release, its page number at the right margin ("Silver Mesa Gaming
# Corporation | Q3 2020 Earnings Release   3"): no row of a table a page break runs through (round 558: the
# number was printed as 3,000 of the prior year's cash flow). Asked only of lines ending in a digit.
_RELEASE_FOOT = re.compile(r"\b(?:earnings|press|news)\s+release\s{2,}(?:page\s+)?\d{1,3}$", re.IGNORECASE)
# A section of the cash flow, not its title: "Cash flows from investing activities:", also when it wraps
# before its last word ("Cash flows from investing" / "activities:").
_ACTIVITIES = re.compile(r"\bactivities\b|\breconcile\b|\bcash\s+flows?\s+(?:from|used|provided|\(used)\b",
                         re.IGNORECASE)
# Every statement title in one pattern: `is_title` is asked of most lines near a table, several times.
_ANY_TITLE = ANY_STATEMENT_TITLE
YEAR_IN_TEXT = re.compile(rf"\b{YEAR_RE}\b")
_YEARS_AND_CHANGE = re.compile(
    rf"\s*(?:(?:{YEAR_RE}|[%$]|yoy|change|variance|increase|decrease|\((?:decrease|increase)\)|inc\.?|dec\.?|vs\.?"
    r"|percent|fav(?:orable)?|\(?unfav(?:orable)?\)?|\(\w\)|\*"
    r"|\(?(?:as\s+)?(?:restated|adjusted|revised|recast|reclassified)\)?|\(?unaudited\)?)\s*)+",  # "2006 (restated)"
    re.IGNORECASE,
)
CURRENCY_LINE = re.compile(rf"(?:\s*{CURRENCY.pattern})+\s*")
_PHRASES = re.compile(r"\s{2,}")
_NUMERIC_DATES = re.compile(r"(?:\s*(?:\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}))+\s*")
_FULL_DATE = re.compile(rf"\b[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},?\s+{YEAR_RE}\b")
_VALUE_CHAR = re.compile(r"[\d\-\u2013\u2014]")
_PERCENT_MARKS_AFTER = re.compile(r"(?<=\S)(?:\s{2,}%)+$")
# "Dividends paid      nil      nil": the Commonwealth's word for a zero, a gap from the label.
_NIL_END = re.compile(r"\S {2,}(?:nil|Nil|NIL)$")
_UNIT_CURRENCY = r"(?:US\$|C\$|A\$|NT\$|HK\$|RMB|[$\u00a3\u20ac])"
_UNIT_CELL = re.compile(rf"{_UNIT_CURRENCY}?\s*'?000(?:'?s)?")
# "($000)" centred under a title or left of the years: the table's unit, never a figure (a row of zeros);
# so is each of "(C$000)   (US$000)" over a statement printed in two currencies (round 478).
_UNIT_IN_PARENTHESES = re.compile(rf"(?<!\S)\({_UNIT_CURRENCY}\s*'?000(?:'?s)?\)")
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
_FOOTNOTE_CELL = re.compile(r"^\(\w\)$|^\(\d{1,2}\)$|^\*{1,3}$")
CONNECTOR_END = starting_fast(
    r"(?:\b(?:and|or|of|in|for|to|from|the|a|an|on|by|at|with|than|net|before|after|less|per|plus|"
    r"attributable|applicable|available|including|excluding|computing|calculating|determining)|[,&/(\-–\u2014]|(?<=s)['\u2019]|\b(?:in|for|by)\))$",
    re.IGNORECASE,
)
# How far from a label's end CONNECTOR_END can begin ("attributable", "(used in)"): searched from there only.
_CONNECTOR_REACH = 16
UNAUDITED = re.compile(r"^\(?\s*unaudited\s*\)?$", re.IGNORECASE)


def ends_on_a_connector(text: str) -> bool:
    """Whether words end on one no phrase ends on ("... and", "... attributable", "(used in)"): cut by the
    page's width, they run on below."""
    return CONNECTOR_END.search(text, len(text) - _CONNECTOR_REACH) is not None


def label_cut_at_a_connector(label: str) -> bool:
    """Whether a row's label ends on a connecting word and so runs on in the words under it; a label ending
    in "net" ("Other income, net") is whole, though "net" may also connect."""
    return ends_on_a_connector(label) and not label.lower().endswith("net")
_CLOSE = CLOSING_QUOTE
# The lower-case end of a paragraph ("million, or $0.14 per share, in the prior-year period.").
_SENTENCE_TAIL = re.compile(rf"^[a-z][\w,;'\-]*(?: (?:\d\.\d|[\w,;'\-$%()])+){{1,}}\.{_CLOSE}$")
# A sentence's end and the next sentence whole on one line ("October 27, 2011. Figures may not sum because of
# rounding."): prose, however short, never a heading over a table's columns.
_SENTENCE_THEN_SENTENCE = re.compile(r"(?:[a-z]{3}|\d)\.\s+[A-Z][a-z]*(?:\s+[a-z]+){2,}[^.]*\.$")
# A short sentence whole on its line: a capital, a verb of being or having, a stop ("Total assets were $1.41
# billion at December 31, 1999."), or five words or more ending in a word in lower case or a year and a stop
# ("Total assets grew 5% during the year."): the story's, never a title over the table under it (round 423:
# its words had headed the first column, and a quarter beside it was lost).
_SHORT_SENTENCE = re.compile(rf"^[A-Z][a-z]+\b[^:]*?\s(?:is|are|was|were|has|have|had)\s[^:]*\.{_CLOSE}$"
                             rf"|^[A-Z][a-z]+(?:\s+[^\s:]+){{3,}}\s(?:[a-z]{{2,}}|(?:19|20)\d\d)\.{_CLOSE}$")
# A sentence's stop, then the next sentence's first words.
_STOP_THEN_SENTENCE = re.compile(r"(?:[a-z]{3}|\d)\.\s+[A-Z]\w*(?:\s+\w+){2,}")
WIDE_GAP = re.compile(r"\S {3,}\S")
# A heading's wrapped tail is a few words ("activities:"), never a sentence's.
HEADING_TAIL = 40
WIDE_GAP_SPLIT = re.compile(r" {3,}")
# A line of parts of years, and years: "3Q 2016   2Q 2016", "Q3 2013   Q3 2012   9M 2013", "1H17   1H16",
# "2nd Qtr 2020   1st Qtr 2020", and parts of fiscal years named by the year: "1H FY07   1H FY06", "FY09 Q1".
_PART_OF_YEAR = (r"(?:(?:[1-4]q|q[1-4]|[12]h|h[12]|[369]m|(?:1st|2nd|3rd|4th)\s(?:qtr\.?|quarter))\s?(?:fy\s?)?'?"
                 r"(?:(?:19|20)\d{2}|\d{2})\b|fy\s?'?(?:(?:19|20)\d{2}|\d{2})(?:\s(?:[1-4]q|q[1-4]|[12]h|h[12]))?\b"
                 r"|(?:19|20)\d{2}\b)")
_PARTS_OF_YEARS = re.compile(rf"{_PART_OF_YEAR}(?:\s+{_PART_OF_YEAR})*", re.IGNORECASE)
_PART_OF_YEAR_ALONE = re.compile(_PART_OF_YEAR, re.IGNORECASE)
# The header of a column of changes beside parts of years: "Y/Y", "Q/Q", "YoY", "% Change", "Change (%)".
_CHANGE_PHRASE = re.compile(r"[yq]/[yq]|yoy|qoq|%?\s*change(?:\s*\(%\))?|%|variance", re.IGNORECASE)
_PART_START = frozenset("1234QqHhFf6912")
_YEARS_BESIDE_SIGNS = re.compile(r"(?:(?:19|20)\d{2}|[$%])(?:\s+(?:(?:19|20)\d{2}|[$%]))+")
# (but not the "%" of "% Change", which names its column: taken away, lynx's one line "2024 2023 % Change" had
# left a bare "Change" the headers do not read as a change's, and the statement was refused: round 532)
_LONE_SIGN = re.compile(r"(?<=\s)(?:\$|%(?!\s+ch(?:an)?ge?\b))(?=\s|$)", re.IGNORECASE)
# Words spread over a justified line: more than a row of column headers ever has of one word each.
_JUSTIFIED_WORDS = 6


# A unit note runs to a clause at most ("(Dollars in thousands, except share and per share amounts)"); longer
# words holding a unit are a sentence's.
_LONGEST_UNIT_NOTE = 90
# Where a footnote's mark standing alone on its line is out among the figures, no cell a scrape set at the margin.
_RAISED_MARK_INDENT = 24


_UNIT_NOTE_THEN = re.compile(r"(.+?)\s{2,}(?=\S)")


def _after_a_unit_note(stripped: str) -> str:
    """The line after a unit note set in its label's place ("(In thousands)   2019   %   2018   %"), or after a
    note's last words wrapped onto the years' line ("Millions, Except Per Share Amounts and" / "Percentages,
    2017   2016   %": w3m at 80 columns, round 638; read as a row of 2017 and 2016%, the line had ended the
    header and the statement of income was skipped), or all of it. Such words are short and print no digit,
    and the years beside the signs lie a few apart, as `_header_years` asks of a line of years alone."""
    lead = _UNIT_NOTE_THEN.match(stripped)
    if lead is None:
        return stripped
    after = stripped[lead.end() :]
    if unit_line(lead.group(1)) is not None:
        return after
    years = [int(year) for year in YEAR_IN_TEXT.findall(after)]
    wrapped = (len(lead.group(1)) <= _MAX_HEADER_LABEL and not any(c.isdigit() for c in lead.group(1))
               and len(years) >= 2 and max(years) - min(years) <= _YEARS_APART and _YEARS_BESIDE_SIGNS.fullmatch(after))
    return after if wrapped else stripped


def _signs_blanked_after_the_note(text: str, start: int) -> str:
    """The line with the lone "$" and "%" heading the columns blanked from `start` on (where the years and signs
    begin), the unit note's own words left whole: "(thousands of Canadian $ except per share amounts)" names
    the currency in words, and its "$" blanked had split the label in two, the line of years taken for a row
    and the statement skipped for want of a period header (round 708)."""
    return _LONE_SIGN.sub(lambda sign: " " if sign.start() >= start else sign.group(), text)


class LineKind(Enum):
    BLANK = "blank"
    RULE = "rule"
    YEARS = "years"
    DATA = "data"
    TEXT = "text"


class ClassifiedLine(NamedTuple):
    """A line and what it is. A named tuple, not a frozen dataclass: every line of every document is one,
    and a tuple is made in a quarter of the time (issue 12)."""

    number: int  # 1-based
    text: str
    kind: LineKind
    label: str
    indent: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Column:
    start: int
    end: int

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


# The characters a line `_RULE` matches may show first once stripped (`RULE_MARKS_LINE`'s "-", "=", "_" among
# them): a line opening on any other is no rule, told without either pattern (issue 12: both had been asked of
# every line; tests/test_fast_paths.py compares the test with the patterns on every fixture line).
_RULE_STARTS = frozenset("-=_~*+|.\u2014\u2013") | frozenset(chr(c) for c in range(0x2500, 0x2580))
# What every branch of `PAGE_FURNITURE` opens on: a hyphen, "page", a digit, "file://", "http(s)://" or "(more)".
_FURNITURE_STARTS = frozenset("-pPfFhH(")


def may_be_furniture(stripped: str) -> bool:
    """Whether a stripped line opens as `PAGE_FURNITURE` needs it to (every branch is anchored at the start:
    a line opening on a letter other than p, f or h, or on a sign but a hyphen or a bracket, is no page
    furniture); asked first, as a character test is cheaper than the pattern, which was asked of every line."""
    return stripped[0] in _FURNITURE_STARTS or stripped[0].isdecimal()


def classify(number: int, text: str, label_gap: int = _MIN_LABEL_GAP) -> ClassifiedLine:
    """The line and what it is. `label_gap`: the least gap that parts a lone figure from its label (one
    space only where the lines around say a table stands: core.tables.one_column)."""
    stripped = text.strip()
    indent = len(text) - len(text.lstrip())
    if not stripped or (may_be_furniture(stripped) and PAGE_FURNITURE.match(stripped)) or (
            stripped[-1].isdigit() and _RELEASE_FOOT.search(stripped)):
        return ClassifiedLine(number, text, LineKind.BLANK, "", 0, ())
    if stripped[0].isupper() and EDGAR_HEADER_FIELD.match(stripped):
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())  # a submission's header field
    if stripped[0] in _RULE_STARTS and (
            (_RULE.match(text) and RULE_RUN.search(text)) or RULE_MARKS_LINE.fullmatch(stripped)):
        # (marks too short for a run of three, "==          ==", are rule cells w3m wrapped: round 640)
        return ClassifiedLine(number, text, LineKind.RULE, "", indent, ())
    if not _VALUE_CHAR.search(stripped) and not (
            stripped.endswith(("nil", "NIL", "Nil")) and _NIL_END.search(stripped)):
        # no digit, no dash: words (a label's second line may carry the "%" of the percents above it, set
        # apart: "expense, net       %       %", as w3m wraps "(0.3 )%"; round 483, the label had ended in "%"
        # and its amounts been read as percents, unscaled)
        label = _PERCENT_MARKS_AFTER.sub("", stripped) if stripped.endswith("%") else stripped
        return ClassifiedLine(number, text, LineKind.TEXT, label, indent, ())
    if "  " in stripped and (found := YEAR_IN_TEXT.search(stripped)) is not None and (
            found.start() > 0 or _A_VERSION.search(stripped)) and _heads_and_years(stripped):
        # "Fourth Quarter   2017   Fiscal Year   2017", "2018   (As Adjusted)(1)   2018   (As Adjusted)(1)": the
        # columns' heads and years as a rendering sets multi-line header cells, no row of figures (round 373:
        # read as a row, its years as figures, and the prior year dated as the current, verified)
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
    if stripped[0] in "-\u2013\u2014" and _HEADLINE_BETWEEN_DASHES.match(stripped):
        # "-- Revenues Up 7% to $1.53 Billion; Net Orders Down 18% --": a wire service's headline bullet, its
        # closing dashes no zero of a column (UI-12: a table of one row, "0", had led the Data page)
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
    if captions_in_rules(stripped):
        # "----- 2006 -----   --- 2005 ---": each year (or phrase) spans the columns its rule covers; a header's
        # line, and the header goes on under it (core.tables.headers._dashed_phrases reads each extent)
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
    if stripped[0] in _PART_START and _PARTS_OF_YEARS.fullmatch(stripped) and not stripped.replace(" ", "").isdigit():
        # "3Q 2016   2Q 2016   ...   2016   2015": the columns' quarters and years, a header, no row
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
    if ("$" in stripped or "%" in stripped) and len(YEAR_IN_TEXT.findall(stripped)) >= 2 and (
            _YEARS_BESIDE_SIGNS.fullmatch(headed := _after_a_unit_note(stripped))
            or _YEARS_AND_CHANGE.fullmatch(headed)) and len(YEAR_IN_TEXT.findall(headed)) >= 2:
        # (and "2024   2023   % Change   2024   2023   %", the last "Change" wrapped under its "%" by w3m: round
        # 466, read as a row of 2024 and 2023%, the statement's header had ended above it)
        # "2024   2023   $   %", "2002   %   2001   %": the years, and the signs heading a change column's
        # amount and percent, or each year's percent of revenue (a unit note may stand left of them, in the
        # label's place: "Amounts in thousands, except per share data.   2019   %   2018   %", round 476)
        text = _signs_blanked_after_the_note(text, len(text.rstrip()) - len(headed))
    if "^" in text:
        # "2011^(1)", "(1,410 )^(1)", "Net income^2": w3m's <sup>(1)</sup>, blanked with its caret (left as a
        # cell of its own after a figure, "(1)" had been read as a figure of -1: round 468)
        text = _RAISED_BY_A_CARET.sub(_spaces, text)
    if "<" in text and ">" in text:
        text = _ANGLE_NEGATIVE.sub(r"(\1)", text)  # "<1,601>": a negative as some typists set it, "(1,601)"
    cut = _UNIT_IN_PARENTHESES.sub(_spaces, text) if "000)" in text else text  # the same length: cells keep places
    led = ". ." in cut or ".." in cut or " .  " in cut
    label, label_end, cells = split_cells(_without_leaders(cut) if led else cut)
    if not cells and ":1" in cut and (ratios := ratio_cells(cut)) is not None:
        # "Working capital ratio   4.2:1   3.4:1": a row whose figures are ratios, held back, ending the row
        return ClassifiedLine(number, text, LineKind.DATA, ratios[0], indent, tuple(ratios[1]))
    if len(label) > _LONGEST_ROW_LABEL or (len(label) > _LONG_LABEL and len(_GROUPED.findall(label)) >= _MANY_FIGURES):
        # figures after a paragraph, or a whole table on one line (its rows' figures left in the "label"): no
        # row of a table, and not searched further
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
    if not label and len(cells) == 1 and PAGE_NUMBER.match(cells[0].text):
        cells = []  # a page number ("6") standing alone between pages
    if cells and not label and all(_UNIT_CELL.fullmatch(c.text) for c in cells):
        # "$000   $000", "\u00a3'000   \u00a3'000": each column's unit, no row of zeros
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
    if cells and not label and all(c.is_dash and not c.has_currency for c in cells):
        # Bare dashes with no label: a short rule under narrow columns; a zero row always has a label.
        return ClassifiedLine(number, text, LineKind.RULE, "", indent, ())
    if cells and _phone_digits(cells, label_end) and PHONE_LEAD.search(label):  # (the digits asked first: cheaper)
        # "Sandy Coombs +1 781 609 6377": a telephone number's digit groups, no row of figures
        return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
    if cells:
        # A year starts "19" or "20", and _MARKED only strips a mark at the end: the prefix rules most cells out.
        years = [c for c in cells if c.text.startswith(("19", "20")) and _YEAR_CELL.match(_MARKED.sub("", c.text))]
        # Asked only of a line with years among its cells (most rows of figures have none).
        if years and len(years) + sum(1 for c in cells if _FOOTNOTE_CELL.match(c.text)) == len(cells) and (
                _header_label(label) or _header_years(years, label)) and not SHARES_STANDING_ON_A_DATE.search(label):
            # ("none at December 31,   2010": a share class's count at a date, the end of its wrapped label)
            return ClassifiedLine(number, text, LineKind.YEARS, label, indent, tuple(cells))
        if years and _header_label(label) and _clipped_years_beside_their_own(cells, years):
            # "2007   2006   07   06" under "Three Months | Three Months | Nine Months | Nine Months": the line
            # of years, the later columns' clipped to two digits (round 625: read as a row of 2,007 and 7)
            return ClassifiedLine(number, text, LineKind.YEARS, label, indent, tuple(cells))
        if not label and (len(cells) > 1 or indent >= _RAISED_MARK_INDENT) and all(
                _FOOTNOTE_CELL.match(c.text) and c.text.startswith("(") for c in cells) and not any(
                " " in text[c.start : c.end] for c in cells):
            # "(1)      (1)" alone, out among the columns: a footnote's mark raised above its figure, which a
            # PDF's text sets on a line of its own, no row of -1 (a scrape printing one cell a line sets a
            # figure "(5)" at the margin). "(62    )   (48    )" is figures: a mark is never set with its
            # parenthesis apart, as a renderer sets a figure's closing cell (round 545: lynx's investing flows lost)
            return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
        if label and all(_FOOTNOTE_CELL.match(c.text) for c in cells) and _notes_over_columns(label):
            # "(unaudited)        (1)" under the dates, "(in thousands)   (unaudited)   (1)": the table's unit, each
            # column's note and a footnote's mark, no row of -1 (round 714: read as a row labelled "(in thousands)
            # (unaudited)", the table lost its only unit note and a balance sheet's every figure was read in dollars)
            return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())
        gap = cells[0].start - label_end
        spaced = not label or gap >= label_gap or len(cells) >= 2
        # (the cells asked before the label's dates: most rows' figures are no day or year, and that is cheaper)
        # (a dateline justified across the page ends on the quarter's year: "MIDLAND,  Texas,  August  6,  2019  --
        # ... reported  second  quarter  2019", a row of 2,019 thousand under a table's unit in round 511)
        if spaced and not (label and _only_day_or_year(cells) and DATE.search(label) and (
                _few_words_but_dates(label) or DATELINE.match(label)) and not RESPECTIVELY.search(label)):
            return ClassifiedLine(number, text, LineKind.DATA, label, indent, tuple(cells))
    return ClassifiedLine(number, text, LineKind.TEXT, stripped, indent, ())


def _notes_over_columns(label: str) -> bool:
    """A label that is only notes over the columns: the table's unit note or a column's note first, then other
    columns' notes or footnote marks standing apart ("(in thousands)   (unaudited)", "(Unaudited)", "In
    millions   (audited)   *"). Beside footnote marks alone, such a line is a header's, whose "(1)" says where a
    column's figures come from (the audited statements); a row's label names what it counts."""
    first, *rest = _PIECE_GAP.split(label.strip())
    return (_a_column_note(first) or _a_unit_note_alone(first)) and all(_a_column_note(piece) for piece in rest)


def _a_column_note(words: str) -> bool:
    """A column's note, a footnote's mark, or the note with its mark run on ("(unaudited)(1)", "Audited*")."""
    bare = _WORD_MARK.sub("", words).rstrip()
    return not bare or COLUMN_NOTE.match(bare) is not None


def _a_unit_note_alone(words: str) -> bool:
    """Words that are a unit note and nothing else: bracketed ("(in thousands)", "(Dollars in millions, except per
    share data)") or opening on the unit ("In thousands", "Amounts in millions"), never a row's label that
    names a unit among its words ("Revenue (in millions)")."""
    found = unit_line(words)
    if found is None or len(words) > _LONGEST_UNIT_NOTE:
        return False
    return (words.startswith("(") and words.endswith(")")) or found.start() == 0


def _phone_digits(cells: list[Cell], label_end: int) -> bool:
    """Bare digit groups one space apart, as a telephone number is set; a row's figures stand further apart."""
    if not all(cell.text.isdigit() for cell in cells):
        return False
    starts = [cell.start for cell in cells]
    ends = [label_end, *(cell.end for cell in cells[:-1])]
    return all(s - e == 1 for s, e in zip(starts, ends, strict=True))


# Dot leaders from a label to its figures ("Net sales . . . . . .$  4,468", "Revenues.........  1,234", two
# of them in a narrow table: "taxes..(3,131)"; one or two a word apart where the label nearly fills its room,
# "Restaurant operating expenses ..   79,820", round 676): a gap, as wide as the dots, so that a figure run onto
# them starts a cell of its own.
_LEADER_DOTS = re.compile(r"(?:\.\s?){3,}\.?(?=\s*[$(\d\-\u2013\u2014])|(?<=[a-z])\.\.(?=[$(]?\d)"
                          r"|(?<=[A-Za-z)] )\.\.?(?=\s\s+[$(\d\-\u2013\u2014])")
# A word's own full stop before a space and the leader ("Sls. .......", "Net inc. ......"): the label's.
_ABBREVIATION_DOT = re.compile(r"(?<=[A-Za-z])\.(?= \.)")


def _without_leaders(text: str) -> str:
    """The line with its dot leaders blanked, the columns in place; an abbreviation's full stop before them
    stays, so that the label reads as printed ("Net inc." is matched as net income, "Net inc" is not)."""
    blanked = _LEADER_DOTS.sub(_spaces, text)
    for stop in _ABBREVIATION_DOT.finditer(text):
        blanked = f"{blanked[: stop.start()]}.{blanked[stop.end() :]}"
    return blanked


# A figure in angle brackets standing as a cell (after a column gap or a "$", before a gap or the line's end):
# a negative, as some 1990s releases typed it. "<1>" one space after words is a footnote's mark, no cell.
# The caret w3m sets before a raised footnote mark after a figure or a year ("2011^(1)", "1,234^a"), or alone
# where the mark wrapped to the line under it ("0.32^" over "(2)": round 570, the figures before it read as words)
_RAISED_BY_A_CARET = re.compile(r"(?<=[\w)])\^(?:\(\w{1,2}\)|\w{1,2})?(?=\s|$)")
_ANGLE_NEGATIVE = re.compile(r"(?:(?<=\s\s)|(?<=\$)|(?<=\$\s)|^)<(\d[\d,]*(?:\.\d+)?|\.\d+)>(?=\s|$)")


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _header_label(label: str) -> bool:
    """A unit note beside the years is a header however long it runs ("Dollars in millions except per
    share data   2004   2003"); other words beside them must be short to be no sentence. A year with its
    "(Unaudited)" left of the last one ("2020 (Unaudited)   2019") is the first column's header; so is a
    header's footnote mark a PDF's text sets on the line above its year ("(a)   2022" over "2023")."""
    return not label or unit_line(label) is not None or _FOOTNOTE_CELL.match(label) is not None or (
        len(label) <= _MAX_HEADER_LABEL and (
        PERIOD_WORDS.search(label) is not None or UNAUDITED.match(label) is not None
        or (YEAR_IN_TEXT.search(label) is not None and only_years(label)) or _version_words(label))
    ) or _column_pieces(label)


# What a header line sets beside each column's year in the label's place: a column note, a year, a day (and
# its year) whose month stands on the line above ("(Unaudited)   2014   31, 2013" under "June 30,   December"),
# or a whole date ending a stub period's header ("Period from / January 1, 2010 / through / May 31, 2010").
_COLUMN_PIECE = re.compile(rf"\(?unaudited\)?|(?:19|20)\d{{2}}|(?:{MONTH_DAY_RE}|\d{{1,2}}),(?:\s*(?:19|20)\d{{2}})?",
                           re.IGNORECASE)
_PIECE_GAP = re.compile(r"\s{2,}")


def _column_pieces(label: str) -> bool:
    """A label that is only the pieces of other columns' headers, standing apart: the line is the header's,
    however wide (round 264: read as a row, it had ended the header above a balance sheet, which went
    unread)."""
    pieces = _PIECE_GAP.split(label.strip())
    return len(pieces) >= 2 and all(_COLUMN_PIECE.fullmatch(piece) for piece in pieces) and any(
        piece[0].isdigit() for piece in pieces)


_WORD_MARK = re.compile(r"\(\w{1,2}\)$|\*{1,3}$")


def _words_without_marks(words: list[str]) -> list[str]:
    """A heading's words less its footnote marks, glued on ("Pro Forma(1)") or one space after its words ("Pro
    Forma (1)", "As Adjusted (a)", "Pro Forma *"): a mark names no version and no period, so it never makes a
    header's line a row (round 720: "Actual Pro Forma (1)   2005" had been read as a row of one figure, 2005,
    and the prior year's column dropped). A mark standing first, after no word, is left as it is."""
    kept = []
    for index, word in enumerate(words):
        bare = _WORD_MARK.sub("", word)
        if bare or index == 0:
            kept.append(bare or word)
    return kept


def _version_words(label: str) -> bool:
    """ "As   2006   As" beside a year: a line of a stacked header naming versions of the year's figures
    ("As / Previously / Reported" over one column, "2006 / As / Restated" over the next), no row (round 196:
    read as a row, it ended the header over the 2007 and restated columns, which went unread)."""
    words = _words_without_marks(label.lower().split())
    return bool(words) and any(word in VERSION_WORDS for word in words) and all(
        word in VERSION_WORDS or _YEAR_CELL.match(word) is not None for word in words)


def _clipped_years_beside_their_own(cells: list[Cell], years: list[Cell]) -> bool:
    """Two or more years a few apart, every other cell the last two digits of one of them ("2007   2006   07
    06"): a header's line of years, some clipped, as a release prints its year-to-date columns' (round 625).
    A figure prints no leading zero and no year stands among a row's figures, so no row looks like this."""
    values = {int(_MARKED.sub("", c.text)) for c in years}
    clipped = [c for c in cells if c not in years]
    return (bool(clipped) and len(values) >= 2 and max(values) - min(values) <= 5
            and not any(c.has_currency for c in cells)
            and all(CLIPPED_YEAR_CELL.fullmatch(c.text) and int(full_year(c.text)) in values for c in clipped))


def _header_years(years: list[Cell], label: str) -> bool:
    """Two or more years a few apart, bare, beside a short label: the last header line, whatever the label
    beside it ("common share)", the end of a unit note wrapped onto it). Figures of that size print with a
    thousands separator, so a row of figures never looks like this."""
    values = [int(_MARKED.sub("", c.text)) for c in years]
    return (len(values) >= 2 and max(values) - min(values) <= _YEARS_APART
            and (len(label) <= _MAX_HEADER_LABEL or _a_wrapped_notes_end(label))
            and not any(c.has_currency for c in years))


def _a_wrapped_notes_end(label: str) -> bool:
    """Whether a label closes a parenthesis it never opened ("numbers of shares and kilometres of seismic
    data)"): the end of a unit note wrapped from the line above, however long, no line item's name (round
    708: beside the years, it had been read as a row and the summary's columns named by the line above
    alone)."""
    stripped = label.strip()
    return (len(stripped) <= _PROSE_MIN_LENGTH and stripped.endswith(")")
            and stripped.count(")") > stripped.count("("))


def _few_words_but_dates(label: str) -> bool:
    """A header's words beside its dates are few ("Three Months Ended June 30,"); a row that names dates in
    a long label ("Common stock ... 24,193,101 and 22,911,575 shares issued and outstanding as of June 30,
    2026 and December 31, 2025, respectively   24   23") is a row whose small figures only look like days."""
    return len(DATE.sub(" ", label).split()) <= _HEADER_WORDS_BESIDE_DATES


def _only_day_or_year(cells: list[Cell]) -> bool:
    """A header such as "June 30, 2004   December 31, 2003" ends in what looks like numbers."""
    return all("," not in c.text and not c.has_currency and "(" not in c.text  # (the text first: no arithmetic)
               and c.value == c.value.to_integral_value() and (0 < c.value <= 31 or 1900 <= c.value < 2100)
               for c in cells)


def captions_in_rules(stripped: str) -> bool:
    """Whether a line (stripped) is only captions each set inside its own rule ("----- 2006 -----   --- 2005 ---"):
    a header spanning the columns under each rule's extent, neither a row nor a rule to set apart from words."""
    return bool(stripped) and stripped[0] in _RULE_STARTS and _CAPTIONS_IN_RULES.fullmatch(stripped) is not None


def is_prose(line: ClassifiedLine) -> bool:
    """A sentence: a long line without column gaps, or the lower-case end of a paragraph."""
    if line.kind is not LineKind.TEXT:
        return False
    label = line.label
    if WIDE_GAP.search(label):
        if not _justified(label):
            return False
        label = " ".join(label.split())
    if (label.endswith(":") or CONNECTOR_END.search(label, len(label) - _CONNECTOR_REACH)) and not (
            len(label) >= _PROSE_MIN_LENGTH and _STOP_THEN_SENTENCE.search(label)):
        # a long label wrapping onto the next line (but a label holds no sentence's stop and the next
        # sentence's start: "... ends June 30. Fiscal 2008 quarters ended September 30, 2007, ... and"), or a
        # heading over rows; never a sentence handing over to the table under it ("... is as follows:",
        # round UI-50: the reconciliation under it had been read on as the statement's lines)
        return SENTENCE_LEADING_ON.match(label) is not None
    if durations_only(label) or caption_before_periods(label) is not None:
        return False  # "Fourteen Weeks  Thirteen Weeks  Fifty-Three Weeks": column headers, however cramped
        # (round 513: w3m's "Net sales by segment Fourteen Weeks Ended July 3, 2022 ... Fifty-Three" over its
        # rows, read as a sentence, had left the last line of headers to name four columns by position)
    if sum(map(str.islower, label)) * 3 < len(label):  # the lower-case letters, counted in C
        # capitals: a heading or label, but for a paragraph's last line set in capitals, a sentence's stop at
        # its end ("... SHOULD NOT BE VIEWED AS AN ALTERNATIVE TO GAAP MEASURES OF PERFORMANCE.")
        return (len(label) >= _PROSE_MIN_LENGTH and len(label.split()) >= _CAPITALS_SENTENCE_WORDS
                and label.endswith(".") and not _NAME_STOP.search(label))
    if is_column_dates(label) and not _SENTENCE_TAIL.match(label):
        # "January 2, 1995  January 1, 1996": column dates set two spaces apart (but "ended March 31, 2008 and
        # December 31, 2007 are unaudited." is a sentence's end: round 275, its first date had dated a column)
        return False
    if unit_line(label) or (label.startswith("(") and label.endswith(")")):
        return False  # "(U.S. dollars in thousands, except share and per share data, unaudited)"
    if CONTINUED_TITLE.search(label) and is_title(label):
        return False  # "Unaudited condensed consolidated statements of cash flows (continued)": a page's title
    if _title_cased(label):
        return False  # "Reconciliation of GAAP Net Income to Non-GAAP Operating Income": a table's heading
    return (len(label) >= _PROSE_MIN_LENGTH or bool(_SENTENCE_TAIL.match(label))
            or bool(_SENTENCE_THEN_SENTENCE.search(label)) or bool(_SHORT_SENTENCE.match(label)))


def _title_cased(label: str) -> bool:
    """A heading in title case: every word of four letters or more capitalised, no stop at its end (a
    sentence capitalises its first word and its names, not every word)."""
    if label.endswith((".", "!", "?", ";", ",")):
        return False
    words = [word for word in label.split() if len(word) > 3 and word[0].isalpha()]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


# A paragraph's line in capitals holds this many words at least; a title this long ends without a stop but
# for the company's legal form ("... OF STANDARD MOTOR PRODUCTS, INC.").
_CAPITALS_SENTENCE_WORDS = 10
_NAME_STOP = re.compile(r"\b(?:INC|CO|CORP|LTD|LLC|L\.P|N\.V|S\.A|PLC|CIE|AG|SE|LP)\.$", re.IGNORECASE)


def is_column_dates(text: str) -> bool:
    """Two or more whole dates and few other words ("June 30, 2021   December 31, 2020", "As of March 31,
    2020 and December 31, 2019", "12/31/03   9/30/03"): the dates of columns, not a sentence about them."""
    return (len(_FULL_DATE.findall(text)) >= 2 and len(_FULL_DATE.sub(" ", text).split()) <= _DATE_LINE_WORDS) or (
        _NUMERIC_DATES.fullmatch(text) is not None and len(text.split()) >= 2)


def ends_a_page(line: ClassifiedLine) -> bool:
    """A page number or the browser's header and footer ("Page 10", "- 5 -", "6", "4/28/20, 3:05 PM"):
    the page above is over."""
    if line.kind is LineKind.BLANK:
        return bool(line.text) and PAGE_FURNITURE.match(line.text.strip()) is not None
    return line.kind is LineKind.TEXT and PAGE_NUMBER.match(line.label) is not None


def _justified(text: str) -> bool:
    """A sentence set flush to both margins, as a PDF's text comes back: its words spread over wide gaps,
    one word between each ("estimates   associated   with   any   potential"), or a gap torn through
    its words ("differ materially fr        om those", every gap between lower-case letters). Column headers stand
    a phrase to a gap ("Weighted average   index price ($/Gal)"), and capitalised ("Three Months Ended")."""
    phrases = WIDE_GAP_SPLIT.split(text.strip())
    torn = all(left[-1:].islower() and right[:1].islower() for left, right in itertools.pairwise(phrases))
    if not torn and (len(phrases) < _JUSTIFIED_WORDS or sum(" " not in p for p in phrases) * 10 < len(phrases) * 7):
        return False
    words = [word for word in text.split() if word[0].isalpha()]
    return sum(1 for word in words if word[0].islower()) * 3 >= len(words) * 2


# The words a duration ends in (DURATION): a line of durations has one for every few of its words.
_DURATION_UNITS = ("week", "month", "wk", "mo", "quarter", "qtr", "q1", "q2", "q3", "q4", "half", "h1", "h2", "year",
                   "annual", "fy", "ytd")
# What may stand between the durations of a line of column headers: "Ended", "and", dashes, and the ordinal
# before a quarter ("Fourth Quarter   Twelve Months").
_BETWEEN_WORDS = frozenset({"ended", "ending", "and", "first", "second", "third", "fourth"})
_BETWEEN_DURATIONS = re.compile(rf"[\s,&-]*(?:(?:{'|'.join(sorted(_BETWEEN_WORDS))})\b[\s,&-]*)*", re.IGNORECASE)


# The first word of a duration left at a line's end, the rest of it wrapped onto the next line ("... Fifty-Three").
_DURATION_WRAPPED = re.compile(rf"\s(?:{NUMBER_WORD_RE})(?:-(?:{NUMBER_WORD_RE}))?\s*$", re.IGNORECASE)


def caption_before_periods(text: str) -> str | None:
    """The caption of a table run into its columns' headers ("Net sales by segment" of "Net sales by segment
    Fourteen Weeks Ended July 3, 2022 Thirteen Weeks Ended June 27, 2021 Fifty-Three"): a page too narrow for
    the table set its first row as one run of words. From the first duration, capitalised as headers are, to
    the end: nothing but durations, "Ended" and two whole dates or more, and perhaps the first word of a
    duration wrapped onto the next line. A sentence names its periods with other words between them
    ("compared with", "for the"). None where the line is no such run; "" where no caption leads it."""
    if text.count(" 19") + text.count(" 20") < 2:  # two whole dates' years at least (counted in C: most lines
        return None                                  # asked are sentences)
    first = DURATION.search(text)
    if first is None or not first.group()[:1].isupper():
        return None
    tail = text[first.start():]
    if len(_FULL_DATE.findall(tail)) < 2 or len(DURATION.findall(tail)) < 2:
        return None
    rest = _DURATION_WRAPPED.sub(" ", DURATION.sub(" ", _FULL_DATE.sub(" ", tail)))
    return text[: first.start()].strip() if _BETWEEN_DURATIONS.fullmatch(rest) is not None else None


def durations_only(text: str) -> bool:
    """Two or more durations and nothing else: one per column, set as close as the columns are narrow."""
    lowered = text.lower()
    units = sum(map(lowered.count, _DURATION_UNITS))  # counted in C: most lines asked are sentences
    if units < 2:
        return False
    words = [w for w in (word.strip(",&-") for word in lowered.split()) if w and w not in _BETWEEN_WORDS]
    if len(words) > 3 * units:  # a duration is at most three words ("year to date", "Fifty-Three Weeks")
        return False
    found = DURATION.findall(text)
    return len(found) >= 2 and _BETWEEN_DURATIONS.fullmatch(DURATION.sub(" ", text)) is not None


@functools.lru_cache(maxsize=4096)  # asked of the same title and header lines by several stages (issue 12)
def is_title(text: str) -> bool:
    """A statement's title ("CONDENSED STATEMENTS OF CASH FLOWS"), not a line that names a cash flow
    ("Cash flows from investing activities:")."""
    stripped = text.strip()
    if stripped.endswith(":") or _ACTIVITIES.search(stripped):
        return False
    return _ANY_TITLE.search(stripped) is not None


def parts_of_years_only(text: str) -> bool:
    """A line of two periods' parts of years or more and nothing else ("Q2 2008  Q2 2007", "1H17 1H16"): the
    head of a table's columns however narrow the gap a renderer left between them (lynx sets "Q2 2008" and
    "Q2 2007" two spaces apart), never a row's label."""
    stripped = text.strip()
    return (stripped[:1] in _PART_START and _PARTS_OF_YEARS.fullmatch(stripped) is not None
            and not stripped.replace(" ", "").isdigit() and len(_PART_OF_YEAR_ALONE.findall(stripped)) >= 2)


def only_years(text: str) -> bool:
    """A line of years and the words of change columns, nothing else: "2004   2003   % Change"."""
    return bool(_YEARS_AND_CHANGE.fullmatch(text))


_TO_DATE_OF_A_YEAR = re.compile(  # "YTD 2007", "YTD FY2019", "YTD FY19", "2026 YTD"
    rf"(?:ytd|year[\s-]+to[\s-]+date)\s+(?:(?:fiscal\s+|fy\s*)?{YEAR_RE}|fy\s*['\u2019]?\d{{2}})"
    rf"|(?:fiscal\s+|fy\s*)?{YEAR_RE}\s+(?:ytd|year[\s-]+to[\s-]+date)", re.IGNORECASE)
_ORDINAL_ALONE = re.compile(r"first|second|third|fourth|1st|2nd|3rd|4th", re.IGNORECASE)


_DAY_AND_YEAR = re.compile(r"\d{1,2},\s*(?:19|20)\d{2}")


# The table's unit in parentheses, at the start of a line that goes on with the columns' dates
_UNIT_LEFT_OF_DATES = re.compile(r"\s*\([^()]*\b(?:thousands|millions|billions)\b[^()]*\)(?=\s{2,}\d)", re.IGNORECASE)


def _years_to_date_alone(phrases: list[str]) -> bool:
    """Phrases each naming the year to date of its year ("YTD 2007   YTD 2006"), the compared one perhaps after
    its comparison's word, a change's heading after them and the table's unit note before them ("(in millions)
    2026 YTD   vs. 2025 YTD   Change", round 713: read as a quarter's first row, the year to date under it
    printed as the quarter's): the heads of a table's columns, whatever the columns above were."""
    if len(phrases) > 2 and unit_line(phrases[0]):
        phrases = phrases[1:]
    labels = _compared_labels(phrases)
    return len(labels) >= 2 and all(_TO_DATE_OF_A_YEAR.fullmatch(label) for label in labels)


def _compared_labels(phrases: list[str]) -> list[str]:
    """The phrases naming periods, a comparison's word before one left off ("vs. Q3 2025": "Q3 2025"), the
    headings of change columns left out."""
    return [COMPARED_COLUMN_LEAD.sub("", phrase) for phrase in phrases if not _CHANGE_PHRASE.fullmatch(phrase)]


def period_labels_beside_a_note(text: str) -> bool:
    """The table's unit note, then its columns' short period labels standing apart, a comparison's word
    before one and change columns' headings after them ("(in millions except per share data)   Q3 2026   vs.
    Q3 2025   Change   Change (%)"): the columns' header, the note in the label's place. Taken for the title
    (round 713), the change columns' headings had been lost and the "Change" column said to name no period."""
    phrases = _PHRASES.split(text.strip())
    if len(phrases) < 3 or not unit_line(phrases[0]):
        return False
    labels = _compared_labels(phrases[1:])
    # (years alone beside the note, "(in thousands)   2008   2007", are a line of years, read as such)
    return len(labels) >= 2 and all(any(map(str.isalpha, label)) and (
        _PART_OF_YEAR_ALONE.fullmatch(label) or _TO_DATE_OF_A_YEAR.fullmatch(label)) for label in labels)


def is_header_text(text: str) -> bool:
    years = len(YEAR_IN_TEXT.findall(text))
    if _YEARS_AND_CHANGE.fullmatch(text) and (years >= 2 or (years and len(_PHRASES.split(text.strip())) >= 2)):
        return True  # "2019   2020   YoY Change", "(unaudited)   2020   (unaudited)"
    if _NUMERIC_DATES.fullmatch(text) or (
            (unit := _UNIT_LEFT_OF_DATES.match(text)) is not None and _NUMERIC_DATES.fullmatch(text, unit.end())):
        # "9/30/06   9/30/05", "30.06.2007   31.12.2006", and with the table's unit left of them ("(In
        # thousands)   12/31/98   9/30/98", round 458: read as a row's label, a bank's five quarters lost)
        return True
    if CURRENCY_LINE.fullmatch(text):
        return True  # "RMB   RMB   US$": the currency of each column, under its year
    phrases = _PHRASES.split(text.strip())
    parts = sum(1 for p in phrases if _PART_OF_YEAR_ALONE.fullmatch(p))
    if parts >= 2 and all(_PART_OF_YEAR_ALONE.fullmatch(p) or _CHANGE_PHRASE.fullmatch(p) for p in phrases):
        return True  # "FY26   FY25   Y/Y", "Q4 FY26   Q3 FY26   Q4 FY25   Q/Q   Y/Y": years' parts, their changes
    if _years_to_date_alone(phrases):
        return True  # "YTD 2007   YTD 2006": each column the year to date of its year
    if len(phrases) >= 2 and all(_ORDINAL_ALONE.fullmatch(p) for p in phrases):
        return True  # "First   Second   Third" over "Quarter   Quarter   Quarter"
    if sum(1 for p in phrases if _YEAR_CELL.match(p)) >= 2 and all(
        _YEAR_CELL.match(p) or (not any(c.isdigit() for c in p) and len(p.split()) <= 4) for p in phrases
    ):
        return True  # "2020   Net Sales   2019   Net Sales": years beside the words of "% of" columns
    return bool(duration_in(text) or DATE.search(text) or YEAR_IN_TEXT.search(text)) and bool(
        # (or a day and its year under a month wrapped alone above them: "27, 2014", round 264)
        PERIOD_WORDS.search(text) or re.fullmatch(r"[\s\d]+", text.strip()) or _DAY_AND_YEAR.fullmatch(text.strip())
    )
