"""The renderer: walks the document in order, paragraphs as wrapped lines and each table as typeset lines
(or, for a layout table holding tables, its cells as blocks). The element and cell caps of core.limits
are checked right after parsing, before any rendering."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import lxml.etree

from core import limits
from core.limits import allowance, check_rendered_lines, refusal, spend
from core.readers.html.grid import (
    Cell,
    merge_decorations,
    rows_of,
    sign_columns_of,
    table_grid,
    without_extra_marks,
)
from core.readers.html.markup import (
    BLOCKS,
    SKIPPED,
    clean_text,
    is_hidden,
    monospace_inside,
    names_monospace,
    parse_document,
    tag_name,
)
from core.readers.html.positioned import positioned_lines
from core.readers.html.two_up import two_up_halves
from core.readers.html.typeset import (
    Layout,
    add_rule,
    as_paragraphs,
    column_layout,
    draw_row,
    draw_rule,
    first_value_column,
    following,
    headerless,
    periods_over_their_versions,
    rule_line,
)
from core.readers.html.wrap import PROSE_LINE, wrap_paragraph
from core.readers.tab_grid import relaid_copies
from core.tables.numbers import parse_number
from core.work import count_work

_RULE_CELL = re.compile(r"^[_\-=\u2014\u2013\s]{2,}$")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
# Two spaces in a row in a line of fixed-width text as the browser shows it: the text is aligned by hand.
_ALIGNED = re.compile(r"\S {2,}\S")
# Word's HTML writes a tab as a span of no-break spaces styled "mso-tab-count:N" (a statement typed as
# paragraphs, its columns at tab stops): the tab itself, whatever the spaces' width in another font.
_WORD_TAB = re.compile(r"mso-tab-count\s*:\s*(\d+)", re.IGNORECASE)
_TAB_MARK = "\t"
# What stands between two tables that are one on the page: the line breaks and indentation of the markup.
_MARKUP_SPACE = " \t\r\n"
# Word and desktop-publishing exports print a statement as one small table a row, each laid out by the
# browser from the same cell widths (td width="15%"), so their figures line up on the page. Laid out one
# by one here, a row's figures would start where its own label ends, and the reader would put them in the
# wrong columns: consecutive tables of the same grid width, each of at most this many rows (a row, or a
# header of two or three lines), two or more of them holding figures, are laid out as one table. A real
# statement table has far more rows; bullet lists printed one table an item hold no figures.
ROW_TABLE_ROWS = 3
# The elements whose text is copied as it stands, line for line.
_PREFORMATTED = ("pre", "xmp", "listing", "plaintext")


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
    pre_blocks = renderer.pre_blocks
    if renderer.tabbed:
        # paragraphs typed at tab stops, laid out by their cells as a browser copy's rows are
        lines = [line.expandtabs(8).rstrip() if "\t" in line else line for line in relaid_copies(lines)]
        pre_blocks += 1
    if not renderer.data_tables and not pre_blocks and (placed := positioned_lines(document)) is not None:
        # No table, but text placed on the page by position (a PDF converted to HTML): the page as laid out.
        lines, pre_blocks = placed, 1
    while lines and not lines[-1]:
        lines.pop()
    return Rendering(tuple(lines), renderer.data_tables, pre_blocks, too_deep)


def render_table(table: lxml.etree._Element) -> tuple[list[str], bool]:
    """A data table as fixed-width lines, or a table without numbers (layout, bullets) as paragraphs;
    and whether it was a data table."""
    return render_grid(*_grid(table))


def _grid(table: lxml.etree._Element) -> tuple[list[list[Cell]], int]:
    """The table's grid, with its number decorations joined and the marks of rows printing one cell too
    many dropped."""
    rows, width = table_grid(table)
    signs = sign_columns_of(rows)
    for cells in rows:
        merge_decorations(cells, signs)
    without_extra_marks(rows)
    return rows, width


def render_grid(rows: list[list[Cell]], width: int, spread: Iterable[int] = (),
                previous: Layout | None = None) -> tuple[list[str], bool]:
    """A grid (decorations joined) as fixed-width lines, or as paragraphs where it holds no number; and
    whether it held numbers. The header rows numbered in `spread` stand over the empty columns beside
    their words (`_spread_headers`). A grid of figures without headers drawn right after another
    (`previous`, its layout) is set in that one's columns where they correspond (`following`)."""
    lines, is_data, _ = render_grid_layout(rows, width, spread, previous)
    return lines, is_data


