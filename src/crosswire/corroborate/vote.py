"""Vote one value per slot across a story's articles (date, city, killed, injured of an incident).

Each independent source has one vote per slot (copies share their original's); a value read
from evidence weighs more than a default the extractor fell back to; abstentions do not count.
Ties go to the value that news tends to settle on: the earliest date (the event precedes the
reports) and the larger count (tolls rise as reports come in).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Iterable

#: weight of a value the extractor did not read from the text (its default)
DEFAULT_WEIGHT = 0.25


def _tie_break(slot: str) -> Callable[[Any], Any]:
    if slot == "date":
        return lambda v: tuple(-ord(ch) for ch in str(v))  # earliest ISO date wins
    if slot in ("killed", "injured"):
        return lambda v: float(v)
    return lambda v: 0


def vote(per_article: dict[str, dict[str, Any]], roots: dict[str, str] | None = None,
         slots: Iterable[str] = ("date", "city", "killed", "injured"),
         key: Callable[[str, Any], Any] | None = None) -> dict[str, dict[str, Any]]:
    """``per_article``: article id -> {slot: {"value", "evidence": [...]}} (as ``incident_facts``).

    Returns slot -> {"value", "support" (independent sources), "of" (sources that answered),
    "sources"}. ``key`` normalises values for comparison (e.g. city spelling).
    """
    roots = roots or {}
    key = key or (lambda slot, value: value)
    out: dict[str, dict[str, Any]] = {}
    for slot in slots:
        # root -> value key -> weight (a root's articles split its one vote)
        by_root: dict[str, dict[Any, float]] = defaultdict(lambda: defaultdict(float))
        shown: dict[Any, Any] = {}
        sources: dict[Any, list[str]] = defaultdict(list)
        for article, facts in per_article.items():
            fact = (facts or {}).get(slot) or {}
            value = fact.get("value")
            if value in (None, ""):
                continue
            k = key(slot, value)
            if k in (None, ""):
                continue
            shown.setdefault(k, value)
            sources[k].append(article)
            weight = 1.0 if fact.get("evidence") else DEFAULT_WEIGHT
            by_root[roots.get(article, article)][k] += weight
        totals: dict[Any, float] = defaultdict(float)
        support: dict[Any, int] = defaultdict(int)
        for votes in by_root.values():
            mass = sum(votes.values())
            for k, w in votes.items():
                totals[k] += w / mass if mass else 0.0
                support[k] += 1
        if not totals:
            out[slot] = {"value": None, "support": 0, "of": 0, "sources": []}
            continue
        breaker = _tie_break(slot)
        best = max(totals, key=lambda k: (round(totals[k], 6), breaker(k)))
        out[slot] = {"value": shown[best], "support": support[best], "of": len(by_root),
                     "sources": sources[best]}
    return out
