"""UI-52, finding 1: no runway on a net loss that revenue outruns.

St. Joe Q1 2020 (`python -m core text` of the fixture): "Total revenue 18.6" for the quarter (line 125: 6.2 a month),
"Net (loss) income attributable to the Company ($1.5)" (line 162: 0.5 a month), "Cash and cash equivalents 106.4"
at Mar 31, 2020 (line 180) beside "Investments – debt securities 50.0" (line 182), so the fall in cash is withheld;
the release says cash, cash equivalents and investments fell $36.6 million (line 97) with $40.8 million of capital
expenditures (line 100). The Overview, Cash page and Compare had shown "Runway 5+ years" on the $500K net loss a
month. The rule now estimates a runway on the net loss only where no cash measure of burn stands and revenue a month
is below the loss a month: none for St. Joe on any page; Allos (no revenue printed) keeps its 17.9 months and its
net loss's 14.3; Alkermes and Aemetis as UI-51 left them.
"""

from __future__ import annotations

from decimal import Decimal

import core
from core.analysis.metrics import overview_metrics, standard_metrics
from core.analysis.runway_headline import runway_rule
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.memo import memo_table, runway_said_notes
from tests.conftest import FIXTURES, read_fixture
from tests.page_runner import metrics, run_page, texts
from tests.test_pages import ALKERMES

ST_JOE = FIXTURES / "html" / "st-joe_q1-2020.htm"
AEMETIS = FIXTURES / "text" / "aemetis_q4-2024_markdown-flattened.txt"
WHY = "Runway not estimated: no figure measures the cash the business uses"


def _sample() -> core.Release:
    name, data = core.load_sample()
    return core.parse_release(data, name)


def test_the_rule_gives_st_joe_no_runway_on_its_net_loss_and_says_why_in_one_sentence() -> None:
    rule = runway_rule(read_fixture(ST_JOE))
    assert not rule.estimated and rule.burn is None and rule.refused and rule.fall_only is None
    outrun = rule.loss_outrun
    assert outrun is not None
    assert outrun.loss.monthly == Decimal("500000.0")  # 1.5 / 3, in $ millions
    assert outrun.revenue_monthly == Decimal("6200000.0")  # 18.6 / 3
    assert all(e.runway_months is None for e in rule.estimates)
    assert rule.why_not.startswith(WHY)
    assert '"Investments – debt securities", which the cash figure leaves out' in rule.why_not
    assert "the net loss of $500,000 a month is no measure of it either, since revenue ran at $6.2 million a month" \
        in rule.why_not
    assert rule.why_not.count(". ") == 0  # one sentence
    assert "5+ years" not in rule.why_not and "months" not in rule.why_not.replace("a month", "")


def test_allos_keeps_both_runways_alkermes_and_aemetis_are_unchanged() -> None:
    rule = runway_rule(_sample())
    runways = {e.method: round(e.runway_months or 0, 1) for e in rule.estimates}
    # no revenue printed: its fall in cash stands as its burn, and its net loss keeps its runway
    assert rule.estimated and round(rule.burn.runway_months or 0, 1) == Decimal("17.9")  # type: ignore[union-attr]
    assert runways == {"Change in cash and investments": Decimal("17.9"), "Net loss per month": Decimal("14.3")}
    alkermes = runway_rule(read_fixture(ALKERMES))
    assert alkermes.fall_only is not None and alkermes.loss_outrun is None
    assert alkermes.why_not.startswith("Runway not estimated: the release prints no cash flow statement")
    aemetis = standard_metrics(read_fixture(AEMETIS))
    assert aemetis.rule.fall_only is not None
    assert "Read with care: the net loss of $5.4 million a month is more than the $898,000" in aemetis.runway_said


def test_st_joe_overview_shows_its_net_loss_and_no_runway_with_the_rules_sentence() -> None:
    release = read_fixture(ST_JOE)
    found = standard_metrics(release)
    assert "runway" not in [m.key for m in overview_metrics(found)]
    assert found.runway_said.startswith(WHY)
    at = run_page("overview", release)
    shown = metrics(at)
    assert "Runway" not in shown and shown["Net loss per month"][0] == "$500K"
    page = texts(at)
    assert WHY in page and "5+ years" not in page


def test_st_joe_cash_page_keeps_the_net_loss_figure_without_a_runway_card() -> None:
    at = run_page("cash", read_fixture(ST_JOE))
    cards = [(m.label, m.value) for m in at.metric]
    assert ("Net loss per month", "$500K") in cards
    assert not [label for label, _ in cards if label.startswith("Runway")]
    page = texts(at)
    assert WHY in page and "5+ years" not in page
    assert len(at.get("plotly_chart")) == 2  # cash at each date and the balance sheet; no run-down chart


def test_compare_memo_and_burn_over_time_give_st_joe_no_runway() -> None:
    release = read_fixture(ST_JOE)
    columns = [standard_metrics(_sample()), standard_metrics(release)]
    memo = memo_table(columns)
    assert memo[memo["Metric"] == "Runway"].iloc[0].tolist()[1:] == ["17.9 months", "Not estimated"]
    (note,) = [n for n in runway_said_notes(columns) if n.startswith("JOE: ")]
    assert note == f"JOE: {standard_metrics(release).runway_said}"
    chart = burn_chart(company_series([release]))
    assert chart is not None
    # its fall in cash (185.7 to 106.4: 26.4 a month) is withheld as on the Cash page, and no runway is drawn
    assert [t.name for t in chart.figure.data] == ["Net loss per month"]
    assert chart.data["Runway (months)"].tolist() == ["Not estimated"]
    assert "revenue ran at $6.2 million a month, more than the net loss" in chart.alt_text
