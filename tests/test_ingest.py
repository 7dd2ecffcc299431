"""Ingest through the real cleaning pipeline into a real SQLite file."""

from __future__ import annotations

import gzip
import json

from crosswire.clock import FixedClock
from crosswire.doc import content_id
from crosswire.ingest import IngestProgress, ingest_bytes, ingest_paths, ingest_records
from crosswire.store import Store

BODY = ("Trade negotiators from both countries met in Geneva on Tuesday and agreed to extend the tariff truce "
        "by ninety days, officials said. The agreement lowers duties on machinery and farm goods while talks "
        "continue. Negotiators will meet again next month to discuss export controls.")


def article(n: int) -> str:
    """A distinct, article-like text (different content, so different ids)."""
    return f"Report number {n}. {BODY} Delegation {n} said the talks were constructive.\n"


def page(n: int, extra: str = "") -> str:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in article(n).split(". "))
    return (f"<!doctype html><html><head><title>Talks, report {n}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Talks, report {n}</h1>{extra}{paragraphs}</article>"
            f"<footer>Copyright 2025</footer></body></html>")


HOSTILE = page(900, extra=(
    "<script>document.write('INJECTED-SCRIPT'); alert(1)</script>"
    "<img src='x' onerror=\"alert('INJECTED-ONERROR')\">"
    "<p>Read the <a href=\"javascript:alert('INJECTED-LINK')\">full statement</a> from the ministry.</p>"
    "<style>body{background:url(javascript:alert(2))}</style>"
))


