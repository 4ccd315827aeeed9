"""Fidelity of `python -m core facts` against hand-checked gold facts: right / wrong / missing per release.

    python bench/bench_fidelity.py tests/fixtures/gold        # <release>.gold.csv beside each release
    python bench/bench_fidelity.py ../shared/goldset -v       # or DIR/gold/<release>.csv, as the gold set lays it out
    python bench/bench_fidelity.py tests/fixtures/gold --print-pdf   # each HTML release printed to PDF first

A gold fact is right when `facts` prints a row with its statement, concept, period end and length and
its value (per-share values within half a cent, others within half a unit); wrong when rows with that key
exist but none has the value; missing when none has the key. Facts held back because a check failed are
missing, not wrong: the reader did not show them. A wrong fact is the one that matters most.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

Key = tuple[str, str, str, str]
SOURCES = (".htm", ".html", ".txt", ".pdf")


def key_of(row: dict[str, str]) -> Key:
    months = (row.get("months") or "").strip()
    return (row["statement"].strip(), row["concept"].strip(), row["period_end"].strip()[:10],
            str(int(float(months))) if months else "")


def score(gold: list[dict[str, str]], printed: list[dict[str, str]]) -> tuple[int, int, int, list[str]]:
    found: dict[Key, list[float]] = defaultdict(list)
    for row in printed:
        found[key_of(row)].append(float(row["value"]))
    right = wrong = missing = 0
    notes: list[str] = []
    for row in gold:
        key, want = key_of(row), float(row["value"])
        tolerance = 0.005 if key[1].startswith("eps") else 0.5
        got = found.get(key)
        if not got:
            missing += 1
            notes.append(f"  MISSING {key} want {want:,.10g}")
        elif any(abs(value - want) <= tolerance for value in got):
            right += 1
        else:
            wrong += 1
            notes.append(f"  WRONG   {key} want {want:,.10g} got {', '.join(f'{v:,.10g}' for v in got)}")
    return right, wrong, missing, notes


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(release, gold CSV) pairs in either layout."""
    pairs = []
    for source in sorted(p for p in folder.iterdir() if p.suffix in SOURCES):
        for gold in (folder / f"{source.stem}.gold.csv", folder / "gold" / f"{source.stem}.csv"):
            if gold.exists():
                pairs.append((source, gold))
                break
    return pairs


def print_pdf(source: Path, folder: Path) -> Path:
    """The release as an investor-relations site serves it: printed by Chromium, without the browser's
    header and footer lines."""
    pdf = folder / f"{source.stem}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.resolve().as_uri()],
                   capture_output=True, timeout=120, check=True)
    return pdf


def _printed_to_pdf(pairs: list[tuple[Path, Path]], folder: Path) -> list[tuple[Path, Path]]:
    return [(print_pdf(source, folder), gold) for source, gold in pairs if source.suffix in (".htm", ".html")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="releases with gold facts")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each wrong and missing fact")
    parser.add_argument("--print-pdf", action="store_true",
                        help="print each HTML release to PDF with Chromium and read the PDF instead")
    args = parser.parse_args()
    pairs = gold_pairs(args.folder)
    if args.print_pdf:
        pairs = _printed_to_pdf(pairs, Path(tempfile.mkdtemp(prefix="fidelity-pdf-")))
    if not pairs:
        print(f"{args.folder}: no release with gold facts", file=sys.stderr)
        return 1
    totals = [0, 0, 0]
    print(f"{'release':48} {'right':>6} {'wrong':>6} {'missing':>8} {'total':>6} {'s':>6}")
    for source, gold_path in pairs:
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "core", "facts", str(source)], capture_output=True, text=True,
                             timeout=300, check=False)
        seconds = time.perf_counter() - started
        gold = list(csv.DictReader(gold_path.open(newline="", encoding="utf-8")))
        printed = list(csv.DictReader(io.StringIO(run.stdout))) if run.returncode == 0 else []
        right, wrong, missing, notes = score(gold, printed)
        for index, value in enumerate((right, wrong, missing)):
            totals[index] += value
        print(f"{source.stem:48} {right:6} {wrong:6} {missing:8} {len(gold):6} {seconds:6.2f}")
        if args.verbose and notes:
            print("\n".join(notes))
    right, wrong, missing = totals
    total = right + wrong + missing
    print(f"{'all':48} {right:6} {wrong:6} {missing:8} {total:6}   right {100 * right / total:.1f}%, "
          f"wrong {100 * wrong / total:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
