"""Every column of figures in a statement becomes its own period, or a warning names it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.analysis.cash import burn_estimates
from core.errors import ReleaseParseError
from core.model import Diagnostic, SourceSpan
from core.statements import columns
from core.tables.numbers import parse_number
from core.tables.period_headers import paired_lengths, read_header
from core.tables.raw import RawRow, mostly_percent
from core.vocabulary import TRAILING_YEAR

FIXTURES = Path(__file__).parent / "fixtures" / "columns"


def test_a_column_repeating_another_columns_period_is_named_not_merged() -> None:
    release = core.parse_release((FIXTURES / "repeated_period.txt").read_bytes(), "repeated_period.txt")
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2004-06-30", "3M 2003-06-30"]
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(1_000_000), Decimal(900_000))
    assert release.warnings == (Diagnostic(
        "column 2 ('Three months ended June 30, 2004') was not read: it repeats the period of column 1",
        span=SourceSpan(1, 10), table="CONDENSED STATEMENTS OF OPERATIONS"),)


def test_sears_reads_four_columns_from_two_spanning_phrases_of_two_dates() -> None:
    gold = Path(__file__).parent / "fixtures" / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
    release = core.parse_release(gold.read_bytes(), gold.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2004-07-03", "3M 2003-06-28", "6M 2004-07-03",
                                                   "6M 2003-06-28"]
    assert operations.unit.strip().startswith("(millions, except earnings per")
    assert not any("was not read" in w.message for w in release.warnings)


def test_a_cash_flow_column_dated_as_the_quarter_is_held_back() -> None:
    """Oshkosh's six-month cash flow with its header changed to "Three Months Ended": net income 144.3
    there is not the quarter's 68.6, so the column's period is in doubt and none of its figures is sure. The
    failure quotes the quarter's net result as expected, not the result line that came nearest (income
    before taxes, 107.1, had been quoted: round 317)."""
    source = FIXTURES / "oshkosh_q2-fy2020_cash_flow_dated_as_a_quarter.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    failed = [c for c in release.checks if c.name == "cash flow starts from the net result" and not c.passed]
    # Net income 144.3 and 237.5 (six months) match no result line of the quarter (68.6 and 128.5 net).
    assert [(c.period, c.found) for c in failed] == [("3M 2020-03-31", Decimal("144.3") * 1_000_000),
                                                     ("3M 2019-03-31", Decimal("237.5") * 1_000_000)]
    assert [c.expected for c in failed] == [Decimal("68.6") * 1_000_000, Decimal("128.5") * 1_000_000]
    frame = core.facts_frame(release)
    cash_flow = frame[frame["statement"] == "cash_flow"]
    assert set(cash_flow["verified"]) == {"failed"}


def test_the_true_six_month_cash_flow_starts_from_the_six_month_net_income() -> None:
    source = Path(__file__).parent / "fixtures" / "text" / "oshkosh_q2-fy2020_w3m.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    starts = [c for c in release.checks if c.name == "cash flow starts from the net result"]
    assert [(c.period, c.found, c.passed) for c in starts] == [
        ("6M 2020-03-31", Decimal("144.3") * 1_000_000, True), ("6M 2019-03-31", Decimal("237.5") * 1_000_000, True)]


def test_a_year_to_date_headed_longer_than_the_quarters_so_far_is_said_so() -> None:
    """Sears's second-quarter release with "For the 26" changed to "For the 39" (weeks)."""
    source = FIXTURES / "sears_q2-2004_year_to_date_headed_39_weeks.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    assert [str(w) for w in release.warnings if "is headed" in w.message] == [
        "column 'For the 39 Weeks Ended July 3, 2004 and June 28, 2003 2004' is headed 9 months, but the release "
        "reports quarter 2: its year to date is 6 months (at lines 190-261, table 'CONSOLIDATED INCOME')"]


# Sears's header with the count spelt out: "For the three" over "months ended", then both dates.
SPELT_OUT_SPANNING = """\
                    CONSOLIDATED STATEMENTS OF OPERATIONS

                                           For the three          For the six
                                           months ended           months ended
                                       October 31, 1996 and   October 31, 1996 and
                                         October 31, 1995       October 31, 1995
                                          1996       1995        1996       1995

     Total revenues                      $ 654    $ 2,866      $1,300    $ 5,100
     Net loss                           $ (37)    $   (64)     $  (80)   $  (120)
"""


def test_a_spelt_out_count_wrapped_above_its_unit_starts_the_header() -> None:
    release = core.parse_release(SPELT_OUT_SPANNING.encode(), "spelt_out.txt")
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 1996-10-31", "3M 1995-10-31", "6M 1996-10-31",
                                                   "6M 1995-10-31"]


def test_durations_run_together_give_no_column_their_first_length() -> None:
    """"Fourteen Weeks  Thirteen Weeks Fifty-Three WeeksFifty-Two Weeks" over "Ended / Dec. 30, 2023 | Dec. 31,
    2022 | Dec. 30, 2023 | Dec. 31, 2022": the last three headers run together, so each of those columns reads
    three lengths, and none is its own. The release had been refused; the title-case line had been taken for
    prose. Now no column takes the first length it names: the first pair is the quarter (its "Fourteen
    Weeks"), and the dates repeated beside it are the fiscal year the narrative reports ("fourth quarter and
    fiscal year ended December 30, 2023"): net sales 612,300 and 548,200, then 2,231,900 and 2,048,700."""
    source = FIXTURES / "week_durations_run_together.txt"
    operations = core.parse_release(source.read_bytes(), source.name).statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2023-12-30", "3M 2022-12-31", "12M 2023-12-30",
                                                   "12M 2022-12-31"]
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(612_300_000), Decimal(548_200_000),
                                                      Decimal(2_231_900_000), Decimal(2_048_700_000))


def test_a_header_naming_two_lengths_names_none() -> None:
    assert read_header("Thirteen Weeks Fifty-Three WeeksFifty-Two Weeks Ended Dec. 31, 2022").months is None
    assert read_header("Three Months Ended Six Months Ended June 30, 2004").months is None
    assert read_header("Three Months Ended June 30, 2004 (13 weeks)").months == 3


def test_a_column_headed_year_to_date_alone_is_as_long_as_the_quarters_the_narrative_reports() -> None:
    """"Quarter Ended | Year to Date" over "2023 2022 2023 2022 / Sept. 30 Sept. 24 ...", and "the third
    quarter ended September 30, 2023" in the narrative: the year to date is nine months, not a repeat."""
    source = Path(__file__).parent / "fixtures" / "layouts" / "quarter_and_year_to_date_columns.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2023-09-30", "3M 2022-09-24", "9M 2023-09-30",
                                                   "9M 2022-09-24"]
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(143_200_000), Decimal(131_900_000),
                                                      Decimal(412_600_000), Decimal(381_400_000))
    assert not any("was not read" in w.message for w in release.warnings)


def test_a_title_naming_two_durations_gives_no_column_one_of_them() -> None:
    """"... STATEMENTS OF INCOME FOR THE THREE AND NINE MONTHS ENDED" over columns of dates only: the
    quarter's figures were printed as nine months'. Which column is which length the release does not
    say, so it is refused rather than guessed."""
    source = FIXTURES / "title_naming_three_and_nine_months.txt"
    with pytest.raises(ReleaseParseError, match="no column whose header says both when its period ended"):
        core.parse_release(source.read_bytes(), source.name)


@pytest.mark.parametrize(("line", "label", "figures"), [
    # Warrior Met Coal's balance sheet: a wrapped label ends its parenthesis with a date's year.
    ("      51,071,608 outstanding as of December 31, 2019)                 533            533",
     "51,071,608 outstanding as of December 31, 2019)", ["533", "533"]),
    ("      March 31, 2020 and December 31, 2019)                      (50,576)       (50,576)",
     "March 31, 2020 and December 31, 2019)", ["(50,576)", "(50,576)"]),
    # A line of column dates has no figures: its years stay cells, for the header reader.
    ("                March 31, 2020   December 31, 2019", "March 31, 2020   December 31,", ["2019"]),
])
def test_a_year_ending_a_date_in_the_label_is_no_figure(line: str, label: str, figures: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.text for c in cells]) == (label, figures)


