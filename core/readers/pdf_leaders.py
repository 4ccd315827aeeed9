"""A PDF page's layout text with its dot leaders kept out of the room its figures need (round 633).

pypdf's layout mode sets each run of text at the column its x position calls for, or right after the text
before it where that text ran past the column. One fixed-width column is wider than a dot, so leaders
drawn dot by dot at a closer pitch (2.2 pt dots beside a 2.7 pt column) run past the place they end on the
page and push the first figure right, until it touches the next column's figure ("Net income
....15,08510,860": 48 pt of white space part the two on the page; the row lost its concept, its figures
glued into the label). Leaders are filler: where they would push a figure, dots are dropped from their end
until the figure stands at its own column, one space after them. A line without such leaders is laid out
exactly as pypdf lays it out.

The placement reads pypdf's private layout steps (the text runs of each line, the column width); a pypdf
whose steps differ keeps its own layout text.
"""

from __future__ import annotations

from collections.abc import Callable
from math import ceil
from typing import TYPE_CHECKING, Any

from core.vocabulary import FIGURE_CELL_OPENING, LEADER_DOTS_AT_THE_END

if TYPE_CHECKING:
    from pypdf import PageObject

# pypdf's own caps on the spaces before a run and the blank lines before a line.
_WHITESPACE_LIMIT = 10_000
_NEWLINE_LIMIT = 1_000
# pypdf's defaults for extract_text(extraction_mode="layout").
_SCALE_WEIGHT = 1.25
_CONTROLS_AS_SPACES = str.maketrans(dict.fromkeys(range(14, 32), " "))
# How far back from a pushed figure leaders are looked for: a hostile page's every figure drawn over one
# endless row of dots costs no more than this each.
_LEADER_REACH = 1_000


def text_runs(page: PageObject) -> list[dict[str, Any]] | None:
    """The page's runs of text as pypdf's layout mode places them (`PageObject._layout_mode_text`); None where
    the page draws none or this pypdf's private steps are not the ones read here."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ArrayObject, ContentStream, StreamObject

        contents = page.get("/Contents")
        if contents is not None:
            contents = contents.get_object()
        if not isinstance(contents, (ArrayObject, StreamObject)):
            return None
        operations = iter(ContentStream(contents, page.pdf, "bytes").operations)
        runs: list[Any] = _layout_mode.text_show_operations(operations, page._layout_mode_fonts(), True, None)
    except (ImportError, AttributeError, TypeError):  # another pypdf's internals
        return None
    return runs or None


def run_lines(runs: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]] | None:
    """The runs grouped into the page's lines, top to bottom, as pypdf's layout mode groups them."""
    try:
        from pypdf._text_extraction import _layout_mode

        lines: dict[int, list[Any]] = _layout_mode.y_coordinate_groups(runs, None)  # type: ignore[arg-type]
    except (ImportError, AttributeError, TypeError):
        return None
    return lines


def layout_text(page: PageObject, runs: list[dict[str, Any]] | None = None,
                left_out: Callable[[dict[str, Any]], bool] | None = None) -> str:
    """The page's fixed-width text, laid out as pypdf's layout mode lays it out, leaders giving way to figures,
    the runs `left_out` names (page furniture) left blank where they stood; pypdf's own layout text where its
    private steps are not the ones read here."""
    runs = text_runs(page) if runs is None else runs
    placed = None if runs is None else _laid_out_with_leaders_as_filler(runs, left_out)
    return (page.extract_text(extraction_mode="layout") or "") if placed is None else placed


def _laid_out_with_leaders_as_filler(runs: list[dict[str, Any]],
                                     left_out: Callable[[dict[str, Any]], bool] | None) -> str | None:
    """The runs laid out as pypdf's layout mode does, leaders giving way to figures; None where this pypdf's
    private steps are not the ones read here. The column width is the whole page's, furniture and all, so
    that leaving furniture out moves no column."""
    try:
        from pypdf._text_extraction import _layout_mode

        lines = run_lines(runs)
        char_width = _layout_mode.fixed_char_width(runs, _SCALE_WEIGHT)  # type: ignore[arg-type]
    except (ImportError, AttributeError, TypeError):  # another pypdf's internals
        return None
    if lines is None:
        return None
    return _fixed_width_page(lines, char_width, left_out)


def _fixed_width_page(lines: dict[int, list[Any]], char_width: float,
                      left_out: Callable[[dict[str, Any]], bool] | None = None) -> str:
    """pypdf's `fixed_width_page` (blank lines from the distance between lines, each run at the column its
    x calls for or right after the text before it), but for a figure the leaders before it would push, and
    the runs `left_out` names left blank (a line of them only a blank line, so every line keeps its place)."""
    out: list[str] = []
    last_y = 0
    for y, runs in lines.items():
        if out:
            height = runs[0]["font_height"]
            blank = 0 if height == 0 else int(abs(y - last_y) / height) - 1
            out.extend([""] * min(blank, _NEWLINE_LIMIT))
        kept = runs if left_out is None else [run for run in runs if not left_out(run)]
        line = ""
        last_end = 0.0
        for run in kept:
            x = run["tx"]
            text = run["text"].translate(_CONTROLS_AS_SPACES)
            column = int(x // char_width) if char_width else len(line)
            leaders_cut = False
            if column <= len(line) and FIGURE_CELL_OPENING.match(text):
                # the leaders' dots from a little before the figure's column are enough to place it
                leaders = LEADER_DOTS_AT_THE_END.search(line, max(0, column - 8, len(line) - _LEADER_REACH))
                if leaders is not None:
                    # the first dot stays: it may be the label's own full stop ("Net inc.")
                    keep = max(leaders.start() + 1, column - 1)
                    leaders_cut = keep < len(line)
                    line = line[:keep]
            spaces = max(column - len(line), 1) if leaders_cut else column - len(line)
            if spaces > 0 and (leaders_cut or ceil(last_end) < int(x)):
                line += " " * min(spaces, _WHITESPACE_LIMIT)
            line += text
            last_end = run["displaced_tx"]
        line = line.rstrip()
        if line.strip() or out or len(kept) < len(runs):
            out.append(line)
        last_y = y
    return "\n".join(out)
