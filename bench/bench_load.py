"""Heavy use: 20 sessions at once uploading releases and switching pages, for a bounded time.

Starts `streamlit run dashboard.py` on 127.0.0.1 (loopback only) with a fresh library in a temporary folder,
then drives N sessions at once. By default each session is a websocket client speaking Streamlit's own
protocol (bench/streamlit_client.py): the same BackMsgs a browser tab sends, the same ForwardMsgs decoded,
nothing rendered, so the times measure the server and not 20 browsers fighting it for the CPU. Each
session opens the app (the first page), then until the time is up switches page after page (Overview,
Periods, Expenses, Cash, Per share, Data, Compare, in turn from a random start) and every few switches
uploads a release through the sidebar uploader (a text fixture of at most 50 KB, a series fixture, now and
then a hostile file). `--browsers N` adds N real tabs in one headless Chromium (Playwright, Debian's
/usr/bin/chromium) doing the same by clicking; on a small machine they measure mostly the browser.

Errors: an exception element on a page, a compile error, a page not found, a run that does not finish
successfully, a page switch that runs another page, a good release that could not be read or did not join the
sidebar's loaded releases, the library reported unavailable, a disconnect, a run that does not finish within
--timeout, a traceback in the server's log. Reported: a table of first-page, page-switch and upload times
(p50/p95/max, per page too), the CPU the server and the load client used, and the library afterwards: `PRAGMA
integrity_check`, its release count, and that every good release uploaded is stored (by SHA-256). Exit 0 only
when there were no errors and the library is intact.

Run: python bench/bench_load.py [--sessions 20] [--seconds 60] [--upload-every 3] [--browsers 0]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import re
import resource
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from streamlit_client import ProtocolError, Run, StreamlitClient
from websockets.exceptions import ConnectionClosed

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
PAGES = ["Overview", "Periods", "Expenses", "Cash", "Per share", "Data", "Compare"]
FIXTURES = ROOT / "tests" / "fixtures"
GOOD = [
    *(path for path in sorted((FIXTURES / "text").glob("*.txt")) if path.stat().st_size <= 50_000),
    *sorted((FIXTURES / "series").glob("*.txt")),
]
HOSTILE = [FIXTURES / "hostile" / "script_in_cells.htm", FIXTURES / "hostile" / "allos_truncated_mid_table.txt"]
CONTENT_TYPES = {".txt": "text/plain", ".htm": "text/html", ".html": "text/html"}
UNREADABLE = "could not be read"  # pages/_session.describe_failure
LIBRARY_DOWN = "library is unavailable"  # pages/_sidebar.library_section
ANSI = re.compile(r"\x1b\[[0-9;]*m")
LOADED = "Loaded releases"  # the sidebar radio listing the session's releases (options Markdown-escaped)


@dataclass
class Tally:
    first_times: list[float] = field(default_factory=list)
    page_times: dict[str, list[float]] = field(default_factory=lambda: {page: [] for page in PAGES})
    upload_times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    uploaded: set[str] = field(default_factory=set)  # SHA-256 of every good release uploaded
    received_bytes: int = 0
    sessions_done: int = 0  # sessions that ran to the end of the time without a fatal error

    @property
    def switches(self) -> list[float]:
        return [seconds for times in self.page_times.values() for seconds in times]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(library: Path, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
               "--server.address", "127.0.0.1", "--server.port", str(port),
               "--browser.gatherUsageStats", "false"]  # fmt: skip
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT,
            env={**os.environ, "RELEASE_LENS_LIBRARY": str(library)},
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                if response.read().strip() == b"ok":
                    return process, url
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise TimeoutError("the server did not become healthy")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a live process (Linux /proc); NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def check_run(run: Run, what: str, index: int, tally: Tally) -> bool:
    tally.received_bytes += run.received_bytes
    problems = [*run.exceptions]
    if run.status != "FINISHED_SUCCESSFULLY":
        problems.append(f"script_finished {run.status}")
    problems += [alert[:200] for alert in run.alerts if LIBRARY_DOWN in alert]
    for problem in problems:
        tally.errors.append(f"session {index}: {what}: {problem}")
    return not problems


async def ws_session(url: str, index: int, until: float, tally: Tally, upload_every: int, timeout: float) -> None:
    rng = random.Random(index)
    client = StreamlitClient(url, timeout=timeout)
    step = rng.randrange(len(PAGES))
    what = "connect"
    try:
        await client.connect()
        what = "first page"
        run = await client.open()
        if check_run(run, what, index, tally):
            tally.first_times.append(run.seconds)
        switches = 0
        while time.monotonic() < until:
            if switches and switches % upload_every == 0:
                file = rng.choice(HOSTILE) if rng.random() < 0.1 else rng.choice(GOOD)
                data = file.read_bytes()
                what = f"upload {file.name}"
                run = await client.upload(file.name, data, CONTENT_TYPES.get(file.suffix, "text/plain"))
                if check_run(run, what, index, tally):
                    tally.upload_times.append(run.seconds)
                if file in GOOD:
                    unread = [alert for alert in run.alerts if UNREADABLE in alert and file.name in alert]
                    tally.errors += [f"session {index}: {what}: {alert[:200]}" for alert in unread]
                    listed = [re.sub(r"\\(.)", r"\1", name) for name in run.choices.get(LOADED, [])]
                    if file.name not in listed:
                        tally.errors.append(f"session {index}: {what}: not among the loaded releases {listed}")
                    elif not unread:
                        tally.uploaded.add(hashlib.sha256(data).hexdigest())
                if time.monotonic() >= until:
                    break
            page = PAGES[step % len(PAGES)]
            step += 1
            what = f"switch to {page}"
            run = await client.switch(page)
            if check_run(run, what, index, tally):
                tally.page_times[page].append(run.seconds)
            switches += 1
        tally.sessions_done += 1
    except TimeoutError:
        tally.errors.append(f"session {index}: {what}: no script_finished within {timeout:.0f} s")
    except ConnectionClosed as error:
        tally.errors.append(f"session {index}: {what}: disconnected ({error})")
    except (ProtocolError, OSError) as error:
        tally.errors.append(f"session {index}: {what}: {type(error).__name__}: {error}")
    finally:
        await client.close()


async def idle(page: object, timeout_ms: float) -> None:
    await page.wait_for_selector(IDLE, timeout=timeout_ms)  # type: ignore[attr-defined]


async def browser_session(browser: object, url: str, index: int, until: float, tally: Tally, timeout: float) -> None:
    """One Chromium tab clicking through the same loop (upload now and then, a random page)."""
    timeout_ms = timeout * 1000
    rng = random.Random(1000 + index)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = await context.new_page()
    page.on("pageerror", lambda error: tally.errors.append(f"browser {index}: page error {error}"))
    try:
        start = time.monotonic()
        await page.goto(url, timeout=timeout_ms)
        await page.get_by_text("Net loss ($ thousands)").first.wait_for(timeout=timeout_ms)
        await idle(page, timeout_ms)
        tally.first_times.append(time.monotonic() - start)
        while time.monotonic() < until:
            if rng.random() < 0.4:
                file = rng.choice(GOOD + HOSTILE)
                start = time.monotonic()
                await page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(file))
                await (
                    page.locator('[data-testid="stSidebar"]').get_by_text(file.name).first.wait_for(timeout=timeout_ms)
                )
                await idle(page, timeout_ms)
                tally.upload_times.append(time.monotonic() - start)
                if file in GOOD:
                    tally.uploaded.add(hashlib.sha256(file.read_bytes()).hexdigest())
            name = rng.choice(PAGES)
            start = time.monotonic()
            await page.locator('[data-testid="stSidebarNav"]').get_by_text(name, exact=True).click()
            await page.wait_for_function(
                "name => document.querySelector('h1') && document.querySelector('h1').innerText.includes(name)",
                arg=name,
                timeout=timeout_ms,
            )
            await idle(page, timeout_ms)
            tally.page_times[name].append(time.monotonic() - start)
            if await page.locator('[data-testid="stException"]').count():
                text = await page.locator('[data-testid="stException"]').first.inner_text()
                tally.errors.append(f"browser {index}: exception on {name}: {text[:200]}")
        tally.sessions_done += 1
    except Exception as error:  # a timeout or a crash is the finding: record it, end this session
        tally.errors.append(f"browser {index}: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
    finally:
        await context.close()


async def drive(url: str, args: argparse.Namespace) -> Tally:
    tally = Tally()
    until = time.monotonic() + args.seconds
    clients = [ws_session(url, i, until, tally, args.upload_every, args.timeout) for i in range(args.sessions)]
    if not args.browsers:
        await asyncio.gather(*clients)
        return tally
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tabs = [browser_session(browser, url, i, until, tally, args.timeout) for i in range(args.browsers)]
        await asyncio.gather(*clients, *tabs)
        await browser.close()
    return tally


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def row(label: str, times: list[float]) -> str:
    if not times:
        return f"{label:<22}{0:>7}"
    return (
        f"{label:<22}{len(times):>7}{statistics.median(times):>9.2f}{percentile(times, 0.95):>9.2f}{max(times):>9.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20, help="websocket clients (default 20)")
    parser.add_argument("--browsers", type=int, default=0, help="Chromium tabs besides them (default 0)")
    parser.add_argument("--seconds", type=float, default=60, help="how long the sessions keep going")
    parser.add_argument("--upload-every", type=int, default=3, help="page switches between uploads")
    parser.add_argument("--timeout", type=float, default=120, help="longest wait for one run, seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library.sqlite3"
        log = Path(folder) / "server.log"
        process, url = start_server(library, log)
        started = time.monotonic()
        client_cpu = resource.getrusage(resource.RUSAGE_SELF)
        try:
            tally = asyncio.run(drive(url, args))
            elapsed = time.monotonic() - started
            after = resource.getrusage(resource.RUSAGE_SELF)
            server_cpu = cpu_seconds(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)
        client_seconds = after.ru_utime + after.ru_stime - client_cpu.ru_utime - client_cpu.ru_stime
        lines = [ANSI.sub("", line).rstrip() for line in log.read_text(errors="replace").splitlines()]
        tracebacks = [number for number, line in enumerate(lines) if "Traceback" in line]
        tally.errors += [f"server log: {lines[number].strip(' ─')[:200]}" for number in tracebacks]
        with sqlite3.connect(library) as connection:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            stored = {row[0] for row in connection.execute("SELECT sha256 FROM releases")}
        connection.close()
    missing = tally.uploaded - stored
    kinds = f"{args.sessions} websocket sessions" + (f" + {args.browsers} browser tabs" if args.browsers else "")
    print(f"{kinds}, {args.seconds:.0f} s of load ({elapsed:.0f} s with connecting and the last runs draining)")
    print(f"sessions that ran to the end: {tally.sessions_done} of {args.sessions + args.browsers}")
    print(f"{'':<22}{'count':>7}{'p50 s':>9}{'p95 s':>9}{'max s':>9}")
    print(row("first page", tally.first_times))
    print(row("page switch", tally.switches))
    for page in PAGES:
        print(row(f"  {page}", tally.page_times[page]))
    print(row("upload", tally.upload_times))
    print(f"errors: {len(tally.errors)}")
    print(f"CPU: server {server_cpu:.0f} s, load client {client_seconds:.1f} s over {elapsed:.0f} s wall "
          f"on {os.cpu_count()} cores; {tally.received_bytes / 1e6:.0f} MB of ForwardMsgs received")  # fmt: skip
    print(
        f"library: integrity_check {integrity}; {len(stored)} releases stored; "
        f"{len(tally.uploaded)} distinct good releases uploaded, missing: {len(missing)}"
    )
    for error in tally.errors[:20]:
        print("  " + error)
    if tracebacks:
        print("the server log's first traceback:")
        print("\n".join(lines[tracebacks[0] : tracebacks[0] + 60]))
    ok = integrity == "ok" and not tally.errors and not missing and bool(tally.switches)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
