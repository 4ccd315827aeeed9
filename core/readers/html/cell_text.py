"""A table cell's text as a browser shows it: its lines (split at <br> and blocks, every <br> a line, an
empty one too), its indentation in no-break spaces, footnote marks raised after a figure dropped; and
whether a cell's text is a figure. Most cells are one line, read from the text libxml2 joins without
walking their elements (`read_cell`)."""

from __future__ import annotations

import functools
import re

import lxml.etree

from core.readers.html.markup import BLOCKS, SKIPPED, clean_text, is_hidden
from core.tables.numbers import parse_number

# What a cell holding nothing else is blank of: spaces, line breaks and no-break spaces.
BLANKS = " \t\r\n\u00a0"
# A cell of this many lines or more may be a column of a statement printed as one row (`unstack`): the
# fewest lines such a statement has is well above it; a header's or a wrapped label's are two or three.
STACKED_LINES = 4
# A cell of this many lines or more keeps its lines as broken, blank ones too (`read_cell`): a label of two or
# three ("Basic<br>Diluted") may line up with figure cells of as many (`grid.unstack`).
BROKEN_LINES = 2
# Superscripts are bracketed by these (never in a filing's text) until the cell is known to be a figure.
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
_MARKS = re.compile("\x02[^\x03]*\x03")
# A footnote's number or letter raised after a label's last word ("Net revenues<sup>1</sup>"): set apart in
# parentheses, "Net revenues (1)", the mark a label's words are read without. Glued on, "Net revenues1" named no
# line (round 567: the gross revenues above it printed as the revenue).
_WORDS_MARK = re.compile("(?<=[A-Za-z])\x02\\s*(\\d{1,2}|[a-z])\\s*\x03")


def pictured_words(cell: lxml.etree._Element) -> str:
    """The alt text of the pictures in an otherwise empty cell that name a date or a year ("Thirteen Weeks
    Ended October 2, 2010"): a column's head set as an image. A logo's "Company logo" names none."""
    alts = (image.get("alt") or "" for image in cell.iter("img"))
    return " ".join(alt for alt in alts if any(c.isdigit() for c in alt))


def read_cell(cell: lxml.etree._Element, text: str) -> tuple[list[str], int, str | None, list[str] | None]:
    """A cell's lines, its leading no-break spaces, the style of the paragraph its text sits in (see
    `_first_block_style`) and, for a cell of `BROKEN_LINES` lines or more, each line as cleaned with the
    blank ones kept (`unstack`), given the text of its subtree.

    Most cells are one line: no element inside breaks, hides or marks their text, and at most one
    paragraph holds it, with only line breaks and indentation of the markup around it (Word's
    `<td> <p><font>1,234</font></p> </td>`). Their one line is the subtree's text, read without walking the
    elements again; `cell_lines` reads every other cell."""
    block = None
    block_style: str | None = None
    first = True  # at the cell's first child: the element a lone paragraph must be
    for element in cell.iterdescendants():
        tag = element.tag
        style = element.get("style")
        if tag in BLOCKS:
            if block is not None or not first:
                break  # a second paragraph (two lines), or one inside another element
            block, block_style = element, style
        elif not isinstance(tag, str) or tag in _BREAKING or _raised(style):
            break  # a line break, a superscript, a comment, an element never shown
        elif _small_mark(element) and text.split() != [(element.text or "").strip()]:
            # A mark after a figure. One that is all the cell says ("<font size=1>361</font>", a column of
            # small type) has no figure before it to come off: `cell_lines` keeps its text as it stands.
            break
        if element.get("hidden") is not None or (style and ("none" in style or "hidden" in style)):
            break  # hidden, or perhaps: `is_hidden` reads the style further
        first = False
    else:
        if block is None:
            return (*_one_line(text), None, None)
        if len(cell) == 1 and not (cell.text or "").strip(" \t\r\n") and not (block.tail or "").strip(" \t\r\n"):
            # What stands around the paragraph is dropped as an empty line of its own; outside it is
            # nothing a line is cleaned, collapsed or measured by, so the whole text reads as its own.
            is_paragraph = block.tag in ("p", "div") and (block.text or len(block))
            return (*_one_line(text), (block_style or "") if is_paragraph else None, None)
    lines, lead, cleaned = cell_lines(cell)
    return (lines, lead, (_first_block_style(cell) if lines else None), broken_lines(lines, cleaned))


