"""The pages as a browser review of real releases found them (UI-44): a runway past five years said so on
Compare's burn chart too, share-count charts tabled and captioned in the millions their axis reads, one word
for a company burning no cash, the periods of a loss and of the cash flow named, the measure that rose or
fell named, and a basic/diluted switch said only where the release prints two counts.

Figures checked by hand against the releases."""

from __future__ import annotations

from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.export import data_csv
from core.model import Release
from tests.conftest import AZZ, FIXTURES, FORIAN, HASBRO
from tests.conftest import read_fixture as read

APPLE = FIXTURES / "html" / "apple-computer_q3-fy2004.htm"
SEARS = FIXTURES / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"


def test_compares_burn_chart_draws_and_tables_a_runway_past_five_years_as_5_plus_years() -> None:
    """Forian Q3 2024: $49,357,888 of cash and investments; operations used $1,467,084 in the nine months
    ($163,009 a month: 302.8 months) and the quarter lost $204,907 ($68,302 a month: 722.6 months). The
    chart had drawn both at 303 and 723 on an axis to 800, its table and CSV "302.8" and "722.6". Since UI-52 the
    net loss, which revenue ($1.6 million a month) outruns, draws no runway (the runway rule): "Not estimated"."""
    chart = burn_chart(company_series([read(FORIAN)]))
    assert chart is not None
    runways = [trace for trace in chart.figure.data if trace.yaxis == "y2"]
    assert [list(trace.y) for trace in runways] == [[60.0]]
    assert [list(trace.customdata) for trace in runways] == [["5+ years"]]
    assert all("%{customdata} of cash" in trace.hovertemplate for trace in runways)
    axis = chart.figure.layout.yaxis2
    assert max(axis.range) < 70 and list(axis.ticktext)[-1] == "5+ years" and list(axis.tickvals)[-1] == 60
    assert list(chart.data["Runway (months)"]) == ["5+ years", "Not estimated"]
    csv = data_csv(chart.data).decode()
    assert "302.8" not in csv and "722.6" not in csv and csv.count("5+ years") == 1
    # the burn itself is still the figure, read in $ thousands as the bars are: $163,009 and $68,302 a month
    assert list(chart.data["Burn per month ($ thousands)"]) == ["163", "68"]


def test_compares_burn_bars_hovers_and_table_read_in_the_unit_the_burns_read_best_in() -> None:
    """Forian Q3 2024 prints whole dollars: operations used $1,467,084 in the nine months ($163,009 a month), the
    quarter lost $204,907 ($68,302 a month), and it held $49,357,888 of cash and investments. The bars had been
    drawn and tabled in whole dollars ("163,009" over "49,357,888", UI-44's review) beside every other chart's
    larger unit; now $ thousands: 163.0 and 68.3 drawn, "163" and "68" tabled with "49,358" of cash."""
    chart = burn_chart(company_series([read(FORIAN)]))
    assert chart is not None
    bars = [trace for trace in chart.figure.data if trace.type == "bar"]
    assert [round(float(bar.y[0]), 3) for bar in bars] == [163.009, 68.302]
    assert all("($ thousands)" in bar.hovertemplate and ":,.0f}" in bar.hovertemplate for bar in bars)
    assert chart.figure.layout.yaxis.title.text == "Burn per month ($ thousands)"
    assert list(chart.data["Cash at quarter end ($ thousands)"]) == ["49,358", "49,358"]
    assert "in $ thousands" in chart.alt_text


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
    # dots: the quarters stand a year apart, never joined (UI-46)
    assert over_time.alt_text == ("Dots of weighted average shares per quarter, in millions: 3M to Feb 28, 2019 "
                                  "26.15, 3M to Feb 29, 2020 26.21.")  # as the labels say it (UI-45), apart (UI-59)
    assert "26,153,000" not in over_time.alt_text
    operations = operations_statement(azz)
    assert operations is not None
    bars = share_bars(per_share_points(operations))
    assert list(bars.data["Weighted shares (millions)"]) == ["26.153", "26.209", "26.107", "26.281"]
    assert bars.alt_text.startswith("Bars of weighted average shares in millions: 3M to Feb 28, 2019 26.15,")  # UI-59
    assert "million shares" in bars.figure.data[0].hovertemplate

    forian = share_count_trend(company_series([read(FORIAN)]))
    assert forian is not None
    csv = data_csv(forian.data).decode()
    assert "35.068716" in csv and "31.09818" in csv and "35068716" not in csv
    assert [text for text in forian.figure.data[0].text if text] == ["35.1", "31.1"]


