"""Tidy pandas frames from the model: one row per fact.

The first six columns of `facts_frame` are the project's data contract (DESIGN.md); columns after them may
grow. Values become floats here, at the edge, because pandas and Plotly want them.
"""

from __future__ import annotations

import pandas as pd

from core.model import Release, Statement
from core.verification import UNCHECKED, FactChecks, fact_checks

CONTRACT_COLUMNS = ("statement", "concept", "label", "period_end", "months", "value")
EXTRA_COLUMNS = (
    "kind", "section", "is_total", "period_label", "line_first", "line_last", "table", "checks", "verified",
)
FACT_COLUMNS = CONTRACT_COLUMNS + EXTRA_COLUMNS
FINANCIAL_KINDS = ("operations", "balance", "cash_flow")


def facts_frame(release: Release, *, include_other: bool = False) -> pd.DataFrame:
    """Every value of every financial statement as one row.

    A line carrying two concepts ("basic and diluted") gives two rows, one per concept, so that a reader
    filtering on `eps_diluted` finds it. Lines without a concept keep an empty concept. Blank cells are
    not facts and are left out.
    """
    rows: list[tuple[object, ...]] = []
    seen: set[tuple[object, ...]] = set()
    checks = fact_checks(release)
    ordered = sorted(enumerate(release.statements), key=lambda pair: not pair[1].primary)
    for index, statement in ordered:
        if statement.kind not in FINANCIAL_KINDS and not include_other:
            continue
        rows.extend(_statement_rows(statement, index, seen, checks))
    rows.sort(key=lambda row: (row[-3], row[-5]))  # back in the order of the release: table, then line
    frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    frame["months"] = frame["months"].astype("Int64")
    frame["value"] = frame["value"].astype("float64")
    frame["line_first"] = frame["line_first"].astype("int64")
    frame["line_last"] = frame["line_last"].astype("int64")
    frame["table"] = frame["table"].astype("int64")
    return frame


def _statement_rows(statement: Statement, index: int, seen: set[tuple[object, ...]],
                    checks: dict[tuple[int, str], FactChecks]) -> list[tuple[object, ...]]:
    """A statement's rows. A concept names one fact per period: where a primary statement already gave it,
    a summary or second statement keeps its line but not the concept."""
    rows: list[tuple[object, ...]] = []
    for item in statement.items:
        for concept in item.concepts or ("",):
            for period, value in zip(statement.periods, item.values, strict=True):
                if value is None:
                    continue
                key = (statement.kind, concept, period.end, period.months)
                if concept and key in seen:
                    if len(item.concepts) > 1 and concept != item.concepts[0]:
                        continue
                    concept_here = ""
                else:
                    concept_here = concept
                    seen.add(key)
                rows.append(
                    (
                        statement.kind,
                        concept_here,
                        item.label,
                        period.end.isoformat(),
                        period.months,
                        float(value),
                        item.kind,
                        item.section,
                        item.is_total,
                        period.label,
                        item.span.first,
                        item.span.last,
                        index,
                        (vouched := checks.get((item.span.first, period.key), UNCHECKED)).describe(),
                        vouched.status,
                    )
                )
    return rows


def hold_back_failed(frame: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The facts a failed check does not speak against, and one sentence on what was held back and why
    ("" when nothing was). A figure the checks contradict is never printed as if it were sure."""
    failed = frame["verified"] == "failed"
    if not failed.any():
        return frame, ""
    reasons = sorted({part.split(":")[0] for text in frame.loc[failed, "checks"] for part in text.split("; ")
                      if part.endswith("FAIL")})
    note = (f"{int(failed.sum())} fact(s) held back because a check they take part in failed "
            f"({', '.join(reasons)}); --include-unverified writes them, `check` shows the failures")
    return frame.loc[~failed].reset_index(drop=True), note


def statement_frame(statement: Statement) -> pd.DataFrame:
    """A statement as printed: one row per line item, one column per period (values as floats)."""
    data = {
        period.label or period.key: [
            None if item.values[i] is None else float(item.values[i])  # type: ignore[arg-type]
            for item in statement.items
        ]
        for i, period in enumerate(statement.periods)
    }
    frame = pd.DataFrame(data)
    frame.insert(0, "label", [item.label for item in statement.items])
    frame.insert(1, "concept", [", ".join(item.concepts) for item in statement.items])
    frame.insert(2, "lines", [str(item.span) for item in statement.items])
    return frame


def checks_frame(release: Release) -> pd.DataFrame:
    """The check results with expected vs found, for the Data page and `python -m core check`."""
    return pd.DataFrame(
        [
            {
                "check": check.name,
                "statement": check.statement,
                "period": check.period,
                "expected": float(check.expected),
                "found": float(check.found),
                "difference": float(check.difference),
                "passed": check.passed,
                "lines": str(check.span),
                "detail": check.detail,
            }
            for check in release.checks
        ],
        columns=["check", "statement", "period", "expected", "found", "difference", "passed", "lines", "detail"],
    )
