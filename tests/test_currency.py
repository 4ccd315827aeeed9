"""Amounts in the currency the release prints them in: a Chinese filer's RMB, a Canadian one's C$, an Israeli
one's NIS are never shown with "$" (browser review, round 122), and a figure per share printed in cents keeps
its tenths of a cent wherever it is said to be as printed."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

import core
from core.analysis import biggest_mover, breakdown, eps_bridge, per_share_points, quarter_window, windows, with_derived
from core.analysis.currency import _named, mixed_currencies_note, release_currency, statement_currency, statement_unit
from core.analysis.metrics import metric_delta, metric_text, overview_metrics, standard_metrics
from core.analysis.series import company_series
from core.analysis.side_by_side import side_by_side
from core.analysis.structure import operations_statement
from core.charts import bridge_chart, composition, eps_bars, result_waterfall
from core.charts.memo import memo_numbers, memo_table
from core.charts.series import line_bars, per_share_trend
from core.charts.side_by_side import comparison_bars, comparison_numbers, comparison_table
from core.formatting import card_money, currency_sign, per_share, printed_places, spelled_money
from core.model import Release
from tests.conftest import FIXTURES

# "2009 RMB | 2010 RMB | 2010 US$": the US$ column a convenience translation the parser sets aside.
RMB = "rmb_columns_beside_a_us_dollar_translation_column.htm"
# "(in C$000s except per share)", "In thousands of Canadian dollars"; "Earnings per share (cents) ... 13.2".
CAD = "canadian_dollars_in_c000s_eps_in_cents.txt"
# "NIS in thousands   U.S. dollars in thousands" over a "Convenience translation" column.
NIS = "nis_in_thousands_beside_a_us_dollar_convenience_translation.htm"


@cache
def _release(name: str) -> Release:
    return core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)


@pytest.mark.parametrize(("name", "code"), [(RMB, "RMB"), (CAD, "C$"), (NIS, "ILS")])
def test_each_statement_is_in_the_currency_its_unit_note_or_headers_name(name: str, code: str) -> None:
    release = _release(name)
    assert release_currency(release) == code
    for kind in ("operations", "balance", "cash_flow"):
        statement = release.statement(kind)
        assert statement is not None and statement_currency(statement) == code


def test_a_release_naming_no_currency_is_in_us_dollars(allos: Release) -> None:
    assert release_currency(allos) == "USD"
    operations = operations_statement(allos)
    assert operations is not None and statement_unit(operations) == "$ thousands"


def test_overview_cards_say_the_releases_currency() -> None:
    cards = {m.key: m for m in overview_metrics(standard_metrics(_release(RMB)))}
    # Net revenues RMB 1,048,226 thousand for the quarter to June 30, 2010.
    assert metric_text(cards["revenue"], compact=True) == "RMB1.05B"
    assert metric_text(cards["revenue"]) == "RMB1.05 billion"  # as its card (UI-45)
    assert metric_text(cards["eps_diluted"]) == "RMB0.45"
    # A loss turned into a profit: the change in money, in RMB.
    assert metric_delta(cards["net_income"]) == "+RMB142.9M"

    canadian = {m.key: m for m in overview_metrics(standard_metrics(_release(CAD)))}
    assert metric_text(canadian["revenue"], compact=True) == "C$88.3M"  # "Revenues increased 6.0% to C$88.3 million"
    assert metric_text(canadian["net_income"]) == "C$13.7 million"  # "Net income   $ 13,732" in C$000s

    israeli = {m.key: m for m in overview_metrics(standard_metrics(_release(NIS)))}
    assert metric_text(israeli["revenue"], compact=True) == "NIS1.84B"


def test_eps_printed_in_cents_keeps_its_tenths_of_a_cent() -> None:
    """ "Earnings per share (cents) / Diluted 13.2 12.2": 0.132 and 0.122, never $0.13 and $0.12."""
    cards = {m.key: m for m in overview_metrics(standard_metrics(_release(CAD)))}
    assert metric_text(cards["eps_diluted"]) == "C$0.132"
    assert metric_delta(cards["eps_diluted"]) == "+C$0.010"  # a change in money, named as its currency (UI-50)
    operations = operations_statement(_release(CAD))
    assert operations is not None
    chart = eps_bars(per_share_points(operations), currency=statement_currency(operations))
    assert list(chart.figure.data[0].text) == ["C$0.122", "C$0.132", "C$0.206", "C$0.215"]
    assert list(chart.data["Per share (C$)"]) == ["C$0.122", "C$0.132", "C$0.206", "C$0.215"]
    assert chart.figure.layout.yaxis.title.text == "C$ per share"
    assert "3M to Jun 30, 2007 C$0.132" in chart.alt_text


def test_charts_of_a_statement_name_its_currency_on_axes_and_tables() -> None:
    operations = operations_statement(_release(RMB))
    assert operations is not None
    window = quarter_window(operations)
    assert window is not None
    waterfall = result_waterfall(operations, window.current)
    assert waterfall is not None
    # in RMB millions, where its labels read shorter than in the release's thousands (UI-44)
    assert waterfall.figure.layout.xaxis.title.text == "RMB millions"
    assert "Amount (RMB millions)" in waterfall.data.columns
    expenses = breakdown(with_derived(operations))
    assert expenses is not None
    assert "Amount (RMB thousands)" in composition(expenses, 5).data.columns


def test_the_expense_sentence_spells_the_change_in_the_statements_currency() -> None:
    """Lanxi's quarter: total costs rose by RMB 21,708 thousand, general and administrative RMB 11,629 thousand."""
    operations = operations_statement(_release(RMB))
    assert operations is not None
    expenses = breakdown(with_derived(operations))
    assert expenses is not None
    mover = biggest_mover(expenses, windows(operations)[0])
    assert mover is not None
    sign = currency_sign(statement_currency(operations))
    assert spelled_money(abs(mover.total_change), currency=sign) == "RMB21.7 million"
    assert spelled_money(mover.change, currency=sign) == "RMB11.6 million"


