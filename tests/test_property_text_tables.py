"""Round-trip property tests for plain-text statement tables: render -> parse -> the same values.

Why: plain-text releases (1995-2008) are scarce in the corpus, and each layout habit (headers over three
lines, wrapped labels, `$` in its own column, "--" for zero, hanging parentheses, weeks-based periods)
breaks a fixed-width parser in its own way. `tests/text_renderer/` draws statements with consistent
arithmetic and types them in the styles real releases use; the parser must read back exactly the values
drawn, for every concept drawn, with nothing extra.

The renderer is checked on its own first (`test_renderer_*`), so that a failure of the round trip points
at the parser, not at the rendering."""

from __future__ import annotations

import math
from collections import defaultdict
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings

from tests import text_renderer as tr
from tests.text_renderer import DrawnStatement, Layout, Rendered
from tests.text_renderer.examples_periods import (
    ALLOS_LAYOUT,
    MILLIONS_LAYOUT,
    WEEKS_LAYOUT,
    allos_balance,
    allos_operations,
    millions_annual,
    weeks_retailer,
)
from tests.text_renderer.examples_units import (
    DOLLARS_LAYOUT,
    bank_quarter,
    dollars_balance,
    leap_year_quarter,
    noncontrolling_balance,
    noncontrolling_operations,
    whole_dollars_year_2000,
    wide_centered_dates,
)

