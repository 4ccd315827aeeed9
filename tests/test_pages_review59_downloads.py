"""UI-59 #5: the Data page's facts CSV and workbook had written Apple's $2,014 million (src line 159) as 2014000000
with nothing saying it was printed to the million, and three "Basic" EPS rows for the quarter (line 188 under
"... before accounting change", line 191 the net income's, line 230 the non-GAAP reconciliation's) with nothing
naming the table each came from. The downloads add, after every column they had, each fact's printed unit (the value
of its line's last digit, in the value's units) and its table's title. `python -m core facts`, the data contract,
writes its columns as before."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pandas as pd

from core.facts import CONTRACT_COLUMNS, FACT_COLUMNS, SOURCE_COLUMNS, UNIT_COLUMNS
from pages._downloads import facts_csv, tables_xlsx
from tests.conftest import CORPUS_COPIES, corpus_release

APPLE = "apple-computer_q3-fy2004_edgar-submission.txt"
STATEMENT = "UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"
NON_GAAP = "UNAUDITED NON-GAAP CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS"


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(facts_csv(corpus_release(APPLE)).decode())))


def test_the_csv_adds_the_printed_unit_and_the_table_after_its_columns() -> None:
    rows = _rows()
    assert list(rows[0]) == [*FACT_COLUMNS, *UNIT_COLUMNS, "printed_unit", "table_title"]
    assert SOURCE_COLUMNS == ("printed_unit", "table_title")
    sales = next(r for r in rows if r["line_first"] == "159" and r["period_end"] == "2004-06-26" and r["months"] == "3")
    assert (sales["value"], sales["printed_unit"], sales["table_title"]) == ("2014000000", "1000000", STATEMENT)


def test_the_three_basic_rows_of_the_quarter_say_their_tables() -> None:
    basic = [(r["line_first"], r["concept"], r["printed_unit"], r["table_title"]) for r in _rows()
             if r["label"] == "Basic" and r["kind"] == "per_share" and r["period_end"] == "2004-06-26"
             and r["months"] == "3"]
    assert basic == [("188", "", "0.01", STATEMENT), ("191", "eps_basic", "0.01", STATEMENT),
                     ("230", "", "0.01", NON_GAAP)]
    counts = {r["line_first"]: r["printed_unit"] for r in _rows() if r["kind"] == "shares"}
    assert counts["194"] == "1000"  # "375,023" under "(in thousands)"


def test_the_workbooks_facts_sheet_says_them_too() -> None:
    facts = pd.read_excel(io.BytesIO(tables_xlsx(corpus_release(APPLE))), sheet_name="facts")
    assert list(facts.columns)[-4:] == ["unit", "currency", "printed_unit", "table_title"]
    assert list(facts.columns)[:len(FACT_COLUMNS)] == list(FACT_COLUMNS)
    row = facts[(facts["line_first"] == 230) & (facts["months"] == 3)].iloc[0]
    assert (row["printed_unit"], row["table_title"]) == (0.01, NON_GAAP)


def test_the_contracts_command_writes_its_columns_as_before() -> None:
    out = subprocess.run([sys.executable, "-m", "core", "facts", str(CORPUS_COPIES[APPLE])], capture_output=True,
                         text=True, check=True).stdout
    assert out.splitlines()[0] == ",".join(CONTRACT_COLUMNS)
    assert "printed_unit" not in out and "UNAUDITED" not in out
