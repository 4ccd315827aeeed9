"""The change of a line printed in parentheses both years, as a browser review of real releases found it (UI-48,
part D): a negative income changes as its signed figures, a cost, tax or loss taken off as its size.

Figures checked by hand against the releases. Southern Company's Q4 2004 release (tests/fixtures/edgar/
southern-company_q4-fy2004.txt, in millions) prints "Other Income, net  (15)  (10)  (5)" for the quarters and
"(11)  (20)  9" for the years, its own change column beside them, and adds the line on the way from its operating
income (396) to its net income (204); ManTech's Q1 2020 (tests/fixtures/html/mantech_q1-2020.htm, in thousands)
"Interest expense  (655)  (484)", "Provision for income taxes  (9,591)  (7,066)", "Equity in (losses) of
unconsolidated subsidiaries  (1)  (12)"; Tupperware's Q1 2020 (tests/fixtures/html/tupperware_q1-2020.htm, in
millions) "Operating income (loss)  (0.7)  58.2", "Interest income  0.5  0.6", "Interest expense  10.2  10.2",
"Other income  (2.1)  (3.3)", "Income (loss) before income taxes  (8.3)  51.9": -0.7 + 0.5 - 10.2 - (-2.1) is
-8.3, the other income subtracted, an income of 2.1 printed as a negative deduction."""

from __future__ import annotations

import pytest

from core.analysis import windows
from core.analysis.comparisons import CHANGE_RULE
from core.analysis.structure import operations_statement
from core.charts.periods import comparison_bars
from core.vocabulary import INCOME_ONLY_WORDS
from tests.conftest import FIXTURES
from tests.conftest import read_fixture as read
from tests.page_runner import run_page
from tests.test_pages_review45 import MANTECH, _quarter_table

SOUTHERN = FIXTURES / "edgar" / "southern-company_q4-fy2004.txt"
TUPPERWARE = FIXTURES / "html" / "tupperware_q1-2020.htm"
CHANGES = ["This year", "Year earlier", "Change", "Change %"]


def _rows(path: object, line: str) -> dict[str, tuple[str, ...]]:
    """`line`'s cells in each window's change table, by the window's name."""
    operations = operations_statement(read(path))  # type: ignore[arg-type]
    assert operations is not None
    found = {}
    for window in (w for w in windows(operations) if w.prior is not None):
        table = comparison_bars(operations, (window,)).marked_data().drop(columns="Window").set_index("Line")
        found[window.name] = tuple(table.loc[line])
    return found


def test_an_income_in_parentheses_changes_as_printed() -> None:
    """Southern's "Other Income, net" (15) after (10) is a negative income that fell by 5, as the release's own
    change column prints "(5)": the table had said "5", "+50%", reading it as a cost taken off. Its years, (11)
    after (20), changed by 9, "+45%", as printed, where the table had said "(0.009)" and "-45%". Its quarter's
    percent is said as far as the rounding allows: 15.5 after 9.5 to 14.5 after 10.5 (UI-49)."""
    rows = _rows(SOUTHERN, "Other Income, net")
    assert rows["Quarter"] == ("(15)", "(10)", "(5)", "-38.1 to -63.2%")
    assert rows["Full year"] == ("(0.011)", "(0.020)", "0.009", "+41.0 to +48.8%")  # the year's panel in $ billions


def test_a_cost_tax_or_loss_in_parentheses_still_changes_as_its_size() -> None:
    """ManTech's interest expense (655) after (484) is 171 more taken off, "+35%"; its tax (9,591) after (7,066)
    2,525 more, "+35.7%"; its "Equity in (losses)" (1) after (12) 11 less, "-92%" (UI-45 to UI-47, kept)."""
    table = _quarter_table(read(MANTECH)).set_index("Line")  # type: ignore[attr-defined]
    columns = [name for name in table.columns if name.split(" (")[0] in CHANGES]
    assert tuple(table.loc["Interest expense", columns]) == ("(0.655)", "(0.484)", "0.171", "+35.3%")
    assert tuple(table.loc["Provision for income taxes", columns]) == ("(9.591)", "(7.066)", "2.525", "+35.7%")
    equity = "Equity in (losses) of unconsolidated subsidiaries"
    assert tuple(table.loc[equity, columns][2:]) == ("(0.011)", "-87.0 to -96.0% (smaller loss)")


def test_the_rule_under_the_table_says_both_readings() -> None:
    """The caption under the Periods table states the rule its rows follow, the income's reading too."""
    captions = [c.value for c in run_page("periods", read(SOUTHERN)).caption]
    assert any(CHANGE_RULE in text for text in captions)
    assert "(15) after (10) being (5) and -50%" in CHANGE_RULE


# (a line's name as printed in a release, whether it names an income or a gain and nothing taken off)
INCOME_LINES = [
    ("Other Income, net", True),  # Southern Q4 2004: (15) after (10)
    ("Other income", True),  # Tupperware Q1 2020
    ("Interest income", True),  # ManTech Q1 2020
    ("Interest and investment income", True),  # Forian Q3 2024
    ("Gain on sale of investment", True),  # Forian Q3 2024
    ("Gain on debt redemption", True),  # Forian Q3 2024
    ("Total other income, net", True),  # Forian Q3 2024
    ("Equity in earnings of unconsolidated affiliates", True),  # Valaris Q1 2020
    ("Interest expense", False),  # ManTech Q1 2020: (655) after (484) is +35%
    ("Provision for income taxes", False),  # ManTech Q1 2020
    ("Income Taxes", False),  # Southern Q4 2004
    ("Income tax benefit", False),  # St. Joe Q1 2020
    ("Equity in (losses) of unconsolidated subsidiaries", False),  # ManTech Q1 2020
    ("Equity in earnings (losses) of unconsolidated affiliates", False),  # Oshkosh Q2 2020
    ("Other income (expense), net", False),  # Alkermes Q1 2020: a line naming both is an expense
    ("Other income (deductions)", False),  # a utility's w3m layout
    ("Gain (loss) on sale of assets", False),
    ("Interest Charges and Dividends", False),  # Southern Q4 2004
    ("Net income attributable to noncontrolling interests", False),  # Valaris Q1 2020: the others' share
    ("Less: net income attributable to noncontrolling interest", False),
    ("Minority interest in income of subsidiaries", False),
    ("Cost of revenue", False),  # Forian Q3 2024
    ("Contract Termination", False),  # Southern Q4 2004: no word either way
]


@pytest.mark.parametrize(("label", "income"), INCOME_LINES)
def test_a_line_naming_an_income_only(label: str, income: bool) -> None:
    assert bool(INCOME_ONLY_WORDS.search(label)) is income


def test_an_income_the_statement_takes_off_still_changes_as_its_size() -> None:
    """Tupperware's "Other income" (2.1) after (3.3) is subtracted on the way to its pre-tax result: an income of 2.1
    after 3.3, printed as a negative deduction, that fell by 1.2 ("(1.2)", "-36%"), where its words alone would
    have read a negative income that rose ("1.2", "+36%")."""
    assert _rows(TUPPERWARE, "Other income")["Quarter"] == ("(2.1)", "(3.3)", "(1.2)", "-33.8 to -38.8%")
