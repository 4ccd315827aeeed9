"""UI-51: St. Joe's own cash-and-investments total beside its cash alone; Southern's change said from the text's
finer figures on the card itself and in the Periods table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from core.analysis.comparisons import compare
from core.analysis.metrics import card_delta, standard_metrics
from core.analysis.periods import windows
from core.analysis.stated_cash import stated_cash
from core.parse import parse_release
from pages._markdown import unescape
from tests.page_runner import metrics, run_page, texts

FIXTURES = Path(__file__).parent / "fixtures"


def _release(name: str):
    path = FIXTURES / name
    return parse_release(path.read_bytes(), path.name)


def test_st_joe_states_its_cash_and_investments_total():
    # text line 96: "cash, cash equivalents and investments of $158.9 million as of March 31, 2020, compared to
    # $195.5 million as of December 31, 2019"; the sheet's cash alone is 106.4 against 185.7 (-42.7%)
    stated = stated_cash(_release("html/st-joe_q1-2020.htm"))
    assert stated is not None
    assert (stated.amount, stated.prior) == (Decimal("158900000"), Decimal("195500000"))
    assert stated.words == "cash, cash equivalents and investments"
    assert stated.change == "-18.7%"  # (158.9 - 195.5) / 195.5
    assert stated.span.first == 96
    assert "$158.9M on Mar 31, 2020, -18.7% from $195.5M on Dec 31, 2019 (text line 96)" in stated.sentence()


def test_a_sheet_printing_its_total_has_no_stated_total_beside_it():
    assert stated_cash(_release("html/alkermes-plc_q1-2020.htm")) is None


def test_overview_and_cash_page_show_the_stated_total():
    release = _release("html/st-joe_q1-2020.htm")
    for page in ("overview", "cash"):
        at = run_page(page, release)
        shown = texts(at) + unescape(" ".join(str(box.value) for box in at.info))
        assert "$158.9M on Mar 31, 2020, -18.7% from $195.5M" in shown, page


def test_southern_card_says_its_change_is_from_the_text():
    release = _release("edgar/southern-company_q4-fy2004.txt")
    net = standard_metrics(release).get("net_income")
    assert net is not None and (net.value, net.prior) == (Decimal("204000000"), Decimal("125000000"))
    assert card_delta(net) == "+63.6% (text's $204.5M vs $125.0M)"  # 204.5 / 125.0 - 1; 204 / 125 is 63.2%
    cards = metrics(run_page("overview", release))
    assert any("text's $204.5M vs $125.0M" in delta for _, delta in cards.values())


def test_southern_periods_change_says_it_is_from_the_text():
    release = _release("edgar/southern-company_q4-fy2004.txt")
    operations = release.statement("operations")
    said = [change.percent_words for window in windows(operations) for change in compare(operations, window,
                                                                                          release.prose)
            if change.label.startswith("NET INCOME AS REPORTED")]
    assert said[0] == "+63.6% \u2021"  # the quarter, marked short so its column fits; the year is not stated finer
    assert said[1] == "+4% ¶"  # 1,532 / 1,474 (text line 298, $ millions): no finer mark; whole, marked ¶ (UI-59)


def test_southern_periods_caption_says_the_text_figures_once():
    periods = run_page("periods", _release("edgar/southern-company_q4-fy2004.txt"))
    said = [unescape(c.value).replace("\\", "") for c in periods.caption]
    note = "\u2021 Worked out on the text's finer figures: Net income as reported (See Note), $204.5M and $125.0M."
    assert sum(note in c for c in said) == 1  # the quarter's tab alone; the full year's caption has no mark
    assert not any("\u2021" in c and "Full year" in c for c in said)
