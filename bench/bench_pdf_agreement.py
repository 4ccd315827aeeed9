"""Whether a release printed to PDF reads as its HTML: the facts of each HTML release in a folder against
the facts of the same release printed by Chromium (no gold needed, so any folder of releases will do).

    python bench/bench_pdf_agreement.py ../shared/corpus        # every .htm there, printed and read twice

A fact is `same` when the PDF prints it with the HTML's value, `differ` when it prints another value (the
worst: one of the two forms shows a wrong number), `missing` when only the HTML prints it, `extra` when only
the PDF does. Needs Debian's `chromium` on the PATH.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_fidelity import print_pdf  # noqa: E402

import core  # noqa: E402
from core.errors import ReleaseParseError  # noqa: E402
from core.facts import fact_rows  # noqa: E402

Key = tuple[str, str, str, "int | None"]


def facts(path: Path) -> dict[Key, float] | None:
    """The concept facts `python -m core facts` prints by default, by key; None where the file is refused."""
    try:
        release = core.parse_release(path.read_bytes(), path.name)
    except ReleaseParseError:
        return None
    return {(row[0], row[1], row[3], row[4]): row[5] for row in fact_rows(release) if row[1] and row[14] != "failed"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder of HTML releases")
    args = parser.parse_args()
    sources = sorted(p for p in args.folder.iterdir() if p.suffix in (".htm", ".html"))
    if not sources:
        print(f"{args.folder}: no HTML release", file=sys.stderr)
        return 1
    out = Path(tempfile.mkdtemp(prefix="pdf-agreement-"))
    totals = [0, 0, 0, 0]
    print(f"{'release':48} {'same':>6} {'differ':>7} {'missing':>8} {'extra':>6} {'s':>6}")
    for source in sources:
        started = time.perf_counter()
        html, pdf = facts(source), facts(print_pdf(source, out))
        seconds = time.perf_counter() - started
        if html is None:
            continue
        pdf = pdf or {}
        counts = [sum(1 for k in html if k in pdf and pdf[k] == html[k]),
                  sum(1 for k in html if k in pdf and pdf[k] != html[k]),
                  sum(1 for k in html if k not in pdf), sum(1 for k in pdf if k not in html)]
        for index, value in enumerate(counts):
            totals[index] += value
        print(f"{source.stem:48} {counts[0]:6} {counts[1]:7} {counts[2]:8} {counts[3]:6} {seconds:6.2f}")
    print(f"{'all':48} {totals[0]:6} {totals[1]:7} {totals[2]:8} {totals[3]:6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
