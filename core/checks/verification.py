"""Which checks vouch for each fact, and which speak against it.

A fact is one line item in one period. It is `verified` when it took part in at least one check and
every check it took part in passed; `failed` when any of them failed; `unchecked` when none involved it
(a line no total, identity or sentence of the release speaks of). A failed fact is one the reader cannot
vouch for: `python -m core facts` holds it back unless asked, and the dashboard marks it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from core.checks.scale_doubt import (
    SCALE_CHECK,
    amounts_of,
    money_scale_off,
    scaled_alike,
    statement_of,
    under_the_same_note,
)
from core.model import CheckResult, ItemRef, LineItem, Period, Release, SourceSpan, Statement

Status = Literal["verified", "failed", "unchecked"]


@dataclass(frozen=True, slots=True)
class FactChecks:
    """The checks one fact took part in, by outcome."""

    passed: tuple[CheckResult, ...] = ()
    failed: tuple[CheckResult, ...] = ()
    # Failures no pass clears: the chain failures of the fact's statement in its period, where two or more
    # broke; a narrative figure that finds the statement's scale off (`scale_doubt`), in every period.
    broken: tuple[CheckResult, ...] = ()
    # The line item the fact is of, by its first source line and label (`CheckResult.items`): whether a failed
    # identity blames it as the very total it checks (`_checks_it_as_its_total`).
    item: ItemRef | None = None
    # Failures of an identity that breaks in this period alone (`_broken_in_one_period`): their gap may be one
    # figure's error, and only a passing check finer than it clears a figure of them (`_finer_than_its_gap`).
    alone: tuple[CheckResult, ...] = ()

    @property
    def status(self) -> Status:
        """A failed check blames each of its figures unless another check clears that figure: a passing
        check of the same strength (one that tests magnitude clears a failure of magnitude, one that tests
        the period a failure of period; any passing check clears a failure of structure). "Net income" that
        agrees with basic EPS x shares is not to blame when diluted EPS (computed on an adjusted
        numerator) misses it."""
        if self.broken or any(not _cleared(failure, self.passed, self.item, failure in self.alone)
                              for failure in self.failed):
            return "failed"
        return "verified" if self.passed else "unchecked"

    def describe(self) -> str:
        """"footing: pass; EPS basic: FAIL" in the order the checks ran (each named once)."""
        names: dict[str, str] = {}
        for check in (*self.passed, *self.failed, *self.broken):
            outcome = "pass" if check.passed else "FAIL"
            if names.get(check.name) != "FAIL":
                names[check.name] = outcome
        return "; ".join(f"{name}: {outcome}" for name, outcome in names.items())


UNCHECKED = FactChecks()


Strength = Literal["sign", "magnitude", "period", "structure"]


def strength(check: CheckResult) -> Strength:
    """What a check can see. EPS x shares and the narrative's figures test a figure's size (its scale);
    the cash flow's starting net result tests which period a column is; footing and the result chain add
    lines of one scale and one period and pass whatever those are. A check that finds the figure it
    expects with the other sign (the narrative's "net loss of $9.0 million", or revenue less expenses,
    beside an operating result of 9.0 printed in red) fails on the sign, which neither EPS x shares nor
    footing sees (both pass with the signs turned): only the narrative's agreeing figure clears it."""
    if not check.passed and check.found and (check.expected < 0) != (check.found < 0) and (
            abs(check.expected + check.found) <= check.tolerance):
        return "sign"
    if check.name.startswith(("cash flow starts", "prose period", "assets = liabilities + equity across")):
        return "period"
    if check.name.startswith(("EPS", "prose")):
        return "magnitude"
    return "structure"


def _cleared(failure: CheckResult, passed: tuple[CheckResult, ...], item: ItemRef | None = None,
             alone: bool = False) -> bool:
    if alone:
        passed = tuple(check for check in passed if _finer_than_its_gap(check, failure))
    if _checks_it_as_its_total(failure, item):
        return any(check.name != "footing" for check in passed)
    kind = strength(failure)
    if kind == "structure":
        return any(not _adds_it_beside_its_parts(check, failure) for check in passed)
    if kind == "sign":
        return any(check.name.startswith("prose") for check in passed)
    return any(strength(check) == kind for check in passed)


