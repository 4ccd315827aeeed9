"""The arithmetic decides a statement's scale where its words do not: the statements beside it, and the
narrative's figures.

A financial table without a unit note of its own (a statement's page continued, a balance sheet after an
income statement that says "in thousands") is read in the scale of the nearest statement that prints one,
where their figures are of one magnitude: a table in dollars prints figures a thousand times larger.

A table printed without a unit note ("Net loss  (7,151)") may be in dollars or in thousands; "a net loss of
$7.2 million" in the text says which. Each reading the words allow (as printed, x1,000, x1,000,000, or a
note that says thousands over figures in dollars) is tried against every figure the narrative states for
the statement's lines and periods; a reading is taken only where the printed one agrees with none of them
and the other with enough (one where the table has no unit note, two where a note says otherwise).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from core.model import FINANCIAL_KINDS, Diagnostic, LineItem, ProseFigure, Statement
from core.statements.units import (
    EPS_ROUNDING,
    eps_gives_the_result,
    half_the_printed_digit,
    share_scale_from_arithmetic,
)
from core.vocabulary import CASH_AT_END, LINE_UNIT, THOUSANDS_MARK, normalise_label, unit_line

_FACTORS = (Decimal(1_000), Decimal(1_000_000), Decimal("0.001"))


# Statements of one release printed in one scale have figures within this factor of each other (a bank's
# total assets against its quarter's revenue); a table in dollars beside one in thousands is 1,000x off.
# A noted table's figures count as at least _SMALLEST: a few tiny figures say nothing of a scale.
SAME_MAGNITUDE = 300
# An income or cash-flow statement's figures against a balance sheet's of the same scale: a retailer's
# year of sales runs to a few times its assets; a development-stage company's deficit since inception to
# several times them.
_FLOWS_OVER_STOCKS = 30
_SMALLEST = 100


def inherit_scale(statements: Sequence[Statement], scaled_by_narrative: bool = False
                  ) -> tuple[list[Statement], list[Diagnostic]]:
    """Each financial statement without a unit note in the scale of the nearest one with a note (before it,
    else after it), where their largest figures are of one magnitude; a warning per statement so read.
    `scaled_by_narrative`: a statement the narrative's figures rescaled (`rescale_by_narrative`) serves as
    one with a note (a rendering that dropped every caption)."""
    statements, by_lines, warnings = _scaled_by_lines_repeated(statements)
    noted = [(index, s) for index, s in enumerate(statements)
             if (s.unit or scaled_by_narrative or index in by_lines) and s.scale > 1 and s.kind in FINANCIAL_KINDS]
    result: list[Statement] = []
    for index, statement in enumerate(statements):
        if statement.unit or statement.scale != 1 or statement.kind not in FINANCIAL_KINDS or not noted:
            result.append(statement)
            continue
        before = [s for i, s in noted if i < index]
        repeated = _printing_a_line_of(statement, [s for _, s in noted])
        source = repeated or (before[-1] if before else noted[0][1])
        summary = next((by_lines[i] for i, s in noted if s is source and i in by_lines), None)
        largest, theirs = largest_amount(statement), largest_amount(source, source.scale)
        # A quarter's flows are of the size of the balance sheet's totals, never hundreds of times them: a
        # small company's whole dollars are (a net loss of 2,471,476 beside total assets of 12,040 thousand).
        limit = _FLOWS_OVER_STOCKS if statement.kind != "balance" and source.kind == "balance" else SAME_MAGNITUDE
        if repeated is None and (not largest or largest > max(theirs, Decimal(_SMALLEST)) * limit):
            result.append(statement)
            continue
        factor = Decimal(source.scale)
        result.append(_counts_as_implied(_rescaled(statement, factor, source.share_scale), statements))
        warnings.append(Diagnostic(
            f"the figures of {statement.name} were read x{format(factor.normalize(), ',f')}: the "
            f"table prints no unit note, and {source.name} ({source.span}), "
            + ("which prints one of its lines with the same figures, " if repeated is not None
               else "of figures of the same size, ")
            + (f"says {_note_words(source.unit)!r}" if source.unit.strip()
               else f"is read so by the lines {summary.name} repeats from it" if summary is not None
               else "is read so by the narrative's figures"),
            span=statement.span, severity="note",
        ))
    return result, warnings


# Lines a summary in a scale of its own repeats from a statement printed without a unit note: this many
# agreeing at one scale, and none at another, say the statement's.
_SEVERAL_LINES = 2
_SCALES_OF_A_LINE = (Decimal(1), Decimal(1_000), Decimal(1_000_000))


def _scaled_by_lines_repeated(statements: Sequence[Statement]
                              ) -> tuple[list[Statement], dict[int, Statement], list[Diagnostic]]:
    """Each financial statement without a unit note whose lines another table of its kind repeats under a
    note of its own, read at that note's scale, 1,000 or 1,000,000 times as printed (a highlights table "(In
    millions, except per share data)" printing "Revenues $48.2" over a statement printing "Total revenues
    48,210" and no note: round 725, read as dollars beside it, its figures were a thousand times too small),
    in the scale those lines say; the statements so read (by index, with the table whose lines said it), and
    a warning per statement so read. A statement truly in dollars agrees with such a table as printed, and
    keeps its scale: the arithmetic decides, never the other table's note alone. (A table printing the noted
    one's own figures, `_printing_a_line_of`, is left to `inherit_scale`, which says so.)"""
    noted = [s for s in statements if s.unit.strip() and s.scale > 1 and s.kind in FINANCIAL_KINDS]
    result: list[Statement] = []
    by_lines: dict[int, Statement] = {}
    warnings: list[Diagnostic] = []
    for index, statement in enumerate(statements):
        found = None if (statement.unit or statement.scale != 1 or statement.kind not in FINANCIAL_KINDS
                         or _printing_a_line_of(statement, noted) is not None) else scale_of_lines_repeated(
            statement, noted)
        if found is None or found[1] == 1:
            result.append(statement)
            continue
        summary, factor, labels = found
        result.append(_counts_as_implied(_rescaled(statement, factor, summary.share_scale), statements))
        by_lines[index] = summary
        warnings.append(Diagnostic(
            f"the figures of {statement.name} were read x{format(factor.normalize(), ',f')}: the table prints "
            f"no unit note, and {summary.name} ({summary.span}), which says {_note_words(summary.unit)!r}, "
            f"prints its lines {', '.join(repr(label) for label in labels)} as they are at that scale",
            span=statement.span, severity="note",
        ))
    return result, by_lines, warnings


