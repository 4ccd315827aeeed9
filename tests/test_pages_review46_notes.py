"""The pages as a browser review of real and invented releases found them (UI-46): a unit note that says why a
table without one is read in dollars, highlights printed under a release's first table, a warning named for
the table its rows stand under, a gross margin on a cost printed without its depreciation.

Figures checked by hand against the releases. Forian's Q3 2024 newswire page (tests/fixtures/ui/..._forian_q3_
2024.txt) prints no unit note anywhere: "Net (loss) income  $ (204,907)", "Net (loss) income per share - basic
$ (0.01)" and "Weighted-average shares outstanding - basic 31,098,180" in its statement of operations (line 143),
and a "Highlights" heading (line 98) over two bullets under its first table. Quillmark (invented, round 615)
prints "Reconciliation of GAAP to Non-GAAP Operating Loss (in thousands; unaudited)" right under its cash
flow's last line, four figures a row under the cash flow's one column. Prairie Line (invented, round 616) prints
"Cost of services and products (1)" 17,442 against revenue of 52,923 and the note "(1) Exclusive of depreciation
and amortization shown separately below."."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.metrics import standard_metrics
from core.charts.memo import memo_table
from core.frames import unit_note
from tests.conftest import FIXTURES, FORIAN
from tests.conftest import read_fixture as read
from tests.page_runner import run_page, texts
from tests.test_compare_page import run_compare

QUILLMARK = FIXTURES / "ui" / "software_reconciliation_after_the_cash_flow_quillmark_q2_fy2020.pdf"
PRAIRIE_LINE = FIXTURES / "ui" / "telecom_cost_exclusive_of_depreciation_prairie_line_q2_2004.txt"
TORRINGTON = FIXTURES / "pdf" / "torrington_q2_2005_word_wrapped.pdf"

FORIAN_SHARES = ('"Net (loss) income" (204,907) over 31,098,180 shares is ($0.01) a share, as printed; in '
                 "thousands of dollars it would be ($6.59)")


def test_the_unit_note_of_a_table_in_whole_dollars_says_its_per_share_figures_bear_it_out() -> None:
    """Forian states its figures only below its first table, where the narrative's reading stops: no figure of
    the text vouches for its dollars, and every table's note had said "may be in thousands or millions" of
    figures the Overview reads, rightly, in dollars ("Revenue ... $4.7 million": 4,686,312). Its own arithmetic
    does: 204,907 / 31,098,180 = $0.0066, printed $(0.01); in thousands $6.59 a share. The statement says so of
    itself; the table of the quarter's figures over it (lines 7-63, no share count) as one of the same size."""
    release = read(FORIAN)
    statements = {(s.kind, s.span.first): s for s in release.statements}
    full, highlights = statements["operations", 143], statements["operations", 7]
    assert (full.scale, highlights.scale, full.share_scale) == (1, 1, 1)
    assert Decimal(204_907) / Decimal(31_098_180) < Decimal("0.01")  # rounds to the printed cent
    assert unit_note(full, release) == (
        "No unit note was read for this table: its figures are read as printed, in full dollars, as its per-share "
        f"figures bear out: {FORIAN_SHARES}.")
    assert unit_note(highlights, release) == (
        "No unit note was read for this table: its figures are read as printed, in full dollars, as those of FORIAN "
        "INC. CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (UNAUDITED) of the same size are, whose per-share "
        f"figures bear that out: {FORIAN_SHARES}.")
    assert not any("may be in thousands or millions" in unit_note(s, release) for s in release.statements)


def test_the_text_stays_the_first_witness_of_a_tables_dollars() -> None:
    """Torrington's statement prints EPS and shares too ("(695,000)" over 10,420,000 shares is $(0.07)), but its
    text's "net loss of $695,000" is what its note names, as before: the arithmetic speaks only where the
    text does not."""
    release = read(TORRINGTON)
    operations = release.statement("operations")
    assert operations is not None
    assert unit_note(operations, release).endswith(
        '("net loss of $695,000, or $0.07 per share", the table\'s (695,000)).')