def broken_lines(lines: list[str], cleaned: list[str]) -> list[str] | None:
    """The cleaned lines `unstack` lines up, blank ones kept, for a cell of `STACKED_LINES` lines or more or of
    `BROKEN_LINES` lines with words or figures; None for a cell of one line, whatever blank lines its markup
    leaves around it (the reading of a lone paragraph, which `read_cell` takes without walking it, keeps none)."""
    return cleaned if len(cleaned) >= STACKED_LINES or len(lines) >= BROKEN_LINES else None


# What `read_cell` leaves to `cell_lines`: the elements that end a line (<br>) or mark (<sup>) or skip text.
_BREAKING = SKIPPED | {"br", "sup"}


def _raised(style: str | None) -> bool:
    """A superscript set by style ("vertical-align:super"), as Word and desktop publishing print footnote
    marks: a <sup> by another name."""
    if style is None or ("uper" not in style and "UPER" not in style):  # most styles, without lowering them
        return False
    lowered = style.lower()
    return "vertical-align" in lowered and "super" in lowered


# Type set smaller than the figure beside it: <small>, <font size="1"> (or "-1", "-2").
_SMALL_FONT_SIZES = frozenset({"1", "-1", "-2", "-3"})


def _small_mark(element: lxml.etree._Element) -> bool:
    """A footnote's digit or letter set in small type after a figure ("6,200<font size=1>3</font>",
    "$0.73<small>4</small>"): a superscript by another name. Only a mark's few characters qualify; small
    words stay words."""
    if element.tag != "small" and not (element.tag == "font" and element.get("size") in _SMALL_FONT_SIZES):
        return False
    if len(element):
        return False  # (asked first: without elements inside, the mark's text is the element's own)
    text = (element.text or "").strip()
    return 0 < len(text) <= 3 and not any(c.isspace() for c in text)


def may_hide(style: str | None) -> bool:
    """Whether a style attribute may hide its element: what `is_hidden` reads further only when it holds."""
    return style is not None and ("none" in style or "hidden" in style)


def _one_line(raw: str) -> tuple[list[str], int]:
    """What `cell_lines` makes of a cell whose text is one line."""
    text = raw if raw.isascii() else clean_text(raw)  # clean_text's own first test, without the call
    collapsed = _with_commas(collapse(text))
    if not collapsed:
        return [], 0
    stripped = text.lstrip(" \t\r\n")
    return [collapsed], len(stripped) - len(stripped.lstrip("\u00a0\u2002\u2003\u2007 "))


def cell_lines(cell: lxml.etree._Element) -> tuple[list[str], int, list[str]]:
    """A cell's text as lines (split at <br> and block elements), its leading no-break spaces, and every
    line as cleaned, blank ones kept."""
    lines: list[str] = []
    buffer: list[str] = []
    if cell.text:
        buffer.append(cell.text)
    for child in cell:
        _visit_in_cell(child, lines, buffer)
    if buffer:
        lines.append("".join(buffer))
    if any(_MARK_OPEN in line for line in lines):
        # A superscript after a figure ("125,400<sup>1</sup>", "2019<sup>1</sup>", "(0.11)<sup>(1)</sup>") is
        # a footnote mark, dropped: glued on, it would change the number. After words it stays, a mark's number
        # or letter set apart in parentheses.
        bare = [_MARKS.sub("", line) for line in lines]
        lines = bare if is_numeric(" ".join(bare)) else [
            _WORDS_MARK.sub(r" (\1)", line).replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "") for line in lines]
    result: list[str] = []
    cleaned: list[str] = []
    lead = 0
    for raw in lines:
        text = clean_text(raw)
        cleaned.append(text)
        if not result:
            stripped = text.lstrip(" \t\r\n")
            lead = len(stripped) - len(stripped.lstrip("\u00a0\u2002\u2003\u2007 "))
        collapsed = _with_commas(collapse(text))
        if collapsed:
            result.append(collapsed)
    return result, lead, cleaned


# Thousands grouped by an apostrophe in a cell of its own ("212'905", "1’204'905"), as Swiss filers print them.
_APOSTROPHE_FIGURE = re.compile(r"^[^\d]{0,4}\d{1,3}(?:['\u2019]\d{3})+(?:[.,]\d+)?\)?%?$")


