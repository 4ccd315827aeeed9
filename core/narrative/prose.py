"""Figures stated in the narrative, each tied to the period it speaks of.

"For the three months ended June 30, 2004, the Company reported a net loss of $7.2 million, or $0.23 per
share. This compares to a net loss of $11.8 million, or $0.45 per share, for the second quarter of 2003."
A figure's period is the period phrase that follows it in its clause, else the last one before it in its
sentence, else the one the text spoke of last; "the same period last year" is that one a year earlier.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from core.fast_regex import starting_fast
from core.model import Period, ProseFigure, SourceSpan, Statement
from core.tables.period_headers import read_header
from core.vocabulary import (
    COMPARED_WORDS,
    EPS_NAME_RE,
    EPS_SIGN_WORDS_RE,
    EPS_STATED_AS_RE,
    HIGHLIGHT_BULLETS,
    HOLDINGS_BEFORE_CASH,
    INCLUDED_PART,
    MONTH_RE,
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    ORDINAL_QUARTERS,
    ORDINAL_WORD_RE,
    REPORTED_EARNINGS_ADJECTIVES,
    WEEKS_TO_MONTHS,
    YEAR_RE,
    is_compared,
    match_concept,
)

_DATE = rf"(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+{YEAR_RE}"
# "$7.2 million", "$(10.6) million", "$16,729,642": a trailing comma or space is the sentence's, not the amount's.
_AMOUNT = r"\$\s?\(?(?P<{name}>\d(?:[\d,]*\d)?(?:\.\d+)?)\)?(?:\s*(?P<{name}_unit>million|billion|thousand)\b)?"

# Words that may stand between "net income" and its amount: a period, an attribution, a date ("of" only
# before a year: "for the third quarter of 2006 was"). Verbs such
# as "included" may not: "net income included charges of $18.6 million" states no net income.
# Each word is matched atomically up to the next space (`(?>...(?=\s))`): a word no filler contains spaces,
# so any alternative that fits ends at the same place, and trying the others ("Months" as a capitalised
# word after "months" failed) only multiplied the paths, 2 ** 12 for twelve such words.
_ONE_WORD_NUMBERS = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
_FILLER = (
    rf"(?:\s+(?>(?:for|in|during|the|this|its|fiscal|full|year|quarter|{ORDINAL_WORD_RE}|{_ONE_WORD_NUMBERS}"
    rf"|months?|weeks?|(?:\d{{1,2}}|{_ONE_WORD_NUMBERS})-(?:week|month)|period|ended|ending|to|date|year-to-date"
    rf"|attributable|available|common|stockholders|shareholders|gaap|reported|(?-i:[A-Z][a-z]+\.?|[A-Z]{{2,}})"
    rf"|\d{{1,2}},|{YEAR_RE},?|of\s+(?:fiscal\s+)?{YEAR_RE},?)(?=\s)))"
)
# "..., or $0.26 per diluted share", "or 27 cents a share", and (a bank's wording) "or $0.26 diluted earnings
# per share" (UI-55: Horizon's EPS had read "not checked", no sentence found to speak of it)
_EPS = (
    r"(?:,?\s+or\s+(?:\$?\s?\(?(?P<{name}>\d*\.\d+)\)?|(?P<{name}_cents>\d{{1,3}})\s+cents)\s+"
    r"(?:per\s+(?P<{name}_kind>basic\s+and\s+diluted\s+|diluted\s+|basic\s+)?(?:common\s+)?share"
    r"|(?P<{name}_basis>basic\s+and\s+diluted\s+|diluted\s+|basic\s+)?(?:net\s+)?(?:earnings|income|loss)\s+"
    r"per\s+(?:common\s+)?share"
    r"|a\s+(?:diluted\s+)?share))?"
)
NET_RESULT = re.compile(
    r"(?:net\s+(?P<kind>loss|income|earnings|profit)"
    # "Southern Company today reported fourth quarter earnings of $204.5 million": earnings the company
    # reports for the period are its net result
    rf"|(?<=reported\s)(?:(?:{ORDINAL_WORD_RE}|{REPORTED_EARNINGS_ADJECTIVES}|full[\s-]year|fiscal|quarterly|annual"
    rf"|quarter|year|{YEAR_RE})\s+){{0,4}}(?P<kind_e>earnings))" + _FILLER + r"{0,12}?\s+"
    r"(?:of|was|were|totaled|totalled|amounted\s+to|came\s+in\s+at|is|reached)\s+(?:approximately\s+|about\s+)?"
    + _AMOUNT.format(name="amount")
    # "Net Loss of $1.53 Per Share" (a headline): a figure per share, no amount of the net result
    + r"(?![\d.,]*\d)(?!\s+(?:per|a)\s+(?:(?:basic|diluted|common)\s+)*share)"
    + _EPS.format(name="eps")
    # "..., compared to (a net loss of) $128.5 million, or $1.82 per diluted share": the prior period's
    + r"(?:,?\s+(?:as\s+)?(?:compared\s+(?:to|with)|versus|vs\.?)\s+"
    + r"(?:(?:a\s+)?net\s+(?P<kind2>loss|income|earnings)\s+of\s+)?"
    + _AMOUNT.format(name="amount2")
    # "... compared with $0.82 per diluted share in the first quarter of 2015": the prior period's figure a
    # share, no amount of its net result
    + r"(?![\d.,]*\d)(?!\s+(?:per|a)\s+(?:(?:basic|diluted|common)\s+)*share)"
    + _EPS.format(name="eps2")
    + r")?",
    re.IGNORECASE,
)
# A result a share stated under its own name: "Diluted EPS: $0.71", "GAAP diluted E.P.S. loss of $0.16 versus
# income of $0.76 in the prior year period", "diluted earnings per share ("EPS") was $0.71" (UI-56). The name
# must be followed by a colon, a verb or the words that sign the figure (a table's "Diluted EPS  $0.71" is none).
EPS_STATED = re.compile(
    r"(?<![\w-])(?P<basis>(?:basic\s+and\s+)?diluted|basic)\s+" + EPS_NAME_RE
    + r"(?:\s*\([\"“]?EPS[\"”]?\))?(?P<verb>" + EPS_STATED_AS_RE + r")?\s*(?:"
    + EPS_SIGN_WORDS_RE.format(name="kind") + r"\s+)?"
    + r"\$\s?(?P<open>\()?(?P<eps>\d*\.\d+)\)?(?![\d.,]*\d)(?!\s*(?:million|billion|thousand)\b)"
    + r"(?:,?\s+(?:as\s+)?(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:"
    + EPS_SIGN_WORDS_RE.format(name="kind2") + r"\s+)?"
    + r"\$\s?(?P<open2>\()?(?P<eps2>\d*\.\d+)\)?(?![\d.,]*\d)(?!\s*(?:million|billion|thousand)\b))?",
    re.IGNORECASE,
)
# A figure the release itself calls adjusted or non-GAAP is not the net result of the statements.
_ADJUSTED_BEFORE = re.compile(
    # Footnote marks and punctuation may follow the word: digits, carets and non-word characters, as one
    # character class (a digit run inside a repeated group could be split 2 ** n ways before failing).
    # "core net income", "pre-tax, pre-provision net income": a bank's measures of its own making.
    r"(?:adjusted|non-gaap|pro\s+forma|core|pre-?provision|normali[sz]ed|underlying|excluding\s+[\w\s,]{0,40}?)"
    r"[\d\W]*$", re.I
)
# "On a non-GAAP basis, ... net income was $21.0 million": the whole sentence speaks of adjusted figures.
_ON_ADJUSTED_BASIS = re.compile(r"\b(?:non-?gaap|adjusted|pro\s+forma)\s+basis\b", re.I)
# "Excluding special items, full-year net income was $115.1 million": a sentence opening on what it leaves
# out speaks of adjusted figures throughout (round 540: "full-year" between the two had hidden the words).
_OPENS_EXCLUDING = re.compile(r"\s*(?:excluding|before|absent|adjusting\s+for|adjusted\s+for|after\s+adjusting"
                              r"\s+for)\b[^,.;:]{1,120}?,", re.I)
# "... net income of $16.0 million or $0.40 per diluted share, excluding stock-based compensation"
_EXCLUDING_AFTER = re.compile(r"[^.;]{0,40}?\bexcluding\b", re.I)
# "Since inception in May 1994, the Company has incurred a cumulative net loss of $94.7 million": a total
# over the company's life, no period of the statements, whatever period the sentence before spoke of.
_SINCE_INCEPTION = re.compile(r"\bsince\s+(?:\w+\s+){0,2}inception\b|\bcumulative\s+net\s+(?:loss|income)"
                              r"|\baccumulated\s+deficit\b", re.I)
# "For the period from March 1 to June 30, 2005, ... net income was $1.8 million": a stub, no period of the
# statements, which its end alone would make it (round 309: checked against the quarter, and failed).
_STUB = re.compile(rf"\bperiod\s+from\s+(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?,?\s+(?:to|through)\b"
                   r"|\bfrom\s+(?:its\s+|the\s+)?inception\b", re.I)
# "As previously reported, 2015 net income was $96.1 million": a figure a restatement has since replaced.
_SUPERSEDED = re.compile(r"\b(?:previously|originally)\s+(?:reported|stated)\b", re.I)
# "Excluding the charge, the Company would have reported a net loss of $2.6 million": what the result would
# have been, no figure of the statements (rounds 508 and 509: checked against the reported result, it failed).
_COUNTERFACTUAL = re.compile(r"\bwould\s+(?:have|be)\b", re.I)
# "a net loss of $(2,463) million in other gain (loss), net": the loss of one line, not the net result.
_PART_AFTER = re.compile(r"\s+(?:in|on|from)\s+(?:net\s+)?(?:other|unrealized|realized)\b", re.I)
# "... net sales were $931.7 million and net income was $52.1 million, compared with $829.4 million and
# $20.2 million": an amount followed by another amount (no figure per share) is one of a list that pairs
# with the sentence's concepts in order; which of them is the net result only the order could tell.
_LISTED_AFTER = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)\$\s?\(?\d[\d,]*(?:\.\d+)?\)?"
                           r"(?:\s*(?:million|billion|thousand)\b)?(?![\d.,]*\d)(?!\s+(?:per|a)\s)", re.I)
CASH = re.compile(
    r"(?P<label>cash(?:,\s*cash\s+equivalents)?(?:,?\s+and\s+(?:cash\s+equivalents|[\w-]+\s+)?(?:[\w-]+\s+){0,4}"
    r"(?:investments|securities))?(?:\s+and\s+(?:[\w-]+\s+){0,3}(?:investments|securities))?)\s+"
    r"(?:(?:as\s+of|at)\s+(?P<date1>" + _DATE + r"),?\s+)?"
    r"(?:were|was|totaled|totalled|of|amounted\s+to|stood\s+at)\s+(?:approximately\s+)?"
    + _AMOUNT.format(name="amount")
    + r"(?:,?\s+(?:as\s+of|at)\s+(?P<date2>" + _DATE + r"))?"
    r"(?:,?\s+including\s+\$(?P<restricted>[\d,]+(?:\.\d+)?)\s*(?P<restricted_unit>million|thousand)?\s+(?:of\s+|in\s+)?"
    r"restricted\s+cash)?",
    re.IGNORECASE,
)
PERIOD_PHRASE = starting_fast(
    rf"""
    (?P<n>{NUMBER_WORD_RE}|\d{{1,2}})[\s-]+
        (?P<unit>months?|weeks?)\s+(?:fiscal\s+)?(?:period\s+)?ended\s+(?P<date>{_DATE})
    | (?P<ordinal>{ORDINAL_WORD_RE})[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+fiscal)?(?:\s+year)?
        \s+(?P<qyear>{YEAR_RE})
    | (?:fiscal\s+)?(?P<qyear2>{YEAR_RE})\s+(?P<ordinal2>{ORDINAL_WORD_RE})[\s-]+quarter
    | (?:first|last)\s+(?P<hn>three|six|nine|twelve)\s+months\s+of\s+(?:fiscal\s+)?(?:year\s+)?
        (?P<hyear>{YEAR_RE})
    | (?:first|last|the)\s+(?P<hn2>six|nine)\s+months\b(?!\s+(?:of|ended|ending)\b)   # "for the (first) nine months,"
    | (?P<ytd>year[\s-]+to[\s-]+date)\b(?![\s-]+(?:period|results?)\s+(?:of|in)\s)  # "Year-to-date, net income ..."
    | first\s+half\s+of\s+(?P<halfyear>{YEAR_RE})    # six months from a calendar year's start (a fiscal year's
                                                  # name is no calendar year: "first half of fiscal 2007")
    | quarter\s+ended\s+(?P<qdate>{_DATE})
    | (?:fiscal\s+)?year\s+ended\s+(?P<ydate>{_DATE})
    | (?P<relative>same\s+(?:period|quarter)\s+(?:of\s+|in\s+)?(?:last|the\s+prior|a|the\s+previous|prior)\s+year
        |prior[\s-]+year(?:'s)?\s+(?:period|quarter)|year[\s-]+ago\s+(?:period|quarter)
        |(?:same|comparable|corresponding)\s+(?:period|quarter)\s+(?:of|in)\s+{YEAR_RE}
        |(?:same|comparable|corresponding)\s+{YEAR_RE}\s+(?:period|quarter)    # "the comparable 2005 period"
        |(?:last|prior|previous)\s+year'?s\s+(?:[\w-]+\s+){{0,3}}(?:quarter|period|year))
    | full[\s-]+year(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<fyyear>{YEAR_RE}))?   # the year the release closes
    | \b(?:for|in)\s+(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<foryear>{YEAR_RE})\b    # "... in 2003": that year's
    | (?P<bare>(?:{ORDINAL_WORD_RE})[\s-]+(?:fiscal\s+)?quarter)           # the quarter reported
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MENTIONS = starting_fast(
    r"net\s+(?:loss|income|earnings|profit)|\bcash\b|reported\b.*\bearnings|\be\.?\s?p\.?\s?s\b|per\s+(?:common\s+)?share",
    re.IGNORECASE)
# The space after a sentence's end: found from the stop itself, which is rarer than a space (a look-behind
# at every space cost twice as much).
_SENTENCE_END = re.compile(r"[.!?](\s+)(?=[A-Z\"“])")
# The words _MENTIONS needs, looked for in C before the pattern is tried on a sentence.
_MENTION_WORDS = ("net", "cash", "reported", "eps", "e.p.s", "per ")
_UNITS = {
    "million": Decimal(1_000_000), "billion": Decimal(1_000_000_000), "thousand": Decimal(1_000), None: Decimal(1)
}


@dataclass(frozen=True, slots=True)
class _Said:
    """A period phrase where it stands: months and end (absolute), or a step back of one year (relative)."""

    start: int
    months: int | None
    end: date | None
    year: int | None
    relative: bool
    # "in fiscal 2004": a fiscal year by its name, the whole year unless the sentence spoke of a shorter
    # period before it (round 212: a Q4 release's fiscal-year comparison had been read as the quarter's)
    fiscal: bool = False
    # "Year-to-date, ...": the longest period the tables print to their latest date (round 448: its EPS
    # had been given the quarter, and a right figure failed its check)
    to_date: bool = False
    # "the third quarter of 1998": the quarter's number, where the phrase names it (None for "fiscal" ones,
    # whose numbers count from a fiscal year's start the release may not print)
    quarter: int | None = None


def find_figures(lines: Sequence[str], last_line: int, statements: Sequence[Statement]) -> tuple[ProseFigure, ...]:
    """Net results, per-share results and cash figures from the narrative before the first table."""
    text, starts = _flatten(lines[:last_line])
    periods = [p for s in statements for p in s.periods]
    figures: list[ProseFigure] = []
    for sentence_start, sentence in _sentences(text):
        folded = sentence.casefold()  # as the pattern's IGNORECASE folds "ſ" into "s"
        if not any(word in folded for word in _MENTION_WORDS) or not _MENTIONS.search(sentence):
            continue  # most sentences state no figure: skip the costly period phrases
        hits: list[tuple[int, int, str, re.Match[str], str]] = []
        # Where the sentence first says "on a non-GAAP basis": a figure after it is adjusted. Found once
        # for the sentence, not searched for again up to each figure (a sentence of thousands of figures).
        basis = min((m.end() for m in _ON_ADJUSTED_BASIS.finditer(sentence)), default=len(sentence) + 1)
        if (opening := _OPENS_EXCLUDING.match(sentence)) is not None:
            basis = min(basis, opening.end())
        clause_start = 0
        for match in NET_RESULT.finditer(sentence):
            before = sentence[max(0, match.start() - 60) : match.start()]
            lifetime = (_SINCE_INCEPTION.search(sentence, clause_start, match.end("amount"))
                        or _STUB.search(sentence, clause_start, match.end("amount")))
            not_as_reported = (_SUPERSEDED.search(sentence, clause_start, match.end("amount"))
                               or _COUNTERFACTUAL.search(sentence, clause_start, match.end("amount")))
            clause_start = match.end()
            if (lifetime or not_as_reported or _ADJUSTED_BEFORE.search(before) or basis <= match.start()
                    or _EXCLUDING_AFTER.match(sentence, match.end()) or _PART_AFTER.match(sentence, match.end())
                    or _listed(match, sentence, "amount") or _unit_lost(match, "amount")):
                continue
            hits.append((match.start(), match.end("amount2") if match.group("amount2") else match.end(), "net",
                         match, ""))
            if match.group("amount2") and not _listed(match, sentence, "amount2") and not _unit_lost(match, "amount2"):
                hits.append((match.start("amount2"), match.end(), "net", match, "2"))
        hits += _eps_hits(sentence, basis)
        hits += [(m.start(), m.end(), "cash", m, "") for m in CASH.finditer(sentence)]
        if not hits:
            continue  # a mention without a figure: its period phrases, the costliest pattern, are never read
        said = _Phrases([_read_phrase(m, sentence_start) for m in PERIOD_PHRASE.finditer(sentence)])
        hits.sort(key=lambda hit: hit[0])
        for position, (start, end, family, match, which) in enumerate(hits):
            clause_end = hits[position + 1][0] if position + 1 < len(hits) else len(sentence)
            span = _span(starts, sentence_start + start, sentence_start + end)
            if family == "net":
                amount_end = max(match.end(f"amount{which}"), match.end(f"eps{which}"), match.end(f"eps{which}_cents"))
                period = _period_for(said, sentence_start + start, sentence_start + amount_end,
                                     sentence_start + clause_end, periods, figures, text, compared=bool(which))
                figures.extend(_net_figures(match, which, sentence, period, span))
            elif family == "eps":
                period = _period_for(said, sentence_start + start, sentence_start + match.end(f"eps{which}"),
                                     sentence_start + clause_end, periods, figures, text, compared=bool(which),
                                     sentence_end=sentence_start + len(sentence))
                figures.append(_eps_figure(match, which, period, span))
            else:
                figures.extend(_cash_figures(match, periods, span))
    return tuple(figures)


# "... of $6.10 to $6.40", "$0.13 - $0.15": a range, an outlook's, no figure reported.
_RANGE_AFTER = re.compile(r"\)?\s*(?:to|-|–|—)\s*\$?\s?\(?\d")


def _eps_hits(sentence: str, basis: int) -> list[tuple[int, int, str, re.Match[str], str]]:
    """The results a share the sentence states under their own name, as reported (an adjusted, non-GAAP or
    excluding figure is none), each with the one it is compared with."""
    hits: list[tuple[int, int, str, re.Match[str], str]] = []
    breaks: list[int] | None = None  # where each clause starts, found once a sentence (bisected, not searched again)
    for match in EPS_STATED.finditer(sentence):
        if match.group("verb") is None and match.group("kind") is None:
            continue  # "Diluted EPS  $0.71": a table's row, no sentence
        if _RANGE_AFTER.match(sentence, match.end("eps")) or _RANGE_AFTER.match(sentence, match.end()):
            continue  # "$2.10 to $2.20": an outlook's range states no figure
        # ("would have been" in the highlight before, run into this one with no stop between, is not its own)
        before = sentence[max(0, match.start() - 60) : match.start()]
        if breaks is None:
            breaks = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)]
        clause = breaks[bisect.bisect_right(breaks, match.start()) - 1]
        if (_ADJUSTED_BEFORE.search(before) or basis <= match.start() or _EXCLUDING_AFTER.match(sentence, match.end())
                or _COUNTERFACTUAL.search(sentence, clause, match.end("eps"))
                or _SUPERSEDED.search(sentence, clause, match.end("eps"))):
            continue
        hits.append((match.start(), match.end("eps2") if match.group("eps2") else match.end(), "eps", match, ""))
        if match.group("eps2"):
            hits.append((match.start("eps2"), match.end(), "eps", match, "2"))
    return hits


