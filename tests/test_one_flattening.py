"""One flattening of a release into facts (core.facts): the command line, the library and the batch
table give the same rows, byte for byte in the contract columns, on every fixture."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import core
from core.batch import facts_of, to_csv
from core.facts import CONTRACT_COLUMNS, write_facts_csv
from core.library import Library

FIXTURES = Path(__file__).parent / "fixtures"
RELEASES = sorted(
    path for folder in ("text", "html", "edgar", "pdf", "gold") for path in (FIXTURES / folder).iterdir()
    if path.suffix in (".txt", ".htm", ".pdf") and not path.name.endswith(".notes.txt")
)


def _command_line(release: core.Release) -> list[list[str]]:
    out = io.StringIO()
    write_facts_csv(release, out, include_unverified=True)
    return list(csv.reader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_command_line_library_and_batch_agree(path: Path, tmp_path: Path) -> None:
    data = path.read_bytes()
    release = core.parse_release(data, path.name)
    written = _command_line(release)
    assert written[0] == list(CONTRACT_COLUMNS)

    library = Library(tmp_path / "library.sqlite")
    entry = library.add(data, path.name, release)
    stored = [["" if cell is None else str(cell) for cell in row] for row in library.facts(entry.sha256)]
    assert sorted(stored) == sorted(written[1:])

    batch = io.StringIO()
    to_csv(facts_of(data, path.name), batch)
    rows = list(csv.DictReader(io.StringIO(batch.getvalue())))
    assert sorted([row[c] for c in CONTRACT_COLUMNS] for row in rows) == sorted(written[1:])


@pytest.mark.parametrize("path", RELEASES[:6], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_dashboard_download_is_the_command_lines_csv(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent))
    from pages._downloads import facts_csv

    release = core.parse_release(path.read_bytes(), path.name)
    command = subprocess.run([sys.executable, "-m", "core", "facts", str(path), "--all-columns",
                              "--include-unverified"], capture_output=True, check=True)
    # the command line's CSV, each row then its unit and currency (UI-56), its printed unit and table (UI-59), the
    # data contract's columns untouched
    downloaded = list(csv.reader(io.StringIO(facts_csv(release).decode())))
    assert downloaded[0][-4:] == ["unit", "currency", "printed_unit", "table_title"]
    assert [row[:-4] for row in downloaded] == list(csv.reader(io.StringIO(command.stdout.decode())))
