"""CLI commands: ``brief`` (of paths or of a store) and ``demo`` (of the bundled corpus)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .common import DbOption, handle_errors


class BriefFormat(str, Enum):
    json = "json"
    md = "md"
    html = "html"


FormatOption = Annotated[BriefFormat, typer.Option("--format", "-f", help="json (the crosswire.brief/1 contract), "
                                                   "md (Markdown for a terminal) or html (one self-contained page).")]
OutputOption = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.",
                                                      dir_okay=False)]


def register(app: typer.Typer) -> None:
    app.command("brief")(brief)
    app.command("demo")(demo)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


def _brief_paths(paths: list[str], db: Path | None, stories: list[str] | None, fmt: BriefFormat) -> str:
    from ..api import Corpus
    from ..errors import InputError

    with Corpus(str(db) if db else ":memory:") as corpus:
        if paths:
            report = corpus.ingest(paths)
            for source, reason in getattr(report, "failed", []) or []:
                typer.echo(f"crosswire: skipped {source}: {reason}", err=True)
            for source, first in getattr(report, "repeated", []) or []:
                typer.echo(f"crosswire: {source} has the same text as {first}: one article", err=True)
            if not corpus.store.count_articles():
                raise InputError(", ".join(paths), "no article could be read")
        return corpus.brief(stories or None).render(fmt.value)


@handle_errors
def brief(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or directories to brief (read into an "
                                                         "in-memory store unless --db is given). Without paths, "
                                                         "brief what the --db store holds.", show_default=False)] = None,
    db: DbOption = None,
    story: Annotated[Optional[list[str]], typer.Option("--story", help="Only this story id (repeatable).")] = None,
    fmt: FormatOption = BriefFormat.md,
    output: OutputOption = None,
) -> None:
    """Brief a story: agreed facts with their sources, conflicts, quotes, timeline, entities, appearances.

    Every line cites article ids and a verbatim evidence span of the article's cleaned text.

    Example: crosswire brief articles/ --format json > brief.json

    Example: crosswire brief --db news.db --story 3f2a9c --format html -o brief.html
    """
    if not paths and db is None:
        from ..errors import ValidationError

        raise ValidationError("give files or directories to brief, or --db STORE to brief what it holds")
    _emit(_brief_paths(list(paths or []), db, story, fmt), output)


@handle_errors
def demo(
    fmt: FormatOption = BriefFormat.md,
    output: OutputOption = None,
) -> None:
    """Brief the bundled demo corpus (a fictional story told by several invented outlets).

    Example: crosswire demo --format md
    """
    from ..demo import corpus_path

    _emit(_brief_paths([str(corpus_path())], None, None, fmt), output)
