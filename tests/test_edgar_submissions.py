"""Whole EDGAR submissions (.txt, SGML envelope around the 8-K and its exhibits): the earnings release is
found among the exhibits, read like the exhibit alone, and the header adds who filed what and when."""

from __future__ import annotations

import binascii
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import core
from core.errors import ReleaseParseError
from core.model import Diagnostic
from core.readers.edgar import Exhibit, read_submission, release_candidates, strip_envelope
from core.readers.text import Document
from tests.conftest import FIXTURES
from tests.golden_facts import assert_facts, facts_by_key, load

EDGAR = FIXTURES / "edgar"
GOLDEN = sorted(EDGAR.glob("*.golden.json"))


@pytest.fixture(scope="module", params=GOLDEN, ids=[g.name.replace(".golden.json", "") for g in GOLDEN])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], core.Release]:
    golden: Path = request.param
    path = golden.with_name(golden.name.replace(".golden.json", ".txt"))
    return load(golden), core.parse_release(path.read_bytes(), path.name)


def test_every_corpus_submission_has_a_golden() -> None:
    assert [g.name for g in GOLDEN] == [
        "apple-computer_q3-fy2004.golden.json",
        "apple_q1-fy2011.golden.json",
        "oracle_q4-fy2014.golden.json",
        "oracle_q4-fy2022.golden.json",
        "southern-company_q4-fy2004.golden.json",
        "southern-company_q4-fy2006.golden.json",
    ]


def test_golden_facts(case: tuple[dict[str, Any], core.Release]) -> None:
    golden, release = case
    assert_facts(golden, release)


def test_the_header_names_filer_form_dates_and_the_exhibit_read(case: tuple[dict[str, Any], core.Release]) -> None:
    golden, release = case
    header = golden["header"]
    metadata = release.metadata
    assert release.format == "edgar"
    expected = (header["cik"], header["form_type"], header["exhibit"])
    assert (metadata.cik, metadata.form_type, metadata.exhibit) == expected
    assert metadata.filing_date == date.fromisoformat(header["filing_date"])
    assert metadata.period_of_report == date.fromisoformat(header["period_of_report"])
    assert release.notes[0].startswith(f"read from exhibit {header['exhibit']} (")


def test_the_2004_apple_submission_reads_as_its_exhibit_alone() -> None:
    submission = core.parse_release((EDGAR / "apple-computer_q3-fy2004.txt").read_bytes(), "submission.txt")
    exhibit = core.parse_release((FIXTURES / "html" / "apple-computer_q3-fy2004.htm").read_bytes(), "ex99.htm")
    assert facts_by_key(submission) == facts_by_key(exhibit)
    assert submission.lines == exhibit.lines
    assert [c.passed for c in submission.checks] == [c.passed for c in exhibit.checks]


def test_the_header_of_a_holding_company_filing_with_its_subsidiaries_names_the_holding_company() -> None:
    text = (EDGAR / "southern-company_q4-fy2004.txt").read_text()
    header, documents = read_submission(text)
    assert (header.company, header.cik, header.accession) == ("SOUTHERN CO", "92122", "0000092122-05-000042")
    assert [d.type for d in documents] == ["8-K", *(f"EX-99.0{n}" for n in range(1, 7))]


def test_a_release_split_over_exhibits_reads_the_narrative_with_the_tables() -> None:
    release = core.parse_release((EDGAR / "southern-company_q4-fy2004.txt").read_bytes(), "southern.txt")
    assert release.notes == (
        "read from exhibit EX-99.02 (x9902.txt), with the narrative of exhibit EX-99.01 (x9901.txt) above its "
        "tables; line numbers count from the start of that narrative",
        "the statement of exhibit EX-99.04 (x9904.txt) is read below it: it prints the same figures and the "
        "lines the exhibit leaves out",
        # its financial overview by subsidiary, read under its headings since UI-45 ("Consolidated -" had been
        # glued onto its first row and the table refused)
        "other exhibits also hold statements: EX-99.06 (pick one with exhibit=...)",
    )
    assert release.metadata.fiscal_period is not None and release.metadata.fiscal_period.label == "Q4 2004"
    assert (release.metadata.exchange, release.metadata.ticker) == ("NYSE", "SO")  # from the EX-99.01 narrative
    assert "ATLANTA - Southern Company today reported fourth quarter earnings of $204.5" in release.lines


