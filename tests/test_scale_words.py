"""The grammar of unit notes and column headers, on phrasings taken from real releases."""

from __future__ import annotations

import pytest

import core
from core.analysis.currency import statement_currency
from core.statements.units import read_units
from core.tables.lines import LineKind, classify
from core.tables.period_headers import read_header
from core.vocabulary import CONTINUED_TITLE, CURRENCY, currency_code, unit_line
from tests.conftest import FIXTURES

# (note as printed, dollar scale, share scale: an int where the note says, None where the arithmetic decides)
UNIT_NOTES = [
    ("(in thousands, except per share data)", 1_000, None),
    ("(Thousands of Dollars)", 1_000, None),
    # TSMC (round 81): New Taiwan dollars, the country's letters before the sign
    ("(Unit: NT$ million, except for EPS)", 1_000_000, None),
    ("(in NT$ millions)", 1_000_000, None),
    ("(C$ in millions)", 1_000_000, None),
    ("(Millions of dollars)", 1_000_000, None),
    ("($ Millions)", 1_000_000, None),
    ("$ in millions", 1_000_000, None),
    ("(millions, except per share data)", 1_000_000, None),
    ("Dollars in millions except per share data", 1_000_000, None),
    ("(in 000s)", 1_000, None),
    ("US$ in 000s", 1_000, None),
    ("(000's omitted)", 1_000, None),
    # a currency counted in thousands, as Nordic and German filers write it (round 160)
    ("(Amounts in USD 1 000, except per share data)", 1_000, None), ("(NOK 1,000)", 1_000, None),
    ("in EUR 1.000", 1_000, None),
    ("($000)", 1_000, None),
    ("amounts in thousands", 1_000, None),
    ("(Thousands of Dollars and Shares, Except Per Share Data)", 1_000, 1_000),
    ("(In millions, except number of shares, which are reflected in thousands, and per-share amounts)",
     1_000_000, 1_000),
    ("(millions, except earnings per common share)", 1_000_000, None),
    ("(In thousands, except share data)", 1_000, 1),
    ("(UNAUDITED - IN MILLIONS, EXCEPT FOR SHARE AND PER-SHARE AMOUNTS)", 1_000_000, 1),
    ("(Dollars in Thousands Except per Share Data, Unaudited)", 1_000, None),
    ("(amounts in thousands, except common share information)", 1_000, 1),
    ("(In Millions of Dollars Except Earnings Per Share)", 1_000_000, None),
    ("(in millions of U.S. Dollars, except per share data)", 1_000_000, None),
    ("$ and shares in millions, except per share", 1_000_000, 1_000_000),
    ("(Unaudited, in thousands)", 1_000, None),
    ("(in thousands, except ratios, pledged and per share amounts)", 1_000, None),
    ("Millions of yen                Thousands of", 1_000_000, None),
    ("\u00a3'000          \u00a3'000", 1_000, None),
    ("$000           $000", 1_000, None),
    ("RMB'000", 1_000, None),
    # a currency's letter code run into its thousands, in a European filer's title cell (round 708)
    ("(In EUR'000s, except share and per share data)", 1_000, 1), ("USD'000s", 1_000, None),
    ("EUR'000", 1_000, None), ("(DKK'000)", 1_000, None), ("CHF 000", 1_000, None),
    ("\u00a3m             \u00a3m", 1_000_000, None),
    ("US$m", 1_000_000, None),
    ("\u20ac million", 1_000_000, None),
    ("in \u20ac thousands", 1_000, None),
    ("(Thousands of Renminbi, except per share data)", 1_000, None),
    ("(In thousands of euros)", 1_000, None),
    ("in EUR thousands", 1_000, None),
    ("(in USD millions, except per share data)", 1_000_000, None),
    ("(EUR thousands)", 1_000, None),
    # the currency's sign before the scale word, as Canadian and other filers print it (round 113)
    ("(Cdn$ thousands, except per share amounts)", 1_000, None), ("(C$ thousands)", 1_000, None),
    ("(A$ thousands)", 1_000, None), ("(\u00a3 thousands)", 1_000, None), ("(thousands of C$)", 1_000, None),
    ("(Cdn$ millions, except per share data)", 1_000_000, None),
    # round 118: the dollars named before the shares, in the header's stub
    ("(Dollars and shares in millions except per share data)", 1_000_000, 1_000_000),
    # India's lakh (a hundred thousand) and crore (ten million) (round 147)
    ("(Rs. in lakhs)", 100_000, None), ("(Rs. in crores, except per share data)", 10_000_000, None),
    ("(INR in lakhs)", 100_000, None),
    # a railroad's note in the label cell of the header's first row, unbracketed (round 636)
    ("Millions, Except Per Share Amounts and Percentages,", 1_000_000, None), ("Millions,", 1_000_000, None),
    ("Millions, Except Percentages                      Sep. 30,      Dec. 31,", 1_000_000, None),
    ("Thousands, except per share data", 1_000, None), ("Millions", 1_000_000, None),
    # lynx centring the corner cell, the first column's month-day one space after the note (round 638)
    ("                    Millions Mar. 31,", 1_000_000, None), ("Thousands September 30,", 1_000, None),
    # a million as two groups of zeros, as a US homebuilder's Business Wire tables print it (round 656: read
    # as thousands, every figure a thousand times too small), and the thousands' groupings beside it
    ("($000,000's omitted, except per share data)", 1_000_000, None), ("($000,000's omitted)", 1_000_000, None),
    ("(000,000 omitted)", 1_000_000, None), ("($000,000)", 1_000_000, None), ("(000,000's)", 1_000_000, None),
    ("$000,000           $000,000", 1_000_000, None), ("(in 000,000s)", 1_000_000, None),
    ("($000's)", 1_000, None), ("000s omitted", 1_000, None), ("(000)", 1_000, None),
    ("($000's omitted, except per share amounts)", 1_000, None),
    # a currency's letter code before a singular or shortened scale, as European filers print the note, and the
    # scale's letter glued before the code (round 729: read as no note, every figure printed unscaled)
    ("(EUR million)", 1_000_000, None), ("(USD million)", 1_000_000, None), ("(CHF million)", 1_000_000, None),
    ("(EUR m)", 1_000_000, None), ("(in EUR m, except per share data)", 1_000_000, None), ("(GBP m)", 1_000_000, None),
    ("(SEK m)", 1_000_000, None), ("(EUR thousand)", 1_000, None), ("(SEK thousand)", 1_000, None),
    ("(SEK million)                          Apr-Jun      Apr-Jun", 1_000_000, None), ("(NOK mn)", 1_000_000, None),
    ("(EUR bn)", 1_000_000_000, None), ("(USD k)", 1_000, None), ("(Unaudited, EUR million)", 1_000_000, None),
    ("Amounts in EUR m", 1_000_000, None), ("SEK m                  Q2 2025     Q2 2024", 1_000_000, None),
    ("EUR m", 1_000_000, None), ("(TEUR)", 1_000, None), ("(kSEK)", 1_000, None), ("(MSEK)", 1_000_000, None),
    ("KUSD          2025       2024", 1_000, None), ("in TEUR, except per share data", 1_000, None),
    ("(in EUR million)", 1_000_000, None), ("(EUR millions)", 1_000_000, None), ("(US$ million)", 1_000_000, None),
]


@pytest.mark.parametrize(("note", "scale", "shares"), UNIT_NOTES, ids=[n for n, _, _ in UNIT_NOTES])
def test_unit_note(note: str, scale: int, shares: int | None) -> None:
    units = read_units([note])
    assert (units.scale, units.share_scale) == (scale, shares)


@pytest.mark.parametrize(("note", "hundredths"), [
    ("(Thousands of dollars, except per share amounts in cents)", True),  # round 183, a 1997 miner
    ("(in thousands, except per share data in cents)", True), ("(\u00a3 millions, per share data in pence)", True),
    ("(in thousands, except per share amounts)", False), ("(in thousands of Canadian dollars)", False),
])
def test_a_note_may_say_the_figures_a_share_are_in_cents(note: str, hundredths: bool) -> None:
    assert read_units([note]).per_share_in_hundredths is hundredths


def test_a_note_wrapped_onto_the_years_line_is_read_whole() -> None:
    units = read_units(["    (millions, except earnings per", "     common share)         2004     2003"])
    assert (units.scale, units.share_scale) == (1_000_000, None)


@pytest.mark.parametrize("text", ["Total revenues", "in millions of shares", "Net sales increased 5 percent",
                                  # a currency and a round thousand in words, no unit (round 160)
                                  "in all 1,000 stores", "a $1,000 bonus", "USD 1 000 000", "Revenue USD 1 000 123",
                                  # a row's own count in a scale word (round 636: only the word alone, or
                                  # with its "except", opening a header's label cell is a note)
                                  "Millions of barrels", "Thousands of customers   1,204", "Millions, of which",
                                  # a month-day after a row's count is no column's (round 638)
                                  "Millions of tons March 31,",
                                  # a round million is a figure, never zeros naming a scale (round 656)
                                  "a $1,000,000 grant", "Common stock, 1,000,000 shares authorized",
                                  # a currency's code alone, a row naming its own unit among its words, a word in
                                  # capitals holding a code (round 729)
                                  "EUR", "EUR       EUR", "Net sales, SEK m        1,812      1,746",
                                  "Revenue of EUR m 812", "EUROPE", "MARS", "TSAR", "EURO m", "Euro m",
                                  "USD 1 000 000"])
def test_not_a_unit_note(text: str) -> None:
    assert unit_line(text) is None


@pytest.mark.parametrize("text", [
    # a "$" among a unit note's words in the years' label cell names the currency; it heads no column (round 708)
    "UNAUDITED (thousands of Canadian $ except per share amounts)     2024      2023      2024      2023",
    "UNAUDITED (thousands of Canadian $, except per share amounts)     2024      2023      2024      2023",
    "(In thousands of $ except per share data)      2024     2023",
])
def test_a_dollar_sign_in_the_unit_note_beside_the_years_is_words(text: str) -> None:
    line = classify(12, text)
    assert line.kind is LineKind.YEARS
    assert "$" in line.label


def test_the_years_line_under_a_wrapped_unit_note_is_a_header_not_a_row() -> None:
    line = classify(200, "     common share)                       2004     2003      2004      2003")
    assert line.kind is LineKind.YEARS


def test_the_years_beside_a_long_wrapped_unit_notes_end_are_a_header_not_a_row() -> None:
    """Round 708: "(Thousands of dollars except per share data," above, its end beside the years."""
    line = classify(57, "numbers of shares and kilometres of seismic data)    2024    2023    2024    2023")
    assert line.kind is LineKind.YEARS
    assert classify(9, "Number of shares purchased and cancelled (a)    2024    2023").kind is LineKind.DATA


@pytest.mark.parametrize(
    "text",
    [
        "Dollars in millions except per share data    2004        2003",
        "  reflected in thousands, and per-share amounts)        2004      2003",
    ],
)
def test_a_long_unit_note_beside_the_years_is_a_header_not_a_row(text: str) -> None:
    """A note typed left of the years, in the label column, may run past the length of a short label."""
    assert classify(8, text).kind is LineKind.YEARS


def test_a_row_of_figures_is_not_taken_for_years() -> None:
    line = classify(1, "  Net sales                          2,004     2,003")
    assert line.kind is LineKind.DATA


# (a column's joined header text, months, end) from real releases
HEADERS = [
    # a year clipped after an apostrophe, as 1990s headers print it (round 113)
    ("Three Months Ended September 30, '99", 3, (1999, 9, 30)),
    ("Nine Months Ended September 30, '03", 9, (2003, 9, 30)),
    ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003 2004", 3, (2004, 7, 3)),
    ("For the 13 Weeks Ended July 3, 2004 and June 28, 2003 2003", 3, (2003, 6, 28)),
    ("For the 26 Weeks Ended July 3, 2004 and June 28, 2003 2003", 6, (2003, 6, 28)),
    ("Quarter Ended March 29, 2020", 3, (2020, 3, 29)),
    ("Three Months Ended March 31, 2022", 3, (2022, 3, 31)),
    ("Nine Months Ended March 31, 2019", 9, (2019, 3, 31)),
    # a fiscal year of quarters counted in quarters (Franklin Covey Q3 FY2026, round 68)
    ("Three Quarters Ended May 31, 2026", 9, (2026, 5, 31)),
    # Broadcom's columns (round 76): "Fiscal Quarter Ended" beside "Two Fiscal Quarters Ended" (the half)
    ("Two Fiscal Quarters Ended April 30, 2023", 6, (2023, 4, 30)),
    ("Fiscal Quarter Ended April 30, 2023", 3, (2023, 4, 30)),
    ("Twenty-Six Fiscal Weeks Ended July 29, 2023", 6, (2023, 7, 29)),
    # a markdown conversion that glued the header's cells (Paltalk Q3 2024, round 58)
    ("Nine Months EndedSeptember 30, 2024", 9, (2024, 9, 30)),
    ("Three Months EndedJune 30, 2023", 3, (2023, 6, 30)),
    # dates in figures written day first, dotted or slashed (round 160, a Swiss filer's balance sheet)
    ("30.06.2007", None, (2007, 6, 30)), ("31.12.2006", None, (2006, 12, 31)), ("31/12/2006", None, (2006, 12, 31)),
    ("Six months ended 30.06.2007", 6, (2007, 6, 30)), ("06.30.2007", None, (2007, 6, 30)),
    # two columns' days read as one text: neither is every column's (a browser's copy, Alkermes Q1 2020)
    ("Condensed Consolidated Balance Sheets March 31, December 31,", None, (None, None, None)),
    # a caption over the groups run into the first group's length: the month's day and comma are no list's
    # (round 237, a 1999 gas utility's "Periods Ended June 30," over "Three Months | Nine Months | Twelve Months")
    ("Periods Ended June 30, Three Months 1999", 3, (1999, 6, 30)),
    # "Year" under its year's name beside the four quarters (round 253), never a "Prior Year" quarter's column
    ("Fiscal 2011 Year", 12, (2011, None, None)), ("2011 Full Year", 12, (2011, None, None)),
    ("Three Months Ended March 31, Prior Year", 3, (None, 3, 31)),
    ("Periods Ended Sept. 30, Nine Months 1998", 9, (1998, 9, 30)),
    ("Thirteen, Twenty-Six and Fifty-Two Weeks Ended June 30, 1999", None, (1999, 6, 30)),
]

# (header words as a column gathers them, its length): "Fiscal Year" over "Fiscal 2014" or "2014" is the
# year (beside "Fourth Quarter", round 41); "Fiscal 2014" alone only names the year a column belongs to.
LENGTHS = [("Fiscal Year Fiscal 2014", 12), ("Fourth Quarter Fiscal 2014", 3), ("Fiscal Year 2014", 12),
           ("Fiscal 2014", None), ("Fiscal Year 2014 Q1", 3),
           ("Third Quarter Fiscal Year 2014", 3), ("This Year", None), ("Year Ended December 31, 2019", 12),
           ("9M 2013", 9), ("Q3 2013", 3), ("Year 2003", 12), ("H1 2017", 6), ("FY2014", 12), ("Q4 FY2014", 3),
           ("YTD FY24", None),
           # a monthly report's month (Progressive, round 69); two lengths named together name no column's
           ("For the month ended June 30, 2025", 1), ("Current Month June 30, 2025", 1),
           ("results for the month and quarter ended June 30, 2025: 2025", None),
           ("Year-to-Date 2025", None),
           ("FOR THE THIRTEEN AND TWENTY-SIX WEEK PERIODS ENDED Thirteen Week Periods Ended March 30, 2024", 3),
           ("FOR THE THIRTEEN AND TWENTY-SIX WEEK PERIODS ENDED Twenty-Six Week Periods Ended March 30, 2024", 6),
           # "This Year" and "Last Year" say which year a column is, not how long (round 111): the group's
           # "Third Quarter" names its length
           ("Third Quarter This Year Amount", 3), ("Third Quarter Last Year Amount", 3),
           # the trailing (last) twelve months beside the quarter (round 112, a utility's release)
           ("TTM September 30, 2004", 12), ("LTM 2024", 12), ("HTTM 2004", None),
           ("Prior Year", None), ("Current Year", None), ("Year Ago", None),
           # the months a column spans, as European releases head half years (round 111)
           ("January-June 2010", 6), ("Jan.-Sep. 2010", 9), ("July - September 2010", 3),
           ("January to June 2010", 6), ("June 30, 2010 and 2009", None)]

