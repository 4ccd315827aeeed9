"""A row whose cells are only currency signs ("Net loss   $      $      $"), its figures on the line under
them: w3m breaks a cell too narrow for "$   (12,848)" after its sign. In a table whose rows are stacked in
single cells split by <BR> (a label cell of several lines beside figure cells of as many), that break pushes
every figure after it a line down, beside the next label: "Net loss  $" / "Basic and diluted net loss per share
(12,848)" / "Weighted average shares used in  $ (0.41)" / "computing basic and diluted net loss  31,402"
(round 654: the signs' row had been joined to the next label, every figure read a row too low, the EPS as
-12,848 and the counts as -410)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.tables.columns import column_of, disjoint_ends, place
from core.tables.lines import ClassifiedLine, Column, LineKind, label_cut_at_a_connector
from core.tables.numbers import Cell
from core.tables.raw import RawRow
from core.tables.sums import half_unit, parts_summed, run_adding_up
from core.vocabulary import CURRENCY_SIGN_ALONE

_TOKEN = re.compile(r"\S+")
# The least gap between a label's words and the first cell, as the line reader parts them.
_GAP = 2


@dataclass(frozen=True, slots=True)
class SignsMoved:
    """What `figures_under_their_signs` changed: the lines, each line now carrying figures printed on another
    line (and that line), and the lines of figures left with no label, read with the row above."""

    lines: list[ClassifiedLine]
    figures_from: dict[int, int]
    taken: set[int]

    def widened(self, row: RawRow) -> RawRow:
        """The row's source lines reaching the line its figures were printed on."""
        moved = [source for host, source in self.figures_from.items() if row.first_line <= host <= row.last_line]
        if not moved:
            return row
        return dataclasses.replace(row, first_line=min(row.first_line, *moved), last_line=max(row.last_line, *moved))


def figures_under_their_signs(lines: list[ClassifiedLine], columns: Sequence[Column]) -> SignsMoved:
    """The table's lines with each row of signs alone given the figures under its signs. The line under the
    signs is that row's, and no row of its own, where it prints figures under every sign and no label; where
    it prints a label of its own, only where the arithmetic proves its figures a result of the rows above
    (their sum, or the last less the one before: "Loss from operations" and "Interest income, net" come to
    the net loss), and then every label of the stacked cell takes the figures a line under it, as long as the
    run of figure lines lasts and no label is left over (a label wrapped onto a second line is one label)."""
    result = list(lines)
    figures_from: dict[int, int] = {}
    taken: set[int] = set()
    if not columns:
        return SignsMoved(result, figures_from, taken)
    starts = [column.start for column in columns]
    ends = disjoint_ends(list(columns))
    for index, line in enumerate(result):
        signs = _signs_alone(line)
        if signs is None or index + 1 >= len(result):
            continue
        words, positions = signs
        below = result[index + 1]
        if (below.number != line.number + 1 or below.kind is not LineKind.DATA
                or not _under_the_signs(positions, below, columns, starts, ends)):
            continue
        without_signs = _blanked(line.text, positions)
        if not below.label:
            # the figures wrapped under their own row: the row's label keeps no signs, and joins them as before
            result[index] = line._replace(text=without_signs, label=words)
            continue
        if below.label[:1].islower() or label_cut_at_a_connector(words):
            continue  # the label runs on under the signs: one row, as the line reader joins it
        cells = place(below, list(columns), False, starts, ends)[1]
        if not _a_result_of_the_rows_above(result[:index], cells, columns, starts, ends):
            continue
        shifted = _shifted_up(result, index, line._replace(text=without_signs, label=words))
        if shifted is not None:
            for number, replacement in shifted[0].items():
                result[number - line.number + index] = replacement
            figures_from.update(shifted[1])
            taken.update(shifted[2])
    return SignsMoved(result, figures_from, taken)


def _signs_alone(line: ClassifiedLine) -> tuple[str, list[tuple[int, str]]] | None:
    """A line of words then only currency signs, a column gap apart: the words and each sign's place."""
    if line.kind is not LineKind.TEXT:
        return None
    tokens = list(_TOKEN.finditer(line.text))
    count = 0
    while count < len(tokens) and CURRENCY_SIGN_ALONE.fullmatch(tokens[-1 - count].group()):
        count += 1
    if not count or count == len(tokens):
        return None
    words_end = tokens[-1 - count].end()
    first_sign = tokens[-count]
    words = line.text[:words_end].strip()
    if first_sign.start() - words_end < _GAP or not any(character.isalpha() for character in words):
        return None
    return words, [(token.start(), token.group()) for token in tokens[-count:]]


