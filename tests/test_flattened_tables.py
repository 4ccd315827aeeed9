"""Statements a markdown scrape flattened onto one line (core.tables.flattened), or printed one cell a line
(core.tables.cell_per_line), are read as the rows they print, and never as rows their figures cannot be
given to one for one."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import core
from core.facts import write_facts_csv
from core.tables.find import find_tables
from core.tables.period_headers import read_header

_TITLE = "ACME CORP. CONDENSED STATEMENTS OF OPERATIONS (In thousands, except per share data)"
_HEADER = "Three Months Ended June 30, Six Months Ended June 30, 2024 2023 2024 2023 "


def _rows(line: str) -> dict[str, list[str]]:
    tables = find_tables(("", _TITLE, "", line))
    assert len(tables) == 1
    return {row.label: [cell.text for cell in row.cells if cell is not None] for row in tables[0].rows}


def test_each_label_takes_the_figures_after_it_even_glued_to_the_figure_before() -> None:
    line = (_HEADER + "Revenues $ 1,200 $ 1,100 $ 2,400 $ 2,150Cost of revenues 500 450 1,000 900Gross profit "
            "700 650 1,400 1,250 Operating expenses:Research and development 300 280 610 560")
    rows = _rows(line)
    assert rows["Revenues"] == ["$1,200", "$1,100", "$2,400", "$2,150"]
    assert rows["Cost of revenues"] == ["500", "450", "1,000", "900"]
    assert rows["Research and development"] == ["300", "280", "610", "560"]


def test_a_footnote_mark_or_a_year_in_a_label_stays_in_the_label() -> None:
    line = (_HEADER + "Revenues 1,200 1,100 2,400 2,150 Adjusted EBITDA (1) 90 80 170 160 "
            "Interest on notes due 2027 (12) (12) (24) (24) Net loss per share - basic $ (0.10) $ (0.12) "
            "$ (0.20) $ (0.25)")
    rows = _rows(line)
    assert rows["Adjusted EBITDA (1)"] == ["90", "80", "170", "160"]
    assert rows["Interest on notes due 2027"] == ["(12)", "(12)", "(24)", "(24)"]
    assert rows["Net loss per share - basic"] == ["$(0.10)", "$(0.12)", "$(0.20)", "$(0.25)"]


def test_figures_run_together_are_split_by_their_thousands_groups_or_not_read() -> None:
    line = (_HEADER + "Revenues 3,8703,25414,16214,238 Research and development 252208906873 "
            "Total operating expenses 2,158 2,670 8,717 9,998 Net loss (1) (2) (3) (4)")
    rows = _rows(line)
    assert rows["Revenues"] == ["3,870", "3,254", "14,162", "14,238"]
    # "252208906873" gives no column its figure: the row is lost, and its words stay out of the next label
    assert "Research and development" not in " ".join(rows)
    assert rows["Total operating expenses"] == ["2,158", "2,670", "8,717", "9,998"]


@pytest.mark.parametrize("between", ["9862021 restructuring", "986   2021 restructuring"])
def test_a_year_opening_the_next_label_is_no_figure_of_the_row_before(between: str) -> None:
    """Round 611: "Research and development ... 986" and then "2021 restructuring program ...". The year had
    been taken as a fifth figure of the research row, and glued to it ("9862021") read as 9,862,021."""
    line = (_HEADER + f"Revenues 12,000 11,000 24,000 22,000 Research and development 4,120 3,900 8,200 {between} "
            "program 9,870 10,114 1,120 2,460 Total costs and expenses 13,990 14,014 9,320 3,446")
    rows = _rows(line)
    assert rows["Research and development"] == ["4,120", "3,900", "8,200", "986"]
    assert rows["2021 restructuring program"] == ["9,870", "10,114", "1,120", "2,460"]


@pytest.mark.parametrize("zero", ["--", "-", "\u2014"])
def test_a_dash_for_zero_glued_to_the_next_label_is_the_rows_figure(zero: str) -> None:
    """Round 613: a typewriter's "--" for a blank prior-year cell, the scrape gluing it to the next label
    ("6,840  --Total other expense, net"). The "--" had been read as the next label's first word, the row
    before left a figure short and lost (its gain, and a balance sheet's treasury stock, unread)."""
    line = (_HEADER + "Interest income 35 410 95 925 Gain on early retirement of debt 6,840 "
            f"{zero} 6,840 {zero}Total other expense, net (7,740) (12,430) (22,445) (24,190)")
    rows = _rows(line)
    assert rows["Gain on early retirement of debt"] == ["6,840", zero, "6,840", zero]
    assert rows["Total other expense, net"] == ["(7,740)", "(12,430)", "(22,445)", "(24,190)"]


def test_an_ungrouped_line_keeps_its_figures_whole() -> None:
    """A line that prints no thousands group at all has no grouping to say where a figure ends: "12019"
    before a label is the figure 12,019."""
    line = (_HEADER + "Revenues 12019 11000 24000 22000 Cost of revenues 500 450 1000 900 "
            "Gross profit 11519 10550 23000 21100")
    assert _rows(line)["Revenues"] == ["12019", "11000", "24000", "22000"]


@pytest.mark.parametrize(("total", "read"), [("910 840 1,840 1,700", True), ("910 840 1,850 1,700", False)])
def test_a_sections_total_run_on_without_a_label_is_read_only_where_the_section_adds_up_to_it(
        total: str, read: bool) -> None:
    """"General and administrative 310 280 620 570 910 840 1,840 1,700": the line's figures, then the
    operating expenses' total printed without its label. The arithmetic says so (600 + 310 = 910); where it
    does not, which figures are whose is unknown and neither row is read."""
    line = (_HEADER + "Revenues 1,200 1,100 2,400 2,150 Operating expenses:Research and development 600 560 "
            f"1,220 1,130 General and administrative 310 280 620 570 {total} Loss from operations 290 260 560 450")
    rows = _rows(line)
    assert rows["Research and development"] == ["600", "560", "1,220", "1,130"]
    assert rows["Loss from operations"] == ["290", "260", "560", "450"]
    if read:
        assert rows["General and administrative"] == ["310", "280", "620", "570"]
        assert rows["Total Operating expenses"] == ["910", "840", "1,840", "1,700"]
    else:
        assert "General and administrative" not in rows and "Total Operating expenses" not in rows


def test_a_row_with_a_missing_figure_is_not_read_but_the_next_one_is() -> None:
    line = (_HEADER + "Revenues 1,200 1,100 2,400 2,150 Warrant liability 563 Total liabilities 9,000 8,000 "
            "9,000 8,000 Equity 100 90 100 90")
    rows = _rows(line)
    assert "Warrant liability" not in " ".join(rows)
    assert rows["Total liabilities"] == ["9,000", "8,000", "9,000", "8,000"]


def _balance_rows(line: str) -> dict[str, list[str | None]]:
    tables = find_tables(("", "ACME CORP. CONDENSED BALANCE SHEETS", "", f"June 30, 2024 December 31, 2023 {line}"))
    assert len(tables) == 1
    return {row.label: [None if cell is None else cell.text for cell in row.cells] for row in tables[0].rows}


def test_a_row_with_a_blank_cell_takes_the_column_its_total_lacks() -> None:
    """A new line in one period only, its other cell left blank by the scrape (round 178's biotech, "Grant
    receivable 402,118" beside nothing): the total below it lacks exactly that figure in the first column and
    nothing in the second."""
    rows = _balance_rows("ASSETS Current assets: Cash and cash equivalents $ 18,771 $ 12,304Grant receivable 402 "
                         "Prepaid expenses 911 1,040Total current assets 20,084 13,344 Total assets 20,084 13,344")
    assert rows["Grant receivable"] == ["402", None]
    assert rows["Total current assets"] == ["20,084", "13,344"]


def test_a_row_with_a_blank_cell_in_the_second_column_and_a_figure_inside_its_label() -> None:
    """Forian's Q3 2024 balance sheet: "Convertible notes payable ... ($6,000,000 in principal is held by a
    related party) 24,370,509" in the current column only; the figure in the parentheses is the label's."""
    rows = _balance_rows("Current liabilities: Accounts payable $ 843,829 $ 161,590 Accrued expenses 2,618,108 "
                         "4,252,257 Convertible notes payable, net ($6,000,000 in principal is held by a related "
                         "party) 24,370,509 Total current liabilities 27,832,446 4,413,847 Other liabilities 518,098 "
                         "1,000,000 Total liabilities 28,350,544 5,413,847")
    label = next(label for label in rows if label.startswith("Convertible"))
    assert "$6,000,000" in label
    assert rows[label] == ["24,370,509", None]


@pytest.mark.parametrize("line", [
    # the total lacks the figure in neither column
    "Cash 1,000 900 Grant receivable 402 Prepaid expenses 100 80 Total current assets 1,100 980",
    # the total lacks it in both columns: not a figure of one period
    "Cash 1,000 900 Grant receivable 402 Prepaid expenses 100 80 Total current assets 1,502 1,382",
    # no total below it to say
    "Cash 1,000 900 Prepaid expenses 100 80 Total current assets 1,100 980 Grant receivable 402",
])
def test_a_row_with_a_blank_cell_the_arithmetic_cannot_place_is_left_out(line: str) -> None:
    rows = _balance_rows(line)
    assert not any(label.startswith("Grant") for label in rows)
    assert rows["Cash"] == ["1,000", "900"] and "Total current assets" in rows


@pytest.mark.parametrize(("result", "read"), [("(7,691) (5,004)", ["$402", None]), ("(7,691) (4,602)", None)])
def test_a_line_of_one_period_above_the_expenses_is_placed_by_the_result_below_their_total(
        result: str, read: list[str | None] | None) -> None:
    """Round 178's biotech: "Grant revenue $ 402,118" in the quarter only, then its expenses and their total,
    then "Loss from operations": 402 - 8,093 = -7,691, and nothing from 0 - 5,004 = -5,004. Where the
    result says otherwise the line is left out."""
    line = ("Three Months Ended March 31, 2022 2021 Grant revenue $ 402 Operating expenses: Research and development "
            "5,877 3,904 General and administrative 2,216 1,100 Total operating expenses 8,093 5,004 Loss from "
            f"operations {result} Net loss (7,600) (4,950)")
    (table,) = find_tables(("", _TITLE, "", line))
    rows = {row.label: [None if cell is None else cell.text for cell in row.cells] for row in table.rows}
    assert rows.get("Grant revenue") == read


@pytest.mark.parametrize(("other", "read"), [("38 0", [None, "(612)"]), ("38 4", None)])
def test_a_line_of_one_period_between_two_results_is_placed_by_them(other: str, read: list[str | None] | None
                                                                       ) -> None:
    """Round 181's retailer: "Loss on extinguishment of debt (612)" in the year-ago quarter only, between
    "Income from operations" and "Income before income taxes": 3,165 - 388 - 612 + 0 = 2,165, and the
    current quarter lacks nothing (2,799 - 411 + 38 = 2,426). Where the results say otherwise, left out."""
    line = ("Three Months Ended December 31, 2022 2021 Net sales 41,206 36,877 Cost of sales 38,407 33,712 "
            "Income from operations 2,799 3,165 Interest expense, net (411) (388) Loss on extinguishment of debt "
            f"(612) Other income (expense), net {other} Income before income taxes 2,426 2,165 Net income "
            "1,708 1,577")
    (table,) = find_tables(("", _TITLE, "", line))
    rows = {row.label: [None if cell is None else cell.text for cell in row.cells] for row in table.rows}
    assert rows.get("Loss on extinguishment of debt") == read


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.tuples(st.integers(1, 9_999_999), st.integers(1, 9_999_999)), min_size=2, max_size=8),
       blank=st.integers(0, 7), column=st.integers(0, 1))
