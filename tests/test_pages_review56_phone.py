"""UI-56, finding 6: at 420 px the Data page's checks table had cut its expected and found columns off, right of
"check", "statement" and "period". Tupperware Q1 2020 (tests/fixtures/html/tupperware_q1-2020.htm): 36 checks, figures
in full dollars ("375,900,000"). The name, expected and found now come first and fit a phone's main column."""

from __future__ import annotations

import json

from pages._widgets import CHECK_NAME_PX, PHONE_PAGE_PX, _column_px
from tests.conftest import FIXTURES, read_fixture
from tests.page_runner import run_page


def test_the_checks_table_shows_name_expected_and_found_on_a_phone() -> None:
    at = run_page("data", read_fixture(FIXTURES / "html" / "tupperware_q1-2020.htm"))
    table = next(t for t in at.dataframe if "expected" in t.value.columns)
    frame = table.value
    assert list(frame.columns[:4]) == ["check", "expected", "found", "passed"]
    config = json.loads(table.proto.columns)
    assert config["check"]["width"] == CHECK_NAME_PX and config["check"]["pinned"] is True
    first = sum(_column_px(name, frame[name], config.get(name)) for name in ("check", "expected", "found"))
    assert first <= PHONE_PAGE_PX, first
    assert len(frame) == 36  # its highlights' "diluted E.P.S. loss of $0.16 versus income of $0.76" among them
