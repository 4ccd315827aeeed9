"""UI-49, part D, 5: the Data page makes its download files when a button is clicked, not on every run.

Horizon Bancorp's first quarter of 2020 (the corpus file horizon-bancorp_q1-2020_html.htm, 2.3 MB, 24 tables)
had taken 6.1 s to show its Overview, reached through a rerun of the Data page on choosing it: the page's own
calls took 3.7 s, 2.8 s of them the Excel workbook built for its download button on every run. The Overview's own
calls take under 0.4 s. Forian's release stands in here (a fixture)."""

from __future__ import annotations

import pytest

import pages._downloads as downloads
from tests.conftest import FORIAN
from tests.conftest import read_fixture as read
from tests.page_runner import run_page


def test_the_data_page_builds_no_download_until_it_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []

    def never(name: str) -> object:
        def build(*_: object) -> bytes:
            built.append(name)
            return b""
        return build

    for name in ("tables_xlsx", "facts_csv", "release_json"):
        monkeypatch.setattr(downloads, name, never(name))
    page = run_page("data", read(FORIAN))
    assert not page.exception
    labels = [button.proto.label for button in page.get("download_button")]
    assert labels == ["Facts (CSV)", "Tables (Excel, one sheet each)", "Everything (JSON)"]
    assert built == []
