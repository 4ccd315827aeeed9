"""Which line is which: each row's concept from its label and section, the one line that carries a concept
where several could, and the signs the facts contract promises (expenses positive, losses negative)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeVar

from core.model import LineItem, SourceSpan, StatementKind, ValueKind, first_index
from core.statements.bridges import is_result_line, past_noncontrolling
from core.statements.result_signs import negated
from core.statements.runs import MAX_COMPONENTS, matching_run
from core.statements.signs import bridge_signs
from core.statements.units import EPS_ROUNDING, Units, with_values
from core.tables.numbers import Cell, half_the_last_place
from core.tables.raw import RawRow, RawTable
from core.vocabulary import (
    A_TAX_WORD,
    AMOUNTS_OWED,
    ATTRIBUTABLE_HEADING,
    BALANCE_SECTION_WORDS,
    BARE_FIGURE_A_SHARE,
    BARE_TOTAL_OF_COSTS,
    COMMODITY_COST_LINE,
    COMPARISON_WORD,
    CONCEPT_STATEMENTS,
    COPYRIGHT_LINE,
    COST_WORDS,
    COSTS_AND_EXPENSES_HEADING,
    COUNT_LINE,
    COUNTED_AT_A_DATE,
    COUNTERPARTY_QUALIFIER,
    CURRENCY,
    CURRENT_ASSET_CONCEPTS,
    CURRENT_BALANCE_LINE,
    EXPENSE_CONCEPTS,
    HEADING_A_SHARE_OR_UNIT,
    INSURER_EXPENSE_TOTAL,
    INTEREST_LINE,
    INTEREST_RATE,
    LESS_LINE,
    LONGEST_LABEL,
    MINE_GROSS_RESULT,
    NAMES_RESEARCH,
    NET_OF_THE_TAX,
    NET_REVENUE_LINE,
    NON_GAAP,
    NONCONTROLLING,
    NONCURRENT_ASSETS_HEADING,
    NONCURRENT_BALANCE_LINE,
    OPERATIONS_ONLY,
    OTHER_PERIOD_ROW,
    OTHER_PURCHASE_LINE,
    OWED_LINE,
    PART_GROSS_RESULT,
    PER_SHARE_CUT,
    PER_SHARE_HEADING,
    PER_SHARE_NOUN_FIRST,
    RATE_LINE,
    RESULT_HEADING,
    REVENUE_DEDUCTION_LINE,
    ROLL_FORWARD_END,
    ROLL_FORWARD_START,
    SHARE_CLASS_TERMS,
    STATISTIC_IN_MONEY,
    STATISTICS_HEADING,
    THE_TAX_ON_INCOME,
    WHOLE_EXPENSES_LINE,
    UnitException,
    basic_diluted,
    counts_shares_at_a_date,
    counts_shares_on_a_day,
    match_concept,
    matched_form,
    names_revenue_after_the_gross_profit,
    names_share_count,
    normalise_label,
    per_share_line,
    percent_label,
    strip_qualifiers,
)


def matching_label(row: RawRow) -> str:
    """The label a concept is matched on: a bare "Basic" or "Total" borrows its section's words."""
    label = row.label
    if len(label) > LONGEST_LABEL:
        return label  # a paragraph or a whole table taken as one row's words: it names no line (match_concept)
    text = normalise_label(strip_qualifiers(_UNIT_ASIDE.sub("", label)))
    if text in _BARE_BASES and row.section and not PER_SHARE_HEADING.search(row.section) and match_concept(
            row.section.lower()) in ("net_income", "net_income_to_common", None) and RESULT_HEADING.search(
            row.section) and _in_cents(row, range(len(row.cells))):
        # "Net income:" / "  Basic   $0.21" after the net result's own line: the result a share, printed in cents
        # (round 354: read as thousands of dollars, $0.21 printed as 210)
        return f"{row.section} per share {label}"
    if row.section and text == "total" and match_concept(f"total {row.section}") is not None:
        # "Revenues:" / "Products" / "Services" / "Total": the heading's total, as "Total revenues" names it
        # ("Revenues Total" names nothing: round 538, the revenue lost and the operating result's check failed)
        return f"total {row.section}"
    if row.section and (
        text in {"basic", "diluted", "basic and diluted", "total", "net", "basic & diluted"}
        # "Operating activities" under "Cash provided by (used in):", a cash flow summary's rows
        or text in {"operating activities", "investing activities", "financing activities"}
        or (text.startswith(("basic", "diluted")) and len(text) < 20)
    ):
        if ("basic" in text) != ("diluted" in text):
            # "Basic" and "Diluted" rows under "Basic and diluted earnings per share:": each row names its own
            # basis, which the heading's pair of them would otherwise give to both
            return f"{_BOTH_BASES.sub(' ', row.section)} {label}"
        return f"{row.section} {label}"
    if row.section and text == "total":
        return f"total {row.section}"
    own = match_concept(label)
    if (own in _RESULTS_AND_SHARES and row.section and NON_GAAP.search(over := strip_qualifiers(row.section))
            and _A_RESULT_WORD.search(over)):
        # "Consolidated Earnings-Excluding One-Time Items (See Notes)" / "  Net Income   $101.9": the result
        # of the company's own measure the heading names, no line of the statement (round 386: printed as the
        # net income beside the as-reported one)
        return f"{row.section} {label}"
    if own in (None, "net_income", "net_income_to_common") and normalise_label(row.section) in _BARE_BASES and (
            _in_cents(row, range(len(row.cells)))):
        # "Basic:" / "  Continuing operations   $0.92" / "  Net income   $0.86": the lines a share under a bare
        # basis heading (round 353: read as millions of dollars, the EPS lost)
        return f"{row.section} earnings per share {label}"
    if own is None and ATTRIBUTABLE_HEADING.match(row.section) and not NONCONTROLLING.search(label):
        # "Attributable to:" / "Owners of the parent": the company's share of the result above.
        return f"net income attributable to {label}"
    if own in ("eps", "shares") and _NAMES_BASIC_OR_DILUTED.search(normalise_label(row.section)) and not (
        _NAMES_BASIC_OR_DILUTED.search(text)
    ):
        # "Earnings per share" under a bare "Diluted" heading is the diluted figure.
        return f"{row.section} {label}"
    heading = match_concept(row.section) if row.section else None
    if heading in ("eps", "shares") and own not in ("eps", "shares") and own in (
        None, "net_income", "net_income_to_common", "operating_income"
    ) and not (heading == "shares" and per_share_line(label)) and not COUNT_LINE.search(label):
        # "Class A common stock" or "Net loss attributable to ..." under "Basic and diluted loss per
        # share": the heading says what the line is. Not a figure per share under a share-count heading a
        # flat layout leaves open ("Cash dividends declared per common share" under "Weighted average
        # shares outstanding:"): it is no count. Nor are people or things counted ("Total headcount at end of
        # period" after "Shares used in per share computations:", round 240: taken for the share counts).
        return f"{row.section} {label}"
    return label


# A count's own unit after its label ("Diluted (in thousands)"): the words name the same line without it.
_UNIT_ASIDE = re.compile(r"\s*\((?:in\s+)?(?:thousands|millions|000'?s?)\)", re.IGNORECASE)
# The results and the figures a share a heading over them may make a measure of the company's own.
_RESULTS_AND_SHARES = frozenset({"net_income", "net_income_to_common", "operating_income", "income_before_taxes",
                                 "eps", "shares"})
# A heading's word for a result: an "Excluding ..." heading over results is a measure of them ("Earnings
# Excluding One-Time Items"), where one over costs is not ("Expenses Excluding Interest").
_A_RESULT_WORD = re.compile(r"\b(?:earnings|income|eps|results?|profits?|loss(?:es)?)\b", re.IGNORECASE)
# A heading naming a basis alone ("Basic:", "Diluted:").
_BARE_BASES = frozenset({"basic", "diluted", "basic and diluted", "basic & diluted"})
# A heading naming both bases ("Basic and diluted earnings per share:", "Net loss per share - basic & diluted").
_BOTH_BASES = re.compile(r"\b(?:basic\s*(?:and|&|/|or)\s*diluted|diluted\s*(?:and|&|/|or)\s*basic)\b", re.IGNORECASE)
_NAMES_BASIC_OR_DILUTED = re.compile(r"^(?:basic|diluted)(?:\s+(?:and|&)\s+diluted)?$|\bbasic\b|\bdiluted\b")

_REVENUE_HEADING = re.compile(r"^(?:total\s+)?(?:net\s+)?(?:revenues?|sales)$")

_REVENUE_WORD = re.compile(r"\b(?:revenues?|sales)\b", re.I)
# Words of a line that is no company's top line, whatever the arithmetic: a cost, a result, a share of them.
_NO_TOP_LINE = re.compile(r"\b(?:costs?|expenses?|income|profit|earnings|loss(?:es)?|margin|gains?|equity|interest"
                          r"|total)\b", re.I)

# ... its counterparty named after it ("Collaboration revenue \u2014 related party", "License revenue from
# related parties"): still the revenue line, the only one.
_REVENUE_NAME = re.compile(r"^(?!costs?\s+of\b)(?:net\s+)?(?:[a-z-]+\s+){0,3}(?:revenues?|sales)(?:,?\s+net)?"
                           r"(?:\s+-)?(?:\s+\(?(?:from\s+|with\s+)?(?:a\s+)?related[\s-]+part(?:y|ies)\)?)?$")

_COSTS_AND_RESULTS = frozenset({"cost_of_revenue", "gross_profit", "research_and_development",
                                "selling_general_administrative", "total_operating_expenses", "operating_income",
                                "income_before_taxes", "net_income"})


_LIABILITIES = AMOUNTS_OWED


_REDEEMABLE = re.compile(r"(?<!non)(?<!non-)redeemable|temporary", re.I)  # "Nonredeemable noncontrolling ..." is equity


_DIVIDEND = re.compile(r"\bdividends?\b|\bdistributions?\b", re.I)
# Measures printed a share whose labels need not say so: a bank's "Book value   $19.77" among its data.
_PER_SHARE_BY_NAME = re.compile(rf"{_DIVIDEND.pattern}|\bbook\s+value\b", re.I)
# A balance sheet's line of stock: an amount, though its label counts the shares authorized and outstanding.
_STOCK_AMOUNT = re.compile(r"\bpar\s+value\b|\bno\s+par\b|\bstated\s+value\b"
                           r"|^(?:class\s+\w\s+)?(?:common|preferred|capital)\s+stock\b(?!\s+outstanding)", re.I)

_PURE_LOSS = re.compile(r"\bloss\b", re.I)

_GAIN_WORDS = re.compile(r"\b(?:income|earnings|profit|gain)\b", re.I)

_PREFERRED_TOTAL = re.compile(r"^total\b|(?:attributable|available|allocated|allocable) (?:to|for) "
                              r"(?!(?:the\s+)?(?:non|minority))", re.I)  # "available for Tessaract common"

_EXPENSE_SECTION = re.compile(r"expenses|costs", re.I)
# The costs a line's name may claim: under the revenue heading such a name is a kind of revenue.
_COSTS = frozenset({"research_and_development", "selling_general_administrative", "cost_of_revenue",
                    "total_operating_expenses"})

_NOT_EXPENSE_SECTION = re.compile(r"other|income|non-?operating", re.I)

# Per-share figures of a part of the business, where the release also prints the whole. ("Cumulative ef   fect":
# a PDF's text tears a word at its "ff" ligature; round 471, the change's $0.00 a share was read as the EPS.)
_PART_OF_RESULT = re.compile(
    r"\b(?:continuing|discontinued)\s+operations\b|\bcumulative\s+ef\s*fect\b|\bextraordinary\b"
    r"|\bbefore\s+(?:the\s+)?(?:cumulative|extraordinary|accounting|change|effect)", re.I)


def line_items(table: RawTable, kind: StatementKind, keep: list[int], units: Units) -> tuple[LineItem, ...]:
    items: list[LineItem] = []
    named: set[int] = set()  # the items whose labels the reader gave (`RawRow.named`)
    rolling = False  # inside a roll-forward among a balance sheet's data: no line of it is a balance at the date
    for row in table.rows:
        if kind == "balance":
            rolling = (rolling or ROLL_FORWARD_START.search(row.label) is not None) and not ROLL_FORWARD_END.search(
                row.label)
        values = tuple(_value_of(row.cells[i]) for i in keep)
        if rolling or all(v is None for v in values) or _of_another_period(row.label) or COPYRIGHT_LINE.search(
                row.label):
            continue
        if kind == "operations" and items and _per_share_block_goes_on(row, items):
            # "Basic earnings per share:" / "  Income before cumulative effect  $ 0.40" / "Cumulative effect of
            # change in accounting" (a wrapped label back at the heading's indent) / "  Net income  $ 0.40": the
            # block of figures a share goes on under its heading, never thousands of dollars of net income
            row = dataclasses.replace(row, section=items[-1].section)
        concepts, value_kind = _concepts(row, kind, keep)
        if value_kind == "amount" and not concepts:
            value_kind = _excepted_from_the_unit(row, units.excepted) or value_kind
        if value_kind == "amount" and _cents_among_whole_figures(row, table, keep):
            value_kind = "per_share"
        values = _signed(values, concepts, row)
        if row.named:
            named.add(len(items))
        items.append(
            LineItem(
                label=row.label,
                values=values,
                concepts=concepts,
                kind=value_kind,
                span=SourceSpan(row.first_line, row.last_line),
                section=row.section,
                is_total=row.after_rule or normalise_label(row.label).startswith("total"),
                cells=tuple("" if c is None else c.text for c in row.cells),
            )
        )
    # The lines as the words claimed them pass through two named sequences of passes, each pass taking what the
    # one before it left: those that set a claim apart or turn a sign while several lines may still claim a
    # concept, then (one line kept for each concept) those that name a line by the arithmetic. The orders are
    # data, at the end of this module (`_CLAIMS_SET_APART`, `_after_one_line_a_concept`).
    claimed = _in_order(_CLAIMS_SET_APART[kind], items)
    return _in_order(_after_one_line_a_concept(kind, named), _unique_concepts(named, claimed))


# A pass over a statement's lines: the lines in, the lines out (the same lines, some claims or signs changed; a
# pass may add a line, as the revenue added up from its parts).
_Lines = TypeVar("_Lines", list[LineItem], tuple[LineItem, ...])


def _in_order(passes: Sequence[Callable[[_Lines], _Lines]], items: _Lines) -> _Lines:
    """The lines after each pass in turn, each taking what the one before it left: one loop, so the order the
    sequence states is the order they run."""
    for step in passes:
        items = step(items)
    return items


def _stock_amounts_by_the_arithmetic(items: list[LineItem]) -> list[LineItem]:
    """A balance sheet's line whose label states a share class's terms (vocabulary.SHARE_CLASS_TERMS: "Preferred
    shares, 8.00% Series A, $25.00 per" / "share liquidation preference; 3,700 shares issued and outstanding
    92,500"), read by its other words as a figure a share or a count of shares: the class's carrying amount in
    the table's unit where the total under it foots with it as an amount and not without it (round 690: read
    as $92,500 a share, the equity's footing failed and its total was held back). The words of a class's
    terms allow both readings ("Liquidation preference per share  $25.00" is a figure a share); the arithmetic
    decides."""
    result = list(items)
    for index, item in enumerate(items):
        if item.kind not in ("per_share", "shares") or item.concepts or not SHARE_CLASS_TERMS.search(item.label):
            continue
        total = next((i for i in range(index + 1, len(items)) if items[i].is_total and items[i].kind == "amount"),
                     None)
        if total is None:
            continue
        start = index
        while start > 0 and not items[start - 1].is_total:
            start -= 1
        as_amount = dataclasses.replace(item, kind="amount")
        parts = [as_amount if i == index else items[i] for i in range(start, total)
                 if i == index or items[i].kind == "amount"]
        run = matching_run(parts, items[total])
        if run is not None and any(part is as_amount for part in run) and matching_run(
                [part for part in parts if part is not as_amount], items[total]) is None:
            result[index] = as_amount
    return result


def _current_assets_only_among_them(items: list[LineItem]) -> list[LineItem]:
    """A line held beyond a year takes no concept of the current assets: under a "Non-current assets" heading,
    or after the printed total of the current assets (and before the total assets), "Marketable securities"
    are long-term holdings, whatever the words share with the current line. Left so, the first line of those
    words took the concept, and an IFRS sheet listing its non-current assets first printed the long-term
    securities as the short-term investments, the current line named nothing (round 708)."""
    return [dataclasses.replace(item, concepts=tuple(c for c in item.concepts if c not in CURRENT_ASSET_CONCEPTS))
            if CURRENT_ASSET_CONCEPTS.intersection(item.concepts) and at in _beyond_the_current_assets(items)
            else item for at, item in enumerate(items)]


def _beyond_the_current_assets(items: list[LineItem]) -> set[int]:
    """The places of the lines held beyond a year: under a non-current assets heading, or between the printed
    total of the current assets and the total assets."""
    beyond = {at for at, item in enumerate(items) if NONCURRENT_ASSETS_HEADING.search(item.section)}
    current_total = next((at for at, item in enumerate(items) if "total_current_assets" in item.concepts
                          and normalise_label(item.label).startswith("total")), None)
    if current_total is not None:
        assets = next((at for at, item in enumerate(items) if at > current_total and "total_assets" in item.concepts),
                      len(items))
        beyond.update(range(current_total + 1, assets))
    return beyond


def _cents_among_whole_figures(row: RawRow, table: RawTable, keep: list[int]) -> bool:
    """An unlabelled row every figure of which is printed to the cent, in a table most of whose rows print
    whole figures: figures a share wrapped away from their label ("Diluted   $ 0.11" / "$ 0.12" a line and a
    column on, as a browser's PDF wraps each cell), never thousands of dollars (round 667: printed as an
    amount of 120). A table in millions to the cent prints its every row so, and its unlabelled totals stay
    amounts."""
    if row.label.strip() or not _in_cents(row, keep):
        return False
    filled = [other for other in table.rows if any(other.cells[i] is not None for i in keep)]
    whole = sum(1 for other in filled if not any((cell := other.cells[i]) is not None and _POINTED.search(cell.text)
                                                 for i in keep))
    return whole * 2 > len(filled)


def _costs_named_among_the_revenue(items: list[LineItem]) -> list[LineItem]:
    """A line under the revenue heading named like a cost ("Revenue:" / "Royalties" / "Product sales" /
    "Research and development"), where a line outside it claims the same cost: a kind of revenue (from
    collaborations), and the other line is the cost (round 389: the revenue line had been printed as the R&D
    expense, verified by the revenue's footing). Alone, such a line keeps its claim: a layout that cannot
    close the revenue section (w3m, a PDF) leaves the costs under it."""
    claimed_outside = {concept for item in items if not _REVENUE_HEADING.match(normalise_label(item.section))
                       for concept in item.concepts}
    # A line above the revenue's total is one of the revenues it adds up, heading or none (round 397: a
    # statement printing no "Revenues:" heading)
    total = next((i for i, item in enumerate(items) if "revenue" in item.concepts
                  and normalise_label(item.label).startswith("total")), -1)
    return [dataclasses.replace(item, concepts=tuple(c for c in item.concepts if c not in _COSTS or (
                c not in claimed_outside and at > total)))
            if _COSTS & set(item.concepts) and (_REVENUE_HEADING.match(normalise_label(item.section)) or at < total)
            else item for at, item in enumerate(items)]


# The chain above the net result: a line claiming one of these after the net result and its share counts is
# a memo of the company's own measure, not the statement's line (a summary may print revenue after the EPS).
_ABOVE_THE_RESULT = frozenset({"revenue", "cost_of_revenue", "gross_profit", "total_operating_expenses",
                               "operating_income", "income_before_taxes"})
_SHARE_COUNTS = frozenset({"shares_basic", "shares_diluted"})
_TAXED = frozenset({"income_before_taxes", "income_tax"})


