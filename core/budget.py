"""Parsing under a budget: a deadline and a memory limit per file, in a process of its own.

The caps in core.limits bound every stage, but a cap is a promise about the code as it is; a budget holds
whatever the code does. The dashboard serves every session from one Python process, and a parse is pure
Python: a thread that parses for a minute holds a share of the interpreter lock all that minute, and no
thread can be stopped from outside. A child process can: the caller waits on a pipe (which releases the
lock, so other sessions carry on), kills the child at the deadline, and an address-space limit (RLIMIT_AS)
turns a runaway allocation into a MemoryError inside the child instead of the kernel's OOM killer choosing
a victim among the server's processes.

Each child is a fresh interpreter (`python -m core.budget_worker`), given the bytes and sending back the
pickled Release on its pipes: it inherits no lock, thread or module state from the server (forking a
threaded server can inherit a held lock). An interpreter start and the parser's imports take about 0.4 s
on a slow machine, forty times the parse of a typical release, so that cost is paid ahead of the upload:
a spare child is started beforehand, imports the parser and waits on its stdin; an upload takes it and a
replacement starts while the upload parses. Each child still parses one file only (bench/bench_parse.py
prints both costs). The batch reader, whose pool workers
are processes already, puts the same budget on each file with `budget_in_this_process` (a timer signal
in the worker's main thread, and the same address-space limit).
"""

from __future__ import annotations

import atexit
import os
import pickle
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, BinaryIO

from core.errors import ReleaseParseError
from core.model import Release
from core.parse import parse_release

SECONDS_ENV = "RELEASE_LENS_PARSE_SECONDS"
MEMORY_ENV = "RELEASE_LENS_PARSE_MEMORY_MB"
# The largest real release (a 2.3 MB HTML exhibit) parses in about a second, and the worst input the caps
# allow in about two; ten seconds leaves room for a machine busy with other sessions.
DEFAULT_SECONDS = 10
# The worst parse the caps allow (a 25 MB file) maps about 150 MB beyond the interpreter's own; the budget
# is over six times that, counted on top of what the process maps before it parses.
DEFAULT_MEMORY_MB = 1024
_MEGABYTE = 1024 * 1024

Parser = Callable[[bytes, str, str | None], Release]


class BudgetExceeded(ReleaseParseError):
    """A parse ran out of time or memory and was stopped; the message says which, and what the uploader can do."""


@dataclass(frozen=True, slots=True)
class Budget:
    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB

    @classmethod
    def from_environment(cls) -> Budget:
        """$RELEASE_LENS_PARSE_SECONDS and $RELEASE_LENS_PARSE_MEMORY_MB, else the defaults; a misspelt value
        raises, as the upload size does, so an operator who meant to change it learns why it did not."""
        return cls(_whole(SECONDS_ENV, DEFAULT_SECONDS), _whole(MEMORY_ENV, DEFAULT_MEMORY_MB))

    def too_slow(self, name: str) -> BudgetExceeded:
        """Said to whoever uploaded the file, in words they can act on: what happened and what to do. The setting
        that changes the limit is for whoever runs the server (README, DESIGN), never in this message (UI-51: a 2.3
        MB upload stopped while four sessions uploaded at once had been told to "set RELEASE_LENS_PARSE_SECONDS")."""
        return BudgetExceeded(
            f"{name} was stopped after {_seconds(self.seconds)}, the longest this server spends reading one file. "
            "The server may have been busy with other uploads, or the file is long: try again in a few minutes, "
            f"or upload {SMALLER}"
        )

    def too_big(self, name: str) -> BudgetExceeded:
        """As `too_slow`: what happened and what the uploader can do, no setting named."""
        return BudgetExceeded(
            f"{name} was stopped after using {self.memory_mb:,} MB of memory, the most this server gives to reading "
            f"one file. Upload {SMALLER}"
        )


# What an uploader can send instead of a file too long to read within the budget.
SMALLER = "a smaller file: the press release exhibit (EX-99.1) alone, or the file split into parts"


def _seconds(seconds: float) -> str:
    return "1 second" if seconds == 1 else f"{seconds:g} seconds"


def _whole(variable: str, default: int) -> int:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ReleaseParseError(f"{variable} must be a whole number (1 or more), not {raw!r}")
    return int(raw)


def parse_within_budget(
    data: bytes, name: str, exhibit: str | None = None, *, budget: Budget | None = None,
    parser: Parser = parse_release,
) -> Release:
    """`parse_release` in a child process that is killed at the deadline and may not map more memory than
    the budget. Raises what parse_release raises, or BudgetExceeded; never leaves the child behind.

    `parser` must be importable by name (the child unpickles it); tests pass stand-ins that loop or allocate.
    """
    budget = budget or Budget.from_environment()
    payload = pickle.dumps((parser, data, name, exhibit, budget.memory_mb), protocol=pickle.HIGHEST_PROTOCOL)
    with _SLOTS:
        child = _SPARES.take()
        try:
            out, err = child.communicate(payload, timeout=budget.seconds)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            raise budget.too_slow(name) from None
        finally:
            if child.poll() is None:  # an exception of our own while waiting: never leave it running
                child.kill()
                child.wait()
    try:
        kind, value = pickle.loads(out)
    except Exception:  # no answer: killed by the kernel, or a crash in C; its last stderr line says how
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit code {child.returncode}"]
        kind, value = "died", last[0]
    if kind == "ok":
        assert isinstance(value, Release)
        return value
    if kind == "refused":
        message, read, reason = value
        raise ReleaseParseError(message, exhibits_read=tuple(read), reason=reason)
    if kind == "memory":
        raise budget.too_big(name)
    raise RuntimeError(f"the parser stopped on {name} ({value})")


