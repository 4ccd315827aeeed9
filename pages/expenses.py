"""Expenses: what total operating expenses are made of in every period, and which line moved them most."""

from __future__ import annotations

import streamlit as st

from core.analysis import biggest_mover, breakdown, compared_windows, with_derived
from core.analysis.comparisons import CHANGE_RULE, change_notes
from core.analysis.currency import statement_currency
from core.analysis.derived import derived_basis, fiscal_quarter, printed_and_derived
from core.analysis.metrics import operating_expenses_caveat
from core.analysis.periods import Window
from core.analysis.structure import operations_statement
from core.charts import composition, line_changes, release_unit
from core.charts.expenses import window_changes, window_table
from core.charts.periods import change_lines, reading_order
from core.charts.style import TOP_LINES
from core.formatting import currency_sign, percent, spelled_each
from pages._markdown import plain
from pages._widgets import (
    comparison_cautions,
    header,
    md,
    missing,
    release_or_stop,
    show_chart,
    table_columns,
    table_height,
    table_or_lines,
    unread_note,
)

release = release_or_stop()
header(release, "Expenses")
operations = operations_statement(release)  # with a full-year twin's columns
quarter = fiscal_quarter(release)  # twelve months beside a third quarter are trailing: see derivable
expenses = breakdown(with_derived(operations, quarter)) if operations is not None else None
if operations is None or expenses is None:
    missing(
        "No operating-expense breakdown was found: the release needs a statement of operations with a "
        "total operating expenses line and the lines above it, or expense lines that, taken from revenue, "
        "give its operating result." + unread_note(release)
    )
    st.stop()
assert operations is not None and expenses is not None

sign = currency_sign(statement_currency(operations))  # "RMB21.7 million", never "$21.7 million"
compared = compared_windows(operations, quarter)
# the windows worked out from printed ones come after them, set apart and said so (UI-56: GeoVax's derived six
# months had a bold line, a tab and a table ranked like the printed windows)
printed_windows, derived = printed_and_derived(compared)


def mover_said(window: Window) -> str | None:
    """Which line moved the total most, its money spelled out as a sentence says it ("$4.8 million", not "$4,786"
    with the unit said after); the line and total as printed."""
    assert expenses is not None
    mover = biggest_mover(expenses, window)
    if mover is None:
        return None
    verb = "fell" if mover.total_change < 0 else "rose" if mover.total_change > 0 else "held"
    # each amount sized as a card sizes it, to no place finer than printed: "$0.65 billion" had stood for
    # Oracle's $645 million beside "$1.02 billion" (UI-46)
    total_moved, line_moved = spelled_each([abs(mover.total_change), mover.change], currency=sign,
                                           unit=expenses.statement.printed_unit())
    return (
        f"*{plain(expenses.total.label)}*"  # as printed: "Total costs and expenses" holds the cost of revenue
        + md(f" {verb} by {total_moved}; ")
        + f"**{plain(mover.label)}**"
        + md(
            f" moved most: {line_moved} "
            + (f"({percent(mover.share_of_change, decimals=0, sign=False)} of the change)." if mover.within_change
               else "(more than the total moved: other lines moved the other way).")
        )
    )


# The one-line answer first, per printed window
for window in printed_windows:
    if (said := mover_said(window)) is not None:
        st.markdown(md(f"**{window.name}:** ") + said)

if not expenses.printed:
    st.caption(
        "The release prints no total of these lines. The total here is their sum, and it checks: taken from "
        "the revenue or gross profit above them, it gives the printed operating result in every period."
    )
if caveat := operating_expenses_caveat(release):
    st.caption(f"Read with care: {plain(caveat)}.")

residuals = [p for p in operations.periods if (expenses.residual(p) or 0) != 0]
if residuals:
    st.warning(
        "The lines above the total do not add up to it in every period; shares are of the printed total."
    )

def change_chart(window: Window, index: int) -> None:
    assert expenses is not None
    chart = line_changes(expenses, window, in_unit=release_unit(release))  # the release's one unit (UI-46)
    assert window.prior is not None  # `compared` keeps only the windows with a prior
    if chart is not None:
        comparison_cautions(release, window.current, window.prior, results=False)
        show_chart(chart, key=f"expenses_change_{index}", release=release)
        st.caption(CHANGE_RULE)  # the Periods table's rule, a cost's size in either print (UI-46)


def lines_table(window: Window, index: int) -> None:
    """The window's lines in one full-width table, amount, share and change side by side (UI-53: the charts' own
    tables, in half-width columns, had cut their figures and kept the share apart from the change)."""
    assert expenses is not None
    table = window_table(expenses, window, in_unit=release_unit(release))
    if table is None:
        return
    st.markdown(md(f"**{window.name}: each line, its share of the total and its change against a year earlier**"))
    figures = {name: st.column_config.TextColumn(name, alignment="right") for name in table.columns[1:]}
    columns = {**figures, **table_columns(table)}
    # laid out as the Periods table is: the line, its change %, then the figures, and on a phone a word of the
    # columns a swipe away (UI-54: at 420 px Timberland's tables had shown the Line column alone, unsaid)
    order = reading_order(table.columns)
    # the legend every change table prints (UI-59: Timberland's "n/m" and whole percents had stood unsaid here)
    if notes := change_notes(window_changes(expenses, window), list(table["Change %"]),
                             expenses.statement.printed_unit(), sign):
        st.caption(plain(notes))
    # on a phone each row whole on a line of its own, as on the Periods page (UI-59)
    table_or_lines(table, [plain(line) for line in change_lines(table[order])], key=f"expenses_table_{index}",
                   column_config=columns, column_order=order, height=table_height(len(table)))


left, right = st.columns(2, gap="large")
with left:
    top = TOP_LINES
    if len(expenses.components) > TOP_LINES + 1:
        # Many lines: the largest one by one, the rest as "Other"; the reader can open them up.
        top = st.slider(
            "Lines shown one by one (the rest are summed as Other)",
            min_value=3, max_value=len(expenses.components), value=TOP_LINES, key="expenses_top",
        )  # fmt: skip
    show_chart(composition(expenses, top), key="expenses_composition", release=release)
with right:
    if printed_windows:
        tabs = st.tabs([window.name for window in printed_windows])
        for index, (tab, window) in enumerate(zip(tabs, printed_windows, strict=True)):
            with tab:
                change_chart(window, index)
    elif not compared:
        missing("The release prints no year-earlier columns, so there is no change per line to show.")


for index, window in enumerate(printed_windows):
    lines_table(window, index)

# The derived windows last, under a rule, each said as worked out and not printed, in an expander a reader opens
for offset, window in enumerate(derived, start=len(printed_windows)):
    st.divider()
    with st.expander(f"{window.name}: worked out as {derived_basis(window)}, not printed", icon=":material/calculate:"):
        st.caption(f"Not a figure the release prints: each year's {derived_basis(window)} "
                   f"({window.current.label.replace(' minus ', ' less ')}, and the same a year earlier). Read it "
                   "beside the printed windows above, never as the company's own.")
        if (said := mover_said(window)) is not None:
            st.markdown(said)
        change_chart(window, offset)
        lines_table(window, offset)
