"""Where one article writes place names: the capitalised names that may be towns, where an
incident is placed ("shot in Kissimmee", "the Mountainburg shooting") and the town slots a report
writes its town in ("Gary police said", "a Gary man", "north of Gary", "Gary, Ind.").

Read per article and cached on it; :mod:`.places` sets the articles of a story against each other.
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..extract.incident import GUNFIRE_FIRED
from ..extract.localities import (AT_HOSPITAL_BEFORE, STATE_AFTER, STREET_WORDS, in_outlet_tail, in_title_case_line,
                                  is_state_or_country, is_us_state)
from ..sentences import Sentences
from .mentions import Mention
from .placenames import HOME_BEFORE
from .text import STOPWORDS

#: a name of another scale than a town: a region that holds towns, or a place a town holds ("Turtle
#: Bay Resort" on "the North Shore")
REGION_WORDS = re.compile(r"\b(?:county|co|parish|township|twp|borough|area|region|district|jail|prison|islands?|isle|"
                           r"peninsula|coast|shore|resort|hotel|motel|casino|mall|airport)\b|"
                           r"^(?:metro|greater)\s", re.I)  # "Metro Detroit", "Greater Boston": a region
INCIDENT_WORDS = re.compile(
    r"\b(?:shot|shoot\w*|gunfire|gunman|gunshots?|" + GUNFIRE_FIRED + r"|killed|killing|killers?|slain|murder\w*|homicide|"
    r"wounded|injured|died|dead|death|stabb\w*|opened\s+fire|happened|occurred)\b|\bhomicides?\b", re.I)
#: a name placed as the scene: "shooting in Kissimmee", "killed at a Kissimmee home"
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:(?:a|an|the|his|her|their)\s+)?$", re.I)
#: ... or named by what happened there: "Mountainburg shooting victims", "a Caruthersville home"
_SCENE_AFTER = re.compile(r"^[ \t]+(?:(?:double|triple|fatal|deadly|mass|police|officer-involved)\s+)?(?:shootings?|homicides?|"
                          r"killings?|murders?|slayings?|stabbings?|home|house|residence|apartment|police|"
                          r"nightclub|club|bar|restaurant|store|park|school|church|mall|motel|hotel|neighborhood)\b", re.I)
#: (a scraped page glues sentences, "custody Tuesday night.Ypsilanti Police": a name after a
#: word's stop starts one -- not after an initial, "J.Smith", or within "U.S.")
_NAME = re.compile(r"(?<![\w'-])(?<![^a-z0-9)\]]\.)[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?![\w-]|'(?!s\b))")
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
    # words that open a sentence about people ("Multiple students were injured", "Several men")
    "multiple", "several", "many", "some", "both", "all", "other", "local", "area", "young", "elderly", "unarmed",
    "armed", "injured", "wounded", "missing", "former", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "one",
}


#: "the longest murder trial in American history": a people's adjective, no town (alone)
_DEMONYMS = {"american", "african", "asian", "european", "hispanic", "latino", "mexican", "canadian", "british",
             "english", "chinese", "russian", "christian", "muslim", "jewish", "catholic", "native"}


def _sentence(doc: Doc, start: int, end: int) -> str:
    s, e = Sentences.of(doc).around(start, end)
    return doc.text[s:e]


def firm(doc: Doc, found: list[Mention]) -> bool:
    """Written as the scene of the incident at least once ("shot in X", "X shooting"): a name in
    passing is no statement of the place, and a dateline only says where the report was filed."""
    return any(at_scene(doc, m.start, m.end) for m in found)


def named_as_person(doc: Doc, evidence: list[dict]) -> bool:
    """Whether every reading of the place is a name followed by "death" or "'s" ("in Keith
    Lamont Scott death"), or is no place-like name at all ("When")."""
    return bool(evidence) and all(
        not place_like(doc.text[ev["start"]:ev["end"]]) or _PERSON_AFTER.match(doc.text[ev["end"]:ev["end"] + 12])
        for ev in evidence)


def named_at_hospital(doc: Doc, evidence: list[dict]) -> bool:
    """Whether every reading of the place tells where a hospital is ("pronounced dead at Carle
    Hospital in Urbana"), not where the incident happened."""
    return bool(evidence) and all(AT_HOSPITAL_BEFORE.search(doc.text[max(0, ev["start"] - 60):ev["start"]])
                                  for ev in evidence)


def _playlist_line(text: str, offset: int) -> bool:
    """A clip's title in a page's video list: after its length on the line ("1:22 Westport
    residents react") or on the line above ("1:22" alone)."""
    line_start = text.rfind("\n", 0, offset) + 1
    if _PLAYLIST_LINE.match(text[line_start:offset + 1]):
        return True
    above = text[:line_start].rstrip("\n").rsplit("\n", 1)[-1]
    return _CLIP_LENGTH.fullmatch(above) is not None


def at_scene(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` places something ("shot in X", "X shooting")."""
    if _playlist_line(doc.text, start) or in_outlet_tail(doc.text, start):
        return False  # "4:16 Listen to police dispatches from the Olathe shooting": a video list
    if AT_HOSPITAL_BEFORE.search(doc.text[max(0, start - 60):start]):
        return False  # "pronounced dead at Carle Hospital in Urbana": where the hospital is
    if _PERSON_AFTER.match(doc.text[end:end + 12]):
        return False  # "in Keith Scott death", "outside Vancouver's school": a person, an owner
    after = _SCENE_AFTER.match(doc.text[end:end + 40])
    if after and INCIDENT_WORDS.search(after.group(0)):
        return True  # "the Mountainburg shooting"
    # "a Caruthersville home", "San Antonio police" place something only in a sentence that tells
    # of the incident ("A San Antonio police officer has been fired" tells of a dismissal)
    before = _SCENE_BEFORE.search(doc.text[max(0, start - 12):start])
    if before and not after and before.group(0).lower().split()[-1] == "the" and not _tagged_place(doc, start, end):
        return False  # "found in the Continental": a town takes no article ("the X home" does; "the Bronx")
    return bool((after or before) and INCIDENT_WORDS.search(_sentence(doc, start, end)))


#: "killed in Sharon Hill": a name a shooting happened in is a place, whatever the tagger thought
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$", re.I)


_INSTITUTION_AFTER = re.compile(r"\s+(?:Medical|Hospitals?|Campus|Center|Tribal|Investigations|University|College|"
                                r"Elementary|High|Middle|School|Mall|Church|nightclub|club|bar|restaurant)\b")
#: a name that ends in one of these is a body ("California Institution"), and a town's name has no
#: such link word inside ("Crimes Against ...")
_BODY_WORDS = {"institution", "department", "section", "division", "bureau", "office", "unit", "agency", "court",
               "academy", "institute", "association", "society", "foundation", "company", "corporation"}
_LINK_WORDS = {"against", "for", "with", "without", "and", "or", "versus", "about", "from", "to", "by"}


def _person_like(name: str, placed_in: bool, people: set[str]) -> bool:
    """Whether ``name`` is (part of) a person's name where it is not written as where something
    happened ("in Sharon Hill", "in Oakwood" beside "Oakwood Strong"): a whole one, or a part of a
    longer one ("Scott" of "Keith Lamont Scott")."""
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


def trimmed_name(doc: Doc, start: int, end: int, common: frozenset[str]) -> tuple[str, int, int]:
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
            words[0][0].lower() in common or len(words) == 1 and not _a_name_elsewhere(doc, *words[0])
            and not ("\n" not in text[:start] and _town_slot_after(text, end))):
        # (but a headline's "Bentonville gang member sentenced ..." opens with a town)
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
               and not in_title_case_line(doc.text, m.start())
               for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text, re.I))


def candidate_names(doc: Doc, common: frozenset[str] | None = None) -> list[tuple[str, int, int]]:
    """Capitalised names that may be towns, with where they are written: people's names, weekdays,
    counties, streets, states and institutions ("X Medical Center") left out."""
    people = {str(s.attrs.get("name") or "").lower() for s in doc.spans_of("entity") if s.attrs.get("type") == "PERSON"}
    common = lower_words(doc.text) if common is None else common
    out = []
    for m in _NAME.finditer(doc.text):
        name, start, end = trimmed_name(doc, m.start(), m.end(), common)
        if not name:
            continue
        words = name.lower().split()
        if words[0] in _NOT_PLACE_WORDS or name.lower() in _DEMONYMS or REGION_WORDS.search(name) or \
                _REGION_AFTER.match(doc.text[end:end + 12]):
            continue  # "El Paso County": a county
        if _INSTITUTION_AFTER.match(doc.text[end:end + 30]) or words[-1] in _BODY_WORDS or \
                any(w in _LINK_WORDS for w in words[1:]):
            continue  # "Nassau University Medical Center", "California Institution for Men", "Crimes Against
            # Police Officers Section": a body, not a town
        town_slot = _POLICE_AFTER.match(doc.text[end:end + 20]) or (
            _A_BEFORE.search(doc.text[max(0, start - 4):start]) and _RESIDENT_AFTER.match(doc.text[end:end + 20]))
        placed_in = _IN_BEFORE.search(doc.text[max(0, start - 8):start]) is not None
        if not town_slot and _person_like(name, placed_in, people):  # "Aransas Pass police", "a Gary man": no person
            continue
        if _PERSON_AFTER.match(doc.text[end:end + 12]) and not _PARTS_AFTER.match(doc.text[end:end + 40]):
            continue  # "in Keith Lamont Scott death": a person's name
        if is_state_or_country(name) or words[-1] in STREET_WORDS:
            continue
        out.append((name, start, end))
    return out


def scene_names(doc: Doc) -> list[str]:
    """Capitalised names the article writes where an incident is placed ("shot in Kissimmee"),
    for an article whose place the extractor could not read; people's names left out."""
    out: list[str] = []
    for name, start, end in candidate_names(doc):
        if at_scene(doc, start, end) and not in_title_case_line(doc.text, start) and name not in out:
            out.append(name)
    return out


#: the recurring slots a report writes its town in: "Gary police said", "a Gary man", "north of
#: Gary", "shot in Gary", "the Gary shooting", "Gary, Ind."
_POLICE_AFTER = re.compile(r"^[ \t]+(?:metro(?:politan)?\s+|city\s+)?(?:police|sheriff|PD\b|(?:homicide\s+)?detectives\b)",
                           re.I)
#: "Pittsburgh's Bloomfield neighborhood": the city a part of town belongs to
_PARTS_AFTER = re.compile(r"^['’]s\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:neighbou?rhoods?|section|district)\b")
_RESIDENT_AFTER = re.compile(r"^[ \t]+(?:man|men|woman|women|boys?|girls?|teens?|teenagers?|youths?|toddler|child|"
                             r"children|baby|infant|brothers?|sisters?|sons?|daughters?|couple|residents?|mother|"
                             r"father|mom|dad|husband|wife|grandmother|grandfather|gang\s+members?|students?|"
                             r"homeowners?)\b")
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_DIRECTION_BEFORE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+(?:of\s+)?$",
                               re.I)


#: "of" and "from" before a town tell where someone lives -- not "south of Valparaiso", "the town of Riverton"
_NOT_HOME_OF = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|city|town|"
                          r"village|borough|township|suburbs?|outskirts)\s+of\s+$", re.I)


def _home_before(before: str) -> bool:
    return HOME_BEFORE.search(before) is not None and not _NOT_HOME_OF.search(before)


def _tagged_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the tagger read the name at ``start:end``, and no longer one, as a place ("the Bronx",
    not "the Harlem Gardens Apartments")."""
    return any(s.start == start and s.end == end and s.attrs.get("type") == "PLACE"
               for s in doc.spans_of("entity"))


def _town_slot_after(text: str, end: int) -> bool:
    """Whether a force or a resident follows the name ending at ``end`` ("Gary police", "Gary man")."""
    after = text[end:end + 40]
    return bool(_POLICE_AFTER.match(after) or _RESIDENT_AFTER.match(after))


#: slots that name a town and little else ("Gary police", "a Gary man", "north of Gary", "Gary, Ind.",
#: "Gary's Glen Park neighborhood"),
#: unlike "at the scene" ("shot in X", "the X shooting"), which also takes streets, shops and parks
STRONG_SLOTS = {"police", "resident", "direction", "state", "parts"}


#: a line break or a sentence's end -- not the stop of "a.m.", "Mr." or "Sgt."
_SENTENCE_STOP = re.compile(r"\n|(?<!\b[a-z]\.[a-z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Co|No))(?<!\b(?:Mrs|Sgt|Gov|Sen|Rep|Ave|Inc))"
                            r"(?<!\bCapt)(?<!\bBlvd)[.!?](?= )")


def line_sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start:end`` as its punctuation and line breaks bound it (the tagger
    may cut "Aransas Pass police are investigating ..." after "Pass"), read up to 1,000 characters
    either side. A stop after "a.m." or "Sgt." ends no sentence (nor, then, "11 a.m. Police said")."""
    stops = [m.start() for m in _SENTENCE_STOP.finditer(text, max(0, start - 1000), end + 1000)]
    s = max([i + 1 for i in stops if i < start], default=max(0, start - 1000))
    return text[s:min([i for i in stops if i >= end], default=min(len(text), end + 1000))]


def place_slots(doc: Doc, start: int, end: int) -> set[str]:
    """The slots the name at ``start:end`` is written in (empty: a name in passing). A town slot
    counts in a sentence that tells of the incident: "Pueblo police said a man attacked two
    officers", "the trial turned Orlando, Florida into" are other stories."""
    slots = {"scene"} if at_scene(doc, start, end) else set()
    if not INCIDENT_WORDS.search(line_sentence(doc.text, start, end)) or _playlist_line(doc.text, start) \
            or in_outlet_tail(doc.text, start):
        return slots
    text = doc.text
    after, before = text[end:end + 40], text[max(0, start - 30):start]
    if _POLICE_AFTER.match(after):
        slots.add("police")
    if _RESIDENT_AFTER.match(after) and not _home_before(before):
        slots.add("resident")
    if _PARTS_AFTER.match(after):
        slots.add("parts")
    if _DIRECTION_BEFORE.search(before):
        slots.add("direction")
    state = STATE_AFTER.match(after)
    if state and after.startswith(",") and is_us_state(state.group("state")) and text[start - 1:start] not in ("", "\n") \
            and not _home_before(before):  # "a gunman of Kansas City, Mo.": a home
        slots.add("state")  # but not a dateline: where the report was filed
    return slots


def slotted_names(doc: Doc, common: frozenset[str] | None) -> list[tuple[str, int, int, set[str]]]:
    """Every candidate name outside a title-case headline with its slots, once per article and
    story vocabulary (every article is read against every other)."""
    cache = doc.cache.setdefault("corroborate.places.slotted", {})
    if common not in cache:
        cache[common] = [(name, start, end, place_slots(doc, start, end))
                         for name, start, end in candidate_names(doc, common)
                         if not in_title_case_line(doc.text, start)]
    return cache[common]


def slot_names(doc: Doc, slots: set[str], common: frozenset[str] | None = None) -> list[tuple[str, Mention]]:
    """Names the article writes in any of ``slots``, the most often written first, each with its
    first such mention: where this article places what the others place in those slots."""
    found: dict[str, list[Mention]] = {}
    for name, start, end, written_in in slotted_names(doc, common):
        if written_in & slots:
            found.setdefault(name, []).append(Mention(name, start, end))
    return [(n, ms[0]) for n, ms in sorted(found.items(), key=lambda item: (-len(item[1]), item[1][0].start))]


def whole_name_end(doc: Doc, start: int, end: int) -> int:
    """Where the capitalised name read at ``start:end`` ends: "Dingmans Ferry", where the tagger read
    "Dingmans" (but not "Dingmans Ferry County": the county is another scale)."""
    whole = _NAME.match(doc.text, start)
    if not whole or whole.end() <= end:
        return end
    region = _REGION_AFTER.search(doc.text, end, whole.end())
    return region.start() if region else whole.end()


def place_like(name: str) -> bool:
    """Not a function word ("When") nor a street ("Cynthia Loop Northwest")."""
    words = name_words(name)
    return bool(words) and not all(w in STOPWORDS for w in words) and not any(
        w in STREET_WORDS or w in {"loop", "northwest", "northeast", "southwest", "southeast"} for w in words[1:])


def name_words(name: str) -> list[str]:
    return re.findall(r"[a-z]+", name.lower())