@pytest.mark.parametrize(("line", "label", "figures", "values", "pence"), [
    # a British figure a share in pence, glued or a word apart: the figure read as printed, its mark kept in the
    # cell for the statement to turn it into pounds (`core.statements.units.printed_in_pence`)
    ("  Basic                  33.6p      30.0p", "Basic", ["33.6p", "30.0p"], ["33.6", "30.0"], [True, True]),
    ("  Basic             20.0 pence    17.7 pence", "Basic", ["20.0 pence", "17.7 pence"], ["20.0", "17.7"],
     [True, True]),
    ("  Loss per share         (4.1)p     2.0p", "Loss per share", ["(4.1)p", "2.0p"], ["-4.1", "2.0"], [True, True]),
    # ... but a plain figure is none
    ("Revenue                  412.0      398.5", "Revenue", ["412.0", "398.5"], ["412.0", "398.5"], [False, False]),
])
def test_a_figure_marked_in_pence_keeps_its_mark(line: str, label: str, figures: list[str], values: list[str],
                                                 pence: list[bool]) -> None:
    from core.tables.numbers import in_pence, split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.text for c in cells]) == (label, figures)
    assert [c.value for c in cells] == [Decimal(v) for v in values]
    assert [in_pence(c.text) for c in cells] == pence


@pytest.mark.parametrize(("line", "label", "figures"), [
    # Pell River (round 579, invented): the unit mark one space after the label's words is the label's
    ("Average shares outstanding (000)                31,406     31,922",
     "Average shares outstanding (000)", ["31,406", "31,922"]),
    ("Weighted average shares (000's)   31,406   31,922", "Weighted average shares (000's)", ["31,406", "31,922"]),
    # ... but a figure in parentheses one space after the words is a figure
    ("Interest expense (405)   (388)", "Interest expense", ["(405)", "(388)"]),
    # a school's operating data (round 577, invented): the day ends the label's date
    ("Total student enrollment at May 31     38,412   35,048", "Total student enrollment at May 31",
     ["38,412", "35,048"]),
    # ... but over years alone, a header's day stays a cell for the header reader
    ("Three Months Ended June 30    2011   2010", "Three Months Ended June", ["30", "2011", "2010"]),
])
def test_a_thousands_mark_or_a_day_ending_the_label_is_no_figure(line: str, label: str, figures: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.text for c in cells]) == (label, figures)


@pytest.mark.parametrize(("line", "label", "figures"), [
    # round 623 (invented): a note's number closing the label's parenthesis had been a column of its own,
    # taking the 2022 column's year and 4,000,000 printed as its income taxes
    ("Income taxes (Note 4)                                     103.4          88.3",
     "Income taxes (Note 4)", ["103.4", "88.3"]),
    ("Income taxes (see Note 12)     20,445     18,816", "Income taxes (see Note 12)", ["20,445", "18,816"]),
    # w3m at 80 columns wraps a label after a year inside its parenthesis: the year had been a line of years,
    # and broke the statement in two
    ("Income taxes (fiscal 2023", "Income taxes (fiscal 2023", []),
    # ... but a negative whose "(" stands apart from the words is the row's figure
    ("Net loss                    (       4)     (      12)", "Net loss", ["(4)", "(12)"]),
    ("Other (net of tax)   4)   12)", "Other (net of tax)", ["4)", "12)"]),
])
def test_a_notes_number_or_a_year_inside_the_labels_parenthesis_is_no_figure(line: str, label: str,
                                                                    figures: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.text for c in cells]) == (label, figures)


@pytest.mark.parametrize(("line", "label", "figures"), [
    # html2text without tables runs a row's first figure into its label (Buckle Q3 2024, round 60)
    ("Gross profit140,071 147,215 393,302 418,884", "Gross profit", ["140,071", "147,215", "393,302", "418,884"]),
    ("Revenues$1,234   1,100", "Revenues", ["$1,234", "1,100"]),
    ("NET INCOME$(2,553,259)   $ 224,793", "NET INCOME", ["$(2,553,259)", "$224,793"]),
    # a figure glued to no letter stays in the label's word
    ("Series A-1,000   1,000", "Series A-1,000", ["1,000"]),
])
def test_a_figure_run_into_the_label_is_the_rows_first(line: str, label: str, figures: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.text for c in cells]) == (label, figures)


@pytest.mark.parametrize(("line", "label", "figures"), [
    # A highlights table's change column (fixtures/edgar/choice, Dunmore's EX-99.1): "+2%" beside "-47%"; the
    # plus had left "Net sales 595.3 585.1 +2%" as the label, the quarter's figures with it.
    ("Net sales                            595.3    585.1      +2%  1,763.3  1,711.9", "Net sales",
     ["595.3", "585.1", "+2%", "1,763.3", "1,711.9"]),
    ("Gross margin     41.2%    40.1%    +1.1%", "Gross margin", ["41.2%", "40.1%", "+1.1%"]),
    # a plus before no percentage is no figure's sign: a telephone number's country code stays words
    ("Contact: Kari Nesset, CFO, +47 70 55 41 00", "Contact: Kari Nesset, CFO, +47", ["70", "55", "41", "00"]),
])
def test_a_change_columns_plus_before_a_percentage_is_its_sign(line: str, label: str, figures: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.text for c in cells]) == (label, figures)


@pytest.mark.parametrize(("word", "value"), [("US$(0.12)", "-0.12"), ("US$0.45", "0.45"), ("C$1,234", "1234"),
                                           ("$(56)", "-56"), ("(\u20ac7.5)", "-7.5"),
                                           # round 129: Mexican pesos, yuan, yen before their figures
                                           ("Ps.1,184,305", "1184305"), ("Ps. (2,412)", "-2412"),
                                           ("RMB 88", "88"), ("(RMB88)", "-88"), ("\u00a5 412", "412")])
def test_a_figure_with_its_dollars_country(word: str, value: str) -> None:
    """"Basic and diluted loss per share (US$)   US$(0.12)": the country before the dollar sign is no digit,
    and the figure is read (it had stayed in the label, and the share count under it was read as EPS)."""
    from core.tables.numbers import split_cells

    _, _, cells = split_cells(f"Basic and diluted     {word}")
    assert [c.value for c in cells] == [Decimal(value)]


@pytest.mark.parametrize(("line", "label", "values"), [
    # A PDF's text (cinderhill-style Donnelley tables printed by Chromium): the next cell's "$" flush
    # against the figure before it.
    ("Cash and cash equivalents      $      950,499$        907,376", "Cash and cash equivalents",
     ["950499", "907376"]),
    ("Net loss     $    (4,345,475)$     (3,000,125)", "Net loss", ["-4345475", "-3000125"]),
    # A "$" after words is no amount's: the label keeps it.
    ("Fees paid in A$", "Fees paid in A$", []),
])
def test_a_dollar_sign_glued_to_the_figure_before_opens_the_next_cell(line: str, label: str,
                                                                      values: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.value for c in cells]) == (label, [Decimal(v) for v in values])


@pytest.mark.parametrize(("line", "label", "values"), [
    # A negative's parenthesis run onto its currency sign, the figure a word apart (round 713: "($" had ended
    # the label and "634)" been read as a positive).
    ("Operating loss                    ($   634)   ($ 1,638)", "Operating loss", ["-634", "-1638"]),
    ("  Basic and diluted               ($  0.14)   ($  0.35)", "Basic and diluted", ["-0.14", "-0.35"]),
    ("($ 841)", "", ["-841"]),
    ("Net loss      (US$ 12.5)   (\u20ac 3.1)   (RMB 88)", "Net loss", ["-12.5", "-3.1", "-88"]),
    # ... and so a minus run onto the sign.
    ("Net loss      -$ 841      \u2212$ 1,285", "Net loss", ["-841", "-1285"]),
    # A figure closing a parenthesis whose opening was split off is never positive, as one whose ")" stands
    # a word apart is not.
    ("Other expense      841)      1,285 )", "Other expense", ["-841", "-1285"]),
    # A sign opening a negative at a line's end, nothing after it, is the label's.
    ("Amounts in thousands ($", "Amounts in thousands ($", []),
])
def test_a_negative_opened_by_a_parenthesis_run_onto_its_sign_is_one_cell(line: str, label: str,
                                                                          values: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.value for c in cells]) == (label, [Decimal(v) for v in values])


