"""A release cut at a line end is said to be cut, where its last table is a statement short of its close (UI-61).

`head -n 215` of Sears' release stops on its statement of operations' "Interest, net" row with the row's line
end kept: it had been read as whole (revenue shown, a green "All 4 checks pass") where the same file cut
mid-line is said to end inside a table. A release that ends on its last table's final row (a balance sheet's
total of liabilities and equity, an income statement's share counts after its net result) is whole and says
nothing. The invented releases of tests/fixtures/hostile are cross-footed by hand; the cuts are taken of them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.analysis.completeness import cut_short, truncation
from core.model import Diagnostic, Release, SourceSpan
from tests.conftest import FIXTURES
from tests.page_runner import run_page

HOSTILE = FIXTURES / "hostile"
# Tamarack: statement of operations (revenue to share counts), then a balance sheet ending on its total of
# liabilities and stockholders' equity, the file's last line
TAMARACK = HOSTILE / "whole_release_ending_on_its_balance_sheet_total.txt"
# Brightwater: a balance sheet, then a statement of operations ending on its weighted-average share count
BRIGHTWATER = HOSTILE / "whole_release_ending_on_its_income_statement_share_counts.txt"
SEARS = FIXTURES / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
CUT = "{} ends inside a table: the file may be truncated, and figures after it missing"


def first_lines(path: Path, count: int, name: str) -> Release:
    """The release read from its first `count` lines, each with its line end: a file cut as `head -n` cuts."""
    kept = b"".join(path.read_bytes().splitlines(keepends=True)[:count])
    assert kept.endswith(b"\n")
    return core.parse_release(kept, name)


def figure(release: Release, kind: str, concept: str, column: int = 0) -> Decimal | None:
    statement = release.statement(kind)  # type: ignore[arg-type]
    item = None if statement is None else statement.item(concept)
    return None if item is None else item.values[column]


@pytest.mark.parametrize(("path", "kind", "concept", "value"), [
    (TAMARACK, "balance", "total_liabilities_and_equity", Decimal("144960000")),
    (BRIGHTWATER, "operations", "shares_basic", Decimal("40120000")),
])
def test_a_whole_release_ending_on_its_last_tables_final_row_is_no_cut_file(
        path: Path, kind: str, concept: str, value: Decimal) -> None:
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.warnings == ()
    assert not release.failed_checks
    assert figure(release, kind, concept) == value  # the row the file ends on, read whole


def test_a_release_cut_inside_its_income_statement_at_a_line_end_is_said_cut_there() -> None:
    release = first_lines(TAMARACK, 27, "tamarack_cut.txt")  # ends on "Research and development"
    assert release.warnings == (Diagnostic(CUT.format("tamarack_cut.txt"), span=SourceSpan(27, 27)),)
    assert figure(release, "operations", "revenue") == Decimal("49890000")  # what was read is kept
    assert figure(release, "operations", "research_and_development", 2) == Decimal("29140000")
    assert figure(release, "operations", "net_income") is None
    operations = release.statement("operations")
    assert operations is not None and cut_short(release, operations)


def test_a_release_cut_inside_its_balance_sheet_at_a_line_end_is_said_cut_there() -> None:
    release = first_lines(TAMARACK, 71, "tamarack_cut.txt")  # ends on "Accrued expenses"
    assert release.warnings == (Diagnostic(CUT.format("tamarack_cut.txt"), span=SourceSpan(71, 71)),)
    assert figure(release, "balance", "total_assets") == Decimal("144960000")
    assert figure(release, "balance", "total_assets", 1) == Decimal("134800000")
    assert figure(release, "balance", "total_liabilities_and_equity") is None
    assert figure(release, "operations", "net_income") == Decimal("6115000")  # the statement before it, whole
    balance = release.statement("balance")
    operations = release.statement("operations")
    assert balance is not None and operations is not None
    assert cut_short(release, balance) and not cut_short(release, operations)


def test_a_release_cut_inside_its_last_statement_of_operations_is_said_cut_there() -> None:
    release = first_lines(BRIGHTWATER, 46, "brightwater_cut.txt")  # ends on "General and administrative"
    assert release.warnings == (Diagnostic(CUT.format("brightwater_cut.txt"), span=SourceSpan(46, 46)),)
    assert figure(release, "operations", "revenue") == Decimal("2500000")
    assert figure(release, "balance", "total_liabilities_and_equity") == Decimal("138455000")


@pytest.mark.parametrize(("count", "row"), [(32, "Operating income"), (30, "Total costs and expenses")])
def test_a_table_ending_on_a_result_or_a_total_is_no_cut(count: int, row: str) -> None:
    """A release may end an excerpt of its statement at a result or a total (a table of operating results):
    only a line summed into nothing below it says the file stopped mid-statement."""
    release = first_lines(TAMARACK, count, "tamarack_excerpt.txt")
    assert release.lines[count - 1].strip().startswith(row)
    assert truncation(release) is None


def test_sears_cut_after_its_interest_row_is_said_cut_and_not_shown_healthy() -> None:
    """UI-61's case: Sears' first 215 lines, ending on "Interest, net  68  287  144  566" and its line end."""
    release = first_lines(SEARS, 215, "sears_cut.txt")
    assert release.lines[214].split()[:2] == ["Interest,", "net"]
    assert release.warnings == (Diagnostic(CUT.format("sears_cut.txt"), span=SourceSpan(215, 215)),)
    assert figure(release, "operations", "revenue") == Decimal("8781000000")
    assert len(release.checks) == 4 and not release.failed_checks
    badges = [m.value for m in run_page("overview", release).markdown if "badge[" in m.value]
    assert not any("All 4 checks pass" in b for b in badges), badges
    assert (":orange-badge[:material/warning: The 4 checks that ran pass, but the file may be cut short, and "
            "figures after it missing]") in badges


def cut_inside_line(path: Path, count: int, kept_chars: int, name: str) -> Release:
    """The release read from its first `count` lines and `kept_chars` characters of the next: a file cut off in
    transfer mid-line, as a download stopped part-way leaves it."""
    lines = path.read_bytes().splitlines(keepends=True)
    kept = b"".join(lines[:count]) + lines[count][:kept_chars]
    assert not kept.endswith(b"\n")
    return core.parse_release(kept, name)


def test_the_row_a_file_stops_inside_is_left_out_and_named() -> None:
    # Tamarack's line 28 is "  Selling, general and administrative    11,260      10,845      33,905      32,120":
    # cut after "10,8" it would show a year-earlier figure of 10.8 (thousands: $10,800) beside the 11,260
    release = cut_inside_line(TAMARACK, 27, 57, "tamarack_cut.txt")
    assert release.lines[27].endswith("10,8")
    operations = release.statement("operations")
    assert operations is not None
    assert operations.item("selling_general_administrative") is None
    assert figure(release, "operations", "research_and_development", 1) == Decimal("9210000")  # the line above, whole
    assert [(w.message, w.span) for w in release.warnings] == [
        ("the row 'Selling, general and administrative' was left out: the file stops inside it, so its last figure "
         "may be only the first digits of one, and no check vouches for it", SourceSpan(28, 28)),
        (CUT.format("tamarack_cut.txt"), SourceSpan(28, 28)),
    ]


def test_a_file_missing_only_its_last_line_end_after_a_label_line_keeps_every_row() -> None:
    # cut inside "Costs and expenses:", a heading with no figures: no row of figures stops there
    release = cut_inside_line(TAMARACK, 25, 10, "tamarack_heading_cut.txt")
    assert figure(release, "operations", "revenue", 0) == Decimal("49890000")
    assert not any("was left out" in w.message for w in release.warnings)


COPPERLINE = FIXTURES / "ui" / "restaurant_results_cut_after_general_and_administrative_copperline_q4_2014.htm"


def general_and_administrative(release: Release) -> tuple[Decimal, ...] | None:
    operations = release.statement("operations")
    assert operations is not None
    rows = [item for item in operations.items if item.label == "General and administrative"]
    return rows[0].values if rows else None


def test_an_html_file_cut_after_a_closed_row_keeps_that_row() -> None:
    # Copperline's HTML stops inside the label cell of the row after "General and administrative", whose </tr>
    # arrived: the row is whole (7,842 | 7,115 | 29,660 | 27,318 thousand)
    release = core.parse_release(COPPERLINE.read_bytes(), COPPERLINE.name)
    assert general_and_administrative(release) == (
        Decimal("7842000"), Decimal("7115000"), Decimal("29660000"), Decimal("27318000"))
    assert not any("was left out" in w.message for w in release.warnings)


def test_an_html_file_cut_inside_a_cell_of_figures_leaves_its_row_out() -> None:
    raw = COPPERLINE.read_bytes()
    cut = raw[:raw.rindex(b"29,660") + 4]  # "...<td align="right" style="">29,6"
    release = core.parse_release(cut, "copperline_cut_in_a_figure.htm")
    assert general_and_administrative(release) is None
    assert any(w.message.startswith("the row 'General and administrative' was left out") for w in release.warnings)


def test_the_row_a_file_stops_inside_is_kept_where_a_check_vouches_for_every_figure_of_it() -> None:
    # Brightwater ends on its weighted-average share count: without its last line end, the count is still
    # vouched for by the EPS it prints (net result / shares), so a cut that had shortened it would have failed
    raw = BRIGHTWATER.read_bytes().rstrip(b"\n")
    release = core.parse_release(raw, "brightwater_no_line_end.txt")
    assert figure(release, "operations", "shares_basic") == Decimal("40120000")
    assert not any("was left out" in w.message for w in release.warnings)


def test_a_whole_file_ending_on_a_net_assets_balance_sheet_is_no_cut_file() -> None:
    """Thornbury Components (invented, UK format): the sheet closes on "Net assets 13,500 / 12,000" and
    "Shareholders' funds" equal to them (1,000 + 7,000 + 5,500; 1,000 + 7,000 + 4,000), no total of liabilities
    and equity. The file is whole and says nothing of a cut (round 720); its cash at bank (6,300 / 5,000) and its
    creditors falling due within one year, its current liabilities, stored positive (5,000 / 4,400: 14,000 less
    them is the 9,000 of net current assets, 12,000 less 4,400 the 7,600), are read."""
    path = FIXTURES / "layouts" / "uk_net_assets_sheet_ending_the_file.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert not [w for w in release.warnings if "ends inside a table" in w.message]
    assert figure(release, "balance", "cash_and_equivalents") == Decimal(6_300_000)
    assert figure(release, "balance", "cash_and_equivalents", 1) == Decimal(5_000_000)
    assert figure(release, "balance", "total_current_liabilities") == Decimal(5_000_000)
    assert figure(release, "balance", "total_current_liabilities", 1) == Decimal(4_400_000)
    assert figure(release, "balance", "stockholders_equity") == Decimal(13_500_000)
    assert not release.failed_checks
