"""A chart as a file: PNG or SVG through Kaleido when it can run, otherwise a standalone HTML page.

Plotly's `to_image` needs Kaleido, and Kaleido 1.x drives a Chrome or Chromium it finds on the machine
(Debian's /usr/bin/chromium works, offline). Where neither is there, pages offer the interactive chart as
one HTML file instead (plotly.js inlined, so it opens without a network) and say why.
"""

from __future__ import annotations

import importlib.util
import shutil
from functools import cache
from typing import Literal

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


def figure_image(figure: go.Figure, fmt: ImageFormat) -> bytes:
    """The figure as PNG or SVG bytes (raises when Kaleido or its browser cannot run)."""
    image: bytes = pio.to_image(
        figure, format=fmt, width=EXPORT_WIDTH, height=EXPORT_HEIGHT, scale=PNG_SCALE if fmt == "png" else 1
    )
    return image


def figure_html(figure: go.Figure) -> bytes:
    """The interactive chart as one self-contained HTML file."""
    html: str = pio.to_html(figure, include_plotlyjs=True, full_html=True)
    return html.encode()
