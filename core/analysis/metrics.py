"""The standard metrics an analyst reads off any release: one list, the same for every company.

Releases print their statements in their own words and layouts; an analyst compares them on a handful of
figures: revenue, gross profit and margin, operating expenses and their share of revenue, operating and
net margin, EPS (basic and diluted, named as such), the weighted shares behind it, cash and investments,
and, for a company that burns cash only, the burn and the runway it leaves. This module computes exactly
those from the model, with the source lines each one came from, so that the Overview cards, the
side-by-side memo and the charts over time all say the same thing and every number can be traced.

A metric the release does not support is None with a sentence saying why; nothing is guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from core.analysis.business import Financial, financial_business, financial_no_burn
from core.analysis.cash import (
    OPERATIONS_LESS_CAPITAL,
    BurnEstimate,
    burn_estimates,
    burns_cash,
    cash_burn,
    cash_source_note,
    cash_words,
    release_cash_points,
)
from core.analysis.comparisons import RESULTS, finer_pair
from core.analysis.currency import release_currency, statement_currency
from core.analysis.expenses import breakdown
from core.analysis.finer import finer_range
from core.analysis.per_share import SHARES, UNITS, EquityWords, eps_names, equity_words
from core.analysis.periods import Window, balance_dates, behind, owners_apart, period_name, weeks_of, windows
from core.analysis.runway_headline import NO_RULE, RunwayRule, decide_runway
from core.analysis.structure import display_label, footing, operations_statement
from core.checks.verification import figure_status
from core.formatting import (
    NOTHING_KNOWN,
    UNCHANGED,
    KnownPair,
    as_a_name,
    capital_words,
    card_money,
    change_percent,
    currency_sign,
    loss_change,
    mid_sentence,
    per_share,
    percent,
    printed_places,
    range_note,
    ratio_percent,
    ratio_spread,
    runway_words,
    shares,
    signed,
    spelled_money,
    too_coarse_for_percent,
)
from core.model import LineItem, Period, Release, SourceSpan, Statement
from core.statements.lender_lines import insurer_lines, lender_lines, provision_sign
from core.vocabulary import (
    CASH_AND_EQUIVALENTS_WORDS,
    COST_OF_SALES_WORDS,
    DERIVATIVE_GAINS,
    DISCONTINUED_OPERATIONS,
    NOTE_MARKS,
    ONE_OFF_ITEM,
    OPERATING_EXPENSE_WORDS,
    OTHER_COST_OF_REVENUE,
    SALES_WORD,
    SCALES,
    SHARED_OUT,
    WHEN_CASH_STANDS,
    WHOLE_NET_INCOME,
    WITHOUT_DEPRECIATION,
    matched_form,
    normalise_label,
    note_marks,
    without_note_marks,
)

MetricKind = Literal["amount", "percent", "per_share", "shares", "months"]
Basis = Literal["quarter", "year_to_date"]

# Keys in the order a memo lists them; the names are what a reader sees.
METRIC_NAMES: dict[str, str] = {
    "revenue": "Revenue",
    # a bank's and an insurer's own headline lines (core.statements.lender_lines)
    "net_interest_income": "Net interest income",
    "credit_loss_provision": "Credit loss provision",  # whole on a card ("Provision for credit…" had been cut)
    "noninterest_income": "Non-interest income",
    "noninterest_expense": "Non-interest expense",
    "premiums_earned": "Premiums earned",
    "losses_and_loss_expenses": "Losses and claims",  # a P&C insurer's losses, a life insurer's benefits and claims
    "combined_ratio": "Combined ratio",
    "gross_profit": "Gross profit",
    "gross_margin": "Gross margin",
    "operating_expenses": "Operating expenses",
    "opex_share": "Operating expenses, % of revenue",
    "operating_income": "Operating income (loss)",
    "operating_margin": "Operating margin",
    "net_income": "Net income (loss)",
    "net_margin": "Net margin",
    "eps_basic": "EPS, basic",
    "eps_diluted": "EPS, diluted",
    "shares_basic": "Weighted shares, basic",
    "shares_diluted": "Weighted shares, diluted",
    "cash_and_investments": "Cash and investments",
    "monthly_burn": "Cash burn per month",
    "monthly_net_loss": "Net loss per month",
    "runway": "Runway",
}
# A partnership's result per common unit and its weighted units (core.analysis.per_share.equity_words): no
# "EPS", which names a share (Tollgate Pass's card read "EPS, diluted" over "Net (loss) income per common unit").
PER_UNIT_NAMES: dict[str, str] = {
    "eps_basic": "Result per unit, basic",
    "eps_diluted": "Result per unit, diluted",
    "shares_basic": "Weighted units, basic",
    "shares_diluted": "Weighted units, diluted",
}


def metric_name(key: str, words: EquityWords = SHARES) -> str:
    """A metric's name for companies that count shares, units (PER_UNIT_NAMES), or both side by side ("Result
    per share or unit, basic"): Compare's memo had listed "EPS, diluted" beside Tollgate Pass's "$ per unit"."""
    if words == SHARES or key not in PER_UNIT_NAMES:
        return METRIC_NAMES[key]
    return PER_UNIT_NAMES[key].replace(" unit", f" {words.one}", 1).replace(" units", f" {words.many}", 1)


# A card holds a label of about this many characters on one line at four cards a row (1440 px): Streamlit
# cuts a longer one mid-word ("Cash and short-term invest…"). Longer names are said shorter, the words
# below swapped one by one until the name fits; the card's tooltip gives the name whole.
CARD_LABEL_CHARS = 25
SHORTER_WORDS: tuple[tuple[str, str], ...] = (
    # a sum the release does not print (core.analysis.expenses), said short: "Costs & expenses (sum)" had been
    # cut to "Costs & exp. (the lines…" (a browser review)
    ("(the lines added up)", "(sum)"),
    (" and ", " & "), ("short-term", "ST"), ("long-term", "LT"), ("investments", "inv."), ("expenses", "exp."),
    ("operating", "op."), ("equivalents", "equiv."), ("Weighted", "Wtd."), ("Operating exp.", "Opex"),
)
METRIC_KINDS: dict[str, MetricKind] = {
    "gross_margin": "percent",
    "opex_share": "percent",
    "combined_ratio": "percent",
    "operating_margin": "percent",
    "net_margin": "percent",
    "eps_basic": "per_share",
    "eps_diluted": "per_share",
    "shares_basic": "shares",
    "shares_diluted": "shares",
    "runway": "months",
}


@dataclass(frozen=True, slots=True)
class Metric:
    """One standard figure for the period in view, with the year-earlier figure where printed.

    `sources` are the printed lines it was read or computed from (for highlighting in the release text);
    `basis` says in words how it was obtained ("Total revenues", "Gross profit ÷ revenue").
    """

    key: str
    value: Decimal | None
    prior: Decimal | None = None
    sources: tuple[SourceSpan, ...] = ()
    basis: str = ""
    label: str = ""  # a name narrower than the key's, where the figure holds less than the key names
    # What a reader must know before trusting the figure, where the release allows two readings of it (a
    # fall in cash far smaller than the loss: money raised hid the burn); "" where there is none.
    caveat: str = ""
    # What the figure is computed on, where the card beside it shows another figure a reader would take it
    # for (EPS on the net income available to common, beside the net income card); "" where it is plain.
    note: str = ""
    # The code of the currency its amounts are in (core.analysis.currency): "RMB1.05B", never "$1.05B".
    currency: str = "USD"
    # The value of the last digit its amounts were printed to (`Statement.printed_unit`: a million for "$ 188"
    # in millions), so a card shows no place finer and a change no more precision than the rounding allows
    # (UI-44); None where unknown (an amount then reads to the card's own places).
    unit: Decimal | None = None
    # The ranges finer figures in the narrative bound its two figures to (`_with_finer_figures`), its change said
    # from them (`formatting.change_percent`); the rounding's where none is stated finer.
    known: KnownPair = NOTHING_KNOWN
    # A ratio's least and most, its figures printed rounded (`formatting.ratio_spread`), so it is said to the places
    # they allow (`formatting.ratio_percent`: St. Joe's 19.9 of 18.6 $ millions is "106% to 108%", UI-52); None
    # where the figures are exact enough or their units unknown.
    spread: tuple[Decimal, Decimal] | None = None

    @property
    def name(self) -> str:
        return self.label or METRIC_NAMES[self.key]

    @property
    def kind(self) -> MetricKind:
        return METRIC_KINDS.get(self.key, "amount")

    @property
    def change(self) -> Decimal | None:
        """Current minus prior (percentage points for a margin)."""
        return None if self.value is None or self.prior is None else self.value - self.prior


def card_name(name: str) -> str:
    """`name` as short as a card's label can show whole: "Cash & ST investments" for "Cash and short-term
    investments"; where the swaps are not enough, cut after a word with an ellipsis."""
    for long, short in SHORTER_WORDS:
        if len(name) <= CARD_LABEL_CHARS:
            return name
        name = name.replace(long, short)
    if len(name) <= CARD_LABEL_CHARS:
        return name
    return name[: CARD_LABEL_CHARS].rsplit(" ", 1)[0].rstrip(",;:&") + "…"


def card_label(metric: Metric) -> str:
    """A card's label, whole: the metric's name as short as a card shows (`card_name`), else, where the release's
    own name for it would be cut, the standard name ("EPS, diluted" for St. Joe's "Net (loss) income per share
    attributable to the Company", which had read "Net (loss) income per…", UI-52); the card's tooltip says the
    release's name whole."""
    short = card_name(metric.name)
    if short.endswith("…") and metric.label and not (standard := card_name(METRIC_NAMES[metric.key])).endswith("…"):
        return standard
    return short