@pytest.mark.parametrize(("line", "label", "values"), [
    # A footnote's number one space after the words, a column gap before the figures: the label's mark.
    ("Net income (3)                                     $65,263      $67,971", "Net income (3)",
     ["65263", "67971"]),
    # A figure in parentheses a column gap after the words is a negative figure.
    ("Other expense          (3)        (5)", "Other expense", ["-3", "-5"]),
])
def test_a_footnote_number_right_after_the_words_is_no_figure(line: str, label: str, values: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.value for c in cells]) == (label, [Decimal(v) for v in values])


@pytest.mark.parametrize(("line", "values", "percents"), [
    # pdftotext ran each amount into its percent of revenue, and a percent into the next amount (round 697)
    ("Net sales      $61,250100.0% $48,705100.0%$172,940100.0%", ["61250", "100.0", "48705", "100.0", "172940",
                                                                  "100.0"], [False, True] * 3),
    ("Net income (loss)      $5,120 8.4%$(1,206) (2.5)%", ["5120", "8.4", "-1206", "-2.5"], [False, True] * 2),
    # no thousands group before it: where the amount ends no shape says, and the word is read as it was
    ("Other income      $5121.2%", ["5121.2"], [True]),
])
def test_an_amount_run_into_its_percent_is_two_cells(line: str, values: list[str], percents: list[bool]) -> None:
    from core.tables.numbers import split_cells

    _, _, cells = split_cells(line)
    assert ([c.value for c in cells], [c.is_percent for c in cells]) == ([Decimal(v) for v in values], percents)


def _rows_of(*rows: tuple[str, list[str]]) -> tuple[RawRow, ...]:
    from core.tables.numbers import split_cells

    read = []
    for number, (label, figures) in enumerate(rows):
        _, _, cells = split_cells(f"{label}     {'   '.join(figures)}")
        read.append(RawRow(label, tuple(cells), number, number, 0, "", False))
    return tuple(read)


def test_bare_tenths_proportional_to_the_amounts_beside_them_are_percents_of_a_whole() -> None:
    """Round 697: a percent-of-revenue column printed bare ("51.9"), its revenue line cut away or named in words
    no pattern knows, is each row's amount over one whole; a translation printed in grouped thousands, or a
    column of tenths not proportional to its neighbour, is no such column."""
    shares = _rows_of(("Gross profit", ["74,150", "51.9"]), ("Research and development", ["32,880", "23.0"]),
                      ("Selling, general and administrative", ["23,460", "16.4"]),
                      ("Total operating expenses", ["58,230", "40.7"]), ("Operating income", ["15,920", "11.1"]),
                      ("Net income", ["14,090", "9.9"]))
    assert mostly_percent(shares, 1) and not mostly_percent(shares, 0)
    translated = _rows_of(*((row.label, [cells[0].text, f"{round(cells[0].value / Decimal('6.83')):,}"])
                            for row in shares if (cells := row.cells)))
    assert not mostly_percent(translated, 1)
    unrelated = _rows_of(("Gross profit", ["74,150", "51.9"]), ("Research and development", ["32,880", "13.0"]),
                         ("Selling, general and administrative", ["23,460", "26.4"]),
                         ("Total operating expenses", ["58,230", "40.7"]), ("Operating income", ["15,920", "11.1"]),
                         ("Net income", ["14,090", "9.9"]))
    assert not mostly_percent(unrelated, 1)


def test_the_wire_services_dash_zero_is_a_cell() -> None:
    """"-0-" for zero (PR Newswire tables of the 1990s): a cell of its own, or the figures left of it
    would join the label and the row lose its columns."""
    from core.tables.numbers import split_cells

    label, _, cells = split_cells("FEDERAL FUNDS SOLD            312          -0-")
    assert label == "FEDERAL FUNDS SOLD"
    assert [(c.text, c.value, c.is_dash) for c in cells] == [("312", Decimal(312), False), ("-0-", Decimal(0), True)]


@pytest.mark.parametrize(("line", "label", "figures"), [
    # A minus sign hung after the figure, as old mainframe-printed reports set negatives.
    ("OTHER INCOME (EXPENSE), NET                     29,942-         -0-", "OTHER INCOME (EXPENSE), NET",
     ["-29942", "0"]),
    ("  Net loss per share                              .20-        .07", "Net loss per share", ["-0.20", "0.07"]),
    # "nil" for zero, as Commonwealth releases print it.
    ("Dividends paid                                            nil             nil", "Dividends paid", ["0", "0"]),
    # a change column's dash: no change ("\u2014%", "(\u2014)%"), a cell, or the row's figures join its label
    ("Loss from operations       (10.0)       (10.0)      \u2014%", "Loss from operations", ["-10.0", "-10.0", "0"]),
    ("Interest income              2.4          2.4      (\u2014)%", "Interest income", ["2.4", "2.4", "0"]),
    # A footnote's mark one space after a figure, in the middle of the row: no end of the figures.
    ("PROVISION FOR LOAN LOSSES               1,098 (a)       606         2,720 (a)     2,982",
     "PROVISION FOR LOAN LOSSES", ["1098", "606", "2720", "2982"]),
    ("  Net gain on sale of securities            -         1,105 *           -         2,212 *",
     "Net gain on sale of securities", ["0", "1105", "0", "2212"]),
    # A "*" standing in a column of its own says there is no figure; a "(a)" inside a label stays in it.
    ("Earnings per share    1.23     *", "Earnings per share", ["1.23", "0"]),
    ("Series (a) notes     1,000", "Series (a) notes", ["1000"]),
    # a footnote's number one space after the row's last figure; a column's own (1) stands a gap apart
    ("Net income ......  $   1,671    $   6,190 (1)", "Net income ......", ["1671", "6190"]),
    ("Other expense         12       (1)", "Other expense", ["12", "-1"]),
])
def test_figures_as_old_releases_mark_them(line: str, label: str, figures: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.value for c in cells]) == (label, [Decimal(f) for f in figures])


# A 52/53-week year's quarter columns headed "Q1 FY24" with no date: (columns' month ends, shifted to the
# fiscal calendar; the dates the release prints; the reported quarter) -> the dates given. The reported
# quarter ended Saturday, July 27, 2024.
WEEKS_CALENDAR = [
    # the one Saturday printed near each month: the balance sheet's year end, the cash flow's prior quarter
    ({1: date(2024, 4, 30), 2: date(2023, 7, 31)}, [date(2024, 4, 27), date(2023, 7, 29)], 1,
     {1: date(2024, 4, 27), 2: date(2023, 7, 29)}),
    # nothing printed a year before a first quarter: left undated (the fourth quarter before may be 14 weeks)
    ({2: date(2023, 7, 31)}, [date(2024, 4, 27)], 1, {}),
    # a date printed near the month but on another weekday is no fiscal week's end
    ({2: date(2023, 7, 31)}, [date(2023, 7, 31)], 1, {}),
    # two Saturdays a week apart near the month: either could be the end, so neither is taken
    ({2: date(2023, 7, 31)}, [date(2023, 7, 22), date(2023, 7, 29)], 1, {}),
    # the quarter before a second quarter is thirteen weeks long, printed or not
    ({1: date(2024, 4, 30)}, [], 2, {1: date(2024, 4, 27)}),
]


@pytest.mark.parametrize(("ends", "printed", "quarter", "dated"), WEEKS_CALENDAR)
def test_fiscal_quarter_columns_of_a_52_53_week_year_take_the_dates_the_release_prints(
        ends: dict[int, date], printed: list[date], quarter: int, dated: dict[int, date]) -> None:
    from core.statements.columns import _weeks_calendar

    assert _weeks_calendar({0: date(2024, 7, 31), **ends}, date(2024, 7, 27), printed, quarter) == {
        0: date(2024, 7, 27), **dated}


