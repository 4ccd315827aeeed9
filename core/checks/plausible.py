"""Figures a share and counts of shares no reading of a release can have printed: a weighted count below
nothing, or far below the count the net result over the EPS implies, and an EPS of an amount's size where
the net result over the count gives a far smaller figure. These checks only accuse (a plausible figure is
not thereby right, and vouches for nothing), so they hold back a figure the EPS x shares check cannot
reach: one whose net result was not read, or whose count is itself wrong (round 654: a row read a line low
printed "-12,848" as the EPS and "-410" thousand as the share count, no net result beside them)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from core.checks.identities import Divided, result_divided
from core.model import CheckResult, LineItem, Statement

# An EPS past this is an amount's size: a share of a company earning a thousand dollars or more, which a
# release may print (Berkshire Hathaway's Class A) only where its net result over its count says so.
_AMOUNT_A_SHARE = Decimal(1000)
# How far below the count the net result over the EPS implies a printed count may fall, the EPS rounded
# to the cent and taken on a result the statement may not print (to common, one class's): a thousandth is
# a count in the wrong unit or the wrong row, never rounding.
_FEWEST = Decimal("0.001")


def share_counts(statement: Statement, divided: Divided | None = None) -> Iterable[CheckResult]:
    """A weighted count of shares is never negative, and never below a thousandth of the count its net result
    over its EPS implies: where it is, the count is held back, its line named. `divided`: the statement's
    `result_divided`, where the caller found it already."""
    net_item = (divided or result_divided(statement))[0]
    for family in ("basic", "diluted"):
        shares_item, eps_item = statement.item(f"shares_{family}"), statement.item(f"eps_{family}")
        if shares_item is None:
            continue
        for index, period in enumerate(statement.periods):
            count = shares_item.values[index]
            if count is None:
                continue
            least = _least_count(eps_item, net_item, index)
            if count < 0 or count < least:
                yield _failure(statement, f"EPS share count ({family})", period.key, least, count, shares_item,
                               f"{shares_item.label}: a weighted count of shares is at least {least:,.0f}")


def eps_magnitudes(statement: Statement, divided: Divided | None = None) -> Iterable[CheckResult]:
    """An EPS of more than a thousand a share is held back, its line named, unless the net result over a
    plausible count of the period (a positive one) gives more than a thousandth of it: printed beside a
    result over a count that gives cents, or with no result and count to vouch for it, it is an amount read
    as a figure a share. `divided`: the statement's `result_divided`, where the caller found it already."""
    net_item = (divided or result_divided(statement))[0]
    for family in ("basic", "diluted"):
        eps_item = statement.item(f"eps_{family}")
        if eps_item is None:
            continue
        counts = [item for item in (statement.item(f"shares_{family}"), statement.item(
            f"shares_{'diluted' if family == 'basic' else 'basic'}")) if item is not None]
        for index, period in enumerate(statement.periods):
            eps = eps_item.values[index]
            if eps is None or abs(eps) <= _AMOUNT_A_SHARE:
                continue
            given = _result_a_share(net_item, counts, index)
            if given is None or abs(given) < abs(eps) * _FEWEST:
                yield _failure(statement, f"EPS magnitude ({family})", period.key, given or Decimal(0), eps,
                               eps_item, f"{eps_item.label}: the net result over the count gives "
                               + ("nothing to vouch for it" if given is None else f"{given:,.4f} a share"))


def _least_count(eps_item: LineItem | None, net_item: LineItem | None, index: int) -> Decimal:
    """A thousandth of the count the net result over the EPS implies, where both are printed; else nothing."""
    eps = eps_item.values[index] if eps_item is not None else None
    net = net_item.values[index] if net_item is not None else None
    if not eps or net is None:
        return Decimal(0)
    return abs(net / eps) * _FEWEST


def _result_a_share(net_item: LineItem | None, counts: list[LineItem], index: int) -> Decimal | None:
    """The net result over the first positive count of the period, or None where either is missing."""
    net = net_item.values[index] if net_item is not None else None
    count = next((value for item in counts if (value := item.values[index]) is not None and value > 0), None)
    return None if net is None or count is None else net / count


def _failure(statement: Statement, name: str, period: str, expected: Decimal, found: Decimal, item: LineItem,
             detail: str) -> CheckResult:
    return CheckResult(name=name, statement=statement.kind, period=period, expected=expected, found=found,
                       tolerance=Decimal(0), span=item.span, detail=detail, items=((item.span.first, item.label),))