def test_side_by_side_says_no_burn_in_every_burn_cell_of_a_company_burning_no_cash(allos: Release) -> None:
    """Hasbro Q1 2020 lost $69.6 million (69,637 thousand) while its operations generated $291.6 million (291,583
    thousand): beside Allos, which burns, its net-loss cell said "Not a burn" beside "No burn" in the burn and
    runway cells."""
    from core.analysis.metrics import METRIC_NAMES, standard_metrics
    from core.charts.memo import memo_table

    columns = [standard_metrics(read(HASBRO)), standard_metrics(allos)]
    memo = memo_table(columns).set_index("Metric")
    burn_rows = [METRIC_NAMES[key] for key in ("monthly_burn", "monthly_net_loss", "runway")]
    assert memo.loc["Net income (loss)"].tolist()[0] == "($69.6M) *"  # its note under the memo (UI-52)
    assert [memo.loc[row].tolist()[0] for row in burn_rows] == ["No burn", "No burn", "No burn"]


def test_a_quarters_loss_is_named_with_its_period_beside_a_years_cash_flow() -> None:
    """AZZ Q4 FY2020: the fourth quarter lost $10,643 thousand; the twelve months to Feb 29, 2020 earned $48,234
    thousand and operations generated $144,759 thousand. The note had said the year's cash flow made "the net
    loss" no burn, as though the year had lost it. Hasbro's loss and cash flow are of one quarter."""
    from core.analysis.cash import no_burn_sentence

    assert no_burn_sentence(read(AZZ)) == (
        "Operations generated $144.8 million of cash in the 12 months to Feb 29, 2020, in which the company earned "
        "$48.2 million, so the net loss of $10.6 million in the 3 months to Feb 29, 2020 is not a burn.")
    assert no_burn_sentence(read(HASBRO)) == (
        "Operations generated $291.6 million of cash in the 3 months to Mar 29, 2020, so the net loss of $69.6 "
        "million in those months is not a burn.")


def test_the_sentence_names_what_rose_cash_and_investments_not_cash() -> None:
    """Apple Q3 FY2004: cash and cash equivalents fell from 3,396 to 3,120 ($ millions, Sep 27, 2003 to Jun 26,
    2004); with short-term investments (1,170 and 1,846) the sum rose from 4,566 to 4,966. The Cash page had
    said "cash rose"."""
    from core.analysis.cash import cash_points, no_burn_sentence

    release = read(APPLE)
    balance = release.statement("balance")
    assert balance is not None
    points = cash_points(balance)
    assert [int(p.amount / 1_000_000) for p in points] == [4566, 4966]
    said = no_burn_sentence(release)
    assert said == ("The period was profitable and cash and investments rose from Sep 27, 2003 to Jun 26, 2004, so "
                    "there is no burn to measure.")
    assert "cash rose" not in said


def test_no_basic_diluted_switch_is_said_where_the_release_prints_one_share_count() -> None:
    """Sears Q2 2004 prints one "Average common equivalent shares outstanding" (217.1 million for the 26 weeks
    of 2004, which lost $806 million; 307.9 million for 2003's, which earned $501 million): the bridge between
    them had said part of the count's effect was a switch from basic to diluted counts the release never
    printed apart."""
    from core.analysis import eps_bridge, windows
    from core.analysis.per_share import dilution_switched
    from core.analysis.structure import operations_statement

    operations = operations_statement(read(SEARS))
    assert operations is not None
    assert operations.item("shares_basic") is None
    bridges = [b for w in windows(operations) if (b := eps_bridge(operations, w)) is not None]
    half = next(b for b in bridges if b.result_now < 0)
    assert (half.result_then, half.result_now) == (501_000_000, -806_000_000)
    assert (half.shares_then, half.shares_now) == (307_900_000, 217_100_000)
    assert dilution_switched(operations, half) == ""
