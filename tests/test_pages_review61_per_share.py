"""The Per share page as the browser review UI-61 found it, on Sears Q2 2004: its "Basic and diluted, as printed"
table had headed the counts "Diluted shares (thousands)" (216,500 ...) under "Shares in thousands, as the release
prints them", where the release prints "Average common equivalent shares outstanding 216.5 298.0 ..." under
"(millions, except earnings per common share)"."""

from __future__ import annotations

from pathlib import Path

from core import parse_release
from core.analysis.per_share import dilution
from core.analysis.structure import operations_statement
from core.charts.per_share import dilution_note, dilution_table
from core.model import Release
from tests.page_runner import run_page, texts

SEARS = Path(__file__).parent / "fixtures" / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"


def _sears() -> Release:
    return parse_release(SEARS.read_bytes(), SEARS.name)


def test_share_counts_are_said_in_the_unit_and_decimals_the_release_prints() -> None:
    operations = operations_statement(_sears())
    assert operations is not None and operations.share_scale == 1_000_000
    rows = dilution(operations)
    table = dilution_table(rows, printed=operations.share_scale).set_index("Period")
    assert list(table["Diluted shares (millions)"]) == ["298.0", "216.5", "307.9", "217.1"]
    assert dilution_note(rows, printed=operations.share_scale).startswith(
        "Shares in millions, as the release prints them.")


def test_the_per_share_page_says_millions() -> None:
    at = run_page("per_share", _sears())
    table = next(d.value for d in at.dataframe if "Diluted EPS" in d.value.columns).set_index("Period")
    assert table.loc["13 weeks to Jul 3, 2004", "Diluted shares (millions)"] == "216.5"
    assert "Shares in millions, as the release prints them." in texts(at)
    assert "thousands" not in " ".join(table.columns)
