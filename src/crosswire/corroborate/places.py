"""Place-of-incident conflicts read from every mention of a place, not from one guess per article.

An article contradicts the others on the place when

* the others agree on a place: a name that one of them reads as the incident's place, that is
  more than a home town ("John Roe, 40, of Riverton") in their texts, and that at least two
  other independent sources write -- or one, when it writes it as the scene ("shot in X");
* the article never writes that place, while it places the incident somewhere no other source
  names: its own reading, or -- when the extractor read none -- a capitalised name where an
  incident is placed ("shot in Kissimmee", a dateline);
* and that place is stated firmly: named twice, or once where the incident is placed.

City, county and neighbourhood are not set against each other: a county, a region or a name
sharing a word with the others' place ("Southeast Washington" / "Washington") never dissents.
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Doc
from .mentions import Mention, _variant

_REGION_WORDS = re.compile(r"\b(?:county|co|parish|township|twp|borough|area|region|district|jail|prison)\b", re.I)
#: "Kelvin Watford, 50, of Willingboro": where someone lives, not where it happened
_HOME_BEFORE = re.compile(r"\b(?:of|from)\s+$", re.I)
_INCIDENT_WORDS = re.compile(
    r"\b(?:shot|shoot\w*|gunfire|gunman|gunshots?|fired|killed|killing|slain|murder\w*|homicide|wounded|"
    r"injured|died|dead|death|stabb\w*|opened\s+fire|happened|occurred)\b|\bhomicides?\b", re.I)
#: a name placed as the scene: "shooting in Kissimmee", "killed at a Kissimmee home"
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:(?:a|an|the|his|her|their)\s+)?$", re.I)
#: ... or named by what happened there: "Mountainburg shooting victims", "a Caruthersville home"
_SCENE_AFTER = re.compile(r"^\s+(?:(?:double|triple|fatal|deadly|mass|police|officer-involved)\s+)?(?:shootings?|homicides?|"
                          r"killings?|murders?|slayings?|stabbings?|home|house|residence|apartment|police)\b", re.I)
_NAME = re.compile(r"(?<![\w.'-])[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?![\w'-])")
_HOSPITAL_BEFORE = re.compile(r"\b(?:hospital|medical\s+center|clinic|trauma\s+center)\b[^.;\n]{0,25}\b(?:in|at)\s+$",
                              re.I)
#: a line of a page's video list starts with the clip's length
_PLAYLIST_LINE = re.compile(r"\s*\d{1,2}:\d{2}\s")
_PERSON_AFTER = re.compile(r"(?:['’]s\b|\s+(?:death|case|trial|family|killing|murder)\b)", re.I)
_NOT_PLACE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "police", "the", "a", "an", "he", "she", "they", "it", "his", "her", "their", "this", "that", "officers",
    "authorities", "court", "hospital", "county", "city", "state", "north", "south", "east", "west",
}


def mentions_of(doc: Doc, name: str) -> list[Mention]:
    """Every place in ``doc.text`` where ``name`` is written as a word (any case)."""
    return [Mention(name, m.start(), m.end())
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text, re.I)]


def _home_only(doc: Doc, found: list[Mention]) -> bool:
    return bool(found) and all(_HOME_BEFORE.search(doc.text[max(0, m.start - 6):m.start]) for m in found)


def _sentence(doc: Doc, start: int, end: int) -> str:
    from .text import Sentences

    s, e = Sentences.of(doc).around(start, end)
    return doc.text[s:e]


def _firm(doc: Doc, found: list[Mention]) -> bool:
    """Written as the scene of the incident at least once ("shot in X", "X shooting"): a name in
    passing is no statement of the place, and a dateline only says where the report was filed."""
    return any(_at_scene(doc, m.start, m.end) for m in found)


def named_as_person(doc: Doc, evidence: list[dict]) -> bool:
    """Whether every reading of the place is a name followed by "death" or "'s" ("in Keith
    Lamont Scott death"), or is no place-like name at all ("When")."""
    return bool(evidence) and all(
        not _place_like(doc.text[ev["start"]:ev["end"]]) or _PERSON_AFTER.match(doc.text[ev["end"]:ev["end"] + 12])
        for ev in evidence)


def _dateline(doc: Doc, found: list[Mention]) -> bool:
    """A dateline or headline ("KENT, Wash. --") named again in the text."""
    return len(found) >= 2 and any(
        m.start < 80 and re.match(r"[ \t]*(?:,|—|–|--|\(|$)", doc.text[m.end:m.end + 4]) for m in found)


def _at_scene(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` places something ("shot in X", "X shooting")."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    if _PLAYLIST_LINE.match(doc.text[line_start:start + 1]):
        return False  # "4:16 Listen to police dispatches from the Olathe shooting": a video list
    if _HOSPITAL_BEFORE.search(doc.text[max(0, start - 60):start]):
        return False  # "pronounced dead at Carle Hospital in Urbana": where the hospital is
    if _PERSON_AFTER.match(doc.text[end:end + 12]):
        return False  # "in Keith Scott death", "outside Vancouver's school": a person, an owner
    if _SCENE_AFTER.match(doc.text[end:end + 40]):
        return True
    return bool(_SCENE_BEFORE.search(doc.text[max(0, start - 12):start])
                and _INCIDENT_WORDS.search(_sentence(doc, start, end)))


#: "killed in Sharon Hill": a name a shooting happened in is a place, whatever the tagger thought
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$", re.I)


_INSTITUTION_AFTER = re.compile(r"\s+(?:Medical|Hospitals?|Campus|Center|Tribal|Investigations|University|College|"
                                r"Elementary|High|Middle|School|Mall|Church|nightclub|club|bar|restaurant)\b")
#: small words a title-case headline leaves in lower case
_TITLE_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "after", "as"}


def _title_case_line(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in a headline written In Title Case, where every word looks like a name."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text[start:end if end >= 0 else len(text)])
             if w.lower() not in _TITLE_SMALL]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _person_like(name: str, placed_in: bool, people: set[str]) -> bool:
    """Whether ``name`` is (part of) a person's name: a part of a longer one ("Scott" of "Keith
    Lamont Scott"), or a whole one not written where something happened ("in Sharon Hill")."""
    low = name.lower()
    if low in people and not placed_in:
        return True
    words = set(low.split())
    return any(words & set(p.split()) for p in people if p != low)


def scene_names(doc: Doc) -> list[str]:
    """Capitalised names the article writes where an incident is placed ("shot in Kissimmee"),
    for an article whose place the extractor could not read; people's names left out."""
    people = {str(s.attrs.get("name") or "").lower() for s in doc.spans_of("entity") if s.attrs.get("type") == "PERSON"}
    out: list[str] = []
    for m in _NAME.finditer(doc.text):
        name = m.group(0)
        words = name.lower().split()
        if words[0] in _NOT_PLACE_WORDS or _REGION_WORDS.search(name):
            continue
        if not _at_scene(doc, m.start(), m.end()) or _title_case_line(doc.text, m.start()):
            continue
        if _INSTITUTION_AFTER.match(doc.text[m.end():m.end() + 30]):
            continue  # "Nassau University Medical Center", "Leech Lake Tribal Police": a body, not a town
        if _person_like(name, _IN_BEFORE.search(doc.text[max(0, m.start() - 8):m.start()]) is not None, people):
            continue
        if _PERSON_AFTER.match(doc.text[m.end():m.end() + 12]):
            continue  # "in Keith Lamont Scott death": a person's name
        from ..extract.incident import STREET_WORDS, _is_state_or_country

        if _is_state_or_country(name) or words[-1] in STREET_WORDS:
            continue
        if name not in out:
            out.append(name)
    return out


def city_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int],
                   facts: dict[str, dict]) -> list[dict]:
    """The first article (in story order) that places the incident where no other source does,
    against the place at least two other sources name: at most one per story."""
    by_id = {d.id: d for d in docs}
    readings = {a: str(f["city"]["value"]) for a, f in facts.items()
                if (f.get("city") or {}).get("evidence") and (f.get("city") or {}).get("value")}
    for dissenter in sorted(by_id, key=lambda a: order.get(a, 0)):
        doc = by_id[dissenter]
        root = roots.get(dissenter, dissenter)
        others = [a for a in by_id if roots.get(a, a) != root]
        majority, agree = _others_place(by_id, others, readings, roots, order)
        if majority is None or mentions_of(doc, majority):
            continue
        for own, evidence in _own_places(doc, readings.get(dissenter), facts.get(dissenter)):
            if _REGION_WORDS.search(own) or len(own) < 3 or _related(own, majority) or not _place_like(own):
                continue
            named_own = mentions_of(doc, own)
            if not named_own or _home_only(doc, named_own):
                continue
            if not _firm(doc, named_own) and not (_dateline(doc, named_own) and not any(
                    mentions_of(doc, readings[a]) for a in others if a in readings)):
                continue  # a dateline alone places the incident only when nothing else does
            if any(mentions_of(by_id[a], own) for a in others):
                continue  # another source names it too: a place of the story, not a contradiction
            return [{"slot": "city",
                     "variants": [_variant(by_id, agree, majority, order, roots),
                                  _variant(by_id, {dissenter: evidence or named_own[0]}, own, order, roots)]}]
    return []


def _others_place(by_id: dict[str, Doc], others: list[str], readings: dict[str, str], roots: dict[str, str],
                  order: dict[str, int]) -> tuple[str | None, dict[str, Mention]]:
    """The place the other sources agree on (a reading that two or more of them name, not only
    as a home town) and where each of them names it."""
    named: dict[str, set[str]] = {}
    for name in {readings[a] for a in others if a in readings}:
        if _REGION_WORDS.search(name) or len(name) < 3:
            continue
        named[name] = {roots.get(a, a) for a in others
                       if (found := mentions_of(by_id[a], name)) and not _home_only(by_id[a], found)}
    # two sources naming it, or one that reads it and writes it as the scene ("shot in X"): one
    # outlet's word against another's is still a contradiction when both state a scene
    named = {n: r for n, r in named.items() if len(r) >= 2 or (r and any(
        _firm(by_id[a], mentions_of(by_id[a], n)) for a in others if readings.get(a) == n))}
    if not named:
        return None, {}
    # the most sources, then the most readings, then the most mentions ("West Side" and "San
    # Antonio": the neighbourhood and its city, whichever the article names, it names neither)
    read_by = {n: sum(1 for a in others if readings.get(a) == n) for n in named}
    written = {n: sum(len(mentions_of(by_id[a], n)) for a in others) for n in named}
    best = max(sorted(named), key=lambda n: (len(named[n]), read_by[n], written[n]))
    agree = {}
    for a in sorted(others, key=lambda x: order.get(x, 0)):
        found = [m for m in mentions_of(by_id[a], best)
                 if not _HOME_BEFORE.search(by_id[a].text[max(0, m.start - 6):m.start])]
        if found:
            agree[a] = found[0]
    return best, agree


def _own_places(doc: Doc, reading: str | None, fact: dict | None) -> list[tuple[str, Mention | None]]:
    """Where the article places the incident: its reading, else names it writes at a scene."""
    if reading:
        ev = (fact or {}).get("city", {}).get("evidence") or []
        return [(reading, Mention(reading, ev[0]["start"], ev[0]["end"]) if ev else None)]
    return [(name, None) for name in scene_names(doc)[:2]]


def _place_like(name: str) -> bool:
    """Not a function word ("When") nor a street ("Cynthia Loop Northwest")."""
    from ..extract.incident import STREET_WORDS
    from .text import STOPWORDS

    words = _words(name)
    return bool(words) and not all(w in STOPWORDS for w in words) and not any(
        w in STREET_WORDS or w in {"loop", "northwest", "northeast", "southwest", "southeast"} for w in words[1:])


def _related(a: str, b: str) -> bool:
    """Names that may be one place at two scales or spellings ("Mt. Oliver" / "Mount Oliver")."""
    from .incident import _city_key, _compatible

    if set(_words(a)) & set(_words(b)) or set(_city_key(a).split()) & set(_city_key(b).split()):
        return True
    return _compatible("city", _city_key(a), _city_key(b))


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", name.lower())

