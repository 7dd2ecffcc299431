"""Facts of one violent incident (date, city, killed, injured) guessed from ONE article.

This is the single-article baseline that a cross-outlet vote has to beat: each value comes with
the evidence span it was read from (``None`` evidence where it is a default). The rules read
the spans of the extraction stages (``time``, ``quantity``, ``entity``) and the text:

* date: see :mod:`.incident_dates`;
* city: the place named most prominently (a dateline, "City, State", early and repeated
  mentions, "in <City>" near the shooting), never a state or a country; a town rather than its
  neighbourhood, a side of it, its county or its region; not a capital standing for its
  government ("Khartoum denied"); when nothing else places the incident, a name written before
  whom it places ("Gresham boy");
* killed / injured: explicit counts next to casualty words ("two people were killed", "killing
  three", "five others wounded"), totals of people shot minus the dead, and single-victim
  phrasing ("was shot and killed", "was pronounced dead", "Slain teen identified", "was flown to
  the hospital").
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ..doc import Doc
from ..sentences import Sentences
# the date rules and the words of violence live apart; corroboration reads them from here too
from .incident_dates import (Fact, PastSentences, caption_line, incident_date, past_sentences,  # noqa: F401
                             recent_days)
from .localities import (AT_HOSPITAL_BEFORE, CITY_STATE_RE, DATELINE_RE, NEIGHBOURHOOD_AFTER, NOT_CITY_START,
                         REGION_AFTER, REGION_LAST_WORDS, STATE_AFTER, STREET_WORDS, THING_AFTER,
                         in_outlet_tail, in_title_case_line, is_state_or_country, is_us_state, local_force,
                         names_a_government, names_before_nouns, names_no_force_place, shot_in_names)
from .numbers import NUMBER, parse_number, vague_multiple
from .violence import GUNFIRE_FIRED, SHOOTING_WORDS  # noqa: F401

KILLED_WORDS = r"(?:killed|dead|died|slain|murdered|fatally\s+(?:shot|wounded|injured)|shot\s+(?:and\s+killed|dead|to\s+death)|lost\s+their\s+lives|deaths?|fatalities)"
INJURED_WORDS = r"(?:wounded|injured|hurt|hospitali[sz]ed|shot\s+and\s+wounded|in\s+(?:critical|serious|stable|fair|good)\s+condition|non-?life-?threatening|treated)"
# a count, but not the age in "killing 17-year-old Markeyo"
# ... nor a family's size ("a mother of two died")
_NOT_FAMILY = "".join(rf"(?<!\b{w} of )" for w in ("mother", "father", "parent", "mom", "mum", "dad", "grandmother",
                                                     "grandfather", "mothers", "fathers", "parents"))
# ... nor a clock or a video's length ("0:47 Driver shot to death")
_NUM = _NOT_FAMILY + (rf"(?<![-\u2010\u2011:])(?P<num>{NUMBER}|a|an|another|one)"
                      rf"(?![-\u2010\u2011]|\w|\s+years?\b|\s+(?:a\.m|p\.m|am|pm)\b|:\d)")
PERSONS = (r"(?:(?:other\s+)?(?:people|persons|men|women|children|kids|teens|teenagers|victims|others|boys|girls|"
           r"adults|students|officers|bystanders|individuals|males|females|juveniles|family\s+members|"
           r"deputies|troopers|protesters|demonstrators|patrons|partygoers|customers|passengers|residents|"
           r"relatives|employees|workers|worshippers|shoppers|bailiffs|guards|civilians|soldiers|firefighters|hostages|"
           r"motorists|drivers|pedestrians|commuters|spectators|refugees|"
           r"man|woman|child|teen|teenager|victim|boy|girl|person|officer|student|adult|male|female|juvenile|"
           r"deputy|trooper|protester|demonstrator|patron|customer|passenger|resident|employee|worker|civilian|soldier|"
           r"firefighter|hostage|motorist|driver|pedestrian|commuter|refugee)\b)")
# ... but no casualty word that ends a clause: "Four shot, man dead" tells of one death, not four
# ... nor a determiner: "WAVE 3 News the man died" counts nobody
# ... nor "of": "one of three people killed" counts three, the toll, not the one
# ... nor a relative clause: "five places where victims had been shot" counts places
_ADJ = (r"(?:(?!(?:shot|killed|dead|wounded|injured|hurt)\b,|(?:the|a|an|his|her|their|its|this|that|these|those|of|"
        r"where|who|which|when|whose|while)\b)"
        r"(?:[a-z]+(?:-[a-z]+)*|\d+-year-old),?[ \t]+){0,2}")
#: how badly: "3 seriously injured", "two people were critically wounded"
SEVERELY = r"(?:seriously|critically|severely|gravely|badly|slightly|minorly)"
#: a bound between a verb and its count: "injured at least three more"
_AT_LEAST = r"(?:(?:at\s+least|as\s+many\s+as|more\s+than|nearly|some|up\s+to)[ \t]+)?"
#: "Three motorists reported injuries", "two officers suffered minor injuries"
_GOT_INJURIES = r"(?:reported|suffered|sustained)[ \t]+(?:[a-z-]+[ \t]+)?injur(?:y|ies)"
COUNT_PATTERNS = [
    # "two people were killed", "three others were wounded", "4 men shot dead"
    ("before", re.compile(rf"\b{_NUM}[ \t]+{_ADJ}{PERSONS}[ \t]+(?:(?:were|was|had\s+been|have\s+been|has|have|are|is|been|"
                          rf"also|later|reportedly|all|found|{SEVERELY})\s+){{0,3}}(?P<what>{KILLED_WORDS}|{INJURED_WORDS}|shot|"
                          rf"{_GOT_INJURIES})\b",
                          re.IGNORECASE)),
    # "two killed", "one dead", "three injured"
    # ... never "a dead-end street"
    # ... "4 confirmed dead", "two reported killed"
    ("bare", re.compile(rf"\b{_NUM}[ \t]+(?:were[ \t]+|was[ \t]+)?(?:(?:confirmed|reported|reportedly|believed)[ \t]+)?"
                        rf"(?:{SEVERELY}[ \t]+)?(?P<what>{KILLED_WORDS}|{INJURED_WORDS})\b"
                        r"(?![-\u2010\u2011]\w)", re.IGNORECASE)),
    # "killing two", "killed three people", "wounding five others", "left two dead"
    ("after", re.compile(rf"\b(?P<what>kill(?:ed|ing|s)|murder(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es)|shot|shooting)[ \t]+"
                         rf"{_AT_LEAST}{_NUM}(?:[ \t]+{_ADJ}{PERSONS})?", re.IGNORECASE)),
    # ... and the verb's plain form, with whom it harmed: "went on to ... injure at least three others"
    # (never a threat: "threatened to injure two officers"; "went on to kill two drivers" is most often
    # the more killed after a first victim, read from the tally instead)
    ("after", re.compile(r"(?<!threatened to )(?<!threatening to )(?<!vowed to )(?<!plotted to )(?<!planned to )"
                         rf"\b(?P<what>injure|wound)[ \t]+{_AT_LEAST}{_NUM}[ \t]+{_ADJ}{PERSONS}", re.IGNORECASE)),
    ("left", re.compile(rf"\bleft\s+{_NUM}\s+(?:{_ADJ}{PERSONS}\s+)?(?P<what>dead|injured|wounded|hurt)\b",
                        re.IGNORECASE)),
    # "four people were shot, one fatally", "Four shot, one man fatally", "shot four people -- one fatally"
    ("fatally", re.compile(rf"\bshot(?:\s+{_ADJ}{PERSONS})?\s*(?:,|--|[\u2013\u2014-])\s*{_NUM}(?:\s+{PERSONS})?\s+(?P<what>fatally)\b"
                           r"(?!\s+(?:shot|wounded|injured|struck))", re.IGNORECASE)),
]
#: the verbs between a group of people and what happened to them ("were", "had been", "were all")
_BEING = r"(?:(?:were|was|had\s+been|have\s+been|are|been|also|later|reportedly|all|both|found|" + SEVERELY + r")\s+){0,3}"
#: two groups counted apart: "two civilians and one police officer were killed" is three
COORDINATED = re.compile(
    rf"\b{_NUM}[ \t]+{_ADJ}{PERSONS}(?:,[ \t]*|,?[ \t]+and[ \t]+){_NUM.replace('?P<num>', '?P<num2>')}[ \t]+{_ADJ}{PERSONS}"
    rf"[ \t]+{_BEING}(?P<what>{KILLED_WORDS}|{INJURED_WORDS})\b", re.IGNORECASE)
#: one person each: "a father and son were killed", "his mother and grandmother were shot dead"
_ONE_OF_A_PAIR = (r"(?:man|woman|boy|girl|teen|teenager|child|baby|infant|toddler|father|mother|son|daughter|"
                  r"mum|mom|dad|stepfather|stepmother|stepson|stepdaughter|"
                  r"brother|sister|husband|wife|grandmother|grandfather|grandson|granddaughter|uncle|aunt|nephew|"
                  r"niece|cousin|girlfriend|boyfriend|fianc[eé]e?|friend|neighbou?r|officer|deputy)")
# (a headline drops the article: "Mum and sister killed")
_TWO_PEOPLE = (rf"(?:(?:an?|the|his|her|their)[ \t]+(?:[a-z]+(?:-[a-z]+)*[ \t]+)?)?{_ONE_OF_A_PAIR},?[ \t]+and[ \t]+"
               rf"(?:(?:an?|the|his|her|their)[ \t]+)?(?:[a-z]+(?:-[a-z]+)*[ \t]+)?{_ONE_OF_A_PAIR}")
PAIR = re.compile(rf"\b{_TWO_PEOPLE}[ \t]+{_BEING}(?P<what>{KILLED_WORDS}|{INJURED_WORDS})\b", re.IGNORECASE)
#: ... and the other way round: "a man fatally shot a woman and girl", "killing his wife and son"
PAIR_AFTER = re.compile(rf"\b(?P<what>fatally[ \t]+shot|shot[ \t]+and[ \t]+killed|shot[ \t]+dead|killed|killing|"
                        rf"murdered|murdering)[ \t]+{_TWO_PEOPLE}\b(?![ \t]+of\b)", re.IGNORECASE)


_AUXILIARY = re.compile(r"\b(?:were|was|been|are|is|be)\b", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"[ \t]+(?:an?|the|his|her|their|its|him|them|himself|herself|themselves|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten|\d+)\b", re.IGNORECASE)


def does_the_harm(text: str, match: re.Match) -> bool:
    """"A man fatally shot a woman and girl", "two men killed a clerk": the people counted did
    the killing (a verb with an object and no "were"), they are not its victims."""
    return _AUXILIARY.search(match.group(0)) is None and _OBJECT_AFTER.match(text, match.end()) is not None


def casualty_kind(what: str) -> str:
    """"killed" or "injured" for a COUNT_PATTERNS casualty word ("killing", "murdered", "wounded")."""
    return "killed" if re.match(KILLED_WORDS, what) or what.startswith(("kill", "murder", "fatally")) else "injured"


# ("killed himself" is the shooter's own death: it tells nothing of how many he killed; "killed an
# estimated 25 million people" is a figure, not one victim)
SINGLE_KILLED = re.compile(
    r"\b(?:was|were|been|is)\s+(?:(?:fatally|later|shot\s+and)\s+)?(?:shot\s+and\s+killed|killed|pronounced\s+dead|"
    r"fatally\s+(?:shot|wounded)|shot\s+dead|shot\s+to\s+death|found\s+dead|slain|murdered)\b|"
    r"\b(?:died|dies)\b|\bshooting\s+death\b|\bfatal(?:ly)?\s+(?:shot|shooting|wound\w*|injur\w*)\b|"
    # ... a fatal shooting named by its place or time: "in fatal Foothill Farms apartment shooting" (a
    # "fatal police shooting" is the police's, most often of another day)
    r"\bfatal\s+(?:(?!(?:and|or|of|in|at|on|to|but|after|before|police|officer[\w-]*)\b)[\w'’-]+\s+){1,4}?"
    r"(?:shooting|stabbing)\b|"
    r"\bkill(?:ed|ing)\s+(?:his|her|their|a|an|the|him)\b"
    r"(?!\s+(?:estimated|reported|approximate\w*|total|further|additional|combined|\d))|\bdeath\s+of\b|"
    r"\bshot\s+(?:and\s+killed|dead|to\s+death)\b|"
    # "homicide" -- not the detectives of a homicide unit, who are called to shootings nobody died
    # in, nor a charge of "attempted homicide"
    r"(?<!attempted )(?<!attempted criminal )\bhomicide\b(?!\s+(?:detectives?|units?|investigators?|division|squad|"
    r"section|bureau|team|officers?|sergeants?|lieutenants?|investigation\s+(?:started|began|was\s+opened)))|"
    r"\b(?:and|where\s+(?:he|she)\s+was|later)\s+pronounced\s+dead\b|"
    # ... and a headline's way: "Juvenile Killed After Accidental Shooting", "girl found dead", "Slain
    # teen identified", "kills 6-year-old brother", "Found With Fatal Gunshot Wound"
    # ... not the killer's headline: "Ex-Habersham deputy killed ex-wife, man"
    r"\b(?:man|woman|teen|teenager|boy|girl|child|juvenile|toddler|infant|baby|student|officer|deputy)\s+killed\b"
    r"(?!\s+(?:his|her|their|ex-[\w-]+|wife|husband|girlfriend|boyfriend|mother|father|son|daughter|family|"
    r"two|three|four|five|\d+)\b)|"
    r"\bfound\s+dead\b|\bslain\s+(?:man|woman|teen|teenager|boy|girl|child|toddler|officer|deputy|student|victim)\b|"
    r"\bkills\s+(?:his|her|their|a|an|the|him)\b|(?<![-\w])fatal\s+gunshot\s+wounds?\b|"
    r"\bshot\s+(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?to\s+death\b", re.IGNORECASE)
#: deaths told of several people without a figure: "they were slain", "Giaquinta and another man
#: were found dead", or one killing of coordinated victims ("killed his wife and three
#: children", "killing her husband, son and"): no single victim, whatever else the article says
SEVERAL_KILLED = re.compile(
    r"\b(?:they|and\s+(?:another|a\s+second)\s+[\w-]+)\s+were\s+(?:(?:all|both|fatally|later|shot\s+and)\s+)?"
    r"(?:shot\s+and\s+killed|killed|found\s+dead|slain|murdered|"
    r"shot\s+dead|shot\s+to\s+death)\b|"
    r"\bkill(?:ed|ing|s)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:,\s+[\w-]+(?:\s+[\w-]+)?)*,?\s+and\s+"
    r"(?:his|her|their|the|two|three|four|five|six|\d+|(?:step|grand)?(?:sons?|daughters?|child(?:ren)?|kids?|wife|"
    r"husband|mother|father|brothers?|sisters?|girlfriend|boyfriend))\b", re.IGNORECASE)
#: a death of illness or age: an obituary's "died", no victim
NATURAL_DEATH = re.compile(
    r"\b(?:natural\s+causes|(?:died|dies|death)\s+(?:of|from)\s+(?:cancer|a\s+heart\s+attack|heart\s+failure|"
    r"pneumonia|a\s+stroke|an?\s+(?:long\s+|brief\s+)?illness)|after\s+a\s+(?:long\s+|brief\s+)?illness)\b", re.I)
#: "a quadruple homicide", "the double murder": as many dead
MULTIPLE_DEATHS = re.compile(r"\b(?P<num>double|triple|quadruple|quintuple)[ -](?:fatal\s+shooting|homicide|murder|"
                             r"killing|slaying)s?\b", re.IGNORECASE)
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
SINGLE_INJURED = re.compile(
    r"\b(?:was|were|been|is)\s+(?:(?:also|critically|seriously|reportedly)\s+)?(?:shot|wounded|injured|hurt|"
    r"hospitali[sz]ed)\b(?!\s+(?:and\s+killed|dead|to\s+death))|"
    # ... and the ways a story of one wounded victim tells it: "after being accidentally shot", "shot
    # himself in the leg", "was flown to the hospital", "remained in critical condition", "a
    # 1-year-old injured" (read only where nobody died: a death is read first)
    r"\bbeing\s+(?:accidentally\s+)?shot\b|"
    r"\bshot\s+(?:(?:him|her|them)(?:self|selves)\s+)?in\s+the\s+(?:legs?|hand|foot|feet|arm|shoulder|thigh|knee|"
    r"back|buttocks|hip|ankle|finger|stomach|abdomen|chest|neck|face|head|jaw|side|groin)\b|"
    r"\b(?:taken|flown|rushed|air-?lifted|airlifted|transported)\s+to\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:hospital|medical\s+center|trauma\s+center)\b|"
    r"\b(?:is|was|remain(?:s|ed)?|listed)\s+in\s+(?:critical|serious|stable|fair|good)(?:\s+but\s+stable)?\s+condition\b|"
    r"\b(?:non-?life-?threatening|serious|critical|minor)\s+(?:gunshot\s+)?(?:injuries|injury|wounds?)\b|"
    r"\b\d+-year-old\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b", re.IGNORECASE)


def _ensure_spans(doc: Doc) -> None:
    """Run the extraction stages this module reads, if they have not run yet."""
    from .entities import entities_stage
    from .quantities import quantities_stage
    from .times import times_stage

    have = {s.label for s in doc.spans}
    if "entity" not in have and "sentence" not in have:
        entities_stage(doc)
    if "quantity" not in have:
        quantities_stage(doc)
    if "time" not in have:
        times_stage(doc)


_TRAILING_EVENT_RE = re.compile(r"\s+(?:shooting|shootings|police|homicide|man|woman|teen|boy|girl)$", re.IGNORECASE)
#: a name opening with one of these beside the name without it is a side of that city
_SIDES_OF_A_CITY = {"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "downtown",
                    "uptown", "midtown", "central"}


def _names_a_county(name: str) -> bool:
    """"Halifax County", "Halifax Co.", "Winnebago County Sheriff", "St. Mary Parish"."""
    return bool({"county", "co", "parish"} & {w.strip(".'’s").lower() for w in name.split()[1:]})


#: an attack with no gun: its sentences place the incident as a shooting's do
_BOMBING_WORDS = re.compile(r"\b(?:bomb\w*|explosions?|blasts?|air\s*strikes?|airstrikes?|air\s+raids?)\b", re.I)
#: a place standing for its government ("Khartoum denied") counts this much of a scene
GOVERNMENT_WEIGHT = 0.2
#: how strongly, of a county's score, a town must be placed to be the answer instead
TOWN_IN_COUNTY = 0.5
#: what names a part of a city, whatever the article calls the city itself
_PART_OF_A_CITY = r"(?:neighbou?rhood|subdivision|section\s+of)\b"


def incident_city(doc: Doc, past: PastSentences = PastSentences()) -> Fact:
    """The city the incident happened in; places in the ``past`` sentences count for little."""
    sentences = Sentences.of(doc)
    scores: dict[str, float] = {}
    evidence: dict[str, list[tuple[int, int]]] = {}
    towns: set[str] = set()
    text = doc.text

    def weight(start: int) -> float:
        return 0.2 if start in past else 1.0  # another, older incident's place
    # surnames of people named in the article are not places, whatever the model thought
    forces = {span.start: force for span in doc.spans_of("entity") if (force := local_force(doc, span))}
    people = _person_names(doc)
    person_words = {words[-1] for start, words in people if start not in forces}
    # ... nor first names ("Arie" of "Arie Lee") never written where a place is ("in Oakwood"); a
    # dateline or "Town, State" (read below) still counts
    first_names = {words[0] for start, words in people if start not in forces and len(words) >= 2}
    kin_of = _kin_of_names(text)
    full_names = {" ".join(words) for _, words in people if len(words) >= 2}
    for span in doc.spans_of("entity"):
        if span.start in forces:
            name = forces[span.start]  # "Kokomo police arrested ...": the force of the place
        elif span.attrs.get("type") == "PLACE" and not names_no_force_place(doc, span):
            name = span.attrs.get("name") or doc.span_text(span)
        else:
            continue
        bare = _TRAILING_EVENT_RE.sub("", name).strip()
        if bare != name and in_title_case_line(text, span.start):
            continue  # "Five Injured in Nightclub Shooting": a headline's capitals, not a name
        name = _after_a_person(bare, full_names)
        if name in first_names and not _placed_in(name).search(text) or name in kin_of:
            continue  # "Arie" (of "Arie Lee"), "Giaquinta's home", "Malijha's murder": a person
        if _NOT_A_NAME.search(name) or _chrome_line(text, span.start):
            continue  # "NWADG.com", "Vic Nicastro/New York Daily News", "News, Sports, Weather": the site
        after = text[span.end:span.end + 20]
        sm = STATE_AFTER.match(after)
        in_a_state = sm is not None and is_us_state(sm.group("state"))
        if is_state_or_country(name, with_state=in_a_state) or len(name) < 3 or name in person_words:
            continue
        words = name.split()
        last_word = words[-1].lower().rstrip(".")
        if (last_word in STREET_WORDS or words[0].lower() in STREET_WORDS or any(c.isdigit() for c in name)
                or " - " in name or SHOOTING_WORDS.search(name)):
            continue  # "Interstate 240", "FOX5 Vegas - KVVU", "Shooting Outside"
        score = 0.5 if last_word in {"county", "parish", "township"} else 1.0
        if last_word in REGION_LAST_WORDS or REGION_AFTER.match(after):
            score *= 0.3  # "Unity State", "South Kordofan, a state": a region holds towns
        if NEIGHBOURHOOD_AFTER.match(after) or (re.search(r"\bthe\s+$", text[max(0, span.start - 4):span.start])
                                                and not THING_AFTER.match(after)) or name.split()[0].lower() in {
                "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast"}:
            score *= 0.3  # "the South Shore neighborhood", "the West Side": part of a city
        if in_a_state:
            score += 3.0
        if span.start < 400:
            score += 1.5
        if span.start < 80 and re.match(r"^[A-Z .'-]+$", doc.span_text(span)):
            score += 2.0  # a dateline: "ROCKY MOUNT, N.C. —"
        s, e = sentences.containing(span.start)
        if SHOOTING_WORDS.search(text[s:e]) or _BOMBING_WORDS.search(text[s:e]):
            score += 1.0
        if re.search(r"\b(?:in|of|near)\s+$", text[max(0, span.start - 6):span.start]):
            score += 0.5
        key = name.title() if name.isupper() else name
        if in_a_state or span.start in forces:
            towns.add(key)  # "North Las Vegas, Nev.", "North Las Vegas police": a town, not a side of one
        if span.start not in forces and names_a_government(text, span.start, span.end):
            score *= GOVERNMENT_WEIGHT  # "Khartoum reported", "the regime in Khartoum": who acted, not where
        if in_outlet_tail(text, span.start):
            # "Girl Shot-Milwaukee story - WXOW News 19 La Crosse, WI": the outlet's home, which is the
            # story's town only for a local outlet -- a hint when nothing else places the incident
            score *= 0.25
        if span.start in forces:
            score *= 0.4  # the force's town: where it serves, which a scene named elsewhere outweighs
        elif AT_HOSPITAL_BEFORE.search(text[max(0, span.start - 60):span.start]):
            score *= 0.3  # "taken to Arkansas Children's Hospital in Little Rock": where the victims went
        scores[key] = scores.get(key, 0.0) + score * weight(span.start)
        evidence.setdefault(key, []).append((span.start, span.start + len(name) if span.start in forces else span.end))
    # "a shooting in Chattanooga": a scene, whether or not the model tagged it
    for name, start, end in shot_in_names(text, person_words):
        if any(start < e and s < end for s, e in evidence.get(name, [])):
            continue  # the model's PLACE, scored above
        scores[name] = scores.get(name, 0.0) + (2.5 + (1.5 if start < 400 else 0.0)) * weight(start)
        evidence.setdefault(name, []).append((start, end))
    # "Fort Worth, Texas" / "Rocky Mount, N.C." whether or not the model tagged it
    for m in CITY_STATE_RE.finditer(text):
        name = m.group("city")
        if not is_us_state(m.group("state")):
            continue
        if is_state_or_country(name, with_state=True) or name in person_words or \
                name.split()[0].lower() in NOT_CITY_START:
            continue
        key = name.title() if name.isupper() else name
        towns.add(key)
        scores[key] = scores.get(key, 0.0) + (0.5 if in_outlet_tail(text, m.start()) else 2.0) * weight(m.start())
        evidence.setdefault(key, []).append((m.start("city"), m.end("city")))
    for m in DATELINE_RE.finditer(text[:800]):
        name = m.group("city").strip()
        if is_state_or_country(name) or len(name) < 3 or len(name) > 40:
            continue
        if m.group("state") is None and not re.match(r"\s*(?:—|–|--)", text[m.end("city"):m.end()].replace("(", "").strip() or "-"):
            # a bare "WORD:" is too often a label ("UPDATE:"); require a dash or a state
            if ":" in text[m.end("city"):m.end()]:
                continue
        key = name.title()
        scores[key] = scores.get(key, 0.0) + 6.0
        evidence.setdefault(key, []).insert(0, (m.start("city"), m.end("city")))
    _fold_parts_of_cities(text, scores, evidence, towns)
    if not scores:
        _names_before_whom_they_place(doc, scores, evidence, weight)
    if not scores:
        return Fact(None)
    best = _most_precise_best(scores, evidence)
    return Fact(best, evidence[best][:3])


#: no town's name: a web address, a credit ("Vic Nicastro/New York Daily News"), an alias ("Lindsey, a.k.a"),
#: a brand run into a name ("CBSMiami")
_NOT_A_NAME = re.compile(r"\.(?:com|net|org)\b|/|,|\ba\.k\.a\b|[A-Z]{2,}[A-Z][a-z]")
#: a site's menu line: "Utah News, Sports, Weather and Classifieds"
_CHROME_WORDS = re.compile(r"\b(?:news|sports|weather|classifieds|traffic|entertainment|obituaries|opinion)\b", re.I)


def _placed_in(name: str) -> re.Pattern[str]:
    """A name written where a place is ("in Oakwood"): a town, even if someone has it as a first name."""
    return re.compile(rf"\b(?:in|near|at|outside)\s+{re.escape(name)}\b")


def _chrome_line(text: str, offset: int) -> bool:
    """A short line naming three sections of a site ("News, Sports, Weather"), not a paragraph that
    happens to name "the Sports Page tavern" three times."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)]
    return len(line) <= 150 and len({w.lower() for w in _CHROME_WORDS.findall(line)}) >= 3


