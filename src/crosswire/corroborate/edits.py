"""Edited sentences: one sentence in two reports, word for word but for one value.

Outlets reprint and rewrite wire copy; when a reprint changes a figure, a day or a place and
keeps every other word ("according to a news release from the Beebe Police Department" / "...
from the Kokomo Police Department"), the two reports make one statement with two values. That is
a contradiction even one outlet against one: nothing but the value differs, so no other reading
of the sentence (another victim, another tally, another day of the story) can reconcile them.

A pair of sentences is an edit when, compared word by word, at most two short stretches differ
and each is a value of one kind on both sides: a number, a time of day, a day (the two days the
articles' time spans resolve to must differ), or a place name (neither article writes the
other's, and the names are not one place at two scales or spellings). Sentences linked by edits
form one statement; each value written in it is a side. A report giving two values of one
statement, a lower count in a report published before the higher one (a toll that rose), and
figures in reports printed days apart (a running total) are no conflict.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from difflib import SequenceMatcher
from typing import Iterable

from ..doc import Doc
from ..extract.numbers import parse_number
from ..extract.quantities import MONTHS
from ..sentences import Sentences
from ..stories.timing import days_apart
from ..values import format_number
from .entities import EntityIndex
from .mentions import earlier_report, evidence_quote
from .placenames import city_key, compatible_cities, mentions_of
from .placeslots import name_words, place_like
from .present import sorted_sources

#: words compared: a token keeps its inner apostrophes, hyphens, colons and separators ("Sheriff’s",
#: "2:55", "1,200", "25-year-old")
_TOKEN = re.compile(r"\w+(?:['’.:,-]\w+)*")
#: a sentence shorter than this says too little for its other words to tie two reports to one statement
MIN_TOKENS = 7
#: ... and at least this share of the longer sentence's words must be the same words, in order
SAME_SHARE = 0.75
#: a stretch longer than this on either side is a rewording, not a value edited
MAX_STRETCH = 4
#: reports printed further apart than this may give a running figure at two moments
FIGURE_DAYS = 3
#: a bigram in more sentences than this ties nothing (an outlet's boilerplate)
COMMON_BIGRAM = 40

_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I)
# whole month names only: "Marshall" or "Augusta" start like a month and are places
_MONTH = re.compile(MONTHS)
_CLOCK = re.compile(r"\d{1,2}:\d{2}$")
#: an organisation named by its town: "the Beebe Police Department", "Henry County Sheriff's Office"
_FORCE_WORDS = {"police", "sheriff", "sheriff's", "county", "city", "fire", "township", "village", "town"}
_AGE = re.compile(r"(\d{1,3})-years?-old$", re.I)
#: a page's stamp ("Published: Wednesday, October 26, 2016 @ 9:25 PM"): each outlet's own moment
_STAMP = re.compile(r"\W*(?:(?:last\s+)?(?:published|posted|updated?|modified)\b|copyright\b|©)", re.I)
#: a number that is a place in a sequence ("Image 76 of 111", "Photo 5", "page 3"): no value of the world
_POSITION_BEFORE = {"image", "photo", "photos", "picture", "slide", "page", "part", "chapter", "step", "no", "number",
                    "episode", "gallery", "video", "item", "section"}
#: how a conflict's subject names each kind of value
_LABELS = {"place": "place", "day": "date", "number": "figure", "age": "age", "time": "time of day"}


class _Sentence:
    __slots__ = ("doc", "start", "end", "tokens")

    def __init__(self, doc: Doc, start: int, end: int):
        self.doc, self.start, self.end = doc, start, end
        self.tokens = [(m.group(0).lower().replace("’", "'"), m.start(), m.end())
                       for m in _TOKEN.finditer(doc.text, start, end) if m.end() <= end]


def _sentences(doc: Doc) -> list[_Sentence]:
    """The article's sentences, each cut at line breaks (a headline is its own line)."""
    out = []
    for s, e in Sentences.of(doc).bounds:
        line_start = s
        for line in doc.text[s:e].split("\n"):
            line_end = line_start + len(line)
            sentence = _Sentence(doc, line_start, line_end)
            if len(sentence.tokens) >= MIN_TOKENS and not _STAMP.match(line):
                out.append(sentence)
            line_start = line_end + 1
    return out


