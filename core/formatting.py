"""How numbers read on screen: accounting style, the statement's units, and percentages.

Releases print money in thousands with negatives in parentheses, so the dashboard does too: a reader
comparing the chart with the printed table should see the same digits. Facts are kept in actual dollars
(DESIGN.md); these helpers divide by the statement's scale only when turning a number into text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from core.vocabulary import ACRONYMS, NET_OF_A_RESERVE, strip_qualifiers

UNIT_WORDS = {1: "", 1_000: "thousands", 1_000_000: "millions", 1_000_000_000: "billions"}

# What the checks say of a figure, as the one mark every table of the pages prints after it (and the words of
# its legend): a figure the checks cannot vouch for is never shown exactly like a verified one. A chart marks
# the same bars by pattern (core.charts.verified).
STATUS_MARKS = {"failed": "\u2717", "unchecked": "\u2020"}  # ✗ and †
STATUS_WORDS = {
    "failed": "not verified: a failed check blames this figure",
    "unchecked": "not checked: no total, identity or sentence of the release speaks of this figure",
}


def status_legend(statuses: Iterable[str]) -> str:
    """ "† not checked: no total, ... of this figure." for the marks among `statuses`, in one order."""
    present = set(statuses)
    return " ".join(f"{STATUS_MARKS[s]} {STATUS_WORDS[s][0].upper()}{STATUS_WORDS[s][1:]}." for s in STATUS_MARKS
                    if s in present)


def marked(text: str, status: str) -> str:
    """A figure's text followed by the mark of its status where the checks do not vouch for it ("582.0 †")."""
    mark = STATUS_MARKS.get(status, "")
    return f"{text} {mark}" if mark and text else text


def table_figure(value: float | None, status: str = "") -> str:
    """A figure of a table as text: thousands grouped, a fraction's places kept ("1.45", "0.1241"), then the
    mark of its status ("568,800,000 †"); blank where the cell is."""
    if value is None or value != value:  # None or NaN: an empty cell
        return ""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.{MOST_PLACES}f}".rstrip("0")
    return marked(text, status)


# A rate whose label names the currency's hundredth ("Yield per passenger mile (cents)", "Cost per seat
# mile (\u00a2)", "Average price (pence)"): the model keeps it in the currency itself (0.1241), the reader
# reads it in the sub-unit the release prints (12.41\u00a2), never as 0.1241 dollars.
SUB_UNITS = ((re.compile(r"\bcents?\b|\u00a2", re.IGNORECASE), "\u00a2"),
             (re.compile(r"\bpence\b", re.IGNORECASE), "p"))


def sub_unit(label: str) -> str:
    """The sign of the hundredth of its currency a rate's label names ("\u00a2" for "(cents)"), else ""."""
    return next((sign for pattern, sign in SUB_UNITS if pattern.search(label)), "")


def rate(value: Decimal, label: str, *, currency: str = "$") -> str:
    """A figure per unit that is no EPS (a fare, a price, a yield) in the unit its label names: "12.41\u00a2" for
    a yield "(cents)" kept as 0.1241, else in the currency to the places printed ("$118.42")."""
    sign = sub_unit(label)
    if not sign:
        return per_share(value, decimals=printed_places(value), currency=currency)
    hundredths = value * 100
    text = accounting(hundredths, decimals=max(printed_places(value) - 2, 0))
    return f"{text}{sign}"


# A footnote's mark in a label as printed: "Special items, net(1)", "Net income (2) attributable to".
_FOOTNOTE_MARK = re.compile(r"\s*\(\d{1,2}\)\s*$|\s*\(\d{1,2}\)(?=\s)")


def without_marks(label: str) -> str:
    """A label as a page shows it, without the footnote marks it was printed with: a mark points at a note the
    page does not show, and "recognition(2)" read as part of the name on cards, charts and legends (facts and
    the Data page keep the label as printed)."""
    return _FOOTNOTE_MARK.sub("", label).strip() or label


# What a legend leaves off a balance-sheet line's printed label (`legend_name`): a parenthesis holding a figure
# ("(fair value of $207,323 and $215,147)", "(Note 4)"), and the figures a qualifier carries ("net of allowance for
# credit losses of $48,440 and $17,667": the allowance's amounts at the two dates).
_FIGURES_IN_PARENS = re.compile(r"\s*\([^()]*\d[^()]*\)")
_QUALIFIER_FIGURES = re.compile(r"\s+(?:of|at)\s+(?:\$\s?)?\(?[\d,.]+\)?(?:\s*(?:,|and|&)\s*(?:\$\s?)?\(?[\d,.]+\)?)*"
                                r"(?=\s*(?:[,;]|$))", re.IGNORECASE)


def legend_name(label: str) -> str:
    """A balance-sheet line as a legend names it: without the figures its printed label carries, in a parenthesis
    or a qualifier, and with "net of allowance for ..." said as "net" (UI-55: Horizon's legend had printed
    "Investment securities, held to maturity (fair value of $207,323 and $215,147)" and "Loans, net of allowance for
    credit losses of $48,440 and $17,667"). The hover and the table keep the label as printed; a label left empty
    by the rule keeps its own words."""
    name = _FIGURES_IN_PARENS.sub("", label)
    name = _QUALIFIER_FIGURES.sub("", name)
    name = NET_OF_A_RESERVE.sub(lambda m: ", net" if m.group(1).lower() == "net" else "", name)
    name = " ".join(name.split()).rstrip(" ,;:")
    return name or label


def legend_names(labels: Iterable[str]) -> dict[str, str]:
    """`legend_name` for each label, where two would read alike keeping their printed labels (a legend must
    tell every line apart)."""
    found = list(dict.fromkeys(labels))
    short = {label: legend_name(label) for label in found}
    counts: dict[str, int] = {}
    for name in short.values():
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    return {label: name if counts[name.lower()] == 1 else label for label, name in short.items()}


