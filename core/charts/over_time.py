"""Compare's one company over time, built whole: the series merged from the releases and every chart drawn from it
on one time axis, with the charts left out said. The page asks for it once per set of releases and keeps it
(`pages/compare.py` `_over_time`): UI-59 had timed its first build at 9-10 s with two uploads, 24.6 s under load,
without a word of what was being worked out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.analysis.cash import burns_cash
from core.analysis.companies import period_said
from core.analysis.periods import duration_periods
from core.analysis.series import CompanySeries, company_series
from core.analysis.structure import operations_statement
from core.charts.cash_over_time import burn_chart, cash_trend
from core.charts.series import (
    expense_lines,
    left_out_said,
    line_bars,
    margins_over_time,
    per_share_trend,
    share_count_trend,
)
from core.charts.style import Chart
from core.charts.timeline import on_one_time_axis
from core.formatting import how_many
from core.model import Release


@dataclass(frozen=True)
class OverTime:
    """One company's series and its charts over time: by name, in the page's order, each on its own axis (the
    downloads'), and the same `aligned`, as the page draws them side by side on one time axis."""

    series: CompanySeries
    charts: dict[str, Chart]
    aligned: tuple[Chart, ...]
    # what `analysis.cash.burns_cash` says of the latest release: the burn chart only for a company burning cash
    burning: bool | None
    not_drawn: tuple[str, ...]  # each chart left out, with why (`series.left_out_said`)


def over_time(releases: Sequence[Release]) -> OverTime:
    """The series of one company's `releases` (oldest first, as `companies.group_by_company` gives them) and its
    charts: net result, margins, operating expenses, cash, per share, share count, and burn and runway where the
    latest release burns cash."""
    series = company_series(releases)
    burning = burns_cash(releases[-1]) if releases else None
    drawn = {  # Burn and runway only for a company that burns cash (its latest release says so)
        name: chart
        for name, chart in (
            ("Net result", line_bars(series, "net_income", "Net result per quarter")),
            ("Margins", margins_over_time(tuple(releases))),
            ("Operating expenses", expense_lines(series)),
            ("Cash", cash_trend(series)),
            ("Per share", per_share_trend(series)),
            ("Share count", share_count_trend(series)),
            ("Burn and runway", burn_chart(series) if burning is not False else None),
        )
        if chart is not None
    }
    return OverTime(series, drawn, tuple(on_one_time_axis(list(drawn.values()), releases)), burning,
                    left_out_said(series, drawn, burning) if drawn else ())


def building_words(company: str, count: int) -> str:
    """What over time says while it builds (`st.spinner`): "Lining up 3 releases of Halden Therapeutics, Inc. (HLDN)
    quarter by quarter and drawing its charts…" (UI-59: 9-10 s with no word in the page, only Streamlit's corner
    icon)."""
    if count == 1:
        return f"Reading the quarters of {company} from its one release and drawing its charts…"
    return f"Lining up {how_many(count, 'release')} of {company} quarter by quarter and drawing its charts…"


# A column's months as a length's words ("six-month")
_MONTHS_WORDS = {3: "three", 6: "six", 9: "nine", 12: "twelve"}


def nothing_drawn_said(releases: Sequence[Release]) -> str:
    """What Compare's over time says where it draws no chart: what the releases print and what is compared. Half-year
    and year releases, printing six or twelve months and no quarter, had been said to "have no statement lines to
    draw over time" (UI-66): the charts draw quarters, and their lines are compared side by side instead."""
    lengths = sorted({p.months for s in map(operations_statement, releases) if s is not None
                      for p in duration_periods(s) if p.months})
    these, their = ("These releases print", "Their") if len(releases) > 1 else ("This release prints", "Its")
    if lengths and 3 not in lengths:
        columns = _listed([f"{_MONTHS_WORDS.get(m, str(m))}-month" for m in lengths], "or")
        periods = _listed(list(dict.fromkeys(said for said in map(period_said, releases) if said)))
        return (f"{these} {columns} columns and no quarter{f' ({periods})' if periods else ''}: the charts over "
                "time draw each line's quarters, and cash where a balance sheet prints it, so none is drawn here. "
                f"{their} {columns} figures are compared in Companies side by side, which starts on the period every "
                "release prints.")
    return (f"{these} no line the charts over time draw: no quarter's net result, operating expenses, earnings per "
            "share or share count, and no cash on a balance sheet.")


def _listed(words: Sequence[str], conjunction: str = "and") -> str:
    """ "a", "a and b", "a, b and c" """
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conjunction} {words[-1]}" if words else ""
