"""A row of currency signs alone, its figures a line under them (core.tables.signs_alone), and the checks that
hold back a share count or an EPS no reading can have printed (core.checks.plausible). Round 654: w3m at 80
columns broke a net loss's "$ (12,848)" after its sign in a table whose rows are stacked in single <BR> cells;
every figure after it was read a row low, the EPS printed as -12,848 and the counts as -410, no warning.
The layout fixture dollar_signs_alone_over_figures_pushed_a_line_down_in_stacked_cells_by_w3m reads the
whole statement; these cases pin the rule's bounds. Companies and figures are invented."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import core
from core.checks.plausible import eps_magnitudes, share_counts
from core.model import LineItem, Period, SourceSpan, Statement

HEAD = """                         LARKSPUR ROW SYSTEMS, INC.
                   CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share data)

                                          Three Months Ended
                                             December 31,
                                           2008        2007
Revenue                                 $  41,210   $  38,904
Cost of revenue                            29,377      27,115
  Gross profit                             11,833      11,789
Operating expenses                         13,020      12,233
  Loss from operations                     (1,187)       (444)
Interest income, net                          305         518
"""


def _facts(text: str) -> dict[tuple[str, str], tuple[str, float]]:
    """(concept, period end) -> (label, value) of the facts printed, held-back ones too."""
    frame = core.facts_frame(core.parse_release(text.encode(), "larkspur.txt"))
    return {(row.concept, str(row.period_end)[:10]): (row.label, float(row.value))
            for row in frame.itertuples() if row.concept}


def test_a_rows_figures_wrapped_under_its_signs_keep_their_label_without_the_signs() -> None:
    """The line under the signs prints no label: it is the row's, and the row's label is its words alone
    (it had read "Net (loss) income $ $")."""
    text = HEAD + """  Net (loss) income                     $           $
                                             (882)          74
Net (loss) income per share, basic and    $  (0.06)   $    0.01
diluted
"""
    facts = _facts(text)
    assert facts[("net_income", "2008-12-31")] == ("Net (loss) income", -882000)
    assert facts[("net_income", "2007-12-31")] == ("Net (loss) income", 74000)
    assert facts[("eps_basic", "2008-12-31")][1] == -0.06


def test_figures_that_are_no_result_of_the_rows_above_stay_on_their_line() -> None:
    """The line under the signs prints a label of its own and figures the rows above do not come to (-1,187 +
    305 is -882, not -880): nothing proves them the signs' row's, and no figure moves, though the labels and
    the figure lines would pair off one for one."""
    text = HEAD + """  Net (loss) income                     $           $
Basic and diluted net loss per               (880)          70
share                                     $  (0.06)   $    0.01
"""
    facts = _facts(text)
    assert facts.get(("net_income", "2008-12-31"), ("", 0.0))[1] != -880000


def test_labels_left_over_once_the_figures_run_out_move_no_figure() -> None:
    """A name run on in capitals ("Net Loss Attributable To Larkspur" / "Row Systems, Inc.", w3m wrapping the
    label cell of its own row) is proved a result by the arithmetic, but pairing the figures with the labels
    a line up leaves a label over: no stacked cell, and every figure stays beside the label printed with it."""
    text = HEAD + """  Net Loss Attributable To Larkspur      $           $
Row Systems, Inc.                             (882)          74
Basic and diluted per share               $  (0.06)   $    0.01
Weighted average shares                     14,700      14,100
"""
    facts = _facts(text)
    assert facts[("eps_basic", "2008-12-31")][1] == -0.06
    assert facts[("shares_basic", "2008-12-31")][1] == 14700000


Q4_2008 = Period(date(2008, 12, 31), 3, "Three Months Ended December 31, 2008")


def _statement(eps: str, shares: str | None, net: str | None) -> Statement:
    def line(label: str, kind: str, concept: str, value: str, first: int) -> LineItem:
        return LineItem(label=label, values=(Decimal(value),), concepts=(concept,), kind=kind,  # type: ignore[arg-type]
                        span=SourceSpan(first, first))

    items = [line("Net loss", "amount", "net_income", net, 20)] if net is not None else []
    items.append(line("Basic and diluted net loss per share", "per_share", "eps_basic", eps, 21))
    if shares is not None:
        items.append(line("Weighted average shares", "shares", "shares_basic", shares, 22))
    return Statement(kind="operations", title="", unit="In thousands", scale=1000, share_scale=1000,
                     periods=(Q4_2008,), items=tuple(items), span=SourceSpan(20, 22))


@pytest.mark.parametrize(("eps", "shares", "net", "failed"), [
    ("-0.60", "14700000", "-8820000", []),  # as printed
    ("-0.60", "-600", None, ["EPS share count (basic)"]),  # a count below nothing, whatever else is printed
    ("-0.60", "9000", "-8820000", ["EPS share count (basic)"]),  # under a thousandth of the 14.7 million implied
    ("-8820", "-600", None, ["EPS magnitude (basic)", "EPS share count (basic)"]),  # round 654's reading
    ("-8820", None, None, ["EPS magnitude (basic)"]),  # an amount's size, nothing to vouch for it
    ("-8820", "14700000", "-8820000", ["EPS magnitude (basic)"]),  # the result over the count gives cents
    ("8500", "16000", "136000000", []),  # a large share's EPS, the result over its count vouching
])
def test_counts_and_eps_no_reading_can_have_printed_are_held_back(eps: str, shares: str | None, net: str | None,
                                                                  failed: list[str]) -> None:
    statement = _statement(eps, shares, net)
    checks = [*share_counts(statement), *eps_magnitudes(statement)]
    assert sorted(check.name for check in checks) == failed
    assert all(not check.passed and check.items for check in checks)  # each accuses, naming its line
