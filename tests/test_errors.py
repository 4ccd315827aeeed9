"""Bad input is answered with one clear sentence that names what was wrong, tested by its exact text."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

import core
from core.errors import ReleaseParseError
from core.facts import write_facts_csv
from core.model import SourceSpan
from core.readers.text import EMPTY_ADVICE
from tests.conftest import FIXTURES

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + bytes(64)


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.txt", "empty.txt is empty; " + EMPTY_ADVICE),
        (b"  \n\r\n\t \n", "blank.txt", "blank.txt is empty; " + EMPTY_ADVICE),
        (PNG, "chart.txt", "chart.txt is a PNG image; images are not read (a scanned page needs OCR first; or "
         "upload the release's text, HTML or PDF)"),
        (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            "release.pdf",
            "release.pdf is not a readable PDF (Stream has ended unexpectedly)",
        ),
        (
            b"Acme Corp reports record results.\n\nRevenue grew 12 percent.\n",
            "prose.txt",
            "prose.txt has no statement Release Lens can read: no statement of operations, balance sheet or cash "
            "flow found (it holds no table of figures); upload the 8-K's Exhibit 99.1",
        ),
    ],
)
def test_unreadable_input_says_what_is_wrong(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(data, name)
    assert str(caught.value) == message


def test_a_release_with_numbers_only_in_prose_has_no_statement() -> None:
    """Southern Company's Q4 2004 narrative exhibit: a real release whose tables are in other exhibits."""
    path = FIXTURES / "errors" / "southern-company_q4-fy2004_narrative-only.txt"
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(path.read_bytes(), path.name)
    assert str(caught.value) == (f"{path.name} has no statement Release Lens can read: no statement of operations, "
                                 "balance sheet or cash flow found (it holds no table of figures); upload the 8-K's "
                                 "Exhibit 99.1")


def test_a_dateline_over_a_table_of_years_alone_dates_no_column() -> None:
    """PNC's layout (round 80): "PITTSBURGH, Jan. 15, 2021 - ... today reported:" right above a table headed
    "For the year | For the quarter" over "2020 2019 | 4Q20 3Q20 4Q19", its header row short of two of the
    hidden cells (display:none) the figure rows hold. The dateline's date had dated every column (the
    year's figures as of the release date, a quarter's too), and the hidden cells had pushed "For the year"
    onto one column. The headers now stand over their columns as a browser draws them; no column prints its
    own end, so the table gives no fact at all rather than ones dated by the story."""
    path = FIXTURES / "errors" / "dateline_over_a_table_with_hidden_cells_in_its_header.htm"
    from core.readers.html.render import render_html

    lines = render_html(path.read_text()).lines
    spans = next(line for line in lines if "For the year" in line)
    years = next(line for line in lines if "2019" in line)
    year_at, quarter_at = spans.index("For the year"), spans.index("For the quarter")
    assert year_at <= years.index("2020") < years.index("2019") < year_at + len("For the year") < quarter_at
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(path.read_bytes(), path.name)
    assert str(caught.value) == (f"{path.name} has no statement Release Lens can read: no statement of operations, "
                                 "balance sheet or cash flow found (its one table of figures is not one); upload the "
                                 "8-K's Exhibit 99.1")


def test_successor_and_predecessor_columns_dated_alone_take_no_quarters_length() -> None:
    """"Successor | Predecessor" over "March 31, 2010 | January 31, 2010 | March 31, 2009", the narrative's
    "first quarter ended March 31, 2010" (round 124): the two months after fresh-start accounting and the one
    month before had each been printed as a quarter. No column's words give its length: none is read."""
    path = FIXTURES / "errors" / "successor_predecessor_over_dates_without_lengths.htm"
    with pytest.raises(ReleaseParseError, match="no column whose header says both when its period ended"):
        core.parse_release(path.read_bytes(), path.name)


def test_a_table_of_quarters_as_rows_is_no_statement() -> None:
    """Round 121: "Quarter ended | Total revenue | Subscription revenue | ... | Net loss per share" over rows
    "December 31, 2016  $38,904 ...", "September 30, 2016  $36,118 ...". Its first column had borrowed the
    narrative's fourth quarter, and every row's revenue been printed as that quarter's."""
    path = FIXTURES / "errors" / "quarters_as_rows_under_line_names.htm"
    with pytest.raises(ReleaseParseError, match="has no statement Release Lens can read: no statement of operations"):
        core.parse_release(path.read_bytes(), path.name)


