"""What a PDF's text layer does to a release, line by line, on lines taken from real releases printed by
Chromium (tests/fixtures/gold_pdf), and how the reader reads each the way the HTML meant it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.readers.text import split_lines
from core.tables.find import find_tables
from core.tables.lines import LineKind, classify, is_prose

FIXTURES = Path(__file__).parent / "fixtures"


def test_ligatures_are_spelled_out_and_the_columns_stay_put() -> None:
    # Microsoft's cash flow statement: "fi" printed as one glyph; the figures must not move a column.
    printed = ["Net cash used in \ufb01nancing" + " " * 11 + "(14,645)" + " " * 8 + "(7,601)",
               "Net cash used in investing" + " " * 11 + "(1,363)" + " " * 8 + "(8,516)"]
    assert [len(line) for line in printed] == [59, 59]  # as printed, the figures end in the same places
    lines = split_lines("\n".join(printed))
    assert lines[0].startswith("Net cash used in financing   ")
    assert [len(line) for line in lines] == [59, 59]
    assert lines[0].index("(14,645)") + len("(14,645)") == lines[1].index("(1,363)") + len("(1,363)")
    assert split_lines("E\ufb00ect of foreign exchange  ex")[0] == "Effect of foreign exchange  ex"


@pytest.mark.parametrize("line", [
    # Vertex's "Non-GAAP Financial Measures" paragraph: justified, its words spread over wide gaps.
    "because   management   believes   these   non-GAAP   financial     measures   help   indicate",
    "results  are  provided  as  a  complement  to  results  provided  in  accordance  with  GAAP",
    # Timberland Bancorp: a word torn by the extractor's kerning.
    "actual results for fiscal 2020 and beyond to differ materially fr                om those expressed in any",
])
def test_justified_prose_is_prose(line: str) -> None:
    assert is_prose(classify(1, line))


@pytest.mark.parametrize("line", [
    "                          Three Months Ended September 30, 2023   Nine Months Ended September 30, 2023",
    "                   Liquids Hedges (Bbl/d)   index price ($/Gal)     differential $/Gal     Weighted average",
    "    Derivative Contract Type                                                 Weighted average",
])
def test_column_headers_are_not_prose(line: str) -> None:
    assert not is_prose(classify(1, line))


def test_a_page_number_ends_the_page_above_a_statement_title() -> None:
    # Vertex: the last paragraph of a page ("A reconciliation of the GAAP financial results to non-GAAP
    # financial results ...") must not become the title of the statement on the next page.
    text = """\
reconciliation of the GAAP financial   results to non-GAAP financial   results is included in the
attached financial infor                 mation and the outlook

                                                        5

                              Consolidated Statements of Operations
                                (in thousands, except per share amounts)

                                                                       Three Months Ended March 31,
                                                                            2020                  2019
 Total revenues                                                        1,515,107              858,435
 Total costs and expenses                                                794,883              581,627
Income from operations                                                   720,224              276,808
"""
    table = find_tables(split_lines(text))[0]
    assert table.title_lines == ("Consolidated Statements of Operations", "(in thousands, except per share amounts)")


def test_dates_stacked_over_figures_that_are_not_aligned_keep_their_columns() -> None:
    # Tetra Tech's balance sheet: "September / 29, / 2019" stacked over the second column, and figures
    # whose right edges wander ("$2,343,150", "-"), so the columns are read by order: the dates each
    # header names stand, where reading the header words in order gave "March 29" to both.
    layer = FIXTURES / "gold_pdf" / "tetra-tech_q2-fy2020_html.txt"
    balance = core.parse_release(layer.read_bytes(), layer.name).statement("balance")
    assert balance is not None
    assert [p.end for p in balance.periods] == [date(2020, 3, 29), date(2019, 9, 29)]


def test_a_heading_wrapped_over_two_lines_is_one_section() -> None:
    # AtriCure: "Weighted average shares used in computing net loss / per share:" then "Basic and diluted".
    text = """\
                                                     Three Months Ended March 31,
                                                          2020               2019
Net loss                                             $ (16,408)       $   (5,635)
Basic and diluted net loss per share                 $    (0.42)      $    (0.15)
Weighted average shares used in computing net loss
per share:
 Basic and diluted                                       38,671            36,976
"""
    rows = find_tables(split_lines(text))[0].rows
    assert rows[-1].section == "Weighted average shares used in computing net loss per share"


def test_the_page_header_above_a_statement_ends_the_page_before() -> None:
    # James River (HTML, rendered): a footnote about non-GAAP measures ends a page, "Page 9" opens the next;
    # the statement under it is the GAAP statement, not a reconciliation.
    text = """\
   (a) See "Reconciliation of Non-GAAP Measures".

-MORE-

JRVR Announces First Quarter Results

Page 9

Condensed Consolidated (Loss) Income Statement Data
                                                              2020                 2019
                                                ($ in thousands, except for share data)
