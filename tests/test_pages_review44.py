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


def test_share_count_charts_table_and_caption_the_millions_their_axis_reads() -> None:
    """AZZ Q4 FY2020 prints "Diluted average shares outstanding" in thousands: 26,209 for the quarter to Feb 29,
    2020, 26,153 a year before; the year 26,281 and 26,107. Forian prints whole shares: diluted 35,068,716 and
    31,098,180 in its quarters. Both charts' axes read millions, while Compare's caption said "drawn in
    millions: ... 26,153,000" and the tables and CSVs held 35068716."""
    from core.analysis import per_share_points
    from core.analysis.structure import operations_statement
    from core.charts.per_share import share_bars
    from core.charts.series import share_count_trend

    azz = read(AZZ)
    over_time = share_count_trend(company_series([azz]))
    assert over_time is not None
    assert over_time.figure.layout.yaxis.title.text == "Weighted shares (millions)"
    assert list(over_time.data["Value (millions of shares)"]) == ["26.153", "26.209"]
    assert over_time.alt_text == ("Line of weighted average shares per quarter, in millions: 3M to Feb 28, 2019 "
                                  "26.153, 3M to Feb 29, 2020 26.209.")
    assert "26,153,000" not in over_time.alt_text
    operations = operations_statement(azz)
    assert operations is not None
    bars = share_bars(per_share_points(operations))
    assert list(bars.data["Weighted shares (millions)"]) == ["26.153", "26.209", "26.107", "26.281"]
    assert bars.alt_text.startswith("Bars of weighted average shares in millions: 3M to Feb 28, 2019 26.153,")
    assert "million shares" in bars.figure.data[0].hovertemplate

    forian = share_count_trend(company_series([read(FORIAN)]))
    assert forian is not None
    csv = data_csv(forian.data).decode()
    assert "35.068716" in csv and "31.09818" in csv and "35068716" not in csv
    assert [text for text in forian.figure.data[0].text if text] == ["35.1", "31.1"]
