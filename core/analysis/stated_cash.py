"""The cash total a release states in its own narrative, where its balance sheet prints no line for it.

St. Joe's Q1 2020 release: "The Company had cash, cash equivalents and investments of $158.9 million as of March
31, 2020, compared to $195.5 million as of December 31, 2019" (text line 96), while its balance sheet moved $50.0
million from "Cash and cash equivalents" into "Investments - debt securities": cash alone fell 42.7%, the
release's own total 18.7% (UI-51). The figure is the one the narrative reader (core.narrative.prose.CASH) already
reads; its earlier figure is read from the words right after it. No balance-sheet lines are added up by guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.analysis.cash import release_cash_points
from core.formatting import card_money, change_percent, too_coarse_for_percent
from core.model import Release, SourceSpan
from core.narrative.prose import CASH, read_compared


@dataclass(frozen=True, slots=True)
class StatedCash:
    words: str  # "cash, cash equivalents and investments", as the release names its total
    amount: Decimal
    when: date
    prior: Decimal | None
    prior_when: date | None
    span: SourceSpan
    unit: Decimal  # the value of the stated figure's last digit

    @property
    def change(self) -> str:
        if self.prior is None or not self.prior or too_coarse_for_percent(self.prior, self.unit):
            return ""  # no percent where the earlier figure is a single digit of its unit ("$5 million")
        return change_percent(self.amount, self.prior, self.unit)

    def sentence(self) -> str:
        """ "The release states its cash, cash equivalents and investments at $158.9M on Mar 31, 2020, -18.7% from
        $195.5M on Dec 31, 2019 (text line 96): its own total, which no balance-sheet line prints." """
        said = f"The release states its {self.words} at {card_money(self.amount, unit=self.unit)} on {_day(self.when)}"
        if self.prior is not None and self.prior_when is not None:
            moved = f"{self.change} from" if self.change else "against"
            said += f", {moved} {card_money(self.prior, unit=self.unit)} on {_day(self.prior_when)}"
        return said + f" (text line {self.span.first}): its own total, which no balance-sheet line prints."


def _day(when: date) -> str:
    return f"{when:%b} {when.day}, {when.year}"


def stated_cash(release: Release) -> StatedCash | None:
    """The narrative's cash-and-investments total at the balance sheet's latest date, where it differs from the
    cash the sheet's lines give (`release_cash_points`) and the sheet prints no line holding it; else None."""
    points = release_cash_points(release)
    if not points:
        return None
    latest = points[-1]
    for figure in release.prose:
        if (figure.concept != "cash_and_investments" or figure.period is None
                or figure.period.end != latest.period.end or figure.value == latest.amount):
            continue
        if abs(figure.value - latest.amount) <= figure.tolerance:
            return None  # the sheet's lines give the same total
        said = CASH.match(figure.text)  # the words the narrative reader matched: its label names the holding
        words = said.group("label") if said else figure.text
        text = " ".join(line.strip() for line in release.lines[max(0, figure.span.first - 1):figure.span.last + 2])
        prior, prior_when = read_compared(text, figure.text)
        return StatedCash(" ".join(words.split()).lower(), figure.value, figure.period.end, prior, prior_when,
                          figure.span, figure.tolerance * 2)
    return None