@pytest.mark.parametrize(("line", "label", "cells"), [
    # NVIDIA's summary (round 77): the margin's change in percentage points, the word after its figure.
    ("Gross margin                                   75.0%     73.4%     73.0%   1.6 pts   2.0 pts", "Gross margin",
     [("75.0%", True), ("73.4%", True), ("73.0%", True), ("1.6 pts", True), ("2.0 pts", True)]),
    ("Gross margin                                    71.1%      75.0%   (3.9) pts", "Gross margin",
     [("71.1%", True), ("75.0%", True), ("(3.9) pts", True)]),
    # Progressive's combined ratio (round 69): "pts." with its stop; a change in basis points (nVent).
    ("Combined ratio                      86.6     86.2   0.4   pts.", "Combined ratio",
     [("86.6", False), ("86.2", False), ("0.4 pts.", True)]),
    ("Adjusted ROS                15.6%            17.9%   -230 bps", "Adjusted ROS",
     [("15.6%", True), ("17.9%", True), ("-230 bps", True)]),
])
def test_a_change_in_points_is_a_cell_of_its_row_and_no_amount(line: str, label: str,
                                                               cells: list[tuple[str, bool]]) -> None:
    """The words "pts" and "bps" after a figure had ended the row's run of figures: the line became words,
    and ran into the next row's label ("Gross margin 75.0% ... 2.0 pts Operating expenses")."""
    from core.tables.numbers import split_cells

    found, _, read = split_cells(line)
    assert (found, [(c.text, c.is_percent) for c in read]) == (label, cells)


@pytest.mark.parametrize(("line", "label", "figures"), [
    # Salesforce's guidance (round 84): its "9% - 10%" had printed a zero for "Free cash flow growth"
    ("Free cash flow growth | N/A |  Approximately 9% - 10%", "Free cash flow growth | N/A |  Approximately 9% - 10%",
     []),
    ("Diluted net income per share    $7.85 - $7.93    $13.11 - $13.19",
     "Diluted net income per share    $7.85 - $7.93    $13.11 - $13.19", []),
    # a dash a column gap from its neighbours is a zero of its column
    ("Loss on extinguishment of debt          1,234     -      5", "Loss on extinguishment of debt",
     ["1,234", "-", "5"]),
])
def test_a_range_of_two_figures_is_words(line: str, label: str, figures: list[str]) -> None:
    from core.tables.numbers import split_cells

    found, _, cells = split_cells(line)
    assert (found, [c.text for c in cells]) == (label, figures)


def test_a_month_end_borrowed_for_a_leap_year_is_that_years_month_end() -> None:
    """"Year ended / February 28, 1997 and / February 29, 1996" over "1997 | 1996" as bare bars (found by the
    property test of bare tables): the 1996 column borrows the month's end, which in 1996 is the 29th."""
    text = (
        "CONDENSED STATEMENTS OF OPERATIONS\n(in thousands)\nYear\nended\nFebruary 28, 1997 and\nFebruary 29, 1996\n"
        "1997 | 1996\nRevenue | 1,204 | 1,016\nCost of revenue | 604 | 516\nGross profit | 600 | 500\n"
        "Net income (loss) | 40 | (1)\n"
    )
    operations = core.parse_release(text.encode(), "bars.txt").statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["12M 1997-02-28", "12M 1996-02-29"]


@pytest.mark.parametrize(("name", "said"), [
    ("convenience_translation_column_after_a_year_group.htm",
     "column 4 ('Convenience translation 2012 U.S. dollars in thousands') was not read: 'convenience translation': "
     "the same figures translated into another currency"),
    ("cumulative_inception_stacked.txt",
     "column 3 ('(August 12, 2001) through December 31, 2006') was not read: '2001) through december': a period from "
     "one day to another (a stub, or a total since some date), not a quarter or year as reported"),
])
def test_a_column_not_read_as_reported_is_said_for_what_it_holds(name: str, said: str) -> None:
    """Browser review of round 124: "'period from': not the period as the company reports it" told a reader
    nothing of a successor's two months or a total since inception."""
    path = FIXTURES.parent / "layouts" / name
    release = core.parse_release(path.read_bytes(), path.name)
    assert [w.message for w in release.warnings if "was not read" in w.message] == [said]


@pytest.mark.parametrize(("texts", "values"), [
    # a table grouping its thousands by full stops: each figure read whole, a figure a share left a fraction
    (["$84.512", "62.118", "805", "$1.012", "2.418", "$0.31"], ["84512", "62118", "805", "1012", "2418", "0.31"]),
    # one comma anywhere, or a full stop with other than three digits after it: figures as printed
    (["84.512", "62.118", "1,805", "1.012", "2.418"], ["84.512", "62.118", "1805", "1.012", "2.418"]),
    (["84.512", "62.118", "12.5", "1.012", "2.418"], ["84.512", "62.118", "12.5", "1.012", "2.418"]),
    # ... but a decimal comma is the European figure a share beside such thousands (round 135): "0,09"
    (["EUR 41.118", "33.905", "1.466", "1.153", "EUR 0,09", "(0,07)"], ["41118", "33905", "1466", "1153", "0.09",
                                                                       "-0.07"]),
])
def test_full_stops_group_thousands_only_where_the_whole_table_does(texts: list[str], values: list[str]) -> None:
    from core.tables.dot_thousands import with_dots_as_thousands
    from core.tables.numbers import Cell, parse_number
    from core.tables.raw import RawRow

    rows = [RawRow(f"Line {i}", (Cell(text, 0, len(text), len(text), parse_number(text)),), i, i, 0, "", False)
            for i, text in enumerate(texts)]
    read = with_dots_as_thousands(rows)
    assert [str(row.cells[0].value) for row in read] == values  # type: ignore[union-attr]


@pytest.mark.parametrize(("caption", "lengths"), [
    ("For the 13 and 39 weeks ended October 1, 2011 and October 2, 2010", (3, 9)),
    ("Thirteen and Twenty-Six Weeks Ended July 31, 1999 and August 1, 1998", (3, 6)),
    ("THREE AND NINE MONTHS ENDED SEPTEMBER 30, 2004 AND 2003", (3, 9)),
    ("For the Three & Twelve Months Ended December 31, 2019", (3, 12)),
    ("Quarters and Nine Months Ended September 27, 2008 and 2007", None),  # one count: no pair
    ("For the 14 and 40 weeks ended", (3, 9)),
    # a 53-week year's 14-week quarter and its 27-week half; a 16-12-12-12 calendar's 17-week first quarter
    ("Fourteen and Twenty-Seven Weeks Ended July 8, 2006", (3, 6)),
    ("For the Twelve and Twenty-Nine Weeks Ended", (3, 6)),
    ("For the 12 and 41 weeks ended", (3, 9)),
    ("5 and 7 months ended", None),  # no calendar's quarter or year to date
    ("Nine and Three Months Ended", None),  # the longer first: which column is which is not said
])
def test_a_caption_counts_out_two_lengths_with_one_unit(caption: str, lengths: tuple[int, int] | None) -> None:
    assert paired_lengths(caption) == lengths


def test_a_column_headed_year_to_date_under_a_caption_of_two_lengths_is_the_longer() -> None:
    """"Thirteen and Twenty-Six Weeks Ended July 31, 1999 and August 1, 1998" over "Quarter | Year-to-Date"
    and no sentence naming the quarter: the year to date is 26 weeks (it had been left unread), and the
    release reports the second quarter of its fiscal year (the calendar's third had been guessed)."""
    source = Path(__file__).parent / "fixtures" / "layouts" / "caption_of_two_counts_over_quarter_and_year_to_date.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 1999-07-31", "3M 1998-08-01", "6M 1999-07-31",
                                                   "6M 1998-08-01"]
    net_income = operations.item("net_income")
    assert net_income is not None and net_income.values == (Decimal(2_232_000), Decimal(1_703_000),
                                                             Decimal(3_686_000), Decimal(2_669_000))
    assert release.metadata.fiscal_period is not None and release.metadata.fiscal_period.quarter == 2
    assert not any("was not read" in w.message or "year to date is" in w.message for w in release.warnings)


