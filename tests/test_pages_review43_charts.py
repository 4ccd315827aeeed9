"""The pages as a browser review of real releases found them (UI-43): a chart's caption, bar labels, hovers and
table in the unit its axis reads (the axis alone had been read in millions or billions), the Periods page's
axes read so too, a runway past five years said short enough for a card, card titles and the Periods table's
change column shown whole.

Figures checked by hand against the releases."""

from __future__ import annotations

from core.analysis import windows
from core.analysis.cash import burn_estimates, cash_points
from core.analysis.structure import operations_statement
from core.charts import balance_bars, cash_bars, runway_projection
from core.charts.periods import comparison_bars
from tests.conftest import ANTERO, AZZ, CREE, FORIAN, HASBRO
from tests.conftest import read_fixture as read


def test_forians_cash_charts_say_millions_in_their_labels_hovers_tables_and_captions() -> None:
    """Forian prints whole dollars: cash and investments of $48,339,575 at Dec 31, 2023 (cash 6,042,986 and
    marketable securities 42,296,589) and $49,357,888 at Sep 30, 2024 (2,707,688 + 46,650,200).
    Its axis read "$ millions" over bars labelled "48,339,575" and "49,357,888", a caption "in $" (UI-43)."""
    release = read(FORIAN)
    balance = release.statement("balance")
    assert balance is not None
    chart = cash_bars(cash_points(balance), balance.scale)
    assert chart.figure.layout.yaxis.title.text == "$ millions"
    assert list(chart.figure.data[0].text) == ["48.3", "49.4"]
    assert "$%{y:(,.1f}M" in chart.figure.data[0].hovertemplate  # $ millions, said short (UI-57)
    assert list(chart.data["Cash and investments ($ millions)"]) == ["48.3", "49.4"]
    assert chart.alt_text == "Bars of cash and investments in $ millions: Dec 31, 2023 48.3, Sep 30, 2024 49.4."
    # the axis's ticks stand where the bars are drawn: 50 of $ millions at the height of a bar of 49.4
    assert list(chart.figure.layout.yaxis.ticktext)[-1] == "50" and chart.figure.layout.yaxis.tickvals[-1] == 50
    # the run-down: operations used $1,467,084 in the nine months, $163,009 a month; the quarter's net loss of
    # $204,907 is $68,302 a month: "0.163" and "0.068" of $ millions, two digits kept of each
    runway = runway_projection(cash_points(balance)[-1], burn_estimates(release), balance.scale)
    assert runway is not None
    assert runway.figure.layout.yaxis.title.text == "Cash and investments left ($ millions)"
    assert round(runway.figure.data[0].y[0], 6) == 49.357888
    assert all(trace.hovertemplate.endswith("M<extra></extra>") for trace in runway.figure.data)  # $ millions (UI-57)
    by_estimate = runway.data.set_index("Estimate")["Monthly burn ($ millions)"]
    assert by_estimate.to_dict() == {"Net loss per month": "0.068", "Operating cash flow per month": "0.163"}
    sheet = balance_bars(balance)
    assert sheet.figure.layout.yaxis.title.text == "$ millions"
    assert sheet.alt_text.startswith("Stacked bars in $ millions for each balance date")
    rows = sheet.data.set_index(["Date", "Line"])["Amount ($ millions)"]
    assert rows[("Sep 30, 2024", "Marketable securities")] == "46.650"  # 46,650,200
    assert rows[("Sep 30, 2024", "Stockholders' equity")] == "26.895"  # 26,894,581


def test_compare_draws_forians_cash_over_time_with_labels_in_its_axis_unit() -> None:
    """Compare's cash over time: the same $49,357,888, labelled as its axis says, now "49,358" of $ thousands
    (UI-46: its release reads in thousands on every page, the net result beside it too; "49.4" of $ millions had
    stood beside a net result of "(205)" thousand)."""
    from core.analysis.series import company_series
    from core.charts.cash_over_time import cash_trend

    chart = cash_trend(company_series([read(FORIAN)]))
    assert chart is not None
    assert chart.figure.layout.yaxis.title.text == "$ thousands"
    assert [text for text in chart.figure.data[0].text if text] == ["48,340", "49,358"]
    assert "($ thousands)" in chart.figure.data[0].hovertemplate
    assert list(chart.data["Cash and investments ($ thousands)"]) == ["48,340", "49,358"]
    # dots: nine months apart, never joined (UI-46)
    assert chart.alt_text == "Dots of cash and investments in $ thousands: Dec 31, 2023 48,340, Sep 30, 2024 49,358."


