"""HTML that places each run of text by CSS (`position:absolute; left:..; top:..`), as converters from PDF
write it: no table holds the figures, only their places on the page. The runs are set back on a grid of
characters, line by line, so that the text table reader sees the columns a browser shows.

Words are set where they start (labels are left-aligned); figures where they end (numbers are
right-aligned in their columns, and a column's figures of different lengths end together). A run's width
is estimated from its characters' widths in a common proportional font, which is what a figure's end is
computed from.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

import lxml.etree

from core.limits import MAX_POSITIONED_RUNS, refusal
from core.readers.html.cell_text import is_numeric
from core.readers.html.markup import tag_name
from core.readers.html.wrap import PROSE_LINE, wrap_paragraph

# Fewer placed runs than this are a logo or a footer, no page of figures.
_MIN_RUNS = 20
# No page is wider than this many characters of its text (a letter page at 7pt is about 200): a run placed
# farther out ("left:99999999px") stands at the edge, so that no line grows with a number in the markup.
_MAX_COLUMNS = 400
_POSITION = re.compile(r"position\s*:\s*absolute", re.IGNORECASE)
_RELATIVE = re.compile(r"position\s*:\s*relative", re.IGNORECASE)
_LENGTH = {name: re.compile(rf"(?:^|;)\s*{name}\s*:\s*(-?[\d.]+)\s*(px|pt)?", re.IGNORECASE)
           for name in ("left", "top", "font-size", "width")}
# Widths of characters in ems, as in the common proportional fonts (Arial, Helvetica, Times): digits are
# of one width in all of them, so a column of figures ends at one place.
_NARROW = frozenset(",.;:'|!il()[]")
_DIGIT_EM = 0.556
_NARROW_EM = 0.278
_OTHER_EM = 0.5


@dataclass(frozen=True, slots=True)
class _Run:
    page: int
    top: float
    left: float
    size: float
    text: str
    prose: bool


def _length(style: str, name: str) -> float | None:
    if name not in style:
        return None
    found = _LENGTH[name].search(style)
    if found is None:
        return None
    value = float(found.group(1))
    return value * 4 / 3 if (found.group(2) or "px").lower() == "pt" else value


def _width(text: str, size: float) -> float:
    return size * sum(_DIGIT_EM if c.isdigit() else _NARROW_EM if c in _NARROW else _OTHER_EM for c in text)


def _runs(root: lxml.etree._Element) -> list[_Run]:
    """The outermost absolutely placed elements with text, each with its page (the positioned block it is
    placed in, in document order)."""
    pages: dict[int, int] = {}
    runs: list[_Run] = []
    stack: list[tuple[lxml.etree._Element, int]] = [(root, -1)]
    while stack:
        element, page = stack.pop()
        if not isinstance(element.tag, str):
            continue
        style = element.get("style") or ""
        if _POSITION.search(style):
            left, top = _length(style, "left"), _length(style, "top")
            text = " ".join("".join(element.itertext()).split())
            if left is not None and top is not None and text:
                if len(runs) >= MAX_POSITIONED_RUNS:
                    raise refusal(f"more than {MAX_POSITIONED_RUNS:,} runs of text placed by position",
                                  "pages with more", "MAX_POSITIONED_RUNS")
                size = _length(style, "font-size") or 13.0
                width = _length(style, "width")
                prose = len(text) >= PROSE_LINE or (width is not None and width > 300 and " " in text
                                                    and not is_numeric(text))
                runs.append(_Run(page, top, left, size, text, prose))
                continue
        if _RELATIVE.search(style) and tag_name(element) in ("div", "section", "body"):
            page = pages.setdefault(id(element), len(pages))
        stack.extend((child, page) for child in reversed(element))
    return runs


def positioned_lines(root: lxml.etree._Element) -> list[str] | None:
    """The page's text set back on a character grid, or None where the document places too little text
    by position to be such a page."""
    runs = _runs(root)
    if len(runs) < _MIN_RUNS:
        return None
    sizes = [run.size for run in runs if not run.prose]
    if not sizes:
        return None
    column = statistics.median(sizes) * _OTHER_EM  # one character of the grid
    lines: list[str] = []
    for page in sorted({run.page for run in runs}):
        placed = sorted((run for run in runs if run.page == page), key=lambda run: (run.top, run.left))
        row: list[_Run] = []
        for run in placed:
            if row and abs(run.top - row[0].top) > row[0].size * 0.5:
                lines.extend(_draw(row, column))
                row = []
            row.append(run)
        if row:
            lines.extend(_draw(row, column))
        lines.append("")
    return lines


def _draw(row: list[_Run], column: float) -> list[str]:
    """One line of the page: prose as a paragraph of its own; words from where they start, figures to
    where they end, never over what stands before them."""
    if any(run.prose for run in row):
        text = " ".join(run.text for run in sorted(row, key=lambda run: run.left))
        return ["", *wrap_paragraph(text), ""]
    pieces: list[str] = []  # joined once: a line of many runs is never copied run by run
    length = 0
    last = ""
    for run in sorted(row, key=lambda run: run.left):
        if is_numeric(run.text) or run.text in ("$", ")", "%"):
            start = round((run.left + _width(run.text, run.size)) / column) - len(run.text)
        else:
            start = round(run.left / column)
        gap = 1 if last and (last.isdigit() or last in ")%") and run.text[:1].isdigit() else 0
        start = max(min(start, _MAX_COLUMNS), length + (1 if length else 0) + gap)
        pieces.append(" " * (start - length) + run.text)
        length = start + len(run.text)
        last = run.text[-1:]
    return ["".join(pieces).rstrip()]