@pytest.mark.parametrize(("header", "months", "end"), [
    # the British "to" before the day a period ends on, as "ended" is read (round 729: "Year to 31 December 2007"
    # beside "Six months to 30 June 2008" had named no length, and taken its neighbours' six months)
    ("Year to 31 December 2007", 12, (12, 31, 2007)),
    ("Year to December 31, 2007", 12, (12, 31, 2007)),
    ("Financial year to 31 March 2008", 12, (3, 31, 2008)),
    ("Year to 31.12.2007", 12, (12, 31, 2007)),
    ("Six months to 30 June 2008", 6, (6, 30, 2008)),
    ("Half year to 30 June 2008", 6, (6, 30, 2008)),
    ("52 weeks to 28 June 2008", 12, (6, 28, 2008)),
    ("Quarter to 30 September 2008", 3, (9, 30, 2008)),
    ("Nine months to 30 Sept 2008", 9, (9, 30, 2008)),
    ("Year ended 31 December 2007", 12, (12, 31, 2007)),
    # ... but a year to date is no year, nor a "to" before no day
    ("Year to date 2008", None, None),
    ("Year to Date December 31, 2007", None, (12, 31, 2007)),
    ("Year to", None, None),
])
def test_a_length_to_a_day_is_read_as_a_length_ended_on_it(header: str, months: int | None,
                                                          end: tuple[int, int, int] | None) -> None:
    reading = read_header(header)
    assert reading.months == months
    assert (None if reading.day is None else (reading.month, reading.day, reading.year)) == end


@pytest.mark.parametrize(("header", "day"), [
    ("2nd October 2010", date(2010, 10, 2)),
    ("31st December 2009", date(2009, 12, 31)),
    ("3rd Oct. 2009", date(2009, 10, 3)),
    ("As at 1st January 2011", date(2011, 1, 1)),
    ("2 October 2010", date(2010, 10, 2)),
])
def test_a_day_written_first_keeps_its_day_with_or_without_its_ordinal(header: str, day: date) -> None:
    reading = read_header(header)
    assert (reading.year, reading.month, reading.day) == (day.year, day.month, day.day)


@pytest.mark.parametrize(("word", "value"), [
    ("1,84,41,205", "18441205"),  # lakhs and crores, as Indian filers group
    ("(12,34,567)", "-1234567"),
    ("5,12,905.50", "512905.50"),
    ("84,412", "84412"),
    ("0,45", "0.45"),  # a decimal comma, no lakh
])
def test_figures_grouped_as_their_country_groups_them(word: str, value: str) -> None:
    assert parse_number(word) == Decimal(value)


@pytest.mark.parametrize(("header", "year"), [
    ("Q3 FY18", 2018), ("YTD FY18", 2018), ("FY 18", 2018), ("FY'99", 1999), ("FY2018", 2018),
])
def test_a_fiscal_year_clipped_to_two_digits_is_read_as_its_whole_year(header: str, year: int) -> None:
    """"Q3 FY18 | YTD FY18" beside "Q3 FY19 | YTD FY19" (round 166, a June fiscal year): the prior year's
    columns had been read as naming no period end, and its 31 facts left out."""
    assert read_header(header).year == year


def test_year_to_date_columns_of_two_digit_fiscal_years_head_their_table() -> None:
    from core.tables.lines import is_header_text

    assert is_header_text("YTD FY19   YTD FY18") and is_header_text("YTD FY2019   YTD FY2018")
    assert not is_header_text("YTD revenue grew 12%")


def test_years_closing_the_parentheses_the_line_above_opened_are_a_header() -> None:
    """Round 418: "(Dec. 31,   (Dec. 31," over "2005)   2004)" under "Q2 FY06 | Q2 FY05": the line of years had
    been read as a row of figures with no label, 2,005,000 printed for the quarter."""
    from core.tables.lines import LineKind, classify

    assert classify(1, f"{' ' * 46}2005)       2004)       2005)       2004)").kind is LineKind.YEARS
    assert classify(1, "  Net sales (note 2005)        1,250       1,100").kind is LineKind.DATA


@pytest.mark.parametrize("line", ["1H FY07    1H FY06", "FY09 Q1    FY08 Q1", "Q1 FY'09   Q1 FY'08", "FY08   FY07"])
def test_a_line_of_fiscal_years_parts_alone_heads_its_table(line: str) -> None:
    """Round 168's cash flows headed "1H FY07 | 1H FY06" alone: the line had been no header, the first column
    dated by the release's own half and the prior year's column dropped (3 facts missing)."""
    from core.tables.lines import LineKind, classify, is_header_text

    assert classify(1, f"{' ' * 40}{line}").kind is LineKind.TEXT and is_header_text(line)


@pytest.mark.parametrize(("headers", "ends"), [
    # a year ending March 31 (round 168): FY07's second quarter and half end in September 2006
    (("Q2 FY07", "Q2 FY06", "1H FY07", "1H FY06"),
     [("3M", date(2006, 9, 30)), ("3M", date(2005, 9, 30)), ("6M", date(2006, 9, 30)), ("6M", date(2005, 9, 30))]),
    # a year ending June 30: the fourth quarters are the years' last
    (("4Q FY08", "4Q FY07"), [("3M", date(2008, 6, 30)), ("3M", date(2007, 6, 30))]),
    # a year ending March 31, its nine months named "9M" (round 171: FY12's printed as 2010's, every check passing)
    (("Q3 FY12", "Q3 FY11", "9M FY12", "9M FY11"),
     [("3M", date(2011, 12, 31)), ("3M", date(2010, 12, 31)), ("9M", date(2011, 12, 31)), ("9M", date(2010, 12, 31))]),
])
def test_parts_of_fiscal_years_are_dated_back_from_the_releases_own_quarter(
        headers: tuple[str, ...], ends: list[tuple[str, date]]) -> None:
    """The release's own quarter end is the latest fiscal year's; "FY07" names no calendar year."""
    from core.statements.columns import column_periods
    from core.tables.period_headers import HeaderReading
    from core.tables.raw import RawTable

    fallback = HeaderReading(months=3, month=ends[0][1].month, day=ends[0][1].day, year=ends[0][1].year)
    table = RawTable(title_lines=(), header_lines=(), columns=(), column_headers=headers, rows=(), first_line=1,
                     last_line=2, context=())
    periods, _, _ = column_periods(table, "operations", fallback)
    assert [(f"{p.months}M", p.end) for p in periods] == ends


@pytest.mark.parametrize(("headers", "read"), [
    # round 302: the restated column of a year's summary is the year its neighbour's header names
    (("Twelve Months Ended December 31, 1998 As Previously Reported", "Adjustments", "As Restated"),
     [("12M", date(1998, 12, 31))]),
    # a column headed by nothing beside a column of percentages (w3m's rendering of Hasbro's statement moved
    # the year's header onto them) takes no period from its neighbour: it stays unread, as its header says
    # nothing (read as the quarter a year before, its lines' wrapped labels failed a check of the cash flows)
    (("Quarter Ended March 31, 2019 %", ""), []),
])
def test_a_column_naming_no_period_is_dated_whole_by_its_neighbour_only_where_it_names_something(
        headers: tuple[str, ...], read: list[tuple[str, date]]) -> None:
    from core.statements.columns import column_periods
    from core.tables.numbers import Cell
    from core.tables.period_headers import HeaderReading
    from core.tables.raw import RawRow, RawTable

    fallback = HeaderReading(months=None, month=None, day=None, year=None)  # a narrative naming no period
    share = Cell("35.5%", 10, 15, 14, Decimal("35.5"), is_percent=True)
    amount = Cell("732,510", 20, 27, 27, Decimal(732510))
    rows = (RawRow("Net revenues", (share, amount, None)[: len(headers)], 1, 1, 0, "", False),)
    table = RawTable(title_lines=(), header_lines=(), columns=(), column_headers=headers, rows=rows, first_line=1,
                     last_line=2, context=())
    periods, _, _ = column_periods(table, "operations", fallback)
    assert [(f"{p.months}M", p.end) for p in periods] == read


