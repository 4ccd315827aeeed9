"""UI-53: figures said to the precision the release prints them at. Capstead's Periods table had read its "Other"
interest income, 399 against 422 thousand (src line 268), "0.4", "0.4" and "0.0" of $ millions beside "-5% to -6%":
where the page's unit hides a change the table reads in the release's own."""

from __future__ import annotations

import pandas as pd

from core.analysis import windows
from core.analysis.structure import operations_statement
from core.charts import comparison_bars, release_unit
from core.model import Release
from tests.conftest import corpus_release
from tests.page_runner import run_page


def _release(name: str) -> Release:
    return corpus_release(name)


def _periods_table(name: str) -> pd.DataFrame:
    release = _release(name)
    operations = operations_statement(release)
    assert operations is not None
    compared = tuple(window for window in windows(operations) if window.prior is not None)
    chart = comparison_bars(operations, compared[:1], alongside=compared, in_unit=release_unit(release))
    return chart.data.set_index("Line")


def test_a_change_rounding_would_hide_is_tabled_in_the_releases_own_unit() -> None:
    assert release_unit(_release("capstead-mortgage_q1-2020_html.htm")) == 1_000_000  # its charts' unit
    table = _periods_table("capstead-mortgage_q1-2020_html.htm")
    other = table.loc["Interest income: Other"]
    assert (other["This year ($ thousands)"], other["Year earlier ($ thousands)"]) == ("399", "422")
    assert (other["Change ($ thousands)"], other["Change %"]) == ("(23)", "-5.5%")
    unsecured = table.loc["Interest expense: Unsecured borrowings"]  # (1,900) after (1,891): 1.9 and 1.9 of millions
    assert (unsecured["This year ($ thousands)"], unsecured["Change ($ thousands)"]) == ("(1,900)", "9")


def test_a_table_whose_changes_show_keeps_the_pages_unit() -> None:
    table = _periods_table("oracle_q4-fy2022_edgar-submission.txt")  # printed in millions, read in millions
    assert table.loc["Interest expense", "This year ($ millions)"] == "(704)"


def test_the_periods_page_tables_capsteads_lines_in_thousands() -> None:
    at = run_page("periods", _release("capstead-mortgage_q1-2020_html.htm"))
    table = next(d.value for d in at.dataframe if "Line" in d.value.columns).set_index("Line")
    assert table.loc["Interest income: Other", "Change ($ thousands)"] == "(23)"
