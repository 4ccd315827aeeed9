"""HTML exhibits rendered as fixed-width text, so the one text-table reader reads every format.

Why render instead of reading the cell grid directly: the text pipeline already knows how releases say
things (titles, unit notes, header phrases over columns, wrapped labels, sections, totals under rules);
rendering each `<table>` as aligned columns lets it apply all of that unchanged, and the rendering is what
the Data page shows, so every source span still points at a line a person can read. We control the
rendering, so it is made ideal for that reader:

- spanning header cells are centred over the columns they span; numbers are right-aligned at the end of
  theirs; columns are separated by at least three spaces, which no label contains;
- a cell holding only "$", "(", ")" or "%" joins the number beside it (EDGAR filers print
  `$ | 1,234 | )` in three cells), and grid columns left empty by that (spacers) are dropped; a "not
  meaningful" word among a row's figures ("nm", "N/M", "n/a" in a percent-change column) stands in its
  column as a figure or a dash would, never as words of the label;
- label indentation (padding, margin, text-indent, leading no-break spaces) becomes leading spaces, so
  sections close where the layout says;
- a border under or over a number cell becomes a rule line (`---` single, `===` double), which is how
  text releases mark totals;
- every table row is one line (header cells with line breaks stack, bottom-aligned, as they print),
  except a row whose cells each hold a column of the statement, one line per row (`grid.unstack`);
- a statement printed one small table a row (Word and desktop-publishing exports) is laid out as one
  table, so its figures line up as they do on the page (`render._row_tables`);
- paragraphs become wrapped text lines, one blank line between blocks; `<pre>` (old exhibits whose tables
  are plain text) is copied verbatim, inside a table cell too, and so is a paragraph set in a fixed-width
  font whose columns are aligned with no-break spaces (a statement typed one Courier `<p>` a line, or one
  `<br>` a line in a table of one cell);
  scripts, styles, `<head>`, iXBRL headers and hidden content vanish.

A document passes through the modules of this package in this order:

- `markup`: lxml parses the document (libxml2's HTML parser, forgiving as browsers are); `is_html` sniffs
  it; `clean_text` repairs mis-decoded characters; the CSS the renderer reads (declarations, lengths,
  hidden elements) is read here;
- `render`: `render_html` walks the tree into a `Rendering`, paragraphs as wrapped lines, each data table
  through `render_table`, a layout table (one holding tables or a `<pre>`) as blocks;
- `grid`: a table's cells on a grid (spans, indentation, borders), number decorations joined;
- `typeset`: the grid as fixed-width lines: column layout, rows, rule lines;
- `wrap`: `wrap_paragraph` and `wrap_label`, the line breaks the text reader reads back as one paragraph, one label.

The caps on elements, cells and grid slots are read from core.limits when they are checked, so that
module is the one place to change (or, in tests and benchmarks, lift) them.
"""

from __future__ import annotations

from core.readers.html.markup import clean_text, is_html
from core.readers.html.render import Rendering, render_html, render_table
from core.readers.html.wrap import wrap_label, wrap_paragraph

__all__ = ["Rendering", "clean_text", "is_html", "render_html", "render_table", "wrap_label", "wrap_paragraph"]
