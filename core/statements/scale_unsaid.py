"""A statement read in dollars because nothing said otherwise: the doubt said aloud.

A table with no unit note, which no neighbour lends a scale and the narrative does not rescale
(`scale_choice`), is read as printed. That is right for a small company's whole dollars ("Net loss
(2,471,476)") and a thousand times wrong for a table in thousands whose note a rendering dropped. Where
something in the release vouches for dollars, nothing is said; where nothing does, a warning names the
statement, so that its figures are never shown as if their scale had been read.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from core.checks.scale_doubt import money_scale_off, statement_of
from core.model import FINANCIAL_KINDS, CheckResult, Diagnostic, ProseFigure, Statement
from core.statements.scale_choice import SAME_MAGNITUDE, largest_amount, scale_of_lines_repeated
from core.vocabulary import CURRENCY, currency_code

# A weighted count printed with all its digits: a listed company has a million shares or more, so an EPS x
# shares that comes back to the net result with such a count vouches for both in units.
_A_MILLION_SHARES = Decimal(1_000_000)
_HALF_A_DOLLAR = Decimal("0.5")


def scale_unvouched(statements: Sequence[Statement], prose: Sequence[ProseFigure],
                    checks: Sequence[CheckResult]) -> list[Diagnostic]:
    """A warning for each primary financial statement read in dollars for want of a unit note, where neither
    its own per-share arithmetic with whole counts, nor a narrative figure at its printed scale, nor a noted
    table repeating its lines as printed, nor another statement so vouched and of figures of the same size
    says its figures are dollars."""
    # Another table's note is no word on these: `scale_choice.inherit_scale` lent it them where their figures
    # are of its size or repeat its lines, and did not (round 725: a highlights table's "(In millions)" had
    # silenced the warning over full statements printed in thousands and read as dollars).
    unsaid = [s for s in statements if s.primary and s.kind in FINANCIAL_KINDS and s.scale == 1
              and not s.unit.strip() and largest_amount(s)]
    if not unsaid:
        return []
    vouched = [s for s in unsaid if _counts_vouch(s, checks) or _narrative_vouches(s, prose)
               or _a_noted_table_vouches(s, statements)]
    warnings = []
    for statement in unsaid:
        if statement in vouched or any(_same_magnitude(statement, other) for other in vouched) or (
                _money_doubted(statement, statements, checks)):
            continue  # (a statement whose EPS x shares finds its money scaled: `scale_doubt` names it)
        warnings.append(Diagnostic(
            f"{statement.name} prints no unit note, and neither its per-share arithmetic nor the narrative's "
            f"figures say what its figures count: they are read as printed, in {_money_named(statement)} (the largest "
            f"{largest_amount(statement):,}); check the release's own note before relying on them",
            span=statement.span, table=statement.name,
        ))
    return warnings


def _money_doubted(statement: Statement, statements: Sequence[Statement], checks: Sequence[CheckResult]) -> bool:
    """Whether a failed EPS check of the statement finds its money printed in thousands or millions."""
    return any(money_scale_off(check, statement) is not None for check in checks
               if check.statement == statement.kind and statement_of(check, statements) is statement)


def _money_named(statement: Statement) -> str:
    """The money the statement's title, note or headers name ("EUR", "C$"), "dollars" where none names one
    (round 708: a statement under "(In EUR'000s, ...)" had been said to be read "in dollars")."""
    code = next((currency_code(found.group()) for text in (statement.title, statement.unit, *statement.header)
                 if (found := CURRENCY.search(text)) is not None), "US$")
    return "dollars" if code == "US$" else code


def _counts_vouch(statement: Statement, checks: Sequence[CheckResult]) -> bool:
    """An EPS check of the statement passing where its weighted counts, as printed, are a million or more."""
    counts = [v for family in ("basic", "diluted") if (item := statement.item(f"shares_{family}")) is not None
              for v in item.values if v is not None]
    return bool(counts) and min(abs(c) for c in counts) >= _A_MILLION_SHARES and any(
        check.name.startswith("EPS") and check.statement == statement.kind and check.passed for check in checks)


def _a_noted_table_vouches(statement: Statement, statements: Sequence[Statement]) -> bool:
    """Another table with a unit note of its own printing, read at its note's scale, a figure of the
    statement as the statement prints it in dollars, and none a thousand or a million times it (highlights'
    "Revenues $48.2" in millions beside "Total revenues 48,210,334"; a cash flow's "Net income 12,603,190"
    beside the statement of operations' 12,603 in thousands; its closing cash 8,412,000 beside the balance
    sheet's 8,412): its words and the arithmetic together say dollars."""
    found = scale_of_lines_repeated(statement, [s for s in statements if s is not statement], several=1)
    return found is not None and found[1] == 1


def _narrative_vouches(statement: Statement, prose: Sequence[ProseFigure]) -> bool:
    """A narrative figure ("net income was $4,660") that is one of the statement's, as printed: in its own
    period's column, or in any column where the sentence names no period the reader could date."""
    def columns(figure: ProseFigure) -> list[Decimal]:
        periods = statement.periods if figure.period is None else (
            (figure.period,) if figure.period in statement.periods else ())
        return [v for period in periods if (v := statement.value(figure.concept, period))]

    return any(abs(abs(value) - abs(figure.value)) <= figure.tolerance + _HALF_A_DOLLAR
               for figure in prose if not figure.concept.startswith("eps") for value in columns(figure))


def _same_magnitude(statement: Statement, other: Statement) -> bool:
    mine, theirs = largest_amount(statement), largest_amount(other)
    return max(mine, theirs) <= min(mine, theirs) * SAME_MAGNITUDE