def test_a_blank_cell_is_placed_in_its_own_column_or_the_row_left_out(
        values: list[tuple[int, int]], blank: int, column: int) -> None:
    """Whatever the figures, a row whose other cell the scrape left blank is never read into the wrong column."""
    blank %= len(values)
    rows = [list(pair) for pair in values]
    rows[blank][column] = 0  # the period the line was not printed in
    totals = [sum(row[i] for row in rows) for i in (0, 1)]
    printed = " ".join(f"Line {chr(65 + n)} " + " ".join(f"{v:,}" for v in row if v) for n, row in enumerate(rows))
    read = _balance_rows(f"Current assets: {printed} Total current assets {totals[0]:,} {totals[1]:,}")
    label = f"Line {chr(65 + blank)}"
    if label in read:
        expected: list[str | None] = [f"{rows[blank][0]:,}", f"{rows[blank][1]:,}"]
        expected[column] = None
        assert read[label] == expected


def test_a_paragraph_listing_figures_is_no_table() -> None:
    line = ("Revenues were $47.0 million for the fourth quarter of 2024, a decrease from $70.8 million for the "
            "fourth quarter of 2023, while gallons sold rose to 15.7 million from 15.0 million in 2023 and 2022; "
            "the average price fell from $2.20 to $1.93, and biodiesel sales fell from $22 million to $3 million.")
    assert find_tables(("", line)) == []


