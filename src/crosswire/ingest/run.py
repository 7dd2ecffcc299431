"""Ingest runs: read, skip what is stored, clean, and write in batched transactions.

An article's id is the content hash of what was read (for a record: its ``text`` or
``html``), decided before cleaning, so an article already in the store is skipped without
being cleaned again: re-ingesting is a no-op and a re-run after a crash resumes quickly.
Writes go in transactions of ``batch_size`` articles, so a kill loses at most one batch.
"""

from __future__ import annotations

import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..clock import Clock, SystemClock
from ..doc import Doc, content_id
from ..errors import CrosswireError, InputError, PipelineError, StoreError
from ..store import STORE_ERRORS
from .readers import DEFAULT_MAX_BYTES, RawItem, expand_paths, read_bytes, read_path, record_item

#: articles per write transaction
DEFAULT_BATCH_SIZE = 50
#: also commit when a batch has been open this long (slow cleaning must not hold work hostage)
_FLUSH_SECONDS = 2.0


@dataclass
class IngestReport:
    """What an ingest did: ids stored now, ids already there, and each failure with its reason."""

    ingested: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    run_id: int | None = None
    #: the error code of each failure, in the order of ``failed`` (see crosswire.errors)
    failure_codes: list[str] = field(default_factory=list)
    #: inputs of this run holding the same text as an earlier input of it: (source, earlier source)
    repeated: list[tuple[str, str]] = field(default_factory=list)

    def fail(self, source: str, reason: str, code: str = "bad_input") -> None:
        self.failed.append((source, reason))
        self.failure_codes.append(code)

    @property
    def ok(self) -> bool:
        return not self.failed

    def _codes(self) -> list[str]:
        # failures appended straight to ``failed`` (older callers) count as bad input
        return self.failure_codes + ["bad_input"] * (len(self.failed) - len(self.failure_codes))

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "counts": {"ingested": len(self.ingested), "present": len(self.present), "failed": len(self.failed)},
            "ingested": list(self.ingested),
            "present": list(self.present),
            "failed": [{"source": source, "reason": reason, "code": code}
                       for (source, reason), code in zip(self.failed, self._codes())],
            "run_id": self.run_id,
            "repeated": [{"source": source, "same_as": first} for source, first in self.repeated],
        }


@dataclass
class IngestProgress:
    """Passed to a ``progress`` callback: once at the start (``done`` 0), then after each input."""

    done: int
    total: int
    source: str | None = None
    report: IngestReport | None = None


#: the ingest stages: None (the default ones), a ``Doc -> Doc`` callable, or "module:attr"
#: naming a no-argument factory of one, which worker processes can load for themselves
PipelineRef = Callable[[Doc], Doc] | str | None


def _load_pipeline(ref: str | None) -> Callable[[Doc], Doc]:
    from importlib import import_module

    from ..pipeline import ingest_pipeline

    try:
        if ref is None:
            return ingest_pipeline()
        module, _, attr = ref.partition(":")
        return getattr(import_module(module), attr)()
    except (ImportError, AttributeError) as exc:
        raise PipelineError(f"cannot load the ingest stages: {exc}") from exc


def clean_item(item: RawItem, doc_id: str, pipeline: Callable[[Doc], Doc]) -> Doc:
    """Build the Doc of one read item and run the ingest stages; :class:`InputError` if it
    yields no article."""
    doc = Doc(id=doc_id, raw=item.raw, format=item.format, path=item.path, source_id=item.source_id,
              extra=dict(item.extra))
    for name, value in item.meta.items():
        doc.set_meta(name, value, "record")  # the metadata stage keeps record-given values
    try:
        doc = pipeline(doc)
    except PipelineError as exc:
        cause = exc.__cause__
        if isinstance(cause, InputError):
            raise InputError(item.source, cause.reason) from exc
        raise InputError(item.source, f"cleaning failed: {cause or exc}") from exc
    except CrosswireError as exc:
        raise InputError(item.source, str(exc)) from exc
    except Exception as exc:  # a custom pipeline's bug must not stop the other inputs
        raise InputError(item.source, f"cleaning failed: {type(exc).__name__}: {exc}") from exc
    doc.id = doc_id
    if not doc.text.strip():
        what = "the HTML" if item.format == "html" else "the input"
        raise InputError(item.source, f"no article text could be extracted from {what}")
    return doc


_worker_pipeline: Callable[[Doc], Doc] | None = None


def _clean_in_worker(item: RawItem, doc_id: str, ref: str | None) -> tuple[Doc | None, str | None]:
    """Runs in a worker process: (doc, None) or (None, reason); exceptions do not cross well."""
    global _worker_pipeline
    if _worker_pipeline is None:
        _worker_pipeline = _load_pipeline(ref)
    try:
        doc = clean_item(item, doc_id, _worker_pipeline)
    except InputError as exc:
        return None, exc.reason
    doc.cache.clear()  # per-run scratch (parse trees): never stored, often not picklable
    return doc, None


