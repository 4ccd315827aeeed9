"""A note on the marks of the table above is never the title of the statement below (round 715).

A release prints a highlights table, the note on its starred measures ("*Free cash flow and Adjusted EBITDA
are non-GAAP figures."), then the statement of operations under its own title. The note's "cash flow" had
been taken for the statement's title and its "non-GAAP" for its kind: the statement set aside as a non-GAAP
table, the release refused or, beside a highlights table with its EPS, left with the summary's dozen
figures and no warning. The fixtures are invented (tests/fixtures/layouts), every figure worked out by hand.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.vocabulary import MARKED_NOTE, a_statements_own_title

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
STARRED = "a_statement_under_a_starred_note_naming_free_cash_flow_and_non_gaap"


def _printed(path: Path) -> dict[tuple[str, str, str], Decimal]:
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    return {(row["concept"], row["period_end"], row["months"]): Decimal(row["value"])
            for row in csv.DictReader(io.StringIO(out.getvalue())) if row["statement"] == "operations"}


@pytest.mark.parametrize("name", [f"{STARRED}.txt", f"{STARRED}_in_html.htm"])
def test_the_statement_under_a_starred_note_is_read_whole(name: str) -> None:
    printed = _printed(LAYOUTS / name)
    # each column of the statement, cross-footed by hand: 84,200 - 37,900 = 46,300; 46,300 - 33,900 = 12,400;
    # 12,700 - 3,400 = 9,300; 9,300 / 15,500 = 0.60 (thousands)
    assert printed[("revenue", "2025-06-30", "3")] == Decimal("84200000")
    assert printed[("revenue", "2024-06-30", "6")] == Decimal("139300000")
    assert printed[("gross_profit", "2025-06-30", "6")] == Decimal("87800000")
    assert printed[("operating_income", "2024-06-30", "3")] == Decimal("8000000")
    assert printed[("net_income", "2025-06-30", "3")] == Decimal("9300000")
    assert printed[("net_income", "2025-06-30", "6")] == Decimal("16400000")
    assert printed[("eps_diluted", "2025-06-30", "3")] == Decimal("0.6")
    assert printed[("eps_basic", "2024-06-30", "6")] == Decimal("0.73")
    assert printed[("shares_diluted", "2024-06-30", "6")] == Decimal("15210000")


def test_a_statement_set_aside_beside_a_summary_is_said() -> None:
    """An unmarked line of the company's measures ("Free cash flow and Adjusted EBITDA: non-GAAP measures")
    over the statement's own title still sets it aside (a version's words over a statement may head a
    non-GAAP one); with the summary's EPS read, the statement's loss is said, naming its title and lines."""
    text = (LAYOUTS / f"{STARRED}.txt").read_text()
    text = text.replace("*Free cash flow and Adjusted EBITDA are non-GAAP figures.",
                        "Free cash flow and Adjusted EBITDA: non-GAAP measures")
    text = text.replace("Net income | 9,300 | 6,100 | 52%\n",
                        "Net income | 9,300 | 6,100 | 52%\nNet income per share\nBasic | 0.62 | 0.41 | 51%\n"
                        "Diluted | 0.60 | 0.40 | 50%\n")
    release = core.parse_release(text, "unmarked.txt")
    said = [d.message for d in release.warnings if "Brackenridge Optics Corp. Condensed Consolidated" in d.message]
    assert said and "was not read" in said[0] and "only a summary table's figures" in said[0]


@pytest.mark.parametrize(("line", "note"), [
    # the note of round 715, its mark against its first word, and its invented twin
    ("*Adjusted EBITDA and Free Cash Flow are non-GAAP measures.", True),
    ("*Free cash flow and Adjusted EBITDA are non-GAAP figures.", True),
    ("* Not meaningful", True),
    ("(1) See the reconciliation of pro forma results below.", True),
    ("(a) Adjusted to reflect the two-for-one stock split.", True),
    ("\u2020Not meaningful", True),
    ("1 Excludes the Lakeway acquisition.", True),
    # a bold heading between stars, a length, a year's title, asides: no notes
    ("**CONSOLIDATED STATEMENTS OF INCOME**", False),
    ("12 Months Ended", False),
    ("2025 Highlights", False),
    ("(In thousands, except per share data)", False),
])
def test_a_note_on_marks(line: str, note: bool) -> None:
    assert bool(MARKED_NOTE.match(line)) is note


@pytest.mark.parametrize(("line", "own"), [
    ("Brackenridge Optics Corp. Condensed Consolidated Statements of Operations (in thousands) (unaudited)", True),
    ("CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)", True),
    ("Reconciliation of Net Income to the Statements of Operations", False),
    ("Free cash flow and Adjusted EBITDA: non-GAAP measures", False),
])
def test_a_statements_own_title_after_the_companys_name(line: str, own: bool) -> None:
    assert a_statements_own_title(line) is own
