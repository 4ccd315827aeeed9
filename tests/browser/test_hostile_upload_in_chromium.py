"""Hostile uploads in a real Chromium: markup and script in a release's cells, title and text are shown as
text (no <script> from the file in the DOM, no alert, no request to a URL the file names), and files the
app refuses (too large, an archive, binary) leave the loaded releases loaded and drawn.

Uses the server and browser of test_dashboard_in_chromium (same skip rules: Debian's /usr/bin/chromium).
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser.test_dashboard_in_chromium import (  # noqa: F401  (pytest fixtures, used by name)
    TIMEOUT_MS,
    browser,
    server,
    settle,
    visit,
)

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "script_in_cells.htm"
# The fixture's scripts, handlers and links all call alert() or name this unreachable address.
TRAP = "127.0.0.1:9"

DOM_FROM_FILE = """() => ({
    scripts: [...document.querySelectorAll('script')].filter(s => s.textContent.includes('alert(')).length,
    handlers: [...document.querySelectorAll('*')].filter(el => [...el.attributes].some(
        a => a.name.startsWith('on') && a.value.includes('alert('))).length,
    javascript_links: document.querySelectorAll('a[href^="javascript:"]').length,
    trap_sources: [...document.querySelectorAll('[src], [href]')].filter(
        el => (el.getAttribute('src') || el.getAttribute('href') || '').includes('127.0.0.1:9')).length,
    iframes: document.querySelectorAll('[data-testid="stMain"] iframe, [data-testid="stSidebar"] iframe').length,
})"""


def test_markup_in_a_release_is_shown_as_text_and_never_runs(server: str, browser: object) -> None:  # noqa: F811
    from playwright.sync_api import Browser, Request

    assert isinstance(browser, Browser)
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    def record(request: Request) -> None:
        if TRAP in request.url:
            requests.append(request.url)

    page.on("request", record)
    page.goto(server)
    settle(page, expect="Net income (loss)")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(HOSTILE))
    settle(page, expect=HOSTILE.name, charts=0)
    # The Overview's title is the release's first sentence, its link's words and no Markdown image (the reader
    # takes a link for its words and an image for nothing: metadata._without_emphasis, round 707); a bare address
    # shown in a page's Markdown is kept from being linked by pages._markdown.plain (tests/test_markdown_inert.py).
    shown = re.compile(r"today reported results for the three months ended March 31, 2024\. See our site$")
    page.get_by_text(shown).first.wait_for(timeout=TIMEOUT_MS)
    assert page.get_by_text(re.compile(r"!\[pixel\]")).count() == 0
    for name in ("Expenses", "Periods", "Data"):
        visit(page, name, charts=0)
        found = page.evaluate(DOM_FROM_FILE)
        assert found == {"scripts": 0, "handlers": 0, "javascript_links": 0, "trap_sources": 0, "iframes": 0}, name
    # On the Data page the source text shows the cell's typed markup as text.
    source = page.locator('[data-testid="stMain"] [data-testid="stCode"]').first.inner_text()
    assert "Revenue <script>alert('label')</script>" in source
    page.wait_for_timeout(500)  # time for any image request or alert to have fired
    assert dialogs == []
    assert requests == []
    page.close()


def test_refused_files_leave_the_loaded_releases_drawn(server: str, browser: object, tmp_path: Path) -> None:  # noqa: F811
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    big = tmp_path / "big.txt"
    big.write_bytes(b"1 2 3\n" * (27 * 1024 * 1024 // 6))  # 27 MB: over the server's 25 MB
    archive = tmp_path / "release.zip"
    archive.write_bytes(b"PK\x03\x04" + bytes(64))
    deep = tmp_path / "deep.htm"
    deep.write_bytes(b"<html><body>" + b"<div>" * 10_000 + b"x" + b"</div>" * 10_000 + b"</body></html>")
    page = browser.new_page(viewport={"width": 1440, "height": 1000})
    page.goto(server)
    settle(page, expect="Net income (loss)")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(big), str(archive), str(deep)])
    settle(page, expect="could not be read")
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "File must be 25.0MB or smaller." in sidebar  # the widget refuses it before the upload
    alerts = page.locator('[data-testid="stAlert"]').all_inner_texts()
    assert any("release.zip could not be read: it is a zip archive; archives are not read" in text
               for text in alerts)  # taken by the widget, refused by the reader in a sentence
    assert any("deep.htm could not be read: no financial statement found in the file" in text for text in alerts)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "Traceback" not in body and "($7.2M)" in body  # the sample is still in view, and drawn
    assert "allos_q2_2004.txt" in sidebar
    page.close()
