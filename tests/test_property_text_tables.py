"""Round-trip property tests for plain-text statement tables: render -> parse -> the same values.

Why: plain-text releases (1995-2008) are scarce in the corpus, and each layout habit (headers over three
lines, wrapped labels, `$` in its own column, "--" for zero, hanging parentheses, weeks-based periods)
breaks a fixed-width parser in its own way. `tests/text_renderer/` draws statements with consistent
arithmetic and types them in the styles real releases use; the parser must read back exactly the values
drawn, for every concept drawn, with nothing extra.

The renderer is checked on its own first (`test_renderer_*`), so that a failure of the round trip points
at the parser, not at the rendering.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings

from tests import text_renderer as tr
from tests.text_renderer import Column, DrawnStatement, Group, Layout, Rendered, Row, Units

ROUND_TRIP = settings(
    max_examples=300,  # many layout classes meet at random; a run stays near 10 s on 2 cores
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
REL_TOL = 1e-9  # the values are exact decimals; the tolerance only absorbs float conversion at the frame


def values(*texts: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(t) for t in texts)


# --------------------------------------------------------------------------------------------------------
# Hand-built tricky layouts (run on every test run as @example cases)
# --------------------------------------------------------------------------------------------------------

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


EXAMPLES = {
    "leap_year_quarter": tr.from_statement(leap_year_quarter(), Layout(header="per_column_split", indent=4)),
    "whole_dollars_year_2000": tr.from_statement(
        whole_dollars_year_2000(), Layout(header="per_column", indent=4)
    ),
    "wide_centered_dates": tr.from_statement(
        wide_centered_dates(),
        Layout(
            header="per_column_split", header_align="center", dollar="spaced", col_width=10, gap=1, hang=False
        ),
    ),
    "allos_operations": tr.from_statement(allos_operations(), ALLOS_LAYOUT),
    "allos_balance": tr.from_statement(allos_balance(), ALLOS_LAYOUT),
    "weeks_retailer": tr.from_statement(weeks_retailer(), WEEKS_LAYOUT),
    "millions_annual": tr.from_statement(millions_annual(), MILLIONS_LAYOUT),
    "dollars_balance": tr.from_statement(dollars_balance(), DOLLARS_LAYOUT),
    "bank_quarter": tr.from_statement(
        bank_quarter(), Layout(header="stacked", dollar="column", unit_place="under", indent=2, wrap_width=40)
    ),
    "noncontrolling_operations": tr.from_statement(
        noncontrolling_operations(), Layout(header="merged", unit_place="left", header_case="title", gap=4)
    ),
    "noncontrolling_balance": tr.from_statement(
        noncontrolling_balance(), Layout(header="per_column_split", rules=True, double_rules=True, wrap_width=30)
    ),
}


# --------------------------------------------------------------------------------------------------------
# Comparing the parser's facts with the drawn ones
# --------------------------------------------------------------------------------------------------------

FactKey = tuple[str, str, str, int | None]


def parse_facts(rendered: Rendered) -> pd.DataFrame:
    """The parser's facts frame for the rendered text (imported here so the renderer tests run without it)."""
    from core import facts_frame, parse_release

    release = parse_release(rendered.text.encode("utf-8"), "rendered.txt")
    return facts_frame(release)


def _key(row: pd.Series) -> FactKey:
    months = row["months"]
    return (
        str(row["statement"]),
        str(row["concept"]),
        str(row["period_end"]),
        None if pd.isna(months) else int(months),
    )


def differences(rendered: Rendered, frame: pd.DataFrame) -> list[str]:
    """Every drawn fact must be read once with its value; no other value may carry a drawn concept."""
    drawn = {(f.statement, f.concept) for f in rendered.facts}
    read: dict[FactKey, list[tuple[float, str]]] = defaultdict(list)
    for _, row in frame.iterrows():
        if (row["statement"], row["concept"]) in drawn:
            read[_key(row)].append((float(row["value"]), f"{row['label']!r} line {row['line_first']}"))
    problems: list[str] = []
    for fact in rendered.facts:
        found = read.get(fact.key, [])
        want = float(fact.value)
        if not found:
            problems.append(f"missing  {fact}")
        elif len(found) > 1:
            problems.append(f"twice    {fact}   read {found}")
        elif not math.isclose(found[0][0], want, rel_tol=REL_TOL, abs_tol=1e-9):
            problems.append(f"wrong    {fact}   read {found[0][0]!r} from {found[0][1]}")
    expected_keys = {f.key for f in rendered.facts}
    for key in sorted(read.keys() - expected_keys, key=str):
        for value, where in read[key]:
            period = f"{key[3]}M {key[2]}" if key[3] else key[2]
            problems.append(f"extra    {key[0]:<10} {key[1]:<30} {period:<14} {value!r} from {where}")
    return problems


def failure_report(rendered: Rendered, problems: list[str], frame: pd.DataFrame | None) -> str:
    shown = ""
    if frame is not None and not frame.empty:
        columns = [
            c
            for c in ("statement", "concept", "label", "period_end", "months", "value", "line_first")
            if c in frame.columns
        ]
        shown = frame[columns].to_string(max_colwidth=40)
    return (
        f"\nThe parser did not read back the drawn values ({len(problems)} problems).\n"
        f"--- rendered text ---\n{rendered.numbered()}\n"
        f"--- layout ---\n{rendered.describe()}\n"
        f"--- differences (expected: statement concept period value) ---\n" + "\n".join(problems) + "\n"
        f"--- parser's facts ---\n{shown or '(none)'}\n"
    )


