"""Results printed without a sign under labels that allow a gain or a loss: the arithmetic decides, and
nothing else is ever turned (core.statements.unsigned_losses)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.model import LineItem, SourceSpan
from core.statements.signs import shown_against_its_concept
from core.statements.unsigned_losses import unsigned_losses


def _item(label: str, concept: str, *values: int | str) -> LineItem:
    return LineItem(label, tuple(Decimal(str(v)) for v in values), (concept,) if concept else (), "amount",
                    SourceSpan(1, 1))


def _statement(operating_label: str, operating: tuple[int, int], net: tuple[int, int],
               eps_label: str = "Net income (loss) per share") -> tuple[LineItem, ...]:
    # Gross profit 5,265 | 7,270 less expenses 6,045 | 5,480: the operating result is -780 | 1,790.
    return (
        _item("Gross profit", "gross_profit", 5265, 7270),
        _item("Total operating expenses", "total_operating_expenses", 6045, 5480),
        _item(operating_label, "operating_income", *operating),
        _item("Interest income, net", "nonoperating_income", 85, 60),
        _item("Provision for income taxes", "income_tax", 0, 650),
        _item("Net income (loss)", "net_income", *net),
        _item(eps_label, "eps_basic", "0.07", "0.12"),
    )


def _values(items: tuple[LineItem, ...], concept: str) -> list[str]:
    return [str(v) for v in next(i for i in items if concept in i.concepts).values]


def test_a_loss_printed_bare_under_a_two_way_label_is_turned_by_the_arithmetic() -> None:
    items = unsigned_losses(_statement("Operating income (loss)", (780, 1790), (695, 1200)), 1)
    assert _values(items, "operating_income") == ["-780", "1790"]
    assert _values(items, "net_income") == ["-695", "1200"]  # -780 + 85 - 0, and 1,790 + 60 - 650
    assert _values(items, "eps_basic") == ["-0.07", "0.12"]


@pytest.mark.parametrize("label", ["Operating income", "Income from operations"])
def test_a_label_naming_only_a_gain_is_never_turned(label: str) -> None:
    """The words allow one reading: the check fails and holds the figures back instead."""
    items = unsigned_losses(_statement(label, (780, 1790), (695, 1200)), 1)
    assert _values(items, "operating_income") == ["780", "1790"]


def test_figures_printed_with_their_signs_are_left_as_printed() -> None:
    items = _statement("Operating income (loss)", (-780, 1790), (-695, 1200))
    assert unsigned_losses(items, 1) == items


def test_a_figure_that_adds_up_neither_way_is_left_for_the_checks() -> None:
    """Gross profit less expenses is -780; 785 is no reading of it, so nothing is turned."""
    items = _statement("Operating income (loss)", (785, 1790), (700, 1200))
    assert _values(unsigned_losses(items, 1), "operating_income") == ["785", "1790"]


# Labels as releases print them (fixtures and corpus), with whether a positive figure under them is the
# opposite of the stored sign: non-operating lines are stored as income, income tax as an expense.
SHOWN_AGAINST = [
    ("nonoperating_income", "Interest expense, net", True),
    ("nonoperating_income", "Interest expense (income), net", True),
    ("nonoperating_income", "Other expense, net", True),
    ("nonoperating_income", "Total other expense", True),
    ("nonoperating_income", "Finance costs, net", True),
    ("nonoperating_income", "Interest and other income, net", False),
    ("nonoperating_income", "Other income (expense), net", False),
    ("nonoperating_income", "Interest income (expense), net", False),
    ("income_tax", "Income tax benefit", True),
    ("income_tax", "Income tax (expense) benefit", True),
    ("income_tax", "(Provision for) benefit from income taxes", True),
    ("income_tax", "Benefit from income taxes", True),
    ("income_tax", "Provision for (benefit from) income taxes", False),
    ("income_tax", "Income tax expense (benefit)", False),
    ("income_tax", "Income taxes", False),
    ("income_tax", "Provision for income taxes", False),
]


@pytest.mark.parametrize(("concept", "label", "against"), SHOWN_AGAINST, ids=[lb for _, lb, _ in SHOWN_AGAINST])
def test_which_lines_read_against_their_stored_sign(concept: str, label: str, against: bool) -> None:
    assert shown_against_its_concept(_item(label, concept, 1)) is against
