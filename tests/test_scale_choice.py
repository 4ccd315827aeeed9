"""Where a statement's words leave its scale unsaid, the narrative's figures decide it."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_table_without_unit_note_is_read_in_thousands_because_the_narrative_says_so() -> None:
    """With the balance sheet's "(in thousands)" gone too, only the narrative says what the scale is."""
    data = (FIXTURES / "scale" / "allos_q2_2004_without_unit_note.txt").read_bytes()
    release = core.parse_release(data.replace(b"(in thousands)", b"              "), "allos.txt")
    operations = release.statement("operations")
    assert operations is not None and operations.scale == 1_000
    net = operations.item("net_income")
    # Net loss (7,151) (11,771) (12,297) (18,904) in thousands, as the complete release prints them.
    assert net is not None and net.values == (Decimal(-7_151_000), Decimal(-11_771_000), Decimal(-12_297_000),
                                              Decimal(-18_904_000))
    # Share counts were printed in units ("31,139,289") and stay so: EPS x shares did not add up before.
    shares = operations.item("shares_basic")
    assert shares is not None and shares.values[0] == Decimal(31_139_289)
    assert any("were read x1,000: the table, printed without a unit note" in w.message for w in release.warnings)
    assert all(check.passed for check in release.checks)


def test_a_table_without_unit_note_takes_the_scale_of_the_statement_that_prints_one() -> None:
    """The statement of operations without its note, the balance sheet after it "(in thousands)" with
    figures of the same size (total assets 36,696 against a net loss of 7,151): thousands both."""
    release = core.parse_release((FIXTURES / "scale" / "allos_q2_2004_without_unit_note.txt").read_bytes(),
                                 "allos.txt")
    operations = release.statement("operations")
    assert operations is not None and operations.scale == 1_000
    net = operations.item("net_income")
    assert net is not None and net.values[0] == Decimal(-7_151_000)
    assert [w.message for w in release.warnings] == [
        "the figures of CONDENSED STATEMENTS OF OPERATIONS were read x1,000: the table prints no unit note, and "
        "CONDENSED BALANCE SHEETS (lines 120-144), of figures of the same size, says '(in thousands)'"]
    assert all(check.passed for check in release.checks)


def test_a_table_in_dollars_beside_one_in_thousands_keeps_its_own_figures() -> None:
    """Figures a thousand times larger than the noted statement's are in dollars: nothing is inherited."""
    data = (FIXTURES / "scale" / "allos_q2_2004_without_unit_note.txt").read_bytes()
    for printed in (b"(7,151)", b"(11,771)", b"(12,297)", b"(18,904)"):
        data = data.replace(printed, printed[:-1] + b",000)")
    release = core.parse_release(data, "allos.txt")
    assert not any("prints no unit note" in w.message for w in release.warnings)


def test_the_complete_release_is_left_as_its_words_say() -> None:
    release = core.parse_release((FIXTURES / "text" / "allos_q2_2004.txt").read_bytes(), "allos.txt")
    assert not any("were read x" in w.message for w in release.warnings)


# A REIT's statement in thousands closing with its dividends a share, as Capstead and Hasbro print them.
DIVIDENDS_A_SHARE = """\
CONSOLIDATED STATEMENTS OF INCOME
(in thousands, except per share amounts)

                                                    Three Months Ended
                                                        March 31,
                                                    2020          2019
Interest income                                   $ 61,250      $ 58,410
Interest expense                                    38,900        36,210
                                                  --------      --------
Net interest income                                 22,350        22,200
Operating expenses                                   3,350         3,200
                                                  --------      --------
Net income                                        $ 19,000      $ 19,000
                                                  ========      ========
Net income per common share                       $   0.20      $   0.21
Weighted average common shares                      95,000        90,476
Cash dividends declared per share:
  Common                                          $   0.15      $   0.08
  Series E preferred                                  0.47          0.47
Cash Dividends Declared                           $   0.62      $   0.55
"""