def test_a_flattened_release_gives_its_statements_facts() -> None:
    text = "\n".join((
        "ACME CORP. REPORTS SECOND QUARTER 2024 RESULTS",
        "",
        _TITLE,
        "",
        _HEADER + "Revenues $ 1,200 $ 1,100 $ 2,400 $ 2,150Cost of revenues 500 450 1,000 900Gross profit 700 "
        "650 1,400 1,250 Operating expenses:Research and development 300 280 610 560 Selling, general and "
        "administrative 250 240 500 470 Total operating expenses 550 520 1,110 1,030 Operating income 150 130 "
        "290 220 Net income $ 150 $ 130 $ 290 $ 220",
    ))
    release = core.parse_release(text.encode(), "acme.txt")
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2024-06-30", "3M 2023-06-30", "6M 2024-06-30", "6M 2023-06-30"]
    assert operations.scale == 1000  # the title's "(In thousands, except per share data)"
    revenue, opex = operations.item("revenue"), operations.item("total_operating_expenses")
    assert revenue is not None and revenue.values == tuple(Decimal(v) * 1000 for v in (1200, 1100, 2400, 2150))
    assert opex is not None and opex.values == tuple(Decimal(v) * 1000 for v in (550, 520, 1110, 1030))
    assert all(check.passed for check in release.checks)


def test_a_failed_check_on_a_flattened_line_blames_its_own_lines_only() -> None:
    """Every line of a flattened statement shares one source line, and the checks once vouched for a figure
    by its line: the footing of the expenses, passing, cleared the result chain that fails on the tax
    beside them. A check now vouches for the items it added up, so the tax the chain cannot account for
    (a loss before taxes of 9,100 less a tax of 15 is no net loss of 9,100) is held back, and the
    figures whose own checks pass are printed. The net loss is held back with it: the one check left to
    vouch for it, the EPS of (0.52) on 17,500 thousand shares, cannot tell (9,100) from (9,115), and the
    chain breaks in this column alone, as a figure printed wrong breaks it (round 725:
    verification._finer_than_its_gap)."""
    text = "\n".join((
        "ACME CORP. REPORTS SECOND QUARTER 2024 RESULTS",
        "",
        _TITLE,
        "",
        "Three Months Ended June 30, 2024 2023 Collaboration revenue $ 2,480 $ 1,955 Operating expenses: "
        "Research and development 8,350 6,120General and administrative 3,415 2,760Total operating expenses "
        "11,765 8,880Loss from operations (9,285) (6,925)Interest income 185 92Loss before income taxes (9,100) "
        "(6,833)Income tax expense 15 -Net loss $ (9,100) $ (6,833)Net loss per share, basic and diluted "
        "$ (0.52) $ (0.41) Weighted average shares outstanding, basic and diluted 17,500 16,665",
    ))
    release = core.parse_release(text.encode(), "acme.txt")
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True)
    status = {(r["label"], r["period_end"]): r["verified"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert status[("Income tax expense", "2024-06-30")] == "failed"
    assert status[("Income tax expense", "2023-06-30")] == "verified"  # (6,833) less no tax is (6,833)
    for label in ("Research and development", "Total operating expenses", "Loss before income taxes"):
        assert status[(label, "2024-06-30")] == "verified", label
    assert status[("Net loss", "2024-06-30")] == "failed"
    assert status[("Net loss", "2023-06-30")] == "verified"
    out = io.StringIO()
    write_facts_csv(release, out)
    printed = {(r["concept"], r["period_end"]): r["value"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert ("income_tax", "2024-06-30") not in printed
    assert printed[("research_and_development", "2024-06-30")] == "8350000"
    assert ("net_income", "2024-06-30") not in printed
    assert printed[("net_income", "2023-06-30")] == "-6833000"


@pytest.mark.parametrize(("lines", "headers"), [
    # the change in dollars and in percent after the years (round 105, a bank's nine months): a row's
    # percent is dropped as no period's figure, so three columns: two periods and the change
    (["For the Nine Months EndedSeptember 30,", "Change", "2025", "2024", "$", "%", "Income Statement Data:"],
     ("Nine Months Ended September 30 2025", "Nine Months Ended September 30 2024", "$ Change")),
    (["Three Months Ended September 30,", "Increase/(Decrease)", "2025", "2024", "$", "%"],
     ("Three Months Ended September 30 2025", "Three Months Ended September 30 2024", "$ Change")),
    # signs after the years with no word of a change over them: nothing says what the third column is
    (["September 30,", "2025", "2024", "$", "%"], None),
])
def test_a_change_in_dollars_after_the_years_is_no_period(lines: list[str], headers: tuple[str, ...] | None) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 3) == headers


@pytest.mark.parametrize(("lines", "headers"), [
    # three years, then the changes between them (round 101): the years name the first three columns
    (["Year Ended June 30,", "2024", "2023", "2022", "2024 to 2023", "2023 to 2022", "USD", "USD", "USD",
      "% Change", "% Change"],
     ("Year Ended June 30 2024", "Year Ended June 30 2023", "Year Ended June 30 2022", "% Change", "% Change")),
    # a change beside each period: which column is which is not said, so none is named
    (["March 31, 2020", "December 31, 2019", "% Change", "March 31, 2019", "% Change"], None),
])
def test_change_columns_after_the_years_are_no_periods(lines: list[str], headers: tuple[str, ...] | None) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 5) == headers

@pytest.mark.parametrize(("lines", "headers"), [
    # one change closing each length's group (round 540, w3m at 200 columns): the years name the periods in order
    (["Three Months Ended December 31,   Year Ended December 31,",
      "2011   2010   % Change   2011   2010   % Change"],
     ("Three Months Ended December 31 2011", "Three Months Ended December 31 2010", "% Change",
      "Year Ended December 31 2011", "Year Ended December 31 2010", "% Change")),
    # groups of two sizes around the changes: which years are whose is not said
    (["Three Months Ended December 31,   Year Ended December 31,",
      "2011   % Change   2011   2010   2009   % Change"], None),
])
def test_a_change_column_closing_each_group_is_no_period(lines: list[str], headers: tuple[str, ...] | None) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 6) == headers


@pytest.mark.parametrize("lines", [
    # each group's head split over two lines, its length then its own end (round 637, a REIT's statement
    # scraped one cell a line): "For the" before the second length had left all four columns one length
    ["For the Three Months", "For the Six Months", "Ended June 30,", "Ended June 30,", "2021", "2020", "2021",
     "2020"],
    # ... and flattened, the heads' cells run together on one line over the years
    ["For the Three Months For the Six Months Ended June 30, Ended June 30,", "2021 2020 2021 2020"],
    # ... and without "For the", as it read before
    ["Three Months", "Six Months", "Ended June 30,", "Ended June 30,", "2021", "2020", "2021", "2020"],
])
def test_each_length_over_its_own_end_on_the_next_line_names_its_group(lines: list[str]) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    names = stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 4)
    assert names is not None
    assert [read_header(name) for name in names] == [
        read_header("Three Months Ended June 30, 2021"), read_header("Three Months Ended June 30, 2020"),
        read_header("Six Months Ended June 30, 2021"), read_header("Six Months Ended June 30, 2020")]


