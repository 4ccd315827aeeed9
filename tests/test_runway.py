"""The burn and runway the Overview, Compare and the Cash page share (UI-41): one estimate from core, capital
spending counted where the cash flow prints it, the faster fall in cash and investments where that is faster,
a runway past five years said as such, and debt due within a year said beside the runway.

Figures checked by hand against the releases (amounts in millions where the release prints millions)."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.cash import burn_estimates, cash_burn
from core.analysis.metrics import metric_text, runway_caveat, standard_metrics
from core.formatting import runway_words
from tests.conftest import CREE, FIXTURES, FORIAN
from tests.conftest import read_fixture as read

CREE_LYNX = FIXTURES / "text" / "cree_q3-fy2020_lynx.txt"
ST_JOE = FIXTURES / "html" / "st-joe_q1-2020.htm"
ST_JOE_PDF = FIXTURES / "pdf" / "st-joe_q1-2020.pdf"
MILLION = Decimal(1_000_000)


def test_cree_burn_counts_its_capital_spending() -> None:
    """Cree's nine months to Mar 29, 2020: cash used in operations (39.5) and "Purchases of property and
    equipment" (168.9) are 208.4 over 9 months, 23.16 a month; cash, cash equivalents and short-term
    investments of 852.9 last 36.8 months at that pace. On operations alone it had been 4.39 a month and
    194.3 months ("16.2 years") while cash and investments fell from 1,051.4 to 852.9."""
    for path in (CREE, CREE_LYNX):
        release = read(path)
        burn = cash_burn(release)
        assert burn is not None and burn.method == "Operating cash flow less capital spending per month", path
        assert burn.monthly is not None and round(burn.monthly / MILLION, 2) == Decimal("23.16")
        assert "Purchases of property and equipment" in burn.basis
        metrics = standard_metrics(release)
        card, runway = metrics.get("monthly_burn"), metrics.get("runway")
        assert card is not None and runway is not None
        # the Overview's cards are the Cash page's burn, figure and basis alike
        assert card.value == burn.monthly and card.basis == burn.basis and runway.value == burn.runway_months
        assert metric_text(runway) == "36.8 months"  # 852.9 / 23.16


def test_the_faster_fall_in_cash_is_the_burn() -> None:
    """Where the cash flow's burn is slower than the fall in cash and investments between the sheets, the fall
    is the burn: Cree's operations alone used 4.39 a month while cash and investments fell 22.13 a month
    (1,051.4 to 852.9 over 8.97 months), so without its capital spending line the burn is the fall."""
    release = read(CREE)
    estimates = {e.method: e for e in burn_estimates(release)}
    fall, operating = estimates["Change in cash and investments"], estimates["Operating cash flow per month"]
    assert fall.monthly is not None and round(fall.monthly / MILLION, 2) == Decimal("22.13")
    assert operating.monthly is not None and round(operating.monthly / MILLION, 2) == Decimal("4.39")
    # the rule itself, on the two estimates the release gives when no capital spending is printed
    from core.analysis import cash as cash_module

    original = cash_module.burn_from_free_cash_flow
    try:
        cash_module.burn_from_free_cash_flow = lambda *args, **kwargs: None  # type: ignore[assignment]
        burn = cash_burn(release)
    finally:
        cash_module.burn_from_free_cash_flow = original
    assert burn is not None and burn.method == "Change in cash and investments"
    assert burn.runway_months is not None and round(burn.runway_months, 1) == Decimal("38.5")


def test_a_runway_past_five_years_is_said_as_such() -> None:
    """A runway past five years is said "5+ years" on the cards, the chart and Compare (UI-42: "> 5 years"), a
    straight line saying nothing that precise so far out. St. Joe Q1 2020 had been the case (106.4 of cash at its
    net loss of 0.5 a month, 212.8 months, once "17.7 years"); since UI-52 it has no runway at all: its revenue
    (6.2 a month) outruns its net loss, and no cash measure of burn stands (the runway rule)."""
    for path in (ST_JOE, ST_JOE_PDF):
        found = standard_metrics(read(path))
        assert found.get("runway") is None and found.rule.loss_outrun is not None
    runway = standard_metrics(read(FORIAN)).get("runway")  # 49,357,888 / 163,009 a month: 302.8 months
    assert runway is not None and round(runway.value or 0, 1) == Decimal("302.8")
    assert metric_text(runway) == metric_text(runway, compact=True) == "5+ years"
    assert runway_words(Decimal("59.9")) == "59.9 months"
    assert runway_words(Decimal("60")) == "60.0 months"
    assert runway_words(Decimal("60.1")) == "5+ years"


def test_debt_due_within_a_year_is_said_beside_the_runway() -> None:
    """Forian Q3 2024: "Convertible notes payable" of $24,370,509 among the current liabilities at Sep 30,
    2024, against cash (2,707,688) and marketable securities (46,650,200) of $49,357,888: 49.4%. Its runway
    (9 months' operations used $1,467,084) had stood at "25.2 years" with no word of them."""
    release = read(FORIAN)
    runway = standard_metrics(release).get("runway")
    assert runway is not None and metric_text(runway) == "5+ years"
    said = ('$24.4 million of debt falls due within a year ("Convertible notes payable"), 49.4% of the cash and '
            "investments the runway counts")
    assert runway.caveat == said
    assert runway_caveat(release) == said  # the Cash page's words


def test_no_debt_caveat_where_none_falls_due() -> None:
    """Cree's current liabilities hold no borrowing (its $0.6 million of finance leases are no debt falling
    due; its convertible notes are long-term), so its runway carries no debt caveat."""
    runway = standard_metrics(read(CREE)).get("runway")
    assert runway is not None and runway.caveat == ""
    assert runway_caveat(read(CREE)) == ""


def test_the_run_down_chart_stops_at_five_years() -> None:
    """Forian's cash and investments of $49,357,888 at $163,009 a month of operations' cash would last 302.8
    months; the Cash page's chart had drawn a line 25 years long to a month it named. It stops at 60 months
    (Sep 30, 2029), $9,780,560 less: $39,577,328 left, and says "5+ years"."""
    from core.analysis.cash import cash_points
    from core.charts import runway_projection

    release = read(FORIAN)
    balance = release.statement("balance")
    assert balance is not None
    chart = runway_projection(cash_points(balance)[-1], burn_estimates(release), balance.scale)
    assert chart is not None
    line = next(trace for trace in chart.figure.data if trace.name.startswith("Operating cash flow"))
    # its window named in the legend, as on the card above it (UI-49)
    assert line.name.replace("<br>", " ") == "Operating cash flow, 9M to Sep 30, 2024, per month: 5+ years"
    assert str(line.x[-1]) == "2029-09-30" and round(line.y[-1], 6) == 39.577328  # $ millions (UI-43)
    row = chart.data[chart.data["Estimate"] == "Operating cash flow per month"].iloc[0]
    assert row["Runway"] == "5+ years" and row["Cash runs out around"] == "after Sep 2029"


def test_each_run_down_line_has_its_own_colour_dash_and_marker() -> None:
    """Cree's Cash page draws four run-down lines (operations less capital spending 23.16 a month, the fall in
    cash and investments 22.13, the net loss 20.53, operating cash flow 4.39, each in millions): the first and
    the fourth had both been solid blue with round markers, the legend unable to tell them apart (UI-42)."""
    from core.analysis.cash import cash_points
    from core.charts import runway_projection

    release = read(CREE)
    balance = release.statement("balance")
    assert balance is not None
    burn = cash_burn(release)
    estimates = tuple(sorted(burn_estimates(release), key=lambda e: e != burn))  # the Cash page's order
    chart = runway_projection(cash_points(balance)[-1], estimates, balance.scale)
    assert chart is not None
    traces = chart.figure.data
    assert [trace.name.replace("<br>", " ") for trace in traces] == [
        "Operating cash flow less capital spending, 9M to Mar 29, 2020, per month: 36.8 months",
        "Change in cash and investments, Jun 30, 2019 to Mar 29, 2020, per month: 38.5 months",
        "Net loss, 3M to Mar 29, 2020, per month: 41.5 months",
        "Operating cash flow, 9M to Mar 29, 2020, per month: 5+ years"]
    for style in ([t.line.color for t in traces], [t.line.dash for t in traces], [t.marker.symbol for t in traces]):
        assert None not in style and len(set(style)) == len(traces), style


def test_the_cash_page_says_a_runway_past_five_years_as_the_chart_does() -> None:
    """Forian's Cash page: operations used $163,009 a month against $49,357,888 of cash and investments, 302.8
    months; its card had said "> 5 years" beside the chart's "more than 5 years" (UI-42), now "5+ years"
    everywhere (UI-43)."""
    from tests.page_runner import run_page

    at = run_page("cash", read(FORIAN))
    runways = [m.value for m in at.metric if m.label == "Runway it implies"]
    assert "5+ years" in runways and "> 5 years" not in runways


NVENT = FIXTURES / "html" / "nvent-electric-plc_q1-2020.htm"
BRAMWELL = FIXTURES / "layouts" / "segments_beside_their_total_under_one_date.htm"


def test_the_burn_is_called_free_cash_flow_only_where_the_release_prints_it() -> None:
    """Cree's nine months: operations used 39.5 and "Purchases of property and equipment" took 168.9, 208.4 or
    23.16 a month, while its own "Total free cash flow" is (213.6), which also takes off 5.2 of patent
    spending: the estimate is named by what it is computed from on every page (the chart's legend and table,
    the Cash page's card), never "Free cash flow" (UI-42). nVent's quarter: 6.7 from operations less 10.2 of
    "Capital expenditures" is (3.5), its printed "Free cash flow" (2.4) (it adds back proceeds from sales).
    Bramwell's quarter: (130) from operations less 2,310 of "Capital expenditures" is (2,440), exactly its
    printed "Free cash flow", so there it is called that."""
    from core.analysis.cash import cash_points
    from core.charts import runway_projection

    release = read(CREE)
    burn = cash_burn(release)
    assert burn is not None and burn.printed == "" and burn.monthly is not None
    assert burn.name == "Operating cash flow less capital spending per month"
    assert round(burn.monthly * 9 / MILLION, 1) == Decimal("208.4")
    balance = release.statement("balance")
    assert balance is not None
    chart = runway_projection(cash_points(balance)[-1], (burn,), balance.scale)
    assert chart is not None
    assert chart.figure.data[0].name.replace("<br>", " ") == (
        "Operating cash flow less capital spending, 9M to Mar 29, 2020, per month: 36.8 months")
    assert list(chart.data["Estimate"]) == ["Operating cash flow less capital spending per month"]
    assert not any("free cash flow" in str(value).lower() for value in chart.data.to_numpy().ravel())
    for path, printed in ((NVENT, ""), (BRAMWELL, "Free cash flow")):
        estimate = next(e for e in burn_estimates(read(path))
                        if e.method == "Operating cash flow less capital spending per month")
        assert estimate.printed == printed, path
        assert estimate.name == ("Free cash flow per month" if printed else estimate.method)
        assert (f'the release\'s "{printed}"' in estimate.basis) == bool(printed)

