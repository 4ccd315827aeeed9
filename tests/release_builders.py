"""Small releases built by hand, for the shapes the sample does not have.

`allos()` is the sample's two statements typed in from core/samples/allos_q2_2004.txt (lines 87-144), so
analysis and chart tests do not depend on the parser's progress. The variants change one thing each: a
profitable company, a release with no balance sheet, a release with no year-to-date columns.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from core.model import (
    FiscalPeriod,
    LineItem,
    Metadata,
    Period,
    Release,
    SourceSpan,
    Statement,
)

Q2_2004 = Period(date(2004, 6, 30), 3, "Three-months ended June 30, 2004")
Q2_2003 = Period(date(2003, 6, 30), 3, "Three-months ended June 30, 2003")
H1_2004 = Period(date(2004, 6, 30), 6, "Six-months ended June 30, 2004")
H1_2003 = Period(date(2003, 6, 30), 6, "Six-months ended June 30, 2003")
JUN_2004 = Period(date(2004, 6, 30), None, "June 30, 2004")
DEC_2003 = Period(date(2003, 12, 31), None, "December 31, 2003")

THOUSAND = Decimal(1000)


def _amounts(*values: str) -> tuple[Decimal | None, ...]:
    return tuple(None if v == "" else Decimal(v) * THOUSAND for v in values)


def _line(
    label: str,
    values: tuple[Decimal | None, ...],
    concepts: tuple[str, ...],
    first: int,
    last: int | None = None,
    *,
    kind: str = "amount",
    section: str = "",
    is_total: bool = False,
) -> LineItem:
    return LineItem(
        label=label,
        values=values,
        concepts=concepts,
        kind=kind,  # type: ignore[arg-type]
        span=SourceSpan(first, last or first),
        section=section,
        is_total=is_total,
    )


def allos_operations() -> Statement:
    opex = "Operating expenses"
    items = (
        _line(
            "Research and development",
            _amounts("3446", "5081", "5435", "8487"),
            ("research_and_development",),
            98,
            99,
            section=opex,
        ),
        _line("Clinical manufacturing", _amounts("1374", "3866", "2156", "5946"), (), 100, section=opex),
        _line(
            "Marketing, general and administrative",
            _amounts("2442", "2523", "4955", "4542"),
            ("selling_general_administrative",),
            101,
            102,
            section=opex,
        ),
        _line("Restructuring costs", _amounts("0", "578", "0", "578"), ("restructuring",), 103, section=opex),
        _line(
            "Total operating expenses",
            _amounts("7262", "12048", "12546", "19553"),
            ("total_operating_expenses",),
            105,
            106,
            section=opex,
            is_total=True,
        ),
        _line(
            "Loss from operations",
            _amounts("-7262", "-12048", "-12546", "-19553"),
            ("operating_income",),
            108,
        ),
        _line(
            "Interest and other income, net",
            _amounts("111", "277", "249", "649"),
            ("nonoperating_income",),
            109,
            110,
        ),
        _line(
            "Net loss", _amounts("-7151", "-11771", "-12297", "-18904"), ("net_income",), 112
        ),
        _line(
            "Basic and diluted net loss per share",
            tuple(Decimal(v) for v in ("-0.23", "-0.45", "-0.40", "-0.73")),
            ("eps_basic", "eps_diluted"),
            114,
            115,
            kind="per_share",
        ),
        _line(
            "Weighted average common shares: basic and diluted",
            tuple(Decimal(v) for v in ("31139289", "25888500", "31124616", "25884381")),
            ("shares_basic", "shares_diluted"),
            117,
            119,
            kind="shares",
        ),
    )
    return Statement(
        kind="operations",
        title="CONDENSED STATEMENTS OF OPERATIONS",
        unit="in thousands - except share and per share information",
        scale=1000,
        share_scale=1,
        periods=(Q2_2004, Q2_2003, H1_2004, H1_2003),
        items=items,
        span=SourceSpan(87, 119),
    )


def allos_balance() -> Statement:
    items = (
        _line(
            "Cash, cash equivalents and investments in marketable securities",
            _amounts("34148", "45597"),
            ("cash_and_investments",),
            131,
            133,
            section="ASSETS",
        ),
        _line("Other assets", _amounts("1341", "1121"), (), 134, section="ASSETS"),
        _line(
            "Equipment and leasehold improvements, net",
            _amounts("1207", "1456"),
            (),
            135,
            136,
            section="ASSETS",
        ),
        _line(
            "Total assets",
            _amounts("36696", "48174"),
            ("total_assets",),
            138,
            section="ASSETS",
            is_total=True,
        ),
        _line(
            "Liabilities",
            _amounts("3325", "2763"),
            ("total_liabilities",),
            141,
            section="Liabilities and Stockholders' Equity",
        ),
        _line(
            "Stockholders' equity",
            _amounts("33371", "45411"),
            ("stockholders_equity",),
            142,
            section="Liabilities and Stockholders' Equity",
        ),
        _line(
            "Total liabilities and stockholders' equity",
            _amounts("36696", "48174"),
            ("total_liabilities_and_equity",),
            143,
            144,
            section="Liabilities and Stockholders' Equity",
            is_total=True,
        ),
    )
    return Statement(
        kind="balance",
        title="CONDENSED BALANCE SHEETS",
        unit="in thousands",
        scale=1000,
        share_scale=1,
        periods=(JUN_2004, DEC_2003),
        items=items,
        span=SourceSpan(123, 144),
    )


def allos() -> Release:
    from pathlib import Path

    text = (Path(__file__).parent.parent / "core" / "samples" / "allos_q2_2004.txt").read_text()
    return Release(
        name="allos_q2_2004.txt",
        format="text",
        lines=tuple(text.splitlines()),
        metadata=Metadata(
            company="Allos Therapeutics, Inc.",
            exchange="Nasdaq",
            ticker="ALTH",
            city="Westminster",
            state="Colo.",
            release_date=date(2004, 8, 3),
            fiscal_period=FiscalPeriod(2, 2004, date(2004, 6, 30)),
            highlights=(
                "The FDA's Oncologic Drug Advisory Committee did not recommend approval of EFAPROXYN(TM).",
                "The Company received an approvable letter from the U.S. Food and Drug Administration (FDA).",
            ),
            title="Allos Therapeutics Reports Second Quarter 2004 Financial Results",
        ),
        statements=(allos_operations(), allos_balance()),
    )


def _replace_values(statement: Statement, concept: str, values: tuple[Decimal | None, ...]) -> Statement:
    items = tuple(
        dataclasses.replace(item, values=values) if concept in item.concepts else item
        for item in statement.items
    )
    return dataclasses.replace(statement, items=items)


def profitable() -> Release:
    """Allos with a net income of 500 (thousand) in every period and cash rising: nothing burns."""
    operations = _replace_values(allos_operations(), "net_income", _amounts("500", "400", "900", "700"))
    balance = _replace_values(allos_balance(), "cash_and_investments", _amounts("50000", "45597"))
    return dataclasses.replace(allos(), name="profitable.txt", statements=(operations, balance))


def no_balance_sheet() -> Release:
    return dataclasses.replace(allos(), name="no_balance.txt", statements=(allos_operations(),))


def quarter_only() -> Release:
    """Allos with only the two three-month columns."""
    operations = allos_operations()
    items = tuple(dataclasses.replace(item, values=item.values[:2]) for item in operations.items)
    operations = dataclasses.replace(operations, periods=operations.periods[:2], items=items)
    return dataclasses.replace(allos(), name="quarter_only.txt", statements=(operations, allos_balance()))
