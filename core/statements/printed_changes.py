"""The percent changes a statement prints beside its periods, kept on each line (`LineItem.changes`).

A release often prints its own change column ("% Increase (Decrease) in US $", "% Change") after the two periods
it compares. The reader drops it as no period's figures; but the company computed it from figures before they
were rounded to the millions printed, so it knows what the pages cannot: Oracle's cloud infrastructure expenses
of 84 against 76 million allow any change from 9.2% to 11.9%, and the release prints 10% (UI-49). The pages say
the printed figure where it agrees with the line's figures (`core.analysis.comparisons.Change.printed_percent`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal

from core.model import LineItem, Period, PrintedChange
from core.vocabulary import OTHER_RATES_CHANGE_RE, PERCENT_CHANGE_HEADER_RE

# A percent as a change column prints it: "10%", "(4%)", "-4.9", "+25 %", "(4)%"; never "n/m" or "—".
_PERCENT_CELL = re.compile(r"^\(?\s*([+\-\u2212\u2013])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*%?\s*\)?\s*%?$")


def percent_cell(text: str) -> Decimal | None:
    """The signed percent a change column's cell prints ("(4%)" -> -4), None where it prints none."""
    text = text.strip()
    match = _PERCENT_CELL.match(text)
    if match is None:
        return None
    size = Decimal(match.group(2).replace(",", "") + (match.group(3) or ""))
    negative = text.startswith("(") or match.group(1) in ("-", "\u2212", "\u2013")
    return -size if negative else size


def change_columns(headers: Sequence[str], keep: Sequence[int],
                   periods: Sequence[Period]) -> list[tuple[int, Period, Period]]:
    """Each printed percent-change column (its index among the table's columns) with the two periods it
    compares: the two period columns nearest before it, of one length and two ends, later first. A column
    headed as a percent change at other rates ("in Constant Currency") changes no figure printed, and is not
    one; nor is a change in money ("Change" over "(81)")."""
    found: list[tuple[int, Period, Period]] = []
    for index, header in enumerate(headers):
        if index in keep or not PERCENT_CHANGE_HEADER_RE.search(header) or OTHER_RATES_CHANGE_RE.search(header):
            continue
        before = [at for at, column in enumerate(keep) if column < index][-2:]
        if len(before) != 2:
            continue
        first, second = periods[before[0]], periods[before[1]]
        if first.months != second.months or first.end == second.end or first.derived or second.derived:
            continue
        current, prior = (first, second) if first.end > second.end else (second, first)
        found.append((index, current, prior))
    return found


def with_printed_changes(items: Sequence[LineItem], headers: Sequence[str], keep: Sequence[int],
                         periods: Sequence[Period]) -> tuple[LineItem, ...]:
    """`items`, each carrying the percent changes its row prints in the table's change columns. `items`'
    cells are the table's row as read, a cell per column of `headers`."""
    columns = change_columns(headers, keep, periods)
    if not columns:
        return tuple(items)
    kept: list[LineItem] = []
    for item in items:
        changes = tuple(PrintedChange(current.key, prior.key, value) for index, current, prior in columns
                        if index < len(item.cells) and (value := percent_cell(item.cells[index])) is not None)
        kept.append(dataclasses.replace(item, changes=changes) if changes and item.kind == "amount" else item)
    return tuple(kept)
