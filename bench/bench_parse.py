"""Parsing speed of the core, printed as a table (issues 2 and 12; never a timed test).

Measures, in one run on one core:
- the reference release: median parse time after warm-up (issue 12's target: 2 ms), against the floor
  of any reader of it: decoding the bytes and one regex pass over the text for number-like words;
- every plain-text fixture: releases parsed per second, against decoding and splitting them;
- text-era releases: the real ones among the fixtures, as filed in 1995-2008 (the sample, Southern
  Company's two text exhibits and the Apple, Southern Company text-era EDGAR submissions; the synthetic
  Halden series is left out), releases per second;
- cold start: `python -m core facts` and `check` on the sample in a fresh interpreter, against
  `python -c pass`, with each one's peak RSS, and whether pandas or pypdf were imported; core's bytecode
  is compiled first, as any run after the first finds it (an editable install writes it on first import,
  unless $PYTHONDONTWRITEBYTECODE is set, when every start compiled the source again: +0.1-0.2 s);
- the dashboard's budgeted parse (core.budget: a child process per upload) against parsing in-process:
  an upload that finds its spare child ready (a second after the one before, as a visitor uploads), and
  uploads back to back (each may wait for its spare's imports);
- where the time goes: each stage's share of the reference release and of the text-era releases, timed
  in a separate run with the stages wrapped (so the rates above carry no timer overhead).

Run: python bench/bench_parse.py
"""

from __future__ import annotations

import compileall
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import core  # noqa: E402
from core.readers.text import decode, split_lines  # noqa: E402

FIXTURES = sorted((ROOT / "tests" / "fixtures" / "text").glob("*.txt"))
# Releases as the text era filed them (native fixed-width exhibits, not renderings of HTML releases).
NATIVE = [ROOT / "tests" / "fixtures" / "text" / name for name in (
    "allos_q2_2004.txt", "southern-company_q4-fy2004_text.txt", "southern-company_q4-fy2006_text.txt"
)] + [ROOT / "tests" / "fixtures" / "edgar" / name for name in (
    "apple-computer_q3-fy2004.txt", "southern-company_q4-fy2004.txt", "southern-company_q4-fy2006.txt"
)]
# The least any reader of a release must do: decode it and find its number-like words once.
_NUMBER_LIKE = re.compile(r"[$(]?-?\d[\d,.]*\)?%?")


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


def _floor(data: bytes) -> int:
    return len(_NUMBER_LIKE.findall(decode(data, "x")[0]))


# Peak RSS as the child itself reports it at exit (VmHWM): wait4's ru_maxrss would count the memory of
# this process, which the child is forked from before it starts Python.
_PEAK_AT_EXIT = ("import atexit, sys\n"
                 "def peak():\n"
                 "    line = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
                 "    sys.stderr.write(line.split()[1])\n"
                 "atexit.register(peak)\n")


def _cold(module_args: list[str]) -> tuple[float, float]:
    """Median seconds and peak RSS (MB) of a fresh interpreter running `python -m core ARGS` (or nothing)."""
    run_module = (f"sys.argv = ['core', *{module_args!r}]\nimport runpy\nrunpy.run_module('core', run_name='__main__')"
                  if module_args else "")
    times, peaks = [], []
    for _ in range(5):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _PEAK_AT_EXIT + run_module], cwd=ROOT, check=False,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        peaks.append(int(done.stderr.strip().split()[-1]) / 1024)
    return statistics.median(times), max(peaks)


def _modules_loaded(command: str) -> str:
    probe = ("import sys, contextlib, io; from core.__main__ import main\n"
             f"with contextlib.redirect_stdout(io.StringIO()): main([{command!r}, 'core/samples/allos_q2_2004.txt'])\n"
             "print(','.join(m for m in ('pandas', 'pypdf') if m in sys.modules) or 'neither')")
    return subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def _import_seconds() -> float:
    def run(code: str) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    return run("import core") - run("pass")


# The pipeline's stages, as core.stages and its helpers call them: (label, module, function). A stage
# nested in another (line classification inside the table reader) is taken out of its parent's time.
STAGES = (
    ("HTML rendering", "core.readers.text", "render_html"),
    ("line classification", "core.tables.find", "_classify_all"),
    ("table layout: columns, headers, rows", "core.stages", "find_tables"),
    ("statements: periods, concepts, scale", "core.stages", "build_statement"),
    ("narrative figures", "core.stages", "find_figures"),
    ("metadata", "core.stages", "read_metadata"),
    ("arithmetic checks", "core.stages", "checks_and_notes"),
)
NESTED = {"table layout: columns, headers, rows": "line classification"}


