"""Who reports what, where and when: company, ticker, dateline, release date, fiscal period, highlights.

Press releases open the same way across wire services ("CITY, State, Month Day /Wire/ -- Company (Exchange:
TICKER) today reported..."), so a few patterns cover most of them; what they miss stays empty rather than
guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from core.fast_regex import search_holding, starting_fast
from core.model import FINANCIAL_KINDS, FiscalPeriod, Metadata, Period, Statement
from core.tables.period_headers import (
    DATE,
    DURATION,
    YEAR,
    a_year_apart,
    month_end,
    quarter_number,
    read_header,
    resolve_end,
)
from core.vocabulary import (
    A_SENTENCES_MARKS,
    ABOUT_HEADING,
    COMPANY_NAME_LINE,
    DATELINE,
    FORM_COVER_LINE,
    FORM_ITEM_HEADING,
    FORWARD_LOOKING,
    HEADLINE_VERBS,
    LEAD_VERB,
    LEGAL_FORM,
    LEGAL_FORM_INITIALS,
    LEGAL_FORM_SPELLINGS,
    LISTED_ON,
    MONTH_RE,
    MONTHS,
    NAME_AND_ITS_SUBSIDIARIES,
    NAME_LOWER_CASE_WORDS_AT_MOST,
    NAME_SMALL_WORDS,
    NAME_WITH_ITS_LEGAL_FORM,
    NUMBER_WORDS,
    ORDINAL_QUARTERS,
    ORDINAL_WORD_RE,
    OTC_MARKETS,
    OTHER_SECURITY,
    RESULTS_TITLE_WORDS,
    TITLE_DASH,
    UNDER_THE_SYMBOL,
    UNFINISHED_END,
    YEAR_RE,
    a_statements_name_alone,
    is_compared,
    name_words,
)

# (the Nasdaq National Market as the 1990s abbreviated it, "(NASDAQ/NMS: CFSI)", "(Nasdaq NMS: ...)", "(Nasdaq/NM:
# ...)": round 703, no ticker had been read; a ticker of those letters still needs the colon after the market's)
_EXCHANGES = r"NASDAQ(?:\s*(?:Global\s+Select|Global|Capital|National)\s+Market|\s*[/\-]?\s*NMS?\b)?|Nasdaq(?:GS|GM|CM)?|NYSE(?:\s+(?:American|Arca|MKT|Amex))?|AMEX|American\s+Stock\s+Exchange|New\s+York\s+Stock\s+Exchange|OTC(?:\s?(?:BB|QB|QX))?|TSX(?:-?V)?|Amex"  # noqa: E501
# ... and the home markets foreign filers name first ("(Warsaw: WKB; NYSE: WKB)", "(ISE: KZSER; NYSE: KZS)")
_EXCHANGES += (r"|Euronext(?:\s+\w+)?|LSE|London|ASX|SIX|SWX|JSE|TASE|TSE|HKEX|SEHK|ISE|Istanbul|Warsaw|WSE|Oslo|Xetra"
               r"|Frankfurt|NSE|BSE")
# ... and the over-the-counter markets a ticker is quoted on ("(OTCQX Best Market: PFBX)": round 707)
_EXCHANGES += "|" + OTC_MARKETS
# "(Nasdaq: ALTH)", "(OTC BB: TLBK)", and a second class's ticker after the first ("(NYSE: HVB and HVB.B)",
# "(NYSE: X; TSX: Y)"): the first names the company.
TICKER = re.compile(rf"\(\s*(?P<exchange>{_EXCHANGES})\s*[:/]\s*(?P<ticker>[A-Z][A-Z.\-]{{0,6}})"
                    rf"(?:(?:\s*[;,]\s*|\s+and\s+)(?:(?:{_EXCHANGES})\s*:\s*)?[A-Z.\-]+)*\s*\)", re.IGNORECASE)
# The American markets, of _EXCHANGES: where a parenthesis lists the company's shares on several markets, the
# one a reader of American releases looks the company up by (`_US_LISTING`).
_US_EXCHANGES = (r"NASDAQ(?:\s*(?:Global\s+Select|Global|Capital|National)\s+Market|\s*[/\-]?\s*NMS?\b)?"
                 r"|Nasdaq(?:GS|GM|CM)?|NYSE(?:\s+(?:American|Arca|MKT|Amex))?|AMEX|American\s+Stock\s+Exchange|New\s+York\s+Stock\s+Exchange"
                 rf"|Amex|{OTC_MARKETS}|OTC(?:\s?(?:BB|QB|QX))?")
# One listing inside such a parenthesis: a market's name of a few words, a colon, the symbol and maybe its
# share class ("Stockholm: NORF B", "Oslo Stock Exchange: NKM", "NASDAQ: NRFH").
_A_LISTING = r"[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,3}\s*:\s*[A-Z][A-Z.\-]{0,6}(?:\s+[A-Z]\b)?"
# A parenthesis listing the shares on several markets, one of them American, where TICKER reads none (its first
# market is none it knows, or one names itself in words it does not: "(Stockholm: NORF B; NASDAQ: NRFH)",
# "(Nasdaq: NKMS; Oslo Stock Exchange: NKM)": round 729, no ticker had been read): the American listing's.
_US_LISTING = re.compile(rf"\((?=[^()]*[;,])\s*(?:{_A_LISTING}\s*[;,]\s*)*(?P<exchange>{_US_EXCHANGES})\s*:\s*"
                         rf"(?P<ticker>[A-Z][A-Z.\-]{{0,6}})(?![\w.\-])(?:\s*[;,]\s*{_A_LISTING})*\s*\)")
_COMPANY_BEFORE = re.compile(
    r"(?:--|—|-\s|\)\s*|^|\.\s+)\s*(?P<name>(?:The\s+)?[A-Z][\w&.,'’\- ]{1,80}?)\s*,?\s*$"
)
_DATE_LINE = re.compile(
    rf"^\s*(?P<month>{MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),\s+(?P<year>{YEAR_RE})\s*$", re.I
)
# The date a release prints after the words that say it is the release's ("For Immediate Release: November 22,
# 2024", "FOR RELEASE: Thursday, May 2, 2024", "Release Date: Feb. 1, 2024"), with or without the weekday: a
# letterhead's release line, where no dateline names the day (UI-45: Buckle's had given no release date).
_RELEASE_LINE = re.compile(
    rf"^\s*(?:for\s+(?:immediate\s+)?release|release\s+date|date\s+of\s+release)\s*[:\-\u2013\u2014]?\s*"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?P<month>{MONTH_RE})\.?\s+(?P<day>\d{{1,2}}),\s*(?P<year>{YEAR_RE})\b", re.I
)
_CITY_ONLY = re.compile(r"^\s*(?P<city>[A-Z][A-Z .]{2,30}?)\s+[-\u2013\u2014]+\s+(?P<company>[A-Z][\w&.,' ]{2,60}?)\s+"
                        rf"(?:today\s+)?{LEAD_VERB}")
_MARKS = re.compile(r"[\u00ae\u2122\u2120]|\((?:R|TM)\)")  # (R), TM: not part of the name
# What separates a dateline (city, date, wire service) from the company's name.
# (A run of spaces is matched from its start only, `(?<!\s)`: tried from each of its spaces, it was quadratic.)
_SEPARATOR = re.compile(r"(?<!\s)\s+[-\u2013\u2014]{1,2}\s+|-{2,}|[\u2014\u2013\u2026]|\)\s+|/\s+")
_NAME = re.compile(r"(?:The\s+)?[A-Za-z][\w&.,'\u2019\- ]{1,80}")
# What a release calls its company after naming it once ("The Trust (NYSE: HCR) today announced", round 309): no
# name; the headline's is taken instead.
_GENERIC_NAME = re.compile(r"(?:the\s+)?(?:company|trust|bank|partnership|fund|corporation|registrant|issuer)",
                           re.IGNORECASE)
_FISCAL_YEAR = starting_fast(
    rf"\b(?:fiscal\s+(?:year\s+)?|full[\s-]+year\s+|year[\s-]+end(?:ed)?\s+)(?P<year>{YEAR_RE})\b", re.IGNORECASE
)
_YEAR_RESULTS = starting_fast(r"\bresults\s+for\s+(?:the\s+)?(?:fiscal\s+|full\s+)?year\s+end(?:ed|ing)\s+",
                              re.IGNORECASE)
_AFTER_TICKER = re.compile(r"\s*(?P<name>(?:The\s+)?[A-Z][\w&.,'\u2019\- ]{1,80}?)\s*(?:\(|,?\s+today\b)")
# The lead sentence's subject after the dateline's dash, and its verb: "...July 14, 2004—Apple® today announced".
# (a slash between capitals is a legal form's, "Ascendis Pharma A/S today announced": round 708, no name had been
# read)
_LEAD_SUBJECT = (r"(?:--|[\u2014\u2013]|\s-\s)\s*"
                 r"(?P<company>(?:The\s+)?[A-Z](?:[\w&.,'\u2019\- ]|(?<=[A-Z])/(?=[A-Z])){1,60}?)")
_LEAD_VERB = LEAD_VERB  # (vocabulary.LEAD_VERBS: "reported", "announces", a continental lead's "published")
_TODAY = re.compile(rf"{_LEAD_SUBJECT}\s+today\s+{_LEAD_VERB}")
# ... and the subject and its verb without "today", right after a dateline's date ("Frankfurt am Main, 31 July
# 2008 \u2013 Kronberg Maschinenbau AG reported revenue of ...": round 729, no name had been read). Without the
# word, a dash and a verb may follow any name in the story, so the subject is taken only where it ends in a
# company's legal form (vocabulary.NAME_WITH_ITS_LEGAL_FORM) and the dash follows a year: the dateline's.
_DATED_SUBJECT_AND_VERB = re.compile(rf"(?<=\d\d)\s*{_LEAD_SUBJECT}\s+{_LEAD_VERB}")
# The subject and its verb parted by a phrase saying what the company is: "— Agios Pharmaceuticals, Inc. , a
# leader in cellular metabolism ..., today reported" (round 708: no name had been read). The name holds commas
# of its own, so it is taken only where it ends in a company's legal form (vocabulary.COMPANY_NAME_LINE).
_A_PHRASE = re.compile(r"\s,\s+an?\s|,\s+an?\s+[a-z]")
_TODAY_AFTER_A_PHRASE = re.compile(rf"{_LEAD_SUBJECT}\s*,\s+an?\s+[^.;]{{1,200}}?,\s+today\s+{_LEAD_VERB}")
# The short name a lead defines for the company in quotes, between its name and what follows: "United Fire
# Group, Inc. (“UFG”) today reported", "Palomar Holdings, Inc. (“Palomar” or “Company”) reported", "Sierra
# Oak Bancorp (the "Company") (OTCQX: SOKB)": no part of the name (round 707: two insurers had shown none).
_DEFINED_TERM = (r"\((?:the\s+)?[\"\u201c][^\"\u201c\u201d()]{1,40}[\"\u201d]"
                 r"(?:\s*(?:,|or|and)\s*(?:the\s+)?[\"\u201c][^\"\u201c\u201d()]{1,40}[\"\u201d])*\)")
_DEFINED_TERM_AT_END = re.compile(rf"\s*{_DEFINED_TERM}\s*$")
_TODAY_AFTER_A_TERM = re.compile(rf"{_LEAD_SUBJECT}\s*{_DEFINED_TERM},?\s+(?:today\s+)?{_LEAD_VERB}")
_SOURCE_LINE = re.compile(r"^\s*SOURCE:?\s+(?P<name>.+?)\s*$", re.MULTILINE)
_FISCAL = starting_fast(
    rf"\b(?P<ordinal>{'|'.join(ORDINAL_QUARTERS)})[\s-]+(?:fiscal\s+)?quarter\b"
    # ("... quarter ended September 30, 1996": the day's calendar year, which need not be the fiscal year's name;
    # "fourth quarter (thirteen weeks) of fiscal 1999": a note on its length between)
    rf"(?:\s+\([^()]{{1,30}}\))?"
    rf"(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(?:ended\s+\w+\.?\s+\d{{1,2}},\s+(?P<dated>{YEAR_RE})"
    rf"|(?P<year>{YEAR_RE})))?"
    rf"|\b(?:fiscal\s+)?(?P<year2>{YEAR_RE})\s+(?P<ordinal2>{ORDINAL_WORD_RE})[\s-]+quarter"
    r"|\bQ(?P<q>[1-4])\s*(?:FY)?'?\s*(?P<year3>(?:19|20)?\d{2})\b",
    re.IGNORECASE,
)
# A list number is one or two digits: "2019." starting a wrapped line ends the sentence before it.
# A glyph no word starts with may touch its item ("•Completed acquisition of ...", as a converted HTML list
# item sets it: a browser review found Hasbro's six highlights said to be none); a dash, "o", "*" or a
# number needs its space.
_BULLET = re.compile(r"^\s*(?:[•·◦▪■●]\s*|(?:--|[*\-–—o]|\d{1,2}\.)\s+)(?P<text>\S.*)$")  # ("-- ... --": UI-13)
# A bullet glyph alone on its line, its item on the next line that is not blank (an HTML list whose glyph
# sits in a cell or paragraph of its own). Dashes and "o" alone are no bullets: a rule, a letter.
_BARE_BULLET = re.compile(r"^\s*[•·◦▪■●]\s*$")
_SENTENCE_END = (".", "!", "?", ":", ";")
_CARRIED_ON = re.compile(r"[a-z$(]|\d")
_HIGHLIGHTS = starting_fast(
    r"highlights|achievements|recent\s+(?:developments|events)|key\s+|at\s+a\s+glance", re.IGNORECASE)
# A word every match of _HIGHLIGHTS, and of FORWARD_LOOKING, holds: an ASCII line holding none is answered
# without the search (`search_holding`), which `_highlights` asks of every line of the narrative (issue 12).
_HIGHLIGHTS_WORDS = ("highlights", "achievements", "recent", "key", "glance")
_FORWARD_LOOKING_WORDS = ("forward", "safe", "cautionary")


def _names_highlights(text: str) -> re.Match[str] | None:
    """`_HIGHLIGHTS.search(text)`, a line with none of its words answered at once."""
    return search_holding(_HIGHLIGHTS, _HIGHLIGHTS_WORDS, text)


def _forward_looking(text: str) -> re.Match[str] | None:
    """`FORWARD_LOOKING.search(text)`, a line with none of its words answered at once."""
    return search_holding(FORWARD_LOOKING, _FORWARD_LOOKING_WORDS, text)

_WIRE_DATE = re.compile(rf"\b(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>{YEAR_RE})\b")
_TITLE_LINE = starting_fast(r"\b(?:reports?|announces?|posts?|results)\b", re.IGNORECASE)


def read_metadata(lines: Sequence[str], statements: Sequence[Statement], narrative_end: int,
                  between: Sequence[str] = ()) -> Metadata:
    """Metadata from the narrative (the lines before the first table). `between`: the text after it that
    stands between the tables (their lines blank), whose lists count as highlights only under a highlights
    heading (`_highlights`)."""
    narrative = [_without_emphasis(line) for line in lines[:narrative_end]]
    text = "\n".join(narrative)
    flat = _one_space(text)
    company, exchange, ticker = _company(flat, text)
    if _GENERIC_NAME.fullmatch(company) or _a_sentence(company):
        company = ""  # "The Company today reported": no name of its own; a sentence's words: none at all
    city, state, release_date = _dateline(narrative, statements, text)
    title = _headline(narrative)  # (found once: the lead opens on it too)
    fiscal = _as_a_whole_year(_fiscal_period(_lead(narrative, title), flat, statements, release_date), statements)
    company = _AND_SUBSIDIARIES.sub("", company or _headline_subject(title, flat)
                                    or _named_over_a_statement(lines, statements) or _named_before_its_verb(flat))
    # a name printed in capitals as the release spells it elsewhere, else written as a name (UI-68: "ASHCOMBE
    # MILLING PLC", its title block's, had been shown so on every page, in the library and in exports)
    company = _spelled_as_the_release_spells_it(ABOUT_HEADING.sub("", company), flat)
    if not ticker:  # (said in the story, or in its "About" paragraph after the statements)
        exchange, ticker = _listed_under_a_symbol(f"{flat} {_outside_the_statements(lines, statements, narrative_end)}",
                                                  company)
    return Metadata(
        company=company,
        exchange=exchange,
        ticker=ticker,
        city=city,
        state=state,
        release_date=release_date,
        fiscal_period=fiscal,
        # (spaced as a sentence is: a justified PDF line's "First  quarter  2020  revenues" is one space apart)
        highlights=tuple(" ".join(item.split())
                         for item in _highlights(narrative, [_without_emphasis(line) for line in between])),
        title=title,
    )


# "Peoples Financial Corporation's common stock is listed on the OTCQX Best Market under the symbol PFBX", "...
# trades are reported through the OTC Markets Group's Pink Market under the symbol "FMFG"": the market and the
# symbol a release names in a sentence, where no parenthesis after the name gives them.
_UNDER_A_SYMBOL = re.compile(rf"{LISTED_ON}(?P<exchange>{_EXCHANGES}){UNDER_THE_SYMBOL}[\"\u201c']?"
                             rf"(?P<ticker>(?-i:[A-Z][A-Z.\-]{{0,6}}))(?![\w\-])", re.IGNORECASE)
_SYMBOLS_SENTENCE = 200  # characters before the market, where the sentence names whose shares these are


def _outside_the_statements(lines: Sequence[str], statements: Sequence[Statement], start: int) -> str:
    """The text after the first `start` lines that no statement's span holds, one space apart (its marks
    dropped): the story between and after the tables, where an "About" paragraph names the company's market."""
    inside = {number for statement in statements for number in range(statement.span.first, statement.span.last + 1)}
    return _one_space(" ".join(_without_emphasis(line) for number, line in enumerate(lines[start:], start + 1)
                               if number not in inside))


