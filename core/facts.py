"""The facts as plain rows, without pandas: what `python -m core facts` prints and core.frames tabulates.

`python -m core facts FILE` is the data contract's command line, and a command that starts for one file
should not spend a fifth of a second importing pandas to print a few hundred rows: the rows are built
here, and written with the `csv` module that pandas' own `to_csv` uses underneath, with the same dialect,
so the output is the same to the byte.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TextIO

from core.checks.verification import UNCHECKED, FactChecks, FactKey, fact_checks, fact_key
from core.formatting import how_many, line_unit
from core.model import FINANCIAL_KINDS, KIND_WORDS, LineItem, Release, Statement
from core.statements.one_value_a_key import printed_as_a_balance
from core.vocabulary import CONCEPT_STATEMENTS, match_concept

CONTRACT_COLUMNS = ("statement", "concept", "label", "period_end", "months", "value")
EXTRA_COLUMNS = (
    "kind", "section", "is_total", "period_label", "line_first", "line_last", "table", "checks", "verified",
)
FACT_COLUMNS = CONTRACT_COLUMNS + EXTRA_COLUMNS
_LINE, _TABLE, _CHECKS, _VERIFIED = (FACT_COLUMNS.index(c) for c in ("line_first", "table", "checks", "verified"))

# What a download's fact counts, beside the contract's columns (never in `python -m core facts`' output, the data
# contract): the value is in full units, so 3446000 is "USD (full amount)" where the Data page shows "$3,446"
# thousand (UI-56: the CSV had no unit at all, the Excel file had one).
UNIT_COLUMNS = ("unit", "currency")
# Where a download's fact comes from, beside its unit (never in the contract's output either): the value of the last
# digit its line is printed to, in the value's own units (Apple's $2,014 million: 1000000; its EPS $0.16: 0.01), and
# the title of the table it was printed in (UI-59: three "Basic" EPS rows of one quarter, the statement's, its line
# repeated and the non-GAAP reconciliation's, had said nothing of which table they came from nor what they were
# rounded to).
SOURCE_COLUMNS = ("printed_unit", "table_title")
# What a workbook's or download's figure counts, by the kind of its line, in full units (never the release's thousands).
KIND_UNITS = {"shares": "shares (full count)", "percent": "%", "count": "as printed (a count or a volume)"}

FactRow = tuple[str, str, str, str, "int | None", float, str, str, bool, str, int, int, int, str, str]


def fact_rows(release: Release, *, include_other: bool = False) -> list[FactRow]:
    """Every value of every financial statement as one row, in FACT_COLUMNS order.

    A line carrying two concepts ("basic and diluted") gives two rows, one per concept, so that a reader
    filtering on `eps_diluted` finds it. Lines without a concept keep an empty concept. Blank cells are
    not facts and are left out.
    """
    rows: list[FactRow] = []
    seen: set[tuple[object, ...]] = set()
    checks = fact_checks(release)
    ordered = sorted(enumerate(release.statements), key=lambda pair: not pair[1].primary)
    others = _other_figures(release)
    # what the balance sheets print: a balance printed among a period's flows names its concept only where
    # no balance sheet gives it
    balance_keys = {key for statement in release.statements if statement.kind == "balance"
                    for key in _values(statement)}
    for index, statement in ordered:
        if statement.kind not in FINANCIAL_KINDS and not include_other:
            continue
        rows.extend(_statement_rows(statement, index, seen, checks, others.get(index, set()),
                                    _unnamed_lines(release, statement), balance_keys))
    rows.sort(key=lambda row: (row[_TABLE], row[_LINE]))  # back in the order of the release: table, then line
    return rows


def _other_figures(release: Release) -> dict[int, set[tuple[object, ...]]]:
    """The second statements that print another figure than the primary one for a concept and period they
    share (a subsidiary's statement after its holding company's), each with its periods: such a statement
    is some other entity's or basis's, and no line of it is the company's, in the periods the primary
    one prints or in any other (a subsidiary's twelve months beside the company's quarter and nine
    months). A statement continued on a later page, or a summary of the same figures, is none of them; but
    a summary printed before the statement adds none of its own measures to the periods the statement
    prints."""
    primary: dict[tuple[object, ...], tuple[Decimal, Decimal]] = {}
    for statement in release.statements:
        if statement.primary:
            unit = statement.printed_unit()
            primary.update({key: (value, unit) for key, value in _values(statement).items()})

    def differs(key: tuple[object, ...], value: Decimal, unit: Decimal) -> bool:
        # The same figure rounded ("16.3" million in a summary, "16,275" thousand in the statement) is
        # no other figure: they differ by no more than half the coarser printed digit (a whole unit of
        # the coarser scale had let a summary's first-reported 7.1 million stand beside a restated 6,710
        # thousand, and its EPS with it: round 393).
        return key in primary and abs(primary[key][0] - value) > max(primary[key][1], unit) / 2

    def another_entitys(values: dict[tuple[object, ...], Decimal], unit: Decimal) -> bool:
        off = [key for key, value in values.items() if differs(key, value, unit)]
        return bool(off) and not _rounded_apart(off, primary, values, unit)

    others: dict[int, set[tuple[object, ...]]] = {}
    first_line = {s.kind: s.span.first for s in release.statements if s.primary}
    primary_eps = {(s.kind, concept, p.end, p.months) for s in release.statements if s.primary for item in s.items
                   for concept in _EPS & set(item.concepts)
                   for p, v in zip(s.periods, item.values, strict=True) if v is not None}
    primary_periods: set[tuple[object, ...]] = {(s.kind, p.end, p.months) for s in release.statements if s.primary
                                                for p in s.periods}
    for index, statement in enumerate(release.statements):
        if statement.primary:
            continue
        unit = statement.printed_unit()  # once a statement: it reads every amount of it (issue 12)
        if another_entitys(_values(statement), unit):
            others[index] = {(statement.kind, p.end, p.months) for p in statement.periods}
        elif statement.span.last < first_line.get(statement.kind, 0) and primary.keys() & _values(statement).keys():
            # A summary printed before the statement, repeating some of its figures ("Summary of results":
            # revenues, net income, "Operating earnings (1)"), names its own measures besides: what the
            # statement leaves out in the periods it prints, it does not add. (The first page of a statement
            # split by a page break repeats none of the second's.)
            own: set[tuple[object, ...]] = {(statement.kind, p.end, p.months) for p in statement.periods}
            others[index] = {(*key, _OWN_MEASURES) for key in own & primary_periods}
            # where the statement prints no EPS of a basis (a utility's analysis of earnings after its
            # highlights, round 378; a statement printing only the basic EPS, round 387), the summary's EPS of
            # that basis as reported is the release's; its check still vouches for it
            others[index] |= {(kind, end, months, _PRIMARY_WITHOUT_EPS, concept)
                              for kind, end, months in own & primary_periods for concept in _EPS
                              if (kind, concept, end, months) not in primary_eps}
    return others


def _rounded_apart(off: list[tuple[object, ...]], primary: dict[tuple[object, ...], tuple[Decimal, Decimal]],
                   values: dict[tuple[object, ...], Decimal], unit: Decimal) -> bool:
    """Whether the figures a second statement prints off the primary one's (`off`) are the same figures rounded
    apart: both statements print to the same last digit, each of these is off by one unit of it at most
    ("799,897" in a five-quarter trend beside the statement's "799,896": each total rounded from its own
    cents), and they are a few among the figures the two share, the rest alike. Another entity's or basis's
    statement (a subsidiary's, a restated one) prints other figures on most lines, or further off; these
    are the company's, the primary statement's figure kept where they differ (round 718: a bank's trend table,
    a dollar off on one line, had been disowned, and the quarters only it printed lost)."""
    shared = [key for key in values if key in primary]
    return (2 * len(off) < len(shared)
            and all(primary[key][1] == unit and abs(primary[key][0] - values[key]) <= unit for key in off))


# Marks a period in which a summary printed before the statement adds none of its own measures; it may
# still give the weighted share counts the statement leaves out (a bank's highlights print them, its
# statement of income only EPS), or the cash and investments its balance sheet prints line by line ("Cash,
# cash equivalents and investments" in a biotech's highlights, round 424): those are no measure of the
# company's own making.
_OWN_MEASURES = "own measures"
_COUNTS = frozenset({"shares_basic", "shares_diluted"})
_NO_OWN_MEASURE = _COUNTS | {"cash_and_investments"}
_EPS = frozenset({"eps_basic", "eps_diluted"})
# Marks a period, with a basis of EPS, in which the statement prints no EPS of that basis: there the
# summary's EPS of it is no measure of its own.
_PRIMARY_WITHOUT_EPS = "primary without EPS"


def _values(statement: Statement) -> dict[tuple[object, ...], Decimal]:
    """The statement's amounts by concept and period (per-share figures and share counts, in scales of
    their own, are left out)."""
    return {(statement.kind, concept, period.end, period.months): value for item in statement.items
            if item.kind == "amount" for concept in item.concepts
            for period, value in zip(statement.periods, item.values, strict=True) if value is not None}


def _unnamed_lines(release: Release, statement: Statement) -> set[int]:
    """The first lines of the statement's rows that print no word: a sum under a heading, whose "Total ..."
    label the reader gave it (core.tables.rows)."""
    lines = release.lines
    return {item.span.first for item in statement.items if item.concepts and not any(
        character.isalpha() for number in range(item.span.first, item.span.last + 1) if 0 < number <= len(lines)
        for character in lines[number - 1])}


def _statement_rows(statement: Statement, index: int, seen: set[tuple[object, ...]],
                    checks: dict[FactKey, FactChecks], apart: set[tuple[object, ...]],
                    unnamed: frozenset[int] | set[int] = frozenset(),
                    balance_keys: frozenset[tuple[object, ...]] | set[tuple[object, ...]] = frozenset()
                    ) -> list[FactRow]:
    """A statement's rows. A concept names one fact per period: where a primary statement already gave it,
    a summary or second statement keeps its line but not the concept; nor does a statement of another
    entity give one for the periods in `apart` (`_other_figures`). A sum printed without a label (`unnamed`)
    is the total the reader named it only where a check vouches for it: else it keeps no concept."""
    rows: list[FactRow] = []
    balances: set[tuple[str, object, object]] = set()
    for item in statement.items:
        for concept in item.concepts or ("",):
            for period, value in zip(statement.periods, item.values, strict=True):
                if value is None:
                    continue
                key = (statement.kind, concept, period.end, period.months)
                vouched = checks.get(fact_key(item, period), UNCHECKED)
                if concept and item.span.first in unnamed and vouched.status != "verified":
                    if concept != item.concepts[0]:
                        continue
                    concept_here = ""
                elif concept and (key in seen or (statement.kind, period.end, period.months) in apart or (
                        concept not in _NO_OWN_MEASURE and (*key[:1], *key[2:], _OWN_MEASURES) in apart
                        and (*key[:1], *key[2:], _PRIMARY_WITHOUT_EPS, concept) not in apart)):
                    if len(item.concepts) > 1 and concept != item.concepts[0]:
                        continue
                    concept_here = ""
                else:
                    concept_here = concept
                    seen.add(key)
                # A balance at the period's end printed among the period's flows (a bank's "AT PERIOD END"
                # total assets) is written as the balance it is, not as three months of total assets.
                # So is one whose own words say so among a highlights table's flows ("Total assets at year
                # end" under "2002 | 2001", round 448: printed as twelve months of total assets), and a book
                # value per share (round 497). A count of things ("Store count at end of period", "Employees at
                # period end") is a statistic of the statement it is printed in, never a balance (round 653).
                at_the_end = not concept_here and printed_as_a_balance(statement, item)
                if at_the_end and (item.label, period.end, value) in balances:
                    continue  # the same balance under the quarter's column and the year's, once
                if at_the_end:
                    balances.add((item.label, period.end, value))
                    concept_here = _balance_concept(item.label, period.end, seen, balance_keys)
                rows.append(
                    (
                        "balance" if at_the_end else statement.kind,
                        concept_here,
                        item.label,
                        period.end.isoformat(),
                        None if at_the_end else period.months,
                        float(value),
                        item.kind,
                        item.section,
                        item.is_total,
                        period.label,
                        item.span.first,
                        item.span.last,
                        index,
                        vouched.describe(),
                        vouched.status,
                    )
                )
    return rows


def _balance_concept(label: str, end: object, seen: set[tuple[object, ...]],
                     balance_keys: frozenset[tuple[object, ...]] | set[tuple[object, ...]]) -> str:
    """The balance-sheet concept a line under "AT PERIOD END" names ("Total assets", "Stockholders' equity"
    among a bank's five quarters of selected data, round 330), where no balance sheet gives it for that date
    and no line before it did: else none."""
    concept = match_concept(label) or ""
    key = ("balance", concept, end, None)
    if "balance" not in CONCEPT_STATEMENTS.get(concept, frozenset()) or key in seen or key in balance_keys:
        return ""
    seen.add(key)
    return concept


def format_value(value: float) -> str:
    """Values as exact decimals without float noise: 31139289, -7151000, -0.23."""
    return format(Decimal(repr(value)).normalize(), "f")


def held_back_note(held: int, checks: list[str]) -> str:
    """What `facts` says on stderr of the facts it did not write ("" when none)."""
    if not held:
        return ""
    reasons = sorted({part.split(":")[0] for text in checks for part in text.split("; ") if part.endswith("FAIL")})
    return (f"{how_many(held, 'fact')} held back because a check they take part in failed ({', '.join(reasons)}); "
            "--include-unverified writes them, `check` shows the failures")


def value_unit(kind: str, concepts: Iterable[str], words: str, code: str) -> str:
    """What a figure of a line of `kind` counts, in full units: "USD (full amount)", "USD per share", "shares (full
    count)", "%"; `words` the line's label and heading, `code` its statement's currency."""
    if kind == "amount":
        return f"{code} (full amount)"
    if kind == "per_share":
        # (a line under "Earnings per share:" names no share itself: "Continuing operations")
        return f"{code} per share" if {"eps_basic", "eps_diluted"} & set(concepts) or "share" in words.lower() \
            else f"{code} per the unit the line names"
    return KIND_UNITS.get(kind, "")