@dataclass(frozen=True, slots=True)
class StandardMetrics:
    """A release's standard metrics for one period (quarter or year to date) and its latest balance date."""

    release: Release
    period: Period | None
    prior: Period | None
    balance_date: Period | None
    scale: int
    metrics: tuple[Metric, ...]
    burning: bool | None = None  # see core.analysis.cash.burns_cash: False means "no burn", said so
    # Why burn and runway do not apply to a financial company (core.analysis.business.financial_no_burn, the
    # Overview's and the Cash page's sentence); "" for any other. A bank's "No burn" on Compare had read as a
    # company that spends no cash, where the other pages say the question does not apply to it (UI-38).
    not_applicable: str = ""
    cash_base: Period | None = None  # the earlier balance date the cash card's change is measured from
    # Said in place of the runway card where the burn is only the fall in cash and revenue outruns it
    # (core.analysis.runway_headline; UI-50: Alkermes's "Runway 25.5 months"); "" where a runway card stands.
    runway_said: str = ""
    # The runway rule for the release (`runway_headline.decide_runway`): whether a runway is estimated, from which
    # burn, and why not; pages read it through `runway_headline.runway_rule`.
    rule: RunwayRule = NO_RULE
    # The operating-expense total a comparison of companies uses where it is not the release's own
    # (`opex_compared`: its total less the cost of revenue it holds); None where the release's own is that total.
    opex_base: Metric | None = None

    def compared(self, key: str) -> Metric | None:
        """The metric a comparison of companies shows for `key`: the operating-expense total the share of revenue
        is worked out on (`opex_base`), so the memo's amount and share rows hold one figure; else `get(key)`."""
        if key == "operating_expenses" and self.opex_base is not None and self.get(key) is not None:
            return self.opex_base
        return self.get(key)

    @property
    def compared_metrics(self) -> tuple[Metric, ...]:
        """`metrics` as a comparison of companies shows them (`compared`): the operating-expense total its share is
        worked out on in place of the release's own, so no note speaks of a figure not shown."""
        return tuple(self.compared(metric.key) or metric for metric in self.metrics)

    @property
    def cash_compared(self) -> str:
        """ "cash at Jun 30, 2004 against Dec 31, 2003": the dates behind the cash card's change; "" without one."""
        if self.balance_date is None or self.cash_base is None or self.get("cash_and_investments") is None:
            return ""
        return f"cash at {period_name(self.balance_date)} against {period_name(self.cash_base)}"

    def get(self, key: str) -> Metric | None:
        return next((metric for metric in self.metrics if metric.key == key), None)

    def value(self, key: str) -> Decimal | None:
        metric = self.get(key)
        return None if metric is None else metric.value

    @property
    def covers(self) -> str:
        if self.period is None:
            return "no period"
        text = period_name(self.period)
        return text if self.prior is None else f"{text} vs {period_name(self.prior)}"

    @property
    def uneven_weeks(self) -> str:
        """The caution of uneven_weeks for the cards' period and the one a year before."""
        if self.period is None or self.prior is None:
            return ""
        return uneven_weeks(self.release, self.period, self.prior)

    @property
    def owner_change(self) -> str:
        """The caution of owner_change for the cards' period and the one a year before."""
        if self.period is None or self.prior is None:
            return ""
        return owner_change(self.period, self.prior)


def uneven_weeks(release: Release, period: Period, prior: Period) -> str:
    """ "This period counts 14 weeks, the year-earlier one 13: ..." where a 53-week year's quarter is set
    against a 13-week one, else "": every change of an amount holds the extra week (browser review of
    round 213: revenue "+3.6%" had been shown as if like for like). Said wherever the two are compared: the
    Overview's cards, the Periods, Expenses and Per share pages (UI-20, UI-23: only the Overview had said it)."""
    now, before = weeks_of(period), weeks_of(prior)
    if now in _A_WEEK_LONGER and before is None and _weeks_named(release, now - 1):
        before = now - 1  # the story counts the usual weeks ("compared to the thirteen-week fourth quarter")
    if now in _A_WEEK_LONGER and before is None:
        # the story says this quarter or year ran a week long ("the fourteen-week fourth quarter"), and
        # nothing says the year-earlier one did (UI-19: 14 weeks set against 13 without a word)
        return (f"This period counts {now} weeks, a week more than usual; the release gives the year-earlier "
                "one no count of weeks: each change of an amount (revenue, expenses, results, EPS) may hold "
                "the extra week; margins do not.")
    if now is None or before is None or now == before:
        return ""
    return (f"This period counts {now} weeks, the year-earlier one {before}: each change of an amount "
            "(revenue, expenses, results, EPS) holds that difference; margins do not.")


def owner_change(period: Period, prior: Period) -> str:
    """ "The year-earlier period is the predecessor's ..." where a change of owner stands between a period and
    the one it is compared with (`owners_apart`), else "": its changes are no growth of one business (UI-27:
    the Overview had shown a successor's quarter against the predecessor's, expenses -38.4% and EPS +0.83,
    while the Per share page drew no bridge between them). Said wherever the two are compared."""
    owners = owners_apart(prior, period)
    if owners is None:
        return ""
    return (f"The year-earlier period is the {owners[0].lower()}'s, this one the {owners[1].lower()}'s: a change "
            "of owner stands between them (a new basis of accounting, a new share count), so their changes are "
            "no like-for-like growth.")


def _compared_columns(release: Release, period: Period, prior: Period) -> tuple[Statement, int, int] | None:
    """The statement of operations and where it prints the two compared periods, where it prints both."""
    statement = operations_statement(release)
    if statement is None or period not in statement.periods or prior not in statement.periods:
        return None
    return statement, statement.periods.index(period), statement.periods.index(prior)


def discontinued_operations(release: Release, period: Period, prior: Period) -> str:
    """ "The year-earlier net result holds ($205.4M) from discontinued operations ..." where a line of
    discontinued operations carries an amount in either period, else "": the net result and EPS then mix
    a business sold or closed into their change (UI-28: Cree's quarter, its continuing loss per share
    ($0.22) -> ($0.57), had been shown as a net loss "+73.0%" better and EPS "+1.63", all of it the prior
    year's discontinued loss). Said wherever the two are compared."""
    compared = _compared_columns(release, period, prior)
    if compared is None:
        return ""
    statement, now_at, before_at = compared
    lines = [item for item in statement.items
             if item.kind == "amount" and DISCONTINUED_OPERATIONS.search(item.label)
             and (item.values[now_at] or item.values[before_at])]
    if not lines:
        return ""
    mixed = ("so the changes of the net result and of EPS mix it in; the result from continuing operations "
             "compares like for like.")
    if len(lines) > 1:
        named = ", ".join(f'"{item.label}"' for item in lines)
        return f"The net result of one period or both holds discontinued operations ({named}), {mixed}"
    line = lines[0]
    sign = currency_sign(release_currency(release))
    now, before = line.values[now_at], line.values[before_at]

    def said(value: Decimal | None) -> str:
        return card_money(value, currency=sign) if value else "none"

    return (f'The net result holds discontinued operations ("{line.label}"): {said(now)} in this period, '
            f"{said(before)} in the year-earlier one, {mixed}")


def _one_off_lines(statement: Statement) -> list[tuple[LineItem, tuple[LineItem, ...]]]:
    """Each one-off line of the net result (`vocabulary.ONE_OFF_ITEM`: a cumulative effect of an accounting change,
    an extraordinary item) in money, with the per-share lines of the same name the release prints beside it."""
    one_offs = [item for item in statement.items if ONE_OFF_ITEM.search(item.label)]
    return [(item, tuple(other for other in one_offs if other.kind == "per_share"
                         and as_a_name(other.label).lower() == as_a_name(item.label).lower()))
            for item in one_offs if item.kind == "amount"]


def _one_off_said(item: LineItem, per_share_lines: tuple[LineItem, ...], at: int, sign: str, unit: Decimal) -> str:
    """ "($839M), ($3.86) a share": a one-off's amount in one column, to no place finer than printed (`unit`), with
    its figure a share as printed."""
    figures = list(dict.fromkeys(per_share(line.values[at], decimals=printed_places(line.values[at]), currency=sign)
                                 for line in per_share_lines if line.values[at]))
    return (card_money(item.values[at], currency=sign, unit=unit)
            + (f", {' and '.join(figures)} a share" if figures else ""))


def _one_off_or_none(item: LineItem, per_share_lines: tuple[LineItem, ...], at: int, sign: str,
                     unit: Decimal) -> str:
    """`_one_off_said`, or "none" in a column printing no amount for the one-off."""
    return _one_off_said(item, per_share_lines, at, sign, unit) if item.values[at] else "none"


def one_off_items(release: Release, period: Period, prior: Period) -> str:
    """ "The net result holds a one-off the release prints on a line of its own ..." where a cumulative effect of an
    accounting change or an extraordinary item carries an amount in either compared period, else "": like a business
    sold (`discontinued_operations`), it makes the two periods unlike, and the change of the net result and of EPS
    is mostly it (UI-61: Sears' 26 weeks, EPS $1.63 to ($3.71), ($3.86) of it the "Cumulative effect of change in
    accounting principle", $839 million, had been all "Effect of the net result"). Said wherever the two are
    compared, with its figures and its line as printed."""
    compared = _compared_columns(release, period, prior)
    if compared is None:
        return ""
    statement, now_at, before_at = compared
    sign = currency_sign(release_currency(release))
    unit = statement.printed_unit()
    parts = [f'"{as_a_name(item.label)}", {_one_off_or_none(item, lines, now_at, sign, unit)} in this period, '
             f"{_one_off_or_none(item, lines, before_at, sign, unit)} in the year-earlier one"
             for item, lines in _one_off_lines(statement) if item.values[now_at] or item.values[before_at]]
    if not parts:
        return ""
    return (f"The net result holds a one-off the release prints on a line of its own: {'; '.join(parts)}. The "
            "changes of the net result and of EPS mix it in; the result before it compares like for like.")


def one_offs_elsewhere(release: Release, period: Period, prior: Period) -> str:
    """ "The 26 weeks to Jul 3, 2004 hold a one-off ..." for the periods the release prints beside the compared pair
    whose net result holds a cumulative effect of an accounting change or an extraordinary item, else "": the
    Overview compares the quarter, and a reader of the release's year to date meets a net loss that is mostly it
    (UI-61: Sears' ($806) million for 26 weeks, ($839) million of it the cumulative effect)."""
    statement = operations_statement(release)
    if statement is None:
        return ""
    sign = currency_sign(release_currency(release))
    said = []
    for at, other in enumerate(statement.periods):
        if other in (period, prior):
            continue
        found = [f'"{as_a_name(item.label)}": {_one_off_said(item, lines, at, sign, statement.printed_unit())}'
                 for item, lines in _one_off_lines(statement) if item.values[at]]
        if found:
            what = ("a one-off printed on a line of its own" if len(found) == 1 else
                    "one-offs printed on lines of their own")
            said.append(f"in the {period_name(other)} the net result holds {what}, {'; '.join(found)}")
    if not said:
        return ""
    return f"Not compared here: {'; '.join(said)}. That period's net result and EPS mix it in."


def share_count_change(release: Release, period: Period, prior: Period) -> str:
    """ "The weighted shares went from 3.0M to 36.4M ..." where the count behind EPS at least doubled or
    halved between the compared periods, else "": EPS then moves with the share count more than with the
    result (UI-29: a biotech's EPS shown "+4.63" better after its IPO, while its net loss grew 69.8%). Said
    wherever the two are compared."""
    compared = _compared_columns(release, period, prior)
    if compared is None:
        return ""
    statement = compared[0]
    concept = next((c for c in ("shares_diluted", "shares_basic") if statement.value(c, period)), None)
    if concept is None:
        return _implied_count_change(statement, period, prior)
    now, before = statement.value(concept, period), statement.value(concept, prior)
    if not now or not before or now <= 0 or before <= 0 or max(now, before) < _SHARE_COUNT_JUMP * min(now, before):
        return ""
    return (f"The weighted shares behind EPS went from {card_money(before, currency='')} to "
            f"{card_money(now, currency='')} ({_count_causes(now > before)} between the periods): the change in "
            "EPS reflects the share count as much as the result; the net result compares directly.")


