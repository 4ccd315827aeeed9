"""Compare as a browser review of real releases found it (UI-45): each bar named by its own tick and the years an
axis leaves out said on it, the values of a chart's table in view in a half-width column, a share count said in a
caption as its labels say it, every chart in the unit its figures read best in, a line named as every page names
it, and side by side starting from the release chosen in the sidebar.

Figures checked by hand against the releases."""

from __future__ import annotations

from pathlib import Path

import core
from core.analysis.companies import group_by_company
from core.analysis.series import company_series
from core.charts.cash_over_time import cash_trend
from core.charts.series import expense_lines, line_bars, share_count_trend
from core.charts.timeline import on_one_time_axis
from core.model import Release
from pages._markdown import unescape
from pages._widgets import fitting_width
from tests.conftest import AZZ, FIXTURES, FORIAN
from tests.conftest import read_fixture as read

APPLE_2004 = FIXTURES / "html" / "apple-computer_q3-fy2004.htm"
APPLE_2024 = FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt"
BUCKLE = FIXTURES / "html" / "buckle_q3-fy2024.htm"
# A table in one of Compare's two chart columns at 1,440 px: half the main column (pages._widgets.WIDE_PAGE_PX,
# 944 px) less half the large gap (24 px) and the expander's padding and borders (about 38 px)
HALF_COLUMN_PX = 410


def _parse(path: Path) -> Release:
    return core.parse_release(path.read_bytes(), path.name)


def test_each_bar_over_time_is_named_by_its_own_tick_and_the_years_left_out_are_said() -> None:
    """Apple's Q3 FY2004 release prints net income of $61 million for the quarter to Jun 26, 2004 and $19 million
    for the quarter to Jun 28, 2003, its balance sheet at Jun 26, 2004 and Sep 27, 2003; Q1 FY2024 prints $33,916
    million to Dec 30, 2023 and $29,998 million to Dec 31, 2022. Ticked at every chart's days, the 2003 bar had
    stood unnamed left of the cash chart's "Sep 27 2003", and the dotted line cutting the 18 years between Jun 26,
    2004 and Dec 31, 2022 said nothing."""
    group = group_by_company([_parse(APPLE_2004), _parse(APPLE_2024)])
    assert len(group) == 1
    series = company_series(group[0].releases)
    net, cash = line_bars(series, "net_income", "Net result per quarter"), cash_trend(series)
    assert net is not None and cash is not None
    drawn_net, drawn_cash = on_one_time_axis([net, cash])
    # UI-53: only the ticks that fit Compare's half-width plot: Jun 26, 2004 stands too close to Dec 31, 2022 there
    # for one row; UI-55: it takes a second, every bar named
    assert list(drawn_net.figure.layout.xaxis.tickvals) == ["2003-06-28", "2004-06-26", "2022-12-31", "2023-12-30"]
    assert "2003-09-27" in drawn_cash.figure.layout.xaxis.tickvals  # the cash chart names its own sheet's date
    for chart in (drawn_net, drawn_cash):
        notes = [note for note in chart.figure.layout.annotations if note.name == "axis cut"]
        # Jun 26, 2004 to Dec 31, 2022: 6,762 days, 18.5 years; said at the dotted line (75 days before Dec 31)
        assert [note.text for note in notes] == ["18.5 years left out"]
        line = next(shape for shape in chart.figure.layout.shapes if shape.name == "axis cut")
        assert notes[0].x == line.x0 == "2022-10-17"


def test_a_charts_table_over_time_shows_its_values_in_a_half_width_column() -> None:
    """Forian Q3 2024 prints "Weighted-average shares outstanding - diluted" 35,068,716 (quarter to Sep 30, 2023)
    and 31,098,180 (to Sep 30, 2024). Compare's tables in half-width columns had shown only Period and the line's
    long name, the value past the edge; the value now follows the period, and the two fit the column."""
    series = company_series([read(FORIAN)])
    for chart in (share_count_trend(series), line_bars(series, "net_income", "Net result per quarter"),
                  expense_lines(series)):
        assert chart is not None
        table = chart.marked_data()
        period, value = table.columns[:2]
        assert period == "Period" and value.startswith("Value (")
        assert fitting_width([period, *table[period]]) + fitting_width([value, *table[value]]) <= HALF_COLUMN_PX
    shares = share_count_trend(series)
    assert shares is not None
    assert list(shares.data.iloc[:, 1]) == ["35.068716", "31.098180"]  # the table keeps each count as printed


