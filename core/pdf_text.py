"""PDF releases: stub."""
from __future__ import annotations

from core.errors import ReleaseParseError
from core.read import Document


def read_pdf(data: bytes, name: str) -> Document:
    raise ReleaseParseError(f"{name} is a PDF; not yet")
