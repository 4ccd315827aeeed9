"""UI-57's bad uploads: a file cut off mid-document is said to be cut off, and a file holding no statement at all
is said to hold no statement the reader can read, with what to upload instead; the message comes from the core and
the page shows it as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

import core
from core.errors import ReleaseParseError
from pages._session import describe_failure
from tests.conftest import CORPUS_COPIES

HORIZON = CORPUS_COPIES["horizon-bancorp_q1-2020_html.htm"]


def _unescaped(markdown: str) -> str:
    """The page's Markdown as read: its escapes taken off."""
    return markdown.replace("\\", "")


def _refusal(data: bytes, name: str) -> ReleaseParseError:
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(data, name)
    return caught.value


def test_half_an_html_release_is_said_to_end_mid_document() -> None:
    """Horizon's HTML cut in half, as UI-57 uploaded it: it ends inside a table's cell, no </html> after it."""
    raw = HORIZON.read_bytes()
    half = raw[: len(raw) // 2]
    assert b"</html" not in half.lower()
    error = _refusal(half, "truncated_horizon.htm")
    assert str(error) == ("truncated_horizon.htm ends mid-document (no closing </html>, last table cut off), and no "
                          "statement was read from the part that arrived; upload the whole file")
    assert _unescaped(describe_failure("truncated_horizon.htm", error)) == (
        "**truncated_horizon.htm** could not be read: it ends mid-document (no closing </html>, last table cut off), "
        "and no statement was read from the part that arrived; upload the whole file")


def test_a_whole_html_file_with_no_statement_is_not_said_cut() -> None:
    """Closed with </html>, the same refusal says the file holds no statement, never that it was cut."""
    html = b"<html><body><table><tr><td>Employees</td><td>1,200</td></tr></table></body></html>"
    assert "ends mid-document" not in str(_refusal(html, "people.htm"))


def test_a_readme_is_said_to_hold_no_statement() -> None:
    """The project's README, UI-57's upload: it quotes "<DOCUMENT>" and had been read as a submission of no
    exhibits, refused "(read no exhibits)"."""
    readme = Path(__file__).resolve().parents[1] / "README.md"
    error = _refusal(readme.read_bytes(), "README.md")
    assert str(error) == ("README.md has no statement Release Lens can read: no statement of operations, balance "
                          "sheet or cash flow found; upload the 8-K's Exhibit 99.1")
    assert _unescaped(describe_failure("README.md", error)) == (
        "**README.md** could not be read: it has no statement Release Lens can read: no statement of operations, "
        "balance sheet or cash flow found; upload the 8-K's Exhibit 99.1")


def test_a_letter_in_text_says_what_it_holds_and_what_to_upload() -> None:
    error = _refusal(b"Dear shareholders,\n\nRevenue grew 12 percent this quarter.\n", "letter.txt")
    assert str(error) == ("letter.txt has no statement Release Lens can read: no statement of operations, balance "
                          "sheet or cash flow found (it holds no table of figures); upload the 8-K's Exhibit 99.1")
