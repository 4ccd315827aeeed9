"""How an HTML table becomes fixed-width text the table reader reads: the rendering rules one by one, on
small tables written the way EDGAR filers write them."""

from __future__ import annotations

import pytest

import core
from core.errors import ReleaseParseError
from core.readers.html import render_html, wrap, wrap_label
from core.readers.html.markup import parse_document

STATEMENT = """<html><head><title>ex99</title><style>td {{ font-family: Arial }}</style>
<script>var tracking = "Net income 999";</script></head><body>
<p>ACME CORP (NASDAQ: ACME) today reported results for the quarter ended March 31, 2020.</p>
<p align=center><b>ACME CORP<br>CONDENSED STATEMENTS OF OPERATIONS</b></p>
<p align=center>(In thousands, except per share data)</p>
<table>
 <tr><td></td><td></td><td colspan=3 style="border-bottom:solid 1pt">Three Months Ended<br>March 31,</td></tr>
 <tr><td></td><td></td><td colspan=1 align=center>2020</td><td></td><td align=center>2019</td></tr>
 <tr><td>Revenue</td><td>$</td><td align=right>1,200</td><td>$</td><td align=right>1,000</td></tr>
 {rows}
</table></body></html>"""

ROWS = """
 <tr><td><p style="margin-left:12pt">Cost of revenue</p></td><td></td><td>700</td><td></td><td>650</td></tr>
 <tr><td>Net income (loss)</td><td>$</td><td style="border-top:1px solid #000;border-bottom:3px double #000">(1,234</td>
     <td>)</td><td style="border-bottom:double">350</td></tr>
"""


def _render(rows: str = ROWS) -> list[str]:
    return list(render_html(STATEMENT.format(rows=rows)).lines)


def test_a_statement_renders_as_aligned_columns_under_its_title_and_header() -> None:
    assert _render() == [
        "ACME CORP (NASDAQ: ACME) today reported results for the quarter ended March 31, 2020.",
        "",
        "ACME CORP",
        "CONDENSED STATEMENTS OF OPERATIONS",
        "",
        "(In thousands, except per share data)",
        "",
        "                    Three Months Ended",
        "                        March 31,",
        "                    ------------------",
        "                         2020     2019",
        "Revenue                $1,200   $1,000",
        "  Cost of revenue         700      650",
        "                    ---------",
        "Net income (loss)    $(1,234)      350",
        "                    =========   ======",
    ]


def test_script_style_and_head_never_reach_the_text() -> None:
    text = "\n".join(_render())
    assert "tracking" not in text and "font-family" not in text and "ex99" not in text


def test_dollar_and_parenthesis_cells_join_their_number() -> None:
    line = next(line for line in _render() if line.startswith("Net income"))
    assert line.split() == ["Net", "income", "(loss)", "$(1,234)", "350"]


@pytest.mark.parametrize(("text", "one_figure"), [
    ("2006\u00a0\u00a0\u00a0\u00a0 2005", False),  # both years in one cell spanning their columns (round 177)
    ("100 60", False), ("1 234 567", True), ("$ 1,234", True), ("(1,234\n)", True), ("9.14", True),
    # two figures a wide gap apart in one cell, a pair of years' figures (round 182): never 410,880
    ("410\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0880\u00a0", False),
    ("$\u00a024,815\u00a0\u00a0\u00a0$\u00a027,390", False),
    ("(37)\u00a0\u00a0\u00a061", False),
    # ... but a footnote's mark after the gap is the figure's (round 188: the tax "1,291&nbsp;x3 (2)")
    ("1,291\u00a0\u00a0\u00a0(2)", True)])
def test_digits_apart_are_one_figure_only_as_thousands_groups(text: str, one_figure: bool) -> None:
    """Round 177's telephone company (1997-2006 HTML) put "2006&nbsp;...&nbsp;2005" in one cell over both
    years' columns: read as the figure 20,062,005, the header row was gone and the whole statement of
    operations with it (48 facts missing). Round 182's network company set each row's two years' figures in
    one cell: "410&nbsp;x6 880" had been printed as capital lease obligations of $410,880,000."""
    from core.readers.html.cell_text import collapse, is_numeric

    assert is_numeric(collapse(text)) is one_figure


