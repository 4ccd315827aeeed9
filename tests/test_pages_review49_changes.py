"""A change percent says no more than the figures' rounding vouches for (UI-49, part C).

Figures checked by hand against Oracle's Q4 FY2014 release (tests/fixtures/edgar/oracle_q4-fy2014.txt), whose
statement of operations prints, in millions, each line's two quarters, their shares of revenue, and two change
columns, "% Increase (Decrease) in US $" and "in Constant Currency": "Cloud infrastructure-as-a-service" under
operating expenses 84 against 76, "10%" and "11%"; "Restructuring" 37 against 34, "8%" and "4%"; "Sales and
marketing" 2,241 against 2,125, "6%" and "5%"; "Interest expense" (239) against (210), "14%" and "14%".
84 against 76 may be 83.5 against 76.5 (+9.2%) or 84.5 against 75.5 (+11.9%) before rounding: the page had said
"+11%"; 37 against 34 allows +5.8% to +11.9% and had read "+9%"."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from core.analysis import windows
from core.analysis.structure import operations_statement
from core.charts.periods import comparison_bars
from core.model import Release
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read

ORACLE = FIXTURES / "edgar" / "oracle_q4-fy2014.txt"


def _quarter(release: Release) -> pd.DataFrame:
    operations = operations_statement(release)
    assert operations is not None
    quarter = next(w for w in windows(operations) if w.prior is not None and w.current.months == 3)
    return comparison_bars(operations, (quarter,)).data.set_index("Line")


def test_oracles_lines_carry_the_change_it_prints_in_us_dollars() -> None:
    """The model keeps the "% Increase (Decrease) in US $" column, never the constant-currency one beside it."""
    operations = operations_statement(read(ORACLE))
    assert operations is not None
    printed = {(item.section, item.label): [(c.current, c.prior, c.percent) for c in item.changes]
               for item in operations.items}
    assert printed[("OPERATING EXPENSES", "Cloud infrastructure-as-a-service")] == [
        ("3M 2014-05-31", "3M 2013-05-31", Decimal(10))]
    assert printed[("OPERATING EXPENSES", "Restructuring")] == [("3M 2014-05-31", "3M 2013-05-31", Decimal(8))]
    assert printed[("REVENUES", "Services Revenues")] == [("3M 2014-05-31", "3M 2013-05-31", Decimal(-4))]
    assert printed[("EARNINGS PER SHARE", "Basic")] == []  # no change printed beside it


def test_oracles_periods_table_says_the_release_own_percent_where_the_rounding_leaves_it_open() -> None:
    table = _quarter(read(ORACLE))
    said = table["Change %"]
    assert said["Cloud infrastructure-as-a-service (operating expenses)"] == "+10%"  # "+11%" before
    assert said["Restructuring"] == "+8%"  # "+9%" before; its constant-currency 4% is no change of these figures
    assert said["Sales and marketing"] == "+5.5%"  # 5.41% to 5.51%: the tenth is known, and rounds to the 6%
    assert said["Interest expense"] == "+14%"  # (239) after (210): 13.3% to 14.3% more taken off, printed 14%
    assert said["Total Revenues"] == "+3.4%"


def test_a_change_the_rounding_leaves_open_is_said_as_the_whole_percents_it_spans() -> None:
    """Without a printed percent, or with one the figures cannot give (Oracle's constant-currency 4% for a rise
    of 5.8% to 11.9%), the change is said as the whole percents every pair of figures rounding to the printed
    ones lies within; a single whole percent where they all round to it."""
    from core.formatting import change_percent

    million = Decimal(1)
    assert change_percent(Decimal(84), Decimal(76), million) == "+9.2 to +11.9%"  # each end to a tenth since UI-56
    assert change_percent(Decimal(84), Decimal(76), million, printed=Decimal(10)) == "+10%"
    assert change_percent(Decimal(37), Decimal(34), million, printed=Decimal(4)) == "+5.8 to +11.9%"
    assert change_percent(Decimal(37), Decimal(34), million, printed=Decimal(-8)) == "+5.8 to +11.9%"
    # 4,909 against 5,000: -1.84% to -1.80%, a tenth known
    assert change_percent(Decimal(4909), Decimal(5000), million, printed=Decimal(-2)) == "-1.8%"
    # 303 against 316: -3.80% to -4.42%, across -4% but both ends a whole -4%: that percent, no range of tenths
    assert change_percent(Decimal(303), Decimal(316), million) == "-4%"
    # a cost in parentheses both years, said of its size: (239) after (210)
    assert change_percent(Decimal(-239), Decimal(-210), million, turned=True) == "+13.3 to +14.3%"
    assert change_percent(Decimal(-239), Decimal(-210), million, printed=Decimal(14), turned=True) == "+14%"
    # figures known exactly keep their tenth
    assert change_percent(Decimal(84), Decimal(76), None) == "+10.5%"
