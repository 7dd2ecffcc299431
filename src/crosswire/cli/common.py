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


DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="SQLite store file (default: crosswire.db in the user data dir, or $CROSSWIRE_DB).",
                 dir_okay=False),
]


def open_corpus(db: Path | None):
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
