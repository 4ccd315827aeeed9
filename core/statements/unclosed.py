"""Whether a release ends inside a statement that never reached its close: a file cut at a line end.

A file cut off in transfer mid-line lacks its last line end (core.parse). One cut at a line end (`head -n`)
does not, and had been read as whole: Sears' statement of operations stopping on "Interest, net", under its
revenue and above its costs' total, showed revenue, a green "All 4 checks pass" and "This period prints no net
result" (UI-61). How releases are written tells a cut apart from a table that simply ends the file:

- every statement closes on its result: an income statement on its net result (per-share and share-count
  lines may follow it), a balance sheet on its total of liabilities and equity (in the net-assets layout, on
  its net assets and the equity printed equal to them), a cash flow on its cash at the
  end of the period (supplemental lines may follow it);
- every line of a statement is summed into a total or result printed below it, so a table a release chooses to
  end early (an excerpt stopping at "Operating income", selected balance-sheet data ending on the equity
  total) ends on a total or a result, never on a line summed into nothing.

A file whose last table is a statement lacking its close and ending on such a bare line, with no words after
it, is said to be cut there; the line is named.

A file cut mid-line has lost the end of the line it stops on: "262  230" arrives as "262  2", a figure as
whole-looking as any other (UI-62). That row is left out, and named, unless a check vouches for every figure of
it (`the_cut_row`, `vouched_for`, `without_the_row`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from core.checks.verification import UNCHECKED, fact_checks
from core.model import Diagnostic, LineItem, Release, SourceSpan, Statement
from core.statements.concepts import equals_the_total
from core.vocabulary import CLOSING_CASH_WORDS, EQUITY_OF_THE_NET_ASSETS, NET_ASSETS_WORDS

# Concepts of a line that closes what stands above it (a result or a total): a statement may end on one.
_CLOSING_CONCEPTS = frozenset({
    "gross_profit", "operating_income", "income_before_taxes", "net_income", "net_income_to_common",
    "total_operating_expenses", "total_current_assets", "total_assets", "total_current_liabilities",
    "total_liabilities", "stockholders_equity", "total_liabilities_and_equity", "operating_cash_flow",
    "investing_cash_flow", "financing_cash_flow", "net_change_in_cash",
})  # fmt: skip
_NET_RESULTS = frozenset({"net_income", "net_income_to_common"})


def _prints_net_result(statement: Statement) -> bool:
    return any(_NET_RESULTS.intersection(item.concepts) for item in statement.items)


def _prints_liabilities_and_equity(statement: Statement) -> bool:
    """The sheet's closing total, by its concept or, where its label is bare (a ruled total under the equity
    lines), by the arithmetic: a line below total assets carrying its figures in every column."""
    if any("total_liabilities_and_equity" in item.concepts for item in statement.items):
        return True
    assets = statement.item("total_assets")
    if assets is None:
        return False
    return any(equals_the_total(statement.items, item, "total_assets") for item in statement.items
               if item.span.first > assets.span.last and item.kind == "amount")


def _prints_net_assets_and_their_equity(statement: Statement) -> bool:
    """The close of a sheet in the net-assets layout (UK, a fund): its net assets ("Net assets", "Total net
    assets"), then the equity printed equal to them in every column both print ("Shareholders' funds", "Total
    equity"). It prints no total of liabilities and equity, and is whole (round 720: a complete file ending on
    one had been said cut)."""
    amounts = [item for item in statement.items if item.kind == "amount"]
    return any(NET_ASSETS_WORDS.match(net.label.strip()) and any(
        EQUITY_OF_THE_NET_ASSETS.match(equity.label.strip()) and _equal_where_both_print(net, equity)
        for equity in amounts if equity.span.first > net.span.last) for net in amounts)


def _equal_where_both_print(one: LineItem, other: LineItem) -> bool:
    pairs = [(a, b) for a, b in zip(one.values, other.values, strict=False) if a is not None and b is not None]
    return bool(pairs) and all(a == b for a, b in pairs)


def _balance_sheet_closed(statement: Statement) -> bool:
    """A balance sheet's close: its total of liabilities and equity, or its net assets and their equity."""
    return _prints_liabilities_and_equity(statement) or _prints_net_assets_and_their_equity(statement)


def _prints_closing_cash(statement: Statement) -> bool:
    return any(CLOSING_CASH_WORDS.search(item.label) for item in statement.items if item.kind == "amount")


_CLOSED: dict[str, Callable[[Statement], bool]] = {
    "operations": _prints_net_result,
    "balance": _balance_sheet_closed,
    "cash_flow": _prints_closing_cash,
}


def _is_bare_line(item: LineItem) -> bool:
    """A line of money summed into a total or result below it: no total, result, figure a share or count."""
    return item.kind == "amount" and not item.is_total and not _CLOSING_CONCEPTS.intersection(item.concepts)


def _last_row(statement: Statement, last_line: int) -> LineItem:
    """The statement's row read last: the lowest, and of rows on one line (a table flattened onto one line of
    Markdown) the one read after the others."""
    rows = [(item.span.last, place, item) for place, item in enumerate(statement.items)
            if item.span.first <= last_line]
    return max(rows, key=lambda row: row[:2])[2]


