"""Wrapping: paragraphs into lines the text reader takes as prose, long labels into lines it joins again."""

from __future__ import annotations

import itertools

from core.readers.html.cell_text import is_numeric
from core.tables.lines import ends_on_a_connector

# Narrative paragraphs are wrapped at this width: wide enough that a sentence rarely breaks mid-figure,
# narrow enough to read on the Data page.
PARAGRAPH_WIDTH = 110
# The text reader takes a line without column gaps as prose only from this length on; a shorter last line
# of a paragraph ("a.m. (ET) on Thursday, April 30, 2020.") could pass for a table's header, so it joins
# the line before it.
PROSE_LINE = 60
# Labels longer than this wrap onto several lines, values on the last, as text releases print them: a
# label-only line of 60 characters or more would read as prose and end the table.
LABEL_WIDTH = 52


def _greedy_wrap(text: str, width: int) -> list[str]:
    """Words filled into lines of at most `width` (a longer word stands alone): what textwrap does with
    break_long_words and break_on_hyphens off, at a fraction of its cost on the hundreds of paragraphs a
    release has."""
    words = text.split()
    if not words:
        return []
    lines: list[str] = []
    line = words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line += " " + word
    lines.append(line)
    return lines


def wrap_paragraph(text: str) -> list[str]:
    """A paragraph as lines of about PARAGRAPH_WIDTH, none of them (but a one-line paragraph) short."""
    lines = _greedy_wrap(text, PARAGRAPH_WIDTH) or [text]
    if len(lines) > 1 and len(lines[-1]) < PROSE_LINE:
        last = lines.pop()
        lines[-1] = f"{lines[-1]} {last}"
    return lines


def wrap_label(text: str, width: int = LABEL_WIDTH) -> list[str]:
    """A long label broken where the text reader will join it again: before a word in lower case or after
    a connecting word or comma, never after a number (a line ending in a number reads as a table row).

    A line that overflows breaks at the last place it may, so each place between two words is weighed once,
    as the words come, and a line's length comes from running sums: linear in the label, where rebuilding
    the line and weighing all its places again at each word was quadratic in a label of thousands of words
    that never may break."""
    if len(text) <= width:
        return [text]
    words = text.split(" ")
    ends = list(itertools.accumulate((len(word) for word in words), initial=0))  # ends[j]: letters before word j
    lines: list[str] = []
    start = 0  # the line so far: words[start:index]
    weighed = 0  # the places before words 1..weighed are weighed
    last = 0  # the last of them a line may break at (0: none)
    for index in range(1, len(words)):
        if ends[index + 1] - ends[start] + index - start > width:  # the line with words[index] is too long
            while weighed < index:
                weighed += 1
                if _may_break(words[weighed - 1], words[weighed]):
                    last = weighed
            if last > start:
                lines.append(" ".join(words[start:last]))
                start = last
    lines.append(" ".join(words[start:]))
    return lines


def _may_break(before: str, after: str) -> bool:
    if is_numeric(before) or (before.endswith(")") and is_numeric(before.split("(")[-1].rstrip(")"))):
        return False
    return after[:1].islower() or ends_on_a_connector(before)
