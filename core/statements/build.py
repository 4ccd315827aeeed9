"""Raw tables into statements: what kind of table, in what unit, over which periods, each line's concept.

Signs are turned into the XBRL meaning here (expenses positive, losses negative) because that is what the
facts contract promises, whatever the release printed: some print expenses as deductions in parentheses,
some print a net loss without them. The steps live beside this module: columns (periods), concepts
(which line is which), units (scale), result_signs.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from datetime import date

from core.model import FINANCIAL_KINDS, Diagnostic, LineItem, Period, SourceSpan, Statement, StatementKind
from core.statements.columns import NAMES_NO_PERIOD, NO_CLUES, PeriodClues, column_periods
from core.statements.concepts import (
    eps_of_an_untold_result,
    eps_of_each_class,
    line_items,
    matching_label,
    outflows_of_unknown_sign,
    revenue_held_back,
)
from core.statements.kind_evidence import lender_evidence
from core.statements.pretax_of_part import pretax_of_part
from core.statements.printed_changes import with_printed_changes
from core.statements.result_signs import resolve_result_signs, signs_left_to_a_tie, taxes_of_unsettled_sign
from core.statements.share_counts import (
    bare_eps_after_the_result,
    dilutive_effect,
    one_count_for_two_eps,
    one_eps_for_two_counts,
)
from core.statements.units import (
    Units,
    counts_left_unclear,
    printed_in_pence,
    read_units,
    scaled,
    share_scale_from_arithmetic,
    share_scale_from_book_value,
)
from core.statements.unsigned_losses import unsigned_losses
from core.tables.lines import WIDE_GAP, WIDE_GAP_SPLIT, YEAR_IN_TEXT, caption_before_periods
from core.tables.period_headers import (
    DATE,
    PERIOD_WORDS,
    HeaderReading,
    a_year_apart,
    paired_counts,
    paired_lengths,
    quarter_number,
    read_header,
    resolve_end,
)
from core.tables.raw import (
    RawTable,
    mostly_percent,
    prints_its_whole,
    prints_the_whole,
    shares_after_the_amounts,
    shares_of_anothers_amounts,
)
from core.vocabulary import (
    A_STATEMENTS_OWN_TITLE,
    AVERAGE_FIGURES,
    CASH_FLOW_ACTIVITIES,
    CLOSING_QUOTE,
    COMPANY_NAME_LINE,
    CONSOLIDATED_COLUMN,
    CONSOLIDATING_TITLE,
    EBITDA_LINE,
    EXHIBIT_NUMBER_LINE,
    FIGURES_ENDING_A_LABEL,
    FOOTNOTE_LINE,
    GARBLED_FIGURE,
    HEADLINE_VERB_WORDS,
    LABEL_FIGURE_AFTER,
    MARKED_NOTE,
    MONTH_RE,
    NOT_AS_REPORTED,
    RECONCILIATION,
    REPORTED_COLUMN,
    RESTATED,
    SECTION_BANNER,
    SHARE_CLASS_TERMS,
    SHARE_OF_REVENUE_TABLE,
    STATEMENT_TITLES,
    TRAILING_YEAR,
    a_statements_name_alone,
    a_statements_own_title,
    match_concept,
    names_a_statement,
    names_share_count,
    not_a_statement,
)

# The concepts that decide a table's kind when its title does not (highlights tables, untitled tables).
_KIND_EVIDENCE: dict[StatementKind, frozenset[str]] = {
    "operations": frozenset({"revenue", "net_income", "eps", "operating_income", "total_operating_expenses"}),
    "balance": frozenset({"total_assets", "total_liabilities_and_equity", "stockholders_equity"}),
    "cash_flow": frozenset({"operating_cash_flow", "investing_cash_flow", "financing_cash_flow"}),
}


def classify_table(table: RawTable, concepts: Sequence[str | None], *, consolidated: bool = False,
                   beside: Sequence[RawTable] = ()) -> StatementKind:
    """`consolidated`: the table is a consolidating statement's consolidated column alone, which the word
    "consolidating" in its title no longer rules out. `beside`: the release's other tables, whose amounts a
    table of shares of revenue divides (`shares_of_anothers_amounts`)."""
    titled = _titled_kind(table, concepts)
    # A statement printing its reported figures beside their adjustments ("CONSOLIDATED STATEMENTS OF
    # OPERATIONS / GAAP TO NON-GAAP" over "GAAP | Adjustments | Non-GAAP"): its reported columns are read.
    reported = titled is not None and any(REPORTED_COLUMN.search(line) for line in table.header_lines)
    # A footnote of the table before ("(1) See non-GAAP reconciliation below.") is no title of this one, nor
    # is a sentence above the line naming this statement ("Non-GAAP reconciliations follow." over "CONDENSED
    # CONSOLIDATED STATEMENTS OF OPERATIONS": round 337, the statement set aside and a supplement's non-GAAP
    # figures printed in its place). A sentence alone over a table ("The following table reconciles ...")
    # still titles it.
    named = _title_named_at(table.title_lines)
    sentences = _sentence_lines(table.title_lines[:named])
    # What stands above such a sentence is the story's too: its section's heading ("Business Outlook" over a
    # paragraph of guidance, round 460: the statement under it dropped without a word).
    story_ends = max(sentences, default=-1)
    # So is what stands above the company's name that opens the statement's title ("Use of Non-GAAP Financial
    # Information" over "PAYCREST SOFTWARE, INC." / "CONSOLIDATED STATEMENTS OF INCOME": a section heading of
    # the story, UI-29: the statement had been set aside as non-GAAP, every page without its figures)
    opens = [at for at, line in enumerate(table.title_lines[:named]) if COMPANY_NAME_LINE.match(line)]
    if opens:
        story_ends = max(story_ends, opens[-1] - 1)
    # ... and the release's headline over the statement's own title ("HARROWGATE MEDIA POSTS RECORD FREE CASH FLOW"
    # over "CONSOLIDATED STATEMENTS OF OPERATIONS", round 693: the release had been refused)
    story_ends = max(story_ends, _headline_ends(table.title_lines))
    amounts_beside = functools.cache(lambda: _amounts_beside_their_shares(table))  # (weighed only if a title asks)
    if not reported and any(_about_a_statement(CONSOLIDATING_TITLE.sub("", line) if consolidated else line,
                                               amounts_beside)
                            for at, line in enumerate(table.title_lines)
                            if not FOOTNOTE_LINE.match(line) and not _LISTED.match(line)
                            and not (at < named and MARKED_NOTE.match(line))
                            and not COMPANY_NAME_LINE.match(line) and at > story_ends
                            and not _a_banner_over_a_statements_name(table.title_lines, at)):
        return "other"  # "Free Cash Flow", "Reconciliation of ... to Adjusted EBITDA": about a statement
    if _averages_over_the_period(table):
        return "other"
    if any(SHARE_OF_REVENUE_TABLE.search(line) for line in table.header_lines) and (
            all(SHARE_OF_REVENUE_TABLE.search(header) for header in table.column_headers)
            or not any(mostly_percent(table.rows, i) for i, header in enumerate(table.column_headers)
                       if SHARE_OF_REVENUE_TABLE.search(header))):
        # "% of revenues" over every column: percentages, the statement's amounts printed apart. Over only
        # the columns holding percentages ("Three Months Ended" | "Percent of Revenues", round 215: the
        # statement had been dropped without a word), the other columns are the statement's.
        return "other"
    if prints_its_whole(table) and any(other is not table and shares_of_anothers_amounts(table, other)
                                       for other in beside):
        return "other"  # each line's share of revenue, whatever its title says (or none does)
    if any(RECONCILIATION.search(line) for line in table.header_lines) and not reported and not any(
            RESTATED.search(line) for line in table.header_lines) and not (
            titled is not None and _words_of_columns_set_apart(table)):
        return "other"
    if titled is not None and not _a_measure_titled_as_a_cash_flow(table, titled, concepts):
        return titled
    if _a_block_a_part(table, concepts):
        return "other"
    if any(EBITDA_LINE.search(row.label) for row in table.rows) and not (
            _statement_before_its_measures(table, concepts) or _summary_before_its_measures(table, concepts)):
        return "other"  # an untitled table adding up to "EBITDA" or "Adjusted net income": a reconciliation
    found = set(concepts)
    # (a lender's lines count beside the concepts: a bank's highlights print no revenue, round 718)
    lenders = lender_evidence(table, concepts)
    scores = {kind: len(found & evidence) + lenders.get(kind, 0) for kind, evidence in _KIND_EVIDENCE.items()}
    kind, score = max(scores.items(), key=lambda item: item[1])
    if score < 2 and _taxed_down_to_the_result(concepts):
        return "operations"
    if found - {None} == _PER_SHARE_AND_COUNTS:
        # A table of EPS and the counts behind it, printed apart from the statement ("PER SHARE DATA" under
        # it): the statement's own lines, their counts' scale chosen by its net result
        # (scale_choice.counts_apart_from_their_result)
        return "operations"
    if found - {None} == {"shares"} and table.rows and all(names_share_count(row.section) for row in table.rows):
        # The counts alone, under a title naming them ("SHARES USED IN PER SHARE CALCULATIONS" / "GAAP - basic
        # and diluted"): the statement's counts printed apart, kept only where a word gives their scale
        # (round 423: a table of counts under the statement read as no table)
        return "operations"
    return kind if score >= 2 else "other"


_PER_SHARE_AND_COUNTS = frozenset({"eps", "shares"})


def _about_a_statement(line: str, amounts_beside: Callable[[], bool]) -> bool:
    """Whether a title line says its table is about a statement, not one ("Free Cash Flow", "Reconciliation of
    ... to Adjusted EBITDA", "AS A PERCENTAGE OF NET SALES"). A share of revenue named in a title or unit note
    says so only of a table printing no amounts beside its percents: over a statement printing both ("STATEMENTS
    OF OPERATIONS AND PERCENTAGE OF REVENUES", "(In thousands, except per share data and percent of sales)") the
    amounts are the statement's and the column reader sets the percent columns aside (round 732: five such
    statements had been dropped, one release refused)."""
    if not not_a_statement(line):
        return False
    if not SHARE_OF_REVENUE_TABLE.search(line) or not amounts_beside():
        return True
    return bool(not_a_statement(SHARE_OF_REVENUE_TABLE.sub(" ", line)))


def _amounts_beside_their_shares(table: RawTable) -> bool:
    """Whether a table prints columns of percentages beside columns of amounts: a column that is no percentages
    and prints no 100.0 on a revenue line (a table of bare shares prints 100.0 in every column) beside one that
    is percentages."""
    if not table.rows:
        return False
    shares = [mostly_percent(table.rows, index) for index in range(len(table.rows[0].cells))]
    return any(shares) and any(not share and not prints_the_whole(table.rows, index)
                               for index, share in enumerate(shares))


def _a_banner_over_a_statements_name(lines: Sequence[str], at: int) -> bool:
    """Whether title line `at` is a section's banner ("Supplemental Tables", "SUPPLEMENTAL INFORMATION":
    SECTION_BANNER) with a statement's own title alone under it ("Income Statement", "CONSOLIDATED STATEMENTS
    OF OPERATIONS": `a_statements_name_alone`): the banner heads the release's part, the nearer line titles
    the table. Its "Supplement" had
    set the statement aside as a supplement about one, the release refused or its income statement lost (round
    707). A banner with no statement named alone under it still says what the table is ("SUPPLEMENTAL
    FINANCIAL DATA" over "eOne - FY2019 RESULTS OF OPERATIONS": an acquired business's results)."""
    return SECTION_BANNER.match(lines[at]) is not None and any(a_statements_name_alone(line) for line in lines[at + 1:])


def _averages_over_the_period(table: RawTable) -> bool:
    """Whether the table's title or column heads say its figures are averages ("AVERAGE BALANCES, YIELDS, AND
    RATES - YEAR-TO-DATE" over "For the Six Months Ended"): a bank's interest margin table prints the balance
    sheet's lines and totals, each the period's average, none a balance at its end. Its title, read among the
    header lines where it names a length ("YEAR-TO-DATE"), had gone unread, and its averages had been printed
    as the balance sheet's at the six months' end beside the real ones (UI-53)."""
    return any(AVERAGE_FIGURES.search(line) for line in (*table.title_lines, *table.header_lines))


def _words_of_columns_set_apart(table: RawTable) -> bool:
    """Whether a reconciliation's words head only some of a statement's columns, each of which is set apart as
    not as reported ("Combined / Year Ended December 31, 2010 / (Non-GAAP)" beside the quarters a Successor and
    a Predecessor report): the other columns are the statement's, the marked ones named in warnings (round
    462: the statement of operations had been set aside without a word). Words heading every column, or
    standing on a header line over none of them, still make the table a reconciliation."""
    marked = [header for header in table.column_headers if RECONCILIATION.search(header)]
    return (0 < len(marked) < len(table.column_headers)
            and sum(len(RECONCILIATION.findall(header)) for header in marked)
            == sum(len(RECONCILIATION.findall(line)) for line in table.header_lines)
            and all(NOT_AS_REPORTED.search(header) for header in marked))


def _a_block_a_part(table: RawTable, concepts: Sequence[str | None]) -> bool:
    """Whether a table no title names prints its revenue under two headings or more ("Engineered Components:
    / Net sales ... Fluid Systems: / Net sales ... Consolidated: / Net sales") and no net result: each
    business's block, no statement (round 356: every segment's lines had been printed as the company's
    operations lines)."""
    sections = {row.section for row, concept in zip(table.rows, concepts, strict=True)
                if concept == "revenue" and row.section}
    # (a homebuilder's untitled statement prints "Homebuilding:" and "Financial services:" blocks above the
    # company's own result and its EPS: round 365)
    return len(sections) >= 2 and not {"net_income", "eps"} & set(concepts)


def _taxed_down_to_the_result(concepts: Sequence[str | None]) -> bool:
    """Income before taxes, then the tax on it, then the net result, in this order: the foot of a statement
    of operations, whatever its first lines (a bank's "Selected Income Statement Data" under a title that
    names no statement, its interest income being no revenue). A reconciliation starts from the net result
    and adds back the tax ("Net income", "Provision for income taxes", ... "Earnings before interest,
    taxes, ...")."""
    position = 0
    for concept in ("income_before_taxes", "income_tax", "net_income"):
        position = next((i for i in range(position, len(concepts)) if concepts[i] == concept), -1) + 1
        if not position:
            return False
    return True


# An item of a list above the table ("\u2022Reconciliation of Non-GAAP Financial Measures", the release's
# contents): no title of the table under it.
# A list's item: a bullet sign, or the "*" and "+" lynx and markdown print for one ("     * Free cash flow of
# $117.4 million for the full year" over a statement's title, round 495: read as its title, the statement of
# operations had been filed as a cash flow)
_LISTED = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u2023\u2043]|[*+]\s)")
# The chain of a statement of operations, printed in this order from its first line.
_RESULT_CHAIN = ("revenue", "operating_income", "income_before_taxes", "net_income")


