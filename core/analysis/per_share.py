"""Per-share results and the EPS bridge: how much of the change came from the result, how much from shares.

EPS = net result / weighted shares, so a change in EPS has two causes. The bridge splits it exactly:

    EPS_now - EPS_then = (result_now - result_then) / shares_then        # the result, at the old count
                       + result_now / shares_now - result_now / shares_then  # the change in share count

The two effects add up to the computed change with no remainder. Printed EPS is rounded to the cent, so the
bridge runs on computed EPS and reports the printed figures beside it, with the rounding difference.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import product

from core.analysis.periods import Window, day_name, owners_apart
from core.analysis.periods import windows as windows_of
from core.analysis.structure import operations_statement
from core.checks.verification import UNCHECKED, FactChecks
from core.formatting import (
    UNIT_WORDS,
    as_a_name,
    is_a_range,
    line_unit,
    per_share_within,
    unit_label,
)
from core.formatting import shares as share_count
from core.model import CheckResult, LineItem, Period, Release, SourceSpan, Statement
from core.vocabulary import apb15_basis, counts_shares_at_a_date

# Prefer diluted figures (what analysts quote); "basic and diluted" lines carry both concepts anyway.
EPS_CHOICES = (("eps_diluted", "shares_diluted"), ("eps_basic", "shares_basic"))
RESULT_CONCEPTS = ("net_income_to_common", "net_income")


@dataclass(frozen=True, slots=True)
class EquityWords:
    """What the release calls a piece of its equity, one and many: a partnership's "unit" and "units"."""

    one: str
    many: str

    @property
    def result(self) -> str:
        """The result per piece, named as a reader of the release would: "EPS" for shares, "Result per unit"
        for a partnership (the Per share page's "EPS bridge" had stood over Tollgate Pass's units)."""
        return "EPS" if self.one == "share" else f"Result per {self.one}"


SHARES = EquityWords("share", "shares")
UNITS = EquityWords("unit", "units")
# "Net income per common unit", "Weighted average limited partner units outstanding": a partnership counts
# units; "per unit" beside "shares" anywhere (a trust's "per share/unit") keeps shares.
_UNIT = re.compile(r"\bunits?\b", re.IGNORECASE)
_SHARE = re.compile(r"\bshares?\b", re.IGNORECASE)


def equity_words(statement: Statement | None) -> EquityWords:
    """Units where the statement's per-share and share-count lines (labels and headings) name units and
    never shares: Redhollow's "per common unit" and "Weighted average common units outstanding" had been
    labelled "per share" and "shares" on every page."""
    if statement is None:
        return SHARES
    words = " ".join(f"{item.section} {item.label}" for item in statement.items
                     if item.kind in ("per_share", "shares"))
    return UNITS if _UNIT.search(words) and not _SHARE.search(words) else SHARES


def equity_words_of(releases: Iterable[Release]) -> EquityWords:
    """The words for several companies side by side: shares, units, or "shares or units" where they differ."""
    found = {equity_words(operations_statement(release)) for release in releases}
    if len(found) == 1:
        return found.pop()
    return EquityWords(f"{SHARES.one} or {UNITS.one}", f"{SHARES.many} or {UNITS.many}") if found else SHARES


def shares_outstanding(release: Release) -> tuple[tuple[Period, Decimal], ...]:
    """The count of shares outstanding each balance sheet prints at its dates ("Common shares outstanding
    8,609,308 / 1,977,152", GeoVax), latest first: a count on a day, never the weighted average over a period
    that EPS divides by."""
    found: dict[Period, Decimal] = {}
    for statement in release.statements:
        if statement.kind != "balance":
            continue
        for item in statement.items:
            if item.kind != "shares" or item.concept is not None or not counts_shares_at_a_date(item.label):
                continue
            for period, value in zip(statement.periods, item.values, strict=False):
                if value is not None and value > 0 and period.months is None:
                    found.setdefault(period, value)
    return tuple(sorted(found.items(), key=lambda pair: pair[0].end, reverse=True))


def no_weighted_counts(release: Release, words: EquityWords = SHARES) -> str:
    """What the Per share page says where the release prints no weighted-average count: that, and the counts
    outstanding its balance sheet does print, named as counts at those dates and not as EPS's denominator.
    GeoVax's page had said "The release prints no weighted share counts" over a caution "(the release prints no
    share count ...)", while its balance sheet prints "Common shares outstanding 8,609,308 / 1,977,152" (UI-49)."""
    lead = f"The release prints no weighted-average {words.one} counts, the counts EPS divides by."
    counts = shares_outstanding(release)
    if not counts:
        return lead
    said = " and ".join(f"{share_count(value)} at {day_name(period.end)}" for period, value in counts)
    return (f"{lead} Its balance sheet prints the {words.many} outstanding at its dates ({said}): counts on "
            f"those days, not averages over the periods, so they are not the {words.one} counts behind EPS.")


