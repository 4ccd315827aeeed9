"""UI-59 on Compare over time: its first build had taken 9-10 s with two uploads (24.6 s under load in UI-58) with
no spinner in the page. The series and every chart are built in one step (`charts.over_time.over_time`), under a
spinner saying what is built, and kept per set of releases: a rerun builds nothing again.

Figures checked by hand against the releases (`python -m core text FILE`)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import core
import core.charts.over_time as over_time_module
import core.charts.series as series_module
from core.analysis.companies import group_by_company
from core.charts.over_time import building_words, over_time
from core.model import Release
from tests.page_runner import frame_with
from tests.test_compare_page import run_compare

SERIES = Path(__file__).parent / "fixtures" / "series"


def _halden(prefix: str = "") -> list[Release]:
    return [dataclasses.replace(release := core.parse_release(path.read_bytes(), path.name),
                                name=prefix + release.name)
            for path in sorted(SERIES.glob("halden_*.txt"))]


def test_over_time_builds_the_series_and_its_charts_in_one_step() -> None:
    built = over_time(group_by_company(_halden())[0].releases)
    # halden_q3_2005.txt line 41: "Net loss  $(6,350)  $(4,780)  $(17,670)  $(13,740)"; the series is the three
    # releases', the quarter of Mar 31, 2005 restated by the Q3 release
    assert [r.name for r in built.series.releases] == ["halden_q1_2005.txt", "halden_q2_2005.txt",
                                                       "halden_q3_2005.txt"]
    net = {o.period.end.isoformat(): o.value for o in built.series.points("net_income")}
    assert net["2005-09-30"] == Decimal("-6350000") and net["2004-09-30"] == Decimal("-4780000")
    assert list(built.charts) == ["Net result", "Operating expenses", "Cash", "Per share", "Share count",
                                  "Burn and runway"]
    assert built.burning is True
    assert built.not_drawn == ("Margins: not drawn, as fewer than two quarters print revenue beside a result to "
                               "take a margin of.",)
    # the page's charts on one time axis, the downloads' each on its own
    assert built.aligned[0].figure.layout.xaxis.range == ("2004-02-05", "2005-11-24")
    assert built.charts["Net result"].figure.layout.xaxis.range is None


def test_the_spinner_says_what_is_built() -> None:
    assert building_words("Halden Therapeutics, Inc. (HLDN)", 3) == (
        "Lining up 3 releases of Halden Therapeutics, Inc. (HLDN) quarter by quarter and drawing its charts…")
    assert building_words("Oracle Corporation (ORCL)", 1) == (
        "Reading the quarters of Oracle Corporation (ORCL) from its one release and drawing its charts…")


def test_over_time_is_built_once_per_set_of_releases(allos: Release, monkeypatch) -> None:
    calls: list[int] = []
    real = series_module.margins_over_time

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    # the margins chart is one of the charts built (margins_over_time reads every release's statements)
    monkeypatch.setattr(series_module, "margins_over_time", counted)
    monkeypatch.setattr(over_time_module, "margins_over_time", counted, raising=False)
    # names no other test uses, so no set of releases built before in this process is found kept (Allos's under
    # its own name had been built by another test in the same worker, and counted once only)
    halden = {r.name: r for r in _halden("ui59_")}
    allos = dataclasses.replace(allos, name="ui59_once_allos_q2_2004.txt")
    at = run_compare({**halden, allos.name: allos}, current="ui59_halden_q3_2005.txt")
    assert at.selectbox(key="compare_company").value == "HLDN"
    assert list(frame_with(at, "Released")["File"]) == ["ui59_halden_q1_2005.txt", "ui59_halden_q2_2005.txt",
                                                         "ui59_halden_q3_2005.txt"]
    at.run()
    at.selectbox(key="compare_company").set_value("ALTH").run()
    at.selectbox(key="compare_company").set_value("HLDN").run()
    assert not at.exception
    assert len(calls) == 2  # Halden's three releases once, Allos's once: never again on a rerun or a return