def _count_causes(rose: bool) -> str:
    """What moves a share count the way it went: an issue of shares raises it, a buyback or a reverse split
    lowers it. Each cause named had been every one of them, whichever way the count went, and GeoVax's shares
    rising from about 1.8M to 6.4M were said possibly a buyback's (UI-48)."""
    if rose:
        return "an offering, a conversion of preferred stock or a split"
    return "a buyback or a reverse split"


def _implied_count_change(statement: Statement, period: Period, prior: Period) -> str:
    """The same where the release prints no weighted-average count: the count the net result and EPS imply (result over
    EPS), said as implied and about (UI-38: GeoVax's loss per share shown "+3.84" better, from (4.75) to
    (0.91), while its net loss fell 31%: about 1.8M shares had become about 6.4M)."""
    result = next((c for c in ("net_income_to_common", "net_income") if statement.value(c, period) is not None
                   and statement.value(c, prior) is not None), None)
    eps = next((c for c in ("eps_diluted", "eps_basic") if statement.value(c, period) and statement.value(c, prior)),
               None)
    if result is None or eps is None:
        return ""
    counts = []
    for column in (prior, period):
        earned, per_share = statement.value(result, column), statement.value(eps, column)
        if not earned or not per_share or (earned > 0) != (per_share > 0):
            return ""
        counts.append(earned / per_share)
    before, now = counts
    if max(now, before) < _SHARE_COUNT_JUMP * min(now, before):
        return ""
    return (f"The shares behind EPS went from about {card_money(before, currency='')} to about "
            f"{card_money(now, currency='')}, as the net result over EPS implies (the release prints no weighted-"
            f"average count; {_count_causes(now > before)} between the periods): the change in EPS reflects the share "
            "count as much as the result; the net result compares directly.")


# How far a share count must move between two periods for EPS to say more of it than of the result
_SHARE_COUNT_JUMP = 2


# A quarter or a year a week longer than its kind
_A_WEEK_LONGER = frozenset({14, 53})
_WEEK_WORDS = {13: r"thirteen|13", 52: r"fifty[\s-]two|52"}


def _weeks_named(release: Release, weeks: int) -> bool:
    """Whether the story's opening lines count a period in `weeks` ("the thirteen-week fourth quarter of
    2022"): the year-earlier period of a 14-week quarter, where its table says nothing of weeks."""
    words = _WEEK_WORDS.get(weeks)
    opening = " ".join(release.lines[:_OPENING_LINES])
    return words is not None and re.search(rf"\b(?:{words})[\s-]+weeks?\b", opening, re.IGNORECASE) is not None


# The story's opening lines, where a release says how long its periods ran
_OPENING_LINES = 40


def choose_window(operations: Statement, basis: Basis = "quarter") -> Window | None:
    """The quarter (the shortest window printed), or the longest year-to-date window (never the trailing
    twelve months beside it)."""
    found = windows(operations)
    if not found:
        return None
    return found[0] if basis == "quarter" else [window for window in found if not window.trailing][-1]


def _cell(statement: Statement, item: LineItem, period: Period | None) -> Decimal | None:
    if period is None or period not in statement.periods:
        return None
    return item.values[statement.periods.index(period)]


def _line(statement: Statement | None, concept: str, window: Window | None, kind: str = "amount") -> Metric | None:
    """A metric read straight off a printed line carrying `concept` (of the value kind a metric needs)."""
    if statement is None or window is None:
        return None
    item = next((i for i in statement.items if concept in i.concepts and i.kind == kind), None)
    if item is None:
        return None
    return Metric(
        key=concept,
        value=_cell(statement, item, window.current),
        prior=_cell(statement, item, window.prior),
        sources=(item.span,),
        basis=item.label,
    )


def _item_metric(statement: Statement, item: LineItem, key: str, window: Window, sign: int = 1) -> Metric:
    """A metric read off one printed line, its figures turned by `sign` where the line prints them as taken away."""
    current, prior = _cell(statement, item, window.current), _cell(statement, item, window.prior)
    return Metric(key=key, value=None if current is None else sign * current,
                  prior=None if prior is None else sign * prior, sources=(item.span,), basis=item.label)


def _financial_lines(kind: Financial | None, operations: Statement, window: Window) -> list[Metric | None]:
    """A bank's net interest income, provision and non-interest totals, or an insurer's premiums earned and
    losses: what an analyst of such a company reads first, where other companies print revenue and an
    operating result (UI-29: a bank's Overview had shown only its net income, EPS and cash). Only for a
    company the words of its statements say is a bank or an insurer (core.analysis.business): a net interest
    income among a manufacturer's other income is no bank's headline. A lender that is no bank (a mortgage
    REIT, a finance company: an interest earner) reads its net interest income first as a bank does (UI-40:
    AGNC's Overview had led with its $23.0M of operating expenses, its $65M of net interest income unshown)."""
    items = operations.items
    found: list[tuple[str, int | None, int]] = []
    if kind in ("bank", "interest earner") and (bank := lender_lines(items, lender=True)) is not None:
        found = [("net_interest_income", bank.net_interest_income, 1),
                 ("credit_loss_provision", bank.provision, provision_sign(items, bank)),
                 ("noninterest_income", bank.noninterest_income, 1),
                 ("noninterest_expense", bank.noninterest_expense, 1)]
    elif kind == "insurer" and (insurer := insurer_lines(items)) is not None:
        found = [("premiums_earned", insurer.premiums_earned, 1), ("losses_and_loss_expenses", insurer.losses, 1),
                 ("combined_ratio", insurer.combined_ratio, 1)]
    metrics = [_item_metric(operations, items[index], key, window, sign) for key, index, sign in found
               if index is not None]
    # A negative provision is a release of reserves, which adds to income: said in words, not left to a sign
    # and a green arrow (UI-31: a reversal's card had read "($1.3M)" with only its tooltip saying why)
    return [replace(m, note=f"A reversal ({' '.join(m.basis.split())}): reserves released add to income.")
            if m.key == "credit_loss_provision" and m.value is not None and m.value < 0 else m for m in metrics]


def _expenses_added_up(operations: Statement, window: Window) -> Metric | None:
    """Operating expenses where the release prints no total of them: the expense lines added up, as the
    Expenses page shows them, only where gross profit (or revenue) less them is the operating result
    (core.analysis.expenses). Compare had shown none for such a release (browser review of round 213)."""
    found = breakdown(operations)
    if found is None or found.printed:
        return None
    return Metric(key="operating_expenses", value=_cell(operations, found.total, window.current),
                  prior=_cell(operations, found.total, window.prior),
                  sources=tuple(item.span for item in found.components), basis=found.total.label)


def _ratio(key: str, top: Metric | None, bottom: Metric | None) -> Metric | None:
    """`top` as a percentage of `bottom` (revenue), for the period and the year before."""
    if top is None or bottom is None:
        return None

    def divide(a: Decimal | None, b: Decimal | None) -> Decimal | None:
        return None if a is None or not b else a / b * 100

    return Metric(
        key=key,
        value=divide(top.value, bottom.value),
        prior=divide(top.prior, bottom.prior),
        sources=(*top.sources, *bottom.sources),
        basis=f"{top.name} ÷ {bottom.name.lower()}",
    )


def _renamed(metric: Metric | None, key: str) -> Metric | None:
    if metric is None:
        return None
    return Metric(key, metric.value, metric.prior, metric.sources, metric.basis)


def _with_every_cost_said(opex: Metric | None, revenue: Metric | None, operating: Metric | None,
                          pretax: Metric | None, *, cost_printed: bool = True,
                          cost: Metric | None = None, sign: str = "$") -> Metric | None:
    """Operating expenses as the release totals them, said to include the cost of revenue where revenue
    less them is the operating result: Oracle's total holds every cost, ServiceNow's leaves its cost of
    revenues out, and side by side the two shares of revenue (57% and 74%) measure different things. Where
    the statement prints no cost of revenue (`cost_printed`), the two totals are one and nothing is said
    (UI-29: the caution had stood on nearly every biotech's card, telling the user nothing)."""
    if opex is None or revenue is None or opex.value is None or revenue.value is None:
        return opex
    # A total printed under another name than operating expenses ("Total losses and expenses", "Total benefits
    # and expenses") keeps its name on the card: an insurer's holds its claims and its interest.
    named = opex if "operating" in opex.basis.lower() or not opex.basis else dataclasses.replace(
        opex, label=" ".join(opex.basis.split()))
    if operating is not None and revenue.value - opex.value == operating.value:
        if not cost_printed:
            return named
        return dataclasses.replace(named, caveat="this total holds every cost before the operating result "
                                                 "(revenue less it is the operating result); some releases leave "
                                                 "their cost of revenue out of theirs")
    if operating is None and pretax is not None and revenue.value - opex.value == pretax.value:
        return dataclasses.replace(named, caveat="this total holds every cost, interest included (revenue less it "
                                                 "is the income before taxes), so it does not compare with other "
                                                 "releases' operating expenses")
    if (operating is not None and cost is not None and cost.value is not None and operating.value is not None
            and revenue.value - cost.value - opex.value == operating.value):
        # the cost of revenue stands above the total, outside it: said with its amount, as the total holding it
        # is said (UI-56: Tupperware's "Operating expenses $246.9M" left its $129.7M cost of products sold out
        # unsaid, beside ManTech's total that holds its cost of services)
        name = " ".join((cost.basis or "cost of revenue").split())
        amount = spelled_money(cost.value, currency=sign)
        said = f'this total leaves out "{name}", {amount}, taken off revenue above it'
        return dataclasses.replace(named, caveat=said)
    return named


def _prints_a_cost_of_revenue(operations: Statement) -> bool:
    """Whether the expense total may hold a cost of revenue: any of the lines it adds up is other than an
    operating expense's kind (research, selling, administration, amortization, restructuring, ...). Oracle's
    "Software license updates and product support" under "Operating expenses:" is such a cost, named without
    "cost of"; a biotech's research and general and administrative lines are not. A line read as the cost of
    revenue is one, whatever its aside names ("Cost of product sales (excluding amortization of intangible
    assets)": UI-36, its total's 74.9% of revenue set beside others' operating expenses alone)."""
    found = breakdown(operations)
    return found is None or any("cost_of_revenue" in item.concepts or not OPERATING_EXPENSE_WORDS.search(item.label)
                                for item in found.components)


