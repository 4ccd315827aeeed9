"""What a table's amounts and share counts are multiplied by: the words of its unit note first, the
arithmetic (EPS x shares = the net result) where they leave share counts unclear."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.model import LineItem, Statement
from core.statements.to_common import results_divided
from core.tables.lines import WIDE_GAP_SPLIT
from core.tables.numbers import in_pence
from core.vocabulary import (
    AT_A_DATE_LINE,
    CURRENCY,
    LINE_UNIT,
    PER_SHARE_SUBUNIT,
    SCALES,
    THOUSANDS_MARK,
    UnitException,
    counts_shares_on_a_day,
    currency_code,
    scale_of,
    share_scale_words,
    unit_exceptions,
    unit_line,
)

# A printed figure stands for any value within half its last digit.
HALF = Decimal("0.5")
_DECIMALS = re.compile(r"\.(\d+)")
_DIGIT = re.compile(r"\d")


def printed_step(items: Sequence[LineItem], scale: int, *, coarsest: bool = False) -> Decimal:
    """The last printed digit's worth: a unit of the scale, or a tenth of it where the figures print one
    decimal ("7.3" in millions): rounding misses by half of that a line, never by half a million. The
    finest figure among `items` sets it, or with `coarsest` the coarsest (a whole "7" among "7.3"s), the
    reading no figure's own rounding can fail. Figures in actual units keep a unit: their cents are exact.
    """
    if scale <= 1:
        return Decimal(scale)
    found: int | None = None
    for item in items:
        for cell in item.cells:
            if "%" in cell:
                # a change column's "13%" beside the figures: a percentage, which says nothing of the digits
                # the amounts print (round 713: "43.9" in millions had been taken as printed to the million,
                # and a link adding the tax instead of subtracting it passed within 1.5 million)
                continue
            if "." not in cell:
                if coarsest and _DIGIT.search(cell):
                    return Decimal(scale)  # a whole figure: nothing is coarser (asked of every check: stop here)
                continue
            if not _DIGIT.search(cell):
                continue
            decimals = _DECIMALS.search(cell)
            places = len(decimals.group(1)) if decimals is not None else 0
            if found is None or (places < found if coarsest else places > found):
                found = places
    return Decimal(scale) / Decimal(10) ** min(found or 0, 2)


# EPS is printed to the cent: EPS x shares may miss the net result by half a cent a share.
EPS_ROUNDING = Decimal("0.005")
_SHARE_CAPTION = re.compile(r"\bshares\b", re.IGNORECASE)
# ... unless the dollars come first: "(Dollars and shares in millions", the table's unit for both.
_DOLLARS_AND_SHARES = re.compile(r"\b(?:dollars|amounts|\$)\s+and\s+shares\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Units:
    text: str
    scale: int
    share_scale: int | None  # None: unclear from the words; the arithmetic decides
    per_share_in_hundredths: bool = False  # "(Thousands of dollars, except per share amounts in cents)"
    # the other kinds of line its "except" clause sets outside its unit ("..., except percentages and dayrates")
    excepted: tuple[UnitException, ...] = ()


# A note saying the figures a share are in the currency's hundredths: "except per share amounts in cents",
# "per share data in pence".
_PER_SHARE_IN_HUNDREDTHS = re.compile(r"\bper[\s-]+share\b[^()]{0,30}?\b(?:in\s+)?(?:cents|pence)\b", re.IGNORECASE)


def read_units(lines: Sequence[str]) -> Units:
    """The unit note: "(in thousands - except share and per share information)" -> 1000, shares 1.

    A note may wrap ("(millions, except earnings per" / "common share)"), so what it says of shares is
    read from its line and the next."""
    for index, line in enumerate(lines):
        match = unit_line(line)
        if not match or (_SHARE_CAPTION.search(line, 0, match.start())
                         and not _DOLLARS_AND_SHARES.search(line, 0, match.start())):
            continue  # "Weighted average number of ordinary shares (millions)": a share count's own unit
        scale = _of_the_statements_currency(line) or scale_of(match)
        note = " ".join(" ".join(lines[index : index + 2]).split())
        return Units(line.strip(), scale, share_scale_words(note, scale),
                     _PER_SHARE_IN_HUNDREDTHS.search(note) is not None, unit_exceptions(note))
    return Units("", 1, 1)


def _of_the_statements_currency(line: str) -> int | None:
    """A unit per column, each with its currency ("U.S. dollars (thousands)   Yen (millions)   Yen (millions)"):
    the unit of the currency most columns print, the statement's own; a translation's may be another. None
    where the line names one unit, or no currency beside each."""
    phrases = [phrase for phrase in WIDE_GAP_SPLIT.split(line.strip()) if unit_line(phrase)]
    found = [(currency, unit) for phrase in phrases
             if (unit := unit_line(phrase)) and (currency := CURRENCY.search(phrase))]
    if len(phrases) < 2 or len(found) < len(phrases):
        return None
    units = [(currency_code(currency.group()), scale_of(unit)) for currency, unit in found]
    counts = Counter(code for code, _ in units)
    main = max(counts, key=lambda code: (counts[code], code != "US$"))
    return next(scale for code, scale in units if code == main)



def share_scale_from_arithmetic(items: tuple[LineItem, ...], scale: int, words: int) -> int:
    """The share scale the words give (their own, or the usual meaning of "in thousands, except per share
    data": shares in thousands too) stands unless EPS x shares = net result clearly says otherwise: a note
    that says "except share amounts" above a heading "Shares used (000)" is read both ways, and the
    arithmetic keeps the reading that adds up. The net result is the printed one, or, where that adds up
    at no scale, the one less the preferred dividends printed between it and the EPS (round 595:
    core.statements.to_common)."""
    results = results_divided(items)
    # EPS and the count of its own family: diluted EPS over the basic count misses by more than its cent.
    eps, shares = next(((e, c) for family in ("basic", "diluted")
                        if (e := _of_family(items, "per_share", f"eps_{family}")) is not None
                        and (c := _of_family(items, "shares", f"shares_{family}")) is not None),
                       (next((i for i in items if i.kind == "per_share" and i.concepts), None),
                        next((i for i in items if i.kind == "shares" and i.concepts), None)))
    if shares is None and eps is not None and results:
        return _scale_of_a_count_on_a_day(items, eps, results[0], scale, words)
    if not results or eps is None or shares is None:
        return _plausible(shares, words)

    def fits(candidate: int, net: LineItem) -> bool:
        """EPS x shares comes back to the net result within what the printed cents and units allow."""
        assert eps is not None and shares is not None
        columns = [(n, e, s) for n, e, s in zip(net.values, eps.values, shares.values, strict=True)
                   if n is not None and e is not None and s is not None and n != 0]
        return bool(columns) and all(
            abs(e * s * candidate - n * scale) <= EPS_ROUNDING * s * candidate + Decimal(scale) / 2
            for n, e, s in columns)

    for net in results:
        if fits(words, net):
            return words
        found = next((candidate for candidate in (1, 1_000, 1_000_000) if candidate != words and fits(candidate, net)),
                     None)
        if found is not None:
            return found
    return _plausible(shares, words)


def _scale_of_a_count_on_a_day(items: tuple[LineItem, ...], eps: LineItem, net: LineItem, scale: int,
                               words: int) -> int:
    """The share scale where the only count printed is the one at the column's date ("Common shares outstanding",
    vocabulary.counts_shares_on_a_day, which no EPS check takes): the scale at which EPS x the count comes
    nearest the net result, within a factor of `_NEAR_A_DAYS_COUNT`, as the count on a day is near the period's
    average but never its equal (round 707: "Common shares outstanding 3,420,000" under "in thousands, except per
    share data" had been read as 3.4 billion shares once it was no longer the basic count). The words' where none
    comes near."""
    count = next((i for i in items if i.kind == "shares" and counts_shares_on_a_day(i.label, i.section)), None)
    if count is None:
        return _plausible(None, words)
    columns = [(n * scale, e * c) for n, e, c in zip(net.values, eps.values, count.values, strict=True)
               if n and e and c and (n > 0) == (e > 0)]

    def near(candidate: int) -> bool:
        return bool(columns) and all(
            1 / _NEAR_A_DAYS_COUNT <= earned * candidate / result <= _NEAR_A_DAYS_COUNT for result, earned in columns)

    return next((candidate for candidate in (words, 1, 1_000, 1_000_000) if near(candidate)), _plausible(count, words))


# How far EPS x a count on a day may stray from the net result, as a factor, and still say the count's scale: the
# scales stand a thousand apart, and a count on a day is within a few percent of the period's average.
_NEAR_A_DAYS_COUNT = Decimal(10)


# A count printed with all its digits: a million or more as printed. Under a note of thousands it would be a
# billion shares or more, as only the largest companies have.
_PRINTED_IN_FULL = Decimal(1_000_000)
# The least EPS a statement prints to the cent: a net result over its count below it is no company's EPS.
_A_CENT = Decimal("0.01")


def counts_left_unclear(items: tuple[LineItem, ...], scale: int, share_scale: int,
                        said: int | None) -> tuple[LineItem, ...]:
    """The share counts no reading can vouch for, to be held back: a note of thousands that says nothing of
    shares ("(In thousands, except per share data)": `said` None), no EPS for the arithmetic to decide by, and
    counts printed with all their digits that, read in thousands, make the net result less than a cent a share
    (round 638, a trucker's statement cut to its net income and counts, lynx: "Basic   42,118,402" read as 42
    billion shares for a company earning $10.8 million). The counts are likelier in full, but a reader who
    cannot tell prints neither, and says why. Empty wherever the words, an EPS or the result's size decide."""
    if said is not None or share_scale <= 1 or any(i.kind == "per_share" and i.concepts for i in items):
        return ()
    results = results_divided(items)
    counts = tuple(i for i in items if i.kind == "shares" and not LINE_UNIT.search(i.label)
                   and not LINE_UNIT.search(i.section) and not THOUSANDS_MARK.search(i.label)
                   and not THOUSANDS_MARK.search(i.section))
    if not results or not counts:
        return ()
    net = results[0]
    unclear = any(c is not None and n is not None and n != 0 and abs(c) >= _PRINTED_IN_FULL
                  and abs(n * scale / (c * share_scale)) < _A_CENT
                  for count in counts for n, c in zip(net.values, count.values, strict=True))
    return counts if unclear else ()


# Cents the printed book value a share may miss the equity over the shares by (each rounded as printed).
_BOOK_VALUE_ROUNDING = Decimal("0.01")


def share_scale_from_book_value(items: tuple[LineItem, ...], scale: int, words: int) -> int:
    """A balance sheet's share counts by its own arithmetic: where it prints the equity, the shares outstanding
    and the book value per share, the scale at which equity / shares is that book value, else the words'. A note
    of thousands may or may not count the shares (round 574: a bank's "(Dollars in thousands)" over "Common shares
    outstanding 21,452,380" had made 21 billion shares; another bank's "Period-end shares outstanding 28,127" under
    the same note is 28.1 million)."""
    equity = next((i for i in items if "stockholders_equity" in i.concepts and i.kind == "amount"), None)
    # the book value a share (vocabulary.AT_A_DATE_LINE), not the tangible one, whose equity no concept names
    book = next((i for i in items if i.kind == "per_share" and AT_A_DATE_LINE.search(i.label)
                 and "tangible" not in i.label.lower()), None)
    shares = next((i for i in items if i.kind == "shares"), None)
    if equity is None or book is None or shares is None:
        return words
    columns = [(e, b, c) for e, b, c in zip(equity.values, book.values, shares.values, strict=True)
               if e is not None and b is not None and c]
    if not columns:
        return words

    def fits(candidate: int) -> bool:
        return all(abs(e * scale / (c * candidate) - b) <= _BOOK_VALUE_ROUNDING for e, b, c in columns)

    if fits(words):
        return words
    return next((candidate for candidate in (1, 1_000, 1_000_000) if fits(candidate)), words)


def half_a_lines_digit(statement: Statement, item: LineItem) -> Decimal:
    """Half the last digit a line prints, read from its cells: "36.3" in millions rounds to 50 thousand, not half a
    million (a summary's line beside the statement's, each to the coarser table's rounding)."""
    decimals = max((len(text.rsplit(".", 1)[1].rstrip(")%*")) for text in item.cells if "." in text), default=0)
    return Decimal(statement.scale) / 2 / Decimal(10) ** decimals


def half_the_printed_digit(value: Decimal, printed: str) -> Decimal:
    """Half the last digit a count was printed to, in the count's units: "30.1" (millions) stands for any count
    from 30.05 to 30.15 million, and EPS x shares may miss the net result by that much a share (round 406:
    $1.45 x 30.1 million fell short of a net loss of $43.8 million, and the EPS and counts were lost)."""
    digits = "".join(c for c in printed if c.isdigit() or c == ".")
    if not digits.strip(".") or not any(c in "123456789" for c in digits):
        return Decimal(0)
    places = len(digits.split(".")[1]) if "." in digits else 0
    return abs(value / Decimal(digits)) * Decimal(5) / Decimal(10) ** (places + 1)


def eps_gives_the_result(eps: Decimal, count: Decimal, result: Decimal, half_count: Decimal, half_unit: Decimal,
                         factor: Decimal = Decimal(1)) -> bool:
    """Whether EPS x count (x `factor`, the count's scale on trial) is the result within the rounding of each: half a
    cent a share, the EPS on half the count's last printed digit, half a unit of the amounts."""
    tolerance = (EPS_ROUNDING * abs(count) + abs(eps) * half_count) * factor + half_unit
    return abs(eps * count * factor - result) <= tolerance


def _of_family(items: tuple[LineItem, ...], kind: str, concept: str) -> LineItem | None:
    return next((i for i in items if i.kind == kind and concept in i.concepts), None)


# More shares than any company filing earnings releases with the SEC has had outstanding (the largest
# count about 17 billion): a count read at a scale that makes more is read at the scale a thousand times
# smaller (a rendering that wrapped "(in thousands)" off the label of a statement "in millions").
_MOST_SHARES = Decimal(50_000_000_000)


def _plausible(shares: LineItem | None, words: int) -> int:
    """The share scale the words give, or a thousandth of it where it makes a count no company has."""
    scale = words
    while shares is not None and scale > 1 and any(v is not None and abs(v) * scale > _MOST_SHARES
                                                   for v in shares.values):
        scale //= 1_000
    return scale


def scaled(item: LineItem, scale: int, share_scale: int, per_share_in_hundredths: bool = False) -> LineItem:
    """The item in the currency and actual shares. `per_share_in_hundredths`: the table's note says its figures
    a share are in cents, as its own label may ("Net income per share (cents)")."""
    factor = {"amount": scale, "per_share": 1, "shares": share_scale, "percent": 1, "count": 1}[item.kind]
    own = _own_unit(item)
    if own is not None:
        factor = own
    elif item.kind in ("shares", "count") and (THOUSANDS_MARK.search(item.label)
                                              or THOUSANDS_MARK.search(item.section)):
        factor = 1_000  # "Weighted average shares (000)"
    if item.kind == "per_share" and (per_share_in_hundredths or PER_SHARE_SUBUNIT.search(item.label)
                                     or PER_SHARE_SUBUNIT.search(item.section) or printed_in_pence(item)):
        # "Earnings per share (pence)", "in US cents", "Basic  35.2p": a hundredth of the currency the amounts are in
        # (shifted two places, not divided: "35.0p" is 0.350, its printed tenth of a penny kept, where 35.0 / 100
        # is 0.35, a figure to the penny, `formatting.places`)
        values = tuple(None if v is None else v.scaleb(-2) for v in item.values)
        return with_values(item, values)
    if factor == 1:
        return item
    values = tuple(None if v is None else v * factor for v in item.values)
    return with_values(item, values)


def printed_in_pence(item: LineItem) -> bool:
    """Whether the line marks its figures as pence, glued or a word apart ("Basic  35.2p  34.2p", "35.2 pence"):
    British releases print a figure a share so under a heading in pounds ("\u00a3m"), a hundredth of the
    statement's currency as "(pence)" in a label is. Any one figure so marked marks the line: its others are
    in the same unit (a blank or a dash marks none)."""
    return any(in_pence(cell) for cell in item.cells)


def _own_unit(item: LineItem) -> int | None:
    """The scale a line's own words or its section's heading state apart from the table's: "Average shares
    outstanding (in millions)", the heading "Shares used in computing earnings per share (in thousands):" over
    "Basic" and "Diluted", or "Capital expenditures (in millions):" over "Maintenance $ 2.6" in a table in
    thousands (round 689: read in the table's thousands, $2.6 million printed as $2,600). A heading's unit holds
    for every row under it until its section ends, amounts and counts as much as shares; figures a share and
    percentages have none. A heading counting shares scales share counts only: an amount set under it, the
    section not closed ("Weighted average number of ordinary shares (millions)" / "Basic" / "Diluted", a blank
    line, "Adjusted operating profit 10,492"), keeps the table's unit."""
    if item.kind in ("per_share", "percent"):
        return None
    own = LINE_UNIT.search(item.label)
    if own is None and (item.kind == "shares" or not _SHARE_CAPTION.search(item.section)):
        own = LINE_UNIT.search(item.section)
    if own is None:
        return None
    return SCALES[(own.group(1) or own.group(2)).lower().rstrip("s")]


def with_values(item: LineItem, values: tuple[Decimal | None, ...]) -> LineItem:
    """The item with other figures, all else kept (its printed changes among them)."""
    return dataclasses.replace(item, values=values)
