"""UI-54: where no waterfall can be drawn, the page says why in words the reader can check against the release.

Capstead's statement opens on interest income, names no revenue or pre-tax result, and prints interest expense and
five other charges before its net loss; the Overview had said it "prints no lines between revenue and the net
result" and the Periods page "This period prints no net result". The invented fixture prints the same shape: a
mortgage trust's interest income, interest expense, other expenses and net income, no revenue or pre-tax line.
"""

from __future__ import annotations

from pathlib import Path

from core.analysis.structure import operations_statement
from core.charts import result_waterfall, why_no_waterfall
from core.model import Release
from core.parse import parse_release
from tests.page_runner import run_page, texts

FIXTURES = Path(__file__).parent / "fixtures"
TRUST = FIXTURES / "layouts" / (
    "a_quarterly_summary_printing_net_income_before_the_preferred_dividends_its_eps_divides.txt")
SAMPLE = Path(__file__).parent.parent / "core" / "samples" / "allos_q2_2004.txt"


def _release(path: Path) -> Release:
    return parse_release(path.read_bytes(), path.name)


def test_a_statement_naming_no_start_is_said_to_name_none() -> None:
    operations = operations_statement(_release(TRUST))
    assert operations is not None
    quarter = operations.periods[0]
    assert operations.value("net_income", quarter) == 22_675_000  # printed: "Net income  $ 22,675"
    assert result_waterfall(operations, quarter) is None
    said = why_no_waterfall(operations, quarter)
    assert said.startswith("The statement prints no line read as revenue, an operating result or a pre-tax result")
    assert "no net result" not in said and "no lines between" not in said


def test_a_statement_with_a_waterfall_has_no_reason_to_give_it_and_the_pages_say_the_trusts() -> None:
    allos = operations_statement(_release(SAMPLE))
    assert allos is not None and result_waterfall(allos, allos.periods[0]) is not None
    trust = _release(TRUST)
    overview = texts(run_page("overview", trust))
    assert "prints no line read as revenue, an operating result or a pre-tax result" in overview
    assert "prints no lines between revenue and the net result" not in overview
    periods = run_page("periods", trust)
    said = " ".join(info.value for info in periods.info)
    assert "prints no line read as revenue, an operating result or a pre-tax result" in said
    assert "This period prints no net result" not in said