def _finer_than_its_gap(check: CheckResult, failure: CheckResult) -> bool:
    """Whether a passing check could have seen the failure's gap: its tolerance is smaller than what the failure
    finds wrong. A check that would pass with the figure off by more than that says nothing of it (round 725: a
    net income printed 5,330 against the pre-tax result less the tax of 5,303 had been cleared by EPS x shares,
    whose rounding allows +-121,550, and the right tax held back in its place). Asked only of an identity that
    breaks in one period alone (`_broken_in_one_period`), whose gap may be one figure's error."""
    return check.tolerance < abs(failure.expected - failure.found)


def _broken_in_one_period(release: Release) -> set[CheckResult]:
    """The failures of an identity (its name and lines) that holds in every other period it was checked in: a
    figure printed wrong breaks the identity of its own column. Where it breaks in several, the lines as read do
    not make it (a line whose figures went unplaced, left out of the sum), its gap measures no figure, and a
    coarser check still clears one (a layout fixture's net loss, agreeing with EPS x shares and the narrative,
    beside an "Other, net" whose figures no column took)."""
    failures: dict[tuple[str, str, tuple[ItemRef, ...]], list[CheckResult]] = defaultdict(list)
    for check in release.checks:
        if not check.passed:
            failures[(check.name, check.statement, check.items)].append(check)
    return {found[0] for found in failures.values() if len({check.period for check in found}) == 1}


def _adds_it_beside_its_parts(check: CheckResult, failure: CheckResult) -> bool:
    """Whether a passing sum adds every figure of a failed identity (not a footing, whose grouping a wider
    footing may correct) and more: the fact the identity compares counted beside the very parts it should be
    the sum of. Both cannot hold, and the pass vouches for nothing: a cash flow whose net change took the
    beginning cash's figures (its own swallowed by a wrapped label) foots to the ending cash as operating +
    investing + financing + "net change" (round 650: printed as verified while the identity named the right
    figure)."""
    return failure.name != "footing" and len(failure.items) >= 3 and set(failure.items) < set(check.items)


# Identities comparing one printed total with another, the last line they name being the total they check
# (core.checks.identities.balance_identity: the total liabilities and equity against the total assets).
_CHECKS_A_TOTAL = frozenset({"assets = liabilities + equity"})


def _checks_it_as_its_total(failure: CheckResult, item: ItemRef | None) -> bool:
    """Whether a failed identity blames the fact's line as the total it checks: the line is not the total it is
    named, and only a check that takes it as that total can vouch for it (another identity, a sentence of the
    release). A footing cannot: it says what the line adds up, never which total that is, and a sum of the
    liability lines foots as well named the total liabilities and equity as the total liabilities (round 707: a
    bank's liabilities, named for the heading "Liabilities and Stockholders' Equity", had been printed as
    verified by their own footing while the balance identity failed on them)."""
    return (item is not None and not failure.passed and failure.name in _CHECKS_A_TOTAL and bool(failure.items)
            and failure.items[-1] == item)


# The identities down a statement from revenue to the net result: where two of them fail in one period,
# the statement was not read as printed (figures paired with the wrong labels), and no other check of it
# vouches for a figure of that period.
_CHAIN = frozenset({"gross profit", "operating result", "income before taxes", "result", "net result"})


# A fact as the checks see it: its line item's first source line and label, and its period's key.
FactKey = tuple[int, str, str]


def fact_key(item: LineItem, period: Period) -> FactKey:
    return item.span.first, item.label, period.key