@dataclass(frozen=True, slots=True)
class EpsNames:
    """What the release calls its two EPS figures: "Basic" and "Diluted", or APB 15's "Primary" and "Fully
    diluted" in a release before 1997, with what those words mean (`note`, "" for today's words)."""

    basic: str = "Basic"
    diluted: str = "Diluted"
    note: str = ""


BASIC_AND_DILUTED = EpsNames()
PRIMARY_AND_FULLY_DILUTED = EpsNames(
    "Primary", "Fully diluted",
    "Primary and fully diluted are the names earnings per share had before 1997 (APB Opinion 15): primary divides "
    "by the common shares and their equivalents (options and warrants that would dilute), fully diluted by those and "
    "every other security that would dilute, such as convertible debt. Today's basic and diluted replaced them.")


def eps_names(statement: Statement | None) -> EpsNames:
    """The release's own names for its two EPS lines: primary and fully diluted where its lines say so (the facts
    keep eps_basic and eps_diluted, the contract's names). UI-56: a 1997 railroad's "Primary $0.52" and "Fully
    diluted $0.52" had been headed "Basic EPS" and "Diluted EPS", its card "EPS, diluted"."""
    if statement is None:
        return BASIC_AND_DILUTED
    basic, diluted = statement.item("eps_basic"), statement.item("eps_diluted")
    if basic is None or diluted is None or basic is diluted:
        return BASIC_AND_DILUTED
    if apb15_basis(basic.label) == "primary" and apb15_basis(diluted.label) == "fully diluted":
        return PRIMARY_AND_FULLY_DILUTED
    return BASIC_AND_DILUTED


@dataclass(frozen=True, slots=True)
class PerSharePoint:
    """Printed EPS and weighted shares for one period."""

    period: Period
    eps: Decimal | None
    shares: Decimal | None
    # The lines they were printed on, so a chart can say where each bar came from (and whether a check
    # vouches for it).
    eps_span: SourceSpan | None = None
    shares_span: SourceSpan | None = None
    # "diluted" or "basic": which the release's lines are (diluted where it prints both).
    eps_basis: str = ""
    shares_basis: str = ""


