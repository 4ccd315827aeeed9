"""A chart as a file: PNG or SVG through Kaleido when it can run, otherwise a standalone HTML page.

Plotly's `to_image` needs Kaleido, and Kaleido 1.x drives a Chrome or Chromium it finds on the machine
(Debian's /usr/bin/chromium works, offline). Where neither is there, pages offer the interactive chart as
one HTML file instead (plotly.js inlined, so it opens without a network) and say why. The numbers behind
a chart go out as CSV of numbers, not of the printed text; every file is named for its company first.
"""

from __future__ import annotations

import importlib.util
import math
import re
import shutil
from decimal import Decimal
from functools import cache
from typing import Literal

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

ImageFormat = Literal["png", "svg"]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# Exported charts are drawn at a fixed size, not the reader's window: wide enough for a grouped bar chart
# of a dozen lines, and PNG at twice the pixels so it stays sharp in a document.
EXPORT_WIDTH, EXPORT_HEIGHT, PNG_SCALE = 1200, 600, 2


@cache
def image_export_available() -> bool:
    """True when Kaleido is installed and a Chrome or Chromium is on the PATH for it to drive."""
    if importlib.util.find_spec("kaleido") is None:
        return False
    return any(shutil.which(name) for name in BROWSERS)


def figure_image(figure: go.Figure, fmt: ImageFormat, company: str = "") -> bytes:
    """The figure as PNG or SVG bytes (raises when Kaleido or its browser cannot run). With `company`, its
    title names the company first: an image leaves the page that said whose chart it is.

    Tried twice: Kaleido 1.x opens a browser tab per call, and on a busy machine it may call its own
    script before the tab has loaded it ("ReferenceError: kaleido_scopes is not defined", seen once in
    CI among parallel browser tests), a race the next call does not meet. A second failure is raised."""
    if company and figure.layout.title.text:
        figure = go.Figure(figure)
        figure.update_layout(title_text=f"{company}: {figure.layout.title.text}")
    try:
        return _image(figure, fmt)
    except Exception:
        return _image(figure, fmt)


def _image(figure: go.Figure, fmt: ImageFormat) -> bytes:
    # A chart of several panels or many lines sets its own height: drawn at the fixed one, its panels were
    # squeezed and every other line's name left out for want of room.
    height = max(EXPORT_HEIGHT, int(figure.layout.height or 0))
    image: bytes = pio.to_image(
        figure, format=fmt, width=EXPORT_WIDTH, height=height, scale=PNG_SCALE if fmt == "png" else 1
    )
    return image


def figure_html(figure: go.Figure) -> bytes:
    """The interactive chart as one self-contained HTML file."""
    html: str = pio.to_html(figure, include_plotlyjs=True, full_html=True)
    return html.encode()


# A cell as the chart's table prints it: "246,220", "(47,211)", "($0.23)", "+12.5%", "-4,786", "17.7".
_PRINTED_NUMBER = re.compile(
    r"(?P<open>\()?(?P<sign>[+-])?\$?(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<percent>%)?(?P<close>\))?"
)
# What the table prints where there is no number: blank, an em dash, "n/m" (no base to compare with).
_NO_NUMBER = frozenset({"", "—", "n/m", "n/a"})


# Words in brackets after a figure, saying what it is ("-348.6% (larger loss)", formatting.loss_change): no part
# of the number a spreadsheet adds up.
_WORDS_AFTER = re.compile(r"\s+\([a-z][a-z ]*\)$")
# Footnote marks after a figure ("-60% \u00b6", "$158.9M \u00a7", "6.0% \u2020"): the legend's, no part of the number.
_MARKS_AFTER = re.compile(r"(?:\s*[\u2020\u2021\u00a7\u00b6])+$")


def _bare(text: str) -> str:
    """The figure of a cell, without the words and marks a table sets after it."""
    return _WORDS_AFTER.sub("", _MARKS_AFTER.sub("", text.strip()))


def _printed_number(text: str) -> Decimal | None:
    """The number a table cell prints, exact, or None where the cell is no number."""
    match = _PRINTED_NUMBER.fullmatch(_bare(text))
    if match is None or bool(match["open"]) != bool(match["close"]):
        return None
    value = Decimal(match["digits"].replace(",", ""))
    return -value if match["open"] or match["sign"] == "-" else value


def _blank_if_missing(cell: object) -> object:
    return "" if cell is None or (isinstance(cell, float) and math.isnan(cell)) else cell


def numbers_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The chart's table with its printed figures as numbers, for a CSV a spreadsheet can add up.

    The table on screen prints figures as the release does ("(47,211)"); a column whose every cell is a
    printed figure (or blank) becomes numbers in the unit its header already states, negatives signed
    (-47211). A column of percentages says "%" in its header, since the cells no longer do.
    """
    out = frame.copy()
    for column in frame.columns:
        cells = [_blank_if_missing(cell) for cell in frame[column]]
        if not cells or not all(isinstance(cell, str) for cell in cells):
            continue
        texts = [str(cell).strip() for cell in cells]
        printed = [text for text in texts if text not in _NO_NUMBER]
        if not printed or any(_printed_number(text) is None for text in printed):
            continue
        out[column] = pd.Series([None if text in _NO_NUMBER else _printed_number(text) for text in texts],
                                index=frame.index, dtype=object)
        if all((bare := _bare(text)).endswith("%") or bare.endswith("%)") for text in printed) and (
                "%" not in str(column)):
            out = out.rename(columns={column: f"{column} (%)"})
    return out


def data_csv(frame: pd.DataFrame) -> bytes:
    """The chart's numbers as CSV: figures as plain numbers (see numbers_frame), blanks where none."""
    return numbers_frame(frame).to_csv(index=False).encode()


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").lower()


def download_name(owner: str, title: str, extension: str) -> str:
    """A chart's file name, the company (or file) first: "alkermes_plc_from_expenses_to_the_net_result_...csv",
    so downloads from two releases never share a name."""
    parts = [part for part in (_slug(owner)[:40].strip("_"), _slug(title)[:60].strip("_")) if part]
    return f"{'_'.join(parts) or 'chart'}.{extension}"
