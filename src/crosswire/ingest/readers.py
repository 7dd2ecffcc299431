"""Readers: paths, directories, stdin, bytes and JSON records to :class:`RawItem`.

The format is sniffed from the content (gzip magic, JSON lines, HTML tags); a file's
extension is only a hint. A reader never raises for one bad input: it yields a
:class:`RawItem` whose ``error`` says what is wrong, and moves on.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from ..errors import EmptyInput, InputError, InputTooLarge, UnsupportedFormat
from .archives import looks_like_feed, looks_like_warc, read_feed, read_warc
from .decode import check_not_binary, decode_bytes
from .fetch import Fetcher, HttpFetcher, is_url

#: default per-file (per-record for JSON lines) size limit
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: most tags an HTML page may have: 5x the largest of 1,171 real news pages (about 20,000);
#: cleaning time grows faster than linearly with the tag count, so a tag bomb is refused
MAX_HTML_TAGS = 100_000
_HEAD = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml"}
_JSON_EXTS = {".jsonl", ".ndjson", ".json"}
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|br|h[1-6]|script|"
                       r"style|a|main|header|footer|nav|ul|li|table)\b[^>]*>?", re.I)
#: metadata a record may give; stored with provenance "record"
RECORD_META = ("title", "published", "outlet", "url")
#: where exports put an article's body, first non-empty one wins: crosswire's own fields, then
#: news-please ("maintext"), NewsAPI and most scrapers ("content", "body", "article"), saved pages
#: ("raw_html"); a format of None means HTML when the value looks like a page, else text
BODY_FIELDS: tuple[tuple[str, str | None], ...] = (
    ("text", "text"), ("html", "html"), ("maintext", "text"), ("content", None), ("body", None),
    ("article", None), ("raw_html", "html"))
#: the names other exports give the metadata fields (news-please, NewsAPI, schema.org, feeds;
#: "dct" is the document creation time of TimeML-annotated corpora)
META_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "publishedAt", "published_at", "datePublished", "pubDate",
                  "date", "dct"),
    "outlet": ("outlet", "source_name", "source_domain", "publisher", "site_name", "source"),
    "url": ("url", "link", "uri"),
}
_ID_FIELDS = ("id", "doc_id", "_id", "guid")


@dataclass
class RawItem:
    """One article as read, before cleaning; or, with ``error`` set, why it could not be read."""

    source: str  # names the input in messages: "dir/a.txt", "feed.jsonl:12", "<stdin>"
    raw: str = ""
    format: str = "text"  # text | html
    path: str | None = None
    source_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    error: InputError | None = None


def failed(exc: InputError) -> RawItem:
    return RawItem(source=exc.source, error=exc)


# -- paths ------------------------------------------------------------------------------


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | InputError]:
    """Files to read, in order: directories walked recursively (sorted, hidden names skipped).

    Yields path strings as the user gave them (``dir/sub/a.txt``), ``"-"`` for stdin, or an
    :class:`InputError` for a path that does not exist.
    """
    for given in paths:
        name = os.fspath(given)
        if name == "-" or is_url(name):
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield name
        else:
            yield InputError(name, "no such file or directory")


def _walk(root: Path) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            path = Path(dirpath) / filename
            # only regular files: a pipe or socket inside a directory would block the walk
            if not filename.startswith(".") and path.is_file():
                yield str(path)


def read_path(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES, fetcher: Fetcher | None = None) -> Iterator[RawItem]:
    """The articles in one file (several for JSON lines, feeds and archives), ``-`` for stdin,
    or an http(s) URL (fetched with ``fetcher``, by default :class:`HttpFetcher`)."""
    try:
        if is_url(name):
            yield from read_url(name, max_bytes=max_bytes, fetcher=fetcher or HttpFetcher())
            return
        if name == "-":
            stream: BinaryIO = sys.stdin.buffer
            yield from read_stream(stream, "<stdin>", path="-", max_bytes=max_bytes)
            return
        path = Path(name)
        with path.open("rb") as stream:  # pipes too (`<(zcat feed.gz)`): the size limit bounds the read
            size = path.stat().st_size if path.is_file() else None
            yield from read_stream(stream, name, path=name, max_bytes=max_bytes, size=size)
    except InputError as exc:
        yield failed(exc)
    except OSError as exc:
        yield failed(InputError(name, f"cannot read: {exc.strerror or exc}"))


def read_url(url: str, *, max_bytes: int, fetcher: Fetcher) -> Iterator[RawItem]:
    """The articles at a URL: a page gets the final URL (after redirects); every item gets the
    fetch time as its crawl date (it bounds a dateline's year; it is not a publication date)."""
    fetched = fetcher.fetch(url, max_bytes=max_bytes)
    for item in read_stream(io.BytesIO(fetched.data), url, path=None, max_bytes=max_bytes, size=len(fetched.data)):
        if item.error is None:
            item.meta.setdefault("url", fetched.url)
            if fetched.fetched_at:
                item.extra.setdefault("fetched", fetched.fetched_at)
        yield item


def read_bytes(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawItem]:
    """The articles in an uploaded file's bytes; ``name`` is used for messages and hints."""
    try:
        yield from read_stream(io.BytesIO(data), name, path=name, max_bytes=max_bytes, size=len(data))
    except InputError as exc:
        yield failed(exc)


def read_stream(stream: BinaryIO, source: str, *, path: str | None, max_bytes: int,
                size: int | None = None) -> Iterator[RawItem]:
    """Sniff a byte stream (gzip, JSON lines, HTML, text) and yield its articles."""
    head = stream.read(_HEAD)
    hint = _extension(source)
    if head.startswith(_GZIP_MAGIC):
        stream = _Gunzip(_Prefixed(head, stream))
        head = _read_upto(stream, _HEAD, source)
        size = None  # unknown until decompressed
        if hint == ".gz":
            hint = _extension(source[:-3])
    if not head.strip():
        raise EmptyInput(source, "empty file" if not head else "file contains only whitespace")
    if looks_like_warc(head):  # before the binary check: a WARC may hold images among its pages
        yield from read_warc(_Prefixed(head, stream), source, path=path, max_bytes=max_bytes)
        return
    check_not_binary(head, source)
    if looks_like_feed(head):
        data = head + _read_limited(stream, source, max_bytes - len(head), size=size, max_bytes=max_bytes)
        yield from read_feed(data, source, path=path, max_bytes=max_bytes)
        return
    if _looks_like_json_lines(head, hint):
        yield from _read_json_lines(_Prefixed(head, stream), source, path=path, max_bytes=max_bytes)
        return
    data = head + _read_limited(stream, source, max_bytes - len(head), size=size, max_bytes=max_bytes)
    # the extension alone does not make HTML: a ".html" file without a single tag is text
    is_html = _looks_like_html(head) or (hint in _HTML_EXTS and re.search(rb"<[A-Za-z!/]", head) is not None)
    text = decode_bytes(data, source, html=is_html)
    if not text.strip():
        raise EmptyInput(source, "file contains only whitespace")
    if text.lstrip().startswith(("[", "{")):
        records = _json_document(text)
        if records is None and hint == ".json":
            raise UnsupportedFormat(source, "JSON file is neither a record nor a list of records with an article's text")
        if records is not None:
            for number, record in enumerate(records, start=1):
                yield record_item(record, f"{source}:{number}", path=path, number=number, max_bytes=max_bytes)
            return
    if not is_html:
        is_html = _looks_like_html(text[:_HEAD])
    if is_html:
        _check_tag_count(text, source)
    yield RawItem(source=source, raw=text, format="html" if is_html else "text", path=path)


def _check_tag_count(html: str, source: str) -> None:
    tags = html.count("<")
    if tags > MAX_HTML_TAGS:
        raise InputTooLarge(source, f"HTML has {tags:,} tags, over the {MAX_HTML_TAGS:,} limit for one page")


def _read_limited(stream: BinaryIO, source: str, budget: int, *, size: int | None, max_bytes: int) -> bytes:
    if size is not None and size > max_bytes:
        raise InputTooLarge(source, f"file is {_mb(size)}, over the {_mb(max_bytes)} limit per file")
    rest = _read_upto(stream, budget + 1, source) if budget >= 0 else b"x"
    if len(rest) > budget:
        raise InputTooLarge(source, f"content is over the {_mb(max_bytes)} limit per file")
    return rest


def _read_upto(stream: BinaryIO, limit: int, source: str) -> bytes:
    """Up to ``limit`` bytes; a truncated compressed stream gives what it holds (a cut-off
    download still has its first paragraphs), a corrupt one an :class:`InputError`."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        try:
            chunk = stream.read(min(_HEAD, limit - total))
        except EOFError:
            break  # compressed data ends early
        except (OSError, zlib.error) as exc:
            raise InputError(source, f"corrupt gzip data ({exc})") from exc
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _mb(n: int) -> str:
    """A size for messages: "20 MB", "50.5 MB", "64 KB", "900 bytes"."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB" if n % (1024 * 1024) else f"{n // (1024 * 1024)} MB"


def _extension(name: str) -> str:
    return Path(name).suffix.lower()


class _Prefixed(io.RawIOBase):
    """A stream that first returns ``prefix``, then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO):
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        chunk = self._stream.read(len(buffer))
        buffer[:len(chunk)] = chunk
        return len(chunk)


class _Gunzip(io.RawIOBase):
    """Streaming gzip (multi-member) that hands out every byte it can before reporting a
    truncated stream, unlike :class:`gzip.GzipFile`, whose buffered reads lose them."""

    def __init__(self, stream: Any):
        self._stream = stream
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._tail = b""  # compressed input not yet inflated
        self._member_open = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._tail:
                out = self._inflater.decompress(self._tail, len(buffer))
                self._tail = self._inflater.unconsumed_tail
                if self._inflater.eof:  # end of one member; another may follow
                    self._tail = self._inflater.unused_data.lstrip(b"\x00") + self._tail
                    self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    self._member_open = False
                if out:
                    buffer[:len(out)] = out
                    return len(out)
                if self._tail:
                    continue
            chunk = self._stream.read(_HEAD)
            if not chunk:
                if self._member_open:
                    raise EOFError("compressed data ends before its end-of-stream marker")
                return 0
            self._tail = chunk
            self._member_open = True


# -- sniffing ---------------------------------------------------------------------------


def _looks_like_html(text: str | bytes) -> bool:
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] == "<" and re.match(r"<[A-Za-z!?/]", stripped):
        return True
    return len(_HTML_TAG.findall(text[:8192])) >= 2


def _looks_like_json_lines(head: bytes, hint: str) -> bool:
    """JSON lines: the first non-blank line is a JSON object (or the extension says so)."""
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if not text.startswith("{"):
        return False
    if hint in (".jsonl", ".ndjson"):
        return True
    first, newline, _ = text.partition("\n")
    if not newline and len(head) >= _HEAD:
        # a first line longer than the head: judge by its opening '{"key":'
        return re.match(r'\{\s*"(?:[^"\\]|\\.)*"\s*:', first) is not None
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _json_document(text: str) -> list[dict[str, Any]] | None:
    """A whole-file JSON array of records (or one object); None when the text is not that."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    return None


# -- JSON records -----------------------------------------------------------------------


def _read_json_lines(stream: io.RawIOBase, source: str, *, path: str | None, max_bytes: int) -> Iterator[RawItem]:
    buffered = io.BufferedReader(stream, buffer_size=1024 * 1024)
    number = 0
    while True:
        try:
            line = buffered.readline(max_bytes + 1)
        except (OSError, EOFError, zlib.error) as exc:
            yield failed(InputError(f"{source}:{number + 1}", f"gzip data is truncated or corrupt ({exc})"))
            return
        if not line:
            return
        number += 1
        where = f"{source}:{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            yield failed(InputTooLarge(where, f"line is over the {_mb(max_bytes)} limit per record"))
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = buffered.readline(max_bytes + 1)
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = decode_bytes(line, where)
            except InputError as exc:
                yield failed(exc)
                continue
        try:
            record = json.loads(text)
        except ValueError as exc:
            detail = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield failed(InputError(where, f"invalid JSON ({detail})"))
            continue
        yield record_item(record, where, path=path, number=number)


def record_item(record: Any, where: str, *, path: str | None, number: int,
                max_bytes: int = DEFAULT_MAX_BYTES) -> RawItem:
    """One JSON record as a :class:`RawItem`: its body from the first of :data:`BODY_FIELDS` it has,
    its metadata under crosswire's names or the :data:`META_ALIASES` other exports use."""
    if not isinstance(record, dict):
        return failed(InputError(where, f"expected a JSON object, found {type(record).__name__}"))
    body, fmt, used = None, "text", set()
    for key, kind in BODY_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            if key in ("text", "html"):  # crosswire's own fields: a wrong type is a broken record
                return failed(InputError(where, f"field {key!r} must be a string, found {type(value).__name__}"))
            continue  # another export's "body" or "content" may be a structure, not the article
        if value.strip():
            body, fmt = value, kind or ("html" if _looks_like_html(value) else "text")
            used.add(key)
            break
    if body is None:
        if any(isinstance(record.get(k), str) for k, _ in BODY_FIELDS):
            return failed(EmptyInput(where, "record's text is empty"))
        names = ", ".join(repr(k) for k, _ in BODY_FIELDS)
        return failed(InputError(where, f"record has no article text (none of the fields {names})"))
    if len(body) > max_bytes and len(body.encode("utf-8")) > max_bytes:
        return failed(InputTooLarge(where, f"record's text is over the {_mb(max_bytes)} limit per record"))
    if body.count("\x00") > 0.001 * len(body):
        return failed(UnsupportedFormat(where, "record's text contains NUL characters (binary data)"))
    body = body.replace("\x00", "")  # a stray NUL is noise, not a reason to drop the article
    if fmt == "html":
        try:
            _check_tag_count(body, where)
        except InputTooLarge as exc:
            return failed(exc)
    id_key = next((k for k in _ID_FIELDS if record.get(k) not in (None, "")), None)
    source_id = str(record[id_key]) if id_key else str(number)
    used.add(id_key)
    meta: dict[str, Any] = {}
    values: dict[str, Any] = {}
    for name, aliases in META_ALIASES.items():
        for alias in aliases:
            value = record.get(alias)
            if isinstance(value, dict):  # NewsAPI's "source": {"id": …, "name": "Reuters"}
                value = value.get("name")
            if value not in (None, "") and not isinstance(value, (list, dict)):
                values[name] = value
                used.add(alias)
                break
    extra = {k: v for k, v in record.items() if k not in used}
    for name in RECORD_META:
        value = values.get(name)
        if value is None:
            continue
        value = str(value).strip()
        if name == "published":
            day = normalize_date(value)
            if day is None:
                extra["published_raw"] = value  # keep it; the metadata stage may still find a date
                continue
            value = day
        meta[name] = value
    return RawItem(source=where, raw=body, format=fmt, path=path, source_id=source_id, meta=meta, extra=extra)


def normalize_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from an ISO date/time, Unix time, an RFC 2822 date (feeds) or a written
    date with a year ("26 octobre 2025"); None when the value is none of these."""
    value = value.strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return datetime(int(match[1]), int(match[2]), int(match[3])).date().isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{9,10}(\d{3})?(\.\d+)?", value):  # Unix time, in seconds or milliseconds
        seconds = float(value) / (1000 if len(value.split(".")[0]) > 10 else 1)
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"\b(19|20)\d\d\b", value):
        return None  # no year, no absolute date (and dateparser is slow at failing on prose)
    import dateparser  # only for the rare free-form date

    parsed = dateparser.parse(value, languages=None, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None
