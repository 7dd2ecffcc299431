"""Story grouping and copy detection.

:func:`update_stories` places every stored article that has no story yet: new articles
join existing stories or found new ones; nothing placed by an earlier run moves, so story
ids (a hash of the founding article's id) stay stable across runs. Within a run, a story
that turns out to hold two loosely linked events is split (see :mod:`.placing`). The same code groups Docs
held in memory (:func:`cluster_docs`, used by the benchmark).

    from crosswire.store import Store
    from crosswire.stories import update_stories
    store = Store("news.db")
    for story in update_stories(store):
        print(story.id, story.headline, story.independent_sources)
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

from .model import Copy, Story, independent_groups

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Copy", "Story", "VERSION", "cluster_docs", "independent_groups", "update_stories"]

#: version of the grouping rules, reported in a brief's pipeline as ``stories@VERSION``
#: (2: shared event dates lift the time discount; undated articles naming other years, and
#: articles stating several counts with none in common, part; 3: articles placing the event on
#: different streets part, wider blocking, join threshold 0.16; 4: a story a batch grew into
#: two loosely linked halves is split; 5: the split compares names, numbers and years only;
#: 6: a small story of the batch with an undated report gets a second look once the batch is
#: placed; a split half holds four articles; 7: an index of at most MAX_CANDIDATES articles
#: scores every one, and stored blocking keys include the most distinctive shared terms;
#: 8: a general-English prior on document frequencies, fading past 50 articles; 9: the
#: headline's words, without a site name after a separator, count once more;
#: 10: blocking on an exact inverted index of the distinctive terms, not a MinHash LSH;
#: 11: a dated report left alone in its story gets a second look once the batch is placed;
#: 12: stored blocking keys hold the article's top names too, as many as a names probe asks for;
#: 13: a dated page's own "Posted:" / "Updated:" stamps are no event dates;
#: 14: a court of law is no street, "Fifth" and "5th" or "Northwest 7th" and "7th" are one;
#: a rare person's name in both lifts the differing-event-dates discount; one street in both
#: lifts the number mismatch; a body sharing no word with its headline leaves the headline alone)
VERSION = "15"


def cluster_docs(docs, **kwargs) -> list[list[str]]:
    """Group in-memory Docs into stories (lists of article ids); see :func:`.placing.cluster_docs`."""
    from .placing import cluster_docs as _cluster_docs

    return _cluster_docs(docs, **kwargs)


def update_stories(store: "Store") -> list[Story]:
    """Place the articles that have no story yet; return the stories that were founded or grew."""
    from ..store.stories import StoryRow
    from .cluster import StoryIndex
    from .placing import batch_signatures, piece_hash_arrays, place_batch
    from .features import BoilerplateStats, Signature

    new_ids = store.unplaced_article_ids()
    if not new_ids:
        return []
    index = StoryIndex()
    existing: list[tuple[Signature, str]] = []
    for stored in store.iter_story_signatures():
        sig = Signature.from_dict(stored.features)
        sig.shingles = array("I", stored.sketch)
        existing.append((sig, stored.story_id))
    index.count(sig for sig, _ in existing)
    for sig, story_id in existing:
        index.add_existing(sig, story_id)
    del existing

    docs = {doc.id: doc for doc in store.iter_articles(new_ids)}
    # site chrome: lines that recur across this batch and earlier ones (counts are stored)
    batch = list(docs.values())
    hashes = piece_hash_arrays(batch)
    stats = BoilerplateStats()
    stats.stats = store.load_piece_stats(sorted({h for doc_hashes in hashes for h in doc_hashes}))
    features: dict[str, dict] = {}
    sketches: dict[str, bytes] = {}
    headlines: dict[str, str] = {}

    def keep(sig: Signature) -> None:
        # serialise before placing: counting moves the term counts into the index's arrays
        features[sig.article_id] = sig.to_dict()
        sketches[sig.article_id] = sig.shingles.tobytes()
        headlines[sig.article_id] = sig.headline

    texts: dict[str, str] = {}

    def text_of(article_id: str) -> str:
        if article_id in docs:
            return docs[article_id].text or docs[article_id].title or ""
        if article_id not in texts:
            doc = store.get_article(article_id)
            texts[article_id] = doc.text or doc.title or ""
        return texts[article_id]

    signatures = batch_signatures(batch, stats, keep_all_stats=True, hashes=hashes)
    placements = place_batch(index, signatures, text_of, on_signature=keep)
    new_stories = [(p.story_id, headlines[p.article_id], {"founding_article": p.article_id})
                   for p in placements if p.new_story]
    rows = []
    for p in placements:
        evidence = p.evidence.to_dict() if p.evidence else {"founded": True}
        rows.append(StoryRow(
            article_id=p.article_id, story_id=p.story_id,
            copy_of=p.copy.copy_of if p.copy else None, similarity=p.copy.similarity if p.copy else None,
            why=p.copy.why if p.copy else None, kind=p.copy.kind if p.copy else None, evidence=evidence,
            features=features[p.article_id], sketch=sketches[p.article_id]))
    with store.transaction():  # one batch: placements and chrome counts land together or not at all
        store.save_story_placements(new_stories, rows)
        store.save_piece_stats(stats.stats)
    touched = list(dict.fromkeys(p.story_id for p in placements))
    return store.get_stories(touched)
