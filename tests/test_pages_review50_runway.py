"""UI-50, finding 1: Alkermes Q1 2020 prints no cash flow statement. Its only burn is the fall in cash, cash
equivalents and total investments from 614,370 (Dec 31, 2019) to 549,738 (Mar 31, 2020), 21,544 a month, while
its quarter's revenue was 246,220 (82,073 a month): the runway that fall implies, 25.5 months, is said with what it
ignores, never a headline card. Allos 2004 (the sample; no revenue) keeps its burn and runway cards."""

from __future__ import annotations

from decimal import Decimal

import core
from core.analysis.metrics import overview_metrics, standard_metrics
from core.analysis.runway_headline import cash_change_only
from tests.conftest import read_fixture
from tests.page_runner import metrics, run_page, texts
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
    assert "would last 25.5 months" in found.runway_said and "ignores" in found.runway_said


def test_alkermes_overview_and_cash_pages_show_no_runway_card() -> None:
    release = read_fixture(ALKERMES)
    overview = run_page("overview", release)
    cards = metrics(overview)
    assert "Runway" not in cards and "Cash burn per month" not in cards
    assert cards["Fall in cash per month"] == ("$21.5M", "")
    assert "an estimate from the change in cash that ignores what the cash went on" in texts(overview)
    cash = run_page("cash", release)
    assert [(m.label, m.value) for m in cash.metric] == [
        ("Fall in cash per month", "$21.5M"),
        ("Net loss per month", "$12.9M"),
        ("Runway it implies", "42.7 months"),
    ]
    assert "At that pace cash and investments would last 25.5 months" in texts(cash)


def test_biotech_sample_keeps_its_burn_and_runway_cards() -> None:
    name, data = core.load_sample()
    release = core.parse_release(data, name)
    found = standard_metrics(release)
    assert found.runway_said == ""
    cards = metrics(run_page("overview", release))
    assert cards["Cash burn per month"][0] == "$1.9M" and cards["Runway"][0] == "17.9 months"
