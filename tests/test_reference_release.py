"""The reference release (Allos Therapeutics, Q2 2004), read exactly as a finance professional would.

Every expected number below was read off the release by hand and cross-footed: the four expense lines add
up to total operating expenses, the loss from operations plus interest income gives the net loss, the
balance sheet's three assets add up to total assets, liabilities plus equity to the same total.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import core

Q2_04, Q2_03 = date(2004, 6, 30), date(2003, 6, 30)
COLUMNS = [(Q2_04, 3), (Q2_03, 3), (Q2_04, 6), (Q2_03, 6)]

OPERATIONS = {
    # concept or label: values per column, in thousands (per share and shares as printed)
    "research_and_development": (3446, 5081, 5435, 8487),
    "Clinical manufacturing": (1374, 3866, 2156, 5946),
    "selling_general_administrative": (2442, 2523, 4955, 4542),
    "restructuring": (0, 578, 0, 578),
    "total_operating_expenses": (7262, 12048, 12546, 19553),
    "operating_income": (-7262, -12048, -12546, -19553),
    "nonoperating_income": (111, 277, 249, 649),
    "net_income": (-7151, -11771, -12297, -18904),
}
PER_SHARE = ("-0.23", "-0.45", "-0.40", "-0.73")
SHARES = (31_139_289, 25_888_500, 31_124_616, 25_884_381)
BALANCE = {
    "cash_and_investments": (34148, 45597),
    "Other assets": (1341, 1121),
    "Equipment and leasehold improvements, net": (1207, 1456),
    "total_assets": (36696, 48174),
    "total_liabilities": (3325, 2763),
    "stockholders_equity": (33371, 45411),
    "total_liabilities_and_equity": (36696, 48174),
}


def _item(statement: core.Statement, key: str) -> core.LineItem:
    for item in statement.items:
        if key in item.concepts or item.label == key:
            return item
    raise AssertionError(f"no line {key!r} in {statement.title}")


def test_statement_kinds_titles_and_units(allos: core.Release) -> None:
    kinds = [(s.kind, s.title, s.unit, s.scale, s.share_scale) for s in allos.statements]
    assert kinds == [
        (
            "operations",
            "CONDENSED STATEMENTS OF OPERATIONS",
            "(in thousands - except share and per share information)",
            1000,
            1,
        ),
        ("balance", "CONDENSED BALANCE SHEETS", "(in thousands)", 1000, 1000),
    ]


def test_operations_periods_from_a_header_spread_over_three_lines(allos: core.Release) -> None:
    operations = allos.statement("operations")
    assert operations is not None
    assert [(p.end, p.months) for p in operations.periods] == COLUMNS
    assert operations.periods[0].label == "Three-months ended June 30, 2004"
    assert operations.periods[3].label == "Six-months ended June 30, 2003"


@pytest.mark.parametrize(("key", "thousands"), OPERATIONS.items())
def test_operations_line(allos: core.Release, key: str, thousands: tuple[int, ...]) -> None:
    operations = allos.statement("operations")
    assert operations is not None
    assert _item(operations, key).values == tuple(Decimal(v) * 1000 for v in thousands)


def test_per_share_and_share_count_lines_give_basic_and_diluted(allos: core.Release) -> None:
    operations = allos.statement("operations")
    assert operations is not None
    eps = _item(operations, "eps_basic")
    shares = _item(operations, "shares_basic")
    assert eps.concepts == ("eps_basic", "eps_diluted")
    assert eps.label == "Basic and diluted net loss per share"
    assert eps.values == tuple(Decimal(v) for v in PER_SHARE)
    assert shares.concepts == ("shares_basic", "shares_diluted")
    assert shares.label == "Weighted average common shares: basic and diluted"
    assert shares.values == tuple(Decimal(v) for v in SHARES)


def test_wrapped_labels_sections_and_source_lines(allos: core.Release) -> None:
    operations = allos.statement("operations")
    assert operations is not None
    research = _item(operations, "research_and_development")
    assert (research.label, research.section, research.span.first, research.span.last) == (
        "Research and development",
        "Operating expenses",
        98,
        99,
    )
    total = _item(operations, "total_operating_expenses")
    assert (total.label, total.is_total, total.span.first, total.span.last) == (
        "Total operating expenses",
        True,
        105,
        106,
    )
    net = _item(operations, "net_income")
    assert (net.section, net.span.first) == ("", 112)
    assert allos.lines[net.span.first - 1].strip().startswith("Net loss")


def test_balance_sheet(allos: core.Release) -> None:
    balance = allos.statement("balance")
    assert balance is not None
    assert [(p.end, p.months) for p in balance.periods] == [(Q2_04, None), (date(2003, 12, 31), None)]
    for key, thousands in BALANCE.items():
        assert _item(balance, key).values == tuple(Decimal(v) * 1000 for v in thousands), key
    assert _item(balance, "total_assets").section == "ASSETS"
    assert _item(balance, "stockholders_equity").section == "Liabilities and Stockholders' Equity"


def test_every_check_passes(allos: core.Release) -> None:
    assert allos.checks, "checks must run on every parse"
    assert [c for c in allos.checks if not c.passed] == []
    names = {c.name for c in allos.checks}
    assert {
        "footing",
        "operating result",
        "net result",
        "EPS basic",
        "EPS diluted",
        "assets = liabilities + equity",
        "prose: net_income",
        "prose: eps_basic",
        "prose: cash_and_investments",
    } <= names
    assert allos.warnings == ()


def test_footing_check_reports_expected_and_found(allos: core.Release) -> None:
    footing = next(c for c in allos.checks if c.name == "footing" and c.period == "3M 2004-06-30")
    assert (footing.expected, footing.found) == (Decimal(7_262_000), Decimal(7_262_000))
    assert footing.detail.startswith("Total operating expenses = Research and development + Clinical")
    assert (footing.span.first, footing.span.last) == (98, 106)


def test_prose_figures_tied_to_their_periods(allos: core.Release) -> None:
    said = [(f.concept, f.value, f.period.key if f.period else None) for f in allos.prose]
    assert said == [
        ("net_income", Decimal("-7.2") * 1_000_000, "3M 2004-06-30"),
        ("eps_basic", Decimal("-0.23"), "3M 2004-06-30"),
        ("net_income", Decimal("-11.8") * 1_000_000, "3M 2003-06-30"),
        ("eps_basic", Decimal("-0.45"), "3M 2003-06-30"),
        ("net_income", Decimal("-12.3") * 1_000_000, "6M 2004-06-30"),
        ("eps_basic", Decimal("-0.40"), "6M 2004-06-30"),
        ("net_income", Decimal("-18.9") * 1_000_000, "6M 2003-06-30"),
        ("eps_basic", Decimal("-0.73"), "6M 2003-06-30"),
        ("cash_and_investments", Decimal("34.1") * 1_000_000, "2004-06-30"),
        ("restricted_cash", Decimal(550_000), "2004-06-30"),
    ]
    assert allos.prose[0].tolerance == Decimal(50_000)
    assert (allos.prose[0].span.first, allos.prose[0].span.last) == (8, 9)


def test_metadata(allos: core.Release) -> None:
    meta = allos.metadata
    assert (meta.company, meta.exchange, meta.ticker) == ("Allos Therapeutics, Inc.", "Nasdaq", "ALTH")
    assert (meta.city, meta.state, meta.release_date) == ("Westminster", "Colo.", date(2004, 8, 3))
    assert meta.fiscal_period is not None and meta.fiscal_period.label == "Q2 2004"
    assert meta.title == "Allos Therapeutics Reports Second Quarter 2004 Financial Results"
    assert len(meta.highlights) == 5
    assert meta.highlights[0].startswith("The FDA's Oncologic Drug Advisory Committee did not recommend")
    assert meta.highlights[4].endswith("into Europe and South America.")


def test_facts_frame_contract(allos: core.Release) -> None:
    frame = core.facts_frame(allos)
    assert list(frame.columns[:6]) == ["statement", "concept", "label", "period_end", "months", "value"]
    net = frame[(frame.concept == "net_income") & (frame.months == 3) & (frame.period_end == "2004-06-30")]
    assert net.value.tolist() == [-7_151_000.0]
    assert len(frame[frame.concept == "eps_diluted"]) == 4
    assert frame[frame.statement == "balance"].months.isna().all()
    assert len(frame) == 62
