"""Layout pieces every page uses: the release header, a chart with its table and alt text, notes."""

from __future__ import annotations

import dataclasses
import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from core.analysis.companies import period_said
from core.analysis.metrics import (
    discontinued_operations,
    one_off_items,
    owner_change,
    share_count_change,
    uneven_weeks,
)
from core.analysis.trace import source_excerpt
from core.charts import Chart
from core.charts.export import data_csv, download_name, figure_html, figure_image, image_export_available
from core.charts.verified import mark_unverified, marks_key, say_marks
from core.checks.verification import describe_doubt
from core.formatting import STATUS_MARKS, STATUS_WORDS, how_many, status_legend
from core.model import CheckResult, Diagnostic, Period, Release, SourceSpan, Statement, StatementKind
from pages._library import sample_sha
from pages._markdown import plain
from pages._session import current_release

# A table's "Checks" column as wide as its words ("† not checked"), which the default width had cut to "† not chec"
# (browser review of round 213), and no wider: Streamlit's "medium", 200 px, had pushed Southern's "Change %" past
# the grid's edge at 1,400 px, "+62% to +6" (UI-50).
CHECKS_COLUMN = "Checks"
# A table cell's text at the grid's 14 px font, about 8 px a character at most (figures and capitals), and the
# cell's padding either side: the width a column needs to show its longest text whole.
CELL_CHAR_PX, CELL_PADDING_PX = 8, 24
# Columns of words beside a figure, sized to their longest text: Streamlit's own width had cut Cree's
# "-348.6% (larger loss)" at 1,400 px to "-348.6% (larger los…" (UI-43), and a line's name ManTech's "INCOME
# FROM OPERATIONS BEFORE INCOME TAXES AND EQUITY METHOD INVESTMENTS" to "INCOME FROM OPERATIONS BEFORE INC" (UI-44).
WORDED_COLUMNS = ("Change %", "Line")
# The line names' column, which gives way: as wide as its longest name only where the other columns still fit
# beside it in `TABLE_ROOM_PX` (UI-45: ManTech's 72-character name, given its whole width at UI-44, had pushed
# "Change ($ millions)" and "Change %" off the grid at 1,400 px). A name longer than the room left is cut, whole
# in its cell's overlay when clicked and in the source panel when its row is selected; never narrower than
# `LINE_MIN_PX`, about 16 characters in capitals (22 in the grid's average; 150 px since UI-56 gave a range of
# percents its tenths): a name cut shorter is whole when clicked, where a figure cut reads as another (UI-50: at
# 220 px, Southern's "Change %" had been pushed off).
LINE_COLUMN = "Line"
# A table's width in the main column at 1,400 px with the sidebar open (940 px measured in Chromium, 1.67's
# grid), less a vertical scrollbar's room.
TABLE_ROOM_PX = 924
LINE_MIN_PX = 150
# A header's text at the grid's font, about 5.5 px a character measured in Chromium ("Year earlier ($ millions)"
# takes 150 px with its padding), taken as 6 to stay on the safe side; a row's selection box takes 33 px.
HEADER_CHAR_PX, SELECT_PX = 6, 33
# Streamlit's named column widths in pixels (1.67: st.column_config's "small", "medium" and "large").
NAMED_WIDTHS_PX = {"small": 75, "medium": 200, "large": 400}


def fitting_width(texts: Iterable[object]) -> int:
    """The pixels a column needs to show its longest text whole."""
    return CELL_CHAR_PX * max((len(str(text)) for text in texts), default=0) + CELL_PADDING_PX


def _column_px(name: str, cells: Iterable[object], config: ColumnConfig | None) -> int:
    """The pixels a column takes: its configured width, else at most what Streamlit sizes it to (its header's
    text or its longest cell)."""
    width = None if config is None else config.get("width")
    if isinstance(width, int):
        return width
    if isinstance(width, str) and width in NAMED_WIDTHS_PX:
        return NAMED_WIDTHS_PX[width]
    return max(HEADER_CHAR_PX * len(name) + CELL_PADDING_PX, fitting_width(cells))


