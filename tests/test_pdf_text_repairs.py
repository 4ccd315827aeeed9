"""What a PDF's text layer gets wrong that the page does not: running footers among a statement's rows,
and a label slipped a row down under its raised footnote mark (core.readers.pdf)."""

from __future__ import annotations

import pytest

from core.readers.characters import closed_up
from core.readers.pdf import _labels_under_a_raised_mark, _without_running_lines

FOOTER = "                  Harrow Pointe Energy Corporation – 3Q FY2015 results"


def _page(number: int, *body: str) -> str:
    return "\n".join(["", *body, "", FOOTER, f"                                   Page {number} of 4"])


def test_a_footer_on_most_pages_is_blanked_where_it_stands() -> None:
    """Word's footer over a cash-flow statement's continued page had been read as that page's column header
    ("3Q FY2015": its nine-month figures printed as twelve months')."""
    pages = [_page(1, "Headline"), _page(2, "Net income    108.2    75.4"), _page(3, "Other    17.6   (123.4)"),
             _page(4, "Contact")]
    cleaned = _without_running_lines(pages)
    assert all(FOOTER not in page for page in cleaned)
    # A page number stays: it is page furniture already, and it tells the table reader a page ended.
    assert all(f"Page {n} of 4" in page for n, page in enumerate(cleaned, start=1))
    assert [len(page.split("\n")) for page in cleaned] == [len(page.split("\n")) for page in pages]
    assert "Net income    108.2    75.4" in cleaned[1]


def test_a_line_on_a_few_pages_only_is_no_running_line() -> None:
    pages = ["Condensed Balance Sheets\nCash   5.0", "Condensed Balance Sheets\nCash   4.0", "Story\nmore",
             "Contact\nend", "Notes\nend"]
    assert _without_running_lines(pages) == pages


def test_labels_slipped_under_a_raised_mark_go_back_up_a_row() -> None:
    """Quarry Hill (round 36, typeset by reportlab): "Amortization of acquired intangible assets¹" came out
    as "1" beside its figures, the label beside the total's, and the total's label alone below."""
    lines = (
        "  Selling, general and administrative        247.1       229.4",
        "  1                                           16.1        15.6",
        "  Amortization of acquired intangible assets 304.8       287.2",
        "     Total operating expenses",
        "     Income from operations                  132.9       150.8",
    )
    repaired = _labels_under_a_raised_mark(lines)
    assert repaired[1].split()[-2:] == ["16.1", "15.6"] and repaired[1].strip().startswith("Amortization")
    assert repaired[2].strip().startswith("Total operating expenses") and repaired[2].split()[-1] == "287.2"
    assert repaired[3] == "" and repaired[4] == lines[4] and repaired[0] == lines[0]


def test_a_wrapped_negative_figure_at_the_margin_over_a_rule_stays_a_row() -> None:
    """Round 668 (invented figures): a Courier PDF of a statement re-wrapped at 72 columns sets each row's
    half-year figures on the next line at the margin; "(47)" read as a raised mark had taken the rule below it
    up beside its "38", and the "(47)" and the rule's line were lost."""
    lines = (
        "Other income (expense), net                     (26)          17",
        "(47)          38",
        "                                          ----------  ----------",
        "----------  ----------",
        "Income before income taxes                    8,803       7,367",
    )
    assert _labels_under_a_raised_mark(lines) == lines


def test_a_row_numbered_at_the_margin_with_its_label_beside_it_is_left_alone() -> None:
    lines = ("  1  Revenue        100.0       90.0", "  2  Costs           60.0       50.0")
    assert _labels_under_a_raised_mark(lines) == lines


@pytest.mark.parametrize(("printed", "read"), [
    # a heading's CSS letter-spacing as pypdf places each glyph: closed up, centred where it stood (the spaced
    # run's 23 characters from column 6 hold the 12 of "THREE MONTHS" from column 12)
    ("      T H R E E   M O N T H S", "            THREE MONTHS     "),
    ("  E N D E D      S I X   M O N T H S   E N D E D", "    ENDED                SIX MONTHS ENDED       "),
    # a day spaced so, wrapped under its month (round 292: read as "3", the 3rd); a pair Chromium kerned
    ("          3 0 ,          3 1 ,", "           30,            31, "),
    ("   T W E LV E   M O N T H S", "        TWELVE MONTHS      "),
    # two letters a space apart, small numbers, words, or a pair at a word's edge are as printed
    ("Class A B shares      1,200", "Class A B shares      1,200"),
    ("Stores opened   1 2 3", "Stores opened   1 2 3"),
    ("rated A A A by two agencies", "rated A A A by two agencies"),
    ("Net sales   $ 1,204", "Net sales   $ 1,204"),
    # years spaced so, one a kerned pair ("2 0 11"): closed up; small numbers one space apart are not
    ("    1 9 9 8      2 0 11", "      1998        2011 "),
])
def test_letter_spaced_words_are_closed_up(printed: str, read: str) -> None:
    closed = closed_up(printed)
    assert closed == read and len(closed) == len(printed)


def test_a_line_wider_than_any_page_is_not_searched_for_spaced_words() -> None:
    """A hostile line of 20 MB of "1 1 1 ..." had been matched whole and split into ten million glyphs
    (4.3 s, 1.4 GB); a letter-spaced heading is never wider than a page, so such a line is left as printed."""
    wide = "T H R E E   M O N T H S" + " 1" * 400
    assert closed_up(wide) == wide
    assert closed_up(f"{wide}\n   T H R E E") == f"{wide}\n     THREE  "


