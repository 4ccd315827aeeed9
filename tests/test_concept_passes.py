"""The order of `concepts.line_items`' passes: named sequences, run by one loop in the order they state, each pass
after those whose concepts it reads (as its docstring says)."""

from __future__ import annotations

import pytest

from core.model import LineItem, SourceSpan
from core.statements import concepts
from core.statements.concepts import (
    _CLAIMS_SET_APART,
    _EVERY_STATEMENTS_CLAIMS,
    _OPERATIONS_AFTER_ONE_LINE_A_CONCEPT,
    _after_one_line_a_concept,
    _in_order,
)


def _line(label: str) -> LineItem:
    return LineItem(label, (None,), (), "amount", SourceSpan(1, 1), "")


def test_the_loop_runs_the_passes_in_the_order_stated() -> None:
    def adds(word: str):  # type: ignore[no-untyped-def]
        return lambda items: (*items, _line(word))

    lines = _in_order((adds("first"), adds("second"), adds("third")), (_line("top"),))
    assert [line.label for line in lines] == ["top", "first", "second", "third"]
    assert _in_order((), (_line("top"),)) == (_line("top"),)


def _names(passes: tuple[object, ...]) -> list[str]:
    return [getattr(step, "__name__", None) or step.func.__name__ for step in passes]  # type: ignore[attr-defined]


def test_each_kind_runs_the_rates_first_and_the_shared_passes_last() -> None:
    shared = _names(_EVERY_STATEMENTS_CLAIMS)
    for kind in ("operations", "balance", "cash_flow", "other"):
        names = _names(_CLAIMS_SET_APART[kind])
        assert names[0] == "_rate_totals_by_the_arithmetic"
        assert names[-len(shared):] == shared
        assert len(set(names)) == len(names)
    assert _after_one_line_a_concept("other", set()) == ()
    assert _names(_after_one_line_a_concept("cash_flow", set())) == ["_totals_of_flow_sections",
                                                                      "_outflows_printed_bare"]


def test_a_balance_sheets_passes_take_the_readers_named_sums() -> None:
    named = {3}
    passes = _after_one_line_a_concept("balance", named)
    assert _names(passes) == ["_totals_above_their_parts", "_liabilities_under_a_heading_of_both_sides",
                              "_unlabelled_grand_totals", "_unworded_current_totals",
                              "_total_liabilities_of_part_of_them", "_equity_without_noncontrolling",
                              "_liabilities_positive"]
    bound = [step for step in passes if hasattr(step, "keywords")]
    assert [step.keywords for step in bound] == [{"named": named}, {"reader_named": named}]  # type: ignore[attr-defined]


def _says_why(earlier: str, later: str) -> bool:
    """Whether one of the two passes' docstrings names the other: the reason stands where the next engineer reads."""
    return f"`{earlier}`" in (getattr(concepts, later).__doc__ or "") or f"`{later}`" in (
        getattr(concepts, earlier).__doc__ or "")


# (earlier, later): the later pass reads a concept or a sign the earlier one sets or clears, as its docstring says.
_READS_WHAT_THE_EARLIER_SETTLES = [
    ("_pretax_by_the_arithmetic", "_common_straight_after_the_tax"),
    ("_tax_by_the_arithmetic", "_common_straight_after_the_tax"),
    ("_commodity_cost_alone", "_gross_profit_by_the_arithmetic"),
    ("_gross_profit_by_the_arithmetic", "_revenue_by_the_gross_profit"),
    ("_shares_of_a_bare_loss", "_common_straight_after_the_tax"),
    ("_common_straight_after_the_tax", "_sole_revenue_line"),
    ("_sole_revenue_line", "_revenue_summed_below"),
    ("_revenue_summed_below", "_unlabelled_revenue_total"),
    ("_revenue_by_the_gross_profit", "_sole_cost_above_gross_profit"),
    ("_sole_expenses_line", "_total_costs_and_expenses"),
    ("_total_costs_and_expenses", "_net_operating_income_by_the_arithmetic"),
    ("_nonoperating_whole", "_net_operating_income_by_the_arithmetic"),
    ("_revenue_the_gross_profit_starts_from", "_cost_the_gross_profit_takes"),
    ("_cost_the_gross_profit_takes", "_cost_beside_another_cost"),
    ("_net_revenue_after_deductions", "_deductions_by_the_arithmetic"),
    ("_revenue_beside_the_gross_profit", "_insurer_total_of_part_of_the_costs"),
    ("_insurer_total_of_part_of_the_costs", "_total_of_part_of_the_expenses"),
]


@pytest.mark.parametrize(("earlier", "later"), _READS_WHAT_THE_EARLIER_SETTLES)
def test_a_statement_of_operations_pass_runs_after_what_it_reads(earlier: str, later: str) -> None:
    names = _names(_OPERATIONS_AFTER_ONE_LINE_A_CONCEPT)
    assert len(set(names)) == len(names) == 26
    assert names.index(earlier) < names.index(later)
    assert _says_why(earlier, later)


@pytest.mark.parametrize(("earlier", "later"), [
    ("_eps_only_of_the_net_result_above", "_counts_under_their_eps"),
    ("_segments_net_results_apart", "_memos_after_the_share_counts"),
    ("_expense_lines_positive", "_parts_of_a_cost_turned"),
    ("_other_income_after_its_tax", "_taxes_in_parts"),
])
def test_a_claim_is_set_apart_after_what_it_reads(earlier: str, later: str) -> None:
    names = _names(_CLAIMS_SET_APART["operations"])
    assert names.index(earlier) < names.index(later)
    assert _says_why(earlier, later)