def line_width(table: pd.DataFrame, others: dict[str, ColumnConfig], label: str = LINE_COLUMN,
               room: int = TABLE_ROOM_PX) -> int:
    """The line names' column (`label`): as wide as its longest name where the table's other columns (sized by
    `others`, else by their text) keep their room beside it in `room`, else the room they leave, at least
    `LINE_MIN_PX`."""
    whole = fitting_width([label, *table[label]])
    taken = SELECT_PX + sum(_column_px(str(name), table[name], others.get(str(name)))
                            for name in table.columns if name != label)
    return min(whole, max(LINE_MIN_PX, room - taken))


# The room a table has inside an expander on the main column at 1,400 px with the sidebar open: `TABLE_ROOM_PX`
# less the expander's padding either side.
EXPANDER_ROOM_PX = TABLE_ROOM_PX - 34


def figure_columns(table: pd.DataFrame, figures: Sequence[str], helps: dict[str, str],
                   label: str = "label") -> dict[str, ColumnConfig]:
    """A statement's table on the Data page: each column of figures as wide as its longest text and heading,
    right-aligned, its printed heading in its help; the line names' column as wide as its longest name where the
    figures keep their room beside it in an expander (`EXPANDER_ROOM_PX`), else the room they leave, at least
    `LINE_MIN_PX`, so every period stands in view at 1,400 px (UI-53: two of Allos's four had been a scroll away)."""
    columns: dict[str, ColumnConfig] = {
        name: st.column_config.TextColumn(name, width=_column_px(name, table[name], None), alignment="right",
                                          help=helps.get(name))
        for name in figures}
    # the figures alone beside the names: the columns after them (where a line stands, its concept) may scroll
    width = line_width(table[[label, *figures]], columns, label=label, room=EXPANDER_ROOM_PX)
    columns[label] = st.column_config.TextColumn(label, width=width)
    return columns


def table_columns(table: pd.DataFrame) -> dict[str, ColumnConfig]:
    """Each of `WORDED_COLUMNS` the table holds, and its `CHECKS_COLUMN`, as wide as its longest text and heading,
    but the line names' column as `line_width` leaves it, so the figures and changes beside it stay in view."""
    columns: dict[str, ColumnConfig] = {
        name: st.column_config.TextColumn(name, width=fitting_width([name, *table[name]]))
        for name in (CHECKS_COLUMN, *WORDED_COLUMNS) if name in table.columns and name != LINE_COLUMN}
    if LINE_COLUMN in table.columns:
        width = line_width(table, columns)
        cut = width < fitting_width([LINE_COLUMN, *table[LINE_COLUMN]])
        columns[LINE_COLUMN] = st.column_config.TextColumn(
            LINE_COLUMN, width=width,
            help="A long name is cut here: click its cell, or select its row to see it in the release." if cut
            else None)
    return columns

# Plotly's toolbar keeps its camera alone (Streamlit adds its full-screen button beside it): each of its buttons is a
# stop on the keyboard's way down the page, and eight a chart had made the Periods page's five charts forty stops
# (UI-62). Dragging still zooms and a double click still resets; the page's downloads give the data and the chart.
MODEBAR_REMOVED = ["zoom2d", "pan2d", "zoomIn2d", "zoomOut2d", "autoScale2d", "resetScale2d", "lasso2d", "select2d"]
PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": MODEBAR_REMOVED}


def source_label(name: str) -> str:
    """A card's source button, named for its card ("Source of Net income (loss)"), Markdown-escaped: every card's
    had been announced alike, "search Source", its card unsaid (UI-62)."""
    return f"Source of {plain(name)}"


def card(title: str, value: str, help: str | None = None) -> None:
    """A metric whose title wraps onto a second line where the card is narrow: Streamlit cuts a metric's own
    label at its card's edge, and four cards at 1,400 px had read "Change in cash and invest…" and "Operating
    cash flow per m…" (UI-43, Cree's Cash page). The title is small text above the figure, the metric keeps it
    as its (hidden) label for readers of the page's structure."""
    st.markdown(f":small[{plain(title)}]", help=help)
    st.metric(title, value, label_visibility="collapsed")


def lasting(key: str) -> str:
    """`key` for a widget whose choice should outlive a visit to another page: Streamlit forgets the state of a
    widget its page did not draw, so the choice is kept under a key of its own and given back (UI-18: Compare
    had gone back to "One company over time" after a look at another page). Call `keep(key)` after the widget."""
    kept = f"{key}__kept"
    if key not in st.session_state and kept in st.session_state:
        st.session_state[key] = st.session_state[kept]
    return key