def _memos_after_the_share_counts(items: list[LineItem]) -> list[LineItem]:
    """A statement runs from revenue down to the net result, then its per-share data and share counts; a line
    after the net result and a share count claiming the chain above the result is a memo ("Operating income
    (1)" under an insurer's share counts, its footnote "net income excluding net realized gains": round 340,
    where the result chain had summed the per-share rows into it and, failing, held back the whole
    statement). It keeps its figures, not the claim.

    Runs after `_segments_net_results_apart`: the net result it measures from is the company's, a segment's set
    apart."""
    result = next((i for i, item in enumerate(items) if "net_income" in item.concepts), None)
    if result is None:
        return items
    shares = next((i for i in range(result + 1, len(items)) if _SHARE_COUNTS & set(items[i].concepts)), None)
    if shares is None:
        # ... or with no share counts, after a result whose pre-tax result or tax the statement printed above it:
        # the chain is whole, and an operating result under it is a measure of the company's own (round 578:
        # an insurer's "Operating income (1)" straight under "Net income" less its realized gains)
        if not any(_TAXED & set(item.concepts) for item in items[:result]):
            return items
        shares = result
    return [*items[: shares + 1], *(
        _with_concepts(item, tuple(c for c in item.concepts if c not in _ABOVE_THE_RESULT))
        if _ABOVE_THE_RESULT & set(item.concepts) else item for item in items[shares + 1:])]


def _segments_revenue_apart(items: list[LineItem]) -> list[LineItem]:
    """"Revenues" under "Homebuilding:" and again under "Financial services:" (`_segments_revenues`): each is
    a segment's, and the company's total is not printed (round 332: the first segment's had been printed as
    the company's revenue)."""
    if not _segments_revenues(items):
        return items
    return [_with_concepts(item, tuple(c for c in item.concepts if c != "revenue")) for item in items]


# What a segment's section may print of its own, under the company's words for it
_SEGMENT_RESULTS = frozenset({"cost_of_revenue", "gross_profit", "research_and_development",
                              "selling_general_administrative", "total_operating_expenses", "operating_income",
                              "income_before_taxes"})
# Segments and their lines a company total may add up (one line from each segment's section)
_MOST_SEGMENTS = 4
_MOST_SUMS = 4096


def _segments_lines_apart(items: list[LineItem]) -> list[LineItem]:
    """Sections that each print a revenue line of their own ("Homebuilding:" / "Revenues" ... "Operating
    income (loss)", then "Financial services:" / "Revenues" ... "Financial services pretax income") are the
    segments': a cost or a result named in one is the segment's, not the company's (round 437: the
    homebuilding operating loss had been printed as the company's, which the release never prints). A line
    under a segment's section that adds up one line of each segment ("Total pretax income (loss)", read
    under the last section it follows) is the company's: the arithmetic decides, not its place."""
    sections = _segment_sections(items)
    if len(sections) < 2:
        return items
    by_section = {section: [item for item in items if item.section == section and item.kind == "amount"]
                  for section in sections}
    return [_the_segments_line(item) if item.section in sections and _SEGMENT_RESULTS & set(item.concepts)
            and not _adds_up_the_segments(item, by_section) else item for item in items]


# A result the company's own section prints and a segment's section names again for the segment.
_NET_RESULTS = frozenset({"net_income", "net_income_to_common"})


def _segments_net_results_apart(items: list[LineItem]) -> list[LineItem]:
    """Sections that each print a revenue line (`_segment_sections`), one of them printing the net result
    ("Consolidated" / "Operating Revenues" ... "Net Income As Reported", then "Alabama Power" / "Operating
    Revenues" ... "Net Income Available to Common"): a net result named under any other of those sections is
    that business's, not the company's (UI-45: a utility's financial overview, its subsidiary's 66 had been
    read as the company's net income to common). Where the net results all stand under one section (a
    homebuilder's lines after its last segment's, under its heading) nothing changes."""
    sections = _segment_sections(items)
    if len(sections) < 2:
        return items
    holding = {item.section for item in items if item.section in sections and "net_income" in item.concepts}
    if len(holding) != 1:
        return items
    return [_with_concepts(item, tuple(c for c in item.concepts if c not in _NET_RESULTS))
            if item.section in sections and item.section not in holding and _NET_RESULTS & set(item.concepts)
            else item for item in items]


def _segments_balances_apart(items: list[LineItem]) -> list[LineItem]:
    """A balance sheet printed by business ("Homebuilding:" / "Cash and cash equivalents" ... "Financial
    services:" / "Cash and cash equivalents"): a line whose very words stand under two such sections is each
    business's, and the company's own figure (their sum) is not printed; neither line is the company's
    (round 498: the homebuilding cash had been printed as the company's cash)."""
    def a_business(item: LineItem) -> bool:
        return bool(item.section) and BALANCE_SECTION_WORDS.search(item.section) is None

    claims: dict[tuple[str, str], set[str]] = {}
    for item in filter(a_business, items):
        for concept in item.concepts:
            claims.setdefault((concept, normalise_label(item.label)), set()).add(item.section)
    shared = {key for key, sections in claims.items() if len(sections) > 1}
    if not shared:
        return items
    return [_with_concepts(item, tuple(c for c in item.concepts if (c, normalise_label(item.label)) not in shared))
            if a_business(item) else item for item in items]


def _the_segments_line(item: LineItem) -> LineItem:
    """The line without the company's concepts, and with the sign it was printed with where only its concept
    of an expense had made a deduction positive: beside "Construction and land costs (1,301,227)" in the
    same block, "Selling, general and administrative expenses (156,011)" had been shown as +156,011."""
    line = _with_concepts(item, tuple(c for c in item.concepts if c not in _SEGMENT_RESULTS))
    if item.concept in EXPENSE_CONCEPTS and _printed_as_deductions(item):
        return negated(line)
    return line


def _printed_as_deductions(item: LineItem) -> bool:
    """Whether every figure the line holds is positive while every figure printed on its row was in
    parentheses or after a minus sign."""
    printed = [text.strip() for text in item.cells if any(ch.isdigit() for ch in text)]
    present = [v for v in item.values if v is not None and v != 0]
    return bool(printed) and bool(present) and all(v > 0 for v in present) and all(
        text.startswith(("(", "-", "\u2212", "$(", "$ (")) for text in printed)


def _segment_sections(items: Sequence[LineItem]) -> list[str]:
    """The sections, named and not the revenue heading itself nor a heading of costs ("Cost of revenue:" over
    "Total cost of revenue"), that each print a line named for revenue."""
    named = [item.section for item in items if item.kind == "amount" and item.section and (
        "revenue" in item.concepts or _REVENUE_NAME.search(normalise_label(item.label)))
        and not COST_WORDS.search(normalise_label(item.label))]
    return [section for section in dict.fromkeys(named) if not _REVENUE_HEADING.match(normalise_label(section))
            and not COST_WORDS.search(normalise_label(section))]



def _adds_up_the_segments(line: LineItem, by_section: dict[str, list[LineItem]]) -> bool:
    """Whether the line is, in every column it prints, the sum of one other line from each segment's
    section (the search stops short where the segments and their lines are too many to try)."""
    choices = [[item for item in lines if item is not line] for lines in by_section.values()]
    if len(choices) > _MOST_SEGMENTS or math.prod(len(c) for c in choices) > _MOST_SUMS:
        return False
    columns = [c for c, value in enumerate(line.values) if value is not None]
    if not columns:
        return False
    return any(all(all(item.values[c] is not None for item in pick)
                   and sum((item.values[c] or Decimal(0) for item in pick), Decimal(0)) == line.values[c]
                   for c in columns) for pick in itertools.product(*choices))


def _segments_revenues(items: Sequence[LineItem]) -> bool:
    """Whether the lines named for revenue stand under two or more segments' sections, none without a section
    or under the revenue heading itself, and none adds up the others: the segments' revenues alone."""
    named = [item for item in items if item.kind == "amount" and (
        "revenue" in item.concepts or _REVENUE_NAME.search(normalise_label(item.label)))]
    # (a total under the revenue heading itself, "Revenues:" / ... / "Total revenues", is the company's; one
    # under a segment's name, "Homebuilding:" / ... / "Total revenues", the segment's: round 334)
    sections = [item.section for item in named]
    if len(named) < 2 or "" in sections or len(set(sections)) < 2 or any(
            _REVENUE_HEADING.match(normalise_label(section)) for section in sections):
        return False
    # nor where one of them adds up the others: the company's total, whatever section it was read under (a
    # line is the sum of the others where it is half the sum of them all, in every column all of them print)
    columns = [c for c in range(len(named[0].values)) if all(item.values[c] is not None for item in named)]
    sums = {c: sum((item.values[c] or Decimal(0) for item in named), Decimal(0)) for c in columns}
    return not columns or not any(all(2 * (line.values[c] or Decimal(0)) == sums[c] for c in columns)
                                  for line in named)


def _taxes_in_parts(items: list[LineItem]) -> list[LineItem]:
    """"Federal income taxes" straight above "State income taxes": each a part of the tax, neither the whole
    (the first had been printed as the company's income tax, the net result check passing through both). A
    total below them, if printed, is the tax. So too tax lines standing in different sections with no total
    of them printed (`_taxes_in_sections`)."""
    taxes = [index for index, item in enumerate(items) if "income_tax" in item.concepts and not item.is_total]
    parts = {index for index in taxes if index + 1 in taxes or index - 1 in taxes} | _taxes_in_sections(items, taxes)
    return [_with_concepts(item, tuple(c for c in item.concepts if c != "income_tax")) if index in parts else item
            for index, item in enumerate(items)]


def _taxes_in_sections(items: list[LineItem], taxes: list[int]) -> set[int]:
    """The places of tax lines standing in two or more sections, no total of them printed: a utility's
    "Federal and state income taxes" among its operating expenses and "Income taxes on other income
    (deductions)" among its other income, the company's tax the sum of both (round 730: the operating part had
    been printed as the whole tax, verified, the net result check passing through both). Neither is the whole,
    and with no total printed the reader holds the tax back rather than add them up itself."""
    if len({items[index].section for index in taxes}) < 2 or any(
            "income_tax" in item.concepts and item.is_total for item in items):
        return set()
    return set(taxes)


def _other_income_after_its_tax(items: list[LineItem]) -> list[LineItem]:
    """A total of other income whose section holds a line of income tax ("Other Income and Deductions" / ... /
    "Income taxes on other income (deductions)" / "Total Other Income and Deductions", as utilities print it) is
    that income after its tax: no non-operating income, which lies before the tax (round 730: it had been
    printed as the non-operating income, verified, the tax on it inside).

    Runs before `_taxes_in_parts`, which takes the claim away from a tax on other income: here that claim still says
    the total holds a tax."""
    return [_with_concepts(item, tuple(c for c in item.concepts if c != "nonoperating_income"))
            if "nonoperating_income" in item.concepts and item.is_total
            and any("income_tax" in part.concepts for part in _lines_its_total_closes(items, index)) else item
            for index, item in enumerate(items)]


def _lines_its_total_closes(items: Sequence[LineItem], total: int) -> list[LineItem]:
    """The lines above a total under the same named section, back to the section's start or the total before
    it: the lines it adds up."""
    section = items[total].section
    start = total
    while section and start > 0 and items[start - 1].section == section and not items[start - 1].is_total:
        start -= 1
    return list(items[start:total])


def _eps_only_of_the_net_result_above(items: list[LineItem]) -> list[LineItem]:
    """A figure a share whose words name no result (vocabulary.BARE_FIGURE_A_SHARE: "Per share - basic and
    diluted") is the figure a share of the line above it, or of the heading it stands under: an EPS only where
    that is the net result or a part of it EPS is taken of (`_result_above`); under any other line ("Funds from
    operations", "Dividends declared") it is no EPS, printed with no concept. Round 736: a highlights table's
    FFO per share, printed first, had been read as the EPS; where no line above says whose figure it is, the
    statement holds it back (`eps_of_an_untold_result`).

    Runs first of a statement of operations' own passes, before `_counts_under_their_eps` pairs counts with the EPS
    lines and `_unique_concepts` keeps one line a concept: a figure a share of another measure claims neither."""
    return [_with_concepts(item, tuple(c for c in item.concepts if not c.startswith("eps_")))
            if _eps_of_no_named_result(item) and _result_above(items, index) == "other" else item
            for index, item in enumerate(items)]


def eps_of_an_untold_result(items: Sequence[LineItem]) -> tuple[LineItem, ...]:
    """The EPS lines whose words name no result with no line above them to say whose figure a share they are
    (a per-share block opening the table): held back, the result they divide untold."""
    return tuple(item for index, item in enumerate(items)
                 if _eps_of_no_named_result(item) and _result_above(items, index) is None)


def _eps_of_no_named_result(item: LineItem) -> bool:
    """An EPS line whose own words and heading name no result: "Per share - basic and diluted" under
    "FINANCIAL" or "Per share data:" (a heading naming a result, "Net earnings:", says whose figure it is)."""
    if not any(concept.startswith("eps_") for concept in item.concepts):
        return False
    return _bare_figure_a_share(item.label) and not _A_RESULT_WORD.search(item.section)


def _bare_figure_a_share(label: str) -> bool:
    return BARE_FIGURE_A_SHARE.match(normalise_label(strip_qualifiers(label))) is not None


def _result_above(items: Sequence[LineItem], index: int) -> str | None:
    """Whose figure a share the bare per-share line at `index` is: "net" where its heading or the line above it
    (past the other bare per-share lines and the share counts of its block) is the net result, a part of it EPS
    is taken of ("Income from continuing operations") or an EPS line; "other" under a heading naming another
    measure a share ("Funds from operations:") or after any other line; None where no line is above it."""
    section = items[index].section
    if section and not PER_SHARE_HEADING.search(section) and match_concept(f"{section} per share") is None:
        return "other"
    for above in reversed(items[:index]):
        if above.kind == "shares" or (above.kind == "per_share" and _bare_figure_a_share(above.label)):
            continue
        if set(above.concepts) & (_NET_RESULTS | _EPS) or _PART_OF_RESULT.search(above.label):
            return "net"
        return "other"
    return None


_EPS = frozenset({"eps_basic", "eps_diluted"})


def _per_share_block_goes_on(row: RawRow, items: list[LineItem]) -> bool:
    """Whether a row out of its per-share heading's section is still one of its figures a share: the line
    above is a figure a share under such a heading, this one is in cents too, and its words repeat a line
    of the statement printed above as an amount ("Net income", "Cumulative effect of change in accounting
    principle")."""
    above = items[-1]
    # every figure the row prints, kept or not: a line of dashes in the kept columns is still a line in cents
    if row.section or above.kind != "per_share" or not per_share_line(above.section) or not _in_cents(
            row, list(range(len(row.cells)))):
        return False
    words = normalise_label(row.label)
    return any(item.kind == "amount" and (normalise_label(item.label).startswith(words) or words.startswith(
        normalise_label(item.label))) for item in items)


# A count's words naming which count it is; "common equivalent shares" alone only suggest the diluted one.
_NAMES_ITS_COUNT = re.compile(r"\b(?:basic|primary|diluted|dilutive|dilution)\b")


def _counts_under_their_eps(items: list[LineItem]) -> list[LineItem]:
    """Two share counts, each printed right under the figure a share it divides, their words naming no one
    count ("Primary $0.24" / "Average common and common equivalent shares 12,418", then "Fully diluted $0.24" /
    the same words 12,466): each is its figure's count, basic under primary, diluted under fully diluted. By
    their words alone both had been the diluted count, the first printed so and the second dropped (round 275).

    Runs after `_eps_only_of_the_net_result_above`: the figures a share it pairs counts with are the EPS lines that
    pass left."""
    pairs: dict[str, int] = {}
    for index in range(1, len(items)):
        item = items[index]
        eps = {"eps_basic", "eps_diluted"} & set(items[index - 1].concepts)
        if ({"shares_basic", "shares_diluted"} & set(item.concepts) and len(eps) == 1
                and not _NAMES_ITS_COUNT.search(normalise_label(item.label))):
            pairs.setdefault(eps.pop().replace("eps", "shares"), index)
    if len(pairs) != 2:
        return _alike_counts_by_size(items)
    result = list(items)
    for wanted, index in pairs.items():
        result[index] = _as_count(items[index], wanted)
    return result


def _as_count(item: LineItem, wanted: str) -> LineItem:
    """The item as the one share count `wanted` names (basic or diluted), whatever counts its words claimed."""
    return _with_concepts(item, (*(c for c in item.concepts if not c.startswith("shares_")), wanted))


def _counted_under_its_heading(row: RawRow, label: str, keep: Sequence[int]) -> bool:
    """A line naming a basis under a heading that names a count of shares ("Weighted Average Number of
    Ordinary Shares Outstanding:" / "  Basic — Non-GAAP   158,095"): a count, at the statement's share scale,
    never thousands of dollars, whatever measure its other words name (round UI-50: two non-GAAP counts had
    been printed as money); that measure is the company's, so it takes no concept. A line naming no basis
    ("Adjusted operating profit" under the counts, a flat layout leaving their heading open), a figure a
    share or one in the currency is no count."""
    return (names_share_count(row.section) and _NAMES_BASIC_OR_DILUTED.search(normalise_label(row.label)) is not None
            and not per_share_line(label) and not _in_cents(row, keep)
            and not any((cell := row.cells[i]) is not None and cell.has_currency for i in keep))


def _alike_counts_by_size(items: list[LineItem]) -> list[LineItem]:
    """Two share counts in the same words, naming no count ("Weighted average shares outstanding" above the
    basic and diluted EPS lines and again under them), beside a basic and a diluted EPS: the diluted count is
    never the smaller, so the one at or under the other in every column, and under it in one, is basic (round
    284: the second count, by its words the first's twin, had been dropped)."""
    concepts = {c for item in items for c in item.concepts}
    if not {"eps_basic", "eps_diluted"} <= concepts:
        return items
    alike: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        label = normalise_label(item.label)
        counts = bool({"shares_basic", "shares_diluted"} & set(item.concepts)) or (
            item.kind == "shares" and not item.concepts and names_share_count(item.label)
            and not counts_shares_on_a_day(item.label, item.section))
        if counts and not _NAMES_ITS_COUNT.search(label):
            alike.setdefault(label, []).append(index)
    twins = [indexes for indexes in alike.values() if len(indexes) == 2]
    if len(twins) != 1:
        return items
    first, second = twins[0]
    pairs = [(a, b) for a, b in zip(items[first].values, items[second].values, strict=True)
             if a is not None and b is not None]
    if not pairs or not (all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)) or all(
            a == b for a, b in pairs):
        return items
    basic, diluted = (first, second) if all(a <= b for a, b in pairs) else (second, first)
    result = list(items)
    for index, wanted in ((basic, "shares_basic"), (diluted, "shares_diluted")):
        result[index] = _as_count(items[index], wanted)
    return result


