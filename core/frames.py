"""Tidy pandas frames from the model: one row per fact.

The first six columns of `facts_frame` are the project's data contract (DESIGN.md); columns after them may
grow. Values become floats here, at the edge, because pandas and Plotly want them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal

import pandas as pd

from core.analysis.currency import money_words, statement_currency
from core.checks.verification import UNCHECKED, fact_checks, fact_key
from core.facts import (
    CONTRACT_COLUMNS,
    EXTRA_COLUMNS,
    FACT_COLUMNS,
    FactRow,
    fact_rows,
    held_back_note,
    row_unit,
    source_fields,
    value_unit,
)
from core.formatting import UNIT_WORDS, accounting, marked, printed_places, rate, sub_unit, table_figure
from core.model import FINANCIAL_KINDS, KIND_WORDS, LineItem, ProseFigure, Release, Statement
from core.statements.signs import printed_negative, shown_against_its_concept
from core.statements.units import EPS_ROUNDING

__all__ = [
    "CONTRACT_COLUMNS",
    "EXTRA_COLUMNS",
    "FACT_COLUMNS",
    "FINANCIAL_KINDS",
    "checked_statement_frame",
    "checks_frame",
    "facts_frame",
    "hold_back_failed",
    "marked_statement_frame",
    "statement_frame",
    "statement_statuses",
]


def facts_frame(release: Release, *, include_other: bool = False) -> pd.DataFrame:
    """Every value of every financial statement as one row (core.facts.fact_rows, typed for pandas)."""
    return _typed_facts(fact_rows(release, include_other=include_other))


def _typed_facts(rows: list[FactRow]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    frame["months"] = frame["months"].astype("Int64")
    frame["value"] = frame["value"].astype("float64")
    frame["line_first"] = frame["line_first"].astype("int64")
    frame["line_last"] = frame["line_last"].astype("int64")
    frame["table"] = frame["table"].astype("int64")
    return frame


def download_facts_frame(release: Release) -> pd.DataFrame:
    """The Data page's workbook's facts sheet: `facts_frame`, then what its facts CSV adds after the contract's
    columns, each fact's unit and currency, its line's printed unit and its table's title (`core.facts.UNIT_COLUMNS`,
    `SOURCE_COLUMNS`; UI-59: Apple's $2,014 million had been 2014000000 with nothing saying it was printed to the
    million, and three "Basic" rows of one quarter nothing saying which table each came from)."""
    rows = fact_rows(release)
    frame = _typed_facts(rows)
    source = source_fields(release)
    units = [row_unit(release, row) for row in rows]
    sources = [source(row) for row in rows]
    frame["unit"] = [unit for unit, _ in units]
    frame["currency"] = [currency for _, currency in units]
    frame["printed_unit"] = [float(unit) if unit else None for unit, _ in sources]
    frame["table_title"] = [title for _, title in sources]
    return frame


def hold_back_failed(frame: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The facts a failed check does not blame, and core.facts.held_back_note on the rest: a figure the
    checks contradict is never written as if it were sure."""
    failed = frame["verified"] == "failed"
    note = held_back_note(int(failed.sum()), list(frame.loc[failed, "checks"]))
    return (frame.loc[~failed].reset_index(drop=True), note) if note else (frame, "")


def statement_frame(statement: Statement, columns: list[list[Decimal | None]] | None = None) -> pd.DataFrame:
    """A statement as printed: one row per line item, one column per period (values as floats), each figure
    with the sign its cell printed (`_column`); the facts keep the signs of their concepts. `columns`: the
    statement's `_column`s, where the caller has them already."""
    if columns is None:
        columns = [_column(statement, i) for i in range(len(statement.periods))]
    data = {
        period.label or period.key: [None if value is None else float(value) for value in column]
        for period, column in zip(statement.periods, columns, strict=True)
    }
    frame = pd.DataFrame(data)
    frame.insert(0, "label", [item.label for item in statement.items])
    frame.insert(1, "concept", [", ".join(item.concepts) for item in statement.items])
    frame.insert(2, "lines", [str(item.span) for item in statement.items])
    return frame


def statement_statuses(release: Release, statement: Statement) -> pd.DataFrame:
    """What the checks say of each figure of `statement_frame(statement)`'s period columns ("verified",
    "failed", "unchecked"; "" where the cell is blank), fact by fact: a summary's line whose fourth quarter a
    check compares with the statement, its first three quarters with nothing (Kestrel Instruments'
    "Quarterly Trend"), is checked in one column only, so a table cannot mark it by its line alone."""
    checks = fact_checks(release)
    return pd.DataFrame({
        period.label or period.key: [
            "" if item.values[i] is None else checks.get(fact_key(item, period), UNCHECKED).status
            for item in statement.items
        ]
        for i, period in enumerate(statement.periods)
    })


