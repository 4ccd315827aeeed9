"""UI-51, finding 1: one runway rule on every page.

Alkermes Q1 2020 (`python -m core text` of the fixture): cash, cash equivalents and total investments 614,370 at
Dec 31, 2019 and 549,738 at Mar 31, 2020 ((614,370 - 549,738) / 3 = 21,544 a month), revenue 246,220 for the
quarter (82,073 a month), net loss 38,654 (12,885 a month), no cash flow statement. Its reconciliation adds back
19,812 of share-based pay, 10,881 of depreciation and 9,728 of amortization to a non-GAAP net income. The Overview
and Compare's memo said "Not estimated" while the Cash page gave 25.5 months in its prose, a "Runway it implies 42.7
months" card and a run-down chart, and Compare's burn over time a net-loss runway dot. Now `runway_rule` decides
for every page: no runway for Alkermes, 17.9 months for the Allos sample, Aemetis's caution kept.
"""

from __future__ import annotations

from decimal import Decimal

import core
from core.analysis.metrics import overview_metrics, standard_metrics
from core.analysis.runway_headline import runway_rule
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.memo import BURN_OR_FALL, burn_kinds_note, memo_table
from tests.conftest import FIXTURES, read_fixture
from tests.page_runner import metrics, run_page, texts
from tests.test_pages import ALKERMES

AEMETIS = FIXTURES / "text" / "aemetis_q4-2024_markdown-flattened.txt"


def _sample() -> core.Release:
    name, data = core.load_sample()
    return core.parse_release(data, name)


def test_the_rule_refuses_alkermes_a_runway_on_either_burn_and_says_why_without_one() -> None:
    rule = runway_rule(read_fixture(ALKERMES))
    assert not rule.estimated and rule.burn is None
    assert rule.fall_only is not None and rule.fall_only.burn.monthly == Decimal("21544000")
    assert round(rule.fall_only.revenue_monthly) == Decimal("82073333")  # 246,220 / 3
    # both burns kept as figures, neither with a runway
    by_method = {e.method: e for e in rule.estimates}
    assert by_method["Change in cash and investments"].monthly == Decimal("21544000")
    assert round(by_method["Net loss per month"].monthly or 0) == Decimal("12884667")  # 38,654 / 3
    assert all(e.runway_months is None for e in rule.estimates)
    assert rule.why_not.startswith("Runway not estimated: the release prints no cash flow statement")
    assert "$21.5 million a month, while revenue ran at $82.1 million a month" in rule.why_not
    assert "months" not in rule.why_not.replace("a month", "")  # no runway in the sentence refusing one


def test_the_rule_keeps_the_samples_runway_and_aemetis_its_caution() -> None:
    rule = runway_rule(_sample())
    assert rule.estimated and rule.burn is not None and rule.burn.method == "Change in cash and investments"
    assert rule.why_not == "" and round(rule.burn.runway_months or 0, 1) == Decimal("17.9")
    aemetis = standard_metrics(read_fixture(AEMETIS))
    assert not aemetis.rule.estimated
    # 16,197 / 3 = 5,399 a month against 898 of cash; 90.5 million of debt due within a year
    assert "Read with care: the net loss of $5.4 million a month is more than the $898,000" in aemetis.runway_said
    assert "$90.5 million of debt falls due within a year" in aemetis.runway_said


def test_alkermes_cash_page_shows_no_runway_card_sentence_or_run_down_chart() -> None:
    at = run_page("cash", read_fixture(ALKERMES))
    assert [(m.label, m.value) for m in at.metric] == [("Fall in cash per month", "$21.5M"),
                                                       ("Net loss per month", "$12.9M")]
    page = texts(at)
    assert "Runway not estimated: " in page and "25.5 months" not in page and "42.7 months" not in page
    assert len(at.get("plotly_chart")) == 2  # cash at each date and the balance sheet; no run-down chart


def test_sample_cash_page_keeps_its_runway_cards_and_run_down_chart() -> None:
    at = run_page("cash", _sample())
    cards = [(m.label, m.value) for m in at.metric]
    assert ("Cash burn per month", "$1.9M") in cards and ("Runway it implies", "17.9 months") in cards
    assert len(at.get("plotly_chart")) == 3


def test_alkermes_overview_memo_and_burn_over_time_agree_with_the_cash_page() -> None:
    release = read_fixture(ALKERMES)
    found = standard_metrics(release)
    assert "runway" not in [m.key for m in overview_metrics(found)]
    assert "Runway" not in metrics(run_page("overview", release))
    memo = memo_table([standard_metrics(_sample()), found])
    assert memo[memo["Metric"] == "Runway"].iloc[0].tolist()[1:] == ["17.9 months", "Not estimated"]
    chart = burn_chart(company_series([release]))
    assert chart is not None
    assert not [trace.name for trace in chart.figure.data if (trace.name or "").startswith("Runway")]
    assert set(chart.data[chart.data["Measured over"] == "3M to Mar 31, 2020"]["Runway (months)"]) == {
        "Not estimated"}


def test_compare_memo_names_the_burn_row_for_what_it_holds_and_marks_each_kind() -> None:
    """UI-51 finding 2: the row "Cash burn per month" held Allos's fall in cash (34.1M at Jun 30, 2004; its burn,
    no revenue) beside Alkermes's fall in cash and investments, (614,370 - 549,738) / 3 = 21,544 a month, which
    revenue of 82,073 a month outruns: no burn. The row is named for both and each cell marked with its kind."""
    columns = [standard_metrics(_sample()), standard_metrics(read_fixture(ALKERMES))]
    memo = memo_table(columns)
    row = memo[memo["Metric"] == BURN_OR_FALL].iloc[0].tolist()
    assert row[1:] == ["$1.9M \u1d43", "$21.5M \u1d47"]
    assert burn_kinds_note(columns) == (
        "Cash burn or fall in cash per month, by kind: \u1d43 the fall in cash and investments between two balance "
        "sheets, taken as the burn; \u1d47 the fall in cash and investments between two balance sheets, no burn: "
        "revenue outruns it, so no runway is estimated.")
    # one kind alone: no marks, the row keeps its name
    alone = memo_table([columns[0]])
    assert "Cash burn per month" in set(alone["Metric"]) and burn_kinds_note([columns[0]]) == ""


def test_compare_page_says_which_burn_each_cell_holds() -> None:
    from pages._markdown import unescape
    from tests.test_compare_page import run_compare

    sample, alkermes = _sample(), read_fixture(ALKERMES)
    at = run_compare({sample.name: sample, alkermes.name: alkermes}, current=alkermes.name)
    at.radio[0].set_value("Companies side by side").run()
    assert not at.exception
    said = [unescape(c.value) for c in at.caption if "by kind:" in unescape(c.value)]
    assert len(said) == 1 and said[0].startswith("Cash burn or fall in cash per month, by kind: \u1d43")
