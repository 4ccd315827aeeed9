"""How big an input may be: the caps that keep one hostile or mistaken file from holding a server.

Every cap is sized from the corpus of real releases, with room to spare, and each says so. Every stage
is linear in its input (DESIGN.md lists each one's cost; bench/bench_linear_time.py measures them), so
caps on size, lines, figures and elements are caps on time and memory. Each cap is checked as early as
the data allows: figures while lines are classified (a line of a million numbers is refused at its
1,001st), HTML start tags before libxml2 builds a tree, elements and cells right after it and before
any rendering, grid slots while each table's grid is built, rendered lines while rendering. The caps that
add up across documents (a submission's exhibits) are spent from one `allowance` per parse. What no
cap can bound (a slow machine, a stage someone makes quadratic again) the dashboard and the batch
reader bound with a deadline and a memory limit per file (core.budget).

The size cap is the one a deployment may want to move, so it comes from the environment
(RELEASE_LENS_MAX_UPLOAD_MB); the dashboard's upload widget and .streamlit/config.toml use the same
number, and the core checks it again so the CLI, the batch reader and the library refuse the same files.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from core.errors import ReleaseParseError

MAX_UPLOAD_ENV = "RELEASE_LENS_MAX_UPLOAD_MB"
# The corpus's largest release is a 2.3 MB HTML exhibit and its largest whole EDGAR submission 2 MB;
# ten times that still leaves room for an exhibit with embedded images or a long PDF.
DEFAULT_MAX_UPLOAD_MB = 25
# Megabytes as Streamlit counts them (server.maxUploadSize is in MiB), so the two limits agree to the byte.
MEGABYTE = 1024 * 1024
# The longest real document is a 13,820-line EDGAR submission; seven times that. This cap alone does not
# bound time (issue 12 measured 79 s for 100,000 lines of 50 numbers, inside it): lines of figures are
# bounded by MAX_VALUES below, and lines of prose cost about 10 microseconds each.
MAX_LINES = 100_000
# Earnings-release PDFs run to 10-30 pages; a PDF of more pages is a filing or a book, not a release, and
# layout extraction costs about 50 ms a page.
MAX_PDF_PAGES = 300
# libxml2 stops building the tree at this depth (without XML_PARSE_HUGE, which is never set here), which
# also bounds the HTML renderer's recursion; real exhibits nest about 20 deep.
MAX_HTML_DEPTH = 256


# The widest real row holds 17 figures (a rendered HTML table of quarters); a line with more than this
# many number-like words (numbers, dashes, "$" and parentheses standing alone) is no table row. Counted
# while the line is split, so a 20 MB line of numbers costs a thousand steps, not ten million cells.
MAX_LINE_VALUES = 1_000
# The corpus's richest file holds about 1,500 figures in its tables and prose (a 2.3 MB bank exhibit);
# this is thirty times that. Each figure costs the reader about 15 microseconds in all, so the cap holds a
# parse of figures to about a second, where 100,000 lines of 50 numbers would take a minute and 2 GB.
MAX_VALUES = 50_000
# Columns of one table: real statements have at most 18 (quarters side by side, % changes between).
MAX_TABLE_COLUMNS = 200
# Tables found in one parse (a submission's exhibits together), counted as each is found: every block of lines
# read as a table, each flattened statement, each table printed one cell a line. The most in a real file is 39
# (Microsoft's third quarter of fiscal 2020 as text), then 33 and 28 (Horizon Bancorp's, 24 of them statements);
# about eight times that. A table costs about 2 ms from finding it to its checks, so the cap holds those
# stages under a second, where a scrape of 4,000 statements, each flattened onto a line and under every other
# cap, took 9 s. Refused at the first table past it, before any is read as a statement.
MAX_TABLES = 300
# Where the arithmetic decides an arrangement the words leave open (which columns a row's blank cells stand
# in, which columns each of a scrape's durations names), the most arrangements tried; real tables need a
# few dozen. Past it nothing is placed: the row is left out, the header names no period.
MAX_ARRANGEMENTS = 2_000
# Rows with blank cells placed in one table, and how far from one a total or result is looked for: a real
# statement has a handful, within a few dozen rows.
MAX_BLANK_CELL_ROWS = 200
BLANK_CELL_REACH = 200
# The largest real exhibit builds about 20,000 elements (an Oracle submission of 52 tables and 10,651
# cells); ten times that. Counted in C right after parsing, before the Python walk that costs about 3
# microseconds an element: 24 MB of nested tables is 2 million elements, and 6 seconds to walk.
MAX_HTML_ELEMENTS = 200_000
# Table cells (<td>, <th>) of one HTML document: the most in a real exhibit is 10,651 (the same Oracle
# submission); about five times that. Laying out a grid costs about 20 microseconds a cell, so this holds
# rendering to about a second; counted in C, before any grid is built.
MAX_HTML_CELLS = 50_000
# Grid slots of one document's tables (rows x columns, plus every spanning cell's rowspan x colspan): the
# most in a real exhibit is about 31,000 (the 2.3 MB bank exhibit); about ten times that. Laying out and
# drawing a grid costs about a microsecond a slot, and spans make slots cheap to ask for: 200 cells of
# rowspan=200 colspan=200 are 8 KB of markup and 16 million slots.
MAX_HTML_GRID = 300_000
# Exhibits of one EDGAR submission read in search of its release (each one is parsed whole, and every
# other cap is per document): real submissions offer at most 6 (Southern Company's EX-99.01 to 99.06).
# 3,400 copies of a small release in one 25 MB submission would otherwise be 3,400 parses.
MAX_EXHIBITS = 20
# Runs of text placed by CSS position in a page converted from PDF (core.readers.html.positioned): a release
# of ten pages places about 5,000; ten times that. Setting them back costs about 10 microseconds a run.
MAX_POSITIONED_RUNS = 50_000
LIMITS_MODULE = "core/limits.py"


# What one parse has spent of the caps that add up across the documents it reads (a submission's exhibits
# are read one by one, and each alone is under every cap): numbers, tables, HTML elements, cells and grid slots.
_SPENT: ContextVar[Counter[str] | None] = ContextVar("release_lens_spent", default=None)


@contextmanager
def allowance() -> Iterator[None]:
    """One parse's tally of the cumulative caps; nested calls share the outer one, so an EDGAR submission's
    exhibits draw on one allowance. A context variable: parses in other threads keep their own."""
    if _SPENT.get() is not None:
        yield
        return
    token = _SPENT.set(Counter())
    try:
        yield
    finally:
        _SPENT.reset(token)


def spend(cap: str, amount: int) -> int:
    """Add `amount` to this parse's tally for `cap` and return the total so far (just `amount` outside
    `allowance`)."""
    tally = _SPENT.get()
    if tally is None:
        return amount
    tally[cap] += amount
    return tally[cap]


class LimitExceeded(ReleaseParseError):
    """A cap met deep inside a stage that does not know the file's name: parse_release puts the name in
    front ("w.txt has a line of more than 1,000 numbers; ..."). The message names the cap and where it is
    set, so whoever needs a larger one knows what to change."""


def refusal(found: str, limit: str, cap: str, *, line: int | None = None) -> LimitExceeded:
    """One sentence for a cap: what the file has, what is read, and which constant sets it; `line` where
    the reader met it."""
    return LimitExceeded(f"has {found}; {limit} are not read (the limit is {cap} in {LIMITS_MODULE})", line=line)


def too_many_values(line: int) -> LimitExceeded:
    """MAX_VALUES met at `line`: said alike by each reader that counts figures against it."""
    return refusal(f"more than {MAX_VALUES:,} numbers", "releases with more", "MAX_VALUES", line=line)


def count_tables(found: int, line: int) -> None:
    """`found` more tables met at `line`, refused once this parse's tables pass MAX_TABLES."""
    if spend("MAX_TABLES", found) > MAX_TABLES:
        raise refusal(f"more than {MAX_TABLES:,} tables", "releases with more", "MAX_TABLES", line=line)


