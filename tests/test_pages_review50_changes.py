"""A change said from the narrative's finer figures, and a range of percents said why (UI-50).

Southern Company's Q4 2004 (the EDGAR submission tests/fixtures/edgar/southern-company_q4-fy2004.txt) prints its
net income in $ millions, "NET INCOME AS REPORTED (See Note)  $ 204  $ 125" (text line 298): figures rounding to
them allow 62.2% to 64.3%, which the Overview and the Periods table had said "+62% to +64%" with no word of why. Its
opening sentence (text lines 21-22) states "fourth quarter earnings of $204.5 million ... compared with $125.0
million": 79.5 / 125.0 = 63.6%. Its twelve months' "$1.53 billion" against "$1.47 billion" (lines 25-26) are
coarser than the table's 1,532 and 1,474 and narrow nothing."""

from __future__ import annotations

from decimal import Decimal
from html import unescape
from pathlib import Path

from core.analysis.finer import finer_range
from core.analysis.metrics import Metric, metric_delta, range_reason, standard_metrics
from core.formatting import change_percent, range_note
from core.model import Period
from tests.conftest import read_fixture as read
from tests.page_runner import run_page

SOUTHERN_2004 = Path(__file__).parent / "fixtures" / "edgar" / "southern-company_q4-fy2004.txt"
M = Decimal(1_000_000)


def _net_income(basis: str = "quarter") -> Metric:
    metrics = standard_metrics(read(SOUTHERN_2004), basis)  # type: ignore[arg-type]
    return next(m for m in metrics.metrics if m.key == "net_income")


def test_the_narratives_finer_figures_bound_the_tables() -> None:
    """The sentence's $204.5 million (204.45 to 204.55) agrees with the table's 204 (203.5 to 204.5); its $125.0
    million with 125. A figure the sentence does not state as the table's is left alone."""
    release = read(SOUTHERN_2004)
    net = _net_income()
    assert (net.value, net.prior, net.unit) == (204 * M, 125 * M, M)
    assert net.known == ((Decimal("204.45") * M, Decimal("204.55") * M), (Decimal("124.95") * M, Decimal("125.05") * M))
    assert finer_range(release.prose, "net_income", None, 204 * M, M) is None
    # another figure than the sentence's (a segment's 180), or a sentence coarser than the table: none
    assert net.known[0] is not None and finer_range(release.prose, "net_income", _quarter(), 180 * M, M) is None
    assert _net_income("year").known == (None, None)  # "$1.53 billion" beside 1,532 in millions


def _quarter() -> Period | None:
    return standard_metrics(read(SOUTHERN_2004), "quarter").period


def test_the_net_income_change_is_said_from_the_finer_figures() -> None:
    """The card's change is the stated figures' 63.6% (they allow 63.49% to 63.71%), where "+62% to +64%" was;
    the year's 1,532 against 1,474 stays "+4%" (3.87% to 4.00%, every pair rounding to 4)."""
    assert metric_delta(_net_income()) == "+63.6%"
    assert range_reason(_net_income()) is None
    assert metric_delta(_net_income("year")) == "+4%"  # 3.9% to 4.0%: both ends a whole 4%
    # the rule alone, figures printed to millions: the range, and now its reason
    assert change_percent(204 * M, 125 * M, M) == "+62.2 to +64.3%"
    assert range_note(["+62% to +64%"], M) == "A range: the release prints both figures rounded to $ millions."
    assert range_note(["+8.0%", "+15%"], M) is None
    assert range_note(["+1% to +2%"], Decimal(100_000)) == (
        "A range: the release prints both figures rounded to the nearest $100,000.")


def test_the_overview_card_and_the_periods_table_agree() -> None:
    """The Overview's net income card reads "+63.6%", as the Periods table's row for the quarter; a range left on
    the table (Retail Revenue's 2,194 against 1,968, "+11% to +12%") is said why in the table's caption, and a card
    showing a range says why under it."""
    overview = run_page("overview", read(SOUTHERN_2004))
    net = next(m for m in overview.metric if m.label.startswith("Net income"))
    # UI-51: the card itself says its change is the text's finer figures', beside its 204 and 125
    assert unescape(net.proto.delta).replace("\\", "") == "+63.6% (text's $204.5M vs $125.0M)"
    assert not any("A range" in c.value for c in overview.caption)
    periods = run_page("periods", read(SOUTHERN_2004))
    quarter = next(t for t in periods.dataframe if "periods_table_0" in t.proto.id).value
    row = quarter[quarter["Line"] == "Net income as reported (See Note)"].iloc[0]
    assert row["Change %"] == "+63.6% \u2021"  # marked; the caption says the text's figures once (UI-51)
    assert "+10.5 to +11.8%" in set(quarter["Change %"])
    said = [unescape(c.value).replace("\\", "") for c in periods.caption]
    assert any("A range: the release prints both figures rounded to $ millions." in c for c in said)
    # a card whose figures are printed rounded alone says why its change is a range
    rounded = Metric("net_income", 204 * M, 125 * M, unit=M)
    assert metric_delta(rounded) == "+62.2 to +64.3%"
    assert range_reason(rounded) == "A range: the release prints both figures rounded to $ millions."
