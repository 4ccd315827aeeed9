"""Checks across statements and the narrative: the cash flow starts from the net result of the
statement of operations, and each figure the narrative states is the one its table prints."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from core.checks.common import HALF, items_of
from core.checks.scale_doubt import SCALE_CHECK, scale_factor
from core.model import FINANCIAL_KINDS, CheckResult, LineItem, Period, ProseFigure, Statement
from core.statements.bridges import is_result_line
from core.statements.units import EPS_ROUNDING, half_a_lines_digit
from core.vocabulary import NONCONTROLLING, matched_form


def cash_flow_net_result(statements: Sequence[Statement]) -> Iterable[CheckResult]:
    """The net result a cash-flow statement starts from is the one the statement of operations prints for
    the same period. A column dated wrong (a six-month cash flow read as a quarter) fails here, and so
    every figure of that column is in doubt: the check involves them all. Any result line that agrees
    passes it (a net result read under another label, a profit before tax an IFRS cash flow starts from);
    where none agrees it fails against the net result, and is skipped where the statement's net result
    was not read: the nearest line is then no net result, and its disagreement dates nothing."""
    operations = next((s for s in statements if s.kind == "operations" and s.primary), None)
    cash_flow = next((s for s in statements if s.kind == "cash_flow" and s.primary), None)
    if operations is None or cash_flow is None:
        return
    start = cash_flow.item("net_income")
    if start is None:
        return
    results = [item for item in operations.items if item.kind == "amount"
               and ("net_income" in item.concepts or is_result_line(item.label))]
    column_items = list(cash_flow.items)
    net = operations.item("net_income")  # named as expected where no result line agrees
    columns = {period.key: index for index, period in enumerate(operations.periods)}
    for index, period in enumerate(cash_flow.periods):
        found = start.values[index]
        if found is None or period.key not in columns:
            continue
        column = columns[period.key]
        printed = [item.values[column] for item in results if item.values[column] is not None]
        if not printed:
            continue
        expected = min(printed, key=lambda value: abs(value - found))  # type: ignore[operator]
        assert expected is not None
        tolerance = Decimal(max(operations.scale, cash_flow.scale)) * HALF
        net_value = net.values[column] if net is not None else None
        if abs(expected - found) > tolerance:
            if net_value is None:
                # none agrees and the statement's net result was not read (its row lost): the line that came
                # nearest is no net result (income before taxes), so a disagreement says nothing of the
                # cash flow's period; unchecked, not failed (round 731: a lost net income had held back
                # every cash-flow total)
                continue
            # none agrees: the one to name is the net result, not whichever result line came nearest (round
            # 317: a failure had quoted income before taxes as the figure expected)
            expected = net_value
        yield CheckResult(
            name="cash flow starts from the net result", statement="cash_flow", period=period.key,
            expected=expected, found=found, tolerance=tolerance,
            span=start.span, detail=f"{start.label} (cash flow) = the net result of the statement of operations",
            items=items_of(*column_items),
        )



def eps_apart(statements: Sequence[Statement]) -> Iterable[CheckResult]:
    """EPS x shares = net result for a table of per-share lines alone ("Per Share Data" under the statement),
    the net result the primary statement of operations prints for the same period: the figures that table
    lends the statement (core.analysis.structure) are vouched for as the statement's own are (UI-18:
    Calderwood's EPS card "not checked", though its counts had been read by exactly this arithmetic)."""
    from core.checks.identities import eps  # (identities reads one statement; this module reads several)

    primary = next((s for s in statements if s.kind == "operations" and s.primary), None)
    if primary is None or (net := primary.item("net_income_to_common") or primary.item("net_income")) is None:
        return
    positions = {period.key: index for index, period in enumerate(primary.periods)}
    for statement in statements:
        if statement is primary or statement.kind != "operations" or any(
                item.kind == "amount" and item.concepts for item in statement.items):
            continue
        keys = [period.key for period in statement.periods]

        def aligned(item: LineItem, keys: list[str] = keys) -> LineItem:
            return dataclasses.replace(item, cells=(), values=tuple(
                item.values[positions[key]] if key in positions else None for key in keys))

        lent = [aligned(net)]
        if not any(value is not None for value in lent[0].values):
            continue
        # a table of the counts alone ("SHARES USED IN PER SHARE CALCULATIONS") is checked by the statement's EPS
        lent += [aligned(item) for concept in ("eps_basic", "eps_diluted")
                 if statement.item(concept) is None and (item := primary.item(concept)) is not None]
        yield from eps(dataclasses.replace(statement, items=(*statement.items, *lent), scale=primary.scale))


