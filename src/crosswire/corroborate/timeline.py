"""The story's timeline: dated events, oldest first, same-day groups that tell one happening merged."""

from __future__ import annotations

import re

from .align import Aligner, Group, cosine
from .present import evidence, representative, sorted_sources
from .text import WORD_RE
from ..values import DateValue, value_key

#: slot similarity for two same-day groups to be one timeline event
TIMELINE_MERGE = 0.12


def timeline(groups: list[Group], aligner: Aligner, order: dict[str, int]) -> list[dict]:
    """Dated events, oldest first: same-day groups about one event merged."""
    events: list[Group] = []
    for g in sorted(groups, key=lambda g: -len(g.roots)):
        value = g.value
        if not isinstance(value, DateValue):
            continue
        for e in events:
            ev = e.value
            if value_key(ev) == value_key(value) and e.disputed == g.disputed \
                    and cosine(e.vector, g.vector) >= TIMELINE_MERGE:
                for c in g.claims:
                    e.add(c, aligner.vector(c))
                e.disputed = e.disputed or g.disputed
                break
        else:
            merged = Group("date", disputed=g.disputed)
            for c in g.claims:
                merged.add(c, aligner.vector(c))
            events.append(merged)
    out = []
    for e in events:
        value = e.value
        if value.precision not in ("day", "month", "year"):
            continue  # weeks and seasons are facts, not timeline points
        rep = representative(e, aligner)
        out.append({
            "date": value.padded,
            "precision": value.precision,
            "modifier": value.modifier,
            "description": " ".join(rep.evidence.split()),
            "text": rep.surface,  # how the description writes the date ("next Monday", "2026")
            "sources": sorted_sources(e.articles, order),
            "independent_sources": len(e.roots),
            "disputed": e.disputed,
            "evidence": [{"article": x["article"], "quote": x["quote"]} for x in evidence(e)],
        })
    out = _without_rosters(out)
    out.sort(key=lambda ev: (ev["date"], -len(ev["sources"])))
    return out


#: this many dated lines of one article written to one pattern make a list, not events
ROSTER_SIZE = 3
#: ... alike as this share of their words (names, numbers and dates left out)
ROSTER_ALIKE = 0.6
_ROSTER_NOISE = re.compile(r"\d+|\b[A-Z][\w.'-]*")


def _without_rosters(events: list[dict]) -> list[dict]:
    """Drop an article's lists written to one pattern ("Officer M. Muskiet, sworn in in January
    2008 and assigned to …" once per officer): a roster's dates are no events of the story.
    Events other outlets share stay."""
    def shape(ev: dict) -> frozenset[str]:
        return frozenset(w.lower() for w in WORD_RE.findall(_ROSTER_NOISE.sub(" ", ev["description"])))

    by_article: dict[str, list[dict]] = {}
    for ev in events:
        if len(ev["sources"]) == 1:
            by_article.setdefault(ev["sources"][0], []).append(ev)
    drop: set[int] = set()
    for singles in by_article.values():
        shapes = [shape(ev) for ev in singles]
        for a in shapes:
            alike = [j for j, b in enumerate(shapes) if a and b and len(a & b) / len(a | b) >= ROSTER_ALIKE]
            if len(alike) >= ROSTER_SIZE:
                drop.update(id(singles[j]) for j in alike)
    return [ev for ev in events if id(ev) not in drop]