def _eps_figure(match: re.Match[str], which: str, period: Period | None, span: SourceSpan) -> ProseFigure:
    """One result a share of an `EPS_STATED` match: "loss of $0.16" or "$(0.16)" is negative; the figure it
    is compared with takes its own words ("versus income of $0.76"), else it is a size (`signed` False)."""
    kind = (match.group(f"kind{which}") or "").lower()
    negative = kind == "loss" or match.group(f"open{which}") is not None
    value, tolerance = _amount(match.group(f"eps{which}"), None)
    basis = match.group("basis").lower()
    concept = "eps_diluted" if "diluted" in basis and "basic" not in basis else "eps_basic"
    signed = not which or bool(kind) or negative
    text = match.group() if not which else match.string[match.start(f"eps{which}") - 1 : match.end()]
    return ProseFigure(concept, -value if negative else value, tolerance, period, text, span, signed)


def _one_of_several_holdings(match: re.Match[str]) -> bool:
    """Whether the "cash" the figure is said of ends a list of holdings ("cash, cash equivalents, marketable
    securities and restricted cash totaled $117.6 million") or is a holding of its own ("restricted cash"):
    the sum vouches for no one line, and checked against cash and cash equivalents it failed the right
    figure and held it back (round 655). No figure is read; the sentence says nothing either way."""
    start = match.start("label")
    return HOLDINGS_BEFORE_CASH.search(match.string, max(0, start - 80), start) is not None