def _under_the_signs(positions: list[tuple[int, str]], below: ClassifiedLine, columns: Sequence[Column],
                     starts: list[int], ends: list[int] | None) -> bool:
    """Whether the line's figures stand in the columns of the signs, one under each and no more."""
    placed = place(below, list(columns), False, starts, ends)[1]
    filled = {index for index, cell in enumerate(placed) if cell is not None}
    signed = {column_of(Cell(sign, start, start + len(sign), start + len(sign), Decimal(0), has_currency=True),
                        list(columns), starts, ends) for start, sign in positions}
    return len(signed) == len(positions) and signed == filled and len(below.cells) == len(filled)


def _blanked(text: str, positions: list[tuple[int, str]]) -> str:
    """The line with its signs set as spaces, every other character where it stood."""
    for start, sign in positions:
        text = text[:start] + " " * len(sign) + text[start + len(sign):]
    return text


def _a_result_of_the_rows_above(above: Sequence[ClassifiedLine], cells: Sequence[Cell | None],
                                columns: Sequence[Column], starts: list[int], ends: list[int] | None) -> bool:
    """Whether the figures are the sum of a run of two rows or more ending right above (each printed sum
    standing for its parts), or the last row less the one before it (a result after its tax), in every
    column they print."""
    rows = [RawRow(label, placed, line.number, line.number, line.indent, "", False)
            for line in above if line.kind is LineKind.DATA
            for label, placed in (place(line, list(columns), False, starts, ends),)]
    stack = parts_summed(rows)
    if len(stack) < 2:
        return False
    if run_adding_up(stack, cells) >= 2:
        return True
    return _the_last_less_the_one_before(stack[-2], stack[-1], cells)


def _the_last_less_the_one_before(before: RawRow, last: RawRow, cells: Sequence[Cell | None]) -> bool:
    """Whether the figures are the row before less the last row in every column they print ("Income before
    income taxes" less "Income taxes"), each within the rounding of its two parts."""
    compared = False
    for column, cell in enumerate(cells):
        if cell is None or cell.is_percent:
            continue
        first, second = before.cells[column], last.cells[column]
        if first is None or second is None or abs(first.value - second.value - cell.value) > half_unit(cell) * 2:
            return False
        compared = True
    return compared


def _shifted_up(lines: list[ClassifiedLine], index: int, signs: ClassifiedLine
                ) -> tuple[dict[int, ClassifiedLine], dict[int, int], set[int]] | None:
    """Each label of the stacked cell from the signs' line on, with the figures of the next line of the run
    of figure lines under it: the lines as they now read (by number), the figures' lines by the line now
    carrying them, and a last line of figures with no label. None where the labels and the figure lines do
    not pair off one for one."""
    run_end = index + 1
    while (run_end + 1 < len(lines) and lines[run_end + 1].number == lines[run_end].number + 1
           and lines[run_end + 1].kind is LineKind.DATA):
        run_end += 1
    stack = [signs, *lines[index + 1: run_end + 1]]
    entries: list[list[int]] = []  # each label's lines, by position in `stack`
    for position, line in enumerate(stack):
        if not line.label:
            if position != len(stack) - 1:
                return None  # figures with no label inside the run: no stacked cell
            continue
        if entries and (line.label[:1].islower() or label_cut_at_a_connector(
                " ".join(stack[p].label for p in entries[-1]))):
            entries[-1].append(position)
        else:
            entries.append([position])
    if len(entries) != len(stack) - 1:
        return None
    replaced: dict[int, ClassifiedLine] = {}
    figures_from: dict[int, int] = {}
    for offset, entry in enumerate(entries):
        figures = stack[offset + 1]
        host = entry[-1]
        for position in entry[:-1]:
            replaced[stack[position].number] = _words_alone(stack[position])
        text = _words_beside(" " * stack[host].indent + stack[host].label, figures)
        if text is None:
            return None
        replaced[stack[host].number] = ClassifiedLine(stack[host].number, text, LineKind.DATA, stack[host].label,
                                                      stack[host].indent, figures.cells)
        if figures.number != stack[host].number:
            figures_from[stack[host].number] = figures.number
    taken = {stack[-1].number} if not stack[-1].label else set()
    return replaced, figures_from, taken


def _words_beside(words: str, figures: ClassifiedLine) -> str | None:
    """The label's words set beside the figures of another line, each figure where it stood: the words may run
    over the blanks and currency signs before the first figure (w3m sets a "$" a space after the longest
    label), never over the figure. None where they would."""
    first = figures.cells[0]
    figure = next((position for position in range(first.start, first.end)
                   if not CURRENCY_SIGN_ALONE.match(figures.text, position) and not figures.text[position].isspace()),
                  first.start)
    if len(words) + 1 > figure:
        return None
    figure_part = figures.text[len(words):]
    if len(words) < first.start:
        figure_part = " " * (first.start - len(words)) + figures.text[first.start:]
    return words + figure_part


def _words_alone(line: ClassifiedLine) -> ClassifiedLine:
    """The line's label as a line of words, its figures gone to the label above."""
    return ClassifiedLine(line.number, " " * line.indent + line.label, LineKind.TEXT, line.label, line.indent, ())
