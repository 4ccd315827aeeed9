"""UI-52: Compare's aligned rows had labelled lines by two rules, Oracle's second "Cloud infrastructure-as-a-service"
(an operating expense) headed "OPERATING EXPENSES: ..." and its first (a revenue) and "Sales and marketing" not.
One rule: every row of a name printed twice is headed by its section, in sentence case; no other row is."""

from __future__ import annotations

from core.analysis.side_by_side import side_by_side
from core.charts.side_by_side import comparison_table
from tests.test_pages_review51_compare import _three


def test_rows_of_one_name_are_each_headed_by_their_section() -> None:
    # Oracle Q4 FY2014 prints "Cloud infrastructure-as-a-service" under REVENUES (128) and OPERATING EXPENSES (84)
    table = comparison_table(side_by_side(_three()), "amount").set_index("Line")
    assert table.loc["Revenues: Cloud infrastructure-as-a-service", "ORCL"] == "128"
    assert table.loc["Operating expenses: Cloud infrastructure-as-a-service", "ORCL"] == "84"
    assert table.loc["Sales and marketing", "ORCL"] == "2,241"  # one line of its name: no heading
    assert not any(line.isupper() or line.split(":")[0].isupper() for line in table.index)