@pytest.mark.parametrize(("printed", "read"), [
    ("Net loss   $ (8,162,209)$    (5,735,069)$(23,483,108)",
     "Net loss   $ (8,162,209) $    (5,735,069) $(23,483,108)"),
    ("per share   $  (0.13)$  (0.11)", "per share   $  (0.13) $  (0.11)"),
    ("Note (a)$ amounts are in thousands", "Note (a)$ amounts are in thousands"),  # no figure after the "$"
])
def test_a_negative_run_into_the_next_columns_dollar_is_parted(printed: str, read: str) -> None:
    from core.readers.pdf import _NEGATIVE_THEN_DOLLAR

    assert _NEGATIVE_THEN_DOLLAR.sub(") $", printed) == read


def _run(text: str, x: float, y: float) -> dict[str, object]:
    return {"text": text, "tx": x, "ty": y, "font_height": 10.0, "displaced_tx": x + 6 * len(text), "flip_sort": -1}


def _runs_page(*rows: tuple[float, list[tuple[str, float]]]) -> list[dict[str, object]]:
    return [_run(text, x, y) for y, runs in rows for text, x in runs]


def test_a_run_drawn_at_the_same_place_at_the_edge_of_two_pages_is_furniture_wherever_glued() -> None:
    """Round 658: a browser's fixed footer ("-- Exhibit 99.1 --") drawn on the line of a statement's title and
    of a row's first figure is left out, and so is the address drawn beside a row; the title, the rows and a
    line of words repeated away from the edges stay."""
    from core.readers.pdf import _furniture_runs

    first = _runs_page((20, [("ACME SHIPPING CORP. AND SUBSIDIARIES", 100)]),
                       (40, [("CONSOLIDATED BALANCE SHEETS", 100), ("-- Exhibit 99.1 --", 300)]),
                       (60, [("(In thousands)", 100)]), (300, [("Cash", 10), ("412", 400)]),
                       (320, [("Total assets", 10), ("9,412", 400)]), (500, [("Net income", 10), ("20", 400)]),
                       (700, [("Other assets", 10), ("17", 400)]), (720, [("Goodwill", 10), ("88", 400)]),
                       (760, [("ACME SHIPPING CORP. · 1 Dock Road, Portland, Maine 04101", 10)]))
    second = _runs_page((20, [("Weighted average shares:", 10)]),
                        (40, [("Basic", 10), ("-- Exhibit 99.1 --", 300), ("18,215", 400)]),
                        (60, [("Diluted", 10), ("18,640", 400)]), (500, [("Net income", 10), ("20", 400)]),
                        (700, [("Common stock", 10), ("5", 400)]), (720, [("Surplus", 10), ("98", 400)]),
                        (760, [("ACME SHIPPING CORP. · 1 Dock Road, Portland, Maine 04101", 10), ("Retained", 80)]))
    left_out = _furniture_runs([first, second])
    assert left_out is not None
    dropped = {str(run["text"]) for run in [*first, *second] if left_out(run)}
    assert dropped == {"-- Exhibit 99.1 --", "ACME SHIPPING CORP. · 1 Dock Road, Portland, Maine 04101"}


def test_a_columns_head_beside_the_years_on_pages_laid_out_alike_is_no_furniture() -> None:
    """The corpus's Aflac and Timberland releases printed to PDF by Chromium: each statement on a page of its own,
    its header "THREE MONTHS ENDED MARCH 31,   2020   2019   % Change" at the same height page after page. The
    "% Change" run had been taken for furniture and left out, the change column unheaded, and the quarter's
    figures lost (Aflac 24 facts to 12). On a line of figures only a run holding digits of its own may be
    furniture."""
    from core.readers.pdf import _furniture_runs

    def page(label: str, figure: str) -> list[dict[str, object]]:
        return _runs_page((20, [("THREE MONTHS ENDED MARCH 31,", 10), ("2020", 300), ("2019", 360),
                                ("% Change", 420)]),
                          (300, [(label, 10), (figure, 300), (figure, 360), ("4.1", 420)]))

    left_out = _furniture_runs([page("Total revenues", "5,162"), page("Total assets", "152,768")])
    assert left_out is None


def test_a_run_at_the_edge_of_one_page_only_is_no_furniture() -> None:
    from core.readers.pdf import _furniture_runs

    page = _runs_page((20, [("-- Exhibit 99.1 --", 300)]), (300, [("Cash", 10), ("412", 400)]))
    other = _runs_page((20, [("Results of operations", 10)]), (300, [("Cash", 10), ("512", 400)]))
    assert _furniture_runs([page, other]) is None


def test_furniture_split_over_a_title_by_pdftotext_is_cut_out_and_the_title_kept() -> None:
    """pdftotext sets a footer drawn over a title's two lines as "-- Exhibit" over "CONDENSED CONSOLIDATED
    99.1 --": both parts go, the title's words stay (round 658: read as a row of 99.1 thousand and a dash)."""
    from core.readers.page_furniture import blank_page_furniture

    lines = ["   -- Exhibit 99.1 --", "Story", "", "   Address Line, Town", "",
             "   -- Exhibit", "   CONDENSED CONSOLIDATED      99.1 --", "   BALANCE SHEETS", "Cash   412   388",
             "", "   Address Line, Town", "Goodwill   97   95", "   -- Exhibit 99.1 --", "Total   509   483"]
    blank_page_furniture(lines, [5, 11])
    assert lines == ["", "Story", "", "", "", "", "   CONDENSED CONSOLIDATED", "   BALANCE SHEETS",
                     "Cash   412   388", "", "", "Goodwill   97   95", "", "Total   509   483"]