def test_balance_sheet_captions_name_the_axis_unit() -> None:
    """Antero's sheet ($ thousands; total assets 14,525,789 thousand at Mar 31, 2020) reads in $ billions, its
    caption had said "Stacked bars in $ thousands"; its smaller asset lines, 156,825 and 30,352 thousand, are
    "0.157" and "0.030" of them. AZZ's (total assets 1,088,570 thousand at Feb 28, 2019; current assets 378,545)
    reads in $ millions, under a caption of $ thousands too (UI-43)."""
    antero = read(ANTERO).statement("balance")
    assert antero is not None
    chart = balance_bars(antero)
    assert chart.figure.layout.yaxis.title.text == "$ billions"
    assert chart.alt_text.startswith("Stacked bars in $ billions for each balance date")
    rows = chart.data[chart.data["Line"].str.startswith("Smaller")]
    assert list(rows["Amount ($ billions)"]) == ["0.157", "0.030"]
    assert [trace.y[0] for trace in chart.figure.data if trace.legendgroup == "Smaller asset lines"] == [
        0.156825, 0.030352]
    assert all("B<extra>" in trace.hovertemplate for trace in chart.figure.data)  # $ billions, said short (UI-57)
    azz = read(AZZ).statement("balance")
    assert azz is not None
    chart = balance_bars(azz)
    assert chart.figure.layout.yaxis.title.text == "$ millions"
    assert chart.alt_text.startswith("Stacked bars in $ millions for each balance date")
    rows = chart.data.set_index(["Date", "Line"])["Amount ($ millions)"]
    assert rows[("Feb 28, 2019", "Current assets")] == "378.5"
    # Cree prints millions and keeps them: nothing to convert, its own decimals
    cree = read(CREE).statement("balance")
    assert cree is not None
    assert balance_bars(cree).alt_text.startswith("Stacked bars in $ millions")


def test_the_periods_bars_of_a_large_company_read_in_millions_with_readable_ticks() -> None:
    """Hasbro's quarter to Mar 29, 2020 ($ thousands): net revenues of 1,105,570 against 732,510; Antero's "Total
    revenue and other" 1,317,105 against 1,037,407, its year-earlier gain on deconsolidation 1,406,042 and this
    quarter's impairment of its equity investment (610,632). Their axes had shown "0" and "2,000,000" alone, in
    $ thousands (UI-43): now $ millions, three ticks named, and the table in the axis's unit."""
    hasbro = operations_statement(read(HASBRO))
    assert hasbro is not None
    chart = comparison_bars(hasbro, windows(hasbro))
    axis = chart.figure.layout.xaxis
    assert axis.title.text == "$ millions" and list(axis.ticktext) == ["0", "500", "1,000"]
    table = chart.data.set_index("Line")
    assert table.loc["Net Revenues", "This year ($ millions)"] == "1,105.6"
    assert table.loc["Net Revenues", "Year earlier ($ millions)"] == "732.5"
    assert "in $ millions" in chart.alt_text
    assert all("($ millions)" in trace.hovertemplate for trace in chart.figure.data)
    antero = operations_statement(read(ANTERO))
    assert antero is not None
    axis = comparison_bars(antero, windows(antero)).figure.layout.xaxis
    assert axis.title.text == "$ millions" and list(axis.ticktext) == ["(1,000)", "0", "1,000"]


def test_a_runway_past_five_years_and_the_card_titles_fit_their_cards() -> None:
    """Cree's Cash page: four cards, the fourth its operating cash flow of $4.4 million a month against $852.9
    million of cash and investments, past five years: "more than 5 years" had been cut to "more than…" (UI-43). Its
    titles "Change in cash and investments per month" and "Operating cash flow per month" had been cut at the card's
    edge: they are small text that wraps, over the figure. (Its net loss's 41.5 months went with UI-52's rule: its
    revenue outruns the loss, which says nothing of cash used; the card keeps its figure.)"""
    from tests.page_runner import run_page

    at = run_page("cash", read(CREE))
    runways = [metric.value for metric in at.metric if metric.label == "Runway it implies"]
    assert runways == ["36.8 months", "38.5 months", "5+ years"]
    titles = [markdown.value for markdown in at.markdown]
    assert ":small[Change in cash and investments per month]" in titles
    assert ":small[Operating cash flow per month]" in titles


def test_the_periods_table_shows_a_losss_change_whole() -> None:
    """Cree's "-348.6% (larger loss)" (21 characters) had been cut to "-348.6% (larger los…" at 1,400 px: the
    column is as wide as its longest words."""
    from pages._widgets import CELL_CHAR_PX, CELL_PADDING_PX, table_columns

    operations = operations_statement(read(CREE))
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None)
    table = comparison_bars(operations, (quarter,)).data
    longest = max(table["Change %"], key=len)
    assert len(longest) >= len("-348.6% (larger loss)")
    width = table_columns(table)["Change %"]["width"]
    assert width == CELL_CHAR_PX * len(longest) + CELL_PADDING_PX