def _child_environment() -> dict[str, str]:
    """The child imports the same `core` as this process (not another copy installed elsewhere) and
    whatever else this process can import (a test's stand-in parser): this process's path, first."""
    here = str(Path(__file__).resolve().parent.parent)
    path = [here, *(entry for entry in sys.path if entry and entry != here)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path)}


def _start_child(environment: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "core.budget_worker"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment,
    )


def _discard(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        child.kill()
    child.communicate()  # reaps it and closes its pipes


class _Spares:
    """Children started before they are needed, each waiting on its stdin with the parser imported.

    A spare is used only if it was started with the environment a new child would get now (a changed
    $PYTHONPATH or budget variable makes it stale), and only once. Two at most: enough for a visitor who
    drops several files at once to find the next one ready, few enough that idle spares hold little memory
    (about 30 MB each)."""

    SIZE = min(2, os.cpu_count() or 1)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ready: list[tuple[subprocess.Popen[bytes], dict[str, str]]] = []
        self._closed = False

    def take(self) -> subprocess.Popen[bytes]:
        """A started child: a spare where one fits, else a new one; either way the spares are topped up."""
        environment = _child_environment()
        taken = None
        with self._lock:
            while self._ready and taken is None:
                child, started_with = self._ready.pop(0)
                if started_with == environment and child.poll() is None:
                    taken = child
                else:
                    _discard(child)
            self._fill(environment)
        return taken or _start_child(environment)

    def warm(self) -> None:
        """Start one spare now if none waits, so that even the first upload finds one ready (the dashboard
        calls this after drawing a page: one interpreter's imports, not two, then compete with the browser)."""
        with self._lock:
            self._fill(_child_environment(), 1)

    def _fill(self, environment: dict[str, str], size: int = SIZE) -> None:
        while not self._closed and len(self._ready) < size:
            self._ready.append((_start_child(environment), environment))

    def close(self) -> None:
        """Stop every spare (at exit: each would also end on its own when its stdin closes)."""
        with self._lock:
            self._closed = True
            spares, self._ready = self._ready, []
        for child, _ in spares:
            _discard(child)


_SPARES = _Spares()
atexit.register(_SPARES.close)


def warm_spares() -> None:
    """Have the budgeted parse's children started before the first upload (see _Spares)."""
    _SPARES.warm()


# Parses at once in this process's children: one per core. More would only share the cores (each parse is
# CPU-bound) while multiplying the memory held; a waiting upload waits for a slot, then gets its full budget.
_SLOTS = threading.BoundedSemaphore(os.cpu_count() or 1)


def run_child(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """The child's side (core.budget_worker): limit the address space, parse, write one (kind, value).
    A spare whose parent ended before using it reads an empty stdin and ends quietly."""
    try:
        parser, data, name, exhibit, memory_mb = pickle.load(stdin)
    except EOFError:
        return
    limit_memory(memory_mb)
    outcome: tuple[str, Any]
    try:
        outcome = ("ok", parser(data, name, exhibit))
    except ReleaseParseError as error:
        outcome = ("refused", (str(error), error.exhibits_read, error.reason))
    except MemoryError:
        outcome = ("memory", "")
    except Exception as error:  # a parser bug: reported by the parent, never a traceback in a page
        outcome = ("bug", f"{type(error).__name__}: {error}")
    try:
        answer = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        answer = pickle.dumps(("memory", ""))
    stdout.write(answer)
    stdout.flush()


def limit_memory(memory_mb: int) -> None:
    """Let the process map `memory_mb` more than it maps now: a fork-server child starts near 70 MB, a batch
    worker forked from a process that loaded pandas near 400 MB, and the budget is the parse's in both."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = _mapped_bytes() + memory_mb * _MEGABYTE
    resource.setrlimit(resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def _mapped_bytes() -> int:
    """The process's address space now (VmSize, Linux); 0 where /proc cannot say."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class _Deadline(BaseException):
    """Raised by the timer signal inside a batch worker's parse; a BaseException, so no `except Exception`
    inside the parser (the PDF reader has one) can mistake the deadline for a bad file."""


@contextmanager
def budget_in_this_process(budget: Budget, name: str) -> Iterator[None]:
    """The same budget for a parse in this process's main thread (a batch pool worker): an interval timer
    interrupts the parse at the deadline, and the address space is limited while it runs (only then:
    pyarrow, which builds the frame after it, reserves address space by the gigabyte). Raises
    BudgetExceeded like `parse_within_budget`."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("budget_in_this_process needs the main thread (signals are delivered there)")
    before = resource.getrlimit(resource.RLIMIT_AS)
    limit_memory(budget.memory_mb)

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise _Deadline

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, budget.seconds)
    try:
        yield
    except _Deadline:
        raise budget.too_slow(name) from None
    except MemoryError:
        raise budget.too_big(name) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        resource.setrlimit(resource.RLIMIT_AS, before)  # back up to what it was (at most the hard limit)