def test_a_summary_exhibit_is_completed_by_the_later_analysis_of_the_same_figures() -> None:
    """EX-99.02 prints revenue, net income, EPS and shares; EX-99.04 ("Analysis of Consolidated Earnings")
    the same revenue and net income with the lines between: 2,721 - 2,325 = 396 operating income, and 396 -
    15 - 179 + 2 = 204 net income in the quarter; 11,903 - 9,076 = 2,827, and 2,827 - 11 - 698 - 586 = 1,532
    in the year (millions)."""
    facts = facts_by_key(core.parse_release((EDGAR / "southern-company_q4-fy2004.txt").read_bytes(), "so.txt"))
    expected = {
        ("total_operating_expenses", "2004-12-31", 3): 2_325_000_000,
        ("operating_income", "2004-12-31", 3): 396_000_000,
        ("income_tax", "2004-12-31", 3): -2_000_000, ("net_income", "2004-12-31", 3): 204_000_000,
        ("total_operating_expenses", "2004-12-31", 12): 9_076_000_000,
        ("operating_income", "2003-12-31", 12): 2_805_000_000,
        ("income_tax", "2004-12-31", 12): 586_000_000, ("eps_basic", "2004-12-31", 12): 2.07,
        ("revenue", "2004-12-31", 12): 11_903_000_000, ("shares_basic", "2004-12-31", 3): 741_000_000,
    }
    assert {key: facts[("operations", *key)] for key in expected} == expected


def test_a_corrected_release_filed_after_the_first_of_its_type_is_the_release() -> None:
    """Two EX-99.1 documents: the first "PRESS RELEASE", the second "CORRECTED PRESS RELEASE" ("This corrected
    release replaces the release issued earlier today"). The draft's tax of 24,118 and net income of 124,036
    (thousands) add up as well as the correction's 31,518 and 116,636 do: only the words tell them apart."""
    release = core.parse_release((CHOICE / "corrected_release_after_the_first.txt").read_bytes(), "pharma.txt")
    facts = facts_by_key(release)
    assert facts[("operations", "net_income", "2011-12-31", 3)] == 116_636_000
    assert facts[("operations", "net_income", "2011-12-31", 12)] == 395_045_000
    assert facts[("operations", "income_tax", "2011-12-31", 3)] == 31_518_000
    assert facts[("operations", "eps_diluted", "2011-12-31", 3)] == 0.77
    assert release.metadata.exhibit == "EX-99.1"
    assert release.notes[-1] == ("not read: EX-99.1 (d295120dex991.htm): PRESS RELEASE, which a later exhibit of "
                                 "its type says it corrects or replaces")


def test_the_candidates_are_the_release_exhibits_without_images_or_xbrl() -> None:
    oracle = core.list_exhibits((EDGAR / "oracle_q4-fy2022.txt").read_bytes())
    assert [e.label for e in oracle] == ["EX-99.1 (orcl-ex991_6.htm)"]
    apple = core.list_exhibits((EDGAR / "apple_q1-fy2011.txt").read_bytes())
    assert [(e.type, e.filename) for e in apple] == [("EX-99.1", "dex991.htm"), ("EX-99.2", "dex992.htm")]


def test_another_exhibit_can_be_picked_by_type_or_file_name() -> None:
    data = (EDGAR / "southern-company_q4-fy2004.txt").read_bytes()
    by_type = core.parse_release(data, "southern.txt", exhibit="EX-99.04")
    by_name = core.parse_release(data, "southern.txt", exhibit="x9904.txt")
    assert by_type.metadata.exhibit == by_name.metadata.exhibit == "EX-99.04"
    assert by_type.notes == ("read from exhibit EX-99.04 (x9904.txt); line numbers are those of the exhibit",)