ROUND_TRIP = settings(
    max_examples=300,  # many layout classes meet at random; a run stays near 10 s on 2 cores
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

REL_TOL = 1e-9  # the values are exact decimals; the tolerance only absorbs float conversion at the frame

EXAMPLES = {
    "leap_year_quarter": tr.from_statement(leap_year_quarter(), Layout(header="per_column_split", indent=4)),
    "whole_dollars_year_2000": tr.from_statement(
        whole_dollars_year_2000(), Layout(header="per_column", indent=4)
    ),
    "wide_centered_dates": tr.from_statement(
        wide_centered_dates(),
        Layout(
            header="per_column_split", header_align="center", dollar="spaced", col_width=10, gap=1, hang=False
        ),
    ),
    "allos_operations": tr.from_statement(allos_operations(), ALLOS_LAYOUT),
    "allos_balance": tr.from_statement(allos_balance(), ALLOS_LAYOUT),
    "weeks_retailer": tr.from_statement(weeks_retailer(), WEEKS_LAYOUT),
    "millions_annual": tr.from_statement(millions_annual(), MILLIONS_LAYOUT),
    "dollars_balance": tr.from_statement(dollars_balance(), DOLLARS_LAYOUT),
    "bank_quarter": tr.from_statement(
        bank_quarter(), Layout(header="stacked", dollar="column", unit_place="under", indent=2, wrap_width=40)
    ),
    "noncontrolling_operations": tr.from_statement(
        noncontrolling_operations(), Layout(header="merged", unit_place="left", header_case="title", gap=4)
    ),
    "noncontrolling_balance": tr.from_statement(
        noncontrolling_balance(), Layout(header="per_column_split", rules=True, double_rules=True, wrap_width=30)
    ),
}


# --------------------------------------------------------------------------------------------------------
# Comparing the parser's facts with the drawn ones
# --------------------------------------------------------------------------------------------------------


FactKey = tuple[str, str, str, int | None]


def parse_facts(rendered: Rendered) -> pd.DataFrame:
    """The parser's facts frame for the rendered text (imported here so the renderer tests run without it)."""
    from core import facts_frame, parse_release

    release = parse_release(rendered.text.encode("utf-8"), "rendered.txt")
    return facts_frame(release)


def _key(row: pd.Series) -> FactKey:
    months = row["months"]
    return (
        str(row["statement"]),
        str(row["concept"]),
        str(row["period_end"]),
        None if pd.isna(months) else int(months),
    )


def differences(rendered: Rendered, frame: pd.DataFrame) -> list[str]:
    """Every drawn fact must be read once with its value; no other value may carry a drawn concept."""
    drawn = {(f.statement, f.concept) for f in rendered.facts}
    read: dict[FactKey, list[tuple[float, str]]] = defaultdict(list)
    for _, row in frame.iterrows():
        if (row["statement"], row["concept"]) in drawn:
            read[_key(row)].append((float(row["value"]), f"{row['label']!r} line {row['line_first']}"))
    problems: list[str] = []
    for fact in rendered.facts:
        found = read.get(fact.key, [])
        want = float(fact.value)
        if not found:
            problems.append(f"missing  {fact}")
        elif len(found) > 1:
            problems.append(f"twice    {fact}   read {found}")
        elif not math.isclose(found[0][0], want, rel_tol=REL_TOL, abs_tol=1e-9):
            problems.append(f"wrong    {fact}   read {found[0][0]!r} from {found[0][1]}")
    expected_keys = {f.key for f in rendered.facts}
    for key in sorted(read.keys() - expected_keys, key=str):
        for value, where in read[key]:
            period = f"{key[3]}M {key[2]}" if key[3] else key[2]
            problems.append(f"extra    {key[0]:<10} {key[1]:<30} {period:<14} {value!r} from {where}")
    return problems


def failure_report(rendered: Rendered, problems: list[str], frame: pd.DataFrame | None) -> str:
    shown = ""
    if frame is not None and not frame.empty:
        columns = [
            c
            for c in ("statement", "concept", "label", "period_end", "months", "value", "line_first")
            if c in frame.columns
        ]
        shown = frame[columns].to_string(max_colwidth=40)
    return (
        f"\nThe parser did not read back the drawn values ({len(problems)} problems).\n"
        f"--- rendered text ---\n{rendered.numbered()}\n"
        f"--- layout ---\n{rendered.describe()}\n"
        f"--- differences (expected: statement concept period value) ---\n" + "\n".join(problems) + "\n"
        f"--- parser's facts ---\n{shown or '(none)'}\n"
    )


def assert_round_trip(rendered: Rendered) -> None:
    try:
        frame = parse_facts(rendered)
    except ImportError:  # the parser itself is missing: not a reading failure
        raise
    except Exception as error:  # a parse error is a failure to read the table; show the table with it
        raise AssertionError(failure_report(rendered, [f"parse_release raised {error!r}"], None)) from error
    problems = differences(rendered, frame)
    if problems:  # raised, not asserted: pytest's introspection would bury the report under reprs
        raise AssertionError(failure_report(rendered, problems, frame))


# --------------------------------------------------------------------------------------------------------
# The renderer checks itself (runs without the parser)
# --------------------------------------------------------------------------------------------------------


def check_rendering(rendered: Rendered) -> None:
    """Every row's values sit, in order, at the end of the line the renderer says; facts scale right;
    no two columns touch; the arithmetic the parser checks holds."""
    lines = [p.text.splitlines() for p in rendered.parts]
    for part, text_lines in zip(rendered.parts, lines, strict=True):
        units = part.statement.units
        for placed in part.rows:
            got = tr.read_cells(text_lines[placed.line], len(placed.row.values))
            assert got == list(placed.row.values), (text_lines[placed.line], placed.row)
            for value in placed.row.values:
                assert tr.actual(placed.row, value, units) == value * (
                    1
                    if placed.row.kind == "per_share"
                    else units.share_scale
                    if placed.row.kind == "shares"
                    else units.scale
                )
        # The renderer narrows a table to MAX_LINE where it can; a unit note set beside four full dates may
        # still run to the 132-odd columns of a wide-carriage release, never much further.
        assert all(len(line) <= tr.MAX_LINE + 40 for line in text_lines)
        assert "\t" not in part.text
        check_arithmetic(part.statement)


def check_arithmetic(statement: DrawnStatement) -> None:
    by_concept = {c: row.values for row in statement.rows for c in row.concepts}
    units = statement.units
    if statement.kind == "balance":
        if {"total_assets", "total_liabilities_and_equity"} <= by_concept.keys():
            assert by_concept["total_assets"] == by_concept["total_liabilities_and_equity"]
        if {"total_liabilities", "stockholders_equity", "total_assets"} <= by_concept.keys():
            liabilities = by_concept["total_liabilities"]
            equity = by_concept["stockholders_equity"]
            for row in statement.rows:  # total equity = the company's equity + noncontrolling interests
                if "noncontrolling" in row.label.lower():
                    equity = tr.add(equity, row.values)
            assert tr.add(liabilities, equity) == by_concept["total_assets"]
        return
    net = by_concept.get("net_income_to_common", by_concept["net_income"])
    for concept, shares_concept in (("eps_basic", "shares_basic"), ("eps_diluted", "shares_diluted")):
        if concept not in by_concept:  # the small hand-built examples print no per-share lines
            continue
        for result, eps, shares in zip(net, by_concept[concept], by_concept[shares_concept], strict=True):
            exact = result * units.scale / (shares * units.share_scale)
            assert abs(exact - eps) <= Decimal("0.005"), (result, eps, shares)
    if "operating_income" not in by_concept:
        return
    # Walk the result chain from the operating result to the net result: other income adds, taxes and the
    # noncontrolling interests' share subtract, a cumulative effect of an accounting change adds; each
    # subtotal on the way (pre-tax result, result before the change, consolidated net) must equal the walk.
    rows = statement.rows
    start = next(i for i, row in enumerate(rows) if "operating_income" in row.concepts)
    running = rows[start].values
    for row in rows[start + 1 :]:
        if row.heading:
            continue
        if row.total or "net_income" in row.concepts:
            assert row.values == running, (row.label, row.values, running)
            if "net_income" in row.concepts:
                return
            continue
        subtracts = "income_tax" in row.concepts or "noncontrolling" in row.label.lower()
        running = tr.sub(running, row.values) if subtracts else tr.add(running, row.values)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_renderer_examples_are_consistent(name: str) -> None:
    check_rendering(EXAMPLES[name])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rendered=tr.rendered_statements())