def _statement_before_its_measures(table: RawTable, concepts: Sequence[str | None]) -> bool:
    """An untitled table printing the whole chain from revenue to the net result before its first EBITDA line
    (Deluxe's statement of operations, with adjusted EPS and EBITDA under the net income): a statement with
    the company's measures after it. A reconciliation starts from the net result and adds back to EBITDA."""
    first_measure = next(i for i, row in enumerate(table.rows) if EBITDA_LINE.search(row.label))
    at = [next((i for i, c in enumerate(concepts[:first_measure]) if c == concept), None) for concept in _RESULT_CHAIN]
    return all(i is not None for i in at) and at == sorted(at)  # type: ignore[type-var]


# What a summary of operations prints, in this order, before any measure of the company's own: its revenue,
# its net result and the result per share.
_SUMMARY_CHAIN = ("revenue", "net_income", "eps")


def _summary_before_its_measures(table: RawTable, concepts: Sequence[str | None]) -> bool:
    """A table printing its revenue, then its net result, then the EPS on it, before its first EBITDA line
    ("SELECTED FINANCIAL AND OPERATING INFORMATION": "Revenue", "Net earnings", "Per share basic and diluted",
    then "EBITDA (a)"): a summary of operations with the company's measures after it, whatever its title
    (round 708: read as a reconciliation, the release's only figures of its income unread). A reconciliation
    starts from the net result and adds its costs back to the measure: no per-share figure of the result
    stands between them, and no revenue above."""
    first_measure = next(i for i, row in enumerate(table.rows) if EBITDA_LINE.search(row.label))
    at = [next((i for i, c in enumerate(concepts[:first_measure]) if c == concept), None) for concept in _SUMMARY_CHAIN]
    if any(i is None for i in at) or at != sorted(at):  # type: ignore[type-var]
        return False
    result, per_share = at[1], at[2]
    assert result is not None and per_share is not None
    return all(concept is None for concept in concepts[result + 1:per_share])


