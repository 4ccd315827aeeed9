"""Layout pieces every page uses: the release header, a chart with its table and alt text, notes."""

from __future__ import annotations

import streamlit as st

from core.charts import Chart
from core.model import Release
from pages._session import current_release

PLOTLY_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def release_or_stop() -> Release:
    """The release in view; without one, say how to get one and end the page here."""
    release = current_release()
    if release is None:
        st.info("No release is loaded. Upload an earnings release in the sidebar, or reload the sample.")
        st.stop()
    assert release is not None  # st.stop() does not return; this tells the type checker so
    return release


def header(release: Release, page: str) -> None:
    """Page title plus who and when: "Allos Therapeutics, Inc. (Nasdaq: ALTH) · Q2 2004 · released ..."."""
    meta = release.metadata
    st.title(page)
    parts = [meta.company or release.name]
    if meta.ticker:
        parts[0] += f" ({meta.exchange + ': ' if meta.exchange else ''}{meta.ticker})"
    if meta.fiscal_period is not None:
        parts.append(meta.fiscal_period.label)
    if meta.release_date is not None:
        parts.append(f"released {meta.release_date:%b %-d, %Y}")
    st.caption(" · ".join(parts))
    if release.warnings:
        with st.expander(f"⚠️ Read in part: {len(release.warnings)} warning(s)", expanded=False):
            for warning in release.warnings:
                st.markdown(f"- {warning}")


def show_chart(chart: Chart, *, key: str) -> None:
    """The figure, its alt text as a caption, and the numbers it draws one click away."""
    if chart.title:
        st.markdown(f"**{md(chart.title)}**")
    st.plotly_chart(chart.untitled(), key=key, config=PLOTLY_CONFIG, alt=chart.alt_text)
    st.caption(chart.alt_text)
    with st.expander("Data behind this chart"):
        st.dataframe(chart.data, hide_index=True)


def md(text: str) -> str:
    """Dollar signs escaped: Streamlit's Markdown reads "$34,148 ... $2,384" as LaTeX otherwise."""
    return text.replace("$", "\\$")


def missing(sentence: str) -> None:
    """What the release lacks, said plainly where the chart would have been."""
    st.info(sentence, icon=":material/info:")