def _candidate_pairs(sentences: list[_Sentence]) -> Iterable[tuple[_Sentence, _Sentence]]:
    """Pairs of sentences of two articles sharing enough word pairs to be one sentence edited."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        for bigram in {(a[0], b[0]) for a, b in zip(s.tokens, s.tokens[1:])}:
            index[bigram].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) > COMMON_BIGRAM:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if sentences[i].doc.id != sentences[j].doc.id:
                    shared[(i, j)] += 1
    for (i, j), n in shared.items():
        a, b = sentences[i], sentences[j]
        if n >= max(3, (max(len(a.tokens), len(b.tokens)) - 1) / 2 - 2):
            yield a, b


def _stretches(a: _Sentence, b: _Sentence) -> list[tuple[int, int, int, int]] | None:
    """The differing stretches of two sentences (token ranges), or None when they are not one
    sentence edited: too few words the same, or a stretch too long to be a value."""
    words_a, words_b = [t[0] for t in a.tokens], [t[0] for t in b.tokens]
    matcher = SequenceMatcher(None, words_a, words_b, autojunk=False)
    same = sum(size for _, _, size in matcher.get_matching_blocks())
    if same < SAME_SHARE * max(len(words_a), len(words_b)):
        return None
    out = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
    if not out or len(out) > 2 or any(i2 - i1 > MAX_STRETCH or j2 - j1 > MAX_STRETCH or i1 == i2 or j1 == j2
                                      for i1, i2, j1, j2 in out):
        return None  # nothing changed, too much changed, or words added or left out
    return out


def _time_iso(doc: Doc, start: int, end: int) -> str | None:
    """The day a time span over ``start:end`` resolves to (day precision only)."""
    for span in doc.spans_of("time"):
        if span.start < end and start < span.end:
            iso = str(span.attrs.get("iso") or "")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso[:10]) and span.attrs.get("precision", "day") == "day":
                return iso[:10]
    return None


def _value(sentence: _Sentence, i1: int, i2: int, entities: EntityIndex) -> tuple[str, str] | None:
    """(kind, normalized) of the stretch ``i1:i2`` of a sentence, or None when it is no value."""
    tokens = sentence.tokens[i1:i2]
    doc = sentence.doc
    start, end = tokens[0][1], tokens[-1][2]
    words = [t[0] for t in tokens]
    before = sentence.tokens[i1 - 1][0] if i1 else ""
    if len(words) == 1 and _CLOCK.fullmatch(words[0]):
        return "time", words[0]
    if len(words) == 1 and (age := _AGE.fullmatch(words[0])):
        return "age", age.group(1)
    if any(_WEEKDAY.match(w) or _MONTH.fullmatch(w) for w in words) or _MONTH.fullmatch(before):
        iso = _time_iso(doc, start, end)
        return ("day", iso) if iso else None
    if len(words) == 1 and (number := parse_number(words[0])) is not None:
        after = sentence.tokens[i2][0] if i2 < len(sentence.tokens) else ""
        if before in _POSITION_BEFORE or after == "of" and i2 + 1 < len(sentence.tokens) and \
                parse_number(sentence.tokens[i2 + 1][0]) is not None:
            return None  # "Image 76 of 111": a position in a gallery, not a figure
        return "number", format_number(number)
    text = doc.text[start:end]
    if all(doc.text[s].isupper() for _, s, _ in tokens) and place_like(text) and i1 > 0:
        kinds = {entities.story_type(span.attrs, doc.span_text(span)) for span in doc.spans_of("entity")
                 if span.start < end and start < span.end}
        after = sentence.tokens[i2][0] if i2 < len(sentence.tokens) else ""
        if "PERSON" in kinds or kinds - {"PLACE"} and not ("ORG" in kinds and after in _FORCE_WORDS):
            return None  # a person's name, a company or an outlet ("told CNN" / "told ABC" is no edit)
        # an untagged name is a place only where the other sentence's name is one (see _edit)
        return ("place" if kinds else "name"), city_key(text) or text.lower()
    return None


def _one_place(a: str, b: str) -> bool:
    """Names that may be one place at two scales or spellings ("Mt. Oliver" / "Mount Oliver"), or
    a name and its abbreviation ("Kan." / "Kansas", "Ga." / "Georgia", "N.Y." / "New York")."""
    if set(name_words(a)) & set(name_words(b)) or compatible_cities(city_key(a), city_key(b)) or \
            SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75:
        return True
    short, full = sorted((a, b), key=len)
    letters, words = re.sub(r"[^a-z]", "", short.lower()), name_words(full)
    if not letters or len(letters) > 5 or not words:
        return False
    if letters == "".join(w[0] for w in words):
        return True  # initials
    joined = "".join(words)
    it = iter(joined)
    return joined[0] == letters[0] and all(ch in it for ch in letters)  # the letters in order


def _same_offset(a: Doc, iso_a: str, b: Doc, iso_b: str) -> bool:
    """Each report's day the same number of days from its own date ("at the apartment Monday" in
    Monday's report, "... Tuesday" in Tuesday's): what each reporter did that day, news moving on."""
    try:
        return (dt.date.fromisoformat(iso_a) - dt.date.fromisoformat(str(a.published)[:10])) == \
            (dt.date.fromisoformat(iso_b) - dt.date.fromisoformat(str(b.published)[:10]))
    except ValueError:
        return False


def _next_day(a: str, b: str) -> bool:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1


def _edit(a: _Sentence, b: _Sentence, entities: EntityIndex, copies: bool) -> list[tuple[str, tuple, tuple]] | None:
    """Each value edited between two sentences: (kind, (normalized, start, end) in a, ... in b).
    ``copies``: the two are copies of one report, whose editions may update a figure."""
    stretches = _stretches(a, b)
    if stretches is None:
        return None
    out = []
    for i1, i2, j1, j2 in stretches:
        va, vb = _value(a, i1, i2, entities), _value(b, j1, j2, entities)
        if va is None or vb is None or va[1] == vb[1]:
            return None  # a word changed that is no value
        if {va[0], vb[0]} == {"place", "name"}:  # the tagger named one of them: both are places
            va, vb = ("place", va[1]), ("place", vb[1])
        if va[0] != vb[0] or va[0] == "name":
            return None  # two kinds of value, or two names no tagger took for places
        kind = va[0]
        span_a = (va[1], a.tokens[i1][1], a.tokens[i2 - 1][2])
        span_b = (vb[1], b.tokens[j1][1], b.tokens[j2 - 1][2])
        if kind == "place":
            name_a, name_b = a.doc.text[span_a[1]:span_a[2]], b.doc.text[span_b[1]:span_b[2]]
            if _one_place(name_a, name_b) or mentions_of(a.doc, name_b) or mentions_of(b.doc, name_a):
                return None  # one place at two scales or spellings, or a report naming both
        if kind == "day" and (_same_offset(a.doc, va[1], b.doc, vb[1]) or _next_day(va[1], vb[1])):
            return None  # news moving on, or the night of an incident ("Friday night" / "Saturday night")
        if kind in ("number", "age"):
            if copies:
                return None  # a toll that rose between editions of one report is news
            days = days_apart(a.doc.published, b.doc.published)
            if days is None or days > FIGURE_DAYS:
                return None  # a running figure ("has 2,129 points") moves between reports days apart
            low, high = (a, b) if float(va[1]) < float(vb[1]) else (b, a)
            if earlier_report(low.doc, [high.doc]):
                return None  # the lower figure printed first: it rose (a toll, a tally), not contradicted
        out.append((kind, span_a, span_b))
    return out


def edited_sentence_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int],
                              entities: EntityIndex, found: list[dict]) -> list[dict]:
    """Conflicts of sentences edited between reports, other than disagreements ``found`` already
    sets between the same articles."""
    sentences = [s for doc in docs for s in _sentences(doc)]
    # statement nodes: (kind, article, sentence start); edges join one statement's sentences
    parent: dict[tuple, tuple] = {}

    def find(x: tuple) -> tuple:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    values: dict[tuple, tuple] = {}
    sentence_of: dict[tuple, _Sentence] = {}
    for a, b in _candidate_pairs(sentences):
        copies = roots.get(a.doc.id, a.doc.id) == roots.get(b.doc.id, b.doc.id)
        for kind, span_a, span_b in _edit(a, b, entities, copies) or []:
            na, nb = (kind, a.doc.id, span_a[1]), (kind, b.doc.id, span_b[1])
            values[na], values[nb] = span_a, span_b
            sentence_of[na], sentence_of[nb] = a, b
            parent[find(na)] = find(nb)
    statements: dict[tuple, list[tuple]] = defaultdict(list)
    for node in values:
        statements[find(node)].append(node)
    opposed = _opposed_articles(found)
    by_id = {d.id: d for d in docs}
    out: list[dict] = []
    shown: dict[tuple, dict] = {}
    for nodes in statements.values():
        kind = nodes[0][0]
        sides: dict[str, dict[str, tuple]] = defaultdict(dict)
        for node in sorted(nodes, key=lambda n: (order.get(n[1], 0), n[2])):
            normalized, start, end = values[node]
            sides[normalized].setdefault(node[1], (start, end))
        articles = [set(s) for s in sides.values()]
        if len(sides) < 2 or any(x & y for i, x in enumerate(articles) for y in articles[i + 1:]):
            continue  # one value, or a report that gives two values of the statement
        if kind == "day" and _states_other_day(by_id, sides):
            continue
        if any((x, y) in opposed.get(kind, set()) for i, xs in enumerate(articles) for ys in articles[i + 1:]
               for x in xs for y in ys):
            continue  # shown already (as an incident slot, a figure, a date)
        conflict = _conflict(kind, sides, by_id, roots, order, sentence_of, nodes)
        key = (kind, frozenset((v["normalized"], frozenset(v["sources"])) for v in conflict["variants"]))
        if key in shown:  # the same two reports edit the value in another sentence too: more evidence
            for have, more in zip(shown[key]["variants"], conflict["variants"]):
                have["evidence"] += more["evidence"]
            continue
        shown[key] = conflict
        out.append(conflict)
    return out


def _states_other_day(by_id: dict[str, Doc], sides: dict[str, dict[str, tuple]]) -> bool:
    """Whether a report on one side dates something to another side's day elsewhere: then the two
    days may both be the story's (the shooting and the death), written in one sentence's place."""
    for value, picks in sides.items():
        others = set(sides) - {value}
        for article in picks:
            isos = {str(s.attrs.get("iso") or "")[:10] for s in by_id[article].spans_of("time")}
            if isos & others:
                return True
    return False


def _kind_of(normalized: str) -> set[str]:
    """The kinds of edit a conflict's value may be, from its normalized form."""
    if re.match(r"\d{4}-\d{2}(?:-\d{2})?", normalized):
        return {"day"}
    if re.match(r"\d{1,2}:\d{2}", normalized):
        return {"time"}
    if re.match(r"[\d.]+", normalized):
        return {"number", "age"}
    return {"place"}


