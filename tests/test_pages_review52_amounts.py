"""UI-52 on Compare's aligned amounts: at most one decimal in a $ millions table (Alkermes's 246,220 of $ thousands
is 246.2, not "246.220", read as a European thousands separator beside Oracle's "11,320"), the unit caption saying
so, the downloads exact."""

from __future__ import annotations

import re

from core.analysis.side_by_side import side_by_side
from core.charts.side_by_side import comparison_numbers, comparison_table, units_caption
from tests.test_pages_review51_compare import _three


def test_thousands_beside_millions_read_to_one_decimal_the_download_exact() -> None:
    # Alkermes "(In thousands)": Total Revenues 246,220; Oracle "($ in millions)": Total revenues 11,320
    comparison = side_by_side(_three())  # St. Joe, Alkermes, Oracle, as the review compared them
    table = comparison_table(comparison, "amount").set_index("Line")
    revenue = table.loc["Total revenue / Total Revenues"]
    assert (revenue["ALKS"], revenue["ORCL"]) == ("246.2", "11,320")
    # every amount to one place at most (47.2, 93.3, (37.4)); a figure per share keeps its cents ("($0.240)")
    assert not any(re.search(r"\.\d\d", cell) for cell in table["ALKS"].iloc[1:] if "$" not in cell)
    assert units_caption(comparison, "amount").startswith("In $ millions, to one decimal at most; the downloads "
                                                          "keep every figure exact")
    numbers = comparison_numbers(comparison, "amount")
    assert 246_220.0 in set(numbers.iloc[:, 4])  # in $ thousands, exact
