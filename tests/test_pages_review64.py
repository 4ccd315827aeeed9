"""The pages as browser review 64 found them: two releases uploaded under one file name both kept, unverified margins
marked on the chart, chart colours legible on both themes, one tick format and whole dates in the hovers over many
quarters, bar labels that fit, every legend entry named, Compare's mode kept across a reload, one release in two
forms told apart, and the ‡ of an operating-expense share on its bar.

Figures checked by hand against the releases."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

import core
from core.analysis.companies import group_by_company, loaded_said, releases_counted
from core.analysis.metrics import standard_metrics
from core.charts.memo import common_size_bars
from core.charts.over_time import over_time
from core.charts.series import margins_over_time
from core.charts.style import (
    BACKGROUNDS,
    CURRENT,
    DISTINCT,
    FAVOURABLE,
    LEGIBLE_CONTRAST,
    PRIOR,
    TOTAL,
    UNFAVOURABLE,
    contrast,
    legible_version,
    palette,
)
from core.charts.timeline import (
    HALF_PLOT_PX,
    HOVER_DATE,
    LABEL_CHAR_PX,
    TICK_ROW,
    axis_days,
    date_ticks,
    edge_room,
    thin_labels,
    time_axis,
)
from pages._markdown import unescape
from pages._session import RELEASES
from tests.conftest import FIXTURES
from tests.page_runner import run_sidebar, sidebar_app

UI = FIXTURES / "ui"
RAIL = UI / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"
HTML = FIXTURES / "html"


@pytest.fixture(autouse=True)
def parsed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Uploads parsed in this process: these tests are of what the pages keep and say, not of the parse's budget,
    whose 10 s deadline a loaded test machine can pass (tests/test_budget.py tests that)."""
    monkeypatch.setattr(core, "parse_within_budget",
                        lambda data, name, exhibit=None: core.parse_release(data, name, exhibit))


def _read(path: Path) -> core.Release:
    return core.parse_release(path.read_bytes(), path.name)


def test_two_different_releases_uploaded_under_one_file_name_both_stay_loaded_and_told_apart() -> None:
    """Cree's Q3 FY2020 and ManTech's Q1 2020, both uploaded as "ex99-1.htm" (the usual EDGAR exhibit name): the
    second had replaced the first in the session, Cree gone from the list and from Compare with no word (UI-64)."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("ex99-1.htm", (HTML / "cree_q3-fy2020.htm").read_bytes(), "text/html")]).run()
    at.file_uploader[0].set_value([("ex99-1.htm", (HTML / "cree_q3-fy2020.htm").read_bytes(), "text/html"),
                                   ("ex99-1.htm", (HTML / "mantech_q1-2020.htm").read_bytes(), "text/html")]).run()
    assert not at.exception
    loaded = at.session_state[RELEASES]
    assert list(loaded) == ["allos_q2_2004.txt", "ex99-1.htm", "ex99-1.htm (2)"]
    assert loaded["ex99-1.htm"].metadata.company.startswith("Cree")
    assert loaded["ex99-1.htm (2)"].metadata.company.startswith("ManTech")
    radio = at.sidebar.radio[0]
    assert [unescape(option).replace("\\", "") for option in radio.options] == [
        "allos_q2_2004.txt", "ex99-1.htm", "ex99-1.htm (2)"]
    assert radio.value == "ex99-1.htm (2)"


def _compare_names() -> None:
    import streamlit as st

    from pages._session import every_release, load_sample_once
    from pages._sidebar import sidebar

    load_sample_once()
    sidebar()
    st.text(" | ".join(f"{r.name}={r.metadata.company}" for r in every_release()))


def test_a_stored_release_of_a_loaded_ones_file_name_joins_compare_under_a_name_of_its_own() -> None:
    """Another session's ex99-1.htm (Cree) in the library beside this session's ex99-1.htm (ManTech): Compare had left
    the library's out by its name alone."""
    other = run_sidebar()
    other.file_uploader[0].set_value([("ex99-1.htm", (HTML / "cree_q3-fy2020.htm").read_bytes(), "text/html")]).run()
    at = AppTest.from_function(_compare_names, default_timeout=60)
    at.run()
    at.file_uploader[0].set_value([("ex99-1.htm", (HTML / "mantech_q1-2020.htm").read_bytes(), "text/html")]).run()
    assert not at.exception
    said = at.text[-1].value.split(" | ")
    assert said[1].startswith("ex99-1.htm=ManTech") and said[2].startswith("ex99-1.htm (2)=Cree")


