"""How a drawn statement is typed: the layout choices, the canvas, cells, labels and headers."""

from __future__ import annotations

import calendar
import os
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from hypothesis import strategies as st

from tests.text_renderer.model import ZERO_TOKENS, Column, DrawnStatement, Row, Units
from tests.text_renderer.words import BANK_SHORT, COMPANY_SHORT

_LIKE_A_NOTE_MARK = re.compile(r"\(\d{1,2}\)")

HeaderStyle = Literal["stacked", "merged", "per_column", "per_column_split", "spanned"]
UnitPlace = Literal["title", "left", "under"]


@dataclass(frozen=True)
class Layout:
    col_width: int = 13
    gap: int = 2
    indent: int = 4
    level_step: int = 2
    wrap_width: int = 24
    cont_indent: int = 1
    dollar: Literal["none", "attached", "spaced", "column"] = "attached"
    dollar_on_totals: bool = False
    paren_outside_dollar: bool = False  # ($7,151) instead of $(7,151)
    zero: str = "--"
    hang: bool = True  # the closing parenthesis of a negative sits one place right of the digits
    # "spanned": the duration phrase and both dates over the pair of years, on four lines ("For the 13" /
    # "Weeks Ended" / "July 3, 2004 and" / "June 28, 2003"), as Sears typed its 2004 releases.
    header: HeaderStyle = "stacked"
    header_align: Literal["center", "right"] = "right"
    header_case: Literal["lower", "title", "upper"] = "lower"
    header_blank: bool = False  # a blank line before the line of years (as in the Allos sample)
    group_rule: bool = False  # dashes under the group phrase, spanning its columns
    rules: bool = False  # dashes under the columns before totals
    double_rules: bool = False  # equals signs under the final totals
    title_centered: bool = True
    blank_before: tuple[bool, ...] = ()
    # Where the unit note is typed: in the title block; left of the years, in the label column (wrapped
    # over the line above and the years line where `unit_wrapped`); or centred under the years.
    unit_place: UnitPlace = "title"
    unit_wrapped: bool = False

    def describe(self) -> str:
        return ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__dataclass_fields__ if k != "blank_before")


@st.composite
def layouts(draw: st.DrawFn, statement: DrawnStatement) -> Layout:
    uniform_dates = len({(c.end.month, c.end.day) for c in statement.columns}) == 1
    header_styles: list[HeaderStyle] = ["per_column", "per_column_split"]
    if statement.kind == "operations":
        # A shared "June 30," only reads right when every column of a group ends on the same day.
        same_day_in_groups = all(
            len({(statement.columns[i].end.month, statement.columns[i].end.day) for i in g.columns}) == 1
            for g in statement.groups
        )
        if same_day_in_groups:
            header_styles += ["stacked", "stacked", "merged"]
        # Both dates over the pair name their columns by the years under them, so the years must differ
        # (a 52/53-week year ending January 1, 2009 beside December 31, 2009 would print "2009 2009").
        if all(len(g.columns) == 2 and len({statement.columns[i].end.year for i in g.columns}) == 2
               for g in statement.groups):
            header_styles.append("spanned")
    elif uniform_dates:
        header_styles = ["per_column_split"]
    unit_place: UnitPlace = "title"
    if statement.units.line:
        unit_place = draw(st.sampled_from(["title", "title", "title", "left", "under"]))
    unit_wrapped = unit_place == "left" and statement.units.wrapped is not None and draw(st.booleans())
    if unit_place == "left" and not unit_wrapped and len(statement.units.line or "") > 45:
        # A long note beside the years is typed over two lines, or it goes in the title block.
        unit_wrapped = statement.units.wrapped is not None
        unit_place = "left" if unit_wrapped else "title"
    rows = statement.rows
    blanks = []
    for i, row in enumerate(rows):
        chance = 2 if (row.total or row.heading or row.dollar == "final") else 6
        blanks.append(i > 0 and draw(st.integers(0, chance)) == 0)
    return Layout(
        col_width=draw(st.integers(10, 16)),
        gap=draw(st.integers(1, 20)),
        indent=draw(st.integers(0, 8)),
        level_step=draw(st.integers(2, 4)),
        wrap_width=draw(st.integers(18, 60)),
        cont_indent=draw(st.integers(1, 2)),
        dollar=draw(st.sampled_from(["none", "attached", "attached", "spaced", "column"])),
        dollar_on_totals=draw(st.booleans()),
        paren_outside_dollar=draw(st.integers(0, 4)) == 0,
        zero=draw(st.sampled_from(ZERO_TOKENS)),
        hang=draw(st.booleans()),
        header=draw(st.sampled_from(header_styles)),
        header_align=draw(st.sampled_from(["center", "right"])),
        header_case=draw(st.sampled_from(["lower", "lower", "title", "upper"])),
        header_blank=draw(st.integers(0, 3)) == 0,
        group_rule=draw(st.integers(0, 2)) == 0,
        rules=draw(st.integers(0, 2)) == 0,
        double_rules=draw(st.integers(0, 3)) == 0,
        title_centered=draw(st.integers(0, 4)) > 0,
        blank_before=tuple(blanks),
        unit_place=unit_place,
        unit_wrapped=unit_wrapped,
    )


