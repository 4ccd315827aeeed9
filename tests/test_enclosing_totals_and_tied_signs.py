"""Round 723's faults of the statement of operations, on invented releases in the shape of real ones: an outer
"Total costs and expenses" enclosing the total operating expenses, an other-income block closed by a footed line
not worded "Total", and a tax equal to a minority's share of losses in every column (two readings of the signs
add up). Every figure of the fixtures is worked out in their `.facts` files beside them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.model import LineItem, Release, SourceSpan
from tests.conftest import printed_facts

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
OUTER_TOTAL = LAYOUTS / "an_outer_total_of_costs_and_expenses_enclosing_the_total_operating_expenses.txt"
OTHER_BLOCK = LAYOUTS / "an_other_income_block_closed_by_a_footed_net_line_not_worded_total.txt"
TAX_TIE = LAYOUTS / "a_tax_equal_to_the_minority_share_of_losses_in_every_column.txt"


def _release(path: Path) -> Release:
    return core.parse_release(path.read_bytes(), path.name)


def test_the_operating_result_is_the_revenue_less_the_total_that_encloses_the_operating_expenses() -> None:
    """Revenues 12,640 less "Total costs and expenses" 11,460 (cost of revenues 5,210 + total operating expenses
    6,250) is the income from operations 1,180 (11,380 - 10,670 = 710 the year before); the outer total is never
    added to the inner one (12,640 - 6,250 + 11,460 = 17,850, a false failure that held the revenue back)."""
    release = _release(OUTER_TOTAL)
    checks = [c for c in release.checks if c.name == "operating result"]
    assert [(c.expected, c.found, c.passed) for c in checks] == [
        (Decimal(1_180_000), Decimal(1_180_000), True), (Decimal(710_000), Decimal(710_000), True)]
    assert {c.detail for c in checks} == {"revenue - Total costs and expenses = Income from operations"}
    assert not [str(d) for d in release.diagnostics if "check failed" in str(d) or "held back" in str(d)]
    facts = printed_facts(OUTER_TOTAL)
    assert facts[("operations", "revenue", "2025-09-30", "3")] == Decimal(12_640_000)
    assert facts[("operations", "revenue", "2024-09-30", "3")] == Decimal(11_380_000)
    assert facts[("operations", "total_operating_expenses", "2025-09-30", "3")] == Decimal(6_250_000)
    assert facts[("operations", "operating_income", "2024-09-30", "3")] == Decimal(710_000)


def test_the_footed_line_closing_the_other_income_block_is_its_whole_whatever_its_words() -> None:
    """"Other expense, net (975)" under its rule foots "Interest expense (1,240)", "Interest income 310" and
    "Foreign exchange gain (loss) (45)", and operating income 10,210 less 975 is the pre-tax 9,235: it is the
    non-operating income, though its words do not open with "Total"."""
    facts = printed_facts(OTHER_BLOCK)
    assert facts[("operations", "nonoperating_income", "2025-06-30", "3")] == Decimal(-975_000)
    assert facts[("operations", "nonoperating_income", "2024-06-30", "3")] == Decimal(-1_105_000)  # -1,390+255+30
    assert facts[("operations", "income_before_taxes", "2025-06-30", "3")] == Decimal(9_235_000)


def test_where_two_readings_add_up_the_words_decide_the_tax_is_taken_off() -> None:
    """Pre-tax 6,900 - tax 2,420 + the minority's share of losses 2,420 = net income 6,900, and 6,900 + 2,420 -
    2,420 as well: the words decide. A provision for income taxes is an expense, a minority interest in losses
    added back; the tax is stored as the expense printed (it had been stored as a benefit of -2,420)."""
    facts = printed_facts(TAX_TIE)
    assert facts[("operations", "income_tax", "2025-03-31", "3")] == Decimal(2_420_000)
    assert facts[("operations", "income_tax", "2024-03-31", "3")] == Decimal(1_980_000)
    assert facts[("operations", "net_income", "2025-03-31", "3")] == Decimal(6_900_000)
    release = _release(TAX_TIE)
    net = [c for c in release.checks if c.name == "net result"]
    assert net and all(c.passed for c in net)
    assert not [str(d) for d in release.diagnostics if "not read" in str(d)]


def _line(label: str, values: tuple[int, ...], concepts: tuple[str, ...] = (), at: int = 1) -> LineItem:
    return LineItem(label, tuple(Decimal(v) for v in values), concepts, "amount", SourceSpan(at, at))


def test_where_two_readings_add_up_and_no_words_decide_the_tied_lines_are_held_back() -> None:
    """Pre-tax 5,000 and net income 5,000 with "Special items 700" and "Other adjustments 700" between (600 and
    600 the year before): either line may be the one taken off, and neither's words say; both are left to the
    tie. With "Provision for income taxes" in place of the first, the words decide and nothing is."""
    from core.statements.result_signs import signs_left_to_a_tie

    pretax = _line("Income before income taxes", (5_000, 4_000), ("income_before_taxes",), 1)
    net = _line("Net income", (5_000, 4_000), ("net_income",), 4)
    first, second = _line("Special items", (700, 600), (), 2), _line("Other adjustments", (700, 600), (), 3)
    tied = signs_left_to_a_tie((pretax, first, second, net), 0)
    assert [item.label for item in tied] == ["Special items", "Other adjustments"]
    tax = _line("Provision for income taxes", (700, 600), ("income_tax",), 2)
    assert signs_left_to_a_tie((pretax, tax, second, net), 0) == ()
