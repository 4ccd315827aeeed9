"""The renderer: walks the document in order, paragraphs as wrapped lines and each table as typeset lines
(or, for a layout table holding tables, its cells as blocks). The element and cell caps of core.limits
are checked right after parsing, before any rendering."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree

from core import limits
from core.limits import allowance, check_rendered_lines, refusal, spend
from core.readers.html.grid import Cell, merge_decorations, rows_of, table_grid
from core.readers.html.markup import BLOCKS, SKIPPED, clean_text, is_hidden, parse_document, tag_name
from core.readers.html.typeset import (
    add_rule,
    as_paragraphs,
    column_layout,
    draw_row,
    draw_rule,
    first_value_column,
    rule_line,
)
from core.readers.html.wrap import wrap_paragraph
from core.work import count_work

_RULE_CELL = re.compile(r"^[_\-=\u2014\u2013\s]{2,}$")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


@dataclass(frozen=True, slots=True)
class Rendering:
    """The rendered lines, and how many tables held figures (none: nothing for the table reader)."""

    lines: tuple[str, ...]
    data_tables: int
    pre_blocks: int
    too_deep: bool = False  # the markup nests deeper than libxml2 builds a tree (core.limits.MAX_HTML_DEPTH)


def render_html(html: str) -> Rendering:
    """The document as text lines: paragraphs wrapped, tables as aligned columns."""
    with allowance():
        return _render_html(html)


def _render_html(html: str) -> Rendering:
    # Start tags, counted in C before libxml2 builds a tree of them (about 200 bytes an element): 24 MB of
    # nested tables would take 470 MB to parse only to be refused. Stray "<" in text count too, so this
    # only errs towards refusing documents with that many of them, which no release has.
    # End tags and declarations are taken off only where the "<" alone would be refused (each count is a
    # pass over the document).
    tags = html.count("<")
    if tags > limits.MAX_HTML_ELEMENTS:
        tags -= html.count("</") + html.count("<!")
    if tags > limits.MAX_HTML_ELEMENTS:
        raise refusal(f"about {tags:,} HTML elements", f"documents of more than {limits.MAX_HTML_ELEMENTS:,}",
                      "MAX_HTML_ELEMENTS")
    document, too_deep = parse_document(html)
    elements = sum(1 for _ in document.iter())  # in C: a few milliseconds for the largest real exhibit
    count_work("html elements", elements)
    elements = spend("MAX_HTML_ELEMENTS", elements)  # with those of the submission's exhibits before it
    if elements > limits.MAX_HTML_ELEMENTS:
        raise refusal(f"{elements:,} HTML elements", f"documents of more than {limits.MAX_HTML_ELEMENTS:,}",
                      "MAX_HTML_ELEMENTS")
    cells = spend("MAX_HTML_CELLS", sum(1 for _ in document.iter("td", "th")))
    if cells > limits.MAX_HTML_CELLS:
        raise refusal(f"{cells:,} table cells", f"documents of more than {limits.MAX_HTML_CELLS:,}", "MAX_HTML_CELLS")
    renderer = _Renderer()
    renderer.walk(document)
    renderer.flush()
    lines = renderer.lines
    while lines and not lines[-1]:
        lines.pop()
    return Rendering(tuple(lines), renderer.data_tables, renderer.pre_blocks, too_deep)


def render_table(table: lxml.etree._Element) -> tuple[list[str], bool]:
    """A data table as fixed-width lines, or a table without numbers (layout, bullets) as paragraphs;
    and whether it was a data table."""
    rows, width = table_grid(table)
    for cells in rows:
        merge_decorations(cells)
    # Each row's cells with text, listed once: the layout and the rows drawn read only those (a number is
    # never without text); the borders of empty cells are read from `rows`.
    filled_rows = [[c for c in cells if c.lines] for cells in rows]
    numeric_cols = [c.col for filled in filled_rows for c in filled if c.numeric]
    if not numeric_cols:
        return as_paragraphs(rows), False
    first = first_value_column(filled_rows, min(numeric_cols))
    layout = column_layout(filled_rows, width, first)
    lines: list[str] = []
    previous: list[Cell] = []
    for cells, filled in zip(rows, filled_rows, strict=True):
        add_rule(lines, rule_line(previous, cells, layout))
        if not filled:
            if any(c.border_bottom or c.border_top for c in cells):
                previous = cells
            continue
        if all(_RULE_CELL.match(c.text) for c in filled):
            add_rule(lines, draw_rule(filled, layout, "=" if any("=" in c.text for c in filled) else "-"))
            previous = []
            continue
        lines.extend(draw_row(filled, layout))
        previous = cells
    add_rule(lines, rule_line(previous, [], layout))
    return lines, True


class _Renderer:
    """Walks the document in order, collecting inline text into paragraphs and drawing tables."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.data_tables = 0
        self.pre_blocks = 0

    def flush(self) -> None:
        if not self.inline:
            return
        joined = "".join(self.inline)
        self.inline = []
        if joined.isascii() and joined.isspace():
            return  # the line breaks of the markup between two blocks: no paragraph, as below
        text = _SPACES.sub(" ", clean_text(joined).replace("\u00a0", " ")).strip()
        if text:
            self.lines.extend(wrap_paragraph(text))

    def blank(self) -> None:
        """End a block: every block passes here, so the line cap is checked as the rendering grows."""
        self.flush()
        if self.lines and self.lines[-1]:
            self.lines.append("")
        check_rendered_lines(len(self.lines))

    def walk(self, element: lxml.etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in SKIPPED or is_hidden(element):  # a comment, a script, hidden
            pass
        elif tag == "table":
            self._table(element)
        elif tag in ("pre", "xmp", "listing", "plaintext"):
            self.blank()
            self.pre_blocks += 1
            text = clean_text("".join(element.itertext()))
            self.lines.extend(line.expandtabs(8).rstrip() for line in text.replace("\r\n", "\n").split("\n"))
            self.blank()
        elif tag == "br":
            self.flush()
        elif tag in BLOCKS:
            self.blank()
            if tag == "li":
                self.inline.append("• ")
            self._content(element)
            self.blank()
        else:
            self._content(element)
        if element.tail:
            self.inline.append(element.tail)

    def _content(self, element: lxml.etree._Element) -> None:
        if element.text:
            self.inline.append(element.text)
        for child in element:
            self.walk(child)

    def _table(self, table: lxml.etree._Element) -> None:
        self.blank()
        if _is_layout_table(table):
            for row in rows_of(table):
                for cell in row:
                    if tag_name(cell) in ("td", "th"):
                        self._content(cell)
                        self.flush()
            self.blank()
            return
        for child in table:
            if tag_name(child) == "caption":
                self._content(child)
                self.blank()
        lines, is_data = render_table(table)
        self.data_tables += is_data
        self.lines.extend(lines)
        self.blank()


def _is_layout_table(table: lxml.etree._Element) -> bool:
    """A table holding tables is page layout: its cells are read in order as blocks."""
    return next(table.iterdescendants("table"), None) is not None
