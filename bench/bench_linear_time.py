"""Parsing time grows linearly with input size, even for inputs built to make regexes backtrack.

For each adversarial input, one unit is repeated 1x, 2x, 4x and 8x and parsed (best of two runs); the
table prints seconds, MB/s and the ratio of each time to the 1x time. Linear growth shows as ratios near
2, 4 and 8; quadratic growth as 4, 16 and 64; catastrophic backtracking as a 1x time that never ends. The
ratios come from one run on one machine: compare them with each other, not with other machines.

The caps of core.limits are lifted for this run (`uncapped`), so each stage is measured on inputs far
beyond what a release may hold: the point is the shape of its cost, not the refusal (bench_hostile.py
measures the inputs as shipped, caps and all).

Inputs, each aimed at a stage:
- digits: lines of digits and spaces, every one a candidate table row (the table reader); wide-rows: the
  same at 800 characters a line;
- filler: "net loss" followed by twelve capitalised words before "was" (NET_RESULT's filler words, which
  backtracked 2 ** 12 ways per sentence before they were made atomic);
- footnotes: "adjusted" followed by a run of digits before "net loss of $1" (_ADJUSTED_BEFORE, which
  backtracked 2 ** n ways in the digits before it became one character class);
- years: header lines of years and "change" words (text_tables' years-and-change pattern, fixed earlier);
- html-rows: a wide HTML table of many rows (the renderer and its CSS patterns);
- html-nesting: 250 levels of nested <div> around each table (the renderer's recursion);
- one-line: the whole input on one line without a line end;
- wide-row: one row of 12,500 to 100,000 bare numbers (column placement, the column-header and period
  readers: each column once looked for its nearest dated neighbour across all the others);
- html-wide-row: two HTML rows of 1,250 to 10,000 numeric cells (the HTML grid and layout, then as above);
- long-table: a table of 12,500 to 100,000 lines of six figures under a dated header (rows, footing).
Each ends with a small statement, so the narrative before it is read as prose.

Run: python bench/bench_linear_time.py [--unit-kb 128] [--only NAME]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import core  # noqa: E402
from core import limits  # noqa: E402
from core.errors import ReleaseParseError  # noqa: E402
from core.tables import find as text_tables  # noqa: E402
from core.tables import numbers  # noqa: E402

SCALES = (1, 2, 4, 8)
STATEMENT = (
    "\n\n                    STATEMENTS OF OPERATIONS\n                 (in thousands)\n\n"
    "                           Three months ended June 30,\n"
    "                              2004         2003\n\n"
    "    Revenue                  1,000          900\n"
    "    Operating expenses         800          700\n"
    "    Net loss                  (200)        (100)\n"
)
HTML_TABLE = (
    "<table><tr><td></td><td>Three Months Ended June 30,</td></tr><tr><td></td><td>2004</td><td>2003</td></tr>"
    "<tr><td>Revenue</td><td>1,000</td><td>900</td></tr><tr><td>Net loss</td><td>(200)</td><td>(100)</td></tr>"
    "</table>"
)


def repeated(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def text_input(unit: str) -> Callable[[int], bytes]:
    return lambda size: (repeated(unit, size) + STATEMENT).encode()


def html_rows(size: int) -> bytes:
    style = "padding-left:{}pt;border-bottom:1px solid"
    row = "<tr>" + "".join(f'<td style="{style.format(i)}">{i},{i:03d}</td>' for i in range(12))
    rows = repeated(row + "</tr>\n", size)
    return f"<html><body><p>Acme reports.</p><table>{rows}</table>{HTML_TABLE}</body></html>".encode()


def html_nesting(size: int) -> bytes:
    block = "<div>" * 250 + "<p>x</p>" + "</div>" * 250 + "\n"
    return f"<html><body>{repeated(block, size)}{HTML_TABLE}</body></html>".encode()


def wide_row(size: int) -> bytes:
    cells = 12_500 * size // (128 * 1024)
    return ("Revenue  " + "1 " * cells + "\n" + STATEMENT).encode()


def html_wide_row(size: int) -> bytes:
    cells = 1_250 * size // (128 * 1024)
    row = "<tr><td>Revenue</td>" + "".join(f"<td>{i}</td>" for i in range(cells)) + "</tr>"
    return f"<html><body><table>{row}{row.replace('Revenue', 'Net loss')}</table>{HTML_TABLE}</body></html>".encode()


def long_table(size: int) -> bytes:
    lines = 12_500 * size // (128 * 1024)
    rows = "".join(f"    Item {i:<12} {i:>9,} {i + 1:>9,} {i + 2:>9,} {i + 3:>9,} {i + 4:>9,} {i + 5:>9,}\n"
                   for i in range(lines))
    header = "                                2004      2003      2002      2001      2000      1999\n"
    return (STATEMENT.split("\n\n    Revenue")[0] + "\n" + header + rows).encode()


@contextlib.contextmanager
def uncapped() -> Iterator[None]:
    """Lift the caps of core.limits for a measurement: in core.limits those read from it when checked (the
    HTML reader's, MAX_LINES), in the module itself those a module took its own copy of."""
    huge = 10**12
    saved = (numbers.MAX_LINE_VALUES, text_tables.MAX_VALUES, text_tables.MAX_TABLE_COLUMNS,
             limits.MAX_HTML_ELEMENTS, limits.MAX_HTML_CELLS, limits.MAX_HTML_GRID, limits.MAX_LINES)
    numbers.MAX_LINE_VALUES = text_tables.MAX_VALUES = text_tables.MAX_TABLE_COLUMNS = huge
    limits.MAX_HTML_ELEMENTS = limits.MAX_HTML_CELLS = limits.MAX_HTML_GRID = limits.MAX_LINES = huge
    try:
        yield
    finally:
        (numbers.MAX_LINE_VALUES, text_tables.MAX_VALUES, text_tables.MAX_TABLE_COLUMNS,
         limits.MAX_HTML_ELEMENTS, limits.MAX_HTML_CELLS, limits.MAX_HTML_GRID, limits.MAX_LINES) = saved


INPUTS: dict[str, Callable[[int], bytes]] = {
    "digits": text_input("12 345 6789 0 12 345 6789 0 12 345 6789 0\n"),
    # The same, 800 characters a line (about 230 cells).
    "wide-rows": text_input(("12 345 6789 0 " * 60)[:800] + "\n"),
    "filler": text_input("The net loss " + "Months " * 12 + "x. "),
    "footnotes": text_input("Adjusted " + "1" * 50 + " net loss of $1 million. "),
    "years": text_input("      2004   2003   2002 2001 change change % change 2004 2003\n"),
    "html-rows": html_rows,
    "html-nesting": html_nesting,
    "one-line": lambda size: (repeated("1,234 (5,678) $ -- Net loss of $3 million ", size) + STATEMENT).encode(),
    "wide-row": wide_row,
    "html-wide-row": html_wide_row,
    "long-table": long_table,
    # Statements flattened onto lines of their own, and a markdown pipe table of ever more rows.
    "flattened": text_input("Revenue 2024 2023 Cost of sales 1,234 5,678Gross profit 2,345 3,456 "
                            "Net income 1,111 2,222\n"),
    "pipe-rows": text_input("| Cost of sales | $ 1,234 | $ 5,678 |\n"),
}


def timed(data: bytes, name: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        with contextlib.suppress(ReleaseParseError):
            core.parse_release(data, name)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unit-kb", type=int, default=128, help="size of the 1x input (default 128 KB)")
    parser.add_argument("--only", action="append", help="run only these inputs (repeatable)")
    args = parser.parse_args()
    unit = args.unit_kb * 1024
    print(f"{'input':<13}" + "".join(f"{f'{s}x s':>10}" for s in SCALES) + "   MB/s at 8x   ratios to 1x")
    worst = 0.0
    for label, make in INPUTS.items():
        if args.only and label not in args.only:
            continue
        name = "bench.htm" if label.startswith("html") else "bench.txt"
        sizes = [len(make(unit * s)) for s in SCALES]
        with uncapped():
            times = [timed(make(unit * s), name) for s in SCALES]
        ratios = [t / times[0] for t in times]
        worst = max(worst, ratios[-1] / SCALES[-1])
        print(
            f"{label:<13}" + "".join(f"{t:>10.3f}" for t in times)
            + f"   {sizes[-1] / 1e6 / times[-1]:>10.2f}   " + " ".join(f"{r:.1f}" for r in ratios)
        )  # fmt: skip
    print(f"largest 8x ratio per 8x size: {worst:.2f} (1.0 is exactly linear)")


if __name__ == "__main__":
    main()
