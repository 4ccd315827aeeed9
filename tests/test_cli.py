"""`python -m core facts` and `python -m core check` on the reference release: the data contract."""

from __future__ import annotations

import csv
import io
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