def test_dividends_a_share_under_a_per_share_heading_or_so_named_are_not_thousands() -> None:
    """"Common $0.15" under "Cash dividends declared per share:" and "Cash Dividends Declared $0.62" are
    dollars a share: they had been read as thousands of dollars (150, 620) like the lines above them."""
    frame = core.facts_frame(core.parse_release(DIVIDENDS_A_SHARE.encode(), "reit.txt"))
    dividends = frame[frame["label"].isin(["Common", "Series E preferred", "Cash Dividends Declared"])]
    assert sorted(zip(dividends["label"], dividends["period_end"].astype(str), dividends["value"],
                      dividends["kind"], strict=True)) == [
        ("Cash Dividends Declared", "2019-03-31", 0.55, "per_share"),
        ("Cash Dividends Declared", "2020-03-31", 0.62, "per_share"),
        ("Common", "2019-03-31", 0.08, "per_share"), ("Common", "2020-03-31", 0.15, "per_share"),
        ("Series E preferred", "2019-03-31", 0.47, "per_share"),
        ("Series E preferred", "2020-03-31", 0.47, "per_share")]
    net = frame[frame["concept"] == "net_income"]
    assert sorted(net["value"]) == [19_000_000, 19_000_000]


SHARES_WITHOUT_THEIR_UNIT = """\
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions of U.S. Dollars, except per share data)

                                     Three Months Ended
                                   March 29,      March 31,
                                     2020           2019
Revenue, net                        $215.5         $274.0
Cost of revenue, net                 154.1          173.5
Gross profit                          61.4          100.5
Operating expenses                   111.2          111.6
Operating loss                       (49.8)         (11.1)
Net loss                             (49.8)         (11.1)
Weighted average shares - basic      108,115        103,659
"""


def test_a_share_count_no_company_has_is_read_a_thousand_times_smaller() -> None:
    """A rendering wrapped "(in thousands)" off the share line of a statement "in millions" (Cree, w3m at 80
    columns) and no EPS line was read to check it: 108,115 million shares is more than any company has had
    (about 17 billion at most), so the count is read in thousands: 108,115,000."""
    operations = core.parse_release(SHARES_WITHOUT_THEIR_UNIT.encode(), "cree.txt").statement("operations")
    assert operations is not None
    shares = operations.item("shares_basic")
    assert shares is not None and shares.values == (Decimal(108_115_000), Decimal(103_659_000))
    revenue = operations.item("revenue")
    assert revenue is not None and revenue.values == (Decimal(215_500_000), Decimal(274_000_000))


# A rendering that dropped every caption, "(In millions, except per share amounts)" with them (html2text's
# padded tables of Apple's Q3 fiscal 2004 release).
CAPTIONS_DROPPED = """\
CUPERTINO, California--July 14, 2004--Apple today announced financial results for its fiscal 2004 third \
quarter ended June 26, 2004. For the quarter, the Company posted a net profit of $61 million, or $.16 per \
diluted share. These results compare to a net profit of $19 million, or $.05 per diluted share, in the \
year-ago quarter.

CONDENSED CONSOLIDATED BALANCE SHEETS
                                          June 26, 2004   September 27, 2003
Cash and cash equivalents                      $ 3,120          $ 3,396
Short-term investments                           1,846            1,170
Total current assets                             6,286            5,887
Total assets                                     7,930            6,815
Total liabilities                                2,774            2,592
Total shareholders' equity                       5,156            4,223
Total liabilities and shareholders' equity       7,930            6,815

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                              Three Months Ended
                                          June 26, 2004   June 28, 2003
Net sales                                      $ 2,014          $ 1,545
Cost of sales                                    1,454            1,117
Gross margin                                       560              428
Operating expenses                                 497              412
Operating income                                    63               16
Net income                                        $ 61             $ 19
"""


def test_figures_of_tables_without_captions_are_scaled_by_undated_narrative_figures() -> None:
    """The narrative's "$61 million" and "$19 million" name no period the reader dates, but each is a column's
    net income at x1,000,000 and at no other scale: the statement of operations is in millions, and the
    balance sheet, of figures of the same size, with it (both had been read as whole dollars: 2,014)."""
    release = core.parse_release(CAPTIONS_DROPPED.encode(), "apple.txt")
    operations, balance = release.statement("operations"), release.statement("balance")
    assert operations is not None and balance is not None
    revenue, cash = operations.item("revenue"), balance.item("cash_and_equivalents")
    assert revenue is not None and revenue.values == (Decimal(2_014_000_000), Decimal(1_545_000_000))
    assert cash is not None and cash.values == (Decimal(3_120_000_000), Decimal(3_396_000_000))


def test_the_note_of_a_borrowed_scale_quotes_the_unit_note_not_the_title_it_sits_in() -> None:
    """A scrape glues the company, the statement's name and its unit note into one line: the note had
    quoted that whole line a second time after naming the statement by it (browser review)."""
    path = FIXTURES / "layouts" / "markdown_scrape_bank_roll_forward_and_reconciliation_without_a_unit.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    (note,) = [w.message for w in release.warnings if "were read x1,000" in w.message]
    assert note.endswith("which prints one of its lines with the same figures, says 'Dollars in Thousands'")
    assert note.count("STATEMENTS OF CONDITION") == 1


