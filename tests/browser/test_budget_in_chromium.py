"""One session's slow upload holds no other (issue 12), in a real Chromium with two tabs.

The server runs with its caps lifted (tests/browser/uncapped/sitecustomize.py), so a row of a million
numbers takes the parser tens of seconds, and with a 10 s budget per parse (RELEASE_LENS_PARSE_SECONDS).
While one tab uploads that file, the other switches through every page; then the first tab shows that
the upload took longer than 10 s, and keeps the sample it had. Nothing is timed here: the assertions are
what each tab shows, and that the other tab's page switches finished while the hostile parse was running.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.test_dashboard_in_chromium import (  # noqa: F401  (the browser fixture, used by name)
    IDLE,
    ROOT,
    TIMEOUT_MS,
    browser,
    dashboard_server,
    require_browser,
    settle,
    visit,
)

pytestmark = pytest.mark.browser
SECONDS = 10
RUNNING = '[data-testid="stApp"][data-test-script-state="running"]'


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    library = tmp_path_factory.mktemp("library") / "library.sqlite3"
    path = os.pathsep.join([str(ROOT / "tests" / "browser" / "uncapped"), str(ROOT)])
    environment = {**os.environ, "RELEASE_LENS_LIBRARY": str(library), "RELEASE_LENS_TEST_UNCAPPED": "1",
                   "RELEASE_LENS_PARSE_SECONDS": str(SECONDS), "PYTHONPATH": path}
    with dashboard_server(environment) as url:
        yield url


def test_a_slow_upload_in_one_tab_leaves_the_other_tab_responsive(
    slow_server: str, browser: object, tmp_path: Path  # noqa: F811
) -> None:
    from playwright.sync_api import Browser

    assert isinstance(browser, Browser)
    wide = tmp_path / "wide.txt"
    wide.write_bytes(b"Revenue  " + b"1 " * 1_000_000 + b"\n")
    hostile = browser.new_page(viewport={"width": 1440, "height": 1000})
    other = browser.new_page(viewport={"width": 1440, "height": 1000})
    for page in (hostile, other):
        page.goto(slow_server)
        settle(page, expect="Net income (loss)")

    hostile.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(wide))
    hostile.wait_for_selector(RUNNING, timeout=TIMEOUT_MS)  # the hostile parse has started
    visit(other, "Periods", charts=4)
    # The other tab drew a whole page (four charts) while the hostile tab's script was still parsing.
    assert hostile.locator(RUNNING).count() == 1
    assert "Change in dollars and percent" in other.locator('[data-testid="stMain"]').inner_text()
    for name, charts in (("Expenses", 2), ("Data", 0), ("Cash", 3)):
        visit(other, name, charts=charts)

    settle(hostile, expect="was stopped after", charts=0)
    hostile.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
    alerts = hostile.locator('[data-testid="stAlert"]').all_inner_texts()
    assert any(
        f"wide.txt could not be read: it was stopped after {SECONDS} seconds, the longest this server spends "
        "reading one file. The server may have been busy with other uploads, or the file is long: try again in a "
        "few minutes" in text and "RELEASE_LENS" not in text
        for text in alerts
    ), alerts
    body = hostile.locator('[data-testid="stMain"]').inner_text()
    assert "Traceback" not in body and "($7.2M)" in body  # the sample is still in view, and drawn
    hostile.close()
    other.close()