def test_dollar_then_parenthesis_then_figure_then_closer_join_as_one_cell() -> None:
    """"$" | "(" | "500" | ")" in four cells: "(" joins first, then "$", so the year over all four stays."""
    rows = ("<tr><td>Net loss</td><td>$</td><td>(</td><td>500</td><td>)</td>"
            "<td>$</td><td>(</td><td>1,140</td><td>)</td></tr>")
    line = next(line for line in _render(rows) if line.startswith("Net loss"))
    assert line.split() == ["Net", "loss", "$(500)", "$(1,140)"]


def test_the_rendered_statement_reads_like_its_text_form() -> None:
    release = core.parse_release(STATEMENT.format(rows=ROWS).encode(), "acme.htm")
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2020-03-31", "3M 2019-03-31"]
    net = operations.item("net_income")
    assert net is not None and [str(v) for v in net.values] == ["-1234000", "350000"]
    assert release.metadata.ticker == "ACME"


@pytest.mark.parametrize("word", ["nm", "NM", "n/m", "N/M", "n.m.", "N/A"])
def test_a_not_meaningful_word_among_figures_stands_in_its_column_as_a_dash_would(word: str) -> None:
    """"NM" in a change column is an empty figure cell, never words of the label: left of a figure, with the
    figures before it small enough to be footnote marks ("(67)", "63"), it had pushed the labels' column
    over them, and the header over them named no column."""
    table = ("<table><tr><td></td><td>2020</td><td>2019</td><td>% Change</td><td>2020</td></tr>"
             "<tr><td>Revenue</td><td>412</td><td>1,508</td><td>(72.7)</td><td>1,604</td></tr>"
             "<tr><td>Income tax provision (benefit)</td><td>(67)</td><td>63</td><td>{}</td><td>(146)</td></tr>"
             "</table>")
    with_word, with_dash = (list(render_html(table.format(cell)).lines) for cell in (word, "\u2014"))
    line, dashed = with_word[-1], with_dash[-1]
    assert line.split()[-4:] == ["(67)", "63", word, "(146)"]
    assert line.index("(67)") == dashed.index("(67)") and line.index("63") == dashed.index("63")
    assert with_word[0] == with_dash[0]  # the header over the same columns


def test_spacer_columns_and_empty_rows_are_dropped() -> None:
    rows = ROWS.replace("<td></td><td>700</td>", "<td>&nbsp;</td><td>700</td>")
    rows += "<tr><td>&nbsp;</td><td></td></tr>"
    assert _render(rows) == _render()


def test_indentation_comes_from_padding_margins_and_no_break_spaces() -> None:
    rows = """<tr><td style="padding-left:24pt">Deep</td><td></td><td>1</td><td></td><td>2</td></tr>
              <tr><td>&nbsp;&nbsp;&nbsp;Spaced</td><td></td><td>3</td><td></td><td>4</td></tr>
              <tr><td><p style="margin-left:12pt;text-indent:-12pt">Hanging</p></td>
                  <td></td><td>5</td><td></td><td>6</td></tr>"""
    lines = _render(rows)
    assert next(line for line in lines if "Deep" in line).startswith("    Deep")
    assert next(line for line in lines if "Spaced" in line).startswith("   Spaced")
    assert next(line for line in lines if "Hanging" in line).startswith("Hanging")


def test_a_long_label_wraps_where_the_reader_joins_it_again() -> None:
    label = ("Common stock, no par value; 900,000,000 shares authorized; 385,192,286 and 366,726,584 shares "
             "issued and outstanding, respectively")
    assert wrap_label(label) == [
        "Common stock, no par value; 900,000,000 shares",
        "authorized; 385,192,286 and 366,726,584 shares",
        "issued and outstanding, respectively",
    ]


def test_a_label_that_may_never_break_weighs_each_place_between_its_words_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Capitalised words without a connector: no place a line may break, so the label stays one line. Each
    # place is weighed once, not again at every word that overflows (quadratic: minutes for a grown fixture).
    weighed: list[str] = []
    weigh = wrap._may_break

    def may_break(before: str, after: str) -> bool:
        weighed.append(after)
        return weigh(before, after)

    monkeypatch.setattr(wrap, "_may_break", may_break)
    label = " ".join(["Reserve"] * 2_000)
    assert wrap_label(label) == [label]
    assert len(weighed) < 2_000