@pytest.mark.parametrize(
    ("exhibit", "message"),
    [
        ("EX-99.9", "apple.txt has no exhibit EX-99.9 (its release exhibits: EX-99.1, EX-99.2)"),
        ("EX-99.2", "no financial statement found in exhibit EX-99.2 of apple.txt"),
    ],
)
def test_picking_an_exhibit_that_is_not_there_or_holds_no_statement_says_so(exhibit: str, message: str) -> None:
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release((EDGAR / "apple_q1-fy2011.txt").read_bytes(), "apple.txt", exhibit=exhibit)
    assert str(caught.value) == message


def test_an_exhibit_cannot_be_picked_from_a_single_document() -> None:
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(core.load_sample()[1], "allos.txt", exhibit="EX-99.1")
    assert str(caught.value) == "allos.txt is a single document, not an EDGAR submission: it has no exhibits to pick"


def test_uuencoded_images_are_never_read() -> None:
    _, documents = read_submission((EDGAR / "oracle_q4-fy2014.txt").read_text())
    graphics = [d for d in documents if d.type == "GRAPHIC"]
    assert graphics and all(d.text.lstrip().startswith("begin 644") for d in graphics)
    assert all(e.type.startswith("EX-99") for e in core.list_exhibits((EDGAR / "oracle_q4-fy2014.txt").read_bytes()))


def test_a_saved_exhibit_loses_its_envelope_lines() -> None:
    text = "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex.htm\n<TEXT>\n<html>body</html>\n</TEXT>\n</DOCUMENT>\n"
    assert strip_envelope(text) == ("<html>body</html>\n", "EX-99.1", 5)
    assert strip_envelope("<html><body><p>no envelope</p>") == ("<html><body><p>no envelope</p>", "", 0)


def test_undecodable_bytes_in_a_submission_warn_as_they_do_in_a_lone_release() -> None:
    data = (FIXTURES / "edgar" / "apple-computer_q3-fy2004.txt").read_bytes()
    damaged = data.replace(b"CUPERTINO, California", b"CUPERTINO\x81, California\x8d", 1)
    assert damaged != data
    release = core.parse_release(damaged, "apple.txt")
    # The exhibit is HTML: a place in its markup is no place in the lines read, so none is given.
    assert Diagnostic("2 bytes of apple.txt could not be decoded as UTF-8 or Windows-1252 and show as \ufffd; "
                      "figures next to them may be missing") in release.warnings


def test_the_release_names_the_exhibits_a_reader_may_pick_from() -> None:
    release = core.parse_release((FIXTURES / "edgar" / "southern-company_q4-fy2004.txt").read_bytes(), "so.txt")
    assert [(e.key, e.type, e.statements) for e in release.exhibits] == [
        ("x9901.txt", "EX-99.01", False), ("x9902.txt", "EX-99.02", True), ("x9903.txt", "EX-99.03", False),
        ("x9904.txt", "EX-99.04", True), ("x9905.txt", "EX-99.05", False), ("x9906.txt", "EX-99.06", True),
    ]  # EX-99.06's overview by subsidiary is read since UI-45
    assert release.metadata.exhibit == "EX-99.02"
    lone = core.parse_release((FIXTURES / "text" / "allos_q2_2004.txt").read_bytes(), "allos.txt")
    assert lone.exhibits == ()


CHOICE = EDGAR / "choice"


