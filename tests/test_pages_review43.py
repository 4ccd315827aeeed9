"""The pages as a browser review of real releases found them (UI-43, cash): a balance sheet printing no cash
line takes its cash at each date from the cash flow statement's closing (or opening) cash, said so on the
Cash page, the Overview and Compare alike, and used for the cash position, burn and runway as a sheet's own.

Figures checked by hand against the releases: AZZ's Q4 FY2020 release (tests/fixtures/html/azz_q4-fy2020.htm)
prints a condensed balance sheet whose assets are "Current assets" $354,562 and $378,545 thousand, no cash
line, and a cash flow statement closing "Cash and cash equivalents at end of period" at $36,687 thousand for
the twelve months to Feb 29, 2020 and $24,005 thousand for those to Feb 28, 2019 (its "Net increase in cash and
cash equivalents" $12,682 thousand). Cree's Q3 FY2020 balance sheet prints "Cash, cash equivalents, and
short-term investments" $852.9 and $1,051.4 million at Mar 29, 2020 and Jun 30, 2019; its cash flow closes at
$323.0 million."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.analysis.cash import (
    burn_estimates,
    cash_burn,
    cash_points,
    cash_source_note,
    no_cash_said,
    release_cash_points,
)
from core.analysis.cash_over_time import cash_series
from core.analysis.cash_rise import cash_rise
from core.analysis.metrics import standard_metrics
from core.analysis.series import company_series
from core.charts.memo import memo_basis_notes
from tests.conftest import ANTERO, AZZ, CREE
from tests.conftest import read_fixture as read

AZZ_SAID = ('The balance sheet prints no cash line: the cash at Feb 29, 2020 and Feb 28, 2019 is the cash flow '
            'statement\'s "Cash and cash equivalents at end of period".')


def test_a_sheet_printing_no_cash_line_takes_the_cash_flows_closing_cash_at_each_date() -> None:
    """AZZ's cash at both balance-sheet dates is the cash flow statement's closing cash of the year ending on
    each: $36,687 thousand at Feb 29, 2020 and $24,005 thousand at Feb 28, 2019 (UI-43: none had been read)."""
    release = read(AZZ)
    balance = release.statement("balance")
    assert balance is not None
    assert cash_points(balance) == ()  # the sheet alone prints none
    points = release_cash_points(release)
    assert [(p.period.end, p.amount) for p in points] == [(date(2019, 2, 28), Decimal(24_005_000)),
                                                         (date(2020, 2, 29), Decimal(36_687_000))]
    assert all(p.statement == "cash_flow" and p.lines == ("Cash and cash equivalents at end of period",)
               for p in points)
    assert cash_source_note(points) == AZZ_SAID


def test_the_cash_flows_cash_is_used_for_the_burn_and_the_rise_as_a_sheets_would_be() -> None:
    """AZZ's cash rose $12,682 thousand (the cash flow's "Net increase in cash and cash equivalents"), so the fall
    in cash shows no burn; its operations generated $144,759 thousand, so there is no burn at all."""
    release = read(AZZ)
    change = next(e for e in burn_estimates(release) if e.method == "Change in cash and investments")
    assert change.basis == ("cash and cash equivalents changed from Feb 28, 2019 to Feb 29, 2020, divided by the "
                            "12 months between")
    assert change.monthly is None and change.note == "Cash and cash equivalents rose: no burn."
    assert cash_burn(release) is None
    rise = cash_rise(release)
    assert rise is not None and rise.amount == Decimal(12_682_000)
    assert rise.sentence.startswith("Cash and cash equivalents rose $12.7 million, from $24.0 million at Feb 28, "
                                    "2019 to $36.7 million at Feb 29, 2020.")


def test_the_overview_and_compare_show_the_cash_flows_cash_and_say_where_it_comes_from() -> None:
    """The cash card (the Overview's and Compare's memo alike): $36,687 thousand against $24,005 thousand,
    named "Cash and cash equivalents", its source the cash flow statement's line, its note saying so."""
    release = read(AZZ)
    found = standard_metrics(release)
    card = found.get("cash_and_investments")
    assert card is not None
    assert (card.value, card.prior) == (Decimal(36_687_000), Decimal(24_005_000))
    assert card.name == "Cash and cash equivalents"
    assert card.note == AZZ_SAID
    assert card.basis == "Cash and cash equivalents at end of period (cash flow statement)"
    assert [" ".join(release.lines[span.first - 1].split()) for span in card.sources] == [
        "Cash and cash equivalents at end of period $36,687 $24,005"]
    assert found.cash_compared == "cash at Feb 29, 2020 against Feb 28, 2019"
    assert memo_basis_notes([found]) == [f"AZZ, cash and cash equivalents: {AZZ_SAID[0].lower()}{AZZ_SAID[1:]}"]
    # Compare's cash over time counts it too
    assert [(c.end, c.amount) for c in cash_series(company_series([release]))] == [
        (date(2019, 2, 28), Decimal(24_005_000)), (date(2020, 2, 29), Decimal(36_687_000))]


def test_the_pages_show_the_cash_flows_cash() -> None:
    """The Cash page charts AZZ's cash and says where it comes from; the Overview shows its cash card."""
    from tests.page_runner import metrics, run_page, texts

    at = run_page("cash", read(AZZ))
    shown = texts(at)
    assert "*Cash and cash equivalents at end of period*: **$36.7 million** at February 29, 2020." in shown
    assert AZZ_SAID in shown
    assert not any("not charted" in info.value for info in at.info)
    overview = metrics(run_page("overview", read(AZZ)))
    assert overview["Cash and cash equivalents"] == ("$36.7M", "+52.8%")


def test_a_sheet_printing_cash_keeps_its_own() -> None:
    """Cree's sheet prints its "Cash, cash equivalents, and short-term investments": $852.9 million at Mar 29,
    2020 and $1,051.4 million at Jun 30, 2019, never its cash flow's closing $323.0 million; no note of another
    source."""
    release = read(CREE)
    balance = release.statement("balance")
    assert balance is not None
    points = release_cash_points(release)
    assert points == cash_points(balance)
    assert [p.amount for p in points] == [Decimal("1051.4") * 1_000_000, Decimal("852.9") * 1_000_000]
    assert all(p.statement == "balance" for p in points)
    assert cash_source_note(points) == ""
    card = standard_metrics(release).get("cash_and_investments")
    assert card is not None and card.value == Decimal("852.9") * 1_000_000 and card.note == ""


def test_a_cash_flow_closing_with_no_cash_at_every_date_is_not_charted() -> None:
    """Antero's sheet prints no cash line and its cash flow opens and closes the quarter at "—": nothing to chart,
    and the page says the cash flow ends with no cash, as before (UI-42)."""
    release = read(ANTERO)
    assert release_cash_points(release) == ()
    assert no_cash_said(release).endswith('ends Mar 31, 2020 with no cash (its "Cash and cash equivalents, end '
                                          'of period" printed "—")')
