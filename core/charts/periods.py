"""Period comparison charts: grouped bars per window, the result waterfall, and the quarter trend.

Each window (quarter, six months, derived quarter) gets its own row with its own y axis, so a three-month
figure never shares an unlabelled scale with a six-month one. Amounts are plotted in the unit they read best in
(`style.readable`; `style.labelled_readable` where every bar prints its value), which every axis title, label,
hover, caption and table says.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from collections.abc import Iterable
from decimal import Decimal

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from core.analysis.comparisons import compare
from core.analysis.currency import statement_unit
from core.analysis.expenses import breakdown
from core.analysis.periods import Window, duration_periods, is_derived, period_name
from core.analysis.structure import display_label, footing
from core.charts.style import (
    CHART_WIDTH_PX,
    CURRENT,
    DERIVED_PATTERN,
    FAVOURABLE,
    LEGEND_CHAR_PX,
    PRIOR,
    TITLE_PX,
    TOTAL,
    UNFAVOURABLE,
    Chart,
    accounting_axis,
    base_layout,
    hatched,
    labelled_readable,
    labels,
    legend_room,
    named_sources,
    palette,
    period_ticks,
    printed_decimals,
    readable,
    statement_sources,
    table_cell,
    to_units,
)
from core.formatting import accounting, capital_words, sentence_case
from core.model import Period, ProseFigure, Release, Statement
from core.statements.lender_lines import lender_lines, provision_sign
from core.vocabulary import AT_PERIOD_END_SECTION


def wrap(label: str, width: int = 16) -> str:
    """Long line labels on two or three lines, so grouped bars keep their width; broken between words only."""
    # between words only: a word longer than the width keeps its line (UI-59 asked that no label break mid-word)
    return "<br>".join(textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False)) or label


# Up to this many lines, a comparison draws them all; beyond, the standard lines (those the vocabulary
# names: revenue, gross profit, total operating expenses, the results) are drawn and a picker adds others.
ALL_LINES_UP_TO = 10
FEW_NAMED = 5  # fewer lines with a concept than this, and the statement's subtotals are drawn with them


_ROW_PX, _NAME_LINE_PX = 44, 15  # a bar pair's row, and one line of a wrapped name beside it


def _rows_tall(names: list[str]) -> float:
    """How many rows of `_ROW_PX` a bar chart of these wrapped names needs. A category axis gives every name
    the same height, so each row is as tall as the tallest name: Tollgate Pass's four-line "Net (loss) income
    attributable to Tollgate Pass Midstream Partners, L.P." had run into the name under it."""
    tallest = max((name.count("<br>") + 1 for name in names), default=1)
    return len(names) * max(1.0, tallest * _NAME_LINE_PX / _ROW_PX)


# A heading over balances averaged over the period ("Average balances", "Average balance sheet data").
_AVERAGES = re.compile(r"\baverage\s+balance", re.IGNORECASE)


def lines_left_out(every_line: tuple[str, ...], drawn: tuple[str, ...]) -> str:
    """The sentence under the chart naming the printed lines it does not draw: a reader had taken the chart
    for the whole statement, Calloway's "General and administrative" (2,731 against 2,305) left out unsaid
    (UI-36). "" where every line is drawn."""
    left = [line for line in every_line if line not in drawn]
    if not left:
        return ""
    return f"Not drawn: {'; '.join(left)}. Add any of them above; the table below lists every line."


def default_lines(statement: Statement, windows: tuple[Window, ...]) -> tuple[str, ...]:
    """The lines a comparison draws before the reader picks others (labels as the chart shows them)."""
    labels_in_order: list[str] = []
    named: list[str] = []
    headline: set[str] = set()
    size: dict[str, Decimal] = {}
    moved: dict[str, Decimal] = {}  # the most a line moved in money between a window's two periods
    # Balances a bank prints among its quarters ("Period-end balances", "Average balances"): hundreds of
    # billions beside a quarter's income, which they had flattened to slivers (UI-13). The reader may add them.
    balances = {display_label(statement, item) for item in statement.items
                if item.section and (AT_PERIOD_END_SECTION.search(item.section) or _AVERAGES.search(item.section))}
    for window in windows:
        if window.prior is None:
            continue
        for change in compare(statement, window):
            if change.kind != "amount" or change.label in labels_in_order or change.label in balances:
                continue
            labels_in_order.append(change.label)
            size[change.label] = abs(change.current or Decimal(0))
            moved[change.label] = max(moved.get(change.label, Decimal(0)),
                                      abs((change.current or Decimal(0)) - (change.prior or Decimal(0))))
            if change.concept is not None:
                named.append(change.label)
            if change.concept in HEADLINE_CONCEPTS:
                headline.add(change.label)
    if len(labels_in_order) <= ALL_LINES_UP_TO:
        return tuple(labels_in_order)
    few = len(named) < FEW_NAMED
    if few:
        # A bank's statement names little beyond its pre-tax and net income: its subtotals ("Net interest
        # income", "Total noninterest expense") are the lines a reader looks at first.
        # With them, a lender's provision for credit losses, its quarter's story however small beside its interest
        # (UI-61: Timberland's 2,000 against nil had been "Not drawn", the net interest income after it drawn), and,
        # in the room left, the lines that moved most in money between the periods compared.
        subtotals = {display_label(statement, item) for item in statement.items if item.is_total}
        bank = lender_lines(statement.items)
        if bank is not None and bank.provision is not None:
            subtotals.add(display_label(statement, statement.items[bank.provision]))
        named = [label for label in labels_in_order if label in named or label in subtotals]
        if len(named) < ALL_LINES_UP_TO:
            movers = sorted((label for label in labels_in_order if label not in named and moved[label]),
                            key=lambda label: -moved[label])
            kept = set(named) | set(movers[: ALL_LINES_UP_TO - len(named)])
            return tuple(label for label in labels_in_order if label in kept) or tuple(
                labels_in_order[:ALL_LINES_UP_TO])
    # More lines than the chart holds: the result and its subtotals always, then the largest of the rest. Where
    # as many lines are named as the chart holds, or more, the rest are the named lines and the operating
    # expenses the total adds up, named or not (UI-21, UI-22: a restructuring charge had kept its place over the
    # net result; "Sales and marketing", a software company's largest cost, had been left out for "Other income,
    # net"); where fewer, every line. Every named line had been drawn there, however small, the room left going
    # to unnamed lines: ServiceNow's tax of $0.1 million and Oracle's restructuring of $37 million were drawn,
    # their sales and marketing, the largest expense, left out (UI-38).
    by_size = sorted((label for label in labels_in_order if label not in headline), key=lambda label: -size[label])
    if len(named) >= ALL_LINES_UP_TO:
        total = statement.item("total_operating_expenses")
        parts = {display_label(statement, item) for item in footing(statement).components(total)} if total else set()
        by_size = [label for label in by_size if label in named or label in parts]
    kept = headline | set(by_size[: max(ALL_LINES_UP_TO - len(headline), 0)])
    return tuple(label for label in labels_in_order if label in kept)[:ALL_LINES_UP_TO]