def _column(statement: Statement, index: int) -> list[Decimal | None]:
    """The figures of the statement's column `index` with the signs the release printed them with.

    Facts store signs by concept (expenses and taxes positive, non-operating lines as income); a table shows
    the release's own: "Cost of sales (1,234)" in parentheses, "Income tax benefit 500" without (UI-32: a
    workbook had shown one tax benefit as printed and another turned, beside the facts' sheet turning both).
    Where the cell's text is not kept, a line whose words read against its stored sign is turned."""
    return [None if (value := item.values[index]) is None else _as_printed(value, item, index)
            for item in statement.items]


def _as_printed(value: Decimal, item: LineItem, index: int) -> Decimal:
    negative = printed_negative(item.cells[index]) if len(item.cells) == len(item.values) else None
    if negative is not None:
        return -abs(value) if negative else abs(value)
    return -value if shown_against_its_concept(item) else value


def checked_statement_frame(release: Release, statement: Statement) -> pd.DataFrame:
    """`statement_frame` with numbers as numbers (for Excel), and after its period columns one column per
    period saying what the checks say of each figure ("Q3 2022 · checks": "unchecked"): a sheet copied
    without its marks would pass every figure for a verified one."""
    frame = statement_frame(statement)
    # The heading each line stands under and what its figures count: a workbook had left "Basic" twice (EPS and
    # shares) with nothing to tell them apart, and dollars, shares and EPS in one column under a label still
    # saying "(in thousands)" of figures in full (UI-32).
    frame.insert(3, "section", [item.section for item in statement.items])
    code = statement_currency(statement)
    frame.insert(4, "unit", [_unit(item, code) for item in statement.items])
    statuses = statement_statuses(release, statement)
    for column in statuses.columns:
        frame[f"{column} \u00b7 checks"] = list(statuses[column])
    return frame


def _unit(item: LineItem, code: str) -> str:
    """What a workbook's figure counts (`core.facts.value_unit`, the download CSV's unit too)."""
    return value_unit(item.kind, item.concepts, f"{item.label} {item.section}", code)


def marked_statement_frame(release: Release, statement: Statement) -> tuple[pd.DataFrame, set[str]]:
    """`statement_frame` as text for a page, each figure the checks do not vouch for followed by its mark
    (core.formatting.STATUS_MARKS: "568,800,000 \u2020"), and the statuses marked, for the legend under it."""
    columns = [_column(statement, i) for i in range(len(statement.periods))]
    shown = statement_frame(statement, columns)
    statuses = statement_statuses(release, statement)
    # A rate that is no EPS and names its currency's hundredth ("Yield per passenger mile (cents)") is shown in
    # it, as printed: 12.41 cents, not 0.1241 under a note saying per-share figures are in dollars.
    hundredths = [item.kind == "per_share" and not item.concepts and bool(sub_unit(item.label))
                  for item in statement.items]
    for position, column in enumerate(statuses.columns, start=3):
        shown.isetitem(position, [
            "" if value is None else marked(rate(value, item.label, currency=""), status) if cents
            else marked(_figure_as_printed(value, item, position - 3), status)
            for item, cents, value, status in zip(statement.items, hundredths, columns[position - 3],
                                                  statuses[column], strict=True)])
    doubted = {status for column in statuses.columns for status in statuses[column]} & {"failed", "unchecked"}
    return shown, doubted


def _figure_as_printed(value: Decimal, item: LineItem, index: int) -> str:
    """A table's figure as its cell printed it: in parentheses where the cell was ("(7,151,000)", "(0.40)"), else
    with a minus sign; a figure per share to its printed places, the cent at least. UI-54: Allos's 6M EPS printed
    "$(0.40)" had read "-0.4" under a note saying every figure keeps the sign the release printed."""
    cell = item.cells[index] if len(item.cells) == len(item.values) else ""
    size = abs(value)
    text = (f"{size:,.{printed_places(size)}f}" if item.kind == "per_share"
            else table_figure(float(size)))
    if value >= 0:
        return text
    return f"({text})" if ")" in cell else f"-{text}"


