"""Fuzzing core.parse_release with damaged corpus fixtures (hypothesis): whatever the bytes, the only
exception that may escape is ReleaseParseError, and a release that comes back keeps the model's promises
(tests/model_invariants.py).

Bounded for CI: RELEASE_LENS_FUZZ_EXAMPLES examples (default 200, about 20 s); run longer locally with
`RELEASE_LENS_FUZZ_EXAMPLES=5000 pytest tests/fuzz -p no:cacheprovider`. A crash hypothesis finds is
shrunk and printed; save the bytes under tests/fixtures/hostile/fuzz/ and every later run replays them.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import core
from core.errors import ReleaseParseError
from tests.fuzz.mutations import SNIPPETS, WINDOW, seeds
from tests.model_invariants import assert_consistent

SEEDS = seeds()
EXAMPLES = int(os.environ.get("RELEASE_LENS_FUZZ_EXAMPLES", "200"))


def parse_or_refuse(data: bytes, name: str) -> None:
    try:
        release = core.parse_release(data, name)
    except ReleaseParseError:
        return
    assert_consistent(release)


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    name, data = draw(st.sampled_from(SEEDS))
    if len(data) > WINDOW:
        start = draw(st.integers(0, len(data) - WINDOW))
        data = data[start : start + WINDOW]
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        if not buffer:
            break
        at = draw(st.integers(0, len(buffer)))
        kind = draw(st.sampled_from(["delete", "insert", "snippet", "flip", "duplicate", "truncate", "lines"]))
        if kind == "delete":
            del buffer[at : at + draw(st.integers(1, 400))]
        elif kind == "insert":
            buffer[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif kind == "snippet":
            buffer[at:at] = draw(st.sampled_from(SNIPPETS))
        elif kind == "flip" and at < len(buffer):
            buffer[at] = draw(st.integers(0, 255))
        elif kind == "duplicate":
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 2000))]
        elif kind == "truncate":
            del buffer[at:]
        elif kind == "lines":
            lines = bytes(buffer).split(b"\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            buffer = bytearray(b"\n".join(lines))
    return name, bytes(buffer)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(damaged())
def test_damaged_fixtures_parse_or_are_refused(case: tuple[str, bytes]) -> None:
    name, data = case
    parse_or_refuse(data, name)


@settings(max_examples=max(EXAMPLES // 4, 10), deadline=None)
@given(st.binary(max_size=4096), st.sampled_from(["x.txt", "x.htm", "x.pdf"]))
def test_arbitrary_bytes_parse_or_are_refused(data: bytes, name: str) -> None:
    parse_or_refuse(data, name)


@pytest.mark.parametrize(("name", "data"), SEEDS, ids=[name for name, _ in SEEDS])
def test_every_seed_and_regression_parses_or_is_refused(name: str, data: bytes) -> None:
    parse_or_refuse(data, name)
