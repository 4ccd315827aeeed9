"""The chain of results down a statement of operations, and the lines each link adds up.

Operating result -> income before taxes -> (intermediate results such as "Net income" before
non-controlling interests) -> the net result attributable to the company. Each link is a bridge: its
start, its end, and the lines between that carry it from one to the other. Signs are read by core.statements.signs;
this module only says which lines take part.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.model import LineItem, first_index
from core.statements.runs import MAX_COMPONENTS, unit_of
from core.statements.signs import bridge_signs
from core.statements.units import HALF
from core.vocabulary import (
    AFTER_TAX_RE,
    COMPREHENSIVE_INCOME_LINE,
    NONCONTROLLING,
    RESULTS_PERIOD_RE,
    matched_form,
    normalise_label,
)

# An intermediate result ("Income before earnings of affiliates", "Loss from continuing operations",
# "Net income" or "Net income including noncontrolling interests" before the share of non-controlling
# interests): a link of the chain ends and starts there.
_RESULT_LINE = re.compile(
    r"^(?:consolidated\s+)?(?:\((?:loss|income)\)\s+)?(?:net\s+)?(?:\((?:loss|income)\)\s+)?"
    r"(?:income|loss|earnings|profit|result)"  # ("Result after taxes", "Net result": European filers')
    rf"(?:\s+\((?:loss|income)\))?(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?"
    r"(?:\s+and\s+comprehensive\s+(?:income|loss)(?:\s+\((?:loss|income)\))?)?"  # one line for both
    r"(?:\s+on\s+ordinary\s+activities)?"  # "Profit on ordinary activities after taxation" (UK, before 2005)
    # "Profit of consolidated companies", "Profit of consolidated and affiliated companies", with or without
    # a rule above it (round 184)
    r"(?:\s+of\s+consolidated(?:\s+and\s+affiliated)?\s+companies)?"
    # "Net earnings including noncontrolling interests", "Net earnings (including net earnings (loss)
    # attributable to noncontrolling interests)"
    r"(?:\s+(?:before|from\s+continuing)\b|\s+\(?including\s+[^()]*(?:\([^()]*\)[^()]*)*?"
    r"(?:non-?\s*controlling|minority)\s+interests?\)?$"
    # "Profit after taxation", "Profit after income tax expense for the half-year" (Australian: `AFTER_TAX_RE`)
    rf"|{AFTER_TAX_RE}(?:\s+for\s+the\s+{RESULTS_PERIOD_RE})?$|$)"
)
# A subtotal under a rule that names a result ("Profit of consolidated companies") is a link too.
_RESULT_WORD = re.compile(
    r"^(?:consolidated\s+)?(?:net\s+)?(?:\((?:loss|income)\)\s+)?(?:income|loss|earnings|profit|result)\b")
_SHARE_OF_OTHERS = re.compile(r"non-?\s*controlling|minority|attributable|equity\s+in|share\s+of|per\s+share|\btax")
_CHAIN = ("operating_income", "income_before_taxes", "net_income")


@dataclass(frozen=True, slots=True)
class Bridge:
    start: int
    end: int
    terms: tuple[int, ...]


def is_result_line(label: str) -> bool:
    """"Income before earnings of affiliates", "Net loss": a result the chain runs through."""
    return _RESULT_LINE.match(matched_form(label)) is not None



def result_chain(items: Sequence[LineItem]) -> list[Bridge]:
    """The links from the operating result (or the first result printed) to the net result."""
    anchors = sorted({i for c in _CHAIN if (i := first_index(items, c)) is not None})
    if first_index(items, "net_income") is None and anchors:
        # The net result's label lost (a PDF's text breaks "... attributable to Antero" / "Resources
        # Corporation" apart): the first result line after the last link still ends one ("Net income (loss)
        # ... including noncontrolling interests"), and says how the lines above it count.
        after = next((i for i in range(anchors[-1] + 1, len(items)) if items[i].kind == "amount"
                      and is_result_line(items[i].label)), None)
        if after is not None:
            anchors.append(after)
    if len(anchors) == 1 and anchors[0] == first_index(items, "net_income"):
        # The net result the only link (a REIT prints no operating result): the consolidated result right
        # above it, the noncontrolling interests' share between ("Net income" / "Less: net income attributable
        # to noncontrolling interests" / "Net income attributable to Stonebridge ..."), starts the chain.
        before = _consolidated_above(items, anchors[0])
        if before is not None:
            anchors.insert(0, before)
    if len(anchors) < 2:
        return []
    first, last = anchors[0], anchors[-1]
    since: set[str] = set()  # the labels printed since the last result
    parts: list[int] = []  # the amount lines since the last result
    parts_sums = _RunningSums()  # their sums, carried along
    for index in range(first + 1, last):
        label = normalise_label(items[index].label)
        if items[index].kind == "amount" and label not in since and not (
                len(parts) >= 2 and parts_sums.come_to(items[index])) and not _comprehensive(items[index]) and (
            _RESULT_LINE.match(label) or (
                items[index].is_total and _RESULT_WORD.search(label) and not _SHARE_OF_OTHERS.search(label))):
            anchors.append(index)
            since, parts, parts_sums = set(), [], _RunningSums()
            continue
        # A section's total named as its first line ("Income from discontinued operations" over its gain
        # on sale, then again as their sum), or any line adding up the lines since the last result ("...
        # Income from discontinued operations, net", round 453: a check had failed on a REIT that adds up),
        # is no result of its own: the chain runs on to the net result.
        since.add(label)
        if items[index].kind == "amount":
            parts.append(index)
            parts_sums.add(items[index])
    anchors = sorted(set(anchors))
    return [link for a, b in itertools.pairwise(anchors) for link in _cut_where_it_adds_up(items, a, b)]


def _cut_where_it_adds_up(items: Sequence[LineItem], start: int, end: int) -> list[Bridge]:
    """The link from `start` to `end`, or, where it adds up under no reading of its lines' signs, the two
    links either side of a result printed between them that do: "Earnings before income taxes  754" /
    "Provision for income taxes  (171)" / "Net earnings (Example and noncontrolling interests)  583" / the
    noncontrolling interests' share / the net result. Words after a result's name vary without end; the
    arithmetic says the line is the consolidated result (rounds 649, 650: unread, it left the tax's sign to
    the printed parentheses, and a provision was stored as a benefit)."""
    terms = _terms(items, start, end)
    if not terms or _adds_up(items, start, terms, end):
        return [Bridge(start, end, terms)]
    allotted = _allotted_above(items, terms, end)
    if allotted and _adds_up(items, start, terms[:-allotted], end):
        return [Bridge(start, end, terms[:-allotted])]
    cuts = [cut for cut, middle in enumerate(terms) if cut and _names_a_result(items[middle])]
    if len(cuts) > MAX_COMPONENTS:
        return [Bridge(start, end, terms)]  # (more results in one link than any statement prints: a line repeated)
    for cut in cuts:
        middle, before, after = terms[cut], terms[:cut], terms[cut + 1 :]
        if _adds_up(items, start, before, middle) and _adds_up(items, middle, after, end):
            return [Bridge(start, middle, before), Bridge(middle, end, after)]
    return [Bridge(start, end, terms)]


def _allotted_above(items: Sequence[LineItem], terms: Sequence[int], end: int) -> int:
    """How many lines right above a result share it out, printed before it: "Net income attributable to
    general partner  590" / "Net income attributable to limited partners  5,310" / "Net income  5,900" (after
    round 652). The result is their sum, not their sum added to the result before them; none where no run of two
    or more lines right above it adds up to it in every column."""
    return next(_runs_adding_up(items, terms, end), 0)


def _names_a_result(item: LineItem) -> bool:
    """Whether a line's words open on a result ("Net earnings ...", "Profit ..."), and it is no tax or
    non-operating line that opens so ("Income taxes", "Income from equity affiliates")."""
    return item.kind == "amount" and not {"income_tax", "nonoperating_income"} & set(item.concepts) and (
        _RESULT_WORD.match(matched_form(item.label)) is not None)


def _adds_up(items: Sequence[LineItem], start: int, terms: Sequence[int], end: int) -> bool:
    """Whether `start` and the lines of `terms`, each added or taken off, come to `end` in every column, within
    half a printed unit a figure."""
    tolerance = HALF * unit_of(items[end]) * (len(terms) + 2)
    return bridge_signs(items[start], [items[i] for i in terms], items[end], tolerance, frozenset()) is not None


def past_noncontrolling(items: Sequence[LineItem], start: int, step: int) -> int:
    """The first index from `start` on, going by `step` (1 down the statement, -1 up), that is no amount line
    of the noncontrolling interests' share (`start` itself where it is none; -1 or len(items) at an end)."""
    index = start
    while 0 <= index < len(items) and items[index].kind == "amount" and NONCONTROLLING.search(items[index].label):
        index += step
    return index


