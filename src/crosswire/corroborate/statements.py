"""Statements with no figure or date that several outlets make ("Financial terms were not
disclosed", "Financial terms of the transaction were not disclosed").

Facts are mostly anchored on values (:mod:`.claims`); a sentence without one is aligned here by
its words: two sentences of independent articles are one statement when their IDF-weighted
words (figures aside) are alike enough and they agree on negation. Only statements at least
two independent sources make become facts, and only when no value fact of their sentences has
all their sources (else that fact says it already); sentences that quote someone
(the quote board's) are left out.

Paraphrases share few words ("Syed was taking a class at Saddleback College" / "Syed was taking
one course at Saddleback College, a two-year community college"), so looser tests join two
sentences too: they share a *distinctive name* -- an entity (no person: outlets name once whom
they quote) or two content words in a row ("gas station") that each outlet giving it gives in
one or two sentences, so it is tied to one fact rather than being the story's subject -- plus
another distinctive word, at cosine SAME_STATEMENT_NAMED; or they share RARE_WORDS rare words
besides names, at cosine SAME_STATEMENT_RARE. A statement joins a cluster by its centroid or, by
any test, by one of its members; a statement that fits two clusters joins them (a fuller sentence
telling what two outlets tell one part each). On ECB+ (benchmarks/statements_ecb.py) the looser tests took
statement pairs from 67 to 533 with 97% sharing a gold event chain.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..doc import Doc
from ..sentences import Sentences
from .align import Aligner, cosine
from .entities import EntityIndex, entity_type
from .text import content_tokens, dedupe_evidence, stem

#: IDF cosine of two sentences' words for them to make one statement: paraphrases of one fact
#: on ECB+ stories and the review corpora score 0.6-1.0; two facts of a story sharing a topic
#: mostly 0.2-0.5
SAME_STATEMENT = 0.6
#: ... when they share a distinctive name and another distinctive word (or a person): on ECB+,
#: 0.3 -> 0.25 took statement pairs from 1022 to 1278, the new ones 93% related; 0.2 would add
#: 88 more at 81%
SAME_STATEMENT_NAMED = 0.25
#: a name is distinctive when the outlets naming it do so in at most this many sentences each
#: (on average): "Saddleback College" once, the suspect's name in every paragraph
NAME_SENTENCES_PER_ARTICLE = 2.0
#: the other shared word must be at least this rare (IDF over the story's sentences): "police",
#: "said" and the story's subject words are shared by sentences telling different things
OTHER_WORD_IDF = 2.5
#: ... or when they share this many rare words (RARE_WORD_IDF: in a few of the story's sentences),
#: "off-duty police officers to patrol the parking lot" / "four off-duty police officers were
#: outside in the parking lot"
SAME_STATEMENT_RARE = 0.4
RARE_WORDS, RARE_WORD_IDF = 3, 3.5
#: a statement joining by one member must still be this close to the cluster's centroid
JOIN_CENTROID_MIN = 0.2
#: a sentence must have this many words, and at most MAX_WORDS, to be a statement
MIN_WORDS, MAX_WORDS = 4, 60
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n['\u2019]t\b", re.I)
_UNIT_WORD = re.compile(r"\d[-\u2010\u2011]((?:year|month|week|day)s?[-\u2010\u2011]old)\b", re.I)
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
#: a figure, the word it counts and the word after: "10-year-old son" (10, year son), "two victims
#: were" (2, victim were); the word after tells "scored 23 points to" from "with 2,117 points."
_COUNTED = re.compile(rf"(?<![\w.,$])(\d[\d,]*(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})[\s\u2010\u2011-]+([A-Za-z]+)"
                      r"(?:[\u2010\u2011-]old)?(?:[ \t]+([A-Za-z]+))?", re.I)


@dataclass
class _Statement:
    article: str
    root: str
    text: str
    vector: dict[str, float]
    negated: bool
    #: each value fact citing this sentence: its independent sources, and the sentence it is shown by
    backed: list[tuple[frozenset[str], str]]
    names: list[frozenset[str]] = field(default_factory=list)  # word stems of its distinctive names
    #: word stems of all its entity names and of an age ("27-year-old"): none tells what the
    #: sentence says of its subject
    name_words: set[str] = field(default_factory=set)
    #: word stems of the people it names: no anchor, but a second tie beside one ("Lewis was shot and
    #: killed … near the Micro Center" / "stopped at the Micro Center where he shot and killed … Jeremy Lewis")
    person_words: set[str] = field(default_factory=set)
    #: counted word and next -> the figures given ("year son" -> {10.0} for "his 10-year-old son")
    figures: dict[str, set[float]] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)  # its keys in the clustering's index


def counted_figures(text: str) -> dict[str, set[float]]:
    """Counted word and the word after it (stemmed) -> the figures a text gives them."""
    out: dict[str, set[float]] = defaultdict(set)
    for m in _COUNTED.finditer(text):
        raw = m.group(1).lower()
        value = float(_NUMBER_WORDS.index(raw)) if raw in _NUMBER_WORDS else float(raw.replace(",", ""))
        out[f"{stem(m.group(2).lower())} {stem((m.group(3) or '').lower())}"].add(value)
    return dict(out)


def figures_clash(s: _Statement, t: _Statement) -> bool:
    """Whether two sentences give one counted thing other figures ("struck his 11-year-old son",
    "struck Pizzolato's 10-year-old son"): alike in words, they disagree, so are no one statement."""
    return any(not (values & t.figures[word]) for word, values in s.figures.items() if word in t.figures)


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
                    covered: dict[tuple[str, int], list[tuple[frozenset[str], str]]],
                    entities: EntityIndex | None = None) -> list[dict]:
    """Facts (kind "statement") for sentences two or more independent outlets state alike;
    ``covered`` maps (article, sentence start) to the independent sources of each value fact that
    cites the sentence; ``entities``, the story's index, types the names as the story does."""
    statements = collect_statements(docs, roots, aligner, order, covered, entities)
    clusters: list[_Cluster] = []
    index: dict[str, list[_Cluster]] = defaultdict(list)
    for statement in statements:
        # a paraphrase weighs its words otherwise ("attempted to drive herself ... wrecked" / "tried
        # to drive ... wrecked her car"): six heaviest words, so the two meet in the index
        top = sorted(statement.vector, key=statement.vector.get, reverse=True)[:6]
        keys = top + [f"@{' '.join(sorted(n))}" for n in statement.names]
        fits: list[tuple[float, _Cluster]] = []
        seen: set[int] = set()
        for w in keys:
            for c in index.get(w, ()):
                if id(c) in seen:
                    continue
                seen.add(id(c))
                # one article's two sentences are two statements; a copy's is its original's
                if any(m.article == statement.article for m in c.members) \
                        or c.members[0].negated != statement.negated:
                    continue
                score = _join_score(statement, c, aligner)
                if score > 0:
                    fits.append((score, c))
        fits.sort(key=lambda f: -f[0])
        if fits:
            best = fits[0][1]
        else:
            best = _Cluster()
            clusters.append(best)
        best.add(statement)
        statement.keys = keys
        # a sentence that is one statement with each of two clusters joins them (single link): a
        # fuller sentence ("killed a teller and fled in a stolen van") bridges two shorter ones
        # that each tell part of it, when no article is in both and no figures clash
        for _score, other in fits[1:]:
            if {m.article for m in other.members} & {m.article for m in best.members} or any(
                    figures_clash(m, n) for m in other.members for n in best.members):
                continue
            for m in other.members:
                best.add(m)
                for w in m.keys:
                    index[w] = [c for c in index[w] if c is not other]
                    if best not in index[w]:
                        index[w].append(best)
            other.members = []
        for w in keys:
            if best not in index[w]:
                index[w].append(best)
    return [_fact(c, roots, order) for c in clusters
            if c.members and len(c.roots) >= 2 and not _told_by_value_fact(c, aligner)]