def _unit_lost(match: re.Match[str], amount: str) -> bool:
    """"Net loss for the full year was $46.5" / "million.": a figure with cents and no unit word is no net
    result (none is stated in cents); its unit went elsewhere, as a PDF's two columns of text part a sentence
    from its last word (round 223: the check had failed the table's right figure against $46.50)."""
    return match.group(f"{amount}_unit") is None and "." in match.group(amount)


def _listed(match: re.Match[str], sentence: str, amount: str) -> bool:
    """Whether the amount is the first of a list ("$829.4 million and $20.2 million"), so that nothing but
    the order of the sentence's concepts says which is the net result's: such a figure is not taken."""
    end = max(match.end(amount), match.end(f"{amount}_unit"))
    return match.group(f"eps{amount[6:]}") is None and match.group(f"eps{amount[6:]}_cents") is None and (
        _LISTED_AFTER.match(sentence, end) is not None)


def _flatten(lines: Sequence[str]) -> tuple[str, list[int]]:
    """One string with lines joined by spaces, and where each line starts in it (for line numbers)."""
    starts = []
    parts = []
    position = 0
    for line in lines:
        starts.append(position)
        stripped = line.strip()
        parts.append(stripped)
        position += len(stripped) + 1
    return " ".join(parts), starts


def _span(starts: list[int], first: int, last: int) -> SourceSpan:
    return SourceSpan(bisect.bisect_right(starts, first), bisect.bisect_right(starts, max(first, last - 1)))


