"""The markup side of an HTML exhibit: parsing, sniffing, text repair and the little CSS the renderer reads.

The parser is lxml's (libxml2's HTML parser): it is fast (a 2 MB Workiva exhibit parses in tens of
milliseconds), forgiving of the tag soup old filers wrote (unclosed `<p>`, `<font>` around cells) in the
same way browsers are, and well kept. HTML is never taken apart with regular expressions here; the only
patterns below read CSS declarations and repair mis-decoded characters in text.
"""

from __future__ import annotations

import functools
import re

import lxml.etree

from core.readers.characters import C1_AS_WINDOWS_1252, replace_all

# Elements whose content is never shown (scripts, styles, the iXBRL header, form controls).
SKIPPED = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "object", "embed", "iframe", "svg", "map",
     "ix:header", "xml", "button", "select", "option", "textarea"}
)
# Elements that stand as blocks of their own: a line break before and after their content.
BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "address", "li", "ul", "ol", "dl", "dt", "dd", "center",
     "blockquote", "section", "article", "header", "footer", "form", "tr", "caption", "hr", "body", "html",
     "main", "nav", "aside", "figure", "figcaption", "fieldset", "legend", "table", "td", "th"}
)
# A CSS length: a number and its unit (px when none is given).
CSS_LENGTH = re.compile(r"(-?\d*\.?\d+)\s*(pt|px|em|rem|in|cm|mm|pc|ch|%)?", re.IGNORECASE)
# UTF-8 bytes that were decoded as Latin-1 or Windows-1252 somewhere upstream (a BeautifulSoup dump writes
# "•" as "&#226;&#128;&#162;", which an HTML parser reads as "â€¢"): a lead byte and its continuation
# bytes, as the characters those bytes are in either code page.
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)} | {
    bytes([b]).decode("cp1252"): b for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_CONTINUATION = "".join(re.escape(ch) for ch, b in _BYTE_OF.items() if 0x80 <= b < 0xC0)
_MOJIBAKE = re.compile(
    rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)
_LEAD_BYTE = re.compile("[\u00c2-\u00f4]")
# Windows-1252 characters written as numeric references to their byte ("&#151;" for an em dash) land in
# the C1 control range: mapped to what the filer typed.
_TRANSLATE = str.maketrans({**C1_AS_WINDOWS_1252, "\u200b": "", "\u00ad": "", "\ufeff": ""})
# Any character of that table: most non-ASCII text (a no-break space, a curly quote) holds none, and one
# search in C tells so where trying each of the table's 35 characters takes as many steps in Python.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in _TRANSLATE) + "]")


# Elements that only HTML has; EDGAR's text documents use bare SGML <TABLE>, <S>, <C> and <PAGE> instead.
_HTML_START = re.compile(r"<(html|body|div|p|font|center|br|td|tr|span)[\s>/]", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A markdown table's separator row: "|---|---:|".
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.MULTILINE)
# HTML is recognised in the first 64 KB: saved exhibits open with envelope lines, comments or a long head.
_SNIFF_CHARS = 65536


def is_html(text: str) -> bool:
    """Whether a document is HTML (as opposed to plain text that may carry EDGAR's SGML table tags). A
    markdown file whose pipe tables keep a converter's "<br>" inside cells, and no other tag, is text (round
    358: "the HTML holds no table of figures" for a release read whole from its markdown)."""
    sniff = text[:_SNIFF_CHARS]
    found = _HTML_START.search(sniff)
    if found is None:
        return False
    only_breaks = found.group(1).lower() == "br" and not _HTML_START.search(_BREAK_TAG.sub("", sniff))
    return not (only_breaks and _PIPE_SEPARATOR.search(sniff))


def _parser() -> lxml.etree.HTMLParser:
    """A parser per document: its error log then belongs to this parse alone, even when sessions parse in
    threads at once. `huge_tree` stays off, so libxml2 stops at 256 levels of nesting, which also bounds
    the recursion of the walk below; no_network: a document never makes the parser fetch anything."""
    return lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)


def parse_document(html: str) -> tuple[lxml.etree._Element, bool]:
    """The element tree (libxml2's HTML parser lower-cases tag names, as HTML has no case), and whether
    the markup nested too deep for all of it to be read."""
    parser = _parser()
    root = lxml.etree.fromstring(html.encode("utf-8", errors="replace") or b"<html></html>", parser=parser)
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    if root is None:
        root = lxml.etree.fromstring(b"<html></html>", parser=parser)
    if "table-" in html:
        _css_tables_as_tables(root)
    _rows_out_of_cells(root)
    return root, too_deep


# Where a row belongs: the elements that hold rows, and the cells a row is never inside but by a table.
_ROW_HOLDERS = frozenset({"table", "tbody", "thead", "tfoot"})
_CELLS = frozenset({"td", "th"})


def _rows_out_of_cells(root: lxml.etree._Element) -> None:
    """A row libxml2 put inside the cell before it goes back after that cell's row. Old filers left a
    `<font>` open in a row's one cell (`<TR><TD><FONT SIZE=2>Revenues:` then `<TR>`): a browser closes the
    cell and starts a row, libxml2 nests the rest of the table in that font (round 355: a statement read as
    one cell of run-on text). Rows nested in a table inside a cell are that table's, and stay. A row wrapped
    in a tag between the table and its rows (`<TABLE><FONT SIZE=2><TR>`, round 627: the table had held no row
    and the whole statement was lost) is the table's, as a browser lays it out: it goes before the wrapper."""
    placed_after: dict[lxml.etree._Element, lxml.etree._Element] = {}
    for row in list(root.iter("tr")):
        parent = row.getparent()
        if parent is None or parent.tag in _ROW_HOLDERS:
            continue
        ancestor, wrapper = parent, row
        while ancestor is not None and ancestor.tag not in _CELLS and ancestor.tag not in _ROW_HOLDERS:
            ancestor, wrapper = ancestor.getparent(), ancestor
        if ancestor is None:
            continue
        if ancestor.tag in _ROW_HOLDERS:
            wrapper.addprevious(row)  # out of the font wrapping it, in order, before what is left of it
            continue
        host = ancestor.getparent()
        if host is None or host.tag != "tr":
            continue
        placed_after.get(host, host).addnext(row)
        placed_after[host] = row