def reading_order(columns: Iterable[object]) -> list[str]:
    """The order a page shows a change table's columns in: the line, its marks, its percent change, then the
    figures. The change the table is headed for stands beside the name at any width: at 420 px Timberland's
    Periods table had shown Line and This year alone, the changes a swipe away (UI-53). The table's own order (the
    figures, then their change), which a download keeps, is left as it is."""
    names = [str(name) for name in columns]
    first = [name for name in ("Line", "Checks", "Change %") if name in names]
    return first + [name for name in names if name not in first]


# A change table's columns said first, in this order, on a phone's line (`change_lines`); the others follow as figures
_SAID_FIRST = ("Line", "Checks", "Change %", "Window")
_HEADING_UNIT = re.compile(r"^(?P<words>.*?)\s*\((?P<unit>[^()]*)\)$")


def change_lines(table: pd.DataFrame) -> list[str]:
    """A change table (the Periods and Expenses pages') as a phone reads it, one line a row, each row whole:
    "Operating income (loss): +652.6 to +752.9%; this year 72, year earlier 8, change 64, in $ millions". At 420 px
    the grid had cut its Change % column, "+652.6 to +752" read as a finished number, and left the figures a swipe
    away (UI-59). The unit its headings say is said once, last; a "% of total" column reads "55.8% of total"."""
    lines = []
    for row in table.to_dict("records"):
        head = f"{row['Line']}: {str(row.get('Change %', '')).strip() or 'no change'}"
        if checks := str(row.get("Checks", "") or "").strip():
            head += f" ({checks})"
        figures, units = [], []
        for name in map(str, table.columns):
            value = str(row[name] if row[name] is not None else "").strip()
            if name in _SAID_FIRST or not value or value == "nan":
                continue
            if name.startswith("% "):
                figures.append(f"{value} {name[2:]}")
                continue
            match = _HEADING_UNIT.match(name)
            words = match["words"] if match else name
            if match and match["unit"] not in units:
                units.append(match["unit"])
            figures.append(f"{words[:1].lower()}{words[1:]} {value}")
        tail = ", ".join(figures) + (f", in {' and '.join(units)}" if units else "")
        lines.append(f"{head}; {tail}" if figures else head)
    return lines


def _hides(current: float | None, prior: float | None, change: float | None, places: int) -> bool:
    """Whether figures read to `places` hide a change that is there: a change that is not nil said "0.0", or two
    unlike figures said alike."""
    if current is None or prior is None or change is None or change == 0:
        return False
    return round(change, places) == 0 or round(current, places) == round(prior, places)


# The lines a comparison always draws where more are named than it holds: the result and its subtotals.
HEADLINE_CONCEPTS = frozenset({"revenue", "gross_profit", "total_operating_expenses", "operating_income",
                               "income_before_taxes", "net_income"})


