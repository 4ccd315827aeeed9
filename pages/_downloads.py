"""The Data page's downloads: facts as CSV, every table as an Excel sheet, everything as JSON.

Pure functions from a release to bytes, so they can be tested without a browser.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

import pandas as pd

from core.analysis.metrics import StandardMetrics
from core.analysis.side_by_side import SideBySide
from core.charts.memo import memo_numbers
from core.charts.side_by_side import MEASURES, comparison_numbers
from core.comparison_frames import side_by_side_frame
from core.facts import write_facts_csv
from core.frames import checked_statement_frame, checks_frame, download_facts_frame
from core.model import Release
from core.vocabulary import COMPANY_NAME_LINE

EXCEL_SHEET_CHARS = 31  # Excel refuses longer sheet names
EXCEL_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def facts_csv(release: Release) -> bytes:
    """What `python -m core facts --all-columns --include-unverified` writes, every fact with the checks it took
    part in and whether it is verified (the page marks the unverified ones), then each fact's unit and currency
    (`core.facts.UNIT_COLUMNS`: the values are in full units, which the page alone had said; UI-56), then the value
    of the last digit its line is printed to and its table's title (`SOURCE_COLUMNS`, UI-59)."""
    out = io.StringIO()
    write_facts_csv(release, out, all_columns=True, include_unverified=True, units=True)
    return out.getvalue().encode()


KIND_NAMES = {"operations": "Operations", "balance": "Balance sheet", "cash_flow": "Cash flows", "other": "Table"}


_ASIDES = re.compile(r"\s*\([^()]*\)")


def sheet_names(release: Release) -> list[str]:
    """One unique, readable, Excel-safe name per statement: "1 Operations", "2 Balance sheet", "5
    Reconciliation of GAAP…": the kind in words, or another table's title, spaces collapsed, cut to whole words
    within 31 characters."""
    names = []
    for index, statement in enumerate(release.statements, start=1):
        # ("(Unaudited)", "(In millions)" said in the sheet's headings: not in 31 characters of name)
        title = " ".join(EXCEL_FORBIDDEN.sub(" ", _ASIDES.sub("", statement.title)).split())
        name = f"{index} {KIND_NAMES.get(statement.kind, statement.kind)}"
        # (a title that is the company's name alone says nothing of the table: UI-35, two of Oracle's sheets had
        # been "2 ORACLE CORPORATION" and "5 ORACLE CORPORATION")
        if statement.kind == "other" and title and not title.isdigit() and not COMPANY_NAME_LINE.match(title):
            name = f"{index} {title}"  # the title says what table it is; "Table - " took a third of the room
        names.append(_cut_at_a_word(name))
    return names


def _cut_at_a_word(name: str) -> str:
    """The name, or as many of its whole words as fit Excel's 31 characters with an ellipsis after them (UI-34:
    "5 Table - Non-GAAP Reconciliati")."""
    if len(name) <= EXCEL_SHEET_CHARS:
        return name
    cut = name[: EXCEL_SHEET_CHARS - 1]
    if " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ")]
    return f"{cut.rstrip(' ,;-')}\u2026"


def tables_xlsx(release: Release) -> bytes:
    """Every parsed table on its own sheet, then the facts and the checks."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, statement in zip(sheet_names(release), release.statements, strict=True):
            checked_statement_frame(release, statement).to_excel(writer, sheet_name=name, index=False)
        # the facts with what the CSV adds after the contract's columns: unit, printed unit, table (UI-59)
        download_facts_frame(release).to_excel(writer, sheet_name="facts", index=False)
        checks_frame(release).to_excel(writer, sheet_name="checks", index=False)
    return buffer.getvalue()


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def release_json(release: Release) -> bytes:
    """The whole model (without the source lines) as JSON; amounts as strings, exact as parsed."""
    data = asdict(release)
    data.pop("lines", None)
    return json.dumps(_plain(data), indent=2).encode()


def sheets_xlsx(sheets: dict[str, pd.DataFrame]) -> bytes:
    """Several frames as one workbook, a sheet each, names cut to what Excel accepts.

    Numbers stay numbers, with a display format: where a sheet has a "Unit" column (the memo), each row
    gets the format its unit needs ($0.00 per share, one decimal for millions and percentages).
    """
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            title = EXCEL_FORBIDDEN.sub(" ", name)[:EXCEL_SHEET_CHARS].strip() or "Sheet"
            frame.to_excel(writer, sheet_name=title, index=False)
            _format_numbers(writer.sheets[title], frame)
    return buffer.getvalue()


def _number_format(unit: str) -> str:
    """A cell's Excel format by its row's unit: the sign the unit names ("RMB per share" -> "RMB"0.00), none
    where the row's columns are each in its own currency (the unit says so)."""
    if "per share" in unit or "per unit" in unit:
        sign = unit.split(" per ")[0] if " per " in unit and not unit.startswith("per ") else ""
        if sign:
            return f'"{sign}"#,##0.00;("{sign}"#,##0.00)'
        return "#,##0.00;(#,##0.00)"
    if unit in ("%", "months") or "millions" in unit:
        return "#,##0.0;(#,##0.0)"
    return "#,##0;(#,##0)"


def _format_numbers(sheet: Any, frame: pd.DataFrame) -> None:
    units = list(frame["Unit"]) if "Unit" in frame.columns else None
    for position, column in enumerate(frame.columns, start=1):
        if not pd.api.types.is_numeric_dtype(frame[column]) or pd.api.types.is_bool_dtype(frame[column]):
            continue
        for row in range(len(frame)):
            cell = sheet.cell(row=row + 2, column=position)
            cell.number_format = _number_format(str(units[row])) if units else "#,##0.##"
    for position, column in enumerate(frame.columns, start=1):
        width = max([len(str(column)), *(len(str(v)) for v in frame[column].head(200))], default=8)
        sheet.column_dimensions[sheet.cell(row=1, column=position).column_letter].width = min(60, width + 2)


def side_by_side_xlsx(found: Sequence[StandardMetrics], comparison: SideBySide) -> bytes:
    """The memo first (numbers as numbers, a unit column), then every aligned line in each measure."""
    sheets = {"Standard metrics": memo_numbers(found)}
    for measure, name in MEASURES.items():
        sheets[name] = comparison_numbers(comparison, measure)
    sheets["Facts"] = side_by_side_frame(comparison)
    return sheets_xlsx(sheets)
