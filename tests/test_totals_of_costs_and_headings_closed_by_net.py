"""Round 711's faults of the statement of operations, on invented releases in the shape of real ones: a printed
total of the costs the gross profit is taken from ("Total costs" over the cost of revenues and an impairment), a
bare "Total costs" closing a "Costs and expenses:" heading, and a heading closed by ", net" over a line whose own
label names a line. Every figure of the fixtures is worked out in their `.facts` files beside them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.model import LineItem, Release, SourceSpan
from core.statements.concepts import _total_costs_and_expenses
from core.tables.lines import ClassifiedLine, LineKind
from core.tables.rows import _joins

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
IMPAIRMENT = "a_total_of_costs_with_an_impairment_over_the_gross_profit_and_a_heading_closed_by_net"
BARE_TOTAL = "a_bare_total_costs_closing_a_costs_and_expenses_heading_above_the_operating_income"


def _release(name: str) -> Release:
    path = LAYOUTS / f"{name}.txt"
    return core.parse_release(path.read_bytes(), path.name)


def test_the_gross_profit_is_checked_against_the_printed_total_of_the_costs() -> None:
    """Revenue 31,640 less "Total costs" 14,830 (cost of revenues 14,210 + impairment 620) is the gross profit
    16,810; less the cost of revenues alone it would be 17,430. The check takes the total, passes, and the
    revenue is printed (it had been held back by a failed check)."""
    release = _release(IMPAIRMENT)
    checks = [c for c in release.checks if c.name == "gross profit"]
    assert [(c.expected, c.found, c.passed) for c in checks] == [
        (Decimal(16_810_000), Decimal(16_810_000), True), (Decimal(15_742_000), Decimal(15_742_000), True)]
    assert {c.detail for c in checks} == {"revenue - Total costs"}
    assert not [str(d) for d in release.diagnostics if "check failed" in str(d) or "held back" in str(d)]
    operations = release.statement("operations")
    assert operations is not None
    revenue, cost = operations.item("revenue"), operations.item("cost_of_revenue")
    assert revenue is not None and revenue.values == (Decimal(31_640_000), Decimal(29_215_000))
    assert cost is not None and cost.label == "Cost of revenues"  # the line's own words: the cost, not the total


def test_a_heading_closed_by_net_is_no_part_of_the_label_under_it() -> None:
    """"Other expense, net" alone over "Interest expense, net  (58)": the line under the heading is named by its
    own words, and the heading's total closes its lines."""
    operations = _release(IMPAIRMENT).statement("operations")
    assert operations is not None
    by_label = {item.label: item for item in operations.items}
    assert "Other expense, net Interest expense, net" not in by_label
    assert by_label["Interest expense, net"].values == (Decimal(-58_000), Decimal(-71_000))
    assert by_label["Interest expense, net"].section == "Other expense, net"
    total = operations.item("nonoperating_income")
    assert total is not None and total.values == (Decimal(-95_000), Decimal(-90_000))  # -58 - 37; -71 - 19


def _line(label: str, indent: int = 0) -> ClassifiedLine:
    return ClassifiedLine(1, label, LineKind.TEXT, label, indent, ())


def test_a_label_wrapped_at_net_still_goes_on() -> None:
    """A sentence-case label cut after ", net" goes on in lower case, and a capital that names no line alone is
    no row of its own: both stay one label. Only a line naming a line by itself, the two joined naming none,
    stands under the heading."""
    heading = _line("Loss from discontinued operations, net")
    assert _joins(heading, "of tax", 0)
    assert not _joins(_line("Other expense, net"), "Interest expense, net", 0)
    assert _joins(_line("Other Expense, Net"), "Of Tax", 0)


def test_a_bare_total_costs_closing_costs_and_expenses_is_the_total_operating_expenses() -> None:
    """Net sales 61,420 less "Total costs" 55,189 (40,115 + 3,870 + 11,204) is the operating income 6,231 in the
    quarter, 233,610 less 211,847 the 21,763 of the year: the total of all the costs and expenses."""
    release = _release(BARE_TOTAL)
    operations = release.statement("operations")
    assert operations is not None
    total = operations.item("total_operating_expenses")
    assert total is not None and total.label == "Total costs"
    assert total.values == (Decimal(55_189_000), Decimal(52_205_000), Decimal(211_847_000), Decimal(201_204_000))
    assert [c.passed for c in release.checks if c.name == "operating result"] == [True] * 4


def _item(label: str, values: tuple[int, int], concepts: tuple[str, ...] = (), section: str = "",
          at: int = 0) -> LineItem:
    return LineItem(label, tuple(Decimal(v) for v in values), concepts, "amount", SourceSpan(at, at),
                    section=section, is_total=label.startswith("Total"))


def test_a_total_costs_a_gross_profit_follows_is_the_cost_of_sales_alone() -> None:
    """Under the same heading, a "Total costs" that a gross profit follows closes the cost of sales only:
    revenue less it is the gross profit, not the operating income, and it takes no concept."""
    heading = "Costs and expenses"
    items = (_item("Net sales", (9000, 8000), ("revenue",), at=1),
             _item("Cost of products", (4000, 3600), ("cost_of_revenue",), heading, 3),
             _item("Cost of services", (1000, 900), (), heading, 4),
             _item("Total costs", (5000, 4500), (), heading, 5),
             _item("Gross profit", (4000, 3500), ("gross_profit",), heading, 6),
             _item("Selling and administrative", (2500, 2300), ("selling_general_administrative",), heading, 7),
             _item("Operating income", (1500, 1200), ("operating_income",), heading, 8))
    assert _total_costs_and_expenses(items) == items
    # without the gross profit line, the same figures leave the operating income of revenue less the total alone
    # only where it foots: 9,000 - 5,000 is 4,000, not the 1,500 printed, and nothing is taken either
    no_gross = tuple(item for item in items if item.label != "Gross profit")
    assert _total_costs_and_expenses(no_gross) == no_gross