def test_a_narrative_exhibits_highlights_give_way_to_the_statements_filed_beside_it() -> None:
    """Round 37's Dunmore (synthetic): EX-99.1 holds the story and four lines of "Financial Highlights" (its
    "Change" column pushing the years), EX-99.2 the statements of the same quarter. The highlights had been
    the release: 6 facts, the prior-year columns lost. Now the statements are read, with the story above."""
    path = CHOICE / "highlights_in_the_release_statements_in_ex99-2.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.metadata.exhibit == "EX-99.2"
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2003-09-28", "3M 2002-09-29", "9M 2003-09-28",
                                                   "9M 2002-09-29"]
    net = operations.item("net_income")
    assert net is not None and [str(v) for v in net.values] == ["22300000.0", "43300000.0", "114600000.0",
                                                                "105500000.0"]
    assert release.metadata.company == "Dunmore Industrial Holdings, Inc."  # from EX-99.1's story


def test_a_previous_quarters_statements_filed_after_the_release_are_not_the_release() -> None:
    """Round 37's Tessaly pattern: the release's statements stand under the company, a title and a dated
    subtitle ("For the Three and Nine Months Ended September 30, 2007 and 2006"); a 10-Q-style exhibit of
    the June quarter names the company right over its table. The name is looked for over the whole title
    block, so the release, filed first, stays the release."""
    path = CHOICE / "a_previous_quarters_statements_filed_after_the_release.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.metadata.exhibit == "EX-99.1"
    assert release.metadata.company == "Acme Widget Corporation"
    operations = release.statement("operations")
    assert operations is not None
    net = operations.item("net_income")
    assert net is not None and [str(v) for v in net.values] == ["2800000", "2000000", "7400000", "6000000"]


def test_the_statements_of_a_later_period_filed_after_a_restatement_summary_are_the_release() -> None:
    """Round 118's Corliss: EX-99.2 summarises the restatement of 2002 (its latest period), EX-99.3 holds the
    2003 statements. The summary had been read as the release (10 facts, 54 of the gold lost): a later exhibit
    with twice the concepts is chosen for a later period too, not only for the same one. Fourth quarter 2003
    revenue 1,499 million, net income 104 million; the restated 2002 quarter 1,458 and 68."""
    path = CHOICE / "a_restatement_summary_before_the_statements_exhibit.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.metadata.exhibit == "EX-99.3"
    operations = release.statement("operations")
    assert operations is not None
    revenue, net = operations.item("revenue"), operations.item("net_income")
    assert revenue is not None and net is not None
    quarter = operations.periods.index(next(p for p in operations.periods if p.key == "3M 2003-12-31"))
    prior = operations.periods.index(next(p for p in operations.periods if p.key == "3M 2002-12-31"))
    assert (revenue.values[quarter], net.values[quarter]) == (Decimal(1_499_000_000), Decimal(104_000_000))
    assert (revenue.values[prior], net.values[prior]) == (Decimal(1_458_000_000), Decimal(68_000_000))


def test_a_cfo_commentary_in_millions_filed_first_gives_way_to_the_release() -> None:
    """Round 127's Halvorsen (invented): EX-99.1 is a CFO's commentary ("Q3 FY11 | Q2 FY11 | Q3 FY10" in
    millions, and a "Cash, cash equivalents and short-term investments" line the statements print as two),
    EX-99.2 the release's statements in thousands. The commentary had been the release, its quarter dated by
    the press release's date (October 27, 2011). Now the statements are: third-quarter revenue 226,430 and
    net income 20,768 thousand for the thirteen weeks ended October 1, 2011."""
    path = CHOICE / "a_cfo_commentary_in_millions_before_the_release.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.metadata.exhibit == "EX-99.2"
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2011-10-01", "3M 2010-10-02", "9M 2011-10-01",
                                                   "9M 2010-10-02"]
    revenue, net = operations.item("revenue"), operations.item("net_income")
    assert revenue is not None and [int(v) for v in revenue.values if v is not None][:2] == [226_430_000,
                                                                                            211_010_000]
    assert net is not None and [int(v) for v in net.values if v is not None] == [20_768_000, 18_745_000,
                                                                                 57_644_000, 52_886_000]


