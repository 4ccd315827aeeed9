"""Draw random financial statements and render them as 1995-2008 plain-text release tables.

Why this exists: plain-text earnings releases (fixed-width tables typed for a wire service) are scarce in
our corpus, yet each one that exists has its own layout habits. The property test in
`test_property_text_tables.py` renders statements drawn here and checks that the parser reads back exactly
the values drawn, so this module has to carry the variety real filings would have brought:

* statement kinds and title blocks (company name, title, unit line, "(unaudited)"),
* period headers spread over one to three lines (group phrase spanning a pair of columns, the date on its
  own line or merged, years below; 13/26/39/52-week periods with per-column dates),
* line items with the vocabulary of DESIGN.md and the labels releases use, wrapped over two or three lines
  with the continuation indented, section headings, totals that foot,
* cell styles: thousands separators, `$` attached / spaced / in its own column, parentheses for negatives
  (with or without the closing parenthesis hanging past the digits), "--", "-" or an em dash for zero, rule
  lines under the columns before totals.

Honesty rules (a failure must point at the parser, never at an unreadable rendering):

* only styles seen in real releases; every layout choice stays readable by a person without guessing,
* section headings end with a colon or are set in capitals (as releases do), so a heading is never
  mistaken for the first line of a wrapped label,
* values sit on the last line of a wrapped label, and columns never touch (two spaces at least),
* the arithmetic is consistent: components foot to totals, the operating result is revenue (or gross
  profit) less operating expenses, the net result is the operating result plus other income less taxes,
  EPS is the net result over the weighted shares rounded to the cent, so the parser's checks pass,
* no ambiguous scale: the unit line says whether share counts are scaled ("except per share data") or not
  ("except share and per share information"); a tax line is always an expense printed positive.

Values are drawn in printed units (thousands, millions or dollars) as `Decimal`, so the expected facts are
exact: `actual = printed * scale` (amounts), `printed` (per share), `printed * share_scale` (shares).
"""

from __future__ import annotations

import calendar
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from hypothesis import strategies as st

StatementKind = Literal["operations", "balance"]
RowKind = Literal["amount", "per_share", "shares"]
# How a row asks for a `$`: the first row with values, an intermediate total, a final total (net result,
# EPS, total assets, total liabilities and equity). Real releases always mark the first and final ones.
DollarRole = Literal["", "first", "total", "final"]

ZERO_TOKENS = ("--", "-", "\u2014")  # "--" typed on a typewriter keyboard, "-" and the em dash in later years
CENT = Decimal("0.01")


# --------------------------------------------------------------------------------------------------------
# The drawn statement (what the parser must read back)
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Units:
    """A unit line and what it means; `line` None prints no unit line (values in whole dollars)."""

    line: str | None
    scale: int
    share_scale: int
    share_decimals: int = 0


@dataclass(frozen=True)
class Column:
    """One period column: `months` None for a balance-sheet column; `weeks` when the header says weeks."""

    end: date
    months: int | None
    weeks: int | None = None


@dataclass(frozen=True)
class Group:
    """A header phrase ("Three months ended") spanning consecutive columns."""

    phrase: str
    columns: tuple[int, ...]


@dataclass(frozen=True)
class Row:
    """One printed row. `values` are in printed units; an empty tuple is a section heading."""

    label: str
    values: tuple[Decimal, ...] = ()
    concepts: tuple[str, ...] = ()
    kind: RowKind = "amount"
    level: int = 0
    dollar: DollarRole = ""
    total: bool = False

    @property
    def heading(self) -> bool:
        return not self.values