def test_highlights_printed_under_the_first_table_are_read_under_their_heading() -> None:
    """Forian opens on a table of its quarter's figures (lines 7-63), then prints four results bullets under no
    heading and, under "Highlights", two bullets: its Kyber Data Science acquisition and its note redemption.
    The Overview had said "The release lists no highlights."; the two under the heading are its highlights, and
    no list below the first table under no heading is taken for one."""
    release = read(FORIAN)
    assert release.metadata.highlights == (
        "Acquired Kyber Data Science on October 31, 2024, adding a portfolio of solutions and machine "
        "learning-empowered analytics offerings to Forian's offering suite and expanding the markets served",
        "Redeemed 3.5% Convertible Notes and outstanding equity of over $15 million and $0.10 million, "
        "respectively, in October and November 2024",
    )
    shown = texts(run_page("overview", release))
    assert "The release lists no highlights." not in shown
    assert "Acquired Kyber Data Science on October 31, 2024" in shown


def test_rows_set_apart_after_a_statement_are_named_for_the_table_they_stand_under() -> None:
    """Quillmark's reconciliation (lines 109-112: "GAAP loss from operations (10,045) (11,107) (20,734)
    (23,138)") stands under its own title after the cash flow's "Cash and cash equivalents, end of period
    $ 88,412"; its four figures a row fit no column of the cash flow's one. The warning on every page had
    named the cash flow; it names the reconciliation."""
    release = read(QUILLMARK)
    cash_flow = release.statement("cash_flow")
    assert cash_flow is not None and cash_flow.span.last == 112
    apart = [w for w in release.warnings if "grid of their own" in w.message]
    assert [(w.table, w.span.first, w.span.last) for w in apart if w.span is not None] == [
        ("Reconciliation of GAAP to Non-GAAP Operating Loss (in thousands; unaudited)", 109, 112)]
    assert apart[0].message.startswith("its rows were not read")
    assert not any(w.table == cash_flow.title for w in apart)


def test_a_gross_margin_on_a_cost_printed_without_depreciation_says_so_on_every_page_showing_it() -> None:
    """Prairie Line's quarter: revenue 52,923, "Cost of services and products (1)" 17,442, a margin of
    (52,923 - 17,442) / 52,923 = 67.0%; its note (1) says the cost is "Exclusive of depreciation and
    amortization shown separately below.", so revenue less it is no margin after every cost of its services. The
    Overview's card and the Compare page's memo had shown 67.0% without a word; both say so."""
    release = read(PRAIRIE_LINE)
    margin = standard_metrics(release).get("gross_margin")
    assert margin is not None and margin.value is not None
    assert round(margin.value, 1) == round(Decimal(52_923 - 17_442) / 52_923 * 100, 1) == Decimal("67.0")
    caveat = ('the cost it takes off, "Cost of services and products", is printed without depreciation (its note '
              '(1): "Exclusive of depreciation and amortization shown separately below."), so the margin is higher '
              "than one taken after every cost of what the company sells")
    assert margin.caveat == caveat
    overview = texts(run_page("overview", release))
    assert f"Read with care: {caveat}." in overview
    assert "Gross margin" in set(memo_table([standard_metrics(release)])["Metric"])
    forian = read(FORIAN)
    at = run_compare({release.name: release, forian.name: forian}, current=release.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert f"gross margin: read with care: {caveat}." in texts(at)


def test_a_cost_printed_with_its_depreciation_carries_no_such_caveat() -> None:
    """Forian prints "Cost of revenue" under no footnote and "Depreciation and amortization" on a line of its own
    among its costs: its gross margin says nothing of depreciation."""
    margin = standard_metrics(read(FORIAN)).get("gross_margin")
    assert margin is not None and "depreciation" not in margin.caveat
