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
import itertools
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core.errors import ReleaseParseError
from core.limits import check_pages
from core.readers.characters import running_key
from core.readers.page_furniture import EDGE_REACH, MIN_PAGES, may_be_furniture, over_a_title
from core.readers.pdf_leaders import layout_text, run_lines, text_runs
from core.readers.text import Document, split_lines
from core.tables.lines import PAGE_FURNITURE
from core.tables.numbers import Cell, split_cells
from core.vocabulary import BROWSER_PRINT_EDGE, MONTH_RE

if TYPE_CHECKING:
    from pypdf import PageObject

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
        pages = list(reader.pages)
        runs = [text_runs(page) for page in pages]
        furniture = _furniture_runs(runs)
        return [_figures_made_whole(page, layout_text(page, page_runs, furniture))
                for page, page_runs in zip(pages, runs, strict=True)]
    except ReleaseParseError:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError) as error:
        raise ReleaseParseError(f"{name} is not a readable PDF ({error})") from None
    except Exception as error:  # pypdf on a hostile file can fail in any of its layers (IndexError, ...)
        raise ReleaseParseError(f"{name} is not a readable PDF ({type(error).__name__}: {error})") from None


def _furniture_runs(pages: list[list[dict[str, Any]] | None]) -> Callable[[dict[str, Any]], bool] | None:
    """Which runs of text are page furniture (core.readers.page_furniture): the same words drawn at the same
    height among the first or last lines of two pages or more. Told run by run, not line by line: a browser
    draws a fixed header or footer over the page's own text, and laid out with it, "-- Exhibit 99.1 --" had
    been glued to a statement's title ("BALANCE SHEETS-- Exhibit 99.1 --", the statement not found) and to a
    row's first figure, and the address to a label (round 658). Left out, the text it overlapped reads as
    printed; the page's own number and a browser's date and address are left to their rules."""
    counts: dict[tuple[int, str], int] = {}
    for runs in pages:
        keys = {_run_key(run) for run in _edge_runs(runs) if may_be_furniture(run["text"])}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    furniture = {key for key, count in counts.items() if count >= MIN_PAGES}
    if not furniture:
        return None
    return lambda run: bool(run["text"].strip()) and _run_key(run) in furniture


