"""Charts as files: PNG and SVG through Kaleido and the local Chromium, HTML everywhere."""

from __future__ import annotations

import pytest

from core.analysis.series import company_series
from core.charts.export import figure_html, figure_image, image_export_available
from core.charts.series import line_bars
from core.model import Release


def test_html_export_is_self_contained(allos: Release) -> None:
    chart = line_bars(company_series([allos]), "net_income", "Net result per quarter")
    assert chart is not None
    html = figure_html(chart.figure).decode()
    assert html.lower().startswith("<!doctype html>") and "plotly" in html.lower() and "-7151" in html


@pytest.mark.skipif(not image_export_available(), reason="Kaleido or a Chrome/Chromium is missing")
def test_png_and_svg_export_offline(allos: Release) -> None:
    chart = line_bars(company_series([allos]), "net_income", "Net result per quarter")
    assert chart is not None
    assert figure_image(chart.figure, "png").startswith(b"\x89PNG\r\n\x1a\n")
    svg = figure_image(chart.figure, "svg").decode()
    assert svg.startswith("<svg") and "(7,151)" in svg