# --------------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------------


class Collision(Exception):
    """Two pieces of text would touch; the renderer widens the columns and tries again."""


class Canvas:
    """A list of lines where text is placed at columns, refusing to let pieces touch."""

    def __init__(self) -> None:
        self.lines: list[list[str]] = []

    def new_line(self) -> int:
        self.lines.append([])
        return len(self.lines) - 1

    def put(self, line: int, x: int, text: str, pad: int = 2) -> None:
        if x < 0:
            raise Collision(f"negative column for {text!r}")
        chars = self.lines[line]
        if len(chars) < x + len(text) + pad:
            chars.extend(" " * (x + len(text) + pad - len(chars)))
        if any(c != " " for c in chars[max(0, x - pad) : x + len(text) + pad]):
            raise Collision(f"{text!r} at {x} touches {''.join(chars).rstrip()!r}")
        chars[x : x + len(text)] = text

    def text(self) -> str:
        return "\n".join("".join(chars).rstrip() for chars in self.lines)


def recase(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    return text


def amount_text(value: Decimal, row: Row, units: Units, zero: str) -> str:
    """The digits of a cell without sign or `$`: "3,446", "0.23", or the zero token."""
    if row.kind == "per_share":
        return f"{abs(value):,.2f}"
    if value == 0 and row.kind == "amount":
        return zero
    decimals = units.share_decimals if row.kind == "shares" else 0
    return f"{abs(value):,.{decimals}f}"


def cell_text(value: Decimal, row: Row, units: Units, layout: Layout, dollar: bool) -> str:
    digits = amount_text(value, row, units, layout.zero)
    negative = value < 0
    if not dollar or layout.dollar in ("none", "column"):
        return f"({digits})" if negative else digits
    if layout.dollar == "spaced":
        return f"$ ({digits})" if negative else f"$ {digits}"
    if digits in ZERO_TOKENS:
        return f"$ {digits}"
    if negative:
        return f"(${digits})" if layout.paren_outside_dollar else f"$({digits})"
    return f"${digits}"


def wants_dollar(row: Row, layout: Layout, first_with_values: bool) -> bool:
    if layout.dollar == "none" or row.kind == "shares":
        return False
    return row.dollar in ("first", "final") or first_with_values or (row.dollar == "total" and layout.dollar_on_totals)


@dataclass(frozen=True)
class RenderedRow:
    """Where a row landed: the line holding its values (0-based in the statement text) and its cells."""

    line: int
    row: Row
    cells: tuple[str, ...]


@dataclass(frozen=True)
class RenderedStatement:
    statement: DrawnStatement
    layout: Layout
    text: str
    rows: tuple[RenderedRow, ...]


# Parser gap, switched off until core reads it (reported on issue 10): a label wrapped inside a company's
# name, its last line starting with a capital ("Net income attributable to Allos" / " Therapeutics   90"),
# is read as a heading over a row "Therapeutics", so the consolidated "Net income" keeps the net_income
# concept and the EPS check holds the facts back. A typist breaks there as readily as anywhere; while this
# is False the renderer keeps the company names of words.COMPANY_SHORT and BANK_SHORT on one line.
# RELEASE_LENS_WRAP_INSIDE_COMPANY_NAMES=1 switches it on, to check a fix in core.
WRAP_INSIDE_COMPANY_NAMES = os.environ.get("RELEASE_LENS_WRAP_INSIDE_COMPANY_NAMES") == "1"
_NAMES = tuple(sorted({*COMPANY_SHORT.values(), *BANK_SHORT.values()}, key=len, reverse=True))
_NBSP = "\u00a0"


def wrap_label(label: str, width: int) -> list[str]:
    """Wrap like a typist: at word boundaries, at most three lines (widen rather than use a fourth)."""
    if not WRAP_INSIDE_COMPANY_NAMES:
        for name in _NAMES:
            label = label.replace(name, name.replace(" ", _NBSP))
    while True:
        lines = textwrap.wrap(label, width=width, break_long_words=False, break_on_hyphens=False)
        if len(lines) <= 3:
            return [line.replace(_NBSP, " ") for line in lines]
        width += 4


# Wire-service tables were typed for 80-column screens; the widest real ones run to about 110 columns.
MAX_LINE = 110


def render_statement(statement: DrawnStatement, layout: Layout) -> RenderedStatement:
    """Type `statement` in `layout`; widen the columns until no two pieces of text touch, and narrow the
    label column (wrap tighter, smaller gap) while the table is wider than a release would print."""
    while True:
        rendered = _fit(statement, layout)
        widest = max(len(line) for line in rendered.text.splitlines())
        if widest <= MAX_LINE or (layout.wrap_width <= 18 and layout.gap <= 2 and layout.indent == 0):
            return rendered
        layout = replace(
            layout,
            wrap_width=max(18, layout.wrap_width - 6),
            gap=max(2, layout.gap - 4) if layout.wrap_width <= 24 else layout.gap,
            indent=max(0, layout.indent - 2) if layout.wrap_width <= 18 else layout.indent,
        )


def _fit(statement: DrawnStatement, layout: Layout) -> RenderedStatement:
    for extra in range(0, 60):
        try:
            return _render(statement, layout, extra)
        except Collision:
            continue
    raise AssertionError("renderer could not lay out the table")  # pragma: no cover - a renderer bug


def _render(statement: DrawnStatement, layout: Layout, extra: int) -> RenderedStatement:
    n = len(statement.columns)
    units = statement.units
    rows = statement.rows

    # Cells first: their widths fix the columns.
    cells: list[tuple[str, ...]] = []
    dollars: list[bool] = []
    seen_values = False
    for row in rows:
        if row.heading:
            cells.append(())
            dollars.append(False)
            continue
        dollar = wants_dollar(row, layout, not seen_values)
        seen_values = True
        dollars.append(dollar)
        cells.append(tuple(cell_text(v, row, units, layout, dollar) for v in row.values))

    def reach(text: str) -> int:  # room a cell needs left of the column's right edge
        return len(text) + (1 if layout.hang and not text.endswith(")") else 0)

    content = [max(reach(c[i]) for c in cells if c) for i in range(n)]
    if layout.dollar == "column":
        content = [w + 2 for w in content]  # "$" and a space at the column's left edge
    width = max(layout.col_width, max(content) + 2) + extra

    # Labels.
    label_lines: list[list[tuple[int, str]]] = []
    for row in rows:
        x = layout.indent + row.level * layout.level_step
        parts = [row.label] if row.heading else wrap_label(row.label, layout.wrap_width)
        label_lines.append([(x if i == 0 else x + layout.cont_indent, part) for i, part in enumerate(parts)])
    label_width = max(x + len(t) for lines in label_lines for x, t in lines)
    left_note: list[str] = []  # the unit note's pieces typed left of the years (the last on their line)
    if layout.unit_place == "left" and units.line:
        left_note = list(units.wrapped) if layout.unit_wrapped and units.wrapped else [units.line]
        label_width = max(label_width, *(layout.indent + len(piece) for piece in left_note))
    # A note left of the years meets the first column's header text: widen the gap as the columns widen.
    gap = layout.gap + (extra if left_note else 0)
    if gap == 1 and any(c and _LIKE_A_NOTE_MARK.fullmatch(c[0]) for c in cells):
        # "Total equity (1)    5": a figure like "(1)" one space after the label's words is read as its
        # footnote mark (as releases print one); a typesetter sets a figure apart from the words.
        gap = 2
    rights = [label_width + gap + content[0] + i * width for i in range(n)]

    canvas = Canvas()
    right_edge = rights[-1]

    # Title block.
    note_in_title = units.line if layout.unit_place == "title" else None
    title_lines = [t for t in (statement.company, statement.title, note_in_title) if t]
    if statement.unaudited == "line":
        title_lines.append("(unaudited)")
    for text in title_lines:
        line = canvas.new_line()
        x = max(0, (right_edge - len(text)) // 2) if layout.title_centered else layout.indent
        canvas.put(line, x, text)
    for _ in range(1 + extra % 2):
        canvas.new_line()

    # Header.
    def span(columns: Sequence[int]) -> tuple[int, int]:
        return rights[columns[0]] - content[columns[0]], rights[columns[-1]]

    def place(line: int, columns: Sequence[int], text: str) -> None:
        start, end = span(columns)
        if layout.header_align == "right" and len(columns) == 1:
            x = end - len(text) - (1 if layout.hang else 0)
        else:
            x = start + (end - start - len(text)) // 2
        canvas.put(line, x, text)

    def date_parts(column: Column) -> tuple[str, str]:
        month_day = f"{calendar.month_name[column.end.month]} {column.end.day},"
        return recase(month_day, layout.header_case), str(column.end.year)

    header_start = len(canvas.lines)
    if statement.kind == "operations" and layout.header == "spanned":
        # The phrase over two lines, then the pair's dates ("July 3, 2004 and" / "June 28, 2003").
        groups = statement.groups
        for half in (0, 1):
            line = canvas.new_line()
            for group in groups:
                words = recase(group.phrase, layout.header_case).split(" ")
                cut = max(1, (len(words) + 1) // 2)
                place(line, group.columns, " ".join(words[:cut] if half == 0 else words[cut:]))
        for position in (0, 1):
            line = canvas.new_line()
            for group in groups:
                md, year = date_parts(statement.columns[group.columns[position]])
                place(line, group.columns, f"{md} {year}" + (" and" if position == 0 else ""))
        if layout.group_rule:
            line = canvas.new_line()
            for group in groups:
                start, end = span(group.columns)
                canvas.put(line, start, "-" * (end - start))
    elif statement.kind == "operations":
        groups = statement.groups
        first_group_line = canvas.new_line()
        if layout.header == "merged":
            for group in groups:
                md, _ = date_parts(statement.columns[group.columns[0]])
                place(first_group_line, group.columns, f"{recase(group.phrase, layout.header_case)} {md}")
        else:
            for group in groups:
                place(first_group_line, group.columns, recase(group.phrase, layout.header_case))
        if layout.group_rule:
            line = canvas.new_line()
            for group in groups:
                start, end = span(group.columns)
                canvas.put(line, start, "-" * (end - start))
        if layout.header == "stacked":
            line = canvas.new_line()
            for group in groups:
                md, _ = date_parts(statement.columns[group.columns[0]])
                place(line, group.columns, md)
        elif layout.header == "per_column_split":
            line = canvas.new_line()
            for i, column in enumerate(statement.columns):
                place(line, [i], date_parts(column)[0])
    elif layout.header != "per_column":  # a balance sheet has no groups: month and day over the year
        line = canvas.new_line()
        for i, column in enumerate(statement.columns):
            place(line, [i], date_parts(column)[0])
    if layout.header_blank and layout.header != "per_column":
        canvas.new_line()
    if len(left_note) > 1 and len(canvas.lines) == header_start:
        canvas.new_line()  # the note's first line needs a header line above the years to sit on
    line = canvas.new_line()
    for i, column in enumerate(statement.columns):
        md, year = date_parts(column)
        place(line, [i], f"{md} {year}" if layout.header == "per_column" else year)
    for offset, piece in enumerate(reversed(left_note)):
        canvas.put(line - offset, layout.indent, piece)
    if layout.unit_place == "under" and units.line:
        under = canvas.new_line()
        start, end = span(range(n))
        canvas.put(under, start + (end - start - len(units.line)) // 2, units.line)
    if layout.group_rule and statement.kind == "balance":
        line = canvas.new_line()
        for i in range(n):
            start, end = span([i])
            canvas.put(line, start, "-" * (end - start))
    canvas.new_line()

    # Body.
    rendered_rows: list[RenderedRow] = []
    for index, (row, row_cells, dollar) in enumerate(zip(rows, cells, dollars, strict=True)):
        blank = index < len(layout.blank_before) and layout.blank_before[index]
        if layout.rules and row.total and not row.heading and not blank:
            line = canvas.new_line()
            for i in range(n):
                canvas.put(line, rights[i] - content[i], "-" * content[i], pad=1)
        elif blank:
            canvas.new_line()
        for x, text in label_lines[index]:
            line = canvas.new_line()
            canvas.put(line, x, text, pad=0)
        for i, text in enumerate(row_cells):
            end = rights[i] - (1 if layout.hang and not text.endswith(")") else 0)
            canvas.put(line, end - len(text), text, pad=1)
            if dollar and layout.dollar == "column":
                canvas.put(line, rights[i] - content[i], "$", pad=1)
        if row_cells:
            rendered_rows.append(RenderedRow(line, row, row_cells))
        if layout.double_rules and row.dollar == "final" and row.kind == "amount":
            line = canvas.new_line()
            for i in range(n):
                canvas.put(line, rights[i] - content[i], "=" * content[i], pad=1)
    return RenderedStatement(statement, layout, canvas.text(), tuple(rendered_rows))


# --------------------------------------------------------------------------------------------------------
# A reader for the renderer's own self-check (not a parser: it knows where every row landed)
# --------------------------------------------------------------------------------------------------------

_CELL = re.compile(r"\(?\$?\s?\(?[\d,.]+\)?|\$\s?(?:--|-|\u2014)|--|\u2014|(?<=\s)-(?=\s|$)")


def read_cells(line: str, count: int) -> list[Decimal]:
    """Read the last `count` numbers of a rendered line (the renderer's self-check, not a parser)."""
    tokens = [t for t in _CELL.findall(line) if t.strip("$ ")]
    values = []
    for token in tokens[-count:]:
        negative = "(" in token
        digits = token.strip("$() ").replace(",", "").replace("$", "").strip("() ")
        value = Decimal(0) if digits in ZERO_TOKENS else Decimal(digits)
        values.append(-value if negative else value)
    return values
