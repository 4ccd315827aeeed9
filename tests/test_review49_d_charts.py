"""UI-49, part D: what a browser review of GeoVax's and Forian's pages found, at 1,400 and 390 px.

The figures of GeoVax's and Forian's third quarters of 2024 these tests read are set out beside their names in
tests/conftest.py."""

from __future__ import annotations

from core.analysis import burn_estimates, per_share_points
from core.analysis.cash import cash_points
from core.analysis.series import company_series
from core.analysis.structure import operations_statement
from core.charts import cash_bars, eps_bars, runway_projection
from core.charts.cash_over_time import burn_chart
from core.charts.style import period_ticks
from core.model import Release
from tests.conftest import FORIAN, GEOVAX
from tests.conftest import read_fixture as read

# --- 2. Forian's Cash page: each runway line named with its window -----------------------------------------------

def test_each_runway_line_names_the_stretch_its_burn_is_measured_over() -> None:
    release = read(FORIAN)
    balance = release.statement("balance")
    assert balance is not None
    chart = runway_projection(cash_points(balance)[-1], burn_estimates(release), balance.scale)
    assert chart is not None
    names = sorted(trace.name.replace("<br>", " ") for trace in chart.figure.data)
    assert names == ["Net loss, 3M to Sep 30, 2024, per month: 5+ years",
                     "Operating cash flow, 9M to Sep 30, 2024, per month: 5+ years"]
    # wrapped to a phone's legend
    assert all(len(line) <= 40 for trace in chart.figure.data for line in trace.name.split("<br>"))


# --- 3. Compare's burn bars: a bar measured over another stretch than its neighbour's says so on the bar --------

def test_burn_bars_of_different_windows_each_name_their_window_on_the_bar() -> None:
    chart = burn_chart(company_series([read(FORIAN)]))
    assert chart is not None
    cash, loss = (trace for trace in chart.figure.data if trace.type == "bar")
    assert list(cash.text) == ["9M to<br>Sep 30, 2024"] and list(loss.text) == ["3M to<br>Sep 30, 2024"]
    assert cash.textposition == "inside" and cash.textangle == 0


def test_only_the_bars_of_a_quarter_measured_over_different_stretches_name_them(allos: Release) -> None:
    """Allos' (the sample's) quarters to Mar 31, 2003, Jun 30, 2003 and Mar 31, 2004 draw the net loss alone, the
    quarter's, which the axis says; at Jun 30, 2004 its cash burn is the fall in cash and investments over the six
    months from Dec 31, 2003 beside the quarter's net loss, and those two bars say so."""
    chart = burn_chart(company_series([allos]))
    assert chart is not None
    cash, loss = (trace for trace in chart.figure.data if trace.type == "bar")
    assert list(cash.text) == ["", "", "", "Dec 31, 2003 to<br>Jun 30, 2004"]
    assert list(loss.text) == ["", "", "", "3M to<br>Jun 30, 2004"]


# --- 4. A category axis of periods stays readable on a phone --------------------------------------------------

def test_four_period_columns_set_each_year_under_its_day() -> None:
    """GeoVax's four columns had read "Sep 30, 2023Sep 30, 2024" at 390 px (at most five had kept two lines)."""
    operations = operations_statement(read(GEOVAX))
    assert operations is not None
    figure = eps_bars(per_share_points(operations)).figure
    assert list(figure.data[0].x) == ["3M to<br>Sep 30,<br>2023", "3M to<br>Sep 30,<br>2024",
                                      "9M to<br>Sep 30,<br>2023", "9M to<br>Sep 30,<br>2024"]
    assert list(figure.data[0].y) == [-4.75, -0.91, -10.42, -4.52]
    assert figure.layout.xaxis.tickangle == 0  # level, on lines of their own, not angled
    # while two columns fit a phone's plot as they are: Forian's cash at Dec 31, 2023 and Sep 30, 2024
    release = read(FORIAN)
    balance = release.statement("balance")
    assert balance is not None
    assert list(cash_bars(cash_points(balance), balance.scale).figure.data[0].x) == ["Dec 31, 2023", "Sep 30, 2024"]
    assert period_ticks(["3M to Sep 30, 2024", "3M to Sep 30, 2023"]) == ["3M to<br>Sep 30, 2024",
                                                                          "3M to<br>Sep 30, 2023"]
