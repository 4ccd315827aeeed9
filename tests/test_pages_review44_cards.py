"""The pages as a browser review of real releases found them (UI-44): figures no more precise than printed,
headlines and names as the release words them, line names as printed, a cost's change as the cost's own.

Figures checked by hand against the releases. Southern Company's Q4 2006 submission
(tests/fixtures/edgar/southern-company_q4-fy2006.txt) prints in EX-99.02, in millions of dollars, "Net Income -
As Reported  $ 188  $ 159" and "Operating Revenues  $3,152  $3,290"; its EX-99.06 prints the net income's
change as 18.6% (on unrounded figures: $188.4 and $158.9 million in its EX-99.01's words) and the revenue's as
-4.2%. Its Q4 2004 submission prints "204  125  63.6%" (EX-99.06) and $204.5 million in words. Each
headline stands over the dateline of EX-99.01. ManTech's Q1 2020 release (tests/fixtures/html/
mantech_q1-2020.htm) prints, in thousands, "Interest expense  (655)  (484)". Buckle's Q3 FY2024 PDF
(tests/fixtures/pdf/buckle_q3-fy2024.pdf) prints its statement's lines in capitals ("NET INCOME", "INCOME
BEFORE INCOME TAXES") but for "OTHER INCOME, Net" and "SALES, Net of returns and allowances"."""

from __future__ import annotations

from decimal import Decimal

from core.analysis import windows
from core.analysis.comparisons import compare
from core.analysis.headline import quarter_window
from core.analysis.metrics import metric_delta, metric_text, standard_metrics
from core.analysis.structure import operations_statement
from core.charts import release_abbreviations
from core.charts.periods import comparison_bars
from core.formatting import capital_words, card_money, change_places
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read

SOUTHERN_2006 = FIXTURES / "edgar" / "southern-company_q4-fy2006.txt"
SOUTHERN_2004 = FIXTURES / "edgar" / "southern-company_q4-fy2004.txt"
MANTECH = FIXTURES / "html" / "mantech_q1-2020.htm"
BUCKLE = FIXTURES / "pdf" / "buckle_q3-fy2024.pdf"
MILLION = Decimal(1_000_000)


def test_a_card_shows_no_place_finer_than_the_release_printed() -> None:
    """188 printed in millions is "$188M", never "$188.0M"; 188.4 printed to a tenth keeps it; a figure printed
    in thousands keeps the card's tenth of a million; billions keep two places of a figure printed in millions."""
    assert card_money(Decimal(188_000_000), unit=MILLION) == "$188M"
    assert card_money(Decimal(188_400_000), unit=MILLION / 10) == "$188.4M"
    assert card_money(Decimal(188_000_000), unit=Decimal(1000)) == "$188.0M"
    assert card_money(Decimal(3_152_000_000), unit=MILLION) == "$3.15B"
    assert card_money(Decimal(-38_000_000), unit=MILLION) == "($38M)"


def test_a_change_of_rounded_figures_claims_no_tenth_it_cannot_know() -> None:
    """188 against 159 (each +-0.5 million) may be a change of 17.6% to 18.9%: whole percent; 3,152 against
    3,290 lies within -4.17% to -4.23%: its tenth is known (the release prints -4.2%)."""
    assert change_places(Decimal(188) * MILLION, Decimal(159) * MILLION, MILLION) == 0
    assert change_places(Decimal(3152) * MILLION, Decimal(3290) * MILLION, MILLION) == 1
    assert change_places(Decimal(188), Decimal(159), None) == 1  # known exactly


def test_southern_companys_cards_read_as_precise_as_printed() -> None:
    """Net income "$188M, +18%" (2006) and "$204M, +63%" (2004), where "$188.0M, +18.2%" and "$204.0M, +63.2%"
    had been shown against the release's 18.6% and 63.6%; revenue keeps its tenth, "-4.2%", as printed. 2004's
    narrative states $204.5 million against $125.0 million, and its change is theirs, "+63.6%" (UI-50; the table's
    rounding alone allows "+62% to +64%"). 2006's states "solid fourth quarter earnings of $188.4 million" against
    $158.9 million: "+18.6%", the release's own (UI-62; it had been unread and the card said "+18.0 to +18.7%")."""
    for path, shown, delta in ((SOUTHERN_2006, "$188M", "+18.6%"), (SOUTHERN_2004, "$204M", "+63.6%")):
        found = standard_metrics(read(path))
        net = found.get("net_income")
        assert net is not None and (net.value, net.unit) == (Decimal(shown[1:-1]) * MILLION, MILLION)
        assert (metric_text(net, compact=True), metric_delta(net)) == (shown, delta)
    revenue = standard_metrics(read(SOUTHERN_2006)).get("revenue")
    assert revenue is not None and (metric_text(revenue, compact=True), metric_delta(revenue)) == ("$3.15B", "-4.2%")


