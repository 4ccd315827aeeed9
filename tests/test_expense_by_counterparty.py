"""An expense split by whom it was incurred with (round 714): "Research and development" beside "Research and
development - related party" names one expense twice, and with no total of the two printed neither line is all
of it (concepts._expense_beside_its_counterparty_twin; the statements are asserted in tests/test_layouts.py,
research_and_selling_costs_beside_their_related_party_twins_without_totals and
research_and_development_by_counterparty_under_its_printed_total).

The words: vocabulary.COUNTERPARTY_QUALIFIER takes the counterparty off a normalised label, leaving the expense.
"""

from __future__ import annotations

import pytest

from core.vocabulary import COUNTERPARTY_QUALIFIER, normalise_label, without_note_marks


@pytest.mark.parametrize(("label", "expense"), [
    # after the expense, set off by a dash, a comma or brackets, as biotech releases print them
    ("Research and development - related party", "research and development"),
    ("Research and development \u2014 related parties (1)", "research and development"),
    ("Research and development, related party", "research and development"),
    ("General and administrative (related party)", "general and administrative"),
    ("Selling, general and administrative - affiliates", "selling general and administrative"),
    ("Research and development\u2014third-party", "research and development"),
    ("Cost of revenue from affiliated companies", "cost of revenue"),
    ("Cost of product revenue - non-affiliates", "cost of product revenue"),
    # before it
    ("Related-party research and development", "research and development"),
    ("Third party research and development", "research and development"),
    # no counterparty: the label is left as it is, and an affiliate a space after words is theirs
    ("Research and development", "research and development"),
    ("Equity in earnings of affiliates", "equity in earnings of affiliates"),
    ("Sales to unaffiliated customers", "sales to unaffiliated customers"),
])
def test_the_counterparty_is_taken_off_the_expense(label: str, expense: str) -> None:
    assert COUNTERPARTY_QUALIFIER.sub("", normalise_label(without_note_marks(label))) == expense
