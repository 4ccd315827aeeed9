"""Lines a cash flow prints between its last flow and the net change, with a subtotal of their own (a
discontinued operations section's operating and investing lines, then their total): the identity takes the
subtotal and leaves its lines out (round 720: both had been added and the check failed on correct figures)."""

from __future__ import annotations

from pathlib import Path

import core

FIXTURE = (Path(__file__).parent / "fixtures" / "layouts"
           / "cash_flow_discontinued_section_with_its_total_above_the_net_change.txt")


def test_a_discontinued_sections_total_stands_for_its_lines() -> None:
    """Harrow Ridge Foods (invented): 10,200 - 5,000 - 1,700 + 3,500 = 7,000 in 2011 (the discontinued
    section's -600 + 4,100 = 3,500), 8,700 - 3,500 - 1,800 - 250 = 3,150 in 2010 (-250 + nothing = -250)."""
    release = core.parse_release(FIXTURE.read_bytes(), FIXTURE.name)
    checks = [c for c in release.checks if c.name == "cash flow"]
    assert len(checks) == 2
    assert all(c.passed for c in checks)
    assert [c.expected for c in checks] == [7_000_000, 3_150_000]
    assert not release.failed_checks
