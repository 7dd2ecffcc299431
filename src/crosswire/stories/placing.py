"""Placing a batch of articles into stories: publication order, second looks, copies.

:func:`place_batch` is what :func:`crosswire.stories.update_stories` runs over the store and
:func:`place_docs` over Docs held in memory (the benchmark, the one-shot ``brief``):

1. every new article is placed, in publication order, by :meth:`StoryIndex.place`;
2. a story the batch grew to ``2 * SPLIT_MIN_PART`` articles or more is checked for two
   events told apart only loosely (see :func:`loose_halves`): placing one article at a time
   decides on the members seen so far, so the first report of a second, similar event (a
   second arrest of one team's players, a second quake in one region) can join while the
   story is still small, and the reports of that event then follow it. When the two halves
   are far apart, the half without the founding article becomes a story of its own. Only
   articles of this batch move: what earlier runs stored stays where it is;
3. a small story of this batch's articles with an undated one, and a dated report left alone,
   get a second look against the whole batch (see :func:`rehome_small_stories`);
4. copies are labelled against the earlier articles of each article's final story.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import numpy as np

from .cluster import JOIN_THRESHOLD, StoryIndex, story_id_for
from .copies import find_copy
from .features import BoilerplateStats, Signature
from .model import Copy, PairEvidence

#: each half of a split story holds at least this many articles: three reports can be one
#: event told with other names (a follow-up, an analysis); measured with the second look
#: below, 3 -> ECB+ sub-topic F1 .947, GVC .9285; 4 -> .951, .928
SPLIT_MIN_PART = 4
#: a story splits when the mean cosine across its two halves is below this share of the mean
#: within the looser half (same-event reports are alike among themselves; two events of one
#: kind share the topic's words, not the people, places and numbers)
SPLIT_RATIO = 0.5
#: the split compares members on these terms only (names, numbers, years): the topic's words
#: are what two events of one kind share, so they would hold the halves together
IDENTITY_MARKS = frozenset("@#%")
#: larger stories are not checked (the member-by-member matrix grows with the square)
SPLIT_MAX_MEMBERS = 400
#: stories of up to this many articles get a second look once the batch is placed; larger
#: ones have found their event (ECB+ sub-topic F1, undated: none .933, 1 .944, 2 .947,
#: 3 .951, 5 .948; on dated GVC it gained .002 F1 for a third more placing time)
SECOND_LOOK_MAX = 3
#: a dated report alone in its story gets a second look too: placed in publication order, it
#: was weighed against the earlier reports only, and a later report of its event that fits it
#: may have joined another story of that event, leaving it alone (GVC F1 .9294 -> .9304, dev
#: .9536 -> .9741, train same; stories of up to two dated reports: .9304, a little less precise)
SECOND_LOOK_DATED_MAX = 1
#: a second look probes the blocking index once (no names probe) and weighs the reports
#: nearest in time only: a third of the work, for the same F1
SECOND_LOOK_CANDIDATES = 40


def placement_order(signatures: Iterable[Signature]) -> list[Signature]:
    """Publication order (undated articles last), reprints after own reports of the same day,
    then input order: the original of a copy is placed before it."""
    indexed = list(enumerate(signatures))
    indexed.sort(key=lambda pair: (pair[1].published is None, pair[1].published or "",
                                   pair[1].syndicated_from is not None, pair[0]))
    return [sig for _, sig in indexed]


@dataclass
class Placement:
    """Where one article went and why: its story, the match, and its copy record if any."""

    article_id: str
    story_id: str
    evidence: PairEvidence | None
    copy: Copy | None
    new_story: bool


def identity_similarity(index: StoryIndex, members: list[str]) -> np.ndarray:
    """Cosines of the members' vectors kept to their ``IDENTITY_MARKS`` terms (each
    renormalised, weighed by the corpus alone: what sets members apart); an article with no
    such term is like nothing, itself included only on the diagonal."""
    from scipy.sparse import csr_matrix

    terms = index.terms
    rows, cols, values = [], [], []
    for row, article_id in enumerate(members):
        ids, weights = index.vector(article_id, prior=False)
        keep = np.fromiter((terms[i][0] in IDENTITY_MARKS for i in ids.tolist()), dtype=bool, count=len(ids))
        kept = weights[keep]
        norm = float(np.sqrt(np.dot(kept, kept))) or 1.0
        rows.append(np.full(len(kept), row))
        cols.append(ids[keep])
        values.append(kept / norm)
    matrix = csr_matrix((np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))),
                        shape=(len(members), len(terms)), dtype=np.float32)
    similarity = (matrix @ matrix.T).toarray()
    np.fill_diagonal(similarity, 1.0)
    return similarity


def loose_halves(index: StoryIndex, members: list[str]) -> tuple[list[str], list[str]] | None:
    """The two halves of a story (average-link bisection on :func:`identity_similarity`)
    when each holds ``SPLIT_MIN_PART`` articles or more and the halves are far apart; None
    when the story holds together. The half with the first member comes first."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = len(members)
    similarity = identity_similarity(index, members)
    distance = np.clip(1.0 - similarity, 0.0, None)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"), t=2, criterion="maxclust")
    first = labels == labels[0]
    other = ~first
    n_first, n_other = int(first.sum()), int(other.sum())
    if n_first < SPLIT_MIN_PART or n_other < SPLIT_MIN_PART:
        return None
    within_first = (similarity[np.ix_(first, first)].sum() - n_first) / (n_first * (n_first - 1))
    within_other = (similarity[np.ix_(other, other)].sum() - n_other) / (n_other * (n_other - 1))
    across = similarity[np.ix_(first, other)].mean()
    if across >= SPLIT_RATIO * min(within_first, within_other):
        return None
    return [members[i] for i in range(n) if first[i]], [members[i] for i in range(n) if other[i]]


