"""Shared fixtures: the bundled reference release, parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import core

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def allos() -> core.Release:
    name, data = core.load_sample()
    return core.parse_release(data, name)
