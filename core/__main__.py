"""Command line: `python -m core facts FILE` (CSV on stdout) and `python -m core check FILE`.

Exit status 0 when statements were read (warnings go to stderr), 1 with one line on stderr when the file
cannot be read or holds no financial statement, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path

from core.errors import ReleaseParseError
from core.frames import CONTRACT_COLUMNS, FACT_COLUMNS, facts_frame
from core.model import Release
from core.parse import parse_release


def _load(path: str) -> Release:
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise ReleaseParseError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReleaseParseError(f"{path} is a folder, not a file") from None
    except OSError as error:
        raise ReleaseParseError(f"{path} cannot be read: {error.strerror}") from None
    return parse_release(data, file.name)


def _format_value(value: float) -> str:
    """Values as exact decimals without float noise: 31139289, -7151000, -0.23."""
    text = format(Decimal(repr(value)).normalize(), "f")
    return text


def _facts(args: argparse.Namespace) -> int:
    release = _load(args.file)
    frame = facts_frame(release)
    columns = list(FACT_COLUMNS if args.all_columns else CONTRACT_COLUMNS)
    frame = frame[columns].copy()
    frame["value"] = frame["value"].map(_format_value)
    frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    for warning in release.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    release = _load(args.file)
    passed = sum(1 for c in release.checks if c.passed)
    for check in release.checks:
        status = "PASS" if check.passed else "FAIL"
        print(
            f"{status}  {check.name:<32} {check.statement:<10} {check.period:<14} "
            f"expected {check.expected:>18,} found {check.found:>18,}  {check.span}"
        )
        if not check.passed:
            print(f"      {check.detail}")
    print(f"{passed} passed, {len(release.checks) - passed} failed")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core", description="Read earnings press releases.")
    commands = parser.add_subparsers(dest="command", required=True)
    facts = commands.add_parser("facts", help="print the release's facts as CSV")
    facts.add_argument("file")
    facts.add_argument("--all-columns", action="store_true", help="add kind, section, line numbers...")
    facts.set_defaults(run=_facts)
    check = commands.add_parser("check", help="print the arithmetic checks")
    check.add_argument("file")
    check.set_defaults(run=_check)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except ReleaseParseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
