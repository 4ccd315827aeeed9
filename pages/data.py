"""Data: every parsed table, the checks with expected against found, the source text, and downloads."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from core.formatting import numbered, status_legend, table_figure
from core.frames import checks_frame, data_page_frame, data_page_order, table_heading, unit_note
from core.model import SourceSpan
from pages._downloads import facts_csv, release_json, tables_xlsx
from pages._markdown import plain
from pages._session import exhibit_errors, exhibits_of, read_exhibit
from pages._widgets import (
    CHECK_COLUMNS,
    CHECK_NAME_PX,
    diagnostics_list,
    diagnostics_title,
    figure_columns,
    header,
    phone_caption,
    phone_swipe_note,
    release_or_stop,
)

# Lines of context shown around a statement's own lines, so its title and column heads are visible too.
CONTEXT_LINES = 2

release = release_or_stop()
header(release, "Data")
stem = Path(release.name).stem or "release"
# What the line numbers of every warning, check and table below count, where they are not the file's own
# (a submission's exhibit, HTML set out in lines, a PDF's text): said before the first of them.
for note in release.notes:
    st.caption(plain(note[0].upper() + note[1:] + "."))

# A whole EDGAR submission: the release was read from one exhibit; the reader may choose another.
choices = exhibits_of(release)
if len(choices) > 1:
    chosen = next((i for i, (_, kind, _) in enumerate(choices) if kind == release.metadata.exhibit), 0)
    picker = f"data_exhibit:{release.sha256}"  # one choice per submission

    def _read_chosen() -> None:
        """Re-read the submission from the exhibit picked; one that holds no statement leaves the
        release as it was, says why, and puts the choice back."""
        if read_exhibit(release, choices[st.session_state[picker]][0]) is None:
            st.session_state[picker] = chosen

    st.session_state[picker] = st.session_state.get(picker, chosen)
    st.selectbox(
        "Exhibit read from this submission",
        range(len(choices)),
        format_func=lambda i: choices[i][2],  # options are shown as plain text, never Markdown
        key=picker,
        on_change=_read_chosen,
        help="The first exhibit that holds financial statements is read by default.",
    )
    for message in exhibit_errors():
        st.error(message)

st.subheader("Downloads")
# The two downloads sign some lines differently, on purpose: said where they are taken (UI-32 had found
# "Income tax benefit" negative in the CSV and positive in the workbook, with nothing saying why).
SIGNS_NOTE = ("**Signs.** The tables on this page and the workbook's table sheets show every figure with the sign the "
              "release printed. The facts CSV, and the workbook's \"facts\" sheet, sign each line the reader named as "
              "XBRL does: expenses and a tax expense positive; losses, a tax benefit and a net non-operating expense "
              "negative. A line it did not name keeps its printed sign. Every download is in full units (dollars, "
              "shares), not the release's thousands or millions.")
# Each file made when its button is clicked (a callable), not on every run of the page: Horizon's workbook of 24
# tables took 2.8 s of the page's 3.7 s, paid again on every rerun, switching release included (UI-49: its
# Overview, reached through a rerun of this page, had taken 6.1 s where others took 3-4.6).
DOWNLOADS = (
    ("Facts (CSV)", lambda: facts_csv(release), f"{stem}_facts.csv", "text/csv"),
    ("Tables (Excel, one sheet each)", lambda: tables_xlsx(release), f"{stem}_tables.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("Everything (JSON)", lambda: release_json(release), f"{stem}.json", "application/json"),
)
for column, (label, data, file_name, mime) in zip(st.columns(len(DOWNLOADS)), DOWNLOADS, strict=True):
    column.download_button(label, data, file_name, mime, icon=":material/download:", width="stretch")
st.caption(SIGNS_NOTE)

st.subheader("Checks")
# Failed checks first: they are what a reader must see.
checks = checks_frame(release).sort_values("passed", kind="stable").reset_index(drop=True)
if checks.empty:
    st.info("No arithmetic checks could be run on this release.")
else:
    failed = int((~checks["passed"]).sum())
    st.caption(
        f"{len(checks) - failed} of {len(checks)} pass. Expected is what the components add up to; found is "
        "what the release printed; a check passes where the difference is no more than allowed, the rounding of "
        "the printed figures (EPS is printed to the cent, so EPS x shares may miss by half a cent a share)."
    )
    # Amounts as the tables show them: whole dollars without ".00", a per-share product keeps its cents.
    amounts = ("expected", "found", "difference", "allowed")
    # what a reader asks of a check first, its name, expected and found, in a phone's first view (UI-56: at 420 px
    # they had been cut off right of "check", "statement" and "period"); the name pinned as the rest scrolls
    in_order = checks.assign(**{name: checks[name].map(table_figure) for name in amounts})[list(CHECK_COLUMNS)]
    columns = {
        "check": st.column_config.TextColumn(width=CHECK_NAME_PX, pinned=True,
                                             help="A name cut short is whole when its cell is clicked."),
        **{name: st.column_config.TextColumn(alignment="right") for name in amounts},
    }
    st.dataframe(in_order, hide_index=True, column_config=columns)
    if swipe := phone_swipe_note(in_order, columns):
        phone_caption(swipe, key="data_checks")


def source(span: SourceSpan, *, context: int = 0) -> str:
    """The numbered source lines of `span`, with `context` lines either side."""
    return numbered(release.lines, span.first - context, span.last + context)


diagnostics = release.diagnostics
if diagnostics:
    st.subheader(f"Warnings: {diagnostics_title(release)}")
    st.markdown(diagnostics_list(release))
    placed = [d for d in diagnostics if d.span is not None]
    if placed:
        shown = st.selectbox("Show the source of the warning", range(len(placed)),
                             format_func=lambda i: f"{placed[i].span}: {placed[i].message}", key="data_diagnostic")
        span = placed[shown].span
        if span is not None:
            st.code(source(span, context=1), language=None)


st.subheader("Tables")
if not release.statements:
    st.info("No tables were read from this release.")
# the primary statements first, open; the other tables after, closed (`data_page_order`, UI-53)
for index, statement, opened in data_page_order(release):
    with st.expander(plain(table_heading(statement)), expanded=opened):
        # Thousands grouped, per-share figures with their cents (the column holds both kinds), and each figure
        # the checks do not vouch for marked, its mark said under the table.
        # the line, then its periods named short (each in view at 1,400 px), then where it stands and its concept
        table, marked, headers = data_page_frame(release, statement)
        st.dataframe(
            table,
            hide_index=True,
            key=f"data_table_{index}",
            column_config=figure_columns(table, list(headers), headers),
        )
        st.caption(plain(" ".join(part for part in (unit_note(statement, release), status_legend(marked)) if part)))
        labels = ["The whole statement", *(f"{item.label} ({item.span})" for item in statement.items)]
        choice = st.selectbox(
            "Show the source of",
            range(len(labels)),
            format_func=labels.__getitem__,
            key=f"data_source_{index}",
        )
        span = statement.span if choice == 0 else statement.items[choice - 1].span
        st.code(source(span, context=CONTEXT_LINES if choice == 0 else 1), language=None)

with st.expander("The full source text"):
    st.code(source(SourceSpan(1, len(release.lines))), language=None)