def balance_across_pages(statements: Sequence[Statement]) -> Iterable[CheckResult]:
    """A balance sheet printed in two tables (its assets on one page, its liabilities and equity on the next,
    the second read apart from the first) balances across them: total assets in the one equal total
    liabilities and equity in the other, date by date. A continued page whose columns were dated otherwise
    (a running head read as its title, its words heading a column) fails here, and its figures are held
    back: each table, footed alone, had passed (round 279). The page read apart is the one in doubt: only its
    figures take part, and the check tests which period they are of."""
    balances = [s for s in statements if s.kind == "balance"]
    assets = [s for s in balances if s.item("total_assets") and not s.item("total_liabilities_and_equity")]
    claims = [s for s in balances if s.item("total_liabilities_and_equity") and not s.item("total_assets")]
    for first in assets:
        later = [s for s in claims if s.span.first > first.span.last]
        if not later:
            continue
        second = min(later, key=lambda s: s.span.first)
        total = second.item("total_liabilities_and_equity")
        side = first.item("total_assets")
        assert total is not None and side is not None
        columns = {period.key: index for index, period in enumerate(first.periods)}
        for index, period in enumerate(second.periods):
            found = total.values[index]
            expected = side.values[columns[period.key]] if period.key in columns else None
            if found is None or expected is None:
                continue
            yield CheckResult(
                name="assets = liabilities + equity across pages", statement="balance", period=period.key,
                expected=expected, found=found, tolerance=Decimal(max(first.scale, second.scale)) * HALF,
                span=total.span, detail="total assets (the page before) = total liabilities and equity",
                items=items_of(*second.items),
            )


def summary_lines(statements: Sequence[Statement]) -> Iterable[CheckResult]:
    """A summary's line that names a line of the statement beside it ("Revenue" in the highlights above
    the statement of operations) prints the statement's figure for each period both print, to the
    coarser table's rounding. Where it prints the figure the statement gives another period instead, the
    summary's column was dated wrong (a header read off a PDF's text, the prior year's figures under the
    current year's date) and the check fails; the statement is the reference, so only the summary's figure
    is in doubt. A figure neither agrees with (a non-GAAP line, a subsidiary's) is no claim either way."""
    for primary in statements:
        if not primary.primary or primary.kind not in FINANCIAL_KINDS:
            continue
        lines: dict[str, LineItem] = {}
        for item in primary.items:  # a label's first line: a repeat further down is a part of it
            if item.kind in _COMPARED:
                lines.setdefault(matched_form(item.label), item)
        columns = {period.key: index for index, period in enumerate(primary.periods)}
        for summary in statements:
            if summary.primary or summary.kind != primary.kind:
                continue
            keys: set[str] = set()
            for item in summary.items:
                key = matched_form(item.label)
                own = lines.get(key) if key not in keys else None
                keys.add(key)
                if own is None or own.kind != item.kind:
                    continue
                for index, period in enumerate(summary.periods):
                    found, column = item.values[index], columns.get(period.key)
                    expected = None if column is None else own.values[column]
                    if found is None or expected is None:
                        continue
                    rounding = EPS_ROUNDING if item.kind == "per_share" else max(
                        half_a_lines_digit(summary, item), half_a_lines_digit(primary, own))
                    if abs(found - expected) > rounding and not any(
                            other is not None and abs(found - other) <= rounding
                            for at, other in enumerate(own.values) if at != column):
                        continue
                    yield CheckResult(
                        name="summary line = statement line", statement=summary.kind, period=period.key,
                        expected=expected, found=found,
                        tolerance=rounding,
                        span=item.span, detail=f"{item.label} (summary) = {own.label} (statement)",
                        items=items_of(item),
                    )


# The lines a summary repeats from its statement: amounts and per-share figures (its ratios and
# percentages are its own).
_COMPARED = frozenset({"amount", "per_share"})


