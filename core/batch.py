"""Many releases at once: a folder of files into one tidy facts table, on all local cores or a Dask cluster.

One bad file must not cost the other thousand their run, so every file is parsed behind its own boundary:
a failure becomes a `Failure` (file and reason) and the run goes on. Local runs use a process pool, since
parsing is pure Python and threads would share one interpreter lock. Dask runs ship each chunk of files'
bytes to the workers (which need not see the client's disk), parse there with the same core, and write
partitioned Parquet from the workers; only the failures travel back.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from core.budget import Budget, budget_in_this_process
from core.facts import format_value
from core.formatting import how_many
from core.frames import FACT_COLUMNS, facts_frame
from core.parse import parse_release

RELEASE_SUFFIXES = frozenset({".txt", ".htm", ".html", ".pdf", ".md"})
RELEASE_COLUMNS = ("company", "ticker", "fiscal_period", "sha256")
BATCH_COLUMNS = ("source", *FACT_COLUMNS, *RELEASE_COLUMNS)
# Files per Dask task: enough to amortise a task's scheduling (milliseconds) over parses of tens of
# milliseconds each, few enough that a handful of workers all get work from a folder of a hundred.
DASK_CHUNK_FILES = 8

Progress = Callable[[int, int], None]  # (files done, files in all)


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    facts: pd.DataFrame
    failures: tuple[Failure, ...]
    files: int
    seconds: float
    rows: int = -1  # facts written, where `facts` stays empty (a Dask run); -1: len(facts)

    @property
    def fact_count(self) -> int:
        return len(self.facts) if self.rows < 0 else self.rows

    @property
    def parsed(self) -> int:
        return self.files - len(self.failures)

    @property
    def files_per_second(self) -> float:
        return self.files / self.seconds if self.seconds > 0 else math.inf


def release_files(folder: Path) -> list[Path]:
    """Release-looking files under `folder` (text, HTML, PDF; any depth), hidden ones skipped, sorted."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in RELEASE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def empty_facts() -> pd.DataFrame:
    """The batch table's columns and types with no rows (what Dask needs to know before any result)."""
    frame = pd.DataFrame({column: pd.Series(dtype="object") for column in BATCH_COLUMNS})
    return _typed(frame)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.astype({"value": "float64", "is_total": "bool"})
    frame["months"] = frame["months"].astype("Int64")
    for column in ("line_first", "line_last", "table"):
        frame[column] = frame[column].astype("int64")
    for column in ("source", "statement", "concept", "label", "period_end", "kind", "section", "period_label",
                   "checks", "verified",
                   *RELEASE_COLUMNS):  # fmt: skip
        frame[column] = frame[column].astype("string")
    return frame


def facts_of(data: bytes, source: str, budget: Budget | None = None) -> pd.DataFrame:
    """One release's facts with the batch columns: the source file first, who and which period last.
    With a budget (local runs, whose pool workers do nothing else), the parse is stopped at its deadline
    or memory limit as in the dashboard, and the file becomes a failure like any unreadable one."""
    name = Path(source).name
    if budget is None:
        release = parse_release(data, name)
    else:
        with budget_in_this_process(budget, name):
            release = parse_release(data, name)
    frame = facts_frame(release)
    frame.insert(0, "source", source)
    meta = release.metadata
    frame["company"] = meta.company
    frame["ticker"] = meta.ticker
    frame["fiscal_period"] = meta.fiscal_period.label if meta.fiscal_period else ""
    frame["sha256"] = release.sha256
    return _typed(frame[list(BATCH_COLUMNS)])


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__


def parse_file(path: str, source: str, budget: Budget | None = None) -> tuple[pd.DataFrame | None, str]:
    """Facts of one file, or None and why not. Never raises: the boundary of a batch run."""
    try:
        return facts_of(Path(path).read_bytes(), source, budget), ""
    except Exception as error:  # any failure of one file is reported, not raised
        return None, _reason(error)


def parse_chunk(chunk: Sequence[tuple[str, bytes]]) -> tuple[pd.DataFrame, tuple[tuple[str, str], ...]]:
    """A Dask task: the facts of several files' bytes, and (source, reason) for those that failed."""
    frames, failures = [], []
    for source, data in chunk:
        try:
            frames.append(facts_of(data, source))
        except Exception as error:  # as in parse_file: a bad file is a result, not a failed task
            failures.append((source, _reason(error)))
    return _concat(frames), tuple(failures)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return _typed(pd.concat(frames, ignore_index=True)) if frames else empty_facts()


def _source_names(paths: Sequence[Path], root: Path | None) -> list[str]:
    """Each file named relative to the folder given (so two folders' "q1.txt" stay apart)."""
    if root is None:
        return [str(path) for path in paths]
    return [path.relative_to(root).as_posix() for path in paths]


def parse_local(
    paths: Sequence[Path],
    *,
    root: Path | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    budget: Budget | None = None,
) -> BatchResult:
    """Parse files on all local cores (or `workers` processes); facts in file order, failures listed.
    Each file gets the dashboard's budget (core.budget; the environment's unless one is given)."""
    start = time.perf_counter()
    names = _source_names(paths, root)
    results: dict[int, pd.DataFrame] = {}
    failures: dict[int, Failure] = {}
    workers = workers or os.cpu_count() or 1
    budget = budget or Budget.from_environment()
    if progress is not None:
        progress(0, len(paths))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(parse_file, str(path), name, budget): i
            for i, (path, name) in enumerate(zip(paths, names, strict=True))
        }
        for done, future in enumerate(as_completed(futures), start=1):
            index = futures[future]
            frame, reason = future.result()
            if frame is None:
                failures[index] = Failure(names[index], reason)
            else:
                results[index] = frame
            if progress is not None:
                progress(done, len(paths))
    facts = _concat([results[i] for i in sorted(results)])
    ordered = tuple(failures[i] for i in sorted(failures))
    return BatchResult(facts, ordered, len(paths), time.perf_counter() - start)