def test_the_share_count_caption_says_each_count_as_its_label_does() -> None:
    """Forian's diluted counts 35,068,716 and 31,098,180 are labelled "35.1" and "31.1" (millions) on the chart;
    the caption had read "35.068716" and "31.098180"."""
    chart = share_count_trend(company_series([read(FORIAN)]))
    assert chart is not None
    assert [text for text in chart.figure.data[0].text if text] == ["35.1", "31.1"]
    # dots: the two quarters stand a year apart, never joined (UI-46)
    assert chart.alt_text == ("Dots of weighted average shares per quarter, in millions: 3M to Sep 30, 2023 35.1, "
                              "3M to Sep 30, 2024 31.1.")


def test_the_net_result_and_cost_charts_read_in_the_unit_their_figures_read_best_in() -> None:
    """Forian prints whole dollars: net (loss) income $4,342,091 for the quarter to Sep 30, 2023 and $(204,907) to
    Sep 30, 2024; total costs and expenses $6,155,737 and $5,482,141. Both charts had been drawn in dollars
    ("4,342,091" on ticks of 2,000,000) beside the cash chart's $ millions; now $ thousands."""
    series = company_series([read(FORIAN)])
    net = line_bars(series, "net_income", "Net result per quarter")
    assert net is not None
    assert net.figure.layout.yaxis.title.text == "$ thousands"
    assert list(net.figure.data[0].text) == ["4,342", "(205)"]
    assert list(net.data["Value ($ thousands)"]) == ["4,342", "(205)"]
    assert "(2,000,000)" not in net.figure.layout.yaxis.ticktext and "2,000" in net.figure.layout.yaxis.ticktext
    assert net.alt_text.startswith("Bars of Net (loss) income per quarter in $ thousands: 3M to Sep 30, 2023 4,342,")
    costs = expense_lines(series)
    assert costs is not None
    assert costs.figure.layout.yaxis.title.text == "$ thousands"
    total = next(trace for trace in costs.figure.data if trace.name == "Total costs and expenses")
    assert [round(y, 3) for y in total.y if y is not None] == [6155.737, 5482.141]
    rows = costs.data[costs.data["Line"] == "Total costs and expenses"]
    # to a tenth: the litigation line's $1,394 keeps two digits so (style.readable)
    assert list(rows["Value ($ thousands)"]) == ["6,155.7", "5,482.1"]
    assert "($ thousands)" in total.hovertemplate


def test_a_line_printed_in_capitals_is_named_in_the_caption_as_every_page_names_it() -> None:
    """The Buckle Q3 FY2024 prints "NET INCOME $ 44,172 $ 51,762" (thousands): the caption had said "Bars of NET
    INCOME per quarter"."""
    chart = line_bars(company_series([_parse(BUCKLE)]), "net_income", "Net result per quarter")
    assert chart is not None
    # in the release's own $ thousands, as its pages read (UI-46, `style.release_unit`; "51.8" of $ millions before)
    assert chart.alt_text == ("Bars of Net income per quarter in $ thousands: 13 weeks to Oct 28, 2023 51,762, "
                              "13 weeks to Nov 2, 2024 44,172.")


def test_side_by_side_starts_from_the_release_chosen_in_the_sidebar() -> None:
    """AZZ Q4 FY2020, Buckle Q3 FY2024, Forian Q3 2024 and Apple Q1 FY2024 loaded, AZZ chosen in the sidebar: the
    page had said "yours first" and picked Buckle, Forian and Apple. AZZ is picked first, and said so."""
    from tests.test_compare_page import run_compare

    loaded = {r.name: r for r in (read(AZZ), _parse(BUCKLE), read(FORIAN), _parse(APPLE_2024))}
    at = run_compare(loaded, current=AZZ.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    picked = at.multiselect(key="compare_picked").value
    assert picked[0] == AZZ.name and len(picked) == 4  # and every other upload (UI-57)
    # every company loaded is in view, so no caption says the picks are a start (UI-57)
    assert not any("Picked to start" in unescape(c.value) for c in at.caption)
