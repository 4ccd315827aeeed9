"""Which way a line counts: releases print the same expense as "3,030" under a heading that says it is
subtracted, or as "(3,030)" to be added. The words give a first reading; the arithmetic has the last word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from core.model import LineItem

_PARENTHESISED = re.compile(r"\([^)]*\)")
_EXPENSE_WORDS = re.compile(r"\b(?:expenses?|loss(?:es)?|costs?|charges?|provision)\b", re.IGNORECASE)
_INCOME_WORDS = re.compile(r"\b(?:income|gains?|revenues?|earnings|benefit)\b", re.IGNORECASE)
_TAX_BENEFIT = re.compile(r"\bbenefits?\b", re.IGNORECASE)
_TAX_EXPENSE = re.compile(r"\b(?:expenses?|provisions?|charges?)\b", re.IGNORECASE)
# Past this many lines, trying every reading of signs costs more than it is worth (2**6 = 64 readings).
_MAX_SEARCHED_LINES = 6
_DIGIT = re.compile(r"\d")
# "(1,234)", "$(0.23)", "-1,234", "−12.5": a parenthesis or a minus before the first digit ("1,234(1)" is a
# footnote's)
_NEGATIVE_CELL = re.compile(r"[^\d]*[(\-\u2212\u2013]")


def reads_as_expense(label: str) -> bool:
    """"Other (income) expense, net" is an expense line; "Other income (expense), net" is an income line:
    the words outside parentheses say which way a positive number goes."""
    text = _PARENTHESISED.sub(" ", label)
    return bool(_EXPENSE_WORDS.search(text)) and not _INCOME_WORDS.search(text)


def reads_as_tax_benefit(label: str) -> bool:
    """"Income tax benefit (expense)" and "Benefit from income taxes" print a benefit as a positive number;
    "Provision for (benefit from) income taxes" and "Income taxes" print the expense so."""
    text = _PARENTHESISED.sub(" ", label)
    return bool(_TAX_BENEFIT.search(text)) and not _TAX_EXPENSE.search(text)


def shown_against_its_concept(item: LineItem) -> bool:
    """Whether the line's words point the other way from its stored sign.

    Facts store non-operating lines as income and income tax as an expense, whatever the release printed.
    "Interest expense, net 412" is stored as income of -412, and "Income tax benefit 500" as an expense of
    -500: shown under those words, "(412)" and "(500)" would read as the opposite of what the release says.
    """
    label = item.label
    return ("nonoperating_income" in item.concepts and reads_as_expense(label)) or (
        "income_tax" in item.concepts and reads_as_tax_benefit(label)
    )


def printed_negative(cell: str) -> bool | None:
    """Whether a kept cell's text prints its figure as negative: "(1,234)", "$(0.23)", "-1,234", "−12.5", or
    "1,234)" whose parenthesis opened in a cell of its own; None where the cell prints no digit (a blank, a
    dash, a derived column's empty text)."""
    if not _DIGIT.search(cell):
        return None
    return _NEGATIVE_CELL.match(cell) is not None or (cell.rstrip().endswith(")") and "(" not in cell)


def printed_against_stored(item: LineItem) -> bool:
    """Whether the release prints the line's figures with the opposite sign to the one its facts store.

    Facts store signs by concept (expenses and taxes positive, non-operating lines as income); a table of
    changes shows the release's own, as the Data page does. ManTech's "Provision for income taxes (9,591)
    (7,066)" is stored as an expense of 9,591 and had been shown "9,591" on the Periods page (UI-47). Read from
    the kept cells, a line at a time (one reading for every column, derived ones too): the line is turned
    where more of its non-zero figures print against their stored sign than with it; where no cell says
    (no text kept, a tie), a line whose words read against its stored sign is (`shown_against_its_concept`)."""
    against = agree = 0
    cells = item.cells
    if len(cells) != len(item.values):
        # the row's cells hold columns its values do not (a percent of revenue, a percent change beside each
        # year) and a full-year twin's or derived columns follow the printed ones: the amounts, in order, read
        # against the first values. Oracle's "Provision for income taxes (435) (4%) (124) (1%)" had been read
        # against 124 as "(4%)" and, on its derived statement, not at all: "435" beside "Interest expense (704)"
        # on one table (UI-53)
        cells = tuple(cell for cell in cells if "%" not in cell)
    for value, cell in zip(item.values, cells, strict=False):
        negative = printed_negative(cell) if value else None
        if negative is None or value is None:
            continue
        if negative == (value < 0):
            agree += 1
        else:
            against += 1
    if against != agree:
        return against > agree
    return shown_against_its_concept(item)


def bridge_signs(
    start: LineItem, between: Sequence[LineItem], end: LineItem, tolerance: Decimal, fixed: frozenset[int]
) -> tuple[int, ...] | None:
    """Signs (+1 add, -1 subtract) for `between` so that start + signed lines = end in every column.

    Readings are tried in order of how releases are usually printed: every line added as printed; lines
    whose words say expense subtracted; then, for short runs, every other combination. `fixed` holds
    indices whose sign is known (-1: income tax stored as an expense). None when no reading adds up.
    """
    best: tuple[Decimal, tuple[int, ...]] | None = None
    for signs in _candidate_readings(between, fixed):
        error = _error(start, between, end, signs)
        # The closest reading wins; among equally close ones, the more usual (earlier) one.
        if error is not None and error <= tolerance and (best is None or error < best[0]):
            best = (error, signs)
            if error == 0:
                break
    return None if best is None else best[1]


def closest_readings(
    start: LineItem, between: Sequence[LineItem], end: LineItem, tolerance: Decimal
) -> list[tuple[int, ...]]:
    """Every reading of signs for `between` that adds up within `tolerance` and misses by no more than any other,
    in the order `bridge_signs` tries them (its choice first), each once: where two come as close, the figures
    allow both and the arithmetic alone cannot say which the release meant (a tax of 3,300 above a minority's
    share of 3,300 in every column, round 723)."""
    errors: dict[tuple[int, ...], Decimal] = {}
    for signs in _candidate_readings(between, frozenset()):
        error = _error(start, between, end, signs)
        if error is not None and error <= tolerance and signs not in errors:
            errors[signs] = error
    if not errors:
        return []
    least = min(errors.values())
    return [signs for signs, error in errors.items() if error == least]


def _candidate_readings(between: Sequence[LineItem], fixed: frozenset[int]) -> list[tuple[int, ...]]:
    """The readings to try, in order of how releases are usually printed: every line added as printed; lines
    whose words say expense subtracted; then, for short runs, every other combination."""
    printed = tuple(-1 if i in fixed else 1 for i in range(len(between)))
    worded = tuple(-1 if i in fixed or reads_as_expense(item.label) else 1 for i, item in enumerate(between))
    candidates: list[tuple[int, ...]] = [printed, worded]
    free = [i for i in range(len(between)) if i not in fixed]
    if len(free) <= _MAX_SEARCHED_LINES:
        for combo in itertools.product((1, -1), repeat=len(free)):
            reading = list(printed)
            for position, sign in zip(free, combo, strict=True):
                reading[position] = sign
            candidates.append(tuple(reading))
    return candidates


def _error(start: LineItem, between: Sequence[LineItem], end: LineItem, signs: tuple[int, ...]) -> Decimal | None:
    """The largest miss, over the columns, of start + signed lines against end; None with no column."""
    worst: Decimal | None = None
    for column, (first, last) in enumerate(zip(start.values, end.values, strict=True)):
        if first is None or last is None:
            continue
        total = first + sum(
            (sign * (item.values[column] or Decimal(0)) for sign, item in zip(signs, between, strict=True)),
            Decimal(0),
        )
        miss = abs(total - last)
        worst = miss if worst is None else max(worst, miss)
    return worst
