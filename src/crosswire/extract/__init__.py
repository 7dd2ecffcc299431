"""Extraction: entities, quantities, times, quotes and appearances as spans of ``Doc.text``.

::

    from crosswire.extract import extract_doc
    doc = extract_doc(doc)                 # runs crosswire.pipeline.extract_pipeline()
    [doc.span_text(s) for s in doc.spans_of("time")]

With a store, results are cached per article, per pipeline (``name@version`` of every stage)
and per ``context_date``, so a second run reads spans instead of parsing again.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..doc import Doc

__all__ = ["extract_doc", "extract_many", "pipeline_key"]


def _pipeline():
    """The default extraction pipeline; stages whose module is not there yet are left out
    with a warning (so entities/quantities/times work while quotes are being written)."""
    import warnings

    from ..pipeline import EXTRACT_STAGES, STORED_FIELDS, Pipeline, extract_pipeline, load_stage, plugin_stages

    try:
        return extract_pipeline()
    except ModuleNotFoundError:
        stages = []
        for ref in EXTRACT_STAGES:
            try:
                stages.append(load_stage(ref))
            except ModuleNotFoundError as exc:
                if not (exc.name or "").startswith("crosswire."):
                    raise
                warnings.warn(f"extraction stage {ref} is not available ({exc}); skipping it", stacklevel=3)
        return Pipeline(stages + plugin_stages(), provides=STORED_FIELDS)


def pipeline_key(pipeline=None) -> str:
    """The cache key of a pipeline: its stages' ``name@version``, joined."""
    return ",".join((pipeline or _pipeline()).names)


def _from_cache(doc: Doc, store, key: str) -> bool:
    if store is None or not doc.id:
        return False
    spans = store.get_spans(doc.id, key, doc.context_date)
    if spans is None:
        return False
    doc.spans = spans
    doc.stages = key.split(",") if key else []
    return True


def _run(doc: Doc, pipeline, store, key: str) -> Doc:
    doc.stages = []
    # stages replace their own labels, so a re-run does not duplicate spans
    doc = pipeline(doc)
    if store is not None and doc.id and store.has_article(doc.id):
        store.put_spans(doc.id, key, doc.context_date, doc.spans)
    return doc


def extract_doc(doc: Doc, store=None, *, pipeline=None) -> Doc:
    """Run the extraction pipeline on ``doc`` (cached in ``store`` when given); returns ``doc``."""
    pipeline = pipeline or _pipeline()
    key = pipeline_key(pipeline)
    if _from_cache(doc, store, key):
        return doc
    return _run(doc, pipeline, store, key)


def _no_parses() -> Iterator:
    yield from ()


def extract_many(docs: Iterable[Doc], store=None, *, batch_size: int = 64, pipeline=None,
                 jobs: int | None = None) -> Iterator[Doc]:
    """Extract a stream of Docs, parsing in batches with ``nlp.pipe`` (much faster than one by one).

    Yields each Doc once extracted, in input order. ``jobs`` is how many processes parse a
    batch (see :func:`crosswire.extract.nlp.parse_jobs`: by default several for big batches
    where that is safe, one otherwise); the result is the same.
    """
    from .nlp import parse_texts, set_parse

    pipeline = pipeline or _pipeline()
    key = pipeline_key(pipeline)
    batch: list[Doc] = []

    def flush() -> Iterator[Doc]:
        todo = {id(d) for d in batch if not _from_cache(d, store, key)}
        need_parse = [d for d in batch if id(d) in todo
                      and (d.cache.get("spacy") is None or d.cache.get("spacy_text") != d.text)]
        parses = (parse_texts([d.text for d in need_parse], jobs=jobs, batch_size=batch_size) if need_parse
                  else _no_parses())
        waiting = {id(d) for d in need_parse}
        for d in batch:
            if id(d) in waiting:
                set_parse(d, next(parses))
            if id(d) in todo:
                _run(d, pipeline, store, key)
            yield d
        parses.close()  # ends the parsing processes now, not when the generator is collected
        batch.clear()

    # a few parse batches at a time, so parsing processes work ahead while the stages run here
    chunk = batch_size * 4
    for doc in docs:
        batch.append(doc)
        if len(batch) >= chunk:
            yield from flush()
    if batch:
        yield from flush()
