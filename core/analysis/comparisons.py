"""Line-by-line change between a period and the same period a year earlier, with the sign read right.

Facts carry the statement's meaning (expenses positive, a loss negative), so "change" is always
current minus prior. Whether that change is good depends on the line: a net loss going from -11,771 to
-7,151 is +4,620 and an improvement; an expense going up is not. Percentages are taken against the size of
the prior figure, so a smaller loss reads as a positive percentage too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from core.analysis.currency import money_words
from core.analysis.finer import finer_range
from core.analysis.periods import Window
from core.analysis.structure import display_label
from core.formatting import (
    NIL_BOTH_YEARS,
    NOT_MEASURED,
    NOTHING_KNOWN,
    WHOLE_MARK,
    KnownPair,
    card_money,
    change_percent,
    change_percent_said,
    change_places,
    loss_change,
    percent,
    range_note,
    too_coarse_for_percent,
    whole_note,
)
from core.model import LineItem, Period, ProseFigure, Statement
from core.statements.result_signs import subtracted_lines
from core.statements.signs import printed_against_stored, shown_against_its_concept
from core.vocabulary import INCOME_ONLY_WORDS, LOSS_RESULT_WORDS, LOSS_WORDS

Direction = Literal["higher_is_better", "lower_is_better", "neutral"]

# Results: more is better. Income lines may be negative (a loss), and then "more" means a smaller loss.
HIGHER_IS_BETTER = frozenset(
    {
        "revenue",
        "gross_profit",
        "operating_income",
        "nonoperating_income",
        "income_before_taxes",
        "net_income",
        "net_income_to_common",
        "eps_basic",
        "eps_diluted",
        "cash_and_equivalents",
        "short_term_investments",
        "cash_and_investments",
        "total_current_assets",
        "total_assets",
        "stockholders_equity",
        "operating_cash_flow",
    }
)
# Costs: less is better. `income_tax` too (a tax benefit is negative, and welcome).
LOWER_IS_BETTER = frozenset(
    {
        "cost_of_revenue",
        "research_and_development",
        "selling_general_administrative",
        "restructuring",
        "total_operating_expenses",
        "income_tax",
        "total_current_liabilities",
        "total_liabilities",
    }
)
# The results a card or a table may show as a loss both years, its change said as a smaller or larger loss
# (`formatting.loss_change`), as any line whose words name a loss (`vocabulary.LOSS_WORDS`).
RESULTS = frozenset({"operating_income", "net_income", "net_income_to_common", "income_before_taxes"})
# The rule a change table states under it (UI-46): one for every line in parentheses both years, a deduction's
# size or a negative income's signed figures (UI-48).
CHANGE_RULE = ("Change is this year less the year earlier, except on a line in parentheses both years (or one year, "
               "beside a nil) that names a cost, expense, loss, charge or tax taken off: there it is the change in "
               "the figure inside them, so more taken off is a rise, (5) after (4) being 1 and +25%. An income or "
               "gain in parentheses that the statement adds is a negative one and changes as printed, (15) after "
               "(10) being (5) and -50%. A result changes as a result: a smaller loss is a rise, as on the Overview.")
# Section headings that mark the lines under them as costs when the line itself has no concept
# ("Clinical manufacturing" under "Operating expenses").
COST_SECTION_WORDS = ("expense", "cost")


def finer_pair(known: KnownPair) -> str:
    """The narrative's finer figures a change is worked out on, in words ("$204.5M and $125.0M"); "" where the
    change is the table's own (no finer figure stated for both years)."""
    current, prior = known
    if current is None or prior is None:
        return ""
    step = current[1] - current[0]  # twice the tolerance: the value of the sentence's last digit
    return " and ".join(card_money((low + high) / 2, unit=step) for low, high in (current, prior))


# The mark of a change worked out on the narrative's finer figures, said once under the table (`finer_note`)
FINER_MARK = "\u2021"  # ‡


