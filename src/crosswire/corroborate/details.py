"""Details only one outlet has: a sentence naming someone or something that no other independent
source names anywhere ("The .380 handgun Campbell used was owned by Terry Carlson", "the first
NFL team to implement Safe Ride Solutions").

Value facts (:mod:`.claims`) already show what one outlet alone gives as a figure or a date; a
sentence without one was shown only when two outlets wrote it alike (:mod:`.statements`). What a
reader checking a story wants from the rest is where a report goes beyond the others, and a name
the others never write is the plainest sign of it. Each such name is shown once, by the first
sentence of the first article naming it, and each source gives at most DETAILS_PER_SOURCE such
sentences (a report's own leads come first), so a long feature does not bury the brief. A name
is the others' too when any of their texts writes it, tagged or not; a sentence a fact is already
shown by, a quotation (the quote board's) and the article's own outlet are no details.
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..sentences import Sentences
from .entities import EntityIndex
from .text import VALUE_LABEL

#: the kinds of names that make a detail ("NORP": "Native American", a description, names no one)
DETAIL_TYPES = frozenset({"PERSON", "ORG", "PLACE", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
#: sentences each independent source gives at most
DETAILS_PER_SOURCE = 6
#: words a detail's sentence has at least and at most (a caption fragment; a run-on paragraph)
MIN_WORDS, MAX_WORDS = 6, 60
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
_WORD = re.compile(r"\w+")


def detail_facts(docs: list[Doc], entities: EntityIndex, roots: dict[str, str], order: dict[str, int],
                 facts: list[dict]) -> list[dict]:
    """Single-source facts (kind "detail") for sentences naming what only one source names."""
    root_of = {d.id: roots.get(d.id, d.id) for d in docs}
    if len(set(root_of.values())) < 2:
        return []  # one source: everything in it is only in it, which says nothing
    texts_by_root: dict[str, str] = {}
    for d in docs:
        texts_by_root[root_of[d.id]] = texts_by_root.get(root_of[d.id], "") + "\n" + d.text.lower()
    words_by_root = {r: set(_WORD.findall(t)) for r, t in texts_by_root.items()}

    def written_elsewhere(spelling: str, root: str) -> bool:
        words = _WORD.findall(spelling)
        return any(all(w in words_by_root[r] for w in words)
                   and re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", texts_by_root[r])
                   for r in texts_by_root if r != root)
    # the sources naming each spelling of a name, through the story's linking ("Williams" is
    # "Jamal Williams" where the story names no other Williams)
    named_by: dict[str, set[str]] = {}
    for rec in entities.records.values():
        for spelling in [rec["name"], *rec["aliases"]]:
            named_by.setdefault(spelling.lower(), set()).update(root_of.get(a, a) for a in rec["sources"])
    # a sentence a fact is shown by is told already; one a fact only cites (shown by another
    # outlet's sentence) may still name what no other outlet does
    told = _shown_lines(facts)
    shown: set[str] = set()  # names already given a detail
    picked: dict[str, list[dict]] = {}
    first_of: dict[str, Doc] = {}
    for doc in sorted(docs, key=lambda d: order.get(d.id, 0)):
        first_of.setdefault(root_of[doc.id], doc)  # a source's details are its first article's
    for root, doc in first_of.items():
        quoted = [(s.start, s.end) for s in doc.spans_of("quote") if s.attrs.get("direct", True)]
        names_at = [(at, name) for at, name, spellings in _names(doc, entities, shown)
                    if not any(written_elsewhere(s, root) or named_by.get(s, {root}) - {root} for s in spellings)]
        sentences = Sentences.of(doc)
        for start, end in sentences.bounds:
            if len(picked.get(root, [])) >= DETAILS_PER_SOURCE:
                break
            names = [n for a, n in names_at if start <= a < end and n.lower() not in shown]
            text = doc.text[start:end].strip()
            if not names or " ".join(text.split()) in told:
                continue
            if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or "\n" in text or _QUOTE_MARK.search(text) \
                    or any(a < end and start < b for a, b in quoted):
                continue
            names = list(dict.fromkeys(names))
            shown.update(n.lower() for n in names)
            picked.setdefault(root, []).append(_fact(doc, text, names, docs, root_of, order))
    return [f for rows in picked.values() for f in rows]


def _names(doc: Doc, entities: EntityIndex, shown: set[str]) -> list[tuple[int, str, set[str]]]:
    """(offset, canonical name, its spellings in lower case) of each name ``doc`` gives that a
    detail may be about: of a kind that names someone or something, not yet shown, not the outlet."""
    outlet = (doc.outlet or "").lower()
    out = []
    for span in doc.spans_of("entity"):
        surface = " ".join(doc.span_text(span).split())
        etype = entities.story_type(span.attrs, doc.span_text(span))
        if etype not in DETAIL_TYPES:
            continue
        name = entities.canonical(span.attrs.get("name") or surface, etype)
        if len(surface) < 3 or name.lower() in shown or (outlet and (name.lower() in outlet or outlet in name.lower())):
            continue
        out.append((span.start, name, {surface.lower(), name.lower()}))
    return out


def _shown_lines(facts: list[dict]) -> set[str]:
    """The sentences the facts are shown by, without their value labels, spaces made single."""
    return {" ".join(VALUE_LABEL.sub("", f["statement"], count=1).split()) for f in facts}


def _fact(doc: Doc, text: str, names: list[str], docs: list[Doc], root_of: dict[str, str],
          order: dict[str, int]) -> dict:
    # a copy printing the same sentence is the same source, listed with it
    sources = sorted((d.id for d in docs if root_of[d.id] == root_of[doc.id] and text in d.text),
                     key=lambda a: order.get(a, 0))
    return {
        "statement": " ".join(text.split()),
        "sources": sources,
        "status": "single-source",
        "evidence": [{"article": a, "quote": text} for a in sources],
        "kind": "detail",
        "value": "",
        "normalized": "",
        "values": [],
        "names": names,
        "independent_sources": 1,
        "copies": [a for a in sources if root_of[a] != a],
    }
