"""End to end in a real Chromium: the server starts, the sample is drawn, an upload works, every page and
every Plotly chart renders, and a bad file gets a clear message while the loaded releases stay.

Driven by Playwright against Debian's /usr/bin/chromium (Playwright cannot download its own browser here).
Without that browser these tests skip, unless RELEASE_LENS_REQUIRE_BROWSER=1 (CI), when they fail.
Screenshots of every page go to the test's tmp_path, or to $RELEASE_LENS_SCREENSHOTS when set.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
UPLOAD = ROOT / "tests" / "fixtures" / "ui" / "allos_q2_2004_upload.txt"
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
TIMEOUT_MS = 60_000  # generous: CI machines are shared, and a chart may wait its turn for the CPU
PAGES = {
    # page: (Plotly charts it draws for the sample, texts that must be on it; money in $ thousands)
    "Periods": (4, ["Change in dollars and percent", "3M to Mar 31, 2004 (derived)", "Net result (7,151)"]),
    "Expenses": (2, ["Clinical manufacturing", "moved most", "($2.5 million)"]),
    "Cash": (3, ["17.9 months", "14.3 months", "$1.9M", "$2.4M"]),
    "Per share": (3, ["0.178", "0.047", "($0.23)"]),
    "Data": (0, ["Checks", "Facts (CSV)", "$(7,151)"]),
}


def require_browser() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing"
    if os.environ.get("RELEASE_LENS_REQUIRE_BROWSER") == "1":
        pytest.fail(message + " and RELEASE_LENS_REQUIRE_BROWSER=1")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} not healthy after {timeout} s")


@contextlib.contextmanager
def dashboard_server(environment: dict[str, str]) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free local port, until the block ends: its URL once healthy."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment
    )
    try:
        wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    # The server's release library lives in a temporary folder, never in the user's data directory.
    library = tmp_path_factory.mktemp("library") / "library.sqlite3"
    with dashboard_server({**os.environ, "RELEASE_LENS_LIBRARY": str(library)}) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("RELEASE_LENS_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settle(page: object, *, expect: str | None = None, charts: int = 1) -> None:
    """Wait until the expected text shows, the app is idle, and (at least `charts`) Plotly charts have
    drawn their traces: Streamlit mounts charts after the script finishes, so idle alone is too early."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    if expect is not None:
        page.get_by_text(expect, exact=False).first.wait_for(timeout=TIMEOUT_MS)
    page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
    page.wait_for_function(
        """(least) => {
            const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
            return charts.length >= least && charts.every(chart => chart.querySelector('.main-svg .trace path'));
        }""",
        arg=charts,
        timeout=TIMEOUT_MS,
    )


def chart_count(page: object) -> tuple[int, int]:
    """(charts on the page, charts whose Plotly SVG has drawn bars, lines or waterfall steps)."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    counts = page.evaluate(
        """() => {
            const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
            const drawn = charts.filter(c => c.querySelector('.main-svg .trace path'));
            return [charts.length, drawn.length];
        }"""
    )
    return int(counts[0]), int(counts[1])


def snapshot(page: object, path: Path) -> None:
    """A screenshot of the whole page: Streamlit scrolls inside its main block, so the viewport is grown
    to the content's height first (full_page alone would stop at the window's edge)."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    size = page.viewport_size or {"width": 1440, "height": 1000}
    height = page.evaluate(
        """() => Math.max(...['stMain', 'stAppViewContainer', 'stAppScrollToBottomContainer']
              .map(id => document.querySelector(`[data-testid="${id}"]`))
              .filter(Boolean).map(el => el.scrollHeight))"""
    )
    page.set_viewport_size({"width": size["width"], "height": max(int(height), size["height"])})
    settle(page, charts=0)
    page.wait_for_timeout(400)  # Plotly re-lays out charts on resize
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)


def visit(page: object, name: str, charts: int = 1) -> None:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.locator('[data-testid="stSidebarNav"]').get_by_text(name, exact=True).click()
    page.wait_for_function(
        "name => document.querySelector('h1') && document.querySelector('h1').innerText.includes(name)",
        arg=name,
        timeout=TIMEOUT_MS,
    )
    settle(page, charts=charts)


def test_every_page_draws_the_sample_and_an_upload(server: str, browser: object, shots: Path) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    settle(page, expect="Net income (loss)")

    # The Overview, drawn before any upload: the sample's headline numbers.
    metrics = page.locator('[data-testid="stMetric"]').all_inner_texts()
    net = next(text for text in metrics if text.startswith("Net income (loss)"))
    assert "($7.2M)" in net and "+39.2%" in net  # (7,151) against (11,771) thousand
    total, drawn = chart_count(page)
    assert total >= 1 and drawn == total
    snapshot(page, shots / "overview.png")

    # Upload a copy of the release (the sample's own bytes) through the real file input: it is recognised as the
    # release already loaded, kept once, and the sidebar says so (UI-51).
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(UPLOAD))
    settle(page, expect="already loaded")
    radio = page.locator('[data-testid="stSidebar"] [role="radiogroup"]')
    assert UPLOAD.name not in radio.inner_text() and "allos_q2_2004.txt" in radio.inner_text()
    assert page.locator('[data-testid="stSidebar"] input[type="radio"]:checked').count() == 1

    for name, (charts, texts) in PAGES.items():
        visit(page, name, charts)
        main = page.locator('[data-testid="stMain"]')
        for text in texts:  # waits, then fails with the text's name if it never shows
            main.get_by_text(text, exact=False).first.wait_for(timeout=TIMEOUT_MS)
        snapshot(page, shots / f"{name.lower().replace(' ', '_')}.png")
        total, drawn = chart_count(page)
        assert total >= charts and drawn == total, f"{name}: {drawn} of {total} charts drawn"

    # Back to the Overview: the word on the copy survived every page change.
    visit(page, "Overview")
    assert f"{UPLOAD.name} is the same file as" in page.locator('[data-testid="stSidebar"]').inner_text()
    page.close()