def _sentences(text: str) -> list[tuple[int, str]]:
    result = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        result.append((position, text[position : match.start(1)]))
        position = match.end()
    result.append((position, text[position:]))
    return result


def _number(text: str) -> int:
    """"13" or "thirteen" -> 13."""
    raw = text.lower()
    return int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)


def _read_phrase(match: re.Match[str], offset: int) -> _Said:
    if match.group("relative"):
        return _Said(offset + match.start(), None, None, None, True)
    if match.group("n"):
        number = _number(match.group("n"))
        months = WEEKS_TO_MONTHS.get(number) if match.group("unit").lower().startswith("w") else (
            number if number in (3, 6, 9, 12) else None)
        reading = read_header(match.group("date"))
        return _Said(offset + match.start(), months, _date(reading.year, reading.month, reading.day), None, False)
    if match.group("hn"):
        return _Said(offset + match.start(), _number(match.group("hn")), None, int(match.group("hyear")), False)
    if match.group("hn2"):  # "for the first nine months," no year: the latest nine months printed
        return _Said(offset + match.start(), _number(match.group("hn2")), None, None, False)
    if match.group("ytd"):
        return _Said(offset + match.start(), None, None, None, False, to_date=True)
    if match.group("halfyear"):  # "in the first half of 2004" (round 207: the comparison had taken 2005's)
        return _Said(offset + match.start(), 6, None, int(match.group("halfyear")), False)
    if match.group("qdate") or match.group("ydate"):
        reading = read_header(match.group("qdate") or match.group("ydate"))
        months = 3 if match.group("qdate") else 12
        return _Said(offset + match.start(), months, _date(reading.year, reading.month, reading.day), None, False)
    if match.group("bare"):  # "fourth quarter earnings": the release's own (latest) quarter
        return _Said(offset + match.start(), 3, None, None, False)
    if match.group("qyear") or match.group("qyear2"):
        # The year tells periods apart, and, in a calendar year's words, the quarter's number too: "net income was
        # $3.0 million in the third quarter of 1998" in a fourth quarter's release is no figure of its quarter
        # (round 448: checked against the fourth quarter's $2.8 million, a right figure had been held back).
        ordinal = (match.group("ordinal") or match.group("ordinal2") or "").lower()
        fiscal = "fiscal" in match.group().lower()
        return _Said(offset + match.start(), 3, None, int(match.group("qyear") or match.group("qyear2")), False,
                     quarter=None if fiscal else ORDINAL_QUARTERS.get(ordinal))
    if match.group("foryear"):  # the period spoken of, in that year: its length comes from the context
        return _Said(offset + match.start(), None, None, int(match.group("foryear")), False,
                     fiscal=match.group("fiscal") is not None)
    year = match.group("fyyear")
    return _Said(offset + match.start(), 12, None, int(year) if year else None, False)


