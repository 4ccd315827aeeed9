"""UI-52: on Compare over time at a phone's 420 px, Allos's net loss bar for the quarter to Jun 30, 2003
((11,771) thousand) had no value label: Plotly shrinks an outside label to its bar's width, and this one shrank out
of sight. Every bar's label keeps the axis font."""

from __future__ import annotations

from pathlib import Path

from core.analysis.series import company_series
from core.charts.series import line_bars
from core.parse import parse_release

ALLOS = Path(__file__).parent / "fixtures" / "text" / "allos_q2_2004.txt"


def test_every_net_result_bar_keeps_its_label() -> None:
    release = parse_release(ALLOS.read_bytes(), ALLOS.name)
    chart = line_bars(company_series([release]), "net_income", "Net result per quarter")
    assert chart is not None
    bars = chart.figure.data[0]
    assert "(11,771)" in list(bars.text)  # 3M to Jun 30, 2003, derived (6M less Q1)
    assert bars.constraintext == "none" and bars.textposition == "outside"
