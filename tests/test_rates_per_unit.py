"""Rates per unit printed beside a statement, and a net debt among its flows (round 736).

Two rules of how releases are written, on an invented producer's release shaped as the round's were (statistics
printed after the share counts, under the statement's "(in thousands, except per share data)"):
- a line naming a measure per unit of something other than a share ("Total operating costs per Boe",
  "Crude oil ($/bbl)", "Exchange rate (US$/C$)", "Weighted average interest rate on debt") is a rate, kept as
  printed, never scaled by the table's unit note, whatever concept its first words claim
  (core.vocabulary.RATE_LINE, core.statements.concepts._a_rate); such a "Total" is a total only where the rates
  above it add up to it (core.statements.concepts._rate_totals_by_the_arithmetic);
- a net debt is a balance at the column's date, written once per date, never the quarter's or the nine months'
  flow (core.vocabulary.NET_DEBT_LINE, core.statements.one_value_a_key.printed_as_a_balance).
"""

from __future__ import annotations

import pandas as pd
import pytest

import core
from tests.conftest import FIXTURES

RATES = FIXTURES / "scale" / "rates_per_unit_and_net_debt_after_the_share_counts.txt"


def _facts() -> dict[tuple[str, str, int | None], tuple[float, str, bool, str]]:
    """Each fact's value, kind, total flag and statement by its concept (or label, where it has none), the date its
    column ends and its months (None for a balance)."""
    frame = core.facts_frame(core.parse_release(RATES.read_bytes(), RATES.name))
    return {(row.concept or row.label, str(row.period_end)[:10], None if pd.isna(row.months) else int(row.months)):
            (row.value, row.kind, bool(row.is_total), row.statement) for row in frame.itertuples()}


def test_the_statement_is_read_in_thousands_and_checked() -> None:
    """66,650 = 28,300 + 7,150 + 31,200; 29,750 - 2,150 = 27,600; 27,600 - 6,900 = 20,700; 20,700 / 41,400 =
    $0.50 basic."""
    facts = _facts()
    assert facts[("total_operating_expenses", "2025-09-30", 3)][:2] == (66_650_000, "amount")
    assert facts[("income_before_taxes", "2024-09-30", 3)][:2] == (22_180_000, "amount")
    assert facts[("net_income", "2025-09-30", 9)][:2] == (58_620_000, "amount")
    assert facts[("eps_basic", "2025-09-30", 3)][:2] == (0.5, "per_share")
    assert facts[("shares_diluted", "2024-09-30", 9)][:2] == (42_050_000, "shares")


@pytest.mark.parametrize(("label", "end", "months", "value", "kind"), [
    ("Crude oil ($/bbl)", "2025-09-30", 3, 78.42, "per_share"),
    ("Natural gas ($/Mcf)", "2024-09-30", 9, 2.77, "per_share"),
    ("Total ($/Boe)", "2025-09-30", 9, 51.06, "per_share"),
    ("Operating expenses per Boe", "2025-09-30", 3, 29.44, "per_share"),
    # "Total operating costs" would claim the total operating expenses; "per Boe" makes it a rate
    ("Total operating costs per Boe", "2024-09-30", 3, 37.16, "per_share"),
    # "Income before income taxes" would claim the pre-tax result
    ("Income before income taxes per Boe", "2025-09-30", 9, 27.77, "per_share"),
    # a weighted average rate is no count of shares; a rate of interest a percentage
    ("Weighted average interest rate on debt", "2025-09-30", 3, 6.15, "percent"),
    ("Exchange rate (US$/C$)", "2024-09-30", 9, 0.7371, "per_share"),
])
def test_a_rate_per_unit_is_kept_as_printed(label: str, end: str, months: int, value: float, kind: str) -> None:
    assert _facts()[(label, end, months)][:2] == (value, kind)


def test_a_total_of_rates_is_one_only_where_the_rates_above_add_up() -> None:
    """29.44 + 7.44 = 36.88 and 29.82 + 7.63 = 37.45: the costs per Boe add up; 78.42 + 2.14 is no 52.18, the
    average price across the products."""
    facts = _facts()
    assert facts[("Total operating costs per Boe", "2025-09-30", 3)][2] is True
    assert facts[("Total operating costs per Boe", "2024-09-30", 9)][2] is True
    assert facts[("Total ($/Boe)", "2025-09-30", 3)][2] is False


def test_a_net_debt_is_a_balance_at_each_date() -> None:
    facts = _facts()
    net_debt = {key: fact for key, fact in facts.items() if key[0] == "Net debt"}
    assert net_debt == {("Net debt", "2025-09-30", None): (118_400_000, "amount", False, "balance"),
                        ("Net debt", "2024-09-30", None): (142_750_000, "amount", False, "balance")}
