"""Entities across a story's articles: one name per person/org/place, with aliases and sources.

Articles name people differently ("Xi", "Xi Jinping", "President Xi Jinping"); the extract
stage links names inside one article. Here the story-level step links across articles: a
short name joins the one longer name of the same type whose words contain it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..doc import Doc

PLACE_TYPES = {"PLACE", "GPE", "LOC", "LOCATION", "FAC"}


def entity_type(raw: str | None) -> str:
    t = (raw or "").upper()
    return "PLACE" if t in PLACE_TYPES else (t or "MISC")


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower().strip(".,'\u2019") for w in name.replace("\u2011", "-").split() if w)


@dataclass
class EntityIndex:
    """Story-level canonical names; built once per story from the entity spans."""

    docs: Iterable[Doc]
    canonical_of: dict[tuple[str, str], str] = field(default_factory=dict, init=False)
    records: dict[tuple[str, str], dict] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        mentions: dict[tuple[str, str], Counter] = defaultdict(Counter)
        sources: dict[tuple[str, str], set[str]] = defaultdict(set)
        for doc in self.docs:
            for span in doc.spans_of("entity"):
                etype = entity_type(span.attrs.get("type"))
                name = (span.attrs.get("name") or doc.span_text(span)).strip()
                if not name:
                    continue
                mentions[(etype, name)][doc.span_text(span).strip()] += 1
                sources[(etype, name)].add(doc.id)
        # link short names to the longest name of the same type that contains all their words
        names_by_type: dict[str, list[str]] = defaultdict(list)
        for etype, name in mentions:
            names_by_type[etype].append(name)
        for etype, names in names_by_type.items():
            word_sets = {n: frozenset(_words(n)) for n in names}
            by_word: dict[str, list[str]] = defaultdict(list)
            for n, ws in word_sets.items():
                for w in ws:
                    by_word[w].append(n)
            for name in names:
                words = word_sets[name]
                if not words:
                    self.canonical_of[(etype, name)] = name
                    continue
                rarest = min(words, key=lambda w: len(by_word[w]))
                longer = [other for other in by_word[rarest]
                          if len(word_sets[other]) > len(words) and words <= word_sets[other]]
                # only when unambiguous: "Li" must not join both "Li Chenggang" and "Li Qiang"
                maximal = {o for o in longer if not any(word_sets[o] < word_sets[p] for p in longer)}
                self.canonical_of[(etype, name)] = maximal.pop() if len(maximal) == 1 else name
        for key, surfaces in mentions.items():
            etype, _ = key
            canon = self.canonical(key[1], etype)
            rec = self.records.setdefault((etype, canon), {"name": canon, "type": etype, "aliases": Counter(),
                                                           "sources": set()})
            rec["aliases"].update(surfaces)
            rec["aliases"][key[1]] += 0
            rec["sources"] |= sources[key]

    def canonical(self, name: str, etype: str | None = None) -> str:
        if etype is not None:
            return self.canonical_of.get((entity_type(etype), name), name)
        for t in ("PERSON", "ORG", "PLACE", "MISC"):
            if (t, name) in self.canonical_of:
                return self.canonical_of[(t, name)]
        return name

    def person(self, name: str | None) -> str | None:
        """The story's canonical name for a speaker, matching by words when not tagged as-is."""
        if not name:
            return name
        cache = self.__dict__.setdefault("_person_cache", {})
        if name not in cache:
            cache[name] = self._person(name)
        return cache[name]

    def _person(self, name: str) -> str:
        if ("PERSON", name) in self.canonical_of:
            return self.canonical_of[("PERSON", name)]
        if "_people_by_word" not in self.__dict__:
            by_word: dict[str, set[str]] = defaultdict(set)
            for (t, n) in self.records:
                if t == "PERSON":
                    for w in _words(n):
                        by_word[w].add(n)
            self.__dict__["_people_by_word"] = by_word
        by_word = self.__dict__["_people_by_word"]
        words = set(_words(name))
        near = set().union(*(by_word.get(w, set()) for w in words)) if words else set()
        # drop titles the extractor may leave on ("President Trump")
        candidates = [n for n in near if words <= set(_words(n)) or set(_words(n)) <= words]
        return candidates[0] if len(candidates) == 1 else name

    def is_place(self, name: str) -> bool:
        """Whether the story knows ``name`` only as a place."""
        return ("PLACE", name) in self.canonical_of and ("PERSON", name) not in self.canonical_of \
            and ("ORG", name) not in self.canonical_of

    def to_list(self, order: dict[str, int] | None = None) -> list[dict]:
        out = []
        for rec in self.records.values():
            aliases = sorted(a for a in rec["aliases"] if a and a != rec["name"])
            out.append({"name": rec["name"], "type": rec["type"], "aliases": aliases,
                        "sources": sorted(rec["sources"], key=lambda s: (order or {}).get(s, 0)),
                        "mentions": sum(rec["aliases"].values())})
        out.sort(key=lambda e: (-len(e["sources"]), -e["mentions"], e["name"]))
        return out
