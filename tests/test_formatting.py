"""Numbers on screen read like the release: accounting negatives, thousands separators, explicit units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.formatting import (
    accounting,
    card_money,
    how_many,
    money,
    months,
    per_share,
    percent,
    runway_words,
    shares,
    signed,
    unit_label,
)


def test_accounting_puts_negatives_in_parentheses() -> None:
    assert accounting(Decimal(-7151)) == "(7,151)"
    assert accounting(Decimal(-7151), currency="$") == "($7,151)"
    assert accounting(Decimal("34148")) == "34,148"
    assert accounting(None) == "—"
    assert accounting(-0.4) == "0"  # a rounded -0.4 is no "(0)"


def test_money_is_shown_in_the_statements_units() -> None:
    assert money(Decimal(-7151000), 1000) == "($7,151)"
    assert (
        unit_label(1000) == "$ thousands" and unit_label(1_000_000) == "$ millions" and unit_label(1) == "$"
    )


def test_deltas_and_percentages_carry_a_sign() -> None:
    assert signed(Decimal(4620)) == "+4,620"
    assert signed(Decimal(-4786)) == "-4,786"
    assert percent(Decimal("39.249")) == "+39.2%"
    assert percent(None) == "n/m"


def test_per_share_shares_and_months() -> None:
    assert per_share(Decimal("-0.23")) == "($0.23)"
    assert shares(Decimal(31139289)) == "31,139,289"
    assert months(Decimal("17.8957")) == "17.9 months"


def test_money_on_a_card_follows_one_rule() -> None:
    # Oracle Q4 FY2014 revenue and expenses ($ millions), ServiceNow Q1 2020 revenue, Alkermes Q1 2020 net
    # loss ($ thousands), St. Joe Q1 2020 net loss per month ($1.5 million / 3).
    assert [card_money(Decimal(v)) for v in (11_320_000_000, 6_411_000_000, 1_046_340_000)] == [
        "$11.32B", "$6.41B", "$1.05B",
    ]  # fmt: skip
    assert card_money(Decimal(-38_654_000)) == "($38.7M)"
    # Below a million, thousands: tenths of a million would print $128,000 and $96,000 both as "$0.1M".
    assert [card_money(Decimal(v)) for v in (500_000, 128_000, 96_000, 999_400)] == ["$500K", "$128K", "$96K", "$999K"]
    assert card_money(Decimal(999_600)) == "$1.0M"  # a thousand thousands is said in millions
    assert card_money(Decimal(999_960_000)) == "$1.00B"  # rounds up to a billion: said in billions
    assert card_money(Decimal(45_000)) == "$45K" and card_money(None) == "—"


@pytest.mark.parametrize(
    ("count", "noun", "plural", "expected"),
    [
        (1, "release", None, "1 release"),
        (2, "release", None, "2 releases"),
        (0, "file", None, "0 files"),
        (1_204, "byte", None, "1,204 bytes"),
        (3, "failed check", None, "3 failed checks"),
        (2, "company", "companies", "2 companies"),
    ],
)
def test_counts_read_as_words_not_as_forms(count: int, noun: str, plural: str | None, expected: str) -> None:
    assert how_many(count, noun, plural) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("17.89"), "17.9 months"),
        (Decimal("60"), "60.0 months"),
        (Decimal("99.9"), "5+ years"),
        (Decimal("212.8"), "5+ years"),
        (None, "—"),
    ],
)
def test_a_runway_card_says_more_than_five_years_past_sixty_months(value: Decimal | None, expected: str) -> None:
    """The Overview had said "17.7 years" where the Cash page said "212.8 months" for one runway; a straight
    line that far out is said as "5+ years" on every card, chart and table alike (UI-41, UI-42: the
    cards' "> 5 years" beside the chart's words)."""
    from core.analysis.metrics import Metric, metric_text

    assert runway_words(value) == expected
    assert metric_text(Metric("runway", value), compact=True) == expected