def test_last_quarters_statement_in_a_dividend_notice_filed_first_is_not_the_release() -> None:
    """Round 127's Kestrel (invented): EX-99.1 declares a dividend and repeats the fourth quarter and year of
    2018 "as previously reported"; EX-99.2 is the first quarter of 2019's release. The notice had been read
    as the release, its 2018 figures shown as the 8-K's. A later exhibit reporting a later period with more
    of the statements' lines is the release: revenue 89,617 and net income 13,185 thousand, March 31, 2019."""
    path = CHOICE / "a_dividend_notice_with_last_quarters_statement_before_the_release.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert release.metadata.exhibit == "EX-99.2"
    operations = release.statement("operations")
    assert operations is not None
    assert [p.key for p in operations.periods] == ["3M 2019-03-31", "3M 2018-03-31"]
    net = operations.item("net_income")
    assert net is not None and [int(v) for v in net.values if v is not None] == [13_185_000, 9_546_000]


SPLIT = CHOICE / "statements_split_income_in_ex99-1_balance_and_cash_flow_in_ex99-2.txt"


def test_the_balance_sheet_and_cash_flow_filed_in_the_next_exhibit_are_read_with_the_release() -> None:
    """Round 709's pattern (Kestrel Valve Works, invented): EX-99.1 holds the story and the statement of income of
    the quarter ended March 31, 2019, EX-99.2 ("SUPPLEMENTAL FINANCIAL INFORMATION") the balance sheet at that day
    and the cash flow of the quarter. The balance sheet and the cash flow had been left out, EX-99.2 only named as
    another exhibit to pick: the two are read together, and the notes say so."""
    release = core.parse_release(SPLIT.read_bytes(), SPLIT.name)
    assert release.metadata.exhibit == "EX-99.1"
    assert [s.kind for s in release.statements] == ["operations", "balance", "cash_flow"]
    balance, flows = release.statement("balance"), release.statement("cash_flow")
    assert balance is not None and flows is not None
    assets = balance.item("total_assets")
    # 12,410 + 18,930 + 15,205 + 2,115 = 48,660 current, + 21,340 + 3,050; liabilities 19,250 + equity 53,800
    assert assets is not None and assets.values == (Decimal(73_050_000), Decimal(69_800_000))
    change = flows.item("net_change_in_cash")
    # 3,390 - 645 - 600 = 2,145 = 12,410 - 10,265; 2,663 - 1,180 - 675 = 808
    assert change is not None and change.values == (Decimal(2_145_000), Decimal(808_000))
    assert all(c.passed for c in release.checks)
    assert any("EX-99.2" in note and "balance sheet and cash flow statement" in note for note in release.notes)
    assert not any("other exhibits also hold statements" in note for note in release.notes)


def test_a_later_exhibit_holding_a_statement_of_operations_too_is_never_read_with_the_release() -> None:
    """Where the later exhibit prints a statement of operations as well as the balance sheet (a segment's, a
    restated year's), two exhibits hold the same kind: they stay apart, the later one named to pick."""
    text = SPLIT.read_text()
    start = text.index("KESTREL VALVE WORKS, INC.\n                    CONSOLIDATED STATEMENTS OF INCOME")
    start = text.rindex("\n", 0, start) + 1  # the title's line from its start
    income = text[start:text.index("</TEXT>", start)]
    both = text.replace("                    SUPPLEMENTAL FINANCIAL INFORMATION\n",
                        "                    SUPPLEMENTAL FINANCIAL INFORMATION\n\n" + income, 1)
    release = core.parse_release(both.encode(), SPLIT.name)
    assert release.metadata.exhibit == "EX-99.1"
    assert [s.kind for s in release.statements] == ["operations"]
    assert any("other exhibits also hold statements: EX-99.2" in note for note in release.notes)


