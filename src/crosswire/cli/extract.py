"""CLI command: extract (entities, quantities, times, quotes, appearances of articles)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Optional

import typer

from .common import TextOrJson, handle_errors

LABELS = {"entity": "entities", "quantity": "quantities", "time": "times", "quote": "quotes",
          "appearance": "appearances"}


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def span_item(doc: Any, span: Any) -> dict[str, Any]:
    """One extracted item: offsets, the verbatim text, and the stage's normalised fields."""
    item: dict[str, Any] = {"start": span.start, "end": span.end, "text": doc.span_text(span)}
    attrs = dict(span.attrs)
    if span.label == "quote":
        # the quote's "text" is what was said; the whole span (with cue and speaker) is "evidence"
        item["evidence"] = item["text"]
        item["text"] = attrs.pop("content", None) or item["text"]
    for key, value in attrs.items():
        item.setdefault(key, value)
    return item


def article_record(doc: Any, *, attributions: bool = False) -> dict[str, Any]:
    record: dict[str, Any] = {"id": doc.id, "path": doc.path, "source_id": doc.source_id,
                              "published": doc.published, "reference_date": doc.reference_date}
    for label, key in LABELS.items():
        record[key] = [span_item(doc, s) for s in sorted(doc.spans_of(label), key=lambda s: s.start)]
    if attributions:
        record["attributions"] = attribution_items(doc)
    return record


def attribution_items(doc: Any) -> list[dict[str, Any]]:
    """Every attribution in the wide sense of attribution corpora: speech, and also stances,
    intentions and findings ("called for …", "wants to …", "a poll shows …"), with their source."""
    from ..doc import Span
    from ..extract.quotes import extract_quotes

    items = []
    for record in extract_quotes(doc, scope="attribution"):
        start, end = record.pop("start"), record.pop("end")
        items.append(span_item(doc, Span("quote", start, end, record)))
    return sorted(items, key=lambda item: item["start"])


def _text_listing(record: dict[str, Any]) -> str:
    lines = [f"{record['id']}  {record['path'] or ''}",
             f"  published: {record['published'] or '-'}   reference date: {record['reference_date'] or '-'}"]
    for key in LABELS.values():
        items = record[key]
        lines.append(f"  {key} ({len(items)}):")
        for item in items:
            if key == "entities":
                detail = f"{item.get('type')}  -> {item.get('name')}"
            elif key == "quantities":
                qual = f"{item['qualifier']} " if item.get("qualifier") else ""
                detail = f"{qual}{item.get('normalized')}" + (f"  ({item['noun']})" if item.get("noun") else "")
            elif key == "times":
                detail = f"{item.get('kind')} {item.get('normalized') or item.get('iso') or '?'}"
                if item.get("precision"):
                    detail += f" [{item['precision']}]"
                if item.get("modifier"):
                    detail += f" {item['modifier']}"
            elif key == "quotes":
                detail = f"speaker: {item.get('speaker') or '?'}  cue: {item.get('cue') or '-'}"
            else:
                detail = f"{item.get('speaker') or '?'} @ {item.get('venue') or '?'}"
            text = item["text"] if len(item["text"]) <= 70 else item["text"][:67] + "..."
            lines.append(f"    {item['start']:>6}-{item['end']:<6} {text!r}  {detail}")
    return "\n".join(lines)


@handle_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - (stdin) to read.", show_default=False)],
    output: Annotated[TextOrJson, typer.Option("--format", help="A readable listing or JSON.")] = TextOrJson.text,
    reference_date: Annotated[Optional[str], typer.Option(
        "--reference-date", help="YYYY-MM-DD to resolve relative dates in articles with no date of their own "
        "(default: the latest date among the other articles read).")] = None,
    attributions: Annotated[bool, typer.Option(
        "--attributions", help="Also list attributions in the wide sense (stances, intentions, findings "
        "with their source), as JSON 'attributions' per article.")] = False,
) -> None:
    """Extract entities, quantities, times, quotes and appearances from articles, without storing them.

    Example: crosswire extract articles/ --format json --attributions
    """
    import datetime as dt

    from ..api import Corpus
    from ..errors import ValidationError
    from ..extract import extract_many

    if reference_date is not None:
        try:
            dt.date.fromisoformat(reference_date)
        except ValueError:
            raise ValidationError(f"--reference-date must be YYYY-MM-DD, not {reference_date!r}")
    with Corpus(":memory:") as corpus:
        report = corpus.ingest(paths, update_stories=False)
        for source, reason in report.failed:
            typer.echo(f"crosswire: {source}: {reason}", err=True)
        docs = corpus.articles()
        fallback = reference_date or max((d.published for d in docs if d.published), default=None)
        for doc in docs:
            if not doc.reference_date and fallback:
                doc.context_date = fallback
        records = [article_record(doc, attributions=attributions) for doc in extract_many(docs, store=corpus.store)]
    if output is TextOrJson.json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        typer.echo("\n\n".join(_text_listing(r) for r in records))
    if report.failed:
        raise typer.Exit(1)
