"""One Corpus shared by all request threads: serialized access plus a cache of briefs.

The store holds one SQLite connection (opened with ``check_same_thread=False``). Its
writes take a lock, but its reads do not, and a connection must not run two statements
from two threads at once (a generator over a cursor can interleave with a commit). So
every call into the corpus goes through one lock here. Briefs are slow to build and
cheap to keep: each is cached (per story and per output format) until articles are
added, through this server or by another process writing the same file (SQLite's
``PRAGMA data_version`` tells us that).
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any, Callable, TypeVar

from ..errors import CrosswireError, StoryNotFound

T = TypeVar("T")

#: how often (seconds) to ask SQLite whether another process changed the file
EXTERNAL_CHECK_INTERVAL = 1.0


class CorpusService:
    """Serialized, cached access to a :class:`crosswire.api.Corpus` for the web layer."""

    def __init__(self, corpus: Any, *, owns_corpus: bool = False):
        self.corpus = corpus
        self.owns_corpus = owns_corpus
        self._lock = threading.RLock()
        self._cache: dict[tuple[Any, ...], tuple[int, Any]] = {}
        self._generation = 0
        self._data_version: int | None = None
        self._checked_at = 0.0

    # -- locking and invalidation -------------------------------------------------------

    def call(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``func`` with the corpus lock held (one statement stream at a time)."""
        with self._lock:
            return func(*args, **kwargs)

    def invalidate(self) -> None:
        """Forget every cached brief and page (articles were added)."""
        self._generation += 1
        self._cache.clear()

    @property
    def generation(self) -> int:
        return self._generation

    def _data_version_now(self) -> int | None:
        conn = getattr(getattr(self.corpus, "store", None), "conn", None)
        if conn is None:
            return None
        return conn.execute("PRAGMA data_version").fetchone()[0]

    def _check_external_writes(self) -> None:
        now = time.monotonic()
        if now - self._checked_at < EXTERNAL_CHECK_INTERVAL:
            return
        # never wait behind a long ingest for this: our own writes invalidate anyway
        if not self._lock.acquire(blocking=False):
            return
        try:
            self._checked_at = now
            version = self._data_version_now()
        finally:
            self._lock.release()
        if self._data_version is not None and version != self._data_version:
            self.invalidate()
        self._data_version = version

    def peek(self, key: tuple[Any, ...]) -> Any:
        """The cached value for ``key`` if it is fresh, else None; never computes, never waits."""
        self._check_external_writes()
        hit = self._cache.get(key)
        return hit[1] if hit is not None and hit[0] == self._generation else None

    def cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """The cached value for ``key``, computing it (under the lock) on a miss."""
        self._check_external_writes()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == self._generation:
            return hit[1]
        with self._lock:
            hit = self._cache.get(key)  # another thread may have filled it while we waited
            if hit is not None and hit[0] == self._generation:
                return hit[1]
            generation = self._generation
            value = compute()
            if generation == self._generation:
                self._cache[key] = (generation, value)
            return value

    # -- reads ----------------------------------------------------------------------------

    def stories(self) -> list[Any]:
        return self.cached(("stories",), lambda: list(self.corpus.stories()))

    def story(self, story_id: str) -> Any:
        return self.cached(("story", story_id), lambda: self.corpus.story(story_id))

    def article(self, article_id: str) -> Any:
        return self.call(self.corpus.article, article_id)

    def articles(self) -> list[Any]:
        return self.call(self.corpus.articles)

    def brief(self, story_id: str) -> Any:
        """The Brief object of one story (404 through :class:`StoryNotFound` when unknown)."""

        def build() -> Any:
            story = self.corpus.story(story_id)  # raises StoryNotFound for an unknown id
            return self.corpus.brief([getattr(story, "id", story_id)])

        return self.cached(("brief", story_id), build)

    def brief_story(self, story_id: str) -> dict[str, Any]:
        """The contract's Story object for one story."""

        def build() -> dict[str, Any]:
            stories = self.brief(story_id).to_dict().get("stories") or []
            if not stories:
                raise StoryNotFound(f"no story {story_id!r}")
            return stories[0]

        return self.cached(("brief-story", story_id), build)

    def cached_brief_rendered(self, story_id: str, fmt: str) -> bytes | None:
        """The rendered brief if it is cached (the event loop may call this: it never blocks)."""
        return self.peek(("brief-rendered", story_id, fmt))

    def brief_rendered(self, story_id: str, fmt: str) -> bytes:
        """The brief as bytes in ``fmt`` (json, md or html), cached."""

        def build() -> bytes:
            brief = self.brief(story_id)
            if fmt == "md":
                return brief.to_markdown().encode("utf-8")
            if fmt == "html":
                return brief.to_html().encode("utf-8")
            return json.dumps(brief.to_dict(), ensure_ascii=False).encode("utf-8")

        return self.cached(("brief-rendered", story_id, fmt), build)

    def story_summary(self, story: Any) -> dict[str, Any]:
        """What the story list shows: counts and conflict flags (from the cached brief)."""
        story_id = story.id
        article_ids = list(getattr(story, "article_ids", []) or [])
        summary: dict[str, Any] = {
            "id": story_id,
            "headline": getattr(story, "headline", None) or story_id,
            "articles": len(article_ids),
            "independent_sources": getattr(story, "independent_sources", None),
            "facts": None,
            "conflicts": None,
            "error": None,
        }
        try:
            data = self.brief_story(story_id)
        except CrosswireError as exc:  # one broken story must not take the list down
            summary["error"] = str(exc)
            return summary
        summary["facts"] = len(data.get("facts") or [])
        summary["conflicts"] = len(data.get("conflicts") or [])
        summary["quotes"] = len(data.get("quotes") or [])
        summary["published"] = sorted(a.get("published") for a in data.get("articles") or [] if a.get("published"))
        summary["outlets"] = sorted({a.get("outlet") for a in data.get("articles") or [] if a.get("outlet")})
        return summary

    def story_of_articles(self, article_ids: list[str]) -> list[dict[str, Any]]:
        """The stories the given articles belong to (for an upload's answer)."""
        wanted = set(article_ids)
        found = []
        for story in self.stories():
            members = set(getattr(story, "article_ids", []) or [])
            if members & wanted:
                found.append({"id": story.id, "headline": getattr(story, "headline", None),
                              "articles": sorted(members & wanted)})
        return found

    # -- writes ---------------------------------------------------------------------------

    def ingest_records(self, records: list[dict[str, Any]], *, origin: str) -> Any:
        try:
            with self._lock:
                return self.corpus.ingest_records(records, origin=origin)
        finally:
            self.invalidate()

    def ingest_bytes(self, name: str, data: bytes) -> Any:
        try:
            with self._lock:
                return self.corpus.ingest_bytes(name, data)
        finally:
            self.invalidate()

    def close(self) -> None:
        if self.owns_corpus:
            with self._lock:
                self.corpus.close()
