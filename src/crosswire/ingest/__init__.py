"""Ingestion: read files, directories, stdin, uploads and JSON records into the store.

    from crosswire.ingest import ingest_paths
    report = ingest_paths(store, ["articles/", "feed.jsonl.gz"])
    print(report.to_dict()["counts"])

Formats are sniffed from content: plain text, HTML (also gzip-compressed), JSON lines
(``text`` or ``html`` required; ``id``, ``url``, ``title``, ``published``, ``outlet``
optional; other fields kept in ``Doc.extra``) and JSON arrays of such records.
"""

from .readers import DEFAULT_MAX_BYTES, RawItem, expand_paths, read_bytes, read_path, record_item
from .run import DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, ingest_bytes, ingest_paths, ingest_records

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MAX_BYTES",
    "IngestProgress",
    "IngestReport",
    "RawItem",
    "expand_paths",
    "ingest_bytes",
    "ingest_paths",
    "ingest_records",
    "read_bytes",
    "read_path",
    "record_item",
]
