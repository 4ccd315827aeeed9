"""Hand-built tricky layouts of units and dates: a balance sheet in whole dollars, a leap-year quarter,
the year 2000, dates centred wide over their columns, a bank's quarter, noncontrolling interests."""

from __future__ import annotations

from datetime import date

from tests.text_renderer import Column, DrawnStatement, Group, Layout, Row, Units
from tests.text_renderer.examples_periods import values

DOLLARS_LAYOUT = Layout(
    col_width=16,
    gap=4,
    indent=8,
    level_step=2,
    wrap_width=26,
    cont_indent=2,
    dollar="attached",
    paren_outside_dollar=True,
    zero="--",
    hang=True,
    header="per_column_split",
    header_align="right",
    rules=True,
    double_rules=True,
    blank_before=(False,) * 19,
)


def dollars_balance() -> DrawnStatement:
    """A small company's balance sheet in whole dollars, month-day and year on two lines, detailed current
    sections, an equity section with a deficit, and a stockholders' deficit in one column."""
    columns = (Column(date(1997, 3, 31), None), Column(date(1996, 12, 31), None))
    rows = (
        Row("ASSETS"),
        Row("Current assets:", level=1),
        Row(
            "Cash and cash equivalents",
            values("1204556", "2310998"),
            ("cash_and_equivalents",),
            level=2,
            dollar="first",
        ),
        Row("Short-term investments", values("0", "500000"), ("short_term_investments",), level=2),
        Row("Prepaid expenses and other current assets", values("45001", "38210"), level=2),
        Row(
            "Total current assets",
            values("1249557", "2849208"),
            ("total_current_assets",),
            level=3,
            total=True,
        ),
        Row("Property and equipment, net", values("310442", "325100"), level=1),
        Row(
            "Total assets",
            values("1559999", "3174308"),
            ("total_assets",),
            level=1,
            total=True,
            dollar="final",
        ),
        Row("LIABILITIES AND STOCKHOLDERS' EQUITY (DEFICIT)"),
        Row("Current liabilities:", level=1),
        Row("Accounts payable", values("812000", "640115"), level=2, dollar="first"),
        Row("Accrued liabilities", values("901234", "455000"), level=2),
        Row(
            "Total current liabilities",
            values("1713234", "1095115"),
            ("total_current_liabilities",),
            level=3,
            total=True,
        ),
        Row("Stockholders' equity (deficit):", level=1),
        Row("Common stock", values("12001", "11900"), level=2),
        Row("Additional paid-in capital", values("9876543", "9800000"), level=2),
        Row("Accumulated deficit", values("-10041779", "-7732707"), level=2),
        Row(
            "Total stockholders' equity (deficit)",
            values("-153235", "2079193"),
            ("stockholders_equity",),
            level=3,
            total=True,
        ),
        Row(
            "Total liabilities and stockholders' equity (deficit)",
            values("1559999", "3174308"),
            ("total_liabilities_and_equity",),
            level=1,
            total=True,
            dollar="final",
        ),
    )
    return DrawnStatement(
        "balance", "BALANCE SHEETS", "ZYGO CORPORATION", Units(None, 1, 1), "line", columns, (), rows
    )


def leap_year_quarter() -> DrawnStatement:
    """A quarter ending in February: February 28, 2001 against February 29, 2000 (per-column dates)."""
    columns = (Column(date(2001, 2, 28), 3), Column(date(2000, 2, 29), 3))
    rows = (
        Row("Revenue", values("23865", "52100"), ("revenue",), dollar="first"),
        Row("Total operating expenses", values("31016", "53322"), ("total_operating_expenses",)),
        Row("Net loss", values("-7151", "-1222"), ("net_income",), total=True, dollar="final"),
    )
    units = Units("(in thousands)", 1000, 1000)
    groups = (Group("Three months ended", (0, 1)),)
    return DrawnStatement("operations", "STATEMENTS OF OPERATIONS", None, units, "", columns, groups, rows)