def _less_the_cost_of_revenue(opex: Metric | None, costs: Sequence[Metric], sign: str = "$") -> Metric | None:
    """Operating expenses for their share of revenue: a total holding every cost (its caveat says so) less the
    costs of revenue the statement prints among them, as other releases total their operating expenses (UI-16:
    Vertex's 52.5% beside Apple's 12.1% and Microsoft's 31.6%, its gross margin of 89.3% less its operating
    margin of 47.5% being 41.8%). `costs` are every cost the gross margin takes off, so the two add up with
    the operating margin (UI-41: Hasbro's share had taken out its Cost of Sales alone, 78.3% of revenue, beside
    a gross margin of 64.3% that also took out its Program Production Cost Amortization, and an operating
    margin of -2.1%; on the margin's costs it is 66.4%). A total without a cost-of-revenue line of its own
    stays as it is."""
    if opex is None or not costs or not opex.caveat.startswith("this total holds every cost before"):
        return opex
    if opex.value is None or any(cost.value is None for cost in costs):
        return opex
    value = opex.value - sum(cost.value for cost in costs if cost.value is not None)
    prior = (opex.prior - sum(cost.prior for cost in costs if cost.prior is not None)
             if opex.prior is not None and all(cost.prior is not None for cost in costs) else None)
    named = "the cost of revenue" if len(costs) == 1 else "the costs of revenue"
    # what the figure holds, in the release's words and figures, said wherever it stands (UI-57: Compare's memo had
    # shown Alkermes's whole Total Expenses, $283.6M, over a share worked out without its cost of goods)
    less = " and ".join(f'"{" ".join((cost.basis or cost.name).split())}", {spelled_money(cost.value, currency=sign)}'
                        for cost in costs)
    holds = (f"{LESS_THE_COST_OF_REVENUE}: {' '.join(opex.name.split())}, {spelled_money(opex.value, currency=sign)}, "
             f"less {less}")
    return dataclasses.replace(opex, value=value, prior=prior,
                               sources=(*opex.sources, *(source for cost in costs for source in cost.sources)),
                               label=f"{opex.name} less {named}", caveat="", note=holds)


# How an operating-expense total taken without the cost of revenue it holds begins its note (`Metric.note`)
LESS_THE_COST_OF_REVENUE = "operating expenses without the cost of revenue the release's total holds"


# How an operating-expense share worked out without the cost of revenue its total holds begins its caveat
WITHOUT_THE_COST_OF_REVENUE = "worked out on the operating-expense total less its cost-of-revenue line"


def opex_compared(opex: Metric | None, costs: Sequence[Metric], sign: str = "$") -> Metric | None:
    """The one operating-expense total a comparison of companies uses, its amount and its share of revenue both:
    the release's total, less the costs of revenue it holds where it holds every cost before the operating result
    and the statement prints them (`_less_the_cost_of_revenue`), as most releases total their operating expenses.
    UI-57: Compare's memo had shown Alkermes's Total Expenses, $283.6M (its $47.2M cost of goods inside), over a
    share of 96.0% worked out without that cost; $283.6M over $246.2M of revenue reads 115%."""
    return _less_the_cost_of_revenue(opex, costs, sign)


def _opex_share(base: Metric | None, opex: Metric | None, costs: Sequence[Metric],
                revenue: Metric | None) -> Metric | None:
    """Operating expenses' share of revenue, on `base` (`opex_compared`), saying so where it is worked out on
    another base than the release's own total `opex` (UI-18: Vertex's "$794.9" over "41.7%", which is 52.5% of its
    revenue, and nothing but a general caution said why). `costs` are the cost of revenue and the other costs of
    what the company sells that the gross margin takes off (`_other_costs_of_revenue`), so the share is on the
    margin's basis."""
    share = _ratio("opex_share", base, revenue)
    if share is None or base is opex or not costs:
        return share
    lines = " and ".join(f'"{cost.basis or cost.name}"' for cost in costs)
    plural = "s" if len(costs) > 1 else ""
    return replace(share, caveat=f"{WITHOUT_THE_COST_OF_REVENUE}{plural} ({lines}), as other "
                                 "releases total their operating expenses")


def operating_expenses_caveat(release: Release) -> str:
    """The caution the Overview's operating-expense card carries (`_with_every_cost_said`), for a page that
    describes the same total without working out every other metric."""
    operations = operations_statement(release)
    window = choose_window(operations) if operations is not None else None
    if operations is None or window is None:
        return ""
    opex = _with_every_cost_said(_line(operations, "total_operating_expenses", window) or _expenses_added_up(
                                     operations, window),
                                 _line(operations, "revenue", window), _line(operations, "operating_income", window),
                                 _line(operations, "income_before_taxes", window),
                                 cost_printed=_prints_a_cost_of_revenue(operations),
                                 cost=_line(operations, "cost_of_revenue", window),
                                 sign=currency_sign(statement_currency(operations)))
    return opex.caveat if opex is not None else ""


# A cost line that says it leaves a cost out ("exclusive of depreciation", "excluding amortization").
_LEAVES_OUT = re.compile(r"\b(?:exclusive\s+of|excluding|excludes)\b", re.IGNORECASE)


def _gross_profit(operations: Statement, window: Window, revenue: Metric | None,
                  others: tuple[LineItem, ...] = ()) -> Metric | None:
    """The printed gross profit, else revenue minus cost of revenue and the `others` costs of what the company
    sells printed beside it (said so in the basis)."""
    printed = _line(operations, "gross_profit", window)
    if printed is not None:
        return printed
    cost = _line(operations, "cost_of_revenue", window)
    if revenue is None or cost is None or any(_LEAVES_OUT.search(label)
                                              for label in (cost.basis, *(item.label for item in others))):
        # "Cost of product sold (exclusive of depreciation shown below)": revenue less it is no gross profit
        # the company would print, and its margin would be overstated
        return None
    costs = [cost, *(_item_metric(operations, item, "cost_of_revenue", window) for item in others)]

    def minus(a: Decimal | None, taken: list[Decimal | None]) -> Decimal | None:
        return None if a is None or any(b is None for b in taken) else a - sum(b for b in taken if b is not None)

    return Metric(
        "gross_profit",
        minus(revenue.value, [c.value for c in costs]),
        minus(revenue.prior, [c.prior for c in costs]),
        (*revenue.sources, *(source for c in costs for source in c.sources)),
        " − ".join([revenue.basis, *(" ".join(c.basis.split()) for c in costs)]),
    )


def _other_costs_of_revenue(operations: Statement) -> tuple[LineItem, ...]:
    """The costs of what the company sells that the statement prints beside its cost of revenue, in its section
    and above the operating result, where it prints no gross profit: Hasbro's "Program Production Cost
    Amortization" (6.6 million, then 132.1 million with the studio it bought) beside its "Cost of Sales" in 2020.
    Revenue less the cost of sales alone had made a margin of 76.2% against 64.5%, "+11.7 pts", for a business
    whose margin on all its costs of revenue was about flat (64.3% against 63.6%; UI-40). The lines the cost of
    revenue adds up are in it already, and are no others."""
    cost = operations.item("cost_of_revenue")
    if cost is None or operations.item("gross_profit") is not None:
        return ()
    items, sums = operations.items, footing(operations)
    start = next(index for index, item in enumerate(items) if item is cost)

    def under(total: LineItem) -> set[int]:
        """Every line a total adds up, its subtotals and theirs."""
        return {id(line) for part in sums.components(total) for line in (part, *sums.leaves(part, keep_netted=False))}

    inside = under(cost)
    found: list[LineItem] = []
    for index, item in enumerate(items):
        if any(concept in item.concepts for concept in ("operating_income", "income_before_taxes")):
            if index > start:
                break
            found.clear()  # a result above the cost closes what came before it
            continue
        if (item is not cost and item.kind == "amount" and item.section == cost.section and id(item) not in inside
                and OTHER_COST_OF_REVENUE.search(matched_form(item.label))
                and id(cost) not in under(item)):  # "Cost of products and services" holding the cost is no other
            found.append(item)
    return tuple(found)


def _costs_of_revenue(operations: Statement, window: Window, others: tuple[LineItem, ...]) -> list[Metric]:
    """The cost of revenue and the `others` costs of what the company sells printed beside it: every cost the
    gross margin takes off (`_gross_profit`), for the operating-expense share to take off the same (UI-41)."""
    cost = _line(operations, "cost_of_revenue", window)
    if cost is None:
        return []
    return [cost, *(_item_metric(operations, item, "cost_of_revenue", window) for item in others)]


def _with_other_costs_said(margin: Metric | None, others: tuple[LineItem, ...], cost: LineItem | None) -> Metric | None:
    """The gross margin taken on more costs than the one a reader would look for says which (UI-40)."""
    if margin is None or not others or cost is None:
        return margin
    named = " and ".join(" ".join(item.label.split()) for item in others)
    return replace(margin, note=f"Revenue less {' '.join(cost.label.split())} and {named}: "
                                "each is a cost of what the company sells.")


# How far under a statement its footnotes are looked for: a release prints them right under the table.
_FOOTNOTES_BELOW = 40


def _with_depreciation_left_out_said(margin: Metric | None, release: Release, operations: Statement,
                                     others: tuple[LineItem, ...]) -> Metric | None:
    """The gross margin on a cost printed without its depreciation says so where a reader weighs it: revenue less
    such a cost is higher than a gross margin after every cost of what the company sells, and beside another
    company's it flatters (UI-46: Prairie Line's "Cost of services and products (1)", its note "(1) Exclusive of
    depreciation and amortization shown separately below.", had given a 67.0% gross margin without a word).
    The cost's own label may say so, or the footnote its mark points at."""
    cost = operations.item("cost_of_revenue")
    if margin is None or cost is None:
        return margin
    for item in (cost, *others):
        label = " ".join(without_note_marks(item.label).split())
        if (said := WITHOUT_DEPRECIATION.search(label)) is not None:
            where = "as its label says"
        elif (note := _footnote_saying(release, operations, item)) is not None:
            mark, text = note
            said = WITHOUT_DEPRECIATION.search(text)
            where = f'its note {mark}: "{text}"'
        else:
            continue
        assert said is not None  # (each branch found the words)
        left_out = said.group("what").lower()
        caveat = (f'the cost it takes off, "{label}", is printed without {left_out} ({where}), so the margin is '
                  "higher than one taken after every cost of what the company sells")
        return replace(margin, caveat=f"{margin.caveat}; {caveat}" if margin.caveat else caveat)
    return margin


def _footnote_saying(release: Release, operations: Statement, item: LineItem) -> tuple[str, str] | None:
    """The footnote a line's mark ("(1)", "*", "(a)") points at, under the statement, where it says the line is
    printed without depreciation: the mark and the note's words."""
    lines = release.lines[operations.span.first - 1:operations.span.last + _FOOTNOTES_BELOW]
    for mark in note_marks(item.label):
        for index, line in enumerate(lines):
            text = line.strip().lstrip("^")
            if text.startswith(mark) and not text[len(mark):len(mark) + 1].isalnum():
                # the note's lines down to a blank line or the next note's mark (a note wrapped over lines)
                words = [text[len(mark):]]
                for following in lines[index + 1:index + 4]:
                    if not following.strip() or NOTE_MARKS.match(following.strip()):
                        break
                    words.append(following)
                said = " ".join(" ".join(words).split())
                if WITHOUT_DEPRECIATION.search(said):
                    return mark, said
    return None


