"""kill -9 in the middle of `crosswire ingest`: the store stays consistent and a re-run resumes."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_ingest import article, page

CROSSWIRE = [sys.executable, "-c", "from crosswire.cli import main; main()"]


def kill_inputs(tmp_path: Path, pages: int, texts: int) -> tuple[Path, Path]:
    """Two input directories for a kill test: ``pages`` HTML pages, then ``texts`` text files."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    for n in range(pages):
        (first / f"{n:04}.html").write_text(page(n))
    for n in range(pages, pages + texts):
        (second / f"{n:04}.txt").write_text(article(n))
    return first, second


def committed_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created or migrated yet
        return 0


def children(pid: int) -> set[int]:
    """Live child processes of ``pid`` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("jobs", [1, 2])
def test_sigkill_mid_ingest_then_rerun_resumes_without_duplicates(tmp_path, jobs):
    first, second = kill_inputs(tmp_path, 300, 100)
    db = tmp_path / "news.db"
    # stdin (held open) sits between the two directories: the run cannot finish before the kill,
    # and the kill lands either while batches of `first` are being written or while reading stdin
    args = [*CROSSWIRE, "ingest", str(first), "-", str(second), "--db", str(db), "--batch-size", "7", "--no-stories",
            "--jobs", str(jobs)]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while committed_articles(db) < 20:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.01)
        workers = children(proc.pid) if Path("/proc").exists() else set()
        assert jobs == 1 or not Path("/proc").exists() or len(workers) >= jobs
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers):  # cleaning workers notice and exit: no orphans
            assert time.monotonic() < deadline, [w for w in workers if alive(w)]
            time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 20 <= kept <= 300, kept
    assert conn.execute("SELECT finished_at FROM runs").fetchall() == [(None,)]  # the killed run
    conn.close()

    stdin_article = article(999)
    rerun = subprocess.run([*args, "--format", "json"], input=stdin_article.encode(), capture_output=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    summary = json.loads(rerun.stdout)
    assert summary["counts"] == {"ingested": 401 - kept, "present": kept, "failed": 0}
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    paths = [row[0] for row in conn.execute("SELECT path FROM articles")]
    assert len(paths) == len(set(paths)) == 401  # 400 files + stdin, none twice
    assert set(paths) == {str(p) for p in [*first.iterdir(), *second.iterdir()]} | {"-"}
    seqs = [row[0] for row in conn.execute("SELECT seq FROM articles ORDER BY seq")]
    assert seqs == list(range(1, 402))
    conn.close()
