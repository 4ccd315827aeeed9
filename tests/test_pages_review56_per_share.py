"""UI-56, the Per share and Overview pages.

A 1997 railroad (tests/fixtures/ui/railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt) prints its EPS in
APB 15's words, "Primary $0.52 $0.44 $0.96 $0.80" and "Fully diluted $0.52 $0.44 $0.96 $0.80" (text lines 69-70),
over one count, "Average common and common equivalent shares 18,697 18,540 18,682 18,510" (lines 71-72, in
thousands). The table had headed them "Basic EPS" and "Diluted EPS", the one count under "Diluted shares" beside an
empty "Basic shares", and the Overview's card read "EPS, diluted". Now the release's words head them, with a note on
what they mean; the facts keep eps_basic and eps_diluted (the data contract).

ManTech's Q1 2020 (tests/fixtures/html/mantech_q1-2020.htm) prints "Diluted EPS: $0.71" and no weighted share
count: its page had given three empty share columns under a note "Shares in millions", and the EPS bridge a
heading, a paragraph and a note to say it could not be drawn. Each is one line saying why."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from core.analysis.metrics import standard_metrics
from core.analysis.per_share import count_heads, dilution, eps_names, equity_words, no_bridge, per_share_points
from core.analysis.structure import operations_statement
from core.charts.per_share import dilution_note, dilution_table
from core.model import Release
from core.parse import parse_release
from tests.page_runner import frame_with, metrics, run_page, texts

FIXTURES = Path(__file__).parent / "fixtures"
RAILROAD = FIXTURES / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"
MANTECH = FIXTURES / "html" / "mantech_q1-2020.htm"


@cache
def _read(path: Path) -> Release:
    return parse_release(path.read_bytes(), path.name)


def test_primary_and_fully_diluted_are_headed_as_printed() -> None:
    operations = operations_statement(_read(RAILROAD))
    assert operations is not None
    names = eps_names(operations)
    assert (names.basic, names.diluted) == ("Primary", "Fully diluted")
    assert "APB Opinion 15" in names.note
    table = dilution_table(dilution(operations), equity_words(operations), "USD", names, count_heads(operations))
    assert list(table.columns) == ["Period", "Primary EPS", "Fully diluted EPS",
                                   "Average common and common equivalent shares (thousands)"]
    row = table.set_index("Period").loc["3M to Jun 30, 1997"]
    assert (row["Primary EPS"], row["Fully diluted EPS"]) == ("$0.52", "$0.52")
    assert row["Average common and common equivalent shares (thousands)"] == "18,697"
    # the chart's title says the line's words, and the count's basis as its label says none
    point = per_share_points(operations)[0]
    assert (point.eps_basis, point.shares_basis) == ("fully diluted", "")


def test_the_overview_cards_say_primary_and_fully_diluted() -> None:
    found = standard_metrics(_read(RAILROAD))
    eps = {m.key: (m.name, m.value) for m in found.metrics if m is not None and m.key.startswith("eps")}
    assert {key: (name, str(value)) for key, (name, value) in eps.items()} == {
        "eps_basic": ("EPS, primary", "0.52"), "eps_diluted": ("EPS, fully diluted", "0.52")}
    at = run_page("overview", _read(RAILROAD))
    assert metrics(at)["EPS, fully diluted"][0] == "$0.52"
    assert "EPS, diluted" not in metrics(at)


def test_the_per_share_page_heads_the_table_in_the_releases_words() -> None:
    at = run_page("per_share", _read(RAILROAD))
    said = texts(at)
    assert "Primary and fully diluted, as printed" in said
    assert "Basic and diluted, as printed" not in said
    assert "Primary and fully diluted are the names earnings per share had before 1997" in said
    table = frame_with(at, "Fully diluted EPS")
    assert "Basic shares (thousands)" not in table.columns


def test_a_release_of_no_share_counts_says_so_in_one_line_each() -> None:
    operations = operations_statement(_read(MANTECH))
    assert operations is not None
    rows = dilution(operations)
    assert list(dilution_table(rows).columns) == ["Period", "Basic EPS", "Diluted EPS"]
    assert dilution_note(rows) == ("The release prints no weighted shares beside these figures, so what dilution "
                                   "adds is not shown.")
    assert no_bridge(operations) == ("No EPS bridge: the release prints no weighted-average share counts, and the "
                                     "bridge divides the net result by them.")
    at = run_page("per_share", _read(MANTECH))
    said = texts(at)
    assert "EPS bridge: the result against the share count" not in [s.value for s in at.subheader]
    assert "splits exactly into" not in said
    assert "Shares in millions" not in said
    assert any(no_bridge(operations) in box.value for box in at.info)
