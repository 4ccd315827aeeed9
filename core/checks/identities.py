"""The identities inside one statement: revenue less costs down the chain of results to the net result,
EPS x shares back to the net result, assets against liabilities and equity, the flows against the net
change in cash."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from core.checks.common import HALF, identity, items_of, minus, rounding_tolerance, synthetic, value_of
from core.checks.scale_doubt import unsaid_money_scale
from core.model import CheckResult, Diagnostic, LineItem, Period, SourceSpan, Statement, first_index
from core.statements.bridges import result_chain
from core.statements.runs import MAX_COMPONENTS, matching_run
from core.statements.signs import bridge_signs, reads_as_expense
from core.statements.to_common import Taken, prints_what_is_taken, readings
from core.statements.units import EPS_ROUNDING, half_the_printed_digit
from core.tables.numbers import half_the_last_place
from core.vocabulary import NON_GAAP, TOTAL_OF_THE_COSTS, names_revenue_after_the_gross_profit

# A statement printing EPS from continuing and from discontinued operations adds the two rounded figures
# into the total's (AppLovin: 2.95 + (0.04) = 2.91, where the net result over the shares is 2.917): each
# part brings its own half cent.
_EPS_PARTS = re.compile(r"\b(?:continuing|discontinued)\s+operations?\b", re.IGNORECASE)



def operations_identities(statement: Statement) -> Iterable[CheckResult]:
    """Revenue less costs gives the operating result; the operating result and the rest, the net result."""
    part = _revenue_the_cost_is_taken_from(statement)
    costs = _printed_total_of_the_costs(statement)
    if part is not None:
        yield from _gross_profit_less(statement, part, statement.item("cost_of_revenue"),
                                      f"{part.label} - cost of revenue")
    elif costs is not None:
        yield from _gross_profit_less(statement, statement.item("revenue"), costs, f"revenue - {costs.label.strip()}")
    else:
        for index, period in enumerate(statement.periods):
            revenue = value_of(statement, "revenue", index)
            cost = value_of(statement, "cost_of_revenue", index)
            gross = value_of(statement, "gross_profit", index)
            if revenue is not None and cost is not None and gross is not None:
                yield identity(statement, period, "gross profit", revenue - cost, gross,
                                ("revenue", "cost_of_revenue", "gross_profit"), "revenue - cost of revenue")
    yield from _operating_result(statement)
    yield from _bridges(statement)


def _revenue_the_cost_is_taken_from(statement: Statement) -> LineItem | None:
    """Where the revenue is a sum of lines printed about the gross profit (a line above the cost, revenue lines
    after the gross profit: `concepts._revenue_beside_the_gross_profit`, round 704), the line above the cost, the
    sum's first: the gross profit is that part less the cost, never the whole less it. None where the revenue
    stands above the cost as printed."""
    items = statement.items
    revenue, gross = first_index(items, "revenue"), first_index(items, "gross_profit")
    if revenue is None or gross is None or not gross < revenue:
        return None
    return next((items[i] for i in range(gross) if items[i].kind == "amount"
                 and items[i].span.first == items[revenue].span.first), None)


def _printed_total_of_the_costs(statement: Statement) -> LineItem | None:
    """Where revenue less the cost of revenue is not the gross profit printed, the total of the costs printed
    between the cost and the gross profit (vocabulary.TOTAL_OF_THE_COSTS: "Cost of revenues  12,483" /
    "Impairment of property and equipment  435" / "Total costs  12,918" / "Gross profit  11,260") that the
    revenue less it is, in every column the three print: the gross profit is taken from all the costs, and
    the check takes the total (round 711: revenue less the cost of revenues alone had failed the check, and
    the revenue of both quarters was held back), or the cost's own net line after what is taken off it ("Cost of
    sales" / "Export incentives" / "Cost of sales, net", round 719: the check of the gross cost had failed and held
    the revenue back). None where the cost alone leaves the gross profit."""
    items = statement.items
    revenue, cost, gross = (first_index(items, c) for c in ("revenue", "cost_of_revenue", "gross_profit"))
    if revenue is None or cost is None or gross is None or not revenue < cost < gross:
        return None
    if _less_leaves(items[revenue], items[cost], items[gross]):
        return None
    return next((items[i] for i in range(cost + 1, gross) if items[i].kind == "amount" and not items[i].concepts
                 and TOTAL_OF_THE_COSTS.match(items[i].label.strip())
                 and _less_leaves(items[revenue], items[i], items[gross])), None)


def _less_leaves(start: LineItem, less: LineItem, result: LineItem) -> bool:
    """Whether `start` less `less` is `result` in every column that prints all three, and in one at least."""
    columns = [(s, e, r) for s, e, r in zip(start.values, less.values, result.values, strict=True)
               if s is not None and e is not None and r is not None]
    return bool(columns) and all(s - e == r for s, e, r in columns)


def _gross_profit_less(statement: Statement, first: LineItem | None, taken: LineItem | None,
                       detail: str) -> Iterable[CheckResult]:
    """The gross profit check on `first` less `taken`, where the statement's own revenue less its cost of revenue is
    not the pair printed: the part of the revenue the cost is taken from (`_revenue_the_cost_is_taken_from`), or
    the revenue less the printed total of the costs (`_printed_total_of_the_costs`)."""
    gross = statement.item("gross_profit")
    if first is None or taken is None or gross is None:
        return
    lines = (first, taken, gross)
    span = SourceSpan(min(line.span.first for line in lines), max(line.span.last for line in lines))
    for index, period in enumerate(statement.periods):
        start, cost, found = (line.values[index] for line in lines)
        if start is not None and cost is not None and found is not None:
            yield CheckResult(name="gross profit", statement=statement.kind, period=period.key,
                              expected=start - cost, found=found, tolerance=rounding_tolerance(statement, 3),
                              span=span, detail=detail, items=items_of(*lines))


def _operating_result(statement: Statement) -> Iterable[CheckResult]:
    """Gross profit (or revenue, or revenue less a cost of revenue printed above the expenses) less total
    operating expenses, plus any line printed between the total and the operating result ("Equity in
    earnings of ARO"), gives the operating result. The first reading that adds up in every column is the
    one the release used; where none does, the check reports the plainest."""
    items = list(statement.items)
    opex, operating = first_index(items, "total_operating_expenses"), first_index(items, "operating_income")
    revenue, cost, gross = (first_index(items, c) for c in ("revenue", "cost_of_revenue", "gross_profit"))
    if opex is None and operating is not None:
        yield from _result_without_a_total(statement, items, max(
            (i for i in (gross, revenue) if i is not None and i < operating), default=None), operating)
        return
    pretax = first_index(items, "income_before_taxes")
    if opex is None and operating is None and pretax is not None:
        # "TOTAL REVENUES" / "COSTS AND EXPENSES:" / three costs / "INCOME BEFORE INCOME TAXES": no
        # operating result printed, the costs taken straight to the pre-tax result (a homebuilder's
        # statement, UI-21: its costs had been "not checked" though they add up)
        yield from _result_without_a_total(statement, items, max(
            (i for i in (gross, revenue) if i is not None and i < pretax), default=None), pretax,
            name="income before taxes")
        return
    if opex is None or operating is None or operating < opex:
        return
    inner, opex = opex, _enclosing_total(items, opex, operating)
    bases: list[tuple[str, list[Decimal | None], tuple[int, ...]]] = []  # name, values, the lines it reads
    columns = range(len(statement.periods))
    if gross is not None and gross < opex:
        bases += _gross_profit_and_the_revenue_after_it(items, gross, opex)
        bases.append(("gross profit", [items[gross].values[c] for c in columns], (gross,)))
    if revenue is not None:
        bases.append(("revenue", [items[revenue].values[c] for c in columns], (revenue,)))
        if cost is not None and cost < opex and gross is None:
            bases.append(("revenue - cost of revenue", [minus(items[revenue].values[c], items[cost].values[c])
                                                         for c in columns], (revenue, cost)))
    if revenue is None and gross is None:
        # "Revenues:" over "Collaborative research revenue | Grant revenue" and no total: the lines printed
        # above the expenses that add up to the total are the revenue (round 194: the check had taken none,
        # and failed a statement that adds up). Where the expenses start is the footing's to say, not the
        # vocabulary's: "Process development and manufacturing" names no expense it knows (round 202).
        first_expense = _first_of_the_sum(items, opex, rounding_tolerance(statement, opex + 1))
        above = tuple(i for i in range(first_expense or 0) if items[i].kind == "amount")
        if above:
            bases.append(("the lines above the expenses", [_total(items[i].values[c] for i in above)
                                                           for c in columns], above))
        bases.append(("0 (no revenue line)", [Decimal(0) for _ in columns], ()))
    # A subtotal the vocabulary has no name for between the revenue and the expenses: a lender's "Net
    # revenue" (revenue less its provision for losses), from which it takes its operating expenses.
    top = max((i for i in (revenue, gross) if i is not None and i < opex), default=None)
    if top is not None:
        bases += [(items[i].label, [items[i].values[c] for c in columns], (i,)) for i in range(top + 1, opex)
                  if items[i].kind == "amount" and not items[i].concepts]
    if opex != inner:
        # the enclosing total stands for the lines it adds up: a base read from one of them would count it twice
        within = _first_line_of_the_run(items, opex)
        bases = [base for base in bases if all(i < within for i in base[2])]
    terms = [items[i] for i in range(opex + 1, operating) if items[i].kind == "amount"]
    tolerance = rounding_tolerance(statement, len(terms) + 3)
    chosen = None
    for name, base, read in bases:
        start = synthetic(name, [minus(b, items[opex].values[c]) for c, b in zip(columns, base, strict=True)],
                           items[opex])
        signs = bridge_signs(start, terms, items[operating], tolerance, frozenset())
        if signs is not None:
            chosen = (name, start, signs, read)
            break
    if chosen is None and bases:
        name, base, read = bases[0]
        start = synthetic(name, [minus(b, items[opex].values[c]) for c, b in zip(columns, base, strict=True)],
                           items[opex])
        chosen = (name, start, tuple(1 for _ in terms), read)
    if chosen is None:
        return
    name, start, signs, read = chosen
    detail = f"{name} - {items[opex].label}" + "".join(
        f" {'+' if sign > 0 else '-'} {item.label}" for sign, item in zip(signs, terms, strict=True)
    ) + f" = {items[operating].label}"
    for column, period in enumerate(statement.periods):
        first, found = start.values[column], items[operating].values[column]
        if first is None or found is None:
            continue
        expected = signed_sum(first, signs, terms, column)
        base_items = [items[i] for i in read]  # the lines the chosen reading adds up, and no other
        yield CheckResult(name="operating result", statement=statement.kind, period=period.key,
                          expected=expected, found=found, tolerance=tolerance,
                          span=SourceSpan(min(i.span.first for i in items[: operating + 1] if i.concepts),
                                          items[operating].span.last),
                          detail=detail, items=items_of(*base_items, items[opex], *terms, items[operating]))



def _enclosing_total(items: list[LineItem], opex: int, operating: int) -> int:
    """The line between the total operating expenses and the operating result that adds up lines including that
    total ("Cost of revenues" / "Operating expenses:" ... "Total operating expenses 4,700" / "Total costs and
    expenses 9,000" / "Income from operations"), where one does: the operating result is the revenue less that
    enclosing total, never the inner total plus it (round 723: the check had added it in and failed a statement
    that adds up, holding the revenue back). The index of the total operating expenses where none encloses it."""
    for at in range(opex + 1, operating):
        if items[at].kind == "amount" and any(part is items[opex] for part in _run_it_adds_up(items, at)):
            return at
    return opex


def _run_it_adds_up(items: list[LineItem], total: int) -> list[LineItem]:
    """The lines above `total` that it adds up as printed, each subtotal standing for its own lines
    (`subtotals_for_their_lines`, `matching_run`); empty where no run does."""
    kept: list[LineItem] = []
    for item in items[:total]:
        if item.kind != "amount":
            continue
        run = matching_run(kept, item)
        if run is not None:
            del kept[-len(run):]
        kept.append(item)
    return matching_run(kept, items[total]) or []


def _first_line_of_the_run(items: list[LineItem], total: int) -> int:
    """The index of the first line the total at `total` adds up (itself where none)."""
    run = _run_it_adds_up(items, total)
    return min((i for i, item in enumerate(items) if any(item is part for part in run)), default=total)


def _gross_profit_and_the_revenue_after_it(items: list[LineItem], gross: int, opex: int
                                           ) -> list[tuple[str, list[Decimal | None], tuple[int, ...]]]:
    """The gross profit plus the lines of revenue printed after it, before the expenses ("Gross profit on product
    revenue" / "Government contract revenue" / "Operating expenses:", round 704: the check had taken the gross
    profit alone and failed a statement that adds up), as the reading to try first where there are any; the
    revenue summed from them (`concepts._revenue_beside_the_gross_profit`) is read along, as what the base holds."""
    between = [i for i in range(gross + 1, opex) if items[i].kind == "amount"]
    lines = [i for i in between if not items[i].concepts and names_revenue_after_the_gross_profit(items[i].label)]
    if not lines:
        return []
    summed = tuple(i for i in between if "revenue" in items[i].concepts)
    values = [_total([items[gross].values[c], *(items[i].values[c] for i in lines)])
              for c in range(len(items[gross].values))]
    name = "gross profit + " + " + ".join(items[i].label.strip() for i in lines)
    return [(name, values, (gross, *lines, *summed))]


def _result_without_a_total(statement: Statement, items: list[LineItem], top: int | None,
                            operating: int, name: str = "operating result") -> Iterable[CheckResult]:
    """Gross profit (or revenue) less the expense lines under it gives the operating result (or, where none is
    printed, the pre-tax result: `name`), where no total of them is printed ("Gross profit" / "Selling, general
    and administrative" / "Depreciation and amortization" / "Operating income"). Which lines are costs only a
    reading that adds up in every column can say; where none does, the structure is not known and nothing is
    checked (a failure would blame right figures). A subtotal of some of the expenses printed among them (a bare
    "Total" of two, the third after it: `concepts._total_of_part_of_the_expenses`) counts once, for its lines,
    where the lines as printed add up under no reading."""
    if top is None:
        return
    printed = [items[i] for i in range(top + 1, operating) if items[i].kind == "amount"]
    if not printed:
        return
    for terms in (printed, subtotals_for_their_lines(items[top], printed)[1]):
        tolerance = rounding_tolerance(statement, len(terms) + 2)
        signs = _costs_reading(items[top], terms, items[operating], tolerance)
        if signs is not None:
            yield from signed_chain(statement, name, items[top], terms, items[operating], signs, tolerance)
            return


def _costs_reading(top: LineItem, terms: list[LineItem], result: LineItem, tolerance: Decimal
                   ) -> tuple[int, ...] | None:
    """The signs that take `top` through `terms` to `result`: every line a cost, as a statement without a total
    prints them most often, or else the reading the arithmetic finds; None where none adds up."""
    costs = tuple(-1 for _ in terms)
    if _adds_up(top, terms, result, costs, tolerance):
        return costs
    return bridge_signs(top, terms, result, tolerance, frozenset())


def signed_chain(statement: Statement, name: str, start: LineItem, terms: Sequence[LineItem], end: LineItem,
                 signs: Sequence[int], tolerance: Decimal, read: Sequence[LineItem] = ()) -> Iterable[CheckResult]:
    """One check a column printing both ends: `start` with each term added or taken away by its sign against
    `end`. `read`: every line the check reads where the terms stand for more (subtotals for their parts)."""
    detail = f"{start.label}" + "".join(
        f" {'+' if sign > 0 else '-'} {item.label}" for sign, item in zip(signs, terms, strict=True)
    ) + f" = {end.label}"
    involved = (*(read or (start, *terms)), end)
    span = SourceSpan(min(item.span.first for item in involved), end.span.last)
    for column, period in enumerate(statement.periods):
        first, found = start.values[column], end.values[column]
        if first is None or found is None:
            continue
        yield CheckResult(name=name, statement=statement.kind, period=period.key,
                          expected=signed_sum(first, signs, terms, column), found=found, tolerance=tolerance,
                          span=span, detail=detail, items=items_of(*involved))


def signed_sum(first: Decimal, signs: Sequence[int], terms: Sequence[LineItem], column: int) -> Decimal:
    """`first` with each term's figure in `column` added or taken away by its sign (a blank counts nothing)."""
    return first + sum((sign * (item.values[column] or Decimal(0)) for sign, item in zip(signs, terms, strict=True)),
                       Decimal(0))


def _adds_up(start: LineItem, terms: list[LineItem], end: LineItem, signs: tuple[int, ...], tolerance: Decimal) -> bool:
    """Whether start and the signed terms come to end in every column printing both (and in one at least)."""
    compared = False
    for column, (first, found) in enumerate(zip(start.values, end.values, strict=True)):
        if first is None or found is None:
            continue
        if abs(signed_sum(first, signs, terms, column) - found) > tolerance:
            return False
        compared = True
    return compared


def _first_of_the_sum(items: list[LineItem], total: int, tolerance: Decimal, *, within: bool = True) -> int | None:
    """Where the lines the total at `total` adds up start: the nearest start above it from which the amounts
    down to it sum to it in every column it prints (None where no run of lines does). `within`: a subtotal
    the run starts with is looked into once, no deeper (two passes up the statement at most)."""
    printed = [(column, value) for column, value in enumerate(items[total].values) if value is not None]
    if not printed:
        return None
    sums = [Decimal(0) for _ in printed]
    for start in range(total - 1, -1, -1):
        if items[start].kind != "amount":
            continue
        for position, (column, _) in enumerate(printed):
            sums[position] += items[start].values[column] or Decimal(0)
        if all(abs(found - value) <= tolerance for found, (_, value) in zip(sums, printed, strict=True)):
            # a subtotal the run starts with ("Total cost of revenue" under its costs) starts where its own
            # lines do (round 205: its costs had been taken for revenue)
            inner = _first_of_the_sum(items, start, tolerance, within=False) if within else None
            return inner if inner is not None and inner < start - 1 else start
    return None


def _total(values: Iterable[Decimal | None]) -> Decimal | None:
    """The lines' sum, None where a line prints nothing in the column (a blank is no zero)."""
    total = Decimal(0)
    for value in values:
        if value is None:
            return None
        total += value
    return total


def subtotals_for_their_lines(start: LineItem, between: list[LineItem]) -> tuple[LineItem, list[LineItem]]:
    """The bridge with each subtotal it prints standing for its lines: a homebuilder's "Homebuilding pretax
    income" (its operating income, interest and joint ventures) and "Financial services pretax income" (that
    segment's revenues, expenses and joint venture) above "Total pretax income" (round 324: every line had
    been added, the subtotals with their parts, and the check failed on correct figures). A subtotal is a
    line the lines right above it add up to, as printed (a tax taken off), in every column it prints, within
    the rounding of the figures as printed (`matching_run`; not the check's tolerance, which a statement in
    millions to one decimal sets at millions: a tax line had passed for the sum of the two lines above it).
    A run through the income tax takes the tax off as stored, never adds it: pre-tax less the tax is the
    result under it (rounds 649, 650: a provision stored as a benefit, -172, had passed as pre-tax + tax).
    Where the lines add up as printed to nothing, an expense printed bare is taken off, as its words say
    ("Operating income" + "Non-operating income" - "Non-operating expenses" = "Ordinary income", a Japanese
    statement's subtotal: round 726, summed as a part of the pre-tax income, two checks had failed)."""
    kept = [start]
    for line in between:
        tail = kept[-MAX_COMPONENTS:]  # (all `matching_run` reads: every line kept, taken off anew, was quadratic)
        run = matching_run([_tax_taken_off(item) for item in tail], line)
        if run is None:
            run = matching_run([_expense_taken_off(_tax_taken_off(item)) for item in tail], line)
        if run is not None:
            del kept[-len(run) :]
        kept.append(line)
    return kept[0], kept[1:]


def _tax_taken_off(item: LineItem) -> LineItem:
    """A tax line as it counts toward the subtotal under it, stored as the expense it is: "Net investment
    income before income taxes" less "Income tax expense" is "Net investment income"; a benefit, stored
    negative, is added."""
    if "income_tax" not in item.concepts:
        return item
    return dataclasses.replace(item, values=tuple(None if v is None else -v for v in item.values))


def _expense_taken_off(item: LineItem) -> LineItem:
    """An expense line printed bare ("Non-operating expenses  2,000") as it counts toward the subtotal under
    it: taken off, as its words say (`reads_as_expense`); printed negative, it is counted as printed."""
    if "income_tax" in item.concepts or not reads_as_expense(item.label):
        return item  # (a tax is `_tax_taken_off`'s)
    return dataclasses.replace(item, values=tuple(-v if v is not None and v > 0 else v for v in item.values))


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
        if any(NON_GAAP.search(item.label) and _A_RESULT.search(item.label) for item in between):
            # highlights setting each result beside the company's own measure of it ("Operating income" /
            # "Non-GAAP operating income(1)" / "Net income"): no link of the chain lies between them, and a
            # check adding the measure up had held back correct figures (round 429)
            continue
        tolerance = rounding_tolerance(statement, len(between) + 2)
        start, end = items[bridge.start], items[bridge.end]
        printed = (start, *between)  # every line the check reads, the subtotals' parts among them
        start, between = subtotals_for_their_lines(start, between)
        fixed = frozenset(p for p, item in enumerate(between) if "income_tax" in item.concepts)
        signs = bridge_signs(start, between, end, tolerance, fixed)
        used = signs or tuple(-1 if p in fixed or reads_as_expense(b.label) else 1 for p, b in enumerate(between))
        detail = f"{start.label} " + " ".join(
            f"{'+' if sign > 0 else '-'} {item.label}" for sign, item in zip(used, between, strict=True)
        ) + f" = {end.label}"
        name = next((names[c] for c in end.concepts if c in names), "result")
        for column, period in enumerate(statement.periods):
            first, found = start.values[column], end.values[column]
            if first is None or found is None:
                continue
            expected = signed_sum(first, used, between, column)
            yield CheckResult(name=name, statement=statement.kind, period=period.key, expected=expected,
                              found=found, tolerance=tolerance, span=SourceSpan(printed[0].span.first, end.span.last),
                              detail=detail, items=items_of(*printed, end))



# A result's words, which a measure of the company's own names too ("Adjusted EBITDA", "Non-GAAP net income")
_A_RESULT = re.compile(r"\b(?:income|earnings|profit|loss|ebitda|eps|per\s+share)\b", re.IGNORECASE)
# A class of common stock named in a line's words ("Class A common stock — basic", "Class B")
_SHARE_CLASS = re.compile(r"\bclass\s+([a-z])\b", re.IGNORECASE)


def eps(statement: Statement, *, if_converted: bool = False, divided: Divided | None = None,
        taken_elsewhere: Mapping[str, Taken] | None = None,
        not_checked: list[tuple[str, Diagnostic]] | None = None) -> Iterable[CheckResult]:
    """EPS x weighted shares comes back to the net result (to common) within half a cent a share.

    `if_converted`: the release prints a convertible security. Its diluted EPS may count the shares it
    converts into and add its interest back to the net result, which the statement need not print (round
    216: a 1995 homebuilder's fully diluted $0.34 on 9,105 shares is (2,884 + 212) / 9,105, and the right
    figures had been held back). Then the diluted figures may come to more than the net result, by no
    more than basic EPS on the shares dilution adds (more would make the conversion anti-dilutive, and left
    out), where the basic figures come back to it.

    Where the statement prints preferred dividends (or accretion, deemed dividends, participating securities'
    earnings) between the net result and the EPS and no net result to common, the EPS is on the result less
    them where that, and not the net result, comes back in every column (`result_divided`, round 595); a
    partnership's per-unit figure, likewise, on the net result less the general partner's interest, or on the
    limited partners' share printed there (round 652). `divided`: the statement's `result_divided`, where the
    caller found it already (core.checks.rules finds it once for the three checks asking it).

    `taken_elsewhere`: what the release's statements take off the net result for common, by period
    (`to_common.taken_by_period`). A table printing neither its own result to common nor a deduction for it
    (a summary of quarters under the statement) whose EPS x shares falls short of its net result is checked
    on the net result less what the release takes off for that period; where the release prints nothing for
    that period, or that misses too, its EPS is not checked, and why is said in `not_checked` (UI-53, a
    browser review of Capstead).
    A shortfall with nothing taken off anywhere, or an EPS x shares above the net result, still fails."""
    net_item, taken = divided or result_divided(statement)
    if net_item is None:
        return
    elsewhere = taken_elsewhere if taken_elsewhere and _before_what_is_taken(statement, net_item, taken) else None
    for family in ("basic", "diluted"):
        eps_item = statement.item(f"eps_{family}")
        shares_item = statement.item(f"shares_{family}")
        if eps_item is None or shares_item is None:
            continue
        # One class's EPS on its own shares ("Class A common stock — basic"; two-class method): the net result
        # is shared with the other classes, printed or not, and its EPS x its shares need not come back to it:
        # where they do, the check vouches; where not, it accuses nothing (round 423: a correct net income
        # held back). Lines of every class together ("of Class A and Class B common stock") are the company's.
        one_class = any(len({c.upper() for c in _SHARE_CLASS.findall(f"{item.section} {item.label}")}) == 1
                        for item in (eps_item, shares_item))
        rounding = _eps_rounding(statement, eps_item)
        for index, period in enumerate(statement.periods):
            eps, shares, net = eps_item.values[index], shares_item.values[index], net_item.values[index]
            if eps is None or shares is None or net is None or shares == 0:
                continue
            tolerance = _eps_tolerance(statement, eps_item, shares_item, index, rounding)
            detail = f"{eps_item.label} x {shares_item.label} = {net_item.label}" + "".join(
                f" - {item.label}" for item in taken)
            added_back = _added_back(statement, net_item, index, eps * shares - net, tolerance, rounding) if (
                if_converted and family == "diluted") else None
            if added_back is not None:
                tolerance += added_back
                detail += f", plus at most {added_back:,.0f} added back as if converted"
            if one_class and abs(eps * shares - net) > tolerance:
                continue
            if elsewhere is not None and eps * shares < net - tolerance:
                # the EPS may divide the result less what the table leaves out (a preferred dividend)
                after = elsewhere.get(period.key)
                if after is None or abs(eps * shares - (net - after.amount)) > tolerance:
                    if not_checked is not None:
                        not_checked.append((period.key, _short_of_the_result(
                            statement, period, family, (eps_item, shares_item, net_item), eps * shares, net)))
                    continue
                net = net - after.amount
                detail += f" - {after.line.label} (line {after.line.span.first}, per period)"
            yield CheckResult(
                name=f"EPS {family}",
                statement=statement.kind,
                period=period.key,
                expected=eps * shares,
                found=net,
                tolerance=tolerance,
                span=SourceSpan(min(net_item.span.first, eps_item.span.first, shares_item.span.first),
                                max(net_item.span.last, eps_item.span.last, shares_item.span.last)),
                detail=detail,
                # the printed result's facts (`less` keeps its line and label); a deduction, which the EPS's half
                # cent a share cannot vouch for, is left out
                items=items_of(net_item, eps_item, shares_item),
                doubt=_eps_doubt(statement, family, index, net_item, eps * shares - net, tolerance),
            )


def _before_what_is_taken(statement: Statement, net_item: LineItem, taken: Sequence[LineItem]) -> bool:
    """Whether the EPS is checked against a net result printed before anything is taken off it for common,
    by a table that prints neither a deduction nor a result to common of its own: what it leaves out only
    the release's other statements can say."""
    return not taken and "net_income" in net_item.concepts and not prints_what_is_taken(statement.items)


def _short_of_the_result(statement: Statement, period: Period, family: str,
                         lines: tuple[LineItem, LineItem, LineItem], product: Decimal, net: Decimal) -> Diagnostic:
    """Why an EPS falling short of a net result printed before preferred dividends is not checked: the EPS,
    share count and net result lines (`lines`), EPS x shares and the net result."""
    eps_item, shares_item, net_item = lines
    return Diagnostic(
        f"EPS {family} ({period.key}) not checked: {eps_item.label} x {shares_item.label} comes to {product:,.0f}, "
        f"less than {net_item.label} ({net:,.0f}); EPS divides net income after preferred dividends, which this "
        f"table does not print", span=SourceSpan(min(net_item.span.first, eps_item.span.first, shares_item.span.first),
                                      max(net_item.span.last, eps_item.span.last, shares_item.span.last)),
        table=statement.name, severity="note")


def _eps_doubt(statement: Statement, family: str, index: int, net_item: LineItem, gap: Decimal,
               tolerance: Decimal) -> str:
    """Which figure a failed EPS check puts in doubt, and why: the count's scale where EPS x shares is the net
    result a thousand times over or under; this family's EPS or count where the other family's comes back to
    the same net result; else any of the three, with the reading that would explain a shortfall. Empty where
    the check passes."""
    if abs(gap) <= tolerance:
        return ""
    net = net_item.values[index]
    assert net is not None
    product = net + gap
    money_scale = unsaid_money_scale(statement, product, net, tolerance)
    if money_scale is not None:
        # counts read as printed are never too many shares: the money is printed in thousands or millions
        return (f"EPS x shares is {money_scale:,.0f} times {net_item.label}, and no unit note was read: the "
                f"scale of the amounts (thousands or millions) is in doubt, not the share count")
    if net and product and any(abs(product / net - ratio) <= ratio / 100 for ratio in (1000, Decimal("0.001"))):
        return (f"EPS x shares is {abs(product / net):,.3f} times {net_item.label}: the share count's unit "
                f"(thousands or millions) is in doubt")
    other = "diluted" if family == "basic" else "basic"
    if _family_comes_back(statement, other, index, net):
        return (f"{net_item.label} agrees with {other} EPS x shares: the {family} EPS or its share count is in "
                f"doubt")
    side = "below" if gap < 0 else "above"
    said = (f"EPS x shares is {abs(gap):,.0f} {side} {net_item.label}, more than the EPS's rounding "
            f"({tolerance:,.0f}) allows: the EPS, the share count or the net result is in doubt")
    return said + (", or the EPS divides a result after deductions this table does not print" if gap < 0 else "")


def _family_comes_back(statement: Statement, family: str, index: int, net: Decimal) -> bool:
    """Whether the family's EPS x shares comes back to `net` in the column, within the EPS check's rounding."""
    eps_item, shares_item = statement.item(f"eps_{family}"), statement.item(f"shares_{family}")
    if eps_item is None or shares_item is None:
        return False
    eps, shares = eps_item.values[index], shares_item.values[index]
    if eps is None or shares is None or shares == 0:
        return False
    tolerance = _eps_tolerance(statement, eps_item, shares_item, index, _eps_rounding(statement, eps_item))
    return abs(eps * shares - net) <= tolerance


# The result the EPS divides and the deductions taken off the printed one to make it (`result_divided`).
Divided = tuple[LineItem | None, tuple[LineItem, ...]]


def result_divided(statement: Statement) -> Divided:
    """The result the EPS divides and the deductions taken off the printed one to make it: the printed result,
    unless it misses EPS x shares in some column of either family and another reading (core.statements.to_common)
    comes back to it in every column of both, the first that does: the result less the deductions printed
    between it and the EPS (round 595: 7,030 - 2,312 preferred dividends = 4,718 = $0.11 x 41.2 million shares;
    round 652: a partnership's 10,702 - 1,048 general partner's interest = 9,654 = $0.72 x 13.4 million limited
    partner units), or the limited partners' share printed there. Where none does, the printed result, and the
    check fails as it should."""
    found = readings(statement.items)
    if not found:
        return None, ()
    if _comes_back(statement, found[0][0]):
        return found[0]
    return next((reading for reading in found[1:] if _comes_back(statement, reading[0])), found[0])


def _comes_back(statement: Statement, result: LineItem) -> bool:
    """Whether EPS x shares comes back to `result` within the check's rounding in every column of each family
    printing all three (and in one at least)."""
    compared = False
    for family in ("basic", "diluted"):
        eps_item, shares_item = statement.item(f"eps_{family}"), statement.item(f"shares_{family}")
        if eps_item is None or shares_item is None:
            continue
        rounding = _eps_rounding(statement, eps_item)
        for index, (eps, shares, net) in enumerate(zip(eps_item.values, shares_item.values, result.values,
                                                       strict=True)):
            if eps is None or shares is None or net is None or shares == 0:
                continue
            if abs(eps * shares - net) > _eps_tolerance(statement, eps_item, shares_item, index, rounding):
                return False
            compared = True
    return compared


def _eps_rounding(statement: Statement, eps_item: LineItem) -> Decimal:
    """Half a cent a share, or a cent where the statement prints EPS of its parts (continuing and discontinued
    operations) whose rounded figures add up to this one."""
    return EPS_ROUNDING * (2 if any(item.kind == "per_share" and item is not eps_item
                                    and _EPS_PARTS.search(item.label) for item in statement.items) else 1)


def _eps_tolerance(statement: Statement, eps_item: LineItem, shares_item: LineItem, index: int,
                   rounding: Decimal) -> Decimal:
    """How far EPS x shares may miss the result in a column: the EPS's rounding (or its last printed place's)
    on each share, half a unit of the amounts, and the EPS on half the last digit the count was printed to."""
    eps, shares = eps_item.values[index], shares_item.values[index]
    assert eps is not None and shares is not None
    printed = shares_item.cells[index] if len(shares_item.cells) == len(shares_item.values) else ""
    half_count = half_the_printed_digit(shares, printed)
    return (max(rounding, _half_the_last_place(eps)) * shares + Decimal(statement.scale) * HALF
            + (abs(eps) * half_count if half_count > HALF else 0))  # (nothing for whole shares)


def _added_back(statement: Statement, net_item: LineItem, index: int, excess: Decimal, tolerance: Decimal,
                rounding: Decimal) -> Decimal | None:
    """The most a conversion can add back to a positive net result (`net_item`, the one the EPS divides) in
    this column: basic EPS on the shares dilution adds, where diluted EPS x shares exceeds the net result by
    more than rounding and no more than that, and basic EPS x shares comes back to it. None where no add-back
    can explain the excess.

    The allowance grows with the diluted count it is to vouch for, so it is also held to a bound of its own
    (`_most_interest_added_back`): a diluted count misread ten times over (a footnote digit "2" run onto
    "219", round 735) had paid for its own allowance and been printed as verified."""
    net, basic, basic_shares, diluted_shares = (
        None if item is None else item.values[index]
        for item in (net_item, statement.item("eps_basic"), statement.item("shares_basic"),
                     statement.item("shares_diluted")))
    if net is None or basic is None or basic_shares is None or diluted_shares is None or net <= 0:
        return None
    basic_tolerance = max(rounding, _half_the_last_place(basic)) * basic_shares + Decimal(statement.scale) * HALF
    bound = min(basic * (diluted_shares - basic_shares), _most_interest_added_back(net))
    if abs(basic * basic_shares - net) > basic_tolerance or not tolerance < excess <= bound + tolerance:
        return None
    return bound


def _most_interest_added_back(net: Decimal) -> Decimal:
    """The most interest a conversion can add back, whatever the diluted count: the net result itself. Each
    converted share brings at most basic EPS of interest (more and the conversion is anti-dilutive, left
    out), so an add-back of the whole net result takes as many new shares as the basic count: a diluted
    count past twice the basic one is a misread count, not a convertible security (the releases the rule
    was made for add back 7% of the result, round 216)."""
    return net


def _half_the_last_place(value: Decimal) -> Decimal:
    """Half a unit of the last place printed: EPS in whole won ("378" for 378.14) is rounded to half a won,
    not to half a cent, and a check to the cent would hold back every figure of the statement."""
    half = half_the_last_place(value)
    return EPS_ROUNDING if half is None else half


def balance_identity(statement: Statement) -> Iterable[CheckResult]:
    for index, period in enumerate(statement.periods):
        assets = value_of(statement, "total_assets", index)
        total = value_of(statement, "total_liabilities_and_equity", index)
        if assets is not None and total is not None:
            # (the total it checks named last: a failure blames that line as no such total, core.checks.verification)
            yield identity(statement, period, "assets = liabilities + equity", assets, total,
                            ("total_assets", "total_liabilities_and_equity"),
                            "total assets = total liabilities and equity")



def cash_flow_identity(statement: Statement) -> Iterable[CheckResult]:
    """Operating + investing + financing flows, and the lines printed between the last of them and the net
    change (the effect of exchange rates, of a deconsolidation), give the net change in cash."""
    items = list(statement.items)
    flows = ("operating_cash_flow", "investing_cash_flow", "financing_cash_flow")
    where = [first_index(items, c) for c in (*flows, "net_change_in_cash")]
    if any(w is None for w in where):
        return
    last_flow, change_at = max(w for w in where[:3] if w is not None), where[3]
    assert change_at is not None
    between = _printed_subtotals_for_their_lines(
        [i for i in items[last_flow + 1 : change_at] if i.kind == "amount" and not i.concepts])
    for index, period in enumerate(statement.periods):
        parts = [value_of(statement, c, index) for c in flows]
        change = value_of(statement, "net_change_in_cash", index)
        if change is None or any(p is None for p in parts):
            continue
        expected = sum((p for p in parts if p is not None), Decimal(0))
        expected += sum((i.values[index] or Decimal(0) for i in between), Decimal(0))
        check = identity(statement, period, "cash flow", expected, change, (*flows, "net_change_in_cash"),
                          "operating + investing + financing (+ exchange rate and other effects) = net change "
                          "in cash")
        yield dataclasses.replace(check, items=check.items + items_of(*between))


def _printed_subtotals_for_their_lines(lines: list[LineItem]) -> list[LineItem]:
    """The lines between the last flow and the net change, each printed subtotal standing for the lines right
    above it that add up to it in every column ("Cash flows of discontinued operations: Operating activities /
    Investing activities / Net cash provided by discontinued operations"): taken once, as the subtotal, never
    with its lines too (round 720: the discontinued section's lines and their total had both been added and
    the check failed on correct figures). A subtotal is what `matching_run` finds: two lines or more."""
    kept: list[LineItem] = []
    for line in lines:
        run = matching_run(kept, line)
        if run is not None:
            del kept[-len(run):]
        kept.append(line)
    return kept
