"""Footing: each total against the run of lines just above it that adds up to it.

A column of n figures rounded to the unit can be off by up to n/2 units in total; a release that rounds
after adding can miss by the rounding of each printed part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from core.checks.common import HALF, items_of, rounding_tolerance
from core.model import CheckResult, LineItem, SourceSpan, Statement
from core.statements.bridges import is_result_line
from core.statements.runs import SUBTRACTED, counted, matching_run, unit_of
from core.vocabulary import SELECTED_LINES_HEADING


def _amounts(statement: Statement) -> list[LineItem]:
    return [item for item in statement.items if item.kind == "amount"]



def footing(statement: Statement) -> Iterable[CheckResult]:
    """Each "Total ..." line against the run of lines just above it that adds up to it.

    The components of a total are the lines since the previous total at the same level; a subtotal
    ("Total current assets") counts as one component of a later total with its own parts set aside.
    So keep a stack: a total takes the shortest run of open lines (two or more) that sums to it in every
    column, or, failing that, everything since the last total so the failure shows what was added.
    """
    stack: list[LineItem] = []
    for item in _amounts(statement):
        if not item.is_total:
            # A balance sheet's unmarked subtotal ("Property, plant and equipment, net" under its gross
            # amount and accumulated depreciation) stands for its parts in the totals below it.
            # So does a statement's unmarked subtotal ("Software and Cloud Revenues" under its lines); a
            # result of the chain is checked by the chain, not taken for a subtotal.
            run = None if statement.kind != "balance" and _is_result(item) else matching_run(stack, item)
            if run is not None and not _pre_tax_and_tax(run):
                yield from _compare_sum(statement, run, item, "footing")
                del stack[len(stack) - len(run) :]
            stack.append(item)
            continue
        matched = matching_run(stack, item)
        if matched is not None and not _tax_added_to_the_result(matched, item):
            yield from _compare_sum(statement, matched, item, "footing")
            del stack[len(stack) - len(matched) :]
        elif len(stack) >= 2 and item.label.lower().startswith("total"):
            # Condensed statements print totals of lines they leave out; only a total whose section
            # shows its parts can be said not to foot.
            run = _under_the_heading(stack[-_run_since_last_total(stack) :], item)
            # (A run that reaches back into another total's lines, "Total liabilities" above "Minority
            # interest" above a one-line "Total shareholders' equity", is no section of its own.)
            # Nor is a total of the last half of a heading of two ("Total stockholders' equity" under
            # "Liabilities and Stockholders' Equity", a condensed sheet printing no equity lines and no
            # total of its liabilities): the lines above it are the first half's. ("Total current
            # liabilities" there names no half, and is footed.)
            # Nor are lines picked under "Selected balance sheet data:" (round 297: "Total assets" footed against
            # "Cash" and "Working capital (deficit)" held both back).
            section = item.section or _heading_it_totals(run, item)
            if section and all(part.section == section and not part.is_total for part in run) and (
                    _words(_JOINED.split(section)[-1]) != _words(item.label) or not _JOINED.search(section)
            ) and not SELECTED_LINES_HEADING.search(section) and not _a_chain(run):
                yield from _compare_sum(statement, run, item, "footing")
            elif not item.section and (costs := _costs_under_the_revenue(statement, run, item)):
                yield from _compare_sum(statement, costs, item, "footing")
        stack.append(item)



def _heading_it_totals(run: list[LineItem], total: LineItem) -> str:
    """The heading a total outside every section names, where all the run's lines stand under it ("Operating
    expenses:" over its lines, "Total operating expenses" read after the section had closed): its sum all
    the same (round 668: a line at the margin between had closed the section, and a component read wrong
    went out unchecked)."""
    sections = {part.section for part in run}
    heading = sections.pop() if len(sections) == 1 else ""
    return heading if heading and _words(heading) == _words(total.label) else ""


def _under_the_heading(run: list[LineItem], total: LineItem) -> list[LineItem]:
    """The run's lines under the heading the total names, where the run reaches back above it ("Net sales"
    over "Operating expenses:" and its lines, no total between): the heading's lines are the total's parts."""
    heading = total.section or _heading_it_totals(run[-1:], total)
    if not heading or _words(heading) != _words(total.label):
        return run
    first = len(run)
    while first > 0 and run[first - 1].section == heading and not run[first - 1].is_total:
        first -= 1
    return run[first:] if len(run) - first >= 2 else run


_JOINED = re.compile(r"\s(?:and|&)\s", re.I)
_WORD = re.compile(r"[a-z]+", re.I)


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)} - {"and", "total", "s"}


_RESULTS = frozenset({"gross_profit", "operating_income", "income_before_taxes", "income_tax", "net_income",
                      "net_income_to_common", "nonoperating_income"})



def _is_result(item: LineItem) -> bool:
    return bool(_RESULTS & set(item.concepts)) or is_result_line(item.label)



def _pre_tax_and_tax(run: list[LineItem]) -> bool:
    """Whether the run holds the pre-tax result and the income tax: the line they come to is the result after
    tax, which the chain checks with the tax taken off as stored (core.checks.identities). Added as a sum of
    parts, a provision stored as a benefit had passed and cleared the chain's failure (rounds 649, 650)."""
    concepts = {concept for item in run for concept in item.concepts}
    return {"income_before_taxes", "income_tax"} <= concepts