@pytest.mark.parametrize(("lines", "headers"), [
    # the middle quarter's month wrapped alone over its day, beside whole month-days (round 644, pdftotext):
    # each month stands over its own day
    (["        Three Months Ended", "             December    March", "   March 31,    31,        31,",
      "    2020       2019       2019"],
     ("Three Months Ended March 31, 2020", "Three Months Ended December 31, 2019",
      "Three Months Ended March 31, 2019")),
    # ... a month standing over no one day: which column ends in December is not said, and "March 31," is
    # shared out to none
    (["        Three Months Ended", "        December         March", "   March 31,    31,        31,",
      "    2020       2019       2019"], None),
])
def test_a_month_wrapped_alone_over_its_day_dates_its_own_column(
        lines: list[str], headers: tuple[str, ...] | None) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 3) == headers


_LABELS = st.sampled_from(["Revenues", "Cost of revenues", "Research and development", "Interest income",
                           "Selling, general and administrative", "Other income (expense), net", "Net loss",
                           "Total current assets", "Accounts payable", "Deferred revenue"])
_FIGURES = st.integers(min_value=-9_999_999, max_value=9_999_999)


def _printed(value: int, dollar: bool) -> str:
    text = f"{abs(value):,}"
    text = f"({text})" if value < 0 else text
    return f"$ {text}" if dollar else text


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(_LABELS, st.lists(_FIGURES, min_size=2, max_size=2), st.booleans(),
                               st.sampled_from(["", " ", "   ", "\u00a0 "])), min_size=3, max_size=12,
                     unique_by=lambda row: row[0]))
def test_any_flattened_statement_reads_back_row_for_row(
        rows: list[tuple[str, list[int], bool, str]]) -> None:
    """However the scrape spaces or glues them, every row comes back with its own figures, in order."""
    line = "June 30, 2024 December 31, 2023 " + "".join(
        f"{label} {'  '.join(_printed(v, dollar) for v in values)}{glue}" for label, values, dollar, glue in rows)
    tables = find_tables(("", "ACME CORP. CONDENSED BALANCE SHEETS (In thousands)", "", line.replace("\u00a0", " ")))
    assert len(tables) == 1
    read = [(row.label, [cell.value for cell in row.cells if cell is not None]) for row in tables[0].rows]
    assert read == [(label, [Decimal(v) for v in values]) for label, values, _, _ in rows]


