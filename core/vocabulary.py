"""The words releases use, as data: statement titles, units, period phrases and line-item concepts.

Each concept lists regular expressions tried against a normalised label (lower case, punctuation dropped,
spaces folded). Order matters and is the whole logic: the first concept whose pattern matches wins, so
specific phrasings ("total operating expenses") come before general ones ("operating expenses").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from core.fast_regex import search_holding, starting_fast, word_alternation
from core.model import StatementKind, ValueKind

MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# A year as releases print it (1995-2099 in practice): the one pattern every module builds on.
YEAR_RE: Final = r"(?:19|20)\d{2}"
# Month names and number words as trees of shared prefixes (core.fast_regex): patterns throughout the reader
# try them at every position of every header and sentence.
MONTH_RE: Final = word_alternation(sorted(MONTHS, key=len, reverse=True))
# A line ending on a month's name, its day wrapped to the next line ("Twelve Months Ended December" / "31")
ENDS_ON_A_MONTH: Final = re.compile(rf"\b(?:{MONTH_RE})\.?\s*$", re.IGNORECASE)
# A date's day and year opening a line, its month ending the line above ("... shares outstanding at March" /
# "29, 2020 and December 29, 2019, respectively"): the label's date carried on, never a row's name.
DAY_AND_YEAR_FIRST: Final = re.compile(rf"^\d{{1,2}},?\s+{YEAR_RE}\b")
# A whole date opening a line ("March 29, 2020 and December 29, 2019, respectively" under "... shares
# outstanding at"): under a label cut at a connecting word, that label's date carried on.
DATE_FIRST: Final = re.compile(rf"^(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+{YEAR_RE}\b", re.IGNORECASE)
# A quotation closed after a sentence's stop ("... guidance for the year.\""), in a pattern's text
CLOSING_QUOTE: Final = r"[\"\u201d\u2019']?"
# Where a month name may start: at a word's start, or glued to the "Ended" before it, as a conversion to
# text joins a header's cells ("Nine Months EndedSeptember 30,").
MONTH_START: Final = r"(?:\b|(?<=ended)|(?<=ending))"

# A row's name closing on a month and its year one space after it, no day ("Senior notes, due in March 2027",
# "Convertible notes, matures in April 2028"): a date in the name's own words, where a column's heading would
# stand apart from its year or name a period ("Three months ended"). core.tables.find reads such a line among a
# table's rows as a sub-heading, never a header of years.
NAME_ENDS_ON_A_MONTH_AND_YEAR: Final = re.compile(rf"\b(?:{MONTH_RE})\.? (?:19|20)\d{{2}}$", re.IGNORECASE)
# A label that stops at a month's day ("... outstanding as of December 31,"): the year that follows,
# on the line or the next, ends its date.
MONTH_DAY_END: Final = re.compile(rf"\b(?:{MONTH_RE})\.?\s+\d{{1,2}},$", re.IGNORECASE)
# The words right before "cash" that make it one of several holdings a sentence sums ("cash, cash
# equivalents, marketable securities and restricted cash totaled $117.6 million": round 655), or a holding of
# its own ("restricted cash was $1.5 million"): no figure of the cash and cash equivalents line.
HOLDINGS_BEFORE_CASH: Final = re.compile(
    r"(?:\b(?:restricted|segregated|pledged|escrowed)|\b(?:cash|equivalents|securities|investments|deposits)"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))\s*$", re.IGNORECASE)
# A share class's count on a date, the end of a wrapped label ("none at December 31,", "issued and outstanding
# as of June 30,", "5,000 shares outstanding at"): the words before the date say how many shares stand, which
# a column's header never does (round 655: lynx's centred last line of a preferred stock's label had been read
# as the header of a new table, re-dating the balance sheet's figures under it).
SHARES_STANDING_ON_A_DATE: Final = re.compile(
    rf"\b(?:none|nil|issued|outstanding|authori[sz]ed|shares)\b[^()]*?\b(?:at|as\s+of|on)\s+(?:{MONTH_RE})\b",
    re.IGNORECASE)
# The word that pairs a label's dates with the row's figures, one to a column ("... shares issued and outstanding
# at September 30, 2016 and 2015, respectively   18   14"): a row's label says it, a column's header never does
# (round 687: the last line of a wrapped stock label, its figures small enough for days, had been read as a
# header's dates, the row lost and the rows under it re-dated).
RESPECTIVELY: Final = re.compile(r"\brespectively\b", re.IGNORECASE)
# A share class's terms as a balance sheet's stock line states them ("Common stock, $0.01 par value; 40,000,000
# shares authorized; 14,903,117 and 14,688,402" / "shares issued and outstanding", "no par value", "liquidation
# preference"): its figures are the class's par value and counts, a row's label, never a column's header
# (round 682: a PDF's text set the row's figures under that line, its label's last words under them).
SHARE_CLASS_TERMS: Final = re.compile(
    r"\bpar\s+value\b|\bno\s+par\b|\bstated\s+value\b|\bliquidation\s+(?:preference|value)\b"
    r"|\bshares\s+(?:authori[sz]ed|issued|outstanding)\b", re.IGNORECASE)
# A line of a label opening with a count of shares ("3,000,000 shares; outstanding 1,604,112" under "Common
# stock, $1 par value - authorized"): a class's terms carried on from the line above, never a line's own name
# (round 690: the stock's first line had been taken for a heading, the row for a count of 1,604 thousand shares).
SHARES_COUNTED_FIRST: Final = re.compile(
    r"^[\d,]*\d\s+(?:(?:common|preferred|ordinary|capital|class\s+\w)\s+)?shares\b", re.IGNORECASE)
# A date as a spreadsheet prints it, day and month abbreviated ("31-Dec", "30-Sep-24"): the column headers
# of tables pasted from one ("September 30, / 31-Dec / 2024 / 2023").
_DAY_MONTH: Final = re.compile(r"\b(\d{1,2})-(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:-(\d{2}|\d{4}))?\b",
                               re.IGNORECASE)
# ... and a month with its year ("Jun-01", "Dec-2000": a spreadsheet's "mmm-yy"), never a day ("01" is the year).
_MONTH_YEAR: Final = re.compile(r"(?<![\w-])(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)-(\d{2}|\d{4})(?![\w-])",
                                re.IGNORECASE)
_MONTH_NAMES_IN_FULL: Final = ("January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December")


def spelled_day_month(text: str) -> str:
    """"31-Dec" as "December 31,", "30-Sep-24" as "September 30, 2024", "Jun-01" as "June 2001", "1 October 2011"
    as "October 1, 2011": as the header readers know dates."""
    def spelled(match: re.Match[str]) -> str:
        day, month, year = match.groups()
        if not 1 <= int(day) <= 31:
            return match.group()
        name = _MONTH_NAMES_IN_FULL[MONTHS[month.lower()] - 1]
        if year is None:
            return f"{name} {int(day)},"
        return f"{name} {int(day)}, {full_year(year)}"

    def month_and_year(match: re.Match[str]) -> str:
        month, year = match.groups()
        return f"{_MONTH_NAMES_IN_FULL[MONTHS[month.lower()] - 1]} {full_year(year)}"

    def day_first(match: re.Match[str]) -> str:
        day, month, year = match.groups()
        name = _MONTH_NAMES_IN_FULL[MONTHS[month.lower().rstrip(".")] - 1]
        return f"{name} {int(day)}, {year}" if 1 <= int(day) <= 31 else match.group()
    if "-" in text:
        text = _MONTH_YEAR.sub(month_and_year, _DAY_MONTH.sub(spelled, text))
    return _DAY_FIRST.sub(day_first, text) if _DAY_FIRST_HINT.search(text) else text


# A date written day first, as most of the world writes it ("1 October 2011", "31 Dec. 2009", "2nd October
# 2010"): its day is the period's end, not the month's last.
_DAY_FIRST_HINT: Final = re.compile(r"\d(?:st|nd|rd|th)?\s+[A-Za-z]")
_DAY_FIRST: Final = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?,?\s+({YEAR_RE})\b", re.IGNORECASE)


def full_year(year: str) -> str:
    """"24" as 2024 and "98" as 1998, as the header reader takes a two-digit year."""
    return year if len(year) == 4 else str((2000 if int(year) < 50 else 1900) + int(year))


NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17,
    "twenty-four": 24, "twenty four": 24, "twenty-eight": 28, "twenty eight": 28, "forty": 40,
    "twenty-six": 26, "twenty six": 26, "thirty-nine": 39, "thirty nine": 39, "thirty-six": 36, "thirty six": 36,
    # a half year or nine months that holds a 14- or 17-week quarter (a 53-week year's, a 16-12-12-12 calendar's)
    "twenty-seven": 27, "twenty seven": 27, "twenty-nine": 29, "twenty nine": 29, "forty-one": 41, "forty one": 41,
    "fifty-two": 52, "fifty two": 52, "fifty-three": 53, "fifty three": 53,
}  # fmt: skip

# Weeks are how retailers count; DESIGN.md maps them onto the months a reader compares them with.
WEEKS_TO_MONTHS: Final[dict[int, int]] = {12: 3, 13: 3, 14: 3, 16: 3, 17: 3, 24: 6, 26: 6, 27: 6, 28: 6, 29: 6,
                                          36: 9, 39: 9, 40: 9, 41: 9, 52: 12, 53: 12}  # fmt: skip

# A period a week longer than its kind, up to the "ended" before its end: "the fourteen-week fourth quarter and
# fifty-three-week fiscal year ended January 2, 2024", "the 53-week year ended". The same period a year
# before ended 53 weeks earlier, not on the weekday nearest the anniversary (core.statements.columns).
LONG_PERIOD_ENDED: Final = re.compile(
    r"\b(?:fifty[\s-]three|53|fourteen|14)[\s-]+weeks?\b[^.;]{0,80}?\bended\s+", re.IGNORECASE)
# ... or a fiscal year said to be one ("Fiscal 2006 was a 53-week year"), whose end the story states elsewhere
LONG_FISCAL_YEAR: Final = re.compile(
    r"\bfiscal\s+(?:year\s+)?(?P<year>(?:19|20)\d{2})\s+(?:was|is|will\s+be|included|includes|contained|"
    r"contains|had|has)\s+(?:a\s+|an\s+extra\s+week\W+a\s+)?(?:53|fifty[\s-]three)[\s-]+weeks?\b", re.IGNORECASE)


def long_period_ended(text: str) -> re.Match[str] | None:
    """LONG_PERIOD_ENDED's search, answered at once for an ASCII text without "week", which every match
    holds: asked of a release's opening text, where most releases name no week (issue 12)."""
    return search_holding(LONG_PERIOD_ENDED, ("week",), text)


def long_fiscal_year(text: str) -> re.Match[str] | None:
    """LONG_FISCAL_YEAR's search, answered at once as `long_period_ended`'s is."""
    return search_holding(LONG_FISCAL_YEAR, ("week",), text)

# A table's title counting each column as the year to it ("FREE CASH FLOW - TRAILING 4-QUARTERS", "Trailing
# Twelve Months", "Last Twelve Months", "Rolling Four Quarters", "TTM"): columns named as quarters ("Q1 | Q2")
# are then the four quarters to each quarter's end, not the quarter (core.statements.build).
TRAILING_YEAR: Final = re.compile(
    r"\b(?:trailing|rolling|last)[\s-]+(?:(?:twelve|12)[\s-]+months?|(?:four|4)[\s-]+(?:fiscal\s+)?quarters?)\b"
    r"|\b[tl]tm\b", re.IGNORECASE)

ORDINAL_QUARTERS: Final[dict[str, int]] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
ORDINAL_WORD_RE: Final = "first|second|third|fourth"
# Words of praise or direction a release puts before the earnings it reports ("Southern Company also reported
# solid fourth quarter earnings of $188.4 million", UI-62): they qualify no measure, so the earnings are still
# the net result. Words that name another measure ("adjusted", "operating", "core", "pro forma") are not here.
REPORTED_EARNINGS_ADJECTIVES: Final = (
    "solid|strong|stronger|record|robust|higher|lower|improved|increased|decreased|reduced|weaker|healthy|modest")

# A comparison's words before a period the narrative names ("compared with $3,918,455 for the second quarter of
# fiscal 1996", "from $381.2 million in the third quarter of fiscal 2005"), in the same sentence and this near:
# the period named is the one compared with, not the one reported.
COMPARISON_REACH: Final = 80
COMPARED_WORDS: Final = re.compile(r"\b(?:compared|comparison|versus|vs\.?|against|from)\b", re.IGNORECASE)
# The word a column's header opens with to name the period compared with ("Q3 2026 | vs. Q3 2025", "2026 YTD |
# versus 2025 YTD"): the period is the header's rest.
COMPARED_COLUMN_LEAD: Final = re.compile(r"^(?:vs\.?|versus|compared\s+(?:to|with))\s+", re.IGNORECASE)

# A release's own names for its result a share, as its narrative states it ("Diluted EPS: $0.71", "GAAP diluted
# E.P.S. loss of $0.16", "diluted earnings per share (\"EPS\") was $0.71"), after the basis each names (UI-56: a
# highlights line and dotted initials had left diluted EPS "not checked").
EPS_NAME_RE: Final = (r"(?:E\.\s?P\.\s?S\.?|EPS\b"
                      r"|(?:net\s+)?(?:earnings|income)(?:\s+\(loss\))?\s+per\s+(?:common\s+)?share"
                      r"|net\s+loss\s+per\s+(?:common\s+)?share)")
# What stands between such a name and its figure: a highlights line's colon or a verb of being. ("Diluted EPS of
# $0.98" is no statement: a headline's words run into the dateline's period, and an outlook's "expects diluted
# earnings per share of $2.10 to $2.20" is none either.)
EPS_STATED_AS_RE: Final = r"(?::|\s+(?:was|were|is|totaled|totalled|came\s+in\s+at|amounted\s+to))"
# The words that sign such a figure: "loss of $0.16", "versus income of $0.76".
EPS_SIGN_WORDS_RE: Final = r"(?:a\s+)?(?P<{name}>loss|income|earnings|profit)\s+of"

# The marks a release sets before each of its highlights ("• Revenue: $611 million, up 22% from the first quarter
# of 2019" / "• Diluted EPS: $0.71, ..."): run together with no stop between, each item is a clause of its own.
HIGHLIGHT_BULLETS: Final = "•▪◦●■·"

# A part the figure before includes, stated with its own amount ("net income was $559.2 million, or $1.36 per
# diluted share, including a $38.4 million non-cash impairment of radio licenses in the second quarter",
# "The net loss for the period of $765,000 includes a $620,000 charge, recorded in the first quarter"): a
# period named after it dates the part, not the figure (round 659).
INCLUDED_PART: Final = re.compile(
    r"\b(?:including|includes|included|which\s+included|reflecting|reflects)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:a\s+|an\s+|the\s+)?\$\s?\(?\d", re.IGNORECASE)


def is_compared(text: str, at: int) -> bool:
    """Whether the period named at `at` in `text` is a comparison's (its sentence's words just before it)."""
    before = text[max(0, at - COMPARISON_REACH) : at].rsplit(". ", 1)[-1]
    return COMPARED_WORDS.search(before) is not None
# What stands before a telephone number printed as digit groups ("For Investors: Sandy Coombs +1 781 609
# 6377", "Tel. 617 555 1234"): a dialling prefix or the word for a telephone; its digits are no figures.
PHONE_LEAD: Final = re.compile(
    r"(?:(?<![\w+])\+\d{1,3}|\b(?:tel|telephone|phone|fax|mobile)\b\.?:?)$", re.IGNORECASE)
# Words no sentence ends on: a line of prose ending on one was cut by the page's width and runs on below
# ("... driven by" / "Office 365 Commercial ...", "... includes $15M of" / "Fuller Mexico ...").
UNFINISHED_END: Final = (
    "a", "an", "the", "and", "or", "nor", "of", "to", "for", "in", "on", "at", "by", "with", "from", "per",
    "as", "than", "versus", "including", "excluding",
)
# A headline's verb never ends it: what it reports is on the next line ("WEXFORD PLAINS FINANCIAL
# CORPORATION REPORTS" / "FOURTH QUARTER AND FULL YEAR 2008 RESULTS", "... Financial Results and Provides" /
# "Corporate Update": rounds 262-263, shown cut at the verb).
HEADLINE_VERBS: Final = frozenset({"reports", "report", "announces", "announce", "provides", "provide", "posts",
                                   "declares", "raises", "issues", "delivers", "achieves", "reaffirms", "completes"})
# The form lines of an 8-K's (or 6-K's) cover, over the release a whole submission carries in its body: "Date of
# Report (Date of earliest event reported): July 21, 1997", "Commission File Number", "(Exact name of registrant
# as specified in its charter)". They are the form's words, never a headline, though they say "report" (round 702:
# a 1997 submission's headline had been read as its "Date of Report" line).
FORM_COVER_LINE: Final = re.compile(
    r"\bdate\s+of\s+(?:report|earliest\s+event)|\bcurrent\s+report\b|\bpursuant\s+to\s+section\s+13\b"
    r"|\bcommission\s+file\s+(?:number|no\b)|\bexact\s+name\s+of\s+registrant|\bregistrant['\u2019]s\s+telephone"
    r"|\bstate\s+or\s+other\s+jurisdiction\b|\bemployer\s+identification\b|\baddress\s+of\s+principal\s+executive",
    re.IGNORECASE)
# An item heading of the 8-K form ("Item 2.02  Results of Operations and Financial Condition.", "ITEM 9.01.
# FINANCIAL STATEMENTS AND EXHIBITS"): the form's words, never a release's headline though it says "results"; a
# release set in the form's body has its headline under the heading's own paragraph (round 727's probe i).
FORM_ITEM_HEADING: Final = re.compile(r"^\W*item\s+\d{1,2}\.\d{2}\b", re.IGNORECASE)
# The over-the-counter markets a company's shares are quoted on, named as its exchange beside its ticker
# ("(OTCQX Best Market: PFBX)", "(OTCQB:INFT)") or in a sentence ("trades are reported through the OTC Markets
# Group's Pink Market under the symbol "FMFG""): round 707's banks had shown no ticker.
OTC_MARKETS: Final = (
    r"OTCQX(?:\s+Best\s+Market)?|OTCQB(?:\s+Venture\s+Market)?|OTC\s+Pink(?:\s+Open)?(?:\s+Market(?:place)?)?"
    r"|OTC\s+Markets(?:\s+Group)?(?:['\u2019]s)?(?:\s+(?:OTCQX|OTCQB|Pink)(?:\s+(?:Best|Venture|Open))?"
    r"(?:\s+Market(?:place)?)?)?|OTC\s+Bulletin\s+Board|Pink\s+Sheets")
