"""UI-52: St. Joe's Overview card for its EPS had read "Net (loss) income per…", the release's long line name cut;
a card says the standard name where the release's would be cut, the release's name whole in its tooltip."""

from __future__ import annotations

from core.analysis.metrics import card_label, standard_metrics
from tests.page_runner import run_page
from tests.test_pages_review51_compare import JOE, _release


def test_a_long_printed_name_gives_way_to_the_standard_one_on_a_card() -> None:
    found = standard_metrics(_release(JOE))
    eps = found.get("eps_diluted")
    assert eps is not None and eps.name == "Net (loss) income per share attributable to the Company"
    assert card_label(eps) == "EPS, diluted"
    share = found.get("opex_share")
    assert share is not None and card_label(share) == "Opex, % of revenue"  # not "Operating exp., % of…"
    assert all(not card_label(metric).endswith("…") for metric in found.metrics)


def test_the_overview_cards_read_whole() -> None:
    at = run_page("overview", _release(JOE))
    labels = [metric.label for metric in at.metric]
    assert "EPS, diluted" in labels and not any(label.endswith("…") for label in labels)
