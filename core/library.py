"""The local library: every release a user loads, kept in one SQLite file so it is there next time.

Releases are keyed by the SHA-256 of their source bytes, so the same file loaded twice (under any name) is
stored once. The source bytes are stored with what was read from them, because the parser keeps improving:
a release read by an older parser (`parser_version` below `core.PARSER_VERSION`) is read again from its
stored bytes by `refresh()` or on `open()`, and nobody has to find the file again.

Durability is SQLite's: WAL journal, one `BEGIN IMMEDIATE` transaction per release (or per batch in
`add_many`), so a process killed mid-write leaves the last committed state and no half-written release. Two
dashboard sessions writing at once wait for each other (busy timeout) instead of failing with "database is
locked". Each call opens its own short-lived connection, which keeps the class safe to share between the
threads Streamlit runs sessions in.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from core.facts import fact_rows, format_value
from core.model import Release
from core.parse import parse_release
from core.stages import PARSER_VERSION

ENV_VAR = "RELEASE_LENS_LIBRARY"
FILE_NAME = "library.sqlite3"
# How long a writer waits for another session's transaction before giving up. A release's transaction
# takes milliseconds; half a minute covers a batch import running in another process.
BUSY_TIMEOUT_SECONDS = 30.0
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (
    sha256          TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    source          BLOB NOT NULL,
    size            INTEGER NOT NULL,
    format          TEXT NOT NULL,
    parser_version  TEXT NOT NULL,
    company         TEXT NOT NULL DEFAULT '',
    ticker          TEXT NOT NULL DEFAULT '',
    exchange        TEXT NOT NULL DEFAULT '',
    fiscal_period   TEXT NOT NULL DEFAULT '',
    period_end      TEXT,
    release_date    TEXT,
    loaded_at       TEXT NOT NULL,
    parsed_at       TEXT NOT NULL
);
-- What the parser read, one row per fact (the facts contract), values as exact decimal text; kept so the
-- library can be queried with any SQLite client without parsing anything.
CREATE TABLE IF NOT EXISTS facts (
    sha256      TEXT NOT NULL REFERENCES releases(sha256) ON DELETE CASCADE,
    statement   TEXT NOT NULL,
    concept     TEXT NOT NULL,
    label       TEXT NOT NULL,
    period_end  TEXT NOT NULL,
    months      INTEGER,
    value       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_by_release ON facts(sha256);
"""

_ENTRY_COLUMNS = (
    "sha256, name, size, format, parser_version, company, ticker, exchange, fiscal_period, period_end, "
    "release_date, loaded_at"
)


class LibraryError(Exception):
    """The library file cannot be opened or written (a folder without write access, a corrupt file)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored release, as the sidebar lists it: who, which period, when it was loaded."""

    sha256: str
    name: str
    size: int
    format: str
    parser_version: str
    company: str
    ticker: str
    exchange: str
    fiscal_period: str  # "Q2 2004", "FY 2004" or ""
    period_end: date | None
    release_date: date | None
    loaded_at: datetime

    @property
    def title(self) -> str:
        """ "Allos Therapeutics, Inc. · Q2 2004", or the file name for a release without a company."""
        who = self.company or self.name
        return f"{who} · {self.fiscal_period}" if self.fiscal_period else who

    @property
    def is_stale(self) -> bool:
        return version_key(self.parser_version) < version_key(PARSER_VERSION)


def default_path() -> Path:
    """$RELEASE_LENS_LIBRARY, else the user's data directory: $XDG_DATA_HOME/release-lens, else
    ~/.local/share/release-lens (the XDG default, also fine on macOS for a tool run from a terminal)."""
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "release-lens" / FILE_NAME


def version_key(version: str) -> tuple[int, ...]:
    """ "1.10" -> (1, 10), so versions compare as numbers; text that is not a version sorts first."""
    parts = re.findall(r"\d+", version)
    return tuple(int(part) for part in parts) if parts else (-1,)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _fact_rows(release: Release) -> list[tuple[str, str, str, str, str, int | None, str]]:
    """The facts contract as `python -m core facts --include-unverified` writes it (core.facts, the one
    flattening), keyed by the release."""
    return [(release.sha256, *row[:5], format_value(row[5])) for row in fact_rows(release)]