# The words that give the symbol a company's shares trade under, after the market they trade on: "listed on
# the OTCQX Best Market under the symbol PFBX", "quoted on the NASDAQ Capital Market under the ticker symbol
# "ABCD"". (`narrative.metadata` puts the markets between.)
LISTED_ON: Final = r"\b(?:listed|traded|quoted|reported|trades?)\s+(?:on|through)\s+(?:the\s+)?"
UNDER_THE_SYMBOL: Final = r"\s+under\s+the\s+(?:ticker\s+|trading\s+|stock\s+)?symbol\s+"
# A security other than the company's common shares or units, whose symbol is no ticker of the company's.
OTHER_SECURITY: Final = re.compile(r"\b(?:preferred|warrants?|notes|debentures)\b", re.IGNORECASE)
# A part of a year named by its number, with the year and no date: "Q3 2013", "3Q13", "Q3'13", "Third
# Quarter 2013", "2nd Qtr 2020", "H1 2017", "1H17", "First Half 2017", "9M 2013", "FY2014", "Full Year 2014".
# Its end is a month of that year only where the year is the calendar's (core.statements.columns asks the
# release).
YEAR_PART: Final = re.compile(
    r"""\b(?:q(?P<q>[1-4])|(?P<q2>[1-4])q
           |(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?(?:quarter|qtr\b\.?)
           |h(?P<h>[12])|(?P<h2>[12])h|(?P<hw>first|second)\s+half
           |(?P<m>3|6|9|12)m
           |(?P<fy>fy|full[\s-]+year|fiscal\s+year))
        \s*(?:'|\u2019|-)?\s*(?P<year>(?:19|20)\d{2}|\d{2})?\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A spanning "Quarter" over the ordinals of its columns ("Fiscal 1997 Quarter" over "First   Second"), read down
# each column as "Fiscal 1997 Quarter First": the quarter the ordinal after the word numbers (round 686: read as
# no quarter, the eight columns had each borrowed the release's own date, their year's only). The spanning words
# are as often plural or say the quarters ended: "2006 Quarters", "Fiscal 2006 Quarters Ended", "2006 Quarter
# Ended" over "First  Second  Third  Fourth" (round 737: unread, the first quarter had been printed as the fourth).
QUARTER_OVER_ITS_ORDINAL: Final = re.compile(
    r"\bquarters?(?:\s+end(?:ed|ing))?\s+(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\b", re.IGNORECASE)
# A fiscal year named with its year, in four digits or two: "Fiscal 2004", "Fiscal Year 2004", "FY04", "FY '04"
# (the year its group): read whole, a column's own fiscal year (core.tables.headers, round 625) and the label of its
# only year (core.statements.columns, round 461).
FISCAL_YEAR_NAMED: Final = re.compile(r"\b(?:fiscal(?:\s+year)?\s*|fy\s*)['\u2019]?((?:19|20)\d\d|\d\d)\b",
                                      re.IGNORECASE)
# A fiscal year's name with its year clipped to two digits ("FY18", "FY '18"): that year, in four digits as
# full_year reads it; the label a caption's dates go to, newest to newest, as a column's four-digit year is
# (round 625: "Q4 FY18 | Q4 FY17 | FY18 | FY17" under "Three Months and Fiscal Years Ended January 31, 2018 and
# 2017" had had the caption as printed over every column, and the years' columns were lost).
FISCAL_YEAR_CLIPPED: Final = re.compile(r"\bfy\s*['\u2019]?(\d{2})(?![\d,.%])", re.IGNORECASE)
# A part of a fiscal year named by that fiscal year ("Q2 FY07", "1H FY2007", "4Q FY08", "9M FY12", "YTD FY19",
# "FY2014 Q4"): the name is the year's, not the calendar year the part ends in.
FISCAL_YEAR_PART: Final = re.compile(
    r"\b(?:(?P<part>q[1-4]|[1-4]q|h[12]|[12]h|[369]m|ytd)\s+fy\s*['\u2019]?(?P<year>\d{4}|\d{2})"
    r"|fy\s*['\u2019]?(?P<year2>\d{4}|\d{2})\s+(?P<part2>q[1-4]|[1-4]q|h[12]|[369]m|ytd))\b", re.IGNORECASE)
# A year to date named by its year clipped to two digits ("YTD 07", "YTD07", "YTD '07"), as the column heads of a
# release print it beside "Three Months 2007": the "YTD" makes the two digits a year, never a figure (round 625:
# "YTD 07" had been read as naming no year, and taken its left neighbour's 2006). Not a count of months after it
# ("YTD 12 months") nor a month's day ("YTD 12/31").
YEAR_TO_DATE_CLIPPED: Final = re.compile(
    r"\b(?P<ytd>ytd)\s*['\u2019]?(?P<year>\d{2})(?![\d,.%/])(?!\s*(?:months?|mos\b|weeks?|wks\b))", re.IGNORECASE)
# ... and a quarter or half of a year so named ("3Q07", "Q3 07", "1H07"): read as the part first, then its year
# ("Q3 2007"), as YEAR_PART reads them (round 625: "3Q07 | 3Q06" under a title dating both years had named no
# length and no year of their own).
PART_CLIPPED: Final = re.compile(
    r"\b(?:q(?P<q>[1-4])|(?P<q2>[1-4])q|h(?P<h>[12])|(?P<h2>[12])h)\s*['\u2019]?(?P<year>\d{2})(?![\d,.%/])"
    r"(?!\s*(?:months?|mos\b|weeks?|wks\b))", re.IGNORECASE)
# A year clipped to two digits as a cell of a header's line of years ("07" beside "2007   2006"): read as a year
# only beside the four-digit year it clips (core.tables.lines, core.tables.headers; round 625).
CLIPPED_YEAR_CELL: Final = re.compile(r"\d{2}")
# Number words of period lengths ("three months", "thirteen weeks"), longest first for regex alternation.
NUMBER_WORD_RE: Final = word_alternation(sorted(NUMBER_WORDS, key=len, reverse=True))
# The words a period's length may open with in a caption or a column's head ("For the Three Months Ended").
PERIOD_LEAD_RE: Final = r"for\s+the\s+"
# The period a result line names after "for the" ("Profit for the period", "Net income for the quarter", "Profit
# for the financial year"), and the parts of a year a half-year or interim report names so ("Profit for the
# half-year", "... for the six months", "... for the first half"; round 729: an Australian half-year's "Profit for
# the half-year" had been read as no net income, and its tax's sign left unsettled).
RESULTS_PERIOD_RE: Final = (r"(?:period|quarter|(?:financial\s+)?year|half[\s-]+year"
                            r"|(?:first|second)\s+half(?:[\s-]+year)?|(?:three|six|nine|twelve)\s+months)")
# The tax a net result is stated after, as Australian and British releases word their whole result ("Profit after
# income tax for the half-year", "Profit after income tax expense for the half-year", "Profit after tax for the
# period", "Net profit after tax"): the result before it is shared out between the owners of the parent and
# the noncontrolling interests, as "Profit for the period" is (round 729 had left it unread, its tax unsettled).
AFTER_TAX_RE: Final = r"(?:\s+after\s+(?:income\s+)?tax(?:ation|es)?(?:\s+(?:expense|charge))?)"
MONTH_DAY_RE: Final = rf"(?:{MONTH_RE})\.?\s+\d{{1,2}}"
# The word ending a duration's words before the day it ends on: "ended", "ending", or the British "to" ("Year to
# 31 December 2007", "Six months to June 30"), read as "to" only where a month's day follows it (a day first is
# turned month first by spelled_day_month), so "up to", "compared to" and a range's "from ... to" are no end.
TO_A_DAY_RE: Final = rf"to(?=\s+(?:{MONTH_DAY_RE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})\b)"
DURATION_END_WORD_RE: Final = rf"(?:end(?:ed|ing)|{TO_A_DAY_RE})"
# A duration up to the day that follows it, as a caption or a header line prints it: "Three months ended",
# "For the quarter ended", "Years Ending", "Year to"; and a month's day without its year: "September 30".
DURATION_ENDED_RE: Final = (rf"(?:{PERIOD_LEAD_RE})?(?:(?:{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+(?:months|weeks)|quarter|"
                            rf"(?:fiscal\s+|financial\s+)?years?)\s+{DURATION_END_WORD_RE}\s+")
# A year ended on the day after its words, as a column's head prints it: "Year ended", "Years End", "Financial
# year to" before "December 31, 2007" (round 729: a UK interim's "Year to 31 December 2007" beside "Six months to
# 30 June 2008" had been read as naming no length, and taken its neighbours' six months).
YEAR_ENDED: Final = re.compile(rf"\byears?\s+(?:end|{TO_A_DAY_RE})", re.IGNORECASE)
# A month run into the next column group's period words one space after it, its day wrapped to the line under
# it: "Three Months Ended December Year Ended December 31," over "31," (w3m at 80 columns), "Three Months Ended
# June Six Months Ended June" over "30,   30," (pdftotext -layout): two groups' headers, the first wanting its day.
MONTH_BEFORE_A_PERIOD: Final = re.compile(rf"\b(?:{MONTH_RE})\.?(?= {DURATION_ENDED_RE})", re.IGNORECASE)
# Words saying on which day the company's fiscal year ends, the day right after them: "our fiscal year ends
# December 31", "a fiscal year-end of September 30", "the fiscal year ended June 30, 2007". A column headed
# "Year to Date" counts its months from that day (round 600).
FISCAL_YEAR_ENDS: Final = starting_fast(
    r"\bfiscal[\s-]+year[\s-]*(?:end(?:s|ed|ing)?|closes|closed)\s+(?:is\s+|was\s+|of\s+|on\s+)?"
    rf"(?=(?:{MONTH_DAY_RE})\b)", re.IGNORECASE)

STATEMENT_TITLES: Final[tuple[tuple[StatementKind, re.Pattern[str]], ...]] = (
    ("cash_flow", re.compile(r"\bcash\s+flows?\b", re.I)),
    ("balance", re.compile(r"balance\s+sheets?|statements?\s+of\s+(?:financial\s+)?(?:condition|position)"
                           r"|financial\s+condition|financial\s+position"
                           r"|statements?\s+of\s+(?:assets\s+and\s+liabilities|net\s+assets)", re.I)),  # a fund's
    ("operations", re.compile(r"statements?\s+of\s+(?:consolidated\s+)?(?:net\s+)?(?:operations|income|earnings|"
                              r"(?:comprehensive\s+)?(?:loss|income)|results)|income\s+statements?"
                              r"|results\s+of\s+operations|operating\s+results|statements?\s+of\s+operations"
                              r"|statements?\s+of\s+financial\s+performance"  # Australia's, before IFRS
                              r"|^\s*consolidated\s+(?:income|earnings|operations)\s*$",
                              re.I)),
)  # fmt: skip
# Every statement title in one pattern (each one's alternatives side by side, the same flags): whether a line
# names any statement is one search, not one a kind, asked of most lines near a table, several times (issue 12).
ANY_STATEMENT_TITLE: Final = starting_fast(
    "|".join(f"(?:{pattern.pattern})" for _, pattern in STATEMENT_TITLES), re.IGNORECASE)


def names_a_statement(line: str) -> bool:
    """Whether any of STATEMENT_TITLES is found in the line."""
    return ANY_STATEMENT_TITLE.search(line) is not None


# A statement's title and nothing else ("CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)", "... OF NET
# INCOME": round 512), not a
# table about one ("Adjusted EBITDA and Cash Flows from Operations", "Segment Cash Flow Information")
A_STATEMENTS_OWN_TITLE: Final = re.compile(
    r"\s*(?:(?:condensed|consolidated|interim|unaudited)\s+)*(?:balance\s+sheets?|statements?\s+of\s+"
    r"(?:consolidated\s+)?(?:(?:net\s+)?(?:operations|income|earnings)|(?:comprehensive\s+)?(?:income|loss)|cash\s+flows?"
    r"|financial\s+(?:condition|position))(?:\s+and\s+comprehensive\s+(?:income|loss))?)"
    r"\s*(?:\([^()]*\)\s*)*$", re.IGNORECASE)
# A statement's own title, alone or after the company's name on the same line ("Tidewater Looms, Inc. Condensed
# Consolidated Statements of Operations (in thousands) (unaudited)"): the table's title, whatever line above
# it names a statement too (a note of the table before naming "Free Cash Flow": round 715).
def a_statements_own_title(line: str) -> bool:
    if A_STATEMENTS_OWN_TITLE.match(line):
        return True
    return any(A_STATEMENTS_OWN_TITLE.match(line, word.start()) and COMPANY_NAME_LINE.match(line[:word.start()])
               for word in _A_WORD_AFTER_A_SPACE.finditer(line))


_A_WORD_AFTER_A_SPACE: Final = re.compile(r"(?<=\s)(?=[A-Za-z])")


# A statement's own title alone, its short name too ("Income Statement", "Consolidated Income Statements
# (Unaudited)"): the line a section's banner stands over where the banner is no title of the table
# (SECTION_BANNER). A line naming a statement among other words ("eOne - FY2019 RESULTS OF OPERATIONS", an
# acquired business's) leaves the banner the table's title.
def a_statements_name_alone(line: str) -> bool:
    return A_STATEMENTS_OWN_TITLE.match(line) is not None or _INCOME_STATEMENT_ALONE.match(line) is not None


_INCOME_STATEMENT_ALONE: Final = re.compile(
    r"\s*(?:(?:condensed|consolidated|interim|unaudited)\s+)*income\s+statements?\s*(?:\([^()]*\)\s*)*$",
    re.IGNORECASE)
# A statement's own title, once a word saying which version of it opens it ("PRO FORMA CONDENSED CONSOLIDATED
# STATEMENTS OF OPERATIONS", "SUPPLEMENTAL ...", "ADJUSTED ...", "NON-GAAP ...", round 663): read as another
# table, it is still a statement set aside whole, which a release left without one is told of (stages)
STATEMENT_VERSION_WORDS: Final = re.compile(
    r"\s*(?:pro[\s-]+forma|supplemental|supplementary|as\s+adjusted|adjusted|non-?gaap)\s+", re.IGNORECASE)
# An insurer's total of its costs, named by listing them: its own cost words (benefits, losses, claims, loss
# adjustment, settlement, policyholder, underwriting, acquisition, with "operating" and "other") joined by commas
# and "and", ending in "expenses" ("Total benefits and other expenses", "Total losses, benefits and expenses",
# "Total losses and loss expenses", "Total policyholder benefits and expenses"; round 734: no concept had been
# given to a life insurer's). Matched on the normalised label (commas dropped); at least one word must be an
# insurer's and the words must be joined by "and", so that "Total other expenses" or "Total underwriting
# expenses" (a part of the costs, or other income and expense) stays out. Where such a line totals only part of
# the costs, the arithmetic decides (`concepts._total_of_part_of_the_expenses`, the checks' footing).
_INSURER_COST_WORD = (r"(?:benefits?|loss(?:es)?|claims?|adjustment|settlement|policyholders?|underwriting|acquisition"
                      r"|operating|other|expenses)")
INSURER_EXPENSE_TOTAL: Final = (
    r"^total\s+(?=(?:\S+\s+)*?(?:benefits?|loss(?:es)?|claims?|settlement|policyholders?|underwriting|acquisition)\s)"
    r"(?=(?:\S+\s+)+and\s)"
    rf"(?:{_INSURER_COST_WORD}\s+(?:and\s+)?)+expenses$")
# A pre-tax line naming something else it comes before, beside the tax ("Income before income tax and realized
# investment gains (losses)", "Earnings before income taxes and realized gains", "Income before realized gains and
# income taxes"): it may leave out an item the statement adds after the tax, net of its own tax. Never an item that
# leaves the pre-tax income whole (`SEPARATELY_TAXED_EXEMPT`). In normalise_label's form.
PRETAX_BEFORE_MORE: Final = re.compile(
    r"\bbefore\s+(?:(?:provision\s+for\s+)?(?:income\s+)?tax(?:es|ation)?\s+and\s+\S"
    r"|(?:(?!\btax)\S+\s+){1,6}and\s+(?:provision\s+for\s+)?(?:income\s+)?tax(?:es|ation)?\b)")
# A line added after the tax, net of its own tax ("Realized investment gains (losses), net of income tax",
# "Realized gains, less applicable income taxes", "Realized investment gains, after tax"): a taxed item, the
# company's pre-tax income and tax left split between two places (core.statements.pretax_of_part).
NET_OF_ITS_TAX: Final = re.compile(r"\b(?:net\s+of|less|after)\s+(?:applicable\s+|related\s+)?(?:income\s+)?"
                                   r"tax(?:es|ation)?\b|\bafter[\s-]tax\b")
# Items printed net of tax after the pre-tax result that leave it the company's pre-tax income, as US GAAP
# presents them: discontinued operations, extraordinary items, accounting changes (APB 30, APB 20), and the
# equity method's and others' shares (the investee's tax is no tax of the company's).
SEPARATELY_TAXED_EXEMPT: Final = re.compile(
    r"\b(?:discontinued|extraordinary|cumulative|accounting|equity\s+in|equity\s+method|affiliates?"
    r"|unconsolidated|joint\s+ventures?|minority|non-?controlling)\b")
# A line of a business sold or closed ("Net loss from discontinued operations")
DISCONTINUED_OPERATIONS: Final = re.compile(r"\bdiscontinued\s+operations?\b", re.IGNORECASE)
# A one-off line of the net result that makes two periods unlike, printed as a line of its own (APB 20's cumulative
# effect of an accounting change, APB 30's extraordinary item): the line itself, never a subtotal before it ("Income
# before cumulative effect of change in accounting principle"). UI-61: Sears' ($839) million, ($3.86) a share.
ONE_OFF_ITEM: Final = re.compile(
    r"^\s*(?:the\s+)?(?:cumulative\s+effects?\s+of\s+(?:an?\s+|the\s+)?(?:accounting\s+)?changes?\s+in\s+accounting"
    r"|extraordinary\s+(?:items?|gains?|loss(?:es)?|charges?|credits?)\b)", re.IGNORECASE)
# A part of the revenue that is a derivative's or a hedge's change in value, no sale ("Commodity derivative fair
# value gains (losses)", "Gain (loss) on derivative instruments", "Hedging gains"): it can swing the total either
# way with no barrel sold (metrics._with_derivatives_said).
DERIVATIVE_GAINS: Final = re.compile(r"\bderivatives?\b|\bhedg(?:e|es|ing)\b", re.IGNORECASE)
# The words of a line that is an operating expense of the kind every release totals as such, no cost of revenue
OPERATING_EXPENSE_WORDS: Final = re.compile(
    r"research|development|general|administrative|selling|marketing|amortization|depreciation|impairment"
    r"|restructuring|in-process|acquired|compensation|litigation|acquisition|merger|severance|other\s+operating",
    re.IGNORECASE)

# A cost line that is a cost of sales, the cost of goods the company sold rather than of all its revenue ("Cost of
# sales, buying and occupancy", "Cost of goods sold", "Cost of products sold"), and a line of revenue that is sales
# ("Merchandise sales and services", "Sales of Machinery, Energy & Transportation"): where the revenue adds up
# one line of sales and revenue of another kind, such a cost is of the sales alone (metrics._sales_the_cost_is_of).
COST_OF_SALES_WORDS: Final = re.compile(r"\b(?:sales|(?:goods|products?|merchandise)\s+sold)\b", re.IGNORECASE)
SALES_WORD: Final = re.compile(r"\bsales\b", re.IGNORECASE)
# A cost of what the company sells printed as a line of its own beside the "cost of sales", not in it: the
# amortization of the programs, films or content it sells ("Program Production Cost Amortization", Hasbro's
# acquired studio in 2020), the cost of a second kind of revenue ("Cost of services" beside "Cost of products"),
# royalties owed on the products sold ("Product royalties"). A gross margin takes them off too
# (metrics._other_costs_of_revenue). Not a bare "Royalties" (a toy maker's licensors' share, or a biotech's
# royalty income) nor "Amortization of intangibles": no cost of revenue by their words alone. In normalise_label's form.
OTHER_COST_OF_REVENUE: Final = re.compile(
    r"^(?:(?:program(?:ming)?|film|content|production)\s+(?:production\s+)?(?:costs?\s+)?amortization"
    r"|amortization\s+of\s+(?:program(?:ming)?|film|content|production)\s+(?:production\s+)?(?:costs?|rights)"
    r"|costs?\s+of\s+(?:services?|service\s+revenues?|products?(?:\s+(?:revenues?|sales))?|licen[cs]es?"
    r"|licen[cs]e\s+revenues?|subscriptions?|subscription\s+revenues?|maintenance|hardware|software|rentals?"
    r"|rental\s+revenues?|leasing|contract\s+revenues?|other\s+revenues?|royalt(?:y|ies))"
    r"|product\s+royalt(?:y|ies)|royalty\s+(?:expenses?|costs?))\b")

# The grammar of a unit note. A scale is a word ("thousands", "Millions") or zeros ("000s", "$000",
# "(000's omitted)"); releases wrap it in many phrasings: "(in thousands)", "(Thousands of Dollars)",
# "($ Millions)", "$ in millions", "(millions, except per share data)", "Dollars in millions",
# "US$ in 000s", "amounts in thousands", "(In millions of U.S. Dollars)". tests/test_scale_words.py
# holds a table of real notes and what each means.
# The scale words in the plural, as unit notes print them.
# ... and India's: a lakh is a hundred thousand, a crore ten million ("Rs. in lakhs", "(INR in crores)")
_SCALE_PLURAL = "thousands|millions|billions|lakhs|crores"
# The zeros a note puts for its scale: "000" a thousand, "000,000" a million, "000,000,000" a billion.
_ZEROS = r"0{3}(?:,0{3}){0,2}"
_SCALE_WORD = rf"(?P<unit>thousands?|millions?|billions?|lakhs?|crores?|{_ZEROS}'?s|mm)"
# Titles that name a statement's words but head a table about it: a reconciliation, a measure of the
# company's own, a supplement. Such a table is classified by its lines, never by its title.
# A table of each line's share of revenue, titled or headed so: "SELECTED DATA AS A PERCENTAGE OF REVENUES",
# "% of revenues" centred over all its columns, "RESULTS OF OPERATIONS - PERCENT TO NET SALES", an MD&A's
# "the percentage relationship to net sales of certain items" (round 732). Its figures are percentages, never a
# statement's amounts; where the table prints amounts beside them, the amounts are the statement's
# (build.classify_table). tests/test_shares_of_revenue.py holds real wordings and some that are none.
SHARE_OF_REVENUE_TABLE: Final = re.compile(
    r"\bas\s+a\s+percent(?:age)?\s+of\b"
    r"|\bpercent(?:age)?s?(?:\s+relationships?)?\s+(?:of|to)\s+(?:total\s+|net\s+)?(?:revenues?|sales)\b"
    r"|^\s*%\s+of\s+(?:total\s+|net\s+)?(?:revenues?|sales)\s*$", re.IGNORECASE)
NOT_A_STATEMENT: Final = re.compile(
    # (a statement's title going on "and Supplementary Information" names the statement, round 375)
    r"free\s+cash\s+flow|reconcil|(?<!\band\s)supplement|adjusted|non-?\s*gaap|ebitda|impact\s+of|pro[\s-]*forma|segment"
    r"|effect\s+of\s+(?:the\s+)?restatement"
    # A measure of the company's own beside the GAAP statement: "... - EXCLUDING SPECIAL ITEMS", "EXCL.
    # SPECIAL ITEMS", "BEFORE SPECIAL CHARGES", "CASH EARNINGS", "CORE EARNINGS", "CONSTANT CURRENCY",
    # "NORMALIZED", "UNDERLYING", "COMPARABLE RESULTS"; any basis but the reported one: "COMPARABLE 52-WEEK
    # BASIS", "OPERATING BASIS", "MANAGED BASIS" (never "GAAP BASIS", "IFRS BASIS", "REPORTED BASIS").
    r"|excluding|\bexcl\b|before\s+(?:special|non-?\s*recurring|unusual|merger|restructuring|one-?\s*time)"
    r"|(?:cash|core|operating)\s+earnings|recurring\s+operations|constant[\s-]+currency"
    r"|\bnormali[sz]ed\b|\bunderlying\b|\bcomparable\b"
    r"|(?<!reported\s)(?<!gaap\s)(?<!gaap-)(?<!ifrs\s)(?<!historical\s)\bbasis\b(?!\s+of\b)"  # not "Basis of ..."
    # One entity's columns beside another's (guarantor and non-guarantor subsidiaries, eliminations), and
    # a bank's average balances over a quarter: about a statement, never the company's own.
    r"|consolidating|average\s+balance|parent\s+(?:company\s+)?only|outlook|guidance"
    rf"|{SHARE_OF_REVENUE_TABLE.pattern}",
    re.IGNORECASE,
)
# A word every NOT_A_STATEMENT match holds, lower-cased, one for each of its alternatives ("forma" for "pro
# forma", "earnings" for "cash earnings", "balance" for "average balance", "%" for "% of revenues"): an ASCII
# title line holding none is answered without the search, which costs 10-35 us a line (issue 12). An
# alternative added above needs its word here (tests/test_fast_paths.py compares on every fixture line).
_NOT_A_STATEMENT_WORDS = ("free", "reconcil", "supplement", "adjusted", "gaap", "ebitda", "impact", "forma",
                          "segment", "restatement", "excl", "before", "earnings", "recurring", "currency", "normali",
                          "underlying", "comparable", "basis", "consolidating", "balance", "parent", "outlook",
                          "guidance", "percent", "%")


# A section's banner over the tables under it, saying only that they are supplements ("Supplemental Tables",
# "SUPPLEMENTAL INFORMATION", "Supplemental Financial Tables:", "Supplementary Schedules (Unaudited)"): a
# heading of the release's parts, never a table's title. Over a line naming a statement it titles the section,
# and the statement is the one the nearer line names (build.classify_table, round 707); alone over a table it
# still sets the table aside. ("Supplemental Financial Statements" is none: the statements under it may be a
# supplement's own version of them.) tests/test_banners_and_ratio_columns.py holds
# real banners and titles that are none.
SECTION_BANNER: Final = re.compile(
    r"^\W*supplement(?:al|ary)\s+(?:(?:unaudited|consolidated|condensed|financial|quarterly)\s+)*"
    r"(?:information|info|tables?|data|schedules?|materials?)"
    r"\s*(?:\((?:unaudited|continued|cont'?d)\)\s*)?[:.]?\s*$", re.IGNORECASE)


def not_a_statement(text: str) -> re.Match[str] | None:
    """NOT_A_STATEMENT.search(text), without the search where no match can be."""
    return search_holding(NOT_A_STATEMENT, _NOT_A_STATEMENT_WORDS, text)
# A table's title or column head saying its figures are averages over the period, never balances at its end
# ("AVERAGE BALANCES, YIELDS, AND RATES - YEAR-TO-DATE", "Average Balance Sheet", "Average daily balances",
# "Average Balance | Interest | Yield/Rate", "Average Yields and Rates"): a bank's table of its interest margin,
# printed with the balance sheet's lines and totals but no balance sheet (classify_table, UI-53)
AVERAGE_FIGURES: Final = re.compile(
    r"\baverage\s+(?:(?:daily|weekly|monthly|quarterly|annual|consolidated|condensed)\s+)*balances?\b"
    r"|\baverage\b.*\b(?:yields?,?\s+(?:and|&)\s+(?:rates?|costs?)|rates?,?\s+(?:and|&)\s+yields?)\b",
    re.IGNORECASE)
# A consolidating statement (the parent's, the guarantors', each segment's columns, their eliminations)
# and the one column of it that is the company's: "Consolidated", "Consoli- dated", "Consolidated Total".
CONSOLIDATING_TITLE: Final = re.compile(r"\bconsolidating\b", re.IGNORECASE)
CONSOLIDATED_COLUMN: Final = re.compile(
    r"(?:^|\s)(?:consolidated(?:\s+totals?)?|consoli-?\s*dated|total\s+consolidated)\s*$", re.IGNORECASE)
# A column of the statement's figures in another currency ("Convenience translation" over "U.S. dollars in
# thousands" beside columns of NIS): the same periods again, never a period of its own.
CONVENIENCE_TRANSLATION: Final = re.compile(r"\bconvenience\s+translations?\b", re.IGNORECASE)
# A column's period still running as the release is written ("Three Months Ending December 31, 2016", "Year
# Ending December 31, 2016" over a guidance table's ranges "$7,450 to $7,650"): the statements' own columns
# say "Ended". Words only: the column's end, after the release's date and every end it reports, decides
# (columns._an_outlooks_period, round 686).
PERIOD_STILL_RUNNING: Final = re.compile(r"\bending\b", re.IGNORECASE)
# A column of figures that is not the period as the company reports it: figures as they were before a
# restatement, pro forma figures, a development-stage company's total since inception, a stub "period from
# ... to ...". Such a column is named in a warning, never read as a period.
# The end of a column's header, a footnote's mark allowed after its last word ("Adjustments (1)", "Charges *").
_HEAD_END = r"(?:\s*(?:\(\w{1,2}\)|\*{1,3}))?\s*$"
# The day a development-stage company's totals run from, as a column's header names it: "(Inception)",
# "(Date of Incorporation)", "(date of formation)", "since commencement of operations" (round 661: a stub
# headed "February 14, 2005 (Date of Incorporation) to September 30, 2005" had been read as a period ending
# on its first date). Bare "inception" is enough; the other words only in parentheses or after "date of",
# "since" or "from", where they name a start and nothing else.
_COMPANY_START_WORDS = r"incorporation|formation|organization|commencement\s+of\s+(?:operations|business)"
COMPANY_START: Final = (rf"\binception\b|(?:\(\s*|\b(?:date\s+of|since|from)\s+(?:the\s+)?)(?:date\s+of\s+)?"
                        rf"(?:{_COMPANY_START_WORDS})\b\)?")
NOT_AS_REPORTED: Final = re.compile(
    rf"previously\s+reported|originally\s+reported|pro\s*-?\s*forma|{COMPANY_START}|period\s+from\b"
    r"|\bcumulative\b|during\s+the\s+development\s+stage"  # a development-stage company's total to date
    rf"|{CONVENIENCE_TRANSLATION.pattern}"
    # the difference between two versions of a period's figures: "As Previously Reported | Adjustment(s) |
    # As Restated", "Effect of Restatement", "Reclassifications"
    rf"|\badjustments?{_HEAD_END}|effect\s+of\s+(?:the\s+)?(?:restatement|adoption|change)|\breclassifications?{_HEAD_END}"
    rf"|\bnon-?\s*gaap\)?{_HEAD_END}|\bas\s+adjusted{_HEAD_END}|\bspecial\s+items{_HEAD_END}"
    # a company's own measure beside the reported figures: "Excluding Charges", "Before Acquisition-Related
    # Charges", and the charges between them ("Excluding Charges | Charges (1) | As Reported")
    rf"|\bexcluding\b|\bbefore\s+(?:[\w-]+\s+){{0,3}}charges\b|\bcharges{_HEAD_END}"
    # the sum of a predecessor's and a successor's stubs, "Combined (1)" over a quarter: no period reported
    r"|^\W*combined\b(?!\s+and\s+consolidated)"
    r"|parent\s+(?:company\s+)?only|\bguarantors?\b|non-?\s*guarantors?|eliminations"  # another entity's
    r"|\b(?:low|high)(?:\s+end)?\s*$"  # a guidance range's ends, "Year Ending December 31, 2024 / Low | High"
    rf"|\bfrom\s+(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+(?:\d{{4}}\s+)?(?:to|through)\b"
    # the same with its "Period from" on a line above the column's own ("March 1 to" / "June 30, 1999")
    rf"|^(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+(?:\d{{4}},?\s+)?(?:to|through)\s+(?:{MONTH_RE})\b"
    # "(August 12, 2001) through December 31", and other words in parentheses between ("June 3, 1996
    # (commencement of trading) to"): from one day to another (a company's start is named above, as itself)
    rf"|\d{{4}}\)?(?:\s*\((?!\s*(?:date\s+of\s+)?(?:inception|{_COMPANY_START_WORDS}))[^()]{{1,40}}\))?"
    rf"\s+(?:to|through)\s+(?:{MONTH_RE})\b"
    # a start in parentheses before the end, its "to" lost ("(May 12, 1994) Mar. 31, 2001"): a range
    rf"|\((?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}}\)\s+(?:{MONTH_RE})\b"
    # a range in figures or with a dash ("5/12/94 to 6/30/03", "May 12, 1994 - June 30, 2003"), and a total
    # since a start ("Since 1996", "Since March 1, 1996"): a development-stage company's total to date
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\s*(?:[-\u2013\u2014]|to|through)\s*\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    rf"|(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}}\s*[-\u2013\u2014]\s*(?:{MONTH_RE})\b"
    rf"|\bsince\s+(?:(?:{MONTH_RE})\b|(?:19|20)\d{{2}}\b)", re.IGNORECASE)
# Words that make a table a reconciliation wherever they head it, even among its column headers (a title
# line under "FISCAL 2022 YEAR TO DATE FINANCIAL RESULTS" is read with the headers): never a column's own.
# Columns of adjustments beside GAAP figures ("Non-GAAP | Adjustments | GAAP", "As Adjusted | Special Items |
# As Reported") make a table a reconciliation too.
RECONCILIATION: Final = re.compile(r"reconcil|non-?\s*gaap|guidance|outlook|\badjustments\b|special\s+items",
                                   re.IGNORECASE)
# Columns of a restatement ("As Previously Reported | Adjustments | As Restated"): the restated figures are the
# company's own, whatever adjustments stand beside them, so the table is no reconciliation.
RESTATED: Final = re.compile(r"\b(?:as\s+)?restated\b|previously\s+reported|originally\s+reported", re.IGNORECASE)
# Headings a scrape that flattened a table runs into the label after them, with no colon between
# ("ASSETS Current assets Cash and cash equivalents"): an ALL-CAPS heading of whole words, then these.
# ("Operating costs and expenses Cost of sales - products" and a cash flow's "Investing activities Capital
# expenditures", round 635: the heading left in the label, the first of two cost-of-sales parts had no concept
# and the second was read as the whole cost of sales.)
# (Each word taken whole, possessively: a word of thousands of capitals split every way was quadratic.)
RUN_IN_CAPS_HEADING: Final = re.compile(r"^((?:[A-Z]{2}[A-Z'\u2019&]*+\s++)*[A-Z]{3}[A-Z'\u2019&]*+)\s+(?=[A-Z][a-z])")
# A balance sheet's side heading run into its first line ("Assets Cash and cash equivalents", "Liabilities and
# stockholders' equity Total liabilities"); not a line in title case ("Assets Held For Sale").
RUN_IN_SIDE: Final = re.compile(r"^(assets|liabilities\s+and\s+(?:stockholders|shareholders)['\u2019]?\s+"
                                r"(?:equity|deficit)(?:\s+\(deficit\))?)\s+(?=(?-i:[A-Z][a-z]*\s+[a-z]))",
                                re.IGNORECASE)
# A heading naming one side of a balance sheet, alone on its line ("ASSETS", "Assets:", "LIABILITIES AND
# STOCKHOLDERS' DEFICIT", "Liabilities and equity"): printed after the other side's closing total, it opens the
# side still to come (round 720: a sheet printing its liabilities and equity first, then "ASSETS" over "Cash and
# cash equivalents", had been cut at "ASSETS" and its assets lost).
BALANCE_SIDE_HEADINGS: Final = (
    ("assets", re.compile(r"^assets:?$", re.IGNORECASE)),
    ("liabilities", re.compile(r"^liabilities(?:\s*(?:,|and)\s*(?:(?:stockholders|shareholders|members|partners)"
                               r"['\u2019]?\s+)?(?:equity|deficit|capital|investment|deficiency)(?:\s+\(deficit\))?)?:?$",
                               re.IGNORECASE)),
)
RUN_IN_SECTION: Final = re.compile(
    r"^((?:net\s+)?(?:sales|revenues?)|(?:current|non-?current|long-term|other)\s+(?:assets|liabilities)|(?:stockholders|shareholders)['\u2019]?\s+"
    r"(?:equity|deficit)(?:\s+\(deficit\))?|operating\s+expenses|(?:operating\s+)?costs\s+and\s+(?:operating\s+)?expenses"
    r"|other\s+income\s+\(expense\)"
    r"(?:,\s+net)?|cash\s+flows?\s+(?:from|used\s+in|provided\s+by)\s+(?:operating|investing|financing)\s+activities"
    r"|(?:operating|investing|financing)\s+activities|changes\s+in\s+operating\s+assets\s+and\s+liabilities"
    # a per-share heading over its lines ("Loss Per Share - basic and diluted Loss from continuing operations")
    r"|(?:net\s+)?(?:income|loss|earnings)(?:\s+\(loss\))?\s+per\s+(?:common\s+)?share"
    r"(?:\s*[-\u2013:,]?\s*(?:basic\s+and\s+diluted|basic|diluted))?)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE)
# A figure a flattened row's label carries in its words, where the scrape left no cell break round it: one
# set right after a connecting word ("net of allowances of $612 and $580", "28,530 and 28,010 shares"), or
# one the label's lower-case words go on after ("$0.001 par value", "100,000 shares authorized"). One space
# at most either side: a row's own figures stand padded apart (rounds 610 and 613).
LABEL_FIGURE_AFTER: Final = re.compile(r"(?<![^\s,;(])(?:of|and|or)\s?$")
LABEL_FIGURE_BEFORE: Final = re.compile(r"\s?[a-z]")
# A note a filing agent stacks under a column's date or year in one cell ("2006<br>(As restated)",
# "September 26,<br>2021<br>(Unaudited)", an amended release's "March 31,<br>2012<br>(As Corrected)"): it names
# no period, and the period's own words lead the cell.
COLUMN_NOTE: Final = re.compile(
    r"^\(?\s*(?:as\s+)?(?:restated|adjusted|revised|recast|reclassified|corrected|amended|unaudited|audited)\s*\)?$"
    r"|^\(\w\)$|^\*{1,3}$", re.IGNORECASE)
# The words of a version of a period's figures that a stacked header breaks over its lines, between and
# beside the columns' years ("2006" / "As" / "Previously" / "Reported", "As   2006   As", "1999   Pro Forma
# 1998" over "Actual   Adjustments   Actual", "1997   Combined   1996" under a "1996" stacked over its column): no
# row's label. Every word of a COLUMN_VERSION is one (round 711: "Combined" was not, and the line of years it
# stood among was read as a row of 1996, the header losing the years of the columns beside it).
VERSION_WORDS: Final = frozenset({"as", "previously", "originally", "reported", "restated", "adjusted", "revised",
                                  "recast", "corrected", "amended", "pro", "forma", "actual", "historical",
                                  "combined", "successor", "predecessor"})
# A version of a period's figures that heads a column beside or above its period ("Successor", "Pro Forma(1)",
# "As Restated", "Combined"): which figures the column holds, never a period.
COLUMN_VERSION: Final = (r"(?:pro\s*-?\s*forma|actual|historical|combined|successor|predecessor"
                         r"|(?:as\s+)?(?:reported|restated|adjusted|revised))(?:\s*\(\w{1,2}\)|\*{1,3})?")
# Two versions' heads one space apart, as a narrow rendering sets them ("Actual Pro Forma (1)", "As Reported As
# Adjusted", "Historical Pro Forma"): the reported figures' head ends where the other version's begins. ("Pro
# Forma As Adjusted" is one head: "forma" ends no head here.) Round 720: "Actual Pro Forma (1)" read as one head
# over both June columns had named them both pro forma and dropped the reported one.
VERSION_HEADS_ONE_SPACE_APART: Final = (r"\b(?:actual|historical|(?:as\s+)?(?:reported|restated)) "
                                        r"(?=(?:pro\s*-?\s*forma|as\s+adjusted)\b)")
# A head naming which figures a group of columns holds, set over the group as one cell ("Non-GAAP | GAAP" each
# over its "2023 | 2022", "Pro Forma", "As Reported"): every column under it, as its rule shows where one is
# drawn (round 712: a short "GAAP" centred over its two columns had touched and named only the second).
# The head of one version of the figures, "GAAP" and "Non-GAAP" among them: a line of such heads alone, set over
# the figure columns above their periods ("GAAP   Pro Forma" over "Three Months Ended June 30," twice, "Pro
# Forma" over a balance sheet's middle column), is the header's first line, never the title's (round 724: taken
# for a title line, its "Pro Forma" had made the statement "other" and the release was refused).
VERSION_HEAD: Final = rf"(?:(?:non\s*-?\s*)?gaap|{COLUMN_VERSION})"
GROUP_VERSION_HEAD: Final = re.compile(rf"\s*{VERSION_HEAD}\s*", re.IGNORECASE)
# A table cell heading one version's column under a period set once over the versions ("As Previously Reported |
# Adjustments | As Restated" under "2003", "As Restated | As Previously Reported" under "June 30, 2003", "GAAP |
# Non-GAAP"): the period names each of them (round 724: centred over the wide heads, the year had headed one
# of them, or the gap, and the restated column was dropped or the table skipped).
VERSION_CELL: Final = re.compile(
    rf"\s*(?:{VERSION_HEAD}|(?:as\s+)?(?:previously|originally)\s+reported|(?:restatement\s+)?adjustments?)"
    r"(?:\s*\(\w{1,2}\)|\*{1,3})?\s*", re.IGNORECASE)
# A statement printing its GAAP figures beside their adjustments ("GAAP | Adjustments | Non-GAAP", "As Reported |
# Special Items | As Adjusted" under "CONSOLIDATED STATEMENTS OF OPERATIONS", "1999 Actual | Pro Forma
# Adjustments | Pro Forma | 1998 Actual", "Historical | Pro Forma Adjustments | Pro Forma"): the reported
# columns are the statement's, the others are named in warnings (rounds 316 and 332: the "Actual" and
# "Historical" columns beside pro forma adjustments had been refused with the table).
# (Two spaces looked behind, not matched: matching a run of spaces tried every start in it, quadratic.)
# Of two columns of one period, the words anywhere in a header saying its figures are another version than the
# statement's: a group's name stacked over its years ("Non-GAAP" over "2023 | 2022" beside "GAAP" over the
# same years, read "Three Months Ended September 30, Non-GAAP 2023"), "Adjusted (1) | Reported", "Combined 2006
# | Reported 2006", "2006 Pro Forma | 2006". Only beside a twin of its period: over every column ("GAAP and
# Non-GAAP Results") such words name no one column (columns._the_version_as_reported, round 712).
ANOTHER_VERSION: Final = re.compile(
    r"\bnon-?\s*gaap\b|\badjusted\b|\bexcluding\b|pro\s*-?\s*forma|\bcombined\b(?!\s+and\s+consolidated)",
    re.IGNORECASE)
# The words anywhere in a header saying its figures are as reported ("Three Months Ended June 30, 2002 As
# Reported", "... GAAP (1)", "Actual", "Historical"), never a non-GAAP measure's nor a restatement's first
# figures ("As Previously Reported"): of two columns of one period, the one whose figures are the company's own.
REPORTED_VERSION: Final = re.compile(
    r"(?<![\w-])(?<!non\s)gaap\b|(?<!previously\s)(?<!originally\s)\breported\b|\bactual\b|\bhistorical\b",
    re.IGNORECASE)
# A column of figures restated ("As Restated", "Restated (1)"): beside the same period as reported, the current one.
RESTATED_HEAD: Final = re.compile(r"\b(?:as\s+)?restated\b", re.IGNORECASE)
# Of a period printed twice, "As Reported" beside "As Adjusted (1)" with no adjustments between: the words
# that name each version ("As Previously Reported" is a restatement's first figures, no such version). Over
# the latest of several periods, "As Reported" is the period under the rules of the day and "As Adjusted" the
# company's own measure (its note "Excludes a $6.0 million charge"); over an earlier period alone, after a
# change in accounting applied to past periods, "As Adjusted" may be that period as reported now (round 674;
# round 306). core.statements.columns._two_versions_of_a_period.
AS_REPORTED_VERSION: Final = re.compile(r"(?<!previously\s)(?<!originally\s)\bas\s+reported\b", re.IGNORECASE)
AS_ADJUSTED_VERSION: Final = re.compile(r"as\s+adjusted(?:\s*(?:\(\w{1,2}\)|\*{1,3}))?", re.IGNORECASE)
REPORTED_COLUMN: Final = re.compile(r"(?:^|(?<=\s\s))(?:gaap|as\s+reported|reported|actual|historical)(?=\s\s|$)",
                                    re.IGNORECASE)
# The currency a column's figures are in, as headers write it: codes and symbols as printed (case matters:
# "won" and "Rs" are words too), and currencies spelled out ("U.S. dollars | Renminbi", "Millions of yen"),
# each with the one code it stands for, so that "US$" and "U.S. dollars" over two columns are one currency.
CURRENCY_CODES: Final[dict[str, str]] = {
    "RMB": "RMB", "US$": "US$", "USD": "US$", "HK$": "HK$", "HKD": "HK$", "NT$": "NT$", "C$": "C$", "CAD": "C$",
    "A$": "A$", "AUD": "A$", "EUR": "EUR", "\u20ac": "EUR", "GBP": "GBP", "\u00a3": "GBP", "JPY": "JPY",
    "\u00a5": "JPY", "CHF": "CHF", "INR": "INR", "Rs.": "INR", "Rs": "INR", "R$": "BRL", "BRL": "BRL",
    "MXN": "MXN", "Ps.": "MXN", "KRW": "KRW", "Won": "KRW", "\u20a9": "KRW", "SGD": "S$", "S$": "S$", "NIS": "ILS",
    "ILS": "ILS", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "kr": "kr", "kr.": "kr", "IDR": "IDR", "Rp": "IDR",
    "Rp.": "IDR", "TWD": "NT$", "CNY": "RMB", "\u20b9": "INR", "ZAR": "ZAR", "THB": "THB", "PLN": "PLN",
    "TRY": "TRY", "RUB": "RUB", "NZD": "NZ$", "NZ$": "NZ$", "PHP": "PHP", "\u20b1": "PHP",
    "CZK": "CZK", "K\u010d": "CZK", "HUF": "HUF", "Ft": "HUF", "z\u0142": "PLN", "TL": "TRY", "\u20ba": "TRY",
    "MYR": "MYR", "RM": "MYR", "Bht": "THB", "\u0e3f": "THB", "R": "ZAR", "ARS": "ARS", "CLP": "CLP",
    "COP": "COP", "PEN": "PEN", "EGP": "EGP", "AED": "AED", "SAR": "SAR", "NGN": "NGN", "\u20a6": "NGN",
    "\u20aa": "ILS", "Cdn$": "C$", "CDN$": "C$",
}  # fmt: skip
CURRENCY_NAMES: Final[dict[str, str]] = {
    "u.s. dollars": "US$", "us dollars": "US$", "united states dollars": "US$", "renminbi": "RMB",
    "hong kong dollars": "HK$", "new taiwan dollars": "NT$", "canadian dollars": "C$", "australian dollars": "A$",
    "singapore dollars": "S$", "euros": "EUR", "yen": "JPY", "japanese yen": "JPY",
    "pounds sterling": "GBP", "swiss francs": "CHF", "indian rupees": "INR", "rupees": "INR", "brazilian reais": "BRL",
    "reais": "BRL", "mexican pesos": "MXN", "pesos": "MXN",
    "swedish kronor": "SEK", "kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK", "rupiah": "IDR",
    "yuan": "RMB", "baht": "THB", "rand": "ZAR", "korean won": "KRW", "new israeli shekels": "ILS",
    "czech koruna": "CZK", "czech korunas": "CZK", "koruny": "CZK", "polish zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "turkish lira": "TRY", "ringgit": "MYR",
}  # fmt: skip
_CURRENCY_NAMED = "|".join(re.escape(name).replace(r"\ ", r"\s+")
                           for name in sorted(CURRENCY_NAMES, key=len, reverse=True))
# A code that is a word too, a currency only where no lower-case word follows it ("Won" over a column, not
# "Won contracts").
# Letters that are words or marks too ("R&D", "Ft. Worth", "TL" for a truckload) are a currency only before a
# figure, its thousands ("R'000") or a closing parenthesis, or alone at a header's end.
_BEFORE_A_FIGURE = r"(?=\s*(?:['\u2019]000|\d|\))|\s*$)"
_CODE_AS_A_WORD: Final = {"Won": r"(?!\s+[a-z])", "R": _BEFORE_A_FIGURE, "RM": _BEFORE_A_FIGURE,
                          "TL": _BEFORE_A_FIGURE, "Ft": _BEFORE_A_FIGURE}
CURRENCY: Final = re.compile(
    r"(?<![\w$])(?:"
    + "|".join(re.escape(code) + _CODE_AS_A_WORD.get(code, "")
               for code in sorted(CURRENCY_CODES, key=len, reverse=True))
    + f"|(?i:{_CURRENCY_NAMED}))(?![\\w$])")
# A bare "$" heading a column ("2024 $", "$ 2024", "($)"): a dollar, but whose, the head does not say. Beside
# another currency no dollar ("$ | EUR | EUR", "$ | \u20ac | \u20ac", "RMB | RMB | $") it is the US dollar of a
# convenience translation (core.statements.columns._bare_dollars); under a US company's "$ | $" it is the
# statement's own. Never "$ Change" or "($ in thousands)": a word after it makes it no column's currency.
BARE_DOLLAR_HEAD: Final = re.compile(r"(?<![\w$])\$" + _BEFORE_A_FIGURE)


# A currency printed before a figure, in a word of its own or joined to it ("$ 1,234", "US$ 0.45", "Ps.
# 1,184,305", "RMB 88", "\u00a5 412"): the figure's decoration, never a word of the row's label. Mexican filers'
# "Ps." stands for their pesos.
CURRENCY_PREFIXES: Final = frozenset({"$", "Ps.", *CURRENCY_CODES})
# A figure's credit or debit mark, one space after it or glued to it ("1,618 CR", "26,285DR"), as ledger-style
# statements print a figure's side instead of a sign: which side a result stands on is the arithmetic's to say
# (core.statements.unsigned_losses), so the mark is kept with its cell and the figure read bare.
SIGN_SUFFIXES: Final = frozenset({"CR", "DR", "Cr", "Dr", "CR.", "DR.", "Cr.", "Dr."})
# A currency sign standing alone as a cell ("Net loss   $      $      $"): w3m broke a cell too narrow for "$
# (12,848)" after its sign, the figure on the line under it (core.tables.signs_alone).
CURRENCY_SIGN_ALONE: Final = re.compile(r"(?:US|HK|NT|NZ|Cdn|CDN|[ACSR])?\$|[\u00a3\u20ac\u00a5]")
# Those that are letters (or a sign no number pattern knows), which a figure's reading sets aside.
LETTER_CURRENCY: Final = re.compile(
    "(?:" + "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=lambda c: (-len(c), c))
                     if not c.endswith("$") and c not in ("\u20ac", "\u00a3")) + ")")

# The currencies' letter codes ("EUR", "USD", "RMB"), as a unit note names them ("in EUR thousands").
_CURRENCY_LETTERS = "|".join(code for code in CURRENCY_CODES if code.isalpha() and len(code) == 3)


def currency_code(written: str) -> str:
    """The code of a currency as a header wrote it (a match of CURRENCY)."""
    return CURRENCY_CODES.get(written) or CURRENCY_NAMES[" ".join(written.lower().split())]


# A sentence ending in a colon that hands over to what follows it ("An itemized reconciliation between net
# loss on a GAAP basis and non-GAAP net income is as follows:", "The components of the change are set forth
# below:"): a verb of being, then "as follows" or "below". No label ends so; a long heading ending in a colon
# ("Adjustments to reconcile net income to net cash provided by operating activities:") names no verb.
SENTENCE_LEADING_ON: Final = re.compile(
    r"^[A-Z\u201c\"(][^:]*\b(?:is|are|was|were)\s+(?:(?:presented|provided|set\s+(?:forth|out)|shown|summari[sz]ed|"
    r"included|detailed|reconciled|calculated|computed)\s+)?(?:as\s+follows|below|in\s+the\s+(?:following|table\s+"
    r"below)(?:\s+tables?)?)\s*:$")

# A line no GAAP statement prints, a measure of the company's own: "EBITDA", and a cash flow named for a part
# of the business or for what is left over ("Broadcast cash flow", "Station cash flow", "Free cash flow",
# "Discretionary cash flow", "Distributable cash flow"). A table adding up to it, untitled or titled only by the
# measure's words, is a reconciliation (round 693: "STATION CASH FLOW (a)", operating income plus its
# add-backs, had been printed as a statement of cash flows).
EBITDA_LINE: Final = re.compile(
    r"\bebitda[a-z]?\b|\b(?:broadcast|station|free|discretionary|distributable)\s+cash\s+flows?\b", re.IGNORECASE)
# A cash flow statement's own sections: "Cash flows from operating activities", "Net cash used in investing
# activities". A table titled for a cash flow printing none of them is no statement of cash flows.
CASH_FLOW_ACTIVITIES: Final = re.compile(r"\b(?:operating|investing|financing)\s+activities\b", re.IGNORECASE)
# A word of a release's headline, no statement's title: its verb ("HARROWGATE MEDIA POSTS RECORD FREE CASH FLOW",
# "STATION CASH FLOW RISES 10 PERCENT", "... STRENGTHENS BALANCE SHEET"). Joined to the statement's title
# under it, its "cash flow" or "balance sheet" had retitled a statement of operations (round 693).
HEADLINE_VERB_WORDS: Final = re.compile(
    r"\b(?:reports|announces|posts|declares|raises|delivers|achieves|reaffirms|completes|increases|rises"
    r"|grows|climbs|jumps|surges|doubles|improves|strengthens|exceeds|reaches|tops|expands|narrows)\b", re.IGNORECASE)
# A heading over per-share figures ("Basic earnings (loss) per share:"), whatever the rows under it name.
# ("Earnings per equity share (INR):", as Indian filers head it)
PER_SHARE_HEADING: Final = re.compile(r"\bper\s+(?:common\s+|ordinary\s+|equity\s+|class\s+[a-z]\s+)?shares?\b|\beps\b",
                                      re.IGNORECASE)
# A line under a per-share heading that names the shares its figure is for: a basis ("Basic", "Diluted",
# "Assuming dilution", "Primary", "Fully diluted") or a class ("Class A", "Common", "Ordinary", "Preferred",
# "Participating securities", "ADS"). A line naming none of these nor a figure a share ("Adjusted EBITDA*  343"
# after "Net income per share" / "Basic" / "Diluted") has left the heading (round 715).
NAMES_SHARES_OF_A_FIGURE: Final = re.compile(
    r"\b(?:basic|diluted|dilution|primary|class\s+[a-z0-9]|common|ordinary|preferred|participating|ads|adss"
    r"|units?|shares?|shareholders?|stockholders?)\b", re.IGNORECASE)
# A heading over figures a share or a unit ("Dividends declared per share:", "Distributions per limited partner
# unit:", "Diluted EPS"): every row under it printed with a point is a figure a share, however many places it
# prints ("Class B common stock  $ 0.045"), never an amount in the table's unit (round 663).
HEADING_A_SHARE_OR_UNIT: Final = re.compile(
    r"\bper\s+(?:common\s+|ordinary\s+|equity\s+|class\s+[a-z]\s+|(?:limited\s+)?partner(?:ship)?\s+|lp\s+)?"
    r"(?:shares?|units?|ads|adss?)\b|\beps\b", re.IGNORECASE)
# A basis alone as a row's label ("Basic", "Diluted:", "Basic and diluted"): it names nothing without the
# heading over it, however long that heading runs.
BASIS_ALONE: Final = re.compile(r"(?:basic|diluted)(?:\s+(?:and|&)\s+diluted)?[:.]?", re.IGNORECASE)
# A heading whose lines share the result above it out ("Attributable to:", "Profit for the period
# attributable to:"): the line that is not the noncontrolling interests' is the company's net result.
ATTRIBUTABLE_HEADING: Final = re.compile(r"^(?:(?:net\s+)?(?:profit|income|earnings|loss)(?:\s+\(loss\))?"
                                         rf"(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?\s+)?"
                                         r"attributable\s+to\b(?!.*comprehensive)", re.I)
# Whose share a line under such a heading is, the company's name begun and cut by a narrow label column
# ("Shareholders of Brambleton" / "Copper Mines Ltd.", "Equity holders of the" / "Parent Company Ltd."): the name's
# end on the next line carries it on.
HOLDERS_OF_BEGUN: Final = re.compile(r"\b(?i:(?:share|stock|unit)?holders|equity\s+holders|owners)\s+(?i:of)"
                                     r"(?:\s+(?i:the))?(?:\s+[A-Z][\w.&'\u2019-]*,?)*$")
# The share of a result or of equity that belongs to others than the company's holders ("Less: net income
# attributable to noncontrolling interests", "Minority interest in Operating Partnership").
NONCONTROLLING: Final = re.compile(r"non-?\s*controlling|minority", re.IGNORECASE)
# Others' share of a loss, added back to reach the company's result ("Minority interest in losses of consolidated
# subsidiary", "Noncontrolling interests' share of net loss"), and their share of an income, taken off ("Minority
# interest in earnings of subsidiaries", "Noncontrolling interest in net income"): the words say which way a
# figure printed positive counts where two readings of the result chain add up (`result_signs`, round 723).
_OTHERS_SHARE_IN: Final = (r"\b(?:non-?\s*controlling|minority)\s+interests?'?\s+(?:share\s+)?(?:in|of)\s+(?:the\s+)?"
                            r"(?:net\s+)?")
OTHERS_SHARE_OF_A_LOSS: Final = re.compile(_OTHERS_SHARE_IN + r"loss(?:es)?\b", re.IGNORECASE)
OTHERS_SHARE_OF_AN_INCOME: Final = re.compile(_OTHERS_SHARE_IN + r"(?:income|earnings|profits?)\b", re.IGNORECASE)
# A line of comprehensive income, by its own words or its heading's ("Other comprehensive income (loss), net of
# tax:" over "Pension and other postretirement plans", "Comprehensive income", "Less: comprehensive income
# attributable to noncontrolling interests", "Total comprehensive loss"): never a part of the net result, wherever
# the statement prints it (round 661: printed above the "Net income attributable to:" block, it had been taken for
# the net result's parts). Matched against normalised words. "Reclassification from accumulated other
# comprehensive loss" is an amount of the net income, and "Net loss and comprehensive loss" a result naming both.
COMPREHENSIVE_INCOME_LINE: Final = re.compile(
    r"^(?:less\s+)?(?:total\s+)?(?:other\s+)?comprehensive\s+\(?(?:income|loss|earnings)\b")
# The share of a net result allotted to holders other than the company's common holders, named after
# "attributable to" or "allocated to" (after round 652): a partnership's general partner ("Net income
# attributable to general partner", "... allocated to general partner interest, including incentive
# distribution rights"), holders of unvested awards ("Net income allocated to unvested restricted shares"), of
# preferred stock or units ("Net income attributable to preferred unitholders"), of another class of units
# ("... to subordinated unitholders"). Such a line is a part of the net income, never the company's own (its
# EPS divides another part); "general partner and limited partners" is the whole partnership's.
OTHER_HOLDERS_SHARE: Final = re.compile(
    r"\b(?:attributable|available|allocated|allocable|applicable)\s+(?:to|for)\s+(?:the\s+)?"
    r"(?:partnership['\u2019]?s\s+)?(?:general\s+partner(?:['\u2019]?s|s['\u2019]?)?\b(?!\s*(?:and|&)\s+limited)"
    r"|incentive\s+distribution\s+rights?\b|idrs?\b"
    r"|(?:un|non-?)vested\b|restricted\s+(?:stock|shares?|units?)\b"
    r"|(?:series\s+\w+\s+)?preferred\b|subordinated\s+unit)",
    re.IGNORECASE)
# A security that converts into common shares ("7 1/2% Convertible subordinated notes", "Convertible preferred
# stock"): where one is printed, diluted EPS may be figured as if it were converted.
CONVERTIBLE: Final = re.compile(r"\bconvertible\b", re.IGNORECASE)


def convertible_said(lines: Iterable[str]) -> bool:
    """Whether any line names a convertible security (`CONVERTIBLE`), in any case ("CONVERTIBLE SENIOR NOTES").
    An ASCII document holding no "convertible" anywhere, most of them, is answered with one lower-casing of
    its whole text, not one a line (issue 12); otherwise each line is asked as before."""
    lines = tuple(lines)
    whole = "\n".join(lines)
    if whole.isascii() and "convertible" not in whole.lower():
        return False
    return any(search_holding(CONVERTIBLE, ("convertible",), line) for line in lines)
# A line of figures per share or unit, whatever they are ("Book value per share", "Distributable income per
# unit", "Diluted EPS", "Annualized revenue per occupied square foot", "Lease operating expense per Boe",
# "Revenue per available room"): rates in the currency itself, never amounts to scale by the table's unit.
PER_SHARE_LINE: Final = re.compile(r"\bper\s+(?:\w+\s+){0,2}(?:share|unit|ads|(?:square\s+)?f(?:oo|ee)t|sq\.?\s*ft"
                                   r"|barrel|bbl|boe|mcfe?|mmbtu|ton(?:ne)?|ounce|oz|room|pound|lb|gallon"
                                   # "Average weekly sales per restaurant", "Revenue per patient day"
                                   r"|restaurant|store|location|guest|patient|admission|visit)\b"
                                   r"|^average\s+(?:daily|day)\s+rate\b"
                                   r"|\beps\b", re.IGNORECASE)
# A word every PER_SHARE_LINE match holds, lower-cased: "per", "average" (the average daily rate), "eps". A
# label holding none ("Net income") is answered without the search, asked of most rows of a statement.
_PER_SHARE_LINE_WORDS = ("per", "average", "eps")


# A figure a share whose own words name no result, only that it is a share's and on which basis ("Per share",
# "Per share - basic and diluted", "- basic", "Per unit", "Per common share (diluted)", "Basic"): the figure a
# share of the line above it, as highlights tables print "Funds from operations" / "Per share - basic and diluted"
# / "Net earnings" / "Per share - basic and diluted" (round 736). Matched on normalise_label's form.
_A_BASIS: Final = r"(?:basic|diluted|primary|fully\s+diluted|assuming\s+dilution)"
BARE_FIGURE_A_SHARE: Final = re.compile(
    r"^(?=\S)(?:(?:amounts?\s+)?per\s+(?:common\s+|ordinary\s+|equity\s+)?(?:share|unit)s?"
    r"(?:\s+(?:data|amounts?|information))?)?[\s:,-]*"
    rf"(?:\(?{_A_BASIS}(?:\s*(?:and|or|/)\s*{_A_BASIS})?\)?)?\s*$")


def per_share_line(text: str) -> re.Match[str] | None:
    """PER_SHARE_LINE.search(text), without the search where no match can be (issue 12)."""
    return search_holding(PER_SHARE_LINE, _PER_SHARE_LINE_WORDS, text)


# A line naming a measure per unit of something other than a share: a price, cost or margin per barrel, ton,
# Mcfe, ounce or seat mile ("Total operating costs per Mcfe", "Income before taxes per ton", "Cost per ASM"), a
# currency over a unit ("Crude oil ($/bbl)", "WTI (US$/bbl)"), a rate printed in cents ("Total operating expenses
# per ASM (cents)"), a currency pair or exchange rate ("Foreign exchange rate (US$/CAD$)"), a weighted average
# price or rate ("Weighted average interest rate on debt"). Its figures are a rate, kept as printed whatever the
# table's unit note says of its amounts, and whatever concept the words before "per" name (round 736: 5.60 a Mcfe
# read as total operating expenses of 5,600 dollars, $81.66 a barrel printed as 81,660,000). "Per unit" is left
# out (a partnership's units are its shares: "Weighted average units used in per unit computation" is a count),
# and so is "per day" (a volume's rate: "Production (Boe per day)" is counted, `COUNT_LINE`).
RATE_LINE: Final = re.compile(
    r"\bper\s+(?:[\w-]+\s+){0,2}(?:barrels?|bbls?|boe|mcfe?|mmbtu|ton(?:ne)?s?|ounces?|oz|pounds?|lbs?|gallons?"
    r"|(?:square\s+)?f(?:oo|ee)t|sq\.?\s*ft|asms?|rpms?|casm|rasm|(?:available\s+)?seat\s+miles?|miles?"
    r"|(?:block\s+)?hours?|rooms?|restaurants?|stores?|locations?|guests?|patients?|admissions?|visits?)\b"
    r"|(?:^|[\s(])(?:[a-z]{1,3})?\$\s*/\s*(?!shares?\b)(?:[a-z]{1,3}\$|[a-z])"
    r"|\((?:in\s+)?(?:us\s+)?(?:cents|\u00a2)\)"
    r"|\bexchange\s+rates?\s*(?:\(|$)"
    r"|^weighted[\s-]+average\s+(?:[\w-]+\s+){0,2}(?:prices?|rates?|yields?)\b", re.IGNORECASE)
# A rate of interest: a percentage, printed with its sign or not ("Weighted average interest rate on debt  6.85").
INTEREST_RATE: Final = re.compile(r"\binterest\s+rates?\b(?!\s+(?:swaps?|caps?|hedges?|derivatives?))",
                                  re.IGNORECASE)
# A line counting things or measuring a volume, not money: "Restaurants open at end of period", "Number of
# stores", "Production (MBOE)", "Natural gas sales (MMcf/d)". Its figures are read as printed (a table's "in
# thousands" is about its dollars: 142 restaurants are not 142,000), unless the line names its own unit
# ("Subscribers (in thousands)"). Subscribers, customers and units are left out: releases print them in
# thousands under the table's note as often as not, and only the words could tell.
_PEOPLE = r"(?:employees|headcount|associates|team\s+members|full[-\s]time\s+equivalents|ftes?)"
COUNT_LINE: Final = re.compile(
    # ("Weighted average number of stores": things counted, averaged over the period, round 736)
    r"^(?:total\s+|(?:weighted[\s-]+)?average\s+)?number\s+of\b(?!\s+(?:common\s+|ordinary\s+)?shares\b)"
    r"|^(?:[\w-]+\s+){0,2}(?:restaurants|stores|locations|branches|offices|hotels|clinics|centers|rigs|wells"
    r"|vessels|aircraft|employees|beds|tractors|trailers|trucks)\s+(?:\w+ly\s+)?(?:open|opened|closed|in\s+(?:operation|service)|operated|owned"
    r"|at\s+(?:the\s+)?(?:end|beginning|close)\s+of)\b"
    # "Company-operated restaurants, end of period" (round 622: 146 restaurants read as 146,000)
    r"|^(?:[\w-]+\s+){0,2}(?:restaurants|stores|locations|branches|offices|hotels|clinics|centers|rigs|wells"
    r"|vessels|aircraft|beds|tractors|trailers|trucks),\s*(?:at\s+)?(?:the\s+)?(?:end|beginning|close)\s+of\b"
    r"|^(?:store|restaurant|location|branch|rig)\s+count\b"
    # an airline's and a carrier's traffic (round 371): "Revenue passengers", "Passengers carried", "Departures"
    r"|^(?:revenue\s+)?passengers(?:\s+carried)?\b|^(?:aircraft\s+)?departures\b"
    # a railroad's traffic (round 604: "Carloads  71,406" under "Dollars in thousands" read as $71.4 million)
    r"|^(?:total\s+)?(?:revenue\s+|originated\s+)?carload(?:s|ings)(?:\s+(?:originated|handled|shipped))?\s*(?:\(|$)"
    r"|^(?:total\s+)?(?:full[-\s]time\s+)?" + _PEOPLE + r"\s*(?:\(|$)"  # "Total employees  3,415"
    # "Headcount at period end", "Employees at end of quarter", "Associates at quarter end"
    r"|^(?:total\s+)?(?:full[-\s]time\s+)?" + _PEOPLE + r"\s+at\s+(?:the\s+)?(?:(?:period|quarter|year)[\s-]+end"
    r"|end\s+of)\b"
    # "Gross square footage (in thousands)": read in the unit its own label names
    r"|^(?:(?:gross|net|total|leasable|rentable)\s+)*square\s+f(?:oo|ee)t(?:age)?\b"
    r"|\((?:in\s+)?(?:m{1,2}|b)?(?:boe|bbls?|cfe?)(?:/d|\s+per\s+day)?\)"
    r"|\((?:mmbtu|barrels|tons|tonnes|ounces|oz|pounds|lbs|gallons|[mgk]wh|days)(?:/d|\s+per\s+day)?\)"
    # a volume in its own unit's multiple: "Electric sales (millions of kWh)" (round 335: scaled by the table's
    # note of thousands)
    r"|\((?:in\s+)?(?:thousands|millions|billions)\s+of\s+(?:[mgkt]wh|kilowatt[\s-]hours|therms|dth|mcf|barrels"
    r"|tons|tonnes|ounces|gallons)\)"
    # things counted, named in parentheses: "Backlog (homes) at March 31" (round 244: read as thousands)
    r"|\((?:in\s+)?(?:homes|units|lots|rooms|stores|restaurants|employees)\)"
    # people or things counted in the unit their own label names: "Revenue passengers carried (thousands)",
    # "Subscribers (in thousands)", "Available seat miles (millions)"
    r"|\b(?:passengers?|passenger\s+miles|seat\s+miles|subscribers|customers|members|accounts|units|departures"
    r"|enplanements|shipments|cases|visits|users|block\s+hours"
    # a volume sold in its own unit's multiple: "Retail gallons sold (millions):" (round 689: a heading over
    # "Propane  35.2" read as $35,200 under the table's note of thousands)
    r"|gallons|barrels|tons|tonnes|ounces|pounds)\b[^()$]*\((?:in\s+)?(?:thousands|millions|000'?s?)\)",
    re.IGNORECASE)
# A heading over a statement's operating statistics ("Selected Operating Statistics:", "Supplemental
# Information:" after the per-share lines, "Key statistics:"): its lines that print no currency sign are
# counts and rates ("Admissions 118,405", "Licensed beds 11,918"), read as printed; a line printing "$" among
# them ("Bookings $ 15,639") is an amount in the table's unit. Asked of a statement of operations only: a cash
# flow's "Supplemental information:" lists amounts, most without their "$".
STATISTICS_HEADING: Final = re.compile(
    r"\b(?:operating|key|selected|other)\s+(?:statistics|data|metrics)\b|\bstatistic(?:s|al\s+data)\b"
    r"|^supplement(?:al|ary)\s+(?:information|data)\b|\bkey\s+performance\s+indicators\b"
    # "Operating highlights", "Non-financial data", "Key operating measures"
    r"|\boperating\s+highlights\b|\bnon-?\s?financial\s+(?:data|information|metrics)\b|^other\s+information\b"
    r"|\bkey\s+(?:operating\s+)?(?:indicators|measures)\b", re.IGNORECASE)
# A table's caption naming what it sums up, a phrase alone ending in its noun ("Q1 Fiscal 2020 Summary",
# "Fourth Quarter Highlights"): the table's title, however many periods it names, never a column's header.
CAPTION_NOUN_END: Final = re.compile(r"\b(?:summary|highlights|overview|snapshot|at\s+a\s+glance)\s*$", re.IGNORECASE)
# A heading over a few lines picked from a statement ("SELECTED BALANCE SHEET DATA:", "Balance sheet highlights",
# "Summary financial position data"): its lines are chosen, not the parts of its totals ("Cash", "Working
# capital (deficit)", "Total assets"), so a total no run of them adds up to is no failure to foot.
SELECTED_LINES_HEADING: Final = re.compile(
    r"\b(?:selected|summary|summari[sz]ed|condensed|key)\b.*\b(?:data|information|items)\b"
    r"|\b(?:balance\s+sheet|financial\s+position|financial\s+condition)\s+(?:data|information|highlights)\b"
    r"|\bhighlights\b", re.IGNORECASE)
# ... but a line there naming money is an amount in the table's unit, "$" or not ("Funded backlog at end of
# period 412,905", "Bookings", "Capital expenditures"), unless it names a change or a rate of it.
STATISTIC_IN_MONEY: Final = re.compile(
    r"^(?!.*\b(?:change|growth|increase|decrease|ratio|margin|rate|per|days)\b)"
    r".*\b(?:backlog|bookings|orders\s+(?:received|booked)|capital\s+expenditures|free\s+cash\s+flow|ebitda"
    r"|revenues?|net\s+sales|deposits|loans|assets|borrowings|debt|capital|portfolio|investments?|equity|cash"
    r"|income|earnings|expenses?|depreciation|amortization|compensation|interest|taxes|dividends|payments"
    r"|proceeds|purchases|repurchases|costs?|spending|charges?|impairments?|gains?|losses|profit)\b",
    re.IGNORECASE)
# A line counting things at a date under a statement of a period's flows ("Access lines at June 30", "Cellular
# subscribers at end of period", "Customers at quarter-end"): a statistic as printed, never the statement's
# thousands of dollars (round 591: 312,480 access lines read as $312,480,000), unless its words name money
# (STATISTIC_IN_MONEY: "Backlog at June 30").
COUNTED_AT_A_DATE: Final = re.compile(
    rf"^(?!.*\bper\b)[a-z][\w\s,&'-]*?\s+(?:in\s+service\s+|outstanding\s+)?at\s+(?:{MONTH_DAY_RE}\b"
    r"|(?:the\s+)?(?:end|close)\s+of\b|(?:the\s+)?(?:period|quarter|year)[\s-]*end\b)", re.IGNORECASE)
# A charge that uses no cash, printed as a line of its own among the costs ("Loss on impairment", "Goodwill
# impairment charge", "Write-down of inventory"): where it makes most of a net loss, the loss says nothing
# of the cash the company uses.
NON_CASH_CHARGE: Final = re.compile(r"\bimpairments?\b|\bimpaired\b|\bwrite[\s-]?(?:downs?|offs?)\b", re.IGNORECASE)
# ... unless the line names costs paid in cash beside it ("Re-engineering and impairment charges", "Restructuring
# and asset impairment", "Severance and impairment": severance is paid; UI-39, Tupperware).
CASH_CHARGE_BESIDE: Final = re.compile(r"\b(?:restructuring|re-?engineering|severance|exit|integration|"
                                       r"relocation|transaction|acquisition|merger)\b", re.IGNORECASE)
# A line printing the company's free cash flow ("Free cash flow", "Total free cash flow", "Free Cash Flow (1)"),
# in the non-GAAP tables beside the statements: where it is the cash flow's operations less its capital
# spending, the burn computed so may be called by the release's name; elsewhere it is named by what it is
# computed from (UI-42: Cree's "Total free cash flow" also takes off patent spending).
# (its margin, conversion, yield or growth is a ratio, no amount)
FREE_CASH_FLOW_LINE: Final = re.compile(r"\s*(?:total\s+)?free\s+cash\s+flows?\b"
                                        r"(?!\s*(?:margin|conversion|yield|growth|per\b|as\s+a\b|%))", re.IGNORECASE)
# The whole net result, as a statement prints it before sharing it out ("Net Income", "Net income (loss)",
# "Consolidated net loss", "Profit for the period", "... including noncontrolling interests"), in
# `normalise_label`'s form: beside a net income card showing the company's shareholders' share ("Net income
# available to shareholders of Criteo S.A."), the card names its line (UI-42).
WHOLE_NET_INCOME: Final = re.compile(
    r"^(?:consolidated\s+)?net\s+(?:\(loss\)\s+)?(?:income|loss|earnings|profit)(?:\s+\((?:loss|income)\))?"
    r"(?:\s+and\s+comprehensive\s+(?:income|loss)(?:\s+\((?:loss|income)\))?)?"
    rf"(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?"
    r"(?:,?\s+including\s+(?:the\s+)?(?:non-?controlling|minority)\s+interests?)?$"
    rf"|^(?:profit|loss)(?:\s+\((?:loss|profit)\))?\s+for\s+the\s+{RESULTS_PERIOD_RE}$"
    rf"|^(?:net\s+)?(?:profit|loss)(?:\s+\((?:loss|profit)\))?{AFTER_TAX_RE}(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?$")
# A net result shared out to someone: "... attributable to", "available to", "allocable to" (the company's
# shareholders, common stockholders, the parent).
SHARED_OUT: Final = re.compile(r"\b(?:attributable|available|allocated|allocable|applicable)\s+(?:to|for)\b",
                               re.IGNORECASE)
# A balance-sheet line of cash, whatever else it holds ("Cash and cash equivalents", "Cash", "Cash and due from
# banks", "Cash, cash equivalents and restricted cash"), in `normalise_label`'s form; and the cash flow
# statement's closing cash ("Cash and cash equivalents, end of period", "Cash at end of year"). Where a sheet
# prints no cash line, the Cash page says what the release shows of cash rather than that none was read (UI-42:
# Antero's sheet prints none and its cash flow closes the quarter at "—").
CASH_LINE: Final = re.compile(r"^(?:total\s+)?(?:unrestricted\s+)?cash\b")
# (the period a cash flow's cash stands at the end or beginning of: "of period", "of the year", "of quarters")
_OF_A_PERIOD: Final = r"of\s+(?:the\s+)?(?:period|quarter|year|month)s?"
CASH_AT_END: Final = re.compile(rf"^cash\b.*\b(?:at\s+)?end\s+{_OF_A_PERIOD}$")
# The cash flow statement's opening cash ("Cash and cash equivalents at beginning of period", "Cash, beginning of
# year"): the cash at the balance-sheet date its period begins after, where the sheet prints no cash line
# (core.analysis.cash.cash_points).
CASH_AT_BEGINNING: Final = re.compile(rf"^cash\b.*\b(?:at\s+)?beginning\s+{_OF_A_PERIOD}$")
# Words naming amounts owed, a liabilities section or line ("Current liabilities:", "Provisions for liabilities
# and charges", a UK sheet's "Creditors: amounts falling due within one year"): printed in parentheses as
# deductions, they are stored positive (core.statements.concepts._liabilities_positive; "creditors", round 720).
AMOUNTS_OWED: Final = re.compile(r"\bliabilities\b|\bcreditors\b", re.IGNORECASE)
# The deductions of the UK statutory balance sheet (Companies Act format 1): "Creditors: amounts falling due
# within one year" from the current assets to net current assets, "Creditors: amounts falling due after more
# than one year" and "Provisions for liabilities (and charges)" to net assets. Stored positive as amounts owed,
# they count taken away in the sums above them (core.statements.runs.counted, round 720).
UK_FORMAT_DEDUCTIONS: Final = (r"creditors\s*[:\-\u2013]?\s*amounts\s+falling\s+due\b"
                               r"|provisions\s+for\s+liabilities\b")
# A balance sheet in the net-assets layout (UK, Ireland, a fund) closes on its net assets and the equity printed
# equal to them ("Net assets   121,000" ... "Shareholders' funds   121,000"), never on a total of liabilities and
# equity (core.statements.unclosed; round 720: a whole file ending on such a sheet had been said cut).
NET_ASSETS_WORDS: Final = re.compile(r"^(?:total\s+)?net\s+assets$", re.IGNORECASE)
EQUITY_OF_THE_NET_ASSETS: Final = re.compile(
    r"^(?:total\s+)?(?:equity\s+)?(?:(?:share|stock)holders['\u2019]?\s+)?(?:funds|equity)(?:\s+\(deficit\))?$"
    r"|^(?:total\s+)?capital\s+and\s+reserves$", re.IGNORECASE)
# A cash-flow line standing at the period's close, the line a whole cash flow statement ends on: "Cash and cash
# equivalents at end of period", "Cash, cash equivalents and restricted cash, ending balances", or "Balance at end
# of year" / "End of period" under a heading of cash. A statement a file ends in without one may have been cut
# there (core.statements.unclosed).
CLOSING_CASH_WORDS: Final = re.compile(rf"\bend\s+{_OF_A_PERIOD}\b|\bending\s+(?:balances?|cash)\b"
                                       r"|\b(?:period|quarter|year)[\s-]+end\b", re.IGNORECASE)
# ... those words ending a cash line's label ("... at end of period", ", beginning of year"), which a card naming
# the cash leaves out (core.analysis.metrics)
WHEN_CASH_STANDS: Final = re.compile(rf"[\s,]*(?:at\s+)?(?:the\s+)?(?:end|beginning)\s+{_OF_A_PERIOD}\s*$",
                                     re.IGNORECASE)
# A line's own words naming it a cost ("Interest expense", "Other (expense), net", "Restructuring costs").
COST_WORDS: Final = re.compile(r"\b(?:expenses?|costs?)\b", re.IGNORECASE)
# A line whose words name a loss ("Net loss from continuing operations", "Operating (loss) income", "Loss before
# income taxes"): a negative figure of it both years is a loss both years, its change said as a smaller or larger
# loss (core.analysis.comparisons.Change.percent_words).
LOSS_WORDS: Final = re.compile(r"\blosse?s?\b", re.IGNORECASE)
# A line named for a loss as a result, its words opening with it ("Net loss", "(Loss) income from continuing
# operations", "Loss before income taxes", "Loss from discontinued operations"), where a loss named after what it is
# of ("Equity in (losses) of subsidiaries", "Foreign exchange loss") or on what ("Loss on extinguishment of debt")
# is a charge taken off: a result's change is said as a result's, a charge's as the figure in its parentheses
# (core.analysis.comparisons.Change.deducted_cost, UI-46).
LOSS_RESULT_WORDS: Final = re.compile(r"^\W*(?:net\s+)?\(?losse?s?\)?(?!\s+on\b)", re.IGNORECASE)
# A line whose words name an income or a gain and nothing taken off ("Other Income, net", "Interest income", "Gain on
# sale of assets", "Equity in earnings of affiliates"): printed in parentheses both years it is a negative income,
# its change the signed figures' ((15) after (10) is (5), as Southern's Q4 2004 release prints it, UI-48), where a
# line naming a cost, an expense, a loss, a charge, a tax or a deduction ("Interest expense", "Provision for income
# taxes", "Equity in (losses)", "Other income (expense), net", "Other income (deductions)", "Interest Charges"), or
# a share of income that is others' ("... attributable to noncontrolling interests", "Less: ..."), is a deduction,
# its change the size's (core.analysis.comparisons.Change.deducted_cost).
_TAKEN_OFF: Final = (r"\b(?:expenses?|costs?|losse?s?|charges?|tax(?:es)?|deductions?|minority|"
                     r"non-?controlling)\b|^\W*less\b")
INCOME_ONLY_WORDS: Final = re.compile(rf"^(?!.*(?:{_TAKEN_OFF})).*\b(?:income|gains?|earnings|revenues?)\b",
                                      re.IGNORECASE)
# "Less accumulated depreciation", "Less: allowance", "Less - participation by the Office of the Chief
# Scientist", "Deduct: export incentives": a line taken from the one above it, its figure printed without a sign
# (core.tables.sums; core.statements.concepts._adds_up).
LESS_LINE: Final = re.compile(r"^\s*(?:less|deduct)\b|^\s*accumulated\s+(?:depreciation|amortization|depletion)\b",
                              re.IGNORECASE)
# A row of percentages printed without their signs: "Gross margin %", "Effective tax rate (%)",
# "... as a percentage of net sales", "% of revenue". A percent with its figure in parentheses is a share or
# rate the words name, never the unit of the row's figures: a partnership's "General partner (1%)  2,015" over
# "Limited partners (99%)  199,490" are dollars adding up to the net income (round 676).
PERCENT_LABEL: Final = re.compile(r"%\s*$|(?<![\d.])(?<![\d.]\s)%\)\s*$"
                                  r"|\bas\s+a\s+percent(?:age)?\s+of\b|^%\s+of\b|\bpercent(?:age)?\s*$"
                                  # a bank's ratios, printed without the sign: "Return on average assets",
                                  # "Efficiency ratio", "Net interest margin", "Yield on loans"
                                  r"|^(?:annualized\s+)?return\s+on\s+(?:average\s+)?(?:tangible\s+)?(?:common\s+)?"
                                  r"(?:assets|equity|shareholders|stockholders)|\bratio\b|^net\s+interest\s+margin\b"
                                  r"|^(?:average\s+)?yields?\s+on\b|\beffective\s+(?:income\s+)?tax\s+rate\b"
                                  # a ratio named as one figure to another: "Allowance for credit losses
                                  # to total loans", "Tier 1 capital to risk weighted assets" (a line
                                  # reconciling an amount "to total assets" is money)
                                  r"|^(?!.*\breconcil).*\bto\s+(?:(?:total|average|gross|risk[-\s]weighted)\s+)+"
                                  r"(?:loans|assets|deposits|equity)\b",
                                  re.IGNORECASE)
# A word every PERCENT_LABEL match holds, lower-cased, one for each alternative ("effective" for the tax rate,
# the ratio's last word for "... to total loans"): a row's label holding none ("Research and development") is
# answered without the search, asked of every row of every statement (issue 12). An alternative added above
# needs its word here (tests/test_fast_paths.py compares on every fixture line).
_PERCENT_LABEL_WORDS = ("%", "percent", "return", "ratio", "margin", "yield", "effective", "loans", "assets",
                        "deposits", "equity")


def percent_label(text: str) -> re.Match[str] | None:
    """PERCENT_LABEL.search(text), without the search where no match can be."""
    return search_holding(PERCENT_LABEL, _PERCENT_LABEL_WORDS, text)

# A row naming the period its figures are of, apart from its column's: "Combined ratio - prior year month"
# under "May 2024" is May 2023's ratio, "Gross margin, year-ago quarter", "Same quarter last year". Its
# figures belong to no column's date, so the row is held back. After a word of comparison ("Change from
# prior year quarter", "% increase over the year-ago period") the figures are the column's own.
OTHER_PERIOD_ROW: Final = re.compile(
    r"\b(?:prior|previous|preceding|last)[-\s]+year(?:'s)?\s+(?:month|quarter|period|half|(?:six|nine)\s+months"
    r"|year[-\s]to[-\s]date|ytd)\b|\byear[-\s]ago\s+(?:month|quarter|period)\b"
    r"|\bsame\s+(?:month|quarter|period)\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a\s+)\s*year\b",
    re.IGNORECASE)
# A heading over balances at the period's end inside a table of the period's flows (a bank's highlights:
# "AT PERIOD END" over total assets, deposits, equity, shares outstanding): its lines are no flows of the
# period, whatever the columns say. Averages over the period are flows' kin and stay. A heading naming the
# balance sheet's figures as such is one too ("Financial Condition Data and Ratios:", "Financial position data",
# "Period-end balances", "Selected balance sheet data", "Balance sheet items"; round 718: a bank's total assets
# under "Financial Condition Data" read as the quarter's flows, and lost).
AT_PERIOD_END_SECTION: Final = re.compile(
    r"^(?!.*\baverage).*(?:\bat\s+(?:the\s+)?(?:period|quarter|year|month)[\s-]*end\b|\bperiod[\s-]+end\b"
    r"|\bend\s+of\s+(?:the\s+)?(?:period|quarter|year)\b|\bbalance\s+sheet\s+(?:data|items)\b"
    r"|\bfinancial\s+(?:condition|position)\s+data\b)", re.IGNORECASE)
# A bank's total of its operating costs. Its facts keep it apart from "total operating expenses" (a bank's
# convention), but it is the total the Expenses page breaks down where a statement prints no other.
NONINTEREST_EXPENSE_TOTAL: Final = re.compile(r"^\s*total\s+non[\s-]?interest\s+expenses?\b", re.IGNORECASE)
# A bank's statement of operations, as nearly every bank prints it: interest income and interest expense,
# each totalled; their difference, "Net interest income"; the provision for credit losses; "Net interest income
# after provision ..."; then the non-interest income and expense totals before the pre-tax result. Labels are
# matched as printed or in normalise_label's form. A net interest income on a tax-equivalent basis ("Net interest income
# (FTE)") is a measure of the bank's own, no line of the statement, so the patterns end where the line does.
TOTAL_INTEREST_INCOME: Final = re.compile(r"^total\s+interest\s+(?:and\s+(?:dividend|fee)\s+)?income$", re.IGNORECASE)
TOTAL_INTEREST_EXPENSE: Final = re.compile(r"^total\s+interest\s+expenses?$", re.IGNORECASE)
NET_INTEREST_INCOME: Final = re.compile(
    r"^net\s+interest\s+(?:and\s+dividend\s+)?(?:income|revenue)"
    r"(?:\s+before\s+(?:the\s+)?(?:provision|credit\s+loss\s+expense)\b[\w\s()]*)?$", re.IGNORECASE)
NET_INTEREST_INCOME_AFTER_PROVISION: Final = re.compile(
    r"^net\s+interest\s+(?:and\s+dividend\s+)?(?:income|revenue)\s+(?:\(loss\)\s+)?after\s+"
    r"(?:the\s+)?(?:\(?(?:reversal\s+of|recapture\s+of|benefit\s+from)\)?\s+)?(?:provision|credit\s+loss)",
    re.IGNORECASE)
# "Provision for loan losses", "Provision for credit losses", "(Reversal of) provision for loan and lease
# losses", "Credit loss expense (benefit)": the quarter's charge for loans it expects not to be repaid.
CREDIT_LOSS_PROVISION: Final = re.compile(
    r"^(?!.*\b(?:after|before|income\s+tax(?:es)?)\b)(?:.*\bprovisions?\b.*\b(?:credit|loan|loans|lease|leases)"
    r"\s+(?:and\s+(?:lease|other)\s+)?losses\b.*|(?:provision\s+for\s+)?credit\s+loss(?:es)?(?:\s+expense)?"
    r"(?:\s+\((?:benefit|reversal|recapture)\))?)$",
    re.IGNORECASE)
# The non-interest totals, or the one line a condensed statement prints for each ("Noninterest income").
NONINTEREST_INCOME_TOTAL: Final = re.compile(r"^(?:total\s+)?non\s?-?\s?interest\s+(?:income|revenues?)(?:,?\s+net)?$",
                                             re.IGNORECASE)
# A thrift's names for the same totals, under its net interest income after the provision ("Other income:" ...
# "Total other income", "Other expenses:" ... "Total other expenses"; round 503).
OTHER_INCOME_TOTAL: Final = re.compile(r"^total\s+other\s+(?:operating\s+)?income$", re.IGNORECASE)
OTHER_EXPENSE_TOTAL: Final = re.compile(r"^total\s+other\s+(?:operating\s+)?expenses?$", re.IGNORECASE)
NONINTEREST_EXPENSE_LINE: Final = re.compile(r"^(?:total\s+)?non\s?-?\s?interest\s+expenses?(?:,?\s+net)?$",
                                             re.IGNORECASE)
# A balance sheet's other totals, which name its side of the equation beside "Total assets" ("Total capital"
# is a Federal Home Loan Bank's or a credit union's equity, "Total liabilities" the other side): with the total
# assets they say a table of balances is a balance sheet where no title names one (build.classify_table,
# round 718). Alone they say nothing: a capitalisation table prints "Total capital" as debt and equity.
BALANCE_TOTAL_BESIDE_ASSETS: Final = re.compile(r"^total\s+(?:capital|equity|liabilities)$", re.IGNORECASE)
# An insurer's: the premiums earned in the period (written premiums less the unearned part) and the losses
# and loss adjustment expenses incurred on claims against them.
PREMIUMS_EARNED: Final = re.compile(
    r"^(?:total\s+)?(?:net\s+)?(?:premiums?\s+earned|earned\s+premiums?)(?:\s+net)?$", re.IGNORECASE)
LOSSES_AND_LOSS_EXPENSES: Final = re.compile(
    r"^(?:net\s+)?loss(?:es)?\s+and\s+(?:loss\s+adjustment\s+expenses?|lae|loss\s+expenses?)"
    r"(?:\s+incurred)?(?:\s+net)?$"
    # a life and health insurer's claims: "Benefits and claims, net", "Policyholder benefits and claims incurred"
    r"|^(?:total\s+)?(?:policyholder\s+)?benefits\s+and\s+claims(?:\s+incurred)?(?:,?\s+net)?$", re.IGNORECASE)
# The insurer's own ratio of its losses and expenses to its premiums earned, as it prints it ("Combined ratio",
# "GAAP combined ratio"): below 100% its underwriting made money.
COMBINED_RATIO: Final = re.compile(r"^(?:gaap\s+)?combined\s+ratio$", re.IGNORECASE)
# The fields of an EDGAR submission's header (<SEC-HEADER>, <IMS-HEADER>) as EDGAR prints them, in capitals
# before a colon: "FILED AS OF DATE:        20051102", "CENTRAL INDEX KEY:   0001276605", "IRS NUMBER:   251804466",
# "FISCAL YEAR END:   1231", "ZIP:   74103". Wherever the header is met (a PDF of the .txt, its envelope tags lost
# or not) it is the filing's card, never a table's rows (round 652: printed as balance-sheet amounts).
EDGAR_HEADER_FIELD: Final = re.compile(
    r"^(?:ACCESSION NUMBER|CONFORMED SUBMISSION TYPE|PUBLIC DOCUMENT COUNT|CONFORMED PERIOD OF REPORT"
    r"|ITEM INFORMATION|FILED AS OF DATE|DATE AS OF CHANGE|EFFECTIVENESS DATE|COMPANY CONFORMED NAME"
    r"|CENTRAL INDEX KEY|STANDARD INDUSTRIAL CLASSIFICATION|IRS NUMBER|STATE OF INCORPORATION|FISCAL YEAR END"
    r"|FORM TYPE|SEC ACT|SEC FILE NUMBER|FILM NUMBER|STREET [12]|CITY|STATE|ZIP|BUSINESS PHONE"
    r"|FORMER CONFORMED NAME|DATE OF NAME CHANGE|ORGANIZATION NAME):(?:\s|$)")
# The mark a press release ends on, alone on its last line: "# # #", "###", "-30-", "- 30 -", "-END-".
RELEASE_END_MARK: Final = re.compile(r"^\s*(?:#(?:\s*#){2,}|-\s*30\s*-|-\s*end\s*-|\*\s*\*\s*\*)\s*$", re.IGNORECASE)
# A line of cash named as most sheets name it ("Cash and cash equivalents", "Cash and equivalents", "Cash"),
# in normalise_label's form: any other words ("Cash and due from banks") are the card's own name for it.
CASH_AND_EQUIVALENTS_WORDS: Final = re.compile(
    r"^(?:total\s+)?cash(?:\s+and\s+(?:cash\s+)?equivalents)?(?:\s+\d{1,2})?$")
# A balance-sheet line whose words say it is a current asset or liability ("Other current assets", "Current portion
# of long-term debt", "Inventories", "Prepaid expenses", "Accounts payable", "Trade and other receivables"), never
# a non-current one: what an unworded subtotal the side opens with must sum to be its current total (round 688).
CURRENT_BALANCE_LINE: Final = re.compile(
    r"(?<!non)(?<!non-)(?<!non\s)\bcurrent\b|\binventor(?:y|ies)\b|\bprepaid\b|\baccounts\s+(?:payable|receivable)\b"
    r"|\btrade\s+(?:and\s+other\s+)?(?:payables|receivables)\b", re.IGNORECASE)
# ... and one whose words say it is not: "Other non-current assets", "Property and equipment, net", "Goodwill",
# "Long-term debt" (never "Current portion of long-term debt"): a run holding one sums more than the current lines.
NONCURRENT_BALANCE_LINE: Final = re.compile(
    r"\bnon-?\s?current\b|\bproperty\b|\bplant\b|\bequipment\b|\bgoodwill\b|\bintangible|(?<!of\s)\blong-?\s?term\b",
    re.IGNORECASE)
# A balance sheet's heading over its assets held beyond a year ("Non-current assets", "Noncurrent assets:",
# "Long-term assets"): a line under it is never one of the current assets, whatever its words.
NONCURRENT_ASSETS_HEADING: Final = re.compile(r"\bnon-?\s?current\s+assets\b|\blong-?\s?term\s+assets\b",
                                              re.IGNORECASE)
# The concepts of lines among the current assets only: a line of the same words held beyond a year
# ("Marketable securities" under "Non-current assets") is no short-term investment.
CURRENT_ASSET_CONCEPTS: Final = frozenset({"short_term_investments", "cash_and_equivalents"})
# A balance-sheet section named for a kind of balance ("Current assets:", "Liabilities and equity:",
# "Assets held for sale:") rather than for one of the company's businesses ("Homebuilding:").
BALANCE_SECTION_WORDS: Final = re.compile(
    r"\b(?:assets?|liabilit|equity|deficit|capital|investments?|debt|obligations)", re.IGNORECASE)
# Where a space belongs in a stacked column head whose line breaks a scrape dropped ("Three MonthsEndedJune 30,
# 2006", round 500: a page's text taken without a separator between its <br>-broken lines).
GLUED_PERIOD_WORDS: Final = re.compile(
    r"(?<=[a-z])(?=(?:Months?|Weeks?|Ended|Ending)(?![a-z]))|(?<=[Ee]nded)(?=[A-Z0-9])|(?<=[Ee]nding)(?=[A-Z0-9])")
# A page's running head ("Kettle Creek Restaurants - Page 2", "Page 3 of 4"): no title of a table.
PAGE_NUMBER_ENDING: Final = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\s*$", re.IGNORECASE)
# A page's running head or foot, closing on its page number ("PEMBERTON LEAF COMPANY - THIRD QUARTER 2002 RESULTS
# Page 3", "Great Plains & Ohio Railway Corporation | Q2 2020 Page 2"), as pdftotext sets it inside a statement
# split by the page: no row's label (round 550: glued to the next row's) and no header of the columns, whatever
# year it names (round 576: it had headed the rest of a balance sheet, whose second column was then lost).
RUNNING_PAGE_LINE: Final = re.compile(r"\S\s+page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.IGNORECASE)
# A figure at a date, whatever the columns it stands in say: a book value per share is the equity at the period's
# end over the shares then outstanding ("Book value per share", "Tangible book value per common share" among a
# bank's or an insurer's quarter's flows; round 497: printed with months 3).
AT_A_DATE_LINE: Final = re.compile(r"\b(?:tangible\s+)?book\s+value\s+per\s+(?:common\s+|diluted\s+)?share\b",
                                   re.IGNORECASE)
# An amount at a date by its very name: a company's net debt (its debt less its cash, both balances at the
# period's end), printed among a highlights table's flows under columns of three and twelve months ("Net
# debt(5)  134.9 | 149.6 | 222.1 | 134.9 | 222.1", round 736: written as the quarter's and the year's flows). The
# whole label names it, a footnote's mark aside: "Net debt to adjusted EBITDA" is a ratio, "Change in net debt"
# and "Net debt, beginning of period" are no balance at the column's date. Debt or cash alone is left to the
# headings (a bank prints "Long-term debt" and "Cash and cash equivalents" under "Interest expense:" and
# "Interest income:": flows of the period).
NET_DEBT_LINE: Final = re.compile(r"^(?:net\s+debt(?:\s*\((?:net\s+)?cash\))?|net\s+cash\s*\((?:net\s+)?debt\))"
                                  r"\s*(?:\(\d{1,2}\)|\*{1,3})?\s*$", re.IGNORECASE)
# What a browser prints at the top and foot of each page when saving a page as PDF: "12/1/26, 9:44 PM
# Exhibit 99.1" (the date, the time, the page's title) and "file:///C:/filings/ex99.htm   1/2" (its address,
# the page of the pages). Its font may set "fi" as one ligature glyph ("\ufb01le:///"). No line of the release.
BROWSER_PRINT_EDGE: Final = re.compile(
    r"^\s*(?:(?:(?:fi|\ufb01)le|https?)://\S+(?:\s+\d+\s*/\s*\d+)?|about:blank(?:\s+\d+\s*/\s*\d+)?"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?(?:\s{2,}\S.*)?)\s*$", re.IGNORECASE)
# Dot leaders as a PDF's text layer draws them (each dot a run of its own, or a row of them; spaced ". . ."
# or close; a middle dot too): a run of at least three at the end of a laid-out line's text so far; and how
# the figure cell a run of text opens ("15,085", "$", "(1,204)", "–385", a dash alone), which the leaders
# before it give way to (pdf_leaders, round 633).
LEADER_DOTS_AT_THE_END: Final = re.compile(r"(?:[.\u00b7] ?){2,}[.\u00b7] ?$")
FIGURE_CELL_OPENING: Final = re.compile(r"\s*(?:[$(\u20ac\u00a3]|[\u2013\u2014-]?\d|[\u2013\u2014-]+\s*$)")
# A REIT's own measure, printed in a table of its release: "Funds from operations", "FFO per diluted share",
# "Core FFO". Only a real estate investment trust reports it.
FUNDS_FROM_OPERATIONS: Final = re.compile(r"\bfunds\s+from\s+operations\b|\b(?:core\s+|normali[sz]ed\s+)?FFO\b",
                                          re.IGNORECASE)
# The first line of a statement of operations that earns its income as interest on what it holds: "Interest
# income", "Total interest income", "Net interest income", "Interest and dividend income", "Investment income",
# "Interest income from real estate loans" (a mortgage REIT's, a finance company's, a business development
# company's). Other companies print their interest income below their operating result, never first.
INTEREST_INCOME_FIRST: Final = re.compile(
    r"^\s*(?:total\s+)?(?:net\s+)?(?:interest|investment)(?:\s+and\s+(?:dividend|fee)s?)?\s+income\b", re.IGNORECASE)
# The noun that closes a statement's line name, wrapped alone onto the next line under a Title Case label
# ("Net cash provided by Operating" / "Activities", "Total Stockholders'" / "Equity"): a label's last word,
# never a heading of its own.
LABEL_TAIL_NOUN: Final = re.compile(r"(?:activities|expenses?|assets|liabilities|equity|revenues?|income|taxes"
                                    r"|operations|deficit)", re.IGNORECASE)
# A balance sheet's total of deposits it holds for customers: "Total deposits" (a bank's largest liability).
# A line that only mentions deposits ("Customer deposits", "Interest-bearing deposits in other banks", an
# asset) is no such total.
TOTAL_DEPOSITS: Final = re.compile(r"^\s*total\s+deposits\b", re.IGNORECASE)
# An insurer's own lines: premiums it earns, the losses (and their adjustment expenses) it pays or owes on
# claims, premiums not yet earned, benefits owed to policyholders. Any one of them on its statement of
# operations or balance sheet says the release is an insurer's ("Net premiums earned", "Losses and loss
# adjustment expenses", "Reserve for unpaid losses", "Future policy benefits"); "Total investments" or
# "Insurance expense" alone are any company's.
INSURANCE_LINE: Final = re.compile(
    r"\b(?:premiums?\s+earned|earned\s+premiums?|unearned\s+premiums?|loss(?:es)?\s+and\s+loss\s+adjustment"
    r"|loss\s+and\s+LAE|unpaid\s+(?:claims\s+and\s+)?losses|(?:future\s+)?policy(?:holder)?s?'?\s+benefits"
    # a life and health insurer's "Benefits and claims, net" (Aflac: UI-31)
    r"|benefits\s+and\s+claims"
    r"|benefits\s+to\s+policyholders)\b", re.IGNORECASE)
# A broker-dealer's own lines: what it owes to or is owed by other brokers and dealers, and the revenue of
# trading for its own account ("Receivables from brokers, dealers and clearing organizations", "Principal
# transactions"). Such a firm totals "non-interest expenses" as a bank does, but is no bank.
BROKER_DEALER_LINE: Final = re.compile(
    r"\bbrokers?[\s,-]+(?:and\s+)?dealers?\b|\bbroker[\s-]+dealers?\b|^\s*principal\s+transactions\b",
    re.IGNORECASE)
# The last words of a label that runs on to the next line ("TOTAL LIABILITIES AND" / "SHAREHOLDERS' EQUITY"):
# no heading ends so; "net", "less" or "per" may ("Other income (expense), net" over its lines).
WRAPPED_LABEL_END: Final = re.compile(r"(?:\b(?:and|or|of|for|to|from|the|in|by|with|before|after)|[,&(])$",
                                      re.IGNORECASE)
# A printed total of the costs above a gross profit ("Total costs" over "Cost of revenues" and an impairment,
# "Total cost of revenues"): where revenue less it is the gross profit, the gross profit is taken from it
# (core.checks.identities, round 711). So is the cost's net line after a "Less:" line ("Cost of sales 177,900" /
# "Less: export incentives 6,500" / "Cost of sales, net 171,400", round 719).
TOTAL_OF_THE_COSTS: Final = re.compile(r"^total\s+costs?\b|^costs?\s+of\b[^,]*,\s*net$", re.IGNORECASE)
# A label closed by ", net" ("Other expense, net", "Interest expense, net"): the suffix ends a line's name, where
# "net" alone may go on ("Loss from discontinued operations, net" / "of tax" goes on in lower case). A line of
# words alone so closed, over a line whose own label names a line, heads it (round 711: "Other expense, net" over
# "Interest expense, net   24" had been read as one label).
LABEL_CLOSED_BY_NET: Final = re.compile(r",\s*net$", re.IGNORECASE)
# A word no label ends on, in capitals or not: what follows it on the next line is still the label's ("Total
# Costs and" / "Expenses", "Earnings before" / "Income Taxes", w3m at 80 columns setting a narrow cell's figures
# on its first line: round 544). Wider than WRAPPED_LABEL_END: an article, "than", "per" and the participles
# of a per-share line ("attributable", "available") all leave a label unfinished.
LABEL_GOES_ON: Final = re.compile(
    r"\b(?:and|or|of|in|for|to|from|the|a|an|on|by|at|with|than|before|after|per|attributable"
    r"|applicable|available|including|excluding)$", re.IGNORECASE)
# A figure a share named up to its noun and cut there, the noun on the next line ("DIVIDENDS DECLARED PER
# COMMON" / "SHARE   $ 0.360", "Distributions per limited partner" / "unit"): "per" and the words between it and
# the noun leave the label unfinished, in capitals as in lower case (round 699: the capitals line had been read
# as a heading and the dividend a share as thousands of dollars). PER_SHARE_NOUN_FIRST: the next line's
# start that finishes it.
PER_SHARE_CUT: Final = re.compile(
    r"\bper(?:\s+(?:average|weighted|weighted[\s-]average|basic|diluted|common|ordinary|equity|preferred"
    r"|limited|general|partner(?:ship)?|lp|class\s+[a-z]|outstanding))*$", re.IGNORECASE)
PER_SHARE_NOUN_FIRST: Final = re.compile(r"(?:shares?|units?|adss?)\b", re.IGNORECASE)
# A label's last word that needs the noun after it, an owners' possessive ("Total liabilities and
# stockholders'" / "equity   200,214", w3m at 80 columns: round 691): like a connector, no name ends on it.
POSSESSIVE_END: Final = re.compile(r"\w(?:s['\u2019]|['\u2019]s)$")
# The start of a release's cautionary notes: the bullets after it are the risks the company names ("our
# inability to retain key employees"), never its highlights.
FORWARD_LOOKING: Final = re.compile(
    r"\bforward[\s-]+looking\s+(?:statements?|information)\b|\bsafe\s+harbor\b|\bcautionary\s+(?:note|statement)",
    re.IGNORECASE)
# The first and last lines of a roll-forward printed among a balance sheet's data ("Allowance for credit
# losses: Beginning of quarter / Provision / Charge-offs, net / End of quarter"): the beginning is the
# balance at the date before the column's, and the lines to the end are the period's flows.
ROLL_FORWARD_START: Final = re.compile(
    r"^(?:balance[,\s]+(?:at\s+)?)?(?:the\s+)?beginning\s+(?:of\s+)?(?:the\s+)?(?:period|quarter|year|month)\b"
    r"|^balance[,\s]+beginning\b|^beginning\s+balance\b", re.IGNORECASE)
ROLL_FORWARD_END: Final = re.compile(
    r"^(?:balance[,\s]+(?:at\s+)?)?(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?(?:period|quarter|year|month)\b"
    r"|^balance[,\s]+end(?:ing)?\b|^ending\s+balance\b", re.IGNORECASE)
# The words heading a column of changes: "% Change", "Change", "Variance", "% Inc (Dec)".
CHANGE_HEADING: Final = re.compile(
    r"(?:%\s*)?\b(?:change|variance|inc\.?\s*\(dec\.?\)|increase|\(?decrease\)?|growth)\b(?:\s*%|\s*\(%\))?",
    re.IGNORECASE)
# A line of each column's own note or words under the dates, nothing else ("(Unaudited) (Unaudited)   (Unaudited)",
# "Amount   %   Amount   %", "Dollars   Percent"): the columns' header, never words of the first row's label,
# wherever it starts (round 653: glued into "Net sales" where a long label reached under the figures).
_COLUMN_NOTE = (r"(?:\(\s*(?:un)?audited\s*\)|(?:un)?audited|amounts?|dollars|\$|%|percent(?:age)?|pct\.?"
                r"|%\s+of\s+(?:net\s+)?(?:sales|revenues?|total))")
COLUMN_NOTES_LINE: Final = re.compile(rf"\s*{_COLUMN_NOTE}(?:\s+{_COLUMN_NOTE})+\s*", re.IGNORECASE)
# The head of a column of references to the notes to the statements, as IFRS and other foreign issuers' releases
# print one between the labels and the figures ("Notes", "Note", "Note ref.", "Note(s)"): the small whole numbers
# under it are no period's figures and no part of the label (`tables.note_references`).
NOTES_COLUMN_HEAD: Final = re.compile(r"notes?(?:\(s\))?(?:\s+ref(?:erences?|s?\.?))?", re.IGNORECASE)
COMPARISON_WORD: Final = re.compile(r"\b(?:from|over|versus|vs\.?|than|compared|change|increase|decrease|growth)\b|%",
                                    re.IGNORECASE)

# A page's footer, a copyright notice beside its page number ("(c) 2022 Veeva Systems Inc. All rights
# reserved. ...   5"): no line of a statement, whatever figure ends it.
COPYRIGHT_LINE: Final = re.compile(r"\u00a9|\(c\)\s*(?:19|20)\d{2}\b|\bcopyright\b|\ball\s+rights\s+reserved\b",
                                   re.IGNORECASE)


# A release's dateline: city, state, maybe the wire service, and the date ("WESTMINSTER, Colo., Aug. 3
# /PRNewswire/ --", "PITTSBURGH, Jan. 15, 2021 –"). The story starts there: no table's header does.
DATELINE: Final = re.compile(
    # (the city and state in capitals as printed, whatever the case of the month: "common stock. Additionally,
    # as of March 29, 2020" in a paragraph had been read as a dateline, the period's end as the release date)
    rf"""^\s*(?P<city>(?-i:[A-Z][A-Za-z.\- ]{{1,30}}?|[A-Z][A-Z.\- ]{{1,30}})),\s*
    (?:(?P<state>(?-i:(?:the\s)?[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))\.?,?\s*
    # no state after a well-known city, where a dash or the wire's slash follows the whole date, or the wire's
    # slashed name the month's day without its year ("SEATTLE, Nov. 4 /PRNewswire/ --": the year is the one
    # after the periods reported, core.narrative.metadata._year_after_period; round 703)
    |(?=[A-Za-z]{{3,9}}\.?\s+\d{{1,2}},\s*\d{{4}}\s*(?:[-\u2013\u2014]|/))
    |(?=[A-Za-z]{{3,9}}\.?\s+\d{{1,2}}\s*/[A-Za-z][A-Za-z\- ]{{1,30}}/))
    (?:[-\u2013\u2014]+\s*)?(?:\(?[A-Za-z ]*\)?\s*[-\u2013\u2014]+\s*)?
    (?P<month>{"|".join(sorted(MONTHS, key=len, reverse=True))})\.?\s+(?P<day>\d{{1,2}}),?\s*(?P<year>\d{{4}})?
    """,
    re.VERBOSE | re.IGNORECASE,
)


# Words of a company's name that say its legal form, not which company it is.
COMPANY_SUFFIXES: Final = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "the",
     "sa", "nv", "ag", "lp"}
)  # fmt: skip


# Words of a company's name that join two others ("Holloway Book & Gift", "Bank of Granite"): a short name cut after
# one leaves it hanging ("HOLLOWAY BOOK &" in Compare's columns), so it ends on the word before. Lower case.
NAME_JOINING_WORDS: Final = frozenset({"&", "and", "of", "the", "for", "+", "et", "und", "-", "\u2013", "\u2014", "/"})
# Marks a name's word may end on where a short name cuts it ("Smith,", "Book-"): stripped from its last word.
NAME_JOINING_MARKS: Final = ",;:&+/-\u2013\u2014"


# An exhibit that says at its head it is no press release but words spoken or shown about one: a call's
# prepared remarks or transcript, an investor presentation's slides, a CFO's commentary. Its tables round the
# release's figures to millions, so it is read only where no other exhibit holds statements.
NOT_A_RELEASE_EXHIBIT: Final = re.compile(
    r"prepared\s+remarks|\btranscript\b|(?:call|conference)\s+script|investor\s+presentation|\[\s*slide\b"
    r"|\bslides?\s+\d|\bcommentary\b|\bwebcast\s+remarks\b", re.IGNORECASE)
# A title line that is a company's name and nothing else: words ending in its legal form, and "and
# subsidiaries" after it ("PALMETTO SUPPLEMENTAL LIFE GROUP, INC. AND SUBSIDIARIES"). Its words say who, not
# what the table is ("Supplemental", "Comparable", "Basis" in a name had set a statement aside: round 379).
COMPANY_NAME_LINE: Final = re.compile(
    r"^\s*[A-Za-z][\w&'\u2019.\- ]*?,?\s+(?:inc|incorporated|corp|corporation|company|co|ltd|limited|plc|llc"
    r"|l\.\s?p|n\.\s?v|s\.\s?a|ag|group|bancorp|holdings)\.?"
    r"(?:\s+(?:and|&)\s+(?:consolidated\s+)?subsidiaries)?\s*$", re.IGNORECASE)
# The verbs a lead sentence says the company reported by, after its name ("Acme Corp. today reported", "...
# announces"; a continental release's "Rheinfeld Chemie AG today published its figures", "... presented its
# half-year results", "... released its interim report": round 729, no name had been read): narrative.metadata.
LEAD_VERBS: Final = ("reported", "reports", "announced", "announces", "published", "publishes", "presented",
                     "presents", "released", "releases")
# ... and the phrases a lead says it by in place of the verb: "PrairieSky Royalty Ltd. ("PrairieSky" or the
# "Company") is pleased to announce its fourth quarter ... results" (round 736: a lead that names the company only
# so, under a headline naming its short name, had given none). Their words are spaced as printed, one space or more.
LEAD_VERB_PHRASES: Final = ("is pleased to announce", "is pleased to report", "are pleased to announce",
                            "are pleased to report", "is proud to announce", "is proud to report")
_LEAD_VERB_PHRASES_SPACED = "|".join(r"\s+".join(phrase.split()) for phrase in LEAD_VERB_PHRASES)
LEAD_VERB: Final = rf"(?:{'|'.join(LEAD_VERBS)}|{_LEAD_VERB_PHRASES_SPACED})\b"
# What a sentence holds and no company's name does: a sentence's end inside it, a lower-case word then a capital
# ("... paid no federal income tax. Pro forma data show ..."), or the release's own word for itself after other
# words ("the provision the Company would have recorded as a C corporation."). A line ending in a legal form's word
# holding either is a sentence, no name (round 733: a narrative's sentence over a statement had been taken for the
# company named over it).
A_SENTENCES_MARKS: Final = re.compile(r"(?<![\w.])[a-z]{2,}[.!?]\s+[A-Z]|\S\s+the\s+(?i:company|corporation)\b")
# The words of a name that may be in lower case ("Bank of the Ozarks", "Compagnie de Saint-Gobain"), besides its
# legal form ("plc", "inc."): a line holding more other lower-case words than `NAME_LOWER_CASE_WORDS_AT_MOST` is a
# sentence's ("... the Company would have recorded as a C corporation."), no name.
NAME_SMALL_WORDS: Final = frozenset({"of", "and", "the", "for", "de", "du", "des", "la", "le", "der", "und", "et",
                                     "y", "e", "di", "del", "van", "von", "subsidiaries", "subsidiary",
                                     "consolidated"})
NAME_LOWER_CASE_WORDS_AT_MOST: Final = 2
# A company's legal form, the last word of its name: American and British ("Inc.", "Corp.", "Ltd", "plc",
# "L.P."), continental ("AG", "SE", "N.V.", "S.A.", "B.V.", "S.p.A.", "GmbH", "KGaA") and Nordic ("AB", "ASA",
# "A/S", "Oyj"). Unlike COMPANY_NAME_LINE's words, none is a word of a name too ("Group", "Holdings").
LEGAL_FORM: Final = (r"(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|l\.\s?p|lp|n\.\s?v|nv"
                     r"|s\.\s?a|sa|b\.\s?v|bv|s\.p\.a|spa|ag|se|gmbh|kgaa|ab|asa|a/s|oyj)\.?")
# A name that ends in its legal form, each of its words capitalised but for the few small words a name may
# hold ("Bank of Ireland Group plc", "Compagnie de Saint-Gobain S.A."): "Kronberg Maschinenbau AG", "THAMESBROOK
# HOLDINGS PLC"; never a sentence ("Second quarter results of Acme Inc.").
NAME_WITH_ITS_LEGAL_FORM: Final = re.compile(
    r"(?:The\s+|THE\s+)?(?:[A-Z0-9][\w&'\u2019.\-]*,?\s+(?:(?:of|de|du|des|la|le|der|und|and|&)\s+)?)+?"
    rf"(?i:{LEGAL_FORM})")
# Where a title line names the company before a dash and then what the release reports ("THAMESBROOK HOLDINGS
# PLC -- INTERIM RESULTS", "NORRSKOG INDUSTRI AB -- INTERIM REPORT JANUARY-JUNE 2008", "SOUTHERN CROSS
# LOGISTICS LIMITED \u2013 HALF-YEAR REPORT"): the dash after the name, and the words after it saying it is a
# results release (narrative.metadata._name_before_a_dash, round 729: a release naming itself nowhere else had
# no company).
TITLE_DASH: Final = re.compile(r"\s*(?:-{2,}|[\u2013\u2014]|\s-)\s+")
RESULTS_TITLE_WORDS: Final = re.compile(r"\b(?:results|report|earnings|figures)\b", re.IGNORECASE)
# The capitals a legal form is written in within a name set in capitals ("PLC" -> "plc", "LTD" -> "Ltd"); the
# forms not listed are initials and stay in capitals ("AG", "N.V.", "AB", "LLC").
LEGAL_FORM_SPELLINGS: Final[dict[str, str]] = {
    "plc": "plc", "ltd": "Ltd", "limited": "Limited", "inc": "Inc", "incorporated": "Incorporated", "corp": "Corp",
    "corporation": "Corporation", "co": "Co", "company": "Company", "gmbh": "GmbH", "kgaa": "KGaA", "oyj": "Oyj",
    "s.p.a": "S.p.A",
}  # fmt: skip
# Legal forms and numerals a name in capitals keeps in capitals as it is written as a name (narrative.metadata,
# UI-68): "Norrskog Industri AB", "Veldhoven Techniek N.V.", "Kettering Capital II LLC"; dots ignored ("N.V.").
LEGAL_FORM_INITIALS: Final = frozenset({"ag", "sa", "nv", "asa", "ab", "se", "bv", "llc", "lp", "llp", "na", "ii",
                                        "iii", "iv"})
# A statement's title that opens on the company's name and its scope ("TOUCHMARK BANCSHARES, INC. AND SUBSIDIARY
# CONSOLIDATED BALANCE SHEETS", on one line or in one cell): the words before "and subsidiary" or "and
# subsidiaries" name the company, whatever its legal form (narrative.metadata, round 718: a release naming itself
# nowhere else had no company). `title` is what follows, a statement's name or nothing.
NAME_AND_ITS_SUBSIDIARIES: Final = re.compile(
    r"^\s*(?P<name>[A-Za-z][\w&'\u2019.,\- ]{1,80}?),?\s+(?:and|&)\s+(?:consolidated\s+)?subsidiar(?:y|ies)\b"
    r"[\s:,\-\u2013\u2014]*(?P<title>.*)$", re.IGNORECASE)
# The boilerplate paragraph's heading before the company's name ("About American Outdoor Brands, Inc.", a name line
# to COMPANY_NAME_LINE): the heading's word is no part of the name (round 713: the company had been named "About
# American Outdoor Brands, Inc.").
ABOUT_HEADING: Final = re.compile(r"^\s*(?:About|ABOUT)\s+(?=[A-Z])")
# A title line that numbers the exhibit and names nothing else ("Exhibit 99.02", "EXHIBIT 99.1", "Exhibit No.
# 99(a)"): the document's, never its table's name.
EXHIBIT_NUMBER_LINE: Final = re.compile(r"^\s*exhibit\s+(?:no\.?\s*)?\d+(?:\.\d+)?(?:\([a-z0-9]\))?\s*$", re.IGNORECASE)
# A statement's title block naming it a subsidiary's: "(a wholly owned subsidiary of Kestrel Energy Holdings,
# Inc.)". Its figures are another entity's, however near the parent's they round.
# (the parenthesis a title block prints, never a story's "its wholly owned subsidiary, Meramec Castings")
A_SUBSIDIARYS: Final = re.compile(r"\(\s*an?\s+(?:(?:wholly|indirect|direct)[\s-]+(?:owned\s+)?)*subsidiary\s+of\b",
                                  re.IGNORECASE)
# An exhibit that says it takes an earlier one's place: "CORRECTED PRESS RELEASE", "This corrected release
# replaces the release issued earlier today", "supersedes the release", the wires' "CORRECTING and REPLACING".
# The earlier one is not read (round 384).
CORRECTS_A_RELEASE: Final = re.compile(
    r"\b(?:corrected|revised|amended)(?:\s+and\s+restated)?\s+(?:(?:press|earnings|news)\s+)?release\b"
    r"|\b(?:replaces|supersedes|corrects)\s+the\s+(?:(?:earlier|previous|prior|original)\s+)?"
    r"(?:(?:press|earnings|news)\s+)?release\b"
    # the wires' words over a corrected release: "CORRECTING and REPLACING ...", "CORRECTION -- ..."
    # (never "supersedes prior guidance": an outlook's, round 393)
    r"|^\s*correcting\s+(?:and|&)\s+replacing\b|^\s*correction\s*[-\u2013\u2014:]", re.IGNORECASE)
# A company's legal form in a title block ("ACME WIDGETS, INC.", "Harbor Bancorp"): a title naming some company.
NAMES_A_COMPANY: Final = re.compile(
    r"\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|plc|llc|l\.\s?p|bancorp|holdings)\b\.?(?!\w)",
    re.IGNORECASE)


# Words heading a group of columns that say what its figures measure, not whose they are ("Total", "% Change",
# "Budget", "GAAP"): no entity's name (core.tables.headers.names_a_column_group, round 694).
NOT_A_GROUP_NAME: Final = re.compile(
    r"\b(?:total|change|variance|increase|decrease|percent|growth|gaap|budget|plan|forecast|outlook|guidance"
    r"|estimated?|unaudited|audited|consolidated)\b|%", re.IGNORECASE)


def name_words(company: str) -> list[str]:
    """The words that tell one company from another: its name without its legal form ("Inc.", "L.P.")."""
    return [word for word in re.findall(r"[a-z]{3,}", company.lower()) if word not in COMPANY_SUFFIXES]


# A heading naming the net result or a part of it ("Net income:", "Income from continuing operations:", "Loss from
# discontinued operations:"): under a per-share heading, or over rows printed in cents, they are that figure a share.
RESULT_HEADING: Final = re.compile(
    r"^(?:net\s+)?(?:income|loss|earnings|\(loss\)\s+income|income\s+\(loss\))(?:\s+\((?:loss|income)\))?"
    r"(?:\s+from\s+(?:continuing|discontinued)\s+operations)?$", re.IGNORECASE)
# A footnote: a line that starts with its mark ("(1) See ...", "* Not meaningful", "[2] ...").
FOOTNOTE_LINE: Final = re.compile(r"^\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\*{1,3})\s")
# A note explaining the marks of the table above, opening with its mark with or without a space after it
# ("*Adjusted EBITDA and Free Cash Flow are non-GAAP measures.", "(a) Pro forma for the merger.", "\u2020 Not
# meaningful", "1 Excludes ..."), never a title of the table below, whatever measure it names (round 715:
# its "Free Cash Flow" and "non-GAAP" had been read as the title of the statement of operations under it, the
# statement set aside as a non-GAAP table without a word). A starred line that closes with stars too
# ("**CONSOLIDATED STATEMENTS OF INCOME**") is a bold heading, no note.
MARKED_NOTE: Final = re.compile(
    r"^\s*(?:\*{1,3}(?:\s|(?![*])(?!.*\*\s*$))|\(\d{1,2}\)|\([a-z]\)|\[\d{1,2}\]|[\u2020\u2021\u00a7]{1,3}"
    r"|\d{1,2}\s+(?!(?i:months?|weeks?|quarters?|years?|days?)\b)(?=[A-Z][a-z]))\s*\S")
# A figure with a stray character inside or after it ("$3,4x6", "5,0#81", "1,374*", "3,86?6"): a typing
# error or a damaged transfer; or whose last group of thousands holds four digits or more ("15,9155",
# "1,234,5678"): a raised footnote digit a PDF's text layer ran onto it (round 735), which no grouping
# (thousands, lakhs, a decimal comma) prints. It is no number, so it stays in the row's label; the reader
# says so.
GARBLED_FIGURE: Final = re.compile(
    r"(?<![\w,.])[$(]?\d{1,3},(?:[\d,]*[^\s\d,.()%$;:'\"][^\s]*|(?:\d{3},)*\d{4,}(?![\d,]))")
# An amount and its percentage ending a row's label ("Restaurant sales $ 84,118 100.0%", "Cost of food 26,305
# 31.3%"): the columns were misplaced (a block of figures on another grid under the table), the row's first
# figures were taken for words and the rest sit under the wrong columns. A label may name an amount ("net of
# allowance of $1,234") or a date, never an amount and its share of revenue side by side.
FIGURES_ENDING_A_LABEL: Final = re.compile(
    r"(?:^|\s)\$?\s?\(?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?\s+\(?-?\d+(?:\.\d+)?\)?\s?%\s*$")
# A title that says its table carries on the table before it, on a new page: "PALLIDON THERAPEUTICS, INC.
# (continued)", "CONSOLIDATED BALANCE SHEETS - Continued", "STATEMENTS OF OPERATIONS, CONTINUED". A note
# that the table goes on elsewhere ("(continued on next page)") is not one.
CONTINUED_TITLE: Final = re.compile(r"\(\s*continued\s*\)|(?:^|[-\u2013\u2014,:]\s*)continued\s*[.:]?\s*$",
                                    re.IGNORECASE)
# A currency sign run into the unit's zeros ("C$000s", "US$'000", "RMB'000"): CURRENCY asks for no word
# character after a code, so it cannot see these (core.analysis.currency).
SIGN_BEFORE_ZEROS: Final = re.compile(r"(?<![\w$])((?:US|HK|NT|C|A|S|R)\$|RMB|\$)\s*'?0{3}")
# A scale as a unit note writes it singular or short after a currency's letter code ("EUR million", "SEK m",
# "USD k"), and the letter of a scale glued before the code ("TEUR", "kSEK", "MSEK": T or k for "tausend" or
# kilo, M for million).
_SCALE_AFTER_A_CODE = "thousand|million|billion|mn|bn|m|k"
_SCALE_GLUED = "[TkKM]"
# The codes a scale's letter is glued to, the European filers' (a code no letter before it makes a word of:
# never "MARS" or "TSAR").
_GLUED_CODES = "EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF"
GLUED_SCALES: Final[dict[str, int]] = {"T": 1_000, "k": 1_000, "K": 1_000, "M": 1_000_000}
# Such a code with its scale's letter glued before it, wherever a header prints it ("TEUR   TEUR"): CURRENCY asks
# for no word character before a code, so it cannot see these (core.analysis.currency reads the code here).
SCALE_GLUED_TO_A_CODE: Final = re.compile(rf"(?<![\w$]){_SCALE_GLUED}({_GLUED_CODES})(?![\w$'])")
# A currency's sign with its scale's letters glued after it, as a column head or a unit note prints it ("£m",
# "€m", "A$m", "£bn", "£000"): CURRENCY asks for no word character after a sign, so it cannot see these
# (core.analysis.currency reads the sign here; a bare "$m" is the US dollar the filings default to).
SIGN_GLUED_TO_A_SCALE: Final = re.compile(
    r"(?<![\w$])((?:US|HK|NT|NZ|Cdn|[ACSR])\$|[\u00a3\u20ac\u00a5\u20b9])(?=(?:m|mn|bn|k|000)(?![\w']))")
# A sum of money as a narrative writes it (core.narrative.money), its currency before the figure ("\u00a36.3
# million", "EUR 12.1m", "\u20ac4.2m", "SEK 300 million", "US$1.2 billion", "MSEK 300") or after it ("12.1 million
# euros", "300 million Swedish kronor", "5 million dollars", "300 MSEK", "12,000 EUR"). A code that is a word too
# ("Won", "R", "kr", "RM") names money only with a scale after its figure ("R5.2 billion", never "Won 3 contracts"),
# and a currency spelled out only after a scale ("2010 dollars" is a year's); a mention of "sterling" or of a
# country is no sum of money.
_MONEY_SCALE = r"(?i:million|billion|thousand|crore|lakh|bn|mn|m|k)(?![\w'])"
_MONEY_FIGURE = r"\(?\d(?:[\d,.]*\d)?\)?"
_WORD_CODES = [code for code in CURRENCY_CODES
               if code.rstrip(".").isalpha() and not (len(code) == 3 and code.isupper())]
_SIGN_CODES = [code for code in (*CURRENCY_CODES, "$") if code not in _WORD_CODES]


def _alternation(codes: Iterable[str]) -> str:
    return "|".join(re.escape(code) for code in sorted(codes, key=len, reverse=True))


MONEY_IN_WORDS: Final = re.compile(
    rf"(?<![\w$])(?:[TkKM](?P<glued>{_GLUED_CODES})|(?P<sign>{_alternation(_SIGN_CODES)}))\s?{_MONEY_FIGURE}"
    rf"|(?<![\w$])(?P<word>{_alternation(_WORD_CODES)})\s?{_MONEY_FIGURE}\s?{_MONEY_SCALE}"
    rf"|(?<![\w.,]){_MONEY_FIGURE}\s?(?:{_MONEY_SCALE}\s?)?(?:[TkKM](?P<glued_after>{_GLUED_CODES})"
    rf"|(?P<code_after>{_CURRENCY_LETTERS}))(?![\w$])"
    rf"|(?<![\w.,]){_MONEY_FIGURE}\s?{_MONEY_SCALE}\s?(?P<named_after>(?i:{_CURRENCY_NAMED}|dollars))\b")


def money_code(match: re.Match[str]) -> str:
    """The code of the currency a MONEY_IN_WORDS match names: "US$" for a bare "$" or plain "dollars"."""
    written = next(found for found in match.group("glued", "sign", "word", "glued_after", "code_after",
                                                 "named_after") if found)
    if written == "$" or written.lower() == "dollars":
        return "US$"
    return currency_code(written)


# A dollar sign with its country's letters before it ("US$", "HK$", "NT$", "C$", "A$"), or a currency sign.
_CURRENCY_SIGN = r"(?:(?:US|HK|NT|NZ|Cdn|[ACSR])\$|[$\u00a3\u20ac])"
UNIT_LINE: Final = starting_fast(
    rf"""
    (?:\b(?:in|amounts\s+in|dollars\s+in|\$\s*in|US\$\s*in|U\.S\.\s+dollars\s+in)
       |\(\s*(?:US)?\$?\s*in|\$\s*and\s+shares\s+in)
       \s+(?:(?:{_CURRENCY_SIGN}|{_CURRENCY_LETTERS})\s*)?(?:U\.?S\.?\s+)?{_SCALE_WORD}\b
       (?!\s+(?:of\s+)?(?:shares|units|barrels|tons|square|ounces|acres))             # in \u20ac thousands
    | \b(?P<unit_of>{_SCALE_PLURAL})\s+of\s+(?:U\.?S\.?\s+|Canadian\s+)?
      (?:dollars\b|{_CURRENCY_SIGN}|{_CURRENCY_NAMED}\b)
    | (?:\(|^\s*|US)\$\s*(?P<unit_dollar>{_SCALE_PLURAL}|mm)\b        # ($ Millions), US$ millions
    # a column's currency and scale in short ("\u00a3m", "US$m", "\u20ac million", "$bn"), over the figures
    | (?<![\w$\u00a3\u20ac]){_CURRENCY_SIGN}\s?(?P<unit_short>m|mn|bn|millions?|billions?)(?![\w'])
    # a scale word opening a table's label cell, the note unbracketed, where railroads print it over their
    # labels ("Millions, Except Per Share Amounts and Percentages," beside "3rd Quarter", "Millions,",
    # "Thousands, except per share"; round 636): the word alone, or with its "except" clause, never a
    # row's words ("Millions of barrels", "Thousands of customers"); lynx runs the first column's month-day one
    # space after it when it centres each cell ("Millions Mar. 31," over "2017 Dec. 31,"; round 638)
    | ^\s*(?P<unit_opening>{_SCALE_PLURAL})\s*,?(?=\s*$|\s{{2}}|\s+except\b|\s(?:{MONTH_DAY_RE})\b)
    # (millions, except ...), (Millions), (EUR thousands)
    | \(\s*(?:unaudited[;,\s-]+)?(?:(?:{_CURRENCY_LETTERS})\s+|{_CURRENCY_SIGN}\s*)?(?P<unit_lead>{_SCALE_PLURAL})\b
      (?=\s*(?:[,;)]|except|$))
    # ($000), (000's omitted), ($000, except per share amounts); a million as two groups of zeros, as some
    # US filers print it ("($000,000's omitted, except per share data)", "($000,000)", "(000,000's)"; round 656)
    | (?P<omitted>\(\s*(?:US)?\$?\s*{_ZEROS}(?:'?s)?\s*(?:omitted)?\s*(?:[),;]|except\b)
      # $000, \u00a3'000, RMB'000, $000,000; a currency's letter code run into its thousands, as European filers
      # print it in the title cell ("(In EUR'000s, except share and per share data)", "USD'000"; round 708: read
      # as no unit, every figure a thousand times too small and verified)
      # (the code in capitals, asked behind it: a "(?-i:" opening the branch would leave UNIT_LINE unsped)
      | (?<![\d,.])(?:{_CURRENCY_SIGN}|RMB|(?<![\w$])(?:{_CURRENCY_LETTERS})(?<=(?-i:{_CURRENCY_LETTERS})))
        \s*'?{_ZEROS}(?:'?s)?(?![\d,])
      | (?<![\d,.]){_ZEROS}(?:'?s)?\s+omitted)                       # 000s omitted, 000,000 omitted
    # (Amounts in USD 1 000), (NOK 1,000), "in EUR 1.000": a currency counted in thousands, as Nordic and
    # German filers write it
    | (?P<counted>(?:\(\s*(?:amounts\s+)?(?:in\s+)?|\b(?:amounts\s+)?in\s+)
       (?:{_CURRENCY_SIGN}|(?-i:{_CURRENCY_LETTERS})\b)\s*1[\s,.\u00a0]?000(?!\d|[,.]\d|\s\d))
    """,
    re.IGNORECASE | re.VERBOSE,
)
# What every UNIT_LINE match holds, lower-cased: a scale's word or zeros, "mm", or a dollar sign (before "m" or
# "bn"). An ASCII text holding none of them is answered at once; UNIT_LINE costs some 15 us a line of words
# (issue 12). Outside ASCII the pattern is asked ("\u00a3m", and IGNORECASE folds "\u017f" into "s").
_UNIT_LINE_WORDS = ("thousand", "million", "billion", "lakh", "crore", "000", "mm", "$")
# What every CODE_UNIT_NOTE match holds: a currency's code in capitals, asked of the text as printed (the bare
# alternation: the cheapest search, some 3 us a line, and only of a text UNIT_LINE found nothing in).
_A_CODE_IN_CAPITALS: Final = re.compile(_CURRENCY_LETTERS)


# A unit note naming its currency by letter code before a singular or shortened scale, as European filers print
# it: "(EUR million)", "(in EUR m, except per share data)", "SEK m" in the corner cell, "(GBP thousand)"; or with
# the scale's letter glued before the code: "(TEUR)", "kSEK", "MSEK", "KUSD" (round 729: read as no note, every
# figure printed unscaled). The code in capitals, and only where a note stands: opening the line or the bracket,
# or after "in", and ending where a note ends (a bracket, a comma, "except", the line's end or a column's gap),
# so that no row's words ("Net sales, SEK m   1,812") and no word in capitals ("EUROPE", "MARS") is one, and a
# code alone ("EUR") names no scale. Apart from UNIT_LINE: asked only of a text holding a code in capitals.
CODE_UNIT_NOTE: Final = re.compile(
    rf"""
    (?:^\s*|\(\s*(?i:unaudited[;,\s-]+)?(?i:amounts\s+)?(?i:in\s+)?|\b(?i:(?:amounts\s+)?in)\s+)
    (?:(?:{_CURRENCY_LETTERS})\s?(?P<unit_code>(?i:{_SCALE_AFTER_A_CODE}))
       |(?P<unit_glued>{_SCALE_GLUED})(?:{_GLUED_CODES}))
    (?![\w$'])\.?(?=\s*(?:[,;)]|(?i:except)\b|$)|\s{{2}})
    """,
    re.VERBOSE,
)


def unit_line(text: str) -> re.Match[str] | None:
    """The text's unit note: UNIT_LINE's match, else CODE_UNIT_NOTE's; neither search made where no match can
    be (tests/test_fast_paths.py compares)."""
    found = search_holding(UNIT_LINE, _UNIT_LINE_WORDS, text)
    if found is None and _A_CODE_IN_CAPITALS.search(text) is not None:
        return CODE_UNIT_NOTE.search(text)
    return found


SCALES: Final[dict[str, int]] = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "mm": 1_000_000,
                                 "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
                                 "lakh": 100_000, "crore": 10_000_000}
# A line's own unit, apart from its table's: "Average shares outstanding (in millions)".
LINE_UNIT: Final = re.compile(rf"\bin\s+({_SCALE_PLURAL})\b|\(({_SCALE_PLURAL})\)", re.IGNORECASE)
# Shares counted in thousands, said with zeros: "Weighted average shares (000)".
# Per-share figures printed in the currency's hundredths: "Earnings per share (pence)", "(p)", "in US cents".
PER_SHARE_SUBUNIT: Final = re.compile(r"\bpence\b|\bcents?\b|\(p\)", re.IGNORECASE)
THOUSANDS_MARK: Final = re.compile(r"\(0{3}'?s?\)|\(1[\s,.]?000\)", re.IGNORECASE)  # "(000s)", "(1 000)"

# What a unit note says of share counts, which releases scale apart from dollars.
_SHARES_SCALED = re.compile(
    r"(?:dollars|\$)\s+and\s+shares|shares\s+and\s+(?:dollars|\$)"          # Thousands of Dollars and Shares
    r"|shares?(?:\s+(?:amounts|data|counts))?,?\s+(?:which\s+are\s+|are\s+)?"
    r"(?:reflected\s+|stated\s+|shown\s+|presented\s+|expressed\s+)?in\s+(?P<scale>thousands|millions)",
    re.IGNORECASE,
)
# "except share and per share data", "except number of shares", "except common share information"; never
# "except per share data" or "except earnings per common share", which speak of per-share figures only.
_SHARES_UNSCALED = re.compile(
    r"except\b[^)]*?(?<!per\s)(?<!per-)(?<!per\scommon\s)\b(?:shares?|number\s+of\s+shares)\b(?!\s+price)",
    re.IGNORECASE,
)


def scale_of(match: re.Match[str]) -> int:
    """The multiplier a UNIT_LINE match names: "thousands", "000s" and "($000)" are 1,000; each further group
    of zeros another thousand ("$000,000's omitted" a million)."""
    if match.re is CODE_UNIT_NOTE:
        glued = match.group("unit_glued")
        return GLUED_SCALES[glued] if glued else SCALES[match.group("unit_code").lower()]
    word = next((match.group(g) for g in ("unit", "unit_of", "unit_dollar", "unit_lead", "unit_short", "unit_opening")
                 if match.group(g)), None)
    zeros: str | None = word if word is not None and word.startswith("0") else match.group("omitted")
    if zeros is not None:
        return int(1_000 ** max(1, zeros.count("000")))
    if word is None:
        return 1_000
    word = word.lower().rstrip("s")
    return SCALES.get(word, 1_000)


def share_scale_words(text: str, scale: int) -> int | None:
    """What a unit note says of share counts: their own scale, the dollars' scale ("Thousands of Dollars
    and Shares"), unscaled ("except share and per share data"), or None where it says nothing."""
    scaled = _SHARES_SCALED.search(text)
    if scaled:
        named = scaled.group("scale")
        return SCALES[named.lower().rstrip("s")] if named else scale
    if _SHARES_UNSCALED.search(text):
        return 1
    return None


@dataclass(frozen=True, slots=True)
class UnitException:
    """A kind of line a unit note's "except" clause may set outside its unit ("(In thousands, except per share
    amounts, percentages and dayrates)"): the note's words naming the kind, a line's words showing it, and how
    such a line's figures are read ("percent": no amount at all; "per_share": the currency itself, as a price
    or rate a unit is; "count": as printed). Per-share figures and share counts are read apart already (their
    own words, PER_SHARE_LINE and share_scale_words) and need no entry."""

    name: str
    in_note: re.Pattern[str]
    in_label: re.Pattern[str]
    kind: ValueKind


UNIT_EXCEPTIONS: Final = (
    UnitException("percentages", re.compile(r"\bpercent(?:ages?|s)?\b|%", re.IGNORECASE),
                  # "Rig utilization — jackups", "Average occupancy", "Load factor", "Utilization (%) — floaters",
                  # "Percent change"; never a rate an instrument bears ("5.25% notes", "6 percent debentures"), nor
                  # a restaurant's or a bank's "Occupancy" cost
                  re.compile(r"\(\s*%\s*\)|(?<!\d\s)(?<!\d)\bpercent(?:ages?)?\b|\butili[sz]ation\b"
                             r"|\baverage\s+occupancy\b|\boccupancy\s+(?:rates?|percentages?)\b|\bload\s+factors?\b",
                             re.IGNORECASE), "percent"),
    UnitException("ratios", re.compile(r"\bratios?\b", re.IGNORECASE),
                  re.compile(r"\bratios?\b|\bcoverage\b", re.IGNORECASE), "percent"),
    # a driller's or a shipper's rate a day: "except dayrates", "except average daily rates", "day rates"
    UnitException("rates a day", re.compile(r"\bday\s*-?\s*rates?\b|\bdaily\s+rates?\b|\brates?\s+per\s+day\b"
                                            r"|\btime\s+charter\s+equivalents?\b|\btce\b", re.IGNORECASE),
                  re.compile(r"\bday\s*-?\s*rates?\b|\bdaily\s+rates?\b|\bper\s+(?:\w+\s+)?day\b"
                             r"|\btime\s+charter\s+equivalent\b|\btce\b", re.IGNORECASE), "per_share"),
    # "except per unit prices", "except average prices", "except per barrel and per Mcf amounts"
    UnitException("prices", re.compile(r"\bprices?\b|\bper\s+(?:barrel|bbl|boe|mcfe?|mmbtu|ton(?:ne)?|ounce|oz"
                                       r"|pound|lb|gallon)\b", re.IGNORECASE),
                  re.compile(r"\bprices?\b|\bper\s+(?:barrel|bbl|boe|mcfe?|mmbtu|ton(?:ne)?|ounce|oz|pound|lb"
                             r"|gallon)\b|\$\s*/\s*\w+", re.IGNORECASE), "per_share"),
    # "except employees", "except headcount", "except number of associates"
    UnitException("headcounts", re.compile(rf"\b{_PEOPLE}\b", re.IGNORECASE),
                  re.compile(rf"\b{_PEOPLE}\b", re.IGNORECASE), "count"),
    UnitException("square feet", re.compile(r"\bsquare\s+f(?:ee|oo)t(?:age)?\b|\bsq\.?\s*ft\b", re.IGNORECASE),
                  re.compile(r"\bsquare\s+f(?:ee|oo)t(?:age)?\b|\bsq\.?\s*ft\b", re.IGNORECASE), "count"),
)
# A unit note's "except" clause, to its closing parenthesis or the note's end
_EXCEPT_CLAUSE: Final = re.compile(r"\bexcept\b([^()]*)", re.IGNORECASE)


def unit_exceptions(note: str) -> tuple[UnitException, ...]:
    """The kinds of line a unit note says are not in its unit, in UNIT_EXCEPTIONS' order: "(In thousands, except
    per share amounts, percentages and dayrates)" -> percentages, rates a day. Nothing where it names none."""
    clause = " ".join(match.group(1) for match in _EXCEPT_CLAUSE.finditer(note))
    return tuple(kind for kind in UNIT_EXCEPTIONS if clause and kind.in_note.search(clause))

# How a balance sheet of the 1990s says its cash was valued, after the line's name: "Cash and cash equivalents, at
# cost which approximates market", "Cash, at cost" (round 607's probe, a payroll company's 2000 sheet). The
# line is the cash all the same.
_VALUED_AT: Final = (r"(?:,?\s*\(?at\s+(?:amortized\s+)?cost(?:,?\s+which\s+approximates\s+(?:market|fair\s+value))?\)?"
                     r"|,?\s*\(?at\s+(?:market|fair\s+value)\)?)?")


# An acquisition's research written off at once: "In-process research and development", "Acquired in-process
# research and development", "Purchased research and development", "Write-off of purchased in-process research
# and development". A one-off charge of buying a company, never the company's own research and development
# (round 679: printed as it, the true "Research and development" line below it left unnamed).
_RESEARCH_WRITTEN_OFF: Final = (r"(?:(?:charges?|write-?offs?)\s+(?:of|for)\s+)?"
                                r"(?:(?:acquired|purchased)\s+(?:in[\s-]?process\s+)?|in[\s-]?process\s+)research\b")
# Whom an expense was incurred with, said before or after the expense's name in a normalised label ("Research and
# development - related party", "General and administrative (affiliates)", "Cost of revenue from third parties",
# "Related-party research and development"): the same expense split by its counterparty, no other expense. A line
# beside its twin of the other counterparty is a part of the expense, never all of it
# (concepts._expense_beside_its_counterparty_twin, round 714).
_A_PARTY: Final = r"(?:related|third)[\s-]+part(?:y|ies)"
_COUNTERPARTY: Final = (rf"(?:{_A_PARTY}|(?:non-?|un)?affiliat(?:es?|ed"
                        r"(?:\s+(?:part(?:y|ies)|compan(?:y|ies)|entit(?:y|ies)))?))")
# (set off by a dash, a colon or a bracket, or after "from"/"with"; a party a comma set apart is a space apart once
# normalised, but "affiliates" a space after words is their own: "Equity in earnings of affiliates")
_SET_OFF: Final = r"(?:\s*[-\u2013\u2014:]\s*\(?|\s*\(|\s+(?:from|with|paid\s+to|incurred\s+with)\s+(?:an?\s+)?)"
COUNTERPARTY_QUALIFIER: Final = re.compile(
    rf"(?:{_SET_OFF}{_COUNTERPARTY}|\s+{_A_PARTY})\)?$|^{_A_PARTY}\s+", re.IGNORECASE)


# A line of research and development naming research: it outranks one the vocabulary reads as research and
# development by another name ("Product development", "Engineering and development") in the same statement.
NAMES_RESEARCH: Final = re.compile(r"\bresearch\b", re.IGNORECASE)


# The cost of what a company sells, named for its goods ("Cost of log sales", "Cost of merchandise sold",
# "Cost of equipment sales", "Cost of home sales"): its cost of revenue as "Cost of sales" is (round 696: a
# timber partnership's "Cost of log sales" under "Costs and expenses:" left unnamed). One to three words of
# goods; never a disposal of what the company holds ("Cost of investments sold", "Cost of
# property and equipment sold", "Cost of real estate sold": the cost a gain is figured on) nor a cost a unit
# ("Cost of gas sold per Mcf"). Two such lines with no total over them are parts, neither the whole
# (concepts._cost_beside_another_cost). A commodity bought to sell again ("Cost of natural gas sold") is left
# to COMMODITY_COST_LINE: beside fuel and purchased power it is one of several costs.
_COMMODITY_BOUGHT: Final = r"(?:natural\s+gas|gas|crude(?:\s+oil)?|propane|ngls?|natural\s+gas\s+liquids)"
_GOODS_SOLD_COST: Final = (rf"^costs?\s+of\s+(?!.*\bper\b)(?!(?:purchased\s+)?{_COMMODITY_BOUGHT}\b)"
                           r"(?!(?:[a-z-]+\s+){0,2}(?:securities|investments?|shares|stocks?|assets?|business(?:es)?"
                           r"|subsidiar(?:y|ies)|loans?|receivables?|propert(?:y|ies)|real\s+estate|"
                           r"interests?|units|equity|operations)\b)(?:[a-z][a-z-]*\s+){1,3}(?:sales|sold)\b")


# A weighted average that counts the company's stock: its words name shares or units of stock ("Weighted average
# common shares outstanding", "Weighted average number of shares", "Weighted average shares used in computing ...",
# "Weighted average common units outstanding"), a basis alone ("Weighted average - basic and diluted", a
# "Weighted average:" heading over "Basic" and "Diluted") or nothing more ("Weighted average (in thousands)").
# Any other weighted average is a statistic, never a count of shares, whatever the table's scale: a price
# ("Weighted average price per Boe"), a rate ("Weighted average interest rate on debt"), things counted
# ("Weighted average number of stores"), a distance ("Weighted average length of haul"). Round 736: a retailer's
# 408 stores had been read as its basic and diluted counts, 408,000 shares, failing the EPS check.
_WEIGHTED: Final = r"(?<!per\s)\bweighted[\s-]+(?:average|avg)\b"
WEIGHTED_COUNT_OF_STOCK: Final = (
    # the stock named after the average, no "per" before it ("... price per share" is a price)
    rf"{_WEIGHTED}(?:(?!\bper\b).)*?\b(?:shares?|units?)\b"
    # a basis, "outstanding" or nothing after it
    rf"|{_WEIGHTED}(?:\s+(?:number|no)(?:\s+of)?)?\s*[-:,]?\s*"
    r"(?:(?:basic|diluted|primary|fully\s+diluted|outstanding)\b|(?:\([^()]*\)\s*)*$)")

_CONCEPT_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    # share counts, then per share, first: "shares used in computing net loss per share" are shares, and
    # "net loss per share" must not be read as the net loss
    # ... but for a figure per weighted share ("Net income (loss) per weighted average common share": its EPS)
    # ("Earnings Per Common Shares Outstanding:" heads a broker's EPS, round 359: no count)
    ("shares", WEIGHTED_COUNT_OF_STOCK + r"|(?<!per\s)(?<!per\scommon\s)\bshares\s+(?:used|outstanding)\b"
               r"|^(?:basic|diluted)(?:\s+(?:and|&)\s+diluted)?\s+(?:common\s+)?shares$"
               r"|number\s+of\s+shares|shares\s+used\s+in|^average\s+(?:number\s+of\s+)?(?:common\s+)?shares\b"
               # "Average diluted equivalent common shares" (an insurer's)
               r"|^average\s+(?:basic\s+|diluted\s+)?(?:equivalent\s+)?common\s+shares\b"
               # "Average common and common equivalent shares" (APB 15's primary EPS, a 1997 railroad's)
               r"|^average\s+common\s+and\s+common\s+equivalent\s+shares\b"
               # a bank's "Diluted average common shares", "Average diluted shares", "Average common and dilutive
               # potential common shares" (round 586: the diluted count unnamed, the basic one given to both)
               r"|^(?:basic|diluted)\s+average\s+(?:number\s+of\s+)?(?:common\s+)?shares\b"
               r"|^average\s+(?:basic|diluted)\s+(?:equivalent\s+)?(?:common\s+)?shares\b"
               r"|^average\s+common\s+and\s+(?:dilutive\s+)?potential\s+common\s+shares\b"),
    # earnings per share, never another figure per share ("Book value per share", "FFO per share",
    # "Operating income per diluted share") nor a balance sheet's stock "$0.01 par value per share": no EPS
    ("eps", r"^(?!.*\b(?:book\s+value|funds\s+from\s+operations|ffo|cash\s+flow|operating\s+(?:income|earnings|profit)"
            # (but "Earnings per equity share (par value Rs. 5 each)": the shares' face value, an Indian EPS heading's)
            r"|revenues?|sales|dividends?|distributions?|tangible|par\s+value(?![^)]*\beach\))|stated\s+value"
            r"|liquidation\s+(?:preference|value)|(?:continuing|discontinued)\s+operations|net\s+investment\s+income"
            r"|operating\s+eps|comprehensive|net\s+asset\s+value|\bnav\b"
            # a company's own measure per share ("Cash EPS", "Economic earnings per share", "Distributable
            # earnings per unit", "Headline earnings per share") and the EPS of a part ("... per share before
            # cumulative effect of accounting change")
            r"|(?:cash|core|economic|distributable|normali[sz]ed|recurring|comparable|underlying|headline)[\s-]+"
            r"(?:(?:basic|diluted)\s+)?(?:eps|earnings|net|income|profit)|cash[\s-]+basis"
            # (Apple's "Earnings per common share before accounting change:" over the net result's own EPS lines,
            # UI-59: the Per share chart had plotted the part's EPS as the net result's)
            r"|before\s+(?:the\s+|an?\s+)?(?:cumulative|extraordinary|(?:changes?\s+in\s+)?accounting\s+(?:changes?|principles?))"
            r"|pre-?\s?tax"
            r"|participating\s+securities"
            # a price paid a share ("Weighted average price per share" of stock bought back): no earnings
            r"|prices?\s+(?:paid\s+)?per)\b)"
            # "per weighted average share", APB 15's "per common and common equivalent share", a utility's
            # "per average diluted common share" (round 518)
            r"(?:.*\bper\s+(?:weighted[\s-]+)?(?:average\s+)?(?:(?:basic|diluted)\s+)?(?:common\s+(?:and\s+(?:common\s+)?equivalent\s+)?"
            r"|ordinary\s+|equity\s+|class\s+[a-z]\s+(?:common\s+)?|limited\s+partner(?:ship)?\s+|lp\s+)?"
            # (never a figure per depositary share, "Net loss per ADS": a multiple of the EPS, which the
            # count of ordinary shares divides; round 715: printed first, it had been taken for the EPS)
            # ("per common shares")
            r"(?:shares?|unit)\b|.*\beps\b(?!.*\bper\s+adss?\b)|.*per\s+basic|.*per\s+diluted)"),
    # operations
    # ... never a figure per share of it ("Earnings per share attributable to common shareholders: Basic:
    # Continuing operations", the EPS of a part, which the EPS pattern leaves alone)
    ("net_income_to_common", r"^(?!.*\bper\s+(?:\w+\s+)?(?:share|unit)\b)(?:"
                             r".*?(?:net\s+)?(?:income|loss|earnings)\s+(?:\S+\s+){0,3}(?:(?:applicable|available|"
                             r"allocable|allocated|attributable)(?:\s+\(\w+\))?\s+)?(?:to|for)\s+"
                             r"(?:class\s+\w+\s+(?:and\s+class\s+\w+\s+)?)?common"  # "to Class A and Class B common"
                             # "available for The Dow Chemical Company common stockholders"
                             r"|^net\s+(?:income|loss|earnings)(?:\s+\((?:income|loss|earnings)\))?\s+"
                             r"(?:applicable|available|attributable)\s+(?:to|for)\s+"
                             r"(?:the\s+)?(?:\w+\s+){1,5}common\s+(?:stock|share)holders$"
                             # a partnership's: what its per-unit figure divides
                             r"|^limited\s+partners?['\u2019]?\s+interest\s+in\s+net\s+(?:\((?:income|loss|earnings)\)\s+)?"
                             r"(?:income|loss|earnings)"
                             r"|^net\s+(?:\((?:income|loss|earnings)\)\s+)?(?:income|loss|earnings)(?:\s+\((?:income|loss)\))?"
                             r"\s+(?:allocated|allocable|attributable|available)\s+to\s+limited\s+partners?)"),
    # (a railroad's "Total railway operating expenses", a utility's "Total utility operating expenses": round 247)
    ("total_operating_expenses", r"^total\s+(?:(?:railway|railroad|utility)\s+(?=operating))?"
                                 r"(?:operating\s+)?(?:costs\s+and\s+)?(?:operating\s+)?expenses?\b"
                                 r"|^total\s+(?:operating\s+)?costs\s+and\s+expenses|^total\s+operating\s+costs"
                                 r"|^costs\s+and\s+expenses\s+total|^operating\s+expenses\s+total"
                                 # an insurer's: "Total benefits, losses and expenses", "Total losses and expenses"
                                 r"|^total\s+(?:benefits\s+)?(?:losses\s+|claims\s+)?and\s+expenses$"
                                 # ... and any list of its cost words ending in "expenses" (`INSURER_EXPENSE_TOTAL`)
                                 rf"|{INSURER_EXPENSE_TOTAL}"),
    ("cost_of_revenue", r"^(?:total\s+)?costs?\s+of\s+(?:goods\s+(?:manufactured\s+and\s+)?sold|sales|revenues?"
                        r"|products?|services|merchandise\s+sold|operations$|"
                        r"net\s+sales|net\s+revenues?)|^cost\s+of\s+(?:product|license|contract)"
                        rf"|{_GOODS_SOLD_COST}"),
    ("gross_profit", r"^gross\s+(?:profit|margin|income)"),
    # (never an acquisition's research written off at once: `_RESEARCH_WRITTEN_OFF`, round 679)
    ("research_and_development", rf"^(?!{_RESEARCH_WRITTEN_OFF})(?:.*?research\s+(?:and|&)\s+development(?!.*revenue)"
                                 r"|^r\s*d$|^r&d"
                                 # "Research, development and engineering", "Research and engineering"
                                 r"|^research,?\s+development,?\s+(?:and|&)\s+(?:engineering|related)\b(?!.*revenue)"
                                 r"|^research\s+(?:and|&)\s+engineering(?!.*revenue)"
                                 # "Research and product development", as a toy maker names it
                                 r"|^research\s+(?:and|&)\s+product\s+development(?!.*revenue)"
                                 # what a manufacturer or an internet company calls it
                                 r"|^(?:engineering|technology|product)\s+(?:and|&)\s+(?:product\s+)?development"
                                 r"(?:\s+expenses?)?$"
                                 # a software company's name for it, "Product development (exclusive of stock-based
                                 # compensation ...)": a line naming research outranks it (`NAMES_RESEARCH`)
                                 r"|^product\s+development(?:\s+(?:and|&)\s+(?:engineering|technology))?"
                                 r"(?:\s+(?:expenses?|costs?))?(?:\s+\([^()]*\))?$)"),
    # ... but not a line adding other costs to them ("Total direct and selling, general and administrative")
    ("selling_general_administrative", r"^(?!.*\b(?:direct|cost\s+of)\b.*\b(?:selling|marketing))"
                                       r"(?:.*(?:selling|marketing|sales).*(?:general|administrative|administration)"
                                       r"|.*general\s+(?:and|&)\s+administrative.*(?:selling|marketing))"
                                       # the abbreviation alone ("SG&A", "SG&A expenses"; round 313)
                                       r"|^sg\s?(?:and|&)\s?a(?:\s+expenses?)?$"),
    # (a plan named by its year: "2021 restructuring program", round 611)
    ("restructuring", r"^(?:(?:19|20)\d\d\s+)?restructuring|restructuring\s+(?:costs|charges?|expenses?)"),
    ("operating_income", r"^(?:net\s+)?(?:operating\s+)?(?:income|loss|profit|earnings)(?:\s+\(loss\)|"
                         r"\s+\(income\)|\s+or\s+loss)?\s+from\s+(?:railway\s+|railroad\s+|utility\s+)?operations"
                         # (a summary's "Income from Operations from Continuing Operations", round 713: the
                         # operating result is the continuing business's by its place above discontinued ones)
                         r"(?:\s+from\s+continuing\s+operations)?$"
                         r"|^(?:net\s+)?(?:\(loss\)|\(income\))\s+(?:income|loss|earnings)\s+from\s+operations"
                         r"(?:\s+from\s+continuing\s+operations)?$"
                         r"|^operating\s+(?:income|loss|profit|earnings|result)(?:\s+\((?:loss|income|ebit)\))?$"
                         r"|^operating\s+(?:income|loss|profit|earnings)(?:\s+\(loss\))?\s+from\s+continuing\s+operations$"
                         r"|^operating\s+\((?:loss|income|profit|earnings)\)\s+(?:income|loss|earnings|profit)$"
                         r"|^(?:\(loss\)\s+)?income\s+\(loss\)\s+from\s+operations$"),
    ("nonoperating_income", r"^(?:total\s+)?(?:interest\s+and\s+other|other\s+and\s+interest|other)\s+"
                            r"(?:non-?operating\s+)?(?:income|expense)s?(?:\s+\((?:income|expense)s?\))?(?:\s+\w+)?,?\s+net$"
                            r"|^(?:total\s+)?other\s+(?:income|expense)\s+\((?:income|expense)\)$"
                            r"|^interest\s+and\s+other\s+income$|^total\s+other\s+(?:income|expense)"
                            r"|^interest\s+(?:income|expense)\s+and\s+other(?:\s+(?:income|expense))?,?\s+net$"
                            r"|^interest\s+and\s+other\s+(?:income|expense)\s+\((?:income|expense|loss)\),?\s+net$"
                            r"|^interest\s+and\s+other,?\s+net$"
                            r"|^interest\s+(?:income|expense)(?:\s+\((?:income|expense)\))?,?\s+net$"
                            r"|^other\s+income\s+(?:and|&)\s+expense(?:,?\s+net)?$"
                            r"|^(?:total\s+)?non-?operating\s+(?:income|expense)"
                            r"|^(?:net\s+)?financ(?:ial|e)\s+(?:income|expense|costs?)(?:\s+\((?:income|expense)\))?"
                            r"(?:,?\s+net)?$"),
    # (never earnings before interest and taxes, EBIT: "Earnings before interest expense and income taxes")
    ("income_before_taxes", r"^(?!.*\bbefore\s+(?:net\s+)?interest\b).*?(?:"
                            r"before\s+(?:provision\s+for\s+|benefit\s+from\s+)?(?:income\s+)?tax(?:es|ation)?\b"
                            r"|^(?:\(loss\)\s+|\(income\)\s+)?(?:net\s+)?(?:income|loss|earnings)\b.*"
                            r"\bbefore\b.*\b(?:income\s+)?tax(?:es)?\b"
                            # "Income before provision", never "Revenues before provision for doubtful accounts"
                            r"|before\s+(?:provision|benefit)(?!\s*(?:\(\w+\)\s*)?(?:for|from)\s+(?!(?:income\s+)?tax))"
                            r"|pre-?tax\s+(?:income|loss|earnings))"),
    ("income_tax", r"^(?:total\s+)?(?:provision|benefit|\(provision\)|\(benefit\)|\(provision\s+for\)"
                   r"|\(benefit\s+from\))\s+(?:for|from)?\s*\(?.*income\s+tax"
                   r"|^(?:total\s+)?income\s+tax(?:es)?\s*(?:expense|provision|benefit)?(?:\s+\((?:expense|benefit|"
                   r"provision|recovery)\))?$|^(?:provision|benefit)\s+for\s+taxes|^income\s+tax(?:es)?\s+\(?(?:expense|"
                   r"benefit|provision|credit)|^(?:provision\s+for\s+)?income\s+taxes$|^taxes\s+on\s+income|^applicable\s+income\s+taxes$"
                   # "Provision (benefit) for taxes", "Provision for (benefit from) taxes", "Tax provision (benefit)"
                   r"|^(?:provision|benefit)(?:\s+\((?:provision|benefit)\))?\s+(?:for|from)"
                   r"(?:\s+\((?:benefit|provision)\s+(?:from|for)\))?\s+taxes$"
                   r"|^tax\s+(?:provision|benefit)(?:\s+\((?:provision|benefit)\))?$"
                   # a Canadian filer's benefit: "Deferred income tax recovery", "Income tax (recovery)"
                   r"|^(?:(?:current|deferred|future)\s+)?income\s+tax(?:es)?\s+\(?recovery\)?$"
                   # a tax named by where it is levied: "Federal and state income taxes", "Foreign income taxes"
                   r"|^(?:federal|state|foreign|domestic)(?:,?\s+(?:and\s+)?(?:federal|state|local|foreign))*"
                   r"\s+income\s+tax(?:es|\s+expense|\s+provision)$"
                   # a utility's tax on its other income, printed among the other income and deductions apart
                   # from the tax among its operating expenses: "Income taxes on other income (deductions)", a
                   # part of the tax (`concepts._taxes_in_parts` decides where the whole is printed)
                   r"|^income\s+tax(?:es)?\s+(?:on|applicable\s+to|related\s+to)\s+other\s+income"
                   r"(?:\s+\((?:deductions?|expenses?)\)|\s+(?:and|&)\s+(?:deductions?|expenses?))?(?:,?\s+net)?$"
                   # as UK and Commonwealth releases print it
                   r"|^taxation(?:\s+(?:charge|credit))?$|^tax(?:\s+(?:charge|credit|expense))?$"
                   r"|^tax\s+on\s+(?:the\s+)?(?:profit|loss)"),
    # a fund's or business development company's net result: "Net increase (decrease) in net assets resulting
    # from operations" (its per-share figure is the EPS)
    ("net_income", r"^net\s+(?:increase|decrease)(?:\s+\((?:increase|decrease)\))?\s+in\s+net\s+assets\s+"
                   r"(?:resulting\s+)?from\s+operations$"),
    # "Net loss and comprehensive loss": one line for both where nothing else is comprehensive
    ("net_income", r"^net\s+(?:income|loss|earnings)(?:\s+\((?:loss|income)\))?\s+and\s+comprehensive\s+"
                   r"(?:income|loss)(?:\s+\((?:loss|income)\))?"
                   # "... for the period" (round 333: a Canadian miner's only net result line)
                   rf"(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?"
                   # "... attributable to Antero Resources Corporation", the company's share
                   r"(?:\s+attributable\s+to\s+(?!(?:the\s+)?(?:non|minority|redeemable))[\w\s&'\u2019.,-]+)?$"),
    # ("Net result": as Dutch and other European filers print it, round 350)
    ("net_income", r"^net\s+(?:\(loss\)\s+)?(?:income|loss|earnings|profit|result)(?:\s+\((?:loss|income)\))?"
                   rf"(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?"
                   r"(?:\s+(?:attributable|available|allocated|allocable)\s+to\s+(?!(?:the\s+)?(?:non|minority|redeemable))"
                   r"[\w\s&'\u2019-]+)?$"
                   r"|^net\s+(?:income|loss|earnings)\s+\(loss\)$|^net\s+\(loss\)\s+(?:income|earnings)$"
                   r"|^net\s+(?:income|loss|earnings)\s+or\s+loss$"
                   # "Profit", "Profit for the period", "Profit attributable to owners of the parent", "Profit after
                   # income tax expense for the half-year", "Net profit after tax" (`AFTER_TAX_RE`)
                   r"|^(?:net\s+)?(?:profit|loss|\(loss\)\s*/?\s*profit|\(profit\)\s*/?\s*loss|profit\s*/\s*\(loss\))"
                   rf"(?:\s+\((?:loss|profit)\))?{AFTER_TAX_RE}?(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?"
                   r"(?:\s+attributable\s+to\s+(?!(?:the\s+)?(?:non|minority|redeemable))[\w\s&'\u2019-]+)?$"),
    ("revenue", r"^(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)(?:\s+net)?$"
                # a miner's: "Metal sales", "Gold sales, net"
                r"|^(?:metal|metals|gold|silver|copper|mineral|concentrate)\s+sales(?:,?\s+net)?$"
                r"|^total\s+(?:net\s+)?revenues?(?:\s+and\s+other(?:\s+income)?)?$|^net\s+sales\s+and\s+revenues?$"
                r"|^revenues?,?\s+net$|^total\s+net\s+sales$|^(?:net\s+)?(?:sales|revenues?),?\s+net\s+of\b"
                # a bank's or broker's top line (never one after the provision for loan losses: round 360)
                r"|^total\s+(?:net\s+)?revenues?,?\s+net\s+of\s+interest\s+expense$"
                r"|^(?:total\s+)?(?:net\s+)?sales\s+and\s+(?:other\s+)?(?:operating\s+)?revenues?$"
                # a summary's "Net Sales from Continuing Operations": the revenue, its discontinued business
                # apart (round 713: no concept, the summary read as no statement). Only the top line: income
                # from continuing operations is a part of the net result, never the net result.
                r"|^(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)\s+from\s+continuing\s+operations$"
                r"|^(?:total\s+)?revenues?\s+from\s+(?!operations)|^(?:group\s+)?turnover$"
                # a freight broker's top line, above "Purchased transportation" and its "Net revenues" margin
                r"|^(?:total\s+)?gross\s+(?:revenues?|sales)$"
                r"|^total\s+investment\s+income$"  # a business development company's
                r"|^(?:net\s+)?sales\s+to\s+customers$"),
    # balance sheet
    # (a utility's "Cash and temporary cash investments" is its cash and cash equivalents: round 247)
    ("cash_and_investments", r"^(?:total\s+)?cash(?!\s+and\s+temporary\s+cash\s+investments$)"
                             r".*(?:investments|marketable\s+securities|available-for-sale\s+securities)"
                             # an insurer's investments with its cash, in that order (round 379)
                             r"|^total\s+investments\s+and\s+cash$"),
    ("cash_and_equivalents", r"^(?:total\s+)?(?:unrestricted\s+)?cash\s+and\s+(?:cash\s+)?equivalents"
                             # a bank's "Cash and due from banks", a thrift's "Cash and amounts due from depository
                             # institutions" (round 503)
                             r"(?:,?\s+-?\s*unrestricted)?" + _VALUED_AT + r"$|^cash" + _VALUED_AT + r"$"
                             r"|^cash\s+and\s+(?:amounts\s+)?due\s+from(?!.*\bbeginning\b)"
                             r"|^cash\s+and\s+temporary\s+cash\s+investments$"
                             # a UK sheet's (round 720): "Cash at bank and in hand", "Cash at bank"
                             r"|^cash\s+at\s+bank(?:\s+and\s+in\s+hand)?$"
                             r"|^cash\s+and\s+cash\s+equivalents(?:\s+at\s+end|\s+end)"),
    ("short_term_investments", r"^short-?\s*term\s+(?:investments|marketable)|^marketable\s+securities$"
                               r"|^investments,?\s+short-?\s*term"),
    ("total_current_assets", r"^total\s+current\s+assets|^current\s+assets$"),
    ("total_assets", r"^total\s+assets$"),
    ("total_current_liabilities", r"^total\s+current\s+liabilities|^current\s+liabilities$"
                                  # a UK sheet's one line of them (round 720): "Creditors: amounts falling due
                                  # within one year", printed as a deduction above "Net current assets"
                                  r"|^creditors\s*[:\-\u2013]?\s*amounts\s+falling\s+due\s+within\s+one\s+year$"),
    ("total_liabilities_and_equity", r"^total\s+(?:\w+\s+)?(?:equity|deficit)\s+and\s+liabilities$"
                                     r"|^total\s+liabilities\s+(?:and|&)\s+(?:\w+\s+){0,2}(?:equity|deficit|"
                                     r"investment|capital)"
                                     r"|^total\s+liabilities,?\s+.*(?:equity|deficit)(?:\s+\((?:deficit|equity)\))?$"
                                     r"|^total\s+capitali[sz]ation\s+and\s+liabilities$|^total\s+liabilities\s+and\s+net\s+assets$"),
    ("total_liabilities", r"^total\s+liabilities$|^liabilities$"),
    ("stockholders_equity", r"^(?:total\s+)?(?:\w+\s+)?(?:stockholders|shareholders|shareowners)\s+"
                            r"(?:\(deficit\)\s+)?(?:equity|deficit|investment)(?:\s+\(deficit\))?$"
                            r"|^total\s+(?:\w+\s+)?(?:stockholders|shareholders)\s+equity$"
                            # the company's, by its name: "Total Tessellate Capital Group, Inc. shareholders' equity"
                            r"|^total\s+(?!liabilities\b|non|minority|redeemable|preferred)(?:\w+\s+){2,6}"
                            r"(?:stockholders|shareholders|shareowners)\s+equity$"
                            # a utility's: "Common stock equity"
                            r"|^(?:total\s+)?common\s+stock\s+equity$"
                            r"|^(?:total\s+)?equity(?:\s+\(deficit\))?$|^(?:total\s+)?equity\s*(?:/\s*|\s+)capital$|^(?:total\s+)?(?:\w+\s+)?equity\b.*\battributable\s+to\s+"
                            r"(?!(?:the\s+)?(?:non|minority))"
                            # a partnership's or an LLC's: "Total partners' capital", "Total members' equity"
                            # ... or its deficit: "Total partners' deficit", "Members' deficit" (round 660)
                            r"|^(?:total\s+)?(?:\w+\s+)?(?:partners|members)\s+(?:capital|equity|deficit)"
                            r"(?:\s+\((?:deficit|equity)\))?$"
                            # an investment company's: "Total net assets", "Net assets"
                            r"|^(?:total\s+)?net\s+assets$"),
    # cash flow (a section's total may be its heading's words and "net": "Cash flows from financing activities, net")
    ("operating_cash_flow", r"^net\s+operating\s+cash\s+flows?$|^total\s+operating\s+activities$"
                            r"|^net\s+cash\b.*\boperating\s+activities"
                            r"|^net\s+cash\b.*\b(?:operating(?:\s+activities)?|operations)$"
                            r"|^cash\s+(?:flows?\s+)?(?:provided\s+by\s+|"
                            r"used\s+(?:in|for)\s+|from\s+|\(used\s+(?:in|for)\)\s+|generated\s+(?:by|from)\s+"
                            r"|utili[sz]ed\s+(?:in|by|for)\s+|absorbed\s+(?:by|in)\s+)+"
                            # "Cash provided by operations"; IFRS's "Cash generated from operations" comes
                            # before the tax and interest paid, and is no total
                            r"(?:operating\s+activities(?:\s+net)?|(?<!generated\sfrom\s)(?<!generated\sby\s)operations)$"),
    ("investing_cash_flow", r"^net\s+investing\s+cash\s+flows?$|^total\s+investing\s+activities$"
                            r"|^net\s+cash\b.*\binvesting\s+activities|^net\s+cash\b.*\binvesting(?:\s+activities)?$"
                            r"|^cash\s+(?:flows?\s+)?(?:provided\s+by\s+|"
                            r"used\s+(?:in|for)\s+|from\s+|\(used\s+(?:in|for)\)\s+|generated\s+(?:by|from)\s+"
                            r"|utili[sz]ed\s+(?:in|by|for)\s+|absorbed\s+(?:by|in)\s+|required\s+for\s+)+"
                            r"investing\s+activities(?:\s+net)?$"),
    ("financing_cash_flow", r"^net\s+financing\s+cash\s+flows?$|^total\s+financing\s+activities$"
                            r"|^net\s+cash\b.*\bfinancing\s+activities|^net\s+cash\b.*\bfinancing(?:\s+activities)?$"
                            r"|^cash\s+(?:flows?\s+)?(?:provided\s+by\s+|"
                            r"used\s+(?:in|for)\s+|from\s+|\(used\s+(?:in|for)\)\s+|generated\s+(?:by|from)\s+"
                            r"|utili[sz]ed\s+(?:in|by|for)\s+|absorbed\s+(?:by|in)\s+|required\s+for\s+)+"
                            r"financing\s+activities(?:\s+net)?$"),
    ("net_change_in_cash", r"^(?:net\s+)?(?:increase|decrease|change|\(decrease\)|\(increase\))\s+"
                           r"(?:\(decrease\)\s+|\(increase\)\s+|or\s+decrease\s+|increase\s+|decrease\s+)?in\s+cash"),
)  # fmt: skip

CONCEPT_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (concept, re.compile(pattern)) for concept, pattern in _CONCEPT_PATTERNS
)

# Which statement each concept belongs to; a concept found in the wrong statement is not that concept
# (a cash-flow statement's "Net loss" starts the reconciliation, it is not a second net loss fact...
# but it is the same number, so it is allowed there too).
CONCEPT_STATEMENTS: Final[dict[str, frozenset[str]]] = {
    "cash_and_investments": frozenset({"balance"}),
    # (the cash-flow statement's ending cash is the balance sheet's cash, named there: on the cash flow it had
    # been named "end of year" but not "end of period", round 517)
    "cash_and_equivalents": frozenset({"balance"}),
    "short_term_investments": frozenset({"balance"}),
    "total_current_assets": frozenset({"balance"}),
    "total_assets": frozenset({"balance"}),
    "total_current_liabilities": frozenset({"balance"}),
    "total_liabilities": frozenset({"balance"}),
    "stockholders_equity": frozenset({"balance"}),
    "total_liabilities_and_equity": frozenset({"balance"}),
    "operating_cash_flow": frozenset({"cash_flow"}),
    "investing_cash_flow": frozenset({"cash_flow"}),
    "financing_cash_flow": frozenset({"cash_flow"}),
    "net_change_in_cash": frozenset({"cash_flow"}),
}
_BALANCE_ONLY: Final = frozenset({"balance"})
OPERATIONS_ONLY: Final = frozenset(
    {
        "revenue", "cost_of_revenue", "gross_profit", "research_and_development",
        "selling_general_administrative", "restructuring", "total_operating_expenses", "operating_income",
        "nonoperating_income", "income_before_taxes", "income_tax", "net_income_to_common", "eps", "shares",
    }
)  # fmt: skip
# net_income may also open a cash-flow statement, where it repeats the operations figure.

EXPENSE_CONCEPTS: Final = frozenset(
    {"cost_of_revenue", "research_and_development", "selling_general_administrative", "restructuring",
     "total_operating_expenses"}
)  # fmt: skip

# A line of takings or costs that move one way only, quarter after quarter: revenue, the cost of it, operating
# expenses, a bank's interest earned and paid and its non-interest expense, and the cash flow's depreciation,
# capital expenditures and dividends paid. Over three months it is never more, whichever its sign, than over the
# year (or the nine months) ending the same day, so its figures say which column is the quarter (core.tables.
# lengths_by_figures, round 674). A result, a tax, a provision, restructuring (reversed), a figure a share or a
# count of shares may be larger over the quarter: a toy maker's third quarter earns more than its nine months.
GROWS_WITH_ITS_PERIOD: Final = frozenset({"revenue", "cost_of_revenue"}) | (EXPENSE_CONCEPTS - {"restructuring"})
_ONE_WAY_LINE: Final = re.compile(
    r"^(?:total\s+)?(?:net\s+interest\s+income|interest\s+(?:and\s+(?:dividend|fee)s?\s+)?(?:income|expenses?))$"
    r"|^(?:total\s+)?non-?interest\s+expenses?$"
    r"|^depreciation(?:\s+(?:and\s+)?(?:depletion|amortization))*(?:\s+expenses?)?$"
    r"|^capital\s+expenditures$|^(?:purchases?|additions?|expenditures)\s+(?:of|to|on|for)\s+(?:[a-z]+\s+){0,2}"
    r"(?:property|properties|plant|equipment)\b"
    r"|^(?:cash\s+)?dividends\s+paid\b")


def grows_with_its_period(label: str) -> bool:
    """A line whose figure over a longer period ending the same day is never the smaller in size
    (GROWS_WITH_ITS_PERIOD)."""
    return (match_concept(label) in GROWS_WITH_ITS_PERIOD
            or _ONE_WAY_LINE.search(normalise_label(label)) is not None)


# All operating expenses in one line printed without "Total" ("Operating expenses", "Costs and expenses"):
# the same words head a section of expense lines, so the arithmetic decides (core.statements.concepts).
WHOLE_EXPENSES_LINE: Final = re.compile(
    r"^(?:operating\s+)?(?:costs\s+and\s+)?(?:operating\s+)?expenses(?:\s+net)?$"
    r"|^operating\s+costs(?:\s+and\s+expenses)?$")

# A heading over all the costs and expenses ("Costs and expenses:", "Operating costs and expenses"), and the
# bare total that may close it ("Total costs"): under that heading, where the revenue less it is the operating
# result, the total is the total operating expenses; a "Total costs" that a gross profit follows is the cost
# of sales alone, and the arithmetic tells them apart (core.statements.concepts, round 711).
COSTS_AND_EXPENSES_HEADING: Final = re.compile(r"^(?:operating\s+)?costs\s+and\s+(?:operating\s+)?expenses\b",
                                               re.IGNORECASE)
BARE_TOTAL_OF_COSTS: Final = re.compile(r"^total\s+costs$", re.IGNORECASE)

# A balance-sheet line that names an amount owed ("Long-term debt", "Notes payable, less current portion",
# "Operating lease liabilities", "Borrowings under credit facility"): printed after "Total liabilities" and
# before the equity, and counted by the total of liabilities and equity, it says that total closed only part of
# the liabilities (core.statements.concepts, round 725). A redeemable or temporary equity between the two names
# none of these and leaves the total whole.
OWED_LINE: Final = re.compile(r"\b(?:debt|borrowings?|loans?|notes?\s+payable|debentures|bonds\s+payable"
                              r"|liabilit(?:y|ies)|obligations?|payables?)\b", re.IGNORECASE)

# A revenue line that says it is net of what stands above it ("Net revenues", "Revenues, net of interest
# expense"): where it is the revenue less the interest expense between them (a broker's funding cost), it is
# the revenue the costs start from. A lender's "Net revenue" after its provision for losses is not.
INTEREST_LINE: Final = re.compile(r"\binterest\b", re.IGNORECASE)
# What a release takes off its gross sales to reach its net sales ("Less: returns and allowances", "Sales
# discounts", "Excise taxes"; a broadcaster's "Less agency and national representative commissions", round
# 502): the price of the revenue, not a cost of earning it.
REVENUE_DEDUCTION_LINE: Final = re.compile(
    r"\b(?:returns|allowances?|discounts?|rebates?|excise|chargebacks?|(?:sales|revenue)\s+deductions"
    r"|commissions)\b",
    re.IGNORECASE)
# A miner's gross result, named for the mine rather than the gross ("Mine operating earnings", "Income from
# mine operations"): the gross profit only where revenue less the cost of sales printed right above it leaves it
# (core.statements.concepts._gross_profit_by_the_arithmetic), the words alone could be any operating result.
MINE_GROSS_RESULT: Final = re.compile(
    r"^(?:mine|mining)\s+operating\s+(?:earnings|income|profit|margin)(?:\s+\((?:loss|earnings|income)\))?$"
    r"|^(?:earnings|income|profit)(?:\s+\(loss\))?\s+from\s+(?:mine|mining)\s+operations$")
# The gross result of the part of the business the statement is of, named for it ("Homebuilding gross margin",
# round 660): the gross profit only where revenue less the cost of sales right above it leaves it (the same
# arithmetic), the words alone could be a segment's margin or a percent of one.
PART_GROSS_RESULT: Final = re.compile(r"^(?:[a-z-]+\s+){1,2}gross\s+(?:profit|margin)$")
# A line of revenue a statement prints after the gross profit of its other revenue, before the operating
# expenses ("Product revenue" / "Cost of product revenue" / "Gross profit on product revenue" / "Government contract
# revenue" / "Operating expenses:", round 704): contract, grant, collaboration, license or royalty revenue that
# bears no cost of its own. The revenue above the cost is then a part of the company's revenue, where the
# operating result takes the line in (core.statements.concepts._revenue_beside_the_gross_profit): the words
# alone could name a line of other income, so the arithmetic decides. A cost of it, a gross result, a total or
# "Other income" is none.
# In normalise_label's form.
REVENUE_AFTER_THE_GROSS_PROFIT: Final = re.compile(
    r"^(?!.*\b(?:costs?|deferred|unearned|gross|profit|margin|loss|total)\b)(?:[a-z-]+\s+){0,4}?(?:revenues?"
    r"|(?:grants?|royalty|royalties|license|licensing|collaboration|collaborative|milestone)\s+"
    r"(?:and\s+[a-z-]+\s+)?income)(?:\s+from\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)?(?:\s+net)?"
    r"(?:\s+-)?(?:\s+\(?related\s+part(?:y|ies)\)?)?$")


def names_revenue_after_the_gross_profit(label: str) -> bool:
    """Whether a line's words name revenue of the kind printed after a gross profit (REVENUE_AFTER_THE_GROSS_PROFIT):
    one test for the concepts that read it as revenue and the check that adds it to the gross profit."""
    return REVENUE_AFTER_THE_GROSS_PROFIT.match(matched_form(label)) is not None


# A tax named by what it is levied on rather than as the income tax ("U.S. gross transportation tax", a
# shipowner's; "Taxes", "Income and franchise taxes", "Tonnage tax", "Zakat"): the income tax where it is the one
# line between the income before taxes and the net income and takes the one to the other in every column
# (core.statements.concepts._tax_by_the_arithmetic, round 666). A line net of the tax, or before or after it
# ("Equity in earnings of affiliates, net of tax"), names the tax only to say what it is without. In
# normalise_label's form.
A_TAX_WORD: Final = re.compile(r"\b(?:tax(?:es|ation)?|zakat)\b")
NET_OF_THE_TAX: Final = re.compile(r"\b(?:net\s+of|after|before|excluding|including)\s+(?:[a-z]+\s+){0,2}"
                                   r"tax(?:es|ation)?\b")
# The income tax a result is named before ("Loss before income taxes", "Loss before provision for income taxes",
# "Loss before taxes on income"): its "income" names the tax, never a gain, so such a label names only a loss
# (core.statements.concepts._names_only_a_loss). Any case, as printed.
THE_TAX_ON_INCOME: Final = re.compile(r"\bincome\s+tax(?:es|ation)?\b|\btax(?:es|ation)?\s+(?:based\s+)?on\s+income\b",
                                      re.IGNORECASE)
# The cost of a commodity the company buys to sell again ("Cost of gas", "Cost of natural gas and NGLs purchased",
# "Cost of crude oil sold": a gas utility's or a midstream partnership's, rounds 650, 658), and a media
# company's "Operating (excludes depreciation and amortization)" (round 650): the cost of revenue where it is
# the one such cost among the costs (core.statements.concepts._commodity_cost_alone); beside "Fuel" or
# "Purchased power" it is one of several, and no line is all of it. In normalise_label's form.
COMMODITY_COST_LINE: Final = re.compile(
    rf"^costs?\s+of\s+(?:purchased\s+)?{_COMMODITY_BOUGHT}"
    r"(?:\s+(?:and|,)\s+(?:natural\s+gas\s+liquids|ngls?|crude(?:\s+oil)?|condensate|propane))?"
    r"(?:\s+(?:sold|purchased|purchases))?$"
    r"|^operating\s+\((?:excludes|excluding|exclusive\s+of)\s+depreciation(?:\s+and\s+amortization)?"
    r"(?:\s+shown\s+separately(?:\s+below)?)?\)$")

# A line of costs that is another purchase of what is sold, beside which a commodity's cost is one of several:
# "Fuel for electric generation", "Purchased power", "Purchased gas", "Cost of ..." of anything. Normalised.
OTHER_PURCHASE_LINE: Final = re.compile(
    r"^(?:fuel|purchased|costs?\s+of\b|power\s+purchased|energy\s+(?:costs?|purchases?)|(?:natural\s+)?gas\s+purchase)")
NET_REVENUE_LINE: Final = re.compile(
    r"^(?:total\s+)?net\s+(?:operating\s+)?(?:revenues?|sales)$|^(?:total\s+)?(?:revenues?|sales)\s+net\b")

_NORMALISE = re.compile(r"[^a-z0-9()&%\s-]+")
_SPACES = re.compile(r"\s+")


_GLUED_PARENTHESIS = re.compile(r"(?<=[a-z])\((?=[a-z])")

# Words a narrow newswire table cut short ("Sell., gen. & admin.", "Inc. (loss) bef. inc. taxes", "Wtd. avg.
# shs. out.", "Tot. curr. liabs."): read whole, so that the line's name is matched as if spelled out. Only
# abbreviations no label uses for another word; "inc." is income only before what follows income in a line's
# name (never a company's "Inc." at a label's end).
ABBREVIATIONS: Final = {
    "sell": "selling", "gen": "general", "admin": "administrative", "adm": "administrative",
    "devel": "development", "dev": "development", "oper": "operating", "tot": "total", "curr": "current",
    "liab": "liabilities", "liabs": "liabilities", "bef": "before", "prov": "provision", "wtd": "weighted",
    "avg": "average", "shs": "shares", "sh": "share", "exp": "expenses", "exps": "expenses", "equiv": "equivalents",
    "sls": "sales", "cst": "cost", "tx": "taxes", "int": "interest", "divs": "dividends", "shrhldrs": "shareholders",
    "shldrs": "shareholders", "stkhldrs": "stockholders", "eq": "equity", "fin": "financing", "invest": "investments",
    "accts": "accounts", "mktg": "marketing", "amort": "amortization", "depr": "depreciation",
}
_ABBREVIATED = re.compile(r"\b(" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\.")
_INCOME_CUT_SHORT = re.compile(
    r"\binc\.(?=\s*(?:\(|tax|tx\b|before|bef\.|from|per\b))|(?<=net )inc\.|(?<=oper\. )inc\.")


def _spelled_out(text: str) -> str:
    """Lower-case `text` with its abbreviations written whole ("tot. oper. expenses" -> "total operating
    expenses")."""
    text = _INCOME_CUT_SHORT.sub("income ", text)
    return _ABBREVIATED.sub(lambda m: ABBREVIATIONS[m.group(1)] + " ", text)


# A cost printed without its depreciation ("Cost of services (exclusive of depreciation and amortization shown
# separately below)", or a footnote saying so of the cost's mark): revenue less it is no gross margin after every
# cost of what the company sells (UI-46).
WITHOUT_DEPRECIATION: Final = re.compile(
    r"\b(?:exclusive\s+of|excluding|excludes|exclude|not\s+including|before)\b[^.;:]{0,40}?"
    r"\b(?P<what>depreciation|amortization|amortisation)\b", re.IGNORECASE)


# A footnote's mark after a line's words ("Revenue (1)", "Net income(3)", "Net income*", "Sales (a)")
# ("Operating income^(a)": lynx's <sup>(a)</sup>, its caret kept where the label stands on a line of its own)
NOTE_MARKS = re.compile(r"(?<!\s)\s*\^?(?:\(\d{1,2}\)|\([a-z]\)|\*+)(?=\s|$)")  # from a run's start: linear


def note_marks(label: str) -> list[str]:
    """The marks pointing at a label's footnotes, as printed: "Cost of services (1)" -> ["(1)"]."""
    return [match.group().strip().lstrip("^") for match in NOTE_MARKS.finditer(label)]


def without_note_marks(label: str) -> str:
    """The label without the marks pointing at its footnotes: "Net income(3)" is a net income all the same."""
    return NOTE_MARKS.sub("", label)


# A word a narrow column broke at a hyphen and the label's next line carries on ("... common equiva-" /
# "lent share", "Net income per com-" / "mon share"), read whole. A hyphen before "and", "or" or "to" is a
# compound's shared half ("pre- and post-tax"), never a broken word. A word that stands alone before the
# hyphen keeps it: the line broke a compound at its own hyphen ("long-" / "term debt", "post-" / "closure").
_BROKEN_WORD: Final = re.compile(r"\b(?P<head>[A-Za-z]*[a-z])- (?!(?:and|or|to)\b)(?=[a-z])")
_COMPOUND_HEADS: Final = frozenset({"long", "short", "mid", "near", "post", "year", "after", "off", "self", "mark",
                                    "held", "third", "full", "half", "cross", "multi", "co", "life", "over"})


def whole_words(label: str) -> str:
    """The label with each word broken at a hyphen across its lines made whole again."""
    return _BROKEN_WORD.sub(_rejoined, label) if "- " in label else label


def _rejoined(match: re.Match[str]) -> str:
    head = match.group("head")
    return head + "-" if head.lower() in _COMPOUND_HEADS else head


@functools.lru_cache(maxsize=8192)
def matched_form(label: str) -> str:
    """A line's label without its footnote marks ("Revenue (1)", "Net income*"), in the form patterns match: how
    every rule that reads a statement's lines compares them (kept once per label: each page asks anew)."""
    return normalise_label(without_note_marks(label))


@functools.lru_cache(maxsize=8192)
def normalise_label(label: str) -> str:
    """Lower case, curly quotes and punctuation dropped, spaces folded: the form patterns match."""
    text = whole_words(label.lower()).replace("'", "").replace("\u2019", "").replace("&", " and ")
    if "." in text:
        text = _spelled_out(text)
    if "deficiency" in text:
        text = text.replace("deficiency", "deficit")  # "Total stockholders' equity (deficiency)": one word for it
    if "(" in text:
        text = _GLUED_PARENTHESIS.sub(" (", text)  # "Income tax(expense) benefit": a scrape lost the space
    text = _NORMALISE.sub(" ", text)
    text = text.replace("( ", "(").replace(" )", ")")
    return _SPACES.sub(" ", text).strip(" -")


# What a statement takes off its net result for the common shareholders, printed between the net result and
# its EPS (round 595: "NET INCOME" / "Dividends on Series B preferred shares (2,312)" / "Earnings per common
# share", no line of what is left to common): preferred dividends, accretion of preferred stock or of a
# redeemable interest to its redemption value, deemed dividends and distributions, and the two-class method's
# share for participating securities ("Undistributed earnings allocated to participating securities").
# A partnership's general partner's interest is taken off for its limited partners' units in the same way
# (round 652: "Allocation of net income: / General partner's interest, including incentive distribution
# rights 1,048 / Limited partners' interest 9,654", then "Net income per limited partner unit").
# Whether the EPS is on the result less these is the arithmetic's to say (core.statements.to_common).
TAKEN_FOR_COMMON: Final = re.compile(
    r"\bpreferred\b.*\b(?:dividends?|distributions?)\b|\b(?:dividends?|distributions?)\b.*\bpreferred\b"
    r"|\baccretion\b|\bdeemed\s+(?:dividends?|distributions?)\b|\bparticipating\s+securities\b"
    r"|\bgeneral\s+partner(?:['\u2019]s|s['\u2019]?)?\s+(?:interest|share)\b",
    re.IGNORECASE,
)
# The limited partners' share of a partnership's net result printed under it without the words "in net income"
# that make it the result to common (round 652: "Allocation of net income:" over "Limited partners' interest"):
# a result its per-unit figure may divide, the arithmetic deciding (core.statements.to_common).
LIMITED_PARTNERS_SHARE: Final = re.compile(
    r"^(?:less:?\s+)?limited\s+partners?(?:['\u2019]s|s['\u2019]?)?\s+(?:interest|share)\b", re.IGNORECASE)
# A heading over the net result's shares, each line naming only whom it goes to (round 676: "Net income
# allocated to:" / "General partner (1%)  2,015" / "Limited partners (99%)  199,490"; "Allocation of net
# income:", "Net income (loss) allocable to:"): under it "General partner" is the general partner's interest
# (TAKEN_FOR_COMMON) and "Limited partners" the limited partners' share (LIMITED_PARTNERS_SHARE). The "to" may
# open each line instead (round 677: "Net income allocated:" / "To the General Partner (1%)").
NET_RESULT_ALLOCATED: Final = re.compile(
    r"^(?:net\s+)?\(?(?:income|loss|earnings)\)?(?:\s+\(?(?:income|loss|earnings)\)?)?\s+"
    r"(?:allocated|allocable|attributable)(?:\s+to\b|$)"
    r"|^allocation\s+of\s+(?:the\s+)?(?:net\s+)?\(?(?:income|loss|earnings)\)?", re.IGNORECASE)
# Lines naming the partners alone, with the share of the result each takes ("General partner (1%)", "To the
# Limited Partners (99%)")
_PARTNERS_SHARE_TAIL: Final = r"\s+partners?(?:['\u2019]s|s['\u2019]?)?(?:\s*\(\s*[\d.]+\s*%\s*\))?$"
GENERAL_PARTNER_NAMED: Final = re.compile(
    rf"^(?:less:?\s+)?(?:to\s+)?(?:the\s+)?general{_PARTNERS_SHARE_TAIL}", re.IGNORECASE)
LIMITED_PARTNERS_NAMED: Final = re.compile(rf"^(?:to\s+)?(?:the\s+)?limited{_PARTNERS_SHARE_TAIL}", re.IGNORECASE)

# Measures a company defines for itself are not the GAAP line the vocabulary names.
# "Adjusted" opening a weighted count of shares: the count adjusted for dilution (match_concept).
_ADJUSTED_COUNT: Final = re.compile(r"\s*adjusted\s+(?=weighted)", re.IGNORECASE)
NON_GAAP: Final = re.compile(
    r"\b(?:excluding|excludes|adjusted|non-?gaap|pro\s+forma|before\s+(?:special|one-time|unusual)|"
    r"ex-items|core\s+(?:earnings|net))\b",
    re.IGNORECASE,
)
# A part of what a concept names, however like it the words are: "Total current assets held for sale",
# "Net cash used in operating activities of discontinued operations", "Total liabilities subject to
# compromise", "Loss before reorganization items and income taxes", "Total assets of consolidated VIEs";
# and a bank's result before its provision for credit losses ("Pretax income before provision for credit
# losses", "Pre-provision net revenue"), which the income before taxes is after.
PART_OF_A_WHOLE: Final = re.compile(
    r"\bheld\s+for\s+sale\b|\bof\s+discontinued\s+operations\b|\bsubject\s+to\s+compromise\b"
    r"|\bbefore\s+reorganization\b|\bvariable\s+interest\s+entit|\bof\s+consolidated\s+vies?\b"
    r"|\bpre-?provision\b|\bbefore\s+(?:the\s+)?provisions?\s+for\s+(?:credit|loan|possible|lease)"
    r"|\bparticipating\s+securities\b"  # the two-class method's share for holders of unvested awards
    # a payroll processor's current assets and liabilities before the clients' money it holds (round 499:
    # "Total current assets before funds held for clients", then "Funds held for clients", then the total)
    r"|\bbefore\s+(?:the\s+)?(?:funds|assets)\s+held\s+for\s+(?:clients|customers)\b"
    r"|\bbefore\s+client\s+funds?\b",
    re.IGNORECASE,
)
# Qualifiers that say which version of a line this is, not what the line is.
_AS_REPORTED = re.compile(
    r"\s*(?:[-\u2014\u2013]\s*)?\(?(?<!non-)(?<!non )\b(?:as\s+reported|gaap)\b\)?\s*$|^\s*gaap\s+"
    r"|\s*\((?:see\s+)?notes?(?:\s+\d{1,2}[a-z]?)?\)"  # "(see notes)", "(Note 3)"
    # what a total holds besides, said after its name ("Total shareholders' equity (including $98,000 of
    # Series A preferred shares)"): the line is still the total
    # (a year may say which column's: "Income taxes (2023 includes a discrete benefit of $2.1 million)", round 623)
    r"|\s*\((?:(?:fiscal\s+)?(?:19|20)\d\d\s+)?(?:including|includes|included)\b[^()]*\)$"
    # amounts of a part said in each column's order ("Stockholders' equity (deficit accumulated during the
    # development stage of $17,872,618 and $6,499,238, respectively)"): the line is still the total
    r"|\s*\([^()]*\$\s?\d[^()]*\brespectively\)$"
    # what a cost leaves to a line of its own ("Cost of sales (excluding depreciation, depletion and
    # amortization)", "(exclusive of depreciation shown separately below)"): the GAAP line all the same
    r"|\s*\((?:excluding|exclusive\s+of|excludes)\s+(?:[\w,]+\s+){0,3}(?:depreciation|amortization)\b[^()]*\)"
    r"|\s*\^?\(\d\)|(?<!non)\s*[-\u2014\u2013]\s*gaap(?:\s+and\s+non-gaap)?\b"
    # a stock split the figures were restated for ("(as adjusted for the 1-for-10 reverse stock split)",
    # "(split-adjusted)"): the line as the statement reports it, not a measure of the company's own
    r"|\s*\((?![^()]*\bpre-?\s*split)[^()]*\bsplits?\b[^()]*\)"
    # a footnote's letter after the words ("Income taxes (a)"), or run onto them as a superscript renders in
    # text ("Net income(a)", round 490); "(loss)" is a word
    r"|(?<=[a-z)])\s*\^?\([a-h]\)$"  # (lynx sets a caret before it: "Operating income^(a)", round 511)
    r"|(?<=[a-z)])\s+\d$"  # a footnote mark printed as a digit after the words ("Profit 1")
    r"|(?<=[a-z])\d{1,2}$",  # or run onto them, its superscript lost with the PDF's layout ("Net sales1")
    re.I,
)
# Share counts that are not the weighted average EPS is computed from ("Period-end shares", "Shares at end
# of period"); "for the nine months period ended September 30" only says which period a figure is of.
# ("Average common shares issued and outstanding", "Weighted average ... issued and outstanding" are weighted
# counts: an average is over the period.) Nor are the shares a buyback took in ("Number of shares purchased and
# cancelled" under a summary's "Normal course issuer bid", round 708: printed as the weighted counts).
_NOT_WEIGHTED = re.compile(r"end\s+of\s+(?:the\s+)?period|period[\s-]+end(?!ed|ing)\b"
                           r"|^(?!.*\b(?:average|weighted)\b).*\bissued|at\s+(?:period|year)"
                           r"|^(?!.*\b(?:average|weighted)\b).*\bshares\s+(?:re)?(?:purchased|bought\s+back|cancell?ed|"
                           r"retired)\b", re.I)


# A qualifier naming what a net line is net of, ending its label ("Loans, net of allowance for credit losses",
# "Property, less accumulated depreciation"): a legend keeps "net" (`formatting.legend_name`, UI-55), the line's
# hover and table its printed words.
NET_OF_A_RESERVE: Final = re.compile(
    r",\s*(net|less)\b(?:\s+of)?\s+(?:the\s+)?(?:allowances?|reserves?|accumulated)\b[^,;]*$", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def strip_qualifiers(label: str) -> str:
    """"Net Loss — GAAP" -> "Net Loss"; "Net income (see notes)" -> "Net income". A qualifier may stand
    before another ("NET INCOME AS REPORTED (See Note)", round 378): each is taken off in turn."""
    stripped = _AS_REPORTED.sub("", label).strip()
    while stripped != label:
        label, stripped = stripped, _AS_REPORTED.sub("", stripped).strip()
    return stripped


# The arithmetic a label spells out before its name: "Less: Income taxes", "Deduct: ...", "Add: ...".
_OPERATOR: Final = re.compile(r"^(?:less|deduct|add|plus)\s+")


# No line's name runs longer: a longer "label" is a paragraph, or a whole table the row reader took as one
# row's words, and the vocabulary is not tried on it (some of its patterns would scan it again from each
# of its places: 24 s for a line of 10,000 rows).
LONGEST_LABEL: Final = 300


@functools.lru_cache(maxsize=8192)
def match_concept(label: str) -> str | None:
    """The vocabulary key for a label ("eps"/"shares" are resolved to basic/diluted by the caller)."""
    if len(label) > LONGEST_LABEL:
        return None
    label = strip_qualifiers(label)
    restated = _AS_ADJUSTED.search(label)
    if restated:
        # "(as adjusted)" after a count of shares or a figure per share restates them, mostly for a split
        # the footnote explains; after any other line it may name the company's own measure. A figure per
        # share that is not the statement's is still caught by the check of EPS against the net result.
        concept = match_concept(f"{label[: restated.start()]} {label[restated.end():]}".strip())
        return concept if concept in ("eps", "shares") else None
    adjusted = _ADJUSTED_COUNT.match(label)
    if adjusted is not None:
        # "Adjusted weighted average shares for diluted earnings per share": the basic count adjusted for
        # dilution, as statements of the 1990s and 2000s name the diluted count (round 331), no measure of
        # the company's own
        return "shares" if match_concept(label[adjusted.end() :]) == "shares" else None
    if NON_GAAP.search(label) or PART_OF_A_WHOLE.search(label) or _SUPERSEDED.search(label) or (
            _SHARES_AND_UNITS.search(label)):
        return None
    text = _OPERATOR.sub("", normalise_label(label))  # "Less: Income taxes" is the income taxes
    if not text:
        return None
    if _NOT_WEIGHTED.search(text) and "per share" not in text:
        return None
    for concept, pattern in CONCEPT_PATTERNS:
        if pattern.search(text):
            # a figure per share the EPS pattern turned away ("Pre-tax earnings per share") is no line's
            # amount either
            if concept not in ("eps", "shares") and _PER_SHARE_WORDS.search(text):
                return None
            if _an_average_balance(text, concept):
                return None
            # a share of the result allotted to others than the common holders is a part of the net income
            return None if concept == "net_income" and OTHER_HOLDERS_SHARE.search(text) else concept
    return None


# A label opening with "Average" ("Average shareholders' equity", "Average total assets", "Avg. loans") names the
# mean of a balance over the period, as a bank's per-share and ratio tables print it beside the period's
# EPS: never the balance at the period's end (round 718: a bank's per-share table, its "Average shareholders'
# equity" taken for the equity, had been scored a balance sheet's kin and dropped without a word).
_AVERAGE_FIRST: Final = re.compile(r"^(?:average|avg)\b")


def _an_average_balance(text: str, concept: str) -> bool:
    """Whether a label (normalise_label's form) matched to `concept`, a balance sheet's alone, opens by naming
    an average: a mean over the period, no balance on a day, so no concept of the balance sheet's."""
    return CONCEPT_STATEMENTS.get(concept) == _BALANCE_ONLY and _AVERAGE_FIRST.match(text) is not None


# A count of shares and the operating partnership's units together ("Weighted average common shares and units
# outstanding - diluted"), a REIT's count for its FFO per share and unit: no count of the company's shares
# (round 430: printed as the diluted count, one column verified by EPS rounding to the same cent).
_SHARES_AND_UNITS: Final = re.compile(r"\bshares?\s+and\s+(?:(?:op|operating\s+partnership|common|limited\s+"
                                      r"partnership)\s+)?units?\b|\bunits?\s+and\s+(?:common\s+)?shares?\b",
                                      re.IGNORECASE)
# A figure a restatement or a split has since replaced ("Memo: diluted net income per share as previously
# reported (pre-split)", "Net income, as originally reported"): printed beside the line, never the line.
_SUPERSEDED: Final = re.compile(r"\b(?:previously|originally)\s+(?:reported|stated)\b|\bpre-?\s*split\b", re.I)
_AS_ADJUSTED: Final = re.compile(r"\s*\((?:as\s+)?(?:retroactively\s+)?(?:adjusted|restated)\)", re.I)
_PER_SHARE_WORDS: Final = re.compile(r"\bper\s+(?:\w+\s+){0,2}(?:share|unit|ads)\b|\beps\b")


_SHARE_COUNT: Final = dict(CONCEPT_PATTERNS)["shares"]
# A count at a date among a statement's data ("Common shares issued at end of period"): no weighted count.
_SHARES_ISSUED: Final = re.compile(r"\bshares\s+(?:issued|authorized|repurchased)\b")


# The words of a count of shares outstanding, whatever words stand between "common" and "shares" ("Common shares
# outstanding", "Common stock shares outstanding", "Common Class A shares outstanding") or name the stock after
# them ("Shares of common stock outstanding", "Shares of Class A common stock issued and outstanding"): one
# count, named in any of these ways, on a balance sheet (_SHARES_AT_A_DATE) or among a statement's figures a
# share (SHARES_ON_A_DAY). "Common and common equivalent shares outstanding" is the weighted diluted count, as
# older statements name it. Round 718: a bank's only count, "Common Stock Shares Outstanding", had been read as its
# weighted basic and diluted counts, verified where the basic EPS rounded alike, every diluted EPS check failing.
_SHARES_OUTSTANDING: Final = (r"(?:(?:common|ordinary)\s+(?:(?!equivalent\b)[a-z]+\s+){0,3})?shares\s+"
                              r"(?:of\s+(?:(?:class\s+\w\s+)?(?:common|ordinary|capital)\s+)?stock\s+)?"
                              r"(?:issued\s+and\s+)?outstanding")


# A count of shares at a date among a balance sheet's data, named as a count from its first words ("Period
# end shares outstanding", "Common shares outstanding at end of period", "Number of shares outstanding"):
# never the amount of stock a balance sheet prints under a label that mentions its shares ("Common stock,
# $0.01 par value; 24,193,101 shares issued").
_SHARES_AT_A_DATE: Final = re.compile(
    r"^(?:(?:period|quarter|year)[\s-]+end(?:ing)?\s+|total\s+|number\s+of\s+)?" + _SHARES_OUTSTANDING
    + r"\b(?!.*\$)")


# A count of shares standing on a day, named so and not as an average over the period ("Common shares outstanding",
# "Shares outstanding at period end", "Period-end shares outstanding", "Shares issued and outstanding", "Common
# shares outstanding at December 31"): among a statement's figures a share, the count at the column's date, never
# the weighted average EPS divides (round 707: a bank's "Common shares outstanding" above its "Average shares
# outstanding" had been read as the basic count, and another's, its only count, as basic and diluted, failing the
# EPS check and holding back the net income). A word of an average, a basis or a use names the weighted count
# ("Weighted average shares outstanding", "Basic shares outstanding", "Shares outstanding used in computing EPS").
SHARES_ON_A_DAY: Final = re.compile(
    r"^(?!.*\b(?:average|avg|weighted|wtd|basic|diluted|dilutive|dilution|primary|used|computing|per)\b)\W*"
    r"(?:(?:period|quarter|year)[\s-]+end(?:ing)?\s+|ending\s+|end\s+of\s+(?:the\s+)?(?:period|quarter|year)\s+)?"
    r"(?:total\s+)?" + _SHARES_OUTSTANDING
    + r"(?:,?\s+(?:at|as\s+of|on)\s+\S.*|,?\s+(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:period|quarter|year)"
    r"|,?\s+(?:at\s+)?(?:period|quarter|year)[\s-]*end(?:ing)?)?(?:\s*\([^()]*\)|\s*\*+)*\s*$", re.IGNORECASE)


def counts_shares_on_a_day(label: str, heading: str = "") -> bool:
    """Whether a line among a statement's figures a share is a count of shares at the column's date, no weighted
    average (see SHARES_ON_A_DAY), under no heading naming an average ("Weighted average shares outstanding:")."""
    return SHARES_ON_A_DAY.search(" ".join(label.split())) is not None and not _AN_AVERAGE_HEADING.search(heading)


# A heading naming the weighted average its lines count ("Average shares outstanding:", "Weighted average ...").
_AN_AVERAGE_HEADING: Final = re.compile(r"\b(?:average|avg|weighted|wtd)\b", re.IGNORECASE)


def counts_shares_at_a_date(label: str) -> bool:
    """A balance sheet's line that is a number of shares, not an amount (see _SHARES_AT_A_DATE)."""
    return _SHARES_AT_A_DATE.search(normalise_label(strip_qualifiers(label))) is not None


# A line that opens by naming a count of shares, whatever per-share figure it goes on to say the count
# serves ("Shares used in computing pro forma net loss per share", "Pro forma weighted average shares used
# in ... per share"): the count, never a figure a share (round 316: 28,412 thousand shares printed as $28,412
# a share).
SHARE_COUNT_FIRST: Final = re.compile(
    r"^(?:pro\s+forma\s+|adjusted\s+)?(?:(?:basic|diluted)\s+)?(?:weighted[\s-]+average\s+)?(?:number\s+of\s+)?"
    r"(?:common\s+|ordinary\s+)?shares\s+(?:used|outstanding)\b", re.IGNORECASE)


# A count of depositary shares or receipts ("Weighted-average ADSs outstanding, basic and diluted", "ADSs used in
# computing net loss per ADS"): a number of them, as a count of shares is, though no EPS divides by it (an ADS is
# several ordinary shares). Round 715: 60,000,000 ADSs under "(in thousands, except share and per share data)" had
# been printed as $60 billion.
_DEPOSITARY_COUNT: Final = re.compile(
    r"^(?:(?:basic|diluted)\s+)?(?:weighted[\s-]+average\s+)?(?:number\s+of\s+)?ad[rs]s\s+(?:used|outstanding)\b")


def names_share_count(label: str) -> bool:
    """A count of shares whatever measure it serves ("Pro forma weighted-average shares outstanding"): no
    concept of the company's own, but shares all the same, never scaled as an amount of money."""
    text = normalise_label(strip_qualifiers(label))
    if _DEPOSITARY_COUNT.search(text):
        return True
    counts = _SHARE_COUNT.search(text) is not None or _SHARES_ISSUED.search(text) is not None
    return counts and ("per share" not in text or SHARE_COUNT_FIRST.search(text) is not None)


_PRIMARY = re.compile(r"\bprimary\b")
_FULLY_DILUTED = re.compile(r"\bfully\s+diluted\b")


def apb15_basis(label: str) -> str:
    """ "primary" or "fully diluted" where an EPS line's label uses APB 15's word for its figure (the names before
    SFAS 128 of 1997 called them basic and diluted: a 1997 railroad's "Primary" and "Fully diluted"), else "". The
    pages head such figures in the release's own words (UI-56: "Basic EPS" had stood over "Primary $0.52")."""
    text = normalise_label(label)
    if _FULLY_DILUTED.search(text):
        return "fully diluted"
    return "primary" if _PRIMARY.search(text) else ""


def basic_diluted(label: str, family: str) -> tuple[str, ...]:
    """Resolve "eps"/"shares" to the basic and/or diluted keys by what the label says.

    A label naming neither ("Net loss per share") is both: it is how releases of loss-making companies
    print one figure that serves as basic and diluted alike.
    """
    text = normalise_label(label)
    # "Primary" (APB 15's first figure, before SFAS 128 named it basic) is the basic one, whatever the heading
    # over it says of the shares it counts ("Weighted average common and common equivalent shares outstanding:"
    # over "Primary" and "Fully diluted": round 226, where the primary count had been printed as diluted).
    primary = _PRIMARY.search(text) is not None
    basic = "basic" in text or primary
    # "Common equivalent shares" (APB 15's words) include the dilutive options: the diluted count; so do
    # "Weighted average dilutive shares" (Deluxe) and "common shares and potential common shares" (KeyCorp).
    # ("... shares outstanding and equivalents", a bank's second count after its basic one: round 586)
    diluted = ("diluted" in text or "dilution" in text or "dilutive" in text
               or (("equivalent shares" in text or "potential common shares" in text or text.endswith(
                   "and equivalents")) and not primary))
    keys = []
    if basic or not diluted:
        keys.append(f"{family}_basic")
    if diluted or not basic:
        keys.append(f"{family}_diluted")
    return tuple(keys)


# Warnings saying a release's figures may be incomplete: a file cut off in transfer ("... ends inside a
# table: the file may be truncated, and figures after it missing", "... ends in the middle of a character:
# the file may be truncated", "The file ends inside the statement of operations (line 109): the release looks cut;
# figures after it are missing") or bytes lost in decoding ("... show as \ufffd; figures next to them may be
# missing"). A release carrying one is not called healthy whatever its checks say (core.analysis.completeness).
FIGURES_MAY_BE_MISSING_RE = re.compile(
    r"\bmay\s+be\s+truncated\b|\bfigures\b[^.;]*?\b(?:may\s+be\s+)?missing\b", re.IGNORECASE
)
# The file itself cut short (not bytes lost inside it): what a statement read up to the cut lacks is its end.
TRUNCATED_RE = re.compile(r"\bmay\s+be\s+truncated\b|\blooks\s+cut\b", re.IGNORECASE)

# Words of a balance-sheet line that holds investments beside its cash ("Cash, cash equivalents and
# marketable securities", "Cash and short-term investments"): a line without them is cash alone, and the
# pages name a burn from it for what it is, not "cash and investments".
INVESTMENT_WORDS_RE = re.compile(r"\b(?:investments?|securities|marketable|deposits?)\b", re.IGNORECASE)


# A line of rule marks only: runs of "=", "-" or "_" and the spaces between them, whatever their lengths and
# places. An HTML table's rule cells ("=========") that w3m wraps at 80 columns leave a second line of shorter
# marks ("==          ==                        ==") under the full one; it is a rule like it, never words
# (round 640: read as words under "Basic", it had ended the "Earnings per share:" heading, and "Diluted" got
# no concept).
RULE_MARKS_LINE: Final = re.compile(r"[-=_]+(?:[ \t]+[-=_]+)*")


# A line of percent signs only, whatever their places ("%      %" under "Basic   $ 1.54   (35.3)"): a renderer at
# a narrow width breaks a change column's "(35.3)%" before its sign and sets the sign a line down; it is the
# tail of the row above, never a heading nor a label's words (round 701: w3m at 80 columns set the "%" alone
# under the EPS "Basic" row, and "Diluted" under it stood in a section "%", read as no concept). A lone ")" or
# "$" is left to the readers that weigh it (core.tables.signs_alone, core.tables.layout_lost): rows labelled
# by such pieces say a table lost its layout.
PERCENT_SIGNS_ALONE: Final = re.compile(r"%+(?:\s+%+)*")


# Abbreviations a line printed in capitals keeps in capitals when it is set in sentence case
# (core.formatting.sentence_case): "SG&A", "R&D" and others carrying "&", "." or a digit are kept by their form.
ACRONYMS: Final = frozenset({
    "EBITDA", "EBITDAR", "EBIT", "EBT", "EPS", "FFO", "AFFO", "GAAP", "IFRS", "IPO", "LLC", "LP", "PLC", "NV", "SA",
    "AG", "US", "USA", "UK", "FDIC", "REIT", "ESOP", "CEO", "IT", "IP", "FX", "VAT", "LIFO", "FIFO", "COVID",
})


# A column header naming a percent change between the periods beside it ("% Increase (Decrease) in US $",
# "% Change", "Percent change", "Change %", "% Chg"): core.statements.printed_changes reads its figures.
PERCENT_CHANGE_HEADER_RE = re.compile(
    r"%\s*(?:increase|decrease|change|chg|inc\b|\(decrease\))|\bpercent(?:age)?\s+(?:increase|decrease|change)"
    r"|\b(?:change|chg|increase|decrease|\(decrease\))\s*(?:\(%\)|%)", re.IGNORECASE)
# A change said at other rates than the periods' own ("in Constant Currency", "at constant exchange rates",
# "in local currency", "organic"): no change of the figures printed, whatever its header says of a percent.
OTHER_RATES_CHANGE_RE = re.compile(
    r"\bconstant\s+(?:currency|currencies|exchange|fx|dollars?)\b|\blocal\s+currenc|\bcc\b|\borganic\b"
    r"|\bex(?:cluding|\.)?\s*(?:fx|currency)\b", re.IGNORECASE)

# A bank's heading over what its interest is earned or paid on ("Interest Income", "Interest and dividend
# income", "Interest expense:"), never "Non-interest income" (core.analysis.structure.display_label).
INTEREST_SECTION = re.compile(r"^\s*interest\s+(?:and\s+(?:dividend|fee)s?\s+)?(?:income|expenses?)\b", re.IGNORECASE)
# A line naming interest, a result or a cost itself ("Total interest expense", "Dividends", "Provision for loan
# losses" printed at the heading's indent): no part of the heading alone. "Interest-bearing deposits" is one.
NAMES_INTEREST = re.compile(
    r"\binterest\b(?!-bearing)|\bdividends?\b|^\s*total\b|\b(?:income|expenses?|provisions?|loss(?:es)?|costs?)\b",
    re.IGNORECASE)
