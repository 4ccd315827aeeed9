"""The pages as a browser review of real releases found them (UI-45): a row named under its heading, not
glued to it; the non-operating lines of a waterfall drawn as printed; release dates read where the release
prints them; the unit note saying what the reader did; one wording for an amount across the pages.

Figures checked by hand against the releases."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.metrics import metric_text, standard_metrics
from core.analysis.structure import operations_statement
from core.charts.memo import memo_table
from core.charts.periods import result_waterfall, waterfall_steps
from core.formatting import spelled_money
from core.frames import unit_note
from tests.conftest import FIXTURES, FORIAN
from tests.conftest import read_fixture as read

SOUTHERN = FIXTURES / "edgar" / "southern-company_q4-fy2006.txt"


def test_the_waterfall_draws_the_lines_between_the_operating_result_and_the_tax_as_printed() -> None:
    """Southern FY2006 prints no pre-tax income: Operating Income 469, Other Income, net 5, Interest Charges
    and Dividends 240 (both printed bare), Income Taxes 46, net income 188 (469 + 5 - 240 - 46). The two lines
    had been one "Other items (235)" step after the tax; they are steps of their own, before it. The year before
    (404, (26), 204, 21, discontinued operations 6, net 159) keeps the printed sign of its other income."""
    operations = operations_statement(read(SOUTHERN))
    assert operations is not None
    quarter, year_ago = operations.periods[0], operations.periods[1]
    millions = [(label, value / 1_000_000) for label, value, _ in waterfall_steps(operations, quarter)]
    assert millions[-5:] == [("Operating result", 469), ("Other Income, net", 5),
                             ("Interest Charges and Dividends", -240), ("Income tax", -46), ("Net result", 188)]
    earlier = [(label, value / 1_000_000) for label, value, _ in waterfall_steps(operations, year_ago)]
    assert earlier[-6:] == [("Operating result", 404), ("Other Income, net", -26),
                            ("Interest Charges and Dividends", -204), ("Income tax", -21),
                            ("Discontinued Operations, net of tax", 6), ("Net result", 159)]
    chart = result_waterfall(operations, quarter)
    assert chart is not None
    names = [name.replace("<br>", " ") for name in chart.figure.data[0].y]
    assert not any(name.startswith("Other items") for name in names)
    assert sum((value for _, value, measure in waterfall_steps(operations, quarter) if measure == "relative"),
               Decimal(0)) == Decimal(188_000_000)


TORRINGTON = FIXTURES / "pdf" / "torrington_q2_2005_word_wrapped.pdf"


def test_the_unit_note_of_a_table_in_whole_dollars_says_why_it_was_read_as_printed() -> None:
    """Torrington Q2 2005 prints no unit note over "Net revenues  $12,480,000" nor over its balance sheet's
    "$ 18,406,000"; its lead says "a net loss of $695,000, or $0.07 per share", the table's "(695,000)". The Data
    page had said "No unit note was read ... may be in thousands or millions of dollars" of figures the Overview
    reads, rightly, as dollars; it says what the reader did and why."""
    release = read(TORRINGTON)
    operations, balance = release.statement("operations"), release.statement("balance")
    assert operations is not None and balance is not None
    assert (operations.scale, balance.scale) == (1, 1)
    assert unit_note(operations, release) == (
        "No unit note was read for this table: its figures are read as printed, in full dollars, as the text states "
        'them ("net loss of $695,000, or $0.07 per share", the table\'s (695,000)).')
    assert unit_note(balance, release) == (
        "No unit note was read for this table: its figures are read as printed, in full dollars, as those of "
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS of the same size are, which the text states (\"net loss of "
        "$695,000, or $0.07 per share\", that table's (695,000)).")
    assert "may be in thousands or millions" not in unit_note(balance, release)


APPLE_2004 = FIXTURES / "html" / "apple-computer_q3-fy2004.htm"
ORACLE_2022 = FIXTURES / "edgar" / "oracle_q4-fy2022.txt"


def test_a_sum_in_billions_is_said_in_billions_in_sentences_as_on_its_card() -> None:
    """Apple's Q3 FY2004 cash and short-term investments, $3,120 + $1,846 million = $4,966 million, read
    "$4.97B" on its card and "$4,966 million" in its help and on the Cash page; Oracle's Q4 FY2022 operating
    expenses of $7,337 million read "$7,337 million" where Apple's Q1 FY2024 said "$40.37 billion". One rule
    sizes both: billions from a billion."""
    cash = standard_metrics(read(APPLE_2004)).get("cash_and_investments")
    assert cash is not None and cash.value == Decimal(4_966_000_000)
    assert metric_text(cash, compact=True) == "$4.97B"
    assert metric_text(cash) == "$4.97 billion"
    assert spelled_money(cash.value) == "$4.97 billion"  # the Cash page's lead sentence
    oracle = {metric.key: metric for metric in standard_metrics(read(ORACLE_2022)).metrics}
    assert metric_text(oracle["operating_expenses"]) == "$7.34 billion"  # 7,337 million
    assert metric_text(oracle["operating_expenses"], compact=True) == "$7.34B"
    assert metric_text(oracle["revenue"]) == "$11.84 billion"  # 11,840 million, as before


def test_compares_memo_writes_a_burn_as_the_card_does() -> None:
    """Forian Q3 2024: operations used $1,467,084 over nine months, $163,009 a month, "$163K" on the Overview's
    and Cash page's cards; Compare's side-by-side table had written "$0.16M". Each memo cell writes money as
    the cards do: "$163K", the quarter's net loss a month (204,907 / 3 = 68,302) "$68K", cash "$49.4M"."""
    found = standard_metrics(read(FORIAN))
    burn = found.get("monthly_burn")
    assert burn is not None and metric_text(burn, compact=True) == "$163K"
    memo = memo_table([found]).set_index("Metric")
    assert memo.loc["Cash burn per month", "FORA"] == "$163K"
    assert memo.loc["Net loss per month", "FORA"] == "$68K"
    assert memo.loc["Cash and short-term investments", "FORA"] == "$49.4M"  # 49,357,888
    assert memo.loc["Net income (loss)", "FORA"] == "($205K)"  # (204,907)