def test_a_footnote_row_inside_a_table_is_prose_not_a_value_of_minus_one() -> None:
    note = "(1) Includes a charge of $12 million for the restructuring of the European sales organisation."
    rows = ROWS + f'<tr><td>(1)</td><td colspan=4>{note[4:]}</td></tr>'
    assert _render(rows)[-1] == note


def test_old_exhibits_with_text_tables_in_pre_are_copied_verbatim() -> None:
    table = ["                      2004      2003", "Net sales          $ 2,014   $ 1,545"]
    html = "<html><body><pre>\n" + "\n".join(table) + "\n</pre></body></html>"
    assert list(render_html(html).lines) == ["", *table]


def test_a_text_table_in_a_pre_inside_a_table_cell_is_copied_verbatim() -> None:
    table = ["                      2004      2003", "Net sales          $ 2,014   $ 1,545"]
    html = ("<html><body><table><tr><td align=center><b>ACME CORP<br>STATEMENTS OF INCOME</b></td></tr>"
            "<tr><td><pre>\n" + "\n".join(table) + "\n</pre></td></tr></table></body></html>")
    assert [line for line in render_html(html).lines if line] == ["ACME CORP", "STATEMENTS OF INCOME", *table]


def test_a_row_after_a_cell_whose_font_was_left_open_is_a_row_as_a_browser_shows_it() -> None:
    html = ("<table><tr><td><font size=2>Revenues:\n<tr><td><font size=2>Product<td align=right>"
            "<font size=2>1,200</font>\n<tr><td><font size=2>Service</font><td align=right>300</table>")
    assert [line.split() for line in render_html(html).lines if line] == [
        ["Revenues:"], ["Product", "1,200"], ["Service", "300"]]
    # A table inside a cell keeps its own rows.
    nested = "<table><tr><td><table><tr><td>Inner</td><td>5</td></tr></table></td><td>Outer</td></tr></table>"
    assert "Inner" in " ".join(render_html(nested).lines)
    assert len(parse_document(nested)[0].xpath("//table//table//tr")) == 1


@pytest.mark.parametrize("opening", ["<table><font size=2>", "<table><b>", "<table><tbody><font size=2>",
                                     "<table><font size=2><font face=Times>"])
def test_rows_wrapped_in_a_tag_between_the_table_and_them_are_the_tables(opening: str) -> None:
    """Round 627 (a 2001 apparel maker's exhibit): `<TABLE><FONT SIZE="2"><TR>...</FONT></TABLE>`, invalid but
    laid out by every browser (and w3m, lynx) as the table's rows. libxml2 keeps the font as the table's child,
    the rows inside it: the table had held no row, and the release no statement."""
    html = (f"<p>STATEMENTS OF OPERATIONS</p>{opening}<tr><td>Net sales</td><td align=right>86,420</td>"
            "<td align=right>94,780</td></tr><tr><td>Net income</td><td align=right>2,290</td>"
            "<td align=right>5,195</td></tr></table>")
    lines = [line.split() for line in render_html(html).lines if line]
    assert ["Net", "sales", "86,420", "94,780"] in lines and ["Net", "income", "2,290", "5,195"] in lines


@pytest.mark.parametrize("gap", ["&nbsp;&nbsp;", "&nbsp; "])  # two spaces as Word writes them, both ways
def test_a_statement_typed_in_courier_paragraphs_keeps_its_alignment(gap: str) -> None:
    table = ["                  2004      2003", "Net sales          $ 2,014    $ 1,545", "Costs:",
             "  Cost of sales          900        800"]
    typed = "".join(f"<p style=\"font-family:'Courier New'\">{line.replace('  ', gap)}</p>\n" for line in table)
    html = f"<html><body><p>ACME CORP reported results.</p>{typed}<p>Acme Corp makes anvils.</p></body></html>"
    rendering = render_html(html)
    assert list(rendering.lines) == ["ACME CORP reported results.", "", *table, "", "Acme Corp makes anvils."]
    assert rendering.pre_blocks