def test_renderer_places_every_value(rendered: Rendered) -> None:
    check_rendering(rendered)


def test_renderer_matches_the_sample_look() -> None:
    """The Allos example rendered in the sample's layout keeps the sample's key lines (as a human reads)."""
    text = EXAMPLES["allos_operations"].text
    assert "Three-months ended" in text and "Six-months ended" in text
    assert "$(7,151)" in text and "--" in text and "31,139,289" in text
    assert "Research and\n" in text


# --------------------------------------------------------------------------------------------------------
# The round trips
# --------------------------------------------------------------------------------------------------------


@ROUND_TRIP
@given(rendered=tr.rendered_statements())
@example(rendered=EXAMPLES["allos_operations"])
@example(rendered=EXAMPLES["allos_balance"])
@example(rendered=EXAMPLES["weeks_retailer"])
@example(rendered=EXAMPLES["millions_annual"])
@example(rendered=EXAMPLES["dollars_balance"])
@example(rendered=EXAMPLES["leap_year_quarter"])
@example(rendered=EXAMPLES["whole_dollars_year_2000"])
@example(rendered=EXAMPLES["wide_centered_dates"])
@example(rendered=EXAMPLES["bank_quarter"])
@example(rendered=EXAMPLES["noncontrolling_operations"])
@example(rendered=EXAMPLES["noncontrolling_balance"])
def test_text_table_round_trip(rendered: Rendered) -> None:
    """A statement typed alone reads back exactly as drawn."""
    assert_round_trip(rendered)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(rendered=tr.rendered_releases())
def test_text_tables_found_inside_prose(rendered: Rendered) -> None:
    """The tables of a whole release (dateline, narrative with figures, highlights, trailer) are found and
    read back exactly; the narrative's numbers (phone numbers, dates, "$7.2 million") are not facts."""
    assert_round_trip(rendered)
