"""Command line: `python -m core facts FILE` (CSV on stdout), `python -m core check FILE`, and `python -m core
text FILE` (the text the line numbers of both point into: an HTML release set out in lines, a submission's exhibit).

Exit status 0 when statements were read (warnings go to stderr), 1 with one line on stderr when the file
cannot be read or holds no financial statement, 2 for a usage error.

Batch: `python -m core facts DIR --out facts.parquet` (or .csv) parses every release under DIR on all
cores into one table with a `source` column, a progress bar and a list of failed files on stderr; it exits
0 when at least one file was read. `--scheduler ADDRESS` runs it on a Dask cluster instead and writes
partitioned Parquet (a folder). `python -m core library [--library PATH] list|add|remove|refresh` manages
the release library the dashboard keeps (default: $RELEASE_LENS_LIBRARY, else the user's data directory).
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path
from typing import TextIO

from core.errors import ReleaseParseError
from core.facts import write_facts_csv
from core.formatting import how_many, numbered
from core.limits import check_size
from core.model import Release
from core.parse import parse_release


def _load(path: str) -> Release:
    """The file's bytes, parsed; its size is checked before it is read, so a 10 GB file (or a device
    such as /dev/zero, which has no size and never ends) is refused without filling memory."""
    file = Path(path)
    try:
        status = file.stat()
        if stat.S_ISDIR(status.st_mode):
            raise ReleaseParseError(f"{path} is a folder, not a file")
        if not stat.S_ISREG(status.st_mode):
            raise ReleaseParseError(f"{path} is not a regular file")
        check_size(status.st_size, file.name)
        data = file.read_bytes()
    except FileNotFoundError:
        raise ReleaseParseError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReleaseParseError(f"{path} is a folder, not a file") from None
    except OSError as error:
        raise ReleaseParseError(f"{path} cannot be read: {error.strerror}") from None
    return parse_release(data, file.name)


def _facts(args: argparse.Namespace) -> int:
    if Path(args.file).is_dir():
        return _batch(args)
    if args.scheduler:
        raise ReleaseParseError("--scheduler needs a folder of releases, not one file")
    release = _load(args.file)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as out:
            held = write_facts_csv(release, out, all_columns=args.all_columns,
                                   include_unverified=args.include_unverified)
    else:
        held = write_facts_csv(release, sys.stdout, all_columns=args.all_columns,
                               include_unverified=args.include_unverified)
    if held:
        print(f"warning: {held}", file=sys.stderr)
    for diagnostic in release.diagnostics:
        print(f"{diagnostic.severity}: {diagnostic}", file=sys.stderr)
    if release.diagnostics or args.all_columns:  # --all-columns prints line numbers: say what they count
        _say_where_lines_count(release, args.file, sys.stderr)
    return 0


def _batch(args: argparse.Namespace) -> int:
    from core import batch

    folder = Path(args.file)
    paths = batch.release_files(folder)
    if not paths:
        raise ReleaseParseError(f"{folder} holds no release files ({', '.join(sorted(batch.RELEASE_SUFFIXES))})")
    out = Path(args.out) if args.out else None
    progress = None if args.quiet else batch.ProgressBar(sys.stderr)
    if args.scheduler:
        if out is None:
            raise ReleaseParseError("--scheduler writes partitioned Parquet: name a folder with --out")
        result = batch.parse_on_dask(paths, args.scheduler, out, root=folder, progress=progress)
    else:
        result = batch.parse_local(paths, root=folder, workers=args.workers, progress=progress)
        facts = result.facts
        if not args.include_unverified:
            from core.frames import hold_back_failed

            facts, held = hold_back_failed(facts)
            if held:
                print(f"warning: {held}", file=sys.stderr)
        if out is not None:
            try:
                batch.write_facts(facts, out)
            except (ValueError, ImportError) as error:
                raise ReleaseParseError(str(error)) from None
        else:
            batch.to_csv(facts, sys.stdout)
    for line in batch.summary(result, out):
        print(line, file=sys.stderr)
    return 0 if result.parsed else 1


def _library(args: argparse.Namespace) -> int:
    from core.batch import release_files
    from core.library import Library, LibraryError

    try:
        library = Library(args.library)
    except LibraryError as error:
        raise ReleaseParseError(str(error)) from None
    if args.action == "list":
        print(f"{library.path}: {how_many(len(library), 'release')}")
        for entry in library.entries():
            stale = "  (read by an older parser)" if entry.is_stale else ""
            print(f"{entry.sha256[:12]}  {entry.loaded_at:%Y-%m-%d %H:%M}  {entry.title}  [{entry.name}]{stale}")
    elif args.action == "add":
        for name in args.files:
            path = Path(name)
            files = release_files(path) if path.is_dir() else [path]
            for file in files:
                try:
                    entry = library.add(file.read_bytes(), file.name)
                except (ReleaseParseError, OSError) as error:
                    print(f"error: {file}: {error}", file=sys.stderr)
                    continue
                print(f"{entry.sha256[:12]}  {entry.title}  [{entry.name}]")
    elif args.action == "remove":
        matches = [e for e in library.entries() if e.sha256.startswith(args.sha256.lower())]
        if len(matches) != 1:
            raise ReleaseParseError(f"{args.sha256} matches {len(matches)} releases in the library, not one")
        library.remove(matches[0].sha256)
        print(f"removed {matches[0].title} [{matches[0].name}]")
    else:
        failures = library.refresh()
        for name, reason in failures:
            print(f"error: {name}: {reason}", file=sys.stderr)
        print(f"{how_many(len(library), 'release')}, {len(failures)} could not be read again")
    return 0


def _check(args: argparse.Namespace) -> int:
    release = _load(args.file)
    if args.json:
        print(json.dumps(_check_record(release), indent=2))
        return 0
    passed = sum(1 for c in release.checks if c.passed)
    for check in release.checks:
        status = "PASS" if check.passed else "FAIL"
        print(
            f"{status}  {check.name:<32} {check.statement:<10} {check.period:<14} "
            f"expected {check.expected:>18,} found {check.found:>18,}  {check.span}"
        )
        if not check.passed:
            print(f"      {check.detail}")
            if check.doubt:
                print(f"      {check.doubt}")
    print(f"{passed} passed, {len(release.checks) - passed} failed")
    for diagnostic in release.warnings:
        print(f"{diagnostic.severity}: {diagnostic}")
    _say_where_lines_count(release, args.file, sys.stdout)
    return 0


def _say_where_lines_count(release: Release, path: str, out: TextIO) -> None:
    """The release's own notes (the exhibit read, and what its line numbers count where they are not the
    file's), and how to see the lines they count."""
    for note in release.notes:
        print(f"note: {note}", file=out)
    if release.format != "text" or release.notes:
        print(f"note: `python -m core text {path}` prints the lines as read, numbered", file=out)