@pytest.mark.parametrize(("text", "kind"), [
    # Bluestem (round 196): each column's words stacked bottom-aligned over "2007 | 2006 As Previously Reported |
    # 2006 As Restated"; the line with the restated column's year is a header's, no row of 2006
    ("                                                              As        2006                      As        2006",
     "YEARS"),
    ("  As Restated     2006     2005", "YEARS"),
    # a row's label holding a word of the vocabulary, or a figure grouped in thousands, is still a row
    ("  Restated deferred revenue          2006", "DATA"),
    ("  As adjusted                       2,006", "DATA"),
])
def test_the_words_of_a_restated_columns_stacked_header_beside_a_year_head_it(text: str, kind: str) -> None:
    from core.tables.lines import LineKind, classify

    assert classify(74, text).kind is LineKind[kind]


@pytest.mark.parametrize(("text", "kind"), [
    # round 462 (w3m): each column's header bottom-aligned, the stub's "Period from / January 1, / 2010 /
    # through / May 31, 2010" ending beside the quarters' days and years, a footnote's mark over the combined
    # year: the header's last line but one, no row of -2 and 2009
    (f"{' ' * 52}31,        31,          2010            May 31, 2010  (2)          2009", "YEARS"),
    (f"{' ' * 40}31, 2013      June 30, 2013      2012", "YEARS"),
    # a row's figures after a label of words are still a row, whatever date its label names
    ("  Notes due May 31, 2010                     (2)          2,009", "DATA"),
])
def test_a_line_of_other_columns_header_pieces_beside_years_is_a_header_line(text: str, kind: str) -> None:
    from core.tables.lines import LineKind, classify

    assert classify(1, text).kind is LineKind[kind]


def test_a_column_whose_month_was_lost_takes_no_neighbours_month() -> None:
    """"DEC  . 31," as a PDF of small capitals comes back from extraction, its month left out of the column's
    header (". 31, 2007"): September is the neighbour's month, and 31 is no day of it. The column is left
    unread and said so; it had been printed as September 30, 2007, a day the release never names."""
    source = FIXTURES / "month_lost_before_its_day.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    balance = release.statement("balance")
    assert balance is not None
    assert [p.key for p in balance.periods] == ["2008-09-30"]
    total = balance.item("total_assets")
    assert total is not None and total.values == (Decimal(63_106_000),)
    assert any("column 2 ('. 31, 2007') was not read" in w.message for w in release.warnings)


def test_quarters_in_a_row_under_one_head_are_each_read() -> None:
    """A quarter beside the quarter before it and the year-ago quarter, all under "Three Months Ended", is
    the common sequential comparison: the three periods do not overlap, and all are read."""
    source = FIXTURES / "quarters_in_a_row_under_one_head.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2004-06-30", "3M 2004-03-31", "3M 2003-06-30"]
    net = operations.item("net_income")
    assert net is not None and net.values == (Decimal(2_300_000), Decimal(2_100_000), Decimal(1_300_000))
    assert release.warnings == ()


def test_a_column_whose_length_overlaps_another_of_that_length_is_not_read() -> None:
    """Six months ending September 30, 2004 beside six months ending June 30, 2004 would share a quarter: no
    release compares such periods, so a header stands over the wrong figures. The column at a day of the year
    no other six-month column shares is the stray one (round 320: a colspan one short had left a quarter
    under "Nine Months Ended"); the half-years a year apart are read."""
    source = FIXTURES / "overlapping_halves_under_one_head.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["6M 2004-06-30", "6M 2003-06-30"]
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(24_300_000), Decimal(20_100_000))
    assert [w.message for w in release.warnings] == [
        "column 3 ('Six Months Ended September 30, 2004') was not read: its 6 months overlap those of column 1: a "
        "header stands over the wrong figures"]


@pytest.mark.parametrize(("text", "long"), [
    ("results for the fourteen-week fourth quarter and fifty-three-week fiscal year ended January 2, 2024.", True),
    ("net sales for the 53-week fiscal year ended February 3, 2018 rose 4%", True),
    ("for the 14 weeks ended January 30, 2021", True),
    ("for the thirteen-week second quarter ended July 29, 2006", False),
    ("for the fifty-two weeks ended January 28, 2006", False),
])
def test_a_period_a_week_longer_than_its_kind_is_named_by_its_weeks(text: str, long: bool) -> None:
    """Round 419: a restaurant's "fifty-three-week fiscal year ended January 2, 2024" over columns printing
    "2023 | 2022" alone: 2022 ended 53 weeks before (December 27, 2022), not on the weekday nearest the
    anniversary (January 3, 2023, a week after the year had ended)."""
    from core.vocabulary import LONG_PERIOD_ENDED

    assert (LONG_PERIOD_ENDED.search(text) is not None) is long


@pytest.mark.parametrize(("text", "year"), [
    ("Fiscal 2006 was a 53-week year and its fourth quarter had 14 weeks.", 2006),
    ("fiscal year 2011 included 53 weeks", 2011),
    ("Fiscal 2008 was a fifty-three week year.", 2008),
    ("Fiscal 2007 was a 52-week year.", None),
    ("the 53-week year is behind us; fiscal 2009 was strong", None),
])
def test_a_fiscal_year_said_to_run_53_weeks_is_named(text: str, year: int | None) -> None:
    """Round 427: "Fiscal 2006 was a 53-week year", its end stated apart ("fiscal 2006 ended February 3,
    2007"): fiscal 2005 had been dated 364 days before (February 4, 2006), not 371 (January 28, 2006)."""
    from core.vocabulary import LONG_FISCAL_YEAR

    found = LONG_FISCAL_YEAR.search(text)
    assert (int(found.group("year")) if found else None) == year


@pytest.mark.parametrize(("line", "prose"), [
    # round 423: a bank's story, a blank line, then its highlights' title: its date had headed a column
    ("     Total assets were $1.41 billion at December 31, 1999.", True),
    ("     Total assets grew 5% during the year.", True),
    ("Reconciliation tables appear at the end of this release.", True),
    # titles and notes over a table stay what they are
    ("                       CUMBERLAND VALLEY BANCSHARES, INC.", False),
    ("                             Financial Highlights", False),
    ("                (Dollars in thousands, except per share data)", False),
    ("Selected Financial Data:", False),
    ("Acme Widget Co.", False),
])
def test_a_short_sentence_of_the_story_is_prose_never_a_title(line: str, prose: bool) -> None:
    from core.tables.lines import classify, is_prose

    assert is_prose(classify(1, line)) is prose


@pytest.mark.parametrize(("text", "label", "values"), [
    # w3m's raised footnote mark after a negative (round 468): "(1)" had been a cell of -1 and moved the dash
    ("  Other-than-temporary impairment       (1,410 )^(1)     \u2014", "Other-than-temporary impairment",
     [Decimal("-1410"), Decimal(0)]),
    # ... and after a label ("Net income^2", a <SUP>2</SUP>): the label is the line's own words
    ("  Net income^2                          8,178       20,453", "Net income", [Decimal(8178), Decimal(20453)]),
    ("                                        2011^(1)     2010", "", [Decimal(2011), Decimal(2010)]),
])
def test_a_mark_w3m_raises_by_a_caret_is_no_cell_nor_part_of_the_label(
        text: str, label: str, values: list[Decimal]) -> None:
    from core.tables.lines import classify

    line = classify(1, text)
    assert line.label == label
    assert [cell.value if not cell.is_dash else Decimal(0) for cell in line.cells] == values


@pytest.mark.parametrize(("text", "cells"), [
    # lynx's flat row (round 471): a dash for zero after each figure, one space apart, is a row of four
    # columns, no guidance range "48,600 - 48,600" (read as words, the row had been glued onto the next label)
    ("   Goodwill impairment 48,600 \u2014 48,600 \u2014", ["48,600", "\u2014", "48,600", "\u2014"]),
    ("   Goodwill impairment 48,600 - 48,600 -", ["48,600", "-", "48,600", "-"]),
    # ... and before each figure (round 487: "— 1,466 — 4,103" had been read as a range, the figures as words)
    ("   Income from discontinued operations \u2014 1,466 \u2014 4,103", ["\u2014", "1,466", "\u2014", "4,103"]),
    # ... and between a figure and a change column's "NM" (round 532: "14 — NM" had been read as a range, the
    # line as words, the special item left out of its statement unsaid)
    ("   Special items, net 14 — NM", ["14", "—", "NM"]),
    # a range after words is still a guidance's, no figures of columns
    ("   Revenue growth of 9% - 10% 11% - 12%", []),
    ("   Diluted EPS $7.85 - $7.93", []),
])
def test_a_flat_rows_dashes_for_zero_are_no_range(text: str, cells: list[str]) -> None:
    from core.tables.lines import classify

    assert [cell.text for cell in classify(1, text).cells] == cells


