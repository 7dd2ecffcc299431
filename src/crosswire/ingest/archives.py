"""Readers for web archives (WARC) and news feeds (RSS, Atom, RDF).

Both hold many articles in one file, so like JSON lines they are read record by record: the
size limit applies to each record, one bad record is reported by its position and the rest
are read. A WARC's capture date is when a crawler fetched the page, not when it was
published, so it is kept in ``extra`` (``crawled``) and never used as the publication date.
"""

from __future__ import annotations

import io
import re
import time
from datetime import date
from typing import Any, BinaryIO, Iterator

from ..errors import InputError, InputTooLarge, UnsupportedFormat
from .decode import decode_bytes

#: WARC record types that carry a page (a crawler's response, or a stored resource)
_PAGE_RECORDS = {"response", "resource"}
_PAGE_TYPES = re.compile(r"text/html|application/xhtml|text/plain", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)


def looks_like_warc(head: bytes) -> bool:
    return head.lstrip(b"\r\n").startswith((b"WARC/1.", b"WARC/0."))


def looks_like_feed(head: bytes) -> bool:
    """An XML document whose root element is ``rss``, ``feed`` (Atom) or ``rdf:RDF``."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"<"):
        return False
    # skip the XML declaration, comments and processing instructions before the root
    body = re.sub(rb"^(?:\s*<\?.*?\?>|\s*<!--.*?-->|\s*<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*", b"", text[:4096], flags=re.S)
    return _FEED_ROOT.match(body.lstrip()) is not None


# -- WARC -------------------------------------------------------------------------------


def read_warc(stream: BinaryIO, source: str, *, path: str | None, max_bytes: int) -> Iterator[Any]:
    """One :class:`~crosswire.ingest.readers.RawItem` per HTML or text page in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .readers import RawItem, failed

    number = 0
    records = ArchiveIterator(io.BufferedReader(stream, buffer_size=1024 * 1024) if isinstance(stream, io.RawIOBase)
                              else stream, arc2warc=True)
    try:
        for record in records:
            if record.rec_type not in _PAGE_RECORDS:
                continue
            number += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            where = f"{source}#{number}" + (f" <{url}>" if url else "")
            content_type = _content_type(record)
            status = record.http_headers.get_statuscode() if record.http_headers else None
            if status and not status.startswith("2"):
                continue  # redirects and errors are not articles
            if content_type and not _PAGE_TYPES.search(content_type):
                continue  # images, scripts, style sheets
            try:
                data = _read_record(record, where, max_bytes)
                is_html = "text/plain" not in (content_type or "").lower()
                text = decode_bytes(data, where, html=is_html, declared=_charset(content_type))
            except InputError as exc:
                yield failed(exc)
                continue
            if not text.strip():
                continue  # an empty response (HEAD, 204) is not an article the user gave
            meta = {"url": url} if url else {}
            extra: dict[str, Any] = {}
            crawled = record.rec_headers.get_header("WARC-Date")
            if crawled:
                extra["crawled"] = crawled
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            yield RawItem(source=where, raw=text, format="html" if is_html else "text", path=path,
                          source_id=url or record_id or str(number), meta=meta, extra=extra)
    except ArchiveLoadFailed as exc:
        yield failed(InputError(f"{source}#{number + 1}", f"unreadable WARC record ({_first_line(exc)})"))
    except Exception as exc:  # warcio fails on broken headers with any error type: name the record
        yield failed(InputError(f"{source}#{number + 1}", f"WARC data is truncated or corrupt ({_first_line(exc)})"))


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _charset(content_type: str | None) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    return match.group(1) if match else None


def _read_record(record: Any, where: str, max_bytes: int) -> bytes:
    stream = record.content_stream()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        from .readers import _mb

        raise InputTooLarge(where, f"record is over the {_mb(max_bytes)} limit per record")
    return data


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


# -- feeds ------------------------------------------------------------------------------


def read_feed(data: bytes, source: str, *, path: str | None, max_bytes: int) -> Iterator[Any]:
    """One RawItem per feed entry that carries a body (``content:encoded``, Atom content or a
    summary); the channel's title is the outlet, the entry's date its publication date."""
    import feedparser

    from .readers import RawItem, failed

    # bytes, never a string: feedparser fetches a string that looks like a URL
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({_first_line(reason)})" if parsed.get("bozo") and reason else ""
        yield failed(UnsupportedFormat(source, f"feed has no entries{detail}"))
        return
    outlet = (parsed.get("feed") or {}).get("title", "").strip()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}#{number}"
        body, fmt = _entry_body(entry)
        if not body.strip():
            yield failed(InputError(where, "feed entry has no content or summary"))
            continue
        if len(body.encode("utf-8")) > max_bytes:
            from .readers import _mb

            yield failed(InputTooLarge(where, f"feed entry is over the {_mb(max_bytes)} limit per record"))
            continue
        meta: dict[str, Any] = {}
        title = (entry.get("title") or "").strip()
        if title:
            meta["title"] = title
        if entry.get("link"):
            meta["url"] = entry["link"]
        # an aggregator's entry names its own outlet (RSS <source>); else the channel is the outlet
        entry_outlet = ((entry.get("source") or {}).get("title") or "").strip() or outlet
        if entry_outlet:
            meta["outlet"] = entry_outlet
        published = _entry_date(entry)
        if published:
            meta["published"] = published
        source_id = entry.get("id") or entry.get("link") or str(number)
        yield RawItem(source=where, raw=_with_title(body, title, fmt), format=fmt, path=path,
                      source_id=str(source_id), meta=meta)


def _entry_body(entry: Any) -> tuple[str, str]:
    """The fullest body an entry has: its content (longest part), else its summary."""
    parts = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if parts:
        best = max(parts, key=lambda c: len(c["value"]))
        return best["value"], "text" if best.get("type") == "text/plain" else "html"
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return summary, "text" if detail.get("type") == "text/plain" else "html"


def _with_title(body: str, title: str, fmt: str) -> str:
    """Feed bodies are fragments without a headline; give the HTML one so it reads as a page."""
    if fmt != "html" or not title or "<h1" in body.lower():
        return body
    from html import escape

    return f"<html><head><title>{escape(title)}</title></head><body><article>{body}</article></body></html>"


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except ValueError:
                continue
    return None
