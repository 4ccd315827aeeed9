"""Per-share charts: EPS and weighted shares for every period, and the EPS bridge.

Each speaks of shares or of units as the release does (core.analysis.per_share.equity_words)."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.per_share import (
    BASIC_AND_DILUTED,
    SHARES,
    Dilution,
    EpsBridge,
    EpsNames,
    EquityWords,
    PerSharePoint,
)
from core.analysis.periods import period_name
from core.charts.periods import wrap
from core.charts.style import (
    CURRENT,
    FAVOURABLE,
    TOTAL,
    UNFAVOURABLE,
    Chart,
    accounting_axis,
    base_layout,
    labels,
    period_tick,
    period_ticks,
    source_key,
)
from core.formatting import (
    SHARE_UNIT_WORDS,
    accounting,
    currency_sign,
    marked,
    per_share,
    places,
    printed_places,
    share_label_places,
    share_places,
    share_unit,
    shares_in_millions,
    status_legend,
)
from core.model import SourceSpan


def _ordered(points: tuple[PerSharePoint, ...]) -> list[PerSharePoint]:
    return sorted(points, key=lambda p: (p.period.months or 0, p.period.end))


def eps_bars(points: tuple[PerSharePoint, ...], words: EquityWords = SHARES, currency: str = "USD") -> Chart:
    """Printed EPS per period, quarters then year-to-date; losses in vermillion. Titled "as printed", so
    to the places printed (13.2 cents is 0.132, never 0.13) and in the release's currency (a code)."""
    one = words.one
    ordered = _ordered(points)
    sign = currency_sign(currency)
    places = max((printed_places(p.eps) for p in ordered), default=2)
    names = [period_name(p.period) for p in ordered]
    values = [None if p.eps is None else float(p.eps) for p in ordered]
    figure = go.Figure(
        go.Bar(
            x=period_ticks(names),
            y=values,
            marker={"color": [UNFAVOURABLE if (v or 0) < 0 else CURRENT for v in values]},
            text=labels(values, decimals=places, currency=sign),
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"%{{x}}: %{{text}} per {one}<extra></extra>",
        )
    )
    figure.update_yaxes(title_text=f"{sign} per {one}", **accounting_axis(values, decimals=places, currency=sign))
    basis = next((p.eps_basis for p in ordered if p.eps_basis), "")
    base_layout(figure, title=f"Net result per {one}{f' ({basis})' if basis else ''}, as printed", height=380)
    figure.update_layout(showlegend=False)
    printed = [per_share(p.eps, decimals=places, currency=sign) for p in ordered]
    data = pd.DataFrame({"Period": names, f"Per {one} ({sign})": printed})
    alt = (
        f"Bars of net result per {one} in {sign}: "
        + ", ".join(f"{n} {text}" for n, text in zip(names, printed, strict=True))
        + "."
    )
    return Chart(figure, data, alt, _sources(names, [p.eps_span for p in ordered]), periods=_periods(names, ordered))


