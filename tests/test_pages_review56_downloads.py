"""UI-56, finding 5: the Data page's facts CSV says each fact's unit and currency; `python -m core facts`, the data
contract, keeps its columns.

The Allos sample (core/samples/allos_q2_2004.txt, "(in thousands ...)"): Research and development 3,446 for the three
months to June 30, 2004 (`python -m core text` line 98) is 3446000 in the CSV, a full amount in US dollars; its net
loss per share a USD amount per share; its weighted-average shares a full count with no currency.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import core
from core.facts import CONTRACT_COLUMNS, FACT_COLUMNS, SOURCE_COLUMNS, UNIT_COLUMNS
from pages._downloads import facts_csv
from tests.page_runner import ROOT


def _sample_rows() -> list[dict[str, str]]:
    name, data = core.load_sample()
    return list(csv.DictReader(io.StringIO(facts_csv(core.parse_release(data, name)).decode())))


def test_the_download_says_each_facts_unit_and_currency() -> None:
    rows = _sample_rows()
    assert list(rows[0]) == [*FACT_COLUMNS, *UNIT_COLUMNS, *SOURCE_COLUMNS]  # then where each came from (UI-59)
    research = next(r for r in rows if r["concept"] == "research_and_development" and r["period_end"] == "2004-06-30"
                    and r["months"] == "3")
    assert (research["value"], research["unit"], research["currency"]) == ("3446000", "USD (full amount)", "USD")
    eps = next(r for r in rows if r["kind"] == "per_share")
    assert (eps["unit"], eps["currency"]) == ("USD per share", "USD")
    shares = next(r for r in rows if r["kind"] == "shares")
    assert (shares["unit"], shares["currency"]) == ("shares (full count)", "")
    assert all(r["unit"] for r in rows)


def test_the_command_lines_facts_keep_the_contract() -> None:
    done = subprocess.run([sys.executable, "-m", "core", "facts", str(ROOT / "core" / "samples" / "allos_q2_2004.txt")],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.splitlines()[0] == ",".join(CONTRACT_COLUMNS)
    assert "unit" not in done.stdout.splitlines()[0]