# A sentence among the title lines, a note about some statement: "Note: Balance sheet amounts are stated in
# thousands of dollars.", "See notes to the balance sheet." A title names its statement without a verb.
_A_NOTE = re.compile(r"^\s*(?:notes?\b\s*:|see\s)|\b(?:are|is|were|was|has|have|been)\b[^.]*\.\s*$", re.IGNORECASE)
# Any sentence: a note, or a full stop after a word in lower case ("Non-GAAP reconciliations follow.", "(a)
# Adjusted to reflect the two-for-one stock split."), or after a percentage ("Comparable store sales increased
# 6.4%." or "(0.4%).", the story's last line over the statement: rounds 409 and 415, the statement set aside
# as "comparable" figures); a title ends in none but a name's "Inc.".
_CLOSE = CLOSING_QUOTE
_A_SENTENCE = re.compile(rf"{_A_NOTE.pattern}|\b(?-i:[a-z][a-z-]*)\.{_CLOSE}\s*$|\d%\)?\.{_CLOSE}\s*$"
                         rf"|\$\d[\d,.]*\.{_CLOSE}\s*$", re.IGNORECASE)  # "... to $2.85.\"": a sum ends it too


def _sentence_lines(lines: Sequence[str]) -> set[int]:
    """Which of the lines above a statement's title are a sentence's: a line ending one, and the lines of the
    same sentence before it, each ending mid-sentence on a word in lower case or a comma ("... guidance for
    diluted earnings per share to" / "$2.75 to $2.85.\"", round 441: the statement set aside, its words
    taken for the title's)."""
    found: set[int] = set()
    for at in range(len(lines) - 1, -1, -1):
        if _A_SENTENCE.search(lines[at]) or (at + 1 in found and _MID_SENTENCE.search(lines[at])):
            found.add(at)
    return found


# A line that stops inside a sentence: its last word in lower case, or a comma
_MID_SENTENCE = re.compile(r"(?:\b(?-i:[a-z]+)|,)\s*$")


def _headline_ends(lines: Sequence[str]) -> int:
    """Where the release's headline standing over a statement's own title ends (-1 where none does): a line
    holding a headline's verb ("HARROWGATE MEDIA REPORTS SECOND QUARTER RESULTS;") and the lines it runs
    on into, cut at a semicolon or comma ("STATION CASH FLOW RISES 10 PERCENT"). Its words tell the news,
    never the table's kind (round 693: "cash flow" and "balance sheet" in it had outranked the "STATEMENTS OF
    OPERATIONS" under it, the statement printed as a cash flow or refused as a balance sheet)."""
    title = max((at for at, line in enumerate(lines) if A_STATEMENTS_OWN_TITLE.match(line)), default=0)
    ends = -1
    for at in range(title):
        runs_on = ends == at - 1 >= 0 and lines[at - 1].rstrip().endswith((";", ","))
        if HEADLINE_VERB_WORDS.search(lines[at]) or runs_on:
            ends = at
    return ends