@dataclass(frozen=True, slots=True)
class EpsBridge:
    window: Window
    eps_concept: str
    result_then: Decimal
    result_now: Decimal
    shares_then: Decimal
    shares_now: Decimal
    reported_then: Decimal | None
    reported_now: Decimal | None
    # The value of the last digit the net result and the share counts are printed to (Apple's $61 million: a
    # million; its 363,777 thousand shares: a thousand); None where known exactly. Each figure of the bridge is
    # known only within what that rounding allows (`bounds`).
    result_unit: Decimal | None = None
    shares_unit: Decimal | None = None

    @property
    def eps_then(self) -> Decimal:
        return self.result_then / self.shares_then

    @property
    def eps_now(self) -> Decimal:
        return self.result_now / self.shares_now

    @property
    def result_effect(self) -> Decimal:
        """The change in EPS had the share count stayed where it was."""
        return (self.result_now - self.result_then) / self.shares_then

    @property
    def share_effect(self) -> Decimal:
        """The change in EPS from spreading the new result over the new share count (dilution)."""
        return self.result_now / self.shares_now - self.result_now / self.shares_then

    @property
    def rounding(self) -> Decimal | None:
        """Printed change minus computed change: the cost of printing EPS to the cent."""
        if self.reported_now is None or self.reported_then is None:
            return None
        return (self.reported_now - self.reported_then) - (self.eps_now - self.eps_then)

    def bounds(self, figure: str) -> tuple[Decimal, Decimal]:
        """The least and most `figure` ("eps_then", "eps_now", "result_effect", "share_effect", "rounding") can be
        where the net results and share counts it is computed from lie anywhere within half their printed unit:
        each is monotonic in every input, so its ends are among the corners. UI-59: Apple's net result effect,
        ($61M - $19M) / 363,777 thousand shares, is $0.1127 to $0.1182, shown as "$0.115" and its EPS as "$0.0522"."""
        exact = getattr(self, figure)
        assert exact is not None
        result_half = (self.result_unit or Decimal(0)) / 2
        shares_half = (self.shares_unit or Decimal(0)) / 2
        found = [exact]
        for result_then, result_now, shares_then, shares_now in product(
                (self.result_then - result_half, self.result_then + result_half),
                (self.result_now - result_half, self.result_now + result_half),
                (self.shares_then - shares_half, self.shares_then + shares_half),
                (self.shares_now - shares_half, self.shares_now + shares_half)):
            if shares_then <= 0 or shares_now <= 0:
                continue
            corner = replace(self, result_then=result_then, result_now=result_now, shares_then=shares_then,
                             shares_now=shares_now)
            found.append(getattr(corner, figure))
        return min(found), max(found)

    def said(self, figure: str, most: int, currency: str = "$") -> str:
        """`figure` to no more places than its bounds allow, `most` at most, or the range they span where it crosses
        a cent (`formatting.per_share_within`)."""
        return per_share_within(getattr(self, figure), *self.bounds(figure), most=most, currency=currency)

    def spans_a_cent(self, figures: Iterable[tuple[str, int]]) -> bool:
        """Whether any of `figures` (each with the most places it is said to) is said as a range (`said`), so a
        note says why."""
        return any(is_a_range(*self.bounds(figure), most) for figure, most in figures
                   if getattr(self, figure) is not None)

    def range_note(self, words: EquityWords, currency: str = "$") -> str:
        """Why a figure of the bridge is a range: what the release rounds the net result and the counts to (Apple:
        "$ millions" and "the thousand")."""
        def rounded(unit: Decimal, named: dict[int, str], sign: str) -> str:
            if unit == unit.to_integral_value() and int(unit) in named and int(unit) > 1:
                return named[int(unit)]
            return f"the nearest {sign}{unit.normalize():,f}"

        money = {scale: unit_label(scale, currency=currency) for scale in UNIT_WORDS}
        result = ("" if not self.result_unit else
                  f" the net result rounded to {rounded(self.result_unit, money, currency)}")
        counts = ("" if not self.shares_unit or self.shares_unit == 1 else
                  f"{' and' if result else ''} the {words.many} to "
                  f"{rounded(self.shares_unit, {1_000: 'the thousand', 1_000_000: 'the million'}, '')}")
        return (f"A range where a figure spans a cent: the release prints{result}{counts}, so the figures per "
                f"{words.one} computed from them are known only within that rounding.")


# The bridge's figures as the Per share page says them, each with the most places it is said to: the effects to three
# (its cards and bars), the computed EPS and the rounding to four (its caption).
BRIDGE_FIGURES = (("result_effect", 3), ("share_effect", 3), ("eps_then", 4), ("eps_now", 4), ("rounding", 4))


def _value(statement: Statement, concept: str, period: Period) -> Decimal | None:
    return statement.value(concept, period)


def eps_concepts(statement: Statement) -> tuple[str, str] | None:
    """The (EPS, shares) concept pair the statement prints, diluted first."""
    for eps, shares in EPS_CHOICES:
        if statement.item(eps) is not None:
            return eps, shares
    return None


def _span(statement: Statement, concept: str) -> SourceSpan | None:
    item = statement.item(concept)
    return None if item is None else item.span


def _basis(statement: Statement, concept: str) -> str:
    """Which the line is, as its label says: one line may serve as both ("Basic and diluted net loss"). A line
    serving as both whose words name neither is said as neither: Southern's "Average Shares Outstanding" had been
    titled "(basic and diluted)" beside its "Basic Earnings Per Share" chart's "(basic)" (UI-50)."""
    item = statement.item(concept)
    kind, family = concept.rsplit("_", 1)
    if item is not None and {f"{kind}_basic", f"{kind}_diluted"} <= set(item.concepts):
        words = f"{item.section or ''} {item.label}".lower()
        said = [basis for basis in ("basic", "diluted") if re.search(rf"\b{basis}\b", words)]
        return " and ".join(said) if said else ""
    if item is not None and eps_names(statement) is PRIMARY_AND_FULLY_DILUTED:
        # APB 15's words as printed: "fully diluted" EPS; a count of "common and common equivalent shares" names
        # neither basis, and is said as neither (UI-56)
        return apb15_basis(item.label)
    return family


