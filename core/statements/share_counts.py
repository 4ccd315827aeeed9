"""A share count printed once beside a basic and a diluted EPS, or one EPS beside both counts: whose it is,
by the arithmetic.

Older statements print one "Weighted average common shares outstanding" line. Where basic and diluted EPS
are one figure, it serves both; where they differ, it is the count of only one of them, and giving it to
both prints the other count wrong (a diluted count that is the basic one) with a passing check beside it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal

from core.model import LineItem, first_index
from core.statements.to_common import results_divided
from core.statements.units import EPS_ROUNDING


def one_count_for_two_eps(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """The line that claims both share counts keeps the one whose EPS it divides the net result into,
    where basic and diluted EPS differ in some column and exactly one of them comes back to the net
    result with it. Otherwise it keeps what its words say. `items` are scaled (dollars, shares)."""
    shared = [i for i, item in enumerate(items) if {"shares_basic", "shares_diluted"} <= set(item.concepts)]
    basic, diluted = first_index(items, "eps_basic"), first_index(items, "eps_diluted")
    results = results_divided(items)
    if len(shared) != 1 or basic is None or diluted is None or basic == diluted or not results:
        return items
    if all(b == d for b, d in zip(items[basic].values, items[diluted].values, strict=True)
           if b is not None and d is not None):
        return items
    count = items[shared[0]]
    kept = _kept_by_the_first_result(results, lambda net: [
        concept for concept, eps in (("shares_basic", items[basic]), ("shares_diluted", items[diluted]))
        if gives_the_eps(net, count, eps, scale)])
    return _keeping_one_claim(items, shared[0], ("shares_basic", "shares_diluted"), kept)


def one_eps_for_two_counts(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """The line that claims both EPS ("Earnings per share: / Net income  $0.42" over a basic and a diluted
    count) keeps the basis whose count divides the net result into it, where exactly one does in every
    column and the other fails in some (round UI-12: $0.42 was the basic figure, 7,654 / 18,402; the diluted
    count gives $0.41, and the card had shown $0.42 as the diluted EPS, verified). Otherwise both stay, as
    the words say. `items` are scaled (dollars, shares)."""
    shared = [i for i, item in enumerate(items) if {"eps_basic", "eps_diluted"} <= set(item.concepts)]
    basic, diluted = first_index(items, "shares_basic"), first_index(items, "shares_diluted")
    results = results_divided(items)
    if len(shared) != 1 or basic is None or diluted is None or basic == diluted or not results:
        return items
    eps = items[shared[0]]
    if _A_BASIS.search(f"{eps.section} {eps.label}"):
        return items  # "Earnings per common share - basic and diluted": the words say both
    kept = _kept_by_the_first_result(results, lambda net: [
        concept for concept, count in (("eps_basic", items[basic]), ("eps_diluted", items[diluted]))
        if gives_the_eps(net, count, eps, scale)])
    return _keeping_one_claim(items, shared[0], ("eps_basic", "eps_diluted"), kept)


def _kept_by_the_first_result(results: tuple[LineItem, ...], kept_by: Callable[[LineItem], list[str]]
                              ) -> list[str]:
    """The concepts the first of `results` keeps that keeps any: the printed result, then the one less the
    preferred dividends printed between it and the EPS (round 595, core.statements.to_common)."""
    return next((kept for net in results if (kept := kept_by(net))), [])


# Words naming a basis: "basic", "diluted", "assuming dilution".
_A_BASIS = re.compile(r"\bbasic\b|\bdiluted\b|\bdilution\b", re.IGNORECASE)


def _keeping_one_claim(items: tuple[LineItem, ...], at: int, pair: tuple[str, str], kept: list[str]
                       ) -> tuple[LineItem, ...]:
    """The items with the line at `at`, which claims both concepts of `pair`, keeping only the one the
    arithmetic `kept`; unchanged where it kept none or both."""
    if len(kept) != 1:
        return items
    line = items[at]
    concepts = tuple(c for c in line.concepts if c not in pair) + tuple(kept)
    return (*items[:at], dataclasses.replace(line, concepts=concepts), *items[at + 1 :])


def gives_the_eps(result: LineItem, count: LineItem, eps: LineItem, scale: int) -> bool:
    """Whether the result over the count is the EPS, to its rounding, in every column printing all three."""
    columns = [(n, s, e) for n, s, e in zip(result.values, count.values, eps.values, strict=True)
               if n is not None and s is not None and e is not None and s != 0]
    return bool(columns) and all(abs(e * s - n) <= EPS_ROUNDING * abs(s) + Decimal(scale) / 2 for n, s, e in columns)


# The scales a count of shares is printed in: units, thousands, millions.
_SHARE_FACTORS = (1, 1_000, 1_000_000)


def dilutive_effect(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """A line between the basic and the diluted share counts that the basic count plus it makes the diluted
    one ("Effect of common share options and other stock awards   10,692" between 922,941 and 933,634, the
    "(000)" printed on the counts only) is a count of shares, whatever its words: read as an amount it took
    the table's millions. The arithmetic gives its scale. `items` are scaled (dollars, shares)."""
    basic, diluted = first_index(items, "shares_basic"), first_index(items, "shares_diluted")
    if basic is None or diluted is None or not basic < diluted - 1:
        return items
    result = list(items)
    for index in range(basic + 1, diluted):
        item = items[index]
        if item.concepts or item.kind not in ("amount", "per_share"):
            continue  # (under a heading of per-share words alone, "Per common share", it was read unscaled)
        unit = scale if item.kind == "amount" else 1
        columns = [(b, v / unit, d) for b, v, d in zip(items[basic].values, item.values,
                                                         items[diluted].values, strict=True)
                   if b is not None and v is not None and d is not None]
        # each count rounded to its last printed digit: the three may miss by one of it
        factor = next((f for f in _SHARE_FACTORS
                       if columns and all(abs(b + v * f - d) <= f for b, v, d in columns)), None)
        if factor is not None and any(v for _, v, _ in columns):
            result[index] = dataclasses.replace(item, kind="shares", values=tuple(
                None if v is None else v / unit * factor for v in item.values))
    return tuple(result)


def bare_eps_after_the_result(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """"Net income  $16,515" / "Basic  $0.48" / "Diluted  $0.47", no heading: the lines right after the net result
    are its EPS where its basic and diluted counts divide it into them, column by column (round 365: a figure a
    share with no concept, the EPS lost). Only where no other line is the EPS; else the words leave them be.
    `items` are scaled (dollars, shares)."""
    net = first_index(items, "net_income")
    basic, diluted = first_index(items, "shares_basic"), first_index(items, "shares_diluted")
    if net is None or first_index(items, "eps_basic") is not None or first_index(items, "eps_diluted") is not None:
        return items
    found: dict[int, str] = {}
    for offset, (basis, count) in enumerate((("eps_basic", basic), ("eps_diluted", diluted)), start=1):
        at = net + offset
        if at >= len(items) or count is None:
            break
        line = items[at]
        if line.concepts or line.kind != "per_share" or line.label.strip().lower() != basis.split("_")[1]:
            break
        if not gives_the_eps(items[net], items[count], line, scale):
            break
        found[at] = basis
    if not found:
        return items
    return tuple(dataclasses.replace(item, concepts=(found[index],)) if index in found else item
                 for index, item in enumerate(items))
