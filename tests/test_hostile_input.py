"""Hostile and broken input: every bad file gets one sentence naming the problem (core, CLI, page upload);
a damaged release still yields what can be read, with warnings; the releases already loaded stay loaded.

Small inputs live in tests/fixtures/hostile/; big ones (50 MB, 500,000 lines, 10,000 levels of nesting, a
zip bomb) are generated here at run time, so nothing large is committed.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import core
from core.errors import ReleaseParseError
from core.limits import MAX_UPLOAD_ENV, MEGABYTE
from core.model import Diagnostic, SourceSpan
from core.readers.text import EMPTY_ADVICE
from pages._session import CURRENT, RELEASES
from tests.conftest import FIXTURES
from tests.model_invariants import assert_consistent
from tests.page_runner import run_page, run_sidebar

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = FIXTURES / "hostile"
SAMPLE = core.load_sample()[1]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + bytes(64)
ARCHIVE_TAIL = "archives are not read (unpack it and load the release inside: text, HTML or PDF)"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word and Excel files before 2007
IMAGE_TAIL = "images are not read (a scanned page needs OCR first; or upload the release's text, HTML or PDF)"
SAVE_AS_TAIL = (
    "Release Lens reads releases as text, HTML or PDF (save it as one of those, or upload the filing's own copy)"
)
SIZE_TAIL = "releases larger than 25 MB are not read (set RELEASE_LENS_MAX_UPLOAD_MB to change the limit)"


def zip_bomb() -> bytes:
    """100 MB of zeros in a 100 KB zip: harmless here, since archives are never unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("release.txt", bytes(100 * MEGABYTE))
    return buffer.getvalue()