def test_unverified_margins_over_time_are_crossed_on_the_chart() -> None:
    """Saddlebrook Outfitters (the three retailer fixtures): the caption marks four margins ✗, a failed check blaming
    cost of sales; on the chart all six dots had been plain (UI-64). Each now carries the cross in its circle."""
    releases = [_read(UI / name) for name in ("retailer_cost_of_sales_misprinted_last_year.txt",
                                              "retailer_cost_of_sales_misprinted_this_quarter.txt",
                                              "retailer_expenses_no_total_or_sentence_speaks_of.txt")]
    (group,) = group_by_company(releases)
    chart = margins_over_time(tuple(group.releases))
    assert chart is not None
    drawn = {trace.name: [(x, round(y, 1), symbol) for x, y, symbol in
                          zip(trace.x, trace.y, trace.marker.symbol, strict=True) if x is not None]
             for trace in chart.figure.data}
    assert drawn == {
        "Gross margin": [("1996-08-03", 30.4, "circle-x"), ("1997-08-02", 32.0, "circle")],
        "Operating margin": [("1996-08-03", -0.3, "circle-x"), ("1997-08-02", 5.9, "circle-x")],
        "Net margin": [("1996-08-03", -0.6, "circle-x"), ("1997-08-02", 3.3, "circle")],
    }
    assert sum(symbol == "circle-x" for points in drawn.values() for _, _, symbol in points) == 4
    assert len(chart.figure_marks) == 4
    assert [t.customdata[0] for t in chart.figure.data] == ["30.4% ✗", "-0.3% ✗", "-0.6% ✗"]


def test_every_palette_colour_keeps_three_to_one_against_both_themes() -> None:
    """Tol's indigo #332288, Oracle's "General and administrative", had been 1.5:1 against the dark theme's #0E1117
    (UI-64), his green #117733 3.3:1 and wine #882255 2.2:1; the yellow #F0E442 1.3:1 against white. Every colour
    a chart is handed keeps WCAG's 3:1 for marks on both."""
    assert LEGIBLE_CONTRAST == 3.0
    for colour in (*DISTINCT, *palette(20), PRIOR, CURRENT, FAVOURABLE, UNFAVOURABLE, TOTAL):
        for background in BACKGROUNDS:
            assert contrast(colour, background) >= 3.0, (colour, background, contrast(colour, background))
    assert round(contrast("#332288", "#0E1117"), 2) == 1.55
    assert legible_version("#332288") == "#6255A3" and round(contrast("#6255A3", "#0E1117"), 2) == 3.01
    assert legible_version("#117733") == "#117733"  # 5.66 on white, 3.34 on the dark theme: kept as it is
    assert legible_version("#F0E442") == "#9E962C"
    assert len(DISTINCT) >= 12  # a balance sheet's dozen blocks (Meridian Crest's) each its own colour


def _quarter_ends(count: int, first: date) -> list[date]:
    ends = []
    year, month = first.year, first.month
    for _ in range(count):
        day = 31 if month in (3, 12) else 30
        ends.append(date(year, month, day))
        month += 3
        if month > 12:
            month, year = month - 12, year + 1
    return ends


DAY_TICK = re.compile(rf"^(?:{TICK_ROW})?[A-Z][a-z]{{2}} \d{{1,2}}<br>\d{{4}}$")


