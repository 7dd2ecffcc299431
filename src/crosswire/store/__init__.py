"""The store: one module owns all SQL. SQLite by default."""

from .sqlite import Store, default_db_path, open_store

__all__ = ["Store", "default_db_path", "open_store"]