Total revenues                                             110,284              214,127
Total expenses                                             151,502              188,636
(Loss) income before taxes                                (41,218)               25,491
"""
    table = find_tables(split_lines(text))[0]
    assert table.title_lines[0] == "Condensed Consolidated (Loss) Income Statement Data"


@pytest.mark.parametrize(("line", "label", "figures"), [
    # Leaders typeset in a proportional font come back wider than they were, run into the first figure.
    ("Loss from operations  . . . . . . . .(44,415)                     (35,521)",
     "Loss from operations", ["(44,415)", "(35,521)"]),
    ("Net loss     . . . . . . . . . . . . .$(42,259)  $              (34,041)",
     "Net loss", ["$(42,259)", "$(34,041)"]),
    ("Cost of services .................................    50,300       52,100", "Cost of services",
     ["50,300", "52,100"]),
])
def test_dot_leaders_end_the_label(line: str, label: str, figures: list[str]) -> None:
    classified = classify(1, line)
    assert (classified.label, [c.text for c in classified.cells]) == (label, figures)


def test_the_last_line_of_a_footnote_paragraph_is_prose() -> None:
    # Mesa Verde's footnotes end "... the" / "reconciliation below." right above the balance sheet's title.
    assert is_prose(classify(1, "reconciliation below."))
    assert not is_prose(classify(1, "Net income per share."))


def test_figures_one_a_line_under_a_heading_are_not_paired_with_labels() -> None:
    """One cell a line with each row's figures before its label (text taken from a PDF without its
    layout): the heading "Operating expenses:" stands straight above figures, which a label-first reading
    would give the heading and every later label the figures of the row above."""
    from core.tables.cell_per_line import vertical_tables

    text = "\n".join([
        "Revenue:", "53,225", "53,966", "Total revenue", "14,341", "14,095", "Cost of revenue",
        "Operating expenses:", "11,587", "8,176", "Research and development expenses", "42,751", "37,015",
        "Selling, general and administrative expenses", "54,338", "45,191", "Total operating expenses",
    ])
    lines = split_lines(text)
    tables, used = vertical_tables([classify(number, line) for number, line in enumerate(lines, 1)])
    assert (tables, used) == ([], set())


# A page of two columns of prose as pypdf lays it out: the dateline's paragraph on the left, a paragraph of
# figures and a quote on the right (Sunhollow's first page, round 223, invented).
_LEFT = ["", "       IRVINE, Calif., Feb. 27, 2023 (GLOBE NEWSWIRE) -",
         "       - Sunhollow Vascular, Inc. (Nasdaq: SHVI), a medical",
         "       technology  company  focused  on  minimally  invasive",
         "       treatment  of  peripheral  artery  disease,  today  reported",
         "       financial  results  for  the  fourth  quarter  and  full  year", "       ended December 31, 2022.", "",
         "       Fourth Quarter 2022 Highlights", "               Revenue of $42.7 million, up 21% from the prior",
         "               year period", "               Gross margin of 68.6%"]
_RIGHT = ["Operating  expenses  for  the  fourth  quarter  were  $36.9",
          "million,  compared  with  $37.6  million  in  the  fourth",
          "quarter  of  2021.  Net  loss  for  the  full  year  was  $46.5", "million.", "",
          "Cash  and  cash  equivalents  were  $137.6  million  as  of", "December 31, 2022.", "",
          '"2022 was a year of strong execution as we expanded',
          "our    U.S.    sales    force    and    launched    the    Helix",
          'atherectomy  platform,"  said  Priya  Ramanathan,  Chief', "Executive Officer."]
TWO_COLUMNS = "\n".join([*((left.ljust(76) + right).rstrip() for left, right in zip(_LEFT, _RIGHT, strict=True)),
                         "       The company will host a conference call today at 1:30 p.m. PT. A webcast will be "
                         "available at investors.sunhollow.example."]) + "\n"


def test_two_columns_of_prose_are_read_one_after_the_other() -> None:
    """The left column whole, then the right one, then the page's full-width text: read across, the dateline's
    sentence had run into the figures beside it, and "$36.9" and "$46.5" had made a table of figures."""
    from core.readers.pdf import _columns_one_after_the_other

    lines = [line.strip() for line in _columns_one_after_the_other(TWO_COLUMNS.rstrip("\n")).split("\n")]
    text = [line for line in lines if line]
    assert text[:4] == ["IRVINE, Calif., Feb. 27, 2023 (GLOBE NEWSWIRE) -",
                        "- Sunhollow Vascular, Inc. (Nasdaq: SHVI), a medical",
                        "technology  company  focused  on  minimally  invasive",
                        "treatment  of  peripheral  artery  disease,  today  reported"]
    assert text.index("Operating  expenses  for  the  fourth  quarter  were  $36.9") == 10  # after the left column
    assert text[-1].startswith("The company will host a conference call")  # full width: stays where it was


def test_a_table_beside_its_labels_is_no_two_columns_of_prose() -> None:
    """A statement's labels and figures stand apart as two columns do, but one side is figures: left as printed."""
    from core.readers.pdf import _columns_one_after_the_other

    table = "\n".join(f"  {label:<44}{a:>12}{b:>14}" for label, a, b in [
        ("Research and development expenses", "8,877", "9,271"), ("Selling, general and administrative", "27,657",
                                                                  "27,931"),
        ("Amortization of intangible assets", "410", "410"), ("Total operating expenses", "36,944", "37,612"),
        ("Loss from operations", "(7,634)", "(13,424)"), ("Interest expense", "(620)", "(620)")])
    assert _columns_one_after_the_other(table) == table