def keep(key: str) -> None:
    st.session_state[f"{key}__kept"] = st.session_state.get(key)


def release_or_stop() -> Release:
    """The release in view; without one, say how to get one and end the page here."""
    release = current_release()
    if release is None:
        st.info("No release is loaded. Upload an earnings release in the sidebar, or reload the sample.")
        st.stop()
    assert release is not None  # st.stop() does not return; this tells the type checker so
    return release


def statement_or_stop(release: Release, kind: StatementKind, why: str) -> Statement:
    """The release's primary statement of `kind`; without one, say what cannot be shown and end the page."""
    statement = release.statement(kind)
    if statement is None:
        missing(why + unread_note(release))
        st.stop()
    assert statement is not None  # st.stop() does not return
    return statement


SAMPLE_NOTE = ("This is a sample release bundled with the app. To read your own, use **Upload releases** in the "
               "sidebar (on a phone, open it with » at the top left; text, HTML, PDF or an EDGAR submission).")


def header(release: Release, page: str) -> None:
    """Page title plus who and when: "Allos Therapeutics, Inc. (Nasdaq: ALTH) · Q2 2004 · released ..."."""
    meta = release.metadata
    st.title(page)
    parts = [meta.company or release.name]
    if meta.ticker:
        parts[0] += f" ({meta.exchange + ': ' if meta.exchange else ''}{meta.ticker})"
    if period := period_said(release):
        parts.append(period)
    if meta.release_date is not None:
        parts.append(f"released {meta.release_date:%b %-d, %Y}")
    st.caption(" · ".join(plain(part) for part in parts))
    if release.sha256 == sample_sha():
        # A first visit opens on the sample: nothing had said it was one, nor where a visitor's own goes.
        st.info(SAMPLE_NOTE, icon=":material/lightbulb:")
    if release.diagnostics and page != "Data":  # (the Data page lists them under its own heading, with sources)
        # Open where something may be missing (a file cut off, bytes lost, figures unread); closed where the
        # reader only says what it chose (a scale, a column's length) or a check failed (marked on charts).
        lost = any(d.severity == "warning" for d in release.warnings)
        with st.expander(f"⚠️ {diagnostics_title(release)}", expanded=lost):
            st.markdown(diagnostics_list(release))
            st.caption("The Data page shows the source lines of each.")


def diagnostics_title(release: Release) -> str:
    """ "2 checks failed, 1 warning": what kind of doubt there is, counted."""
    failed, warnings = len(release.failed_checks), len(release.warnings)
    parts = ([f"{failed} check{'s' if failed != 1 else ''} failed"] if failed else []) + (
        [f"{warnings} warning{'s' if warnings != 1 else ''}"] if warnings else [])
    return ", ".join(parts)


def diagnostics_list(release: Release) -> str:
    """Each warning and failed check as a Markdown bullet: where first (lines, table), then what."""
    def where(diagnostic: Diagnostic) -> str:
        place = [str(diagnostic.span)] if diagnostic.span is not None else []
        if diagnostic.column is not None:
            place.append(f"character {diagnostic.column}")
        if diagnostic.table:
            place.append(plain(diagnostic.table))
        return f"**{' · '.join(place)}**: " if place else ""

    return "\n".join(f"- {where(d)}{plain(d.message)}" for d in release.diagnostics)


# Chart and table titles are headings (h3), sized as the bold line they had been: a screen reader's outline of
# Compare had held only "Compare" and "Downloads" (UI-55). The sidebar's page links show a ring when focused from
# the keyboard, where a focused link had looked like the current page (UI-55). One style, added by the sidebar on
# every page (a style alone takes no room).
HEADING_CLASS = "rl-title"
PAGE_CSS = ("<style>"
            f'[data-testid="stMarkdownContainer"] h3.{HEADING_CLASS} {{ font-size: 1rem; font-weight: 600; '
            "line-height: 1.6; padding: 0 0 0.5rem 0; margin: 0; }"
            '[data-testid="stSidebarNav"] a:focus-visible, [data-testid="stSidebarNavLink"]:focus-visible '
            "{ outline: 3px solid #0072B2; outline-offset: 2px; border-radius: 0.5rem; }"
            # a picker's chosen lines all in view, the box as tall as they are: Streamlit caps it and scrolls it
            # inside, and at 390 px the Periods page's "Lines drawn" had cut its fifth pill in half (UI-61)
            '[data-testid="stMultiSelect"] [data-testid="stMultiSelectTagsContainer"], '
            '[data-testid="stMultiSelect"] div:has(> [data-testid="stMultiSelectTagsContainer"]) '
            "{ max-height: none !important; }"
            "</style>")