@pytest.mark.parametrize(("header", "end"), [
    # pdftotext merged two columns' date lines (round 502): two month-ends, no range, no one date
    ("Three Months Ended December 31, September 2022", None),
    ("December 31, September 30, 2022", None),
    # a range names one end
    ("Period from July 15 to December 31, 2004", (12, 31, 2004)),
    ("For the period October 1 - December 31, 2004", (12, 31, 2004)),
    ("Three Months Ended December 31, 2022", (12, 31, 2022)),
])
def test_a_header_naming_two_month_ends_names_no_date(header: str, end: tuple[int, int, int] | None) -> None:
    reading = read_header(header)
    assert (None if reading.month is None else (reading.month, reading.day, reading.year)) == end


def test_a_table_titled_trailing_four_quarters_reads_each_quarter_as_the_year_to_its_end() -> None:
    """Oracle's "FREE CASH FLOW - TRAILING 4-QUARTERS" prints "Fiscal 2022" over "Q1 ... Q4": each column is the
    four quarters to that quarter's end, so its Q4 is the year the cash flow statement prints (9,539 of
    operating cash flow less 4,511 of capital spending is its 5,028 of free cash flow), and the burn names it."""
    path = Path(__file__).parent / "fixtures" / "edgar" / "oracle_q4-fy2022.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    trailing = next(s for s in release.statements if "TRAILING" in s.title)
    assert [p.key for p in trailing.periods][-2:] == ["12M 2022-02-28", "12M 2022-05-31"]
    assert len(trailing.periods) == 8 and all(p.months == 12 for p in trailing.periods)
    free = next(item for item in trailing.items if item.label == "Free Cash Flow")
    assert free.values[-1] == Decimal("5028000000")
    assert [e.printed for e in burn_estimates(release) if e.printed] == ["Free Cash Flow"]


@pytest.mark.parametrize(("title", "trailing"), [
    ("FREE CASH FLOW - TRAILING 4-QUARTERS (1)", True),  # Oracle, fiscal 2022
    ("Adjusted EBITDA - Trailing Twelve Months", True),
    ("Last Twelve Months Ended", True),
    ("Rolling four quarters", True),
    ("TTM Revenue", True),
    ("Free Cash Flow", False),
    ("Twelve Months Ended May 31,", False),  # a year's own columns, not a trailing table
    ("Last year's fourth quarter", False),
])
def test_the_words_of_a_trailing_years_title(title: str, trailing: bool) -> None:
    assert bool(TRAILING_YEAR.search(title)) is trailing


def test_a_currency_sign_after_another_is_the_figures_own_the_first_an_empty_cells() -> None:
    """Round 639 (w3m at 80 columns): "$        $ $ 921,830" leaves the signs of two wrapped cells before the
    figure; the cell is the last sign's and the figure's, standing under its own column, not one reaching
    back over the columns before it (which had made the table read by order)."""
    from core.tables.numbers import split_cells

    line = "Freight revenue" + " " * 35 + "$        $ $ 921,830        $"
    label, _, cells = split_cells(line)
    assert (label, [(c.text, c.start, c.end) for c in cells]) == ("Freight revenue", [("$921,830", 61, 70)])
    _, _, cells = split_cells("Net loss   $ (1,204)   $ (980)")  # a sign, then "(": one cell, as before
    assert [(c.text, c.start, c.value) for c in cells] == [("$(1,204)", 11, Decimal(-1204)),
                                                          ("$(980)", 23, Decimal(-980))]


def test_a_currency_sign_before_a_percent_is_an_empty_cells() -> None:
    """Round 656 (w3m at 80 columns): "Fares   $        $        6.0%" keeps the signs of two amounts wrapped
    onto the next line beside the change column's percent; no percent is money, so the percent stands alone
    in its own column, not reaching back over the amount's (which had moved the columns' bounds)."""
    from core.tables.numbers import split_cells

    label, _, cells = split_cells("Fares" + " " * 22 + "$        $        6.0%    $         $         -2.7%")
    assert (label, [(c.text, c.start, c.end, c.has_currency) for c in cells]) == (
        "Fares", [("6.0%", 45, 49, False), ("-2.7%", 73, 78, False)])
    _, _, cells = split_cells("Basic   $ 1.51   $ (0.91)")  # a sign before an amount: still one cell
    assert [(c.text, c.start) for c in cells] == [("$1.51", 8), ("$(0.91)", 17)]


def test_the_latest_years_as_reported_column_is_read_beside_its_as_adjusted_twin() -> None:
    """A year printed twice, "As Reported" then "As Adjusted (1)" (excluding a charge, its note says), beside
    the prior year: the latest of several periods is reported under the rules of the day, so "As Reported" is
    the statement's and "As Adjusted" the company's own measure (round 674: the statement had been refused, no
    column saying which version was the year's)."""
    source = FIXTURES / "as_reported_before_as_adjusted_of_the_latest_year.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["12M 2025-06-30", "12M 2024-06-30"]
    net = operations.item("net_income")
    assert net is not None and net.values == (Decimal(4_125_000), Decimal(3_450_000))
    assert [w.message.split(" (at lines")[0] for w in release.warnings] == [
        "column 2 ('Year Ended June 30, 2025 As Adjusted (1)') was not read: 'as adjusted (1)': adjustments or "
        "adjusted figures, not the period as the company reports it"]


@pytest.mark.parametrize(("headers", "ends", "held"), [
    # the latest year printed twice beside the prior year (round 674): nothing held back
    (("Year Ended December 31, 1997 As Reported", "Year Ended December 31, 1997 As Adjusted (1)",
      "Year Ended December 31, 1996 As Reported"), {0: date(1997, 12, 31), 2: date(1996, 12, 31)}, set()),
    # an earlier period printed twice after a change in accounting applied to past periods (round 306): which
    # version is that period as reported now, no header says
    (("June 30, 2009", "December 31, 2008 As Reported", "December 31, 2008 As Adjusted"),
     {0: date(2009, 6, 30), 1: date(2008, 12, 31)}, {1, 2}),
    # one period alone, printed twice: which is current, nothing in the table says
    (("December 31, 2008 As Reported", "December 31, 2008 As Adjusted"), {0: date(2008, 12, 31)}, {0, 1}),
    # beside adjustments, "As Adjusted" is the company's measure wherever it stands: nothing held back here
    (("As Reported", "Adjustments", "As Adjusted"), {0: date(2008, 12, 31)}, set()),
])
def test_which_versions_of_one_period_are_held_back(headers: tuple[str, ...], ends: dict[int, date],
                                                     held: set[int]) -> None:
    from core.statements.columns import _two_versions_of_a_period

    assert _two_versions_of_a_period(headers, ends) == held


@pytest.mark.parametrize(("header", "end", "latest", "released", "outlook"), [
    # a guidance table's year, ranges in its cells, after the statements' quarter, no dateline (round 686)
    ("Year Ending December 31, 2016", date(2016, 12, 31), date(2016, 9, 30), None, True),
    # ... and its next quarter, after the dateline's date too
    ("Three Months Ending December 31, 2016", date(2016, 12, 31), date(2016, 9, 30), date(2016, 11, 9), True),
    # "Ending" over the quarter the release reports: a statement's own column
    ("Three Months Ending September 30, 2016", date(2016, 9, 30), date(2016, 9, 30), date(2016, 11, 9), False),
    # "Ended" looks back: a column dated after the release is a header paired wrong, which another rule names
    ("Year Ended December 31, 2016", date(2016, 12, 31), date(2016, 9, 30), None, False),
    # the dateline says the year was over when the release was written: the period is reported
    ("Year Ending December 31, 2016", date(2016, 12, 31), date(2016, 9, 30), date(2017, 2, 14), False),
    # nothing else the release dates: no end to be after
    ("Year Ending December 31, 2016", date(2016, 12, 31), None, None, False),
])
def test_a_column_still_running_after_every_reported_end_is_an_outlooks(
        header: str, end: date, latest: date | None, released: date | None, outlook: bool) -> None:
    from core.statements.columns import PeriodClues, _an_outlooks_period

    clues = PeriodClues(latest_end=lambda: latest, released=lambda: released)
    assert _an_outlooks_period(header, end, clues) is outlook