def scale_of_lines_repeated(statement: Statement, others: Sequence[Statement], several: int = _SEVERAL_LINES
                            ) -> tuple[Statement, Decimal, list[str]] | None:
    """The first table among `others` with a unit note of its own where `several` of the statement's lines
    times one factor (1, 1,000 or 1,000,000) are that table's same lines (`_figures_both_print`), and no line
    agrees at another factor: the table, the factor and the statement's lines that agree. At 1 the other
    table vouches for the statement's figures as printed (a release in whole dollars beside highlights in
    millions); above it, for that scale."""
    for other in others:
        if other.kind not in FINANCIAL_KINDS or not other.unit.strip() or other.scale <= 1:
            continue
        pairs = list(_figures_both_print(statement, other))
        agreeing = {factor: _lines_agreeing(pairs, factor) for factor in _SCALES_OF_A_LINE}
        scales = [factor for factor, labels in agreeing.items() if labels]
        if len(scales) == 1 and len(agreeing[scales[0]]) >= several:
            return other, scales[0], agreeing[scales[0]]
    return None


def _lines_agreeing(pairs: Sequence[tuple[str, Decimal, Decimal, Decimal]], factor: Decimal) -> list[str]:
    """The labels of the statement's lines whose figure times `factor` is the other table's in some period,
    to the coarser of the two tables' printed digits (the other's "$48.2" in millions stands for 48.15 to 48.25
    million)."""
    labels: list[str] = []
    for label, value, theirs, half_digit in pairs:
        if label not in labels and abs(value * factor - theirs) <= max(half_digit, factor / 2):
            labels.append(label)
    return labels


