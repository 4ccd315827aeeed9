"""A narrative figure a statement's column prints a thousand or a million times off: the statement's scale in
doubt.

The checks within one statement cannot see its scale: footing, the result chain and EPS x shares pass at any
scale the money and the counts share (round 656: "($000,000's omitted, except per share data)" read as
thousands, every figure a thousand times too small and verified). Only the narrative states a figure with
its unit. Where the narrative's figure, in a scale word and precise to three digits ("$698.9 million"), is
the column's times exactly 1,000 or 1,000,000 (or their inverse; a figure a share, 100: dollars against
cents), the unit the statement was read in is wrong or was never said, and every figure that unit scales is
in doubt, not the one line the sentence named, nor that statement's alone where another is read by the same
words of a note: each is held back (`verification.fact_checks`), and one warning names the statement, its
unit note and the narrative's figure.

EPS x shares sees one scale the others cannot: where a statement read no unit note at all, its counts taken as
printed, and EPS x shares comes back to the net result times exactly 1,000 or 1,000,000, the counts cannot be
the figures too large (a count printed whole is never fewer shares than it says): the money is printed in
thousands or millions and the note was lost or never read (round 708: "(In EUR'000s, ...)" unread, every
amount printed a thousand times too small and verified by its footings). Its amounts are held back the same
way, and the warning names the arithmetic (`money_scale_off`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from core.model import CheckResult, Diagnostic, LineItem, ProseFigure, Statement
from core.vocabulary import unit_line

# The name of the narrative check that found the column a scale off: "prose scale: net_income".
SCALE_CHECK = "prose scale"

_MONEY_FACTORS = (Decimal(1_000), Decimal(1_000_000), Decimal("0.001"), Decimal("0.000001"))
_PER_SHARE_FACTORS = (Decimal(100), Decimal("0.01"))
# A narrative figure must print this many significant digits for an exact factor to say more than chance:
# "$698.9 million" against 698,900 does, "$5 million" against 5,123 does not.
_MONEY_DIGITS = 3
_PER_SHARE_DIGITS = 2
# A money figure the narrative states to the dollar names no scale of its own.
_A_DOLLAR = Decimal(1)
# The scales a statement printed with no unit note may be in: thousands, millions.
_UNSAID_SCALES = (Decimal(1_000), Decimal(1_000_000))
_SCALE_NAMES = {Decimal(1_000): "thousands", Decimal(1_000_000): "millions"}
# The checks of EPS x shares against the net result ("EPS basic", "EPS diluted").
_EPS_CHECK = "EPS"


def scale_factor(found: Decimal, figure: ProseFigure, printed_unit: Decimal) -> Decimal | None:
    """The factor (1,000, 1,000,000, or their inverse; 100 or 0.01 for a figure a share) at which the column's
    figure `found`, printed to `printed_unit`, is exactly the narrative's, or None."""
    per_share = figure.concept.startswith("eps")
    digits = _PER_SHARE_DIGITS if per_share else _MONEY_DIGITS
    if not found or 2 * figure.tolerance * 10 ** (digits - 1) > abs(figure.value):
        return None
    if not per_share and figure.tolerance < _A_DOLLAR:
        # a bare "$3,506", no scale word: a release that says "all amounts are expressed in thousands of
        # United States dollars" above it writes its narrative in thousands too
        return None
    for factor in _PER_SHARE_FACTORS if per_share else _MONEY_FACTORS:
        slack = figure.tolerance + (0 if per_share else printed_unit * factor / 2)
        if abs(abs(found) * factor - abs(figure.value)) <= slack:
            return factor
    return None


def statement_of(check: CheckResult, statements: Sequence[Statement]) -> Statement | None:
    """The statement holding the lines a check compared (its first: a narrative check or EPS x shares names one)."""
    refs = set(check.items)
    return next((s for s in statements if any((item.span.first, item.label) in refs for item in s.items)), None)


def under_the_same_note(statement: Statement, statements: Sequence[Statement]) -> list[Statement]:
    """The statement and every other read by the same words of a unit note ("($000,000's omitted)" over the
    balance sheet as "($000,000's omitted, except per share data)" over the income statement): a reading of
    those words a narrative figure finds off is as wrong for each."""
    words = _note_words(statement.unit)
    return [statement, *(other for other in statements if other is not statement and words
                         and other.scale == statement.scale and _note_words(other.unit) == words)]


def _note_words(unit: str) -> str:
    found = unit_line(unit)
    return found.group(0).strip(" (),;").casefold() if found else ""