def prose_figures(statements: Sequence[Statement], prose: Sequence[ProseFigure]) -> Iterable[CheckResult]:
    """Each figure stated in the narrative against the table line it speaks of."""
    # The statements first: a summary above them repeats the figure the sentence rounds, and vouches for
    # nothing.
    ordered = sorted(statements, key=lambda s: not (s.primary and s.kind in FINANCIAL_KINDS))
    several = _said_of_several(prose)
    for figure in prose:
        if figure.period is None:
            continue
        end, months = figure.period.end, figure.period.months
        for statement in ordered:
            # The same period however each table heads it: a summary's "Q1 2020" is the statement's
            # "Three Months Ended March 31, 2020".
            period = next((p for p in statement.periods if p.end == end and p.months == months), None)
            if period is None:
                continue
            concept = _prose_concept(statement, figure, period)
            found = statement.value(concept, period)
            if found is None:
                continue
            # The table rounds too: "$16,729,642" in prose against 16,730 in thousands agrees.
            tolerance = figure.tolerance + (Decimal(statement.scale) / 2 if "eps" not in figure.concept else 0)
            if not figure.signed and (found < 0) != (figure.value < 0):
                figure = dataclasses.replace(figure, value=-figure.value)  # a size, its sign the table's
            if abs(found - figure.value) > tolerance:
                # The line can be read two ways (basic or diluted, the net result or the common holders'
                # share) and the period printed by more than one statement: where another of them agrees
                # for the same period, it meant that one.
                other = _agreeing_column(statements, figure, tolerance)
                if (other is None and not _cut_short(found, figure)
                        and _another_periods_column(statements, figure, tolerance)):
                    # The figure stands under another period's column: the sentence's period was misread (a
                    # phrase the reader does not know) or the columns were (round 682). Either way it vouches
                    # for no column, and accuses none.
                    break
                if other is not None:
                    statement, concept, period = other
                    found = statement.value(concept, period) or found
                    if not figure.signed and (found < 0) != (figure.value < 0):
                        figure = dataclasses.replace(figure, value=-figure.value)
            if abs(found - figure.value) > tolerance and _cut_short(found, figure):
                # "$8.8 million" for 8,851 thousand: the sentence cut the figure at its last digit, and means
                # the band from 8.8 to 8.9 million, whose middle the check takes.
                middle = figure.value + (figure.tolerance if figure.value >= 0 else -figure.tolerance)
                figure = dataclasses.replace(figure, value=middle)
            if abs(found - figure.value) > tolerance and (figure.concept, end, months) in several:
                break  # one of several figures the narrative gives the line and period: another entity's
            # named by the line it was checked against: "net loss attributable to common stockholders" agrees
            # with that line, not the net loss the sentence's words first read as (round 201)
            name = f"prose: {concept}"
            if abs(found - figure.value) > tolerance and _said_of_another_period(found, figure, prose, tolerance):
                # The column holds what the narrative says of another period ("$44.2 million" for the quarter,
                # under the nine months' header): the column's period is in doubt, which no check of sizes
                # (EPS x shares agree within any one column) can clear.
                name = f"prose period: {concept}"
            elif abs(found - figure.value) > tolerance and scale_factor(found, figure, statement.printed_unit()):
                # The column is the narrative's figure a thousand or a million times off: not this line's
                # doubt but the statement's scale's, which EPS x shares and footing pass at any scale.
                name = f"{SCALE_CHECK}: {concept}"
            elif abs(found - figure.value) > tolerance and _consolidated_opening_line(statement, concept, statements):
                continue  # another statement's line may still speak of it
            yield CheckResult(
                name=name,
                statement="prose",
                period=period.key,
                expected=figure.value,
                found=found,
                tolerance=tolerance,
                span=figure.span,
                detail=figure.text,
                items=items_of(item) if (item := statement.item(concept)) is not None else (),
            )
            break



def _consolidated_opening_line(statement: Statement, concept: str, statements: Sequence[Statement]) -> bool:
    """Whether the line is the cash flow's opening net result of a company with non-controlling interests (a
    line of any statement names them: the balance sheet's "Noncontrolling Interests", a financing line's
    "Distributions to noncontrolling interests"), which a prose net income may not match and still be right:
    the cash flow starts from the whole group's result, the others' share in it, where the narrative's "net
    loss of $69.6 million" is the company's, which the statement of operations prints on a line of its own
    (round 727: Hasbro's -67,810 thousand had been held back against the sentence's -69.6 million, no
    statement of operations read). Agreeing, the line vouches for the sentence; disagreeing, it accuses
    nothing. A company with no such interests starts its cash flow from its own result, which a disagreeing
    sentence still fails."""
    return (statement.kind == "cash_flow" and concept in _READ_AS["net_income"]
            and any(NONCONTROLLING.search(item.label) for other in statements for item in other.items))


def _cut_short(found: Decimal, figure: ProseFigure) -> bool:
    """Whether the narrative's figure is the table's cut at its last printed digit rather than rounded
    (a band one whole digit wide above the figure, away from zero)."""
    size = abs(figure.value)
    return (found < 0) == (figure.value < 0) and size <= abs(found) < size + 2 * figure.tolerance


# Distinct figures the narrative gives one line in one period, past which it speaks of several entities.
_SEVERAL = 3


