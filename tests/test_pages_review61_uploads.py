"""Failed uploads as the browser review UI-61 found them: after an empty file and a JPEG renamed .txt had shown
their red box, a later readable upload's Overview still showed that box above it ("empty.txt could not be read...
photo.txt could not be read...", "The 2 releases already loaded..."), read as the new release's errors. Errors
belong to the upload that caused them: once a later upload is read, the old box goes, and the earlier failures are
folded apart under their files and time; nothing loaded is lost. (The uploader is stood in for by files with fixed
ids, as the browser keeps them: AppTest gives a file a new id on every upload.)"""

from __future__ import annotations

from html import unescape

from streamlit.testing.v1 import AppTest

from core.readers.text import EMPTY_ADVICE as EMPTY_SAID


def uploads_app() -> None:
    """The uploader's files, round by round (session state "round"), each with the id the browser keeps."""
    from types import SimpleNamespace

    import streamlit as st

    from pages._session import handle_uploads, load_sample_once
    from pages._sidebar import messages
    from tests.page_runner import SAMPLE_TEXT

    empty = SimpleNamespace(file_id="1", name="empty.txt", getvalue=lambda: b"")
    photo = SimpleNamespace(file_id="2", name="photo.txt", getvalue=lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"
                            + bytes(64))
    good = SimpleNamespace(file_id="3", name="copy.txt", getvalue=lambda: SAMPLE_TEXT + b"\n")
    rounds = [[], [empty, photo], [empty, photo, good]]
    load_sample_once()
    handle_uploads(rounds[int(st.session_state.get("round", 0))])
    messages()


def test_a_later_readable_upload_is_not_shown_under_the_earlier_uploads_errors() -> None:
    at = AppTest.from_function(uploads_app, default_timeout=60)
    at.run()
    at.session_state["round"] = 1
    at.run()
    assert not at.exception
    # the bad upload: its red box, a line a file
    assert len(at.error) == 1
    lines = unescape(at.error[0].value).replace("\\", "").split("\n")
    assert [line.split("**")[1] for line in lines] == ["empty.txt", "photo.txt"]
    assert lines[0] == "- **empty.txt** could not be read: it is empty; " + EMPTY_SAID
    assert "The sample release is still available in the sidebar." in [c.value for c in at.caption]
    # a readable upload after it: no red box above its page, nor "still available" as if it had failed
    at.session_state["round"] = 2
    at.run()
    assert not at.exception
    from pages._session import RELEASES

    assert list(at.session_state[RELEASES]) == ["allos_q2_2004.txt", "copy.txt"]
    assert not at.error
    assert not [c for c in at.caption if "still available" in c.value]
    # the earlier failures folded apart, tied to their files and time, their reasons kept
    folded = [e for e in at.expander if e.label.startswith("Earlier uploads that could not be read")]
    assert len(folded) == 1
    label = unescape(folded[0].label)
    assert label.startswith("Earlier uploads that could not be read: empty.txt and photo.txt (uploaded ")
    assert label.endswith(" UTC)")
    said = unescape(folded[0].markdown[0].value).replace("\\", "").split("\n")
    assert said[0] == "- **empty.txt** could not be read: it is empty; " + EMPTY_SAID
    assert said[1].startswith("- **photo.txt** could not be read: it is a JPEG image")
    # Dismiss, inside the fold where no box stands above it, clears the folded note too
    assert [b.key for b in folded[0].button] == ["release_lens.dismiss"]
    at.button(key="release_lens.dismiss").click().run()
    assert not at.error and not [e for e in at.expander if e.label.startswith("Earlier upload")]
    assert list(at.session_state[RELEASES]) == ["allos_q2_2004.txt", "copy.txt"]


def test_the_fold_names_one_earlier_file_in_the_singular() -> None:
    from pages._session import earlier_said

    assert earlier_said({"1": "x"}, {"1": ("empty.txt", "06:41 UTC")}) == (
        "Earlier upload that could not be read: empty.txt (uploaded 06:41 UTC)")