def test_a_submission_whose_one_statement_names_no_period_says_which_table_and_why() -> None:
    """An airline's 1999 8-K (round 321, invented): EX-99.1 prints its statement of operations under "Third
    Quarter | Year to Date" over bare years, and neither the exhibit nor its narrative says on which day the
    quarter ended. The refusal had said only "(read EX-99.1)", which reads as an exhibit without statements;
    it names the table and what stopped the reader, and the page says it of the exhibit."""
    from pages._session import describe_failure

    path = EDGAR / "choice" / "undated_quarter_and_year_to_date_columns_airline_1999.txt"
    with pytest.raises(ReleaseParseError) as refused:
        core.parse_release(path.read_bytes(), path.name)
    error = refused.value
    assert error.exhibits_read == ("EX-99.1",)
    assert error.reason.startswith("the table at lines 34-91, 'NORTHWIND AIRLINES, INC. CONDENSED CONSOLIDATED "
                                   "STATEMENTS OF OPERATIONS")
    assert error.reason.endswith("has no column whose header says both when its period ended and how long it was")
    assert str(error) == f"no financial statement found in {path.name} (read EX-99.1): {error.reason}"
    said = describe_failure("air.txt", error).replace("\\", "")
    assert said.startswith("**air.txt** could not be read: in the exhibit read, EX-99.1, the table at lines 34-91")
    with pytest.raises(ReleaseParseError) as budgeted:  # the dashboard's parse, in a child process
        core.parse_within_budget(path.read_bytes(), path.name)
    assert budgeted.value.reason == error.reason


_HEADER_TAGS_LOST = FIXTURES / "layouts" / "an_edgar_header_printed_above_the_release_its_tags_lost.txt"


def test_an_edgar_header_is_no_table_even_where_its_tags_were_lost() -> None:
    """Round 652: "FILED AS OF DATE:  20051102", "CENTRAL INDEX KEY:", "IRS NUMBER:", "FISCAL YEAR END:" had
    been printed as a balance sheet's rows at the period end, scaled by a neighbouring table's note."""
    release = core.parse_release(_HEADER_TAGS_LOST.read_bytes(), _HEADER_TAGS_LOST.name)
    labels = [item.label for statement in release.statements for item in statement.items]
    assert labels and not [label for label in labels if label.isupper() and ":" in label]


