"""Parsing speed of the core, printed as a table (issue 2's targets; never a timed test).

Measures, in one run on one core:
- the reference release: median parse time after warm-up (target under 5 ms), against merely decoding
  and splitting the same bytes into lines;
- every plain-text fixture: releases parsed per second (target over 200 a second), against the same
  decode-and-split baseline;
- the import time of `core` (a fresh interpreter importing it, less one that imports nothing).

Run: python bench/bench_parse.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import core  # noqa: E402
from core.read import decode, split_lines  # noqa: E402

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "text").glob("*.txt"))
# Releases as the text era filed them (native fixed-width exhibits, not renderings of HTML releases).
NATIVE = [ROOT / "tests" / "fixtures" / "text" / name for name in (
    "allos_q2_2004.txt", "southern-company_q4-fy2004_text.txt", "southern-company_q4-fy2006_text.txt"
)] + sorted((ROOT / "tests" / "fixtures" / "series").glob("*.txt"))


def _median_seconds(work: Callable[[], object], repeats: int) -> float:
    for _ in range(5):  # warm-up: regex caches, imports, allocator
        work()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _split(data: bytes) -> tuple[str, ...]:
    return split_lines(decode(data, "x")[0])


def _import_seconds() -> float:
    def run(code: str) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return run("import core") - run("pass")


def main() -> None:
    name, sample = core.load_sample()
    parse = _median_seconds(lambda: core.parse_release(sample, name), 200)
    split = _median_seconds(lambda: _split(sample), 200)

    native = [(path.name, path.read_bytes()) for path in NATIVE]
    start = time.perf_counter()
    for _ in range(20):
        for file_name, data in native:
            core.parse_release(data, file_name)
    native_rate = 20 * len(native) / (time.perf_counter() - start)

    corpus = [(path.name, path.read_bytes()) for path in FIXTURES]
    start = time.perf_counter()
    rounds = 3
    for _ in range(rounds):
        for file_name, data in corpus:
            core.parse_release(data, file_name)
    corpus_parse = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(rounds):
        for _, data in corpus:
            _split(data)
    corpus_split = time.perf_counter() - start
    files = rounds * len(corpus)
    size = sum(len(data) for _, data in corpus)

    print(f"{'measure':<52} {'value':>14} {'ratio to split':>16}")
    print(f"{'reference release: median parse (target < 5 ms)':<52} {parse * 1000:>11.2f} ms {parse / split:>15.0f}x")
    print(f"{'reference release: decode + split lines':<52} {split * 1000:>11.3f} ms {1:>15.0f}x")
    print(f"{f'text fixtures ({len(corpus)} files, {size / 1024:.0f} KB): releases/s':<52} "
          f"{files / corpus_parse:>12.0f} /s {corpus_parse / corpus_split:>15.0f}x")
    print(f"{'text fixtures: decode + split, files/s':<52} {files / corpus_split:>12.0f} /s {1:>15.0f}x")
    print(f"{f'text-era releases ({len(native)} native exhibits): releases/s':<52} {native_rate:>12.0f} /s {'':>16}")
    print(f"{'import core (fresh interpreter, less bare start)':<52} {_import_seconds() * 1000:>11.0f} ms {'':>16}")


if __name__ == "__main__":
    main()