def _told_by_value_fact(c: _Cluster, aligner: Aligner) -> bool:
    """Whether a value fact citing the cluster's sentences already tells its statement: it has all
    the cluster's sources and is shown by a sentence alike ("pulled over for speeding early
    Sunday" is no more told by the Sunday fact's "was arrested on suspicion of drunk driving")."""
    texts = {m.text for m in c.members}
    for m in c.members:
        for backed, shown in m.backed:
            if c.roots <= backed and (shown in texts
                                      or cosine(aligner.sentence_vector(shown), c.vector) >= SAME_STATEMENT):
                return True
    return False


def collect_statements(docs: list[Doc], roots: dict[str, str], aligner: Aligner, order: dict[str, int],
                       covered: dict[tuple[str, int], list[tuple[frozenset[str], str]]],
                       entities: EntityIndex | None = None) -> list[_Statement]:
    """The story's sentences that may be statements, in article order, with their distinctive names."""
    statements: list[_Statement] = []
    words_of: list[tuple[str, frozenset[str]]] = []  # every sentence: (article, its word stems)
    for doc in sorted(docs, key=lambda d: order.get(d.id, 0)):
        quoted = [(s.start, s.end) for s in doc.spans_of("quote") if s.attrs.get("direct", True)]
        names = _entity_names(doc, entities)
        for start, end in Sentences.of(doc).bounds:
            words_of.append((doc.id, frozenset(k for k, _s, _e in content_tokens(doc.text[start:end]))))
            statement = _statement(doc, start, end, roots, aligner, covered.get((doc.id, start), []), quoted)
            if statement is not None:
                inside = [(key, words) for a, b, key, words in names if start <= a and b <= end]
                people = [(a, b) for a, b, key, _w in names if key is None and start <= a and b <= end]
                statement.names = [key for key, _w in inside if key] + _phrases(doc.text, start, end, people)
                statement.name_words = set().union(*(words for _k, words in inside))
                statement.person_words = set().union(*(words for key, words in inside if key is None))
                statement.name_words.update(k for m in _UNIT_WORD.finditer(statement.text)
                                            for k, _s, _e in content_tokens(m.group(1)))
                statements.append(statement)
    # only a name two outlets' statements both give can join them
    outlets: dict[frozenset[str], set[str]] = defaultdict(set)
    for s in statements:
        for n in s.names:
            outlets[n].add(s.root)
    distinctive = _distinctive_names({n for n, o in outlets.items() if len(o) >= 2}, words_of)
    for s in statements:
        s.names = list(dict.fromkeys(n for n in s.names if n in distinctive))
    return statements


