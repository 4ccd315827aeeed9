"""Column headers of a text table: which lines above the first row are its title, unit and header, and
what each column's header says.

Header phrases stand above the columns they name (a phrase over two columns names both; a duration
printed once over a group names the group); renderings that keep no positions are read as a stream of
words instead (`stream_headers`).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from core.fast_regex import starting_fast
from core.limits import MAX_ARRANGEMENTS
from core.tables.lines import (
    UNAUDITED,
    WIDE_GAP,
    YEAR_IN_TEXT,
    ClassifiedLine,
    Column,
    LineKind,
    classify,
    ends_a_page,
    ends_on_a_connector,
    is_header_text,
    is_prose,
    is_title,
    only_years,
    period_labels_beside_a_note,
)
from core.tables.period_headers import DATE, DURATION, HeaderReading, duration_in, read_header, starts_a_pair
from core.vocabulary import (
    BASIS_ALONE,
    CAPTION_NOUN_END,
    CLIPPED_YEAR_CELL,
    COLUMN_VERSION,
    CONVENIENCE_TRANSLATION,
    CURRENCY,
    CURRENCY_PREFIXES,
    DATELINE,
    DURATION_ENDED_RE,
    ENDS_ON_A_MONTH,
    FISCAL_YEAR_CLIPPED,
    FISCAL_YEAR_NAMED,
    FISCAL_YEAR_PART,
    GROUP_VERSION_HEAD,
    LABEL_FIGURE_AFTER,
    MONTH_BEFORE_A_PERIOD,
    MONTH_DAY_END,
    MONTH_DAY_RE,
    MONTH_RE,
    MONTH_START,
    NOT_A_GROUP_NAME,
    NOT_AS_REPORTED,
    NUMBER_WORD_RE,
    ORDINAL_WORD_RE,
    PER_SHARE_HEADING,
    PERIOD_LEAD_RE,
    RUNNING_PAGE_LINE,
    SHARE_CLASS_TERMS,
    SHARES_STANDING_ON_A_DATE,
    VERSION_CELL,
    VERSION_HEAD,
    VERSION_HEADS_ONE_SPACE_APART,
    YEAR_RE,
    full_year,
    names_share_count,
    spelled_day_month,
    unit_line,
    without_note_marks,
)

# Titles may stand further off: EDGAR's <TABLE>/<CAPTION> tags, blanked, leave gaps of four or five lines.
_MAX_TITLE_GAP = 5
# How far above the first row a table's header and title may reach.
_MAX_HEADER_LINES = 14
# "Three and" before a duration: the title names two lengths, not the columns under it.
_SEVERAL_DURATIONS = re.compile(rf"\b(?:{NUMBER_WORD_RE}|\d{{1,2}})\s*(?:and|&|,)\s*$", re.IGNORECASE)
# A year to date named without "Ended" ("Year-to-Date" beside "Quarter Ended", or beside "Second Quarter")
_YEAR_TO_DATE_WORDS = r"\byear[\s-]to[\s-]date\b"
_DURATION_PHRASE = starting_fast(
    rf"\b(?:{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+(?:months?|weeks?)\s+(?:periods?\s+)?"
    rf"end(?:ed|ing)(?:\b|(?={MONTH_RE}))|\b(?:quarters?|(?:fiscal\s+)?years?)\s+(?:periods?\s+)?end(?:ed|ing)\b"
    # "Three Months   Six Months" over one "Ended June 30," (merged cells over both): each a duration. Each
    # may open with "For the", and each group print its own "Ended June 30," under it (round 637: "For the
    # Three Months" / "For the Six Months" / "Ended June 30," / "Ended June 30,", a REIT's heads scraped one
    # cell a line or flattened, had been read as one length over four columns and the statement refused)
    rf"|\b(?:{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+(?:months?|weeks?)"
    rf"(?=\s+(?:{PERIOD_LEAD_RE})?(?:{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+(?:months?|weeks?)\s+end(?:ed|ing)\b)"
    # "Quarter Ended" beside "Year-to-Date", each over its date (round 511: lynx one cell a line, the whole
    # release lost)
    rf"|{_YEAR_TO_DATE_WORDS}",
    re.IGNORECASE,
)
_YEAR_TO_DATE = re.compile(_YEAR_TO_DATE_WORDS, re.IGNORECASE)
# ("December" then "12 Months Ended", the next column's duration, is no day of December)
_MONTH_DAY = starting_fast(rf"{MONTH_START}(?:{MONTH_RE})\.?\s+\d{{1,2}}\b(?![\s-]*(?:months?|weeks?|mos)\b)", re.I)
# Words only a period header uses; a title or a company name never does. "For the 13" or "For the three"
# is the first half of a duration wrapped over two lines, above "Weeks Ended" or "months ended".
_HEADER_WORDS = starting_fast(
    rf"\b(?:ended|ending|months?|weeks?|for\s+the\s+(?:\d{{1,2}}|{NUMBER_WORD_RE}))\b", re.IGNORECASE)
# "Fourteen   Thirteen   Fifty-Three" over "Weeks Ended": the first half of each column's duration.
# "Consolidated        Parent Company Only" over the dates: the columns of the company and of another
# entity, whose words name each group's columns (a title's words would name the whole table).
_ENTITY_GROUPS = re.compile(r"\s*consolidated\s{3,}\S.*|\s*\S.*\S\s{3,}consolidated\s*", re.IGNORECASE)
# "Successor    Predecessor    Combined(1)    Predecessor" over the columns' periods: which version of the
# company's figures each column holds, a word or two a column (round 403: taken for a title line, the
# "Combined" column had been read as the quarter as reported). Two spaces apart will do: w3m sets narrow
# columns that close (round 462: the "Combined" column read as the year). "GAAP   Non-GAAP" and "GAAP   Pro Forma"
# name versions too (round 724: taken for the title, the statement was called "other" and the release refused).
_VERSIONS_ONLY = re.compile(rf"\s*+(?:{VERSION_HEAD}\s{{2,}})+{VERSION_HEAD}\s*", re.IGNORECASE)
_ONE_VERSION = re.compile(rf"\s*+{VERSION_HEAD}\s*", re.IGNORECASE)
# "(Consolidated)" alone under one of the entity names over the column groups: the group that is the company's.
_CONSOLIDATED_ALONE = re.compile(r"\s{3,}\(?consolidated\)?\s*", re.IGNORECASE)
_GROUP_GAP = re.compile(r"\s{3,}")
# A fiscal year's name ("FY 2006", "FY06", "Fiscal 2006"): which year, not how long.
_FISCAL_YEAR_LABEL = re.compile(r"(?:fy|fiscal)\s*'?(?:\d{2}|\d{4})", re.IGNORECASE)
# "Twenty-   Twenty-" over "Six   Six" over "Weeks": a number word a narrow column wrapped at its hyphen.
_TENS_HEAD = r"(?:twenty|thirty|forty|fifty)-"
_NUMBER_WORD_OR_ITS_HEAD = rf"(?:{NUMBER_WORD_RE}|{_TENS_HEAD})"
# (`_VERSIONS_ONLY`, `_NUMBER_WORDS_ONLY`, `_DURATION_HEADS_ONLY` and `_COUNTS_ONLY` open on `\s*+`: a line's
# leading spaces taken whole, never given back, as what follows opens on a letter or a digit and no match needs
# one back. Given back one at a time, each space retried the word tree with case folded: 14 microseconds for a
# header line indented 40 spaces, asked of every header line; issue 12)
_NUMBER_WORDS_ONLY = re.compile(rf"\s*+(?:{_NUMBER_WORD_OR_ITS_HEAD}\s+)*{_NUMBER_WORD_OR_ITS_HEAD}\s*", re.IGNORECASE)
# "Fourth   Fourth   Twelve   Twelve" over "Quarter   Quarter   Months   Months": ordinals too begin a duration.
_DURATION_HEAD = rf"(?:{_NUMBER_WORD_OR_ITS_HEAD}|{ORDINAL_WORD_RE})"
_DURATION_HEADS_ONLY = re.compile(rf"\s*+(?:{_DURATION_HEAD}\s+)*{_DURATION_HEAD}\s*", re.IGNORECASE)
# "13   13   26   26" over "Weeks   Weeks   Weeks   Weeks": the counts of each column's duration, wrapped.
_COUNTS_ONLY = re.compile(r"\s*+(?:\d{1,2}\s+)+\d{1,2}\s*")
# Header phrases are separated by two or more spaces; a single space stays inside a phrase.
_PHRASE_SPLIT = re.compile(r"\S+(?: \S+)*")
_RANGE_BEFORE = re.compile(r"\b(?:through|thru|to)\s+$", re.IGNORECASE)
_DASH_RUN = re.compile(r"(?<!\S)[-=\u2013\u2014]{2,}(?!\S)")
# A header phrase that overlaps no column still names the nearest one if it stands this close to them.
_HEADER_REACH = 12
# How far off the middle of a pair of columns a phrase centred on the pair may stand (characters).
_PAIR_CENTRE_SLACK = 2


# A heading is a few words; a line of words this many characters long, ending in a colon, introduces the table
# in a sentence.
_LONGEST_HEADING_CHARS = 120


def _a_sentence_to_a_colon(line: ClassifiedLine) -> bool:
    """The narrative's sentence leading into a table ("... today reported the following results for the month
    and quarter ended June 30, 2025:"): is_prose spares a line ending in a colon, taking it for a heading, but
    a heading is never this long without a column gap. Its dates are the narrative's, not any column's."""
    label = line.label
    return (line.kind is LineKind.TEXT and label.endswith(":") and len(label) > _LONGEST_HEADING_CHARS
            and "  " not in label)


def _opens_the_story(line: ClassifiedLine) -> bool:
    """The dateline's line ("PITTSBURGH, Jan. 15, 2021 - The PNC Financial Services Group, Inc. today
    reported:" over a table): the story's first words, whose date is the release's, no column's."""
    return (line.kind is LineKind.TEXT and "," in line.label and _DIGIT.search(line.label) is not None
            and DATELINE.match(line.label) is not None and not _month_days_standing_apart(line.text))


# A phrase that is a column's date and nothing else: "Sep. 30,", "December 31, 2015", "Year Ended June 30,".
_MONTH_DAY_PHRASE = re.compile(rf"(?:{DURATION_ENDED_RE})?{MONTH_DAY_RE},?(?:\s+{YEAR_RE})?", re.IGNORECASE)


def _month_days_standing_apart(text: str) -> bool:
    """Two month-days or more, each a phrase of its own, standing apart over the columns beside a unit note
    ("Millions, Except Percentages      Sep. 30,      Dec. 31," over "2016   2015"): DATELINE reads the note as
    a city and a state before the first date, but a dateline prints one date, run on into its sentence.
    Taken for the story's first line, it had ended the balance sheet's header above its years (round 636,
    w3m: the 2015 column dated by the statement of income's "September 30," or refused as a year alone)."""
    return sum(_MONTH_DAY_PHRASE.fullmatch(phrase) is not None for phrase, _, _ in _phrases(text)) >= 2