def _listed_under_a_symbol(flat: str, company: str) -> tuple[str, str]:
    """The exchange and ticker from a sentence saying what market the company's shares trade on under what
    symbol (round 707: an OTC bank naming its symbol only in its "About" paragraph had shown none); only where
    the words before it, in that sentence, name the company (every word of its name but its legal form) or
    "the Company's" shares, and no other security of its (preferred shares, notes): another company's
    symbol, or a preferred issue's, is no ticker of its. ("", "") where no sentence says so."""
    words = name_words(company)
    for found in _UNDER_A_SYMBOL.finditer(flat):
        before = flat[max(0, found.start() - _SYMBOLS_SENTENCE) : found.start()]
        sentence = re.split(r"[.!?]\s+(?=[A-Z])", before)[-1].lower()
        own = bool(words) and all(re.search(rf"\b{re.escape(word)}\b", sentence) for word in words)
        if (own or re.search(r"\b(?:the\s+company|our)['\u2019]?s?\s+(?:common\s+)?(?:stock|shares)\b", sentence)) and (
                not OTHER_SECURITY.search(sentence)):
            return " ".join(found.group("exchange").split()), found.group("ticker").rstrip(".")
    return "", ""


def narrated_company(lines: Sequence[str], narrative_end: int) -> str:
    """The company the story names itself by (its lead or dateline, else its headline's subject), read before
    any statement is: which of groups of columns under entities' names is the company's (round 694). The
    name over a statement's title is left out: a statement printing two entities' columns names both there."""
    narrative = [_without_emphasis(line) for line in lines[:narrative_end]]
    text = "\n".join(narrative)
    flat = _one_space(text)
    company = _company(flat, text)[0]
    if _GENERIC_NAME.fullmatch(company) or _a_sentence(company):
        company = ""
    company = company or _headline_subject(_headline(narrative), flat) or _named_before_its_verb(flat)
    return ABOUT_HEADING.sub("", _AND_SUBSIDIARIES.sub("", company))


def _named_over_a_statement(lines: Sequence[str], statements: Sequence[Statement]) -> str:
    """The company a statement's title block names ("STONEBRIAR HOMES CORPORATION" over "CONSOLIDATED
    STATEMENTS OF INCOME"), for a release whose story names none: the pages had been headed by the file's
    name (UI-20)."""
    for statement in statements:
        if statement.kind not in FINANCIAL_KINDS:
            continue
        start = max(0, statement.span.first - 1 - _TITLE_BLOCK)
        # A span may open on its title block (Southern's "Southern Company" / "Financial Highlights" inside it:
        # the pages had been headed by the file's name, UI-58): read on to the columns' header, never past it.
        rows = min((item.span.first for item in statement.items), default=statement.span.first + 1)
        for number, line in enumerate(lines[start : min(rows - 1, statement.span.first + _TITLE_BLOCK)], start + 1):
            if number > statement.span.first and len(_A_YEAR.findall(line)) > 1:
                break
            words = " ".join(_without_emphasis(line).split())
            if _a_sentence(words):  # (the narrative's last sentence, ending on "... as a C corporation.")
                continue
            if COMPANY_NAME_LINE.match(words):
                return words
            if named := _named_with_its_subsidiaries(words):
                return named
            if named := _name_before_a_dash(words):
                return _spelled_as_the_release_spells_it(named, _one_space("\n".join(lines[:_NAME_LINES])))
    return ""


def _a_sentence(words: str) -> bool:
    """Whether `words` are a sentence's, never a company's name, however they end ("income tax. Pro forma data
    show the provision the Company would have recorded as a C corporation.", a narrative's line over a statement
    that had been taken for the name over it: round 733): a sentence's end inside (vocabulary.A_SENTENCES_MARKS),
    the release's word for itself after other words, or more lower-case words than a name holds beside its
    small words and its legal form (vocabulary.NAME_SMALL_WORDS: "Bank of the Ozarks", "salesforce.com, inc.")."""
    if A_SENTENCES_MARKS.search(words):
        return True
    lower = [word for word in words.split() if word[:1].islower() and not _a_names_small_word(word.strip(",;:"))]
    return len(lower) > NAME_LOWER_CASE_WORDS_AT_MOST


