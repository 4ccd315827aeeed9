"""Tables a release prints under its balance sheet's closing total, under headings of their own: they are not
balance-sheet lines (round 710: a bank's capital ratios and its quarter's charge-offs and recoveries, printed
under its balance sheet in a PDF, had been read as balances with no months)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core

FIXTURES = Path(__file__).parent / "fixtures"


def _release(path: str) -> core.Release:
    file = FIXTURES / path
    return core.parse_release(file.read_bytes(), file.name)


def test_a_heading_under_the_closing_total_ends_the_balance_sheet() -> None:
    """Kestrel Valley Bancorp (invented): 41,250 + 212,400 + 893,480 + 52,870 = 1,200,000 of assets; 960,500 +
    84,100 + 11,400 = 1,056,000 of liabilities, and 144,000 of equity make 1,200,000 again. The shares and the
    book value per share under the total (144,000 / 14,400 = 10.00) are the sheet's; "Capital and Liquidity"
    and "Asset Quality" are tables of their own, their ratios and the quarter's charge-offs no balances."""
    release = _release("layouts/bank_ratios_titled_under_its_balance_sheet.txt")
    balance = next(s for s in release.statements if s.kind == "balance")
    labels = [item.label for item in balance.items]
    assert labels[-3:] == ["Total Liabilities and Stockholders Equity", "Period-end shares outstanding",
                           "Book value per share"]
    for foreign in ("Tier 1 Leverage Ratio", "Loans to Deposits", "Non-performing loans", "Charged-off loans",
                    "Recoveries", "Net Charge-offs"):
        assert foreign not in labels
    total = balance.item("total_liabilities_and_equity")
    assert total is not None and total.values[:2] == (Decimal(1_200_000_000), Decimal(1_164_600_000))
    assert not release.failed_checks
