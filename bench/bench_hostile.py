"""The hostile inputs of issue 12, as shipped (caps and all): time, peak memory and the answer of each.

Each input is written to a temporary folder and read by `python -m core facts FILE` in a fresh process,
as a batch user or the CLI would; the table prints wall seconds, the process's peak RSS (VmHWM, as the
child reports it at exit), the peak beyond what the same command takes on the bundled sample (the
interpreter and the parser's imports), that excess per input byte, and the first line on stderr (the
refusal, or "facts" with their count). The issue's bar: under 2 s and 500 MB each; under 20 bytes per
input byte at peak.

Run: python bench/bench_hostile.py [--only NAME]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "core" / "samples" / "allos_q2_2004.txt").read_bytes()
MB = 1024 * 1024
ST_JOE = ROOT / "tests" / "fixtures" / "text" / "st-joe_q1-2020_w3m.txt"


def numbers_lines(lines: int, per_line: int) -> bytes:
    rng = random.Random(1)
    line = " ".join(str(rng.randint(100, 9999)) for _ in range(per_line)).encode() + b"\n"
    return line * lines


def table_lines(lines: int) -> bytes:
    rng = random.Random(1)
    cells = "  ".join(f"{rng.randint(100, 9999):>6}" for _ in range(27))
    return "".join(f"Item {i:<20}{cells}\n" for i in range(lines)).encode()


def wide_html(cells: int) -> bytes:
    row = "<tr><td>Revenue</td>" + "".join(f"<td>{i}</td>" for i in range(cells)) + "</tr>"
    return f"<html><body><table>{row}{row}</table></body></html>".encode()


def nested_tables(size: int) -> bytes:
    chunk = "<table><tr><td>" * 50 + "1" + "</td></tr></table>" * 50
    return f"<html><body>{chunk * (size // len(chunk))}</body></html>".encode()


def spaced_header(width: int) -> bytes:
    """A statement with a label cell `width` characters long, so that its header lines are drawn after as
    many spaces (what the fuzzer's widened Apple row did): a pattern matching a run of spaces at each of
    its starts once took 90 s on such a header."""
    label = "x" * width
    return (f"<html><body><p>STATEMENTS OF OPERATIONS</p><table><tr><td></td><td>June 30,</td>"
            "<td>June 30,</td></tr><tr><td></td><td>2004</td><td>2003</td></tr>"
            f"<tr><td>Revenue {label}</td><td>1,200</td><td>1,100</td></tr>"
            "<tr><td>Net income</td><td>150</td><td>130</td></tr></table></body></html>").encode()


def doubled_rows(count: int) -> bytes:
    """A balance sheet flattened onto one line whose every third row prints twice the columns' figures: a
    line and a side's total glued to it, which the reader tries by the lines' running sums (round 617)."""
    rng = random.Random(617)
    rows = []
    for i in range(count):
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        figures = [f"{rng.randint(100, 99_999):,}" for _ in range(4 if i % 3 == 2 else 2)]
        rows.append(f"Item {name} {' '.join(figures)}")
    return ("Acme reports.\n\nACME CORP. CONDENSED BALANCE SHEETS (In thousands) December 31, 2024 "
            "December 31, 2023 " + " ".join(rows) + "\n").encode()


def repeated_sum(copies: int) -> bytes:
    """A statement whose unlabelled sum under "Revenues:" is printed `copies` times: each line asks whether
    the heading's lines add up to it, which, asked afresh from the heading down, was cubic (issue 12's
    fuzzing: 400 copies took 65 s)."""
    head = ("ACME CORP.\nCONDENSED STATEMENTS OF OPERATIONS\n(in thousands)\n"
            f"{'Three Months Ended':>54}\n{'June 30,':>49}\n{'2024':>42}{'2023':>12}\n"
            f"Revenues:\n  {'Product':<30}{'1,000':>10}{'900':>12}\n  {'Service':<30}{'500':>10}{'400':>12}\n")
    total = f"{'':32}{'1,750':>10}{'1,330':>12}\n"
    return (head + total * copies + f"{'Net income':<32}{'100':>10}{'90':>12}\n").encode()


def flattened_statements(copies: int) -> bytes:
    """A scrape of `copies` income statements, each flattened onto a line of its own (what the fuzzer made of
    Aemetis's by repeating one line: 5,000 copies took 53 s, read statement by statement)."""
    line = ("ACME CORP. CONDENSED STATEMENTS OF OPERATIONS (In thousands) Three Months Ended June 30, 2024 2023 "
            "Revenues $ 1,000 $ 900 Cost of revenues 400 350 Gross profit 600 550 Net income $ 100 $ 90\n")
    return ("Acme reports.\n\n" + line * copies).encode()


# (name, file name, bytes): the repros first, in its order.
def repeated_line(words: bytes, copies: int) -> bytes:
    """St. Joe's release with the line holding `words` printed `copies` times, the fuzz test's growth that found
    a statement's sums done anew for every line (8 December)."""
    data = ST_JOE.read_bytes()
    at = data.index(words)
    start, end = data.rfind(b"\n", 0, at) + 1, data.index(b"\n", at)
    return data[:start] + b"\n".join([data[start:end]] * copies) + data[end:]


INPUTS: list[tuple[str, str, Callable[[], bytes]]] = [
    ("8,000 bare numbers on one line", "w.txt", lambda: b"1 " * 8000),
    ("reference release + that line", "allos_wide.txt", lambda: SAMPLE + b"1 " * 8000 + b"\n"),
    ("50 KB line of numbers", "w50k.txt", lambda: b"1 " * 25_000),
    ("20 MB line of numbers", "w20m.txt", lambda: b"1 " * (10 * MB)),
    ("HTML: 2 rows x 4,000 numeric <td>", "wide.htm", lambda: wide_html(4000)),
    ("100,000 lines x 50 numbers", "numbers.txt", lambda: numbers_lines(100_000, 50)),
    ("100,000 table rows x 27 figures", "table.txt", lambda: table_lines(100_000)),
    ("24 MB of nested HTML tables", "nested.htm", lambda: nested_tables(24_000_000)),
    ("HTML statement, a 60,000-character label: headers after as many spaces", "spaces.htm",
     lambda: spaced_header(60_000)),
    ("NUL bytes after the first 64 KB", "nul.txt", lambda: SAMPLE + b"x" * 70_000 + b"\n\x00\x00\n"),
    ("24 MB HTML, one paragraph", "paragraph.htm",
     lambda: b"<html><body><p>" + b"Revenue grew in the quarter and so did costs. " * 500_000 + b"</p></body></html>"),
    ("HTML of 190,000 elements (cap 200,000)", "elements.htm",
     lambda: b"<html><body>" + b"<p>Revenue grew by 12% to $1.2 million.</p>" * 190_000 + b"</body></html>"),
    ("HTML table, 12,000 rows x 4 cells", "rows12k.htm",
     lambda: (b"<html><body><table><tr><td></td><td>2004</td><td>2003</td><td>2002</td></tr>"
              + b"".join(b"<tr><td>Item</td><td>%d</td><td>%d</td><td>%d</td></tr>" % (i, i + 1, i + 2)
                         for i in range(12_000)) + b"</table></body></html>")),
    ("HTML table, 16,000 rows x 3 figures", "rows.htm",
     lambda: (b"<html><body><table><tr><td></td><td>2004</td><td>2003</td><td>2002</td></tr>"
              + b"".join(b"<tr><td>Item %d</td><td>%d</td><td>%d</td><td>%d</td></tr>" % (i, i, i + 1, i + 2)
                         for i in range(16_000)) + b"</table></body></html>")),
    ("text table, 16,000 rows x 3 figures", "rows.txt",
     lambda: SAMPLE + b"".join(b"    Item %-12d %9d %9d %9d\n" % (i, i, i + 1, i + 2) for i in range(16_000))),
    ("HTML: 200 cells of rowspan=200 colspan=200", "span.htm",
     lambda: b"<html><body><table><tr>" + b'<td rowspan="200" colspan="200">1</td>' * 200
     + b"</tr></table></body></html>"),
    ("EDGAR submission, 3,000 copies of the sample as exhibits", "copies.txt",
     lambda: b"<SEC-DOCUMENT>x\n<SEC-HEADER>\n</SEC-HEADER>\n" + (b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n" + SAMPLE
                                                               + b"\n</TEXT>\n</DOCUMENT>\n") * 3000),
    ("EDGAR submission, 20 exhibits of 2,400 numbers", "numbers20.txt",
     lambda: b"<SEC-DOCUMENT>x\n<SEC-HEADER>\n</SEC-HEADER>\n" + (b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n"
                                                               + numbers_lines(240, 10)
                                                               + b"\n</TEXT>\n</DOCUMENT>\n") * 20),
    ("HTML converted from PDF, 190,000 runs placed on one line", "placed.htm",
     lambda: b"<html><body><div style='position:relative'>" + b"".join(
         b'<span style="position:absolute;left:%dpt;top:10pt">%d</span>' % (i % 600, i) for i in range(190_000))
     + b"</div></body></html>"),
    ("25 MB of prose, 100,000 lines", "prose.txt",
     lambda: (b"The company reported strong results in the quarter and expects more. " * 3 + b"\n") * 100_000),
    ("20 MB flattened statement: years, then 770,000 rows on one line", "flat.txt",
     lambda: b"Revenue 2024 2023 " + b"Cost of sales 1,234 5,678 " * 770_000),
    ("flattened balance sheet: 330 rows, every third doubled", "doubled.txt", lambda: doubled_rows(330)),
    ("an unlabelled sum under a heading, 5,000 times", "repeated_sum.txt", lambda: repeated_sum(5_000)),
    ("an income statement flattened onto each of 6,000 lines", "flattened6k.txt", lambda: flattened_statements(6_000)),
    ("the same, 4,000 lines (past MAX_TABLES)", "flattened4k.txt", lambda: flattened_statements(4_000)),
    ("St. Joe's 'Interest expense' line, 5,000 times", "interest5k.txt",
     lambda: repeated_line(b"Interest expense    ", 5_000)),
    ("St. Joe's 'Net income attributable to non-controlling interest', 5,000 times", "nci5k.txt",
     lambda: repeated_line(b"Net income attributable to non-controlling interest", 5_000)),
    ("100,000 markdown pipe rows", "pipes.md",
     lambda: b"| | 2024 | 2023 |\n|---|---|---|\n" + b"| Cost of sales | $ 1,234 | $ 5,678 |\n" * 100_000),
]


# The child reports its own peak RSS (VmHWM) at exit: wait4's ru_maxrss would also count this process's
# memory at the fork, before the child starts Python, and this process holds the inputs it built.
_PEAK_AT_EXIT = ("import atexit, runpy, sys\n"
                 "def peak():\n"
                 "    line = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
                 "    sys.stderr.write('\\npeak ' + line.split()[1])\n"
                 "atexit.register(peak)\n"
                 "sys.argv = ['core', 'facts', sys.argv[1]]\n"
                 "runpy.run_module('core', run_name='__main__')\n")


def run(path: Path) -> tuple[float, float, str]:
    """Seconds, peak RSS in MB, and the first line on stderr of `python -m core facts path`."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK_AT_EXIT, str(path)], cwd=ROOT, capture_output=True,
                          check=False)
    seconds = time.perf_counter() - start
    err = done.stderr.decode(errors="replace").strip().splitlines()
    peak = int(err[-1].split()[1]) / 1024
    first = err[:1]
    facts = done.stdout.count(b"\n") - 1
    answer = first[0] if first and first[0].startswith("error") else f"{facts} facts"
    return seconds, peak, answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="run only inputs whose file name is this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "allos.txt"
        sample.write_bytes(SAMPLE)
        _, base, _ = run(sample)
        print(f"baseline: python -m core facts on the sample peaks at {base:.0f} MB")
        print(f"{'input':<40} {'size':>9} {'seconds':>8} {'peak MB':>8} {'B/B':>6}  answer")
        for label, name, make in INPUTS:
            if args.only and name not in args.only:
                continue
            data = make()
            path = Path(folder) / name
            path.write_bytes(data)
            del data
            seconds, peak, answer = run(path)
            size = path.stat().st_size
            per_byte = f"{max(0.0, peak - base) * MB / size:.1f}" if size >= MB else "-"  # noise below 1 MB
            print(f"{label:<40} {size / MB:>7.2f}MB {seconds:>8.2f} {peak:>8.0f} {per_byte:>6}  {answer[:100]}")
            path.unlink()


if __name__ == "__main__":
    main()