def _a_names_small_word(word: str) -> bool:
    """Whether a word in lower case may stand in a name: a joining word ("of", "de") or its legal form ("inc.")."""
    return word in NAME_SMALL_WORDS or _A_LEGAL_FORM.fullmatch(word) is not None


_A_LEGAL_FORM = re.compile(LEGAL_FORM, re.IGNORECASE)


def _named_with_its_subsidiaries(words: str) -> str:
    """The company a title line names before "and Subsidiary" / "and Subsidiaries", the line nothing else or the
    statement's own name after it ("TOUCHMARK BANCSHARES, INC. AND SUBSIDIARY CONSOLIDATED BALANCE SHEETS", one
    cell of a compact page): the scope names whose statements these are, whatever its legal form. A sentence
    ("The Company and its subsidiaries ...") names no statement after it and is none."""
    found = NAME_AND_ITS_SUBSIDIARIES.match(words)
    if found is None:
        return ""
    title = found.group("title")
    if title and not a_statements_name_alone(title):
        return ""
    name = found.group("name").strip(" ,")
    return "" if _GENERIC_NAME.fullmatch(name) else name


_TITLE_BLOCK = 6  # lines above a statement's first line its title block may hold
# Years side by side inside a statement's span are its columns' header, which ends the title block: a heading
# row under it ("Parent Company") names no release.
_A_YEAR = re.compile(rf"\b{YEAR_RE}\b")
# "and Subsidiaries" after a name is the scope of the statements it heads, not the company's name.
_AND_SUBSIDIARIES = re.compile(r",?\s+(?:and|&)\s+(?:consolidated\s+)?subsidiaries\s*$", re.IGNORECASE)


# Markdown's emphasis around words a scrape of a newswire page keeps ("**CAMBRIDGE, Mass., Nov. 8, 2023
# (GLOBE NEWSWIRE) --**", "*- Topline data ... -*"), and a footnote's "[1]" after a sentence: no words of it.
_EMPHASIS = re.compile(r"\*\*|__|(?<=[.)%\w])\[\d{1,2}\]")
_ITALIC_LINE = re.compile(r"^(\s*)\*(?=\S)(.*\S)\*\s*$")
# A markdown link is its words, its address none of them ("/ [ACCESS Newswire](https://www.accessnewswire.com/)
# / February 6, 2025 /": the address's slashes had hidden the dateline, round 707); an image is no words at all.
_MARKDOWN_LINK = re.compile(r"!?\[(?P<words>[^\[\]]*)\]\([^()\s]*\)")


def _without_emphasis(line: str) -> str:
    """The line's words without a markdown scrape's marks: emphasis, footnote numbers, a link's address."""
    if "*" not in line and "_" not in line and "[" not in line:
        return line
    unlinked = _MARKDOWN_LINK.sub(lambda link: "" if link.group(0)[0] == "!" else link.group("words"), line)
    return _ITALIC_LINE.sub(r"\1\2", _EMPHASIS.sub("", unlinked))


# A headline's subject with a company's suffix, before the verb of a results release ("Horizon Bancorp,
# Inc. Announces First Quarter 2020 Financial Results").
_SUFFIX = (r"(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|plc|PLC|N\.V|S\.A|LLC|L\.P|LP|Bancorp"
           r"|Bancshares|Holdings|Group|Trust)\.?")
_RESULTS_VERB = r"(?:Announces|Reports|Reported|Posts|Declares|Delivers|Releases)\b"
_HEADLINE_SUBJECT = re.compile(rf"^(?P<company>[A-Z][\w&.,'\u2019\- ]{{1,80}}?,?\s{_SUFFIX})\s+{_RESULTS_VERB}")
# The same without its suffix ("Veradine Therapeutics Reports Second Quarter 2009 Financial Results"): a few
# capitalised words, a name only where the text spells it again with its suffix or under "About".
_HEADLINE_WORDS = re.compile(rf"^(?P<company>[A-Z][\w&'\u2019\-]*(?:\s[A-Z][\w&'\u2019\-]*){{0,4}})\s+{_RESULTS_VERB}")


_TOPIC = re.compile(r"^[A-Z][\w&'\u2019\- ]{2,40}:\s+(?=[A-Z])")


def _headline_subject(title: str, flat: str = "") -> str:
    """The company a headline names as its subject, where the lead sentence names none the reader knows. A
    headline in capitals ("KAVERI BROADBAND LIMITED ANNOUNCES RESULTS ...") names it as the text spells it
    elsewhere ("Kaveri Broadband Limited"), else in title case."""
    # A newswire's topic before a colon ("Regional Banks: Harwick Bancorp Posts ...", round 311) is no subject.
    subject = _TOPIC.sub("", title.strip(), count=1)
    capitals = subject.isupper()
    match = _HEADLINE_SUBJECT.match(subject.title() if capitals else subject)
    if not match:
        named = _name_before_a_dash(subject)
        return (_headline_words_spelled_again(subject.title() if capitals else subject, flat)
                or (_spelled_as_the_release_spells_it(named, flat) if named else ""))
    name = match.group("company").strip()
    if not capitals:
        return name
    # (the first spelling not in capitals: the headline itself, or the name line over it, comes first in the
    # text: "AGNC INVESTMENT CORP." had been title-cased "Agnc Investment Corp.", UI-35)
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    return next((found.group(0) for found in pattern.finditer(flat) if not found.group(0).isupper()), name)


def _headline_words_spelled_again(subject: str, flat: str) -> str:
    """A headline's subject without its suffix, where the text names the same words with one ("About
    Veradine Therapeutics, Inc.", a statement's title "PENNWICK SEMICONDUCTOR CORP.") or under "About": a PDF
    printed from a release whose lead says only "Veradine reported ..." had no company at all, and its
    pages were headed by the file's name."""
    match = _HEADLINE_WORDS.match(subject)
    if not match:
        return ""
    words = r"\s+".join(map(re.escape, match.group("company").split()))
    # (a name's suffixes may be several: "James River Group Holdings, Ltd.")
    spelled = [m.group(0) for m in re.finditer(rf"(?<!\w){words}(?:,?\s+{_SUFFIX}){{1,3}}(?!\w)", flat,
                                                re.IGNORECASE)]
    if spelled:
        return next((name for name in spelled if not name.isupper()), spelled[0].title())
    about = re.search(rf"\bAbout\s+(?P<name>{words})(?!\w)", flat)
    return about.group("name") if about else ""


def _name_before_a_dash(line: str) -> str:
    """The company a title line names before a dash, the words after the dash saying what the release reports
    ("THAMESBROOK HOLDINGS PLC -- INTERIM RESULTS", "NORRSKOG INDUSTRI AB -- INTERIM REPORT JANUARY-JUNE 2008":
    round 729, releases naming themselves nowhere else had no company), taken only where it ends in its legal
    form (`_a_name_with_its_legal_form`); else "". A title naming a period or a statement ("FIRST QUARTER
    RESULTS", "CONSOLIDATED INCOME STATEMENT") names no company before any dash."""
    parts = TITLE_DASH.split(line.strip(), maxsplit=1)
    if len(parts) != 2 or not RESULTS_TITLE_WORDS.search(parts[1]):
        return ""
    name = parts[0].strip(" ,")
    return name if _a_name_with_its_legal_form(name) and not RESULTS_TITLE_WORDS.search(name) else ""


def _a_name_with_its_legal_form(name: str) -> bool:
    """Whether `name` is a company's name ending in its legal form ("Kronberg Maschinenbau AG", "THAMESBROOK
    HOLDINGS PLC": vocabulary.NAME_WITH_ITS_LEGAL_FORM), never what a release calls itself ("The Company")."""
    return (len(name) <= _NAME_CHARS and NAME_WITH_ITS_LEGAL_FORM.fullmatch(name) is not None
            and not _GENERIC_NAME.fullmatch(name))


_NAME_CHARS = 80


def _spelled_as_the_release_spells_it(name: str, flat: str) -> str:
    """A name a title prints in capitals as the release's text spells it elsewhere, not in capitals (the
    lead's "Kronberg Maschinenbau AG" under "KRONBERG MASCHINENBAU AG"); where the text spells it no other
    way, written as a name is (`_written_as_a_name`). A name not in capitals is kept as printed."""
    if not name.isupper():
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    return next((found.group(0) for found in pattern.finditer(flat) if not found.group(0).isupper()),
                _written_as_a_name(name))


def _written_as_a_name(name: str) -> str:
    """A name set in capitals written as a name is ("THAMESBROOK HOLDINGS PLC" -> "Thamesbrook Holdings plc",
    "NORRSKOG INDUSTRI AB" -> "Norrskog Industri AB"): each word capitalised, its few small words ("of", "and")
    in lower case, a legal form as that form is written (vocabulary.LEGAL_FORM_SPELLINGS: "plc", "Inc", "GmbH"),
    and initials kept in capitals: the forms written so ("AG", "N.V.", "LLC", vocabulary.LEGAL_FORM_INITIALS),
    Roman numerals ("II"), a word without a vowel ("HSBC", "KG") or with an ampersand ("AT&T"). A one-word name of
    four letters or fewer is initials itself ("IBM"); a name not all in capitals is kept as printed (UI-68:
    "ASHCOMBE MILLING PLC", read from a title block, had been shown in capitals on every page)."""
    words = name.split()
    if not name.isupper() or not words or (len(words) == 1 and len(words[0]) <= 4):
        return name
    return " ".join(_written_as_a_word(word, first=index == 0) for index, word in enumerate(words))


def _written_as_a_word(word: str, first: bool) -> str:
    """One word of a name in capitals as a name writes it (`_written_as_a_name`): "MASCHINENBAU" ->
    "Maschinenbau", "SAINT-GOBAIN" -> "Saint-Gobain", "OF" -> "of" inside the name, "INC." -> "Inc.", "SKF" and
    "AG" kept."""
    bare = word.lower().strip(".,;:()")
    spelling = LEGAL_FORM_SPELLINGS.get(bare.rstrip("."))
    if spelling is not None and not first:
        start = word.lower().index(spelling.lower())
        return word[:start] + spelling + word[start + len(spelling):]
    if not _VOWEL.search(bare) or "&" in word or bare.replace(".", "") in LEGAL_FORM_INITIALS:
        return word
    if not first and bare in _SMALL_WORDS:
        return word.lower()
    return "-".join(part.capitalize() for part in word.split("-"))


_VOWEL = re.compile(r"[aeiouy]")
_SMALL_WORDS = frozenset({"of", "and", "de", "du", "des", "la", "le", "der", "und"})


