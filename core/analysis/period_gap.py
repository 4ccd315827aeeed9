"""Whether releases put side by side report periods ending years apart, said in words a reader cannot miss.

Compare puts any releases side by side, and a quarter of 2011 beside one of 2015 compares two economies as
much as two companies. A grey caption ("periods of the same length ending on different dates") had been all
the page said of it (third browser review: Brenlow's quarter to March 2011 beside Meridale's to March 2015).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.analysis.periods import day_name, weeks_of
from core.formatting import possessive
from core.model import Period
from core.vocabulary import NUMBER_WORDS

# More than a year between two period ends (a 53-week year's quarter ends up to a week later than the one a
# year before it: still "a year earlier", so a few days' grace).
FAR_APART_DAYS = 372

_SPELLED = {number: word for word, number in NUMBER_WORDS.items() if " " not in word and "-" not in word}


def _what(period: Period) -> str:
    """The period's kind in a word: "quarter", "year", else "period"."""
    return {3: "quarter", 12: "year"}.get(period.months or 0, "period")


def _years(days: int) -> str:
    years = round(days / 365.25)
    if years <= 1:
        return "more than a year"
    return f"{_SPELLED.get(years, str(years))} years"


def far_apart_note(columns: Sequence[tuple[str, Period | None]]) -> str:
    """ "Brenlow's quarter ends Mar 31, 2011, Meridale's Mar 29, 2015: four years apart." for columns (name,
    period) whose period ends lie more than a year apart; "" where they do not (or fewer than two are dated)."""
    dated = [(name, period) for name, period in columns if period is not None]
    if len(dated) < 2:
        return ""
    ends = [period.end for _, period in dated]
    days = (max(ends) - min(ends)).days
    if days <= FAR_APART_DAYS:
        return ""
    kinds = {_what(period) for _, period in dated}
    kind = kinds.pop() if len(kinds) == 1 else "period"
    first_name, first = dated[0]
    # dates as every other page writes them (UI-34: "ends 2021-12-31" had stood alone in ISO form)
    parts = [f"{possessive(first_name)} {kind} ends {day_name(first.end)}"]
    parts += [f"{possessive(name)} {day_name(period.end)}" for name, period in dated[1:]]
    return f"{'; '.join(parts)}: {_years(days)} apart."




# The weeks a period of so many months usually counts, and its name
_USUAL_WEEKS = {3: (13, "quarter", "three months"), 6: (26, "half year", "six months"),
                9: (39, "nine months", "nine months"), 12: (52, "year", "twelve months")}


def uneven_weeks_note(columns: Sequence[tuple[str, Period | None]]) -> str:
    """ "Halden's quarter counts 14 weeks, the others' 13 weeks or three months: ..." where periods of one
    length put side by side count a week more in some columns (a 53-week year's fourth quarter, or its half
    year of 27 weeks, beside an ordinary one); "" where they do not (UI-21: Compare had set 14 weeks beside 3
    months without a word, as the Overview, Periods and Expenses pages no longer do within a release)."""
    dated = [(name, period) for name, period in columns if period is not None]
    if len(dated) < 2 or len({period.months for _, period in dated}) != 1:
        return ""
    usual = _USUAL_WEEKS.get(dated[0][1].months or 0)
    if usual is None:
        return ""
    weeks, kind, months = usual
    longer = [name for name, period in dated if weeks_of(period) == weeks + 1]
    if not longer or len(longer) == len(dated):
        return ""
    one = len(longer) == 1
    return (f"{' and '.join(possessive(name) for name in longer)} {kind} {'counts' if one else 'count'} "
            f"{weeks + 1} weeks, the others' {weeks} weeks or {months}: {'its' if one else 'their'} totals "
            "(revenue, expenses, results) hold a week more; margins and shares compare.")