def comparison_bars(
    statement: Statement, windows: tuple[Window, ...], lines: tuple[str, ...] | None = None,
    abbreviations: Iterable[str] = (),
    alongside: tuple[Window, ...] = (),
    in_unit: int | None = None,
    prose: tuple[ProseFigure, ...] = (),
) -> Chart:
    """Current against year-earlier amounts, line by line, one facet row per window.

    `alongside` are the windows the page shows beside these in charts of their own: their figures choose the
    unit with these, so one release's panels read in one unit (UI-45: Forian's quarter had read in $ thousands
    beside its nine months in $ millions, each panel a chart of its own). `in_unit` is the release's
    (`style.release_unit`), which the page passes so the panels read as its every other chart does (UI-46).

    `lines` chooses what the bars show (default: `default_lines`, by the printed labels); the table behind holds
    every line. A line printed in capitals is drawn and tabled in sentence case, keeping `abbreviations`, as the
    waterfall names its steps (UI-41: Valaris's "OPERATING REVENUES" and "NET LOSS" beside "General and
    administrative"). `prose`, the release's narrative figures, says a line's change from the finer figures it
    states (`comparisons.compare`: Southern's net income "+63.6%", as its Overview card, UI-50).
    """
    keep = frozenset(abbreviations)
    drawn = set(default_lines(statement, windows) if lines is None else lines)
    shown = tuple(window for window in windows if window.prior is not None)
    every = {window.name: [change for change in compare(statement, window, prose) if change.kind == "amount"]
             for window in shown}
    beside = [change for window in alongside if window.prior is not None and window.name not in every
              for change in compare(statement, window) if change.kind == "amount"]
    sized = [*(c for changes in every.values() for c in changes), *beside]
    # One unit for every panel's axis, hover and the table under them, millions or billions as the bars drawn
    # ask: Antero's and Hasbro's axes had read "0" and "2,000,000" of $ thousands alone (UI-43).
    scale = readable([to_units(v, statement.scale) for c in sized if c.label in drawn for v in (c.current, c.prior)],
                     statement.scale, printed_decimals(statement),
                     also=[to_units(v, statement.scale) for c in sized for v in (c.current, c.prior, c.change)],
                     unit=in_unit)
    unit, places = statement_unit(statement, scale.shown), scale.decimals
    # the table in the page's unit rounds as that unit reads (UI-47); a chart choosing its own keeps its places
    cell_places = places if in_unit is None else scale.unit_decimals

    def amount(value: Decimal | None) -> float | None:
        return scale.of(to_units(value, statement.scale))

    # The table in the release's own unit where the page's would hide a change: Capstead's "Other" interest income,
    # 399 against 422 thousand, had read "0.4", "0.4" and "0.0" of $ millions beside "-5% to -6%" (UI-53); in
    # $ thousands its change, (23), and its percent agree. The bars keep the page's unit.
    table_unit, table_scale = unit, scale
    if scale.shown != statement.scale and any(
            _hides(amount(c.current), amount(c.prior), amount(c.change_said), cell_places) for c in sized):
        cell_places = printed_decimals(statement)
        table_unit = statement_unit(statement, statement.scale)
        table_scale = readable((), statement.scale, cell_places)  # the statement's own, as printed

    def cell(value: Decimal | None) -> float | None:
        return table_scale.of(to_units(value, statement.scale))

    single = len(shown) == 1
    figure = make_subplots(
        rows=max(len(shown), 1),
        cols=1,
        subplot_titles=None
        if single
        else [f"{w.name}: {period_name(w.current)} vs {period_name(w.prior)}" for w in shown if w.prior is not None],
        vertical_spacing=0.16,
    )
    rows: list[dict[str, object]] = []
    bar_rows = 0.0
    for row, window in enumerate(shown, start=1):
        changes = every[window.name]
        shown_changes = [change for change in changes if change.label in drawn]
        # Horizontal: a line's name on its own row reads in full at any width (vertical bars' names
        # collide on a phone once there are more than a few).
        y = [wrap(sentence_case(change.label, keep), 24) for change in shown_changes]
        for name, values, colour, is_current in (
            ("This year", [amount(c.current) for c in shown_changes], CURRENT, True),
            ("Year earlier", [amount(c.prior) for c in shown_changes], PRIOR, False),
        ):
            period = window.current if is_current else window.prior
            assert period is not None
            figure.add_trace(
                go.Bar(
                    y=y,
                    x=values,
                    orientation="h",
                    name=name,
                    legendgroup=name,
                    showlegend=row == 1,
                    marker={
                        "color": colour,
                        "pattern": hatched(DERIVED_PATTERN if is_derived(period) else ""),
                    },
                    text=labels(values, decimals=places),
                    # No bar prints its value: "auto" had put a long bar's inside, where a bar of a pair is
                    # too thin for it and the browser hid it, so only the short bars kept theirs (2 of
                    # Bellwether's 20: a browser review); beside its end, a loss's reached into the line
                    # names on a phone. Every value is in the bar's hover and the table under the chart.
                    textposition="none",
                    cliponaxis=False,
                    hovertemplate=f"%{{y}}<br>{period_name(period)}: %{{text}} ({unit})<extra></extra>",
                ),
                row=row,
                col=1,
            )
        values = [amount(v) for c in shown_changes for v in (c.current, c.prior)]
        # four ticks now that a figure has four digits at most, spanning the bars themselves (`hug`): three over an
        # axis from (1,000,000) to 2,000,000, every other blanked, had left Antero's and Hasbro's "0" and
        # "2,000,000" of $ thousands alone, half the axis empty (UI-43)
        figure.update_xaxes(title_text=unit, row=row, col=1,
                            **accounting_axis(values, count=4, pad=0.22, sparse=True, hug=True))
        figure.update_yaxes(autorange="reversed", row=row, col=1)
        # A row as tall as its wrapped name: Sears' "Income before income taxes, minority interest and
        # cumulative effect of change in accounting principle" runs to five lines and had run into its
        # neighbours' names (browser review).
        bar_rows += max(_rows_tall(y), 1)
        rows.extend(
            {
                "Window": window.name,
                # named as its bar is, one rule for both (UI-49: Southern's "NET INCOME EXCLUDING ONE-TIME I..."
                # in the table beside the chart's "Net income excluding one-time items")
                "Line": sentence_case(change.label, keep),
                f"This year ({table_unit})": table_cell(cell(change.current), cell_places),
                f"Year earlier ({table_unit})": table_cell(cell(change.prior), cell_places),
                # the cost's own change where it is printed as a deduction, as its percent is (UI-45)
                f"Change ({table_unit})": table_cell(cell(change.change_said), cell_places),
                "Change %": change.percent_words,  # a loss's change worded as the Overview words it (UI-42)
            }
            for change in changes
        )
    title = "This year against the year before, line by line"
    if single and shown[0].prior is not None:
        title = f"{shown[0].name}: {period_name(shown[0].current)} against {period_name(shown[0].prior)}"
    base_layout(figure, title=title, height=round(110 * len(shown) + _ROW_PX * bar_rows))
    if not single:
        # The panels' titles sit just above their plots, where a legend anchored to the plot would cover
        # the first one: the legend goes to the top of the figure instead, with room for that title below.
        # Under the title where the figure keeps it (an exported image); `Chart.untitled` moves it up.
        figure.update_layout(
            legend={"yref": "container", "y": 1 - TITLE_PX / figure.layout.height, "yanchor": "top"},
            margin={"t": legend_room(figure) + 34},
        )
    alt = (
        "Grouped bars comparing each amount line with the same period a year earlier, in "
        f"{unit}, one panel per window: " + "; ".join(window.name for window in shown) + "."
    )
    return Chart(figure, pd.DataFrame(rows), alt, named_sources(statement, keep))


