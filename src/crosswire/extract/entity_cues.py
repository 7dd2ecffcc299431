"""Names the tagger missed or mistyped where the words written around them say what they name.

News prose introduces a name with a word that says its kind, and the small model often misses
the name there or gives it the wrong type; the cue word is plain English, not a list of names:

* an apposition: "Aleem Siddique, a U. N. spokesman in ..." names a person, "Pathways to Peace,
  a city-run initiative that ..." an organisation;
* a kind written before the name: "the rail operator SNCF", "the police agency Interpol";
* a kind written after it: "the Democrat and Chronicle newspaper", "the Harry Winston jewellery
  store" (the tagger's building is the business);
* a list after a plural of places: "the villages of Tonban, Gavarzin and Khaledi";
* a street written with its word first ("Rue de Castiglione", "Place Vendome");
* a force named by its place ("Cumbria Police"), a town written with its region ("moved to
  Merthyr Tydfil, South Wales");
* a team, which the tagger takes for a building: "the Denver Broncos" (a plural that is no
  geographic word, unlike "the Golan Heights" or "the Cayman Islands");
* a lone proper noun after "in" ("living in Cardiff."), an organisation's possessive with a team
  or an office ("Nonviolent Peaceforce's Yida protection team"), names the tagger left untyped;
* one more of a family the tagger missed: "Quashaun Poore" in an article of James Poore, and a
  surname the tagger cut off a first name ("from Chris Byrd.").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .entities import Mention

#: a capitalised name of up to five words, with the small words names are joined by
_NAME = (r"(?:[A-Z][\w'’.&-]*|[A-Z]\.)(?:[ \t]+(?:(?:of|and|to|for|the|de|du|des|la|le|&)[ \t]+)?"
         r"(?:[A-Z][\w'’.&-]*|[A-Z]\.)){0,4}")
#: lower-case words that say a person is meant when they head an apposition ("X, a spokesman for")
PERSON_NOUNS = frozenset("""
spokesman spokeswoman spokesperson photographer reporter correspondent journalist editor columnist
official officer detective lawyer attorney prosecutor judge witness resident neighbor neighbour student
teacher professor director manager owner worker employee analyst expert doctor nurse surgeon father
mother son daughter brother sister wife husband friend cousin uncle aunt grandmother grandfather
victim suspect survivor leader member chief commander captain sergeant lieutenant deputy trooper agent
adviser advisor aide consultant economist researcher scientist seismologist geologist pastor priest
minister secretary president chairman chairwoman founder executive senator governor mayor commissioner
councilman councilwoman coach player quarterback foreman driver farmer veteran activist volunteer
coordinator administrator supervisor superintendent principal counselor instructor
""".split())
#: lower-case words that say an organisation is meant, after the name or before it
ORG_NOUNS = frozenset("""
initiative organization organisation group company firm agency charity nonprofit non-profit ngo
programme program network newspaper broadcaster magazine website chain retailer brand manufacturer
maker bank operator carrier airline union association coalition alliance foundation institute
movement militia club league startup subsidiary publisher outlet watchdog tabloid regulator
jeweller jeweler jewellers jewelers store shop boutique restaurant business provider contractor
""".split())
#: kinds written right before a name that are too often a person's job to type the name by
_NOT_BEFORE = frozenset({"store", "shop", "boutique", "restaurant", "business", "club", "program", "programme",
                         "initiative", "website", "brand"})
#: kinds written after a name ("the Casty store"): what a place's name does not take as often
_AFTER = ORG_NOUNS - {"group", "union", "movement", "militia", "club", "league", "program", "programme",
                      "initiative", "business"}
_PLACE_PLURALS = (r"villages|towns|cities|hamlets|districts|provinces|regions|islands|communities|"
                  r"neighbou?rhoods|suburbs|counties|municipalities|settlements|areas|states|countries")
_LISTED_PLACES = re.compile(rf"\b(?:{_PLACE_PLURALS})\s+(?:of|were|are|include|included|including|such\s+as|like)"
                            r"\s+((?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
                            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
#: first words of a street in the languages that put them first
STREET_FIRST = frozenset({"rue", "avenue", "boulevard", "calle", "avenida", "piazza", "plaza", "place", "quai",
                          "strada", "camino", "chemin", "allee", "allée", "praça", "largo"})
#: plurals that end a place's name ("Palm Springs", "the Golan Heights"), not a team's
GEO_PLURALS = frozenset("""
states islands isles keys heights hills mountains mounts lakes falls springs rapids plains highlands lowlands
midlands banks cities territories emirates provinces rivers valleys woods forests glades everglades marshes
flats narrows shoals straits sands dunes canyons gardens oaks pines palms towers apartments homes estates
fields meadows grounds parks gates commons docks sounds reefs peaks alps rockies andes himalayas downs
cliffs bluffs ridges creeks meadows pyrenees dolomites territories lands borders
""".split())
#: rank words that stand before "Police" in a title ("Master Police Officer")
_TITLE_EXTRA = frozenset({"master", "senior", "junior", "according", "assistant", "auxiliary", "reserve", "military",
                          "state", "city", "county", "metropolitan", "transit"})
#: words after a person's name that make a building of it ("Trump Tower")
_BUILDINGS = frozenset({"tower", "towers", "center", "centre", "hall", "stadium", "arena", "park", "building", "plaza",
                        "square", "bridge", "airport", "station", "field", "house", "museum", "library", "memorial"})
_WEEKDAYS_MONTHS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december
""".split())


