"""UI-51, finding 3: an unchanged figure says "unchanged", wherever a change is formatted (core formatting)."""

from __future__ import annotations

from decimal import Decimal

import core
from core.analysis.metrics import Metric, metric_delta, standard_metrics
from core.formatting import UNCHANGED, change_percent, percent, signed
from tests.page_runner import ROOT, run_page, texts

ORACLE = ROOT / "tests" / "fixtures" / "edgar" / "oracle_q4-fy2014.txt"


def _oracle() -> core.Release:
    return core.parse_release(ORACLE.read_bytes(), ORACLE.name)


def test_a_change_of_nothing_is_said_unchanged_in_core_formatting() -> None:
    assert UNCHANGED == "unchanged"
    assert signed(Decimal("0.001"), decimals=2, currency="$") == "unchanged"  # nothing at the places shown
    assert signed(Decimal("0.10"), decimals=2, currency="$") == "+$0.10"
    assert percent(Decimal(0)) == "unchanged" and percent(Decimal("-0.04")) == "unchanged"
    assert percent(Decimal("12.5"), sign=False) == "12.5%"
    # a margin unchanged, in points; and a range's end at nothing stays a bound, "0%"
    assert metric_delta(Metric("operating_margin", Decimal("43.4"), Decimal("43.4"))) == "unchanged"
    assert change_percent(Decimal(100), Decimal(100), None) == "unchanged"
    assert change_percent(Decimal(101), Decimal(100), Decimal(1)) == "0.0 to +2.0%"


def test_oracle_eps_unchanged_at_080_is_said_so_on_the_overview_and_per_share_pages() -> None:
    """Oracle Q4 FY2014 prints diluted EPS of $0.80 for the quarter both years ("unchanged at $0.80")."""
    release = _oracle()
    eps = standard_metrics(release).get("eps_diluted")
    assert eps is not None and (eps.value, eps.prior) == (Decimal("0.80"), Decimal("0.80"))
    assert metric_delta(eps) == "unchanged"
    overview = run_page("overview", release)
    card = next(m for m in overview.metric if m.label.startswith("EPS"))
    assert (card.value, card.delta) == ("$0.80", "unchanged")
    # computed to the places the net result and counts in millions allow: $0.8003 to $0.8007 is "$0.800" (UI-59)
    assert "Printed: $0.80 → $0.80 (unchanged). Computed: $0.800 → $0.798" in texts(run_page("per_share", release))