def share_bars(points: tuple[PerSharePoint, ...], words: EquityWords = SHARES) -> Chart:
    """Weighted average shares per period, in millions on the axis, labels, hovers, table and caption alike."""
    many = words.many
    ordered = _ordered(points)
    names = [period_name(p.period) for p in ordered]
    values = [None if p.shares is None else float(p.shares) / 1e6 for p in ordered]
    # Each count said as every page says it (`share_label_places`): Forian's 35,068,716 had read "35.07M" here
    # and "35.1" on Compare, and Oracle's whole millions keep no decimals they never had ("733", UI-48)
    places = share_label_places(p.shares for p in ordered)
    said = [shares_in_millions(p.shares, places) for p in ordered]
    figure = go.Figure(
        go.Bar(
            x=period_ticks(names),
            y=values,
            marker={"color": CURRENT},  # one colour: alternate shades had looked like a legend's two series
            text=["" if p.shares is None else f"{text}M" for p, text in zip(ordered, said, strict=True)],
            customdata=said,
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"%{{x}}: %{{customdata}} million {many}<extra></extra>",  # as the label says it
        )
    )
    # ticks at round steps, printed with the decimals their step needs: ",.0f" on Plotly's own half-million
    # steps had labelled 3.8 million shares' axis "0, 1, 1, 2, 2, 3, 3, 4" (Copper Ferry, browser review)
    figure.update_yaxes(title_text=f"Weighted average {many} (millions)", **accounting_axis(values, pad=0.12))
    basis = next((p.shares_basis for p in ordered if p.shares_basis), "")
    base_layout(figure, title=f"Weighted average {many}{f' ({basis})' if basis else ''}", height=380)
    figure.update_layout(showlegend=False)
    # the table in the millions the axis reads, to the places that keep each count as printed (UI-44:
    # "35,068,716" under an axis of millions); the caption says each count as its label does, as the share-count
    # chart over time does ("35.1": "35.068716" had read as noise in a sentence, UI-48)
    exact = share_places(p.shares for p in ordered)
    counts = [shares_in_millions(p.shares, exact) for p in ordered]
    data = pd.DataFrame({"Period": names, f"Weighted {many} (millions)": counts})
    alt = (
        f"Bars of weighted average {many} in millions: "
        + ", ".join(f"{n} {text}" for n, text in zip(names, said, strict=True))
        + "."
    )
    return Chart(figure, data, alt, _sources(names, [p.shares_span for p in ordered]),
                 periods=_periods(names, ordered))


def _sources(names: list[str], spans: list[SourceSpan | None]) -> dict[str, tuple[SourceSpan, ...]]:
    """Each bar (by its period, as the axis shows it) to the line it was printed on."""
    return {source_key(period_tick(n)): (span,)
            for n, span in zip(names, spans, strict=True) if span is not None}


def _periods(names: list[str], points: list[PerSharePoint]) -> dict[str, tuple[str, ...]]:
    """Each bar (keyed as in `_sources`) to the one period it draws: one line holds every period's figure,
    and a check failing in one of them blames that period's bar only."""
    return {source_key(period_tick(n)): (p.period.key,) for n, p in zip(names, points, strict=True)}


# The plot of the bridge at a phone's 390 px, beside its steps' names (wrapped at 22 characters), and a value
# label's width a character at the chart's font: room is kept past each bar's end for its label (`labels_inside`)
BRIDGE_PLOT_PX = 190
LABEL_CHAR_PX = 7.5
LABEL_GAP_PX = 8


def _bar_ends(values: list[float], measures: list[str]) -> list[tuple[float, float]]:
    """Each waterfall bar's (low, high) end, running from the one before it."""
    ends: list[tuple[float, float]] = []
    total = 0.0
    for value, measure in zip(values, measures, strict=True):
        start = 0.0 if measure in ("absolute", "total") else total
        total = value if measure in ("absolute", "total") else total + value
        ends.append((min(start, total), max(start, total)))
    return ends


def labels_inside(bounds: list[float], ends: list[tuple[float, float]], texts: list[str],
                  plot_px: float = BRIDGE_PLOT_PX) -> list[float]:
    """The axis's bounds widened so each bar's value label, drawn past the bar's far end (right of a rise or a
    total, left of a fall), stays inside the plot at a phone's width: UI-62 found Apple's "$0.113 to $0.118" cut at
    the chart's edge, "$0.113 to $0.1". A label takes its longest line's characters."""
    low, high = bounds
    for (start, end), text in zip(ends, texts, strict=True):
        share = (max(len(line) for line in text.split("<br>")) * LABEL_CHAR_PX + LABEL_GAP_PX) / plot_px
        if share >= 0.9:
            continue  # no room a label could be given: left to Plotly
        if end > 0 or start >= 0:
            high = max(high, (end - share * low) / (1 - share))  # (high - end) / (high - low) >= share
        if start < 0:
            low = min(low, (start - share * high) / (1 - share))
    return [low, high]


