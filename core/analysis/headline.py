"""The Overview's headline figures: this quarter against the same quarter a year earlier.

Each headline is a `Change` plus the words the page needs: what it is called (a net result is a "Net
loss" or "Net income" depending on its sign), what it is compared with, and in which units it is shown.
Cash is a balance, so it is compared with the earliest balance date the release prints (usually the last
year end), and the headline says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.analysis.cash import release_cash_points
from core.analysis.comparisons import Change, compare_item
from core.analysis.derived import no_derived_quarter
from core.analysis.per_share import eps_concepts
from core.analysis.periods import Window, balance_dates, behind, period_name, windows
from core.analysis.structure import operations_statement
from core.model import Release, Statement


@dataclass(frozen=True, slots=True)
class Headline:
    title: str
    change: Change
    basis: str  # "3M to Jun 30, 2004 vs 3M to Jun 30, 2003"
    scale: int  # what amounts are divided by for display; 1 for per-share figures


def quarter_window(operations: Statement, balance: Statement | None = None) -> Window | None:
    """The shortest window the statement prints: the quarter for a quarterly release, else the year. None
    where it ends well before the balance sheet's latest day: the release's own period was not read."""
    found = windows(operations)
    return found[0] if found and not behind(found[0].current, balance) else None


def _basis(window: Window) -> str:
    if window.prior is None:
        return f"{period_name(window.current)} (no year-earlier column)"
    return f"{period_name(window.current)} vs {period_name(window.prior)}"


def _line_change(
    operations: Statement, concept: str, window: Window, title: str, scale: int
) -> Headline | None:
    item = operations.item(concept)
    if item is None:
        return None
    change = compare_item(operations, item, window.current, window.prior, as_printed=False)  # a card's words
    return Headline(title=title, change=change, basis=_basis(window), scale=scale)


def headlines(release: Release) -> tuple[Headline, ...]:
    """Net result, per-share result, total operating expenses, cash and investments: those the release has."""
    result: list[Headline] = []
    operations = release.statement("operations")
    window = quarter_window(operations, release.statement("balance")) if operations is not None else None
    if operations is not None and window is not None:
        net = operations.value("net_income", window.current)
        title = "Net loss" if net is not None and net < 0 else "Net income"
        pair = eps_concepts(operations)
        eps_title = f"{title} per share" + (" (diluted)" if pair and pair[0] == "eps_diluted" else "")
        candidates = [
            _line_change(operations, "net_income", window, title, operations.scale),
            _line_change(operations, pair[0], window, eps_title, 1) if pair else None,
            _line_change(
                operations, "total_operating_expenses", window, "Operating expenses", operations.scale
            ),
        ]
        result.extend(headline for headline in candidates if headline is not None)
    balance = release.statement("balance")
    points = release_cash_points(release)
    if balance is not None and points:
        latest, earliest = points[-1], points[0]
        change = Change(
            label=" + ".join(latest.shown or latest.lines),
            concept="cash_and_investments",
            kind="amount",
            current=latest.amount,
            prior=earliest.amount if len(points) > 1 else None,
            direction="higher_is_better",
        )
        basis = (
            f"{period_name(latest.period)} vs {period_name(earliest.period)}"
            if len(points) > 1
            else period_name(latest.period)
        )
        result.append(Headline("Cash & investments", change, basis, balance.scale))
    return tuple(result)


def missing_parts(release: Release) -> tuple[str, ...]:
    """Sentences naming what the release lacks, so pages can say why a chart is absent instead of failing."""
    notes: list[str] = []
    operations = operations_statement(release)  # with the full year a fourth quarter prints apart
    if operations is None:
        notes.append("No statement of operations was found, so there are no period comparisons.")
    else:
        found = windows(operations)
        balance = release.statement("balance")
        latest = max((window.current for window in found), key=lambda period: period.end, default=None)
        if not found:
            notes.append("The statement of operations has no period columns to compare.")
        elif latest is not None and balance is not None and behind(latest, balance):
            notes.append(
                f"The release's own period was not read: the statement of operations' latest column ends "
                f"{latest.end:%b %d, %Y}, well before its balance sheet's {balance_dates(balance)[-1].end:%b %d, %Y}."
                " Its figures are not shown as the current period."
            )
        elif all(window.prior is None for window in found):
            notes.append(
                "The statement of operations prints no year-earlier columns, so there are no deltas."
            )
        fiscal = release.metadata.fiscal_period
        reason = no_derived_quarter(operations, fiscal.quarter if fiscal is not None else None,
                                    release.warnings)
        if reason is not None and reason.lacking:
            notes.append(reason.sentence)
    if release.statement("balance") is None:
        notes.append("No balance sheet was found, so cash, burn and runway cannot be shown.")
    return tuple(notes)
