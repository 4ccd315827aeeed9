"""Text that lost its layout: figures one to a line, away from their labels.

Text taken from a PDF without its layout (`pdftotext` without `-layout`), or from a web page by a browser
that prints each table cell on a line of its own (lynx on tables of block cells), puts a row's figures
before its label, after it, or all of a column's figures after all of the labels. Which label a figure
belongs to is then a guess, and a guess can still add up: such tables are never read. A markdown scrape,
which prints each label and then its figures, is read (core.tables.cell_per_line); where a text holds
both and sets each cell a paragraph of its own (`cells_as_paragraphs`: a web page's scrape, in the
page's row order), only the tables printed that way are read, with a warning naming where the others
stand (`lost_places`); any other such text, or one with no statement among them, is refused with a
message that says what to upload instead. A table read in rows whose labels are often such a cell's
pieces ("$", ")", a figure: lynx setting each cell a line, its figures indented) has lost its layout too,
and is held back (`pieces_for_labels`); a row so labelled in a table that kept it has no label.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence

from core.tables.raw import RawRow, RawTable
from core.vocabulary import CURRENCY_SIGN_ALONE

# (a figure alone on its line, or run on from the rule drawn under the figure above it: "---------$4,786",
# as text taken from a PDF without its layout joins a rule's glyphs to the next figure)
_LONE_FIGURE = re.compile(r"[ \t]*(?:[-=_]{3,}[ \t]*)*\$?[ \t]*\(?-?\$?\d[\d,]*(?:\.\d+)?\)?[ \t]*%?[ \t]*$")
_RULE = re.compile(r"[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})*[ \t]*$")
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
# Or this many runs of figures alone on their lines, each this long with no label between them (a rule
# between two figures is no label): a column's figures printed after its labels and headers.
_MIN_LONG_RUNS = 2
_LONG_RUN = 8
_BLOCK = 4
# A figure alone on its line is short: longer lines need not be asked (most of a release's lines are).
_SHORT = 40
# Lines followed by a blank line, of all the filled ones, in a text that sets each cell a paragraph apart.
_PARAGRAPH_SHARE = 0.95
# Lone figures this close belong to one stretch of tables, whatever blank, label or dash lines stand between
# them (a scrape sets each cell a line apart from the next, and its tables a title apart).
_PLACE_GAP = 30
# Rows labelled by a cell's pieces, at least this many and this share of a table's rows: its layout is lost.
_MIN_PIECES = 2
_PIECES_SHARE = 0.25


def lost_layout(lines: Sequence[str], explained: Collection[int] = ()) -> str | None:
    """Why the text's tables cannot be read (None when they can): how many figures stand alone. Lines
    `explained` (1-based: the tables a markdown scrape printed one cell a line, each label followed by its
    figures) are read, so their figures count for nothing here."""
    lone = [_alone(number, line, explained) for number, line in enumerate(lines, 1)]
    count = sum(lone)
    if count < _MIN_LONE:
        return None
    rows = sum(1 for line in lines if _FIGURES_IN_A_ROW.search(line))
    if count < _LONE_PER_ROW * max(1, rows):
        return None
    pieces = _pieces_of_figures(lines, lone)
    symbols = sum(1 for number, line in enumerate(lines, 1)
                  if _LONE_SYMBOL.fullmatch(line) and number not in explained and number not in pieces)
    if (symbols < _MIN_SYMBOLS and _column_blocks(lines, lone) < _MIN_COLUMN_BLOCKS
            and _long_runs(lines, lone) < _MIN_LONG_RUNS):
        return None
    return (f"its figures stand one to a line, apart from their labels ({count:,} lines hold a figure alone, "
            f"{symbols:,} a lone currency or percent sign), so which label each belongs to cannot be read: "
            "upload the release's PDF or HTML itself, or extract its text with `pdftotext -layout`")


def _pieces_of_figures(lines: Sequence[str], lone: Sequence[bool]) -> set[int]:
    """The lines (1-based) of a lone currency sign right over a figure alone on its line and of a lone ")",
    ")%" or "%" right under one, blank lines between aside: the pieces of that figure's cell, as a scrape of
    an HTML table that sets the sign and the closing parenthesis in cells of their own prints them, no signs
    standing apart from the figures (core.tables.cell_per_line.cells_joined reads them joined). Round 713: a
    statement's every "$" and "%" counted as loose signs, its tables refused whole as text that lost its
    layout."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    pieces: set[int] = set()
    for before, index, after in zip([None, *filled[:-1]], filled, [*filled[1:], None], strict=True):
        word = lines[index].strip()
        if (word in _SIGNS_BEFORE and after is not None and lone[after]) or (
                word in _CLOSERS_AFTER and before is not None and lone[before]):
            pieces.add(index + 1)
    return pieces