def test_a_bad_file_gets_a_clear_message_and_the_loaded_releases_stay(
    server: str, browser: object, tmp_path: Path, shots: Path
) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    picture = tmp_path / "picture.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(256))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    settle(page, expect="Net income (loss)")

    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(picture), str(empty)])
    settle(page, expect="could not be read")  # the Overview's chart stays drawn too
    alerts = page.locator('[data-testid="stAlert"]').all_inner_texts()
    assert any("picture.png could not be read: it is a PNG image; images are not read" in text
               for text in alerts)  # the widget takes any file; the reader says what it is
    assert any("empty.txt could not be read: it is empty" in text for text in alerts)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "Traceback" not in body
    assert "allos_q2_2004.txt" in page.locator('[data-testid="stSidebar"]').inner_text()
    assert "($7.2M)" in body  # the sample is still in view
    snapshot(page, shots / "bad_upload.png")
    page.close()


SERIES = ROOT / "tests" / "fixtures" / "series"


def test_compare_merges_quarters_and_puts_companies_side_by_side(
    server: str, browser: object, shots: Path
) -> None:
    """Upload three quarters of one company, then read the merged series and the side-by-side tables."""
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    settle(page, expect="Net income (loss)")
    uploads = sorted(SERIES.glob("halden_*.txt"))
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(p) for p in uploads])
    settle(page, expect="halden_q3_2005.txt")

    visit(page, "Compare", charts=6)
    main = page.locator('[data-testid="stMain"]')
    for text in ("6 figures were reported differently", "Net result per quarter", "Burn per month"):
        main.get_by_text(text, exact=False).first.wait_for(timeout=TIMEOUT_MS)
    total, drawn = chart_count(page)
    assert total == 6 and drawn == 6
    # The net-result chart's bars carry the merged quarters, in thousands, as text labels.
    bar_labels = (
        page.locator('[data-testid="stPlotlyChart"]')
        .first.locator("text.bartext")
        .evaluate_all("texts => texts.map(t => t.textContent)")
    )
    assert bar_labels == ["(4,350)", "(4,610)", "(4,780)", "(5,300)", "(5,920)", "(6,350)"]
    snapshot(page, shots / "compare_over_time.png")

    main.get_by_text("Companies side by side", exact=True).click()
    settle(page, expect="ALTH's Jun 30, 2004: more than a year apart", charts=1)
    body = main.inner_text()
    assert "periods of different lengths" not in body  # both columns are quarters
    assert "3M to Sep 30, 2005" in body and "3M to Jun 30, 2004" in body
    snapshot(page, shots / "compare_side_by_side.png")

    # The library remembers the uploads: listed in the sidebar with company and period.
    page.locator('[data-testid="stSidebar"]').get_by_text("Library · 4 stored", exact=False).first.wait_for(
        timeout=TIMEOUT_MS
    )
    # Its contents are drawn when it is opened (a rerun): the table of stored releases and its buttons.
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.locator('[data-testid="stDataFrame"]').count() == 0
    sidebar.get_by_text("Library · 4 stored", exact=False).first.click()
    sidebar.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=TIMEOUT_MS)
    sidebar.get_by_text("Open every release of this company", exact=True).wait_for(timeout=TIMEOUT_MS)
    page.close()


def test_the_main_menu_offers_the_theme_and_no_developer_options(server: str, browser: object, shots: Path) -> None:
    """UI-63: toolbarMode "minimal" had left no menu at the top right, so no reader could switch to the dark theme.
    "viewer" keeps System, Light and Dark, Print and Record screen, and no Clear cache or Deploy."""
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    settle(page, expect="Net income (loss)")
    page.locator('[data-testid="stMainMenuButton"]').click()
    menu = page.locator('[data-testid="stMainMenuList"]')
    menu.wait_for(timeout=TIMEOUT_MS)
    words = menu.inner_text()
    for word in ("System", "Light", "Dark", "Print"):
        assert word in words
    assert "Clear cache" not in words and "Deploy" not in words
    page.screenshot(path=str(shots / "main_menu.png"))  # `snapshot` resizes the window, which closes the menu
    menu.locator('[data-testid="stMainMenuItem-theme-Dark"]').click()
    page.wait_for_function(
        """() => {
            const colour = getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor;
            const [r, g, b] = colour.match(/\\d+/g).map(Number);
            return r + g + b < 150;
        }""",
        timeout=TIMEOUT_MS,
    )
    snapshot(page, shots / "overview_dark.png")
    page.close()