def finer_note(changes: Iterable[Change], name: Callable[[str], str] = str) -> str:
    """The caption line under a table whose Change % cells carry `FINER_MARK`: which figures of the text each
    marked change is worked out on ("‡ Worked out on the text's finer figures: Net income as reported (See
    Note), $204.5M and $125.0M."); "" where no cell is marked. `name` writes a line's label as the table does."""
    said = [f"{name(change.label)}, {pair}" for change in changes
            if change.percent_said() and (pair := finer_pair(change.known))]
    return f"{FINER_MARK} Worked out on the text's finer figures: {'; '.join(said)}." if said else ""


# Why a change is "n/m" (`Change.not_meaningful`), in the words its table's legend says them (`not_meaningful_note`)
CROSSED_ZERO = "the figure crossed zero, a gain or income one year and a cost or loss the other"
NIL_BEFORE = "it was nil a year earlier"
NO_FIGURE = "one year prints no figure"
ONE_DIGIT = "the year-earlier figure is printed as a single digit, too coarse for a percent"


def not_meaningful_note(changes: Iterable[Change], name: Callable[[str], str] = str) -> str:
    """The legend line of "n/m" under a change table, naming each line so marked and why, one rule for every page
    (UI-59: Timberland's "Loss (gain) on disposition ..." had read "n/m" on Periods and a blank on Expenses):
    "n/m (not meaningful): no percent measures the change where the figure crossed zero, ... (Loss (gain) on ...)."
    `name` writes a line's label as the table does; "" where no line is "n/m"."""
    said: dict[str, list[str]] = {}
    for change in changes:
        if (why := change.not_meaningful) is not None and change.percent_said().startswith("n/m"):
            said.setdefault(why, []).append(name(change.label))
    if not said:
        return ""
    parts = [f"{why} ({'; '.join(names)})" for why, names in said.items()]
    return f"n/m (not meaningful): no percent measures the change where {'; or where '.join(parts)}."


def change_notes(changes: Sequence[Change], percents: Sequence[str], unit: Decimal | None, currency: str = "$",
                 name: Callable[[str], str] = str) -> str:
    """The legend under a table of changes, the same on every page (UI-59): why a percent is a range of them
    (`formatting.range_note`), why one is whole (`WHOLE_MARK`, `whole_note`), why one is "n/m"
    (`not_meaningful_note`), and the finer figures a change is worked out on (`FINER_MARK`, `finer_note`).
    `percents`: the table's Change % cells as shown."""
    notes = (range_note(percents, unit, currency), whole_note(percents, unit, currency),
             not_meaningful_note(changes, name), finer_note(changes, name))
    return " ".join(note for note in notes if note)