# The steps that close a gap between printed subtotals, drawing no line of the release.
_GAPS = frozenset({"Other operating items", "Other non-operating items", "Other items"})


def _step(
    steps: list[tuple[str, Decimal, str]], label: str, value: Decimal | None, measure: str = "relative"
) -> None:
    if value is not None and (value != 0 or measure != "relative"):
        steps.append((label, value, measure))


def waterfall_steps(statement: Statement, period: Period) -> list[tuple[str, Decimal, str]]:
    """From revenue through each expense to the net result; a step is (label, signed amount, measure).

    Where the printed subtotals disagree with the running sum (a line the vocabulary does not know), an
    "Other" step closes the gap, so the bars always end on the printed net result.
    """

    def value(concept: str) -> Decimal | None:
        return statement.value(concept, period)

    steps: list[tuple[str, Decimal, str]] = []
    running = Decimal(0)
    revenue = value("revenue")
    if revenue is not None:
        _step(steps, "Revenue", revenue)
        running += revenue
    expenses = breakdown(statement)
    if expenses is not None and "total_operating_expenses" not in expenses.total.concepts:
        expenses = None  # a bank's noninterest expenses, whose revenue lines the vocabulary leaves unnamed
    components = expenses.components if expenses is not None else ()
    if "cost_of_revenue" not in {c for item in components for c in item.concepts}:
        cost = value("cost_of_revenue")
        cost_line = statement.item("cost_of_revenue")
        if cost is not None and cost_line is not None:
            # named as printed, as the expense lines are ("Cost of sales": UI-26, it had been renamed)
            _step(steps, display_label(statement, cost_line), -cost)
            running -= cost
    if expenses is not None:
        for item in components:
            amount = item.values[statement.periods.index(period)]
            if amount is not None:
                # named as the other charts name it: Tollgate Pass's "Cost of product sold" without its aside
                # "(exclusive of depreciation and amortization shown separately below)"
                _step(steps, display_label(statement, item), -amount)
                running -= amount
    else:
        total = value("total_operating_expenses")
        if total is not None:
            _step(steps, "Operating expenses", -total)
            running -= total
        else:
            for label, amount in _expense_lines_without_a_total(statement, period, running):
                _step(steps, label, -amount)
                running -= amount
    operating = value("operating_income")
    if operating is not None:
        _close_gap(steps, statement, period, "operating_income", running, operating - running,
                   "Other operating items")
        running = operating
        _step(steps, "Operating result", running, "total")
    nonoperating = statement.item("nonoperating_income")
    if nonoperating is not None:
        # named as printed: Sears' "Other income, net" comes after its interest, drawn among the expenses
        _step(steps, display_label(statement, nonoperating), value("nonoperating_income"))
    running += value("nonoperating_income") or Decimal(0)
    pretax = value("income_before_taxes")
    if pretax is not None:
        if not steps and (bridge := _lender_steps(statement, period, pretax)):
            # A bank's bridge: its net interest income, the provision, non-interest income and expense to the
            # pre-tax result (UI-50: Horizon's 40,925 - 8,600 + 12,063 - 31,149 = 13,239, drawn as 3 bars before)
            steps += bridge
            _step(steps, "Income before taxes", pretax, "total")
        elif not steps:
            # A statement opening on lines the vocabulary leaves unnamed, no bank's lines among them: the chart
            # starts from the pre-tax result, where a gap step would have stood for all of it.
            _step(steps, "Income before taxes", pretax, "absolute")  # a start: a "total" sums the bars before
        else:
            # Non-operating lines the vocabulary has no name for ("Interest expense", "Change in fair value
            # of warrants") close the gap before the tax, where the statement prints them, not after it.
            # Without an operating result drawn, the gap holds operating costs too (an insurer's "Benefits
            # and claims"): no "non-operating" name for it.
            _close_gap(steps, statement, period, "income_before_taxes", running, pretax - running,
                       "Other non-operating items" if operating is not None else "Other items")
        running = pretax
    tax = value("income_tax")
    if tax is not None:
        _step(steps, "Income tax", -tax)
        running -= tax
    net = value("net_income")
    if net is not None:
        _close_gap(steps, statement, period, "net_income", running, net - running, "Other items")
        _step(steps, "Net result", net, "total")
    return steps


