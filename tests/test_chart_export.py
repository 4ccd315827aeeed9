"""A chart's data as a file: numbers a spreadsheet can add up, named for the company it came from."""

from __future__ import annotations

import io
from decimal import Decimal

import pandas as pd

import core
from core.analysis import per_share_points, windows
from core.charts import comparison_bars, eps_bars, result_waterfall
from core.charts.export import data_csv, download_name, numbers_frame
from core.model import Statement


def test_waterfall_csv_holds_numbers_in_the_unit_of_its_header(operations: Statement) -> None:
    chart = result_waterfall(operations, operations.periods[0])
    assert chart is not None
    assert list(chart.data["Amount ($ thousands)"])[-1] == "(7,151)"  # the screen prints as the release
    read = pd.read_csv(io.BytesIO(data_csv(chart.data)))
    assert list(read.columns) == ["Step", "Amount ($ thousands)", "Kind"]
    assert list(read["Amount ($ thousands)"]) == [-3446, -1374, -2442, -7262, 111, -7151]
    assert list(read["Kind"])[-1] == "subtotal"


def test_changes_and_percentages_become_signed_numbers(operations: Statement) -> None:
    data = numbers_frame(comparison_bars(operations, windows(operations)).data)
    net = data[(data["Window"] == "Quarter") & (data["Line"] == "Net loss")].iloc[0]
    assert (net["Change ($ millions)"], net["Change %"]) == (Decimal("4.620"), Decimal("39.2"))
    # a whole percent's footnote mark ("-60% \u00b6": 111 against 277 thousand) is the legend's, not the number's
    interest = data[(data["Window"] == "Quarter") & (data["Line"] == "Interest and other income, net")].iloc[0]
    assert interest["Change %"] == Decimal("-60")
    total = data[(data["Window"] == "Six months") & (data["Line"] == "Total operating expenses")].iloc[0]
    assert (total["This year ($ millions)"], total["Change ($ millions)"]) == (Decimal("12.546"), Decimal("-7.007"))


def test_per_share_dollars_lose_their_sign_and_parentheses() -> None:
    name, data = core.load_sample()
    operations = core.parse_release(data, name).statement("operations")
    assert operations is not None
    read = pd.read_csv(io.BytesIO(data_csv(eps_bars(per_share_points(operations)).data)))
    assert list(read["Per share ($)"]) == [-0.45, -0.23, -0.73, -0.40]


def test_a_column_of_words_or_blanks_stays_as_it_is() -> None:
    frame = pd.DataFrame({"Date": ["Mar 31, 2020", "Dec 31, 2019"], "Amount": ["1,200", "—"],
                          "Share": ["12.5%", "87.5%"], "Note": ["3 lines", "(see below)"]})
    out = numbers_frame(frame)
    assert list(out.columns) == ["Date", "Amount", "Share (%)", "Note"]
    assert list(out["Date"]) == ["Mar 31, 2020", "Dec 31, 2019"]
    assert list(out["Amount"]) == [Decimal(1200), None]
    assert list(out["Note"]) == ["3 lines", "(see below)"]


def test_file_names_start_with_the_company() -> None:
    title = "From revenue to the net result, 3M to Mar 31, 2020"
    assert download_name("Alkermes plc", title, "csv") == (
        "alkermes_plc_from_revenue_to_the_net_result_3m_to_mar_31_2020.csv"
    )
    assert download_name("Horizon Bancorp, Inc.", title, "html").startswith("horizon_bancorp_inc_from_")
    assert download_name("", "", "csv") == "chart.csv"
