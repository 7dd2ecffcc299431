"""How a group of claims is shown: its most central claim, its evidence, its sources in order."""

from __future__ import annotations

from .align import Aligner, Group, cosine
from .claims import Claim
from .text import dedupe_evidence
from ..values import value_key


def sorted_sources(articles, order: dict[str, int]) -> list[str]:
    return sorted(set(articles), key=lambda s: order.get(s, 0))


def representative(g: Group, aligner: Aligner) -> Claim:
    """The claim whose slot is most central to the group (ties: the shorter evidence).

    Claims that state the group's own (most precise) value in figures come first, so the
    statement reads "100 percent" rather than "one hundred per cent".
    """
    best = g.value
    return max(g.claims, key=lambda c: (value_key(c.value) == value_key(best),
                                        any(ch.isdigit() for ch in c.surface),
                                        round(cosine(aligner.vector(c), g.vector), 3), -len(c.evidence)))


def evidence(g: Group) -> list[dict]:
    return dedupe_evidence({"article": c.article, "quote": c.evidence, "value": c.surface} for c in g.claims)
