"""The project's own source is plain text: no control character but the line's end and a tab may stand in a
Python file. An editing tool once wrote the backspace character itself for the `\\b` of a raw string in
`core/narrative/metadata.py`, a pattern that then never matched (a "FY18" column head went unread and the
release was named for the wrong fiscal year); ruff and mypy see no fault in such a file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted(path for folder in ("core", "pages", "bench", "tests") for path in (ROOT / folder).rglob("*.py")),
           ROOT / "dashboard.py"]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_the_sources_are_found() -> None:
    assert ROOT / "core" / "parse.py" in SOURCES
    assert len(SOURCES) > 100


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_a_source_file_holds_no_control_character(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = _CONTROL.search(text)
    where = f"line {text.count(chr(10), 0, found.start()) + 1}: {found.group()!r}" if found else ""
    assert found is None, f"{path.relative_to(ROOT)} {where}"
