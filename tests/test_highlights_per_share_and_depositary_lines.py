"""A highlights table over a statement of operations, and a statement printing a line per ADS (round 715).

Three rules of how releases are written, each on an invented release shaped as the real ones were:
- a line over a table that prints its columns' own year labels after a long note ("(in millions, except
  percentages and per share amounts; unaudited)   2026   2025   % Change") is no title dating the table: its
  last year had been lent to every column and moved them a year early (core.statements.build);
- a per-share heading in a flat layout ("Net income per share" / "Basic" / "Diluted") covers only the lines
  naming the shares a figure is for or a figure a share: "Adjusted EBITDA*  58" in millions after it is an
  amount, not $58 a share (core.tables.rows._leaves_the_per_share_heading);
- a figure per ADS (a multiple of the EPS) never takes eps_basic/eps_diluted, printed before the line per
  ordinary share or alone (core.vocabulary's EPS pattern); a count of ADSs is a count, never an amount of money
  (core.vocabulary.names_share_count).
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.vocabulary import NAMES_SHARES_OF_A_FIGURE, match_concept, names_share_count
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
HIGHLIGHTS = LAYOUTS / "highlights_long_note_per_share_heading.txt"
DEPOSITARY = LAYOUTS / "per_ads_line_before_per_ordinary_share.txt"


def _rows(text: bytes, name: str) -> tuple[list[dict[str, str]], list[str]]:
    """Every fact the reader prints with --all-columns --include-unverified, and its warnings' messages."""
    release = core.parse_release(text, name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    return list(csv.DictReader(io.StringIO(out.getvalue()))), [w.message for w in release.warnings]


def _highlights() -> dict[tuple[str, str], dict[str, str]]:
    """The highlights table's rows (its table 0), by label and period end."""
    rows, _ = _rows(HIGHLIGHTS.read_bytes(), HIGHLIGHTS.name)
    return {(r["label"], r["period_end"]): r for r in rows if r["table"] == "0"}


def test_the_highlights_columns_keep_their_own_years() -> None:
    """"2026 | 2025" under "Three months ended September 30," end September 30, 2026 and 2025, as the statement's
    columns do; they had been dated 2025 and 2024, and four summary lines failed against the statement."""
    rows = _highlights()
    assert rows[("Revenue", "2026-09-30")]["value"] == "236000000"
    assert rows[("Revenue", "2025-09-30")]["value"] == "200000000"
    assert rows[("Net income", "2026-09-30")]["value"] == "30000000"
    assert Decimal(rows[("Basic", "2026-09-30")]["value"]) == Decimal("1.50")
    assert Decimal(rows[("Diluted", "2025-09-30")]["value"]) == Decimal("0.99")
    assert not [key for key in rows if key[1] == "2024-09-30"]
    _, warnings = _rows(HIGHLIGHTS.read_bytes(), HIGHLIGHTS.name)
    assert not [message for message in warnings if "summary line = statement line" in message]


def test_a_measure_after_the_per_share_lines_is_an_amount() -> None:
    """"Adjusted EBITDA*  58" and "Free Cash Flow*  37" (in millions) after "Net income per share" / "Basic" /
    "Diluted" are $58 million and $37 million, not $58 and $37 a share."""
    rows = _highlights()
    ebitda = rows[("Adjusted EBITDA*", "2026-09-30")]
    assert (ebitda["kind"], ebitda["value"], ebitda["section"]) == ("amount", "58000000", "")
    cash = rows[("Free Cash Flow*", "2025-09-30")]
    assert (cash["kind"], cash["value"]) == ("amount", "25000000")
    # the basis lines stay the heading's, and the statement's counts under their own heading stay counts
    assert rows[("Diluted", "2026-09-30")]["section"] == "Net income per share"
    facts = printed_facts(HIGHLIGHTS)
    assert facts[("operations", "shares_basic", "2026-09-30", "3")] == Decimal("20000000")
    assert facts[("operations", "eps_diluted", "2026-09-30", "9")] == Decimal("3.68")
    assert facts[("operations", "net_income", "2025-09-30", "9")] == Decimal("53000000")


def test_the_eps_is_the_ordinary_shares_when_the_ads_line_comes_first() -> None:
    """"Net loss per ADS (0.66)" printed before "Net loss per ordinary share (0.07)": the EPS is the ordinary
    share's, which the ordinary-share count divides (13,200 / 200,000,000 = 0.066); the ADS figure had been
    taken for it, the EPS check failed and the net loss, the EPS and the counts were held back."""
    facts = printed_facts(DEPOSITARY)
    assert facts[("operations", "eps_basic", "2026-03-31", "3")] == Decimal("-0.07")
    assert facts[("operations", "eps_diluted", "2025-03-31", "3")] == Decimal("-0.06")
    assert facts[("operations", "net_income", "2026-03-31", "3")] == Decimal("-13200000")
    assert facts[("operations", "shares_basic", "2026-03-31", "3")] == Decimal("200000000")
    rows, warnings = _rows(DEPOSITARY.read_bytes(), DEPOSITARY.name)
    ads = [r for r in rows if r["label"].startswith("Net loss per ADS")]
    assert {(r["concept"], r["kind"], r["value"]) for r in ads} == {("", "per_share", "-0.66"),
                                                                     ("", "per_share", "-0.63")}
    assert not [message for message in warnings if "check failed" in message]


def test_a_line_per_ads_alone_takes_no_eps() -> None:
    """With no line per ordinary share, the per-ADS figure is still printed a share, but as no EPS: nothing
    says how many ordinary shares an ADS is to the reader's checks."""
    text = DEPOSITARY.read_text().replace("Net loss per ordinary share, basic and diluted | (0.07) | (0.06)\n", "")
    rows, _ = _rows(text.encode(), DEPOSITARY.name)
    assert not [r for r in rows if r["concept"].startswith("eps")]
    assert {r["value"] for r in rows if r["label"].startswith("Net loss per ADS")} == {"-0.66", "-0.63"}
    assert [r for r in rows if r["concept"] == "net_income" and r["value"] == "-13200000"]


def test_a_count_of_ads_is_a_count_of_shares_not_money() -> None:
    """"Weighted-average ADSs outstanding  20,000,000" under "(in thousands, except share and per share data)" is
    twenty million ADSs (13,200 thousand / 20,000,000 = 0.66 a share, as printed), never $20 billion; it takes no
    share count's concept, which the ordinary shares' line keeps."""
    text = DEPOSITARY.read_text().replace(
        "Net loss per ordinary share, basic and diluted",
        "Weighted-average ADSs outstanding, basic and diluted | 20,000,000 | 19,000,000\n"
        "Net loss per ordinary share, basic and diluted")
    rows, _ = _rows(text.encode(), DEPOSITARY.name)
    counts = {(r["period_end"], r["concept"], r["kind"], r["value"]) for r in rows
              if r["label"].startswith("Weighted-average ADSs")}
    assert counts == {("2026-03-31", "", "shares", "20000000"), ("2025-03-31", "", "shares", "19000000")}
    assert [r["value"] for r in rows if r["concept"] == "shares_basic" and r["period_end"] == "2026-03-31"] == [
        "200000000"]


@pytest.mark.parametrize(("label", "count"), [
    ("Weighted-average ADSs outstanding, basic and diluted", True),  # round 715
    ("ADSs used in computing net loss per ADS", True),
    ("Weighted average number of ADRs outstanding", True),
    ("Weighted average shares outstanding", True),
    ("Net loss per ADS, basic and diluted", False),
    ("ADS ratio change", False),
])
def test_a_count_of_depositary_shares_names_a_count(label: str, count: bool) -> None:
    assert names_share_count(label) == count


@pytest.mark.parametrize(("label", "concept"), [
    ("Net loss per ADS, basic and diluted", None),  # round 715
    ("Earnings per ADS - diluted", None),
    ("Diluted EPS per ADS", None),
    ("Net loss per ordinary share, basic and diluted", "eps"),  # round 715
    ("Net loss per ordinary share or ADS", "eps"),
    ("Net income per share", "eps"),
    ("Net loss per unit", "eps"),
])
def test_a_figure_per_ads_is_no_eps(label: str, concept: str | None) -> None:
    assert match_concept(label) == concept


@pytest.mark.parametrize(("label", "names"), [
    ("Basic", True), ("Diluted", True), ("Class A common stock", True),  # round 715, round 663
    ("Ordinary shares", True), ("Participating securities", True), ("Assuming dilution", True),
    ("Adjusted EBITDA*", False), ("Free Cash Flow*", False), ("Net margin", False),  # round 715
])
def test_the_words_naming_the_shares_of_a_figure(label: str, names: bool) -> None:
    assert (NAMES_SHARES_OF_A_FIGURE.search(label) is not None) == names
