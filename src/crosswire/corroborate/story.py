"""Corroborate one story: facts with support, conflicts, timeline, quotes, entities, appearances.

Input: the story's extracted Docs and, per article, its independent root (copies found by
the stories stage share their original's root and count once).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..doc import Doc
from ..sentences import Sentences
from .align import Aligner, Group
from .days import fill_story_years
from .people import people_findings
from .present import evidence as _evidence, representative as _representative, sorted_sources as _sorted_sources
from .sameslot import measures, reference_places, same_population_place
from .claims import Claim, doc_claims, idf_table, phrase_claims
from .entities import EntityIndex
from .quotes import appearances, quote_board
from .details import detail_facts
from .edits import edited_sentence_conflicts
from .statements import counted_figures, statement_facts
from .text import VALUE_LABEL, WORD_RE, dedupe_evidence, stem
from .timeline import timeline
from ..values import Amount, Clock, DateValue, format_number, value_key

VERSION = "118"


@dataclass
class Findings:
    facts: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    #: the voted date/city/killed/injured when the story reports a violent incident
    incident: dict | None = None
    timeline: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    appearances: list[dict] = field(default_factory=list)


def corroborate_story(docs: list[Doc], roots: dict[str, str] | None = None) -> Findings:
    """Everything the brief says about one story, each item citing articles and evidence."""
    roots = roots or {}
    order = {d.id: i for i, d in enumerate(docs)}
    # a story none of whose pages is dated reads "the Aug. 19 shooting" in the year its pages print
    fill_story_years(docs)
    entities = EntityIndex(docs)
    claims: list[Claim] = []
    for doc in docs:
        claims.extend(doc_claims(doc, entities))
    claims.extend(phrase_claims(docs))
    for c in claims:
        c.root = roots.get(c.article, c.article)
    aligner = Aligner(idf_table(docs))
    groups = aligner.group(claims)
    # a phrase is a fact only when at least two independent outlets carry it
    groups = [g for g in groups if g.bucket != "phrase" or len(g.roots) >= 2]
    pairs = aligner.conflicts(groups)
    for g, h, _ in pairs:
        g.disputed = h.disputed = True
    findings = Findings()
    words = _surface_words(docs)
    # each group's representative claim, chosen once: the fact's line, the sentence a statement
    # is compared with and the label of a shared sentence all read it
    rep_of = {id(g): _representative(g, aligner) for g in groups}
    findings.facts = [_fact(g, rep_of[id(g)], roots, order) for g in groups]
    # each value fact's group, by identity: the lists below drop and add facts, so positions shift
    group_of = {id(f): g for f, g in zip(findings.facts, groups)}
    # a sentence a value fact cites, by how many independent sources and the sentence that fact
    # is shown by: a statement fact of it must have more sources or say something that line does not
    by_id = {d.id: d for d in docs}
    covered: dict[tuple[str, int], list[tuple[frozenset[str], str]]] = defaultdict(list)
    for g in groups:
        shown = rep_of[id(g)].evidence  # the sentence the value fact is read by
        for c in g.claims:
            key = (c.article, Sentences.of(by_id[c.article]).around(c.start, c.end)[0])
            covered[key].append((frozenset(g.roots), shown))
    findings.facts += statement_facts(docs, roots, aligner, order, covered, entities)
    people_facts, people_conflicts = people_findings(docs, entities, roots, order)
    findings.facts = _without_told_ages(findings.facts, people_facts) + people_facts
    _label_shared_statements(findings.facts, group_of, rep_of, words)
    findings.facts = _without_restated_singles(_fold_same_sentence(findings.facts))
    findings.facts += detail_facts(docs, entities, roots, order, findings.facts)
    findings.facts.sort(key=lambda f: (-f["independent_sources"], f["status"] != "corroborated",
                                       min(order.get(s, 0) for s in f["sources"])))
    findings.conflicts = [_conflict(g, h, aligner, words, order) for g, h, _ in pairs]
    from .incident import incident_findings

    findings.incident, incident_conflicts = incident_findings(docs, roots, order, aligner.weight)
    if findings.incident is not None:
        # casualty counts of an incident are its slots: a generic "people" count conflict there is
        # most often killed against injured, which the incident slots tell apart; and the night of an
        # incident is "Friday night" to one outlet and "early Saturday" to another, as its date slot knows
        findings.conflicts = [c for c in findings.conflicts if not c.get("_people") and not c.get("_next_day")]
    if incident_conflicts:
        # the same disagreement found twice (as an incident slot and as a generic claim) is shown once
        cited = {(e["article"], e["quote"]) for c in incident_conflicts for v in c["variants"] for e in v["evidence"]}
        findings.conflicts = incident_conflicts + [
            c for c in findings.conflicts if c.get("_measure")
            or not any((e["article"], e["quote"]) in cited for v in c["variants"] for e in v["evidence"])]
    for c in findings.conflicts:
        for key in ("_people", "_next_day", "_measure"):
            c.pop(key, None)
    findings.conflicts += people_conflicts
    # one sentence reprinted with another value: a contradiction even one outlet against one
    findings.conflicts += edited_sentence_conflicts(docs, roots, order, entities, findings.conflicts)
    findings.conflicts = _merge_same_slot(findings.conflicts)
    findings.timeline = timeline([g for g in groups if g.bucket == "date"], aligner, order)
    findings.quotes = quote_board(docs, entities, order)
    findings.entities = entities.to_list(order)
    findings.appearances = appearances(docs, entities, order)
    return findings


def _without_told_ages(facts: list[dict], people: list[dict]) -> list[dict]:
    """Value facts that only give the age of someone a person fact identifies ("Suspect identified
    as 20-year-old Ali Syed"): the person's line says it, with every outlet that names them."""
    def told(f: dict) -> bool:
        if f["kind"] != "amount" or not str(f["normalized"]).endswith("years old"):
            return False
        return any(p["value"] in f["statement"] and p["independent_sources"] >= f["independent_sources"]
                   for p in people)
    return [f for f in facts if not told(f)]


def _without_restated_singles(facts: list[dict]) -> list[dict]:
    """Single-source value facts whose sentences a corroborated statement fact cites, when another
    article's sentence of that statement gives the value too ("one protester threw a petrol bomb" in
    three outlets, its "one protestor" spelt otherwise in one): the statement's line tells it with
    its sources. A value only that outlet gives ("speeding down state Route 94") stays its own line."""
    statements = [f for f in facts if f["kind"] == "statement" and f["status"] == "corroborated"]

    def prefixes(text: str) -> set[str]:
        return {w[:6] for w in re.findall(r"\w+", text.lower())}

    def restated(f: dict) -> bool:
        if f["status"] != "single-source" or f["kind"] in ("statement", "person") or not f["value"]:
            return False
        wanted = prefixes(str(f["value"]))
        for st in statements:
            cited = {(e["article"], e["quote"]) for e in st["evidence"]}
            if not all(any(a == e["article"] and e["quote"] in q for a, q in cited) for e in f["evidence"]):
                continue
            others = [q for a, q in cited if a not in f["sources"]]
            if any(wanted <= prefixes(q) for q in others):
                return True
        return False
    return [f for f in facts if not restated(f)]


def _merge_same_slot(conflicts: list[dict]) -> list[dict]:
    """Two dissents on one slot against the same agreed value ("Houston" against "Chatham", and
    against "CHICAGO") are one conflict with three sides, not two conflicts repeating the majority."""
    merged: dict[tuple, dict] = {}
    out = []
    for c in conflicts:
        key = (c.get("subject"), c["variants"][0].get("normalized"), tuple(c["variants"][0].get("sources") or ()))
        if key not in merged:
            merged[key] = c
            out.append(c)
            continue
        have = {v.get("normalized") for v in merged[key]["variants"]}
        merged[key]["variants"] += [v for v in c["variants"][1:] if v.get("normalized") not in have]
    return out


def _statement(g: Group, rep: Claim) -> str:
    text = " ".join(rep.evidence.split())
    value = g.value
    if isinstance(value, Amount) and value.unit and value.unit not in ("people", "person", "persons") \
            and value.unit != rep.noun:  # "three people" reads fine; "one hundred per cent" gets "[100 %]"
        number = format_number(value.value)
        if not re.search(r"(?<![\d.])" + re.escape(number) + r"(?![\d])", text):
            return f"[{value.normalized}] {text}"
    elif isinstance(value, DateValue) and rep.value != value:
        return f"[{value.normalized}] {text}"
    return text


def _fact(g: Group, rep: Claim, roots: dict[str, str], order: dict[str, int]) -> dict:
    sources = _sorted_sources(g.articles, order)
    independent = len(g.roots)
    copies = [a for a in sources if roots.get(a, a) != a]
    status = "disputed" if g.disputed else ("corroborated" if independent >= 2 else "single-source")
    return {
        "statement": _statement(g, rep),
        "sources": sources,
        "status": status,
        "evidence": _evidence(g),
        "kind": g.bucket.split(":")[0],
        "value": rep.surface,
        "normalized": value_key(g.value),
        "independent_sources": independent,
        "copies": copies,
    }


def _label_shared_statements(facts: list[dict], group_of: dict[int, Group], rep_of: dict[int, Claim],
                              words: dict[str, str]) -> None:
    """Facts read from one sentence ("3 killed and 14 injured") say which value each one is: the
    value of the fact's own group (``group_of``, by the fact's identity)."""
    counts: dict[str, int] = {}
    for f in facts:
        counts[f["statement"]] = counts.get(f["statement"], 0) + 1
    for f in facts:
        g = group_of.get(id(f))
        if g is None or counts[f["statement"]] < 2 or f["statement"].startswith("["):
            continue
        rep = rep_of[id(g)]
        label = rep.surface
        noun = words.get(rep.noun or "", rep.noun)
        # the noun as the sentence writes it, maybe after an adjective or two: "six children",
        # "one person", "six African-American women"
        written = noun and re.search(re.escape(rep.surface) + r"[\s-]+(?:[\w’'-]+\s+){0,2}?"
                                     rf"((?i:{re.escape(noun[:3])}[A-Za-z]*|people|persons?))\b", rep.evidence)
        if written and (written.group(1).lower().startswith(noun.lower()[:3])
                        or {written.group(1).lower(), noun.lower()} <= {"person", "persons", "people"}):
            noun = written.group(1)
        if noun and noun.lower() not in label.lower():
            label = f"{label} {noun}"
        f["statement"] = f"[{' '.join(label.split())}] {f['statement']}"


def _fold_same_sentence(facts: list[dict]) -> list[dict]:
    """One fact per sentence and set of sources: "A six-month truce reached in May and extended
    in August" is one line with its three values, not three lines repeating the sentence. Two facts
    of the same sources that cite one same sentence of each source are one line too ("recovered 80%
    of the haul in 2009" is a share and a year, whichever wording each fact chose to show), and so are
    two quoted phrases of the same outlets, one part of the other."""
    folded: dict[tuple, dict] = {}
    by_sources: dict[tuple, list[dict]] = {}
    out: list[dict] = []
    for f in facts:
        label = VALUE_LABEL.match(f["statement"])
        sentence = f["statement"][label.end():] if label else f["statement"]
        sources = (tuple(sorted(f["sources"])), f["status"])
        key = (sentence, *sources)
        quotes = _quotes(f)
        kept = folded.get(key)
        if kept is not None and _evidence_clash(f, kept):
            kept = None
        kept = kept or next(
            (k for k in by_sources.get(sources, ()) if ({a for a, _ in quotes & _quotes(k)} >= set(f["sources"])
                                                        and not _evidence_clash(f, k)) or _same_phrase(f, k)), None)
        values = [{"value": f["value"], "normalized": f["normalized"], "kind": f["kind"]}]
        if kept is None:
            f["values"] = values
            f["_labels"] = [label.group(1)] if label else []
            folded.setdefault(key, f)
            by_sources.setdefault(sources, []).append(f)
            out.append(f)
            continue
        shown = VALUE_LABEL.sub("", kept["statement"], count=1)
        if not label and f["value"] not in shown:
            if all(v["value"] in sentence for v in kept["values"]):
                # "with 4:43 left in the first half" says both values; the line "first half" chose
                # may say only its own: show the sentence that has them all
                kept["statement"] = sentence
            elif _label_key(f["value"]) not in {_label_key(x) for x in kept["_labels"]}:
                kept["_labels"].append(f["value"])
        kept["values"] += [v for v in values if v not in kept["values"]]
        if label and _label_key(label.group(1)) not in {_label_key(x) for x in kept["_labels"]}:
            kept["_labels"].append(label.group(1))
        kept["evidence"] = dedupe_evidence(kept["evidence"] + f["evidence"])
    for f in out:
        labels = f.pop("_labels")
        if len(f["values"]) > 1 or labels:
            sentence = VALUE_LABEL.sub("", f["statement"], count=1)
            f["statement"] = f"[{'; '.join(labels)}] {sentence}" if labels else sentence
    return out


def _evidence_clash(f: dict, g: dict) -> bool:
    """Whether a quote of one fact gives a counted thing other figures than all of the other's
    ("his 10-year-old son ... over the weekend" backs the day of an "11-year-old boy ... on Sunday"
    line, not its age): one line would cite evidence against itself."""
    def per_quote(fact: dict) -> list[dict[str, set[float]]]:
        return [counted_figures(e["quote"]) for e in fact["evidence"]]

    for one, other in ((f, g), (g, f)):
        theirs: dict[str, set[float]] = {}
        for figures in per_quote(other):
            for word, values in figures.items():
                theirs.setdefault(word, set()).update(values)
        if any(word in theirs and not values & theirs[word] for q in per_quote(one) for word, values in q.items()):
            return True
    return False


def _same_phrase(f: dict, g: dict) -> bool:
    """Two quoted phrases, one part of the other ("pending invasion", "pending invasion of the
    South"), that the same outlets repeat: one borrowing, shown once."""
    if f["kind"] != "phrase" or g["kind"] != "phrase":
        return False
    a, b = sorted((str(f["normalized"]), str(g["normalized"])), key=len)
    return bool(a) and re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) is not None