def fact_checks(release: Release) -> dict[FactKey, FactChecks]:
    """For each fact some check involved, the checks that did; every line of a statement whose result
    chain broke in a period counts that period's chain failures as its own, and every figure of a statement
    whose scale a narrative figure finds off, or read by the same unit note, counts that failure as its own
    in every period (round 656). A fact is keyed by its item, not its line alone: on a statement flattened
    onto one line, a footing of the expenses that passes would otherwise clear the failed result chain that
    blames the tax line beside them."""
    passed: dict[FactKey, list[CheckResult]] = defaultdict(list)
    failed: dict[FactKey, list[CheckResult]] = defaultdict(list)
    for check in release.checks:
        for line, label in check.items:
            (passed if check.passed else failed)[(line, label, check.period)].append(check)
    broken: dict[FactKey, list[CheckResult]] = defaultdict(list)
    # (the failed links alone are matched to their statements: all checks against all statements had been the
    # cost of a scrape of two thousand statements, 4 s of its 7: issue 12)
    chain_failures = [check for check in release.checks if check.name in _CHAIN and not check.passed]
    for statement in release.statements if chain_failures else ():
        chain: dict[str, list[CheckResult]] = defaultdict(list)
        for check in chain_failures:
            if (check.statement == statement.kind
                    and statement.span.first <= check.span.first <= statement.span.last):
                chain[check.period].append(check)
        for period, failures in chain.items():
            if len({check.name for check in failures}) >= 2:
                for item in statement.items:
                    broken[(item.span.first, item.label, period)] = failures
    for check in release.checks:
        for statement, items in _scale_doubted(check, release.statements):
            for item in items:
                for column in statement.periods:
                    key = (item.span.first, item.label, column.key)
                    broken[key] = [*broken[key], check]
    for key, failures in _sign_doubts_carried(release, passed).items():
        failed[key].extend(failures)
    alone = _broken_in_one_period(release)
    for key, failure in _blamed_where_all_were_cleared(release, passed, alone):
        broken[key] = [*broken.get(key, ()), failure]
    keys = passed.keys() | failed.keys() | broken.keys()
    return {key: FactChecks(tuple(passed.get(key, ())), tuple(failed.get(key, ())), tuple(broken.get(key, ())),
                            item=(key[0], key[1]),
                            alone=tuple(check for check in failed.get(key, ()) if check in alone)) for key in keys}


def _sign_doubts_carried(release: Release, passed: dict[FactKey, list[CheckResult]]
                         ) -> dict[FactKey, list[CheckResult]]:
    """A check that finds its figure with the other sign blames its figures (`strength`), and the figures tied
    to them only by passing checks that cannot see a sign share the doubt: the net result equal to the income
    before taxes beside a nil tax, the EPS whose product with the shares is that net result (both pass with
    every sign turned). Each such fact counts the failure as its own, cleared only as a failure of sign is, by
    an agreeing sentence of the release (round 722: a pre-tax loss printed in red without parentheses, read as a
    profit, had its net result and EPS printed as verified). Share counts carry no sign and share no doubt."""
    values = _figures(release)
    carried: dict[FactKey, list[CheckResult]] = defaultdict(list)
    for failure in release.checks:
        if failure.passed or strength(failure) != "sign":
            continue
        reached = set(failure.items)
        frontier = list(reached)
        while frontier:
            line, label = frontier.pop()
            for check in passed.get((line, label, failure.period), ()):
                if not _blind_to_one_sign(check, values):
                    continue
                for ref in check.items:
                    if ref not in reached and _signed(values.get((*ref, failure.period))):
                        reached.add(ref)
                        frontier.append(ref)
        for ref in reached.difference(failure.items):
            carried[(*ref, failure.period)].append(failure)
    return carried


def _blamed_where_all_were_cleared(release: Release, passed: dict[FactKey, list[CheckResult]],
                                   alone: set[CheckResult]) -> list[tuple[FactKey, CheckResult]]:
    """A failed identity blames a total among its figures that only its own footing vouches for, where a passing
    check clears every one of them (a footing says what a line adds up, never that it is the whole the identity
    takes it for). With no such total the failure blames nothing more: the identity, not a figure, is in doubt
    (round 726's statement of profit and OCI, whose result chain had summed the profit and its OCI lines to the
    owners' share, every figure right and vouched for by checks of its own). Round 725: a "Total operating
    expenses" adding up two of the three expenses above it footed, the gross profit and operating income passed
    their own links, and the failed operating result had held back nothing, the partial total printed as
    verified."""
    blamed: list[tuple[FactKey, CheckResult]] = []
    for failure in release.checks:
        if failure.passed or not failure.items or failure.name == "footing" or strength(failure) != "structure":
            continue
        keys = [(line, label, failure.period) for line, label in failure.items]
        if any(not _cleared(failure, tuple(passed.get(key, ())), key[:2], failure in alone) for key in keys):
            continue
        blamed += [(key, failure) for key in keys if _a_total_its_footing_alone_vouches_for(key, passed)]
    return blamed


def _a_total_its_footing_alone_vouches_for(key: FactKey, passed: dict[FactKey, list[CheckResult]]) -> bool:
    """Whether every passing check of the fact is a footing whose total it is (a footing names its total last)."""
    checks = passed.get(key, ())
    return bool(checks) and all(check.name == "footing" and check.items[-1] == key[:2] for check in checks)


# A fact's kind and value as printed (`_figures`), None where its column is blank.
Figure = tuple[str, Decimal | None]