@dataclass(frozen=True, slots=True)
class Change:
    """One line compared across two periods. `percent` is None where the prior figure is zero or missing."""

    label: str
    concept: str | None
    kind: str
    current: Decimal | None
    prior: Decimal | None
    direction: Direction
    # The value of the last digit the figures were printed to (`Statement.printed_unit`), which bounds the
    # places the percent change is said to (`formatting.change_places`); None: known exactly.
    unit: Decimal | None = None
    # Whether the statement's arithmetic takes the line off its figures as shown here (`compare`, from the result
    # chain: `result_signs.subtracted_lines`): an income printed in parentheses as a negative deduction.
    taken_off: bool = False
    # The percent change the release prints for the line between the two periods (`LineItem.changes`), as
    # printed; said where the figures' rounding leaves the change open and it agrees with them
    # (`formatting.change_percent`). None where the release prints none.
    printed: Decimal | None = None
    # The ranges the narrative's finer figures bound the two figures to (`finer.finer_range`: Southern's "$204.5
    # million" against "$125.0 million" beside 204 and 125 in millions), its percent said from them as the
    # Overview's card says it (UI-50); the rounding's where none is stated.
    known: KnownPair = NOTHING_KNOWN

    @property
    def change(self) -> Decimal | None:
        if self.current is None or self.prior is None:
            return None
        return self.current - self.prior

    @property
    def percent(self) -> Decimal | None:
        """Change as a percentage of the prior figure's size (a loss cut from 11,771 to 7,151 is +39.2%).
        None where the figure changed sign: a loss turned into a profit has no meaningful percent change
        (ServiceNow's "+3,221.7%"), as the Overview's cards already said."""
        change = self.change
        if change is None or self.prior is None or self.prior == 0 or self.current is None:
            return None
        if (self.prior < 0) != (self.current < 0) and self.current != 0:
            return None
        return change / abs(self.prior) * 100

    @property
    def percent_places(self) -> int:
        """The places this line's percent change is known to (`formatting.change_places`): one, or none where
        the figures' rounding allows no tenth; one for a figure that is no amount or is missing."""
        prior, current = self.prior, self.current
        if self.kind != "amount" or prior is None or current is None:
            return 1
        return change_places(current, prior, self.unit)

    @property
    def percent_words(self) -> str:
        """`percent_said` to the line's own places, marked `FINER_MARK` where it is worked out on the narrative's
        finer figures (UI-51: Southern's "+63.6%" beside 204 and 125, whose ratio is 63.2%, had not said why); the
        table's caption says the figures once (`finer_note`): in the cell they had widened the Change % column past
        the page's 1,400 px."""
        said = self.percent_said()
        if said and finer_pair(self.known):
            return f"{said} {FINER_MARK}"
        # a whole percent among tenths, marked and said why under the table (`whole_note`; UI-59: the sample's
        # "-60%" had stood among one-decimal changes with no word)
        return f"{said} {WHOLE_MARK}" if self.said_whole else said

    @property
    def said_whole(self) -> bool:
        """Whether `percent_said` gives a whole percent because the figures' rounding allows no tenth, though
        every pair of figures rounding to those printed rounds to that whole percent (`change_percent_said`
        "whole": the sample's interest income of 111 against 277 thousand, -59.9%, is "-60%")."""
        prior, current = self.prior, self.current
        if self.kind != "amount" or prior is None or current is None or self.percent is None:
            return False
        return change_percent_said(current, prior, self.unit, printed=self.printed, turned=self.deducted_cost,
                                   known=self.known)[1] == "whole"

    @property
    def not_meaningful(self) -> str | None:
        """Why no percent measures this change, where `percent_said` says "n/m": the figure crossed zero (a gain
        one year, a loss the other: Timberland's "Loss (gain) on disposition of premises and equipment, net", (3)
        against 8), it was nil a year earlier, or one year prints no figure. None where a percent is said (a
        line nil both years is "both nil")."""
        prior, current = self.prior, self.current
        if current is None or prior is None:
            return NO_FIGURE
        if (prior == 0 and current == 0) or self.percent is not None:
            return ONE_DIGIT if self.too_coarse else None
        return NIL_BEFORE if prior == 0 else CROSSED_ZERO

    @property
    def too_coarse(self) -> bool:
        """Whether an amount's change has no percent because its year-earlier figure is printed as a single digit
        (`formatting.too_coarse_for_percent`; UI-60: Cree's 0.2 against 0.1 had read "0.0 to +400.0%"), unless it
        is nil now (all of itself gone) or unchanged, or the narrative states it finer."""
        prior, current = self.prior, self.current
        return (self.kind == "amount" and prior is not None and current is not None and current not in (0, prior)
                and too_coarse_for_percent(prior, self.unit, self.known[1]))

    def percent_said(self, places: int | None = None) -> str:
        """The percent change as the pages say it: a result or a line named a loss, a loss both years (an
        amount), has its change said as a smaller or larger loss, as the Overview's cards say it (UI-42: Cree's
        "Operating (loss) income" from (11.1) to (49.8) had read "-348.6%" on the Periods page, "-348.6% (larger
        loss)" on the Overview). A line printed against its concept ("Net loss  5,000") counts as its result. A line
        in parentheses both years, or beside a nil, that is no result (`deducted_cost`) is said by the rule's sign, the
        size's change, with "(larger loss)" or "(smaller loss)" after it where its words name a loss. `places`,
        where given, is the places to say it to; else it is said as the figures' rounding vouches for
        (`formatting.change_percent`): a tenth, the release's own printed percent, a whole percent or the whole
        percents the rounding spans ("+9% to +12%")."""
        change, prior, current = self.change, self.prior, self.current
        if prior == 0 and current == 0:
            # nil both years, as a figure printed alike both years is "unchanged": Southern's "Contract
            # Termination", "-" and "-" (src line 281), had read "n/m" as if a change could not be measured (UI-54)
            return NIL_BOTH_YEARS
        rate = self.percent
        if rate is not None and self.deducted_cost:
            rate = -rate  # the size's own change: (655) against (484) is 35% more taken off
        if places is None and rate is not None and self.too_coarse:
            return NOT_MEASURED  # said why under the table (`not_meaningful`), no "(smaller loss)" after it
        if places is not None or rate is None or self.kind != "amount" or prior is None or current is None:
            moved = percent(rate, decimals=self.percent_places if places is None else places)
        else:
            moved = change_percent(current, prior, self.unit, printed=self.printed, turned=self.deducted_cost,
                                   known=self.known)
        if self.deducted_cost:
            # a cost or loss taken off: the rule's sign is its size's change, +619% where (155.7) follows (21.7);
            # a loss says which way it went, as a result does (UI-53: Capstead's two growing losses had read
            # "+619.1%" and, after "-", "(67.8)", nothing telling the reader both grew). A cost's sign says it
            # alone, as the rule under the table does: "(lower cost)" on every cost had widened Southern's Change %
            # column past the page at 1,400 px
            return loss_change(moved, not (self.change_said or 0) > 0) if (
                LOSS_WORDS.search(self.label) and self.change_said) else moved
        if self.kind != "amount" or change is None or not change or prior is None or current is None:
            return moved
        result = self.concept in RESULTS
        if not result and not LOSS_WORDS.search(self.label):
            return moved
        sign = -1 if result and self.direction == "lower_is_better" else 1  # a loss printed as a positive figure
        if sign * prior >= 0 or sign * current >= 0:
            return moved
        return loss_change(moved, sign * change > 0)

    @property
    def change_said(self) -> Decimal | None:
        """The change as a page says it beside `percent_words`: a cost printed as a deduction both years changes
        as the cost itself, +171 where (655) follows (484), as its percent does. A table had printed ManTech's
        interest expense "(0.171)" beside "+35%", and opposite signs in one row read as an error (UI-45)."""
        change = self.change
        return -change if change is not None and self.deducted_cost else change

    @property
    def deducted_cost(self) -> bool:
        """Whether the line is printed in parentheses both years, or in one year beside a nil (UI-53: Capstead's
        "Loss on sale of investments" (67,820) after "-"), and is no result: a cost, a loss or an expense
        taken off ("Interest expense  (655)  (484)", "Equity in (losses) of subsidiaries  (1)  (12)"). Its change
        is said as the figure in the parentheses changed, its size: a larger one a rise, as a
        cost printed plain and the Expenses page's bars say it (`CHANGE_RULE`). UI-44 had read ManTech's interest
        expense as the cost it names, but its "Equity in (losses)" (1) after (12) kept the signed change, "+92%
        (smaller loss)" beside "Other (expense), net" (22) after (42) at "-48%": two shrinking deductions, two
        signs in one table (UI-46). A result (operating, pre-tax, net, or a line whose words open with its loss,
        `vocabulary.LOSS_RESULT_WORDS`: Cree's "Net loss") changes as a result, a smaller loss a rise, as the
        Overview's cards say it. A line whose words name an income or a gain and nothing taken off
        (`vocabulary.INCOME_ONLY_WORDS`) is a negative income, no deduction: Southern's "Other Income, net" (15)
        after (10) changes by (5), -50%, as its release's own change column prints it, where the size's rule had
        read "5", "+50%" (UI-48). Unless the statement's arithmetic takes it off (`taken_off`): Tupperware's
        "Other income" (2.1) after (3.3), subtracted from its operating result, is an income printed as a negative
        deduction, 2.1 of income after 3.3, and falls as its size does."""
        return (self.kind == "amount" and self.concept not in RESULTS and not LOSS_RESULT_WORDS.match(self.label)
                and (self.taken_off or not INCOME_ONLY_WORDS.search(self.label))
                and self.current is not None and self.prior is not None
                and self.current <= 0 and self.prior <= 0 and (self.current < 0 or self.prior < 0))

    @property
    def favourable(self) -> bool | None:
        """True when the change is an improvement, False when it is not, None for no change or no view."""
        change = self.change
        if change is None or change == 0 or self.direction == "neutral":
            return None
        return (change > 0) == (self.direction == "higher_is_better")


