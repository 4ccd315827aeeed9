"""Rows of a text table: cells placed in their columns, labels wrapped over lines joined, label-only lines
as section headings, bare "Basic"/"Total" rows given the words of the heading above them."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from core.tables.columns import disjoint_ends, place
from core.tables.lines import (
    HEADING_TAIL,
    PAGE_NUMBER,
    RULE_RUN,
    ClassifiedLine,
    Column,
    LineKind,
    ends_on_a_connector,
    label_cut_at_a_connector,
)
from core.tables.numbers import Cell, amounts_a_share, minus_signs_set_apart, split_cells
from core.tables.raw import RawRow
from core.tables.rows_so_far import RowsSoFar, label_words
from core.tables.signs_alone import figures_under_their_signs
from core.vocabulary import (
    AT_PERIOD_END_SECTION,
    ATTRIBUTABLE_HEADING,
    BALANCE_SECTION_WORDS,
    COMPANY_SUFFIXES,
    DATE_FIRST,
    DAY_AND_YEAR_FIRST,
    ENDS_ON_A_MONTH,
    HOLDERS_OF_BEGUN,
    LABEL_CLOSED_BY_NET,
    LABEL_GOES_ON,
    LABEL_TAIL_NOUN,
    LESS_LINE,
    LINE_UNIT,
    NAMES_SHARES_OF_A_FIGURE,
    NONCONTROLLING,
    PER_SHARE_CUT,
    PER_SHARE_HEADING,
    PER_SHARE_NOUN_FIRST,
    PER_SHARE_SUBUNIT,
    PERCENT_SIGNS_ALONE,
    POSSESSIVE_END,
    RESULT_HEADING,
    RUNNING_PAGE_LINE,
    SHARES_COUNTED_FIRST,
    STATISTICS_HEADING,
    THOUSANDS_MARK,
    WRAPPED_LABEL_END,
    match_concept,
    names_share_count,
    per_share_line,
    unit_line,
    whole_words,
)

# A label-only line this long is a label that wrapped, not a heading ("INCOME FROM OPERATIONS BEFORE
# INCOME TAXES AND EQUITY METHOD" / "INVESTMENTS"): headings are a few words.
_WRAPPED_LENGTH = 45

_BARE_LABEL = re.compile(
    # ("Primary" and "Fully diluted", the bases before 1997's SFAS 128: round 534, the counts under "Average
    # common shares outstanding:" in an indented layout had been read as no count)
    r"^(?:total\b.*|basic|diluted|basic\s+(?:and|&)\s+diluted|net|assuming\s+dilution|primary|fully\s+diluted)"
    # a count's own unit or a note after the basis ("Diluted (in thousands)", "Diluted (note 4)": round 392)
    r"(?:\s+shares)?(?:\s*\((?:in\s+)?(?:thousands|millions|000'?s?|see\s+notes?|notes?\s*\d{0,2}[a-z]?)\))?"
    r"[:.]?$", re.I
)

# EDGAR stuffs a dash at the start of a line as "- -"; either way the row is a variant of the one above.
_DASH_LED = re.compile(r"^(?:[-\u2013\u2014]\s*){1,2}(\w.*)$")

_STEM_DASH = re.compile(r"\s[-\u2013\u2014]\s")

_STEM_NOTE = re.compile(r"\s*-?\s*\((?:see\s+)?notes?\)\s*$|\s*-\s*$", re.IGNORECASE)


_TOTAL_OF = re.compile(r"^total\b", re.I)


def total_of(heading: str) -> str:
    """The name the reader gives a sum printed without a label, after the heading it totals: in the reader's
    own case where the heading is set in capitals ("OPERATING EXPENSES:" gives "Total operating expenses", not
    "Total OPERATING EXPENSES", a name no release prints: UI-38); a word with a sign in it ("R&D") kept."""
    if not heading.isupper():
        return f"Total {heading}"
    return "Total " + " ".join(word if "&" in word else word.lower() for word in heading.split())

_SHARE_BASIS = re.compile(r"(?:basic|diluted|basic\s+(?:and|&)\s+diluted|assuming\s+dilution)", re.I)
# The results down the chain: a line naming one ends a run of others and heads none, and a heading naming one
# narrows a per-share heading above it ("Per Common Share Data:" / "Net income:").
_RESULTS = frozenset({"gross_profit", "operating_income", "income_before_taxes", "net_income",
                      "net_income_to_common"})

# A basis named anywhere in a label ("outstanding—basic"), as a word of its own.
_BASIS_WORD = re.compile(r"\b(?:basic|diluted)\b", re.IGNORECASE)
_ENDS_BASIC = re.compile(r"\bbasic$", re.IGNORECASE)
_AND_DILUTED = re.compile(r"(?:and|&)\s+diluted", re.IGNORECASE)
_SHARE_BASIS_END = re.compile(r"\s+(?:basic|diluted|basic\s+(?:and|&)\s+diluted|assuming\s+dilution)$", re.I)



def _pair_complete(rows: list[RawRow], stem_end: int) -> bool:
    """Whether the row above is the second of a basic and diluted pair already ("... outstanding - basic",
    "... outstanding - diluted"): a "Basic" under it starts lines of their own (round 508: a bank's EPS
    "Basic" and "Diluted" under its two share counts had been named counts, and read as 650 shares)."""
    if len(rows) < 2:
        return False
    stem = rows[-1].label[:stem_end].strip().casefold()
    before = _SHARE_BASIS_END.search(rows[-2].label)
    return before is not None and rows[-2].label[: before.start()].strip().casefold() == stem


# What a gross line's label says of its basis: "Real estate investments, at cost", "Property, gross".
_AT_COST = re.compile(r",?\s+(?:at\s+(?:original\s+)?cost|gross)$", re.IGNORECASE)


def _heading_total(heading: str, rows: Sequence[RawRow]) -> str:
    """The total of a heading's lines, named for it, but for "at cost" where its lines net the cost ("Real
    estate facilities, at cost" over the cost, its depreciation and the net, then land held for development:
    their sum is no cost, UI-39)."""
    plain = _AT_COST.sub("", heading.rstrip(":").strip())
    netted = f"{plain}, net"
    return total_of(plain if plain != heading and any(row.label == netted for row in rows) else heading)


# What names a part of a heading's lines in a total's name: "Total current assets" under "ASSETS" sums some of
# them, and the heading's own sum is still to come (round 566: an unlabelled total of the assets left unnamed).
_PART_WORDS = re.compile(r"total\s+(?:current|non-?current|long-term|other)\s+")


def _A_PART_OF(heading: str, total: str) -> bool:
    """Whether a total's name (`_words`) names a part of a heading's lines, its words after a part's word."""
    part = _PART_WORDS.match(total)
    return part is not None and total[part.end():].startswith(heading) and not heading.startswith(
        total[len("total "):part.end()].strip())


def _leaves_the_per_share_heading(section: str, label: str, cells: Sequence[Cell | None]) -> bool:
    """Whether a row of a flat layout, under a per-share heading ("Net income per share" over "Basic" and
    "Diluted"), has left it: it names neither the shares its figure is for (a basis or a class) nor a figure
    a share, and its figures say it is no figure a share: whole amounts without cents, or percentages (round
    715: "Adjusted EBITDA*  343" and "Free Cash Flow*  261" in millions, under a heading no step back out can
    close, had been printed as $343 and $261 a share). A row printed with cents ("Continuing operations
    1.10") stays the heading's: the words alone allow both readings, and the figures decide."""
    if not label or not PER_SHARE_HEADING.search(section) or PER_SHARE_SUBUNIT.search(section):
        return False  # (figures a share in cents or pence are whole: "Basic earnings per share (cents)  45")
    if NAMES_SHARES_OF_A_FIGURE.search(label) or per_share_line(label) or names_share_count(label):
        return False
    figures = [cell for cell in cells if cell is not None and not cell.is_dash and not cell.is_blank]
    if not figures:
        return False
    amounts = [cell for cell in figures if not cell.is_percent]
    return all("." not in cell.text for cell in amounts) and (not amounts or any(abs(cell.value) >= 1
                                                                                  for cell in amounts))


def _net_of_the_line_above(rows: Sequence[RawRow], cells: Sequence[Cell | None]) -> bool:
    """Whether an unlabelled line's figures are the line two above less the "Less ..." line just above it (or
    an "Accumulated depreciation" printed as a deduction: PS Business Parks, UI-39, whose net real estate had
    been named "Total Real estate facilities, at cost" as the gross above it), in every column both print."""
    if len(rows) < 2 or not LESS_LINE.match(rows[-1].label) or LESS_LINE.match(rows[-2].label):
        return False
    triples = [(gross.value, less.value, net.value) for gross, less, net in zip(rows[-2].cells, rows[-1].cells, cells,
                                                                             strict=True)
               if gross is not None and less is not None and net is not None]
    return bool(triples) and all(gross - abs(less) == net for gross, less, net in triples)


class _Heading(NamedTuple):
    """A heading still open: its words, its indent, the first row under it (where its lines begin), and the
    section its rows stand in (a sub-heading's narrows its outer heading's: "Revenues Homebuilding")."""

    words: str
    indent: int
    first_row: int
    section: str = ""


def _open_heading(open_headings: list[_Heading], words: str, indent: int, nested: bool, wrapped: bool,
                  first_row: int, section: str) -> None:
    """A heading opens inside those above it that are less indented, or, printed right under another heading
    with no row between ("ASSETS" / "Current assets:" in a layout that indents nothing), inside that one."""
    if wrapped and open_headings:
        above = open_headings.pop()
        open_headings.append(above._replace(words=f"{above.words} {words}", section=section))
        return
    if not (nested and open_headings and indent >= open_headings[-1].indent):
        while open_headings and open_headings[-1].indent >= indent:
            open_headings.pop()
    open_headings.append(_Heading(words, indent, first_row, section))


def _outer_heading_totalled(open_headings: Sequence[_Heading], total: str, table: RowsSoFar,
                            cells: Sequence[Cell | None]) -> int | None:
    """Which open heading outside the innermost a total closes, by name and sum: "Total revenues" under
    "Revenues:" sums the sub-heading's rows ("Homebuilding:" / "Home sales", "Land sales") and those after
    it ("Financial services") whatever sub-heading came between, where the rows under "Revenues:" add up to
    it; the arithmetic decides, as a layout that indents nothing cannot say where the sub-heading ended
    (round 656: left under "Homebuilding", the company's revenue had been read as a segment's)."""
    name = label_words(total)
    if len(open_headings) < 2 or not _TOTAL_OF.match(name) or label_words(open_headings[-1].words) in name:
        return None
    for index in range(len(open_headings) - 2, -1, -1):
        heading = open_headings[index]
        words = label_words(heading.words)
        if words in name and not _A_PART_OF(words, name):
            return index if any(table.adds_up(heading.first_row, cells, column) for column, cell in enumerate(cells)
                                if cell is not None) else None
    return None


