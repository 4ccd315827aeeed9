"""Batch work: a folder of releases into one facts table, locally on all cores and on a Dask cluster.

The Dask test runs a LocalCluster with two in-process workers and checks it gives exactly the local
run's facts; both runs print their throughput (files/s) with -s.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from core.batch import BATCH_COLUMNS, ProgressBar, parse_local, parse_on_dask, read_facts, release_files

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The Halden series, the sample, a markdown scrape, one bad file and a file that is no release at all."""
    root = tmp_path / "releases"
    shutil.copytree(FIXTURES / "series", root / "halden")
    shutil.copy(ROOT / "core" / "samples" / "allos_q2_2004.txt", root)
    (root / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    shutil.copy(FIXTURES / "layouts" / "markdown_pipe_tables.txt", root / "acme_q2_2024.md")
    (root / "notes.rtf").write_text("not a release")
    (root / ".hidden.txt").write_text("skipped")
    return root


def sorted_facts(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(["source", "table", "line_first", "concept", "period_end", "months"]).reset_index(
        drop=True
    )


def test_release_files_are_the_text_markdown_html_and_pdf_files(folder: Path) -> None:
    assert [p.relative_to(folder).as_posix() for p in release_files(folder)] == [
        "acme_q2_2024.md", "allos_q2_2004.txt", "broken.txt", "halden/halden_q1_2005.txt", "halden/halden_q2_2005.txt",
        "halden/halden_q3_2005.txt",
    ]  # fmt: skip


def test_local_batch_reads_every_good_file_and_lists_the_bad_one(folder: Path) -> None:
    progress = io.StringIO()
    result = parse_local(release_files(folder), root=folder, workers=2, progress=ProgressBar(progress))
    assert (result.files, result.parsed) == (6, 5)
    assert [(f.source, f.reason) for f in result.failures] == [
        ("broken.txt", "broken.txt is a PNG image; images are not read (a scanned page needs OCR first; or upload the "
         "release's text, HTML or PDF)")
    ]
    facts = result.facts
    assert list(facts.columns) == list(BATCH_COLUMNS)
    assert facts.groupby("source").size().to_dict() == {
        "acme_q2_2024.md": 68, "allos_q2_2004.txt": 62, "halden/halden_q1_2005.txt": 32,
        "halden/halden_q2_2005.txt": 52, "halden/halden_q3_2005.txt": 52,
    }  # fmt: skip
    net = facts[(facts["concept"] == "net_income") & (facts["months"] == 9) & (facts["period_end"] == "2005-09-30")]
    assert net[["source", "value", "ticker", "fiscal_period"]].values.tolist() == [
        ["halden/halden_q3_2005.txt", -17670000.0, "HLDN", "Q3 2005"]
    ]
    assert progress.getvalue().splitlines()[-1].startswith("[" + "#" * 30 + "] 6/6 files")
    print(f"\nlocal: {result.files_per_second:.1f} files/s")


def test_cli_writes_parquet_and_csv_with_a_progress_bar_and_a_failure_summary(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    for out in (tmp_path / "facts.parquet", tmp_path / "facts.csv"):
        run = subprocess.run(
            [sys.executable, "-m", "core", "facts", str(folder), "--out", str(out)],
            capture_output=True, text=True, cwd=ROOT, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert run.stdout == ""
        lines = run.stderr.splitlines()
        assert any(line.startswith("[" + "#" * 30 + "] 6/6 files") for line in lines)
        assert any(line.startswith("5 of 6 files read, 266 facts") and line.endswith(f"to {out}") for line in lines)
        failure = (
            "  broken.txt: broken.txt is a PNG image; images are not read (a scanned page needs OCR first; or "
            "upload the release's text, HTML or PDF)"
        )
        assert lines[-2:] == ["1 file failed:", failure]
        table = read_facts(out)
        assert len(table) == 266 and table["source"].nunique() == 5
    csv_text = (tmp_path / "facts.csv").read_text()
    assert "halden/halden_q1_2005.txt,operations,net_income,Net loss,2005-03-31,3,-5300000," in csv_text


def test_cli_folder_without_releases_fails_with_one_line(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "core", "facts", str(tmp_path), "--out", str(tmp_path / "x.csv")],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.startswith(f"error: {tmp_path} holds no release files")


def test_dask_cluster_gives_the_local_facts_as_partitioned_parquet(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    distributed = pytest.importorskip("dask.distributed")
    paths = release_files(folder)
    local = parse_local(paths, root=folder, workers=2)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        out = tmp_path / "facts_dask"
        result = parse_on_dask(paths, client, out, root=folder, chunk_files=2)
    assert [(f.source, f.reason) for f in result.failures] == [(f.source, f.reason) for f in local.failures]
    assert result.fact_count == len(local.facts) == 266
    assert len(list(out.glob("*.parquet"))) == 3  # one part per chunk of two files
    pd.testing.assert_frame_equal(sorted_facts(read_facts(out)), sorted_facts(local.facts))
    print(f"\nlocal: {local.files_per_second:.1f} files/s, dask: {result.files_per_second:.1f} files/s")
