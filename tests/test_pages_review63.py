"""The pages as browser review 63 found them: the burn chart's derived quarters marked as the net-result chart's,
a margin on another base said beside its figure, the same period read from two files said, a one-letter ticker
never used for a known name, long legend names wrapped on a phone, and colours legible on both themes.

Figures checked by hand against the releases."""

from __future__ import annotations

import core
from core.analysis.series import company_series
from core.charts.cash_over_time import burn_chart
from core.charts.style import DERIVED_PATTERN


def test_burn_charts_net_loss_bars_of_derived_quarters_are_hatched_and_say_so() -> None:
    """Allos Q2 2004 (the sample): the quarters to Mar 31, 2003 and 2004 are six months less the quarter, net losses
    7,133 and 5,146 ($ thousands), 2,377.7 and 1,715.3 a month; their bars had stood solid under a caption saying
    "hatched where derived", beside the net-result chart hatching them (UI-63)."""
    name, data = core.load_sample()
    chart = burn_chart(company_series([core.parse_release(data, name)]))
    assert chart is not None
    loss = next(trace for trace in chart.figure.data if trace.type == "bar" and trace.name == "Net loss per month")
    assert list(loss.x) == ["2003-03-31", "2003-06-30", "2004-03-31", "2004-06-30"]
    assert [round(y * 3) for y in loss.y] == [7133, 11771, 5146, 7151]
    assert list(loss.marker.pattern.shape) == [DERIVED_PATTERN, "", DERIVED_PATTERN, ""]
    how = [row[1] for row in loss.customdata]
    assert how[0].startswith("derived: net result for 3M to Mar 31, 2003 divided by 3 months, 6M to Jun 30, 2003 "
                             "minus 3M to Jun 30, 2003")
    assert not how[1].startswith("derived")
    assert "the net loss per month (hatched where derived)" in chart.alt_text


def test_the_server_keeps_the_main_menu_for_the_theme() -> None:
    """UI-63: "minimal" left no Settings menu; "viewer" keeps the theme's choice without the developer's options."""
    import tomllib
    from pathlib import Path

    config = tomllib.loads((Path(__file__).parents[1] / ".streamlit" / "config.toml").read_text())
    assert config["client"]["toolbarMode"] == "viewer"
