"""Whether a release's figures may be incomplete, from the warnings the reader gave it.

A file cut off in transfer is read as far as it goes, and every check on what was read can pass: a page
saying "All 4 checks pass" in green over it calls a release healthy that lacks its end (round 8 of the
browser review: a results table cut after its General and administrative row). The pages ask here instead
of matching the warnings' words themselves; the words live in core.vocabulary.
"""

from __future__ import annotations

from core.model import Diagnostic, Release, Statement
from core.vocabulary import FIGURES_MAY_BE_MISSING_RE, TRUNCATED_RE


def missing_figure_warnings(release: Release) -> tuple[Diagnostic, ...]:
    """The warnings saying figures of the release may be missing (truncated file, bytes not decoded)."""
    return tuple(w for w in release.warnings if FIGURES_MAY_BE_MISSING_RE.search(w.message))


def truncation(release: Release) -> Diagnostic | None:
    """The warning saying the file may end early, if any (the first, where several say so)."""
    return next((w for w in release.warnings if TRUNCATED_RE.search(w.message)), None)


def cut_short(release: Release, statement: Statement) -> bool:
    """Whether `statement` is the one a truncated file ends in: the last statement starting at or before the
    line where the file stops, so its lines after the cut (a result, its totals) were never printed."""
    cut = truncation(release)
    if cut is None:
        return False
    if cut.span is None:  # a cut whose line is not known: any statement may lack its end
        return True
    before = [s for s in release.statements if s.span.first <= cut.span.last]
    last = max(before, key=lambda s: s.span.first, default=None)
    # compared by place: the statement a page holds may be a copy of the read one (a derived column added)
    return last is not None and (last.kind, last.span) == (statement.kind, statement.span)