def test_a_uk_interims_pound_signs_glued_to_their_millions_name_pounds() -> None:
    """"£m   £m   £m" over a UK interim's columns (browser review UI-65: its revenue of £1,502.8m was shown as
    $1.50B, the Data page saying "shown here in full dollars")."""
    path = FIXTURES / "layouts" / "uk_interim_year_to_beside_six_months_to.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert [statement_currency(s) for s in release.statements] == ["GBP"]
    assert release_currency(release) == "GBP"


@pytest.mark.parametrize(("text", "codes"), [
    ("£m   £m   £m", ["GBP", "GBP", "GBP"]), ("(€m)", ["EUR"]), ("A$m", ["A$"]), ("£bn", ["GBP"]),
    ("£000", ["GBP"]), ("£'000", ["GBP"]), ("£ million", ["GBP"]),
    ("$m", []), ("£mortgage", []), ("x£m", []), ("£ma", []),
])
def test_currencies_a_unit_note_or_head_names(text: str, codes: list[str]) -> None:
    assert _named([text]) == codes


def test_currency_signs_and_printed_places() -> None:
    assert currency_sign("USD") == "$" and currency_sign("ILS") == "NIS" and currency_sign("C$") == "C$"
    assert card_money(Decimal("-38654000"), currency="C$") == "(C$38.7M)"
    assert printed_places(Decimal("0.132")) == 3 and printed_places(Decimal("0.45")) == 2
    assert printed_places(Decimal("1.00")) == 2
    assert per_share(Decimal("-0.132"), decimals=3, currency="RMB") == "(RMB0.132)"


def test_side_by_side_in_different_currencies_says_so_and_draws_no_shared_axis(allos: Release) -> None:
    lanxi = _release(RMB)
    comparison = side_by_side([lanxi, allos])
    assert comparison.currencies == ("RMB", "USD") and comparison.currency is None
    named = "(Lanxi Crystal Energy Holdings Limited (LXC): RMB; Allos Therapeutics, Inc. (ALTH): $)"
    assert f"These releases report in different currencies {named}" in comparison.currency_note
    assert comparison_bars(comparison, "amount") is None  # RMB and US dollars on one axis would be one measure
    assert comparison_bars(comparison, "per_share") is None
    assert comparison_bars(comparison, "share_of_revenue") is not None  # percentages compare across currencies
    table = comparison_table(comparison, "amount")
    lanxi_column = "LXC"  # headed by its ticker, "Lanxi Crystal Energy Holdings Limited (LXC) — ..." its tooltip
    revenue = table[table["Line"] == "Net revenues"][lanxi_column].item()
    assert revenue == "RMB1,048,226"  # "Net revenues ... 1,048,226" in RMB thousands
    numbers = comparison_numbers(comparison, "amount")
    assert numbers[numbers["Line"] == "Net revenues"]["Unit"].item() == "thousands, each in its own currency"
    diluted = numbers[numbers["Line"].str.startswith("Net income (loss) per ordinary share: Diluted")]
    assert diluted["Unit"].item() == "per share, each in its own currency"

    memo = memo_table([standard_metrics(lanxi), standard_metrics(allos)])
    row = memo[memo["Metric"] == "Revenue"]
    assert "Unit" not in memo.columns  # each cell carries its own sign and unit
    assert row.iloc[0, 1] == "RMB1.05B"  # as its Overview card writes it (UI-45)
    assert memo_numbers([standard_metrics(lanxi), standard_metrics(allos)]).loc[0, "Unit"] == (
        "millions, each in its own currency")  # numbers without signs (the downloads) still say so
    net = memo[memo["Metric"] == "Net income (loss)"]
    assert net.iloc[0, 2] == "($7.2M)"  # Allos' quarter: net loss $(7,151) thousand, in US dollars