def _text(args: argparse.Namespace) -> int:
    release = _load(args.file)
    print(numbered(release.lines))
    return 0


def _check_record(release: Release) -> dict[str, object]:
    """`check --json`: every check with its numbers as strings (exact decimals), and every diagnostic."""
    return {
        "release": release.name,
        "checks": [{"name": c.name, "statement": c.statement, "period": c.period, "expected": str(c.expected),
                    "found": str(c.found), "tolerance": str(c.tolerance), "passed": c.passed,
                    "first_line": c.span.first, "last_line": c.span.last, "lines": list(c.lines),
                    "detail": c.detail, "doubt": c.doubt} for c in release.checks],
        "diagnostics": [d.as_dict() for d in release.diagnostics],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core", description="Read earnings press releases.")
    commands = parser.add_subparsers(dest="command", required=True)
    facts = commands.add_parser("facts", help="print the release's facts as CSV (a folder: all its releases)")
    facts.add_argument("file", help="a release, or a folder of releases")
    facts.add_argument("--all-columns", action="store_true", help="add kind, section, line numbers...")
    facts.add_argument("--include-unverified", action="store_true",
                       help="also write facts that took part in a failed check (held back by default)")
    facts.add_argument("--out", help="write to this .csv (or, for a folder, .parquet) instead of stdout")
    facts.add_argument("--workers", type=int, default=None, help="processes for a folder (default: all cores)")
    facts.add_argument("--scheduler", help="a Dask scheduler address: parse the folder on that cluster")
    facts.add_argument("--quiet", action="store_true", help="no progress bar")
    facts.set_defaults(run=_facts)
    library = commands.add_parser("library", help="list, add, remove or re-read the stored releases")
    library.add_argument("--library", help="the library file (default: $RELEASE_LENS_LIBRARY, else the data dir)")
    actions = library.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="every stored release, the most recently loaded first")
    add = actions.add_parser("add", help="store releases (files or folders)")
    add.add_argument("files", nargs="+")
    remove = actions.add_parser("remove", help="forget a release, by the first digits of its SHA-256")
    remove.add_argument("sha256")
    actions.add_parser("refresh", help="re-read releases stored by an older parser")
    library.set_defaults(run=_library)
    check = commands.add_parser("check", help="print the arithmetic checks")
    check.add_argument("file")
    check.add_argument("--json", action="store_true", help="checks and diagnostics as JSON, with their lines")
    check.set_defaults(run=_check)
    text = commands.add_parser("text", help="print the text as read, each line numbered as warnings name it")
    text.add_argument("file")
    text.set_defaults(run=_text)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except ReleaseParseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `python -m core facts x.txt | head`: the reader left; nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:  # a parser bug: still one line, naming the file, never a traceback
        target = getattr(args, "file", None) or "the input"
        print(f"error: {target} could not be read (internal error: {type(error).__name__}: {error})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