def row_unit(release: Release, row: FactRow) -> tuple[str, str]:
    """The fact's unit and, for money, its currency (`UNIT_COLUMNS`)."""
    kind, concept, label, section = row[6], row[1], row[2], row[7]
    # imported here: `python -m core facts` never asks for units, and the analysis package would cost its cold start
    from core.analysis.currency import statement_currency

    code = statement_currency(release.statements[int(row[_TABLE])])  # type: ignore[arg-type]
    unit = value_unit(kind, (concept,) if concept else (), f"{label} {section}", code)
    return unit, code if kind in ("amount", "per_share") else ""


def _printed_unit(statement: Statement, item: LineItem | None) -> Decimal | None:
    """The value of the last digit `item` prints its figures to, in full units (`formatting.line_unit`): amounts at
    the statement's scale, counts at its share scale, a figure a share to the cent at least."""
    if item is None:
        return None
    if item.kind == "amount":
        return line_unit(item.values, statement.scale)
    if item.kind == "shares":
        return line_unit(item.values, statement.share_scale)
    return line_unit(item.values, fewest=2 if item.kind == "per_share" else 0)


def source_fields(release: Release) -> Callable[[FactRow], tuple[str, str]]:
    """Each fact's `SOURCE_COLUMNS`: its line's printed unit and its table's title (`frames.table_title`, its unit note
    left out; the kind of table in words where it prints none)."""
    # imported here, as `row_unit` imports: the contract's command never asks for these
    from core.frames import table_title

    lines = {(index, item.span.first): item for index, statement in enumerate(release.statements)
             for item in reversed(statement.items)}  # the first item of a line where two share it

    def fields(row: FactRow) -> tuple[str, str]:
        table = int(row[_TABLE])  # type: ignore[arg-type]
        statement = release.statements[table]
        unit = _printed_unit(statement, lines.get((table, int(row[_LINE]))))  # type: ignore[arg-type]
        title = table_title(statement) or KIND_WORDS.get(statement.kind, statement.kind)
        return ("" if unit is None else format(unit.normalize(), "f"), title)

    return fields


