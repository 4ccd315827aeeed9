"""UI-55, sidebar findings: a removed release's file leaves the uploader; after a reload, the releases this tab
had open are offered again from the library, one click away, with no other session's mixed in."""

from __future__ import annotations

from tests.page_runner import CURRENT, RELEASES, ROOT, run_sidebar

RAIL = ROOT / "tests" / "fixtures" / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"


def test_removing_an_uploaded_release_takes_its_file_out_of_the_uploader() -> None:
    """The review removed Valaris and its chip ("valaris…html.htm 388.7KB") stayed in the upload box, still there
    after another upload: it looked loaded. Removing the release empties the uploader (a new key)."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain")]).run()
    assert at.session_state[CURRENT] == "rail.txt" and at.file_uploader[0].value
    before = at.file_uploader[0].key
    next(b for b in at.sidebar.button if b.label == "Remove this release").click().run()
    assert not at.exception
    assert "rail.txt" not in at.session_state[RELEASES]
    assert at.file_uploader[0].key != before and not at.file_uploader[0].value
    # the sample, not read from the uploader, is removed with the uploader left alone
    after = at.file_uploader[0].key
    next(b for b in at.sidebar.button if b.label == "Remove this release").click().run()
    assert at.file_uploader[0].key == after