# (a flattened row's words, the heading run into them, the row's own label): headings as scrapes run them in
# with no colon; words that only look like headings stay the label.
RUN_IN = [
    ("ASSETS Current assets Cash and cash equivalents", "Current assets", "Cash and cash equivalents"),
    ("LIABILITIES AND STOCKHOLDERS' EQUITY Current liabilities Accounts payable", "Current liabilities",
     "Accounts payable"),
    ("Stockholders' equity Common stock", "Stockholders' equity", "Common stock"),
    ("Operating expenses Research and development", "Operating expenses", "Research and development"),
    ("ASSETS Cash", "ASSETS", "Cash"),
    ("Total current assets", "", "Total current assets"),
    ("Current portion of long-term debt", "", "Current portion of long-term debt"),
    ("U.S. Product revenue", "", "U.S. Product revenue"),
    ("EBITDA", "", "EBITDA"),
    # a heading's words starting a label of their own: the next word is lower-case (Forian Q2 2025)
    ("Sales and marketing", "", "Sales and marketing"),
    ("Revenues Product sales", "Revenues", "Product sales"),
    ("Other assets and deposits", "", "Other assets and deposits"),
    ("Loss Per Share - basic and diluted Loss from continuing operations", "Loss Per Share - basic and diluted",
     "Loss from continuing operations"),
    ("Net loss per share Basic", "Net loss per share", "Basic"),
    ("ASSETSCash & Cash Equivalents", "ASSETS", "Cash & Cash Equivalents"),
    # a balance sheet's side run into its first line (round 95, a biotech's newswire page)
    ("Assets Cash and cash equivalents", "Assets", "Cash and cash equivalents"),
    ("Liabilities and stockholders' equity Total liabilities", "Liabilities and stockholders' equity",
     "Total liabilities"),
    ("Assets Held For Sale", "", "Assets Held For Sale"),
    ("Assets held for sale", "", "Assets held for sale"),
    # round 635: an expense section's heading, and a cash flow's sections, without "Cash flows from"
    ("Operating costs and expenses Cost of sales - products", "Operating costs and expenses",
     "Cost of sales - products"),
    ("Costs and operating expenses Cost of revenues", "Costs and operating expenses", "Cost of revenues"),
    ("Operating activities Net earnings", "Operating activities", "Net earnings"),
    ("Investing activities Capital expenditures", "Investing activities", "Capital expenditures"),
    ("Financing activities Common stock repurchased", "Financing activities", "Common stock repurchased"),
]


@pytest.mark.parametrize(("words", "heading", "label"), RUN_IN)
def test_a_heading_run_into_a_label_is_its_section(words: str, heading: str, label: str) -> None:
    from core.tables.flattened import _run_in_heading

    assert _run_in_heading(words) == (heading, label)


def test_a_table_printed_one_cell_a_line_with_currency_and_dash_cells_is_read_by_rows() -> None:
    lines = ("CONDENSED BALANCE SHEETS", "", "June 30, 2015", "", "December 31, 2014", "",
             "Cash", "", "$", "", "4,812", "", "$", "", "3,950", "", "Taxes payable", "", "210", "", "\u2014", "",
             "Total assets", "", "$", "", "22,000", "", "$", "", "21,240")
    tables = find_tables(lines)
    assert [(row.label, [c.value for c in row.cells if c is not None]) for row in tables[0].rows] == [
        ("Cash", [Decimal(4812), Decimal(3950)]), ("Taxes payable", [Decimal(210), Decimal(0)]),
        ("Total assets", [Decimal(22000), Decimal(21240)])]
    assert tables[0].column_headers == ("June 30, 2015", "December 31, 2014")


@pytest.mark.parametrize(("investments", "total", "read"), [
    ("14,000", ("36,595", "18,078"), [Decimal(14000), None]),  # the total lacks it in the current column
    ("14,000", ("22,595", "32,078"), [None, Decimal(14000)]),  # ... in the prior one
    ("14,000", ("36,595", "32,078"), None),  # in both: which period's, nothing says
])
def test_a_cell_a_line_row_with_a_blank_cell_is_placed_by_its_total_or_left_out(
        investments: str, total: tuple[str, str], read: list[Decimal | None] | None) -> None:
    """Round 178's biotech: "Short-term investments" / "14,000,000" and nothing for the year before; the
    row had ended the table and the balance sheet was lost."""
    lines = ("CONDENSED BALANCE SHEETS", "", "September 30, 2023", "", "December 31, 2022", "",
             "Cash and cash equivalents", "", "$", "", "21,488", "", "$", "", "17,204", "", " ",
             "Short-term investments", "", investments, "", " ", "",
             "Prepaid expenses", "", "1,107", "", "874", "",
             "Total current assets", "", total[0], "", total[1], "",
             "Total assets", "", "38,976", "", "20,838")
    tables = find_tables(lines)
    rows = {row.label: [None if c is None else c.value for c in row.cells] for row in tables[0].rows}
    assert rows.get("Short-term investments") == read
    assert rows["Total assets"] == [Decimal(38976), Decimal(20838)]


def test_a_cell_a_line_tables_first_row_with_a_blank_cell_takes_the_width_of_the_rows_under_it() -> None:
    """Round 186's biotech: "Grant revenue" / "$" / "214,877" and nothing for 2019, then its expenses: the
    table had been read one column wide, its 2019 figures dated 2020. The loss from operations places the
    grant in 2020's column: 214,877 - 5,332,532 = -5,117,655; 0 - 4,213,322 = -4,213,322."""
    lines = ("STATEMENTS OF OPERATIONS", "", "Three Months Ended March 31,", "", "2020", "", "2019", "",
             "Grant revenue", "", "$", "", "214,877", "", " ", "", "Operating expenses:", "",
             "Research and development", "", "3,877,412", "", "2,911,045", "", "General and administrative", "",
             "1,455,120", "", "1,302,277", "", "Total operating expenses", "", "5,332,532", "", "4,213,322", "",
             "Loss from operations", "", "(5,117,655", ")", "", "(4,213,322", ")", "", "Net loss", "",
             "(5,117,655", ")", "", "(4,213,322", ")")
    (table,) = find_tables(lines)
    rows = {row.label: [None if c is None else c.value for c in row.cells] for row in table.rows}
    assert len(table.column_headers) == 2
    assert rows["Research and development"] == [Decimal(3_877_412), Decimal(2_911_045)]
    assert rows["Grant revenue"] == [Decimal(214_877), None]


