"""UI-62, the sidebar and the Overview: after a reload "Open them" puts back the release being read; a failed upload
beside a readable one says the one read apart from those loaded before; the sample's tip says where the sidebar is
on a phone; each card's source button is named for its card; Plotly's toolbar keeps few buttons."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from core.library import MARK_DIGITS
from pages._markdown import unescape
from tests.page_runner import CURRENT, RELEASES, ROOT, run_page, run_sidebar, sidebar_app

UI = ROOT / "tests" / "fixtures" / "ui"
RAIL = UI / "railroad_expense_shares_rounding_to_99_cumberland_q2_1997.txt"
RETAILER = UI / "retailer_expenses_no_total_or_sentence_speaks_of.txt"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"


def test_open_them_after_a_reload_puts_back_the_release_being_read() -> None:
    """The review read Cree on Periods, reloaded and clicked "Open them": Buckle, the last uploaded, was in view."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain"),
                                   ("retailer.txt", RETAILER.read_bytes(), "text/plain")]).run()
    assert at.session_state[CURRENT] == "retailer.txt"
    at.sidebar.radio[0].set_value("rail.txt").run()  # the visitor reads the first one
    rail = at.session_state[RELEASES]["rail.txt"]
    assert at.query_params["view"] == rail.sha256[:MARK_DIGITS]
    again = AppTest.from_function(sidebar_app, default_timeout=30)
    again.query_params["open"] = at.query_params["open"]
    again.query_params["view"] = at.query_params["view"]
    again.run()
    assert again.session_state[CURRENT] == "allos_q2_2004.txt"
    assert again.query_params["view"] == rail.sha256[:MARK_DIGITS]  # kept while the offer stands
    next(b for b in again.sidebar.button if b.label == "Open them").click().run()
    assert not again.exception
    assert list(again.session_state[RELEASES]) == ["allos_q2_2004.txt", "rail.txt", "retailer.txt"]
    assert again.session_state[CURRENT] == "rail.txt"


def test_a_failed_upload_beside_a_readable_one_says_the_one_read_apart_from_those_loaded_before() -> None:
    """photo.txt (a JPEG) uploaded with Buckle had said "The 3 releases already loaded, and the sample", Buckle among
    the three; here rail.txt was loaded before, retailer.txt read in the same upload as the picture."""
    at = run_sidebar()
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain")]).run()
    at.file_uploader[0].set_value([("rail.txt", RAIL.read_bytes(), "text/plain"),
                                   ("photo.txt", JPEG, "text/plain"),
                                   ("retailer.txt", RETAILER.read_bytes(), "text/plain")]).run()
    assert not at.exception
    assert [unescape(e.value).split(":")[0] for e in at.error] == ["**photo.txt** could not be read"]
    said = [unescape(c.value) for c in at.caption if "still available" in c.value]
    assert said == ["Read from this upload: retailer.txt. The release loaded before it, and the sample, are still "
                    "available in the sidebar."]


def test_still_loaded_counts_the_releases_read_now_apart() -> None:
    import core
    from pages._sidebar import still_loaded

    sample = core.parse_release(core.load_sample()[1], "allos_q2_2004.txt")
    rail = core.parse_release(RAIL.read_bytes(), "rail.txt")
    retailer = core.parse_release(RETAILER.read_bytes(), "retailer.txt")
    assert unescape(still_loaded([sample, rail, retailer], ("retailer.txt",))) == (
        "Read from this upload: retailer.txt. The release loaded before it, and the sample, are still available in "
        "the sidebar.")
    both = unescape(still_loaded([rail, retailer], ("rail.txt", "retailer.txt")))
    assert both == "Read from this upload: rail.txt, retailer.txt."
    assert still_loaded([sample, rail, retailer]) == (
        "The 2 releases already loaded, and the sample, are still available in the sidebar.")


def test_the_samples_tip_says_where_the_sidebar_is_on_a_phone() -> None:
    from pages._widgets import SAMPLE_NOTE

    assert "**Upload releases** in the sidebar (on a phone, open it with » at the top left;" in SAMPLE_NOTE


def test_each_cards_source_button_is_named_for_its_card() -> None:
    """Every card's button had been announced alike, "search Source", its card unsaid."""
    import core

    name, data = core.load_sample()
    at = run_page("overview", core.parse_release(data, name))
    assert not at.exception
    labels = [unescape(b.label) for b in at.button if "Source" in b.label]
    assert labels[:3] == ["Source of Operating expenses", "Source of Operating income (loss)",
                          "Source of Net income (loss)"]


def test_plotly_toolbar_keeps_its_camera_alone() -> None:
    """Eight toolbar buttons a chart had been eight keyboard stops (Periods' five charts: forty)."""
    from pages._widgets import PLOTLY_CONFIG

    removed = set(PLOTLY_CONFIG["modeBarButtonsToRemove"])  # type: ignore[arg-type]
    assert {"zoom2d", "pan2d", "zoomIn2d", "zoomOut2d", "autoScale2d", "resetScale2d"} <= removed
    assert "toImage" not in removed
