"""Character-level clean-up shared by the text and HTML readers."""

from __future__ import annotations

from collections.abc import Mapping


def replace_all(text: str, table: Mapping[int, str | int | None]) -> str:
    """`text.translate(table)` for a table of a few characters, done as one `str.replace` per character
    the text holds: translate walks every character in Python-level steps and costs a millisecond on a
    release-sized text, where a handful of replaces cost microseconds."""
    for code, replacement in table.items():
        char = chr(code)
        if char in text:
            new = "" if replacement is None else replacement if isinstance(replacement, str) else chr(replacement)
            text = text.replace(char, new)
    return text
