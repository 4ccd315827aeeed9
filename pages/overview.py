"""Overview: who, when, the headline figures against a year earlier, the highlights, the checks."""

from __future__ import annotations

import streamlit as st

from core.analysis import headlines, missing_parts, quarter_window
from core.charts import result_waterfall
from core.formatting import accounting, in_units, per_share, signed, unit_label
from pages._markdown import plain
from pages._widgets import header, missing, release_or_stop, show_chart

release = release_or_stop()
header(release, "Overview")
if release.metadata.title:
    st.markdown(f"#### {plain(release.metadata.title)}")

# Headline metrics: the quarter against the same quarter a year earlier; cash against the last balance date.
found = headlines(release)
if found:
    columns = st.columns(len(found), border=True)
    for column, headline in zip(columns, found, strict=True):
        change = headline.change
        if change.kind == "per_share":
            label, value = f"{headline.title} ($)", per_share(change.current)
            delta = None if change.change is None else signed(change.change, decimals=2)
        else:
            label = f"{headline.title} ({unit_label(headline.scale)})"
            value = accounting(
                None if change.current is None else in_units(change.current, headline.scale), currency="$"
            )
            delta = None if change.change is None else signed(in_units(change.change, headline.scale))
        column.metric(
            label,
            value,
            delta,
            delta_color="inverse" if change.direction == "lower_is_better" else "normal",
            help=f"{headline.basis}. Taken from: {plain(change.label)}.",
        )
        column.caption(headline.basis)
for sentence in missing_parts(release):
    missing(sentence)

# Checks badge: all pass, or how many need a look (details on the Data page).
failed = release.failed_checks
if not release.checks:
    st.badge("No arithmetic checks could be run", icon=":material/help:", color="gray")
elif failed:
    st.badge(
        f"{len(failed)} of {len(release.checks)} checks need a look",
        icon=":material/warning:",
        color="orange",
    )
else:
    st.badge(f"All {len(release.checks)} checks pass", icon=":material/check_circle:", color="green")
try:
    st.page_link(
        "pages/data.py", label="See the checks and the source on the Data page", icon=":material/table:"
    )
except Exception:  # outside st.navigation (a page run on its own) there is no page to link to
    st.caption("The checks and the source text are on the Data page.")

left, right = st.columns([2, 3], gap="large")
with left:
    st.subheader("Highlights")
    if release.metadata.highlights:
        st.markdown("\n".join(f"- {plain(line)}" for line in release.metadata.highlights))
    else:
        st.caption("The release lists no highlights.")
with right:
    operations = release.statement("operations")
    window = quarter_window(operations) if operations is not None else None
    chart = result_waterfall(operations, window.current) if operations is not None and window else None
    if chart is not None:
        show_chart(chart, key="overview_waterfall")