def heading(text: str) -> None:
    """A chart's or a table's title as a real heading (h3, `PAGE_CSS` keeping it the size of body text)."""
    st.markdown(f'<h3 class="{HEADING_CLASS}">{html.escape(text)}</h3>', unsafe_allow_html=True)


def show_chart(chart: Chart, *, key: str, release: Release | None = None, owner: str = "",
               half: bool = False) -> None:
    """The figure, its alt text as a caption, and the numbers it draws one click away.

    With the `release` it was drawn from, clicking a bar (or a legend series' point) shows the printed
    lines behind it, highlighted, right under the chart. The data and the chart itself download from the
    expander, named for `owner` (by default the release's company, else its file). Titles and alt texts
    name lines and companies from the files, so both are shown escaped. A chart drawn `half` the page wide (one
    of two columns) says which of its table's columns are a scroll away (`half_width_note`).
    """
    doubted: tuple[CheckResult, ...] = ()
    if release is not None:
        chart, doubted = mark_unverified(chart, release)
    if chart.figure_marks and not chart.marks:
        # a chart over several releases patterns each bar by its own figure (`timeline.bar_pattern`): its labels
        # and hovers say the marks in words too (UI-62)
        figure = go.Figure(chart.figure)
        say_marks(figure)
        chart = dataclasses.replace(chart, figure=figure)
    if chart.title:
        heading(chart.title)
    traceable = release is not None and bool(chart.sources)
    if not owner and release is not None:
        owner = release.metadata.company or Path(release.name).stem
    title = chart.title or key
    # The chart's own camera button names its file as the downloads below do, at twice the pixels: it had
    # saved every chart as "plot-image.png", as wide as the page's column.
    camera = {"filename": download_name(owner, title, "png").removesuffix(".png"), "scale": 2}
    event = st.plotly_chart(
        chart.untitled(),
        key=key,
        config={**PLOTLY_CONFIG, "toImageButtonOptions": camera},
        alt=chart.alt_text,
        on_select="rerun" if traceable else "ignore",
        selection_mode="points",
    )
    st.caption(plain(chart.alt_text) + (" Click a bar to see its lines in the release." if traceable else ""))
    if key_to_marks := marks_key(chart.figure):  # the patterns' key beside every chart drawing them (UI-62)
        st.caption(key_to_marks)
    if doubted:
        unverified(doubted)
    not_checked(chart)
    if traceable and release is not None:
        selected_source(chart, event, release, key)
    with st.expander("Data behind this chart"):
        table = chart.marked_data()
        layout = table_columns(table)
        st.dataframe(table, hide_index=True, column_config=layout)
        if half and (scroll := half_width_note(table, layout)):
            st.caption(scroll)
        if legend := status_legend(chart.figure_marks.values()):
            st.caption(legend)
        columns = st.columns(2)
        columns[0].download_button(
            "Data (CSV)", data_csv(chart.marked_data()), download_name(owner, title, "csv"), "text/csv",
            icon=":material/download:", key=f"{key}_csv", width="stretch",
        )  # fmt: skip
        columns[1].download_button(
            "Chart (HTML)", lambda: figure_html(chart.figure), download_name(owner, title, "html"), "text/html",
            icon=":material/download:", key=f"{key}_html", width="stretch",
        )  # fmt: skip


def unverified(checks: tuple[CheckResult, ...]) -> None:
    """A badge saying the marked figures are not verified, and the failed checks one click away."""
    st.badge(f"Not verified: figures marked here are blamed by {how_many(len(checks), 'failed check')}",
             icon=":material/warning:", color="orange")
    with st.popover("Which checks failed", icon=":material/rule:"):
        st.markdown("\n".join(f"- {plain(describe_doubt(check))}" for check in checks))
        st.caption("A figure a failed check blames is cross-hatched, marked (not verified) or badged, and left out "
                   "of `python -m core facts`.")