def _figures(release: Release) -> dict[FactKey, Figure]:
    return {(item.span.first, item.label, column.key): (item.kind, value) for statement in release.statements
            for item in statement.items for column, value in zip(statement.periods, item.values, strict=False)}


def _signed(figure: Figure | None) -> bool:
    """An amount or a figure per share other than nil: what has a sign to be wrong (a share count or a nil has
    none)."""
    return figure is not None and figure[0] in ("amount", "per_share") and bool(figure[1])


def _blind_to_one_sign(check: CheckResult, values: dict[FactKey, Figure]) -> bool:
    """Whether a passing check would pass as well with the sign of all its figures turned, and so says nothing
    of it: EPS x shares, and an identity of two figures beside nils (the net result less a nil tax)."""
    if check.name.startswith("EPS"):
        return True
    figures = [values.get((line, label, check.period)) for line, label in check.items]
    return len(figures) >= 2 and sum(1 for figure in figures if figure is None or figure[1]) <= 2


def _scale_doubted(check: CheckResult, statements: Sequence[Statement]
                   ) -> list[tuple[Statement, tuple[LineItem, ...]]]:
    """The statements and lines whose scale a failed check puts in doubt in every period: a narrative figure a
    scale off, every figure it scales of its statement and those under the same note; an EPS x shares that is
    the net result of a statement read without a unit note times 1,000 or 1,000,000, its every amount."""
    doubted = None if check.passed else statement_of(check, statements)
    if doubted is None:
        return []
    if check.name.startswith(SCALE_CHECK):
        return [(statement, scaled_alike(statement, check)) for statement in under_the_same_note(doubted, statements)]
    return [(doubted, amounts_of(doubted))] if money_scale_off(check, doubted) is not None else []


def doubts(release: Release, spans: Iterable[SourceSpan], periods: Iterable[str] | None = None
           ) -> tuple[CheckResult, ...]:
    """The failed checks that blame a figure printed on these lines (in these periods, by key, where
    given): why a card or a bar drawn from them cannot be shown as sure. Empty when the checks vouch for
    them or never spoke of them."""
    lines = {n for span in spans for n in range(span.first, span.last + 1)}
    wanted = None if periods is None else set(periods)
    found: dict[int, CheckResult] = {}
    for (line, _, period), checks in fact_checks(release).items():
        if line in lines and (wanted is None or period in wanted) and checks.status == "failed":
            for check in (*checks.failed, *checks.broken):
                found.setdefault(id(check), check)
    return tuple(sorted(found.values(), key=lambda check: (check.period, check.name, check.span.first)))


def unchecked(release: Release, spans: Iterable[SourceSpan]) -> bool:
    """Whether no check of the release speaks of a figure printed on these lines: no total adds them,
    no identity or sentence compares them. Such a figure is shown as printed, marked as not checked."""
    lines = {n for span in spans for n in range(span.first, span.last + 1)}
    return bool(lines) and not any(line in lines for check in release.checks for line in check.lines)


def figure_status(release: Release, spans: Iterable[SourceSpan], periods: Iterable[str] | None = None) -> str:
    """What the checks say of a figure read or worked out from these lines, one rule for every page: "failed"
    where a failed check (of these periods, where given) blames a line it comes from, "unchecked" where any one
    of its inputs is printed on lines no check speaks of, "" where the checks vouch for every input. A ratio is
    only as sure as its least sure input (UI-58: Southern's net margin, of a revenue no check speaks of, had
    shown unmarked beside its revenue's "$3.15B \u2020", `unchecked` answering for the inputs together)."""
    spans = tuple(spans)
    if not spans:
        return ""
    if doubts(release, spans, periods):
        return "failed"
    return "unchecked" if any(unchecked(release, (span,)) for span in spans) else ""


def describe_doubt(check: CheckResult) -> str:
    """One sentence a reader can act on: "EPS diluted (3M 2020-03-31) failed: expected 66,970,310, found
    65,437,000 (lines 151-158)", and which figure that puts in doubt and why where the check can tell
    (`CheckResult.doubt`): the numbers alone leave the reader to work out what is wrong."""
    said = (f"{check.name} ({check.period}) failed: expected {check.expected:,.0f}, found {check.found:,.0f} "
            f"({check.span})" if abs(check.found) >= 10 else
            f"{check.name} ({check.period}) failed: expected {check.expected:,.4f}, found {check.found:,.4f} "
            f"({check.span})")
    return f"{said}; {check.doubt}" if check.doubt else said
