"""The dashboard's pages and their shared helpers.

One module per page (overview, periods, expenses, cash, per_share, data, compare), each run by
`st.navigation` in dashboard.py from its file path, so this `__init__` never becomes a page. The helpers
every page shares start with an underscore: `_session` (the releases loaded, kept in session state),
`_sidebar` (upload, the loaded releases, messages), `_widgets` (header, chart with its table, notes),
`_library` (the library in the dashboard), `_downloads` (the Data page's downloads) and `_markdown`
(uploaded text made inert for Streamlit's Markdown).

A package so that `mypy` checks the pages like the rest of the code.
"""
