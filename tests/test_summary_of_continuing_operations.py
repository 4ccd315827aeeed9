"""A summary of operations whose lines name the continuing business ("Net Sales from Continuing Operations",
round 713, in an invented release shaped as the real one was).

Its top line is the revenue and its "Income from Operations" the operating result; its "Net Income from
Continuing Operations" is a part of the net result and takes no concept, the consolidated EPS under it being
the net result's.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import core
from core.facts import write_facts_csv

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
NAME = "summary_naming_continuing_operations.txt"


def _facts() -> dict[tuple[str, str, str, str], Decimal]:
    release = core.parse_release((LAYOUTS / NAME).read_bytes(), NAME)
    out = io.StringIO()
    write_facts_csv(release, out)
    return {(r["statement"], r["concept"], r["period_end"], r["months"]): Decimal(r["value"])
            for r in csv.DictReader(io.StringIO(out.getvalue())) if r["concept"]}


def test_a_summary_naming_continuing_operations_is_a_statement_of_operations() -> None:
    """Both summaries had been read as "other" tables: the release printed no figure of its income."""
    facts = _facts()
    assert facts[("operations", "revenue", "2026-06-30", "3")] == Decimal("52400000")
    assert facts[("operations", "revenue", "2025-06-30", "3")] == Decimal("47000000")
    assert facts[("operations", "revenue", "2026-06-30", "9")] == Decimal("141800000")
    assert facts[("operations", "operating_income", "2026-06-30", "3")] == Decimal("3200000")
    assert facts[("operations", "income_tax", "2025-06-30", "3")] == Decimal("500000")
    # (the nine months' operating loss less its tax is no net income from continuing operations, other income
    # standing between them unprinted: the check holds those lines back, as it should)
    # the consolidated EPS: continuing 0.20 less discontinued 0.03
    assert facts[("operations", "eps_diluted", "2026-06-30", "3")] == Decimal("0.17")
    assert facts[("operations", "eps_diluted", "2025-06-30", "9")] == Decimal("0.08")


def test_income_from_continuing_operations_is_never_the_net_result() -> None:
    facts = _facts()
    assert not [key for key in facts if key[1] in ("net_income", "net_income_to_common")]