def data_page_frame(release: Release, statement: Statement) -> tuple[pd.DataFrame, set[str], dict[str, str]]:
    """`marked_statement_frame` as the Data page shows it: the line, then its figures, each period's column named
    short ("3M to Jun 30, 2004", `period_name`), then where it stands and its concept; and each short name's
    printed header, for the column's help. Allos's headers as printed ("Three-months ended June 30, 2004") and the
    concept and line columns before the figures had left two of its four periods in view at 1,400 px (UI-53).
    A short name two columns share keeps the printed headers."""
    from core.analysis.periods import period_name  # frames is read by the downloads, with no analysis imported

    table, marked = marked_statement_frame(release, statement)
    printed = list(table.columns[3:])
    short = [period_name(period) for period in statement.periods]
    names = short if len(set(short)) == len(short) else printed
    table = table.rename(columns=dict(zip(printed, names, strict=True)))
    table = table[["label", *names, "lines", "concept"]]
    return table, marked, dict(zip(names, map(str, printed), strict=True))


_NO_NOTE_OF_ITS_OWN = " (no unit note of its own: taken from the tables around it or the narrative's figures)"



# A unit note in brackets ("($ in thousands)", "(in millions, except per share data)", "(Dollars in thousands)"):
# it says the unit, never what the table is, so no title is made of it (UI-53).
_UNIT_NOTE = re.compile(r"\(\s*(?:[$€£¥]|u\.?s\.?\s+)?\s*(?:dollars\s+|amounts\s+|figures\s+)?(?:in|in\s+the)?\s*"
                        r"(?:thousands|millions|billions|dollars)\b[^()]*\)", re.IGNORECASE)


def table_title(statement: Statement) -> str:
    """The table's title as printed, its unit note left out: Timberland's "Deposit Breakdown ($ in thousands)" is
    "Deposit Breakdown", and a reconciliation whose only line above its figures is "($ in thousands)" has no title
    (UI-53: it had been headed "($ in thousands) (balance sheet)")."""
    title = _UNIT_NOTE.sub(" ", statement.title)
    return " ".join(title.split()).strip(" ,;:-")


def data_page_order(release: Release) -> list[tuple[int, Statement, bool]]:
    """The release's tables as the Data page lists them, each with its index among `release.statements` and
    whether it opens: the primary statements first, the statement of operations, the balance sheet and the cash-
    flow statement, each followed by the statements of its kind printed under its title for another length of
    period (`_twins`: Timberland's six months' income statement after its quarter's), all open; then every other
    table in printed order, closed.
    Timberland's "Loan Portfolio" had opened the page, its income statements fourth and fifth, closed (UI-53)."""
    indexed = list(enumerate(release.statements))
    main = [(i, s) for i, s in indexed if s.kind in FINANCIAL_KINDS and s.primary]
    main.sort(key=lambda pair: (FINANCIAL_KINDS.index(pair[1].kind), pair[0]))
    order: list[tuple[int, Statement, bool]] = []
    taken: set[int] = set()
    for index, statement in main:
        if index in taken:
            continue
        order.append((index, statement, True))
        taken.add(index)
        for other, twin in indexed:
            if other not in taken and twin.kind == statement.kind and not twin.primary and _twins(statement, twin):
                order.append((other, twin, True))
                taken.add(other)
    order.extend((i, s, False) for i, s in indexed if i not in taken)
    return order


def _twins(one: Statement, other: Statement) -> bool:
    """Whether two statements are one statement printed twice, for two lengths of period: titles agreeing in
    their first words, at least two and half the shorter title's ("... STATEMENTS OF INCOME Three Months Ended"
    and "... Six Months Ended")."""
    words = [table_title(statement).lower().split() for statement in (one, other)]
    shared = next((i for i, (a, b) in enumerate(zip(*words, strict=False)) if a != b), min(map(len, words)))
    return shared >= max(2, min(map(len, words)) / 2)


def table_heading(statement: Statement) -> str:
    """ "CONDENSED STATEMENTS OF OPERATIONS (statement of operations, lines 90-120, in thousands)": the title as
    printed (its unit note left out, `table_title`), then what the reader took it for, where it stands and its
    unit, in words a reader uses."""
    kind = KIND_WORDS.get(statement.kind, statement.kind)
    title = table_title(statement)
    scale = UNIT_WORDS.get(statement.scale, f"units of {statement.scale:,}") if statement.scale != 1 else ""
    details = [kind if title else "", str(statement.span), f"in {scale}" if scale else ""]
    return f"{title or _untitled(statement, kind)} ({', '.join(d for d in details if d)})"