def parse_on_dask(
    paths: Sequence[Path],
    address: str | Any,
    out: Path,
    *,
    root: Path | None = None,
    progress: Progress | None = None,
    chunk_files: int = DASK_CHUNK_FILES,
) -> BatchResult:
    """Parse files on a Dask cluster and write the facts as partitioned Parquet (a folder, one part per
    chunk of files) from the workers. `address` is a scheduler address or an existing `Client`.

    The returned `facts` is empty: the table lives in `out`, possibly larger than this machine's memory.
    """
    # Imported here: Dask is an optional extra (pip install -e '.[dask]'); Any, since it ships no types.
    dd: Any = import_module("dask.dataframe")
    distributed: Any = import_module("dask.distributed")

    start = time.perf_counter()
    names = _source_names(paths, root)
    chunks = [
        list(zip(names[i : i + chunk_files], paths[i : i + chunk_files], strict=True))
        for i in range(0, len(paths), chunk_files)
    ]
    own = not isinstance(address, distributed.Client)
    client: Any = distributed.Client(address) if own else address
    try:
        parsed = [
            client.submit(parse_chunk, [(name, path.read_bytes()) for name, path in chunk], pure=False)
            for chunk in chunks
        ]
        reports = [client.submit(_report, future) for future in parsed]
        sizes = {future.key: len(chunk) for future, chunk in zip(reports, chunks, strict=True)}
        failures: list[Failure] = []
        done = rows = 0
        if progress is not None:
            progress(0, len(paths))
        for future in distributed.as_completed(reports):
            failed, count = future.result()
            failures.extend(Failure(source, reason) for source, reason in failed)
            rows += count
            done += sizes[future.key]
            if progress is not None:
                progress(done, len(paths))
        frames = [client.submit(_first, future) for future in parsed]
        table = dd.from_delayed(frames, meta=empty_facts(), verify_meta=False)
        table.to_parquet(str(out), write_index=False, overwrite=True, compute=True)
    finally:
        if own:
            client.close()
    order = {name: i for i, name in enumerate(names)}
    failures.sort(key=lambda failure: order.get(failure.source, 0))
    return BatchResult(empty_facts(), tuple(failures), len(paths), time.perf_counter() - start, rows)


def _first(pair: tuple[pd.DataFrame, Any]) -> pd.DataFrame:
    return pair[0]


def _report(pair: tuple[pd.DataFrame, tuple[tuple[str, str], ...]]) -> tuple[tuple[tuple[str, str], ...], int]:
    """What the client needs of a chunk: its failures and how many facts it read (not the facts)."""
    return pair[1], len(pair[0])


def to_csv(facts: pd.DataFrame, out: Path | TextIO) -> None:
    """CSV with values as exact decimals, like `python -m core facts FILE`."""
    frame = facts.copy()
    frame["value"] = frame["value"].map(format_value)
    frame.to_csv(out, index=False, lineterminator="\n")


def write_facts(facts: pd.DataFrame, out: Path) -> None:
    """`.parquet` (needs pyarrow) or `.csv`, chosen by the file's suffix."""
    if out.suffix.lower() == ".parquet":
        facts.to_parquet(out, index=False)
    elif out.suffix.lower() == ".csv":
        to_csv(facts, out)
    else:
        raise ValueError(f"{out}: the output must end in .parquet or .csv")


def read_facts(path: Path) -> pd.DataFrame:
    """A batch table back from a .csv, a .parquet file or a partitioned Parquet folder."""
    if path.suffix.lower() == ".csv":
        return _typed(pd.read_csv(path, keep_default_na=False, na_values={"months": [""]}))
    return _typed(pd.read_parquet(path))


class ProgressBar:
    """A plain-text progress bar on stderr: "[#####.....]  40/100 files  12.3 files/s".

    On a terminal it redraws one line; into a file or pipe it writes a line per tenth of the run, so logs
    stay short.
    """

    WIDTH = 30

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.start = time.perf_counter()
        self.tty = self.stream.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        tenth = (10 * done) // max(total, 1)
        if not self.tty and tenth == self.last_tenth and done != total:
            return
        self.last_tenth = tenth
        filled = (self.WIDTH * done) // max(total, 1)
        elapsed = time.perf_counter() - self.start
        rate = done / elapsed if elapsed > 0 else 0.0
        bar = "#" * filled + "." * (self.WIDTH - filled)
        line = f"[{bar}] {done:>{len(str(total))}}/{total} files  {rate:.1f} files/s"
        end = "\n" if done == total or not self.tty else ""
        self.stream.write(("\r" if self.tty else "") + line + end)
        self.stream.flush()


def summary(result: BatchResult, out: Path | None) -> Iterable[str]:
    """The lines a batch run ends with: counts, speed, where the table went, and every failure."""
    yield (
        f"{result.parsed} of {result.files} files read, {result.fact_count} facts, {result.seconds:.1f} s "
        f"({result.files_per_second:.1f} files/s)" + (f"; written to {out}" if out is not None else "")
    )
    if result.failures:
        yield f"{how_many(len(result.failures), 'file')} failed:"
        for failure in result.failures:
            yield f"  {failure.source}: {failure.reason}"
