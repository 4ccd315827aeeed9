"""`python -m core facts` and `python -m core check` on the reference release: the data contract."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "core" / "samples" / "allos_q2_2004.txt"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "core", *args], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_facts_csv_has_the_contract_columns_and_exact_values() -> None:
    result = _run("facts", str(SAMPLE))
    assert result.returncode == 0
    assert result.stderr == ""
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["statement", "concept", "label", "period_end", "months", "value"]
    assert rows[0] == {
        "statement": "operations",
        "concept": "research_and_development",
        "label": "Research and development",
        "period_end": "2004-06-30",
        "months": "3",
        "value": "3446000",
    }
    by_key = {(r["concept"], r["period_end"], r["months"]): r["value"] for r in rows if r["concept"]}
    assert by_key[("net_income", "2004-06-30", "3")] == "-7151000"
    assert by_key[("eps_diluted", "2004-06-30", "6")] == "-0.4"
    assert by_key[("shares_basic", "2003-06-30", "6")] == "25884381"
    assert by_key[("restructuring", "2004-06-30", "3")] == "0"
    assert by_key[("total_assets", "2003-12-31", "")] == "48174000"
    assert len(rows) == 62


def test_check_lists_each_check_with_expected_found_and_lines() -> None:
    result = _run("check", str(SAMPLE))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[-1] == "35 passed, 0 failed"
    assert lines[0].split() == [
        "PASS",
        "footing",
        "operations",
        "3M",
        "2004-06-30",
        "expected",
        "7,262,000",
        "found",
        "7,262,000",
        "lines",
        "98-106",
    ]


def test_check_json_gives_every_check_and_every_diagnostic_with_its_lines() -> None:
    """allos_stray_characters.txt prints research and development as "$3,4x6 $5,0#81": no figures, so the
    quarter's operating expenses foot to 7,262,000 - 3,446,000 (R&D) - 1,374,000 (the "1,374*" cell is no
    figure either) = 2,442,000 against the 7,262,000 printed, and the check says so, at lines 98-106."""
    result = _run("check", "--json", str(ROOT / "tests" / "fixtures" / "hostile" / "allos_stray_characters.txt"))
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["release"] == "allos_stray_characters.txt"
    assert len(record["checks"]) == 35
    failed = [c for c in record["checks"] if not c["passed"]]
    assert (failed[0]["name"], failed[0]["period"], failed[0]["expected"], failed[0]["found"]) == (
        "footing", "3M 2004-06-30", "2442000", "7262000")
    assert (failed[0]["first_line"], failed[0]["last_line"]) == (98, 106)
    assert record["diagnostics"][0]["message"].startswith("'$3,4x6', '$5,0#81' in 'Research and development'")
    assert record["diagnostics"][2] == {
        "severity": "warning",
        "message": "check failed: footing (operations, 3M 2004-06-30) expected 2,442,000 found 7,262,000",
        "first_line": 98, "last_line": 106, "column": None, "table": "statement of operations",
    }
    assert len(record["diagnostics"]) == 2 + len(failed)  # the two rows of unreadable figures, then the checks


def test_check_json_on_the_sample_has_no_diagnostics() -> None:
    record = json.loads(_run("check", "--json", str(SAMPLE)).stdout)
    assert all(c["passed"] for c in record["checks"]) and record["diagnostics"] == []


def test_warnings_on_stderr_name_their_lines() -> None:
    result = _run("facts", str(ROOT / "tests" / "fixtures" / "hostile" / "allos_truncated_mid_table.txt"))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "warning: allos_truncated_mid_table.txt ends inside a table: the file may be truncated, and figures after "
        "it missing (at line 106)"]


SUBMISSION = ROOT / "tests" / "fixtures" / "layouts" / "selected_balance_sheet_data_unfooted.txt"


def test_text_prints_the_lines_a_submissions_checks_name() -> None:
    """A whole 1998 EDGAR submission: the release is its EX-99.1, whose "Total revenues" stands on the file's
    line 178 and on the exhibit's line 75. `check` names the exhibit's lines and says so; `text` prints them,
    so the revenue footing's lines 71-75 are the three revenue lines (6,412 + 8,905 + 612 = 15,929) and their
    total."""
    checked = _run("check", str(SUBMISSION))
    assert checked.returncode == 0
    footing = next(line for line in checked.stdout.splitlines() if line.startswith("PASS  footing"))
    assert footing.split()[-2:] == ["lines", "71-75"]
    assert checked.stdout.splitlines()[-2:] == [
        "note: read from exhibit EX-99.1: PRESS RELEASE DATED FEBRUARY 17, 1999; line numbers are those of the "
        "exhibit", f"note: `python -m core text {SUBMISSION}` prints the lines as read, numbered"]
    text = _run("text", str(SUBMISSION))
    assert text.returncode == 0
    numbered = text.stdout.splitlines()
    assert [line.split("\u2502")[0].strip() for line in numbered[70:75]] == ["71", "72", "73", "74", "75"]
    assert numbered[70].split("\u2502")[1].split() == ["Oil", "sales", "$", "6,412", "$", "9,876", "$", "28,344",
                                                       "$", "39,120"]
    assert numbered[74].split("\u2502")[1].split() == ["Total", "revenues", "15,929", "20,649", "66,671", "79,677"]
    assert SUBMISSION.read_text().splitlines()[177].split() == numbered[74].split("\u2502")[1].split()


def test_a_text_release_needs_no_word_on_its_line_numbers() -> None:
    """The reference release's lines are the file's own: `check` ends on its tally."""
    assert _run("check", str(SAMPLE)).stdout.splitlines()[-1] == "35 passed, 0 failed"
    assert _run("text", str(SAMPLE)).stdout.splitlines()[97].split("\u2502")[1].strip() == (
        SAMPLE.read_text(encoding="latin-1").splitlines()[97].strip())


SUBMISSION_READ_WHOLE = ROOT / "tests" / "fixtures" / "gold" / "sears-roebuck_q2-2004_edgar-submission.txt"


def test_all_columns_say_what_a_submissions_line_numbers_count() -> None:
    """`facts --all-columns` prints each row's lines; for a submission those are its exhibit's, so it says so even
    where no warning prints the note (round 673: a reader found "Net sales" at line 40, the file's line 76, and no
    word why). Sears's "Merchandise sales and services" stands on the exhibit's line 203, the file's line 349."""
    result = _run("facts", str(SUBMISSION_READ_WHOLE), "--all-columns")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "note: read from exhibit EX-99 (e18506ex_99.txt): PRESS RELEASE; line numbers are those of the exhibit",
        f"note: `python -m core text {SUBMISSION_READ_WHOLE}` prints the lines as read, numbered"]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    sales = next(row for row in rows if row["label"] == "Merchandise sales and services")
    assert (sales["line_first"], sales["line_last"], sales["value"]) == ("203", "203", "8700000000")
    assert SUBMISSION_READ_WHOLE.read_text().splitlines()[348].split()[:4] == ["Merchandise", "sales", "and",
                                                                              "services"]
    assert not _run("facts", str(SUBMISSION_READ_WHOLE)).stderr  # without line numbers, nothing to say


