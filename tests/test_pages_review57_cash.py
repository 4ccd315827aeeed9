"""UI-57 on the Cash page's charts: every hover says what its value is, with its currency and unit, and every
run-down line's end is named where it stands. Allos Q2 2004 (the bundled sample): cash, cash equivalents and
marketable securities $34,148K at Jun 30, 2004 and $45,597K at Dec 31, 2003 (line 133); net loss $(7,151)K for
the quarter (line 112), $2,384K a month; the fall in cash (45,597 - 34,148) / 6 = $1,908K a month."""

from __future__ import annotations

from pathlib import Path

import pytest

import core
from core.analysis.cash import burn_estimates, cash_points
from core.charts import balance_bars, cash_bars, release_unit, runway_projection
from core.model import Release

SAMPLE = Path(core.__file__).parent / "samples" / "allos_q2_2004.txt"


@pytest.fixture(scope="module")
def allos() -> Release:
    return core.parse_release(SAMPLE.read_bytes(), SAMPLE.name)


def test_the_run_down_hovers_say_cash_left_at_each_pace(allos: Release) -> None:
    """The orange line had hovered "Net loss per month / Jun 2004: 34,148 ($ thousands)": the cash left read
    as the month's net loss."""
    balance = allos.statement("balance")
    assert balance is not None
    chart = runway_projection(cash_points(balance)[-1], burn_estimates(allos), balance.scale,
                              in_unit=release_unit(allos))
    assert chart is not None
    by_cash, by_loss = chart.figure.data
    assert by_loss.hovertemplate == ("Cash and investments left at the pace of the net loss ($2,384K a month), "
                                     "%{x|%b %Y}: $%{y:(,.0f}K<extra></extra>")
    assert by_cash.hovertemplate == ("Cash and investments left at the pace of the change in cash and investments "
                                     "($1,908K a month), %{x|%b %Y}: $%{y:(,.0f}K<extra></extra>")
    assert by_loss.y[0] == 34148.0  # the value hovered at Jun 2004 is the cash, in the $K the hover says


def test_each_run_down_line_names_the_day_it_runs_out(allos: Release) -> None:
    """Only the slower line's day had been named, on the axis ("runs out / Dec 27, 2005"); the net loss's Sep 9,
    2005 (14.3 months on) is named at its end too, in its colour."""
    balance = allos.statement("balance")
    assert balance is not None
    chart = runway_projection(cash_points(balance)[-1], burn_estimates(allos), balance.scale)
    assert chart is not None
    by_cash, by_loss = chart.figure.data
    ends = {a.text: a for a in chart.figure.layout.annotations}
    assert set(ends) == {"runs out<br>Dec 27, 2005", "runs out<br>Sep 9, 2005"}
    assert (ends["runs out<br>Dec 27, 2005"].x, ends["runs out<br>Sep 9, 2005"].x) == ("2005-12-27", "2005-09-09")
    assert ends["runs out<br>Dec 27, 2005"].font.color == by_cash.line.color
    assert ends["runs out<br>Sep 9, 2005"].font.color == by_loss.line.color
    # under the zero line, where no line runs, the later of two near ends a row lower (UI-58)
    assert 0 > ends["runs out<br>Sep 9, 2005"].ay > ends["runs out<br>Dec 27, 2005"].ay
    # the axis names regular months only: no tick says "runs out" for one line alone
    assert not any("runs out" in tick for tick in chart.figure.layout.xaxis.ticktext)


def test_the_cash_and_balance_bars_hover_what_and_when_with_the_unit(allos: Release) -> None:
    balance = allos.statement("balance")
    assert balance is not None
    unit = release_unit(allos)
    bars = cash_bars(cash_points(balance), balance.scale, in_unit=unit)
    (trace,) = bars.figure.data
    assert trace.hovertemplate == "Cash and investments at %{customdata}: $%{y:(,.0f}K<extra></extra>"
    assert list(trace.customdata) == ["Dec 31, 2003", "Jun 30, 2004"] and list(trace.y) == [45597.0, 34148.0]
    sheet = balance_bars(balance, in_unit=unit)
    hovers = [t.hovertemplate for t in sheet.figure.data]
    assert ("Cash, cash equivalents and investments in marketable securities, Jun 30, 2004: $%{y:(,.0f}K"
            "<extra></extra>") in hovers
    assert all("$%{y:(,.0f}K" in hover and "($ thousands)" not in hover for hover in hovers)
