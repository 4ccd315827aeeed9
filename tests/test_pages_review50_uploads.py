"""Failed uploads as the browser review UI-50 found them: with a PNG renamed (pic.png), an empty file and a real
PNG uploaded together, only the last had its reason; the others read "2 more files could not be read: empty.txt,
pic.png" with none, and all three stayed in the uploader beside the files read, as if loaded."""

from __future__ import annotations

from html import unescape

from core.readers.text import EMPTY_ADVICE as EMPTY_SAID
from tests.page_runner import PNG_NAMED_TXT, RELEASES, SAMPLE_TEXT, run_sidebar

REAL_PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
            b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def test_each_failed_file_gets_its_own_line_with_its_reason() -> None:
    """One box, a line a file in the order uploaded, each naming its file and what was wrong with it; no fold
    hiding the reasons."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("pic.png", PNG_NAMED_TXT, "image/png"), ("empty.txt", b"", "text/plain"),
                                   ("realicon.png", REAL_PNG, "image/png")]).run()
    assert not at.exception
    assert not [e for e in at.expander if "could not be read" in e.label]
    assert len(at.error) == 1
    lines = unescape(at.error[0].value).replace("\\", "").split("\n")
    image = "could not be read: it is a PNG image; images are not read"
    assert [line.split("**")[1] for line in lines] == ["pic.png", "empty.txt", "realicon.png"]
    assert lines[0].startswith(f"- **pic.png** {image}")
    assert lines[1] == "- **empty.txt** could not be read: it is empty; " + EMPTY_SAID
    assert lines[2].startswith(f"- **realicon.png** {image}")


def test_a_file_that_could_not_be_read_is_said_to_stay_in_the_uploader_until_dismissed() -> None:
    """The uploader keeps its files (emptying it, by a new key, would also drop Streamlit's own note of a file
    refused as too large): a caption says the failed files stay listed there until the messages are dismissed, and
    Dismiss empties it, the release read staying in the sidebar's list. One file alone keeps its one line."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("copy.txt", SAMPLE_TEXT + b"\n", "text/plain"),
                                   ("pic.png", PNG_NAMED_TXT, "image/png")]).run()
    assert not at.exception
    assert [unescape(e.value).replace("\\", "") for e in at.error] == [
        "**pic.png** could not be read: it is a PNG image; images are not read (a scanned page needs OCR first; "
        "or upload the release's text, HTML or PDF)"]
    assert ("The files that could not be read stay listed in the uploader until these messages are dismissed; the "
            "releases read are in the sidebar's list.") in [c.value.replace("\\", "") for c in at.caption]
    at.button(key="release_lens.dismiss").click().run()
    assert not at.error and at.file_uploader[0].value in (None, [])
    assert "copy.txt" in at.session_state[RELEASES]