def _sub_heading_closed(closed: _Heading, outer: Sequence[_Heading], section: str) -> _Heading | None:
    """The outer heading whose section a sub-heading's rows leave for, where the sub-heading narrowed it
    ("Revenues:" / "  Homebuilding:" gives "Revenues Homebuilding") and the rows stood in that section."""
    if not outer or closed.section != section or not section.startswith(f"{outer[-1].section} "):
        return None
    return outer[-1]


def _names_the_sum(name: str, table: RowsSoFar, first: int, cells: Sequence[Cell | None]) -> bool:
    """Whether a heading's total may name an unlabelled sum: no line above already prints that name with
    other figures (a name the reader gave a sum above, "Total Homebuilding" of the assets, is no printed
    name), and the heading's lines (from `first`) add up to the sum in a column. One column adding up is
    enough: a change column beside the amounts ("(23)" without its "%") is no sum of them. Round 646: under
    capital headings, a balance sheet's unworded total of the assets had been named "Total current assets"
    beside the printed one, and its last line "Total commitments and contingencies" for a heading with no
    lines of its own; unnamed, the statement names both by the sides' arithmetic (`core.statements.concepts`)."""
    if table.prints_elsewhere(label_words(name), cells):
        return False
    return any(table.adds_up(first, cells, column) for column, cell in enumerate(cells) if cell is not None)


def name_of_a_sum_carried_on(table: RowsSoFar, section: str, cells: Sequence[Cell | None]) -> str:
    """The name of an unlabelled sum read apart from the rows above it (lynx sets a table's empty rows as
    runs of blank lines, so the sum under "Cost of sales" stands in a block of its own), under the heading
    carried onto it: the heading's total where the heading's rows add up to it, as a sum read with them
    would be named; "" where they do not, or no heading is open."""
    if not section:
        return ""
    first = table.first_row_under(section)
    if first >= len(table.rows):
        return ""
    name = _heading_total(section, table.rows)
    return name if _names_the_sum(name, table, first, cells) else ""


# A figure standing between column gaps inside a line of words: a row's cell, with words or a mark the
# reader takes for no figure after it ("taxes    340    *****    569").
_FIGURE_THEN_WORDS = re.compile(r"\S {2,}\$?\(?\d[\d,.]*\)? {2,}\S")


# A share count's label cut before the "per share" of the result it names ("... computing earnings" / "per
# share - basic").
_RESULT_END = re.compile(r"\b(?:earnings|income|loss|\(loss\))\s*$", re.IGNORECASE)
_PER_SHARE_START = re.compile(r"per\s+(?:common\s+)?share\b", re.IGNORECASE)


# A total's first words, its line holding no figure.
_A_TOTAL_BEGUN = re.compile(r"total\s+\w", re.IGNORECASE)
# A name cut after "and other", the noun on the next line ("Total Deferred Credits and Other" / "      Liabilities
# 40,000": a utility's, round 588, where "Liabilities" alone had named the total liabilities).
_AND_OTHER_END = re.compile(r"\b(?:and|&)\s+other$", re.IGNORECASE)


def _joins(previous: ClassifiedLine, continuation: str, indent: int | None = None) -> bool:
    """Whether `continuation` carries on the label of `previous` (a wrapped line) rather than follow it.
    `indent`: the continuation's, where known.

    Headings are short; a label-only line as long as `_WRAPPED_LENGTH` ran out of room and wrapped."""
    if _FIGURE_THEN_WORDS.search(previous.label):
        # "Provision for income taxes    252    Includes tax benefit of $45 million ...": a row whose comment
        # column ran on past its figure, no label wrapped onto the next row's (nor one whose figures stand
        # beside marks read as none: the next row's figures had been taken for its own, round 341)
        return False
    if not continuation:
        return True
    if name_wrapped_inside(previous.label, continuation):
        return True
    if ENDS_ON_A_MONTH.search(previous.label) and DAY_AND_YEAR_FIRST.match(continuation):
        # "... shares outstanding at March" / "29, 2020 and December 29, 2019, respectively   0.4": a date
        # cut between its month and its day is one label's (round 710: the words above had headed the row,
        # named by its date's tail alone)
        return True
    if not previous.cells and _AND_OTHER_END.search(previous.label) and (
            _A_TOTAL_BEGUN.match(previous.label) or (continuation[0].isupper() and len(continuation.split()) <= 2)):
        # ("Deferred Credits and Other" / " Liabilities   30,000", round 632: "Liabilities" alone had been the
        # total liabilities)
        return True
    if (not previous.cells and _A_TOTAL_BEGUN.match(previous.label) and match_concept(previous.label) is None
            and continuation[0].isupper() and len(continuation.split()) <= 2
            and match_concept(f"{previous.label} {continuation}") is not None):
        # "Total Current" / "   Liabilities   104,118": a total's first words name nothing, however deep the
        # noun under them is set (round 632: "Liabilities" alone had been the total liabilities, and the
        # current liabilities lost)
        return True
    if continuation[0].isupper() and _BARE_LABEL.match(continuation) and not ends_on_a_connector(previous.label):
        return False  # "Weighted average number of ordinary shares outstanding" / "Basic": a heading over it
    if previous.label.endswith(":"):
        return continuation[0].islower()
    if _heads_a_whole_line(previous, continuation, indent):
        return False
    if SHARES_COUNTED_FIRST.match(continuation):
        # "Common stock, $1 par value - authorized" / "  3,000,000 shares; outstanding 1,604,112": a count of
        # shares opening a line goes on with the class it counts, set deeper or not (round 690)
        return True
    if _per_share_noun_wrapped(previous.label, continuation):
        return True
    if (continuation[0].isupper() and not continuation.isupper() and previous.label.isupper()
            and len(previous.label.split()) >= 3 and _TO_WHOM_BEGUN.search(previous.label) is None):
        # "CASH PROVIDED BY (USED IN) OPERATING ACTIVITIES" over "Net earnings   $544.8": a heading in capitals
        # over a row in mixed case, no label wrapped (a wrapped label keeps its case; round 621: the cash
        # flow's net earnings had been left unnamed, the heading run into its label)
        return False
    if _RESULT_END.search(previous.label) and _PER_SHARE_START.match(continuation) and names_share_count(
            previous.label):
        # "SHARES USED IN COMPUTING EARNINGS" / "  PER SHARE - BASIC   23,418": the count's label wrapped inside
        # its "earnings per share", in capitals as in lower case (round 472: the counts had been read as EPS)
        return True
    return (
        continuation[0].islower()
        or _CONNECTOR_START.match(continuation) is not None
        or ends_on_a_connector(previous.label)
        # "Total Operating" / "Revenues   783.4": a total's first words, naming no line yet, head no rows (w3m
        # wrapping a narrow label cell, round 494: the total had been named "Revenues"). A whole total's name
        # is no such start ("Total operating expenses" whose figures stand on the line above it, round 483),
        # and a line indented under a total is its part ("Total revenues" / "  Homebuilding revenues").
        or (_A_TOTAL_BEGUN.match(previous.label) is not None and match_concept(previous.label) is None
            and (indent is None or indent <= previous.indent))
        or continuation[0] in "(&"
        or (len(previous.label) >= _WRAPPED_LENGTH and not _heads_a_deeper_row(previous, continuation, indent))
        # "Securities held to maturity (fair value" / "$48,812 and $51,077)": a parenthesis left open
        or previous.label.count("(") > previous.label.count(")")
        # "CASH PROVIDED BY (USED FOR) FINANCING" / "ACTIVITIES": in capitals a heading and a wrapped label
        # look alike; the words decide, where only the joined line names a line of the statements.
        or (previous.label.isupper() and continuation.isupper()
            and match_concept(f"{previous.label} {continuation}") is not None
            and match_concept(continuation) is None
            # "PER COMMON SHARE" over "NET INCOME - BASIC   $0.38": a per-share heading of its own, whose rows
            # all take it (round 458: joined into the first, the diluted row had been read as dollars)
            and not _PER_SHARE_ALONE.fullmatch(" ".join(previous.label.split())))
        # "Net income attributable to Stonebridge" / "Industrial Realty Trust, Inc.": the name of whose result
        # it is, wrapped inside the name (round 213: the company's line had been taken for a heading's row).
        or (_TO_WHOM_BEGUN.search(previous.label) is not None and _names_a_company(continuation))
        # "Earnings Available for Common" / "Stock" in Title Case: only the joined words name a line.
        or (continuation[0].isupper() and len(continuation.split()) <= 2
            and match_concept(f"{previous.label} {continuation}") is not None
            and match_concept(continuation) is None and match_concept(previous.label) is None)
        # "Net cash provided by Operating" / "Activities   16,588": a line of words alone whose last word,
        # capitalised, wants its noun, and the noun naming nothing alone; the joined words name what the first
        # line's already did (round 522: w3m at 80 columns, the operating cash flow left unnamed)
        or (continuation[0].isupper() and len(continuation.split()) == 1 and not previous.cells
            and previous.label.split()[-1][:1].isupper() and match_concept(continuation) is None
            and (concept := match_concept(previous.label)) is not None
            and match_concept(f"{previous.label} {continuation}") == concept
            and LABEL_TAIL_NOUN.fullmatch(continuation) is not None)
    )


def _per_share_noun_wrapped(words: str, continuation: str) -> bool:
    """Whether a line of words cut after "per" and the words before its noun ("DIVIDENDS DECLARED PER COMMON")
    goes on in the noun opening the line under it ("SHARE   $ 0.360"): one label of a figure a share, whatever
    its case. In capitals the first line had looked like a heading, the row been named "SHARE" alone and its
    dividend a share scaled by the statement's thousands, 0.360 printed as 360 (round 699)."""
    return PER_SHARE_CUT.search(words) is not None and PER_SHARE_NOUN_FIRST.match(continuation) is not None


# Currency signs alone at the end of a label's words, their figures wrapped onto the next line.
_LONE_SIGN_END = re.compile(r"(?:\s+\$)+$")


def _heads_a_whole_line(previous: ClassifiedLine, continuation: str, indent: int | None) -> bool:
    """Whether a sentence-case line of words alone closed by ", net" (vocabulary.LABEL_CLOSED_BY_NET: "Other
    expense, net") heads the line under it, set no shallower, whose own label reads whole: a capital opening a
    name the vocabulary knows ("Interest expense, net   24"), the two joined naming nothing. A sentence-case
    label wrapped at "net" goes on in lower case ("..., net" / "of tax"); the heading's own total follows its
    lines (round 711: joined, the first line under the heading had been named "Other expense, net Interest
    expense, net")."""
    return (not previous.cells and LABEL_CLOSED_BY_NET.search(previous.label) is not None
            and (indent is None or indent >= previous.indent) and continuation[:1].isupper()
            and not previous.label.isupper() and not _capitalised(previous.label)
            and match_concept(continuation) is not None
            and match_concept(f"{previous.label} {continuation}") is None)


