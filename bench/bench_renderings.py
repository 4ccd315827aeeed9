"""Whether a text rendering of a release reads as the release: the facts of each HTML release in the
folders given against the facts of its renderings (no gold needed).

    python bench/bench_renderings.py ../shared/corpus tests/fixtures/gold

Renderings: w3m at 200 and 120 columns, lynx, the release printed to PDF by Chromium and read directly,
`pdftotext -layout` and plain `pdftotext` of that PDF, and a browser's copy of the page (block text a
line, a table row's cells joined by tabs; imitated here with lxml, as the browsers' own copy cannot be
scripted headless). Renderers not installed are left out and named (Debian: w3m, lynx, poppler-utils,
chromium). A fact is `same` when the rendering prints it with the HTML's value, `differ` when it prints
another value (one of the two forms shows a wrong number), `missing` when only the HTML prints it;
`refused` counts renderings the reader refuses with a message.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_fidelity import print_pdf  # noqa: E402
from bench_pdf_agreement import facts  # noqa: E402

Render = Callable[[Path, Path], Path | None]


def _command(name: str, argv: list[str]) -> Render:
    def render(source: Path, out: Path) -> Path:
        target = out / f"{source.stem}.{name}.txt"
        target.write_bytes(subprocess.run([*argv, str(source)], capture_output=True, timeout=120).stdout)
        return target
    return render


def _from_pdf(name: str, layout: bool) -> Render:
    def render(source: Path, out: Path) -> Path:
        pdf = out / f"{source.stem}.pdf"
        if not pdf.exists():
            print_pdf(source, out)
        target = out / f"{source.stem}.{name}.txt"
        subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), str(target)], timeout=120,
                       check=True)
        return target
    return render


def _pdf(source: Path, out: Path) -> Path:
    pdf = out / f"{source.stem}.pdf"
    return pdf if pdf.exists() else print_pdf(source, out)


def _browser_copy(source: Path, out: Path) -> Path:
    import lxml.html

    from core.readers.text import decode

    lines: list[str] = []

    def text_of(element: lxml.html.HtmlElement) -> str:
        return re.sub(r"\s+", " ", element.text_content().replace("\xa0", " ")).strip()

    def walk(element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style", "head"):
            return
        if tag == "table":
            for row in element.iter("tr"):
                cells = [text_of(c) for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
                if any(cells):
                    lines.append("\t".join(cells))
            lines.append("")
            return
        if tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "center", "address", "blockquote") and not \
                element.xpath(".//table"):
            if text := text_of(element):
                lines.append(text)
            return
        for child in element:
            walk(child)

    walk(lxml.html.fromstring(decode(source.read_bytes(), source.name)[0]))
    target = out / f"{source.stem}.copy.txt"
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


RENDERERS: dict[str, tuple[str, Render]] = {
    "w3m -dump -cols 200": ("w3m", _command("w3m200", ["w3m", "-dump", "-cols", "200"])),
    "w3m -dump -cols 120": ("w3m", _command("w3m120", ["w3m", "-dump", "-cols", "120"])),
    "lynx -dump": ("lynx", _command("lynx", ["lynx", "-dump", "-width=200", "-nolist"])),
    "PDF printed by Chromium": ("chromium", _pdf),
    "pdftotext -layout of that PDF": ("pdftotext", _from_pdf("pdflayout", layout=True)),
    "pdftotext of that PDF (no -layout)": ("pdftotext", _from_pdf("pdfplain", layout=False)),
    "a browser's copy (tabs between cells)": ("", _browser_copy),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", type=Path, nargs="+", help="folders of HTML releases")
    args = parser.parse_args()
    sources = sorted(p for folder in args.folders for p in folder.iterdir() if p.suffix in (".htm", ".html"))
    out = Path(tempfile.mkdtemp(prefix="renderings-"))
    html = {source: facts(source) for source in sources}
    print(f"{len(sources)} HTML releases; {sum(len(f or {}) for f in html.values()):,} facts from the HTML")
    print(f"{'rendering':40} {'same':>6} {'differ':>7} {'missing':>8} {'refused':>8}")
    for name, (tool, render) in RENDERERS.items():
        if tool and shutil.which(tool) is None:
            print(f"{name:40} left out: {tool} is not installed")
            continue
        same = differ = missing = refused = 0
        for source in sources:
            expected = html[source] or {}
            got = facts(render(source, out))
            if got is None:
                refused += 1
                missing += len(expected)
                continue
            same += sum(1 for k, v in expected.items() if k in got and got[k] == v)
            differ += sum(1 for k, v in expected.items() if k in got and got[k] != v)
            missing += sum(1 for k in expected if k not in got)
        print(f"{name:40} {same:6,} {differ:7,} {missing:8,} {refused:8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