def _opposed_articles(conflicts: list[dict]) -> dict[str, set[tuple[str, str]]]:
    """For each kind of value, the pairs of articles a conflict already sets on opposite sides."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for c in conflicts:
        variants = c.get("variants") or []
        kinds = set().union(*(_kind_of(str(v.get("normalized") or v.get("value") or "")) for v in variants))
        for i, v in enumerate(variants):
            for w in variants[i + 1:]:
                for x in v.get("sources") or []:
                    for y in w.get("sources") or []:
                        for kind in kinds:
                            out[kind] |= {(x, y), (y, x)}
    return out


def _template(sentence: _Sentence, start: int, end: int, words: int = 8) -> str:
    """The sentence around the edited value, the value left out: "from the … Police Department"."""
    tokens = sentence.tokens
    i = next(k for k, t in enumerate(tokens) if t[1] >= start)
    j = next((k for k, t in enumerate(tokens) if t[1] >= end), len(tokens))
    left = sentence.doc.text[tokens[max(0, i - words)][1]:start].strip()
    right = sentence.doc.text[end:tokens[min(len(tokens), j + words) - 1][2]].strip() if j < len(tokens) else ""
    return " ".join(f"{left} … {right}".split())


def _conflict(kind: str, sides: dict[str, dict[str, tuple]], by_id: dict[str, Doc], roots: dict[str, str],
              order: dict[str, int], sentence_of: dict[tuple, _Sentence], nodes: list[tuple]) -> dict:
    variants = []
    for normalized, picks in sorted(sides.items(), key=lambda kv: (-len({roots.get(a, a) for a in kv[1]}),
                                                                    min(order.get(a, 0) for a in kv[1]))):
        articles = sorted_sources(picks, order)
        first = picks[articles[0]]
        variants.append({
            "value": by_id[articles[0]].text[first[0]:first[1]],
            "normalized": normalized,
            "sources": articles,
            "evidence": [{"article": a, "quote": evidence_quote(by_id[a], *picks[a])} for a in articles],
            "independent_sources": len({roots.get(a, a) for a in articles}),
        })
    first_article = variants[0]["sources"][0]
    node = next(n for n in nodes if n[1] == first_article)
    start, end = sides[variants[0]["normalized"]][first_article]
    out = {"subject": f"{_LABELS[kind]} in “{_template(sentence_of[node], start, end)}”",
           "slot": kind, "same_sentence": True, "variants": variants}
    shared = set.intersection(*({roots.get(a, a) for a in v["sources"]} for v in variants))
    if shared:  # copies of one report on every side: the reprints were edited
        out["copies_of"] = min(shared, key=lambda r: order.get(r, 0))
    return out
