"""UI-56, findings 3 and 4: a percent change said to one decimal wherever its figures' rounding keeps it within one
whole percent, a range (each end to a tenth) only where it spans one, and "unchanged" only for no change.

Hand-checked against `python -m core text` of each release:
- Cree Q3 FY2020 (tests/fixtures/html/cree_q3-fy2020.htm): total operating expenses 111.2 against 111.6 ($ millions):
  -0.36% (111.15/111.65 - 1 = -0.45% to 111.25/111.55 - 1 = -0.27%), "unchanged" before, now "-0.4%".
- Tupperware Q1 2020 (tests/fixtures/html/tupperware_q1-2020.htm, line 259): Cost of products sold 129.7 against 161.2:
  -19.54% (-19.48% to -19.60%), "-19% to -20%" before, now "-19.5%".
- Horizon Bancorp Q1 2020 (corpus horizon-bancorp_q1-2020_html.htm, line 450): Loan expense 2,099 against 1,949
  (thousands), the release's 7.7% (7.64% to 7.75%), "+8%" before.
- GeoVax Q3 2024 (tests/fixtures/text/geovax-labs_q3-2024_markdown.txt, lines 80 and 179): General and administrative
  $1,241,176 against $1,651,775, -24.86%, "-25%" before beside Research and development's "+6.5%", now "-24.9%".
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from core.analysis.derived import compared_windows, windows, with_derived
from core.analysis.expenses import breakdown
from core.analysis.structure import operations_statement
from core.charts.expenses import window_table
from core.charts.periods import comparison_bars
from core.formatting import change_percent
from tests.conftest import CORPUS_COPIES, FIXTURES, read_fixture
from tests.page_runner import metrics, run_page


def _expense_changes(path: Path) -> dict[str, str]:
    release = read_fixture(path)
    operations = operations_statement(release)
    assert operations is not None
    expenses = breakdown(with_derived(operations, None))
    assert expenses is not None
    window = compared_windows(operations)[0]
    table = window_table(expenses, window)
    assert table is not None
    return dict(zip(table.iloc[:, 0], table["Change %"], strict=True))


def test_a_change_within_one_whole_percent_keeps_its_tenth() -> None:
    tenth = Decimal("0.1")
    assert change_percent(Decimal("111.2"), Decimal("111.6"), tenth) == "-0.4%"
    assert change_percent(Decimal("129.7"), Decimal("161.2"), tenth) == "-19.5%"
    assert change_percent(Decimal(2099), Decimal(1949), Decimal(1)) == "+7.7%"
    # 150 against 160 may be -5.6% to -6.9%: it spans -6%, so a range, each end to a tenth
    assert change_percent(Decimal(150), Decimal(160), Decimal(1)) == "-5.6 to -6.9%"
    assert change_percent(Decimal("111.6"), Decimal("111.6"), tenth) == "unchanged"


def test_crees_operating_expenses_card_says_its_fall() -> None:
    cards = metrics(run_page("overview", read_fixture(FIXTURES / "html" / "cree_q3-fy2020.htm")))
    value, delta = cards["Operating expenses"]
    assert value == "$111.2M"
    assert delta == "-0.4%"


def test_tupperwares_cost_of_products_sold_is_one_figure() -> None:
    operations = operations_statement(read_fixture(FIXTURES / "html" / "tupperware_q1-2020.htm"))
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None)
    table = comparison_bars(operations, (quarter,)).data.set_index("Line")
    assert table.loc["Cost of products sold", "Change %"] == "-19.5%"


def test_geovax_changes_share_one_precision() -> None:
    changes = _expense_changes(FIXTURES / "text" / "geovax-labs_q3-2024_markdown.txt")
    assert changes["General and administrative"] == "-24.9%"
    assert changes["Research and development"] == "+6.5%"


def test_horizons_loan_expense_says_the_releases_tenth() -> None:
    changes = _expense_changes(CORPUS_COPIES["horizon-bancorp_q1-2020_html.htm"])
    assert changes["Loan expense"] == "+7.7%"