# (a column's header, whether it names the year before the period its group or title dates)
YEARS_BACK = [("Third Quarter Last Year Amount", 1), ("Year-to-Date Prior Year", 1), ("Previous Fiscal Year", 1),
              ("Year Ago Quarter", 1), ("Third Quarter This Year Amount", 0), ("Last Year 2004", 0),
              ("Year Ended December 31, 2019", 0)]


@pytest.mark.parametrize(("text", "back"), YEARS_BACK, ids=[t for t, _ in YEARS_BACK])
def test_a_column_named_for_the_year_before(text: str, back: int) -> None:
    assert read_header(text).years_back == back


# (a column's header naming a part of a year, and where it ends if the year is the calendar's: year, month,
# months), as IFRS and technology releases head columns; None where it names no single part of one year.
YEAR_PARTS = [("Q3 2013", (2013, 9, 3)), ("3Q13", (2013, 9, 3)), ("Q4'19", (2019, 12, 3)),
              ("Third Quarter 2013", (2013, 9, 3)), ("2nd Qtr 2020", (2020, 6, 3)), ("4th Qtr 2019", (2019, 12, 3)),
              ("1st Quarter 2020", (2020, 3, 3)), ("3rd Qtr. 2019", (2019, 9, 3)), ("H1 2017", (2017, 6, 6)),
              ("1H17", (2017, 6, 6)),
              ("Second Half 2016", (2016, 12, 6)), ("9M 2013", (2013, 9, 9)), ("FY2014", (2014, 12, 12)),
              ("Full Year 2014", (2014, 12, 12)), ("Q3", None), ("2013", None),
              ("Q3 2013 vs Q3 2012", None),
              # the fiscal year apart from its part: the calendar's ends, shifted by the fiscal calendar later
              ("Q3 FY2016", (2016, 9, 3)), ("Q2 FY23", (2023, 6, 3)), ("FY2014 Q4", (2014, 12, 3)),
              ("Q2 FY23 Q3 FY23", None), ("Q2 2023 FY2024", None),
              # words that make "FY24" a part of the year without numbering it
              ("YTD FY24", None), ("Nine Months FY2024", None), ("Twelve Months FY2023", (2023, 12, 12)),
              # a title's part of a year run into the column's own (TSMC, round 81): the column's names it
              ("TSMC's 2025 fourth quarter consolidated results: 3Q25 Amount", (2025, 9, 3)),
              # a group's "Fiscal Year" over the column's "FY16" (round 112, a software company's release)
              ("Fiscal Year FY16", (2016, 12, 12)), ("Fiscal Year FY2016 FY2017", None),
              # a spanning "2006 Quarter" over each column's ordinal, read down the column (round 737)
              ("2006 Quarter First", (2006, 3, 3)), ("2009 Quarter 4th", (2009, 12, 3)),
              ("Quarter Second", None), ("2006 2005 Quarter First", None),
              # a fiscal year's the calendar's, shifted by the fiscal calendar later (round 686's FY97)
              ("Fiscal 1997 Quarter First", (1997, 3, 3))]


@pytest.mark.parametrize(("text", "part"), YEAR_PARTS, ids=[t for t, _ in YEAR_PARTS])
def test_part_of_a_year(text: str, part: tuple[int, int, int] | None) -> None:
    from core.tables.period_headers import year_part

    found = year_part(text)
    assert (None if found is None else (found.year, found.end_month, found.months)) == part


@pytest.mark.parametrize(("text", "months"), LENGTHS, ids=[t for t, _ in LENGTHS])
def test_column_length(text: str, months: int | None) -> None:
    assert read_header(text).months == months


@pytest.mark.parametrize(("text", "months", "end"), HEADERS, ids=[h for h, _, _ in HEADERS])
def test_column_header(text: str, months: int, end: tuple[int, int, int]) -> None:
    reading = read_header(text)
    assert (reading.months, (reading.year, reading.month, reading.day)) == (months, end)


# Titles over tables that are about a statement, not the statement (real examples)
NOT_STATEMENTS = [
    "Free Cash Flow",
    "Impact of net cash flows received on non-designated",
    "Adjusted EBITDA and Cash Flows from Operations (in thousands) (Unaudited)",
    "RECONCILIATION OF FREE CASH FLOW TO AMOUNTS REPORTED UNDER U.S. GAAP:",
    "Supplemental Data for Cash Flow",
    "Non-GAAP Reconciliation of Net Income",
    "CONSOLIDATED STATEMENTS OF INCOME - COMPARABLE 52-WEEK BASIS",
    "CONDENSED CONSOLIDATED STATEMENTS OF INCOME - CONSTANT CURRENCY",
    "CONSOLIDATED STATEMENTS OF INCOME - MANAGED BASIS (1)",
    "Condensed Statements of Operations (Operating Basis)",
    "CONDENSED CONSOLIDATED STATEMENTS OF INCOME - NORMALIZED (1)",
    "PRO-FORMA CONDENSED CONSOLIDATED STATEMENTS OF INCOME (1)",
    "UNDERLYING CONDENSED CONSOLIDATED STATEMENTS OF INCOME (1)",
    "CONDENSED CONSOLIDATED STATEMENTS OF INCOME - COMPARABLE RESULTS (1)",
    "CONDENSED CONSOLIDATED STATEMENTS OF INCOME EXCL. SPECIAL ITEMS (1)",
]
STATEMENTS = [
    ("Condensed Consolidated Statements of Cash Flows", "cash_flow"),
    ("CASH FLOWS STATEMENTS", "cash_flow"),
    ("Cash Flows Summary", "cash_flow"),
    ("CONSOLIDATED INCOME", "operations"),
    ("Condensed Consolidated Statement of Results of Operations", "operations"),
    ("Consolidated Statement of Financial Position", "balance"),
    ("CONSOLIDATED STATEMENTS OF INCOME - REPORTED BASIS", "operations"),
    ("Consolidated Statements of Operations (GAAP Basis)", "operations"),
    ("Basis of Presentation Condensed Consolidated Statements of Operations", "operations"),
    ("CONDENSED CONSOLIDATED INCOME STATEMENT - IFRS BASIS", "operations"),
]


def _kind_of(title: str) -> str:
    from core.statements.build import classify_table
    from core.tables.raw import RawTable

    table = RawTable(title_lines=(title,), header_lines=(), columns=(), column_headers=(), rows=(), first_line=1,
                     last_line=1, context=())
    return classify_table(table, [])


@pytest.mark.parametrize("title", NOT_STATEMENTS)
def test_a_table_about_a_statement_is_classified_by_its_lines(title: str) -> None:
    assert _kind_of(title) == "other"


@pytest.mark.parametrize(("title", "kind"), STATEMENTS)
def test_statement_title(title: str, kind: str) -> None:
    assert _kind_of(title) == kind


# Header lines over a balance sheet's lines and totals, as real releases print them, and the kind they leave the
# table (vocabulary.AVERAGE_FIGURES, UI-53): averages over a period are no balances at its end.
AVERAGES_HEADED = [
    ("AVERAGE BALANCES, YIELDS, AND RATES \u2013 YEAR-TO-DATE", "other"),  # a title read among the header lines
    ("Average Balance      Interest      Yield/Rate", "other"),
    ("Average daily balances", "other"),
    ("Average Consolidated Balance Sheet and Net Interest Margin", "other"),
    ("Average Yields and Rates", "other"),
    ("June 30,      December 31,", "balance"),
    ("Weighted average rates at June 30, 2021", "balance"),
]


@pytest.mark.parametrize(("header", "kind"), AVERAGES_HEADED)
def test_a_table_headed_as_averages_is_no_balance_sheet(header: str, kind: str) -> None:
    from core.statements.build import classify_table
    from core.tables.raw import RawRow, RawTable

    labels = ("Total assets", "Shareholders' equity", "Total liabilities and shareholders' equity")
    rows = tuple(RawRow(label, (), at, at, 0, "", False) for at, label in enumerate(labels, 2))
    table = RawTable(title_lines=(), header_lines=(header, "2021        2020"), columns=(), column_headers=(),
                     rows=rows, first_line=1, last_line=4, context=())
    assert classify_table(table, ["total_assets", "stockholders_equity", "total_liabilities_and_equity"]) == kind


