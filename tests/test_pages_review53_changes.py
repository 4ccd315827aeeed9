"""UI-53: one table, one way of saying a change of a cost or loss. Capstead's "Loss on derivative instruments (net)"
(155,739) after (21,657) had read "+134.1, +619.1%" and its "Loss on sale of investments" (67,820) after "-" (src
lines 281-282) "(67.8), n/m": two growing losses, two signs. Each cost or loss taken off now changes as its size
(more taken off a rise), a nil beside it too, and a loss says which way it went. A figure gone to nil fell by
exactly 100% (Timberland's FDIC insurance 97 to nil had read "-99% to -101%"). Oracle's "Provision for income taxes"
printed (435) and (124) (src line 169) is shown in parentheses as its interest expense's (704) is."""

from __future__ import annotations

from decimal import Decimal

from core.analysis import windows, with_derived
from core.analysis.comparisons import Change, compare
from core.analysis.derived import fiscal_quarter
from core.analysis.structure import operations_statement
from core.formatting import change_percent
from core.model import Release
from tests.conftest import corpus_release


def _release(name: str) -> Release:
    return corpus_release(name)


def _changes(name: str, window: int = 0) -> dict[str, Change]:
    release = _release(name)
    operations = operations_statement(release)
    assert operations is not None
    extended = with_derived(operations, fiscal_quarter(release))  # as the Periods page compares
    return {change.label: change for change in compare(extended, windows(operations)[window])}


def test_two_growing_losses_change_alike_and_say_so() -> None:
    changes = _changes("capstead-mortgage_q1-2020_html.htm")
    derivatives, sale = changes["Loss on derivative instruments (net)"], changes["Loss on sale of investments"]
    assert (derivatives.current, derivatives.prior) == (Decimal(-155_739_000), Decimal(-21_657_000))
    assert derivatives.change_said == Decimal(134_082_000)
    assert derivatives.percent_words == "+619.1% (larger loss)"
    assert (sale.current, sale.prior) == (Decimal(-67_820_000), Decimal(0))  # after "-"
    assert sale.change_said == Decimal(67_820_000)  # was (67,820,000): a rise, as the other loss's
    assert sale.percent_words == "n/m (larger loss)"


def test_a_cost_taken_off_changes_by_the_rule_and_a_result_keeps_its_words() -> None:
    changes = _changes("capstead-mortgage_q1-2020_html.htm")
    assert changes["Compensation-related expense"].change_said == Decimal(-1_405_000)  # (2,204) after (3,609)
    assert changes["Compensation-related expense"].percent_words == "-38.9%"
    assert changes["Net loss"].percent_words == "-2,542% (larger loss) ¶"  # a whole percent, marked (UI-59)
    assert changes["Less preferred stock dividends"].percent_words == "unchanged"  # (4,842) both years: no words


def test_a_figure_gone_to_nil_fell_by_exactly_all_of_itself() -> None:
    assert change_percent(Decimal(0), Decimal(97_000), Decimal(1000)) == "-100%"
    fdic = _changes("timberland-bancorp_q2-fy2020_html.htm")["FDIC insurance (credit)"]  # 97 to "--", line 599
    assert (fdic.current, fdic.prior, fdic.percent_words) == (Decimal(0), Decimal(97_000), "-100%")


def test_a_tax_printed_in_parentheses_is_shown_so_beside_the_interest_expense() -> None:
    changes = _changes("oracle_q4-fy2022_edgar-submission.txt")
    tax, interest = changes["Provision for income taxes"], changes["Interest expense"]
    assert (tax.current, tax.prior) == (Decimal(-435_000_000), Decimal(-124_000_000))  # (435) and (124)
    assert (interest.current, interest.prior) == (Decimal(-704_000_000), Decimal(-697_000_000))
    assert tax.change_said == Decimal(311_000_000) and tax.percent_words == "+251%"
