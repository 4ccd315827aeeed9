"""Raw tables into statements: what kind of table, in what unit, over which periods, each line's concept.

Signs are turned into the XBRL meaning here (expenses positive, losses negative) because that is what the
facts contract promises, whatever the release printed: some print expenses as deductions in parentheses,
some print a net loss without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from core.bridges import result_chain
from core.fast_regex import starting_fast
from core.lines import CURRENCY
from core.model import LineItem, Period, SourceSpan, Statement, StatementKind, ValueKind
from core.numbers import Cell
from core.periods import HeaderReading, month_end, read_header, resolve_end
from core.raw import RawRow, RawTable, mostly_percent
from core.signs import bridge_signs
from core.vocabulary import (
    CONCEPT_STATEMENTS,
    EXPENSE_CONCEPTS,
    NOT_A_STATEMENT,
    OPERATIONS_ONLY,
    SCALES,
    STATEMENT_TITLES,
    UNIT_LINE,
    basic_diluted,
    match_concept,
    normalise_label,
    scale_of,
    share_scale_words,
    strip_qualifiers,
)
from core.work import count_work

_NOT_A_PERIOD = starting_fast(
    r"%|\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bgrowth\b|\bpercent", re.I)
_NAMES_BASIC_OR_DILUTED = re.compile(r"^(?:basic|diluted)(?:\s+(?:and|&)\s+diluted)?$|\bbasic\b|\bdiluted\b")
_REVENUE_HEADING = re.compile(r"^(?:total\s+)?(?:net\s+)?(?:revenues?|sales)$")
_REVENUE_WORD = re.compile(r"\b(?:revenues?|sales)\b", re.I)
_REVENUE_NAME = re.compile(r"^(?:net\s+)?(?:[a-z-]+\s+){0,2}(?:revenues?|sales)(?:,?\s+net)?$")
_COSTS_AND_RESULTS = frozenset({"cost_of_revenue", "gross_profit", "research_and_development",
                                "selling_general_administrative", "total_operating_expenses", "operating_income",
                                "income_before_taxes", "net_income"})
_ATTRIBUTABLE_HEADING = re.compile(r"^(?:(?:net\s+)?(?:profit|income|earnings|loss)(?:\s+\(loss\))?\s+)?"
                                   r"attributable\s+to\b(?!.*comprehensive)", re.I)
_NONCONTROLLING = re.compile(r"non-?\s*controlling|minority", re.I)
_REDEEMABLE = re.compile(r"redeemable|temporary", re.I)
_EQUITY_WORD = re.compile(r"\b(?:equity|deficit|investment)\b", re.I)
_DIVIDEND = re.compile(r"\bdividends?\b|\bdistributions?\b", re.I)
_PURE_LOSS = re.compile(r"\bloss\b", re.I)
_GAIN_WORDS = re.compile(r"\b(?:income|earnings|profit|gain)\b", re.I)
_PREFERRED_TOTAL = re.compile(r"^total\b|(?:attributable|available|allocated|allocable) to (?!non|minority)", re.I)
_EXPENSE_SECTION = re.compile(r"expenses|costs", re.I)
_NOT_EXPENSE_SECTION = re.compile(r"other|income|non-?operating", re.I)
# Per-share figures of a part of the business, where the release also prints the whole.
_PART_OF_RESULT = re.compile(
    r"\b(?:continuing|discontinued)\s+operations\b|\bcumulative\s+effect\b|\bextraordinary\b"
    r"|\bbefore\s+(?:the\s+)?(?:cumulative|extraordinary|accounting|change|effect)", re.I)

# The concepts that decide a table's kind when its title does not (highlights tables, untitled tables).
_KIND_EVIDENCE: dict[StatementKind, frozenset[str]] = {
    "operations": frozenset({"revenue", "net_income", "eps", "operating_income", "total_operating_expenses"}),
    "balance": frozenset({"total_assets", "total_liabilities_and_equity", "stockholders_equity"}),
    "cash_flow": frozenset({"operating_cash_flow", "investing_cash_flow", "financing_cash_flow"}),
}


@dataclass(frozen=True, slots=True)
class Units:
    text: str
    scale: int
    share_scale: int | None  # None: unclear from the words; the arithmetic decides


def read_units(lines: Sequence[str]) -> Units:
    """The unit note: "(in thousands - except share and per share information)" -> 1000, shares 1.

    A note may wrap ("(millions, except earnings per" / "common share)"), so what it says of shares is
    read from its line and the next."""
    for index, line in enumerate(lines):
        match = UNIT_LINE.search(line)
        if not match:
            continue
        scale = scale_of(match)
        note = " ".join(" ".join(lines[index : index + 2]).split())
        return Units(line.strip(), scale, share_scale_words(note, scale))
    return Units("", 1, 1)


def classify_table(table: RawTable, concepts: Sequence[str | None]) -> StatementKind:
    if any(NOT_A_STATEMENT.search(line) for line in table.title_lines):
        return "other"  # "Free Cash Flow", "Reconciliation of ... to Adjusted EBITDA": about a statement
    for line in table.title_lines:
        for kind, pattern in STATEMENT_TITLES:
            if pattern.search(line):
                return kind
    found = set(concepts)
    scores = {kind: len(found & evidence) for kind, evidence in _KIND_EVIDENCE.items()}
    kind, score = max(scores.items(), key=lambda item: item[1])
    return kind if score >= 2 else "other"


def build_statement(table: RawTable, fallback: HeaderReading | None,
                    known_ends: Callable[[], Sequence[date]] = tuple) -> Statement | None:
    """A Statement from a raw table, or None where it has no period columns. `known_ends` are the period
    ends the narrative states ("the second quarter ended June 29, 2003"): a column that prints only its
    year takes its day from them (read only when a column needs them)."""
    rough = [match_concept(_matching_label(row)) for row in table.rows]
    kind = classify_table(table, rough)
    units = read_units(table.title_lines + table.header_lines + table.context)
    if not units.text and table.footer:
        units = read_units(table.footer)
    title_reading = read_header(" ".join(table.title_lines)) if table.title_lines else None
    periods, keep, dropped = _periods(table, kind, _merge(title_reading, fallback), known_ends)
    if not periods:
        return None
    where = f"the table at lines {table.first_line}-{table.last_line}"
    notes = tuple(f"column {index + 1} of {where} ({header.strip() or 'no header'!r}) was not read: {why}"
                  for index, header, why in dropped) if kind in ("operations", "balance", "cash_flow") else ()
    items = _items(table, kind, keep, units)
    share_scale = _share_scale_from_arithmetic(items, units.scale, units.share_scale or units.scale)
    items = tuple(_scale(item, units.scale, share_scale) for item in items)
    if kind == "operations":
        items = _resolve_result_signs(items, units.scale)
    return Statement(
        kind=kind,
        title=_title(table),
        unit=units.text,
        scale=units.scale,
        share_scale=share_scale,
        periods=tuple(periods),
        items=items,
        span=SourceSpan(table.first_line, table.last_line),
        header=table.header_lines,
        warnings=notes,
    )


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
    for line in table.title_lines:
        if any(pattern.search(line) for _, pattern in STATEMENT_TITLES):
            return line
    return table.title_lines[0] if table.title_lines else ""


def _matching_label(row: RawRow) -> str:
    """The label a concept is matched on: a bare "Basic" or "Total" borrows its section's words."""
    label = row.label
    text = normalise_label(strip_qualifiers(label))
    if row.section and (
        text in {"basic", "diluted", "basic and diluted", "total", "net", "basic & diluted"}
        or (text.startswith(("basic", "diluted")) and len(text) < 20)
    ):
        return f"{row.section} {label}"
    if row.section and text == "total":
        return f"total {row.section}"
    own = match_concept(label)
    if own is None and _ATTRIBUTABLE_HEADING.match(row.section) and not _NONCONTROLLING.search(label):
        # "Attributable to:" / "Owners of the parent": the company's share of the result above.
        return f"net income attributable to {label}"
    if own in ("eps", "shares") and _NAMES_BASIC_OR_DILUTED.match(normalise_label(row.section)) and not (
        _NAMES_BASIC_OR_DILUTED.search(text)
    ):
        # "Earnings per share" under a bare "Diluted" heading is the diluted figure.
        return f"{row.section} {label}"
    if row.section and own not in ("eps", "shares") and match_concept(row.section) in ("eps", "shares") and own in (
        None, "net_income", "net_income_to_common", "operating_income"
    ):
        # "Class A common stock" or "Net loss attributable to ..." under "Basic and diluted loss per
        # share": the heading says what the line is.
        return f"{row.section} {label}"
    return label


