"""Whole documents: a statement alone, or a release with narrative, statements and trailer."""

from __future__ import annotations

import calendar
import textwrap
from dataclasses import dataclass, field, replace
from datetime import timedelta
from decimal import Decimal

from hypothesis import strategies as st

from tests.text_renderer.balance import balance_sheets
from tests.text_renderer.banks import bank_balance_sheets, bank_operations
from tests.text_renderer.model import DrawnStatement, Fact, Units, expected_facts
from tests.text_renderer.operations import operations_statements
from tests.text_renderer.typesetting import Layout, RenderedStatement, layouts, render_statement


@dataclass(frozen=True)
class Rendered:
    """A rendered document: its text, the facts a parser must find, and the parts for failure messages."""

    text: str
    facts: tuple[Fact, ...]
    parts: tuple[RenderedStatement, ...] = field(default=())

    def __repr__(
        self,
    ) -> str:  # hypothesis prints this for a falsifying example; the text goes in the message
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return f"<Rendered {len(self.text.splitlines())} lines, {len(self.facts)} facts, starting {first!r}>"

    def numbered(self) -> str:
        return "\n".join(f"{i:4} | {line}" for i, line in enumerate(self.text.splitlines(), start=1))

    def describe(self) -> str:
        return "\n".join(
            f"{p.statement.kind}: units={p.statement.units.line!r}; {p.layout.describe()}" for p in self.parts
        )


def from_statement(statement: DrawnStatement, layout: Layout) -> Rendered:
    part = render_statement(statement, layout)
    return Rendered(part.text + "\n", expected_facts(statement), (part,))


@st.composite
def statements(draw: st.DrawFn) -> DrawnStatement:
    """A company's statement of operations or balance sheet, now and then a bank's."""
    kind = draw(st.sampled_from(["operations", "operations", "balance", "balance", "bank_ops", "bank_balance"]))
    strategy = {
        "operations": operations_statements,
        "balance": balance_sheets,
        "bank_ops": bank_operations,
        "bank_balance": bank_balance_sheets,
    }[kind]
    return draw(strategy())


@st.composite
def rendered_statements(draw: st.DrawFn) -> Rendered:
    """One statement, alone, as the parser would get it pasted on its own."""
    statement = draw(statements())
    return from_statement(statement, draw(layouts(statement)))


def _fill(text: str) -> str:
    """A wire-service paragraph: four-space first-line indent, 78 columns."""
    return textwrap.fill(text, width=78, initial_indent="    ")


def _millions(value: Decimal, scale: int) -> str:
    return f"${abs(value * scale / Decimal(1_000_000)):,.1f} million"


def prose_before(operations: DrawnStatement | None, company: str) -> str:
    """Narrative like the Allos release: dateline, results with figures, highlights, a conference call."""
    name = company.title().replace(", Inc.", ", Inc.")
    paragraphs = [
        "Exhibit 99.1",
        "",
        f"       {name} Reports Financial Results",
        "",
    ]
    if operations is not None:
        net = next(r for r in operations.rows if "net_income" in r.concepts)
        eps = next(r for r in operations.rows if "eps_basic" in r.concepts)
        i = max(operations.groups[0].columns, key=lambda c: operations.columns[c].end)
        column = operations.columns[i]
        released = column.end + timedelta(days=33)
        word = "loss" if net.values[i] < 0 else "income"
        paragraphs.append(
            _fill(
                f"BOSTON, {calendar.month_abbr[released.month]}. {released.day} /PRNewswire-FirstCall/ -- "
                f"{name} (Nasdaq: RLNS) today reported financial results for the period ended "
                f"{calendar.month_name[column.end.month]} {column.end.day}, {column.end.year}. The Company "
                f"reported a net {word} of {_millions(net.values[i], operations.units.scale)}, or "
                f"${abs(eps.values[i])} per share, compared to the same period "
                f"of {column.end.year - 1}."
            )
        )
    else:
        paragraphs.append(_fill(f"BOSTON, Aug. 3 /PRNewswire/ -- {name} (Nasdaq: RLNS) today reported its results."))
    paragraphs += [
        "",
        "     Recent highlights:",
        "",
        textwrap.fill(
            "*  The Company completed enrollment of 240 patients in its Phase 3 trial at 45 sites in the "
            "U.S. and 12 in Europe.",
            width=78,
            initial_indent="     ",
            subsequent_indent="        ",
        ),
        "",
        "    Conference Call",
        _fill(
            "The Company will host a conference call to review the results today at 4:30 p.m. EDT. The dial "
            "in number for U.S. residents is 800-310-1961. International callers should dial 1-719-457-2692."
        ),
        "",
    ]
    return "\n".join(paragraphs) + "\n\n"


def prose_after(company: str) -> str:
    name = company.title()
    return (
        "\n\n"
        + _fill(
            "This announcement contains forward-looking statements that involve risks and uncertainties, "
            "including those detailed in the Company's Annual Report on Form 10-K for the year ended "
            "December 31, 2003."
        )
        + f"\n\n\nSOURCE  {name}\n    -0-                             08/03/2004\n"
        "    /CONTACT:  Investor Relations, +1-720-540-5227, ir@example.com/\n"
        "    (RLNS)\n\nCO:  " + name + "\nST:  Colorado\nIN:  HEA MTC BIO\nSU:  ERN CCA\n"
    )


@st.composite
def rendered_releases(draw: st.DrawFn) -> Rendered:
    """A whole release: narrative, a statement of operations and/or a balance sheet, then the trailer."""
    which = draw(st.sampled_from(["operations", "balance", "both", "both"]))
    bank = draw(st.integers(0, 3)) == 0
    drawn: list[DrawnStatement] = []
    operations = None
    if which in ("operations", "both"):
        operations = draw(bank_operations() if bank else operations_statements())
        drawn.append(operations)
    if which in ("balance", "both"):
        drawn.append(draw(bank_balance_sheets() if bank else balance_sheets()))
    drawn = _one_scale(drawn)
    operations = drawn[0] if operations is not None else None
    parts = [render_statement(statement, draw(layouts(statement))) for statement in drawn]
    company = next((p.statement.company for p in parts if p.statement.company), None) or "Release Lens Pharma, Inc."
    between = "\n\n\n"
    text = prose_before(operations, company) + between.join(p.text for p in parts) + prose_after(company)
    facts = tuple(f for p in parts for f in expected_facts(p.statement))
    return Rendered(text, facts, tuple(parts))


def _one_scale(statements: list[DrawnStatement]) -> list[DrawnStatement]:
    """How releases are read (DESIGN.md): a statement that prints no unit note beside one that does is in
    the noted scale, shares with its amounts, when their largest printed figures are within 300x of each
    other (the noted one's counting as at least 100), or 30x for an income statement beside a balance
    sheet; further apart, or where it prints no figure but zeros, it is in dollars."""
    noted = next((s for s in statements if s.units.line is not None and s.units.scale > 1), None)
    if noted is None:
        return statements
    result = []
    for statement in statements:
        limit = 30 if statement.kind != "balance" and noted.kind == "balance" else 300
        largest = _largest(statement)
        if statement.units.line is None and 0 < largest <= max(_largest(noted), Decimal(100)) * limit:
            statement = replace(statement, units=Units(None, noted.units.scale, noted.units.scale))
        result.append(statement)
    return result


def _largest(statement: DrawnStatement) -> Decimal:
    return max((abs(v) for row in statement.rows if row.kind == "amount" for v in row.values), default=Decimal(0))
