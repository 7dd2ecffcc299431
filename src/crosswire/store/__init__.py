"""The store: one module owns all SQL. SQLite by default, PostgreSQL for a ``postgresql://`` URL."""

from .postgres import is_postgres_url
from .sqlite import STORE_ERRORS, Store, default_db, default_db_path, open_store

__all__ = ["STORE_ERRORS", "Store", "default_db", "default_db_path", "is_postgres_url", "open_store"]
