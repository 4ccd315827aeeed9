"""UI-51, findings 4 and 5: the same file uploaded twice is kept once and said so; a parse stopped at its time
budget is said in words a browser user can act on, naming no server setting."""

from __future__ import annotations

from core.budget import Budget
from core.readers.text import EMPTY_ADVICE as EMPTY_SAID
from pages._markdown import unescape
from pages._session import describe_failure
from tests.page_runner import CURRENT, RELEASES, ROOT, run_sidebar


def test_the_same_file_uploaded_twice_is_kept_once_and_the_sidebar_says_so() -> None:
    """The review uploaded st-joe_q1-2020_html.htm, then it again beside two bad files: the uploader listed it twice
    and nothing was said. The second copy (same bytes, same name) is recognised, one release kept, and said."""
    path = ROOT / "tests" / "fixtures" / "ui" / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"
    at = run_sidebar()
    at.file_uploader[0].set_value([("rail.txt", path.read_bytes(), "text/plain")]).run()
    assert not at.sidebar.info
    at.file_uploader[0].set_value([("rail.txt", path.read_bytes(), "text/plain"),
                                   ("rail.txt", path.read_bytes(), "text/plain"),
                                   ("empty.txt", b"", "text/plain")]).run()
    assert not at.exception
    # (said once though AppTest gives both copies new file ids)
    assert [unescape(i.value) for i in at.sidebar.info] == [
        "**rail.txt** is already loaded (the same file), so it is kept once in the list below."]
    assert list(at.session_state[RELEASES]).count("rail.txt") == 1 and at.session_state[CURRENT] == "rail.txt"
    assert len(at.session_state[RELEASES]) == 2  # the sample and rail.txt
    assert [unescape(e.value) for e in at.error] == ["**empty.txt** could not be read: it is empty; " + EMPTY_SAID]


def test_a_parse_stopped_at_its_time_budget_says_what_to_do_and_names_no_setting() -> None:
    """A 2.3 MB upload stopped at the budget while four sessions uploaded at once had read "(set
    RELEASE_LENS_PARSE_SECONDS to change the limit)", a setting no browser user can change."""
    said = unescape(describe_failure("big-submission.txt", Budget(seconds=10).too_slow("big-submission.txt")))
    assert said == (
        "**big-submission.txt** could not be read: it was stopped after 10 seconds, the longest this server spends "
        "reading one file. The server may have been busy with other uploads, or the file is long: try again in a "
        "few minutes, or upload a smaller file: the press release exhibit (EX-99.1) alone, or the file split into "
        "parts")
    memory = unescape(describe_failure("big.txt", Budget(memory_mb=1024).too_big("big.txt")))
    assert "1,024 MB of memory" in memory and "RELEASE_LENS" not in memory and "EX-99.1) alone" in memory
