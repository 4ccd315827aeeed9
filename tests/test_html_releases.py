"""HTML exhibits, as EDGAR filers wrote them from 2004 to 2024, read into the same facts as their text
renderings: each fixture in tests/fixtures/html is a corpus exhibit copied unchanged, and its golden holds
the facts checked by hand against the document (the same values as the w3m / lynx / pdftotext goldens of
tests/fixtures/text where the release is among them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import core
from tests.conftest import FIXTURES
from tests.golden_facts import assert_facts, load

GOLDEN = sorted((FIXTURES / "html").glob("*.golden.json"))


def _document(golden: Path) -> Path:
    return golden.with_name(golden.name.replace(".golden.json", ".htm"))


@pytest.fixture(scope="module", params=GOLDEN, ids=[g.name.replace(".golden.json", "") for g in GOLDEN])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], core.Release]:
    golden: Path = request.param
    path = _document(golden)
    return load(golden), core.parse_release(path.read_bytes(), path.name)


def test_a_dozen_html_releases_from_different_filers_and_years() -> None:
    assert len(GOLDEN) >= 12
    assert (FIXTURES / "html" / "apple-computer_q3-fy2004.golden.json") in GOLDEN


def test_golden_facts(case: tuple[dict[str, Any], core.Release]) -> None:
    golden, release = case
    assert_facts(golden, release)


def test_the_ticker_is_read_from_the_narrative(case: tuple[dict[str, Any], core.Release]) -> None:
    golden, release = case
    if golden.get("ticker"):
        assert release.metadata.ticker == golden["ticker"]


def test_the_release_is_an_html_release_whose_spans_point_into_its_rendering(
    case: tuple[dict[str, Any], core.Release],
) -> None:
    _, release = case
    assert release.format == "html"
    for statement in release.statements:
        for item in statement.items:
            printed = " ".join(release.lines[item.span.first - 1 : item.span.last])
            # Every value of a line item stands on the lines its span names.
            for cell in item.cells:
                if cell:
                    assert cell in printed, (item.label, cell, printed)


def test_no_markup_script_or_style_leaks_into_the_text(case: tuple[dict[str, Any], core.Release]) -> None:
    _, release = case
    text = "\n".join(release.lines)
    for leak in ("<td", "<p ", "</", "font-family", "{", "&nbsp;", "&#", "<sequence>", "<filename>"):
        assert leak not in text


def test_apple_2004_word_export_reads_its_three_statements_of_operations() -> None:
    """Apple's 2004 exhibit: a GAAP statement of operations, a balance sheet, two non-GAAP statements."""
    path = FIXTURES / "html" / "apple-computer_q3-fy2004.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2004-06-26", "3M 2003-06-28", "9M 2004-06-26", "9M 2003-06-28"]
    net = operations.item("net_income")
    assert net is not None
    assert [str(v) for v in net.values] == ["61000000", "19000000", "170000000", "25000000"]
    assert release.lines[net.span.first - 1].split() == ["Net", "income", "$61", "$19", "$170", "$25"]
    assert release.metadata.release_date is not None and release.metadata.release_date.isoformat() == "2004-07-14"
    assert release.metadata.title == "Apple Reports Third Quarter Results"
    # The non-GAAP statements, each under a title line of its own naming its period and date ("THREE
    # MONTHS ENDED JUNE 26, 2004", "NINE MONTHS ENDED JUNE 26, 2004"): the second had read as the quarter.
    non_gaap = [s for s in release.statements if s.kind == "operations" and not s.primary]
    assert [[p.key for p in s.periods] for s in non_gaap] == [["3M 2004-06-26"], ["9M 2004-06-26"]]
    assert [str(s.items[0].values[0]) for s in non_gaap] == ["2014000000", "5929000000"]  # net sales


@pytest.mark.parametrize(("name", "label", "values"), [
    # A table in thousands: its figures per share are dollars all the same (they had been printed x1,000).
    ("alkermes-plc_q1-2020.htm", "Non-GAAP earnings (loss) per share — basic and diluted", {"0.01", "-0.17"}),
    ("mantech_q1-2020.htm", "Adjusted Diluted EPS", {"0.81", "0.62"}),
])
def test_figures_per_share_without_a_concept_are_not_scaled(name: str, label: str, values: set[str]) -> None:
    import csv
    import io

    from core.facts import write_facts_csv

    path = Path(__file__).parent / "fixtures" / "html" / name
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    assert {r["value"] for r in csv.DictReader(io.StringIO(out.getvalue())) if r["label"] == label} == values