def _heads_a_deeper_row(previous: ClassifiedLine, continuation: str, indent: int | None) -> bool:
    """Whether a long line of words in sentence case heads the row set deeper under it, a capital opening that
    row's own name ("Realized and unrealized gains (losses) on investments" / "  Net realized gains (losses)
    (4,806)"): a sentence-case label wrapped goes on in lower case, so its length alone says nothing there
    (round 652: joined, the heading had named the first of its rows, read as the sum of them all). Title case
    and capitals wrap onto a capital too ("Net Increase in Net Assets Resulting" / "  From Operations")."""
    return (indent is not None and indent > previous.indent and not previous.cells
            and continuation[:1].isupper() and not previous.label.isupper() and not _capitalised(previous.label))


# A dash a heading ends with, as others end with a colon ("Income Account-"): a mark, not a word broken.
_HEADING_MARK_END = re.compile(r"(?<=\w)\s*[-\u2013\u2014]$")


def _heads_over_a_blank_line(heading: ClassifiedLine, line: ClassifiedLine,
                             by_number: dict[int, ClassifiedLine]) -> bool:
    """Whether words ending in a dash, blank lines and nothing else between them and `line`, head the rows
    below rather than begin `line`'s label. A word broken at a hyphen goes on at the start of the next line,
    never after a blank one: a utility's "Income Account-" / blank / "Retail Revenue  $2,505" prints its
    heading with a dash where others print a colon (UI-45: the row had been named "Income Account- Retail
    Revenue")."""
    if _HEADING_MARK_END.search(heading.label) is None or line.number <= heading.number + 1:
        return False
    # (a line between that the table's lines leave out is one the header area dropped: blank)
    between = [by_number.get(number) for number in range(heading.number + 1, line.number)]
    return all(other is None or other.kind is LineKind.BLANK for other in between)


def _amounts_under_their_percents(row: RawRow, above: ClassifiedLine, line: ClassifiedLine, label: str,
                                  cells: Sequence[Cell | None]) -> bool:
    """Whether `line` ends the label of the row right above it and holds that row's amounts, the row above
    holding only its percentages: w3m sets a wrapped label cell's first line beside the "% of Sales" cells
    and its last beside the amounts ("Selling, general and administrative   24.5%   24.7%" / "expenses
    101,230   94,870": a retailer's statement, round 597, whose SG&A had been named "expenses" alone). The
    two lines fill each other's columns, none twice."""
    if (not label or row.last_line != line.number - 1 or above.kind is not LineKind.DATA
            or not _joins(above, label, line.indent)):
        return False
    percents = [cell for cell in row.cells if cell is not None]
    amounts = [cell for cell in cells if cell is not None]
    return (bool(percents) and bool(amounts) and all(cell.is_percent for cell in percents)
            and not any(cell.is_percent for cell in amounts)
            and all(a is None or b is None for a, b in zip(row.cells, cells, strict=True)))


def _figures_run_into_its_label(text: ClassifiedLine, line: ClassifiedLine, width: int
                                ) -> tuple[ClassifiedLine, ClassifiedLine] | None:
    """A label ending in grouped figures a space after its words, over a line of figures alone that make up the
    row with them: the label's words alone, and the line with every figure of the row, in order."""
    label, _, cells = split_cells(text.text)
    if (not cells or not label or len(cells) + len(line.cells) != width
            or not all("," in cell.text and not cell.has_currency for cell in cells)):
        return None
    return text._replace(label=label.strip()), line._replace(cells=(*cells, *line.cells))


def _run_on(pending: list[ClassifiedLine]) -> ClassifiedLine:
    """The last label-only line with the lines above it that it carries on: "Less: net income attributable
    to" / "noncontrolling interests in the Operating" / "Partnership   (160)" is one label wrapped twice, which
    the last two lines alone do not show (round 213: the row had been read as "Partnership")."""
    start = len(pending) - 1
    while (start > 0 and pending[start - 1].number == pending[start].number - 1
           and _joins(pending[start - 1], pending[start].label, pending[start].indent)):
        start -= 1
    if start == len(pending) - 1:
        return pending[-1]
    return pending[-1]._replace(label=" ".join(line.label for line in pending[start:]))


# Words no line's name starts with, whatever its case ("SHARES USED IN COMPUTING BASIC" / "AND DILUTED NET LOSS
# PER SHARE"): the line above runs on. ("Less", "Plus" and "Per" do start lines.)
_CONNECTOR_START = re.compile(r"(?:and|or|of|to|by|with|from)\b", re.IGNORECASE)


# A label that stops at whom its figure belongs to ("Net income attributable to   $ 24,969"): the line under
# it names them ("Brantley Industries, Inc."), in capitals or not.
_TO_WHOM = re.compile(r"\b(?:attributable|available|applicable|allocable|allocated)\s+to$", re.IGNORECASE)


# The same label wrapped after the first words of the name ("... attributable to Stonebridge").
# A word of a name, in capitals ("Stonebridge", "Operating", "Co.").
_NAME_WORD = r"[A-Z][\w.&'\u2019-]*"
_TO_WHOM_BEGUN = re.compile(
    rf"\b(?:attributable|available|applicable|allocable|allocated)\s+to(?:\s+{_NAME_WORD},?)+$")


# "... noncontrolling interests in the Operating": an entity's name begun after "interests in", its last word
# wrapped onto the next line.
_INTERESTS_IN_BEGUN = re.compile(rf"\binterests?\s+in\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*$")
# The words that end an entity's name besides a company's legal form (an operating partnership, a trust).
_ENTITY_ENDS = COMPANY_SUFFIXES | {"partnership", "partners", "trust"}


def name_wrapped_inside(label: str, continuation: str) -> bool:
    """Whether `continuation` ends an entity's name that `label` began ("Net income attributable to
    noncontrolling interests in the Operating" / "Partnership   (412)", as lynx wraps a REIT's line at 80
    columns: round 482, read as a heading and a row of its own, the net income before the deduction had been
    printed as the company's)."""
    return ((_INTERESTS_IN_BEGUN.search(label) is not None or _holders_of_begun(label))
            and _names_a_company(continuation))


def _holders_of_begun(label: str) -> bool:
    """Whether a label stops inside the company's name after its holders ("Shareholders of Brambleton", w3m at 80
    columns wrapping "Shareholders of Brambleton Copper Mines Ltd." under "Profit for the period attributable
    to:"): round 649, the name's end had been read as the row and its start as a heading over it, the company's
    share of the profit left unnamed and the profit with the noncontrolling interests taken for net income."""
    return HOLDERS_OF_BEGUN.search(label) is not None


def _names_a_company(words: str) -> bool:
    """Words ending in a company's legal form ("Industrial Realty Trust, Inc.", "Holdings Corp.") or an
    entity's ("Operating Partnership"), a few of them, naming no line of the statements."""
    parts = words.split()
    return (1 <= len(parts) <= 8 and parts[-1].strip(".,").replace(".", "").lower() in _ENTITY_ENDS
            and parts[-1].lower() != "the" and match_concept(words) is None)


def _names_whose(label: str, after: str) -> bool:
    """Whether the words under a row's figures end a label that stopped at "attributable to", as a narrow
    label column (w3m at 80 columns) wraps it: a few words naming no line of their own, no heading's colon;
    never under a sum the reader named for its heading ("Total Net profit attributable to")."""
    return (_TO_WHOM.search(label) is not None and not after.endswith(":") and len(after.split()) <= 6
            and not label.lower().startswith("total") and match_concept(after.lower()) is None
            and PER_SHARE_HEADING.search(after) is None)


def _name_ended(label: str, after: str) -> bool:
    """Whether the words under a row's figures end the entity's name its label began ("Net income attributable
    to Harborlight Media   $ 230.6" / "Group, Inc.", "Noncontrolling interests in the Operating   62,115" /
    "Partnership": round 516, pdftotext and w3m at 80 columns, the name's end had headed the rows below)."""
    return (not after.endswith(":") and _names_a_company(after)
            and (_TO_WHOM_BEGUN.search(label) is not None or _INTERESTS_IN_BEGUN.search(label) is not None))


def second_basis_wrapped(label: str, after: str) -> bool:
    """ "computing net loss per share, basic   61,207" / "and diluted": the label's second basis, wrapped
    under its figures (round 197: the diluted counts had been missing)."""
    return _ENDS_BASIC.search(label) is not None and _AND_DILUTED.fullmatch(after.strip()) is not None


def _ends_a_line_name(label: str, after: str) -> bool:
    """A few lower-case words under a row's figures that make its label a line's name: "Income (loss)
    before income" / "taxes", as a word processor's table wraps a label in a cell aligned to the top. Only
    where the label alone names no line and the words together do. In a table of capitals or title case
    only a share count's or EPS's basis is read so, or in capitals a label's last noun alone ("TAXES"): there
    a line's name ("MARKETING, GENERAL AND") under a row looks the same as its wrapped end."""
    if len(after.split()) > 3:
        return False
    own = match_concept(label)
    if own in ("shares", "eps") and second_basis_wrapped(label, after):
        return True
    if own in ("shares", "eps"):
        # "Weighted average number of shares   51,106" / "outstanding—basic": the words say whose count
        # ("outstanding -" / "Basic": the basis on the line after them)
        return (after[:1].islower() or _cased_alike(label, after)) and _BASIS_WORD.search(label) is None and (
            _BASIS_WORD.search(after) is not None or ends_on_a_connector(after))
    # ("INCOME BEFORE INCOME   45,623" / "TAXES", w3m at 80 columns, round 521: the pre-tax income unnamed)
    return (after[:1].islower() or (label.isupper() and after.isupper() and LABEL_TAIL_NOUN.fullmatch(after)
                                    is not None)) and own is None and match_concept(f"{label} {after}") is not None


def title_case_wraps(label: str, after: str, figures: Sequence[Cell | None]) -> bool:
    """Whether title-case words under a row's figures end its label, as w3m at 80 columns wraps a narrow label cell
    (round 614): the label ends on a connecting word ("Dividends Declared Per   $ 0.385" / "Common Share"), or only
    the words together name a line ("Income Before Income   35,252" / "Taxes") or a figure per share ("Cash
    Dividends Declared   $ 0.385" / "Per Share"). The dividend had been read as $385 thousand under the table's
    note of thousands, the pre-tax income left unnamed. Case cannot tell such words from a heading over the next
    rows ("Attributable to Pinwheel Brands, Inc.   $ 194,092" / "Per Common Share" over "Net Earnings" and its
    "Basic   $ 1.55"), so the figures must agree: words naming a figure per share join only figures in cents."""
    if not _title_case_end(label, after):
        return False
    words = f"{label} {after}"
    per_share = match_concept(words) == "eps" or per_share_line(words) is not None
    if per_share and not amounts_a_share(figures):
        return False
    if label_cut_at_a_connector(label):
        return True
    own = match_concept(label)
    return own is None and (match_concept(words) is not None or (per_share_line(label) is None and per_share))