def _periods(
    table: RawTable, kind: StatementKind, fallback: HeaderReading | None,
    known_ends: Callable[[], Sequence[date]] = tuple,
) -> tuple[list[Period], list[int], list[tuple[int, str, str]]]:
    """One Period per column that holds a period (not "% change"); the indices of those columns; and each
    column of figures that became no period, with its header and why (never merged into another)."""
    readings = [read_header(text) for text in table.column_headers]
    siblings = _siblings_with_month(readings)
    columns: list[tuple[int, str, date, int | None]] = []
    for index, (text, reading) in enumerate(zip(table.column_headers, readings, strict=True)):
        if _NOT_A_PERIOD.search(text) or mostly_percent(table.rows, index):
            continue
        month_source = reading if reading.month else siblings[index] or fallback
        end = resolve_end(reading, month_source)
        if end is not None and reading.day is None and month_source is not None and month_source is not reading:
            end = _borrowed_day(end, month_source, known_ends)
        if end is not None:
            columns.append((index, text, end, None if kind == "balance" else reading.months))
    if kind != "balance":
        columns = _infer_durations(columns, fallback)
    periods: list[Period] = []
    keep: list[int] = []
    seen: dict[tuple[date, int | None], int] = {}
    dropped: dict[int, str] = {}
    for index, text, end, months in columns:
        if months is None and kind != "balance":
            dropped[index] = f"its header names no period length ({end.isoformat()} is its end)"
            continue
        if (end, months) in seen:
            # a second column for the same period (as adjusted, constant currency...)
            dropped[index] = f"it repeats the period of column {seen[(end, months)] + 1}"
            continue
        seen[(end, months)] = index
        periods.append(Period(end=end, months=months, label=_period_label(text, end, months)))
        keep.append(index)
    for index, why in _translations(table.column_headers).items():
        dropped[index] = why
        keep_index = [i for i, k in enumerate(keep) if k == index]
        for position in reversed(keep_index):
            del keep[position]
            del periods[position]
    read = {index for index, _, _, _ in columns}
    for index, text in enumerate(table.column_headers):
        if index not in read and not (_NOT_A_PERIOD.search(text) or mostly_percent(table.rows, index)):
            dropped[index] = "its header names no period end"
    return periods, keep, [(i, table.column_headers[i], why) for i, why in sorted(dropped.items())
                           if _holds_amounts(table.rows, i)]