def not_checked(chart: Chart) -> None:
    """A badge naming the dotted bars, those no check speaks of, with what the mark means in its tooltip; over
    several releases (Compare) one badge for each mark, naming the figures marked one by one."""
    for status, word, icon in (("failed", "Not verified", ":material/warning:"),
                               ("unchecked", "Not checked", ":material/help:")):
        figures = [name for name, found in chart.figure_marks.items() if found == status]
        if figures:
            st.badge(f"{word}: {how_many(len(figures), 'figure')} marked {STATUS_MARKS[status]}", icon=icon,
                     color="orange" if status == "failed" else "gray",
                     help=f"{'; '.join(figures)}: {STATUS_WORDS[status].split(': ', 1)[1]}.")
    bare = [name for name, status in chart.marks.items() if status == "unchecked"]
    if bare:
        st.badge(f"Not checked: {how_many(len(bare), 'line')} dotted", icon=":material/help:", color="gray",
                 help=f"{', '.join(bare)}: {STATUS_WORDS['unchecked'].split(': ', 1)[1]}. The table behind the chart "
                      f"marks them {STATUS_MARKS['unchecked']}.")


def selected_source(chart: Chart, event: object, release: Release, key: str) -> None:
    """The source panel for the clicked point(s), if a point with known source lines was clicked."""
    selection = getattr(event, "selection", None) or (event.get("selection") if isinstance(event, dict) else None)
    points = (selection.get("points") if isinstance(selection, dict) else getattr(selection, "points", None)) or []
    for point in points:
        if not isinstance(point, dict):
            continue
        curve = point.get("curve_number")
        series = chart.figure.data[curve].name if isinstance(curve, int) and curve < len(chart.figure.data) else None
        found = chart.source_of(point.get("x"), point.get("y"), series, point.get("label"))
        if found is not None:
            name, spans = found
            with st.container(border=True):
                show_source(release, spans, key=f"{key}_source", what=name)
            return


def md(text: str) -> str:
    """Dollar signs escaped: Streamlit's Markdown reads "$34,148 ... $2,384" as LaTeX otherwise."""
    return text.replace("$", "\\$")


def unread_note(release: Release) -> str:
    """Where a release's warnings say a table was skipped or left unread, a page that lacks a statement says
    where to look: the statement may be printed, only not read (a header naming no period)."""
    return " The warnings above say what could not be read." if any(
        d.severity == "warning" for d in release.warnings) else ""


def missing(sentence: str) -> None:
    """What the release lacks, said plainly where the chart would have been."""
    st.info(sentence, icon=":material/info:")


def chart_downloads(charts: dict[str, Chart], *, stem: str, key: str, company: str = "") -> None:
    """Pick a chart, download it as PNG or SVG (Kaleido with the local Chrome), or as interactive HTML.

    Images are drawn only when a button is clicked (a callable), since each takes a second or two; their
    titles name the `company`.
    """
    if not charts:
        return
    name = st.selectbox("Chart", list(charts), key=f"{key}_chart")
    chart = charts[name]
    file = f"{stem}_{re.sub(r'[^0-9A-Za-z]+', '_', name).strip('_').lower()}"
    columns = st.columns(3)
    if image_export_available():
        columns[0].download_button(
            "PNG", lambda: figure_image(chart.figure, "png", company), f"{file}.png", "image/png",
            icon=":material/image:", width="stretch", key=f"{key}_png",
        )  # fmt: skip
        columns[1].download_button(
            "SVG", lambda: figure_image(chart.figure, "svg", company), f"{file}.svg", "image/svg+xml",
            icon=":material/image:", width="stretch", key=f"{key}_svg",
        )  # fmt: skip
    else:
        columns[0].caption("PNG and SVG need Kaleido and a Chrome or Chromium on the server; HTML works anywhere.")
    columns[2].download_button(
        "HTML", lambda: figure_html(chart.figure), f"{file}.html", "text/html",
        icon=":material/code:", width="stretch", key=f"{key}_html",
    )  # fmt: skip


HIGHLIGHT = "background-color: rgba(230, 159, 0, 0.28); font-weight: 600"  # Okabe-Ito orange, translucent