# A utility holding company's statement of income beside its subsidiary's, the subsidiary's group first
# (round 694, invented): whose group is the company's, by the story's name and by the figures a share.
_TWO_ENTITIES = """\
                        CONDENSED STATEMENTS OF INCOME (Unaudited)
                  (Millions of Dollars, Except Per Share Amounts)

                                          Tamarack Power    Tamarack Valley Energy
                                        ------------------  ----------------------
                                        Three Months Ended    Three Months Ended
                                             June 30,              June 30,
                                          2015      2014        2015        2014
                                        --------  --------    --------    --------
Operating revenues                      $  862.4  $  905.1    $  974.8    $1,041.6
Operating expenses                         654.6     684.4       752.6       799.6
                                        --------  --------    --------    --------
Operating income                           207.8     220.7       222.2       242.0
Net income                              $  101.1  $  108.5    $  101.9    $  113.4
"""
_PER_SHARE = "Earnings per common share - diluted          {}       {}    $   0.69    $   0.77\n"


@pytest.mark.parametrize(("company", "subsidiary_eps", "read"), [
    # the story names the parent, and only its group prints figures a share
    ("Tamarack Valley Energy Corporation", ("N/A", "N/A"), ("2", "3")),
    # no story names the company: the figures a share alone say whose group is the company's
    ("", ("N/A", "N/A"), ("2", "3")),
    # the name alone, where both groups print figures a share
    ("Tamarack Valley Energy Corporation", ("0.48", "0.51"), ("2", "3")),
    # neither the name (none) nor the figures a share (both print them) tell: no group is read by its place
    ("", ("0.48", "0.51"), ()),
    # the name and the figures a share point to different groups: no group is read
    ("Tamarack Power Company", ("N/A", "N/A"), ()),
])
def test_the_companys_group_of_columns_under_entities_names(company: str, subsidiary_eps: tuple[str, str],
                                                            read: tuple[str, ...]) -> None:
    from core.statements.columns import PeriodClues
    from core.statements.entity_groups import another_entitys_columns, entity_groups
    from core.tables.find import find_tables

    text = _TWO_ENTITIES + _PER_SHARE.format(*(f"{eps:>4}" for eps in subsidiary_eps))
    table = next(t for t in find_tables(tuple(text.splitlines())) if t.rows)
    assert table.column_headers[0].startswith("Tamarack Power Three Months Ended")
    groups = entity_groups([(index, text, date(2015 - index % 2, 6, 30), 3)
                            for index, text in enumerate(table.column_headers)])
    assert [(group.name, group.columns) for group in groups] == [("Tamarack Power", (0, 1)),
                                                                  ("Tamarack Valley Energy", (2, 3))]
    dropped = another_entitys_columns(groups, table, PeriodClues(company=lambda: company).company())
    assert tuple(str(index) for index in range(4) if index not in dropped) == read
    if not read:
        assert all("'Tamarack Power', 'Tamarack Valley Energy'" in why for why in dropped.values())


@pytest.mark.parametrize(("first", "second", "kept"), [
    # a group's name read into each header before its year, whichever group stands first (round 712)
    ("Three Months Ended September 30, Non-GAAP 2023", "Three Months Ended September 30, 2023", "second"),
    ("Three Months Ended September 30, GAAP 2023", "Three Months Ended September 30, Adjusted (1) 2023", "first"),
    ("Three Months Ended June 30, Combined 2006", "Three Months Ended June 30, Reported 2006", "second"),
    ("Three Months Ended June 30, Excluding Charges 2002", "Three Months Ended June 30, 2002", "second"),
    # the one alone saying it is as reported, neither carrying another version's words
    ("Year Ended December 31, 2005", "Year Ended December 31, 2005 As Reported", "second"),
    # both another version's: no word says which is the statement's, neither is read
    ("Three Months Ended June 30, Combined 2006", "Three Months Ended June 30, Non-GAAP 2006", "neither"),
    # no version named: the repeated period's rule of the first column stands
    ("Three Months Ended June 30, 2006", "Three Months Ended June 30, 2006", None),
])
def test_of_two_columns_of_one_period_the_one_as_reported(first: str, second: str, kept: str | None) -> None:
    assert columns._the_version_as_reported(first, second) == kept


def test_two_columns_of_one_period_both_of_another_version_are_held_back_and_said_to_be() -> None:
    """Round 712's rule where no word tells the two apart: "Combined" and "Adjusted" over the same quarter
    beside the current one. Neither is printed as the prior quarter; both are named in warnings."""
    text = """Hollins Rope Company Reports Second Quarter 2006 Results

PORTLAND, Maine, July 27, 2006 -- Hollins Rope Company today reported results for its second quarter ended
June 30, 2006.

                  CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                  (In thousands, except per share amounts)

                                         Three Months Ended June 30,
                                     2006       Combined 2005     Adjusted 2005
Revenue                           $ 9,400         $ 8,700          $ 8,100
Cost of revenue                     5,600           5,300            4,900
Gross profit                        3,800           3,400            3,200
Operating expenses                  2,900           2,700            2,500
Operating income                      900             700              700
Income tax expense                    300             250              250
Net income                        $   600         $   450          $   450
"""
    release = core.parse_release(text, "hollins.txt")
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2006-06-30"]
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(9_400_000),)
    said = [w.message for w in release.warnings]
    assert any(m.startswith("column 2 (") and "which holds the figures as reported, the headers do not say" in m
               for m in said), said
    assert any(m.startswith("column 3 (") and "which holds the figures as reported, the headers do not say" in m
               for m in said), said


@pytest.mark.parametrize(("heads", "noted", "translations"), [
    # round 726 (invented IFRS-style probes): a bare "$" first, beside the statement's euros, by code or sign
    (["June 30, 2024 $", "June 30, 2024 EUR", "June 30, 2023 EUR"], None, [0]),
    (["Three months ended June 30, 2024 $", "Three months ended June 30, 2024 \u20ac",
      "Three months ended June 30, 2023 \u20ac"], "EUR", [0]),
    # ... last, beside renminbi: as "US$" would be
    (["2020 RMB", "2019 RMB", "2020 $"], None, [2]),
    # ... the currency above the year, or in parentheses
    (["$ 2024", "EUR 2024", "EUR 2023"], None, [0]),
    (["2024 ($)", "2024 (EUR)", "2023 (EUR)"], None, [0]),
    # ... over the translation alone, the unit note naming the statement's currency ("(in thousands of euros)")
    (["June 30, 2025 $", "June 30, 2025", "December 31, 2024"], "EUR", [0]),
    # a US company's "$" over every column, the unit note naming no currency or the dollar: its own figures
    (["2024 $", "2023 $"], None, []),
    (["June 30, 2024 $", "December 31, 2023 $"], "US$", []),
    # ... nor beside another dollar: which dollar a bare "$" is, nothing says
    (["2024 $", "2024 C$", "2023 C$"], None, []),
    (["2024 $", "2024", "2023"], "HK$", []),
    # ... nor a change in dollars beside euro columns: "$ Change" names no column's currency
    (["2024 EUR", "2023 EUR", "$ Change"], None, []),
])
def test_a_bare_dollar_beside_another_currency_is_its_translation(heads: list[str], noted: str | None,
                                                                   translations: list[int]) -> None:
    """A column headed by a bare "$" is the US-dollar convenience translation where every other currency named
    over the columns or in the unit note is no dollar, wherever it stands (`columns._bare_dollars`)."""
    assert sorted(columns._translations(heads, noted)) == translations
