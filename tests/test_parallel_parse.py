"""Parsing a big batch in several processes gives the same extraction as parsing in one."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from crosswire.extract.nlp import PARALLEL_MIN_CHARS, parse_jobs  # noqa: E402

DEMO = Path(__file__).resolve().parents[1] / "src" / "crosswire" / "demo" / "corpus" / "articles"

# run in a fresh interpreter: no other thread may run when the parsing processes are forked,
# and the test session's own threads (servers, browsers) would make it parse in one process
SCRIPT = """
import json, sys
from crosswire.api import Corpus
from crosswire.extract import extract_many
from crosswire.extract.nlp import parse_jobs

jobs = int(sys.argv[2])
with Corpus(":memory:") as corpus:
    corpus.ingest([sys.argv[1]], update_stories=False)
    docs = list(corpus.store.iter_articles())
    used = parse_jobs(sum(len(d.text) for d in docs), jobs)
    out = [[d.id, sorted(json.dumps(s.to_dict(), sort_keys=True) for s in d.spans)] for d in extract_many(docs, jobs=jobs)]
print(json.dumps({"jobs": used, "docs": out}))
"""


def _extract(jobs: int) -> dict:
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(DEMO), str(jobs)], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_two_parsing_processes_extract_the_same_spans():
    one, two = _extract(1), _extract(2)
    assert one["jobs"] == 1
    if two["jobs"] == 1:
        pytest.skip("this platform cannot fork parsing processes (not the fork start method)")
    assert two["jobs"] == 2
    assert len(one["docs"]) >= 8 and sum(len(spans) for _, spans in one["docs"]) > 100
    assert two["docs"] == one["docs"]


def test_parse_jobs_stays_in_one_process_when_forking_would_not_pay_or_not_be_safe():
    assert parse_jobs(PARALLEL_MIN_CHARS - 1) == 1  # small batch: not worth the processes
    assert parse_jobs(10 * PARALLEL_MIN_CHARS, 1) == 1  # asked for one
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        # another thread runs: a fork could copy a lock it holds
        assert parse_jobs(10 * PARALLEL_MIN_CHARS, 2) == 1
        assert parse_jobs(10 * PARALLEL_MIN_CHARS) == 1
    finally:
        stop.set()
        worker.join()