def show_source(release: Release, spans: tuple[SourceSpan, ...], *, key: str, what: str = "") -> None:
    """The release's own lines behind a figure, the source lines highlighted, right where it was clicked."""
    excerpt = source_excerpt(release, spans)
    if not excerpt:
        st.caption("This figure is computed, not read from one printed line.")
        return
    where = ", ".join(str(span) for span in spans)
    st.caption(f"{plain(what)}{': ' if what else ''}{where} of the release text, highlighted.")
    frame = pd.DataFrame(
        {
            "Line": [line.number or None for line in excerpt],
            "Release text": [line.text for line in excerpt],
        }
    )
    marks = [line.highlighted for line in excerpt]
    styled = frame.style.apply(lambda row: [HIGHLIGHT if marks[row.name] else "" for _ in row], axis=1)
    st.dataframe(
        styled,
        hide_index=True,
        key=key,
        width="stretch",
        column_config={"Line": st.column_config.NumberColumn(width="small", format="%d")},
    )


def trace_picker(release: Release, sources: dict[str, tuple[SourceSpan, ...]], *, key: str) -> None:
    """Pick any figure of the page and see where it was printed (the click-free path to the same panel)."""
    if not sources:
        return
    with st.expander("Where does a figure come from?", icon=":material/manage_search:"):
        name = st.selectbox("Figure", list(sources), key=f"{key}_figure")
        show_source(release, sources[name], key=f"{key}_source", what=name)


def comparison_cautions(release: Release, period: Period, prior: Period, *, results: bool = True) -> None:
    """What a reader must know before reading a period against the one before it: a change of owner
    between them, a week more in one of them, and, where the page compares net `results`, a business sold
    or closed in either's, a one-off of the net result (an accounting change's cumulative effect, an extraordinary
    item) and a share count that doubled or halved. Said on every page that compares the two."""
    if caution := owner_change(period, prior):
        st.warning(plain(caution), icon=":material/link_off:")
    if caution := uneven_weeks(release, period, prior):
        st.warning(plain(caution), icon=":material/date_range:")
    if results and (caution := discontinued_operations(release, period, prior)):
        st.warning(plain(caution), icon=":material/call_split:")
    if results and (caution := one_off_items(release, period, prior)):  # an accounting change's effect (UI-61)
        st.warning(plain(caution), icon=":material/event_busy:")
    if results and (caution := share_count_change(release, period, prior)):
        st.warning(plain(caution), icon=":material/groups:")


# About the width of the main column at 1440 px in the wide layout: the page less the open sidebar (21 rem, 336
# px) and the column's padding (5 rem a side).
WIDE_PAGE_PX = 944
# The main column on a phone (390 px less the page's 1 rem padding a side): a table wider than this scrolls
# sideways there, which the grid shows no sign of until touched (UI-40: Compare's memo showed the metric names
# and the first company alone at 390 px, and the hint had been given only past WIDE_PAGE_PX).
PHONE_PAGE_PX = 358
# A table in one of two side-by-side columns at 1,440 px (Compare's charts over time, the Cash and Per share
# pages' pairs): half the main column (WIDE_PAGE_PX) less half the large gap (24 px) and the expander's padding
# and borders (about 38 px).
HALF_COLUMN_PX = 410
# A grid row's height and its header's (Streamlit 1.67's 2.1875 rem, 35 px), and the grid's two borders and the
# pixel Streamlit adds itself: a table as tall as its rows, no strip below the last (UI-40: 36 px a row had left
# a blank strip under Compare's memo at 1400 px, the more the more rows).
GRID_ROW_PX = 35
GRID_FRAME_PX = 3


def grid_height(rows: int) -> int:
    """The height of a table that shows all its `rows` and its header, no row cut and none blank."""
    return GRID_ROW_PX * (rows + 1) + GRID_FRAME_PX


def shown_names(table: pd.DataFrame, columns: dict[str, ColumnConfig]) -> pd.DataFrame:
    """`table` as a page shows it under `columns` (`table_columns`): its line names told apart where its Line
    column cuts two alike (`distinct_names`). The page keeps `table` itself to find a selected row's source."""
    width = columns.get(LINE_COLUMN, {}).get("width")
    if LINE_COLUMN not in table.columns or not isinstance(width, int):
        return table
    return table.assign(**{LINE_COLUMN: distinct_names([str(name) for name in table[LINE_COLUMN]], width)})