def write_facts_csv(release: Release, out: TextIO, *, all_columns: bool = False,
                    include_unverified: bool = False, units: bool = False) -> str:
    """The facts as CSV: a header, then one line per fact; a missing month count is an empty field. Facts a
    failed check blames are left out unless asked for; the note saying how many and why is returned. `units`
    (the Data page's download, never the command line's contract): each fact's unit and currency, then its line's
    printed unit and its table's title, after the columns asked for (`UNIT_COLUMNS`, `SOURCE_COLUMNS`)."""
    width = len(FACT_COLUMNS) if all_columns else len(CONTRACT_COLUMNS)
    writer = csv.writer(out, lineterminator="\n")  # pandas' to_csv: excel dialect, minimal quoting
    writer.writerow(FACT_COLUMNS[:width] + (UNIT_COLUMNS + SOURCE_COLUMNS if units else ()))
    held: list[str] = []
    source = source_fields(release) if units else None
    for row in fact_rows(release):
        if row[_VERIFIED] == "failed" and not include_unverified:
            held.append(str(row[_CHECKS]))
            continue
        fields: list[object] = ["" if cell is None else cell for cell in row[:width]]
        fields[5] = format_value(row[5])  # "value", the sixth column
        if source is not None:
            fields.extend(row_unit(release, row))
            fields.extend(source(row))
        writer.writerow(fields)
    return held_back_note(len(held), held)
