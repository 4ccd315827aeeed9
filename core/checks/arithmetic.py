"""The arithmetic a careful reader does before trusting a release.

Each check compares what the components say (expected) with what the release printed (found), within
the rounding the printed precision allows: a column of n figures rounded to the unit can be off by up to
n/2 units in total.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from core.model import CheckResult, LineItem, Period, ProseFigure, SourceSpan, Statement
from core.statements.bridges import is_result_line, result_chain
from core.statements.signs import bridge_signs, reads_as_expense

_HALF = Decimal("0.5")
_LESS = re.compile(r"^\s*less\b", re.IGNORECASE)
# EPS is printed to the cent, so EPS x shares may miss the net result by half a cent per share.
_EPS_ROUNDING = Decimal("0.005")
# The longest run of lines that a total may add up: a statement section rarely has more.
_MAX_COMPONENTS = 30


def run_checks(statements: Sequence[Statement], prose: Sequence[ProseFigure]) -> tuple[CheckResult, ...]:
    results: list[CheckResult] = []
    primary_periods = {s.kind: set(s.periods) for s in statements if s.primary}
    for statement in statements:
        if statement.kind == "other":
            continue
        found = _statement_checks(statement)
        if not statement.primary:
            # A summary or a second statement (the full year beside the quarter) gives facts only for the
            # periods the primary statement lacks; only those of its checks speak for a fact.
            # A summary prints totals of lines it leaves out: its footing can only vouch, never accuse.
            covered = {p.key for p in primary_periods.get(statement.kind, set())}
            found = [check for check in found if check.period not in covered
                     and (check.passed or check.name != "footing")]
        results.extend(found)
    results.extend(_cash_flow_net_result(statements))
    results.extend(_prose(statements, prose))
    return tuple(results)


def _statement_checks(statement: Statement) -> list[CheckResult]:
    results = list(_footing(statement))
    if statement.kind == "operations":
        results.extend(_operations_identities(statement))
        results.extend(_eps(statement))
    if statement.kind == "balance":
        results.extend(_balance_identity(statement))
    if statement.kind == "cash_flow":
        results.extend(_cash_flow_identity(statement))
    return results


def _cash_flow_net_result(statements: Sequence[Statement]) -> Iterable[CheckResult]:
    """The net result a cash-flow statement starts from is the one the statement of operations prints for
    the same period. A column dated wrong (a six-month cash flow read as a quarter) fails here, and so
    every figure of that column is in doubt: the check involves them all."""
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
        yield CheckResult(
            name="cash flow starts from the net result", statement="cash_flow", period=period.key,
            expected=expected, found=found, tolerance=Decimal(max(operations.scale, cash_flow.scale)) * _HALF,
            span=start.span, detail=f"{start.label} (cash flow) = the net result of the statement of operations",
            lines=_lines_of(*column_items),
        )


def _tolerance(statement: Statement, terms: int) -> Decimal:
    return Decimal(statement.scale) * _HALF * max(terms, 1)


def _amounts(statement: Statement) -> list[LineItem]:
    return [item for item in statement.items if item.kind == "amount"]


def _footing(statement: Statement) -> Iterable[CheckResult]:
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
            run = None if statement.kind != "balance" and _is_result(item) else _matching_run(stack, item)
            if run is not None:
                yield from _compare_sum(statement, run, item, "footing")
                del stack[len(stack) - len(run) :]
            stack.append(item)
            continue
        matched = _matching_run(stack, item)
        if matched is not None:
            yield from _compare_sum(statement, matched, item, "footing")
            del stack[len(stack) - len(matched) :]
        elif len(stack) >= 2 and item.label.lower().startswith("total"):
            # Condensed statements print totals of lines they leave out; only a total whose section
            # shows its parts can be said not to foot.
            run = stack[-_run_since_last_total(stack) :]
            if item.section and all(part.section == item.section for part in run):
                yield from _compare_sum(statement, run, item, "footing")
        stack.append(item)


_RESULTS = frozenset({"gross_profit", "operating_income", "income_before_taxes", "income_tax", "net_income",
                      "net_income_to_common", "nonoperating_income"})


def _is_result(item: LineItem) -> bool:
    return bool(_RESULTS & set(item.concepts)) or is_result_line(item.label)


def _run_since_last_total(stack: list[LineItem]) -> int:
    count = 0
    for item in reversed(stack):
        if item.is_total and count:
            break
        count += 1
    return max(count, 2) if len(stack) >= 2 else len(stack)


def _matching_run(stack: list[LineItem], total: LineItem) -> list[LineItem] | None:
    """The shortest run (two lines or more) ending the stack that adds up to `total` in every column.

    Sums grow one line at a time, from the bottom of the stack up, so each candidate costs one addition
    a column. Components are exact printed figures of one scale: they must add up exactly, or within the
    rounding of each printed part when the release rounds after adding.
    """
    columns = [i for i, found in enumerate(total.values) if found is not None]
    if not columns:
        return None
    unit = _unit_of(total) * _HALF
    sums = [Decimal(0)] * len(columns)
    seen = [False] * len(columns)
    for length in range(1, min(len(stack), _MAX_COMPONENTS) + 1):
        item = stack[-length]
        for position, column in enumerate(columns):
            value = _counted(item, column)
            if value is not None:
                sums[position] += value
                seen[position] = True
        if length >= 2 and all(seen) and all(
            abs(sums[p] - total.values[c]) <= unit * length  # type: ignore[operator]
            for p, c in enumerate(columns)
        ):
            return stack[-length:]
    return None


def _counted(item: LineItem, column: int) -> Decimal | None:
    """A line's value as it counts toward a total: "Less allowance for uncollectible accounts  31" is
    taken away, whichever way it is printed."""
    value = item.values[column]
    if value is not None and value > 0 and _LESS.match(item.label):
        return -value
    return value


def _unit_of(item: LineItem) -> Decimal:
    """The smallest printed unit of a line (1000 for a thousands statement), from its values."""
    unit = Decimal(1)
    for value in item.values:
        if value is None or value == 0:
            continue
        exponent = value.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent > 0:
            candidate = Decimal(10) ** min(exponent, 3)
            unit = candidate if unit == 1 else min(unit, candidate)
        else:
            return Decimal(1)
    return unit


def _compare_sum(statement: Statement, run: list[LineItem], total: LineItem, name: str) -> Iterable[CheckResult]:
    for index, period in enumerate(statement.periods):
        found = total.values[index]
        if found is None:
            continue
        expected = sum((_counted(item, index) or Decimal(0) for item in run), Decimal(0))
        yield CheckResult(
            name=name,
            statement=statement.kind,
            period=period.key,
            expected=expected,
            found=found,
            tolerance=_tolerance(statement, len(run)) if statement.scale > 1 else Decimal(len(run)) * _HALF,
            span=SourceSpan(run[0].span.first, total.span.last),
            detail=f"{total.label} = " + " + ".join(item.label for item in run),
            lines=_lines_of(*run, total),
        )


def _value(statement: Statement, concept: str, index: int) -> Decimal | None:
    item = statement.item(concept)
    return None if item is None else item.values[index]


def _operations_identities(statement: Statement) -> Iterable[CheckResult]:
    """Revenue less costs gives the operating result; the operating result and the rest, the net result."""
    for index, period in enumerate(statement.periods):
        revenue = _value(statement, "revenue", index)
        cost = _value(statement, "cost_of_revenue", index)
        gross = _value(statement, "gross_profit", index)
        if revenue is not None and cost is not None and gross is not None:
            yield _identity(statement, period, "gross profit", revenue - cost, gross,
                            ("revenue", "cost_of_revenue", "gross_profit"), "revenue - cost of revenue")
    yield from _operating_result(statement)
    yield from _bridges(statement)


def _operating_result(statement: Statement) -> Iterable[CheckResult]:
    """Gross profit (or revenue, or revenue less a cost of revenue printed above the expenses) less total
    operating expenses, plus any line printed between the total and the operating result ("Equity in
    earnings of ARO"), gives the operating result. The first reading that adds up in every column is the
    one the release used; where none does, the check reports the plainest."""
    items = list(statement.items)
    opex, operating = _first_index(items, "total_operating_expenses"), _first_index(items, "operating_income")
    if opex is None or operating is None or operating < opex:
        return
    revenue, cost, gross = (_first_index(items, c) for c in ("revenue", "cost_of_revenue", "gross_profit"))
    bases: list[tuple[str, list[Decimal | None]]] = []
    columns = range(len(statement.periods))
    if gross is not None and gross < opex:
        bases.append(("gross profit", [items[gross].values[c] for c in columns]))
    if revenue is not None:
        bases.append(("revenue", [items[revenue].values[c] for c in columns]))
        if cost is not None and cost < opex and gross is None:
            bases.append(("revenue - cost of revenue", [_minus(items[revenue].values[c], items[cost].values[c])
                                                         for c in columns]))
    if revenue is None and gross is None:
        bases.append(("0 (no revenue line)", [Decimal(0) for _ in columns]))
    terms = [items[i] for i in range(opex + 1, operating) if items[i].kind == "amount"]
    tolerance = _tolerance(statement, len(terms) + 3)
    chosen = None
    for name, base in bases:
        start = _synthetic(name, [_minus(b, items[opex].values[c]) for c, b in zip(columns, base, strict=True)],
                           items[opex])
        signs = bridge_signs(start, terms, items[operating], tolerance, frozenset())
        if signs is not None:
            chosen = (name, start, signs)
            break
    if chosen is None and bases:
        name, base = bases[0]
        start = _synthetic(name, [_minus(b, items[opex].values[c]) for c, b in zip(columns, base, strict=True)],
                           items[opex])
        chosen = (name, start, tuple(1 for _ in terms))
    if chosen is None:
        return
    name, start, signs = chosen
    detail = f"{name} - {items[opex].label}" + "".join(
        f" {'+' if sign > 0 else '-'} {item.label}" for sign, item in zip(signs, terms, strict=True)
    ) + f" = {items[operating].label}"
    for column, period in enumerate(statement.periods):
        first, found = start.values[column], items[operating].values[column]
        if first is None or found is None:
            continue
        expected = first + sum((sign * (item.values[column] or Decimal(0)) for sign, item in
                                zip(signs, terms, strict=True)), Decimal(0))
        base_items = [items[i] for i in (revenue, cost, gross) if i is not None and i < opex]
        yield CheckResult(name="operating result", statement=statement.kind, period=period.key,
                          expected=expected, found=found, tolerance=tolerance,
                          span=SourceSpan(min(i.span.first for i in items[: operating + 1] if i.concepts),
                                          items[operating].span.last),
                          detail=detail, lines=_lines_of(*base_items, items[opex], *terms, items[operating]))


def _minus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a - b


def _synthetic(label: str, values: list[Decimal | None], like: LineItem) -> LineItem:
    return LineItem(label=label, values=tuple(values), concepts=(), kind="amount", span=like.span)


def _bridges(statement: Statement) -> Iterable[CheckResult]:
    """Each link of the result chain (core.statements.bridges): operating result + non-operating lines = income
    before taxes; that - income tax (+ other lines such as equity in affiliates) = the next result, down
    to the net result. Each line's sign is read as the arithmetic allows (core.statements.signs): "Interest expense
    3,030" under the operating result is subtracted, "(3,030)" added."""
    items = list(statement.items)
    names = {"income_before_taxes": "income before taxes", "net_income": "net result"}
    for bridge in result_chain(items):
        between = [items[i] for i in bridge.terms]
        if not between:
            continue  # a summary leaves out what lies between two results, or the split comes after them
        fixed = frozenset(p for p, i in enumerate(bridge.terms) if "income_tax" in items[i].concepts)
        tolerance = _tolerance(statement, len(between) + 2)
        signs = bridge_signs(items[bridge.start], between, items[bridge.end], tolerance, fixed)
        used = signs or tuple(-1 if p in fixed or reads_as_expense(b.label) else 1 for p, b in enumerate(between))
        start, end = items[bridge.start], items[bridge.end]
        detail = f"{start.label} " + " ".join(
            f"{'+' if sign > 0 else '-'} {item.label}" for sign, item in zip(used, between, strict=True)
        ) + f" = {end.label}"
        name = next((names[c] for c in end.concepts if c in names), "result")
        for column, period in enumerate(statement.periods):
            first, found = start.values[column], end.values[column]
            if first is None or found is None:
                continue
            expected = first + sum(
                (sign * (item.values[column] or Decimal(0)) for sign, item in zip(used, between, strict=True)),
                Decimal(0),
            )
            yield CheckResult(name=name, statement=statement.kind, period=period.key, expected=expected,
                              found=found, tolerance=tolerance, span=SourceSpan(start.span.first, end.span.last),
                              detail=detail, lines=_lines_of(start, *between, end))


def _first_index(items: list[LineItem], concept: str) -> int | None:
    return next((i for i, item in enumerate(items) if concept in item.concepts), None)


def _identity(statement: Statement, period: Period, name: str, expected: Decimal, found: Decimal,
              concepts: tuple[str, ...], detail: str) -> CheckResult:
    involved = [item for c in concepts if (item := statement.item(c)) is not None]
    return CheckResult(name=name, statement=statement.kind, period=period.key, expected=expected, found=found,
                       tolerance=_tolerance(statement, 3), span=_span_of(statement, concepts), detail=detail,
                       lines=_lines_of(*involved))


def _lines_of(*items: LineItem) -> tuple[int, ...]:
    return tuple(item.span.first for item in items)


def _span_of(statement: Statement, concepts: tuple[str, ...]) -> SourceSpan:
    spans = [item.span for c in concepts if (item := statement.item(c)) is not None]
    if not spans:
        return statement.span
    return SourceSpan(min(s.first for s in spans), max(s.last for s in spans))


def _eps(statement: Statement) -> Iterable[CheckResult]:
    """EPS x weighted shares comes back to the net result (to common) within half a cent a share."""
    net_item = statement.item("net_income_to_common") or statement.item("net_income")
    if net_item is None:
        return
    for family in ("basic", "diluted"):
        eps_item = statement.item(f"eps_{family}")
        shares_item = statement.item(f"shares_{family}")
        if eps_item is None or shares_item is None:
            continue
        for index, period in enumerate(statement.periods):
            eps, shares, net = eps_item.values[index], shares_item.values[index], net_item.values[index]
            if eps is None or shares is None or net is None or shares == 0:
                continue
            yield CheckResult(
                name=f"EPS {family}",
                statement=statement.kind,
                period=period.key,
                expected=eps * shares,
                found=net,
                tolerance=_EPS_ROUNDING * shares + Decimal(statement.scale) * _HALF,
                span=SourceSpan(min(net_item.span.first, eps_item.span.first, shares_item.span.first),
                                max(net_item.span.last, eps_item.span.last, shares_item.span.last)),
                detail=f"{eps_item.label} x {shares_item.label} = {net_item.label}",
                lines=_lines_of(net_item, eps_item, shares_item),
            )


def _balance_identity(statement: Statement) -> Iterable[CheckResult]:
    for index, period in enumerate(statement.periods):
        assets = _value(statement, "total_assets", index)
        total = _value(statement, "total_liabilities_and_equity", index)
        if assets is not None and total is not None:
            yield _identity(statement, period, "assets = liabilities + equity", assets, total,
                            ("total_assets", "total_liabilities_and_equity"),
                            "total assets = total liabilities and equity")


def _cash_flow_identity(statement: Statement) -> Iterable[CheckResult]:
    """Operating + investing + financing flows, and the lines printed between the last of them and the net
    change (the effect of exchange rates, of a deconsolidation), give the net change in cash."""
    items = list(statement.items)
    flows = ("operating_cash_flow", "investing_cash_flow", "financing_cash_flow")
    where = [_first_index(items, c) for c in (*flows, "net_change_in_cash")]
    if any(w is None for w in where):
        return
    last_flow, change_at = max(w for w in where[:3] if w is not None), where[3]
    assert change_at is not None
    between = [i for i in items[last_flow + 1 : change_at] if i.kind == "amount" and not i.concepts]
    for index, period in enumerate(statement.periods):
        parts = [_value(statement, c, index) for c in flows]
        change = _value(statement, "net_change_in_cash", index)
        if change is None or any(p is None for p in parts):
            continue
        expected = sum((p for p in parts if p is not None), Decimal(0))
        expected += sum((i.values[index] or Decimal(0) for i in between), Decimal(0))
        check = _identity(statement, period, "cash flow", expected, change, (*flows, "net_change_in_cash"),
                          "operating + investing + financing (+ exchange rate and other effects) = net change "
                          "in cash")
        yield dataclasses.replace(check, lines=check.lines + _lines_of(*between))


def _prose(statements: Sequence[Statement], prose: Sequence[ProseFigure]) -> Iterable[CheckResult]:
    """Each figure stated in the narrative against the table line it speaks of."""
    for figure in prose:
        if figure.period is None:
            continue
        for statement in statements:
            if figure.period not in statement.periods:
                continue
            concept = _prose_concept(statement, figure)
            found = statement.value(concept, figure.period)
            if found is None:
                continue
            # The table rounds too: "$16,729,642" in prose against 16,730 in thousands agrees.
            tolerance = figure.tolerance + (Decimal(statement.scale) / 2 if "eps" not in figure.concept else 0)
            period = figure.period
            if abs(found - figure.value) > tolerance:
                # A sentence's period phrase can be read two ways ("compared with $52.5 million in the first
                # quarter of 2019" after "$74.8 million"): where another column agrees, it meant that one.
                other = _agreeing_column(statements, figure, tolerance)
                if other is not None:
                    statement, concept, period = other
                    found = statement.value(concept, period) or found
            yield CheckResult(
                name=f"prose: {figure.concept}",
                statement="prose",
                period=period.key,
                expected=figure.value,
                found=found,
                tolerance=tolerance,
                span=figure.span,
                detail=figure.text,
                lines=_lines_of(item) if (item := statement.item(concept)) is not None else (),
            )
            break


def _agreeing_column(statements: Sequence[Statement], figure: ProseFigure, tolerance: Decimal
                     ) -> tuple[Statement, str, Period] | None:
    """The primary statement's column (and, for EPS, basic or diluted) whose value the figure states."""
    concepts = {"eps_basic": ("eps_basic", "eps_diluted"), "eps_diluted": ("eps_basic", "eps_diluted"),
                "net_income": ("net_income", "net_income_to_common")}.get(figure.concept, (figure.concept,))
    for statement in statements:
        if not statement.primary or statement.kind not in ("operations", "balance", "cash_flow"):
            continue
        for concept in concepts:
            for period in statement.periods:
                value = statement.value(concept, period)
                if value is not None and abs(value - figure.value) <= tolerance:
                    return statement, concept, period
    return None


def _prose_concept(statement: Statement, figure: ProseFigure) -> str:
    """The line a sentence's figure speaks of. "$0.24 per share" names neither basic nor diluted; where
    the named one disagrees and the other agrees, the sentence meant the other."""
    if not figure.concept.startswith("eps_") or figure.period is None:
        return figure.concept
    other = "eps_diluted" if figure.concept == "eps_basic" else "eps_basic"
    named, sibling = statement.value(figure.concept, figure.period), statement.value(other, figure.period)
    if named is not None and sibling is not None and abs(named - figure.value) > figure.tolerance >= abs(
        sibling - figure.value
    ):
        return other
    return figure.concept