def _translations(headers: Sequence[str]) -> dict[int, str]:
    """Columns in a currency other than the statement's own ("RMB | RMB | US$": the US$ column a
    convenience translation of the RMB one beside it): not periods of the statement, and said so."""
    found = {i: m.group() for i, h in enumerate(headers) if (m := CURRENCY.search(h))}
    if len(set(found.values())) < 2:
        return {}
    counts = {c: list(found.values()).count(c) for c in found.values()}
    main = max(counts, key=lambda c: (counts[c], -min(i for i, x in found.items() if x == c)))
    return {i: f"its figures are in {c}, a translation of the statement's {main}" for i, c in found.items()
            if c != main}


def _holds_amounts(rows: Sequence[RawRow], index: int) -> bool:
    return any(row.cells[index] is not None and not row.cells[index].is_blank  # type: ignore[union-attr]
               for row in rows)


def _borrowed_day(end: date, source: HeaderReading, known: Callable[[], Sequence[date]]) -> date:
    """A column that prints only its year ("2003" under "Second Quarter") borrows its month and day from
    another year's date. A calendar quarter ends on the month's last day whatever the year; a 52/53-week
    year does not: the narrative's own date for that year is taken where it states one, else the day of
    the same weekday nearest (fiscal weeks end on one weekday)."""
    if source.year in (None, end.year) or source.month is None or source.day is None:
        return end
    stated = [d for d in known() if d.year == end.year and abs((d - end).days) <= 7]
    if stated:
        return min(stated, key=lambda d: abs((d - end).days))
    last = month_end(source.year, source.month)
    if source.day >= last:
        return end
    anchor = date(source.year, source.month, source.day)
    return end + timedelta(days=(anchor.weekday() - end.weekday() + 3) % 7 - 3)


def _infer_durations(
    columns: list[tuple[int, str, date, int | None]], fallback: HeaderReading | None
) -> list[tuple[int, str, date, int | None]]:
    """Give a column without a duration the one its header layout implies.

    Spanning headers are printed once per group and renderers place them loosely, so a column may miss
    its "Nine months ended". It shares the duration of a neighbour, and not one that would make it a
    second copy of another column's period; failing that, the title's or the only duration printed.
    """
    known = {(end, months) for _, _, end, months in columns if months}
    printed = {months for _, _, _, months in columns if months}
    result = []
    for position, (index, text, end, months) in enumerate(columns):
        if months is None:
            neighbours = [columns[p][3] for p in (position - 1, position + 1) if 0 <= p < len(columns)]
            candidates = {m for m in neighbours if m and (end, m) not in known}
            if len(candidates) == 1:
                months = candidates.pop()
            elif fallback is not None and fallback.months:
                months = fallback.months
            elif len(printed) == 1:
                months = next(iter(printed))
        result.append((index, text, end, months))
    return result


