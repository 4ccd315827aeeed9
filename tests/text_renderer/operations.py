"""Statements of operations: revenue to net result, EPS and weighted shares, all footing."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import strategies as st

from tests.text_renderer.model import CENT, DrawnStatement, Row, Unaudited, Units, add, result_word, sub
from tests.text_renderer.periods import operations_periods
from tests.text_renderer.words import (
    CHANGE_LABELS,
    COMPANIES,
    COMPANY_SHORT,
    COST_LABELS,
    GROSS_LABELS,
    MAX_COMPONENT,
    NCI_INCOME_LABELS,
    NCI_YEARS,
    NONOP_LABELS,
    OPS_TITLES,
    OPS_UNITS,
    OTHER_EXPENSES,
    RD_LABELS,
    RESTRUCTURING_LABELS,
    REVENUE_COMPONENTS,
    REVENUE_LABELS,
    SGA_LABELS,
    TAX_LABELS,
)


def per_column(draw: st.DrawFn, n: int, low: int, high: int, zero_chance: bool = False) -> tuple[Decimal, ...]:
    """One line's values. With four columns the year-to-date pair is the quarter pair plus the earlier
    quarters (columns 2 and 3 run in the order of 0 and 1), so year-to-date amounts look like real ones."""
    values = st.integers(low, high)
    if zero_chance:
        values = st.just(0) | values
    drawn = [draw(values) for _ in range(2 if n == 4 else n)]
    if n == 4:
        drawn += [drawn[0] + draw(values), drawn[1] + draw(values)]
    return tuple(Decimal(v) for v in drawn)


@st.composite
def operations_statements(draw: st.DrawFn) -> DrawnStatement:
    # Since 2009 a company with partly owned subsidiaries prints the net result, the part of it that is
    # the noncontrolling interests', and the part attributable to the company (the one EPS divides).
    noncontrolling = draw(st.integers(0, 3)) == 0
    columns, groups = draw(operations_periods(NCI_YEARS if noncontrolling else (1996, 2008)))
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
        rows.append(Row(total_label, revenue, ("revenue",), level=level + draw(st.integers(0, 1)), total=True))

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
        expenses[0] = Row(expenses[0].label, expenses[0].values, expenses[0].concepts, level=level, dollar="first")
    if heading:
        rows.append(Row(heading))
    rows.extend(expenses)
    total_expenses = add(*(row.values for row in expenses))
    if len(expenses) > 1:
        label = draw(st.sampled_from(["Total operating expenses", "Total costs and expenses", "Total operating costs"]))
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
        nonop_label = draw(st.sampled_from(["Interest and other income (expense), net", "Other income (expense), net"]))
    rows.append(Row(nonop_label, nonop, ("nonoperating_income",)))
    pretax = add(operating, nonop)
    net = pretax
    before_change: tuple[Decimal, ...] | None = None
    if draw(st.integers(0, 2)) == 0:
        word = result_word(pretax, "Loss", "Income", "Income (loss)")
        rows.append(Row(f"{word} before income taxes", pretax, ("income_before_taxes",), total=True))
        tax = tuple(Decimal(draw(st.integers(0, max(int(p) * 2 // 5, top // 50)))) for p in pretax)
        rows.append(Row(draw(st.sampled_from(TAX_LABELS)), tax, ("income_tax",)))
        net = sub(pretax, tax)
        if not noncontrolling and draw(st.integers(0, 2)) == 0:
            # An accounting change adopted in the period (SFAS 142 in 2002, as Sears's 2004 release shows):
            # the result before it, the change net of tax, then the net result.
            before_change = net
            word = result_word(net, "Loss", "Income", "Income (loss)")
            rows.append(Row(f"{word} before cumulative effect of change in accounting principle", net, total=True))
            change = per_column(draw, n, -top // 5, top // 20, zero_chance=True)
            rows.append(Row(draw(st.sampled_from(CHANGE_LABELS)), change))
            net = add(net, change)
    net_word = result_word(net, "loss", "income", "income (loss)")
    net_label = "Net earnings" if net_word == "income" and draw(st.integers(0, 4)) == 0 else f"Net {net_word}"
    company = draw(st.none() | st.sampled_from(COMPANIES))
    if noncontrolling:
        company = company or draw(st.sampled_from(COMPANIES))
        rows.append(Row(net_label, net, total=True, dollar="total"))
        minority = per_column(draw, n, 0, max(1, top // 50), zero_chance=True)
        rows.append(Row(draw(st.sampled_from(NCI_INCOME_LABELS)), minority))
        net = sub(net, minority)
        net_word = result_word(net, "loss", "income", "income (loss)")
        net_label = f"Net {net_word} attributable to {COMPANY_SHORT[company]}"
    rows.append(Row(net_label, net, ("net_income",), total=True, dollar="final"))
    to_common = net
    if not noncontrolling and draw(st.integers(0, 7)) == 0:
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

    rows.extend(draw(per_share_rows(to_common, units, before_change)))
    title = draw(st.sampled_from(OPS_TITLES))
    unaudited: Unaudited = draw(st.sampled_from(["", "line", "line", "title"]))
    if unaudited == "title":
        title = f"{title} (unaudited)"
    return DrawnStatement("operations", title, company, units, unaudited, columns, groups, tuple(rows))


@st.composite
def per_share_rows(
    draw: st.DrawFn, result: tuple[Decimal, ...], units: Units, before_change: tuple[Decimal, ...] | None = None
) -> list[Row]:
    """EPS and weighted-share rows, consistent with `result` (printed units) and the unit line.

    With `before_change` (the result before a cumulative effect of an accounting change) the EPS block is
    Sears's: bare "Basic" and "Diluted" headings, each over the EPS before the change, the change per
    share and the final EPS; the change per share is the difference, so each block foots to the cent."""
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
    if before_change is not None:
        word_before = result_word(before_change, "Loss", "Earnings", "Earnings (loss)")
        word_after = result_word(result, "Loss", "Earnings", "Earnings (loss)")
        rows.append(Row(f"{word_after.upper()} PER COMMON SHARE"))
        for family, shares in (("basic", basic_printed), ("diluted", diluted_printed)):
            final = eps(shares)
            first = tuple(
                (b * units.scale / (s * units.share_scale)).quantize(CENT, rounding=ROUND_HALF_UP)
                for b, s in zip(before_change, shares, strict=True)
            )
            rows.append(Row(family.capitalize()))
            rows.append(
                Row(f"{word_before} per share before cumulative effect of change in accounting principle", first,
                    kind="per_share", level=1, dollar="final")
            )  # fmt: skip
            rows.append(
                Row("Cumulative effect of change in accounting principle", sub(final, first), kind="per_share",
                    level=1, dollar="final")
            )  # fmt: skip
            rows.append(Row(f"{word_after} per share", final, (f"eps_{family}",), "per_share", level=1, dollar="final"))
    elif same and draw(st.integers(0, 3)) > 0:
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
        rows.append(Row(f"Diluted {noun} per share", diluted_eps, ("eps_diluted",), "per_share", dollar="final"))

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
        rows.append(Row(draw(st.sampled_from(["Weighted average shares outstanding:", "Shares used in computing:"]))))
        rows.append(Row("Basic", basic_shares, ("shares_basic",), "shares", level=1))
        rows.append(Row("Diluted", diluted_shares, ("shares_diluted",), "shares", level=1))
    else:
        rows.append(Row(f"Shares used in computing basic {noun} per share", basic_shares, ("shares_basic",), "shares"))
        rows.append(
            Row(
                f"Shares used in computing diluted {noun} per share",
                diluted_shares,
                ("shares_diluted",),
                "shares",
            )
        )
    return rows