def test_spaces_in_paragraphs_not_set_in_a_fixed_width_font_collapse() -> None:
    html = "<p>Revenue&nbsp;&nbsp; grew&nbsp;&nbsp;&nbsp;12%</p><p style='font-family:Courier'>one&nbsp;two</p>"
    assert list(render_html(html).lines) == ["Revenue grew 12%", "", "one two"]
    # A fixed-width font set inside one block is that block's: the text around it collapses as ever.
    html = "<div>Revenue&nbsp;&nbsp; grew<p><tt>1&nbsp;&nbsp;2</tt></p>by&nbsp;&nbsp;12%</div>"
    assert list(render_html(html).lines) == ["Revenue grew", "", "1  2", "", "by 12%"]


def test_a_fixed_width_font_set_by_a_font_element_or_an_enclosing_block_counts() -> None:
    font = "<p><font face='Courier New'>Net sales&nbsp;&nbsp;&nbsp;2,014</font></p>"
    enclosing = "<div style='font-family: monospace'><p>Net sales&nbsp;&nbsp;&nbsp;2,014</p></div>"
    for html in (font, enclosing):
        assert list(render_html(html).lines) == ["Net sales   2,014"]


def test_a_statement_printed_as_one_row_of_stacked_cells_reads_as_its_rows() -> None:
    labels = "Net sales<br>Costs:<br>&nbsp;&nbsp;Cost of sales<br>Net income"
    html = (f"<table><tr><td></td><td>2004</td><td>2003</td></tr><tr><td>{labels}</td>"
            "<td>$2,014<br>&nbsp;<br>900<br>$114</td><td>$1,545<br>&nbsp;<br>800<br>$95</td></tr></table>")
    assert list(render_html(html).lines) == [
        "                    2004     2003",
        "Net sales         $2,014   $1,545",
        "Costs:",
        "  Cost of sales      900      800",
        "Net income          $114      $95",
    ]


def test_a_label_stacked_beside_one_figure_stays_one_row() -> None:
    html = ("<table><tr><td></td><td>2004</td></tr>"
            "<tr><td>Net income<br>attributable<br>to common<br>stockholders</td><td>1,234</td></tr></table>")
    lines = list(render_html(html).lines)
    assert lines[-1].startswith("Net income attributable to common stockholders") and len(lines) == 2


def test_bullet_and_layout_tables_without_figures_read_as_paragraphs() -> None:
    html = "<table><tr><td>•</td><td>Revenue grew 12% to a record $1.2 billion.</td></tr></table>"
    assert list(render_html(html).lines) == ["• Revenue grew 12% to a record $1.2 billion."]


def _row_table(*cells: str) -> str:
    """One row of a statement as a table of its own, as Word and desktop-publishing exports print it."""
    return '<table width="100%"><tr>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>\n"


def test_a_statement_printed_one_table_a_row_is_laid_out_as_one_table() -> None:
    html = ("<html><body>" + _row_table("", "Three Months Ended", "", "Nine Months Ended", "")
            + _row_table("", "2023", "2022", "2023", "2022")
            + _row_table("Net revenues", "$143,200", "$131,900", "$412,600", "$381,400")
            + '<table><tr><td colspan="5">Operating expenses:</td></tr></table>\n'  # a heading, of any width
            + _row_table("Selling, general and administrative", "33,800", "31,600", "99,400", "93,200")
            + "</body></html>")
    lines = [line for line in render_html(html).lines if line]
    assert render_html(html).data_tables == 1
    assert len(lines) == 5  # one table: no blank line between its rows
    assert lines[3] == "Operating expenses:"
    revenue, expenses = lines[2], lines[4]
    pairs = (("$143,200", "33,800"), ("$131,900", "31,600"), ("$412,600", "99,400"), ("$381,400", "93,200"))
    for figure, other in pairs:
        assert revenue.index(figure) + len(figure) == expenses.index(other) + len(other)  # right edges line up
    # The header words of the first column of each pair stand over both columns of the pair.
    header, years = lines[0], lines[1]
    assert header.index("Three") < years.index("2023") and header.index("Nine") > years.index("2022") + 4


