"""UI-47: the notes about a phone's screen shown on a phone only. "On a phone, swipe the table sideways for ..."
(Forian's Periods tables, tests/fixtures/ui/*forian*) and "... to see all 3 companies" (Compare's memo of Valaris,
Hasbro and Allos) had shown at 1,280 px too, where every column is in view. Each is now in a container a CSS
media query hides on screens wider than a phone's; the browser test (tests/browser, `phone_notes`) looks at
both widths in Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import core
from pages._widgets import PHONE_MAX_PX, PHONE_ONLY, PHONE_ONLY_CSS
from tests.conftest import FORIAN
from tests.page_runner import run_page
from tests.test_pages_review40 import THREE, _side_by_side


def _captions_in_blocks(node: Any, blocks: tuple[str, ...] = ()) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each caption of the page with the ids of the blocks around it, outermost first (a keyed container's id
    ends in its key, which Streamlit gives the browser as the class "st-key-<key>")."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        here = getattr(getattr(node, "proto", None), "id", "") or ""
        for child in children.values():
            yield from _captions_in_blocks(child, (*blocks, here))
    elif getattr(node, "type", "") == "caption":
        yield node.value, blocks


def _phone_only(at: Any, start: str) -> list[tuple[str, bool]]:
    """Each caption beginning with `start`, and whether it stands in a phone-only container."""
    return [(text, bool(blocks) and PHONE_ONLY in blocks[-1].rsplit("-", 1)[-1])
            for text, blocks in _captions_in_blocks(at._tree) if text.startswith(start)]


def _styles(at: Any) -> list[str]:
    return [html.proto.body for html in at.get("html")]


def test_the_css_hides_a_phone_only_container_wider_than_a_phone() -> None:
    """The rule: wider than `PHONE_MAX_PX` (640 px, where Streamlit stacks columns for a phone), a container keyed
    `PHONE_ONLY...` is not laid out; at 390 px nothing hides it."""
    assert PHONE_MAX_PX == 640
    assert re.fullmatch(r'<style>@media \(min-width: 641px\) \{ \[class\*="st-key-phone_only_"\] '
                        r'\{ display: none; \} \}</style>', PHONE_ONLY_CSS)


def test_forians_periods_tables_say_to_swipe_on_a_phone_only() -> None:
    """Each of Forian Q3 2024's three windows' tables prints the note, each in its phone-only container, the page
    carrying the CSS that hides them wider than a phone."""
    at = run_page("periods", core.parse_release(FORIAN.read_bytes(), FORIAN.name))
    # UI-59: a phone now reads each row whole on a line, so no table is a swipe away
    assert _phone_only(at, "On a phone, swipe") == []
    assert any(PHONE_ONLY_CSS in style for style in _styles(at))


def test_compares_memo_says_to_swipe_on_a_phone_only() -> None:
    at = _side_by_side(THREE)
    assert _phone_only(at, "On a phone, swipe") == [
        ("On a phone, swipe the table sideways to see all 3 companies; the metric names stay pinned.", True)]
    assert PHONE_ONLY_CSS in _styles(at)
