"""Copy detection inside a story: exact copies, near copies, wire reprints, light rewrites.

An article is a *copy* when it adds no reporting of its own to an earlier article of the
same story; every other article is an *own report* and counts as an independent source.

* **exact**: the same body text (whitespace and case aside);
* **near**: most of the body's 5-word shingles recur in the other article (other headline,
  byline or chrome, or a trimmed version): containment >= ``NEAR_CONTAINMENT``;
* **wire**: a reprint of an agency story. Credited (``syndicated_from`` or the dateline,
  "SPRINGFIELD, Ill. (AP) —", names the wire, and the other article is from or credits it) it needs only ``WIRE_CONTAINMENT`` of
  shingles or ``WIRE_RESTATED`` of sentences in common, since outlets trim and edit wire
  copy; uncredited, it needs ``UNCREDITED_CONTAINMENT``;
* **rewrite**: most sentences restate sentences of the other article (the same content words,
  reworded), ``REWRITE_RESTATED`` or more of them. A light rewrite of someone else's story is
  not a source of its own; an article whose sentences are mostly new (quotes, facts, scenes
  its reporters gathered) is an own report, however much it overlaps in topic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .features import SHINGLE_WORDS, Signature, shingle_words, sketch_similarity, stop_words
from .model import Copy

NEAR_CONTAINMENT = 0.8
UNCREDITED_CONTAINMENT = 0.5
WIRE_CONTAINMENT = 0.3
WIRE_RESTATED = 0.5
REWRITE_RESTATED = 0.75
#: a sentence restates another when this share of its content words recur there
SENTENCE_OVERLAP = 0.6
#: compare a new article with at most this many earlier members of its story
MAX_COMPARED = 60

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+|\n+")
_CONTENT_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_KIND_RANK = {"exact": 4, "near": 3, "wire": 2, "rewrite": 1}


@lru_cache(maxsize=2048)
def _sentence_words(text: str) -> list[frozenset[str]]:
    stops = stop_words()
    out = []
    for sentence in _SENTENCE_SPLIT.split(text):
        words = frozenset(w for w in _CONTENT_WORD.findall(sentence.lower()) if w not in stops and len(w) > 2 or w.isdigit())
        if len(words) >= 4:
            out.append(words)
    return out


@lru_cache(maxsize=512)
def _sentence_index(text: str) -> dict[str, list[int]]:
    """Content word -> the sentences of ``text`` that hold it."""
    by_word: dict[str, list[int]] = {}
    for i, words in enumerate(_sentence_words(text)):
        for w in words:
            by_word.setdefault(w, []).append(i)
    return by_word


def restated_share(new_text: str, old_text: str, needed: float = 0.0) -> float:
    """Share of ``new_text``'s sentences whose content words mostly recur in one sentence of ``old_text``.

    With ``needed``, the count stops as soon as that share is out of reach (the value
    returned is then below ``needed``, not exact).
    """
    new = _sentence_words(new_text)
    if not new or not _sentence_words(old_text):
        return 0.0
    by_word = _sentence_index(old_text)
    restated = 0
    # sentences that may still fail before the share drops below ``needed``
    allowed_misses = len(new) - needed * len(new)
    misses = 0
    for words in new:
        hits: dict[int, int] = {}
        for w in words:
            for i in by_word.get(w, ()):
                hits[i] = hits.get(i, 0) + 1
        if hits and max(hits.values()) >= SENTENCE_OVERLAP * len(words):
            restated += 1
        else:
            misses += 1
            if needed and misses > allowed_misses:
                return restated / len(new)
    return restated / len(new)


def _wire_of(sig: Signature) -> str | None:
    """The wire an article credits: its metadata's ``syndicated_from``, else its dateline's."""
    return sig.syndicated_from or sig.dateline_credit or None


def _same_wire(a: Signature, b: Signature) -> str | None:
    """The wire both articles come from, when one credits it and the other is or credits it."""
    wire = _wire_of(a)
    if not wire:
        return None
    wire_low = wire.lower()
    if wire_low in {(b.syndicated_from or "").lower(), (b.dateline_credit or "").lower(), (b.outlet or "").lower()}:
        return wire
    return None


def classify_pair(new: Signature, old: Signature, text_of: Callable[[str], str]) -> Copy | None:
    """Is ``new`` a copy of ``old``? The :class:`Copy` record, or None for an own report."""
    short = old.article_id[:12]
    if new.body_hash and new.body_hash == old.body_hash:
        return Copy(new.article_id, old.article_id, 1.0, f"identical body text to {short}", "exact")
    jaccard, containment = sketch_similarity(new, old)
    wire = _same_wire(new, old) or _same_wire(old, new)
    old_wire, new_wire = _wire_of(old), _wire_of(new)
    credit = f" ({wire or old_wire})" if wire or old_wire else ""
    if containment >= NEAR_CONTAINMENT:
        kind = "wire" if wire or old_wire or new_wire else "near"
        return Copy(new.article_id, old.article_id, containment,
                    f"{containment:.0%} of 5-word shingles shared with {short}{credit}", kind)
    if wire and containment >= WIRE_CONTAINMENT:
        return Copy(new.article_id, old.article_id, containment,
                    f"credited {wire} reprint: {containment:.0%} of 5-word shingles shared with {short}", "wire")
    if containment >= UNCREDITED_CONTAINMENT and (
            old_wire or unquoted_containment(text_of(new.article_id), text_of(old.article_id)) >= UNCREDITED_CONTAINMENT):
        # (two reports quoting one press statement at length share its words, not their reporting)
        kind = "wire" if old_wire else "near"
        return Copy(new.article_id, old.article_id, containment,
                    f"{containment:.0%} of 5-word shingles shared with {short}{credit}", kind)
    restated = restated_share(text_of(new.article_id), text_of(old.article_id),
                              WIRE_RESTATED if wire else REWRITE_RESTATED)
    if wire and restated >= WIRE_RESTATED:
        return Copy(new.article_id, old.article_id, restated,
                    f"credited {wire} reprint, edited: {restated:.0%} of sentences restate {short}", "wire")
    if restated >= REWRITE_RESTATED:
        return Copy(new.article_id, old.article_id, restated,
                    f"rewrite: {restated:.0%} of sentences restate {short}{credit}", "rewrite")
    return None


_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{20,}[\"\u201d]")


def _unquoted_shingles(text: str) -> set[tuple[str, ...]]:
    """The text's shingles, of the words the sketches read, with what is quoted left out."""
    words = shingle_words(_QUOTED.sub(" ", text))
    return {tuple(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def unquoted_containment(a: str, b: str) -> float:
    """The share of the shorter text's 5-word shingles outside quotation marks that the other text
    has outside its own: what the two reporters wrote alike, not what both quote."""
    sa, sb = _unquoted_shingles(a), _unquoted_shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def find_copy(new: Signature, earlier: list[Signature], text_of: Callable[[str], str]) -> Copy | None:
    """The strongest copy relation of ``new`` to an earlier article of its story, if any."""
    best: Copy | None = None
    for old in earlier[-MAX_COMPARED:]:
        if old.article_id == new.article_id:
            continue
        found = classify_pair(new, old, text_of)
        if found is None:
            continue
        if best is None or (_KIND_RANK[found.kind], found.similarity) > (_KIND_RANK[best.kind], best.similarity):
            best = found
    return best
