"""Seeds and mutations shared by the hypothesis fuzz test and the atheris target: corpus fixtures damaged
the ways real files get damaged (cut, spliced, re-encoded, with markup or stray bytes dropped in)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Crashing inputs found by fuzzing, kept so every run replays them (tests/fixtures/hostile/fuzz/).
REGRESSIONS = FIXTURES / "hostile" / "fuzz"
# A window of a large HTML fixture is fuzzed, not all of it: a 1 MB exhibit costs a second a parse, and
# the parser reads tables one by one, so what breaks on a whole file breaks on a window holding the table.
WINDOW = 96 * 1024

# Fragments that sit on the parser's decision points: table and cell boundaries, signs and currency,
# dashes, rules, period headers, encodings, control characters, deep or unclosed markup.
SNIPPETS: tuple[bytes, ...] = (
    b"<table>", b"</table>", b"<tr>", b"</tr>", b"<td>", b"</td>", b"<td colspan=\"999999\">", b"<th rowspan=0>",
    b"<pre>", b"</pre>", b"<script>alert(1)</script>", b"<div>" * 300, b"<!--", b"]]>", b"&#0;", b"&#x110000;",
    b"(", b")", b"$", b"$(", b"%", b"--", b"\xe2\x80\x94", b"=====", b"-----", b"   ", b"\t", b"\r", b"\x0c",
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"1,234", b"(1,234)", b"0.00", b"9" * 400, b"1e308",
    b"Three Months Ended", b"June 30,", b"2004", b"1899", b"9999", b"13 weeks", b"52 weeks", b"in thousands",
    b"Total", b"Net loss", b"per share", b"\n" * 50, b"<TABLE>", b"<S>", b"<C>", b"<PAGE>", b"<DOCUMENT>",
    b"<TYPE>EX-99.1", b"<TEXT>", b"</TEXT>", b"%PDF-1.4",
)  # fmt: skip


def seeds() -> list[tuple[str, bytes]]:
    """Every text and HTML fixture, plus the regression inputs fuzzing has found."""
    paths = sorted((FIXTURES / "text").glob("*.txt")) + sorted((FIXTURES / "html").glob("*.htm"))
    paths += sorted(p for p in REGRESSIONS.glob("*") if p.is_file() and p.suffix != ".md")
    return [(path.name, path.read_bytes()) for path in paths]


# Growth mutations (issue 12): the inputs that once cost quadratic time or gigabytes were ordinary ones
# made large in one direction. Each takes the line around a position and makes it `factor` times as wide,
# as many or as deep; factor 1 leaves the input as it was.
GROWTHS = ("widen", "repeat", "deepen")


def grow(data: bytes, kind: str, at: int, factor: int) -> bytes:
    """`data` with the line holding byte `at` widened (its last 12 bytes repeated), repeated, or nested
    inside `factor` levels of markup."""
    start = data.rfind(b"\n", 0, at) + 1
    end = data.find(b"\n", at)
    end = len(data) if end < 0 else end
    line = data[start:end]
    if kind == "widen":
        grown = line + line[-12:] * (factor - 1)
    elif kind == "repeat":
        grown = b"\n".join([line] * factor)
    else:
        grown = b"<div><table><tr><td>" * (factor - 1) + line + b"</td></tr></table></div>" * (factor - 1)
    return data[:start] + grown + data[end:]