def _worker_pool(jobs: int) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the parent may run threads (a progress bar, a web server); and the
    # workers are its direct children, so they can tell when it is gone
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_watch_parent, initargs=(os.getpid(),))


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the ingest process dies (kill -9 leaves no orphan cleaning on);
    leave Ctrl-C to the parent, which stops the pool."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="crosswire-parent-watch", daemon=True).start()


class _Run:
    """One ingest run over a store: the batch, the report and the runs-table row.

    With ``jobs`` > 1 (and the default stages) articles are cleaned in that many worker
    processes; results are taken in input order, so the stored order does not depend on it.
    """

    def __init__(self, store: Any, command: str, *, clock: Clock | None, batch_size: int,
                 pipeline: PipelineRef, jobs: int = 1):
        self.store = store
        self.clock = clock or SystemClock()
        self.batch_size = max(1, batch_size)
        self._ref = pipeline if isinstance(pipeline, str) else None
        self._pipeline = None if isinstance(pipeline, str) else pipeline
        # a pipeline object may not cross processes; a "module:attr" reference does
        self.jobs = jobs if self._pipeline is None else 1
        self._pool: Any = None
        self.inflight: deque[tuple[RawItem, str, Any]] = deque()
        self.report = IngestReport()
        self.pending: list[Doc] = []
        self.seen: set[str] = set()
        self.first_source: dict[str, str] = {}  # id -> the input of this run that first held its text
        self.opened = time.monotonic()
        self.report.run_id = store.start_run(command, started_at=self._now())

    def _now(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    @property
    def pipeline(self) -> Callable[[Doc], Doc]:
        if self._pipeline is None:  # built on first need: a pure re-run never loads the cleaner
            self._pipeline = _load_pipeline(self._ref)
        return self._pipeline

    def add(self, item: RawItem) -> None:
        if item.error is not None:
            if self.inflight:  # keep failures in input order behind the articles being cleaned
                from concurrent.futures import Future

                done: Future = Future()
                done.set_result((None, item.error.reason))
                self.inflight.append((item, "", done))
            else:
                self.report.fail(item.error.source, item.error.reason, item.error.code)
            return
        doc_id = content_id(item.raw)
        if doc_id in self.first_source:
            self.report.repeated.append((item.source, self.first_source[doc_id]))
        else:
            self.first_source[doc_id] = item.source
        if doc_id in self.seen or self.store.has_article(doc_id):
            self.report.present.append(doc_id)
            return
        if self.jobs > 1:
            if self._pool is None:
                self._pool = _worker_pool(self.jobs)
            self.seen.add(doc_id)
            self.inflight.append((item, doc_id, self._pool.submit(_clean_in_worker, item, doc_id, self._ref)))
            self.collect(wait=len(self.inflight) >= 4 * self.jobs)
            return
        try:
            doc = clean_item(item, doc_id, self.pipeline)
        except InputError as exc:
            self.report.fail(item.source, exc.reason, exc.code)
            return
        self.seen.add(doc_id)
        self._queue(doc)

    def collect(self, *, wait: bool = False, everything: bool = False) -> None:
        """Take finished worker results in input order (waiting for one, or for all)."""
        from concurrent.futures.process import BrokenProcessPool

        while self.inflight and (everything or wait or self.inflight[0][2].done()):
            item, doc_id, future = self.inflight[0]
            try:
                doc, reason = future.result()
            except BrokenProcessPool:  # a worker died (a crash in a parser): find which input did it
                self._isolate_crash()
                continue
            self.inflight.popleft()
            wait = False
            if doc is None:
                self.seen.discard(doc_id)
                self.report.fail(item.source, reason or "cleaning failed")
            else:
                self._queue(doc)

    def _isolate_crash(self) -> None:
        """Re-clean what was in flight one by one in a fresh worker; an input that kills its
        worker alone is reported, the others go on."""
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None
        redone: deque[tuple[RawItem, str, Any]] = deque()
        for item, doc_id, future in self.inflight:
            if not doc_id or (future.done() and future.exception() is None):
                redone.append((item, doc_id, future))  # a read error, or already cleaned
                continue
            if self._pool is None:
                self._pool = _worker_pool(1)
            result: Future = Future()
            try:
                result.set_result(self._pool.submit(_clean_in_worker, item, doc_id, self._ref).result())
            except BrokenProcessPool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
                result.set_result((None, "cleaning crashed its worker process (a parser bug on this input?)"))
            redone.append((item, doc_id, result))
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self._pool = _worker_pool(self.jobs)
        self.inflight = redone

    def _queue(self, doc: Doc) -> None:
        if not self.pending:
            self.opened = time.monotonic()
        self.pending.append(doc)
        if len(self.pending) >= self.batch_size or time.monotonic() - self.opened > _FLUSH_SECONDS:
            self.flush()

    def drain(self) -> None:
        """Wait for every article being cleaned and commit all: before a blocking read, at the end."""
        self.collect(everything=True)
        self.flush()

    def flush(self) -> None:
        self.opened = time.monotonic()
        if not self.pending:
            return
        now = self._now()
        stored, present = [], []
        try:
            with self.store.transaction():
                for doc in self.pending:
                    # False: stored meanwhile by another process
                    (stored if self.store.put_article(doc, ingested_at=now) else present).append(doc.id)
        except STORE_ERRORS as exc:  # e.g. locked by another writer past the busy timeout, disk full
            raise StoreError(f"cannot write to the store {self.store.path}: {exc}") from exc
        self.report.ingested += stored  # only once committed
        self.report.present += present
        self.pending.clear()

    def finish(self, *, interrupted: bool = False) -> IngestReport:
        try:
            if not interrupted:
                self.drain()
            else:
                for _, _, future in self.inflight:
                    future.cancel()
                try:  # keep what was cleaned before the interruption
                    self.flush()
                except Exception:
                    pass
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=not interrupted, cancel_futures=True)
                self._pool = None
        stats = self.report.to_dict()
        stats.pop("ingested"), stats.pop("present")
        stats["failed"] = stats["failed"][:1000]
        stats["interrupted"] = interrupted
        try:
            self.store.finish_run(self.report.run_id, stats, finished_at=self._now())
        except Exception:
            if not interrupted:
                raise
        return self.report


