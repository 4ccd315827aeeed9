"""The currency a release's narrative states its sums of money in, where its statements name none.

A UK interim's balance sheet heads its columns "30 June 2011 | 31 December 2010" under "(In thousands)", and
only its lead says whose money: "Revenue rose to \u00a321.4 million". The statements' own words decide their
currency (core.analysis.currency); where they are silent, a narrative whose every sum is in one currency, and
that one no US dollar, names it. A narrative naming sums in two currencies, or any in dollars ("$", "US$",
"dollars"), leaves the filings' default: an Australian "$'000" with no "A$" is no US dollar either, but no
rule can tell which dollar a bare "$" is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from core.vocabulary import MONEY_IN_WORDS, money_code

US_DOLLAR = "US$"
_A_DIGIT = re.compile(r"\d")


def currencies_of_sums(lines: Iterable[str]) -> set[str]:
    """The code of every currency the lines name a sum of money in ("\u00a36.3 million" -> "GBP")."""
    return set(_codes_of_sums(lines))


def narrative_currency(lines: Iterable[str]) -> str:
    """The one currency other than the US dollar that the narrative's sums are all in ("GBP", "EUR"); "" where
    it names none, two, or the dollar at all (a bare "$" may be anyone's dollar, and dollars beside pounds leave
    the statements' figures either)."""
    found: set[str] = set()
    for code in _codes_of_sums(lines):
        found.add(code)
        if US_DOLLAR in found or len(found) > 1:
            return ""  # (a US release names its dollars in its first sum: read no further)
    return found.pop() if found else ""


def _codes_of_sums(lines: Iterable[str]) -> Iterator[str]:
    """Each sum of money's currency code, in order, as the lines are read (the pattern is dear on a release's
    prose: a line with no figure names no sum, and a caller may stop at the first code it needs)."""
    for line in lines:
        if _A_DIGIT.search(line):
            yield from (money_code(match) for match in MONEY_IN_WORDS.finditer(line))
