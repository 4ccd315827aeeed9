"""Which currency a statement's amounts are in, read from the words the parser kept: the unit note and
the column headers.

A Chinese filer prints "RMB | RMB | US$" over its columns and a Canadian one "(in C$000s ...)": shown
with "$" the reader would take RMB 1.05 billion for US dollars. The parser already sets a convenience
translation's columns aside (core.statements.columns); the currency heading the most columns is the
statement's, as there. Where the statements name none, the release's narrative decides, where every sum it
states is in one currency and that no dollar ("Revenue rose to \u00a321.4 million": `Statement.narrative_currency`,
read once by the parser, core.narrative.money). Nothing said means US dollars, the filings' default.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from core.formatting import currency_sign, unit_label
from core.model import Release, Statement
from core.vocabulary import CURRENCY, SCALE_GLUED_TO_A_CODE, SIGN_BEFORE_ZEROS, SIGN_GLUED_TO_A_SCALE, currency_code

DEFAULT = "USD"
# A unit's words where the columns' currencies differ, in place of a sign ("thousands, each in its own currency").
EACH_OWN = "each in its own currency"


def _code(written: str) -> str:
    """The vocabulary's code, with US dollars named as the rest of the dashboard names them ("USD")."""
    code = currency_code(written)
    return DEFAULT if code == "US$" else code


def _named(texts: Iterable[str]) -> list[str]:
    """Every currency the texts name, in order (a header line names one per column)."""
    found: list[str] = []
    for text in texts:
        for match in SIGN_BEFORE_ZEROS.finditer(text):
            sign = match.group(1)
            found.append(DEFAULT if sign == "$" else _code(sign))
        found.extend(_code(match.group(1)) for match in SCALE_GLUED_TO_A_CODE.finditer(text))  # "TEUR", "MSEK"
        found.extend(_code(match.group(1)) for match in SIGN_GLUED_TO_A_SCALE.finditer(text))  # "£m", "€m"
        found.extend(_code(match.group()) for match in CURRENCY.finditer(text))
    return found


def _main(found: list[str]) -> str | None:
    """The currency named most; where as many name another, not US dollars: a convenience translation is
    into US dollars, never out of them (the rule core.statements.columns follows)."""
    if not found:
        return None
    counts = Counter(found)
    return max(counts, key=lambda code: (counts[code], code != DEFAULT, -found.index(code)))


def _said(statement: Statement) -> str | None:
    """The currency the statement's unit note and column headers name, None where they name none."""
    return _main(_named((statement.unit, *statement.header)))


def _in_words(statement: Statement) -> str | None:
    """The currency the release's narrative states its sums in, None where that is none, two or the dollar."""
    return _code(statement.narrative_currency) if statement.narrative_currency else None


def statement_currency(statement: Statement) -> str:
    """The code of the currency the statement's amounts are in ("RMB", "C$", "ILS"); where neither its unit
    note nor its column headers name one, the narrative's ("GBP" for a UK lead's "\u00a36.3 million"); else "USD"."""
    return _said(statement) or _in_words(statement) or DEFAULT


def release_currency(release: Release) -> str:
    """The release's currency: its primary statements' (the income statement's first), else the one its
    narrative states its sums in, "USD" where none names one."""
    primary = [s for s in release.statements if s.primary and s.kind != "other"]
    primary.sort(key=lambda s: s.kind != "operations")
    said = next((code for statement in primary if (code := _said(statement)) is not None), None)
    return said or next((code for s in release.statements if (code := _in_words(s)) is not None), DEFAULT)


def statement_unit(statement: Statement, scale: int | None = None) -> str:
    """An axis title's or a table header's unit for the statement: "RMB thousands", "C$ thousands",
    "$ millions". `scale` is a chart's own unit where it reads the figures in another than the statement's
    (core.charts.style.readable: "$ billions" for a sheet printed in thousands)."""
    return unit_label(statement.scale if scale is None else scale,
                      currency=currency_sign(statement_currency(statement)))


def money_words(code: str) -> str:
    """The currency as words name it: "dollars" for US dollars, else its code ("EUR", "C$"). A heading
    saying "Change in dollars" over a Turkish release's lira had told the reader the wrong money."""
    return "dollars" if code in (DEFAULT, "US$") else code


def shared_currency(codes: Sequence[str]) -> str | None:
    """The one currency every column is in, or None where they differ: amounts in RMB beside amounts in US
    dollars are not one measure, and no axis or unit column may treat them as one."""
    distinct = set(codes)
    return distinct.pop() if len(distinct) == 1 else None


def mixed_currencies_note(named: Sequence[tuple[str, str]]) -> str:
    """Where releases side by side or over time report in different currencies, the sentence saying so
    (each release's name with its currency's sign); "" where they share one. Nothing is converted: a rate
    of the day would be a figure no release printed."""
    if shared_currency([code for _, code in named]) is not None or not named:
        return ""
    listed = "; ".join(f"{name}: {currency_sign(code)}" for name, code in named)
    return (f"These releases report in different currencies ({listed}). Amounts are shown each in its own "
            "currency, never converted, and are not drawn on one axis: compare percentages of revenue instead.")