def spelled_by_the_release(name: str, lines: Sequence[str]) -> str:
    """`name` as the release's own text spells it where `name` is in capitals (an EDGAR header's "SOUTHERN CO"):
    the words that tell the company apart (`vocabulary.name_words`) followed by a company's suffix, in the first
    spelling not all in capitals ("Southern Company"); `name` itself where the text spells it no other way.
    The header's capitals and abbreviations had named one company "SOUTHERN CO" in one release and "Southern
    Company" in the next (UI-44)."""
    words = name_words(name)
    if not name.isupper() or not words:
        return name
    lead = r"\W+".join(map(re.escape, words))
    pattern = re.compile(rf"(?<!\w){lead}(?:,?\s+{_SUFFIX}){{1,3}}(?!\w)", re.IGNORECASE)
    flat = _one_space("\n".join(lines[:_NAME_LINES]))
    return next((m.group(0) for m in pattern.finditer(flat) if not m.group(0).isupper()), name)


_NAME_LINES = 400  # the narrative's head, where a release names itself: the whole text is not searched


def _one_space(text: str) -> str:
    """Every run of white space one space, as `re.sub(r"\\s+", " ", text)` makes it, in a fifth of the time."""
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _company(flat: str, text: str) -> tuple[str, str, str]:
    """The company, exchange and ticker (`_company_in`); where the lead runs beside another column of text
    (a two-column letterhead page: "-- Pellam Surgical, Inc.      in the quarter." over "(NASDAQ: PLSG)"),
    read the left column alone, as a person does, where the whole lines name no company before the ticker."""
    found = _company_in(flat, text)
    if found[0]:
        return found
    left = "\n".join(_COLUMN_GAP.split(line.rstrip(), maxsplit=1)[0] for line in text.splitlines())
    if left == text:
        return found
    beside = _company_in(_one_space(left), left)
    return beside if beside[0] else found


# Between two columns of a page set side by side: more spaces than justified prose stretches a line by.
_COLUMN_GAP = re.compile(r"(?<=\S) {8,}(?=\S)")


def _company_in(flat: str, text: str) -> tuple[str, str, str]:
    """The company, exchange and ticker from "... -- Allos Therapeutics, Inc. (Nasdaq: ALTH) today...":
    the name is what stands between the last dateline separator (a dash, an ellipsis, a closing wire
    service parenthesis) and the ticker."""
    match = TICKER.search(flat) or _US_LISTING.search(flat)
    if match:
        exchange = re.sub(r"\s+", " ", match.group("exchange"))
        ticker = match.group("ticker").upper().rstrip(".")
        before = _MARKS.sub("", flat[max(0, match.start() - 160) : match.start()]).rstrip(" ,")
        before = _DEFINED_TERM_AT_END.sub("", before).rstrip(" ,")  # ("... Corporation (the "Company") (OTCQX: ...")
        before = _PUBL_AT_END.sub("", before)  # ("Norrfors Handel AB (publ) (Stockholm: ...")
        name = _SEPARATOR.split(before)[-1].strip(" ,-\u2013\u2014")
        name = name if _NAME.fullmatch(name) and not _GENERIC_NAME.fullmatch(name) else ""
        if not name:  # "(NYSE: TUP) Tupperware Brands Corporation (the "Company") today reported"
            after = _AFTER_TICKER.match(flat, match.end())
            name = after.group("name").strip(" ,") if after else ""
        return name or _said_today(flat), exchange, ticker
    source = _SOURCE_LINE.search(text)
    if source:
        return source.group("name").strip(), "", ""
    said = next((m.group("company").strip() for line in text.splitlines()[:80] if (m := _city_only(line))), "")
    return said or _said_today(flat), "", ""


def _said_today(flat: str) -> str:
    """"...July 14, 2004—Apple® today announced": the subject of the lead sentence, where a short name it
    defines in quotes may stand between ("— United Fire Group, Inc. (“UFG”) today reported": the first of
    the two in the text)."""
    unmarked = _MARKS.sub("", flat)
    match = min((found for pattern in (_TODAY, _TODAY_AFTER_A_TERM) if (found := pattern.search(unmarked))),
                key=lambda found: found.start(), default=None)
    # "Texas--October 24, 2007--Acme Widget Corporation today reported": the name follows the last "--" (or,
    # before a short name it defines, the last spaced dash: "HOUSTON - April 24, 2024 - Bramblewood Mortgage
    # Trust (the "Trust") today announced")
    if match is None:
        return _named_before_a_phrase(unmarked)
    company = match.group("company").split("--")[-1]
    if match.re is _TODAY_AFTER_A_TERM:
        company = _SPACED_DASH.split(company)[-1]
    company = _THE_PHRASE.split(company, maxsplit=1)[0]  # ("CMUV Bancorp, the holding company for ...")
    if _A_PHRASE.search(company):  # ("Acme Corp., a maker of widgets, today reported": the phrase is no name)
        return _named_before_a_phrase(unmarked)
    return company.strip(" ,")


_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# A phrase after the name saying what the company is, set off by a comma and "the" ("Thornbury Group plc, the
# international packaging group, today announces", "... Bancorp, the holding company for ... Bank ("CVB"), is
# pleased to announce": round 736, the phrase had been read into the name): no part of it.
_THE_PHRASE = re.compile(r"\s*,\s+the\s+(?=[a-z])")
# A Swedish public company's "(publ)" after its legal form: no part of its name ("Norrfors Handel AB (publ)").
_PUBL_AT_END = re.compile(r"\s*\(publ\)$", re.IGNORECASE)


def _named_before_a_phrase(flat: str) -> str:
    """The lead's subject before a phrase saying what the company is, set off by commas ("— Agios
    Pharmaceuticals, Inc. , a leader in ..., today reported"), where it ends in a legal form; else ""."""
    found = _TODAY_AFTER_A_PHRASE.search(flat)
    name = found.group("company").split("--")[-1].strip(" ,") if found else ""
    return name if COMPANY_NAME_LINE.match(name) else ""


def _named_before_its_verb(flat: str) -> str:
    """The lead's subject right after the dateline's date and dash, and its verb with no "today" before it
    ("Frankfurt am Main, 31 July 2008 \u2013 Kronberg Maschinenbau AG reported revenue ...":
    `_DATED_SUBJECT_AND_VERB`), where it ends in a company's legal form; else "". Weaker than a lead saying
    "today", it is read last, after the headline's subject and a statement's title block: where those name
    the company, their spelling stands."""
    for found in _DATED_SUBJECT_AND_VERB.finditer(_MARKS.sub("", flat)):
        name = _SPACED_DASH.split(found.group("company").split("--")[-1])[-1].strip(" ,")
        if _a_name_with_its_legal_form(name):
            return name
    return ""


def _dateline(narrative: list[str], statements: Sequence[Statement], text: str) -> tuple[str, str, date | None]:
    """City, state and date from the dateline ("WESTMINSTER, Colo., Aug. 3 /PRNewswire/ --"); where the
    dateline names only the city ("ATLANTA - Southern Company today reported"), the date printed on a line
    of its own above it."""
    for line in narrative:
        match = _dateline_of(line)
        if not match:
            continue
        month = MONTHS[match.group("month").lower().rstrip(".")]
        day = int(match.group("day"))
        year = int(match.group("year")) if match.group("year") else _year_after_period(month, day, statements, text)
        city = match.group("city").strip()
        city = city.title() if city.isupper() else city
        try:
            released = date(year, month, day) if year else None
        except ValueError:
            released = None
        return city, (match.group("state") or "").strip(), released
    city, state = _place_and_wire(narrative[:_DATELINE_LINES])
    city = city or next((m.group("city").strip().title() for line in narrative[:80] if (m := _city_only(line))), "")
    released = next((_date_of(m) for line in narrative[:_DATELINE_LINES]
                     if (m := _RELEASE_LINE.match(line) or _DATE_LINE.match(line))), None)
    return city, state, released


def _place_and_wire(lines: Sequence[str]) -> tuple[str, str]:
    """The city and state of a dateline naming the wire service and no date (`_PLACE_AND_WIRE`), the city in
    capitals title-cased as `_dateline` sets it; ("", "") where no line is one."""
    found = next((m for line in lines if "(" in line and (m := _PLACE_AND_WIRE.match(line))), None)
    if found is None:
        return "", ""
    city = found.group("city").strip()
    return (city.title() if city.isupper() else city), found.group("state").strip()


# The forms whose "period of report" is the day of the event they report (an 8-K's "Date of Report (Date of
# earliest event reported)": for results furnished under Item 2.02, the day the release went out); a 10-Q's
# is the quarter's end.
_EVENT_FORMS = re.compile(r"(?:8|6)-K(?:/A)?", re.IGNORECASE)


def submission_release_date(form_type: str, period_of_report: date | None, filing_date: date | None,
                            statements: Sequence[Statement]) -> date | None:
    """The release's date from the submission that carried it, where the exhibit prints none of its own
    (Apple's Q1 FY2024 release names no day; its 8-K's header and cover date it February 1, 2024): an event
    form's date of report, which falls after the periods the release reports and no later than the filing,
    else the day it was filed. Another form's dates say nothing of the release's day."""
    if not _EVENT_FORMS.fullmatch(form_type.strip()):
        return None
    latest = max((period.end for statement in statements for period in statement.periods), default=None)
    if (period_of_report is not None and (latest is None or period_of_report > latest)
            and (filing_date is None or period_of_report <= filing_date)):
        return period_of_report
    if filing_date is not None and (latest is None or filing_date > latest):
        return filing_date
    return None


def dateline_date(lines: Sequence[str], headers: frozenset[int] = frozenset()) -> date | None:
    """The release's date as its dateline prints it with its year, before any statement is read: what the
    columns' dates may be checked against (no period a release reports ends after the day it is released).
    `headers`: the line numbers of tables' column headers, whose dates are columns', never the release's
    (round 661: a stub's start, "February 14, 2005" on a header line of its own, had been taken for the day
    of a release printing no dateline, and the periods reported dropped as after it)."""
    return _dateline([("" if number in headers else line) for number, line in enumerate(lines[:_DATELINE_LINES], 1)],
                     (), "")[2]


# How far into a release its dateline stands.
_DATELINE_LINES = 60


# What a line must hold for the dateline patterns to match it, tested first: they are tried on every
# line of a narrative (twice), and the city and state before the comma cost them much backtracking.
_DIGIT = re.compile(r"\d")


def _dateline_of(line: str) -> re.Match[str] | None:
    """DATELINE.match, on a line with the comma after the city and a day's digit; else a wire service's
    dateline (_WIRE_DATELINES)."""
    if "," not in line or not _DIGIT.search(line):
        return None
    return DATELINE.match(line) or next((m for pattern in _WIRE_DATELINES if (m := pattern.match(line))), None)


