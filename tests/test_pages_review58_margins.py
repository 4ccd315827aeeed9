"""UI-58 on Compare's margins: a ratio is only as sure as its least sure input, marked wherever it is shown (memo,
margins bars, margins over time, Overview cards: `verification.figure_status`), and every empty slot names its
company. Southern Company's fourth quarter of 2006 (fixture text/southern-company_q4-fy2006_text.txt,
`python -m core text`): line 32 "Net Income" 188 (2006) and 159 (2005), spoken of by a check; line 37 "Operating
Revenues" 3,152 and 3,290, which no check speaks of (the Overview marks it "$3.15B \u2020"). Net margin 188 / 3,152
= 6.0% and 159 / 3,290 = 4.8%, each of an unchecked revenue."""

from __future__ import annotations

from decimal import Decimal

import core
from core.analysis.metrics import marked_margin_history, standard_metrics
from core.charts.memo import NONE_READ, common_size_bars, memo_status, memo_table
from core.charts.series import margins_over_time
from core.checks.verification import figure_status, unchecked
from tests.conftest import FIXTURES

# the corpus file southern-company_q4-fy2006_ex99-02-extracted.txt, byte for byte
SOUTHERN = FIXTURES / "text" / "southern-company_q4-fy2006_text.txt"


def _southern() -> core.Release:
    return core.parse_release(SOUTHERN.read_bytes(), SOUTHERN.name)


def test_a_ratio_of_an_unchecked_input_is_unchecked() -> None:
    release = _southern()
    found = standard_metrics(release)
    margin = found.get("net_margin")
    assert margin is not None and margin.value is not None and round(margin.value, 1) == 6.0
    assert sorted(span.first for span in margin.sources) == [32, 37]
    # the old rule answered for the inputs together: line 32 is checked, so the pair had read as checked
    assert not unchecked(release, margin.sources)
    assert figure_status(release, margin.sources) == "unchecked"
    assert memo_status(margin, found) == "unchecked"
    net_income = found.get("net_income")
    assert net_income is not None and figure_status(release, net_income.sources) == ""


def test_the_memo_and_the_margins_bars_mark_it() -> None:
    found = standard_metrics(_southern())
    oracle = standard_metrics(core.parse_release((FIXTURES / "edgar" / "oracle_q4-fy2014.txt").read_bytes(),
                                                 "oracle_q4-fy2014.txt"))
    memo = memo_table([found, oracle])
    row = memo[memo["Metric"] == "Net margin"].iloc[0]
    assert "6.0% \u2020" in list(row.values)
    chart = common_size_bars([found, oracle])
    assert chart is not None
    southern = chart.figure.data[0]
    names = [str(name).replace("<br>", " ") for name in southern.y]
    net = names.index("Net margin")
    assert southern.text[net] == "6.0% \u2020" and southern.customdata[net] == "6.0% \u2020"
    assert chart.figure_marks.get("The Southern Company, Net margin") == "unchecked" or any(
        key.endswith("Net margin") and status == "unchecked" for key, status in chart.figure_marks.items())


def test_the_margins_over_time_mark_each_quarter() -> None:
    release = _southern()
    history = marked_margin_history([release])
    net = [(end.isoformat(), round(value, 1), status) for end, value, status in history["net_margin"]]
    assert net == [("2005-12-31", Decimal("4.8"), "unchecked"), ("2006-12-31", Decimal("6.0"), "unchecked")]
    chart = margins_over_time((release,))
    assert chart is not None
    trace = next(trace for trace in chart.figure.data if trace.name == "Net margin")
    assert [said for said in trace.customdata if said] == ["4.8% \u2020", "6.0% \u2020"]
    assert set(chart.figure_marks.values()) == {"unchecked"}
    assert list(chart.data["%"]) == ["4.8% \u2020", "6.0% \u2020"]
    assert "Dec 31, 2006 6.0% \u2020" in chart.alt_text


def test_every_empty_slot_names_its_company() -> None:
    """Southern prints no gross profit: its slot had said "none read" alone beside "ORCL: none read"."""
    found = standard_metrics(_southern())
    oracle = standard_metrics(core.parse_release((FIXTURES / "edgar" / "oracle_q4-fy2014.txt").read_bytes(),
                                                 "oracle_q4-fy2014.txt"))
    chart = common_size_bars([found, oracle])
    assert chart is not None
    slots = [str(text) for trace in chart.figure.data for text in trace.text if NONE_READ in str(text)]
    assert slots and all(slot != NONE_READ for slot in slots)
    # the company named over the highlights' title (UI-59), cut to fit
    assert set(slots) == {f"Southern Compa\u2026:<br>{NONE_READ}"}


def test_the_run_out_labels_stand_under_the_zero_line_clear_of_every_line() -> None:
    """UI-58: set above the ends, Allos's "runs out / Sep 9, 2005" had covered the slower line (34,148 / 1,908 = 17.9
    months, to Dec 27, 2005), its box hiding two of its points, and at 420 px the two labels had touched. Each now
    hangs in a band under the zero line, below every point drawn, the later of two ends 109 days apart a row lower,
    the axis reaching down to hold both rows."""
    import core
    from core.analysis.cash import burn_estimates, cash_points
    from core.charts import runway_projection

    name, data = core.load_sample()
    allos = core.parse_release(data, name)
    balance = allos.statement("balance")
    assert balance is not None
    chart = runway_projection(cash_points(balance)[-1], burn_estimates(allos), balance.scale)
    assert chart is not None
    lowest_point = min(y for trace in chart.figure.data for y in trace.y if y is not None)
    assert lowest_point == 0.0
    ends = {a.text: a for a in chart.figure.layout.annotations}
    sep, dec = ends["runs out<br>Sep 9, 2005"], ends["runs out<br>Dec 27, 2005"]
    assert (sep.x, sep.ax, dec.x, dec.ax) == ("2005-09-09", "2005-09-09", "2005-12-27", "2005-12-27")
    assert (sep.axref, sep.ayref, sep.yanchor) == ("x", "y", "top")
    assert lowest_point > sep.ay > dec.ay  # under every line; the later end a row lower
    bottom, top = chart.figure.layout.yaxis.range
    assert bottom < dec.ay and top > 34.148  # the band inside the axis; $34.1 million the highest point