def _untitled(statement: Statement, kind: str) -> str:
    """The name of a table printed with no title: its kind, but a table that is not the release's statement of
    that kind (`Statement.primary` False: another one carries more of its lines) is named a summary the reader
    read as one. Forian's Q3 2024 highlights (revenue, the result, EPS, in the story's opening lines) had been
    titled "Statement of operations" above the real one, titled further down (UI-48)."""
    if not statement.primary and statement.kind != "other":
        return f"Summary table read as a {kind}"
    return kind[0].upper() + kind[1:]


# Said under a table that prints statistics: their figures are never scaled as the table's amounts are.
_ALSO_AS_PRINTED = (" Counts of things (stores, headcount) are as printed, never scaled; a rate whose label names "
                    "cents is in cents.")


def _has_statistics(statement: Statement) -> bool:
    return any(item.kind == "count" or (item.kind == "per_share" and not item.concepts) for item in statement.items)


def unit_note(statement: Statement, release: Release | None = None) -> str:
    """What the reader took the table's unit to be, and from where, under the table the Data page shows.

    The frame holds amounts in full dollars: a table read "in thousands" was multiplied by 1,000, one
    without a unit note of its own was taken as printed, which may not be what its figures mean. `release`:
    the release the table is read from, whose narrative figures may say why a table without a note was taken
    as printed (Torrington's "a net loss of $695,000" over its table's "(695,000)": UI-45, the note had said the
    figures "may be in thousands or millions" of a table the Overview reads, rightly, in dollars).
    """
    printed = f' from its note "{" ".join(statement.unit.split())}"' if statement.unit.strip() else ""
    money = money_words(statement_currency(statement))
    if statement.scale != 1:
        words = UNIT_WORDS.get(statement.scale, f"units of {statement.scale:,}")
        return (f"Amounts read in {words}{printed or _NO_NOTE_OF_ITS_OWN}"
                f" and shown here in full {money} (× {statement.scale:,}); per-share figures in {money}, share "
                "counts in full, percentages as printed." + _ALSO_AS_PRINTED * _has_statistics(statement))
    if printed:
        return f"Amounts read in full {money}{printed}, shown as printed."
    if not any(item.kind == "amount" for item in statement.items):
        # a table of per-share figures and counts alone ("Per Share Data"): no amount to scale, and its counts
        # in the scale their heading or the statement's net result gave them (UI-19: "shown as printed, not
        # scaled" over counts read in millions)
        return (f"Per-share figures in {money}; share counts in full, scaled where their heading's unit (\"in "
                "millions\") or EPS x shares against the statement's net result said how.")
    agreeing = _printed_as_the_text_says(statement, release) if release is not None else None
    if agreeing is not None:
        figure, value = agreeing
        return (f"No unit note was read for this table: its figures are read as printed, in full {money}, as the "
                f'text states them ("{_one_line(figure.text)}", the table\'s {accounting(value)}).')
    per_share = _printed_as_its_shares_say(statement)
    if per_share is not None:
        return (f"No unit note was read for this table: its figures are read as printed, in full {money}, as its "
                f"per-share figures bear out: {_per_share_words(per_share, money)}.")
    beside = _read_as_printed_beside(statement, release) if release is not None else None
    if beside is not None:
        other, evidence = beside
        name = " ".join(other.name.split())
        if isinstance(evidence, _SharesSay):
            return (f"No unit note was read for this table: its figures are read as printed, in full {money}, as "
                    f"those of {name} of the same size are, whose per-share figures bear that out: "
                    f"{_per_share_words(evidence, money)}.")
        figure, value = evidence
        return (f"No unit note was read for this table: its figures are read as printed, in full {money}, as those "
                f'of {name} of the same size are, which the text states ("'
                f'{_one_line(figure.text)}", that table\'s {accounting(value)}).')
    return ("No unit note was read for this table, so its figures are shown as printed, not scaled: they may be "
            f"in thousands or millions of {money}.")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _printed_as_the_text_says(statement: Statement, release: Release) -> tuple[ProseFigure, Decimal] | None:
    """The first narrative figure (no EPS) that one of the table's amounts, read as printed, is: the text's
    dollars say the table's figures are dollars, as the reader's scale check (`rescale_by_narrative`) found."""
    for figure in release.prose:
        if figure.concept.startswith("eps") or figure.period not in statement.periods:
            continue
        value = statement.value(figure.concept, figure.period)
        if value is not None and value != 0 and abs(value - figure.value) <= figure.tolerance + Decimal("0.5"):
            return figure, value
    return None


@dataclass(frozen=True, slots=True)
class _SharesSay:
    """A column whose net result over its share count is its printed EPS, read as printed."""

    label: str
    net: Decimal
    eps: Decimal
    shares: Decimal


