"""Smaller findings of the browser review UI-50: EPS changes said in money, the burn chart's caption as its runways
are drawn, the run-down's last tick named as the day cash runs out, and a share count named as the release prints
it. Figures checked by hand: Southern Company's Q4 2004 (tests/fixtures/edgar/southern-company_q4-fy2004.txt)
prints "Basic Earnings Per Share - As Reported" .27 against .17 and "Average Shares Outstanding (in millions)" 741
against 733 (no basic or diluted said); Forian's Q3 2024 (tests/fixtures/ui/...forian_q3_2024.txt) one quarter."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import core
from core.analysis.metrics import Metric, metric_delta, standard_metrics
from core.analysis.per_share import per_share_points
from core.analysis.series import company_series
from core.analysis.structure import operations_statement
from core.charts.cash_over_time import burn_chart
from core.charts.per_share import eps_bars, share_bars
from core.charts.timeline import month_ticks
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read

SOUTHERN_2004 = Path(__file__).parent / "fixtures" / "edgar" / "southern-company_q4-fy2004.txt"
FORIAN = "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"


def test_an_eps_change_is_said_in_money() -> None:
    """"+0.10" beside "$0.27" could be read as percent: "+$0.10"; a fall "-$0.05"; none "unchanged" (UI-51)."""
    eps = next(m for m in standard_metrics(read(SOUTHERN_2004)).metrics if m.key == "eps_basic")
    assert (eps.value, eps.prior, metric_delta(eps)) == (Decimal(".27"), Decimal(".17"), "+$0.10")
    assert metric_delta(Metric("eps_diluted", Decimal("0.22"), Decimal("0.27"))) == "-$0.05"
    assert metric_delta(Metric("eps_diluted", Decimal("3.84"), Decimal("0"))) == "+$3.84"
    assert metric_delta(Metric("eps_diluted", Decimal("0.09"), Decimal("0.09"))) == "unchanged"  # (UI-51)


def test_the_burn_captions_runways_as_drawn() -> None:
    """Forian's one quarter draws each runway as a dot, no line: the caption had promised "dotted lines"."""
    release = core.parse_release((FIXTURES / "ui" / FORIAN).read_bytes(), FORIAN)
    chart = burn_chart(company_series([release]))
    assert chart is not None
    assert "with dots of the months of cash left" in chart.alt_text
    assert "dotted lines" not in chart.alt_text


def test_the_run_downs_last_tick_is_named_as_its_end() -> None:
    """Allos's $34.1M at Jun 30, 2004 runs out on Dec 27, 2005 at 17.9 months: the quarter-end ticks end on that
    day, said "runs out"; a last day on the regular months keeps its plain label."""
    ticks = month_ticks(date(2004, 6, 30), date(2005, 12, 27), end_words="runs out")
    labels = list(ticks["ticktext"])  # type: ignore[call-overload]
    assert labels[0] == "Jun 30<br>2004" and labels[-1] == "runs out<br>Dec 27, 2005"
    assert all("runs out" not in label for label in labels[:-1])
    assert month_ticks(date(2004, 6, 30), date(2005, 6, 30), end_words="runs out")["ticktext"][-1] == (  # type: ignore[index]
        "Jun 30<br>2005")


def test_a_share_count_is_named_as_printed() -> None:
    """Southern's EPS line says "Basic", its share count neither: the shares chart had said "(basic and diluted)"."""
    release = read(SOUTHERN_2004)
    operations = operations_statement(release)
    assert operations is not None
    points = per_share_points(operations)
    assert {(p.eps_basis, p.shares_basis) for p in points} == {("basic", "")}
    eps, shares = eps_bars(points), share_bars(points)
    assert "(basic)" in eps.title
    assert shares.title == "Weighted average shares"
