"""The pages as a browser review of real releases found them (UI-42, second part): what a release with no
cash line shows said in plain words, axes of balance-sheet amounts read in millions or billions, the runway's
ticks on regular months, one legend entry for the smaller asset lines, and a loss's change worded alike on the
Periods page and the Overview.

Figures checked by hand against the releases."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.cash import burn_estimates, cash_points, no_cash_said
from core.charts import balance_bars, cash_bars, runway_projection
from tests.conftest import ANTERO, CREE, FORIAN
from tests.conftest import read_fixture as read


def test_a_sheet_printing_no_cash_line_is_said_so_with_the_cash_flows_closing_cash() -> None:
    """Antero's balance sheet opens its current assets on "Accounts receivable": it prints no cash line, and its
    cash flow statement's "Cash and cash equivalents, end of period" is "—" at Mar 31, 2020. "No line of the
    balance sheet was read as cash" had read as a reading failure (UI-42)."""
    said = no_cash_said(read(ANTERO))
    assert said == ('The balance sheet prints no line of cash, cash equivalents or investments, and the cash flow '
                    'statement ends Mar 31, 2020 with no cash (its "Cash and cash equivalents, end of period" '
                    'printed "—")')
    from tests.page_runner import run_page

    at = run_page("cash", read(ANTERO))
    infos = [info.value.replace("\\", "") for info in at.info]
    assert f"{said}, so cash is not charted." in infos, infos
    assert not any("was read as cash" in info for info in infos)


def test_balance_sheet_axes_read_in_millions_or_billions() -> None:
    """Antero's sheet ($ thousands): total assets of 14,525,789 thousand at Mar 31, 2020 (15,197,569 at Dec 31,
    2019): the axis had run to "14,000,000" of $ thousands and now reads "$ billions", 0 to 20. Forian's (whole
    dollars): total assets of $57,511,990 at Sep 30, 2024, cash and investments of $49,357,888: its axes had
    read figures of dollars ("4,686,312"), now "$ millions". Cree's (in $ millions, total assets of 2,816.9 and
    2,737.9, under 10,000) keeps its millions: "1,000", never "1.00" of billions (UI-42)."""
    antero = read(ANTERO).statement("balance")
    assert antero is not None
    axis = balance_bars(antero).figure.layout.yaxis
    assert axis.title.text == "$ billions"
    assert list(axis.ticktext) == ["0", "5", "10", "15", "20"]
    assert list(axis.tickvals) == [0.0, 5.0, 10.0, 15.0, 20.0]  # drawn in billions, as labelled (UI-43)
    forian_release = read(FORIAN)
    forian = forian_release.statement("balance")
    assert forian is not None
    axis = balance_bars(forian).figure.layout.yaxis
    assert axis.title.text == "$ millions" and list(axis.ticktext) == ["0", "20", "40", "60"]
    points = cash_points(forian)
    assert points[-1].amount == 49_357_888
    cash = cash_bars(points, forian.scale).figure.layout.yaxis
    assert cash.title.text == "$ millions" and list(cash.ticktext)[-1] == "50"
    runway = runway_projection(points[-1], burn_estimates(forian_release), forian.scale)
    assert runway is not None
    assert runway.figure.layout.yaxis.title.text == "Cash and investments left ($ millions)"
    # drawn in the axis's millions, its hovers and table with it (UI-43)
    assert round(runway.figure.data[0].y[0], 6) == 49.357888
    cree = read(CREE).statement("balance")
    assert cree is not None
    axis = balance_bars(cree).figure.layout.yaxis
    assert axis.title.text == "$ millions" and "1,000" in list(axis.ticktext)


def test_compare_draws_cash_over_time_in_thousands_where_the_release_prints_dollars() -> None:
    """Compare's cash chart of Forian alone: $49,357,888 at Sep 30, 2024 on an axis of "$ thousands", no longer
    "$ millions": its release reads in thousands on every page and every chart over time (UI-46,
    `style.release_unit`), still no axis of whole dollars."""
    from core.analysis.series import company_series
    from core.charts.cash_over_time import cash_trend

    chart = cash_trend(company_series([read(FORIAN)]))
    assert chart is not None
    axis = chart.figure.layout.yaxis
    assert axis.title.text == "$ thousands" and list(axis.ticktext)[-1] == "50,000"
    assert round(chart.figure.data[0].y[-1], 3) == 49357.888  # in the axis's thousands (UI-46)


