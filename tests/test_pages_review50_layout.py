"""UI-50, finding 5: GeoVax prints one "Loss per common share" line, (0.91) and (4.75) for the quarters: one figure
named as printed, never a basic beside a diluted EPS; an Overview whose release lists no highlights gives the
waterfall the width (Oracle Q4 FY2014); and the chart toolbar keeps a strip of its own over every untitled chart,
where at 420 px it had covered the waterfall's first bar (Alkermes's "Revenue 246,220")."""

from __future__ import annotations

from pathlib import Path

from core.analysis.headline import quarter_window
from core.analysis.metrics import memo_rows, standard_metrics
from core.analysis.per_share import per_share_points
from core.analysis.structure import operations_statement
from core.charts.per_share import eps_bars
from core.charts.periods import result_waterfall
from core.charts.style import MODEBAR_PX
from tests.conftest import GEOVAX, read_fixture
from tests.page_runner import metrics, run_page, texts
from tests.test_pages import ALKERMES

ORACLE_2014 = Path(__file__).parent / "fixtures" / "edgar" / "oracle_q4-fy2014.txt"


def test_geovax_loss_per_common_share_is_one_figure_named_as_printed() -> None:
    release = read_fixture(GEOVAX)
    found = standard_metrics(release)
    assert found.get("eps_basic") is None
    eps = found.get("eps_diluted")
    assert eps is not None and eps.name == "Loss per common share" and str(eps.value) == "-0.91"
    assert [key for key, _ in memo_rows([found]) if key.startswith("eps")] == ["eps_diluted"]
    assert metrics(run_page("overview", release))["Loss per common share"][0] == "($0.91)"
    operations = operations_statement(release)
    assert operations is not None
    chart = eps_bars(per_share_points(operations))
    assert chart.figure.layout.title.text == "Net result per share, as printed"  # no "(basic and diluted)"


def test_overview_without_highlights_draws_no_empty_panel() -> None:
    release = read_fixture(ORACLE_2014)
    assert not release.metadata.highlights
    page = run_page("overview", release)
    assert "Highlights" not in [s.value for s in page.subheader] and "lists no highlights" not in texts(page)
    assert 0.4 not in [c.weight for c in page.columns]  # no 2:3 pair of highlights beside the waterfall
    alkermes = run_page("overview", read_fixture(ALKERMES))
    assert "Highlights" in [s.value for s in alkermes.subheader]
    assert [c.weight for c in alkermes.columns].count(0.4) == 1  # the highlights beside the waterfall
    assert "Total revenues for the quarter were $246.2 million." in texts(alkermes)


def test_the_toolbar_keeps_its_own_strip_over_a_waterfall_without_a_legend() -> None:
    release = read_fixture(ALKERMES)
    operations = operations_statement(release)
    assert operations is not None
    window = quarter_window(operations, release.statement("balance"))
    assert window is not None
    chart = result_waterfall(operations, window.current)
    assert chart is not None and not chart.figure.layout.showlegend
    titled = chart.figure.layout
    shown = chart.untitled().layout
    assert shown.margin.t >= MODEBAR_PX + 10
    assert shown.height == titled.height + MODEBAR_PX  # the plot keeps its height under the strip