def _after_a_person(name: str, full_names: set[str]) -> str:
    """The place in a span the tagger ran on from a person's name ("Zoey Horton Chattanooga")."""
    for person in full_names:
        if name.startswith(person + " "):
            return name[len(person) + 1:]
    return name


#: what a person has and a place does not: "Giaquinta's home", "Malijha's murder", "Ta'Niyah's father"
_KIN_AFTER = re.compile(r"([A-Z][\w’'-]+)['’]s?\s+(?:home|house|wife|husband|father|mother|dad|mom|son|daughter|"
                        r"brother|sister|family|grandmother|grandfather|aunt|uncle|cousin|boyfriend|girlfriend|"
                        r"murder|killing|death|body|funeral|killer|shooter|attorney|lawyer|relatives)\b")


def _kin_of_names(text: str) -> set[str]:
    """Names the text gives kin, a home or a death ("Giaquinta's wife", "Malijha's murder") and never
    writes otherwise before "police", "County" or a state: people, whatever the tagger thought."""
    named = {m.group(1) for m in _KIN_AFTER.finditer(text)}
    return {n for n in named if not re.search(rf"\b{re.escape(n)}(?:\s+(?:police|county|city)\b|,\s+[A-Z])", text)}


def _fold_parts_of_cities(text: str, scores: dict[str, float], evidence: dict[str, list[tuple[int, int]]],
                          towns: set[str]) -> None:
    """A neighbourhood named as one ("the Englewood neighborhood") weighs less everywhere; a side of
    a city the article also names ("Southwest Charlotte" beside "Charlotte") counts for the city,
    unless it is written as a town of its own (``towns``: "North Las Vegas, Nev.")."""
    for key in scores:
        if re.search(rf"\b{re.escape(key)}\s+{_PART_OF_A_CITY}", text, re.I):
            scores[key] *= 0.4
    for key in list(scores):
        side, _, rest = key.partition(" ")
        if side.lower() in _SIDES_OF_A_CITY and rest in scores and key not in towns:
            scores[rest] += scores.pop(key)
            # the city's first mention, then the side's ("NORTHWEST MIAMI -" beside "Miami police")
            evidence[rest][1:1] = evidence.pop(key)


