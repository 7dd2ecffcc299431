"""Fetching articles, feeds and archives given as http(s) URLs.

The network sits behind :class:`Fetcher`, one method that returns a :class:`Fetched`; the
default :class:`HttpFetcher` uses httpx with a timeout, a redirect limit and the per-file
size limit enforced while streaming, so a huge or endless response is cut off early.
Nothing is fetched unless the user names a URL: crosswire works offline otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

from ..errors import InputError, InputTooLarge

USER_AGENT = "crosswire (news brief; +https://pypi.org/project/crosswire/)"


def is_url(name: str) -> bool:
    return re.match(r"(?i)https?://[^\s/]+", name) is not None


@dataclass
class Fetched:
    """What a URL gave: the final address after redirects, its bytes and when it was fetched."""

    url: str
    data: bytes
    content_type: str = ""
    fetched_at: str = ""  # ISO time: bounds a dateline's year, never the publication date


class Fetcher(Protocol):
    def fetch(self, url: str, *, max_bytes: int) -> Fetched:
        """The response body of ``url``; :class:`InputError` (naming the URL) when it cannot be had."""
        ...


class HttpFetcher:
    """httpx GET with redirects (at most 5), a timeout, and the size limit applied while reading."""

    def __init__(self, *, timeout: float = 20.0, user_agent: str = USER_AGENT):
        self.timeout = timeout
        self.user_agent = user_agent

    def fetch(self, url: str, *, max_bytes: int) -> Fetched:
        import httpx

        headers = {"User-Agent": self.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                                                             "application/rss+xml,application/atom+xml,*/*;q=0.5"}
        try:
            with httpx.Client(follow_redirects=True, max_redirects=5, timeout=self.timeout, headers=headers) as client:
                with client.stream("GET", url) as response:
                    if response.status_code >= 400:
                        raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise InputTooLarge(url, f"response is {int(declared):,} bytes, over the {max_bytes:,} byte limit")
                    chunks, size = [], 0
                    # raw bytes: a gzip file served as such stays gzip (the reader unpacks it);
                    # a gzip *transfer* encoding is undone by httpx
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise InputTooLarge(url, f"response is over the {max_bytes:,} byte limit")
                        chunks.append(chunk)
                    return Fetched(url=str(response.url), data=b"".join(chunks),
                                   content_type=response.headers.get("content-type", ""),
                                   fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        except InputError:
            raise
        except httpx.TooManyRedirects:
            raise InputError(url, "too many redirects") from None
        except httpx.TimeoutException:
            raise InputError(url, f"timed out after {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise InputError(url, f"cannot fetch: {exc or type(exc).__name__}") from None
