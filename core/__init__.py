"""Release Lens core: earnings releases into a checked, typed model and tidy frames. No Streamlit here."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from core.budget import Budget, BudgetExceeded, parse_within_budget
from core.errors import ReleaseParseError
from core.model import (
    CheckResult,
    FiscalPeriod,
    LineItem,
    Metadata,
    Period,
    ProseFigure,
    Release,
    SourceSpan,
    Statement,
)
from core.parse import parse_release
from core.readers.submission import list_exhibits
from core.stages import PARSER_VERSION

if TYPE_CHECKING:
    from core.frames import checks_frame, facts_frame, statement_frame

SAMPLE_NAME = "allos_q2_2004.txt"
# pandas costs a fifth of a second to import: the frames load on first use, so `python -m core check` and
# library code that never builds a frame start fast.
_FRAMES = frozenset({"checks_frame", "facts_frame", "statement_frame"})


def __getattr__(name: str) -> object:
    if name in _FRAMES:
        from core import frames

        return getattr(frames, name)
    raise AttributeError(f"module 'core' has no attribute {name!r}")


def load_sample() -> tuple[str, bytes]:
    """The bundled reference release (Allos Therapeutics, Q2 2004): name and bytes."""
    return SAMPLE_NAME, resources.files("core").joinpath("samples", SAMPLE_NAME).read_bytes()


__all__ = [
    "PARSER_VERSION",
    "SAMPLE_NAME",
    "Budget",
    "BudgetExceeded",
    "CheckResult",
    "FiscalPeriod",
    "LineItem",
    "Metadata",
    "Period",
    "ProseFigure",
    "Release",
    "ReleaseParseError",
    "SourceSpan",
    "Statement",
    "checks_frame",
    "facts_frame",
    "list_exhibits",
    "load_sample",
    "parse_release",
    "parse_within_budget",
    "statement_frame",
]
