"""PostgreSQL behind the store's one interface: a connection that speaks like ``sqlite3``.

:class:`~crosswire.store.Store` keeps all its SQL (written in SQLite's dialect) and talks to
``self.conn``; for a ``postgresql://`` URL that is a :class:`PgConnection`, which rewrites each
statement once (:mod:`.dialect`), runs it through psycopg 3 and answers the few PRAGMAs and
``BEGIN IMMEDIATE`` the store uses:

* ``PRAGMA user_version`` (the schema version) lives in a one-row table ``crosswire_schema``;
* ``BEGIN IMMEDIATE`` (one writer at a time) is ``BEGIN`` plus a transaction-scoped advisory
  lock, so concurrent ingests serialise their batches as they do on SQLite;
* ``PRAGMA data_version`` (did another process write?) sums the database's row-change counters.

psycopg is imported only when a PostgreSQL URL is opened: SQLite users never need it.
Driver errors become :class:`~crosswire.errors.StoreError`; messages never show a password.
"""

from __future__ import annotations

import re
import zlib
from typing import Any, Iterable, Iterator, Sequence

from ..errors import StoreDriverError, StoreError
from .dialect import translate

#: one advisory lock per database serialises writers (``BEGIN IMMEDIATE``) and first-time setup
WRITER_LOCK = zlib.crc32(b"crosswire.store.writer")
SCHEMA_TABLE = "crosswire_schema"
CONNECT_TIMEOUT = 10
LOCK_TIMEOUT = "10s"  # as SQLite's busy_timeout: a writer waits this long for another one

_SCHEMES = ("postgresql://", "postgres://")
_PASSWORD_IN_URL = re.compile(r"(://[^:/@?#]*):[^@/?#]*@")
_PASSWORD_PARAM = re.compile(r"(password=)[^&\s]*", re.I)


