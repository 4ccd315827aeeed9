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


def test_a_heading_naming_the_side_still_to_come_goes_on_with_the_sheet() -> None:
    """Corvane Instruments (invented) prints its liabilities and equity first: 7,300 + 4,150 = 11,450 current,
    + 15,000 = 26,450 of liabilities, and 64,200 + 9,350 = 73,550 of equity make 100,000 (96,000 the year
    before: 10,700 + 16,000 + 69,300). Then "ASSETS" over "Cash and cash equivalents" with no heading of
    current assets between: 38,600 + 21,400 + 12,000 = 72,000 current, + 22,500 + 5,500 = 100,000 (34,100 +
    20,900 + 11,500 = 66,500, + 23,800 + 5,700 = 96,000). "ASSETS" names the side still to come, so the sheet
    goes on (round 720: it had been cut there and the assets lost); "Other Data", under both sides' totals,
    still ends it."""
    release = _release("layouts/liabilities_first_then_assets_heading.txt")
    balance = next(s for s in release.statements if s.kind == "balance")
    expected = {
        "cash_and_equivalents": (38_600_000, 34_100_000),
        "total_current_assets": (72_000_000, 66_500_000),
        "total_assets": (100_000_000, 96_000_000),
        "total_current_liabilities": (11_450_000, 10_700_000),
        "total_liabilities_and_equity": (100_000_000, 96_000_000),
    }
    for concept, values in expected.items():
        item = balance.item(concept)
        assert item is not None, concept
        assert item.values[:2] == tuple(Decimal(value) for value in values), concept
    assert "Employees at period end" not in [item.label for item in balance.items]
    assert not release.failed_checks
