"""How big an input may be: the caps that keep one hostile or mistaken file from holding a server.

Every cap is sized from the corpus of real releases, with room to spare, and each says so. Parsing time
grows linearly with the number of lines (bench/bench_linear_time.py), so a cap on size and lines is a cap
on time: the largest real release (a 2.3 MB HTML exhibit) takes about a second. The cost of one line of
numbers still grows with its width (each cell is placed against every column), so a file of very wide rows
of figures is the slowest input under these caps; see the benchmark's "wide-rows" line.

The size cap is the one a deployment may want to move, so it comes from the environment
(RELEASE_LENS_MAX_UPLOAD_MB); the dashboard's upload widget and .streamlit/config.toml use the same
number, and the core checks it again so the CLI, the batch reader and the library refuse the same files.
"""

from __future__ import annotations

import os

from core.errors import ReleaseParseError

MAX_UPLOAD_ENV = "RELEASE_LENS_MAX_UPLOAD_MB"
# The corpus's largest release is a 2.3 MB HTML exhibit and its largest whole EDGAR submission 2 MB;
# ten times that still leaves room for an exhibit with embedded images or a long PDF.
DEFAULT_MAX_UPLOAD_MB = 25
# Megabytes as Streamlit counts them (server.maxUploadSize is in MiB), so the two limits agree to the byte.
MEGABYTE = 1024 * 1024
# The longest real document is a 13,820-line EDGAR submission; seven times that. The table reader takes
# about 0.15 ms a line of digits (its worst input), so this caps a parse at about 15 s. A text file of digits
# and spaces under the size cap could otherwise be 500,000 lines, each one a candidate table row.
MAX_LINES = 100_000
# Earnings-release PDFs run to 10-30 pages; a PDF of more pages is a filing or a book, not a release, and
# layout extraction costs about 50 ms a page.
MAX_PDF_PAGES = 300
# libxml2 stops building the tree at this depth (without XML_PARSE_HUGE, which is never set here), which
# also bounds the HTML renderer's recursion; real exhibits nest about 20 deep.
MAX_HTML_DEPTH = 256


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


def check_pages(count: int, name: str) -> None:
    if count > MAX_PDF_PAGES:
        raise ReleaseParseError(f"{name} has {count:,} pages; PDFs longer than {MAX_PDF_PAGES} pages are not read")
