"""A tally of the steps the reader takes, stage by stage, so tests can show that work grows linearly.

Wall time is too noisy to assert on (the machine is shared), but a count of steps is exact: a test reads
a hostile input at two sizes and checks that the steps of each stage grow no faster than the input. Each
stage adds its steps once per call (a table, a row), never per character, so the tally costs nothing
measurable on a real release.
"""

from __future__ import annotations

from collections import Counter

STEPS: Counter[str] = Counter()


def count_work(stage: str, steps: int) -> None:
    """Add `steps` to the stage's tally (what a step is, each stage says where it counts)."""
    STEPS[stage] += steps


def reset_work() -> Counter[str]:
    """The tally so far, and a fresh start."""
    tally = Counter(STEPS)
    STEPS.clear()
    return tally
