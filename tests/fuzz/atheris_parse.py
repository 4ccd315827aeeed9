"""Coverage-guided fuzzing of core.parse_release with atheris (libFuzzer), seeded with the corpus fixtures.

    python tests/fuzz/atheris_parse.py -max_total_time=300 -timeout=10 -rss_limit_mb=1024 /tmp/fuzz-corpus

`-timeout` is libFuzzer's time budget per input (an input slower than that is saved as timeout-<sha1>),
`-rss_limit_mb` its memory budget: the caps keep every input under 2 s and a few hundred MB.

The seeds are written into the corpus folder first (created if missing). A finding is any exception other
than ReleaseParseError, or a release that breaks tests/model_invariants.py; libFuzzer saves the input as
crash-<sha1>: copy it to tests/fixtures/hostile/fuzz/ so the pytest fuzz test replays it on every run.
Not part of the pytest run (atheris is optional: `pip install atheris`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports():
    import core
    from core.errors import ReleaseParseError

from tests.fuzz.mutations import WINDOW, seeds  # noqa: E402
from tests.model_invariants import assert_consistent  # noqa: E402

NAMES = ("fuzz.txt", "fuzz.htm", "fuzz.pdf")


def one_input(data: bytes) -> None:
    """The first byte picks the file name (so the format guess by name is fuzzed too); the rest is the file."""
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    try:
        release = core.parse_release(data[1 : 1 + 4 * WINDOW], name)
    except ReleaseParseError:
        return
    assert_consistent(release)


def main() -> None:
    folders = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if folders:
        corpus = Path(folders[0])
        corpus.mkdir(parents=True, exist_ok=True)
        for index, (_, seed) in enumerate(seeds()):
            (corpus / f"seed-{index:03d}").write_bytes(b"\x00" + seed[:WINDOW])
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