def _person_names(doc: Doc) -> list[tuple[int, list[str]]]:
    """(start, words of the name) of each person the article names."""
    return [(s.start, words) for s in doc.spans_of("entity")
            if s.attrs.get("type") == "PERSON" and (words := str(s.attrs.get("name") or "").split())]


def _names_before_whom_they_place(doc: Doc, scores: dict[str, float], evidence: dict[str, list[tuple[int, int]]],
                                  weight: Callable[[int], float]) -> None:
    """When nothing else placed the incident: a name written before whom it places ("Gresham boy
    injured"). A lone "Gresham" the tagger took for a person may be the town; "John Gresham" not."""
    surnames = {words[-1] for _, words in _person_names(doc) if len(words) >= 2}
    for name, start, end in names_before_nouns(doc.text, surnames):
        if SHOOTING_WORDS.search(name) or parse_number(name.split()[0].lower()) is not None:
            continue  # "Slain teen", "Three men"
        scores[name] = scores.get(name, 0.0) + (2.0 if start < 400 else 1.0) * weight(start)
        evidence.setdefault(name, []).append((start, end))


def _most_precise_best(scores: dict[str, float], evidence: dict[str, list[tuple[int, int]]]) -> str:
    """The best-scored place -- but a county contains the town: a town the article also places,
    at least TOWN_IN_COUNTY as strongly, is the more precise answer."""
    def rank(k: str) -> tuple[float, int]:
        return scores[k], -evidence[k][0][0]

    best = max(scores, key=rank)
    if _names_a_county(best):
        towns_named = [k for k in scores if not _names_a_county(k) and scores[k] >= TOWN_IN_COUNTY * scores[best]]
        if towns_named:
            best = max(towns_named, key=rank)
    return best