# Line labels as real releases print them, and the concept each names (None: none of the vocabulary).
LABELS = [
    ("Total revenue, net of interest expense", "revenue"),  # round 359: a bank's top line
    # round 430: a REIT's count of shares and operating partnership units, for its FFO per share and unit
    ("Weighted average common shares and units outstanding – diluted", None),
    ("Diluted weighted average common shares and OP units", None),
    ("Weighted average common shares outstanding – basic and diluted", "shares"),
    ("Average common shares issued and outstanding", "shares"),
    ("Average diluted common shares issued and outstanding", "shares"),
    ("Common shares issued at end of period", None),
    ("Weighted average common shares issued and outstanding", "shares"),  # round 360
    ("Total revenues, net of interest expense and provision", None),
    ("Net result", "net_income"),  # round 350: a European filer's bottom line
    ("Net result attributable to shareholders", "net_income"),
    ("Result after taxes", None),
    ("Operating (Loss) Profit", "operating_income"),
    ("Selling, Distribution and Administration", "selling_general_administrative"),
    ("Total sales and revenues", "revenue"),
    ("Total revenue and other", "revenue"),
    ("Profit", "net_income"),
    ("Profit 1", "net_income"),
    ("Net income allocable to common shareholders", "net_income_to_common"),
    ("Net income (loss) available (attributable) to common stockholders", "net_income_to_common"),
    ("Net loss to common stockholders", "net_income_to_common"),
    ("Net cash from operations", "operating_cash_flow"),
    ("Net cash used in financing", "financing_cash_flow"),
    ("Cash provided by operations", "operating_cash_flow"),
    ("Cash generated from operations", None),  # IFRS: before the tax and interest paid
    ("Net cash generated from operating activities", "operating_cash_flow"),
    ("Cash used for investing activities", "investing_cash_flow"),
    ("Net cash from (used in) investing", "investing_cash_flow"),
    ("Total cash and cash equivalents", "cash_and_equivalents"),
    ("Mastercard Incorporated Stockholders' Equity", None),  # the arithmetic with "Total Equity" decides
    ("Diluted shares", "shares"),
    ("Profit of consolidated companies", None),
    ("Other income, net", "nonoperating_income"),
    ("EARNINGS AVAILABLE FOR COMMON STOCK", "net_income_to_common"),
    ("Total benefits, losses and expenses", "total_operating_expenses"),
    ("Total losses and expenses", "total_operating_expenses"),
    # an insurer's costs listed in its own words (round 734; the arithmetic decides where one closes only part)
    ("Total benefits and other expenses", "total_operating_expenses"),
    ("Total losses, benefits and expenses", "total_operating_expenses"),
    ("Total losses and loss expenses", "total_operating_expenses"),
    ("Total policyholder benefits and expenses", "total_operating_expenses"),
    ("Total benefits and operating expenses", "total_operating_expenses"),
    ("Total losses and other expenses", "total_operating_expenses"),
    ("Total underwriting and other expenses", "total_operating_expenses"),
    ("Total losses, loss adjustment expenses and other expenses", "total_operating_expenses"),
    ("Total underwriting expenses", None),  # one kind of cost, no list
    ("Total operating and other expenses", None),  # no insurer's word
    ("Total income tax provision", "income_tax"),
    ("EARNINGS PER AVERAGE COMMON SHARE", "eps"),
    ("Dividends paid per common share", None),
    ("Common stock, $0.01 par value per share (Authorized -140,000,000 shares)", None),
    ("Preferred stock, $1 stated value per share", None),
    ("Series A preferred stock, $25.00 liquidation preference per share", None),
    ("Net income attributable to Class A and Class B common stockholders", "net_income_to_common"),
    ("Net income attributable to Harlan & Vine", "net_income"),  # a name with "&" or "-" (round 40)
    ("Net income attributable to Smith-Jones Corp.", "net_income"),
    ("Cash and cash equivalents, unrestricted", "cash_and_equivalents"),
    ("Unrestricted cash and cash equivalents", "cash_and_equivalents"),
    ("Restricted cash and cash equivalents", None),
    ("Metal sales", "revenue"), ("Gold sales, net", "revenue"),  # a miner's revenue
    ("Net Sales from Continuing Operations", "revenue"),  # round 713, a summary's top line
    ("Net Income from Continuing Operations", None),  # a part of the net result, never the net result
    ("(Loss) Income from Operations from Continuing Operations", "operating_income"),  # round 713
    ("Number of shares purchased and cancelled", None),  # round 708, a buyback's shares: no weighted count
    ("Less: Income taxes", "income_tax"), ("Less: Provision for income taxes", "income_tax"),
    ("(Provision for) benefit from income taxes", "income_tax"),  # Oracle FY2022
    ("Income tax (provision) benefit", "income_tax"),  # round 68, a biotech
    ("Income tax(expense) benefit", "income_tax"),  # round 85, a scrape that lost the space before "("
    ("Income tax credit (expense)", "income_tax"),  # round 101, a credit printed plain and an expense in parentheses
    ("Total operating expense", "total_operating_expenses"),  # AGNC, Traeger
    ("Operating Loss From Continuing Operations", "operating_income"),  # Forian
    ("NET (LOSS) INCOME FROM OPERATIONS", "operating_income"),  # round 93, a royalty company
    ("Total operating activities", "operating_cash_flow"), ("Total financing activities", "financing_cash_flow"),
    ("Average diluted equivalent common shares", "shares"),  # an insurer's
    ("Average common and common equivalent shares", "shares"),  # a 1997 railroad's, under primary EPS
    ("Less: Net income attributable to noncontrolling interests", None),
    ("Net income attributable to the noncontrolling interest", None),  # round 88, an agency holding company
    ("Common stock equity", "stockholders_equity"),  # a utility's
    ("Income taxes (a)", "income_tax"), ("Net sales (b)", "revenue"),  # a footnote's letter after the words
    ("Net income per limited partner unit", "eps"),
    ("Limited partners' interest in net income", "net_income_to_common"),
    ("Total partners' capital", "stockholders_equity"),
    ("Total members' equity", "stockholders_equity"),
    ("Loss for the period", "net_income"),
    ("(Loss)/profit for the year", "net_income"),
    # a half-year or interim report names its part of the year (round 729: an Australian half-year's)
    ("Profit for the half-year", "net_income"),
    ("Profit for the half year", "net_income"),
    ("Loss for the six months", "net_income"),
    ("Net profit for the nine months", "net_income"),
    ("Profit for the first half", "net_income"),
    ("Profit for the half-year attributable to owners of the company", "net_income"),
    ("Profit for the financial year", "net_income"),
    # the whole result stated after its tax, as Australian and British releases word it
    ("Profit after income tax for the half-year", "net_income"),
    ("Profit after income tax expense for the half-year", "net_income"),
    ("Loss after income tax for the half-year", "net_income"),
    ("Profit after tax for the period", "net_income"),
    ("Net profit after tax", "net_income"),
    ("Profit after tax attributable to members", "net_income"),
    # ... but a part of it or a measure of the company's own is none
    ("Profit after tax from continuing operations", None),
    ("Underlying profit after tax", None),
    # ... but a half-year's other lines are none
    ("Profit before income tax for the half-year", "income_before_taxes"),
    ("Total comprehensive income for the half-year", None),
    ("Net sales1", "revenue"),  # a superscript footnote mark run onto the words in a PDF's text
    ("Net earnings2", "net_income"),
    ("Net income(a)", "net_income"),  # round 490: a <sup>(a)</sup> run onto the words, as text renders it
    ("Operating income^(a)", "operating_income"),  # round 511: lynx sets a caret before the raised mark
    ("Net income^(1)", "net_income"),
    ("Net income (loss)(b)", "net_income"),
    ("Income taxes (a)", "income_tax"),
    ("Operating result (EBIT)", "operating_income"),
    ("Operating profit (EBIT)", "operating_income"),
    ("Result from operations", None),
    ("Applicable income taxes", "income_tax"),  # a bank's tax line
    ("Taxation", "income_tax"), ("Tax on profit on ordinary activities", "income_tax"), ("Turnover", "revenue"),
    ("Taxation paid", None),
    ("Sales to customers", "revenue"), ("Operating EPS", None), ("Net operating cash flows", "operating_cash_flow"),
    ("Net loss and comprehensive loss", "net_income"), ("Comprehensive loss", None),
    ("Net (decrease) increase in cash and cash equivalents", "net_change_in_cash"),
    ("Total cash, cash equivalents and short-term investments", "cash_and_investments"),
    ("Cash, cash equivalents and available-for-sale securities", "cash_and_investments"),
    ("Net Income Available for The Greyhollow Chemical Company Common Stockholders", "net_income_to_common"),
    ("Cash required for investing activities", "investing_cash_flow"),
    ("Interest and other income (loss), net", "nonoperating_income"),
    ("Interest and other, net", "nonoperating_income"), ("Cost of merchandise sold", "cost_of_revenue"),
    ("Earnings per share attributable to common shareholders: Basic Continuing operations", None),
    ("Engineering and development", "research_and_development"),
    ("Technology and development", "research_and_development"),
    ("Research, development and engineering", "research_and_development"),
    ("Research, development and related expenses", "research_and_development"),
    ("Research and engineering", "research_and_development"),
    ("Research and product development", "research_and_development"),  # a toy maker (round 566)
    ("Research, development and engineering revenue", None),
    ("Research, development and other", None),  # Surmodics' revenue from its research customers
    ("Engineering and product development", "research_and_development"),  # round 127
    # a software or internet company's name for its research and development (round 679); a line naming
    # research in the same statement outranks it (core.statements.concepts._unique_concepts)
    ("Product development", "research_and_development"), ("Product development expenses", "research_and_development"),
    ("Product development (exclusive of stock-based compensation of $1,204 and $233, respectively)",
     "research_and_development"),
    ("Product development revenue", None),
    # an acquisition's research written off at once, never the company's own (round 679)
    ("In-process research and development", None), ("Acquired in-process research and development", None),
    ("Purchased in-process research and development (1)", None), ("Purchased research and development", None),
    ("Write-off of acquired in-process research and development", None),
    ("Research and development, including in-process research and development", "research_and_development"),
    # an investment company's
    ("Total investment income", "revenue"), ("Net increase (decrease) in net assets resulting from operations",
                                             "net_income"),
    ("Total net assets", "stockholders_equity"), ("Total liabilities and net assets", "total_liabilities_and_equity"),
    # parts of what a concept names, however like it the words are
    ("Total current assets held for sale", None), ("Loss before reorganization items and income taxes", None),
    # a bank's result before its provision for credit losses, above the income before taxes (round 101)
    ("Pretax income before provision for credit losses", None), ("Pre-provision net revenue", None),
    ("Income before provision for loan losses and income taxes", None),
    ("Income before provision for income taxes", "income_before_taxes"),
    # a parenthesis saying which period its related-party part is of (round 105, Silexion)
    ("Research and development (including $1,796 and $51 from related party for the nine months period ended "
     "September 30, 2024 and 2023, respectively)", "research_and_development"),
    ("Period-end shares outstanding", None), ("Weighted average shares outstanding at period end", None),
    ("Net cash used in operating activities of discontinued operations", None),
    ("Net income available to participating securities", None), ("Net investment income per share", None),
    # a share of the net income allotted to holders other than the common holders (after round 652): a part of
    # it, never the company's net income; the whole partnership's is
    ("Less: Net income attributable to general partner", None),
    ("Net income allocated to general partner interest, including incentive distribution rights", None),
    ("Net income attributable to the Partnership's general partner", None),
    ("Net income allocated to unvested restricted shares", None), ("Net income of discontinued operations", None),
    ("Net income attributable to preferred unitholders", None), ("Net earnings available to preferred", None),
    ("Net income attributable to subordinated unitholders", None),
    ("Net income attributable to general partner and limited partners", "net_income"),
    ("Net income attributable to Ridgeway GP Holdings, L.P.", "net_income"),  # the arithmetic's to say
    ("Net income (loss) per share – continuing operations: Basic", None),
    ("Total direct and selling, general and administrative expenses", None),
    ("Total liabilities, convertible preferred stock and stockholders' equity (deficit)",
     "total_liabilities_and_equity"),
    ("Average shares - basic", "shares"),
    # a Canadian miner's statement (round 333)
    ("Net loss and comprehensive loss for the period", "net_income"), ("Deferred income tax recovery", "income_tax"),
    ("Income tax (recovery)", "income_tax"), ("Recovery of doubtful accounts", None),
    # a miner's statement (round 648): "recovery", the Canadian word for a tax benefit, in the heading's
    # parenthesis and its subtotal's name; a gross result named for the mine is named by the arithmetic alone
    ("Income tax expense (recovery)", "income_tax"), ("Total income tax expense (recovery)", "income_tax"),
    ("Mine operating earnings", None), ("Income from mine operations", None),
    # the diluted count as older statements name it (round 331), never an adjusted measure
    ("Adjusted weighted average shares for diluted earnings per share", "shares"),
    ("Adjusted weighted average shares and assumed conversions", "shares"), ("Adjusted net income", None),
    # a freight broker's "Gross revenues" above its "Net revenues" margin (round 322)
    ("Gross revenues", "revenue"), ("Total gross revenues", "revenue"), ("Gross revenue per load", None),
    ("Interest income and other, net", "nonoperating_income"),
    ("Interest and other non-operating expenses, net", "nonoperating_income"),  # SiteOne Q1 2020, round 56
    # a community bank's summary scraped to markdown (CMUV Bancorp 2024, round 59)
    ("Cash & Cash Equivalents", "cash_and_equivalents"), ("TOTAL EQUITY/CAPITAL", "stockholders_equity"),
    ("Research & development", "research_and_development"),
    ("Net income (loss) and comprehensive income (loss) attributable to Antero Resources Corporation", "net_income"),
    ("Net income and comprehensive income attributable to noncontrolling interests", None),
    ("TOTAL CAPITALIZATION AND LIABILITIES", "total_liabilities_and_equity"),  # a utility's balance sheet
    # 1990s per-share wording (round 112): a figure per weighted share is the EPS, not a count of shares
    ("Net income (loss) per weighted average common share", "eps"),
    ("Net loss per weighted average share outstanding", "eps"),
    ("Net income (loss) per common and common equivalent share", "eps"),  # APB 15's primary EPS
    ("Net income per common and equivalent share", "eps"),
    # a utility's (round 518): the diluted one had been an amount in thousands, $1.33 printed as 1,330
    ("Earnings Per Average Common Share", "eps"), ("Earnings Per Average Diluted Common Share", "eps"),
    ("Weighted average common and common equivalent shares", "shares"),
    # the tax without the word "income" (round 112, a networking company's 2001 release)
    ("Provision (benefit) for taxes", "income_tax"), ("Provision for (benefit from) taxes", "income_tax"),
    ("Tax provision (benefit)", "income_tax"), ("Federal and state income taxes", "income_tax"),
    ("Deferred tax provision (benefit)", None),
    # a narrow newswire table's cut-short words (round 123, a semiconductor equipment maker's 1998 release)
    ("Research & devel.", "research_and_development"), ("Sell., gen. & admin.", "selling_general_administrative"),
    ("Tot. oper. expenses", "total_operating_expenses"), ("Oper. income (loss)", "operating_income"),
    ("Inc. (loss) bef. inc. taxes", "income_before_taxes"), ("Inc. tax prov. (benefit)", "income_tax"),
    ("Net inc. (loss)", "net_income"), ("Net inc. (loss) per sh.:", "eps"), ("Wtd. avg. shs. out.:", "shares"),
    ("Tot. curr. assets", "total_current_assets"), ("Tot. curr. liabs.", "total_current_liabilities"),
    ("Tot. liabs. & sh. equity", "total_liabilities_and_equity"), ("Cash and cash equiv.", "cash_and_equivalents"),
    ("Net income attributable to Acme Inc.", "net_income"),  # a company's "Inc." is no income
    # another narrow table's (round 125, a hardware wholesaler's 1997 release)
    ("Sls.", "revenue"), ("Cst. of sls.", "cost_of_revenue"), ("Oper. inc.", "operating_income"),
    ("Prov. for inc. tx.", "income_tax"), ("Tot. shrhldrs. eq.", "stockholders_equity"),
    ("Net cash from oper.", "operating_cash_flow"), ("Short-term invest.", "short_term_investments"),
    # "deficiency" for "deficit" (round 120, a paging company's 1998 balance sheet)
    ("Total stockholders' equity (deficiency)", "stockholders_equity"), ("Total stockholders' deficiency",
                                                                          "stockholders_equity"),
    ("Total liabilities and stockholders' deficiency", "total_liabilities_and_equity"),
    # South African and British cash flows (round 135)
    ("Cash utilised in investing activities", "investing_cash_flow"),
    ("Cash utilized in financing activities", "financing_cash_flow"),
    ("Cash absorbed by operating activities", "operating_cash_flow"),
    # a section's total as its heading's words and "net" (round 175, an oil-field services company's 2012 release)
    ("Cash flows from financing activities, net", "financing_cash_flow"),
    ("Cash flows from operating activities, net", "operating_cash_flow"),
    # a tax named by where it is levied (round 176, a device maker's 2003 release: its only tax line)
    ("Foreign income taxes", "income_tax"), ("State income taxes", "income_tax"),
    ("Federal, state and local income taxes", "income_tax"), ("Foreign income taxes paid", None),
    ("State income taxes payable", None),
    # a utility's tax on its other income, a part of the tax (round 730; `concepts._taxes_in_parts` decides)
    ("Income taxes on other income (deductions)", "income_tax"),
    ("Income taxes applicable to other income and deductions", "income_tax"),
    # a company's own measure per share is no EPS, printed alone under the statement (round 136): a REIT's,
    # an asset manager's, a UK filer's
    ("Cash EPS", None), ("Cash earnings per diluted share", None), ("Core EPS", None),
    ("Pre-tax earnings per share", None), ("Pre-tax income per share", None),  # nor the income before taxes (138)
    ("Economic earnings per share", None), ("Distributable earnings per unit", None),
    ("Headline earnings per share", None), ("Comparable EPS", None), ("Cash-basis diluted EPS", None),
    # ... nor the EPS of a part: what stood before an accounting change's cumulative effect
    ("Net income per share before cumulative effect of accounting change", None),
    ("Income before extraordinary item per share", None),
    # ... while the company's EPS keeps its words
    ("Diluted EPS", "eps"), ("Net income per share - diluted", "eps"), ("Basic net loss per common share", "eps"),
    # an Indian filer's (round 144)
    ("Earnings per equity share - basic", "eps"), ("Loss per equity share (INR)", "eps"),
    # an EPS heading noting the shares' face value (round 147), never a common stock's par value
    ("Earnings per equity share (par value Rs. 5 each) Basic", "eps"),
    ("Common stock (par value $0.01 per share)", None),
    # a mortgage REIT's comprehensive income per share is no EPS (round 148)
    ("Comprehensive (loss) income attributable to common stockholders per common share", None),
    ("Comprehensive income per share", None),
    # what a partnership's per-unit figure divides (round 148, 150)
    ("Limited partners' interest in net (loss) income", "net_income_to_common"),
    ("Net (loss) income attributable to limited partners", "net_income_to_common"),
    # a fund's net asset value per share is no EPS; an LLC's per Class A share is (round 150)
    ("Net asset value per share", None), ("NAV per share", None),
    ("Net Income per Class A Share - Basic", "eps"), ("Distributions declared per Class A share", None),
    # what a total holds besides, or the note it refers to, after its name (round 157, a REIT's 2005 sheet)
    ("Total shareholders' equity (including $98,000 of Series A preferred shares)", "stockholders_equity"),
    ("Income taxes (2023 includes a discrete benefit of $2.1 million)", "income_tax"),  # round 623
    ("Income taxes (Note 4)", "income_tax"),
    ("SG&A", "selling_general_administrative"), ("SG&A expenses", "selling_general_administrative"),  # round 313
    ("SG&A as a percentage of net sales", None),
    ("Stockholders' equity (deficit accumulated during the development stage of $17,872,618 and $6,499,238, "
     "respectively)", "stockholders_equity"),  # round 306
    ("Total stockholders' equity (includes preferred stock)", "stockholders_equity"),
    ("Total revenues (Note 3)", "revenue"), ("Total liabilities (see note 7)", "total_liabilities"),
    # figures per share and counts restated for a reverse split (round 164, a device maker's 2019 release),
    # where "adjusted" before the name is the company's own measure and after any other line may be
    ("Net loss per share, basic and diluted (as adjusted) (1)", "eps"),
    ("Weighted-average common shares outstanding, basic and diluted (as adjusted) (1)", "shares"),
    ("Net loss per share (as adjusted for the 1-for-10 reverse stock split)", "eps"),
    ("Weighted average shares outstanding (split-adjusted)", "shares"),
    ("Adjusted net loss per share", None), ("Net loss (as adjusted)", None), ("Diluted EPS, as adjusted", None),
    # ... under a heading that says so, and never the figures the split replaced (round 168)
    ("Net income per share (as adjusted) (1): Diluted", "eps"),
    ("Memo: diluted net income per share as previously reported (pre-split)", None),
    ("Net income, as originally reported", None),
    # a cost that leaves its depreciation to a line of its own is still the cost (round 168, a miner's)
    ("Cost of sales (excluding depreciation, depletion and amortization)", "cost_of_revenue"),
    ("Cost of revenues (exclusive of depreciation and amortization shown separately below)", "cost_of_revenue"),
    ("Cost of sales excluding special items", None),
    # the result before the noncontrolling interests' share: no concept of its own (the chain runs through
    # it, core.statements.bridges); taken for the net income, it had beaten a plain "Net income" below the
    # minority's share (round 168)
    ("Consolidated Net Income", None), ("Consolidated net earnings", None),
    # round 236: a hospital operator's gross revenue above its bad-debt provision (2011-2017 statements) is no
    # income before taxes; "before provision" alone, or for taxes, still is
    ("Revenues before provision for doubtful accounts", None),
    ("Net operating revenues before provision for bad debts", None),
    ("Income before provision", "income_before_taxes"), ("Earnings before provision for taxes", "income_before_taxes"),
    ("Income (loss) before provision (benefit) for income taxes", "income_before_taxes"),
    # round 247: a railroad's and a utility's own words for the operating lines and the cash
    ("Total railway operating expenses", "total_operating_expenses"), ("Income from railway operations",
                                                                       "operating_income"),
    ("Total utility operating expenses", "total_operating_expenses"), ("Total other operating expenses", None),
    ("Cash and temporary cash investments", "cash_and_equivalents"),
    # round 607's probe: how the cash was valued, after its name, on a 1990s sheet
    ("Cash and cash equivalents, at cost which approximates market", "cash_and_equivalents"),
    ("Cash and cash equivalents (at cost, which approximates fair value)", "cash_and_equivalents"),
    ("Cash, at cost", "cash_and_equivalents"), ("Cash and cash equivalents at end of period", None),
    ("Cash and short-term investments", "cash_and_investments"),
    ("Total investments and cash", "cash_and_investments"), ("Investments and cash", None),
    # round 378: a utility's analysis of earnings, one qualifier after another
    ("NET INCOME AS REPORTED (See Note)", "net_income"), ("NET INCOME EXCLUDING ONE-TIME ITEMS", None),
    # round 574: a 1996 toy maker's labels set at 64 columns, words broken at a hyphen across their lines
    ("Net income per common and common equiva- lent share", "eps"),
    ("Weighted average common and common equiva- lent shares outstanding", "shares"),
    ("Net income per com- mon share", "eps"),
    # round 586: a bank's counts, the basis before "average" or after it without "common"
    ("Diluted average common shares", "shares"), ("Average diluted shares", "shares"), ("Avg. basic shares", "shares"),
    ("Average common and dilutive potential common shares", "shares"),
    # round 611: a restructuring plan named by its year
    ("2021 restructuring program", "restructuring"), ("2019 Restructuring charges", "restructuring"),
    ("Restructuring program", "restructuring"),
    # round 696: the cost of revenue named for the goods sold (a timber partnership's "Cost of log sales", a
    # dealer's "Cost of equipment sales", a homebuilder's "Cost of land sales"), never a disposal's cost, a
    # cost a unit or a cost of money; a commodity bought to sell again is the cost of revenue only where it is
    # the one such cost (concepts._commodity_cost_alone), never by its words alone
    ("Cost of log sales", "cost_of_revenue"), ("Cost of logs sold", "cost_of_revenue"),
    ("Cost of natural gas sold", None), ("Cost of equipment sales", "cost_of_revenue"),
    ("Cost of land sales and other", "cost_of_revenue"), ("Cost of merchandise sold", "cost_of_revenue"),
    ("Cost of investments sold", None), ("Cost of property and equipment sold", None),
    ("Cost of real estate sold", None), ("Cost of gas sold per Mcf", None), ("Cost of borrowings", None),
    ("Cost of funds", None), ("Cost of share repurchases", None),
    # round 723: a service company's or a landlord's cost of its revenue named for its operations, as the whole
    # of the words
    ("Cost of operations", "cost_of_revenue"), ("Costs of operations", "cost_of_revenue"),
    ("Total cost of operations", "cost_of_revenue"),
    # round 720: a UK balance sheet's cash and its current liabilities in one line
    ("Cash at bank and in hand", "cash_and_equivalents"), ("Cash at bank", "cash_and_equivalents"),
    ("Creditors: amounts falling due within one year", "total_current_liabilities"),
    ("Creditors - amounts falling due within one year", "total_current_liabilities"),
    ("Creditors: amounts falling due after more than one year", None),
]


