"""Blocking for story grouping: which placed articles a new one is compared with (see
:mod:`.cluster`)."""

from __future__ import annotations

from typing import Iterable


class KeyIndex:
    """Blocking: an inverted index from a key (a distinctive term) to the articles storing it.

    Exact where a MinHash LSH samples: two articles sharing any key are candidates. A key
    is one of an article's top tf-idf terms, so its list stays short; a common one (a
    city's name) is what ``MAX_CANDIDATES`` nearest in time then bounds.
    """

    def __init__(self) -> None:
        self._postings: dict[str, list[str]] = {}

    def insert(self, article_id: str, keys: Iterable[str]) -> None:
        postings = self._postings
        for key in keys:
            found = postings.get(key)
            if found is None:
                postings[key] = [article_id]
            else:
                found.append(article_id)

    def query(self, keys: Iterable[str]) -> set[str]:
        """The articles storing any of ``keys``."""
        out: set[str] = set()
        postings = self._postings
        for key in keys:
            found = postings.get(key)
            if found:
                out.update(found)
        return out