@pytest.mark.parametrize(("name", "alone", "signs"), [
    # `pdftotext` without -layout: each cell a line, a row's figures before or after its label. (The lines
    # of the few runs that do read as a label and then its figures are not counted.)
    ("atricure_q1-2020_pdftotext-without-layout.txt", 115, 10),  # a "$" over its figure is joined to it (round 713)
    # A plain-text wire release printed to PDF in a monospace font, then `pdftotext` without -layout (round
    # 479, invented): all the labels, then the headers, then each column's figures, no "$" alone on a line,
    # each rule run into the figure under it ("---------$4,786"). Runs of eight figures or more with no label
    # between: it had been read, the last label of a run given the first figure of the next (a prepaid
    # expense printed as total liabilities and equity), 96 rows wrong.
    ("wire_release_of_1998_printed_to_pdf_pdftotext-without-layout.txt", 104, 0),
    ("wire_release_of_2001_printed_to_pdf_pdftotext-without-layout.txt", 134, 0),
])
def test_text_that_lost_its_layout_is_refused_with_what_to_upload(name: str, alone: int, signs: int) -> None:
    """Such text once gave R&D the SG&A figure, verified by a sum that footed by chance: which label a
    figure belongs to cannot be read from it, so nothing is, and the message says what would do."""
    path = FIXTURES / "errors" / name
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(path.read_bytes(), path.name)
    assert str(caught.value) == (
        f"{name} is text that lost its tables' layout: its figures stand one to a line, apart from their "
        f"labels ({alone} lines hold a figure alone, {signs} a lone currency or percent sign), so which label "
        "each belongs to cannot be read: upload the release's PDF or HTML itself, or extract its text with "
        "`pdftotext -layout`")


def test_lynx_printing_each_cell_on_a_line_in_row_order_gives_the_html_releases_facts() -> None:
    """lynx on tables of block cells prints each label and then its cells, "$" on lines of their own: the
    order of a markdown scrape, which can be read. Every fact, label by label, is the HTML's own."""
    lynx = FIXTURES / "errors" / "atricure_q1-2020_lynx-cell-a-line.txt"
    html = FIXTURES / "gold" / "atricure_q1-2020_html.htm"

    def facts(path: Path) -> dict[tuple[str, str, str, str], str]:
        out = io.StringIO()
        write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
        return {(r["statement"], r["label"], r["period_end"], r["months"]): r["value"]
                for r in csv.DictReader(io.StringIO(out.getvalue()))}

    read = facts(lynx)
    assert len(read) == 90
    assert read == facts(html)


def test_a_markdown_scrape_one_cell_a_line_is_still_read() -> None:
    """A markdown scrape prints each label and then its figures: that order can be read."""
    path = FIXTURES / "text" / "geovax-labs_q3-2024_markdown.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.statement("operations") is not None


def test_error_names_line_and_column() -> None:
    error = ReleaseParseError("a row has more values than the header has columns", line=12, column=5)
    assert str(error) == "a row has more values than the header has columns (at line 12, column 5)"
    assert (error.line, error.column) == (12, 5)
    assert str(ReleaseParseError("table ends mid-row", line=7)) == "table ends mid-row (at line 7)"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "core", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )


def test_cli_prints_one_line_and_fails_on_an_unreadable_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _cli("facts", str(empty))
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"error: empty.txt is empty; {EMPTY_ADVICE}\n")
    missing = _cli("facts", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1
    assert missing.stderr == f"error: {tmp_path / 'nope.txt'}: no such file\n"
    folder = _cli("check", str(tmp_path))
    assert (folder.returncode, folder.stderr) == (1, f"error: {tmp_path} is a folder, not a file\n")


def test_cli_usage_error_exits_2() -> None:
    assert _cli("summarise", "x.txt").returncode == 2


def test_no_statement_says_which_table_looked_like_one_and_why_it_was_not_read() -> None:
    """A statement headed "Q4 FY05   Q4 FY04" with no date anywhere: the reader names the table it could
    not date instead of only saying that it found none."""
    text = ("                 EXAMPLE CORP.\n        CONSOLIDATED STATEMENTS OF INCOME\n"
            "          (In thousands, except per share data)\n\n"
            "                          Q4 FY05      Q4 FY04\n"
            "Revenue                    1,000          900\n"
            "Net income                   200          100\n")
    with pytest.raises(core.ReleaseParseError) as caught:
        core.parse_release(text.encode(), "q.txt")
    assert str(caught.value) == (
        "no financial statement found in q.txt: the table at lines 1-7, 'EXAMPLE CORP. CONSOLIDATED STATEMENTS OF "
        "INCOME (In thousands, except per share data)' has no column whose header says both when its period ended "
        "and how long it was")


def test_text_that_lost_the_layout_of_some_tables_is_read_from_those_printed_one_cell_a_line() -> None:
    """A newswire scrape whose summary lost its layout (each cell a line, "$" and the change columns apart)
    while its statements print each label, then its figures: the statements are read, and a warning says
    where the table left unread stands, not a refusal of the whole release."""
    path = FIXTURES / "layouts" / "markdown_scrape_summary_lost_statements_one_cell_a_line.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert {s.kind for s in release.statements if s.primary} == {"operations", "balance"}
    lost = [w for w in release.warnings if "was not read" in w.message]
    assert [(w.message, w.span, w.table) for w in lost] == [(
        "a table that lost its layout was not read: 6 of its 6 rows are labelled by a lone currency sign, bracket "
        "or figure, pieces of cells printed a line each, so which label and column each of its figures belongs to "
        "cannot be read: upload the release's PDF or HTML itself", SourceSpan(6, 135),
        "SUMMARY INCOME STATEMENT DETAILS: (Dollars in millions, except per share data) (unaudited)")]
    assert "Increase/(Decrease)" in path.read_text().splitlines()[16]
    assert not any(item.span.first <= 135 for s in release.statements for item in s.items)