def fifty_mb_text() -> bytes:
    """52.4 MB of a real release repeated: text all through, so only its size is wrong."""
    size = int(52.4 * MEGABYTE)
    return (SAMPLE * (size // len(SAMPLE) + 1))[:size]


def digit_lines(count: int = 500_000) -> bytes:
    return b"1 2 3 4 5 6\n" * count


def deep_html(levels: int = 10_000, table_first: bool = False) -> bytes:
    table = HOSTILE.joinpath("script_in_cells.htm").read_bytes().split(b"<body", 1)[1].split(b">", 1)[1]
    table = table.rsplit(b"</body>", 1)[0]
    nest = b"<div>" * levels + b"deep" + b"</div>" * levels
    return b"<html><body>" + (table + nest if table_first else nest + table) + b"</body></html>"


def many_page_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# (name, bytes or a function making them, the exact message)
REFUSED = [
    ("empty.txt", b"", "empty.txt is empty; " + EMPTY_ADVICE),
    ("picture.txt", PNG, f"picture.txt is a PNG image; {IMAGE_TAIL}"),
    ("scan.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), f"scan.jpg is a JPEG image; {IMAGE_TAIL}"),
    ("release.docx", zip_bomb, f"release.docx is a Word document; {SAVE_AS_TAIL}"),
    ("release.doc", OLE2 + bytes(512), f"release.doc is a Microsoft Office document; {SAVE_AS_TAIL}"),
    ("noise.txt", b"release\n" * 3 + bytes([1, 2, 3, 4]) * 64,
     "noise.txt is not a text file (it holds binary data) (at line 4, column 1)"),
    # bytes named a PDF that are none (a damaged download): said as such, not as "not a text file" (UI-23)
    ("broken.pdf", b"release\n" * 3 + bytes([1, 2, 3, 4]) * 64,
     "broken.pdf is named as a PDF but does not start as one (%PDF-): the file may be damaged or not a PDF; "
     "download it again, or upload the release's HTML or text"),
    ("archive.txt", zip_bomb, f"archive.txt is a zip archive; {ARCHIVE_TAIL}"),
    ("bomb.zip", zip_bomb, f"bomb.zip is a zip archive; {ARCHIVE_TAIL}"),
    ("release.txt.gz", b"\x1f\x8b\x08\x00" + bytes(32), f"release.txt.gz is a gzip archive; {ARCHIVE_TAIL}"),
    ("big.txt", fifty_mb_text, f"big.txt is 52.4 MB; {SIZE_TAIL}"),
    ("digits.txt", digit_lines, "digits.txt has 500,000 lines; releases longer than 100,000 lines are not read"),
    (
        "deep.htm",
        deep_html,
        "no financial statement found in deep.htm: the HTML holds no table of figures within 256 levels of nesting",
    ),
    (
        "scan.pdf",
        (FIXTURES / "errors" / "allos_q2_2004_scanned.pdf").read_bytes,
        "scan.pdf is a scanned PDF: its page holds images but no text (run it through OCR, or upload the "
        "release's HTML or text)",
    ),
    ("long.pdf", lambda: many_page_pdf(301), "long.pdf has 301 pages; PDFs longer than 300 pages are not read"),
    ("ebcdic.txt", lambda: SAMPLE.decode().encode("cp500"), "ebcdic.txt has no statement Release Lens can read: no "
     "statement of operations, balance sheet or cash flow found (it holds no table of figures); upload the 8-K's "
     "Exhibit 99.1"),
    (
        "placed.htm",
        lambda: b"<html><body><div style='position:relative'>" + b"".join(
            b'<span style="position:absolute;left:%dpt;top:%dpt">1,234</span>' % (i % 500, i // 9)
            for i in range(60_000)
        ) + b"</div></body></html>",
        "placed.htm has more than 50,000 runs of text placed by position; pages with more are not read (the limit "
        "is MAX_POSITIONED_RUNS in core/limits.py)",
    ),
]


def materialise(data: object) -> bytes:
    return data() if callable(data) else data  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def refused() -> dict[str, bytes]:
    return {name: materialise(data) for name, data, _ in REFUSED}


@pytest.mark.parametrize(("name", "message"), [(n, m) for n, _, m in REFUSED])
def test_the_core_refuses_with_one_sentence(refused: dict[str, bytes], name: str, message: str) -> None:
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(refused[name], name)
    assert str(caught.value) == message


def test_the_size_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_UPLOAD_ENV, "1")
    data = SAMPLE * (int(1.5 * MEGABYTE) // len(SAMPLE) + 1)
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(data, "x.txt")
    assert str(caught.value) == (
        f"x.txt is {len(data) / MEGABYTE:.1f} MB; releases larger than 1 MB are not read "
        "(set RELEASE_LENS_MAX_UPLOAD_MB to change the limit)"
    )
    monkeypatch.setenv(MAX_UPLOAD_ENV, "lots")
    with pytest.raises(ReleaseParseError) as caught:
        core.parse_release(SAMPLE, "x.txt")
    assert str(caught.value) == "RELEASE_LENS_MAX_UPLOAD_MB must be a whole number of megabytes (1 or more), not 'lots'"


# --- Damaged but readable: what can be read is kept, with warnings ---------------------------------------


def facts(release: core.Release) -> set[tuple[str, str, str, str, str]]:
    frame = core.facts_frame(release)
    return {(r.statement, r.label, str(r.period_end), str(r.months), str(r.value)) for r in frame.itertuples()}


def test_a_release_cut_off_in_a_table_keeps_what_was_read() -> None:
    path = HOSTILE / "allos_truncated_mid_table.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert_consistent(release)
    assert release.warnings == (Diagnostic(
        "allos_truncated_mid_table.txt ends inside a table: the file may be truncated, and figures after it missing",
        span=SourceSpan(106, 106)),)
    operations = release.statement("operations")
    assert operations is not None
    assert operations.item("research_and_development") is not None
    assert operations.item("net_income") is None  # below the cut


def test_a_release_ending_on_its_end_mark_without_a_line_end_is_no_cut_file() -> None:
    """Round 524's Sandridge (invented): the balance sheet, a blank line, then "# # #" with no line end after
    it, as text pasted from a page ends. It had been said to end inside a table, the file maybe truncated."""
    path = HOSTILE / "end_mark_after_the_last_table_without_a_line_end.txt"
    data = path.read_bytes()
    assert not data.endswith(b"\n") and data.rstrip().endswith(b"# # #")
    release = core.parse_release(data, path.name)
    assert not [w.message for w in release.warnings if "truncated" in w.message]
    assert release.statement("balance") is not None


@pytest.mark.parametrize(("line", "mark"), [("# # #", True), ("###", True), ("  -30-", True), ("- 30 -", True),
                                            ("-END-", True), ("# of shares", False), ("30", False)])
def test_the_marks_a_release_ends_on(line: str, mark: bool) -> None:
    from core.vocabulary import RELEASE_END_MARK

    assert (RELEASE_END_MARK.match(line) is not None) is mark


def test_markdown_ending_after_its_last_html_table_is_no_cut_file() -> None:
    """pandoc's Markdown keeps a release's tables as HTML and ends on its own text after the last "</table>",
    with no "</html>": nothing is open, so nothing is said to be cut off (round 307). The restaurant's page
    cut in the middle of its statement still is (its last "<table" stands after the last "</table>")."""
    whole = FIXTURES / "layouts" / "pandoc_markdown_keeping_html_tables.txt"
    assert core.parse_release(whole.read_bytes(), whole.name).warnings == ()
    cut = FIXTURES / "ui" / "restaurant_results_cut_after_general_and_administrative_copperline_q4_2014.htm"
    assert [w.message for w in core.parse_release(cut.read_bytes(), cut.name).warnings if "ends inside" in w.message]


def test_a_missing_cell_leaves_a_gap_not_a_shift() -> None:
    path = HOSTILE / "allos_missing_cell.txt"
    release = core.parse_release(path.read_bytes(), path.name)
    assert_consistent(release)
    operations = release.statement("operations")
    assert operations is not None
    row = next(item for item in operations.items if item.label == "Clinical manufacturing")
    assert [None if v is None else int(v) for v in row.values] == [1_374_000, 3_866_000, None, 5_946_000]
    assert any("footing" in str(d) for d in release.diagnostics)  # the gap shows up in the checks


@pytest.mark.parametrize("name", ["allos_header_mismatch.txt", "allos_stray_characters.txt"])
def test_malformed_tables_still_read(name: str) -> None:
    release = core.parse_release((HOSTILE / name).read_bytes(), name)
    assert_consistent(release)
    net = release.statement("operations")
    assert net is not None and net.item("net_income") is not None


def test_stray_characters_in_numbers_are_not_read_as_numbers() -> None:
    name = "allos_stray_characters.txt"
    release = core.parse_release((HOSTILE / name).read_bytes(), name)
    operations = release.statement("operations")
    assert operations is not None
    development = operations.item("research_and_development")
    assert development is not None
    assert development.values[:2] == (None, None)  # "$3,4x6" and "$5,0#81" are no figures
    assert any(d.message.startswith("check failed: footing") for d in release.diagnostics)
    # ... and says where the figures it could not read are, not only that a total does not add up.
    assert [(str(w.span), w.message) for w in release.warnings] == [
        ("lines 98-99", "'$3,4x6', '$5,0#81' in 'Research and development' looks like a figure but is not one: "
                        "the row's values there are missing"),
        ("line 100", "'1,374*', '3,86?6' in 'Clinical manufacturing' looks like a figure but is not one: the "
                     "row's values there are missing"),
    ]


def test_an_undecodable_bytes_column_is_counted_in_the_line_as_shown() -> None:
    """A Windows-1252 text whose line holds UTF-8 read as Windows-1252 ("team\u00e2\u20ac\u2122s", mended to
    "team's" as the line is split) before a byte no code page defines: the warning's column is that of the
    first U+FFFD in the line as shown, not in the text before mending (the fuzzer's lynx text had a column
    past its line's end)."""
    lines = SAMPLE.split(b"\n")
    lines[2] = b"our team\xe2\x80\x99s work \xe2\x80\x9cmatters\xe2\x80\x9d \x81 here"
    release = core.parse_release(b"\n".join(lines), "x.txt")
    [warning] = [w for w in release.warnings if "could not be decoded" in w.message]
    assert warning.span == SourceSpan(3, 3)
    assert warning.column == release.lines[2].index("\ufffd") + 1 == 27


@pytest.mark.parametrize(
    ("data", "warnings"),
    [
        (SAMPLE.decode().encode("utf-16"), ()),  # with a byte-order mark
        (SAMPLE.decode().encode("utf-16-le"), ()),  # without one
        (SAMPLE.decode().encode("utf-32"), ()),
        (
            SAMPLE.replace(b"Allos Therapeutics, Inc. is", b"Allos \x81Therapeutics\x8d, Inc. is"),
            (
                Diagnostic("2 bytes of x.txt could not be decoded as UTF-8 or Windows-1252 and show as \ufffd; "
                           "figures next to them may be missing", span=SourceSpan(64, 64), column=11),
            ),
        ),
        (SAMPLE + "é".encode()[:1], (Diagnostic("x.txt ends in the middle of a character: the file may be truncated",
                                                span=SourceSpan(159, 159), column=13),)),  # "SU:  ERN CCA" + é
    ],
    ids=["utf-16", "utf-16-le-no-bom", "utf-32", "undecodable-bytes", "cut-in-a-character"],
)
def test_other_encodings_yield_the_same_facts(allos: core.Release, data: bytes,
                                              warnings: tuple[Diagnostic, ...]) -> None:
    release = core.parse_release(data, "x.txt")
    assert_consistent(release)
    assert release.warnings == warnings
    assert facts(release) == facts(allos)


def test_script_and_handlers_in_html_never_reach_the_text() -> None:
    """Scripts, styles and attributes are not rendered at all; text that merely *shows* markup (entities
    in a cell) is kept as the text it is, for the pages to show as text."""
    path = HOSTILE / "script_in_cells.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    assert_consistent(release)
    text = "\n".join(release.lines)
    executables = ("head script", "body script", "svg script", "onload", 'onerror="', "onmouseover", "iframe",
                   "javascript:alert('link')", "javascript:alert('cell')", "injected", "refresh")  # fmt: skip
    for executable in executables:
        assert executable not in text, executable
    operations = release.statement("operations")
    assert operations is not None
    assert operations.items[0].label == "Revenue <script>alert('label')</script>"  # typed text, kept as text


def test_deep_nesting_after_the_tables_is_a_warning() -> None:
    release = core.parse_release(deep_html(table_first=True), "deep.htm")
    assert_consistent(release)
    assert Diagnostic("deep.htm nests its elements more than 256 levels deep; what lies deeper was not read") in (
        release.warnings)


# --- The command line: one line on stderr, never a traceback --------------------------------------------


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "core", *args], capture_output=True, text=True, check=False, cwd=ROOT, env=env
    )


@pytest.fixture(scope="module")
def refused_files(tmp_path_factory: pytest.TempPathFactory, refused: dict[str, bytes]) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, data in refused.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize(("name", "message"), [(n, m) for n, _, m in REFUSED])
def test_the_cli_answers_one_line(refused_files: Path, name: str, message: str) -> None:
    result = cli("facts", str(refused_files / name))
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"error: {message}\n")


def test_the_cli_refuses_a_device_without_reading_it() -> None:
    result = cli("facts", "/dev/zero")
    assert (result.returncode, result.stderr) == (1, "error: /dev/zero is not a regular file\n")


@pytest.mark.parametrize(
    "name", ["allos_truncated_mid_table.txt", "allos_missing_cell.txt", "allos_stray_characters.txt"]
)
def test_the_cli_reads_damaged_releases_with_warnings(name: str) -> None:
    result = cli("facts", str(HOSTILE / name))
    assert result.returncode == 0
    assert result.stdout.startswith("statement,concept,label,period_end,months,value\n")
    assert result.stderr and all(line.startswith("warning: ") for line in result.stderr.splitlines())


# The constant and module a cap's message names on the command line.
_CAP_NAMED = re.compile(r" \(the limit is \w+ in [\w/.]+\)")


# --- The page upload: a message per bad file, the loaded releases stay -------------------------------------


@pytest.fixture
def sidebar() -> AppTest:
    return run_sidebar()


def test_every_bad_upload_gets_its_message_and_the_sample_stays(sidebar: AppTest, refused: dict[str, bytes]) -> None:
    from pages._markdown import unescape

    # Archives by name (.zip, .gz) never reach the script: the widget accepts .txt, .htm, .html and .pdf
    # only, and Streamlit refuses any other extension itself (in the browser and again on the server).
    allowed = [(name, message) for name, _, message in REFUSED if name.endswith((".txt", ".htm", ".pdf"))]
    uploads = [(name, refused[name], "application/octet-stream") for name, _ in allowed]
    sidebar.file_uploader[0].set_value(uploads).run()
    assert not sidebar.exception
    # one box, a line a file as uploaded (UI-50), each naming the file once, in bold: the reader's own mention of it
    # is "it" or "the file"; a cap is this installation's limit, not the constant the command line names
    assert len(sidebar.error) == 1
    shown = [line.removeprefix("- ") for line in unescape(sidebar.error[0].value).split("\n")]
    said = [f"**{name}** could not be read: "
            + _CAP_NAMED.sub(" (a limit set for this installation)",
                             f"it {message[len(name) + 1:]}" if message.startswith(f"{name} ")
                             else message.replace(name, "the file")) for name, message in allowed]
    assert shown == said
    assert all(message.count(name) == 1 for message, (name, _) in zip(shown, allowed, strict=True))
    assert list(sidebar.session_state[RELEASES]) == ["allos_q2_2004.txt"]
    assert sidebar.session_state[CURRENT] == "allos_q2_2004.txt"


def test_a_damaged_upload_is_loaded_with_its_warnings(sidebar: AppTest) -> None:
    path = HOSTILE / "allos_truncated_mid_table.txt"
    sidebar.file_uploader[0].set_value((path.name, path.read_bytes(), "text/plain")).run()
    assert not sidebar.exception and not sidebar.error
    loaded = sidebar.session_state[RELEASES]
    assert list(loaded) == ["allos_q2_2004.txt", path.name]
    assert loaded[path.name].warnings


def test_markup_from_a_file_is_escaped_wherever_markdown_shows_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page, with the release whose labels and title carry scripts, links, images and Markdown:
    no element that renders Markdown holds an unescaped link, image or tag from the file."""
    path = HOSTILE / "script_in_cells.htm"
    release = core.parse_release(path.read_bytes(), path.name)
    for page in ("overview", "periods", "expenses", "cash", "per_share", "data"):
        at = run_page(page, release)
        shown = [m.value for m in at.markdown] + [c.value for c in at.caption] + [m.help or "" for m in at.metric]
        shown += [e.label for e in at.expander] + [w.value for w in at.warning] + [i.value for i in at.info]
        for text in shown:
            for raw in ("![", "](", "javascript:alert", ":red["):
                assert raw not in text, (page, raw, text)
            # a tag shows as typed once its "<" is escaped ("\<img ..."): only an unescaped one could render
            assert not re.search(r"(?<!\\)<(?:script|img)", text), (page, text)
