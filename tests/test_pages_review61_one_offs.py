"""One-offs of the net result as the browser review UI-61 found them, on Sears Q2 2004: the 26 weeks' EPS bridge
went $1.63 to ($3.71), all "Effect of the net result", and neither the Per share page nor the Overview said that
($3.86) a share of it is the "Cumulative effect of change in accounting principle", ($839) million, the release
prints. Like discontinued operations, such a line makes two periods unlike: said with its figure and line."""

from __future__ import annotations

from pathlib import Path

from core import parse_release
from core.analysis.metrics import one_off_items, one_offs_elsewhere, standard_metrics
from core.analysis.structure import operations_statement
from core.model import Release
from core.vocabulary import ONE_OFF_ITEM
from pages._markdown import unescape
from tests.page_runner import run_page, texts

SEARS = Path(__file__).parent / "fixtures" / "gold" / "sears-roebuck_q2-2004_ex99-extracted.txt"
CUMULATIVE = ('"Cumulative effect of change in accounting principle", ($839M), ($3.86) a share in this period, none '
              "in the year-earlier one")


def _sears() -> Release:
    return parse_release(SEARS.read_bytes(), SEARS.name)


def test_the_line_is_a_one_off_and_the_subtotal_before_it_is_not() -> None:
    assert ONE_OFF_ITEM.search("Cumulative effect of change in accounting principle")
    assert ONE_OFF_ITEM.search("Extraordinary loss on early extinguishment of debt, net of tax")
    assert not ONE_OFF_ITEM.search("Income before cumulative effect of change in accounting principle")
    assert not ONE_OFF_ITEM.search("Earnings per share before cumulative effect of change in accounting principle")


def test_the_26_weeks_say_the_cumulative_effect_with_its_figures() -> None:
    release = _sears()
    operations = operations_statement(release)
    assert operations is not None
    weeks_26 = [p for p in operations.periods if p.months == 6]
    prior, current = sorted(weeks_26, key=lambda p: p.end)
    said = one_off_items(release, current, prior)
    assert said.startswith("The net result holds a one-off the release prints on a line of its own: " + CUMULATIVE)
    # the quarter holds none: nothing said of it there, but the Overview, comparing the quarter, names the 26 weeks
    found = standard_metrics(release)
    assert found.period is not None and found.prior is not None and found.period.months == 3
    assert one_off_items(release, found.period, found.prior) == ""
    assert one_offs_elsewhere(release, found.period, found.prior) == (
        "Not compared here: in the 26 weeks to Jul 3, 2004 the net result holds a one-off printed on a line of its "
        'own, "Cumulative effect of change in accounting principle": ($839M), ($3.86) a share. That period\'s net '
        "result and EPS mix it in.")


def test_the_per_share_page_and_the_overview_say_it() -> None:
    release = _sears()
    per_share = run_page("per_share", release)
    warnings = [unescape(w.value) for w in per_share.warning]
    assert sum(CUMULATIVE in w for w in warnings) == 1, warnings  # the 26 weeks' bridge, not the quarter's
    overview = run_page("overview", release)
    assert "($839M), ($3.86) a share" in texts(overview)