def test_side_by_side_in_one_currency_names_it_on_the_axis() -> None:
    lanxi = _release(RMB)
    comparison = side_by_side([lanxi, lanxi])
    assert comparison.currency == "RMB" and comparison.currency_note == ""
    bars = comparison_bars(comparison, "amount")
    assert bars is not None and bars.figure.layout.xaxis.title.text == "RMB thousands"
    numbers = memo_numbers([standard_metrics(lanxi), standard_metrics(lanxi)])
    assert numbers[numbers["Metric"] == "Revenue"]["Unit"].item() == "RMB millions"


def test_over_time_charts_name_the_series_currency_and_keep_printed_cents() -> None:
    series = company_series([_release(CAD)])
    trend = per_share_trend(series)
    assert trend is not None
    assert list(trend.figure.data[0].text) == ["C$0.122", "C$0.132"]  # "Diluted ... 13.2 ... 12.2" cents
    assert trend.figure.layout.yaxis.title.text == "C$ per share"
    bars = line_bars(series, "net_income", "Net result per quarter")
    # the release's own C$ thousands, as its pages read (UI-46, `style.release_unit`); the currency still said
    assert bars is not None and bars.figure.layout.yaxis.title.text == "C$ thousands"
    assert "Value (C$ thousands)" in bars.data.columns


def test_mixed_currencies_note_names_each_release(allos: Release) -> None:
    named = [("laurentian", release_currency(_release(CAD))), ("allos", release_currency(allos))]
    assert mixed_currencies_note(named).startswith("These releases report in different currencies (laurentian: C$; "
                                                   "allos: $).")
    assert mixed_currencies_note([("a", "RMB"), ("b", "RMB")]) == ""


def test_the_workbooks_per_share_cells_carry_the_memos_currency() -> None:
    """The Compare page's Excel download: Lanxi's EPS row ("RMB per share") formatted in RMB, not "$"."""
    import io

    import openpyxl

    from core.charts.memo import memo_numbers
    from pages._downloads import sheets_xlsx

    lanxi = standard_metrics(_release(RMB))
    frame = memo_numbers([lanxi, lanxi])
    sheet = openpyxl.load_workbook(io.BytesIO(sheets_xlsx({"Standard metrics": frame})))["Standard metrics"]
    row = list(frame["Metric"]).index("EPS, diluted") + 2
    assert sheet.cell(row=row, column=2).value == "RMB per share"
    assert sheet.cell(row=row, column=3).value == pytest.approx(0.45)  # "Diluted ... 0.45" for the quarter
    assert sheet.cell(row=row, column=3).number_format == '"RMB"#,##0.00;("RMB"#,##0.00)'


def test_the_eps_bridge_is_in_the_releases_currency() -> None:
    operations = operations_statement(_release(RMB))
    assert operations is not None
    bridge = next(b for w in windows(operations) if (b := eps_bridge(operations, w)) is not None)
    chart = bridge_chart(bridge, currency=statement_currency(operations))
    assert chart.figure.layout.xaxis.title.text == "RMB per share (computed)"
    assert "RMB per share" in chart.data.columns
    assert all(text.startswith(("RMB", "(RMB")) for text in chart.figure.data[0].text)


def test_the_eps_bridges_words_and_the_change_heading_name_the_releases_money() -> None:
    """Browser review, rounds 135 and 140: the Periods page headed its change tables "Change in dollars and
    percent" and the EPS bridge's text ended "... dollars per share" over a release in lira, euros or RMB."""
    from core.analysis.comparisons import change_heading

    operations = operations_statement(_release(RMB))
    assert operations is not None
    code = statement_currency(operations)
    assert change_heading(code) == "Change in RMB and percent"
    assert change_heading("USD") == "Change in dollars and percent"
    bridge = next(b for w in windows(operations) if (b := eps_bridge(operations, w)) is not None)
    alt = bridge_chart(bridge, currency=code).alt_text
    # Diluted EPS (RMB0.45 printed, 0.455 computed) for the quarter to June 30, 2010; a loss a year earlier.
    assert alt.endswith("ending at RMB0.455 per share.") and "from (RMB0.335)" in alt
    assert "dollars" not in alt


def test_the_memo_of_companies_in_different_currencies_keeps_its_unit_column_narrow() -> None:
    """Browser review: four companies in rupees and dollars (round 148's partnership, round 144's INR release)
    had every amount's and per-unit figure's unit read "..., each in its own currency", a column as wide as
    three companies' figures, and the last two were cut off at 1440 px. Each cell says its currency; here the
    partnership beside a release in RMB."""
    names = ("mlp_cash_flow_net_income_before_the_minoritys_share.htm",
             "rmb_columns_beside_a_us_dollar_translation_column.htm")
    releases = [core.parse_release((FIXTURES / "ui" / n).read_bytes(), n) for n in names]
    memo = memo_table([standard_metrics(r) for r in releases])
    assert next(iter(memo.columns)) == "Metric" and "Unit" not in memo.columns  # no unit column to widen at all
    revenue = memo[memo["Metric"] == "Revenue"]
    assert revenue.iloc[0, 1] == "$456.4M"  # Total revenues 456,436 thousand
