"""Shared fixtures: the bundled reference release parsed once per session, a release library per test, and
a count of the parses the pages ask for."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings

import core
from core.facts import write_facts_csv
from core.model import Release

FIXTURES = Path(__file__).parent / "fixtures"
# Releases the browser reviews (UI-41 and after) keep coming back to, named once for the tests of every page.
ANTERO = FIXTURES / "ui" / "oil_gas_commodity_derivative_gains_in_revenue_antero_q1_2020.htm"
# Forian's third quarter of 2024 prints no cash flow for the quarter alone: its nine months used 1,467,084 in
# operations (163,009 a month), its quarter lost 204,907 (68,302 a month).
FORIAN = FIXTURES / "ui" / "software_convertible_notes_due_within_a_year_forian_q3_2024.txt"
# GeoVax's third quarter of 2024 prints its loss per share, (0.91) and (4.75) for the quarters, (4.52) and (10.42) for
# the nine months, but no weighted-average share count; its balance sheet ends "Common shares outstanding 8,609,308
# / 1,977,152" (Sep 30, 2024 and Dec 31, 2023).
GEOVAX = FIXTURES / "text" / "geovax-labs_q3-2024_markdown.txt"
CREE = FIXTURES / "html" / "cree_q3-fy2020.htm"
AZZ = FIXTURES / "html" / "azz_q4-fy2020.htm"
HASBRO = FIXTURES / "gold" / "hasbro_q1-2020_html.htm"
# The shared corpus's files the page reviews read, by their corpus names, each as copied into the fixtures byte for
# byte: tests never read ../shared, which a user's clone has none of (tests that did had skipped there unseen).
CORPUS_COPIES: dict[str, Path] = {
    "alkermes-plc_q1-2020_html.htm": FIXTURES / "html" / "alkermes-plc_q1-2020.htm",
    "apple-computer_q3-fy2004_edgar-submission.txt": FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt",
    "capstead-mortgage_q1-2020_html.htm": FIXTURES / "html" / "capstead-mortgage_q1-2020.htm",
    "horizon-bancorp_q1-2020_html.htm": FIXTURES / "html" / "horizon-bancorp_q1-2020.htm",
    "oracle_q4-fy2022_edgar-submission.txt": FIXTURES / "edgar" / "oracle_q4-fy2022.txt",
    "oshkosh_q2-fy2020_html.htm": FIXTURES / "html" / "oshkosh_q2-fy2020.htm",
    "timberland-bancorp_q2-fy2020_html.htm":
        FIXTURES / "ui" / "bank_timberland_q2_fy2020_loan_tables_before_the_statements.htm",
}


@cache
def corpus_release(name: str) -> Release:
    """A corpus release from its copy in the fixtures, parsed under its corpus name as the reviews uploaded it."""
    return core.parse_release(CORPUS_COPIES[name].read_bytes(), name)


@cache
def read_fixture(path: Path) -> Release:
    """A fixture release parsed once per test process: many tests read the same release for different figures."""
    return core.parse_release(path.read_bytes(), path.name)


def printed_facts(path: Path) -> dict[tuple[str, str, str, str], Decimal]:
    """The facts `python -m core facts` prints for a fixture, by statement, concept, period end and months: what a
    user of the command gets, failed facts held back."""
    out = io.StringIO()
    write_facts_csv(core.parse_release(path.read_bytes(), path.name), out)
    return {(r["statement"], r["concept"], r["period_end"], r["months"]): Decimal(r["value"])
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}

def concept_facts(release: Release) -> dict[tuple[str, str, int], Decimal]:
    """The release's facts by concept, period end and months (lines with a concept only), as tests of one
    statement's figures name them."""
    frame = core.facts_frame(release)
    columns = zip(frame["concept"], frame["period_end"], frame["months"], frame["value"], strict=True)
    return {(str(concept), str(end)[:10], int(months)): Decimal(str(value))
            for concept, end, months, value in columns if concept}


# CI replays the same examples every run, so a landing never depends on the draw; a developer's runs draw
# new ones (and hypothesis keeps any failure it finds in its database to replay first).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def library_in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test's release library is its own file under tmp_path: no test touches the user's home."""
    path = tmp_path / "library" / "library.sqlite3"
    monkeypatch.setenv("RELEASE_LENS_LIBRARY", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    return path


@pytest.fixture(scope="session")
def allos() -> core.Release:
    name, data = core.load_sample()
    return core.parse_release(data, name)


@pytest.fixture(scope="session")
def operations(allos: core.Release) -> core.Statement:
    """The reference release's statement of operations."""
    statement = allos.statement("operations")
    assert statement is not None
    return statement


@pytest.fixture(scope="session")
def balance(allos: core.Release) -> core.Statement:
    """The reference release's balance sheet."""
    statement = allos.statement("balance")
    assert statement is not None
    return statement


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Count real parses: the cache is emptied first, so a repeat must come from st.cache_data. The page
    parses an upload in a child process under a budget (core.budget) and the bundled sample in its own
    process: either call is counted, once."""
    from pages._session import parse_cached

    parse_cached.clear()
    calls: list[str] = []
    budgeted, direct = core.parse_within_budget, core.parse_release
    inside: list[bool] = []

    def counting_budgeted(data: bytes, name: str, exhibit: str | None = None) -> Release:
        calls.append(name)
        inside.append(True)
        try:
            return budgeted(data, name, exhibit)
        finally:
            inside.pop()

    def counting_direct(data: bytes | str, name: str = "release.txt", exhibit: str | None = None) -> Release:
        if not inside:
            calls.append(name)
        return direct(data, name, exhibit)

    monkeypatch.setattr(core, "parse_within_budget", counting_budgeted)
    monkeypatch.setattr(core, "parse_release", counting_direct)
    yield calls
    parse_cached.clear()
