"""The pages as a browser review of real releases found them (UI-44): a runway past five years said so on
Compare's burn chart too, share-count charts tabled and captioned in the millions their axis reads, one word
for a company burning no cash, the periods of a loss and of the cash flow named, the measure that rose or
fell named, and a basic/diluted switch said only where the release prints two counts.

Figures checked by hand against the releases."""

from __future__ import annotations

from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.export import data_csv
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read

FORIAN = FIXTURES / "ui" / "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"
AZZ = FIXTURES / "html" / "azz_q4-fy2020.htm"
HASBRO = FIXTURES / "gold" / "hasbro_q1-2020_html.htm"
APPLE = FIXTURES / "html" / "apple-computer_q3-fy2004.htm"
SEARS = FIXTURES / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"


def test_compares_burn_chart_draws_and_tables_a_runway_past_five_years_as_5_plus_years() -> None:
    """Forian Q3 2024: $49,357,888 of cash and investments; operations used $1,467,084 in the nine months
    ($163,009 a month: 302.8 months) and the quarter lost $204,907 ($68,302 a month: 722.6 months). The
    chart had drawn both at 303 and 723 on an axis to 800, its table and CSV "302.8" and "722.6"."""
    chart = burn_chart(company_series([read(FORIAN)]))
    assert chart is not None
    runways = [trace for trace in chart.figure.data if trace.yaxis == "y2"]
    assert [list(trace.y) for trace in runways] == [[60.0], [60.0]]
    assert [list(trace.customdata) for trace in runways] == [["5+ years"], ["5+ years"]]
    assert all("%{customdata} of cash" in trace.hovertemplate for trace in runways)
    axis = chart.figure.layout.yaxis2
    assert max(axis.range) < 70 and list(axis.ticktext)[-1] == "5+ years" and list(axis.tickvals)[-1] == 60
    assert list(chart.data["Runway (months)"]) == ["5+ years", "5+ years"]
    csv = data_csv(chart.data).decode()
    assert "302.8" not in csv and "722.6" not in csv and csv.count("5+ years") == 2
    # the burn itself is still the figure: $163,009 and $68,302 a month
    assert list(chart.data["Burn per month ($)"]) == ["163,009", "68,302"]
