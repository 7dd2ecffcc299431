"""The Story model: articles about one event, their copies, and why each is there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Copy:
    """An article that repeats another instead of reporting on its own.

    ``kind`` is ``exact`` (same body), ``near`` (same body, other headline, byline or
    chrome), ``wire`` (a credited or uncredited reprint of an agency story) or ``rewrite``
    (the other's facts and sentences, reworded; no reporting of its own).
    """

    article: str
    copy_of: str
    similarity: float
    why: str
    kind: str = "near"

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "copy_of": self.copy_of, "similarity": round(self.similarity, 3),
                "why": self.why, "kind": self.kind}


@dataclass
class Story:
    """A set of articles about one event; ``id`` is a hash of the founding article's id."""

    id: str
    headline: str | None
    article_ids: list[str] = field(default_factory=list)
    copies: list[Copy] = field(default_factory=list)
    #: article id -> why it is in the story (matched article, score, shared terms/names/numbers/dates)
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: article id -> the source it stands for (outlet, wire, or the article id when unknown)
    sources: dict[str, str] = field(default_factory=dict)
    first_published: str | None = None
    last_published: str | None = None

    @property
    def copy_of(self) -> dict[str, str]:
        return {c.article: c.copy_of for c in self.copies}

    @property
    def independent_sources(self) -> int:
        """Outlets (or articles, when the outlet is unknown) that wrote their own report."""
        copied = self.copy_of
        originals = [a for a in self.article_ids if a not in copied]
        return len({self.sources.get(a) or a for a in originals})

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "articles": list(self.article_ids),
            "independent_sources": self.independent_sources,
            "copies": [c.to_dict() for c in self.copies],
            # additive fields
            "evidence": self.evidence,
            "first_published": self.first_published,
            "last_published": self.last_published,
        }


def independent_groups(story: Story) -> dict[str, str]:
    """Map each article to the original it copies (originals map to themselves).

    Chains are followed, so a copy of a copy maps to the root original; support for a
    claim is then counted once per root.
    """
    copy_of = story.copy_of
    roots: dict[str, str] = {}
    for article in story.article_ids:
        current, seen = article, {article}
        while current in copy_of and copy_of[current] not in seen:
            current = copy_of[current]
            seen.add(current)
        roots[article] = current
    return roots


@dataclass
class PairEvidence:
    """Why article ``article_id`` was put with ``matched``: the score and what they share."""

    matched: str
    score: float
    cosine: float
    shared_terms: list[str] = field(default_factory=list)
    shared_names: list[str] = field(default_factory=list)
    shared_numbers: list[str] = field(default_factory=list)
    shared_dates: list[str] = field(default_factory=list)
    days_apart: int | None = None

    def to_dict(self) -> dict:
        return {
            "matched": self.matched, "score": round(self.score, 3), "cosine": round(self.cosine, 3),
            "shared_terms": self.shared_terms, "shared_names": self.shared_names,
            "shared_numbers": self.shared_numbers, "shared_dates": self.shared_dates,
            "days_apart": self.days_apart,
        }