def _title_named_at(lines: Sequence[str]) -> int:
    """The title line naming the statement, under the release's headline (0 where none names one): a
    statement's own title wherever it stands ("Tidewater Looms, Inc. Condensed Consolidated Statements of
    Operations"), else the first line naming one that is no note on the marks of the table above (MARKED_NOTE:
    "*Adjusted EBITDA and Free Cash Flow are non-GAAP measures."), else the first naming one at all. A note's
    "Cash Flow" had been taken for the title, its "non-GAAP" for the table's kind, and the statement of
    operations under it set aside without a word (round 715)."""
    naming = [at for at in range(_headline_ends(lines) + 1, len(lines))
              if names_a_statement(lines[at])]
    own = next((at for at in naming if a_statements_own_title(lines[at])), None)
    if own is not None:
        return own
    return next((at for at in naming if not MARKED_NOTE.match(lines[at])), naming[0] if naming else 0)


def _a_measure_titled_as_a_cash_flow(table: RawTable, titled: StatementKind, concepts: Sequence[str | None]) -> bool:
    """Whether a table whose title names a cash flow but is no statement's own title ("STATION CASH FLOW (a)")
    adds up to a measure of the company's own ("Station cash flow": EBITDA_LINE) and prints none of a statement
    of cash flows' sections (operating, investing, financing activities): the measure reconciled from the
    statement of operations ("Operating income", "Add: Depreciation and amortization"), its kind left to its
    lines as an untitled table's is (round 693: printed as cash flow rows for each period)."""
    return (titled == "cash_flow"
            and any(EBITDA_LINE.search(row.label) for row in table.rows)
            and not any(A_STATEMENTS_OWN_TITLE.match(line) for line in table.title_lines)
            and not set(concepts) & _KIND_EVIDENCE["cash_flow"]
            and not any(CASH_FLOW_ACTIVITIES.search(f"{row.section} {row.label}") for row in table.rows))


def _titled_kind(table: RawTable, concepts: Sequence[str | None]) -> StatementKind | None:
    """The statement the first title line naming one names, the release's headline over the statement's own
    title left out (`_headline_ends`). A title naming two ("SELECTED BALANCE SHEET AND
    CASH FLOW INFORMATION", over a table of each) leaves it to the lines: the kind of the two whose totals
    the table holds more of, the first named where they say nothing."""
    for line in table.title_lines[_headline_ends(table.title_lines) + 1:]:
        if _LISTED.match(line):
            continue  # "\u2022 Table 3. Consolidated Balance Sheets": the release's contents, above another table
        if _A_NOTE.search(line):
            continue  # "Note: Balance sheet amounts are stated in thousands of dollars." over a cash flow
        if line[:1].islower():
            # a sentence's tail leading into the table ("the condensed consolidated balance sheets to the
            # amounts shown in the condensed consolidated statements of cash flows:"): it speaks of
            # statements, it titles none
            continue
        named = [kind for kind, pattern in STATEMENT_TITLES if pattern.search(line)]
        if len(named) > 1:
            found = set(concepts)
            return max(named, key=lambda kind: len(found & _KIND_EVIDENCE[kind]))
        if named:
            return named[0]
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class _ColumnsRead:
    """A table's columns as read, before its rows are: what a statement is built from, and what says why a
    table was left unread."""

    table: RawTable  # the table as read (its consolidated column alone, its title's days and lengths applied)
    whole: RawTable  # the table as found
    consolidating: bool  # its consolidated column alone read, beside its parts'
    kind: StatementKind
    units: Units
    periods: list[Period]
    keep: list[int]
    dropped: list[tuple[int, str, str]]


def _read_columns(table: RawTable, fallback: HeaderReading | None, clues: PeriodClues,
                  beside: Sequence[RawTable] = ()) -> _ColumnsRead | None:
    if _periods_as_rows(table):
        return None
    table = _without_its_shares_of_revenue(table)
    rough = [match_concept(matching_label(row)) for row in table.rows]
    whole = table
    table = _consolidated_column(table) or table
    consolidating = table is not whole  # (the headers' rewritings below keep the parts' columns out)
    kind = classify_table(table, rough, consolidated=consolidating, beside=beside)
    # The title's date ("For the Periods Ended December 31, 2023") stands at or under the line naming the
    # statement; a dateline above it ("Calif., Oct. 26, 2023 --") is the day of the release, not a period's.
    named = _title_named_at(table.title_lines)
    # So is its own unit note: "(Dollars in millions)" under the cash flow's title is its unit, though "All
    # amounts in thousands." closing the balance sheet above stands first among its title lines.
    units = read_units(table.title_lines[named:] + table.header_lines + table.title_lines[:named] + table.context)
    if not units.text and table.footer:
        units = read_units(table.footer)
    titles = [line for line in table.title_lines[named:] if not _a_row_of_column_labels(line, table.column_headers)]
    title_reading = read_header(" ".join(titles)) if titles else None
    table = _days_of_the_title(table, table.title_lines[named:])
    table = _lengths_of_the_caption(table)
    captioned = _captioned_year_to_date(table.title_lines[named:] + table.header_lines + table.context)
    if captioned is not None:
        narrated = clues.year_to_date
        clues = dataclasses.replace(clues, year_to_date=lambda end: captioned(end) or narrated(end))
    periods, keep, dropped = column_periods(table, kind, _merge(title_reading, fallback), clues,
                                            titled_length=bool(title_reading and title_reading.months))
    if kind != "balance" and _trailing_quarters(table, periods, keep):
        periods = [dataclasses.replace(period, months=12) for period in periods]
    return _ColumnsRead(table, whole, consolidating, kind, units, periods, keep, dropped)


def _without_its_shares_of_revenue(table: RawTable) -> RawTable:
    """A table without the rows of shares of revenue printed under its amounts as more of its rows
    (`shares_after_the_amounts`): a table of percentages, as one titled apart is (classify_table)."""
    at = shares_after_the_amounts(table.rows)
    if at is None:
        return table
    return dataclasses.replace(table, rows=table.rows[:at], last_line=table.rows[at - 1].last_line)


def _a_row_of_column_labels(line: str, headers: Sequence[str]) -> bool:
    """Whether a line over the table is the row of its columns' own labels ("(in millions, except per share
    amounts; unaudited)   2026   2025   % Change"), a stub's note before them: its years are the columns', not a
    title's date. Read as the title's, the last column's year (2025) had been lent to every column as the
    narrative's quarter end a year early, and the columns moved back a year as a fiscal year named for its
    end (round 715). A title naming its own period ("Three Months Ended June 30, 2026") prints no such row."""
    labels = [header.strip() for header in headers if header.strip()]
    cells = [cell.strip() for cell in WIDE_GAP_SPLIT.split(line.strip())][1:]
    return len(labels) >= 2 and all(label in cells for label in labels)


