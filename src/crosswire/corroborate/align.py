"""Align claims across a story's articles: facts (same slot, compatible values) and conflicts.

Claims are grouped per bucket (dates, durations, amounts of one unit, phrases): a claim joins
the group whose values it is compatible with *all* of, when its slot is similar enough to
the group's (cosine of IDF-weighted slot words). Two groups whose values are incompatible
become a conflict only when their slots match strongly and no article carries both — a
false conflict costs the reader more than a missed one.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .claims import OFFICES, SPEED_UNITS, Claim
from .sameslot import (
    counted_nouns,
    dates_legal_step,
    dates_statements,
    measures,
    names_event,
    normalized_words,
    nouns_agree,
    nouns_agree_groups,
    NUMBER_TOKEN,
    one_relative,
    partial_claim,
    PER_PERSON_NOUNS,
    planned,
    reference_place,
    reference_places,
    relative_apart,
    same_population_place,
    same_relative_offset,
    SAME_STATEMENT,
    SAME_STATEMENT_DAY,
    scope_places,
    single_measure,
    stat_line,
    weekdays,
    written_weekdays,
    year_guessed,
    year_guessed_claims,
)
from .text import content_tokens, stem
from ..values import Amount, Clock, DateValue, Duration, Tally, compatible, more_precise, value_key

#: slot similarity for a claim to support a group's fact
JOIN_THRESHOLD = 0.35
#: ... when the group already holds exactly this value (a shared exact date is evidence itself)
JOIN_SAME_VALUE = 0.15
#: ... but a small count ("two victims", "one more time") is in many sentences of a story that
#: tell of other things: sharing it is little evidence
JOIN_SMALL_COUNT = 0.3
#: slot similarity for two groups with incompatible values to be reported as a conflict
CONFLICT_THRESHOLD = 0.5
#: the conflicting groups must also share this much slot weight in distinctive words
CONFLICT_MIN_SHARED = 2


@dataclass
class Group:
    """Claims stating one fact: the same slot with compatible values."""

    bucket: str
    claims: list[Claim] = field(default_factory=list)
    vector: dict[str, float] = field(default_factory=dict)  # sum of member slot vectors
    values: list[object] = field(default_factory=list)  # distinct values
    disputed: bool = False

    @property
    def value(self) -> object:
        best = self.values[0]
        for v in self.values[1:]:
            best = more_precise(best, v)
        return best

    @property
    def articles(self) -> list[str]:
        seen: dict[str, None] = {}
        for c in self.claims:
            seen.setdefault(c.article, None)
        return list(seen)

    @property
    def roots(self) -> set[str]:
        return {c.root or c.article for c in self.claims}

    @property
    def holders(self) -> set[str]:
        return {c.holder for c in self.claims if c.holder}

    def add(self, claim: Claim, vec: dict[str, float]) -> None:
        self.claims.append(claim)
        for k, w in vec.items():
            self.vector[k] = self.vector.get(k, 0.0) + w
        if not any(_same_value(claim.value, v) for v in self.values):
            self.values.append(claim.value)


#: a bound backs a figure only when it is this close to it: "at least 20" backs "24 dead", but
#: "at least one" and "more than 300 houses" are other, earlier counts than "24" and "about 1,500",
#: "at least 15,000 refugees" is not "nearly 23,000", nor "less than 25 km" "15 km"
BOUND_BACKS = 0.8


def corroborates(a: object, b: object) -> bool:
    """Whether two values may support one fact: compatible, and no bound far from the other figure
    (they agree only in that neither excludes the other, which is no corroboration)."""
    if not compatible(a, b):
        return False
    if isinstance(a, Duration) and isinstance(b, Duration):  # "just over 10 seconds" is not "30 seconds"
        a, b = a.as_amount(), b.as_amount()
    if isinstance(a, Amount) and isinstance(b, Amount) and a.unit == b.unit == "magnitude":
        return abs(a.value - b.value) < 0.05  # a quake's magnitude is one figure to a tenth: 5.9 is not 6.4
    if isinstance(a, Amount) and isinstance(b, Amount) and (a.qualifier in _BOUNDS or b.qualifier in _BOUNDS):
        low, high = sorted((abs(a.value), abs(b.value)))
        return high == 0 or low / high >= BOUND_BACKS
    if isinstance(a, Amount) and isinstance(b, Amount) and a.qualifier == b.qualifier == "about":
        # "about 20 miles" and "about 26 miles" overlap only at their edges: two estimates, and a
        # statement of one is no evidence for the other; each figure must fall in the other's range
        return all(lo <= other.value <= hi for (lo, hi), other in ((a.interval(), b), (b.interval(), a)))
    return True


_BOUNDS = ("more than", "at least", "less than", "up to")


def _distinctive(value: object) -> bool:
    """A sum of money, a share or a quake's magnitude stated exactly, with two or more significant
    digits ("$334 million", "27.5%", "5.9"): outlets that give it are giving one figure, whatever
    words surround it."""
    if isinstance(value, Tally):
        return True  # "20-13": two figures at once are one score, however it is worded
    if isinstance(value, Clock):
        return value.minutes % 60 != 0  # "1:30 a.m." twice in a story is one moment; "1 a.m." may be two
    if isinstance(value, Amount) and value.unit == "years old" and not value.qualifier and value.value >= 1:
        # "the 55-year-old star", "an 8-year-old boy": outlets giving one age in a story mostly
        # tell of one person
        return True
    if isinstance(value, Amount) and not value.qualifier and value.value >= 100 and value.value == int(value.value) \
            and value.value % 10 and value.unit not in ("years old", "%"):
        return True  # "716 yards", "2,129 points": an exact figure of three digits or more, no round one
    if not (single_measure(value) or isinstance(value, Amount) and value.unit in SPEED_UNITS) or value.qualifier:
        return False  # (a speed too: "120 mph" twice in a story is one chase's)
    digits = f"{abs(value.value):.6g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")
    return len(digits) >= 2


def _same_value_threshold(value: object) -> float:
    small = isinstance(value, Amount) and abs(value.value) < 10 and value.value == int(value.value)
    return JOIN_SMALL_COUNT if small else JOIN_SAME_VALUE


def _top_words(vec: dict[str, float], n: int = 6) -> list[str]:
    return sorted(vec, key=vec.get, reverse=True)[:n]


def _pool_key(value: object) -> str:
    """Claims of one distinctive value meet under this key ("1:30 a.m." and "around 1:30 a.m.")."""
    if isinstance(value, Clock):
        return f"clock:{value.minutes}:{value.of_day}"
    return value_key(value)


def _bare(value: object) -> object:
    """An amount without its hedge ("up to 120 mph" -> "120 mph")."""
    return Amount(value.value, value.unit) if isinstance(value, Amount) and value.qualifier else value


def _same_origin(c: Claim, g: Group) -> bool:
    """Whether another claim of the group gives the same distance from the same place."""
    origin = reference_place(c) if isinstance(c.value, Amount) else None
    return origin is not None and any(
        o is not c and _same_value(o.value, c.value) and reference_place(o) == origin for o in g.claims)


def _same_value(a: object, b: object) -> bool:
    return type(a) is type(b) and _pool_key(a) == _pool_key(b)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(k, 0.0) for k, w in a.items())
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


class Aligner:
    """Groups a story's claims; ``idf`` comes from :func:`claims.idf_table` over its sentences."""

    def __init__(self, idf: dict[str, float]):
        self.idf = idf
        self.default_idf = math.log(idf.get("__n__", 1.0) + 1) + 1.0
        self._sentence_vectors: dict[str, dict[str, float]] = {}

    def weight(self, key: str) -> float:
        if key in self.idf:
            return self.idf[key]
        if key.startswith("@"):  # an entity: as distinctive as its rarest word
            words = [self.idf.get(stem(w), self.default_idf) for w in key[1:].split()]
            return max(words) if words else self.default_idf
        return self.default_idf

    def vector(self, claim: Claim) -> dict[str, float]:
        return {k: w * self.weight(k) for k, w in claim.slot.items()}

    def group(self, claims: list[Claim]) -> list[Group]:
        by_bucket: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_bucket[c.bucket].append(c)
        groups: list[Group] = []
        for bucket, members in by_bucket.items():
            if bucket == "phrase":
                groups.extend(self._group_phrases(members))
                continue
            bucket_groups: list[Group] = []
            # candidate groups share one of the claim's heaviest slot words (an inverted index,
            # so a 200-article story does not compare every claim with every group)
            index: dict[str, list[Group]] = defaultdict(list)
            by_value: dict[object, list[Group]] = defaultdict(list)
            # more precise values first, so coarse ones ("in November") join a precise fact
            members.sort(key=lambda c: (-getattr(c.value, "rank", 0), c.article, c.start))
            for claim in members:
                vec = self.vector(claim)
                top = _top_words(vec)
                best, best_score = None, 0.0
                distinctive = _distinctive(claim.value)
                pools = [index.get(w, ()) for w in top]
                if distinctive:
                    pools.append(by_value.get(_pool_key(claim.value), ()))
                origin = reference_place(claim) if isinstance(claim.value, Amount) else None
                if origin:
                    pools.append(by_value.get((origin, claim.value.value, claim.value.unit), ()))
                candidates = list({id(g): g for pool in pools for g in pool}.values())
                for g in candidates:
                    if not all(corroborates(claim.value, v) for v in g.values):
                        continue
                    if claim.holder and g.holders and claim.holder not in g.holders:
                        continue  # "Artino scored 14 points", "Carter scored 14 points": two players' figures
                    sim = cosine(vec, g.vector)
                    # a shared exact value is evidence of one fact only when the counted noun agrees
                    exact = any(_same_value(claim.value, v) for v in g.values) and nouns_agree(claim, g)
                    # ... and "$334 million" twice in one story is one price, however it is worded; so
                    # is "about 26 miles from Santa Rosa", one distance from one place
                    anchored = exact and origin is not None and origin in reference_places(g)
                    if sim < ((0.0 if distinctive or anchored else _same_value_threshold(claim.value)) if exact
                              else JOIN_THRESHOLD):
                        continue
                    score = sim + (0.2 if exact else 0.0)
                    if score > best_score:
                        best, best_score = g, score
                if best is None:
                    best = Group(bucket)
                    bucket_groups.append(best)
                best.add(claim, vec)
                for key in ([_pool_key(claim.value)] if distinctive else []) + \
                        ([(origin, claim.value.value, claim.value.unit)] if origin else []):
                    same = by_value[key]
                    if best not in same:
                        same.append(best)
                for w in top:
                    if not index[w] or index[w][-1] is not best:
                        if best not in index[w]:
                            index[w].append(best)
            groups.extend(self._split_misplaced(self._merge_distinctive(bucket_groups)))
        return groups

    def _merge_distinctive(self, groups: list[Group]) -> list[Group]:
        """Groups that both state one distinctive figure ("$334 million", magnitude 5.9) are one
        fact: a claim may have joined a hedged wording of it ("at least 5.9") on its words before
        the exact one was seen."""
        first: dict[str, Group] = {}
        out: list[Group] = []
        for g in groups:
            # "up to 120 mph" meets "120 mph" under the bare figure; corroborates() then decides
            keys = [value_key(bare) for v in g.values if _distinctive(bare := _bare(v))]
            into = next((first[k] for k in keys if k in first), None)
            if into is not None and all(corroborates(a, b) for a in g.values for b in into.values) \
                    and not (g.holders and into.holders and not g.holders & into.holders):
                for c in g.claims:
                    into.add(c, self.vector(c))
                continue
            for k in keys:
                first.setdefault(k, g)
            out.append(g)
        return out

    def _split_misplaced(self, groups: list[Group]) -> list[Group]:
        """Move out claims that match an incompatible group far better than their own.

        A claim may join a group on a shared exact value with weak slot similarity; when it is
        much closer to a group stating another value, it is that group's slot with a different
        value (a conflict in the making), not support for its own group.
        """
        moved: list[tuple[Group, Claim]] = []
        for g in groups:
            if len(g.claims) < 2:
                continue
            for c in g.claims:
                vec = self.vector(c)
                rest = {k: w - vec.get(k, 0.0) for k, w in g.vector.items()}
                own = cosine(vec, rest)
                if own >= JOIN_THRESHOLD:
                    continue  # it belongs here on its words, not only on its value
                if _same_origin(c, g):
                    continue  # "about 26 miles from Santa Rosa" twice: one distance, whatever else is near
                if _distinctive(c.value) and any(o is not c and o.article != c.article and _same_value(c.value, o.value)
                                                 for o in g.claims):
                    continue  # "716 yards" in another outlet: one figure, whatever else its sentence holds
                top = set(_top_words(vec))
                for h in groups:
                    if h is g or not top & h.vector.keys() or any(compatible(c.value, v) for v in h.values):
                        continue
                    if (c.root or c.article) in h.roots:
                        continue  # its own article states h's value too: two figures, not a misplaced one
                    if isinstance(c.value, DateValue) and year_guessed_claims([c]) and year_guessed(h) \
                            and any(c.value.iso[4:] == v.iso[4:] for v in h.values):
                        continue
                    if cosine(vec, h.vector) >= max(CONFLICT_THRESHOLD, own + 0.15):
                        moved.append((g, c))
                        break
        if not moved:
            return groups
        for g, c in moved:
            g.claims.remove(c)
            g.vector, g.values = {}, []
            claims, g.claims = g.claims, []
            for other in claims:
                g.add(other, self.vector(other))
        out = [g for g in groups if g.claims]
        fresh: list[Group] = []
        for _, c in moved:
            vec = self.vector(c)
            for f in fresh:
                if all(corroborates(c.value, v) for v in f.values) and cosine(vec, f.vector) >= JOIN_THRESHOLD:
                    f.add(c, vec)
                    break
            else:
                f = Group(c.bucket)
                f.add(c, vec)
                fresh.append(f)
        return out + fresh

    @staticmethod
    def _group_phrases(claims: list[Claim]) -> list[Group]:
        by_key: dict[str, Group] = {}
        for c in claims:
            g = by_key.setdefault(str(c.value), Group("phrase"))
            g.add(c, c.slot)
        return list(by_key.values())

    def conflicts(self, groups: list[Group]) -> list[tuple[Group, Group, float]]:
        """Pairs of groups stating incompatible values for one strongly matching slot."""
        out = []
        by_bucket: dict[str, list[Group]] = defaultdict(list)
        for g in groups:
            if g.bucket != "phrase":
                by_bucket[g.bucket].append(g)
        for members in by_bucket.values():
            # index groups by their heaviest words so only plausible pairs are compared
            index: dict[str, list[int]] = defaultdict(list)
            for i, g in enumerate(members):
                for k in sorted(g.vector, key=g.vector.get, reverse=True)[:6]:
                    index[k].append(i)
            seen: set[tuple[int, int]] = set()
            for i, g in enumerate(members):
                for k in sorted(g.vector, key=g.vector.get, reverse=True)[:6]:
                    for j in index[k]:
                        if j <= i or (i, j) in seen:
                            continue
                        seen.add((i, j))
                        h = members[j]
                        score = self._conflict_score(g, h)
                        if score is not None:
                            out.append((g, h, score))
        # each group in at most one conflict: keep the strongest
        out.sort(key=lambda t: -t[2])
        used: set[int] = set()
        kept = []
        for g, h, score in out:
            if id(g) in used or id(h) in used:
                continue
            used.update((id(g), id(h)))
            kept.append((g, h, score))
        return kept

    def _conflict_score(self, g: Group, h: Group) -> float | None:
        if g.bucket.startswith("ordinal:") and g.bucket[8:] in OFFICES:
            return None  # the 11th and the 12th holder of an office are two people, both in the story
        if isinstance(g.value, Clock) and not (g.value.of_day and h.value.of_day):
            return None  # a game clock ("at 2:56") times many moments of one game
        if measures(g) and measures(h):
            contested = self._contested(g, h)
            if contested is None:
                return None
            g, h = contested
        if set(g.articles) & set(h.articles):
            return None  # an article stating both is describing two things, not disagreeing
        if g.roots & h.roots and not self._copies_differ(g, h):
            return None
        if any(isinstance(v, Amount) and "old" in v.unit for v in g.values + h.values) and not one_relative(g, h):
            return None  # ages belong to people, and a story has many people -- but "his 11-year-old
            # son" and "his 10-year-old son" in one statement are one son
        if any(partial_claim(c) for c in g.claims + h.claims):
            return None  # "one of the deputies", "three other brothers", "12 to 15": not the whole figure
        if counted_nouns(g.claims + h.claims) & PER_PERSON_NOUNS:
            return None  # so do "shot five times" and "three counts of murder": one figure per person
        if any(compatible(a, b) for a in g.values for b in h.values):
            return None
        # two dates of one deal ("sold for $30 million in 1957" / "in 1967") are one slot, however
        # little else their sentences share
        one_deal = isinstance(g.value, DateValue) and self._one_sum(g, h)
        if isinstance(g.value, DateValue):
            coarse = g.value.rank < 6 or h.value.rank < 6
            if coarse and not (g.value.precision == h.value.precision and not g.value.modifier
                               and not h.value.modifier and self._same_statement_dated(g, h, one_deal)):
                # a day is pinned enough to contradict; a month or a year only in the same statement
                # at the same precision ("sold for $30 million in 1957" / "... in 1967")
                return None
            if year_guessed(g) and year_guessed(h) and g.value.iso[4:] == h.value.iso[4:]:
                return None  # same day and month; only the inferred year differs
            if same_relative_offset(g, h):
                return None  # "on Wednesday" in Wednesday's paper, "on Thursday" in Thursday's: news moved on
            dissent, majority = sorted((g, h), key=lambda x: len(x.roots))
            if relative_apart(dissent, majority) or (len(g.roots) == len(h.roots) and relative_apart(majority, dissent)):
                return None  # a lone weekday read against another publication day is too often another day
            if weekdays(g) and weekdays(g) <= written_weekdays(h) or weekdays(h) and weekdays(h) <= written_weekdays(g):
                return None  # both write "Saturday": the same words, read against other weeks
            if planned(g) != planned(h):
                return None  # "a hearing is set for March 31" against the day one was held: plans move
            if names_event(g) != names_event(h):
                return None  # "a suspect in the March 9 shooting" dates the shooting, not the suspicion
            if dates_legal_step(g) != dates_legal_step(h):
                return None  # "were indicted Thursday" dates the indictment, not the killing it is for
            if dates_statements(g) != dates_statements(h):
                return None  # "Yesterday, the police explained that officers shot …" dates the explaining
            if self.statement_similarity(g, h) < SAME_STATEMENT_DAY:
                return None
        if not nouns_agree_groups(g, h):
            return None  # "4 dead" and "2 injured" count different things
        places = reference_places(g), reference_places(h)
        if all(places) and not places[0] & places[1]:
            return None  # "20 miles north of Santa Rosa", "one mile north of The Geysers": other origins
        if not isinstance(g.value, DateValue):
            scopes = scope_places(g), scope_places(h)
            if all(scopes) and not scopes[0] & scopes[1]:
                return None  # "10 houses were damaged in Takengon", "300 houses in Aceh": two tallies
        sim = cosine(g.vector, h.vector)
        if same_population_place(g, h) and max(len(g.roots), len(h.roots)) >= 2:
            return max(sim, CONFLICT_THRESHOLD)  # one place's size, however the sentences around it read
        # "about 20 miles north of Santa Rosa" and "about 26 miles north of Santa Rosa": one distance
        # from one place, however many other words the sentences hold (the statements must match below)
        if sim < CONFLICT_THRESHOLD and not (all(places) and places[0] == places[1]) and not one_deal:
            return None
        if max(len(g.roots), len(h.roots)) < 2:
            return None  # one outlet against one is a disagreement nobody corroborates
        shared = self.shared_words(g, h)
        if len(shared) < CONFLICT_MIN_SHARED:
            return None
        if not isinstance(g.value, DateValue):
            # a count, an amount or a length differs across a story for many reasons (another
            # player's yards, another offer, a season's total): only the same statement with
            # another figure is a contradiction, and a line of statistics is no statement
            lines = [[stat_line(c.evidence) for c in side.claims] for side in (g, h)]
            if any(all(x) for x in lines) or (any(map(any, lines)) and not measures(g)):
                # a side other sources state in plain sentences is not in doubt -- for a measure;
                # a count in a line of statistics may be any of the things counted
                return None
            if self.statement_similarity(g, h) < SAME_STATEMENT:
                return None
        return sim

    def _contested(self, g: Group, h: Group) -> tuple[Group, Group] | None:
        """The two sides of a measure (a magnitude, a sum, a distance) without the claims that take
        no side: a hedged figure that fits both ("at least 5.9" against 5.9 and 6.1), and an article
        that gives both figures ("Tehran put the magnitude at 5.9, but the USGS said it was 6.1"),
        as long as other sources state each one. None when nothing is left on a side."""
        both = set(g.articles) & set(h.articles)
        sides = []
        for grp, other in ((g, h), (h, g)):
            kept = [c for c in grp.claims if c.article not in both and not compatible(c.value, other.value)]
            if not kept:
                return None
            if len(kept) == len(grp.claims):
                sides.append(grp)
                continue
            side = Group(grp.bucket, disputed=grp.disputed)
            for c in kept:
                side.add(c, self.vector(c))
            sides.append(side)
        return sides[0], sides[1]

    def _copies_differ(self, g: Group, h: Group) -> bool:
        """Whether the two groups share sources only as copies of one report that give the same
        sentence with another figure (a reprint edited, "The 5.9-magnitude quake struck" against
        "The 6.1-magnitude quake struck"): a disagreement, which the brief marks as the copies'.
        A count of people in copies is left alone: a toll that rose between editions is news."""
        if any(isinstance(v, Amount) and v.unit in ("people", "person", "persons") for v in g.values + h.values):
            return False
        for root in g.roots & h.roots:
            ours = [c for c in g.claims if c.root == root]
            theirs = [c for c in h.claims if c.root == root]
            if not any(normalized_words(a.evidence, a.surface) == normalized_words(b.evidence, b.surface)
                       for a in ours for b in theirs):
                return False
        return True

    def _same_statement_dated(self, g: Group, h: Group, one_deal: bool) -> bool:
        """Whether two groups' sentences are one statement: alike in words, or a little alike and
        giving one sum (``one_deal``: "sold for a reported $30 million in 1957, using ..." / "which
        Fred's generation sold for $30 million in 1967"), which ties them to one deal."""
        similarity = self.statement_similarity(g, h)
        return similarity >= SAME_STATEMENT or one_deal and similarity >= SAME_STATEMENT_DAY

    @staticmethod
    def _one_sum(g: Group, h: Group) -> bool:
        """Whether both groups' sentences give one sum of money."""
        sums = [{s for c in grp.claims for s in _sums(c.evidence)} for grp in (g, h)]
        return bool(sums[0] & sums[1])

    def statement_similarity(self, g: Group, h: Group) -> float:
        """How alike the two groups' evidence sentences are (IDF-weighted words, numbers aside):
        the best pair, since one outlet's wording may match the other's only once."""
        return max((cosine(self.sentence_vector(c.evidence), self.sentence_vector(d.evidence))
                    for c in g.claims for d in h.claims), default=0.0)

    def sentence_vector(self, text: str) -> dict[str, float]:
        cached = self._sentence_vectors.get(text)
        if cached is None:
            counts: dict[str, float] = defaultdict(float)
            for key, start, end in content_tokens(text):
                if not NUMBER_TOKEN.fullmatch(text[start:end]):
                    counts[key] += 1.0
            cached = {k: n * self.weight(k) for k, n in counts.items()}
            self._sentence_vectors[text] = cached
        return cached

    def shared_words(self, g: Group, h: Group) -> list[str]:
        """Distinctive slot words both groups weigh, heaviest first."""
        gn, hn = _normalized(g.vector), _normalized(h.vector)
        common = {k: min(gn[k], hn[k]) for k in gn.keys() & hn.keys()}
        return [k for k in sorted(common, key=common.get, reverse=True) if common[k] >= 0.08]


_SUM = re.compile(r"[$\u20ac\u00a3]\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|bn|m)\b)?", re.I)
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


@functools.lru_cache(maxsize=4096)
def _sums(text: str) -> frozenset[float]:
    """The sums of money a sentence gives ("$30 million" -> 30000000.0); cached, as a sentence
    is read once for every date group it is compared with."""
    return frozenset(float(m.group(1).replace(",", "")) * _SCALES.get((m.group(2) or "").lower(), 1.0)
            for m in _SUM.finditer(text))


def _normalized(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {k: w / norm for k, w in vec.items()}
