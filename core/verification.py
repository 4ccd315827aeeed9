"""Which checks vouch for each fact, and which speak against it.

A fact is one line item in one period. It is `verified` when it took part in at least one check and
every check it took part in passed; `failed` when any of them failed; `unchecked` when none involved it
(a line no total, identity or sentence of the release speaks of). A failed fact is one the reader cannot
vouch for: `python -m core facts` holds it back unless asked, and the dashboard marks it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from core.model import CheckResult, Release

Status = Literal["verified", "failed", "unchecked"]


@dataclass(frozen=True, slots=True)
class FactChecks:
    """The checks one fact took part in, by outcome."""

    passed: tuple[CheckResult, ...] = ()
    failed: tuple[CheckResult, ...] = ()

    @property
    def status(self) -> Status:
        """A failed check blames each of its figures unless another check clears that figure: a passing
        check of the same strength (one that tests magnitude clears a failure of magnitude, one that tests
        the period a failure of period; any passing check clears a failure of structure). "Net income" that
        agrees with basic EPS x shares is not to blame when diluted EPS (computed on an adjusted
        numerator) misses it."""
        if any(not _cleared(failure, self.passed) for failure in self.failed):
            return "failed"
        return "verified" if self.passed else "unchecked"

    def describe(self) -> str:
        """"footing: pass; EPS basic: FAIL" in the order the checks ran (each named once)."""
        names: dict[str, str] = {}
        for check in (*self.passed, *self.failed):
            outcome = "pass" if check.passed else "FAIL"
            if names.get(check.name) != "FAIL":
                names[check.name] = outcome
        return "; ".join(f"{name}: {outcome}" for name, outcome in names.items())


UNCHECKED = FactChecks()


Strength = Literal["magnitude", "period", "structure"]


def strength(check: CheckResult) -> Strength:
    """What a check can see. EPS x shares and the narrative's figures test a figure's size (its scale);
    the cash flow's starting net result tests which period a column is; footing and the result chain add
    lines of one scale and one period and pass whatever those are."""
    if check.name.startswith(("EPS", "prose")):
        return "magnitude"
    if check.name.startswith("cash flow starts"):
        return "period"
    return "structure"


def _cleared(failure: CheckResult, passed: tuple[CheckResult, ...]) -> bool:
    kind = strength(failure)
    if kind == "structure":
        return bool(passed)
    return any(strength(check) == kind for check in passed)


def fact_checks(release: Release) -> dict[tuple[int, str], FactChecks]:
    """For each (first source line, period key) some check involved, the checks that did."""
    passed: dict[tuple[int, str], list[CheckResult]] = defaultdict(list)
    failed: dict[tuple[int, str], list[CheckResult]] = defaultdict(list)
    for check in release.checks:
        for line in check.lines:
            (passed if check.passed else failed)[(line, check.period)].append(check)
    keys = passed.keys() | failed.keys()
    return {key: FactChecks(tuple(passed.get(key, ())), tuple(failed.get(key, ()))) for key in keys}
