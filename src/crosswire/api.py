"""The library's front door: a :class:`Corpus` over one store.

The CLI and HTTP API are thin layers over these calls::

    from crosswire import Corpus
    with Corpus("news.db") as corpus:
        report = corpus.ingest(["articles/"])   # also groups new articles into stories
        brief = corpus.brief()
        print(brief.to_json())
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from .clock import Clock, SystemClock
from .doc import Doc
from .store import Store


class Corpus:
    def __init__(self, db: str | Path | Store | None = None, *, clock: Clock | None = None, fetcher: Any = None):
        self.store = db if isinstance(db, Store) else Store(db)
        self.clock = clock or SystemClock()
        self.fetcher = fetcher  # for http(s) URLs given to ingest; None: crosswire.ingest.fetch.HttpFetcher

    # -- ingest ---------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], *, progress: Callable[[Any], None] | None = None,
               update_stories: bool = True, max_bytes: int | None = None, batch_size: int | None = None,
               jobs: int = 1):
        """Read files, directories, ``-`` (stdin) or http(s) URLs; store what is new. Returns an IngestReport.

        ``max_bytes`` limits each file (default 20 MB); ``batch_size`` articles are written per
        transaction (default 50), so a kill loses at most one batch; ``jobs`` > 1 cleans in
        that many processes (0: one per CPU).
        """
        from .ingest import DEFAULT_BATCH_SIZE, ingest_paths

        report = ingest_paths(self.store, paths, progress=progress, clock=self.clock, max_bytes=max_bytes,
                              batch_size=batch_size or DEFAULT_BATCH_SIZE, jobs=jobs, fetcher=self.fetcher)
        return self._placed(report, update_stories)

    def ingest_records(self, records: Iterable[dict[str, Any]], *, origin: str = "records",
                       update_stories: bool = True):
        """Ingest JSON records (``text`` or ``html`` required), e.g. from the HTTP API."""
        from .ingest import ingest_records

        report = ingest_records(self.store, records, origin=origin, clock=self.clock)
        return self._placed(report, update_stories)

    def ingest_bytes(self, name: str, data: bytes, *, update_stories: bool = True):
        """Ingest one uploaded file's bytes; ``name`` is only used for messages and sniffing."""
        from .ingest import ingest_bytes

        report = ingest_bytes(self.store, name, data, clock=self.clock)
        return self._placed(report, update_stories)

    def _placed(self, report: Any, update_stories: bool) -> Any:
        """Group what an ingest stored into stories (unless the caller will do it later)."""
        if update_stories and report.ingested:
            self.update_stories()
        return report

    # -- articles -------------------------------------------------------------------------

    def articles(self) -> list[Doc]:
        return list(self.store.iter_articles())

    def article_summaries(self) -> list[dict[str, Any]]:
        """Every article as its Article object (``Doc.to_article()``), without raw inputs."""
        return list(self.store.iter_article_summaries())

    def article(self, article_id: str) -> Doc:
        return self.store.get_article(article_id)

    def extract(self, doc: Doc) -> Doc:
        """Run the extraction stages on a stored Doc (cached per pipeline version)."""
        from .extract import extract_doc

        return extract_doc(doc, store=self.store)

    # -- stories --------------------------------------------------------------------------

    def update_stories(self):
        """Place articles that have no story yet into existing or new stories."""
        from .stories import update_stories

        return update_stories(self.store)

    def stories(self):
        return self.store.list_stories()

    def story(self, story_id: str):
        return self.store.get_story(story_id)

    # -- briefs ---------------------------------------------------------------------------

    def brief(self, story_ids: list[str] | None = None):
        """A :class:`crosswire.brief.Brief` for the given stories (all when None)."""
        from .brief import build_brief

        return build_brief(self.store, story_ids)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
