"""Options and error handling shared by the CLI commands."""

from __future__ import annotations

import functools
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer

class TableOrJson(str, Enum):
    """Output format of listing commands."""

    table = "table"
    json = "json"


class TextOrJson(str, Enum):
    """Output format of commands that show one thing or a report."""

    text = "text"
    json = "json"


def _store_target(value: Optional[str]) -> Optional[Path | str]:
    """A ``postgresql://`` URL as given; anything else an SQLite file (not a directory)."""
    from ..store.postgres import is_postgres_url

    if value is None or is_postgres_url(value):
        return value
    if Path(value).is_dir():
        raise typer.BadParameter(f"File {value!r} is a directory.")
    return Path(value)


DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Store: an SQLite file or a postgresql://user@host/dbname URL (default: crosswire.db"
                 " in the user data dir, or $CROSSWIRE_DB).", metavar="FILE|URL",
                 callback=_store_target),
]


def open_corpus(db: Path | str | None):
    from ..api import Corpus

    return Corpus(db)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Print a library error as one line on stderr and exit 2, instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ..errors import CrosswireError

        try:
            return func(*args, **kwargs)
        except CrosswireError as exc:
            print(f"crosswire: {exc}", file=sys.stderr)
            raise typer.Exit(2)

    return wrapper
