"""Evidence of a table's kind that its lines give beyond the concepts they are matched to (build.classify_table).

A bank's or a Federal Home Loan Bank's highlights table is titled by neither statement's name ("Financial
Highlights", "Selected Balance Sheet Items" / "Operating Results") and prints few of the totals an industrial
company's does: no revenue, no operating income, only the net income under its net interest income; only the
total assets beside its total capital. Each such block was read as no statement and the release refused
(round 718). The lender's own lines are evidence of its kind, each counted once and never alone: a chain of
two of them in a statement's order, or a total beside the total assets.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.model import StatementKind
from core.tables.raw import RawTable
from core.vocabulary import (
    BALANCE_TOTAL_BESIDE_ASSETS,
    CREDIT_LOSS_PROVISION,
    NET_INTEREST_INCOME,
    NONINTEREST_EXPENSE_LINE,
    NONINTEREST_INCOME_TOTAL,
    matched_form,
)


def lender_evidence(table: RawTable, concepts: Sequence[str | None]) -> dict[StatementKind, int]:
    """One more piece of evidence for each kind the table's lender lines name: "operations" where a net
    interest income is followed by the provision for credit losses or a non-interest total (the head of a
    bank's statement of operations, in its order: an industrial company's "Interest income, net" is none);
    "balance" where a "Total capital", "Total equity" or "Total liabilities" stands beside the total assets
    (a capitalisation table's "Total capital" without them is no balance sheet)."""
    labels = [matched_form(row.label) for row in table.rows]
    evidence: dict[StatementKind, int] = {}
    if _a_lenders_chain(labels):
        evidence["operations"] = 1
    if "total_assets" in concepts and _a_total_beside_the_assets(labels, concepts):
        evidence["balance"] = 1
    return evidence


def _a_lenders_chain(labels: Sequence[str]) -> bool:
    """A net interest income line with the provision or a non-interest total after it."""
    head = next((at for at, label in enumerate(labels) if NET_INTEREST_INCOME.search(label)), None)
    return head is not None and any(
        CREDIT_LOSS_PROVISION.search(label) or NONINTEREST_INCOME_TOTAL.search(label)
        or NONINTEREST_EXPENSE_LINE.search(label) for label in labels[head + 1:])


def _a_total_beside_the_assets(labels: Sequence[str], concepts: Sequence[str | None]) -> bool:
    """A total of the other side of the balance sheet that no concept already counts (a "Total equity" read as
    the stockholders' equity is counted as that)."""
    return any(BALANCE_TOTAL_BESIDE_ASSETS.search(label) and concept not in ("stockholders_equity",)
               for label, concept in zip(labels, concepts, strict=False))