def _derivative_part(operations: Statement, window: Window) -> tuple[str, Metric] | None:
    """The one part of the revenue that is a derivative's change in value (vocabulary.DERIVATIVE_GAINS), named
    as a sentence carries it, with its figures; None where the revenue adds up no such part, or more than one,
    or it is nil in the period. The revenue card and every margin on that revenue say it (UI-41, UI-42)."""
    item = operations.item("revenue")
    if item is None:
        return None
    parts = [part for part in footing(operations).components(item) if DERIVATIVE_GAINS.search(part.label)]
    if len(parts) != 1:
        return None
    part = _item_metric(operations, parts[0], "revenue", window)
    if part.value is None or part.value == 0:
        return None
    keep = capital_words(line.label for line in operations.items)
    return mid_sentence(parts[0].label, keep), part


def _derivative_said(named: str, part: Metric, sign: str) -> str:
    """ "commodity derivative fair value gains (losses): $565.8M against ($77.4M) a year before": the words the
    revenue card and the margins on it share, so each reads as the same finding."""
    said = f"{named}: {card_money(part.value, currency=sign)}"
    if part.prior is not None:
        said += f" against {card_money(part.prior, currency=sign)} a year before"
    return said


def _with_derivatives_said(revenue: Metric | None, part: tuple[str, Metric] | None, sign: str) -> Metric | None:
    """The revenue, its note saying which of its parts is a derivative's change in value and what the rest did:
    Antero's first quarter of 2020 counted $565.8 million of commodity derivative gains (a loss of $77.4 million a
    year before) in its $1.32 billion of revenue, "+27.0%" while its gas, liquids and oil sales fell by a third
    (UI-41). A part no sale earned can swing the total either way; the card says so."""
    if revenue is None or part is None or revenue.value is None:
        return revenue
    named, gains = part
    assert gains.value is not None  # (`_derivative_part` gives none without a figure)
    said = f"Includes {_derivative_said(named, gains, sign)}"
    if gains.prior is not None and revenue.prior is not None:
        rest, before = revenue.value - gains.value, revenue.prior - gains.prior
        change = f", {percent((rest - before) / before * 100)}" if before > 0 else ""
        said += (f"; without it {card_money(rest, currency=sign)} against {card_money(before, currency=sign)}"
                 f"{change}")
    return replace(revenue, note=f"{said}.")


def _margin_with_derivatives_said(margin: Metric | None, top: Metric | None, revenue: Metric | None,
                                  part: tuple[str, Metric] | None, sign: str, *, after_tax: bool = False
                                  ) -> Metric | None:
    """A margin on a revenue that holds a derivative's change in value says so in the revenue card's words, with
    the margin without it: the result above the margin holds the gain as the revenue does, so both lose it
    (UI-42: Antero's operating margin of 19.9%, "+23.2 pts", came whole from $565.8 million of commodity
    derivative gains; without them its operating result of $262.4 million is a loss of $303.4 million, -40.4% of
    its $751.3 million of other revenue). A net result is after tax, the gain's figure before it: said so.
    No figure where the rest of the revenue is nil or less (no margin can be taken on it)."""
    if margin is None or top is None or revenue is None or part is None:
        return margin
    named, gains = part

    def without(result: Decimal | None, total: Decimal | None, gain: Decimal | None) -> Decimal | None:
        if result is None or total is None or gain is None or total - gain <= 0:
            return None
        return (result - gain) / (total - gain) * 100

    now, before = without(top.value, revenue.value, gains.value), without(top.prior, revenue.prior, gains.prior)
    said = f"Revenue includes {_derivative_said(named, gains, sign)}"
    if now is not None:
        said += f"; without it {percent(now, sign=False)}"
        if before is not None:
            said += f" against {percent(before, sign=False)}, {signed(now - before, decimals=1, suffix=' pts')}"
        said += ", before any tax on it" if after_tax else ""
    return replace(margin, note=f"{margin.note} {said}." if margin.note else f"{said}.")


def _sales_the_cost_is_of(operations: Statement, window: Window, others: tuple[LineItem, ...]) -> Metric | None:
    """The one part of the revenue a cost of sales is of, where the revenue adds up sales and revenue of
    another kind that no cost is printed for ("Merchandise sales and services" beside "Credit and financial
    products revenues", Sears in 2004: revenue less the cost of sales made a 37.2% gross margin of the year
    before, whose credit revenue bore no cost of sales, against the release's own 27.5% on sales; UI-38).
    A cost of goods sold is one as much (Caterpillar's "Cost of goods sold" is of its "Sales of Machinery,
    Energy & Transportation", not of its "Revenues of Financial Products", whose cost is interest: 29.7%
    against 32.6% on the total, 25.8% against 28.4% on the sales; UI-40).
    None where the revenue prints no parts, more than one part names sales, another cost of revenue is
    printed beside it (`others`: the other revenue bears its own cost), or the cost exceeds the sales."""
    cost, revenue = operations.item("cost_of_revenue"), operations.item("revenue")
    if (cost is None or revenue is None or not COST_OF_SALES_WORDS.search(cost.label)
            or operations.item("gross_profit") or others):
        return None
    parts = footing(operations).components(revenue)
    sales = [part for part in parts if SALES_WORD.search(part.label)]
    if len(parts) < 2 or len(sales) != 1:
        return None
    of_sales = replace(_item_metric(operations, sales[0], "revenue", window), label=display_label(operations, sales[0]))
    costs = _item_metric(operations, cost, "cost_of_revenue", window)
    if any(c is not None and s is not None and c > s for c, s in ((costs.value, of_sales.value),
                                                                    (costs.prior, of_sales.prior))):
        # a cost beyond the sales is of more than them (a pipeline partnership's "Cost of product sold" of 27.6
        # million beside "Product sales" of 9.2 million would have made a margin of -199%)
        return None
    return of_sales


def _on_sales_alone(margin: Metric | None, sales: Metric | None, revenue: Metric | None) -> Metric | None:
    """The gross margin taken on the sales its cost is of says so, with the revenue it leaves out."""
    if margin is None or sales is None or revenue is None:
        return margin
    return replace(margin, note=f"On {sales.name.lower()} alone: total revenue also holds revenue that bears no "
                                "cost of sales.")


def _cash(release: Release) -> tuple[Metric | None, Period | None, Period | None]:
    """The cash card, the balance date it stands at, and the earlier date its change is from (or None)."""
    balance = release.statement("balance")
    if balance is None:
        return None, None, None
    points = release_cash_points(release)
    if not points:
        dates = balance_dates(balance)
        return None, dates[-1] if dates else None, None
    latest, earliest = points[-1], points[0]
    # the lines in the statement they are printed in: the cash flow statement's closing cash where the sheet
    # prints no cash line (UI-43: AZZ's card had been missing), its source highlighted there
    printed_in = release.statement(latest.statement) or balance
    counted = [item for item in printed_in.items if item.label in latest.lines]
    spans = tuple(item.span for item in counted)
    # A sheet with no investments line the reader knows (or none at all) gives its cash alone: the card
    # says so rather than call it cash and investments.
    cash_only = latest.statement == "cash_flow" or all(
        "cash_and_equivalents" in item.concepts and "short_term_investments" not in item.concepts
        for item in counted)
    # Cash beside short-term investments alone is no "cash and investments" of a sheet that holds long-term
    # ones too (ServiceNow: $1.86 billion, with $1.08 billion more in long-term investments): the card names
    # what it counts.
    short_only = not cash_only and all({"cash_and_equivalents", "short_term_investments"} & set(item.concepts)
                                       for item in counted)
    return (
        Metric(
            "cash_and_investments",
            latest.amount,
            earliest.amount if earliest is not latest else None,
            spans,
            " + ".join(latest.shown or latest.lines),
            label=_cash_named(counted) if cash_only else "Cash and short-term investments" if short_only else "",
            note=cash_source_note(points),
        ),
        latest.period,
        earliest.period if earliest is not latest else None,
    )


def _cash_named(counted: list[LineItem]) -> str:
    """The cash card's name where it counts cash alone: the printed line's own words where it is one line
    other than "Cash and cash equivalents" (UI-30: a bank's "Cash and due from banks", which leaves its
    interest-bearing deposits in other banks out, had been called cash and cash equivalents). The cash flow
    statement's closing cash is named without its "at end of period"."""
    label = WHEN_CASH_STANDS.sub("", counted[0].label) if len(counted) == 1 else ""
    if not label or CASH_AND_EQUIVALENTS_WORDS.match(normalise_label(label)):
        return "Cash and cash equivalents"
    return as_a_name(label)



def _burn(release: Release) -> tuple[Metric | None, Metric | None]:
    """Monthly burn and runway, only for a company that burns cash (`cash_burn`: cash used in operations,
    else the fall in cash and investments). Where no cash figure shows a burn (cash rose on money raised),
    the net loss per month stands in under its own name, and the runway says it was computed from it."""
    if burns_cash(release) is False:
        return None, None
    estimate = cash_burn(release)
    loss = next((e for e in burn_estimates(release) if e.method == "Net loss per month" and e.monthly is not None),
                None)
    key = "monthly_burn"
    if estimate is None:
        estimate, key = loss, "monthly_net_loss"
    if estimate is None:
        return None, None
    burn_caveat, runway_caveat = _financed_burn(estimate, loss, currency_sign(release_currency(release)))
    # Each card says the stretch of time it spreads over its months: under a header naming the quarter, a burn
    # over six, nine or twelve months had said so only in its tooltip (UI-30: Allos, Pellucid, Aemetis).
    over = f"over {estimate.window}" if estimate.window else ""
    burn = Metric(key, estimate.monthly, basis=estimate.basis, caveat=burn_caveat,
                  note=_sentence(over))
    # The card says which of the Cash page's three estimates it stands on: "Runway 72.4 months" beside a page
    # giving 72.4, 30.1 and 32.0 had left a reader to guess (Veradine, third browser review).
    held = cash_words(points) if (points := release_cash_points(release)) else "cash and investments"
    if not runway_caveat and estimate.runway_months is not None and estimate.monthly is not None:
        runway_caveat = liquidity_caveat(release, estimate.runway_months * estimate.monthly)
    if estimate.runway_months is not None and (debt := current_debt_caveat(release)):
        runway_caveat = f"{runway_caveat}; {debt}" if runway_caveat else debt
    runway = Metric("runway", estimate.runway_months, basis=f"{held} ÷ {METRIC_NAMES[key].lower()}",
                    caveat=runway_caveat, note=_sentence(_RUNWAY_BASIS.get(estimate.method, ""), over))
    return burn, runway


# "$1.5 billion of liquidity", "liquidity of approximately $212 million", "$300 million of available borrowing
# capacity": money the company can reach beyond its cash, which a runway on cash alone leaves out.
_CREDIT_SAID = re.compile(
    r"\$\s?[\d.,]+\s*(?:million|billion)\s+(?:of\s+)?(?:total\s+|available\s+)?liquidity"
    r"|liquidity\s+of\s+(?:approximately\s+|about\s+)?\$\s?[\d.,]+\s*(?:million|billion)"
    r"|\$\s?[\d.,]+\s*(?:million|billion)\s+(?:of\s+)?(?:available|undrawn|unused)\s+(?:borrowing\s+capacity"
    r"|(?:revolving\s+)?credit)", re.IGNORECASE)