def assert_round_trip(rendered: Rendered) -> None:
    try:
        frame = parse_facts(rendered)
    except ImportError:  # the parser itself is missing: not a reading failure
        raise
    except Exception as error:  # a parse error is a failure to read the table; show the table with it
        raise AssertionError(failure_report(rendered, [f"parse_release raised {error!r}"], None)) from error
    problems = differences(rendered, frame)
    if problems:  # raised, not asserted: pytest's introspection would bury the report under reprs
        raise AssertionError(failure_report(rendered, problems, frame))


# --------------------------------------------------------------------------------------------------------
# The renderer checks itself (runs without the parser)
# --------------------------------------------------------------------------------------------------------


def check_rendering(rendered: Rendered) -> None:
    """Every row's values sit, in order, at the end of the line the renderer says; facts scale right;
    no two columns touch; the arithmetic the parser checks holds."""
    lines = [p.text.splitlines() for p in rendered.parts]
    for part, text_lines in zip(rendered.parts, lines, strict=True):
        units = part.statement.units
        for placed in part.rows:
            got = tr.read_cells(text_lines[placed.line], len(placed.row.values))
            assert got == list(placed.row.values), (text_lines[placed.line], placed.row)
            for value in placed.row.values:
                assert tr.actual(placed.row, value, units) == value * (
                    1
                    if placed.row.kind == "per_share"
                    else units.share_scale
                    if placed.row.kind == "shares"
                    else units.scale
                )
        # The renderer narrows a table to MAX_LINE where it can; a unit note set beside four full dates may
        # still run to the 132-odd columns of a wide-carriage release, never much further.
        assert all(len(line) <= tr.MAX_LINE + 40 for line in text_lines)
        assert "\t" not in part.text
        check_arithmetic(part.statement)


def check_arithmetic(statement: DrawnStatement) -> None:
    by_concept = {c: row.values for row in statement.rows for c in row.concepts}
    units = statement.units
    if statement.kind == "balance":
        if {"total_assets", "total_liabilities_and_equity"} <= by_concept.keys():
            assert by_concept["total_assets"] == by_concept["total_liabilities_and_equity"]
        if {"total_liabilities", "stockholders_equity", "total_assets"} <= by_concept.keys():
            liabilities = by_concept["total_liabilities"]
            equity = by_concept["stockholders_equity"]
            for row in statement.rows:  # total equity = the company's equity + noncontrolling interests
                if "noncontrolling" in row.label.lower():
                    equity = tr.add(equity, row.values)
            assert tr.add(liabilities, equity) == by_concept["total_assets"]
        return
    net = by_concept.get("net_income_to_common", by_concept["net_income"])
    for concept, shares_concept in (("eps_basic", "shares_basic"), ("eps_diluted", "shares_diluted")):
        if concept not in by_concept:  # the small hand-built examples print no per-share lines
            continue
        for result, eps, shares in zip(net, by_concept[concept], by_concept[shares_concept], strict=True):
            exact = result * units.scale / (shares * units.share_scale)
            assert abs(exact - eps) <= Decimal("0.005"), (result, eps, shares)
    if "operating_income" not in by_concept:
        return
    # Walk the result chain from the operating result to the net result: other income adds, taxes and the
    # noncontrolling interests' share subtract, a cumulative effect of an accounting change adds; each
    # subtotal on the way (pre-tax result, result before the change, consolidated net) must equal the walk.
    rows = statement.rows
    start = next(i for i, row in enumerate(rows) if "operating_income" in row.concepts)
    running = rows[start].values
    for row in rows[start + 1 :]:
        if row.heading:
            continue
        if row.total or "net_income" in row.concepts:
            assert row.values == running, (row.label, row.values, running)
            if "net_income" in row.concepts:
                return
            continue
        subtracts = "income_tax" in row.concepts or "noncontrolling" in row.label.lower()
        running = tr.sub(running, row.values) if subtracts else tr.add(running, row.values)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_renderer_examples_are_consistent(name: str) -> None:
    check_rendering(EXAMPLES[name])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rendered=tr.rendered_statements())
def test_renderer_places_every_value(rendered: Rendered) -> None:
    check_rendering(rendered)


def test_renderer_matches_the_sample_look() -> None:
    """The Allos example rendered in the sample's layout keeps the sample's key lines (as a human reads)."""
    text = EXAMPLES["allos_operations"].text
    assert "Three-months ended" in text and "Six-months ended" in text
    assert "$(7,151)" in text and "--" in text and "31,139,289" in text
    assert "Research and\n" in text


# --------------------------------------------------------------------------------------------------------
# The round trips
# --------------------------------------------------------------------------------------------------------


@ROUND_TRIP
@given(rendered=tr.rendered_statements())
@example(rendered=EXAMPLES["allos_operations"])
@example(rendered=EXAMPLES["allos_balance"])
@example(rendered=EXAMPLES["weeks_retailer"])
@example(rendered=EXAMPLES["millions_annual"])
@example(rendered=EXAMPLES["dollars_balance"])
@example(rendered=EXAMPLES["leap_year_quarter"])
@example(rendered=EXAMPLES["whole_dollars_year_2000"])
@example(rendered=EXAMPLES["wide_centered_dates"])
@example(rendered=EXAMPLES["bank_quarter"])
@example(rendered=EXAMPLES["noncontrolling_operations"])
@example(rendered=EXAMPLES["noncontrolling_balance"])
def test_text_table_round_trip(rendered: Rendered) -> None:
    """A statement typed alone reads back exactly as drawn."""
    assert_round_trip(rendered)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(rendered=tr.rendered_releases())
def test_text_tables_found_inside_prose(rendered: Rendered) -> None:
    """The tables of a whole release (dateline, narrative with figures, highlights, trailer) are found and
    read back exactly; the narrative's numbers (phone numbers, dates, "$7.2 million") are not facts."""
    assert_round_trip(rendered)
