"""UI-59's findings on the change tables and the expense charts: on a phone each row of the Periods and Expenses
tables is said whole on a line (the grid had cut "+652.6 to +752.9%" to "+652.6 to +752"); "n/m" wherever no
percent measures a change, with why, on both pages (Timberland's "Loss (gain) on disposition ..." had been blank
on Expenses); a whole percent among tenths is marked ¶ and said why (the sample's "-60%"); the share bars' labels
stay level, hidden where a segment is too thin; axis names break between words only."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd

from core.analysis import breakdown, compared_windows, with_derived
from core.analysis.comparisons import change_notes, compare
from core.analysis.derived import fiscal_quarter
from core.analysis.structure import operations_statement
from core.charts import composition
from core.charts.expenses import SEGMENT_TEXT_PX, window_changes, window_table
from core.charts.periods import change_lines, wrap
from core.formatting import WHOLE_MARK
from core.model import Release
from core.parse import parse_release
from tests.page_runner import SAMPLE_TEXT, run_page, texts

CORPUS = Path("/work/shared/corpus")
TIMBERLAND = (Path(__file__).parent / "fixtures" / "ui"
              / "bank_timberland_q2_fy2020_loan_tables_before_the_statements.htm")


def _timberland() -> Release:
    path = TIMBERLAND if TIMBERLAND.exists() else CORPUS / TIMBERLAND.name
    return parse_release(path.read_bytes(), path.name)


def _sample() -> Release:
    return parse_release(SAMPLE_TEXT, "allos_q2_2004.txt")


def test_a_whole_percent_among_tenths_is_marked_and_said_why() -> None:
    release = _sample()
    operations = operations_statement(release)
    assert operations is not None
    quarter = compared_windows(operations, fiscal_quarter(release))[0]
    changes = {c.label: c for c in compare(with_derived(operations, fiscal_quarter(release)), quarter)}
    # src lines 104 and 106 (in thousands): interest and other income 111 against 277, -59.9%; 110.5/277.5 ..
    # 111.5/276.5 give -60.2% .. -59.7%, no one tenth, every pair -60% whole
    interest = changes["Interest and other income, net"]
    assert (interest.current, interest.prior) == (Decimal(111_000), Decimal(277_000))
    assert interest.percent_words == f"-60% {WHOLE_MARK}"
    assert changes["Research and development"].percent_words == "-32.2%"  # a tenth: no mark
    assert changes["Restructuring costs"].percent_words == "-100%"  # gone to nil: exactly all of itself, no mark
    notes = change_notes(tuple(changes.values()), [c.percent_words for c in changes.values()],
                         operations.printed_unit())
    assert notes == "¶ A whole percent: the release prints both figures rounded to $ thousands, which allows no tenth."


def test_expenses_says_n_m_with_why_as_the_periods_table_does() -> None:
    release = _timberland()
    operations = operations_statement(release)
    assert operations is not None
    expenses = breakdown(with_derived(operations, fiscal_quarter(release)))
    assert expenses is not None
    quarter, six = compared_windows(operations, fiscal_quarter(release))[:2]
    # src line 592: "Loss (gain) on disposition ... (3)  (99)  8"; line 674: "FDIC insurance (credit)  (27)  171"
    said = {row["Line"]: row["Change %"] for row in window_table(expenses, quarter).to_dict("records")}
    assert said["Loss (gain) on disposition of premises and equipment, net"] == "n/m"
    assert said["FDIC insurance (credit)"] == "-100%"  # "--" against 97 (line 599)
    assert said["Premises and equipment"] == f"-5% {WHOLE_MARK}"  # 943 against 993: -5.13% .. -4.94%
    table = window_table(expenses, six)
    six_said = {row["Line"]: row["Change %"] for row in table.to_dict("records")}
    assert six_said["FDIC insurance (credit)"] == "n/m"
    assert six_said["Loss (gain) on disposition of premises and equipment, net"] == "n/m"
    notes = change_notes(window_changes(expenses, six), list(table["Change %"]), operations.printed_unit())
    assert ("n/m (not meaningful): no percent measures the change where the figure crossed zero, a gain or income "
            "one year and a cost or loss the other (Loss (gain) on disposition of premises and equipment, net; "
            "FDIC insurance (credit)).") in notes
    # the Periods table says the same of the same lines, with the lines it alone lists (nil a year earlier)
    periods = change_notes(compare(with_derived(operations, fiscal_quarter(release)), six), [], None)
    assert "nil a year earlier (Borrowings; Provision for loan losses)" in periods
    assert "(Loss (gain) on disposition of premises and equipment, net; FDIC insurance (credit))" in periods


def test_a_phone_reads_each_row_of_a_change_table_whole() -> None:
    table = pd.DataFrame({
        "Line": ["Operating income (loss)", "Restructuring costs"],
        "This year ($ millions)": ["72", "0"], "Year earlier ($ millions)": ["8", "(8)"],
        "Change ($ millions)": ["64", "(8)"], "Change %": ["+652.6 to +752.9%", "-100%"],
    })
    assert change_lines(table) == [
        "Operating income (loss): +652.6 to +752.9%; this year 72, year earlier 8, change 64, in $ millions",
        "Restructuring costs: -100%; this year 0, year earlier (8), change (8), in $ millions",
    ]
    expenses = pd.DataFrame({"Line": ["Salaries and employee benefits"], "Amount ($ thousands)": ["4,621"],
                             "% of total": ["55.8%"], "Change ($ thousands)": ["(246)"], "Change %": ["-5.1%"]})
    assert change_lines(expenses) == [
        "Salaries and employee benefits: -5.1%; amount 4,621, 55.8% of total, change (246), in $ thousands"]


def test_the_periods_page_lists_its_rows_for_a_phone_with_the_legend() -> None:
    at = run_page("periods", _sample())
    said = texts(at)
    assert "- Interest and other income, net: -60% ¶; this year 111, year earlier 277, change (166), in $ thousands" \
        in said
    assert "¶ A whole percent: the release prints both figures rounded to $ thousands, which allows no tenth." in said


def test_the_expenses_page_says_n_m_and_why() -> None:
    at = run_page("expenses", _timberland())
    said = texts(at)
    assert "n/m (not meaningful): no percent measures the change where the figure crossed zero" in said
    assert "- Loss (gain) on disposition of premises and equipment, net: n/m; amount (3)" in said
    frames = [d.value for d in at.dataframe if "Change %" in d.value.columns]
    assert frames and frames[0].set_index("Line").loc[
        "Loss (gain) on disposition of premises and equipment, net", "Change %"] == "n/m"


def test_share_labels_stay_level_and_the_legend_goes_under_the_bars() -> None:
    release = _timberland()
    operations = operations_statement(release)
    assert operations is not None
    expenses = breakdown(with_derived(operations, fiscal_quarter(release)))
    assert expenses is not None
    chart = composition(expenses)
    figure = chart.untitled()  # as the page draws it
    drawn = [trace for trace in figure.data if trace.text is not None]
    assert drawn and all(trace.textangle == 0 for trace in drawn)  # never turned to fit a thin segment
    assert figure.layout.uniformtext.mode == "hide" and figure.layout.uniformtext.minsize == SEGMENT_TEXT_PX == 11
    # the legend of eight entries under the share axis, the margin under the plot holding it; the bars under the title
    assert figure.layout.legend.yref == "paper" and figure.layout.legend.y < 0
    assert figure.layout.margin.b > 100 and figure.layout.margin.t < 100


def test_axis_names_break_between_words_only() -> None:
    assert wrap("Data processing and telecommunications", 16) == "Data processing<br>and<br>telecommunications"
    assert wrap("Interest and other income, net", 16) == "Interest and<br>other income,<br>net"
    assert wrap("Non-interest expense total", 8).split("<br>")[0] == "Non-interest"
