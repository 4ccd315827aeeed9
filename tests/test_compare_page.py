"""The Compare page: a company's quarters in a row, and companies side by side."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import core
from core.model import Release
from pages._markdown import unescape
from tests.page_runner import (
    CURRENT,
    PAGES,
    RELEASES,
    SERIES,
    frame_with,
)

# --- Compare ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def halden() -> dict[str, Release]:
    return {p.name: core.parse_release(p.read_bytes(), p.name) for p in sorted(SERIES.glob("halden_*.txt"))}


def run_compare(loaded: dict[str, Release], current: str | None = None) -> AppTest:
    at = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=60)
    at.session_state[RELEASES] = loaded
    if current is not None:
        at.session_state[CURRENT] = current
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_compare_merges_one_company_over_time_and_flags_restatements(
    halden: dict[str, Release], allos: Release
) -> None:
    at = run_compare({**halden, allos.name: allos}, current="halden_q2_2005.txt")
    assert at.title[0].value == "Compare"
    assert at.selectbox(key="compare_company").value == "HLDN"
    used = frame_with(at, "Released")
    assert list(used["File"]) == ["halden_q1_2005.txt", "halden_q2_2005.txt", "halden_q3_2005.txt"]
    assert at.warning[0].value.startswith("6 figures were reported differently by different releases.")
    restated = frame_with(at, "Reading")
    cash = restated[restated["Line"] == "Cash, cash equivalents and investments"]
    assert cash[["Reading", "Value ($ thousands)", "From"]].values.tolist() == [
        ["used", "59,450", "halden_q3_2005.txt"],
        ["other", "60,000", "halden_q2_2005.txt"],
    ]
    frames = [d.value for d in at.dataframe]
    net = next(f for f in frames if "Restated" in f and "Net loss" in set(f["Line"]))
    assert list(net["Value ($ thousands)"]) == ["(4,350)", "(4,610)", "(4,780)", "(5,300)", "(5,920)", "(6,350)"]
    assert net.iloc[3]["Restated"] == "(5,400) in halden_q2_2005.txt"
    burn = next(f for f in frames if "Method" in f)
    assert "22.2" in set(burn["Runway (months)"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"Series (CSV)", "Series (Excel)", "HTML"} <= set(labels)
    assert labels.count("Chart (HTML)") == 6  # every chart downloads from beside it, too
    assert at.selectbox(key="compare_series_export_chart").options == [
        "Net result", "Operating expenses", "Cash", "Per share", "Share count", "Burn and runway"
    ]  # fmt: skip


def test_compare_side_by_side_states_each_columns_period(halden: dict[str, Release], allos: Release) -> None:
    at = run_compare({**halden, allos.name: allos}, current="halden_q3_2005.txt")
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert not at.exception
    # one release a company: Halden's latest upload, then the bundled sample (UI-57 kept it so)
    assert at.multiselect(key="compare_picked").value == ["halden_q3_2005.txt", "allos_q2_2004.txt"]
    columns = frame_with(at, "Statement of operations covers")
    assert columns[["Company", "Statement of operations covers", "Balance sheet at"]].values.tolist() == [
        ["Halden Therapeutics, Inc. (HLDN)", "3M to Sep 30, 2005", "Sep 30, 2005"],
        ["Allos Therapeutics, Inc. (ALTH)", "3M to Jun 30, 2004", "Jun 30, 2004"],
    ]
    # Both are quarters: no warning of different lengths; their ends 15 months apart are warned of by name.
    assert [unescape(w.value) for w in at.warning] == [
        "HLDN's quarter ends Sep 30, 2005; ALTH's Jun 30, 2004: more than a year apart. Prices, rates and the "
        "economy differ between them too."]
    assert not any("same length ending on different dates" in c.value for c in at.caption)
    memo = frame_with(at, "Metric").set_index("Metric")
    # (6,350) and (7,151) thousand, rounded half up
    assert memo.loc["Net income (loss)"].tolist() == ["($6.4M)", "($7.2M)"]
    assert memo.loc["Cash and investments", "ALTH"] == "$34.1M"
    assert memo.loc["Period"].tolist() == ["3M to Sep 30, 2005", "3M to Jun 30, 2004"]
    # each figure says its unit, no unit column to fall off the page (UI-36: at 390 px no figure was in view
    # beside a unit column; UI-38: put last, it was off-screen at 1,400 px)
    assert list(memo.columns) == ["HLDN", "ALTH"]
    assert any(unescape(c.value).startswith("Columns: HLDN: Halden Therapeutics, Inc. (HLDN), 3M to Sep 30, 2005, "
                                            "balance at Sep 30, 2005; ALTH: Allos") for c in at.caption)
    lines = [d.value.set_index("Line") for d in at.dataframe if "Line" in d.value.columns]
    amounts = next(f for f in lines if "(6,350)" in f.to_numpy())
    halden_column, allos_column = "HLDN", "ALTH"  # headed short, each period in the first row
    assert amounts.loc["Period"].tolist() == ["", "3M to Sep 30, 2005", "3M to Jun 30, 2004"]
    assert amounts.loc["Net loss", halden_column] == "(6,350)"
    assert amounts.loc["Net loss", allos_column] == "(7,151)"
    shares = next(f for f in lines if str(f.get(allos_column, {}).get("Research and development", "")).endswith("%"))
    assert shares.loc["Research and development", allos_column] == "47.5%"
    assert shares.loc["Research and development", halden_column] == "73.8%"  # 4,800 / 6,500
    at.radio(key="compare_basis").set_value("year_to_date").run()
    columns = frame_with(at, "Statement of operations covers")
    assert list(columns["Statement of operations covers"]) == ["9M to Sep 30, 2005", "6M to Jun 30, 2004"]
    assert at.warning[0].value.replace("\\", "") == (  # as shown: markdown escapes taken off
        "The columns cover periods of different lengths (HLDN 9 months, ALTH 6 months): amounts and figures per "
        "share such as EPS grow with the months they count, so compare margins and shares of revenue, not totals.")


def test_compare_with_one_release_says_how_to_fill_the_series(allos: Release) -> None:
    at = run_compare({allos.name: allos})
    assert any(i.value.startswith("Only one release of this company is loaded") for i in at.info)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert [i.value for i in at.info] == ["Pick two or more releases to put side by side."]


def test_compare_reads_releases_from_the_library_too(halden: dict[str, Release]) -> None:
    from core.library import Library

    library = Library()
    for path in sorted(SERIES.glob("halden_*.txt")):
        library.add(path.read_bytes(), path.name)
    at = run_compare({})
    assert at.selectbox(key="compare_company").value == "HLDN"
    assert len(frame_with(at, "Released")) == 3
    # said where they come from: none was loaded in this session (a browser review)
    assert any(unescape(c.value).startswith(  # UI-52; UI-55: the library said to be shared, after the count
        "3 releases kept in the library (sidebar), none loaded in this session. The library is shared by everyone")
        for c in at.caption)


def test_side_by_side_starts_from_the_sessions_uploads_before_the_librarys(allos: Release) -> None:
    """The library's Halden quarters end after Allos' June 2004 quarter, and side by side had opened on
    them, leaving out the release just uploaded (browser review): the session's come first."""
    from core.library import Library

    library = Library()
    for path in sorted(SERIES.glob("halden_*.txt")):
        library.add(path.read_bytes(), path.name)
    oracle_path = Path(__file__).parent / "fixtures" / "edgar" / "oracle_q4-fy2014.txt"
    library.add(oracle_path.read_bytes(), oracle_path.name)
    at = run_compare({allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert at.multiselect(key="compare_picked").value[0] == "allos_q2_2004.txt"
    assert len(at.multiselect(key="compare_picked").value) == 3


def test_side_by_side_starts_from_the_quarter_uploaded_not_the_librarys_newer_one(allos: Release) -> None:
    """Halden's first quarter of 2005 uploaded, its later quarters kept in the library: side by side had
    opened on the library's latest Halden quarter, one the visitor had not loaded (UI-27, Apple's)."""
    from core.library import Library

    library = Library()
    paths = sorted(SERIES.glob("halden_*.txt"))
    for path in paths:
        library.add(path.read_bytes(), path.name)
    uploaded = paths[0]
    first = core.parse_release(uploaded.read_bytes(), uploaded.name)
    at = run_compare({allos.name: allos, first.name: first})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert sorted(at.multiselect(key="compare_picked").value[:2]) == sorted([allos.name, first.name])


def test_side_by_side_says_its_first_picks_are_a_start_where_more_companies_are_loaded(allos: Release) -> None:
    """Four companies, three picked to start: a fourth upload had been left out without a word (a browser
    review); a caption says the picks are a start, until the reader changes them."""
    from core.library import Library

    library = Library()
    for path in sorted(SERIES.glob("halden_*.txt")):
        library.add(path.read_bytes(), path.name)
    for name in ("oracle_q4-fy2014.txt", "apple_q1-fy2011.txt"):
        path = Path(__file__).parent / "fixtures" / "edgar" / name
        library.add(path.read_bytes(), path.name)
    at = run_compare({allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    said = ("Picked to start: Allos Therapeutics, Inc., the release chosen in the sidebar, then from the library, "
            "2 other companies' releases nearest it in time (other visitors' uploads: you have uploaded none yet); "
            "add or remove releases above.")
    assert said in [unescape(c.value) for c in at.caption]
    at.multiselect(key="compare_picked").unselect(at.multiselect(key="compare_picked").value[-1]).run()
    assert said not in [unescape(c.value) for c in at.caption]


def test_compare_opens_on_the_company_in_view_and_follows_it(halden: dict[str, Release], allos: Release) -> None:
    at = run_compare({**halden, allos.name: allos}, current=allos.name)
    assert at.selectbox(key="compare_company").value == "ALTH"
    at.selectbox(key="compare_company").set_value("HLDN").run()  # the reader's choice stays on a rerun ...
    at.run()
    assert at.selectbox(key="compare_company").value == "HLDN"
    at.session_state[CURRENT] = "halden_q3_2005.txt"  # ... until another release is put in view
    at.run()
    assert at.selectbox(key="compare_company").value == "HLDN"
    at.session_state[CURRENT] = allos.name
    at.run()
    assert at.selectbox(key="compare_company").value == "ALTH"


def test_side_by_side_says_which_burn_to_read_with_care(allos: Release) -> None:
    """Aemetis' burn is the fall in its cash, $0.1M a month, beside a loss of $5.4M a month: the memo's
    column carries the Overview cards' cautions under the table, the burn's and the runway's (and those of
    its costs added up, cost of goods sold among them); Allos' burn, near its loss, carries none."""
    from tests.conftest import FIXTURES

    path = FIXTURES / "text" / "aemetis_q4-2024_markdown-flattened.txt"
    aemetis = core.parse_release(path.read_bytes(), path.name)
    at = run_compare({aemetis.name: aemetis, allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    cautions = [c.value.replace("\\", "") for c in at.caption if "read with care" in c.value]
    # (its costs added up, cost of goods sold among them, are shown less that cost, which the ‡ legend says: UI-57)
    assert len(cautions) == 2 and all(c.startswith("Aemetis") for c in cautions)
    burn = next(c for c in cautions if "cash per month: read with care" in c)
    assert "the latest period's net loss is $5.4 million a month" in burn
    # its revenue outruns the fall in cash: the runway is said in words under the memo, the caution with them
    [runway] = [c.value.replace("\\", "") for c in at.caption if "Runway not estimated" in c.value]
    assert ("Read with care: the net loss of $5.4 million a month is more than the $898,000 of cash and cash "
            "equivalents held; $90.5 million of debt falls due within a year") in runway
    share = next(c for c in cautions if "% of revenue: read with care" in c)
    assert 'total less its cost-of-revenue line ("Cost of goods sold")' in share


def test_side_by_side_says_whose_operating_expenses_hold_every_cost(halden: dict[str, Release]) -> None:
    """Oracle's "Total operating expenses" (6,411 of revenue 11,320, leaving the operating income of 4,909)
    hold every cost; ServiceNow's leave out its cost of revenues: side by side, the two shares of revenue
    (57% and 74%) measure different things, and the memo says which is which."""
    from tests.conftest import FIXTURES

    releases = [FIXTURES / "edgar" / "oracle_q4-fy2014.txt", FIXTURES / "html" / "servicenow_q1-2020.htm"]
    loaded = {p.name: core.parse_release(p.read_bytes(), p.name) for p in releases}
    at = run_compare(loaded)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    cautions = [c.value.replace("\\", "") for c in at.caption if "read with care" in c.value]
    oracle, servicenow = sorted(cautions, key=lambda c: not c.startswith("Oracle"))
    assert len(cautions) == 2 and oracle.startswith("Oracle") and servicenow.startswith("ServiceNow")
    assert "operating expenses: read with care: this total holds every cost before the operating result" in oracle
    # and ServiceNow's leaves its cost of revenues out, named with its figure (223,366 thousand, UI-56)
    assert 'this total leaves out "Total cost of revenues", $223.4 million' in servicenow


def test_side_by_side_puts_a_visitors_own_upload_before_the_sample_it_opened_on(allos: Release) -> None:
    """The session opens on the bundled sample; a reviewer who then uploaded Tolland found the sample picked
    first (browser review of round 112): the visitor's own uploads come first, the sample after them."""
    path = Path(__file__).parent / "fixtures" / "layouts" / "net_loss_while_operations_generate_cash.txt"
    tolland = core.parse_release(path.read_bytes(), path.name)
    at = run_compare({allos.name: allos, tolland.name: tolland})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert at.multiselect(key="compare_picked").value[:2] == [tolland.name, allos.name]


def test_side_by_side_tables_are_headed_short_and_the_margins_legend_takes_only_its_drawn_room() -> None:
    """Browser review at 1,440 px, five releases side by side: the line tables' columns were headed
    "Saddlebrook Outfitters, Inc. (SDBK) — 3M to Aug 2, 1997; balance at Aug 2, 1997" and scrolled sideways,
    and the margins chart had reserved its legend's room as a 340 px phone would wrap it, about 130 px left
    empty above the legend. Tables are headed by ticker with the period in the first row, and a chart's top
    margin is the title's alone: Plotly grows it by the legend as drawn at the page's width."""
    from core.analysis.metrics import standard_metrics
    from core.analysis.side_by_side import side_by_side
    from core.charts.memo import common_size_bars
    from core.charts.side_by_side import comparison_bars, comparison_table
    from core.charts.style import LEGEND_ROW_PX, TITLE_ROOM_PX, legend_rows

    ui = Path(__file__).parent / "fixtures" / "ui"
    releases = [core.parse_release((ui / name).read_bytes(), name) for name in (
        "retailer_cost_of_sales_misprinted_last_year.txt", "summary_quarters_checked_in_the_fourth_only.htm")]
    comparison = side_by_side(releases)
    table = comparison_table(comparison, "amount").set_index("Line")
    assert list(table.columns) == ["Statement", "SDBK", "KSTL"]
    assert table.loc["Period"].tolist() == ["", "3M to Aug 2, 1997", "3M to Dec 31, 2022"]
    assert table.loc["Net sales / Revenue", "SDBK"] == "41,806"  # Saddlebrook's quarter, in thousands
    common = common_size_bars([standard_metrics(release) for release in releases])
    bars = comparison_bars(comparison, "share_of_revenue")
    assert common is not None and bars is not None
    assert legend_rows(common.figure) >= 2
    assert common.figure.layout.margin.t == TITLE_ROOM_PX < LEGEND_ROW_PX * legend_rows(common.figure)
    # the bars' legend names each company and the period drawn, no balance date (UI-36): two rows, no more
    assert [trace.name for trace in bars.figure.data] == ["SDBK · 3M to Aug 2, 1997", "KSTL · 3M to Dec 31, 2022"]
    assert bars.figure.layout.margin.t == TITLE_ROOM_PX
    for chart in (common, bars):
        assert legend_rows(chart.figure) >= 2
        assert chart.figure.layout.legend.yref == "container"


def test_side_by_side_memo_marks_and_explains_a_figure_a_failed_check_blames(allos: Release) -> None:
    """Saddlebrook with this quarter's cost of sales misprinted: its revenue in the memo carries the cross,
    and the legend under the memo says what the cross means; Allos' column carries none."""
    from tests.conftest import FIXTURES

    path = FIXTURES / "ui" / "retailer_cost_of_sales_misprinted_this_quarter.txt"
    misprinted = core.parse_release(path.read_bytes(), path.name)
    at = run_compare({misprinted.name: misprinted, allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    memo = frame_with(at, "Metric").set_index("Metric")
    assert memo.loc["Revenue", "SDBK"] == "$41.8M \u2717"
    assert not memo["ALTH"].str.contains("\u2717|\u2020").any()
    assert any(c.value.startswith("\u2717 Not verified: a failed check blames this figure") for c in at.caption)


def test_a_column_headed_by_the_whole_company_name_is_named_once(allos: Release) -> None:
    """Apple's release prints no ticker, so its column is headed "Apple": the note under the memo had read
    "Apple: Apple, 3M to Dec 30, 2023" (browser review of round 213)."""
    source = Path(__file__).parent / "fixtures" / "gold" / "apple_q1-fy2024_edgar-submission.txt"
    apple = core.parse_release(source.read_bytes(), source.name)
    at = run_compare({apple.name: apple, allos.name: allos}, current=apple.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    note = next(unescape(c.value) for c in at.caption if c.value.startswith("Columns: "))
    assert note.startswith("Columns: Apple, 3M to Dec 30, 2023, balance at Dec 30, 2023; ALTH: Allos")


def test_side_by_side_says_a_caution_shared_by_several_columns_once() -> None:
    """One company's releases side by side, each with the same caution on its operating expenses: said once,
    not once a column (a company's four quarters had printed it four times)."""
    import dataclasses

    from tests.conftest import FIXTURES

    path = FIXTURES / "edgar" / "oracle_q4-fy2014.txt"
    oracle = core.parse_release(path.read_bytes(), path.name)
    again = dataclasses.replace(oracle, name="oracle_again.txt")
    at = run_compare({oracle.name: oracle, again.name: again})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    at.multiselect(key="compare_picked").set_value([oracle.name, again.name]).run()
    assert not at.exception
    cautions = [c.value.replace("\\", "") for c in at.caption if "read with care" in c.value]
    assert len(cautions) == 1 and cautions[0].startswith("Oracle")


def test_side_by_side_says_the_window_each_burn_covers(allos: Release) -> None:
    """Allos's column is headed by its quarter, 3M to Jun 30, 2004, but its burn is the fall in cash over the
    six months since Dec 31, 2003 (a fourth quarter's over the year): the page says so under the memo
    (browser review of a company's quarters in a row). Oracle burns no cash: it is not named."""
    from tests.conftest import FIXTURES

    path = FIXTURES / "edgar" / "oracle_q4-fy2014.txt"
    oracle = core.parse_release(path.read_bytes(), path.name)
    at = run_compare({oracle.name: oracle, allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    said = [unescape(c.value) for c in at.caption if c.value.startswith("Burn and runway cover")]
    assert said == ["Burn and runway cover each release's own window, not only the column's period: ALTH, cash "
                    "and investments fell from Dec 31, 2003 to Jun 30, 2004, divided by the 6 months between."]


def test_the_comparison_chosen_is_kept_after_a_visit_to_another_page(halden: dict[str, Release],
                                                                       allos: Release) -> None:
    """Streamlit forgets a widget its page did not draw: leaving Compare for the Overview and coming back had
    reset "Companies side by side" to "One company over time" (UI-18). The choice is given back."""
    at = run_compare({**halden, allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    kept = at.session_state["compare_mode__kept"]
    assert kept == "Companies side by side"
    # back on the page with the widget's own state gone, as another page's run leaves it
    back = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=60)
    back.session_state[RELEASES] = {**halden, allos.name: allos}
    back.session_state["compare_mode__kept"] = kept
    back.run()
    assert back.radio(key="compare_mode").value == "Companies side by side"
    assert any(sub.value == "Standard metrics" for sub in back.subheader)


def test_an_operating_expense_share_without_the_cost_of_revenue_is_marked_in_its_cell(allos: Release) -> None:
    """Vertex's "Total costs and expenses" of $794.9 million hold its cost of sales of $162.5 million: its
    share of revenue, (794.9 - 162.5) / 1,515.1 = 41.7%, leaves that out, as other releases total their
    operating expenses. The cell says so with its mark and the legend under the table (UI-19: "$794.9" over
    "41.7%", which a reader works out as 52.5%, with only a caption further down). Its row, beside Allos's
    operating expenses, says it holds either kind of total (UI-30)."""
    from tests.conftest import FIXTURES

    path = FIXTURES / "gold" / "vertex-pharmaceuticals_q1-2020_html.htm"
    vertex = core.parse_release(path.read_bytes(), path.name)
    at = run_compare({vertex.name: vertex, allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    memo = next(d.value for d in at.dataframe if "Metric" in d.value.columns).set_index("Metric")
    assert memo.loc["Operating expenses, % of revenue", "VRTX"] == "41.7% \u2021"
    # UI-57: the amount is the figure the share is of, 794.9 - 162.5 = 632.4, marked as the share is
    assert memo.loc["Operating or total expenses", "VRTX"] == "$632.4M \u2021"
    # the row names fit the memo's name column whole (UI-32: "Operating expenses (or all costs, whe…" at 1,440 px)
    from pages._widgets import METRIC_COLUMN_PX, text_width

    assert text_width(["Operating or total expenses"]) <= METRIC_COLUMN_PX
    assert text_width(["Cash, or cash and investments"]) <= METRIC_COLUMN_PX
    from pages._markdown import unescape

    # the legend's line is escaped Markdown now that it names companies (UI-52)
    assert any("\u2021 Operating expenses without the cost of revenue the release's own total holds, as most "
               "releases total theirs, in the amount and its share of revenue alike: VRTX's Total costs and expenses, "
               "$794.9 million, less" in unescape(c.value).replace("\\", "") for c in at.caption)


def test_side_by_side_warns_of_a_quarter_a_week_longer(allos: Release) -> None:
    """"Fourteen Weeks Ended July 8, 2006" beside Allos' three months: the page says so by name (UI-21)."""
    layouts = Path(__file__).parent / "fixtures" / "layouts"
    path = layouts / "fourteen_and_twenty_seven_weeks_stacked_over_their_dates.txt"
    fourteen = core.parse_release(path.read_bytes(), path.name)
    at = run_compare({fourteen.name: fourteen, allos.name: allos})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert not at.exception
    said = [unescape(w.value) for w in at.warning]
    assert any(w.startswith("NHOL's quarter counts 14 weeks, the others' 13 weeks or three months: its totals")
               for w in said), said


def test_a_memo_wider_than_the_page_says_it_scrolls(allos: Release) -> None:
    """Six companies side by side need more than the main column's width at 1440 px: the page says the table
    scrolls sideways (UI-30: the fifth company's column had stood past the edge unseen); two companies fit and
    nothing is said."""
    from tests.conftest import FIXTURES

    # (six: each figure saying its unit, no Unit column, five now fit: UI-38)
    names = ["atricure_q1-2020_html.htm", "hasbro_q1-2020_html.htm", "mastercard_q1-2020_html.htm",
             "microsoft_q3-fy2020_html.htm", "surmodics_q2-fy2020_html.htm"]
    loaded = {allos.name: allos}
    for name in names:
        path = FIXTURES / "gold" / name
        loaded[name] = core.parse_release(path.read_bytes(), path.name)
    said = "The table is wider than the page: scroll it sideways to see all 6 companies."
    at = run_compare(loaded)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    picked = at.multiselect[0]
    picked.set_value(list(picked.options)).run()
    assert any(c.value.startswith(said) for c in at.caption)
    picked.set_value(list(picked.options)[:2]).run()
    assert not any("wider than the page" in c.value for c in at.caption)


def test_side_by_side_says_on_what_a_margin_is_taken() -> None:
    """Caterpillar's first quarter of 2022: gross profit of $3,327M is 24.5% of its $13,589M of sales and
    revenues, and the memo's 25.8% is on its $12,889M of machinery, energy & transportation sales alone (its
    financial products' revenue bears interest, no cost of sales), which only its Overview had said (UI-41).
    Hasbro's 64.3% takes off its Program Production Cost Amortization beside its Cost of Sales; its
    operating-expense share on the same costs is 66.4% (64.3 - 66.4 = -2.1, its operating margin), not 78.3%."""
    from tests.conftest import FIXTURES

    loaded = {}
    for name in ("hasbro_q1-2020_html.htm", "caterpillar_q1-2022_edgar-submission.txt"):
        path = FIXTURES / "gold" / name
        loaded[name] = core.parse_release(path.read_bytes(), path.name)
    at = run_compare(loaded)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert not at.exception
    captions = [unescape(c.value) for c in at.caption]
    assert ("Caterpillar Inc., gross margin: on sales of machinery, energy & transportation alone: total revenue "
            "also holds revenue that bears no cost of sales.") in captions, captions
    assert ("HAS, gross margin: revenue less Cost of Sales and Program Production Cost Amortization: each is a "
            "cost of what the company sells.") in captions, captions
    memo = next(frame.value for frame in at.dataframe if "Metric" in frame.value.columns
                and "Gross margin" in set(frame.value["Metric"]))
    rows = memo.set_index("Metric")
    assert rows.loc["Gross margin", "HAS"].startswith("64.3%")
    assert rows.loc["Operating expenses, % of revenue", "HAS"].startswith("66.4%")
    assert rows.loc["Gross margin", "Caterpillar Inc."].startswith("25.8%")


def test_side_by_side_says_why_a_loss_has_no_figure_a_month_where_operations_made_cash(allos: Release) -> None:
    """Hasbro's first quarter of 2020 lost $69.6 million (69,637 thousand) while its operations generated $291.6
    million of cash (291,583 thousand): no burn, as its Cash page says. Beside Allos, which burns, the memo's
    "Net loss per month" row had said "No burn" for it under a net income row printing the loss (UI-42), then
    "Not estimated" over a note ending "so the net loss is no burn" beside a Runway of "No burn": three wordings of
    one finding (UI-43), then "Not a burn" beside "No burn" (UI-44). All three cells say "No burn", as the Cash
    page leads; the note names the loss, its period and that of the cash flow, in the Cash page's words."""
    from core.analysis.cash import no_burn_sentence
    from tests.conftest import FIXTURES

    hasbro = core.parse_release((FIXTURES / "gold" / "hasbro_q1-2020_html.htm").read_bytes(), "hasbro_q1-2020_html.htm")
    at = run_compare({hasbro.name: hasbro, allos.name: allos}, current=hasbro.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    memo = frame_with(at, "Metric").set_index("Metric")
    assert memo.loc["Net income (loss)", "HAS"] == "($69.6M) *"  # a note under the memo (UI-52)
    assert memo.loc["Net loss per month"].tolist() == ["No burn", "$2.4M"]  # Allos: 7,151 thousand / 3
    assert memo.loc["Cash burn per month", "HAS"] == memo.loc["Runway", "HAS"] == "No burn"
    said = ("HAS, net loss per month: Operations generated $291.6 million of cash in the 3 months to Mar 29, 2020, "
            "so the net loss of $69.6 million in those months is not a burn.")
    assert said in [c.value.replace("\\", "") for c in at.caption]
    assert said.endswith(no_burn_sentence(hasbro))  # the Cash page's sentence