# A dateline's day is a digit: a label without one ("Cash, cash equivalents and") is spared DATELINE's
# backtracking over the words before its comma (37 us for that label; issue 12).
_DIGIT = re.compile(r"\d")
# A sum of money a label's words name, its currency before it and words after it ("cost: $1,002,418 and ...,
# respectively"); one ending the line may be the row's first figure ("... at fair value $ 1,804,118" / "$ 1,776,904",
# lynx wrapping the row after it), unless a bracket or a connecting word says it is the label's
# (`_without_money_in_words`).
_MONEY = ("(?:" + "|".join(re.escape(sign) for sign in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
          + r")\s?\d[\d,]*(?:\.\d+)?")
_MONEY_IN_WORDS = re.compile(_MONEY + r"(?=.*[^\W\d_])")
# Money inside a bracket that opens on a label's words ("(amortized cost $55,208 and $54,917)"): the label's,
# however the line ends.
_MONEY_ALONE = re.compile(_MONEY)
_WORDED_BRACKET = re.compile(r"[(\[][^()\[\]\d$]*[^\W\d_][^()\[\]]*[)\]]")


def header_area(classified: list[ClassifiedLine], first: int, floor: int = 0) -> list[ClassifiedLine]:
    """The lines above a table's first row that may hold its title, unit and column headers, none of them at
    or above `floor`'s index (where the table above ends: its last row's label may run on under it)."""
    area: list[ClassifiedLine] = []
    blank_run = 0
    filled = 0  # the lines of `area` that are not blank
    seen: dict[str, int] = {}  # the area's dated lines, their words as printed, and where they stand
    index = first - 1
    while index >= floor and filled < _MAX_HEADER_LINES:
        line = classified[index]
        if index + 1 < first and classified[index + 1].kind is LineKind.YEARS and (
                stack := _stacked_word_by_word(classified, index, floor)) is not None:
            # "Three" / "months" / "ended" / "December" / "31" over the years: each column's words, top to bottom,
            # are its heading (round 688: the lone "31" taken for a page's number, the statement lost unsaid)
            top, headings = stack
            area.append(classify(classified[top].number, headings))
            filled += 1
            index = top - 1
            continue
        if index > floor and (dated_line := day_set_under_its_month(line, classified[index - 1])) is not None:
            # "Twelve Months Ended December" / "31" over "2009   2008": w3m wrapped a one-line header in its
            # cell (round 453: the day read as a figure ended the header, the cash flow lost without a word;
            # round 478: a PDF's "31   31" under two groups' months, the statement refused)
            area.append(classify(classified[index - 1].number, dated_line))
            filled += 1
            index -= 2
            continue
        page_ends = ends_a_page(line)
        if page_ends and not seen and _header_before_the_page_ends(classified, index, floor):
            # "Revenues:" / "- 2 -" / the rows: the page broke between the headers and the rows, and the rows'
            # page repeats no header (round 506: the statement had been refused as a table with no periods)
            index -= 1
            blank_run = 0
            continue
        prose = is_prose(line) and not _labels_the_figures_under_it(classified, index, first)
        if (line.kind is LineKind.DATA or prose or page_ends or _a_sentence_to_a_colon(line)
                or _opens_the_story(line) or _DOLLAR_RANGE.search(line.text) is not None
                or _ends_the_first_rows_label(classified, index, first)):
            if prose:
                del area[len(area) - _sentence_run_on(area, line):]
            break  # a page number ends the page before: the title and headers stand on the table's page
        words = " ".join(line.text.split())
        dated = YEAR_IN_TEXT.search(words) is not None
        if dated and words in seen and len(_PHRASE_SPLIT.findall(line.text)) > 1 and not all(
                YEAR_IN_TEXT.search(classified[between].text) for between in range(index + 1, seen[words])):
            # (of two phrases or more: a lone "2011" repeats in a header lynx staggers one cell a line)
            # the same line of dates again above: the page before's copy of the headers, the table's first
            # headings left at that page's foot ("November   May 31,   November" / "30, 2019   2019   30, 2018",
            # "ASSETS", "Current assets:", then the page's repeat of both): set elsewhere on its page, it had
            # shifted every date a column (round 258: a balance sheet's figures under the wrong dates). A line of
            # dates repeated among the header's own dated lines (a browser's "2024 October 28," twice) is no copy.
            break
        if dated:
            seen.setdefault(words, index)
        blank_run = blank_run + 1 if line.kind is LineKind.BLANK else 0
        if blank_run > _MAX_TITLE_GAP:
            above = _orphaned_header_above(classified, index)
            if above is None:
                break
            index, blank_run = above, 0  # a page's foot and the next page's top: the rows' header is above
            continue
        area.append(line)
        filled += line.kind not in (LineKind.BLANK, LineKind.RULE)  # (a rendering may rule under every cell)
        index -= 1
    area.reverse()
    return area


# A sentence's stop at a line's end, a closing bracket or quote after it.
_SENTENCE_STOP_END = re.compile(r"[.!?][\"\u201d\u2019')\]]*$")


def _sentence_run_on(area: list[ClassifiedLine], prose: ClassifiedLine) -> int:
    """How many lines of `area` (built upwards: its last line stands right under `prose`) are the rest of the
    sentence `prose` leaves unstopped, cut by the page's width: lines of words without column gaps, the first
    in lower case, down to the one its stop ends ("... net income for the thirteen and twenty-six" / "weeks
    ended August 3, 1996 was $428,310 ($.14 per" / "share) and $380,955 ($.12 per share), respectively.").
    A footnote's prose, never a header: its date had dated every column of the quarterly table under it (round
    686). None where the words run on to no stop before a blank line or a line of columns: a heading may
    stand there."""
    if _SENTENCE_STOP_END.search(prose.label):
        return 0
    for count, line in enumerate(reversed(area), 1):
        if line.kind is not LineKind.TEXT or WIDE_GAP.search(line.label) or (
                count == 1 and not line.label[:1].islower()):
            return 0
        if _SENTENCE_STOP_END.search(line.label):
            return count
    return 0


def _ends_the_first_rows_label(classified: list[ClassifiedLine], index: int, first: int) -> bool:
    """The line right over the first row's unlabelled figures naming a share class's count at a date ("none
    at December 31, 2010"): the end of that row's label, wrapped over lines of its own as lynx centres a wide
    cell, no column's header (round 655: both columns had been dated by it, the rows re-dated)."""
    return (index == first - 1 and classified[first].kind is LineKind.DATA and not classified[first].label
            and SHARES_STANDING_ON_A_DATE.search(classified[index].label) is not None)


def _labels_the_figures_under_it(classified: list[ClassifiedLine], index: int, first: int) -> bool:
    """A long line of words right over the first row's figures, which print no label of their own: the first
    row's label on a line of its own, as lynx sets every label ("Fixed maturity securities, available for sale,
    at fair value" / "$ 3,915,204   $ 3,702,118"), no sentence (round 541: at 60 characters it had ended the
    header above it, the balance sheet lost without a word). Words only: a figure or a year in it could be
    taken for the columns' headers; but money in its words ("Investments (cost: $1,002,418 and $842,106,
    respectively) $" over "948,306 $ 836,215", the figures wrapped after the "$") names no period, so it counts
    as words (round 652: the balance sheet's header had ended there, the whole statement lost)."""
    line, under = classified[index], classified[first]
    if not (under.kind is LineKind.DATA and line.label[:1].isupper() and not line.label.endswith(".")):
        return False
    if _DIGIT.search(_without_money_in_words(line.text)) is not None:
        return _states_a_share_class(line, under, index == first - 1)
    return (index == first - 1 and not under.label) or _heads_a_bare_basis(classified, index, first)


def _states_a_share_class(line: ClassifiedLine, under: ClassifiedLine, right_over: bool) -> bool:
    """A stock line's terms right over the first row's unlabelled figures ("Common stock, $0.01 par value;
    40,000,000 shares authorized; 14,903,117 and 14,688,402", pdftotext setting the figures under it and the
    label's last words under them, a page break above): its figures are the class's par value and counts, which
    no column's header prints, so it is the row's label (round 682: taken for a sentence, it had ended the
    header area, the row left named by its last words alone, " shares issued and outstanding", and its
    thousands of dollars read as 149 shares). Not a line dating them: its year could be taken for a header's."""
    return (right_over and not under.label and SHARE_CLASS_TERMS.search(line.label) is not None
            and YEAR_IN_TEXT.search(line.label) is None)


def _without_money_in_words(text: str) -> str:
    """The line without the sums of money its label's words name, which name no period: each followed by
    more words ("cost: $1,002,418 and $842,106, respectively"), inside a bracket its words open ("(amortized
    cost $55,208 and $54,917)", round 669), or set right after a connecting word ("net of allowances of $612
    and $580"). A sum ending the line after the label's bare words ("... at fair value $ 1,804,118") may be
    the row's first figure, lynx wrapping the row after it, and stays."""
    text = _WORDED_BRACKET.sub(lambda bracket: _MONEY_ALONE.sub(" ", bracket.group()), text)
    text = _MONEY_ALONE.sub(_unless_after_a_connector, text)
    return _MONEY_IN_WORDS.sub(" ", text)


def _unless_after_a_connector(money: re.Match[str]) -> str:
    return " " if LABEL_FIGURE_AFTER.search(money.string, 0, money.start()) else money.group()


def _heads_a_bare_basis(classified: list[ClassifiedLine], index: int, first: int) -> bool:
    """A heading naming figures a share or a count of shares over a bare basis, a blank line or two between
    ("Earnings per share attributable to shareholders of the Corporation" over "Basic   $0.50", or over
    "Basic" on a line of its own above its figures, as lynx sets every label): the basis names nothing without
    it, so it is the rows' heading however far its words run past the label column, no sentence (round 649:
    past 60 characters it had ended the header of the per-share table printed apart, whose EPS were then read
    on under the statement's last heading as amounts in millions)."""
    heading = classified[index].label
    if PER_SHARE_HEADING.search(heading) is None and not names_share_count(heading):
        return False
    under = [line for line in classified[index + 1 : first + 1] if line.kind is not LineKind.BLANK]
    if first - index > len(under) + _BLANKS_UNDER_A_HEADING:
        return False
    if len(under) == 2 and under[0].kind is LineKind.TEXT and not under[1].label:
        return BASIS_ALONE.fullmatch(under[0].label) is not None  # "Basic" / "$ 0.50   $ 0.47"
    return len(under) == 1 and BASIS_ALONE.fullmatch(under[0].label) is not None


# How many blank lines a rendering sets between a heading and the rows under it (w3m and lynx one).
_BLANKS_UNDER_A_HEADING = 2



_DAYS_ALONE = re.compile(r"\d{1,2},?(?:\s{2,}\d{1,2},?)*")
# A phrase of a header line ending on a month ("Three months ended March" before two spaces or the end).
_MONTH_ENDING_A_PHRASE = re.compile(rf"\b(?:{MONTH_RE})\.?(?=\s{{2,}}|\s*$)", re.IGNORECASE)


def day_set_under_its_month(line: ClassifiedLine, above: ClassifiedLine) -> str | None:
    """A header line that ends on a month ("... Ended December") with the day alone on the line under it
    ("31"), as one phrase a group, or two ("Three months ended March   Six months ended March" over "31   31"):
    the line with each day set after its month, in place; None where a day has no room after its month."""
    if not (line.number == above.number + 1 and above.kind is LineKind.TEXT
            and _DAYS_ALONE.fullmatch(line.text.strip()) is not None):
        return None
    run_on = list(MONTH_BEFORE_A_PERIOD.finditer(above.text))
    if run_on:
        return _days_set_by_group(line.text, above.text, run_on)
    if not ENDS_ON_A_MONTH.search(above.text):
        return None
    days = line.text.split()
    months = list(_MONTH_ENDING_A_PHRASE.finditer(above.text))
    if len(days) == 1:
        return f"{above.text.rstrip()} {days[0]}"
    if len(days) != len(months):
        return None
    text = above.text
    for month, day in zip(reversed(months), reversed(days), strict=True):
        after = text[month.end() :]
        room = len(after) - len(after.lstrip(" "))
        # the day takes the spaces after its month, two left before the next phrase, where there are that many
        taken = len(day) + 1 if room >= len(day) + 3 else 0
        if not taken and after.strip():
            # no room before the next phrase: set after its month, the day would push every phrase after it
            # right, over the next column ("February 29," over a column's 12 characters: round 568, w3m at 80
            # columns, the year to date dated the 28th); left apart, each day stands under its month
            return None
        text = f"{text[: month.end()]} {day}{after[taken:]}"
    return text


# The fewest lines a header cell wrapped one word a line fills: two lines are a header's ordinary wrap
# ("Three Months Ended" / "December 31,"), which the column reader takes line by line.
_FEWEST_STACKED_LINES = 3


def _stacked_word_by_word(classified: list[ClassifiedLine], bottom: int, floor: int) -> tuple[int, str] | None:
    """Where the lines over a line of years, `bottom` the last, print each column's header cell one word a
    line ("Three" / "months" / "ended" / "December" / "31" beside "Year" / "ended" / "December" / "31", as a
    browser wraps cells narrower than their words and a PDF's text keeps the wrap): the top line's index and
    one line with each stack's words joined, centred where the stack stands. Read line by line, the stack's
    lone "31" had been taken for a page's number and the header ended under it, the statement of operations
    lost without a word (round 688). Only stacks of three lines or more, every word on them in a stack of two
    or more that names a period, are read so; the highest such run of lines over `bottom` is the cell's."""
    top = bottom
    while top > floor and bottom - top + 1 < _MAX_HEADER_LINES and _one_word_a_phrase(classified[top - 1]):
        top -= 1
    if not _one_word_a_phrase(classified[bottom]):
        return None
    for start in range(top, bottom - _FEWEST_STACKED_LINES + 2):
        stacks = _word_stacks(classified[start : bottom + 1])
        headings = _stacks_on_one_line(stacks) if stacks is not None else None
        if headings is not None:
            return start, headings
    return None


def _one_word_a_phrase(line: ClassifiedLine) -> bool:
    """A line of words standing apart, each a phrase of its own (a day alone may read as a figure)."""
    words = line.text.split()
    return bool(words) and (line.kind is LineKind.TEXT or _DAYS_ALONE.fullmatch(line.text.strip()) is not None) and (
        len(words) == len(_PHRASE_SPLIT.findall(line.text)))


# One word of a stack: where it starts and ends, and the word.
_Word = tuple[int, int, str]


def _word_stacks(lines: list[ClassifiedLine]) -> list[list[_Word]] | None:
    """The lines' words chained down the lines, each word under the one above it that shares its middle, its
    left edge or its right edge (a cell centred, left- or right-aligned); None where a word stands alone or a
    stack's words name no period."""
    done: list[list[_Word]] = []
    open_stacks: list[list[_Word]] = []
    for line in lines:
        carried: list[list[_Word]] = []
        for match in re.finditer(r"\S+", line.text):
            word = (match.start(), match.end(), match.group())
            stack = next((stack for stack in open_stacks if _set_alike(stack[-1], word)), None)
            if stack is not None:
                open_stacks.remove(stack)
            carried.append([*(stack or []), word])
        done.extend(open_stacks)
        open_stacks = carried
    done.extend(open_stacks)
    texts = [" ".join(word for _, _, word in stack) for stack in done]
    if any(len(stack) < 2 for stack in done) or not all(
            duration_in(text) or _MONTH_DAY.search(text) for text in texts):
        return None
    return sorted(done, key=lambda stack: min(start for start, _, _ in stack))


def _set_alike(above: _Word, word: _Word) -> bool:
    """Whether a word stands where the one above it does, as one cell sets its lines: on one middle (a PDF's
    text may put it a character off), or at one left or right edge."""
    return (abs((above[0] + above[1]) / 2 - (word[0] + word[1]) / 2) <= _STACK_AXIS_SLACK
            or above[0] == word[0] or above[1] == word[1])


def _stacks_on_one_line(stacks: list[list[_Word]]) -> str | None:
    """Each stack's words as one phrase centred where the stack stands; None where two phrases would not stand
    three spaces apart so. Stacks that close are each one column's own words ("Three" / "Months" / "Ended"
    over every column), which the header reader takes line by line: set on one line, they would be pushed
    over the columns beside them."""
    text = ""
    for stack in stacks:
        phrase = " ".join(word for _, _, word in stack)
        middle = sum(start + end for start, end, _ in stack) / (2 * len(stack))
        at = max(round(middle - len(phrase) / 2), 0)
        if text and at < len(text) + 3:
            return None
        text = text.ljust(at) + phrase
    return text


def _days_set_by_group(days_line: str, text: str, run_on: list[re.Match[str]]) -> str | None:
    """Two groups' headers run together on one line, a month wanting its day before the next group's period
    words ("Three Months Ended December Year Ended December 31," over "31,"; "Three Months Ended June Six Months
    Ended June" over "30,   30,"): each day set after the month of the group it stands under, the groups parted
    by two spaces. A group reaches from where its words start to where the next group's start; a day under no
    month wanting one, or two under one, leaves the lines as printed (round 660: read apart, the quarter's
    columns were dropped and the year's figures printed as the quarter's; round 658: the statement lost)."""
    months = sorted([*run_on, *_MONTH_ENDING_A_PHRASE.finditer(text)], key=lambda month: month.start())
    starts = sorted({*(phrase.start() for phrase in _PHRASE_SPLIT.finditer(text)),
                     *(month.end() + 1 for month in run_on)})
    wanting = {_group_at(starts, month.start()): month for month in months}
    placed: dict[int, tuple[re.Match[str], str]] = {}
    for printed in re.finditer(r"\S+", days_line):
        group = _group_at(starts, printed.start())
        if group not in wanting or group in placed:
            return None
        placed[group] = (wanting[group], printed.group())
    for month, day in sorted(placed.values(), key=lambda pair: pair[0].start(), reverse=True):
        after = text[month.end() :]
        if month in run_on:
            text = f"{text[: month.end()]} {day} {after}"
            continue
        room = len(after) - len(after.lstrip(" "))
        if room < len(day) + 3 and after.strip():
            return None  # no room before the next phrase (see `day_set_under_its_month`)
        text = f"{text[: month.end()]} {day}{after[len(day) + 1 if after.strip() else 0 :]}"
    return text


def _group_at(starts: list[int], at: int) -> int:
    """The index of the group of a header line whose span holds `at`, each group reaching to the next's start
    (a day left of every group is the first's)."""
    return max(bisect.bisect_right(starts, at) - 1, 0)


# A range of dollar figures ("$209 - $212", "$(23) - $(21)"): an outlook's, set as a paragraph above the
# statement when its cells hold no plain figure. A line holding one is no title or column header, and the
# header area ends at it (round 429: the outlook taken into the statement's title, "GAAP Non-GAAP" among its
# words, the statement refused as non-GAAP).
_DOLLAR_RANGE = re.compile(r"\$\s*\(?\d[\d,.]*\)?\s*[-\u2013\u2014]\s*\$\s*\(?\d")


# How far above a table's first row a page break may have left its header (a PDF's page foot and top).
_PAGE_GAP = 120


def _header_before_the_page_ends(classified: list[ClassifiedLine], index: int, floor: int) -> bool:
    """Whether a line of years or dates stands a few lines above the page number at `index`, with only
    headings and blank lines between (no row, no sentence): the headers of the rows under the page number."""
    for above in range(index - 1, max(index - _PAGE_GAP, floor - 1), -1):
        line = classified[above]
        if line.kind is LineKind.YEARS:
            return True
        if line.kind is LineKind.DATA or is_prose(line) or ends_a_page(line):
            return False
    return False


def _orphaned_header_above(classified: list[ClassifiedLine], index: int) -> int | None:
    """Where a long run of blank lines above a table ends in a line of years or dates with no rows under it
    (a title and its column headers at a page's foot, the rows on the next page, as a browser prints a
    page to PDF), the index of that line; None otherwise. Without it the rows had no header of their own
    and were taken for the rest of the statement above them."""
    for above in range(index - 1, max(index - _PAGE_GAP, -1), -1):
        line = classified[above]
        if line.kind is LineKind.BLANK:
            continue
        return above if line.kind is LineKind.YEARS else None
    return None


# A line of a sentence is at least this long where the page's width ends it.
_SENTENCE_LINE = 60


def _sentence_running_on(text: str) -> bool:
    """The first line of a sentence leading into the table, cut by the page's width after a connecting word
    ("The following table summarizes our consolidated financial results for the quarters ended March 31, 2021
    and" / "2022 (in millions ...)."): its dates are the sentence's, no column's header. A header's phrases
    stand apart, and its words are capitalised."""
    if len(text) < _SENTENCE_LINE or "  " in text or not ends_on_a_connector(text):
        return False
    words = [word for word in text.split() if word[0].isalpha()]
    return sum(1 for word in words if word[0].islower()) * 3 >= len(words) * 2


# A heading over rows that names their period ("Consolidated Statement of Income, year ended December 31, 2015:"
# over the lines an accounting change restated): it ends in a colon after a statement's name, and heads no column.
_ROWS_HEADING = re.compile(r"(?:consolidated\s+|condensed\s+)*(?:statements?|balance\s+sheets?)\b[^:]*:", re.IGNORECASE)


def split_area(
    area: list[ClassifiedLine], first_row: ClassifiedLine | None = None,
) -> tuple[list[ClassifiedLine], list[ClassifiedLine], list[ClassifiedLine]]:
    """Title, unit and "(unaudited)" lines; the period header (dates, durations, years); then the first
    labels of the table itself ("Operating expenses:"), which stand below the last header line.
    `first_row`: the table's first line under the area, whose label may close a bracket the area opens."""
    # Each line is asked these questions up to four times below: the answers are kept for this area.
    title_of: dict[str, bool] = {}
    titular_of: dict[str, bool] = {}
    header_of: dict[str, bool] = {}

    def names_title(text: str) -> bool:
        if text not in title_of:
            title_of[text] = is_title(text)
        return title_of[text]

    def titular(text: str) -> bool:
        if text not in titular_of:
            titular_of[text] = (names_title(text) or bool(unit_line(text)) or bool(UNAUDITED.match(text))) and not (
                "  " in text and (_dates_standing_apart(text) or _heads_beside_a_note(text)
                                  or period_labels_beside_a_note(text)))
        return titular_of[text]

    def header_text(text: str) -> bool:
        if text not in header_of:
            header_of[text] = (is_header_text(text) and not _ROWS_HEADING.fullmatch(text)
                               and not RUNNING_PAGE_LINE.search(text))
        return header_of[text]

    # A caption naming what the table sums up ("Q1 Fiscal 2020 Summary"), a phrase alone over a line of the
    # columns' own header, is the table's title: taken for a header line, its "Q1 Fiscal 2020" had named the two
    # columns under it (round 467: "Q4 FY19" dated as the year-ago quarter). Over no header line it stays one.
    header_below = False
    for line in reversed(area):
        text = line.text.strip()
        if line.kind is LineKind.TEXT and header_below and "  " not in text and CAPTION_NOUN_END.search(text):
            titular_of[text] = True
        header_below = header_below or line.kind is LineKind.YEARS or (
            line.kind is LineKind.TEXT and "  " in text and header_text(text))
    last_header = -1
    last_titular = -1
    header_at: list[int] = []
    for index, line in enumerate(area):
        text = line.text.strip()
        if line.kind is LineKind.YEARS or (line.kind is LineKind.TEXT and not titular(text)
                                           and header_text(text)):
            last_header = index
            header_at.append(index)
        elif line.kind is LineKind.TEXT and titular(text):
            last_titular = index
            if last_header >= 0 and DATE.search(text):
                last_header = index  # "(in millions)   March 29, 2020   March 31, 2019": unit and dates
                header_at.append(index)
    opened = _a_rows_label_opening_a_bracket(area, first_row, lambda text: titular(text) or header_text(text))
    if 0 <= opened <= last_header:
        # "Residential mortgage investments ($8.50 and" / "$10.83 billion pledged at March 31, 2020 and" /
        # "December 31, 2019, respectively)   $8,503,171": the dates inside the bracket are the first row's
        # words, never a header line (round UI-54: the label had kept only its last line)
        last_header = max((index for index in header_at if index < opened), default=-1)
    while 0 <= last_header < len(area) - 1 and area[last_header + 1].kind is LineKind.TEXT and _carries_on_the_header(
            area[last_header].text, area[last_header + 1].text):
        last_header += 1
    # Column headers stand under the statement's title: what stands above it is the story's last lines
    # ("... for the quarter ended September 30, 2004 was $1.1 million."), never a header.
    # A title's words under the last header line ("Statement of Income Data" over a bank's highlights' first
    # rows) head the rows below, not the table.
    below_title = 1 + max((i for i, line in enumerate(area) if (last_header < 0 or i < last_header)
                           and names_title(line.text.strip())), default=-1)
    first_header = next(
        (i for i, line in enumerate(area) if i >= below_title and ((
            line.kind is not LineKind.BLANK and i <= last_header
            and not titular(line.text.strip()) and header_text(line.text.strip()))
         or line.kind is LineKind.YEARS)),
        last_header + 1,
    )
    if last_header < 0:
        first_header = last_header = last_titular
    # Header words without a date ("Three-months ended", or "For the 13" over "Weeks Ended") may stand
    # above the first dated line, rules between them ("Thirteen   Fifty-Two" over their rules, over "Weeks
    # Ended" and its rule: round 243).
    # A unit note may stand among them, over the dates ("13   13   26   26" / "Weeks Ended" / "(in thousands,
    # except per share amounts)" / "July 30, 2011   ...": round 273): it stays the table's unit.
    notes: list[ClassifiedLine] = []
    while True:
        above = _over_rules(area, first_header - 1)
        if above >= 1 and area[above].kind is LineKind.BLANK:
            # A header wrapped line by line at a page's width, each line set back whole, leaves a blank line
            # where each carried its words (core.tables.wrapped_rows; round 668: "Fourteen ... Fifty-three" /
            # "Fifty-two", "Weeks Ended ... Weeks" / "Ended" over "Jan. 2, ... Dec." / "27,", the lengths
            # taken for the title and a statement of operations lost whole)
            above = _over_rules(area, above - 1)
        note = None
        if above >= 0 and area[above].kind is LineKind.TEXT and unit_line(area[above].text.strip()) and not (
                names_title(area[above].text.strip())):
            note, above = area[above], _over_rules(area, above - 1)
        if not (above >= 0 and area[above].kind is LineKind.TEXT and not titular(area[above].text.strip())
                and (_first_words_of_a_header(area[above].text)
                     or _one_version_over_the_header(area[above].text, area[first_header].text))):
            break
        first_header = above
        if note is not None:
            notes.append(note)
    first_header = _above_entity_groups(area, first_header)
    title = [line for line in area[: first_header + (1 if first_header == last_titular else 0)]
             if line.kind not in (LineKind.BLANK, LineKind.RULE)] + notes[::-1]
    header = [line for line in area[first_header : last_header + 1]
              if line.kind not in (LineKind.BLANK, LineKind.RULE) and line not in title]
    rest = [line for line in area[last_header + 1 :] if line.kind not in (LineKind.BLANK, LineKind.RULE)]
    # A unit note printed under the dates ("In millions") is still the table's unit, never a row heading;
    # nor are the words of one wrapped under the line that opened it.
    note_end = _a_unit_notes_end(area[: last_header + 1], rest)
    title += [line for line in rest if titular(line.text.strip()) or line in note_end]
    lead = [line for line in rest if not titular(line.text.strip()) and line not in note_end]
    return title, header, lead


def _a_unit_notes_end(above: list[ClassifiedLine], rest: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """The first lines under the header that close a unit note's bracket its last line opened ("(Dollars in
    thousands," beside the years, "except per share data)" on the next line, as w3m wraps the corner cell at 80
    columns): the note's words, never a heading. Round 682: taken for one, "except per share data) Noninterest
    income" had made every row under it a figure a share, the fee income printed in thousands of dollars as
    dollars a share. Each line a phrase without figures, brackets opened or columns; the note read whole."""
    opener = next((line for line in reversed(above) if line.kind not in (LineKind.BLANK, LineKind.RULE)), None)
    if opener is None or not rest or rest[0].number != opener.number + 1:
        return []
    note = (opener.label if opener.kind is LineKind.YEARS else _GROUP_GAP.split(opener.text.strip())[0]).strip()
    depth = note.count("(") - note.count(")")
    if depth <= 0:
        return []
    taken: list[ClassifiedLine] = []
    for line in rest:
        text = line.text.strip()
        if (line.kind is not LineKind.TEXT or "(" in text or "  " in text or _DIGIT.search(text)
                or line.number != (taken[-1].number if taken else opener.number) + 1):
            return []
        taken.append(line)
        note = f"{note} {text}"
        depth -= text.count(")")
        if depth <= 0:
            return taken if depth == 0 and unit_line(note) is not None else []
    return []


_YEAR_FIRST = re.compile(rf"\s*{YEAR_RE}\b")
_CHANGE_OPENS = re.compile(r"(?:percent|%|increase|\$)\s*$", re.IGNORECASE)


# A percent of revenue column's head as lynx flows it, cut after "of" ("2022 % of" / "Net Sales ...").
_SHARE_HEAD_BEGUN = re.compile(r"%\s+of$")
_SHARE_HEAD_END = re.compile(r"(?:net\s+|total\s+)?(?:sales|revenues?)", re.IGNORECASE)


def _carries_on_the_header(above: str, text: str) -> bool:
    """A line carrying on a header line whose cells lynx set flush left, each cell's line break a line of its
    own ("Aug. 26," / "2018 Aug. 27," / "2017 Percent" / "Change"): the year of the date the line above ends
    on, then change words; or the end of a change column's name the line above opens (round 543: taken for
    row headings, they had left the header two dates short, the statement refused)."""
    if _SHARE_HEAD_BEGUN.search(above.rstrip()) and _SHARE_HEAD_END.fullmatch(text.strip()):
        return True  # "2021 % of" / "Net Sales": a percent of revenue column's head ends (round 583)
    if _YEAR_FIRST.match(text) and _SHARE_HEAD_BEGUN.search(text) and MONTH_DAY_END.search(above.rstrip()):
        return True  # "Net Sales October 30," / "2021 % of": the date's year, then its percent column's head
    if not only_years(text):
        return False
    if _YEAR_FIRST.match(text) is not None:
        return MONTH_DAY_END.search(above.rstrip()) is not None
    return YEAR_IN_TEXT.search(text) is None and _CHANGE_OPENS.search(above) is not None


def _first_words_of_a_header(text: str) -> bool:
    """Words a header line above the dates may hold alone: a duration or its first words ("Three-months
    ended", "For the 13", "Thirteen   Fifty-Two", "13   13   26   26", "(Unaudited)   Thirteen   Fourteen"), or
    the names of the entities whose columns stand side by side."""
    return bool(duration_in(text) or _HEADER_WORDS.search(text) or _DURATION_HEADS_ONLY.fullmatch(text)
                or _ENTITY_GROUPS.fullmatch(text) or _COUNTS_ONLY.fullmatch(text) or _heads_beside_a_note(text)
                or _VERSIONS_ONLY.fullmatch(text))


def _one_version_over_the_header(text: str, below: str) -> bool:
    """One version's head alone on a line ("Pro Forma", "GAAP"), standing inside the span of the header line
    under it, over some of its columns: that column's first header line (round 724: "Pro Forma" over a balance
    sheet's middle column, taken for a title line, had made the statement "other" and the release refused). A
    head reaching left of the header's words stands over the labels, a title's place, and stays one."""
    if not _ONE_VERSION.fullmatch(text) or not below.strip():
        return False
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    below_start, below_end = len(below) - len(below.lstrip()), len(below.rstrip())
    return below_start <= start and end <= below_end


def _dates_standing_apart(text: str) -> bool:
    """Two whole dates or more, each a phrase of its own, on a unit note's line ("(IN THOUSANDS)   MARCH 31,
    2019   DECEMBER 31, 2018 (AS ADJUSTED)"): the columns' headers beside the unit, whatever follows the last
    year. (A year ending the line makes it a line of years; a note after it had left the line a title's, and
    the balance sheet with no header: round 271.)"""
    dated = 0
    for phrase, _, _ in _phrases(text):
        found = DATE.search(phrase)
        dated += found is not None and bool(found.group("year") or found.group("y"))
    return dated >= 2


def _heads_beside_a_note(text: str) -> bool:
    """A column note, then the first words of each column's duration standing apart ("(Unaudited)   Thirteen
    Fourteen   Fifty-two   Fifty-three" over "Weeks Ended" four times: round 287): the header's first line,
    the note in the label's place. Taken for the title, it had left every column naming no length."""
    phrases = _GROUP_GAP.split(text.strip())
    return len(phrases) >= 3 and all(_DURATION_HEADS_ONLY.fullmatch(phrase) for phrase in phrases[1:])


def _a_rows_label_opening_a_bracket(area: list[ClassifiedLine], first_row: ClassifiedLine | None,
                                    heads: Callable[[str], bool]) -> int:
    """Where the table's first row's label begins in the area, or -1: a label wrapped over lines that opens a
    bracket and holds figures in words inside it ("($8.50 and" / "$10.83 billion pledged at March 31, 2020 and"),
    the bracket closed on the row's own line of figures, is one label, though its dated lines read like a
    header's. Every line a phrase set without column gaps; the first one words, not a header, before its
    bracket."""
    if first_row is None or first_row.kind is not LineKind.DATA or not first_row.label:
        return -1
    depth = first_row.label.count("(") - first_row.label.count(")")
    if depth >= 0:
        return -1
    inside = first_row.label
    for index in range(len(area) - 1, -1, -1):
        line = area[index]
        text = line.text.strip()
        if line.kind is not LineKind.TEXT or not text or "  " in text:
            return -1
        depth += text.count("(") - text.count(")")
        if depth < 0:
            inside = text + " " + inside
            continue
        if depth > 0:
            return -1
        opening = text.rfind("(")
        if opening < 1 or not text[0].isalpha() or heads(text):
            return -1
        return index if _DIGIT.search(text[opening:] + " " + inside) else -1
    return -1


def _over_rules(area: list[ClassifiedLine], index: int) -> int:
    """The first line at or above `index` that is no rule."""
    while index >= 0 and area[index].kind is LineKind.RULE:
        index -= 1
    return index


def _above_entity_groups(area: list[ClassifiedLine], first_header: int) -> int:
    """The first header line, moved up over the names of the entities whose columns stand side by side
    ("CASCADE POWER & LIGHT COMPANY     CASCADE ENERGY CORPORATION" over "(Consolidated)", a rule under each
    group): those names head each group's columns, not the table, and say which group is the company's."""
    above = first_header - 1
    while above >= 0 and area[above].kind is LineKind.RULE:
        above -= 1
    if above < 0 or area[above].kind is not LineKind.TEXT:
        return first_header
    if _ENTITY_GROUPS.fullmatch(area[above].text) or _names_over_repeated_runs(area[above].text,
                                                                                 area[first_header].text):
        return above
    names = above - 1
    if (names >= 0 and _CONSOLIDATED_ALONE.fullmatch(area[above].text) and area[names].kind is LineKind.TEXT
            and len(_GROUP_GAP.split(area[names].text.strip())) >= 2):
        return names
    return first_header


def _names_over_repeated_runs(names: str, under: str) -> bool:
    """Whether `names` is a name over each group of columns whose heads, on the header line under it, repeat
    one run ("Prairie Basin Electric  Prairie Basin Energy" over "Three Months Ended" twice, or over "2012
    2011 2012 2011"): two entities' figures for the same periods side by side, each group headed by whose
    they are (round 694: taken for a title line, the names were lost and the first group, a subsidiary's,
    read as the company's by its place). Words that name a period, a version of the figures, a currency or a
    unit are no entity's name."""
    named, heads = _phrases(names), _phrases(under)
    if len(named) < 2 or not heads or len(heads) % len(named):
        return False
    size = len(heads) // len(named)
    runs = [heads[at : at + size] for at in range(0, len(heads), size)]
    if len({tuple(" ".join(head.lower().split()) for head, _, _ in run) for run in runs}) != 1:
        return False
    if len({" ".join(name.lower().split()) for name, _, _ in named}) < len(named):
        return False
    return all(names_a_column_group(name)
               and run[0][1] - _HEADER_REACH <= (start + end) / 2 <= run[-1][2] + _HEADER_REACH
               for (name, start, end), run in zip(named, runs, strict=True))


def names_a_column_group(text: str) -> bool:
    """Whether a heading over a group of columns may name whose figures they are (an entity's name: "Prairie
    Basin Electric", "Alabama Power"): words and no figure, none naming a period, a length, a version of the
    figures ("As Reported", "Non-GAAP"), a currency, a unit, a change or a total."""
    text = text.strip()
    return bool(_GROUP_NAME.fullmatch(text)) and not (
        _HEADER_WORDS.search(text) or duration_in(text) or unit_line(text) or CURRENCY.search(text)
        or _A_VERSION.search(text) or NOT_AS_REPORTED.search(text) or NOT_A_GROUP_NAME.search(text))


# A name a heading over a group of columns may print: words (an ampersand, an apostrophe, a period, a comma,
# a hyphen or a parenthesis among them), beginning with a capital, no figure.
_GROUP_NAME = re.compile(r"[A-Z][A-Za-z&'\u2019.,()\- ]*")
_A_VERSION = re.compile(rf"\b{COLUMN_VERSION}", re.IGNORECASE)


def column_headers(
    title_lines: list[ClassifiedLine], header_lines: list[ClassifiedLine], columns: list[Column],
    rules: dict[int, str] | None = None, *, pair_years: bool = True,
) -> tuple[str, ...]:
    """Each column's header text: the phrases standing above it, top to bottom.

    Title lines count too, for the phrases they carry over the columns (renderers often print "Three
    Months Ended" on the title's line), but never the title, unit or "(unaudited)" words themselves.
    `rules` are the header area's rule lines by line number: a rule under a phrase spanning columns
    ("Three Months Ended" over a dashed line as wide as its five columns) says how far it reaches.
    """
    rules = rules or {}
    paired = False  # whether a note's one date was paired with its other year ("June 30, 2024 and 2023")
    parts: list[list[str]] = [[] for _ in columns]
    spread: list[set[int]] = [set() for _ in columns]  # the parts a duration over the next columns gave
    reach: list[dict[int, int]] = [{} for _ in columns]  # of those parts, how far each duration stood off
    # of those parts, the durations printed over each of their own columns one by one, lent to a column beside
    lent_by_a_neighbour: list[set[str]] = [set() for _ in columns]
    # What stands above the statement's title is the story's end or a company name, never a header, but for
    # a line of dates standing over the columns one by one (a renderer's row "March 31, | December 31," set
    # above the caption that shares its row with the years).
    title_at = max((line.number for line in title_lines if is_title(line.text.strip())), default=0)
    lines = _captions_rejoined(sorted(
        [line for line in title_lines if line.number >= title_at or _dates_over_the_columns(line, columns)]
        + header_lines, key=lambda line: line.number))
    headers = {line.number for line in header_lines}
    worded = {line.number for line in lines}
    # Each line's phrases, split once: the passes below ask them of the same lines again (issue 12).
    split: dict[str, list[tuple[str, int, int]]] = {}

    def phrases_of(text: str) -> list[tuple[str, int, int]]:
        if text not in split:
            split[text] = _phrases(text)
        return split[text]

    # Per header line, the columns a lower header line stands a phrase over ("As Previously Reported |
    # Adjustments | As Restated" under a year centred over the three).
    below: dict[int, set[int]] = {}
    seen: set[int] = set()
    for line in reversed(header_lines):
        below[line.number] = set(seen)
        seen |= {i for _, start, end in phrases_of(line.text) for i, c in enumerate(columns)
                 if start < c.end and end > c.start}
    # Per header line, the columns a year alone stands over ("2023   2022" under the dates).
    years_over = {line.number: {i for text, start, end in phrases_of(line.text) if YEAR_IN_TEXT.fullmatch(text)
                                for i, c in enumerate(columns) if start < c.end and end > c.start}
                  for line in header_lines}
    # Per header line, where the years alone stand ("2016   2015   2015" under the dates).
    year_spans = {line.number: [(start, end) for text, start, end in phrases_of(line.text)
                                if YEAR_IN_TEXT.fullmatch(text)] for line in header_lines}
    noted: list[str] = []  # the whole dates of such notes, each column's by its year
    group_width = _repeating_width(phrases_of(header_lines[-1].text), columns) if header_lines else 0
    # A duration alone on a line of the title block that stands over no column ("Three Months Ended" as a
    # paragraph of its own above an HTML table's dates): every column's, where none prints one of its own.
    lone = [line.text.strip() for line in lines if _LONE_DURATION.fullmatch(line.text.strip())
            and not any(start < c.end and end > c.start for _, start, end in phrases_of(line.text) for c in columns)]
    absorbed, stacked = _counts_on_their_units(lines, phrases_of, rules, worded)
    at_line: list[list[int]] = [[] for _ in columns]  # the header line each of a column's parts came from
    dealt: list[_Dealt] = []  # each header line's number, phrases and the columns they were dealt
    for line in lines:
        if _sentence_running_on(line.text.strip()) or line.number in absorbed:
            continue
        dates = _whole_dates(line.text) if pair_years else _WHOLE_DATE.findall(line.text)
        if (PERIODS_NOTE.match(line.text.strip()) and dates) or (
                (_PERIODS_LINE.match(line.text.strip()) or (
                    _DATES_ALONE.fullmatch(line.text.strip()) and "  " not in line.text.strip()))
                and len(dates) >= 2):
            paired = paired or len(dates) > len(_WHOLE_DATE.findall(line.text))
            noted.extend(dates)
            first = _WHOLE_DATE.search(line.text)
            lead = line.text[: first.start()].strip() if first is not None else ""
            if _LONE_DURATION.fullmatch(lead):
                lone.append(lead)  # "FOR THE THREE MONTHS ENDED March 31, 1996 and 1995" over "1996 | 1995"
            # "(13 weeks and 52 weeks ended February 1, 2020 and February 2, 2019)", "Fiscal Years Ended June
            # 30, 2024 and 2023": every column's, and its length none of them alone ("Fourth Quarter | Full
            # Year" under it)
            continue
        named: dict[int, str] = {}
        best: dict[int, tuple[int, str]] = {}  # per column, the phrase standing most squarely above it
        within: dict[int, str] = {}  # per column, a phrase standing wholly inside it
        reaching: dict[tuple[int, str], int] = {}  # where a phrase reaching past a column's edges ends
        phrases = stacked.get(line.number) or phrases_of(line.text)
        if line.kind is LineKind.YEARS:
            phrases = _clipped_years_in_full(phrases)
        if line.number in headers:
            phrases = [piece for phrase in phrases for piece in _one_year_a_column(phrase, columns)]
            phrases = [piece for phrase in phrases for piece in _year_beside_its_change(phrase, columns)]
            phrases = [piece for phrase in phrases for piece in _heads_over_their_columns(phrase, columns)]
            elsewhere = set().union(*(over for number, over in years_over.items() if number != line.number))
            phrases = [piece for phrase in phrases
                       for piece in _year_over_the_next_column(phrase, columns, elsewhere)]
        rule = _rule_under(line.number, rules, worded)
        placed: list[tuple[str, list[int], int, int]] = []  # each phrase that heads columns, the columns it
        # touches, and where it stands
        for text, start, end in phrases:
            if rule is not None and (_A_YEARS_LABEL.fullmatch(text.strip()) or GROUP_VERSION_HEAD.fullmatch(text)):
                # a year over a rule as wide as its group ("2022" over "Amount | Percent to Sales", "Fiscal
                # 1998" over its "First | Second | Third Quarter"), or the version of the figures its group
                # holds ("GAAP" over "2023 | 2022", round 712); one rule under "1998   1997" is no group
                # of either (round 194: the rule had carried 1998 over 1997's column too)
                wide = _ruled_extent(rule, start, end)
                if not any(other_start < wide[1] and other_end > wide[0] and other_start != start
                           for _, other_start, other_end in phrases):
                    start, end = wide
            # "U.S. dollars (thousands)   Yen (millions)": each column's own unit and currency, which tells a
            # translation from the statement's columns
            own_currency = len(phrases) > 1 and CURRENCY.search(text) is not None and not is_title(text)
            caption = line.number not in headers and CAPTION_NOUN_END.search(text) is not None
            if (is_title(text) or unit_line(text) or caption) and not own_currency:
                # "... STATEMENTS OF INCOME Six Months Ended": a duration run on from the title still names
                # the columns it stands over.
                tail = _DURATION_PHRASE.search(text)
                if tail is None or not is_title(text) or _SEVERAL_DURATIONS.search(text, 0, tail.start()):
                    continue  # "... FOR THE THREE AND NINE MONTHS ENDED" names every column, none alone
                text, start = text[tail.start() :], start + tail.start()
            if UNAUDITED.match(text):
                continue
            if (line.number not in headers and not is_header_text(text) and not duration_in(text)
                    and not CONVENIENCE_TRANSLATION.search(text) and not own_currency):
                continue  # a company name or other title words centred over the columns
            strict = [i for i, c in enumerate(columns) if start < c.end and end > c.start]
            if len(strict) > 1:
                # Columns read by order overlap where figures wander: a phrase inside one of them only
                # touches the other ("September" over the second of "June 26, | 27,").
                inside = [i for i in strict if columns[i].start <= start and end <= columns[i].end]
                strict = inside if len(inside) == 1 else strict
            hit = strict or [i for i, c in enumerate(columns) if start < c.end + 2 and end > c.start - 2]
            between = None
            years_under = [(year_start, year_end) for number, spans in year_spans.items() if number > line.number
                           for year_start, year_end in spans if start <= year_start and year_end <= end]
            if (len(strict) <= 1 and line.number in headers and len(years_under) != 1
                    and (not _stacked_over_its_column(line, strict, start, end, header_lines, columns, phrases_of)
                         or _a_version_on_the_gutter(columns, strict, start, end, text))):
                # (a phrase standing over one year of the line below heads that year's column alone, however
                # it sits between two columns' figures: a PDF's text centres headers left of right-aligned
                # figures, "December 31," over the third "2015" in the gap after the second's, round 527)
                between = _between_pair(columns, start, end, text) or _centred_on_pair(columns, strict, start, end,
                                                                                       text)
            if between is not None:
                hit = list(between)
            elif (not hit and line.number in headers and end > columns[0].start - _HEADER_REACH
                  and not ((len(_WHOLE_DATE.findall(line.text)) >= 2 or len(_MONTH_DAYS.findall(line.text)) >= 2)
                           and phrases[-1][2] <= columns[0].start)):
                # (a line of two dates set left of every column, "December 31, 2019 and March 31, 2020"
                # centred under the title, names them all, no one column; nor does "December 31,   September
                # 30," left of a converted pipe table's "2007 | 2006 | 2007", whose groups no place shows:
                # round 205, where the nearest column had taken September 30 and its neighbours with it)
                nearest = min(range(len(columns)), key=lambda i: abs(columns[i].center - (start + end) / 2))
                hit = [nearest]
            placed.append((text, hit, start, end))
            for index in hit:
                overlap = min(end, columns[index].end) - max(start, columns[index].start)
                if index not in best or overlap > best[index][0]:
                    best[index] = (overlap, text)
                if columns[index].start <= start and end <= columns[index].end:
                    within[index] = text
                else:
                    reaching[(index, text)] = end
        _overhangs_to_the_next(columns, best, within, reaching)
        _one_to_one(placed, best, columns)
        named = {index: text for index, (_, text) in best.items()}
        grouped = _by_group(named, group_width, len(columns)) if group_width else {}
        spans = [(*_ruled_extent(rule, start, end), text) for text, start, end in phrases
                 if duration_in(text) and not YEAR_IN_TEXT.search(text)]
        # Durations each starting where a column starts, the first where the first does (w3m and lynx set a
        # cell spanning columns at its left): each reaches to where the next starts, whatever it stands nearer
        # or is centred over (round 502: "Three Months Ended" over three quarters, its third nearer "Twelve
        # Months Ended", had been read as twelve months).
        left_set = len(spans) > 1 and min(start for start, _, _ in spans) == columns[0].start and all(
            any(start == column.start for column in columns) for start, _, _ in spans)
        above = [tuple(own) for own in parts]
        # A column a lower line heads with a year of its own is no column a year above reaches ("1996" stacked
        # over "Combined", beside "1996" over the reported column: round 711, both columns had been dated by it
        # and the reported one dropped as a repeat).
        dated_below = set().union(*(over for number, over in years_over.items() if number > line.number))
        centred = {} if left_set else _centred_groups(phrases, columns, named, rule,
                                                      below.get(line.number, set()) - dated_below, above)
        for index, text in (grouped or centred).items():
            spread[index].add(len(parts[index]))
            reach[index][len(parts[index])] = min(
                (_apart(columns[index], start, end) for phrase, start, end in phrases if phrase == text), default=0)
            named[index] = text
        # A duration printed once over its group of columns ("13 weeks ended", centred or left-aligned
        # by the renderer) names the columns beside it that no phrase of this line stands over. Only
        # durations spread this way: a year or a "% of" belongs to its own column.
        if spans and named and not grouped:
            own_heads = _printed_over_each_column(named, phrases)
            for index, column in enumerate(columns):
                if index in named:
                    continue
                if left_set:
                    start, end, text = max((span for span in spans if span[0] <= column.start),
                                           default=(0, 0, ""))
                    if text:
                        spread[index].add(len(parts[index]))
                        reach[index][len(parts[index])] = _apart(column, start, end)
                        named[index] = text
                    continue
                distances = [(_apart(column, start, end), text) for start, end, text in spans]
                distance, text = min(distances)
                # As far from two different durations (a group's colspan one short, its last column's figures
                # left between "Three Months Ended" and "Nine Months Ended"): neither is known to be its own
                # (round 320: the tie had gone to the first in the alphabet, a prior quarter printed as nine
                # months, verified).
                tied = any(apart == distance and other != text for apart, other in distances)
                gap = min((abs(other.center - column.center) for other in columns if other is not column), default=0)
                if distance <= gap and not tied:
                    spread[index].add(len(parts[index]))
                    reach[index][len(parts[index])] = distance
                    named[index] = text
                    if text in own_heads:
                        lent_by_a_neighbour[index].add(text)
        for index, text in named.items():
            parts[index].append(text)
            at_line[index].append(line.number)
        if line.number in headers:
            dealt.append((line.number, phrases, dict(named)))
    _stacks_over_their_run(dealt, columns, parts, at_line, spread, reach)
    _nearest_duration_spread(parts, spread, reach)
    _no_repeat_at_a_boundary(parts, spread)
    _without_a_caption_of_other_dates(parts)
    # A duration spread to a column its line left unnamed yields to one a lower line prints over it:
    # "Twelve Months Ended" over the last two columns, "Three Months Ended" under it over the first two.
    # A year spread over its run stays: it is no duration to yield.
    # ("FY 2006" under a spread "Third Quarter" is the quarter's year, no length of its own.)
    # A duration its own columns each print ("Three Months Ended" over each quarter's date) lent to the column
    # beside them yields to that column's fiscal year's name ("FY18", "Fiscal 2018"): the fiscal year whole.
    read = tuple(_joined([p for at, p in enumerate(own) if (at not in spread[index] or not duration_in(p)
                          or not any(duration_in(o) and not _FISCAL_YEAR_LABEL.fullmatch(o.strip())
                                     for i, o in enumerate(own) if i not in spread[index]))
                          and not _lent_over_a_fiscal_year(at, p, own, spread[index], lent_by_a_neighbour[index])])
                 for index, own in enumerate(parts))
    dated = _dated_by_year(read, noted) if noted else read
    if paired and dated == read:
        # no column prints the year a paired date needs: the note stands over them as printed
        return column_headers(title_lines, header_lines, columns, rules, pair_years=False)
    read = dated
    # A month's day on a header line of its own that stands over no column ("December 31," or "Year Ended
    # December 31," left of a converted pipe table's "2021 | 2020"): every column's, where each prints its year
    # alone (round 204: the balance sheet and cash flow had been skipped as naming no period).
    days = {line.text.strip() for line in header_lines if _DAY_ALONE.fullmatch(line.text.strip())
            and not any(start < c.end and end > c.start for _, start, end in phrases_of(line.text) for c in columns)}
    if len(days) == 1 and read and all(YEAR_IN_TEXT.fullmatch(header.strip()) for header in read):
        read = tuple(f"{next(iter(days))} {header}" for header in read)
    if len(set(lone)) == 1 and not any(duration_in(header) for header in read):
        read = tuple(f"{lone[0]} {header}".strip() if header else header for header in read)
    return read


# A caption's end wrapped to a line of its own: its other year or date after "and" ("FOR THE THREE AND NINE MONTHS
# ENDED SEPTEMBER 30, 1996" / "AND 1995", "... WEEKS ENDED SEPTEMBER 29, 1996" / "AND OCTOBER 1, 1995").
_CAPTION_END_WRAPPED = re.compile(rf"(?:and|&)\s+(?:{MONTH_DAY_RE},?\s+)?(?:19|20)\d\d", re.IGNORECASE)
_ENDS_ON_A_YEAR = re.compile(r"\b(?:19|20)\d\d$")


# A header line as dealt: its number, its phrases, and the text each column was given.
_Dealt = tuple[int, list[tuple[str, int, int]], dict[int, str]]


def _stacks_over_their_run(
    dealt: list[_Dealt], columns: list[Column], parts: list[list[str]],
    at_line: list[list[int]], spread: list[set[int]], reach: list[dict[int, int]],
) -> None:
    """A header cell wrapped over several lines and centred over a run of columns ("Three months" / "ended" /
    "March 31, 2008 and" / "March 31, 2009" over "2008   2009") names every column of the run, each line of
    it: the lines share one axis, centred over the run (`_stacks_run`). Dealt line by line, a narrow line
    stood over the first column's year alone and named it only, and the second column read "March 31, 2008
    and 2009", repeating the first's period (found by the text-table property test; with "For the 13" /
    "Weeks Ended" / "July 3, 2004 and" / "June 28, 2003" the year-ago quarter had been dated July 5, 2003, a
    day the release never names). Each column's own year line, under the cell, then picks its date of the
    two. Such cells side by side on the same lines ("Three months" beside "Twelve months", each over its
    pair) are read cell by cell, each a chain of one phrase a line (`_stacks`)."""
    for stack, run in _cells(dealt, columns):
        cell = {number for number, _, _ in stack}
        if any(_dated_apart(parts[index], at_line[index], cell) for index in range(run[0], run[1] + 1)):
            continue
        named_on = {number: named for number, _, named in dealt}
        for index in range(run[0], run[1] + 1):
            for number, (text, _, _), own in stack:
                if index not in named_on[number] and not _lifted_from_the_line_below(own, cell, run, dealt):
                    _insert_part(index, number, text, parts, at_line, spread, reach)


def _lifted_from_the_line_below(own: dict[int, str], cell: set[int], run: tuple[int, int], dealt: list[_Dealt]
                                ) -> bool:
    """Whether a line of a chain, standing over one column of the run, is that column's own header lifted out
    of the line under the cell: that line heads the run's other columns and leaves this one's place empty (a
    browser's cell "2006 As Adjusted" beside "2007 | 2006", set on a line of its own above the years and
    centred, as the middle column is, under "Three Months Ended June 30,"). A cell keeps its horizontal span
    when it moves to another line: it heads its own column, never the neighbours the lower line heads (round
    711: given to all three columns, the first year had dated the 2007 column 2006 and the other two were
    dropped as repeats)."""
    if len(own) != 1:
        return False
    column = next(iter(own))
    lower = [named for number, _, named in dealt if number > max(cell)]
    others = set(range(run[0], run[1] + 1)) - {column}
    return any(column not in named and others and others <= set(named) for named in lower)


def _dated_apart(own: list[str], numbers: list[int], cell: set[int]) -> bool:
    """Whether a column prints a day of its own on a line outside the cell (a browser's bottom-aligned cells
    stagger "March 31," over one column a line above the other's, under their shared "Three months ended"):
    the columns then date themselves one by one, and the lines centred over the pair are no cell of both."""
    return any(_MONTH_DAY.search(part) for part, number in zip(own, numbers, strict=True) if number not in cell)


# One phrase of a dealt header line: the line's number, the phrase, and the columns the line gave it.
_Link = tuple[int, tuple[str, int, int], dict[int, str]]


def _cells(dealt: list[_Dealt], columns: list[Column]) -> list[tuple[list[_Link], tuple[int, int]]]:
    """The chains that are cells, each with the run of columns it is centred over. A line holding several
    phrases is shared by cells side by side only where each of its phrases is a cell's line, each cell over a
    run of its own (`_spans_its_run`): a chain running on from a cell into lines of the columns' own headers
    ("Thirteen Weeks Ended" / "November 1," over "October 31,   2008") takes no line from them."""
    shared = {number: phrases for number, phrases, _ in dealt if len(phrases) > 1}
    named_on = {number: named for number, _, named in dealt}
    cells: list[tuple[list[_Link], tuple[int, int]]] = []
    for chain in _stacks(dealt, columns):
        stack = _above_the_columns_own_heads(chain, named_on)
        if len(stack) < 2:
            continue
        run = _stacks_run(stack, columns)
        if run is not None and (not any(number in shared for number, _, _ in stack) or _spans_its_run(stack, run)):
            cells.append((stack, run))
    while True:
        linked = {(number, phrase) for stack, _ in cells for number, phrase, _ in stack}
        kept = [(stack, run) for stack, run in cells
                if all((number, phrase) in linked for number, _, _ in stack for phrase in shared.get(number, []))]
        if len(kept) == len(cells):
            return kept
        cells = kept


def _above_the_columns_own_heads(chain: list[_Link], named_on: dict[int, dict[int, str]]) -> list[_Link]:
    """A chain's lines down to the first that heads the columns of the lines above one by one: that line is
    the columns' own heads under the cell, whichever of its words happens to stand on the cell's axis
    ("Three Months Ended" / "June 30, 2001" over "As | Goodwill | Cash" / "Reported | Amortiz. | Operating",
    the middle column's words centred as the caption is). Read as the cell's, the middle column's words had
    been every column's, so the chain was no cell and the caption's date went to the middle column alone:
    its adjustments were read as the quarter (round 733)."""
    for at in range(1, len(chain)):
        over = set().union(*(own.keys() for _, _, own in chain[:at]))
        number, _, own = chain[at]
        if len(over) >= 2 and set(own) < over and over <= set(named_on[number]):
            return chain[:at]
    return chain


def _spans_its_run(stack: list[_Link], run: tuple[int, int]) -> bool:
    """Whether a chain sharing its lines with other phrases is a cell over a run of its own: one of its lines
    was dealt every column of the run, two or more. A chain each of whose lines stands over one column ("At
    December 31," / "2021" / "As Adjusted(a)" beside "At June 30," / "2022") is that column's own header, however
    near the gutter its words are centred, and a line dealt the column beside it by a figure's wandering
    ("December 31," over "1998" set left of its column) makes no run."""
    whole = set(range(run[0], run[1] + 1))
    return len(whole) >= 2 and any(set(own) == whole for _, _, own in stack)


def _stacks_run(stack: list[_Link], columns: list[Column]) -> tuple[int, int] | None:
    """The run of columns (first, last) a stack of lines is centred over: the columns its lines were dealt
    between them, or where they were dealt one column only, that column and the one beside it across the
    gutter the lines are centred on (a cell over one column stands over its figures, not beside them)."""
    axes = [_axis(phrase) for _, phrase, _ in stack]
    dealt = set().union(*(own.keys() for _, _, own in stack))
    first, last = min(dealt), max(dealt)
    if dealt != set(range(first, last + 1)):
        return None
    runs = [(first, last)] if last > first else [(first - 1, first), (first, first + 1)]
    for low, high in runs:
        if low < 0 or high >= len(columns):
            continue
        middle = (columns[low].start + columns[high].end) / 2
        if all(_centred_on_the_run(axis, middle, columns[low : high + 1]) or (
                high == low + 1 and columns[low].end - 1 <= axis <= columns[high].start + 1) for axis in axes):
            return low, high
    return None


def _stacks(dealt: list[_Dealt], columns: list[Column]) -> list[list[_Link]]:
    """Chains of two or more phrases, one a line on consecutive header lines, set on one axis: a cell's
    wrapped lines, centred alike. A line may carry several chains, one a cell, where cells over their own
    runs of columns stand side by side ("Three months" / "ended" beside "Twelve months" / "ended")."""
    stacks: list[list[_Link]] = []
    open_chains: list[list[_Link]] = []
    for number, phrases, named in dealt:
        carried: list[list[_Link]] = []
        for link in _links(number, phrases, named, columns):
            chain = next((chain for chain in open_chains if chain[-1][0] == number - 1
                          and abs(_axis(link[1]) - _axis(chain[0][1])) <= _STACK_AXIS_SLACK), None)
            if chain is None:
                carried.append([link])
                continue
            open_chains.remove(chain)
            carried.append([*chain, link])
        stacks.extend(chain for chain in open_chains if len(chain) >= 2)
        open_chains = carried
    stacks.extend(chain for chain in open_chains if len(chain) >= 2)
    return stacks


def _links(number: int, phrases: list[tuple[str, int, int]], named: dict[int, str], columns: list[Column]
           ) -> list[_Link]:
    """A header line's phrases, each with the columns the line gave it (where two phrases print the same
    words, "ended" over each group, a column's is the one standing nearest it); a phrase given none is
    no link of a cell's chain."""
    links: list[_Link] = []
    for phrase in phrases:
        twins = [other for other in phrases if other[0] == phrase[0]]
        own = {index: text for index, text in named.items() if text == phrase[0] and min(
            twins, key=lambda other: abs(_axis(other) - columns[index].center)) == phrase}
        if own:
            links.append((number, phrase, own))
    return links


def _axis(phrase: tuple[str, int, int]) -> float:
    return (phrase[1] + phrase[2]) / 2


def _centred_on_the_run(axis: float, middle: float, run: list[Column]) -> bool:
    """Whether a line's middle stands nearer the run's middle than any one column's: a cell over one column
    of the run stands over that column's centre. A column centred where the run is (the middle of three
    alike) is no other place the line could stand over: a line of the chain was dealt the whole run, and a
    line over the middle column alone is centred on the run too (round 733: "Nine Months Ended" / "March 31,
    2004" over three columns was no cell, and the date reached the middle column only)."""
    return all(abs(axis - middle) < abs(axis - column.center) for column in run
               if abs(column.center - middle) > _MIDDLE_COLUMN_SLACK)


# How far a column's centre may stand off its run's middle and still be the run's middle column.
_MIDDLE_COLUMN_SLACK = 0.5


def _insert_part(index: int, number: int, text: str, parts: list[list[str]], at_line: list[list[int]],
                 spread: list[set[int]], reach: list[dict[int, int]]) -> None:
    """The part a header line gives a column, put in the column's parts in line order; a duration so given
    counts as spread, as one centred over the run would (a column's own duration is preferred to it)."""
    at = bisect.bisect(at_line[index], number)
    parts[index].insert(at, text)
    at_line[index].insert(at, number)
    spread[index] = {given + (given >= at) for given in spread[index]}
    reach[index] = {given + (given >= at): distance for given, distance in reach[index].items()}
    if duration_in(text):
        spread[index].add(at)
        reach[index][at] = 0


# How far apart the middles of a cell's wrapped lines may stand (a line of odd length centres half a place off).
_STACK_AXIS_SLACK = 1.5


def _captions_rejoined(lines: list[ClassifiedLine]) -> list[ClassifiedLine]:
    """The lines, a caption of the periods whose other year a title wrapped to the next line ("AND 1995") made
    one line again: read apart, the first line's one date named every column, and the prior year's columns
    repeated the current one's periods and were dropped (round 562: a 1996 staffing firm's prior quarter).
    So is a note of the periods in parentheses wrapped inside a date ("(In thousands; 14 and 53 weeks ended
    January 2," / "2005 and 13 and 52 weeks ended December 28, 2003)"): read apart, its second line had stood
    over the columns as a header of their own (round 673, the quarter dated the year before's end)."""
    joined: list[ClassifiedLine] = []
    for line in lines:
        above = joined[-1] if joined else None
        if above is not None and above.number == line.number - 1 and (
                (_ENDS_ON_A_YEAR.search(above.text.rstrip()) and _CAPTION_END_WRAPPED.fullmatch(line.text.strip()))
                or _periods_note_wrapped(above.text.strip(), line.text.strip())):
            joined[-1] = above._replace(text=f"{above.text.rstrip()} {line.text.strip()}")
            continue
        joined.append(line)
    return joined


def _periods_note_wrapped(first: str, second: str) -> bool:
    """Whether two lines are one note of the periods in parentheses (`PERIODS_NOTE`), opened on the first and
    closed on the second, naming a whole date."""
    note = f"{first} {second}"
    return (first.startswith("(") and first.count("(") > first.count(")")
            and second.endswith(")") and second.count(")") > second.count("(")
            and PERIODS_NOTE.match(note) is not None and _WHOLE_DATE.search(note) is not None)


def _without_a_caption_of_other_dates(parts: list[list[str]]) -> None:
    """A caption naming a whole date and a length over a group of columns that print dates of their own, not
    all its date ("Fiscal Year Ended June 30, 2015" over "Sept. 30, 2014 | Dec. 31, 2014 | Mar. 31, 2015 | June
    30, 2015"): it names the group's span, no column's end or length, and is left out of every column's header
    (round 255: a June year's first quarter had been read as the fiscal year, and the year's column as its
    last quarter; the checks caught them, and the quarters were lost)."""
    def own_date(own: list[str], caption: str) -> tuple[int | None, int | None] | None:
        dates = _WHOLE_DATE.findall(_joined([part for part in own if part != caption]))
        if not dates:
            return None
        reading = read_header(dates[-1])
        return reading.year, reading.month

    captions = {part for own in parts for part in own if _WHOLE_DATE.search(part) and duration_in(part)}
    for caption in captions:
        under = [own for own in parts if caption in own]
        ends = {end for own in under if (end := own_date(own, caption)) is not None}
        # (ends in different months: the quarters of a year; "Six Months Ended June 30, 2015" over "June 30,
        # 2015 | June 30, 2014" names both columns' length)
        if len({month for _, month in ends}) >= 2:
            for index, own in enumerate(parts):
                parts[index] = [part for part in own if part != caption]


def _printed_over_each_column(named: dict[int, str], phrases: list[tuple[str, int, int]]) -> set[str]:
    """The durations a header line prints over each of their columns one by one ("Three Months Ended   Three
    Months Ended" over the two quarters' dates), as many times as the columns they head and those side by
    side: each column's own heading, no group's printed once over a run that may reach the column beside."""
    printed = Counter(text for text, _, _ in phrases)
    found: set[str] = set()
    for text in {text for text in named.values() if duration_in(text)}:
        heads = sorted(index for index, other in named.items() if other == text)
        if len(heads) >= 2 and printed[text] == len(heads) and heads[-1] - heads[0] == len(heads) - 1:
            found.add(text)
    return found


def _lent_over_a_fiscal_year(at: int, part: str, own: list[str], spread: set[int], lent: set[str]) -> bool:
    """Whether a column's header part `at` is a duration its neighbours each print over their own column, lent
    to this one by nearness, where the column names a fiscal year of its own below it ("FY18", "Fiscal 2018",
    "Fiscal Year 2018" beside "Three Months Ended January 31, 2018 | ... 2017"): that year is the column's
    period, and the lent duration had made it a repeat of the quarter's (round 625: both years' columns lost)."""
    return at in spread and part in lent and any(
        FISCAL_YEAR_NAMED.fullmatch(other.strip()) for i, other in enumerate(own) if i not in spread)


def _apart(column: Column, start: int, end: int) -> int:
    """How many characters a phrase from start to end stands off a column (0 where they touch or overlap)."""
    return max(start - column.end, column.start - end, 0)


def _nearest_duration_spread(parts: list[list[str]], spread: list[set[int]], reach: list[dict[int, int]]) -> None:
    """A column given two different durations by the positions, from two header lines ("Six Months" wrapped a
    line above "Three Months Ended", the column between the groups under neither): the nearer one is its
    (round 261: a PDF's prior-year quarter had taken "Six Months" from the line above, and the swap that
    followed printed every quarter as six months, 56 WRONG facts with every check passing)."""
    for index, own in enumerate(parts):
        given = {at: distance for at, distance in reach[index].items() if duration_in(own[at])}
        if len({own[at] for at in given}) < 2:
            continue
        nearest = min(given, key=lambda at: (given[at], -at))
        dropped = {at for at in given if at != nearest}
        kept = [at for at in range(len(own)) if at not in dropped]
        parts[index] = [own[at] for at in kept]
        spread[index] = {kept.index(at) for at in spread[index] if at in kept}
        reach[index] = {kept.index(at): distance for at, distance in reach[index].items() if at in kept}


def _no_repeat_at_a_boundary(parts: list[list[str]], spread: list[set[int]]) -> None:
    """A column between two groups of another length each ("Three Months Ended" over three columns, "Nine
    Months Ended" over two), given the nearer group's duration by the positions, and so headed word for word
    as another column of that group ("Nine Months Ended September 28, 2013" twice): it is the other group's.
    A renderer's narrow columns set the first group's words off centre (round 252: a prior-year quarter's
    figures printed as the nine months', 14 wrong facts and none of them failing a check). A repeat is one of
    the words, however each column's date wrapped (round 649: w3m wrapped the quarter's "September 30, 2023"
    after "September" and the nine months' after "30,", so the line-by-line test had found no repeat, and the
    quarter was printed as nine months, 26 wrong facts verified)."""
    for index, own in enumerate(parts):
        spreads = [at for at in spread[index] if duration_in(own[at])]
        if len(spreads) != 1 or not 0 < index < len(parts) - 1:
            continue
        at = spreads[0]
        sides = [next((p for p in parts[side] if duration_in(p)), None) for side in (index - 1, index + 1)]
        words = [_words_unwrapped(column) for column in parts]
        if None in sides or sides[0] == sides[1] or not any(
                other != index and words[other] == words[index] for other in range(len(parts))):
            continue
        other = next(side for side in sides if side != own[at])
        candidate = [*own[:at], other, *own[at + 1 :]] if other is not None else own
        if all(words[column] != _words_unwrapped(candidate) for column in range(len(parts)) if column != index):
            parts[index] = candidate


def _words_unwrapped(parts: list[str]) -> str:
    """A column's header words as one line, however the renderer wrapped them ("September" / "30," / "2023" and
    "September 30," / "2023" are one date). Words, not the period they read as: a lynx header's stray second
    "ended" tells its column from the one it would repeat, and the table is then read in order, as it should."""
    return " ".join(_joined(parts).split()).casefold()


def _overhangs_to_the_next(columns: list[Column], best: dict[int, tuple[int, str]], within: dict[int, str],
                           reaching: dict[tuple[int, str], int]) -> None:
    """A phrase set left-aligned over a column of right-aligned figures ("$    % of Sales" over "$171,096
    100.0%") overhangs the end of the column before it, where a phrase inside that column ("$") heads it:
    the overhanging phrase heads the next column, which its end reaches and no phrase of the line heads
    (round 212: the prior year's amounts had been taken for its percentages, and its year lost)."""
    for index in range(len(columns) - 1):
        if index not in best or index not in within or index + 1 in best:
            continue
        text = best[index][1]
        end = reaching.get((index, text))
        if (text != within[index] and end is not None and end > columns[index].end
                and end > columns[index + 1].start - 2):
            best[index + 1] = (0, text)
            best[index] = (0, within[index])


def _counts_on_their_units(
    lines: list[ClassifiedLine], phrases_of: Callable[[str], list[tuple[str, int, int]]],
    rules: dict[int, str], worded: set[int],
) -> tuple[set[int], dict[int, list[tuple[str, int, int]]]]:
    """A line of number words alone over the rest of each duration ("Thirteen            Thirty-" over "Weeks
    Ended       Nine Weeks Ended"), each standing over a phrase of its own on the next line: read as one
    phrase each, as wide as both ("Thirteen Weeks Ended"), so that a duration centred over its group heads
    the column beside it that neither part stands over (round 240: a PDF's prior-year quarter had taken "Nine
    Weeks Ended" from the group to its right). Over one phrase the groups share ("Thirteen   Fifty-Two", each
    over its rule, above one centred "Weeks Ended": round 243), each number word takes it, as wide as its
    rule; so do counts in figures ("13   13   26   26" over one centred "Weeks Ended": round 273). The number
    words' lines, and each lower line's phrases."""
    absorbed: set[int] = set()
    stacked: dict[int, list[tuple[str, int, int]]] = {}
    for upper, lower in itertools.pairwise(lines):
        counted = _NUMBER_WORDS_ONLY.fullmatch(upper.text) or _COUNTS_ONLY.fullmatch(upper.text)
        if lower.number - upper.number > 2 or not counted or upper.number in stacked:
            continue
        counts, rest = phrases_of(upper.text), phrases_of(lower.text)
        under = [[at for at, (_, start, end) in enumerate(rest) if start < count_end and end > count_start]
                 for _, count_start, count_end in counts]
        if len(counts) >= 2 and len(rest) == 1 and duration_in(_joined([counts[0][0], rest[0][0]])):
            rule = _rule_under(upper.number, rules, worded)
            absorbed.add(upper.number)
            stacked[lower.number] = [(_joined([count, rest[0][0]]), *_ruled_extent(rule, start, end))
                                     for count, start, end in counts]
            continue
        if not counts or any(len(found) != 1 for found in under) or len({found[0] for found in under}) < len(counts):
            continue
        joined = dict(zip((found[0] for found in under), counts, strict=True))
        merged = []
        for at, (text, start, end) in enumerate(rest):
            if at in joined:
                count, count_start, count_end = joined[at]
                text, start, end = _joined([count, text]), min(start, count_start), max(end, count_end)
            merged.append((text, start, end))
        if all(duration_in(text) for at, (text, _, _) in enumerate(merged) if at in joined):
            absorbed.add(upper.number)
            stacked[lower.number] = merged
    return absorbed, stacked


# A number word a narrow column wrapped at its hyphen ("Twenty-" over "Six Weeks Ended"). Other words broken
# over lines ("Adjust-" over "ments") are left as printed: the vocabulary reads them so.
_WRAPPED_AT_HYPHEN = re.compile(rf"\b{_TENS_HEAD}$", re.IGNORECASE)


def _joined(parts: list[str]) -> str:
    """A column's header phrases top to bottom, one line's after another's, a number word wrapped at its
    hyphen made whole again ("Twenty-" and "Six Weeks Ended" are "Twenty-Six Weeks Ended")."""
    text = ""
    for part in parts:
        text += part if not text or _WRAPPED_AT_HYPHEN.search(text) else " " + part
    return text


def _one_to_one(placed: list[tuple[str, list[int], int, int]], best: dict[int, tuple[int, str]],
                columns: list[Column]) -> None:
    """As many phrases as columns, each its own column's in order: each heads its own, however far its
    neighbours reach over it. A renderer wrapping narrow headers sets them wider than their figures
    ("May 4,   February   April 28," over "2013   2, 2013   2012"), and the one reaching further over a
    neighbour's figures is no more that neighbour's (round 230: the middle column had been headed "April
    28," from its right and dated April 28, 2013, a day the release never names). A PDF's text sets headers
    centred over wide cells whose figures sit at the cells' right edges, each header half a cell left of its
    figures: in the gap between two columns, or left of the first. Each still ends past the column before
    its own and no further than its own, which no other reading of the line allows (round 464: the first
    header had been dropped and the second given to both, two balance-sheet dates read as one)."""
    count = len(columns)
    if not 2 <= len(placed) == count:
        return
    touching = set(best) == set(range(count)) and all(
        index in hit for index, (_, hit, _, _) in enumerate(placed))
    slotted = all((index == 0 or start >= columns[index - 1].end) and end <= columns[index].end
                  for index, (_, _, start, end) in enumerate(placed))
    if not (touching or slotted):
        return
    for index, (text, _, start, end) in enumerate(placed):
        if index not in best or best[index][1] != text:
            overlap = min(end, columns[index].end) - max(start, columns[index].start)
            best[index] = (best[index][0] if index in best else overlap, text)


def _clipped_years_in_full(phrases: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A line of years' two-digit cells as the years they clip ("2007   2006   07   06": "07" is 2007), where
    the line prints that year whole (core.tables.lines read it as a line of years so; round 625: "Nine Months"
    over "07" had named no year)."""
    years = {text for text, _, _ in phrases if YEAR_IN_TEXT.fullmatch(text)}
    return [(whole, start, end) if CLIPPED_YEAR_CELL.fullmatch(text) and (whole := full_year(text)) in years
            else (text, start, end) for text, start, end in phrases]


def _dates_over_the_columns(line: ClassifiedLine, columns: list[Column]) -> bool:
    """A line of month-days ("March 31,   December 31,"), one standing over each column and nothing else."""
    phrases = _phrases(line.text)
    return len(phrases) == len(columns) >= 2 and all(
        _MONTH_DAY.fullmatch(text.rstrip(",").strip()) is not None and start < column.end and end > column.start
        for (text, start, end), column in zip(phrases, columns, strict=True))


def _dated_by_year(headers: tuple[str, ...], dates: list[str]) -> tuple[str, ...]:
    """A note's dates ("For the periods ended June 26, 2011 and June 27, 2010") given to the columns whose
    headers print a year and no date ("Six Months / Fiscal 2010"), newest to newest: a fiscal year's label
    need not be its end's calendar year ("Fiscal 2015" for the quarter ended December 31, 2014)."""
    labels = [_labelled_year(header) for header in headers]
    end_of = _ends_by_year([label for label in labels if label is not None], dates, any_month=True)
    if end_of is None:
        return headers
    return tuple(f"{header} {end_of[label]}" if label is not None else header
                 for header, label in zip(headers, labels, strict=True))


def _ends_by_year(years: list[str], dates: list[str], *, any_month: bool) -> dict[str, str] | None:
    """Each year a column is labelled by, the whole date given elsewhere (a note, a title) that ends it: the
    years and the dates in order, newest to newest, where there are as many and each date is an end its year
    can name (`_an_end_of`). None otherwise: which date ends which column is not said (round 673: a note's
    month-days had been shared out by group, each under the header's year, three ends of four wrong)."""
    readings = {found: read_header(found) for found in dict.fromkeys(dates)}
    ends = sorted(readings, key=lambda found: (readings[found].year or 0, readings[found].month or 0,
                                              readings[found].day or 0))
    named = sorted(set(years))
    if len(named) != len(ends) or not all(_an_end_of(int(year), readings[end], any_month=any_month)
                                          for year, end in zip(named, ends, strict=True)):
        return None
    return dict(zip(named, ends, strict=True))


def _an_end_of(year: int, end: HeaderReading, *, any_month: bool) -> bool:
    """Whether a period labelled `year` may end on `end`. A fiscal year named by a year may end early in the
    next calendar year (a 52/53-week "2004" ended January 2, 2005; a retailer's year ending January or February
    is named by the year it starts). With `any_month` (a note's dates over the headers' years, read by
    position) within a calendar year either side too: a year named by its end holds a quarter ended the
    calendar year before ("Fiscal 2015" for the quarter ended December 31, 2014), and a year named by its
    start may end in March ("fiscal 2007" ended March 31, 2008). Never further."""
    if end.year is None:
        return False
    if any_month:
        return abs(end.year - year) <= 1
    return end.year == year or (end.year == year + 1 and (end.month or 13) <= NEXT_YEARS_EARLY_MONTHS)


# How far into the next calendar year a fiscal year named by a year may end: a 52/53-week year's first days of
# January, a retailer's year ending late January or early February.
NEXT_YEARS_EARLY_MONTHS = 2


# A column's year as printed, a fiscal year's letters run into it or not ("2011", "Q3 FY2011").
_LABELLED_YEAR = re.compile(rf"(?:\b|(?<=fy)){YEAR_RE}\b", re.IGNORECASE)


def _labelled_year(header: str) -> str | None:
    """The year a column printing no date is labelled by, in four digits: its last year as printed ("Six Months
    / Fiscal 2010", "Q3 FY2011"), else a whole fiscal year's name clipped to two digits ("FY18": round 625, a
    caption's dates had found no label in "FY18" and stood over the columns as printed, every column then
    taking the caption's "Three Months"); None for a column printing a date of its own or no year. A part of a
    fiscal year so named ("Q4 FY18", "1H FY07") is dated by the fiscal year's parts (core.statements.columns),
    whose length a caption's date run into it would hide."""
    if _WHOLE_DATE.search(header):
        return None
    if years := _LABELLED_YEAR.findall(header):
        return str(years[-1])
    clipped = FISCAL_YEAR_CLIPPED.findall(header)
    return full_year(clipped[-1]) if clipped and not FISCAL_YEAR_PART.search(header) else None


# A year as a group's label: "2022", "Fiscal 1998", "FY 2024".
_A_YEARS_LABEL = re.compile(rf"(?:fiscal\s+(?:year\s+)?|fy\s*)?{YEAR_RE}", re.IGNORECASE)
_RULE_RUN = re.compile(r"[-=_\u2500\u2014]{3,}")

# A title's note in parentheses naming periods ("(13 weeks and 52 weeks ended February 1, 2020 and February 2,
# 2019)", "(For the three months ended March 31)", a unit note's "(In thousands; periods ended January 2, 2005 and
# December 28, 2003)": round 673): it speaks of all the columns, none alone, wherever its words happen to stand
# over them.
PERIODS_NOTE = re.compile(r"^\(.*\b(?:weeks?|months?|quarters?|years?|periods?(?=\s+end(?:ed|ing)\b))\b.*\)$",
                          re.IGNORECASE)
_LONE_DURATION = re.compile(rf"(?:for\s+the\s+)?(?:(?:{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+(?:months|weeks)|quarter|"
                            r"(?:fiscal\s+)?year)\s+end(?:ed|ing)(?::|\s+(?:" + MONTH_RE + r")\.?\s+\d{1,2},?\s+"
                            r"(?:19|20)\d{2})?", re.IGNORECASE)
# Months' days, as a line of column dates names them ("December 31,   September 30,").
_MONTH_DAYS = re.compile(MONTH_DAY_RE, re.IGNORECASE)
# A month's day without its year, a duration before it or none: "December 31,", "Year Ended December 31,".
_DAY_ALONE = re.compile(rf"(?:{DURATION_ENDED_RE})?{MONTH_DAY_RE},?", re.IGNORECASE)
# ... or a line of its own saying so ("For the periods ended June 26, 2011 and June 27, 2010").
# ... or its dates alone on the title's next line ("MARCH 30, 2024 AND APRIL 1, 2023", under "FOR THE THIRTEEN
# AND TWENTY-SIX WEEK PERIODS ENDED").
_DATES_ALONE = re.compile(rf"(?:(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}(?:\s*,?\s*(?:and|&)\s*|$))+",
                          re.IGNORECASE)
# ... with or without "For the" ("Thirteen and Fifty-Two Weeks Ended January 29, 2000 and January 30, 1999").
# ("For the Fourth Quarter and Fiscal Years Ended June 30, 2024 and 2023", "Quarters and Years Ended ...")
_PERIODS_LINE = re.compile(r"^(?:for\s+the\s+)?(?:periods?|(?:[\w-]+\s+(?:(?:weeks?|months?|quarters?)\s+)?"
                           r"(?:and\s+(?:[\w-]+\s+){0,2})?)?"
                           r"(?:weeks?|months?|quarters?|years?)(?:\s+periods?)?)\s+ended\b.*\band\b", re.IGNORECASE)

# How far a phrase's middle may stand from its group's middle and still be centred over it (a text release
# centres by hand, a character off).
_CENTRE_SLACK = 2.5


def _centred_groups(phrases: list[tuple[str, int, int]], columns: list[Column], named: dict[int, str],
                    rule: str | None, headed_below: set[int], above: list[tuple[str, ...]]) -> dict[int, str]:
    """A duration centred over a run of columns wider than its words names every column of the run
    ("Fiscal 2003 Quarter Ended" over four quarters, "Year Ended" over the fifth), as does a year ("2012"
    over a restatement's three columns): of the runs it can be centred over, the widest whose other columns
    no phrase of the line names or stands clearly nearer. Its year does not stop a duration, as it stops one
    spread by nearness alone: the run is centred under it."""
    claimed: dict[int, str] = {}
    heading = [(text, start, end) for text, start, end in phrases if _heads_a_run(text)]
    if not heading:
        return claimed  # most header lines name no run (issue 12: asked of every line of every header)
    extents = [_ruled_extent(rule, start, end) for _, start, end in heading]
    # Per phrase, the reach of the runs it is centred over: a column outside any of them (left of the last
    # run's start, right of the first run's end) is no column of the phrase's.
    centred = {extent: (max((run[0] for run in runs), default=0), min((run[1] for run in runs), default=len(columns)))
               for extent in extents if (runs := _centred_runs(extent, columns))}
    for text, start, end in heading:
        extent = _ruled_extent(rule, start, end)
        over = [i for i, c in enumerate(columns) if extent[0] < c.end and extent[1] > c.start and named.get(i) == text]
        if not over:
            over = _dealt_beside_it(extent, text, columns, named)
        if not over:
            continue
        # A year reaches only columns a lower line heads one by one: unheaded ones beside it are its
        # own column's percent or change ("2002   %   2001   %").
        # Nor across the groups the lines above set apart ("1998" over the second of "Three Months Ended"'s
        # columns names none of "Nine Months Ended"'s).
        year = duration_in(text) is None and CURRENCY.search(text) is None
        group = above[over[0]]

        def free(i: int, text: str = text, extent: tuple[int, int] = extent, year: bool = year,
                 group: tuple[str, ...] = group) -> bool:
            # asked only of the columns the run widens over, from its own outwards to the first not free
            # (issue 12: asked of every column for every phrase, a header of twelve columns cost 144 asks a line)
            return (named.get(i, text) == text and i not in claimed
                    and not _nearer_another(columns[i], extent, [e for e in extents if e not in centred
                                                                 or centred[e][0] <= i <= centred[e][1]])
                    and (not year or (i in headed_below and above[i] == group)))

        lowest, highest = over[0], over[-1]
        while lowest > 0 and free(lowest - 1):
            lowest -= 1
        while highest < len(columns) - 1 and free(highest + 1):
            highest += 1
        if extent != (start, end):
            # A rule wider than the words marks how far the phrase reaches (a renderer draws a colspan's
            # border): no column wholly beyond it is the phrase's (round 320: a colspan one short left a prior
            # quarter's figures outside "Three Months Ended", and "Nine Months Ended" centred over the rest
            # had widened over it, the quarter printed as nine months).
            while lowest < over[0] and columns[lowest].end <= extent[0]:
                lowest += 1
            while highest > over[-1] and columns[highest].start >= extent[1]:
                highest -= 1
        centre = sum(extent) / 2
        runs = [(first, last) for first in range(lowest, over[0] + 1) for last in range(over[-1], highest + 1)
                if abs((columns[first].start + columns[last].end) / 2 - centre) <= _CENTRE_SLACK]
        if runs:
            first, last = max(runs, key=lambda run: run[1] - run[0])
            claimed.update({index: text for index in range(first, last + 1) if index not in named})
    return claimed


def _dealt_beside_it(extent: tuple[int, int], text: str, columns: list[Column], named: dict[int, str]) -> list[int]:
    """The column a phrase standing in the gap between two columns was dealt, where it stands right beside it
    (within a hand-centred phrase's slack): "2006" centred over four wide quarter columns falls in the gap
    between the second's figures and the third's, and the run it is centred over is still its own (round 737:
    the year had dated the third quarter alone, the others naming no period end)."""
    return [i for i, c in enumerate(columns) if named.get(i) == text
            and extent[0] < c.end + _CENTRE_SLACK and extent[1] > c.start - _CENTRE_SLACK]


def _heads_a_run(text: str) -> bool:
    """A duration, a year alone ("2012" centred over "As Previously Reported | Adjustments | As Restated"), or
    a currency ("(C$ thousands)   (US$ thousands)" over a statement printed in both: round 478, where the
    first had reached only the first of its columns and the second's figures were read as the first's)."""
    return (duration_in(text) is not None or YEAR_IN_TEXT.fullmatch(text.strip()) is not None
            or CURRENCY.search(text) is not None)


def _nearer_another(column: Column, extent: tuple[int, int], extents: list[tuple[int, int]]) -> bool:
    """Whether another phrase of the line stands clearly nearer the column than the one at `extent` (by more
    than a hand-centred phrase is off its middle)."""
    def distance(span: tuple[int, int]) -> int:
        return max(span[0] - column.end, column.start - span[1], 0)
    return any(distance(other) + _CENTRE_SLACK < distance(extent) for other in extents if other != extent)


def ruled_reach(line: ClassifiedLine, header_lines: list[ClassifiedLine], rules: dict[int, str], start: int,
                end: int) -> tuple[int, int]:
    """How far a phrase of a header line reaches: the run of the rule printed under it that spans it (a year
    centred over its three columns, "2000" over "Historical | Adjustments | Pro Forma"), else its words."""
    rule = _rule_under(line.number, rules, {other.number for other in header_lines})
    return _ruled_extent(rule, start, end)


def _rule_under(number: int, rules: dict[int, str], worded: set[int]) -> str | None:
    """The rule printed under a header line: on the next line, or after blank lines between."""
    for below in range(number + 1, number + 1 + _BLANKS_OVER_A_RULE + 1):
        if below in rules or below in worded:
            return rules.get(below)
    return None


# How many blank lines may stand between a header phrase and the rule marking its reach.
_BLANKS_OVER_A_RULE = 2


def _centred_runs(extent: tuple[int, int], columns: list[Column]) -> list[tuple[int, int]]:
    """The runs of columns (first, last) a phrase stands centred over ("Year Ended" over the last column
    alone, "Nine Months Ended" over the last two): it names those, and reaches no column outside them
    however near it stands (the group header centred over the columns before it still reaches the nearest)."""
    centre = sum(extent) / 2
    over = [i for i, other in enumerate(columns) if extent[0] < other.end and extent[1] > other.start]
    ends = [columns[i].end for i in over]
    runs: list[tuple[int, int]] = []
    for a, first in enumerate(over):
        # the first run from `first` whose middle reaches the window, found by bisection: columns run left
        # to right, so their ends are sorted
        last = bisect.bisect_left(ends, 2 * (centre - _CENTRE_SLACK) - columns[first].start, lo=a)
        while last < len(over) and (columns[first].start + ends[last]) / 2 <= centre + _CENTRE_SLACK:
            runs.append((first, over[last]))
            last += 1
    return runs


def _ruled_extent(rule: str | None, start: int, end: int) -> tuple[int, int]:
    """How far a phrase reaches: the dashes of the rule line under it where one run of them spans it (a
    renderer centres "Three Months Ended" over five columns, its rule marks all five), else its words."""
    if rule is None:
        return start, end
    for run in _RULE_RUN.finditer(rule):
        if run.start() <= start and end <= run.end():
            return run.start(), run.end()
    return start, end


def _stacked_over_its_column(
    line: ClassifiedLine, strict: list[int], start: int, end: int, header_lines: list[ClassifiedLine],
    columns: list[Column], phrases_of: Callable[[str], list[tuple[str, int, int]]],
) -> bool:
    """Whether a phrase touching one column's figures is a word of a stack standing over that column alone
    ("Six Months" / "Ended" / "Sept. 30," over the last column, its top words sticking out left of the
    figures into the gutter): every phrase stacked on it, line by line up and down, touches that column and
    no other. Such a phrase is its column's, never a pair's centred on the gutter (round 633: "Six Months"
    had been dealt to the column before as well, and that column, headed "Six Months Three Months Ended
    September 30, 2020", was dropped)."""
    if len(strict) != 1:
        return False
    worded = [other for other in header_lines if other.kind is not LineKind.RULE and other.text.strip()]
    at = next((i for i, other in enumerate(worded) if other.number == line.number), None)
    if at is None:
        return False
    stacked = 0
    for step in (-1, 1):
        extent = (start, end)
        index = at + step
        while 0 <= index < len(worded):
            on = [(s, e) for _, s, e in phrases_of(worded[index].text) if s < extent[1] and e > extent[0]]
            if not on:
                break
            for s, e in on:
                if [i for i, c in enumerate(columns) if s < c.end and e > c.start] != strict:
                    return False
            stacked += len(on)
            extent = (min(s for s, _ in on), max(e for _, e in on))
            index += step
    return stacked > 0


def _between_pair(columns: list[Column], start: int, end: int, text: str) -> tuple[int, int] | None:
    """The pair of columns a lone period phrase is centred over, touching neither ("May 31, 2009" set in
    the gap above "1995   1996"): it names both, as the line of years under it shows."""
    if not (duration_in(text) or _HEADER_WORDS.search(text) or DATE.search(text)):
        return None
    centre = (start + end) / 2
    for index in range(len(columns) - 1):
        left, right = columns[index], columns[index + 1]
        if left.end <= centre <= right.start and left.center < start and end < right.center:
            return index, index + 1
    return None


def _a_version_on_the_gutter(columns: list[Column], strict: list[int], start: int, end: int, text: str) -> bool:
    """Whether a version's short head ("GAAP", "Pro Forma") touching one column's figures is centred on the gutter
    between it and the next: a cell spanning both, set over them as a browser centres it, never the word of a
    stack over the one column it touches (round 712: "GAAP" over "2023 | 2022" had named the 2022 column only)."""
    return GROUP_VERSION_HEAD.fullmatch(text) is not None and _centred_on_pair(columns, strict, start, end,
                                                                               text) is not None


def _centred_on_pair(columns: list[Column], strict: list[int], start: int, end: int, text: str
                     ) -> tuple[int, int] | None:
    """The pair a period phrase, or a version's head over its pair ("GAAP" over "2023   2022"), is centred on
    while it reaches into only one of them ("January 31, 2009" set over "2008   2009", just touching the
    second): it names both, like the phrases over it."""
    if len(strict) != 1 or not (duration_in(text) or _HEADER_WORDS.search(text) or DATE.search(text)
                                or GROUP_VERSION_HEAD.fullmatch(text)):
        return None
    centre = (start + end) / 2
    for left, right in ((strict[0] - 1, strict[0]), (strict[0], strict[0] + 1)):
        if left < 0 or right >= len(columns):
            continue
        pair_centre = (columns[left].center + columns[right].center) / 2
        if columns[left].end <= centre <= columns[right].start and abs(centre - pair_centre) <= _PAIR_CENTRE_SLACK:
            return left, right
    return None


# ("September 30, 2015", or as most of the world writes it, "30 September 2015")
_WHOLE_DATE = re.compile(rf"\b(?:(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
                         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\.?,?)\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)
# ... and the other year it is paired with: "June 30, 2024 and 2023"
_OTHER_YEAR = re.compile(r"\s*(?:,?\s*and|&)\s+((?:19|20)\d{2})\b(?!\s*[-/,]?\s*\d)", re.IGNORECASE)


def _whole_dates(text: str) -> list[str]:
    """A note's whole dates, a date paired with a bare year counting as two: "June 30, 2024 and 2023" ends
    June 30, 2024 and June 30, 2023."""
    found: list[str] = []
    for match in _WHOLE_DATE.finditer(text):
        found.append(match.group())
        if (other := _OTHER_YEAR.match(text, match.end())) is not None:
            found.append(match.group()[: -4] + other.group(1))
    return found

# A month's day ended by its comma, then another month: two column dates set one space apart, or none where
# the columns ran out of room ("September 30,December 31,"); or a day without its comma one space before the
# next month ("September 30 December 31," over "2001   2000", round 304: read as one date over both columns,
# the quarter's balance sheet was dated December). After a day's comma, a month ending the phrase is the
# next column's too, its day wrapped onto the line below ("April 28, January" over "27,": round 467, the
# quarter had been dated January 31).
_NEXT_DATE = re.compile(rf"(?:(?<=\d,) ?|(?:(?<=\D\d)|(?<=\D\d\d)) )(?=(?:{MONTH_RE})\.?\s+\d)"
                        rf"|(?<=\d,) (?=(?:{MONTH_RE})\.?$)", re.IGNORECASE)
# A day printed without its comma ends a date only after its month ("September 30 December 31,"): in "Six months
# ended 30 June 2021" the day opens the column's one date, never closes another (UI fixture of a UK half year:
# the period had been cut to "June 2021").
_MONTH_AND_DAY_BEFORE = re.compile(rf"(?:{MONTH_RE})\.?\s+\d{{1,2}}$", re.IGNORECASE)


def _a_date_ends_at(phrase: str, cut: int) -> bool:
    """Whether the text before a _NEXT_DATE cut ends a date: a day's comma, or a month and its day."""
    before = phrase[:cut].rstrip()
    return before.endswith(",") or _MONTH_AND_DAY_BEFORE.search(before) is not None
# Two columns' heads one space apart, as w3m sets narrow or wide tables (each alternative ends at the cut):
# a month whose day wrapped onto the line below before the next column's month ("September September
# September 30," over "30,   30,": round 476); a change column's head before the next group's year ending the
# phrase ("Change % Change 2024": round 480, the nine months' 2024 read as a change column and lost; "Change
# 2024 vs. 2023" is one head); a month's day before a percent column's head ("December 30, % of Net": round
# 483, both quarters' columns lost); a length's unit before the next column's length ("Three Months Three
# Months Year Ended", each cell's "Ended December 31," wrapped under it: round 481, read as one phrase over
# three columns).
_HEADS_ONE_SPACE_APART = starting_fast(
    rf"\b(?:{MONTH_RE})\.? (?=(?:{MONTH_RE})\b)"
    r"|\b(?:change|chg\.?|variance) (?=(?:19|20)\d{2}$)|\d, (?=%)"
    rf"|\b(?:months|weeks) (?=(?:(?:{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+(?:months|weeks)|(?:fiscal\s+)?years?\s+ended)\b)"
    # "Thirteen Weeks Ended Fourteen Weeks Ended Fifty-Two Weeks" (w3m, each cell's date under it: round 513,
    # the quarter's figures read as the year's), "For the three months ended For the six months ended" (w3m at
    # 80 columns beside "% Change" columns: round 604, the statement lost); "Q4 FY18 (14 weeks) Q4 FY17 (13
    # weeks)" (pdftotext)
    rf"|\b(?:months|weeks) ended (?=(?:for\s+the\s+)?(?:{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+(?:months|weeks)\b)"
    # "Thirteen Weeks Fifty-Three" over "Ended   Weeks Ended" (pdftotext of a browser's PDF, the next column's
    # length wrapped under its number word), "Weeks Ended Weeks Ended Weeks Ended" under "Fourteen   Thirteen
    # Fifty-Three" (w3m at 80 columns): round 692, the first column's length had run over the second's
    rf"|\b(?:months|weeks)(?: ended)? (?=(?:{NUMBER_WORD_RE})$)"
    r"|\b(?:months|weeks) ended (?=(?:months|weeks) ended\b)"
    r"|\((?:\d{1,2}|[a-z]+)[\s-]+weeks\) (?=(?:q[1-4]|fy(?:\s?'?\d{2,4})?|fiscal)\b)"
    # "Q2 2020 Q1 2020 Q4 2019": quarters named by their year, one space apart (w3m and lynx setting a bank's
    # trend table narrow, round 582: the header unsplit, the table was dropped without a word)
    r"|\bq[1-4] (?:19|20)\d{2} (?=q[1-4] (?:19|20)\d{2}\b)"
    # "Actual Pro Forma (1)", "As Reported As Adjusted": the reported figures' head, then another version's
    # (round 720: read as one head over both columns, the reported one was dropped as pro forma)
    rf"|{VERSION_HEADS_ONE_SPACE_APART}",
    re.IGNORECASE)


def _repeating_width(phrases: list[tuple[str, int, int]], columns: list[Column]) -> int:
    """How many columns each group spans where the last header line (its `_phrases`) repeats its dates group
    by group ("6/30/01  6/30/00  6/30/01  6/30/00": two), else 0."""
    own: list[str] = []
    for column in columns:
        over = [phrase for phrase, start, end in phrases if start < column.end and end > column.start]
        if len(over) != 1:
            return 0
        own.append(over[0])
    count = len(own)
    return next((width for width in range(1, count // 2 + 1)
                 if count % width == 0 and own == own[:width] * (count // width) and len(set(own[:width])) == width), 0)


def _by_group(named: dict[int, str], width: int, count: int) -> dict[int, str]:
    """The columns a line of durations leaves unnamed, each given its group's duration, where the dates below
    repeat every `width` columns and the line names one column in each group: a short duration set over the
    first (or last) column of its pair ("Quarter" over "6/30/01", "Six Months" over the next "6/30/01") heads
    the pair, however near the next group's duration stands to the pair's other column."""
    per_group: dict[int, set[str]] = {}
    if not all(duration_in(text) and not YEAR_IN_TEXT.search(text) for text in named.values()):
        return {}
    for index, text in named.items():
        per_group.setdefault(index // width, set()).add(text)
    if len(per_group) != count // width or any(len(texts) != 1 for texts in per_group.values()):
        return {}
    return {index: next(iter(per_group[index // width])) for index in range(count) if index not in named}


def _phrases(text: str) -> list[tuple[str, int, int]]:
    """Header phrases with where they stand; two full dates in one phrase ("March 31, 2020 December 31,
    2019", as tight renderings print them), or two dates over years printed below ("September 10,
    September 9,"), are two phrases."""
    result = []
    for match in _PHRASE_SPLIT.finditer(text):
        if "--" in match.group() and _DASH_RUN.search(match.group()):
            result.extend(_dashed_phrases(match.group(), match.start()))
            continue
        phrase = match.group()
        # A range ("Period from June 1, 2020 through June 30, 2020") is one phrase: its second date is no
        # column's own.
        dates = [m.start() for m in DATE.finditer(phrase) if (m.group("year") or m.group("y"))
                 and not _RANGE_BEFORE.search(phrase, 0, m.start())]
        cuts = [0, *dates[1:], len(phrase)] if len(dates) > 1 else [0, len(phrase)]
        # (and a year run into the next date's month, "September 26, 2004September 28, 2003" in a PDF's narrow
        # cells: round 535, the nine months dated with the first date's day and the second's year)
        found = {*cuts, *(m.start() for m in YEAR_THEN_MONTH.finditer(phrase)), *_length_after_a_unit_note(phrase)}
        if " " in phrase:  # (each of these cuts is at or after a space, and most phrases are one word: "2004")
            found.update(m.end() for m in _NEXT_DATE.finditer(phrase) if _a_date_ends_at(phrase, m.start()))
            found.update(m.end() for m in _HEADS_ONE_SPACE_APART.finditer(phrase))
        cuts = sorted(found)
        for left, right in itertools.pairwise(cuts):
            piece = match.group()[left:right].rstrip()
            if piece:
                result.append((piece, match.start() + left, match.start() + left + len(piece)))
    return result


# A column's length ending a phrase one space after the unit note's closing comma or parenthesis, its count or
# ordinal first ("Millions, Except Per Share Amounts and Percentages, 3rd Quarter").
_LENGTH_ENDING_A_NOTE = re.compile(
    rf"(?<=[,;)]) (?=(?:(?:{_DURATION_HEAD}|\d{{1,2}}(?:st|nd|rd|th)?)[\s-]+)?(?:quarters?|months?|weeks?"
    rf"|(?:fiscal\s+)?years?|year[\s-]+to[\s-]+date)(?:\s+end(?:ed|ing))?,?$)", re.IGNORECASE)


def _length_after_a_unit_note(phrase: str) -> list[int]:
    """Where a unit note set in the label cell of a header's first row ends, and the first column group's
    length, one space after it, begins: lynx fills the label cell to the next one ("Millions, Except Per Share
    Amounts and Percentages, 3rd Quarter" over "2016   2015", "Year-to-Date" further right; round 636, a
    railroad's release). Read as one phrase, the note hid the quarter's length and its columns were lost."""
    note = unit_line(phrase)
    if note is None or note.start() > 0:
        return []
    return [cut.end() for cut in _LENGTH_ENDING_A_NOTE.finditer(phrase, note.end())]


# A year, also run into the next header's first word ("Fiscal 1999Fiscal 1998" where the columns are narrow).
_GLUED_YEAR = re.compile(r"(?<![\d.,$])(?:19|20)\d{2}(?![\d,.])")


def _one_year_a_column(phrase: tuple[str, int, int], columns: list[Column]) -> list[tuple[str, int, int]]:
    """Headers set one space apart or none ("Fiscal 1999 Fiscal 1998 Fiscal 1999 Fiscal 1998") read as one phrase over
    every column: cut after each year where each stands over a column of its own, in order, and the pieces
    are alike but for their years. Otherwise each column would be headed by all four years."""
    text, start, end = phrase
    strict = [i for i, c in enumerate(columns) if start < c.end and end > c.start]
    years = list(_GLUED_YEAR.finditer(text))
    if len(strict) < 2 or len(years) != len(strict) or text[years[-1].end() :].strip():
        return [phrase]
    cuts = [0, *(year.end() for year in years)]
    pieces = [(text[left:right], start + left) for left, right in itertools.pairwise(cuts)]
    if len({_GLUED_YEAR.sub("", piece).strip().lower() for piece, _ in pieces}) != 1:
        return [phrase]
    found = []
    for (piece, at), year, index in zip(pieces, years, strict, strict=True):
        column = columns[index]
        if not (start + year.start() < column.end and start + year.end() > column.start):
            return [phrase]
        lead = len(piece) - len(piece.lstrip())
        found.append((piece.strip(), at + lead, at + len(piece.rstrip())))
    return found


# A year, one space, then the words of a change column ("2006 % Change", "2006 Change").
_YEAR_THEN_CHANGE = re.compile(r"((?:19|20)\d{2}) (%\s*change|change|%\s*chg\.?|% inc\.?\s*\(dec\.?\))", re.IGNORECASE)


def _year_beside_its_change(phrase: tuple[str, int, int], columns: list[Column]) -> list[tuple[str, int, int]]:
    """A year and the change column after it set one space apart ("2007       2006 % Change" over "$ 16,118
    14.2%"): the year heads the column it stands in, and the change words, reaching past that column's end
    toward the next, head the next column. Read as one phrase, they had made the year's column a change
    column and the year's figures were dropped (round 240: a bank's whole prior year)."""
    text, start, end = phrase
    found = _YEAR_THEN_CHANGE.fullmatch(text)
    if found is None:
        return [phrase]
    year_end = start + found.end(1)
    holding = [index for index, column in enumerate(columns) if start < column.end and year_end > column.start]
    if len(holding) != 1 or holding[0] + 1 >= len(columns):
        return [phrase]
    own, after = columns[holding[0]], columns[holding[0] + 1]
    if not (own.start <= (start + year_end) / 2 <= own.end and own.end < end <= after.end):
        return [phrase]
    return [(found.group(1), start, year_end), (found.group(2), after.start, after.end)]


def _heads_over_their_columns(phrase: tuple[str, int, int], columns: list[Column]) -> list[tuple[str, int, int]]:
    """Two columns' heads set one space apart ("Pro Forma(1)        GAAP Pro Forma(1)        GAAP", a cramped
    fixed-width header): the phrase spans the gutter of two neighbouring columns, and cut at one of its spaces
    each part is a version's head standing over one column only, set to that column's figures as heads are
    (its words ending at the figures' right edge, a footnote's mark hanging past, or centred on them). Read
    whole, "GAAP Pro Forma(1)" had headed the GAAP column too, which was dropped as pro forma (round 733). Only
    where exactly one space parts it so, and never a duration or a date, whose words wrap over a pair by
    design."""
    text, start, end = phrase
    strict = [i for i, c in enumerate(columns) if start < c.end and end > c.start]
    if (len(strict) != 2 or strict[1] != strict[0] + 1 or duration_in(text) is not None
            or _DATE_WORDS.search(without_note_marks(text)) or is_title(text) or unit_line(text)):
        return [phrase]
    left, right = columns[strict[0]], columns[strict[1]]
    found = []
    for space in (match.start() for match in re.finditer(" ", text)):
        first = (text[:space], start, start + space)
        second = (text[space + 1 :], start + space + 1, end)
        if (_set_to_its_figures(first, left, right) and _set_to_its_figures(second, right, left)):
            found.append([first, second])
    return found[0] if len(found) == 1 else [phrase]


def _set_to_its_figures(piece: tuple[str, int, int], column: Column, other: Column) -> bool:
    """Whether a part of a phrase heads one column: it is a version's head ("GAAP", "Pro Forma(1)", "As
    Reported": words alone never tell one head from two, "Percent of Revenues" or "Transition Period" over a
    pair set so that each word ends at a column's figures), touches that column and not the other,
    stands within a gutter's width of it (a title or a unit note reaching far past it is no column's head),
    and its words (without a footnote's mark) end at the column's right edge or are centred on it."""
    text, start, end = piece
    words = without_note_marks(text).rstrip()
    if not VERSION_CELL.fullmatch(text) or not (start < column.end and end > column.start):
        return False
    gutter = max(other.start - column.end, column.start - other.end)
    if (start < other.end and end > other.start) or start < column.start - gutter or end > column.end + gutter:
        return False
    words_end = start + len(words)
    return (abs(words_end - column.end) <= _HEAD_ALIGN_SLACK
            or abs((start + words_end) / 2 - column.center) <= _HEAD_ALIGN_SLACK)


# How far a head's words may end off its figures' right edge, or its middle off theirs, and still be set to them.
_HEAD_ALIGN_SLACK = 2
# What a duration's or a date's words hold: a digit or a month's name.
_DATE_WORDS = re.compile(rf"\d|\b(?:{MONTH_RE})\b", re.IGNORECASE)


_ENDING_YEAR = re.compile(rf"\s({YEAR_RE})$")


def _year_over_the_next_column(phrase: tuple[str, int, int], columns: list[Column], dated: set[int]
                               ) -> list[tuple[str, int, int]]:
    """A column's month-day and the next column's year one space apart ("December 31, 2023" where w3m set
    "December 31," over the second column and "2023" over the third, the second's own "2022" on a line
    below: round 481): the year stands wholly over the next column, the words before it over their own, and
    another line gives their column its year (`dated`) and the next none. Read as one date, the second
    column had taken the third's year and the quarter been dated as the year. A date centred over its
    amount and percent ("September 29, 2012" over "Amount   % of Rev.") is one: no line dates the amount."""
    text, start, _ = phrase
    found = _ENDING_YEAR.search(text)
    if found is None:
        return [phrase]
    head_end = start + len(text[: found.start()].rstrip())
    year_start, year_end = start + found.start(1), start + found.end(1)
    own = [i for i, column in enumerate(columns) if start < column.end and head_end > column.start]
    if len(own) != 1 or own[0] + 1 >= len(columns):
        return [phrase]
    after = columns[own[0] + 1]
    if own[0] not in dated or own[0] + 1 in dated or not (head_end <= after.start <= year_start
                                                          and year_end <= after.end):
        return [phrase]
    return [(text[: head_end - start], start, head_end), (found.group(1), year_start, year_end)]


def _dashed_phrases(text: str, offset: int) -> list[tuple[str, int, int]]:
    """"-- Three Months Ended ---- Nine Months Ended --", "-------- 2023 --------": dashes set around a
    phrase stand for the width of its columns. Each phrase reaches over the dashes beside it, to the middle
    of a run it shares with the next phrase."""
    runs = [(m.start(), m.end()) for m in _DASH_RUN.finditer(text)]
    bounds = [0, *(i for run in runs for i in run), len(text)]
    result = []
    for left, right in zip(bounds[::2], bounds[1::2], strict=True):
        piece = text[left:right]
        if not piece.strip():
            continue
        start, end = left + len(piece) - len(piece.lstrip()), right - (len(piece) - len(piece.rstrip()))
        before = next((run for run in reversed(runs) if run[1] <= left), None)
        after = next((run for run in runs if run[0] >= right), None)
        if before is not None:
            start = (before[0] + before[1]) // 2 if text[: before[0]].strip() else before[0]
        if after is not None:
            end = (after[0] + after[1]) // 2 if text[after[1] :].strip() else after[1]
        result.append((text[left:right].strip(), offset + start, offset + end))
    return result


def stream_headers(
    title_lines: list[ClassifiedLine], header_lines: list[ClassifiedLine], width: int
) -> tuple[str, ...] | None:
    """Headers of unaligned renderings, read as a stream of words rather than by position.

    The n-th full date names the n-th column. Failing that, the last `width` years name the columns in
    order and the month-days and durations printed before them are shared out evenly: two durations over
    four columns name two each ("Three Months Ended", "Nine Months Ended" / "September 30," twice / four
    years). None where the counts do not divide, or where the sharing parts a line's whole dates.
    """
    return _whole_dates_kept_whole(
        _keeps_lines_of_dates(_words_in_order(title_lines, header_lines, width), header_lines), header_lines)


def _words_in_order(
    title_lines: list[ClassifiedLine], header_lines: list[ClassifiedLine], width: int
) -> tuple[str, ...] | None:
    stacked = _stacked_headers(header_lines, width)
    if stacked is not None:
        return stacked
    # What stands above the statement's title is the story's end ("Calif., Oct. 26, 2023 --"), never a header.
    title_at = max((line.number for line in title_lines if is_title(line.text.strip())), default=0)
    lines = sorted([line for line in title_lines if line.number >= title_at] + header_lines,
                   key=lambda line: line.number)
    text = _stream_text(lines)
    names = _stream_names(text, width)
    headed = lines if names is not None else [line for line in lines if not PERIODS_NOTE.match(line.text.strip())]
    if headed != lines:
        # a title's note of the periods' lengths and ends ("(13 and 52 weeks ended December 29, 2024 and December
        # 31, 2023)") over headers that name each column ("Q4 2024 Q4 2023 FY 2024 FY 2023", lynx's one line):
        # the headers name the columns, the note dates them later, as it does headers read by position
        # (round 525: the statement had been refused as a table whose columns name no period). The change
        # columns below are looked for in the same words.
        text = _stream_text(headed)
        names = _stream_names(text, width)
    changes = list(_CHANGE_HEADER.finditer(text))
    if names is None and 0 < len(changes) < width:
        # "2024 / 2023 / 2022 / 2024 to 2023 / 2023 to 2022 / ... / % Change / % Change": the last columns
        # are the changes between the years, which name no period; the years before them name the rest.
        # Only where every change is headed after the last year: "March 31, 2020 | % Change | March 31,
        # 2019 | % Change" sets a change beside each period, and which column is which is not said.
        years = _CHANGE_BETWEEN.sub(lambda m: " " * len(m.group()), text)
        last_year = max((m.end() for m in YEAR_IN_TEXT.finditer(years)), default=len(text))
        periods = _stream_names(years, width - len(changes)) if changes[0].start() > last_year else None
        if periods is not None:
            return (*periods, *(["% Change"] * len(changes)))
    if names is None and changes and (grouped := _a_change_after_each_group(text, changes, width)) is not None:
        return grouped
    if names is None and (shared := _a_share_after_each_period(text, width)) is not None:
        return shared
    if names is None and (signs := _SIGNS_AFTER_THE_YEARS.search(text)) is not None and _CHANGE_WORD.search(
            text, 0, signs.start()):
        # "Nine Months Ended September 30, / Change / 2025 / 2024 / $ / %": the change's amount and percent
        # head the last columns, after every year (a row's percent is no figure of a period, and is dropped).
        amounts = signs.group().count("$")
        periods = _stream_names(_CHANGE_WORD.sub(" ", text[: signs.start()]), width - amounts) if amounts else None
        if periods is not None:
            return (*periods, *(["$ Change"] * amounts))
    if names is None and (percents := _PERCENTS_AFTER_THE_YEARS.search(text)) is not None and _signs_end_the_years_line(
            lines, percents.group()):
        return _percents_after_the_periods(text[: percents.start()], percents.group().count("%"), width)
    if names is None:
        return _heads_dated_by_the_caption(lines, width)
    return names


def _heads_dated_by_the_caption(lines: list[ClassifiedLine], width: int) -> tuple[str, ...] | None:
    """The columns' names read from the heads with the caption's whole dates left out, where the caption
    dates every one of them ("FOR THE TWELVE MONTHS ENDED MAY 3, 2026 AND APRIL 27, 2025" over "May 3," /
    "April 27," / "2026" / "2025", a scrape's header cells a line each); else None. Read together, the
    stream runs a head's last month-day into the first year under it ("April 27, 2026"), a date no column
    ends on, and the columns go unnamed (round 713: a cash flow read one cell a line, refused whole)."""
    caption = {day_of(found.group()) for line in lines for found in _WHOLE_DATE.finditer(line.text)}
    if len(caption) < width:
        return None
    heads = _stream_names(_stream_text([line._replace(text=_WHOLE_DATE.sub(" ", line.text)) for line in lines]),
                          width)
    return heads if heads is not None and all(day_of(name) in caption for name in heads) else None


# Bare percent signs closing the header words, right after the last year ("... 2017 2016 %").
_PERCENTS_AFTER_THE_YEARS = re.compile(r"(?<=\b(?:19|20)\d\d)(?:\s+%)+\s*$")


def _signs_end_the_years_line(lines: list[ClassifiedLine], signs: str) -> bool:
    """Whether the last header line printing years ends in those signs after its last year, as one row of the
    header sets them: signs on a line of their own ("%   %" under "March 29, 2020   March 31, 2019") may stand
    beside each period's amounts, and the stream does not say which columns they head."""
    last = next((line.text for line in reversed(lines) if YEAR_IN_TEXT.search(line.text)), "")
    found = _PERCENTS_AFTER_THE_YEARS.search(last)
    return found is not None and found.group().count("%") == signs.count("%")


def _percents_after_the_periods(text: str, percents: int, width: int) -> tuple[str, ...] | None:
    """"1st Quarter" / "Millions, Except ... Percentages," / "For the Periods Ended March 31,   2017   2016   %":
    bare "%" signs after every year, closing the line of years, head the last columns, a change's percents, and
    the years before them name the rest in order (round 638: lynx centred a railroad's header row apart from
    its figures, "2016" over the first column and "%" over the second, and the statement of income was
    skipped). None unless the words before the signs name exactly the other columns."""
    if not 0 < percents < width:
        return None
    periods = _stream_names(text, width - percents)
    return None if periods is None else (*periods, *(["%"] * percents))


# A percent column's head after each period's ("October 29, 2022 | % of Net Sales | October 30, 2021 | % of
# Net Sales"): the period's figures as a share of its revenue.
_SHARE_OF_REVENUE_HEAD = re.compile(r"%\s+of\s+(?:net\s+|total\s+)?(?:sales|revenues?)\b", re.IGNORECASE)


def _a_share_after_each_period(text: str, width: int) -> tuple[str, ...] | None:
    """"October 29," / "2022 % of" / "Net Sales October 30," / ...: lynx flowing a header of two-line cells, a
    percent of revenue after each period's date; the periods name every other column, the percents the rest
    (round 583: the statement had been refused as one whose columns name no period). None unless each period
    is followed by its percent's head, half the columns each."""
    heads = list(_SHARE_OF_REVENUE_HEAD.finditer(text))
    if width % 2 or len(heads) != width // 2:
        return None
    periods = _stream_names(_SHARE_OF_REVENUE_HEAD.sub(lambda m: " " * len(m.group()), text), width // 2)
    years = [m.end() for m in YEAR_IN_TEXT.finditer(text)]
    if periods is None or len(years) < len(heads) or not all(
            year <= head.start() for year, head in zip(years[-len(heads):], heads, strict=True)):
        return None
    return tuple(name for period, head in zip(periods, heads, strict=True) for name in (period, head.group()))


def _a_change_after_each_group(text: str, changes: list[re.Match[str]], width: int) -> tuple[str, ...] | None:
    """"Three Months Ended December 31,   Year Ended December 31," over "2011   2010   % Change   2011   2010
    % Change": one change column closing each group, as many changes as lengths, and every group as many
    years before its change. The years name the periods in order, the changes the columns after them (round
    540: w3m at 200 columns centred each group's heads half a cell left of its figures, and the statement was
    refused). One change beside each of two dates under one length says nothing of which is which: unread."""
    groups = len(list(_DURATION_PHRASE.finditer(text)))
    if groups < 2 or len(changes) != groups:
        return None
    after_lengths = max((m.end() for m in _DURATION_PHRASE.finditer(text)), default=0)
    marks = sorted([(m.start(), "year") for m in YEAR_IN_TEXT.finditer(text) if m.start() >= changes[0].start()
                    or m.start() > after_lengths] + [(m.start(), "change") for m in changes])
    runs: list[int] = []
    years = 0
    for _, what in marks:
        if what == "year":
            years += 1
        else:
            runs.append(years)
            years = 0
    if years or len(runs) != groups or len(set(runs)) != 1 or runs[0] < 2 or groups * (runs[0] + 1) != width:
        return None
    without = text
    for change in reversed(changes):
        without = without[: change.start()] + " " * (change.end() - change.start()) + without[change.end() :]
    periods = _stream_names(without, width - groups)
    if periods is None:
        return None
    names: list[str] = []
    for group in range(groups):
        names += [*periods[group * runs[0] : (group + 1) * runs[0]], "% Change"]
    return tuple(names)


def _stream_text(lines: list[ClassifiedLine]) -> str:
    """The header lines' words as one stream, titles left out; a title glued to the first header ("Earnings
    SummaryThree Months Ended December 31,") comes apart."""
    return spelled_day_month(WORD_THEN_CAPITAL.sub(" ", " ".join(_phrase_stacks(
        [line.text for line in lines if not is_title(line.text)]))))


# The signs heading a change's columns after the last year ("2025 2024 $ %"), and the word over them.
_SIGNS_AFTER_THE_YEARS = re.compile(r"(?<=\d)(?:\s+[$%])+(?=\s*[^\d]*$)")
_CHANGE_WORD = re.compile(r"\b(?:change|variance|increase\s*/\s*\(?decrease\)?)\b", re.IGNORECASE)
# A change column's header ("% Change", "% Chg"), and the years it compares ("2024 to 2023", "2024 vs. 2023").
# ("Percent" alone after the years: lynx left its "Change" on the line below, among the rows: round 512)
_CHANGE_HEADER = re.compile(r"%\s*ch(?:an)?ge?\b|\b(?:percent(?:age)?|pct\.?)\s*(?:ch(?:an)?ge?\b|$)", re.IGNORECASE)
_CHANGE_BETWEEN = re.compile(r"\b(?:19|20)\d\d\s+(?:to|vs\.?|versus)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _stream_names(text: str, width: int) -> tuple[str, ...] | None:
    """`width` columns' names from the header words as a stream (`stream_headers`), or None."""
    return _days_kept_with_their_years(_stream_names_dealt(text, width), text)


def _days_kept_with_their_years(names: tuple[str, ...] | None, text: str) -> tuple[str, ...] | None:
    """The names, unless one is dated by a month-day the words print only in whole dates of other years: where
    they print two month-days or more, each with its year ("periods ended January 2, 2005 and December 28,
    2003"), a column's end is one of those dates, never one date's month-day under another's year (round 673:
    "January 2" dealt over 2004 and 2003, "December 28" over the years, three of four ends wrong, verified).
    One month-day printed whole ("Three Months Ended March 31, 2020" over "2020   2019"), or printed without
    its year too, is every column's that the words give it."""
    if names is None:
        return None
    years_of: dict[tuple[int | None, int | None], set[int | None]] = {}
    for whole in _whole_dates(text):
        year, month, day = day_of(whole)
        years_of.setdefault((month, day), set()).add(year)
    if len(years_of) < 2:
        return names
    bare = {(reading.month, reading.day) for found in _MONTH_DAY.finditer(text)
            if not _YEAR_AFTER.match(text, found.end()) and (reading := read_header(found.group())).month}
    return None if any(year is not None and (month, day) in years_of and (month, day) not in bare
                       and year not in years_of[(month, day)] for year, month, day in map(day_of, names)) else names


def _stream_names_dealt(text: str, width: int) -> tuple[str, ...] | None:
    # Lengths without "Ended" ("Third Quarter   Nine Months", "Fourth Quarter   Full Year" over the years, as
    # lynx streams a table too wide for its page) name the groups too (round 467: with none found, each
    # column's length was taken from where a stream set it, a year's figures printed as a quarter's).
    found = list(_DURATION_PHRASE.finditer(text))
    if all(_YEAR_TO_DATE.fullmatch(m.group()) for m in found) and len(several := list(DURATION.finditer(text))) > 1:
        # the groups' lengths side by side ("Third Quarter   Nine Months"), no caption's one ("Fourth Quarter
        # 2022 Highlights" over a PDF's paragraph, which is no table)
        # "Second Quarter   Year-to-Date" likewise: a year-to-date, named without "Ended", stands beside the
        # quarter's bare length (round 525: the statement was refused, its one phrase dealt to four columns)
        found = several
    durations = [m.group() for m in found]
    dates = [m.group() for m in DATE.finditer(text) if m.group("year") or m.group("y")]
    if any(starts_a_pair(text, m.start()) for m in found):
        # "13 and 26 Weeks Ended": the second of two lengths named together is no length to deal to every
        # column, and which columns each names the stream does not say; each whole date still names its own
        return tuple(dates) if len(dates) == width else None
    if len(dates) < width:
        dates = _days_under_one_month(text, width) or dates
    if len(dates) == width:
        dealt = _dealt(durations, dates)
        if dealt is None:
            return None
        return tuple(f"{duration} {date}".strip() for duration, date in zip(dealt, dates, strict=True))
    years = YEAR_IN_TEXT.findall(text)[-width:]
    month_days = [m.group() for m in _MONTH_DAY.finditer(text)]
    if len(years) != width:
        return None
    by_year = _dates_by_year(dates, month_days, years)
    if by_year is not None:
        if durations and (width % len(durations) or len(durations) % years.count(years[0])):
            return None
        return tuple(f"{_share(durations, width, i)} {by_year[years[i]]}".strip() for i in range(width))
    # Each column's month and day, then its year, set apart by a scrape: whole dates, dealt as above where
    # several durations stand over them ("Three Months Ended   Nine Months Ended" over three and two), or the
    # dates all differ ("Three Months Ended June 30, March 31, June 30, 2022 2022 2021": a quarter, the one
    # before and a year-ago one, no group per length). Only where the text prints no other year: "Period
    # from March 3, 1994 (inception) to June 30" pairs no month-day with its column's year.
    whole = [f"{month_day} {year}" for month_day, year in zip(month_days, years, strict=True)
             ] if len(month_days) == width == len(YEAR_IN_TEXT.findall(text)) else []
    if whole and (len(durations) > 1 or len(set(whole)) == width):
        dealt = _dealt(durations, whole)
        if dealt is None:
            return None
        return tuple(f"{duration} {date}".strip() for duration, date in zip(dealt, whole, strict=True))
    if len(durations) > 1 and 1 < len(month_days) < width == len(YEAR_IN_TEXT.findall(text)):
        shared = _shared_month_days(durations, month_days, years)
        if shared is not None:
            return shared
    if (month_days and width % len(month_days)) or (durations and width % len(durations)):
        return None
    if month_days and len(month_days) < width and _MONTH_WITHOUT_ITS_DAY.search(text):
        # a month printed without its day ("December" over a wrapped "31,", where the words stand over no one
        # day): some column ends in that month, and sharing out the month-days printed whole would date it in
        # another (round 644)
        return None
    if not durations and len(month_days) < width and len(set(month_days)) > 1:
        # "June 29,   June 30," over four years and no length: which columns each day heads (one a group, or
        # one a year) the stream does not say (round 468: dealt one a group, each year-ago quarter was dated
        # a year after its end)
        return None
    # Years that repeat ("2024 2023 2024 2023") print one group of columns per period length: a duration
    # too few to give each group its own ("Year Ended" found, the quarter's words lost) would name the
    # quarter's columns a year.
    groups = years.count(years[0])
    if durations and groups > 1 and len(durations) % groups:
        return None
    return tuple(
        " ".join(part for part in (_share(durations, width, i), _share(month_days, width, i), years[i]) if part)
        for i in range(width)
    )


# A month named alone in the header words, neither its day nor a year after it.
_MONTH_WITHOUT_ITS_DAY = re.compile(rf"{MONTH_START}(?:{MONTH_RE})\b\.?(?!\s*\d)", re.IGNORECASE)


def _keeps_lines_of_dates(names: tuple[str, ...] | None, lines: list[ClassifiedLine]) -> tuple[str, ...] | None:
    """The names, where every date of a header line printing whole dates alone ("May 2, 2020   May 4, 2019")
    names a column as printed; else None. Where the words dealt in order part a day from its year, their
    order is not the columns' (pdftotext setting a wrapped "February 1," above that line: round 528, three
    balance-sheet columns dated crosswise, each a day the release never names)."""
    printed = [m.group() for line in lines if _WHOLE_DATES_LINE.fullmatch(line.text.strip())
               for m in _WHOLE_DATE.finditer(line.text)]
    if names is None or not printed:
        return names
    dealt = {day_of(name) for name in names}
    return names if all(day_of(date) in dealt for date in printed) else None


def _whole_dates_kept_whole(names: tuple[str, ...] | None, lines: list[ClassifiedLine]) -> tuple[str, ...] | None:
    """The names, unless they deal the month-day of a whole date a header line prints as a column's own phrase
    ("January 29, 2018": month, day and year together) to a column of another year; else None. Such a date is
    its column's and is spread over no other: "Three Months Ended   Three Months Ended" over "January 29, 2018
    January 30, 2017   Fiscal 2017   Fiscal 2016", a retailer's fiscal years named for the calendar year they
    start in, had been dealt as two groups of two, "January 29" over 2018 and 2017 (round 625: the prior
    year's quarter dated a day early, both fiscal years read as quarters). A month-day the stream also prints
    without a year ("September 30," over a group's years) may still be shared."""
    if names is None:
        return None
    whole = {day_of(phrase) for line in lines for phrase, _, _ in _phrases(line.text)
             if _WHOLE_DATE.fullmatch(phrase.strip(" ,"))}
    if not whole:
        return names
    bare = {(reading.month, reading.day) for line in lines for found in _MONTH_DAY.finditer(line.text)
            if not _YEAR_AFTER.match(line.text, found.end()) and (reading := read_header(found.group())).month}
    own = {(month, day) for _, month, day in whole} - bare
    return None if any((month, day) in own and (year, month, day) not in whole
                       for year, month, day in map(day_of, names) if year is not None) else names


# What makes a month-day a whole date: its year right after it ("January 29, 2018").
_YEAR_AFTER = re.compile(r"\.?,?\s*(?:19|20)\d{2}\b")


_WHOLE_DATES_LINE = re.compile(rf"(?:{MONTH_DAY_RE},?\s+(?:19|20)\d\d\s*){{2,}}", re.IGNORECASE)


def day_of(header: str) -> tuple[int | None, int | None, int | None]:
    """The year, month and day a header names, each None where it names none: what two readings of one
    column are compared on."""
    reading = read_header(header)
    return reading.year, reading.month, reading.day


# A day and its year ("27, 1997", "28, 1996"): under a month printed once for all, each a column's own.
_DAY_AND_YEAR = re.compile(r"\b(\d{1,2}),\s*((?:19|20)\d{2})\b")
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_RE})\b\.?", re.IGNORECASE)


def _days_under_one_month(text: str, width: int) -> list[str]:
    """Each column's whole date where one month stands over every column's day and year ("Three Months Ended
    December" over "27, 1997   28, 1996"): shared out as "December 27, 1997" and "December 28, 1996" (round
    326: the first day had been shared with both, the prior year's figures printed a day early). Empty where
    the text says otherwise."""
    months = _MONTH_WORD.findall(text)
    if len({month.lower().rstrip(".") for month in months}) != 1:
        return []
    days = list(_DAY_AND_YEAR.finditer(text))
    if len(days) != width:
        return []
    month = months[0].rstrip(".")
    return [f"{month} {match.group(1)}, {match.group(2)}" for match in days]


def _phrase_stacks(texts: list[str]) -> list[str]:
    """Header lines as a stream, each run of lines that print their phrases one under another ("Three Months
    Nine Months" over "Ended   Ended") read phrase by phrase ("Three Months Ended", "Nine Months Ended"):
    read line by line, the words of one phrase would straddle the next one's."""
    stacks: list[list[tuple[int, int, str]]] = []
    for text in texts:
        phrases = [(m.start(), m.end(), m.group()) for m in _PHRASE_SPLIT.finditer(text)]
        above = stacks[-1] if stacks else []
        # Phrases run left to right: each must overlap its counterpart above and neither of that one's neighbours.
        if len(phrases) >= 2 and len(phrases) == len(above) and all(
                start < above[i][1] and end > above[i][0]
                and (i == 0 or start >= above[i - 1][1]) and (i + 1 == len(above) or end <= above[i + 1][0])
                for i, (start, end, _) in enumerate(phrases)):
            stacks[-1] = [(min(start, top_start), max(end, top_end), f"{top} {words}")
                          for (start, end, words), (top_start, top_end, top) in zip(phrases, above, strict=True)]
        elif (under := _each_over_one(above, phrases)) is not None:
            merged = list(phrases)
            for i, at in under.items():
                (start, end, words), (top_start, top_end, top) = phrases[i], above[at]
                merged[i] = (min(start, top_start), max(end, top_end), f"{top} {words}")
            stacks[-1] = merged
        else:
            stacks.append(phrases)
    return [" ".join(words for _, _, words in stack) for stack in stacks]


def _each_over_one(above: list[tuple[int, int, str]], phrases: list[tuple[int, int, str]]) -> dict[int, int] | None:
    """Where a line prints fewer phrases than the line under it, each a length standing over one of them
    alone that names no length and no year, the rest of its header ("Nine Months" wrapped over the second
    group's "Ended October 31,", beside the first group's "Three Months Ended October 31," printed whole), or
    a month over its day alone (`_month_over_its_day`): which phrase above each one under stands, by their
    places in the lines; else None. Read line by line, the wrapped length came first in the stream, and the
    first group's columns took it (round 560: w3m at 80 columns, every quarter printed as nine months)."""
    if not above or len(above) >= len(phrases):
        return None
    under: dict[int, int] = {}
    for at, (top_start, top_end, top) in enumerate(above):
        hits = [i for i, (start, end, _) in enumerate(phrases) if start < top_end and end > top_start]
        if len(hits) != 1 or hits[0] in under or not (
                _length_over_the_rest(top, phrases[hits[0]][2]) or _month_over_its_day(top, phrases[hits[0]][2])):
            return None
        under[hits[0]] = at
    return under


def _length_over_the_rest(top: str, words: str) -> bool:
    """Whether a length heads the words under it that name no length and no year (a length centred over a
    year of its group, "2014", heads the group, not that year)."""
    return bool(duration_in(top)) and not duration_in(words) and YEAR_IN_TEXT.search(words) is None


# A month alone as a header phrase ("December", "Dec."), and a day alone under it ("31,").
_MONTH_ALONE = re.compile(rf"(?:{MONTH_RE})\.?", re.IGNORECASE)
_DAY_ALONE_UNDER = re.compile(r"\d{1,2},?")


def _month_over_its_day(top: str, words: str) -> bool:
    """Whether a month alone stands over a day alone: one column's date, its month wrapped onto the line above
    ("December" over "31," beside the other columns' "March 31," printed whole, as pdftotext sets a narrow
    cell; round 644). Read line by line, the month came before every day and the next column's "March 31,"
    was shared out to the quarter ended December 31, 2019."""
    return _MONTH_ALONE.fullmatch(top) is not None and _DAY_ALONE_UNDER.fullmatch(words) is not None


def _stacked_headers(header_lines: list[ClassifiedLine], width: int) -> tuple[str, ...] | None:
    """Headers wrapped word by word in narrow columns ("Thirteen" / "Weeks Ended" / "September" / "30, 2023"),
    read column by column: the lines printing one phrase per column mark where each column's words stand,
    and every other phrase must stand over exactly one of them. The headers' own alignment holds where their
    alignment with the figures does not (a PDF centres them over "$ | figure" cells); a word stream would
    run one column's month into the next one's day. None where any phrase is ambiguous."""
    split = [[(m.start(), m.end(), m.group()) for m in _PHRASE.finditer(line.text)] for line in header_lines]
    full = [phrases for phrases in split if len(phrases) == width]
    if not full or width < 2:
        return None
    spans = [(min(p[i][0] for p in full), max(p[i][1] for p in full)) for i in range(width)]
    if any(spans[i][1] >= spans[i + 1][0] for i in range(width - 1)):
        return None
    words: list[list[str]] = [[] for _ in range(width)]
    for phrases in split:
        for start, end, text in (piece for phrase in phrases for piece in _own_word_a_column(phrase, spans)):
            over = [i for i, (s, e) in enumerate(spans) if start < e and end > s]
            if len(over) != 1:
                return None
            words[over[0]].append(text)
    headers = tuple(" ".join(column) for column in words)
    if len({_DURATION_PHRASE.search(header) is None for header in headers}) > 1:
        return None  # a duration printed once over a group, standing over one column of it: not stacked
    return headers if all(YEAR_IN_TEXT.search(header) for header in headers) else None


# A phrase of a header line: words with single spaces between them.
_PHRASE = re.compile(r"\S+(?: {1,2}\S+)*")
# A header word that is a column's own whole part, never a piece of a longer phrase: a month alone, or a
# note in parentheses ("(Unaudited)", "(Note)").
_OWN_HEADER_WORD = re.compile(rf"(?:{MONTH_RE})\.?|\([^()\s]+\)", re.IGNORECASE)


def _own_word_a_column(phrase: tuple[int, int, str], spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A phrase of such words set one space apart over as many columns, each word over its own column
    ("September December" over "30,   31," and "1997   1996", "(Unaudited) (Note)" under them, as pdftotext
    sets narrow columns): its words, each its column's, where read whole it would stand over both and the
    stack be refused (round 650: read as a stream instead, the balance sheet's columns took one column's
    month and the other's day). Else the phrase whole ("Three Months" over a group stays one phrase)."""
    start, _, text = phrase
    found = [(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    if len(found) < 2 or not all(_OWN_HEADER_WORD.fullmatch(word) for _, _, word in found):
        return [phrase]
    over = [[i for i, (s, e) in enumerate(spans) if word_start < e and word_end > s]
            for word_start, word_end, _ in found]
    if any(len(hits) != 1 for hits in over) or len({hits[0] for hits in over}) != len(found):
        return [phrase]
    return found


# A year glued to the next column's month ("March 31, 2025December 31, 2024"): a scrape's lost cell break.
YEAR_THEN_MONTH = re.compile(rf"(?<=\b(?:19|20)\d\d)(?=[A-Z])(?=(?i:{MONTH_RE})\b)")
# A word glued to the capital of the next ("SummaryThree", "EndedDecember"), or a year to a month: a
# scrape's lost line break.
WORD_THEN_CAPITAL = re.compile(rf"(?<=[a-z])(?=[A-Z])|{YEAR_THEN_MONTH.pattern}")


def _dealt(durations: list[str], dates: list[str]) -> list[str] | None:
    """Each whole date's duration, the durations named in order over groups of the dates: evenly ("Three
    Months Ended", "Nine Months Ended" over four dates, two each) where each group's dates then run one way, as
    a group of columns does; else the one way of grouping them that does ("Three Months Ended   Nine Months
    Ended   Year Ended" over the quarter, the quarter before and a year ago, then two nine months, then a
    year: 3, 2 and 1, never 2, 2 and 2, which had dated a year-ago quarter as nine months, every check
    passing). None where the even grouping fails and no other grouping, or more than one, holds: which
    columns a duration names is not said."""
    width = len(dates)
    if durations and max(Counter(dates).values()) > len({" ".join(d.lower().split()) for d in durations}):
        # a date printed over more columns than there are lengths named: some length was lost with the
        # header's top lines, and two columns would be one period (round 449: a quarter's figures read as
        # the year's, "Twelve Months Ended" dealt to all four columns)
        return None
    if not durations or (width % len(durations) == 0 and len(durations) in (1, width)):
        return [_share(durations, width, i) for i in range(width)]
    ends = [read_header(date) for date in dates]
    keys = [(e.year, e.month, e.day) if e.year and e.month and e.day else None for e in ends]
    if any(key is None for key in keys) or len(durations) > width:
        return [_share(durations, width, i) for i in range(width)]

    def runs_one_way(sizes: tuple[int, ...]) -> bool:
        starts = list(itertools.accumulate(sizes, initial=0))
        return _each_runs_one_way([[key for key in keys[a:b] if key] for a, b in itertools.pairwise(starts)])

    even = (width // len(durations),) * len(durations) if width % len(durations) == 0 else None
    if even is not None and runs_one_way(even):
        return [_share(durations, width, i) for i in range(width)]
    if math.comb(width - 1, len(durations) - 1) > MAX_ARRANGEMENTS:
        return None if even is not None else [""] * width
    fits = [sizes for cuts in itertools.combinations(range(1, width), len(durations) - 1)
            if runs_one_way(sizes := tuple(b - a for a, b in itertools.pairwise((0, *cuts, width))))]
    if len(fits) == 1:
        return [duration for duration, size in zip(durations, fits[0], strict=True) for _ in range(size)]
    # an even split whose groups run both ways says the durations are not dealt evenly; durations that do not
    # divide the dates name none of them, as before
    return None if even is not None else [""] * width


def _shared_month_days(durations: list[str], month_days: list[str], years: list[str]) -> tuple[str, ...] | None:
    """Fewer month-days than columns under several durations: each duration's group of columns prints a
    month-day over each column or one over them all ("Three Months Ended   Six Months Ended" over "June 30,
    March 31, June 30," and one "June 30," then five years: three quarters, then two half years). The
    columns' names where one grouping and one such reading only gives whole dates running one way in every
    group; None otherwise."""
    width = len(years)
    if math.comb(width - 1, len(durations) - 1) * 2 ** len(durations) > MAX_ARRANGEMENTS:
        return None
    found: list[tuple[str, ...]] = []
    for cuts in itertools.combinations(range(1, width), len(durations) - 1):
        sizes = [b - a for a, b in itertools.pairwise((0, *cuts, width))]
        for each in itertools.product((True, False), repeat=len(sizes)):  # a month-day over each column, or one
            if sum(size if own else 1 for size, own in zip(sizes, each, strict=True)) != len(month_days):
                continue
            names: list[str] = []
            keys: list[list[tuple[int, int, int]]] = []
            taken = 0
            start = 0
            for duration, size, own in zip(durations, sizes, each, strict=True):
                days = month_days[taken : taken + size] if own else month_days[taken : taken + 1] * size
                taken += size if own else 1
                group = [f"{day} {year}" for day, year in zip(days, years[start : start + size], strict=True)]
                start += size
                ends = [read_header(date) for date in group]
                if any(not (e.year and e.month and e.day) for e in ends):
                    return None
                keys.append([(e.year or 0, e.month or 0, e.day or 0) for e in ends])
                names.extend(f"{duration} {date}" for date in group)
            if _each_runs_one_way(keys) and tuple(names) not in found:
                found.append(tuple(names))  # (a group of one column reads alike either way: once)
    return found[0] if len(found) == 1 else None


def _each_runs_one_way(groups: list[list[tuple[int, int, int]]]) -> bool:
    """Whether every group's dates run one way, the same way in all groups, none twice: as a header's groups
    of columns print their periods (newest first, or oldest first)."""
    ways = set()
    for group in groups:
        for earlier, later in itertools.pairwise(group):
            if earlier == later:
                return False
            ways.add(earlier > later)
    return len(ways) <= 1


def _dates_by_year(dates: list[str], month_days: list[str], years: list[str]) -> dict[str, str] | None:
    """Each year's whole date where a caption names one date a year ("For the periods ended September 30,
    2023 and October 1, 2022" over "Third Quarter   Nine Months" and "2023 2022 2023 2022"): every column
    of a year ends on that year's date, whichever group it stands in (round 467: shared out group by group,
    the year-ago quarter had been dated a year after its end). None unless the text prints no other day."""
    named = {found.group(): date for date in dates if (found := YEAR_IN_TEXT.search(date)) is not None}
    if not 1 < len(dates) < len(years) or len(named) != len(dates) or len(month_days) != len(dates):
        return None
    if set(years) <= set(named):
        return named
    # a fiscal year ending early in the next calendar year ("periods ended January 2, 2005 and December 28,
    # 2003" over "2004   2003": round 673)
    return _ends_by_year(years, dates, any_month=False)


def _share(parts: list[str], width: int, index: int) -> str:
    """The part that names column `index` when len(parts) parts are spread evenly over `width` columns."""
    if not parts or width % len(parts):
        return ""
    return parts[index // (width // len(parts))]


def lengths_named(text: str) -> set[int]:
    """The lengths in months a header's words name as phrases of their own ("Year Ended", "Three Months
    Ended"); the first of two counted out together ("Three and Nine Months Ended") is none of them."""
    return {months for m in _DURATION_PHRASE.finditer(text) if not starts_a_pair(text, m.start())
            and (months := read_header(m.group()).months) is not None}


def lengths_on_lines_of_their_own(lines: Sequence[str]) -> bool:
    """Whether the header prints each of two lengths or more on a line of its own, every such line set at one
    margin: lynx flattening a Donnelley table prints "Year Ended September 30," on the line over "Three Months
    Ended" / "September 30," when the year's group sits a row higher, whichever group stands first. The lines'
    order is then the header rows', not the columns', and only the figures can say which group is which
    (round 674)."""
    named = [(len(line) - len(line.lstrip()), phrases) for line in lines
             if (phrases := [m for m in _DURATION_PHRASE.finditer(line) if not starts_a_pair(line, m.start())])]
    if len(named) < 2 or any(len(phrases) != 1 or margin != named[0][0] for margin, phrases in named):
        return False
    return len({read_header(phrases[0].group()).months for _, phrases in named} - {None}) > 1