def render_grid_layout(rows: list[list[Cell]], width: int, spread: Iterable[int] = (),
                       previous: Layout | None = None) -> tuple[list[str], bool, Layout | None]:
    """`render_grid`, with the layout the grid was drawn in (None for paragraphs)."""
    # Each row's cells with text, listed once: the layout and the rows drawn read only those (a number is
    # never without text); the borders of empty cells are read from `rows`.
    asides = [cells for cells in rows if cells and cells[0].aside]
    if asides:
        rows = [cells for cells in rows if not (cells and cells[0].aside)]
    filled_rows = [[c for c in cells if c.lines] for cells in rows]
    numeric_cols = [c.col for filled in filled_rows for c in filled if c.numeric]
    if not numeric_cols:
        return as_paragraphs(rows + asides), False, None
    first = first_value_column(filled_rows, min(numeric_cols))
    for index in spread:
        _spread_headers(filled_rows[index], first, width)
    periods_over_their_versions(filled_rows, first)
    layout = column_layout(filled_rows, width, first)
    if previous is not None and headerless(filled_rows, first):
        layout = following(previous, layout) or layout
    lines: list[str] = []
    above: list[Cell] = []
    for cells, filled in zip(rows, filled_rows, strict=True):
        add_rule(lines, rule_line(above, cells, layout))
        if not filled:
            if any(c.border_bottom or c.border_top for c in cells):
                above = cells
            continue
        if all(_RULE_CELL.match(c.text) for c in filled):
            add_rule(lines, draw_rule(filled, layout, "=" if any("=" in c.text for c in filled) else "-"))
            above = []
            continue
        lines.extend(draw_row(filled, layout))
        above = cells
    add_rule(lines, rule_line(above, [], layout))
    if asides:
        lines.extend(["", *as_paragraphs(asides)])
        while lines and not lines[-1]:
            lines.pop()
    return lines, True, layout


def _spread_headers(filled: list[Cell], first: int, width: int) -> None:
    """A header row's words in one value column with the columns right of it left empty ("Three Months
    Ended" | | "Nine Months Ended" |) stand over those columns too.

    Only for the header tables of a statement printed one table a row: there the browser wraps the words
    within the cell's given width (td width="15%", as wide as a figure's), right-aligned over the first
    column of the pair, so on the page they stand over both. Laid out here, they would widen that one
    column and stand over it alone. Within one table the reader reads such headers as they are (spreading
    them there moves periods of real statements)."""
    if any(c.numeric for c in filled):
        return
    for index, cell in enumerate(filled):
        if cell.col < first:
            continue
        end = filled[index + 1].col if index + 1 < len(filled) else width
        if end > cell.last + 1:
            cell.span = end - cell.col


def _has_figures(rows: list[list[Cell]]) -> bool:
    return any(c.numeric for cells in rows for c in cells)


def _is_heading(rows: list[list[Cell]]) -> bool:
    """A table that is a heading of the rows around it ("Operating expenses:"): words in its first column
    only, however many columns it spans."""
    return all(c.col == 0 and not c.numeric for cells in rows for c in cells if c.lines)