def _siblings_with_month(readings: list[HeaderReading]) -> list[HeaderReading | None]:
    """For each column, the nearest other column whose header names a month: the left one where both sides
    are as near, else the right one, else None.

    Two sweeps (the last month seen from the left, then from the right) make this linear in the number of
    columns; asking each column to search outwards would be quadratic, and a hostile row of thousands of
    bare numbers has thousands of columns with no month at all.
    """
    count_work("period columns", 2 * len(readings))
    left: list[int | None] = []
    last: int | None = None
    for index, reading in enumerate(readings):
        left.append(last)
        if reading.month:
            last = index
    nearest: list[HeaderReading | None] = [None] * len(readings)
    last = None
    after: int | None
    for index in range(len(readings) - 1, -1, -1):
        before, after = left[index], last  # nearest month to the left, to the right
        if before is not None and (after is None or index - before <= after - index):
            nearest[index] = readings[before]
        elif after is not None:
            nearest[index] = readings[after]
        if readings[index].month:
            last = index
    return nearest


def _period_label(text: str, end: date, months: int | None) -> str:
    label = re.sub(r"\s+", " ", text).strip()
    if label and read_header(label).year:
        return label
    if months is None:
        return end.strftime("%B %-d, %Y")
    return f"{months} months ended {end.strftime('%B %-d, %Y')}"


def _items(table: RawTable, kind: StatementKind, keep: list[int], units: Units) -> tuple[LineItem, ...]:
    items: list[LineItem] = []
    for row in table.rows:
        values = tuple(_value_of(row.cells[i]) for i in keep)
        if all(v is None for v in values):
            continue
        concepts, value_kind = _concepts(row, kind, keep)
        values = _signed(values, concepts, row)
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
    unique = _unique_concepts(_expense_lines_positive(items))
    if kind == "operations":
        return _nonoperating_whole(_sole_revenue_line(unique))
    return _equity_without_noncontrolling(unique) if kind == "balance" else unique


