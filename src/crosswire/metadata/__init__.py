"""Metadata: title, outlet, publication date and syndication, each value with its provenance.

``metadata_stage`` is the pipeline stage (requires ``text``; assigns ``title``, ``outlet``,
``published``, ``syndicated_from``). Values given in a JSONL record (source ``"record"``)
are never overridden.
"""

from .dateline import Dateline, find_credits, parse_dateline
from .dates import DateMention, find_dates, infer_year, is_date_line
from .stage import metadata_doc, metadata_stage

__all__ = [
    "metadata_stage", "metadata_doc", "parse_dateline", "find_credits", "Dateline",
    "find_dates", "infer_year", "is_date_line", "DateMention",
]