# A wire service's dateline, where its name stands between the city and the date or right after the date:
# "MILWAUKEE--(BUSINESS WIRE)--July 27, 2022--Brenton-Hale ..." and "DENVER, September 4, 2019 (GLOBE
# NEWSWIRE) — Ostrava Cloud ..." (both had given no release date).
# A place named after another in a dateline: "BOSTON", "Boston, Mass."
_PLACE = r"[A-Z][A-Za-z.\- ]{1,30}?(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
_WIRE_DATELINES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^\s*(?P<city>[A-Z][A-Za-z.\- ]{{1,30}}?)(?:,\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?"
               rf"\s*-{{2}}\s*\([A-Za-z ]{{2,30}}\)\s*-{{2}}\s*(?P<month>(?i:{MONTH_RE}))\.?\s+(?P<day>\d{{1,2}}),\s*"
               rf"(?P<year>{YEAR_RE})\b"),
    # (two places, each with its state: "ZUG, Switzerland and BOSTON, Feb. 11, 2025 (GLOBE NEWSWIRE) —", the first
    # taken: round 708, no city or date had been read)
    re.compile(rf"^\s*(?P<city>[A-Z][A-Za-z.\- ]{{1,30}}?),\s*(?:(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)"
               rf"\.?(?:\s+and\s+{_PLACE})?,\s*)?(?P<month>(?i:{MONTH_RE}))\.?\s+(?P<day>\d{{1,2}}),\s*(?P<year>{YEAR_RE})\s*"
               r"\((?:[A-Z][A-Za-z]*\s?){1,3}\)\s*[-\u2013\u2014]"),
)
# ... and the date in parentheses after the city and state: "ATLANTA, Georgia (October 24, 2006) -- Westlake ...",
# "CANFIELD, Ohio (April 29, 2020) Farmers National ..." (round 709-710: no city had been read)
_WIRE_DATELINES += (
    re.compile(rf"^\s*(?P<city>[A-Z][A-Za-z.\- ]{{1,30}}?),\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)\.?,?\s*"
               rf"\(\s*(?P<month>(?i:{MONTH_RE}))\.?\s+(?P<day>\d{{1,2}}),\s*(?P<year>{YEAR_RE})\s*\)"),
)
# ... and the wire named between slashes before the date, the date closed by a slash: "SANTA ANA, CA / ACCESS
# Newswire / February 6, 2025 / Infinity Bancorp ..." (round 707: no release date or city had been read).
_WIRE_DATELINES += (
    re.compile(rf"^\s*(?P<city>[A-Z][A-Za-z.\- ]{{1,30}}?),\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)\s*/\s*"
               rf"[A-Za-z][A-Za-z .&\-]{{1,40}}?\s*/\s*(?P<month>(?i:{MONTH_RE}))\.?\s+(?P<day>\d{{1,2}}),\s*"
               rf"(?P<year>{YEAR_RE})\s*/"),
)

# ... and the day before its month, as European, British and Australian releases print it: "Eindhoven, 24 July
# 2008 -- Veldhoven ...", "Frankfurt am Main, 31 July 2008 \u2013 Kronberg ...", "JONKOPING, Sweden, 17 July 2008
# --" (round 729: no city or release date had been read). The whole date and the dash (or the wire's name) after
# it make it a dateline: a sentence naming a day ("Revenue, 30 June 2008 ...") has neither.
_WIRE_DATELINES += (
    re.compile(rf"^\s*(?P<city>[A-Z][A-Za-z.\- ]{{1,30}}?),\s*(?:(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?),\s*)?"
               rf"(?P<day>\d{{1,2}})\.?\s+(?P<month>(?i:{MONTH_RE}))\.?,?\s+(?P<year>{YEAR_RE})\s*"
               r"(?:-{1,2}|[\u2013\u2014]|\((?:[A-Z][A-Za-z]*\s?){1,3}\))\s*(?=[A-Z(\-\u2013\u2014])"),
)


# A dateline naming the place and the wire service but no date: "ROSWELL, GA. — (BUSINESS WIRE) — SiteOne ..."
# (round 710: no city had been read); the date is printed elsewhere, as a city-only dateline's is.
_PLACE_AND_WIRE = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z.\- ]{1,30}?),\s*"
                             r"(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)\.?\s*(?:--?|[\u2013\u2014])\s*"
                             r"\((?:[A-Z][A-Za-z]*\s?){1,3}\)\s*(?:--?|[\u2013\u2014])")


def _city_only(line: str) -> re.Match[str] | None:
    """_CITY_ONLY.match, on a line with the verb it ends in ("reported", "announces", "published")."""
    return _CITY_ONLY.match(line) if any(stem in line for stem in _LEAD_VERB_STEMS) else None


# What each of vocabulary.LEAD_VERBS starts with: a line holding none has no lead verb.
_LEAD_VERB_STEMS = ("report", "announce", "publish", "present", "release")


def _lead(narrative: list[str], headline: str) -> str:
    """The headline (`_headline` of the narrative) and the paragraph that opens with the dateline, where a
    release says what it reports."""
    for index, line in enumerate(narrative):
        if _dateline_of(line) or _city_only(line):
            return headline + " " + " ".join(part.strip() for part in narrative[index : index + 6])
    return headline


