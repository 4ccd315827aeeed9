"""A balance sheet printed over two pages, read as two tables, still balances: total assets on the first page
equal total liabilities and equity on the second, date by date."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.checks.verification import fact_checks, fact_key

FIXTURES = Path(__file__).parent / "fixtures"
ACROSS = "assets = liabilities + equity across pages"


def _release(path: Path) -> core.Release:
    return core.parse_release(path.read_bytes(), path.name)


def test_a_balance_sheet_continued_on_the_next_page_balances_as_one() -> None:
    """Harrow Ridge's assets (672,908 and 618,604) on page 3, its liabilities and equity on page 4 under
    "(continued)", no column headers repeated, a running head atop every page: the page carries the statement
    on, and both dates balance within it (nothing left for the check across pages)."""
    release = _release(FIXTURES / "layouts" / "running_head_over_a_continued_balance_sheet.txt")
    balance = [check for check in release.checks if check.name.startswith("assets = liabilities + equity")]
    assert [(c.name, c.period, c.expected, c.found, c.passed) for c in balance] == [
        ("assets = liabilities + equity", "2003-09-30", Decimal(672_908_000), Decimal(672_908_000), True),
        ("assets = liabilities + equity", "2002-12-31", Decimal(618_604_000), Decimal(618_604_000), True),
    ]


def test_a_continued_page_dated_by_a_running_head_is_held_back() -> None:
    """The same release with its running head printed on the continued page alone: no head to blank, its
    "Third Quarter 2003" read as that page's title heads the column of December 31, 2002. The page's total
    liabilities and equity (618,604) then stand under September 30, 2003, against total assets of 672,908:
    the check fails and every figure of that page and date is held back, not printed as September's."""
    release = _release(FIXTURES / "checks" / "running_head_on_one_page_over_a_continued_balance_sheet.txt")
    failed = [check for check in release.checks if check.name == ACROSS and not check.passed]
    assert [(c.period, c.expected, c.found) for c in failed] == [
        ("2003-09-30", Decimal(672_908_000), Decimal(618_604_000))]
    statuses = fact_checks(release)
    continued = [s for s in release.statements if s.kind == "balance" and s.item("total_liabilities_and_equity")]
    assert len(continued) == 1
    page = continued[0]
    held = {item.label for item in page.items
            if (checks := statuses.get(fact_key(item, page.periods[0]))) is not None and checks.status == "failed"}
    assert {"Total current liabilities", "Total liabilities", "Total stockholders' equity",
            "Total liabilities and stockholders' equity"} <= held