def count_heads(statement: Statement, words: EquityWords = SHARES) -> tuple[str, str]:
    """The Per share table's heads for the basic and the diluted count: "Basic shares" and "Diluted shares", or
    under APB 15's primary and fully diluted EPS each count's own label ("Average common and common equivalent
    shares"), which names neither basis (UI-56: a 1997 railroad's one count had stood under "Diluted shares")."""
    names = eps_names(statement)
    if names is BASIC_AND_DILUTED:
        return f"Basic {words.many}", f"Diluted {words.many}"
    heads = []
    for concept, said in (("shares_basic", names.basic), ("shares_diluted", names.diluted)):
        item = statement.item(concept)
        heads.append(as_a_name(item.label) if item is not None else f"{said} {words.many}")
    return heads[0], heads[1]


def per_share_points(statement: Statement) -> tuple[PerSharePoint, ...]:
    """EPS and weighted shares for every printed duration column, in printed order."""
    pair = eps_concepts(statement)
    if pair is None:
        return ()
    eps, shares = pair
    shares_line = shares if statement.item(shares) is not None else "shares_basic"
    return tuple(
        PerSharePoint(period, _value(statement, eps, period), _value(statement, shares_line, period),
                      _span(statement, eps), _span(statement, shares_line), _basis(statement, eps),
                      _basis(statement, shares_line))
        for period in statement.periods
        if period.months is not None
    )


@dataclass(frozen=True, slots=True)
class Dilution:
    """Basic beside diluted for one period: what dilution adds to the share count and takes off the result
    per share."""

    period: Period
    eps_basic: Decimal | None
    eps_diluted: Decimal | None
    shares_basic: Decimal | None
    shares_diluted: Decimal | None
    # What the checks say of each of the four figures, in the order above (`fact_status.concept_checks`); none
    # spoke of them where the page gave no release
    checks: tuple[FactChecks, ...] = (UNCHECKED, UNCHECKED, UNCHECKED, UNCHECKED)

    def status(self, index: int) -> str:
        """"failed" where a failed check blames the figure at `index` (in the order of the fields), else ""."""
        return "failed" if self.checks[index].status == "failed" else ""

    @property
    def added_status(self) -> str:
        """The shares dilution adds are worked out from both counts: blamed where either is."""
        return self.status(2) or self.status(3)

    @property
    def doubts(self) -> tuple[CheckResult, ...]:
        """The failed checks that blame any figure of the row."""
        return tuple(check for index, found in enumerate(self.checks) if self.status(index)
                     for check in (*found.failed, *found.broken))

    @property
    def added_shares(self) -> Decimal | None:
        """The shares dilution adds (options, convertibles), where both counts are printed."""
        if self.shares_basic is None or self.shares_diluted is None:
            return None
        return self.shares_diluted - self.shares_basic

    @property
    def added_percent(self) -> Decimal | None:
        added = self.added_shares
        return None if added is None or not self.shares_basic else added / self.shares_basic * 100


def dilution(statement: Statement, checks: Callable[[str, Period], FactChecks] | None = None
             ) -> tuple[Dilution, ...]:
    """Basic and diluted figures side by side for every printed duration column; () where the release prints
    no separate basic and diluted lines (one "basic and diluted" line, or only one of them). The page shows
    one of each in its charts (diluted where both are printed): a reader could not see what dilution did
    (UI-32: Corvane's $1.41 and $1.40, 84.2 and 85.0 million shares, showed only the diluted). `checks`, where
    given (`fact_status.concept_checks`), says what the checks say of each figure, so a blamed one is marked."""
    lines = {concept: statement.item(concept) for concept in ("eps_basic", "eps_diluted", "shares_basic",
                                                              "shares_diluted")}
    if not any(lines[basic] is not None and lines[diluted] is not None and lines[basic] is not lines[diluted]
               for basic, diluted in (("eps_basic", "eps_diluted"), ("shares_basic", "shares_diluted"))):
        return ()
    # earliest first within each length, as the charts over it run
    rows = tuple(
        Dilution(period, _value(statement, "eps_basic", period), _value(statement, "eps_diluted", period),
                 _value(statement, "shares_basic", period), _value(statement, "shares_diluted", period),
                 checks=tuple(UNCHECKED if checks is None else checks(concept, period) for concept in lines))
        for period in sorted((p for p in statement.periods if p.months is not None), key=lambda p: (p.months, p.end))
    )
    return tuple(row for row in rows if any(v is not None for v in (row.eps_basic, row.eps_diluted,
                                                                    row.shares_basic, row.shares_diluted)))