def direction(item: LineItem) -> Direction:
    """Whether a rise in this line is good news, read from its concept, else from its section heading."""
    for concept in item.concepts:
        if concept in HIGHER_IS_BETTER:
            return "higher_is_better"
        if concept in LOWER_IS_BETTER:
            return "lower_is_better"
    if item.kind == "amount" and any(word in item.section.lower() for word in COST_SECTION_WORDS):
        return "lower_is_better"
    return "neutral"


def value_at(statement: Statement, item: LineItem, period: Period | None) -> Decimal | None:
    if period is None or period not in statement.periods:
        return None
    return item.values[statement.periods.index(period)]


_OPPOSITE: dict[Direction, Direction] = {
    "higher_is_better": "lower_is_better", "lower_is_better": "higher_is_better", "neutral": "neutral"}


def compare_item(statement: Statement, item: LineItem, current: Period, prior: Period | None,
                 unit: Decimal | None = None, *, as_printed: bool = True, subtracted: bool = False) -> Change:
    """The line in both periods, signed as the release prints it (`printed_against_stored`: ManTech's
    "Provision for income taxes (9,591)" in parentheses, as printed, where a table had shown "9,591", UI-47), or
    with `as_printed` False the way its own words read (`shown_against_its_concept`), as a card names it
    ("Operating expenses" never a negative figure). `unit` is the statement's printed unit where the caller
    has it (`compare` asks once for every line); `subtracted`, whether the statement's arithmetic takes the line
    off as stored (`result_signs.subtracted_lines`), turned with the figures where they are shown turned."""
    now, before, way = value_at(statement, item, current), value_at(statement, item, prior), direction(item)
    turned = printed_against_stored(item) if as_printed else shown_against_its_concept(item)
    if turned:
        now, before, way = _negated(now), _negated(before), _OPPOSITE[way]
    return Change(
        label=display_label(statement, item),  # the same words under two headings stay two lines
        concept=item.concept,
        kind=item.kind,
        current=now,
        prior=before,
        direction=way,
        unit=statement.printed_unit() if unit is None else unit,
        taken_off=subtracted != turned,
        printed=None if prior is None else next(
            (change.percent for change in item.changes if (change.current, change.prior) == (current.key, prior.key)),
            None),
    )


