"""Cash on hand, how fast it is going, and how long it lasts: estimates, each saying how it was made.

A press release rarely states a burn rate, so it is derived, and "burn" means what a reader means by it:
cash used. That is the cash used in operations per month where a cash-flow statement prints it, else the
fall in cash and investments between the balance-sheet dates per month elapsed (`cash_burn`; every page
that says "burn" shows that one). The latest quarter's net loss per month is shown beside it under its own
name: it includes non-cash costs, so it is not a burn, and the fall in cash includes financing; a reader
should see each for what it is rather than one number that hides the choice. A company that is not losing
cash gets no runway at all: "no burn" is the honest answer, not a negative number of months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from core.analysis.business import financial_no_burn
from core.analysis.currency import statement_currency
from core.analysis.periods import (
    add_months,
    balance_dates,
    behind,
    current_quarter,
    day_name,
    duration_periods,
    months_between,
    owners_apart,
    period_name,
    weeks_of,
)
from core.analysis.structure import display_label, footing, operations_statement
from core.formatting import as_a_name, currency_sign, spelled_money
from core.model import LineItem, Period, Release, Statement, StatementKind
from core.statements.units import printed_step
from core.vocabulary import (
    CASH_AT_BEGINNING,
    CASH_AT_END,
    CASH_CHARGE_BESIDE,
    CASH_LINE,
    FREE_CASH_FLOW_LINE,
    INVESTMENT_WORDS_RE,
    NON_CASH_CHARGE,
    normalise_label,
)

CASH_CONCEPTS = ("cash_and_investments",)
CASH_PARTS = ("cash_and_equivalents", "short_term_investments")


@dataclass(frozen=True, slots=True)
class CashPoint:
    """Cash and investments at one balance-sheet date, with the printed lines it adds up."""

    period: Period
    amount: Decimal
    lines: tuple[str, ...]
    # the lines as a page names them on their own: one label printed twice keeps its heading ("Marketable
    # securities (non-current assets)"; UI-20: Apple's cash named "Marketable securities" twice)
    shown: tuple[str, ...] = ()
    # the statement the lines are printed in: "cash_flow" where the balance sheet prints no cash line and the
    # cash at this date is the cash flow statement's at the end (or beginning) of a period (`cash_points`)
    statement: StatementKind = "balance"


NOT_ESTIMATED = "Not estimated"
# Cash from operations less capital spending per month: the method's name, said by what it is computed from;
# FREE_CASH_FLOW only where the release prints a free cash flow of the same amount (BurnEstimate.name).
OPERATIONS_LESS_CAPITAL = "Operating cash flow less capital spending per month"
FREE_CASH_FLOW = "Free cash flow per month"


@dataclass(frozen=True, slots=True)
class BurnEstimate:
    """A monthly burn estimate. `monthly` is positive for cash going out; None when there is no burn.

    `method` names the estimate, `basis` says what it was computed from, in words a reader can check.
    """

    method: str
    basis: str
    monthly: Decimal | None
    runway_months: Decimal | None
    note: str = ""
    # the stretch of time the estimate spreads over its months, said where the figure is shown ("the 6 months
    # to Jun 30, 2004"): a burn card under a page's "3M to ..." had left its own window to its tooltip (UI-30)
    window: str = ""
    # the same stretch as a chart's period names it ("9M to Sep 30, 2024", "Dec 31, 2023 to Sep 30, 2024"): what a
    # bar of the estimate over time is labelled with, never the quarter it stands at (UI-48)
    over: str = ""
    # the free cash flow line the release prints that this estimate equals ("Total free cash flow"), where one
    # does: only then is the estimate called free cash flow (`name`)
    printed: str = ""
    # the day the stretch ends and its length in months: what lets a chart over time take this very estimate for
    # the quarter it measures (`spans_quarter`), rather than computing the quarter's burn a second way (UI-56)
    end: date | None = None
    months: Decimal | None = None

    def spans_quarter(self, end: date) -> bool:
        """Whether the estimate is measured over the three months to `end` (a 13-week quarter's included)."""
        return self.end == end and self.months is not None and round(self.months) == 3

    @property
    def name(self) -> str:
        """The estimate as the pages name it: by what it is computed from, or "Free cash flow per month" where
        it equals the release's own free cash flow line. Cree's operations less capital spending ($23.2M a
        month) had been called free cash flow beside its printed "Total free cash flow" of ($213.6M), $23.7M a
        month, which also takes off patent spending (UI-42)."""
        return FREE_CASH_FLOW if self.printed else self.method

    @property
    def withheld(self) -> bool:
        """No figure because the figures cannot vouch for one (its note says why), not because nothing burns:
        shown as "Not estimated", never "No burn"."""
        return self.monthly is None and self.note.startswith(NOT_ESTIMATED)


@dataclass(frozen=True, slots=True)
class BalanceSegment:
    """One block of a balance-sheet bar: a line (or a derived remainder) at one date."""

    side: str  # "Assets" or "Liabilities and equity"
    label: str
    amount: Decimal
    derived: bool = False


def _amount_lines(statement: Statement, concepts: tuple[str, ...]) -> list[LineItem]:
    return [item for concept in concepts if (item := statement.item(concept)) is not None]


def release_cash_points(release: Release) -> tuple[CashPoint, ...]:
    """`cash_points` of the release's balance sheet, with its cash flow statement to fall back on: what every
    page counts as the release's cash (the Cash page, the Overview's card, Compare, the burn and runway)."""
    balance = release.statement("balance")
    return () if balance is None else cash_points(balance, release.statement("cash_flow"))


def cash_points(balance: Statement, cash_flow: Statement | None = None) -> tuple[CashPoint, ...]:
    """Cash and investments at each balance date, earliest first.

    One line holding both ("Cash, cash equivalents and investments") is used as printed; otherwise cash and
    short-term investments are added. Dates where a needed line is blank are skipped. Where the sheet prints
    no cash line at all (a condensed sheet of "Current assets" alone), the cash flow statement's closing or
    opening cash at each date stands for it (`_cash_flow_points`); a sheet that prints cash keeps its own.
    """
    lines = _amount_lines(balance, CASH_CONCEPTS) or _amount_lines(balance, CASH_PARTS)
    if len(lines) == 1 and "cash_and_equivalents" in lines[0].concepts:
        lines += _current_securities_after(balance, lines[0])
    if not lines:
        return () if cash_flow is None or prints_cash_line(balance) else _cash_flow_points(balance, cash_flow)
    lines += _long_term_investments(balance)
    points: list[CashPoint] = []
    for period in balance_dates(balance):
        values = [item.values[balance.periods.index(period)] for item in lines]
        if any(value is None for value in values):
            continue
        total = sum((value for value in values if value is not None), Decimal(0))
        points.append(CashPoint(period=period, amount=total, lines=tuple(item.label for item in lines),
                                shown=tuple(display_label(balance, item) for item in lines)))
    return tuple(points)


def _current_securities_after(balance: Statement, cash: LineItem) -> list[LineItem]:
    """The line of securities printed right after the cash among the current assets ("Available-for-sale
    securities", "Marketable securities"), which the company holds as it holds cash: Surmodics' cash card
    had shown a fall of 49.9% where cash moved into securities, the release saying "cash and short-term
    investments of $48.4 million" (round UI-14). A line elsewhere (a bank's portfolio) is not taken."""
    at = balance.items.index(cash)
    after = balance.items[at + 1] if at + 1 < len(balance.items) else None
    if (after is None or after.kind != "amount" or after.concepts or not _SECURITIES.search(after.label)
            or not _CURRENT.search(cash.section) or after.section != cash.section):
        return []
    return [after]


_CURRENT = re.compile(r"\bcurrent\s+assets\b", re.IGNORECASE)


def _long_term_investments(balance: Statement) -> list[LineItem]:
    """The investments held beyond a year, printed after the current assets ("Long-term investments",
    "Marketable securities" under "Non-current assets"): securities a company buys with its cash and sells as
    it needs it, so a fall in cash that moved into them, or that they paid for as they matured, is no burn
    (UI-16: AtriCure's $12.7 million of long-term investments left out, its burn halved and its runway
    doubled; Apple's $99 billion of non-current securities left out of its cash and investments). Stakes in
    other companies and restricted funds are no such holdings."""
    total = balance.item("total_current_assets")
    if total is None:
        return []
    after = balance.items[balance.items.index(total) + 1 :]
    return [item for item in after if item.kind == "amount" and not item.concepts and not _NOT_LIQUID.search(
        item.label) and (_LONG_TERM_INVESTMENTS.match(item.label) or (
            _NONCURRENT.search(item.section) and _INVESTMENTS_ALONE.match(item.label)))]


_LONG_TERM_INVESTMENTS = re.compile(r"\s*(?:long[\s-]term|non-?current)\s+(?:investments?|marketable\s+securities)\b"
                                    r"|\s*(?:investments?|marketable\s+securities),?\s+(?:long[\s-]term|non-?current)\s*$",
                                    re.IGNORECASE)
_INVESTMENTS_ALONE = re.compile(
    r"\s*(?:investments?|marketable\s+securities|available[\s-]for[\s-]sale\s+securities)\s*$", re.IGNORECASE)
_NONCURRENT = re.compile(r"\bnon-?current\b|\blong[\s-]term\s+assets\b", re.IGNORECASE)
_NOT_LIQUID = re.compile(r"\bequity\b|\baffiliate|\bjoint\s+venture|\brestricted\b|\bstrategic\b|\bprivate",
                         re.IGNORECASE)


def prints_cash_line(balance: Statement) -> bool:
    """Whether the sheet prints a line of cash (`CASH_LINE`), read as cash or not: one that was printed but not
    read is no licence to take another statement's figure in its place."""
    return any(item.kind == "amount" and CASH_LINE.match(normalise_label(item.label)) for item in balance.items)


# How far a period's first day may stand from the day after a balance date and still begin right after it: a
# 52/53-week calendar's quarter counted in months ("Three Months Ended May 2, 2020" began Feb 2, three months
# back is Feb 2, its year ended Feb 1), never near the next balance date, a quarter away.
_START_SLACK = timedelta(days=7)


def _cash_flow_points(balance: Statement, cash_flow: Statement) -> tuple[CashPoint, ...]:
    """The cash at each balance date, from the cash flow statement of a sheet printing no cash line: its
    closing cash ("Cash and cash equivalents at end of period") of a period ending on the date, else its
    opening cash of a period beginning right after it. AZZ's condensed sheet prints "Current assets" whole,
    and its cash flow closes its years at $36.7 million (Feb 29, 2020) and $24.0 million (Feb 28, 2019):
    the Cash page had charted no cash and the Overview shown no cash card (UI-43). A closing cash counting
    restricted cash is not the cash a sheet would print, and is not taken; nor is a nil cash at every date."""
    def line(pattern: re.Pattern[str]) -> LineItem | None:
        return next((item for item in cash_flow.items if item.kind == "amount"
                     and pattern.match(label := normalise_label(item.label)) and "restricted" not in label), None)

    closing, opening = line(CASH_AT_END), line(CASH_AT_BEGINNING)
    periods = sorted(duration_periods(cash_flow), key=lambda p: p.months or 0)  # the shortest first
    points: list[CashPoint] = []
    for date_ in balance_dates(balance):
        found = _figure_at(cash_flow, closing, [p for p in periods if p.end == date_.end]) or _figure_at(
            cash_flow, opening, [p for p in periods if _begins_after(p, date_)])
        if found is not None:
            item, value = found
            points.append(CashPoint(period=date_, amount=value, lines=(item.label,),
                                    shown=(f"{display_label(cash_flow, item)} (cash flow statement)",),
                                    statement="cash_flow"))
    # nil at every date is no cash to chart: the page says the cash flow ends with none (`no_cash_said`; UI-42:
    # Antero's "—" at Dec 31, 2019 and Mar 31, 2020, a company sweeping its cash into its credit line)
    return tuple(points) if any(point.amount for point in points) else ()


def _figure_at(statement: Statement, item: LineItem | None, periods: list[Period]) -> tuple[LineItem, Decimal] | None:
    """The line's first printed figure among `periods`, with the line."""
    if item is None:
        return None
    value = next((v for p in periods if (v := item.values[statement.periods.index(p)]) is not None), None)
    return None if value is None else (item, value)


def _begins_after(period: Period, date_: Period) -> bool:
    """Whether `period` begins the day after the balance date: its weeks back from its end where its header
    counts weeks, else its months back (`add_months`, month ends kept), within `_START_SLACK`."""
    weeks = weeks_of(period)
    if weeks is not None:
        start = period.end - timedelta(weeks=weeks)
    elif period.months is not None:
        start = add_months(period.end, -period.months)
    else:
        return False
    return abs(start - date_.end) <= _START_SLACK


def cash_source_note(points: tuple[CashPoint, ...]) -> str:
    """Where the cash comes from, where not from the balance sheet, in one sentence for the page and the cards:
    "The balance sheet prints no cash line: the cash at Feb 29, 2020 and Feb 28, 2019 is the cash flow
    statement's "Cash and cash equivalents at end of period"." "" where the balance sheet prints it."""
    taken: dict[str, list[str]] = {}
    for point in reversed(points):  # the latest date first, as the sentence reads
        if point.statement == "cash_flow":
            taken.setdefault(point.lines[0], []).append(day_name(point.period.end))
    if not taken:
        return ""
    whose = ("is the cash flow statement's", *("its" for _ in range(len(taken) - 1)))
    said = ", ".join(f'at {" and ".join(days)} {who} "{as_a_name(label)}"'
                     for who, (label, days) in zip(whose, taken.items(), strict=True))
    return f"The balance sheet prints no cash line: the cash {said}."


def cash_words(points: tuple[CashPoint, ...]) -> str:
    """What the cash points hold, in words for a sentence: "cash and cash equivalents" where each is one
    line of cash alone (Meridale, Pennwick, Veradine print no investments), else "cash and investments"."""
    if points and all(len(p.lines) == 1 and not INVESTMENT_WORDS_RE.search(p.lines[0]) for p in points):
        return "cash and cash equivalents"
    return "cash and investments"


def no_cash_said(release: Release) -> str:
    """Why no cash is charted, in what the release shows, for a sentence the page ends with what follows ("so
    cash is not charted"): a sheet printing a cash line that was not read says so, but a sheet printing none
    is no reading failure. Antero's sheet prints no cash line and its cash flow closes the quarter at "—"
    (nil), and "No line of the balance sheet was read as cash" had read as the reader's fault (UI-42)."""
    balance = release.statement("balance")
    if balance is None or prints_cash_line(balance):
        return "No line of the balance sheet was read as cash, cash equivalents or investments"
    said = "The balance sheet prints no line of cash, cash equivalents or investments"
    cash_flow = release.statement("cash_flow")
    item = None if cash_flow is None else next(
        (i for i in cash_flow.items if i.kind == "amount" and CASH_AT_END.match(normalise_label(i.label))), None)
    found = None if item is None or cash_flow is None else _latest_of(cash_flow, item, balance)
    if item is None or cash_flow is None or found is None:
        return said
    period, value = found
    day = day_name(period.end)
    if value == 0:
        at = cash_flow.periods.index(period)
        cell = item.cells[at].strip() if at < len(item.cells) else ""
        printed = f' printed "{cell}"' if cell else ""
        return f'{said}, and the cash flow statement ends {day} with no cash (its "{as_a_name(item.label)}"{printed})'
    sign = currency_sign(statement_currency(cash_flow))
    return (f'{said}; the cash flow statement\'s "{as_a_name(item.label)}" is {spelled_money(value, currency=sign)} '
            f"at {day}")


def _latest_of(statement: Statement, item: LineItem, balance: Statement | None) -> tuple[Period, Decimal] | None:
    """A line's figure in the statement's latest and shortest period, with the period; None where it prints
    none there or the period ends well before the balance sheet's date (`behind`)."""
    periods = duration_periods(statement)
    if not periods:
        return None
    period = max(periods, key=lambda p: (p.end, -(p.months or 0)))
    value = item.values[statement.periods.index(period)]
    return None if value is None or behind(period, balance) else (period, value)


def runway(cash: Decimal, monthly: Decimal | None) -> Decimal | None:
    """Months of cash at the monthly burn; None when nothing is burning."""
    if monthly is None or monthly <= 0:
        return None
    return cash / monthly


def burn_from_cash_change(points: tuple[CashPoint, ...]) -> BurnEstimate | None:
    """Fall in cash and investments from the balance date before the latest to the latest, per month
    elapsed. A sheet of three dates (the quarter, the year's end, a year ago) is read from the year's end:
    Sears' cash had "risen" over the twelve months from a year ago while it fell by 5.5 billion since the
    year's end (browser review)."""
    if len(points) < 2:
        return None
    first, last = points[-2], points[-1]
    elapsed = months_between(first.period.end, last.period.end)
    if elapsed <= 0:
        return None
    what = cash_words(points)
    basis = (
        f"{what} fell from {period_name(first.period)} to {period_name(last.period)}, "
        f"divided by the {elapsed.normalize():f} months between"
    )
    method = "Change in cash and investments"  # the method's name, as CASH_USED orders it; pages say `what`
    fall = first.amount - last.amount
    window = f"the {elapsed.normalize():f} months to {period_name(last.period)}"
    over = f"{period_name(first.period)} to {period_name(last.period)}"
    if fall <= 0:
        return BurnEstimate(
            method, basis.replace("fell", "changed"), None, None, f"{what[0].upper()}{what[1:]} rose: no burn.",
            window=window, over=over, end=last.period.end, months=elapsed)
    monthly = fall / elapsed
    return BurnEstimate(method, basis, monthly, runway(last.amount, monthly), window=window, over=over,
                        end=last.period.end, months=elapsed)


def burn_from_net_loss(operations: Statement, cash: Decimal | None, balance: Statement | None = None
                       ) -> BurnEstimate | None:
    """The latest quarter's net loss per month (the latest period of any length when there is no quarter);
    None where that period ends well before the balance sheet's cash (`behind`)."""
    item = operations.item("net_income")
    if item is None:
        return None
    period = current_quarter(operations)
    if period is None:
        periods = duration_periods(operations)
        if not periods:
            return None
        period = max(periods, key=lambda p: (p.end, -(p.months or 0)))
    value = item.values[operations.periods.index(period)]
    if value is None or period.months is None or behind(period, balance):
        return None
    basis = f"net result for {period_name(period)} divided by {period.months} months"
    if value < 0 and (charge := _non_cash_charge(operations, period)) is not None and charge[1] * 2 > -value:
        # Valaris' quarter lost $3.0 billion, $2.8 billion of it an impairment: "Runway 0.2 months" had stood
        # beside a cash burn of $68 million a month (UI-25, UI-26)
        return BurnEstimate("Net loss per month", basis, None, None,
                            f'{NOT_ESTIMATED}: "{charge[0]}" makes most of the net loss and uses no cash, so the '
                            "loss says nothing of the cash the company uses.")
    return _per_month(
        "Net loss per month",
        basis, value, period.months, cash, "The period was profitable: no burn from operations.",
        period=period,
    )


def _non_cash_charge(operations: Statement, period: Period) -> tuple[str, Decimal] | None:
    """The largest charge that uses no cash (`NON_CASH_CHARGE`, and no cost paid in cash named beside it) the
    statement prints for the period, and its amount as a cost (positive). "Most" of a loss is more than half."""
    index = operations.periods.index(period)
    charges = [(item.label, abs(value)) for item in operations.items
               if NON_CASH_CHARGE.search(item.label) and not CASH_CHARGE_BESIDE.search(item.label)
               and (value := item.values[index]) is not None]
    return max(charges, key=lambda charge: charge[1], default=None)


def burn_from_operating_cash_flow(cash_flow: Statement, cash: Decimal | None, balance: Statement | None = None
                                  ) -> BurnEstimate | None:
    """Cash used in operations per month, for releases that print a cash-flow statement; None where its
    period ends well before the balance sheet's cash (`behind`)."""
    if (latest := _latest_operating_flow(cash_flow, balance)) is None:
        return None
    period, value = latest
    assert period.months is not None
    return _per_month(
        "Operating cash flow per month",
        f"cash from operations for {period_name(period)} divided by {period.months} months",
        value, period.months, cash, "Operations generated cash: no burn.", period=period,
    )


def _latest_operating_flow(cash_flow: Statement, balance: Statement | None) -> tuple[Period, Decimal] | None:
    """The cash from operations of the cash flow's latest and shortest period, with that period; None where it
    prints none, or its period ends well before the balance sheet's cash (`behind`)."""
    item = cash_flow.item("operating_cash_flow")
    periods = duration_periods(cash_flow)
    if item is None or not periods:
        return None
    period = max(periods, key=lambda p: (p.end, -(p.months or 0)))
    value = item.values[cash_flow.periods.index(period)]
    if value is None or period.months is None or behind(period, balance):
        return None
    return period, value


# Cash spent on the business's own long-lived assets, as a cash-flow statement names it ("Purchases of
# property and equipment", "Capital expenditures", "Additions to property, plant and equipment"); proceeds
# from selling them are no spending.
_CAPITAL_SPENDING = re.compile(
    r"\s*(?:capital\s+expenditures?"
    r"|(?:purchases?|additions?|acquisitions?|investments?|expenditures?)\s+(?:of|to|in|for)\s+"
    r"(?:property|fixed\s+assets|plant)\b)", re.IGNORECASE)
_NO_SPENDING = re.compile(r"\bproceeds\b|\bsales?\b|\bdisposals?\b", re.IGNORECASE)


def _capital_spending(cash_flow: Statement, period: Period) -> tuple[Decimal, tuple[str, ...]] | None:
    """The capital spending the cash flow prints for `period`, as an amount paid out (positive), with the lines
    it adds; None where it prints none. Cash used in operations alone leaves it out: Cree's nine months used
    $39.5 million in operations and $168.9 million on plant, and its runway had been put at 16.2 years while
    its cash and investments fell $199 million (UI-41)."""
    index = cash_flow.periods.index(period)
    found = [(item.label, value) for item in cash_flow.items
             if item.kind == "amount" and not item.is_total and _CAPITAL_SPENDING.match(item.label)
             and not _NO_SPENDING.search(item.label)
             and (value := item.values[index]) is not None and value < 0]
    if not found:
        return None
    return -sum((value for _, value in found), Decimal(0)), tuple(label for label, _ in found)


def capital_spending_for(release: Release, end: date, months: int) -> tuple[Decimal, tuple[str, ...]] | None:
    """The capital spending the release's cash flow prints for the `months` months to `end` (`_capital_spending`),
    with the lines it adds; None where it prints no such period or no spending in it. What a chart over time takes
    off a quarter's cash from operations, as the Cash page's burn does (UI-56: Tupperware's Q1 2020 had been drawn
    at $15.7M a month over time beside the Cash page's and Overview's $18.4M)."""
    cash_flow = release.statement("cash_flow")
    if cash_flow is None:
        return None
    period = next((p for p in duration_periods(cash_flow) if p.end == end and p.months == months), None)
    return None if period is None else _capital_spending(cash_flow, period)


def burn_from_free_cash_flow(cash_flow: Statement, cash: Decimal | None, balance: Statement | None = None,
                             printed: tuple[Statement, ...] = ()) -> BurnEstimate | None:
    """Cash used in operations and capital spending together per month, where the cash flow prints both for its
    latest period; None otherwise. Plant a company must keep buying uses cash as surely as its operations do,
    so this is the burn where it is printed (`cash_burn`). It is the release's free cash flow only where one
    of the `printed` tables (the non-GAAP ones beside the statements) prints that amount for the period
    (`_printed_free_cash_flow`): a company's own measure may take off more (Cree's patent spending) or less."""
    if (latest := _latest_operating_flow(cash_flow, balance)) is None:
        return None
    period, value = latest
    assert period.months is not None
    spending = _capital_spending(cash_flow, period)
    if spending is None:
        return None
    lines = " and ".join(f'"{label}"' for label in spending[1])
    free = value - spending[0]
    same = _printed_free_cash_flow(printed, period, free)
    basis = (f"cash from operations less capital spending ({lines}) for {period_name(period)} divided by "
             f"{period.months} months" + (f", the release's \"{same}\"" if same else ""))
    estimate = _per_month(OPERATIONS_LESS_CAPITAL, basis, free, period.months, cash,
                          "Operations paid for the capital spending: no burn.", period=period)
    return replace(estimate, printed=same)


def _printed_free_cash_flow(statements: tuple[Statement, ...], period: Period, amount: Decimal) -> str:
    """The label of a free cash flow line (`FREE_CASH_FLOW_LINE`) printed for `period` (its end and length) at
    `amount`, within a unit of its last printed digit (each of the three figures rounded as printed), in any
    of `statements`; "" where none is."""
    for statement in statements:
        at = next((i for i, p in enumerate(statement.periods)
                   if p.end == period.end and p.months == period.months), None)
        if at is None:
            continue
        for item in statement.items:
            value = item.values[at] if at < len(item.values) else None
            if item.kind != "amount" or value is None or not FREE_CASH_FLOW_LINE.match(item.label):
                continue
            if abs(value - amount) <= printed_step((item,), statement.scale, coarsest=True):
                return item.label.strip()
    return ""


def _window(period: Period) -> str:
    """ "the 9 months to Sep 30, 2010": a period's stretch in words, for a figure spread over its months."""
    return f"the {period.months} months to {day_name(period.end)}"


def _per_month(
    method: str, basis: str, value: Decimal, months: int, cash: Decimal | None, no_burn: str, *,
    period: Period | None = None,
) -> BurnEstimate:
    """A period's result spread over its months as burn, with the runway it leaves; a gain is no burn. The
    estimate says the `period` it is measured over, in words (`window`) and as a period's name (`over`)."""
    window, over = ("", "") if period is None else (_window(period), period_name(period))
    end = None if period is None else period.end
    if value >= 0:
        return BurnEstimate(method, basis, None, None, no_burn, window=window, over=over, end=end,
                            months=Decimal(months))
    monthly = -value / months
    return BurnEstimate(method, basis, monthly, None if cash is None else runway(cash, monthly), window=window,
                        over=over, end=end, months=Decimal(months))


def _latest_value(statement: Statement | None, concept: str, balance: Statement | None = None, *,
                  longest: bool = False) -> Decimal | None:
    """The concept's value in the statement's latest (and, at one end date, shortest, or with `longest` the
    longest: the year to date) period; None where that period ends well before the balance sheet's latest
    day (`behind`)."""
    found = _latest(statement, concept, balance, longest=longest)
    return None if found is None else found[1]


def _latest(statement: Statement | None, concept: str, balance: Statement | None = None, *,
            longest: bool = False) -> tuple[Period, Decimal] | None:
    """`_latest_value` with the period it is for."""
    if statement is None or (item := statement.item(concept)) is None:
        return None
    periods = [p for p in duration_periods(statement) if item.values[statement.periods.index(p)] is not None]
    if not periods:
        return None
    period = max(periods, key=lambda p: (p.end, (p.months or 0) if longest else -(p.months or 0)))
    value = item.values[statement.periods.index(period)]
    return None if behind(period, balance) or value is None else (period, value)


def burns_cash(release: Release) -> bool | None:
    """Whether the company is burning cash: its operations use cash (and it did not earn money from them in
    its latest quarter and over the year to date, `_earned`), else (no cash-flow statement) it loses money,
    in its latest quarter and over the year to date. None when the release prints neither, and
    only the balance sheet can tell.

    A profitable company whose cash fell (dividends, buybacks, capital spending) is not burning: giving it a
    "runway" would read as a going-concern warning it does not deserve. Nor is a bank, an insurer or a
    broker-dealer (`financial_no_burn`), whatever its result: Wexford Plains' quarterly loss had been shown as
    "Runway 80.0 months" of depositors' money, Granite Harbor's as "Runway 6.3 months" of an insurer's.
    """
    if financial_no_burn(release) is not None:
        return False
    balance = release.statement("balance")
    operating = _latest_value(release.statement("cash_flow"), "operating_cash_flow", balance)
    if operating is not None:
        return operating < 0 and _earned(release, balance) is None
    # in the latest quarter and over the year to date: a homebuilder's quarter lost $104 million to an
    # impairment while its six months earned $29 million, and its fall in cash (land bought) had been shown
    # as a burn with 2.3 months of runway (a browser review)
    operations = operations_statement(release)
    results = [value for longest in (False, True)
               if (value := _latest_value(operations, "net_income", balance, longest=longest)) is not None]
    if results:
        return all(value < 0 for value in results)
    return None


def _earned(release: Release, balance: Statement | None) -> tuple[Period, Decimal] | None:
    """The year to date's result where the company earned money from its operations in its latest quarter and
    over the year to date (operating income where printed, and net income): a profitable company whose
    operations used cash put it into inventory and receivables, a season's working capital, and a runway would
    read as a going-concern warning (UI-37: a toy maker earning $19.1 million in its third quarter shown
    "Runway 8.4 months" on its nine months' stock-up). None otherwise: an operating loss turned into a profit
    by a gain below it (a warrant's revaluation) is still a burn. A statement printing no operating result is
    judged by its net income alone."""
    operations = operations_statement(release)
    results = [found for concept in ("operating_income", "net_income") for longest in (False, True)
               if (found := _latest(operations, concept, balance, longest=longest)) is not None]
    if not results or not all(value > 0 for _, value in results):
        return None
    return _latest(operations, "net_income", balance, longest=True)


NOT_BURNING = "The company generates cash from operations or is profitable: a fall in cash is not a burn."


# Lines of securities a company holds as it holds cash ("Investments - debt securities", "Marketable
# securities"), whatever their term: where the cash figure leaves them out, cash moved into them looks burnt.
_SECURITIES = re.compile(r"\b(?:securities|marketable|short[\s-]term\s+investments?|time\s+deposits"
                         r"|certificates\s+of\s+deposit)\b", re.IGNORECASE)


def _uncounted_investments(balance: Statement, counted: tuple[str, ...]) -> str:
    """The first securities line of the sheet that the cash figure does not count, quoted; "" if none."""
    return next((f'"{item.label}"' for item in balance.items
                 if item.kind == "amount" and item.label not in counted and _SECURITIES.search(item.label)), "")


def burn_estimates(release: Release) -> tuple[BurnEstimate, ...]:
    """Every estimate the release supports, in the order the Cash page shows them.

    For a company that is not burning cash (`burns_cash`), no estimate carries a burn or a runway.
    """
    balance = release.statement("balance")
    points = release_cash_points(release)
    cash = points[-1].amount if points else None
    from_cash = burn_from_cash_change(points)
    if from_cash is not None and from_cash.monthly is not None and balance is not None and (
            uncounted := _uncounted_investments(balance, points[-1].lines)):
        # Cash moved into securities the sum leaves out is no cash used: the fall would overstate the burn.
        from_cash = BurnEstimate(from_cash.method, from_cash.basis, None, None,
                                 f"{NOT_ESTIMATED}: the sheet also holds {uncounted}, which the cash figure "
                                 "leaves out, so the fall in cash need not be cash used.")
    if from_cash is not None and from_cash.monthly is not None and len(points) > 1 and (
            owners := owners_apart(points[-2].period, points[-1].period)):
        # The company changed hands between the two sheets: the fall in cash is the buyout's financing, no
        # operations' burn (UI-20: a profitable hospital operator shown 7.1 months of runway)
        from_cash = BurnEstimate(from_cash.method, from_cash.basis, None, None,
                                 f"{NOT_ESTIMATED}: the sheets are the {owners[0]}'s and the {owners[1]}'s, a change "
                                 "of owner between them, so the fall in cash is not a burn.")
    estimates: list[BurnEstimate | None] = [from_cash]
    operations = operations_statement(release)
    if operations is not None:
        estimates.append(burn_from_net_loss(operations, cash, balance))
    cash_flow = release.statement("cash_flow")
    if cash_flow is not None:
        estimates.append(burn_from_operating_cash_flow(cash_flow, cash, balance))
        estimates.append(burn_from_free_cash_flow(cash_flow, cash, balance, release.statements))
    found = tuple(estimate for estimate in estimates if estimate is not None)
    if burns_cash(release) is False:
        # (a quarter's net loss while operations generated cash is no burn either: no runway is drawn for it)
        found = tuple(e if e.monthly is None else replace(e, monthly=None, runway_months=None, note=NOT_BURNING,
                                                          window="", over="") for e in found)
    return found


def no_burn_sentence(release: Release) -> str:
    """Why a company that is not burning cash (`burns_cash` False) gets no burn or runway, said once."""
    if (financial := financial_no_burn(release)) is not None:
        return financial
    balance = release.statement("balance")
    points = release_cash_points(release)
    # what rose or fell, named for what the cash points hold (UI-44: Apple's "cash rose" where its cash and cash
    # equivalents fell from 3,396 to 3,120 and only its cash and short-term investments rose, 4,566 to 4,966)
    what = cash_words(points)
    # (the cash flow's latest column, unless it ends well before the balance sheet: a predecessor's six
    # months of a year before had been said to show operations generating cash, UI-26)
    cash_flow = release.statement("cash_flow")
    if cash_flow is not None and (operating := _latest(cash_flow, "operating_cash_flow", balance)) is not None:
        # the figure and its period said (UI-34: "Operations generated cash" had left a reader to find how much)
        period, generated = operating
        sign = currency_sign(statement_currency(cash_flow))
        span = _stretch(period)
        if generated < 0 and (earned := _earned(release, balance)) is not None:
            profit, used = spelled_money(earned[1], currency=sign), spelled_money(-generated, currency=sign)
            said = (f"In {span} the company earned {profit} and its operations used {used} of cash"
                    if earned[0].key == period.key else
                    f"The company earned {profit} in {_stretch(earned[0])} and its operations used {used} of cash "
                    f"in {span}")
            return (f"{said}: a profitable business's cash tied up in working capital (inventory, receivables), "
                    "not a burn, so no runway is estimated.")
        money = spelled_money(generated, currency=sign)
        return f"Operations generated {money} of cash in {span}{_no_burn_of(release, balance, period, sign)}."
    operations = operations_statement(release)
    quarter = _latest_value(operations, "net_income", balance)
    to_date = _latest_value(operations, "net_income", balance, longest=True)
    # a loss in one of the quarter and the year to date is said as such: a homebuilder's quarter lost money
    # to an impairment in a profitable half; Sears' quarter earned $53 million in a half that lost $806
    # million, and "the period was profitable" had spoken of the half too (round UI-14)
    mixed = quarter is not None and to_date is not None and (quarter < 0) != (to_date < 0)
    profitable = ("The period was profitable" if not mixed else
                  "The year to date was profitable (the latest quarter lost money)" if quarter is not None
                  and quarter < 0 else "The latest quarter was profitable (the year to date lost money)")
    if len(points) > 1:
        # from the date before the latest, as the change in cash is measured (`burn_from_cash_change`): Sears'
        # cash rose from a year before but fell from the year's end (a browser review)
        first, last = points[-2], points[-1]
        since = f"from {period_name(first.period)} to {period_name(last.period)}"
        if last.amount >= first.amount:
            return f"{profitable} and {what} rose {since}, so there is no burn to measure."
        if mixed:
            return f"{profitable}, so no burn or runway is estimated from the fall in {what} {since}."
        return f"{profitable}, so the fall in {what} {since} is not a burn."
    return f"{profitable}, so a fall in {what} is not a burn."


def _stretch(period: Period) -> str:
    """ "the 3 months to Mar 29, 2020", or "the 13 weeks to ..." where the column counts weeks."""
    weeks = weeks_of(period)
    return _window(period) if weeks is None else f"the {weeks} weeks to {day_name(period.end)}"


def _no_burn_of(release: Release, balance: Statement | None, cash_period: Period, sign: str) -> str:
    """What of the period is said to be no burn, after the operating cash flow of `cash_period`: the net loss
    the release shows (its figure and its period) and the fall in cash, or neither (UI-37: "neither a net loss
    nor a fall in cash is a burn" under a profit and a rise in cash). A loss of another period than the cash
    flow's says what that period earned: AZZ's fourth quarter lost $10.6 million in a year that earned $48.2
    million, and "generated $144.8 million ... in the 12 months, so the net loss is not a burn" had set the
    quarter's loss against the year's cash (UI-44)."""
    operations = operations_statement(release)
    found = [f for longest in (False, True) if (f := _latest(operations, "net_income", balance, longest=longest))]
    # the cash flow's own period first, so "those months" follows the months it points back to
    losses = sorted({period.key: (period, value) for period, value in found if value < 0}.values(),
                    key=lambda loss: loss[0].key != cash_period.key)
    points = release_cash_points(release)
    fell = len(points) > 1 and points[-1].amount < points[-2].amount
    what = cash_words(points)
    if not losses:
        # "is not a burn", as the memo's cells say "No burn" (UI-43, UI-44)
        return f", so the fall in {what} is not a burn" if fell else ", so there is no burn to measure"
    named = " and ".join(f"{spelled_money(-value, currency=sign)} in "
                         f"{'those months' if period.key == cash_period.key else _stretch(period)}"
                         for period, value in losses)
    loss = f"net loss{'es' if len(losses) > 1 else ''} of {named}"
    earned = next((value for period, value in found if period.key == cash_period.key and value > 0), None)
    # the cash flow's own period earned money while a shorter one lost it: both said, each with its period
    context = "" if earned is None else f", in which the company earned {spelled_money(earned, currency=sign)}"
    if fell:
        return f"{context}, so neither the {loss} nor the fall in {what} is a burn"
    return f"{context}, so the {loss} {'are' if len(losses) > 1 else 'is'} not a burn"


# The estimates that measure cash used, the one a reader means by "burn" first.
CASH_USED = (OPERATIONS_LESS_CAPITAL, "Operating cash flow per month", "Change in cash and investments")
FROM_CASH_FLOW = CASH_USED[:2]


def cash_burn(release: Release) -> BurnEstimate | None:
    """The burn: cash from operations less capital spending per month where the cash flow prints capital
    spending, else cash used in operations, else the fall in cash and investments; the fall in cash and
    investments between the balance-sheet dates where that is the faster (cash leaving by ways the cash
    flow's operations leave out: Cree's fell $22.1 million a month while its operations used $4.4 million).
    The Overview, Compare and the Cash page all show this one estimate, computed here once.

    None for a company that is not burning cash, and where no cash figure shows a burn (cash rose, or one
    balance date): the net loss per month is then the only estimate, and it is not cash.
    """
    if burns_cash(release) is False:
        return None
    found = {e.method: e for e in burn_estimates(release) if e.monthly is not None}
    flow = next((found[method] for method in FROM_CASH_FLOW if method in found), None)
    fall = found.get(CASH_USED[2])
    if flow is None or flow.monthly is None or (fall is not None and fall.monthly is not None
                                                and fall.monthly > flow.monthly):
        return fall
    return flow


def balance_composition(balance: Statement, period: Period) -> tuple[BalanceSegment, ...]:
    """Assets line by line against liabilities and equity, at one date.

    Asset lines are the lines the printed total adds up, or else the non-total amounts printed above
    `total_assets` where they add up to it; where they do not, the total is one block. Liabilities come from
    `total_liabilities`, or (marked derived) as total liabilities and equity minus equity; anything left
    over (noncontrolling interests, mezzanine equity) shows line by line where the sheet prints lines that
    add up to it, else as "Other", derived.
    """
    column = balance.periods.index(period)
    segments: list[BalanceSegment] = []
    total_assets = balance.item("total_assets")
    if total_assets is not None:
        summed = footing(balance).leaves(total_assets)
        if summed:
            # The lines the printed total adds up, subtotals opened, a netted gross amount kept net: the
            # blocks then stack to exactly the printed total.
            for item in summed:
                value = item.values[column]
                if value is not None and value != 0:
                    segments.append(BalanceSegment("Assets", display_label(balance, item), value))
        else:
            for item in balance.items[: balance.items.index(total_assets)]:
                value = item.values[column]
                if (
                    item.is_total
                    or item.kind != "amount"
                    or value is None
                    or "total_current_assets" in item.concepts
                ):
                    continue
                segments.append(BalanceSegment("Assets", display_label(balance, item), value))
            printed = total_assets.values[column]
            if printed is not None and sum(s.amount for s in segments) != printed:
                # The lines above the total do not add up to it (a bank's loans by type printed above its
                # "Net loans", both untotalled): stacked, they would draw assets the release never printed.
                # The printed total is drawn whole instead.
                segments = [BalanceSegment("Assets", display_label(balance, total_assets), printed)]

    def value_of(concept: str) -> Decimal | None:
        item = balance.item(concept)
        return None if item is None else item.values[column]

    equity = value_of("stockholders_equity")
    liabilities = value_of("total_liabilities")
    total = value_of("total_liabilities_and_equity") or value_of("total_assets")
    derived_liabilities = liabilities is None and total is not None and equity is not None
    if derived_liabilities and total is not None and equity is not None:
        liabilities = total - equity
    if liabilities is not None:
        segments.append(
            BalanceSegment("Liabilities and equity", "Liabilities", liabilities, derived_liabilities)
        )
    if equity is not None:
        segments.append(BalanceSegment("Liabilities and equity", equity_name(balance), equity))
    if total is not None and liabilities is not None and equity is not None and total != liabilities + equity:
        rest = total - liabilities - equity
        named = _beside_equity(balance, column)
        if named and sum(amount for _, amount in named) == rest:
            segments.extend(BalanceSegment("Liabilities and equity", label, amount) for label, amount in named)
        else:
            segments.append(BalanceSegment("Liabilities and equity", "Other", rest, True))
    return tuple(segments)


def _equity_parts(balance: Statement, equity: LineItem, column: int) -> list[LineItem]:
    """The lines the equity total adds up, with the small lines right above them that bring the sum nearer
    the total: footing within rounding leaves out Meridian Crest's common stock ($1 thousand), which is
    no noncontrolling interest."""
    parts = list(footing(balance).leaves(equity, keep_netted=False))
    printed = equity.values[column]
    if not parts or printed is None:
        return parts
    items = list(balance.items)
    at = items.index(parts[0]) - 1  # by value too
    summed = sum((p.values[column] or Decimal(0) for p in parts), Decimal(0))
    while at >= 0:
        above = items[at]
        value = above.values[column]
        if above.is_total or above.kind != "amount" or value is None:
            break
        if abs(summed + value - printed) >= abs(summed - printed):
            break
        parts.insert(0, above)
        summed += value
        at -= 1
    return parts


def _beside_equity(balance: Statement, column: int) -> list[tuple[str, Decimal]]:
    """The printed lines below total liabilities that are neither the stockholders' equity total nor one of
    its parts (noncontrolling interests, redeemable or not; mezzanine equity), by their printed names.

    Where they add up to what liabilities and equity leave over, they are that remainder line by line:
    Meridian Crest's $616.8 million had been one block called "Other (derived)", though the sheet prints
    its redeemable noncontrolling interests and its noncontrolling interests each on a line of their own.
    """
    liabilities, equity, total = (balance.item(c) for c in ("total_liabilities", "stockholders_equity",
                                                            "total_liabilities_and_equity"))
    if liabilities is None or equity is None or total is None:
        return []
    items = list(balance.items)
    start, end = items.index(liabilities) + 1, items.index(total)
    parts = [*_equity_parts(balance, equity, column), equity]  # by value: footing's lines may be an equal copy
    found = []
    for item in items[start:end]:
        value = item.values[column]
        if item.is_total or item.kind != "amount" or item in parts or value is None or value == 0:
            continue
        found.append((display_label(balance, item), value))
    return found


# A company's equity, named as the charts always have; a partnership's or a trust's keeps its own words.
_STOCKHOLDERS = re.compile(r"\b(?:stock|share)holders[\u2019']?\s", re.IGNORECASE)
STOCKHOLDERS_EQUITY = "Stockholders' equity"


def equity_name(balance: Statement) -> str:
    """The equity segment's name: "Stockholders' equity" where the printed total is the stockholders' (or
    shareholders'), else the line as printed. Tollgate Pass's "Total partners' capital" and a release's
    "Total equity" had been drawn as "Stockholders' equity", which a partnership has none of."""
    item = balance.item("stockholders_equity")
    if item is None or _STOCKHOLDERS.search(item.label) or not item.label.strip():
        return STOCKHOLDERS_EQUITY
    return display_label(balance, item)
