"""Balance sheets: assets, liabilities and equity that foot, from a handful of lines to full sections."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from tests.text_renderer.model import DrawnStatement, Row, Unaudited, add, result_word, sub
from tests.text_renderer.operations import per_column
from tests.text_renderer.periods import balance_periods
from tests.text_renderer.words import (
    ALLOWANCE_LABELS,
    BALANCE_TITLES,
    BALANCE_UNITS,
    COMPANIES,
    COMPANY_SHORT,
    MAX_COMPONENT,
    NCI_EQUITY_LABELS,
    NCI_YEARS,
)


@st.composite
def balance_sheets(draw: st.DrawFn) -> DrawnStatement:
    # Since 2009: "<Company> stockholders' equity" + "Noncontrolling interests" = "Total equity"; the concept
    # stockholders_equity is the company's own line (DESIGN.md).
    noncontrolling = draw(st.integers(0, 3)) == 0
    columns = draw(balance_periods(NCI_YEARS if noncontrolling else (1996, 2008)))
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

    def asset(label: str, concepts: tuple[str, ...] = (), lvl: int = level, hi: int = top, zero: bool = False) -> None:
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
        if draw(st.integers(0, 3)) == 0:
            # Receivables gross, then "Less allowance for doubtful accounts" which the total subtracts;
            # printed in parentheses or plain (the word "Less" says which way it counts).
            gross = per_column(draw, n, 1, top // 4)
            allowance = per_column(draw, n, 0, top // 40, zero_chance=True)
            rows.append(Row("Accounts receivable", gross, level=inner))
            shown = sub((Decimal(0),) * n, allowance) if draw(st.booleans()) else allowance
            rows.append(Row(draw(st.sampled_from(ALLOWANCE_LABELS)), shown, level=inner))
            asset_parts += [gross, sub((Decimal(0),) * n, allowance)]
            receivable_names = ["Inventories", "Prepaid expenses and other current assets"]
        else:
            receivable_names = ["Accounts receivable, net", "Inventories", "Prepaid expenses and other current assets"]
        for name in draw(st.lists(st.sampled_from(receivable_names), max_size=3, unique=True)):
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
                st.sampled_from(["Property and equipment, net", "Long-term investments", "Goodwill", "Other assets"]),
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
    company = draw(st.none() | st.sampled_from(COMPANIES))
    if noncontrolling:
        company = company or draw(st.sampled_from(COMPANIES))
        liab_heading = draw(st.sampled_from(["LIABILITIES AND EQUITY", "Liabilities and Equity"]))
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
            rows.append(Row("Total liabilities", liabilities, ("total_liabilities",), level=level + 1, total=True))
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
    minority: tuple[Decimal, ...] = (Decimal(0),) * n
    if noncontrolling:
        minority = per_column(draw, n, 0, max(1, top // 50), zero_chance=True)
        equity = sub(equity, minority)
    deficit_word = " (deficit)" if any(v < 0 for v in equity) else ""
    owner = f"{COMPANY_SHORT[company]} " if noncontrolling and company else ""
    if noncontrolling:
        if not condensed and draw(st.booleans()):
            rows.append(Row("Equity:", level=level))
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
            label = f"Total {owner}{holders}' equity{deficit_word}"
        else:
            label = f"{owner}{holders}' equity{deficit_word}"
        rows.append(Row(label, equity, ("stockholders_equity",), level=level + 1, total=True))
        rows.append(Row(draw(st.sampled_from(NCI_EQUITY_LABELS)), minority, level=level + 1))
        total_equity = add(equity, minority)
        total_word = " (deficit)" if any(v < 0 for v in total_equity) else ""
        rows.append(Row(f"Total equity{total_word}", total_equity, level=level + 1, total=True))
        rows.append(
            Row(f"Total liabilities and equity{total_word}", total_assets, ("total_liabilities_and_equity",),
                level=level, total=True, dollar="final")
        )  # fmt: skip
    elif not condensed and draw(st.booleans()):
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
    if not noncontrolling:
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
    unaudited: Unaudited = draw(st.sampled_from(["", "line", "line"]))
    return DrawnStatement("balance", title, company, units, unaudited, columns, (), tuple(rows))
