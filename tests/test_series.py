"""One company over time and companies side by side, on releases parsed from text.

tests/fixtures/series holds three releases of a fictional company (Halden Therapeutics, HLDN) for Q1, Q2
and Q3 2005, numbers computed by hand so that every year-to-date column adds up. Two disagreements are
built in: the Q2 release's six-month figures imply a first quarter $100 thousand costlier than the Q1
release printed (R&D revised from 4,000 to 4,100), and the Q3 release restates cash and investments at
December 31, 2004 from 60,000 to 59,450 (restricted cash moved to other assets). Amounts in thousands.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.analysis.cash_over_time import burn_trend, cash_series
from core.analysis.companies import amendment, company_key, figures_differ, group_by_company, same_period_pairs
from core.analysis.series import company_series
from core.analysis.side_by_side import side_by_side
from core.charts.cash_over_time import burn_chart, cash_trend
from core.charts.series import expense_lines, line_bars, per_share_trend, share_count_trend
from core.charts.side_by_side import comparison_bars, comparison_table
from core.comparison_frames import restatements_frame, series_frame, side_by_side_frame
from core.model import LineItem, Metadata, Period, Release, SourceSpan, Statement
from tests.conftest import FIXTURES

SERIES = Path(__file__).parent / "fixtures" / "series"
K = Decimal(1000)
M = Decimal(1_000_000)


@pytest.fixture(scope="module")
def halden() -> tuple[Release, ...]:
    return tuple(core.parse_release(p.read_bytes(), p.name) for p in sorted(SERIES.glob("halden_*.txt")))


def thousands(points: tuple[object, ...]) -> list[tuple[str, Decimal, bool]]:
    return [(p.period.end.isoformat(), p.value / K, p.derived) for p in points]  # type: ignore[attr-defined]


def test_releases_group_by_ticker_in_time_order(halden: tuple[Release, ...], allos: Release) -> None:
    shuffled = (halden[2], allos, halden[0], halden[1])
    groups = group_by_company(shuffled)
    assert [(g.key, g.title) for g in groups] == [
        ("HLDN", "Halden Therapeutics, Inc. (HLDN)"),
        ("ALTH", "Allos Therapeutics, Inc. (ALTH)"),
    ]
    assert [r.name for r in groups[0].releases] == ["halden_q1_2005.txt", "halden_q2_2005.txt", "halden_q3_2005.txt"]


def test_two_releases_of_one_quarter_are_paired_the_amendment_last(halden: tuple[Release, ...]) -> None:
    """An 8-K and its 8-K/A (here Halden's Q2 refiled, figures unchanged) report one quarter: the series keeps
    the later one's figures, and the pair is named even where they agree (UI-12: two identical captions and
    no word of it)."""
    amended = dataclasses.replace(
        halden[1], name="halden_q2_2005_8ka.txt",
        metadata=dataclasses.replace(halden[1].metadata, form_type="8-K/A",
                                     release_date=date(2005, 8, 15)))
    assert same_period_pairs(halden) == ()
    ((earlier, later),) = same_period_pairs((*halden, amended))
    assert (earlier.name, later.name) == ("halden_q2_2005.txt", "halden_q2_2005_8ka.txt")
    assert amendment(later) and not amendment(earlier)
    assert not figures_differ(earlier, later)
    operations = halden[1].statements[0]
    corrected = dataclasses.replace(operations, items=(
        dataclasses.replace(operations.items[0], values=tuple(v + 1 if v is not None else None
                                                               for v in operations.items[0].values)),
        *operations.items[1:]))
    assert figures_differ(halden[1], dataclasses.replace(amended, statements=(corrected, *halden[1].statements[1:])))


def test_a_release_without_a_ticker_joins_its_company_by_name(halden: tuple[Release, ...]) -> None:
    anonymous = dataclasses.replace(
        halden[0], metadata=dataclasses.replace(halden[0].metadata, ticker="", company="HALDEN THERAPEUTICS INC")
    )
    assert company_key(anonymous) == "halden therapeutics"
    (group,) = group_by_company((anonymous, halden[1]))
    assert group.key == "HLDN" and len(group.releases) == 2


def test_quarters_printed_and_from_prior_year_columns(halden: tuple[Release, ...]) -> None:
    series = company_series(halden)
    assert thousands(series.points("net_income")) == [
        ("2004-03-31", Decimal(-4350), False),  # prior-year columns of the three releases
        ("2004-06-30", Decimal(-4610), False),
        ("2004-09-30", Decimal(-4780), False),
        ("2005-03-31", Decimal(-5300), False),
        ("2005-06-30", Decimal(-5920), False),
        ("2005-09-30", Decimal(-6350), False),
    ]
    assert thousands(series.points("net_income", 9)) == [
        ("2004-09-30", Decimal(-13740), False),
        ("2005-09-30", Decimal(-17670), False),
    ]
    # Per-share figures are never derived; general and administrative lines up by label across releases.
    assert [p.value for p in series.points("eps_basic")][-3:] == [Decimal("-0.25"), Decimal("-0.26"), Decimal("-0.28")]
    assert series.expense_keys == ("research_and_development", "line:general and administrative")
    administrative = [p.value / K for p in series.points("line:general and administrative")]
    assert administrative == [1300, 1350, 1400, 1500, 1600, 1700]


def test_a_later_release_revising_a_quarter_is_flagged_with_both_readings(halden: tuple[Release, ...]) -> None:
    series = company_series(halden)
    restated = series.restated("research_and_development", date(2005, 3, 31))
    assert restated is not None
    used, other = restated.versions
    assert (used.value / K, used.source, used.derived) == (4000, "halden_q1_2005.txt", False)
    assert (other.value / K, other.source) == (4100, "halden_q2_2005.txt")
    assert other.basis == "6M to Jun 30, 2005 minus 3M to Jun 30, 2005, both from halden_q2_2005.txt"
    assert series.restated("net_income", date(2005, 3, 31)).difference == 100 * K  # type: ignore[union-attr]
    # The quarters the releases agree on are not flagged (Q3 2005 = 9M - 6M agrees with the printed Q3).
    assert series.restated("net_income", date(2005, 9, 30)) is None
    assert series.restated("net_income", date(2005, 6, 30)) is None


def test_a_restated_balance_uses_the_later_release_and_keeps_the_earlier(halden: tuple[Release, ...]) -> None:
    series = company_series(halden)
    cash = cash_series(series)
    assert [(c.end.isoformat(), c.amount / K) for c in cash] == [
        ("2004-12-31", 59450), ("2005-03-31", 55000), ("2005-06-30", 49500), ("2005-09-30", 43600)
    ]  # fmt: skip
    restated = series.restated("cash_and_investments", date(2004, 12, 31), None)
    assert restated is not None
    assert [(v.value / K, v.source) for v in restated.versions] == [
        (59450, "halden_q3_2005.txt"),
        (60000, "halden_q2_2005.txt"),  # the Q1 release printed the same 60,000: one reading, the latest
    ]
    frame = restatements_frame(series)
    assert len(frame) == 2 * len(series.restatements) == 12


def test_the_restatements_table_shows_each_reading_as_printed_in_the_series_units(
    halden: tuple[Release, ...],
) -> None:
    """The page's table of readings: amounts in the series' thousands, as the charts beside it ("(5,300)",
    not "(5,300,000.00)"). The Q1 2005 net loss printed by the Q1 release is used; the Q2 release's six
    months less its quarter (11,320 - 5,920 = 5,400) is the other reading, said to be derived."""
    from core.comparison_frames import restatements_table

    table = restatements_table(company_series(halden))
    net = table[table["Line"] == "Net loss"]
    assert net[["Reading", "Value ($ thousands)", "From"]].values.tolist() == [
        ["used", "(5,300)", "halden_q1_2005.txt"], ["other", "(5,400)", "halden_q2_2005.txt"]
    ]  # fmt: skip
    assert net["How"].iloc[1].startswith("derived: 6M to Jun 30, 2005 minus 3M to Jun 30, 2005")
    cash = table[table["Line"] == "Cash, cash equivalents and investments"]
    assert cash["Value ($ thousands)"].tolist() == ["59,450", "60,000"]


def make_release(name: str, columns: dict[Period, str], *, ticker: str = "SYN") -> Release:
    """A release of one statement of operations with a net result per column (in thousands)."""
    periods = tuple(columns)
    items = (
        LineItem("Research and development", tuple(Decimal(-int(v)) * K for v in columns.values()),
                 ("research_and_development",), "amount", SourceSpan(1, 1)),
        LineItem("Net loss", tuple(Decimal(v) * K for v in columns.values()), ("net_income",), "amount",
                 SourceSpan(2, 2)),
    )  # fmt: skip
    statement = Statement("operations", "", "", 1000, 1, periods, items, SourceSpan(1, 2))
    return Release(name, "text", (), Metadata(company="Synthetic", ticker=ticker), (statement,))


def test_q3_and_q4_are_derived_across_releases_of_one_year() -> None:
    """Releases printing only year-to-date columns: Q3 = 9M - 6M and Q4 = 12M - 9M, from two releases."""
    h1 = make_release("h1.txt", {Period(date(2006, 6, 30), 6): "-1000", Period(date(2006, 3, 31), 3): "-400"})
    nine = make_release("nine.txt", {Period(date(2006, 9, 30), 9): "-1700"})
    year = make_release("year.txt", {Period(date(2006, 12, 31), 12): "-2500"})
    series = company_series((year, nine, h1))
    points = series.points("net_income")
    assert thousands(points) == [
        ("2006-03-31", Decimal(-400), False),
        ("2006-06-30", Decimal(-600), True),  # 6M - Q1
        ("2006-09-30", Decimal(-700), True),  # 9M - 6M
        ("2006-12-31", Decimal(-800), True),  # 12M - 9M
    ]
    assert points[3].basis == "12M to Dec 31, 2006 minus 9M to Sep 30, 2006, from year.txt and nine.txt"
    assert not series.restatements


def test_burn_trend_and_runway_per_quarter(halden: tuple[Release, ...]) -> None:
    points = {p.quarter.end: p for p in burn_trend(company_series(halden))}
    q3 = points[date(2005, 9, 30)]
    assert q3.net_loss_monthly == Decimal(6350) * K / 3
    assert q3.cash_change_monthly == Decimal(49500 - 43600) * K / 3  # 1,966.7 a month
    assert q3.cash == 43600 * K
    assert round(q3.runway(q3.cash_change_monthly), 2) == Decimal("22.17")  # type: ignore[arg-type]
    assert round(q3.runway(q3.net_loss_monthly), 2) == Decimal("20.60")  # type: ignore[arg-type]
    # Q1 2005's fall in cash runs from the restated year end (59,450), the figure the series uses.
    assert points[date(2005, 3, 31)].cash_change_monthly == Decimal(59450 - 55000) * K / 3
    assert points[date(2004, 3, 31)].cash is None  # no balance sheet at that date


def test_series_charts_draw_the_chosen_values_and_the_restated_readings(halden: tuple[Release, ...]) -> None:
    series = company_series(halden)
    net = line_bars(series, "net_income", "Net result per quarter")
    assert net is not None
    assert list(net.figure.data[0].y) == [-4350.0, -4610.0, -4780.0, -5300.0, -5920.0, -6350.0]
    restated = net.figure.data[1]
    assert restated.name == "Another release's reading"
    assert list(restated.y) == [-5400.0] and list(restated.text) == ["(5,400) in halden_q2_2005.txt"]
    assert net.data.iloc[3].to_dict()["Restated"] == "(5,400) in halden_q2_2005.txt"

    cash = cash_trend(series)
    assert cash is not None
    # in the latest release's own $ thousands, as the net result beside it (UI-46; $ millions, UI-43)
    assert list(cash.figure.data[0].y) == [59450.0, 55000.0, 49500.0, 43600.0]
    assert list(cash.figure.data[1].y) == [60000.0]

    expenses = expense_lines(series)
    assert expenses is not None
    assert [t.name for t in expenses.figure.data if "reading" not in t.name] == [
        "Research and development", "General and administrative", "Total operating expenses"
    ]  # fmt: skip
    eps = per_share_trend(series)
    shares = share_count_trend(series)
    burn = burn_chart(series)
    assert eps is not None and list(eps.data["Value ($ per share)"])[-1] == "($0.28)"
    assert shares is not None and list(shares.figure.data[0].y)[-1] == 22.5
    # the end points' labels lean inwards, never past the plot's edge (UI-34: "63.8" for Apple's 363.8), and
    # a point lower than those it is joined to is labelled below it, away from its line (UI-40): cash falls
    # 59,450, 55,000, 49,500, 43,600, the last below the one before
    for trend in (cash, shares):
        positions = list(trend.figure.data[0].textposition)
        assert positions[0].endswith(" right") and positions[-1].endswith(" left")
        assert all(p.endswith(" center") for p in positions[1:-1]) and trend.figure.data[0].cliponaxis is False
    assert list(cash.figure.data[0].textposition) == ["top right", "top center", "top center", "bottom left"]
    assert burn is not None
    q3 = burn.data[(burn.data["Measured over"] == "3M to Sep 30, 2005")].set_index("Method")
    assert q3.loc["Cash burn per month", "Burn per month ($ thousands)"] == "1,967"
    assert q3.loc["Cash burn per month", "Runway (months)"] == "22.2"
    assert q3.loc["Net loss per month", "Runway (months)"] == "20.6"
    # The two methods' bars stand side by side in each quarter, half a lone bar's width each, not one over
    # the other; the runway's axis counts months from zero (Plotly's own had started at 2.12).
    bars = [t for t in burn.figure.data if t.type == "bar"]
    assert [(b.width, b.offset) for b in bars] == [(27.5 * 86_400_000, -27.5 * 86_400_000),
                                                   (27.5 * 86_400_000, 0)]
    assert burn.figure.layout.yaxis2.tickvals[0] == 0 and burn.figure.layout.yaxis2.range[0] < 0 < 37


def test_series_frame_says_where_each_value_came_from(halden: tuple[Release, ...]) -> None:
    frame = series_frame(company_series(halden))
    row = frame[(frame["line"] == "net_income") & (frame["period_end"] == "2005-03-31") & (frame["months"] == 3)]
    assert row.iloc[0][["value", "source", "restated"]].tolist() == [-5300000.0, "halden_q1_2005.txt", True]
    # each value says what it counts, EPS beside dollars in one column (UI-18)
    units = dict(zip(frame["line"], frame["unit"], strict=True))
    assert (units["net_income"], units["eps_basic"], units["shares_basic"]) == ("USD", "USD per share", "shares")


def test_companies_side_by_side_absolute_and_normalised(halden: tuple[Release, ...], allos: Release) -> None:
    comparison = side_by_side((allos, halden[1]))
    assert [c.heading for c in comparison.columns] == [
        "Allos Therapeutics, Inc. (ALTH) — 3M to Jun 30, 2004; balance at Jun 30, 2004",
        "Halden Therapeutics, Inc. (HLDN) — 3M to Jun 30, 2005; balance at Jun 30, 2005",
    ]
    assert comparison.row("total_operating_expenses").values == (7262 * K, 6100 * K)  # type: ignore[union-attr]
    assert comparison.row("line:clinical manufacturing").values == (1374 * K, None)  # type: ignore[union-attr]
    shares = {row.key: row.values for row in comparison.share_of_opex()}
    assert [round(v, 1) for v in shares["research_and_development"]] == [Decimal("47.5"), Decimal("73.8")]  # type: ignore[arg-type]
    # only the lines each total adds up, blank where the other company's total has no such line: the net loss
    # and interest income are no share of the operating expenses (UI-31: a net loss at -98.5% of them)
    assert list(shares) == ["research_and_development", "line:general and administrative",
                            "line:clinical manufacturing", "selling_general_administrative", "restructuring",
                            "total_operating_expenses"]
    assert shares["line:general and administrative"][0] is None and shares["restructuring"][1] is None
    for column in range(2):  # each company's parts come to its whole: 3,446 + 1,374 + 2,442 + 0 = 7,262
        assert sum(v[column] or 0 for k, v in shares.items() if k != "total_operating_expenses") == 100
    # Microsoft's third quarter of fiscal 2020 prints no total: its lines' sum, 4,887 + 4,913 + 1,271 = 11,071
    # million, as its Expenses page takes it (revenue less them is its operating income), and the total's row
    # says so, last (UI-33: the column had been blank)
    from tests.conftest import FIXTURES

    microsoft = core.parse_release((FIXTURES / "gold" / "microsoft_q3-fy2020_html.htm").read_bytes(), "msft.htm")
    both = side_by_side((allos, microsoft)).share_of_opex()
    assert [(row.key, [None if v is None else round(v, 1) for v in row.values]) for row in both][-4:] == [
        ("line:clinical manufacturing", [Decimal("18.9"), None]),
        ("selling_general_administrative", [Decimal("33.6"), None]), ("restructuring", [Decimal("0.0"), None]),
        ("total_operating_expenses", [Decimal("100.0"), Decimal("100.0")])]
    assert {row.key: round(row.values[1], 1) for row in both if row.values[1] is not None} == {
        "research_and_development": Decimal("44.1"), "line:sales and marketing": Decimal("44.4"),
        "line:general and administrative": Decimal("11.5"), "total_operating_expenses": Decimal("100.0")}
    assert both[-1].label == "Total operating expenses (the lines added up where none is printed)"
    per_share = {row.key: row.values for row in comparison.per_share()}
    assert [round(v, 4) for v in per_share["net_income"]] == [Decimal("-0.2296"), Decimal("-0.2643")]  # type: ignore[arg-type]

    table = comparison_table(comparison, "amount").set_index("Line")
    assert table.loc["Net loss"].tolist()[1:] == ["(7,151)", "(5,920)"]
    assert table.loc["General and administrative"].tolist()[1:] == ["—", "1,600"]
    shares_table = comparison_table(comparison, "share_of_opex").set_index("Line")
    assert shares_table.loc["Research and development"].tolist()[1:] == ["47.5%", "73.8%"]
    chart = comparison_bars(comparison, "amount")
    assert chart is not None
    lines = [r for r in comparison.rows if r.statement == "operations" and r.kind == "amount"
             and all(v is not None for v in r.values)]  # the lines both print: G&A, Allos' "—", is left out
    assert [len(t.x) for t in chart.figure.data] == [len(lines)] * 2  # horizontal: names on the y axis
    assert "General and administrative" not in {y.replace("<br>", " ") for y in chart.figure.data[0].y}
    assert list(chart.figure.data[1].x)[[r.key for r in lines].index("net_income")] == -5920.0
    ytd = side_by_side((allos, halden[2]), "year_to_date")
    assert [c.covers for c in ytd.columns] == [
        "6M to Jun 30, 2004; balance at Jun 30, 2004", "9M to Sep 30, 2005; balance at Sep 30, 2005"
    ]  # fmt: skip
    tidy = side_by_side_frame(comparison)
    assert set(tidy["company"]) == {"Allos Therapeutics, Inc. (ALTH)", "Halden Therapeutics, Inc. (HLDN)"}
    net = tidy[(tidy["line"] == "net_income") & (tidy["company"] == "Allos Therapeutics, Inc. (ALTH)")]
    assert net[["value", "unit"]].values.tolist() == [[-7_151_000.0, "USD"]]


def test_the_time_axis_names_the_quarter_ends_it_draws(halden: tuple[Release, ...]) -> None:
    """Halden's quarters end on the last day of March, June, September and December. Plotly's own ticks
    stood at month starts, so the September 30 quarter sat against an "Oct" tick; the ticks are the days
    drawn, named as the release dates them, the same on every chart of the page."""
    from core.charts.timeline import on_one_time_axis

    series = company_series(halden)
    expenses, cash = expense_lines(series), cash_trend(series)
    assert expenses is not None and cash is not None
    # The expense lines skip the fourth quarter of 2004 (no release prints it, none derives it): the lines
    # break there, where they had run straight from September to March as if no quarter were missing.
    drawn = ["2004-03-31", "2004-06-30", "2004-09-30", "2005-03-31", "2005-06-30", "2005-09-30"]
    assert list(expenses.figure.data[0].x) == [*drawn[:3], None, *drawn[3:]]
    assert list(expenses.figure.layout.xaxis.tickvals) == drawn
    assert expenses.figure.layout.xaxis.ticktext[2] == "Sep 30<br>2004"
    # On one page each chart names the days it draws, over the same span: December 31, 2004 holds the cash alone,
    # and the expense lines had named it too, a tick under nothing (UI-46).
    aligned_expenses, aligned_cash = on_one_time_axis([expenses, cash])
    # side by side (`HALF_PLOT_PX`) every other quarter fits one row (UI-53), the others a second row (UI-55)
    assert list(aligned_expenses.figure.layout.xaxis.tickvals) == drawn
    assert [text.startswith("<br><br>") for text in aligned_expenses.figure.layout.xaxis.ticktext] == [
        False, True, False, False, True, False]
    assert aligned_expenses.figure.layout.xaxis.range == aligned_cash.figure.layout.xaxis.range


def test_a_long_run_of_dates_names_every_other_one_counting_back_from_the_latest() -> None:
    from datetime import date

    from core.charts.timeline import date_ticks

    ends = [date(2015 + q // 4, 3 * (q % 4) + 3, 30 if q % 4 in (1, 2) else 31) for q in range(12)]
    ticks = date_ticks(ends)
    # 12 dates: 6 named in the axis's row, counting back from the latest, the other 6 in a second row (UI-55)
    assert ticks["tickvals"] == [day.isoformat() for day in ends]
    assert [text for text in ticks["ticktext"] if not text.startswith("<br>")] == [
        f"{day:%b} {day.day}<br>{day.year}" for day in ends[1::2]]
    assert ticks["ticktext"][-1] == "Dec 31<br>2017" and ticks["ticktext"][0] == "<br><br>Mar 31<br>2015"


def test_the_charts_over_time_share_one_span_of_dates(halden: tuple[Release, ...]) -> None:
    """Halden's expense lines run from March 2004, its cash from December 2004: on the Compare page each
    chart had stretched its own quarters over its width, the same quarter at different places. Aligned,
    every chart spans March 2004 to September 2005, half a bar's width beyond."""
    from core.charts.series import margins_over_time
    from core.charts.timeline import on_one_time_axis

    series = company_series(halden)
    expenses, cash = expense_lines(series), cash_trend(series)
    assert expenses is not None and cash is not None
    assert min(x for t in expenses.figure.data for x in t.x if x) == "2004-03-31"
    assert min(x for t in cash.figure.data for x in t.x if x) == "2004-12-31"
    charts = [c for c in (margins_over_time(halden), expenses, cash) if c is not None]
    ranges = {tuple(chart.figure.layout.xaxis.range) for chart in on_one_time_axis(charts)}
    assert ranges == {("2004-02-05", "2005-11-24")}  # 2004-03-31 less 55 days, 2005-09-30 plus 55
    # Oracle's quarters of fiscal 2013-2014 and 2021-2022, nine years apart: the seven empty years are cut
    # from the axis, all but 75 days either side (2014-08-14 to 2021-03-17, UI-40), leaving 880 days drawn, a
    # twentieth of which is less than half a bar: 55 days beyond each end (UI-37 had wanted room for the last
    # point's label and its tick on a span of nine years)
    oracle = company_series([core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name)
                             for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")])
    charts = [c for c in (expense_lines(oracle), cash_trend(oracle)) if c is not None]
    aligned = on_one_time_axis(charts)
    assert {tuple(c.figure.layout.xaxis.range) for c in aligned} == {("2013-04-06", "2022-07-25")}
    assert {tuple(tuple(b.bounds) for b in c.figure.layout.xaxis.rangebreaks) for c in aligned} == {
        (("2014-08-14", "2021-03-17"),)}


def test_burn_over_time_leads_with_the_cash_pages_burn_and_hatches_it_where_derived() -> None:
    """Browser review of round 119: Ostrava's burn over time plotted only its net loss per month ($3.8M, a
    runway of 53.9 months) while its Overview and Cash page lead with cash used in operations: (50,336) over
    the six months to July 31, 2019, $8.4M a month and 24.5 months of cash. No quarter of its cash flow is
    printed, so that bar is its release's estimate spread over six months, hatched as derived. Since UI-41 that
    estimate counts the (4,905) of "Purchases of property and equipment" too: 55,241 over six months, $9.2M a
    month and 22.3 months of its 205,494 of cash and investments."""
    from core.analysis.cash import cash_burn
    from core.charts.cash_over_time import CASH_BURN

    name = "software_other_income_net_the_only_line_below_the_operating_loss.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    burn = burn_chart(company_series([release]))
    assert burn is not None
    bars = [t for t in burn.figure.data if t.type == "bar"]
    assert [b.name for b in bars] == [CASH_BURN, "Net loss per month"]
    assert list(bars[0].y)[-1] == pytest.approx((50_336 + 4_905) / 6)
    assert list(bars[0].marker.pattern.shape)[-1] == "/"
    # each row names the stretch its figure is measured over (UI-48): the six months' estimate, the quarter's loss
    latest = burn.data[burn.data["Measured over"].isin(["6M to Jul 31, 2019", "3M to Jul 31, 2019"])
                       & burn.data["How"].str.contains("Jul 31, 2019")].set_index("Method")
    assert latest.loc[CASH_BURN, "Measured over"] == "6M to Jul 31, 2019"
    assert latest.loc["Net loss per month", "Measured over"] == "3M to Jul 31, 2019"
    assert latest.loc[CASH_BURN, "Burn per month ($ thousands)"] == "9,207"
    assert latest.loc[CASH_BURN, "Runway (months)"] == "22.3"
    assert latest.loc[CASH_BURN, "How"] == ('cash from operations less capital spending ("Purchases of property and '
                                            'equipment") for 6M to Jul 31, 2019 divided by 6 months')
    # its net loss ($3.8M a month) is outrun by its revenue while its cash burn stands: no runway (UI-52's rule)
    assert latest.loc["Net loss per month", "Runway (months)"] == "Not estimated"
    estimate = cash_burn(release)
    assert estimate is not None and round(estimate.runway_months or 0, 1) == Decimal("22.3")


def test_a_banks_expense_lines_over_time_are_named_for_its_noninterest_expense() -> None:
    """Browser review of round 119: Tamsett Valley Bancorp's lines of "Total noninterest expense" (27,739 in
    the fourth quarter of 2020) were drawn under "Operating expenses per quarter, line by line", a name its
    Expenses page does not use, and without their total."""
    name = "bank_noninterest_expense_total_and_no_revenue_line.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    chart = expense_lines(company_series([release]))
    assert chart is not None
    assert chart.title.startswith("Total noninterest expense per quarter, line by line")
    total = next(t for t in chart.figure.data if t.name == "Total noninterest expense")
    assert list(total.y)[-1] == 27739  # in the release's own $ thousands, as its pages read (UI-46; millions, UI-45)
    assert total.line.dash == "dash"
    assert [t.name for t in chart.figure.data][:2] == ["Salaries and employee benefits", "Occupancy and equipment"]


def test_a_cost_line_named_like_a_revenue_line_is_drawn_with_its_own_figures() -> None:
    """Oracle's fiscal 2022 fourth quarter prints "Cloud services and license support" under its revenues
    (7,612 and 7,389 million) and again under its operating expenses (1,435 and 1,214 million), as it does
    "Hardware" (856 / 882 revenue, 254 / 253 cost) and "Services" (833 / 812 revenue, 707 / 655 cost). UI-36:
    the expense lines over time had been drawn with the revenue figures, one line above its own total."""
    releases = [core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name)
                for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")]
    chart = expense_lines(company_series(releases))
    assert chart is not None
    drawn = {trace.name: [y for y in trace.y if y is not None] for trace in chart.figure.data}
    # (a line fiscal 2014 does not print, in the table, not drawn, since UI-50)
    table = chart.data.set_index("Line")["Value ($ millions)"]
    assert list(table["Cloud services and license support"]) == ["1,214", "1,435"]
    # (Hardware, among the seven smaller lines summed since UI-47, with its own cost figures in the table)
    hardware = chart.data[chart.data["Line"] == "Hardware"]
    assert list(hardware["Value ($ millions)"]) == ["253", "254"]
    # fiscal 2014's "Services", a cost line only (its revenue "Services Revenues"), lines up with 2022's cost
    assert drawn["Cost: Services"] == [785.0, 759.0, 655.0, 707.0]  # (a cost, named so in the legend: UI-57)
    series = company_series(releases)
    assert [o.value / M for o in series.points("line:cloud services and license support under revenues")] == [
        Decimal(7389), Decimal(7612)]


def test_a_release_is_one_reading_its_statement_of_operations_not_its_cash_flows() -> None:
    """Tollgate Pass Midstream's cash flow starts from "Net (loss) income" before the minority's share,
    (298,917) and 109,790, and takes "Equity in earnings of unconsolidated affiliates" back out, (14,205);
    its statement of operations prints the partnership's own (301,035) and 107,885, and 14,205. The Compare
    page had drawn the cash flow's and called the pair reported differently "by different releases"."""
    name = "mlp_cash_flow_net_income_before_the_minoritys_share.htm"
    release = core.parse_release((FIXTURES / "ui" / name).read_bytes(), name)
    series = company_series([release])
    assert [(p.period.end.isoformat(), p.value / K) for p in series.points("net_income")] == [
        ("2019-03-31", Decimal(107885)), ("2020-03-31", Decimal(-301035))]
    assert series.restatements == ()
    equity = [key for key in {o.key for o in series.values} if "equity in earnings" in key.lower().replace("_", " ")]
    assert [series.value(key, date(2020, 3, 31)).value / K for key in equity] == [Decimal(14205)]  # type: ignore[union-attr]


def test_two_releases_of_one_company_side_by_side_name_each_period_once() -> None:
    """Apple's third quarter of fiscal 2004 (to Jun 26, 2004) beside its first of fiscal 2024 (to Dec 30, 2023):
    the columns are headed by name and period, the bars' legend names the period once and no balance date (the
    chart draws the statement of operations), and the far-apart note names the company, not its heading (UI-36:
    "Apple · 3M to Jun 26, 2004 · 3M to Jun 26, 2004; balance at ..." and "Apple · 3M to Jun 26, 2004's Jun 26,
    2004")."""
    paths = (FIXTURES / "html" / "apple-computer_q3-fy2004.htm",
             FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")
    comparison = side_by_side(core.parse_release(p.read_bytes(), p.name) for p in paths)
    assert comparison.short_headings == ("Apple · 3M to Jun 26, 2004", "Apple · 3M to Dec 30, 2023")
    chart = comparison_bars(comparison, "amount")
    assert chart is not None
    assert [trace.name for trace in chart.figure.data] == list(comparison.short_headings)
    assert comparison.far_apart == "Apple's quarter ends Jun 26, 2004; Apple's Dec 30, 2023: 20 years apart."


def test_shares_of_operating_expenses_side_by_side_leave_out_a_cost_of_revenue_only_one_total_holds() -> None:
    """Corvalis (invented, round 523) totals "Total costs and expenses" 111,205 thousand with its cost of
    product sales 21,407 inside; ServiceNow's total operating expenses leave its cost of revenues out. Side by
    side, Corvalis's lines are shares of 111,205 - 21,407 = 89,798: research 24,116 is 26.9%, SG&A 55,812 is
    62.2%, amortization 9,870 is 11.0% (UI-37: 21.7% and 50.2% of the larger total, beside ServiceNow's shares
    of a total without its costs, on one row). The total's row says whose total was taken without it."""
    from tests.conftest import FIXTURES

    paths = (FIXTURES / "ui" / "cost_of_sales_excluding_amortization_among_costs_and_expenses.htm",
             FIXTURES / "html" / "servicenow_q1-2020.htm")
    shares = side_by_side(core.parse_release(p.read_bytes(), p.name) for p in paths).share_of_opex()
    crvl = {row.key: round(row.values[0], 1) for row in shares if row.values[0] is not None}
    assert crvl == {"research_and_development": Decimal("26.9"), "selling_general_administrative": Decimal("62.2"),
                    "line:amortization of intangible assets": Decimal("11.0"),
                    "total_operating_expenses": Decimal("100.0")}
    assert "cost_of_revenue" not in {row.key for row in shares}
    assert shares[-1].label == "Total costs and expenses (less the cost of revenue it holds: CRVL)"


def test_dates_in_clusters_years_apart_are_named_apart() -> None:
    """Apple's releases of 2003-2004 and 2009-2010 side by side (UI-26): quarters a season apart, the clusters
    six years apart. Each named date stands at least a label's width at a phone's plot from the next (401 of
    the 3,009 days drawn), counting back from the latest: the dates a year or a season from a named one are drawn
    but not named, their labels no longer run into their neighbours'. (Since UI-40 the years between the
    clusters are cut from the axis, which leaves room to name four.)"""
    from datetime import date

    from core.charts.timeline import date_ticks

    ends = [date(2003, 6, 28), date(2003, 9, 27), date(2004, 6, 26), date(2009, 12, 26), date(2010, 9, 25),
            date(2010, 12, 25)]
    ticks = date_ticks(ends)
    # The five empty years between the clusters are cut from the axis (UI-40), leaving 988 days drawn with the
    # room beyond the ends: a label's width at a phone's plot is 132 of them, and a year, or the cut between
    # Jun 26, 2004 and Dec 26, 2009 (150 days), is more. (Uncut, two dates had been named in six years, UI-38.)
    assert [v for v, t in zip(ticks["tickvals"], ticks["ticktext"], strict=True) if not t.startswith("<br>")] == [
        "2003-09-27", "2004-06-26", "2009-12-26", "2010-12-25"]
    assert ticks["ticktext"][-1] == "Dec 25<br>2010"
    # UI-55: the other two in a second row, so every date drawn is named
    assert ticks["tickvals"] == [day.isoformat() for day in ends]


def test_cash_over_time_counts_the_lines_the_cash_card_counts() -> None:
    """Apple's first quarter of fiscal 2011: its cash card counts cash and cash equivalents, short-term and
    long-term marketable securities, 10,734 + 16,243 + 32,730 = $59,707 million at Dec 25, 2010 (11,261 +
    14,359 + 25,391 = $51,011 million at Sep 25, 2010); the line over time says the same (UI-30: it had added
    the first two alone, $26,977 million, beside the Overview's $59.71 billion)."""
    from core.analysis.metrics import standard_metrics

    path = Path(__file__).parent / "fixtures" / "edgar" / "apple_q1-fy2011.txt"
    apple = core.parse_release(path.read_bytes(), path.name)
    points = cash_series(company_series([apple]))
    assert [(p.end, p.amount) for p in points] == [
        (date(2010, 9, 25), Decimal(51_011_000_000)), (date(2010, 12, 25), Decimal(59_707_000_000))]
    assert [p.label for p in points[-1].parts] == [
        "Cash and cash equivalents", "Short-term marketable securities", "Long-term marketable securities"]
    card = standard_metrics(apple).get("cash_and_investments")
    assert card is not None and card.value == points[-1].amount


def test_a_banks_cash_over_time_is_named_for_the_line_it_counts() -> None:
    """A bank's one cash line, "CASH AND DUE FROM BANKS" ($170,960 and $149,971 thousand on its sheet): the
    chart over time says so, as its Overview card does (UI-31: it had been titled "Cash and investments")."""
    path = FIXTURES / "layouts" / "a_per_share_heading_in_capitals_without_its_colon.txt"
    bank = core.parse_release(path.read_bytes(), path.name)
    chart = cash_trend(company_series([bank]))
    assert chart is not None
    assert chart.figure.layout.title.text == "Cash and due from banks at each balance-sheet date"
    assert chart.figure.data[0].name == "Cash and due from banks"
    assert Decimal(170_960_000) in {p.amount for p in cash_series(company_series([bank]))}


def test_a_share_count_that_jumps_between_releases_is_said() -> None:
    """Apple's third quarter of fiscal 2004 (392.6 million diluted shares) beside its first of fiscal 2024,
    whose year-earlier quarter counts 15,955.7 million: three splits stand between them (2005, 2014, 2020), and
    the EPS and counts over time are as each release printed them (UI-32: a line from $0.16 to $6.43 with no
    word). Halden's three quarters, whose counts move by a few percent, say nothing."""
    from tests.conftest import FIXTURES

    paths = (FIXTURES / "html" / "apple-computer_q3-fy2004.htm",
             FIXTURES / "gold" / "apple_q1-fy2024_edgar-submission.txt")
    apple = company_series([core.parse_release(p.read_bytes(), p.name) for p in paths])
    assert apple.share_jumps.startswith(
        "The weighted share count rises by half or more between releases (392.6 million in 3M to Jun 26, 2004 "
        "to 15,955.7 million in 3M to Dec 31, 2022): a stock split or a large issue of shares may stand")
    halden = company_series([core.parse_release(p.read_bytes(), p.name) for p in sorted(SERIES.glob("halden_*.txt"))])
    assert halden.share_jumps == ""


def test_a_share_count_that_falls_by_a_third_names_buybacks_not_a_split() -> None:
    """Oracle's diluted shares: 4,569 million in its fourth quarter of fiscal 2014, 2,943 million in fiscal
    2021's (2,943 / 4,569 = 0.64, a fall of more than a third). No split stands between them; buybacks do, and
    UI-36 found the page naming only a split."""
    releases = [core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name)
                for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")]
    said = company_series(releases).share_jumps
    assert said.startswith("The weighted share count falls by a third or more between releases (4,569 million in "
                           "3M to May 31, 2014 to 2,943 million in 3M to May 31, 2021): a reverse split or large "
                           "buybacks may stand between them.")


def test_oracles_quarters_years_apart_name_dates_a_phones_label_apart_on_every_chart_over_time() -> None:
    """UI-38: Oracle's Q4 FY2014 and Q4 FY2022 submissions, Compare over time: the quarters to May 31, 2013 and
    2014, 2021 and 2022, a year apart in the nine drawn (2012-12-18 to 2022-11-11, 3,615 days), had each been
    named, and at 390 px their labels ran together ("May 31May 31"). A year is 10% of that axis, 30 px of a
    phone's plot, under a label's 40: counting back from the latest, 2022 and 2014 were named. Since UI-40 the
    empty years are cut from the axis and all four are named, a label's width apart, on every chart over time."""
    from core.charts.series import margins_over_time
    from core.charts.timeline import HALF_PLOT_PX, TICK_LABEL_PX, axis_days, on_one_time_axis

    releases = [core.parse_release((FIXTURES / "edgar" / name).read_bytes(), name)
                for name in ("oracle_q4-fy2014.txt", "oracle_q4-fy2022.txt")]
    series = company_series(releases)
    charts = [c for c in (line_bars(series, "net_income", "Net result per quarter"), margins_over_time(releases),
                          expense_lines(series), cash_trend(series), per_share_trend(series),
                          share_count_trend(series)) if c is not None]
    assert len(charts) == 6
    # UI-40: the seven empty years are cut from the axis, so each of the four years is named, each a label's
    # width at a phone's plot from the next along the axis as drawn (its cut left out)
    named = ["2013-05-31", "2014-05-31", "2021-05-31", "2022-05-31"]
    for chart in charts:  # each alone
        axis = chart.figure.layout.xaxis
        assert list(axis.tickvals) == named
        assert list(axis.ticktext) == ["May 31<br>2013", "May 31<br>2014", "May 31<br>2021", "May 31<br>2022"]
    for chart in on_one_time_axis(charts):  # side by side on the page (UI-53: what fits its half-width plot)
        # UI-55: every bar named; May 31, 2021, too close to May 31, 2014 across the cut for one row, in a second
        assert list(chart.figure.layout.xaxis.tickvals) == named
        assert [text.startswith("<br><br>") for text in chart.figure.layout.xaxis.ticktext] == [
            False, True, False, False]
    named = [named[0], named[2], named[3]]  # the axis's own row
    aligned = on_one_time_axis(charts)[0].figure.layout.xaxis
    cuts = [tuple(date.fromisoformat(day) for day in b.bounds) for b in aligned.rangebreaks]
    start, end = (date.fromisoformat(day) for day in aligned.range)
    days = [date.fromisoformat(day) for day in named]
    for one, other in itertools.pairwise(days):
        assert axis_days(one, other, cuts) / axis_days(start, end, cuts) * HALF_PLOT_PX >= TICK_LABEL_PX
