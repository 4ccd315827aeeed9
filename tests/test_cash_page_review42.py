"""The Cash page as a browser review of real releases found it (UI-42, second part): what a release with no
cash line shows said in plain words, and axes of balance-sheet amounts read in millions or billions.

Figures checked by hand against the releases."""

from __future__ import annotations

from core.analysis.cash import burn_estimates, cash_points, no_cash_said
from core.charts import balance_bars, cash_bars, runway_projection
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read

ANTERO = FIXTURES / "ui" / "oil_gas_commodity_derivative_gains_in_revenue_antero_q1_2020.htm"
FORIAN = FIXTURES / "ui" / "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"
CREE = FIXTURES / "html" / "cree_q3-fy2020.htm"


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
    assert list(axis.tickvals) == [0.0, 5_000_000.0, 10_000_000.0, 15_000_000.0, 20_000_000.0]  # $ thousands
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
    # the figures themselves stay in the release's unit: only the axis is read in millions
    assert runway.figure.data[0].y[0] == 49_357_888.0
    cree = read(CREE).statement("balance")
    assert cree is not None
    axis = balance_bars(cree).figure.layout.yaxis
    assert axis.title.text == "$ millions" and "1,000" in list(axis.ticktext)


def test_compare_draws_cash_over_time_in_millions_where_the_release_prints_dollars() -> None:
    """Compare's cash chart of Forian alone: $49,357,888 at Sep 30, 2024 on an axis of "$ millions"."""
    from core.analysis.series import company_series
    from core.charts.cash_over_time import cash_trend

    chart = cash_trend(company_series([read(FORIAN)]))
    assert chart is not None
    axis = chart.figure.layout.yaxis
    assert axis.title.text == "$ millions" and list(axis.ticktext)[-1] == "50"
    assert chart.figure.data[0].y[-1] == 49_357_888.0