def _tax_added_to_the_result(run: list[LineItem], total: LineItem) -> bool:
    """Whether the run adds the income tax as stored to come to the net result. The tax is stored as an
    expense, taken off on the way to the net result; a run adding it comes to that result only where the tax
    was stored the wrong way round, and its pass had cleared the net result check's failure on the same
    lines (round 678: an unlabelled pre-tax subtotal and "Income tax benefit (expense)  (240)" over the net
    income, the provision stored as a benefit and printed as verified). The chain checks that link. A tax of
    nothing, or one printed "Less: Income taxes" (taken off, `runs.counted`), foots as any line does."""
    return "net_income" in total.concepts and any(
        "income_tax" in item.concepts and any(item.values) and not SUBTRACTED.match(item.label) for item in run)


def _a_chain(run: list[LineItem]) -> bool:
    """Whether a line of the run is the first line less the ones between ("Net interest income", "Provision
    for loan losses", "Net interest income after provision for loan losses"): a bridge, no section of parts.
    A total printed alone under it ("Total noninterest income", its parts left out of a condensed statement)
    is no sum of those lines (round 325: it had failed against them, holding back correct figures). One walk
    down the run, what is taken off carried per column: a long run stays linear."""
    if len(run) < 3:
        return False
    first = run[0].values
    taken: list[Decimal | None] = [Decimal(0)] * len(first)  # None: a line between printed nothing there
    for k in range(1, len(run)):
        line = run[k]
        if k >= 2:
            present = [(first[c], taken[c], value) for c, value in enumerate(line.values)
                       if value is not None and first[c] is not None and taken[c] is not None]
            if present and all(abs(f - t - v) <= HALF * unit_of(line)  # type: ignore[operator]
                               for f, t, v in present):
                return True
        taken = [None if t is None or v is None else t + abs(v) for t, v in zip(taken, line.values, strict=True)]
    return False


def _costs_under_the_revenue(statement: Statement, run: list[LineItem], total: LineItem) -> list[LineItem]:
    """The costs a statement's "Total costs and expenses" adds when no heading sets them apart: the lines
    between the revenue and the total ("Net revenues" / "Cost of sales" / ... / "Total costs and expenses").
    With no heading the footing had asked nothing of them, and a scrape's figure glued to the next label
    ("986" and "2021 restructuring program" read as 9,862,021, round 611) passed every check."""
    if statement.kind != "operations" or "total_operating_expenses" not in total.concepts:
        return []
    revenue = next((k for k in range(len(run) - 1, -1, -1) if "revenue" in run[k].concepts), None)
    costs = run[revenue + 1 :] if revenue is not None else []
    if len(costs) < 2 or any(part.section or part.is_total or _is_result(part) for part in costs):
        return []
    return costs


def _run_since_last_total(stack: list[LineItem]) -> int:
    count = 0
    for item in reversed(stack):
        if item.is_total and count:
            break
        count += 1
    return max(count, 2) if len(stack) >= 2 else len(stack)






# Lines whose stored sign the result chain sets, whichever way the release printed them
# (core.statements.result_signs): "Total other expense, net  965" is stored as income of -965.
_RESIGNED = frozenset({"nonoperating_income", "income_tax"})


def _compare_sum(statement: Statement, run: list[LineItem], total: LineItem, name: str) -> Iterable[CheckResult]:
    tolerance = rounding_tolerance(statement, len(run)) if statement.scale > 1 else Decimal(len(run)) * HALF
    sums = [sum((counted(item, index) or Decimal(0) for item in run), Decimal(0))
            for index in range(len(statement.periods))]
    # A total stored against the sign it was printed with is footed as printed, its parts being stored as
    # printed (round 238: an "Other expense (income):" section's total, turned to income, had failed to foot
    # and held back its lines though the table adds up).
    pairs = [(value, expected) for value, expected in zip(total.values, sums, strict=True) if value is not None]
    turned = (bool(_RESIGNED & set(total.concepts))
              and all(abs(value + expected) <= tolerance for value, expected in pairs)
              and any(abs(value - expected) > tolerance for value, expected in pairs))
    for index, period in enumerate(statement.periods):
        found = total.values[index]
        if found is None:
            continue
        expected = sums[index]
        yield CheckResult(
            name=name,
            statement=statement.kind,
            period=period.key,
            expected=expected,
            found=-found if turned else found,
            tolerance=tolerance,
            span=SourceSpan(run[0].span.first, total.span.last),
            detail=f"{total.label} = " + " + ".join(item.label for item in run),
            items=items_of(*run, total),
        )
