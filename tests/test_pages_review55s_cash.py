"""UI-55, Cash page: the balance sheet's legend names each line without the figures its label prints (the hover
and the table keep them), and its colours stand apart (no sky blue beside the blue)."""

from __future__ import annotations

from pathlib import Path

import core
from core.charts import balance_bars, release_abbreviations, release_unit
from core.charts.style import PRIOR, colour_distance
from core.formatting import legend_name, legend_names
from core.model import Release
from tests.conftest import corpus_release

AFLAC = Path(__file__).parent / "fixtures" / "html" / "aflac_q1-2020.htm"


def sheet(release: Release) -> core.charts.Chart:
    return balance_bars(release.statement("balance"), abbreviations=release_abbreviations(release),
                        in_unit=release_unit(release))


def legend(release: Release) -> list[tuple[str, str]]:
    return [(str(t.name).replace("<br>", " "), str(t.marker.color)) for t in sheet(release).figure.data
            if t.showlegend]


def test_legend_names_leave_off_the_figures_a_label_prints() -> None:
    assert legend_name("Investment securities, held to maturity (fair value of $207,323 and $215,147)") == (
        "Investment securities, held to maturity")
    assert legend_name("Loans, net of allowance for credit losses of $48,440 and $17,667") == "Loans, net"
    assert legend_name("Accounts receivable, less allowance for doubtful accounts of $1,234") == "Accounts receivable"
    assert legend_name("Premises and equipment, net") == "Premises and equipment, net"
    assert legend_name("Goodwill (Note 4)") == "Goodwill"
    assert legend_name("Liabilities (derived)") == "Liabilities (derived)"
    # two lines that would read alike keep their printed labels
    assert legend_names(["Loans, net of allowance of $5", "Loans, net (allowance of $7)"]) == {
        "Loans, net of allowance of $5": "Loans, net of allowance of $5",
        "Loans, net (allowance of $7)": "Loans, net (allowance of $7)"}


def test_horizons_legend_names_its_lines_and_the_hover_and_table_keep_the_printed_labels() -> None:
    horizon = corpus_release("horizon-bancorp_q1-2020_html.htm")
    names = [name for name, _ in legend(horizon)]
    # the sheet prints (python -m core text): "Investment securities, held to maturity (fair value of $207,323 and
    # $215,147)" and "Loans, net of allowance for credit losses of $48,440 and $17,667"
    assert names[:4] == ["Cash and due from banks", "Investment securities, available for sale",
                         "Investment securities, held to maturity", "Loans, net"]
    chart = sheet(horizon)
    hovers = " ".join(str(t.hovertemplate) for t in chart.figure.data)
    assert "Investment securities, held to maturity (fair value of $207,323 and $215,147), Mar 31, 2020: " in hovers
    assert "Loans, net of allowance for credit losses of $48,440 and $17,667, Mar 31, 2020: " in hovers
    assert "Loans, net of allowance for credit losses of $48,440 and $17,667" in set(chart.data["Line"])
    # a click on the shortened series still finds its printed line
    assert chart.source_of("Loans, net") is not None


def test_aflacs_balance_sheet_draws_no_two_blues() -> None:
    """Aflac's "Total investments and cash" (blue) and "Stockholders' equity" (sky blue) had read as one."""
    aflac = core.parse_release(AFLAC.read_bytes(), AFLAC.name)
    drawn = legend(aflac)
    assert [name for name, _ in drawn] == ["Total investments and cash", "Deferred policy acquisition costs",
                                          "Other assets", "Liabilities (derived)", "Stockholders' equity"]
    colours = [colour for _, colour in drawn]
    assert PRIOR not in colours
    assert min(colour_distance(a, b) for i, a in enumerate(colours) for b in colours[i + 1:]) > 30