@pytest.mark.parametrize(("label", "concept"), LABELS, ids=[label for label, _ in LABELS])
def test_label(label: str, concept: str | None) -> None:
    from core.vocabulary import match_concept

    assert match_concept(label) == concept


# A word broken at a hyphen across a label's lines, read whole; a compound's shared half and a dash between
# words are no broken word.
BROKEN_WORDS = [
    ("Net income per common and common equiva- lent share", "Net income per common and common equivalent share"),
    ("Net income per com- mon share", "Net income per common share"),
    # a compound broken at its own hyphen keeps it (rounds 544, 554 and an invented fixture)
    ("Current maturities of long- term debt", "Current maturities of long-term debt"),
    ("Accrued landfill closure and post- closure costs", "Accrued landfill closure and post-closure costs"),
    ("Net income attributable to non- controlling interests", "Net income attributable to noncontrolling interests"),
    ("Pre- and post-tax charges", "Pre- and post-tax charges"),
    ("Short- or long-term investments", "Short- or long-term investments"),
    ("Net income - basic", "Net income - basic"),
    ("Income (loss)- Basic", "Income (loss)- Basic"),
]


@pytest.mark.parametrize(("label", "whole"), BROKEN_WORDS, ids=[label for label, _ in BROKEN_WORDS])
def test_a_word_broken_at_a_hyphen_across_a_labels_lines_is_read_whole(label: str, whole: str) -> None:
    from core.vocabulary import whole_words

    assert whole_words(label) == whole


# One line of all operating expenses, without "Total": the words also head sections, the arithmetic decides.
WHOLE_EXPENSES = [("Operating expenses", True), ("Costs and expenses", True), ("Operating costs and expenses", True),
                  ("Operating costs", True), ("Costs and operating expenses", True), ("Operating expenses, net", True),
                  ("Other operating expenses", False), ("Fuel expenses", False), ("Total operating expenses", False)]


@pytest.mark.parametrize(("label", "whole"), WHOLE_EXPENSES, ids=[label for label, _ in WHOLE_EXPENSES])
def test_a_line_that_may_be_all_operating_expenses(label: str, whole: bool) -> None:
    from core.vocabulary import WHOLE_EXPENSES_LINE, normalise_label

    assert bool(WHOLE_EXPENSES_LINE.match(normalise_label(label))) is whole


# A revenue line net of the lines above it; the arithmetic decides whether it is the revenue.
NET_REVENUES = [("Net revenues", True), ("Total net revenues", True), ("Net sales", True), ("Revenues, net", True),
                ("Revenues, net of interest expense", True), ("Total revenues", False), ("Net interest income", False),
                ("Sales", False)]


@pytest.mark.parametrize(("label", "net"), NET_REVENUES, ids=[label for label, _ in NET_REVENUES])
def test_a_revenue_line_net_of_the_lines_above(label: str, net: bool) -> None:
    from core.vocabulary import NET_REVENUE_LINE, normalise_label

    assert bool(NET_REVENUE_LINE.search(normalise_label(label))) is net


# A revenue line a statement prints after the gross profit of its other revenue, before the operating expenses
# ("Government contract revenue" under "Gross profit on product revenue", round 704; biotech releases print
# collaboration, grant, license and royalty revenue there); the arithmetic decides whether it is revenue.
REVENUES_AFTER_THE_GROSS_PROFIT = [
    ("Government contract revenue", True), ("Collaboration revenue", True), ("Grant revenue", True),
    ("License and milestone revenue - related party", True), ("Royalty revenues", True), ("Grant income", True),
    ("Revenue from collaborations, net", True), ("Contract revenue (1)", True),
    ("Cost of contract revenue", False), ("Gross profit on product revenue", False), ("Total revenues", False),
    ("Other income", False), ("Interest income", False), ("Deferred revenue", False),
    ("Research and development", False)]


@pytest.mark.parametrize(("label", "revenue"), REVENUES_AFTER_THE_GROSS_PROFIT,
                         ids=[label for label, _ in REVENUES_AFTER_THE_GROSS_PROFIT])
def test_a_revenue_line_printed_after_the_gross_profit(label: str, revenue: bool) -> None:
    from core.vocabulary import REVENUE_AFTER_THE_GROSS_PROFIT, normalise_label, without_note_marks

    assert bool(REVENUE_AFTER_THE_GROSS_PROFIT.match(normalise_label(without_note_marks(label)))) is revenue


# (column header as printed, the currency its figures are in): the same currency however it is written, so a
# translation column is told from the statement's own by counting columns, not spellings.
CURRENCY_HEADERS = [
    ("RMB", "RMB"),
    ("Renminbi", "RMB"),
    ("US$", "US$"),
    ("USD", "US$"),
    ("U.S. dollars", "US$"),
    ("Thousands of U.S. Dollars", "US$"),
    ("Millions of yen", "JPY"),
    ("NT$", "NT$"),
    ("Rs. in lakhs", "INR"),
    ("(\u20ac)", "EUR"),
    ("September 30, 2014 Won", "KRW"),  # round 128: "US$ | Won | Won", capitalised as a header prints it
    ("\u20a9 in millions", "KRW"),
    ("Ps.", "MXN"), ("Pesos", "MXN"),  # round 129
    ("SEK", "SEK"), ("kr", "kr"), ("DKK", "DKK"), ("NOK", "NOK"), ("Rp.", "IDR"), ("Swedish kronor", "SEK"),  # 133
    ("CZK", "CZK"), ("z\u0142", "PLN"), ("R'000", "ZAR"), ("R", "ZAR"), ("RM'000", "MYR"), ("Ft", "HUF"),  # 135
    ("Czech koruna", "CZK"), ("(TL)", "TRY"), ("Cdn$", "C$"),
]


@pytest.mark.parametrize(("header", "code"), CURRENCY_HEADERS, ids=[h for h, _ in CURRENCY_HEADERS])
def test_currency_of_a_column_header(header: str, code: str) -> None:
    found = CURRENCY.search(header)
    assert found is not None and currency_code(found.group()) == code


@pytest.mark.parametrize("header", ["Three Months Ended", "Dollars", "Euro area sales", "Won contracts",
                                    "R&D", "Ft. Worth", "TL carriers"])
def test_no_currency_in_a_column_header(header: str) -> None:
    assert CURRENCY.search(header) is None


def test_a_share_counts_own_unit_is_no_unit_note_for_the_figures() -> None:
    """"Weighted average number of ordinary shares (millions)" says what its own row counts in; taken as
    the unit note of the tables around it, it had read a table in pounds thousands as millions."""
    assert read_units(["Weighted average number of ordinary shares (millions)"]).scale == 1


# What a unit note's "except" clause sets outside its unit, beyond per-share figures and share counts (round 651)
EXCEPT_CLAUSES = [
    ("(In thousands, except per share amounts, percentages and dayrates)", ["percentages", "rates a day"]),
    ("(Millions, Except Per Share Amounts and Percentages)", ["percentages"]),
    ("(Dollars in thousands, except per share amounts and employees)", ["headcounts"]),
    ("(in thousands, except ratios and per share data)", ["ratios"]),
    ("(In thousands, except per barrel and per Mcf amounts)", ["prices"]),
    ("(in thousands, except square feet and per share data)", ["square feet"]),
    ("(in thousands, except per share data)", []), ("(In thousands)", []),
]


@pytest.mark.parametrize(("note", "kinds"), EXCEPT_CLAUSES, ids=[n for n, _ in EXCEPT_CLAUSES])
def test_what_a_unit_notes_except_clause_names(note: str, kinds: list[str]) -> None:
    assert [kind.name for kind in read_units([note]).excepted] == kinds


# A line's words showing a kind a note's clause names, on labels from real releases; a line naming money or a
# rate an instrument bears is none
EXCEPTED_LINES = [
    ("percentages", "Rig utilization — jackups", True), ("percentages", "Average occupancy", True),
    ("percentages", "Occupancy", False),  # a restaurant's or a bank's cost of its premises
    ("percentages", "Passenger load factor", True), ("percentages", "Gross margin (%)", True),
    ("percentages", "5.25% senior notes due 2016", False), ("percentages", "6 percent debentures", False),
    ("rates a day", "Average dayrate — deepwater floaters", True), ("rates a day", "Average day rate", True),
    ("rates a day", "Revenue per rig day", True), ("rates a day", "Contract drilling", False),
    ("prices", "Average realized oil price ($/Bbl)", True), ("prices", "Oil sales", False),
    ("headcounts", "Total employees", True), ("square feet", "Gross leasable square feet", True),
    ("ratios", "Debt to capitalization ratio", True),
]


@pytest.mark.parametrize(("name", "label", "shows"), EXCEPTED_LINES,
                         ids=[f"{n}:{label}" for n, label, _ in EXCEPTED_LINES])
def test_a_line_showing_a_kind_a_unit_note_excepts(name: str, label: str, shows: bool) -> None:
    from core.vocabulary import UNIT_EXCEPTIONS

    kind = next(kind for kind in UNIT_EXCEPTIONS if kind.name == name)
    assert (kind.in_label.search(label) is not None) is shows


def test_a_line_of_column_units_is_no_row_of_zeros() -> None:
    assert classify(1, "                     $000           $000").kind is LineKind.TEXT
    assert classify(1, "             \u00a3'000          \u00a3'000").kind is LineKind.TEXT


