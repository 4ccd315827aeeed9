"""A revenue line printed after the gross profit of the revenue above the cost (round 704): the revenue above the
cost is then a part, and the revenue is their sum where the arithmetic vouches for every term, else held back.
The fixture release is tests/fixtures/layouts/revenue_lines_printed_after_the_gross_profit_of_product_sales_no_total;
these cases build the statement's lines directly, to try what the fixture cannot show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.model import LineItem, Release, SourceSpan
from core.statements.concepts import _revenue_beside_the_gross_profit


def _line(label: str, values: tuple[int, int], concepts: tuple[str, ...] = (), at: int = 0) -> LineItem:
    return LineItem(label, tuple(Decimal(v) for v in values), concepts, "amount", SourceSpan(at, at))


def _statement(gross: tuple[int, int], after: str) -> tuple[LineItem, ...]:
    """Product revenue 5,000 / 4,000 less its cost 2,000 / 1,700; a line `after` the gross profit of 1,200 / 900; a
    total of the expenses of 4,100 / 3,500; the loss from operations 4,100 less the rest: -100 / -300."""
    return (_line("Product revenue", (5000, 4000), ("revenue",), 1),
            _line("Cost of product revenue", (2000, 1700), ("cost_of_revenue",), 2),
            _line("Gross profit on product revenue", gross, ("gross_profit",), 3),
            _line(after, (1200, 900), (), 4),
            _line("Research and development", (2500, 2100), ("research_and_development",), 6),
            _line("General and administrative", (1600, 1400), ("selling_general_administrative",), 7),
            _line("Total operating expenses", (4100, 3500), ("total_operating_expenses",), 8),
            _line("Loss from operations", (-100, -300), ("operating_income",), 9))


def _revenue(items: tuple[LineItem, ...]) -> list[LineItem]:
    return [item for item in items if "revenue" in item.concepts]


def test_a_sum_no_arithmetic_vouches_for_is_held_back() -> None:
    untaken = _statement((3000, 2300), "Collaboration revenue")
    # 3,000 + 1,200 - 4,100 = 100, not the -100 printed: the result does not take the line in, nothing changes
    assert _revenue_beside_the_gross_profit(untaken) == untaken
    items = _revenue_beside_the_gross_profit(_statement((2800, 2300), "Collaboration revenue"))
    # 2,800 + 1,200 - 4,100 = -100 and 2,300 + 900 - 3,500 = -300: the result takes the line in, so the product
    # revenue is a part; but 5,000 - 2,000 is 3,000, not the 2,800 printed, so no arithmetic vouches for a sum:
    # held back, the part never printed as the whole
    assert _revenue(items) == []
    assert not items[0].concepts


def test_a_vouched_sum_is_the_revenue_named_as_one() -> None:
    lines = list(_statement((2800, 2300), "Grant revenue"))
    lines[0] = _line("Product revenue", (4800, 4000), ("revenue",), 1)  # 4,800 - 2,000 = 2,800; 4,000 - 1,700 = 2,300
    items = _revenue_beside_the_gross_profit(tuple(lines))
    (revenue,) = _revenue(items)
    assert revenue.values == (Decimal(6000), Decimal(4900))  # 4,800 + 1,200; 4,000 + 900
    assert revenue.label == "Product revenue + Grant revenue (the lines added up)"
    assert (revenue.span.first, revenue.span.last) == (1, 4)


def test_other_income_after_the_gross_profit_is_no_part_of_the_revenue() -> None:
    lines = list(_statement((2800, 2300), "Other income"))
    lines[0] = _line("Product revenue", (4800, 4000), ("revenue",), 1)
    items = _revenue_beside_the_gross_profit(tuple(lines))
    assert _revenue(items) == [lines[0]]  # the words name no revenue: the reader leaves the statement as it was


LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _release(name: str) -> Release:
    path = LAYOUTS / f"{name}.txt"
    return core.parse_release(path.read_bytes(), path.name)


def test_the_revenue_printed_in_parts_about_the_gross_profit_is_their_sum_and_every_check_passes() -> None:
    release = _release("revenue_lines_printed_after_the_gross_profit_of_product_sales_no_total")
    (statement,) = [s for s in release.statements if s.kind == "operations"]
    revenue = statement.item("revenue")
    assert revenue is not None
    assert revenue.label == "Product sales, net + Collaboration revenue + Grant revenue (the lines added up)"
    # 18,240 + 2,450 + 615; 15,610 + 1,980 + 840; 52,870 + 7,060 + 1,925; 44,930 + 5,720 + 2,310
    assert revenue.values == tuple(Decimal(v) for v in (21_305_000, 18_430_000, 61_855_000, 52_960_000))
    assert not release.failed_checks  # the operating result had failed: 11,110 - 15,290 against -1,115
    operating = [c for c in release.checks if c.name == "operating result"]
    assert len(operating) == 4 and all(c.passed for c in operating)
    assert all("Collaboration revenue" in c.detail and "Grant revenue" in c.detail for c in operating)


def test_a_revenue_in_parts_no_arithmetic_vouches_for_is_held_back_with_a_warning_naming_its_lines() -> None:
    release = _release("a_revenue_line_after_the_gross_profit_whose_part_above_the_cost_leaves_no_gross_profit")
    (statement,) = [s for s in release.statements if s.kind == "operations"]
    assert statement.item("revenue") is None  # never the product revenue, 5,000, as the whole
    said = [w.message for w in release.warnings if "no revenue was read" in w.message]
    assert len(said) == 1 and "'Product revenue'" in said[0] and "'Collaboration revenue'" in said[0]
    assert not release.failed_checks  # 2,800 + 1,200 - 4,100 = -100: the result check takes the line in