def liquidity_caveat(release: Release, cash: Decimal | None = None) -> str:
    """What to read with a runway on `cash` (by default the latest cash the Cash page charts) where the story
    speaks of more liquidity than that, in one plain sentence; "" where it does not. Every runway shown
    divides that cash, so the Overview's card, Compare's memo and the Cash page, where the runway is most
    prominent, say the same words (UI-40: the Cash page had shown Valaris's 2.7 months without them, and
    "counts ... alone: the release speaks of ..., more than that, which may count credit it can draw" had
    read as three clauses stitched together)."""
    points = release_cash_points(release)
    if cash is None:
        if not points:
            return ""
        cash = points[-1].amount
    credit = _credit_said(release, cash)
    if not credit:
        return ""
    held = cash_words(points) if points else "cash and investments"
    return (f'the runway counts only {held}, while the release speaks of "{credit}", which may include credit '
            "the company can draw")


# Borrowings among the current liabilities: debt due within a year ("Convertible notes payable", "Current
# portion of long-term debt", "Short-term borrowings"); leases and interest are no principal falling due.
_DEBT_LINE = re.compile(r"\b(?:notes?\s+payable|convertible\s+(?:senior\s+)?notes?|debt|borrowings?|loans?\s+payable"
                        r"|credit\s+facility|line\s+of\s+credit|debentures?)\b", re.IGNORECASE)
_NOT_DEBT = re.compile(r"\blease|\binterest\b|\bissuance\s+costs?\s+(?:payable|accrued)|\bwarrant", re.IGNORECASE)
# "Long-term debt" set among the current liabilities by a sheet that prints no "current portion" is not said to
# fall due: only a line naming its current part ("Long-Term Debt Due Within One Year") is.
_LONG_TERM = re.compile(r"\blong[\s-]term\b", re.IGNORECASE)
_CURRENT_PART = re.compile(r"\bcurrent\b|\bdue\s+within\b|\bwithin\s+one\s+year\b|\bshort[\s-]term\b",
                           re.IGNORECASE)
_NAME_NOTE = re.compile(r"\s*\(.*$|,\s*net\s+of\b.*$", re.IGNORECASE)
# Debt due within a year at this share of the cash the runway counts or more is said beside the runway.
_DEBT_SHARE = Decimal("0.25")


def current_debt_caveat(release: Release, counted: str = "the runway counts") -> str:
    """Debt the balance sheet places among the current liabilities (due within a year), said beside a runway
    where it is a quarter or more of the cash the runway counts, in one plain sentence; "" otherwise. A runway
    divides cash by the burn alone, so debt falling due before it ends takes cash it counts (UI-41: Forian's
    runway stood at "25.2 years" beside $24.4 million of convertible notes due within the year, half its cash
    and investments). Only a sheet that totals its current liabilities says what falls due within a year."""
    balance = release.statement("balance")
    points = release_cash_points(release)
    total = balance.item("total_current_liabilities") if balance is not None else None
    if balance is None or total is None or not points or points[-1].amount <= 0:
        return ""
    column = balance.periods.index(points[-1].period)
    items = list(balance.items)
    end = items.index(total)
    start = max((at for at, item in enumerate(items[:end]) if item.is_total and "total_current_liabilities"
                 not in item.concepts and (item.kind != "amount" or "total_assets" in item.concepts
                                           or "total_current_assets" in item.concepts)), default=-1) + 1
    lines = [(item.label, value) for item in items[start:end]
             if item.kind == "amount" and not item.is_total and _DEBT_LINE.search(item.label)
             and not _NOT_DEBT.search(item.label)
             and (not _LONG_TERM.search(item.label) or _CURRENT_PART.search(item.label))
             and (value := item.values[column]) is not None and value > 0]
    due = sum((value for _, value in lines), Decimal(0))
    if not lines or due < points[-1].amount * _DEBT_SHARE:
        return ""
    sign = currency_sign(release_currency(release))
    # the line's name without its note ("Convertible notes payable, net of debt issuance costs ( $6,000,000
    # in principal is held by a related party)" is said "Convertible notes payable")
    named = " and ".join(f'"{as_a_name(_NAME_NOTE.sub("", label) or label)}"' for label, _ in lines)
    # a share past the whole is said as "more than": Aemetis's "10,081.7% of the cash" had said nothing more
    share = ("more than" if due > points[-1].amount else
             f"{percent(due / points[-1].amount * 100, sign=False)} of")
    return (f"{spelled_money(due, currency=sign)} of debt falls due within a year ({named}), {share} the "
            f"{cash_words(points)} {counted}")


def runway_caveat(release: Release) -> str:
    """Every word a runway on the latest cash needs, as the Cash page shows it beside its estimates: the
    liquidity the release speaks of beyond that cash and the debt falling due within a year."""
    return "; ".join(said for said in (liquidity_caveat(release), current_debt_caveat(release)) if said)


def _credit_said(release: Release, cash: Decimal) -> str:
    """The release's own words for what it can reach beyond its cash, in the story before its first statement,
    where they name more than the runway's `cash` by a tenth (UI-39: Valaris's "Runway 2.7 months" on $184.9
    million beside its highlights' "$1.5 billion of liquidity"), else ""."""
    first = min((statement.span.first for statement in release.statements if statement.kind != "other"),
                default=len(release.lines) + 1)  # (highlights set as a table before them are the story's)
    story = " ".join(" ".join(release.lines[: first - 1]).split())
    for found in _CREDIT_SAID.finditer(story):
        amount = _AMOUNT_SAID.search(found.group())
        if amount is not None:
            value = Decimal(amount.group(1).replace(",", "")) * SCALES[amount.group(2).lower()]
            if value > cash * Decimal("1.1"):
                return found.group()
    return ""


_AMOUNT_SAID = re.compile(r"\$\s?([\d,]+(?:\.\d+)?)\s*(million|billion)", re.IGNORECASE)


def _sentence(*parts: str) -> str:
    """The parts that say something, as one sentence under a card: capital first, full stop last (the runway
    card's note had ended without one beside the burn card's)."""
    said = " ".join(part for part in parts if part)
    return f"{said[0].upper()}{said[1:]}." if said else ""


def _net_loss_beside_the_burn(release: Release, found: list[Metric | None]) -> Metric | None:
    """The net loss per month of a company whose burn a cash figure gives: no card of its own (the burn card
    stands for it), but Compare's row of it for every company that lost money (UI-16: AtriCure's "—" beside
    others' figures read as no net loss, its Cash page saying $5.5 million a month)."""
    if not any(m is not None and m.key == "monthly_burn" for m in found):
        return None
    loss = next((e for e in burn_estimates(release) if e.method == "Net loss per month" and e.monthly is not None),
                None)
    return None if loss is None else Metric("monthly_net_loss", loss.monthly, basis=loss.basis)


# The runway card's basis in a few words, by the estimate it divides by (core.analysis.cash's method names).
_RUNWAY_BASIS = {OPERATIONS_LESS_CAPITAL: "At the pace of cash used in operations and capital spending",
                 "Operating cash flow per month": "At the operating cash flow's pace",
                 "Change in cash and investments": "At the pace cash fell",
                 "Net loss per month": "At the net loss's pace"}


# A net loss per month this many times the fall in cash says money came in (borrowed, raised) to cover it.
_HIDDEN_BURN = 2


def _financed_burn(estimate: BurnEstimate, loss: BurnEstimate | None, sign: str = "$") -> tuple[str, str]:
    """Where the burn is the fall in cash (no cash flow statement) and the loss per month is several times
    it, the fall includes money raised and says little of the burn: the loss's pace is said beside the burn,
    and the runway it leaves beside the runway (Aemetis Q4 2024: cash fell $0.1M a month, the quarter lost
    $5.4M a month; one sentence under both cards had said it twice). ("", "") where the burn needs no word."""
    if estimate.method != "Change in cash and investments" or estimate.monthly is None:
        return "", ""
    if loss is None or loss.monthly is None or loss.monthly < _HIDDEN_BURN * estimate.monthly:
        return "", ""
    pace = spelled_money(loss.monthly, currency=sign)
    burn = f"the fall in cash includes money raised or borrowed; the latest period's net loss is {pace} a month"
    runway = (f"at the net loss's pace of {pace} a month, cash would last {runway_words(loss.runway_months)}"
              if loss.runway_months else "the fall in cash includes money raised or borrowed")
    return burn, runway


def _refused_runway_caution(release: Release, fall: BurnEstimate, held: str) -> str:
    """What to read with care beside a runway not estimated, said of the cash held and never as a runway: a net
    loss a month several times the fall (the fall holds money raised or borrowed) where it outruns the cash
    itself, and debt due within a year. Aemetis Q4 2024: "at the net loss's pace ... cash would last 0.2
    months" had given a runway in the sentence refusing one (UI-51)."""
    loss = next((e for e in burn_estimates(release) if e.method == "Net loss per month" and e.monthly is not None),
                None)
    points = release_cash_points(release)
    sign = currency_sign(release_currency(release))
    parts = []
    if (loss is not None and loss.monthly is not None and fall.monthly is not None and points
            and loss.monthly >= _HIDDEN_BURN * fall.monthly and loss.monthly > points[-1].amount):
        parts.append(f"the net loss of {spelled_money(loss.monthly, currency=sign)} a month is more than the "
                     f"{spelled_money(points[-1].amount, currency=sign)} of {held} held")
    if debt := current_debt_caveat(release, counted="held"):
        parts.append(debt)
    return "; ".join(parts)


