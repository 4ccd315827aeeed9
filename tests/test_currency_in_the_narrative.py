"""UI-66, finding 1: where the statements name no currency, the release's own words decide it.

A UK release whose statements print "(In thousands)" and dates alone over their columns, its lead saying
"revenue of \u00a312.4 million", had been shown in US dollars on Overview, Cash, Compare and Data: a wrong sign
is a wrong number shown with confidence. The narrative names the currency where every sum of money it states
is in one currency and that no dollar (core.narrative.money); "$" anywhere in it, or two currencies, leave the
filings' default, US dollars.
"""

from __future__ import annotations

from functools import cache

import pytest

import core
from core.analysis.currency import release_currency, statement_currency, statement_unit
from core.analysis.metrics import metric_text, overview_metrics, standard_metrics
from core.analysis.side_by_side import side_by_side
from core.facts import fact_rows, row_unit
from core.model import Release
from core.narrative.money import currencies_of_sums, narrative_currency
from tests.conftest import FIXTURES
from tests.page_runner import metrics, run_page, texts

# "Harwell Instruments plc ... today announces revenue of \u00a312.4 million ... (2014: \u00a310.0 million)": its income
# statement and balance sheet say "(In thousands)" and nothing of pounds.
UK = FIXTURES / "ui" / "uk_pounds_named_only_in_the_lead.txt"
LEAD = "revenue of \u00a312.4 million"
# The shape of round 729's p07: a UK interim's net-assets sheet, "(In thousands)", "\u00a321.4 million" in the lead.
NET_ASSETS = FIXTURES / "layouts" / "uk_net_assets_sheet_ending_the_file.htm"


@cache
def _read(lead: str = LEAD) -> Release:
    """The UK fixture, its lead's first sum written as `lead` says it."""
    data = UK.read_text(encoding="utf-8").replace(LEAD, lead, 1)
    assert lead in data
    return core.parse_release(data.encode(), UK.name)


@pytest.mark.parametrize(("words", "codes"), [
    # sums of money as leads and highlights print them (rounds 726, 729: UK, Continental and Nordic releases)
    ("Revenue rose to \u00a321.4 million and cash at bank stood at \u00a36.3 million", {"GBP"}),
    ("Net sales of EUR 12.1m; EBITDA \u20ac4.2m", {"EUR"}),
    ("Net sales increased to SEK 300 million (MSEK 254)", {"SEK"}),
    ("operating income of 12.1 million euros", {"EUR"}),
    ("order intake of 300 million Swedish kronor", {"SEK"}),
    ("revenue of \u00a312.4 million ($19.5 million)", {"GBP", "US$"}),
    ("a net loss of $7.2 million, or $0.23 per share", {"US$"}),
    ("US$1.2 billion of cash; 5 million dollars", {"US$"}),
    ("revenue of A$5.0m", {"A$"}),
    ("R5.2 billion of headline earnings", {"ZAR"}),
    # no sum of money: a currency or country mentioned, a word that is a code too, a year before "dollars"
    ("results in sterling for the UK and Europe", set()),
    ("Harwell Won 3 contracts in 2015", set()),
    ("priced in constant 2010 dollars", set()),
    ("R&D of 5 projects", set()),
])
def test_the_sums_of_money_a_narrative_names(words: str, codes: set[str]) -> None:
    assert currencies_of_sums([words]) == codes


def test_only_one_currency_and_no_dollar_names_the_narratives_currency() -> None:
    assert narrative_currency(["revenue of \u00a312.4 million", "cash of \u00a33.2 million"]) == "GBP"
    assert narrative_currency(["revenue of \u00a312.4 million", "cash of \u20ac3.2 million"]) == ""  # two
    assert narrative_currency(["revenue of \u00a312.4 million", "cash of $3.2 million"]) == ""  # any dollar
    assert narrative_currency(["revenue of A$12.4 million"]) == "A$"
    assert narrative_currency(["revenue rose 24% in sterling"]) == ""


def test_a_uk_release_naming_pounds_only_in_its_lead_is_in_pounds() -> None:
    release = _read()
    assert release_currency(release) == "GBP"
    for kind in ("operations", "balance"):
        statement = release.statement(kind)
        assert statement is not None and statement_currency(statement) == "GBP"
        assert statement_unit(statement) == "\u00a3 thousands"
    cards = {m.key: m for m in overview_metrics(standard_metrics(release))}
    assert metric_text(cards["revenue"]) == "\u00a312.4 million"  # Revenue 12,400 thousand, six months to 30 June 2015
    assert metric_text(cards["net_income"], compact=True) == "\u00a31.5M"  # Profit for the period 1,500
    assert metric_text(cards["cash_and_investments"], compact=True) == "\u00a33.2M"  # cash 3,200 at 30 June 2015
    # the Data page's download: each amount a GBP one (the command line's facts carry no currency column)
    revenue = next(row for row in fact_rows(release) if row[1] == "revenue")
    assert row_unit(release, revenue) == ("GBP (full amount)", "GBP")


def test_a_lead_naming_dollars_beside_pounds_leaves_us_dollars() -> None:
    release = _read("revenue of \u00a312.4 million ($19.5 million)")
    assert release_currency(release) == "USD"
    operations = release.statement("operations")
    assert operations is not None and statement_currency(operations) == "USD"


def test_a_lead_naming_euros_alone_is_in_euros() -> None:
    data = UK.read_text(encoding="utf-8").replace("\u00a3", "\u20ac")
    release = core.parse_release(data.encode(), UK.name)
    assert release_currency(release) == "EUR"
    cards = {m.key: m for m in overview_metrics(standard_metrics(release))}
    assert metric_text(cards["revenue"]) == "\u20ac12.4 million"


def test_the_uk_net_assets_fixture_is_in_pounds() -> None:
    release = core.parse_release(NET_ASSETS.read_bytes(), NET_ASSETS.name)
    assert release_currency(release) == "GBP"
    balance = release.statement("balance")
    assert balance is not None and statement_unit(balance) == "\u00a3 thousands"


def test_compare_says_pounds_beside_dollars_are_two_currencies(allos: Release) -> None:
    uk = _read()
    comparison = side_by_side([uk, allos])
    assert comparison.currencies == ("GBP", "USD") and comparison.currency is None
    assert "report in different currencies" in comparison.currency_note
    assert ": \u00a3;" in comparison.currency_note and comparison.currency_note.count(": $)") == 1
    assert side_by_side([uk, uk]).currency_note == ""


def test_the_overview_and_cash_pages_show_pounds() -> None:
    release = _read()
    assert metrics(run_page("overview", release)) == {
        "Revenue": ("\u00a312.4M", "+24.0%"),  # 12,400 vs 10,000
        "Gross margin": ("40.3%", "+0.3 pts"),  # 5,000 / 12,400 vs 4,000 / 10,000
        "Operating expenses": ("\u00a33.0M", "+20.0%"),  # 3,000 vs 2,500
        "Operating margin": ("16.1%", "+1.1 pts"),  # 2,000 / 12,400 vs 1,500 / 10,000
        "Net income (loss)": ("\u00a31.5M", "+36.4%"),  # 1,500 vs 1,100
        "Cash and cash equivalents": ("\u00a33.2M", "+14.3%"),  # 3,200 at 30 June 2015 vs 2,800 at 31 December 2014
    }
    cash = texts(run_page("cash", release))
    assert "**\u00a33.2 million** at June 30, 2015" in cash
    assert "Bars of cash in \u00a3 thousands: Dec 31, 2014 2,800, Jun 30, 2015 3,200." in cash
    assert "$" not in cash
