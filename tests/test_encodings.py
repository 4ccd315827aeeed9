"""The same release in every encoding and line-end convention old and new filers used reads the same:
UTF-8 with or without BOM, Windows-1252 (curly quotes, em dashes), Latin-1, CRLF, form feeds and
EDGAR's <PAGE> markers between the pages of a table."""

from __future__ import annotations

import pytest

import core
from tests.golden_facts import facts_by_key

NAME, SAMPLE = core.load_sample()
TEXT = SAMPLE.decode("ascii")
# Typographic characters a word processor puts in: curly quotes, an em dash, an accented letter.
TYPESET = TEXT.replace("Company's", "Company’s").replace(" -- Allos", " — Allos").replace("Colo.", "Colo. Café")


def _facts(data: bytes) -> dict[tuple[str, str, str, int | None], float]:
    return facts_by_key(core.parse_release(data, NAME))


EXPECTED = _facts(SAMPLE)


@pytest.mark.parametrize(
    "data",
    [
        TYPESET.encode("utf-8"),
        b"\xef\xbb\xbf" + TYPESET.encode("utf-8"),
        TYPESET.encode("cp1252"),
        TYPESET.replace("’", "'").replace("—", "-").encode("latin-1"),
        TYPESET.replace("\n", "\r\n").encode("utf-8"),
        TYPESET.replace("\n", "\r").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "windows-1252", "latin-1", "crlf", "old-mac-cr"],
)
def test_every_encoding_gives_the_same_facts(data: bytes) -> None:
    assert _facts(data) == EXPECTED


@pytest.mark.parametrize(("data", "encoding"), [
    (b"\xef\xbb\xbf" + TYPESET.encode("utf-8"), "utf-8-sig"),
    (TYPESET.encode("cp1252"), "cp1252"),
])
def test_typographic_characters_decode_as_typed(data: bytes, encoding: str) -> None:
    from core.readers.text import decode

    text, used = decode(data, NAME)
    assert used == encoding
    assert "Company’s" in text and "— Allos" in text and "Café" in text and not text.startswith("\ufeff")


def test_line_ends_do_not_change_line_numbers() -> None:
    lf = core.parse_release(TYPESET.encode("utf-8"), NAME)
    crlf = core.parse_release(TYPESET.replace("\n", "\r\n").encode("utf-8"), NAME)
    assert lf.lines == crlf.lines
    assert [s.span for s in lf.statements] == [s.span for s in crlf.statements]


def test_a_page_break_inside_a_table_leaves_its_rows_in_one_statement() -> None:
    lines = TYPESET.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "Liabilities and Stockholders' Equity")
    assert lines[at - 1] == ""
    # The blank line between assets and liabilities becomes a page break, as EDGAR and printers mark it.
    broken = "\n".join([*lines[: at - 1], "\f<PAGE>", *lines[at:]])
    release = core.parse_release(broken.encode("cp1252"), NAME)
    assert facts_by_key(release) == EXPECTED
    assert "<PAGE>" not in "\n".join(release.lines)


def test_an_html_exhibit_in_windows_1252_reads_its_curly_quotes() -> None:
    html = ("<html><body><p>Acme’s quarter—record</p><table><tr><td></td><td>2020</td><td>2019</td></tr>"
            "<tr><td>Net income</td><td>1,000</td><td>900</td></tr></table></body></html>").encode("cp1252")
    from core.readers.text import read_html

    document = read_html(html, "acme.htm")
    assert document.lines[0] == "Acme's quarter—record"  # read.py straightens quotes as for text releases


def test_thousands_grouped_by_a_space_are_read_where_no_figure_is_grouped_by_a_comma() -> None:
    """"$  84 512" in a text whose figures group their thousands by a space and never by a comma (round 113):
    written "84,512" at the same width, so the table keeps its columns. A text with one comma-grouped figure
    keeps its spaces: there "12 345" may be two cells of a cramped row."""
    from core.readers.text import split_lines

    rows = [f"Line {n}                       {n} 512     {n} 905" for n in range(10, 16)]
    assert split_lines("\n".join(rows))[0] == "Line 10                       10,512     10,905"
    assert split_lines("\n".join([*rows, "Total      1,234"]))[0] == rows[0]
    # numbers one space apart, however many, are no figure grouped by spaces (a line of them is refused later)
    series = "Count  " + " ".join(str(100 + i) for i in range(50))
    assert split_lines("\n".join([series] * 20))[0] == series


def test_utf8_shown_as_windows_1252_is_mended() -> None:
    """Chromium printed a release that declares no charset to PDF as Windows-1252 (the renderings bench, 2
    December): "â€¢" for its bullets, "â€“" for a dash, "Â" left of every no-break space, trailing each
    row of figures. The release had been refused; its text now reads as the page shows it."""
    from core.readers.text import split_lines

    lines = split_lines(
        "   \u00e2\u20ac\u00a2  Net Income of $5.05 Million\n"
        "HOQUIAM, WA \u00e2\u20ac\u201c April 28, 2020\n"
        "Total cash and cash equivalents      168,148      118,851\u00c2\n"
        "quarter.\u00c2  Earnings per diluted common share\n"
        "Jos\u00e9 Caf\u00e9 S.A.\n")
    assert lines[:5] == ("   \u2022  Net Income of $5.05 Million", "HOQUIAM, WA \u2013 April 28, 2020",
                         "Total cash and cash equivalents      168,148      118,851",
                         "quarter.   Earnings per diluted common share", "Jos\u00e9 Caf\u00e9 S.A.")