def _with_commas(text: str) -> str:
    """A figure grouped by apostrophes written with commas, the way the number reader knows; any other text
    as it stands."""
    if ("'" in text or "\u2019" in text) and _APOSTROPHE_FIGURE.match(text):
        return text.replace("'", ",").replace("\u2019", ",")
    return text


def indent_of(text: str) -> int:
    """The no-break (and en, em, figure) spaces a line of a cell opens with: its indentation."""
    stripped = text.lstrip(" \t\r\n")
    return len(stripped) - len(stripped.lstrip("\u00a0\u2002\u2003\u2007 "))


def _visit_in_cell(element: lxml.etree._Element, lines: list[str], buffer: list[str]) -> None:
    """An element of a cell into `buffer` (its text, its children's, its tail); <br> and block elements
    end the line so far, which goes to `lines`. A module function, not a closure made for every cell."""
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIPPED or is_hidden(element):  # a comment, a script, hidden
        if element.tail:
            buffer.append(element.tail)
        return
    if tag == "sup" or _raised(element.get("style")) or _small_mark(element):
        buffer.append(f"{_MARK_OPEN}{''.join(element.itertext())}{_MARK_CLOSE}")
        if element.tail:
            buffer.append(element.tail)
        return
    block = tag in BLOCKS
    if tag == "br" or (block and buffer):
        # Every <br> ends a line, an empty one too ("A<br><br>B", a cell opening with <br>, Word's
        # "<p><br></p>"): the browser shows it, and a column of lines lines up only with it kept.
        lines.append("".join(buffer))
        buffer.clear()
    if element.text:
        buffer.append(element.text)
    for child in element:
        _visit_in_cell(child, lines, buffer)
    if block and buffer:
        lines.append("".join(buffer))
        buffer.clear()
    if element.tail:
        buffer.append(element.tail)


def _first_block_style(cell: lxml.etree._Element) -> str | None:
    """The style attribute of the paragraph a cell's text sits in (Word and Workiva indent the <p>, not the
    <td>): "" for a paragraph without one, None for a cell without a paragraph. libxml2 finds the <p> and
    <div> elements among the descendants (the cell itself is a <td> or <th>, never one of them)."""
    for child in cell.iter("p", "div"):
        if child.text or len(child):
            return child.get("style") or ""
    return None


def collapse(text: str) -> str:
    """Every run of spaces (no-break, en and em spaces too) as one, but a wide gap between two figures as two
    ("410&nbsp;&nbsp;&nbsp;&nbsp;880": two figures a cell, as some 1990s exhibits set a pair of years' figures,
    never the one figure 410,880 a thousands group apart)."""
    if not _FIGURE_GAP.search(text):
        return " ".join(text.split())
    return "  ".join(" ".join(part.split()) for part in _FIGURE_GAP.split(text))


# What starts a second figure after a gap: a sign or "$" and digits, never a footnote's mark
# ("1,291&nbsp;&nbsp;&nbsp;(2)": the mark is the figure's).
_NEXT_FIGURE = r"(?!\(\d{1,2}\)(?![\d,.]))[$(\-\u2013\u2014]?\s?\d"
# Two or more spaces after a figure and before the next one ("$ 24,815      $ 27,390", "(37)   61").
_FIGURE_GAP = re.compile(rf"(?<=[\d)%])\s{{2,}}(?={_NEXT_FIGURE})")


@functools.lru_cache(maxsize=4096)
def is_numeric(text: str) -> bool:
    """Whether a cell's text is one figure (cached: the grid asks it of a cell's text when finding the sign
    columns, joining decorations and marking figure cells, and the layout again)."""
    compact = "".join(text.split())  # a converter's line break inside the cell ("<td>\n<p>9.14") is no digit
    return bool(compact) and parse_number(compact) is not None and not _TWO_FIGURES.search(text)


# Digits, a space, and digits that are no thousands group after them, or figures a wide gap apart
# (`collapse`): two figures in one cell ("2006&nbsp;&nbsp;2005" under a heading spanning both years'
# columns), never the one their digits would run into.
_TWO_FIGURES = re.compile(rf"\d\s+(?!\d{{3}}(?!\d))\d|[\d)]\s\s+{_NEXT_FIGURE}")
