"""Text that lost its layout: figures one to a line, away from their labels.

Text taken from a PDF without its layout (`pdftotext` without `-layout`), or from a web page by a browser
that prints each table cell on a line of its own (lynx on tables of block cells), puts a row's figures
before its label, after it, or all of a column's figures after all of the labels. Which label a figure
belongs to is then a guess, and a guess can still add up: such a text is refused with a message that says
what to upload instead. A markdown scrape, which prints each label and then its figures, is read
(core.tables.cell_per_line).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

_LONE_FIGURE = re.compile(r"[ \t]*\$?[ \t]*\(?-?\$?\d[\d,]*(?:\.\d+)?\)?[ \t]*%?[ \t]*$")
_LONE_SYMBOL = re.compile(r"\s*[$%]\s*$")
_FIGURES_IN_A_ROW = re.compile(r"\d[\d,.]*\)?\s{2,}\$?\s*\(?\d")
_DIGIT = re.compile(r"\d")
# At least this many figures alone on their lines before the text is judged at all.
_MIN_LONE = 30
# Lone figures per row of figures: past this, the text holds no tables laid out in rows.
_LONE_PER_ROW = 5
# A "$" alone on a line this often, or this many runs of labels followed by runs of their figures.
_MIN_SYMBOLS = 3
_MIN_COLUMN_BLOCKS = 2
_BLOCK = 4
# A figure alone on its line is short: longer lines need not be asked (most of a release's lines are).
_SHORT = 40


def lost_layout(lines: Sequence[str], explained: Collection[int] = ()) -> str | None:
    """Why the text's tables cannot be read (None when they can): how many figures stand alone. Lines
    `explained` (1-based: the tables a markdown scrape printed one cell a line, each label followed by its
    figures) are read, so their figures count for nothing here."""
    lone = [len(line) <= _SHORT and _LONE_FIGURE.match(line) is not None and number not in explained
            for number, line in enumerate(lines, 1)]
    count = sum(lone)
    if count < _MIN_LONE:
        return None
    rows = sum(1 for line in lines if _FIGURES_IN_A_ROW.search(line))
    if count < _LONE_PER_ROW * max(1, rows):
        return None
    symbols = sum(1 for number, line in enumerate(lines, 1) if _LONE_SYMBOL.fullmatch(line) and number not in explained)
    if symbols < _MIN_SYMBOLS and _column_blocks(lines, lone) < _MIN_COLUMN_BLOCKS:
        return None
    return (f"its figures stand one to a line, apart from their labels ({count:,} lines hold a figure alone, "
            f"{symbols:,} a lone currency or percent sign), so which label each belongs to cannot be read: "
            "upload the release's PDF or HTML itself, or extract its text with `pdftotext -layout`")


def _column_blocks(lines: Sequence[str], lone: Sequence[bool]) -> int:
    """Runs of label lines followed by as long a run of lone figures: a table printed column by column."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    blocks = 0
    position = 0
    while position < len(filled):
        labels = position
        while labels < len(filled) and not _DIGIT.search(lines[filled[labels]]):
            labels += 1
        figures = labels
        while figures < len(filled) and lone[filled[figures]]:
            figures += 1
        if labels - position >= _BLOCK and figures - labels >= _BLOCK:
            blocks += 1
        position = max(figures, position + 1)
    return blocks