def _lender_steps(statement: Statement, period: Period, pretax: Decimal) -> list[tuple[str, Decimal, str]]:
    """A bank's steps from its net interest income (an absolute start) through the provision, its non-interest
    income and its non-interest expense, each named as printed (`lender_lines`), and any gap left to the pre-tax
    result as "Other items"; [] where the statement prints no net interest income, or nothing between it and
    the pre-tax result (a bridge of one bar says nothing the pre-tax bar does not)."""
    lines = lender_lines(statement.items)
    if lines is None:
        return []
    column = statement.periods.index(period)
    items = statement.items
    net = items[lines.net_interest_income].values[column]
    if net is None:
        return []
    steps: list[tuple[str, Decimal, str]] = [(display_label(statement, items[lines.net_interest_income]), net,
                                              "absolute")]
    sign = provision_sign(items, lines)
    for index, direction in ((lines.provision, -sign), (lines.noninterest_income, 1), (lines.noninterest_expense, -1)):
        if index is not None and (amount := items[index].values[column]) is not None:
            _step(steps, display_label(statement, items[index]), direction * amount)
    if len(steps) == 1:
        return []
    gap = pretax - sum((amount for _, amount, _ in steps), Decimal(0))
    _step(steps, "Other items", gap)
    return steps


# The lines a waterfall's gap can lie after: the results its steps run between. The tax is no such line: a
# statement printing no pre-tax result puts its non-operating lines before the tax (a utility's "Other Income,
# net" and "Interest Charges and Dividends" between its operating income and "Income Taxes": UI-45, they had
# been one "Other items" bar), and where a pre-tax result is printed the walk stops on it right above the tax.
_RESULTS = frozenset({"revenue", "gross_profit", "operating_income", "income_before_taxes"})
# The most lines a gap is signed line by line for (each printed bare or signed: 2 ** n ways to try).
_MOST_SIGNED_LINES = 8


def _signs_summing_to(amounts: list[Decimal], gap: Decimal) -> tuple[int, ...] | None:
    """The one way of adding or taking away each printed amount that makes `gap`, else None (none, or more
    than one: the release does not say which). A statement prints its income and its charges alike bare ("Other
    Income, net  5" and "Interest Charges and Dividends  240" between operating income and net income: 5 - 240 is
    the gap of -235); a line's own sign ("(26)") is kept inside its amount, so its charge is taken away as
    printed too."""
    if not 1 < len(amounts) <= _MOST_SIGNED_LINES:
        return None
    found: tuple[int, ...] | None = None
    for signs in itertools.product((1, -1), repeat=len(amounts)):
        if sum((sign * amount for sign, amount in zip(signs, amounts, strict=True)), Decimal(0)) == gap:
            if found is not None:
                return None
            found = signs
    return found


def _signs_of_lines(amounts: list[Decimal], gap: Decimal) -> tuple[int, ...] | None:
    """How the printed `amounts` make `gap`: each as printed, or all costs printed bare, or else the one way of
    adding and taking them away that does; None where they cannot, or can more than one way."""
    total = sum(amounts, Decimal(0))
    if total == gap:
        return (1,) * len(amounts)
    if total == -gap and all(amount >= 0 for amount in amounts):
        return (-1,) * len(amounts)
    return _signs_summing_to(amounts, gap)


def _with_a_subtotal(amounts: list[Decimal], start: Decimal, gap: Decimal) -> tuple[int, ...] | None:
    """The gap's lines where one of them is a subtotal the vocabulary has no name for: signs as
    `_signs_of_lines` gives them, 0 for the subtotal, which stands where the lines before it take `start`. A REIT
    prints "Net income" (65,028) between its gain on a sale (19,621) and the allocation to noncontrolling
    interests (11,092) above its "Net income allocable to" the company (53,936): no signing of all five lines
    makes the gap of 8,925, so the gain had been drawn inside one "Other items" bar (UI-55)."""
    for at, subtotal in enumerate(amounts):
        if at == 0 or at == len(amounts) - 1:
            continue  # a subtotal of nothing, or the last line: no step to draw either side of it
        before = _signs_of_lines(amounts[:at], subtotal - start) if at > 1 else (
            (1,) if amounts[0] == subtotal - start else None)
        after = _signs_of_lines(amounts[at + 1:], start + gap - subtotal) if len(amounts) - at > 2 else (
            (1,) if amounts[-1] == start + gap - subtotal else None)
        if before is not None and after is not None:
            return (*before, 0, *after)
    return None