def test_twenty_six_quarters_are_ticked_in_one_format() -> None:
    """The reviewer's 26 quarters, Jun 30, 1999 to Sep 30, 2005, at Compare's half-width plot: "Jun 30 1999",
    "Jun 2000" and "Jun '02" had stood on one axis over two staggered rows (UI-64). Every tick says its day and
    year, no two of a row run together, and the latest is named."""
    ends = _quarter_ends(26, date(1999, 6, 30))
    assert ends[0] == date(1999, 6, 30) and ends[-1] == date(2005, 9, 30)
    ticks = date_ticks(ends, plot_px=HALF_PLOT_PX, own=ends)
    texts = list(ticks["ticktext"])  # type: ignore[call-overload]
    assert texts and all(DAY_TICK.match(text) for text in texts), texts
    assert texts[-1] == "Sep 30<br>2005"
    assert ticks["tickvals"][0] == "1999-06-30"  # type: ignore[index]
    drawn = axis_days(ends[0], ends[-1]) + 2 * edge_room(ends[0], ends[-1]).days
    per_day = HALF_PLOT_PX / drawn
    row = sorted((date.fromisoformat(v), t) for v, t in zip(ticks["tickvals"], texts, strict=True)  # type: ignore[call-overload]
                 if not t.startswith(TICK_ROW))
    for (one, _), (other, _) in itertools.pairwise(row):
        assert (other - one).days * per_day >= 40


def test_hovers_over_time_say_the_whole_date_on_one_line() -> None:
    """Halden's charts over time: the hovers had borrowed the ticks' text ("Net loss, / Jun / 2000: (7,151)",
    "Cash Jun '00: 34,148"); each says its point's date in full, "%{x|%b %-d, %Y}" (Jun 30, 2000)."""
    halden = tuple(_read(path) for path in sorted((FIXTURES / "series").glob("halden_*.txt")))
    built = over_time(halden)
    templates = [str(trace.hovertemplate) for chart in built.aligned for trace in chart.figure.data
                 if trace.hovertemplate and trace.x is not None and any(isinstance(x, str) and len(x) == 10
                                                                        for x in trace.x)]
    assert templates
    assert not [t for t in templates if "%{x}" in t]
    net = next(chart for chart in built.aligned if chart.title == "Net result per quarter")
    assert net.figure.data[0].hovertemplate == f"Net loss, {HOVER_DATE}: %{{text}} ($ thousands)<extra></extra>" \
        or net.figure.data[0].hovertemplate.startswith(f"Net loss, {HOVER_DATE}: %{{text}}")
    assert HOVER_DATE == "%{x|%b %-d, %Y}"


def test_bar_labels_over_many_quarters_are_drawn_only_where_they_fit() -> None:
    """26 quarters of net losses near (7,133) and (7,151) ($ thousands, Allos's quarters to Mar 31, 2003 and
    Jun 30, 2004, repeated): "(7,133)(7,151)" had printed as one, at 390 px "(7,13(7,151)" (UI-64). At the
    half-width plot no two labels kept overlap; each left out is still its bar's hover text."""
    ends = _quarter_ends(26, date(1999, 6, 30))
    values = [-7133.0 if index % 2 else -7151.0 for index in range(26)]
    texts = [f"({abs(v):,.0f})" for v in values]
    figure = go.Figure(go.Bar(x=[d.isoformat() for d in ends], y=values, text=texts, textposition="outside",
                              hovertemplate="Net loss, %{x}: %{text}"))
    figure.update_layout(height=380)
    time_axis(figure)
    pad = edge_room(ends[0], ends[-1])
    thin_labels(figure, ends[0] - pad, ends[-1] + pad, HALF_PLOT_PX)
    bars = figure.data[0]
    kept = [index for index, shown in enumerate(bars.texttemplate) if shown]
    assert 0 < len(kept) < 26 and kept[-1] == 25  # the latest labelled
    per_day = HALF_PLOT_PX / (axis_days(ends[0], ends[-1]) + 2 * pad.days)
    width = LABEL_CHAR_PX * len("(7,151)") + 4
    for one, other in itertools.pairwise(kept):
        assert (ends[other] - ends[one]).days * per_day >= width
    assert list(bars.text) == texts  # every figure still in its hover
    assert bars.hovertemplate == f"Net loss, {HOVER_DATE}: %{{text}}"