def count_value(text: str, match: re.Match[str]) -> float | None:
    """The count a COUNT_PATTERNS match states: "no one was killed" is 0, "several dozen" is no
    exact figure (None), else the number."""
    raw = match.group("num")
    before = text[max(0, match.start("num") - 12):match.start("num")]
    # "no-one", "No - one"
    if raw.lower() == "one" and re.search(r"\bno(?:\s+|\s*[-\u2010\u2011\u2013]\s*)$", before, re.IGNORECASE):
        return 0.0
    if vague_multiple(text, match.start("num"), raw):
        return None
    if raw[:1].isdigit() and _MONTH_BEFORE.search(before):
        return None  # "the March 1 death": a day of the month, not a count
    return _count(raw)


_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


def _count(raw: str) -> float | None:
    low = " ".join(raw.lower().split())
    if low in {"a", "an", "another", "one"}:
        return 1.0
    return parse_number(low)


def _first(found: list[tuple[float, tuple[int, int]]]) -> tuple[float, tuple[int, int]]:
    """The count stated first: the lede describes the incident; later counts are often other
    incidents or yearly tallies ("47 people killed this year")."""
    return min(found, key=lambda x: x[1][0])


def casualties(doc: Doc, past: PastSentences = PastSentences()) -> tuple[Fact, Fact]:
    """(killed, injured) as stated in the article; 0 when it says nothing. Counts inside the
    ``past`` sentences (:func:`past_sentences`) tell of other incidents and are skipped."""
    text = doc.text
    killed: list[tuple[float, tuple[int, int]]] = []
    injured: list[tuple[float, tuple[int, int]]] = []
    shot: list[tuple[float, tuple[int, int]]] = []
    # "Last summer, one man was killed and eight people were injured" at the same complex: another
    # incident's toll (but "two were killed Sunday, weeks after a previous shooting" is this one's)
    elsewhere = _told_after_an_older_incident(doc)
    for kind, pattern in COUNT_PATTERNS:
        for m in pattern.finditer(text):
            value = count_value(text, m)
            if value is None or value > 1000 or m.start() in past or elsewhere(m.start()):
                continue
            what = " ".join(m.group("what").lower().split())
            if kind == "after" and what in {"shot", "shooting"}:
                continue
            if kind == "after" and not re.search(PERSONS, m.group(0), re.IGNORECASE) and m.group("num").lower() in {"a", "an"}:
                continue
            if kind == "before" and does_the_harm(text, m):
                continue
            if kind == "bare" and m.group("num").lower() in {"a", "an"}:
                continue  # "a dead dog", "an injured officer": an adjective, no count
            evidence = (m.start(), m.end())
            if casualty_kind(what) == "killed":
                killed.append((value, evidence))
            elif what == "shot":
                shot.append((value, evidence))
            else:
                injured.append((value, evidence))

    def tally(m: re.Match[str]) -> list[tuple[float, tuple[int, int]]]:
        return killed if casualty_kind(" ".join(m.group("what").lower().split())) == "killed" else injured

    for m in COORDINATED.finditer(text):
        first, second = count_value(text, m), _count(m.group("num2"))
        if first is not None and second is not None and m.start() not in past:
            tally(m).append((first + second, m.span()))
    for m in (*PAIR.finditer(text), *PAIR_AFTER.finditer(text)):
        if m.start() not in past:
            tally(m).append((2.0, m.span()))
    for m in MULTIPLE_DEATHS.finditer(text):
        if m.start() not in past:
            killed.append((float(_MULTIPLES[m.group("num").lower()]), m.span()))
    pick = _first
    if killed:
        k_value, k_ev = pick(killed)
        k_fact = Fact(int(k_value), [k_ev])
    elif NATURAL_DEATH.search(text):
        k_fact = Fact(0)  # "died of natural causes": a death, no casualty of violence
    elif _single(SEVERAL_KILLED, doc, past):
        k_fact = Fact(0)  # "they were slain", "killed his wife and three children": more than one, no figure
    else:
        single = _single(SINGLE_KILLED, doc, past)
        k_fact = Fact(1, [single.span()]) if single else Fact(0)
    if injured:
        i_value, i_ev = pick(injured)
        i_fact = Fact(int(i_value), [i_ev])
    elif shot:
        s_value, s_ev = pick(shot)
        i_fact = Fact(max(0, int(s_value) - int(k_fact.value)), [s_ev])
    else:
        single = _single(SINGLE_INJURED, doc, past)
        i_fact = Fact(1, [single.span()]) if single and k_fact.value == 0 else Fact(0)
    return k_fact, i_fact


