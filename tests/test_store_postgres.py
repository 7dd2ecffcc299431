"""The PostgreSQL store, against a real throwaway PostgreSQL server (initdb + pg_ctl in a temp dir).

The same corpus gives the same ids, stories and brief as SQLite; re-ingest is a no-op; the
extraction cache, migrations and runs work; ``kill -9`` mid-ingest leaves it consistent and a
re-run resumes; the CLI takes ``--db postgresql://...``; bad URLs and dead servers say so.
Skipped (with the reason) when the PostgreSQL server binaries are absent; under CI=true they
must be there (scripts/test.sh installs them).
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire import Corpus
from crosswire.cli import build_app
from crosswire.demo import corpus_path
from crosswire.errors import StoreDriverError, StoreError
from crosswire.store import Store, open_store
from crosswire.store.dialect import translate, translate_ddl
from crosswire.store.migrations import MIGRATIONS
from test_ingest import article
from test_store_resume import kill_inputs

CROSSWIRE = [sys.executable, "-c", "from crosswire.cli import main; main()"]
IN_CI = os.environ.get("CI", "").lower() == "true"
_databases = itertools.count()


def _skip_or_fail(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the PostgreSQL tests must run; scripts/test.sh installs postgresql)")
    pytest.skip(reason)


def _server_binary(name: str) -> str | None:
    """``initdb`` / ``pg_ctl`` on PATH, or in Debian's versioned directory (not on PATH there)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    host: str
    port: int
    user: str = "crosswire"

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"crosswire_test_{next(_databases)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name}")
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL cluster in a temp dir on 127.0.0.1 (trust auth), stopped and removed at the end.

    initdb refuses to run as root: then the cluster belongs to an unprivileged user
    (``postgres`` if it exists, else ``nobody``) and is run through ``runuser``.
    """
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _skip_or_fail("psycopg is not installed: pip install 'crosswire[postgres]'")
    initdb, pg_ctl = _server_binary("initdb"), _server_binary("pg_ctl")
    if not initdb or not pg_ctl:
        _skip_or_fail("PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql")
    as_user: list[str] = []
    owner = None
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            _skip_or_fail("running as root without runuser: cannot start PostgreSQL as an unprivileged user")
        names = {entry.pw_name: entry for entry in pwd.getpwall()}
        owner = names.get("postgres") or names.get("nobody")
        if owner is None:
            _skip_or_fail("running as root and neither a 'postgres' nor a 'nobody' user exists")
        as_user = [runuser, "-u", owner.pw_name, "--"]
    root = Path(tempfile.mkdtemp(prefix="crosswire-pg-"))
    if owner is not None:
        os.chown(root, owner.pw_uid, owner.pw_gid)
    data, port = root / "data", _free_port()
    quiet = {"cwd": root, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "timeout": 60}
    made = subprocess.run([*as_user, initdb, "-D", str(data), "-U", "crosswire", "--auth=trust", "--no-sync",
                           "-E", "UTF8", "--no-locale"], **quiet)
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"initdb failed: {made.stderr.decode(errors='replace')[-500:]}")
    options = (f"-k {root} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
               " -c full_page_writes=off -c max_connections=40")
    started = subprocess.run([*as_user, pg_ctl, "-D", str(data), "-l", str(root / "server.log"), "-w", "-t", "30",
                              "-o", options, "start"], **quiet)
    if started.returncode != 0:
        log = (root / "server.log").read_text(errors="replace")[-800:] if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed: {started.stderr.decode(errors='replace')[-300:]} {log}")
    try:
        yield PgServer("127.0.0.1", port)
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], **quiet)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server) -> str:
    return pg_server.new_database()


def _without_generated_at(brief_json: str) -> dict:
    data = json.loads(brief_json)
    data.pop("generated_at", None)
    return data


def _stories(corpus: Corpus) -> list[tuple]:
    return [(s.id, s.headline, s.article_ids, [(c.article, c.copy_of, c.similarity, c.kind) for c in s.copies],
             s.first_published, s.last_published) for s in corpus.stories()]


@pytest.fixture(scope="module")
def demo_pair(pg_server, tmp_path_factory):
    """The demo corpus ingested (and briefed) into SQLite and into PostgreSQL."""
    out = {}
    for name, db in (("sqlite", str(tmp_path_factory.mktemp("sqlite") / "news.db")), ("pg", pg_server.new_database())):
        with Corpus(db) as corpus:
            report = corpus.ingest([corpus_path()])
            out[name] = {"db": db, "report": report, "ids": corpus.store.article_ids(), "stories": _stories(corpus),
                         "brief": _without_generated_at(corpus.brief().to_json()),
                         "summaries": corpus.article_summaries()}
    return out


# -- same behaviour as SQLite -------------------------------------------------------------


def test_demo_corpus_gives_the_same_ids_stories_and_brief_as_sqlite(demo_pair):
    sqlite, pg = demo_pair["sqlite"], demo_pair["pg"]
    assert pg["report"].ingested == sqlite["report"].ingested and len(pg["ids"]) >= 9
    assert pg["report"].failed == sqlite["report"].failed
    assert pg["ids"] == sqlite["ids"]
    assert pg["stories"] == sqlite["stories"] and len(pg["stories"]) >= 2
    assert pg["summaries"] == sqlite["summaries"]
    assert pg["brief"] == sqlite["brief"]
    assert pg["brief"]["stories"][0]["facts"], "the demo brief has facts"


def test_reingest_adds_nothing_and_runs_are_recorded(demo_pair):
    with Corpus(demo_pair["pg"]["db"]) as corpus:
        again = corpus.ingest([corpus_path()])
        assert again.ingested == [] and sorted(again.present) == sorted(demo_pair["pg"]["ids"])
        assert corpus.store.count_articles() == len(demo_pair["pg"]["ids"])
        runs = corpus.store.list_runs()
        assert len(runs) == 2 and all(run["finished_at"] for run in runs) and runs[0]["id"] > runs[1]["id"]
        assert corpus.store.schema_version == len(MIGRATIONS)
        # an id prefix finds the article and the story, as on SQLite
        first = demo_pair["pg"]["ids"][0]
        assert corpus.article(first[:8]).id == first
        story = demo_pair["pg"]["stories"][0][0]
        assert corpus.story(story[:6].upper()).id == story


def test_extraction_spans_are_cached_per_pipeline(demo_pair):
    with open_store(demo_pair["pg"]["db"]) as store, open_store(demo_pair["sqlite"]["db"]) as sqlite:
        cached = store.conn.execute("SELECT article_id, pipeline, context_date FROM extractions"
                                    " ORDER BY article_id, context_date").fetchall()
        assert [tuple(r) for r in cached] == [tuple(r) for r in sqlite.conn.execute(
            "SELECT article_id, pipeline, context_date FROM extractions ORDER BY article_id, context_date")]
        article_id, pipeline, context_date = cached[0]
        spans = store.get_spans(article_id, pipeline, context_date)
        assert spans and spans == sqlite.get_spans(article_id, pipeline, context_date)
        # replace, not duplicate; a NULL context date is a key like any other (IS ? on SQLite)
        store.put_spans(article_id, "probe@1", None, spans[:2])
        store.put_spans(article_id, "probe@1", None, spans[:3])
        store.put_spans(article_id, "probe@1", "2025-01-01", spans[:1])
        assert store.get_spans(article_id, "probe@1", None) == spans[:3]
        assert store.get_spans(article_id, "probe@1", "2025-01-01") == spans[:1]
        assert store.get_spans(article_id, "other@1", None) is None
        count = store.conn.execute("SELECT COUNT(*) FROM extractions WHERE pipeline = ?", ("probe@1",)).fetchone()[0]
        assert count == 2
        store.conn.execute("DELETE FROM extractions WHERE pipeline = ?", ("probe@1",))
        # a second brief comes from the cache: no new extraction rows
        before = store.conn.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]
    with Corpus(demo_pair["pg"]["db"]) as corpus:
        assert _without_generated_at(corpus.brief().to_json()) == demo_pair["pg"]["brief"]
        assert corpus.store.conn.execute("SELECT COUNT(*) FROM extractions").fetchone()[0] == before


def test_story_signatures_and_regrouping_round_trip(demo_pair):
    with open_store(demo_pair["pg"]["db"]) as store, open_store(demo_pair["sqlite"]["db"]) as sqlite:
        pg_sigs, lite_sigs = list(store.iter_story_signatures()), list(sqlite.iter_story_signatures())
        assert pg_sigs == lite_sigs and all(isinstance(s.sketch, bytes) for s in pg_sigs)
        assert store.unplaced_article_ids() == []
        assert store.stories_of_articles(demo_pair["pg"]["ids"]) == sqlite.stories_of_articles(demo_pair["sqlite"]["ids"])
        hashes = [r[0] for r in sqlite.conn.execute("SELECT hash FROM story_pieces ORDER BY hash LIMIT 50")]
        assert hashes and store.load_piece_stats(hashes) == sqlite.load_piece_stats(hashes)
    with Corpus(demo_pair["pg"]["db"]) as corpus:  # forget the stories and group again: the same stories
        before = _stories(corpus)
        corpus.store.clear_stories()
        assert corpus.store.count_stories() == 0 and len(corpus.store.unplaced_article_ids()) == len(demo_pair["pg"]["ids"])
        corpus.update_stories()
        assert [s[1:] for s in _stories(corpus)] == [s[1:] for s in before]


# -- transactions, migrations, errors -----------------------------------------------------


def test_failed_batch_rolls_back_and_driver_errors_are_store_errors(pg_url):
    from crosswire.doc import Doc

    with Store(pg_url) as store:
        doc = Doc(id="a" * 64, text="Some text.", format="text", path="x.txt")
        with pytest.raises(RuntimeError):
            with store.transaction():
                assert store.put_article(doc)
                raise RuntimeError("boom")
        assert not store.has_article(doc.id) and not store.conn.in_transaction
        assert store.put_article(doc) and not store.put_article(doc)  # content-hash id: stored once
        with pytest.raises(StoreDriverError):  # a story row for a story that does not exist
            with store.transaction() as conn:
                conn.execute("INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)", (doc.id, "nope"))
        assert not store.conn.in_transaction and store.count_articles() == 1
        run = store.start_run("ingest x")
        store.finish_run(run, {"n": 1})
        assert store.list_runs() == [{**store.list_runs()[0], "id": run, "command": "ingest x", "stats": {"n": 1}}]


def test_concurrent_first_opens_migrate_once(pg_url):
    errors: list[BaseException] = []
    versions: list[int] = []

    def open_one() -> None:
        try:
            with Store(pg_url) as store:
                versions.append(store.schema_version)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == [] and versions == [len(MIGRATIONS)] * 4


def test_newer_schema_is_refused(pg_url):
    Store(pg_url).close()
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE crosswire_schema SET version = 99")
    with pytest.raises(StoreError, match="newer than this crosswire"):
        Store(pg_url)


def test_unreachable_server_and_bad_urls_say_so_without_the_password(pg_server):
    port = _free_port()  # nothing listens there
    with pytest.raises(StoreError) as refused:
        Store(f"postgresql://bob:s3cret@127.0.0.1:{port}/news")
    assert f"127.0.0.1:{port}" in str(refused.value) and "s3cret" not in str(refused.value)
    with pytest.raises(StoreError) as bad_port:
        Corpus("postgresql://bob:s3cret@127.0.0.1:notaport/news")
    assert "notaport" in str(bad_port.value) and "s3cret" not in str(bad_port.value)
    with pytest.raises(StoreError, match='database "missing_db" does not exist'):
        Store(pg_server.url("missing_db"))
    # the CLI: one line on stderr, exit 2, no password
    result = CliRunner().invoke(build_app(), ["articles", "--db", f"postgresql://bob:s3cret@127.0.0.1:{port}/news"])
    assert result.exit_code == 2 and "cannot connect to PostgreSQL at 127.0.0.1" in result.output
    assert "s3cret" not in result.output


def test_a_url_mangled_by_path_is_refused_not_created(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="as a string, not a Path"):
        Store(Path("postgresql://someone@localhost/news"))
    assert list(tmp_path.iterdir()) == []


def test_missing_driver_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(StoreError, match=r"pip install 'crosswire\[postgres\]'"):
        Store("postgresql://someone@localhost/news")


def test_sqlite_users_never_import_psycopg(tmp_path):
    code = ("import sys; from crosswire import Corpus; from crosswire.cli import build_app; build_app();"
            f" c = Corpus({str(tmp_path / 'x.db')!r}); c.store.count_articles(); c.close();"
            " assert 'psycopg' not in sys.modules, 'psycopg imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_dialect_rewrites():
    no_lookup = lambda table: pytest.fail(f"looked up {table}")  # noqa: E731
    assert translate("SELECT a FROM t WHERE b = ? AND c IS ? AND d LIKE ? AND e = '50%?'", no_lookup,
                     no_lookup).sql == ("SELECT a FROM t WHERE b = %s AND c IS NOT DISTINCT FROM %s"
                                        " AND d ILIKE %s ESCAPE '' AND e = '50%%?'")
    assert translate("SELECT json_extract(doc, '$.meta.x') AS m FROM t", no_lookup, no_lookup).sql == \
        "SELECT (doc::json #>> '{meta,x}') AS m FROM t"
    ignore = translate("INSERT OR IGNORE INTO t (a) VALUES (?)", no_lookup, no_lookup)
    assert ignore.sql == "INSERT INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"
    replace = translate("INSERT OR REPLACE INTO t (k, v) VALUES (?, ?)", lambda t: ["k"], no_lookup)
    assert replace.sql == "INSERT INTO t (k, v) VALUES (%s, %s) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v"
    plain = translate("INSERT INTO runs (c) VALUES (?)", no_lookup, lambda t: "id")
    assert plain.sql.endswith("RETURNING id") and plain.returning == "id"
    ddl = translate_ddl("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, b BLOB, r REAL)")
    assert ddl == ('CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, text TEXT COLLATE "C"'
                   ' NOT NULL, b BYTEA, r DOUBLE PRECISION)')
    keyed = translate_ddl("CREATE TABLE e (a TEXT, b TEXT, PRIMARY KEY (a, b))")
    assert "rowid BIGINT GENERATED ALWAYS AS IDENTITY" in keyed and "UNIQUE (a, b)" in keyed
    assert translate_ddl("CREATE TABLE w (k TEXT PRIMARY KEY) WITHOUT ROWID").strip() == \
        'CREATE TABLE w (k TEXT COLLATE "C" PRIMARY KEY)'
    assert translate_ddl("ALTER TABLE t ADD COLUMN n INTEGER") == "ALTER TABLE t ADD COLUMN n BIGINT"


# -- the command line and kill -9 ---------------------------------------------------------


def test_cli_with_a_postgres_url_and_crosswire_db(pg_url, tmp_path):
    runner = CliRunner()
    app = build_app()
    ingested = runner.invoke(app, ["ingest", str(corpus_path()), "--db", pg_url, "--format", "json"])
    assert ingested.exit_code == 0, ingested.output
    counts = json.loads(ingested.stdout)["counts"]
    assert counts["ingested"] >= 9 and counts["failed"] == 0
    again = runner.invoke(app, ["ingest", str(corpus_path()), "--db", pg_url, "--format", "json"])
    assert json.loads(again.stdout)["counts"] == {"ingested": 0, "present": counts["ingested"], "failed": 0}
    listed = runner.invoke(app, ["articles", "--format", "json"], env={"CROSSWIRE_DB": pg_url})
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) == counts["ingested"]
    stories = runner.invoke(app, ["stories", "--db", pg_url, "--format", "json"])
    assert stories.exit_code == 0, stories.output
    story_id = json.loads(stories.stdout)[0]["id"]
    shown = runner.invoke(app, ["story", story_id[:7], "--db", pg_url])
    assert shown.exit_code == 0 and story_id in shown.output
    # an SQLite file still works the same way, and a directory is refused as before
    local = runner.invoke(app, ["articles", "--db", str(tmp_path / "local.db"), "--format", "json"])
    assert local.exit_code == 0 and json.loads(local.stdout) == []
    assert runner.invoke(app, ["articles", "--db", str(tmp_path)]).exit_code == 2


def _count(url: str, sql: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True) as conn:
            return conn.execute(sql).fetchone()[0]
    except psycopg.Error:  # not migrated yet
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_ingest_then_rerun_resumes_without_duplicates(pg_url, tmp_path):
    first, second = kill_inputs(tmp_path, 100, 30)
    # stdin (held open) sits between the two directories: the run cannot finish before the kill
    args = [*CROSSWIRE, "ingest", str(first), "-", str(second), "--db", pg_url, "--batch-size", "7", "--no-stories"]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while _count(pg_url, "SELECT COUNT(*) FROM articles") < 14:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            stream.close()
    assert proc.returncode == -signal.SIGKILL
    kept = _count(pg_url, "SELECT COUNT(*) FROM articles")
    assert 14 <= kept <= 100, kept
    with Store(pg_url) as store:
        assert [run["finished_at"] for run in store.list_runs()] == [None]  # the killed run
        assert not store.conn.in_transaction

    rerun = subprocess.run([*args, "--format", "json"], input=article(999).encode(), capture_output=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert json.loads(rerun.stdout)["counts"] == {"ingested": 131 - kept, "present": kept, "failed": 0}
    with Store(pg_url) as store:
        paths = [row[0] for row in store.conn.execute("SELECT path FROM articles")]
        assert len(paths) == len(set(paths)) == 131  # 130 files + stdin, none twice
        assert set(paths) == {str(p) for p in [*first.iterdir(), *second.iterdir()]} | {"-"}
        assert [row[0] for row in store.conn.execute("SELECT seq FROM articles ORDER BY seq")] == list(range(1, 132))
        assert [run["finished_at"] is not None for run in store.list_runs()] == [True, False]
        assert all(doc.text for doc in store.iter_articles())


def test_web_app_serves_a_postgres_store_and_notices_other_writers(demo_pair, pg_server, tmp_path):
    from fastapi.testclient import TestClient

    from crosswire.web import create_app
    from crosswire.web.service import CorpusService

    with TestClient(create_app(demo_pair["pg"]["db"])) as client:
        stories = client.get("/api/stories")
        assert stories.status_code == 200, stories.text
        assert [s["id"] for s in stories.json()["stories"]] == [s[0] for s in demo_pair["pg"]["stories"]]
        assert client.get("/").status_code == 200
    # the web cache asks the store whether another process wrote (PRAGMA data_version on SQLite)
    url = pg_server.new_database()
    with Corpus(url) as corpus:
        service = CorpusService(corpus)
        before = service._data_version_now()
        assert isinstance(before, int)
        (tmp_path / "new.txt").write_text(article(7))
        with Corpus(url) as writer:
            assert len(writer.ingest([tmp_path / "new.txt"]).ingested) == 1
        deadline = time.monotonic() + 15
        while service._data_version_now() == before:  # the server publishes row counts within seconds
            assert time.monotonic() < deadline, "data version never changed"
            time.sleep(0.1)


def test_a_dropped_connection_reopens_and_a_broken_batch_rolls_back(pg_url):
    import psycopg

    from crosswire.doc import Doc

    def drop(store: Store) -> None:
        with psycopg.connect(pg_url, autocommit=True) as admin:
            pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    docs = [Doc(id=c * 64, text=f"Text {c}.", format="text", path=f"{c}.txt") for c in "abc"]
    with Store(pg_url) as store:
        store.put_article(docs[0])
        drop(store)
        assert store.count_articles() == 1  # a read after a server-side drop reconnects and retries
        with pytest.raises(StoreDriverError):
            with store.transaction():
                store.put_article(docs[1])
                drop(store)
                store.put_article(docs[2])  # the batch is lost with its connection...
        assert not store.conn.in_transaction
        assert store.article_ids() == [docs[0].id]  # ...all of it, not half
        assert store.put_article(docs[1]) and store.count_articles() == 2  # and writing goes on


def test_concurrent_writers_take_turns(pg_url):
    """Two stores writing batches at once: every article once, ingest order (seq) without gaps or ties."""
    from crosswire.doc import Doc

    Store(pg_url).close()
    errors: list[BaseException] = []

    def write(prefix: str) -> None:
        try:
            with Store(pg_url) as store:
                for batch in range(6):
                    with store.transaction():
                        for n in range(5):
                            store.put_article(Doc(id=f"{prefix}{batch}{n}".ljust(64, "0"), text="x", path=prefix))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(prefix,)) for prefix in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with Store(pg_url) as store:
        seqs = [row[0] for row in store.conn.execute("SELECT seq FROM articles ORDER BY seq")]
        assert seqs == list(range(1, 61))
