"""The story's timeline: dated events, oldest first, same-day groups that tell one happening merged."""

from __future__ import annotations

import re

from .align import Aligner, Group, cosine
from .present import evidence, representative, sorted_sources
from .claims import Claim
from .text import WORD_RE, content_tokens, stem
from ..values import DateValue, value_key

#: what happens as a rule, not once: a date in such a sentence marks no event of the story
HABITUAL = re.compile(r"\b(?:generally|usually|typically|normally|traditionally|customarily|(?:every|each)\s+year|"
                      r"annually|as\s+a\s+rule)\b", re.I)
#: slot similarity for two same-day groups to be one timeline event
TIMELINE_MERGE = 0.12
#: ... for the event of an outlet the day's main event lacks, most like that main event: a reporter
#: "arrived at the camp as a second round of bombs hit" tells "the camp was bombed" in words that
#: share little
TIMELINE_ADOPT = 0.05


def timeline(groups: list[Group], aligner: Aligner, order: dict[str, int]) -> list[dict]:
    """Dated events, oldest first: same-day groups about one event merged."""
    events, told = _merged(groups, aligner)
    events = _adopted(events, told, aligner)
    out = []
    for e in events:
        value = e.value
        if value.precision not in ("day", "month", "year"):
            continue  # weeks and seasons are facts, not timeline points
        if all(HABITUAL.search(c.evidence) for c in e.claims):
            continue  # "The climbing season generally starts about late October": what is usual, no event
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


def _merged(groups: list[Group], aligner: Aligner) -> tuple[list[Group], dict[int, dict[str, float]]]:
    """Same-day groups whose words are alike enough are one event (the most told first)."""
    events: list[Group] = []
    told: dict[int, dict[str, float]] = {}  # id(event) -> its weighted words
    for g in sorted(groups, key=lambda g: -len(g.roots)):
        value = g.value
        if not isinstance(value, DateValue):
            continue
        words = _told(g.claims, aligner)
        for e in events:
            if value_key(e.value) == value_key(value) and e.disputed == g.disputed \
                    and _similarity(told[id(e)], words, aligner) >= TIMELINE_MERGE:
                break
        else:
            e = Group("date", disputed=g.disputed)
            events.append(e)
            told[id(e)] = {}
        _absorb(e, g.claims, words, told, aligner)
    return events, told


def _absorb(e: Group, claims: list[Claim], words: dict[str, float], told: dict[int, dict[str, float]],
            aligner: Aligner) -> None:
    for c in claims:
        e.add(c, aligner.vector(c))
    for k, w in words.items():
        told[id(e)][k] = told[id(e)].get(k, 0.0) + w


def _adopted(events: list[Group], told: dict[int, dict[str, float]], aligner: Aligner) -> list[Group]:
    """A day's main event (the one most outlets tell, at least two) takes, from each outlet it lacks,
    the outlet's event of that day most like it, when they share some words: an outlet reporting
    that day most likely tells that day's main happening, in its own words. An outlet the main event
    has keeps its other events of the day apart ("was arrested Saturday", "the vigil Saturday")."""
    days: dict[tuple[str, bool], list[Group]] = {}
    for e in events:
        if e.value.precision == "day":
            days.setdefault((value_key(e.value), e.disputed), []).append(e)
    gone: set[int] = set()
    for same in days.values():
        main = max(same, key=lambda e: len(e.roots))  # the first of the most told
        if len(main.roots) < 2:
            continue
        tellers = set(main.articles)
        best: dict[str, tuple[float, Group]] = {}  # article -> its event most like the main one
        for e in same:
            if e is main or tellers & set(e.articles):
                continue
            sim = _similarity(told[id(main)], told[id(e)], aligner)
            if sim < TIMELINE_ADOPT:
                continue
            for a in e.articles:
                if a not in best or sim > best[a][0]:
                    best[a] = (sim, e)
        for e in {id(e): e for _, e in best.values()}.values():
            if all(best[a][1] is e for a in e.articles):
                _absorb(main, e.claims, told[id(e)], told, aligner)
                gone.add(id(e))
    return [e for e in events if id(e) not in gone]


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


def _told(claims: list[Claim], aligner: Aligner) -> dict[str, float]:
    """The claims' weighted slot words, a plural's possessive ("magistrates' court") read as its noun."""
    out: dict[str, float] = {}
    for c in claims:
        for key, w in aligner.vector(c).items():
            if key.endswith("'"):
                key = stem(key[:-1])
            out[key] = out.get(key, 0.0) + w
    return out


def _similarity(a: dict[str, float], b: dict[str, float], aligner: Aligner) -> float:
    """Cosine of two events' words, where a name one side gives as an entity and the other writes
    in plain words ("Furness District Magistrates" / "Furness district magistrates' court": the
    tagger saw a name in one sentence only) counts as those words when the other side writes its
    rarest word. Two different names sharing a word ("South Kordofan", "South Sudan") do not meet
    this way."""
    return cosine(_spelled(a, b, aligner), _spelled(b, a, aligner))


def _spelled(a: dict[str, float], b: dict[str, float], aligner: Aligner) -> dict[str, float]:
    out = dict(a)
    for key, w in a.items():
        if not key.startswith("@") or key in b:
            continue
        words = [t[0] for t in content_tokens(key[1:])]
        # the name's own word, not a generic one ("Newton Street" is not any "street")
        if not words or max(words, key=aligner.weight) not in b:
            continue
        raw = w / aligner.weight(key)
        del out[key]
        for word in words:
            out[word] = max(out.get(word, 0.0), raw * aligner.weight(word))
    return out
