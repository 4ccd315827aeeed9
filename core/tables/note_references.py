"""A column of references to the notes to the statements, between a table's labels and its figures.

IFRS statements and other foreign issuers' releases print, left of the periods' figures, a column headed
"Notes" (or "Note", "Note ref.") holding the number of the note that explains a row ("Revenue   4   1,234.5",
"Cash and cash equivalents   11   845.1"), blank on the rows no note explains. Read as figures, that column had
taken the first period's head and dropped the real first period as a repeat (round 726: revenue printed as
4,000,000, EPS as 8); left of every column it had been glued onto the label ("Cash and cash equivalents 11"),
which then named no concept. The column's head decides what it is, and the arithmetic confirms it: its cells
are small whole numbers, each beside the row's own figures, and the totals and subtotals, which sum the rows
and cite no note, leave it blank. Such a column is neither a period nor part of any label: its cells and its
head are taken out of the lines before the columns are found."""

from __future__ import annotations

import re

from core.tables.lines import ClassifiedLine, LineKind, classify
from core.tables.numbers import Cell
from core.vocabulary import NOTES_COLUMN_HEAD

# A phrase of a header line: words one space apart, two spaces or more from the next phrase.
_PHRASE = re.compile(r"\S+(?: \S+)*")
# A note's reference as its column prints it: a whole number of one or two digits, perhaps a letter after it
# ("4", "12", "4a"); never a decimal, a thousands group or a negative's parentheses, which are figures.
_REFERENCE = re.compile(r"\d{1,2}[a-z]?")


def notes_column(heads: list[ClassifiedLine], data: list[ClassifiedLine]) -> tuple[int, int] | None:
    """Where a column of note references stands (its head's and its cells' extent), or None: a phrase of the
    header alone naming notes (`vocabulary.NOTES_COLUMN_HEAD`) with cells under it that are every one a note's
    reference, each its row's first figure with more figures after it, and rows of figures that leave it blank
    (a total cites no note). A head over anything else, a column of small figures under no such head ("Number of
    stores   4   5"), or a column filled on every row is left as printed."""
    for line in heads:
        for phrase in _PHRASE.finditer(line.text):
            if NOTES_COLUMN_HEAD.fullmatch(phrase.group()) is None:
                continue
            span = _referenced_span(phrase.start(), phrase.end(), data)
            if span is not None:
                return span
    return None


def _referenced_span(start: int, end: int, data: list[ClassifiedLine]) -> tuple[int, int] | None:
    """The extent of the head and the cells standing under it, where those cells are note references as
    `notes_column` says; else None."""
    under = [(line, cell) for line in data for cell in line.cells if _overlaps(cell, start, end)]
    if not under or not all(_a_reference_beside_figures(line, cell) for line, cell in under):
        return None
    referenced = {line.number for line, _ in under}
    if not any(line.cells and line.number not in referenced for line in data):
        return None  # filled on every row: a column of figures, whatever its head says
    return min(start, *(cell.start for _, cell in under)), max(end, *(cell.end for _, cell in under))


def _overlaps(cell: Cell, start: int, end: int) -> bool:
    return cell.start < end and cell.end > start


def _a_reference_beside_figures(line: ClassifiedLine, cell: Cell) -> bool:
    """Whether a cell under the head is a note's reference: a small whole number, the row's first figure, with
    the row's own figures after it (a reference explains a row; it is never the row's only number)."""
    return (_REFERENCE.fullmatch(cell.text) is not None and not cell.has_currency
            and cell is line.cells[0] and len(line.cells) > 1)


def without_references(lines: list[ClassifiedLine], span: tuple[int, int]) -> list[ClassifiedLine]:
    """The lines with the column of note references blanked: a row's reference cell taken out of its cells and
    its text, so that the column neither heads a period nor joins the label; a header line's head taken out of
    its text (and label), so that it names no column."""
    return [_without_reference(line, span) for line in lines]


def _without_reference(line: ClassifiedLine, span: tuple[int, int]) -> ClassifiedLine:
    start, end = span
    kept = tuple(cell for cell in line.cells if not (_overlaps(cell, start, end)
                                                     and _REFERENCE.fullmatch(cell.text)))
    if len(kept) < len(line.cells):
        gone = [cell for cell in line.cells if cell not in kept]
        return line._replace(text=_blanked(line.text, [(cell.start, cell.end) for cell in gone]), cells=kept)
    named = [(m.start(), m.end()) for m in _PHRASE.finditer(line.text)
             if NOTES_COLUMN_HEAD.fullmatch(m.group()) and m.start() < end and m.end() > start]
    if not named:
        return line
    text = _blanked(line.text, named)
    read = classify(line.number, text)
    # (a line that held nothing but the head keeps its place among the header's lines, its words gone)
    return line._replace(text=text, label="", cells=()) if read.kind is LineKind.BLANK else read


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars).rstrip()
