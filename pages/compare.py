"""Compare: one company's releases merged over time, or several companies side by side.

Works on every release in the session and in the library. Labels and names from the files appear only in
tables, select boxes, chart text and escaped Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from core.analysis.companies import (
    LIBRARY_SHARED,
    amendment,
    figures_differ,
    group_by_company,
    library_copies,
    loaded_said,
    period_said,
    release_label,
    releases_counted,
    same_period_pairs,
)
from core.analysis.currency import mixed_currencies_note, release_currency
from core.analysis.metrics import StandardMetrics, standard_metrics
from core.analysis.periods import period_name
from core.analysis.side_by_side import (
    BASIS_NAMES,
    Basis,
    SideBySide,
    basis_printed,
    library_companies,
    picks_said,
    side_by_side,
    starting_picks,
    working_words,
)
from core.charts import Chart
from core.charts.memo import (
    NOTE_LEGEND,
    column_heading,
    common_size_bars,
    margins_left_out,
    memo_base_legend,
    memo_marks,
    memo_notes,
    memo_notes_marked,
    memo_numbers,
    memo_table,
    short_headings,
    stated_cash_legend,
    units_said,
)
from core.charts.over_time import OverTime, building_words, nothing_drawn_said, over_time
from core.charts.side_by_side import MEASURES, comparison_bars, comparison_table, marks_in, units_caption
from core.comparison_frames import (
    releases_frame,
    releases_stacked,
    restatements_frame,
    restatements_table,
    series_frame,
    side_by_side_frame,
)
from core.formatting import how_many, status_legend
from core.model import Period, Release
from pages._downloads import sheets_xlsx, side_by_side_xlsx
from pages._library import sample_sha
from pages._markdown import plain
from pages._session import COMPARE_MODE, OVER_TIME, SIDE_BY_SIDE, current_release, every_release, releases
from pages._widgets import (
    GRID_ROW_PX,
    METRIC_COLUMN_PX,
    PHONE_PAGE_PX,
    WIDE_PAGE_PX,
    chart_downloads,
    grid_height,
    heading,
    keep,
    lasting,
    missing,
    phone_caption,
    show_chart,
    show_source,
    table_or_lines,
    text_width,
)

COMPANY = "compare_company"
COMPANY_FOLLOWS = "compare_company_follows"  # the release in view when the company was last set from it
BASIS_FOLLOWS = "compare_basis_follows"  # the releases picked when the period was last set from what they print
WITH_LIBRARY = "compare_with_library"  # over time, the library's releases added to the session's



def _named(short: str, full: str) -> str:
    """ "KPO: Kaveri Packaging", or the name once where the column is headed by it whole ("Apple", not
    "Apple: Apple", as the browser review of round 213 found)."""
    return plain(full) if short == full else f"{plain(short)}: {plain(full)}"

def period_text(period: Period | None) -> str:
    return "—" if period is None else period_name(period)


def _set_key(named: Iterable[tuple[str, Release]]) -> tuple[tuple[str, str], ...]:
    """What the page's caches keep a set of releases by: each one's name and SHA-256, in order."""
    return tuple((name, release.sha256) for name, release in named)


@st.cache_resource(show_spinner=False, max_entries=32)
def _compared(key: tuple[tuple[str, str], ...], basis: Basis,
              _releases: tuple[Release, ...]) -> tuple[SideBySide, list[StandardMetrics]]:
    """The releases aligned side by side and each one's standard metrics, kept per set of releases (`key`: each
    one's name and SHA-256) and period: a rerun, a click on a chart or a tab, computes neither again."""
    return side_by_side(_releases, basis), [standard_metrics(release, basis) for release in _releases]


@st.cache_resource(show_spinner=False, max_entries=32)
def _over_time(key: tuple[tuple[str, str], ...], _releases: tuple[Release, ...]) -> OverTime:
    """One company's series and charts over time, kept per set of releases (`key`: each one's name and SHA-256):
    a rerun, a click on a chart or a tab, builds none of them again. The charts are drawn by copies
    (`Chart.untitled`), never changed in place, so every session may share them."""
    return over_time(_releases)


st.title("Compare")
available = every_release()
if not available:
    st.info("No release is loaded. Upload releases in the sidebar, or open them from the library.")
    st.stop()