# Words that tell what a line or a table is, apart from its concept, on labels from real releases.
WORDS = [
    ("EBITDA_LINE", "Adjusted EBITDA", True), ("EBITDA_LINE", "EBITDAX", True),
    ("EBITDA_LINE", "Depreciation and amortization", False),
    ("PER_SHARE_HEADING", "Basic earnings (loss) per share:", True),
    ("PER_SHARE_HEADING", "Diluted EPS", True), ("PER_SHARE_HEADING", "Weighted average shares outstanding", False),
    ("HEADING_A_SHARE_OR_UNIT", "Dividends declared per share:", True),
    ("HEADING_A_SHARE_OR_UNIT", "Distributions declared per limited partner unit:", True),
    ("HEADING_A_SHARE_OR_UNIT", "Cash distributions per unit", True),
    ("HEADING_A_SHARE_OR_UNIT", "Average weekly sales per restaurant:", False),
    ("HEADING_A_SHARE_OR_UNIT", "Weighted average units outstanding:", False),
    ("PERCENT_LABEL", "Gross margin %", True), ("PERCENT_LABEL", "Operating costs as a percentage of LTIC (b)", True),
    ("PERCENT_LABEL", "% of revenue", True), ("PERCENT_LABEL", "Interest expense on 5.25% notes", False),
    ("PERCENT_LABEL", "Effective tax rate (%)", True), ("PERCENT_LABEL", "Limited partners (99%)", False),
    ("PERCENT_LABEL", "General partner's interest (2 %)", False),
    # Horizon Bancorp's balance sheet (UI-55): the qualifier a legend says as "net"; "Net loans" holds none
    ("NET_OF_A_RESERVE", "Loans, net of allowance for credit losses", True),  # its figures taken off first
    ("NET_OF_A_RESERVE", "Premises and equipment, less accumulated depreciation", True),
    ("NET_OF_A_RESERVE", "Net loans", False),
    ("NET_RESULT_ALLOCATED", "Net income allocated to", True),
    ("NET_RESULT_ALLOCATED", "Allocation of net income", True),
    ("NET_RESULT_ALLOCATED", "Net income (loss) allocable to", True),
    ("NET_RESULT_ALLOCATED", "Net income per limited partnership unit", False),
    ("NET_RESULT_ALLOCATED", "Net income allocated", True),  # "To the General Partner" under it (round 677)
    ("NET_RESULT_ALLOCATED", "Net income allocated per unit", False),
    ("GENERAL_PARTNER_NAMED", "To the General Partner (1%)", True),
    ("LIMITED_PARTNERS_NAMED", "To the Limited Partners (99%)", True),
    ("LIMITED_PARTNERS_NAMED", "To the limited partners' capital accounts", False),
    ("GENERAL_PARTNER_NAMED", "General partner (1%)", True), ("GENERAL_PARTNER_NAMED", "General partner", True),
    ("GENERAL_PARTNER_NAMED", "General partner units outstanding", False),
    ("LIMITED_PARTNERS_NAMED", "Limited partners (99%)", True), ("LIMITED_PARTNERS_NAMED", "Limited partners'", True),
    ("LIMITED_PARTNERS_NAMED", "Limited partners (7,418 and 7,408 units outstanding", False),
    ("PERCENT_LABEL", "Return on average assets", True), ("PERCENT_LABEL", "Efficiency ratio", True),
    ("PERCENT_LABEL", "Net interest margin", True), ("PERCENT_LABEL", "Net interest income", False),
    ("PERCENT_LABEL", "Allowance for credit losses to total loans", True),
    ("PERCENT_LABEL", "Tier 1 capital to risk weighted assets", True),
    ("PERCENT_LABEL", "Average equity to average assets", True),
    ("PERCENT_LABEL", "Net charge-offs to average loans (annualized)", True),
    ("PERCENT_LABEL", "Reconciliation of segment assets to total assets", False),
    ("PERCENT_LABEL", "Transfers of loans to other real estate owned", False),
    ("PER_SHARE_LINE", "Book value per share", True), ("PER_SHARE_LINE", "Distributable income per unit", True),
    ("PER_SHARE_LINE", "Adjusted Diluted EPS", True), ("PER_SHARE_LINE", "Shares outstanding", False),
    ("PER_SHARE_LINE", "Annualized revenue per occupied square foot (5)", True),
    ("PER_SHARE_LINE", "Revenue per available foot (RevPAF) (6)", True),
    ("PER_SHARE_LINE", "Average price per MMBtu", True),
    ("PER_SHARE_LINE", "Weighted average square foot occupancy", False),
    ("PER_SHARE_LINE", "Average weekly sales per restaurant", True),
    # things counted and volumes: read as printed, never as thousands of dollars (rounds 113 and 124)
    ("COUNT_LINE", "Restaurants open at end of period", True),
    ("COUNT_LINE", "Number of stores at end of period", True),
    ("COUNT_LINE", "Company-operated restaurants open at end of period", True),
    # a volume's heading in its own unit's multiple (round 689): gallons, never dollars
    ("COUNT_LINE", "Retail gallons sold (millions)", True), ("COUNT_LINE", "Crude barrels refined (thousands)", True),
    ("COUNT_LINE", "Capital expenditures (in millions)", False),
    ("COUNT_LINE", "Electric Sales (millions of kWh)", True), ("COUNT_LINE", "Gas sold (thousands of Dth)", True),
    ("COUNT_LINE", "Production (MBOE)", True), ("COUNT_LINE", "Natural gas (MMcf/d)", True),
    ("COUNT_LINE", "Oil (MBbls)", True), ("COUNT_LINE", "Full-time employees", True),
    ("COUNT_LINE", "Number of common shares outstanding", False), ("COUNT_LINE", "Average price ($/Mcf)", False),
    ("COUNT_LINE", "Units in service", False),  # Spok's pagers, in thousands under the table's note
    ("COUNT_LINE", "Salaries, wages and employees' benefits", False), ("COUNT_LINE", "Proved properties", False),
    ("COUNT_LINE", "Proceeds from sale of restaurants", False),
    ("COUNT_LINE", "Gross square footage (in thousands)", True), ("COUNT_LINE", "Sales per square foot", False),
    ("PER_SHARE_LINE", "Average daily rate (Ps.)", True), ("PER_SHARE_LINE", "Average day rate", True),  # round 131
    ("COUNT_LINE", "Stores temporarily closed at end of period", True),
    # round 622's restaurant data: "Company-operated restaurants," wrapped over "end of period"; a line naming
    # the restaurants alone is as often their sales
    ("COUNT_LINE", "Company-operated restaurants, end of period", True), ("COUNT_LINE", "Stores, end of period", True),
    ("COUNT_LINE", "Franchised restaurants, at end of quarter", True),
    ("COUNT_LINE", "Company-operated restaurants", False),
    ("COUNT_LINE", "Licensed beds at end of period", True), ("COUNT_LINE", "Average length of stay (days)", True),
    ("STATISTICS_HEADING", "Selected Operating Statistics:", True), ("STATISTICS_HEADING", "Key statistics", True),
    ("STATISTICS_HEADING", "Supplemental Information:", True), ("STATISTICS_HEADING", "Other data", True),
    ("STATISTICS_HEADING", "Supplemental disclosure of cash flow information:", False),
    # round 135's other words for the same block
    ("STATISTICS_HEADING", "Supplementary information", True), ("STATISTICS_HEADING", "Operating highlights", True),
    ("STATISTICS_HEADING", "Non-financial data", True), ("STATISTICS_HEADING", "Key operating measures:", True),
    ("COUNT_LINE", "Headcount at period end", True), ("COUNT_LINE", "Employees at end of quarter", True),
    ("COUNT_LINE", "Employee benefits at end of period", False),
    # round 138's words
    ("COUNT_LINE", "Associates at quarter end", True), ("COUNT_LINE", "Full-time equivalents", True),
    ("COUNT_LINE", "Clients at period end", False),  # clients and customers: as often in thousands
    # round 224's selected financial condition data "(in thousands, except per share amounts and employees)"
    ("COUNT_LINE", "Total employees", True), ("COUNT_LINE", "Total full-time employees", True),
    ("COUNT_LINE", "Total employee compensation", False),
    # round 244's homebuilder: its backlog counted in homes under "(Dollars in thousands ...)"
    ("COUNT_LINE", "Backlog (homes) at March 31", True), ("COUNT_LINE", "Backlog", False),
    ("STATISTICS_HEADING", "Other information (unaudited):", True),
    # columns that are no period as reported, and columns that are (round 302's restatement, a development-stage
    # company's total to date under "Cumulative" / "during the" / "development" / "stage")
    ("NOT_AS_REPORTED", "Twelve Months Ended December 31, 1998 As Previously Reported", True),
    ("NOT_AS_REPORTED", "Adjustments", True), ("NOT_AS_REPORTED", "As Restated", False),
    ("NOT_AS_REPORTED", "Cumulative during the development stage", True),
    ("NOT_AS_REPORTED", "during the development stage", True),
    ("NOT_AS_REPORTED", "Three Months Ended June 30, 1996", False),
    ("NOT_AS_REPORTED", "March 1 to June 30, 1999", True),  # round 306: "Period from" on the line above
    ("NOT_AS_REPORTED", "June 30, 1999", False),
    # round 371: a carrier's traffic, counted
    ("COUNT_LINE", "Average tractors in service", True), ("COUNT_LINE", "Revenue passengers", True),
    ("COUNT_LINE", "Carloads", True), ("COUNT_LINE", "Total carloads", True),  # round 604
    ("COUNT_LINE", "Revenue per carload", False), ("COUNT_LINE", "Revenue from carloads", False),
    ("COUNT_LINE", "Revenue carloads (in thousands)", True),
    ("COUNT_LINE", "Departures", True), ("COUNT_LINE", "Passenger revenue", False),
    # round 346: exhibits that speak of a release, and title blocks naming some company
    ("NOT_A_RELEASE_EXHIBIT", "FOURTH QUARTER FISCAL 2007 EARNINGS CONFERENCE CALL PREPARED REMARKS", True),
    ("NOT_A_RELEASE_EXHIBIT", "CFO COMMENTARY ON SECOND QUARTER 2009 RESULTS", True),
    ("NOT_A_RELEASE_EXHIBIT", "INVESTOR PRESENTATION", True),
    ("NOT_A_RELEASE_EXHIBIT", "[Slide 9] Income Statement", True),
    ("NOT_A_RELEASE_EXHIBIT", "PRESS RELEASE", False),
    ("NOT_A_RELEASE_EXHIBIT", "Conference call today at 4:30 p.m. ET", False),
    ("NOT_A_RELEASE_EXHIBIT", "OSPREY INSTRUMENTS REPORTS SECOND QUARTER 2009 RESULTS", False),
    ("NAMES_A_COMPANY", "ACME WIDGETS, INC.", True), ("NAMES_A_COMPANY", "Harbor Bancorp", True),
    ("NAMES_A_COMPANY", "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", False),
    ("NAMES_A_COMPANY", "(In thousands, except per share data)", False),
    # round 336: a development-stage company's total to date headed by a range or a start alone
    ("NOT_AS_REPORTED", "Six Months Ended 5/12/94 to 6/30/03", True),
    ("NOT_AS_REPORTED", "Six Months Ended 5/12/94 - 6/30/03", True),
    ("NOT_AS_REPORTED", "Six Months Ended May 12, 1994 - June 30, 2003", True),
    ("NOT_AS_REPORTED", "Six Months Ended Since 1996", True),
    ("NOT_AS_REPORTED", "Six Months Ended Since March 1, 1996", True),
    ("NOT_AS_REPORTED", "Three Months Ended 6/30/03", False),
    ("NOT_AS_REPORTED", "Change since December 31, 2004", True),
    # round 297's picked lines, whose totals are no sums of the lines above them
    ("SELECTED_LINES_HEADING", "SELECTED BALANCE SHEET DATA:", True),
    ("SELECTED_LINES_HEADING", "Balance sheet highlights", True),
    ("SELECTED_LINES_HEADING", "Summary financial condition data", True),
    ("SELECTED_LINES_HEADING", "Current assets:", False), ("SELECTED_LINES_HEADING", "Liabilities and Equity", False),
    ("SELECTED_LINES_HEADING", "Other current liabilities", False),
    ("STATISTIC_IN_MONEY", "Depreciation and amortization", True), ("STATISTIC_IN_MONEY", "Stock-based compensation",
                                                                     True),
    ("STATISTIC_IN_MONEY", "Days sales outstanding", False),
    ("THOUSANDS_MARK", "CASES SHIPPED (000S)", True),
    ("STATISTICS_HEADING", "Operating expenses", False),
    ("STATISTIC_IN_MONEY", "Funded backlog at end of period", True), ("STATISTIC_IN_MONEY", "Bookings", True),
    ("STATISTIC_IN_MONEY", "Book-to-bill ratio", False), ("STATISTIC_IN_MONEY", "Admissions", False),
    ("STATISTIC_IN_MONEY", "Comparable store sales increase", False),
    ("PER_SHARE_SUBUNIT", "Earnings per share (pence)", True), ("PER_SHARE_SUBUNIT", "Basic (p)", True),
    ("PER_SHARE_SUBUNIT", "Diluted earnings per share (US cents)", True),
    ("PER_SHARE_SUBUNIT", "Basic earnings per share", False),
    ("ATTRIBUTABLE_HEADING", "Attributable to:", True),
    ("ATTRIBUTABLE_HEADING", "Profit for the period attributable to:", True),
    ("ATTRIBUTABLE_HEADING", "Comprehensive income attributable to:", False),
    ("OTHER_PERIOD_ROW", "Combined ratio \u2013 prior year month", True),
    ("OTHER_PERIOD_ROW", "Gross margin, year-ago quarter", True),
    ("OTHER_PERIOD_ROW", "Net income, same quarter last year", True),
    ("OTHER_PERIOD_ROW", "Favorable prior year reserve development", False),
    ("OTHER_PERIOD_ROW", "Prior accident years' development", False),
    ("OTHER_PERIOD_ROW", "Adjustments to prior year tax provision", False),
    ("COMPARISON_WORD", "Change from prior year quarter", True), ("COMPARISON_WORD", "Combined ratio", False),
    ("COPYRIGHT_LINE", "\u00a9 2022 Veeva Systems Inc. All rights reserved. Veeva, V, Vault and Crossix are registered"
     " trademarks of Veeva Systems Inc.", True),
    ("COPYRIGHT_LINE", "Copyright (c) 2004 Allos Therapeutics", True),
    ("COPYRIGHT_LINE", "Royalties and license fees (c)", False),
    ("DATELINE", "PITTSBURGH, Jan. 15, 2021 \u2013 The PNC Financial Services Group, Inc. (NYSE: PNC) today reported:",
     True),
    ("DATELINE", "WESTMINSTER, Colo., Aug. 3 /PRNewswire/ -- Allos Therapeutics, Inc.", True),
    ("DATELINE", "MENLO PARK, Calif. \u2013 October 26, 2022  \u2013 Meta Platforms, Inc.", True),
    ("DATELINE", "Three Months Ended June 30, 2021", False), ("DATELINE", "Balance, December 31, 2020", False),
    # round UI-14: Tetra Tech's paragraph had given the period's end as the release date, "common stock" its city
    ("DATELINE", "common stock. Additionally, as of March 29, 2020, the Company had $243 million remaining", False),
    ("DATELINE", "EINDHOVEN, the Netherlands, July 27, 2011 -- Vandermeer Optics N.V.", True),
    # the wire's slashed name after a day without its year, no state (round 703): the city and the day
    ("DATELINE", "SEATTLE, Nov. 4 /PRNewswire/ -- Calloway Biosciences, Inc.", True),
    ("DATELINE", "BOSTON, March 3 /PRNewswire-FirstCall/ -- Wexford Labs", True),
    ("DATELINE", "SEATTLE, Nov. 4 -- Calloway Biosciences", False), ("DATELINE", "Balance, December 31 /1/", False),
    # the income tax a pre-tax result is named before: no gain in its words (round 703)
    ("THE_TAX_ON_INCOME", "Loss before income taxes", True),
    ("THE_TAX_ON_INCOME", "Loss before provision for income taxes", True),
    ("THE_TAX_ON_INCOME", "LOSS BEFORE TAXES ON INCOME", True),
    ("THE_TAX_ON_INCOME", "Loss before income tax benefit", True),
    ("THE_TAX_ON_INCOME", "Income (loss) from operations", False),
    ("THE_TAX_ON_INCOME", "Loss before equity in income of affiliates", False),
    # a scrape's label run on to the next line, not a heading (round 104, Peapack-Gladstone)
    ("WRAPPED_LABEL_END", "TOTAL LIABILITIES AND", True), ("WRAPPED_LABEL_END", "Cash, cash equivalents and", True),
    ("WRAPPED_LABEL_END", "Other income (expense), net", False), ("WRAPPED_LABEL_END", "Attributable to:", False),
    ("WRAPPED_LABEL_END", "Allowance for credit losses (\"ACL\"):", False),
    # a label cut after a word that goes on, its figures on its first line (round 544, w3m at 80 columns)
    ("LABEL_GOES_ON", "Total Costs and", True), ("LABEL_GOES_ON", "Earnings before", True),
    ("LABEL_GOES_ON", "Net income attributable", True), ("LABEL_GOES_ON", "Income available", True),
    ("LABEL_GOES_ON", "Total costs and expenses", False), ("LABEL_GOES_ON", "Cost of sales", False),
    ("LABEL_GOES_ON", "Earnings per share", False),
    # an owners' possessive the wrap parted from its noun (round 691, w3m at 80 columns)
    ("POSSESSIVE_END", "Total liabilities and stockholders'", True),
    ("POSSESSIVE_END", "Total liabilities and shareholders\u2019", True), ("POSSESSIVE_END", "Total members'", True),
    ("POSSESSIVE_END", "Total liabilities and stockholders' equity", False),
    ("POSSESSIVE_END", "Common stock, 'A' shares", False),
    # the start of a release's cautionary notes, whose bullets are risks, not highlights
    ("FORWARD_LOOKING", "Cautionary Statement Regarding Forward-Looking Statements", True),
    ("FORWARD_LOOKING", "This press release contains forward looking information within the meaning of", True),
    ("FORWARD_LOOKING", "Safe Harbor Statement", True),
    ("FORWARD_LOOKING", "Full year 2020 guidance withdrawn due to material uncertainty", False),
    # a roll-forward among a balance sheet's data (round 104)
    ("ROLL_FORWARD_START", "Beginning of quarter", True), ("ROLL_FORWARD_START", "Balance, beginning of period", True),
    ("ROLL_FORWARD_START", "Balance at beginning of year", True),
    ("ROLL_FORWARD_START", "Beginning balance", True),
    ("ROLL_FORWARD_START", "Cash and cash equivalents", False),
    ("ROLL_FORWARD_END", "End of quarter", True), ("ROLL_FORWARD_END", "Balance, end of period", True),
    ("ROLL_FORWARD_END", "Ending balance", True), ("ROLL_FORWARD_END", "Total ending loans", False),
    # a bank's expense total (the Expenses page breaks it down where its lines add up to it)
    ("NONINTEREST_EXPENSE_TOTAL", "Total noninterest expense", True),
    ("NONINTEREST_EXPENSE_TOTAL", "TOTAL NON-INTEREST EXPENSES", True),
    ("NONINTEREST_EXPENSE_TOTAL", "Total non interest expense", True),
    ("NONINTEREST_EXPENSE_TOTAL", "Total noninterest income", False),
    ("NONINTEREST_EXPENSE_TOTAL", "Other noninterest expense", False),
    # an insurer's lines and a broker-dealer's (no burn or runway for either: round 270)
    ("INSURANCE_LINE", "Net premiums earned", True), ("INSURANCE_LINE", "Earned premiums", True),
    ("INSURANCE_LINE", "Losses and loss adjustment expenses", True),
    ("INSURANCE_LINE", "Reserves for losses and loss adjustment expenses", True),
    ("INSURANCE_LINE", "Policyholder benefits and claims", True), ("INSURANCE_LINE", "Future policy benefits", True),
    ("INSURANCE_LINE", "Unearned premiums", True), ("INSURANCE_LINE", "Total investments", False),
    ("INSURANCE_LINE", "Insurance expense", False), ("INSURANCE_LINE", "Employee benefits", False),
    # a bank's headline lines (its Overview cards and the checks from interest income down to the pre-tax result)
    ("TOTAL_INTEREST_INCOME", "Total interest and dividend income", True),
    ("TOTAL_INTEREST_INCOME", "Total interest income", True),
    ("TOTAL_INTEREST_INCOME", "Total interest income (FTE)", False),
    ("TOTAL_INTEREST_EXPENSE", "Total interest expense", True),
    ("NET_INTEREST_INCOME", "Net Interest Income", True),
    ("NET_INTEREST_INCOME", "Net interest income before provision for loan losses", True),
    ("NET_INTEREST_INCOME", "Net interest income (FTE)", False),
    ("NET_INTEREST_INCOME", "Net interest income after provision for loan losses", False),
    ("NET_INTEREST_INCOME_AFTER_PROVISION", "Net interest income after provision for loan losses", True),
    ("NET_INTEREST_INCOME_AFTER_PROVISION", "Net Interest Income after Credit Loss Expense", True),
    ("NET_INTEREST_INCOME_AFTER_PROVISION", "Net interest income after (reversal of) provision for loan losses",
     True),
    ("CREDIT_LOSS_PROVISION", "Provision for loan losses", True),
    ("CREDIT_LOSS_PROVISION", "(Reversal of) provision for loan and lease losses", True),
    ("CREDIT_LOSS_PROVISION", "Credit loss expense", True),
    ("CREDIT_LOSS_PROVISION", "Provision for income taxes", False),
    ("CREDIT_LOSS_PROVISION", "Net interest income after provision for loan losses", False),
    ("NONINTEREST_INCOME_TOTAL", "Total non-interest income", True),
    ("NONINTEREST_INCOME_TOTAL", "Noninterest income", True),
    ("NONINTEREST_INCOME_TOTAL", "Other noninterest income", False),
    ("NONINTEREST_EXPENSE_LINE", "Total noninterest expense", True),
    ("NONINTEREST_EXPENSE_LINE", "Non-interest expense", True),
    ("NONINTEREST_EXPENSE_LINE", "Total non-interest expense, net", True),  # Timberland Bancorp (corpus)
    ("NONINTEREST_EXPENSE_LINE", "Other noninterest expense", False),
    ("OTHER_INCOME_TOTAL", "Total other income", True), ("OTHER_INCOME_TOTAL", "Total other income (expense)", False),
    ("OTHER_EXPENSE_TOTAL", "Total other expenses", True), ("OTHER_EXPENSE_TOTAL", "Other expenses", False),
    ("PREMIUMS_EARNED", "Net premiums earned", True), ("PREMIUMS_EARNED", "Net earned premiums", True),
    ("PREMIUMS_EARNED", "Earned premiums", True), ("PREMIUMS_EARNED", "Gross written premiums", False),
    ("LOSSES_AND_LOSS_EXPENSES", "Losses and loss adjustment expenses", True),
    ("LOSSES_AND_LOSS_EXPENSES", "Benefits and claims, net", True),  # Aflac (corpus), a life insurer's
    ("LOSSES_AND_LOSS_EXPENSES", "Policyholder benefits and claims incurred", True),
    ("INSURANCE_LINE", "Benefits and claims, net", True),
    ("LOSSES_AND_LOSS_EXPENSES", "Reserves for losses and loss adjustment expenses", False),
    ("COMBINED_RATIO", "Combined ratio", True), ("COMBINED_RATIO", "Accident year combined ratio", False),
    # what a browser prints at a page's edges (round 506: pdftotext of a browser's PDF)
    ("BROWSER_PRINT_EDGE", "file:///tmp/redhawk_q4-2020_html_land.html                        1/4", True),
    ("BROWSER_PRINT_EDGE", "12/5/26, 2:55 AM                                    Exhibit 99.1", True),
    ("BROWSER_PRINT_EDGE", "  Total revenues                       134,587           211,248", False),
    # a statement's own title, net income named (round 512: a waste company's)
    ("A_STATEMENTS_OWN_TITLE", "CONDENSED CONSOLIDATED STATEMENTS OF NET INCOME", True),
    ("A_STATEMENTS_OWN_TITLE", "Consolidated Statements of Net Earnings (Unaudited)", True),
    ("A_STATEMENTS_OWN_TITLE", "Reconciliation of Net Income to Adjusted EBITDA", False),
    # a figure at a date among a period's flows (round 497)
    ("AT_A_DATE_LINE", "Book value per share", True), ("AT_A_DATE_LINE", "Tangible book value per common share", True),
    ("AT_A_DATE_LINE", "Net income per share", False),
    # a stacked head whose line breaks a scrape dropped (round 500)
    ("GLUED_PERIOD_WORDS", "Three MonthsEndedJune 30, 2006", True),
    ("GLUED_PERIOD_WORDS", "Thirteen WeeksEnded", True),
    ("GLUED_PERIOD_WORDS", "Three Months Ended June 30, 2006", False),
    ("GLUED_PERIOD_WORDS", "Weekend revenues", False),
    # what a release takes off its gross revenue to reach its net revenue (round 502: a broadcaster's)
    ("REVENUE_DEDUCTION_LINE", "Less agency and national representative commissions", True),
    ("REVENUE_DEDUCTION_LINE", "Less: returns and allowances", True),
    ("REVENUE_DEDUCTION_LINE", "Purchased transportation", False),
    # a balance-sheet section named for a kind of balance, not for a business (round 498)
    ("BALANCE_SECTION_WORDS", "Current assets", True), ("BALANCE_SECTION_WORDS", "Liabilities and equity", True),
    ("BALANCE_SECTION_WORDS", "Homebuilding", False), ("BALANCE_SECTION_WORDS", "Financial services", False),
    # a part of a total, however like the total its words are (round 499: a payroll processor's)
    ("PART_OF_A_WHOLE", "Total current assets before funds held for clients", True),
    ("PART_OF_A_WHOLE", "Total current liabilities before client fund obligations", True),
    ("PART_OF_A_WHOLE", "Total current assets", False),
    ("BROKER_DEALER_LINE", "Receivables from brokers, dealers and clearing organizations", True),
    ("BROKER_DEALER_LINE", "Principal transactions", True),
    ("BROKER_DEALER_LINE", "Total non-interest expenses", False), ("BROKER_DEALER_LINE", "Bank deposits", False),
    # a section of balances among a period's flows (round 111), and one of averages, which stays a flow
    ("AT_PERIOD_END_SECTION", "AT PERIOD END", True),
    ("AT_PERIOD_END_SECTION", "Balance Sheet Data (at period end)", True),
    ("AT_PERIOD_END_SECTION", "Period-end balances", True), ("AT_PERIOD_END_SECTION", "At quarter end", True),
    ("AT_PERIOD_END_SECTION", "Selected Average Balance Sheet Data (quarterly average)", False),
    ("AT_PERIOD_END_SECTION", "Noninterest expense", False),
    # the two versions of a period printed side by side (round 674's year "As Adjusted (1)" beside "As
    # Reported", round 306's prior year-end "As Reported" beside "As Adjusted"); a restatement's first
    # figures are no such version, nor a measure's name
    ("AS_REPORTED_VERSION", "Year Ended December 31, 1997 As Reported", True),
    ("AS_REPORTED_VERSION", "December 31, 2008 As Reported", True),
    ("AS_REPORTED_VERSION", "Twelve Months Ended December 31, 1998 As Previously Reported", False),
    ("AS_REPORTED_VERSION", "2006 As Originally Reported", False),
    ("AS_ADJUSTED_VERSION", "Year Ended December 31, 1997 As Adjusted (1)", True),
    ("AS_ADJUSTED_VERSION", "December 31, 2008 As Adjusted", True),
    ("AS_ADJUSTED_VERSION", "Adjusted EBITDA", False),
    # of two columns of one period, the words anywhere in a header naming another version than the statement's
    # (round 712: a group's name read into the header before its year) or the figures as reported
    ("ANOTHER_VERSION", "Three Months Ended September 30, Non-GAAP 2023", True),
    ("ANOTHER_VERSION", "Three Months Ended September 30, Adjusted (1) 2023", True),
    ("ANOTHER_VERSION", "Three Months Ended June 30, Combined 2006", True),
    ("ANOTHER_VERSION", "Year Ended December 31, 2006 Pro Forma", True),
    ("ANOTHER_VERSION", "Three Months Ended September 30, GAAP 2022", False),
    ("ANOTHER_VERSION", "Combined and Consolidated", False),
    ("REPORTED_VERSION", "Three Months Ended September 30, GAAP 2022", True),
    ("REPORTED_VERSION", "Three Months Ended June 30, Reported 2006", True),
    ("REPORTED_VERSION", "1999 Actual", True),
    ("REPORTED_VERSION", "Three Months Ended September 30, Non-GAAP 2023", False),
    ("REPORTED_VERSION", "Twelve Months Ended December 31, 1998 As Previously Reported", False),
    # the reported columns beside adjustments (round 316: "Actual" beside pro forma adjustments)
    ("REPORTED_COLUMN", "      Actual   Adjustments  Pro Forma(1)        Actual", True),
    ("REPORTED_COLUMN", "GAAP   Adjustments   Non-GAAP", True),
    ("REPORTED_COLUMN", "Historical  Adjustments    Pro Forma   Historical", True),
    ("REPORTED_COLUMN", "Actual results exceeded guidance", False),
    # a count named first, whatever figure a share it serves (round 316)
    ("SHARE_COUNT_FIRST", "Shares used in computing pro forma net loss per share (3)", True),
    ("SHARE_COUNT_FIRST", "Pro forma shares used in computing net loss per share", True),
    ("SHARE_COUNT_FIRST", "Weighted average shares outstanding used in computing per share amounts", True),
    ("SHARE_COUNT_FIRST", "Pro forma basic and diluted net loss per share", False),
    ("SHARE_COUNT_FIRST", "Net loss per share, weighted average shares outstanding basis", False),
    # a label's last noun, wrapped alone under a Title Case label (round 522: "Net cash provided by Operating" /
    # "Activities"); a heading's word is none
    ("LABEL_TAIL_NOUN", "Activities", True), ("LABEL_TAIL_NOUN", "Equity", True),
    ("LABEL_TAIL_NOUN", "Property", False), ("LABEL_TAIL_NOUN", "Basic", False),
    # a statement opening on what it earns on its holdings (UI-34: AGNC, a mortgage REIT)
    ("INTEREST_INCOME_FIRST", "Interest income", True), ("INTEREST_INCOME_FIRST", "Investment income", True),
    ("INTEREST_INCOME_FIRST", "Revenues", False), ("INTEREST_INCOME_FIRST", "Interest expense", False),
    # a REIT's own measure (UI-35: Crestline Office Trust's reconciliation)
    ("FUNDS_FROM_OPERATIONS", "Funds from operations attributable to common shareholders", True),
    ("FUNDS_FROM_OPERATIONS", "Core FFO per diluted share", True),
    ("FUNDS_FROM_OPERATIONS", "Cash flows from operations", False), ("FUNDS_FROM_OPERATIONS", "Effort", False),
    # a line naming itself a cost (ManTech's "Interest expense", UI-44), not a cost of revenue's heading words
    ("COST_WORDS", "Interest expense", True), ("COST_WORDS", "Restructuring costs", True),
    ("COST_WORDS", "Other (expense), net", True), ("COST_WORDS", "Costless collar gains", False),
    # when a cash flow's cash stands, ending the line (AZZ's "Cash and cash equivalents at end of period", UI-43)
    ("WHEN_CASH_STANDS", "Cash and cash equivalents at end of period", True),
    ("WHEN_CASH_STANDS", "Cash, beginning of year", True), ("WHEN_CASH_STANDS", "Cash and cash equivalents", False),
    ("WHEN_CASH_STANDS", "End of period adjustments to cash", False),
    # a count of shares on a day among the figures a share, named as no average (round 707's banks: "Common
    # shares outstanding" above "Average shares outstanding", and as the only count under basic EPS)
    ("SHARES_ON_A_DAY", "Common shares outstanding", True),
    ("SHARES_ON_A_DAY", "Shares outstanding at period end", True),
    ("SHARES_ON_A_DAY", "Period-end shares outstanding", True),
    ("SHARES_ON_A_DAY", "Shares issued and outstanding", True),
    ("SHARES_ON_A_DAY", "Common shares outstanding at December 31, 2024", True),
    ("SHARES_ON_A_DAY", "Shares outstanding, end of period", True),
    ("SHARES_ON_A_DAY", "Average shares outstanding", False),
    ("SHARES_ON_A_DAY", "Average diluted shares outstanding", False),
    ("SHARES_ON_A_DAY", "Weighted average common shares outstanding", False),
    ("SHARES_ON_A_DAY", "Diluted shares outstanding", False),
    ("SHARES_ON_A_DAY", "Common shares outstanding - basic", False),
    ("SHARES_ON_A_DAY", "Shares used in computing net loss per share", False),
    ("SHARES_ON_A_DAY", "Book value per common share", False),
    # a cash flow's closing cash, the line a whole cash flow statement ends on (Apple's "ending balances"; "Balance
    # at end of year" and "End of period" under a heading of cash); its opening cash is none (UI-61)
    ("CLOSING_CASH_WORDS", "Cash, cash equivalents and restricted cash, ending balances", True),
    ("CLOSING_CASH_WORDS", "Balance at end of year", True), ("CLOSING_CASH_WORDS", "End of period", True),
    ("CLOSING_CASH_WORDS", "Cash and cash equivalents at end of the quarter", True),
    ("CLOSING_CASH_WORDS", "Cash and cash equivalents, beginning of period", False),
    ("CLOSING_CASH_WORDS", "Depreciation and amortization", False),
    # round 711: a printed total of the costs above a gross profit (SoundThinking's "Total costs" over "Cost of
    # revenues" and an impairment); the bare total closing a "Costs and expenses:" heading; a label closed by ", net"
    ("TOTAL_OF_THE_COSTS", "Total costs", True), ("TOTAL_OF_THE_COSTS", "Total cost of revenues", True),
    ("TOTAL_OF_THE_COSTS", "Total operating expenses", False), ("TOTAL_OF_THE_COSTS", "Cost of revenues", False),
    # round 719: the cost's own net line after what is taken off it ("Cost of sales" / "Less: export incentives" /
    # "Cost of sales, net"); a line taken off printed bare after "Less -" or "Deduct:" (a Chief Scientist's grants)
    ("TOTAL_OF_THE_COSTS", "Cost of sales, net", True), ("TOTAL_OF_THE_COSTS", "Cost of products sold, net", True),
    ("TOTAL_OF_THE_COSTS", "Cost of sales, net of rebates", False),
    ("LESS_LINE", "Less - participation by the Office of the Chief Scientist", True),
    ("LESS_LINE", "Deduct: export rebates", True), ("LESS_LINE", "Less: royalty-bearing grants", True),
    ("LESS_LINE", "Deductions from revenue", False), ("LESS_LINE", "Lessor revenue", False),
    ("BARE_TOTAL_OF_COSTS", "Total costs", True), ("BARE_TOTAL_OF_COSTS", "Total costs and expenses", False),
    ("BARE_TOTAL_OF_COSTS", "Total cost of sales", False),
    ("COSTS_AND_EXPENSES_HEADING", "Costs and expenses", True),
    ("COSTS_AND_EXPENSES_HEADING", "Operating costs and expenses", True),
    ("COSTS_AND_EXPENSES_HEADING", "Costs", False), ("COSTS_AND_EXPENSES_HEADING", "Operating expenses", False),
    ("LABEL_CLOSED_BY_NET", "Other expense, net", True), ("LABEL_CLOSED_BY_NET", "Interest expense, net", True),
    ("LABEL_CLOSED_BY_NET", "Income from discontinued operations, net of tax", False),
    ("LABEL_CLOSED_BY_NET", "Net sales", False),
    # round 725: an amount owed printed after "Total liabilities" (the total then closes only part of them);
    # a redeemable stock or noncontrolling interest there (temporary equity) is none
    ("OWED_LINE", "Long-term debt", True), ("OWED_LINE", "Notes payable, less current portion", True),
    ("OWED_LINE", "Operating lease liabilities, non-current", True),
    ("OWED_LINE", "Borrowings under revolving credit facility", True),
    ("OWED_LINE", "Redeemable convertible preferred stock", False),
    ("OWED_LINE", "Redeemable noncontrolling interests", False),
    ("OWED_LINE", "Commitments and contingencies", False),
    # round 736: a rate per unit of something other than a share, kept as printed under a note of thousands
    ("RATE_LINE", "Total operating expenses per ASM (cents)", True), ("RATE_LINE", "Income before taxes per ton", True),
    ("RATE_LINE", "Total operating costs per Mcfe", True), ("RATE_LINE", "Crude oil ($/bbl)", True),
    ("RATE_LINE", "West Texas Intermediate (WTI) (US$/bbl)", True), ("RATE_LINE", "Total ($/BOE)(6)", True),
    ("RATE_LINE", "Foreign exchange rate (US$/CAD$)", True), ("RATE_LINE", "Passenger yield (cents)", True),
    ("RATE_LINE", "Weighted average price per Boe", True),
    ("RATE_LINE", "Weighted average interest rate on debt", True),
    ("RATE_LINE", "Effect of exchange rate changes on cash", False), ("RATE_LINE", "Net earnings ($/share)", False),
    ("RATE_LINE", "Weighted average units used in per unit computation", False),
    ("RATE_LINE", "Production (Boe per day)", False), ("RATE_LINE", "Net income per share", False),
    ("RATE_LINE", "Weighted average shares outstanding", False),
    ("INTEREST_RATE", "Weighted average interest rate on debt", True),
    ("INTEREST_RATE", "Loss on interest rate swaps", False),
    # a net debt is a balance at the column's date, its whole label (round 736)
    ("NET_DEBT_LINE", "Net debt(5)", True), ("NET_DEBT_LINE", "Net debt (cash)", True),
    ("NET_DEBT_LINE", "Net cash (debt)", True),
    ("NET_DEBT_LINE", "Net debt to adjusted EBITDA", False), ("NET_DEBT_LINE", "Change in net debt", False),
]