def _said_of_several(prose: Sequence[ProseFigure]) -> set[tuple[str, date, int | None]]:
    """The lines and periods (concept, end, months) the narrative gives three or more different figures
    (each of an insurer's segments its "net income of $98 million" in the quarter): those of them the
    statement does not print are some segment's or subsidiary's, and blame nothing. (Two could be the
    quarter and the year read as one period: those are still checked.)"""
    values: dict[tuple[str, date, int | None], set[Decimal]] = defaultdict(set)
    for figure in prose:
        if figure.period is not None:
            values[(figure.concept, figure.period.end, figure.period.months)].add(figure.value)
    return {key for key, found in values.items() if len(found) >= _SEVERAL}


def _said_of_another_period(found: Decimal, figure: ProseFigure, prose: Sequence[ProseFigure],
                            tolerance: Decimal) -> bool:
    """Whether the narrative states `found` for the same line in another period."""
    return any(other.concept == figure.concept and other.period is not None and other.period != figure.period
               and abs(abs(found) - abs(other.value)) <= max(tolerance, other.tolerance) for other in prose)


# The lines a sentence's words can mean: "$0.24 per share" basic or diluted, "net income" the company's or its
# common holders'.
_READ_AS = {"eps_basic": ("eps_basic", "eps_diluted"), "eps_diluted": ("eps_basic", "eps_diluted"),
            "net_income": ("net_income", "net_income_to_common")}


def _agreeing_column(statements: Sequence[Statement], figure: ProseFigure, tolerance: Decimal
                     ) -> tuple[Statement, str, Period] | None:
    """The primary statement's column of the figure's own period (and, for EPS, basic or diluted; for the net
    result, the common holders' share) whose value the figure states. A column of another period vouches for
    nothing, however the statement heads it (round 682: the quarter's "$2.5 million" had passed against a
    nine months' column holding it, lynx having shuffled the columns, and printed it as verified there)."""
    if figure.period is None:
        return None
    concepts = _READ_AS.get(figure.concept, (figure.concept,))
    for statement in statements:
        if not statement.primary or statement.kind not in FINANCIAL_KINDS:
            continue
        period = _own_period(statement, figure.period)
        if period is None:
            continue
        for concept in concepts:
            value = statement.value(concept, period)
            # (a figure the sentence gives no sign is a size: "versus $3.6 million ... in 1994" agrees
            # with the year's 3,558 whatever sign the quarter's column lent it: round 289)
            if value is not None and (abs(value - figure.value) <= tolerance or (
                    not figure.signed and abs(abs(value) - abs(figure.value)) <= tolerance)):
                return statement, concept, period
    return None


def _another_periods_column(statements: Sequence[Statement], figure: ProseFigure, tolerance: Decimal) -> bool:
    """Whether a primary statement prints the figure in a column of another period: one of a statement that
    prints the sentence's period, another length ending the same day, or the release's latest period (what a
    release mostly speaks of). A column of an earlier year in a statement without that period says nothing
    of which one was meant."""
    concepts = _READ_AS.get(figure.concept, (figure.concept,))
    latest = max((p.end for s in statements for p in s.periods), default=None)
    for statement in statements:
        if not statement.primary or statement.kind not in FINANCIAL_KINDS or figure.period is None:
            continue
        printed = _own_period(statement, figure.period) is not None
        for concept in concepts:
            for period in statement.periods:
                if not printed and period.end not in (figure.period.end, latest):
                    continue
                value = statement.value(concept, period)
                if value is not None and (abs(value - figure.value) <= tolerance or (
                        not figure.signed and abs(abs(value) - abs(figure.value)) <= tolerance)):
                    return True
    return False


def _own_period(statement: Statement, said: Period) -> Period | None:
    """The statement's column of the period a sentence speaks of: the same end and the same length."""
    return next((p for p in statement.periods if p.end == said.end and p.months == said.months), None)


def _prose_concept(statement: Statement, figure: ProseFigure, period: Period) -> str:
    """The line a sentence's figure speaks of. "$0.24 per share" names neither basic nor diluted; where
    the named one disagrees and the other agrees, the sentence meant the other."""
    if not figure.concept.startswith("eps_"):
        return figure.concept
    other = "eps_diluted" if figure.concept == "eps_basic" else "eps_basic"
    named, sibling = statement.value(figure.concept, period), statement.value(other, period)
    if named is not None and sibling is not None and abs(named - figure.value) > figure.tolerance >= abs(
        sibling - figure.value
    ):
        return other
    return figure.concept