def test_a_two_column_first_page_gives_its_story_whole() -> None:
    """Sunhollow's PDF: the lead paragraph reads whole as the release's highlight, one space between words, and no
    table is made of the narrative's figures."""
    path = FIXTURES / "layouts" / "pdf_statements_cut_by_page_breaks_their_titles_repeated.pdf"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.metadata.highlights[0].startswith(
        "Sunhollow Vascular, Inc. (Nasdaq: SHVI), a medical technology company focused on minimally invasive "
        "treatment of peripheral artery disease")
    assert [s.kind for s in release.statements] == ["operations", "balance", "cash_flow"]


@pytest.mark.parametrize(("line", "furniture"), [
    # round 558's pdftotext: the page's foot naming the release, its page number at the right margin
    ("Silver Mesa Gaming Corporation | Q3 2020 Earnings Release" + " " * 54 + "3", True),
    ("Harlow Biosciences, Inc. - Press Release" + " " * 30 + "Page 4", True),
    # a row of a statement naming a release of reserves or allowances stays a row
    ("Release of valuation allowance" + " " * 30 + "3", False),
    ("Tax benefit from release of reserves" + " " * 20 + "12", False),
])
def test_a_running_foot_naming_the_release_is_page_furniture(line: str, furniture: bool) -> None:
    assert (classify(1, line).kind is LineKind.BLANK) is furniture


def test_a_running_foot_inside_a_cash_flow_is_no_row() -> None:
    source = FIXTURES / "layouts" / "pdftotext_running_foot_with_its_page_number_inside_a_cash_flow.txt"
    release = core.parse_release(source.read_bytes(), source.name)
    labels = {item.label for statement in release.statements for item in statement.items}
    assert not any("Earnings Release" in label for label in labels)
    # the row under the foot keeps both years (in thousands: "(23,000)   (96,000)")
    flows = next(s for s in release.statements if s.kind == "cash_flow" and s.primary)
    investing = next(item for item in flows.items if "investing_cash_flow" in item.concepts)
    assert investing.values == (Decimal("-23000000"), Decimal("-96000000"))


def _run(x: float, text: str, width: float) -> dict[str, object]:
    """One run of text as pypdf's layout steps give it: where it starts and ends on the line, in points."""
    return {"tx": x, "ty": 0.0, "font_size": 8.5, "font_height": 8.5, "text": text, "displaced_tx": x + width,
            "flip_sort": 1}


def test_dot_leaders_give_way_to_the_figure_they_would_push() -> None:
    """Round 633: leaders drawn dot by dot at a 2.2 pt pitch beside 2.7 pt columns pushed the first figure into
    the second ("Net income ....15,08510,860"). The figure keeps its own column, one space after the leaders;
    a label's own full stop stays; text after leaders that opens no figure cell is set as pypdf sets it."""
    from core.readers.pdf_leaders import _fixed_width_page

    def line(label: str, after: str, at: float) -> str:
        runs = [_run(0.0, label, 40.0)] + [_run(42.0 + 2.2 * i, ".", 2.1) for i in range(120)]
        return _fixed_width_page({0: [*runs, _run(at, after, 23.0), _run(at + 70.0, "10,860", 23.0)]}, 2.7)

    glued = line("Net income", "15,085", 296.6)
    assert glued.split()[-2:] == ["15,085", "10,860"]
    assert glued.index("15,085") == int(296.6 // 2.7) and glued[glued.index("15,085") - 1] == " "
    # leaders typed in the label's own run, no room for them: the label's full stop stays, a space after it
    tight = _fixed_width_page({0: [_run(0.0, "Net inc. . . . . .", 20.0), _run(22.0, "15,085", 23.0)]}, 2.7)
    assert tight == "Net inc. 15,085"
    assert "...Notes" in line("Net income", "Notes", 296.6)  # words after leaders: no figure, nothing cut
    # leaders that end short of the figure are left as they are
    short = _fixed_width_page({0: [_run(0.0, "Revenue", 30.0), _run(40.0, ". . . .", 20.0),
                                   _run(100.0, "412,630", 25.0)]}, 2.7)
    assert short == "Revenue" + " " * 7 + ". . . ." + " " * 16 + "412,630"
