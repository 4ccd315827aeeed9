"""A figure a share whose words name no result, and the weighted averages that count no shares (round 736).

Two rules of how releases are written, each on an invented release shaped as the real ones were:
- a per-share line naming no result ("Per share - basic and diluted", "Per share") is the figure a share of the
  line above it: the EPS under the net earnings, no EPS under "Funds from operations" or "Dividends declared"
  (core.statements.concepts._eps_only_of_the_net_result_above); a highlights table printing the FFO's first had
  given its FFO per share as the EPS;
- "weighted average" names a count of shares only where its words name the stock or a basis alone ("Weighted
  average - basic and diluted" under "Shares outstanding"), never a price, a rate or stores counted
  (core.vocabulary.WEIGHTED_COUNT_OF_STOCK): a retailer's 258 stores had been read as 258,000 shares, failing
  the EPS check and holding back its net income.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv
from core.vocabulary import BARE_FIGURE_A_SHARE, match_concept, names_share_count, normalise_label, strip_qualifiers

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
HIGHLIGHTS = LAYOUTS / "highlights_ffo_per_share_above_net_earnings.txt"
STORES = LAYOUTS / "weighted_average_stores_under_eps_no_counts.txt"


def _read(path: Path) -> tuple[list[dict[str, str]], list[str]]:
    """Every fact the reader prints with --all-columns --include-unverified, and its warnings' messages."""
    release = core.parse_release(path.read_bytes(), path.name)
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    return list(csv.DictReader(io.StringIO(out.getvalue()))), [w.message for w in release.warnings]


def _values(rows: list[dict[str, str]], concept: str) -> dict[tuple[str, str], Decimal]:
    """A concept's values by period end and months."""
    return {(r["period_end"], r["months"]): Decimal(r["value"]) for r in rows if r["concept"] == concept}


def test_the_eps_is_the_figure_a_share_under_the_net_earnings() -> None:
    """0.25 / 0.20 / 0.70 / 0.56 (net earnings 30.0 / 24.0 / 84.0 / 66.0 over 120.0 / 118.5 / 120.0 / 118.0
    million shares), never the FFO's 0.40 / 0.34 / 1.13 / 0.93 printed first, nor the dividends' 0.20 a share."""
    rows, warnings = _read(HIGHLIGHTS)
    expected = {("2031-09-30", "3"): Decimal("0.25"), ("2030-09-30", "3"): Decimal("0.20"),
                ("2031-09-30", "9"): Decimal("0.70"), ("2030-09-30", "9"): Decimal("0.56")}
    assert _values(rows, "eps_basic") == expected
    assert _values(rows, "eps_diluted") == expected
    assert _values(rows, "net_income")[("2031-09-30", "9")] == Decimal("84000000")
    assert _values(rows, "shares_diluted")[("2030-09-30", "3")] == Decimal("118500000")
    ffo_per_share = [r for r in rows if r["value"] == "0.4" and r["period_end"] == "2031-09-30"]
    assert [(r["concept"], r["kind"]) for r in ffo_per_share] == [("", "per_share")]
    assert not [message for message in warnings if "EPS" in message]


def test_a_weighted_average_of_stores_is_no_share_count() -> None:
    """No share counts printed: the EPS stands unchecked by a count, and the net income 15,000 / 12,000 /
    27,000 / 22,500 thousand and the EPS are read; the 258 stores a weighted average are no 258,000 shares."""
    rows, warnings = _read(STORES)
    assert not _values(rows, "shares_basic") and not _values(rows, "shares_diluted")
    assert _values(rows, "net_income") == {("2031-07-31", "3"): Decimal("15000000"),
                                           ("2030-07-31", "3"): Decimal("12000000"),
                                           ("2031-07-31", "6"): Decimal("27000000"),
                                           ("2030-07-31", "6"): Decimal("22500000")}
    assert _values(rows, "eps_diluted") == {("2031-07-31", "3"): Decimal("0.29"), ("2030-07-31", "3"): Decimal("0.24"),
                                            ("2031-07-31", "6"): Decimal("0.53"), ("2030-07-31", "6"): Decimal("0.44")}
    stores = [r for r in rows if r["label"] == "Weighted average number of stores"]
    assert {r["value"] for r in stores} == {"258", "246", "255", "243"}
    assert {r["kind"] for r in stores} == {"count"}
    assert not [message for message in warnings if "EPS" in message]


@pytest.mark.parametrize(("label", "counts_shares"), [
    # the stock or a basis named: a count of shares (real wordings)
    ("Weighted average common shares outstanding", True),
    ("Weighted average number of shares", True),
    ("Weighted average - basic and diluted", True),
    ("Weighted average shares used in computing basic net income per share", True),
    ("Weighted-average shares outstanding - diluted", True),
    ("Weighted average number of common and common equivalent shares outstanding", True),
    ("Weighted average common units outstanding", True),
    ("Weighted average limited partner units - basic", True),
    ("Weighted average: Basic", True),
    ("Weighted average diluted", True),
    ("Weighted average (in thousands)", True),
    # a price, a rate, things counted, a distance: no count of shares
    ("Weighted average price per Boe", False),
    ("Weighted average interest rate on debt", False),
    ("Weighted average interest rate on debt outstanding", False),
    ("Weighted average number of stores", False),
    ("Weighted average length of haul (miles)", False),
    ("Weighted average price per share", False),
    ("Weighted average cost of capital", False),
])
def test_weighted_averages_that_count_shares(label: str, counts_shares: bool) -> None:
    assert (match_concept(label) == "shares") is counts_shares
    assert names_share_count(label) is counts_shares


@pytest.mark.parametrize(("label", "bare"), [
    # a figure a share naming no result: the line above's
    ("Per share - basic and diluted", True),
    ("Per share - basic and diluted(1)", True),
    ("Per share", True),
    ("Per unit", True),
    ("- basic", True),
    ("Per common share - diluted", True),
    ("Per share (basic)", True),
    ("Basic and diluted", True),
    # a result named: its own EPS or another measure's
    ("Net earnings per share - basic and diluted", False),
    ("Earnings per share - basic", False),
    ("Diluted EPS", False),
    ("Funds from operations per share", False),
    ("Book value per share", False),
])
def test_figures_a_share_naming_no_result(label: str, bare: bool) -> None:
    assert (BARE_FIGURE_A_SHARE.match(normalise_label(strip_qualifiers(label))) is not None) is bare