def standard_metrics(release: Release, basis: Basis = "quarter", window: Window | None = None) -> StandardMetrics:
    """Every standard metric the release supports, for its quarter (or year to date) against a year earlier."""
    operations = operations_statement(release)
    if window is None and operations is not None:
        window = choose_window(operations, basis)
        if window is not None and behind(window.current, release.statement("balance")):
            window = None  # the release's own period was not read: a year-old column is no current figure
    found: list[Metric | None] = []
    opex_base: Metric | None = None
    if operations is not None and window is not None:
        kind = financial_business(release)  # a bank's or an insurer's lines are its own (asked once: it reads both)
        sign = currency_sign(release_currency(release))
        derivative = _derivative_part(operations, window)
        revenue = _with_derivatives_said(_renamed(_line(operations, "revenue", window), "revenue"), derivative, sign)
        others = _other_costs_of_revenue(operations)
        of_sales = _sales_the_cost_is_of(operations, window, others)
        gross = _gross_profit(operations, window, of_sales or revenue, others)
        opex = _renamed(_line(operations, "total_operating_expenses", window), "operating_expenses") or (
            _expenses_added_up(operations, window))
        operating = _line(operations, "operating_income", window)
        opex = _with_every_cost_said(opex, revenue, operating, _line(operations, "income_before_taxes", window),
                                     cost_printed=_prints_a_cost_of_revenue(operations),
                                     cost=_line(operations, "cost_of_revenue", window), sign=sign)
        if kind == "insurer":
            # an insurer's total of its losses, acquisition costs and interest is no operating expenses beside
            # other companies' (UI-31: 85.1% and 137.4% of revenue beside a chip maker's 32.9%); its own lines,
            # premiums earned and losses, stand for it
            opex = None
        net = _whole_net_income_said(_line(operations, "net_income", window), operations, window, sign)
        compared = opex_compared(opex, _costs_of_revenue(operations, window, others), sign)
        if compared is not opex and compared is not None:
            opex_base = replace(compared, currency=release_currency(release),
                                unit=_printed_unit(release, compared, operations))
        found += [
            revenue,
            *_financial_lines(kind, operations, window),
            gross,
            # (a gross margin on the sales its cost is of is not on the revenue the derivative is part of)
            _with_depreciation_left_out_said(_margin_with_derivatives_said(
                _with_other_costs_said(_on_sales_alone(_ratio("gross_margin", gross, of_sales or revenue), of_sales,
                                                       revenue), others, operations.item("cost_of_revenue")),
                gross, revenue, None if of_sales else derivative, sign), release, operations, others),
            opex,
            _opex_share(compared, opex, _costs_of_revenue(operations, window, others), revenue),
            operating,
            _margin_with_derivatives_said(_ratio("operating_margin", operating, revenue), operating, revenue,
                                          derivative, sign),
            net,
            _margin_with_derivatives_said(_ratio("net_margin", net, revenue), net, revenue, derivative, sign,
                                          after_tax=True),
            _line(operations, "eps_basic", window, "per_share"),
            _line(operations, "eps_diluted", window, "per_share"),
            _line(operations, "shares_basic", window, "shares"),
            _line(operations, "shares_diluted", window, "shares"),
        ]
    if equity_words(operations) == UNITS:
        found = [replace(m, label=PER_UNIT_NAMES[m.key]) if m is not None and m.key in PER_UNIT_NAMES else m
                 for m in found]
    if (names := eps_names(operations)).note:
        # APB 15's names as printed, "EPS, fully diluted" (UI-56: a 1997 railroad's card had read "EPS, diluted")
        printed = {"eps_basic": f"EPS, {names.basic.lower()}", "eps_diluted": f"EPS, {names.diluted.lower()}"}
        found = [replace(m, label=printed[m.key]) if m is not None and m.key in printed else m for m in found]
    if operations is not None and (both := _one_line_for_both_eps(operations)) is not None:
        # One line for both EPS: the card says "basic and diluted" where the line does, and no basis where it
        # names none ("Net income per share" before 1997; UI-12 and UI-13: "EPS, diluted", then "basic and
        # diluted", had said what the release does not)
        said = ", basic and diluted" if _BOTH_BASES_SAID.search(f"{both.section} {both.label}") else ""
        found = [replace(m, label=f"{(m.label or METRIC_NAMES[m.key]).rsplit(', ', 1)[0]}{said}")
                 if m is not None and m.key == "eps_diluted" else m for m in found]
        if not said:
            # A line naming no basis is one figure, named as printed, never a basic beside a diluted EPS (UI-50:
            # GeoVax's "Loss per common share" had stood in Compare's memo as "EPS, basic" and "EPS" alike)
            found = [None if m is not None and m.key == "eps_basic" else
                     replace(m, label=as_a_name(both.label)) if m is not None and m.key == "eps_diluted" else m
                     for m in found]
    cash, balance_date, cash_base = _cash(release)
    found.append(cash)
    found.extend(_burn(release))
    found.append(_net_loss_beside_the_burn(release, found))
    primary = operations if operations is not None else release.statement("balance")
    currency = release_currency(release)
    revenue_found = next((m for m in found if m is not None and m.key == "revenue"), None)
    runway_said = ""
    # One rule decides whether a runway is estimated, from which burn, and why not (`runway_headline`): every
    # page reads it, so none shows a runway another refuses (UI-51)
    rule = decide_runway(release, revenue_found.value if revenue_found else None, window.current if window else None)
    if (only := rule.fall_only) is not None:
        # the fall in cash is no cash burn for a business taking in more than it: named as what it is, and why
        # no runway is estimated said in a sentence, never a runway card or figure
        held = cash_words(points) if (points := release_cash_points(release)) else "cash and investments"
        found = [replace(m, label="Fall in cash per month",
                         note=f"{m.note} An estimate from the change in {held} between the balance sheets: no "
                              "cash flow statement is printed.".strip())
                 if m is not None and m.key == "monthly_burn" else m for m in found]
        runway_said = rule.why_not
        # What the runway card cautioned goes with the sentence, said of the cash held, not of a runway: Aemetis's
        # loss a month against its cash, and its debt due within a year (UI-50, UI-51)
        if caution := _refused_runway_caution(release, only.burn, held):
            runway_said += f". Read with care: {caution}"
        found = [m for m in found if m is None or m.key != "runway"]
    elif rule.loss_outrun is not None:
        # the net loss of a company whose revenue outruns it, no cash measure standing: a figure under its own
        # name, the runway said in the rule's sentence, never "5+ years" (UI-52: St. Joe)
        runway_said = rule.why_not
        if debt := current_debt_caveat(release, counted="held"):
            runway_said += f". Read with care: {debt}"
        found = [m for m in found if m is None or m.key != "runway"]
    return StandardMetrics(
        release=release,
        period=window.current if window else None,
        prior=window.prior if window else None,
        balance_date=balance_date,
        scale=primary.scale if primary is not None else 1,
        metrics=_eps_said_on_income_to_common(
            tuple(_with_spread(_with_finer_figures(replace(metric, currency=currency,
                                                           unit=_printed_unit(release, metric, operations)),
                                                   release, window), found, operations)
                  for metric in found if metric is not None),
            _line(operations, "net_income_to_common", window)),
        burning=burns_cash(release),
        cash_base=cash_base,
        not_applicable=financial_no_burn(release) or "",
        runway_said=runway_said,
        rule=rule,
        opex_base=opex_base,
    )


# The ratios of an amount of the statement of operations to its revenue, each figure printed to its digits
_OF_REVENUE = frozenset({"gross_margin", "opex_share", "operating_margin", "net_margin"})


def _with_spread(metric: Metric, found: Sequence[Metric | None], operations: Statement | None) -> Metric:
    """A ratio of revenue with the range its printed figures allow (`formatting.ratio_spread`), the top and the
    revenue each to the statement's last printed digit: St. Joe's total expenses of 19.9 on revenue of 18.6 ($
    millions, to a tenth) are 106.4% to 107.5% of it, so not "107.0%" (UI-52)."""
    revenue = next((m for m in found if m is not None and m.key == "revenue"), None)
    if (metric.key not in _OF_REVENUE or metric.value is None or operations is None or revenue is None
            or revenue.value is None):
        return metric
    unit = operations.printed_unit()
    spread = ratio_spread(metric.value * revenue.value / 100, revenue.value, unit, unit)
    return metric if spread is None else replace(metric, spread=spread)


def _with_finer_figures(metric: Metric, release: Release, window: Window | None) -> Metric:
    """`metric` with the ranges its narrative's finer figures bound its two figures to (`finer.finer_range`), for
    its change to be said from them: Southern's Q4 2004 net income, 204 against 125 in $ millions, stated as $204.5
    million against $125.0 million (UI-50). A figure the narrative does not state finer keeps its rounding's."""
    if metric.kind != "amount" or window is None:
        return metric
    known = (finer_range(release.prose, metric.key, window.current, metric.value, metric.unit),
             finer_range(release.prose, metric.key, window.prior, metric.prior, metric.unit))
    return metric if known == NOTHING_KNOWN else replace(metric, known=known)


# The metrics read off (or computed from) the balance sheet and the cash flow statement, not the statement of
# operations: their figures are printed to those statements' digits.
_CASH_METRICS = frozenset({"cash_and_investments", "monthly_burn", "runway"})


def _printed_unit(release: Release, metric: Metric, operations: Statement | None) -> Decimal | None:
    """The last printed digit's value of the statement an amount metric comes from (`Statement.printed_unit`):
    the statement of operations', or for cash and its burn the coarser of the balance sheet's and the cash flow
    statement's, either of which may give the cash. None for a metric that is no amount."""
    if metric.kind != "amount":
        return None
    if metric.key not in _CASH_METRICS:
        return operations.printed_unit() if operations is not None else None
    units = [s.printed_unit() for kind in ("balance", "cash_flow") if (s := release.statement(kind)) is not None]
    return max(units, default=None)


def _whole_net_income_said(net: Metric | None, operations: Statement, window: Window, sign: str) -> Metric | None:
    """The net income card saying which line it shows where that is a share of the net result (`SHARED_OUT`:
    "Net income available to shareholders of Criteo S.A.") and the statement prints a whole net result
    (`WHOLE_NET_INCOME`) of another amount: Criteo's card had read "Net income (loss) $15.5M" with nothing to
    say it was not the "Net Income" of $16.4M the statement prints, which includes the non-controlling
    interests (UI-42). The note goes wherever the card does (the Overview's caption, Compare's notes)."""
    if net is None or net.value is None or not SHARED_OUT.search(net.basis):
        return net
    line = next((item for item in operations.items if "net_income" in item.concepts and item.kind == "amount"), None)
    above = operations.items[: operations.items.index(line)] if line is not None else ()
    whole = next((item for item in reversed(above) if item.kind == "amount"
                  and WHOLE_NET_INCOME.match(matched_form(item.label))
                  and (value := _cell(operations, item, window.current)) is not None and value != net.value), None)
    if whole is None:
        return net
    amount = card_money(_cell(operations, whole, window.current), currency=sign)
    said = (f'The line "{as_a_name(net.basis)}"; the statement\'s whole "{as_a_name(whole.label)}" is {amount}')
    return replace(net, note=_sentence(said, net.note.rstrip(".")))


def _one_line_for_both_eps(operations: Statement) -> LineItem | None:
    """The printed line that is both the basic and the diluted EPS, if one is."""
    basic = next((item for item in operations.items if "eps_basic" in item.concepts), None)
    return basic if basic is not None and "eps_diluted" in basic.concepts else None


_BOTH_BASES_SAID = re.compile(r"\bbasic\b.*\bdiluted\b|\bdiluted\b.*\bbasic\b", re.IGNORECASE)


def _eps_said_on_income_to_common(metrics: tuple[Metric, ...], to_common: Metric | None) -> tuple[Metric, ...]:
    """EPS cards saying the income they divide, where the statement prints a net income to common that is
    not the net income shown: Fenwick Lane's net income card read $32.8M beside EPS computed on $31.3M (its
    preferred dividends taken off), and the two cards did not reconcile (browser review of round 270)."""
    net = next((m for m in metrics if m.key == "net_income"), None)
    if net is None or net.value is None or to_common is None or to_common.value is None or (
            to_common.value == net.value):
        return metrics
    on = replace(to_common, currency=net.currency)
    gap = replace(net, value=abs(net.value - to_common.value), prior=None)
    note = (f"Computed on {' '.join(to_common.basis.split()).lower()}, {metric_text(on, compact=True)}: "
            f"{metric_text(gap, compact=True)} {'less' if to_common.value < net.value else 'more'} than net income.")
    return tuple(replace(m, note=note) if m.key in ("eps_basic", "eps_diluted") else m for m in metrics)