def _title_case_end(label: str, after: str) -> bool:
    """A few capitalised words, no heading's colon, under a title-case label long enough to have been cut."""
    return (len(after.split()) <= 3 and not after.rstrip().endswith(":") and not label.isupper()
            and len(label.split()) >= _WRAPPED_WORDS and _capitalised(label) and _capitalised(after))


# A title-case label cut by a narrow column holds a few words at least; a row of fewer ("Diluted   $ 0.50") over a
# heading ("Average Common Shares" / "Outstanding") was never wrapped.
_WRAPPED_WORDS = 3


def _cased_alike(label: str, after: str) -> bool:
    """A label and the words under it both in capitals ("WEIGHTED AVERAGE NUMBER OF SHARES   51,106" /
    "OUTSTANDING\u2014BASIC") or both in title case, as such tables print every line: case cannot tell a
    wrapped label's end from a heading there, and the words must. Capitals over title case are not alike: a
    wrapped label keeps its case, and a heading in capitals over its one row in title case ("INTEREST EXPENSE" /
    "  Deposits   1,118" above the rule of a bank's net interest income) is no label (round 676: the row had
    been named "INTEREST EXPENSE Deposits")."""
    if label.isupper() or after.isupper():
        return label.isupper() and after.isupper()
    return _capitalised(label) and _capitalised(after)


def _capitalised(text: str) -> bool:
    """Every word of four letters or more capitalised ("Outstanding\u2014Basic" counts as two): the small
    words title case leaves in lower case are shorter."""
    words = [word for word in _WORD.findall(text) if len(word) > 3]
    return bool(words) and all(word[0].isupper() for word in words)


_WORD = re.compile(r"[A-Za-z]+")


def _hangs_under(previous: ClassifiedLine, row: ClassifiedLine, after_indent: int | None) -> bool:
    """A label wrapped with a hanging indent, its last words on the row's line ("Earnings Available for
    Common" / "  Stock   $21,300", the next row back at the margin): one row, where only the joined words
    name a line, or, in capitals or title case, where the last words alone name none ("CUMULATIVE EFFECT
    OF CHANGE IN ACCOUNTING" / "  PRINCIPLE"). A heading's indented rows are several, and name lines of
    their own."""
    words = row.label
    return (bool(words) and not previous.label.endswith(":") and row.indent > previous.indent
            and after_indent is not None
            and after_indent <= previous.indent and len(words.split()) <= 3
            and match_concept(words) is None and (match_concept(f"{previous.label} {words}") is not None
                                                   or _cased_alike(previous.label, words)))


# A heading of per-share words alone: no line of figures is named so.
_PER_SHARE_ALONE = re.compile(r"(?:amounts\s+|data\s+"
                              # "EARNINGS (LOSSES) PER SHARE - Basic" over "Net income (loss)   $(1.19)"
                              r"|(?:net\s+)?(?:earnings|income|loss(?:es)?)(?:\s+\((?:loss(?:es)?|earnings)\))?\s+)?"
                              r"per\s+(?:common\s+|ordinary\s+)?share(?:\s+(?:data|information|amounts))?"
                              r"(?:\s*[-\u2013\u2014:,]\s*(?:assuming\s+dilution|basic(?:\s+and\s+diluted)?|diluted))?\s*:?",
                              re.IGNORECASE)
# A line of a heading this long that ends without its colon was cut by the page's width.
_WRAPPED_HEADING = 40


def _names_a_count_or_per_share(words: str) -> bool:
    """Whether a heading's words name a share count or a figure per share ("Average common shares outstanding",
    "Earnings per share of common stock")."""
    return match_concept(words.lower()) in ("shares", "eps") or PER_SHARE_HEADING.search(words) is not None


def _count_heading_runs_on(section: str, previous: str, words: str) -> bool:
    """Whether a share-count or per-share heading cut after a connecting word runs on in `words`: "SHARES USED" /
    "FOR" / "COMPUTATION" / "(000):", w3m wrapping a narrow label cell a word or two a line (round 577: the
    heading had become "COMPUTATION (000)" and the counts under it were read as no count)."""
    return (ends_on_a_connector(previous) and section.endswith(previous.rstrip(":").strip())
            and _names_a_count_or_per_share(section) and _names_a_count_or_per_share(f"{section} {words}"))


def _label_cell_over_its_figures(upper: ClassifiedLine, below: ClassifiedLine, line: ClassifiedLine,
                                 rows: Sequence[RawRow], by_number: dict[int, ClassifiedLine]) -> bool:
    """Whether `upper`, the line of words right over `below`, is the first line of one label whose figures
    stand alone on `line` under it, as w3m sets a wrapped label cell over its figures where the row above printed
    its own figures alone too ("Dividends to Net Income" / "   36.34 %" / "Return on Average" / "Assets
    (Annualized)" / "   1.32 %"): the label lines from the row above's figures down are one cell's. A
    heading in that layout stands over a blank line (its empty cells' line), ends on a colon, is set in
    capitals over words that are not, or is no title-case cell (`_a_title_cased_cell`) (round 710: "Return
    on Average" had headed rows named "Assets (Annualized)" and "Equity (Annualized)")."""
    if line.kind is not LineKind.DATA or line.label or not rows or upper.cells or upper.number != below.number - 1:
        return False
    above = by_number.get(rows[-1].last_line)
    if above is None or above.kind is not LineKind.DATA or above.label or upper.number <= above.number:
        return False
    return (not upper.label.endswith(":") and (not upper.label.isupper() or below.label.isupper())
            and _a_title_cased_cell(upper.label, below.label))


def _a_title_cased_cell(upper: str, below: str) -> bool:
    """Whether two lines read as one title-case label wrapped ("Return on Average" / "Assets (Annualized)")
    rather than a heading over its first row: the upper line of two words or more in title case, no
    balance-sheet section ("Liabilities and Stockholders' Equity"), over words that name no line alone ("Total
    liabilities", "Research and development" start rows of their own)."""
    return (len(upper.split()) >= 2 and _capitalised(upper) and below[:1].isupper()
            and BALANCE_SECTION_WORDS.search(upper) is None and _BARE_LABEL.match(below) is None
            and match_concept(below) is None)


def _carries_on_the_line_above(pending: list[ClassifiedLine], head: str) -> bool:
    """Whether the last words waiting carry on the line right above them, cut after a connecting word
    ("interests in the" / "Operating"), into the words under them ("Partnership"), as w3m wraps a narrow label
    cell a word or two a line (round 591: a noncontrolling interest's name had been cut into a heading
    "Operating" over a row "Partnership", and the whole net income read as the REIT's own). The words decide:
    only where the run of wrapped lines with the words under them names a line the words under do not alone
    ("Liabilities and stockholders'" / "equity" over "Accounts payable" is a heading over its first row)."""
    if len(pending) < 2 or _BARE_LABEL.match(head):
        return False
    above, last = pending[-2], pending[-1]
    if last.number != above.number + 1 or last.label.endswith(":") or not label_cut_at_a_connector(above.label):
        return False
    start = len(pending) - 2
    while start > 0 and pending[start].number == pending[start - 1].number + 1 and (
            pending[start].label[:1].islower() or ends_on_a_connector(pending[start - 1].label)):
        start -= 1
    words = " ".join([*(line.label for line in pending[start:]), head])
    return _names_a_line(words) and not _names_a_line(head)


def _names_a_line(words: str) -> bool:
    """Whether words name a line the statements' vocabulary knows, a noncontrolling interest's share among them."""
    return match_concept(words) is not None or NONCONTROLLING.search(words) is not None


def _wrapped_per_share_heading(pending: list[ClassifiedLine]) -> str:
    """The words of the longest run of consecutive heading lines ending the pending ones, only the last of
    them ending in a colon, where together they head figures per share; "" where they do not."""
    start = len(pending) - 1
    while start > 0 and pending[start - 1].number == pending[start].number - 1 and not (
            pending[start - 1].label.endswith(":")):
        start -= 1
    words = " ".join(heading.label.rstrip(":").strip() for heading in pending[start:])
    return words if start < len(pending) - 1 and PER_SHARE_HEADING.search(words) else ""


def _carries_on_alike(previous: ClassifiedLine, line: ClassifiedLine, label: str) -> bool:
    """Whether a row's label in lower case, on the line right under a row whose lower-case label continued
    a heading, at its indent, is a sibling of that row: it starts with the same word or both name a basis
    ("per share - basic" / "per share - diluted"). A line's own name never starts in lower case."""
    if not (label[:1].islower() and line.number == previous.number + 1 and line.indent == previous.indent):
        return False
    first, other = previous.label.split(), label.split()
    return first[0] == other[0] or (_BASIS_WORD.search(previous.label) is not None
                                    and _BASIS_WORD.search(label) is not None)


# A parenthesis opening words a label carries on with ("(loss)", "(loss) per share:"), not a note of its own;
# or a dash before lower-case words ("\u2013 discontinued operations")
_CARRIED_ASIDE = re.compile(r"\((?!in\s|unaudited|continued|restated|notes?\b)[a-z]{2,}|[\u2013\u2014-]\s*[a-z]{2,}")


def _carried_words(text: str) -> bool:
    """Words that carry on a label or heading from the line above: they start in lower case, or with a
    parenthesis of lower-case words ("Accumulated other comprehensive income   214" / "(loss)", w3m's wrap of
    a long cell: round 445; "computing net income" / "(loss) per share:", round 446), or with a dash before
    them ("Net cash (used in) provided by operating activities   (4,118)" / "\u2013 discontinued operations":
    round 447, where the part's figure had been taken for the operating cash flow)."""
    return text[:1].islower() or _CARRIED_ASIDE.match(text) is not None


# A parenthesis of words in capitals, other than a note on the table ("(UNAUDITED)", "(IN THOUSANDS)").
_ASIDE_IN_CAPITALS = re.compile(r"\((?!IN\s|UNAUDITED|CONTINUED|RESTATED|NOTES?\b)[A-Z]{2,}[A-Z\s]*\):?$")


def _aside_in_capitals(above: ClassifiedLine, line: ClassifiedLine) -> bool:
    """Whether a line of a parenthesis in capitals right under a heading in capitals carries that heading on,
    as lower-case words carry on one in mixed case: "INCOME TAX EXPENSE" / "(BENEFIT):", a narrow label column
    wrapped (w3m at 80 columns, round 646: "(BENEFIT)" alone had taken the heading's place, its unlabelled sum
    read as "Total (benefit)", the tax lost)."""
    return (line.number == above.number + 1 and above.label.isupper() and not above.label.endswith(":")
            and _ASIDE_IN_CAPITALS.match(line.label) is not None)


