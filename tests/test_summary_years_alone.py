"""A summary's column headed by its year alone ("2025 | 2024") in a release of a fourth quarter and its fiscal
year: the reader lends it the narrative's quarter, and the arithmetic against the statements decides (round
728). Lines that print the statement's twelve-month figures, to the summary's rounding, make it the year; three
years or more in a row are a summary of years; a column no statement's figures confirm as the quarter is left
unread, with a warning naming the table."""

from decimal import Decimal
from pathlib import Path

from conftest import printed_facts

from core.parse import parse_release

_COLUMNS = Path(__file__).parent / "fixtures" / "columns"
_MILLIONS_OVER_YEARS = _COLUMNS / "selected_data_in_millions_over_years_statements.txt"
_FIVE_YEARS_OVER_QUARTERS = _COLUMNS / "five_year_summary_in_thousands_over_quarter_statements.txt"


def _three_month_keys(facts: dict[tuple[str, str, str, str], Decimal]) -> set[tuple[str, str, str, str]]:
    return {key for key in facts if key[3] == "3"}


def test_a_summary_in_millions_printing_the_years_figures_is_the_year() -> None:
    # "$412.6" in millions is the statement's 412,630 thousands for the year ended September 30, 2025: the
    # column is that year, never its fourth quarter (the release prints no quarter's figures at all)
    facts = printed_facts(_MILLIONS_OVER_YEARS)
    assert not _three_month_keys(facts)
    assert facts["operations", "revenue", "2025-09-30", "12"] == Decimal("412630000")
    assert facts["operations", "net_income", "2024-09-30", "12"] == Decimal("31320000")
    assert facts["operations", "eps_diluted", "2025-09-30", "12"] == Decimal("1.22")
    release = parse_release(_MILLIONS_OVER_YEARS.read_bytes(), _MILLIONS_OVER_YEARS.name)
    summary = next(s for s in release.statements if s.title == "SELECTED FINANCIAL DATA")
    assert [period.key for period in summary.periods] == ["12M 2025-09-30", "12M 2024-09-30"]
    assert not any("check failed" in w.message for w in release.warnings)


def test_five_years_in_a_row_are_years_beside_a_quarters_statements() -> None:
    # the statements print only the fourth quarter (108,440 of revenue); the summary's 412,630 is the year's,
    # and its earlier years are years too, never five fourth quarters
    facts = printed_facts(_FIVE_YEARS_OVER_QUARTERS)
    assert facts["operations", "revenue", "2025-09-30", "3"] == Decimal("108440000")
    assert facts["operations", "net_income", "2024-09-30", "3"] == Decimal("8170000")
    assert _three_month_keys(facts) <= {("operations", concept, day, "3") for concept in (
        "revenue", "cost_of_revenue", "gross_profit", "research_and_development", "selling_general_administrative",
        "total_operating_expenses", "operating_income", "nonoperating_income", "income_before_taxes", "income_tax",
        "net_income", "eps_basic", "eps_diluted", "shares_basic", "shares_diluted")
        for day in ("2025-09-30", "2024-09-30")}
    assert facts["operations", "revenue", "2023-09-30", "12"] == Decimal("361900000")
    assert facts["operations", "net_income", "2021-09-30", "12"] == Decimal("19930000")
    release = parse_release(_FIVE_YEARS_OVER_QUARTERS.read_bytes(), _FIVE_YEARS_OVER_QUARTERS.name)
    summary = next(s for s in release.statements if s.title == "FIVE-YEAR SUMMARY")
    assert {period.months for period in summary.periods} == {12}


def _two_years_only(text: str) -> str:
    """The five-year summary cut to its first two years ("2025 | 2024"), retitled as selected data."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.split() == ["2025", "2024", "2023", "2022", "2021"])
    last = next(i for i, line in enumerate(lines) if line.startswith("Diluted earnings per share"))
    cut = [line[:52].rstrip() if first <= i <= last else line for i, line in enumerate(lines)]
    return "\n".join(cut).replace("FIVE-YEAR SUMMARY", "SELECTED FINANCIAL DATA") + "\n"


def test_two_years_no_statement_column_confirms_are_left_unread_with_a_warning(tmp_path: Path) -> None:
    # "2025 | 2024" in thousands beside the quarter's statements: its 412,630 is not the quarter's 108,440,
    # and no statement prints the year to say it is that: neither the quarter nor the year is guessed
    path = tmp_path / "two_years_over_quarters.txt"
    path.write_text(_two_years_only(_FIVE_YEARS_OVER_QUARTERS.read_text()))
    release = parse_release(path.read_bytes(), path.name)
    summary = next(s for s in release.statements if s.title == "SELECTED FINANCIAL DATA")
    assert summary.periods == ()
    warned = [w for w in release.warnings if w.table == "SELECTED FINANCIAL DATA" and "not read" in w.message]
    assert len(warned) == 1 and "'2025', '2024'" in warned[0].message
    facts = printed_facts(path)
    assert facts["operations", "revenue", "2025-09-30", "3"] == Decimal("108440000")
    assert Decimal("412630000") not in facts.values()
    assert not any(key[3] == "12" for key in facts)
