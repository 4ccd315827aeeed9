"""Heavy use: 20 sessions at once uploading releases (good and bad) and switching pages, for a bounded time.

Starts `streamlit run dashboard.py` on 127.0.0.1 (loopback only) with a fresh library in a temporary
folder, opens N sessions as separate browser contexts in one headless Chromium (Playwright, Debian's
/usr/bin/chromium), and has each loop: upload a file, wait for the app to finish, open a random page, wait
again. Reported: actions done, errors (an exception box on a page, a page that never finished, an upload
of a good release that did not join the list), p50/p95/max page time (click to the app idle and the
page's title drawn), p95 upload time, and the library afterwards: `PRAGMA integrity_check` and its
release count against the distinct good releases uploaded.

Run: python bench/bench_load.py [--sessions 20] [--seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
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

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
PAGES = ["Overview", "Periods", "Expenses", "Cash", "Per share", "Data", "Compare"]
FIXTURES = ROOT / "tests" / "fixtures"
GOOD = [*sorted((FIXTURES / "text").glob("*.txt"))[:8], FIXTURES / "html" / "st-joe_q1-2020.htm"]
BAD = [FIXTURES / "hostile" / "script_in_cells.htm", FIXTURES / "hostile" / "allos_truncated_mid_table.txt"]
TIMEOUT_MS = 120_000


@dataclass
class Tally:
    page_times: list[float] = field(default_factory=list)
    upload_times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    uploaded: set[str] = field(default_factory=set)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(library: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
               "--server.address", "127.0.0.1", "--server.port", str(port),
               "--browser.gatherUsageStats", "false"]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
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


async def idle(page: object) -> None:
    await page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)  # type: ignore[attr-defined]


async def session(browser: object, url: str, index: int, until: float, tally: Tally) -> None:
    rng = random.Random(index)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = await context.new_page()
    page.on("pageerror", lambda error: tally.errors.append(f"session {index}: page error {error}"))
    try:
        await page.goto(url, timeout=TIMEOUT_MS)
        await page.get_by_text("Net loss ($ thousands)").first.wait_for(timeout=TIMEOUT_MS)
        await idle(page)
        while time.monotonic() < until:
            if rng.random() < 0.4:
                file = rng.choice(GOOD + BAD)
                start = time.monotonic()
                await page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(file))
                await page.locator('[data-testid="stSidebar"]').get_by_text(file.name).first.wait_for(
                    timeout=TIMEOUT_MS
                )
                await idle(page)
                tally.upload_times.append(time.monotonic() - start)
                if file in GOOD:
                    tally.uploaded.add(file.name)
            name = rng.choice(PAGES)
            start = time.monotonic()
            await page.locator('[data-testid="stSidebarNav"]').get_by_text(name, exact=True).click()
            await page.wait_for_function(
                "name => document.querySelector('h1') && document.querySelector('h1').innerText.includes(name)",
                arg=name,
                timeout=TIMEOUT_MS,
            )
            await idle(page)
            tally.page_times.append(time.monotonic() - start)
            if await page.locator('[data-testid="stException"]').count():
                text = await page.locator('[data-testid="stException"]').first.inner_text()
                tally.errors.append(f"session {index}: exception on {name}: {text[:200]}")
    except Exception as error:  # a timeout or a crash is the finding: record it, end this session
        tally.errors.append(f"session {index}: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
    finally:
        await context.close()


async def drive(url: str, sessions: int, seconds: float) -> Tally:
    from playwright.async_api import async_playwright

    tally = Tally()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        until = time.monotonic() + seconds
        await asyncio.gather(*(session(browser, url, i, until, tally) for i in range(sessions)))
        await browser.close()
    return tally


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "library.sqlite3"
        process, url = start_server(library)
        started = time.monotonic()
        try:
            tally = asyncio.run(drive(url, args.sessions, args.seconds))
        finally:
            process.terminate()
            process.wait(timeout=30)
        elapsed = time.monotonic() - started
        with sqlite3.connect(library) as connection:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            stored = {row[0] for row in connection.execute("SELECT name FROM releases")}
    print(f"{args.sessions} sessions for {args.seconds:.0f} s ({elapsed:.0f} s with start-up and drain)")
    print(f"page switches: {len(tally.page_times)}; uploads: {len(tally.upload_times)}; errors: {len(tally.errors)}")
    if tally.page_times:
        times = tally.page_times
        print(
            f"page time: p50 {statistics.median(times):.2f} s, p95 {percentile(times, 0.95):.2f} s, "
            f"max {max(times):.2f} s"
        )
    if tally.upload_times:
        uploads = tally.upload_times
        print(f"upload time: p50 {statistics.median(uploads):.2f} s, p95 {percentile(uploads, 0.95):.2f} s")
    missing = tally.uploaded - stored
    print(f"library: integrity_check {integrity}; {len(stored)} releases stored; missing: {sorted(missing)}")
    for error in tally.errors[:20]:
        print("  " + error)
    sys.exit(0 if integrity == "ok" and not tally.errors and not missing else 1)


if __name__ == "__main__":
    main()