def _edge_runs(runs: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """The runs of text on a page's first and last few lines, but for a line over a statement's title and a
    row's label."""
    lines = run_lines(runs) if runs else None
    if not lines:
        return []
    filled = [line for line in lines.values() if any(run["text"].strip() for run in line)]
    below = [" ".join(run["text"] for run in line) for line in filled[1:]] + [""]
    at_the_edges = [*range(len(filled))[:EDGE_REACH], *range(len(filled))[EDGE_REACH:][-EDGE_REACH:]]
    return [run for at in at_the_edges if not over_a_title(below[at])
            for run in _words_beside_no_figures(filled[at]) if run["text"].strip()]


def _words_beside_no_figures(line: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The runs of a line that may be furniture: on a line of figures (a row, or a header's years), only runs
    holding digits of their own ("-- Exhibit 99.1 --" run into a row). A column's head beside the years, "% Change"
    over statements laid out alike page after page, is no furniture (the corpus's Aflac and Timberland PDFs had
    lost their change columns' heads, and with them the quarter's figures)."""
    if not any(_FIGURE.search(run["text"]) for run in line):
        return line
    return [run for run in line[1:] if _FIGURE.search(run["text"])] if _a_row(line) else [
        run for run in line if _FIGURE.search(run["text"])]


def _a_row(line: list[dict[str, Any]]) -> bool:
    """Whether a line's first run is a row's label: a figure follows it on the line. Two short pages of tables
    laid out alike can hold the same label at the same height, and it is no furniture."""
    return any(_FIGURE.search(run["text"]) for run in line[1:])


def _run_key(run: dict[str, Any]) -> tuple[int, str]:
    """A run as it repeats page after page: its height on the page, its words but for their numbers."""
    return round(run["ty"]), running_key(run["text"])


# Two figures side by side whose digits, put together, make one figure grouped by thousands ("71   1,644",
# "498,1 15", "1   18,412"): a figure the layout text may have split, or two columns' figures
_SPLIT_PAIR = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{1,3})*)( {1,8})(\d[\d,]*(?:\.\d+)?)(?![\d,])")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figures_made_whole(page: PageObject, layout: str) -> str:
    """The layout text with each figure it split put back together, where the page's plain text holds the
    whole figure and not both pieces: Chromium prints a cell "$&nbsp;711,644" as one run of text, and pypdf's
    layout mode set "$ 71   1,644" (split after a "1" followed by another; round 451: total assets
    printed as 71 thousand and 1.6 million in two columns, whole statements lost). The figure keeps the
    place its last digit had, so columns line up as before. The plain text is read only for a page
    showing such a pair."""
    lines = layout.split("\n")
    candidates = [(number, match) for number, line in enumerate(lines)
                  for match in _SPLIT_PAIR.finditer(line) if _GROUPED.fullmatch(match.group(1) + match.group(3))]
    if not candidates:
        return layout
    printed = set(_FIGURE.findall(page.extract_text() or ""))
    for number, match in reversed(candidates):  # from the right, so earlier matches keep their places
        first, second = match.group(1), match.group(3)
        whole = first + second
        if whole in printed and (first not in printed or second not in printed):
            line = lines[number]
            lines[number] = f"{line[:match.start()]}{whole.rjust(match.end() - match.start())}{line[match.end():]}"
    return "\n".join(lines)


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
    text = "\n\n".join(_columns_one_after_the_other(page.rstrip("\n")) for page in _without_running_lines(pages))
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)  # a glyph the extractor could not map (an em dash) comes back as NUL
    if " ." in text:
        text = _MONTH_THEN_ITS_PERIOD.sub(r"\1.\2", text)
    if ")$" in text:
        text = _NEGATIVE_THEN_DOLLAR.sub(") $", text)
    if "$" in text:
        text = _FIGURE_THEN_DOLLAR.sub(r"\1 $", text)
    return Document(name=name, format="pdf", lines=_labels_under_a_raised_mark(split_lines(text)),
                    encoding="pdf")


# A month's abbreviation set off from its period ("SEPT  . 30,", "DEC . 31,"): a header in small caps, whose
# lower-case letters are smaller capitals, is placed by pypdf a column or two wider than it prints. The
# stranded month had been left out of its column's header, which then took its neighbour's month (round 271:
# a balance sheet's December 31 printed as September 30). The period goes back to the word; the spaces after
# it keep every column where it was.
_MONTH_THEN_ITS_PERIOD = re.compile(rf"(?<![A-Za-z])({MONTH_RE})( +)\.(?= )", re.IGNORECASE)


# A negative figure's closing parenthesis run into the next column's "$" ("$ (8,200,424)$    (5,806,509)$(23,613,660)"):
# a browser's PDF of cells each holding "$", "(figure" and ")" sets them closer than pypdf's character grid, and
# the row, read as one word of figures, was no row at all (round 306: the operating and net losses lost, their
# labels run into the next rows'). A space parts them; the columns further right move one place, well within
# the width a column's figures are matched by.
_NEGATIVE_THEN_DOLLAR = re.compile(r"\)\$(?=\s*\(?[\d.])")
# So is a figure's last digit run into the next column's "$" ("$ 84,312$   71,905$163,450$139,872", cells of 7pt
# type in tight columns, round 735: read as words, the row was folded into the next row's label and revenue
# lost without a word). A "$" there opens the next cell: a space parts them, only where both pieces are whole
# figures (grouped by thousands, or of three digits or fewer), so no word or code with a "$" in it is cut.
_WHOLE_FIGURE = r"\(?(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|\.\d+)\)?"
_FIGURE_THEN_DOLLAR = re.compile(rf"(?<![\w,.])({_WHOLE_FIGURE})\$(?=\s*{_WHOLE_FIGURE}(?![\w,.]))")


# How far from a page's top or bottom a running header or footer stands (its non-blank lines).
_RUNNING_REACH = 2


def _without_running_lines(pages: list[str]) -> list[str]:
    """The pages with their running headers and footers blanked: a line standing among the first or last
    lines of most pages ("Harrow Pointe Energy Corporation - 3Q FY2015 results", "Page 3 of 7"), its
    numbers aside. Left in, the footer over a statement's continued page reads as that page's column
    header ("3Q FY2015" made its nine-month figures twelve months'). Line counts are kept."""
    split = [page.split("\n") for page in pages]
    edges = [_edge_lines(lines) for lines in split]
    # A browser's own header and footer (the date and time printed, the page's address and "1/2") say what
    # they are on any page, however few: pypdf spaces them differently page by page.
    for lines, page_edges in zip(split, edges, strict=True):
        for index, text in page_edges:
            if BROWSER_PRINT_EDGE.match(text):
                lines[index] = ""
    pages = ["\n".join(lines) for lines in split]
    if len(pages) < 3:
        return pages
    seen: dict[str, int] = {}
    for page_edges in edges:
        for key in {running_key(lines_text) for _, lines_text in page_edges}:
            seen[key] = seen.get(key, 0) + 1
    running = {key for key, count in seen.items()
               if count * 2 > len(pages) and count >= 3}
    if not running:
        return pages
    result = []
    for lines, page_edges in zip(split, edges, strict=True):
        for index, text in page_edges:
            # A page number stays: it is page furniture already, and it tells the table reader a page ended.
            if running_key(text) in running and PAGE_FURNITURE.match(text.strip()) is None:
                lines[index] = ""
        result.append("\n".join(lines))
    return result


def _edge_lines(lines: list[str]) -> list[tuple[int, str]]:
    """The first and last few non-blank lines of a page, with their indexes."""
    filled = [(index, text) for index, text in enumerate(lines) if text.strip()]
    return filled[:_RUNNING_REACH] + filled[_RUNNING_REACH:][-_RUNNING_REACH:]


# A run of lines set in two columns of prose (a dateline and story on the left, a quote or a sidebar on the
# right): at least this many lines print words on both sides of one gap this wide, in the same place.
_MIN_TWO_SIDED = 5
_MIN_GUTTER = 3
# Prose is mostly letters; a table's side is figures (a label column and its amounts fail this).
_PROSE_LETTERS = 0.7
_GAP = re.compile(r" {3,}")


def _columns_one_after_the_other(page: str) -> str:
    """A page's runs of two columns of prose, read column by column: the left column's lines, then the
    right's. Read across, a two-column first page had run the story into the quote beside it ("a medical
    quarter of 2021. Net loss for the full year was $46.5 technology company ...") and a sentence's "$36.9"
    and "$46.5" beside the dateline had been read as a table of figures (a browser review of round 223). A
    table never qualifies: one side of it is figures."""
    lines = page.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        run = _two_column_run(lines, index)
        if run is None:
            out.append(lines[index])
            index += 1
            continue
        end, gutter = run
        # lines just above that print the right column alone (its first line, beside the dateline's blank)
        while out and out[-1].strip() and not out[-1][: gutter - _MIN_GUTTER].strip():
            index -= 1
            out.pop()
        block = lines[index:end]
        out.extend(line[:gutter].rstrip() for line in block)
        out.append("")
        right = [line[gutter:].rstrip() for line in block]
        margin = min((len(text) - len(text.lstrip()) for text in right if text.strip()), default=0)
        out.extend(text[margin:] for text in right)
        index = end
    return "\n".join(out)


def _two_column_run(lines: list[str], start: int) -> tuple[int, int] | None:
    """Where a run of two columns of prose starts at `start`: its end and the gutter's last column (where the
    right column's text begins), or None. Each gap of the first line is tried as the gutter; each line below
    narrows it to the part it leaves blank, and the run ends where a line leaves too little of it."""
    first = lines[start]
    if not first.strip():
        return None
    best: tuple[int, int] | None = None
    for gap in _GAP.finditer(first.rstrip()):
        if gap.start() < len(first) - len(first.lstrip()):
            continue  # the line's own indent
        low, high = gap.start(), gap.end()
        rows: list[tuple[str, int]] = []  # each line of the run and where its text starts past the gutter
        end = start
        for at in range(start, len(lines)):
            line = lines[at].rstrip()
            if line.strip():
                narrowed = _blank_within(line, low, high)
                if narrowed is None:
                    break  # a line crossing the gutter ends the run
                low, high = narrowed
            rows.append((line, high))
            end = at + 1
        while end > start and not lines[end - 1].strip():
            end -= 1
        sides = [(line[:low].strip(), line[high:].strip()) for line, _ in rows[: end - start]]
        two_sided = [(left, right) for left, right in sides if left and right]
        if (len(two_sided) >= _MIN_TWO_SIDED and _prose([left for left, _ in two_sided])
                and _prose([right for _, right in two_sided]) and (best is None or end > best[0])):
            best = (end, high)
    return best


def _blank_within(line: str, low: int, high: int) -> tuple[int, int] | None:
    """The part of columns low..high the line leaves blank, if it is one stretch at least _MIN_GUTTER wide."""
    text_in = [i for i in range(low, min(high, len(line))) if line[i] != " "]
    if not text_in:
        return low, high
    # the widest blank stretch of low..high around the line's text there
    stretches = [(low, text_in[0]), *((a + 1, b) for a, b in itertools.pairwise(text_in)), (text_in[-1] + 1, high)]
    widest = max(stretches, key=lambda s: s[1] - s[0])
    return widest if widest[1] - widest[0] >= _MIN_GUTTER else None


def _prose(fragments: list[str]) -> bool:
    """Whether the fragments read as prose: mostly letters, a few words each."""
    text = "".join(fragment.replace(" ", "") for fragment in fragments)
    words = sum(len(fragment.split()) for fragment in fragments)
    return bool(text) and sum(ch.isalpha() for ch in text) >= _PROSE_LETTERS * len(text) and words >= 3 * len(
        fragments)


_MARK = re.compile(r"^(?:\d{1,2}|[a-z]|\*{1,3}|\(\w{1,2}\))$")
# How many rows a label may have slipped down past: beyond it the lines are not one drift.
_MAX_DRIFT = 4


def _labels_under_a_raised_mark(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A label's raised footnote mark ("Amortization of acquired intangible assets¹") can make the text
    extractor set the mark on the row's line with its figures and the label words one line down, and every
    label below slip a row until a label left without figures ("Total operating expenses"): each label
    goes back up a row. Left as printed, a row's figures stood under the next row's label. Only words slip
    so: a rule under a row is no label (round 668: a wrapped row's "(61)   45", its negative figure read as a
    mark, had taken the rule below it up beside its "45", the "(61)" and the rule's line lost)."""
    result = list(lines)
    index = 0
    while index < len(result):
        label, _, cells = _parts(result[index])
        if not (cells and _MARK.match(label)):
            index += 1
            continue
        chain = [index]
        below = index + 1
        while below < len(result) and len(chain) <= _MAX_DRIFT:
            next_label, _, next_cells = _parts(result[below])
            if not _a_labels_words(next_label):
                break
            chain.append(below)
            if not next_cells:
                break
            below += 1
        last_label, _, last_cells = _parts(result[chain[-1]]) if len(chain) > 1 else ("", 0, [])
        if len(chain) < 2 or last_cells or not last_label:
            index += 1
            continue
        for upper, lower in itertools.pairwise(chain):
            lower_text = result[lower]
            words = lower_text[: len(lower_text) - len(lower_text.lstrip())] + _parts(lower_text)[0]
            _, figures_at, _ = _parts(result[upper])
            figures = result[upper][figures_at:]
            result[upper] = (words.ljust(figures_at - 1) + " " + figures.lstrip()).rstrip() if len(
                words) < figures_at else words + "  " + figures.lstrip()
        result[chain[-1]] = ""
        index = chain[-1] + 1
    return tuple(result)


def _a_labels_words(label: str) -> bool:
    """Whether a line's label is words that can have slipped down from the row above: a rule of dashes or
    equals signs under a row's figures holds no letter and stays where it is drawn."""
    return any(ch.isalpha() for ch in label)


def _parts(line: str) -> tuple[str, int, list[Cell]]:
    """A line's label, where its figures start, and its figure cells. A mark alone at the margin ("  1")
    is the label's, not a figure."""
    label, label_end, cells = split_cells(line)
    if not label and len(cells) > 1 and cells[0].start <= _MARGIN and _MARK.match(cells[0].text):
        label, cells = cells[0].text, cells[1:]
    return label, (cells[0].start if cells else label_end), list(cells)


_MARGIN = 8
