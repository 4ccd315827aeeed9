"""Where a figure came from: the release's own lines around its source spans, the spans marked.

Every line item keeps the lines it was read from (`SourceSpan`); a page shows these lines, highlighted,
next to the figure a reader clicked, so any number can be checked against the printed release without
leaving the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from core.model import Release, SourceSpan

# Lines shown above and below the source: enough for the column headers of a short table to be in view.
CONTEXT_LINES = 4
# A figure computed from lines far apart (revenue at the top, net income at the bottom) shows each place
# separately rather than the whole statement between them.
MAX_GAP = 2 * CONTEXT_LINES + 1


@dataclass(frozen=True, slots=True)
class SourceLine:
    number: int  # 1-based, as the spans count
    text: str
    highlighted: bool


def source_excerpt(
    release: Release, spans: Iterable[SourceSpan], context: int = CONTEXT_LINES
) -> tuple[SourceLine, ...]:
    """The lines of each span with `context` lines around them, in order, once each; the span lines marked.

    Excerpts further apart than MAX_GAP lines are kept apart by a "…" line (number 0).
    """
    marked: set[int] = set()
    for span in spans:
        marked.update(range(max(1, span.first), min(len(release.lines), span.last) + 1))
    if not marked:
        return ()
    shown = sorted(
        {n for line in marked for n in range(line - context, line + context + 1) if 1 <= n <= len(release.lines)}
    )
    result: list[SourceLine] = []
    previous = None
    for number in shown:
        if previous is not None and number - previous > 1:
            result.append(SourceLine(0, "…", False))
        result.append(SourceLine(number, release.lines[number - 1].rstrip(), number in marked))
        previous = number
    return tuple(result)
