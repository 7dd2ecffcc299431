"""Statements with no figure or date that several outlets make ("Financial terms were not
disclosed", "Financial terms of the transaction were not disclosed").

Facts are mostly anchored on values (:mod:`.claims`); a sentence without one is aligned here by
its words: two sentences of independent articles are one statement when their IDF-weighted
words (figures aside) are alike enough and they agree on negation. Only statements at least
two independent sources make become facts, and only when more sources make them than back any
value fact of their sentences (else that fact says it already); sentences that quote someone
(the quote board's) are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..doc import Doc
from ..sentences import Sentences
from .align import Aligner, cosine
from .text import dedupe_evidence

#: IDF cosine of two sentences' words for them to make one statement: paraphrases of one fact
#: on ECB+ stories and the review corpora score 0.6-1.0; two facts of a story sharing a topic
#: mostly 0.2-0.5
SAME_STATEMENT = 0.6
#: a sentence must have this many words, and at most MAX_WORDS, to be a statement
MIN_WORDS, MAX_WORDS = 4, 60
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n['\u2019]t\b", re.I)
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


@dataclass
class _Statement:
    article: str
    root: str
    text: str
    vector: dict[str, float]
    negated: bool
    backed: int  # independent sources of the best value fact citing this sentence


@dataclass
class _Cluster:
    members: list[_Statement] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)

    def add(self, s: _Statement) -> None:
        self.members.append(s)
        for k, w in s.vector.items():
            self.vector[k] = self.vector.get(k, 0.0) + w

    @property
    def roots(self) -> set[str]:
        return {m.root for m in self.members}


def statement_facts(docs: list[Doc], roots: dict[str, str], aligner: Aligner, order: dict[str, int],
                    covered: dict[tuple[str, int], int]) -> list[dict]:
    """Facts (kind "statement") for sentences two or more independent outlets state alike;
    ``covered`` maps (article, sentence start) to the most independent sources of a value fact
    that cites the sentence."""
    clusters: list[_Cluster] = []
    index: dict[str, list[_Cluster]] = defaultdict(list)
    for doc in sorted(docs, key=lambda d: order.get(d.id, 0)):
        quoted = [(s.start, s.end) for s in doc.spans_of("quote") if s.attrs.get("direct", True)]
        for start, end in Sentences.of(doc).bounds:
            statement = _statement(doc, start, end, roots, aligner, covered.get((doc.id, start), 0), quoted)
            if statement is None:
                continue
            top = sorted(statement.vector, key=statement.vector.get, reverse=True)[:4]
            best, best_score = None, SAME_STATEMENT
            seen: set[int] = set()
            for w in top:
                for c in index.get(w, ()):
                    if id(c) in seen:
                        continue
                    seen.add(id(c))
                    # one article's two sentences are two statements; a copy's is its original's
                    if any(m.article == statement.article for m in c.members) \
                            or c.members[0].negated != statement.negated:
                        continue
                    score = cosine(statement.vector, c.vector)
                    if score >= best_score:
                        best, best_score = c, score
            if best is None:
                best = _Cluster()
                clusters.append(best)
            best.add(statement)
            for w in top:
                if best not in index[w]:
                    index[w].append(best)
    return [_fact(c, roots, order) for c in clusters
            if len(c.roots) >= 2 and len(c.roots) > max(m.backed for m in c.members)]


def _statement(doc: Doc, start: int, end: int, roots: dict[str, str], aligner: Aligner,
               backed: int, quoted: list[tuple[int, int]]) -> _Statement | None:
    text = doc.text[start:end].strip()
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return None
    if _QUOTE_MARK.search(text) or any(a < end and start < b for a, b in quoted):
        return None  # someone's words: the quote board has them
    if "\n" in text:
        return None  # a headline run into a line below it, not one sentence
    vector = aligner.sentence_vector(text)
    if len(vector) < 3:
        return None
    return _Statement(doc.id, roots.get(doc.id, doc.id), text, vector, bool(_NEGATION.search(text)), backed)


def _fact(c: _Cluster, roots: dict[str, str], order: dict[str, int]) -> dict:
    rep = max(c.members, key=lambda m: (round(cosine(m.vector, c.vector), 3), -len(m.text)))
    sources = sorted({m.article for m in c.members}, key=lambda a: order.get(a, 0))
    return {
        "statement": " ".join(rep.text.split()),
        "sources": sources,
        "status": "corroborated",
        "evidence": dedupe_evidence({"article": m.article, "quote": m.text} for m in c.members),
        "kind": "statement",
        "value": "",
        "normalized": "",
        "independent_sources": len(c.roots),
        "copies": [a for a in sources if roots.get(a, a) != a],
    }
