"""PDF releases, printed by Chromium from corpus releases (tests/fixtures/pdf/README.md), read through
their text layer into the same facts as the release's text or HTML form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import core
from core.errors import ReleaseParseError
from tests.conftest import FIXTURES
from tests.golden_facts import assert_facts, facts_by_key, load

GOLDEN = sorted((FIXTURES / "pdf").glob("*.golden.json"))


@pytest.fixture(scope="module", params=GOLDEN, ids=[g.name.replace(".golden.json", "") for g in GOLDEN])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], core.Release]:
    golden: Path = request.param
    path = golden.with_name(golden.name.replace(".golden.json", ".pdf"))
    return load(golden), core.parse_release(path.read_bytes(), path.name)


def test_golden_facts(case: tuple[dict[str, Any], core.Release]) -> None:
    golden, release = case
    assert release.format == "pdf"
    assert_facts(golden, release)
    assert not release.failed_checks


def test_a_text_release_printed_to_pdf_reads_line_for_line_as_the_text() -> None:
    name, text = core.load_sample()
    from_text = core.parse_release(text, name)
    from_pdf = core.parse_release((FIXTURES / "pdf" / "allos_q2_2004.pdf").read_bytes(), "allos.pdf")
    assert facts_by_key(from_pdf) == facts_by_key(from_text)
    # Monospaced text keeps its columns and its line numbers through the PDF.
    net = [s.item("net_income") for s in (from_text.statement("operations"), from_pdf.statement("operations"))]
    assert net[0] is not None and net[1] is not None
    assert from_pdf.lines[net[1].span.last - 1].split() == from_text.lines[net[0].span.last - 1].split()
    assert from_pdf.metadata.ticker == from_text.metadata.ticker == "ALTH"


def test_an_html_release_printed_to_pdf_reads_as_the_html() -> None:
    from_html = core.parse_release((FIXTURES / "html" / "st-joe_q1-2020.htm").read_bytes(), "st-joe.htm")
    from_pdf = core.parse_release((FIXTURES / "pdf" / "st-joe_q1-2020.pdf").read_bytes(), "st-joe.pdf")
    assert facts_by_key(from_pdf) == facts_by_key(from_html)


def test_a_scanned_pdf_says_it_holds_no_text() -> None:
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release((FIXTURES / "errors" / "allos_q2_2004_scanned.pdf").read_bytes(), "scan.pdf")
    assert str(caught.value) == (
        "scan.pdf is a scanned PDF: its page holds images but no text "
        "(run it through OCR, or upload the release's HTML or text)"
    )


def test_a_damaged_pdf_says_it_cannot_be_read() -> None:
    data = (FIXTURES / "pdf" / "allos_q2_2004.pdf").read_bytes()[:2000]
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(data, "cut.pdf")
    assert str(caught.value).startswith("cut.pdf is not a readable PDF (")


def test_a_text_release_word_wrapped_by_a_word_processor_reads_as_the_text() -> None:
    """LibreOffice prints a 90-column text release on an 80-column page: each wide row's last figure goes
    whole to the margin of the next line ("$25,130,000" / "$29,870,000"), the gap before it dropped. Read
    as printed, the six-month figures had stood under the quarter's columns (15 facts wrong)."""
    folder = FIXTURES / "pdf"
    from_text = core.parse_release((folder / "torrington_q2_2005_word_wrapped.txt").read_bytes(), "t.txt")
    from_pdf = core.parse_release((folder / "torrington_q2_2005_word_wrapped.pdf").read_bytes(), "t.pdf")
    assert any(line.strip() == "$29,870,000" for line in from_pdf.lines)  # the wrap is in the PDF's text
    assert facts_by_key(from_pdf) == facts_by_key(from_text)
    revenue = from_text.statement("operations").item("revenue")  # type: ignore[union-attr]
    assert revenue is not None and [str(v) for v in revenue.values] == ["12480000", "15310000", "25130000",
                                                                       "29870000"]


def test_a_browsers_page_header_between_a_tables_header_and_its_rows_is_no_part_of_either() -> None:
    """Chromium prints "12/1/26, 10:02 PM  Exhibit 99.1" and "\ufb01le:///.../x.html  1/2" (its "fi" one
    glyph) on each of two pages; a non-GAAP table's title and years end page 1, its rows start page 2. The
    rows had been read as the rest of the statement of operations above, in its millions of shares: a net
    loss of (18,055) thousand printed as -18,055,000,000. The PDF now reads as its HTML."""
    pdf = FIXTURES / "pdf" / "browser_print_header_between_a_tables_header_and_rows.pdf"
    html = pdf.with_suffix(".htm")
    from_pdf = core.parse_release(pdf.read_bytes(), pdf.name)
    assert facts_by_key(from_pdf) == facts_by_key(core.parse_release(html.read_bytes(), html.name))
    operations = from_pdf.statement("operations")
    assert operations is not None and operations.item("net_income") is not None
    assert [item.label for item in operations.items if item.label == "Net loss"] == ["Net loss"]