def test_a_cell_a_line_row_of_one_figure_and_not_meaningful_cells_is_no_crash() -> None:
    """"n/m" standing among a row's cells is never a figure (it had been kept as one and crashed the reader
    on a lynx dump)."""
    lines = ("CONDENSED BALANCE SHEETS", "", "June 30, 2015", "", "December 31, 2014", "",
             "Cash", "", "4,812", "", "3,950", "", "Ratio", "", "1.2", "", "n/m", "", "n/m", "",
             "Debt", "", "210", "", "190", "", "Total assets", "", "22,000", "", "21,240")
    rows = [row.label for table in find_tables(lines) for row in table.rows]
    assert "Cash" in rows


def test_a_date_above_the_statements_title_heads_no_column_of_a_cell_a_line_table() -> None:
    """lynx prints a page's running header ("April 29, 2020") above the next statement's title: the
    columns' headers are under the title, so the columns are March 31, 2020 and 2019."""
    lines = ("Acme Reports Results", "April 29, 2020", "CONDENSED STATEMENTS OF CASH FLOWS", "Six Months Ended",
             "March 31,", "2020", "2019", "Net income", "$", "144.3", "$", "237.5", "Depreciation", "50.6",
             "57.1", "Net cash provided by operating activities", "64.8", "153.0")
    tables = find_tables(lines)
    assert tables[0].column_headers == ("Six Months Ended March 31 2020", "Six Months Ended March 31 2019")


@pytest.mark.parametrize(("lines", "headers"), [
    # one duration for two groups of years: which group it heads is unknown, so neither is named
    (["Year Ended", "December 31,", "2024", "2023", "2024", "2023"], None),
    (["Three Months Ended", "Year Ended", "December 31,", "2024", "2023", "2024", "2023"],
     ("Three Months Ended December 31 2024", "Three Months Ended December 31 2023",
      "Year Ended December 31 2024", "Year Ended December 31 2023")),
    (["Earnings SummaryThree Months Ended December 31,", "Year Ended", "December 31,", "2024", "2023", "2024",
      "2023"],
     ("Three Months Ended December 31 2024", "Three Months Ended December 31 2023",
      "Year Ended December 31 2024", "Year Ended December 31 2023")),
])
def test_headers_read_in_order_give_each_group_of_years_its_own_duration_or_none(
        lines: list[str], headers: tuple[str, ...] | None) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 4) == headers


@pytest.mark.parametrize(("lines", "headers"), [
    # a year-to-date beside the quarter's bare length, neither saying "Ended" (round 525): each its group
    (["Second Quarter Year-to-Date", "2010 2009 2010 2009"],
     ("Quarter 2010", "Quarter 2009", "Year-to-Date 2010", "Year-to-Date 2009")),
    (["Quarter Year to Date", "2010 2009 2010 2009"],
     ("Quarter 2010", "Quarter 2009", "Year to Date 2010", "Year to Date 2009")),
    # a year-to-date beside a length that says "Ended" is read as before: the phrase names its group
    (["Quarter Ended Year-to-Date", "June 30, June 30,", "2010 2009 2010 2009"],
     ("Quarter Ended June 30 2010", "Quarter Ended June 30 2009", "Year-to-Date June 30 2010",
      "Year-to-Date June 30 2009")),
    # a year-to-date alone over four years names no group of them
    (["Year-to-Date", "2010 2009 2010 2009"], None),
])
def test_a_year_to_date_beside_a_bare_quarter_names_the_groups_of_years(
        lines: list[str], headers: tuple[str, ...] | None) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 4) == headers


@pytest.mark.parametrize(("text", "headers"), [
    # three durations over three quarters, two nine months and a year (round 181): 3, 2 and 1, the one way
    # each group's dates run one way; dealt two each, a year-ago quarter had been printed as nine months
    ("Three Months Ended Nine Months Ended Year Ended September 30, June 30, September 30, September 30, "
     "September 30, December 31, 2023 2023 2022 2023 2022 2022",
     ("Three Months Ended September 30 2023", "Three Months Ended June 30 2023",
      "Three Months Ended September 30 2022", "Nine Months Ended September 30 2023",
      "Nine Months Ended September 30 2022", "Year Ended December 31 2022")),
    # one duration over a quarter, the one before and a year-ago one (round 181): every date its own
    ("For the Three Months Ended June 30, March 31, June 30, 2022 2022 2021",
     ("Three Months Ended June 30 2022", "Three Months Ended March 31 2022", "Three Months Ended June 30 2021")),
    # dealt evenly where each group then runs one way: as before
    ("Three Months Ended Six Months Ended June 30, June 30, June 30, June 30, 2024 2023 2024 2023",
     ("Three Months Ended June 30 2024", "Three Months Ended June 30 2023", "Six Months Ended June 30 2024",
      "Six Months Ended June 30 2023")),
])
def test_durations_over_whole_dates_are_dealt_so_each_groups_dates_run_one_way(
        text: str, headers: tuple[str, ...]) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    found = stream_headers([], [classify(1, text)], len(headers))
    assert found is not None
    assert tuple(" ".join(h.replace(",", "").split()) for h in found) == headers


def test_a_month_day_over_a_whole_group_of_columns_is_read_as_each_of_theirs() -> None:
    """Round 186's device maker: three quarters under their own month-days, then two half years under one
    "June 30,": four month-days over five columns, read in the one way each group's dates run one way."""
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    text = "Three Months Ended Six Months Ended June 30, March 31, June 30, June 30, 2019 2019 2018 2019 2018"
    found = stream_headers([], [classify(1, text)], 5)
    assert found is not None
    assert tuple(" ".join(h.replace(",", "").split()) for h in found) == (
        "Three Months Ended June 30 2019", "Three Months Ended March 31 2019", "Three Months Ended June 30 2018",
        "Six Months Ended June 30 2019", "Six Months Ended June 30 2018")


@settings(max_examples=80, deadline=None)
@given(values=st.lists(st.tuples(st.integers(1_000, 9_999_999), st.integers(1_000, 9_999_999)), min_size=2,
                       max_size=7),
       blanks=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 1)), max_size=3),
       cut=st.integers(0, 80))
