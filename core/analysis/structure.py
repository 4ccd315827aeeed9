"""Which lines of a statement are totals, and which lines each total adds up: read from the arithmetic.

The reader marks a line as a total when it follows a rule or starts with "Total". Both hints mislead on real
releases: HTML renderings put a rule above the first line of a section (ServiceNow's "Sales and marketing",
57% of its operating expenses, came out as a "total" and was dropped from the expense mix), and a gross
amount printed before "Less accumulated depreciation" is not a total either. So the analysis trusts the
sums instead: a line is a total when it equals the sum of the two or more lines printed directly above it
that no other total has already taken. Taking them is what keeps a subtotal ("Total current assets",
"Total cloud and license revenues") from counting twice in the total above it.

This is a reading for the pages (expense mix, balance-sheet blocks); the facts keep the reader's flags.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from core.formatting import sentence_case, without_marks
from core.model import LineItem, Release, Statement
from core.statements.runs import SUBTRACTED, counted
from core.statements.units import printed_step
from core.vocabulary import INTEREST_SECTION, NAMES_INTEREST, match_concept

# A total prints rounded like its parts; k parts rounded to the unit can miss their printed total by up to
# k/2 units. Allow that, never more, so a coincidence of a few units does not make a total.
_HALF = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class Footing:
    """Each total (by its index in `statement.items`) with the indices of the lines it sums."""

    statement: Statement
    parts: dict[int, tuple[int, ...]]

    def is_total(self, item: LineItem) -> bool:
        return self.index(item) in self.parts

    def index(self, item: LineItem) -> int:
        """Position of `item` (by equality: the cache may hand back the footing of an equal statement);
        -1 for a line that is not in the statement."""
        return next((i for i, candidate in enumerate(self.statement.items) if candidate == item), -1)

    def components(self, item: LineItem) -> tuple[LineItem, ...]:
        """The lines `item` sums, in print order; empty when it is no total."""
        return tuple(self.statement.items[i] for i in self.parts.get(self.index(item), ()))

    def leaves(self, item: LineItem, *, keep_netted: bool = True) -> tuple[LineItem, ...]:
        """The lines under `item`, subtotals opened into their own lines.

        A subtotal that nets a deduction ("Property and equipment" less "accumulated depreciation") stays
        whole when `keep_netted`: a reader wants the net figure, not a gross bar and a negative one.
        """
        found: list[LineItem] = []
        for part in self.components(item):
            inner = self.components(part)
            netted = any((v or 0) < 0 for p in inner for v in p.values) or any(SUBTRACTED.match(p.label) for p in inner)
            if inner and not (keep_netted and netted):
                found.extend(self.leaves(part, keep_netted=keep_netted))
            else:
                found.append(part)
        return tuple(found)


def _sums(total: LineItem, parts: list[LineItem], scale: int) -> bool:
    """True when `parts` add up to `total` in every column where the total is printed (and one at least).
    Income tax is stored as an expense (a benefit negative), so it is taken off the result, not added."""
    tolerance = printed_step((total, *parts), scale) * _HALF * len(parts)
    signs = [-1 if "income_tax" in part.concepts else 1 for part in parts]
    checked = False
    for column, value in enumerate(total.values):
        if value is None:
            continue
        # "Less: Allowance for credit losses  68,642" is taken away, as the statement's own footing reads it.
        cells = [counted(part, column) if column < len(part.values) else None for part in parts]
        if all(cell is None for cell in cells):
            return False
        if abs(sum((sign * (cell or Decimal(0)) for sign, cell in zip(signs, cells, strict=True)), Decimal(0))
               - value) > tolerance:
            return False
        checked = checked or value != 0
    return checked


@lru_cache(maxsize=64)  # pages ask for the same statement's footing many times in one run
def footing(statement: Statement) -> Footing:
    """Walk the statement top down; each amount line that sums the open lines just above it closes them.

    Among runs that sum, the shortest wins: a subtotal is found before the total that contains it.
    """
    open_lines: list[int] = []
    parts: dict[int, tuple[int, ...]] = {}
    items = statement.items
    for index, item in enumerate(items):
        if item.kind != "amount" or all(value is None for value in item.values):
            continue
        for count in range(2, len(open_lines) + 1):
            run = open_lines[-count:]
            if _sums(item, [items[i] for i in run], statement.scale):
                parts[index] = tuple(run)
                del open_lines[-count:]
                break
        open_lines.append(index)
    return Footing(statement, parts)




def display_label(statement: Statement, item: LineItem) -> str:
    """The line's label as a chart can show it on its own.

    The same words under two headings are two lines ("Subscription" revenue and "Subscription" cost): the
    heading is added so they stay apart. An unlabelled subtotal (the net figure under "Property and
    equipment" and its accumulated depreciation) is named after the first line it sums.
    """
    label = item.label.strip()
    if not label:
        parts = footing(statement).components(item)
        if not parts:
            return "Unlabelled line"
        first = parts[0].label.strip() or "Unlabelled line"
        netted = any((v or 0) < 0 for part in parts for v in part.values)
        return f"{first}, net" if netted else f"Total {first}"
    twins = [
        other for other in statement.items if other is not item and other.label.strip().lower() == label.lower()
    ]
    if (twins and item.section and any(other.section != item.section for other in twins)) or (
            _a_parts_result(statement, item)):
        return f"{without_marks(label)} ({without_marks(item.section).lower()})"
    if _a_part_of_interest(statement, item):
        return f"{_heading_named(without_marks(item.section))}: {_without_long_asides(without_marks(label))}"
    return _without_long_asides(without_marks(label))


def _a_part_of_interest(statement: Statement, item: LineItem) -> bool:
    """Whether the line is a part of a bank's interest income or expense named for what the interest is on
    alone ("Interest Expense" / "Deposits", "Borrowed funds"; "Interest Income" / "Loans receivable"): on its
    own it reads as the balance, so it carries its heading (UI-49: Horizon's "Deposits" and "Borrowed funds" had
    read as balances on the Periods page). Not a line naming interest itself ("Total interest expense")."""
    return (statement.kind == "operations" and item.kind == "amount" and bool(item.section)
            and INTEREST_SECTION.match(item.section) is not None and not NAMES_INTEREST.search(item.label))


def _heading_named(section: str) -> str:
    """A heading as a name opening a line's: "Interest Expense:" and "INTEREST EXPENSE" -> "Interest expense"
    (abbreviations kept)."""
    words = sentence_case(section.strip().rstrip(":").strip()).split()
    text = " ".join(word if word.isupper() and len(word) > 1 else word.lower() for word in words)
    return text[:1].upper() + text[1:]


# Results and costs a reader takes for the company's when a line is named for one alone
_COMPANY_MEASURES = frozenset({"revenue", "cost_of_revenue", "gross_profit", "research_and_development",
                               "selling_general_administrative", "total_operating_expenses", "operating_income",
                               "income_before_taxes", "net_income"})


# Headings that gather lines of one kind ("Costs and expenses:"), not a part of the company
_HEADING_OF_LINES = re.compile(r"\b(?:costs?|expenses?|revenues?|sales|income|earnings)\b", re.I)


def _a_parts_result(statement: Statement, item: LineItem) -> bool:
    """Whether the line is named for a measure of the company ("Operating income (loss)") that the reader
    left to a part of it: it stands under a heading ("Homebuilding:"), carries no concept, and no line of
    the statement carries that concept, so the heading is what says whose it is (UI-21: a homebuilding
    block's operating loss had been charted as "Operating income (loss)" beside "Revenues (homebuilding)")."""
    if (statement.kind != "operations" or item.concepts or not item.section or item.kind != "amount"
            or match_concept(item.section) or _HEADING_OF_LINES.search(item.section)):
        return False
    concept = match_concept(item.label)
    return concept in _COMPANY_MEASURES and not any(concept in other.concepts for other in statement.items)


_LONG_ASIDE = 40  # characters inside a parenthesis that make it a sentence of its own, not a name's part


def _without_long_asides(label: str) -> str:
    """The label without a parenthesised sentence ("Research and development (including $(47) and $40 from
    related party for the nine months period ended ...)"), which a chart's axis cannot hold; a short one
    ("(Mortgage banking)", "(income)") names the line and stays."""
    kept: list[str] = []
    depth, opened, start = 0, 0, 0
    for index, char in enumerate(label):
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0 and index - opened > _LONG_ASIDE:
                kept.append(label[start:opened])
                start = index + 1
    if depth and len(label) - opened > _LONG_ASIDE:  # an aside the label's end cut off
        kept.append(label[start:opened])
        start = len(label)
    kept.append(label[start:])
    shorter = " ".join("".join(kept).split()).rstrip(" ,;")
    return shorter or label


def _concepts(statement: Statement) -> set[str]:
    return {concept for item in statement.items for concept in item.concepts}


def _label_key(item: LineItem) -> tuple[str, str]:
    # (without marks: Oracle's year prints "Acquisition related and other (2)", its quarter the words alone, and
    # the year's $4,713 million had been left out of its expenses: UI-36)
    return (" ".join(without_marks(item.label).lower().split()), " ".join(without_marks(item.section).lower().split()))


def operations_statement(release: Release) -> Statement | None:
    """The primary statement of operations with every period the release prints for it.

    A fourth-quarter release often prints the quarter and the full year as two statements (Oracle): the
    reader takes the quarter as primary, and the year would never reach the period comparison. Here each
    other operations statement whose periods the primary lacks, and that shares most of its concepts (the
    GAAP twin, not a non-GAAP reconciliation), lends its columns, lined up by label and heading, else by
    concept. Lines the twin lacks are blank in the added columns.
    """
    primary = release.statement("operations")
    if primary is None:
        return None
    primary = _the_fuller_of_the_same_figures(release, primary)
    wanted = _concepts(primary)
    merged = primary
    for other in release.statements:
        if other.kind != "operations" or other is primary:
            continue
        # Periods by their end and length: a non-GAAP twin heads the same quarter in other words ("3 months
        # ended June 26, 2004" beside "THREE MONTHS ENDED June 26, 2004") and lends it no second column.
        have = {p.key for p in merged.periods}
        new = [p for p in other.periods if p.key not in have]
        if not new or len(new) != len(other.periods) or not wanted:
            continue
        if len(_concepts(other) & wanted) < 0.8 * len(wanted):
            continue  # a summary or a non-GAAP table: its lines are not the same lines
        merged = _add_columns(merged, other)
    for other in release.statements:
        if other.kind == "operations" and other is not primary:
            merged = _with_per_share_lines_of(merged, other)
    return _kinds_from_labels(merged)


_PER_SHARE_CONCEPTS = frozenset({"eps_basic", "eps_diluted", "shares_basic", "shares_diluted"})
# What a summary lends a statement of the same figures: the per-share lines, and the net result where the
# statement names none ("Consolidated Net Income" before the minority's share).
_LENT_CONCEPTS = _PER_SHARE_CONCEPTS | {"net_income", "net_income_to_common"}
_OPERATING_LINES = frozenset({"total_operating_expenses", "operating_income"})


def _the_fuller_of_the_same_figures(release: Release, primary: Statement) -> Statement:
    """Where the primary statement of operations is a summary printing no operating lines (a utility's
    "Financial Highlights": revenue, net income, EPS, shares) and another one over the same periods prints
    them with the same figures (its "Analysis of Consolidated Earnings", read with it: core.exhibit_choice),
    the pages draw from that one, the summary lending it the EPS and counts it leaves out (round UI-15: the
    expense breakdown and the waterfall had said the release prints no lines between revenue and the result).
    """
    if _OPERATING_LINES & _concepts(primary):
        return primary
    keys = {p.key for p in primary.periods}
    for other in release.statements:
        if (other.kind == "operations" and other is not primary and _OPERATING_LINES & _concepts(other)
                and {p.key for p in other.periods} == keys and _agrees(other, primary)):
            return _with_per_share_lines_of(other, primary)
    return primary


def _agrees(one: Statement, other: Statement) -> bool:
    """Whether two statements print the same figure, to the coarser printed digit, for every amount concept
    and period (by its end and length) both print, and do so for one at least."""
    half = max(one.printed_unit(), other.printed_unit()) / 2
    theirs = {(concept, period.key): value for item in other.items if item.kind == "amount"
              for concept in item.concepts[:1]
              for period, value in zip(other.periods, item.values, strict=True) if value is not None}
    shared = [(value, theirs[key]) for item in one.items if item.kind == "amount" for concept in item.concepts[:1]
              for period, value in zip(one.periods, item.values, strict=True)
              if value is not None and (key := (concept, period.key)) in theirs]
    return bool(shared) and all(abs(mine - their) <= half for mine, their in shared)


def _with_per_share_lines_of(base: Statement, other: Statement) -> Statement:
    """The statement with the EPS and share-count lines (and the net result) of a summary of the same
    figures that it leaves out, as the facts take them (core.facts): a utility's highlights print the net
    income, EPS and shares, its analysis of earnings the lines down to the net income and no EPS (round
    378). Only where every amount both print for a concept and period is the same figure (to the coarser
    printed digit), the two share a period, and the statement prints no line of that concept."""
    positions = {p.key: i for i, p in enumerate(base.periods)}
    # A table of EPS and counts alone (a "Per Share Data" table under the statement) prints no amount to agree
    # by: the reader kept it only where EPS x shares came back to the statement's net result
    # (scale_choice.counts_apart_from_their_result). Either may print a period more (a bank's linked
    # quarter), whose figures stay in the facts; the statement's own periods take theirs (UI-17: none had
    # reached a page).
    per_share_only = not any(item.kind == "amount" and item.concepts for item in other.items)
    if not any(p.key in positions for p in other.periods) or not (per_share_only or _agrees(base, other)):
        return base  # (figures that differ are another entity's or basis's)
    have = _concepts(base)
    lent = sorted((item for item in other.items if item.concepts and set(item.concepts) <= _LENT_CONCEPTS
                   and not set(item.concepts) & have), key=lambda item: item.kind != "amount")
    if not lent:
        return base
    added = []
    for item in lent:
        values: list[Decimal | None] = [None] * len(base.periods)
        for period, value in zip(other.periods, item.values, strict=True):
            if period.key in positions:
                values[positions[period.key]] = value
        added.append(dataclasses.replace(item, values=tuple(values)))
    return dataclasses.replace(base, items=(*base.items, *added))


# A per-share line or a share count printed among amounts ("Basic Earnings Per Share - Excluding One-Time
# Items", "End of Period Shares Outstanding (in millions)") must not be drawn on a dollar axis.
_PER_SHARE_LABEL = re.compile(r"\bper\s+(?:common\s+|diluted\s+|basic\s+)?share\b|\bEPS\b", re.IGNORECASE)
_SHARES_LABEL = re.compile(r"\bshares\b(?!.*\bper\b)", re.IGNORECASE)


def _kinds_from_labels(statement: Statement) -> Statement:
    """Lines whose label says per share or shares, but which were read as amounts, get that kind back.

    A per-share figure read as an amount was multiplied by the statement's scale ("in millions": 0.24
    became 240,000): the scale is taken off again. Share counts keep their value (it is a count either way).
    """
    items = []
    changed = False
    for item in statement.items:
        if item.kind == "amount" and _PER_SHARE_LABEL.search(item.label):
            values = tuple(None if v is None else v / statement.scale for v in item.values)
            item = dataclasses.replace(item, kind="per_share", values=values)
            changed = True
        elif item.kind == "amount" and _SHARES_LABEL.search(item.label) and not item.concepts:
            item = dataclasses.replace(item, kind="shares")
            changed = True
        items.append(item)
    return dataclasses.replace(statement, items=tuple(items)) if changed else statement


def _add_columns(base: Statement, other: Statement) -> Statement:
    by_label: dict[tuple[str, str], LineItem] = {}
    by_concept: dict[str, LineItem] = {}
    for item in other.items:
        by_label.setdefault(_label_key(item), item)
        for concept in item.concepts:
            by_concept.setdefault(concept, item)
    items = []
    for item in base.items:
        twin = by_label.get(_label_key(item))
        if twin is None or twin.kind != item.kind:
            twin = next((by_concept[c] for c in item.concepts if c in by_concept), None)
        values = twin.values if twin is not None and twin.kind == item.kind else (None,) * len(other.periods)
        items.append(dataclasses.replace(item, values=(*item.values, *values)))
    return dataclasses.replace(base, periods=(*base.periods, *other.periods), items=tuple(items))