@pytest.mark.parametrize(("name", "label", "matches"), WORDS, ids=[f"{n}:{label}" for n, label, _ in WORDS])
def test_words_of_a_line(name: str, label: str, matches: bool) -> None:
    import core.vocabulary

    assert bool(getattr(core.vocabulary, name).search(label)) is matches


# (a title line over a table, whether it says the table carries on the one before it)
CONTINUED_TITLES = [
    ("PALLIDON THERAPEUTICS, INC. (continued)", True),
    ("CONSOLIDATED STATEMENTS OF OPERATIONS (Continued)", True),
    ("CONDENSED CONSOLIDATED BALANCE SHEETS ( CONTINUED )", True),
    ("CONSOLIDATED STATEMENTS OF CASH FLOWS - continued", True),
    ("Net Income and Diluted EPS GAAP to Non-GAAP Reconciliation \u2013 Continued", True),
    ("CONSOLIDATED STATEMENTS OF OPERATIONS, CONTINUED", True),
    ("(Continued)", True),
    ("(continued on next page)", False),
    ("Continued growth in product revenue", False),
    ("Income from continuing operations", False),
    ("Discontinued operations", False),
]


@pytest.mark.parametrize(("title", "says"), CONTINUED_TITLES)
def test_a_title_saying_its_table_is_continued(title: str, says: bool) -> None:
    assert (CONTINUED_TITLE.search(title) is not None) == says