def split_loose_stories(index: StoryIndex, fresh: set[str], story_ids: Iterable[str]) -> dict[str, str]:
    """Split the given stories where :func:`loose_halves` finds two events; only a half made of
    ``fresh`` articles (this batch's) moves, to a story named after its first article.
    Returns the moved articles' new story ids; the index is updated."""
    moved: dict[str, str] = {}
    for story_id in dict.fromkeys(story_ids):
        members = index.members[story_id]
        if not 2 * SPLIT_MIN_PART <= len(members) <= SPLIT_MAX_MEMBERS:
            continue
        halves = loose_halves(index, members)
        if halves is None or not fresh.issuperset(halves[1]):
            continue
        keep, leave = halves
        new_id = story_id_for(leave[0])
        index.members[story_id] = keep
        index.members[new_id] = leave
        for article_id in leave:
            index.story_of[article_id] = new_id
            moved[article_id] = new_id
    return moved


def place_batch(index: StoryIndex, signatures: Iterable[Signature], text_of: Callable[[str], str], *,
                on_signature: Callable[[Signature], None] | None = None, copies: bool = True) -> list[Placement]:
    """Count a batch of new articles, place them in publication order, split loose stories,
    give small ones a second look, and label copies (unless ``copies=False``).

    ``text_of(article_id)`` gives an article's cleaned body (for the rewrite check); the
    index may already hold articles of earlier runs (see :meth:`StoryIndex.add_existing`).
    Signatures are counted as they come (their term dicts move into the index's arrays);
    ``on_signature`` sees each one before, e.g. to serialise it.
    """
    fresh = []
    for sig in signatures:
        if sig.article_id in index.story_of:
            continue
        if on_signature is not None:
            on_signature(sig)
        index.count([sig])
        fresh.append(sig)
    placed = []
    for sig in placement_order(fresh):
        story_id, evidence = index.place(sig)
        placed.append((sig, evidence, evidence is None and index.members[story_id] == [sig.article_id]))
    fresh_ids = {sig.article_id for sig in fresh}
    touched = [index.story_of[sig.article_id] for sig, *_ in placed]
    moved = split_loose_stories(index, fresh_ids, touched)
    # halves of a split hold SPLIT_MIN_PART > SECOND_LOOK_MAX articles: no second look joins them again
    moved.update(rehome_small_stories(index, fresh_ids, touched))
    position = {article_id: i for members in index.members.values() for i, article_id in enumerate(members)}
    placements = []
    for sig, evidence, new_story in placed:
        story_id = index.story_of[sig.article_id]
        earlier = index.members[story_id][:position[sig.article_id]]
        if sig.article_id in moved or (evidence is not None and evidence.matched in moved):
            # it moved (a split, a second look) or the member it joined by did: its best
            # earlier member in its final story is its evidence now
            new_story = not earlier
            evidence = best_match(index, sig, earlier)
        copy = find_copy(sig, [index.signatures[a] for a in earlier], text_of) if copies and earlier else None
        placements.append(Placement(sig.article_id, story_id, evidence, copy, new_story))
    return placements