def _join_score(s: _Statement, c: _Cluster, aligner: Aligner) -> float:
    """How well a statement fits a cluster (0: not at all): its cosine with the centroid when
    that reaches SAME_STATEMENT, else its best match with one member (near enough the centroid)."""
    if any(figures_clash(s, m) for m in c.members):
        return 0.0
    centroid = cosine(s.vector, c.vector)
    if centroid >= SAME_STATEMENT:
        return centroid
    if centroid < JOIN_CENTROID_MIN:
        return 0.0
    return max((_pair_score(s, m, aligner) for m in c.members), default=0.0)


def _pair_score(s: _Statement, t: _Statement, aligner: Aligner) -> float:
    score = cosine(s.vector, t.vector)
    if score >= SAME_STATEMENT:
        return score
    if score < SAME_STATEMENT_NAMED:
        return 0.0
    # what two sentences say of a name is in their other words ("Fort Smith" and "Ka'Loni Flynn"
    # are in the lead sentences of the charge and of the verdict alike)
    others = (s.vector.keys() & t.vector.keys()) - s.name_words - t.name_words
    if score >= SAME_STATEMENT_RARE and sum(aligner.weight(w) >= RARE_WORD_IDF for w in others) >= RARE_WORDS:
        return score
    shared_names = [n for n in s.names if n in t.names]
    if not shared_names:
        return 0.0
    if not any(aligner.weight(w) >= OTHER_WORD_IDF for w in others.difference(*shared_names)) \
            and not s.person_words & t.person_words:
        return 0.0
    return score


def _entity_names(doc: Doc, entities: EntityIndex | None = None) -> list[tuple[int, int, frozenset[str] | None,
                                                                             frozenset[str]]]:
    """(start, end, key, word stems) of the entity names of a Doc. A person is no key (None):
    one an outlet names once is most often whom it quotes ("said Fauzi, an official"), and what
    one outlet tells of a victim another does not."""
    out = []
    for span in doc.spans_of("entity"):
        words = frozenset(k for k, _s, _e in content_tokens(doc.text[span.start:span.end]))
        if words:
            person = (entities.story_type(span.attrs, doc.span_text(span)) if entities is not None
                      else entity_type(span.attrs.get("type"))) == "PERSON"
            out.append((span.start, span.end, None if person else words, words))
    return out


def _phrases(text: str, start: int, end: int, people: list[tuple[int, int]]) -> list[frozenset[str]]:
    """Two content words in a row ("gas station", "parking lot", "off-duty officers"): a name for
    a thing as much as an entity's, when it is as rare; not in a person's name."""
    tokens = content_tokens(text[start:end], start)
    return [frozenset((a, b)) for (a, s1, e), (b, s2, e2) in zip(tokens, tokens[1:])
            if a != b and text[e:s2].strip() in ("", "-") and not any(p < e2 and s1 < q for p, q in people)]


def _distinctive_names(names: set[frozenset[str]], sentences: list[tuple[str, frozenset[str]]]) -> set:
    """Names whose outlets give them in few sentences each (see NAME_SENTENCES_PER_ARTICLE)."""
    having: dict[str, set[int]] = defaultdict(set)  # word -> sentences with it
    for i, (_article, words) in enumerate(sentences):
        for w in words:
            having[w].add(i)
    out = set()
    for name in names:
        found = set.intersection(*(having.get(w, set()) for w in name))
        articles = {sentences[i][0] for i in found}
        if articles and len(found) <= NAME_SENTENCES_PER_ARTICLE * len(articles):
            out.add(name)
    return out


def _statement(doc: Doc, start: int, end: int, roots: dict[str, str], aligner: Aligner,
               backed: list[tuple[frozenset[str], str]], quoted: list[tuple[int, int]]) -> _Statement | None:
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
    return _Statement(doc.id, roots.get(doc.id, doc.id), text, vector, bool(_NEGATION.search(text)), backed,
                      figures=counted_figures(text))


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