def _quotes(fact: dict) -> set[tuple[str, str]]:
    return {(e["article"], e["quote"]) for e in fact["evidence"]}


def _label_key(label: str) -> str:
    """"six-month" and "6 month" name one value."""
    from ..extract.numbers import parse_number

    out = []
    for word in re.split(r"[\s-]+", label.lower()):
        number = parse_number(word)
        out.append(format_number(number) if number is not None else word.rstrip("s"))
    return " ".join(out)


def _surface_words(docs: list[Doc]) -> dict[str, str]:
    """stem -> the most readable surface word: its most frequent lower-case spelling."""
    counts: dict[str, dict[str, int]] = {}
    for doc in docs:
        for m in WORD_RE.finditer(doc.text):
            w = m.group(0)
            forms = counts.setdefault(stem(w), {})
            forms[w] = forms.get(w, 0) + 1
    out = {}
    for key, forms in counts.items():
        lower = {w: n for w, n in forms.items() if w[0].islower()}
        pool = lower or forms
        out[key] = max(pool, key=lambda w: (pool[w], -len(w)))
    return out


def _subject(g: Group, h: Group, aligner: Aligner, words: dict[str, str]) -> str:
    shared = aligner.shared_words(g, h)
    label = {"date": "date", "duration": "length"}.get(g.bucket, "figure")
    counted = g.claims[0].noun if g.bucket.startswith("amount") else None
    nouns = [words.get(k, k) for k in shared if not k.startswith("@") and k != counted][:2]
    names = [k[1:] for k in shared if k.startswith("@")][:3]
    if counted:
        label = f"number of {words.get(counted, counted)}"
    elif isinstance(g.value, Amount) and g.value.unit == "magnitude":
        label = "magnitude"
        nouns = [n for n in nouns if n.lower() != label]
    if isinstance(g.value, Amount) and "old" in g.value.unit and counted:
        return f"age of the {words.get(counted, counted)}"  # "age of the son": one relative's two ages
    if isinstance(g.value, Clock):
        # the words around a time are mostly its hedge and day ("around", "Sunday"): name the time
        return f"time of day ({', '.join(names)})" if names else "time of day"
    place = same_population_place(g, h)
    if place:
        return f"population of {place}"  # "population of Qeshm island"
    origins = reference_places(g) & reference_places(h)
    if origins and isinstance(g.value, Amount):
        # "distance from Santa Rosa", as the sentences write the place
        origin = next(iter(origins))
        written = next((k[1:] for k in shared if k.startswith("@") and k[1:].lower() == origin), origin)
        return f"distance from {written}"
    if counted:
        head = f"{label} {nouns[0]}" if nouns else label  # "number of people killed"
    else:
        head = f"{label} of the {' / '.join(nouns)}" if nouns else label  # "date of the meeting / summit"
    return f"{head} ({', '.join(names)})" if names else head


