"""Fuzzing for bounded work (issue 12): fixtures with one line made wide, repeated or nested thousands of
times. Whatever comes back (a release or a refusal), the work each stage counted (core.work) stays within
a few steps per input byte, which a quadratic stage breaks as soon as the input is large; and each input
runs under a budget (core.budget), so a stage that hangs fails the example instead of the run.

The budget is a watchdog, not a timing: RELEASE_LENS_FUZZ_SECONDS (default 60) is thirty times what the
slowest input the caps allow takes (bench/bench_hostile.py), so only a hang reaches it.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import core
from core.budget import Budget, BudgetExceeded, budget_in_this_process
from core.errors import ReleaseParseError
from core.work import reset_work
from tests.fuzz.mutations import GROWTHS, WINDOW, grow, seeds
from tests.model_invariants import assert_consistent

SEEDS = seeds()
EXAMPLES = int(os.environ.get("RELEASE_LENS_FUZZ_EXAMPLES", "200")) // 4 or 1
SECONDS = int(os.environ.get("RELEASE_LENS_FUZZ_SECONDS", "60"))
# Steps a stage may count per input byte: every counted stage is linear with a constant of 2 or less.
STEPS_PER_BYTE = 4


@st.composite
def grown(draw: st.DrawFn) -> tuple[str, bytes, str]:
    name, data = draw(st.sampled_from(SEEDS))
    data = data[:WINDOW]
    kind = draw(st.sampled_from(GROWTHS))
    factor = draw(st.sampled_from([2, 10, 100, 1_000, 5_000]))
    return name, grow(data, kind, draw(st.integers(0, max(0, len(data) - 1))), factor), kind


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(grown())
def test_grown_fixtures_are_read_or_refused_with_linear_work(case: tuple[str, bytes, str]) -> None:
    name, data, kind = case
    reset_work()
    try:
        with budget_in_this_process(Budget(seconds=SECONDS), name):
            release = core.parse_release(data, name)
    except BudgetExceeded as error:
        raise AssertionError(f"{kind}: {error}") from None
    except ReleaseParseError:
        release = None
    steps = reset_work()
    assert all(count <= STEPS_PER_BYTE * len(data) + 1_000 for count in steps.values()), (kind, len(data), steps)
    if release is not None:
        assert_consistent(release)