def test_small_tables_without_figures_in_a_row_stay_paragraphs() -> None:
    html = "".join(_row_table("•", f"Revenue grew {n}% to a record.") for n in (12, 13, 14))
    expected = [f"• Revenue grew {n}% to a record." for n in (12, 13, 14)]
    assert [line for line in render_html(html).lines if line] == expected


def test_tables_in_a_row_of_different_widths_are_laid_out_apart() -> None:
    html = (_row_table("Net revenues", "143,200", "131,900")
            + _row_table("Net income", "19,880", "17,910", "53,460"))
    lines = [line for line in render_html(html).lines if line]
    assert lines == ["Net revenues   143,200   131,900", "Net income   19,880   17,910   53,460"]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Apple&#146;s results&#151;a record</p>", "Apple’s results—a record"),  # Windows-1252 byte references
        ("<p>&#226;&#128;&#162; Net sales</p>", "• Net sales"),  # UTF-8 decoded as Latin-1 upstream
        ("<p>Net&nbsp;sales&#160;grew</p>", "Net sales grew"),
        ("<p style='display:none'>hidden</p><p>shown</p>", "shown"),
    ],
)
def test_characters_come_out_as_the_filer_typed_them(html: str, text: str) -> None:
    assert list(render_html(html).lines) == [text]


def test_edgar_envelope_lines_of_a_saved_exhibit_are_not_text() -> None:
    wrapped = ("<html><body><document>\n<type>EX-99.1\n<sequence>2\n<filename>ex991.htm\n<description>EX-99.1\n<text>\n"
               + STATEMENT.format(rows=ROWS) + "\n</text>\n</document></body></html>")
    release = core.parse_release(wrapped.encode(), "ex991.htm")
    assert release.lines[0].startswith("ACME CORP (NASDAQ: ACME)")


def test_html_without_a_table_of_figures_says_so() -> None:
    html = (b"<html><body><p>Acme Corp announces a new chief executive.</p>"
            b"<table><tr><td>Contact</td></tr></table></body></html>")
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(html, "ceo.htm")
    assert str(caught.value) == ("ceo.htm has no statement Release Lens can read: no statement of operations, "
                                 "balance sheet or cash flow found (the HTML holds no table of figures); upload the "
                                 "8-K's Exhibit 99.1")


def test_html_whose_tables_are_not_statements_says_no_statement_was_found() -> None:
    html = b"<html><body><table><tr><td>Employees</td><td>1,200</td></tr></table></body></html>"
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(html, "people.htm")
    assert str(caught.value) == ("people.htm has no statement Release Lens can read: no statement of operations, "
                                 "balance sheet or cash flow found (its one table of figures is not one); upload the "
                                 "8-K's Exhibit 99.1")


def test_a_label_wrapped_after_a_semicolon_reads_back_whole() -> None:
    """HTML labels wrap only where the text reader joins them again: never after ";" or ":", where a
    capitalised word on the next line would read as a new row and the first part as a heading."""
    rows = (' <tr><td>Amortization of Acquired Intangibles; Goodwill Impairment Charges Recorded In The Period'
            '</td><td></td><td>300</td><td></td><td>200</td></tr>')
    release = core.parse_release(STATEMENT.format(rows=rows).encode(), "acme.htm")
    operations = release.statement("operations")
    assert operations is not None
    labels = [item.label for item in operations.items]
    assert "Amortization of Acquired Intangibles; Goodwill Impairment Charges Recorded In The Period" in labels
    assert all(item.section == "" for item in operations.items)


def test_every_line_break_of_a_cell_ends_a_line_an_empty_one_too() -> None:
    """"A<br><br>B", a cell opening with <br>, Word's "<p><br></p>": the browser shows an empty line, and
    a row whose cells each hold a column of lines lines up only with it kept (grid.unstack)."""
    import lxml.html

    from core.readers.html import cell_text

    for markup, cleaned in [("A<br><br>B<br>C<br>D", ["A", "", "B", "C", "D"]),
                            ("<br>A<br>B<br>C", ["", "A", "B", "C"]),
                            ("<p>A</p><p><br></p><p>B</p>", ["A", "", "B"]),
                            ("A<br>B<br>", ["A", "B"])]:
        cell = lxml.html.fragment_fromstring(f"<table><tr><td>{markup}</td></tr></table>").find(".//td")
        lines, _, kept = cell_text.cell_lines(cell)
        assert kept == cleaned and lines == [line for line in cleaned if line]