def test_the_runway_chart_ticks_every_year_from_the_balance_sheet_date() -> None:
    """Cree's run-down chart (cash and investments of $852.9 million at Mar 29, 2020; its operating cash flow
    line drawn to the five-year horizon): ticked every 12 months from Mar 29, 2020 to Mar 29, 2025. Counted
    back from the last line's end its ticks had fallen on "Oct 29 2020, Dec 29 2021, Feb 28 2023" (UI-42)."""
    from core.analysis.cash import cash_burn

    release = read(CREE)
    balance = release.statement("balance")
    assert balance is not None
    burn = cash_burn(release)
    estimates = tuple(sorted(burn_estimates(release), key=lambda e: e != burn))
    chart = runway_projection(cash_points(balance)[-1], estimates, balance.scale)
    assert chart is not None
    axis = chart.figure.layout.xaxis
    assert list(axis.tickvals) == [f"{year}-03-29" for year in range(2020, 2026)]
    assert list(axis.ticktext) == [f"Mar 29<br>{year}" for year in range(2020, 2026)]


def test_the_smaller_asset_lines_are_one_legend_entry_at_both_dates() -> None:
    """Antero's sheet: beyond its seven largest asset lines, Dec 31, 2019 holds three ("Accounts receivable,
    related parties" 125,000, "Other current assets" 10,731, "Other assets" 21,094: 156,825) and Mar 31, 2020
    two (10,313 and 20,039: 30,352, the related parties' receivable "—"). The legend had shown "Smaller asset
    lines (3)" and "Smaller asset lines (2)" as two entries (UI-42): one entry, one colour, the counts said in
    the hover and the table."""
    antero = read(ANTERO).statement("balance")
    assert antero is not None
    chart = balance_bars(antero)
    smaller = [trace for trace in chart.figure.data if trace.legendgroup == "Smaller asset lines"]
    assert [trace.y[0] for trace in smaller] == [0.156825, 0.030352]  # in the axis's billions (UI-43)
    assert [trace.showlegend for trace in smaller] == [True, False]
    assert {trace.name for trace in smaller} == {"Smaller asset lines"}
    assert len({trace.marker.color for trace in smaller}) == 1
    assert [trace.hovertemplate.split(":")[0] for trace in smaller] == ["Smaller asset lines (3), Dec 31, 2019",
                                                                        "Smaller asset lines (2), Mar 31, 2020"]
    legend = [trace.name for trace in chart.figure.data if trace.showlegend]
    assert sum(name.startswith("Smaller asset lines") for name in legend) == 1
    rows = chart.data[chart.data["Line"].str.startswith("Smaller")]
    assert list(rows["Line"]) == ["Smaller asset lines (3)", "Smaller asset lines (2)"]
    assert list(rows["Amount ($ billions)"]) == ["0.157", "0.030"]


def test_the_periods_page_words_a_loss_change_as_the_overview_does() -> None:
    """Cree's quarter to Mar 29, 2020 against a year before ($ millions): "Operating (loss) income" (11.1) to
    (49.8), -348.6%, which the Overview's card says "-348.6% (larger loss)" and the Periods table had said
    "-348.6%" alone; "Loss before income taxes" (19.5) to (64.3) is -229.7%, "Net loss" (227.7) to (61.4)
    +73.0%, a smaller loss. Lines that are no loss keep their percent; the CSV keeps the number (UI-42). Each
    change to the places the tenths of a million printed allow (UI-44, `formatting.change_places`): (49.8)
    against (11.1) may be anything from -346.2% to -351.1% before rounding, so "-346% to -351%" (UI-49: "-349%"
    was no figure the rounding vouched for); 61.4 against 227.7 keeps its tenth."""
    from core.analysis import windows
    from core.analysis.metrics import metric_delta, standard_metrics
    from core.analysis.structure import operations_statement
    from core.charts.export import numbers_frame
    from core.charts.periods import comparison_bars

    release = read(CREE)
    operations = operations_statement(release)
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None)
    table = comparison_bars(operations, (quarter,)).data.set_index("Line")
    said = table["Change %"]
    assert said["Operating (loss) income"] == "-346.2 to -351.1% (larger loss)"
    assert said["Loss before income taxes"] == "-228.6 to -230.8% (larger loss)"
    assert said["Net loss"] == "+73.0% (smaller loss)"
    assert said["Revenue, net"] == "-21.4%" and said["Non-operating expense, net"] == "+71.0 to +74.3%"
    card = standard_metrics(release).get("operating_income")
    assert card is not None and metric_delta(card) == said["Operating (loss) income"]
    numbers = numbers_frame(table.reset_index()).set_index("Line")
    # a change the rounding leaves open is no one number a spreadsheet can add up: the CSV keeps the words
    assert numbers.loc["Operating (loss) income", "Change %"] == "-346.2 to -351.1% (larger loss)"
    assert numbers.loc["Revenue, net", "This year ($ millions)"] == Decimal("215.5")
