"""The Periods table at 1,400 px as the browser review UI-50 found it: Southern Company's Q4 2004 (the EDGAR
submission tests/fixtures/edgar/southern-company_q4-fy2004.txt, the corpus file the review read) marks one line
"† not checked" (its "Net income excluding one-time items", 180 against 162), and the "Checks" column, 200 px wide,
had pushed "Change %" past the grid's edge: "+62% to +6", "-38% to -63"."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import read_fixture as read
from tests.page_runner import run_page

SOUTHERN_2004 = Path(__file__).parent / "fixtures" / "edgar" / "southern-company_q4-fy2004.txt"


def test_every_column_of_southerns_change_table_fits_the_page() -> None:
    """Each of the page's tables, its columns as Streamlit receives them (a column left unsized at most as wide as
    its header or its longest cell, `_column_px`, on the safe side of what Chromium draws), fits the 1,400 px main
    column with the row's selection box: the Checks column as wide as "† not checked", the Line column the room
    left."""
    from pages._widgets import SELECT_PX, TABLE_ROOM_PX, _column_px, fitting_width

    tables = [t for t in run_page("periods", read(SOUTHERN_2004)).dataframe if "periods_table_" in t.proto.id]
    assert tables
    for index, table in enumerate(tables):
        config = json.loads(table.proto.columns)
        frame = table.value
        widths = {str(name): _column_px(str(name), frame[name], config.get(str(name))) for name in frame.columns}
        assert SELECT_PX + sum(widths.values()) <= TABLE_ROOM_PX, widths
        assert list(frame["Checks"]).count("† not checked") == 1  # every tab marks the line
        assert widths["Checks"] == fitting_width(["† not checked"]) == 128  # "medium", 200 px, before
        if index == 0:  # the quarter: "+62% to +64%" had read "+62% to +6" (now "+63.6%": its longest
            # "+10.5 to +11.8%" since UI-56 said a range's ends to tenths, "+11% to +12%" and 120 px before)
            assert widths["Change %"] == fitting_width(["+10.5 to +11.8%"]) == 144
            assert widths["Line"] == TABLE_ROOM_PX - SELECT_PX - 128 - 156 - 174 - 138 - 144 == 151