def _figures_both_print(statement: Statement, other: Statement) -> Iterable[tuple[str, Decimal, Decimal, Decimal]]:
    """(label, the statement's figure, the other's, half the other's printed digit) for each amount both
    print for one period: a line of the same concept ("Total revenues" and the highlights' "Revenues", a cash
    flow's net income and the statement of operations'), or a cash flow's closing cash and the balance sheet's
    cash at that date."""
    theirs: dict[str, LineItem] = {}
    for item in other.items:
        if item.kind == "amount" and len(item.cells) == len(item.values):
            for key in _keys_of(item, other):
                theirs.setdefault(key, item)
    for item in statement.items:
        own = next((theirs[key] for key in _keys_of(item, statement) if key in theirs), None)
        if item.kind != "amount" or own is None:
            continue
        for period, value in zip(statement.periods, item.values, strict=True):
            column = next((index for index, their in enumerate(other.periods) if their.key == period.key or (
                {statement.kind, other.kind} == {"balance", "cash_flow"} and their.end == period.end)), None)
            if column is not None and value and (printed := own.values[column]):
                yield item.label, value, printed, half_the_printed_digit(printed, own.cells[column])


def _keys_of(item: LineItem, statement: Statement) -> tuple[str, ...]:
    """What a line is, to find it in another table: its concepts, and "closing cash" for a balance sheet's
    cash and a cash flow's cash at the end of its period ("Cash at end of period")."""
    closing = ("closing cash",) if (
        (statement.kind == "balance" and "cash_and_equivalents" in item.concepts)
        or (statement.kind == "cash_flow" and CASH_AT_END.match(normalise_label(item.label)))) else ()
    return (*item.concepts, *closing)


def _note_words(unit: str) -> str:
    """The unit note's own words ("Dollars in Thousands"), not the title line a scrape glued it into, which
    the message names already."""
    found = unit_line(unit)
    return found.group(0).strip(" (") if found and len(unit.strip()) > 2 * len(found.group(0)) else unit.strip()


def _printing_a_line_of(statement: Statement, noted: Sequence[Statement]) -> Statement | None:
    """The noted statement that prints one of this table's lines, the same words with the same figures at
    the same dates, at least two of them ("Total assets  7,439,642" in a reconciliation without a unit
    note, repeating the balance sheet "in thousands"): the figures are that statement's, in its scale,
    whatever the tables between them print."""
    for other in noted:
        if other.kind != statement.kind:
            continue
        theirs = {(normalise_label(item.label), period.end, period.months): value / other.scale
                  for item in other.items if item.kind == "amount"
                  for period, value in zip(other.periods, item.values, strict=True) if value}
        for item in statement.items:
            if item.kind != "amount":
                continue
            same = [period for period, value in zip(statement.periods, item.values, strict=True)
                    if value and theirs.get((normalise_label(item.label), period.end, period.months)) == value]
            if len(same) >= 2:
                return other
    return None


def largest_amount(statement: Statement, scale: int = 1) -> Decimal:
    """The largest amount the statement prints, as printed (its values over `scale`)."""
    return max((abs(v) / scale for item in statement.items if item.kind == "amount" for v in item.values
                if v is not None), default=Decimal(0))


def rescale_by_narrative(statements: Sequence[Statement], prose: Sequence[ProseFigure]
                         ) -> tuple[list[Statement], list[Diagnostic]]:
    """The statements, each in the scale its narrative figures support, and a warning per change."""
    result: list[Statement] = []
    warnings: list[Diagnostic] = []
    for statement in statements:
        factor = _factor(statement, prose) if statement.kind in FINANCIAL_KINDS else None
        if factor is None:
            result.append(statement)
            continue
        result.append(_rescaled(statement, factor))
        note = f"unit note {statement.unit.strip()!r}" if statement.unit else "table, printed without a unit note,"
        warnings.append(Diagnostic(
            f"the figures of {statement.name} were read x{format(factor.normalize(), ',f')}: "
            f"the {note} disagrees with the narrative's figures, which agree with that reading",
            span=statement.span, severity="note",
        ))
    return result, warnings


def _factor(statement: Statement, prose: Sequence[ProseFigure]) -> Decimal | None:
    pairs = [(figure, value) for figure in prose
             if not figure.concept.startswith("eps") and figure.period in statement.periods
             and (value := statement.value(figure.concept, figure.period)) is not None and value != 0]
    if not pairs:
        return None if statement.unit else _factor_of_undated(statement, prose)

    def agreeing(factor: Decimal) -> int:
        half_unit = Decimal(statement.scale) * factor / 2
        return sum(1 for figure, value in pairs if abs(value * factor - figure.value) <= figure.tolerance + half_unit)

    if agreeing(Decimal(1)):
        return None
    needed = 2 if statement.unit else 1
    best = max(_FACTORS, key=agreeing)
    if agreeing(best) < needed or statement.scale * best < 1:
        return None
    return best