# A share count printed in full: one printed in thousands this large would be a billion shares or more, a
# company whose statements always say their unit.
_FULL_COUNT = Decimal(1_000_000)


def _printed_as_its_shares_say(statement: Statement) -> _SharesSay | None:
    """The first column where the table's net result, read as printed, over its own share count (printed in
    full: `_FULL_COUNT` or more) is its EPS to the printed cent, and the same figures in thousands are not:
    the arithmetic that says a table without a unit note is in full dollars where the text states none of
    its figures (UI-46: Forian Q3 2024's newswire page states its figures only below its first table, which
    the narrative's reading stops at; its "(204,907)" over 31,098,180 shares is its "$(0.01)" a share, and
    the Data page had said the figures "may be in thousands or millions")."""
    if statement.share_scale != 1:
        return None
    net = statement.item("net_income_to_common") or statement.item("net_income")
    if net is None:
        return None
    for family in ("basic", "diluted"):
        eps, shares = statement.item(f"eps_{family}"), statement.item(f"shares_{family}")
        if eps is None or shares is None:
            continue
        for n, e, count in zip(net.values, eps.values, shares.values, strict=True):
            if n is None or not e or count is None or count < _FULL_COUNT:
                continue
            allowed = EPS_ROUNDING * count + Decimal("0.5")
            if abs(e * count - n) <= allowed and abs(e * count - n * 1000) > allowed:
                return _SharesSay(" ".join(net.label.split()), n, e, count)
    return None


def _per_share_words(said: _SharesSay, money: str) -> str:
    """'"Net (loss) income" (204,907) over 31,098,180 shares is ($0.01) a share, as printed; in thousands of
    dollars it would be ($6.59)'."""
    thousands = said.net * 1000 / said.shares
    return (f'"{said.label}" {accounting(said.net)} over {accounting(said.shares)} shares is '
            f"{accounting(said.eps, decimals=2, currency='$')} a share, as printed; in thousands of {money} it "
            f"would be {accounting(thousands, decimals=2, currency='$')}")


# A table without a note is of another's size, read as printed where that one is: their largest figures within
# this factor (a balance sheet's totals against a quarter's revenue, as `scale_choice` reads them).
_SAME_SIZE = 30


def _read_as_printed_beside(statement: Statement, release: Release
                            ) -> tuple[Statement, tuple[ProseFigure, Decimal] | _SharesSay] | None:
    """Another statement of the release without a note, read as printed, whose figures the text states (else
    whose per-share figures bear out its reading) and whose largest figure is of this one's size:
    Torrington's balance sheet beside its statement of operations; Forian's table of its quarter's figures
    beside its statement of operations (UI-46)."""
    largest = _largest_amount(statement)
    others = [other for other in release.statements
              if other is not statement and not other.unit.strip() and other.scale == 1
              and other.kind in FINANCIAL_KINDS]
    for other in others:
        theirs = _largest_amount(other)
        if not largest or not theirs or max(largest, theirs) > min(largest, theirs) * _SAME_SIZE:
            continue
        if (agreeing := _printed_as_the_text_says(other, release)) is not None:
            return other, agreeing
    for other in others:
        theirs = _largest_amount(other)
        if not largest or not theirs or max(largest, theirs) > min(largest, theirs) * _SAME_SIZE:
            continue
        if (said := _printed_as_its_shares_say(other)) is not None:
            return other, said
    return None


def _largest_amount(statement: Statement) -> Decimal:
    return max((abs(v) for item in statement.items if item.kind == "amount" for v in item.values if v is not None),
               default=Decimal(0))


def checks_frame(release: Release) -> pd.DataFrame:
    """The check results with expected vs found, for the Data page and its workbook. `allowed` is the difference
    rounding explains (each printed figure rounded to its last digit; EPS to half a cent a share), within
    which a check passes: a reader seeing $0.04 x 98 million shares miss the net income by $230,000 sees why."""
    return pd.DataFrame(
        [
            {
                "check": check.name,
                "statement": check.statement,
                "period": check.period,
                "expected": float(check.expected),
                "found": float(check.found),
                "difference": float(check.difference),
                "allowed": float(check.tolerance.quantize(Decimal("0.01"), ROUND_UP)),
                "passed": check.passed,
                "lines": str(check.span),
                "detail": check.detail,
            }
            for check in release.checks
        ],
        columns=["check", "statement", "period", "expected", "found", "difference", "allowed", "passed", "lines",
                 "detail"],
    )
