"""The result waterfall's value axis as the browser review UI-61 found it, on the Allos sample at 1,440 px (Overview
and Periods): two labelled ticks, "(4,000)" and "0", under bars reaching (7,262), every other label blank."""

from __future__ import annotations

import core
from core.analysis import quarter_window
from core.analysis.structure import operations_statement
from core.charts import release_abbreviations, release_unit, result_waterfall


def test_the_samples_waterfall_labels_every_tick_across_its_bars() -> None:
    name, data = core.load_sample()
    release = core.parse_release(data, name)
    operations = operations_statement(release)
    assert operations is not None
    window = quarter_window(operations, release.statement("balance"))
    assert window is not None
    chart = result_waterfall(operations, window.current, release_abbreviations(release), release_unit(release))
    assert chart is not None
    axis = chart.figure.layout.xaxis
    assert list(axis.tickvals) == [-6000, -4000, -2000, 0]
    assert list(axis.ticktext) == ["(6,000)", "(4,000)", "(2,000)", "0"]
    # the bars it reads: the operating result (7,262) and the net result (7,151), in $ thousands, within the axis
    assert "Operating result (7,262)" in chart.alt_text and "Net result (7,151)" in chart.alt_text
    low, high = axis.range
    assert low < -7262 < -6000 and high > 0
