"""Hand-built tricky layouts of periods, each a statement with the layout it is typed in: the Allos
sample's own (three-line headers, "$" in its own column), a retailer's 13/26 weeks, an annual report in
millions. The property tests run them on every run as @example cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.text_renderer import Column, DrawnStatement, Group, Layout, Row, Units


def values(*texts: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(t) for t in texts)


ALLOS_COLUMNS = (
    Column(date(2004, 6, 30), 3),
    Column(date(2003, 6, 30), 3),
    Column(date(2004, 6, 30), 6),
    Column(date(2003, 6, 30), 6),
)


def allos_operations() -> DrawnStatement:
    """The Allos Q2 2004 statement of operations (the sample), values as printed."""
    rows = (
        Row("Operating expenses:"),
        Row(
            "Research and development",
            values("3446", "5081", "5435", "8487"),
            ("research_and_development",),
            level=1,
            dollar="first",
        ),
        Row("Clinical manufacturing", values("1374", "3866", "2156", "5946"), level=1),
        Row(
            "Marketing, general and administrative",
            values("2442", "2523", "4955", "4542"),
            ("selling_general_administrative",),
            level=1,
        ),
        Row("Restructuring costs", values("0", "578", "0", "578"), ("restructuring",), level=1),
        Row(
            "Total operating expenses",
            values("7262", "12048", "12546", "19553"),
            ("total_operating_expenses",),
            level=3,
            total=True,
        ),
        Row("Loss from operations", values("-7262", "-12048", "-12546", "-19553"), ("operating_income",)),
        Row("Interest and other income, net", values("111", "277", "249", "649"), ("nonoperating_income",)),
        Row("Net loss", values("-7151", "-11771", "-12297", "-18904"), ("net_income",), dollar="final"),
        Row(
            "Basic and diluted net loss per share",
            values("-0.23", "-0.45", "-0.40", "-0.73"),
            ("eps_basic", "eps_diluted"),
            "per_share",
            dollar="final",
        ),
        Row(
            "Weighted average common shares: basic and diluted",
            values("31139289", "25888500", "31124616", "25884381"),
            ("shares_basic", "shares_diluted"),
            "shares",
        ),
    )
    groups = (Group("Three-months ended", (0, 1)), Group("Six-months ended", (2, 3)))
    return DrawnStatement(
        "operations",
        "CONDENSED STATEMENTS OF OPERATIONS",
        "ALLOS THERAPEUTICS, INC.",
        Units("(in thousands - except share and per share information)", 1000, 1),
        "line",
        ALLOS_COLUMNS,
        groups,
        rows,
    )


def allos_balance() -> DrawnStatement:
    rows = (
        Row("ASSETS"),
        Row(
            "Cash, cash equivalents and investments in marketable securities",
            values("34148", "45597"),
            ("cash_and_investments",),
            level=1,
            dollar="first",
        ),
        Row("Other assets", values("1341", "1121"), level=1),
        Row("Equipment and leasehold improvements, net", values("1207", "1456"), level=1),
        Row("Total assets", values("36696", "48174"), ("total_assets",), level=3, total=True, dollar="final"),
        Row("Liabilities and Stockholders' Equity"),
        Row("Liabilities", values("3325", "2763"), ("total_liabilities",), level=1, dollar="first"),
        Row("Stockholders' equity", values("33371", "45411"), ("stockholders_equity",), level=1),
        Row(
            "Total liabilities and stockholders' equity",
            values("36696", "48174"),
            ("total_liabilities_and_equity",),
            level=3,
            total=True,
            dollar="final",
        ),
    )
    return DrawnStatement(
        "balance",
        "CONDENSED BALANCE SHEETS",
        "ALLOS THERAPEUTICS, INC.",
        Units("(in thousands)", 1000, 1),
        "line",
        (Column(date(2004, 6, 30), None), Column(date(2003, 12, 31), None)),
        (),
        rows,
    )


ALLOS_LAYOUT = Layout(
    col_width=13,
    gap=3,
    indent=4,
    level_step=2,
    wrap_width=22,
    cont_indent=1,
    dollar="attached",
    zero="--",
    hang=True,
    header="stacked",
    header_align="right",
    header_blank=True,
    blank_before=(False,) * 5 + (True, True, False, True, True, True),
)


def weeks_retailer() -> DrawnStatement:
    """13/39 weeks, earlier year first, a revenue/cost/gross profit block, taxes, separate basic/diluted
    lines under headings for both EPS and shares, share counts in thousands."""
    end, last = date(2004, 10, 30), date(2003, 11, 1)
    columns = (Column(last, 3, 13), Column(end, 3, 13), Column(last, 9, 39), Column(end, 9, 39))
    rows = (
        Row("Net sales", values("81234", "90112", "240001", "262310"), ("revenue",), dollar="first"),
        Row("Cost of sales", values("50110", "55004", "150200", "160114"), ("cost_of_revenue",)),
        Row("Gross profit", values("31124", "35108", "89801", "102196"), ("gross_profit",), total=True),
        Row(
            "Selling, general and administrative expenses",
            values("24000", "25100", "71000", "74000"),
            ("selling_general_administrative",),
        ),
        Row(
            "Income from operations",
            values("7124", "10008", "18801", "28196"),
            ("operating_income",),
            total=True,
        ),
        Row(
            "Interest and other income (expense), net",
            values("-120", "35", "-410", "0"),
            ("nonoperating_income",),
        ),
        Row(
            "Income before income taxes",
            values("7004", "10043", "18391", "28196"),
            ("income_before_taxes",),
            total=True,
        ),
        Row("Provision for income taxes", values("2732", "3917", "7173", "10996"), ("income_tax",)),
        Row(
            "Net income",
            values("4272", "6126", "11218", "17200"),
            ("net_income",),
            total=True,
            dollar="final",
        ),
        Row("Net income per share:"),
        Row(
            "Basic",
            values("0.43", "0.61", "1.12", "1.72"),
            ("eps_basic",),
            "per_share",
            level=1,
            dollar="final",
        ),
        Row(
            "Diluted",
            values("0.42", "0.60", "1.10", "1.69"),
            ("eps_diluted",),
            "per_share",
            level=1,
            dollar="final",
        ),
        Row("Weighted average shares outstanding:"),
        Row("Basic", values("9934", "10043", "10016", "10000"), ("shares_basic",), "shares", level=1),
        Row("Diluted", values("10171", "10210", "10198", "10178"), ("shares_diluted",), "shares", level=1),
    )
    groups = (Group("13 weeks ended", (0, 1)), Group("39 weeks ended", (2, 3)))
    return DrawnStatement(
        "operations",
        "CONSOLIDATED STATEMENTS OF INCOME",
        "MAXWELL SHOE COMPANY INC.",
        Units("(in thousands, except per share data)", 1000, 1000),
        "line",
        columns,
        groups,
        rows,
    )


WEEKS_LAYOUT = Layout(
    col_width=12,
    gap=1,
    indent=0,
    level_step=3,
    wrap_width=30,
    cont_indent=2,
    dollar="column",
    dollar_on_totals=True,
    zero="\u2014",
    hang=False,
    header="per_column_split",
    header_align="center",
    header_case="title",
    group_rule=True,
    rules=True,
    double_rules=True,
    blank_before=(False,) * 15,
)


def millions_annual() -> DrawnStatement:
    """A year-end release in millions: "Years ended" over two columns, merged "December 31," in capitals,
    shares in millions with a decimal, costs inside "Costs and expenses"."""
    columns = (Column(date(1999, 12, 31), 12), Column(date(1998, 12, 31), 12))
    rows = (
        Row("Revenues:"),
        Row("Product sales", values("1204", "1100"), level=1, dollar="first"),
        Row("Royalties", values("96", "0"), level=1),
        Row("Total revenues", values("1300", "1100"), ("revenue",), level=1, total=True),
        Row("Costs and expenses:"),
        Row("Cost of goods sold", values("520", "480"), ("cost_of_revenue",), level=1),
        Row("Research and development", values("260", "250"), ("research_and_development",), level=1),
        Row(
            "Selling, general and administrative",
            values("310", "300"),
            ("selling_general_administrative",),
            level=1,
        ),
        Row(
            "Total costs and expenses",
            values("1090", "1030"),
            ("total_operating_expenses",),
            level=1,
            total=True,
            dollar="total",
        ),
        Row("Operating income", values("210", "70"), ("operating_income",), total=True),
        Row("Other income (expense), net", values("-12", "4"), ("nonoperating_income",)),
        Row("Net income", values("198", "74"), ("net_income",), total=True, dollar="final"),
        Row(
            "Basic net income per share", values("1.61", "0.62"), ("eps_basic",), "per_share", dollar="final"
        ),
        Row(
            "Diluted net income per share",
            values("1.57", "0.61"),
            ("eps_diluted",),
            "per_share",
            dollar="final",
        ),
        Row(
            "Shares used in computing basic net income per share",
            values("123.0", "119.4"),
            ("shares_basic",),
            "shares",
        ),
        Row(
            "Shares used in computing diluted net income per share",
            values("126.1", "121.3"),
            ("shares_diluted",),
            "shares",
        ),
    )
    return DrawnStatement(
        "operations",
        "CONSOLIDATED STATEMENTS OF INCOME",
        None,
        Units("(In millions, except per share amounts)", 1_000_000, 1_000_000, 1),
        "",
        columns,
        (Group("Years ended", (0, 1)),),
        rows,
    )


MILLIONS_LAYOUT = Layout(
    col_width=10,
    gap=20,
    indent=2,
    level_step=4,
    wrap_width=36,
    cont_indent=2,
    dollar="spaced",
    zero="-",
    hang=True,
    header="merged",
    header_align="center",
    header_case="upper",
    blank_before=(False,) * 16,
)
