"""Build a Brief from the store: per story, extract its articles, corroborate, assemble."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from typing import Any, Iterable

from ..doc import Doc
from .model import Brief

BRIEF_VERSION = "1"


def story_date(docs: Iterable[Doc]) -> str | None:
    """The story's date: the most common published date among its articles (earliest on ties)."""
    counts = Counter(d.published for d in docs if d.published)
    if not counts:
        return None
    return min(counts, key=lambda day: (-counts[day], day))


def set_context_dates(docs: list[Doc]) -> None:
    """Articles without a date of their own read relative dates against the story's date, or
    against the event day when the only dated articles are follow-ups (:mod:`.reference`)."""
    from .reference import undated_references

    day = story_date(docs)
    event = undated_references(docs, day)
    for doc in docs:
        if not doc.published and (event.get(doc.id) or day):
            doc.context_date = event.get(doc.id) or day


def extract_docs(docs: list[Doc], store: Any = None) -> list[Doc]:
    """Run the extraction stages (cached in the store when there is one)."""
    from .. import extract

    many = getattr(extract, "extract_many", None)
    if many is not None:
        return list(many(docs, store))
    one = getattr(extract, "extract_doc", None)
    if one is not None:
        return [one(d, store=store) for d in docs]
    from ..pipeline import extract_pipeline

    pipe = extract_pipeline()
    return [pipe(d) for d in docs]


def _stories(store: Any, story_ids: list[str] | None) -> list[Any]:
    if story_ids:
        return [store.get_story(sid) for sid in story_ids]
    lister = getattr(store, "list_stories", None)
    return list(lister()) if lister is not None else []


def _source_keys(story: Any, roots: dict[str, str]) -> dict[str, str]:
    """Article -> the independent source it counts for: the outlet (or wire) of the original it
    copies, so a brief counts sources the way its story does (two reports by one outlet are one)."""
    sources = getattr(story, "sources", None) or {}
    return {a: sources.get(root) or root for a, root in roots.items()}


def _roots(story: Any) -> dict[str, str]:
    """Article -> the original article it copies (itself when it is no copy)."""
    try:
        from ..stories import independent_groups
    except ImportError:
        independent_groups = None
    if independent_groups is not None:
        try:
            return dict(independent_groups(story))
        except (AttributeError, KeyError, TypeError):
            pass
    copies = getattr(story, "copies", None) or {}
    return {a: copies.get(a) or a for a in story.article_ids} if isinstance(copies, dict) else {}


def brief_docs(docs: list[Doc], *, story_id: str = "story", headline: str | None = None,
               roots: dict[str, str] | None = None, store: Any = None, extracted: bool = False,
               extra: dict[str, Any] | None = None, sources: dict[str, str] | None = None) -> dict[str, Any]:
    """The brief of one story given its Docs (extracting them unless ``extracted``). ``roots``: the
    original each copy copies; ``sources``: the independent source each article counts for (by
    default its original)."""
    from ..corroborate import corroborate_story

    docs = list(docs)
    if not extracted:
        set_context_dates(docs)
        docs = extract_docs(docs, store)
    roots = roots or {d.id: d.id for d in docs}
    sources = sources or roots
    found = corroborate_story(docs, sources)
    articles = [d.to_article() for d in docs]
    for art, doc in zip(articles, docs):
        art["independent_of"] = roots.get(doc.id, doc.id) == doc.id
        art["copy_of"] = None if roots.get(doc.id, doc.id) == doc.id else roots.get(doc.id)
        art["context_date"] = doc.context_date
    story = {
        "id": story_id,
        "headline": headline or _headline(docs),
        "articles": articles,
        "facts": found.facts,
        "conflicts": found.conflicts,
        "quotes": found.quotes,
        "timeline": found.timeline,
        "entities": found.entities,
        "appearances": found.appearances,
        "independent_sources": len(set(sources.get(d.id, d.id) for d in docs)),
        "copies": sorted(d.id for d in docs if roots.get(d.id, d.id) != d.id),
        "date": story_date(docs),
        # details only one outlet has: the facts whose status is "single-source"
        "single_source_facts": sum(1 for f in found.facts if f["status"] == "single-source"),
        "incident": found.incident,
    }
    story.update(extra or {})
    story["_stages"] = _stages(docs)
    return story


def _headline(docs: list[Doc]) -> str | None:
    titles = Counter(d.title for d in docs if d.title)
    if titles:
        return titles.most_common(1)[0][0]
    for d in docs:
        line = d.text.strip().split("\n", 1)[0]
        if line:
            return line[:160]
    return None


def _stages(docs: list[Doc]) -> list[str]:
    seen: dict[str, None] = {}
    for d in docs:
        for s in d.stages:
            seen.setdefault(s, None)
    return list(seen)


def build_brief(store: Any, story_ids: list[str] | None = None, *, clock: Any = None) -> Brief:
    """The Brief of the given stories (all stories when None).

    A store without stories yet (nothing grouped) is briefed as one story of all its articles.
    """
    from ..corroborate.story import VERSION as CORROBORATE_VERSION

    stories_out = []
    stages: dict[str, None] = {}
    stories = _stories(store, story_ids)
    if not stories and not story_ids and store.count_articles():
        docs = list(store.iter_articles())
        stories_out.append(brief_docs(docs, story_id="all", store=store))
    for story, docs in _extracted(store, stories):
        roots = _roots(story)
        extra = {}
        if hasattr(story, "to_dict"):
            data = story.to_dict()
            extra = {k: v for k, v in data.items()
                     if k not in ("id", "headline", "articles", "article_ids", "copies", "independent_sources")}
        stories_out.append(brief_docs(docs, story_id=story.id, headline=getattr(story, "headline", None),
                                      roots=roots, sources=_source_keys(story, roots), store=store,
                                      extracted=True, extra=extra))
    for s in stories_out:
        for name in s.pop("_stages"):
            stages.setdefault(name, None)
    now = clock.now() if clock is not None else datetime.now(timezone.utc)
    pipeline = list(stages) + [f"stories@{_stories_version()}", f"corroborate@{CORROBORATE_VERSION}",
                               f"brief@{BRIEF_VERSION}"]
    return Brief(stories=stories_out, pipeline=pipeline, generated_at=now.isoformat(timespec="seconds"))


#: articles extracted in one stream: stories are gathered up to this many, so a store of many
#: small stories still fills the parsing processes, while memory stays bounded
EXTRACT_CHUNK = 256


def _extracted(store: Any, stories: list[Any]) -> Iterable[tuple[Any, list[Doc]]]:
    """Each story with its articles, extracted (relative dates read against the story's date)."""
    waiting: list[tuple[Any, list[Doc]]] = []

    def flush() -> Iterable[tuple[Any, list[Doc]]]:
        done = iter(extract_docs([d for _, docs in waiting for d in docs], store))
        for story, docs in waiting:
            yield story, [next(done) for _ in docs]
        waiting.clear()

    for story in stories:
        docs = list(store.iter_articles(list(story.article_ids)))
        set_context_dates(docs)
        waiting.append((story, docs))
        if sum(len(docs) for _, docs in waiting) >= EXTRACT_CHUNK:
            yield from flush()
    yield from flush()


def _stories_version() -> str:
    try:
        from .. import stories

        return str(getattr(stories, "VERSION", getattr(stories, "__version__", "1")))
    except ImportError:
        return "1"