def scaled_alike(statement: Statement, check: CheckResult) -> tuple[LineItem, ...]:
    """The lines whose scale a scale-off narrative figure puts in doubt: a figure a share's, every figure a
    share; an amount's, every amount and the share counts read in the money's scale (EPS x shares vouched
    only for their ratio)."""
    if check.name.removeprefix(f"{SCALE_CHECK}: ").startswith("eps"):
        return tuple(item for item in statement.items if item.kind == "per_share")
    return tuple(item for item in statement.items if item.kind == "amount"
                 or (item.kind == "shares" and statement.share_scale == statement.scale))


def read_without_a_scale(statement: Statement) -> bool:
    """Whether the statement's amounts and counts are both read as printed because no unit note was read."""
    return statement.scale == 1 and statement.share_scale == 1 and unit_line(statement.unit) is None


def unsaid_money_scale(statement: Statement, product: Decimal, net: Decimal, tolerance: Decimal) -> Decimal | None:
    """The scale (1,000 or 1,000,000) the money of a statement read without a unit note is printed in, where
    EPS x shares (`product`) comes back to the net result `net` times it, within the EPS's rounding
    (`tolerance`) and the net result's own last digit; None where it does not or a note was read."""
    if not net or not read_without_a_scale(statement):
        return None
    half_digit = statement.printed_unit() / 2
    return next((scale for scale in _UNSAID_SCALES if abs(product - net * scale) <= tolerance + scale * half_digit),
                None)


def money_scale_off(check: CheckResult, statement: Statement) -> Decimal | None:
    """The scale a failed EPS check finds the money of its statement, read without a unit note, printed in
    (`unsaid_money_scale`); None for any other check."""
    if check.passed or not check.name.startswith(_EPS_CHECK):
        return None
    return unsaid_money_scale(statement, check.expected, check.found, check.tolerance)


def amounts_of(statement: Statement) -> tuple[LineItem, ...]:
    """The lines a money scale in doubt puts in doubt: every amount, not the counts or figures a share EPS x
    shares tested at their printed size."""
    return tuple(item for item in statement.items if item.kind == "amount")


def scale_doubts(statements: Sequence[Statement], checks: Sequence[CheckResult]) -> list[Diagnostic]:
    """One warning for each statement a narrative figure finds a scale off, or whose EPS x shares finds its
    money, read without a unit note, printed in thousands or millions."""
    warnings: list[Diagnostic] = []
    named: set[int] = set()
    warnings.extend(_money_scale_doubts(statements, checks, named))
    for check in checks:
        if not check.name.startswith(SCALE_CHECK) or check.passed:
            continue
        statement = statement_of(check, statements)
        if statement is None or id(statement) in named:
            continue
        alike = under_the_same_note(statement, statements)
        named.update(id(s) for s in alike)
        others = "".join(f", and of {s.name} under the same note" for s in alike[1:])
        note = (f"its unit note {statement.unit.strip()!r}" if statement.unit.strip()
                else "printed without a unit note, it")
        ratio = check.expected / check.found
        off = f"{abs(ratio):,.0f} times" if abs(ratio) >= 1 else f"1/{abs(1 / ratio):,.0f} of"
        warnings.append(Diagnostic(
            f"the scale of {statement.name} is in doubt: {note} reads {_line(check)} ({check.period}) as "
            f"{format(check.found.normalize(), ',f')}, and the narrative's {check.detail.strip()!r} is {off} that; "
            f"every figure it scales is held back{others}",
            span=statement.span, table=statement.name,
        ))
    return warnings


def _line(check: CheckResult) -> str:
    """The compared line as the statement labels it ("Net income"), else its concept."""
    return check.items[0][1] if check.items else check.name.removeprefix(f"{SCALE_CHECK}: ")


def _money_scale_doubts(statements: Sequence[Statement], checks: Sequence[CheckResult],
                        named: set[int]) -> list[Diagnostic]:
    """A warning for each statement read without a unit note whose EPS x shares is its net result times 1,000
    or 1,000,000 (`money_scale_off`); each statement so named is added to `named`."""
    warnings: list[Diagnostic] = []
    for check in checks:
        statement = statement_of(check, statements) if check.name.startswith(_EPS_CHECK) else None
        if statement is None or id(statement) in named or (scale := money_scale_off(check, statement)) is None:
            continue
        named.add(id(statement))
        warnings.append(Diagnostic(
            f"the scale of {statement.name} is in doubt: it prints no unit note that was read, and its EPS x shares "
            f"({check.period}) is {scale:,.0f} times {_line(check)} over share counts read as printed: its amounts "
            f"are likely printed in {_SCALE_NAMES[scale]}; every amount of it is held back",
            span=statement.span, table=statement.name,
        ))
    return warnings
