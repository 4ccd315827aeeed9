"""Per share: the printed result per share, the weighted share count, and the EPS bridge."""

from __future__ import annotations

import streamlit as st

from core.analysis import eps_bridge, per_share_points, period_name, windows
from core.analysis.completeness import truncation
from core.analysis.currency import statement_currency
from core.analysis.fact_status import concept_checks
from core.analysis.per_share import (
    BRIDGE_FIGURES,
    count_heads,
    dilution,
    dilution_switched,
    eps_names,
    equity_words,
    no_bridge,
    no_weighted_counts,
)
from core.analysis.periods import owners_apart
from core.analysis.structure import operations_statement
from core.charts import bridge_chart, eps_bars, share_bars
from core.charts.per_share import dilution_note, dilution_table
from core.formatting import UNCHANGED, currency_sign, per_share, printed_places
from pages._markdown import plain
from pages._widgets import (
    comparison_cautions,
    header,
    missing,
    release_or_stop,
    show_chart,
    unread_note,
    unverified,
)

release = release_or_stop()
operations = operations_statement(release)  # with a full-year twin's columns
words = equity_words(operations)  # a partnership's "per common unit" and "units"
one, many = words.one, words.many
header(release, f"Per {one}")
points = per_share_points(operations) if operations is not None else ()
if operations is None or not points:
    if truncation(release) is not None:
        # the file stops before them: the release may well print them (a cut file's lead quoting "$0.12 per
        # diluted share", third browser review)
        missing(f"No per-{one} figures were read: the file may be cut short before them (see the warning above).")
    else:
        missing(f"No per-{one} figures were found in this release." + unread_note(release))
    st.stop()
assert operations is not None
currency = statement_currency(operations)
sign = currency_sign(currency)

left, right = st.columns(2, gap="large")
with left:
    show_chart(eps_bars(points, words, currency), key="per_share_eps", release=release, half=True)
with right:
    if any(point.shares is not None for point in points):
        show_chart(share_bars(points, words), key="per_share_shares", release=release, half=True)
    else:
        # the counts outstanding a balance sheet prints said as such, never as EPS's count (UI-49)
        missing(no_weighted_counts(release, words))
        # where the result and EPS imply a count that moved, it is said here, where counts are looked for
        for window in windows(operations)[:1]:
            if window.prior is not None:
                comparison_cautions(release, window.current, window.prior)

if dilution_rows := dilution(operations, concept_checks(release, operations)):
    # the charts show one of each (diluted where both are printed): basic beside it says what dilution does; both
    # in the release's own words, a 1997 release's "Primary" and "Fully diluted" (UI-56)
    names = eps_names(operations)
    st.markdown(f"##### {names.basic} and {names.diluted.lower()}, as printed")
    st.dataframe(dilution_table(dilution_rows, words, currency, names, count_heads(operations, words),
                                operations.share_scale),
                 hide_index=True, key="per_share_dilution")
    st.caption(dilution_note(dilution_rows, words, names, operations.share_scale))
    if doubted := tuple({id(c): c for row in dilution_rows for c in row.doubts}.values()):
        unverified(doubted)  # a figure a failed check blames is marked here as on the Data page (UI-53)

compared = windows(operations)
bridges = [b for w in compared if (b := eps_bridge(operations, w)) is not None]
owned_apart = [(w, owners) for w in compared
               if w.prior is not None and (owners := owners_apart(w.prior, w.current)) is not None]
if not bridges and not owned_apart:
    # one line saying why, no heading and explanation over nothing (UI-56: ManTech's three lines)
    missing(no_bridge(operations, words))
else:
    st.subheader(f"{words.result} bridge: the result against the {one} count")
    st.markdown(
        f"The change in earnings per {one} splits exactly into the **effect of the net result** (the change in "
        f"the result, divided by last year's {one} count) and the **effect of the {one} count** (this year's "
        f"result spread over this year's {many} instead of last year's). The bridge runs on the result per {one} "
        f"computed from the net result and {many}; the printed figure is rounded to the cent."
    )
for window, (before, after) in owned_apart:
    assert window.prior is not None
    st.info(plain(f"No bridge for {window.name.lower()}: {period_name(window.prior)} is the {before.lower()}'s and "
                  f"{period_name(window.current)} the {after.lower()}'s. A change of owner stands between them, so "
                  f"neither the results nor the {many} are comparable."), icon=":material/link_off:")
for index, bridge in enumerate(bridges):
    assert bridge.window.prior is not None
    st.markdown(
        f"##### {bridge.window.name}: {period_name(bridge.window.current)} vs "
        f"{period_name(bridge.window.prior)}"
    )
    # the net result's effect holds an extra week, as every change of an amount does (UI-23)
    comparison_cautions(release, bridge.window.current, bridge.window.prior)
    if switched := dilution_switched(operations, bridge, words):
        st.info(plain(switched), icon=":material/swap_vert:")
    chart_column, numbers = st.columns([3, 2], gap="large")
    with chart_column:
        show_chart(bridge_chart(bridge, words, currency), key=f"per_share_bridge_{index}", release=release)
    with numbers:
        # each amount with its currency sign, as the chart beside it prints it ("$0.178", "($0.031)"), to no more
        # places than the rounding of the net result and the counts allows, a range where it spans a cent (UI-59)
        st.metric(f"Effect of the net result (per {one})", bridge.said("result_effect", 3, sign))
        st.metric(f"Effect of the {one} count (per {one})", bridge.said("share_effect", 3, sign))
        st.caption(
            f"Printed: {per_share(bridge.reported_then, decimals=printed_places(bridge.reported_then), currency=sign)}"
            f" → {per_share(bridge.reported_now, decimals=printed_places(bridge.reported_now), currency=sign)}"
            + (f" ({UNCHANGED}). " if bridge.reported_now == bridge.reported_then else ". ")
            + f"Computed: {bridge.said('eps_then', 4, sign)} → {bridge.said('eps_now', 4, sign)}"
            + (f"; rounding accounts for {bridge.said('rounding', 4, sign)}." if bridge.rounding is not None else ".")
            + (f" {bridge.range_note(words, sign)}" if bridge.spans_a_cent(BRIDGE_FIGURES) else "")
        )
