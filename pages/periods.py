"""Periods: the quarter and the year-to-date against a year earlier, line by line, and the derived quarter."""

from __future__ import annotations

import streamlit as st

from core.analysis import derived_windows, period_name, windows, with_derived
from core.analysis.comparisons import CHANGE_RULE, change_heading, change_notes, compare
from core.analysis.currency import statement_currency
from core.analysis.derived import derivable, fiscal_quarter, no_derived_quarter
from core.analysis.structure import operations_statement
from core.charts import (
    comparison_bars,
    quarter_trend,
    release_abbreviations,
    release_unit,
    result_waterfall,
    why_no_waterfall,
)
from core.charts.periods import change_lines, default_lines, lines_left_out, reading_order
from core.charts.verified import mark_unverified, marks_key
from core.formatting import currency_sign, sentence_case
from pages._markdown import plain
from pages._widgets import (
    GRID_ROW_PX,
    PLOTLY_CONFIG,
    comparison_cautions,
    header,
    heading,
    missing,
    not_checked,
    release_or_stop,
    selected_source,
    show_chart,
    show_source,
    shown_names,
    table_columns,
    table_height,
    table_or_lines,
    unread_note,
    unverified,
)

release = release_or_stop()
header(release, "Periods")
found = operations_statement(release)  # the quarter's statement with the full year's, where printed apart
if found is None:
    missing("No statement of operations was found in this release, so there are no periods to compare."
            + unread_note(release))
    st.stop()
assert found is not None  # st.stop() does not return
operations = found

printed = windows(operations)
# one unit for every chart and table of the release, worked out from its main statements (UI-46: Forian's
# panels, table and bridge had read "(0.007)" and "0.000" of $ millions; ManTech's table "610.912")
unit = release_unit(release)
quarter = fiscal_quarter(release)  # twelve months beside a third quarter are trailing: see derivable
derived = derived_windows(operations, quarter)
extended = with_derived(operations, quarter)
compared = tuple(window for window in (*printed, *derived) if window.prior is not None)

st.subheader("Against the same period a year earlier")
if compared:
    every_line = tuple(dict.fromkeys(c.label for w in compared for c in compare(extended, w) if c.kind == "amount"))
    drawn = default_lines(extended, compared)
    if len(every_line) > len(drawn):
        # Many lines: the standard ones are drawn, the reader adds any other (the table lists them all).
        drawn = tuple(
            st.multiselect(
                # (one picker a release: another's lines, kept under one key, had left none drawn after a switch)
                "Lines drawn", every_line, default=list(drawn), key=f"periods_lines_{release.sha256 or release.name}",
                help="The chart starts with the lines every release names; add any other printed line.",
            )
        )  # fmt: skip
        if left_out := lines_left_out(every_line, drawn):
            st.caption(plain(left_out))
    # One chart per window, one under the other: each title wraps as page text instead of being cut off
    # inside the figure at phone width. The tables follow, a tab per window.
    charts = []
    for index, window in enumerate(compared):
        # every panel in the one unit all read in (UI-45: Forian's quarter in thousands, its nine months in millions)
        bars = comparison_bars(extended, (window,), drawn, release_abbreviations(release), alongside=compared,
                               in_unit=unit, prose=release.prose)
        chart, doubted = mark_unverified(bars, release)
        charts.append(chart)
        heading(chart.title)
        assert window.prior is not None  # `compared` keeps only the windows with a prior
        comparison_cautions(release, window.current, window.prior)
        event = st.plotly_chart(
            chart.untitled(), key=f"periods_bars_{index}", alt=chart.alt_text, config=PLOTLY_CONFIG,
            on_select="rerun", selection_mode="points",
        )  # fmt: skip
        st.caption(plain(chart.alt_text) + " Click a bar to see its line in the release.")
        if key_to_marks := marks_key(chart.figure):  # one key to the patterns on every page (UI-62)
            st.caption(key_to_marks)
        if doubted:
            unverified(doubted)
        not_checked(chart)
        selected_source(chart, event, release, f"periods_bars_{index}")
    heading(change_heading(statement_currency(operations)))
    tabs = st.tabs([window.name for window in compared])
    for index, (tab, window, chart) in enumerate(zip(tabs, compared, charts, strict=True)):
        assert window.prior is not None  # `compared` keeps only the windows with a prior
        with tab:
            table = chart.marked_data().drop(columns="Window")
            # under the table, one legend for every change table (UI-59): why a percent is a range, why one is
            # whole (¶), why one is n/m, and the text's finer figures a change is worked out on (‡)
            notes = change_notes(compare(extended, window, release.prose), list(table["Change %"]),
                                 operations.printed_unit(), currency_sign(statement_currency(operations)),
                                 lambda label: sentence_case(label, release_abbreviations(release)))
            st.caption(
                f"{period_name(window.current)} against {period_name(window.prior)}. {CHANGE_RULE} "
                + (f"{plain(notes)} " if notes else "") + "Select a row to see its line in the release."
            )
            columns = table_columns(table)
            order = reading_order(table.columns)  # the change % beside the line, in view on a phone (UI-53)
            shown = shown_names(table, columns)  # two names cut alike told apart; `table` keeps them whole
            # on a phone each row whole on a line of its own (UI-59: at 420 px the grid had cut "+652.6 to +752.9%"
            # to "+652.6 to +752", the figures a swipe away)
            picked = table_or_lines(
                shown, [plain(line) for line in change_lines(table[order])], key=f"periods_table_{index}",
                on_select="rerun", selection_mode="single-row", column_config=columns, column_order=order,
                height=table_height(len(shown)), row_height=GRID_ROW_PX,
            )
            rows = list(getattr(getattr(picked, "selection", None), "rows", None) or [])
            found_source = chart.source_of(table.iloc[rows[0]]["Line"]) if rows else None
            if found_source is not None:
                show_source(release, found_source[1], key=f"periods_table_source_{index}", what=found_source[0])
else:
    missing("The release prints no year-earlier columns, so there is nothing to compare against.")

st.subheader("Bridge to the net result")
choices = [p for p in extended.periods if p.months is not None]
if choices:
    period = st.selectbox("Period", choices, format_func=period_name, key="periods_waterfall_period")
    waterfall = result_waterfall(extended, period, release_abbreviations(release), unit)
    if waterfall is not None:
        show_chart(waterfall, key="periods_waterfall", release=release)
    else:
        missing(why_no_waterfall(extended, period))

st.subheader("Quarter by quarter")
trend = quarter_trend(extended, unit)
if trend is None and derived:
    missing(
        "Only the quarter and one year-to-date column end on this date, so the derived period above ("
        + ", ".join(period_name(w.current) for w in derived)
        + ") is the only one the statement of operations implies, and no single earlier quarter can be drawn from it."
        " Quarterly tables printed elsewhere in the release (a revenue trend by quarter) are not read into this chart."
    )
elif trend is None:
    reason = no_derived_quarter(operations, quarter, release.warnings)
    missing(reason.sentence if reason is not None else "The release implies no earlier quarter to draw.")
else:
    explained = "; ".join(
        f"**{period_name(d.period)}** = {period_name(d.longer)} minus {period_name(d.shorter)}"
        for d in derivable(operations, quarter)
    )
    if explained:
        st.markdown(
            f"Derived, not printed: {explained}. Only amounts subtract; per-share figures and weighted share "
            "counts are not additive, so they are left blank for derived quarters."
        )
    else:
        st.markdown("Every quarter the release prints, in date order.")
    show_chart(trend, key="periods_trend", release=release)