def _consolidated_above(items: Sequence[LineItem], net: int) -> int | None:
    """The result line above the net result with only the noncontrolling interests' lines between them."""
    index = past_noncontrolling(items, net - 1, -1)
    if index == net - 1 or index < 0 or items[index].kind != "amount":
        return None
    return index if _RESULT_LINE.match(normalise_label(items[index].label)) else None



def _terms(items: Sequence[LineItem], start: int, end: int) -> tuple[int, ...]:
    """Amount lines between two results, comprehensive income's left out (`_comprehensive_block`); a subtotal
    ("Total other income (expense)") stands for the lines above it that it sums, back to the subtotal before
    it."""
    terms: list[int] = []
    since: list[int] = []  # the lines since the last subtotal, which the next one may sum
    since_sums = _RunningSums()  # their sums, carried along (summed anew each line had been quadratic)
    block = _comprehensive_block(items, start, end)
    for i in range(start + 1, end):
        if items[i].kind != "amount" or i in block:
            continue
        if normalise_label(items[i].label).startswith("total") or (len(since) >= 2 and since_sums.come_to(items[i])):
            # "Total other income and deductions", then "Total interest charges": each stands for its own
            # section's lines, and both take part.
            own = set(_summed(items, since, i))
            terms = [t for t in terms if t not in own]
            since = []
            since_sums = _RunningSums()
            terms.append(i)
            continue
        terms.append(i)
        since.append(i)
        since_sums.add(items[i])
    return tuple(terms)