def _ends_the_row_above(row: RawRow, pending: list[ClassifiedLine]) -> bool:
    """Whether the words waiting for a row are the end of `row`'s label instead: lines of lower-case words
    right under it, none a heading's colon."""
    return (pending[0].number == row.last_line + 1 and all(
        p.kind is LineKind.TEXT and _carried_words(p.label) and not p.label.endswith(":") for p in pending)
        and all(b.number == a.number + 1 for a, b in itertools.pairwise(pending)))


def _name_and_figures_wrapped_on(row: RawRow, line: ClassifiedLine, label: str, cells: Sequence[Cell | None]) -> bool:
    """Whether a line of words and figures right under a row ends that row: its label stopped on a word no
    name ends on (a connector, an owners' possessive) and names no line, the words under it complete a line's
    name, and their figures fill the very columns the row left empty, every column then filled. w3m at 80
    columns wraps a total's cell and pushes the last column's figure onto the label's second line: "Total
    liabilities and stockholders'   $ 220,681   $" / "equity   200,214" (round 691: read as two rows naming no
    line, the total of liabilities and equity lost for both dates). The balance's arithmetic then checks the
    row as one: its total is the assets'."""
    if not (line.number == row.last_line + 1 and label and len(label) <= HEADING_TAIL and not label.endswith(":")
            and (WRAPPED_LABEL_END.search(row.label) or POSSESSIVE_END.search(row.label))
            and match_concept(row.label) is None):
        return False
    ours = [cell is not None for cell in row.cells]
    theirs = [cell is not None for cell in cells]
    if not (any(ours) and any(theirs) and all(a != b for a, b in zip(ours, theirs, strict=True))):
        return False
    joined = match_concept(f"{row.label} {label}")
    return joined is not None and not joined.startswith(("eps", "shares"))


def _name_of_the_figures_above(row: RawRow, pending: list[ClassifiedLine], label: str, indent: int) -> str | None:
    """The words of the one label-only line right under a row of figures without a label, where they name them
    (None where they do not): figures drawn
    between two rules inside their cell stand a line above the cell's label ("$ (18,288)  $ (7,004)" / "Net
    loss ━━━━  ━━━━" in w3m, the rules gone in a PDF's text; round 502: the net loss had been read as no
    line and its words run into the next row's label). Only where the words name a result or a total, which
    heads no lines, and the next row starts in capitals, indented no deeper."""
    if row.label or len(pending) != 1:
        return None
    line = pending[0]
    words = without_rules(line.label)
    concept = match_concept(words)
    names = (line.number == row.last_line + 1 and line.kind is LineKind.TEXT and words[:1].isupper()
             and not words.endswith(":") and label[:1].isupper() and indent <= line.indent and concept is not None
             and (concept in _RESULTS or _A_TOTAL.match(words) is not None))
    return words if names else None


# Rules a text rendering draws right of a label, inside the cells beside it ("Net loss  ━━━━━━  ━━━━━━")
_RULES_AFTER = re.compile(r"(?:\s+[\u2500-\u257f_=-]{3,})+\s*$")


def without_rules(words: str) -> str:
    """A label's words without the rules drawn after them ("Net loss ━━━━  ━━━━", w3m's cell borders)."""
    return _RULES_AFTER.sub("", words)


def _words_over_an_unlabelled_sum(pending: list[ClassifiedLine], count: int, label: str,
                                  line: ClassifiedLine) -> bool:
    """Whether the lower-case lines ending a row's label (all the words waiting) stand right over a line of
    figures with no words: a costs total printed without a label under "Restructuring   \u2014   4,200" /
    "charges", as w3m at 80 columns wraps the label cell (round 603: "charges" had named the total, its
    figures no line, and the total operating expenses were lost). A label never starts in lower case, so the
    words are the row's and the figures the sum of the heading above."""
    return (count == len(pending) and not label and bool(line.cells)
            and line.number == pending[-1].number + 1)


def _ending_the_row_above(row: RawRow, pending: list[ClassifiedLine], label: str, line: ClassifiedLine) -> int:
    """How many of the label-only lines since `row` end its label, its figures printed on the label's first
    or middle line: the lines in lower case right under it, where a capital starts the next label after
    them ("Income (loss) from continuing   (11,083)" / "operations before income" / "taxes and equity in
    earnings" / "of affiliates" / "Equity in losses of   (604)"; round 214: those words had headed the next
    row, naming it the income before taxes). A label never starts in lower case. So does a line of figures
    without words right under them, an unlabelled sum (`_words_over_an_unlabelled_sum`). One line in capitals
    ends it where only the joined words name a line; so do lines closing a parenthesis its words opened,
    whatever their case (`_closing_its_parenthesis`), and the lower-case lines after those, the label still
    going on ("Provision for (benefit   118" / "from) income" / "taxes" / "Net income", w3m at 80 columns:
    round 667, "taxes" had headed the next row and the tax been read as no line)."""
    closing = _closing_its_parenthesis(row, pending)
    count = closing
    while (count < len(pending) and pending[count].number == row.last_line + 1 + count
           and pending[count].kind is LineKind.TEXT and (_carried_words(pending[count].label) or (
               count > closing and _a_date_run_on(pending[count - 1].label, pending[count].label)))
           and not pending[count].label.endswith(":")):
        count += 1
    after = pending[count].label if count < len(pending) else label
    if count > closing:
        ended = after[:1].isupper() or _words_over_an_unlabelled_sum(pending, count, label, line)
        return count if ended else closing
    if closing:
        return closing
    if len(pending) == 1 and _a_label_cut_after_a_word_that_goes_on(row, pending[0], label):
        return 1
    return int(bool(pending) and _a_totals_name_ended(row, pending[0], pending[1].label if len(pending) > 1 else label))


def _a_date_run_on(above: str, words: str) -> bool:
    """Whether `words`, opening on a figure in lower case after it ("2015, respectively"), carry on the
    carried line above cut at a connector ("issued and outstanding at September 30, 2016 and"): the year of a
    date the label names, no row's start (round 687, w3m at 80 columns: the stock line's figures on its
    second line, its last two lines had been run into the next row's label). So do words opening on a whole
    date ("... shares outstanding at" / "March 29, 2020 and December 29, 2019, respectively": round 710)."""
    return label_cut_at_a_connector(above) and (_a_count_run_on(words) or DATE_FIRST.match(words) is not None)


def _closing_its_parenthesis(row: RawRow, pending: list[ClassifiedLine]) -> int:
    """How many of the label-only lines right under a row close a parenthesis its label opened ("Income taxes
    (including a discrete benefit of" / "$2.1 million related to the settlement of an   103.4   88.3" /
    "Internal Revenue Service audit in the quarter)"; round 623, w3m at 80 columns: the last line, in
    capitals, had opened the next label, "... quarter) Net income" naming no line); none where they do not
    close it within a few lines."""
    depth = row.label.count("(") - row.label.count(")")
    if depth <= 0:
        return 0
    for count, line in enumerate(pending[:_MOST_CLOSING_LINES], start=1):
        if (line.number != row.last_line + count or line.kind is not LineKind.TEXT
                or line.label.endswith(":")):
            return 0
        depth += line.label.count("(") - line.label.count(")")
        if depth <= 0:
            return count if depth == 0 else 0
    return 0


# A parenthesis a label opens closes within this many lines, or the lines are no part of it.
_MOST_CLOSING_LINES = 3


def _a_label_cut_after_a_word_that_goes_on(row: RawRow, line: ClassifiedLine, after: str) -> bool:
    """Whether `line`, right under a row whose label stops on a word that goes on ("Total Costs and   1,195,269"
    / "Expenses", "Earnings before   261,640" / "Income Taxes": w3m at 80 columns setting a narrow cell's figures
    on its first line), ends that label, in capitals as the label's words are: where the row's words name no
    line and the joined words do, and the next row prints a label of its own (round 544: the rows had named
    no line, the operating expenses and pre-tax result lost). A heading under a row ("Total Net profit
    attributable to" / "Earnings per share (cents per share)") names a per-share line, never ends one."""
    if not (line.number == row.last_line + 1 and line.kind is LineKind.TEXT and bool(row.cells) and after[:1].isupper()
            and LABEL_GOES_ON.search(row.label) is not None and not line.label.endswith(":")
            and len(line.label) <= HEADING_TAIL and match_concept(row.label) is None):
        return False
    joined = match_concept(f"{row.label} {line.label}")
    return joined is not None and not joined.startswith(("eps", "shares"))


_A_TOTAL = re.compile(r"total\b", re.IGNORECASE)


def _a_totals_name_ended(row: RawRow, line: ClassifiedLine, after: str) -> bool:
    """Whether `line`, right under a total's row and in capitals, ends that total's name, which names no line
    until it does ("Total Harborline Realty   1,645,162" / "Trust shareholders' equity", w3m at 80 columns:
    round 487, the words had headed the next row and "Total equity", noncontrolling interests and all, been
    read as the equity). A basis row's next heading ("Diluted  1.51" / "Weighted average shares") is no such
    end, nor the per-share heading under a sum the reader named for its heading ("Total Net profit
    attributable to"). Nor is a bare "Total" closing a heading's rows a name cut short: it is the heading's
    total, and a heading under it opens the next rows ("Total   1,310" / "Operating expenses": round 565, the
    revenue had been printed as the operating expenses and the expenses' total as revenue). `after` is the
    label that follows it."""
    if not (line.number == row.last_line + 1 and line.kind is LineKind.TEXT and line.label[:1].isupper()
            and after[:1].isupper() and not line.label.endswith(":") and not row.label.endswith(":")
            and _A_TOTAL.match(row.label) is not None and not ends_on_a_connector(row.label)
            and match_concept(row.label) is None and not (row.section and _A_TOTAL.fullmatch(row.label.strip()))):
        return False
    joined = match_concept(f"{row.label} {line.label}")
    return joined is not None and not joined.startswith(("eps_", "shares_"))


def _with_words(row: RawRow, pending: list[ClassifiedLine]) -> RawRow:
    words = " ".join([row.label, *(p.label for p in pending)])
    return RawRow(words, row.cells, row.first_line, pending[-1].number, row.indent, row.section, row.after_rule)


def _count_title(titles: Sequence[str]) -> str:
    """A table's last title naming a count of shares alone ("SHARES USED IN PER SHARE CALCULATIONS", above
    "(in thousands)"): it heads the rows as a heading inside the table would ("GAAP - basic and diluted"),
    as a per-share title does (round 423: a table of counts apart under the statement, read as no table)."""
    words = [" ".join(title.split()) for title in titles if not unit_line(title)]
    last = words[-1] if words else ""
    return last.rstrip(":") if last and len(last) <= _COUNT_TITLE and names_share_count(last) else ""


# A count's heading as a table's title is a few words ("Weighted average common shares outstanding").
_COUNT_TITLE = 60


# The fewest label lines that show a table's labels set centred, and how far their centres may stray (a
# label of an odd length centres half a column off).
_CENTRED_LABELS = 4
_CENTRE_STRAY = 1


