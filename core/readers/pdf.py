"""PDF releases into fixed-width lines, for the same text-table reader every other form goes through.

pypdf's layout mode places each run of text at the column its x position calls for, so a table printed in
a PDF comes back as aligned columns. Measured on PDFs printed by Chromium from corpus releases, it was the
better of the two pure-Python extractors: from a text release it gives back the original lines exactly
(same columns, same line numbers), from an HTML release columns three or more spaces apart, and it is about
ten times faster than pdfplumber's layout mode, which at its default density squeezes monospaced columns
together ("Clinical manufacturing 1,374 3,866") unless tuned page by page.

A PDF whose pages hold no text (a scan: images only) cannot be read without OCR; it gets a message that
says so rather than "no financial statement found".
"""

from __future__ import annotations

import io
import logging
import re

from core.errors import ReleaseParseError
from core.limits import check_pages
from core.readers.text import Document, split_lines

# pypdf logs every odd font or broken cross-reference table it recovers from; a release reader has
# nothing to do with those warnings, and the user sees an error if the text cannot be had.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def pdf_pages(data: bytes, name: str) -> list[str]:
    """The text of each page, laid out as fixed-width lines. pypdf is imported here, on the first PDF:
    it is a third of `import core`, and most releases are text or HTML."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # most "protected" releases only forbid editing: the empty password opens them
        check_pages(len(reader.pages), name)
        return [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except ReleaseParseError:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError) as error:
        raise ReleaseParseError(f"{name} is not a readable PDF ({error})") from None
    except Exception as error:  # pypdf on a hostile file can fail in any of its layers (IndexError, ...)
        raise ReleaseParseError(f"{name} is not a readable PDF ({type(error).__name__}: {error})") from None


def read_pdf(data: bytes, name: str) -> Document:
    pages = pdf_pages(data, name)
    if not pages:
        raise ReleaseParseError(f"{name} is a PDF without pages")
    if not any(page.strip() for page in pages):
        pages_hold = "its page holds" if len(pages) == 1 else f"its {len(pages)} pages hold"
        raise ReleaseParseError(
            f"{name} is a scanned PDF: {pages_hold} images but no text "
            "(run it through OCR, or upload the release's HTML or text)"
        )
    # A blank line between pages, as between the pages of a printed release.
    text = "\n\n".join(page.rstrip("\n") for page in pages)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)  # a glyph the extractor could not map (an em dash) comes back as NUL
    return Document(name=name, format="pdf", lines=split_lines(text), encoding="pdf")
