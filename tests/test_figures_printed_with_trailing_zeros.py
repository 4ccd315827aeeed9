"""A figure's last printed digit read from how it was printed, its trailing zeros kept (UI-66, finding 2).

The dashboard had said "A range: the release prints both figures rounded to £ millions" of a "£m" table whose every
figure is printed to a tenth ("6.0", "12.0"): the unit of the last digit had been inferred from the value's
significant digits (`formatting.places` normalized 6.0 to 6), so such a table read as whole millions and its
changes' ranges stood ten times too wide; a figure a share printed "35.0p" read "£0.35" beside the next line's
"£0.345". The reader's Decimals keep the printed text's exponent (Decimal("48.0") * 1,000,000 is 48000000.0), and
a figure in pence is shifted two places, not divided (0.350, not 0.35).

The invented fixture tests/fixtures/ui/uk_interim_in_pounds_millions_every_figure_ending_point_zero.txt, in £m,
worked by hand (six months to 30 June 2010, then 2009):
  revenue 48.0 - cost of sales 30.0 = gross profit 18.0 (40.0 - 25.0 = 15.0);
  18.0 - administrative expenses 6.0 = operating profit 12.0 (15.0 - 5.0 = 10.0);
  12.0 - finance costs 3.0 = profit before tax 9.0 (10.0 - 2.0 = 8.0); 9.0 - tax 2.0 = profit 7.0 (8.0 - 2.0 = 6.0);
  basic EPS 7.0 / 20.0 = 35.0p (6.0 / 20.0 = 30.0p); diluted 7.0 / 20.3 = 34.48, 34.5p (6.0 / 20.2 = 29.70, 29.7p).
Operating profit 12.0 against 10.0, each within £0.05m: 11.95 / 10.05 - 1 = 18.9% to 12.05 / 9.95 - 1 = 21.1% (read
as whole millions, 11.5 / 10.5 - 1 = 9.5% to 12.5 / 9.5 - 1 = 31.6%). Profit 7.0 against 6.0: 6.95 / 6.05 - 1 =
14.9% to 7.05 / 5.95 - 1 = 18.5% (as whole millions the 6 was one digit and said "n/m").
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from core.analysis.metrics import Metric, metric_delta, metric_text, range_reason, standard_metrics
from core.facts import FactRow, fact_rows, format_value, source_fields
from core.formatting import as_printed, card_money, line_unit, places, printed_places
from core.model import Release
from tests.conftest import read_fixture as read
from tests.page_runner import run_page, texts

FIXTURE = Path(__file__).parent / "fixtures" / "ui" / "uk_interim_in_pounds_millions_every_figure_ending_point_zero.txt"
M = Decimal(1_000_000)
TENTH_OF_A_MILLION = Decimal(100_000)


def _metric(release: Release, key: str) -> Metric:
    return next(m for m in standard_metrics(release, "quarter").metrics if m.key == key)


def test_places_are_those_printed_trailing_zeros_kept() -> None:
    """"6.0" is printed to a tenth, "35.0" pence to a tenth of a penny; a whole figure has none."""
    assert places(Decimal("6.0")) == 1
    assert places(Decimal("6.0") * M / M) == 1  # kept through the statement's scale and back
    assert places(Decimal("35.0").scaleb(-2)) == 3
    assert places(Decimal("188")) == 0
    assert printed_places(Decimal("0.350")) == 3
    assert printed_places(Decimal("0.50")) == 2
    assert line_unit([Decimal("6.0") * M, Decimal("12.0") * M], M) == TENTH_OF_A_MILLION
    assert line_unit([Decimal(188) * M], M) == M


def test_a_statement_every_figure_of_which_ends_point_zero_is_printed_to_a_tenth() -> None:
    """The statement's last printed digit, and each line's in the facts' `printed_unit` column, is £0.1m; the
    facts' values are written as before ("7000000", "0.35")."""
    release = read(FIXTURE)
    statement = release.statement("operations")
    assert statement is not None
    assert statement.printed_unit() == TENTH_OF_A_MILLION
    profit = next(item for item in statement.items if item.label == "Profit for the period")
    assert profit.values == (7 * M, 6 * M)
    basic = next(item for item in statement.items if item.kind == "per_share")
    assert basic.values == (Decimal("0.35"), Decimal("0.30"))
    assert [as_printed(value, "per_share", statement.scale, currency="\u00a3") for value in basic.values] == [
        "\u00a30.350", "\u00a30.300"]
    fields = source_fields(release)
    rows = {(row[2], row[3], row[6]): row for row in _facts(release)}
    assert fields(rows[("Profit for the period", "2010-06-30", "amount")])[0] == "100000"
    assert fields(rows[("Basic", "2010-06-30", "per_share")])[0] == "0.001"  # "35.0p": a tenth of a penny
    assert fields(rows[("Basic", "2010-06-30", "shares")])[0] == "100000"  # "20.0" million


def _facts(release: Release) -> list[FactRow]:
    rows = fact_rows(release)
    assert {format_value(row[5]) for row in rows if row[2] == "Profit for the period"} == {"7000000", "6000000"}
    assert {format_value(row[5]) for row in rows if row[2] == "Basic" and row[6] == "per_share"} == {"0.35", "0.3"}
    return rows


def test_a_change_of_figures_printed_to_a_tenth_is_bounded_by_a_tenth() -> None:
    """Operating profit 12.0 against 10.0: "+18.9 to +21.1%", said to be rounded to the nearest £100,000, not
    "+9.5 to +31.6%" rounded to £ millions; profit 7.0 against 6.0 has its range, no longer "n/m"; the card
    keeps the printed tenth ("£12.0M"), and EPS its tenth of a penny ("£0.350")."""
    release = read(FIXTURE)
    operating = _metric(release, "operating_income")
    assert operating.unit == TENTH_OF_A_MILLION
    assert metric_delta(operating) == "+18.9 to +21.1%"
    assert range_reason(operating) == "A range: the release prints both figures rounded to the nearest \u00a3100,000."
    assert metric_delta(_metric(release, "net_income")) == "+14.9 to +18.5%"
    assert metric_delta(_metric(release, "revenue")) == "+20%"  # 19.7% to 20.3%: every reading rounds to 20
    assert card_money(operating.value, currency="\u00a3", unit=operating.unit) == "\u00a312.0M"
    assert metric_text(_metric(release, "eps_basic")) == "\u00a30.350"
    assert metric_delta(_metric(release, "eps_basic")) == "+\u00a30.050"


def test_the_pages_say_the_tenth_the_release_prints() -> None:
    """The Periods table's changes and its caption, and the Per share page's table of basic and diluted, as
    printed."""
    periods = run_page("periods", read(FIXTURE))
    table = next(t for t in periods.dataframe if "periods_table_0" in t.proto.id).value
    changes = dict(zip(table["Line"], table["Change %"], strict=True))
    assert changes["Operating profit"] == "+18.9 to +21.1%"
    assert changes["Profit for the period"] == "+14.9 to +18.5%"
    said = texts(periods)
    assert "A range: the release prints both figures rounded to the nearest \u00a3100,000." in said
    assert "rounded to \u00a3 millions" not in said
    per_share = run_page("per_share", read(FIXTURE))
    both = next(t.value for t in per_share.dataframe if "Basic EPS" in t.value.columns)
    assert list(both["Basic EPS"]) == ["\u00a30.300", "\u00a30.350"]
    assert list(both["Diluted EPS"]) == ["\u00a30.297", "\u00a30.345"]