def _close_gap(steps: list[tuple[str, Decimal, str]], statement: Statement, period: Period, anchor: str,
               start: Decimal, gap: Decimal, default: str) -> None:
    """A step for the gap before the line of `anchor`, named after the one line printed just before that
    line whose amount the gap is (a bank's "Provision for credit losses" between its expenses and its pre-tax
    income), else by `default`: a name no single line of the release earns stays a visible "Other". `start`:
    where the bars stand before the gap."""
    if gap == 0:
        return
    item = statement.item(anchor)
    if item is None:
        _step(steps, default, gap)
        return
    drawn = {label for label, _, _ in steps}
    index = statement.periods.index(period)
    matches: list[str] = []
    # every unnamed line between the previous result and the anchor, and whether it stands above the tax
    lines: list[tuple[str, Decimal, bool]] = []
    above_the_tax = False
    for before in reversed(statement.items[: statement.items.index(item)]):
        if _RESULTS & set(before.concepts):
            break  # the result the previous steps end on: the gap's lines all come after it
        above_the_tax = above_the_tax or "income_tax" in before.concepts
        if (not before.concepts and display_label(statement, before) not in drawn and before.kind == "amount"
                and (amount := before.values[index]) is not None and amount != 0):
            lines.append((display_label(statement, before), amount, above_the_tax))
            if abs(amount) == abs(gap):
                matches.append(display_label(statement, before))
    lines.reverse()  # in the statement's order
    if len(matches) != 1 and len(lines) > 1 and not any(
            label.lower().startswith("total") for label, _, _ in lines[:-1]):
        # The gap is all those lines (an insurer's "Benefits and claims, net" and "Total acquisition and
        # operating expenses" between its revenues and pre-tax earnings): each its own step, signed as
        # printed, or all costs printed bare, or else the one way of adding and taking them away that makes
        # it; one of them may be a subtotal, drawn as one
        amounts = [amount for _, amount, _ in lines]
        signs = _signs_of_lines(amounts, gap)
        if signs is None and not any(above for _, _, above in lines):
            signs = _with_a_subtotal(amounts, start, gap)
        if signs is not None:
            # lines printed above the tax go before its step, where the release prints them
            at = next((at for at, (label, _, _) in enumerate(steps) if label == "Income tax"), len(steps))
            for (label, amount, above), sign in zip(lines, signs, strict=True):
                step = (label, amount, "total") if sign == 0 else (label, sign * amount, "relative")
                if above:
                    steps.insert(at, step)
                    at += 1
                else:
                    steps.append(step)
            return
    _step(steps, matches[0] if len(matches) == 1 else default, gap)


def _expense_lines_without_a_total(statement: Statement, period: Period, running: Decimal
                                   ) -> list[tuple[str, Decimal]]:
    """The lines printed between gross profit (or revenue and its cost) and the operating result of a
    statement with no total of its operating expenses (Aemetis: "Selling, general and administrative
    expenses" alone), where they add up to the gap between the two; none where they do not."""
    operating = statement.item("operating_income")
    if operating is None or (result := statement.value("operating_income", period)) is None:
        return []
    end = statement.items.index(operating)
    start = max((i for i, item in enumerate(statement.items[:end])
                 if {"revenue", "cost_of_revenue", "gross_profit"} & set(item.concepts)), default=None)
    if start is None:
        return []
    index = statement.periods.index(period)
    lines = [(display_label(statement, item), amount) for item in statement.items[start + 1 : end]
             if item.kind == "amount" and (amount := item.values[index]) is not None]
    if not lines or running - sum((amount for _, amount in lines), Decimal(0)) != result:
        return []
    return lines


WATERFALL_NAME_CHARS = 22  # a step's name wrapped at this many characters, beside its bar
# A value label's width at a phone's width: about 7 px a character at the chart's 12 px font, and the room Plotly
# leaves between a bar and its label.
LABEL_CHAR_PX, LABEL_PAD_PX = LEGEND_CHAR_PX, 6
NAMES_PX = 7  # a step's name, a character of it beside the bars (the names' column takes its longest line)
MIN_PLOT_PX = 120  # the bars' share of a phone-wide chart, however long the names


def waterfall_label_room(values: list[float], ends: list[float], measures: list[str], texts: list[str],
                         names: list[str]) -> tuple[list[str], tuple[float, float]]:
    """Where each step's value label goes, and the axis's span that gives those beside a bar room: inside a bar
    long enough to hold it at a phone's width, else beside the bar's end (left of a step down, right of one up),
    the axis widened so a label beside the outermost bars stays inside the plot. Widening shrinks the bars, so
    a label that fitted may then not: the two are settled together. Beside a long bar the label had stood past
    the axis, over the names at its left or off the chart at its right (UI-44: Forian's "(2,822,253)" over
    "General and administrative", its revenue's "4,686,31"); `values` and `ends` in the unit drawn."""
    extents: list[tuple[float, float]] = []
    for value, end, measure in zip(values, ends, measures, strict=True):
        start = end - value if measure == "relative" else 0.0
        extents.append((min(start, end), max(start, end)))
    longest = max((len(line) for name in names for line in name.split("<br>")), default=0)
    plot_px = max(CHART_WIDTH_PX - NAMES_PX * longest, MIN_PLOT_PX)
    # each label's width as a share of the plot's
    shares = [(LABEL_CHAR_PX * len(text) + LABEL_PAD_PX) / plot_px if text else 0.0 for text in texts]
    low = min([0.0, *(left for left, _ in extents)])
    high = max([0.0, *(right for _, right in extents)])
    bounds = (low, high)
    positions: list[str] = []
    for _ in range(len(values) + 1):  # each round moves a label out or settles; never more rounds than labels
        span = (bounds[1] - bounds[0]) or 1.0
        settled = ["inside" if share and (right - left) / span >= share else "outside"
                   for (left, right), share in zip(extents, shares, strict=True)]
        if settled == positions:
            break
        positions = settled
        # the span that leaves room beside the bars for the labels outside them; a label's room grows with the
        # span, so the span is found by steps (each share is a small fraction: the steps converge)
        for _ in range(50):
            left_room = min([low, *(left - share * span for (left, _), share, value, place
                                    in zip(extents, shares, values, positions, strict=True)
                                    if place == "outside" and value < 0)])
            right_room = max([high, *(right + share * span for (_, right), share, value, place
                                      in zip(extents, shares, values, positions, strict=True)
                                      if place == "outside" and value >= 0)])
            bounds = (left_room, right_room)
            wider = (right_room - left_room) or 1.0
            if abs(wider - span) <= 1e-9 * wider:
                break
            span = wider
    return positions, bounds


