"""The release library: round trip, dedupe, re-parse on a parser upgrade, atomic and concurrent writes.

Every test's library lives under tmp_path (conftest sets RELEASE_LENS_LIBRARY); the killed-writer and
concurrency tests run real processes against one file.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import core
import core.library as library_module
import core.parse
import core.stages
from core.errors import ReleaseParseError
from core.library import Library, default_path, sha256_of, version_key

ROOT = Path(__file__).resolve().parent.parent
SERIES = ROOT / "tests" / "fixtures" / "series"


@pytest.fixture
def sample() -> tuple[str, bytes]:
    return core.load_sample()


def variant(data: bytes, number: int) -> bytes:
    """The sample with a distinct trailing line: another file (another SHA-256) that parses the same."""
    return data + f"\nVariant {number}\n".encode()


def test_default_location_follows_the_env_var_then_xdg_then_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, library_in_tmp_path: Path
) -> None:
    assert default_path() == library_in_tmp_path
    monkeypatch.delenv("RELEASE_LENS_LIBRARY")
    assert default_path() == tmp_path / "xdg-data" / "release-lens" / "library.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_path() == tmp_path / "home" / ".local" / "share" / "release-lens" / "library.sqlite3"


def test_a_folder_given_as_the_library_holds_its_file(tmp_path: Path, sample: tuple[str, bytes]) -> None:
    """`--library /some/folder` (a browser review gave a folder and got "unable to open database file")."""
    folder = tmp_path / "lib"
    folder.mkdir()
    library = Library(folder)
    name, data = sample
    library.add(data, name, core.parse_release(data, name))
    assert library.path == folder / "library.sqlite3" and len(Library(folder).entries()) == 1


def test_round_trip_keeps_bytes_metadata_and_exact_facts(sample: tuple[str, bytes]) -> None:
    name, data = sample
    library = Library()
    entry = library.add(data, name)
    assert library.path.exists() and entry.sha256 == sha256_of(data)
    assert (entry.company, entry.ticker, entry.fiscal_period, entry.name) == (
        "Allos Therapeutics, Inc.", "ALTH", "Q2 2004", name
    )  # fmt: skip
    assert entry.period_end is not None and entry.period_end.isoformat() == "2004-06-30"
    assert library.source(entry.sha256) == data
    facts = library.facts(entry.sha256)
    assert len(facts) == 62
    assert ("operations", "net_income", "Net loss", "2004-06-30", 3, "-7151000") in facts
    reopened = Library(library.path).open(entry.sha256)
    assert reopened.statements == core.parse_release(data, name).statements


def test_the_same_bytes_are_stored_once_under_their_first_name(sample: tuple[str, bytes]) -> None:
    name, data = sample
    library = Library()
    first = library.add(data, name)
    again = library.add(data, "renamed_copy.txt")
    assert len(library) == 1
    assert again.name == name and again.sha256 == first.sha256
    assert again.loaded_at >= first.loaded_at  # listed as just loaded


def test_entries_newest_first_and_remove(sample: tuple[str, bytes]) -> None:
    library = Library()
    names = [path.name for path in sorted(SERIES.glob("*.txt"))]
    for path in sorted(SERIES.glob("*.txt")):
        library.add(path.read_bytes(), path.name)
    assert [e.name for e in library.entries()] == names[::-1]
    assert [e.fiscal_period for e in library.entries()] == ["Q3 2005", "Q2 2005", "Q1 2005"]
    removed = library.entries()[0].sha256
    assert library.remove(removed) is True and library.remove(removed) is False
    assert len(library) == 2 and library.facts(removed) == []


def test_a_release_from_an_older_parser_is_read_again(
    sample: tuple[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    name, data = sample
    library = Library()
    entry = library.add(data, name)
    assert not entry.is_stale and library.refresh() == ()
    calls: list[str] = []
    real = library_module.parse_release

    def counting(source: bytes | str, file: str = "release.txt") -> core.Release:
        calls.append(file)
        return real(source, file)

    monkeypatch.setattr(library_module, "parse_release", counting)
    improved = str(int(core.PARSER_VERSION) + 1)  # the parser improved
    monkeypatch.setattr(library_module, "PARSER_VERSION", improved)
    monkeypatch.setattr(core.stages, "PARSER_VERSION", improved)  # what a parse now stamps on its release
    assert library.get(entry.sha256).is_stale  # type: ignore[union-attr]
    library.add(data, name)  # loading stale bytes again parses them again
    assert calls == [name]
    with sqlite3.connect(library.path) as connection:
        connection.execute("UPDATE releases SET parser_version = '0'")
    assert library.refresh() == ()
    assert calls == [name, name]
    # The stored reading now carries the new version; the loading date and name are kept.
    refreshed = library.get(entry.sha256)
    assert refreshed is not None and not refreshed.is_stale and refreshed.name == name
    assert version_key("1.10") > version_key("1.9") > version_key("1")


def test_add_many_is_all_or_nothing(sample: tuple[str, bytes]) -> None:
    name, data = sample
    library = Library()
    library.add(data, name)
    with pytest.raises(ReleaseParseError):
        library.add_many([(variant(data, 1), "good.txt", None), (b"", "empty.txt", None)])
    assert [e.name for e in library.entries()] == [name]


def test_an_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(library_module.LibraryError, match="cannot be opened"):
        Library(blocker / "library.sqlite3")


SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {root!r})
    import core
    import core.library as lib

    library = lib.Library({path!r})
    name, data = core.load_sample()
    library.add(data, name)                      # committed before the batch starts
    items = [(data + f"\\nVariant {{i}}\\n".encode(), f"v{{i}}.txt", None) for i in range(400)]
    parsed = [(d, n, core.parse_release(d, n)) for d, n, _ in items]

    def slowly(entry):                            # called inside the one open transaction
        print("stored", entry.name, flush=True)
        time.sleep(0.02)

    library.add_many(parsed, on_stored=slowly)
    print("committed", flush=True)
    """
)


def test_a_writer_killed_mid_transaction_loses_nothing_already_stored(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite3"
    script = tmp_path / "writer.py"
    script.write_text(SLOW_WRITER.format(root=str(ROOT), path=str(path)))
    writer = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    stored = [writer.stdout.readline() for _ in range(20)]  # twenty releases into the transaction
    assert all(line.startswith("stored v") for line in stored), stored
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    library = Library(path)
    assert [e.name for e in library.entries()] == ["allos_q2_2004.txt"]  # the earlier release, whole
    entry = library.entries()[0]
    assert len(library.facts(entry.sha256)) == 62
    assert library.source(entry.sha256) == core.load_sample()[1]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM facts").fetchone() == (62,)
    library.add(variant(core.load_sample()[1], 999), "after.txt")  # and it takes new writes
    assert len(library) == 2


CONCURRENT_WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    import core
    import core.library as lib

    library = lib.Library({path!r})
    name, data = core.load_sample()
    for i in range({start}, {start} + 15):
        library.add(data + f"\\nVariant {{i}}\\n".encode(), f"v{{i}}.txt")
    """
)


def test_two_processes_writing_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    Library(path)  # created once, as the dashboard would have
    writers = []
    for start in (0, 100):
        script = tmp_path / f"writer_{start}.py"
        script.write_text(CONCURRENT_WRITER.format(root=str(ROOT), path=str(path), start=start))
        writers.append(subprocess.Popen([sys.executable, str(script)], stderr=subprocess.PIPE, text=True))
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
    assert len(Library(path)) == 30
