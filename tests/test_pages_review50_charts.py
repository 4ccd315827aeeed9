"""UI-50, findings 2-4: a bank's waterfall bridges from its net interest income (Horizon Bancorp Q1 2020: 40,925
less the 8,600 credit loss expense, plus 12,063 non-interest income, less 31,149 non-interest expense, is the 13,239
pre-tax result); Compare's costs over time draw only the lines every release prints (Oracle's fiscal 2014 and 2022
name their revenue costs apart) and say the others; the margins chart leaves out, and says why, each company with
no ratio to draw (GeoVax beyond 150% of revenue, Horizon with no revenue line) and is no chart of one company."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from core.analysis.headline import quarter_window
from core.analysis.metrics import standard_metrics
from core.analysis.series import carried_lines, company_series
from core.analysis.structure import operations_statement
from core.charts.memo import common_size_bars, margins_left_out
from core.charts.periods import result_waterfall, waterfall_steps
from core.charts.series import expense_lines
from core.model import Release
from tests.conftest import GEOVAX, corpus_release, read_fixture
from tests.test_pages import ALKERMES

ORACLE = [Path(__file__).parent / "fixtures" / "edgar" / f"oracle_q4-fy{year}.txt" for year in (2014, 2022)]


@pytest.fixture(scope="module")
def horizon() -> Release:
    return corpus_release("horizon-bancorp_q1-2020_html.htm")


def test_a_banks_waterfall_steps_from_net_interest_income_to_the_net_result(horizon: Release) -> None:
    operations = operations_statement(horizon)
    assert operations is not None
    window = quarter_window(operations, horizon.statement("balance"))
    assert window is not None
    steps = waterfall_steps(operations, window.current)
    assert steps == [
        ("Net Interest Income", Decimal("40925000"), "absolute"),
        ("Credit loss expense", Decimal("-8600000"), "relative"),
        ("Total non-interest income", Decimal("12063000"), "relative"),
        ("Total non-interest expense", Decimal("-31149000"), "relative"),
        ("Income before taxes", Decimal("13239000"), "total"),
        ("Income tax", Decimal("-1584000"), "relative"),
        ("Net result", Decimal("11655000"), "total"),
    ]
    chart = result_waterfall(operations, window.current)
    assert chart is not None
    assert chart.figure.layout.title.text == "From net interest income to the net result, 3M to Mar 31, 2020"


def test_costs_over_time_draw_the_lines_every_release_prints_and_name_the_others() -> None:
    series = company_series([read_fixture(path) for path in ORACLE])
    across = carried_lines(series)
    assert [series.label(key) for key in across.carried] == [
        "Services", "Sales and marketing", "Research and development", "General and administrative",
        "Amortization of intangible assets", "Acquisition related and other", "Restructuring"]
    assert [(said, len(keys)) for said, keys in across.apart] == [("May 31, 2014", 5), ("May 31, 2022", 2)]
    chart = expense_lines(series)
    assert chart is not None
    # (2022's "Services" cost, named like its revenue line, said to be a cost in the legend: UI-57)
    assert [trace.name for trace in chart.figure.data] == [
        "Cost: Services", "Sales and marketing", "Research and development", "General and administrative",
        "Amortization of intangible assets", "Acquisition related and other", "Restructuring",
        "Total operating expenses"]
    assert ("only in the release to May 31, 2014: Cloud software-as-a-service and platform-as-a-service, Cloud "
            "infrastructure-as-a-service, Software license updates and product support, Hardware systems products, "
            "Hardware systems support; only in the release to May 31, 2022: Cloud services and license support, "
            "Hardware.") in chart.alt_text
    # every line still in the table: Oracle 2022's "Hardware" costs, 253 and 254 ($ millions) for the quarters to
    # May 31, 2021 and 2022, and 2014's "Hardware systems products", 413 and 443
    table = chart.data.set_index("Line")["Value ($ millions)"]
    assert list(table["Hardware"]) == ["253", "254"]
    assert list(table["Hardware systems products"]) == ["413", "443"]


def test_margins_chart_of_one_company_is_not_drawn_and_each_left_out_says_why(horizon: Release) -> None:
    geovax, oracle = read_fixture(GEOVAX), read_fixture(ORACLE[0])
    found = [standard_metrics(release) for release in (geovax, horizon, oracle)]
    assert common_size_bars(found) is None
    assert margins_left_out(found) == [
        "GeoVax Labs, Inc. (GOVX): each of its ratios is beyond 150% of revenue (operating expenses, % of revenue "
        "309.9%; operating margin -209.9%; net margin -208.5%)",
        "Horizon Bancorp, Inc.: its statement of operations prints no revenue line to take percentages of",
    ]
    # with a second company to draw, the chart holds those two alone, each in its own colour
    found.append(standard_metrics(read_fixture(ALKERMES)))
    chart = common_size_bars(found)
    assert chart is not None
    assert [trace.name.split(" · ")[0] for trace in chart.figure.data] == [
        "Oracle Corporation (ORCL)", "Alkermes plc (ALKS)"]