@pytest.mark.parametrize(("name", "label", "counts"), [
    # "(Dollars in thousands)": 388,406 thousand / 21,452,380 = $18.11, the book value printed
    ("scale/bank_balance_sheet_share_count_under_dollars_in_thousands.txt", "Common shares outstanding",
     (Decimal(21_452_380), Decimal(21_398_115))),
    # the same note over counts in thousands: 303,736 thousand / 28,127 thousand = $10.80
    ("layouts/bank_ratios_table_after_the_balance_sheet_untitled.txt", "Period-end shares outstanding",
     (Decimal(28_127_000), Decimal(27_671_000), Decimal(27_669_000), Decimal(27_768_000), Decimal(27_777_000))),
])
def test_a_balance_sheets_share_count_is_scaled_so_that_the_equity_over_it_is_the_book_value_printed(
        name: str, label: str, counts: tuple[Decimal, ...]) -> None:
    """A note of thousands may or may not count a balance sheet's shares: a bank's "Common shares outstanding
    21,452,380" had been read as 21 billion shares (round 574). Where the table prints the book value per
    share, the equity over the count decides; the dollars stay in thousands."""
    path = FIXTURES / name
    release = core.parse_release(path.read_bytes(), path.name)
    assert [item.values for s in release.statements if s.kind == "balance" for item in s.items
            if item.label == label] == [counts]


def _scale_warnings(release: core.Release) -> list[str]:
    return [w.message for w in release.warnings if "prints no unit note, and neither" in w.message]


def test_a_statement_whose_scale_nothing_says_is_read_as_printed_and_marked() -> None:
    """No unit note, no EPS and no narrative figure: "Net sales $ 52,410" may be dollars or thousands. The
    figures stay as printed (a guess either way), and a warning says so, since shown unmarked they would
    claim a scale nobody read."""
    name = "statement_with_no_unit_note_and_nothing_to_decide_its_scale.txt"
    release = core.parse_release((FIXTURES / "scale" / name).read_bytes(), name)
    operations = release.statement("operations")
    assert operations is not None and operations.scale == 1
    revenue, net = operations.item("revenue"), operations.item("net_income")
    assert revenue is not None and revenue.values == (Decimal(52_410), Decimal(47_118))
    assert net is not None and net.values == (Decimal(4_660), Decimal(3_642))
    assert _scale_warnings(release) == [
        "CONSOLIDATED STATEMENTS OF OPERATIONS prints no unit note, and neither its per-share arithmetic nor the "
        "narrative's figures say what its figures count: they are read as printed, in dollars (the largest "
        "52,410); check the release's own note before relying on them"]
    warning = next(w for w in release.warnings if w.message == _scale_warnings(release)[0])
    assert warning.severity == "warning" and warning.span is not None and warning.span.first <= 17 <= warning.span.last


def test_whole_dollars_vouched_by_eps_on_whole_counts_raise_no_doubt() -> None:
    """The same statement in whole dollars with EPS and counts printed in full: $0.37 x 12,480,000 shares
    comes back to 4,660,095, which only dollars make true."""
    name = "statement_in_whole_dollars_vouched_by_its_eps.txt"
    release = core.parse_release((FIXTURES / "scale" / name).read_bytes(), name)
    operations = release.statement("operations")
    assert operations is not None and operations.scale == 1
    net = operations.item("net_income")
    assert net is not None and net.values == (Decimal(4_660_095), Decimal(3_641_335))
    assert _scale_warnings(release) == []


def test_a_narrative_figure_at_the_printed_scale_vouches_for_dollars() -> None:
    """ "Net income was $4,660" in the text is the table's own figure as printed: the text has said dollars."""
    name = "statement_with_no_unit_note_and_nothing_to_decide_its_scale.txt"
    data = (FIXTURES / "scale" / name).read_bytes().replace(
        b"Sales grew strongly", b"Net income was $4,660 for the quarter. Sales grew strongly")
    release = core.parse_release(data, name)
    assert _scale_warnings(release) == []


def test_a_statement_left_in_dollars_beside_a_noted_one_raises_no_doubt() -> None:
    """The reference release's balance sheet says "(in thousands)"; a statement beside it printing figures a
    thousand times larger was left in dollars by that comparison (inherit_scale): the arithmetic has spoken."""
    data = (FIXTURES / "scale" / "allos_q2_2004_without_unit_note.txt").read_bytes()
    for printed in (b"(7,151)", b"(11,771)", b"(12,297)", b"(18,904)"):
        data = data.replace(printed, printed[:-1] + b",000)")
    release = core.parse_release(data, "allos.txt")
    assert _scale_warnings(release) == []