#: a sentence telling of another incident than the report's: "a teen who was killed in a previous
#: shooting at the same location weeks earlier", "In 2008, Dion Wiley, 20, was killed"
_ANOTHER_INCIDENT = re.compile(
    r"\b(?:previous|prior|an?\s+earlier|another)\s+(?:[\w-]+\s+){0,2}?(?:shootings?|incidents?|attacks?|homicides?|"
    r"killings?|cases?|robber(?:y|ies))\b|\b(?:years?|months?|weeks?)\s+(?:ago|earlier|before)\b|"
    r"\blast\s+(?:year|month|week|summer|spring|fall|autumn|winter)\b|\b(?:days?|weeks?|months?|years?)\s+after\s+an?\b",
    re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _other_incident_offsets(doc: Doc) -> Callable[[int], bool]:
    """Whether an offset lies in a sentence that tells of an older incident (an earlier year,
    "a previous shooting", "weeks earlier")."""
    sentences = Sentences.of(doc)
    year = int(doc.reference_date[:4]) if doc.reference_date and doc.reference_date[:4].isdigit() else None

    def inside(offset: int) -> bool:
        start, end = sentences.around(offset, offset + 1)
        sentence = doc.text[start:end]
        return bool(_ANOTHER_INCIDENT.search(sentence)) or bool(year and any(int(y) < year for y in _YEAR.findall(sentence)))
    return inside


def _told_after_an_older_incident(doc: Doc) -> Callable[[int], bool]:
    """Whether an offset comes after words of an older incident in its sentence ("Last summer, one
    man was killed", "In a previous shooting at the club, two people were wounded")."""
    sentences = Sentences.of(doc)

    def after(offset: int) -> bool:
        start, _ = sentences.around(offset, offset + 1)
        return _ANOTHER_INCIDENT.search(doc.text, start, offset) is not None
    return after


def _single(pattern: re.Pattern[str], doc: Doc, past: PastSentences) -> re.Match[str] | None:
    """The first phrase telling of one victim ("was killed", "died") in a sentence about this
    incident."""
    elsewhere = _other_incident_offsets(doc)
    return next((m for m in pattern.finditer(doc.text) if m.start() not in past and not elsewhere(m.start())), None)


def incident_facts(doc: Doc) -> dict[str, Any]:
    """``{date, city, killed, injured}``, each ``{"value", "evidence": [{start, end, quote}]}``.

    Runs the entities, quantities and times stages on ``doc`` if they have not run.
    """
    _ensure_spans(doc)
    return facts_from_spans(doc)


def facts_from_spans(doc: Doc) -> dict[str, Any]:
    """:func:`incident_facts` from the spans ``doc`` already has (no stage is run)."""
    past = past_sentences(doc)
    killed, injured = casualties(doc, past)
    facts = {
        "date": incident_date(doc),
        "city": incident_city(doc, past),
        "killed": killed,
        "injured": injured,
    }
    return {name: fact.to_dict(doc) for name, fact in facts.items()}