def rehome_small_stories(index: StoryIndex, fresh: set[str], story_ids: Iterable[str]) -> dict[str, str]:
    """Give a story of up to ``SECOND_LOOK_MAX`` articles, all of this batch and one of them
    undated, a second look now that the whole batch is placed: an undated report's place in
    the order is a guess, and placed before the others of its event it had only the earlier
    articles to match. A dated report alone in its story (``SECOND_LOOK_DATED_MAX``) gets one
    too: the later reports of its event may have gone to another story of that event. When
    every member fits one other story, by the same rule and threshold as
    :meth:`StoryIndex.place`, they all join it. Returns the moved articles' new story ids;
    the index is updated."""
    moved: dict[str, str] = {}
    for story_id in dict.fromkeys(story_ids):
        members = index.members.get(story_id)
        # stories only grow or go: one past the bound (maybe by taking in smaller ones) stays put
        if not members or len(members) > SECOND_LOOK_MAX or not fresh.issuperset(members):
            continue
        # dated reports were placed in publication order: the later reports of an event were
        # weighed against the earlier ones. An undated report's place in the order is a guess;
        # a dated one left alone may fit a later report that went to another story
        if len(members) > SECOND_LOOK_DATED_MAX and all(index.signatures[a].published for a in members):
            continue
        target = _second_look_target(index, members)
        if target is None:
            continue
        del index.members[story_id]
        index.members[target].extend(members)
        for article_id in members:
            index.story_of[article_id] = moved[article_id] = target
    return moved


def _second_look_target(index: StoryIndex, members: list[str]) -> str | None:
    """The one other story every member fits, else None."""
    targets = set()
    for article_id in members:
        best_id, score = index.match_story(index.signatures[article_id], probe_names=False,
                                           limit=SECOND_LOOK_CANDIDATES)
        if best_id is None or score < index.threshold:
            return None
        targets.add(index.story_of[best_id])
    return targets.pop() if len(targets) == 1 else None


def best_match(index: StoryIndex, sig: Signature, candidates: list[str]) -> PairEvidence | None:
    """Evidence of the candidate that scores highest with ``sig`` (None without candidates)."""
    if not candidates:
        return None
    scores = index.pair_scores(sig, candidates)
    best = max(range(len(candidates)), key=lambda i: (scores[i], candidates[i]))
    return index.evidence(sig, index.signatures[candidates[best]])


def cluster_docs(docs: Iterable, *, threshold: float = JOIN_THRESHOLD) -> list[list[str]]:
    """Group Docs held in memory into stories (lists of article ids, input order kept).

    The same code :func:`crosswire.stories.update_stories` runs over the store.
    """
    docs = list(docs)
    placed = place_docs(docs, threshold=threshold)
    groups: dict[str, list[str]] = {}
    story_of = {p.article_id: p.story_id for p in placed}
    for doc in docs:
        groups.setdefault(story_of[doc.id], []).append(doc.id)
    return list(groups.values())


def piece_hash_arrays(docs: list) -> list:
    """Each Doc's line and sentence hashes (see :func:`piece_hashes`), compactly: the pieces
    themselves are re-split later only for the articles that do carry chrome."""
    from array import array

    from .features import piece_hashes

    return [array("I", piece_hashes(d.text or "")) for d in docs]


def batch_signatures(docs: list, stats: BoilerplateStats | None = None, *,
                     keep_all_stats: bool = False, hashes: list | None = None) -> Iterator[Signature]:
    """Signatures of a batch of Docs, one at a time, with site chrome (pieces recurring
    across the batch and ``stats`` of earlier batches) left out. ``stats`` is updated
    with the batch first (``keep_all_stats`` when it is to be stored); ``hashes``: the
    docs' :func:`piece_hash_arrays` when the caller already has them."""
    from .features import doc_signature

    stats = stats if stats is not None else BoilerplateStats()
    hashes = hashes if hashes is not None else piece_hash_arrays(docs)
    stats.add_batch(hashes, [d.reference_date for d in docs], keep_all=keep_all_stats)
    for doc, doc_hashes in zip(docs, hashes):
        yield doc_signature(doc, stats.boilerplate(doc_hashes))


def place_docs(docs: Iterable, *, threshold: float = JOIN_THRESHOLD, copies: bool = True) -> list[Placement]:
    """Place Docs held in memory into a fresh index; copies are labelled unless ``copies=False``."""
    docs = list(docs)
    by_id = {d.id: d for d in docs}
    return place_batch(StoryIndex(threshold=threshold), batch_signatures(docs),
                       lambda article_id: by_id[article_id].text or by_id[article_id].title or "", copies=copies)