def test_a_rate_per_square_foot_is_dollars_under_a_table_in_thousands() -> None:
    """PS Business Parks' "(in thousands, except per square foot amounts)": its revenue per square foot is
    $16.42, not 16,420 dollars, while the rows above it are thousands (10,789 + 5,120 + 5,405 + 78 + 6,786 =
    28,178; 97,972 - 28,178 = 69,794)."""
    path = FIXTURES / "scale" / "ps_business_parks_q1_2020_same_park_rates.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    by_label = {(row.label, str(row.period_end)[:10]): (row.value, row.kind) for row in frame.itertuples()}
    assert by_label[("Annualized revenue per occupied square foot", "2020-03-31")] == (16.42, "per_share")
    assert by_label[("Revenue per available foot (RevPAF)", "2019-03-31")] == (14.76, "per_share")
    assert by_label[("Total", "2020-03-31")] == (28_178_000, "amount")
    assert by_label[("NOI", "2019-03-31")] == (66_636_000, "amount")
    assert by_label[("Weighted average square foot occupancy", "2020-03-31")] == (92.9, "percent")


def test_things_counted_are_read_as_printed_under_a_table_in_thousands() -> None:
    """Round 124's restaurant chain "(In thousands, except per share data)": 142 restaurants open, not 142,000
    dollars, and $50,012 of weekly sales a restaurant, not $50 million."""
    path = FIXTURES / "layouts" / "amount_and_percent_left_in_labels_by_a_block_on_another_grid.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    by_label = {(row.label, str(row.period_end)[:10], row.months): (row.value, row.kind)
                for row in frame.itertuples()}
    # a count at the period's end is a statistic of the statement it is printed in, never a balance (round 653)
    assert not [row for row in frame.itertuples() if row.statement == "balance"]
    assert by_label[("Restaurants open at end of period", "2007-10-07", 3)] == (142, "count")
    assert by_label[("Restaurants open at end of period", "2006-10-01", 3)] == (131, "count")
    assert by_label[("Average weekly sales per restaurant", "2007-10-07", 3)] == (50_012, "per_share")
    assert by_label[("Diluted weighted average shares", "2007-10-07", 3)] == (10_105_000, "shares")


def test_employees_counted_under_a_note_excepting_them_are_read_as_printed() -> None:
    """Round 224's broker-dealer "(in thousands, except per share amounts and employees)": 3,415 employees at
    March 31, 2018, not 3.4 million; its total assets are in thousands all the same."""
    path = FIXTURES / "layouts" / "equity_named_by_the_company_in_selected_financial_condition_data.htm"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    by_label = {(row.label, str(row.period_end)[:10]): (row.value, row.kind) for row in frame.itertuples()}
    assert by_label[("Total employees", "2018-03-31")] == (3_415, "count")
    assert by_label[("Total employees", "2017-12-31")] == (3_362, "count")
    assert by_label[("Total assets", "2018-03-31")] == (8_415_230_000, "amount")


def test_operating_statistics_in_a_statement_are_read_as_printed() -> None:
    """Round 126's hospital operator (invented), "(In thousands, except share and per share data)": the
    statistics under "Supplemental Information:" after the per-share lines are 118,405 admissions, a stay of
    4.6 days and 11,918 licensed beds, not $118 million, 4,600 and $11.9 million."""
    path = FIXTURES / "scale" / "hospital_statistics_under_a_supplemental_heading_in_the_statement.htm"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    by_label = {(row.label, str(row.period_end)[:10]): (row.value, row.kind) for row in frame.itertuples()}
    assert by_label[("Admissions", "2022-09-30")] == (118_405, "count")
    assert by_label[("Average length of stay (days)", "2021-09-30")] == (4.7, "count")
    assert by_label[("Licensed beds at end of period", "2022-09-30")] == (11_918, "count")
    assert by_label[("Provision for income taxes", "2022-09-30")] == (76_417_000, "amount")


def test_a_retailers_operating_data_keep_their_own_units() -> None:
    """Round 129's retailer (invented), "(in thousands, except per share amounts)" over its statement of
    operations and the "Operating Data:" under it: 214 stores and 3,905 employees as printed, 1,187 thousand
    square feet by the line's own unit, $61 of sales a square foot, 3.8% comparable sales."""
    path = FIXTURES / "layouts" / "operating_data_inside_a_statement_of_operations_in_thousands.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    by_label = {(row.label, str(row.period_end)[:10], row.months): (row.value, row.kind)
                for row in frame.itertuples()}
    assert by_label[("Stores open at end of period", "1998-10-31", 3)] == (214, "count")  # no balance: round 653
    assert by_label[("Number of employees", "1997-11-01", 9)] == (3_412, "count")
    assert by_label[("Gross square footage (in thousands)", "1998-10-31", 3)] == (1_187_000, "count")
    assert by_label[("Sales per square foot (2)", "1998-10-31", 9)] == (171, "per_share")
    assert by_label[("Comparable store sales increase", "1998-10-31", 3)] == (3.8, "percent")


def test_a_backlog_is_money_under_a_statistics_heading_dollar_sign_or_not() -> None:
    """Round 133's defence contractor (invented), "(in thousands, except per share data)": under "Key
    operating metrics:", "Funded backlog at end of period 412,905" prints no "$" and is still $412.9 million."""
    path = FIXTURES / "layouts" / "a_backlog_without_its_dollar_sign_under_key_operating_metrics.htm"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    by_label = {(row.label, str(row.period_end)[:10]): (row.value, row.kind) for row in frame.itertuples()}
    assert by_label[("Funded backlog at end of period", "2008-06-30")] == (412_905_000, "amount")
    assert by_label[("Funded backlog at end of period", "2007-06-30")] == (368_118_000, "amount")


@pytest.mark.parametrize(("line", "kind"), [
    # column dates ending in what looks like numbers: a header
    ("                                        June 30,     December 31,", LineKind.TEXT),
    ("Selected Balance Sheet Information:     June 30, 2019     December 31, 2018", LineKind.TEXT),
    # a row naming dates in a long label, its small figures no days (Exagen's common stock, 24 and 23)
    ("Common stock, $0.001 par value; 200,000,000 shares authorized; 24,193,101 and 22,911,575 shares issued "
     "and outstanding as of June 30, 2026 and December 31, 2025, respectively          24          23",
     LineKind.DATA),
])
def test_small_figures_after_dates_are_a_row_only_after_a_long_label(line: str, kind: LineKind) -> None:
    assert classify(1, line).kind is kind


@pytest.mark.parametrize(("label", "keys"), [
    ("Weighted-average common shares and potential common shares outstanding (000) (b)", ("shares_diluted",)),
    ("Weighted average dilutive shares", ("shares_diluted",)),
    ("Weighted-average common shares outstanding (000)", ("shares_basic", "shares_diluted")),
    # APB 15's two counts under one heading (round 226's 1996 producer): "Primary" is the basic one
    ("Weighted average common and common equivalent shares outstanding: Primary", ("shares_basic",)),
    ("Weighted average common and common equivalent shares outstanding: Fully diluted", ("shares_diluted",)),
    ("Weighted average common and common equivalent shares outstanding", ("shares_diluted",)),
    # round 586: a bank's second count after its basic "Average common shares", and its basis before "average"
    ("Average common shares outstanding and equivalents", ("shares_diluted",)),
    ("Diluted average common shares", ("shares_diluted",)), ("Average basic shares", ("shares_basic",)),
])
def test_which_count_a_share_line_is(label: str, keys: tuple[str, ...]) -> None:
    """KeyCorp's "common shares and potential common shares" (round 83) is the diluted count; a count naming
    neither serves both until the arithmetic says otherwise (core.statements.share_counts)."""
    from core.vocabulary import basic_diluted

    assert basic_diluted(label, "shares") == keys


# Dates as a spreadsheet prints them, in the column headers of tables pasted from one (round 96's scrape).
@pytest.mark.parametrize(("text", "spelled"), [
    ("September 30, 31-Dec 2024 2023", "September 30, December 31, 2024 2023"),
    ("30-Sep September 30, 2024 2023", "September 30, September 30, 2024 2023"),
    ("30-Sep-24 31-Dec-2023", "September 30, 2024 December 31, 2023"),
    # written day first, as most of the world writes a date (round 143): its day, not the month's end
    ("For the 13 weeks ended 1 October 2011 and 2 October 2010",
     "For the 13 weeks ended October 1, 2011 and October 2, 2010"),
    ("31 Dec. 2009", "December 31, 2009"), ("13 weeks", "13 weeks"), ("2011 13 Weeks", "2011 13 Weeks"),
    ("1-Sept", "September 1,"),
    ("Form 10-K", "Form 10-K"), ("32-Dec", "32-Dec"), ("COVID-19", "COVID-19"), ("Q3-2024", "Q3-2024"),
    ("30-Sep-98", "September 30, 1998"),  # a two-digit year of the last century
    # a month and its year ("mmm-yy"), as a 2001 release's headers were pasted (round 112)
    ("3 Mos. Ended Jun-01", "3 Mos. Ended June 2001"), ("Dec-00   Dec-1999", "December 2000   December 1999"),
    ("Jun-01-02", "Jun-01-02"), ("Mar-2024-Q1", "Mar-2024-Q1"),
])
def test_a_spreadsheets_day_and_month(text: str, spelled: str) -> None:
    from core.vocabulary import spelled_day_month

    assert spelled_day_month(text) == spelled


# (a column's header, the quarter it numbers, with or without a year; None for none or several)
QUARTER_NUMBERS = [("Fiscal 1998 Second Quarter", 2), ("First Quarter", 1), ("Q3", 3), ("3Q13", 3),
                   ("4th Qtr 2019", 4), ("Three Months Ended March 31, 1998", None), ("Q2 vs Q1", None),
                   # a spanning "Fiscal 1997 Quarter" over each column's ordinal, read down the column (round 686)
                   ("Fiscal 1997 Quarter First", 1), ("Fiscal 1995 Quarter Fourth", 4),
                   # plural, or saying the quarters ended (round 737)
                   ("2006 Quarters Second", 2), ("Fiscal 2006 Quarters Ended Third", 3),
                   ("2006 Quarter Ended Fourth", 4), ("Quarters Ending 1st 2019", 1)]


@pytest.mark.parametrize(("text", "number"), QUARTER_NUMBERS, ids=[t for t, _ in QUARTER_NUMBERS])
def test_the_quarter_a_header_numbers(text: str, number: int | None) -> None:
    from core.tables.period_headers import quarter_number

    assert quarter_number(text) == number


# (a column's header read down from a spanning "quarter(s)" over its ordinal, the part of a year it names)
QUARTERS_OVER_ORDINALS = [("2006 Quarters First", (2006, 3, 3)), ("Fiscal 2006 Quarters Ended Fourth", (2006, 12, 3)),
                          ("2019 Quarter Third", (2019, 9, 3)), ("Quarter Ended Second 2018", (2018, 6, 3)),
                          ("Quarters Ended First", None), ("2006 Quarters First 2005", None)]


@pytest.mark.parametrize(("text", "part"), QUARTERS_OVER_ORDINALS, ids=[t for t, _ in QUARTERS_OVER_ORDINALS])
def test_a_quarter_over_its_ordinal_is_that_part_of_its_year(text: str, part: tuple[int, int, int] | None) -> None:
    from core.tables.period_headers import year_part

    found = year_part(text)
    assert (found.year, found.end_month, found.months) == part if found is not None else part is None


@pytest.mark.parametrize(("line", "header"), [
    ("                  First          Second           Third", True),  # over "Quarter  Quarter  Quarter"
    ("                  1st     2nd     3rd     4th", True),
    ("Our first, second and third priorities", False),  # ordinals in a sentence
])
def test_a_line_of_ordinals_over_the_columns_is_a_header(line: str, header: bool) -> None:
    from core.tables.lines import is_header_text

    assert is_header_text(line) is header


@pytest.mark.parametrize(("line", "values"), [
    # a negative typed in angle brackets, as some 1990s releases set it (round 112)
    ("Net income (loss)             $  <1,601>  $  3,800    $  <2,260>", ["-1601", "3800", "-2260"]),
    ("  Basic                       $   <0.05>  $   0.12", ["-0.05", "0.12"]),
    ("Provision (benefit) for taxes       <941>     2,232", ["-941", "2232"]),
    # a footnote's mark one space after the words is no cell
    ("Net sales <1>                    12,400      11,900", ["12400", "11900"]),
])
def test_a_figure_in_angle_brackets_is_a_negative(line: str, values: list[str]) -> None:
    from core.tables.lines import classify

    assert [str(cell.value) for cell in classify(1, line).cells] == values


# The period a sentence names is a comparison's when these words come before it in the sentence (real
# releases' phrasings; the last is the one reported).
COMPARISONS = [
    ("from $8.5 million, or $0.59 per diluted share, in the fourth quarter of fiscal 1998", True),
    ("compared with $3,918,455 for the second quarter of fiscal 1996", True),
    ("versus the third quarter of 2004", True),
    ("Net income for the fourth quarter (thirteen weeks) of fiscal 1999 rose to $11.4 million", False),
    ("Sales rose. The third quarter of fiscal 2005 included 13 weeks", False),
]


@pytest.mark.parametrize(("sentence", "compared"), COMPARISONS, ids=[s[:40] for s, _ in COMPARISONS])
def test_a_period_named_after_a_comparison_is_not_the_one_reported(sentence: str, compared: bool) -> None:
    from core.vocabulary import is_compared

    at = sentence.rfind("the ", 0, sentence.lower().rindex("quarter"))
    assert is_compared(sentence, at) is compared


# Labels of the pre-tax result, and of earnings before interest and taxes (EBIT), which is none (round 118).
PRETAX_LABELS = [
    ("Earnings before income taxes", "income_before_taxes"),
    ("Income before income taxes and minority interest", "income_before_taxes"),
    ("Earnings before minority interest and income taxes", "income_before_taxes"),
    ("Earnings before interest expense and income taxes", None),
    ("Earnings before interest and taxes", None),
]


@pytest.mark.parametrize(("label", "concept"), PRETAX_LABELS, ids=[label for label, _ in PRETAX_LABELS])
def test_ebit_is_no_pretax_result(label: str, concept: str | None) -> None:
    from core.vocabulary import match_concept

    assert match_concept(label.lower()) == concept


def test_a_rate_named_so_in_whole_dollars_under_a_note_of_thousands_is_in_dollars() -> None:
    """A trucker's "Average revenue per tractor per week (excluding fuel surcharge)   $3,412   $3,298 ..." under
    "OPERATING STATISTICS:", below a statement "(In thousands, except per share amounts)" (invented, round
    493): dollars a tractor a week, no thousands (3,412,000 had been printed). Its revenue is thousands:
    163,725 - 148,970 = 14,755, the operating income."""
    path = FIXTURES / "scale" / "average_revenue_per_tractor_in_whole_dollars_under_thousands.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    rows = {(row.label, str(row.period_end)[:10], row.months): (row.value, row.kind) for row in frame.itertuples()}
    label = "Average revenue per tractor per week (excluding fuel surcharge)"
    assert rows[(label, "2005-09-30", 3)] == (3_412, "per_share")
    assert rows[(label, "2004-09-30", 9)] == (3_261, "per_share")
    assert rows[("Total operating revenues", "2005-09-30", 3)] == (163_725_000, "amount")