def _row_tables(first: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The tables of a statement exported one row a table, from `first` on: `first` and the tables
    that follow it as siblings with nothing but the markup's line breaks between them, each of at most
    `ROW_TABLE_ROWS` rows, no caption and no table inside. Only a list of two or more is a candidate
    (whether it is one statement is decided on the grids, in `_Renderer._row_run`)."""
    run: list[lxml.etree._Element] = []
    table: lxml.etree._Element | None = first
    while table is not None and table.tag == "table" and _is_row_table(table):
        run.append(table)
        if (table.tail or "").strip(_MARKUP_SPACE):
            break  # text after it: the next table is not the next row
        table = table.getnext()
    return run


# A statement's column headers set in a table of their own run to a few rows ("Three Months Ended",
# "September 30,", the years, "(unaudited)").
HEADER_TABLE_ROWS = 6


def _is_header_table(table: lxml.etree._Element) -> bool:
    """Whether a table is short enough to be column headers alone, and neither hidden nor page layout."""
    return _is_small_table(table, HEADER_TABLE_ROWS)


def _only_column_headers(rows: list[list[Cell]]) -> bool:
    """Words over the columns, right of the labels' column, and no figure but a year ("2006")."""
    over = False
    for cells in rows:
        for cell in cells:
            if not cell.lines:
                continue
            if cell.numeric and not _YEAR.fullmatch(cell.text.strip()):
                return False
            over = over or cell.col > 0
    return over


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _is_row_table(table: lxml.etree._Element) -> bool:
    """Whether a table may be one row of a statement printed one table a row."""
    return _is_small_table(table, ROW_TABLE_ROWS)


def _is_small_table(table: lxml.etree._Element, limit: int) -> bool:
    """A table of at most `limit` rows, no caption, neither hidden nor page layout. The rows are counted
    first, up to one past the limit: a statement's own table is told apart without reading it whole."""
    rows = 0
    for _ in rows_of(table):
        rows += 1
        if rows > limit:
            return False
    if not rows or is_hidden(table) or _is_layout_table(table):
        return False
    return all(tag_name(child) != "caption" for child in table)


def _tab_stop_cells(joined: str) -> list[str] | None:
    """A paragraph's cells between Word's tabs where it is a row of a table typed at tab stops: three cells or
    more ("Net sales | $562,318 | $540,276", "| Year Ended | Year Ended"), or a label and a figure. A tab
    indenting a paragraph's first line, or after a bullet, sets no cells: the words are prose."""
    cells = [_SPACES.sub(" ", clean_text(cell).replace("\u00a0", " ")).strip() for cell in joined.split(_TAB_MARK)]
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) >= 3 or (len(cells) == 2 and cells[0] and parse_number(cells[1]) is not None):
        return cells
    return None


