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


# Where GFM links a bare address: "http://", "https://", "ftp://" or "www." before a name. Streamlit finds these in
# the text left after the escapes are read, so escaping their characters does not stop the link.
_BARE_ADDRESS = re.compile(r"(?i)\b(https?|ftp)(?=://)|\b(www)(?=\.)")
# An invisible break inside the scheme (or "www") that keeps the address from being found, the text unchanged.
_NO_LINK = "\u2060"


def plain(text: str) -> str:
    """`text` escaped so Markdown shows it as typed, character for character, and a bare web address in it never
    made a link (UI-59: a release's line "Gross profit ![x](http://127.0.0.1:9/md.png)" on a phone's row lines
    had become a link to the address it names)."""
    return _MARKDOWN.sub(r"\\\1", _BARE_ADDRESS.sub(lambda m: m.group(0)[:-1] + _NO_LINK + m.group(0)[-1], text))


def unescape(markdown: str) -> str:
    """What a reader sees of `plain(text)`: the text again (for tests that compare what is shown)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace(_NO_LINK, "")
