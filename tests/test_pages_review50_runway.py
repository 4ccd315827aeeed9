"""UI-50, finding 1: Alkermes Q1 2020 prints no cash flow statement. Its only burn is the fall in cash, cash
equivalents and total investments from 614,370 (Dec 31, 2019) to 549,738 (Mar 31, 2020), 21,544 a month, while
its quarter's revenue was 246,220 (82,073 a month): the runway that fall implies, 25.5 months, is said with what it
ignores, never a headline card. Allos 2004 (the sample; no revenue) keeps its burn and runway cards."""

from __future__ import annotations

from decimal import Decimal

from streamlit.testing.v1 import AppTest

import core
from core.analysis.metrics import overview_metrics, standard_metrics
from core.analysis.runway_headline import cash_change_only
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.memo import memo_table, runway_said_notes, short_headings
from pages._markdown import unescape
from tests.conftest import read_fixture
from tests.page_runner import CURRENT, PAGES, RELEASES, metrics, run_page, texts
from tests.test_pages import ALKERMES


def test_alkermes_fall_in_cash_is_named_so_and_its_runway_said_not_headlined() -> None:
    release = read_fixture(ALKERMES)
    found = standard_metrics(release)
    only = cash_change_only(release, found.value("revenue"), found.period)
    assert only is not None
    assert only.burn.monthly == Decimal("21544000")  # (614,370 - 549,738) / 3, in thousands
    assert round(only.revenue_monthly) == Decimal("82073333")  # 246,220 / 3
    assert [m.key for m in overview_metrics(found)][-2:] == ["cash_and_investments", "monthly_burn"]
    assert found.get("monthly_burn") is not None and found.get("monthly_burn").name == "Fall in cash per month"
    assert "from Dec 31, 2019 to Mar 31, 2020, $21.5 million a month" in found.runway_said
    assert "25.5 months" not in found.runway_said  # no runway in the sentence refusing one (UI-51)


def test_alkermes_overview_and_cash_pages_show_no_runway_card() -> None:
    release = read_fixture(ALKERMES)
    overview = run_page("overview", release)
    cards = metrics(overview)
    assert "Runway" not in cards and "Cash burn per month" not in cards
    assert cards["Fall in cash per month"] == ("$21.5M", "")
    assert "not the pace at which the business uses cash" in texts(overview)
    cash = run_page("cash", release)
    assert [(m.label, m.value) for m in cash.metric] == [
        ("Fall in cash per month", "$21.5M"),
        ("Net loss per month", "$12.9M"),
    ]  # the net loss a figure, never a runway where the rule gives none (UI-51)
    assert "25.5 months" not in texts(cash) and "42.7 months" not in texts(cash)


def test_biotech_sample_keeps_its_burn_and_runway_cards() -> None:
    name, data = core.load_sample()
    release = core.parse_release(data, name)
    found = standard_metrics(release)
    assert found.runway_said == ""
    cards = metrics(run_page("overview", release))
    assert cards["Cash burn per month"][0] == "$1.9M" and cards["Runway"][0] == "17.9 months"


def test_compare_memo_says_alkermes_runway_not_estimated_beside_the_samples_figure() -> None:
    """Compare's memo had printed "25.5 months" for Alkermes, the runway its Overview says only in words."""
    name, data = core.load_sample()
    columns = [standard_metrics(core.parse_release(data, name)), standard_metrics(read_fixture(ALKERMES))]
    assert columns[1].get("runway") is None and columns[0].get("runway") is not None
    memo = memo_table(columns)
    runway = memo[memo["Metric"] == "Runway"].iloc[0].tolist()
    assert runway[1:] == ["17.9 months", "Not estimated"]
    burn = memo[memo["Metric"].str.contains("burn|Fall in cash")]
    assert burn.iloc[0, 2] == "$21.5M \u1d47"  # the fall itself still shown, (614,370 - 549,738) / 3, its kind marked
    [note] = runway_said_notes(columns)
    assert note.startswith(f"{short_headings(columns)[1]}: Runway not estimated: ")
    assert "25.5 months" not in note


def test_burn_over_time_draws_no_runway_on_a_fall_in_cash_that_revenue_outruns() -> None:
    """Alkermes Q1 2020: cash fell 21,544 a month against revenue of 82,073 a month (246,220 / 3): the bar stays,
    its runway line does not, nor (UI-51) the net loss's, 549,738 / 12,884.7 = 42.7 months, given by no other page."""
    chart = burn_chart(company_series([read_fixture(ALKERMES)]))
    assert chart is not None
    table = chart.data.set_index(["Method", "Measured over"])
    fall = table.loc[("Fall in cash per month", "3M to Mar 31, 2020")]  # named for what it is (UI-52)
    assert fall["Burn per month ($ thousands)"] == "21,544"
    assert fall["Runway (months)"] == "Not estimated"
    assert "revenue ran at $82.1 million a month, more than cash fell" in fall["How"]
    assert table.loc[("Net loss per month", "3M to Mar 31, 2020")]["Runway (months)"] == "Not estimated"


def test_burn_over_time_keeps_the_samples_runway() -> None:
    """Allos Q2 2004 prints no revenue: its fall in cash is its spending, and its runway is drawn."""
    name, data = core.load_sample()
    chart = burn_chart(company_series([core.parse_release(data, name)]))
    assert chart is not None
    assert any(trace.name == "Runway at that rate: cash burn per month" for trace in chart.figure.data)
    assert "Not estimated" not in chart.data["Runway (months)"].tolist()


def test_compare_page_says_why_alkermes_has_no_runway_figure() -> None:
    name, data = core.load_sample()
    sample, alkermes = core.parse_release(data, name), read_fixture(ALKERMES)
    at = AppTest.from_file(str(PAGES / "compare.py"), default_timeout=60)
    at.session_state[RELEASES] = {sample.name: sample, alkermes.name: alkermes}
    at.session_state[CURRENT] = alkermes.name
    at.run()
    at.radio[0].set_value("Companies side by side").run()
    assert not at.exception, [e.message for e in at.exception]
    memo = next(d.value for d in at.dataframe if "Metric" in d.value and "Runway" in set(d.value["Metric"]))
    assert memo[memo["Metric"] == "Runway"].iloc[0].tolist()[1:] == ["Not estimated", "17.9 months"]
    said = [unescape(c.value) for c in at.caption if "Runway not estimated: " in unescape(c.value)]
    assert len(said) == 1 and "25.5 months" not in said[0] and said[0].endswith("made a runway.")


def test_aemetis_overview_keeps_the_runways_caution_with_the_words() -> None:
    """Aemetis Q4 2024: cash fell 2,667 -> 898 thousand over the year (147,417 a month) while revenue ran at
    15.7 million a month, so its runway is said in words; the runway card's caution (898 / 5,399 = 0.2 months at
    the net loss's pace, and 90.5 million of debt due within a year) had left the Overview with the card."""
    from tests.conftest import FIXTURES

    overview = texts(run_page("overview", read_fixture(FIXTURES / "text" / "aemetis_q4-2024_markdown-flattened.txt")))
    [said] = [line for line in overview.split("\n") if line.startswith("Runway not estimated: ")]
    assert "6.1 months" not in said and "0.2 months" not in said  # the caution kept, no runway in it (UI-51)
    assert said.endswith("Read with care: the net loss of $5.4 million a month is more than the $898,000 of cash "
                         'and cash equivalents held; $90.5 million of debt falls due within a year ("Current '
                         'portion of long term debt" and "Short term borrowings"), more than the cash and cash '
                         "equivalents held.")
