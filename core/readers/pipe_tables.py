"""Markdown pipe tables, as converters (pandoc, html2text, markitdown) write a web release's statements:

    |  | Three Months Ended June 30, |  |
    |---|---|---|
    |  | 2024 | 2023 |
    | Revenue | $ 12,500 | $ 10,200 |

Each row's cells are what a browser copy gives (core.readers.tab_grid), so each row is handed on as its
cells joined by tabs and laid out there; the separator row is a row of empty cells. Only blocks
of two or more such rows are tables; a lone "| a | b |" in prose is left alone. The line count never
changes.
"""

from __future__ import annotations

import re

# A row: "|" first and last, and at least two cells between.
_PIPE_ROW = re.compile(r"^\s*\|.*\|.*\|\s*$")
_SEPARATOR_CELL = re.compile(r"^:?-{1,}:?$")
_BOLD = re.compile(r"\*\*|__")
_SPACES = re.compile(r"\s+")


def pipe_rows_as_tabs(raw_lines: list[str]) -> list[str]:
    """The document's lines with each pipe table's rows as tab-joined cells; every other line as it was."""
    result = list(raw_lines)
    index = 0
    while index < len(raw_lines):
        if not _PIPE_ROW.match(raw_lines[index]):
            index += 1
            continue
        end = index
        while end < len(raw_lines) and _PIPE_ROW.match(raw_lines[end]):
            end += 1
        if end - index >= 2:
            result[index:end] = [_as_tabs(line) for line in raw_lines[index:end]]
        index = end
    return result


def _as_tabs(line: str) -> str:
    """The row's cells joined by tabs, empty ones kept, so that every row of the table is one block of the
    copy's layout: a heading row keeps its empty cells, and the separator ("|---|---:|") is a row of empty
    cells (the blank line it draws would split the header from the rows)."""
    stripped = line.strip()
    cells = [_SPACES.sub(" ", _BOLD.sub("", cell)).strip() for cell in stripped[1:-1].split("|")]
    if all(_SEPARATOR_CELL.match(cell) or not cell for cell in cells):
        return "\t" * max(1, len(cells) - 1)
    return "\t".join(cells)