def release_abbreviations(release: Release) -> frozenset[str]:
    """The abbreviations a release prints in capitals in its mixed-case labels, any statement's
    (`formatting.capital_words`), which its waterfall keeps as printed in a step named in sentence case."""
    return capital_words(item.label for statement in release.statements for item in statement.items)


# The results a waterfall runs between: without one of them beside the net result there is no start to draw from.
_WATERFALL_STARTS = ("revenue", "operating_income", "income_before_taxes")


def why_no_waterfall(statement: Statement, period: Period) -> str:
    """Why `result_waterfall` draws nothing for the period, in words the reader can check against the release.
    "Prints no lines between revenue and the net result" had been said of a mortgage trust whose statement opens on
    interest income, names no revenue or pre-tax result, and prints interest expense and five other charges before
    its net loss (UI-54: Capstead); that is the reader's naming, not the release's printing."""
    if statement.value("net_income", period) is None:
        return "This period prints no net result, so no waterfall to it can be drawn."
    if all(statement.value(concept, period) is None for concept in _WATERFALL_STARTS):
        return ("The statement prints no line read as revenue, an operating result or a pre-tax result (a lender's "
                "or a trust's statement may open on interest income instead), so no waterfall to the net result is "
                "drawn.")
    return "The statement prints no lines between revenue and the net result to draw a waterfall of."


def result_waterfall(statement: Statement, period: Period, abbreviations: Iterable[str] = (),
                     in_unit: int | None = None) -> Chart | None:
    """A waterfall from revenue and expenses to the net result for one period; None without a net result,
    or where the release prints no line between the two (Southern Company's highlights: revenue and net
    income), whose only step would be an unexplained gap. Steps printed in capitals are named in sentence
    case, keeping `abbreviations` (the release's own: `formatting.capital_words`) and the usual ones. `in_unit`: the
    release's (`style.release_unit`), where the page gives it, else the one its bars read best in."""
    if statement.value("net_income", period) is None:
        return None
    # (UI-40: "NET (INCOME) LOSS ATTRIBUTABLE TO NONCONTROLLING INTERESTS" had run to four lines of its row)
    steps = [(sentence_case(label, abbreviations), amount, measure)
             for label, amount, measure in waterfall_steps(statement, period)]
    if all(label in _GAPS for label, _, measure in steps[1:] if measure == "relative"):
        return None  # revenue, a gap and the result (a highlights table): no printed line to draw a step of
    printed = [to_units(amount, statement.scale) or 0.0 for _, amount, _ in steps]
    running: list[float] = []
    total = 0.0
    for (_, _, measure), v in zip(steps, printed, strict=True):
        total = total + v if measure == "relative" else v
        running.append(total)
    # One unit for the axis, the labels, the hovers, the caption and the table, the one its bars read best in:
    # Forian's whole dollars had labelled its revenue "4,686,312" and its cost "(2,822,253)", too long for a
    # phone's width (UI-44): "4.686" and "(2.822)" of $ millions, as the comparison's bars and the cash charts
    # read theirs in a larger unit already (`style.readable`).
    scale = labelled_readable([*printed, *running], statement.scale, printed_decimals(statement), unit=in_unit)
    unit, places = statement_unit(statement, scale.shown), scale.decimals
    values = [scale.of(v) or 0.0 for v in printed]
    ends = [scale.of(v) or 0.0 for v in running]
    texts = labels(values, decimals=places)
    # (at 26, ServiceNow's names took the room its bars' values need at 390 px: a value over a name)
    names = [wrap(label, WATERFALL_NAME_CHARS) for label, _, _ in steps]
    positions, bounds = waterfall_label_room(values, ends, [m for _, _, m in steps], texts, names)
    figure = go.Figure(
        go.Waterfall(
            # Horizontal, top to bottom: each step's name on its own row, readable at phone width.
            y=names,
            x=values,
            orientation="h",
            measure=[measure for _, _, measure in steps],
            text=texts,
            # inside a bar long enough to hold its value at a phone's width, else beside its end, at the axis
            # font, never shrunk: "auto" had shrunk a label to its bar, so at 390 px Cree's short steps (R&D
            # 46.7, SG&A 49.7) lost the labels 1,400 px shows (UI-41); beside the end of a long bar, Forian's
            # "(2,822,253)" had run into the names on its left and its revenue off the chart's right (UI-44)
            textposition=positions,
            constraintext="none",
            textangle=0,  # level: Plotly had turned "(476.0)" on its side to fit it in its bar (UI-40)
            cliponaxis=False,
            increasing={"marker": {"color": FAVOURABLE}},
            decreasing={"marker": {"color": UNFAVOURABLE}},
            totals={"marker": {"color": TOTAL}},
            connector={"line": {"width": 1, "dash": "dot"}},
            hovertemplate=f"%{{y}}: %{{text}} ({unit})<extra></extra>",
        )
    )
    # The axis spans where the bars stand (running totals and zero), not the steps' signed sizes, and the
    # values beside the bars' ends (`bounds`); four ticks, as the comparison's bars take, now that a label has
    # four digits at most: three, hugging the span, had left Forian's axis one tick, "0". Every tick labelled: a
    # label of four digits ("(6,000)") fits four to a phone's axis, and every other one blank had left the sample's
    # axis two labels, "(4,000)" and "0", under bars reaching (7,262) (UI-61)
    figure.update_xaxes(title_text=unit, **accounting_axis([*ends, 0.0, *bounds], count=4, pad=0.02,
                                                           sparse=False, hug=True))
    figure.update_yaxes(autorange="reversed")
    # titled for the bar it starts on: "From expenses" over a first bar of revenue had read as if revenue
    # were left out (browser review of round 270); a release without revenue starts on its expenses
    # (a bank's bridge starts on its net interest income, named as its bar is: UI-50)
    start = ("revenue" if steps[0][0] == "Revenue" else sentence_case(steps[0][0]).lower()
             if steps[0][2] == "absolute" else "expenses")
    title = f"From {start} to the net result, {period_name(period)}"
    base_layout(figure, title=title, height=round(90 + _ROW_PX * _rows_tall(names)))
    figure.update_layout(showlegend=False)
    data = pd.DataFrame(
        {
            "Step": [label for label, _, _ in steps],
            f"Amount ({unit})": labels(values, decimals=places),
            "Kind": [
                {"total": "subtotal", "absolute": "start"}.get(m) or ("adds" if v >= 0 else "subtracts")
                for (_, _, m), v in zip(steps, values, strict=True)
            ],
        }
    )
    alt = (
        f"Waterfall for {period_name(period)} in {unit}: "
        + ", ".join(
            f"{label} {accounting(v, decimals=places)}" for (label, _, _), v in zip(steps, values, strict=True)
        )
        + "."
    )
    # the steps' sources by the names drawn, sentence case and all, so a click on a step finds its line
    return Chart(figure, data, alt, named_sources(statement, abbreviations))


