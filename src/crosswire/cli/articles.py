"""CLI commands: ingest, articles, show."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .common import DbOption, TableOrJson, TextOrJson, handle_errors, open_corpus

#: show a progress bar only when there are more inputs than this (and stderr is a terminal)
PROGRESS_MIN_INPUTS = 5


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("articles")(articles)
    app.command("show")(show)


# -- ingest -----------------------------------------------------------------------------


@handle_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (read recursively) or - for stdin.",
                                               show_default=False)],
    db: DbOption = None,
    max_size: Annotated[float, typer.Option("--max-size", help="Largest file (or JSON line) to read, in MB.",
                                            min=0.001)] = 20.0,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles written per transaction.", min=1)] = 50,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Clean in this many processes (0: one per CPU).",
                                      min=0)] = 1,
    stories: Annotated[bool, typer.Option("--stories/--no-stories",
                                          help="Place new articles into stories afterwards.")] = True,
    output: Annotated[TextOrJson, typer.Option("--format", help="Summary as text or JSON.")] = TextOrJson.text,
) -> None:
    """Read articles (text, HTML, .gz, JSON lines, WARC, RSS/Atom; files, directories, - or URLs)
    into the store; skip what is already there.

    One bad input never stops the rest: each failure is listed with its reason (exit code 1).

    Example: crosswire ingest articles/ feed.jsonl https://example.org/news/rss.xml --db news.db
    """
    progress = _ProgressBar()
    with open_corpus(db) as corpus:
        try:
            report = corpus.ingest(paths, progress=progress, update_stories=stories,
                                   max_bytes=int(max_size * 1024 * 1024), batch_size=batch_size, jobs=jobs)
        finally:
            progress.close()
    if output is TextOrJson.json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        typer.echo(f"ingested {len(report.ingested)}, already present {len(report.present)}, "
                   f"failed {len(report.failed)}")
        for source, reason in report.failed:
            typer.echo(printable(f"  failed: {source}: {reason}"))
    if not report.ok:
        raise typer.Exit(1)


class _ProgressBar:
    """A rich progress bar on stderr, started only for many inputs on a terminal."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, event: Any) -> None:
        if self.bar is None:
            if event.done or event.total <= PROGRESS_MIN_INPUTS or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                TextColumn("{task.fields[source]}"), console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("ingest", total=event.total, source="")
            return
        from rich.markup import escape

        source = escape(printable((event.source or "")[-50:]))  # file names are data, not markup
        self.bar.update(self.task, completed=event.done, source=source)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


# -- articles ---------------------------------------------------------------------------


@handle_errors
def articles(
    db: DbOption = None,
    output: Annotated[TableOrJson, typer.Option("--format", help="A table, or JSON Article objects.")]
    = TableOrJson.table,
) -> None:
    """List the stored articles, in the order they were ingested.

    Example: crosswire articles --db news.db --format json
    """
    with open_corpus(db) as corpus:
        docs = corpus.article_summaries()
    if output is TableOrJson.json:
        typer.echo(json.dumps(docs, indent=2, ensure_ascii=False))
        return
    if not docs:
        typer.echo("no articles (add some with: crosswire ingest PATH)")
        return
    typer.echo(printable(_table(docs)))


def _table(docs: list[dict[str, Any]]) -> str:
    """One line per article; the title, last, is cut to the terminal's width."""
    import shutil

    rows = []
    for doc in docs:
        # the file name identifies the input; the full path is in --format json
        path = doc["path"]
        name = Path(path).name if path and path != "-" else (path or "")
        if doc["source_id"]:
            name = f"{name}#{doc['source_id']}"
        rows.append([doc["id"][:12], doc["published"] or "", _short(doc["outlet"] or "", 18), _short(name, 32),
                     doc["title"] or ""])
    header = ["id", "published", "outlet", "file", "title"]
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(4)]
    room = max(20, shutil.get_terminal_size((120, 24)).columns - sum(widths) - 2 * len(widths))
    lines = []
    for row in [header] + rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths)] + [_short(row[4], room)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


# -- show -------------------------------------------------------------------------------


@handle_errors
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (a unique prefix is enough).",
                                              show_default=False)],
    db: DbOption = None,
    removed: Annotated[bool, typer.Option("--removed", help="List what cleaning cut, with the reason.")] = False,
    spans: Annotated[bool, typer.Option("--spans", help="Annotate the text with the extracted spans.")] = False,
    label: Annotated[Optional[list[str]], typer.Option("--label", help="With --spans: only these span labels "
                                                       "(repeatable).")] = None,
    output: Annotated[TextOrJson, typer.Option("--format", help="Readable text or JSON.")] = TextOrJson.text,
) -> None:
    """Show one article: metadata with where each value came from, and the cleaned text.

    Example: crosswire show 3f2a9c --removed --spans
    """
    from ..errors import CrosswireError

    spans_error: str | None = None
    with open_corpus(db) as corpus:
        doc = corpus.article(article_id)
        stored_stages = list(doc.stages)
        if spans:
            try:
                doc = corpus.extract(doc)
            except (ImportError, AttributeError) as exc:
                spans_error = f"extraction is not available in this installation yet ({exc})"
            except CrosswireError as exc:
                spans_error = str(exc)
    shown = [s for s in doc.spans if not label or s.label in label]
    if output is TextOrJson.json:
        data = doc.to_article()
        data["format"] = doc.format
        data["stages"] = doc.stages
        data["extra"] = doc.extra
        if removed:
            data["removed"] = [{"text": r.text, "reason": r.reason, "offset": r.offset} for r in doc.removed]
        if spans and spans_error is None:
            data["spans"] = [s.to_dict() | {"text": doc.span_text(s)} for s in shown]
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        text = _render_text(doc, removed=removed, spans=shown if spans and spans_error is None else None,
                            stored_stages=stored_stages)
        typer.echo(printable(text))
    if spans_error:
        typer.echo(f"crosswire: cannot show spans: {spans_error}", err=True)
        raise typer.Exit(2)


