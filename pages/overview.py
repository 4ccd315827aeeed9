"""Overview: who, when, the headline figures against a year earlier, the highlights, the checks."""

from __future__ import annotations

import streamlit as st

from core.analysis import missing_parts, quarter_window
from core.analysis.business import financial_no_burn
from core.analysis.completeness import cut_short, missing_figure_warnings, truncation
from core.analysis.metrics import (
    LOWER_IS_BETTER,
    card_delta,
    card_label,
    metric_text,
    one_offs_elsewhere,
    overview_metrics,
    range_reason,
    standard_metrics,
    unchanged,
)
from core.analysis.stated_cash import stated_cash
from core.analysis.structure import operations_statement
from core.charts import release_abbreviations, release_unit, result_waterfall, why_no_waterfall
from core.checks.verification import describe_doubt, doubts, figure_status
from pages._markdown import plain
from pages._widgets import (
    comparison_cautions,
    header,
    missing,
    release_or_stop,
    show_chart,
    show_source,
    source_label,
    unread_note,
    unverified,
)

CARDS_PER_ROW = 4

release = release_or_stop()
header(release, "Overview")
if release.metadata.title:
    st.markdown(f"#### {plain(release.metadata.title)}")

# The standard metrics as cards, four to a row so no label is cut off; each card's "Source" button shows
# the printed lines it came from, highlighted, under the cards.
found = standard_metrics(release)
cards = overview_metrics(found)
if cards:
    st.caption(plain("; ".join(part for part in (found.covers, found.cash_compared) if part)) + ".")
    if found.period is not None and found.prior is not None:
        comparison_cautions(release, found.period, found.prior)
        if elsewhere := one_offs_elsewhere(release, found.period, found.prior):
            # the year to date's net result, not compared here, that is mostly a one-off (UI-61: Sears' 26 weeks)
            st.caption(plain(elsewhere))
    TRACED = "overview_traced"
    for start in range(0, len(cards), CARDS_PER_ROW):
        row = cards[start : start + CARDS_PER_ROW]
        columns = st.columns(CARDS_PER_ROW)
        for column, metric in zip(columns, row, strict=False):
            doubted = doubts(release, metric.sources)
            alone = not doubted and figure_status(release, metric.sources) == "unchecked"  # a ratio by its inputs
            with column.container(border=True):  # a border only where there is a card
                why = f" Not verified: {'; '.join(describe_doubt(c) for c in doubted)}." if doubted else ""
                if alone:
                    why = " Not checked: no total, identity or sentence of the release speaks of this figure."
                if metric.caveat:
                    why += f" Read with care: {metric.caveat}."
                # A long name is said shorter on the card, whole in its tooltip.
                label = card_label(metric)
                flat = unchanged(metric)
                whole = f"{plain(metric.name)}: " if label != metric.name else ""
                st.metric(
                    label,
                    metric_text(metric, compact=True),
                    card_delta(metric),
                    delta_color="off" if flat else "inverse" if metric.key in LOWER_IS_BETTER else "normal",
                    delta_arrow="off" if flat else "auto",
                    help=whole + (f"{metric_text(metric)}. From: {plain(metric.basis)}." if metric.basis else "")
                    + plain(why) or None,
                )
                if doubted:
                    st.badge("Not verified", icon=":material/warning:", color="orange")
                elif alone:
                    st.badge("Not checked", icon=":material/help:", color="gray")
                if reason := range_reason(metric):
                    st.caption(plain(reason))
                if metric.note:
                    st.caption(plain(metric.note))
                if metric.key == "cash_and_investments" and (stated := stated_cash(release)) is not None:
                    # the release's own total where the sheet moved cash into investments (UI-51: St. Joe)
                    st.caption(plain(stated.sentence()))
                if metric.caveat:
                    st.caption(f"Read with care: {plain(metric.caveat)}.")
                if metric.sources and st.button(
                    # named for its card: a screen reader had announced every card's button alike, "search Source",
                    # and Streamlit gives a button no name but its label (its help is a tooltip only; UI-62)
                    source_label(metric.name), key=f"overview_source_{metric.key}", type="tertiary",
                    icon=":material/search:",
                ):
                    st.session_state[TRACED] = metric.key
    if found.runway_said:
        # the fall in cash of a company with revenue beyond it is no burn to headline a runway on (UI-50: Alkermes)
        st.caption(plain(found.runway_said) + ".")
    traced = next((m for m in cards if m.key == st.session_state.get(TRACED)), None)
    if traced is not None:
        with st.container(border=True):
            st.markdown(f"**Where the figure comes from: {plain(traced.name)}** — {plain(traced.basis)}")
            show_source(release, traced.sources, key="overview_source_panel", what=traced.name)
            if doubted_traced := doubts(release, traced.sources):
                unverified(doubted_traced)
if (no_burn := financial_no_burn(release)) is not None:
    # said once, where the burn and runway cards would stand: a bank's loss had been shown as "Runway 80.0
    # months", an insurer's as "Runway 6.3 months"
    st.caption(no_burn)
for number, sentence in enumerate(missing_parts(release)):
    missing(sentence + (unread_note(release) if number == 0 else ""))

# Checks badge: all pass, or how many need a look (details on the Data page). A release whose warnings say
# figures may be missing is never shown healthy: the checks on what was read passed, not on what was cut off.
failed = release.failed_checks
incomplete = missing_figure_warnings(release)
if not release.checks:
    st.badge("No arithmetic checks could be run", icon=":material/help:", color="gray")
elif failed:
    st.badge(
        f"{len(failed)} of {len(release.checks)} checks need a look",
        icon=":material/warning:",
        color="orange",
    )
elif incomplete:
    ran = "The check that ran passes" if len(release.checks) == 1 else f"The {len(release.checks)} checks that ran pass"
    why = ("the file may be cut short, and figures after it missing" if truncation(release) is not None
           else "figures may be missing where the file could not be read")
    st.badge(f"{ran}, but {why}", icon=":material/warning:", color="orange")
else:
    st.badge(f"All {len(release.checks)} checks pass", icon=":material/check_circle:", color="green")
try:
    st.page_link(
        "pages/data.py", label="See the checks and the source on the Data page", icon=":material/table:"
    )
except Exception:  # outside st.navigation (a page run on its own) there is no page to link to
    st.caption("The checks and the source text are on the Data page.")

# The highlights beside the waterfall where the release lists any; where it lists none the waterfall takes the
# whole width (UI-50: "The release lists no highlights." had left Southern's and Oracle's left column empty).
if release.metadata.highlights:
    left, right = st.columns([2, 3], gap="large")
    with left:
        st.subheader("Highlights")
        st.markdown("\n".join(f"- {plain(line)}" for line in release.metadata.highlights))
else:
    right = st.container()
with right:
    operations = operations_statement(release)
    window = quarter_window(operations, release.statement("balance")) if operations is not None else None
    # in the release's one unit, as its Periods, Cash and Compare charts (UI-46: "(0.007)" of $ millions here)
    chart = (result_waterfall(operations, window.current, release_abbreviations(release), release_unit(release))
             if operations is not None and window else None)
    if chart is not None:
        show_chart(chart, key="overview_waterfall", release=release)
    elif operations is not None and window is not None and cut_short(release, operations):
        # the lines after the cut were never read: "prints no lines" would blame the release for the file
        st.caption("The statement is cut short (the file may be truncated), so no waterfall from revenue to "
                   "the net result can be drawn.")
    elif operations is not None and window is not None:
        st.caption(why_no_waterfall(operations, window.current))
