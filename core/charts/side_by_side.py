"""Charts of companies side by side: one bar per company for each aligned line, in one unit."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.companies import LINE_PREFIX
from core.analysis.currency import EACH_OWN
from core.analysis.per_share import EquityWords, equity_words_of
from core.analysis.periods import period_name
from core.analysis.side_by_side import AlignedRow, Column, SideBySide
from core.charts.periods import wrap
from core.charts.style import (
    UNCHECKED_PATTERN,
    UNVERIFIED_PATTERN,
    Chart,
    accounting_axis,
    base_layout,
    decimals_of,
    hatched,
    palette,
)
from core.charts.timeline import marks_sentence, safe
from core.formatting import accounting, currency_sign, marked, per_share, rate, share_percent, unit_label

Measure = str  # "amount", "share_of_opex" or "per_share"
# A company's bar the checks of its release do not vouch for, as core.charts.verified marks a release's bars.
_PATTERNS = {"failed": UNVERIFIED_PATTERN, "unchecked": UNCHECKED_PATTERN}
_SHARED = 2  # companies that must print a line for the chart to draw it
MEASURES: dict[Measure, str] = {
    "share_of_revenue": "Percent of revenue",
    "amount": "Amounts",
    "share_of_opex": "Share of total operating expenses",
    "per_share": "Per weighted share",
}


def aligned_rows(comparison: SideBySide, measure: Measure) -> tuple[AlignedRow, ...]:
    if measure == "share_of_opex":
        return comparison.share_of_opex()
    if measure == "share_of_revenue":
        return comparison.share_of_revenue()
    if measure == "per_share":
        return comparison.per_share()
    return comparison.rows


def _unit(comparison: SideBySide, measure: Measure, scale: int | None = None) -> str:
    """The unit a measure reads in: amounts in `scale` (the page's, `SideBySide.shown_scale`, unless given)."""
    scale = comparison.shown_scale if scale is None else scale
    if measure == "share_of_opex":
        return "% of total operating expenses"
    if measure == "share_of_revenue":
        return "% of revenue"
    code = comparison.currency
    if measure == "per_share":
        one = _words(comparison).one
        return f"{currency_sign(code)} per weighted {one}" if code else f"per weighted {one}, {EACH_OWN}"
    if code is None:
        return f"{unit_label(scale, currency='').strip() or 'units'}, {EACH_OWN}"
    return unit_label(scale, currency=currency_sign(code))


def _signs(comparison: SideBySide) -> list[str]:
    """The sign each column's amounts carry: none where one unit names the currency for all, each column's own
    where they differ ("RMB1,048,226" beside "$12,500"), so no cell passes for another currency."""
    if comparison.currency is not None:
        return ["" for _ in comparison.columns]
    return [currency_sign(code) for code in comparison.currencies]


def _per_share_signs(comparison: SideBySide) -> list[str]:
    """A figure per share carries its sign always, as a release prints it ("$0.45", "RMB0.45")."""
    return [currency_sign(code) for code in comparison.currencies]


def _words(comparison: SideBySide) -> EquityWords:
    """Shares, a partnership's units, or "shares or units" side by side (core.analysis.per_share)."""
    return equity_words_of(column.release for column in comparison.columns)


def _number(row: AlignedRow, value: Decimal | None, scale: int) -> float | None:
    if value is None:
        return None
    if row.kind == "amount":
        return float(value / Decimal(scale))
    return float(value)


def _text(row: AlignedRow, value: Decimal | None, scale: int, places: int = 0, sign: str = "",
          per_share_sign: str = "$") -> str:
    """A cell as the release would print it: amounts in the common unit with the decimals the releases print
    (21.4 of $ millions, not 21), per-share to the cent or tenth of a cent (normalised values are small),
    percentages to one decimal, share counts in full."""
    if value is None:
        return "—"
    if row.kind == "percent":  # a share under a tenth said so, never "0.0%" (UI-61)
        return share_percent(value, value)
    if row.kind == "per_share" and row.key.startswith(LINE_PREFIX):  # a fare, a price, a yield: no EPS
        return rate(value, row.label, currency=per_share_sign)
    if row.kind == "per_share":
        return per_share(value, decimals=3 if abs(value) < 1 else 2, currency=per_share_sign)
    if row.kind in ("shares", "count"):
        return accounting(value)
    return accounting(value / Decimal(scale), decimals=places, currency=sign)


# The most places a company's amount shows in the page's unit: one. Alkermes's 246,220 of $ thousands beside
# Oracle's 11,320 of $ millions had read "246.220", a European thousands separator to many readers (UI-52); it
# reads 246.2, its exact figure in the downloads (`comparison_numbers`, in the finest unit).
_SHOWN_PLACES = 1


def column_places(comparison: SideBySide) -> list[int]:
    """Each column's decimals in the page's unit (`SideBySide.shown_scale`): the places its own release prints,
    moved for the unit ("18.6" of $ millions stays 18.6; Alkermes's 246,220 of $ thousands is 246.220), so no
    figure shows more precision than its release printed, and none more than one place (`_SHOWN_PLACES`: 246.2,
    the downloads exact)."""
    shown = comparison.shown_scale
    places = []
    for index, column in enumerate(comparison.columns):
        own = decimals_of((row.values[index] for row in comparison.rows if row.kind == "amount"), column.scale)
        moved = len(str(shown // column.scale)) - 1 if shown >= column.scale > 0 else 0
        places.append(min(own + moved, _SHOWN_PLACES))
    return places


def units_caption(comparison: SideBySide, measure: Measure) -> str:
    """The unit a table of `measure` reads in, said once above it: "In $ millions." where every release prints
    its amounts in it; where they print in different units, the common one and each company's own, and where a
    figure is rounded for it, that the downloads keep it exact ("In $ millions, to one decimal at most; the
    downloads keep every figure exact (JOE and ORCL print $ millions; ALKS prints $ thousands)."). UI-51: the
    aligned amounts had said no unit beside St. Joe's "18,600.0"; UI-52: Alkermes's "246.220"."""
    unit = _unit(comparison, measure)
    if measure != "amount":
        return f"In {unit}."
    own: dict[str, list[str]] = {}
    sign = currency_sign(comparison.currency) if comparison.currency else ""
    for short, column in zip(comparison.short_headings, comparison.columns, strict=True):
        own.setdefault(unit_label(column.scale, currency=sign).strip() or "units", []).append(short)
    if len(own) < 2:
        return f"In {unit}."
    said = "; ".join(f"{' and '.join(shorts)} {'print' if len(shorts) > 1 else 'prints'} {printed}"
                     for printed, shorts in own.items())
    if _rounded_for_the_unit(comparison):
        return f"In {unit}, to one decimal at most; the downloads keep every figure exact ({said})."
    return f"In {unit}, each figure to the places its release prints ({said})."


def _rounded_for_the_unit(comparison: SideBySide) -> bool:
    """Whether any column's amounts print more places in the page's unit than `_SHOWN_PLACES` shows."""
    shown = comparison.shown_scale
    for index, column in enumerate(comparison.columns):
        own = decimals_of((row.values[index] for row in comparison.rows if row.kind == "amount"), column.scale)
        moved = len(str(shown // column.scale)) - 1 if shown >= column.scale > 0 else 0
        if own + moved > _SHOWN_PLACES:
            return True
    return False


PERIOD_ROW = "Period"


def comparison_table(comparison: SideBySide, measure: Measure) -> pd.DataFrame:
    """One row per aligned line, one column per company headed short (`SideBySide.short_headings`: the ticker
    or the company's first words), the period each column covers in the first row (its balance date in the
    tooltip), under its heading: full
    headings had made five columns scroll sideways at 1,440 px. The page gives each its full heading as a
    tooltip; no row is empty-handed about a period."""
    scale, places = comparison.shown_scale, column_places(comparison)
    signs, per_share_signs = _signs(comparison), _per_share_signs(comparison)
    rows = aligned_rows(comparison, measure)
    if not rows:
        return pd.DataFrame()
    periods = [period_name(column.period) if column.period else column.covers for column in comparison.columns]
    frame = pd.DataFrame(
        {
            "Line": [PERIOD_ROW, *(row.names for row in rows)],
            "Statement": ["", *(row.statement for row in rows)],
            **{
                heading: [periods[index], *(marked(_text(row, row.values[index], scale, places[index], signs[index],
                                                         per_share_signs[index]), row.status_in(index))
                                            for row in rows)]
                for index, heading in enumerate(comparison.short_headings)
            },
        }
    )
    return frame


def marks_in(comparison: SideBySide, measure: Measure) -> set[str]:
    """The statuses marked in `comparison_table(comparison, measure)`, for the legend under it."""
    return {row.status_in(index) for row in aligned_rows(comparison, measure)
            for index in range(len(comparison.columns)) if row.values[index] is not None} & set(_PATTERNS)


def comparison_numbers(comparison: SideBySide, measure: Measure) -> pd.DataFrame:
    """The same table with numbers as numbers (for Excel): amounts in the common unit, named in a column, and
    after them each company's checks ("verified", "failed", "unchecked"), as the page's marks say them."""
    scale = comparison.scale
    rows = aligned_rows(comparison, measure)
    words = _words(comparison)
    code = comparison.currency
    per_one = f"{currency_sign(code)} per {words.one}" if code else f"per {words.one}, {EACH_OWN}"
    units = {"amount": _unit(comparison, "amount", scale), "percent": "%", "per_share": per_one, "shares": words.many,
             "count": "as printed (a count or a volume)"}
    return pd.DataFrame(
        {
            "Line": [row.names for row in rows],
            "Statement": [row.statement for row in rows],
            "Unit": [units.get(row.kind, "") for row in rows],
            **{
                column.heading: [_number(row, row.values[index], scale) for row in rows]
                for index, column in enumerate(comparison.columns)
            },
            # what the checks say of each company's figure, beside the numbers an export copies bare
            **{
                f"{column.heading} · checks": [row.status_in(index) if row.values[index] is not None else ""
                                               for row in rows]
                for index, column in enumerate(comparison.columns)
            },
        }
    )


def comparison_bars(comparison: SideBySide, measure: Measure) -> Chart | None:
    """Grouped bars, one per company, for each amount line of the statement of operations. None for amounts
    (and amounts per share) in different currencies: one axis would say RMB and US dollars are one measure. Amounts
    read in the table's unit (`SideBySide.shown_scale`), each company's labels to its own places."""
    scale = comparison.shown_scale
    if comparison.currency is None and measure in ("amount", "per_share"):
        return None
    rows = [r for r in aligned_rows(comparison, measure) if r.statement == "operations" and r.kind != "shares"]
    if measure == "amount":
        rows = [r for r in rows if r.kind == "amount"]
    # The lines two companies or more print: a line only one prints compares with nothing, and drawn with the
    # rest it had made the chart thousands of pixels tall with empty rows (the table lists every line).
    shared = [r for r in rows if sum(value is not None for value in r.values) >= _SHARED]
    rows = shared if shared or len(comparison.columns) < _SHARED else [r for r in rows if any(r.values)]
    if not rows:
        return None
    unit = _unit(comparison, measure)
    places, signs = column_places(comparison), _per_share_signs(comparison)
    figure = go.Figure()
    plotted: list[float | None] = []
    # horizontal: every line name in full, at any width; each row's own title, since bars of two rows named
    # alike ("Interest expense, net" twice) had been drawn on one category
    y = [wrap(safe(row.title), 24) for row in rows]
    for index, (short, column) in enumerate(zip(comparison.short_headings, comparison.columns, strict=True)):
        xs = [_number(row, row.values[index], scale) for row in rows]
        plotted.extend(xs)
        figure.add_trace(
            go.Bar(
                y=y,
                x=xs,
                orientation="h",
                name=wrap(safe(_legend_name(short, column)), 40),
                marker={"color": palette(index + 1)[-1],
                        "pattern": hatched([_PATTERNS.get(row.status_in(index), "") for row in rows])},
                text=[_text(row, row.values[index], scale, places[index], "", signs[index]) for row in rows],
                textposition="auto",
                cliponaxis=False,
                hovertemplate=f"{safe(column.title)}<br>%{{y}}: %{{text}}<extra></extra>",
            )
        )
    decimals = 2 if measure == "per_share" else 0
    figure.update_xaxes(title_text=unit, **accounting_axis(plotted, decimals=decimals, count=3, pad=0.22, sparse=True))
    figure.update_yaxes(autorange="reversed")
    height = 80 + len(rows) * (14 * len(comparison.columns) + 16)
    base_layout(figure, title=f"{MEASURES[measure]}, line by line ({unit})", height=height)
    data = comparison_table(comparison, measure)
    marks = {f"{row.title}, {column.title}": row.status_in(index) for index, column in enumerate(comparison.columns)
             for row in rows if row.status_in(index) in _PATTERNS and row.values[index] is not None}
    alt = (
        f"Grouped bars in {unit}, one bar per company for each line of the statement of operations that two "
        "companies or more print (the table lists every line); companies: "
        + "; ".join(column.heading for column in comparison.columns)
        + "."
        + marks_sentence(marks)
    )
    return Chart(figure, data, alt, figure_marks=marks)


def _legend_name(short: str, column: Column) -> str:
    """The table's heading and the period the bars draw: the operations period alone, the chart drawing no
    balance, and said once where the heading already names it ("Apple · 3M to Jun 26, 2004", two releases of
    one company: UI-36 found it twice, then a balance date the chart does not draw)."""
    covers = period_name(column.period) if column.period is not None else column.covers
    return short if short.endswith(covers) else f"{short} · {covers}"

