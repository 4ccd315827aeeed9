"""The summary check: a summary's line that names a statement line must print the statement's figure for
each period both print; one that prints the figure of another period was dated wrong, and only its own
figure is in doubt. Figures are Meta's third quarter of 2022 (round 78), whose highlights read off a PDF's
text had printed 2021's revenue under 2022."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.checks.between_statements import summary_lines
from core.model import LineItem, Period, SourceSpan, Statement

Q3_2022 = Period(date(2022, 9, 30), 3, "Three Months Ended September 30, 2022")
Q3_2021 = Period(date(2021, 9, 30), 3, "Three Months Ended September 30, 2021")
MILLION = 1_000_000


def _statement(primary: bool, rows: list[tuple[str, str, str, tuple[str, str]]], first: int) -> Statement:
    """Rows of (label, kind, concept, (2022 cell, 2021 cell)) in millions, or dollars a share."""
    items = tuple(
        LineItem(label=label, values=tuple(Decimal(c.replace(",", "")) * (MILLION if kind == "amount" else 1)
                                           for c in cells),
                 concepts=(concept,) if concept else (), kind=kind, span=SourceSpan(first + n, first + n),  # type: ignore[arg-type]
                 cells=cells)
        for n, (label, kind, concept, cells) in enumerate(rows))
    return Statement(kind="operations", title="", unit="In millions", scale=MILLION, share_scale=MILLION,
                     periods=(Q3_2022, Q3_2021), items=items, span=SourceSpan(first, first + len(rows)),
                     primary=primary)


STATEMENT = _statement(True, [
    ("Revenue", "amount", "revenue", ("27,714", "29,010")),
    ("Income from operations", "amount", "operating_income", ("5,664", "10,423")),
    ("Net income", "amount", "net_income", ("4,395", "9,194")),
    ("Diluted", "per_share", "eps_diluted", ("1.64", "3.22")),
], 170)


@pytest.mark.parametrize(("summary_row", "passed"), [
    # dated right: the statement's figures, to the summary's rounding
    (("Revenue", "amount", "", ("27,714", "29,010")), [True, True]),
    (("Revenue (1)", "amount", "", ("27,714", "29,010")), [True, True]),  # a footnote's mark
    # dated wrong: each column prints the other period's figure
    (("Revenue", "amount", "", ("29,010", "27,714")), [False, False]),
    (("Net income", "amount", "", ("9,194", "9,194")), [False, True]),
])
def test_a_summary_line_is_checked_against_the_statements(summary_row: tuple[str, str, str, tuple[str, str]],
                                                          passed: list[bool]) -> None:
    summary = _statement(False, [summary_row], 13)
    checks = list(summary_lines([summary, STATEMENT]))
    assert [c.passed for c in checks] == passed
    assert {c.lines for c in checks} == {(13,)}  # the summary's line alone: the statement is the reference


def test_a_figure_no_column_of_the_statement_prints_is_no_claim() -> None:
    """A non-GAAP line under the statement's words, or another entity's: neither agrees nor accuses."""
    summary = _statement(False, [("Income from operations", "amount", "", ("6,912", "11,577"))], 13)
    assert list(summary_lines([summary, STATEMENT])) == []


def test_a_repeat_of_a_label_further_down_is_no_line_of_the_summary() -> None:
    """"Research and development" under "Share-based compensation expense:" is a part of the first one."""
    statement = _statement(True, [("Research and development", "amount", "research_and_development",
                                   ("9,170", "6,316"))], 170)
    summary = _statement(False, [("Research and development", "amount", "", ("9,170", "6,316")),
                                 ("Research and development", "amount", "", ("6,316", "1,849"))], 13)
    assert [(c.lines, c.passed) for c in summary_lines([summary, statement])] == [((13,), True), ((13,), True)]