def _trailing_quarters(table: RawTable, periods: Sequence[Period], keep: Sequence[int]) -> bool:
    """Whether each column, headed as a quarter ("Fiscal 2022" over "Q1 | Q2 | Q3 | Q4"), is the four quarters to
    that quarter's end, as the table's title says ("FREE CASH FLOW - TRAILING 4-QUARTERS"): Oracle's trailing
    free cash flow had been printed as eight quarters. Not where any column reads a length of its own other than
    a quarter's: the quarters printed beside their trailing total ("Q2 | Q3 | Q4 | Q1 | TTM") are quarters."""
    return (bool(periods) and all(period.months == 3 for period in periods)
            and any(TRAILING_YEAR.search(line) for line in table.title_lines)
            and all(quarter_number(table.column_headers[index]) is not None for index in keep))


def why_unread(table: RawTable, fallback: HeaderReading | None, clues: PeriodClues = NO_CLUES) -> str:
    """Why a table `build_statement` made nothing of left its columns unread, in the column reader's words
    ("column 2 ('2019') was not read: column 3, read as no period, holds ..."), where a column was set aside
    for more than its header naming no period (which the skipped table's usual warning says): "" otherwise.
    Asked only of a table titled as a statement and left unread: a user told only "no column header names a
    period" under headers that do name periods (a stub period, a change read as a period) had been told
    the wrong thing."""
    read = _read_columns(table, fallback, clues)
    reasons = [] if read is None else [(i, h, why) for i, h, why in read.dropped if not why.startswith(NAMES_NO_PERIOD)]
    if not reasons:
        return ""
    index, header, why = reasons[0]
    more = len(reasons) - 1
    return _not_read(index, header, why, f" (and {more} other column{'s' * (more > 1)})" if more else "")


def _set_apart(first: int, last: int, heading: str, title: str) -> Diagnostic:
    """The warning of rows set apart on a grid of their own after a statement's (`RawTable.apart`), named for
    the table they stand under: their heading where they print one ("Reconciliation of GAAP to Non-GAAP
    Operating Loss (in thousands; unaudited)", a table of its own after a cash flow's last line: UI-46, the
    warning on every page had said its rows were the cash flow's), the statement's title where none."""
    why = "their figures stand on a grid of their own, not under the columns the header names"
    if heading:
        return Diagnostic(f"its rows were not read: {why.replace('the header names', 'a header above them names')}",
                          span=SourceSpan(first, last), table=heading.rstrip(":").strip())
    return Diagnostic(f"the rows were not read: {why}", span=SourceSpan(first, last), table=title)


def _unplaced(first: int, last: int, label: str, title: str) -> Diagnostic:
    """The warning of a row whose figures could not be given to columns (`RawTable.unplaced`)."""
    return Diagnostic(f"{label!r} was not read: it prints fewer figures than the header has columns and more than "
                      "its periods, and which column its missing figure stands in cannot be told",
                      span=SourceSpan(first, last), table=title)


def _stopped(number: int, text: str, title: str) -> Diagnostic:
    """The warning of a statement whose rows stop mid-statement at a line of figures that could not be split
    into a row's (`RawTable.stopped`): named at that line, so that nothing missing below it passes unsaid."""
    words = text if len(text) <= _WORDS_QUOTED else text[:_WORDS_QUOTED] + "..."
    return Diagnostic(f"the rows stop at line {number} ({words!r} could not be read as a row's figures): the rows "
                      "below it, with their figures, were not read", span=SourceSpan(number, number), table=title)


# Of the line a statement's rows stop at, this many characters are quoted.
_WORDS_QUOTED = 100


def _unfitted(first: int, last: int, label: str, title: str) -> Diagnostic:
    """The warning of a row printing fewer figures than the columns whose figures the arithmetic placed in no
    one way (`RawTable.unfitted`): said at its line, so that a total failing to foot without it is not taken
    for the release's error."""
    return Diagnostic(f"figures of {label!r} could not be placed in the columns: the row prints fewer figures "
                      "than the header has columns, and no total says which columns they stand in",
                      span=SourceSpan(first, last), table=title)


def _names_a_row(label: str) -> bool:
    """Whether a label left out with its figures names a row: a word of its own, not a connecting word alone
    ("and", ";": the pieces a scrape's long share-capital label leaves between its figures, no row's), nor a
    share class's terms ("Preferred Stock; par value": its "$0.001" and counts are the label's words, cut from it
    by a flattened scrape; the stock's own figures are read on its row, and Forian's Periods page had shown the
    piece's warning)."""
    return (_A_WORD.search(label) is not None and LABEL_FIGURE_AFTER.match(label.strip()) is None
            and SHARE_CLASS_TERMS.search(label) is None)


_A_WORD = re.compile(r"[A-Za-z]{2,}")


def _counts_held_back(counts: tuple[LineItem, ...], unit: str, title: str) -> Diagnostic:
    """Why a statement's share counts were left out (`units.counts_left_unclear`, round 638)."""
    labels = ", ".join(repr(item.label) for item in counts)
    first = min(item.span.first for item in counts)
    last = max(item.span.last for item in counts)
    return Diagnostic(f"the share counts {labels} were not read: printed in full under the note {unit!r}, which "
                      "does not say whether it counts shares, and with no EPS to check them by, they may be "
                      "shares or thousands of shares (in thousands, the net result would be less than a cent a "
                      "share)", span=SourceSpan(first, last), table=title)


def _signs_held_back(lines: tuple[LineItem, ...], title: str) -> Diagnostic:
    """Why lines of the result chain were left out (`result_signs.signs_left_to_a_tie`, round 723): the figures
    add up whichever way they count, and their words do not say."""
    labels = ", ".join(repr(item.label) for item in lines)
    return Diagnostic(f"the lines {labels} were not read: the results add up whether each is added or taken away, "
                      "and the words do not say which", span=SourceSpan(min(item.span.first for item in lines),
                                                                        max(item.span.last for item in lines)),
                      table=title)


def _pence_of_no_share(item: LineItem, title: str) -> Diagnostic:
    """Why a line whose figures are marked as pence ("35.2p") was left out (`units.printed_in_pence`): only a
    figure a share is printed in the currency's hundredths, and this line names none, so its mark may be pence
    or a footnote's letter; read either way it would be a guess, and pence read as pounds a hundredfold wrong."""
    return Diagnostic(f"the row {item.label!r} was not read: its figures are marked as pence ({_first_cell(item)!r}), "
                      "but it names no figure a share, so they may be pence or carry a footnote's mark",
                      span=item.span, table=title)


def _first_cell(item: LineItem) -> str:
    """The line's first printed figure, as the release prints it."""
    return next((cell for cell in item.cells if cell), "")


