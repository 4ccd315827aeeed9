"""The checks as a table: which rule runs on which kind of statement, and the rules that read across
statements. A new check is a row here and a function in the module of its kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from core.checks.between_statements import (
    balance_across_pages,
    cash_flow_net_result,
    eps_apart,
    prose_figures,
    summary_lines,
)
from core.checks.footing import footing
from core.checks.identities import (
    Divided,
    balance_identity,
    cash_flow_identity,
    eps,
    operations_identities,
    result_divided,
)
from core.checks.lender import lender_identities
from core.checks.plausible import eps_magnitudes, share_counts
from core.checks.side_marks import unsettled_side_marks
from core.model import CheckResult, Diagnostic, ProseFigure, Statement, StatementKind
from core.statements.to_common import Taken, taken_by_period
from core.vocabulary import CONVERTIBLE


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule reading one statement may need to know of the others."""

    # Some statement prints a convertible security ("7 1/2% Convertible subordinated notes"): diluted EPS
    # may be figured as if it were converted, its interest added back to the net result.
    convertible: bool = False
    # What the release's statements of operations take off the net result for common, by period: a summary
    # printing only the net result before it has its EPS checked on the result less it (`identities.eps`).
    taken: Mapping[str, Taken] = field(default_factory=dict)
    # Why an EPS was not checked, where a rule could say, by period key (the notes are the release's warnings)
    not_checked: list[tuple[str, Diagnostic]] = field(default_factory=list, compare=False, repr=False)
    # Each statement's `result_divided` as found for the first check asking it (three do: EPS x shares, the
    # share counts, the EPS magnitudes), with the statement it was found for: asked again, never found again.
    # A context lives for one run of the checks.
    divided: dict[int, tuple[Statement, Divided]] = field(default_factory=dict, compare=False, repr=False)

    def result_divided(self, statement: Statement) -> Divided:
        found = self.divided.get(id(statement))
        if found is None or found[0] is not statement:
            found = self.divided[id(statement)] = (statement, result_divided(statement))
        return found[1]


@dataclass(frozen=True, slots=True)
class StatementRule:
    """A check that reads one statement of the kinds named."""

    name: str
    kinds: frozenset[StatementKind]
    run: Callable[[Statement, Context], Iterable[CheckResult]]


@dataclass(frozen=True, slots=True)
class ReleaseRule:
    """A check that reads several statements, or the narrative beside them."""

    name: str
    run: Callable[[Sequence[Statement], Sequence[ProseFigure]], Iterable[CheckResult]]


STATEMENT_RULES: tuple[StatementRule, ...] = (
    StatementRule("footing", frozenset({"operations", "balance", "cash_flow"}), lambda s, _: footing(s)),
    StatementRule("gross profit, operating result and the chain of results", frozenset({"operations"}),
                  lambda s, _: operations_identities(s)),
    StatementRule("a bank's net interest income down to its pre-tax result", frozenset({"operations"}),
                  lambda s, _: lender_identities(s)),
    StatementRule("EPS x shares = net result", frozenset({"operations"}),
                  lambda s, context: eps(s, if_converted=context.convertible, divided=context.result_divided(s),
                                         taken_elsewhere=context.taken, not_checked=context.not_checked)),
    StatementRule("weighted share counts above nothing and near what EPS implies", frozenset({"operations"}),
                  lambda s, context: share_counts(s, context.result_divided(s))),
    StatementRule("EPS of an amount's size vouched for by the result over the count", frozenset({"operations"}),
                  lambda s, context: eps_magnitudes(s, context.result_divided(s))),
    StatementRule("assets = liabilities + equity", frozenset({"balance"}), lambda s, _: balance_identity(s)),
    StatementRule("cash flow", frozenset({"cash_flow"}), lambda s, _: cash_flow_identity(s)),
)
RELEASE_RULES: tuple[ReleaseRule, ...] = (
    ReleaseRule("cash flow starts from the net result", lambda statements, _: cash_flow_net_result(statements)),
    ReleaseRule("assets = liabilities + equity across pages",
                lambda statements, _: balance_across_pages(statements)),
    ReleaseRule("prose", prose_figures),
    ReleaseRule("summary line = statement line", lambda statements, _: summary_lines(statements)),
    ReleaseRule("EPS x shares apart = net result", lambda statements, _: eps_apart(statements)),
)


def run_checks(statements: Sequence[Statement], prose: Sequence[ProseFigure], *,
               convertible_said: bool = False) -> tuple[CheckResult, ...]:
    """Every check of the statements and the narrative (`checks_and_notes`, without its notes)."""
    return checks_and_notes(statements, prose, convertible_said=convertible_said)[0]


def checks_and_notes(statements: Sequence[Statement], prose: Sequence[ProseFigure], *,
                     convertible_said: bool = False) -> tuple[tuple[CheckResult, ...], tuple[Diagnostic, ...]]:
    """Every check of the statements and the narrative, and a note for each figure a rule chose not to check,
    saying why. `convertible_said`: the release's words name a convertible security outside the statements'
    lines (a footnote under them: "Diluted earnings per share reflect the add-back of after-tax interest on
    the 4.25% convertible senior notes", round 588, where the right diluted EPS and count had been held back)."""
    results: list[CheckResult] = []
    notes: list[Diagnostic] = []
    primary_periods = {s.kind: set(s.periods) for s in statements if s.primary}
    context = Context(convertible=convertible_said or any(
        CONVERTIBLE.search(item.label) for s in statements for item in s.items), taken=taken_by_period(statements))
    for statement in statements:
        context.not_checked.clear()
        found = [check for rule in STATEMENT_RULES if statement.kind in rule.kinds
                 for check in rule.run(statement, context)]
        said = list(context.not_checked)
        if not statement.primary:
            # A summary or a second statement (the full year beside the quarter) gives facts only for the
            # periods the primary statement lacks; only those of its checks speak for a fact.
            # A summary prints totals of lines it leaves out: its footing can only vouch, never accuse.
            covered = {p.key for p in primary_periods.get(statement.kind, set())}
            found = [check for check in found if check.period not in covered
                     and (check.passed or check.name != "footing")]
            said = [(key, note) for key, note in said if key not in covered]
        results.extend(found)
        notes.extend(note for _, note in said)
    for rule in RELEASE_RULES:
        results.extend(rule.run(statements, prose))
    results.extend(unsettled_side_marks(statements, results))  # after every other check: what they settle
    return tuple(results), tuple(notes)