def test_a_stores_statistics_in_whole_dollars_under_a_note_of_thousands_are_in_dollars() -> None:
    """A retailer's "Sales per square foot (trailing twelve months)  $  412" and "Average transaction  $  38"
    among its operating statistics, under a statement "(In thousands, except per share amounts)" (invented):
    dollars a square foot and a sale (the average transaction had been printed as 38,000). Its net sales are
    thousands: 118,412 - 74,806 = 43,606 gross profit; 43,606 - 36,194 = 7,412 operating income; 7,412 -
    406 = 7,006; 7,006 - 2,662 = 4,344 net income."""
    path = FIXTURES / "scale" / "store_statistics_in_whole_dollars_under_thousands.txt"
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    rows = {(row.label, str(row.period_end)[:10]): (row.value, row.kind) for row in frame.itertuples()}
    assert rows[("Sales per square foot (trailing twelve months)", "2008-05-03")] == (412, "per_share")
    assert rows[("Average transaction", "2007-05-04")] == (36, "per_share")
    assert rows[("Stores open at end of period", "2007-05-04")] == (131, "count")
    assert rows[("Net income", "2008-05-03")] == (4_344_000, "amount")


@pytest.mark.parametrize(("name", "label", "period", "expected"), [
    # "Average revenue per subscriber ($)": the line names dollars as its unit; "Headcount at period end": a count
    ("statistics_under_supplementary_information_in_thousands.txt", "Average revenue per subscriber ($)",
     "2007-03-31", (52.18, "per_share")),
    ("statistics_under_supplementary_information_in_thousands.txt", "Headcount at period end", "2006-03-31",
     (3_305, "count")),
    ("statistics_under_supplementary_information_in_thousands.txt", "Net income", "2007-03-31",
     (21_977_000, "amount")),  # 118,412 - 96,435, in thousands
    # a price printed to the cent beside its own "$" cell, among key performance indicators
    ("average_selling_price_with_its_dollar_cell_among_key_indicators.htm", "Average selling price ($)",
     "2006-03-31", (154.75, "per_share")),
    ("average_selling_price_with_its_dollar_cell_among_key_indicators.htm", "Net sales", "2007-03-31",
     (118_412_000, "amount")),
    # round 138: people counted under "Store data:" in a statement in millions; cases in their own thousands
    ("associates_under_store_data_in_millions.htm", "Associates at quarter end", "2019-12-31", (3_412, "count")),
    ("cases_shipped_in_their_own_thousands_in_capitals.txt", "CASES SHIPPED (000S)", "2018-12-31",
     (3_205_000, "count")),
])
def test_a_statistic_under_a_note_of_thousands_keeps_the_unit_it_is_printed_in(
        name: str, label: str, period: str, expected: tuple[float, str]) -> None:
    """Round 135 (invented releases): statistics among a statement in thousands, read as printed."""
    path = FIXTURES / "scale" / name
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    by_label = {(row.label, str(row.period_end)[:10]): (row.value, row.kind) for row in frame.itertuples()}
    assert by_label[(label, period)] == expected


GROSS_TO_NET = """\
                     ACME CORP.
        CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
           (in thousands, except per share data)

                                        Three Months Ended
                                            March 31,
                                         2004        2003
                                       --------    --------
{gross:<39}$ 10,500    $  9,800
{between:<39}   500         300
                                       --------    --------
Net revenues                             10,000       9,500
Cost of revenues                          6,000       5,900
Selling, general and administrative       2,000       1,900
                                       --------    --------
Operating income                          2,000       1,700
Income taxes                                800         680
                                       --------    --------
Net income                             $  1,200    $  1,020
                                       ========    ========
"""


@pytest.mark.parametrize(("gross", "between", "revenue"), [
    # deductions from the price: the net line is the revenue
    ("Gross revenues", "Less: returns and allowances", "Net revenues"),
    ("Gross sales", "Sales discounts", "Net revenues"),
    ("Revenues", "Excise taxes", "Net revenues"),
    # a cost of earning it (a freight broker's carriers, round 322): the gross line is the revenue
    ("Gross revenues", "Purchased transportation", "Gross revenues"),
    ("Total gross revenues", "Cost of purchased services", "Total gross revenues"),
])
def test_gross_or_net_revenue_by_what_stands_between(gross: str, between: str, revenue: str) -> None:
    text = GROSS_TO_NET.format(gross=gross, between=between)
    frame = core.facts_frame(core.parse_release(text.encode(), "gross.txt"))
    assert set(frame[frame["concept"] == "revenue"]["label"]) == {revenue}


@pytest.mark.parametrize(("label", "concept"), [
    # Round 458: a bank's cash flow ends "Cash and due from banks at beginning of period" / "... at end of period"
    ("Cash and due from banks at beginning of period", None),
    ("Cash and due from banks", "cash_and_equivalents"),
    ("Cash and amounts due from depository institutions", "cash_and_equivalents"),  # a thrift's (round 503)
])
def test_a_banks_cash_at_the_periods_beginning_is_no_cash_at_its_end(label: str, concept: str | None) -> None:
    """The opening balance had taken the concept of the cash at the period's end (149,971 thousand printed as
    the June 30, 2004 cash); now neither line of the cash flow claims it, and the balance sheet's does."""
    from core.vocabulary import match_concept

    assert match_concept(label) == concept


# Lines printed beside a statement's cost of revenue, each from a real release: whether it is another cost of what
# the company sells (a gross margin takes it off too, UI-40)
OTHER_COSTS_OF_REVENUE = [
    ("Program Production Cost Amortization", True),  # Hasbro, Q1 2020: its acquired studio's cost of revenue
    ("Cost of services", True),  # beside "Cost of products" under "Total cost of revenue" (year_caption_... fixture)
    ("Cost of service and supplies", True),  # beside "Cost of product sales" (narrative_comparison_... fixture)
    ("Cost of product sales", True),
    ("Royalties", False),  # Hasbro's licensors' share; a biotech's royalty income
    ("Amortization of Intangibles", False),  # Hasbro
    ("Interest expense of Financial Products", False),  # Caterpillar, Q1 2022
    ("Royalty and license revenue", False),  # a revenue line
    ("Cost of Sales", False),  # the cost of revenue itself
    ("Total cost of revenue", False),
]


@pytest.mark.parametrize(("label", "other"), OTHER_COSTS_OF_REVENUE, ids=[label for label, _ in OTHER_COSTS_OF_REVENUE])
def test_another_cost_of_revenue_by_its_words(label: str, other: bool) -> None:
    from core.vocabulary import OTHER_COST_OF_REVENUE, normalise_label

    assert bool(OTHER_COST_OF_REVENUE.search(normalise_label(label))) is other


# Cost lines from real releases: whether each is a cost of sales, of goods sold, where the revenue also holds
# revenue of another kind (metrics._sales_the_cost_is_of)
COSTS_OF_SALES = [
    ("Cost of sales, buying and occupancy", True),  # Sears, Q2 2004
    ("Cost of goods sold", True),  # Caterpillar, Q1 2022
    ("Cost of products sold", True),
    ("Cost of revenue", False),
    ("Cost of services", False),
    ("Cost of goods manufactured and sold", False),  # Alkermes: its manufacturing revenue's cost too
]


@pytest.mark.parametrize(("label", "of_sales"), COSTS_OF_SALES, ids=[label for label, _ in COSTS_OF_SALES])
def test_a_cost_of_sales_by_its_words(label: str, of_sales: bool) -> None:
    from core.vocabulary import COST_OF_SALES_WORDS

    assert bool(COST_OF_SALES_WORDS.search(label)) is of_sales


# Headings over groups of columns printing the same periods: whether each may name whose figures the group holds
# (core.tables.headers.names_a_column_group, round 694), or says what they measure.
GROUP_HEADINGS = [
    ("Prairie Basin Electric", True),  # round 694's two registrants, the subsidiary's group first
    ("CASCADE POWER & LIGHT COMPANY", True),
    ("Alabama Power", True),
    ("Total", False),
    ("% Change", False),
    ("Consolidated", False),
    ("Non-GAAP", False),
    ("As Reported", False),
    ("Pro Forma", False),
    ("Budget", False),
    ("Three Months Ended", False),
    ("U.S. Dollars", False),
    ("2012", False),
]


@pytest.mark.parametrize(("heading", "names"), GROUP_HEADINGS, ids=[heading for heading, _ in GROUP_HEADINGS])
def test_a_heading_over_a_group_of_columns_that_may_name_an_entity(heading: str, names: bool) -> None:
    from core.tables.headers import names_a_column_group

    assert names_a_column_group(heading) is names


def _facts(name: str) -> dict[tuple[object, str, object], tuple[object, object]]:
    """The facts of a fixture under tests/fixtures/scale by concept, period end and length: value and status."""
    path = FIXTURES / "scale" / name
    frame = core.facts_frame(core.parse_release(path.read_bytes(), path.name))
    return {(row.concept, str(row.period_end)[:10], row.months): (row.value, row.verified)
            for row in frame.itertuples()}


def test_a_currency_code_run_into_its_thousands_scales_the_statement() -> None:
    """"(In EUR'000s, except share and per share data)" in the title cell: thousands of euros, the counts
    whole. Revenue 84,250 - cost of sales 12,110 = gross profit 72,140; 72,140 - 41,520 - 27,300 = operating
    profit 3,320; + 2,180 - 1,050 = 4,450 before tax; - 850 = 3,600; EUR 0.08 x 45,000,000 shares = 3,600,000.
    It had been read in units, every amount a thousand times too small and verified (round 708)."""
    facts = _facts("statement_in_eur_thousands_noted_by_a_currency_code.md")
    assert facts[("revenue", "2024-12-31", 3)] == (84_250_000, "verified")
    assert facts[("revenue", "2023-12-31", 12)] == (256_880_000, "verified")
    assert facts[("operating_income", "2023-12-31", 12)] == (-29_240_000, "verified")
    assert facts[("net_income", "2024-12-31", 3)] == (3_600_000, "verified")
    assert facts[("net_income", "2023-12-31", 12)] == (-29_000_000, "verified")
    assert facts[("shares_basic", "2024-12-31", 3)] == (45_000_000, "verified")
    assert facts[("eps_basic", "2024-12-31", 3)] == (0.08, "verified")


def test_a_dollar_sign_in_the_label_cell_of_the_years_row_leaves_the_periods_read() -> None:
    """"UNAUDITED (thousands of Canadian $ except per share amounts)" beside the years: its "$" had been
    taken for a sign heading a column, the label split and the row of years read as figures; the statement
    was skipped for want of a period header (round 708). Revenue 18,400 - 3,600 = gross profit 14,800;
    3,100 + 4,200 + 2,500 = 9,800; 14,800 - 9,800 = operating profit 5,000; + 300 = 5,300; - 1,400 = 3,900."""
    facts = _facts("years_row_under_a_unit_note_naming_canadian_dollars_by_sign.md")
    assert facts[("revenue", "2024-12-31", 3)] == (18_400_000, "verified")
    assert facts[("revenue", "2023-12-31", 9)] == (49_200_000, "verified")
    assert facts[("total_operating_expenses", "2024-12-31", 9)] == (28_900_000, "verified")
    assert facts[("operating_income", "2023-12-31", 3)] == (4_400_000, "verified")
    assert facts[("net_income", "2024-12-31", 9)] == (11_100_000, "verified")
    assert facts[("eps_diluted", "2023-12-31", 9)][0] == 0.12


def test_eps_a_thousand_times_the_net_result_without_a_note_holds_the_money_back() -> None:
    """No unit note, counts printed whole: $0.20 x 21,500,000 = 4,300,000, a thousand times the printed net
    income of 4,300 (and $0.15 x 21,300,000 = 3,195,000 against 3,200 within the cent's rounding). A count printed
    whole is never too many shares: the money is in thousands, its note lost. Its amounts had been printed as
    verified in dollars (36,800 of revenue), the EPS check blaming the share count's unit (round 708)."""
    path = FIXTURES / "scale" / "statement_without_a_note_whose_eps_says_thousands.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    facts = _facts(path.name)
    for concept in ("revenue", "gross_profit", "operating_income", "net_income"):
        for end in ("2024-12-31", "2023-12-31"):
            assert facts[(concept, end, 3)][1] == "failed", concept
    assert facts[("revenue", "2024-12-31", 3)][0] == 36_800
    said = [warning.message for warning in release.warnings]
    assert any("scale of CONSOLIDATED STATEMENTS OF OPERATIONS is in doubt" in m and "thousands" in m for m in said)
    assert not any("in dollars" in m for m in said)
    assert not any("share count's unit" in m for m in said)


def test_a_statement_read_without_a_scale_is_said_to_be_in_its_own_currency() -> None:
    """The euro statement with its note's zeros gone ("(In EUR, except share and per share data)") and no EPS to
    decide: read as printed and said so, in euros; the warning had said "in dollars" of a statement headed EUR
    (round 708)."""
    path = FIXTURES / "scale" / "statement_in_eur_thousands_noted_by_a_currency_code.md"
    text = path.read_text(encoding="utf-8").replace("(In EUR'000s,", "(In EUR,")
    text = "\n".join(line for line in text.splitlines() if "per share |" not in line and "Number of shares" not in line)
    release = core.parse_release(text.encode(), path.name)
    said = [warning.message for warning in release.warnings if "prints no unit note" in warning.message]
    assert said and all("read as printed, in EUR (the largest 302,610)" in message for message in said)


def test_a_currency_code_before_a_short_scale_scales_the_statements() -> None:
    """"(in EUR m, except per share data)" over the income statement and "EUR m" in the balance sheet's corner
    cell: euro millions. Revenue 642 - cost of sales 371 = gross profit 271; 271 - 104 - 47 - 58 = operating profit
    62; - 8 = 54 before tax; - 16 = 38; EUR 0.95 x 40.0 million shares = 38 million. Nine months: 1,874 - 1,092 =
    782; 782 - 306 - 139 - 167 = 170; - 23 = 147; - 43 = 104 = 2.60 x 40.0. Balance sheet: 412 + 506 + 623 = 1,541;
    + 934 + 287 = 2,762 = 562 + 650 + 1,550. Both notes had been read as none, every figure printed in units
    (round 729: "(EUR million)", "(SEK m)")."""
    name = "statements_in_eur_millions_noted_by_a_code_and_a_short_scale.txt"
    facts = _facts(name)
    assert facts[("revenue", "2025-09-30", 3)] == (642_000_000, "verified")
    assert facts[("revenue", "2024-09-30", 9)] == (1_731_000_000, "verified")
    assert facts[("operating_income", "2025-09-30", 9)] == (170_000_000, "verified")
    assert facts[("net_income", "2025-09-30", 3)] == (38_000_000, "verified")
    assert facts[("net_income", "2024-09-30", 9)] == (76_000_000, "verified")
    assert facts[("shares_basic", "2025-09-30", 3)] == (40_000_000, "verified")
    balance = {(concept, end): (value, verified) for (concept, end, _), (value, verified) in facts.items()
               if concept in ("total_assets", "total_liabilities", "stockholders_equity")}
    assert balance[("total_assets", "2025-09-30")] == (2_762_000_000, "verified")
    assert balance[("total_liabilities", "2024-12-31")] == (1_227_000_000, "verified")
    assert balance[("stockholders_equity", "2024-12-31")] == (1_429_000_000, "verified")
    path = FIXTURES / "scale" / name
    release = core.parse_release(path.read_bytes(), path.name)
    assert [(s.kind, s.scale, statement_currency(s)) for s in release.statements] == [
        ("operations", 1_000_000, "EUR"), ("balance", 1_000_000, "EUR")]
    assert not any("unit note" in warning.message for warning in release.warnings)


def test_a_scale_letter_glued_before_the_currency_code_scales_the_statement() -> None:
    """"(kSEK)" over the columns: thousands of kronor, the statement's currency SEK. Net sales 84,310 - 51,220 =
    gross profit 33,090; - 24,610 = operating profit 8,480; - 730 = 7,750 before tax; - 1,710 = 6,040 (Q2 2024:
    79,925 - 49,105 = 30,820; - 23,480 = 7,340; - 640 = 6,700; - 1,480 = 5,220). Read as no note before (round
    729: "(TEUR)", "(kSEK)", "(MSEK)")."""
    name = "statement_in_thousands_of_kronor_noted_kSEK.txt"
    facts = _facts(name)
    assert facts[("revenue", "2025-06-30", 3)] == (84_310_000, "verified")
    assert facts[("gross_profit", "2024-06-30", 3)] == (30_820_000, "verified")
    assert facts[("operating_income", "2025-06-30", 3)] == (8_480_000, "verified")
    assert facts[("net_income", "2024-06-30", 3)] == (5_220_000, "verified")
    path = FIXTURES / "scale" / name
    release = core.parse_release(path.read_bytes(), path.name)
    assert [(s.scale, statement_currency(s)) for s in release.statements] == [(1_000, "SEK")]
