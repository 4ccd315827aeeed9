"""The Data page's downloads: facts as CSV, every table as an Excel sheet, everything as JSON.

Pure functions from a release to bytes, so they can be tested without a browser.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

import pandas as pd

from core.frames import checks_frame, facts_frame, statement_frame
from core.model import Release

EXCEL_SHEET_CHARS = 31  # Excel refuses longer sheet names
EXCEL_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def facts_csv(release: Release) -> bytes:
    return facts_frame(release).to_csv(index=False).encode()


def sheet_names(release: Release) -> list[str]:
    """One unique, Excel-safe name per statement: "1 operations", "2 balance", ..."""
    return [
        EXCEL_FORBIDDEN.sub(" ", f"{index} {statement.kind} {statement.title}".strip())[
            :EXCEL_SHEET_CHARS
        ].strip()
        for index, statement in enumerate(release.statements, start=1)
    ]


def tables_xlsx(release: Release) -> bytes:
    """Every parsed table on its own sheet, then the facts and the checks."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, statement in zip(sheet_names(release), release.statements, strict=True):
            statement_frame(statement).to_excel(writer, sheet_name=name, index=False)
        facts_frame(release).to_excel(writer, sheet_name="facts", index=False)
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
    """Several frames as one workbook, a sheet each (names cut to what Excel accepts)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=EXCEL_FORBIDDEN.sub(" ", name)[:EXCEL_SHEET_CHARS], index=False)
    return buffer.getvalue()
