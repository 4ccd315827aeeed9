"""Figures a check cannot vouch for the sign of, and labels stacked with <br> beside figure cells of as many lines
(round 722): each fixture is an invented release, its figures checked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.checks.verification import fact_checks, fact_key

HTML = Path(__file__).parent / "fixtures" / "html"


def _release(name: str) -> core.Release:
    path = HTML / name
    return core.parse_release(path.read_bytes(), path.name)


def _figures(release: core.Release, kind: str) -> dict[tuple[str, str], tuple[Decimal | None, str]]:
    """(concept, period end) -> (value, status) for every named line of the statement of that kind."""
    statuses = fact_checks(release)
    statement = next(s for s in release.statements if s.kind == kind)
    found: dict[tuple[str, str], tuple[Decimal | None, str]] = {}
    for item in statement.items:
        for period, value in zip(statement.periods, item.values, strict=True):
            checks = statuses.get(fact_key(item, period))
            for concept in item.concepts:
                found[(concept, str(period.end))] = (value, checks.status if checks else "unchecked")
    return found


def test_basic_and_diluted_stacked_in_one_row_split_line_for_line() -> None:
    """"Basic<br>Diluted" beside "$<br>$" and "0.40<br>0.39": 6,400 / 16,000 = 0.40 and 6,400 / 16,400 = 0.39;
    5,200 / 15,800 = 0.33 and 5,200 / 16,250 = 0.32. Joined, "Basic Diluted" had taken both EPS with the basic
    figures."""
    figures = _figures(_release("eps_basic_and_diluted_stacked_in_one_row_beside_dollar_cells.htm"), "operations")
    assert {key: value for key, (value, _) in figures.items() if key[0].startswith(("eps", "shares"))} == {
        ("eps_basic", "2023-06-30"): Decimal("0.40"), ("eps_basic", "2022-06-30"): Decimal("0.33"),
        ("eps_diluted", "2023-06-30"): Decimal("0.39"), ("eps_diluted", "2022-06-30"): Decimal("0.32"),
        ("shares_basic", "2023-06-30"): Decimal(16_000_000), ("shares_basic", "2022-06-30"): Decimal(15_800_000),
        ("shares_diluted", "2023-06-30"): Decimal(16_400_000),
        ("shares_diluted", "2022-06-30"): Decimal(16_250_000)}
    assert all(status == "verified" for _, status in figures.values())


def test_a_net_result_tied_to_a_sign_failure_by_a_nil_tax_is_held_back() -> None:
    """2022: a loss from operations of 7,600 in red, other income 250, so a pre-tax loss of 7,350 printed black
    (the check fails on the sign: expected -7,350, found 7,350); no tax, the net result the same 7,350, EPS 0.24 x
    30,600. Neither the net result nor EPS x shares sees the sign: both are held back with it; the share count
    has no sign, and 2023 (1,800 - 400 = 1,400; less 200 tax, 1,200; 0.04 x 31,000) stands verified."""
    figures = _figures(_release("loss_in_red_above_a_pretax_line_printed_black_with_no_tax.htm"), "operations")
    assert figures[("income_before_taxes", "2022-09-30")] == (Decimal(7_350_000), "failed")
    assert figures[("net_income", "2022-09-30")] == (Decimal(7_350_000), "failed")
    assert figures[("eps_basic", "2022-09-30")][1] == figures[("eps_diluted", "2022-09-30")][1] == "failed"
    assert figures[("shares_basic", "2022-09-30")] == (Decimal(30_600_000), "verified")
    assert figures[("net_income", "2023-09-30")] == (Decimal(1_200_000), "verified")
    assert figures[("eps_basic", "2023-09-30")] == (Decimal("0.04"), "verified")


def test_outflows_printed_bare_whose_flows_add_up_neither_way_are_held_back() -> None:
    """Investing 3,600 and financing 2,300 "used", printed bare: 7,200 + 3,600 + 2,300 + 150 = 13,250 and
    7,200 - 3,600 - 2,300 + 150 = 1,450, neither the net increase of 1,150 (the exchange effect is an unsigned
    outflow too). Neither flow is printed as an inflow: read as outflows by their words, they are held back by
    the failed check of the flows (their footing of bare lines fails on the sign), and a warning names each."""
    release = _release("cash_used_in_printed_bare_where_the_flows_add_up_neither_way.htm")
    figures = _figures(release, "cash_flow")
    assert figures[("investing_cash_flow", "2023-03-31")] == (Decimal(-3_600_000), "failed")
    assert figures[("investing_cash_flow", "2022-03-31")] == (Decimal(-1_900_000), "failed")
    assert figures[("financing_cash_flow", "2023-03-31")] == (Decimal(-2_300_000), "failed")
    assert figures[("financing_cash_flow", "2022-03-31")] == (Decimal(-1_800_000), "failed")
    assert figures[("operating_cash_flow", "2023-03-31")] == (Decimal(7_200_000), "verified")
    named = [d for d in release.diagnostics if d.message.startswith("the sign of")]
    assert [(d.message.split("'")[1], d.span.first if d.span else None) for d in named] == [
        ("Net cash used in investing activities", 21), ("Net cash used in financing activities", 25)]
