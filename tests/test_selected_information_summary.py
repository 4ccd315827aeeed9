"""A summary of operations titled "Selected financial and operating information", the company's measures
("EBITDA (a)") after its net result (round 708, in an invented release shaped as the real one was).

Its revenue, net result, EPS and weighted counts are the release's figures of its income: the EPS on the
weighted count comes back to the net result (1,200 / 39.6 million = 0.030; 4,000 / 39.9 million = 0.100).
The shares a buyback took in are no weighted count, and the figures per share of a measure no EPS.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import core
from core.facts import write_facts_csv
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
NAME = "selected_information_with_measures_after_the_result.txt"


def _facts() -> dict[tuple[str, str, str, str], Decimal]:
    return printed_facts(LAYOUTS / NAME)


def test_selected_information_with_ebitda_after_the_result_is_a_summary_of_operations() -> None:
    """The table had been taken for a reconciliation to EBITDA, and the release refused: no statement."""
    facts = _facts()
    assert facts[("operations", "revenue", "2025-12-31", "3")] == Decimal("6200000")
    assert facts[("operations", "revenue", "2024-12-31", "12")] == Decimal("18800000")
    assert facts[("operations", "net_income", "2025-12-31", "3")] == Decimal("1200000")
    assert facts[("operations", "net_income", "2025-12-31", "12")] == Decimal("4000000")
    assert facts[("operations", "eps_basic", "2025-12-31", "12")] == Decimal("0.10")
    assert facts[("operations", "eps_diluted", "2024-12-31", "3")] == Decimal("0.01")
    assert facts[("operations", "shares_basic", "2025-12-31", "3")] == Decimal("39600000")
    assert facts[("operations", "shares_basic", "2024-12-31", "12")] == Decimal("40600000")


def test_a_buybacks_shares_and_a_measures_figures_per_share_take_no_concept() -> None:
    facts = _facts()
    assert Decimal("120000") not in facts.values() and Decimal("900000") not in facts.values()
    eps = {value for key, value in facts.items() if key[1].startswith("eps")}
    assert eps == {Decimal("0.03"), Decimal("0.01"), Decimal("0.10"), Decimal("0.07")}
    assert not [key for key in facts if key[1] in ("ebitda",)]


def test_a_measure_over_the_year_under_the_financial_position_is_no_balance() -> None:
    """"EBITDA 13,600" among the balances at December 31 had been printed as a balance at that date."""
    name = NAME
    release = core.parse_release((LAYOUTS / name).read_bytes(), name)
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert not [r for r in rows if r["statement"] == "balance" and r["label"].startswith("EBITDA")]
    assert [w for w in release.warnings if w.message.startswith("the row 'EBITDA' was not read")]
    facts = _facts()
    assert facts[("balance", "total_assets", "2025-12-31", "")] == Decimal("30400000")
