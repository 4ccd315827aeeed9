"""Text from uploaded files, made inert for Streamlit's Markdown.

Streamlit renders Markdown in captions, alerts, expander and tab labels, metric labels and help, and radio
options. A release's labels, company name, title and file name are the uploader's text: escaped here, a
label like `![x](https://tracker.example/p.png)` or `[click](javascript:alert(1))` shows as typed instead of
fetching an image or making a link, and `<script>` shows as text (Streamlit never renders raw HTML unless
told to, and no page tells it to).
"""

from __future__ import annotations

import re

# Every character that opens a Markdown, GFM or Streamlit construct: emphasis, links and images, code,
# HTML, headings and lists, tables, strikethrough, LaTeX ($), icons and colours (":material/x:", ":red[").
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:])")


def plain(text: str) -> str:
    """`text` escaped so Markdown shows it as typed, character for character."""
    return _MARKDOWN.sub(r"\\\1", text)


def unescape(markdown: str) -> str:
    """What a reader sees of `plain(text)`: the text again (for tests that compare what is shown)."""
    return re.sub(r"\\(.)", r"\1", markdown)