mode = st.radio("Compare", [OVER_TIME, SIDE_BY_SIDE], horizontal=True, key=lasting(COMPARE_MODE))
keep(COMPARE_MODE)
groups = group_by_company(available)
# Where the releases come from, said: the library's had been listed beside the session's without a word (a
# browser review), a visitor finding companies they had not uploaded today.
# UI-52: the count is of this session's own, the library's (other sessions') said apart
own_names = set(releases())
own = [r for r in available if r.name in own_names]
shared = [r for r in available if r.name not in own_names]
st.caption(plain(loaded_said(own, shared) + (f" {LIBRARY_SHARED}" if shared else "")))

if mode == OVER_TIME:
    # UI-55: the library's releases had joined a company's series unmarked, two Apple files uploaded drawn as four
    # releases: they are added only when asked for (on by itself where the session loaded none of its own), and
    # never a library copy of a period the session loaded, whose figures had replaced the upload's
    st.session_state.setdefault(lasting(WITH_LIBRARY), not own)
    with_library = st.toggle(
        "Add the library's releases", key=WITH_LIBRARY, disabled=not shared,
        help="Releases kept in the library (sidebar), by you or by other visitors: a company's other quarters "
             "join its series, marked in the table of releases. A library release of a period you loaded is "
             "left out, so your figures are the ones drawn.",
    )
    keep(WITH_LIBRARY)
    copies = library_copies(own, shared) if with_library else ()
    pool = [*own, *(r for r in shared if with_library and all(r is not copy for copy in copies))]
    if not pool:
        st.info("No release is loaded in this session. Turn on \"Add the library's releases\" to compare the "
                "library's, or upload releases in the sidebar.")
        st.stop()
    groups = group_by_company(pool)
    library_names = {r.name for r in shared}
    titles = {g.key: f"{g.title} · {releases_counted(g.releases)}" for g in groups}
    # The company of the release in view, until the reader picks another; a new release in view (chosen in
    # the sidebar) brings its company back.
    current = current_release()
    in_view = next((g.key for g in groups if current is not None and any(r.name == current.name for r in g.releases)),
                   groups[0].key)
    followed = current.name if current is not None else None
    if st.session_state.get(COMPANY_FOLLOWS) != followed or st.session_state.get(COMPANY) not in titles:
        st.session_state[COMPANY] = in_view
        st.session_state[COMPANY_FOLLOWS] = followed
    key = st.selectbox("Company", list(titles), format_func=titles.__getitem__, key=COMPANY)
    group = next(g for g in groups if g.key == key)
    # the slow step, said while it runs and kept per set of releases (UI-59: 9-10 s with two uploads, 24.6 s under
    # load, with only Streamlit's corner icon moving)
    with st.spinner(plain(building_words(group.title, len(group.releases)))):
        built = _over_time(_set_key((r.name, r) for r in group.releases), tuple(group.releases))
    series, charts = built.series, built.charts
    st.caption(
        "Quarters come from the releases' own three-month columns, from year-to-date columns (Q1 = 6M − Q2, "
        "Q3 = 9M − 6M, Q4 = 12M − 9M; hatched or hollow where derived) and from later releases' prior-year "
        "columns. Amounts in the latest release's units."
    )
    heading("Releases in the series")
    # a table wider than a phone, a line a release on one (UI-57: the table's columns had run past 420 px)
    releases_used = releases_frame(series, library_names)
    table_or_lines(releases_used, [plain(line) for line in releases_stacked(releases_used)],
                   key="compare_releases_used")
    if left_copies := library_copies([r for r in group.releases if r.name in own_names], copies):
        st.caption(plain(
            "Left out: the library's " + ", ".join(copy.name for copy in left_copies) + ", reporting a period "
            "loaded in this session; the session's figures are used."))
    for earlier, later in same_period_pairs(group.releases):
        st.caption(plain(
            f"{earlier.name} and {later.name} report the same period"
            + (f" ({later.name} is an amendment, {later.metadata.form_type})" if amendment(later) else "")
            + ("; they print different figures for some lines" if figures_differ(earlier, later) else "")
            + f"; where both print a figure, {later.name}'s is used."))
    if note := mixed_currencies_note([(r.name, release_currency(r)) for r in series.releases]):
        st.warning(plain(note), icon=":material/currency_exchange:")
    if len(group.releases) == 1:
        missing(
            "Only one release of this company is loaded, so the series holds just its own columns. Load its "
            "other quarters (upload them, or open them from the library) to fill the series."
        )
    if series.restatements:
        st.warning(
            f"{how_many(len(series.restatements), 'figure')} {'was' if len(series.restatements) == 1 else 'were'} "
            "reported differently by different releases. Where two "
            "releases print a figure, the later one's is used; where a later release's year-to-date figures "
            "imply a quarter other than the one printed earlier, the printed quarter is kept. The other "
            "readings are marked with a cross on the charts and listed here.",
            icon=":material/history_edu:",
        )
        heading("Figures reported differently")
        st.dataframe(restatements_table(series), hide_index=True, key="compare_restatements")
        if legend := status_legend(v.status for r in series.restatements for v in r.versions):
            st.caption(legend)
    if series.share_jumps:
        st.warning(plain(series.share_jumps), icon=":material/call_split:")
    stem = (series.ticker or group.key).lower().replace(" ", "_")
    left, right = st.columns(2, gap="large")
    for index, chart in enumerate(built.aligned):
        with left if index % 2 == 0 else right:
            show_chart(chart, key=f"compare_series_{index}", owner=stem, half=True)
    if not charts:
        missing(nothing_drawn_said(group.releases))
    elif built.not_drawn:
        # every chart left out named, with why (UI-55: Southern's EPS and share counts had gone without a word)
        st.caption("\n".join(f"- {plain(line)}" for line in built.not_drawn))
    st.subheader("Downloads")
    frame = series_frame(series)
    columns = st.columns(2)
    columns[0].download_button(
        "Series (CSV)", frame.to_csv(index=False).encode(), f"{stem}_series.csv", "text/csv",
        icon=":material/download:", width="stretch", key="compare_series_csv",
    )  # fmt: skip
    columns[1].download_button(
        "Series (Excel)",
        # made when clicked: 0.7-3.5 s of every run (UI-59), as side by side's is
        lambda: sheets_xlsx({"series": frame, "restatements": restatements_frame(series), "releases": releases_used}),
        f"{stem}_series.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        width="stretch",
        key="compare_series_xlsx",
    )
    chart_downloads(charts, stem=stem, key="compare_series_export", company=group.title)