def test_the_periods_table_says_a_change_to_the_places_its_figures_allow() -> None:
    """Southern Company 2006's statement in millions: "Total Revenues" -4.2% (3,152 against 3,290), "Operating
    Income" 469 against 404, +16% (15.8% to 16.3% before rounding)."""
    release = read(SOUTHERN_2006)
    operations = operations_statement(release)
    assert operations is not None
    window = quarter_window(operations, release.statement("balance"))
    assert window is not None
    said = {change.label: change.percent_words for change in compare(operations, window)}
    # a whole percent among tenths is marked as such (UI-59)
    assert said["Total Revenues"] == "-4.2%" and said["Operating Income"] == "+16% \u00b6"


def test_the_headline_that_names_earnings_is_read_and_the_company_as_the_release_names_it() -> None:
    """Neither headline says "reports" or "results"; the 2006 one runs across a blank line from "by". The EDGAR
    header names the filer "SOUTHERN CO"; the release itself "Southern Company"."""
    new, old = read(SOUTHERN_2006).metadata, read(SOUTHERN_2004).metadata
    assert new.title == "2006 Southern Company earnings bolstered by strong economy, customer growth"
    assert old.title == "Economic strength in Southeast drives Southern Company earnings above expectations"
    assert new.company == old.company == "Southern Company"


def test_a_cost_printed_as_a_deduction_changes_as_the_cost_itself() -> None:
    """ManTech's interest expense (655) against (484) thousand is a cost 35% larger (35.1% to 35.6% before
    rounding), no fall of 35.3%; its interest income 50 against 190 keeps its own fall."""
    release = read(MANTECH)
    operations = operations_statement(release)
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None)
    table = comparison_bars(operations, (quarter,)).data.set_index("Line")
    assert table.loc["Interest expense", "Change %"] == "+35.3%"  # 35.1% to 35.6%, within one whole percent (UI-56)
    assert table.loc["Interest income", "Change %"] == "-73.4 to -74.0%"


def test_a_long_line_name_gets_a_column_as_wide_as_it() -> None:
    """ManTech's 72-character "INCOME FROM OPERATIONS BEFORE INCOME TAXES AND EQUITY METHOD INVESTMENTS" had
    been cut to "INCOME FROM OPERATIONS BEFORE INC" in the Periods table; it reads in sentence case there, as in
    the chart (UI-49)."""
    from pages._widgets import CELL_CHAR_PX, CELL_PADDING_PX, table_columns

    release = read(MANTECH)
    operations = operations_statement(release)
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None)
    table = comparison_bars(operations, (quarter,)).data
    longest = "Income from operations before income taxes and equity method investments"
    assert longest in set(table["Line"])
    # alone beside its figures it keeps its whole width; beside the change columns it gives way (UI-45)
    assert table_columns(table[["Line"]])["Line"]["width"] == CELL_CHAR_PX * len(longest) + CELL_PADDING_PX


def test_words_in_capitals_side_by_side_are_no_abbreviation() -> None:
    """Buckle's "OTHER INCOME, Net" and "SALES, Net of ..." had made "INCOME" and "SALES" its abbreviations: the
    chart read "Net INCOME", "INCOME before INCOME taxes"; Valaris's lone "ARO" stays one."""
    release = read(BUCKLE)
    assert release_abbreviations(release) == frozenset()
    operations = operations_statement(release)
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None)
    chart = comparison_bars(operations, (quarter,), abbreviations=release_abbreviations(release))
    names = {name.replace("<br>", " ") for trace in chart.figure.data for name in trace.y}
    assert {"Net income", "Income before income taxes", "Income tax expense"} <= names
    assert capital_words(["Equity in earnings of ARO", "OTHER INCOME, Net"]) == frozenset({"ARO"})