def test_any_cell_a_line_table_with_blank_cells_reads_each_figure_in_its_own_column_or_not_at_all(
        values: list[tuple[int, int]], blanks: list[tuple[int, int]], cut: int) -> None:
    """However many cells a scrape left blank, and wherever the text is cut off (a crash had been found at a
    table ending on rows with blank cells), no figure is read into another column."""
    rows = [list(pair) for pair in values]
    for row_index, column in blanks:
        rows[row_index % len(rows)][column] = 0
    lines = ["BALANCE SHEETS", "", "June 30, 2024", "", "December 31, 2023", ""]
    for number, row in enumerate(rows):
        lines += [f"Line {chr(65 + number)}", ""] + [f"{v:,}" if v else " " for v in row for _ in (0,)]
    totals = [sum(row[i] for row in rows) for i in (0, 1)]
    lines += ["Total assets", "", f"{totals[0]:,}", "", f"{totals[1]:,}"]
    lines = lines[: len(lines) - cut] if cut < len(lines) else lines
    truth = {f"Line {chr(65 + n)}": row for n, row in enumerate(rows)}
    for table in find_tables(tuple(lines)):
        if len(table.column_headers) != 2:
            continue
        for read in table.rows:
            if read.label in truth and len(read.cells) == 2:
                for cell, value in zip(read.cells, truth[read.label], strict=True):
                    assert cell is None or cell.value == value


@pytest.mark.parametrize("cut", range(0, 31))
def test_a_cell_a_line_text_cut_anywhere_after_rows_with_blank_cells_reads_without_error(cut: int) -> None:
    """A scrape ending on a row of one figure ("Grant" / "402", then "License" / "5,000" and the end of the
    text) had crashed the reader looking past the last line for the row under it."""
    lines = ("BALANCE SHEETS", "", "June 30, 2024", "", "December 31, 2023", "", "Cash", "", "1,000", "", "900", "",
             "Prepaid", "", "100", "", "80", "", "Total assets", "", "1,100", "", "980", "", "Grant", "", "402", "",
             "License", "", "5,000")
    tables = find_tables(lines[: len(lines) - cut])
    if cut <= 6:  # the total still printed: the table is read, its rows in their columns
        assert [c.value for c in tables[0].rows[0].cells if c is not None] == [Decimal(1000), Decimal(900)]


def test_a_header_whose_groups_each_print_their_own_years_counts_every_column() -> None:
    """Round 188's railcar maker: "Three Months Ended December 31, 2023 Twelve Months Ended December 31, 2023
    2022 2021": four columns, the quarter's and three years'."""
    line = ("Three Months Ended December 31, 2023 Twelve Months Ended December 31, 2023 2022 2021 Net sales $ 84,210 "
            "$ 318,455 $ 296,102 $ 271,880 Cost of sales 60,000 230,000 215,000 200,000 Gross profit 24,210 88,455 "
            "81,102 71,880 Net income 9,000 30,000 28,000 25,000")
    (table,) = find_tables(("", _TITLE, "", line))
    assert [" ".join(h.replace(",", "").split()) for h in table.column_headers] == [
        "Three Months Ended December 31 2023", "Twelve Months Ended December 31 2023",
        "Twelve Months Ended December 31 2022", "Twelve Months Ended December 31 2021"]


def test_a_cell_a_line_tables_first_row_of_two_figures_over_rows_of_three_is_short() -> None:
    """Round 188's silver miner: "Silver by-product sales" / "$ 2,940" / "$ 1,850" (its quarter blank) over
    rows of three: the table is three wide, and the total revenue places the two (58,420 + 0 = 58,420;
    97,310 + 2,940 = 100,250; 112,805 + 1,850 = 114,655)."""
    lines = ("Statements of Income", "", "Three Months Ended June 30, 2022", "", "Six Months Ended June 30, 2021", "",
             "Six Months Ended June 30, 2022", "", "Silver by-product sales", "", " ", "", "$ 2,940", "",
             "$ 1,850", "", "Gold sales", "", "58,420", "", "97,310", "", "112,805", "", "Total revenue", "",
             "58,420", "", "100,250", "", "114,655", "", "Net income", "", "8,420", "", "10,250", "", "14,655")
    (table,) = find_tables(lines)
    rows = {row.label: [None if c is None else c.value for c in row.cells] for row in table.rows}
    assert len(table.column_headers) == 3
    assert rows["Silver by-product sales"] == [None, Decimal(2940), Decimal(1850)]


def test_a_footnote_mark_between_a_cell_a_line_label_and_its_figures_is_the_labels() -> None:
    """Round 191's biotech: "Research and development" / "(1)" / "8,412" / "6,877": the mark had been read as a
    figure of -1, the row three wide in a table of two, and the table ended there."""
    lines = ("STATEMENTS OF OPERATIONS", "", "Three Months Ended September 30,", "", "2022", "", "2021", "",
             "Revenue", "", "1,000", "", "900", "", "Research and development", "", "(1)", "", "8,412", "", "6,877",
             "", "General and administrative", "", "2,000", "", "1,800", "", "Total operating expenses", "",
             "10,412", "", "8,677", "", "Net loss", "", "(9,412", ")", "", "(7,777", ")")
    (table,) = find_tables(lines)
    rows = {row.label: [None if c is None else c.value for c in row.cells] for row in table.rows}
    assert rows["Research and development"] == [Decimal(8412), Decimal(6877)]
    assert rows["Net loss"] == [Decimal(-9412), Decimal(-7777)]