def test_a_figure_beside_no_label_keeps_a_stacked_row_whole() -> None:
    """Where a column's lines would put a figure beside an empty label, the lines do not line up as they
    print: the row is not split into rows (a figure under another label would be a wrong fact), and its
    figures stay apart ("100<br>60" is never the one number 10060)."""
    from core.readers.html import render_html

    page = ("<table><tr><td>Revenue<br>Cost<br>Gross profit<br>Expenses</td>"
            "<td>100<br><br>60<br>40<br>30</td></tr></table>")
    lines = render_html(page).lines
    assert not any(line.split()[:1] == ["Cost"] for line in lines)
    assert not any("10060" in line.replace(",", "") for line in lines)
    assert render_html("<table><tr><td>Revenue</td><td>100<br>60</td></tr></table>").lines == ("Revenue 100 60",)


def test_text_placed_by_position_is_set_back_in_columns_and_never_past_the_page() -> None:
    """A page converted from PDF places each run by CSS: labels start where they are placed, figures end
    where theirs do; a run placed absurdly far right stands at the page's edge, no wider."""
    from core.readers.html.render import render_html

    rows = [("Revenue", "1,234.5", "987.6"), ("Cost of revenue", "234.5", "87.6"),
            ("Gross profit", "1,000.0", "900.0")]
    runs = []
    for line, (label, first, second) in enumerate(rows):
        top = 100 + 12 * line
        runs.append(f'<p style="position:absolute;left:40pt;top:{top}pt;font-size:8pt">{label}</p>')
        for right, figure in ((300, first), (380, second)):
            left = right - 8 * 0.556 * len(figure)
            runs.append(f'<p style="position:absolute;left:{left:.1f}pt;top:{top}pt;font-size:8pt">{figure}</p>')
    runs += [f'<p style="position:absolute;left:40pt;top:{200 + i}0pt;font-size:8pt">Note {i}</p>' for i in range(14)]
    runs.append('<p style="position:absolute;left:99999999px;top:400pt;font-size:8pt">far</p>')
    rendering = render_html(f"<html><body><div style='position:relative'>{''.join(runs)}</div></body></html>")
    lines = [line for line in rendering.lines if line.strip()]
    assert [line.split() for line in lines[:3]] == [
        ["Revenue", "1,234.5", "987.6"], ["Cost", "of", "revenue", "234.5", "87.6"],
        ["Gross", "profit", "1,000.0", "900.0"]]
    assert len({len(line) for line in lines[:3]}) == 1  # the second column's figures end together
    assert len({line.index(first) + len(first) for line, (_, first, _) in zip(lines, rows, strict=False)}) == 1
    assert max(len(line) for line in rendering.lines) <= 410


@pytest.mark.parametrize("mark", ['<font size="1">3</font>', "<small>4</small>", '<font size="-1">(a)</font>'])
def test_a_footnote_mark_set_in_small_type_on_a_figure_is_dropped(mark: str) -> None:
    """"6,200<font size=1>3</font>" shows as 6,200 with a small footnote digit: glued on, "6,2003" was no
    figure, and the whole column had gone into the labels (every 9M fact printed with the quarter's)."""
    rows = f"<tr><td>Provision for income taxes</td><td></td><td>6,200{mark}</td><td></td><td>5,400</td></tr>"
    line = next(line for line in _render(rows) if line.startswith("Provision"))
    assert line.split()[-2:] == ["6,200", "5,400"]


def test_a_superscript_mark_after_a_line_break_inside_the_cell_is_dropped() -> None:
    """TSMC's converter opens each cell with a line break before its paragraph ("<td>\n<p>9.14<sup>b</sup>"):
    the break had made the cell read as no figure, the mark stayed glued on ("9.14b") and the EPS row was lost."""
    rows = ("<tr><td>EPS (NT$)</td><td></td><td>\n<p>9.14<font><sup>b</sup></font></p></td><td></td>"
            "<td>\n<p>5.18<sup>c</sup></p></td></tr>")
    line = next(line for line in _render(rows) if line.startswith("EPS"))
    assert line.split()[-2:] == ["9.14", "5.18"]