def test_no_trace_of_a_chart_over_time_is_unnamed_where_the_legend_shows() -> None:
    """Halden's series, whose Q2 2005 net loss another release reads differently (a cross drawn): the per-share chart's
    legend had read "trace 0" beside "Another release's reading" (UI-64). Every trace of every chart over time, and
    of the Apple and Oracle series, is named."""
    halden = tuple(_read(path) for path in sorted((FIXTURES / "series").glob("halden_*.txt")))
    oracle = tuple(_read(FIXTURES / "edgar" / name) for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt"))
    for releases in (halden, oracle):
        for name, chart in over_time(releases).charts.items():
            for trace in chart.figure.data:
                assert trace.name, (name, trace.type)
    eps = over_time(halden).charts["Per share"]
    assert eps.figure.data[0].name == "Net loss per share, basic and diluted" or eps.figure.data[0].name


def test_a_reload_keeps_compares_mode_and_the_offer_says_what_is_true_after_a_link_too() -> None:
    """Compare's side by side had gone back to over time after a reload, the releases kept; and a copied link opened
    in a new tab had said "Your 4 releases from before the reload", nothing reloaded (UI-64)."""
    at = run_sidebar()
    at.session_state["compare_mode__kept"] = "Companies side by side"
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain")]).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.query_params["compare"] == "side"
    again = AppTest.from_function(sidebar_app, default_timeout=30)
    again.query_params["open"] = at.query_params["open"]
    again.query_params["compare"] = "side"
    again.run()
    assert again.session_state["compare_mode__kept"] == "Companies side by side"
    said = [i.value for i in again.sidebar.info]
    assert len(said) == 1 and said[0].startswith("Your release from before, named in this page's address, is in "
                                                 "the library below: ")
    assert "reload" not in said[0]


def test_one_release_as_its_html_exhibit_and_its_edgar_submission_is_told_apart_and_counted_once() -> None:
    """Apple's Q3 FY2004 as tests/fixtures/html/apple-computer_q3-fy2004.htm and as its whole EDGAR submission: "Apple
    · Q3 FY2004" twice in the sidebar, "3 releases of 2 companies" and "Apple · 2 releases" for one quarter (UI-64)."""
    html = _read(HTML / "apple-computer_q3-fy2004.htm")
    edgar = _read(FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt")
    name, data = core.load_sample()
    sample = core.parse_release(data, name)
    said = loaded_said([sample, html, edgar], [])
    assert said.startswith("2 releases of 2 companies loaded in this session (")
    assert "Q3 FY2004 twice: its HTML exhibit and its EDGAR submission)." in said
    (apple,) = [group for group in group_by_company([html, edgar])]
    assert releases_counted(apple.releases) == "1 release, in 2 files"
    at = run_sidebar()
    at.file_uploader[0].set_value([("apple.htm", (HTML / "apple-computer_q3-fy2004.htm").read_bytes(), "text/html"),
                                   ("apple.txt", (FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt").read_bytes(),
                                    "text/plain")]).run()
    assert not at.exception
    captions = [c for c in at.sidebar.radio[0].proto.options]
    assert captions  # the radio lists all three
    table = next(d.value for d in at.sidebar.dataframe if "Release" in d.value.columns)
    apple_rows = sorted(r for r in table["Release"] if "FY2004" in r)
    assert len(apple_rows) == 2 and apple_rows[0].startswith("Q3 FY2004 · EDGAR submission · ") \
        and apple_rows[1].startswith("Q3 FY2004 · HTML exhibit · ")  # (the form before the name: UI-68)


def test_the_operating_expense_share_bar_carries_its_double_dagger_as_the_table_does() -> None:
    """Sears Q2 2004 beside Buckle Q3 FY2024: the memo's "27.9% ‡" (operating expenses without the cost of revenue
    the total holds, of its revenue) had been a bare "27.9%" bar beside the gross margin's "27.8% *" (UI-64)."""
    sears = _read(FIXTURES / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt")
    buckle = _read(HTML / "buckle_q3-fy2024.htm")
    chart = common_size_bars([standard_metrics(sears, "quarter"), standard_metrics(buckle, "quarter")])
    assert chart is not None
    sears_bars = chart.figure.data[0]
    assert list(sears_bars.text) == ["27.8% *", "27.9% ‡", "0.6%", "0.6%"]
    assert list(chart.figure.data[1].text) == ["47.7%", "29.1%", "18.6%", "15.0%"]
    assert "‡ Operating expenses without the cost of revenue" in chart.alt_text


def test_session_rename_helper_takes_the_first_free_number() -> None:
    from pages._session import distinct_name

    assert distinct_name("ex99-1.htm", ["a.txt"]) == "ex99-1.htm"
    assert distinct_name("ex99-1.htm", ["ex99-1.htm", "ex99-1.htm (2)"]) == "ex99-1.htm (3)"


def _ticked(count: int, *, half: bool) -> tuple[list[date], dict[date, str]]:
    """`count` quarters of a bar chart from Jun 30, 1999 on its time axis, full width (`time_axis`, a phone's plot
    the narrowest) or at Compare's half-width plot (`on_one_time_axis`): the quarters and each tick's text."""
    from core.charts.style import Chart
    from core.charts.timeline import on_one_time_axis

    ends = _quarter_ends(count, date(1999, 6, 30))
    figure = time_axis(go.Figure(go.Bar(x=[day.isoformat() for day in ends], y=[-7151.0] * count,
                                        text=["(7,151)"] * count, textposition="outside")))
    if half:
        (chart,) = on_one_time_axis([Chart(figure, None, "")])
        figure = chart.figure
    axis = figure.layout.xaxis
    return ends, {date.fromisoformat(v): t for v, t in zip(axis.tickvals, axis.ticktext, strict=True)}


def test_every_quarter_is_ticked_where_the_width_allows_and_past_that_a_regular_step_keeps_each_year() -> None:
    """The earlier rule (UI-55): every bar is named where it fits. A dozen quarters on a full-width chart (at a
    phone's plot, and so at 1,440 px) are each ticked, in the one format, a second row where the axis's row has
    no room; 26 quarters keep their first and last and every 2nd quarter counted back from the latest, 4th at
    Compare's half width, and no year goes unnamed (u64 had named only the run's ends and what one row held)."""
    ends, ticks = _ticked(12, half=False)
    assert sorted(ticks) == ends
    assert all(DAY_TICK.match(text) for text in ticks.values())
    assert ticks[date(2002, 3, 31)] == "Mar 31<br>2002" and ticks[date(1999, 6, 30)] == f"{TICK_ROW}Jun 30<br>1999"
    for half, step in ((False, 2), (True, 4)):
        ends, ticks = _ticked(26, half=half)
        assert ends[0] in ticks and ends[-1] in ticks
        assert set(ends[::-1][::step]) - {ends[1]} <= set(ticks), (half, sorted(ticks))
        assert set(ticks) - set(ends[::-1][::step]) <= {ends[0]}  # the first, beside the step's own days
        assert {day.year for day in ticks} == {day.year for day in ends}
        assert all(DAY_TICK.match(text) for text in ticks.values())


def test_six_quarters_of_bars_keep_every_label() -> None:
    """Halden's six quarters of net losses, "(4,350)" to "(6,350)": Compare's browser test reads all six labels at
    1,440 px; u64's thinning at the narrowest plot had left three bars bare. Only past a dozen bars are they thinned."""
    from core.charts.timeline import ALL_BARS_LABELLED

    halden = tuple(_read(path) for path in sorted((FIXTURES / "series").glob("halden_*.txt")))
    net = next(chart for chart in over_time(halden).aligned if chart.title == "Net result per quarter")
    bars = net.figure.data[0]
    assert len(bars.x) == 6 <= ALL_BARS_LABELLED
    assert list(bars.texttemplate) == ["%{text}"] * 6
    assert list(bars.text) == ["(4,350)", "(4,610)", "(4,780)", "(5,300)", "(5,920)", "(6,350)"]