def _factor_of_undated(statement: Statement, prose: Sequence[ProseFigure]) -> Decimal | None:
    """For a table printed without a unit note, where the narrative's figures name no period the reader
    could date ("a net profit of $61 million ... compared to $19 million"): the scale at which two or more
    of them are each some column's figure of their line, and none is at the table's own."""
    figures = [figure for figure in prose if not figure.concept.startswith("eps") and figure.period is None]
    columns = {figure.concept: [v for p in statement.periods if (v := statement.value(figure.concept, p))]
               for figure in figures}

    def agreeing(factor: Decimal) -> int:
        half_unit = Decimal(statement.scale) * factor / 2
        return len({figure.value for figure in figures if any(
            abs(value * factor - figure.value) <= figure.tolerance + half_unit for value in columns[figure.concept])})

    if not figures or agreeing(Decimal(1)):
        return None
    best = max(_FACTORS, key=agreeing)
    return best if agreeing(best) >= 2 and statement.scale * best >= 1 else None


# How far a share count may stand from the net result over EPS (rounded to the cent, and a weighted count
# beside a period-end one) and still be that count.
_COUNT_SLACK = Decimal("0.05")


def _counts_as_implied(statement: Statement, statements: Sequence[Statement]) -> Statement:
    """Share counts a table prints without EPS or a net result to check them against (a bank's balance-sheet
    summary's "Weighted average shares   4,617,466", its scale borrowed from an income statement "in
    thousands, except per share figures") are set at the scale where they are the net result over EPS the
    other statements print for the same period end, where one scale is and the borrowed one is not."""
    if statement.item("eps_basic") is not None or statement.item("eps_diluted") is not None:
        return statement  # its own EPS x shares already chose (units.share_scale_from_arithmetic)
    implied: dict[object, Decimal] = {}
    for other in statements:
        if other.kind != "operations" or not other.unit:
            continue  # only a statement in the scale its own note gives
        net = other.item("net_income_to_common") or other.item("net_income")
        eps = other.item("eps_basic")
        if net is None or eps is None:
            continue
        for period, n, e in zip(other.periods, net.values, eps.values, strict=True):
            if n is not None and e and period.end not in implied:
                implied[period.end] = abs(n / e)
    if not implied:
        return statement

    def fits(item: LineItem, factor: Decimal) -> bool:
        pairs = [(v * factor, implied[p.end]) for p, v in zip(statement.periods, item.values, strict=True)
                 if v is not None and v and p.end in implied]
        return bool(pairs) and all(abs(value - want) <= want * _COUNT_SLACK for value, want in pairs)

    items = []
    for item in statement.items:
        if item.kind == "shares" and not fits(item, Decimal(1)):
            better = next((factor for factor in (Decimal("0.001"), Decimal("0.000001"), Decimal(1_000))
                           if fits(item, factor)), None)
            if better is not None:
                item = _times(item, better)
        items.append(item)
    return dataclasses.replace(statement, items=tuple(items))


def _rescaled(statement: Statement, factor: Decimal, share_words: int | None = None) -> Statement:
    """Amounts x factor; share counts too where EPS x shares came back to the net result before, since
    the two were then printed in one scale. Where the scale is another table's (`share_words`: its note's
    scale for shares, "shares in thousands"), the shares take that, unless EPS x shares says otherwise."""
    if share_words is not None and statement.share_scale == 1:
        share_factor = Decimal(share_scale_from_arithmetic(statement.items, int(factor), share_words))
        items = tuple(_times(item, factor) if item.kind == "amount" else _times(item, share_factor)
                      if item.kind == "shares" else item for item in statement.items)
        return dataclasses.replace(statement, items=items, scale=int(statement.scale * factor),
                                   share_scale=int(share_factor))
    shares_with_amounts = _eps_agrees(statement)
    items = tuple(_times(item, factor) if item.kind == "amount" or (item.kind == "shares" and shares_with_amounts)
                  else item for item in statement.items)
    share_scale = statement.share_scale * factor if shares_with_amounts else Decimal(statement.share_scale)
    return dataclasses.replace(statement, items=items, scale=int(statement.scale * factor),
                               share_scale=int(share_scale))