def printable(text: str) -> str:
    """Text safe for a terminal: control characters (escape sequences, bells, bidi overrides)
    from an article are shown as ``\\x1b``-style escapes instead of being obeyed."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _render_text(doc: Any, *, removed: bool, spans: list[Any] | None, stored_stages: list[str]) -> str:
    lines = [f"id:         {doc.id}"]
    for name in ("title", "outlet", "published", "url", "syndicated_from"):
        value = getattr(doc, name)
        meta = doc.meta.get(name)
        if value is None and meta is None:
            continue
        where = f"   (from {meta.source})" if meta is not None else ""
        lines.append(f"{name + ':':<11} {value}{where}")
    for name, meta in doc.meta.items():  # metadata beyond the standard fields
        if name not in ("title", "outlet", "published", "url", "syndicated_from"):
            lines.append(f"{name + ':':<11} {meta.value}   (from {meta.source})")
    lines.append(f"{'path:':<11} {doc.path or '-'}" + (f"   (record {doc.source_id})" if doc.source_id else ""))
    lines.append(f"{'format:':<11} {doc.format}")
    if doc.extra:  # record fields crosswire does not know, kept as they came
        lines.append(f"{'extra:':<11} {_short(json.dumps(doc.extra, ensure_ascii=False, default=str), 200)}")
    stages = stored_stages + [s for s in doc.stages if s not in stored_stages]
    if stages:
        lines.append(f"{'stages:':<11} {', '.join(stages)}")
    lines.append("")
    if spans is None:
        lines.append(doc.text)
    else:
        inline, hidden = _inline_spans(doc.text, spans)
        lines.append(annotate(doc.text, inline))
        lines.append("")
        lines.append(f"spans ({len(spans)}):")
        for s in sorted(spans, key=lambda s: (s.start, -s.end, s.label)):
            attrs = json.dumps(s.attrs, ensure_ascii=False, default=str)
            lines.append(f"  {s.label:<11} {s.start}:{s.end}  {_short(doc.span_text(s))!r}  {attrs}")
        for name, count in hidden.items():
            lines.append(f"  ({count} {name} spans cover most of the text: listed, not marked inline)")
    if removed:
        lines.append("")
        lines.append(f"removed ({len(doc.removed)}):")
        for r in doc.removed:
            where = f" @{r.offset}" if r.offset is not None else ""
            lines.append(f"  [{r.reason}]{where} {_short(r.text, 100)!r}")
    return "\n".join(lines)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _inline_spans(text: str, spans: list[Any]) -> tuple[list[Any], dict[str, int]]:
    """Spans to mark inline: labels covering most of the text (sentences) are left out."""
    covered: dict[str, int] = {}
    counts: dict[str, int] = {}
    for s in spans:
        covered[s.label] = covered.get(s.label, 0) + (s.end - s.start)
        counts[s.label] = counts.get(s.label, 0) + 1
    structural = {lab for lab, n in covered.items() if text and n > 0.5 * len(text)}
    return [s for s in spans if s.label not in structural], {lab: counts[lab] for lab in sorted(structural)}


def annotate(text: str, spans: list[Any]) -> str:
    """``text`` with spans marked as ``[words|label]``; nested spans nest, crossing ones are skipped."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.label))
    chosen: list[Any] = []
    stack: list[Any] = []
    for s in ordered:
        if s.end <= s.start:
            continue
        while stack and stack[-1].end <= s.start:
            stack.pop()
        if stack and s.end > stack[-1].end:
            continue  # crosses an open span: cannot be bracketed
        chosen.append(s)
        stack.append(s)
    events: list[tuple[int, int, int, str]] = []  # (offset, order, tiebreak, marker)
    for i, s in enumerate(chosen):
        events.append((s.start, 1, i, "["))
        events.append((s.end, 0, -i, f"|{s.label}]"))
    events.sort()
    out, pos = [], 0
    for offset, _, _, marker in events:
        out.append(text[pos:offset])
        out.append(marker)
        pos = offset
    out.append(text[pos:])
    return "".join(out)
