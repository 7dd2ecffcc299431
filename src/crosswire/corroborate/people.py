"""Who the people of a story are, across outlets: a named person's identification as a fact, and
the ages outlets give them as a slot that can conflict.

Facts are mostly anchored on values (:mod:`.claims`), which leaves out the line a reader looks for
first: who the victim or the suspect is. Outlets word it every way ("The victim was identified as
Jeremy Lewis, 26, of Fullerton", "construction worker Jeremy Lewis, 26", "26-year-old Jeremy Lewis"),
but the person's full name, linked across the story by :class:`.entities.EntityIndex`, is the
anchor. A person becomes a fact when outlets *identify* them: give their age, or write "identified
as" / "named as" before the name; one outlet identifying someone by full name makes a single-source
fact (a detail only that report has). Officials quoted by title are the quote board's, not facts.

Two independent outlets giving one person ages years apart ("Derrick Stafford, 32" and "Derrick
Stafford, 23") disagree: ages belong to one person, so the slot is pinned by the name, whatever the
sentences around them say. Ages one year apart fit one birth date when the reports are weeks apart
(a birthday between them), reports written months apart may both be right, and an article giving
both ages takes no side -- unless it tells the other one as superseded ("police initially said she
was 41"): then it stands for its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..doc import Doc
from ..sentences import Sentences
from .claims import SUPERSEDED
from .entities import EntityIndex, entity_type
from .text import dedupe_evidence

#: "Jeremy Lewis, 26, of Fullerton", "Melvin Edwards, 69.", "Dionisio Garza (36)", "Lewis, aged 26",
#: "Ali Syed, a 20-year-old" -- not "Raekwon Manigault, 17-year-old Jonah Barley" (the next name's)
_AGE_AFTER = re.compile(r",\s*an?\s+(?P<a>\d{1,3})[-\s]years?[-\s]old\b|\s*\(\s*(?P<b>\d{1,3})\s*\)|"
                        r",\s*(?:aged\s+)?(?P<c>\d{1,3})(?=\s*[,.;]|\s+(?:of|from|and|who|was|is|had|has)\b)")
#: "26-year-old construction worker Jeremy Lewis" (up to three lower-case words between, on one line;
#: "the 3-year-old son of Jeremy Lewis" is the son's age, "18-year-old in leg" a headline's)
_AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})[- ]years?[- ]old[ \t]+"
                         r"(?:(?!(?:of|in|at|on|to|from|with|by|and|or)\b)[a-z][\w'’-]*[ \t]+){0,3}$")
#: "identified as", "named as", "was identified Monday as", "identified the suspect in Sunday's deadly
#: west Houston shooting as" (in one clause: no punctuation between)
_IDENTIFIED = re.compile(r"\b(?:identified|named)\s+(?:[\w'’-]+\s+){0,8}?as\s+(?:[a-z][\w'’-]*\s+){0,3}$", re.I)
#: "the suspect, Army veteran Dionisio Garza III", "the victim, Jeremy Lewis": the person's part in
#: the story, then the name
_CAST_BEFORE = re.compile(r"\b(?:suspect|victim|gunman|shooter|attacker|assailant|killer|deceased|driver)s?,?\s+"
                          r"(?:[\w.'’-]+\s+){0,2}$", re.I)
#: reports further apart than this may give two ages of one person and both be right
BIRTHDAY_DAYS = 180
#: ages one year apart fit one birth date (an age at the crime, an age at the hearing; a birthday
#: between two reports): like "mid-November" and "November 10", no contradiction. 32 and 23 are one.
AGE_SLACK = 2
#: ... but reports of one week giving "Jeremy Lewis, 26" (three outlets) and "Jeremy Lewis, 27"
#: disagree: a birthday in between is far less likely than a slip
SAME_WEEK_DAYS = 7


@dataclass
class _Mention:
    article: str
    root: str
    person: str
    age: int | None
    identified: bool
    sentence: str
    published: str | None


def _full_name(name: str) -> bool:
    """A first and last name at least: "Lewis" alone may be Jeremy or his mother."""
    return len([w for w in name.split() if w[:1].isupper()]) >= 2


def _mentions(doc: Doc, entities: EntityIndex, roots: dict[str, str]) -> list[_Mention]:
    out = []
    sentences = Sentences.of(doc)
    for span in doc.spans_of("entity"):
        if entity_type(span.attrs.get("type")) != "PERSON":
            continue
        surface = doc.span_text(span).strip()
        person = entities.canonical((span.attrs.get("name") or surface).strip(), "PERSON")
        if not (_full_name(surface) and _full_name(person)):
            continue
        after = _AGE_AFTER.match(doc.text, span.end)
        before = _AGE_BEFORE.search(doc.text, max(0, span.start - 60), span.start)
        found = (after.group("a") or after.group("b") or after.group("c")) if after else \
            (before.group("age") if before else None)
        age = int(found) if found else None
        if age is not None and not 0 < age < 111:
            age = None
        identified = bool(_IDENTIFIED.search(doc.text, max(0, span.start - 90), span.start)
                          or _CAST_BEFORE.search(doc.text, max(0, span.start - 40), span.start))
        s, e = sentences.around(span.start, span.end)
        out.append(_Mention(doc.id, roots.get(doc.id, doc.id), person, age, identified,
                            doc.text[s:e].strip(), doc.published))
    return out


def people_findings(docs: list[Doc], entities: EntityIndex, roots: dict[str, str],
                    order: dict[str, int]) -> tuple[list[dict], list[dict]]:
    """(facts identifying the people of the story, conflicts over their ages)."""
    by_person: dict[str, list[_Mention]] = defaultdict(list)
    for doc in docs:
        for m in _mentions(doc, entities, roots):
            by_person[m.person].append(m)
    facts, conflicts = [], []
    for person, mentions in by_person.items():
        identifying = [m for m in mentions if m.age is not None or m.identified]
        if not identifying:
            continue  # named, never identified: an official, a relative quoted, someone mentioned
        named_by = {m.root for m in mentions}
        conflict = _age_conflict(person, mentions, order)
        if conflict:
            conflicts.append(conflict)
        if len(named_by) < 2 and not any(m.identified or (m.age is not None and _full_name(m.person))
                                         for m in identifying):
            continue  # one outlet's word naming someone, no more: the entity list has them
        facts.append(_fact(person, mentions, identifying, roots, order, disputed=conflict is not None))
    return facts, conflicts


def _best(mentions: list[_Mention]) -> _Mention:
    """The mention that identifies best: an age and "identified as", then the shortest sentence."""
    return max(mentions, key=lambda m: (m.age is not None, m.identified, -len(m.sentence)))


def _fact(person: str, mentions: list[_Mention], identifying: list[_Mention], roots: dict[str, str],
          order: dict[str, int], disputed: bool) -> dict:
    rep = _best(identifying)
    # each outlet's own best sentence naming the person, the identifying one where it has one
    per_article: dict[str, _Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.age is None and not m.identified, len(m.sentence))):
        per_article.setdefault(m.article, m)
    sources = sorted(per_article, key=lambda a: order.get(a, 0))
    roots_named = {roots.get(a, a) for a in sources}
    ages = sorted({m.age for m in identifying if m.age is not None})
    return {
        "statement": " ".join(rep.sentence.split()),
        "sources": sources,
        "status": "disputed" if disputed else ("corroborated" if len(roots_named) >= 2 else "single-source"),
        "evidence": dedupe_evidence({"article": a, "quote": per_article[a].sentence} for a in sources),
        "kind": "person",
        "value": person,
        "normalized": person if len(ages) != 1 else f"{person}, {ages[0]}",
        "independent_sources": len(roots_named),
        "copies": [a for a in sources if roots.get(a, a) != a],
    }


def _age_conflict(person: str, mentions: list[_Mention], order: dict[str, int]) -> dict | None:
    by_age: dict[int, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.age is not None and not SUPERSEDED.search(m.sentence):
            by_age[m.age].append(m)
    if len(by_age) < 2:
        return None
    stating: dict[str, set[int]] = defaultdict(set)
    for age, ms in by_age.items():
        for m in ms:
            stating[m.root].add(age)
    # an outlet giving two ages reports a correction (or two people): it takes no side
    sides = {age: [m for m in ms if len(stating[m.root]) == 1] for age, ms in by_age.items()}
    sides = {age: ms for age, ms in sides.items() if ms}
    if len(sides) < 2:
        return None
    dated = [[date.fromisoformat(m.published[:10]) for m in ms
              if m.published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.published[:10])] for ms in sides.values()]
    days = [d for ds in dated for d in ds]
    span = (max(days) - min(days)).days if days else None
    if span is not None and span > BIRTHDAY_DAYS:
        return None  # a year on, the person may be a year older
    # within a week, one outlet's age against another's is a slip, not a birthday (a person's age
    # is pinned by the name, so even one outlet against one is the same slot); an undated report of the story is taken as of its week: follow-ups months on (a trial, an
    # anniversary) carry their dates
    one_week = span is None or span <= SAME_WEEK_DAYS
    if max(sides) - min(sides) < (1 if one_week else AGE_SLACK):
        return None
    variants = []
    for age, ms in sorted(sides.items(), key=lambda kv: (-len({m.root for m in kv[1]}), kv[0])):
        articles = sorted({m.article for m in ms}, key=lambda a: order.get(a, 0))
        variants.append({
            "value": str(age),
            "normalized": f"{age} years old",
            "sources": articles,
            "evidence": dedupe_evidence({"article": m.article, "quote": m.sentence} for m in ms),
            "independent_sources": len({m.root for m in ms}),
        })
    return {"subject": f"age of {person}", "slot": "age", "variants": variants}