def is_postgres_url(target: object) -> bool:
    """True for ``postgresql://...`` / ``postgres://...`` (anything else is an SQLite path)."""
    return isinstance(target, str) and target.lower().startswith(_SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages and ``Store.path``."""
    return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD_IN_URL.sub(r"\1:***@", url))


class Row(tuple):
    """A result row readable by index and by column name, like ``sqlite3.Row``."""

    _index: dict[str, int]

    def __new__(cls, values: Sequence[Any], index: dict[str, int]) -> "Row":
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor: Any) -> Any:
    index = {column.name: i for i, column in enumerate(cursor.description or [])}
    return lambda values: Row(values, index)


class PgCursor:
    """The part of ``sqlite3.Cursor`` the store uses. Each holds its own result, so a caller
    may iterate one query while running others (as SQLite allows)."""

    def __init__(self, cursor: Any = None, rowcount: int = -1, lastrowid: int | None = None):
        self._cursor = cursor if cursor is not None and cursor.description else None
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone() if self._cursor is not None else None

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall() if self._cursor is not None else []

    def __iter__(self) -> Iterator[Row]:
        while (row := self.fetchone()) is not None:
            yield row


class PgConnection:
    """A psycopg connection with the ``sqlite3.Connection`` surface the store uses.

    A connection the server dropped (restart, idle timeout) is reopened on the next statement
    outside a transaction, and a read that found it dropped is retried once; inside a
    transaction the error stands, and the store rolls the batch back as on SQLite.
    """

    def __init__(self, url: str):
        self.display = redact(url)
        self._url = url
        self._psycopg = _import_driver()
        self._sql: dict[str, Any] = {}
        self._keys: dict[str, list[str]] = {}
        self._identities: dict[str, str | None] = {}
        self._tx = False  # inside BEGIN ... COMMIT/ROLLBACK
        self._raw = self._open()
        try:
            self._ensure_schema_table()
        except self._psycopg.Error as exc:
            self._raw.close()
            raise StoreError(f"cannot open store {self.display}: {_first_line(exc)}") from exc

    # -- the sqlite3.Connection surface ----------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        status = self._raw.info.transaction_status
        return self._tx or status in (self._psycopg.pq.TransactionStatus.INTRANS,
                                      self._psycopg.pq.TransactionStatus.INERROR)

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> PgCursor:
        special = self._special(sql.strip())
        if special is not None:
            return special
        statement = self._translate(sql)
        read = sql.lstrip()[:6].upper() == "SELECT"
        cursor = self._run(lambda cur: cur.execute(statement.sql, params), retry=read)
        if statement.returning:
            row = cursor.fetchone()
            return PgCursor(None, cursor.rowcount, row[0] if row else None)
        return PgCursor(cursor, cursor.rowcount)

    def executemany(self, sql: str, seq_of_params: Iterable[Sequence[Any]]) -> PgCursor:
        statement = self._translate(sql)
        params = list(seq_of_params)
        if not params:
            return PgCursor(None, 0)
        cursor = self._run(lambda cur: cur.executemany(statement.sql, params))
        return PgCursor(None, cursor.rowcount)

    def close(self) -> None:
        self._raw.close()

    # -- internals -------------------------------------------------------------------------

    def _open(self) -> Any:
        raw = _connect(self._psycopg, self._url, self.display)
        try:
            raw.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        except self._psycopg.Error as exc:
            raw.close()
            raise StoreError(f"cannot open store {self.display}: {_first_line(exc)}") from exc
        return raw

    def _reopen_if_dropped(self) -> bool:
        if not self._raw.broken or self._tx:
            return False
        self._raw.close()
        self._raw = self._open()
        return True

    def _run(self, action: Any, *, retry: bool = False) -> Any:
        self._reopen_if_dropped()
        cursor = self._raw.cursor(row_factory=_row_factory)
        try:
            action(cursor)
        except self._psycopg.Error as exc:
            if not (retry and self._reopen_if_dropped()):
                raise StoreDriverError(f"PostgreSQL: {_first_line(exc)}") from exc
            cursor = self._raw.cursor(row_factory=_row_factory)
            try:
                action(cursor)
            except self._psycopg.Error as again:
                raise StoreDriverError(f"PostgreSQL: {_first_line(again)}") from again
        return cursor

    def _translate(self, sql: str) -> Any:
        statement = self._sql.get(sql)
        if statement is None:
            try:  # an INSERT may look up the table's keys first
                statement = self._sql[sql] = translate(sql, self._primary_key, self._identity)
            except self._psycopg.Error as exc:
                raise StoreDriverError(f"PostgreSQL: {_first_line(exc)}") from exc
        return statement

    def _special(self, sql: str) -> PgCursor | None:
        """Transaction control and the PRAGMAs, answered the PostgreSQL way (None: not one of them)."""
        if sql[:1].upper() not in ("B", "C", "E", "R", "P"):
            return None  # SELECT, INSERT, UPDATE, DELETE: the usual case
        upper = " ".join(sql.upper().rstrip(";").split())
        if upper in ("BEGIN", "BEGIN DEFERRED", "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"):
            self._tx = False  # a new transaction: a connection dropped during the last one may reopen
            self._run(lambda cur: cur.execute("BEGIN"))
            self._tx = True
            if upper != "BEGIN" and upper != "BEGIN DEFERRED":  # a writer: wait for the others
                try:
                    self._run(lambda cur: cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,)))
                except StoreError:
                    self._end("ROLLBACK")
                    raise
            return PgCursor()
        if upper in ("COMMIT", "END", "ROLLBACK"):
            return self._end("ROLLBACK" if upper == "ROLLBACK" else "COMMIT")
        if not upper.startswith("PRAGMA"):
            return None
        pragma = re.fullmatch(r"PRAGMA (\w+) ?(?:= ?(\w+))?", upper)
        name, value = (pragma.group(1), pragma.group(2)) if pragma else ("", None)
        if name == "USER_VERSION" and value is None:
            return self._query(f"SELECT version FROM {SCHEMA_TABLE}")
        if name == "USER_VERSION":
            self._run(lambda cur: cur.execute(f"UPDATE {SCHEMA_TABLE} SET version = %s", (int(value),)))
            return PgCursor(None, 1)
        if name == "DATA_VERSION":
            # row changes committed to this database (by anyone): changes when another process writes
            return self._query("SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0)::bigint"
                               " FROM pg_stat_user_tables")
        return PgCursor()  # journal_mode, synchronous, foreign_keys...: SQLite's own business

    def _end(self, command: str) -> PgCursor:
        try:
            if not (command == "ROLLBACK" and self._raw.broken):  # a dropped connection rolled back itself
                self._run(lambda cur: cur.execute(command))
        finally:
            self._tx = False
        return PgCursor()

    def _query(self, sql: str) -> PgCursor:
        cursor = self._run(lambda cur: cur.execute(sql), retry=True)
        return PgCursor(cursor, cursor.rowcount)

    def _ensure_schema_table(self) -> None:
        """The table that holds the schema version (``PRAGMA user_version`` on SQLite)."""
        exists = self._raw.execute("SELECT to_regclass(%s)", (SCHEMA_TABLE,)).fetchone()[0]
        if exists is not None:
            return
        with self._raw.transaction():
            self._raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            self._raw.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} (version INTEGER NOT NULL)")
            self._raw.execute(f"INSERT INTO {SCHEMA_TABLE} (version) SELECT 0"
                              f" WHERE NOT EXISTS (SELECT 1 FROM {SCHEMA_TABLE})")

    def _primary_key(self, table: str) -> list[str]:
        if table not in self._keys:
            rows = self._raw.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
                " WHERE i.indrelid = to_regclass(%s) AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)",
                (table,)).fetchall()
            if not rows:
                raise StoreError(f"PostgreSQL ({self.display}): table {table} has no primary key for INSERT OR REPLACE")
            self._keys[table] = [r[0] for r in rows]
        return self._keys[table]

    def _identity(self, table: str) -> str | None:
        """The table's own identity column (what ``lastrowid`` reports), if it has one besides rowid."""
        if table not in self._identities:
            row = self._raw.execute(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) AND attidentity <> ''"
                " AND attname <> 'rowid' AND NOT attisdropped ORDER BY attnum LIMIT 1", (table,)).fetchone()
            self._identities[table] = row[0] if row else None
        return self._identities[table]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return redact(text[0].strip() if text else type(exc).__name__)


def _import_driver() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError("a postgresql:// store needs the PostgreSQL driver (psycopg 3):"
                         " pip install 'crosswire[postgres]'") from exc
    return psycopg


def _connect(psycopg: Any, url: str, display: str) -> Any:
    """Open the connection; a bad URL or an unreachable server names the host, never the password."""
    try:
        params = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise StoreError(f"invalid PostgreSQL URL {display}: {_first_line(exc)}") from exc
    host = params.get("host") or "localhost"
    where = f"{host}:{params['port']}" if params.get("port") else host
    database = params.get("dbname") or params.get("user") or "(default)"
    options: dict[str, Any] = {"autocommit": True}
    if "connect_timeout" not in params:
        options["connect_timeout"] = CONNECT_TIMEOUT
    try:
        return psycopg.connect(url, **options)
    except psycopg.Error as exc:
        reason = re.sub(r"^connection failed:\s*", "", _first_line(exc))
        raise StoreError(f"cannot connect to PostgreSQL at {where} (database {database}): {reason}") from exc