def make_bad_input_dir(root):
    """Good articles mixed with every kind of bad input; returns (good names, bad names)."""
    root.mkdir()
    (root / "good1.txt").write_text(article(1), encoding="utf-8")
    (root / "good2.html").write_text(page(2), encoding="utf-8")
    (root / "latin1.txt").write_bytes(("Café owners in São Paulo said the naïve tariff plan failed. " + BODY)
                                      .encode("latin-1"))
    (root / "truncated.html").write_text(page(3)[: page(3).index("Negotiators will") + 12], encoding="utf-8")
    (root / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    (root / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (root / "empty.txt").write_bytes(b"")
    (root / "whitespace.txt").write_text("  \n\n\t \n")
    (root / "no-text.html").write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    with open(root / "huge.txt", "wb") as f:  # 50 MB of text, over the 20 MB default
        f.write(b"word " * (10 * 1024 * 1024))
    good = {"good1.txt", "good2.html", "latin1.txt", "truncated.html", "hostile.html"}
    bad = {"binary.bin", "empty.txt", "whitespace.txt", "no-text.html", "huge.txt"}
    return good, bad


def test_bad_inputs_never_stop_the_good_ones(tmp_path):
    db = tmp_path / "news.db"
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(article(0))
    with Store(db) as store:
        first = ingest_paths(store, [earlier])
        assert first.ok and len(first.ingested) == 1
    good, bad = make_bad_input_dir(tmp_path / "in")
    with Store(db) as store:
        report = ingest_paths(store, [tmp_path / "in"])
        assert not report.ok
        failed = {source.rsplit("/", 1)[-1]: reason for source, reason in report.failed}
        assert set(failed) == bad, report.failed
        assert "binary" in failed["binary.bin"]
        assert failed["empty.txt"] == "empty file"
        assert "whitespace" in failed["whitespace.txt"]
        assert "no article text" in failed["no-text.html"]
        assert "50 MB" in failed["huge.txt"] and "20 MB" in failed["huge.txt"]
        stored = {doc.path.rsplit("/", 1)[-1]: doc for doc in store.iter_articles()}
        assert set(stored) == good | {"earlier.txt"}  # the earlier ingest is untouched
        assert "Café owners in São Paulo said the naïve tariff plan" in stored["latin1.txt"].text
        assert "Negotiators will meet" not in stored["truncated.html"].text
        assert "agreed to extend the tariff truce" in stored["truncated.html"].text
        hostile = stored["hostile.html"]
        assert "full statement" in hostile.text
        for needle in ("INJECTED", "alert(", "javascript:", "onerror", "<script"):
            assert needle not in hostile.text
            assert needle not in json.dumps(hostile.to_article())


def test_reingest_is_a_no_op_and_skips_cleaning(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    for n in range(4):
        (root / f"{n}.txt").write_text(article(n))
    (root / "3-copy.txt").write_text("  " + article(3).replace(" ", "  "))  # same content, other spacing
    with Store(tmp_path / "news.db") as store:
        first = ingest_paths(store, [root])
        assert len(first.ingested) == 4 and len(first.present) == 1
        assert first.ingested == [content_id(article(n)) for n in range(4)]

        def never_called(doc):
            raise AssertionError("an already stored article was cleaned again")

        again = ingest_paths(store, [root], pipeline=never_called)
        assert again.ok and again.ingested == [] and len(again.present) == 5
        assert store.count_articles() == 4
        runs = store.list_runs()
        assert [r["stats"]["counts"] for r in runs] == [{"ingested": 0, "present": 5, "failed": 0},
                                                          {"ingested": 4, "present": 1, "failed": 0}]
        assert all(r["finished_at"] for r in runs)


def test_json_lines_metadata_comes_from_the_record(tmp_path):
    feed = tmp_path / "feed.jsonl.gz"
    lines = [
        {"id": "wire-7", "text": article(7), "title": "Truce extended", "published": "2025-10-27",
         "outlet": "Example Wire", "url": "https://example.org/7", "section": "world"},
        {"html": page(8)},
        "{broken",
    ]
    feed.write_bytes(gzip.compress("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines).encode()))
    with Store(tmp_path / "news.db") as store:
        report = ingest_paths(store, [feed])
        assert report.failed == [(f"{feed}:3", report.failed[0][1])] and "invalid JSON" in report.failed[0][1]
        first, second = store.iter_articles(report.ingested)
    assert first.id == content_id(article(7)) and first.source_id == "wire-7" and first.path == str(feed)
    assert (first.title, first.outlet, first.published, first.url) == (
        "Truce extended", "Example Wire", "2025-10-27", "https://example.org/7")
    assert {k: v["source"] for k, v in first.provenance().items() if k in ("title", "outlet", "published", "url")} \
        == dict.fromkeys(("title", "outlet", "published", "url"), "record")
    assert first.extra == {"section": "world"}
    assert second.id == content_id(page(8)) and second.source_id == "2" and second.format == "html"
    assert "Delegation 8 said" in second.text


def test_an_archived_record_is_from_the_archived_site_and_a_confirmed_title_suffix_names_it(tmp_path):
    body = "A 12-year-old was hurt when three people were shot behind a church on Monday, police said. " * 3
    records = [
        {"content": body, "title": "Four people shot behind church :: WRAL.com", "dct": "2014-01-28",
         "uri": "http://web.archive.org/web/20151030223013/http://www.wral.com/four-people-shot/13334346/"},
        {"content": body.replace("church", "school"), "title": "Four shot behind school - Local news",
         "uri": "https://web.archive.org/web/20151030223013id_/https://www.ledger-online.com/a/1"},
    ]
    with Store(":memory:") as store:
        report = ingest_records(store, records, origin="export", clock=FixedClock("2025-11-01T12:00:00+00:00"))
        wral, ledger = (store.get_article(i) for i in report.ingested)
    assert wral.outlet == "WRAL.com" and wral.published == "2014-01-28"
    assert ledger.outlet == "ledger-online.com"  # "Local news" is not the site: the address does not say so


def test_records_bytes_progress_and_clock(tmp_path):
    clock = FixedClock("2025-11-01T12:00:00+00:00")
    with Store(tmp_path / "news.db") as store:
        report = ingest_records(store, [{"text": article(1)}, {"nope": 1}, {"html": page(2), "id": 5}],
                                origin="api", clock=clock)
        assert len(report.ingested) == 2
        assert [(where, reason.split(" (")[0]) for where, reason in report.failed] == [
            ("api:2", "record has no article text")]
        assert store.get_article(report.ingested[1]).source_id == "5"
        upload = ingest_bytes(store, "upload.html.gz", gzip.compress(page(3).encode("cp1252")), clock=clock)
        assert len(upload.ingested) == 1 and store.get_article(upload.ingested[0]).path == "upload.html.gz"
        assert ingest_bytes(store, "x.txt", b"\x00\x01\x02", clock=clock).failed[0][0] == "x.txt"
        run = store.list_runs(1)[0]
        assert run["started_at"] == run["finished_at"] == "2025-11-01T12:00:00+00:00"
        row = store.conn.execute("SELECT ingested_at FROM articles WHERE id = ?", (upload.ingested[0],)).fetchone()
        assert row[0] == "2025-11-01T12:00:00+00:00"

        events: list[IngestProgress] = []
        (tmp_path / "a.txt").write_text(article(10))
        (tmp_path / "b.txt").write_text(article(11))
        ingest_paths(store, [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "gone.txt"], progress=events.append)
        assert [(e.done, e.total) for e in events] == [(0, 3), (1, 3), (2, 3), (3, 3)]
        assert events[-1].report.failed == [(str(tmp_path / "gone.txt"), "no such file or directory")]


def test_batches_are_committed_as_they_fill(tmp_path, monkeypatch):
    monkeypatch.setattr("crosswire.ingest.run._FLUSH_SECONDS", 1e9)  # only size decides here
    root = tmp_path / "in"
    root.mkdir()
    for n in range(7):
        (root / f"{n:02}.txt").write_text(article(n))
    seen_counts = []
    with Store(tmp_path / "news.db") as store, Store(tmp_path / "news.db") as reader:
        def watch(event):  # another connection sees only committed batches
            seen_counts.append(reader.count_articles())

        report = ingest_paths(store, [root], batch_size=3, progress=watch)
    assert len(report.ingested) == 7
    assert seen_counts == [0, 0, 0, 3, 3, 3, 6, 6]


def test_one_path_as_a_string_and_oversized_records(tmp_path):
    (tmp_path / "one.txt").write_text(article(1))
    with Store(tmp_path / "news.db") as store:
        assert len(ingest_paths(store, str(tmp_path / "one.txt")).ingested) == 1
        report = ingest_records(store, [{"text": article(2) * 50}, {"text": article(3)}], origin="api", max_bytes=2000)
        assert len(report.ingested) == 1
        assert report.failed == [("api:1", "record's text is over the 2 KB limit per record")]


def test_article_summaries_match_the_article_objects(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [{"id": "a", "html": page(1), "outlet": "Wire"}, {"text": article(2)}]
    feed.write_text("\n".join(json.dumps(r) for r in records))
    with Store(tmp_path / "news.db") as store:
        ingest_paths(store, [feed])
        assert list(store.iter_article_summaries()) == [doc.to_article() for doc in store.iter_articles()]


def test_a_store_locked_by_another_writer_is_a_clear_store_error(tmp_path):
    import sqlite3

    import pytest

    from crosswire.errors import StoreError

    (tmp_path / "a.txt").write_text(article(1))
    with Store(tmp_path / "news.db") as store:
        store.conn.execute("PRAGMA busy_timeout = 100")
        other = sqlite3.connect(tmp_path / "news.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            with pytest.raises(StoreError, match="cannot write to the store"):
                ingest_paths(store, [tmp_path / "a.txt"])
        finally:
            other.execute("ROLLBACK")
            other.close()
        report = ingest_paths(store, [tmp_path / "a.txt"])  # once free, the same run works
        assert len(report.ingested) == 1


def test_parallel_cleaning_gives_the_same_store(tmp_path):
    good, bad = make_bad_input_dir(tmp_path / "in")
    for n in range(10, 30):
        (tmp_path / "in" / f"more-{n}.html").write_text(page(n))
    (tmp_path / "in" / "dup.txt").write_text(article(1))  # same content as good1.txt
    reports = {}
    for jobs in (1, 2):
        with Store(tmp_path / f"jobs{jobs}.db") as store:
            reports[jobs] = ingest_paths(store, [tmp_path / "in"], jobs=jobs, batch_size=4)
            reports[jobs].docs = [(d.id, d.path, d.text, d.title) for d in store.iter_articles()]
    serial, parallel = reports[1], reports[2]
    assert parallel.ingested == serial.ingested and parallel.present == serial.present
    assert parallel.failed == serial.failed and len(serial.failed) == len(bad)
    assert parallel.docs == serial.docs and len(serial.docs) == len(good) + 20


CRASHY = '''
import os
from crosswire.pipeline import Pipeline, ingest_pipeline, stage


@stage("crash-on-marker", "1")
def crash_on_marker(doc):
    if "CRASH-THE-WORKER" in doc.raw:
        os._exit(70)  # as a segfault in a parser would
    return doc


def make():
    return Pipeline([crash_on_marker] + ingest_pipeline().stages)
'''


def test_an_input_that_kills_its_worker_is_reported_and_the_rest_go_on(tmp_path, monkeypatch):
    (tmp_path / "crashy_pipeline.py").write_text(CRASHY)
    monkeypatch.syspath_prepend(str(tmp_path))
    root = tmp_path / "in"
    root.mkdir()
    for n in range(8):
        (root / f"{n}.txt").write_text(article(n) + ("CRASH-THE-WORKER" if n == 3 else ""))
    with Store(tmp_path / "news.db") as store:
        report = ingest_paths(store, [root], jobs=2, pipeline="crashy_pipeline:make")
    assert report.failed == [(str(root / "3.txt"), "cleaning crashed its worker process (a parser bug on this input?)")]
    assert report.ingested == [content_id(article(n)) for n in range(8) if n != 3]
