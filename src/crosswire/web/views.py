"""Presentation only: turn a brief's Story dict into what the story page draws.

No judgement about news happens here (that is the library's job); this module builds the
fact-by-article matrix, names source badges, and splits an article into kept and
struck-through pieces. The timeline picture is laid out in :mod:`crosswire.web.timeline`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: number of badge colours in the stylesheet (.badge-c0 ... .badge-c7)
BADGE_COLOURS = 8


@dataclass
class Source:
    """How one article is shown wherever it is cited."""

    id: str
    label: str
    colour: int
    title: str | None = None
    published: str | None = None
    copy_of: str | None = None


def source_badges(articles: list[dict[str, Any]], copies: dict[str, str] | None = None) -> dict[str, Source]:
    """A badge per article: its outlet (numbered when an outlet has several), a stable colour."""
    copies = copies or {}
    per_outlet: dict[str, int] = {}
    for article in articles:
        outlet = article.get("outlet") or ""
        per_outlet[outlet] = per_outlet.get(outlet, 0) + 1
    seen: dict[str, int] = {}
    badges: dict[str, Source] = {}
    for index, article in enumerate(articles):
        article_id = str(article.get("id"))
        outlet = article.get("outlet") or ""
        if outlet:
            seen[outlet] = seen.get(outlet, 0) + 1
            label = outlet if per_outlet[outlet] == 1 else f"{outlet} #{seen[outlet]}"
        else:
            label = article_id[:8]
        badges[article_id] = Source(article_id, label, index % BADGE_COLOURS, article.get("title"),
                                    article.get("published"), copies.get(article_id))
    return badges


def badge_for(badges: dict[str, Source], article_id: str) -> Source:
    """The badge of a cited id, tolerating an id that is not among the story's articles."""
    return badges.get(article_id) or Source(article_id, article_id[:8], BADGE_COLOURS - 1)


def copies_of(story: Any) -> dict[str, str]:
    """``{article id: id of the article it copies}`` from a Story's ``copies`` however shaped."""
    mapping = getattr(story, "copy_of", None)
    if isinstance(mapping, dict):
        return {str(k): str(v) for k, v in mapping.items()}
    copies = getattr(story, "copies", None)
    if copies is None and isinstance(story, dict):
        copies = story.get("copies")
    out: dict[str, str] = {}
    if isinstance(copies, dict):
        for key, value in copies.items():
            if isinstance(value, str):
                out[str(key)] = value
            elif isinstance(value, (list, tuple, set)):  # original -> [its copies]
                for copy_id in value:
                    out[str(copy_id)] = str(key)
    elif isinstance(copies, (list, tuple)):
        for item in copies:
            if isinstance(item, dict):
                copy_id = item.get("article") or item.get("id") or item.get("article_id")
                original = item.get("copy_of") or item.get("of") or item.get("original")
                if copy_id and original:
                    out[str(copy_id)] = str(original)
            elif isinstance(item, (list, tuple)) and len(item) == 2:
                out[str(item[0])] = str(item[1])
            elif getattr(item, "article", None) and getattr(item, "copy_of", None):
                out[str(item.article)] = str(item.copy_of)
    return out


# -- the source-agreement matrix ------------------------------------------------------------


def fact_matrix(facts: list[dict[str, Any]], badges: dict[str, Source]) -> list[dict[str, Any]]:
    """Rows of facts; per article column, the evidence quote where that article carries the fact."""
    rows = []
    for fact in facts:
        sources = {str(s) for s in fact.get("sources") or []}
        quotes: dict[str, str] = {}
        for evidence in fact.get("evidence") or []:
            quotes.setdefault(str(evidence.get("article")), str(evidence.get("quote") or ""))
        cells = [{"source": badge, "carries": badge.id in sources, "quote": quotes.get(badge.id, "")}
                 for badge in badges.values()]
        rows.append({"statement": fact.get("statement", ""), "status": fact.get("status", ""),
                     "cells": cells, "count": len(sources)})
    return rows


# -- an article with what cleaning cut ------------------------------------------------------


def article_pieces(doc: Any) -> tuple[list[tuple[str, str | None]], list[Any]]:
    """The input as pieces ``(text, None)`` kept or ``(text, reason)`` removed, in reading order.

    Removals whose offset points at their text in ``doc.raw`` are shown where they stood;
    the others (e.g. from HTML, where offsets are unknown) are returned apart, to be
    listed after the cleaned text.
    """
    raw = getattr(doc, "raw", "") or ""
    located, apart = [], []
    for removal in getattr(doc, "removed", []) or []:
        offset = getattr(removal, "offset", None)
        if (isinstance(offset, int) and getattr(doc, "format", "text").endswith("text") and removal.text
                and raw[offset:offset + len(removal.text)] == removal.text):
            located.append(removal)
        else:
            apart.append(removal)
    if not located:
        return [(getattr(doc, "text", "") or "", None)], apart
    pieces: list[tuple[str, str | None]] = []
    cursor = 0
    for removal in sorted(located, key=lambda r: r.offset):
        if removal.offset < cursor:  # overlapping cuts: show the overlap once
            if removal.offset + len(removal.text) > cursor:
                pieces.append((raw[cursor:removal.offset + len(removal.text)], removal.reason))
                cursor = removal.offset + len(removal.text)
            continue
        if removal.offset > cursor:
            pieces.append((raw[cursor:removal.offset], None))
        pieces.append((removal.text, removal.reason))
        cursor = removal.offset + len(removal.text)
    if cursor < len(raw):
        pieces.append((raw[cursor:], None))
    return pieces, apart