def _date_of(match: re.Match[str]) -> date | None:
    try:
        return date(int(match.group("year")), MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day")))
    except ValueError:
        return None


def _wire_date(text: str) -> re.Match[str] | None:
    """_WIRE_DATE.search(text), tried only where a match can start: one or two digits before a "/". The
    search scanned the whole narrative, some 0.2 ms a release (issue 12); a match starting at `start` has its
    first "/" at start + 1 or start + 2, so trying those starts in order finds the leftmost match (`\\b` at
    a start still sees the character before it; tests/test_fast_paths.py compares)."""
    tried = -1
    slash = text.find("/")
    while slash >= 0:
        for start in (slash - 2, slash - 1):
            if start > tried:
                tried = start
                match = _WIRE_DATE.match(text, start) if start >= 0 else None
                if match is not None:
                    return match
        slash = text.find("/", slash + 1)
    return None


def _year_after_period(month: int, day: int, statements: Sequence[Statement], text: str) -> int | None:
    """A dateline without a year ("Aug. 3"): the first such date after the latest period end ("July 22"
    after a quarter ended July 3 is the same year)."""
    wire = _wire_date(text)
    if wire and int(wire.group("m")) == month:
        return int(wire.group("y"))
    ends = [p.end for s in statements for p in s.periods]
    if not ends:
        return None
    latest = max(ends)
    return latest.year if (month, day) > (latest.month, latest.day) else latest.year + 1


def _fiscal_period(
    lead: str, flat: str, statements: Sequence[Statement], released: date | None
) -> FiscalPeriod | None:
    """The quarter the release reports: the first the headline or the lead paragraph names (a release
    mentions other quarters later, in passing: a dividend, an outlook, a table's "Q2"), with its year as
    printed there or in a later-dated mention of the same quarter ("First Quarter Results" ... "fiscal 2011
    first quarter"). A lead that names only a fiscal year, over a statement with a twelve-month column, reports
    its fourth quarter. Failing all that, the period the statements' columns count (`_counted_period`), a
    half-year's where they count six months and no quarter (`_as_a_half_year`)."""
    ends = [p.end for s in statements if s.kind == "operations" for p in s.periods if p.months]
    latest = max(ends) if ends else None
    annual = any(p.months == 12 for s in statements if s.kind == "operations" for p in s.periods)
    last_day = max((p.end for s in statements for p in s.periods), default=None)
    year_reported = _year_reported(lead, last_day)
    for text in (lead, flat):
        named = list(_named_quarters(text, latest, released, last_day))
        if named:
            quarter, year, explicit, _ = named[0]
            if year_reported is not None and (quarter != 4 or (explicit and not _ends_fiscal_year(
                    year, year_reported))):
                # a year's results, naming another quarter in passing, or another year's fourth ("looking back
                # to Q4 2021" in a release of the year ended December 31, 2024: round 708, labelled Q4 2021)
                return year_reported
            stated = _fiscal_year_stated(lead, quarter, last_day) if not explicit else None
            if stated is not None:
                year = stated  # "Fourth Quarter and Fiscal 2021 Results": the year the headline names
            elif not explicit:
                # ... but not a comparison's year ("compared with the fourth quarter of 2003"): that is the
                # year before, so where it is the year of the quarter's day, the fiscal year is named for
                # the year it ends in ("compared with ... the second quarter of fiscal 1996" for the quarter
                # ended September 30, 1996: fiscal 1997)
                everywhere = named if text is flat else list(_named_quarters(flat, latest, released, last_day))
                # (a retailer's year ending early in the next calendar year is named for the year it starts
                # in: "the fourth quarter of fiscal 1999", ended January 29, 2000)
                starts = quarter == 4 and latest is not None and latest.month <= _EARLY_MONTHS and latest.year == year
                year = next((y for q, y, e, c in everywhere if q == quarter and e and not c
                             and (y >= year or (starts and y == year - 1))),
                            next((y + 1 for q, y, e, c in everywhere if q == quarter and e and c and y == year),
                                 year))
            return FiscalPeriod(quarter=quarter, year=year, end=latest or _quarters_day(quarter, year, last_day))
        fiscal_year = _FISCAL_YEAR.search(text)
        if fiscal_year and annual:
            return FiscalPeriod(quarter=4, year=int(fiscal_year.group("year")), end=latest)
    if year_reported is not None:
        return year_reported
    if latest is not None:
        return _as_a_half_year(_counted_period(statements, latest), statements)
    return None


# The months a half-year's column counts (26 weeks too, read as six months), and a quarter's.
_HALF_YEARS_MONTHS = 6
_QUARTERS_MONTHS = 3
_YEARS_MONTHS = 12


def _as_a_half_year(fiscal: FiscalPeriod | None, statements: Sequence[Statement]) -> FiscalPeriod | None:
    """`fiscal`, counted from the columns (no words of the release name a quarter), marked a half-year's
    (FiscalPeriod.half) where it is a second quarter whose statements of operations print six months to its end and
    no quarter at all, nor a year to that day: a British or Australian interim reports its half-year, and had been
    labelled "Q2 2008" (round 729). A release printing the quarter beside its six months reports the quarter; six
    months beside twelve to one day would be a year's second half; a release whose words name its "second
    quarter" keeps that name, whatever its columns count."""
    if fiscal is None or fiscal.quarter != 2 or fiscal.end is None:
        return fiscal
    columns = [p for s in statements if s.kind == "operations" for p in s.periods if p.months]
    to_the_end = {p.months for p in columns if p.end == fiscal.end}
    if (_HALF_YEARS_MONTHS in to_the_end and _YEARS_MONTHS not in to_the_end
            and all(p.months != _QUARTERS_MONTHS for p in columns)):
        return replace(fiscal, half=True)
    return fiscal


def _as_a_whole_year(fiscal: FiscalPeriod | None, statements: Sequence[Statement]) -> FiscalPeriod | None:
    """`fiscal`, a fourth quarter, marked a year's report (FiscalPeriod.whole_year) where its statements of
    operations print twelve months to its end and every column they print counts twelve months: a release of
    the year's results printing no quarter (a British "preliminary results for the year") had been labelled
    "Q4 2014" (round 767). A release printing the quarter's three months beside the year stays "Q4"; so does one
    printing no statement of operations, whose columns tell nothing."""
    if fiscal is None or fiscal.quarter != 4 or fiscal.end is None or fiscal.half:
        return fiscal
    columns = [p for s in statements if s.kind == "operations" for p in s.periods]
    if (columns and all(p.months == _YEARS_MONTHS for p in columns)
            and any(p.end == fiscal.end for p in columns)):
        return replace(fiscal, whole_year=True)
    return fiscal


def _counted_period(statements: Sequence[Statement], latest: date) -> FiscalPeriod | None:
    """The period the columns ending on the latest day show, where no words of the release name it: the
    quarter they count (`_quarter_counted`), of the fiscal year their heads name (`_fiscal_year_headed`: "Fiscal
    Year 2002" over the 53 weeks ended February 1, 2003) or else of the year it ends in (`_fiscal_year_named`).
    None where nothing counts the quarter: the calendar's quarter of a lone column's end is a guess (round 732:
    a retailer's thirteen weeks ended October 31, 1998 had been shown as "Q4 FY1998", its third quarter
    likely), and the pages show a release of no fiscal period by its latest column's day."""
    columns = [p for s in statements if s.kind == "operations" for p in s.periods if p.end == latest and p.months]
    quarter = _quarter_counted(columns, statements, latest)
    if quarter is None:
        return None
    year_end = _fiscal_year_end(quarter, latest)
    year = _fiscal_year_headed(columns, year_end)
    return FiscalPeriod(quarter=quarter, year=_fiscal_year_named(year_end) if year is None else year, end=latest)


# The quarter a year to date of these months ends.
_YEAR_TO_DATE_MONTHS = {6: 2, 9: 3, 12: 4}
# The weeks a first quarter counts in a year of thirteen four-week periods (16, 12, 12 and 12 weeks: a
# restaurant's or a grocer's calendar; 17 in a 53-week year), and no other quarter does.
_FIRST_QUARTERS_WEEKS = frozenset({16, 17})


def _quarter_counted(columns: Sequence[Period], statements: Sequence[Statement], latest: date) -> int | None:
    """The quarter the columns ending on `latest` tell: a year to date counts the quarters so far (26 weeks
    ended July 31: the second quarter of a year starting in February; the shortest, where trailing twelve
    months stand beside it); a head numbering the quarter ("Fourth Quarter 2002"); a lone quarter of sixteen
    or seventeen weeks, a first quarter (round 732: one ended April 19 had been the calendar's second); the
    balance sheet's other day, the fiscal year's end, so many quarters back. None where none of them does."""
    so_far = [p.months for p in columns if p.months in _YEAR_TO_DATE_MONTHS]
    if so_far:
        return _YEAR_TO_DATE_MONTHS[min(so_far)]
    quarters = [p for p in columns if p.months == 3]
    numbered = {number for p in quarters if (number := quarter_number(p.label)) is not None}
    if len(numbered) == 1:
        return numbered.pop()
    if quarters and all(_weeks_counted(p.label) in _FIRST_QUARTERS_WEEKS for p in quarters):
        return 1
    return _quarters_since_the_year_end(statements, latest) if quarters else None


def _weeks_counted(label: str) -> int | None:
    """The weeks a column's head counts ("Sixteen Weeks Ended", "16 Wks"); None for one counted otherwise."""
    for found in DURATION.finditer(label):
        if found.group("n") and found.group("unit").lower().startswith("w"):
            raw = found.group("n").lower()
            return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    return None


# Days a quarter runs on average, and how far from a whole number of them a balance sheet's two days may
# stand (a 52/53-week calendar's quarter ends up to a week from the calendar's).
_QUARTERS_DAYS = 91.3
_QUARTERS_DAYS_OFF = 10


def _quarters_since_the_year_end(statements: Sequence[Statement], latest: date) -> int | None:
    """The quarter a balance sheet tells: a quarter's balance sheet stands beside the fiscal year's last day
    (and perhaps the same day a year before), so one other day one to three quarters back ends the fiscal
    year (March 31 beside December 31: the first quarter). None where the sheet prints several other days (a
    bank's five quarters) or none: which is the year's end is not said."""
    days = {p.end for s in statements if s.kind == "balance" for p in s.periods}
    if latest not in days:
        return None
    others = [day for day in days if day < latest and not a_year_apart(latest, day)]
    if len(others) != 1:
        return None
    gap = (latest - others[0]).days
    quarters = round(gap / _QUARTERS_DAYS)
    return quarters if 1 <= quarters <= 3 and abs(gap - quarters * _QUARTERS_DAYS) <= _QUARTERS_DAYS_OFF else None


def _fiscal_year_end(quarter: int, latest: date) -> date:
    """About the day the fiscal year of a quarter ending on `latest` ends: 3 x (4 - quarter) months later (a
    52/53-week year's ends within days of it; a sixteen-week first quarter's year, a few weeks before)."""
    months = latest.month + 3 * (4 - quarter)
    year, month = latest.year + (months - 1) // 12, (months - 1) % 12 + 1
    return date(year, month, min(latest.day, month_end(year, month)))


# A fiscal year ending by this (month, day) is named for the calendar year it starts in, as retailers name a
# year ending on the Saturday nearest January 31 ("fiscal 2002" ended February 1, 2003); one ending later, for
# the year it ends in (fiscal 2000 ended June 30, 2000).
_NAMED_FOR_ITS_START_UNTIL = (2, 7)


def _fiscal_year_named(year_end: date) -> int:
    """The fiscal year a year ending on `year_end` is named, where nothing the release prints names it."""
    starts = (year_end.month, year_end.day) <= _NAMED_FOR_ITS_START_UNTIL
    return year_end.year - 1 if starts else year_end.year


def _fiscal_year_headed(columns: Sequence[Period], year_end: date) -> int | None:
    """The fiscal year the columns' heads name beside their day ("Fiscal Year 2002 (53 weeks)" over February
    1, 2003; "Second Quarter Fiscal 1999"), where it can be the name of the year ending about `year_end`: the
    year it ends in, or, ending early in a calendar year, the year before. None where no head names one."""
    years = {year for p in columns if (year := _year_beside_the_day(p.label)) is not None}
    if len(years) != 1:
        return None
    year = years.pop()
    return year if year == year_end.year or (year_end.month <= _EARLY_MONTHS and year == year_end.year - 1) else None


def _year_beside_the_day(label: str) -> int | None:
    """The one year a column's head prints apart from its dates ("Fourth Quarter 2002 (14 weeks) February 1,
    2003": 2002), where it is a fiscal year's name: beside a day printed with its own year, or after "Fiscal"
    or "FY". A year over a day printed without one ("1999" over "July 31,") may be that day's. None where the
    head prints no such year, or several."""
    dated = any(found.group("year") or found.group("y") or found.group("yy") for found in DATE.finditer(label))
    rest = DATE.sub(" ", label)
    # ("FY18", "Fiscal '99": clipped, read whole by the header reader)
    years = {int(found.group(1)) for found in YEAR.finditer(rest)} or (
        {clipped} if (clipped := read_header(rest).year) is not None else set())
    if len(years) != 1 or not (dated or _A_FISCAL_YEARS_NAME.search(rest)):
        return None
    return years.pop()


_A_FISCAL_YEARS_NAME = re.compile(r"\b(?:fiscal|fy)", re.IGNORECASE)


# A quarter reported together with its fiscal year: "Fourth Quarter and Fiscal 2021 Results", "fourth quarter
# and fiscal year 2021". (A fiscal year named elsewhere in the lead may be a comparison's: "over the $27.2
# million reported in the third quarter of fiscal 1997".)
_QUARTER_AND_FISCAL_YEAR = re.compile(
    rf"\b(?P<ordinal>{ORDINAL_WORD_RE})[\s-]+(?:fiscal\s+)?quarter\s+and\s+(?:full\s+)?fiscal\s+(?:year\s+)?"
    rf"(?P<year>{YEAR_RE})\b", re.IGNORECASE)


def _fiscal_year_stated(lead: str, quarter: int, last_day: date | None) -> int | None:
    """The fiscal year the headline or lead names together with the quarter ("Reports Fourth Quarter and
    Fiscal 2021 Results"), where that quarter can have ended by the statements' latest day. Havenbrook's
    quarter ended November 30, 2021 had been labelled "Q4 FY2022": "revenues from home sales increased 27% in
    the fourth quarter of 2021" had read as a comparison (its "from"), whose year is the one before."""
    for found in _QUARTER_AND_FISCAL_YEAR.finditer(lead):
        year = int(found.group("year"))
        if ORDINAL_QUARTERS[found.group("ordinal").lower()] == quarter and (
                last_day is None or _could_have_ended_by(quarter, year, last_day)):
            return year
    return None


# A fiscal year ending in these first months of a calendar year may be named for the year before.
_EARLY_MONTHS = 3


def _quarters_day(quarter: int, year: int, last_day: date | None) -> date | None:
    """The day the quarter named ends, where no statement of operations dates it: the latest day any statement
    prints (a balance sheet's), if the quarter can end on it (fiscal `year` then ends 3 x (4 - quarter) months
    later, in `year`, or early in the next calendar year as a retailer's does). Clearfield's "fiscal third
    quarter of 2026", its balance sheet at June 30, 2026, had been labelled "Q3 2026", as if it ended in
    September (round 713): with its day it is "Q3 FY2026" (FiscalPeriod.label)."""
    if last_day is None:
        return None
    months = last_day.month + 3 * (4 - quarter)  # the fiscal year's last month, counted from January of last_day's year
    ends_in = last_day.year + (months - 1) // 12
    month = (months - 1) % 12 + 1
    return last_day if ends_in == year or (month <= _EARLY_MONTHS and ends_in == year + 1) else None


def _ends_fiscal_year(year: int, reported: FiscalPeriod) -> bool:
    """Whether fiscal `year` can be the year the release reports, ending on `reported.end`: a fiscal year ends in
    the year it is named for, or, ending in the first months of a calendar year, in the year after (a retailer's
    "fiscal 1997" ended January 31, 1998)."""
    if reported.end is None:
        return year == reported.year
    end = reported.end
    return year == end.year or (end.month <= _EARLY_MONTHS and year == end.year - 1)


def _year_reported(lead: str, latest: date | None) -> FiscalPeriod | None:
    """The year a lead says the release reports ("its financial results for the year ending December 31,
    2024"), where that day is the latest the statements date: such a release reports its fiscal year, whatever
    quarter other than the fourth the lead names in passing ("dividend payments starting in second quarter
    2025"). A fourth quarter named keeps the year printed with it (a retailer's "fiscal 1997" ends in 1998)."""
    if latest is None:
        return None
    for found in _YEAR_RESULTS.finditer(lead):
        if resolve_end(read_header(lead[found.end() : found.end() + 24])) == latest:
            return FiscalPeriod(quarter=4, year=latest.year, end=latest)
    return None


def _named_quarters(flat: str, latest: date | None, released: date | None, last_day: date | None = None
                    ) -> Iterator[tuple[int, int, bool, bool]]:
    """(quarter, year, whether the year was printed as the quarter's, whether the mention is a comparison's)
    for each quarter the narrative names. A day's year ("quarter ended September 30, 1996") is the year
    taken, but not printed as the quarter's: a fiscal year may be named for the year it ends in. A quarter
    that cannot have ended by `last_day` (the latest day any statement prints) is one to come, and none."""
    for match in _FISCAL.finditer(flat):
        ordinal = match.group("ordinal") or match.group("ordinal2")
        quarter = ORDINAL_QUARTERS[ordinal.lower()] if ordinal else int(match.group("q"))
        raw_year = match.group("year") or match.group("year2") or match.group("year3")
        if raw_year:
            year = int(raw_year) if len(raw_year) == 4 else 2000 + int(raw_year)
        elif match.group("dated"):
            year = int(match.group("dated"))
        elif latest is not None:
            year = latest.year
        elif released is not None:
            year = released.year if released.month > 3 else released.year - 1
        else:
            continue
        if raw_year and last_day is not None and not _could_have_ended_by(quarter, year, last_day):
            continue  # a quarter to come ("topline data in the fourth quarter of 2022" in a 2021 release)
        yield quarter, year, bool(raw_year), is_compared(flat, match.start())


def _could_have_ended_by(quarter: int, year: int, latest: date) -> bool:
    """Whether that quarter of fiscal `year` can have ended by the statements' latest day. A fiscal year
    ends in the year it is named for at the earliest (in January: a retailer's names the year it starts in,
    ending later still), and its quarter n ends 3 x (4 - n) months before its end. Corvane's fourth quarter
    of 2021, ended December 31, 2021, had been called fiscal 2022 after the plan "topline data in the fourth
    quarter of 2022"."""
    earliest = year * 12 - 3 * (4 - quarter)  # months since year 0, January of `year` = year * 12
    return earliest <= latest.year * 12 + latest.month - 1


def _highlights(narrative: list[str], between: Sequence[str] = ()) -> tuple[str, ...]:
    """Bulleted items, joined across their wrapped lines; those under a "highlights" heading first, else the
    first list (Hasbro's six bullets under its headline, not the fifty of its business update further on);
    none after the forward-looking statements begin.

    `between`: the text after the first table, between the tables. Its items count only under a highlights
    heading: a release may open on a table of its quarter's figures and print its "Highlights" under it (a
    newswire page's Forian Q3 2024, UI-46: its Kyber acquisition and note redemption had been "no highlights"),
    where any other list down there (notes on non-GAAP measures, the segments' stories) is no highlight."""
    # each item: whether under a highlights heading, its words, and which list it is in (a paragraph of the
    # story between items ends one); items of `between` are kept only under a heading
    items: list[tuple[bool, str, int]] = []
    narrative_items = -1  # how many items the narrative before the first table gave, once it is over
    story = 0
    current: list[str] = []
    bullet_indent = 0
    under_heading = False
    in_highlights = False
    awaiting = False  # a bare bullet seen, its item's first line still to come
    previous = ""  # the line before, stripped
    for index, line in enumerate([*narrative, "", *between]):
        line = _unstuffed_rule(line)
        if index == len(narrative) + 1:
            # the first table stands between: no heading or bare bullet above it reaches past it
            narrative_items, in_highlights, awaiting = len(items), False, False
        above, previous = previous, line.strip()
        if _BARE_BULLET.match(line):
            # Brenton-Hale's "•" / blank / "Organic sales growth of 13% ..." had given no highlights at all,
            # and Corvane's dash-framed subtitles had stood in for its "Recent Highlights".
            if current:
                items.append((under_heading, " ".join(current), story))
                current = []
            awaiting, under_heading = True, in_highlights
            continue
        if awaiting and line.strip():
            awaiting = False
            current = [line.strip()]
            bullet_indent = len(line) - len(line.lstrip())
            continue
        match = _BULLET.match(line)
        if match:
            if current:
                items.append((in_highlights, " ".join(current), story))
            current = [match.group("text").strip()]
            bullet_indent = line.index(match.group("text"))
            under_heading = in_highlights
            continue
        stripped = line.strip()
        if current and stripped and (
            len(line) - len(line.lstrip()) >= bullet_indent - 1 or _runs_on(current[-1], stripped)
            # a sentence right under the item's line, back at the margin as an HTML list item's wrapped
            # lines come (round 213's browser review: "Subscription revenue was $61.8 million ..." had
            # ended the highlights, three of four items lost)
            or (above and stripped.endswith(_SENTENCE_END) and stripped[0].isupper())
        ):
            current.append(stripped)
            continue
        if current:
            items.append((under_heading, " ".join(current), story))
            current = []
        if stripped and items:
            story = len(items)  # words of the story after an item: the next item opens another list
        if _forward_looking(stripped):
            break  # the cautionary notes: their bullets are risks, not highlights
        if stripped and len(stripped) < 80:
            in_highlights = bool(_names_highlights(stripped)) or (in_highlights and not stripped)
    if current:
        items.append((under_heading, " ".join(current), story))
    if narrative_items >= 0:
        items = items[:narrative_items] + [item for item in items[narrative_items:] if item[0]]
    kept = [item for item in items if not _defines(item[1])]
    flagged = [text for flag, text, _ in kept if flag]
    if not kept:
        return _highlight_paragraphs(narrative)
    first = [text for _, text, at in kept if at == kept[0][2]]
    return tuple(_marked_if_cut(_unframed(text)) for text in flagged or first)


def _unstuffed_rule(line: str) -> str:
    """A rule line as printed before EDGAR's dash-stuffing: a line opening on "-" is filed as "- -----...", which
    reads as a dash bullet whose item is a rule (round 716). Its item of rule characters only is the line; any
    other line comes back as it is."""
    match = _BULLET.match(line)
    return match.group("text") if match and _RULE_ONLY.match(match.group("text")) else line


# A line of rule characters only: dashes, equals signs, underscores.
_RULE_ONLY = re.compile(r"^[\-\u2013\u2014=_\s]+$")


def _unframed(item: str) -> str:
    """An item set between dashes as a subtitle ("- Fourth quarter net sales up 31%; ... more than triples -"):
    its closing dash is no word of it."""
    if item.endswith(" --"):
        return item[:-3].rstrip()
    return item[:-2].rstrip() if item.endswith((" -", " \u2013", " \u2014")) else item


# Paragraphs under a highlights heading are items where no bullet marks them: at most this many, each a
# sentence or a few (a longer paragraph is the story, not a highlight).
_MAX_PARAGRAPHS = 8
_MAX_PARAGRAPH = 600


def _highlight_paragraphs(narrative: list[str]) -> tuple[str, ...]:
    """Highlights printed as short paragraphs under their heading ("Fourth Quarter Highlights" / blank /
    "Revenue rose 12% to $48.2 million." / blank / ...), as releases without bullets print them: each whole
    paragraph that ends a sentence (or each item of one set a line or a few apiece), until the next heading,
    an item too long for one, or the cautionary notes. Only under a heading of its own: the story's
    paragraphs are no highlights."""
    paragraphs: list[str] = []
    current: list[str] = []
    under = False
    previous = ""
    for line in [*narrative, ""]:
        stripped = line.strip()
        if not under:
            # A heading stands apart, after a blank line, and starts as one: a wrapped sentence's line that
            # happens to say "key" or "highlights" is none.
            # (or, in a PDF's text that keeps no blank lines, after a sentence's end)
            under = ((not previous or previous.endswith(_SENTENCE_END)) and bool(stripped)
                     and len(stripped) < _HEADING_LENGTH
                     and stripped[0].isupper() and not stripped.endswith((".", "!", "?", ","))
                     and _names_highlights(stripped) is not None)
            previous = stripped
            continue
        if stripped:
            current.append(stripped)
            continue
        if not current:
            continue
        lines, paragraph = current, " ".join(current)
        current = []
        if _forward_looking(paragraph):
            break
        if not paragraph.endswith(_SENTENCE_END[:3]) or not paragraph[0].isupper():
            break  # the next heading, or no paragraph of its own: the highlights end
        # Items set a line or a few each with no bullet (a PDF drops the glyph): a new item starts where a line
        # ends a sentence and the next starts with a capital, as each line of a sentence-a-line list does.
        items: list[list[str]] = []
        for text in lines:
            if items and items[-1][-1].endswith(_SENTENCE_END[:3]) and text[0].isupper():
                items.append([text])
            elif items:
                items[-1].append(text)
            else:
                items.append([text])
        found = [" ".join(item) for item in items]
        if any(len(item) > _MAX_PARAGRAPH for item in found):
            break  # the story's paragraph, not a highlight
        paragraphs.extend(found)
        if len(paragraphs) >= _MAX_PARAGRAPHS:
            break
    return tuple(text for text in paragraphs[:_MAX_PARAGRAPHS] if not _defines(text))


# A heading is a short line; a highlights heading names them ("Fourth Quarter 2004 Highlights:").
_HEADING_LENGTH = 80


# A bulleted definition of a measure, as the notes on non-GAAP figures list them ("Free cash flow. Free cash
# flow is defined as ...", "Billings and Adjusted billings. We believe billings is ..."): no highlight.
_DEFINITION = re.compile(r"^[A-Z][^.:]{0,120}\.\s+(?:We|Our)\b|\b(?:is|are)\s+defined\s+as\b|\bwe\s+define\b")


def _defines(text: str) -> bool:
    """`_DEFINITION.search(text)`: every match holds "We", "Our" or "define" as written (the pattern folds
    no case), so an item holding none is no definition without the search (15 us an item; issue 12)."""
    return ("We" in text or "Our" in text or "define" in text) and _DEFINITION.search(text) is not None


def _marked_if_cut(item: str) -> str:
    """An item that still stops on a word no sentence ends on ("... for the") lost its end (a page break
    fell in it): it says so with an ellipsis rather than read as if the sentence were whole. A list's
    "..., and" before the next item is whole."""
    head, _, last = item.rpartition(" ")
    if last.lower() in UNFINISHED_END and not head.endswith((",", ";")):
        return f"{item} …"
    return item


def _runs_on(previous: str, line: str) -> bool:
    """A bullet's text wrapped back to the margin (an HTML list item rendered without its hanging indent):
    the line right under an unfinished item ("... was $38.7 million for the" / "quarter, or ...") carries
    it on when it starts as no heading would, in lower case or with a figure ("$0.01. This compared ..."),
    or whatever it starts with when the item stopped on a word no sentence ends on ("driven by")."""
    if previous.endswith(_SENTENCE_END):
        return False
    words = previous.rsplit(None, 1)
    return _CARRIED_ON.match(line) is not None or (bool(words) and words[-1].lower() in UNFINISHED_END)


def _headline(narrative: list[str]) -> str:
    """The release's headline: the first line near the top that says what it reports ("... Reports Second
    Quarter Results"), never a quotation ("'Our regulated utilities delivered solid results,' said ..."); where
    none says so, the first line in capitals standing alone as a headline does ("ASHBROOK ENERGY THIRD-QUARTER
    EARNINGS RISE TO 27 CENTS A SHARE", whose quote further down had been shown as the headline)."""
    lines = _above_the_lead([line.strip() for line in narrative[:30]])
    form_words = _under_form_items(lines)
    # (an 8-K cover's form lines, "Date of Report (Date of earliest event reported): July 21, 1997", are no
    # headline over the release a whole submission carries: vocabulary.FORM_COVER_LINE, round 702)
    candidates = [line for index, line in enumerate(lines)
                  if 15 < len(line) < 160 and not line.lower().startswith("exhibit") and index not in form_words
                  and not _quoted(line) and not FORM_COVER_LINE.search(line)]
    said = next((index for index, line in enumerate(lines) if line in candidates and _TITLE_LINE.search(line)), None)
    if said is not None:
        headline = _run_on_headline(lines, said).lstrip("# ").strip()
        return f"{above} {headline}" if (above := _company_over_its_verb(lines, said, headline)) else headline
    return _earnings_block(lines, candidates) or next(
        (line for index, line in enumerate(lines) if line in candidates and _in_capitals(lines, index)), "")


def _under_form_items(lines: list[str]) -> set[int]:
    """The indexes of the 8-K form's item headings ("Item 2.02  Results of Operations and Financial Condition.")
    and of the paragraph of the form's words under each ("On July 28, 2021, the Company issued a press release
    announcing its" / "results for the quarter ended June 30, 2021.  The text of the press release follows."):
    both say "results", neither is the release's headline, which a release set in the form's body prints under
    them (round 727's probe i). A paragraph that ends no sentence is a headline, not the form's words."""
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if not FORM_ITEM_HEADING.match(line):
            continue
        taken.add(index)
        start = next((i for i in range(index + 1, len(lines)) if lines[i]), len(lines))
        end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
        if start < end and lines[end - 1].endswith((".", ":")):
            taken.update(range(start, end))
    return taken


def _above_the_lead(lines: list[str]) -> list[str]:
    """The lines above the dateline that opens the lead ("CONCORD, CA, July 30, 2026 - Cerus Corporation ...
    announced today financial results ...": the story's first sentence, run on past the date): a headline is
    printed above it, never on or under it (round 710: a PDF with subheadlines alone had shown its dateline as
    the title; the story's lines under it, "Reform Act of 1995. Actual results may differ ...", are none
    either). A dateline alone on its line (the date and no sentence after it) ends nothing."""
    for index, line in enumerate(lines):
        found = _dateline_of(line)
        if found is not None and len(line) - found.end() > _DATELINE_RUN_ON:
            return lines[:index]
    return lines


_DATELINE_RUN_ON = 12  # characters after a dateline's date that start its sentence


def _earnings_block(lines: list[str], candidates: list[str]) -> str:
    """A headline that says what it reports as "earnings" in words of its own ("2006 Southern Company earnings
    bolstered by" / "strong economy, customer growth"; "Economic strength in Southeast drives" / "Southern
    Company earnings above expectations"): a block of a few short lines standing apart, none a sentence, the
    first to name earnings (UI-44: no headline had been shown, none saying "reports" or "results"). The whole
    block is the headline, with what it runs on to across a blank line where it stops on a word no title ends
    on; a lone line of fewer than `_HEADLINE_MIN_WORDS` ("Earnings Release") is a letterhead, no headline."""
    for index, line in enumerate(lines):
        if line not in candidates or not _RESULTS_WORD.search(line) or not _a_clause(line):
            continue
        first = index
        while first > 0 and lines[first - 1]:
            first -= 1
        last = index
        while last + 1 < len(lines) and lines[last + 1]:
            last += 1
        block = lines[first : last + 1]
        if last - first >= _HEADLINE_LINES or not all(_a_clause(part) for part in block):
            continue
        headline = " ".join([*block[:-1], _run_on_headline(lines, last)])
        if len(headline.split()) >= _HEADLINE_MIN_WORDS:
            return headline
    return ""


_HEADLINE_MIN_WORDS = 5


def _company_over_its_verb(lines: list[str], index: int, headline: str) -> str:
    """The company's name set on its own line over a headline that opens on its verb ("AGNC INVESTMENT CORP." /
    "ANNOUNCES FIRST QUARTER 2020 FINANCIAL RESULTS": UI-34, the headline shown without whose results they
    are); "" where the headline names its subject or no name stands right above it."""
    words = headline.split(None, 1)
    if not words or words[0].lower() not in HEADLINE_VERBS:
        return ""
    above = next((line for line in reversed(lines[max(0, index - 2) : index]) if line), "")
    return above if COMPANY_NAME_LINE.match(above) else ""


def _a_clause(line: str) -> bool:
    """A headline's next clause: a short line of words, no sentence and no dateline ("COLUMBUS, Ga. - April 29,
    2020 - Aflac Incorporated ... today reported")."""
    return 0 < len(line) <= _CLAUSE_CHARS and not line.endswith(".") and DATELINE.search(line) is None


_CLAUSE_CHARS = 100


def _run_on_headline(lines: list[str], index: int) -> str:
    """The headline with the lines it runs on to: one stopping on a word no title ends on ("PELLWORTH
    INSTRUMENTS REPORTS FOURTH QUARTER AND" / "FISCAL 2005 FINANCIAL RESULTS") is carried on by the line under
    it (round 212's browser review: the headline had been shown cut at "AND"); so is one ending in a
    semicolon or comma ("GRANITE HARBOR ... REPORTS THIRD QUARTER 2004 RESULTS;" / "HURRICANE LOSSES DRIVE
    QUARTERLY NET LOSS OF $1.16 PER SHARE": round 270's browser review, its second line dropped), and one
    lacking the word for what it reports, a few words under it saying it ("... Reports Third Quarter 2025" /
    "Results")."""
    headline = lines[index]
    # (a headline of clauses each ending in a comma may set each on a line of its own, blank lines between:
    # "Aflac Incorporated Announces First Quarter Results," / "" / "Reports First Quarter Net Earnings of $566
    # Million," / "" / ...: UI-34, shown cut at its first comma)
    clauses = index + 1  # the end of the lines taken
    while clauses - index < 2 * _HEADLINE_CLAUSES and lines[clauses - 1].endswith(","):
        clause = clauses + 1 if clauses + 1 < len(lines) and not lines[clauses] else clauses
        if clause >= len(lines) or not _a_clause(lines[clause]):
            break
        clauses = clause + 1
    if clauses - index > 2:
        return " ".join(line for line in lines[index:clauses] if line)
    offset = index + 1
    for _ in range(_HEADLINE_LINES):
        if offset >= len(lines):
            break
        following = lines[offset]
        if not following and offset + 1 < len(lines) and _ends_across_a_blank(headline, lines[offset + 1]):
            offset += 1  # ("ManTech Announces Financial Results for" / "" / "First Quarter of 2020": UI-43)
            following = lines[offset]
        last = headline.rsplit(None, 1)[-1].lower()
        after = lines[offset + 1] if offset + 1 < len(lines) else ""
        if not following or not (last in UNFINISHED_END or last in HEADLINE_VERBS or last.endswith((";", ",")) or (
                _RESULTS_WORD.search(following) and not _RESULTS_WORD.search(headline)
                and (len(following.split()) <= _TAIL_WORDS or _RESULTS_FIRST.match(following)))
                or (not after and len(headline) >= _WRAPPED_WIDTH and _title_cased_tail(following))):
            break
        headline = f"{headline} {following}"
        offset += 1
    return headline


def _ends_across_a_blank(headline: str, line: str) -> bool:
    """Whether the line after a blank one ends a headline that cannot end where it stops: on a word no title
    ends on ("... Financial Results for" / "" / "First Quarter of 2020"), on its verb ("FARMERS NATIONAL BANC
    CORP. ANNOUNCES" / "" / "2020 FIRST QUARTER FINANCIAL RESULTS": two centred paragraphs, round 702), or short
    of the word for what it reports, which a few words say ("OSHKOSH CORPORATION REPORTS FISCAL 2020" / "" /
    "SECOND QUARTER RESULTS": UI-43, both shown cut at their first line)."""
    if not _a_clause(line):
        return False
    last = headline.rsplit(None, 1)[-1].lower()
    return last in UNFINISHED_END or _a_headline_verb(last) or (
        _RESULTS_WORD.search(line) is not None and _RESULTS_WORD.search(headline) is None
        and len(line.split()) <= _TAIL_WORDS)


def _a_headline_verb(word: str) -> bool:
    """A headline's verb as its subject says it ("announces", "reports"; vocabulary.HEADLINE_VERBS): what it
    reports follows. Its plain form may be a noun that ends a title ("Annual Report"), so only the verb's "s"
    form carries a headline on across a blank line."""
    return word in HEADLINE_VERBS and word.endswith("s")


def _title_cased_tail(line: str) -> bool:
    """A few words in title case closing a headline's block ("... Financial Results and Raises Full-Year" /
    "Product Revenue Guidance" / blank: UI-32, a PDF's headline shown cut at "Full-Year"); a sub-headline
    or bullet under it reads as a sentence, its words in lower case."""
    words = [word for word in line.split() if word[:1].isalpha()]
    return (0 < len(words) <= _TAIL_TITLE_WORDS and not line.rstrip().endswith(".")
            and all(word[0].isupper() for word in words if len(word) > _SMALL_WORD))


_TAIL_TITLE_WORDS = 6
_WRAPPED_WIDTH = 70  # a headline line this long may have been wrapped; a shorter one ended where its words did
_SMALL_WORD = 3  # "and", "of", "the": left in lower case by title case


# "... Reports Third Quarter 2025" / "Results": the few words a wrapped headline ends on name what it reports,
# or the line under it starts with them ("Results and Raises Quarterly Distribution", round 247's Redstone).
_RESULTS_WORD = re.compile(r"\b(?:results|earnings)\b", re.IGNORECASE)
_RESULTS_FIRST = re.compile(r"(?:financial\s+)?(?:results|earnings)\b", re.IGNORECASE)
_TAIL_WORDS = 4


# A headline wraps over two or three lines at most; a headline of clauses runs to four of them.
_HEADLINE_LINES = 2
_HEADLINE_CLAUSES = 4


# A quotation, or the line that says whose it is: no headline.
_QUOTED = re.compile(r"^[\"\u201c\u2018']|[\"\u201d],?\s+(?:said|says)\b")
_QUOTES = frozenset("\"\u201c\u2018'\u201d")  # a character every match of _QUOTED holds


def _quoted(line: str) -> bool:
    """`_QUOTED.search(line)`, a line without a quotation mark answered by a set test (issue 12)."""
    return not _QUOTES.isdisjoint(line) and _QUOTED.search(line) is not None
# Words enough for a headline, in capitals: "ASHBROOK ENERGY THIRD-QUARTER EARNINGS RISE TO 27 CENTS A SHARE".
_CAPITALS_HEADLINE = re.compile(r"^[A-Z][A-Z0-9&.,'\u2019%$-]*(?: [A-Z0-9&.,'\u2019%$-]+){4,}$")


def _in_capitals(lines: list[str], index: int) -> bool:
    """A line of five words or more in capitals with a blank line above and below: a headline, never a
    letterhead's two columns ("NEWS RELEASE      FOR IMMEDIATE RELEASE") nor a bracketed logo."""
    above = lines[index - 1] if index > 0 else ""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return not above and not below and _CAPITALS_HEADLINE.match(lines[index]) is not None