def _labels_centred(lines: Sequence[ClassifiedLine]) -> bool:
    """Whether every label of the table stands centred on one axis, as lynx sets a table's label cells
    ("Cost of sales" at column 42 over "Production costs" at 40 and "Depreciation, depletion and
    amortization" at 28): their indents follow their lengths and say nothing of nesting, so the layout is a
    flat one. Read as steps out, they had closed each heading at its first row, and the unlabelled sums
    under "Cost of sales" and "Current assets" had no name (round 648)."""
    centres = [2 * line.indent + len(line.label.rstrip()) for line in lines
               if line.kind in (LineKind.DATA, LineKind.TEXT) and line.label]
    return (len(centres) >= _CENTRED_LABELS and len({line.indent for line in lines if line.label}) > 1
            and max(centres) - min(centres) <= 2 * _CENTRE_STRAY)


def words_over_dashes(lines: Sequence[ClassifiedLine]) -> frozenset[int]:
    """The lines of words whose next line is dashes alone, too short to be a drawn rule ("Preferred stock,
    $.01 par value" over "—     —"): where each label stands on a line of its own (`_labels_centred`), that
    row's figures, nil, and its words head nothing, nor do the headings over it any longer (round 648: the
    equity's lines above the treasury stock had been summed as "Total Preferred stock, $.01 par value")."""
    filled = [line for line in lines if line.kind is not LineKind.BLANK]
    return frozenset(line.number for line, after in itertools.pairwise(filled)
                     if line.kind is LineKind.TEXT and after.kind is LineKind.RULE
                     and RULE_RUN.search(after.text) is None)


def signed_by_the_columns(line: ClassifiedLine, width: int) -> ClassifiedLine:
    """The line with each dash one space before a figure read as its minus sign ("- 1,618   - 213"), where that
    reading gives the row as many figures as the table has columns and the dash read as a nil cell gives it more
    (`minus_signs_set_apart`): the columns decide, a nil dash in a column of its own ("-      - 1,410   3.6" under
    four columns, a pdftotext row) keeping its cell."""
    if line.kind is not LineKind.DATA or len(line.cells) <= width or not any(cell.is_dash for cell in line.cells):
        return line
    signed = minus_signs_set_apart(line.text, line.cells)
    return line._replace(cells=tuple(signed)) if len(signed) == width else line


def _over_the_figures(line: ClassifiedLine, figures_start: int | None) -> bool:
    """Whether a line of words alone starts over the figures' columns, right of every label: a head printed
    inside the table, never a label whose indent says how the layout nests its rows."""
    return line.kind is LineKind.TEXT and figures_start is not None and line.indent >= figures_start


