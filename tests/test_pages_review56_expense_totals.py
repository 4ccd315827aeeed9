"""UI-56, finding 2: the operating-expense total says what it holds or leaves out.

Tupperware Q1 2020 (tests/fixtures/html/tupperware_q1-2020.htm, lines 258-264): Net sales 375.9, Cost of products sold
129.7, Gross margin 246.2, then Delivery, sales and administrative expense 242.9, Re-engineering and impairment
charges 3.9 and Loss on disposal of assets (0.1): the total of those three, $246.9M, leaves the $129.7M cost of
products sold out, which the Overview's card and the Expenses page had not said. ManTech Q1 2020's total holds its
Cost of services, as already said.
"""

from __future__ import annotations

from core.analysis.metrics import operating_expenses_caveat
from tests.conftest import FIXTURES, read_fixture
from tests.page_runner import run_page, texts

TUPPERWARE = FIXTURES / "html" / "tupperware_q1-2020.htm"


def test_tupperwares_total_says_it_leaves_out_the_cost_of_products_sold() -> None:
    caveat = operating_expenses_caveat(read_fixture(TUPPERWARE))
    assert caveat == 'this total leaves out "Cost of products sold", $129.7 million, taken off revenue above it'


def test_the_expenses_page_says_so() -> None:
    said = texts(run_page("expenses", read_fixture(TUPPERWARE)))
    assert 'leaves out "Cost of products sold", $129.7 million' in said


def test_mantechs_total_still_says_it_holds_every_cost() -> None:
    caveat = operating_expenses_caveat(read_fixture(FIXTURES / "html" / "mantech_q1-2020.htm"))
    assert caveat.startswith("this total holds every cost before the operating result")
