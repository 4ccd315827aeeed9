"""The Periods and Data pages as a browser review of real releases found them at 1,400 px (UI-48, part D): the
Periods tables shown whole with their line names told apart, a highlights summary titled as one, and a share
count's causes that fit its direction.

Figures checked by hand against the releases. ManTech's Q1 2020 (tests/fixtures/html/mantech_q1-2020.htm) prints 11
lines in its statement of operations down to NET INCOME; Forian's Q3 2024 (tests/fixtures/ui/..._forian_q3_2024.txt)
opens with a highlights table on lines 7-63 and prints its 24-line statement of operations further down, two of
whose lines open with the same 40 characters, "(Loss) income from continuing operations before income taxes" and
"(Loss) income from continuing operations, net of tax"; GeoVax's Q3 2024 (tests/fixtures/text/
geovax-labs_q3-2024_markdown.txt) a net loss of 5,815 thousand at (0.91) a share against 8,409 thousand at (4.75):
about 1.8M shares become 6.4M."""

from __future__ import annotations

from html import unescape

from tests.conftest import FORIAN, GEOVAX
from tests.conftest import read_fixture as read
from tests.page_runner import run_page
from tests.test_pages_review45 import MANTECH, _quarter_table


def test_a_periods_table_shows_every_row() -> None:
    """ManTech's 11 lines had shown 10 (NET INCOME behind a scroll inside the table) and Forian's 24 about 10:
    Streamlit's own height shows about ten rows. Each table is now as tall as its rows, 35 px a row and its header
    and 3 px of frame, at the row height the page sets (AppTest keeps the row height, not the height)."""
    from pages._widgets import GRID_ROW_PX, SHOWN_ROWS, table_height

    for path, rows in ((MANTECH, 11), (FORIAN, 24)):
        tables = [table for table in run_page("periods", read(path)).dataframe if "periods_table_" in table.proto.id]
        assert len(tables[0].value) == rows
        assert tables and all(table.proto.row_height == GRID_ROW_PX for table in tables)
    assert (table_height(11), table_height(24)) == (423, 878)  # 12 and 25 rows of 35 px, and the frame
    assert table_height(300) == table_height(SHOWN_ROWS)  # a long table scrolls inside a few dozen rows


def test_two_line_names_cut_alike_are_told_apart() -> None:
    """At the room the Line column has (221 px beside Forian's change columns) both continuing-operations lines
    had read "(Loss) income from continuing operati...": each is now shortened in its middle, its start and its
    end kept, every other name as printed; a row selected still finds its line in the release by its whole name."""
    names = list(run_page("periods", read(FORIAN)).dataframe[0].value["Line"])
    printed = list(_quarter_table(read(FORIAN))["Line"])  # type: ignore[index]
    changed = [(whole, shown) for whole, shown in zip(printed, names, strict=True) if whole != shown]
    assert changed == [
        ("(Loss) income from continuing operations before income taxes", "(Loss) income … income taxes"),
        ("(Loss) income from continuing operations, net of tax", "(Loss) income from … net of tax"),
    ]
    assert len(set(names)) == len(names) == 24


def test_names_that_need_no_shortening_stay_whole() -> None:
    """ManTech's 72-character name is cut at the column's edge, but no other name opens with the same words: it
    stays as printed, whole when its cell is clicked."""
    names = list(run_page("periods", read(MANTECH)).dataframe[0].value["Line"])
    assert names == list(_quarter_table(read(MANTECH))["Line"])  # type: ignore[index]


def test_a_highlights_summary_is_titled_as_one() -> None:
    """Forian's highlights (lines 7-63, no title) had been titled "Statement of operations" above the real one,
    listed further down under its own title."""
    labels = [unescape(e.label).replace("\\", "") for e in run_page("data", read(FORIAN)).expander]
    assert "Summary table read as a statement of operations (lines 7-63)" in labels
    assert not any(label.startswith("Statement of operations") for label in labels)
    assert any(label.startswith("FORIAN INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (UNAUDITED) (statement "
                                "of operations, line") for label in labels)


def test_a_share_count_that_rose_names_no_buyback() -> None:
    """GeoVax's shares rose from about 1.8M to 6.4M: a buyback lowers a count, and had been named among the causes;
    the note names the causes that raise one."""
    notes = [unescape(w.value).replace("\\", "") for w in run_page("overview", read(GEOVAX)).warning
             if "shares behind EPS" in w.value]
    assert len(notes) == 1
    assert "(the release prints no weighted-average count; an offering, a conversion of preferred stock or a split " \
           "between the periods)" in notes[0]
    assert "buyback" not in notes[0]
