"""UI-52, finding 3: Compare's "Cash, or cash and investments" row carries a release's own stated total, marked.

St. Joe Q1 2020 (`python -m core text` of the fixture): its balance sheet prints "Cash and cash equivalents 106.4"
(line 180) and, apart, "Investments – debt securities 50.0" (line 182); its release says "The Company had cash, cash
equivalents and investments of $158.9 million as of March 31, 2020, compared to $195.5 million as of December 31,
2019" (lines 96-97). Compare's row had shown $106.4M, cash alone, unmarked beside Alkermes's cash, cash equivalents
and total investments of 549,738. The row now carries the $158.9M the release states, marked §, with a note naming
the text line and the sheet's cash alone; the download carries the same figure and says where it is from.
"""

from __future__ import annotations

from core.analysis.metrics import standard_metrics
from core.charts.memo import STATED_TOTAL_MARK, memo_numbers, memo_table, stated_cash_cell, stated_cash_notes
from pages._markdown import unescape
from tests.conftest import read_fixture
from tests.test_compare_page import run_compare
from tests.test_pages import ALKERMES
from tests.test_pages_review52_runway import ST_JOE

NOTE = ("JOE, cash (\u00a7): the release's own stated total of its cash, cash equivalents and investments, text "
        "line 96; its balance sheet's cash and cash equivalents alone are $106.4M.")


def _columns() -> list:
    return [standard_metrics(read_fixture(ST_JOE)), standard_metrics(read_fixture(ALKERMES))]


def test_st_joes_cash_cell_is_its_stated_total_marked_and_alkermes_keeps_its_own() -> None:
    columns = _columns()
    stated = stated_cash_cell(columns[0])
    assert stated is not None and stated.span.first == 96 and str(stated.amount) == "158900000.0"
    assert stated_cash_cell(columns[1]) is None
    memo = memo_table(columns)
    row = memo[memo["Metric"] == "Cash, or cash and investments"].iloc[0].tolist()
    assert row[1:] == [f"$158.9M {STATED_TOTAL_MARK}", "$549.7M"]
    assert stated_cash_notes(columns) == [NOTE]
    numbers = memo_numbers(columns)
    cash = numbers[numbers["Metric"] == "Cash, or cash and investments"].iloc[0]
    joe = next(c for c in numbers.columns if c.startswith("The St. Joe Company") and not c.endswith("checks"))
    assert float(cash[joe]) == 158.9
    assert cash[f"{joe}: checks"] == "the release's own stated total, text line 96"


def test_compare_page_marks_the_cell_and_says_where_the_figure_is() -> None:
    joe, alkermes = read_fixture(ST_JOE), read_fixture(ALKERMES)
    at = run_compare({joe.name: joe, alkermes.name: alkermes}, current=joe.name)
    at.radio[0].set_value("Companies side by side").run()
    assert not at.exception
    memo = next(frame.value for frame in at.dataframe if "Metric" in frame.value.columns)
    assert memo[memo["Metric"] == "Cash, or cash and investments"].iloc[0]["JOE"] == f"$158.9M {STATED_TOTAL_MARK}"
    assert NOTE in [unescape(c.value) for c in at.caption]