def _words(name: str) -> list[str]:
    return name.split()


#: a preposition before a name: "shot in Orange County, a spokesman said" is no apposition
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|of|to|on|into|across|outside|for|by|with)\s+$", re.I)


def _trim_name(text: str, start: int, end: int, stop: frozenset[str],
               after_preposition: bool = True) -> tuple[int, int] | None:
    """The name without a weekday or month after it ("Apple Monday"); None when the capitalised
    run opens with a sentence word ("In Paris, a spokesman said": the comma ends a phrase) or a
    preposition stands before it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if not words or words[0].group(0).lower() in stop or words[0].group(0).lower() in _WEEKDAYS_MONTHS \
            or not after_preposition and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return None
    while words and (words[-1].group(0).lower().rstrip(".,") in _WEEKDAYS_MONTHS
                     or words[-1].group(0).lower() in {"of", "and", "to", "for", "the", "de", "du", "des", "&"}):
        words.pop()
    if not words:
        return None
    return start + words[0].start(), start + words[-1].end()


def _place(text: str, mentions: list["Mention"], start: int, end: int, typ: str, *, replace: set[str]) -> None:
    """Put a mention of ``typ`` at [start, end): overlapping mentions of a type in ``replace``
    that lie inside the name give way; a mention that reaches outside it is left alone."""
    from .entities import Mention

    inside, outside = [], False
    for m in mentions:
        if m.start < end and start < m.end:
            if start <= m.start and m.end <= end and m.type in replace | {typ}:
                inside.append(m)
            else:
                outside = True
    if outside:
        return
    if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
        inside[0].type = typ
        return
    for m in inside:
        mentions.remove(m)
    mentions.append(Mention(start, end, typ, text[start:end]))


def _sentence_start(text: str, start: int) -> bool:
    return start == 0 or bool(re.search(r"(?:[.!?:][\"”’']?\s+|\n\s*)$", text[max(0, start - 4):start]))


def apply_cues(text: str, mentions: list["Mention"], stop: frozenset[str]) -> list["Mention"]:
    """The mentions with the names the words around them type added or re-typed (module doc).
    ``stop`` is the common English words a capitalised run may open with ("However", "In")."""
    from .entities import ORG_HEADS, ROLE_HEADS, TITLE_WORDS
    from .entity_repair import STREET_HEADS

    mentions = list(mentions)
    for m in mentions:
        lead = re.match(r"(?:the|The|THE)\s+", m.text)
        if lead and len(m.text) > lead.end():
            m.start, m.text = m.start + lead.end(), m.text[lead.end():]  # "the Harry Winston"
    # appositions: "Aleem Siddique, a U. N. spokesman in South Sudan", "Pathways to Peace, a city-run initiative"
    # ... and "Heydar Alishbandi, Governor of Qeshm island": a role right after the comma
    for m in re.finditer(rf"(?P<name>{_NAME}),\s+(?:(?:a|an|the)\s+(?:[\w.'’-]+\s+){{0,4}}?(?P<head>[a-z][\w-]*)|"
                         rf"(?P<role>[A-Za-z][a-z]+))"
                         r"(?=[,.;:]|\s+(?:in|for|at|of|with|from|who|that|which|whose|based|and|on)\b)", text):
        head = m.group("head") or m.group("role").lower()
        person = head in PERSON_NOUNS or head in ROLE_HEADS
        if m.group("role") and not person:
            continue
        span = _trim_name(text, m.start("name"), m.end("name"), stop, after_preposition=not person)
        if span is None:
            continue
        words = _words(text[span[0]:span[1]])
        # "in Paris, a company spokesman said": a town written before the comma is no apposition;
        # "the buy of Neoware, a maker of thin clients": a company the tagger took for a town, which
        # the article never writes as a place is ("in Neoware")
        name = text[span[0]:span[1]]
        if any(x.attrs.get("label") in {"GPE", "LOC"} for x in mentions if x.start < span[1] and span[0] < x.end) \
                and (head not in ORG_NOUNS or re.search(rf"\b(?:in|near|at)\s+{re.escape(name)}\b", text)):
            continue
        if person and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            _place(text, mentions, *span, "PERSON", replace={"ORG", "PLACE", "NORP"})
        elif head in ORG_NOUNS and (len(words) >= 2 or not _sentence_start(text, span[0])):
            _place(text, mentions, *span, "ORG", replace={"PERSON", "PLACE", "NORP"})
    # a kind before the name: "the rail operator SNCF", "France's rail operator SNCF"
    for m in re.finditer(rf"(?:\b[Tt]he|[A-Z][\w]*['’]s|\bits|\btheir)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
                         rf"(?P<head>[a-z][\w-]*)[ \t]+(?P<name>{_NAME})", text):
        if m.group("head") not in ORG_NOUNS or m.group("head") in _NOT_BEFORE:
            continue
        span = _trim_name(text, m.start("name"), m.end("name"), stop)
        if span is None:
            continue
        first = _words(text[span[0]:span[1]])[0].lower().rstrip(".")
        if first in TITLE_WORDS or first in ROLE_HEADS:
            continue  # "the agency Director John Smith": a title, then its holder
        _place(text, mentions, *span, "ORG", replace={"PERSON", "PLACE", "NORP"})
    # a kind after the name: "the Democrat and Chronicle newspaper", "the Harry Winston jewellery store"
    for m in re.finditer(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>{_NAME})[ \t]+(?:[a-z][\w-]*[ \t]+)?(?P<head>[a-z][\w-]*)\b",
                         text):
        if m.group("head") not in _AFTER:
            continue
        span = _trim_name(text, m.start("name"), m.end("name"), stop)
        if span is None:
            continue
        words = _words(text[span[0]:span[1]])
        covering = [x for x in mentions if x.start < span[1] and span[0] < x.end]
        # "the Paris store", "the Chinese tech company": a town's or a people's business, not a name
        if any(x.attrs.get("label") in {"GPE", "LOC", "NORP"} and len(words) == 1 for x in covering) \
                or any(x.attrs.get("label") in {"GPE", "LOC"} for x in covering):
            continue
        if len(words) == 1 and words[0].lower() in stop:
            continue
        _place(text, mentions, *span, "ORG", replace={"PERSON", "PLACE", "NORP"})
    # "Cumbria Police have not disclosed": a force named by its place
    for m in re.finditer(r"(?<![\w.'’-])(?P<name>(?:[A-Z][a-z]+[ \t]+){1,3}(?:Police|Constabulary))\b(?![ \t]+[A-Z])",
                         text):
        words = [w.lower() for w in _words(m.group("name"))[:-1]]
        # "Master Police Officer", "Assistant Police Chief": a title, no force (a capital after is one too)
        if any(w in stop or w in TITLE_WORDS or w in ROLE_HEADS or w in PERSON_NOUNS or w in _WEEKDAYS_MONTHS
               or w in _TITLE_EXTRA for w in words):
            continue
        _place(text, mentions, m.start("name"), m.end("name"), "ORG", replace={"PERSON", "PLACE", "NORP"})
    # "moved to Merthyr Tydfil, South Wales": a town, then the region it is in
    for x in list(mentions):
        after = re.match(r",[ \t]+", text[x.end:x.end + 3])
        region = next((r for r in mentions if after and r.start == x.end + after.end()
                       and r.attrs.get("label") in {"GPE", "LOC"}), None)
        if x.type == "PERSON" and region is not None and re.match(r"[ \t]*[,.;]", text[region.end:region.end + 2]) \
                and re.search(r"\b(?:in|to|from|near|of)\s+$", text[max(0, x.start - 6):x.start]):
            x.type = "PLACE"
    # "the villages of Tonban, Gavarzin and Khaledi"
    for m in _LISTED_PLACES.finditer(text):
        for item in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", m.group(1)):
            start, end = m.start(1) + item.start(), m.start(1) + item.end()
            _place(text, mentions, start, end, "PLACE", replace={"PERSON", "ORG", "NORP"})
    # "the IBF strap from Chris Byrd.": the tagger cut the name after its first word
    covered = [(x.start, x.end) for x in mentions]
    for m in mentions:
        nxt = re.match(r"[ \t]+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)(?![\w'’-])(?![ \t]+[A-Z])", text[m.end:m.end + 30])
        if m.type == "PERSON" and " " not in m.text and nxt and nxt.group(1).lower() not in stop \
                and nxt.group(1).lower() not in _WEEKDAYS_MONTHS | ORG_HEADS | STREET_HEADS | _BUILDINGS \
                and not any(s < m.end + nxt.end() and m.end < e for s, e in covered):
            m.text = text[m.start:m.end + nxt.end()]
            m.end += nxt.end()
    for m in mentions:
        words = _words(m.text)
        if len(words) < 2:
            continue
        if words[0].lower() in STREET_FIRST and m.type != "PERSON":
            m.type = "PLACE"  # "Rue de Castiglione", "Place Vendome"
        elif m.type == "PLACE" and m.attrs.get("label") == "FAC" and re.fullmatch(r"[A-Z][a-z]+s", words[-1]) \
                and not words[-1].endswith(("ss", "us", "is")) and words[-1].lower() not in GEO_PLURALS \
                and re.search(r"\bthe\s+(?:\d{4}\s+)?$", text[max(0, m.start - 10):m.start], re.I):
            m.type = "ORG"  # "the Denver Broncos": a team, not a building ("Hurricane Georges" takes no "the")
    _kind_cues(text, mentions, stop)
    mentions.sort(key=lambda m: (m.start, -m.end))
    _context_cues(text, mentions)
    return mentions


#: a win-loss record in brackets after a team ("Creighton (25-7)", "the Bulldogs (15-17)")
_RECORD_AFTER = re.compile(r"[ \t]*\(\d{1,3}[-\u2013]\d{1,3}(?:[-\u2013]\d{1,3})?(?:,[^)]{1,20})?\)")
#: a result a team is the subject of, with a score or a record after ("Creighton defeated Drake,
#: 65-53", "Creighton improved to 25-7")
_RESULT_AFTER = re.compile(r",?[ \t]+(?:beat|beats|defeated|defeats|edged|edges|downed|routed|topped|upset|stunned|"
                           r"outlasted|held[ \t]+off|rallied[ \t]+past|lost[ \t]+to|fell[ \t]+to|improved[ \t]+to|"
                           r"dropped[ \t]+to)\b[^.;\n]{0,60}?\b\d{1,3}[-\u2013]\d{1,3}\b")
#: a lead a team holds ("put Creighton up 47-42", "the Creighton lead to 50-44", "allowed Creighton to
#: open a 45-36 lead")
_LEAD_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:(?:lead|up|ahead)[ \t]+(?:to[ \t]+|by[ \t]+)?\d{1,3}[-\u2013]\d{1,3}\b|"
                         r"to[ \t]+(?:open|take|build|extend|grab)[ \t]+an?[ \t]+\d{1,3}[-\u2013]\d{1,3}[ \t]+lead\b)")
#: a player's line, which a team's is not ("Echenique generated a double-double", "X scored 11 points")
_PLAYER_LINE_AFTER = re.compile(r"[ \t]+(?:scored|had|added|finished[ \t]+with|chipped[ \t]+in|contributed|generated|"
                                r"recorded|posted|grabbed|pulled[ \t]+down)[ \t]+(?:a[ \t]+(?:career|season)[- ]high[ \t]+)?"
                                r"(?:an?[ \t]+(?:double|triple)-double\b|(?:[1-3]?\d)[ \t]+(?:points|rebounds|assists|"
                                r"goals|touchdowns|saves)\b)")
#: ... and a team that is its object, with the score right after ("defeated Drake, 65-53")
_RESULT_BEFORE = re.compile(r"\b(?:beat|beats|defeated|defeats|edged|downed|routed|topped|upset|stunned|outlasted|"
                            r"against|over|past)[ \t]+(?:the[ \t]+)?$")
_SCORE_AFTER = re.compile(r",?[ \t]+\d{1,3}[-\u2013]\d{1,3}\b")
#: a seeding, which is a team's in a tournament ("top-seeded Creighton", "No. 5 seed Indiana State")
_SEEDED_BEFORE = re.compile(r"(?:-seeded|\bseed(?:ed)?)[ \t]+(?:the[ \t]+)?$")
#: last words with which a "person" the tagger found is a school's name ("Indiana State")
_SCHOOL_LAST = frozenset({"state", "tech", "college", "university", "a&m"})
#: a distance or a bearing from a name, which only a place has ("14 miles north-northeast of
#: Healdsburg", "six miles west of Anderson Springs", "north of Healdsburg")
_BEARING_BEFORE = re.compile(r"\b(?:(?:miles?|mi\.?|kilomet(?:re|er)s?|km|yards|feet|blocks)[ \t]+(?:(?:[a-z]+(?:-[a-z]+)*)"
                             r"[ \t]+)?(?:of|from)|(?:north|south|east|west)(?:-?(?:north|south)?(?:east|west))?"
                             r"(?:-(?:north|south)?(?:east|west)?)?[ \t]+of)[ \t]+$", re.I)
#: a hometown after a person's age ("Paul Riva, 47, of Sterling Heights")
_HOMETOWN_BEFORE = re.compile(r"[A-Za-z],[ \t]+\d{1,3},[ \t]+(?:of|from)[ \t]+$")
#: what is said of a person only ("identified by police as Madeline Kafoury", "in memory of ...")
_PERSON_CUE_BEFORE = re.compile(r"\b(?:identified(?:[ \t]+(?:him|her|them))?(?:[ \t]+by[ \t]+[\w .'’-]{1,30}?)?[ \t]+as|"
                                r"in[ \t]+memory[ \t]+of|survived[ \t]+by)[ \t]+$")
#: a job held at an organisation ("executive vice president of business markets at T-Mobile")
_JOB_AT_BEFORE = re.compile(r"\b(?:president|officer|director|manager|executive|chief|head|spokesm[ae]n|"
                            r"spokeswom[ae]n|spokesperson|analyst|engineer|employee|professor|researcher|economist|"
                            r"chairman|chairwoman|founder|partner|editor)\b[^.;\n\"“”]{0,40}?[ \t]at[ \t]+$")


def _context_cues(text: str, mentions: list["Mention"]) -> None:
    """Types that the words around a name settle for every mention of it in the article (the
    tagger types each mention alone and often differently):

    * a team: a win-loss record after it, a result with a score ("Creighton defeated Drake,
      65-53"), a seeding ("top-seeded Creighton") -- a town has no record;
    * a place: a distance or a bearing from it ("14 miles north of Healdsburg"), a hometown after
      an age ("Paul Riva, 47, of Sterling Heights"), the last of a list of places ("in Santa Rosa,
      Marin County and Vallejo");
    * a person: "identified as", "in memory of" (an organisation or a town is not identified so);
    * an organisation: a job held at it ("vice president ... at T-Mobile").
    """
    votes: dict[str, set[str]] = {}
    for i, m in enumerate(mentions):
        words = m.text.split()
        if not words or len(words) > 4:
            continue
        before = text[max(0, m.start - 80):m.start]
        typ = None
        school = m.type == "PERSON" and len(words) >= 2 and words[-1].lower() in _SCHOOL_LAST
        if (m.type in ("PLACE", "NORP", "ORG") or school) and (
                _RECORD_AFTER.match(text, m.end) or _RESULT_AFTER.match(text, m.end) or _LEAD_AFTER.match(text, m.end)
                or _RESULT_BEFORE.search(before) and _SCORE_AFTER.match(text, m.end)
                or _SEEDED_BEFORE.search(before)):
            typ = "ORG"
        elif (_BEARING_BEFORE.search(before) or _HOMETOWN_BEFORE.search(before)) \
                and not re.match(r"['’]s?\b", text[m.end:m.end + 2]):
            # ... a possessive is the name's owner, not the place ("a mile from Obama's home")
            typ = "PLACE"
        elif m.type in ("ORG", "PERSON") and i >= 2 and _listed_place(text, mentions[i - 2], mentions[i - 1], m):
            typ = "PLACE"
        elif m.type in ("ORG", "PLACE") and len(words) <= 3 and _PLAYER_LINE_AFTER.match(text, m.end) \
                and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", w) for w in words):
            typ = "PERSON"
        elif m.type in ("ORG", "PLACE") and 2 <= len(words) <= 3 and _PERSON_CUE_BEFORE.search(before) \
                and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", w) for w in words):
            typ = "PERSON"
        elif m.type == "PLACE" and _JOB_AT_BEFORE.search(before):
            typ = "ORG"
        if typ:
            votes.setdefault(m.text, set()).add(typ)
    settled = {name: next(iter(types)) for name, types in votes.items() if len(types) == 1}
    for m in mentions:
        typ = settled.get(m.text)
        if typ:
            m.type = typ
            m.attrs["cue"] = typ  # what the words around say, which majority votes do not undo


def _listed_place(text: str, first: "Mention", second: "Mention", m: "Mention") -> bool:
    """"in Santa Rosa, Marin County and Vallejo": the last of a list opened by two places."""
    return (first.type == "PLACE" and second.type == "PLACE"
            and re.fullmatch(r",[ \t]*", text[first.end:second.start]) is not None
            and re.fullmatch(r",?[ \t]+(?:and|or)[ \t]+", text[second.end:m.start]) is not None
            and re.search(r"\b(?:in|near|from|to|across|throughout)[ \t]+(?:the[ \t]+)?$",
                          text[max(0, first.start - 12):first.start]) is not None)


#: administrative divisions written after a region's name ("Akhal province", "Akhal Oblast"); a
#: town's kind only in lower case ("Manchester City" is a club)
_DIVISIONS = r"province|oblast|region|district|prefecture|governorate|county|municipality|canton|velayat|krai"
_DIVISION_AFTER = re.compile(rf"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+"
                             rf"(?P<kind>(?:{_DIVISIONS}|city)|(?:{_DIVISIONS.title()}))\b(?![ \t]+[A-Z])")
#: a place's name then "-born", "-based" ("the Glasgow-born actor", "a London-based firm")
_PLACE_COMPOUND = re.compile(r"-(?:born|based|bred|raised|headquartered)\b")
#: first words that make a name a venue, not a person ("Club Envy", "Hotel Rwanda")
VENUE_FIRST = frozenset({"club", "hotel", "motel", "cafe", "café", "casino", "camp", "fort", "lake", "mount", "cape"})
#: last words of a venue, which is where people are when written after "at" or "in"
_VENUE_LAST = frozenset({"theatre", "theater", "stadium", "arena", "ballpark", "coliseum", "colosseum", "auditorium",
                         "amphitheatre", "amphitheater", "fieldhouse", "speedway", "racecourse"})
#: a street's direction after a house number or "block of" ("601 W. Broadway", "the 600 block of E. Main")
_STREET_ADDRESS = re.compile(r"(?:\b\d{1,5}[ \t]+|\bblock[ \t]+of[ \t]+)(?:[NSEW]\.|N[EW]|S[EW])?[ \t]*$")
_COMPASS_FIRST = re.compile(r"(?:[NSEW]\.|N[EW]\.?|S[EW]\.?)[ \t]+[A-Z]")
#: an agency in capitals reporting or quoting ("ITAR-TASS reported"), which the tagger leaves untyped
_CAPS_REPORTER = re.compile(r"(?<![\w'’.-])([A-Z]{2,}(?:-[A-Z]{2,})*)[ \t]+(?:reported|reports|quoted|cited|said|says)\b")
#: a maker's name before a product's name and model code ("the Nvidia GeForce GT650M", "an Intel Core i5")
_MAKER_MODEL = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Ww]ith)[ \t]+(?P<maker>[A-Z][a-z]{2,})[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}"
                          r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,}\b")


#: kinds of product written after a product's name ("Retina display", "MacBook Air line")
_PRODUCT_AFTER = re.compile(r"[ \t]+(?:display|displays|port|ports|processor|processors|chip|chips|chipset|graphics|"
                            r"laptop|laptops|notebook|notebooks|smartphone|smartphones|tablet|tablets|handset|"
                            r"models|lineup|line-up|console|consoles|software|app|apps|browser|firmware)\b")


def _free(mentions: list["Mention"], start: int, end: int) -> bool:
    return not any(m.start < end and start < m.end for m in mentions)


def _kind_cues(text: str, mentions: list["Mention"], stop: frozenset[str]) -> None:
    """Names typed by a kind word around them (more of the module doc's cues): an administrative
    division ("Akhal province", "Dashoguz province-27"), a birthplace compound ("Glasgow-born"), a
    venue's first word ("Club Envy"), a street address ("601 W. Broadway"), a product's kind ("the
    Retina display": nobody), an agency in capitals that reports ("ITAR-TASS reported"), a maker
    before its model ("the Nvidia GeForce GT650M")."""
    from .entities import Mention, ROLE_HEADS, TITLE_WORDS
    from .entity_repair import PERSON_TITLES

    for m in _DIVISION_AFTER.finditer(text):
        words = m.group("name").split()
        if words[0].lower() in stop or words[0].lower() in _WEEKDAYS_MONTHS or words[0].lower() in TITLE_WORDS:
            continue
        over = [x for x in mentions if x.start < m.end() and m.start() < x.end]
        if any(x.attrs.get("label") == "NORP" for x in over):
            continue  # "a Republican district", "the Kurdish region": a people's, no place's name
        # "Akhal Oblast" is a name with its kind; "Mary province-30" the name, then what it is
        end = m.end("kind") if m.group("kind")[0].isupper() else m.end("name")
        _place(text, mentions, m.start(), end, "PLACE", replace={"PERSON", "ORG", "NORP"})
        for x in over:  # "Dashoguz province-27": the tagger's run-on with the count after
            if x in mentions and x.start <= m.start() and x.end > end and x.type != "PLACE":
                mentions.remove(x)
                mentions.append(Mention(m.start(), end, "PLACE", text[m.start():end], attrs={"label": "GPE"}))
    for x in mentions:
        words = x.text.split()
        if x.type != "PLACE" and _PLACE_COMPOUND.match(text, x.end) and len(words) <= 3:
            x.type = "PLACE"  # "The 55-year-old Glasgow-born star"
        elif x.type == "PERSON" and len(words) >= 2 and words[0].lower() in VENUE_FIRST:
            x.type = "PLACE"  # "Club Envy", "Camp David"
        elif x.type != "PLACE" and len(words) >= 2 and words[-1].lower() in _VENUE_LAST \
                and re.search(r"\b(?:at|in|inside|outside)[ \t]+(?:the[ \t]+)?$", text[max(0, x.start - 12):x.start]):
            x.type = "PLACE"  # "the audience at the Dolby Theatre": where it happens
        elif x.type == "PERSON" and (_COMPASS_FIRST.match(x.text) or len(words) <= 2) \
                and _STREET_ADDRESS.search(text, max(0, x.start - 16), x.start) \
                and (_COMPASS_FIRST.match(x.text) or re.search(r"block[ \t]+of[ \t]+$", text[max(0, x.start - 10):x.start])):
            x.type = "PLACE"  # "601 W. Broadway", "the 600 block of Broadway": a street
    for x in list(mentions):
        words = x.text.split()
        lead = re.match(r"[A-Z][a-z]+[ \t]+", x.text)
        # "former Companion Karen Gillan": what "former" qualifies is a role, then the name
        if x.type == "PERSON" and len(words) == 3 and lead and words[0].lower() not in stop \
                and re.search(r"(?<!\bthe )\b(?:former|ex-|fellow)[ \t]*$", text[max(0, x.start - 12):x.start], re.I):
            x.start, x.text = x.start + lead.end(), x.text[lead.end():]
        # "Lt. Emily McKinley": the tagger kept the surname only; the first name follows the title
        before = re.search(r"(?<![\w'’-])([A-Z][a-z]{1,12})\.?[ \t]+([A-Z][a-z]+)[ \t]+$", text[max(0, x.start - 30):x.start])
        if x.type in ("PERSON", "ORG") and len(words) == 1 and before \
                and before.group(1).lower() in TITLE_WORDS | PERSON_TITLES \
                and before.group(2).lower() not in stop | TITLE_WORDS | PERSON_TITLES | _WEEKDAYS_MONTHS \
                and _free(mentions, x.start - len(before.group(2)) - 1, x.start):
            x.start -= len(text[max(0, x.start - 30):x.start]) - before.start(2)
            x.text, x.type = text[x.start:x.end], "PERSON"
    # "the Retina display", "the Thunderbolt port", "its MacBook Pro line": a product, which is nobody
    products = {x.text for x in mentions if x.type == "PERSON" and _PRODUCT_AFTER.match(text, x.end)}
    mentions[:] = [x for x in mentions if not (x.type == "PERSON" and x.text in products)]
    for m in _CAPS_REPORTER.finditer(text):
        if _free(mentions, m.start(1), m.end(1)) and re.search(r"[AEIOUY]", m.group(1)):
            mentions.append(Mention(m.start(1), m.end(1), "ORG", m.group(1), attrs={"label": "ORG"}))
    for m in _MAKER_MODEL.finditer(text):
        maker = m.group("maker")
        if maker.lower() in stop or maker.lower() in TITLE_WORDS | ROLE_HEADS or maker.lower() in _WEEKDAYS_MONTHS:
            continue
        over = [x for x in mentions if x.start < m.end() and m.start("maker") < x.end]
        if all(x.type == "ORG" or x.type == "PERSON" and x.start >= m.start("maker") for x in over):
            for x in over:
                mentions.remove(x)
            mentions.append(Mention(m.start("maker"), m.end("maker"), "ORG", maker, attrs={"label": "ORG"}))


def missed_relatives(text: str, cleaned: list["Mention"], surnames: set[str], full_names: dict[str, str],
                      short_to_full: dict[str, set[str]]) -> None:
    """"Quashaun Poore said ..." where the tagger missed the name but the article names other Poores:
    a capitalised first word before a surname of the article's people is one more of the family
    ("City Manager Black", "Sunday Succop", "Tulsa Poore" are a title, a day and a place)."""
    from .entities import ROLE_HEADS, TITLE_WORDS, Mention, _common_words
    from .entity_repair import PERSON_TITLES

    if not surnames:
        return
    taken = [(m.start, m.end) for m in cleaned]
    places = {m.text for m in cleaned if m.type in ("PLACE", "ORG", "NORP")}
    finder = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{2,})[ \t]+(" + "|".join(map(re.escape, surnames)) + r")(?![\w-])")
    for fm in finder.finditer(text):
        start, end = fm.span()
        first = fm.group(1).lower()
        if any(start < e and s < end for s, e in taken) or first in _common_words() or first in TITLE_WORDS \
                or first in PERSON_TITLES or first in ROLE_HEADS or first in _WEEKDAYS_MONTHS or fm.group(1) in places \
                or first in PERSON_NOUNS:
            continue  # "Sunday Succop", "Tulsa Poore": a day or a place before a surname
        name = f"{fm.group(1)} {fm.group(2)}"
        cleaned.append(Mention(start, end, "PERSON", name))
        taken.append((start, end))
        if name not in full_names:
            full_names[name] = name
            short_to_full[fm.group(1)].add(name)
            short_to_full[fm.group(2)].add(name)


def missed_places(parsed: Any) -> list["Mention"]:
    """"living in Cardiff.", "visiting from Cardiff, where ...": a lone proper noun the tagger left
    untyped after "in", "near" or "outside", ending the phrase, names a place (an institution, a
    month or a language has a type or a word of its own: "in Congress", "in March", "in English")."""
    from .entities import ORG_HEADS, TITLE_WORDS, Mention, _common_words

    out = []
    for tok in parsed:
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or not tok.text[1:].islower() \
                or tok.i < 1 or tok.i + 1 >= len(parsed):
            continue
        before, after = parsed[tok.i - 1], parsed[tok.i + 1]
        if before.lower_ not in {"in", "near", "outside"} or after.text not in {".", ",", ";"} \
                or tok.lower_ in ORG_HEADS or tok.lower_ in TITLE_WORDS or tok.lower_ in _common_words():
            continue
        out.append(Mention(tok.idx, tok.idx + len(tok.text), "PLACE", tok.text, attrs={"label": "GPE"}))
    return out



#: collective nouns after an organisation's possessive ("Nonviolent Peaceforce's Yida protection team")
_BODY_PARTS = frozenset({"team", "teams", "staff", "workers", "members", "volunteers", "office", "offices",
                         "headquarters", "programme", "program", "project", "mission", "operations", "board"})


def missed_bodies(parsed: Any) -> list["Mention"]:
    """"Nonviolent Peaceforce's Yida protection team lives in the camp": proper nouns the tagger left
    untyped, whose possessive has a team, a staff or an office, name an organisation."""
    from .entities import Mention, TITLE_WORDS

    out = []
    i = 0
    while i < len(parsed):
        j = i
        while j < len(parsed) and parsed[j].pos_ == "PROPN" and not parsed[j].ent_type_ \
                and parsed[j].text[:1].isupper() and parsed[j].lower_ not in TITLE_WORDS:
            j += 1
        if j - i >= 2 and j < len(parsed) and parsed[j].tag_ == "POS" \
                and any(t.lower_ in _BODY_PARTS for t in parsed[j + 1:j + 5]):
            start, end = parsed[i].idx, parsed[j - 1].idx + len(parsed[j - 1].text)
            out.append(Mention(start, end, "ORG", parsed.text[start:end], attrs={"label": "ORG"}))
        i = max(j, i + 1)
    return out


def pronoun_people(parsed: Any, mentions: list["Mention"]) -> None:
    """"Crystal Hayden-Mobley suffered broken ribs. She spent three days ...": a two- or three-word
    name the tagger took for a building, a place or a body, the subject of its sentence, with no
    person beside it and "he" or "she" opening the next sentence, is a person (a town or a
    company is "it")."""
    sents = list(parsed.sents)
    starts = {s.start_char: i for i, s in enumerate(sents)}
    for m in mentions:
        words = m.text.split()
        if m.type not in ("PLACE", "ORG") or not 2 <= len(words) <= 3 \
                or not all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) for w in words):
            continue
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        sent = span.sent
        i = starts.get(sent.start_char)
        if i is None or i + 1 >= len(sents) or sents[i + 1][0].lower_ not in ("he", "she"):
            continue
        if any(e.label_ == "PERSON" for e in sent.ents) or any(t.lower_ in ("he", "she", "his", "her") for t in sent):
            continue  # another person in the sentence could be the one the pronoun means
        m.type = "PERSON"

