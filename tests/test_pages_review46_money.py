"""The pages as a browser review of real releases found them (UI-46): money in the Expenses page's sentences
sized as the cards size it, and Compare's memo saying the sizes its cells are written in.

Figures checked by hand against the releases. Oracle's fiscal 2014 release (tests/fixtures/edgar/
oracle_q4-fy2014.txt) prints for the full year, in millions, "Acquisition related and other (2)  41 ... (604)"
(a rise of 645) and "Total Operating Expenses  23,516 ... 22,496" (a rise of 1,020). GeoVax's Q3 2024 release
(tests/fixtures/text/geovax-labs_q3-2024_markdown.txt) prints in thousands; its quarter's total operating
expenses rose 43 thousand and its research and development 454 thousand. Forian's Q3 2024 release
(tests/fixtures/ui/..._forian_q3_2024.txt) prints whole dollars: total costs and expenses 19,879,448 against
19,796,003 for the nine months (a rise of 83,445), cost of revenue up 1,021,713; revenue 4,686,312 for the quarter,
and Oracle's quarter revenue 11,320 million."""

from __future__ import annotations

from decimal import Decimal

from core.analysis.metrics import standard_metrics
from core.charts.memo import memo_table, units_said
from core.formatting import card_money, spelled_each
from tests.conftest import FIXTURES, FORIAN, GEOVAX
from tests.conftest import read_fixture as read
from tests.page_runner import run_page, texts

ORACLE = FIXTURES / "edgar" / "oracle_q4-fy2014.txt"


def _movers(path: object) -> list[str]:
    said = texts(run_page("expenses", read(path))).replace("*", "")  # type: ignore[arg-type]
    return [line for line in said.splitlines() if "moved most" in line]


def test_a_sentences_money_is_sized_as_a_card_sizes_it() -> None:
    """Oracle's full year had read "$1.02 billion ... $0.65 billion" for a release printing 645 million; each
    amount now takes the size its card would: "$645 million" beside "$1.02 billion"."""
    lines = _movers(ORACLE)
    assert any("Full year: Total Operating Expenses rose by $1.02 billion; Acquisition related and other moved "
               "most: $645 million" in line for line in lines), lines
    assert card_money(Decimal(645_000_000), unit=Decimal(1_000_000)) == "$645M"


def test_amounts_under_a_million_read_in_thousands_as_on_the_cards() -> None:
    """GeoVax's quarter: 43 and 454 thousand, written in full as a sentence writes thousands (its cards "$43K",
    "$454K"), never "$0.04 million" sized by the paragraph's larger figure; Forian's nine months "$83,445"
    beside "$1.0 million", where "$0.083 million" had stood."""
    geovax = _movers(GEOVAX)
    assert any("Quarter: Total Operating expenses rose by $43,000; Research and development moved most: $454,000"
               in line for line in geovax), geovax
    forian = _movers(FORIAN)
    assert any("Nine months: Total costs and expenses rose by $83,445; Cost of revenue moved most: $1.0 million"
               in line for line in forian), forian
    assert spelled_each([Decimal(840_000), Decimal(500_000)], unit=Decimal(1000)) == ["$840,000", "$500,000"]


def test_the_memos_intro_says_the_sizes_its_cells_are_written_in() -> None:
    """Oracle beside Forian: the memo writes "$11.32B", "$4.7M" and "($796K)"; the intro names those cells and
    no longer says every amount is in millions."""
    memo = memo_table([standard_metrics(read(ORACLE)), standard_metrics(read(FORIAN))])
    cells = set(memo.iloc[:, 1:].to_numpy().ravel())
    said = units_said(memo)
    assert {"$11.32B", "$4.7M", "($796K)"} <= cells
    assert said == ("Each amount is written in its own size, as the Overview's cards write it ($11.32B in "
                    "billions, $4.7M in millions, ($796K) in thousands); share counts are in millions.")
    assert "in millions ($" not in said