def _conflict(g: Group, h: Group, aligner: Aligner, words: dict[str, str], order: dict[str, int]) -> dict:
    variants = []
    for grp in sorted((g, h), key=lambda x: -len(x.roots)):
        surfaces: dict[str, int] = {}
        for c in grp.claims:
            surfaces[c.surface] = surfaces.get(c.surface, 0) + 1
        variants.append({
            "value": max(surfaces, key=surfaces.get),
            "normalized": value_key(grp.value),
            "sources": _sorted_sources(grp.articles, order),
            "evidence": [{"article": e["article"], "quote": e["quote"]} for e in _evidence(grp)],
            "independent_sources": len(grp.roots),
        })
    people = isinstance(g.value, Amount) and g.value.unit in ("people", "person", "persons")
    # a magnitude, a sum or a distance is no incident slot: its sentence may also give the toll
    out = {"subject": _subject(g, h, aligner, words), "variants": variants, "_people": people,
           "_next_day": _next_day(g.value, h.value), "_measure": measures(g) and measures(h)}
    shared = g.roots & h.roots
    if shared:  # copies of one report on both sides: the reprints were edited
        out["copies_of"] = min(shared, key=lambda r: order.get(r, 0))
        if g.roots == h.roots == shared:
            out["subject"] += ": copies of one report disagree"
    return out


def _next_day(a: object, b: object) -> bool:
    """Two days one apart ("Friday evening" / "Saturday night")."""
    from datetime import date

    if not (isinstance(a, DateValue) and isinstance(b, DateValue) and a.precision == b.precision == "day"):
        return False
    return abs((date.fromisoformat(a.iso[:10]) - date.fromisoformat(b.iso[:10])).days) <= 1