def table_rows(lines: list[ClassifiedLine], columns: list[Column], ordinal: bool = False,
               titles: Sequence[str] = (), over_dashes: Collection[int] = frozenset()) -> list[RawRow]:
    """The table's rows, each with the heading it stands under. `titles`: the table's title lines; a title
    that is a per-share heading alone ("PER SHARE DATA" over "Net income - basic  $0.82") heads every row
    until the table's first heading of its own, as it would printed inside the table. `over_dashes`: the
    lines of words right over a line of dashes alone (`words_over_dashes`)."""
    moved = figures_under_their_signs([signed_by_the_columns(line, len(columns)) for line in lines], columns)
    lines = moved.lines
    rows: list[RawRow] = []
    pending: list[ClassifiedLine] = []
    # A layout that indents nothing (w3m, lynx, many PDFs) cannot close a section by stepping back out. A
    # label's words carried under its figures ("Total operating" / "  expenses": w3m wrapping a cell) are no
    # step in (round 490: the one indented line had made every heading close at the next row, the EPS rows
    # read as amounts in millions).
    # (a label's lower-case continuation is no indent of the layout's, the figures on its last line or not:
    # "  outstanding, respectively   341   352" had made a flat HTML balance sheet an indented one, its
    # headings closed at the next row, and a homebuilding segment's cash read as the company's: round 535)
    # Nor are words standing over the figures' columns ("Yen  U.S. dollars" over the per-share rows, a currency
    # head printed again inside the table): they label no row (round 726: that one line had made a flat table an
    # indented one, "Per share of common stock" closed at its first row and the EPS in yen read as millions).
    over_figures = None if ordinal else min((column.start for column in columns), default=None)
    flat = len({line.indent for line in lines if line.kind in (LineKind.DATA, LineKind.TEXT) and line.label
                and not line.label[:1].islower() and not _over_the_figures(line, over_figures)}) <= 1
    centred = _labels_centred(lines)
    flat = flat or centred
    section = next((" ".join(title.split()) for title in reversed(titles)
                    if _PER_SHARE_ALONE.fullmatch(" ".join(title.split()))), "") or _count_title(titles)
    titled = section  # the title's heading, until the table's own
    nearest = " ".join(titles[-1].split()) if titles else ""
    if section and nearest != section and nearest.endswith(":") and names_share_count(nearest):
        # "PER SHARE INFORMATION" / the columns' header / "WEIGHTED AVERAGE SHARES OUTSTANDING (in millions):"
        # over "Basic   28.4": the heading nearest the rows heads them (round 388: the counts had been read
        # as EPS of 28.40)
        section = nearest.rstrip(":").strip()
    section_indent = -1
    inner = ""  # the words of the last heading, which `section` may extend
    # Headings still open, outermost first, with their indents: the one an unlabelled total sums.
    open_headings: list[_Heading] = []
    stepped_in: set[_Heading] = set()  # the open headings a row has stood under, indented deeper
    stem = ""
    named: set[int] = set()  # the rows of unlabelled sums, named for their headings
    table = RowsSoFar(rows, named)
    after_rule = False
    starts = [column.start for column in columns]
    ends = disjoint_ends(columns)
    margin = min((line.indent for line in lines if line.kind is LineKind.DATA and line.label), default=None)
    # The indent of the line after each row, for a label wrapped with a hanging indent (`_hangs_under`).
    filled = [line for line in lines if line.kind in (LineKind.DATA, LineKind.TEXT)]
    following = {line.number: after.indent for line, after in itertools.pairwise(filled)}
    rules = {line.number for line in lines if line.kind is LineKind.RULE}
    blank_before = False  # a blank line since the last row
    by_number = {line.number: line for line in lines}
    carried: set[int] = set(moved.taken)  # lines of figures set back on the row they were wrapped from
    inner_indent = -1  # the indent of a heading nested under another, whose siblings take its place
    # A heading whose words the row under it continued in lower case, the row's label and its line: the
    # heading of the like rows after it too (`_carries_on_alike`).
    continued: tuple[str, ClassifiedLine] | None = None
    for line in lines:
        if line.kind is LineKind.BLANK:
            blank_before = True
            continue
        if line.kind is LineKind.RULE:
            # A single rule under a column announces a total; a double rule closes the total above it.
            after_rule = bool(rows) and "=" not in line.text and "\u2550" not in line.text
            # Words under a row's figures that the rule closes ("(Purchases) maturities of marketable   5,513"
            # / "securities, net" / rule): the end of that row's label, never the start of the next one's.
            if pending and rows and _ends_the_row_above(rows[-1], pending):
                rows[-1] = _with_words(rows[-1], pending)
                pending = []
            continue
        if line.kind in (LineKind.TEXT, LineKind.YEARS):
            if line.kind is LineKind.TEXT and PERCENT_SIGNS_ALONE.fullmatch(line.label):
                continue  # a wrapped percent's sign ("%" of "(35.3)%"): no heading, no label's words
            if (line.kind is LineKind.TEXT and not pending and rows and rows[-1].last_line == line.number - 1
                    and (((line.label[0].islower() or _BARE_LABEL.match(line.label) or _a_count_run_on(line.label)
                           # a date's tail ("... shares outstanding at" / "March 29, 2020 and December 29, 2019,
                           # respectively", w3m: round 710, run into the next row's label)
                           or DATE_FIRST.match(line.label))
                          and label_cut_at_a_connector(rows[-1].label))
                         # a name cut at its comma ("Total Northgate Capital Partners," / "Inc. stockholders'
                         # equity", w3m at 80 columns: round 443), whatever the case of its next words; or at
                         # its semicolon ("... 100,000 shares authorized;" / "38,017 and 38,790 shares
                         # outstanding, respectively": round 598, run into the next row's label)
                         or (rows[-1].label.endswith((",", ";")) and not line.label.endswith(":"))
                         or _ends_a_line_name(rows[-1].label, line.label)
                         or title_case_wraps(rows[-1].label, line.label, rows[-1].cells)
                         or _names_whose(rows[-1].label, line.label)
                         or _name_ended(rows[-1].label, line.label)
                         or _named_under_its_mark(rows[-1], by_number[rows[-1].last_line], line, starts))):
                # The figures stood on the first line of a wrapped label ("Basic earnings per   $ 0.26" /
                # "share"): the words after them end its label, they head nothing.
                last = rows[-1]
                whole = (f"{line.label}{last.label}" if _MARK_ALONE.fullmatch(last.label)  # the mark after its label
                         else f"{last.label} {line.label}")
                rows[-1] = RawRow(whole, last.cells, last.first_line, line.number,
                                  last.indent, last.section, last.after_rule)
                continue
            if RUNNING_PAGE_LINE.search(line.text):
                continue  # a page's running head between two rows heads neither
            if line.number in carried:
                continue
            pending.append(line)
            blank_before = False  # (a heading's own blank line above it ends no list under it)
            continue
        if line.number in carried:
            continue
        if ordinal and line.kind is LineKind.DATA and 0 < len(line.cells) < len(columns) and (
                (after := by_number.get(line.number + 1)) is not None
                and len(line.cells) + len(rest := _figures_carried(line, after, columns)) == len(columns)):
            # Read by order, a row one or more figures short, the rest alone on the next line (lynx wraps a
            # row's last figure: "... basic and diluted   187,415,226   121,904,553   171,338,902" /
            # "114,227,610", round 452: placed by position, the quarter's count had gone to the nine months)
            line = line._replace(cells=_in_their_columns(line.cells + rest, columns))
            carried.add(after.number)
        if (line.kind is LineKind.DATA and not line.label and len(line.cells) == 1 and not pending and rows
                and rows[-1].last_line == line.number - 1 and ends_on_a_connector(rows[-1].label)
                and starts and line.cells[0].end <= min(starts)):
            # "Cumulative effect of accounting change, net of income taxes of   --   (62,450)" / "$41,300" at
            # the margin, left of every column: the amount the label names, wrapped by w3m (round 449: read
            # as a row of its own, a quarter's figure of 41,300 thousand)
            last = rows[-1]
            rows[-1] = RawRow(f"{last.label} {line.cells[0].text}", last.cells, last.first_line, line.number,
                              last.indent, last.section, last.after_rule)
            continue
        by_order = ordinal
        if (line.kind is LineKind.DATA and not line.label and pending and pending[-1].kind is LineKind.TEXT
                and (run_in := _figures_run_into_its_label(pending[-1], line, len(columns))) is not None):
            # "... net loss per share 28,512" / "27,803 28,390 27,105": lynx wrapped the row inside its figures,
            # the first one a space after the label (round 466: left in the label, the three carried figures
            # were placed from the left, the year's count printed as the quarter's)
            pending[-1], line = run_in
            by_order = True
        label, cells = place(line, columns, by_order, starts, ends, margin)
        if not by_order and not pending and rows and _amounts_under_their_percents(
                rows[-1], by_number[rows[-1].last_line], line, label, cells):
            last = rows[-1]
            merged = tuple(a if a is not None else b for a, b in zip(last.cells, cells, strict=True))
            rows[-1] = RawRow(f"{last.label} {label}", merged, last.first_line, line.number, last.indent,
                              last.section, last.after_rule)
            continue
        if not by_order and not pending and rows and _name_and_figures_wrapped_on(rows[-1], line, label, cells):
            last = rows[-1]
            merged = tuple(a if a is not None else b for a, b in zip(last.cells, cells, strict=True))
            rows[-1] = RawRow(f"{last.label} {label}", merged, last.first_line, line.number, last.indent,
                              last.section, last.after_rule)
            continue
        if pending and rows and (words := _name_of_the_figures_above(rows[-1], pending, label, line.indent)):
            last = rows[-1]
            rows[-1] = RawRow(words, last.cells, last.first_line, pending[0].number, pending[0].indent,
                              last.section, last.after_rule)
            pending = []
        if pending and rows:
            ending = _ending_the_row_above(rows[-1], pending, label, line)
            if ending:
                rows[-1] = _with_words(rows[-1], pending[:ending])
                pending = pending[ending:]
        joined: list[ClassifiedLine] = []
        head = label
        # (the indent handed to `_joins` is the continuation's own: the line of words joined last, else this row's)
        while pending and not (not joined and _heads_over_a_blank_line(pending[-1], line, by_number)) and (
                _joins(_run_on(pending) if not joined else pending[-1], head,
                       joined[0].indent if joined else line.indent) or (
                not joined and _hangs_under(pending[-1], line, following.get(line.number)))
                or _carries_on_the_line_above(pending, head)
                or (bool(joined) and _label_cell_over_its_figures(pending[-1], joined[0], line, rows, by_number))):
            if (rows and _ends_the_row_above(rows[-1], pending) and joined
                    and match_concept(" ".join([*(p.label for p in joined), label])) is not None):
                # "securities, net" / "Net cash provided by (used in) investing" / "activities   5,387": the
                # lower-case words under the row above end its label; the line's own words already name one
                rows[-1] = _with_words(rows[-1], pending)
                pending = []
                break
            joined.insert(0, pending.pop())
            head = joined[0].label
        if not label and not joined and rows and not pending:
            # Values on a line of their own continue the row above only if its cells are free.
            previous = rows[-1]
            if all(a is None or b is None for a, b in zip(previous.cells, cells, strict=True)):
                merged = tuple(a if a is not None else b for a, b in zip(previous.cells, cells, strict=True))
                rows[-1] = RawRow(previous.label, merged, previous.first_line, line.number, previous.indent,
                                  previous.section, previous.after_rule)
                continue
        if pending:
            # A heading between the rule and this row ("Total revenues" / rule / "Costs and expenses:" /
            # "Cost of product revenues"): the rule closed the total above, it announces no total here.
            after_rule = False
        for position, heading in enumerate(pending):
            words = _HEADING_MARK_END.sub("", heading.label.rstrip(":")).strip()
            if centred and heading.number in over_dashes:
                # a row whose figures are dashes, no heading; and the headings above it no longer head the
                # rows after it (`words_over_dashes`)
                section = inner = ""
                section_indent = -1
                open_headings.clear()
                continue
            if position and heading.indent > pending[position - 1].indent:
                # A heading indented under another ("Per Common Share" / "Net (Loss) Earnings") narrows it.
                section = f"{section} {words}"
                inner_indent = heading.indent
            elif position and (_carried_words(words) or (words.startswith("(") and unit_line(words))
                               or _aside_in_capitals(pending[position - 1], heading)) and not (
                    pending[position - 1].label.endswith(":")):
                # ... or its unit ("Weighted-average shares outstanding" / "(in millions):", round 447)
                # A heading wrapped onto a second line ("Weighted average shares used in computing net
                # loss" / "per share:"): one heading.
                section = f"{section} {words}"
            elif position and PER_SHARE_HEADING.search(section) and (
                    match_concept(words.lower()) in _RESULTS or RESULT_HEADING.search(words)):
                # "Per Common Share Data:" / "Net income:" over "Basic   $0.92": the result a share, one
                # heading at any indent (the rows under the result alone would be amounts of it).
                section = f"{section} {words}"
            elif _SHARE_BASIS.fullmatch(words) and (PER_SHARE_HEADING.search(section) or names_share_count(section)):
                # "Earnings per share:" / "Basic:" ... "Diluted:": the basis narrows the per-share heading,
                # printed at its indent or not, and the next basis takes its place; so it does under a heading
                # of share counts ("Weighted average shares outstanding:" / "Basic" / "Class A common stock" ...
                # "Diluted" / "Class A common stock": round 696, the diluted counts of a two-class company had
                # lost their heading and been read as thousands of dollars).
                section = f"{_SHARE_BASIS_END.sub('', section)} {words}"
                continue
            elif (position and heading.label.endswith(":") and not pending[position - 1].label.endswith(":")
                  and heading.number == pending[position - 1].number + 1
                  and heading.indent == pending[position - 1].indent
                  and len(pending[position - 1].label) >= _WRAPPED_HEADING):
                # A heading wrapped where the page ran out of width, the next line starting with a capital
                # ("Earnings per share attributable to Class A and Class" / "B common stockholders:"): one
                # heading, its colon at the end.
                section = f"{section} {words}"
            elif (not position and heading.label.endswith(":") and section.endswith(f" {inner}")
                  and PER_SHARE_HEADING.search(section[: -len(inner)])
                  and (heading.indent == inner_indent or RESULT_HEADING.search(words))):
                # "Per share data:" / "  Operating income (1):" ... "  Net income:": a sibling under the
                # per-share heading takes the place of the one before it, the heading over both still open
                # (round 340: the net income's "Basic" had been read as thousands of dollars of net income);
                # a result or a part of it does so at any indent, an HTML table printing none (round 354)
                section = f"{section[: -len(inner)]}{words}"
            elif (position and heading.number == pending[position - 1].number + 1
                  and not pending[position - 1].label.endswith(":") and (_names_a_count_or_per_share(
                      f"{pending[position - 1].label} {words}") or _count_heading_runs_on(
                          section, pending[position - 1].label, words))
                  and not _names_a_count_or_per_share(words) and not _SHARE_BASIS.fullmatch(words)):
                # A per-share or share-count heading wrapped where a narrow label column ran out, no colon
                # ("Average Common Shares" / "Outstanding (000's)", "Earnings (Loss) Per" / "Share of Common
                # Stock": w3m at 80 columns, round 529): the second line names nothing alone, and had taken
                # the heading's place, the "Basic" and "Diluted" under it read as no count or EPS.
                section = f"{section} {words}"
            else:
                section = words
                section_indent = heading.indent
            inner = words
            stem = _STEM_NOTE.sub("", words)
            _open_heading(open_headings, words, heading.indent, nested=position > 0, wrapped=section.endswith(
                f" {words}") and (words[:1].islower() or (position > 0 and _aside_in_capitals(
                    pending[position - 1], heading))), first_row=len(rows), section=section)
        if len(pending) >= 2 and pending[-1].label.endswith(":") and not PER_SHARE_HEADING.search(section):
            wrapped = _wrapped_per_share_heading(pending)
            if wrapped:
                # "Earnings per share" / "attributable to Brantley" / "Industries, Inc. common" / "shareholders:":
                # a heading a narrow label column wrapped line by line (w3m at 80 columns) is one heading
                section = inner = wrapped
                section_indent = min(heading.indent for heading in pending)
        indent = joined[0].indent if joined else line.indent
        if (pending and section and indent <= section_indent and (
                (pending[-1].label.endswith(":") and (PER_SHARE_HEADING.search(section)
                                                      or ATTRIBUTABLE_HEADING.match(section)))
                or _PER_SHARE_ALONE.fullmatch(pending[-1].label) is not None
                or (PER_SHARE_HEADING.search(section) and PER_SHARE_HEADING.search(label)))):
            # The rows under "Basic earnings (loss) per share:" or "Attributable to:" printed at its own
            # indent (an HTML table without padding): they are per-share figures of what they name ("Net
            # income"), or the shares of the result above, whatever their indent, until the next heading;
            # so are rows that say so under a per-share heading without its colon ("Earnings per share (cents
            # per share)" over "Basic earnings per share"), and any row under a heading of those words alone
            # ("Per common share", "Per common share - assuming dilution" over "Net income attributable to
            # common shareholders   .46").
            section_indent = indent - 1
        pending = []
        # An indented layout closes a section when a row steps back out to the heading's indent; a flat
        # layout (w3m, lynx, PDFs) cannot say so, and keeps the section until the next heading.
        # A bare "Basic" or "Total" cannot stand on its own: it still belongs to the heading above.
        # Balances listed under "PERIOD-END BALANCES:" at the heading's own indent are all the heading's
        # (round 347: "Stockholders' equity" after "Total deposits" had been read as three months of a flow):
        # the list ends at a blank line or the next heading, as a flat layout's sections do.
        # So are a statement's operating statistics under "Selected Operating Data" (round 577: "New student
        # starts" after "Total student enrollment" had left the heading, and its counts were read as thousands).
        listed = bool(section) and not blank_before and (AT_PERIOD_END_SECTION.search(section) is not None
                                                          or STATISTICS_HEADING.search(section) is not None)
        # (the label's own line above its figures counts as the label: lynx sets each label cell on a line
        # of its own, and indents a "Diluted" less than the "Basic" over it, round 638)
        bare = _BARE_LABEL.match(" ".join([*(p.label for p in joined), label]).strip())
        if section and indent <= section_indent and not flat and not bare and not listed:
            section = inner = ""
            section_indent = -1
        full = " ".join([p.label for p in joined] + ([label] if label else []))
        if joined and label[:1].islower():
            continued = (" ".join(p.label for p in joined), line._replace(label=label))
        elif continued is not None and not joined and _carries_on_alike(continued[1], line, label):
            # "Shares used in computing net income (loss)" / "  per share - basic   31,448" / "  per share -
            # diluted   33,017": the heading runs on into each row under it, not only the first (round 380:
            # the diluted counts had been an unnamed row, unscaled)
            full = f"{continued[0]} {label}"
            continued = (continued[0], line._replace(label=label))
        else:
            continued = None
        full = " ".join(full.split())  # runs of whitespace as one space, as re's \s+ would, without a regex
        if joined and not label:
            # "Investments (cost: ...) $" / "948,306 $ 836,215": lynx leaves the first figure's "$" at the end
            # of the label's line, the figure's mark, no word of its name (round 652)
            full = _LONE_SIGN_END.sub("", full)
        if section and _PER_SHARE_ALONE.fullmatch(section) and names_share_count(full) and (
                THOUSANDS_MARK.search(full) or LINE_UNIT.search(full)):
            # "Weighted-average common shares outstanding (000)" after the rows of "Per common share": a
            # count of shares in its own unit is no figure per share, and what follows is out of that heading
            section = inner = ""
            section_indent = -1
        if flat and section and _leaves_the_per_share_heading(section, full, cells):
            section = inner = ""
            section_indent = -1
        if (section and section == titled and cells and not names_share_count(full)
                and all("." not in cell.text for cell in cells if cell)
                and any(abs(cell.value) >= 100 for cell in cells if cell)
                and match_concept(full) not in (None, "eps", "shares")):
            # "Net income  $11,141" first under the title "Per Share Data" (dollars in thousands): an amount the
            # table prints beside its figures a share, whole and large as none a share is (round 407: printed
            # as $11,141 a share, and the one quarter the statement leaves out lost)
            section = inner = ""
            section_indent = -1
        if full and not flat and not _BARE_LABEL.match(full):
            # A row stepping back out to a heading's indent closes it; a heading whose rows stand at its own
            # indent ("REVENUES" over "Oil sales" at the margin, in a statement indenting only its tax's
            # parts) is closed by its sum or the next heading (round 561: its unlabelled sum had been left
            # unnamed, the revenue and the costs lost).
            while open_headings and (open_headings[-1][1] > indent or (
                    open_headings[-1][1] == indent and open_headings[-1] in stepped_in)):
                # a row back at a sub-heading's indent is its outer heading's again ("  Homebuilding:" /
                # "    Home sales" / "  Financial services" under "Revenues:", round 656)
                outer = _sub_heading_closed(open_headings.pop(), open_headings, section)
                if outer is not None:
                    section, inner = outer.section, outer.words
            if not _TOTAL_OF.match(full):  # ("   Total current assets" set in is a total's habit, no step in)
                stepped_in.update(heading for heading in open_headings if heading[1] < indent)
        if not full and (open_headings or section) and _net_of_the_line_above(rows, cells):
            # An unlabelled sum that is the line above "Less accumulated depreciation" less it, is that line, net
            # ("Real estate investments, net"), never the total of the heading it stands under (round 244:
            # "Total ASSETS" had labelled a REIT's net real estate)
            full = f"{_AT_COST.sub('', _TOTAL_OF.sub('', rows[-2].label).strip())}, net"
        elif not full and open_headings:
            # An unlabelled sum is the total of the innermost heading still open: "CURRENT ASSETS:" under
            # "ASSETS" sums the current ones; the next one, after the rows that stepped back out of it (or
            # after its total), sums all the assets.
            closed = open_headings.pop()
            full = _heading_total(closed.words, rows)
            if _names_the_sum(full, table, closed.first_row, cells):
                named.add(len(rows))
            else:
                full = ""  # left for the statement's arithmetic to name, or unnamed
        elif not full and section:
            full = _heading_total(inner or section, rows)
            if _names_the_sum(full, table, table.first_row_under(section), cells):
                named.add(len(rows))
            else:
                full = ""
        elif (open_headings and _TOTAL_OF.match(full) and label_words(open_headings[-1].words) in label_words(full)
              and not _A_PART_OF(label_words(open_headings[-1].words), label_words(full))):
            open_headings.pop()  # "TOTAL STOCKHOLDERS' EQUITY" closes "STOCKHOLDERS' EQUITY:"
        elif (outer_at := _outer_heading_totalled(open_headings, full, table, cells)) is not None:
            totalled = open_headings[outer_at]
            if section in {heading.section for heading in open_headings[outer_at:]}:
                section, inner = totalled.section, totalled.words
            del open_headings[outer_at:]
        if (not joined and rows and _SHARE_BASIS.fullmatch(full.rstrip(":."))
                and all(number in rules for number in range(rows[-1].last_line + 1, line.number))
                and (basis := _SHARE_BASIS_END.search(rows[-1].label))
                and basis.start() > 0 and basis.group().strip().lower() != full.rstrip(":.").lower()
                # under a heading too, where the row above names a count before its basis ("Weighted-average
                # shares outstanding: Basic" under "Net income per share", round 454: "Diluted 416.8" had been
                # read as a figure a share)
                and (not section or names_share_count(rows[-1].label[: basis.start()]))
                and not _pair_complete(rows, basis.start())):
            # "Net (loss) income per common share   Basic   $(0.23)" then "Diluted   $(0.23)": a label cell
            # spanning two rows, rendered as text, heads the second row's basis too (it had been read as
            # an amount of -230 thousand, "Diluted" naming nothing); so does a heading wrapped onto the first
            # row's line, a rule under that row ("Shares used in computing net income" / "(loss) per share:
            # Basic   22,418" / "=====" / "Diluted   22,418": round 197)
            full = f"{rows[-1].label[: basis.start()]} {full}"
        # "Net Income - Excluding items" then "- As Reported": variants of one line share its stem.
        variant = _DASH_LED.match(full)
        if variant and stem:
            full = f"{stem} - {variant.group(1)}"
        elif _STEM_DASH.search(full):
            stem = _STEM_DASH.split(full)[0].strip()
        else:
            stem = full
        rows.append(
            RawRow(
                label=full,
                cells=cells,
                first_line=joined[0].number if joined else line.number,
                last_line=line.number,
                indent=indent,
                section=section,
                after_rule=after_rule,
            )
        )
        after_rule = False
        blank_before = False
    if pending and rows and _ends_the_row_above(rows[-1], pending):
        rows[-1] = _with_words(rows[-1], pending)  # the last row's label ran on under its figures
    return [_words_made_whole(moved.widened(row)) for row in _subtotals_of_totals_printed_below(rows, named)]