def _nonoperating_whole(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Non-operating income is all that lies between the operating result and income before taxes: a line
    claims it only where it is that whole, the one line there or their total. "Interest expense, net
    (95)" above "Other income, net 12" is a part of it, not it."""
    at = {c: next((i for i, item in enumerate(items) if c in item.concepts), None)
          for c in ("operating_income", "nonoperating_income", "income_before_taxes")}
    start, line, end = at["operating_income"], at["nonoperating_income"], at["income_before_taxes"]
    if start is None or line is None or end is None or not start < line < end:
        return items
    between = [i for i in range(start + 1, end) if items[i].kind == "amount"]
    if len(between) == 1 or (normalise_label(items[line].label).startswith("total") and between[-1] == line):
        return items
    item = items[line]
    return (*items[:line], _with_concepts(item, tuple(c for c in item.concepts if c != "nonoperating_income")),
            *items[line + 1 :])


def _sole_revenue_line(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Where no line is called revenue outright and no total gathers them, the one line of revenue above
    the costs is the revenue: the only line under a "Revenue:" heading ("Royalty revenue from a related
    party, net"), or the only line named for revenue or sales ("Contract revenues", "Restaurant sales")."""
    if any("revenue" in item.concepts for item in items):
        return items
    costs = next((i for i, item in enumerate(items) if set(item.concepts) & _COSTS_AND_RESULTS), len(items))
    under = [i for i, item in enumerate(items) if _REVENUE_HEADING.match(normalise_label(item.section))]
    named = [i for i, item in enumerate(items[:costs]) if item.kind == "amount" and not item.concepts
             and _REVENUE_NAME.search(normalise_label(item.label))]
    chosen = under if len(under) == 1 else named if len(named) == 1 and not under else []
    if not chosen:
        return items
    index = chosen[0]
    item = items[index]
    if item.kind != "amount" or item.concepts or not _REVENUE_WORD.search(item.label):
        return items
    return (*items[:index], _with_concepts(item, ("revenue",)), *items[index + 1 :])


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
            result[index] = _negated(item)
    return result


def _deductions_section(items: Sequence[LineItem], section: str) -> bool:
    """Whether a section prints its expenses as deductions: most of its lines in parentheses. Where the
    expenses stand positive, a line in parentheses among them is a gain ("Contingent consideration gain
    (317)") and keeps its sign."""
    signs = [all(v <= 0 for v in item.values if v is not None) for item in items
             if item.section == section and item.kind == "amount" and not item.concepts
             and any(v for v in item.values if v is not None)]
    return sum(signs) * 2 > len(signs)


def _value_of(cell: Cell | None) -> Decimal | None:
    return None if cell is None or cell.is_blank else cell.value


def _concepts(row: RawRow, kind: StatementKind, keep: list[int]) -> tuple[tuple[str, ...], ValueKind]:
    label = _matching_label(row)
    concept = match_concept(label)
    if any(row.cells[i] is not None and row.cells[i].is_percent for i in keep):  # type: ignore[union-attr]
        return (), "percent"
    if concept == "eps":
        if _DIVIDEND.search(label):
            return (), "per_share"  # dividends declared per share are no earnings per share
        return (basic_diluted(label, "eps") if kind == "operations" else ()), "per_share"
    if concept == "shares":
        return (basic_diluted(label, "shares") if kind == "operations" else ()), "shares"
    if concept is None:
        return (), "amount"
    allowed = CONCEPT_STATEMENTS.get(concept)
    if allowed is not None and kind not in allowed:
        return (), "amount"
    if concept in OPERATIONS_ONLY and kind != "operations":
        return (), "amount"
    if concept == "net_income" and kind not in ("operations", "cash_flow"):
        return (), "amount"
    return (concept,), "amount"


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
        (concept in ("net_income", "operating_income") or (concept or "").startswith("eps_"))
        and all(v > 0 for v in present)
        and _PURE_LOSS.search(row.label)
        and not _GAIN_WORDS.search(row.label)
    ):
        return tuple(None if v is None else -v for v in values)
    return values


def _unique_concepts(items: list[LineItem]) -> tuple[LineItem, ...]:
    """A concept names one line per statement; where several lines claim it, keep the one that is it.

    "Net income" followed by "Net income attributable to Company" -> the attributable line; "Revenues"
    heading rows followed by "Total revenues" -> the total; otherwise the first line (the primary one).
    """
    owners: dict[str, int] = {}
    for index, item in enumerate(items):
        for concept in item.concepts:
            if concept not in owners:
                owners[concept] = index
                continue
            owner = items[owners[concept]].label
            if (_preferred(item) and not _preferred(items[owners[concept]])) or (
                _PART_OF_RESULT.search(owner) and not _PART_OF_RESULT.search(item.label)
            ) or (_names_family(item, concept) and not _names_family(items[owners[concept]], concept)):
                owners[concept] = index
    result = []
    for index, item in enumerate(items):
        kept = tuple(c for c in item.concepts if owners.get(c) == index)
        if kept != item.concepts:
            item = LineItem(item.label, item.values, kept, item.kind, item.span, item.section, item.is_total,
                            item.cells)
        result.append(item)
    return tuple(result)


def _preferred(item: LineItem) -> bool:
    """A total, or the line attributable to the company ("Net income attributable to X", or "Owners of
    the parent" under "Attributable to:"), over the line it refines."""
    return bool(_PREFERRED_TOTAL.search(item.label)) or bool(
        _ATTRIBUTABLE_HEADING.match(item.section) and not _NONCONTROLLING.search(item.label))


def _equity_without_noncontrolling(items: tuple[LineItem, ...]) -> tuple[LineItem, ...]:
    """Stockholders' equity is the company's own: where "Total equity" adds noncontrolling interests to
    a line above it ("Tetra Tech stockholders' equity" + "Noncontrolling interests" = "Total stockholders'
    equity"), the concept moves to that line. The arithmetic decides which line it is, not its words."""
    total = next((i for i, item in enumerate(items) if "stockholders_equity" in item.concepts), None)
    if total is None:
        return items
    minority = [i for i in range(max(0, total - 4), total) if _NONCONTROLLING.search(items[i].label)
                and not _REDEEMABLE.search(items[i].label)]
    if not minority:
        return items
    share = items[minority[-1]]
    for index in range(minority[-1] - 1, max(-1, minority[-1] - 4), -1):
        candidate = items[index]
        if candidate.kind != "amount" or candidate.concepts or not _EQUITY_WORD.search(candidate.label):
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


def _names_family(item: LineItem, concept: str) -> bool:
    """Whether a per-share or share line says it is basic or diluted, rather than serving as both:
    "Profit per common share - diluted" is the diluted figure where "Profit per common share" also
    claims it."""
    if not concept.startswith(("eps_", "shares_")):
        return False
    return len(basic_diluted(f"{item.section} {item.label}", concept.split("_")[0])) == 1


def _share_scale_from_arithmetic(items: tuple[LineItem, ...], scale: int, words: int) -> int:
    """The share scale the words give (their own, or the usual meaning of "in thousands, except per share
    data": shares in thousands too) stands unless EPS x shares = net result clearly says otherwise: a note
    that says "except share amounts" above a heading "Shares used (000)" is read both ways, and the
    arithmetic keeps the reading that adds up."""
    net = next((i for i in items if "net_income_to_common" in i.concepts),
               next((i for i in items if "net_income" in i.concepts), None))
    eps = next((i for i in items if i.kind == "per_share" and i.concepts), None)
    shares = next((i for i in items if i.kind == "shares" and i.concepts), None)
    if net is None or eps is None or shares is None:
        return words

    columns = [(n, e, s) for n, e, s in zip(net.values, eps.values, shares.values, strict=True)
               if n is not None and e is not None and s is not None and n != 0]

    def fits(candidate: int) -> bool:
        """EPS x shares comes back to the net result within what the printed cents and units allow."""
        return bool(columns) and all(
            abs(e * s * candidate - n * scale) <= Decimal("0.005") * s * candidate + Decimal(scale) / 2
            for n, e, s in columns)

    if fits(words):
        return words
    return next((candidate for candidate in (1, 1_000, 1_000_000) if candidate != words and fits(candidate)),
                words)


_OWN_UNIT = re.compile(r"\bin\s+(thousands|millions|billions)\b|\((thousands|millions|billions)\)", re.IGNORECASE)
_THOUSANDS_MARK = re.compile(r"\(0{3}'?s?\)")


def _scale(item: LineItem, scale: int, share_scale: int) -> LineItem:
    factor = {"amount": scale, "per_share": 1, "shares": share_scale, "percent": 1}[item.kind]
    own = _OWN_UNIT.search(item.label) or _OWN_UNIT.search(item.section)
    if own and item.kind != "per_share" and (item.kind == "shares" or own.string is item.label):
        # "Average shares outstanding (in millions)", or the heading "Shares used in computing earnings per
        # share (in thousands):" over "Basic" and "Diluted"
        factor = SCALES[(own.group(1) or own.group(2)).lower().rstrip("s")]
    elif item.kind == "shares" and (_THOUSANDS_MARK.search(item.label) or _THOUSANDS_MARK.search(item.section)):
        factor = 1_000  # "Weighted average shares (000)"
    if factor == 1:
        return item
    values = tuple(None if v is None else v * factor for v in item.values)
    return LineItem(item.label, values, item.concepts, item.kind, item.span, item.section, item.is_total,
                    item.cells)


def _with_values(item: LineItem, values: tuple[Decimal | None, ...]) -> LineItem:
    return LineItem(item.label, values, item.concepts, item.kind, item.span, item.section, item.is_total,
                    item.cells)


def _negated(item: LineItem) -> LineItem:
    return _with_values(item, tuple(None if v is None else -v for v in item.values))


def _first(items: Sequence[LineItem], concept: str) -> int | None:
    return next((i for i, item in enumerate(items) if concept in item.concepts), None)


def _resolve_result_signs(items: tuple[LineItem, ...], scale: int) -> tuple[LineItem, ...]:
    """Store income tax as an expense and non-operating income as income, whichever way the release
    printed them: "Provision for income taxes (9,591)" to be added, "Income tax benefit (expense) 500",
    "Other (income) expense, net 623" to be subtracted. The arithmetic of each link of the result chain
    (core.bridges) says how each line counts; the stored sign follows from that."""
    flips: set[int] = set()
    for bridge in result_chain(items):
        between = [items[i] for i in bridge.terms]
        tolerance = Decimal(scale) * (len(between) + 2) / 2  # half a printed unit per figure
        signs = bridge_signs(items[bridge.start], between, items[bridge.end], tolerance, frozenset())
        if signs is None:
            continue
        for sign, index in zip(signs, bridge.terms, strict=True):
            concepts = items[index].concepts
            if ("income_tax" in concepts and sign > 0) or ("nonoperating_income" in concepts and sign < 0):
                flips.add(index)
    return tuple(_negated(item) if i in flips else item for i, item in enumerate(items))
