"""The gold releases as their PDFs read (tests/fixtures/gold_pdf): the same facts as from their HTML.

A release printed to PDF loses its table markup: columns come back as runs of spaces, justified prose as
words spread over wide gaps, "fi" as one ligature. None of that may change a fact: every gold fact the HTML
gives, the PDF's text gives, and no other value.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

import core
from core.facts import write_facts_csv

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
from bench_fidelity import score  # noqa: E402

LAYERS = sorted((FIXTURES / "gold_pdf").glob("*.txt"))
# As from the HTML (tests/test_fidelity.py): every gold fact printed.
MISSING: dict[str, int] = {}


@pytest.mark.parametrize("layer", LAYERS, ids=lambda p: p.stem)
def test_a_gold_release_printed_to_pdf_gives_its_gold_facts(layer: Path) -> None:
    release = core.parse_release(layer.read_bytes(), layer.name)
    out = io.StringIO()
    write_facts_csv(release, out)
    gold = list(csv.DictReader((FIXTURES / "gold" / f"{layer.stem}.gold.csv").open(newline="", encoding="utf-8")))
    right, wrong, missing, notes = score(gold, list(csv.DictReader(io.StringIO(out.getvalue()))))
    assert (wrong, missing) == (0, MISSING.get(layer.stem, 0)), "\n".join(notes)
    assert right == len(gold) - missing


def test_every_gold_html_release_has_its_pdf_layer() -> None:
    html = {p.stem for p in (FIXTURES / "gold").glob("*.htm")}
    assert {p.stem for p in LAYERS} == html and len(html) == 9