def cut_at_a_line_end(release: Release, last_line: int) -> LineItem | None:
    """The line the release stops on, where its last table is a statement that never prints its close and
    stops on a bare line with no words after it (`last_line` is the release's last line with text on it)."""
    started = [s for s in release.statements if any(item.span.first <= last_line for item in s.items)]
    if not started:
        return None
    statement = max(started, key=lambda s: s.span.first)
    closed = _CLOSED.get(statement.kind)
    last = _last_row(statement, last_line)
    if closed is None or closed(statement) or not _is_bare_line(last):
        return None
    after = release.lines[last.span.last:last_line]
    return None if any(any(c.isalpha() for c in line) for line in after) else last


# Carried label lines a cut may leave under a statement's last row: a wrapped label whose figures never came
_CARRIED_LABEL_LINES = 2
_EQUITY = frozenset({"stockholders_equity", "total_equity"})
# A row's label alone: words, no figure, rule, currency sign, sentence's full stop or heading's colon (w3m's
# "Cash and cash equivalents at end of period  ━━━━" under its figures is a whole row, its label under them)
_A_LABELS_WORDS = re.compile(r"[^\W\d_](?:[^\W\d_]|[ ,'\u2019&()/-])*")


def _cut_short(statement: Statement) -> bool:
    """A statement short of the line that closes it: a statement of operations with no net result; a balance
    sheet printing its assets and neither its total of liabilities and equity, its net assets nor its equity
    (selected balance-sheet data ends on the equity, and is whole); a cash flow with no closing cash."""
    if statement.kind == "balance":
        return (statement.item("total_assets") is not None and not _balance_sheet_closed(statement)
                and not any(_EQUITY.intersection(item.concepts) for item in statement.items))
    closed = _CLOSED.get(statement.kind)
    return closed is not None and not closed(statement)


def ends_inside(release: Release, last_line: int) -> Statement | None:
    """The statement a release stops inside where it stops on a row's label, its figures never come: a line or two
    of words right under the statement's last row of figures (no blank line, no sentence's full stop or a
    heading's colon between), and the statement short of its close (`_cut_short`). UI-66's Allos, cut under "Loss
    from operations" at "Interest and other", had loaded with "All 8 checks pass": its last row closes what
    stands above it, so `cut_at_a_line_end` (a bare line) had said nothing. An excerpt ending on its result or
    total, nothing after it, is still no cut; a table that ends a complete release closes its statement (a
    net-assets sheet: `_prints_net_assets_and_their_equity`)."""
    started = [s for s in release.statements if any(item.span.first <= last_line for item in s.items)]
    if not started:
        return None
    statement = max(started, key=lambda s: s.span.first)
    last = _last_row(statement, last_line)
    if last.kind != "amount" or not _cut_short(statement):
        return None
    after = release.lines[last.span.last:last_line]
    if not after or len(after) > _CARRIED_LABEL_LINES or not all(_A_LABELS_WORDS.fullmatch(line.strip())
                                                                  for line in after):
        return None
    return statement


def the_cut_row(statements: Sequence[Statement], last_line: int) -> tuple[int, LineItem] | None:
    """The row a file cut mid-line stops inside, with the place of its statement: the one read last on
    `last_line`. Of rows sharing the line (a table flattened onto one line of Markdown), those read before it
    arrived whole."""
    cut = [(place, row, item) for place, statement in enumerate(statements)
           for row, item in enumerate(statement.items) if item.span.first <= last_line <= item.span.last]
    if not cut:
        return None
    place, _, item = max(cut, key=lambda found: found[:2])
    return place, item


def vouched_for(release: Release, item: LineItem) -> bool:
    """Whether every figure of the row is one a passing check vouches for (an EPS times the share count it
    prints, a total read above it): the cut, had it reached a figure, would have failed that check."""
    checks = fact_checks(release)
    statement = next((s for s in release.statements if any(
        (i.span.first, i.label) == (item.span.first, item.label) for i in s.items)), None)
    if statement is None:
        return False
    return all(checks.get((item.span.first, item.label, period.key), UNCHECKED).status == "verified"
               for period, value in zip(statement.periods, item.values, strict=False) if value is not None)


def without_the_row(statements: Sequence[Statement], place: int,
                    item: LineItem, last_line: int) -> tuple[tuple[Statement, ...], Diagnostic]:
    """The statements less the row a file cut mid-line stops inside, and the note naming it: its last figure may
    be a cut piece of one ("230" arriving as "2"), and a row stopped part-way may place its figures in the wrong
    columns."""
    kept = list(statements)
    kept[place] = dataclasses.replace(kept[place], items=tuple(i for i in kept[place].items if i is not item))
    note = Diagnostic(f"the row {item.label!r} was left out: the file stops inside it, so its last figure may be only "
                      "the first digits of one, and no check vouches for it",
                      span=SourceSpan(item.span.first, last_line), table=statements[place].name)
    return tuple(kept), note