class _Renderer:
    """Walks the document in order, collecting inline text into paragraphs and drawing tables."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.data_tables = 0
        self.pre_blocks = 0
        # The blocks the walk is inside, innermost last: whether one sets a fixed-width font is asked only
        # of text that may be aligned by hand (most blocks hold none).
        self.blocks: list[lxml.etree._Element] = []
        # For the blocks asked about: whether blocks[:i + 1] set a fixed-width font in their own style
        # (inherited), and whether an inline element right inside blocks[i] does (None: not asked yet).
        self.fixed: list[bool] = []
        self.fixed_inside: list[bool | None] = []
        # Where the last line kept as the browser shows it ends (-1: none yet): the blocks of a statement
        # typed one paragraph a line follow on from it without a blank line between them.
        self.aligned_end = -1
        # The layout of the last table drawn, while nothing but blank lines follows it: a table of figures
        # without headers right after it is set in its columns.
        self.last_layout: Layout | None = None
        self.last_layout_end = -1
        self.tabbed = 0  # paragraphs kept with their tabs (`_WORD_TAB`)

    def flush(self) -> None:
        if not self.inline:
            return
        joined = "".join(self.inline)
        self.inline = []
        if _TAB_MARK in joined and (cells := _tab_stop_cells(joined)) is not None:
            # a paragraph typed at tab stops: its cells joined by tabs, as a browser's copy joins them
            if self.lines and self.lines[-1] == "" and self.aligned_end == len(self.lines) - 1:
                self.lines.pop()  # one table: no blank line between its rows
            self.lines.append("\t".join(cells).rstrip("\t"))
            self.aligned_end = len(self.lines)
            self.tabbed += 1
            return
        if joined.isascii() and joined.isspace():
            return  # the line breaks of the markup between two blocks: no paragraph, as below
        follows = self.aligned_end == len(self.lines)
        if (follows or "\u00a0\u00a0" in joined or "\u00a0 " in joined or " \u00a0" in joined) and (
                self._in_fixed_width()):
            # A statement typed in a fixed-width font, one paragraph (or <br>) a line, its columns aligned
            # with no-break spaces, which the browser never collapses ("&nbsp;&nbsp;1,234", or "&nbsp; "
            # alternating; a lone "&nbsp;" aligns nothing): the line as the browser shows it, like a <pre>
            # line, never wrapped; so is a short line among them ("Operating expenses:").
            shown = _SPACES.sub(" ", clean_text(joined)).strip(" ").replace("\u00a0", " ").rstrip()
            if _ALIGNED.search(shown) or (follows and 0 < len(shown) < PROSE_LINE):
                self.lines.append(shown)
                self.pre_blocks += 1
                self.aligned_end = len(self.lines)
                return
        text = _SPACES.sub(" ", clean_text(joined).replace("\u00a0", " ")).strip()
        if text:
            if follows:
                self.lines.append("")  # prose right after an aligned line is a paragraph of its own
            self.lines.extend(wrap_paragraph(text))

    def _in_fixed_width(self) -> bool:
        """Whether the text being collected is set in a fixed-width font: by a block the walk is inside, or
        by an inline element right inside the innermost one. Each block is asked once however often its
        text is (the answers are kept as long as it is open): linear in the blocks."""
        fixed, inside, blocks = self.fixed, self.fixed_inside, self.blocks
        if not blocks:
            return False
        for index in range(len(fixed), len(blocks)):
            fixed.append((index > 0 and fixed[index - 1]) or names_monospace(blocks[index]))
            inside.append(None)
        if fixed[-1]:
            return True
        answer = inside[-1]
        if answer is None:
            answer = inside[-1] = monospace_inside(blocks[-1])
        return answer

    def blank(self) -> None:
        """End a block: every block passes here, so the line cap is checked as the rendering grows."""
        self.flush()
        if self.lines and self.lines[-1]:
            self.lines.append("")
        check_rendered_lines(len(self.lines))

    def _break(self) -> None:
        """The start or end of a block: `blank`, except between the lines of a statement typed one
        fixed-width paragraph a line (they are one table; prose after them gets its blank line in
        `flush`)."""
        self.flush()
        lines = self.lines
        if lines and lines[-1] and self.aligned_end != len(lines):
            lines.append("")
        check_rendered_lines(len(lines))

    def walk(self, element: lxml.etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in SKIPPED or is_hidden(element):  # a comment, a script, hidden
            pass
        elif tag == "table":
            self._table(element)
        elif tag in _PREFORMATTED:
            self.blank()
            self.pre_blocks += 1
            text = clean_text("".join(element.itertext()))
            self.lines.extend(line.expandtabs(8).rstrip() for line in text.replace("\r\n", "\n").split("\n"))
            self.blank()
        elif tag == "br":
            self.flush()
        elif tag in BLOCKS:
            self._break()
            if tag == "li":
                self.inline.append("• ")
            self.blocks.append(element)
            self._content(element)
            self._break()
            self.blocks.pop()
            if len(self.fixed) > len(self.blocks):
                self.fixed.pop()
                self.fixed_inside.pop()
        elif (style := element.get("style")) is not None and "mso-tab" in style and (
                tabs := _WORD_TAB.search(style)) is not None:
            self.inline.append(_TAB_MARK * max(1, int(tabs.group(1))))
        else:
            self._content(element)
        if element.tail:
            self.inline.append(element.tail)

    def _content(self, element: lxml.etree._Element) -> None:
        if element.text:
            self.inline.append(element.text)
        skip = 0
        for child in element:
            if skip:
                skip -= 1  # a table drawn with the one before it
                continue
            if child.tag == "table" and not (child.tail or "").strip(_MARKUP_SPACE):
                following = child.getnext()
                if following is not None and following.tag == "table":
                    run = _row_tables(child)
                    if len(run) > 1:
                        self._row_run(run)
                        skip = len(run) - 1
                        continue
                    if self._header_table_over(child, following):
                        skip = 1
                        continue
            self.walk(child)

    def _header_table_over(self, header: lxml.etree._Element, body: lxml.etree._Element) -> bool:
        """A statement's column headers in a table of their own ("Three Months Ended / September 30, /
        2006  2005"), its rows in the next, the two laid out to one grid so that a browser shows them
        aligned: drawn as one table, or the headers would be typeset apart, left of every figure, and
        "Nine Months Ended" stand over the quarter's columns. Only where the header table holds words over
        the columns and no figure but years, and the body is as many columns wide and holds figures."""
        if not _is_header_table(header) or is_hidden(body) or _is_layout_table(body):
            return False
        rows, width = _grid(header)
        if not _only_column_headers(rows):
            return False
        body_rows, body_width = _grid(body)
        if body_width != width or not _has_figures(body_rows):
            self._table(header, (rows, width))
            self._table(body, (body_rows, body_width))
            return True
        self.blank()
        lines, _ = render_grid(rows + body_rows, width, range(len(rows)))
        self.data_tables += 1
        self.lines.extend(lines)
        self.blank()
        if body.tail:
            self.inline.append(body.tail)
        return True

    def _row_run(self, run: list[lxml.etree._Element]) -> None:
        """Consecutive small tables (`_row_tables`): those of the same grid width, with the headings
        between them (`_is_heading`, of any width), drawn as one table where two or more hold figures;
        every other one as it would be on its own. Each grid is built once."""
        grids = [_grid(table) for table in run]
        start = 0
        while start < len(run):
            end, width = start, 0
            while end < len(run):
                rows, own = grids[end]
                if not _is_heading(rows):
                    if width and own != width:
                        break
                    width = own
                end += 1
            group = grids[start:end]
            if sum(1 for rows, _ in group if _has_figures(rows)) > 1:
                self.blank()
                joined: list[list[Cell]] = []
                headers: list[int] = []  # the rows of the tables that hold no figure
                for rows, _ in group:
                    if not _has_figures(rows):
                        headers.extend(range(len(joined), len(joined) + len(rows)))
                    joined.extend(rows)
                lines, _ = render_grid(joined, max(own for _, own in group), headers)
                self.data_tables += 1
                self.lines.extend(lines)
                self.blank()
            else:
                for index in range(start, end):
                    self._table(run[index], grids[index])
            start = end
        tail = run[-1].tail
        if tail:
            self.inline.append(tail)

    def _table(self, table: lxml.etree._Element,
               grid: tuple[list[list[Cell]], int] | None = None) -> None:
        """A table (`grid`: its grid, where already built) drawn as a block."""
        self.blank()
        if grid is None and _is_layout_table(table):
            for row in rows_of(table):
                for cell in row:
                    if tag_name(cell) in ("td", "th"):
                        # a block of its own, whose font (Courier, set on it or inside it) its text keeps
                        self.blocks.append(cell)
                        self._content(cell)
                        self.flush()
                        self.blocks.pop()
                        if len(self.fixed) > len(self.blocks):
                            self.fixed.pop()
                            self.fixed_inside.pop()
            self.blank()
            return
        for child in table:
            if tag_name(child) == "caption":
                self._content(child)
                self.blank()
        previous = self.last_layout if self.last_layout_end == len(self.lines) else None
        for half in two_up_halves(*(grid or _grid(table))):
            lines, is_data, layout = render_grid_layout(*half, previous=previous)
            self.data_tables += is_data
            self.lines.extend(lines)
            self.blank()
            self.last_layout = layout
            self.last_layout_end = len(self.lines)
            previous = None


def _is_layout_table(table: lxml.etree._Element) -> bool:
    """A table holding tables is page layout: its cells are read in order as blocks. So is one holding a
    preformatted block (an old exhibit's text table in a `<pre>` inside a cell, framed by a table for its
    title): the block is copied verbatim, as at the top level, not squeezed into one cell's line."""
    return next(table.iterdescendants("table", *_PREFORMATTED), None) is not None or _one_typed_cell(table)


def _one_typed_cell(table: lxml.etree._Element) -> bool:
    """A table of one cell holding text set in a fixed-width font, its columns aligned with no-break spaces
    (a statement typed in Courier, one `<br>` a line, framed by a table): read as blocks, its lines as the
    browser shows them, as a Courier paragraph's are (round 425: drawn as one cell's paragraph, the
    statement was lost)."""
    # (two cells at most are taken: a second says no, without walking every cell of every table; issue 12, S3)
    cells = list(itertools.islice(
        (cell for row in rows_of(table) for cell in row if tag_name(cell) in ("td", "th")), 2))
    if len(cells) != 1 or "\u00a0\u00a0" not in "".join(cells[0].itertext()):
        return False
    return names_monospace(cells[0]) or monospace_inside(cells[0])
