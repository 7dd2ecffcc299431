"""Defects found in review RA: store opening, id prefixes, transactions (real SQLite files)."""

from __future__ import annotations

import sqlite3

import pytest

from crosswire.doc import Doc
from crosswire.errors import ArticleNotFound, StoreError
from crosswire.store import Store


def _docs(store: Store, n: int) -> list[str]:
    from crosswire.doc import content_id

    ids = []
    for i in range(n):
        body = f"Report {i} about the harbour strike — café «{i}»."
        doc = Doc(id=content_id(body), raw=body, text=body, path=f"a{i}.txt")
        store.put_article(doc)
        ids.append(doc.id)
    return ids


def test_db_under_a_regular_file_is_a_store_error_not_a_traceback(tmp_path):
    (tmp_path / "plain.txt").write_text("x")
    with pytest.raises(StoreError, match="plain.txt"):
        Store(tmp_path / "plain.txt" / "news.db")


def test_failed_open_closes_its_connection(tmp_path, monkeypatch):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    opened: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect

    def spy(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        opened.append(conn)
        return conn

    monkeypatch.setattr(sqlite3, "connect", spy)
    with pytest.raises(StoreError, match="not-a-db.sqlite"):
        Store(bad)
    assert opened
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        opened[0].execute("SELECT 1")


def test_ambiguous_prefix_says_so_and_like_wildcards_are_literal(store):
    ids = _docs(store, 40)
    # with 40 hex ids some one-character prefix is shared by several
    shared = next(c for c in "0123456789abcdef" if sum(i.startswith(c) for i in ids) > 1)
    with pytest.raises(ArticleNotFound, match="ambiguous"):
        store.get_article(shared)
    unique = next(i for i in ids if sum(j.startswith(i[:4]) for j in ids) == 1)
    assert store.get_article(unique[:4]).id == unique
    # '_' and '%' are not wildcards: 'x_' must not match every id of the form x?...
    with pytest.raises(ArticleNotFound, match="no article"):
        store.get_article(unique[:4] + "%")
    with pytest.raises(ArticleNotFound, match="no article"):
        store.get_article(unique[:3] + "_")
    # the unicode text round-trips
    assert "café «" in store.get_article(unique).text


def test_rollback_after_sqlite_already_rolled_back_keeps_the_real_error(store):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with store.transaction() as conn:
            conn.execute("ROLLBACK")  # what SQLite does itself on e.g. SQLITE_FULL
            raise Boom()
    with store.transaction() as conn:  # and the store is still usable
        conn.execute("SELECT 1")


def test_a_stage_that_returns_nothing_is_named_in_the_error():
    from crosswire.errors import PipelineError
    from crosswire.pipeline import Pipeline, stage

    @stage("forgetful", "1")
    def forgetful(doc: Doc) -> Doc:
        doc.extra["seen"] = True  # and no `return doc`

    with pytest.raises(PipelineError, match="forgetful@1.*a.txt"):
        Pipeline([forgetful])(Doc(raw="x", path="a.txt"))


def test_ambiguous_story_prefix_says_so(store):
    from crosswire.errors import StoryNotFound

    now = "2025-01-01T00:00:00+00:00"
    with store.transaction() as conn:
        for sid in ("ab12", "ab34"):
            conn.execute("INSERT INTO stories (id, created_at, updated_at) VALUES (?, ?, ?)", (sid, now, now))
    with pytest.raises(StoryNotFound, match="ambiguous"):
        store.get_story("ab")
    with pytest.raises(StoryNotFound, match="no story"):
        store.get_story("zz")