def memo_rows(columns: Iterable[StandardMetrics]) -> tuple[tuple[str, tuple[Metric | None, ...]], ...]:
    """The metrics as rows of a memo table (one cell per company), keeping only rows someone has."""
    columns = tuple(columns)
    rows = []
    for key in METRIC_NAMES:
        cells = tuple(column.compared(key) for column in columns)
        if any(cell is not None and cell.value is not None for cell in cells):
            rows.append((key, cells))
    return tuple(rows)


LOWER_IS_BETTER = frozenset({"operating_expenses", "opex_share", "monthly_burn", "monthly_net_loss",
                             "credit_loss_provision", "noninterest_expense", "losses_and_loss_expenses",
                             "combined_ratio"})


def metric_text(metric: Metric, *, compact: bool = False) -> str:
    """The value as a memo prints it, unit spelled out: "$1,046.3 million", "78.7%", "$0.24", "14.3 months".

    `compact` is a card's text, whose large value font fits about nine characters across a quarter of a
    wide page: money by one rule for every card (`card_money`: "$1.05B", "$246.2M", "$500K"); the card's
    help spells it out.
    """
    value, sign = metric.value, currency_sign(metric.currency)
    if value is None:
        return "—"
    if compact and metric.kind == "amount":
        return card_money(value, currency=sign, unit=metric.unit)
    if compact and metric.kind == "months":
        return runway_words(value)  # "5+ years" as the chart and Compare say it (UI-42)
    if compact:
        text = metric_text(metric)
        return text.replace(" million", "M").replace(" billion", "B").replace(" trillion", "T")
    if metric.kind == "percent":
        return ratio_percent(value, metric.spread)  # to the places its rounded figures allow (UI-52)
    if metric.kind == "per_share":
        return per_share(value, decimals=printed_places(value), currency=sign)
    if metric.kind == "shares":
        return spelled_money(value).removeprefix("$").replace("($", "(") if abs(value) >= 10**6 else shares(value)
    if metric.kind == "months":
        return runway_words(value)
    return spelled_money(value, currency=sign, unit=metric.unit)


def metric_delta(metric: Metric) -> str | None:
    """The change on a year earlier: percent for amounts and share counts, points for margins, cents for EPS."""
    change, prior = metric.change, metric.prior
    if change is None or prior is None:
        return None
    if change == 0:
        return UNCHANGED  # (UI-51: Oracle's EPS, $0.80 against $0.80, had read "$0.00")
    if metric.kind == "percent":
        return signed(change, decimals=1, suffix=" pts")
    if metric.kind == "per_share":  # to the places printed: 13.2 cents against 12.2 is +$0.010, not +$0.01
        # in money, "+$0.10", "-$0.05": "+0.10" beside a card's "$0.27" could be read as percent (UI-50)
        return signed(change, decimals=max(printed_places(metric.value), printed_places(prior)),
                      currency=currency_sign(metric.currency))
    if not prior or (prior < 0) != (metric.value is not None and metric.value < 0) or (
            metric.kind == "amount" and abs(change) > abs(prior) * _PERCENT_MEANINGFUL_TIMES) or (
            metric.kind == "amount" and metric.value and too_coarse_for_percent(prior, metric.unit, metric.known[1])):
        # a loss turned into a profit (or back) has no meaningful percent change: the change in money says
        # how far it moved ("-$5.4M" for a $3.8M profit turned into a $1.6M loss); nor has an amount ten
        # times its size a year before (UI-35: Capstead's loss from $7.7M to $204.7M read "-2,542.0%"), nor one
        # printed a year before as a single digit (UI-60: "0.0 to +400.0%" for 0.2 against 0.1)
        if metric.kind != "amount":
            return None
        return ("+" if change > 0 else "-") + card_money(abs(change), currency=currency_sign(metric.currency),
                                                         unit=metric.unit)
    # (share counts keep their tenth: a count is printed whole, its rounding no part of its change)
    if metric.kind == "amount" and metric.value:
        # to what the rounding vouches for, or the narrative's finer figures, as the tables
        moved = change_percent(metric.value, prior, metric.unit, known=metric.known)
    else:
        moved = percent(change / abs(prior) * 100, decimals=1)
    if metric.key in RESULTS and prior < 0 and change:
        # a loss both years: "+39.7%" beside "($7.3M)" had read as growth to a first-time user (UI-37); the
        # sign stays first, the card's arrow and colour follow it
        return loss_change(moved, change > 0)
    return moved


def card_delta(metric: Metric) -> str | None:
    """A card's change, saying on the card itself where it is worked out on the narrative's finer figures:
    "+63.6% (text's $204.5M vs $125.0M)" beside a card of $204M, whose table figures 204 and 125 make 63.2% (UI-51:
    Southern's change had been said from the finer figures only in a caption a reader missed)."""
    delta = metric_delta(metric)
    pair = finer_pair(metric.known) if metric.kind == "amount" else ""
    return f"{delta} (text's {pair.replace(' and ', ' vs ')})" if delta and pair and delta.endswith("%") else delta


def range_reason(metric: Metric) -> str | None:
    """Why a card's change is a range of percents, said in a caption under it (`formatting.range_note`): its
    figures are printed rounded (UI-50: Southern's net income "+62% to +64%" had stood with no word of why; its
    figures are stated finer in the narrative, and its change is now "+63.6%", but a figure printed rounded alone
    keeps its range). None where the change is one figure."""
    delta = metric_delta(metric)
    if delta is None or metric.kind != "amount":
        return None
    return range_note((delta,), metric.unit, currency_sign(metric.currency))


# A change past this many times the year-earlier figure is said in money, not in thousands of percent.
_PERCENT_MEANINGFUL_TIMES = 10


def unchanged(metric: Metric) -> bool:
    """Whether the figure is what it was a year earlier: its card shows the change with no arrow and no
    colour (UI-24: an EPS of $0.09 against $0.09 had been drawn as a green rise, "↑ 0.00")."""
    return metric.change is not None and metric.prior is not None and metric.change == 0


# Past this share of revenue, either way, a margin is "not meaningful", as analysts mark it.
MEANINGFUL_MARGIN = Decimal(100)


def meaningful_margin(value: Decimal | None) -> bool:
    return value is None or abs(value) <= MEANINGFUL_MARGIN


def overview_metrics(found: StandardMetrics) -> tuple[Metric, ...]:
    """The cards an Overview shows: the headline metrics the release supports, most read first.

    Margins stand in for their amounts where there is revenue; without revenue (a biotech before sales)
    the operating result itself is shown. EPS is the diluted figure, basic only where diluted is not
    printed. Burn and runway appear only for a company that burns cash (see `standard_metrics`).
    """
    has_revenue = found.value("revenue") is not None
    if any(found.get(key) is not None for key in ("net_interest_income", "premiums_earned",
                                                  "losses_and_loss_expenses")):
        # a bank's or an insurer's own headline lines stand where revenue, margins and an operating result do
        keys = ["revenue", "net_interest_income", "credit_loss_provision", "noninterest_income",
                "noninterest_expense", "premiums_earned", "losses_and_loss_expenses", "combined_ratio", "net_income",
                "eps_diluted" if found.value("eps_diluted") is not None else "eps_basic", "cash_and_investments"]
        return tuple(m for key in keys if (m := found.get(key)) is not None and m.value is not None)
    keys = ["revenue", "gross_margin", "operating_expenses"]
    # A margin beyond 100% of revenue either way (a biotech's -1,445.8% on a milestone payment) says nothing a
    # reader can use: the operating result in money stands in for it, as it does where there is no revenue.
    margins = [m for key in ("gross_margin", "operating_margin") if (m := found.get(key)) is not None]
    if any(not meaningful_margin(m.value) or not meaningful_margin(m.prior) for m in margins):
        keys.remove("gross_margin")
        has_revenue = False
    keys += ["operating_margin", "net_income"] if has_revenue else ["operating_income", "net_income"]
    keys.append("eps_diluted" if found.value("eps_diluted") is not None else "eps_basic")
    keys += ["cash_and_investments", "monthly_burn", "runway"] if found.get("monthly_burn") is not None else [
        "cash_and_investments", "monthly_net_loss", "runway"]
    return tuple(m for key in keys if (m := found.get(key)) is not None and m.value is not None)


MARGINS = ("gross_margin", "operating_margin", "net_margin")


def margin_history(releases: Iterable[Release]) -> dict[str, tuple[tuple[date, Decimal], ...]]:
    """Each margin by quarter end, over a company's releases: every release gives its quarter and the
    same quarter a year earlier; where two releases give one quarter, the later release's figure stands.
    """
    return {key: tuple((end, value) for end, value, _ in points)
            for key, points in marked_margin_history(releases).items()}


def marked_margin_history(releases: Iterable[Release]) -> dict[str, tuple[tuple[date, Decimal, str], ...]]:
    """`margin_history` with each margin's status (`verification.figure_status`: "unchecked" where any of its
    inputs is printed on lines no check speaks of, "failed" where a failed check blames one, else ""), from the
    release its figure is taken from, so a chart marks it as the memo does (UI-58)."""
    found: dict[str, dict[date, tuple[Decimal, str]]] = {key: {} for key in MARGINS}
    ordered = sorted(releases, key=lambda r: (r.metadata.release_date or date.min, r.name))
    for release in ordered:
        metrics = standard_metrics(release, "quarter")
        if metrics.period is None or metrics.period.months != 3:
            continue
        for key in MARGINS:
            metric = metrics.get(key)
            if metric is None:
                continue
            if metric.prior is not None and metrics.prior is not None:
                found[key].setdefault(metrics.prior.end, (
                    metric.prior, figure_status(release, metric.sources, [metrics.prior.key])))
            if metric.value is not None:
                found[key][metrics.period.end] = (
                    metric.value, figure_status(release, metric.sources, [metrics.period.key]))
        # The other quarters the release prints (a bank's five in a row) are margins too: the Compare page
        # had drawn two of Peapack-Gladstone's five.
        operations = operations_statement(release)
        for period in operations.periods if operations is not None else ():
            if period.months != 3 or period.derived or period in (metrics.period, metrics.prior):
                continue
            other = standard_metrics(release, window=Window(months=3, current=period, prior=None))
            for key in MARGINS:
                metric = other.get(key)
                if metric is not None and metric.value is not None:
                    found[key].setdefault(period.end, (
                        metric.value, figure_status(release, metric.sources, [period.key])))
    return {key: tuple((end, value, status) for end, (value, status) in sorted(points.items()))
            for key, points in found.items() if points}
