"""The store: articles, cached extraction, stories. SQLite (WAL) by default, or PostgreSQL.

``Store(path)`` opens an SQLite file; ``Store("postgresql://user@host/db")`` opens PostgreSQL
through :mod:`.postgres`, which speaks the same SQL (rewritten by :mod:`.dialect`), so every
query below is written once.

Writes go through :meth:`Store.transaction`, so a crash or ``kill -9`` loses at most the
open batch and leaves the file consistent; ids are content hashes, so a re-run skips what
is already stored and resumes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..doc import Doc, Span
from ..errors import ArticleNotFound, StoreDriverError, StoreError
from .migrations import MIGRATIONS
from .postgres import is_postgres_url
from .stories import StoryTables

#: what a failed store statement raises: SQLite's own errors; PostgreSQL's as StoreDriverError
STORE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, StoreDriverError)


def default_db_path() -> Path:
    """``crosswire.db`` in the user data dir (override with ``--db`` or ``CROSSWIRE_DB``)."""
    import os

    from platformdirs import user_data_dir

    env = os.environ.get("CROSSWIRE_DB")
    if env:
        return Path(env)
    return Path(user_data_dir("crosswire", appauthor=False)) / "crosswire.db"


def default_db() -> str:
    """``$CROSSWIRE_DB`` as given (a path or a ``postgresql://`` URL), else :func:`default_db_path`."""
    import os

    env = os.environ.get("CROSSWIRE_DB")
    return env if is_postgres_url(env) else str(default_db_path())


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store(StoryTables):
    """All persistence. ``Store(":memory:")`` for tests, ``Store(path)`` for a file,
    ``Store("postgresql://user@host/dbname")`` for PostgreSQL (``path`` then shows the URL
    without its password)."""

    def __init__(self, path: str | Path | None = None, *, check_same_thread: bool = False):
        self.path = str(path) if path is not None else default_db()
        if is_postgres_url(self.path):
            self._open_postgres(self.path)
            return
        if self.path.lower().startswith(("postgresql:/", "postgres:/")):
            # Path("postgresql://...") collapses the "//": don't create a directory named "postgresql:"
            raise StoreError(f"cannot open store {self.path}: give a PostgreSQL URL as a string, not a Path")
        if self.path != ":memory:":
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot open store {self.path}: {exc.strerror or exc}") from exc
        self.conn = None
        try:
            self.conn = sqlite3.connect(self.path, check_same_thread=check_same_thread, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            self._lock = threading.RLock()
            self._depth = 0
            self.migrate()
        except (sqlite3.DatabaseError, StoreError) as exc:
            # don't leak the connection of a store that failed to open or migrate
            if self.conn is not None:
                self.conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    def _open_postgres(self, url: str) -> None:
        from .postgres import PgConnection, redact

        self.path = redact(url)
        self.conn = PgConnection(url)  # type: ignore[assignment]
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self.migrate()
        except StoreError as exc:
            self.conn.close()
            if isinstance(exc, StoreDriverError):
                raise StoreError(f"cannot open store {self.path}: {exc}") from exc
            raise

    # -- plumbing -------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StoreError(f"store {self.path} has schema {current}, newer than this crosswire ({len(MIGRATIONS)})")
        for number, sql in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction():
                if self.schema_version >= number:
                    continue  # another process migrated while we waited for the write lock
                for statement in sql.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write batch; nested calls join the outer one."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self.conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                # SQLite may already have rolled back (e.g. disk full): don't mask the real error
                if outer and self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self._depth -= 1
                if outer:
                    self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- articles -------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def put_article(self, doc: Doc, *, ingested_at: str | None = None) -> bool:
        """Store a cleaned Doc; False (and nothing written) when its id is already stored."""
        data = doc.to_dict()
        data.pop("spans", None)  # extraction is cached separately, per pipeline version
        with self.transaction() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO articles (id, path, source_id, url, format, title, outlet, published,"
                " syndicated_from, text, doc, ingested_at, seq)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles))",
                (doc.id, doc.path, doc.source_id, doc.url, doc.format, doc.title, doc.outlet, doc.published,
                 doc.syndicated_from, doc.text, json.dumps(data, ensure_ascii=False), ingested_at or _now()),
            )
            return cur.rowcount == 1

    def get_article(self, article_id: str) -> Doc:
        row = self.conn.execute("SELECT doc FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            # allow unambiguous id prefixes, as git does (substr, not LIKE: '%' and '_' are literal)
            rows = self.conn.execute("SELECT doc FROM articles WHERE substr(id, 1, ?) = ? LIMIT 2",
                                     (len(article_id), article_id)).fetchall()
            if len(rows) > 1 and article_id:
                raise ArticleNotFound(f"article id prefix {article_id!r} is ambiguous: give more characters")
            if len(rows) != 1 or not article_id:
                raise ArticleNotFound(f"no article {article_id!r}")
            row = rows[0]
        return Doc.from_dict(json.loads(row["doc"]))

    def iter_articles(self, ids: list[str] | None = None) -> Iterator[Doc]:
        if ids is None:
            rows = self.conn.execute("SELECT doc FROM articles ORDER BY seq")
            for row in rows:
                yield Doc.from_dict(json.loads(row["doc"]))
        else:
            for article_id in ids:
                yield self.get_article(article_id)

    def iter_article_summaries(self) -> Iterator[dict[str, Any]]:
        """Article objects (the shape of ``Doc.to_article()``) in ingest order, without loading
        each article's raw input: listings of large stores stay light."""
        rows = self.conn.execute(
            "SELECT id, path, outlet, title, published, text, source_id, url, syndicated_from,"
            " json_extract(doc, '$.meta') AS meta FROM articles ORDER BY seq")
        for row in rows:
            data = dict(row)
            data["provenance"] = json.loads(data.pop("meta") or "{}")
            yield data

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY seq")]

    def count_articles(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # -- cached extraction ----------------------------------------------------------------

    def get_spans(self, article_id: str, pipeline: str, context_date: str | None) -> list[Span] | None:
        row = self.conn.execute(
            "SELECT spans FROM extractions WHERE article_id = ? AND pipeline = ? AND context_date IS ?",
            (article_id, pipeline, context_date),
        ).fetchone()
        return None if row is None else [Span.from_dict(s) for s in json.loads(row["spans"])]

    def put_spans(self, article_id: str, pipeline: str, context_date: str | None, spans: list[Span]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM extractions WHERE article_id = ? AND pipeline = ? AND context_date IS ?",
                         (article_id, pipeline, context_date))
            conn.execute(
                "INSERT INTO extractions (article_id, pipeline, context_date, spans) VALUES (?,?,?,?)",
                (article_id, pipeline, context_date, json.dumps([s.to_dict() for s in spans], ensure_ascii=False)),
            )

    # -- runs -----------------------------------------------------------------------------

    def start_run(self, command: str, *, started_at: str | None = None) -> int:
        with self.transaction() as conn:
            return conn.execute("INSERT INTO runs (command, started_at) VALUES (?, ?)",
                                (command, started_at or _now())).lastrowid

    def finish_run(self, run_id: int, stats: dict[str, Any], *, finished_at: str | None = None) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE runs SET finished_at = ?, stats = ? WHERE id = ?",
                         (finished_at or _now(), json.dumps(stats), run_id))

    def list_runs(self, limit: int = 20) -> list[dict[str, Any]]:
        """The latest runs, newest first (a killed run has no ``finished_at``)."""
        rows = self.conn.execute("SELECT id, command, started_at, finished_at, stats FROM runs"
                                 " ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [{**dict(row), "stats": json.loads(row["stats"])} for row in rows]


def open_store(db: str | Path | None = None) -> Store:
    return Store(db)