def _run(store: Any, command: str, items_per_input: Iterable[tuple[str, Iterable[RawItem]]], total: int, *,
         clock: Clock | None, batch_size: int, pipeline: PipelineRef,
         progress: Callable[[IngestProgress], None] | None, jobs: int = 1) -> IngestReport:
    try:
        run = _Run(store, command, clock=clock, batch_size=batch_size, pipeline=pipeline, jobs=jobs)
    except STORE_ERRORS as exc:
        raise StoreError(f"cannot write to the store {getattr(store, 'path', store)}: {exc}") from exc
    if progress:
        progress(IngestProgress(0, total, None, run.report))
    done = 0
    try:
        for source, items in items_per_input:
            if source == "-":
                run.drain()  # stdin may block for long: commit what is cleaned first
            for item in items:
                run.add(item)
            done += 1
            if progress:
                progress(IngestProgress(done, total, source, run.report))
    except BaseException:
        run.finish(interrupted=True)
        raise
    try:
        return run.finish()
    except STORE_ERRORS as exc:
        raise StoreError(f"cannot write to the store {getattr(store, 'path', store)}: {exc}") from exc


def ingest_paths(store: Any, paths: Iterable[Any], *, progress: Callable[[IngestProgress], None] | None = None,
                 clock: Clock | None = None, max_bytes: int | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 pipeline: PipelineRef = None, jobs: int = 1, fetcher: Any = None) -> IngestReport:
    """Ingest files, directories (recursively), ``-`` (stdin) and http(s) URLs into ``store``.

    One bad input never stops the rest: it becomes a ``(source, reason)`` in ``failed``.
    ``jobs`` > 1 cleans in that many processes (0: one per CPU); the result is the same.
    """
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not the characters of one
    paths = [os.fspath(p) for p in paths]
    limit = max_bytes or DEFAULT_MAX_BYTES
    inputs: list[str | InputError] = list(expand_paths(paths))

    def items() -> Iterable[tuple[str, Iterable[RawItem]]]:
        for entry in inputs:
            if isinstance(entry, InputError):
                yield entry.source, [RawItem(source=entry.source, error=entry)]
            else:
                yield entry, read_path(entry, max_bytes=limit, fetcher=fetcher)

    command = "ingest " + " ".join(paths)
    return _run(store, command[:2000], items(), len(inputs), clock=clock, batch_size=batch_size,
                pipeline=pipeline, progress=progress, jobs=jobs)


def ingest_records(store: Any, records: Iterable[Any], *, origin: str = "records", clock: Clock | None = None,
                   max_bytes: int | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                   pipeline: PipelineRef = None) -> IngestReport:
    """Ingest JSON records (``text`` or ``html`` required); failures are named ``origin:N``."""
    limit = max_bytes or DEFAULT_MAX_BYTES

    def items() -> Iterable[tuple[str, Iterable[RawItem]]]:
        for number, record in enumerate(records, start=1):
            where = f"{origin}:{number}"
            yield where, [record_item(record, where, path=None, number=number, max_bytes=limit)]

    return _run(store, f"ingest-records {origin}", items(), 0, clock=clock, batch_size=batch_size,
                pipeline=pipeline, progress=None)


def ingest_bytes(store: Any, name: str, data: bytes, *, clock: Clock | None = None, max_bytes: int | None = None,
                 pipeline: PipelineRef = None) -> IngestReport:
    """Ingest one uploaded file's bytes (text, HTML, gzip, JSON lines); ``name`` is its file name."""
    limit = max_bytes or DEFAULT_MAX_BYTES
    return _run(store, f"ingest-bytes {name}", [(name, read_bytes(name, data, max_bytes=limit))], 1, clock=clock,
                batch_size=DEFAULT_BATCH_SIZE, pipeline=pipeline, progress=None)
