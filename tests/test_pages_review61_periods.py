"""The Periods page as the browser review UI-61 found it, on Timberland Bancorp's Q2 FY2020: "Provision for loan
losses" (2,000 against nil, the quarter's story) had been in the "Not drawn" list while "Net interest income after
provision" was drawn, and at 390 px the "Lines drawn" box had cut its fifth pill in half."""

from __future__ import annotations

from pathlib import Path

from core import parse_release
from core.analysis import windows
from core.analysis.structure import operations_statement
from core.charts.periods import default_lines
from core.model import Release
from pages._widgets import PAGE_CSS
from tests.page_runner import run_page, texts

TIMBERLAND = (Path(__file__).parent / "fixtures" / "ui"
              / "bank_timberland_q2_fy2020_loan_tables_before_the_statements.htm")


def _timberland() -> Release:
    return parse_release(TIMBERLAND.read_bytes(), TIMBERLAND.name)


def test_a_banks_provision_is_drawn_by_default() -> None:
    operations = operations_statement(_timberland())
    assert operations is not None
    window = windows(operations)[0]
    provision = next(c for c in operations.items if c.label == "Provision for loan losses")
    at = operations.periods.index(window.current), operations.periods.index(window.prior)
    assert [provision.values[i] for i in at] == [2_000_000, 0]
    drawn = default_lines(operations, tuple(windows(operations)))
    assert "Provision for loan losses" in drawn
    assert drawn.index("Provision for loan losses") == drawn.index("Net interest income") + 1
    assert {"Net interest income after provision for loan losses", "Net income"} <= set(drawn)


def test_the_periods_page_draws_it_and_leaves_it_out_of_not_drawn() -> None:
    at = run_page("periods", _timberland())
    picked = next(m for m in at.multiselect if m.label == "Lines drawn")
    assert "Provision for loan losses" in picked.value
    not_drawn = next(line for line in texts(at).split("\n") if line.startswith("Not drawn:"))
    assert "Provision for loan losses" not in not_drawn


def test_a_picker_shows_every_chosen_line_uncapped() -> None:
    """Streamlit caps the box's height and scrolls it inside: every page's pickers are let grow."""
    assert ('[data-testid="stMultiSelect"] [data-testid="stMultiSelectTagsContainer"]' in PAGE_CSS
            and "max-height: none !important" in PAGE_CSS)