TREND_CONCEPTS = (
    ("revenue", "Revenue"),
    ("total_operating_expenses", "Total operating expenses"),
    ("operating_income", "Operating result"),
    ("net_income", "Net result"),
)


def quarter_trend(statement: Statement, in_unit: int | None = None) -> Chart | None:
    """Every three-month column, printed or derived, in date order; derived bars hatched and named so.

    Returns None where it would repeat the comparison with a year earlier: the quarter and the same quarter
    a year before, both printed. A bank's five quarters in a row, or a quarter derived from the year to
    date, are drawn. `in_unit`: the release's (`style.release_unit`), where the page gives it.
    """
    quarters = sorted((p for p in duration_periods(statement) if p.months == 3), key=lambda p: p.end)
    if len(quarters) < 2 or (len(quarters) < 3 and not any(is_derived(p) for p in quarters)):
        return None
    drawn_lines = [(c, n) for c, n in TREND_CONCEPTS if statement.item(c) is not None]
    printed = {concept: [to_units(statement.value(concept, p), statement.scale) for p in quarters]
               for concept, _ in drawn_lines}
    # One unit for the axis, the labels over the bars, the hovers, the caption and the table, the one they read
    # best in: a bar a quarter of a phone's width had carried "12,989" of $ thousands (UI-44, as the waterfall)
    scale = labelled_readable([v for values in printed.values() for v in values], statement.scale,
                              printed_decimals(statement), unit=in_unit)
    unit, places = statement_unit(statement, scale.shown), scale.decimals
    figure = go.Figure()
    rows: list[dict[str, object]] = []
    x = period_ticks([period_name(p) for p in quarters])
    plotted: list[float | None] = []
    for index, (concept, name) in enumerate(drawn_lines):
        values = scale.all(printed[concept])
        plotted.extend(values)
        figure.add_trace(
            go.Bar(
                x=x,
                y=values,
                name=name,
                marker={
                    "color": palette(index + 1)[-1],
                    "pattern": hatched([DERIVED_PATTERN if is_derived(p) else "" for p in quarters]),
                },
                text=labels(values, decimals=places),
                textposition="outside",
                cliponaxis=False,
                hovertemplate=f"{name}, %{{x}}: %{{text}} ({unit})<extra></extra>",
            )
        )
        rows.extend(
            {
                "Quarter": period_name(p),
                "Line": name,
                f"Amount ({unit})": accounting(v, decimals=places),
                "Derived": is_derived(p),
            }
            for p, v in zip(quarters, values, strict=True)
        )
    figure.update_yaxes(title_text=unit, **accounting_axis(plotted))
    drawn = [trace.name for trace in figure.data]
    derived = [period_name(p) for p in quarters if is_derived(p)]
    # One line has no legend to name it, so the title does; the hatching is explained only where it is drawn.
    title = "Quarter by quarter" + (f": {drawn[0].lower()}" if len(drawn) == 1 else "")
    base_layout(figure, title=title + (" (hatched bars are derived: year-to-date minus quarter)" if derived else ""))
    alt = (
        f"Bars of {', '.join(name.lower() for name in drawn)} for each quarter in date order, in {unit}"
        + (f"; {', '.join(derived)} computed as year-to-date minus the printed quarter." if derived
           else ", every quarter as printed.")
    )
    return Chart(figure, pd.DataFrame(rows), alt, statement_sources(statement))