def _primary_count_by_the_arithmetic(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """One count of "common and common equivalent shares" (read as diluted by its words) under "Primary" and
    "Fully diluted" figures a share: APB 15's primary figure divides it, and the fully diluted one a count
    the release does not print. Where the primary figure times the count is the net result in every column,
    to half a cent a share, and the fully diluted one's is not in some column, it is the basic count (round
    555: printed as the diluted count, it had failed the fully diluted figure's check and held it back).

    Its order with `_count_of_a_lone_eps` is free (this one needs a basic and a diluted EPS on two lines, that one
    one line serving both); it reads the result lines before `_shares_of_a_bare_loss` turns the signs of the shares
    under "Attributable to:", the company's share among them."""
    counts = [item for item in items if {"shares_basic", "shares_diluted"} & set(item.concepts)]
    basic = [item for item in items if "eps_basic" in item.concepts]
    diluted = [item for item in items if "eps_diluted" in item.concepts]
    result = next((item for item in items if "net_income_to_common" in item.concepts), None) or next(
        (item for item in items if "net_income" in item.concepts), None)
    if (len(counts) != 1 or set(counts[0].concepts) & {"shares_basic"} or len(basic) != 1 or len(diluted) != 1
            or basic[0] is diluted[0] or result is None or "dilut" in counts[0].label.lower()):
        return items

    def fits(eps: LineItem) -> list[bool]:
        return [abs(per * count - earned) <= EPS_ROUNDING * count
                for per, count, earned in zip(eps.values, counts[0].values, result.values, strict=True)
                if per is not None and count is not None and earned is not None and count > 0]

    primary, fully = fits(basic[0]), fits(diluted[0])
    if not primary or not all(primary) or all(fully):
        return items
    return tuple(_as_count(item, "shares_basic") if item is counts[0] else item for item in items)


def _count_of_a_lone_eps(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A release before SFAS 128 printing one "Net income per share" (read as basic and diluted alike) over
    one count of "common and common equivalent shares" (read as diluted by its words): the count serves both,
    as the figure it divides does (round 226: the basic count had been missing, its EPS left unchecked).

    Its order with `_primary_count_by_the_arithmetic` is free: that pass needs two EPS lines, this one a single line
    serving both."""
    eps = [item for item in items if {"eps_basic", "eps_diluted"} & set(item.concepts)]
    counts = [item for item in items if {"shares_basic", "shares_diluted"} & set(item.concepts)]
    if (len(eps) != 1 or not {"eps_basic", "eps_diluted"} <= set(eps[0].concepts) or len(counts) != 1
            or set(counts[0].concepts) & {"shares_basic"} or "dilut" in counts[0].label.lower()):
        return items  # ("Average diluted equivalent common shares" says which count it is)
    return tuple(_with_concepts(item, ("shares_basic", *item.concepts)) if item is counts[0] else item
                 for item in items)


def _shares_of_a_bare_loss(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """The lines under "Attributable to:" share out the result above them, and a release that prints its
    "NET LOSS" bare prints their shares bare too ("Equity holders of the Company 14,696", "Non-controlling
    interests 76" under "NET LOSS 14,772"): where every share is printed positive, the result was read
    negative, and the shares add up to it only negated, each is negated, column by column.

    It reads no concept, only the heading and the figures; it runs before `_common_straight_after_the_tax`, whose
    arithmetic takes the company's share with the sign this pass gives it."""
    result = None
    shares: list[int] = []
    turned = list(items)
    for index, item in enumerate([*items, None]):
        if item is not None and ATTRIBUTABLE_HEADING.match(item.section) and item.kind == "amount":
            shares.append(index)
            continue
        if result is not None and shares:
            for column in _loss_columns_shared(items[result], [items[i] for i in shares]):
                for i in shares:
                    turned[i] = with_values(turned[i], tuple(
                        -v if c == column and v is not None else v for c, v in enumerate(turned[i].values)))
        shares = []
        result = index if item is not None and item.kind == "amount" else None
    return tuple(turned)


def _loss_columns_shared(result: LineItem, shares: list[LineItem]) -> list[int]:
    """The columns whose shares (a total under them left out of the sum) add up to the result negated."""
    columns = []
    for column, total in enumerate(result.values):
        printed = [share.values[column] for share in shares if not share.is_total]
        parts = [part for part in printed if part is not None and part > 0]
        if total is not None and total < 0 and parts and len(parts) == len(printed) and sum(parts) == -total:
            columns.append(column)
    return columns


def _of_another_period(label: str) -> bool:
    """A row whose label names the period its figures are of ("Combined ratio - prior year month"): no
    column's date is theirs, and no column prints the period they are of beside them."""
    named = OTHER_PERIOD_ROW.search(label)
    return named is not None and COMPARISON_WORD.search(label, 0, named.start()) is None


def _common_straight_after_the_tax(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A statement whose only result line is "Net income attributable to common stockholders" (Yelp: no
    "Net income" line above it) prints the net income under that name where the income before taxes less
    the tax comes to it in every column: nothing (no preferred dividend, no minority's share) lies between.

    Runs after `_pretax_by_the_arithmetic` and `_tax_by_the_arithmetic` (the pre-tax line and the tax it starts
    from) and `_shares_of_a_bare_loss` (the share's sign), and before the passes that check a top line against the
    net result it names (`_sole_revenue_line`, `_unlabelled_revenue_total`)."""
    if any("net_income" in item.concepts for item in items):
        return items
    common = first_index(items, "net_income_to_common")
    pretax, tax = first_index(items, "income_before_taxes"), first_index(items, "income_tax")
    if common is None or pretax is None or tax is None or not pretax < tax < common:
        return items
    columns = [(p, t, n) for p, t, n in zip(items[pretax].values, items[tax].values, items[common].values, strict=True)
               if p is not None and t is not None and n is not None]
    if not any(t for _, t, _ in columns) or not (all(p - t == n for p, t, n in columns)
                                                 or all(p + t == n for p, t, n in columns)):
        return items
    line = items[common]
    return (*items[:common], _with_concepts(line, ("net_income", *line.concepts)), *items[common + 1 :])


def _tax_by_the_arithmetic(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A tax line no income-tax phrase names ("U.S. gross transportation tax", "Taxes", "Zakat") is the income
    tax where it is the one line between the income before taxes and the net income and takes the one to the
    other in every column (round 666: a shipowner's only tax line had been left without a concept, the net
    result check passing through it). A tax printed elsewhere (excise, payroll, "taxes other than income
    taxes" among the costs) never stands there.

    Its order with `_pretax_by_the_arithmetic` is free (that pass names a pre-tax line only where a tax line stands,
    this one a tax only where none does); it runs before `_common_straight_after_the_tax`, which takes the tax it
    names."""
    if first_index(items, "income_tax") is not None:
        return items
    pretax = first_index(items, "income_before_taxes")
    if pretax is None:
        return items
    net = next((i for i in range(pretax + 1, len(items)) if "net_income" in items[i].concepts), None)
    between = [] if net is None else [i for i in range(pretax + 1, net) if items[i].kind == "amount"]
    if net is None or len(between) != 1:
        return items
    line = items[between[0]]
    words = matched_form(line.label)
    if line.concepts or not A_TAX_WORD.search(words) or NET_OF_THE_TAX.search(words):
        return items
    if not any(line.values) or not _takes_to(items[pretax], line, items[net]):
        return items
    return (*items[:between[0]], _with_concepts(line, ("income_tax",)), *items[between[0] + 1 :])


def _pretax_by_the_arithmetic(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A subtotal printed without words right above the income tax ("Income (loss) from operations" / "Other
    income (expense), net" / a rule / "11,432" / "Income tax benefit (expense)  (240)") is the income before
    taxes where the operating result and the lines between come to it, and it and the tax to the net result,
    in every column; named as the gross profit's unworded subtotal is (`_gross_profit_by_the_arithmetic`), by
    the arithmetic, never by its place alone. Left unnamed, the chain had run from the operating result to the
    net result through it, added up under no reading, and left the tax's sign to its parentheses (round 678:
    a provision printed "(240)" under "Income tax benefit (expense)" had been stored as a benefit).

    Runs first once one line is kept a concept: `_common_straight_after_the_tax`, `_nonoperating_whole` and the
    passes that check a top line against a result below the costs read the pre-tax line it names."""
    if first_index(items, "income_before_taxes") is not None:
        return items
    operating, tax = first_index(items, "operating_income"), first_index(items, "income_tax")
    net = first_index(items, "net_income")
    if operating is None or tax is None or net is None or not operating < tax < net:
        return items
    line = next((i for i in range(tax - 1, operating, -1) if items[i].kind == "amount"), None)
    if line is None or items[line].concepts or items[line].label.strip():
        return items
    between = [items[i] for i in range(operating + 1, line) if items[i].kind == "amount"]
    if not any(v for item in between for v in item.values) or not any(items[tax].values):
        return items
    if not (_comes_to(items[operating], between, items[line]) and _takes_to(items[line], items[tax], items[net])):
        return items
    named = dataclasses.replace(items[line], label="Income before income taxes", is_total=True)
    return (*items[:line], _with_concepts(named, ("income_before_taxes",)), *items[line + 1 :])


def _comes_to(start: LineItem, between: Sequence[LineItem], result: LineItem) -> bool:
    """Whether `start` and the lines between, each added or taken off as one reading for every column, are
    `result` exactly; a total of those lines printed last ("Total other income (expense)") stands for them."""
    readings = [between] if len(between) < 2 or not between[-1].is_total else [between, between[-1:]]
    return any(bridge_signs(start, lines, result, Decimal(0), frozenset()) is not None for lines in readings)


def _takes_to(start: LineItem, line: LineItem, result: LineItem) -> bool:
    """Whether `start` less `line`, or `start` and `line` added (a tax printed as a deduction, "(48)"), is
    `result` in every column that prints all three, one reading for all columns."""
    columns = [(s, v, r) for s, v, r in zip(start.values, line.values, result.values, strict=True)
               if s is not None and v is not None and r is not None]
    return bool(columns) and (all(s - v == r for s, v, r in columns) or all(s + v == r for s, v, r in columns))


def _nonoperating_whole(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Non-operating income is all that lies between the operating result and income before taxes: a line
    claims it only where it is that whole, the one line there or their total. "Interest expense, net
    (95)" above "Other income, net 12" is a part of it, not it.

    Runs after `_pretax_by_the_arithmetic` (the pre-tax line that ends what lies between) and before
    `_net_operating_income_by_the_arithmetic`: it reads the operating result as the words named it, and a line with
    no operating result named above it keeps no claim."""
    at = {c: first_index(items, c)
          for c in ("operating_income", "nonoperating_income", "income_before_taxes")}
    start, line, end = at["operating_income"], at["nonoperating_income"], at["income_before_taxes"]
    if line is None:
        return items
    if start is None or line < start:
        # No operating result above it (a bank's "Total other income" is its fee income), or printed
        # above the operating result (among the operating items): not what lies between.
        item = items[line]
        return (*items[:line], _with_concepts(item, tuple(c for c in item.concepts if c != "nonoperating_income")),
                *items[line + 1 :])
    if end is None and line > start:
        # No pre-tax line (a company with no tax to pay): the next result ends what lies between ("Loss
        # before cumulative effect of ...", or the net result).
        end = next((i for i in range(line + 1, len(items)) if items[i].kind == "amount" and (
            "net_income" in items[i].concepts or is_result_line(items[i].label))), None)
    if end is None or not start < line < end:
        return items
    between = [i for i in range(start + 1, end) if items[i].kind == "amount"]
    if len(between) == 1 or (between[-1] == line and (normalise_label(items[line].label).startswith("total")
                                                      or _footed_close_of_the_block(items, between))):
        return items
    item = items[line]
    return (*items[:line], _with_concepts(item, tuple(c for c in item.concepts if c != "nonoperating_income")),
            *items[line + 1 :])


def _footed_close_of_the_block(items: tuple[LineItem, ...], between: list[int]) -> bool:
    """Whether the last line of the block between the operating result and the pre-tax line is set under a rule
    and foots the lines above it in the block: the block's whole, whatever its words ("Other income (expense):" /
    "Interest expense (800)" / "Interest income 450" / "Other expense, net (350)" under its rule, round 723: taken
    for a part, it had claimed no concept)."""
    last = items[between[-1]]
    parts = [items[i] for i in between[:-1]]
    return last.is_total and len(parts) >= 2 and matching_run(parts, last) == parts


def _gross_profit_by_the_arithmetic(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A miner's gross result named for the mine ("Mine operating earnings" under the cost of sales' subtotal,
    round 648), or a gross margin named for the business ("Homebuilding gross margin", round 660), is the gross
    profit where it is the first line after the cost of revenue and revenue less that cost leaves it in every
    column; the words alone could name any operating result or a segment's, so the arithmetic decides. So is
    a subtotal printed there without words (round 676: "Net revenues" / "Cost of revenues" / "10,335" over
    the operating expenses), named as the balance sheet's unworded totals are (`_unlabelled_grand_totals`):
    by the arithmetic, never by its place alone.

    Runs after `_commodity_cost_alone` (the cost it takes the gross profit from) and before every pass that reads
    the gross profit (`_revenue_by_the_gross_profit`, `_sole_cost_above_gross_profit`, `_sole_expenses_line`,
    `_revenue_the_gross_profit_starts_from`). It reads the revenue only as the words named it."""
    if first_index(items, "gross_profit") is not None:
        return items
    revenue, cost = first_index(items, "revenue"), first_index(items, "cost_of_revenue")
    if revenue is None or cost is None or not revenue < cost:
        return items
    after = next((i for i in range(cost + 1, len(items)) if items[i].kind == "amount"), None)
    if after is None or items[after].concepts:
        return items
    line = items[after]
    unworded = not line.label.strip()
    if not (unworded or _names_a_gross_result(line.label)) or not _leaves_gross_profit(
            items[revenue], items[cost], line):
        return items
    named = dataclasses.replace(line, label="Gross profit", is_total=True) if unworded else line
    return (*items[:after], _with_concepts(named, ("gross_profit",)), *items[after + 1 :])


def _names_a_gross_result(label: str) -> bool:
    text = matched_form(label)
    return bool(MINE_GROSS_RESULT.match(text) or PART_GROSS_RESULT.match(text))


_END_OF_THE_COSTS = frozenset({"total_operating_expenses", "operating_income", "income_before_taxes", "net_income"})


def _commodity_cost_alone(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A gas utility's "Cost of gas", a midstream partnership's "Cost of natural gas and NGLs purchased", a media
    company's "Operating (excludes depreciation and amortization)" (rounds 650, 658) is the cost of revenue where
    it is the one line among the costs below the revenue that buys what is sold; beside "Fuel" or "Purchased
    power" it is a part of that cost, and no line is all of it (round 652's utility keeps none).

    Runs after the results' passes (the pre-tax line ends the costs it looks among) and before
    `_gross_profit_by_the_arithmetic`, which takes the gross profit from the cost it names, and
    `_sole_cost_above_gross_profit`, which names a cost only where no line holds one. It reads the revenue only as
    the words named it: the passes naming it by the arithmetic run later."""
    revenue = first_index(items, "revenue")
    if revenue is None or first_index(items, "cost_of_revenue") is not None:
        return items
    end = next((i for i in range(revenue + 1, len(items)) if set(items[i].concepts) & _END_OF_THE_COSTS), len(items))
    costs = [i for i in range(revenue + 1, end) if items[i].kind == "amount"]
    found = [i for i in costs if not items[i].concepts
             and COMMODITY_COST_LINE.match(matched_form(items[i].label))]
    if len(found) != 1 or any(OTHER_PURCHASE_LINE.match(matched_form(items[i].label))
                              for i in costs if i != found[0]):
        return items
    return (*items[:found[0]], _with_concepts(items[found[0]], ("cost_of_revenue",)), *items[found[0] + 1 :])


def _revenue_the_gross_profit_starts_from(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Where revenue less cost of revenue is not the gross profit printed, and a later line named for
    revenue or sales above the cost is ("Sales / Less: excise taxes / Net sales"), that line is the revenue:
    the words allow both readings, the arithmetic decides.

    Runs once the revenue, the cost and the gross profit are named, by words or the passes above: it only moves the
    revenue down to a later line, before the passes that check costs against the revenue."""
    at = {c: first_index(items, c)
          for c in ("revenue", "cost_of_revenue", "gross_profit")}
    revenue, cost, gross = at["revenue"], at["cost_of_revenue"], at["gross_profit"]
    if revenue is None or cost is None or gross is None or not revenue < cost < gross:
        return items

    if _leaves_gross_profit(items[revenue], items[cost], items[gross]):
        return items
    later = [i for i in range(revenue + 1, cost) if items[i].kind == "amount" and not items[i].concepts
             and _REVENUE_WORD.search(items[i].label) and _leaves_gross_profit(items[i], items[cost], items[gross])]
    if len(later) != 1:
        return items
    result = list(items)
    result[revenue] = _with_concepts(items[revenue], tuple(c for c in items[revenue].concepts if c != "revenue"))
    result[later[0]] = _with_concepts(items[later[0]], ("revenue",))
    return tuple(result)


def _revenue_beside_the_gross_profit(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A line of revenue printed after the gross profit, before the operating expenses ("Product revenue" /
    "Cost of product revenue" / "Gross profit on product revenue" / "Government contract revenue" / "Operating
    expenses:", round 704), that the operating result takes in (gross profit plus it less the expenses is the
    result in every column) bears no cost of its own: the revenue above the cost is a part of the company's
    revenue, never all of it. The statement prints no total of them (a total would carry the concept by its own
    words), so the revenue is the lines added up, named so, where the part less its cost (or costs) is the gross
    profit too (the arithmetic then vouches for every term); else it is held back, no part printed as the whole.
    The words (vocabulary.REVENUE_AFTER_THE_GROSS_PROFIT) could name other income, so the arithmetic decides.

    Runs after every pass that names or moves the revenue: it may set the revenue apart and add a line (their sum),
    moving the places of the lines after it."""
    at = {c: first_index(items, c) for c in ("revenue", "cost_of_revenue", "gross_profit", "operating_income")}
    revenue, cost, gross, operating = at["revenue"], at["cost_of_revenue"], at["gross_profit"], at["operating_income"]
    if revenue is None or gross is None or operating is None or not revenue < gross < operating or (
            cost is not None and not revenue < cost < gross):
        return items
    parts = _revenue_lines_after_the_gross_profit(items, gross, operating)
    if not parts or not _the_result_takes_them_in(items, gross, parts, operating):
        return items
    part = items[revenue]
    result = list(items)
    result[revenue] = _with_concepts(part, tuple(c for c in part.concepts if c != "revenue"))
    if _costs_leave_the_gross_profit(items, revenue, gross):
        result.insert(parts[-1] + 1, _revenue_added_up([part, *(items[i] for i in parts)]))
    return tuple(result)


def revenue_held_back(items: Sequence[LineItem]) -> tuple[LineItem, tuple[LineItem, ...]] | None:
    """The line above the gross profit named for revenue and the revenue lines printed after the gross profit, where
    `_revenue_beside_the_gross_profit` held the revenue back (the result takes the later lines in, but the part less
    its cost is not the gross profit printed, so no sum is vouched for): what a warning names. None otherwise."""
    lines = tuple(items)
    gross, operating = first_index(lines, "gross_profit"), first_index(lines, "operating_income")
    if first_index(lines, "revenue") is not None or gross is None or operating is None or not gross < operating:
        return None
    part = next((i for i in range(gross) if lines[i].kind == "amount" and _REVENUE_WORD.search(lines[i].label)), None)
    parts = _revenue_lines_after_the_gross_profit(lines, gross, operating)
    if part is None or not parts or not _the_result_takes_them_in(lines, gross, parts, operating):
        return None
    return lines[part], tuple(lines[i] for i in parts)


def _costs_leave_the_gross_profit(items: tuple[LineItem, ...], revenue: int, gross: int) -> bool:
    """Whether the revenue line less every line between it and the gross profit (its cost, or costs) is the gross
    profit in every column printing them all: the part then vouched for, its sum with the rest can be too."""
    costs = [items[i] for i in range(revenue + 1, gross) if items[i].kind == "amount"]
    columns = [(r, [cost.values[c] for cost in costs], g)
               for c, (r, g) in enumerate(zip(items[revenue].values, items[gross].values, strict=True))
               if r is not None and g is not None]
    return bool(costs) and bool(columns) and all(
        None not in taken and r - sum((v for v in taken if v is not None), Decimal(0)) == g for r, taken, g in columns)


def _revenue_lines_after_the_gross_profit(items: tuple[LineItem, ...], gross: int, operating: int) -> list[int]:
    """The lines right after the gross profit that name revenue and claim no concept, down to the first that
    does not (the first expense): where the statement prints the revenue that bears no cost of sales."""
    found: list[int] = []
    for index in range(gross + 1, operating):
        item = items[index]
        if item.kind != "amount":
            continue
        if item.concepts or item.is_total or not names_revenue_after_the_gross_profit(item.label):
            break
        found.append(index)
    return found


def _the_result_takes_them_in(items: tuple[LineItem, ...], gross: int, parts: list[int], operating: int) -> bool:
    """Whether the gross profit plus the revenue lines after it, less the expenses (their printed total, or
    every line down to the result where none is printed), is the operating result in every column printing
    them, and the lines are no nil: the result counts them as revenue."""
    total = first_index(items, "total_operating_expenses")
    after = [i for i in range(parts[-1] + 1, operating) if items[i].kind == "amount"]
    if total is not None and parts[-1] < total < operating:
        if any(i > total for i in after):
            return False  # lines between the total and the result: the identities' check reads them by sign
        expenses = [total]
    elif total is None and after:
        expenses = after
    else:
        return False
    compared = False
    for column, found in enumerate(items[operating].values):
        start = items[gross].values[column]
        if found is None or start is None:
            continue
        terms = [items[i].values[column] for i in parts]
        costs = [items[i].values[column] for i in expenses]
        if any(v is None for v in costs) or all(v is None for v in terms):
            return False
        added = sum((v for v in terms if v is not None), Decimal(0))
        if start + added - sum((v for v in costs if v is not None), Decimal(0)) != found:
            return False
        compared = compared or added != 0
    return compared


def _revenue_added_up(lines: list[LineItem]) -> LineItem:
    """The revenue the statement prints in parts and no total of, their sum in each column printing all of
    them, named as the sum it is (as the expense mix names a total it adds up: "(the lines added up)"), its
    span the lines it adds."""
    values = tuple(None if any(line.values[c] is None for line in lines)
                   else sum((line.values[c] or Decimal(0) for line in lines), Decimal(0))
                   for c in range(len(lines[0].values)))
    label = " + ".join(line.label.strip() for line in lines) + " (the lines added up)"
    return LineItem(label, values, ("revenue",), "amount", SourceSpan(lines[0].span.first, lines[-1].span.last),
                    lines[0].section)


def _leaves_gross_profit(line: LineItem, cost: LineItem, gross: LineItem) -> bool:
    """Whether the line less the cost of revenue is the gross profit in every column both print."""
    pairs = [(r, c, g) for r, c, g in zip(line.values, cost.values, gross.values, strict=True)
             if r is not None and c is not None and g is not None]
    return bool(pairs) and all(r - c == g for r, c, g in pairs)


def _revenue_by_the_gross_profit(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Where no line is named revenue, the one line above the cost of revenue from which that cost leaves the
    gross profit printed in every column is the revenue, whatever its name ("Contract manufacturing" under
    "Revenues:", "Cost of contract manufacturing", "Gross margin": round 243); and a line of costs right above
    the gross profit that no word names the cost of revenue ("Franchise fees", "Cost of franchise services",
    "Gross margin": round 249) is that cost where the arithmetic pairs it so.

    Runs after `_gross_profit_by_the_arithmetic` (the gross profit it takes the revenue back from) and the passes
    above naming the revenue, where none did."""
    if any("revenue" in item.concepts for item in items):
        return items
    cost, gross = first_index(items, "cost_of_revenue"), first_index(items, "gross_profit")
    named = cost
    if cost is None and gross is not None and gross > 0 and not items[gross - 1].concepts and _a_cost(
            items[gross - 1]):
        cost = gross - 1  # "Cost of franchise services" right above "Gross margin": the cost, if the arithmetic says
    found: list[int] = []
    if cost is None and gross is not None and _costs_down_to_the_gross_profit(items, gross):
        # "Royalties", "Cost of licensing", "Amortization of licensed trademarks", "Gross margin": the top line
        # less every line down to the gross profit (round 255)
        found = [0]
        cost = next(i for i in range(1, gross) if _a_cost(items[i]))
    if cost is None or gross is None or not cost < gross:
        return items
    found = found or [i for i in range(cost) if items[i].kind == "amount" and not items[i].concepts
                      and _leaves_gross_profit(items[i], items[cost], items[gross])]
    if len(found) != 1:
        return items
    result = [*items[: found[0]], _with_concepts(items[found[0]], ("revenue",)), *items[found[0] + 1 :]]
    if named is None:
        result[cost] = _with_concepts(items[cost], ("cost_of_revenue",))
    return tuple(result)


def _costs_down_to_the_gross_profit(items: tuple[LineItem, ...], gross: int) -> bool:
    """Whether the statement's first line less every line under it down to the gross profit is the gross profit
    in every column, those lines unnamed amounts, one of them a cost by its words."""
    top, between = items[0], items[1:gross]
    if not between or top.kind != "amount" or top.concepts or any(
            item.kind != "amount" or item.concepts for item in between) or not any(_a_cost(item) for item in between):
        return False
    columns = [(t, [item.values[c] for item in between], g) for c, (t, g) in
               enumerate(zip(top.values, items[gross].values, strict=True)) if t is not None and g is not None]
    return bool(columns) and all(None not in parts and t - sum(v for v in parts if v is not None) == g
                                 for t, parts, g in columns)


# A line of costs by its first word ("Cost of franchise services", "Costs of contract revenue").
_A_COST = re.compile(r"^costs?\s+of\b")


def _a_cost(item: LineItem) -> bool:
    return _A_COST.match(normalise_label(item.label)) is not None


def _cost_the_gross_profit_takes(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Where revenue less the line claiming cost of revenue is not the gross profit, but revenue less all
    the lines between them is ("Cost of license revenues", "Cost of services revenues", no total), no one
    line is the cost of revenue: the words claimed a part.

    Runs after `_revenue_the_gross_profit_starts_from`: revenue less the cost is taken from the revenue that pass
    settles, so the cost is set apart only where no revenue line leaves the gross profit."""
    at = {c: first_index(items, c) for c in ("revenue", "cost_of_revenue", "gross_profit")}
    revenue, cost, gross = at["revenue"], at["cost_of_revenue"], at["gross_profit"]
    if revenue is None or cost is None or gross is None or not revenue < cost < gross:
        return items
    parts = [items[i] for i in range(revenue + 1, gross) if items[i].kind == "amount"]
    if len(parts) < 2:
        return items
    columns = list(zip(items[revenue].values, items[cost].values, items[gross].values, strict=True))
    if all(r is None or c is None or g is None or r - c == g for r, c, g in columns):
        return items
    for index, (r, _, g) in enumerate(columns):
        terms = [p.values[index] for p in parts]
        if r is None or g is None or any(t is None for t in terms) or r - sum(t for t in terms if t is not None) != g:
            return items
    result = list(items)
    result[cost] = _with_concepts(items[cost], tuple(c for c in items[cost].concepts if c != "cost_of_revenue"))
    return tuple(result)


_COST_OF = re.compile(r"^costs?\s+of\b", re.I)


def _cost_beside_another_cost(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """"Cost of products sold" beside "Cost of services sold", no total of the two: the words claimed a
    part of the cost of revenue, and no one line is all of it (the gross-profit arithmetic, where a gross
    profit is printed, says the same in `_cost_the_gross_profit_takes`).

    Runs after `_cost_the_gross_profit_takes`, which decides the same by the arithmetic where a gross profit is
    printed; where it has set the cost apart, this pass finds none."""
    cost = first_index(items, "cost_of_revenue")
    if cost is None or items[cost].is_total or items[cost].label.lower().startswith("total"):
        return items
    neighbours = [items[i] for i in (cost - 1, cost + 1) if 0 <= i < len(items)]
    if not any(n.kind == "amount" and not n.concepts and _COST_OF.match(n.label.strip()) for n in neighbours):
        return items
    result = list(items)
    result[cost] = _with_concepts(items[cost], tuple(c for c in items[cost].concepts if c != "cost_of_revenue"))
    return tuple(result)


# The expenses a release may split by whom they were incurred with ("Research and development" beside "Research and
# development - related party"); the cost of revenue's split by its goods is `_cost_beside_another_cost`'s.
_SPLIT_BY_COUNTERPARTY = ("cost_of_revenue", "research_and_development", "selling_general_administrative")
# The lines that close a run of expenses: what is below them is no part of the run.
_CLOSING_A_RUN = frozenset({"total_operating_expenses", "operating_income", "income_before_taxes", "net_income"})


def _expense_beside_its_counterparty_twin(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """"Research and development" beside "Research and development - related party" in the same run of expenses,
    no total of the two: the words claimed the expense, and the line is only the part incurred with others (round
    714: 9,120 printed as all of a company's R&D of 12,430). The line keeps no concept; where a total of the two
    is printed ("Total research and development"), the total holds the concept already, and a total is left be.

    Runs after the passes that name or set apart the cost of revenue: the claimant it looks at is the one they left."""
    result = list(items)
    for concept in _SPLIT_BY_COUNTERPARTY:
        index = first_index(result, concept)
        if index is None or _a_total(items[index]) or not _a_twin_in_its_run(items, index):
            continue
        result[index] = _with_concepts(items[index], tuple(c for c in items[index].concepts if c != concept))
    return tuple(result)


def _a_total(item: LineItem) -> bool:
    return item.is_total or item.label.lower().startswith("total")


def _a_twin_in_its_run(items: tuple[LineItem, ...], index: int) -> bool:
    """Whether a line of the same run of amounts (between the totals or results round it) names the same expense
    as `items[index]`, one of the two naming whom it was incurred with."""
    claimed = matched_form(items[index].label)
    expense = COUNTERPARTY_QUALIFIER.sub("", claimed)
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(items) and not _closes_a_run(items[other]):
            label = matched_form(items[other].label)
            if items[other].kind == "amount" and label != claimed and COUNTERPARTY_QUALIFIER.sub("", label) == expense:
                return True
            other += step
    return False


def _closes_a_run(item: LineItem) -> bool:
    return _a_total(item) or bool(_CLOSING_A_RUN.intersection(item.concepts))


_COSTS_AND_RESULTS_AFTER_REVENUE = _COSTS_AND_RESULTS | {"nonoperating_income", "income_tax", "eps", "shares"}


def _net_revenue_after_deductions(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """"Total revenues / Interest expense / Net revenues" (a broker), "Gross revenues / Less: returns and
    allowances / Net revenues": where a line named for net revenue, above every cost, is the revenue less
    the interest expense or the deductions between them, it is the revenue the costs are taken from. The
    words of both lines claim the concept; the arithmetic decides. A lender's "Revenue / Provision for losses
    / Net revenue" keeps its revenue, as a freight broker's "Gross revenues / Purchased transportation / Net
    revenues" does (round 322): a provision or a carrier's charge is a cost, not the price of the revenue.

    Runs after the passes naming the costs and setting apart claimants: the net line must stand above the first line
    claiming a cost or a result as they leave them."""
    revenue = first_index(items, "revenue")
    if revenue is None:
        return items
    costs = next((i for i, item in enumerate(items) if set(item.concepts) & _COSTS_AND_RESULTS_AFTER_REVENUE),
                 len(items))
    later = [i for i in range(revenue + 2, costs) if items[i].kind == "amount" and not items[i].concepts
             and NET_REVENUE_LINE.search(matched_form(items[i].label))]
    if len(later) != 1:
        return items
    net = later[0]
    between = items[revenue + 1 : net]
    if any(item.kind != "amount" or item.concepts or not (
            INTEREST_LINE.search(item.label) or REVENUE_DEDUCTION_LINE.search(item.label)) for item in between):
        return items
    columns = [(items[revenue].values[c], [item.values[c] for item in between], items[net].values[c])
               for c in range(len(items[net].values))]
    present = [(gross, less, result) for gross, less, result in columns
               if gross is not None and result is not None and all(v is not None for v in less)]
    if not present or not all(gross - sum(abs(v) for v in less if v is not None) == result
                              for gross, less, result in present):
        return items
    result = list(items)
    result[revenue] = _with_concepts(items[revenue], tuple(c for c in items[revenue].concepts if c != "revenue"))
    result[net] = _with_concepts(items[net], ("revenue",))
    return tuple(result)


def _revenue_summed_below(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A line named for revenue heading a run of lines that an unlabelled total right under them adds up
    ("Rental revenue", "Tenant reimbursements", "Parking and other income", then 56,631 alone) is one of the
    revenues, and the total is the revenue: the words named a part, the footing says what the whole is (round
    611: a REIT printing no "Revenues:" heading, its rent printed as all its revenue). No line of the run may
    name a cost, claim another concept or be a total itself.

    Runs after `_sole_revenue_line`, whose line may head the run it adds up, and before `_unlabelled_revenue_total`,
    which names a total only where no line holds the revenue."""
    first = first_index(items, "revenue")
    if first is None or items[first].is_total or items[first].kind != "amount":
        return items
    end = first + 1
    while end < len(items) and items[end].kind == "amount" and items[end].label.strip() and not (
            items[end].concepts or items[end].is_total or COST_WORDS.search(items[end].label)):
        end += 1
    if end == first + 1 or end >= len(items):
        return items
    total = items[end]
    if total.label.strip() or total.concepts or total.kind != "amount":
        return items
    run = items[first:end]
    columns = [(value, [item.values[column] for item in run]) for column, value in enumerate(total.values)
               if value is not None]
    if not columns or any(None in parts or sum(v for v in parts if v is not None) != value
                          for value, parts in columns):
        return items
    part = items[first]
    return (*items[:first], _with_concepts(part, tuple(c for c in part.concepts if c != "revenue")),
            *items[first + 1 : end], _with_concepts(total, ("revenue",)), *items[end + 1 :])


def _unlabelled_revenue_total(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Where no line claims the revenue, an unlabelled total footing the statement's first run of lines, from
    which the first total of costs below it is taken to reach the result printed next (the lines between added
    as stored), is the revenue: a title insurer's "Premiums earned" / "Net investment income" / "Fee income" /
    46,550 with no "Revenues" heading or label, then "Total claims and expenses" 38,880 and "Income before income
    taxes" 7,670 (round 734: the footing passed, no revenue was read). The words name no revenue, so both sums
    must hold in every column: a run naming a cost or claiming a concept (a gross profit's) is none.

    Runs after `_sole_revenue_line` and `_revenue_summed_below`, where neither named the revenue. It reads the first
    total of the costs as the words claimed it: `_sole_expenses_line` and `_total_costs_and_expenses` name one
    later, and `_insurer_total_of_part_of_the_costs` may move it."""
    if first_index(items, "revenue") is not None:
        return items
    end = next((i for i, item in enumerate(items) if item.kind == "amount" and not item.label.strip()), None)
    if end is None:
        return items
    run = [item for item in items[:end] if item.kind == "amount"]
    if len(run) < 2 or any(item.concepts or item.is_total or COST_WORDS.search(item.label) for item in run):
        return items
    total = items[end]
    if total.concepts or not _foots_exactly(run, total) or not _first_costs_taken_reach_the_result(items, end):
        return items
    return (*items[:end], _with_concepts(total, ("revenue",)), *items[end + 1 :])


def _foots_exactly(parts: Sequence[LineItem], total: LineItem) -> bool:
    """Whether `parts` add up to `total` exactly in every column printing it (and in one at least), no part
    blank there."""
    columns = [(value, [item.values[column] for item in parts]) for column, value in enumerate(total.values)
               if value is not None]
    return bool(columns) and all(None not in values and sum(v for v in values if v is not None) == value
                                 for value, values in columns)


def _first_costs_taken_reach_the_result(items: tuple[LineItem, ...], top: int) -> bool:
    """Whether the line at `top` less the first total operating expenses below it, with every line between
    that total and the first result after it (operating, pre-tax or net) added as stored, is that result in
    every column printing them all: the arithmetic that makes the line the top of the statement."""
    costs = first_index(items, "total_operating_expenses")
    if costs is None or costs <= top:
        return False
    result = next((i for i in range(costs + 1, len(items)) if items[i].kind == "amount"
                   and set(items[i].concepts) & _RESULTS_BELOW_THE_COSTS), None)
    if result is None:
        return False
    between = [item for item in items[costs + 1 : result] if item.kind == "amount"]
    columns = [column for column, (start, less, end) in enumerate(zip(
        items[top].values, items[costs].values, items[result].values, strict=True))
        if start is not None and less is not None and end is not None
        and all(item.values[column] is not None for item in between)]
    return bool(columns) and all(
        items[top].values[c] - items[costs].values[c]  # type: ignore[operator]
        + sum((item.values[c] or Decimal(0) for item in between), Decimal(0)) == items[result].values[c]
        for c in columns)


def _revenue_by_the_result(items: tuple[LineItem, ...], costs: int) -> list[int]:
    """The first line, above the costs, naming revenue or sales in more words than a name takes ("Oil,
    natural gas and NGL revenues") or naming what the company charges in its trade's words ("Tuition and
    fees": round 593, a school's revenue lost), where it less the total costs is the operating result in
    every column. A line naming a cost or a result is none (`_NO_TOP_LINE`)."""
    lines = [i for i in range(costs) if items[i].kind == "amount"][:1]
    total, result = first_index(items, "total_operating_expenses"), first_index(items, "operating_income")
    if not lines or items[lines[0]].concepts or total is None or result is None or not (
            _REVENUE_WORD.search(items[lines[0]].label) or not _NO_TOP_LINE.search(items[lines[0]].label)):
        return []
    columns = [(r, t, o) for r, t, o in zip(items[lines[0]].values, items[total].values, items[result].values,
                                            strict=True) if r is not None and t is not None and o is not None]
    return lines if columns and all(r - t == o for r, t, o in columns) else []


def _sole_cost_above_gross_profit(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """The one line between the revenue and the gross profit is the cost of revenue where revenue less it is
    the gross profit in every column, whatever its words ("Production costs" above a miner's "Gross margin",
    "Cost of test revenue"): the arithmetic says what the vocabulary could not.

    Runs after the passes naming the revenue and the gross profit, the two lines it takes the cost between, and
    after `_commodity_cost_alone` and `_revenue_by_the_gross_profit`, which may have named the cost already."""
    if any("cost_of_revenue" in item.concepts for item in items):
        return items
    revenue, gross = first_index(items, "revenue"), first_index(items, "gross_profit")
    if revenue is None or gross is None or gross <= revenue + 1:
        return items
    between = [i for i in range(revenue + 1, gross) if items[i].kind == "amount"]
    if len(between) != 1 or items[between[0]].concepts:
        return items
    cost = items[between[0]]
    columns = [(r, c, g) for r, c, g in zip(items[revenue].values, cost.values, items[gross].values, strict=True)
               if r is not None and c is not None and g is not None]
    if not columns or any(r - abs(c) != g for r, c, g in columns):
        return items
    if all(c <= 0 for _, c, _ in columns) and any(c for _, c, _ in columns):
        cost = negated(cost)  # printed as a deduction, "(57,369)": a cost is stored positive, as its kind are
    return (*items[: between[0]], _with_concepts(cost, ("cost_of_revenue",)), *items[between[0] + 1 :])


def _sole_revenue_line(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Where no line is called revenue outright and no total gathers them, the one line of revenue above
    the costs is the revenue: the only line under a "Revenue:" heading ("Royalty revenue from a related
    party, net"), or the only line named for revenue or sales ("Contract revenues", "Restaurant sales").

    The first of the passes naming the revenue where no words did, after the results' passes it checks against;
    `_unlabelled_revenue_total` and `_revenue_by_the_gross_profit` name one only where no line holds it, so a line
    this pass names wins over them."""
    if any("revenue" in item.concepts for item in items) or _segments_revenues(items):
        return items
    costs = next((i for i, item in enumerate(items) if set(item.concepts) & _COSTS_AND_RESULTS), len(items))
    # The lines under the heading above the first cost: a cost printed in the revenue section ("Revenues:" /
    # "Net product revenues" / "Cost of revenues" / "Gross profit") is no second revenue line.
    under = [i for i, item in enumerate(items[:costs]) if _REVENUE_HEADING.match(normalise_label(item.section))]
    named = [i for i, item in enumerate(items[:costs]) if item.kind == "amount" and not item.concepts
             and _REVENUE_NAME.search(normalise_label(item.label))]
    chosen = under if len(under) == 1 else named if len(named) == 1 and not under else []
    if not chosen and not under and not named:
        # (the arithmetic has vouched for the line, whatever its words)
        chosen = _revenue_by_the_result(items, costs) or _top_line_by_the_net_result(items, costs)
        if chosen:
            return (*items[: chosen[0]], _with_concepts(items[chosen[0]], ("revenue",)), *items[chosen[0] + 1 :])
    if not chosen:
        return items
    index = chosen[0]
    item = items[index]
    if item.kind != "amount" or item.concepts or not (
            _REVENUE_WORD.search(item.label) or (chosen == under and _less_expenses_is_the_result(items, item))):
        return items
    return (*items[:index], _with_concepts(item, ("revenue",)), *items[index + 1 :])


# What a landlord, a licensor or a broker earns, named as income: "Rental income", "Royalty income".
_TOP_LINE_INCOME = re.compile(r"^(?:total\s+)?(?:net\s+)?(?:rental|rent|lease|leasing|royalty|royalties|fee|fees"
                              r"|commission|commissions|franchise|property|hotel|management)\s+(?:and\s+\w+\s+)?"
                              r"(?:income|revenues?)$")


def _top_line_by_the_net_result(items: tuple[LineItem, ...], costs: int) -> list[int]:
    """The statement's first line where it names what the company earns as income ("Rental income") and the
    arithmetic makes it the top line: the total operating expenses add up every line under it, and it less
    that total, with every line between them and
    the first result printed added as stored, is that result in every column (PS Business Parks: 106,216 -
    61,205 + 557 - 161 + 19,621 = 65,028, "Net income"; UI-38: no revenue had been found, the REIT's rent
    drawn as "Other items"). A REIT prints no operating result and no tax, so the net result is the check."""
    lines = [i for i in range(costs) if items[i].kind == "amount"]
    total = first_index(items, "total_operating_expenses")
    if not lines or total is None or items[lines[0]].concepts or not _TOP_LINE_INCOME.match(
            normalise_label(items[lines[0]].label)):
        return []
    # the lines under it, down to the total, are the costs it totals (31,263 + 26,619 + 3,323 = 61,205)
    under = [items[i] for i in range(lines[0] + 1, total) if items[i].kind == "amount"]
    if not under or any(sum((item.values[column] or Decimal(0) for item in under), Decimal(0)) != value
                        for column, value in enumerate(items[total].values) if value is not None):
        return []
    result = next((i for i in range(total + 1, len(items)) if items[i].kind == "amount" and (
        set(items[i].concepts) & _RESULTS_BELOW_THE_COSTS
        or match_concept(normalise_label(items[i].label)) in _RESULTS_BELOW_THE_COSTS)), None)
    if result is None:
        return []
    top, less, between = items[lines[0]], items[total], [item for item in items[total + 1 : result]
                                                          if item.kind == "amount"]
    columns = [column for column, (start, cost, end) in enumerate(zip(
        top.values, less.values, items[result].values, strict=True))
        if start is not None and cost is not None and end is not None
        and all(item.values[column] is not None for item in between)]
    return lines if columns and all(
        top.values[column] - less.values[column] + sum((item.values[column] or Decimal(0) for item in between),  # type: ignore[operator]
                                                       Decimal(0)) == items[result].values[column]
        for column in columns) else []


_RESULTS_BELOW_THE_COSTS = frozenset({"operating_income", "income_before_taxes", "net_income"})


# "Net operating income (loss)": an asset manager's operating result, or a landlord's rents less the costs of
# its properties (a measure of its own); the arithmetic says which.
_NET_OPERATING = re.compile(r"^net\s+operating\s+(?:income|loss|profit|earnings)(?:\s+\((?:loss|income)\))?$")


def _net_operating_income_by_the_arithmetic(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A "Net operating income" line is the operating result where the revenue less the total operating
    expenses printed above it comes to it in every column; so is an income "from ... operations" right under
    that total.

    Runs after the passes naming the revenue and the total of the expenses (`_sole_expenses_line`,
    `_total_costs_and_expenses`), the two lines it takes the result from."""
    if first_index(items, "operating_income") is not None:
        return items
    revenue, opex = first_index(items, "revenue"), first_index(items, "total_operating_expenses")
    if revenue is None or opex is None:
        return items
    for index in range(opex + 1, len(items)):
        line = items[index]
        words = normalise_label(line.label)
        if line.kind != "amount" or line.concepts or not (
                _NET_OPERATING.match(words) or (index == opex + 1 and _RESULT_OF_OPERATIONS.search(words))):
            continue
        if _less_comes_to(items[revenue], items[opex], line):
            return (*items[:index], _with_concepts(line, ("operating_income",)), *items[index + 1 :])
        return items
    return items


# A result named for the company's own operations, right under the total of its costs: "Income from vessel
# operations" (a shipper), "Income from hotel operations" (round 551: the operating income lost, the words
# alone naming no result; round 486 left it for the arithmetic, which says revenue less the costs is it).
_RESULT_OF_OPERATIONS = re.compile(r"^(?:income|profit|earnings|\(?loss\)?)\b(?:\s+\(loss\))?\s+from\s+"
                                   r"(?:[a-z]+\s+){0,2}operations$")


def _less_expenses_is_the_result(items: tuple[LineItem, ...], line: LineItem) -> bool:
    """Whether a line less the total operating expenses is the operating result in every column: the one
    line under "Revenue:" named for what is sold ("Services") is the revenue, where the arithmetic says so."""
    opex, result = first_index(items, "total_operating_expenses"), first_index(items, "operating_income")
    if opex is not None and result is None:
        return _less_and_the_rest_come_to_the_pretax(items, line, opex)
    if opex is None or result is None:
        return False
    return _less_comes_to(line, items[opex], items[result])


def _less_and_the_rest_come_to_the_pretax(items: tuple[LineItem, ...], line: LineItem, opex: int) -> bool:
    """Where no operating result is printed, whether the line less the total expenses, and each line between
    them and the pre-tax result added as stored, is the pre-tax result in every column printing them all: a
    REIT's "Revenues:" / "Rental income" / ... "Total expenses" / a gain, "Interest expense", "Other income" /
    "Income before income taxes" (round 496: its only revenue line had been read as no revenue)."""
    pretax = first_index(items, "income_before_taxes")
    if pretax is None or pretax < opex:
        return False
    between = [item for item in items[opex + 1 : pretax] if item.kind == "amount"]
    columns = [(column, start, less, result) for column, (start, less, result) in enumerate(zip(
        line.values, items[opex].values, items[pretax].values, strict=True))
        if start is not None and less is not None and result is not None
        and all(item.values[column] is not None for item in between)]
    return bool(columns) and all(
        start - less + sum((item.values[column] or Decimal(0) for item in between), Decimal(0)) == result
        for column, start, less, result in columns)


def _less_comes_to(start: LineItem, less: LineItem, result: LineItem) -> bool:
    """Whether `start` less `less` is `result` in every column that prints all three (and in one at least):
    where words allow two readings, this says which."""
    columns = [(s, e, r) for s, e, r in zip(start.values, less.values, result.values, strict=True)
               if s is not None and e is not None and r is not None]
    return bool(columns) and all(s - e == r for s, e, r in columns)


def _sole_expenses_line(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """One line of all operating expenses printed without "Total" ("Operating expenses   548.9" between
    revenue and operating income) is the total operating expenses where the revenue, or the gross profit
    it follows, less it is the operating income printed. The words alone could be a section's heading or
    one expense among others: the arithmetic decides.

    Runs after the passes naming the revenue and the gross profit, the lines it takes the expenses from, and before
    `_total_costs_and_expenses`, which names a total only where no line holds one: a sole line of expenses wins."""
    if any("total_operating_expenses" in item.concepts for item in items):
        return items
    at = {c: first_index(items, c)
          for c in ("revenue", "gross_profit", "operating_income")}
    result = at["operating_income"]
    if result is None:
        return items
    lines = [i for i in range(result) if items[i].kind == "amount" and not items[i].concepts
             and WHOLE_EXPENSES_LINE.match(normalise_label(items[i].label))]
    if len(lines) != 1:
        return items
    line = items[lines[0]]
    start = next((i for i in (at["gross_profit"], at["revenue"]) if i is not None and i < lines[0]), None)
    present = [v for v in line.values if v is not None and v != 0]
    if start is None or not present or (any(v < 0 for v in present) and not all(v < 0 for v in present)):
        return items
    expenses = negated(line) if present[0] < 0 else line
    if not _less_comes_to(items[start], expenses, items[result]):
        return items
    return (*items[: lines[0]], _with_concepts(expenses, ("total_operating_expenses",)), *items[lines[0] + 1 :])


def _total_costs_and_expenses(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A bare "Total costs" closing the lines under a "Costs and expenses:" heading (vocabulary.BARE_TOTAL_OF_COSTS,
    COSTS_AND_EXPENSES_HEADING: "Cost of goods sold", "Product research", "Marketing, general and administrative")
    is the total operating expenses where the revenue less it is the operating income printed and no gross
    profit stands between them (round 711: footed and flagged a total, it had been given no concept). The same
    words close the cost of sales alone where a gross profit follows ("Total costs" over "Gross profit"):
    the arithmetic, revenue less it not the operating income, leaves that one as it is.

    Runs after `_sole_expenses_line` (which wins where both could name one) and before
    `_net_operating_income_by_the_arithmetic`, which takes the operating result from the total it names."""
    if any("total_operating_expenses" in item.concepts for item in items):
        return items
    revenue, gross, result = (first_index(items, c) for c in ("revenue", "gross_profit", "operating_income"))
    if revenue is None or result is None or (gross is not None and revenue < gross < result):
        return items
    lines = [i for i in range(revenue + 1, result) if items[i].kind == "amount" and not items[i].concepts
             and BARE_TOTAL_OF_COSTS.match(normalise_label(items[i].label))
             and COSTS_AND_EXPENSES_HEADING.match(normalise_label(items[i].section))
             and _less_comes_to(items[revenue], items[i], items[result])]
    if len(lines) != 1:
        return items
    return (*items[: lines[0]], _with_concepts(items[lines[0]], ("total_operating_expenses",)), *items[lines[0] + 1 :])


# The operating expenses a statement names: printed after the total of its expenses and taken off on the way to the
# operating result, one says the total closed only part of them.
_OPERATING_EXPENSE_PARTS = frozenset({"research_and_development", "selling_general_administrative"})


def _total_of_part_of_the_expenses(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A total of operating expenses closes its section: where an expense the vocabulary names ("Research and
    development") is printed after it, the gross profit (or revenue) less the total is not the operating result,
    and taking off the lines after it as well is, the total added up only part of the expenses and is no total
    operating expenses (round 725: a bare "Total" of sales and marketing and general and administrative over the
    research and development had been printed as the total operating expenses, verified). It stays a subtotal the
    checks count once; the words allow both readings, the arithmetic decides.

    Runs last: it only sets a total apart, reading the total of the expenses as
    `_insurer_total_of_part_of_the_costs` leaves it."""
    total, result = first_index(items, "total_operating_expenses"), first_index(items, "operating_income")
    if total is None or result is None or result < total:
        return items
    start = max((i for i in (first_index(items, "gross_profit"), first_index(items, "revenue"))
                 if i is not None and i < total), default=None)
    after = [item for item in items[total + 1 : result] if item.kind == "amount"]
    if start is None or not any(_OPERATING_EXPENSE_PARTS & set(item.concepts) for item in after):
        return items
    if _less_comes_to(items[start], items[total], items[result]) or not _comes_to(
            items[start], [items[total], *after], items[result]):
        return items
    line = items[total]
    return (*items[:total], _with_concepts(line, tuple(c for c in line.concepts if c != "total_operating_expenses")),
            *items[total + 1 :])


def _insurer_total_of_part_of_the_costs(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """An insurer's total named by listing its costs (vocabulary.INSURER_EXPENSE_TOTAL) may close only part of
    them: the losses, more costs printed under it ("Total losses and loss expenses" / "Underwriting expenses" /
    "Total expenses"), or the costs after the benefits printed above it (Aflac's "Benefits and claims, net" /
    "Total acquisition and operating expenses"). It is the total operating expenses only where the revenue less
    it, the lines between it and the result printed next (operating or pre-tax) added or taken off, is that
    result in every column; and never where the revenue less it and every cost after it is. Otherwise a later
    total named for the expenses ("Total expenses", "Total benefits and expenses") that the revenue less is that
    result takes the concept, or none does. The words allow both readings; the arithmetic decides (round 734).

    Runs after the passes naming the revenue (the last, `_revenue_beside_the_gross_profit`, may put a sum in its
    place), the total of the costs and the results it checks against, and before `_total_of_part_of_the_expenses`,
    which reads the total this pass leaves (or the later total it names)."""
    total, revenue = first_index(items, "total_operating_expenses"), first_index(items, "revenue")
    if total is None or revenue is None or revenue > total or not re.match(
            INSURER_EXPENSE_TOTAL, normalise_label(items[total].label)):
        return items
    result = next((i for i in range(total + 1, len(items)) if {"operating_income", "income_before_taxes"}
                   & set(items[i].concepts)), None)
    if result is None:
        return items
    after = [i for i in range(total + 1, result) if items[i].kind == "amount"]
    # (a total printed last, "Total expenses", stands for the lines above it)
    costs = after[:-1] if len(after) > 1 and items[after[-1]].is_total else after
    start, line, end = items[revenue], items[total], items[result]
    part = bool(costs) and _all_taken_off(start, [line, *(items[i] for i in costs)], end)
    # (revenue less it the line printed next, a result of the company's own naming: "Income before realized
    # investment gains", the gains and the pre-tax result after it)
    if not part and (_line_and_the_rest_come_to(start, line, [items[i] for i in after], end) or (
            after and _less_comes_to(start, line, items[after[0]]))):
        return items
    kept = (*items[:total], _with_concepts(line, tuple(c for c in line.concepts if c != "total_operating_expenses")),
            *items[total + 1 :])
    whole = [i for i in after[-1:] if not items[i].concepts and items[i].is_total
             and match_concept(items[i].label) == "total_operating_expenses" and _less_comes_to(start, items[i], end)]
    if not whole:
        return kept
    return (*kept[: whole[0]], _with_concepts(kept[whole[0]], ("total_operating_expenses",)), *kept[whole[0] + 1 :])


def _line_and_the_rest_come_to(start: LineItem, line: LineItem, between: Sequence[LineItem], result: LineItem) -> bool:
    """Whether `start` less `line`, with the lines between it and `result` each added or taken off (one reading
    for every column; a total printed last among them standing for the others), is `result`: the line counted in
    every reading, never left out for a later total that stands for it too."""
    readings = [between] if len(between) < 2 or not between[-1].is_total else [between, between[-1:]]
    return any(bridge_signs(start, [line, *lines], result, Decimal(0), frozenset()) is not None for lines in readings)


def _all_taken_off(start: LineItem, costs: Sequence[LineItem], result: LineItem) -> bool:
    """Whether `start` less every one of `costs` is `result` in every column printing them all (one at least)."""
    columns = [c for c, (s, r) in enumerate(zip(start.values, result.values, strict=True))
               if s is not None and r is not None and all(cost.values[c] is not None for cost in costs)]
    return bool(columns) and all(
        start.values[c] - sum((cost.values[c] or Decimal(0) for cost in costs), Decimal(0)) == result.values[c]  # type: ignore[operator]
        for c in columns)


def _expense_lines_positive(items: list[LineItem]) -> list[LineItem]:
    """Lines the vocabulary has no key for ("Clinical manufacturing"), under an expenses heading and above
    the total they add up to, are expenses too: printed as deductions, they are stored positive like the
    named expense lines beside them."""
    end = next((i for i, item in enumerate(items) if {"total_operating_expenses", "operating_income"}
                & set(item.concepts)), None)
    if end is None:
        return items
    result = list(items)
    for index, item in enumerate(items[:end]):
        present = [v for v in item.values if v is not None and v != 0]
        if (not item.concepts and item.kind == "amount" and present and all(v < 0 for v in present)
                and _EXPENSE_SECTION.search(item.section) and not _NOT_EXPENSE_SECTION.search(item.section)
                and _deductions_section(items[:end], item.section)):
            result[index] = negated(item)
    return result


def _parts_of_a_cost_turned(items: list[LineItem]) -> list[LineItem]:
    """The lines right above a cost its concept stored positive though printed as a deduction ("Total cost of
    sales  (2,026)" under "Products  (1,495)" and "Services  (531)"), in its section and named by no concept,
    where they add up to it as printed: its parts, stored positive as it is (round 562: the total had been
    turned and its parts not, its footing failed and twelve right facts were held back). A block of expenses
    under no heading, each in parentheses over "Total operating expenses (56,800)", is the same convention:
    the sum, exact in every column, is what vouches for the parts, not the heading (round 659: every expense
    line and the total had been held back).

    Runs after `_expense_lines_positive`: a line that pass stored positive is no longer read here as a deduction."""
    result = list(items)
    for index, total in enumerate(items):
        if total.concept not in EXPENSE_CONCEPTS or not _printed_as_deductions(total):
            continue
        start = index
        while (start > 0 and not items[start - 1].concepts and items[start - 1].kind == "amount"
               and items[start - 1].section == total.section
               and all(v <= 0 for v in items[start - 1].values if v is not None)):
            start -= 1
        parts = items[start:index]
        if len(parts) < 2:
            continue
        sums = [(t, [part.values[c] for part in parts]) for c, t in enumerate(total.values) if t is not None]
        printed = [(t, values) for t, values in sums if None not in values]
        if printed and all(-sum(v for v in values if v is not None) == t for t, values in printed):
            result[start:index] = [negated(part) for part in parts]
    return result


def _deductions_by_the_arithmetic(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Lines under no expenses heading between the revenue and the operating result, printed in parentheses
    ("General and administrative expenses  (402)" under "Cost of sales — products  (2,282)"), are costs
    where the revenue less every line between, each taken as a cost, is the operating result printed: stored
    positive, as the named costs beside them are (round 564: the cost of sales had been turned positive by
    its words and the other costs left negative, a breakdown of mixed signs). A line that is no cost (a gain
    printed positive among them) breaks the sum, and nothing is turned.

    Runs once the revenue and the operating result are settled (`_net_revenue_after_deductions` may move the revenue
    down, `_net_operating_income_by_the_arithmetic` name the result): it turns the lines between them."""
    revenue, result = first_index(items, "revenue"), first_index(items, "operating_income")
    if revenue is None or result is None or result <= revenue + 1:
        return items
    between = range(revenue + 1, result)
    if any(items[i].kind != "amount" or items[i].is_total for i in between):
        return items
    turned = [i for i in between if not items[i].concepts
              and all(v <= 0 for v in items[i].values if v is not None) and any(items[i].values)]
    if not turned or any(any(v < 0 for v in items[i].values if v is not None) and any(
            v > 0 for v in items[i].values if v is not None) for i in between):
        return items
    sums = [(start, [items[i].values[c] for i in between], end)
            for c, (start, end) in enumerate(zip(items[revenue].values, items[result].values, strict=True))]
    printed = [(start, sum(abs(v) for v in costs if v is not None), end) for start, costs, end in sums
               if start is not None and end is not None and None not in costs]
    if not printed or any(start - costs != end for start, costs, end in printed):
        return items
    return tuple(negated(item) if i in turned else item for i, item in enumerate(items))


def _deductions_section(items: Sequence[LineItem], section: str) -> bool:
    """Whether a section prints its expenses as deductions: most of its lines in parentheses. Where the
    expenses stand positive, a line in parentheses among them is a gain ("Contingent consideration gain
    (317)") and keeps its sign."""
    signs = [all(v <= 0 for v in item.values if v is not None) for item in items
             if item.section == section and item.kind == "amount" and not item.concepts
             and any(v for v in item.values if v is not None)]
    return sum(signs) * 2 > len(signs)


# A figure a share: dollars and cents, a few dollars at most.
_CENTS = re.compile(r"\.\d{2}\b")  # "$0.06", or ".06" as many releases of the 1990s print it
_LARGEST_PER_SHARE = 100


def _in_cents(row: RawRow, keep: Sequence[int], largest: int = _LARGEST_PER_SHARE,
              places: re.Pattern[str] | None = None) -> bool:
    """Every figure of the row printed to the cent and small, as figures a share are (`places`: to the mill, as
    a carrier's "Revenue per loaded mile  $ 1.291" is)."""
    cells = [cell for i in keep if (cell := row.cells[i]) is not None and not cell.is_blank and not cell.is_dash]
    return bool(cells) and all((places or _CENTS).search(cell.text) and abs(cell.value) < largest for cell in cells)


# A figure printed with a point, to whatever places: "$0.05", "$0.045", "$.5".
_POINTED = re.compile(r"\.\d{1,4}\)?$")


def _pointed_under_a_heading_a_share(row: RawRow, keep: Sequence[int]) -> bool:
    """Every figure of a row under a heading of figures a share or a unit ("Dividends declared per share:" /
    "Class B common stock  $ 0.045") printed with a point and small: the heading says what the row is, whatever
    the places. Printed to the cent only had counted, and a class's dividend to the mill had been read as an
    amount and scaled by the table's note of thousands, 0.045 printed as 45 (round 663)."""
    return HEADING_A_SHARE_OR_UNIT.search(row.section) is not None and _in_cents(row, keep, places=_POINTED)


def _dashes_under_a_heading_a_share(row: RawRow, keep: Sequence[int]) -> bool:
    """A row printing only dashes under a heading of figures a share ("Dividends declared per share:" /
    "Class B common stock  --  --"): none a share, as the class beside it is paid $0.05 a share, never an
    amount of nothing in the table's thousands (round 696). The heading says what the dash is a zero of."""
    cells = [cell for i in keep if (cell := row.cells[i]) is not None and not cell.is_blank]
    return (HEADING_A_SHARE_OR_UNIT.search(row.section) is not None and bool(cells)
            and all(cell.is_dash for cell in cells))


def _a_share_with_its_heading(row: RawRow) -> bool:
    """Whether a row's label finishes the words over it into a line a share: a heading cut after "per" and the
    words before its noun ("DIVIDENDS DECLARED PER COMMON") over a row opening on the noun ("SHARE   $ 0.360").
    The words of both name a figure a share, never an amount in the statement's unit (round 699: read apart,
    the dividend a share had been scaled by the table's thousands, 0.360 printed as 360)."""
    return (PER_SHARE_CUT.search(row.section) is not None and PER_SHARE_NOUN_FIRST.match(row.label) is not None
            and per_share_line(f"{row.section} {row.label}") is not None)


def _whole_currency(row: RawRow, keep: Sequence[int], label: str) -> bool:
    """A rate named so ("Average revenue per tractor per week  $3,412") printed with its currency sign, in
    small whole units, its label naming no unit of its own: the currency itself, as a rate to the cent is
    (round 493: a trucker's weekly revenue a tractor had been read as 3,412 thousand)."""
    cells = [cell for i in keep if (cell := row.cells[i]) is not None and not cell.is_blank and not cell.is_dash]
    return (bool(cells) and _NAMED_UNIT.search(label) is None and any(cell.has_currency for cell in cells)
            and all(abs(cell.value) < _LARGEST_RATE for cell in cells))


# A unit a label names for its own figures ("Average sales per store (in thousands)")
_NAMED_UNIT = re.compile(r"\b(?:thousands?|millions?|billions?)\b|\b000s?\b|'000", re.IGNORECASE)


_MILLS = re.compile(r"\.\d{2,3}\)?$")


# A price or rate among a statement's statistics, in the currency itself when printed to the cent ("Average
# selling price ($)  $ 150.25", "Average revenue per subscriber 52.18") under a note of thousands.
# ("Weighted average interest rate on debt", round 736: a rate, never a count of shares)
_RATE_BY_NAME = re.compile(r"^(?:weighted[\s-]+)?average\s+(?:[\w-]+\s+){0,2}(?:price|rate|fare|ticket|check"
                           r"|transaction|sale|order|revenue\s+per)\b"
                           # a carrier's rates: "Revenue per loaded mile", "Cost per ASM" (round 371)
                           r"|^(?:[\w-]+\s+){1,2}per\s+(?:loaded\s+)?(?:mile|asm|rpm|available\s+seat\s+mile)\b", re.I)
_LARGEST_RATE = 100_000
# A line naming the currency alone as its unit ("Average selling price ($)", "Revenue per ton (US$)"): its
# figures are in the currency itself, whatever the table's note of thousands says of its amounts.
_IN_THE_CURRENCY_ITSELF = re.compile(r"\((?:in\s+)?(?:us|u\.s\.|c|a)?\$\)|\((?:in\s+)?(?:u\.s\.\s+)?dollars\)", re.I)


def _value_of(cell: Cell | None) -> Decimal | None:
    return None if cell is None or cell.is_blank else cell.value


def _concepts(row: RawRow, kind: StatementKind, keep: list[int]) -> tuple[tuple[str, ...], ValueKind]:
    label = matching_label(row)
    concept = match_concept(label)
    if any(row.cells[i] is not None and row.cells[i].is_percent for i in keep) or (  # type: ignore[union-attr]
            percent_label(row.label)):
        return (), "percent"
    if concept == "eps":
        if _DIVIDEND.search(label):
            return (), "per_share"  # dividends declared per share are no earnings per share
        return (basic_diluted(label, "eps") if kind == "operations" else ()), "per_share"
    if (rate := _a_rate(row.label)) is not None:
        return (), rate
    if concept == "shares":
        if kind == "balance" and _STOCK_AMOUNT.search(label):
            # "Common stock, $.001 par value: 12,000,000 shares authorized; shares outstanding: 1997,
            # 6,962,500": the stock's carrying amount, whatever counts its label names
            return (), "amount"
        if kind == "operations" and counts_shares_on_a_day(label, row.section):
            # "Common shares outstanding" among the figures a share: the count at the column's date, never the
            # weighted average EPS divides (round 707); printed as a count of no concept
            return (), "shares"
        return (basic_diluted(label, "shares") if kind == "operations" else ()), "shares"
    if concept is None:
        # "Pro forma weighted-average shares outstanding": a count, read at the share scale, as is "Shares
        # used in computing pro forma net loss per share" (a count named first, whatever figure it serves);
        # so is a balance sheet's "Period end shares outstanding".
        counted = (kind == "operations" and names_share_count(row.label)) or (
            kind == "balance" and counts_shares_at_a_date(row.label))
        if counted:
            return (), "shares"
        # "Book value per share", "Net income per share - continuing operations": no EPS, but a figure per
        # share all the same, never scaled as an amount.
        # A balance sheet's "Common stock, $0.01 par value per share" is an amount of stock; its "Book value
        # per share" a figure per share like any other.
        if (per_share_line(label) or ("." in label and per_share_line(normalise_label(label)))) and not (
                kind == "balance" and _STOCK_AMOUNT.search(label)):  # "Divs. per com. sh.": spelled out
            return (), "per_share"
        if (per_share_line(row.section) or _PER_SHARE_BY_NAME.search(label)
                or normalise_label(row.label) in _BARE_BASES) and _in_cents(row, keep):
            # (a bare "Basic   $0.23" under no heading: a figure a share whose result no words name, never
            # thousands of dollars: round 354)
            # "Common $0.15" under "Cash dividends declared per share:", "Cash Dividends Declared $0.68" under
            # the EPS lines, "Tangible book value   $17.46": dollars and cents a share, never thousands of dollars
            return (), "per_share"
        if (_pointed_under_a_heading_a_share(row, keep) or _dashes_under_a_heading_a_share(row, keep)
                or _a_share_with_its_heading(row)):
            return (), "per_share"
        # "Restaurants open at end of period  142", or "Company-operated  100" under "Number of stores:":
        # things counted or a volume, never thousands of dollars
        if COUNT_LINE.search(label) or COUNT_LINE.search(row.section) or (
                kind == "operations" and COUNTED_AT_A_DATE.match(label) and not STATISTIC_IN_MONEY.search(label)
                and not any((cell := row.cells[i]) is not None and cell.has_currency for i in keep)):
            return (), "count"
        if kind == "operations" and _counted_under_its_heading(row, label, keep):
            return (), "shares"
        named_rate = _RATE_BY_NAME.search(label) is not None
        statistics = _statistics_section(kind, row.section)
        if kind == "operations" and (named_rate or (statistics and not
                                                    STATISTIC_IN_MONEY.search(label))) and (_in_cents(
                row, keep, _LARGEST_RATE) or (named_rate and (_in_cents(row, keep, _LARGEST_RATE, _MILLS)
                                                             or _whole_currency(row, keep, label)))):
            return (), "per_share"  # "Average selling price ($)  $ 150.25": dollars and cents, "$" or not
        if kind == "operations" and _IN_THE_CURRENCY_ITSELF.search(label):
            return (), "per_share"
        if statistics and not STATISTIC_IN_MONEY.search(
                label) and not any((cell := row.cells[i]) is not None and cell.has_currency for i in keep):
            # a statistic in the currency its label names ("Average daily rate (Ps.)") is a rate, no count
            return (), "per_share" if CURRENCY.search(label) or "($)" in label else "count"
        return (), "amount"
    allowed = CONCEPT_STATEMENTS.get(concept)
    if allowed is not None and kind not in allowed:
        return (), "amount"
    if concept in OPERATIONS_ONLY and kind != "operations":
        return (), "amount"
    if concept == "net_income" and kind not in ("operations", "cash_flow"):
        return (), "amount"
    return (concept,), "amount"


def _a_rate(label: str) -> ValueKind | None:
    """The kind of a line whose label names a measure per unit of something other than a share
    (`vocabulary.RATE_LINE`: "Total operating costs per Mcfe", "Crude oil ($/bbl)", "Foreign exchange rate
    (US$/CAD$)"): a figure per the unit it names, never an amount scaled by the table's unit note, whatever concept
    the words before "per" would claim ("Income before taxes per ton" is no pre-tax result; round 736). A rate of
    interest is a percentage. None where the label names no such measure."""
    if RATE_LINE.search(label) is None:
        return None
    return "percent" if INTEREST_RATE.search(label) else "per_share"


def _rate_totals_by_the_arithmetic(items: list[LineItem]) -> list[LineItem]:
    """The lines of rates still flagged totals only where they are one: a "Total ($/BOE)" or "Total operating
    expenses per ASM" is the sum of the rates above it in its section only where the figures add up (costs per
    unit broken into parts do); an average price across products ("Crude oil ($/bbl)  81.66", "Natural gas
    ($/Mcf)  1.23", "Total ($/BOE)  50.30") is none, whatever its first word says (round 736).

    Runs first, on every statement: the passes after it read a line's `is_total`, and a line of rates flagged a
    total would close their runs and sums."""
    result = list(items)
    for index, item in enumerate(items):
        if not item.is_total or item.kind != "per_share" or item.concepts or RATE_LINE.search(item.label) is None:
            continue
        start = index
        while start > 0 and (above := items[start - 1]).kind == "per_share" and not above.is_total and (
                above.section == item.section):
            start -= 1
        if not _rates_add_up(items[start:index], item):
            result[index] = dataclasses.replace(item, is_total=False)
    return result


def _rates_add_up(parts: Sequence[LineItem], total: LineItem) -> bool:
    """Whether the parts' figures add up to the total's in every column it prints, within the rounding of each
    figure printed (half its last digit, for the total and for each part)."""
    columns = [at for at, value in enumerate(total.values) if value is not None]
    if not parts or not columns:
        return False
    for at in columns:
        figures = [value for part in parts if at < len(part.values) and (value := part.values[at]) is not None]
        if not figures:
            return False
        allowance = sum((_half_a_last_digit(v) for v in (*figures, total.values[at])), Decimal(0))
        if abs(sum(figures, Decimal(0)) - total.values[at]) > allowance:  # type: ignore[operator]
            return False
    return True


def _half_a_last_digit(value: Decimal | None) -> Decimal:
    """Half the value of the last digit a figure is printed to: the most its rounding may have moved it."""
    half = None if value is None else half_the_last_place(value)
    return Decimal(0) if half is None else half


def _excepted_from_the_unit(row: RawRow, excepted: Sequence[UnitException]) -> ValueKind | None:
    """How a line the table's unit note sets outside its unit is read: "Average dayrate — jackups  $142,600"
    under "(In thousands, except per share amounts, percentages and dayrates)" is dollars a day, never 142.6
    million, and "Rig utilization — jackups  93" a percentage, no amount (round 651). Its label, or the heading
    over it, names the kind the clause names; a line naming money ("Occupancy expense", "Equity in earnings of
    associates"), or standing under a heading that does ("Costs and expenses:" / "Occupancy"), is an amount in the
    table's unit whatever the clause says. None where the clause covers no such line, and the line stays an
    amount."""
    if not excepted or STATISTIC_IN_MONEY.search(row.section):
        return None
    for text in (row.label, row.section):
        if not text or STATISTIC_IN_MONEY.search(text):
            continue
        found = next((exception for exception in excepted if exception.in_label.search(text)), None)
        if found is not None:
            return found.kind
    return None


def _signed(values: tuple[Decimal | None, ...], concepts: tuple[str, ...], row: RawRow) -> tuple[Decimal | None, ...]:
    """XBRL signs: expenses printed as deductions become positive; a "Net loss" printed bare, negative."""
    present = [v for v in values if v is not None and v != 0]
    if not present:
        return values
    concept = concepts[0] if concepts else None
    all_negative = all(v < 0 for v in present)
    if all_negative and concept in EXPENSE_CONCEPTS:
        return tuple(None if v is None else -v for v in values)
    if (
        (concept in _RESULTS_A_LOSS_MAY_NAME or (concept or "").startswith("eps_"))
        and all(v > 0 for v in present)
        and _names_only_a_loss(row.label)
    ):
        return tuple(None if v is None else -v for v in values)
    return values


# The results whose label may name only a loss ("Net loss", "Loss from operations", "Loss before income taxes"),
# a figure printed bare under it being that loss (text-era releases print a development-stage company's losses
# so): the per-share lines too, by their "eps_" concepts.
_RESULTS_A_LOSS_MAY_NAME = frozenset({"net_income", "net_income_to_common", "operating_income",
                                      "income_before_taxes"})


def _names_only_a_loss(label: str) -> bool:
    """"Net loss", "Loss before income taxes": a loss and no gain. The income tax a pre-tax result is named
    before says nothing of a gain (`THE_TAX_ON_INCOME`): read as one, "Loss before income taxes 4,320" had stayed
    a profit, and no sign of the tax benefit below it could carry it to the "Net loss" turned negative (round
    703). "Income (loss) before income taxes" names both, and the arithmetic decides
    (core.statements.unsigned_losses)."""
    words = THE_TAX_ON_INCOME.sub(" ", label)
    return _PURE_LOSS.search(words) is not None and _GAIN_WORDS.search(words) is None


def _common_after_noncontrolling(items: list[LineItem]) -> list[LineItem]:
    """"Net income attributable to common stockholders" printed right after "Net income" and the
    noncontrolling interests' share (a REIT's operating partnership units), with no preferred dividend
    between, is the company's own net income as well as the common stockholders': the consolidated line
    above it includes the minority's share. Where preferred dividends come between, it is only the latter."""
    for index, item in enumerate(items):
        if "net_income_to_common" not in item.concepts or "net_income" in item.concepts:
            continue
        net = next((i for i in range(index - 1, -1, -1) if "net_income" in items[i].concepts), None)
        between = items[net + 1 : index] if net is not None else []
        if between and all(b.kind == "amount" and NONCONTROLLING.search(b.label) for b in between):
            items[index] = _with_concepts(item, ("net_income", *item.concepts))
    return items


def _company_share_after_noncontrolling(items: list[LineItem]) -> list[LineItem]:
    """"Net income", the noncontrolling interests' share, then a line whose name the reader could not read
    ("Industrial Realty Trust, Inc." from a label a PDF wrapped, or no words at all): where that line is the
    net income less the share in every column, it is the company's net result and the consolidated line
    above is not (round 213: the consolidated figure had been printed as the company's, no check failing)."""
    for index, item in enumerate(items):
        if "net_income" not in item.concepts or item.kind != "amount":
            continue
        end = past_noncontrolling(items, index + 1, 1)
        if end == index + 1 or end == len(items):
            continue
        after = items[end]
        if after.kind != "amount" or after.concepts:
            continue
        shares = items[index + 1 : end]
        if _less_the_shares(item.values, [share.values for share in shares], after.values):
            items[index] = _with_concepts(item, tuple(c for c in item.concepts if c != "net_income"))
            items[end] = _with_concepts(after, ("net_income",))
    return items


def _less_the_shares(whole: Sequence[Decimal | None], shares: Sequence[Sequence[Decimal | None]],
                     rest: Sequence[Decimal | None]) -> bool:
    """Whether `rest` is `whole` with the shares taken out in every column printed, the shares printed
    with their sign or bare after "Less:" (one reading for all columns), and some share not nil."""
    columns = [(w, [s[c] or Decimal(0) for s in shares], r)
               for c, (w, r) in enumerate(zip(whole, rest, strict=True)) if w is not None and r is not None]
    if not columns or all(not any(parts) for _, parts, _ in columns):
        return False
    return any(all(r == w + sign * sum(parts) for w, parts, r in columns) for sign in (1, -1))


# The basis an EPS line is on, in its words or its heading's
_BASIS = re.compile(r"\b(?:basic|diluted)\b")
# "Class A common stock", "Class B", "Series A": one class of a company's stock.
_CLASS_OF_STOCK = re.compile(r"\b(?:class|series)\s+([a-z])\b", re.I)
# (and the net income allocated to each: "Net income attributable to common stockholders:" over "Class A common
# stock" and "Class B common stock", round 183, whose first class's share had been printed as the company's)
_PER_CLASS = frozenset({"eps_basic", "eps_diluted", "shares_basic", "shares_diluted", "net_income_to_common"})


def _classes_of_stock_apart(items: list[LineItem]) -> list[LineItem]:
    """Under "Basic earnings per share:", a line for each class ("Class A common stock $.44", "Class B common
    stock $.41") is that class's figure: the company prints none of its own, and the first class's is no
    EPS of the company's (its weighted shares do not come back to the net income). One line under such a
    heading naming a class, or both ("Class A and Class B common stock"), is the company's; so is the figure
    every class earns alike (ManTech's $0.71 for Class A and for Class B)."""
    for concept in _PER_CLASS:
        # the class named by the line or by the heading it stands under ("Weighted-average number of Class A
        # common shares outstanding:" over "Basic   26.1": round 510, one class's counts printed as the company's)
        claims = [(i, {m.lower() for m in _CLASS_OF_STOCK.findall(f"{item.label} {item.section}")})
                  for i, item in enumerate(items) if concept in item.concepts]
        single = [(i, classes) for i, classes in claims if len(classes) == 1]
        if len({c for _, classes in single for c in classes}) < 2 or len({items[i].values for i, _ in single}) == 1:
            continue  # one class, or every class earning the same: that figure is the company's too
        for index, _ in single:
            item = items[index]
            items[index] = _with_concepts(item, tuple(c for c in item.concepts if c != concept))
    return items


def eps_of_each_class(items: Sequence[LineItem]) -> tuple[LineItem, ...]:
    """The per-share lines `_classes_of_stock_apart` left to their classes where the statement prints no EPS of
    the company's: two classes or more, each line naming one ("Class A common stock $0.44" / "Class B common
    stock $0.40"), earning different figures. Which class's EPS is the company's no rule can say, and none is
    printed; the release says why it prints no EPS (round 661: it had printed none, and said nothing). Empty
    where the company's EPS is read, or where no class's line is held back."""
    if any({"eps_basic", "eps_diluted"} & set(item.concepts) for item in items):
        return ()
    claims = [(item, {m.lower() for m in _CLASS_OF_STOCK.findall(f"{item.label} {item.section}")})
              for item in items if item.kind == "per_share" and not item.concepts and _earned_a_share(item)]
    single = [(item, classes.pop()) for item, classes in claims if len(classes) == 1]
    if len({c for _, c in single}) < 2:
        return ()
    # the classes' figures compared basis by basis: basic EPS differs from diluted whatever the classes earn
    earned: dict[frozenset[str], set[tuple[Decimal | None, ...]]] = {}
    for item, _ in single:
        earned.setdefault(frozenset(_BASIS.findall(f"{item.label} {item.section}".lower())), set()).add(item.values)
    return tuple(item for item, _ in single) if any(len(figures) > 1 for figures in earned.values()) else ()


def _earned_a_share(item: LineItem) -> bool:
    """Whether a figure per share is what a share earns: its words and its heading's name an EPS, or no figure
    per share at all ("Basic" under "Class A common stock"); never a dividend or a book value per share."""
    words = f"{item.section} {item.label}"
    return match_concept(words) == "eps" or not PER_SHARE_HEADING.search(words)


def _unique_concepts(named: set[int], items: list[LineItem]) -> tuple[LineItem, ...]:
    """A concept names one line per statement; where several lines claim it, keep the one that is it.

    "Net income" followed by "Net income attributable to Company" -> the attributable line; "Revenues"
    heading rows followed by "Total revenues" -> the total; otherwise the first line (the primary one).
    A line the release prints below a sum the reader named for its heading (`named`) wins over it: the printed
    words vouch for the line, the reader's guess does not, and the sum is a subtotal on the way to it (round
    649: "Total Equity" under "Equity", a Chromium PDF's sum of the common stock, retained earnings and
    comprehensive loss before treasury stock, its lines read in blocks between page gaps, had been taken for
    the stockholders' equity over the printed "Total NMC shareholders' equity" further down). A printed line
    above the sum may be one of its parts ("Interest expense, net" under "OTHER INCOME (EXPENSE)"): there the
    rules below decide.
    """
    owners: dict[str, int] = {}
    basic = functools.cache(lambda: next((item for item in items if "shares_basic" in item.concepts), None))
    for index, item in enumerate(items):
        for concept in item.concepts:
            if concept not in owners:
                owners[concept] = index
                continue
            if owners[concept] in named and index not in named:
                owners[concept] = index
                continue
            owner = items[owners[concept]].label
            if concept == "total_liabilities_and_equity" and _equals_the_assets(items, item) and not _equals_the_assets(
                    items, items[owners[concept]]):
                # the arithmetic decides: "Total liabilities and shareholders' equity" equal to total assets over
                # an unlabelled total of the liabilities that the heading "LIABILITIES AND SHAREHOLDERS' EQUITY"
                # named (round 368: the liabilities printed as their sum with equity)
                owners[concept] = index
                continue
            if concept == "total_assets" and _balances(items, item) and not _balances(items, items[owners[concept]]):
                # the arithmetic decides: total assets are total liabilities and equity ("Total assets" over
                # an unlabelled subtotal of plant that the heading "ASSETS" named)
                owners[concept] = index
                continue
            if (_preferred(item) and not _preferred(items[owners[concept]])) or (
                _PART_OF_RESULT.search(owner) and not _PART_OF_RESULT.search(item.label)
            ) or (_names_family(item, concept) and not _names_family(items[owners[concept]], concept)) or (
                concept in _SUMMED_AGAIN and _adds_up(items, owners[concept], index)
            ) or (concept == "revenue" and _sums_a_run_through(items, owners[concept], index)) or (
                concept == "income_before_taxes" and _taxed_to_the_next_line(items, index)
                and not _taxed_to_the_next_line(items, owners[concept])) or (
                concept == "shares_diluted" and _basic_plus(basic(), items[owners[concept]], item)) or (
                concept in ("eps_basic", "eps_diluted") and _of_the_net_result(item)
                and not _of_the_net_result(items[owners[concept]])) or (
                concept in ("eps_basic", "eps_diluted")
                and _net_result_after_a_subtotal_a_share(items[owners[concept]], item)) or (
                concept == "research_and_development" and NAMES_RESEARCH.search(item.label) is not None
                and NAMES_RESEARCH.search(owner) is None) or (
                concept == "cost_of_revenue" and _leaves_the_printed_gross_profit(items, index)
                and not _leaves_the_printed_gross_profit(items, owners[concept])):
                owners[concept] = index
    _whole_over_a_share_of_it(items, owners)
    result = []
    for index, item in enumerate(items):
        kept = tuple(c for c in item.concepts if owners.get(c) == index)
        if kept != item.concepts:
            item = LineItem(item.label, item.values, kept, item.kind, item.span, item.section, item.is_total,
                            item.cells)
        result.append(item)
    return tuple(result)


def _leaves_the_printed_gross_profit(items: Sequence[LineItem], cost: int) -> bool:
    """Whether a revenue line above the line, less it, is the gross profit printed below it, in every column: of
    two lines the words name the cost of revenue, the one the gross profit is taken from is the cost ("Cost of
    sales 177,900" / "Export incentives 6,500" / "Cost of sales, net 171,400" / "Gross profit 148,700", round
    719: the gross cost had been printed as the cost, and the failed check held the revenue back)."""
    gross = next((item for item in items[cost + 1:] if "gross_profit" in item.concepts), None)
    return gross is not None and any(_leaves_gross_profit(item, items[cost], gross) for item in items[:cost]
                                     if "revenue" in item.concepts)


def _whole_over_a_share_of_it(items: Sequence[LineItem], owners: dict[str, int]) -> None:
    """Where the net result's words allow two readings, the arithmetic decides: a line "attributable to"
    someone the words do not place ("Net income attributable to Pecos Flats GP, LLC", a general partner by
    its name, or the company's own) that, with the common holders' share ("Net income attributable to limited
    partners"), adds up to another net result line, before it or after it, is a share allotted to others,
    and that line is the company's whole net income (after round 652). The company's share after the
    noncontrolling interests' never adds up so: the whole is it plus the minority's share."""
    owner = owners.get("net_income")
    if owner is None:
        return
    commons = [i for i, item in enumerate(items) if "net_income_to_common" in item.concepts and i != owner]
    whole = next((index for index, item in enumerate(items) if index != owner and "net_income" in item.concepts
                  and any(_allotted_between(item, items[owner], items[c]) for c in commons)), None)
    if whole is not None:
        owners["net_income"] = whole


def _allotted_between(whole: LineItem, share: LineItem, rest: LineItem) -> bool:
    """Whether `whole` is `share` and `rest` together in every column printed, `share` printed with its sign
    or bare after "Less:" (one reading for all columns), and not nil in some column."""
    columns = [(w, s, r) for w, s, r in zip(whole.values, share.values, rest.values, strict=True)
               if w is not None and s is not None and r is not None]
    if not columns or not any(s for _, s, _ in columns):
        return False
    return any(all(w == r + sign * s for w, s, r in columns) for sign in (1, -1))


# Concepts a later line may claim by adding up the first claimant and the lines after it: a bank's cash
# lines and their unlabelled total; a Canadian cash flow's "Cash flow from operations" (before working
# capital) and then "Cash provided by operating activities" (its sum with the change in working capital).
_SUMMED_AGAIN = frozenset({"cash_and_equivalents", "operating_cash_flow", "investing_cash_flow",
                           "financing_cash_flow",
                           # "Research and development, gross", "Less - grants and participations (402)",
                           # then "Research and development, net": the net cost is the company's
                           "research_and_development", "selling_general_administrative", "cost_of_revenue"})


def _equals_the_assets(items: Sequence[LineItem], line: LineItem) -> bool:
    """Whether a line equals the balance sheet's total assets in every column printed."""
    return equals_the_total(items, line, "total_assets")


def _balances(items: Sequence[LineItem], line: LineItem) -> bool:
    """Whether a line equals the balance sheet's total liabilities and equity in every column printed."""
    return equals_the_total(items, line, "total_liabilities_and_equity")


def equals_the_total(items: Sequence[LineItem], line: LineItem, concept: str) -> bool:
    """Whether a line equals the line of `concept` in every column both print (and in one at least)."""
    total = next((i for i in items if concept in i.concepts), None)
    if total is None:
        return False
    pairs = [(a, b) for a, b in zip(line.values, total.values, strict=True) if a is not None and b is not None]
    return bool(pairs) and all(a == b for a, b in pairs)


def _adds_up(items: Sequence[LineItem], first: int, total: int) -> bool:
    """Whether the line at `total` is the sum of the lines from `first` to the one above it, in every
    column: a bank's cash printed without "Total" ("Cash and due from banks", "Federal funds sold", then
    "Cash and cash equivalents"), which the words of both lines claim alike (the first is often a bank's
    only cash line). The arithmetic decides. A line whose words say it is taken off ("Less - participation by
    the Office of the Chief Scientist 410", "Deduct: export incentives") may be printed bare: it counts
    either as printed or taken away, one reading for all its columns, as `_allotted_between` reads a share
    after "Less:" (round 719: "Research and development costs 2,350", that bare "Less" line, then "Research
    and development, net 1,940", the line the total operating expenses add, had left the gross cost the
    company's because 2,350 + 410 is never 1,940)."""
    parts = [item for item in items[first:total] if item.kind == "amount"]
    if len(parts) < 2 or items[total].kind != "amount":
        return False
    columns: list[tuple[Decimal, list[Decimal]]] = []
    for i, value in enumerate(items[total].values):
        if value is None:
            continue
        terms = [p.values[i] for p in parts]
        if any(term is None for term in terms):
            return False
        columns.append((value, [term for term in terms if term is not None]))
    return any(value for value, _ in columns) and any(
        all(sum((sign * term for sign, term in zip(signs, terms, strict=True)), Decimal(0)) == value
            for value, terms in columns) for signs in _readings_of_lines_taken_off(parts))


def _readings_of_lines_taken_off(parts: Sequence[LineItem]) -> list[tuple[int, ...]]:
    """The signs the parts of a sum may be read with: each as printed, and, where some line's words say it is
    taken off ("Less:", "Less -", "Deduct"), that line taken away instead (its figure printed bare)."""
    printed = tuple(1 for _ in parts)
    taken_off = tuple(-1 if LESS_LINE.match(part.label) else 1 for part in parts)
    return [printed] if taken_off == printed else [printed, taken_off]


def _sums_a_run_through(items: Sequence[LineItem], owner: int, total: int) -> bool:
    """Whether the line at `total` adds up the lines right above it, a run that takes in the first line to
    claim the concept: "Transaction revenues" / "Revenues from other value added services" / "Net revenues"
    (round 317: the second part, its words matching as a revenue line does, had been printed as the
    company's revenue, and the whole left nameless). The arithmetic decides which line is the whole; parts
    only add (revenue less a cost is a margin, however named)."""
    if items[total].kind != "amount":
        return False
    # (matching_run reads no further up than MAX_COMPONENTS lines: only those are copied, so that a table of
    # many lines claiming revenue stays linear)
    run = matching_run(list(items[max(0, total - MAX_COMPONENTS) : total]), items[total])
    return run is not None and any(part is items[owner] for part in run) and all(
        part.kind == "amount" and all(v is None or v >= 0 for v in part.values) for part in run)


def _basic_plus(basic: LineItem | None, effect: LineItem, line: LineItem) -> bool:
    """Whether the line is the basic count plus the line claiming the diluted count before it: that one is the
    dilution's effect ("Effect of dilutive stock options and restricted stock units"), this the diluted count
    (round 334: the effect had been taken for the count, and the check of diluted EPS failed on correct
    figures, holding them back)."""
    if basic is None:
        return False
    columns = [(b, e, d) for b, e, d in zip(basic.values, effect.values, line.values, strict=True)
               if b is not None and e is not None and d is not None]
    return bool(columns) and all(abs(b + e - d) <= 1 for b, e, d in columns) and any(e for _, e, _ in columns)


def _taxed_to_the_next_line(items: Sequence[LineItem], line: int) -> bool:
    """Whether the tax printed right after the line takes it to the line after the tax (the net result, or
    "Income before minority interest"), in every column: the company's income before taxes, where a
    segment's "Homebuilding pretax income" above claims it in words too (rounds 327 and 332: the segment's
    figure had been printed as the company's, verified)."""
    after = list(itertools.islice((i for i in range(line + 1, len(items)) if items[i].kind == "amount"), 2))
    if len(after) < 2 or "income_tax" not in items[after[0]].concepts:
        return False
    columns = [(p, abs(t), n) for p, t, n in zip(items[line].values, items[after[0]].values, items[after[1]].values,
                                                 strict=True) if p is not None and t is not None and n is not None]
    return bool(columns) and all(p - t == n or p + t == n for p, t, n in columns)


def _preferred(item: LineItem) -> bool:
    """A total, or the line attributable to the company ("Net income attributable to X", or "Owners of
    the parent" under "Attributable to:"), over the line it refines."""
    return bool(_PREFERRED_TOTAL.search(item.label)) or bool(
        ATTRIBUTABLE_HEADING.match(item.section) and not NONCONTROLLING.search(item.label))


_FLOWS = ("operating_cash_flow", "investing_cash_flow", "financing_cash_flow")


def _outflows_printed_bare(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """"Net cash used in operating activities   $19,904" is an outflow printed as its size, as "Net loss
    34,461" is a loss: the words say which way it goes, unless the statement's own arithmetic (the flows
    adding up to the net change in cash as printed) says the figures carry their signs already. Where the
    flows add up neither as printed nor turned, the words still decide: the line is never kept as an inflow
    (round 722: "Net cash used in investing activities 4,910" had been printed as one, verified by a footing
    of its own bare lines); the failed check of the flows holds it back, turned, which a footing of bare lines
    no longer clears (it fails on the sign), and `outflows_of_unknown_sign` names it in a warning."""
    bare = [i for i, item in enumerate(items) if _bare_outflow(item)]
    if not bare:
        return items
    turned = tuple(negated(item) if i in bare else item for i, item in enumerate(items))
    return items if _flows_foot(items, _FLOWS) else turned


def _bare_outflow(item: LineItem) -> bool:
    """A flow's line whose words say it is an outflow ("Net cash used in ...") printed with no sign in any
    column: its size, its sign to be read from the words or the arithmetic."""
    return bool(set(item.concepts) & set(_FLOWS)) and _USED_ONLY.search(item.label) is not None and any(
        v for v in item.values if v is not None) and all(v >= 0 for v in item.values if v is not None)


def outflows_of_unknown_sign(items: Sequence[LineItem]) -> tuple[LineItem, ...]:
    """The outflows printed bare ("Net cash used in investing activities 4,910", no parenthesis or minus in its
    cells) that `_outflows_printed_bare` turned by their words alone, the flows adding up to the net change in
    cash neither as printed nor turned: what a warning names, their sign unsure. Empty where the arithmetic
    decided, or says nothing (no net change printed)."""
    lines = tuple(items)
    turned = [i for i, item in enumerate(lines) if _bare_outflow(negated(item)) and not _signed_cells(item)]
    if not turned or _flows_foot(lines, _FLOWS) is not False:
        return ()
    printed = tuple(negated(item) if i in turned else item for i, item in enumerate(lines))
    return tuple(lines[i] for i in turned) if _flows_foot(printed, _FLOWS) is False else ()


def _signed_cells(item: LineItem) -> bool:
    """Whether a cell of the line prints a sign: a parenthesis or a minus."""
    return any(mark in cell for cell in item.cells for mark in ("(", "-", "\u2212", "\u2013"))


def _totals_of_flow_sections(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A flow's section with no line claiming its flow has its total all the same where the release prints
    it without words: an unworded total under a rule closing the section's lines, which it adds up (round 695:
    "Cash flows from operating activities" / ... / a rule / "2,039.9", the reader's "Total Cash flows from
    operating activities", had left all three flows unprinted); or the section's one line ("Cash flows from
    investing activities:" / "Proceeds from sales of equipment 455,285", a rule under it: round 677). The
    flows so found are named together and kept where the three then add up to the net change in cash in every
    column; where the statement prints no net change, an unworded total adding up its section's lines stands
    on that arithmetic alone (a sole line, which adds up nothing, does not)."""
    flows = ("operating_cash_flow", "investing_cash_flow", "financing_cash_flow")
    totals: dict[int, str] = {}
    sole_lines: dict[int, str] = {}
    for flow in flows:
        if first_index(items, flow) is not None:
            continue
        total = _unworded_total_of_the_flows_section(items, flow)
        if total is not None:
            totals[total] = flow
            continue
        sole = _sole_line_under_the_flows_heading(items, flow)
        if sole is not None:
            sole_lines[sole] = flow
    found = {**totals, **sole_lines}
    if not found:
        return items
    named = _with_flows(items, found)
    foots = _flows_foot(named, flows)
    if foots:
        return named
    if foots is None and totals and first_index(items, "net_change_in_cash") is None:
        return _with_flows(items, totals)
    return items


def _with_flows(items: tuple[LineItem, ...], found: dict[int, str]) -> tuple[LineItem, ...]:
    return tuple(_with_concepts(item, (*item.concepts, found[i])) if i in found else item
                 for i, item in enumerate(items))


def _unworded_total_of_the_flows_section(items: tuple[LineItem, ...], flow: str) -> int | None:
    """The index of the first unworded total (no words, or the reader's name after its heading) under a
    heading naming the flow that adds up every line of the section above it, in every column; None where
    there is none."""
    for index, item in enumerate(items):
        if not (item.is_total and item.kind == "amount" and not item.concepts and _unworded(item)
                and item.section and _heading_names(item.section, flow)):
            continue
        start = next(i for i, line in enumerate(items) if line.section == item.section)
        if _closes_its_section(items, start, index):
            return index
    return None


def _heading_names(heading: str, flow: str) -> bool:
    return flow in (match_concept(heading), match_concept(f"total {heading}"))


def _closes_its_section(items: tuple[LineItem, ...], start: int, end: int) -> bool:
    """Whether the line at `end` adds up the section's lines from `start`: a run of them, or its one line
    printed again (a section of one line under a rule, its total the same figures)."""
    parts = [item for item in items[start:end] if item.kind == "amount"]
    if len(parts) == 1:
        total = items[end].values
        return None not in total and parts[0].values == total and any(total)
    return bool(parts) and _sums_its_side(items, start, end)


def _sole_line_under_the_flows_heading(items: tuple[LineItem, ...], flow: str) -> int | None:
    """The index of the one amount printed under a heading naming the flow ("Cash flows from investing
    activities:", "Investing activities:"); None where the heading has no line or more than one under it."""
    under = [i for i, item in enumerate(items)
             if item.section and item.kind == "amount" and _heading_names(item.section, flow)]
    return under[0] if len(under) == 1 else None


def _flows_foot(items: tuple[LineItem, ...], flows: tuple[str, ...]) -> bool | None:
    """Whether the three flows, and the lines between the last of them and the net change (the effect of
    exchange rates), add up to the net change in every column that prints them all; None where the
    statement prints no net change (nothing to say)."""
    where = [first_index(items, c) for c in (*flows, "net_change_in_cash")]
    if any(w is None for w in where):
        return None
    *at, change_at = (w for w in where if w is not None)
    at += [i for i in range(max(at) + 1, change_at) if items[i].kind == "amount" and not items[i].concepts]
    said = None
    for column in range(len(items[0].values)):
        change = items[change_at].values[column]
        parts = [items[i].values[column] for i in at[:3]]
        if change is None or any(p is None for p in parts):
            continue
        total = sum((p for p in parts if p is not None), Decimal(0))
        total += sum((items[i].values[column] or Decimal(0) for i in at[3:]), Decimal(0))
        said = (said is not False) and abs(total - change) <= _FLOW_ROUNDING
    return said


# How far the flows' rounded figures may miss their rounded sum: a unit each.
_FLOW_ROUNDING = Decimal(3)

# An outflow by its words alone: "Net cash used in ...", not "provided by (used in)" or "(used in) provided by".
_USED_ONLY = re.compile(r"^(?:net\s+)?cash\s+(?:flows?\s+)?used\s+(?:in|by|for)\b(?!.*\bprovided\b)", re.I)


def _unlabelled_grand_totals(items: tuple[LineItem, ...], reader_named: set[int]) -> tuple[LineItem, ...]:
    """A balance sheet that prints its grand totals without words (HCA: "$52,711" under the assets and
    again as the last line; Franklin Covey: the last line alone): the last line, and the line before the
    liabilities that equals it in every column, are total liabilities and equity and total assets, for the
    two sides balance. Each must add up the lines between it and the total before it, else nothing is named.
    So is the unworded total of the assets where the last line names the total of the other side (w3m's
    figures set above their words: round 584's rule had worded it, leaving the assets' total unnamed)."""
    if len(items) < 4:
        return items
    last = len(items) - 1
    closing = items[last]
    worded = "total_liabilities_and_equity" in closing.concepts and None not in closing.values
    if not worded and any("total_liabilities_and_equity" in item.concepts for item in items):
        return items
    if not worded and (closing.kind != "amount" or closing.concepts or not _unworded(closing)
                       or None in closing.values):
        return items
    named = first_index(items, "total_assets")
    assets = named if named is not None and items[named].values == closing.values else next(
        (i for i in range(last - 1, 0, -1) if items[i].values == closing.values and _unworded(items[i])
         and items[i].kind == "amount" and not items[i].concepts), None)
    if assets is None or (named is None and not _sums_its_side(items, 0, assets)) or not _sums_its_side(
            items, assets + 1, last):
        return items
    result = list(items)
    if named is None:
        result[assets] = dataclasses.replace(items[assets], label=items[assets].label or "Total assets",
                                             concepts=("total_assets",), is_total=True)
    if not worded:
        # (a bare "TOTAL" keeps its printed word: the facts' label is the release's; the reader's name is given
        # only to a line printing none, or over the one it gave after a heading, `reader_named`: round 730)
        printed = closing.label if closing.label and last not in reader_named else ""
        result[last] = dataclasses.replace(closing, label=printed or "Total liabilities and equity",
                                           concepts=("total_liabilities_and_equity",), is_total=True)
    return tuple(result)


def _liabilities_under_a_heading_of_both_sides(items: tuple[LineItem, ...], named: set[int]
                                               ) -> tuple[LineItem, ...]:
    """A sum printed without words under "Liabilities and Stockholders' Equity", which the reader named for that
    heading (`named`: no words of the release's), that is not the total assets in some column, closes the lines
    after the assets (it adds up every one of them) and, with what follows it, makes the total assets, is the
    total liabilities: the heading names both sides, and the first bare sum under it closes only the liability
    lines. What follows makes the total assets where the stockholders' equity after it adds to it (`_completes_
    the_assets`) or a later line equal to the total assets adds up it and every line after it; that last bare
    line is left for `_unlabelled_grand_totals` to name. Round 707: a bank's liabilities had been printed as
    their sum with the equity, verified, and its grand total left unnamed. The arithmetic decides; where it does
    not, the line keeps its name and the failed balance identity holds it back (core.checks.verification)."""
    at, assets = first_index(items, "total_liabilities_and_equity"), first_index(items, "total_assets")
    if (at is None or assets is None or at not in named or at < assets or _equals_the_assets(items, items[at])
            or first_index(items, "total_liabilities") is not None or not _sums_its_side(items, assets + 1, at)):
        return items
    if not (_completes_the_assets(items, at, assets) or any(
            _equals_the_assets(items, items[last]) and _sums_its_side(items, assets + 1, last)
            for last in range(at + 1, len(items)))):
        return items
    line = items[at]
    result = list(items)
    result[at] = dataclasses.replace(line, label="Total liabilities", concepts=(
        "total_liabilities", *(c for c in line.concepts if c != "total_liabilities_and_equity")), is_total=True)
    return tuple(result)


def _completes_the_assets(items: tuple[LineItem, ...], at: int, assets: int) -> bool:
    """Whether the line at `at` and the stockholders' equity printed after it add up to the total assets in
    every column printing all three (and in one at least)."""
    equity = next((i for i in range(at + 1, len(items)) if "stockholders_equity" in items[i].concepts), None)
    if equity is None:
        return False
    triples = [(a, b, c) for a, b, c in zip(items[at].values, items[equity].values, items[assets].values, strict=True)
               if a is not None and b is not None and c is not None]
    return bool(triples) and all(a + b == c for a, b, c in triples)


def _unworded_current_totals(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """An unworded line (no words, "Subtotal", or a name the reader gave after its heading: "Total Assets" under
    "Assets") adding up every line its side opens with, which the side's printed total adds up with the lines
    after it, is the total of the current lines, where the lines it sums say they are current ("Other current
    assets", "Inventories", "Accounts payable") and none that it is not ("Property and equipment, net"), under
    no heading but one of a kind of balance ("Assets"): a balance sheet lists the current assets and
    liabilities first and may close them by a bare sum (round 688: a miner's sums of its current assets and
    liabilities, under no "Current assets:" heading, had come out as "Subtotal" with no concept). The arithmetic
    finds the sum; the words keep a bank's first lines (its cash, its deposits) and a homebuilder's under
    "Homebuilding:" (a business's assets, plant among them) from being named so. The liabilities' side is
    closed by their total, or where none is printed by the total of both."""
    assets = first_index(items, "total_assets")
    if assets is None:
        return items
    liabilities = first_index(items, "total_liabilities")
    if liabilities is None:
        liabilities = first_index(items, "total_liabilities_and_equity")
    sides = [(0, assets, "total_current_assets", "Total current assets")]
    if liabilities is not None and liabilities > assets:
        sides.append((assets + 1, liabilities, "total_current_liabilities", "Total current liabilities"))
    result = list(items)
    for start, end, concept, label in sides:
        at = None if first_index(items, concept) is not None else _current_subtotal(items, start, end)
        if at is not None:
            result[at] = dataclasses.replace(items[at], label=label, concepts=(concept,), is_total=True)
    return tuple(result)


# The heading a balance sheet's equity stands under ("Stockholders' equity:", "Shareholders' deficit:").
_EQUITY_SECTION = re.compile(r"equity|deficit|stockholders|shareholders|shareowners|partners|members", re.I)


def _total_liabilities_of_part_of_them(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A "Total liabilities" closes the liabilities: where a line naming an amount owed ("Long-term debt",
    vocabulary.OWED_LINE) is printed after it, before the equity, and the total of liabilities and equity adds it
    up beside the total and the equity, the total covered only part of them and is no total liabilities (round
    725: current liabilities and other long-term liabilities, "Total liabilities 32,200", the debt of 20,000
    printed under it, had been printed as the total liabilities, verified). A redeemable stock there (temporary
    equity) owes nothing and leaves the total whole."""
    assets, total, both = (first_index(items, c) for c in ("total_assets", "total_liabilities",
                                                            "total_liabilities_and_equity"))
    if assets is None or total is None or both is None or not assets < total < both:
        return items
    owed = False
    for item in items[total + 1 : both]:
        if _EQUITY_SECTION.search(item.section) or "stockholders_equity" in item.concepts:
            break
        owed = owed or (item.kind == "amount" and OWED_LINE.search(item.label) is not None
                        and not _REDEEMABLE.search(item.label))
    if not owed or not _sums_its_side(items, assets + 1, both):
        return items
    line = items[total]
    return (*items[:total], _with_concepts(line, tuple(c for c in line.concepts if c != "total_liabilities")),
            *items[total + 1 :])


def _current_subtotal(items: tuple[LineItem, ...], start: int, end: int) -> int | None:
    """The first unworded line after `start` adding up every line from `start` on, where those lines say they
    are current, lines stand between it and the side's total `end`, and that total adds it up with them."""
    for at in range(start + 1, end):
        item = items[at]
        if item.kind != "amount" or item.concepts or not _unworded(item) or None in item.values:
            continue
        if not _sums_its_side(items, start, at):
            continue
        parts = [line for line in items[start:at] if line.kind == "amount"]
        after = [line for line in items[at + 1 : end] if line.kind == "amount"]
        said = any(CURRENT_BALANCE_LINE.search(line.label) for line in parts) and not any(
            NONCURRENT_BALANCE_LINE.search(line.label) for line in parts)
        of_a_balance = all(not line.section or BALANCE_SECTION_WORDS.search(line.section) for line in [*parts, item])
        return at if said and of_a_balance and after and _sums_its_side(items, start, end) else None
    return None


# A balance sheet's totals and the subtotal each includes: the total is printed after it, and is no smaller.
_INCLUDES = (("total_liabilities", "total_current_liabilities"), ("total_assets", "total_current_assets"))


def _totals_above_their_parts(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """A line named for a total that stands above the subtotal it would include, and is smaller than it in
    a column, is a part of that subtotal: "ACCRUED EXPENSES AND OTHER CURRENT" / "LIABILITIES   94,859" in
    capitals, a wrapped label's last word read as a line of its own, under the current liabilities of
    255,524. The words allow both readings; the order and the arithmetic decide."""
    result = list(items)
    for total, part in _INCLUDES:
        at, within = first_index(items, total), first_index(items, part)
        if at is None or within is None or at > within:
            continue
        line = items[at]
        if any(t is not None and p is not None and abs(t) < abs(p)
               for t, p in zip(line.values, items[within].values, strict=True)):
            result[at] = _with_concepts(line, tuple(c for c in line.concepts if c != total))
    return tuple(result)


def _unworded(item: LineItem) -> bool:
    """A line the release prints without words, or that the reader named after its heading ("Total
    Stockholders' equity (deficit)" for HCA's last line), or a bare "Total" (a utility's "Total   $553,482"
    closing its assets and again its capitalization and liabilities, round 664) or "Subtotal" (the reader's
    name for a heading's sum a total in words follows, round 688): its words say nothing of what it sums, so
    the side it adds up and the two sides' balance name it, as they name a line with no words."""
    return not item.label or normalise_label(item.label) in ("total", "subtotal") or (
        item.is_total and item.label.startswith("Total ") and item.label[6:7].isupper())


def _sums_its_side(items: tuple[LineItem, ...], start: int, end: int) -> bool:
    """Whether the line at `end` adds up the lines from `start` on, a subtotal standing for the run above it
    that it adds up (core.statements.runs, as the footing check finds runs): the whole side, not a part."""
    stack: list[LineItem] = []
    for item in items[start:end]:
        if item.kind != "amount":
            continue
        run = matching_run(stack, item)
        if run is not None:
            del stack[-len(run):]
        elif item.is_total and stack and stack[-1].values == item.values:
            stack.pop()  # a total of one line ("Total current liabilities" under its only one) stands for it
        stack.append(item)
    run = matching_run(stack, items[end])
    return run is not None and len(run) == len(stack)


def _liabilities_positive(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Liabilities printed as deductions ("Current liabilities: Trade and other payables (512.0) ...
    (1,219.3)", above "Net current assets" in a UK balance sheet) are amounts owed, stored positive: every
    line of a liabilities section whose figures are all in parentheses, its total among them. A UK sheet's
    "Creditors: amounts falling due within one year" (its current liabilities in one line, round 720) is such a
    section and its total at once."""
    totals = [item for item in items if {"total_current_liabilities", "total_liabilities"} & set(item.concepts)]
    if not any(all(v <= 0 for v in item.values if v is not None) and any(v for v in item.values if v)
               for item in totals):
        return items
    return tuple(negated(item) if (_LIABILITIES.search(item.section or item.label) or item in totals)
                 and item.kind == "amount"
                 and all(v <= 0 for v in item.values if v is not None) and any(v for v in item.values if v)
                 else item for item in items)


def _equity_without_noncontrolling(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Stockholders' equity is the company's own: where "Total equity" adds noncontrolling interests to
    a line above it ("Tetra Tech stockholders' equity" + "Noncontrolling interests" = "Total stockholders'
    equity"), the concept moves to that line. The arithmetic decides which line it is, not its words."""
    # The total is the first line of the concept with noncontrolling interests just above it: a
    # partnership's "Total partners' capital" above them claims the concept by its words as well.
    total, minority = next(((index, near) for index, item in enumerate(items) if "stockholders_equity" in item.concepts
                            and (near := [i for i in range(max(0, index - 4), index)
                                          if NONCONTROLLING.search(items[i].label)
                                          and not _REDEEMABLE.search(items[i].label)])), (None, []))
    if total is None:
        return items
    share = items[minority[-1]]
    # above the noncontrolling interests, or between them and the total ("Preferred stock of subsidiary
    # (noncontrolling interest)" / "Common shareholders' equity" / "Total equity", a utility's since 2009:
    # round 227, where total equity had been printed as the company's)
    for index in [*range(minority[-1] + 1, total), *range(minority[-1] - 1, max(-1, minority[-1] - 4), -1)]:
        candidate = items[index]
        if candidate.kind != "amount" or set(candidate.concepts) - {"stockholders_equity"}:
            # any line is tried, its name cut by a renderer or not ("Total Northgate Capital" / "Partners, Inc.
            # stockholders' equity", round 443; "Services, Inc." alone, the line above taken for prose, round
            # 457): the sum with the noncontrolling interests decides, in every column
            continue
        sums = [(c, n, t) for c, n, t in zip(candidate.values, share.values, items[total].values, strict=True)
                if c is not None and t is not None]
        if sums and all(c + (n or 0) == t for c, n, t in sums):
            result = list(items)
            result[index] = _with_concepts(candidate, ("stockholders_equity",))
            result[total] = _with_concepts(items[total], tuple(c for c in items[total].concepts
                                                               if c != "stockholders_equity"))
            return tuple(result)
    return items


def _with_concepts(item: LineItem, concepts: tuple[str, ...]) -> LineItem:
    return LineItem(item.label, item.values, concepts, item.kind, item.span, item.section, item.is_total,
                    item.cells)


def _of_the_net_result(item: LineItem) -> bool:
    """Whether a per-share line's heading names the net result ("Per share data: / Net income: / Diluted"),
    not a part of it ("Net realized gains, net of tax: / Diluted" printed first: round 340)."""
    heading = PER_SHARE_HEADING.split(item.section)[-1].strip(" :") if item.section else ""
    return bool(heading) and match_concept(_HEADING_DATA.sub("", heading).lower()) == "net_income"


def _net_result_after_a_subtotal_a_share(owner: LineItem, item: LineItem) -> bool:
    """Whether, under one per-share heading, `item`'s own words name the net result and `owner`'s a result short
    of it ("Per share: / Income before gain on sale of property / Gain on sale of property / Net income"): the
    EPS is the net result's figure a share, the subtotal's a step on the way (round 677: the subtotal's .19 had
    been read as the EPS and failed against the net income in three columns of four)."""
    if owner.section != item.section or not item.section:
        return False
    if match_concept(normalise_label(item.label)) not in _NET_RESULTS:
        return False
    own = normalise_label(owner.label)
    return _A_RESULT_WORD.search(own) is not None and match_concept(own) not in (*_NET_RESULTS, "eps")


# "data" or "amounts" left after a per-share heading's words ("Per share data Net income").
_HEADING_DATA = re.compile(r"^(?:data|amounts|information)\b\s*", re.IGNORECASE)


def _names_family(item: LineItem, concept: str) -> bool:
    """Whether a per-share or share line says it is basic or diluted, rather than serving as both:
    "Profit per common share - diluted" is the diluted figure where "Profit per common share" also
    claims it."""
    if not concept.startswith(("eps_", "shares_")):
        return False
    return len(basic_diluted(f"{item.section} {item.label}", concept.split("_")[0])) == 1


def _statistics_section(kind: str, section: str) -> bool:
    """Whether a row stands under a heading of operating statistics ("Selected Operating Data") of a statement
    of operations, or of a cash flow that closes on them (round 628: a school's "Total enrollment at end of
    period  41,870" and "Campuses  44" under its cash flow, read as thousands of dollars). A cash flow's
    "Supplemental information" lists amounts, and stays one."""
    if kind == "cash_flow":
        return STATISTICS_HEADING.search(section) is not None and _SUPPLEMENTAL.match(section) is None
    return kind == "operations" and STATISTICS_HEADING.search(section) is not None


_SUPPLEMENTAL = re.compile(r"\s*supplement", re.IGNORECASE)


# The passes, in the order `line_items` runs them. Where one pass reads a concept another sets or clears, their
# order is stated in the later one's docstring ("Runs after ..."); a new pass goes where what it reads is settled.

# Before one line is kept for each concept, every kind of statement: the lines whose claims the words made and the
# statement's shape denies, and the signs of the costs printed as deductions.
_EVERY_STATEMENTS_CLAIMS: tuple[Callable[[list[LineItem]], list[LineItem]], ...] = (
    _counts_under_their_eps,
    _expense_lines_positive,
    _parts_of_a_cost_turned,
    _other_income_after_its_tax,
    _taxes_in_parts,
    _common_after_noncontrolling,
    _company_share_after_noncontrolling,
    _classes_of_stock_apart,
)

# ... after the rates' totals (a line of rates read as an amount would count among the lines the other passes add
# up) and, for a statement of operations or a balance sheet, the passes of its own.
_CLAIMS_SET_APART: dict[StatementKind, tuple[Callable[[list[LineItem]], list[LineItem]], ...]] = {
    "operations": (
        _rate_totals_by_the_arithmetic,
        _eps_only_of_the_net_result_above,
        _costs_named_among_the_revenue,
        _segments_revenue_apart,
        _segments_lines_apart,
        _segments_net_results_apart,
        _memos_after_the_share_counts,
        *_EVERY_STATEMENTS_CLAIMS,
    ),
    "balance": (
        _rate_totals_by_the_arithmetic,
        _segments_balances_apart,
        _stock_amounts_by_the_arithmetic,
        _current_assets_only_among_them,
        *_EVERY_STATEMENTS_CLAIMS,
    ),
    "cash_flow": (_rate_totals_by_the_arithmetic, *_EVERY_STATEMENTS_CLAIMS),
    "other": (_rate_totals_by_the_arithmetic, *_EVERY_STATEMENTS_CLAIMS),
}

# One line kept for each concept (`_unique_concepts`), a statement of operations: the lines the words left unnamed
# (or named wrongly) that the arithmetic names, from the bottom of the chain's results up to its top line and back
# down through its costs. Each pass looks up a concept's one line (`first_index`), so it runs after the passes
# that set the concepts it reads.
_OPERATIONS_AFTER_ONE_LINE_A_CONCEPT: tuple[Callable[[tuple[LineItem, ...]], tuple[LineItem, ...]], ...] = (
    # the results and the tax
    _pretax_by_the_arithmetic,
    _tax_by_the_arithmetic,
    # the cost of revenue and the gross profit, where the words named the revenue
    _commodity_cost_alone,
    _gross_profit_by_the_arithmetic,
    # the share counts and the result they divide
    _primary_count_by_the_arithmetic,
    _count_of_a_lone_eps,
    _shares_of_a_bare_loss,
    _common_straight_after_the_tax,
    # the revenue, where no words named it
    _sole_revenue_line,
    _revenue_summed_below,
    _unlabelled_revenue_total,
    _revenue_by_the_gross_profit,
    # the costs and the operating result, taken from the revenue
    _sole_cost_above_gross_profit,
    _sole_expenses_line,
    _total_costs_and_expenses,
    _nonoperating_whole,
    _net_operating_income_by_the_arithmetic,
    # a claimant the arithmetic denies, every line named
    _revenue_the_gross_profit_starts_from,
    _cost_the_gross_profit_takes,
    _cost_beside_another_cost,
    _expense_beside_its_counterparty_twin,
    _net_revenue_after_deductions,
    _deductions_by_the_arithmetic,
    _revenue_beside_the_gross_profit,
    _insurer_total_of_part_of_the_costs,
    _total_of_part_of_the_expenses,
)

_CASH_FLOW_AFTER_ONE_LINE_A_CONCEPT: tuple[Callable[[tuple[LineItem, ...]], tuple[LineItem, ...]], ...] = (
    _totals_of_flow_sections,
    _outflows_printed_bare,
)


def _after_one_line_a_concept(kind: StatementKind, named: set[int]
                              ) -> tuple[Callable[[tuple[LineItem, ...]], tuple[LineItem, ...]], ...]:
    """The passes run once one line is kept for each concept, in order, for a statement of `kind`. A balance
    sheet's take the places of the sums the reader named for their headings (`named`: a line the release gave no
    words), bound to them here; a statement of another kind has none."""
    if kind == "operations":
        return _OPERATIONS_AFTER_ONE_LINE_A_CONCEPT
    if kind == "cash_flow":
        return _CASH_FLOW_AFTER_ONE_LINE_A_CONCEPT
    if kind != "balance":
        return ()
    return (
        _totals_above_their_parts,
        functools.partial(_liabilities_under_a_heading_of_both_sides, named=named),
        functools.partial(_unlabelled_grand_totals, reader_named=named),
        _unworded_current_totals,
        _total_liabilities_of_part_of_them,
        _equity_without_noncontrolling,
        _liabilities_positive,
    )