def eps_bridge(statement: Statement, window: Window) -> EpsBridge | None:
    """The bridge for one window, or None when a result or share count is missing (or zero shares), or a
    change of owner stands between the two periods (`owners_apart`: a fresh start's share count is no
    buyback)."""
    pair = eps_concepts(statement)
    if pair is None or window.prior is None or owners_apart(window.prior, window.current) is not None:
        return None
    eps, shares = pair
    result = next((c for c in RESULT_CONCEPTS if statement.item(c) is not None), None)
    if result is None:
        return None
    shares_line = shares if statement.item(shares) is not None else "shares_basic"
    now, then = window.current, window.prior
    values = (
        _value(statement, result, then),
        _value(statement, result, now),
        _value(statement, shares_line, then),
        _value(statement, shares_line, now),
    )
    result_then, result_now, shares_then, shares_now = values
    if result_then is None or result_now is None or not shares_then or not shares_now:
        return None
    count = statement.item(shares_line)
    return EpsBridge(
        window=window,
        eps_concept=eps,
        result_then=result_then,
        result_now=result_now,
        shares_then=shares_then,
        shares_now=shares_now,
        reported_then=_value(statement, eps, then),
        reported_now=_value(statement, eps, now),
        result_unit=statement.printed_unit(),
        shares_unit=None if count is None else count_unit(statement, count),
    )


def count_unit(statement: Statement, item: LineItem) -> Decimal:
    """The value of the last digit a share count line prints: the statement's share scale, or less where a
    count shows decimals ("216.5" in millions: a hundred thousand). Apple's "375,023" in thousands: 1,000."""
    return line_unit(item.values, statement.share_scale)


def no_bridge(statement: Statement, words: EquityWords = SHARES) -> str:
    """The one line the Per share page says where no window has a bridge, with the reason true for the release:
    no year-earlier period, no net result, or no weighted counts to divide it by. UI-56: ManTech's page had
    given a heading, a paragraph on how the bridge works and a note, three lines, to say it could not draw one."""
    lead = f"No {words.result} bridge: "
    compared = [w for w in windows_of(statement) if w.prior is not None]
    if not compared:
        return lead + "the release prints no year-earlier period to set its result against."
    if not any(statement.item(concept) is not None for concept in RESULT_CONCEPTS):
        return lead + f"the release prints no net result beside its result per {words.one}."
    pair = eps_concepts(statement)
    counted = pair is not None and any(
        statement.value(shares, period) for shares in (pair[1], "shares_basic") for w in compared
        for period in (w.current, w.prior) if period is not None)
    if not counted:
        return lead + (f"the release prints no weighted-average {words.one} counts, and the bridge divides the net "
                       f"result by them.")
    return lead + f"no period prints both its net result and its weighted {words.many} beside a year earlier's."


def dilution_switched(statement: Statement, bridge: EpsBridge, words: EquityWords = SHARES) -> str:
    """ "The year-earlier period is a loss ..." where a diluted bridge runs between a loss and a profit, else
    "": a loss's diluted count is its basic one (dilution would lessen the loss per share), a profit's counts
    the dilution, so part of the share count's effect is that switch and no change in the shares out (UI-28:
    Kestrel's diluted 46.9M -> 50.9M, an effect of ($0.010), while its basic shares rose 46.9M -> 48.2M).
    The basic counts, where printed, say what the shares out did."""
    if not bridge.eps_concept.endswith("_diluted") or (bridge.result_then < 0) == (bridge.result_now < 0):
        return ""
    assert bridge.window.prior is not None
    # Only where the release prints two counts that differ in the profit's period: one count for both (Sears'
    # "Average common equivalent shares outstanding") switches nothing, and the bridge had said it did (UI-44).
    profit = bridge.window.current if bridge.result_now >= 0 else bridge.window.prior
    basic_line, diluted_line = statement.item("shares_basic"), statement.item("shares_diluted")
    if basic_line is None or diluted_line is None or basic_line is diluted_line:
        return ""
    if statement.value("shares_basic", profit) == statement.value("shares_diluted", profit):
        return ""
    loss = "this period" if bridge.result_now < 0 else "the year-earlier period"
    said = (f"{loss[0].upper()}{loss[1:]} is a loss, the other a profit: a loss's diluted {words.many} are its "
            f"basic ones (dilution would lessen the loss per {words.one}), a profit's count the dilution, so part "
            f"of the effect of the {words.one} count is that switch")
    basic = statement.item("shares_basic")
    then = statement.value("shares_basic", bridge.window.prior)
    now = statement.value("shares_basic", bridge.window.current)
    if basic is None or "shares_diluted" in basic.concepts or then is None or now is None:
        return f"{said}."  # (one line for both counts says nothing the diluted one does not)
    return f"{said}. The basic {words.many} went from {share_count(then)} to {share_count(now)}."