def _only_own(name: str, names: Sequence[str], head: list[str], tail: list[str]) -> bool:
    """Whether `name` alone of `names` opens with the words `head` and ends with `tail`."""
    return not any(other != name and other.split()[:len(head)] == head and other.split()[-len(tail):] == tail
                   for other in names)


# The rows a table shows at once: Streamlit's own height shows about ten, and ManTech's 11-line statement had hidden
# its NET INCOME below a scroll inside the table, Forian's 24 lines 14 of them (UI-48). A few dozen rows are shown
# whole; a longer table scrolls inside this height rather than stretch down the page.
SHOWN_ROWS = 40


def table_height(rows: int) -> int:
    """The height of a table of `rows`: all of them up to `SHOWN_ROWS`, that many beyond."""
    return grid_height(min(rows, SHOWN_ROWS))


def distinct_names(names: Sequence[str], width: int) -> list[str]:
    """`names` as a column `width` px wide can show them apart. A name cut at the column's edge (`HEADER_CHAR_PX`
    a character, the font's average, after `CELL_PADDING_PX`) into the same words as another's is shortened in
    its middle instead, its start and its end kept ("(Loss) income … income taxes"), at whole words: Forian's
    "(Loss) income from continuing operations before income taxes" and "..., net of tax" had both read "(Loss)
    income from continuing operati..." (UI-48). Others stay whole, as do names whose shortening would still meet."""
    fits = max(1, (width - CELL_PADDING_PX) // HEADER_CHAR_PX)
    seen = Counter(name[:fits] for name in names)
    shown = list(names)
    for index, name in enumerate(names):
        if len(name) <= fits or seen[name[:fits]] < 2:
            continue
        words = name.split()
        fitting = [(words[:head], words[len(words) - tail:]) for head in range(len(words) - 2, 0, -1)
                   for tail in range(1, len(words) - head)
                   if len(" ".join([*words[:head], "…", *words[len(words) - tail:]])) <= fits]
        if fitting:
            # a shortening no other name reads as, then the most of the name kept, the longer start on a tie
            head, tail = max(fitting, key=lambda kept: (_only_own(name, names, *kept), len(" ".join(kept[0])) + len(
                " ".join(kept[1]))))
            shown[index] = " ".join([*head, "…", *tail])
    if len(set(shown)) < len(set(names)):  # a shortening met another name: leave every name whole
        return list(names)
    return shown


# The Data page's checks table: the name, what was expected and what was found first, in a phone's main column
# (`PHONE_PAGE_PX`: 100 + two figures of 13 characters, "(829,900,000)", 128 px each), the rest a swipe away;
# a name cut ("assets = liabilities + equity") is whole when clicked, and pinned as the rest scrolls (UI-56).
CHECK_COLUMNS = ("check", "expected", "found", "passed", "difference", "allowed", "statement", "period", "lines",
                 "detail")
CHECK_NAME_PX = 100

# The widest screen that is a phone's: Streamlit's own (1.67) width below which it stacks columns and lays a page
# out for a phone. A note about a phone's screen is shown below it only.
PHONE_MAX_PX = 640
# The key prefix of a container shown on a phone only: Streamlit gives a keyed container the CSS class
# "st-key-<key>", which `PHONE_ONLY_CSS` hides on wider screens.
PHONE_ONLY = "phone_only_"
PHONE_ONLY_CSS = (f"<style>@media (min-width: {PHONE_MAX_PX + 1}px) "
                  f"{{ [class*=\"st-key-{PHONE_ONLY}\"] {{ display: none; }} }}</style>")


# ... and of one shown wider than a phone only, hidden on a phone's screen by `WIDE_ONLY_CSS`
WIDE_ONLY = "wide_only_"
WIDE_ONLY_CSS = (f"<style>@media (max-width: {PHONE_MAX_PX}px) "
                 f"{{ [class*=\"st-key-{WIDE_ONLY}\"] {{ display: none; }} }}</style>")


def table_or_lines(table: pd.DataFrame, lines: Sequence[str], *, key: str, **frame: Any) -> object:
    """`table` wider than a phone, `lines` (the same rows said one a line, `plain` Markdown) on a phone's screen,
    each hidden where the other shows by a media query (`PHONE_ONLY_CSS`, `WIDE_ONLY_CSS`): at 420 px Compare's
    "Releases in the series" had cut its columns sideways (UI-57), the Periods and Expenses tables their Change %
    (UI-59). The page is one for every width, so both are sent; the table keeps `key` and `frame`, the rest of
    `st.dataframe`'s arguments (a selection, columns), and what it returns is returned."""
    st.html(PHONE_ONLY_CSS + WIDE_ONLY_CSS)
    with st.container(key=f"{WIDE_ONLY}{key}"):
        shown: object = st.dataframe(table, hide_index=True, key=key, **frame)
    with st.container(key=f"{PHONE_ONLY}{key}"):
        st.markdown("\n".join(f"- {line}" for line in lines))
    return shown


def phone_caption(text: str, *, key: str) -> None:
    """`text` as a caption shown only on a phone's narrow screen (`PHONE_MAX_PX`), where the table it speaks of
    is cut: a note naming the columns a phone leaves a swipe away had shown at 1,280 px too, every column in
    view there (UI-47: Forian's Periods table, Compare's memo of three companies). The page is one for every
    width, so the note is hidden by a CSS media query (`PHONE_ONLY_CSS`, a style alone, which Streamlit adds to
    the page without taking room), not left out."""
    st.html(PHONE_ONLY_CSS)
    with st.container(key=f"{PHONE_ONLY}{key}"):
        st.caption(text)


def phone_swipe_note(table: pd.DataFrame, columns: dict[str, ColumnConfig]) -> str | None:
    """A caption naming the columns a phone's main column (`PHONE_PAGE_PX`) cuts or leaves off to the right of
    `table` laid out with `columns`, or None where every column fits. The grid gives no sign of them until touched:
    at 390 px Forian's Periods table had shown Line and This year alone, its changes a swipe away unsaid (UI-46).
    Shown with `phone_caption`, on a phone only."""
    past = _columns_past(table, SELECT_PX, PHONE_PAGE_PX,
                         lambda name: _column_px(name, table[name], columns.get(name)))
    return f"On a phone, swipe the table sideways for {past}." if past else None


def half_width_note(table: pd.DataFrame, columns: dict[str, ColumnConfig]) -> str | None:
    """A caption naming the columns a table in one of two side-by-side columns (`HALF_COLUMN_PX`) cuts or leaves
    off to its right, or None where all fit: Oracle's shares table on Compare had ended in "printed i..." at
    1,440 px, its "How" and "Restated" columns a scroll away unsaid (UI-46). On a phone the two columns stack,
    each the phone's width, narrower still, so the note holds there too."""
    def width(name: str) -> int:
        config = columns.get(name)
        # the cells at the grid font's measured width (`text_width`): the page's tables are sized on the safe
        # side (`fitting_width`), but a note naming a column in full view ("Line") would mislead
        if config is not None and config.get("width") is not None:
            return _column_px(name, (), config)
        return max(HEADER_CHAR_PX * len(name) + CELL_PADDING_PX, text_width(str(cell) for cell in table[name]))

    past = _columns_past(table, 0, HALF_COLUMN_PX, width)  # a chart's table selects no rows: no selection box
    return f"Scroll the table sideways for {past}." if past else None


def _columns_past(table: pd.DataFrame, start: int, limit: int, width: Callable[[str], int]) -> str:
    """The names of the columns that end past `limit` pixels, each column `width` wide after `start`, as a
    sentence names them ("This year, Change and Change %", "Change ($ millions)" as "Change"); "" where all fit."""
    right, past = start, []
    for name in map(str, table.columns):
        right += width(name)
        if right > limit:
            past.append(re.sub(r"\s*\(.*\)$", "", name))
    if len(past) < 2:
        return "".join(past)
    return ", ".join(past[:-1]) + " and " + past[-1]


# The pinned metric names' widest column: a longer name is cut, whole in its cell's tooltip (UI-31: at 390 px a
# column as wide as "Operating expenses (or all costs, where so totalled)" had left no room for a figure).
METRIC_COLUMN_PX = 220


def text_width(cells: Iterable[str]) -> int:
    """Pixels a table column needs for its longest text at the grid's font (about 6.6 px a character, as
    measured in Chromium: "Operating expenses, % of revenue" takes 207 px; 7.5 had left a memo of four
    companies wider than the page at 1440 px)."""
    return 24 + round(6.6 * max((len(str(cell)) for cell in cells), default=8))