else:
    names = {r.name: r for r in available}
    # every release's form before the file name, as in the sidebar: one release in two forms (its HTML exhibit and its
    # EDGAR submission) told apart (UI-64), and no row naming it where the next does not (a browser review)
    # (period and form first, as the sidebar's: a phone's chip cuts a long company name's end, UI-68)
    labels = {
        name: f"{release_label(release.metadata.company or name, period_said(release) or 'no period', release.format)}"
        f" — {name}"
        for name, release in names.items()
    }
    # By default, the release in view (the one chosen in the sidebar), then every release the session uploaded (up
    # to the page's limit), the bundled sample where that makes one company; the library's releases only in a
    # session with no upload of its own: a visitor's own uploads are what they came to compare. (UI-45: with AZZ
    # chosen in the sidebar the page had said "yours first" and picked three others; UI-57: a fourth upload,
    # Alkermes, had been left to a caption; UI-59: another visitor's Nephros had joined Apple and Oracle.)
    sample = sample_sha()
    uploaded = [name for name, release in releases().items() if release.sha256 != sample]
    viewed = current_release()
    default, chosen = starting_picks(groups, viewed.name if viewed is not None else None, uploaded, sample,
                                     own_names)
    picked = st.multiselect(
        "Releases", list(names), default=default, format_func=labels.__getitem__, key="compare_picked"
    )
    if (len(groups) > len(default) or not set(uploaded) <= set(default) or not set(default) <= own_names) \
            and picked == default:
        # the first picks are said to be a start, and which they are: a fourth company uploaded had been left out
        # without a word (a browser review); the library's, picked on a first visit, are said to be other visitors'
        # even where every company is in view
        st.caption(plain(picks_said(
            default, chosen, names[chosen].metadata.company or chosen if chosen else None, uploaded,
            sample=next((name for name in default if names[name].sha256 == sample), None),
            library=library_companies(groups, own_names))))
    if len(picked) < 2:
        missing("Pick two or more releases to put side by side.")
        st.stop()
    # the period every chosen release prints, until the reader picks another; a new set of releases chooses again
    # (UI-66: half-year and year releases had started on "Latest quarter", which none of them prints)
    if st.session_state.get(BASIS_FOLLOWS) != sorted(picked):
        st.session_state["compare_basis"] = basis_printed(names[name] for name in picked)
        st.session_state[BASIS_FOLLOWS] = sorted(picked)
    basis = st.radio(
        "Period", list(BASIS_NAMES), format_func=BASIS_NAMES.__getitem__, horizontal=True, key="compare_basis"
    )
    # the slow step, said while it runs and kept per set of releases and period (UI-57: 23 s with six releases,
    # under load, with no word of what was being worked out)
    with st.spinner(plain(working_words(len(picked)))):
        comparison, found = _compared(_set_key((name, names[name]) for name in picked), basis,
                                      tuple(names[name] for name in picked))
    heading("Periods compared")
    st.dataframe(
        {
            "Company": [c.title for c in comparison.columns],
            "File": [c.release.name for c in comparison.columns],
            "Statement of operations covers": [period_text(c.period) for c in comparison.columns],
            "Balance sheet at": [period_text(c.balance_date) for c in comparison.columns],
        },
        hide_index=True,
        key="compare_columns",
    )
    if comparison.lengths_note:
        st.warning(plain(comparison.lengths_note), icon=":material/event:")
    elif len({c.period.end if c.period else None for c in comparison.columns}) > 1 and not comparison.far_apart:
        st.caption("The columns are periods of the same length ending on different dates (see the table above).")
    if comparison.far_apart:
        # years between the periods: a grey caption had been all that was said of 2011 beside 2015
        st.warning(plain(comparison.far_apart + " Prices, rates and the economy differ between them too."),
                   icon=":material/history:")
    if comparison.weeks_note:
        st.warning(plain(comparison.weeks_note), icon=":material/date_range:")
    if comparison.currency_note:
        st.warning(plain(comparison.currency_note), icon=":material/currency_exchange:")
    # The memo: the standard metrics of each company, one column each, as an analyst would write them.
    st.subheader("Standard metrics")
    memo = memo_table(found)
    st.caption(
        "Margins and operating expenses are percentages of each company's own revenue (common size), so "
        f"companies of any size compare directly. {units_said(memo)} Burn and runway only for a company that "
        "burns cash."
    )
    shorts = short_headings(found)
    st.caption(
        "Columns: "
        + "; ".join(f"{_named(short, column_heading(c).split(' · ')[0])}, {period_text(c.period)}, "
                    f"balance at {period_text(c.balance_date)}"
                    for short, c in zip(shorts, found, strict=True))
        + "."
    )
    # Companies headed short, their full names in the tooltip; the metric column as wide as its longest words,
    # so "Operating expenses, % of revenue" is read whole and pinned while the rest scrolls.
    widths = {"Metric": min(text_width(memo["Metric"]), METRIC_COLUMN_PX),
              **{short: text_width([short, *memo[short]]) for short in shorts}}
    if sum(widths.values()) > WIDE_PAGE_PX:
        # the grid hides the columns past the page's edge without a scroll bar until hovered (UI-30: a fifth
        # company's column had not been seen at 1440 px)
        st.caption(f"The table is wider than the page: scroll it sideways to see all {len(shorts)} companies.")
    elif sum(widths.values()) > PHONE_PAGE_PX:
        # on a phone the pinned metric names and the first company fill the screen (UI-40): the others are
        # there, a swipe away, which the grid does not show
        phone_caption(f"On a phone, swipe the table sideways to see all {len(shorts)} companies; the metric names "
                      "stay pinned.", key="compare_memo_swipe")  # (at desktop width every company is in view)
    # no unit column: each figure says its unit (`memo._cell_text`). First, at phone width the pinned metric and
    # a unit column had filled the screen (UI-36); then, put last, the unit was off-screen with six companies at
    # 1,400 px (UI-38)
    st.dataframe(memo, hide_index=True, key="compare_memo", width="stretch", height=grid_height(len(memo)),
                 row_height=GRID_ROW_PX,
                 column_config={"Metric": st.column_config.TextColumn(width=widths["Metric"], pinned=True),
                                # each company as wide as its figures and period, none cut inside its cell
                                **{short: st.column_config.TextColumn(help=column_heading(c), width=widths[short])
                                   for short, c in zip(shorts, found, strict=True)}})
    # Under the table, one line of its marks; every note in one expander (UI-52: ten paragraphs between the table
    # and the chart, which users skip). Each figure a note speaks of carries `NOTE_MARK`.
    marks_said = [status_legend(memo_marks(found)), memo_base_legend(found), stated_cash_legend(found),
                  NOTE_LEGEND if memo_notes_marked(found) else ""]
    if said := " ".join(part for part in marks_said if part):
        st.caption(plain(said))
    notes_said = memo_notes(found, shorts)
    if notes_said:
        with st.expander("Notes on these figures", icon=":material/sticky_note_2:"):
            for note in notes_said:
                st.caption(plain(note))
    trace_names = {
        f"{column_heading(column)} — {metric.name}": (column.release, metric.sources)
        for column in found
        for metric in column.metrics
        if metric.sources
    }
    with st.expander("Where does a figure come from?", icon=":material/manage_search:"):
        picked_trace = st.selectbox("Figure", list(trace_names), key="compare_trace")
        if picked_trace:
            source_release, spans = trace_names[picked_trace]
            show_source(source_release, spans, key="compare_trace_source", what=picked_trace)
    drawn: dict[str, Chart] = {}
    # Files of charts over several companies are named for all of them, so two comparisons never collide.
    owners = "_".join(c.title for c in comparison.columns)
    common = common_size_bars(found)
    left_out = margins_left_out(found)
    if common is not None:
        drawn["Margins"] = common
        show_chart(common, key="compare_margins", owner=owners)
        if left_out:
            st.caption(plain("Not in the margins chart: " + "; ".join(left_out) + "."))
    elif left_out:
        # a comparison chart of one company compares nothing (UI-50: Oracle's bars alone)
        one = len(found) - len(left_out) == 1
        st.caption(plain("Margins are not charted side by side: "
                         + ("only one company has" if one else "no company has") + " ratios to draw. "
                         + "; ".join(left_out) + ". The memo above gives every figure."))
    with st.expander("Every printed line, aligned", icon=":material/table_rows:"):
        st.caption(
            "Lines align by concept, else by label; a line only one company prints is blank for the others. "
            "Per weighted share uses each column's own weighted shares, balance-sheet lines included (an "
            "approximation)."
        )
        tabs = st.tabs(list(MEASURES.values()))
        for tab, (measure, name) in zip(tabs, MEASURES.items(), strict=True):
            with tab:
                table = comparison_table(comparison, measure)
                if table.empty:
                    missing(
                        "No line can be shown this way: it needs revenue, total operating expenses or share counts."
                    )
                    continue
                # the unit, said once: releases in millions and in thousands read in the coarser (UI-51)
                st.caption(plain(units_caption(comparison, measure)))
                # Companies headed short, each column's full heading its tooltip (the memo's way).
                st.dataframe(table, hide_index=True, key=f"compare_table_{measure}",
                             column_config={"Line": st.column_config.TextColumn(pinned=True),
                                            **{short: st.column_config.TextColumn(help=column.heading)
                                               for short, column in zip(comparison.short_headings,
                                                                        comparison.columns, strict=True)}})
                if legend := status_legend(marks_in(comparison, measure)):
                    st.caption(legend)
                bars = comparison_bars(comparison, measure)
                if bars is not None:
                    drawn[name] = bars
                    show_chart(bars, key=f"compare_bars_{measure}", owner=owners)
    st.subheader("Downloads")
    frame = side_by_side_frame(comparison)
    buttons = st.columns(3)
    buttons[0].download_button(
        "Standard metrics (CSV)", memo_numbers(found).to_csv(index=False).encode(), "standard_metrics.csv",
        "text/csv", icon=":material/download:", width="stretch", key="compare_memo_csv",
    )  # fmt: skip
    buttons[1].download_button(
        "Side by side (CSV)", frame.to_csv(index=False).encode(), "side_by_side.csv", "text/csv",
        icon=":material/download:", width="stretch", key="compare_sbs_csv",
    )  # fmt: skip
    buttons[2].download_button(
        "Side by side (Excel)",
        lambda: side_by_side_xlsx(found, comparison),  # made when clicked: 0.7 s of every run (UI-57)
        "side_by_side.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        width="stretch",
        key="compare_sbs_xlsx",
    )
    chart_downloads(drawn, stem="side_by_side", key="compare_sbs_export")