# A cell's pieces a scrape sets on lines of their own: the sign before its figure, the closers after it.
_SIGNS_BEFORE = frozenset({"$", "US$", "\u20ac", "\u00a3"})
_CLOSERS_AFTER = frozenset({")", ")%", "%"})


def cells_as_paragraphs(lines: Sequence[str]) -> bool:
    """Each line a paragraph of its own, a blank line after nearly every one: a scrape of a web page, whose
    cells follow each other in the page's row order, so that a table that printed each label and then its
    figures can be read however the rest of the text lost its layout. Text taken from a PDF without its
    layout runs its lines together, in the order the PDF drew them (a column's labels, then its figures):
    none of its tables is read, whatever order some of them seem to keep."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    apart = sum(1 for index in filled if index + 1 < len(lines) and not lines[index + 1].strip())
    return bool(filled) and apart >= _PARAGRAPH_SHARE * len(filled)


def lost_places(lines: Sequence[str], explained: Collection[int] = ()) -> list[tuple[int, int]]:
    """The first and last line (1-based) of each stretch of figures standing alone outside the lines
    `explained`: where a reader of part of the text says what it left unread. Lone figures fewer than
    `_PLACE_GAP` lines apart are one stretch (a table's rows, with the blank lines a scrape puts between)."""
    places: list[tuple[int, int]] = []
    for number, line in enumerate(lines, 1):
        if not _alone(number, line, explained):
            continue
        if places and number - places[-1][1] <= _PLACE_GAP:
            places[-1] = (places[-1][0], number)
        else:
            places.append((number, number))
    return places


def _alone(number: int, line: str, explained: Collection[int]) -> bool:
    """A figure on a line of its own (1-based `number`) that no table read one cell a line explains."""
    return len(line) <= _SHORT and number not in explained and _LONE_FIGURE.match(line) is not None


def _long_runs(lines: Sequence[str], lone: Sequence[bool]) -> int:
    """Runs of `_LONG_RUN` figures or more, each alone on its line, nothing but blank lines and rules between
    them. A table laid out in rows never prints one; nor does a scrape printing each label and then its
    figures, unless its rows are that wide (and it is read, `explained`, before this is asked again)."""
    runs = 0
    length = 0
    for index, line in enumerate(lines):
        if lone[index]:
            length += 1
            runs += length == _LONG_RUN
        elif line.strip() and not _RULE.match(line):
            length = 0
    return runs


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


def a_cells_piece(label: str) -> bool:
    """A row's label that names nothing: currency signs, brackets, punctuation or a figure alone ("$", ")",
    "120", "$86,250)"), the piece of a cell or of a wrapped label a renderer set where a label stands. A
    statement's line is named by words; an empty label (an unlabelled total) is no piece."""
    words = [word for word in label.split() if not CURRENCY_SIGN_ALONE.fullmatch(word)]
    return bool(label.strip()) and not any(character.isalpha() for word in words for character in word)


def pieces_for_labels(table: RawTable) -> int:
    """How many of the table's rows are labelled by a cell's piece, where they are common enough to say the
    table lost its layout (0 where not). lynx printing each cell of an HTML table on a line of its own, its
    figures indented far right, its "$" and ")" on lines of their own, has the line reader take "$" and ")"
    for labels and pair figures with the columns they are not in (round 667: the cash of a year before
    printed as the quarter's, "Accumulated deficit" given the other column's figure, with no warning)."""
    pieces = sum(1 for row in table.rows if a_cells_piece(row.label))
    return pieces if pieces >= _MIN_PIECES and pieces >= _PIECES_SHARE * len(table.rows) else 0


def without_pieces_for_labels(table: RawTable) -> RawTable:
    """The table with each row labelled by a cell's piece left unlabelled: a stray ")" or a wrapped label's
    last figures ("$86,250)") name no line, and a row is never printed under them."""
    if not any(a_cells_piece(row.label) for row in table.rows):
        return table
    return dataclasses.replace(table, rows=tuple(_unlabelled(row) for row in table.rows))


def _unlabelled(row: RawRow) -> RawRow:
    return dataclasses.replace(row, label="") if a_cells_piece(row.label) else row