def _stage_times(releases: list[tuple[str, bytes]], rounds: int) -> tuple[dict[str, float], float]:
    """Seconds per round spent in each stage, and in all of parse_release, with the stages wrapped."""
    import importlib

    spent = dict.fromkeys((label for label, _, _ in STAGES), 0.0)
    originals = []
    for label, module_name, function in STAGES:
        module = importlib.import_module(module_name)
        original = getattr(module, function)
        originals.append((module, function, original))

        def timed(*args: object, _original: Callable[..., object] = original, _label: str = label,
                  **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] += time.perf_counter() - start

        setattr(module, function, timed)
    try:
        for file_name, data in releases:
            core.parse_release(data, file_name)
        for key in spent:
            spent[key] = 0.0
        start = time.perf_counter()
        for _ in range(rounds):
            for file_name, data in releases:
                core.parse_release(data, file_name)
        total = time.perf_counter() - start
    finally:
        for module, function, original in originals:
            setattr(module, function, original)
    for parent, child in NESTED.items():
        spent[parent] -= spent[child]
    return {label: seconds / rounds for label, seconds in spent.items()}, total / rounds


def _print_stages(title: str, releases: list[tuple[str, bytes]], rounds: int) -> None:
    spent, total = _stage_times(releases, rounds)
    print(f"\nwhere the time goes: {title} ({total * 1000:.2f} ms a round, stages wrapped)")
    rest = ("rest: decoding, EDGAR envelope, hashing, choices", total - sum(spent.values()))
    for label, seconds in (*spent.items(), rest):
        print(f"  {label:<50} {seconds * 1000:>9.2f} ms {seconds / total:>7.0%}")


def _budgeted_after_a_pause(data: bytes, name: str, repeats: int) -> float:
    """Median budgeted parse, each started a second after the one before (untimed), as a visitor uploads:
    the spare child has started and imported the parser by then."""
    samples = []
    for _ in range(repeats):
        time.sleep(1.0)
        start = time.perf_counter()
        core.parse_within_budget(data, name)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    compileall.compile_dir(ROOT / "core", quiet=1)  # the children started below (cold start, budget) use it
    name, sample = core.load_sample()
    parse = _median_seconds(lambda: core.parse_release(sample, name), 200)
    split = _median_seconds(lambda: _split(sample), 200)
    floor = _median_seconds(lambda: _floor(sample), 200)
    budgeted_ready = _budgeted_after_a_pause(sample, name, 10)
    budgeted = _median_seconds(lambda: core.parse_within_budget(sample, name), 10)

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

    print(f"{'measure':<52} {'value':>14} {'ratio':>16}")
    print(f"{'reference release: median parse (target <= 2 ms)':<52} {parse * 1000:>11.2f} ms "
          f"{parse / floor:>8.0f}x floor")
    print(f"{'reference release: floor (decode + regex for numbers)':<52} {floor * 1000:>11.3f} ms {1:>15.0f}x")
    print(f"{'reference release: decode + split lines':<52} {split * 1000:>11.3f} ms {parse / split:>8.0f}x parse")
    print(f"{f'text fixtures ({len(corpus)} files, {size / 1024:.0f} KB): releases/s':<52} "
          f"{files / corpus_parse:>12.0f} /s {corpus_parse / corpus_split:>15.0f}x")
    print(f"{'text fixtures: decode + split, files/s':<52} {files / corpus_split:>12.0f} /s {1:>15.0f}x")
    native_kb = sum(len(data) for _, data in native) / len(native) / 1024
    print(f"{f'text-era releases ({len(native)} real, {native_kb:.0f} KB avg): releases/s':<52} "
          f"{native_rate:>12.0f} /s {'':>16}")
    print(f"{'import core (fresh interpreter, less bare start)':<52} {_import_seconds() * 1000:>11.0f} ms {'':>16}")
    bare, bare_peak = _cold([])
    print(f"{'cold start: python -c pass':<52} {bare * 1000:>11.0f} ms {bare_peak:>10.0f} MB RSS")
    for command in ("facts", "check"):
        seconds, peak = _cold([command, "core/samples/allos_q2_2004.txt"])
        print(f"{f'cold start: python -m core {command} sample':<52} {seconds * 1000:>11.0f} ms {peak:>10.0f} MB RSS"
              f"  (+{(seconds - bare) * 1000:.0f} ms; imports {_modules_loaded(command)})")
    print(f"{'dashboard upload: budgeted child, spare ready (median)':<52} {budgeted_ready * 1000:>11.0f} ms "
          f"{budgeted_ready / parse:>8.0f}x parse")
    print(f"{'dashboard uploads back to back: budgeted child (median)':<52} {budgeted * 1000:>11.0f} ms "
          f"{budgeted / parse:>8.0f}x parse")
    _print_stages("the reference release", [(name, sample)], 200)
    _print_stages("the text-era releases", native, 10)


if __name__ == "__main__":
    main()