def _negated(value: Decimal | None) -> Decimal | None:
    return None if value is None else -value


def compare(statement: Statement, window: Window, prose: tuple[ProseFigure, ...] = ()) -> tuple[Change, ...]:
    """Every line of the statement in `window`, in printed order; lines blank in both periods are left out.
    `prose`, the release's narrative figures: a line whose figures it states finer has its change said from them
    (`Change.known`), as the Overview's card does.

    A line printed again with the same words and the same figures in every column is one line, shown once:
    a reconciliation in the statement's table that starts from the net result ("Net Loss — GAAP" under
    the statement, then again above its adjustments) would otherwise be drawn twice on one row, the bars
    stacked to twice the loss.
    """
    seen: set[tuple[str, tuple[Decimal | None, ...]]] = set()
    changes: list[Change] = []
    unit = statement.printed_unit()
    subtracted = subtracted_lines(statement.items, statement.scale)
    for index, item in enumerate(statement.items):
        key = (" ".join(item.label.lower().split()), item.values)
        if key in seen:
            continue
        seen.add(key)
        change = compare_item(statement, item, window.current, window.prior, unit, subtracted=index in subtracted)
        if prose and change.kind == "amount":
            known = (finer_range(prose, change.concept, window.current, change.current, change.unit),
                     finer_range(prose, change.concept, window.prior, change.prior, change.unit))
            change = change if known == NOTHING_KNOWN else replace(change, known=known)
        if change.current is not None or change.prior is not None:
            changes.append(change)
    return tuple(changes)


def compare_concept(
    statement: Statement, concept: str, current: Period, prior: Period | None
) -> Change | None:
    item = statement.item(concept)
    return None if item is None else compare_item(statement, item, current, prior)


def change_heading(currency: str) -> str:
    """The heading over the change tables, naming the statement's money: "Change in EUR and percent" for a
    release in euros (core.analysis.currency), where "Change in dollars" had been said of every release."""
    return f"Change in {money_words(currency)} and percent"