@dataclass(frozen=True)
class DrawnStatement:
    kind: StatementKind
    title: str
    company: str | None
    units: Units
    unaudited: Literal["", "line", "title"]
    columns: tuple[Column, ...]
    groups: tuple[Group, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Fact:
    """One expected row of the facts frame (the first columns of the DESIGN.md contract, minus the label)."""

    statement: StatementKind
    concept: str
    period_end: str
    months: int | None
    value: Decimal

    @property
    def key(self) -> tuple[str, str, str, int | None]:
        return (self.statement, self.concept, self.period_end, self.months)

    def __str__(self) -> str:
        period = f"{self.months}M {self.period_end}" if self.months else self.period_end
        return f"{self.statement:<10} {self.concept:<30} {period:<14} {self.value}"


def expected_facts(statement: DrawnStatement) -> tuple[Fact, ...]:
    """The facts the parser must produce for `statement`, scaled to actual units per DESIGN.md."""
    facts: list[Fact] = []
    for row in statement.rows:
        for concept in row.concepts:
            for column, printed in zip(statement.columns, row.values, strict=True):
                facts.append(
                    Fact(
                        statement.kind,
                        concept,
                        column.end.isoformat(),
                        column.months,
                        actual(row, printed, statement.units),
                    )
                )
    return tuple(facts)


def actual(row: Row, printed: Decimal, units: Units) -> Decimal:
    if row.kind == "per_share":
        return printed
    if row.kind == "shares":
        return printed * units.share_scale
    return printed * units.scale


# --------------------------------------------------------------------------------------------------------
# Vocabulary as data (labels seen in releases of the period)
# --------------------------------------------------------------------------------------------------------

OPS_TITLES = (
    "CONDENSED STATEMENTS OF OPERATIONS",
    "CONSOLIDATED STATEMENTS OF OPERATIONS",
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
    "CONSOLIDATED STATEMENTS OF INCOME",
    "STATEMENTS OF OPERATIONS",
    "Condensed Consolidated Statements of Operations",
)
BALANCE_TITLES = (
    "CONDENSED BALANCE SHEETS",
    "CONSOLIDATED BALANCE SHEETS",
    "CONDENSED CONSOLIDATED BALANCE SHEETS",
    "Condensed Consolidated Balance Sheets",
)
COMPANIES = (
    "ALLOS THERAPEUTICS, INC.",
    "NORTHFIELD LABORATORIES INC.",
    "CELL GENESYS, INC.",
    "ZYGO CORPORATION",
    "PHOTON DYNAMICS, INC.",
    "AMERICAN SOFTWARE, INC.",
    "MAXWELL SHOE COMPANY INC.",
)
OPS_UNITS = (
    Units("(in thousands, except per share data)", 1000, 1000),
    Units("(in thousands, except per share amounts)", 1000, 1000),
    Units("(In thousands, except per share data)", 1000, 1000),
    Units("(in thousands - except share and per share information)", 1000, 1),
    Units("(in thousands, except share and per share data)", 1000, 1),
    Units("(In millions, except per share amounts)", 1_000_000, 1_000_000),
    Units("(In millions, except per share amounts)", 1_000_000, 1_000_000, share_decimals=1),
    Units(None, 1, 1),
)
BALANCE_UNITS = (
    Units("(in thousands)", 1000, 1),
    Units("(In thousands)", 1000, 1),
    Units("(In millions)", 1_000_000, 1),
    Units(None, 1, 1),
)
# Largest printed component per scale: keeps dollars-only tables at the size of small companies' numbers.
MAX_COMPONENT = {1: 40_000_000, 1000: 90_000, 1_000_000: 9_000}

MONTH_PHRASES = {
    3: ("Three months ended", "Three-months ended", "Quarter ended", "For the three months ended"),
    6: ("Six months ended", "Six-months ended", "For the six months ended"),
    9: ("Nine months ended", "Nine-months ended", "For the nine months ended"),
    12: ("Year ended", "Years ended", "Twelve months ended", "Fiscal year ended"),
}
WEEK_PHRASES = {
    13: ("13 weeks ended", "Thirteen weeks ended"),
    26: ("26 weeks ended", "Twenty-six weeks ended"),
    39: ("39 weeks ended", "Thirty-nine weeks ended"),
    52: ("52 weeks ended", "Fifty-two weeks ended"),
}
REVENUE_LABELS = ("Revenue", "Revenues", "Total revenues", "Net sales", "Net revenues", "Sales")
REVENUE_COMPONENTS = (
    "Product revenue",
    "Product sales",
    "License revenue",
    "License fees",
    "Contract revenue",
    "Collaborative research revenue",
    "Grant revenue",
    "Royalties",
    "Services",
)
COST_LABELS = ("Cost of revenue", "Cost of revenues", "Cost of sales", "Cost of goods sold")
GROSS_LABELS = ("Gross profit", "Gross margin")
RD_LABELS = ("Research and development", "Research and development expenses", "Research & development")
SGA_LABELS = (
    "Selling, general and administrative",
    "Marketing, general and administrative",
    "Sales, general and administrative",
    "Selling, general and administrative expenses",
)
RESTRUCTURING_LABELS = ("Restructuring", "Restructuring costs", "Restructuring charges")
# Operating expense lines the vocabulary has no key for (they must stay concept-free).
OTHER_EXPENSES = (
    "Clinical manufacturing",
    "Amortization of intangible assets",
    "Depreciation and amortization",
    "Acquired in-process research and development",
    "Stock-based compensation",
)
NONOP_LABELS = (
    "Interest and other income, net",
    "Interest income, net",
    "Other income, net",
    "Interest and other income (expense), net",
    "Other income (expense), net",
)
TAX_LABELS = ("Provision for income taxes", "Income tax expense", "Income taxes")


# --------------------------------------------------------------------------------------------------------
# Periods
# --------------------------------------------------------------------------------------------------------


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


@st.composite
def reporting_calendars(draw: st.DrawFn) -> tuple[bool, date, int]:
    """(weeks?, end of the current quarter, quarter of the fiscal year 1-4).

    Month-based periods end on real month ends (any fiscal year end); week-based ones on any day, the
    prior year's column 52 weeks earlier.
    """
    weeks = draw(st.integers(0, 3)) == 0  # most companies report calendar quarters
    quarter = draw(st.integers(1, 4))
    year = draw(st.integers(1996, 2008))
    if weeks:
        end = date(year, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    else:
        end = month_end(year, draw(st.integers(1, 12)))
    return weeks, end, quarter


def prior_year(end: date, weeks: bool) -> date:
    if weeks:
        return end - timedelta(weeks=52)
    return month_end(end.year - 1, end.month)


@st.composite
def operations_periods(draw: st.DrawFn) -> tuple[tuple[Column, ...], tuple[Group, ...]]:
    weeks, end, quarter = draw(reporting_calendars())
    last = prior_year(end, weeks)
    layout = draw(st.sampled_from(["quarter", "annual", "both"] if quarter > 1 else ["quarter"]))
    if quarter == 4 and layout == "both":
        layout = draw(st.sampled_from(["both", "annual"]))
    spans = {"quarter": [1], "annual": [4], "both": [1, quarter]}[layout]
    ascending = draw(st.integers(0, 5)) == 0  # a few releases print the earlier year first
    columns: list[Column] = []
    groups: list[Group] = []
    for span in spans:
        if weeks:
            phrase = draw(st.sampled_from(WEEK_PHRASES[13 * span]))
        else:
            phrase = draw(st.sampled_from(MONTH_PHRASES[3 * span]))
        pair = [
            Column(end, 3 * span, 13 * span if weeks else None),
            Column(last, 3 * span, 13 * span if weeks else None),
        ]
        if ascending:
            pair.reverse()
        groups.append(Group(phrase, (len(columns), len(columns) + 1)))
        columns.extend(pair)
    return tuple(columns), tuple(groups)


@st.composite
def balance_periods(draw: st.DrawFn) -> tuple[Column, ...]:
    """The quarter end and the last fiscal year end (the year before, for a fourth-quarter release)."""
    weeks, end, quarter = draw(reporting_calendars())
    if weeks:
        before = end - timedelta(weeks=13 * quarter)
    else:
        before = month_end(*shift_months(end.year, end.month, -3 * quarter))
    return (Column(end, None), Column(before, None))


# --------------------------------------------------------------------------------------------------------
# Statements of operations
# --------------------------------------------------------------------------------------------------------


def per_column(
    draw: st.DrawFn, n: int, low: int, high: int, zero_chance: bool = False
) -> tuple[Decimal, ...]:
    """One line's values. With four columns the year-to-date pair is the quarter pair plus the earlier
    quarters (columns 2 and 3 run in the order of 0 and 1), so year-to-date amounts look like real ones."""
    values = st.integers(low, high)
    if zero_chance:
        values = st.just(0) | values
    drawn = [draw(values) for _ in range(min(n, 2))]
    if n == 4:
        drawn += [drawn[0] + draw(values), drawn[1] + draw(values)]
    return tuple(Decimal(v) for v in drawn)


def add(*rows: Sequence[Decimal]) -> tuple[Decimal, ...]:
    return tuple(sum(values, Decimal(0)) for values in zip(*rows, strict=True))


def sub(a: Sequence[Decimal], b: Sequence[Decimal]) -> tuple[Decimal, ...]:
    return tuple(x - y for x, y in zip(a, b, strict=True))


def result_word(values: Sequence[Decimal], loss: str, income: str, mixed: str) -> str:
    if all(v < 0 for v in values):
        return loss
    if all(v >= 0 for v in values):
        return income
    return mixed


@st.composite
def operations_statements(draw: st.DrawFn) -> DrawnStatement:
    columns, groups = draw(operations_periods())
    n = len(columns)
    units = draw(st.sampled_from(OPS_UNITS))
    top = MAX_COMPONENT[units.scale]
    rows: list[Row] = []

    # Revenue: none (a development-stage company), one line, or components under a heading with a total.
    revenue_style = draw(st.sampled_from(["none", "single", "single", "components"]))
    revenue: tuple[Decimal, ...] = (Decimal(0),) * n
    if revenue_style == "single":
        revenue = per_column(draw, n, 0, top * 2)
        rows.append(Row(draw(st.sampled_from(REVENUE_LABELS)), revenue, ("revenue",), dollar="first"))
    elif revenue_style == "components":
        names = draw(st.lists(st.sampled_from(REVENUE_COMPONENTS), min_size=2, max_size=3, unique=True))
        heading = draw(st.sampled_from(["Revenues:", "Revenue:", ""]))
        level = 1 if heading else 0
        if heading:
            rows.append(Row(heading))
        parts = [per_column(draw, n, 0, top, zero_chance=True) for _ in names]
        for i, (name, part) in enumerate(zip(names, parts, strict=True)):
            rows.append(Row(name, part, level=level, dollar="first" if i == 0 else ""))
        revenue = add(*parts)
        total_label = draw(st.sampled_from(["Total revenues", "Total revenue", "Total net revenues"]))
        rows.append(
            Row(total_label, revenue, ("revenue",), level=level + draw(st.integers(0, 1)), total=True)
        )

    # Cost of revenue: before a gross profit line, or inside "Costs and expenses".
    cost_style = "none"
    cost: tuple[Decimal, ...] = (Decimal(0),) * n
    if revenue_style != "none":
        cost_style = draw(st.sampled_from(["none", "gross", "gross_no_line", "in_costs"]))
    if cost_style != "none":
        cost = tuple(Decimal(draw(st.integers(0, int(r)))) for r in revenue)
    gross = sub(revenue, cost)
    if cost_style in ("gross", "gross_no_line"):
        rows.append(Row(draw(st.sampled_from(COST_LABELS)), cost, ("cost_of_revenue",)))
        if cost_style == "gross":
            rows.append(Row(draw(st.sampled_from(GROSS_LABELS)), gross, ("gross_profit",), total=True))

    # Operating expenses.
    heading = draw(st.sampled_from(["Operating expenses:", "Costs and expenses:", ""]))
    if cost_style == "in_costs":
        heading = "Costs and expenses:"
    elif cost_style == "gross_no_line":
        # Without a gross profit line only the heading tells the reader the cost line is not in the total.
        heading = "Operating expenses:"
    level = 1 if heading else 0
    expenses: list[Row] = []
    if cost_style == "in_costs":
        expenses.append(Row(draw(st.sampled_from(COST_LABELS)), cost, ("cost_of_revenue",), level=level))
    if draw(st.integers(0, 6)) > 0:
        expenses.append(
            Row(
                draw(st.sampled_from(RD_LABELS)),
                per_column(draw, n, 0, top),
                ("research_and_development",),
                level=level,
            )
        )
    for name in draw(st.lists(st.sampled_from(OTHER_EXPENSES), max_size=1)):
        expenses.append(Row(name, per_column(draw, n, 0, top // 4, zero_chance=True), level=level))
    admin = draw(st.sampled_from(["sga", "sga", "sga", "separate", "ga_only"]))
    if admin == "sga":
        expenses.append(
            Row(
                draw(st.sampled_from(SGA_LABELS)),
                per_column(draw, n, 0, top),
                ("selling_general_administrative",),
                level=level,
            )
        )
    elif admin == "separate":  # neither line joins selling with administrative: no SG&A concept (DESIGN.md)
        expenses.append(Row("Sales and marketing", per_column(draw, n, 0, top), level=level))
        expenses.append(Row("General and administrative", per_column(draw, n, 0, top), level=level))
    else:
        expenses.append(Row("General and administrative", per_column(draw, n, 0, top), level=level))
    if draw(st.integers(0, 3)) == 0:
        expenses.append(
            Row(
                draw(st.sampled_from(RESTRUCTURING_LABELS)),
                per_column(draw, n, 0, top // 4, zero_chance=True),
                ("restructuring",),
                level=level,
            )
        )
    if not rows and expenses:
        expenses[0] = Row(
            expenses[0].label, expenses[0].values, expenses[0].concepts, level=level, dollar="first"
        )
    if heading:
        rows.append(Row(heading))
    rows.extend(expenses)
    total_expenses = add(*(row.values for row in expenses))
    if len(expenses) > 1:
        label = draw(
            st.sampled_from(["Total operating expenses", "Total costs and expenses", "Total operating costs"])
        )
        if cost_style == "in_costs":
            label = "Total costs and expenses"
        rows.append(
            Row(
                label,
                total_expenses,
                ("total_operating_expenses",),
                level=level + draw(st.integers(0, 1)),
                total=True,
                dollar="total",
            )
        )

    # Operating result, other income, taxes, net result.
    before_costs = revenue if cost_style in ("none", "in_costs") else gross
    operating = sub(before_costs, total_expenses)
    word = result_word(operating, "loss", "income", "income (loss)")
    operating_label = draw(
        st.sampled_from(
            {
                "loss": ["Loss from operations", "Operating loss", "Income (loss) from operations"],
                "income": ["Income from operations", "Operating income", "Income (loss) from operations"],
                "income (loss)": ["Income (loss) from operations", "Operating income (loss)"],
            }[word]
        )
    )
    rows.append(Row(operating_label, operating, ("operating_income",), total=True))
    nonop = per_column(draw, n, -top // 10, top // 5)
    nonop_label = draw(st.sampled_from(NONOP_LABELS))
    if any(v < 0 for v in nonop) and "expense" not in nonop_label:
        nonop_label = draw(
            st.sampled_from(["Interest and other income (expense), net", "Other income (expense), net"])
        )
    rows.append(Row(nonop_label, nonop, ("nonoperating_income",)))
    pretax = add(operating, nonop)
    net = pretax
    if draw(st.integers(0, 2)) == 0:
        word = result_word(pretax, "Loss", "Income", "Income (loss)")
        rows.append(Row(f"{word} before income taxes", pretax, ("income_before_taxes",), total=True))
        tax = tuple(Decimal(draw(st.integers(0, max(int(p) * 2 // 5, top // 50)))) for p in pretax)
        rows.append(Row(draw(st.sampled_from(TAX_LABELS)), tax, ("income_tax",)))
        net = sub(pretax, tax)
    net_word = result_word(net, "loss", "income", "income (loss)")
    net_label = "Net earnings" if net_word == "income" and draw(st.integers(0, 4)) == 0 else f"Net {net_word}"
    rows.append(Row(net_label, net, ("net_income",), total=True, dollar="final"))
    to_common = net
    if draw(st.integers(0, 7)) == 0:
        dividends = per_column(draw, n, 1, top // 20)
        rows.append(Row("Preferred stock dividends", dividends))
        to_common = sub(net, dividends)
        verb = draw(st.sampled_from(["attributable", "applicable", "available"]))
        word = result_word(to_common, "loss", "income", "income (loss)")
        rows.append(
            Row(
                f"Net {word} {verb} to common stockholders",
                to_common,
                ("net_income_to_common",),
                total=True,
                dollar="final",
            )
        )

    rows.extend(draw(per_share_rows(to_common, units)))
    title = draw(st.sampled_from(OPS_TITLES))
    unaudited = draw(st.sampled_from(["", "line", "line", "title"]))
    if unaudited == "title":
        title = f"{title} (unaudited)"
    company = draw(st.none() | st.sampled_from(COMPANIES))
    return DrawnStatement("operations", title, company, units, unaudited, columns, groups, tuple(rows))


@st.composite
def per_share_rows(draw: st.DrawFn, result: tuple[Decimal, ...], units: Units) -> list[Row]:
    """EPS and weighted-share rows, consistent with `result` (printed units) and the unit line."""
    n = len(result)
    step = Decimal(1).scaleb(-units.share_decimals)
    if units.share_scale == 1:
        basic_printed = [Decimal(draw(st.integers(1_000_000, 300_000_000))) for _ in range(n)]
    elif units.share_scale == 1000:
        basic_printed = [Decimal(draw(st.integers(1_000, 300_000))) for _ in range(n)]
    else:
        basic_printed = [Decimal(draw(st.integers(10, 30_000))) * step for _ in range(n)]
    loss_any = any(v < 0 for v in result)
    if loss_any or draw(st.booleans()):
        diluted_printed = list(basic_printed)
    else:
        diluted_printed = [b + Decimal(draw(st.integers(0, 5_000))) * step for b in basic_printed]

    def eps(shares: list[Decimal]) -> tuple[Decimal, ...]:
        return tuple(
            (r * units.scale / (s * units.share_scale)).quantize(CENT, rounding=ROUND_HALF_UP)
            for r, s in zip(result, shares, strict=True)
        )

    basic_eps, diluted_eps = eps(basic_printed), eps(diluted_printed)
    word = result_word(result, "loss", "income", "income (loss)")
    noun = draw(st.sampled_from(["net " + word, "earnings" if word == "income" else "net " + word]))
    rows: list[Row] = []
    same = basic_eps == diluted_eps and basic_printed == diluted_printed
    if same and draw(st.integers(0, 3)) > 0:
        label = draw(
            st.sampled_from(
                [
                    f"Basic and diluted {noun} per share",
                    f"{noun.capitalize()} per share - basic and diluted",
                    f"{noun.capitalize()} per share, basic and diluted",
                    f"Basic and diluted {noun} per common share",
                ]
            )
        )
        rows.append(Row(label, basic_eps, ("eps_basic", "eps_diluted"), "per_share", dollar="final"))
    elif draw(st.booleans()):
        rows.append(Row(f"{noun.capitalize()} per share:"))
        rows.append(Row("Basic", basic_eps, ("eps_basic",), "per_share", level=1, dollar="final"))
        rows.append(Row("Diluted", diluted_eps, ("eps_diluted",), "per_share", level=1, dollar="final"))
    else:
        rows.append(Row(f"Basic {noun} per share", basic_eps, ("eps_basic",), "per_share", dollar="final"))
        rows.append(
            Row(f"Diluted {noun} per share", diluted_eps, ("eps_diluted",), "per_share", dollar="final")
        )

    basic_shares, diluted_shares = tuple(basic_printed), tuple(diluted_printed)
    if basic_shares == diluted_shares and draw(st.integers(0, 3)) > 0:
        label = draw(
            st.sampled_from(
                [
                    "Weighted average common shares outstanding: basic and diluted",
                    f"Shares used in computing basic and diluted {noun} per share",
                    "Weighted average shares outstanding - basic and diluted",
                    "Basic and diluted weighted average shares outstanding",
                ]
            )
        )
        rows.append(Row(label, basic_shares, ("shares_basic", "shares_diluted"), "shares"))
    elif draw(st.booleans()):
        rows.append(
            Row(draw(st.sampled_from(["Weighted average shares outstanding:", "Shares used in computing:"])))
        )
        rows.append(Row("Basic", basic_shares, ("shares_basic",), "shares", level=1))
        rows.append(Row("Diluted", diluted_shares, ("shares_diluted",), "shares", level=1))
    else:
        rows.append(
            Row(f"Shares used in computing basic {noun} per share", basic_shares, ("shares_basic",), "shares")
        )
        rows.append(
            Row(
                f"Shares used in computing diluted {noun} per share",
                diluted_shares,
                ("shares_diluted",),
                "shares",
            )
        )
    return rows


# --------------------------------------------------------------------------------------------------------
# Balance sheets
# --------------------------------------------------------------------------------------------------------


@st.composite
def balance_sheets(draw: st.DrawFn) -> DrawnStatement:
    columns = draw(balance_periods())
    n = len(columns)
    units = draw(st.sampled_from(BALANCE_UNITS))
    top = MAX_COMPONENT[units.scale]
    rows: list[Row] = []
    condensed = draw(st.integers(0, 2)) == 0  # the sample's style: a handful of lines, no current subtotals

    assets_heading = draw(st.sampled_from(["ASSETS", "Assets:", ""]))
    level = 1 if assets_heading else 0
    if assets_heading:
        rows.append(Row(assets_heading))
    asset_parts: list[tuple[Decimal, ...]] = []

    def asset(
        label: str, concepts: tuple[str, ...] = (), lvl: int = level, hi: int = top, zero: bool = False
    ) -> None:
        values = per_column(draw, n, 0, hi, zero_chance=zero)
        asset_parts.append(values)
        rows.append(Row(label, values, concepts, level=lvl, dollar="first" if len(asset_parts) == 1 else ""))

    if condensed:
        if draw(st.booleans()):
            asset(
                draw(
                    st.sampled_from(
                        [
                            "Cash, cash equivalents and short-term investments",
                            "Cash, cash equivalents and marketable securities",
                            "Cash, cash equivalents and investments in marketable securities",
                        ]
                    )
                ),
                ("cash_and_investments",),
            )
        else:
            asset("Cash and cash equivalents", ("cash_and_equivalents",))
        for name in draw(
            st.lists(
                st.sampled_from(
                    [
                        "Other assets",
                        "Property and equipment, net",
                        "Equipment and leasehold improvements, net",
                    ]
                ),
                min_size=1,
                max_size=2,
                unique=True,
            )
        ):
            asset(name, hi=top // 5)
    else:
        current_heading = draw(st.sampled_from(["Current assets:", ""]))
        inner = level + 1 if current_heading else level
        if current_heading:
            rows.append(Row(current_heading, level=level))
        if draw(st.booleans()):
            asset("Cash and cash equivalents", ("cash_and_equivalents",), inner)
            asset(
                draw(
                    st.sampled_from(
                        [
                            "Short-term investments",
                            "Marketable securities",
                            "Short-term marketable securities",
                        ]
                    )
                ),
                ("short_term_investments",),
                inner,
                zero=True,
            )
        else:
            asset(
                draw(
                    st.sampled_from(
                        [
                            "Cash, cash equivalents and short-term investments",
                            "Cash, cash equivalents and marketable securities",
                        ]
                    )
                ),
                ("cash_and_investments",),
                inner,
            )
        for name in draw(
            st.lists(
                st.sampled_from(
                    ["Accounts receivable, net", "Inventories", "Prepaid expenses and other current assets"]
                ),
                max_size=3,
                unique=True,
            )
        ):
            asset(name, (), inner, top // 4)
        current = add(*asset_parts)
        rows.append(
            Row(
                "Total current assets",
                current,
                ("total_current_assets",),
                level=inner + draw(st.integers(0, 1)),
                total=True,
            )
        )
        asset_parts = [current]
        for name in draw(
            st.lists(
                st.sampled_from(
                    ["Property and equipment, net", "Long-term investments", "Goodwill", "Other assets"]
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            asset(name, (), level, top // 4, zero=True)
    total_assets = add(*asset_parts)
    rows.append(
        Row(
            "Total assets",
            total_assets,
            ("total_assets",),
            level=level + draw(st.integers(0, 2)),
            total=True,
            dollar="final",
        )
    )

    holders = draw(st.sampled_from(["stockholders", "shareholders"]))
    liab_heading = draw(
        st.sampled_from(
            [f"LIABILITIES AND {holders.upper()}' EQUITY", f"Liabilities and {holders.capitalize()}' Equity"]
        )
    )
    rows.append(Row(liab_heading))
    liab_parts: list[tuple[Decimal, ...]] = []
    liab_rows_start = len(rows)
    if condensed:
        liabilities = per_column(draw, n, 0, top // 2)
        rows.append(
            Row(
                draw(st.sampled_from(["Liabilities", "Total liabilities"])),
                liabilities,
                ("total_liabilities",),
                level=level,
            )
        )
    else:
        current_heading = draw(st.sampled_from(["Current liabilities:", ""]))
        inner = level + 1 if current_heading else level
        if current_heading:
            rows.append(Row(current_heading, level=level))
        for name in draw(
            st.lists(
                st.sampled_from(
                    [
                        "Accounts payable",
                        "Accrued liabilities",
                        "Accrued expenses and other current liabilities",
                        "Deferred revenue",
                        "Current portion of long-term debt",
                    ]
                ),
                min_size=1,
                max_size=3,
                unique=True,
            )
        ):
            values = per_column(draw, n, 0, top // 4, zero_chance=True)
            liab_parts.append(values)
            rows.append(Row(name, values, level=inner))
        current_liab = add(*liab_parts)
        rows.append(
            Row(
                "Total current liabilities",
                current_liab,
                ("total_current_liabilities",),
                level=inner + draw(st.integers(0, 1)),
                total=True,
            )
        )
        liab_parts = [current_liab]
        for name in draw(
            st.lists(
                st.sampled_from(
                    [
                        "Long-term debt, net of current portion",
                        "Deferred revenue, net of current portion",
                        "Other long-term liabilities",
                    ]
                ),
                max_size=2,
                unique=True,
            )
        ):
            values = per_column(draw, n, 0, top // 4, zero_chance=True)
            liab_parts.append(values)
            rows.append(Row(name, values, level=level))
        liabilities = add(*liab_parts)
        if draw(st.booleans()):
            rows.append(
                Row("Total liabilities", liabilities, ("total_liabilities",), level=level + 1, total=True)
            )
    first = rows[liab_rows_start]
    if first.heading:
        first = rows[liab_rows_start + 1]
        rows[liab_rows_start + 1] = Row(
            first.label, first.values, first.concepts, level=first.level, dollar="first", total=first.total
        )
    else:
        rows[liab_rows_start] = Row(
            first.label, first.values, first.concepts, level=first.level, dollar="first", total=first.total
        )

    equity = sub(total_assets, liabilities)
    deficit_word = " (deficit)" if any(v < 0 for v in equity) else ""
    if not condensed and draw(st.booleans()):
        rows.append(Row(f"{holders.capitalize()}' equity{deficit_word}:", level=level))
        common = per_column(draw, n, 0, 100)
        paid_in = per_column(draw, n, 0, top * 2)
        rest = sub(sub(equity, common), paid_in)
        rows.append(Row("Common stock", common, level=level + 1))
        rows.append(Row("Additional paid-in capital", paid_in, level=level + 1))
        rest_label = {
            "loss": "Accumulated deficit",
            "income": "Retained earnings",
            "income (loss)": "Retained earnings (accumulated deficit)",
        }[result_word(rest, "loss", "income", "income (loss)")]
        rows.append(Row(rest_label, rest, level=level + 1))
        rows.append(
            Row(
                f"Total {holders}' equity{deficit_word}",
                equity,
                ("stockholders_equity",),
                level=level + 1 + draw(st.integers(0, 1)),
                total=True,
            )
        )
    else:
        label = draw(st.sampled_from([f"{holders.capitalize()}' equity", f"Total {holders}' equity"]))
        rows.append(Row(label + deficit_word, equity, ("stockholders_equity",), level=level))
    rows.append(
        Row(
            f"Total liabilities and {holders}' equity{deficit_word}",
            total_assets,
            ("total_liabilities_and_equity",),
            level=level + draw(st.integers(0, 2)),
            total=True,
            dollar="final",
        )
    )

    title = draw(st.sampled_from(BALANCE_TITLES))
    unaudited = draw(st.sampled_from(["", "line", "line"]))
    company = draw(st.none() | st.sampled_from(COMPANIES))
    return DrawnStatement("balance", title, company, units, unaudited, columns, (), tuple(rows))


# --------------------------------------------------------------------------------------------------------
# Layout (how the statement is typed)
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    col_width: int = 13
    gap: int = 2
    indent: int = 4
    level_step: int = 2
    wrap_width: int = 24
    cont_indent: int = 1
    dollar: Literal["none", "attached", "spaced", "column"] = "attached"
    dollar_on_totals: bool = False
    paren_outside_dollar: bool = False  # ($7,151) instead of $(7,151)
    zero: str = "--"
    hang: bool = True  # the closing parenthesis of a negative sits one place right of the digits
    header: Literal["stacked", "merged", "per_column", "per_column_split"] = "stacked"
    header_align: Literal["center", "right"] = "right"
    header_case: Literal["lower", "title", "upper"] = "lower"
    header_blank: bool = False  # a blank line before the line of years (as in the Allos sample)
    group_rule: bool = False  # dashes under the group phrase, spanning its columns
    rules: bool = False  # dashes under the columns before totals
    double_rules: bool = False  # equals signs under the final totals
    title_centered: bool = True
    blank_before: tuple[bool, ...] = ()

    def describe(self) -> str:
        return ", ".join(
            f"{k}={getattr(self, k)!r}" for k in self.__dataclass_fields__ if k != "blank_before"
        )


@st.composite
def layouts(draw: st.DrawFn, statement: DrawnStatement) -> Layout:
    uniform_dates = len({(c.end.month, c.end.day) for c in statement.columns}) == 1
    header_styles: list[str] = ["per_column", "per_column_split"]
    if statement.kind == "operations":
        # A shared "June 30," only reads right when every column of a group ends on the same day.
        same_day_in_groups = all(
            len({(statement.columns[i].end.month, statement.columns[i].end.day) for i in g.columns}) == 1
            for g in statement.groups
        )
        if same_day_in_groups:
            header_styles += ["stacked", "stacked", "merged"]
    elif uniform_dates:
        header_styles = ["per_column_split"]
    rows = statement.rows
    blanks = []
    for i, row in enumerate(rows):
        chance = 2 if (row.total or row.heading or row.dollar == "final") else 6
        blanks.append(i > 0 and draw(st.integers(0, chance)) == 0)
    return Layout(
        col_width=draw(st.integers(10, 16)),
        gap=draw(st.integers(1, 20)),
        indent=draw(st.integers(0, 8)),
        level_step=draw(st.integers(2, 4)),
        wrap_width=draw(st.integers(18, 60)),
        cont_indent=draw(st.integers(1, 2)),
        dollar=draw(st.sampled_from(["none", "attached", "attached", "spaced", "column"])),
        dollar_on_totals=draw(st.booleans()),
        paren_outside_dollar=draw(st.integers(0, 4)) == 0,
        zero=draw(st.sampled_from(ZERO_TOKENS)),
        hang=draw(st.booleans()),
        header=draw(st.sampled_from(header_styles)),  # type: ignore[arg-type]
        header_align=draw(st.sampled_from(["center", "right"])),
        header_case=draw(st.sampled_from(["lower", "lower", "title", "upper"])),
        header_blank=draw(st.integers(0, 3)) == 0,
        group_rule=draw(st.integers(0, 2)) == 0,
        rules=draw(st.integers(0, 2)) == 0,
        double_rules=draw(st.integers(0, 3)) == 0,
        title_centered=draw(st.integers(0, 4)) > 0,
        blank_before=tuple(blanks),
    )


# --------------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------------


class Collision(Exception):
    """Two pieces of text would touch; the renderer widens the columns and tries again."""


class Canvas:
    """A list of lines where text is placed at columns, refusing to let pieces touch."""

    def __init__(self) -> None:
        self.lines: list[list[str]] = []

    def new_line(self) -> int:
        self.lines.append([])
        return len(self.lines) - 1

    def put(self, line: int, x: int, text: str, pad: int = 2) -> None:
        if x < 0:
            raise Collision(f"negative column for {text!r}")
        chars = self.lines[line]
        if len(chars) < x + len(text) + pad:
            chars.extend(" " * (x + len(text) + pad - len(chars)))
        if any(c != " " for c in chars[max(0, x - pad) : x + len(text) + pad]):
            raise Collision(f"{text!r} at {x} touches {''.join(chars).rstrip()!r}")
        chars[x : x + len(text)] = text

    def text(self) -> str:
        return "\n".join("".join(chars).rstrip() for chars in self.lines)


def recase(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    return text


def amount_text(value: Decimal, row: Row, units: Units, zero: str) -> str:
    """The digits of a cell without sign or `$`: "3,446", "0.23", or the zero token."""
    if row.kind == "per_share":
        return f"{abs(value):,.2f}"
    if value == 0 and row.kind == "amount":
        return zero
    decimals = units.share_decimals if row.kind == "shares" else 0
    return f"{abs(value):,.{decimals}f}"


def cell_text(value: Decimal, row: Row, units: Units, layout: Layout, dollar: bool) -> str:
    digits = amount_text(value, row, units, layout.zero)
    negative = value < 0
    if not dollar or layout.dollar in ("none", "column"):
        return f"({digits})" if negative else digits
    if layout.dollar == "spaced":
        return f"$ ({digits})" if negative else f"$ {digits}"
    if digits in ZERO_TOKENS:
        return f"$ {digits}"
    if negative:
        return f"(${digits})" if layout.paren_outside_dollar else f"$({digits})"
    return f"${digits}"


def wants_dollar(row: Row, layout: Layout, first_with_values: bool) -> bool:
    if layout.dollar == "none" or row.kind == "shares":
        return False
    return (
        row.dollar in ("first", "final")
        or first_with_values
        or (row.dollar == "total" and layout.dollar_on_totals)
    )


@dataclass(frozen=True)
class RenderedRow:
    """Where a row landed: the line holding its values (0-based in the statement text) and its cells."""

    line: int
    row: Row
    cells: tuple[str, ...]


@dataclass(frozen=True)
class RenderedStatement:
    statement: DrawnStatement
    layout: Layout
    text: str
    rows: tuple[RenderedRow, ...]


def wrap_label(label: str, width: int) -> list[str]:
    """Wrap like a typist: at word boundaries, at most three lines (widen rather than use a fourth)."""
    while True:
        lines = textwrap.wrap(label, width=width, break_long_words=False, break_on_hyphens=False)
        if len(lines) <= 3:
            return lines
        width += 4


# Wire-service tables were typed for 80-column screens; the widest real ones run to about 110 columns.
MAX_LINE = 110


def render_statement(statement: DrawnStatement, layout: Layout) -> RenderedStatement:
    """Type `statement` in `layout`; widen the columns until no two pieces of text touch, and narrow the
    label column (wrap tighter, smaller gap) while the table is wider than a release would print."""
    while True:
        rendered = _fit(statement, layout)
        widest = max(len(line) for line in rendered.text.splitlines())
        if widest <= MAX_LINE or (layout.wrap_width <= 18 and layout.gap <= 2 and layout.indent == 0):
            return rendered
        layout = replace(
            layout,
            wrap_width=max(18, layout.wrap_width - 6),
            gap=max(2, layout.gap - 4) if layout.wrap_width <= 24 else layout.gap,
            indent=max(0, layout.indent - 2) if layout.wrap_width <= 18 else layout.indent,
        )


def _fit(statement: DrawnStatement, layout: Layout) -> RenderedStatement:
    for extra in range(0, 60):
        try:
            return _render(statement, layout, extra)
        except Collision:
            continue
    raise AssertionError("renderer could not lay out the table")  # pragma: no cover - a renderer bug


def _render(statement: DrawnStatement, layout: Layout, extra: int) -> RenderedStatement:
    n = len(statement.columns)
    units = statement.units
    rows = statement.rows

    # Cells first: their widths fix the columns.
    cells: list[tuple[str, ...]] = []
    dollars: list[bool] = []
    seen_values = False
    for row in rows:
        if row.heading:
            cells.append(())
            dollars.append(False)
            continue
        dollar = wants_dollar(row, layout, not seen_values)
        seen_values = True
        dollars.append(dollar)
        cells.append(tuple(cell_text(v, row, units, layout, dollar) for v in row.values))

    def reach(text: str) -> int:  # room a cell needs left of the column's right edge
        return len(text) + (1 if layout.hang and not text.endswith(")") else 0)

    content = [max(reach(c[i]) for c in cells if c) for i in range(n)]
    if layout.dollar == "column":
        content = [w + 2 for w in content]  # "$" and a space at the column's left edge
    width = max(layout.col_width, max(content) + 2) + extra

    # Labels.
    label_lines: list[list[tuple[int, str]]] = []
    for row in rows:
        x = layout.indent + row.level * layout.level_step
        parts = [row.label] if row.heading else wrap_label(row.label, layout.wrap_width)
        label_lines.append([(x if i == 0 else x + layout.cont_indent, part) for i, part in enumerate(parts)])
    label_width = max(x + len(t) for lines in label_lines for x, t in lines)
    rights = [label_width + layout.gap + content[0] + i * width for i in range(n)]

    canvas = Canvas()
    right_edge = rights[-1]

    # Title block.
    title_lines = [t for t in (statement.company, statement.title, units.line) if t]
    if statement.unaudited == "line":
        title_lines.append("(unaudited)")
    for text in title_lines:
        line = canvas.new_line()
        x = max(0, (right_edge - len(text)) // 2) if layout.title_centered else layout.indent
        canvas.put(line, x, text)
    for _ in range(1 + extra % 2):
        canvas.new_line()

    # Header.
    def span(columns: Sequence[int]) -> tuple[int, int]:
        return rights[columns[0]] - content[columns[0]], rights[columns[-1]]

    def place(line: int, columns: Sequence[int], text: str) -> None:
        start, end = span(columns)
        if layout.header_align == "right" and len(columns) == 1:
            x = end - len(text) - (1 if layout.hang else 0)
        else:
            x = start + (end - start - len(text)) // 2
        canvas.put(line, x, text)

    def date_parts(column: Column) -> tuple[str, str]:
        month_day = f"{calendar.month_name[column.end.month]} {column.end.day},"
        return recase(month_day, layout.header_case), str(column.end.year)

    if statement.kind == "operations":
        groups = statement.groups
        first_group_line = canvas.new_line()
        if layout.header == "merged":
            for group in groups:
                md, _ = date_parts(statement.columns[group.columns[0]])
                place(first_group_line, group.columns, f"{recase(group.phrase, layout.header_case)} {md}")
        else:
            for group in groups:
                place(first_group_line, group.columns, recase(group.phrase, layout.header_case))
        if layout.group_rule:
            line = canvas.new_line()
            for group in groups:
                start, end = span(group.columns)
                canvas.put(line, start, "-" * (end - start))
        if layout.header == "stacked":
            line = canvas.new_line()
            for group in groups:
                md, _ = date_parts(statement.columns[group.columns[0]])
                place(line, group.columns, md)
        elif layout.header == "per_column_split":
            line = canvas.new_line()
            for i, column in enumerate(statement.columns):
                place(line, [i], date_parts(column)[0])
    elif layout.header != "per_column":  # a balance sheet has no groups: month and day over the year
        line = canvas.new_line()
        for i, column in enumerate(statement.columns):
            place(line, [i], date_parts(column)[0])
    if layout.header_blank and layout.header != "per_column":
        canvas.new_line()
    line = canvas.new_line()
    for i, column in enumerate(statement.columns):
        md, year = date_parts(column)
        place(line, [i], f"{md} {year}" if layout.header == "per_column" else year)
    if layout.group_rule and statement.kind == "balance":
        line = canvas.new_line()
        for i in range(n):
            start, end = span([i])
            canvas.put(line, start, "-" * (end - start))
    canvas.new_line()

    # Body.
    rendered_rows: list[RenderedRow] = []
    for index, (row, row_cells, dollar) in enumerate(zip(rows, cells, dollars, strict=True)):
        blank = index < len(layout.blank_before) and layout.blank_before[index]
        if layout.rules and row.total and not row.heading and not blank:
            line = canvas.new_line()
            for i in range(n):
                canvas.put(line, rights[i] - content[i], "-" * content[i], pad=1)
        elif blank:
            canvas.new_line()
        for x, text in label_lines[index]:
            line = canvas.new_line()
            canvas.put(line, x, text, pad=0)
        for i, text in enumerate(row_cells):
            end = rights[i] - (1 if layout.hang and not text.endswith(")") else 0)
            canvas.put(line, end - len(text), text, pad=1)
            if dollar and layout.dollar == "column":
                canvas.put(line, rights[i] - content[i], "$", pad=1)
        if row_cells:
            rendered_rows.append(RenderedRow(line, row, row_cells))
        if layout.double_rules and row.dollar == "final" and row.kind == "amount":
            line = canvas.new_line()
            for i in range(n):
                canvas.put(line, rights[i] - content[i], "=" * content[i], pad=1)
    return RenderedStatement(statement, layout, canvas.text(), tuple(rendered_rows))


# --------------------------------------------------------------------------------------------------------
# Whole documents
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendered:
    """A rendered document: its text, the facts a parser must find, and the parts for failure messages."""

    text: str
    facts: tuple[Fact, ...]
    parts: tuple[RenderedStatement, ...] = field(default=())

    def __repr__(
        self,
    ) -> str:  # hypothesis prints this for a falsifying example; the text goes in the message
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return f"<Rendered {len(self.text.splitlines())} lines, {len(self.facts)} facts, starting {first!r}>"

    def numbered(self) -> str:
        return "\n".join(f"{i:4} | {line}" for i, line in enumerate(self.text.splitlines(), start=1))

    def describe(self) -> str:
        return "\n".join(
            f"{p.statement.kind}: units={p.statement.units.line!r}; {p.layout.describe()}" for p in self.parts
        )


def from_statement(statement: DrawnStatement, layout: Layout) -> Rendered:
    part = render_statement(statement, layout)
    return Rendered(part.text + "\n", expected_facts(statement), (part,))


@st.composite
def statements(draw: st.DrawFn) -> DrawnStatement:
    return draw(st.one_of(operations_statements(), balance_sheets()))


@st.composite
def rendered_statements(draw: st.DrawFn) -> Rendered:
    """One statement, alone, as the parser would get it pasted on its own."""
    statement = draw(statements())
    return from_statement(statement, draw(layouts(statement)))


def _fill(text: str) -> str:
    """A wire-service paragraph: four-space first-line indent, 78 columns."""
    return textwrap.fill(text, width=78, initial_indent="    ")


def _millions(value: Decimal, scale: int) -> str:
    return f"${abs(value * scale / Decimal(1_000_000)):,.1f} million"


def prose_before(operations: DrawnStatement | None, company: str) -> str:
    """Narrative like the Allos release: dateline, results with figures, highlights, a conference call."""
    name = company.title().replace(", Inc.", ", Inc.")
    paragraphs = [
        "Exhibit 99.1",
        "",
        f"       {name} Reports Financial Results",
        "",
    ]
    if operations is not None:
        net = next(r for r in operations.rows if "net_income" in r.concepts)
        eps = next(r for r in operations.rows if "eps_basic" in r.concepts)
        i = max(operations.groups[0].columns, key=lambda c: operations.columns[c].end)
        column = operations.columns[i]
        released = column.end + timedelta(days=33)
        word = "loss" if net.values[i] < 0 else "income"
        paragraphs.append(
            _fill(
                f"BOSTON, {calendar.month_abbr[released.month]}. {released.day} /PRNewswire-FirstCall/ -- "
                f"{name} (Nasdaq: RLNS) today reported financial results for the period ended "
                f"{calendar.month_name[column.end.month]} {column.end.day}, {column.end.year}. The Company "
                f"reported a net {word} of {_millions(net.values[i], operations.units.scale)}, or "
                f"${abs(eps.values[i])} per share, compared to the same period "
                f"of {column.end.year - 1}."
            )
        )
    else:
        paragraphs.append(
            _fill(f"BOSTON, Aug. 3 /PRNewswire/ -- {name} (Nasdaq: RLNS) today reported its results.")
        )
    paragraphs += [
        "",
        "     Recent highlights:",
        "",
        textwrap.fill(
            "*  The Company completed enrollment of 240 patients in its Phase 3 trial at 45 sites in the "
            "U.S. and 12 in Europe.",
            width=78,
            initial_indent="     ",
            subsequent_indent="        ",
        ),
        "",
        "    Conference Call",
        _fill(
            "The Company will host a conference call to review the results today at 4:30 p.m. EDT. The dial "
            "in number for U.S. residents is 800-310-1961. International callers should dial 1-719-457-2692."
        ),
        "",
    ]
    return "\n".join(paragraphs) + "\n\n"


def prose_after(company: str) -> str:
    name = company.title()
    return (
        "\n\n"
        + _fill(
            "This announcement contains forward-looking statements that involve risks and uncertainties, "
            "including those detailed in the Company's Annual Report on Form 10-K for the year ended "
            "December 31, 2003."
        )
        + f"\n\n\nSOURCE  {name}\n    -0-                             08/03/2004\n"
        "    /CONTACT:  Investor Relations, +1-720-540-5227, ir@example.com/\n"
        "    (RLNS)\n\nCO:  " + name + "\nST:  Colorado\nIN:  HEA MTC BIO\nSU:  ERN CCA\n"
    )


@st.composite
def rendered_releases(draw: st.DrawFn) -> Rendered:
    """A whole release: narrative, a statement of operations and/or a balance sheet, then the trailer."""
    which = draw(st.sampled_from(["operations", "balance", "both", "both"]))
    parts: list[RenderedStatement] = []
    operations = None
    if which in ("operations", "both"):
        operations = draw(operations_statements())
        parts.append(render_statement(operations, draw(layouts(operations))))
    if which in ("balance", "both"):
        balance = draw(balance_sheets())
        parts.append(render_statement(balance, draw(layouts(balance))))
    company = (
        next((p.statement.company for p in parts if p.statement.company), None) or "Release Lens Pharma, Inc."
    )
    between = "\n\n\n"
    text = prose_before(operations, company) + between.join(p.text for p in parts) + prose_after(company)
    facts = tuple(f for p in parts for f in expected_facts(p.statement))
    return Rendered(text, facts, tuple(parts))


# --------------------------------------------------------------------------------------------------------
# A reader for the renderer's own self-check (not a parser: it knows where every row landed)
# --------------------------------------------------------------------------------------------------------

_CELL = re.compile(r"\(?\$?\s?\(?[\d,.]+\)?|\$\s?(?:--|-|\u2014)|--|\u2014|(?<=\s)-(?=\s|$)")


def read_cells(line: str, count: int) -> list[Decimal]:
    """Read the last `count` numbers of a rendered line (the renderer's self-check, not a parser)."""
    tokens = [t for t in _CELL.findall(line) if t.strip("$ ")]
    values = []
    for token in tokens[-count:]:
        negative = "(" in token
        digits = token.strip("$() ").replace(",", "").replace("$", "").strip("() ")
        value = Decimal(0) if digits in ZERO_TOKENS else Decimal(digits)
        values.append(-value if negative else value)
    return values
