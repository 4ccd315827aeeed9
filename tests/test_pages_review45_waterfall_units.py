"""The pages as a browser review of real releases found them (UI-45): a row named under its heading, not
glued to it; the non-operating lines of a waterfall drawn as printed; release dates read where the release
prints them; the unit note saying what the reader did; one wording for an amount across the pages.

Figures checked by hand against the releases."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.structure import operations_statement
from core.charts.periods import result_waterfall, waterfall_steps
from core.frames import unit_note
from tests.conftest import FIXTURES
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