def as_a_name(label: str) -> str:
    """A printed label as a card or a chart names a figure by it: without its marks and the qualifiers that say
    which version of the line it is (`vocabulary.strip_qualifiers`: "as reported", "(See Notes)", "- GAAP"),
    spaced once, and in lower case after its first letter where it was printed in capitals ("CASH AND DUE FROM
    BANKS"). Southern's "NET INCOME AS REPORTED (See Notes)", its qualifier in mixed case, had been named so in
    Compare's caption, capitals and all (UI-46); now "Net income"."""
    unmarked = without_marks(label)
    words = " ".join((strip_qualifiers(unmarked) or unmarked).split())
    return words[:1] + words[1:].lower() if words.isupper() else words


def sentence_case(label: str, keep: Iterable[str] = ()) -> str:
    """A line printed in capitals as a sentence reads it ("NET (INCOME) LOSS ATTRIBUTABLE TO NONCONTROLLING
    INTERESTS" -> "Net (income) loss attributable to noncontrolling interests"): capitals set as wide as two
    lines of lower case and ran to four lines of a waterfall's row (UI-40). Abbreviations stay as printed: those
    in vocabulary.ACRONYMS ("EBITDA") or `keep` (the release's own, `capital_words`: Valaris's "ARO"), a part
    holding a digit, and the letters joined by "&" or "." ("SG&A", "R&D", "U.S."). A label in capitals but for
    a note in brackets ("NET INCOME AS REPORTED (See Note)", Southern's) is cased outside the note, which stays
    as printed: the table had shown it in capitals beside the chart's sentence (UI-49). Any other label not in
    capitals is returned as printed."""
    if label.isupper():
        text = _lowered(label, keep)
    elif _NOTE.sub("", label).isupper():
        pieces = _NOTE.split(label)  # the notes at the odd places
        text = "".join(piece if index % 2 else _lowered(piece, keep) for index, piece in enumerate(pieces))
    else:
        return label
    first = next((i for i, c in enumerate(text) if c.isalpha()), None)
    return text if first is None else text[:first] + text[first].upper() + text[first + 1:]


_WORD_PARTS = re.compile(r"(\W+)")
# A note in brackets a label prints in lower case after its capitals: "(See Note)".
_NOTE = re.compile(r"(\([^()]*[a-z][^()]*\))")


def _lowered(label: str, keep: Iterable[str]) -> str:
    """`label`'s words in lower case but its abbreviations (`sentence_case`)."""
    kept = {word.upper() for word in keep} | ACRONYMS
    parts = _WORD_PARTS.split(label)  # words at the even places, what stands between them at the odd
    out = []
    for index, part in enumerate(parts):
        joined = any(0 <= i < len(parts) and parts[i] in ("&", ".") for i in (index - 1, index + 1))
        stays = index % 2 == 1 or part in kept or joined or any(c.isdigit() for c in part)
        out.append(part if stays else part.lower())
    return "".join(out)


def mid_sentence(label: str, keep: Iterable[str] = ()) -> str:
    """A printed label as a sentence carries it after its first word: "Includes Commodity derivative fair value
    gains (losses): ..." had opened its line's name with a capital mid-sentence (UI-42). A label in capitals is
    first put in `sentence_case`; then each word that is a capital and lower case only ("Commodity", "Sales")
    is lower-cased, while abbreviations stay as printed: a word of two capitals or more ("MBOE", "LNG"), one
    holding a digit, those in `keep` and vocabulary.ACRONYMS, and the letters joined by "&" or "."."""
    kept = {word.upper() for word in keep} | ACRONYMS
    parts = _WORD_PARTS.split(" ".join(sentence_case(label, keep).split()))
    out = []
    for index, part in enumerate(parts):
        joined = any(0 <= i < len(parts) and parts[i] in ("&", ".") for i in (index - 1, index + 1))
        capitalised = part[:1].isupper() and (len(part) == 1 or part[1:].islower())
        stays = index % 2 == 1 or not capitalised or part.upper() in kept or joined
        out.append(part if stays else part.lower())
    return "".join(out)


# A word of two capitals or more ("ARO"), counted where it stands among lower-case words ("ARO Drilling"); a run
# of them is matched whole, so that words in capitals side by side are seen as a run (`capital_words`).
_CAPITAL_WORD = re.compile(r"\b[A-Z][A-Z0-9]+(?:[\s,]+[A-Z][A-Z0-9]+)*\b")


def capital_words(labels: Iterable[str]) -> frozenset[str]:
    """The words a release prints in capitals in its labels that are not all capitals ("Equity in earnings of
    ARO" in its cash flow statement): its own abbreviations, which `sentence_case` keeps in a label printed all
    in capitals ("EQUITY IN EARNINGS OF ARO"). A label in capitals says nothing of its words; prose is not
    read, its datelines in capitals ("HOUSTON--(BUSINESS WIRE)") being no abbreviations. Nor are words in
    capitals side by side: a label printed in capitals but for a word ("OTHER INCOME, Net", Buckle's PDF) or
    opening on a heading in capitals ("COST OF SALES (including ...)") names no abbreviation, and "INCOME"
    kept as one had read "Net INCOME", "INCOME before INCOME taxes" on the Periods chart (UI-44). An abbreviation
    stands alone among words in lower case."""
    return frozenset(match.group(0) for label in labels if any(c.islower() for c in label)
                     for match in _CAPITAL_WORD.finditer(label) if _stands_alone(label, match))


