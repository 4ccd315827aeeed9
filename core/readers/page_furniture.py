"""Page furniture: what a printed release repeats at the top or foot of each page (the company's name and
address, "-- Exhibit 99.1 --", a running title), no line of any table (round 658).

A line of words standing among the first or last lines of two pages or more, the same words but for its
numbers, is furniture wherever a page holds it at its edge. Left in, a footer overlapping a statement's title
had been read as a row ("-- Exhibit 99.1 --": 99.1 thousand and a dash's zero, printed as a balance), the
address had headed the rows under it, and "Exhibit 99.1" had run into the labels round it. Where a PDF sets
the furniture on a line of the page's own text (pdftotext setting a footer beside a title, or splitting it
over two lines), the repeated words are cut out and the rest of the line kept. Line counts are kept.

A line naming a statement, its unit, its periods or its columns is never furniture, however often it is
repeated: a continued statement's header says again what its first page said.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from core.readers.characters import running_key
from core.tables.lines import PAGE_FURNITURE, UNAUDITED, LineKind, classify, is_title
from core.tables.period_headers import DURATION
from core.vocabulary import BROWSER_PRINT_EDGE, COLUMN_NOTES_LINE, MONTH_RE, YEAR_RE, unit_line

# How far from a page's top or foot furniture stands (non-blank lines): a fixed footer a browser draws over the
# page's text can have a statement's last rows run past it.
EDGE_REACH = 4
# On how many pages the same words stand at an edge before they are taken for furniture.
MIN_PAGES = 2
_MIN_LETTERS = 3
# Words glued to a line's text are cut out of it only where the furniture is two words or more.
_MIN_WORDS_TO_CUT = 2
_MAX_CUT = 8
_PHRASE = re.compile(r"\S+(?: \S+)*")
_DATED = re.compile(rf"\b(?:{MONTH_RE}|{YEAR_RE})\b", re.IGNORECASE)
# An EDGAR text's tags ("<PAGE>", "<TABLE>"), which a PDF printed from it shows: markup the text reader reads
# ("<PAGE>" parts its pages), no furniture.
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>")


def may_be_furniture(text: str) -> bool:
    """A line of words that could be a page's running head or foot: letters, no figures, no heading of rows,
    and nothing a statement's header says (a title, a unit, a date or a period, the columns' notes). Page numbers, a
    browser's own lines and EDGAR's tags are left to their rules: a page number tells the table reader a page
    ended."""
    stripped = " ".join(text.split())
    if sum(ch.isalpha() for ch in stripped) < _MIN_LETTERS:
        return False
    if PAGE_FURNITURE.match(stripped) or BROWSER_PRINT_EDGE.match(stripped) or _MARKUP.fullmatch(stripped):
        return False
    if stripped.endswith(":"):  # a heading of the rows under it ("Weighted average shares outstanding:")
        return False
    if classify(0, text).kind is not LineKind.TEXT:
        return False
    return not (is_title(stripped) or unit_line(stripped) or _DATED.search(stripped) or DURATION.search(stripped)
                or UNAUDITED.match(stripped) or COLUMN_NOTES_LINE.fullmatch(stripped))


def over_a_title(text: str) -> bool:
    """Whether the line under a line of words names a statement: the company's name over a statement's title
    ("ACME CORP. AND SUBSIDIARIES") is the title's first line, however many pages a statement opens."""
    return is_title(text)


def repeated_at_the_edges(pages: Iterable[Iterable[str]]) -> dict[str, int]:
    """The running keys (characters.running_key) of the texts standing at the edge of two pages or more, and on
    how many pages each stands."""
    counts: dict[str, int] = {}
    for texts in pages:
        for key in {running_key(text) for text in texts if may_be_furniture(text)}:
            counts[key] = counts.get(key, 0) + 1
    return {key: count for key, count in counts.items() if count >= MIN_PAGES}


def blank_page_furniture(lines: list[str], page_tops: Sequence[int]) -> None:
    """Blank the furniture of a text parted into pages (a form feed, EDGAR's "<PAGE>": `page_tops`, the line
    each page after the first opens on), and cut it out of the lines it is glued to."""
    bounds = sorted({0, *page_tops, len(lines)})
    edges = [_edge_indexes(lines, start, end) for start, end in itertools.pairwise(bounds)]
    furniture = repeated_at_the_edges([lines[index] for index in page if not _over_a_title(lines, index)]
                                      for page in edges)
    if not furniture:
        return
    # the most repeated few only are looked for inside lines: a page has a header and a footer or two, and a
    # hostile text of many pages costs no more than this a line
    repeated = sorted(furniture, key=lambda key: -furniture[key])[:_MAX_CUT]
    cuttable = sorted((key.split() for key in repeated if len(key.split()) >= _MIN_WORDS_TO_CUT), key=len,
                      reverse=True)
    glued = [_words_pattern(words) for words in cuttable]
    for page in edges:
        _cut_split_furniture(lines, page, cuttable)  # first: the split's first words may be furniture of their own
        for index in page:
            if running_key(lines[index]) in furniture:
                lines[index] = ""
                continue
            for pattern in glued:
                lines[index] = pattern.sub(lambda match: " " * len(match.group()), lines[index]).rstrip()


def _over_a_title(lines: list[str], index: int) -> bool:
    """Whether the next non-blank line under lines[index] names a statement."""
    below = next((line for line in itertools.islice(lines, index + 1, None) if line.strip()), "")
    return over_a_title(below)


def _edge_indexes(lines: list[str], start: int, end: int) -> list[int]:
    """The first and last few non-blank lines of the page lines[start:end], in order."""
    filled = [index for index in range(start, end) if lines[index].strip()]
    return filled[:EDGE_REACH] + filled[EDGE_REACH:][-EDGE_REACH:]


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    """The furniture's words in a line, spaced however, its numbers any numbers, standing apart from other words."""
    parts = ["".join(r"\d+" if ch == "#" else re.escape(ch) for ch in word) for word in words]
    return re.compile(r"(?<!\S)" + r"\s+".join(parts) + r"(?!\S)")


def _cut_split_furniture(lines: list[str], page: list[int], cuttable: list[list[str]]) -> None:
    """Furniture a PDF's text set over two lines, its first words alone on one line and the rest a phrase of the
    line under it, beside a title ("-- Exhibit" over "CONDENSED CONSOLIDATED      99.1 --"): both parts go."""
    for upper, lower in itertools.pairwise(page):
        if not lines[upper].strip() or any(lines[between].strip() for between in range(upper + 1, lower)):
            continue
        opening = running_key(lines[upper]).split()
        if len(opening) < _MIN_WORDS_TO_CUT:
            continue
        for words in cuttable:
            if len(opening) >= len(words) or words[: len(opening)] != opening:
                continue
            rest = words[len(opening):]
            phrase = next((match for match in _PHRASE.finditer(lines[lower])
                           if running_key(match.group()).split() == rest), None)
            if phrase is not None:
                lines[upper] = ""
                text = lines[lower]
                lines[lower] = (text[: phrase.start()] + " " * len(phrase.group()) + text[phrase.end():]).rstrip()
                break
