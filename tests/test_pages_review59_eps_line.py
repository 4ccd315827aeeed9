"""UI-59 #6: Apple's Q3 FY2004 statement of operations prints two blocks of EPS, "Earnings per common share before
accounting change:" (src lines 187-189) and "Earnings per common share:" (lines 190-192), the net income's. The Per
share chart "Net result per share (diluted)" had drawn line 189, the part's figure, under the net result's name (the
figures agree this quarter: $0.16, $0.05, $0.45, $0.07). An EPS "before accounting change" is the EPS of a part, as
one "before cumulative effect" already was: the net result's own lines carry eps_basic and eps_diluted."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.analysis import per_share_points
from core.analysis.structure import operations_statement
from core.charts import eps_bars
from core.vocabulary import match_concept
from tests.conftest import corpus_release

APPLE = "apple-computer_q3-fy2004_edgar-submission.txt"


@pytest.mark.parametrize("words", [
    "Earnings per common share before accounting change Basic",
    "Net income per share before the accounting change - diluted",
    "Earnings per share before change in accounting principle",
    "Income per share before an accounting change",
])
def test_an_eps_before_an_accounting_change_is_the_eps_of_a_part(words: str) -> None:
    assert match_concept(words) is None


def test_the_net_results_eps_keeps_its_name() -> None:
    assert match_concept("Earnings per common share Basic") == "eps"


def test_the_eps_lines_are_the_net_results() -> None:
    operations = operations_statement(corpus_release(APPLE))
    assert operations is not None
    basic, diluted = operations.item("eps_basic"), operations.item("eps_diluted")
    assert basic is not None and diluted is not None
    assert (basic.span.first, diluted.span.first) == (191, 192)
    assert diluted.section == "Earnings per common share"
    assert diluted.values == (Decimal("0.16"), Decimal("0.05"), Decimal("0.45"), Decimal("0.07"))
    # the part's lines stay figures per share, with no concept
    parts = [item for item in operations.items if item.section.endswith("before accounting change")]
    assert [(item.span.first, item.concepts, item.kind) for item in parts] == [(188, (), "per_share"),
                                                                               (189, (), "per_share")]


def test_the_per_share_chart_draws_line_192() -> None:
    operations = operations_statement(corpus_release(APPLE))
    assert operations is not None
    chart = eps_bars(per_share_points(operations))
    assert {span.first for spans in chart.sources.values() for span in spans} == {192}
    assert chart.figure.layout.title.text == "Net result per share (diluted), as printed"
    assert list(chart.data.iloc[:, 1]) == ["$0.05", "$0.16", "$0.07", "$0.45"]

