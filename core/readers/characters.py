"""Character-level clean-up shared by the text and HTML readers."""

from __future__ import annotations

import re
from collections.abc import Mapping

# Windows-1252 characters that reached the text as C1 controls ("&#151;" for an em dash, which lynx writes
# as U+0097 under a UTF-8 locale; a browser's "&#146;"): what the filer typed.
C1_AS_WINDOWS_1252: dict[str, str] = {chr(code): bytes([code]).decode("cp1252", errors="replace")
                                      for code in range(0x80, 0xA0)}


def replace_all(text: str, table: Mapping[int, str | int | None]) -> str:
    """`text.translate(table)` for a table of a few characters, done as one `str.replace` per character
    the text holds: translate walks every character in Python-level steps and costs a millisecond on a
    release-sized text, where a handful of replaces cost microseconds."""
    for code, replacement in table.items():
        char = chr(code)
        if char in text:
            new = "" if replacement is None else replacement if isinstance(replacement, str) else chr(replacement)
            text = text.replace(char, new)
    return text


# Words set letter-spaced ("T H R E E   M O N T H S", "S E P T E M B E R   3 0 ,"): a heading's CSS
# letter-spacing as pypdf places each glyph, or a typist's spaced capitals; letters (a kerned pair, "LV", may
# stay together) one space apart, words two or three. Read as printed, no heading's words are found (round
# 282: a statement of operations headed so was skipped, with no word said), and a day spaced "3 0 ," read as
# its first digit dated a balance sheet the 3rd (round 292).
_GLYPH = r"[\w,.&'$]{1,2}"
_SPACED_RUN = re.compile(rf"(?<!\S){_GLYPH}(?: {_GLYPH}){{2,}}(?: {{2,3}}{_GLYPH}(?: {_GLYPH})*)*(?!\S)")
_WORD_GAP = re.compile(r" {2,}")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Three lone glyphs in a row after a space, or at a line's start: the cheap test a text passes before its
# lines are searched (a search with a look-behind costs 26 ns a character; this one 4).
_HINT = re.compile(r" [\w,] [\w,] [\w,]")
_HINT_AT_START = re.compile(r"\n[\w,] [\w,] [\w,]")
_LINE_START = re.compile(r"[\w,] [\w,] [\w,]")
# A letter-spaced heading is no wider than a page; a longer line (a hostile line of 20 MB of "1 1 1 ...") is
# not searched.
_LONGEST_SPACED_LINE = 400


def closed_up(text: str) -> str:
    """The text with its letter-spaced words closed up, each run centred where it stood (a column's heading
    keeps its centre, and every line its length)."""
    if not (_HINT.search(text) or _HINT_AT_START.search(text) or _LINE_START.match(text)):
        return text
    return "\n".join(_SPACED_RUN.sub(_closed_run, line) if len(line) <= _LONGEST_SPACED_LINE and (
        _HINT.search(line) or _LINE_START.match(line)) else line for line in text.split("\n"))


def _closed_run(found: re.Match[str]) -> str:
    run = found.group()
    spaced = _WORD_GAP.split(run.strip())
    words = " ".join(word.replace(" ", "") for word in spaced)
    if all(_YEAR.fullmatch(word) for word in words.split()):
        return words.center(len(run))  # years spaced so ("1 9 9 8      1 9 9 7", "2 0 11" kerned)
    glyphs = run.split()
    singles = sum(1 for glyph in glyphs if len(glyph) == 1)
    # Mostly lone glyphs, with a letter among them or a day's comma: a row of small numbers one space apart
    # ("1 2 3"), or words of prose ("as of the"), are left as printed.
    if singles * 3 < len(glyphs) * 2 or not (any(c.isalpha() for c in run) or run.rstrip().endswith(",")):
        return run
    # a pair of glyphs only inside a word, where a kerned pair stays together ("T W E LV E"); at a word's
    # edge it is a word of its own ("rated A A A by")
    if any(len(parts[0]) == 2 or len(parts[-1]) == 2 for parts in (word.split(" ") for word in spaced)):
        return run
    return words.center(len(run))


_DIGITS = re.compile(r"\d+")


def running_key(text: str) -> str:
    """A running line as it repeats page after page: its numbers aside, and its gaps, which a PDF's text
    spaces differently on each page ("Pinecrest Bancorp, Inc.   Third Quarter 2003 Earnings Release" set 68
    and 81 spaces apart: round 283)."""
    return _DIGITS.sub("#", " ".join(text.split()))
