"""UI-47 (browser review of 6 December): the Periods page's picker of lines drawn after a switch of release."""

from __future__ import annotations

from pages._session import CURRENT, RELEASES
from tests.conftest import FORIAN
from tests.conftest import read_fixture as read
from tests.page_runner import run_page
from tests.test_pages_review45 import MANTECH


def test_the_lines_drawn_are_the_chosen_releases_after_a_switch_on_the_periods_page() -> None:
    """Forian's Periods page, then ManTech chosen in the sidebar: the picker had kept Forian's lines under its
    one key, none of them ManTech's, and every chart was drawn empty ("Not drawn" for every line). Each
    release keeps its own picker, starting from its standard lines."""
    forian, mantech = read(FORIAN), read(MANTECH)
    at = run_page("periods", forian)
    assert at.multiselect[0].value and set(at.multiselect[0].value) <= set(at.multiselect[0].options)
    at.session_state[RELEASES] = {forian.name: forian, mantech.name: mantech}
    at.session_state[CURRENT] = mantech.name
    at.run()
    assert not at.exception
    picked = at.multiselect[0]
    assert "REVENUE" in picked.value and "NET INCOME" in picked.value  # as ManTech prints them
    assert set(picked.value) <= set(picked.options)
