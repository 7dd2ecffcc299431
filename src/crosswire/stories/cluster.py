"""Story grouping: blocking on distinctive terms, then a decision on terms, names, numbers and dates.

The :class:`StoryIndex` places articles one at a time, in publication order, into the story
that fits best (if it fits well enough) or into a new story. The index never moves an article,
so story ids (a hash of the founding article's id) stay stable, and an incremental run over
new articles gives the same answer as a batch run over all of them (up to the document
frequencies, which grow with the corpus, and the split of loose stories and the second look
at small ones, which only move articles of the running batch: see :mod:`.placing`).

Features (see :mod:`.features`): lines and sentences that recur across articles published
months apart are site chrome and are left out first (:class:`BoilerplateStats`); without
that, one site's newsletter prompt chains its unrelated crime reports into one "story".

Blocking: each article's most distinctive terms (top tf-idf) go into an inverted index
(:class:`KeyIndex`), so two articles become candidates when they share any of them; at most
``MAX_CANDIDATES`` (the nearest in time) are scored, which keeps the work per article
bounded and the whole near-linear. (A MinHash LSH over the same terms, which it replaced,
found a pair sharing one term of some thirty only with a probability near their Jaccard
share per band, so reports of one event sharing few distinctive words were often never
compared, and it cost more time.)

Decision, for an article ``a`` and a candidate ``b`` (see :meth:`StoryIndex.pair_scores`):

* cosine of sublinear tf-idf vectors over the headline and lede, where capitalised names
  count once more as a name feature (names tell one shooting from another), and numbers
  and years are terms too; fewer than ``MIN_SHARED_TERMS`` shared terms score 0;
* times a publication-date factor: reports of one event cluster in time, follow-ups
  weeks or months later need more shared substance to join;
* times an event-date factor: two reports published close together that each state an
  event date ("Monday" resolved against the publication date), and the dates differ, are
  likely two events of one kind.
* a stated event date both share lifts the publication-date factor (a report months later
  that names the incident's date is about that incident) and adds ``SHARED_DATE_BONUS``;
* separate-event signals: both state several counts and share none (``NUMBER_MISMATCH``);
  without publication dates, both name years and share none (``YEAR_MISMATCH``); both
  place the event on streets and share none (``STREET_MISMATCH``);
* a full name few articles carry, written again and again in both and so far named in
  the candidate's story only (a victim's, a suspect's), lifts the publication-time
  discount to ``RARE_NAME_TIME_FLOOR``: the trial months later is the incident's story;
  when the name reads as a person's in both (:mod:`.people`), the dates each states no
  longer count against the pair (the hearing's are not the incident's);
  a name several members of the story, and no other story, carry adds ``NAME_BONUS``.

A story's fit (:meth:`StoryIndex.story_score`) is its best member's score, blended with the
second best for stories of three or more, so one loose link cannot chain two events.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Iterable, NamedTuple

import numpy as np

from .background import BACKGROUND_DOCS, BACKGROUND_FADE_FROM
from .blocking import KeyIndex
from .features import Signature, parse_day, stop_words
from .model import PairEvidence
from .people import person_names
from .timing import date_factor_of_days, day_ordinals, days_apart, time_factor

#: an article joins a story when its best pair score reaches this
JOIN_THRESHOLD = 0.16
#: distinctive terms per article that are blocking keys
BLOCKING_TERMS = 16
#: stories of at least this many articles weigh in the second-best match too
SUPPORT_FROM = 3
SUPPORT_WEIGHT = 0.3
#: two articles sharing a full name (two words or more) that few articles name, at most
#: ``RARE_NAME_DF`` of them, whose last word each writes ``RARE_NAME_MENTIONS`` times or
#: more, and that no other story names yet, are about the same people (a victim, a
#: suspect): a trial months later is still the incident's story, so the publication-time
#: discount is lifted to at least ``RARE_NAME_TIME_FLOOR``
RARE_NAME_DF = 5
RARE_NAME_MENTIONS = 2
RARE_NAME_TIME_FLOOR = 0.7
#: such a name that reads as a person's in both (see :mod:`.people`) also lifts the
#: differing-event-dates discount: a follow-up (an arrest, a hearing, a verdict) states dates
#: of its own (GVC F1 .9321 -> .9331, P .9556 -> .9554, R .9097 -> .9117; ECB+ the same)
PEOPLE_KEEP_DATES = True
#: names named by more articles than this are not tracked (a city, a governor)
NAME_DF_CAP = 50
#: bonus factor when the pair shares such a name that ``NAME_BONUS_MEMBERS`` or more
#: articles of the candidate's story, and no other story, name: the event's own people
#: (a gunman, the victims), whatever angle the new report takes
NAME_BONUS = 1.3
NAME_BONUS_MEMBERS = 2
#: fewer terms in common than this is no evidence of one event
MIN_SHARED_TERMS = 3
#: candidates scored per article at most (the nearest in time)
MAX_CANDIDATES = 150
#: a later report that names the same event date as an earlier one is about that event:
#: its publication-time discount is lifted to at least this
SHARED_DATE_TIME_FLOOR = 1.0
#: bonus factor for two articles that state the same event date
SHARED_DATE_BONUS = 1.5
#: factor when either article is undated and both name years, none shared: without
#: publication dates the years are what tells this year's earthquake from one years ago
YEAR_MISMATCH = 0.6
#: factor when both articles state several counts and share none (casualties, magnitudes,
#: scores: two events of one kind rarely agree on none of them, two reports of one usually do)
NUMBER_MISMATCH = 0.7
NUMBER_MIN = 2
#: factor when both articles place the event on streets and name none in common: two
#: local reports of one kind of incident (a shooting, a fire) differ in where it happened
STREET_MISMATCH = 0.5
#: two reports placing the event on one street agree where it happened: their counts may
#: differ (the first report's "12:30 p.m." and a hearing's ages) without ``NUMBER_MISMATCH``
#: (GVC F1 .9331 -> .9332; ECB+ the same)
STREET_OVER_NUMBERS = True


def story_id_for(founding_article_id: str) -> str:
    """Story ids are a hash of the founding article's id: stable across re-runs."""
    return "s" + hashlib.sha1(founding_article_id.encode("utf-8")).hexdigest()[:11]