def _without_concepts(items: tuple[LineItem, ...], held: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """The items with the lines held back (the very lines, by identity) left as lines of no concept."""
    return tuple(dataclasses.replace(item, concepts=()) if any(item is line for line in held) else item
                 for item in items)


def _tax_sign_held_back(lines: tuple[LineItem, ...], title: str) -> Diagnostic:
    """Why a tax line was left out (`result_signs.taxes_of_unsettled_sign`, round 729): printed negative under
    an expense's words, with no net result after it to say whether it is a deduction or a benefit."""
    labels = ", ".join(repr(item.label) for item in lines)
    return Diagnostic(f"the tax {labels} was not read: it is printed negative, which is an expense taken away or a "
                      "benefit, and no net result read after it says which",
                      span=SourceSpan(min(item.span.first for item in lines), max(item.span.last for item in lines)),
                      table=title)


def _pretax_of_part_held_back(lines: tuple[LineItem, ...], title: str) -> Diagnostic:
    """Why a pre-tax line and its tax were left out (`pretax_of_part.pretax_of_part`, round 734): the line comes
    before an item added after the tax, net of its own, so it and its tax are those of part of the result."""
    pretax, taxes = lines[0], lines[1:]
    also = f" nor the tax {', '.join(repr(item.label) for item in taxes)}" if taxes else ""
    return Diagnostic(f"the pre-tax line {pretax.label!r} was not read as the income before taxes{also}: an item is "
                      "added after the tax, net of its own tax, so the line is the pre-tax income of part of the "
                      "result and the company's is printed nowhere",
                      span=SourceSpan(min(item.span.first for item in lines), max(item.span.last for item in lines)),
                      table=title)


def _revenue_in_parts(part: LineItem, rest: tuple[LineItem, ...], title: str) -> Diagnostic:
    """Why a statement printing revenue above its cost and more after its gross profit prints none
    (`concepts.revenue_held_back`, round 704): the line above the cost is a part, and no sum is vouched for."""
    labels = ", ".join(repr(item.label) for item in rest)
    return Diagnostic(f"no revenue was read: {part.label!r} is a part of it, the operating result taking in {labels} "
                      "printed after the gross profit, and no total is printed; the sum was not read as the revenue, "
                      f"since {part.label!r} less the costs above the gross profit is not the gross profit printed",
                      span=SourceSpan(part.span.first, max(item.span.last for item in rest)), table=title)


def _eps_of_an_untold_result(lines: tuple[LineItem, ...], title: str) -> Diagnostic:
    """Why a per-share line naming no result was not read as the EPS (`concepts.eps_of_an_untold_result`): no line
    above it says whose figure a share it is."""
    labels = ", ".join(repr(item.label) for item in lines)
    return Diagnostic(f"the figures a share {labels} were not read as the EPS: their words name no result, and no "
                      "line above them says whose figures they are",
                      span=SourceSpan(min(item.span.first for item in lines), max(item.span.last for item in lines)),
                      table=title)


def _sign_unknown(item: LineItem, title: str) -> Diagnostic:
    """Why a flow printed as "Net cash used in ..." with no sign is held back (`concepts.outflows_of_unknown_sign`):
    the flows add up to the net change in cash neither as printed nor with the outflows turned."""
    return Diagnostic(f"the sign of {item.label!r} is unsure: printed without one and read as an outflow by its words, "
                      "but the flows add up to the net change in cash neither so nor as printed", span=item.span,
                      table=title)


def _eps_of_each_class(lines: tuple[LineItem, ...], title: str) -> Diagnostic:
    """Why a statement printing an EPS for each class of its stock prints none (`eps_of_each_class`)."""
    labels = ", ".join(dict.fromkeys(repr(f"{item.section}: {item.label}" if item.section else item.label)
                                     for item in lines))
    return Diagnostic(f"no EPS was read: the statement prints one for each class of stock ({labels}), the classes "
                      "earning different figures, and none for the company",
                      span=SourceSpan(min(item.span.first for item in lines), max(item.span.last for item in lines)),
                      table=title)


def _not_read(index: int, header: str, why: str, others: str = "") -> str:
    return f"column {index + 1} ({header.strip() or 'no header'!r}){others} was not read: {why}"


def build_statement(table: RawTable, fallback: HeaderReading | None,
                    clues: PeriodClues = NO_CLUES, beside: Sequence[RawTable] = ()) -> Statement | None:
    """A Statement from a raw table, or None where it has no period columns. `clues` are what the rest of
    the release says of its periods, for columns whose headers leave theirs open; `beside`, the release's
    other tables (a table of shares of revenue is known by the statement whose lines it divides)."""
    read = _read_columns(table, fallback, clues, beside)
    if read is None or not read.periods:
        return None
    table, whole, consolidating, kind, units = read.table, read.whole, read.consolidating, read.kind, read.units
    periods, keep, dropped = read.periods, read.keep, read.dropped
    span = SourceSpan(table.first_line, table.last_line)
    notes = tuple(Diagnostic(_not_read(index, header, why), span=span, table=_title(table))
                  for index, header, why in dropped) if kind in FINANCIAL_KINDS else ()
    if consolidating and kind in FINANCIAL_KINDS:
        # each part by the words after its period ("Three Months Ended March 31, 2020 Commercial Lines")
        others = ", ".join(repr(YEAR_IN_TEXT.split(header)[-1].strip() or header.strip())
                           for header in whole.column_headers if not CONSOLIDATED_COLUMN.search(header))
        notes += (Diagnostic(f"a consolidating statement: only its consolidated column was read, not the columns "
                             f"of its parts ({others})", span=span, table=_title(table)),)
    items = with_printed_changes(line_items(table, kind, keep, units), table.column_headers, keep, periods)
    if kind in FINANCIAL_KINDS:
        notes += tuple(_garbled(item.label, item.span, _title(table)) for item in items
                       if GARBLED_FIGURE.search(item.label))
        notes += tuple(_garbled(text, SourceSpan(number, number), _title(table)) for number, text in table.garbled)
        shifted = [item for item in items if item.label.endswith("%") and FIGURES_ENDING_A_LABEL.search(item.label)]
        notes += tuple(_shifted(item, _title(table)) for item in shifted)
        notes += tuple(_set_apart(first, last, heading, _title(table)) for first, last, heading in table.apart)
        notes += tuple(_unplaced(first, last, label, _title(table)) for first, last, label in table.unplaced)
        notes += tuple(_unfitted(first, last, label, _title(table)) for first, last, label in table.unfitted
                       if _names_a_row(label))
        if table.stopped is not None:
            notes += (_stopped(*table.stopped, _title(table)),)
        items = tuple(item for item in items if item not in shifted)
    if kind == "balance":
        flows = [item for item in items if EBITDA_LINE.search(item.label)]
        notes += tuple(_a_flow_among_balances(item, _title(table)) for item in flows)
        items = tuple(item for item in items if item not in flows)
    if kind == "operations" and (classes := eps_of_each_class(items)):
        notes += (_eps_of_each_class(classes, _title(table)),)
    if kind == "operations" and (held := revenue_held_back(items)):
        notes += (_revenue_in_parts(*held, _title(table)),)
    if kind == "operations" and (untold := eps_of_an_untold_result(items)):
        notes += (_eps_of_an_untold_result(untold, _title(table)),)
        items = _without_concepts(items, untold)
    if kind == "cash_flow":
        notes += tuple(_sign_unknown(item, _title(table)) for item in outflows_of_unknown_sign(items))
    if pence := tuple(item for item in items if item.kind != "per_share" and printed_in_pence(item)):
        notes += tuple(_pence_of_no_share(item, _title(table)) for item in pence)
        items = tuple(item for item in items if item not in pence)
    share_scale = share_scale_from_arithmetic(items, units.scale, units.share_scale or units.scale)
    unclear = counts_left_unclear(items, units.scale, share_scale, units.share_scale)
    if unclear and kind in FINANCIAL_KINDS:
        notes += (_counts_held_back(unclear, units.text, _title(table)),)
        items = tuple(item for item in items if item not in unclear)
    if kind == "balance":
        share_scale = share_scale_from_book_value(items, units.scale, share_scale)
    items = tuple(scaled(item, units.scale, share_scale, units.per_share_in_hundredths) for item in items)
    if kind == "operations":
        for step in (unsigned_losses, resolve_result_signs, one_count_for_two_eps, dilutive_effect,
                     one_eps_for_two_counts, bare_eps_after_the_result):
            items = step(items, units.scale)
        if tied := signs_left_to_a_tie(items, units.scale):
            notes += (_signs_held_back(tied, _title(table)),)
            items = _without_concepts(items, tied)
        if unsettled := taxes_of_unsettled_sign(items):
            notes += (_tax_sign_held_back(unsettled, _title(table)),)
            items = _without_concepts(items, unsettled)
        if partial := pretax_of_part(items):
            notes += (_pretax_of_part_held_back(partial, _title(table)),)
            items = _without_concepts(items, partial)
    return Statement(
        kind=kind,
        title=_title(table),
        unit=units.text,
        scale=units.scale,
        share_scale=share_scale,
        periods=tuple(periods),
        items=items,
        span=span,
        header=table.header_lines,
        warnings=notes,
    )


def _consolidated_column(table: RawTable) -> RawTable | None:
    """A consolidating statement's consolidated column alone (None for any other table): the company's
    statement, beside its parts' columns (parent, guarantors, segments, eliminations) that are not. Its
    period is the one its header or the title names ("Three Months Ended March 31, 2020" over all)."""
    if not any(CONSOLIDATING_TITLE.search(line) for line in table.title_lines):
        return None
    at = [i for i, header in enumerate(table.column_headers) if CONSOLIDATED_COLUMN.search(header)]
    if len(at) != 1:
        return None
    header = CONSOLIDATED_COLUMN.sub("", table.column_headers[at[0]]).strip()
    if read_header(header).year is None:
        # "Three Months Ended March 31, 2020" centred over the parts' columns only: the table's one period,
        # where all its lines name one; none named over the table, the title must name it.
        over = {line.strip() for line in (*table.header_lines, *table.title_lines) if read_header(line).year}
        if len({read_header(line) for line in over}) > 1:
            return None
        header = next(iter(over), "")
    rows = tuple(dataclasses.replace(row, cells=(row.cells[at[0]],)) for row in table.rows)
    return dataclasses.replace(table, columns=(table.columns[at[0]],), column_headers=(header,), rows=rows)


# A row named by a period: "December 31, 2016", "Dec. 31, 2016", "Q4 2016", "4Q16", "Fourth quarter 2016".
_PERIOD_LABEL = re.compile(
    rf"^(?:(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}}|q[1-4]\s*'?\d{{2,4}}|[1-4]q\s*'?\d{{2,4}}"
    rf"|(?:first|second|third|fourth)\s+quarter(?:\s+of)?\s+\d{{4}})$", re.IGNORECASE)


def _periods_as_rows(table: RawTable) -> bool:
    """A table of quarters as rows and lines as columns ("Quarter ended | Total revenue | Net loss" over
    "September 30, 2016  $36,118 ..."): each row is a period, no column is. Read as a statement, its first
    column had been the reported quarter and every row's revenue printed as that quarter's."""
    named = sum(1 for row in table.rows if _PERIOD_LABEL.match(row.label.strip()))
    return (named >= 2 and named * 2 >= len(table.rows)) or _a_column_of_years(table) or _periods_as_headings(table)


def _periods_as_headings(table: RawTable) -> bool:
    """Rows under headings that each name a period ("Year ended December 31, 2008:" over the lines of the
    year, "December 31, 2008:" over those of the day) beside columns that name none ("As Previously
    Reported | As Restated"): the periods are the headings', and no column is one (round 198: the first column,
    the figures as first reported, had been dated by the narrative and printed)."""
    if any(YEAR_IN_TEXT.search(header) for header in table.column_headers):
        return False
    return any(row.section and len(row.section) <= _LONGEST_CAPTION and (reading := read_header(row.section)).year
               and reading.month for row in table.rows)


_LONGEST_CAPTION = 60  # "Three months ended December 31, 2008", with words around it: no sentence


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def _a_column_of_years(table: RawTable) -> bool:
    """A column holding nothing but years, beside figures ("Net sales | 2003 | $52,310 | $151,044" over
    "Net sales | 2002 | $47,882 | $139,617", or both years stacked in one cell): each row names its own
    period there, which no column header does. Read as columns, the years had been figures of thousands
    and the prior year's figures the current year's."""
    for index in range(len(table.column_headers)):
        cells = [cell for row in table.rows if (cell := row.cells[index]) is not None and not cell.is_blank]
        if len(cells) >= 2 and all(_BARE_YEAR.fullmatch(cell.text) for cell in cells) and any(
                any(other is not None and other is not cell for other in row.cells) for row in table.rows
                if (cell := row.cells[index]) is not None):
            return True
    return False


def _a_flow_among_balances(item: LineItem, title: str) -> Diagnostic:
    """A measure over a period ("EBITDA" under a summary's "FINANCIAL POSITION" by date, round 708) is no
    balance at a date: held back, named, rather than printed as one."""
    return Diagnostic(f"the row {item.label!r} was not read: it names a measure over a period, printed among "
                      "balances at a date", span=item.span, table=title)


def _shifted(item: LineItem, title: str) -> Diagnostic:
    """A row whose first figures stand in its label: the rest are under other columns than their own."""
    label = item.label[: FIGURES_ENDING_A_LABEL.search(item.label).start()].strip()  # type: ignore[union-attr]
    return Diagnostic(f"the row {label!r} was not read: its first figures stand left of the columns the header "
                      "names, so the others cannot be told apart", span=item.span, table=title)


def _garbled(text: str, span: SourceSpan, title: str) -> Diagnostic:
    """A figure the reader could not read ("$3,4x6", "15,9155"): it stays in the label (`text`, a row's or a
    line's read as words), and the row's value with it."""
    found = list(GARBLED_FIGURE.finditer(text))
    words = ", ".join(repr(m.group()) for m in found)
    label = text[: found[0].start()].strip() if found else text
    return Diagnostic(f"{words} in {label!r} looks like a figure but is not one: the row's values there are missing",
                      span=span, table=title)


def _days_of_the_title(table: RawTable, title_lines: Sequence[str]) -> RawTable:
    """Columns headed by years alone under a title line that prints their days in order ("Condensed
    Consolidated Balance Sheets   March 31,   December 31," over "2020   2019", a page copied from a
    browser): each column takes its own day, in order. The title's reading would give them all one."""
    # a month and day printed without their year ("March 31,"): one column's date on the title's line
    days = [f"{m.group('month')} {m.group('day')}" for line in title_lines for m in DATE.finditer(line)
            if m.group("month") and m.group("day") and not m.group("year")]
    readings = [read_header(header) for header in table.column_headers]
    if len(days) < 2 or len(days) != len(readings) or not all(
            r.year is not None and r.month is None and r.months is None for r in readings):
        return table
    headers = tuple(f"{day}, {header.strip()}" for day, header in zip(days, table.column_headers, strict=True))
    return dataclasses.replace(table, column_headers=headers)


def _lengths_of_the_caption(table: RawTable) -> RawTable:
    """Columns headed by years alone in two like groups ("2021  2020  2021  2020") under a caption counting
    out two lengths and a day ("For the Three and Nine Months Ended September 30,"), no other words over
    them but a unit note: the first group is the shorter length's, the second the longer's, each ending
    that day of its year. Without this a year alone took the quarter the story reports, and the nine
    months' figures had been printed as the quarter's (round 435)."""
    caption = next((line for line in table.header_lines if paired_counts(line)), None)
    years = [line for line in table.header_lines if _YEARS_ONLY.fullmatch(line)]
    if caption is None or len(years) != 1:
        return table
    counts = paired_counts(caption)
    day = next((m for m in DATE.finditer(caption) if m.group("month") and m.group("day")), None)
    printed = years[0].split()
    half = len(printed) // 2
    others = [line for line in table.header_lines if line not in (caption, years[0]) and line.strip()]
    if (counts is None or day is None or len(printed) != len(table.column_headers) or len(printed) % 2
            or printed[:half] != printed[half:] or any(_names_a_column(line) for line in others)):
        return table
    shorter, longer, unit = counts
    headers = tuple(f"{shorter if index < half else longer} {unit} ended {day.group('month')} {day.group('day')}, "
                    f"{year}" for index, year in enumerate(printed))
    return dataclasses.replace(table, column_headers=headers)


_YEARS_ONLY = re.compile(r"\s*(?:(?:19|20)\d\d\s+){1,7}(?:19|20)\d\d\s*")


def _names_a_column(line: str) -> bool:
    """Whether a header line holds words that may name columns: a figure, a date or a period's word."""
    return any(c.isdigit() for c in line) or PERIOD_WORDS.search(line) is not None


def _captioned_year_to_date(lines: Sequence[str]) -> Callable[[date], int | None] | None:
    """The length of a column headed "Year to Date" alone, from the statement's caption naming two lengths
    and a day ("For the 13 and 39 weeks ended October 1, 2011 and October 2, 2010" over "Quarter | Year to
    date"): the longer, for a column ending that day or a year before. The table's own words, asked before
    the narrative's quarter (a release may hold no sentence naming it)."""
    for line in lines:
        lengths = paired_lengths(line)
        if lengths is None:
            continue
        day = resolve_end(read_header(line))
        if day is None:
            return None
        caption_day, longer = day, lengths[1]
        return lambda end: longer if end == caption_day or a_year_apart(caption_day, end) else None
    return None


def _merge(primary: HeaderReading | None, secondary: HeaderReading | None) -> HeaderReading | None:
    if primary is None:
        return secondary
    if secondary is None:
        return primary
    return HeaderReading(
        months=primary.months or secondary.months,
        month=primary.month or secondary.month,
        day=primary.day if primary.month else secondary.day,
        year=primary.year or secondary.year,
    )


def _title(table: RawTable) -> str:
    """The line naming the statement, set apart over it, rather than a sentence leading into the table that
    names it too ("The following table sets forth the condensed consolidated statements of operations of
    the"); without one, the first line above that is no row of column groups ("Successor     Predecessor")."""
    named = [line for line in table.title_lines if names_a_statement(line)]
    if named:
        # a statement's own title before any other line naming one ("Free cash flow and Adjusted EBITDA:
        # non-GAAP measures" over "Brackenridge Optics Corp. Condensed Consolidated Statements of Operations"),
        # so that a statement set aside by such words is named as one in a warning (round 715)
        return next((line for line in named if a_statements_own_title(line)),
                    next((line for line in named if not _a_sentence(line)), named[0]))
    # (not a paragraph's last words left over it: "share.", round 513; nor a line naming nothing, "###" or
    # "Exhibit 99.02", over Southern Company's tables)
    lines = [line for line in table.title_lines if not WIDE_GAP.search(line.strip()) and not _SENTENCE_END.match(line)
             and any(map(str.isalpha, line)) and not EXHIBIT_NUMBER_LINE.match(line)]
    if not lines and table.header_lines and (caption := caption_before_periods(table.header_lines[0].strip())):
        # the caption run into the first line of headers ("Net sales by segment Fourteen Weeks Ended ...")
        return caption
    # the table's own name before the company's over it ("Corvane Specialty Chemicals, Inc." / "Segment
    # Information (Unaudited)": UI-32, a workbook's sheets named for the company twice)
    return next((line for line in lines if not COMPANY_NAME_LINE.match(line) and not _ASIDE_ALONE.fullmatch(line)),
                lines[0] if lines else "")


# A paragraph's last words: lower-case first, a stop at the end ("share.", "of 2021.").
_SENTENCE_END = re.compile(r"\s*[a-z].*\.[\"\u201d]?\s*$")


# A line that is asides only: "(In thousands, except per share figures) (Unaudited)", no table's name.
_ASIDE_ALONE = re.compile(r"\s*(?:\([^()]*\)\s*)+")

_SENTENCE_WORDS = 8  # a line this long whose words are mostly lower-case is a sentence, however it names a statement


def _a_sentence(line: str) -> bool:
    """A sentence leading into a table, not a title: a title capitalises its words ("Condensed Consolidated
    Statements of Operations"), a sentence runs on in lower case ("The following table sets forth ...")."""
    words = line.split()
    return len(words) >= _SENTENCE_WORDS and sum(word[:1].islower() for word in words) * 2 > len(words)
