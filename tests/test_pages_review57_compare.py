"""UI-57 on Compare: side by side, one operating-expense total in the memo's amount row, its share row and its
note (Alkermes Q1 2020); every upload of the session in the first picks, columns of one company and period headed
apart by their files; over time, which release's figures a quarter's burn uses (halden Q1-Q3 2005); the slow step
said while it runs and kept per set of releases.

Figures checked by hand against the releases (`python -m core text FILE`)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import core
from core.analysis.metrics import standard_metrics
from core.analysis.series import company_series
from core.analysis.side_by_side import headed_apart, picks_said, working_words
from core.charts.cash_over_time import burn_chart
from core.charts.memo import WITHOUT_COST_MARK, memo_base_legend, memo_table
from pages._markdown import unescape
from tests.test_compare_page import run_compare

FIXTURES = Path(__file__).parent / "fixtures"
ALKERMES = FIXTURES / "html" / "alkermes-plc_q1-2020.htm"


def _read(path: Path) -> core.Release:
    return core.parse_release(path.read_bytes(), path.name)


def test_the_memo_shows_the_operating_expense_total_its_share_is_of() -> None:
    # Alkermes, text lines 273, 276, 281: Total Revenues 246,220; Cost of goods manufactured and sold 47,211;
    # Total Expenses 283,590. The share, 96.0%, is (283,590 - 47,211) / 246,220; the amount above it had been
    # 283,590, which a reader divides into 115%.
    found = standard_metrics(_read(ALKERMES))
    compared = found.compared("operating_expenses")
    assert compared is not None and compared.value == Decimal("236379000")
    share = found.get("opex_share")
    assert share is not None and share.value is not None
    assert round(share.value, 2) == round(compared.value / Decimal("246220000") * 100, 2) == Decimal("96.00")
    # the Overview's card keeps the release's own total, its caution saying what it holds
    assert found.value("operating_expenses") == Decimal("283590000")
    memo = memo_table([found]).set_index("Metric")
    assert memo.loc["Total Expenses less the cost of revenue", "ALKS"] == f"$236.4M {WITHOUT_COST_MARK}"
    assert memo.loc["Operating expenses, % of revenue", "ALKS"] == f"96.0% {WITHOUT_COST_MARK}"
    assert memo_base_legend([found]) == (
        f"{WITHOUT_COST_MARK} Operating expenses without the cost of revenue the release's own total holds, as most "
        "releases total theirs, in the amount and its share of revenue alike: ALKS's Total Expenses, $283.6 million, "
        'less "Cost of goods manufactured and sold", $47.2 million, is $236.4 million.')


def test_side_by_side_starts_with_every_upload_and_heads_alike_columns_by_their_files(allos: core.Release) -> None:
    apple = _read(FIXTURES / "edgar" / "apple_q1-fy2011.txt")
    oracle = _read(FIXTURES / "edgar" / "oracle_q4-fy2014.txt")
    alkermes = _read(ALKERMES)
    loaded = {r.name: r for r in (allos, apple, oracle, alkermes)}
    at = run_compare(loaded, current=allos.name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    picked = at.multiselect(key="compare_picked").value
    # the release in view (the bundled sample here), then every upload: Alkermes among them, no library release
    assert picked[0] == allos.name and sorted(picked[1:]) == sorted([apple.name, oracle.name, alkermes.name])
    assert picks_said([allos.name, apple.name, oracle.name, alkermes.name], allos.name, "Allos",
                      list(loaded)) == ("Picked to start: Allos, the release chosen in the sidebar, then your 3 other "
                                        "uploads; add or remove releases above.")
    # one company and one quarter twice: headed by the files, no "(2)"
    assert headed_apart(["ALTH · 3M to Jun 30, 2004", "ALTH · 3M to Jun 30, 2004", "ALKS"], ["ALTH", "ALTH", "ALKS"],
                        ["allos_q2_2004.txt", "allos_missing_cell.txt", "alkermes.htm"]) == [
        "ALTH · allos_q2_2004.txt", "ALTH · allos_missing_cell.txt", "ALKS"]


def test_a_companys_quarters_uploaded_start_side_by_side_as_its_latest_alone(allos: core.Release) -> None:
    """Halden's three quarters of 2005 uploaded: side by side is of companies, one release each, so Halden starts
    as its latest upload, Q3 2005, beside the bundled sample, never as three columns of one company."""
    halden = [_read(path) for path in sorted((FIXTURES / "series").glob("halden_*.txt"))]
    loaded = {r.name: r for r in (allos, *halden)}
    at = run_compare(loaded, current=halden[-1].name)
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    assert at.multiselect(key="compare_picked").value == ["halden_q3_2005.txt", allos.name]
    assert picks_said(["halden_q3_2005.txt", allos.name], "halden_q3_2005.txt", "Halden",
                      [r.name for r in halden], sample=allos.name) == (
        "Picked to start: Halden, the release chosen in the sidebar, then the bundled sample; add or remove releases "
        "above.")


def test_the_burn_caption_says_which_releases_figures_a_quarter_uses() -> None:
    # halden Q1 2005's own balance sheets: cash and investments 60,000 at Dec 31, 2004 and 55,000 at Mar 31, 2005,
    # 5,000 / 3 = 1,667 a month; the Q3 release restates Dec 31, 2004 at 59,450, which the series uses:
    # 4,450 / 3 = 1,483 a month
    series = company_series([_read(path) for path in sorted((FIXTURES / "series").glob("halden_*.txt"))])
    chart = burn_chart(series)
    assert chart is not None
    assert ("The Mar 31, 2005 burn, 1,667 a month ($ thousands), is halden_q1_2005.txt's own, on its cash of 60,000 "
            "at Dec 31, 2004 and 55,000 at Mar 31, 2005, as that release's Overview and Cash page give it; the cash "
            "chart and the table use halden_q3_2005.txt's restated 59,450 for Dec 31, 2004, on which it would be "
            "1,483 a month.") in chart.alt_text


def test_side_by_side_is_worked_out_once_per_set_of_releases(allos: core.Release, monkeypatch) -> None:
    import core.analysis.side_by_side as module

    assert working_words(6) == ("Aligning 6 releases' statements line by line and working out each one's standard "
                                "metrics…")
    calls: list[int] = []
    real = module.side_by_side

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "side_by_side", counted)
    alkermes = _read(ALKERMES)
    at = run_compare({allos.name: allos, alkermes.name: alkermes})
    at.radio(key="compare_mode").set_value("Companies side by side").run()
    at.run()
    at.radio(key="compare_basis").set_value("year_to_date").run()
    at.radio(key="compare_basis").set_value("quarter").run()
    assert len(calls) <= 2  # once per period, never again on a rerun
    assert not at.exception
    assert any("Picked to start" not in unescape(c.value) for c in at.caption)
