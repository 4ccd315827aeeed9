"""Release Lens against edgartools on the same HTML earnings exhibits (tests/fixtures/html).

edgartools (PyPI `edgartools`, the best-kept open-source EDGAR library) parses an HTML exhibit into
tables; Release Lens reads it into statements of typed facts. Per file and in total this prints:

- statements: Release Lens's financial statements (operations, balance, cash flow) / edgartools's tables,
  and how many of those it flags as financial;
- key facts right, against the hand-checked goldens beside each fixture: net result, per-share result
  (diluted, else basic), revenue (else total expenses), cash, total assets, for every period the golden
  lists. Release Lens must give the fact under its concept and period in actual units. edgartools has no
  concepts or periods, so it is given the benefit of every doubt: a fact counts as right when some table
  row whose label ends with the golden's label holds the printed number (in any scale) in any column;
- parse time, best of three runs each, both measured in this run on the same file: Release Lens from the
  bytes to checked facts (decode, render, read, checks, narrative), edgartools from the decoded HTML to a
  data frame for every table.

edgartools parses local HTML without the network (checked here by refusing every socket connection while
it runs). Install it with `pip install -e '.[bench]'`; run `python bench/bench_vs_edgartools.py`.
"""

from __future__ import annotations

import json
import re
import socket
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd

import core
from core.readers.edgar import strip_envelope
from core.tables.numbers import parse_number

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "html"
KEY_CONCEPTS = (
    ("net_income",),
    ("eps_diluted", "eps_basic"),
    ("revenue", "total_operating_expenses"),
    ("cash_and_equivalents", "cash_and_investments"),
    ("total_assets",),
)
RUNS = 3


def key_facts(golden: dict[str, Any]) -> list[dict[str, Any]]:
    """The golden's key facts: for each group, the facts of the first concept the golden has."""
    chosen = []
    for group in KEY_CONCEPTS:
        for concept in group:
            facts = [f for f in golden["facts"] if f["concept"] == concept]
            if facts:
                chosen.extend(facts)
                break
    return chosen


def best_time(run: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(RUNS):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def lens_right(release: core.Release, facts: list[dict[str, Any]]) -> int:
    frame = core.facts_frame(release)
    right = 0
    for fact in facts:
        rows = frame[(frame.statement == fact["statement"]) & (frame.concept == fact["concept"])
                     & (frame.period_end == fact["period_end"])]
        rows = rows[rows.months.isna()] if fact["months"] is None else rows[rows.months == fact["months"]]
        expected = Decimal(fact["value"])
        if any(abs(Decimal(repr(v)) - expected) <= Decimal("1e-9") * max(abs(expected), 1) for v in rows.value):
            right += 1
    return right


def _normal(label: object) -> str:
    text = " ".join(str(part) for part in label) if isinstance(label, tuple) else str(label)
    return re.sub(r"[^a-z0-9]+", " ", text.lower().replace("’", "'")).strip()


def edgartools_rows(document: Any) -> list[tuple[str, list[Decimal]]]:
    """Every table row edgartools gives: its label and the numbers in its cells."""
    rows = []
    for table in document.tables:
        try:
            frame: pd.DataFrame = table.to_dataframe()
        except Exception:
            continue
        for label, values in frame.iterrows():
            numbers = []
            cells = [str(label)] + [str(v) for v in values.tolist()]
            for cell in cells[1:] + cells[:1]:
                value = parse_number(cell.replace(" ", "").replace("\n", ""))
                if value is not None:
                    numbers.append(abs(value))
            first_text = next((c for c in cells if c and c != "nan" and parse_number(c.replace(" ", "")) is None), "")
            rows.append((_normal(first_text or label), numbers))
    return rows


def edgartools_right(rows: list[tuple[str, list[Decimal]]], facts: list[dict[str, Any]]) -> int:
    right = 0
    for fact in facts:
        label = _normal(fact["label"])
        value = abs(Decimal(fact["value"]))
        printed = {value, value / 1000, value / 1_000_000}
        if any(row_label and label.endswith(row_label) and len(row_label) >= 3 and printed & set(numbers)
               for row_label, numbers in rows):
            right += 1
    return right


def _offline() -> None:
    def refuse(*_: object, **__: object) -> None:
        raise RuntimeError("edgartools tried to use the network")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]


def main() -> int:
    try:
        from edgar.documents import parse_html
    except ImportError:
        print("edgartools is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    _offline()
    header = f"{'release':<28} {'lens stmts':>10} {'edgar tables':>12} {'lens right':>10} {'edgar right':>11} " \
             f"{'lens ms':>8} {'edgar ms':>8} {'speed-up':>8}"
    print(header)
    print("-" * len(header))
    totals = {"facts": 0, "lens": 0, "edgar": 0, "lens_time": 0.0, "edgar_time": 0.0, "files": 0, "lens_wins": 0}
    slowest_ratio = float("inf")
    for golden_path in sorted(FIXTURES.glob("*.golden.json")):
        stem = golden_path.name.replace(".golden.json", "")
        data = (FIXTURES / f"{stem}.htm").read_bytes()
        golden = json.loads(golden_path.read_text())
        facts = key_facts(golden)
        html = strip_envelope(data.decode("utf-8", errors="replace"))[0]
        lens_time, release = best_time(lambda data=data, stem=stem: core.parse_release(data, f"{stem}.htm"))
        edgar_time, document = best_time(lambda html=html: _edgartools_tables(parse_html, html))
        assert isinstance(release, core.Release)
        statements = sum(1 for s in release.statements if s.kind != "other")
        tables = list(document.tables)  # type: ignore[attr-defined]
        financial = sum(1 for t in tables if _is_financial(t))
        lens = lens_right(release, facts)
        edgar = edgartools_right(edgartools_rows(document), facts)
        ratio = edgar_time / lens_time
        slowest_ratio = min(slowest_ratio, ratio)
        print(f"{stem:<28} {statements:>10} {len(tables):>5} ({financial:>3}) {lens:>4}/{len(facts):<5} "
              f"{edgar:>5}/{len(facts):<5} {lens_time * 1000:>8.1f} {edgar_time * 1000:>8.1f} {ratio:>7.1f}x")
        totals["facts"] += len(facts)
        totals["lens"] += lens
        totals["edgar"] += edgar
        totals["lens_time"] += lens_time
        totals["edgar_time"] += edgar_time
        totals["files"] += 1
    print("-" * len(header))
    print(f"{'total':<28} {'':>10} {'':>12} {totals['lens']:>4}/{totals['facts']:<5} "
          f"{totals['edgar']:>5}/{totals['facts']:<5} {totals['lens_time'] * 1000:>8.1f} "
          f"{totals['edgar_time'] * 1000:>8.1f} {totals['edgar_time'] / totals['lens_time']:>7.1f}x")
    print(f"key facts right: Release Lens {totals['lens']}/{totals['facts']}, edgartools {totals['edgar']}/"
          f"{totals['facts']}; Release Lens is {totals['edgar_time'] / totals['lens_time']:.1f}x as fast in total, "
          f"at least {slowest_ratio:.1f}x on every file")
    return 0


def _edgartools_tables(parse_html: Callable[[str], Any], html: str) -> Any:
    """What it takes edgartools to hand over the figures: parse, then frame every table (its tables are
    built lazily, so timing the parse alone would leave the work out)."""
    document = parse_html(html)
    for table in document.tables:
        try:
            table.to_dataframe()
        except Exception:
            continue
    return document


def _is_financial(table: Any) -> bool:
    try:
        return bool(table.is_financial_table)
    except Exception:
        return False


if __name__ == "__main__":
    sys.exit(main())