def test_all_columns_of_a_text_release_need_no_note() -> None:
    """The reference release's lines are the file's own: `--all-columns` adds no note."""
    result = _run("facts", str(SAMPLE), "--all-columns")
    assert not [line for line in result.stderr.splitlines() if line.startswith("note:")]


FORM_FED = ROOT / "tests" / "fixtures" / "layouts" / (
    "condensed_balance_sheet_equity_total_without_a_liabilities_total.txt")


def test_a_text_release_with_page_breaks_says_how_its_lines_count() -> None:
    """A form feed parts lines as Python parts them, so after each page break a row's line is one more than an
    editor's (rounds 672 and 673 looked rows up with `grep -n` and landed a line short): the CLI says so, and
    `text` prints the lines as counted. The balance sheet's "Total assets" (3,238.0) stands on the file's line
    83, after one form feed: line 84 as read."""
    result = _run("facts", str(FORM_FED), "--all-columns")
    assert result.stderr.splitlines() == [
        "note: line numbers count each form feed (a page break) as a line end: after each, one more than an editor "
        "counts", f"note: `python -m core text {FORM_FED}` prints the lines as read, numbered"]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    total = next(row for row in rows if row["concept"] == "total_assets" and row["period_end"] == "2018-12-31")
    assert (total["value"], total["line_first"]) == ("3238000000", "84")
    counted = _run("text", str(FORM_FED)).stdout.splitlines()[83].split("\u2502")[1].split()
    assert counted == FORM_FED.read_text().split("\n")[82].split() == ["Total", "assets", "$", "3,238.0", "$",
                                                                       "3,186.8"]