def _eps_agrees(statement: Statement) -> bool:
    net = statement.item("net_income_to_common") or statement.item("net_income")
    eps, shares = statement.item("eps_basic"), statement.item("shares_basic")
    if net is None or eps is None or shares is None:
        return False
    pairs = [(n, e, s) for n, e, s in zip(net.values, eps.values, shares.values, strict=True)
             if n is not None and e is not None and s is not None and n != 0]
    return bool(pairs) and all(abs(e * s - n) <= EPS_ROUNDING * s + statement.scale for n, e, s in pairs)


def _times(item: LineItem, factor: Decimal) -> LineItem:
    return dataclasses.replace(item, values=tuple(None if v is None else v * factor for v in item.values))


def counts_apart_from_their_result(statements: Sequence[Statement]) -> list[Statement]:
    """A table of EPS and share counts printed apart from the statement of operations ("Per Share Data"
    under it, round 388) has no net result of its own for EPS x shares to choose its counts' scale by: the
    primary statement's net result for the same period does ("151.2" under no unit note is 151.2 million
    shares where $0.99 a share makes $149 million). Where no scale brings EPS x shares back to that result,
    the table's figures a share are some other measure's (adjusted, pro forma): it is no statement; where
    the release prints no result to check them by, counts whose scale no word gives name none either."""
    primary = next((s for s in statements if s.primary and s.kind == "operations"), None)
    result = []
    for statement in statements:
        if (statement.kind != "operations" or statement.primary or primary is None
                or statement.item("net_income") is not None or statement.item("net_income_to_common") is not None
                or not any(item.kind == "shares" and item.concepts for item in statement.items)):
            result.append(statement)
            continue
        factor = _count_factor(statement, primary)
        if factor is None and all(item.kind in ("per_share", "shares") for item in statement.items if item.concepts):
            result.append(dataclasses.replace(statement, kind="other"))
        elif factor is None:
            result.append(_without_concepts(statement, lambda item: item.kind in ("per_share", "shares")))
        elif factor == 0:
            scaled_by_words = statement.unit or statement.share_scale != 1  # its own note, or one it inherited
            result.append(statement if scaled_by_words else _without_concepts(statement, _count_of_no_stated_scale))
        else:
            result.append(dataclasses.replace(statement, items=tuple(
                _times(item, factor) if item.kind == "shares" else item for item in statement.items)))
    return result


def _count_factor(statement: Statement, primary: Statement) -> Decimal | None:
    """The factor that brings the table's EPS x shares back to the primary's net result in every period both
    print (1 first); 0 where they share no such period; None where no factor does."""
    net = primary.item("net_income_to_common") or primary.item("net_income")
    if net is None:
        return Decimal(0)
    results = {period.key: value for period, value in zip(primary.periods, net.values, strict=True)
               if value is not None and value != 0}
    columns = []
    for family in ("basic", "diluted"):
        eps, shares = statement.item(f"eps_{family}"), statement.item(f"shares_{family}")
        if eps is None or shares is None:
            continue
        printed = shares.cells if len(shares.cells) == len(shares.values) else ("",) * len(shares.values)
        columns = [(results[period.key], e, s, half_the_printed_digit(s, cell))
                   for period, e, s, cell in zip(statement.periods, eps.values, shares.values, printed, strict=True)
                   if period.key in results and e and s]
        if columns:
            break
    if not columns:
        return Decimal(0)
    half_unit = Decimal(primary.scale) / 2
    return next((factor for factor in (Decimal(1), *_FACTORS, Decimal("0.000001"))
                 if all(eps_gives_the_result(e, s, n, half_count, half_unit, factor)
                        for n, e, s, half_count in columns)),
                None)


def _count_of_no_stated_scale(item: LineItem) -> bool:
    """A share count whose label and heading say nothing of its scale ("Basic", not "Average shares
    (in millions) - Basic" nor "Weighted average shares (000)")."""
    return item.kind == "shares" and not any(
        LINE_UNIT.search(words) or THOUSANDS_MARK.search(words) for words in (item.label, item.section))


def _without_concepts(statement: Statement, dropped: Callable[[LineItem], bool]) -> Statement:
    return dataclasses.replace(statement, items=tuple(
        dataclasses.replace(item, concepts=()) if dropped(item) else item for item in statement.items))
