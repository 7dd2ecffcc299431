"""Place-of-incident conflicts read from every mention of a place, not from one guess per article.

An article contradicts the others on the place when

* the others agree on a place: a name that one of them reads as the incident's place, that is
  more than a home town ("John Roe, 40, of Riverton") in their texts, and that at least two
  other independent sources write -- or one, when it writes it as the scene ("shot in X");
* the article never writes that place, while it places the incident somewhere no other source
  names: the town it writes in the slots the others write theirs in ("Libby police said" where
  they write "Oakland police said", "a Libby man", "north of Libby", "Libby, Calif."), its own
  reading, or a capitalised name where an incident is placed ("shot in Kissimmee", a dateline);
* and that place is stated firmly: written where the others write theirs, named twice, or once
  where the incident is placed.

Those slots also let the others agree on a town the tagger missed ("Gary police said"), and
catch an article that names the agreed place but changes another one the others all write the
same way ("in Englewood, Jonesboro police said" against "in Englewood, Chicago police said").

City, county and neighbourhood are not set against each other: a county, a region or a name
sharing a word with the others' place ("Southeast Washington" / "Washington") never dissents.
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..extract.incident import GUNFIRE_FIRED, STREET_WORDS, _STATE_AFTER, _is_state_or_country, is_us_state
from .mentions import Mention, variant
from .placenames import (HOME_BEFORE, any_home, at_dateline, city_key, compatible_cities, filed_at, filed_or_home,
                         home_only, is_home, mentions_of, names_a_neighbourhood)
from .text import STOPWORDS, Sentences, content_tokens

_REGION_WORDS = re.compile(r"\b(?:county|co|parish|township|twp|borough|area|region|district|jail|prison)\b|"
                           r"^(?:metro|greater)\s", re.I)  # "Metro Detroit", "Greater Boston": a region
_INCIDENT_WORDS = re.compile(
    r"\b(?:shot|shoot\w*|gunfire|gunman|gunshots?|" + GUNFIRE_FIRED + r"|killed|killing|killers?|slain|murder\w*|homicide|"
    r"wounded|injured|died|dead|death|stabb\w*|opened\s+fire|happened|occurred)\b|\bhomicides?\b", re.I)
#: a name placed as the scene: "shooting in Kissimmee", "killed at a Kissimmee home"
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:(?:a|an|the|his|her|their)\s+)?$", re.I)
#: ... or named by what happened there: "Mountainburg shooting victims", "a Caruthersville home"
_SCENE_AFTER = re.compile(r"^[ \t]+(?:(?:double|triple|fatal|deadly|mass|police|officer-involved)\s+)?(?:shootings?|homicides?|"
                          r"killings?|murders?|slayings?|stabbings?|home|house|residence|apartment|police|"
                          r"nightclub|club|bar|restaurant|store|park|school|church|mall|motel|hotel|neighborhood)\b", re.I)
_NAME = re.compile(r"(?<![\w.'-])[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?![\w-]|'(?!s\b))")
_HOSPITAL_BEFORE = re.compile(r"\b(?:hospital|medical\s+center|clinic|trauma\s+center)\b[^.;\n]{0,25}\b(?:in|at)\s+$",
                              re.I)
#: a line of a page's video list starts with the clip's length
_PLAYLIST_LINE = re.compile(r"\s*\d{1,2}:\d{2}\s")
_CLIP_LENGTH = re.compile(r"\s*\d{1,2}:\d{2}\s*")
_PERSON_AFTER = re.compile(r"(?:['’]s\b|\s+(?:death|case|trial|family|killing|murder)\b)", re.I)
_NOT_PLACE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "police", "the", "a", "an", "he", "she", "they", "it", "his", "her", "their", "this", "that", "officers",
    "authorities", "court", "hospital", "county", "city", "state", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest",
}


#: "the longest murder trial in American history": a people's adjective, no town (alone)
_DEMONYMS = {"american", "african", "asian", "european", "hispanic", "latino", "mexican", "canadian", "british",
             "english", "chinese", "russian", "christian", "muslim", "jewish", "catholic", "native"}


def _sentence(doc: Doc, start: int, end: int) -> str:
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


def named_at_hospital(doc: Doc, evidence: list[dict]) -> bool:
    """Whether every reading of the place tells where a hospital is ("pronounced dead at Carle
    Hospital in Urbana"), not where the incident happened."""
    return bool(evidence) and all(_HOSPITAL_BEFORE.search(doc.text[max(0, ev["start"] - 60):ev["start"]])
                                  for ev in evidence)


def _dateline(doc: Doc, found: list[Mention]) -> bool:
    """A dateline or headline ("KENT, Wash. --") named again in the text -- not only as where
    someone lives ("HARVEY, La. -- Police arrested a man from Harvey"): where the report was filed
    and where a suspect is from place no incident."""
    heads = [m for m in found if at_dateline(doc, m)]
    return bool(heads) and not filed_or_home(doc, found)


def _filed_where_it_happened(by_id: dict[str, Doc], dissenter: str, own: str, named_own: list[Mention],
                             place: str, agree: dict[str, Mention]) -> bool:
    """Whether the dissenter's dateline is its statement of the place: the report names no other
    place for the incident and nobody lives there, while the others write their place as the
    scene, not in datelines alone (two datelines are two desks, not two places)."""
    doc = by_id[dissenter]
    if not any(filed_at(doc, m) for m in named_own) or any_home(doc, named_own) or \
            _placed_elsewhere(doc, own, lower_words(doc.text)):
        return False
    return any(any(place_slots(by_id[a], m.start, m.end) for m in mentions_of(by_id[a], place)) for a in agree)


#: a place given as a region: "a Gaston County park", "in northwestern Minnesota", "rural Clearbrook"
_REGION_NAMED = re.compile(r"\b[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s+(?:County|Parish)\b|"
                           r"\b(?:(?:north|south)(?:east|west)?|east|west|central|rural)(?:ern)?\s+[A-Z][a-z]+")


def _placed_elsewhere(doc: Doc, name: str, common: frozenset[str]) -> bool:
    """Whether the article places the incident other than by ``name``: another town at the scene
    or in a town slot, or a region in a sentence about the incident ("over Clearwater County")."""
    for other, start, end in _candidate_names(doc, common):
        if not _related(other, name) and place_slots(doc, start, end) \
                and not names_a_neighbourhood(doc, [Mention(other, start, end)]):
            return True
    return any(_INCIDENT_WORDS.search(_line_sentence(doc.text, m.start(), m.end()))
               for m in _REGION_NAMED.finditer(doc.text))


def _playlist_line(text: str, offset: int) -> bool:
    """A clip's title in a page's video list: after its length on the line ("1:22 Westport
    residents react") or on the line above ("1:22" alone)."""
    line_start = text.rfind("\n", 0, offset) + 1
    if _PLAYLIST_LINE.match(text[line_start:offset + 1]):
        return True
    above = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1]
    return _CLIP_LENGTH.fullmatch(above) is not None