def bridge_chart(bridge: EpsBridge, words: EquityWords = SHARES, currency: str = "USD") -> Chart:
    """Waterfall: prior EPS, + effect of the result, + effect of the share count = current EPS (computed), in
    the release's currency (a code, core.analysis.currency); each figure said to no more than the rounding of the
    figures it is computed from allows (`EpsBridge.said`)."""
    one, sign, result = words.one, currency_sign(currency), words.result
    prior = bridge.window.prior
    assert prior is not None
    steps = [
        (f"{result} {period_name(prior)}", "eps_then", "absolute"),
        ("Effect of the net result", "result_effect", "relative"),
        (f"Effect of the {one} count", "share_effect", "relative"),
        (f"{result} {period_name(bridge.window.current)}", "eps_now", "total"),
    ]
    values = [float(getattr(bridge, figure)) for _, figure, _ in steps]
    # each step to the places the rounding of the net result and the counts allows, or the range it spans where it
    # crosses a cent (`EpsBridge.said`): three places at most on the bars, four in the table (UI-59: Apple's net
    # result in millions had given "$0.115" for $0.113 to $0.118)
    said = [bridge.said(figure, 3, sign) for _, figure, _ in steps]
    figure = go.Figure(
        go.Waterfall(
            # Horizontal: each step's name on its own row, readable at phone width.
            y=[wrap(label, 22) for label, _, _ in steps],
            x=values,
            orientation="h",
            measure=[m for _, _, m in steps],
            # a range on two lines, "$0.113 to" over "$0.118", half as wide beside its bar (UI-62)
            text=[text.replace(" to ", " to<br>", 1) for text in said],
            textposition="auto",
            cliponaxis=False,
            increasing={"marker": {"color": FAVOURABLE}},
            decreasing={"marker": {"color": UNFAVOURABLE}},
            totals={"marker": {"color": TOTAL}},
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    axis = accounting_axis([values[0], values[0] + values[1], values[3], 0.0], decimals=2, currency=sign, count=3,
                           pad=0.3, sparse=True)
    axis["range"] = labels_inside(axis["range"], _bar_ends(values, [m for _, _, m in steps]),  # type: ignore[arg-type]
                                  [text.replace(" to ", " to<br>", 1) for text in said])
    figure.update_xaxes(title_text=f"{sign} per {one} (computed)", **axis)
    figure.update_yaxes(autorange="reversed")
    base_layout(figure, title=f"{bridge.window.name}: what moved the result per {one}", height=300)
    figure.update_layout(showlegend=False)
    data = pd.DataFrame(
        {
            "Step": [label for label, _, _ in steps],
            f"{sign} per {one}": [bridge.said(figure, 4, sign) for _, figure, _ in steps],
        }
    )
    alt = (
        f"{result} bridge for the {bridge.window.name.lower()}: from {said[0]} the net result adds {said[1]} and the "
        f"{one} count {said[2]}, ending at {said[3]} per {one}."
    )
    return Chart(figure, data, alt)


def dilution_table(rows: tuple[Dilution, ...], words: EquityWords = SHARES, currency: str = "USD",
                   names: EpsNames = BASIC_AND_DILUTED, counts: tuple[str, str] | None = None,
                   printed: int | None = None) -> pd.DataFrame:
    """Basic beside diluted, period by period, as printed, with the shares dilution adds: the table under
    the charts, which show one of each. Headed in the release's own words (`names`, `counts`: "Primary EPS",
    "Fully diluted EPS"), and a column the release prints nothing for left out: ManTech's three share columns,
    every row "—", had stood under a note saying their unit (UI-56). The counts are in the unit the release prints
    them in (`printed`, the statement's share scale) to its decimals: Sears' "216.5" of millions, never "216,500"
    of thousands (UI-61)."""
    sign = currency_sign(currency)
    one, many = words.one, words.many
    basic_count, diluted_count = counts or (f"Basic {many}", f"Diluted {many}")

    def money(value: Decimal | None, status: str) -> str:
        return "—" if value is None else marked(per_share(value, decimals=printed_places(value), currency=sign), status)

    named = words.result if one == "share" else f"per {one}"
    unit = dilution_share_unit(rows, printed)
    per = "" if unit == 1 else f" ({SHARE_UNIT_WORDS[unit]})"
    counted = [value / unit for row in rows for value in (row.shares_basic, row.shares_diluted) if value is not None]
    decimals = min(max((places(value) for value in counted), default=0), 3)

    def count(value: Decimal | None, status: str) -> str:
        return "—" if value is None else marked(accounting(value / unit, decimals=decimals), status)

    # a figure a failed check blames carries its mark here as on the Data page (UI-53: Oshkosh's basic $3.37)
    columns = {
        "Period": [period_name(row.period) for row in rows],
        f"{names.basic} {named}": [money(row.eps_basic, row.status(0)) for row in rows],
        f"{names.diluted} {named}": [money(row.eps_diluted, row.status(1)) for row in rows],
        f"{basic_count}{per}": [count(row.shares_basic, row.status(2)) for row in rows],
        f"{diluted_count}{per}": [count(row.shares_diluted, row.status(3)) for row in rows],
        f"{many.capitalize()} dilution adds{per}": [
            "—" if (added := row.added_shares) is None or (part := row.added_percent) is None
            else marked(f"{accounting(added / unit, decimals=decimals)} ({part:,.1f}%)", row.added_status)
            for row in rows],
    }
    return pd.DataFrame({head: cells for head, cells in columns.items()
                         if head == "Period" or any(cell != "—" for cell in cells)})


def dilution_share_unit(rows: tuple[Dilution, ...], printed: int | None = None) -> int:
    """The unit the table says the counts in: the one the release prints them in (`printed`, the statement's share
    scale) where that is one of millions, thousands or one share; else the largest in which every count is whole
    (`formatting.share_unit`), which is no claim of how the release prints them (UI-61: Sears' 216.5 million had read
    "216,500" of thousands, "as the release prints them")."""
    if printed in SHARE_UNIT_WORDS:
        return int(printed)
    return share_unit(value for row in rows for value in (row.shares_basic, row.shares_diluted))


def dilution_note(rows: tuple[Dilution, ...], words: EquityWords = SHARES,
                  names: EpsNames = BASIC_AND_DILUTED, printed: int | None = None) -> str:
    """The caption under the table: what the release's names mean where they are APB 15's, the counts' unit and what
    dilution adds where it prints counts (one line saying it prints none where it does not: UI-56, ManTech's note had
    said "Shares in millions" under three empty columns), and the mark of a figure a failed check blames (UI-53)."""
    many = words.many
    blamed = any(row.status(index) for row in rows for index in range(4))
    marks = f" {status_legend(['failed'])}" if blamed else ""
    meaning = f"{names.note} " if names.note else ""
    if all(row.shares_basic is None and row.shares_diluted is None for row in rows):
        return (f"{meaning}The release prints no weighted {many} beside these figures, so what dilution adds is not "
                f"shown.{marks}")
    unit = dilution_share_unit(rows, printed)
    as_printed = ", as the release prints them" if printed in SHARE_UNIT_WORDS else ""  # said only where known
    said = (f"{many.capitalize()} in full{as_printed}." if unit == 1 else
            f"{many.capitalize()} in {SHARE_UNIT_WORDS[unit]}{as_printed}.")
    if not any(row.added_shares is not None for row in rows):
        return (f"{meaning}{said} It prints no second count to set against it, so what dilution adds is not "
                f"shown.{marks}")
    return (f"{meaning}{said} Dilution adds the {many} that options, warrants and convertible securities would issue; "
            f"where the result is a loss they are left out, as they would shrink it.{marks}")
