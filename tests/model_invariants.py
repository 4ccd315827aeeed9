"""What every parsed release must satisfy, whatever bytes it came from: the fuzz tests and the hostile-input
tests assert it on each release they get back, so a parser change that breaks the model's promises to the
pages (spans that point at real lines, one value per period) fails loudly instead of drawing nonsense."""

from __future__ import annotations

from core.model import Diagnostic, Release, SourceSpan


def _span_ok(span: SourceSpan, lines: int) -> bool:
    return 1 <= span.first <= span.last <= lines


def assert_consistent(release: Release) -> None:
    lines = len(release.lines)
    assert lines >= 1, "a release has lines"
    assert release.statements, "a release that parsed has a statement"
    for statement in release.statements:
        assert _span_ok(statement.span, lines), f"statement span {statement.span} outside 1..{lines}"
        for item in statement.items:
            assert _span_ok(item.span, lines), f"{item.label!r}: span {item.span} outside 1..{lines}"
            assert len(item.values) == len(statement.periods), f"{item.label!r}: values not aligned with periods"
    for check in release.checks:
        assert _span_ok(check.span, lines), f"check {check.name}: span {check.span} outside 1..{lines}"
    for figure in release.prose:
        assert _span_ok(figure.span, lines), f"prose figure span {figure.span} outside 1..{lines}"
    for diagnostic in release.diagnostics:
        assert isinstance(diagnostic, Diagnostic) and diagnostic.message, f"{diagnostic!r} says nothing"
        if diagnostic.span is not None:
            assert _span_ok(diagnostic.span, lines), f"{diagnostic}: span outside 1..{lines}"
        if diagnostic.column is not None and diagnostic.span is not None:
            assert 1 <= diagnostic.column <= len(release.lines[diagnostic.span.first - 1]) + 1, f"{diagnostic}: column"