@pytest.mark.parametrize(("lines", "headers"), [
    # a length wrapped a line above the rest of its header, beside one printed whole (round 560, w3m at 80
    # columns): each length heads its own group, in the order they stand, not the order of the lines
    (["                                                                Nine Months",
      "                        Three Months Ended October 31,          Ended October 31,",
      "                        2024      2023      2024      2023"],
     ("Three Months Ended October 31 2024", "Three Months Ended October 31 2023",
      "Nine Months Ended October 31 2024", "Nine Months Ended October 31 2023")),
    # a length centred over a year of its group is no part of that year's phrase: the lines read in order
    (["              Three Months Ended          Year Ended",
      "      2015          2014          2015          2014"],
     ("Three Months Ended 2015", "Three Months Ended 2014", "Year Ended 2015", "Year Ended 2014")),
])
def test_a_length_wrapped_over_the_rest_of_its_header_heads_its_own_group(
        lines: list[str], headers: tuple[str, ...]) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 4) == headers


@pytest.mark.parametrize(("lines", "headers"), [
    # a note's two ends over fiscal years alone, the 53-week year ending early the next January (round 673):
    # each year takes its own end, the quarter and the year it closes alike
    (["(In thousands; periods ended January 1, 2012 and December 26, 2010)", "Fourth Quarter   Fiscal Year",
      "2011   2010   2011   2010"],
     ("Quarter January 1, 2012", "Quarter December 26, 2010", "Fiscal Year January 1, 2012",
      "Fiscal Year December 26, 2010")),
    # ends no year can name (the prior year's a year too early): no column is given one end's month-day under
    # another's year ("Quarter January 1 2011" and "Fiscal Year December 26 2011" before); the headers name
    # the columns without the note
    (["(In thousands; periods ended January 1, 2012 and December 26, 2009)", "Fourth Quarter   Fiscal Year",
      "2011   2010   2011   2010"], ("Quarter 2011", "Quarter 2010", "Fiscal Year 2011", "Fiscal Year 2010")),
])
def test_a_notes_ends_go_to_the_years_they_can_end(lines: list[str], headers: tuple[str, ...] | None) -> None:
    from core.tables.headers import stream_headers
    from core.tables.lines import classify

    assert stream_headers([], [classify(n, text) for n, text in enumerate(lines, 1)], 4) == headers


_LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _items_by_label(name: str) -> tuple[dict[str, tuple[Decimal, ...]], list[str]]:
    """The layout fixture `name`'s line items, each label with its values, and its diagnostics as printed."""
    source = _LAYOUTS / name
    release = core.parse_release(source.read_bytes(), source.name)
    items = {item.label: item.values for statement in release.statements for item in statement.items}
    return items, [str(diagnostic) for diagnostic in release.diagnostics]


def test_a_one_digit_loss_right_under_a_label_is_its_figure_where_the_rest_fall_short_of_the_columns() -> None:
    """Round 705: one cell a line, "(7)" right under the treasury stock's label, a blank cell, then "-": the
    "(7)" taken for the label's footnote mark, the row had one figure for two columns and was dropped, the
    equity failing to foot by 7 (12 - 7 + 9,640 - 4,030 = 5,615). "(3)" opening "Other income (expense), net"
    likewise (210 - 3 = 207). Revenue's "(1)" over its two figures stays the label's mark."""
    items, said = _items_by_label("cell_per_line_a_one_digit_loss_right_under_its_label.txt")
    [treasury] = [values for label, values in items.items() if label.startswith("Treasury stock")]
    assert treasury == (Decimal("-7000"), Decimal("0"))
    assert items["Other income (expense), net"] == (Decimal("-3000"), Decimal("14000"))
    assert items["Revenue"] == (Decimal("4200000"), Decimal("3950000"))
    assert items["Total stockholders' equity"] == (Decimal("5615000"), Decimal("5455000"))
    assert not [message for message in said if "check failed" in message or "could not be placed" in message]


def test_a_nil_dash_glued_to_a_label_and_to_the_figure_before_is_a_cell_where_it_fills_the_columns() -> None:
    """Round 705: "Impairment of intangible assets-615,000- 615,000" in four columns is nil, 615,000, nil,
    615,000 (1,950,000 + 760,000 + 1,180,000 + 615,000 = 4,505,000), not -615,000 and 615,000 left unread;
    "Other income (expense), net-12,000 8,000 -20,000 15,000" prints four figures as it stands, its hyphen the
    minus sign (1,240,000 - 35,000 - 12,000 = 1,193,000); "Gain on sale of equipment- 6,000- 6,000" is nil, 6,000,
    nil, 6,000 (395,000 - 42,000 + 8,000 + 6,000 = 367,000)."""
    items, said = _items_by_label("flattened_a_nil_dash_glued_to_the_label_and_to_the_figure.txt")
    assert items["Impairment of intangible assets"] == (Decimal(0), Decimal(615000), Decimal(0), Decimal(615000))
    assert items["Other income (expense), net"] == (
        Decimal(-12000), Decimal(8000), Decimal(-20000), Decimal(15000))
    assert items["Total costs and expenses"] == (
        Decimal(4160000), Decimal(4505000), Decimal(8230000), Decimal(8325000))
    assert items["Gain on sale of equipment"] == (Decimal(0), Decimal(6000), Decimal(0), Decimal(6000))
    assert not [message for message in said if "check failed" in message]


def test_a_row_whose_figures_no_total_places_is_said_at_its_line() -> None:
    """A row of one figure in two columns that no total below it places is left out, and the warning says so
    at its line: the footing failing without it is not the release's error (round 705: said nowhere, the
    failure had blamed the release)."""
    text = "\n".join(("ACME CORP. REPORTS 2024 RESULTS", "", "ACME CORP. CONDENSED BALANCE SHEETS", "",
                      "June 30, 2024 December 31, 2023 ASSETS Current assets: Cash 1,000 900 Grant receivable 402 "
                      "Prepaid expenses 100 80 Total current assets 1,100 980 Total assets 1,100 980"))
    release = core.parse_release(text.encode(), "acme.txt")
    [said] = [str(d) for d in release.diagnostics if "could not be placed" in str(d)]
    assert said.startswith("figures of 'Grant receivable' could not be placed in the columns") and "line 5" in said
