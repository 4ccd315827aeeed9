"""An uploader's text shown through Streamlit's Markdown is shown as typed: escaped constructs, and no bare web
address made a link (GFM finds those in the text left after the escapes are read, so escaping is not enough)."""

from __future__ import annotations

import re

import pytest

from pages._markdown import plain, unescape

# What GFM's autolink finds in a text: a scheme and "://", or "www." (after the Markdown escapes are read)
_LINKED = re.compile(r"(?i)(?:https?|ftp)://|\bwww\.")

TEXTS = [
    "Gross profit ![x](http://127.0.0.1:9/md.png) [click](javascript:alert('md'))",
    "Visit www.acme-widgets.com or HTTPS://investors.acme.example for the webcast",
    "Cost of revenue <img src=\"ftp://127.0.0.1:9/cell.png\">",
    "Revenue, net of $1.2 million (2003: $0.9 million)",
]


@pytest.mark.parametrize("text", TEXTS)
def test_an_uploaded_text_is_shown_as_typed_and_names_no_link(text: str) -> None:
    shown = plain(text)
    assert unescape(shown) == text
    assert _LINKED.search(re.sub(r"\\(.)", r"\1", shown)) is None


def test_a_text_without_an_address_is_only_escaped() -> None:
    assert plain("Net income (loss)") == "Net income \\(loss\\)"