# The CSS that makes boxes a table ("display: table-row"), and the element each display stands for.
_CSS_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*(table(?:-row|-cell)?)\s*(?:;|$|!)", re.IGNORECASE)
_DISPLAYED_AS = {"table": "table", "table-row": "tr", "table-cell": "td"}


def _css_tables_as_tables(root: lxml.etree._Element) -> None:
    """Boxes a page's CSS lays out as a table (`<div style="display: table-row">` around `display:
    table-cell` boxes) become the table, rows and cells they are shown as: a release built so (round 298)
    had been refused as holding "no table of figures", every statement in plain sight in a browser."""
    for element in root.iter("div"):
        found = _CSS_DISPLAY.search(element.get("style") or "")
        if found is not None:
            element.tag = _DISPLAYED_AS[found.group(1).lower()]


def clean_text(text: str) -> str:
    """Repair mis-decoded characters: UTF-8 read as Latin-1, and Windows-1252 byte references."""
    if text.isascii():
        return text  # nothing mis-decoded and nothing to map: most text nodes
    if _LEAD_BYTE.search(text):
        text = _MOJIBAKE.sub(_unmojibake, text)
    return replace_all(text, _TRANSLATE) if _TRANSLATED.search(text) else text


def _unmojibake(match: re.Match[str]) -> str:
    try:
        return bytes(_BYTE_OF[ch] for ch in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def tag_name(element: lxml.etree._Element) -> str | None:
    tag = element.tag
    return tag if isinstance(tag, str) else None


def style_of(element: lxml.etree._Element) -> dict[str, str]:
    return declarations_of(element.get("style") or "")


@functools.lru_cache(maxsize=4096)
def declarations_of(style: str) -> dict[str, str]:
    """CSS declarations of a style attribute, later ones winning as in a browser (cached: generated
    exhibits repeat a handful of styles thousands of times; callers must not change the result)."""
    declarations: dict[str, str] = {}
    for part in style.split(";"):
        name, colon, value = part.partition(":")
        if colon:
            declarations[name.strip().lower()] = value.strip().lower()
    return declarations


# Fonts of fixed width: text set in them can be aligned with spaces, and filers did so.
_MONOSPACE = re.compile(r"courier|monospace|consolas|lucida console|monaco", re.IGNORECASE)


def names_monospace(element: lxml.etree._Element) -> bool:
    """Whether an element's own style or face sets a fixed-width font (what its blocks inside inherit)."""
    style, face = element.get("style"), element.get("face")
    return bool((style and _MONOSPACE.search(style)) or (face and _MONOSPACE.search(face)))


def monospace_inside(block: lxml.etree._Element) -> bool:
    """Whether a block's text is set in a fixed-width font by an inline element right inside it: a `<font>`
    or `<span>` naming one (`<p><font face="Courier">`), or a `<tt>` or `<code>`. Only the children are
    looked at."""
    for child in block:
        tag = child.tag
        if tag in _FIXED_WIDTH or (tag in _FONT_SETTERS and names_monospace(child)):
            return True
    return False


# Inline elements that set a font, and those whose text a browser shows in a fixed-width font.
_FONT_SETTERS = frozenset({"font", "span"})
_FIXED_WIDTH = frozenset({"tt", "code"})


def is_hidden(element: lxml.etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if not style or ("none" not in style and "hidden" not in style):
        return False
    declarations = style_of(element)
    return declarations.get("display") == "none" or declarations.get("visibility") == "hidden"


def is_not_displayed(element: lxml.etree._Element) -> bool:
    """Hidden so that it takes no place at all (display:none, the hidden attribute): a table cell so hidden
    takes no column of the grid, where one with visibility:hidden keeps its place, empty."""
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style) and "none" in style and style_of(element).get("display") == "none"


@functools.lru_cache(maxsize=1024)
def css_points(value: str) -> float:
    """A CSS length in points (percentages and unknown units count as nothing)."""
    match = CSS_LENGTH.match(value.strip())
    if not match:
        return 0.0
    number = float(match.group(1))
    unit = (match.group(2) or "px").lower()
    factor = {"pt": 1.0, "px": 0.75, "em": 10.0, "rem": 10.0, "in": 72.0, "cm": 28.35, "mm": 2.835, "pc": 12.0,
              "ch": 6.0}.get(unit, 0.0)
    return number * factor


def left_offset(declarations: dict[str, str]) -> float:
    """Where the first line of a block starts, in points: margin + padding + text-indent."""
    total = 0.0
    for box in ("margin", "padding"):
        if f"{box}-left" in declarations:
            total += css_points(declarations[f"{box}-left"])
        elif box in declarations:
            parts = declarations[box].split()
            # CSS shorthand: 1 value all sides, 2 vertical/horizontal, 3 top/horizontal/bottom, 4 clockwise.
            left = {1: 0, 2: 1, 3: 1, 4: 3}.get(len(parts))
            if left is not None:
                total += css_points(parts[left])
    if "text-indent" in declarations:
        total += css_points(declarations["text-indent"])
    return total
