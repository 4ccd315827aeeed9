"""The Data page's note under each table says what the reader took its unit to be, never more."""

from __future__ import annotations

import dataclasses

from core.frames import statement_frame, table_heading, unit_note
from core.model import Statement


def test_a_table_read_in_thousands_says_so_and_where_from(operations: Statement) -> None:
    assert unit_note(operations) == (
        'Amounts read in thousands from its note "(in thousands - except share and per share information)" and '
        "shown here in full dollars (× 1,000); per-share figures in dollars, share counts in full, percentages "
        "as printed."
    )
    net_loss = statement_frame(operations).set_index("label").loc["Net loss"]
    assert net_loss.iloc[2] == -7151000.0  # printed (7,151), held in full dollars as the note says


def test_a_table_without_a_unit_note_is_not_said_to_be_in_full_dollars(operations: Statement) -> None:
    """Horizon Bancorp's untitled table of non-interest income (lines 152-161) prints 12,063 with no unit
    note: read at scale 1, it had been captioned "Values in full units (dollars ...)", though the release's
    other tables are in thousands. (Its amounts alone: a table printing a result and its figure a share says
    by their arithmetic how it is printed: test_pages_review46_notes.)"""
    amounts = tuple(item for item in operations.items if item.kind == "amount")
    bare = dataclasses.replace(operations, unit="", scale=1, items=amounts)
    assert unit_note(bare) == (
        "No unit note was read for this table, so its figures are shown as printed, not scaled: they may be in "
        "thousands or millions of dollars."
    )
    inherited = dataclasses.replace(operations, unit="")
    assert unit_note(inherited).startswith("Amounts read in thousands (no unit note of its own: taken from the")


def test_an_untitled_table_is_headed_by_what_it_was_read_as(operations: Statement) -> None:
    untitled = dataclasses.replace(operations, title="  ", kind="other", scale=1)
    assert table_heading(untitled) == f"Other table ({operations.span})"
    assert table_heading(dataclasses.replace(operations, scale=1_000_000)) == (
        f"CONDENSED STATEMENTS OF OPERATIONS (statement of operations, {operations.span}, in millions)"
    )


def test_a_table_in_another_currency_is_said_to_be_in_it() -> None:
    """Round 135's Oostmeer Optical (invented) prints "(in thousands of EUR and US$, except per share data)":
    the note had said its amounts were shown "in full dollars", per-share figures "in dollars"."""
    from pathlib import Path

    import core

    path = Path(__file__).parent / "fixtures" / "layouts" / "thousands_grouped_by_spaces_after_a_currency_code.txt"
    operations = core.parse_release(path.read_bytes(), path.name).statement("operations")
    assert operations is not None
    note = unit_note(operations)
    assert "shown here in full EUR (× 1,000); per-share figures in EUR" in note
    assert "dollars" not in note


def test_a_table_of_per_share_figures_and_counts_alone_is_not_said_to_be_unscaled() -> None:
    """Calderwood's "Per Share Data" table under its statement prints EPS and counts "(in millions)" by their
    heading, 412.6 read as 412,600,000 shares: its note had said "shown as printed, not scaled: they may be in
    thousands or millions of dollars" (UI-19), of a table holding no dollar amount."""
    import core
    from tests.conftest import FIXTURES

    path = FIXTURES / "layouts" / "per_share_data_table_apart_counts_in_millions_by_their_heading.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    apart = next(s for s in release.statements if not s.primary)
    assert apart.value("shares_basic", apart.periods[0]) == 412_600_000
    assert unit_note(apart) == (
        'Per-share figures in dollars; share counts in full, scaled where their heading\'s unit ("in millions") '
        "or EPS x shares against the statement's net result said how.")