class _Facts(NamedTuple):
    """What the decision compares of one article, parsed once."""

    published: int | None
    dates: frozenset[str]
    date_ordinals: tuple[int, ...]
    numbers: frozenset[str]
    streets: frozenset[str]


def _idf(df: np.ndarray, n_docs: float) -> np.ndarray:
    return (np.log((n_docs + 1) / (df + 1)) + 1.0).astype(np.float32)


def _normalised(weights: np.ndarray) -> np.ndarray:
    return weights / (float(np.sqrt(np.dot(weights, weights))) or 1.0)


class StoryIndex:
    """Articles placed so far, their stories, and the blocking index over them.

    Term vectors are kept as numpy arrays of vocabulary ids and weights (not dicts), so
    the index of 50,000 articles stays within a few hundred megabytes.
    """

    def __init__(self, *, threshold: float = JOIN_THRESHOLD, blocking_terms: int = BLOCKING_TERMS):
        self.threshold = threshold
        self.blocking_terms = blocking_terms
        self.signatures: dict[str, Signature] = {}
        self.story_of: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.vocab: dict[str, int] = {}
        self.terms: list[str] = []
        self.df: list[int] = []
        self.n_docs = 0
        # per article: (term ids, counts); the tf-idf weights are derived from them
        self._counts: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        # per article: (term ids, L2-normalised weights); valid until the frequencies change
        self._weights: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._idf: np.ndarray | None = None
        self._bg_shares: np.ndarray = np.zeros(0)
        self._years: dict[str, frozenset[str]] = {}
        self._rare: dict[str, frozenset[int]] = {}
        self._people: dict[str, frozenset[int]] = {}
        self._facts: dict[str, _Facts] = {}
        # per placed article: its publication day (None when undated), for nearest_in_time
        self._day: dict[str, int | None] = {}
        # the document frequencies as an array, made once per counted batch
        self._df_array: np.ndarray | None = None
        self._ranked: tuple[str | None, list[int]] = (None, [])
        # rare name -> the one story that names it ("" once several do)
        self._name_story: dict[int, list] = {}
        self._dense: np.ndarray = np.zeros(0, dtype=np.float32)
        # the blocking index, built once the index holds more articles than are scored anyway:
        # the keys of articles placed before are taken then, with the frequencies known then
        self._keys: KeyIndex | None = None
        self._unkeyed: list[str] = []

    # -- document frequencies --------------------------------------------------------------

    def count(self, signatures: Iterable[Signature]) -> None:
        """Add articles to the vocabulary and document frequencies (before placing a batch).

        Each article's term counts move into compact arrays, and its ``tf`` dict is dropped
        (serialise a signature before counting it if you need to store it).
        """
        vocab, df, terms = self.vocab, self.df, self.terms
        for sig in signatures:
            if sig.article_id in self._counts:
                continue
            ids = []
            for term in sig.tf:
                tid = vocab.get(term)
                if tid is None:
                    tid = vocab[term] = len(terms)
                    terms.append(term)
                    df.append(0)
                df[tid] += 1
                ids.append(tid)
            order = np.argsort(ids)
            self._counts[sig.article_id] = (np.asarray(ids, dtype=np.int32)[order],
                                            np.asarray(list(sig.tf.values()), dtype=np.float32)[order])
            sig.tf = {}
            self.n_docs += 1
        self._weights.clear()
        self._ranked = (None, [])
        self._rare.clear()
        self._people.clear()
        self._idf = None
        self._df_array = None

    def _idf_array(self) -> np.ndarray:
        if self._idf is None or len(self._idf) != len(self.df):
            df = np.asarray(self.df, dtype=np.float64)
            n_docs = float(self.n_docs)
            shares = self._background_shares()
            if shares is not None:
                # the prior fades as the corpus grows: past BACKGROUND_FADE_FROM articles the
                # corpus knows its own common words (and an event type common in it, such as
                # "earthquake" in an archive of quakes, rightly weighs little)
                m = BACKGROUND_DOCS * BACKGROUND_FADE_FROM / max(BACKGROUND_FADE_FROM, n_docs)
                df = df + m * shares
                n_docs += m
            self._idf = _idf(df, n_docs)
            self._dense = np.zeros(len(self.df), dtype=np.float32)
        return self._idf

    def _background_shares(self) -> np.ndarray | None:
        """General-English document shares of the vocabulary's terms (see :mod:`.background`),
        computed once per term."""
        from .background import background_doc_shares

        known = self._bg_shares
        if len(known) < len(self.terms):
            more = background_doc_shares(self.terms[len(known):])
            if more is None:
                return None
            self._bg_shares = known = np.concatenate([known, more])
        return known

    def vector(self, article_id: str, *, prior: bool = True) -> tuple[np.ndarray, np.ndarray]:
        """Term ids and L2-normalised sublinear tf-idf weights of a counted article.

        ``prior=False`` weighs by this corpus's frequencies alone: what sets some of its
        articles apart from the others (a story's two halves) rather than from news at large.
        """
        if not prior:
            ids, counts = self._counts[article_id]
            if self._df_array is None:
                self._df_array = np.asarray(self.df, dtype=np.float64)
            return ids, _normalised((1.0 + np.log(counts)) * _idf(self._df_array[ids],
                                                                  float(self.n_docs)))
        cached = self._weights.get(article_id)
        if cached is None:
            ids, counts = self._counts[article_id]
            cached = self._weights[article_id] = (ids, _normalised((1.0 + np.log(counts)) * self._idf_array()[ids]))
        return cached

    def blocking_keys(self, article_id: str, *, seen_elsewhere: bool = False) -> list[str]:
        """The article's most distinctive terms (highest tf-idf).

        Query keys (``seen_elsewhere``) skip terms no other article has: they cannot match.
        Stored keys are those and the article's most distinctive terms of any frequency: a
        term seen once so far may be shared by an article placed later, and the stored
        keys must still find it then; but with those alone, an article whose rarest terms
        are its own (a long report in a small batch) stores no key the others can hit.
        Stored keys also hold as many of its names as :meth:`name_keys` probes with: a
        later report's names then meet the earlier one's, not only its top terms (a
        victim named in a long feature among rarer words).
        """
        shared = self._top_terms(article_id, lambda t: True, self.blocking_terms, True)
        if seen_elsewhere:
            return shared
        own = self._top_terms(article_id, lambda t: True, self.blocking_terms, False)
        names = self._top_terms(article_id, lambda t: t[0] == "@", self.blocking_terms // 2, False)
        return list(dict.fromkeys(own + names + shared))

    def name_keys(self, article_id: str) -> list[str]:
        """The article's most distinctive names that other articles share (query keys)."""
        return self._top_terms(article_id, lambda t: t[0] == "@", self.blocking_terms // 2, True)

    def _top_terms(self, article_id: str, wanted: Callable[[str], bool], limit: int, seen_elsewhere: bool) -> list[str]:
        # place() asks for one article's keys three times in a row: sort its terms once
        if self._ranked[0] != article_id:
            ids, weights = self.vector(article_id)
            self._ranked = (article_id, ids[np.argsort(-weights, kind="stable")].tolist())
        terms, df = self.terms, self.df
        out = []
        for i in self._ranked[1]:
            term = terms[i]
            if wanted(term) and (not seen_elsewhere or df[i] >= 2):
                out.append(term)
                if len(out) == limit:
                    break
        return out

    @property
    def key_index(self) -> "KeyIndex":
        """The inverted index of the placed articles' blocking keys, built on first use."""
        if self._keys is None:
            self._keys = KeyIndex()
            pending, self._unkeyed = self._unkeyed, []
            for article_id in pending:
                self._keys.insert(article_id, self.blocking_keys(article_id))
        return self._keys

    # -- placing ---------------------------------------------------------------------------

    def add_existing(self, sig: Signature, story_id: str) -> None:
        """Load an article placed in an earlier run (count it first, with the new batch): its
        blocking keys are taken anew, from its stored term counts and today's frequencies."""
        self._remember(sig, story_id)
        if self._keys is None:
            self._unkeyed.append(sig.article_id)
        else:
            self._keys.insert(sig.article_id, self.blocking_keys(sig.article_id))

    def _remember(self, sig: Signature, story_id: str) -> None:
        self.signatures[sig.article_id] = sig
        self._day[sig.article_id] = self.facts(sig).published
        self.story_of[sig.article_id] = story_id
        self.members.setdefault(story_id, []).append(sig.article_id)
        if RARE_NAME_DF or NAME_BONUS != 1.0:
            name_story = self._name_story
            for tid in self.rare_names(sig.article_id):
                known = name_story.get(tid)
                if known is None:
                    name_story[tid] = [story_id, 1]
                elif known[0] == story_id:
                    known[1] += 1
                else:
                    known[0] = ""  # named in several stories: a spokesperson, a hospital, a place

    def names_only_in(self, names: frozenset[int], story_id: str | None) -> bool:
        """Whether any of these rare names has so far been named in this story only."""
        return story_id is not None and any(self._name_story.get(tid, ("",))[0] == story_id for tid in names)

    def story_names(self, names: frozenset[int], story_id: str | None) -> bool:
        """Whether any of these names is named by ``NAME_BONUS_MEMBERS`` or more articles of
        this story and by no other story."""
        if story_id is None:
            return False
        for tid in names:
            known = self._name_story.get(tid)
            if known is not None and known[0] == story_id and known[1] >= NAME_BONUS_MEMBERS:
                return True
        return False

    def place(self, sig: Signature) -> tuple[str, PairEvidence | None]:
        """Put one counted article into the best-matching story or a new one.

        Returns (story id, evidence of the match or None for a new story).
        """
        if sig.article_id in self.story_of:
            return self.story_of[sig.article_id], None
        keys = self.blocking_keys(sig.article_id)
        # no blocking while every placed article is a candidate (see match_story): its keys
        # wait until the blocking index is built
        exhaustive = self._keys is None and len(self.signatures) < MAX_CANDIDATES
        best_id, best_score = self.match_story(sig) if keys else (None, 0.0)
        evidence = None
        if best_id is not None and best_score >= self.threshold:
            story_id = self.story_of[best_id]
            evidence = self.evidence(sig, self.signatures[best_id])
        else:
            story_id = story_id_for(sig.article_id)
        self._remember(sig, story_id)
        if exhaustive:
            self._unkeyed.append(sig.article_id)
        else:
            self.key_index.insert(sig.article_id, keys)
        return story_id, evidence

    def match_story(self, sig: Signature, *, probe_names: bool = True,
                    limit: int = MAX_CANDIDATES) -> tuple[str | None, float]:
        """The member of another story that best places a counted article, and the score of
        that story (:meth:`story_score`); (None, 0.0) when nothing shares enough with it.
        ``probe_names`` adds the probe with its names; ``limit`` caps the candidates."""
        if len(self.signatures) <= limit:
            # blocking only prunes what would not be scored anyway: while the index holds no
            # more articles than that, every one is a candidate (a small batch's distinctive
            # terms are mostly its own, so two reports of one event may share none of them)
            found = set(self.signatures)
            names = None
        else:
            found = self.key_index.query(self.blocking_keys(sig.article_id, seen_elsewhere=True))
            names = self.name_keys(sig.article_id) if probe_names else None
        if names:
            # a second probe with the article's names: an analysis piece or a follow-up
            # shares the event's names even when its distinctive words are its own
            found |= self.key_index.query(names)
        own = self.story_of.get(sig.article_id)
        # the index holds placed articles only; an article not placed yet has no story-mates
        candidates = self.nearest_in_time(
            sig, list(found) if own is None else [c for c in found if self.story_of[c] != own], limit)
        scores = self.pair_scores(sig, candidates)
        # per story: its best and second-best matching member
        by_story: dict[str, list[tuple[float, str]]] = {}
        for cand_id, value in zip(candidates, scores):
            if value > 0.0:
                by_story.setdefault(self.story_of[cand_id], []).append((value, cand_id))
        best_id, best_score = None, 0.0
        for story_id, matches in sorted(by_story.items()):
            matches.sort(key=lambda m: (-m[0], m[1]))
            value = self.story_score(matches, len(self.members[story_id]))
            if value > best_score:
                best_id, best_score = matches[0][1], value
        return best_id, best_score

    def nearest_in_time(self, sig: Signature, candidates: list[str], limit: int = MAX_CANDIDATES) -> list[str]:
        """At most ``limit`` candidates, those published closest to the article first:
        keeps the work per article bounded when a term is shared by thousands of articles."""
        candidates = sorted(candidates)
        if len(candidates) <= limit:
            return candidates
        mine = self.facts(sig).published
        if mine is None:
            return candidates[:limit]
        day = self._day
        # undated candidates last; ties in id order (a stable sort of the sorted ids)
        theirs = np.fromiter((mine if day[c] is None else day[c] for c in candidates), dtype=np.int64,
                             count=len(candidates))
        distance = np.abs(theirs - mine)
        distance[[day[c] is None for c in candidates]] = 10**6
        keep = np.sort(np.argsort(distance, kind="stable")[:limit])
        return [candidates[i] for i in keep.tolist()]

    def story_score(self, matches: list[tuple[float, str]], size: int) -> float:
        """How well an article fits a story, from its best-matching members (best first).

        One strong match is enough for a story of one or two articles; a larger story also
        wants a second member to agree, so one loose link cannot chain unrelated events.
        """
        best = matches[0][0]
        if size < SUPPORT_FROM or SUPPORT_WEIGHT == 0.0:
            return best
        second = matches[1][0] if len(matches) > 1 else 0.0
        return (1.0 - SUPPORT_WEIGHT) * best + SUPPORT_WEIGHT * second

    def cosines(self, article_id: str, candidates: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """For each candidate, in one vectorised pass: the cosine with the article and how
        many terms they share."""
        n = len(candidates)
        if not candidates:
            return np.zeros(0), np.zeros(0, dtype=np.int64)
        ids, weights = self.vector(article_id)
        dense = self._dense
        dense[ids] = weights
        vectors = [self.vector(c) for c in candidates]
        lengths = np.fromiter((len(v[0]) for v in vectors), dtype=np.int64, count=n)
        all_ids = np.concatenate([v[0] for v in vectors])
        all_weights = np.concatenate([v[1] for v in vectors])
        products = dense[all_ids] * all_weights
        dense[ids] = 0.0
        if len(products) == 0:
            return np.zeros(n), np.zeros(n, dtype=np.int64)
        # reduceat repeats the next value for an empty segment; an empty vector shares nothing
        starts = np.minimum(np.concatenate(([0], np.cumsum(lengths)[:-1])), len(products) - 1)
        present = lengths > 0
        sums = np.where(present, np.add.reduceat(products, starts), 0.0)
        shared = np.where(present, np.add.reduceat((products > 0).astype(np.int64), starts), 0)
        return sums, shared

    def pair_scores(self, sig: Signature, candidates: list[str]) -> list[float]:
        """Cosine of the two articles' vectors, discounted by time apart and differing event dates.

        Articles sharing fewer than ``MIN_SHARED_TERMS`` terms score 0: one or two words in
        common (a near-empty page, a city name) are no evidence of one event.
        """
        cosines, shared = self.cosines(sig.article_id, candidates)
        about = self.rare_names(sig.article_id) if RARE_NAME_DF or NAME_BONUS != 1.0 else frozenset()
        df = self.df
        mine = self.facts(sig)
        out = []
        # below this cosine no bonus can lift a pair to the threshold: not worth the factors
        floor = self.threshold / (max(SHARED_DATE_BONUS, 1.0) * max(NAME_BONUS, 1.0))
        for cand_id, cosine, n_shared in zip(candidates, cosines, shared):
            if cosine <= floor or n_shared < MIN_SHARED_TERMS:
                out.append(0.0)
                continue
            theirs = self.facts(self.signatures[cand_id])
            days = abs(mine.published - theirs.published) \
                if mine.published is not None and theirs.published is not None else None
            timing = time_factor(days)
            if (SHARED_DATE_TIME_FLOOR or SHARED_DATE_BONUS != 1.0) and mine.dates and theirs.dates \
                    and not mine.dates.isdisjoint(theirs.dates):
                timing = max(timing, SHARED_DATE_TIME_FLOOR) * SHARED_DATE_BONUS
            shared_about = about & self.rare_names(cand_id) if about else frozenset()
            same_people = False
            if shared_about:
                story_id = self.story_of.get(cand_id)
                rare = frozenset(t for t in shared_about if df[t] <= RARE_NAME_DF)
                if RARE_NAME_DF and self.names_only_in(rare, story_id):
                    timing = max(timing, RARE_NAME_TIME_FLOOR)
                    same_people = PEOPLE_KEEP_DATES and self.names_only_in(
                        rare & self.people(sig.article_id) & self.people(cand_id), story_id)
                if NAME_BONUS != 1.0 and self.story_names(shared_about, story_id):
                    timing *= NAME_BONUS
            factor = timing
            if not same_people:
                factor *= date_factor_of_days(mine.date_ordinals, theirs.date_ordinals, days)
            if YEAR_MISMATCH != 1.0 and days is None:
                ya, yb = self.years(sig.article_id), self.years(cand_id)
                if ya and yb and not ya & yb:
                    factor *= YEAR_MISMATCH
            same_street = bool(mine.streets) and not mine.streets.isdisjoint(theirs.streets)
            if NUMBER_MISMATCH != 1.0 and len(mine.numbers) >= NUMBER_MIN and len(theirs.numbers) >= NUMBER_MIN \
                    and mine.numbers.isdisjoint(theirs.numbers) and not (same_street and STREET_OVER_NUMBERS):
                factor *= NUMBER_MISMATCH
            if STREET_MISMATCH != 1.0 and mine.streets and theirs.streets and mine.streets.isdisjoint(theirs.streets):
                factor *= STREET_MISMATCH
            out.append(float(cosine) * factor)
        return out

    def facts(self, sig: Signature) -> _Facts:
        """The article's publication day, stated dates, counts and streets, parsed once."""
        cached = self._facts.get(sig.article_id)
        if cached is None:
            published = parse_day(sig.published)
            cached = self._facts[sig.article_id] = _Facts(
                published.toordinal() if published else None, frozenset(sig.dates), day_ordinals(sig.dates),
                frozenset(sig.numbers), frozenset(sig.streets))
        return cached

    def rare_names(self, article_id: str) -> frozenset[int]:
        """Term ids of the full names (two words or more) the article is about: named by at
        most ``RARE_NAME_DF`` articles, and the last word (a surname) written at least
        ``RARE_NAME_MENTIONS`` times (a spokesperson or a photo credit is named once)."""
        cached = self._rare.get(article_id)
        if cached is None:
            terms, df, vocab = self.terms, self.df, self.vocab
            ids, counts = self._counts[article_id]
            count_of = dict(zip(ids.tolist(), counts.tolist()))
            found = []
            for i in ids.tolist():
                term = terms[i]
                if df[i] <= NAME_DF_CAP and term[0] == "@" and " " in term:
                    last = term.rsplit(" ", 1)[-1]
                    # "Marchetti" and "Marchetti's" are both mentions
                    mentions = sum(count_of.get(vocab.get(form, -1), 0) for form in (last, last + "'s", last + "’s"))
                    if mentions >= RARE_NAME_MENTIONS:
                        found.append(i)
            cached = self._rare[article_id] = frozenset(found)
        return cached

    def people(self, article_id: str) -> frozenset[int]:
        """Term ids of the article's :meth:`rare_names` that are people's (see :mod:`.people`)."""
        cached = self._people.get(article_id)
        if cached is None:
            rare = self.rare_names(article_id)
            terms = self.terms
            names = [terms[i][1:] for i in self._counts[article_id][0].tolist() if terms[i][0] == "@"]
            found = person_names((terms[i][1:] for i in rare), names, stop_words())
            cached = self._people[article_id] = frozenset(i for i in rare if terms[i][1:] in found)
        return cached

    def years(self, article_id: str) -> frozenset[str]:
        """The years an article names (its "%2014" terms)."""
        cached = self._years.get(article_id)
        if cached is None:
            terms = self.terms
            cached = self._years[article_id] = frozenset(
                terms[i] for i in self._counts[article_id][0].tolist() if terms[i][0] == "%")
        return cached

    def evidence(self, sig: Signature, cand: Signature) -> PairEvidence:
        """What two articles share, for the record of why one joined the other's story."""
        ids, weights = self.vector(sig.article_id)
        cand_ids, cand_weights = self.vector(cand.article_id)
        shared, ia, ib = np.intersect1d(ids, cand_ids, assume_unique=True, return_indices=True)
        products = weights[ia] * cand_weights[ib]
        top = [self.terms[shared[i]] for i in np.argsort(-products, kind="stable")]
        return PairEvidence(
            matched=cand.article_id, score=self.pair_scores(sig, [cand.article_id])[0],
            cosine=float(products.sum()),
            shared_terms=[t for t in top if t[0] not in "@#"][:8],
            shared_names=[t[1:] for t in top if t[0] == "@"][:8],
            shared_numbers=[t[1:] for t in top if t[0] == "#"][:8],
            shared_dates=sorted(set(sig.dates) & set(cand.dates)),
            days_apart=days_apart(sig.published, cand.published),
        )
