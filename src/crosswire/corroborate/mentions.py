"""What an article states of an incident slot, mention by mention, and the shared shape of a
conflict variant.

The incident vote (:mod:`.incident`) compares one reading per article, so a conflict needs two
other articles whose single-article extractor happened to read the same value. Instead each
article contributes *every* statement it makes of a slot: counts (:mod:`.counts`), dates
(:mod:`.days`) and places (:mod:`.places`).

An article is a dissenter when every statement it makes of the slot differs from a value that at
least two other independent sources state (and it never states that value), while none of those
sources states the dissenter's value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..doc import Doc
from ..sentences import Sentences
from .text import trim_evidence


@dataclass(frozen=True)
class Mention:
    value: Any
    start: int
    end: int
    #: a bound or another tally ("at least 3", "killed this year"): it neither dissents nor agrees
    loose: bool = False
    #: "a man was killed": one victim described, no statement of how many there were
    one_victim: bool = False
    #: "accused of killing two men": the victims one suspect is charged with, maybe not every
    #: death -- it may back a toll, never contradict one
    backs_only: bool = False
    #: a day written with its month ("the March 11 shooting"): the same day however long after it
    #: the article was written, unlike a weekday, which a follow-up may mean of another week
    written: bool = False
    #: a count told in a sentence about several incidents or another period ("46 wounded in the
    #: city this weekend"): no statement of this incident's toll
    other_events: bool = False
    #: a floor for the whole toll, "at least five wounded", "three critically injured": the toll is
    #: this or more, so it contradicts a lower figure though it agrees with no higher one
    floor: bool = False


def evidence_quote(doc: Doc, start: int, end: int) -> str:
    s, e = Sentences.of(doc).around(start, end)
    s, e = trim_evidence(doc.text, start, end, s, e)
    return doc.text[s:e]


def variant(docs: dict[str, Doc], picks: dict[str, Mention], normalized: str, order: dict[str, int],
             roots: dict[str, str]) -> dict:
    articles = sorted(picks, key=lambda a: order.get(a, 0))
    first = picks[articles[0]]
    return {"value": docs[articles[0]].text[first.start:first.end], "normalized": normalized,
            "sources": articles,
            "evidence": [{"article": a, "quote": evidence_quote(docs[a], picks[a].start, picks[a].end)} for a in articles],
            "independent_sources": len({roots.get(a, a) for a in articles})}


def earlier_report(doc: Doc, others: list[Doc]) -> bool:
    """Whether ``doc`` was published before every one of ``others`` (all dated)."""
    if not doc.published or not others or not all(o.published for o in others):
        return False
    return all(doc.published[:10] < str(o.published)[:10] for o in others)