def whole_dollars_year_2000() -> DrawnStatement:
    """No unit line (whole dollars) and a header line ending in "2000": the year is not a "($000)" note."""
    columns = (Column(date(2001, 3, 31), None), Column(date(2000, 12, 31), None))
    rows = (
        Row(
            "Cash and cash equivalents",
            values("1204556", "2310998"),
            ("cash_and_equivalents",),
            dollar="first",
        ),
        Row("Other assets", values("355443", "863310")),
        Row("Total assets", values("1559999", "3174308"), ("total_assets",), total=True, dollar="final"),
    )
    return DrawnStatement("balance", "BALANCE SHEETS", None, Units(None, 1, 1), "line", columns, (), rows)


def wide_centered_dates() -> DrawnStatement:
    """Month-day headers wider than the numbers under them, centered: "December 31," overhangs its column."""
    columns = (Column(date(1996, 6, 30), None), Column(date(1995, 12, 31), None))
    rows = (
        Row("Stockholders' equity", values("542598", "79743"), ("stockholders_equity",), dollar="first"),
        Row("Total liabilities and stockholders' equity", values("544498", "94833"),
            ("total_liabilities_and_equity",), total=True, dollar="final"),
    )  # fmt: skip
    return DrawnStatement("balance", "CONDENSED BALANCE SHEETS", None, Units("(in thousands)", 1000, 1), "",
                          columns, (), rows)  # fmt: skip


def bank_quarter() -> DrawnStatement:
    """A bank's quarter: interest income less interest expense, a provision, noninterest lines, no revenue
    line; EPS and shares under bare "Basic"/"Diluted" rows."""
    columns = (Column(date(2005, 3, 31), 3), Column(date(2004, 3, 31), 3))
    rows = (
        Row("Interest income:"),
        Row("Loans, including fees", values("5120", "4870"), level=1, dollar="first"),
        Row("Investment securities", values("1210", "1305"), level=1),
        Row("Total interest income", values("6330", "6175"), level=2, total=True),
        Row("Interest expense:"),
        Row("Deposits", values("1840", "2010"), level=1),
        Row("Short-term borrowings", values("160", "95"), level=1),
        Row("Total interest expense", values("2000", "2105"), level=2, total=True),
        Row("Net interest income", values("4330", "4070"), total=True),
        Row("Provision for loan losses", values("150", "0")),
        Row("Net interest income after provision for loan losses", values("4180", "4070"), total=True),
        Row("Noninterest income:"),
        Row("Service charges on deposit accounts", values("420", "410"), level=1),
        Row("Other", values("130", "95"), level=1),
        Row("Total noninterest income", values("550", "505"), level=2, total=True),
        Row("Noninterest expense:"),
        Row("Salaries and employee benefits", values("1900", "1850"), level=1),
        Row("Occupancy", values("410", "395"), level=1),
        Row("Other", values("600", "560"), level=1),
        Row("Total noninterest expense", values("2910", "2805"), level=2, total=True),
        Row("Income before income taxes", values("1820", "1770"), ("income_before_taxes",), total=True),
        Row("Income taxes", values("510", "495"), ("income_tax",)),
        Row("Net income", values("1310", "1275"), ("net_income",), total=True, dollar="final"),
        Row("Earnings per share:"),
        Row("Basic", values("0.30", "0.29"), ("eps_basic",), "per_share", level=1, dollar="final"),
        Row("Diluted", values("0.29", "0.29"), ("eps_diluted",), "per_share", level=1, dollar="final"),
        Row("Weighted average shares outstanding:"),
        Row("Basic", values("4420", "4395"), ("shares_basic",), "shares", level=1),
        Row("Diluted", values("4450", "4410"), ("shares_diluted",), "shares", level=1),
    )
    return DrawnStatement(
        "operations",
        "CONSOLIDATED STATEMENTS OF INCOME",
        "PENNS WOODS BANCORP, INC.",
        Units("(Dollars in thousands, except per share data)", 1000, 1000),
        "line",
        columns,
        (Group("Three Months Ended", (0, 1)),),
        rows,
    )