# A note that says thousands over figures in millions (invented after round 656, where "($000,000's omitted)"
# had been read as thousands): one narrative figure says so, too few to rescale a statement whose note speaks.
NOTE_A_THOUSAND_OFF = """\
Juniper Flats Homes Reports Fourth Quarter 2019 Results

RENO, Nev., January 30, 2020 -- Juniper Flats Homes, Inc. today reported that for the fourth quarter of 2019
its net income was $73.3 million, or $1.18 per diluted share.

Closings rose in each of the company's markets, and its backlog ended the year higher than it began.


JUNIPER FLATS HOMES, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share data)

                                               Three Months Ended
                                                  December 31,
                                               2019          2018
Total revenues                               $ 912.6       $ 801.3
Total costs and expenses                       816.2         732.9
                                             -------       -------
Income before income taxes                      96.4          68.4
Income tax expense                              23.1          17.8
                                             -------       -------
Net income                                   $  73.3       $  50.6
                                             =======       =======
Earnings per share:
  Basic                                      $  1.20       $  0.83
  Diluted                                    $  1.18       $  0.82
Weighted average shares:
  Basic                                         61.2          60.8
  Diluted                                       62.0          61.5

CONSOLIDATED BALANCE SHEETS
(In thousands)
                                             December 31,  December 31,
                                                 2019          2018
Cash and equivalents                         $ 412.5       $ 365.8
Other assets                                 2,935.8       2,719.3
                                             -------       -------
Total assets                                 $ 3,348.3     $ 3,085.1
                                             =======       =======
Total liabilities                            $ 1,653.5     $ 1,593.0
Shareholders' equity                           1,694.8       1,492.1
                                             -------       -------
Total liabilities and shareholders' equity   $ 3,348.3     $ 3,085.1
"""