class Library:
    """A release library in one SQLite file (created with its folder on first use; a folder given as its
    path holds it as library.sqlite3)."""

    def __init__(self, path: Path | str | None = None, *, timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.path = Path(path) if path is not None else default_path()
        if self.path.is_dir():
            self.path = self.path / FILE_NAME  # a folder given for the library: its file goes inside
        self.timeout = timeout
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as connection:
                connection.execute("PRAGMA journal_mode=WAL")
                if connection.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    connection.executescript(_SCHEMA)
                    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except (OSError, sqlite3.Error) as error:
            raise LibraryError(f"the library at {self.path} cannot be opened: {error}") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # isolation_level=None: no implicit transactions; writes say BEGIN IMMEDIATE themselves, which takes
        # the write lock up front (waiting up to the busy timeout) instead of failing on upgrade.
        connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys=ON")
            yield connection
        finally:
            connection.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    # --- reading ---------------------------------------------------------------------------------------

    def entries(self) -> tuple[Entry, ...]:
        """Every stored release, the most recently loaded first."""
        with self._connect() as connection:
            rows = connection.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM releases ORDER BY loaded_at DESC, rowid DESC"
            ).fetchall()
        return tuple(_entry(row) for row in rows)

    def get(self, sha256: str) -> Entry | None:
        with self._connect() as connection:
            row = connection.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM releases WHERE sha256 = ?", (sha256,)
            ).fetchone()
        return None if row is None else _entry(row)

    def __contains__(self, sha256: object) -> bool:
        return isinstance(sha256, str) and self.get(sha256) is not None

    def __len__(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("SELECT count(*) FROM releases").fetchone()[0])

    def source(self, sha256: str) -> bytes:
        """The stored source bytes. Raises KeyError for a release that is not in the library."""
        with self._connect() as connection:
            row = connection.execute("SELECT source FROM releases WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise KeyError(sha256)
        return bytes(row[0])

    def facts(self, sha256: str) -> list[tuple[str, str, str, str, int | None, str]]:
        """The stored facts of one release: (statement, concept, label, period_end, months, value)."""
        with self._connect() as connection:
            return connection.execute(
                "SELECT statement, concept, label, period_end, months, value FROM facts WHERE sha256 = ? "
                "ORDER BY rowid",
                (sha256,),
            ).fetchall()

    def open(self, sha256: str) -> Release:
        """The release parsed from its stored bytes (stored again first when its parse is stale)."""
        entry = self.get(sha256)
        if entry is None:
            raise KeyError(sha256)
        release = parse_release(self.source(sha256), entry.name)
        if entry.is_stale:
            with self._transaction() as connection:
                self._store(connection, release, self.source(sha256), loaded_at=None)
        return release

    # --- writing ---------------------------------------------------------------------------------------

    def add(self, data: bytes, name: str, release: Release | None = None) -> Entry:
        """Store a release (parsing `data` unless `release` is given) and return its entry.

        Bytes already stored by the current parser are not parsed or written again: the first name stays,
        the loading date moves to now, so the sidebar lists it as just loaded.
        """
        return self.add_many([(data, name, release)])[0]

    def add_many(
        self,
        items: Iterable[tuple[bytes, str, Release | None]],
        *,
        on_stored: Callable[[Entry], None] | None = None,
    ) -> tuple[Entry, ...]:
        """Store several releases in ONE transaction: all of them or, if anything fails, none.

        Parsing happens before the transaction starts, so the write lock is held only for the inserts.
        Raises ReleaseParseError (nothing stored) when a release cannot be read.
        """
        prepared: list[tuple[bytes, Release | None, str]] = []
        for data, name, release in items:
            sha = sha256_of(data)
            existing = self.get(sha)
            if existing is not None and not existing.is_stale:
                prepared.append((data, None, sha))
                continue
            parsed: Release = release if release is not None else parse_release(data, name)
            if parsed.sha256 != sha or parsed.name != name:
                parsed = _with_identity(parsed, sha, name if existing is None else existing.name)
            prepared.append((data, parsed, sha))
        with self._transaction() as connection:
            for data, fresh, sha in prepared:
                if fresh is None:
                    connection.execute("UPDATE releases SET loaded_at = ? WHERE sha256 = ?", (_now(), sha))
                else:
                    self._store(connection, fresh, data, loaded_at=_now())
                if on_stored is not None:
                    on_stored(_entry_of(connection, sha))
            return tuple(_entry_of(connection, sha) for _, _, sha in prepared)

    def _store(self, connection: sqlite3.Connection, release: Release, data: bytes, *, loaded_at: str | None) -> None:
        meta = release.metadata
        fiscal = meta.fiscal_period
        period_end = fiscal.end if fiscal is not None and fiscal.end is not None else _latest_end(release)
        values = (
            release.sha256,
            release.name,
            data,
            len(data),
            release.format,
            release.parser_version or PARSER_VERSION,
            meta.company,
            meta.ticker,
            meta.exchange,
            fiscal.label if fiscal is not None else "",
            _iso(period_end),
            _iso(meta.release_date),
            loaded_at or _now(),
            _now(),
        )
        if loaded_at is None:  # a re-parse: keep the name and the loading date
            connection.execute(
                "UPDATE releases SET format = ?, parser_version = ?, company = ?, ticker = ?, exchange = ?, "
                "fiscal_period = ?, period_end = ?, release_date = ?, parsed_at = ? WHERE sha256 = ?",
                (*values[4:12], values[13], release.sha256),
            )
        else:
            connection.execute(
                "INSERT INTO releases (sha256, name, source, size, format, parser_version, company, ticker, "
                "exchange, fiscal_period, period_end, release_date, loaded_at, parsed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(sha256) DO UPDATE SET format = excluded.format, "
                "parser_version = excluded.parser_version, company = excluded.company, "
                "ticker = excluded.ticker, exchange = excluded.exchange, fiscal_period = excluded.fiscal_period, "
                "period_end = excluded.period_end, release_date = excluded.release_date, "
                "loaded_at = excluded.loaded_at, parsed_at = excluded.parsed_at",
                values,
            )
        connection.execute("DELETE FROM facts WHERE sha256 = ?", (release.sha256,))
        connection.executemany(
            "INSERT INTO facts (sha256, statement, concept, label, period_end, months, value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            _fact_rows(release),
        )

    def remove(self, sha256: str) -> bool:
        """Forget a release (and its facts); False when it was not there."""
        with self._transaction() as connection:
            return connection.execute("DELETE FROM releases WHERE sha256 = ?", (sha256,)).rowcount > 0

    def refresh(self) -> tuple[tuple[str, str], ...]:
        """Re-parse every release stored by an older parser, one transaction each.

        Returns (name, reason) for releases the current parser cannot read; they keep their older reading,
        so a parser regression never loses a stored release.
        """
        failures: list[tuple[str, str]] = []
        for entry in self.entries():
            if not entry.is_stale:
                continue
            try:
                self.open(entry.sha256)
            except Exception as error:  # a parser bug on one stored release must not stop the others
                failures.append((entry.name, str(error) or type(error).__name__))
        return tuple(failures)


# How many hex digits of a release's SHA-256 the page's address carries to name it (`session_marks`): 12 tell
# apart any two of a library's releases (a clash is one in 2**48), and five releases stay a short address.
MARK_DIGITS = 12


def session_marks(sha256s: Iterable[str]) -> str:
    """The releases a browser tab has open, as its address keeps them ("?open=ab12...,cd34..."), so a reload, which
    starts a new session, can offer them again (UI-55: a reload had dropped five uploads with no word of where they
    were). Each once, in order; by content, never by name: the library is shared by everyone using the server."""
    marks = (sha[:MARK_DIGITS].lower() for sha in sha256s if len(sha) >= MARK_DIGITS)
    return ",".join(dict.fromkeys(marks))


def marked_entries(entries: Iterable[Entry], marks: str) -> tuple[Entry, ...]:
    """The library's entries `marks` (`session_marks`) names, in the marks' order: only those, whatever else other
    sessions stored. A mark of no stored release (removed since) is left out; anything not a mark is ignored."""
    wanted = [mark for mark in marks.lower().split(",") if len(mark) == MARK_DIGITS
              and all(c in "0123456789abcdef" for c in mark)]
    by_mark = {entry.sha256[:MARK_DIGITS].lower(): entry for entry in entries}
    return tuple(by_mark[mark] for mark in dict.fromkeys(wanted) if mark in by_mark)


def _with_identity(release: Release, sha256: str, name: str) -> Release:
    return dataclasses.replace(release, sha256=sha256, name=name)


def _latest_end(release: Release) -> date | None:
    ends = [period.end for statement in release.statements for period in statement.periods]
    return max(ends) if ends else None


def _entry_of(connection: sqlite3.Connection, sha256: str) -> Entry:
    row = connection.execute(f"SELECT {_ENTRY_COLUMNS} FROM releases WHERE sha256 = ?", (sha256,)).fetchone()
    return _entry(row)


def _entry(row: tuple[object, ...]) -> Entry:
    (sha, name, size, form, version, company, ticker, exchange, fiscal, period_end, released, loaded) = row
    return Entry(
        sha256=str(sha),
        name=str(name),
        size=int(str(size)),
        format=str(form),
        parser_version=str(version),
        company=str(company),
        ticker=str(ticker),
        exchange=str(exchange),
        fiscal_period=str(fiscal),
        period_end=None if period_end is None else date.fromisoformat(str(period_end)),
        release_date=None if released is None else date.fromisoformat(str(released)),
        loaded_at=datetime.fromisoformat(str(loaded)),
    )