#: "... daughter - WBRC FOX6 News - Birmingham, AL": a headline's tail names the outlet and its home
_OUTLET_TAIL = re.compile(r"(?:\s[-|–—]\s|\s\|)[^\n]*?(?:\b(?:news|weather|sports|radio|tv)\b|\.com\b)", re.I)


def _outlet_tail(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the first line's outlet part ("- Live5News.com | Charleston, SC")."""
    line_end = text.find("\n")
    if not 0 <= offset < (line_end if line_end >= 0 else len(text)):
        return False
    line = text[:line_end if line_end >= 0 else len(text)]
    tail = _OUTLET_TAIL.search(line)
    return tail is not None and tail.start() < offset


def _at_scene(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` places something ("shot in X", "X shooting")."""
    if _playlist_line(doc.text, start) or _outlet_tail(doc.text, start):
        return False  # "4:16 Listen to police dispatches from the Olathe shooting": a video list
    if _HOSPITAL_BEFORE.search(doc.text[max(0, start - 60):start]):
        return False  # "pronounced dead at Carle Hospital in Urbana": where the hospital is
    if _PERSON_AFTER.match(doc.text[end:end + 12]):
        return False  # "in Keith Scott death", "outside Vancouver's school": a person, an owner
    after = _SCENE_AFTER.match(doc.text[end:end + 40])
    if after and _INCIDENT_WORDS.search(after.group(0)):
        return True  # "the Mountainburg shooting"
    # "a Caruthersville home", "San Antonio police" place something only in a sentence that tells
    # of the incident ("A San Antonio police officer has been fired" tells of a dismissal)
    before = _SCENE_BEFORE.search(doc.text[max(0, start - 12):start])
    if before and not after and before.group(0).lower().split()[-1] == "the":
        return False  # "found in the Continental": a town takes no article, "the X home" does
    return bool((after or before) and _INCIDENT_WORDS.search(_sentence(doc, start, end)))


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
    Lamont Scott"), or a whole one not written where something happened ("in Sharon Hill") or
    whose police it is ("Gary police")."""
    low = name.lower()
    if low in people and not placed_in:
        return True
    words = set(low.split())
    return not placed_in and any(words & set(p.split()) for p in people if p != low)


_REGION_AFTER = re.compile(r"[ \t]+(?:county|parish|township|borough)\b", re.I)
#: words that end a town's name when they follow it ("Gaston Police Sergeant", "Arkansas State Police", "Brooklyn Sunday")
_NAME_ENDS = {"police", "sheriff", "fire", "state", "metro", "metropolitan", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december"}
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?:][\"'”’]?\s+)$")


def lower_words(*texts: str) -> frozenset[str]:
    """The words ``texts`` write in lower case: no names, whatever case a sentence start gives them
    (but not the pieces of an address: "/news/chattanooga/", "wtvc.com")."""
    return frozenset(w for t in texts for w in re.findall(r"(?<![\w/.@-])[a-z][a-z'-]*(?![\w/@-]|\.\w)", t))


def _sentence_start(text: str, offset: int) -> bool:
    return _SENTENCE_START.search(text[max(0, offset - 4):offset]) is not None


def _trimmed_name(doc: Doc, start: int, end: int, common: frozenset[str]) -> tuple[str, int, int]:
    """The name at ``start:end`` without a day, a month or a force after it ("Bristol Thursday"),
    and without a first word capitalised only because it starts a sentence ("Fatal shooting",
    "Little boy"): one of the ``common`` words written in lower case or, alone, a word the tagger
    took for no name and the text capitalises nowhere else."""
    text = doc.text
    words = [(m.group(0), start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    cut = next((i for i, (w, _, _) in enumerate(words) if i and w.lower() in _NAME_ENDS), len(words))
    del words[cut:]  # "York City Police Sgt.", "Bristol Thursday": the town ends where the rest starts
    # (a word in capitals is no sentence's first word capitalised: "RIVERTON, Ore. --")
    if words and _sentence_start(text, start) and not (words[0][0].isupper() and len(words[0][0]) > 2) and (
            words[0][0].lower() in common or len(words) == 1 and not _a_name_elsewhere(doc, *words[0])):
        words.pop(0)
    if not words:
        return "", start, start
    return " ".join(w for w, _, _ in words), words[0][1], words[-1][2]


def _a_name_elsewhere(doc: Doc, word: str, start: int, end: int) -> bool:
    """Whether the tagger took ``word`` at ``start:end`` for (part of) a name, or the text capitalises
    it inside a sentence too."""
    if any(s.start <= start and end <= s.end for s in doc.spans_of("entity")):
        return True
    return any(m.group(0)[0].isupper() and not _sentence_start(doc.text, m.start())
               and not _title_case_line(doc.text, m.start())
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text, re.I))


def _candidate_names(doc: Doc, common: frozenset[str] | None = None) -> list[tuple[str, int, int]]:
    """Capitalised names that may be towns, with where they are written: people's names, weekdays,
    counties, streets, states and institutions ("X Medical Center") left out."""
    people = {str(s.attrs.get("name") or "").lower() for s in doc.spans_of("entity") if s.attrs.get("type") == "PERSON"}
    common = lower_words(doc.text) if common is None else common
    out = []
    for m in _NAME.finditer(doc.text):
        name, start, end = _trimmed_name(doc, m.start(), m.end(), common)
        if not name:
            continue
        words = name.lower().split()
        if words[0] in _NOT_PLACE_WORDS or name.lower() in _DEMONYMS or _REGION_WORDS.search(name) or \
                _REGION_AFTER.match(doc.text[end:end + 12]):
            continue  # "El Paso County": a county
        if _INSTITUTION_AFTER.match(doc.text[end:end + 30]):
            continue  # "Nassau University Medical Center", "Leech Lake Tribal Police": a body, not a town
        town_slot = _POLICE_AFTER.match(doc.text[end:end + 20]) or (
            _A_BEFORE.search(doc.text[max(0, start - 4):start]) and _RESIDENT_AFTER.match(doc.text[end:end + 20]))
        placed_in = _IN_BEFORE.search(doc.text[max(0, start - 8):start]) is not None
        if not town_slot and _person_like(name, placed_in, people):  # "Aransas Pass police", "a Gary man": no person
            continue
        if _PERSON_AFTER.match(doc.text[end:end + 12]) and not _PARTS_AFTER.match(doc.text[end:end + 40]):
            continue  # "in Keith Lamont Scott death": a person's name
        if _is_state_or_country(name) or words[-1] in STREET_WORDS:
            continue
        out.append((name, start, end))
    return out


def scene_names(doc: Doc) -> list[str]:
    """Capitalised names the article writes where an incident is placed ("shot in Kissimmee"),
    for an article whose place the extractor could not read; people's names left out."""
    out: list[str] = []
    for name, start, end in _candidate_names(doc):
        if _at_scene(doc, start, end) and not _title_case_line(doc.text, start) and name not in out:
            out.append(name)
    return out


#: the recurring slots a report writes its town in: "Gary police said", "a Gary man", "north of
#: Gary", "shot in Gary", "the Gary shooting", "Gary, Ind."
_POLICE_AFTER = re.compile(r"^[ \t]+(?:metro(?:politan)?\s+|city\s+)?(?:police|sheriff|PD\b|(?:homicide\s+)?detectives\b)", re.I)
#: "Pittsburgh's Bloomfield neighborhood": the city a part of town belongs to
_PARTS_AFTER = re.compile(r"^['’]s\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:neighbou?rhood|section|district)\b")
_RESIDENT_AFTER = re.compile(r"^[ \t]+(?:man|men|woman|women|boys?|girls?|teens?|teenagers?|youths?|toddler|child|children|baby|infant|brothers?|sisters?|sons?|daughters?|couple|residents?|mother|father|mom|dad|husband|wife|grandmother|grandfather|gang\s+members?|students?|homeowners?)\b")
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_DIRECTION_BEFORE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of\s+)?$",
                               re.I)
#: slots that name a town and little else ("Gary police", "a Gary man", "north of Gary", "Gary, Ind."),
#: unlike "at the scene" ("shot in X", "the X shooting"), which also takes streets, shops and parks
STRONG_SLOTS = {"police", "resident", "direction", "state", "parts"}


#: a line break or a sentence's end -- not the stop of "a.m.", "Mr." or "Sgt."
_SENTENCE_STOP = re.compile(r"\n|(?<!\b[a-z]\.[a-z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Co|No))(?<!\b(?:Mrs|Sgt|Gov|Sen|Rep|Ave|Inc))"
                            r"(?<!\bCapt)(?<!\bBlvd)[.!?](?= )")


def _line_sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start:end`` as its punctuation and line breaks bound it (the tagger
    may cut "Aransas Pass police are investigating ..." after "Pass")."""
    stops = [m.start() for m in _SENTENCE_STOP.finditer(text, max(0, start - 1000), end + 1000)]
    s = max([i + 1 for i in stops if i < start], default=max(0, start - 1000))
    return text[s:min([i for i in stops if i >= end], default=min(len(text), end + 1000))]


def place_slots(doc: Doc, start: int, end: int) -> set[str]:
    """The slots the name at ``start:end`` is written in (empty: a name in passing). A town slot
    counts in a sentence that tells of the incident: "Pueblo police said a man attacked two
    officers", "the trial turned Orlando, Florida into" are other stories."""
    slots = {"scene"} if _at_scene(doc, start, end) else set()
    if not _INCIDENT_WORDS.search(_line_sentence(doc.text, start, end)) or _playlist_line(doc.text, start) \
            or _outlet_tail(doc.text, start):
        return slots
    text = doc.text
    after, before = text[end:end + 40], text[max(0, start - 30):start]
    if _POLICE_AFTER.match(after):
        slots.add("police")
    if _RESIDENT_AFTER.match(after) and not HOME_BEFORE.search(before):
        slots.add("resident")
    if _PARTS_AFTER.match(after):
        slots.add("parts")
    if _DIRECTION_BEFORE.search(before):
        slots.add("direction")
    state = _STATE_AFTER.match(after)
    if state and after.startswith(",") and is_us_state(state.group("state")) and text[start - 1:start] not in ("", "\n") \
            and not HOME_BEFORE.search(before):  # "a gunman of Kansas City, Mo.": a home
        slots.add("state")  # but not a dateline: where the report was filed
    return slots


def _slotted_names(doc: Doc, common: frozenset[str] | None) -> list[tuple[str, int, int, set[str]]]:
    """Every candidate name outside a title-case headline with its slots, once per article and
    story vocabulary (every article is read against every other)."""
    cache = doc.cache.setdefault("corroborate.places.slotted", {})
    if common not in cache:
        cache[common] = [(name, start, end, place_slots(doc, start, end))
                         for name, start, end in _candidate_names(doc, common)
                         if not _title_case_line(doc.text, start)]
    return cache[common]


def slot_names(doc: Doc, slots: set[str], common: frozenset[str] | None = None) -> list[tuple[str, Mention]]:
    """Names the article writes in any of ``slots``, the most often written first, each with its
    first such mention: where this article places what the others place in those slots."""
    found: dict[str, list[Mention]] = {}
    for name, start, end, written_in in _slotted_names(doc, common):
        if written_in & slots:
            found.setdefault(name, []).append(Mention(name, start, end))
    return [(n, ms[0]) for n, ms in sorted(found.items(), key=lambda item: (-len(item[1]), item[1][0].start))]


def city_conflicts(docs: list[Doc], roots: dict[str, str], order: dict[str, int],
                   facts: dict[str, dict]) -> list[dict]:
    """The first article (in story order) that places the incident where no other source does,
    against the place at least two other sources name: at most one per story."""
    by_id = {d.id: d for d in docs}
    readings = {a: str(f["city"]["value"]) for a, f in facts.items()
                if (f.get("city") or {}).get("evidence") and (f.get("city") or {}).get("value")}
    common = lower_words(*(d.text for d in docs))
    for dissenter in sorted(by_id, key=lambda a: order.get(a, 0)):
        doc = by_id[dissenter]
        root = roots.get(dissenter, dissenter)
        others = [a for a in by_id if roots.get(a, a) != root]
        majority, agree = _others_place(by_id, others, readings, roots, order, common)
        if majority is None:
            continue
        if not mentions_of(doc, majority):
            shared = _town_slots(by_id, agree)
            if any(readings.get(a) == majority for a in others):
                own = _own_places(doc, readings.get(dissenter), facts.get(dissenter), shared, common)
            else:  # a place agreed on only in town slots is contradicted only in those slots
                own = slot_names(doc, shared, common)[:2]
            if found := _dissent(by_id, dissenter, others, majority, agree, own, shared, readings):
                return [_conflict(by_id, dissenter, majority, agree, found, order, roots)]
            continue
        # the article names the place the others agree on: does it change another place they
        # all write the same way ("Seattle police" where it writes "Goleta police")?
        for place, agree_on in _secondary_places(by_id, others, majority, roots, order, common):
            if mentions_of(doc, place):
                continue
            shared = _town_slots(by_id, agree_on)
            own = [(n, m) for n, m in slot_names(doc, shared | {"scene"}, common) if not _related(n, majority)][:2]
            if found := _dissent(by_id, dissenter, others, place, agree_on, own, shared, readings, majority):
                return [_conflict(by_id, dissenter, place, agree_on, found, order, roots)]
    return []


def _dissent(by_id: dict[str, Doc], dissenter: str, others: list[str], place: str, agree: dict[str, Mention],
             own_places: list[tuple[str, Mention | None]], shared: set[str], readings: dict[str, str],
             *also_agreed: str) -> tuple[str, Mention] | None:
    """The dissenter's own place against ``place`` (which it never names): stated firmly, and
    named by no other source."""
    doc = by_id[dissenter]
    for own, evidence in own_places:
        if _REGION_WORDS.search(own) or len(own) < 3 or not _place_like(own):
            continue
        if any(_related(own, p) for p in (place, *also_agreed)):
            continue
        named_own = mentions_of(doc, own)
        if not named_own or home_only(doc, [m.start for m in named_own]) or names_a_neighbourhood(doc, named_own):
            continue
        in_shared_slot = any(place_slots(doc, m.start, m.end) & shared for m in named_own)
        if not in_shared_slot and not _firm(doc, named_own) and not (_dateline(doc, named_own) and not any(
                mentions_of(doc, readings[a]) for a in others if a in readings)) \
                and not _filed_where_it_happened(by_id, dissenter, own, named_own, place, agree) \
                and not _same_sentence_other_place(by_id, dissenter, named_own, agree):
            continue  # a dateline alone places the incident only when nothing else does
        if any(mentions_of(by_id[a], own) for a in others):
            continue  # another source names it too: a place of the story, not a contradiction
        return own, evidence or named_own[0]
    return None


#: content words two sentences share, of all either has, for one to be the other with another place in it
SAME_SENTENCE = 0.6


def _sentence_words(doc: Doc, start: int, end: int) -> set[str]:
    """The content words of the sentence around ``start:end``, the name itself left out."""
    s, e = Sentences.of(doc).around(start, end)
    return {w for w, ws, _ in content_tokens(doc.text[s:e], s) if not start <= ws < end}


def _same_sentence_other_place(by_id: dict[str, Doc], dissenter: str, named_own: list[Mention],
                               agree: dict[str, Mention]) -> bool:
    """Whether a sentence naming the dissenter's place is, word for word, a sentence in which an
    agreeing source names the agreed place ("the home near Clarksdale" where another outlet's copy
    of the same sentence reads "the home near Bellingham"): one statement, another place."""
    doc = by_id[dissenter]
    theirs = []
    for a, first in agree.items():
        for m in mentions_of(by_id[a], first.value):
            theirs.append((by_id[a].text[max(0, m.start - 12):m.start].lower().split()[-1:],
                           _sentence_words(by_id[a], m.start, m.end)))
    for m in named_own:
        before = doc.text[max(0, m.start - 12):m.start].lower().split()[-1:]
        mine = _sentence_words(doc, m.start, m.end)
        for word_before, words in theirs:
            shared = len(mine & words)
            if word_before == before and shared >= 4 and shared >= SAME_SENTENCE * len(mine | words):
                return True
    return False


def _conflict(by_id: dict[str, Doc], dissenter: str, place: str, agree: dict[str, Mention],
              found: tuple[str, Mention], order: dict[str, int], roots: dict[str, str]) -> dict:
    own, evidence = found
    return {"slot": "city", "variants": [variant(by_id, agree, place, order, roots),
                                         variant(by_id, {dissenter: evidence}, own, order, roots)]}


def _secondary_places(by_id: dict[str, Doc], others: list[str], majority: str, roots: dict[str, str],
                      order: dict[str, int], common: frozenset[str]) -> list[tuple[str, dict[str, Mention]]]:
    """Other places two or more of the other sources write in the same town slot, and where each
    of them writes it: none a county, a home town only, or a part of the agreed place."""
    out = []
    for name in sorted(_slotted_by(by_id, others, roots, common)):
        if _related(name, majority) and not set(_words(majority)) < set(_words(name)):
            continue  # the agreed place at another scale -- but "York City police" is a town slot of "York"
        agree = _written_by(by_id, others, name, order)
        if agree:
            out.append((name, agree))
    return out


def _slotted_by(by_id: dict[str, Doc], articles: list[str], roots: dict[str, str],
                common: frozenset[str]) -> dict[str, set[str]]:
    """Names two or more independent sources among ``articles`` write in a town slot (or, beside
    one that does, at the scene), each with those sources; no county or region."""
    sources: dict[str, set[str]] = {}
    strong: set[str] = set()
    for a in articles:
        for name, _, _, written_in in _slotted_names(by_id[a], common):
            if written_in & (STRONG_SLOTS | {"scene"}):
                sources.setdefault(name, set()).add(roots.get(a, a))
            if written_in & STRONG_SLOTS:
                strong.add(name)
    return {n: r for n, r in sources.items() if len(r) >= 2 and n in strong and not _REGION_WORDS.search(n)}


def _written_by(by_id: dict[str, Doc], articles: list[str], name: str, order: dict[str, int]) -> dict[str, Mention]:
    """Where each of ``articles`` first writes ``name`` other than as a home town."""
    agree = {}
    for a in sorted(articles, key=lambda x: order.get(x, 0)):
        found = [m for m in mentions_of(by_id[a], name)
                 if not is_home(by_id[a], m.start)]
        if found:
            agree[a] = found[0]
    return agree


def _others_place(by_id: dict[str, Doc], others: list[str], readings: dict[str, str], roots: dict[str, str],
                  order: dict[str, int], common: frozenset[str]) -> tuple[str | None, dict[str, Mention]]:
    """The place the other sources agree on (a reading that two or more of them name, not only
    as a home town) and where each of them names it."""
    named: dict[str, set[str]] = {}
    for name in {readings[a] for a in others if a in readings}:
        if _REGION_WORDS.search(name) or len(name) < 3:
            continue
        named[name] = {roots.get(a, a) for a in others
                       if (found := mentions_of(by_id[a], name)) and not home_only(by_id[a], [m.start for m in found])}
    # two sources naming it, or one that reads it and writes it as the scene ("shot in X"): one
    # outlet's word against another's is still a contradiction when both state a scene
    # (or in a town slot: "Peoria, Ill.", "a Peoria man")
    named = {n: r for n, r in named.items() if len(r) >= 2 or (r and any(
        _firm(by_id[a], mentions_of(by_id[a], n)) or _in_town_slot(by_id[a], n)
        for a in others if readings.get(a) == n))}
    if not named:
        # no reading agreed on ("Gary police said", where the tagger saw no place): the town two
        # or more of them write in a town slot
        named = _slotted_by(by_id, others, roots, common)
    if not named:
        return None, {}
    # the most sources, then the most readings, then the most mentions ("West Side" and "San
    # Antonio": the neighbourhood and its city, whichever the article names, it names neither)
    read_by = {n: sum(1 for a in others if readings.get(a) == n) for n in named}
    written = {n: sum(len(mentions_of(by_id[a], n)) for a in others) for n in named}
    best = max(sorted(named), key=lambda n: (len(named[n]), read_by[n], written[n]))
    return best, _written_by(by_id, others, best, order)


def _in_town_slot(doc: Doc, name: str) -> bool:
    """Whether the article writes ``name`` in a town slot ("Peoria police said", "a Peoria man")."""
    return any(place_slots(doc, m.start, m.end) & STRONG_SLOTS for m in mentions_of(doc, name))


def _town_slots(by_id: dict[str, Doc], agree: dict[str, Mention]) -> set[str]:
    """The town slots, when the agreeing sources write their place in one ("Oakland police", "an
    Oakland man"): where a report writes "Libby police" instead, Libby is its town. None when they
    write it only at the scene ("shot in X"), where streets and shops stand too."""
    for a, first in agree.items():
        if any(place_slots(by_id[a], m.start, m.end) & STRONG_SLOTS for m in mentions_of(by_id[a], first.value)):
            return STRONG_SLOTS
    return set()


def _own_places(doc: Doc, reading: str | None, fact: dict | None, shared: set[str],
                common: frozenset[str]) -> list[tuple[str, Mention | None]]:
    """Where the article places the incident: the town it writes where the others write theirs
    ("Libby police said" against "Oakland police said"), its reading, else names it writes at a
    scene (not every one: "shot in X" also takes streets, shops and apartment complexes)."""
    out = slot_names(doc, shared, common)[:2]
    ev = (fact or {}).get("city", {}).get("evidence") or []
    if reading and ev:
        name, start, end = _trimmed_name(doc, ev[0]["start"], _whole_name_end(doc, ev[0]["start"], ev[0]["end"]), common)
        if name:  # not "Fatal" of "Fatal shooting of ..."
            out.append((reading if name == doc.text[ev[0]["start"]:ev[0]["end"]] else name, Mention(name, start, end)))
    elif reading:
        out.append((reading, None))
    # ... or, when its reading is where a hospital is ("taken to Harrison Hospital in Bremerton") or a
    # county, where it tells of the incident itself ("Four shot to death in Corinth")
    if not out or reading and (named_at_hospital(doc, ev[:1]) or _REGION_WORDS.search(reading)
                               or names_a_neighbourhood(doc, mentions_of(doc, reading))):
        out += [(name, None) for name in scene_names(doc)[:2]]
    elif reading and not _firm(doc, mentions_of(doc, reading)):
        # a reading never written as the scene ("Harlem", a name in passing): a town it writes as
        # the scene again and again ("Campbellsburg shootings", "Tuesday night in Campbellsburg")
        out += [(name, None) for name in scene_names(doc)
                if sum(_at_scene(doc, m.start, m.end) for m in mentions_of(doc, name)) >= 2][:2]
    return [pair for i, pair in enumerate(out) if all(pair[0] != seen for seen, _ in out[:i])]


def _whole_name_end(doc: Doc, start: int, end: int) -> int:
    """Where the capitalised name read at ``start:end`` ends: "Dingmans Ferry", where the tagger read
    "Dingmans" (but not "Dingmans Ferry County": the county is another scale)."""
    whole = _NAME.match(doc.text, start)
    if not whole or whole.end() <= end:
        return end
    region = _REGION_AFTER.search(doc.text, end, whole.end())
    return region.start() if region else whole.end()


def _place_like(name: str) -> bool:
    """Not a function word ("When") nor a street ("Cynthia Loop Northwest")."""
    words = _words(name)
    return bool(words) and not all(w in STOPWORDS for w in words) and not any(
        w in STREET_WORDS or w in {"loop", "northwest", "northeast", "southwest", "southeast"} for w in words[1:])


#: words many unrelated places share: "South Trenton" is no part of "South Philadelphia"
_GENERIC_PLACE_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upper",
                        "lower", "new", "old", "city", "town", "village", "heights", "park", "lake", "falls", "springs",
                        "beach", "point", "port", "mount", "saint", "fort", "valley", "hills"}


def _related(a: str, b: str) -> bool:
    """Names that may be one place at two scales or spellings ("Mt. Oliver" / "Mount Oliver")."""
    if (set(_words(a)) & set(_words(b))) - _GENERIC_PLACE_WORDS or \
            (set(city_key(a).split()) & set(city_key(b).split())) - _GENERIC_PLACE_WORDS:
        return True
    return compatible_cities(city_key(a), city_key(b))


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", name.lower())