def test_a_narrative_figure_a_thousand_times_the_column_holds_back_every_figure_the_note_scales() -> None:
    """Net income "$73.3 million" against 73,300 read "in thousands": footing, the result chain and EPS x
    shares pass at any scale the figures share, so the note's reading is in doubt, not the one line. Every
    amount and share count of the statement, and of the balance sheet under the same note, is held back (the
    per-share figures stand), and one warning names the statement, its note and the narrative's figure."""
    release = core.parse_release(NOTE_A_THOUSAND_OFF.encode(), "juniper.txt")
    out = io.StringIO()
    write_facts_csv(release, out)
    printed = {(row["statement"], row["concept"]) for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert printed == {("operations", "eps_basic"), ("operations", "eps_diluted")}
    doubts = [w.message for w in release.warnings if "is in doubt" in w.message]
    assert doubts == [
        "the scale of CONSOLIDATED STATEMENTS OF INCOME is in doubt: its unit note '(In thousands, except per share "
        "data)' reads Net income (3M 2019-12-31) as 73,300, and the narrative's 'net income was $73.3 million, or "
        "$1.18 per diluted share' is 1,000 times that; every figure it scales is held back, and of CONSOLIDATED "
        "BALANCE SHEETS under the same note"]


def test_a_round_narrative_figure_a_thousand_times_the_column_is_no_proof_of_a_scale() -> None:
    """ "$73 million" promises 72.5 to 73.5 million: a column of 73,300 a thousand times over is chance as
    much as scale, and the figures stay as the checks leave them."""
    release = core.parse_release(NOTE_A_THOUSAND_OFF.replace("$73.3 million", "$73 million").encode(), "juniper.txt")
    assert not [w for w in release.warnings if "is in doubt" in w.message]
    assert not [c for c in release.checks if c.name.startswith("prose scale")]


HIGHLIGHTS_IN_MILLIONS = "statements_without_a_note_under_highlights_in_millions.txt"


def _halvard(data: bytes | None = None) -> core.Release:
    data = data or (FIXTURES / "scale" / HIGHLIGHTS_IN_MILLIONS).read_bytes()
    return core.parse_release(data, HIGHLIGHTS_IN_MILLIONS)


def test_statements_without_a_note_take_the_scale_at_which_the_highlights_repeat_their_lines() -> None:
    """Round 725: "(In millions)" over the highlights' "Revenues $63.5", no note over the statement's "Net
    revenues 63,482": four lines agree x1,000 to the highlights' tenth of a million, so the statements are in
    thousands, said in a note, never read as dollars in silence."""
    release = _halvard()
    operations = next(s for s in release.statements if s.primary and s.kind == "operations")
    balance = release.statement("balance")
    assert operations.scale == 1_000 and balance is not None and balance.scale == 1_000

    def values(statement: core.Statement, concept: str) -> tuple[Decimal | None, ...]:
        item = statement.item(concept)
        assert item is not None, concept
        return item.values

    assert values(operations, "revenue") == (Decimal(63_482_000), Decimal(57_915_000))
    assert values(operations, "operating_income") == (Decimal(8_415_000), Decimal(6_830_000))
    assert values(operations, "net_income") == (Decimal(5_610_000), Decimal(4_390_000))
    assert values(operations, "shares_diluted") == (Decimal(18_050_000), Decimal(17_800_000))
    assert values(balance, "total_assets") == (Decimal(88_225_000), Decimal(83_500_000))
    assert values(balance, "stockholders_equity") == (Decimal(73_600_000), Decimal(69_600_000))
    assert [w.message for w in release.warnings if "were read x1,000" in w.message] == [
        "the figures of HALVARD INSTRUMENTS, INC. - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS were read "
        "x1,000: the table prints no unit note, and FINANCIAL HIGHLIGHTS (lines 5-17), which says 'In millions', "
        "prints its lines 'Net revenues', 'Gross profit', 'Operating income', 'Net income' as they are at that scale",
        "the figures of CONDENSED CONSOLIDATED BALANCE SHEETS were read x1,000: the table prints no unit note, and "
        "HALVARD INSTRUMENTS, INC. - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (lines 18-48), of figures of "
        "the same size, is read so by the lines FINANCIAL HIGHLIGHTS repeats from it"]
    assert _scale_warnings(release) == []
    summary = [c for c in release.checks if c.name == "summary line = statement line"]
    assert len(summary) == 6 and all(c.passed for c in summary)  # gross profit, operating income, net income
    assert all(c.passed for c in release.checks)


def _statements_in_dollars(data: bytes) -> bytes:
    """The statements' figures a thousand times over, as a release in whole dollars prints them."""
    text = data.decode()
    cut = text.index("HALVARD INSTRUMENTS, INC. - CONDENSED")
    whole = re.sub(r"(?<=\s)(\$?\d{1,3}(?:,\d{3})*)(?=\s|$)", r"\1,000", text[cut:], flags=re.MULTILINE)
    return (text[:cut] + whole).encode()


def test_statements_in_dollars_beside_highlights_in_millions_are_not_scaled_up() -> None:
    """The same statements printed in whole dollars ("Net revenues 63,482,000"): the highlights' $63.5 million is
    their figure as printed, so they stay dollars, and the highlights vouch for it."""
    release = _halvard(_statements_in_dollars((FIXTURES / "scale" / HIGHLIGHTS_IN_MILLIONS).read_bytes()))
    operations = next(s for s in release.statements if s.primary and s.kind == "operations")
    revenue = operations.item("revenue")
    assert operations.scale == 1 and revenue is not None and revenue.values == (Decimal(63_482_000),
                                                                                 Decimal(57_915_000))
    balance = release.statement("balance")
    total = balance.item("total_assets") if balance is not None else None
    assert total is not None and total.values == (Decimal(88_225_000), Decimal(83_500_000))
    assert not any("were read x" in w.message for w in release.warnings)
    assert _scale_warnings(release) == []


def test_a_note_of_highlights_repeating_no_line_leaves_statements_without_one_warned_of() -> None:
    """Highlights "(In millions)" whose figures agree with no line of the statements at any scale say nothing
    of them: read as printed, they are warned of as where no table prints a note (round 725: any other table's
    note had silenced the warning)."""
    data = (FIXTURES / "scale" / HIGHLIGHTS_IN_MILLIONS).read_bytes()
    for printed, other in ((b"$63.5       $57.9", b"$66.1       $59.4"), (b"27.1        24.0", b"29.2        25.8"),
                           (b"8.4         6.8", b"9.3         7.7"), (b"$5.6        $4.4", b"$6.2        $5.1")):
        assert printed in data
        data = data.replace(printed, other)
    release = _halvard(data)
    operations = next(s for s in release.statements if s.primary and s.kind == "operations")
    assert operations.scale == 1
    assert [message.split(" prints no unit note")[0] for message in _scale_warnings(release)] == [
        "HALVARD INSTRUMENTS, INC. - CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        "CONDENSED CONSOLIDATED BALANCE SHEETS"]
