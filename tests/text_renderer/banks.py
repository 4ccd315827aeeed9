"""Banks: a statement of income built on interest (no revenue line) and a balance sheet of loans and
deposits.

Why apart: a bank's statement has none of the lines a company's has above the pre-tax result. Interest
income less interest expense is net interest income; a provision for loan losses comes off it; noninterest
income and expense follow; the result is income before income taxes, then taxes, net income, EPS and
shares as anywhere else. Its balance sheet nets an allowance for loan losses ("Less allowance ...") out of
the loans, and its liabilities are mostly deposits. The parser must read the net result, EPS and shares
and the balance totals without a revenue line to anchor the statement.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from tests.text_renderer.model import DrawnStatement, Row, Unaudited, Units, add, result_word, sub
from tests.text_renderer.operations import per_column, per_share_rows
from tests.text_renderer.periods import balance_periods, operations_periods
from tests.text_renderer.words import BANKS, MAX_COMPONENT, TAX_LABELS

BANK_OPS_UNITS = (
    Units("(Dollars in thousands, except per share data)", 1000, 1000),
    Units("(in thousands, except per share data)", 1000, 1000),
    Units("(In thousands, except share data)", 1000, 1),
    Units("(000's omitted, except per share data)", 1000, 1000),
    Units(None, 1, 1),
)
BANK_BALANCE_UNITS = (
    Units("(Dollars in thousands)", 1000, 1),
    Units("(in thousands)", 1000, 1),
    Units("(000's omitted)", 1000, 1),
    Units(None, 1, 1),
)
BANK_OPS_TITLES = ("CONSOLIDATED STATEMENTS OF INCOME", "Consolidated Statements of Income", "CONSOLIDATED INCOME")
BANK_BALANCE_TITLES = ("CONSOLIDATED BALANCE SHEETS", "Consolidated Balance Sheets", "CONSOLIDATED BALANCE SHEET")


def _section(
    draw: st.DrawFn,
    rows: list[Row],
    heading: str,
    names: list[str],
    total_label: str,
    n: int,
    high: int,
    first: bool = False,
) -> tuple[Decimal, ...]:
    """A heading, its lines and their total; returns the total."""
    rows.append(Row(heading))
    parts = [per_column(draw, n, 0, high, zero_chance=i > 0) for i in range(len(names))]
    for i, (name, part) in enumerate(zip(names, parts, strict=True)):
        rows.append(Row(name, part, level=1, dollar="first" if first and i == 0 else ""))
    total = add(*parts)
    if len(parts) > 1:
        rows.append(Row(total_label, total, level=1 + draw(st.integers(0, 1)), total=True))
    return total


@st.composite
def bank_operations(draw: st.DrawFn) -> DrawnStatement:
    columns, groups = draw(operations_periods())
    n = len(columns)
    units = draw(st.sampled_from(BANK_OPS_UNITS))
    top = MAX_COMPONENT[units.scale]
    rows: list[Row] = []
    interest_names = [
        "Loans, including fees",
        *draw(
            st.lists(
                st.sampled_from(["Investment securities", "Taxable securities", "Federal funds sold", "Other"]),
                min_size=1,
                max_size=2,
                unique=True,
            )
        ),
    ]
    heading = draw(st.sampled_from(["Interest income:", "INTEREST INCOME"]))
    interest = _section(draw, rows, heading, interest_names, "Total interest income", n, top, first=True)
    expense_names = [
        "Deposits",
        *draw(
            st.lists(
                st.sampled_from(["Short-term borrowings", "Federal Home Loan Bank advances", "Long-term debt"]),
                max_size=2,
                unique=True,
            )
        ),
    ]
    # Interest paid is a share of interest earned (a bank lends above what it pays for deposits).
    expense = _section(
        draw, rows, draw(st.sampled_from(["Interest expense:", "INTEREST EXPENSE"])), expense_names,
        "Total interest expense", n, max(1, int(min(interest)) // (2 * len(expense_names))),
    )  # fmt: skip
    net_interest = sub(interest, expense)
    rows.append(Row("Net interest income", net_interest, total=True))
    provision = per_column(draw, n, 0, max(1, int(min(net_interest)) // 5), zero_chance=True)
    rows.append(Row("Provision for loan losses", provision))
    after = sub(net_interest, provision)
    rows.append(Row("Net interest income after provision for loan losses", after, total=True))
    word = draw(st.sampled_from(["Noninterest", "Non-interest", "Other"]))
    other_income = _section(
        draw, rows, f"{word} income:",
        draw(st.lists(st.sampled_from(["Service charges on deposit accounts", "Trust fees", "Gain on sale of loans",
                                       "Other"]), min_size=1, max_size=3, unique=True)),
        f"Total {word.lower()} income", n, top // 4,
    )  # fmt: skip
    other_expense = _section(
        draw, rows, f"{word} expense{'s' if word == 'Other' else ''}:",
        ["Salaries and employee benefits", *draw(st.lists(st.sampled_from(
            ["Occupancy", "Occupancy and equipment", "Data processing", "FDIC insurance", "Other"]),
            min_size=1, max_size=2, unique=True))],
        f"Total {word.lower()} expense{'s' if word == 'Other' else ''}", n, top // 3,
    )  # fmt: skip
    pretax = sub(add(after, other_income), other_expense)
    word = result_word(pretax, "Loss", "Income", "Income (loss)")
    rows.append(Row(f"{word} before income taxes", pretax, ("income_before_taxes",), total=True))
    tax = tuple(Decimal(draw(st.integers(0, max(int(p) * 2 // 5, top // 50)))) for p in pretax)
    rows.append(Row(draw(st.sampled_from(TAX_LABELS)), tax, ("income_tax",)))
    net = sub(pretax, tax)
    rows.append(
        Row(f"Net {result_word(net, 'loss', 'income', 'income (loss)')}", net, ("net_income",), total=True,
            dollar="final")
    )  # fmt: skip
    rows.extend(draw(per_share_rows(net, units)))
    company = draw(st.none() | st.sampled_from(BANKS))
    unaudited: Unaudited = draw(st.sampled_from(["", "line"]))
    title = draw(st.sampled_from(BANK_OPS_TITLES))
    return DrawnStatement("operations", title, company, units, unaudited, columns, groups, tuple(rows))


@st.composite
def bank_balance_sheets(draw: st.DrawFn) -> DrawnStatement:
    columns = draw(balance_periods())
    n = len(columns)
    units = draw(st.sampled_from(BANK_BALANCE_UNITS))
    top = MAX_COMPONENT[units.scale]
    rows: list[Row] = [Row("ASSETS")]
    cash = per_column(draw, n, 1, top // 4)
    rows.append(Row("Cash and due from banks", cash, ("cash_and_equivalents",), level=1, dollar="first"))
    parts = [cash]
    for name in draw(
        st.lists(
            st.sampled_from(["Federal funds sold", "Securities available for sale", "Securities held to maturity"]),
            min_size=1,
            max_size=2,
            unique=True,
        )
    ):
        values = per_column(draw, n, 0, top, zero_chance=True)
        parts.append(values)
        rows.append(Row(name, values, level=1))
    loans = per_column(draw, n, top // 2, top * 4)
    allowance = per_column(draw, n, 1, top // 20)
    rows.append(Row(draw(st.sampled_from(["Loans", "Loans, net of unearned income", "Total loans"])), loans, level=1))
    # "Less allowance" is printed in parentheses or plain: the word "Less" says it subtracts either way.
    shown = sub((Decimal(0),) * n, allowance) if draw(st.booleans()) else allowance
    rows.append(Row("Less allowance for loan losses", shown, level=1))
    net_loans = sub(loans, allowance)
    rows.append(Row(draw(st.sampled_from(["Net loans", "Loans, net"])), net_loans, level=1, total=True))
    parts.append(net_loans)
    for name in draw(
        st.lists(
            st.sampled_from(["Premises and equipment, net", "Accrued interest receivable", "Other assets"]),
            min_size=1,
            max_size=3,
            unique=True,
        )
    ):
        values = per_column(draw, n, 0, top // 10, zero_chance=True)
        parts.append(values)
        rows.append(Row(name, values, level=1))
    total_assets = add(*parts)
    rows.append(Row("Total assets", total_assets, ("total_assets",), level=1 + draw(st.integers(0, 1)), total=True,
                    dollar="final"))  # fmt: skip

    holders = draw(st.sampled_from(["stockholders", "shareholders"]))
    rows.append(Row(f"LIABILITIES AND {holders.upper()}' EQUITY"))
    rows.append(Row("Deposits:", level=1))
    # Equity, borrowings and noninterest-bearing deposits are drawn; interest-bearing deposits fund the rest
    # (each part at most a tenth of the smallest total assets, so the rest stays positive).
    equity = per_column(draw, n, 1, top // 10)
    others = [
        (name, per_column(draw, n, 0, top // 10, zero_chance=True))
        for name in draw(
            st.lists(
                st.sampled_from(["Short-term borrowings", "Long-term debt", "Accrued interest and other liabilities"]),
                min_size=1,
                max_size=2,
                unique=True,
            )
        )
    ]
    non_bearing = per_column(draw, n, 0, top // 10)
    bearing = sub(sub(total_assets, add(equity, non_bearing, *(v for _, v in others))), (Decimal(0),) * n)
    rows.append(Row("Noninterest-bearing", non_bearing, level=2, dollar="first"))
    rows.append(Row("Interest-bearing", bearing, level=2))
    deposits = add(non_bearing, bearing)
    rows.append(Row("Total deposits", deposits, level=2 + draw(st.integers(0, 1)), total=True))
    for name, values in others:
        rows.append(Row(name, values, level=1))
    liabilities = add(deposits, *(v for _, v in others))
    rows.append(Row("Total liabilities", liabilities, ("total_liabilities",), level=1 + draw(st.integers(0, 1)),
                    total=True))  # fmt: skip
    rows.append(Row(f"Total {holders}' equity", equity, ("stockholders_equity",), level=1))
    rows.append(Row(f"Total liabilities and {holders}' equity", total_assets,
                    ("total_liabilities_and_equity",), level=1, total=True, dollar="final"))  # fmt: skip
    company = draw(st.none() | st.sampled_from(BANKS))
    title = draw(st.sampled_from(BANK_BALANCE_TITLES))
    return DrawnStatement(
        "balance", title, company, units, draw(st.sampled_from(["", "line"])), columns, (), tuple(rows)
    )
