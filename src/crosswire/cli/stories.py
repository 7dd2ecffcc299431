"""CLI commands: ``stories`` (list the stories) and ``story`` (one story: why each article is in it)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from .common import DbOption, TableOrJson, TextOrJson, handle_errors, open_corpus


def _describe_evidence(evidence: dict[str, Any]) -> str:
    """One line saying why an article is in its story."""
    if not evidence or evidence.get("founded"):
        return "founded the story"
    parts = [f"matches {str(evidence.get('matched', ''))[:12]} (score {evidence.get('score', 0):.2f})"]
    for key, label in (("shared_names", "names"), ("shared_terms", "terms"), ("shared_numbers", "numbers"),
                       ("shared_dates", "dates")):
        values = evidence.get(key) or []
        if values:
            parts.append(f"{label}: {', '.join(str(v) for v in values[:6])}")
    if evidence.get("days_apart") is not None:
        parts.append(f"{evidence['days_apart']} days apart")
    return "; ".join(parts)


def register(app: typer.Typer) -> None:
    @app.command("stories")
    @handle_errors
    def stories_command(
        db: DbOption = None,
        format: Annotated[TableOrJson, typer.Option("--format", "-f", help="table or json")] = TableOrJson.table,
    ) -> None:
        """List the stories: articles grouped by event, with independent sources and copies.

        Example: crosswire stories --db news.db --format json
        """
        with open_corpus(db) as corpus:
            stories = corpus.stories()
            if format == TableOrJson.json:
                typer.echo(json.dumps([s.to_dict() for s in stories], ensure_ascii=False, indent=2))
                return
            if not stories:
                typer.echo("no stories (ingest articles first: crosswire ingest PATH)")
                return
            typer.echo(f"{'story':<13} {'articles':>8} {'independent':>11} {'copies':>6}  headline")
            for story in stories:
                typer.echo(f"{story.id:<13} {len(story.article_ids):>8} {story.independent_sources:>11} "
                           f"{len(story.copies):>6}  {(story.headline or '').strip()[:70]}")

    @app.command("story")
    @handle_errors
    def story_command(
        story_id: Annotated[str, typer.Argument(help="story id or an unambiguous prefix of it")],
        db: DbOption = None,
        format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json")] = TextOrJson.text,
    ) -> None:
        """Show one story: why each article is in it (shared names, terms, dates) and its copies.

        Example: crosswire story s3f2a --db news.db
        """
        with open_corpus(db) as corpus:
            story = corpus.story(story_id)
            if format == TextOrJson.json:
                typer.echo(json.dumps(story.to_dict(), ensure_ascii=False, indent=2))
                return
            articles = {doc.id: doc for doc in corpus.store.iter_articles(story.article_ids)}
            copy_of = {c.article: c for c in story.copies}
            typer.echo(f"{story.id}  {story.headline or ''}")
            span = f"{story.first_published or '?'} .. {story.last_published or '?'}"
            typer.echo(f"{len(story.article_ids)} articles, {story.independent_sources} independent sources, "
                       f"{len(story.copies)} copies; published {span}")
            for article_id in story.article_ids:
                doc = articles.get(article_id)
                outlet = (doc.outlet if doc else None) or "unknown outlet"
                title = ((doc.title if doc else None) or "").strip()[:70]
                typer.echo(f"\n  {article_id}  {outlet}  {(doc.published if doc else None) or ''}  {title}")
                typer.echo(f"    why: {_describe_evidence(story.evidence.get(article_id, {}))}")
                copy = copy_of.get(article_id)
                if copy:
                    typer.echo(f"    copy ({copy.kind}) of {copy.copy_of}: {copy.why}")