class _RunningSums:
    """The column sums of the lines since a subtotal, a column with a blank among them never adding up: whether
    they add up to the next line, asked line by line without summing them again (`_runs_adding_up` asks it of
    the runs ending a list)."""

    def __init__(self) -> None:
        self.sums: dict[int, Decimal] = {}
        self.blank: set[int] = set()

    def add(self, item: LineItem) -> None:
        for column, value in enumerate(item.values):
            if value is None:
                self.blank.add(column)
            else:
                self.sums[column] = self.sums.get(column, Decimal(0)) + value

    def come_to(self, total: LineItem) -> bool:
        """Whether the lines added so far (two or more: the caller's) sum to `total` in every column it prints."""
        for column, value in enumerate(total.values):
            if value is None or column in self.blank or self.sums.get(column, Decimal(0)) != value:
                return False
        return any(v for v in total.values)


def _comprehensive(item: LineItem) -> bool:
    """Whether a line's words or its heading's name comprehensive income ("Comprehensive income attributable to
    noncontrolling interests", "Foreign currency translation" under "Other comprehensive income (loss):")."""
    return any(COMPREHENSIVE_INCOME_LINE.match(matched_form(words))
               for words in (item.label, item.section) if words)


def _comprehensive_block(items: Sequence[LineItem], start: int, end: int) -> range:
    """The lines between two results from the first that names comprehensive income to the last that does: a
    statement of income and comprehensive income printing its comprehensive result above the "Net income
    attributable to:" block (round 661). Comprehensive income adds the net income to other figures and shares
    that sum out; none of its lines is a part of the net result, and read as parts they had failed a right net
    income against the comprehensive income attributable to the company. Empty where none is printed there."""
    named = [i for i in range(start + 1, end) if _comprehensive(items[i])]
    return range(named[0], named[-1] + 1) if named else range(0)


def _summed(items: Sequence[LineItem], since: Sequence[int], total: int) -> Sequence[int]:
    """The lines since the last subtotal that a subtotal stands for: the longest run right above it that adds
    up to it, else all of them. A line before its section's run is a term of its own ("OTHER INCOME AND
    (DEDUCTIONS), NET" over the heading "INTEREST CHARGES", its lines and their total: round 573, the other
    income had been left out and the pre-tax result's check failed)."""
    lengths = list(_runs_adding_up(items, since, total))
    return since[-lengths[-1]:] if lengths else since


def _runs_adding_up(items: Sequence[LineItem], parts: Sequence[int], total: int) -> Iterator[int]:
    """The length of each run of two or more `parts` ending the list that adds up to `total` in every column,
    shortest first: summed from the bottom up, each line once (trying each run anew had been quadratic). A line
    printing nothing, or a blank in a column, is summed by no run; a blank among the parts ends every run
    reaching past it."""
    values = items[total].values
    if not any(values) or None in values:
        return
    sums = [Decimal(0)] * len(values)
    for length, part in enumerate(reversed(parts), start=1):
        row = items[part].values
        if any(row[column] is None for column in range(len(values))):
            return
        sums = [earlier + row[column] for column, earlier in enumerate(sums)]  # type: ignore[operator]
        if length >= 2 and sums == list(values):
            yield length