def _date(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class _Phrases:
    """A sentence's period phrases in order, with what `_period_for` asks of them answered by bisection:
    a sentence of thousands of figures and phrases is read in linear time, not in their product."""

    def __init__(self, said: list[_Said]) -> None:
        self.said = said
        self.starts = [s.start for s in said]
        # The months of the last phrase before each one that states months ("for the nine months ..."):
        # what a bare year ("in 2003") is as long as.
        self.months_before: list[int | None] = [None]
        # where that phrase starts (-1 for none)
        self.months_from: list[int] = [-1]
        for phrase in said:
            self.months_before.append(phrase.months or self.months_before[-1])
            self.months_from.append(phrase.start if phrase.months else self.months_from[-1])

    def months_in_clause(self, index: int, text: str) -> int | None:
        """The months a bare year at `index` is as long as. A fiscal year named after a clause break ("... in the
        first quarter of 2022 ...; for fiscal 2021, diluted earnings per share were $2.41") is the whole year,
        not as long as the clause before's quarter."""
        months, start = self.months_before[index], self.months_from[index]
        phrase = self.said[index] if index < len(self.said) else None
        if phrase is not None and phrase.fiscal and start >= 0 and _CLAUSE_BREAK.search(text, start, phrase.start):
            return None
        return months

    def first_from(self, start: int, end: int) -> _Said | None:
        """The first phrase that starts in [start, end)."""
        index = bisect.bisect_left(self.starts, start)
        return self.said[index] if index < len(self.said) and self.said[index].start < end else None


def _period_for(
    said: _Phrases, start: int, end: int, clause_end: int, periods: list[Period], before: list[ProseFigure],
    text: str = "", *, compared: bool = False, sentence_end: int | None = None,
) -> Period | None:
    """The period a figure speaks of: a phrase inside it, else one after it in its clause, else the last one
    before it, which for a figure that is no comparison (`compared`) is passed over where it dated the
    clause before's comparison (positions are in `text`)."""
    inside = said.first_from(start, end)  # "Net income for the 39-week period ended ... was"
    if inside is not None:
        return _resolve(inside, periods, before[-1].period if before else None, None)
    following = said.first_from(end, clause_end)
    # "net income was $559.2 million, or $1.36 per diluted share, including a $38.4 million impairment in the
    # second quarter": a phrase past a part the figure includes dates the part, not the figure (round 659)
    dated_elsewhere = following is not None and INCLUDED_PART.search(text, end, following.start) is not None
    if dated_elsewhere:
        if compared:
            return None  # the phrases before a comparison are the figure's it is compared with
        following = None
    if following is not None and not compared and COMPARED_WORDS.search(text, end, following.start):
        # "... net income was $11.5 million, or $0.50 per diluted share, compared with $76.4 million and $8.0
        # million ... in 2005": the year after the comparison, the words of comparison between it and the
        # figure, is the comparison's (round 218: 2006's figures had been checked against 2005's, holding a
        # right one back)
        following = None
    preceding = bisect.bisect_left(said.starts, start)  # the phrases before the figure: said[:preceding]
    anchor = before[-1].period if before else None
    if following is not None:
        return _resolve(following, periods, anchor, said.months_before[preceding])
    if preceding:
        index = preceding - 1
        # "... compared with $170.2 million in 2000, and net income was $9.4 million": the year of the clause
        # before's comparison is not this figure's (round 207); the phrase before it is
        while index and not compared and is_compared(text, said.said[index].start) and _CLAUSE_BREAK.search(
                text, said.said[index].start, start):
            index -= 1
        return _resolve(said.said[index], periods, anchor, said.months_in_clause(index, text))
    # The sentence names a period, but only a part's: which is the figure's cannot be told, and the period the
    # text spoke of before is no safer (a prose check may only accuse where its period is certain).
    if dated_elsewhere:
        return None
    if anchor is None and not compared and sentence_end is not None:
        return _compared_from(said, end, sentence_end, periods, text)
    return anchor


def _compared_from(said: _Phrases, end: int, sentence_end: int, periods: list[Period], text: str) -> Period | None:
    """The period of a figure whose sentence names only the period it is compared with ("Diluted EPS: $0.71,
    up 34% from the first quarter of 2019", "... versus income of $0.76 in the prior year period"), none
    before it: as long as the one compared and a year later; after a year-ago phrase, the one period the
    release's latest day ends (a quarter and its year to date ending that day leave it untold: none)."""
    phrase = said.first_from(end, sentence_end)
    if phrase is None or not is_compared(text, phrase.start):
        return None
    if not phrase.relative:
        earlier = _resolve(phrase, periods, None, None)
        if earlier is None:
            return None
        return _find(periods, earlier.months, None, earlier.end.year + 1, earlier.end)
    latest = max((p.end for p in periods), default=None)
    lengths = {p.months for p in periods if p.end == latest and p.months}
    return next((p for p in periods if p.end == latest and p.months), None) if len(lengths) == 1 else None


# Where a sentence's next clause starts: ", and net income was ...", "; net income ...", a highlight's bullet.
_CLAUSE_BREAK = re.compile(rf",\s+and\s+|;\s|[{HIGHLIGHT_BULLETS}]")


def _resolve(said: _Said, periods: list[Period], anchor: Period | None, earlier_months: int | None
             ) -> Period | None:
    """The period a phrase names; `earlier_months` are the months the last earlier phrase that states
    months gives, for a bare year."""
    if said.relative:
        base = anchor
        if base is None:
            return None
        return _find(periods, base.months, None, base.end.year - 1, base.end)
    if said.to_date:
        latest = max((p.end for p in periods), default=None)
        longest = max((p for p in periods if p.end == latest and p.months), key=lambda p: p.months or 0,
                      default=None)
        return longest if longest is not None and (longest.months or 0) > 3 else None
    if said.quarter is not None:
        # the calendar quarter its end falls in (a 52/53-week quarter may end a few days into the next month)
        return next((p for p in periods if p.months == 3 and (p.end - timedelta(days=10)).year == said.year
                     and ((p.end - timedelta(days=10)).month - 1) // 3 + 1 == said.quarter), None)
    if said.months is None:  # "... in 2003": as long a period as the sentence speaks of, in that year
        months = earlier_months or (12 if said.fiscal else anchor.months if anchor else None)
        if months is None:
            return None
        return _find(periods, months, None, said.year, anchor.end if anchor else None)
    return _find(periods, said.months, said.end, said.year, None)


def _find(periods: list[Period], months: int | None, end: date | None, year: int | None,
          like: date | None) -> Period | None:
    if end is None and year is None:  # "fourth quarter", "full year": the latest period of that length
        candidates = [p for p in periods if p.months == months]
        return max(candidates, key=lambda p: p.end) if candidates else None
    for period in periods:
        if period.months != months:
            continue
        if end is not None and period.end == end:
            return period
        if end is None and year is not None and period.end.year == year and (
            like is None or (period.end.month, period.end.day) == (like.month, like.day)
            or abs((_in_year(period.end, like.year) - like).days) < 10
        ):
            return period
    return None


def _in_year(day: date, year: int) -> date:
    """The same month and day in another year; February 29 becomes the 28th where that year has none."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _amount(raw: str, unit: str | None) -> tuple[Decimal, Decimal]:
    """The value and half its last printed digit: "$7.2 million" is 7,200,000 +/- 50,000; "$888,000" is
    888,000 +/- 500."""
    number = Decimal(raw.replace(",", ""))
    scale = _UNITS[unit.lower() if unit else None]
    exponent = number.as_tuple().exponent
    step = Decimal(10) ** exponent if isinstance(exponent, int) else Decimal(1)
    if scale == 1 and exponent == 0 and number and raw.endswith(",000"):
        step = Decimal(1000)  # "a net loss of $888,000" for (887,549): whole dollars rounded to the thousand
    return number * scale, step * scale / 2


def _net_figures(
    match: re.Match[str], which: str, sentence: str, period: Period | None, span: SourceSpan
) -> list[ProseFigure]:
    """The net result (and per-share result) of one clause; `which` is "" for the first, "2" for the
    figure it is compared with. A loss, or an amount in parentheses, is negative."""
    kind = (match.group(f"kind{which}") or match.group("kind") or match.group("kind_e")).lower()
    amount = f"amount{which}"
    negative = kind == "loss" or "(" in sentence[max(0, match.start(amount) - 2) : match.start(amount)]
    sign = Decimal(-1) if negative else Decimal(1)
    # "..., compared with $5.1 million": the earlier figure takes no word of its own, and releases write
    # it so of a loss beside a profit as often as of another profit.
    signed = not which or match.group("kind2") is not None or negative
    value, tolerance = _amount(match.group(amount), match.group(f"{amount}_unit"))
    text = match.group() if not which else sentence[match.start(amount) - 1 : match.end()]
    figures = [ProseFigure("net_income", sign * value, tolerance, period, text, span, signed)]
    eps_group = f"eps{which}"
    if match.group(eps_group) or match.group(f"{eps_group}_cents"):
        if match.group(eps_group):
            eps, eps_tolerance = _amount(match.group(eps_group), None)
        else:  # "27 cents a share"
            eps, eps_tolerance = Decimal(match.group(f"{eps_group}_cents")) / 100, Decimal("0.005")
        eps_kind = (match.group(f"{eps_group}_kind") or match.group(f"{eps_group}_basis") or "").lower()
        concept = "eps_diluted" if "diluted" in eps_kind and "basic" not in eps_kind else "eps_basic"
        figures.append(ProseFigure(concept, sign * eps, eps_tolerance, period, text, span, signed))
    return figures


# "..., compared to $195.5 million as of December 31, 2019": the earlier figure a cash sentence sets beside its own
COMPARED_AMOUNT = re.compile(r",?\s+compared\s+(?:to|with)\s+" + _AMOUNT.format(name="amount")
                             + r"\s+(?:as\s+of|at)\s+(?P<date>" + _DATE + r")", re.IGNORECASE)


def read_compared(text: str, said: str) -> tuple[Decimal | None, date | None]:
    """The amount and date `said` (a cash figure's words) is compared with right after it in `text`."""
    at = text.find(said)
    match = COMPARED_AMOUNT.match(text, at + len(said)) if at >= 0 else None
    if match is None:
        return None, None
    reading = read_header(match.group("date"))
    return _amount(match.group("amount"), match.group("amount_unit"))[0], _date(reading.year, reading.month,
                                                                                 reading.day)


def _cash_figures(match: re.Match[str], periods: list[Period], span: SourceSpan) -> list[ProseFigure]:
    raw_date = match.group("date1") or match.group("date2")
    if not raw_date or _one_of_several_holdings(match):
        return []
    reading = read_header(raw_date)
    when = _date(reading.year, reading.month, reading.day)
    period = next((p for p in periods if p.months is None and p.end == when), None)
    concept = match_concept(match.group("label")) or "cash_and_equivalents"
    if concept not in ("cash_and_equivalents", "cash_and_investments"):
        concept = "cash_and_investments"
    value, tolerance = _amount(match.group("amount"), match.group("amount_unit"))
    figures = [ProseFigure(concept, value, tolerance, period, match.group(), span)]
    if match.group("restricted"):
        restricted, r_tolerance = _amount(match.group("restricted"), match.group("restricted_unit"))
        figures.append(ProseFigure("restricted_cash", restricted, r_tolerance, period, match.group(), span))
    return figures