def test_small_words_beside_a_figure_stay_words() -> None:
    rows = "<tr><td>Backlog <small>(unaudited)</small></td><td></td><td>620</td><td></td><td>540</td></tr>"
    assert any(line.startswith("Backlog (unaudited)") for line in _render(rows))


def test_one_cell_that_is_no_figure_leaves_its_column_of_figures_in_place() -> None:
    """A cell of the first figure column that reads as words ("6,200 (3)x") is an odd cell of that column,
    not a label: taken for one, it had pulled the column into the labels and every other row's figure in
    it was lost, so the next column's figures stood under its year."""
    rows = ("<tr><td>Cost of revenue</td><td></td><td>700</td><td></td><td>650</td></tr>"
            "<tr><td>Provision for income taxes</td><td></td><td>6,200 (3)x</td><td></td><td>5,400</td></tr>"
            "<tr><td>Net income</td><td>$</td><td>300</td><td>$</td><td>350</td></tr>")
    lines = _render(rows)
    assert next(line for line in lines if line.startswith("Revenue")).split() == ["Revenue", "$1,200", "$1,000"]
    assert next(line for line in lines if line.startswith("Net income")).split() == ["Net", "income", "$300", "$350"]
    assert lines[lines.index(next(line for line in lines if line.startswith("Revenue"))) - 1].split() == ["2020",
                                                                                                           "2019"]


# A header cell's stacked lines, as drawn: the notes a filing agent sets under a column's date or year go
# above it, so every column's year ends on the bottom line; other stacks keep their order.
NOTES_FIRST = [
    (["2006", "(As restated)"], ["(As restated)", "2006"]),
    (["September 26,", "2021", "(As restated)"], ["(As restated)", "September 26,", "2021"]),
    (["2020", "(Unaudited)"], ["(Unaudited)", "2020"]),
    (["2019", "As adjusted"], ["As adjusted", "2019"]),
    (["March 31,", "2012", "(As Corrected)"], ["(As Corrected)", "March 31,", "2012"]),
    (["2011", "(As amended)"], ["(As amended)", "2011"]),
    (["2018", "(a)"], ["(a)", "2018"]),
    (["%", "Change"], ["%", "Change"]),
    (["Three Months Ended", "June 30, 2007"], ["Three Months Ended", "June 30, 2007"]),
    (["(As restated)"], ["(As restated)"]),
]


@pytest.mark.parametrize(("lines", "drawn"), NOTES_FIRST)
def test_a_note_under_a_columns_date_is_drawn_above_it(lines: list[str], drawn: list[str]) -> None:
    from core.readers.html.typeset import _notes_first

    assert _notes_first(lines) == drawn


def test_a_period_of_dashes_beside_the_next_periods_figures_stays_zeros() -> None:
    """A compact table whose first period printed nothing ("–" in most rows, blank in the totals) beside the
    next period's figures: the dashes are zeros, not minus signs set apart (they would make 1,250 -1,250)."""
    rows = "".join(f"<tr><td>Line {n}</td><td>\u2013</td><td>1,{n}50</td></tr>" for n in range(2, 8))
    html = (f"<table><tr><td></td><td>Predecessor</td><td>Successor</td></tr>{rows}"
            "<tr><td>Total</td><td></td><td>9,350</td></tr></table>")
    lines = render_html(html).lines
    assert any("Line 2" in line and "\u2013" in line and " 1,250" in line and "-1,250" not in line for line in lines)


