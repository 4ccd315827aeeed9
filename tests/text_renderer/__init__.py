"""Draw random financial statements and render them as plain-text release tables (1996-2008, and
2009-2012 for the noncontrolling-interest layouts SFAS 160 brought).

Why this exists: plain-text earnings releases (fixed-width tables typed for a wire service) are scarce in
our corpus, yet each one that exists has its own layout habits. The property test in
`test_property_text_tables.py` renders statements drawn here and checks that the parser reads back exactly
the values drawn, so this module has to carry the variety real filings would have brought:

* statement kinds and title blocks (company name, title, unit line, "(unaudited)"); banks' statements
  (interest income and expense, provision for loan losses, noninterest lines, no revenue; loans less an
  allowance, deposits); noncontrolling interests since 2009 (net income attributable to the
  company; the company's equity + noncontrolling interests = total equity); a cumulative effect of an
  accounting change with Sears's EPS blocks under bare "Basic"/"Diluted" headings,
* unit notes in the phrasings releases use ("(Thousands of Dollars)", "($ Millions)", "(000's omitted)",
  "(Thousands of Dollars and Shares, ...)", "... shares, which are reflected in thousands ..."), in the
  title block, left of the years (wrapped onto the years line as Sears did), or under the years,
* period headers spread over one to four lines (group phrase spanning a pair of columns, the date on its
  own line or merged, years below; a duration with both dates over the pair, "For the 13" / "Weeks Ended" /
  "July 3, 2004 and" / "June 28, 2003"; 13/26/39/52-week periods with per-column dates; the quarter beside
  the twelve months ended with it; balance sheets with a third date, a year before),
* line items with the vocabulary of DESIGN.md and the labels releases use, wrapped over two or three lines
  with the continuation indented, section headings, totals that foot,
* cell styles: thousands separators, `$` attached / spaced / in its own column, parentheses for negatives
  (with or without the closing parenthesis hanging past the digits), "--", "-" or an em dash for zero, rule
  lines under the columns before totals.

Honesty rules (a failure must point at the parser, never at an unreadable rendering):

* only styles seen in real releases; every layout choice stays readable by a person without guessing,
* section headings end with a colon or are set in capitals (as releases do), so a heading is never
  mistaken for the first line of a wrapped label; the one exception is Sears's bare "Basic"/"Diluted"
  over EPS lines that begin with a capital, which no label continues,
* values sit on the last line of a wrapped label, and columns never touch (two spaces at least),
* the arithmetic is consistent: components foot to totals, the operating result is revenue (or gross
  profit) less operating expenses, the net result is the operating result plus other income less taxes
  (plus a cumulative effect, less the noncontrolling interests' share), a "Less allowance" line subtracts,
  EPS is the net result over the weighted shares rounded to the cent, so the parser's checks pass,
* no ambiguous scale: the unit line says whether share counts are scaled ("except per share data") or not
  ("except share and per share information"), and a note that says nothing of shares means them in the
  dollars' scale, as "except per share data" does; a tax line is always an expense printed positive.

Values are drawn in printed units (thousands, millions or dollars) as `Decimal`, so the expected facts are
exact: `actual = printed * scale` (amounts), `printed` (per share), `printed * share_scale` (shares).

The package is split by what it draws: `model` (the drawn statement and its facts), `words` (labels and
unit notes), `periods`, `operations`, `balance`, `banks`, `typesetting` (layout and rendering), `documents`.
"""

from tests.text_renderer.balance import balance_sheets
from tests.text_renderer.documents import (
    Rendered,
    from_statement,
    prose_after,
    prose_before,
    rendered_releases,
    rendered_statements,
    statements,
)
from tests.text_renderer.model import (
    CENT,
    ZERO_TOKENS,
    Column,
    DrawnStatement,
    Fact,
    Group,
    Row,
    Units,
    actual,
    add,
    expected_facts,
    result_word,
    sub,
)
from tests.text_renderer.operations import operations_statements, per_column, per_share_rows
from tests.text_renderer.typesetting import (
    MAX_LINE,
    Layout,
    RenderedRow,
    RenderedStatement,
    layouts,
    read_cells,
    render_statement,
)

__all__ = [
    "CENT", "MAX_LINE", "ZERO_TOKENS", "Column", "DrawnStatement", "Fact", "Group", "Layout", "Rendered",
    "RenderedRow", "RenderedStatement", "Row", "Units", "actual", "add", "balance_sheets", "expected_facts",
    "from_statement", "layouts", "operations_statements", "per_column", "per_share_rows", "prose_after",
    "prose_before", "read_cells", "render_statement", "rendered_releases", "rendered_statements",
    "result_word", "statements", "sub",
]  # fmt: skip