def _stands_alone(label: str, match: re.Match[str]) -> bool:
    """Whether a word in capitals is one alone, not a run of them nor the label's heading in capitals before its
    qualifier ("SALES, Net of returns and allowances", "COST OF SALES (Including ...)")."""
    if any(mark in match.group(0) for mark in " ,\t\n"):
        return False
    heading = match.start() == len(label) - len(label.lstrip()) and label[match.end():].lstrip()[:1] in (",", "(")
    return not heading


# The sign printed before an amount in each currency (core.analysis.currency gives the code): the one a
# release in it prints ("RMB1.05B", "C$88.3M", "NIS" as Israeli filers write the shekel); a code not
# listed is its own sign.
CURRENCY_SIGNS = {"USD": "$", "ILS": "NIS", "EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5", "KRW": "\u20a9"}


def currency_sign(code: str = "USD") -> str:
    """ "$" for "USD", "RMB" for "RMB", "NIS" for "ILS": what goes before an amount in that currency."""
    return CURRENCY_SIGNS.get(code, code)


def possessive(name: str) -> str:
    """A name's possessive: "Ashcombe plc's", "Billabong Creek Resources'" (UI-66: "Resources's" had been built
    from a company's name ending in "s")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def how_many(count: int, noun: str, plural: str | None = None) -> str:
    """"1 release", "2 releases": messages read as sentences, not as forms with "(s)" to fill in. (Named
    apart from core.statements.runs.counted, a line's value as it counts toward a total.)"""
    word = noun if count == 1 else plural or noun + "s"
    return f"{count:,} {word}"


def unit_label(scale: int, *, currency: str = "$") -> str:
    """ "$ thousands" for scale 1000 ("RMB thousands" with `currency="RMB"`, a sign as `currency_sign`
    gives it); the words an axis title or a table header needs."""
    words = UNIT_WORDS.get(scale, f"× {scale:,}")
    return f"{currency} {words}".strip() if words else currency


def in_units(value: Decimal, scale: int) -> Decimal:
    """A dollar amount expressed in the statement's units (7,151,000 at scale 1000 -> 7151)."""
    return value / Decimal(scale)


def as_printed(value: Decimal, kind: str, scale: int, *, currency: str = "$", rate_of: str = "") -> str:
    """A figure as a release prints it: an amount in the statement's units ("(5,300)"), a figure per share in
    the currency to the places printed ("C$0.132" for "13.2" cents), a share count in full, a count of things
    or a volume as printed. `rate_of` is the label of a figure per unit that is no EPS: it is shown in the
    unit the label names (`rate`)."""
    if kind == "per_share" and rate_of:
        return rate(value, rate_of, currency=currency)
    if kind == "per_share":
        return per_share(value, decimals=printed_places(value), currency=currency)
    if kind == "shares":
        return shares(value)
    if kind == "count":  # restaurants open, barrels produced: as printed, never in the statement's units
        return accounting(value, decimals=places(value))
    return accounting(in_units(value, scale))


def _quantize(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def accounting(value: Decimal | float | None, *, decimals: int = 0, currency: str = "") -> str:
    """Accounting style: thousands separators, negatives in parentheses: -7151 -> "(7,151)".

    With `currency="$"` the sign wraps the symbol, as the issue asks: "($7,151)". None reads as an em dash,
    the way a release prints an empty cell, so a missing number is never mistaken for zero.
    """
    if value is None:
        return "—"
    amount = _quantize(Decimal(str(value)) if isinstance(value, float) else value, decimals)
    if amount == 0:
        amount = abs(amount)  # no "(0)" from a rounded -0.4
    body = f"{currency}{abs(amount):,.{decimals}f}"
    return f"({body})" if amount < 0 else body


def money(value: Decimal | None, scale: int, *, decimals: int = 0, currency: str = "$") -> str:
    """A dollar fact in the statement's units, accounting style: -7,151,000 at scale 1000 -> "($7,151)"."""
    if value is None:
        return "—"
    return accounting(in_units(value, scale), decimals=decimals, currency=currency)


# A change of nothing, in every place a change is said: "$0.00" beside Oracle's $0.80 EPS against $0.80 had read
# as a figure, not as no change (UI-51); "0.0%", "+0.0 pts" the same.
UNCHANGED = "unchanged"
NIL_BOTH_YEARS = "both nil"  # the change of a line printed nil ("-") in both periods (UI-54)
NOT_MEASURED = "n/m"  # a change no percent measures (`analysis.comparisons.Change.not_meaningful` says why)


def signed(value: Decimal | None, *, decimals: int = 0, suffix: str = "", currency: str = "") -> str:
    """A change with an explicit sign, for deltas: 4620 -> "+4,620", -4786 -> "-4,786", 0.10 with `currency`
    "$" -> "+$0.10"; a change that is nothing at the places shown -> "unchanged" (`UNCHANGED`), with no unit."""
    if value is None:
        return "—"
    amount = _quantize(value, decimals)
    if amount == 0:
        return UNCHANGED
    sign = "+" if amount > 0 else "-"
    return f"{sign}{currency}{abs(amount):,.{decimals}f}{suffix}"


def percent(value: Decimal | None, *, decimals: int = 1, sign: bool = True) -> str:
    """A percentage already multiplied by 100: 39.25 -> "+39.2%"; None (no base to compare) -> "n/m"."""
    if value is None:
        return NOT_MEASURED
    if sign:
        return signed(value, decimals=decimals, suffix="%")
    return f"{_quantize(value, decimals):,.{decimals}f}%"


# A share of a total that rounds to nothing in tenths but is not nil (UI-61: Timberland's "Loss (gain) on
# disposition", (3) of a total of 8,286, -0.04%, had read "0.0%", as nothing)
LEAST_SHARE = Decimal("0.1")


def share_percent(shown: Decimal | None, exact: Decimal | None, *, decimals: int = 1) -> str:
    """A line's share of a total as a page says it: `shown` (rounded as the page rounds, so the shares add up) to
    `decimals`, or, where the `exact` share is not nil but under a tenth either way, "under 0.1%", "negative, under
    0.1%" below zero, never "0.0%"."""
    if exact is not None and exact and abs(exact) < LEAST_SHARE:
        return "under 0.1%" if exact > 0 else "negative, under 0.1%"
    return percent(shown, decimals=decimals, sign=False)


def loss_change(moved: str, smaller: bool) -> str:
    """A change of a loss both years, said as one: "+39.7%" beside "($7.3M)" had read as growth to a first-time
    user (UI-37). The sign stays first; the words say which way the loss went, on the Overview's cards and the
    Periods page alike (UI-42: Cree's operating loss "-348.6%" there, "(larger loss)" on the Overview)."""
    return f"{moved} ({'smaller' if smaller else 'larger'} loss)"


def per_share(value: Decimal | None, *, decimals: int = 2, currency: str = "$") -> str:
    """Per-share amounts in dollars and cents, accounting style: -0.23 -> "($0.23)"."""
    return accounting(value, decimals=decimals, currency=currency)


MOST_PLACES = 4  # a per-share figure printed to tenths of a cent in cents ("13.25") is 0.1325


def is_a_range(low: Decimal, high: Decimal, most: int = MOST_PLACES) -> bool:
    """Whether a figure a share known to lie between `low` and `high` is said as that range
    (`per_share_within`): no place finer than a cent is vouched for, and the ends fall in different cents."""
    return not _within_a_place(low, high, most) and _quantize(low, 2) != _quantize(high, 2)


def _within_a_place(low: Decimal, high: Decimal, most: int) -> int | None:
    """The finest places, `most` at most and a tenth of a cent at least, whose last digit is wider than the range
    `low` to `high`; None where none is."""
    return next((p for p in range(most, 2, -1) if high - low < Decimal(1).scaleb(-p)), None)


def per_share_within(value: Decimal, low: Decimal, high: Decimal, *, most: int = MOST_PLACES,
                     currency: str = "$") -> str:
    """A figure a share computed from rounded figures, said to no more than their rounding allows, as a percent
    change is (`change_percent`): to the finest places, `most` at most, whose last digit is wider than the range
    `low` to `high` it may lie in; else to the cent where the range's ends fall in one; else the range itself, its
    ends to a tenth of a cent ("$0.113 to $0.118"). UI-59: Apple's EPS bridge, from a net result in millions, had
    said "$0.0522 -> $0.1554" and an effect of "$0.115" that the rounding moves between $0.1127 and $0.1182."""
    shown = _within_a_place(low, high, most)
    if shown is None and not is_a_range(low, high, most):
        shown = min(most, 2)
    if shown is not None:
        return per_share(value, decimals=shown, currency=currency)
    return " to ".join(per_share(end, decimals=3, currency=currency) for end in (low, high))


def printed_places(value: Decimal | None) -> int:
    """The decimal places a per-share figure was printed to (`places`), two at least: 0.132 (printed "13.2" cents)
    keeps three, never rounded to 0.13 where the figure is said to be as printed, and 0.350 (printed "35.0p")
    three, never "£0.35" beside another column's "£0.352"."""
    return 2 if value is None else min(MOST_PLACES, max(2, places(value)))


def places(value: Decimal) -> int:
    """The decimal places a figure was printed to, its trailing zeros kept: 1 for "6.0", 3 for 0.350 (printed
    "35.0" pence), 3 for 0.132, none for a whole number (or one that is no number). The reader's Decimals keep
    the exponent of the printed text (Decimal("6.0") * 1,000,000 is 6000000.0), so the digit a figure was
    rounded to is read from how it was printed, never from its value's significant digits: a "£m" table whose
    every figure ends ".0" had read as printed to whole millions, its changes' ranges ten times too wide."""
    exponent = value.as_tuple().exponent if value.is_finite() else 0
    return max(0, -exponent) if isinstance(exponent, int) else 0


def line_unit(values: Iterable[Decimal | None], scale: int | Decimal = 1, *, fewest: int = 0) -> Decimal:
    """The value of the last digit a line prints its figures to (kept in full units, printed in `scale`): the scale,
    or less where a figure shows decimals, `fewest` places at least. Apple's "375,023" thousand shares: 1,000; its
    "$2,014" million: 1,000,000; a figure a share "$0.16" (`fewest` 2): 0.01."""
    unit = Decimal(scale or 1)
    shown = max((places(value / unit) for value in values if value is not None), default=0)
    return unit.scaleb(-max(fewest, shown))


def shares(value: Decimal | None) -> str:
    """A share count in full: 31139289 -> "31,139,289"."""
    return accounting(value, decimals=0)


SHARE_UNIT_WORDS = {1_000_000: "millions", 1_000: "thousands", 1: "in full"}


def share_unit(values: Iterable[Decimal | None]) -> int:
    """The largest of millions, thousands and one share in which every count of `values` is whole: the unit a
    release printing counts rounded to it prints them in, so a table says Oracle's "2,847" of millions, never
    "2,847,000,000", a precision the release never had (UI-53); Oshkosh's 70,761,437 stay in full."""
    counts = [value for value in values if value is not None]
    return next((unit for unit in SHARE_UNIT_WORDS if all(value % unit == 0 for value in counts)), 1)


MILLION_SHARES = Decimal(1_000_000)
MOST_SHARE_PLACES = 6  # a count to the share, in millions


def share_places(values: Iterable[Decimal | None]) -> int:
    """The decimals that keep every count of `values` whole in millions, as printed: 6 for Forian's 35,068,716
    ("35.068716"), 3 for AZZ's 26,153 thousand ("26.153"), 1 for Sears' 216.5 million."""
    def whole_at(value: Decimal) -> int:
        millions = value / MILLION_SHARES
        return next((p for p in range(MOST_SHARE_PLACES) if (millions * 10**p) % 1 == 0), MOST_SHARE_PLACES)

    return max((whole_at(value) for value in values if value is not None), default=0)


SHARE_LABEL_PLACES = 1  # a count's label: "35.1" million, as a share-count axis reads it


def share_label_places(values: Iterable[Decimal | None]) -> int:
    """The places a share count is said to in millions wherever a page prints it short (a chart's labels, hovers
    and caption, a memo cell, a sentence): the fewest that keep every count of `values` as printed
    (`share_places`), at most SHARE_LABEL_PLACES, or two or three where the smallest count is under a million or a
    tenth of one, so it keeps two digits. One rule on every page (UI-48): Oracle's whole millions had read
    "4,569.0M" on Compare and "4,569.0 million" in its split note, Forian's 35,068,716 "35.07M" on the Per share
    page beside Compare's "35.1"; now "4,569" and "35.1" everywhere. A table keeps every place (`share_places`)."""
    counts = [abs(value) for value in values if value is not None]
    smallest = min((count for count in counts if count), default=MILLION_SHARES)
    most = SHARE_LABEL_PLACES if smallest >= MILLION_SHARES else 2 if smallest >= MILLION_SHARES / 10 else 3
    printed = share_places(counts)
    places = min(most, printed)
    # ... and a place more while two counts that differ would read the same, up to the places the counts are
    # printed to: Timberland's five counts, 8,456,659 to 8,475,029, had all read "8.5M", three "8.46M" at two
    # places; "8.457M" ... "8.475M" tell every bar apart (UI-59). Counts printed alike keep one label.
    distinct = len(set(counts))
    while places < printed and len({_quantize(count / MILLION_SHARES, places) for count in counts}) < distinct:
        places += 1
    return places


def shares_in_millions(value: Decimal | None, places: int) -> str:
    """A share count in millions, the unit a share-count chart's axis reads: 35068716 -> "35.068716" at 6
    places; "—" where there is none. A chart's table and caption had printed "35,068,716" and "26,153,000"
    under an axis of millions (UI-44)."""
    if value is None:
        return "—"
    return accounting(value / MILLION_SHARES, decimals=places)


def months(value: Decimal | None) -> str:
    """Runway in months to one decimal: 17.89 -> "17.9 months"."""
    if value is None:
        return "—"
    return f"{_quantize(value, 1):,.1f} months"


# Beyond this many months a runway is said as "5+ years", not a figure: a straight line drawn from
# one period's burn says nothing precise that far out (UI-41: Cree's "16.2 years", St. Joe's "17.7 years" and
# Forian's "25.2 years" had each read as a forecast).
RUNWAY_HORIZON = Decimal(60)
# Short enough for a card's value at 1,400 px split four ways (about nine characters at its size): "more than 5
# years" had been cut to "more than…" on Cree's fourth Cash card (UI-43); the same words everywhere else.
BEYOND_HORIZON = "5+ years"


def runway_words(value: Decimal | None) -> str:
    """A runway in words, by one rule on every page, card, chart and sentence: "17.9 months", or "5+ years"
    beyond RUNWAY_HORIZON. Cards had said "> 5 years" (to fit about nine characters) beside "more than 5 years"
    in the chart's legend and on Compare: one runway worded two ways (UI-42); "more than 5 years" was cut on a
    card (UI-43)."""
    if value is not None and value > RUNWAY_HORIZON:
        return BEYOND_HORIZON
    return months(value)


# One rule sizes money wherever it is written, a card's "$4.97B", a sentence's "$4.97 billion" and a table cell's
# alike (`money_size`): billions from a billion, millions from a million, else thousands. Sentences had said
# billions only from ten billion up, so one figure read "$4.97B" on Apple's card and "$4,966 million" in its help
# and on the Cash page, and Oracle's "$9,539 million" stood beside Apple's "$39.90 billion" (UI-45).
SPELLED = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
BILLION, MILLION = Decimal(10) ** 9, Decimal(10) ** 6


def money_size(size: Decimal, unit: Decimal | None = None) -> tuple[Decimal, int]:
    """What a sum of money of `size` (its absolute value) is said in, and to how many places: billions to two
    places from a billion (as rounded to a tenth of a million: 999.96 million is "$1.00B"), millions to one from
    a million (or from 999.5 thousand), else thousands to none; never a place finer than the printed `unit`
    (the value of the figure's last printed digit, `Statement.printed_unit`)."""
    if _quantize(size / MILLION, 1) >= 1000:
        return BILLION, _places_within(BILLION, 2, unit)
    if size >= MILLION or _quantize(size / 1000, 0) >= 1000:
        return MILLION, _places_within(MILLION, 1, unit)
    return Decimal(1000), 0


def spelled_money(value: Decimal | None, *, decimals: int = 1, currency: str = "$",
                  unit: Decimal | None = None) -> str:
    """Dollars with the unit spelled out, as a sentence would say them: 34148000 -> "$34.1 million",
    979000000 -> "$979 million", 4966000000 -> "$4.97 billion": sized as a card sizes them (`money_size`), so
    a figure reads alike on a card and in its sentence. `decimals`: a million's places (a billion's one more);
    `unit` the figure's last printed digit, no place finer than it shown. Below a million a sentence says
    every digit ("$163,009"), where a card has room for "$163K" only.

    Titles and sentences carry no axis to say "in thousands", so "$34,148" alone would mislead.
    """
    if value is None:
        return "—"
    if abs(value) >= SPELLED[0][0]:
        text = f"{accounting(abs(value) / SPELLED[0][0], decimals=decimals + 1, currency=currency)} trillion"
        return f"({text})" if value < 0 else text
    divisor, places = money_size(abs(value), unit)
    if divisor < MILLION:
        return accounting(value, currency=currency)
    word = "billion" if divisor == BILLION else "million"
    # "$11.32 billion" rather than "$11.3 billion": a billion-dollar line moves in tens of millions.
    places = min(places, decimals + 1 if word == "billion" else decimals)
    if (abs(value) / divisor) % 1 == 0:
        places = 0  # "$979 million", not "$979.0 million": a whole number of millions says so
    text = f"{accounting(abs(value) / divisor, decimals=places, currency=currency)} {word}"
    return f"({text})" if value < 0 else text


def spelled_each(values: Sequence[Decimal | None], *, decimals: int = 1, currency: str = "$",
                 unit: Decimal | None = None) -> list[str]:
    """`values` as one paragraph's sentences say them: each sized on its own by `money_size`, the rule the cards
    follow, so a sentence and the card beside it say one figure in one size. Sentences had been sized by their
    paragraph's largest amount (UI-45's `spelled_alike`): Oracle's $645 million read "$0.65 billion" beside
    "$1.02 billion", GeoVax's $840 thousand "$0.84 million" where its card said "$840K", and Forian's quarter
    "$673,596" beside its nine months' "$0.083 million" (UI-46). `unit` is the figures' last printed digit."""
    return [spelled_money(value, decimals=decimals, currency=currency, unit=unit) for value in values]


# A card's value is set large, about nine characters across a quarter of a wide page: every money card
# follows one rule so cards side by side read alike ("$11.32B" beside "$6.41B", "$1.5M" beside "$106.4M").


def card_money(value: Decimal | None, *, currency: str = "$", unit: Decimal | None = None) -> str:
    """Dollars on a card, or in a table cell that says its own unit: billions to two places from a billion,
    millions to one place from a tenth of a million, else thousands (`money_size`): 11320000000 -> "$11.32B",
    6411000000 -> "$6.41B", -38654000 -> "($38.7M)", 128000 -> "$128K", 45000 -> "$45K". Below a million,
    tenths of a million would say "$0.1M" for anything from $50K to $150K: a small company's cash, where that
    difference is months of runway. A sentence spells the unit out instead. `currency` is the sign before the
    figure ("RMB1.05B", "C$88.3M").

    `unit` is the value of the last digit the release printed the figure to (`Statement.printed_unit`): no
    place finer is shown, a figure never reading more precise than printed (UI-44: Southern Company's net
    income printed "$ 188" in millions had read "$188.0M", a tenth of a million the release never gave)."""
    if value is None:
        return "—"
    size = abs(value)
    divisor, places = money_size(size, unit)
    if divisor == BILLION:
        body = f"{currency}{_quantize(size / BILLION, places):,.{places}f}B"
    elif divisor == MILLION:
        body = f"{currency}{_quantize(size / MILLION, places):,.{places}f}M"
    elif size >= 1000:
        body = f"{currency}{_quantize(size / 1000, 0):,.0f}K"
    else:
        body = f"{currency}{_quantize(size, 0):,.0f}"
    return f"({body})" if value < 0 and any(ch in body for ch in "123456789") else body


def _places_within(size: Decimal, most: int, unit: Decimal | None) -> int:
    """The decimal places of a figure said in `size` (a million): `most`, fewer where the printed `unit` is
    coarser than that place (none for a figure printed in whole millions)."""
    if not unit or unit <= 0:
        return most
    finest = (size / unit).adjusted()  # 1,000,000 / 1,000,000 -> 0 places; / 100,000 -> 1; / 1,000 -> 3
    return max(0, min(most, finest))


# A tenth of a percent is said of a change only where the rounding of the figures it is computed from leaves
# the whole range of changes they allow within a tenth; else the change is said in whole percent.
TENTH = Decimal("0.1")


# The ranges two figures are known to lie in, where finer than their rounding (`analysis.finer.finer_range`:
# a sentence's "$204.5 million" beside a table's 204 in millions), the current's first; None: the rounding's.
KnownPair = tuple[tuple[Decimal, Decimal] | None, tuple[Decimal, Decimal] | None]
NOTHING_KNOWN: KnownPair = (None, None)


def ratio_spread(top: Decimal, bottom: Decimal, top_unit: Decimal | None,
                 bottom_unit: Decimal | None) -> tuple[Decimal, Decimal] | None:
    """The least and most `top` / `bottom` x 100 can be where each is printed rounded to its unit (the last
    digit's value): St. Joe's total expenses of 19.9 over revenue of 18.6 ($ millions, to a tenth) lie between
    19.85 / 18.65 and 19.95 / 18.55, 106.4% to 107.5%. None where a unit is unknown or the bottom's range holds
    nothing."""
    if not top_unit or not bottom_unit or top_unit <= 0 or bottom_unit <= 0:
        return None
    tops = (top - top_unit / 2, top + top_unit / 2)
    bottoms = (bottom - bottom_unit / 2, bottom + bottom_unit / 2)
    if bottoms[0] <= 0 <= bottoms[1]:
        return None
    ends = [a / b * 100 for a in tops for b in bottoms]
    return min(ends), max(ends)


def ratio_percent(value: Decimal, spread: tuple[Decimal, Decimal] | None) -> str:
    """A percentage of rounded figures said to the places they allow, as a change is (`change_percent`): to a
    tenth where the figures' rounding moves it less than a tenth ("56.6%", Oracle's 6,411 of 11,320 $ millions);
    else a whole percent where every reading rounds to it (St. Joe's net loss of 1.5 on 18.6: "-8%", not "-8.1%");
    else the whole percents the readings span ("106% to 108%": St. Joe's 19.9 on 18.6, which "107.0%" had claimed
    to a tenth, UI-52)."""
    if spread is None or spread[1] - spread[0] < TENTH:
        return percent(value, sign=False)
    ends = (_quantize(spread[0], 0), _quantize(spread[1], 0))
    if ends[0] == ends[1]:
        return percent(ends[0], decimals=0, sign=False)
    return " to ".join(percent(end, decimals=0, sign=False) for end in ends)


def change_bounds(current: Decimal, prior: Decimal, unit: Decimal | None,
                  known: KnownPair = NOTHING_KNOWN) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest percent change of `prior` to `current` that figures rounding to them, each
    printed to `unit`, allow: 84 against 76 in millions is 9.2% to 11.9%. `known`: the narrower ranges the
    figures are known to lie in, where a finer figure says so (Southern's 204 and 125 in millions, stated as
    $204.5 and $125.0 million: 63.49% to 63.71%, where 62.15% to 64.26%). None where the figures are known
    exactly (`unit` None or 0) or the prior rounds to nothing (any change at all)."""
    if not unit or unit <= 0:
        return None
    half = unit / 2
    if abs(prior) <= half:
        return None
    nows, befores = known[0] or (current - half, current + half), known[1] or (prior - half, prior + half)
    changes = [(now - before) / abs(before) * 100 for now in nows for before in befores]
    return min(changes), max(changes)


def change_places(current: Decimal, prior: Decimal, unit: Decimal | None) -> int:
    """The places a percent change of `prior` to `current` is known to, each printed to `unit` (the last
    digit's value, `Statement.printed_unit`): 1 where every pair of figures that round to those printed gives
    a change within the same tenth of a percent, else 0. A change computed from rounded figures claims no
    more than their rounding allows (UI-44: Southern Company's 188 against 159 in millions is 17.6% to 18.9%
    as the figures may have been before rounding; "+18.2%" had been shown, the company itself printing 18.6%
    from its unrounded figures); a tenth too where they all lie within one whole percent (`change_percent`, UI-56).
    `unit` None or 0: figures known exactly (a tenth)."""
    if not unit or unit <= 0:
        return 1
    bounds = change_bounds(current, prior, unit)
    return 1 if bounds is not None and not crosses_whole_percent(*bounds) else 0


def too_coarse_for_percent(prior: Decimal, unit: Decimal | None,
                           known: tuple[Decimal, Decimal] | None = None) -> bool:
    """Whether the year-earlier figure is printed as a single digit of its unit (0.1 in $ millions to a tenth,
    7 in thousands), so its rounding alone moves a change's percent by ten points or more and no percent is
    measured: Cree's 0.2 against 0.1 had read "0.0 to +400.0%" (UI-60), true and of no use to a reader. Figures
    known exactly (`unit` None or 0), or more finely than printed (`known`: the range the narrative's finer figure
    bounds it to, `KnownPair`'s second), always have their percent."""
    return known is None and unit is not None and unit > 0 and prior != 0 and abs(prior) < 10 * unit


# How a change's percent is said (`change_percent_said`): to a tenth; as the release prints it; a whole percent the
# figures' rounding allows no tenth of (marked `WHOLE_MARK` in a table, its legend `whole_note`); a range of them;
# "n/m" where the year-earlier figure is printed too coarsely for any (`too_coarse_for_percent`).
PercentSaid = Literal["tenth", "exact", "printed", "whole", "range", "coarse"]
def change_percent(current: Decimal, prior: Decimal, unit: Decimal | None, *, printed: Decimal | None = None,
                   turned: bool = False, known: KnownPair = NOTHING_KNOWN) -> str:
    """The percent change of `prior` to `current` (figures printed to `unit`) said to no more than the rounding
    vouches for, as every page says a change: to a tenth where every pair of figures rounding to the printed
    ones gives the same tenth; else the release's own printed percent (`printed`, "10%") where it lies within
    what they allow, the company having computed it before rounding; else a whole percent where every such
    pair rounds to it; else the whole percents they span ("+9% to +12%"). UI-49: Oracle's 84 against 76
    million had read "+11%", the figures allowing 9.2% to 11.9% and the release printing 10%. `turned`: the
    change is said of the figure's size, its sign turned (a cost in parentheses both years). `known`: the
    ranges finer figures bound the two to (`change_bounds`)."""
    return change_percent_said(current, prior, unit, printed=printed, turned=turned, known=known)[0]


def change_percent_said(current: Decimal, prior: Decimal, unit: Decimal | None, *, printed: Decimal | None = None,
                        turned: bool = False, known: KnownPair = NOTHING_KNOWN) -> tuple[str, PercentSaid]:
    """`change_percent` and how it is said (`PercentSaid`): "whole" where the figures' rounding allows no tenth
    but every pair of figures rounding to those printed rounds to one whole percent (the sample's interest income
    of 111 against 277 thousand, "-60%"), which a table marks beside its tenths (UI-59)."""
    rate = (current - prior) / abs(prior) * 100
    flip = -1 if turned else 1
    if current == prior:
        return percent(Decimal(0)), "exact"  # "unchanged": the one change said so (UI-56), never a range about nothing
    if current == 0:
        # a figure gone to nil ("-") fell by all of itself, whatever its rounding: Timberland's FDIC insurance 97
        # to nil had read "-99% to -101%" (UI-53)
        return percent(flip * rate, decimals=0), "exact"
    if too_coarse_for_percent(prior, unit, known[1]):
        return NOT_MEASURED, "coarse"
    bounds = change_bounds(current, prior, unit, known)
    if bounds is None:
        return percent(flip * rate, decimals=1 if not unit or unit <= 0 else 0), "exact"
    low, high = sorted((flip * bounds[0], flip * bounds[1]))
    if high - low < TENTH:
        return percent(flip * rate, decimals=1), "tenth"
    if printed is not None and printed_agrees(printed, low, high):
        return percent(printed, decimals=places(printed)), "printed"
    if known[0] is not None and known[1] is not None and high - low < 1:
        # both figures as the release states them finer (its narrative's "$204.5 million" against "$125.0
        # million"): their change to a tenth, as a reader of that sentence computes it and as the release's own
        # printed percent would be said; it lies within the bounds, which span under a point (UI-50)
        now, before = (known[0][0] + known[0][1]) / 2, (known[1][0] + known[1][1]) / 2
        return percent(flip * (now - before) / abs(before) * 100, decimals=1), "tenth"
    if not crosses_whole_percent(low, high):
        # every pair of figures rounding to those printed gives a change within one whole percent: the change of the
        # printed figures, to a tenth as every other change is said (UI-56: Tupperware's 129.7 against 161.2 had read
        # "-19% to -20%" for -19.5% to -19.6%, GeoVax's "-25%" stood beside "+6.5%", and Cree's 111.2 against
        # 111.6 had read "unchanged", its -0.4% rounded to a whole percent of nothing)
        return percent(flip * rate, decimals=1), "tenth"
    if (whole := _quantize(low, 0)) == _quantize(high, 0):
        # a whole percent every such pair rounds to, though a tenth cannot be said: Southern's 1,532 against 1,474
        # million (3.9% to 4.0%) is "+4%", the sample's interest income of 111 against 277 thousand "-60%": a range of
        # tenths had read as less sure than it is
        return percent(whole, decimals=0), "whole"
    ends = (_quantize(low, 1), _quantize(high, 1))
    if ends[1] <= 0:
        ends = ends[::-1]  # the smaller fall first, as the larger rise is said last: "-346.2 to -351.1%"
    # each end to a tenth as every change is said, the sign "%" once ("+17.6 to +18.9%", as narrow as the whole
    # percents' "+18% to +19%" had been); an end at nothing is "0.0" ("0.0 to +2.0%"): "unchanged" is a change,
    # not a bound
    first, last = ("0.0" if end == 0 else signed(end, decimals=1) for end in ends)
    return f"{first} to {last}%", "range"


def crosses_whole_percent(low: Decimal, high: Decimal) -> bool:
    """Whether a whole percent lies within the change's bounds (a range of percents is said only then: 17.6% to
    18.9% spans 18%, so no tenth and no whole percent is vouched for; -19.5% to -19.6% spans none)."""
    return math.floor(low) != math.floor(high)


def range_note(percents: Iterable[str], unit: Decimal | None, currency: str = "$") -> str | None:
    """A caption saying why a change is a range of percents ("+62% to +64%", `change_percent`), where any of
    `percents` is one: its figures are printed rounded to `unit` ("$ millions", "the nearest $100,000"). None
    where none is a range or the figures are known exactly. UI-50: Southern's net income card had said "+62% to
    +64%" with no word of why."""
    if not unit or unit <= 0 or not any(" to " in said for said in percents):
        return None
    return f"A range: the release prints both figures rounded to {_rounded_to(unit, currency)}."


# The mark after a change said as a whole percent because the figures' rounding allows no tenth (`change_percent_said`
# "whole"), its legend under the table (`whole_note`): the sample's "-60%" had stood among one-decimal changes with no
# word of why (UI-59). The footnote marks' next after the checks' †, the finer figures' ‡ and the memo's §.
WHOLE_MARK = "\u00b6"  # ¶ (the memo's § marks a stated total)


def whole_note(percents: Iterable[str], unit: Decimal | None, currency: str = "$") -> str | None:
    """The legend line of `WHOLE_MARK`, where any of `percents` carries it: "¶ A whole percent: the release prints
    both figures rounded to $ thousands, which allows no tenth." None where none does."""
    if not unit or unit <= 0 or not any(said.endswith(WHOLE_MARK) for said in percents):
        return None
    return f"{WHOLE_MARK} A whole percent: the release prints both figures rounded to {_rounded_to(unit, currency)}, " \
        "which allows no tenth."


def _rounded_to(unit: Decimal, currency: str) -> str:
    """What figures printed to `unit` are rounded to, as a caption says it: "$ thousands", "the nearest $100,000"."""
    scale = int(unit) if unit == unit.to_integral_value() else 0
    return (unit_label(scale, currency=currency) if scale > 1 and scale in UNIT_WORDS
            else f"the nearest {currency}{unit.normalize():,f}")


def printed_agrees(printed: Decimal, low: Decimal, high: Decimal) -> bool:
    """Whether a percent the release prints ("10%", to its own last digit) can be the change of figures
    allowing `low` to `high`: a column of other rates (constant currency), or one signed another way, cannot."""
    half = Decimal(5).scaleb(-places(printed) - 1)
    return printed - half <= high and printed + half >= low


def numbered(lines: Sequence[str], first: int = 1, last: int | None = None) -> str:
    """Lines `first` to `last` (1-based, inclusive) with their numbers, as every warning and check names
    them: the Data page's source and `python -m core text` print the same."""
    last = len(lines) if last is None else min(last, len(lines))
    first = max(first, 1)
    width = len(str(last))
    return "\n".join(f"{number:>{width}} \u2502 {lines[number - 1]}" for number in range(first, last + 1))
