"""Ingestion: read files, directories, stdin, uploads and JSON records into the store.

    from crosswire.ingest import ingest_paths
    report = ingest_paths(store, ["articles/", "feed.jsonl.gz"])
    print(report.to_dict()["counts"])

Formats are sniffed from content: plain text, HTML (also gzip-compressed), JSON lines
(``text`` or ``html`` required; ``id``, ``url``, ``title``, ``published``, ``outlet``
optional; other fields kept in ``Doc.extra``), JSON arrays of such records, WARC web
archives (one article per HTML response) and RSS/Atom feeds (one per entry with a body).

An article's id is the hash of what was read, so an article already stored is skipped
without being cleaned again; writes are batched, so a killed run loses at most one batch
and a re-run resumes. ``jobs=N`` cleans in N worker processes with the same result.
"""

from .readers import DEFAULT_MAX_BYTES, RawItem, expand_paths, read_bytes, read_path, record_item
from .run import (DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, PipelineRef, clean_item, ingest_bytes,
                  ingest_paths, ingest_records)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MAX_BYTES",
    "IngestProgress",
    "IngestReport",
    "PipelineRef",
    "RawItem",
    "clean_item",
    "expand_paths",
    "ingest_bytes",
    "ingest_paths",
    "ingest_records",
    "read_bytes",
    "read_path",
    "record_item",
]