def noncontrolling_operations() -> DrawnStatement:
    """Net income, the noncontrolling interests' share, then the part attributable to the company (EPS's)."""
    columns = (Column(date(2010, 6, 30), 3), Column(date(2009, 6, 30), 3))
    rows = (
        Row("Revenue", values("20000", "18500"), ("revenue",), dollar="first"),
        Row("Cost of revenue", values("12000", "11300"), ("cost_of_revenue",)),
        Row("Gross profit", values("8000", "7200"), ("gross_profit",), total=True),
        Row("Selling, general and administrative", values("5100", "4900"), ("selling_general_administrative",)),
        Row("Operating income", values("2900", "2300"), ("operating_income",), total=True),
        Row("Other income (expense), net", values("100", "-50"), ("nonoperating_income",)),
        Row("Income before income taxes", values("3000", "2250"), ("income_before_taxes",), total=True),
        Row("Provision for income taxes", values("1050", "790"), ("income_tax",)),
        Row("Net income", values("1950", "1460"), total=True, dollar="total"),
        Row("Less: Net income attributable to noncontrolling interests", values("150", "110")),
        Row("Net income attributable to Photon Dynamics", values("1800", "1350"), ("net_income",), total=True,
            dollar="final"),
        Row("Basic and diluted net income per share", values("0.10", "0.08"), ("eps_basic", "eps_diluted"),
            "per_share", dollar="final"),
        Row("Weighted average shares outstanding - basic and diluted", values("18000", "17900"),
            ("shares_basic", "shares_diluted"), "shares"),
    )  # fmt: skip
    return DrawnStatement(
        "operations",
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        "PHOTON DYNAMICS, INC.",
        Units("(in thousands, except per share data)", 1000, 1000),
        "",
        columns,
        (Group("Three months ended", (0, 1)),),
        rows,
    )


def noncontrolling_balance() -> DrawnStatement:
    """The company's own equity plus noncontrolling interests make total equity; receivables less an
    allowance printed in parentheses."""
    columns = (Column(date(2010, 6, 30), None), Column(date(2009, 12, 31), None))
    rows = (
        Row("Current assets:"),
        Row("Cash and cash equivalents", values("12400", "15100"), ("cash_and_equivalents",), level=1,
            dollar="first"),
        Row("Accounts receivable", values("8300", "7900"), level=1),
        Row("Less allowance for doubtful accounts", values("-300", "-250"), level=1),
        Row("Inventories", values("5100", "4800"), level=1),
        Row("Total current assets", values("25500", "27550"), ("total_current_assets",), level=2, total=True),
        Row("Property and equipment, net", values("9000", "9200")),
        Row("Total assets", values("34500", "36750"), ("total_assets",), total=True, dollar="final"),
        Row("LIABILITIES AND EQUITY"),
        Row("Accounts payable", values("4200", "4600"), level=1, dollar="first"),
        Row("Accrued liabilities", values("2300", "2650"), level=1),
        Row("Total current liabilities", values("6500", "7250"), ("total_current_liabilities",), level=2,
            total=True),
        Row("Long-term debt", values("5000", "5000"), level=1),
        Row("Total liabilities", values("11500", "12250"), ("total_liabilities",), level=2, total=True),
        Row("Photon Dynamics stockholders' equity", values("22100", "23650"), ("stockholders_equity",), level=1),
        Row("Noncontrolling interests", values("900", "850"), level=1),
        Row("Total equity", values("23000", "24500"), level=2, total=True),
        Row("Total liabilities and equity", values("34500", "36750"), ("total_liabilities_and_equity",),
            total=True, dollar="final"),
    )  # fmt: skip
    return DrawnStatement(
        "balance", "CONDENSED CONSOLIDATED BALANCE SHEETS", "PHOTON DYNAMICS, INC.", Units("(In thousands)", 1000, 1),
        "line", columns, (), rows,
    )  # fmt: skip
