"""A change measured against a figure printed as a single digit of its unit has no percent (UI-60): Cree's net
income attributable to noncontrolling interest, $0.2 million in the quarter to Mar 29, 2020 against $0.1 million
a year before, lies anywhere from 0% to +400% before rounding, and "0.0 to +400.0%" had been shown. It reads
"n/m", the legend under the table saying why; a figure of two digits keeps its range."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.analysis import windows
from core.analysis.comparisons import ONE_DIGIT, Change, change_notes
from core.analysis.structure import operations_statement
from core.charts.periods import comparison_bars
from core.formatting import change_percent, change_percent_said, too_coarse_for_percent
from tests.conftest import CREE
from tests.conftest import read_fixture as read

TENTH = Decimal("0.1")


@pytest.mark.parametrize(("prior", "unit", "coarse"), [
    (Decimal("0.1"), TENTH, True),      # Cree's $0.1 million, printed to a tenth
    (Decimal("-0.9"), TENTH, True),     # a loss of one digit too
    (Decimal("1.0"), TENTH, False),     # ten tenths: two digits
    (Decimal(7000), Decimal(1000), True),  # 7 thousand printed in thousands
    (Decimal(12), Decimal(1), False),   # ManTech's (12): two digits keep their range
    (Decimal("0.1"), None, False),      # known exactly: always a percent
])
def test_a_single_digit_of_its_unit_is_too_coarse(prior: Decimal, unit: Decimal | None, coarse: bool) -> None:
    assert too_coarse_for_percent(prior, unit) is coarse


def test_the_percent_of_a_one_digit_prior_is_not_measured() -> None:
    assert change_percent_said(Decimal("0.2"), TENTH, TENTH) == ("n/m", "coarse")
    # unchanged and gone to nil keep their words: no rounding makes them unsure
    assert change_percent(TENTH, TENTH, TENTH) == "unchanged"
    assert change_percent(Decimal(0), Decimal("0.3"), TENTH) == "-100%"
    # two digits: 12 against 10 in units keeps its range
    assert change_percent(Decimal(12), Decimal(10), Decimal(1)) == "+9.5 to +31.6%"


def test_cree_noncontrolling_interest_reads_n_m_with_its_reason() -> None:
    operations = operations_statement(read(CREE))
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None and w.months == 3)
    table = comparison_bars(operations, (quarter,)).data.set_index("Line")
    line = "Net income attributable to noncontrolling interest"
    assert table.loc[line, "This year ($ millions)"] == "0.2"
    assert table.loc[line, "Change %"] == "n/m"
    # the lines around it keep theirs (src: 215.5 against 274.0, 46.7 against 40.7 in $ millions)
    assert table.loc["Revenue, net", "Change %"] == "-21.4%"
    assert table.loc["Research and development", "Change %"] == "+14.5 to +15.0%"


def test_the_legend_names_the_line_and_why() -> None:
    change = Change("Net income attributable to noncontrolling interest", None, "amount", Decimal("0.2"),
                    Decimal("0.1"), "neutral", unit=TENTH)
    assert change.percent_said() == "n/m" and change.not_meaningful == ONE_DIGIT
    assert change_notes([change], [change.percent_words], TENTH) == (
        "n/m (not meaningful): no percent measures the change where the year-earlier figure is printed as a single "
        "digit, too coarse for a percent (Net income attributable to noncontrolling interest).")
    # a loss of one digit says no "(smaller loss)" after its n/m
    loss = Change("Loss from discontinued operations", None, "amount", Decimal("-0.2"), Decimal("-0.1"),
                  "lower_is_better", unit=TENTH)
    assert loss.percent_said() == "n/m"