def _figures_carried(line: ClassifiedLine, after: ClassifiedLine, columns: Sequence[Column]) -> tuple[Cell, ...]:
    """The figures of the line after a row that may be the row's own, carried: figures alone; or a small
    figure alone, which the line reader takes for a page's number, under the words of a row whose long label
    pushed its figures past every column (lynx wrapping "... 5,842,300 shares issued     58" / "57" under the
    label, round 672: the first column's figure placed in the last, the carried one dropped). A page's
    number never stands between a row and the row under it, its row's figures pushed out to the page's edge."""
    if after.kind is LineKind.DATA:
        return () if after.label else after.cells
    if (after.kind is not LineKind.TEXT or PAGE_NUMBER.fullmatch(after.label) is None or not columns
            or not line.cells or line.cells[0].start < columns[-1].end):
        return ()
    label, _, cells = split_cells(after.text)
    label_end = len(line.text[: line.cells[0].start].rstrip())
    return tuple(cells) if not label and len(cells) == 1 and cells[0].end < label_end else ()


def _in_their_columns(cells: Sequence[Cell], columns: Sequence[Column]) -> tuple[Cell, ...]:
    """The figures of a row wrapped over two lines, in the order of the columns they stand under where each
    stands under one of its own; else in the order they were read (round 452's lynx row, its last figure
    carried to the margin under no column). w3m wraps the cells a row's "$" leaves too narrow: "Freight
    revenue   $   $ $ 921,830   $" over "318,460   294,720   873,150", the nine months' figure on the
    label's line (round 639: read in order, the quarter had taken the nine months' 921,830)."""
    under = [[index for index, column in enumerate(columns) if column.start <= cell.anchor <= column.end]
             for cell in cells]
    places = [indexes[0] if len(indexes) == 1 else -1 for indexes in under]
    if -1 in places or len(set(places)) < len(places):
        return tuple(cells)
    return tuple(cell for _, cell in sorted(zip(places, cells, strict=True), key=lambda pair: pair[0]))


def _subtotals_of_totals_printed_below(rows: list[RawRow], named: set[int]) -> list[RawRow]:
    """An unlabelled sum named for its heading ("Total Current assets") is a subtotal where the release prints
    that total in words further down under the same heading (not one the reader named so too): a payroll
    company's current assets sum to 85,350 before "Funds held for clients" 612,480 and "Total current assets"
    697,830 (round 591: the subtotal had been read as the total current assets, the printed total unnamed)."""
    result = list(rows)
    for index in named:
        name, section = label_words(rows[index].label), rows[index].section
        if any(label_words(row.label) == name and row.section == section and later not in named
               for later, row in enumerate(rows[index + 1 :], start=index + 1)):
            result[index] = dataclasses.replace(rows[index], label="Subtotal")
        else:
            result[index] = dataclasses.replace(rows[index], named=True)
    return result


# A footnote's mark standing alone where a label would ("(1)", "*"), a superscript raised off its label's line.
_MARK_ALONE = re.compile(r"\(\d{1,2}\)|\(\w\)|\*{1,3}")


def _named_under_its_mark(row: RawRow, row_line: ClassifiedLine, line: ClassifiedLine, starts: Sequence[int]) -> bool:
    """Words under an unlabelled row whose line prints only a footnote's mark left of every column ("(1)
    20,116 ..." over "Labor and related expenses"): pdftotext set the label's superscript on the figures' line
    and the label under them, so the words are the row's name, never a heading over the next row (round 682:
    the row had been printed unnamed and the line under it had headed the next one). An unlabelled sum bears
    no mark."""
    first = row_line.cells[0] if row_line.cells else None
    return (first is not None and row.label.strip() in ("", first.text) and not row_line.label
            and _MARK_ALONE.fullmatch(first.text) is not None
            and bool(starts) and first.end <= min(starts) and line.label[:1].isupper()
            and not line.label.endswith((":", ".")))


# A line of words opening on a figure: "11,912,606 shares issued and outstanding".
_FIGURE_FIRST = re.compile(r"^\(?\$?\d[\d,.]*\)?\s+[a-z]")


def _a_count_run_on(words: str) -> bool:
    """Whether a line of words opens on a figure, in lower case after it: no label starts so, and under a label
    cut at a connector ("Common stock, ... authorized; 14,322,418 and" / "11,912,606 shares issued and
    outstanding", a PDF's text) it is the label's tail. Round 650: left alone, it had headed the rows under it
    and named the unworded total of the liabilities and equity "Total 11,912,606 shares issued and outstanding"."""
    return _FIGURE_FIRST.match(words) is not None


def _words_made_whole(row: RawRow) -> RawRow:
    """The row with the words its label and heading broke at a hyphen across lines read whole."""
    label, section = whole_words(row.label), whole_words(row.section)
    if (label, section) == (row.label, row.section):
        return row
    return dataclasses.replace(row, label=label, section=section)
