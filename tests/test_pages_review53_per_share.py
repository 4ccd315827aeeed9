"""UI-53: a figure a failed check blames carries its mark on every page that shows it. Oshkosh's basic EPS for the
six months to March 31, 2019 ($3.37, src line 303) times its basic count (70,761,437, line 305) is $238.47M against
the $237.5M net income (line 300): the "EPS basic" check fails and blames both. The Data page marked them; the Per
share page's table of basic beside diluted had shown them plain. Both pages now read the one index of what the
checks say of each figure (`verification.fact_checks`, through `fact_status`). The same table says share counts in the
unit the release prints them in: Oracle's "2,847" millions (src line 177) had read "2,847,000,000", dilution adding
"96,000,000", a precision the release never had."""

from __future__ import annotations

from functools import cache

from core.analysis.fact_status import concept_checks, status_reader
from core.analysis.per_share import dilution
from core.analysis.structure import operations_statement
from core.charts.per_share import dilution_note, dilution_table
from core.model import Release
from tests.conftest import corpus_release
from tests.page_runner import run_page, texts


@cache
def _oshkosh() -> Release:
    return corpus_release("oshkosh_q2-fy2020_html.htm")


@cache
def _oracle() -> Release:
    return corpus_release("oracle_q4-fy2022_edgar-submission.txt")


def test_the_figures_a_failed_check_blames_are_marked_in_the_table_of_basic_and_diluted() -> None:
    release = _oshkosh()
    operations = operations_statement(release)
    assert operations is not None
    rows = dilution(operations, concept_checks(release, operations))
    table = dilution_table(rows).set_index("Period")
    # blamed: the basic figures of the six months to March 31, 2019, and the shares dilution adds to that count
    assert table.loc["6M to Mar 31, 2019", "Basic EPS"] == "$3.37 \u2717"
    assert table.loc["6M to Mar 31, 2019", "Basic shares"] == "70,761,437 \u2717"
    assert table.loc["6M to Mar 31, 2019", "Shares dilution adds"] == "675,685 (1.0%) \u2717"
    # not blamed: the diluted figures beside them and every other period, as printed
    assert table.loc["6M to Mar 31, 2019", "Diluted EPS"] == "$3.33"
    assert table.loc["6M to Mar 31, 2020", "Basic EPS"] == "$2.12"
    assert table.loc["3M to Mar 31, 2019", "Basic shares"] == "70,042,761"
    assert "\u2717 Not verified: a failed check blames this figure." in dilution_note(rows)
    assert {check.name for row in rows for check in row.doubts} == {"EPS basic"}


def test_the_table_marks_what_the_data_page_marks() -> None:
    release = _oshkosh()
    operations = operations_statement(release)
    assert operations is not None
    status = status_reader(release)
    failed = {(item.label, period.key) for item in operations.items for period in operations.periods
              if status(item, period) == "failed"}
    assert failed == {("Basic", "6M 2019-03-31"), ("Basic weighted-average shares outstanding", "6M 2019-03-31")}


def test_the_per_share_page_marks_them_and_names_the_check() -> None:
    at = run_page("per_share", _oshkosh())
    table = next(d.value for d in at.dataframe if "Basic EPS" in d.value.columns).set_index("Period")
    assert table.loc["6M to Mar 31, 2019", "Basic EPS"] == "$3.37 \u2717"
    assert "\u2717 Not verified: a failed check blames this figure." in texts(at)
    badges = [m.value for m in at.markdown if "badge[" in m.value]
    assert any("Not verified: figures marked here are blamed by 1 failed check]" in b for b in badges), badges


def test_share_counts_printed_in_millions_are_said_in_millions() -> None:
    release = _oracle()
    operations = operations_statement(release)
    assert operations is not None
    rows = dilution(operations)
    table = dilution_table(rows).set_index("Period")
    assert table.loc["3M to May 31, 2021", "Basic shares (millions)"] == "2,847"
    assert table.loc["3M to May 31, 2021", "Diluted shares (millions)"] == "2,943"
    assert table.loc["3M to May 31, 2021", "Shares dilution adds (millions)"] == "96 (3.4%)"
    assert dilution_note(rows, printed=operations.share_scale).startswith(
        "Shares in millions, as the release prints them.")
    # without the statement's share scale the unit is only the largest that keeps the counts whole: no claim (UI-61)
    assert dilution_note(rows).startswith("Shares in millions. ")


def test_share_counts_printed_in_full_stay_in_full() -> None:
    release = _oshkosh()
    operations = operations_statement(release)
    assert operations is not None
    table = dilution_table(dilution(operations)).set_index("Period")
    assert table.loc["3M to Mar 31, 2020", "Basic shares"] == "68,281,213"
