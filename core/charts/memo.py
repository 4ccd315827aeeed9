"""The side-by-side memo: companies as columns, the standard metrics as rows, as an analyst writes them.

Two forms of one table: text cells as a reader expects them on screen, each saying its unit ("$1,046.3M",
"78.7%"), and numbers as numbers for a spreadsheet (the downloads), with the unit of each row in its own
column (amounts in $ millions, share counts in millions), so Excel can add, chart and format them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
import plotly.graph_objects as go

from core.analysis.cash import CASH_USED, NOT_ESTIMATED, burn_estimates, cash_burn, no_burn_sentence
from core.analysis.currency import EACH_OWN, release_currency, shared_currency
from core.analysis.metrics import (
    LESS_THE_COST_OF_REVENUE,
    METRIC_NAMES,
    WITHOUT_THE_COST_OF_REVENUE,
    Metric,
    StandardMetrics,
    memo_rows,
    metric_name,
    metric_text,
)
from core.analysis.per_share import EquityWords, equity_words_of
from core.analysis.periods import period_name
from core.analysis.side_by_side import headed_apart, short_name
from core.analysis.stated_cash import StatedCash, stated_cash
from core.charts.periods import wrap
from core.charts.style import Chart, accounting_axis, base_layout, palette
from core.charts.timeline import safe
from core.checks.verification import figure_status
from core.formatting import (
    NOTHING_KNOWN,
    card_money,
    currency_sign,
    marked,
    possessive,
    runway_words,
    share_label_places,
    shares_in_millions,
    spelled_money,
)

MILLION = Decimal(10) ** 6
NUMBER_UNITS = {
    "amount": "$ millions",
    "percent": "%",
    "per_share": "$ per share",
    "shares": "millions of shares",
    "months": "months",
}


def column_heading(found: StandardMetrics) -> str:
    """ "ServiceNow (NOW) · 3M to Mar 31, 2020" : who, and the period the column covers."""
    meta = found.release.metadata
    who = meta.company or found.release.name
    if meta.ticker:
        who += f" ({meta.ticker})"
    return f"{who} · {period_name(found.period)}" if found.period is not None else who


def short_heading(found: StandardMetrics) -> str:
    """ "MCH": the ticker, or the company's first words, for a table column. A table's column is as wide as
    its heading, and "Meridian Crest Health Corporation (MCH) · 3M to Sep 30, 2022" had pushed the memo past
    the page's width, cutting its metric names; the full heading goes in the column's tooltip."""
    return short_name(found.release)


def short_headings(columns: Sequence[StandardMetrics]) -> list[str]:
    """Short column headings, unique: two columns of one company add their periods ("MCH · 3M to Sep 30,
    2022"), and two of one company and period their file names (`side_by_side.headed_apart`)."""
    shorts = [short_heading(column) for column in columns]
    named = [
        f"{short} · {period_name(column.period)}" if shorts.count(short) > 1 and column.period is not None else short
        for short, column in zip(shorts, columns, strict=True)
    ]
    return headed_apart(named, shorts, [column.release.name for column in columns])


def _headings(columns: Sequence[StandardMetrics]) -> list[str]:
    """Column headings, made unique (two releases of one company in one period keep both columns, each with its
    file's name)."""
    headings = [column_heading(column) for column in columns]
    return headed_apart(headings, headings, [column.release.name for column in columns])


def _number(metric: Metric | None) -> float | None:
    if metric is None or metric.value is None:
        return None
    if metric.kind in ("amount", "shares"):
        return float(metric.value / MILLION)
    return float(metric.value)


def _cell_text(key: str, metric: Metric | None, column: StandardMetrics) -> str:
    """A memo cell saying its own unit: "$11.32B", "$293.6M", "($25K)", "44.7M" shares, "43.4%", "$0.80",
    "17.9 months".

    The unit is in the figure, not in a column of its own: a Unit column after the companies (so the figures
    show beside the pinned metric at 390 px, UI-36) was off-screen with six companies at 1,400 px, and
    "$293.6" stood beside "$11,840.0" with nothing to say millions (UI-38). Money is written as the Overview's
    cards write the same figure (`card_money`), its unit in every cell; share counts in millions."""
    if metric is not None and metric.value is not None:
        if metric.kind == "amount":
            # money as the Overview's card writes the same figure (`card_money`: "$163K", "$49.4M", "$11.32B"),
            # each cell saying its unit: Forian's burn had read "$163K" on its card and "$0.16M" here (UI-45)
            return card_money(metric.value, currency=currency_sign(metric.currency), unit=metric.unit)
        if metric.kind == "shares":
            # to the places every page says a count to (`share_label_places`): "4,569M", never "4,569.0M" (UI-48)
            return _in_millions(shares_in_millions(metric.value, share_label_places([metric.value])))
        if metric.kind == "months":
            return runway_words(metric.value)
        return metric_text(metric)  # a percentage or a figure per share prints its unit ("43.4%", "$0.80")
    if key in BURN_ROWS and column.not_applicable:
        return DOES_NOT_APPLY  # a bank, an insurer, a REIT: `column.not_applicable` says why, as the Overview does
    if key == "monthly_net_loss" and loss_not_estimated(column):
        # a net loss, no estimate of it a month: `loss_not_estimated` says why, as the Cash page. Where the company
        # burns no cash the cell says that finding in the note's words ("... so the net loss is not a burn") beside
        # the burn and runway cells' "No burn": "Not estimated" had stood between them (UI-43, Hasbro Q1 2020),
        # then "Not a burn" beside their "No burn", one finding in two wordings (UI-44); the note under the memo
        # names the loss and says why it is not a burn
        return NO_BURN if column.burning is False else NOT_ESTIMATED
    if key in BURN_ROWS and column.burning is False:
        return NO_BURN  # profitable or cash-generative: a runway would be a false alarm
    if key == "runway" and column.runway_said:
        return NOT_ESTIMATED  # the fall in cash of a company whose revenue outruns it: `runway_said_notes` says why
    return "—"


def loss_not_estimated(column: StandardMetrics) -> str:
    """Why a column whose net result is a loss (the memo's own net income row) shows no net loss per month, in
    the Cash page's words for the company; "" where it shows one, or has no loss. "No burn" in a row named for
    the net loss had denied a loss the row above it printed (UI-42: Hasbro's first quarter of 2020 lost $69.6
    million while its operations generated $291.6 million of cash), and "—" beside a loss withheld for a non-cash
    charge had read as none (UI-16)."""
    net = column.value("net_income")
    if column.not_applicable or net is None or net >= 0 or column.get("monthly_net_loss") is not None:
        return ""
    if column.burning is False:
        return no_burn_sentence(column.release)  # the one sentence the Cash page says for a company not burning
    withheld = next((e for e in burn_estimates(column.release) if e.method == METRIC_NAMES["monthly_net_loss"]
                     and e.withheld), None)
    if withheld is None:
        return ""
    why = withheld.note.removeprefix(NOT_ESTIMATED).lstrip(":; ")
    return why[:1].upper() + why[1:]


def loss_not_estimated_notes(columns: Sequence[StandardMetrics]) -> list[str]:
    """ "HAS, net loss per month: Operations generated $291.6 million of cash ..., so the net loss is not a burn.":
    the page's note under the memo for each cell `loss_not_estimated` fills, as the Overview's notes are said."""
    name = METRIC_NAMES["monthly_net_loss"].lower()
    return [f"{short}, {name}: {why}" for short, column in zip(short_headings(columns), columns, strict=True)
            if (why := loss_not_estimated(column))]


def runway_said_notes(columns: Sequence[StandardMetrics]) -> list[str]:
    """"ALKS: Runway not estimated from operations: ...": the page's note under the memo for each company whose
    runway its Overview says in words, not as a figure (`runway_headline`): Compare's memo had printed Alkermes's
    25.5 months, a straight line through a fall in cash smaller than a month's revenue."""
    return [f"{short}: {column.runway_said}" for short, column in zip(short_headings(columns), columns, strict=True)
            if column.runway_said]


def _in_millions(text: str) -> str:
    """ "$293.6" -> "$293.6M", "($7.2)" -> "($7.2M)": the unit inside an accounting negative's parentheses."""
    return f"{text[:-1]}M)" if text.endswith(")") else f"{text}M"


# A memo cell of money as `card_money` writes it: "$119.58B", "($205K)", "RMB1.05B"; its size is its last letter.
_CARD_MONEY = re.compile(r"^\(?[^\d()\s]+[\d,]+(?:\.\d+)?([BMK])\)?$")
SIZE_WORDS = {"B": "billions", "M": "millions", "K": "thousands"}


def units_said(memo: pd.DataFrame) -> str:
    """What the memo's amounts are written in, from its own cells: each in its own size as the Overview's card
    writes it, with one of its cells for every size it holds ("$119.58B in billions, ($205K) in thousands").
    The page had said "Amounts and share counts are in millions ($1,046.3M)" over "$119.58B", "($205K)" and
    "$163K" (UI-46): a sentence fixed in advance tells what the table once did, not what it does."""
    cells = [str(cell).split(" ")[0] for column in memo.columns[1:] for cell in memo[column]]
    example = {}
    for cell in cells:
        match = _CARD_MONEY.match(cell)
        if match and match.group(1) not in example:
            example[match.group(1)] = cell
    if not example:
        return "Share counts are in millions."
    sizes = ", ".join(f"{example[size]} in {SIZE_WORDS[size]}" for size in SIZE_WORDS if size in example)
    return (f"Each amount is written in its own size, as the Overview's cards write it ({sizes}); "
            "share counts are in millions.")


BURN_ROWS = ("monthly_burn", "monthly_net_loss", "runway")
# Every burn cell (burn, net loss and runway) of a company burning no cash, as the Cash page leads its sentence.
NO_BURN = "No burn"
# A financial company's burn cells, in the words of the Overview and the Cash page ("so burn and runway do not
# apply to it"): "No burn" had read as a lender that spends no cash (UI-38: Horizon Bancorp, PS Business Parks).
DOES_NOT_APPLY = "Does not apply"


def not_applicable_notes(columns: Sequence[StandardMetrics]) -> list[tuple[str, str]]:
    """(short heading, why) for each column whose burn and runway do not apply, the page's note under the memo:
    the sentence the company's Overview and Cash page say."""
    return [(short, column.not_applicable) for short, column in zip(short_headings(columns), columns, strict=True)
            if column.not_applicable]


def memo_basis_notes(columns: Sequence[StandardMetrics]) -> list[str]:
    """What a memo figure is taken on, where it is not what its row's name says, as the Overview's card says
    it (`Metric.note`): "CAT, gross margin: on sales of machinery, energy & transportation alone: ...". A
    margin is a share of revenue by the memo's caption, and Caterpillar's 25.8% is of its machinery sales (its
    gross profit of $3,327M is 24.5% of its $13,589M revenue), which only its Overview had said (UI-41). Each
    note once, with every company (short heading) and figure it is about."""
    notes: dict[str, tuple[list[str], list[str]]] = {}
    for short, column in zip(short_headings(columns), columns, strict=True):
        for metric in column.compared_metrics:
            if metric.note and metric.value is not None and not _without_the_cost(metric):
                holders, about = notes.setdefault(metric.note, ([], []))
                if short not in holders:
                    holders.append(short)
                if (name := metric.name.lower()) not in about:
                    about.append(name)
    return [f"{', '.join(holders)}, {' and '.join(about)}: {_sentence_on(note)}"
            for note, (holders, about) in notes.items()]


def _sentence_on(note: str) -> str:
    """A card's note carried on after "CAT, gross margin: ", its first word lower-cased unless it is a name
    or an abbreviation ("On sales ..." reads "on sales ...", "EPS ..." stays)."""
    return note[0].lower() + note[1:] if note[1:2].islower() else note


# The mark of a cash cell holding the release's own stated cash-and-investments total (`stated_cash`), not the
# balance sheet's cash line: a mark of its own, the memo's ‡ being the operating-expense share's (UI-52)
STATED_TOTAL_MARK = "\u00a7"  # §


def stated_cash_cell(column: StandardMetrics) -> StatedCash | None:
    """The release's own cash-and-investments total where the memo's cash cell carries it (`stated_cash`): its
    balance sheet's cash figure leaves out investments the release counts in a total no sheet line prints. St.
    Joe's $106.4M of cash and cash equivalents had stood unmarked beside Alkermes's and Oracle's cash-and-
    investments totals in "Cash, or cash and investments"; its release states $158.9M of cash, cash equivalents
    and investments (text line 96), the like of theirs (UI-52). None where the cell keeps the sheet's figure."""
    cash = column.get("cash_and_investments")
    if cash is None or cash.value is None or column.balance_date is None:
        return None
    stated = stated_cash(column.release)
    return stated if stated is not None and stated.when == column.balance_date.end else None


def _with_stated_cash(rows: Sequence[tuple[str, tuple[Metric | None, ...]]],
                      columns: Sequence[StandardMetrics]) -> tuple[tuple[str, tuple[Metric | None, ...]], ...]:
    """The memo's rows with each cash cell `stated_cash_cell` gives holding the release's stated total, named in the
    release's words; no line of a statement printing it, no check speaks of it (its note says where it is)."""
    stated = [stated_cash_cell(column) for column in columns]
    if not any(stated):
        return tuple(rows)
    return tuple((key, tuple(
        dataclasses.replace(cell, value=total.amount, prior=total.prior, sources=(), unit=total.unit,
                            label=total.words[:1].upper() + total.words[1:], known=NOTHING_KNOWN)
        if key == "cash_and_investments" and cell is not None and total is not None else cell
        for cell, total in zip(cells, stated, strict=True))) for key, cells in rows)


STATED_TOTAL_LEGEND = (f"{STATED_TOTAL_MARK} The release's own stated total of cash and investments, which no line "
                       "of its balance sheet prints (the notes say where).")


def stated_cash_legend(columns: Sequence[StandardMetrics]) -> str:
    """`STATED_TOTAL_LEGEND` where a memo cash cell carries the release's stated total, else ""."""
    return STATED_TOTAL_LEGEND if any(stated_cash_cell(column) is not None for column in columns) else ""


def stated_cash_notes(columns: Sequence[StandardMetrics]) -> list[str]:
    """ "JOE, cash (§): the release's own stated total of its cash, cash equivalents and investments, text line 96;
    its balance sheet's cash and cash equivalents alone are $106.4M." under the memo, for each cell marked §."""
    notes = []
    for short, column in zip(short_headings(columns), columns, strict=True):
        if (stated := stated_cash_cell(column)) is None:
            continue
        cash = column.get("cash_and_investments")
        assert cash is not None and cash.value is not None
        sheet = (cash.label or METRIC_NAMES["cash_and_investments"]).lower()
        notes.append(f"{short}, cash ({STATED_TOTAL_MARK}): the release's own stated total of its {stated.words}, "
                     f"text line {stated.span.first}; its balance sheet's {sheet} alone "
                     f"{'are' if ' and ' in sheet else 'is'} {_cell_text('cash_and_investments', cash, column)}.")
    return notes


def memo_status(metric: Metric | None, column: StandardMetrics) -> str:
    """What the checks say of a memo cell's figure, as the Overview's cards say it: "failed" where a failed
    check of the column's own period blames a line it was read from, "unchecked" where no check speaks of
    those lines, "" where the checks vouch for it (or there is no figure)."""
    if metric is None or metric.value is None or not metric.sources:
        return ""
    periods = [period.key for period in (column.period, column.balance_date) if period is not None]
    return figure_status(column.release, metric.sources, periods)  # a ratio as sure as its least sure input


# The mark of an operating-expense share worked out on another base than the dollar figure above it
WITHOUT_COST_MARK = "\u2021"  # ‡
WITHOUT_COST_LEGEND = (f"{WITHOUT_COST_MARK} Operating expenses without the cost of revenue the release's own total "
                       "holds, as most releases total theirs, in the amount and its share of revenue alike")


def _without_the_cost(metric: Metric | None) -> bool:
    """Whether a memo cell holds the operating-expense total less the cost of revenue the release's total holds
    (`metrics.opex_compared`), or its share of revenue."""
    return metric is not None and (metric.caveat.startswith(WITHOUT_THE_COST_OF_REVENUE)
                                   or metric.note.startswith(LESS_THE_COST_OF_REVENUE))


def less_the_cost_said(columns: Sequence[StandardMetrics]) -> str:
    """What each company's operating-expense total taken without its cost of revenue holds, in its own words and
    figures: "ALKS's Total Expenses, $283.6 million, less "Cost of goods manufactured and sold", $47.2 million, is
    $236.4 million" (UI-57: the note had called Alkermes's $283.6M, its cost of goods inside, a total without it)."""
    return "; ".join(f"{possessive(short)} {holds}"
                     for short, column in zip(short_headings(columns), columns, strict=True)
                     if (holds := _less_the_cost_holds(column)))


def _less_the_cost_holds(column: StandardMetrics) -> str:
    """ "Total Expenses, $283.6 million, less "Cost of goods manufactured and sold", $47.2 million, is $236.4
    million": the column's operating-expense total taken without its cost of revenue, "" where it is none."""
    base = column.opex_base
    if base is None or base.value is None or column.compared("operating_expenses") is not base:
        return ""
    holds = base.note.removeprefix(LESS_THE_COST_OF_REVENUE).lstrip(": ")
    return f"{holds}, is {spelled_money(base.value, currency=currency_sign(base.currency))}"


def memo_base_legend(columns: Sequence[StandardMetrics]) -> str:
    """The legend of `WITHOUT_COST_MARK` where a memo cell carries it, else "" (UI-19: "$794.9" over "41.7%",
    52.5% of the revenue, with only a caption under the table to say why). Where the operating-expense row
    leaves a company's share out as on another total (`off_the_row`), the mark says that, in one line."""
    if left := off_the_row(columns):
        drawn, _ = unlike_opex(columns)
        shorts = short_headings(columns)
        kept = [short for index, short in enumerate(shorts) if opex_basis(columns[index]) == drawn]
        out = "; ".join(f"{possessive(shorts[index])} is {metric_text(share)} of revenue on "
                        f"{OPEX_BASIS_WORDS[opex_basis(columns[index])]}"
                        + (f" ({holds}, the amount above it)"
                           if (holds := _less_the_cost_holds(columns[index])) else "")
                        for index in sorted(left) if (share := columns[index].get("opex_share")) is not None)
        holds = less_the_cost_said(columns) if drawn == OPERATING_ALONE else ""
        return (f"{WITHOUT_COST_MARK} {METRIC_NAMES['opex_share']}: the row holds "
                f"{possessive(' and '.join(kept))} totals "
                f"({OPEX_BASIS_WORDS[drawn]}{f': {holds}, the amount above it too' if holds else ''}); {out}, so it "
                "does not compare.")
    shown = [cell for key, cells in memo_rows(columns) for cell in cells]
    if not any(_without_the_cost(cell) for cell in shown):
        return ""
    holds = less_the_cost_said(columns)
    return f"{WITHOUT_COST_LEGEND}: {holds}." if holds else f"{WITHOUT_COST_LEGEND}."


def off_the_row(columns: Sequence[StandardMetrics]) -> set[int]:
    """The columns whose operating-expense share the memo's row leaves out ("—" and `WITHOUT_COST_MARK`): those on
    another total than the one most of the row shares (`unlike_opex`). One row of unlike totals had set Alkermes's
    96.0% of its operating expenses without the cost of goods beside Oracle's 56.6% and St. Joe's 107.0% of every
    cost, the note under it saying they do not compare (UI-52). None where no total is shared by two companies:
    there is no row's basis to keep, each figure marked and the notes saying what it holds."""
    drawn, others = unlike_opex(columns)
    return others if drawn else set()


# The mark of a memo figure with a note in "Notes on these figures" under the table (UI-52: ten paragraphs
# between the table and the chart, which users skip)
NOTE_MARK = "*"
NOTE_LEGEND = f"{NOTE_MARK} A note on this figure under \"Notes on these figures\" below."


def noted(key: str, metric: Metric | None, column: StandardMetrics) -> bool:
    """Whether a memo figure has a note under the table that changes how it reads: a caution (`Metric.caveat`),
    what it is taken on where the row's name says otherwise (`Metric.note`, but a burn's or runway's, which says
    the window every burn is taken over), a ratio of rounded figures (`Metric.spread`). A cell in words ("Not
    estimated", "Does not apply", "No burn") says itself; its reason is in the notes too, not marked."""
    if metric is None or metric.value is None:
        return False
    return bool(metric.caveat or (metric.note and key not in BURN_ROWS) or _rounded(metric))


def _rounded(metric: Metric | None) -> bool:
    """Whether a ratio is said to fewer places than a tenth, its figures printed rounded (`Metric.spread`)."""
    return (metric is not None and metric.spread is not None
            and metric.spread[1] - metric.spread[0] >= Decimal("0.1"))


def rounded_notes(columns: Sequence[StandardMetrics]) -> list[str]:
    """Why a company's ratios are whole percents or a range ("106% to 108%"): its figures are printed rounded
    (St. Joe's to $0.1 million), and the ratio of rounded figures is known no finer (UI-52)."""
    notes = []
    for short, column in zip(short_headings(columns), columns, strict=True):
        names = [metric.name.lower() for metric in column.metrics if _rounded(metric)]
        if names:
            notes.append(f"{short}, {', '.join(names)}: worked out from figures the release prints rounded, so "
                         "said to the whole percent they allow, or the whole percents they span.")
    return notes


def memo_notes_marked(columns: Sequence[StandardMetrics]) -> bool:
    """Whether any memo cell carries `NOTE_MARK`."""
    return any(noted(key, cells[index], column) and not _without_the_cost(cells[index])
               for key, cells in memo_rows(columns) for index, column in enumerate(columns))


# What an operating-expense share is a share of, by what its metrics say (`metrics._with_every_cost_said`,
# `metrics._opex_share`): operating expenses alone, a total holding every cost before the operating result (its
# cost of sales among them, none of which the statement names a cost of revenue to take off), or every cost with
# interest. One row of the memo holds each company's own; the chart draws one basis only (`unlike_opex`).
OPERATING_ALONE, EVERY_COST, WITH_INTEREST = "operating", "every_cost", "with_interest"
OPEX_BASIS_WORDS = {
    OPERATING_ALONE: "operating expenses without the cost of revenue",
    EVERY_COST: "a total holding every cost before the operating result, its cost of sales among them",
    WITH_INTEREST: "a total holding every cost, interest included",
}


def opex_basis(column: StandardMetrics) -> str:
    """What the column's operating-expense share is a share of (a key of OPEX_BASIS_WORDS); "" where it has none.
    Alkermes's 96.0% is its Total Expenses less its cost of goods (`WITHOUT_COST_MARK`), Oracle's 56.6% its total
    holding its hardware and services costs, St. Joe's 107.0% its total expenses (UI-51)."""
    share, opex = column.get("opex_share"), column.get("operating_expenses")
    if share is None or share.value is None:
        return ""
    if _without_the_cost(share) or opex is None:
        return OPERATING_ALONE
    if opex.caveat.startswith("this total holds every cost before"):
        return EVERY_COST
    if opex.caveat.startswith("this total holds every cost, interest"):
        return WITH_INTEREST
    return OPERATING_ALONE


def unlike_opex(columns: Sequence[StandardMetrics], among: Sequence[int] | None = None) -> tuple[str, set[int]]:
    """(the basis the margins chart draws the operating-expense share on, the columns left out as on another);
    ("", set()) where every share is on one basis. The basis most companies share is drawn (operating expenses
    alone where as many), and none where fewer than two share it: unlike totals' bars side by side had read as
    alike (UI-51: Alkermes's operating expenses beside Oracle's and St. Joe's every cost)."""
    indexes = range(len(columns)) if among is None else among
    bases = {index: basis for index in indexes if (basis := opex_basis(columns[index]))}
    kinds = list(dict.fromkeys(bases.values()))
    if len(kinds) < 2:
        return "", set()
    counts = {kind: list(bases.values()).count(kind) for kind in kinds}
    drawn = max(kinds, key=lambda kind: (counts[kind], kind == OPERATING_ALONE))
    if counts[drawn] < 2:
        return "", set(bases)
    return drawn, {index for index, basis in bases.items() if basis != drawn}


def opex_basis_note(columns: Sequence[StandardMetrics]) -> str:
    """The note under the memo where the companies' operating-expense shares are of unlike totals, saying what
    each company's holds: "Operating expenses, % of revenue is each company's own total, and they differ: ALKS:
    operating expenses without the cost of revenue (‡); JOE and ORCL: a total holding every cost before the
    operating result, its cost of sales among them." "" where they are alike."""
    bases: dict[str, list[str]] = {}
    shorts_all = short_headings(columns)
    for short, column in zip(shorts_all, columns, strict=True):
        if basis := opex_basis(column):
            bases.setdefault(basis, []).append(short)
    if len(bases) < 2:
        return ""
    said = "; ".join(f"{' and '.join(shorts)}: {OPEX_BASIS_WORDS[basis]}"
                     + (f" (the cost of revenue taken off the total, {WITHOUT_COST_MARK})"
                        if basis == OPERATING_ALONE and any(_without_the_cost(columns[shorts_all.index(s)].get(
                            "opex_share")) for s in shorts) else "")
                     for basis, shorts in bases.items())
    return (f"{METRIC_NAMES['opex_share']} is each company's own total, and they differ, so the figures do not "
            f"compare: {said}.")


def opex_bars_note(columns: Sequence[StandardMetrics]) -> str:
    """Beside the margins chart, where it leaves companies' operating-expense shares out as on another basis
    (`unlike_opex`): which it draws and which it does not; "" where it draws every one."""
    drawn, others = unlike_opex(columns)
    if not others:
        return ""
    shorts = short_headings(columns)
    name = METRIC_NAMES["opex_share"].lower()
    left = " and ".join(shorts[index] for index in sorted(others))
    if not drawn:
        return (f"No bars of {name}: each company's total holds unlike costs ({left}); the memo gives each "
                "figure and the note under it what it holds.")
    kept = " and ".join(short for index, short in enumerate(shorts) if opex_basis(columns[index]) == drawn)
    return (f"Bars of {name} for {kept} alone, on {OPEX_BASIS_WORDS[drawn]}; {possessive(left)} "
            f"{'are' if len(others) > 1 else 'is'} on another total (the memo's note), so not drawn beside them.")


def memo_marks(columns: Sequence[StandardMetrics]) -> set[str]:
    """The statuses the memo's cells are marked with, for its legend."""
    return {status for _, cells in memo_rows(columns) for cell, column in zip(cells, columns, strict=True)
            if (status := memo_status(cell, column))}


def _units(columns: Sequence[StandardMetrics], rows: Sequence[tuple[str, tuple[Metric | None, ...]]]) -> list[str]:
    """Each row's unit in the downloads, per share or per unit as the companies print it (a partnership's "per
    common unit": Redhollow's EPS had read "$ per share" beside its units); where the currencies differ, it
    says each figure is in its own currency, as a number cell carries no sign."""
    words = equity_words_of(column.release for column in columns)
    kinds = [next(c.kind for c in cells if c is not None) for _, cells in rows]
    code = shared_currency([release_currency(column.release) for column in columns])
    sign = currency_sign(code) if code else ""  # each cell says its own where the currencies differ
    own = "" if code else f", {EACH_OWN}"
    named = {**NUMBER_UNITS, "amount": f"{sign} millions".strip() + own,
             "per_share": f"{sign} per {words.one}".strip() + own,
             "shares": f"millions of {words.many}"}
    return [named[kind] for kind in kinds]


PERIOD_ROW, BALANCE_ROW = "Period", "Balance at"


# What a company's burn cell holds, by the method of its burn (`cash.cash_burn`), said in the memo's note.
_BURN_KINDS = dict(zip(CASH_USED, ("cash used in operations and capital spending", "cash used in operations",
                                   "the fall in cash and investments between two balance sheets"), strict=True))
# A mark after a burn cell saying which kind of burn it is, where the row holds more than one kind (UI-51).
BURN_KIND_MARKS = ("\u1d43", "\u1d47", "\u1d9c")  # ᵃ ᵇ ᶜ
BURN_OR_FALL = "Cash burn or fall in cash per month"


def burn_kind(column: StandardMetrics) -> str:
    """What the column's burn cell holds, in words: "cash used in operations", "the fall in cash and investments
    between two balance sheets" (with why it is no burn where revenue outruns it); "" without a burn figure."""
    if column.value("monthly_burn") is None or (burn := cash_burn(column.release)) is None:
        return ""
    kind = _BURN_KINDS.get(burn.method, burn.method.lower())
    if column.rule.fall_only is not None:
        return f"{kind}, no burn: revenue outruns it, so no runway is estimated"
    return f"{kind}, taken as the burn" if burn.method == CASH_USED[2] else kind


def burn_kind_marks(columns: Sequence[StandardMetrics]) -> list[str]:
    """The mark after each column's burn cell where the row holds more than one kind of burn, a mark a kind in
    the order the kinds first appear; "" for every cell where all are one kind. Compare's row "Cash burn per
    month" had held Alkermes's fall in cash and investments beside others' cash used in operations (UI-51)."""
    kinds = [burn_kind(column) for column in columns]
    found = list(dict.fromkeys(kind for kind in kinds if kind))
    if len(found) < 2:
        return ["" for _ in kinds]
    return [BURN_KIND_MARKS[found.index(kind)] if kind and found.index(kind) < len(BURN_KIND_MARKS) else ""
            for kind in kinds]


def burn_kinds_note(columns: Sequence[StandardMetrics]) -> str:
    """The note under the memo saying what each mark of the burn row stands for, the row named as the memo
    names it; "" without marks."""
    marks = burn_kind_marks(columns)
    said = dict.fromkeys((mark, burn_kind(column)) for mark, column in zip(marks, columns, strict=True) if mark)
    if not said:
        return ""
    name = row_name("monthly_burn", [column.get("monthly_burn") for column in columns], _words(columns))
    return f"{name}, by kind: " + "; ".join(f"{mark} {kind}" for mark, kind in said) + "."


def row_name(key: str, cells: Sequence[Metric | None], words: EquityWords) -> str:
    """A memo row's name: the one every company's figure shares where each names it narrower than the key
    (Meridale's and Pennwick's cash is "Cash and cash equivalents", no "Cash and investments"); where the
    companies name it differently, each cell holds what its company prints and the row says so."""
    labels = {cell.label for cell in cells if cell is not None and cell.value is not None}
    if len(labels) == 1 and "" not in labels:
        return labels.pop()
    if len(labels) > 1 and key == "cash_and_investments":
        return "Cash, or cash and investments"
    if len(labels) > 1 and key == "monthly_burn" and "Fall in cash per month" in labels:
        # a fall in cash that is no burn beside a burn: the row named for both, each cell marked with its kind
        # (`burn_kind_marks`; UI-51: "Cash burn per month" had held Alkermes's fall)
        return BURN_OR_FALL
    if len(labels) > 1 and key == "operating_expenses":
        # an insurer's "Total expenses" (its claims and interest among them) beside others' operating expenses
        # (UI-30: the row had been named for whichever company came first); short enough for the memo's name
        # column at 1,440 px (UI-32: "Operating expenses (or all costs, whe…")
        return "Operating or total expenses"
    return metric_name(key, words)


def _words(columns: Sequence[StandardMetrics]) -> EquityWords:
    return equity_words_of(column.release for column in columns)


def memo_table(columns: Sequence[StandardMetrics]) -> pd.DataFrame:
    """Metric | company 1 | company 2 ...: one unit per row, each figure saying it ("$1,046.3M", "78.7%",
    `_cell_text`), so no column of units can fall off the page's edge; a figure the checks cannot vouch for
    carries its mark (`memo_status`), as on every other page. The downloads keep a Unit column
    (`memo_numbers`): their cells are numbers.

    Companies are headed short (`short_headings`: the ticker), and the first two rows say which period and
    balance date each column reads, as the full headings had: a heading cannot wrap, a row can be read. Each
    cell carries its currency's sign, so a unit never adds "each in its own currency" (round 148)."""
    rows = _with_stated_cash(memo_rows(columns), columns)
    words = _words(columns)  # once: it reads every column's statement
    frame = pd.DataFrame({"Metric": [PERIOD_ROW, BALANCE_ROW, *(row_name(key, cells, words) for key, cells in rows)]})
    kinds = burn_kind_marks(columns)
    stated = [stated_cash_cell(column) is not None for column in columns]
    left = off_the_row(columns)
    for index, heading in enumerate(short_headings(columns)):
        column = columns[index]
        frame[heading] = [
            "—" if column.period is None else period_name(column.period),
            "—" if column.balance_date is None else period_name(column.balance_date),
            *(_memo_cell(key, cells[index], column, kinds[index], key == "opex_share" and index in left,
                         key == "cash_and_investments" and stated[index]) for key, cells in rows),
        ]
    return frame


def _memo_cell(key: str, metric: Metric | None, column: StandardMetrics, kind: str, off_row: bool,
               stated: bool = False) -> str:
    """A memo cell: its figure (`_cell_text`) with its marks, short, the notes under the table saying the rest:
    `WITHOUT_COST_MARK` on an operating-expense share off its total or off the row ("— ‡", `off_the_row`), the
    kind of burn, `STATED_TOTAL_MARK` on a cash cell holding the release's stated total, `NOTE_MARK` where a note
    speaks of it, and the checks' mark."""
    if off_row:
        return f"— {WITHOUT_COST_MARK}"
    text = _cell_text(key, metric, column)
    if _without_the_cost(metric):
        text += f" {WITHOUT_COST_MARK}"
    elif noted(key, metric, column):
        text += f" {NOTE_MARK}"
    if key == "monthly_burn" and kind:
        text += f" {kind}"
    if stated:
        text += f" {STATED_TOTAL_MARK}"
    return marked(text, memo_status(metric, column))


def memo_numbers(columns: Sequence[StandardMetrics]) -> pd.DataFrame:
    """Metric | Unit | company 1 | ...: numbers as numbers (floats, blank where absent) for Excel and CSV; a cash
    figure the release states in its own words (`stated_cash_cell`) is the page's, its checks column saying so."""
    rows = _with_stated_cash(memo_rows(columns), columns)
    words = _words(columns)  # once: it reads every column's statement
    frame = pd.DataFrame(
        {
            "Metric": [row_name(key, cells, words) for key, cells in rows],
            "Unit": _units(columns, rows),
        }
    )
    headings = _headings(columns)
    for index, heading in enumerate(headings):
        frame[heading] = pd.array([_number(_as_shown(cells[index])) for _, cells in rows], dtype="Float64")
    # What the checks say of each figure, as the page's marks say it, after the figures (a number cell holds no
    # mark: UI-31, the CSV's combined ratio had read as a checked figure where the page marked it † not checked)
    for index, heading in enumerate(headings):
        stated = stated_cash_cell(columns[index])
        frame[f"{heading}: checks"] = [
            f"the release's own stated total, text line {stated.span.first}" if key == "cash_and_investments"
            and stated is not None else _STATUS_WORDS[memo_status(cells[index], columns[index])]
            for key, cells in rows]
    return frame


_STATUS_WORDS = {"failed": "not verified: a check fails", "unchecked": "not checked", "": ""}


# The places a download keeps of a computed figure: ratios as the page shows them (62.1%, 24.0 months), where
# the CSV had carried 62.09326159364591 and 24.01897233201581 (a browser review); amounts and share counts
# to the dollar and the share (a monthly burn of 1.6866666666666668 million is 1.686667), so no printed
# figure loses a digit. A per-share amount is as printed.
_KEPT = {"percent": Decimal("0.1"), "months": Decimal("0.1"), "amount": Decimal(1), "shares": Decimal(1)}


def _as_shown(metric: Metric | None) -> Metric | None:
    """The metric with its value rounded to the places a download keeps (`_KEPT`)."""
    if metric is None or metric.value is None or metric.kind not in _KEPT:
        return metric
    return dataclasses.replace(metric, value=metric.value.quantize(_KEPT[metric.kind], ROUND_HALF_UP))


COMMON_SIZE = ("gross_margin", "opex_share", "operating_margin", "net_margin")


def common_size_bars(columns: Sequence[StandardMetrics]) -> Chart | None:
    """Margins and expense share side by side: one bar per company for each ratio, all in % of revenue.

    Horizontal, so metric names read in full at phone width, and companies keep the same colour.
    """
    keys = [key for key in COMMON_SIZE if any(c.value(key) is not None for c in columns)]
    if not keys:
        return None
    # A company with no ratio to draw is left out of the chart and said so beside it (`margins_left_out`), not
    # drawn as an empty legend entry; a comparison with fewer than two companies left is no chart (UI-50: Oracle's
    # bars alone beside GeoVax's ratios beyond 150% and a bank's statement without revenue).
    shown = [index for index, column in enumerate(columns) if len(columns) == 1 or not _why_no_bars(column, keys)]
    if len(columns) > 1 and len(shown) < 2:
        return None
    keys = [key for key in keys if any(columns[index].value(key) is not None for index in shown)]
    # operating-expense shares of unlike totals are not drawn side by side (`unlike_opex`, UI-51)
    on_basis, other_basis = unlike_opex(columns, shown)
    if other_basis and not on_basis:
        keys = [key for key in keys if key != "opex_share"]
        other_basis = set()
    figure = go.Figure()
    plotted: list[float | None] = []
    headings = _headings(columns)
    beyond: list[str] = []
    bare: list[str] = []
    for index, (column, heading) in enumerate(zip(columns, headings, strict=True)):
        if index not in shown:
            continue  # its colour stays its own: the palette is indexed by every company compared
        # A ratio past 150% of revenue either way is not drawn: its bar would flatten every other company's
        # (an axis to -2,000% for a biotech's milestone revenue); the table and the note below give it. One
        # a little past 100% is drawn (UI-22: operating expenses at 110.2% had been left out of the chart).
        values = [_number(column.get(key)) if _drawn(column.value(key)) else None for key in keys]
        beyond += [f"{heading} ({METRIC_NAMES[key].lower()} {column.value(key):,.1f}%)" for key in keys
                   if not _drawn(column.value(key))]
        if index in other_basis:  # of another total than those drawn: its slot says so, the note beside why
            values = [None if key == "opex_share" else value for key, value in zip(keys, values, strict=True)]
        plotted.extend(values)
        # A ratio the company has none of keeps its slot in the ratio's group (grouped bars hold every
        # company's place), said there in words on a bar of no length: eleven releases had left blank,
        # unlabelled slots where six print no gross margin (UI-46). A company with no bar at all says why
        # in its legend entry instead (`_why_no_bars`).
        unread = [column.value(key) is None and not _why_no_bars(column, keys) for key in keys]
        said = slot_words(column)
        if index in other_basis:
            unread = [none or key == "opex_share" for key, none in zip(keys, unread, strict=True)]
            other = f"{safe(short_heading(column))}: {OTHER_BASIS}"
            said_in = [(other if len(other) <= SLOT_CHARS else OTHER_BASIS) if key == "opex_share" else said
                       for key in keys]
        else:
            said_in = [said for _ in keys]
        figure.add_trace(
            go.Bar(
                y=[wrap(METRIC_NAMES[key], 18) for key in keys],
                x=[0.0 if none else v for v, none in zip(values, unread, strict=True)],
                orientation="h",
                name=wrap(safe(heading), 40),  # a legend entry on two lines rather than past a phone's edge
                marker={"color": palette(len(columns))[index]},
                # each figure as the memo says it, to the places its rounded figures allow ("106% to 108%"), with
                # the memo's mark where a note says what it is taken on (UI-63: Sears's gross margin, 27.8% of its
                # merchandise sales, had stood unmarked beside operating ratios of its total revenue)
                text=[words if none else "" if v is None else _ratio_text(column, key, mark=True)
                      for key, v, none, words in zip(keys, values, unread, said_in, strict=True)],
                customdata=[(OTHER_BASIS if index in other_basis and key == "opex_share" else NONE_READ) if none
                            else "" if v is None else _ratio_text(column, key, mark=True, note=True)
                            for key, v, none in zip(keys, values, unread, strict=True)],
                # beside each bar, at the axis font: inside, as "auto" put them, a label shrinks to the bar's
                # thickness, and seven companies' bars had dropped every label but one ("-2.1%", UI-40)
                textposition="outside",
                constraintext="none",
                textangle=0,
                cliponaxis=False,
                hovertemplate=f"{safe(heading)}<br>%{{y}}: %{{customdata}}<extra></extra>",
            )
        )
    for trace, column in zip(figure.data, [columns[index] for index in shown], strict=True):
        if (why := _why_no_bars(column, keys)):
            # A company with no bar at all had stood in the legend with nothing to say why (a bank).
            trace.name = f"{trace.name}<br>{wrap(f'(no bars: {why})', 40)}"
            bare.append(f"{safe(column_heading(column).split(' · ')[0])}: {why}")
        elif (left := [f"{METRIC_NAMES[key].lower()} {value:,.1f}%" for key in keys
                       if (value := column.value(key)) is not None and not _drawn(value)]):
            # one bar of several left out had been said only in the chart's alt text (UI-16: AtriCure's
            # operating expenses at 102.1% of revenue)
            trace.name = f"{trace.name}<br>{wrap(f'(not drawn, beyond {_DRAWN_LIMIT}%: ' + '; '.join(left) + ')', 40)}"
    # ticked "-50%" as its bars are labelled "-15.2%": one style for percents in one chart (UI-57)
    axis = accounting_axis(plotted, decimals=0, count=3, pad=0.22, sparse=True, percent=True)
    figure.update_xaxes(title_text="% of revenue", **axis)
    figure.update_yaxes(autorange="reversed", automargin=True)
    base_layout(figure, title="Margins and operating expenses, % of revenue",
                height=margins_height(len(keys), len(shown),
                                      two_lines=any("<br>" in str(text) for trace in figure.data
                                                    for text in (trace.text or ()))))
    data = memo_table(columns)
    data = data[data["Metric"].isin([METRIC_NAMES[key] for key in keys])]
    alt = "Horizontal bars of " + ", ".join(METRIC_NAMES[k].lower() for k in keys) + " for " + "; ".join(
        f"{heading}: " + ", ".join(
            f"{METRIC_NAMES[k]} {'n/a' if column.value(k) is None else _ratio_text(column, k)}" for k in keys
        )
        for column, heading in zip(columns, headings, strict=True)
    ) + "."
    if beyond:
        alt += f" Not drawn, beyond {_DRAWN_LIMIT}% of revenue: " + "; ".join(beyond) + "."
    for key in keys:
        if none := [safe(column_heading(column).split(" · ")[0]) for column in columns
                    if column.value(key) is None and not _why_no_bars(column, keys)]:
            alt += f" No {METRIC_NAMES[key].lower()} read for " + ", ".join(dict.fromkeys(none)) + "."
    if bare:
        alt += " No bars for " + "; ".join(bare) + "."
    if unlike := opex_bars_note([columns[index] for index in shown]):
        alt += f" {unlike}"
    if any(_without_the_cost(columns[index].get(key)) for index in shown for key in keys):
        alt += f" {WITHOUT_COST_LEGEND}."
    if any(_bar_noted(columns[index], key) for index in shown for key in keys):
        # what a marked bar is taken on, where the figure is drawn, not only under the memo (UI-63)
        based = [note for note in memo_basis_notes([columns[index] for index in shown])
                 if any(f"{METRIC_NAMES[key].lower()}" in note.split(": ")[0] for key in keys)]
        alt += f" {NOTE_MARK} " + (" ".join(based) if based else NOTE_LEGEND.removeprefix(f"{NOTE_MARK} "))
    return Chart(figure, data.reset_index(drop=True), alt,
                 figure_marks=ratio_marks([columns[index] for index in shown], keys))


def _ratio_text(column: StandardMetrics, key: str, *, mark: bool = False, note: bool = False) -> str:
    """A ratio as the memo says it, with the mark of its status where the checks do not vouch for each of its
    inputs ("6.0% \u2020": UI-58, Southern's net margin of a revenue not checked had shown unmarked); with `mark`,
    the memo's `NOTE_MARK` where a note says what it is taken on ("27.8% *"), and with `note` that note after it,
    for a hover."""
    metric = column.get(key)
    if metric is None or metric.value is None:
        return ""
    text = metric_text(metric)
    if mark and _without_the_cost(metric):
        # an operating-expense share off its total less the cost of revenue, marked as its memo cell is (UI-64:
        # Sears's "27.9% ‡" in the table had been a bare "27.9%" bar beside the gross margin's "27.8% *")
        text += f" {WITHOUT_COST_MARK}"
    elif mark and _bar_noted(column, key):
        text += f" {NOTE_MARK}"
    text = marked(text, memo_status(metric, column))
    if note and _bar_noted(column, key) and metric.note:
        text += "<br>" + wrap(metric.note, 48)
    return text


def _bar_noted(column: StandardMetrics, key: str) -> bool:
    """Whether the margins chart marks a ratio with `NOTE_MARK`, as the memo marks its cell: where its note says
    what it is taken on (`Metric.note`: a gross margin on the sales its cost is of), the operating-expense share
    off its total apart (the chart's own note says that one). A ratio of rounded figures says itself as a range."""
    metric = column.get(key)
    return (metric is not None and metric.value is not None and bool(metric.note) and key not in BURN_ROWS
            and not _without_the_cost(metric))


def ratio_marks(columns: Sequence[StandardMetrics], keys: Sequence[str] = ("gross_margin", "opex_share",
                "operating_margin", "net_margin")) -> dict[str, str]:
    """ "Southern Company, Net margin": "unchecked" for each ratio the margins chart marks, for the page's
    badge and note (`Chart.figure_marks`)."""
    return {f"{safe(column_heading(column).split(' · ')[0])}, {METRIC_NAMES[key]}": status
            for column in columns for key in keys if (status := memo_status(column.get(key), column))}


def margins_opex_note(columns: Sequence[StandardMetrics]) -> str:
    """`opex_bars_note` for the companies the margins chart draws (those `margins_left_out` does not name)."""
    keys = [key for key in COMMON_SIZE if any(c.value(key) is not None for c in columns)]
    return opex_bars_note([column for column in columns if len(columns) == 1 or not _why_no_bars(column, keys)])


def margins_left_out(columns: Sequence[StandardMetrics]) -> list[str]:
    """Each company the margins chart leaves out, and why, as said beside it (or in its place): "GeoVax Labs,
    Inc. (GOVX): each of its ratios is beyond 150% of revenue (operating expenses 309.9% ...)"."""
    keys = [key for key in COMMON_SIZE if any(c.value(key) is not None for c in columns)]
    if len(columns) < 2 or not keys:
        return []
    said = []
    for column in columns:
        if why := _why_no_bars(column, keys):
            ratios = [f"{METRIC_NAMES[key].lower()} {value:,.1f}%" for key in keys
                      if (value := column.value(key)) is not None]
            said.append(f"{safe(column_heading(column).split(' · ')[0])}: {why}"
                        + (f" ({'; '.join(ratios)})" if ratios and column.value("revenue") is not None else ""))
    return said


# Said in a ratio's slot where a company has no such ratio (no gross profit printed or derived): a blank slot
# had read as a bar lost, not a figure the release does not give.
NONE_READ = "none read"
# Said in the operating-expense share's slot of a company whose share is of another total than those drawn
OTHER_BASIS = "not alike"


# The most characters a ratio's empty slot says (`slot_words`): what a 390 px phone's plot holds beside the zero
# line at the axis font (about 90 px at 5.5 px a character), where "Oracle Corporation (ORCL): none read" had been
# cut to "Oracle Corporation (ORCL): nor" (UI-48).
SLOT_CHARS = 16


def slot_words(column: StandardMetrics) -> str:
    """What a ratio's slot says where the company has none, always after the company, as no colour is drawn there:
    its short name on one line where that fits SLOT_CHARS ("ORCL: none read"), else on two, the name over "none
    read", cut with an ellipsis where even it runs past SLOT_CHARS ("Southern Company:<br>none read"; UI-58: a bare
    "none read" beside Oracle's "ORCL: none read" had not said whose slot it was); the caption names the companies
    in full ("No gross margin read for Oracle Corporation (ORCL)")."""
    name = safe(short_heading(column))
    named = f"{name}: {NONE_READ}"
    if len(named) <= SLOT_CHARS:
        return named
    if len(name) + 1 > SLOT_CHARS:
        name = name[: SLOT_CHARS - 2].rstrip() + "\u2026"
    return f"{name}:<br>{NONE_READ}"


# A bar's row as thick as its label needs (the axis font, 12 px, and a little room), and the gap between ratios:
# at 70 px a ratio whatever the count of companies, seven had had bars 8 px thick, too thin for a label. A chart
# one of whose slots says its company over "none read" on two lines gives every row two lines' room.
BAR_ROW_PX, TWO_LINE_ROW_PX, RATIO_GAP_PX = 18, 32, 30


def margins_height(ratios: int, companies: int, two_lines: bool = False) -> int:
    """The margins chart's height: each company's bar a label's thickness in every ratio's group, so its label
    is read at any count of companies (two lines' where a slot's words take two); the title and axis room as
    before (140 px)."""
    return 140 + ratios * (companies * (TWO_LINE_ROW_PX if two_lines else BAR_ROW_PX) + RATIO_GAP_PX)


def _why_no_bars(column: StandardMetrics, keys: Sequence[str]) -> str:
    """Why a company has no bar at all among the ratios drawn; "" where it has one."""
    values = [column.value(key) for key in keys]
    if any(value is not None and _drawn(value) for value in values):
        return ""
    if column.period is None:
        return "no statement of operations was read"
    if column.value("revenue") is None:
        return "its statement of operations prints no revenue line to take percentages of"
    return f"each of its ratios is beyond {_DRAWN_LIMIT}% of revenue"


# The farthest a ratio's bar reaches either way, in % of revenue: beyond it one bar would flatten the others
_DRAWN_LIMIT = 150


def _drawn(value: Decimal | None) -> bool:
    return value is None or abs(value) <= _DRAWN_LIMIT


def memo_notes(columns: Sequence[StandardMetrics], shorts: Sequence[str] | None = None) -> list[str]:
    """Every note on the memo's figures, in the order the page's "Notes on these figures" lists them (UI-52: they
    had stood as ten captions between the table and the chart): what each operating-expense total holds, what a
    figure is taken on, why burn does not apply, why a net loss has no figure a month, which burn each cell holds,
    why a runway is not estimated, each caution once with every figure and company it is about, and the window
    each company's burn covers."""
    shorts = list(short_headings(columns)) if shorts is None else list(shorts)
    notes = [*stated_cash_notes(columns), opex_basis_note(columns), *memo_basis_notes(columns),
             *(f"{short}: {why}" for short, why in not_applicable_notes(columns)),
             *loss_not_estimated_notes(columns), burn_kinds_note(columns),
             *(f"{note}." for note in runway_said_notes(columns)), *rounded_notes(columns)]
    # Each caution once, naming every figure it is about and every company it holds for: one company's four
    # quarters had printed the same sentence four times (browser review of a company's quarters in a row).
    cautions: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for column in columns:
        said: dict[str, list[str]] = {}
        for metric in column.compared_metrics:
            if metric.caveat:
                said.setdefault(metric.caveat, []).append(metric.name.lower())
        for caveat, lines in said.items():
            holders = cautions.setdefault((caveat, tuple(lines)), [])
            if (holder := column_heading(column).split(" · ")[0]) not in holders:
                holders.append(holder)
    notes += [f"{', '.join(holders)}, {' and '.join(about)}: read with care: {caveat}."
              for (caveat, about), holders in cautions.items()]
    # Burn and runway are each release's over its own window, which a column headed by its quarter does not
    # say (a fourth quarter's release burns over the year: browser review of a company's quarters in a row).
    burns = [(short, burn.basis) for short, column in zip(shorts, columns, strict=True)
             if (burn := column.get("monthly_burn") or column.get("monthly_net_loss")) is not None and burn.basis]
    if burns:
        notes.append("Burn and runway cover each release's own window, not only the column's period: "
                     + "; ".join(f"{short}, {basis}" for short, basis in burns) + ".")
    return [note for note in notes if note]
