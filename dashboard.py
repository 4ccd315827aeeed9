"""Release Lens: `streamlit run dashboard.py`.

The entry script runs before every page: it opens on the bundled sample the first time, handles uploads,
lists the loaded releases in the sidebar and shows messages about files that could not be read. Pages are
thin (session state -> core -> layout) and live in pages/.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from core.budget import warm_spares
from pages._session import load_sample_once
from pages._sidebar import messages, sidebar

# The icon is a file shipped with the app: an emoji or Material icon would be fetched from a CDN by the
# browser, which fails (and logs an error on every page) where the dashboard runs offline.
ICON = Path(__file__).resolve().parent / "assets" / "icon.png"
st.set_page_config(page_title="Release Lens", page_icon=str(ICON), layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/periods.py", title="Periods", icon=":material/compare_arrows:"),
    st.Page("pages/expenses.py", title="Expenses", icon=":material/pie_chart:"),
    st.Page("pages/cash.py", title="Cash", icon=":material/savings:"),
    st.Page("pages/per_share.py", title="Per share", icon=":material/person:"),
    st.Page("pages/data.py", title="Data", icon=":material/table:"),
    st.Page("pages/compare.py", title="Compare", icon=":material/stacked_line_chart:"),
]


load_sample_once()
page = st.navigation(PAGES)
sidebar()
messages()
page.run()
warm_spares()  # after the page is drawn: the first upload then finds its parsing process started
