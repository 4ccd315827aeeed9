"""Tidy frames of comparisons, for tables on the Compare page and its CSV and Excel downloads.

Values are floats in actual units here, as in core.frames: the edge where numbers leave for pandas.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from core.analysis.companies import LINE_PREFIX, form_words, period_said, release_end
from core.analysis.currency import release_currency
from core.analysis.periods import day_name, period_name
from core.analysis.series import CompanySeries
from core.analysis.side_by_side import SideBySide
from core.formatting import as_printed, marked, unit_label


def value_unit(kind: str, currency: str) -> str:
    """What a tidy frame's `value` counts, in words a spreadsheet reader needs beside it ("USD", "USD per
    share", "shares", "percent"): values are in actual units, so a dollar figure and an EPS share one column
    (UI-18: the series CSV had set EPS 1.05 beside revenue 858435000.0 with nothing saying which was which)."""
    return {"amount": currency, "per_share": f"{currency} per share", "shares": "shares"}.get(kind, kind)


def series_frame(series: CompanySeries) -> pd.DataFrame:
    """Every chosen value of the series, one row per line and period, saying where it came from and what the
    checks of its release say of it ("checks": verified, failed or unchecked), so an exported figure the checks
    cannot vouch for does not pass for an exact one."""
    rows = []
    currency = release_currency(series.releases[-1]) if series.releases else "USD"
    for point in series.values:
        restated = series.restated(point.key, point.period.end, point.period.months)
        rows.append(
            {
                "line": point.key,
                "label": series.label(point.key),
                "statement": point.statement,
                "period_end": point.period.end.isoformat(),
                "months": point.period.months,
                "value": float(point.value),
                "unit": value_unit(point.kind, currency),
                "derived": point.derived,
                "source": point.source,
                "basis": point.basis,
                "checks": point.status,
                "restated": restated is not None,
                "other_readings": "; ".join(f"{o.value} in {o.source}" for o in restated.versions[1:])
                if restated is not None
                else "",
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=["line", "label", "statement", "period_end", "months", "value", "unit", "derived", "source",
                 "basis", "checks", "restated", "other_readings"],
    )  # fmt: skip
    frame["months"] = frame["months"].astype("Int64")
    return frame


def restatements_frame(series: CompanySeries) -> pd.DataFrame:
    """One row per reading of each restated figure; the first reading of each is the one used."""
    rows = [
        {
            "Line": restatement.label,
            "Period": period_name(restatement.period).removesuffix(" (derived)"),
            "Reading": "used" if index == 0 else "other",
            "Value": float(version.value),
            "Checks": version.status,
            "From": version.source,
            "How": f"derived: {version.basis}" if version.derived else "printed",
        }
        for restatement in series.restatements
        for index, version in enumerate(restatement.versions)
    ]
    return pd.DataFrame(rows, columns=["Line", "Period", "Reading", "Value", "Checks", "From", "How"])


def restatements_table(series: CompanySeries) -> pd.DataFrame:
    """The readings of each restated figure as the page shows them: each as printed, amounts in the series'
    units (full dollars to the cent, "(5,300,000.00)", had stood beside charts in thousands)."""
    unit = unit_label(series.scale)
    rows = [
        {
            "Line": restatement.label,
            "Period": period_name(restatement.period).removesuffix(" (derived)"),
            "Reading": "used" if index == 0 else "other",
            "Value": marked(as_printed(version.value, version.kind, series.scale,
                                       rate_of=version.label if version.key.startswith(LINE_PREFIX) else ""),
                            version.status),
            "From": version.source,
            "How": f"derived: {version.basis}" if version.derived else "printed",
        }
        for restatement in series.restatements
        for index, version in enumerate(restatement.versions)
    ]
    frame = pd.DataFrame(rows, columns=["Line", "Period", "Reading", "Value", "From", "How"])
    amounts_only = all(v.kind == "amount" for r in series.restatements for v in r.versions)
    return frame.rename(columns={"Value": f"Value ({unit})"}) if amounts_only else frame




FROM_SESSION, FROM_LIBRARY = "This session", "Library"  # short: the column stays in view at half a page


def releases_frame(series: CompanySeries, library: Iterable[str] = ()) -> pd.DataFrame:
    """The releases a series was built from, oldest first, each with its form ("HTML exhibit", `form_words`) and
    said to come from this session or from the library (`library`: the names of the library's; UI-55: two Apple
    files uploaded had been listed with two of the library's, unmarked). The form on every row, as the sidebar and
    the library say it: one period as its HTML exhibit and its EDGAR submission had been two rows told apart by
    their file names alone (UI-68)."""
    shared = set(library)
    rows = []
    for release in series.releases:
        meta = release.metadata
        rows.append(
            {
                "File": release.name,
                "Period": period_said(release),  # (UI-65: a lone quarter nothing places had been a blank cell)
                "Form": form_words(release.format),
                "Period end": release_end(release).isoformat(),
                "Released": meta.release_date.isoformat() if meta.release_date else "",
                "From": FROM_LIBRARY if release.name in shared else FROM_SESSION,
            }
        )
    return pd.DataFrame(rows, columns=["File", "Period", "Form", "Period end", "Released", "From"])


def releases_stacked(releases: pd.DataFrame) -> list[str]:
    """`releases_frame`'s table as a phone reads it, one line a release, each column's value in words, oldest first:
    "Q2 2004 · text file, to Jun 30, 2004, released Jul 29, 2004: allos_q2_2004.txt (this session)". At 420 px the
    table's columns had run past the page, "Released" and "From" a swipe away unsaid (UI-57)."""
    lines = []
    for row in releases.to_dict("records"):
        period, form, released = str(row["Period"]), str(row["Form"]), str(row["Released"])
        said = [" · ".join(part for part in (period, form) if part)] if period or form else []
        said.append(f"to {day_name(date.fromisoformat(str(row['Period end'])))}")
        if released:
            said.append(f"released {day_name(date.fromisoformat(released))}")
        lines.append(f"{', '.join(said)}: {row['File']} ({str(row['From']).lower()})")
    return lines


def side_by_side_frame(comparison: SideBySide) -> pd.DataFrame:
    """Tidy: one row per company and aligned line, with the period the value covers and what the checks of its
    release say of it."""
    rows = []
    for index, column in enumerate(comparison.columns):
        currency = release_currency(column.release)
        for row in comparison.rows:
            value = row.values[index]
            if value is None:
                continue
            period = column.period if row.statement != "balance" else column.balance_date
            rows.append(
                {
                    "company": column.title,
                    "source": column.release.name,
                    "line": row.key,
                    "label": row.label_in(index),
                    "statement": row.statement,
                    "period_end": period.end.isoformat() if period is not None else "",
                    "months": period.months if period is not None else None,
                    "value": float(value),
                    "unit": value_unit(row.kind, currency),
                    "checks": row.status_in(index),
                }
            )
    frame = pd.DataFrame(
        rows, columns=["company", "source", "line", "label", "statement", "period_end", "months", "value", "unit",
                       "checks"]
    )
    frame["months"] = frame["months"].astype("Int64")
    return frame