def max_upload_mb() -> int:
    """The size cap in megabytes: $RELEASE_LENS_MAX_UPLOAD_MB when it is a positive whole number, else 25.

    A misspelt value raises rather than silently falling back, so an operator who meant to raise the
    limit learns why large files are still refused.
    """
    raw = os.environ.get(MAX_UPLOAD_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_UPLOAD_MB
    if not raw.isdigit() or int(raw) < 1:
        raise ReleaseParseError(f"{MAX_UPLOAD_ENV} must be a whole number of megabytes (1 or more), not {raw!r}")
    return int(raw)


def megabytes(size: int) -> str:
    """52.4 MB, 0.3 MB: one decimal, enough to see how far over the limit a file is."""
    return f"{size / MEGABYTE:.1f} MB"


def check_size(size: int, name: str) -> None:
    """Refuse a file larger than the cap, naming its size, the cap and how to change it."""
    limit = max_upload_mb()
    if size > limit * MEGABYTE:
        raise ReleaseParseError(
            f"{name} is {megabytes(size)}; releases larger than {limit} MB are not read "
            f"(set {MAX_UPLOAD_ENV} to change the limit)"
        )


def check_lines(count: int, name: str) -> None:
    if count > MAX_LINES:
        raise ReleaseParseError(
            f"{name} has {count:,} lines; releases longer than {MAX_LINES:,} lines are not read"
        )


def check_rendered_lines(count: int) -> None:
    """Lines of an HTML rendering, counted while rendering: refused as soon as the cap is passed, not after
    rendering 24 MB of markup into a million lines."""
    if count > MAX_LINES:
        raise LimitExceeded(f"renders to more than {MAX_LINES:,} lines; releases longer than {MAX_LINES:,} lines "
                            "are not read (the limit is MAX_LINES in core/limits.py)")


def check_pages(count: int, name: str) -> None:
    if count > MAX_PDF_PAGES:
        raise ReleaseParseError(f"{name} has {count:,} pages; PDFs longer than {MAX_PDF_PAGES} pages are not read")