def test_a_submission_printed_to_pdf_is_read_as_the_submission(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF whose text is a whole submission (a Courier print of the .txt): its exhibit is chosen and its
    header read as for the .txt itself (round 652)."""
    lines = _HEADER_TAGS_LOST.read_text().split("\n")
    first = next(i for i, line in enumerate(lines) if "EXHIBIT 99.1" in line)
    text = "\n".join(["<SEC-DOCUMENT>0000912345-09-004417.txt : 20090729",
                      "<SEC-HEADER>0000912345-09-004417.hdr.sgml : 20090729", *lines[:first], "</SEC-HEADER>",
                      "<DOCUMENT>", "<TYPE>EX-99.1", "<SEQUENCE>2", "<FILENAME>ex991.txt", "<TEXT>",
                      *lines[first:], "</TEXT>", "</DOCUMENT>"])
    monkeypatch.setattr("core.parse.read_pdf", lambda data, name: Document(
        name=name, format="pdf", lines=tuple(text.split("\n")), encoding="pdf"))
    printed = core.parse_release(b"%PDF-1.4\n", "submission.pdf")
    as_text = core.parse_release(text.encode(), "submission.txt")
    assert (printed.format, printed.metadata.cik, printed.metadata.exhibit) == ("edgar", "912345", "EX-99.1")
    assert facts_by_key(printed) == facts_by_key(as_text)
    assert core.parse_release(b"%PDF-1.4\n", "submission.pdf", exhibit="EX-99.1").metadata.exhibit == "EX-99.1"


# Round 716: a release's statements found where the reader had not looked, and kept apart where they are
# another entity's.
INLINE = CHOICE / "a_release_printed_in_the_8k_beside_a_call_notice.txt"


def test_a_release_printed_in_the_8k_itself_is_read_where_no_release_exhibit_holds_a_statement() -> None:
    """Wrenfield Optics (invented): the 8-K's own document prints the release ("issued the following press
    release:"), the only EX-99 is a conference-call notice. The reader had stopped at "no financial statement
    found (read EX-99)"; the 8-K is read, and a note says so."""
    release = core.parse_release(INLINE.read_bytes(), INLINE.name)
    assert release.metadata.exhibit == "8-K"
    assert [s.kind for s in release.statements] == ["operations", "balance"]
    operations, balance = release.statement("operations"), release.statement("balance")
    assert operations is not None and balance is not None
    income = operations.item("net_income")
    # 24,860 - 14,120 = 10,740; - (2,310 + 4,875) = 3,555; + 205 = 3,760; - 1,316 = 2,444 (2000: 1,891)
    assert income is not None and income.values == (Decimal(2_444_000), Decimal(1_891_000))
    assets = balance.item("total_assets")
    # 9,640 + 11,380 + 8,925 + 1,105 = 31,050, + 12,470 + 1,480; liabilities 10,400 + equity 34,600
    assert assets is not None and assets.values == (Decimal(45_000_000), Decimal(42_500_000))
    assert all(c.passed for c in release.checks)
    assert release.metadata.company == "Wrenfield Optics, Inc." and release.metadata.ticker == "WRNF"
    assert any("no release exhibit holds a statement (EX-99 (wrnex99.txt)" in note and "8-K (wrn8k.txt)" in note
               for note in release.notes)


def test_a_dash_stuffed_rule_is_no_highlight() -> None:
    """EDGAR stuffs a line opening on "-" with "- " ("- -----..."): the rule under the lead had been printed as
    the release's one highlight."""
    text = INLINE.read_text()
    release_text = text[text.index("               WRENFIELD OPTICS REPORTS") : text.index("</TEXT>")]
    release = core.parse_release(release_text.encode(), "wrenfield.txt")
    assert release.metadata.title == "WRENFIELD OPTICS REPORTS SECOND QUARTER 2001 RESULTS"
    assert release.metadata.highlights == ()


_SUBSIDIARY_TITLE = ("                       KESTREL VALVE CREDIT CORP.\n"
                     "      (a wholly owned subsidiary of Kestrel Valve Works, Inc.)\n")
_OTHER_COMPANY_TITLE = "                       HARBOR FLOW CONTROLS, INC.\n"


@pytest.mark.parametrize("title", [_SUBSIDIARY_TITLE, _OTHER_COMPANY_TITLE], ids=["subsidiary", "another-company"])
def test_a_later_exhibits_statements_titled_for_another_entity_never_complete_the_release(title: str) -> None:
    """Round 716's pattern on round 709's submission: EX-99.1 prints the statement of income, EX-99.2 a balance
    sheet and cash flow of the same day titled for a finance subsidiary or another company. They had been read
    as the company's (the subsidiary's test asked only a statement of operations, which EX-99.2 has none of);
    they are held back, and a warning names the exhibit."""
    text = SPLIT.read_text()
    exhibit_2 = text.index("<TYPE>EX-99.2")
    later = text[exhibit_2:].replace("                         KESTREL VALVE WORKS, INC.\n", title)
    release = core.parse_release((text[:exhibit_2] + later).encode(), SPLIT.name)
    assert release.metadata.exhibit == "EX-99.1"
    assert [s.kind for s in release.statements] == ["operations"]
    assert any("EX-99.2" in w.message and "another entity" in w.message for w in release.warnings)
    assert not any("are read below it" in note for note in release.notes)


@pytest.mark.parametrize("kind", ["EX-99.A", "EX-99.(A)", "EX-99.1B", "EX-99(a)", "EX-20.B", "EX-99.01", "EX-99-1"])
def test_a_release_exhibit_numbered_by_letters_or_parentheses_is_a_candidate(kind: str) -> None:
    """Any suffix of digits, letters or parentheses after EX-99 or EX-20 names a release exhibit (round 716: a
    release filed as EX-99.A beside an EX-99 notice had been passed over); other exhibits are not."""
    text = SPLIT.read_text().replace("<TYPE>EX-99.1\n", f"<TYPE>{kind}\n").replace("<TYPE>EX-99.2\n", "<TYPE>EX-10\n")
    assert [e.type for e in core.list_exhibits(text.encode())] == [kind]
    release = core.parse_release(text.encode(), SPLIT.name)
    assert release.metadata.exhibit == kind
    income = release.statement("operations")
    assert income is not None and (item := income.item("net_income")) is not None
    assert item.values == (Decimal(3_900_000), Decimal(3_538_000))


def _uuencoded(name: str, wrapper: bool) -> str:
    """A binary file as EDGAR files it: uuencoded, maybe inside its "<PDF>" wrapper."""
    data = bytes(range(256)) * 3
    lines = "".join(binascii.b2a_uu(data[at : at + 45]).decode() for at in range(0, len(data), 45))
    body = f"begin 644 {name}\n{lines}`\nend\n"
    return f"<PDF>\n{body}</PDF>" if wrapper else body


def test_a_pdf_copy_filed_under_the_release_type_is_never_read_nor_offered() -> None:
    """Round 716's pattern on round 709's submission: EX-99.1 the story, then its PDF copy also typed EX-99.1
    (uuencoded inside "<PDF>"), then EX-99.2 with every statement. The PDF copy had been borrowed as the
    narrative (the company taken from the header, the ticker and city lost) and offered as an exhibit to pick."""
    text = SPLIT.read_text()
    start = text.index("KESTREL VALVE WORKS, INC.\n                    CONSOLIDATED STATEMENTS OF INCOME")
    start = text.rindex("\n", 0, start) + 1  # the title's line from its start
    income = text[start : text.index("</TEXT>", start)]
    pdf = ("<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>3\n<FILENAME>kvwex991.pdf\n"
           "<DESCRIPTION>PDF COPY OF PRESS RELEASE\n"
           f"<TEXT>\n{_uuencoded('kvwex991.pdf', wrapper=True)}\n</TEXT>\n</DOCUMENT>\n")
    split = (text[:start] + text[text.index("</TEXT>", start) :]).replace(
        "<DOCUMENT>\n<TYPE>EX-99.2", pdf + "<DOCUMENT>\n<TYPE>EX-99.2", 1).replace(
        "                    SUPPLEMENTAL FINANCIAL INFORMATION\n",
        "                    SUPPLEMENTAL FINANCIAL INFORMATION\n\n" + income, 1)
    release = core.parse_release(split.encode(), SPLIT.name)
    assert release.metadata.exhibit == "EX-99.2"
    assert [s.kind for s in release.statements] == ["operations", "balance", "cash_flow"]
    assert (release.metadata.company, release.metadata.ticker, release.metadata.city) == (
        "Kestrel Valve Works, Inc.", "KVWX", "Duluth")
    assert "kvwex991.txt" in release.notes[0] and not any("pdf" in note for note in release.notes)
    assert [e.key for e in release.exhibits] == ["kvwex991.txt", "kvwex992.txt"]


@pytest.mark.parametrize(("filename", "text"), [
    ("copy.pdf", "EXHIBIT 99.1\n\nA printed copy's text."),  # its name says it is binary
    ("copy.txt", _uuencoded("copy.pdf", wrapper=True)),  # EDGAR's wrapper
    ("copy.txt", _uuencoded("copy.pdf", wrapper=False).split("\n", 1)[1]),  # uuencoded lines without "begin"
], ids=["pdf-name", "pdf-wrapper", "uuencoded-lines"])
def test_a_binary_document_is_no_release_candidate(filename: str, text: str) -> None:
    binary = Exhibit(type="EX-99.1", sequence="2", filename=filename, description="", text=text, first_line=1)
    story = Exhibit(type="EX-99.1", sequence="3", filename="ex991.txt", description="",
                    text="EXHIBIT 99.1\n\nKestrel Valve Works, Inc. today reported ...", first_line=1)
    assert release_candidates((binary, story)) == (story,)