TWO_UP = """<html><body><p align=center><b>BALANCE SHEETS</b><br>(In thousands)</p><table>
 <tr><td></td><td colspan=3>December 31,</td><td></td><td></td><td colspan=3>December 31,</td></tr>
 <tr><td></td><td>2014</td><td></td><td>2013</td><td></td><td></td><td>2014</td><td></td><td>2013</td></tr>
 <tr><td>Cash</td><td>$84,215</td><td></td><td>$66,430</td><td>&nbsp;</td><td>Accounts payable</td>
     <td>$7,118</td><td></td><td>$6,305</td></tr>
 <tr><td>Total current assets</td><td>196,600</td><td></td><td>163,097</td><td></td>
     <td>Convertible notes</td><td>40,000</td><td></td><td>40,000</td></tr>
 <tr><td>Total assets</td><td>$233,028</td><td></td><td>$192,419</td><td></td><td>Stockholders' equity:</td>
     <td></td><td></td><td></td></tr>
 <tr><td></td><td></td><td></td><td></td><td></td><td>Total stockholders' equity</td><td>193,028</td><td></td>
     <td>152,419</td></tr>
</table></body></html>"""


def test_a_balance_sheet_set_two_up_in_one_table_is_drawn_as_its_two_halves_one_after_the_other() -> None:
    lines = [line.split() for line in render_html(TWO_UP).lines]
    assets = lines.index(["Total", "current", "assets", "196,600", "163,097"])
    notes = lines.index(["Convertible", "notes", "40,000", "40,000"])
    assert lines.index(["Total", "assets", "$233,028", "$192,419"]) < notes
    assert lines.index(["Cash", "$84,215", "$66,430"]) < assets
    # each half keeps its own column headers, and the right half's rows their order
    assert lines.count(["2014", "2013"]) == 2 and lines.index(["2014", "2013"], assets) < notes
    assert lines.index(["Accounts", "payable", "$7,118", "$6,305"]) < notes
    assert lines.index(["Total", "stockholders'", "equity", "193,028", "152,419"]) > notes


def test_words_among_figures_that_name_no_row_cut_no_table_in_two() -> None:
    """A column of margins ("0.1 ppt") beside columns of percentages is one table (Mastercard's 2020 release)."""
    table = """<html><body><table>
     <tr><td></td><td>Net revenue</td><td>Expenses</td><td>Operating margin</td><td>Tax rate</td><td>Net income</td>
         <td>EPS</td></tr>
     <tr><td>Reported</td><td>3%</td><td>7%</td><td>(1.8) ppt</td><td>(0.7) ppt</td><td>(9)%</td><td>(7)%</td></tr>
     <tr><td>Litigation</td><td>1%</td><td>2%</td><td>0.1 ppt</td><td>0.2 ppt</td><td>8%</td><td>8%</td></tr>
     <tr><td>Non-GAAP</td><td>3%</td><td>7%</td><td>(1.6) ppt</td><td>(1.9) ppt</td><td>1%</td><td>3%</td></tr>
    </table></body></html>"""
    lines = [line.split() for line in render_html(table).lines]
    assert ["Litigation", "1%", "2%", "0.1", "ppt", "0.2", "ppt", "8%", "8%"] in lines


def test_a_tab_words_html_sets_indents_prose_and_sets_cells_in_a_row() -> None:
    """Word writes a tab as a span styled "mso-tab-count": between a label and its figures, cells of a row
    laid out in columns; indenting a paragraph's first line, or after a bullet, only a space in prose."""
    tab = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
    html = (f"<html><body><p class=MsoNormal>{tab}The Company reported revenue of $12.5 million for the quarter.</p>"
            f"<p class=MsoNormal>\u00b7{tab}Gross margin improved</p>"
            f"<p class=MsoNormal>{tab}Year Ended{tab}Year Ended</p>"
            f"<p class=MsoNormal>{tab}Feb. 2, 2002{tab}Feb. 3, 2001</p>"
            f"<p class=MsoNormal>Net sales{tab}$562,318{tab}$540,276</p>"
            f"<p class=MsoNormal>Cost of sales{tab}372,905{tab}354,118</p></body></html>")
    lines = list(render_html(html).lines)
    assert lines[0] == "The Company reported revenue of $12.5 million for the quarter."
    assert lines[2] == "\u00b7 Gross margin improved"
    assert lines[-4:] == ["                  Year Ended     Year Ended",
                          "                Feb. 2, 2002   Feb. 3, 2001",
                          "Net sales           $562,318       $540,276",
                          "Cost of sales        372,905        354,118"]
