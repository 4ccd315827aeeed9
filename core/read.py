"""Bytes into lines of text: decode, detect the format, normalise what would misalign columns.

Line numbers are the user's way back to the source, so nothing here may add or remove a line: markers
that carry no content (`<PAGE>`, SGML table tags) become blank lines instead of disappearing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.edgar import strip_envelope
from core.errors import ReleaseParseError
from core.html_render import is_html, render_html
from core.model import SourceFormat

# A text release is mostly printable; more than this share of control bytes means an image, archive or
# other binary renamed to .txt (real releases have none but tabs, form feeds and line ends).
_MAX_CONTROL_SHARE = 0.01
_SNIFF_BYTES = 65536

_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
# SGML markup EDGAR wraps around text tables and pages; it marks layout, never content.
_SGML_LINE = re.compile(r"^\s*(?:</?(?:PAGE|TABLE|CAPTION|S|C|FN|F\d+)>\s*)+$", re.IGNORECASE)
_SGML_TAG = re.compile(r"</?(?:PAGE|TABLE|CAPTION|S|C|FN)>", re.IGNORECASE)
_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",
        "\u202f": " ",
        "\u2212": "-",  # minus sign
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\ufeff": "",
    }
)


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source: the lines every later stage and every source span refer to."""

    name: str
    format: SourceFormat
    lines: tuple[str, ...]
    encoding: str


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes the way releases are actually encoded: UTF-8 (maybe with BOM), else Windows-1252.

    Windows-1252 is the right fallback for the era: it is what old filers' word processors wrote
    (curly quotes, em dashes), and it decodes every Latin-1 letter the same way.
    """
    if not data.strip():
        raise ReleaseParseError(f"{name} is empty")
    sniff = data[:_SNIFF_BYTES]
    if b"\x00" in sniff or (_CONTROL.search(sniff) and len(_CONTROL.findall(sniff)) > _MAX_CONTROL_SHARE * len(sniff)):
        raise ReleaseParseError(f"{name} is not a text file (it holds binary data)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_format(data: bytes) -> SourceFormat:
    """What the bytes are: a PDF, a whole EDGAR submission, an HTML page, or plain text.

    A submission announces itself by its header; one whose header was cut off still has two or more
    `<DOCUMENT>` envelopes. HTML is recognised by its opening elements anywhere in the first 64 KB, since
    saved exhibits often open with envelope lines or a comment.
    """
    head = data[:4096].lstrip().lower()
    if head.startswith(b"%pdf") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if b"<sec-document>" in head or b"<sec-header>" in head or b"<ims-header>" in head:
        return "edgar"
    sniff = data[:_SNIFF_BYTES].lower()
    if sniff.count(b"<document>") >= 2:
        return "edgar"
    if is_html(sniff.decode("latin-1")):
        return "html"
    return "text"


def split_lines(text: str) -> tuple[str, ...]:
    """Normalise line ends, tabs and spacing characters; blank out markup lines; keep the count."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if not text.isascii():  # translating costs a pass per character: only where there is something to map
        text = text.translate(_TRANSLATE)
    lines = []
    for raw in text.split("\n"):
        line = raw.expandtabs(8).rstrip() if "\t" in raw else raw.rstrip()
        if "<" in line:
            line = "" if _SGML_LINE.match(line) else _SGML_TAG.sub(lambda m: " " * len(m.group()), line).rstrip()
        lines.append(line)
    return tuple(lines)


def read_text(data: bytes, name: str) -> Document:
    text, encoding = decode(data, name)
    return Document(name=name, format="text", lines=split_lines(text), encoding=encoding)


def read_html(data: bytes, name: str) -> Document:
    """An HTML exhibit rendered to fixed-width text (core.html_render); spans point into the rendering."""
    text, encoding = decode(data, name)
    body, _, _ = strip_envelope(text)
    rendering = render_html(body)
    if not rendering.data_tables and rendering.pre_blocks == 0:
        raise ReleaseParseError(f"no financial statement found in {name}: the HTML holds no table of figures")
    return Document(name=name, format="html", lines=split_lines("\n".join(rendering.lines)), encoding=encoding)
