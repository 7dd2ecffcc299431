"""Repairs to the tagger's entity mentions that the words of the mention and the text around it
show, before mentions are linked (:func:`repair_mentions`), and repairs that need the article's
people (:func:`repair_people`).

What they fix, in general terms:

* a mention cut at a connective ("AMA Council on Ethical and" / "Judicial Affairs"), or run on
  into one ("Thompson in", "Dell and") or into a symbol ("MacBook Pro for > 6 months");
* titles, credentials and kinship words that are no part of a name: a mention made only of
  titles ("Sheriff", "Msgr", "Rear Admiral"), a credential after a name ("Regina Benjamin, MD"),
  a title ending an agency's name ("CSPD Lt. Catherine Buckley"), a plural before first names
  ("Brothers Harvey and Jeremy Jones");
* an office named by its holder's title ("Harris County Sheriff's Office") is an organisation;
* a dateline's capitals ("TULSA, Okla. -") name a place; capitals elsewhere are an acronym or a
  heading ("UPDATE"), never a person; a person's name has no acronym in it ("EYP MCF");
* a street ("Vickers Drive", "Centennial Boulevard") is a place;
* with the article's people known: a verb a headline glued onto a name ("Hire Maurice Cheeks"),
  a family written in the plural ("the Poores") is no person,
  "James Poores" (a possessive without its apostrophe) is James Poore, a two-word name that
  ends in a surname of the story ("Casey Poore") or stands in a list of people ("Julie Jackson,
  Rebeika Powell and Kayetie Melchor") is a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import Mention

#: titles that stand before a person's name and are never a name on their own
PERSON_TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame rev reverend msgr monsignor fr father pastor bishop archbishop
cardinal rabbi imam deacon sister brother
president vice prime minister secretary senator sen rep representative governor gov mayor chancellor premier
general gen admiral adm rear colonel col major maj captain capt lieutenant lt sergeant sgt corporal cpl
private pvt commander cmdr marshal officer detective det deputy sheriff chief judge justice attorney
ambassador chairman chairwoman chairperson ceo director commissioner spokesman spokeswoman spokesperson
trooper patrolman superintendent supt inspector insp constable coroner prosecutor surgeon
councilman councilwoman councillor councilor assemblyman assemblywoman congressman congresswoman
vp svp evp cfo coo cto
""".split())
#: titles that open only a person's name ("General Motors", "Major League", "Prime Video" are not)
PERSON_ONLY_TITLES = frozenset({"professor", "prof", "dr", "mr", "mrs", "ms", "sen", "senator", "rep", "gov", "governor",
                                "mayor", "judge", "sheriff", "detective", "det", "sgt", "sergeant", "lt", "lieutenant",
                                "insp", "inspector", "rev", "reverend", "pastor", "rabbi", "imam"})
#: titles that a mention may end with when it names an agency before a person ("CSPD Lt.")
_TRAILING_TITLES = PERSON_TITLES - {"sister", "brother", "father", "general", "major", "private", "justice",
                                    "minister", "secretary", "chairman", "director", "prime", "rear"}
#: letters after a name that say a degree or rank, not a name or a place ("Jorge Alsip, MD")
CREDENTIALS = frozenset({"md", "phd", "qc", "kc", "rn", "dds", "esq", "mba", "cpa", "jd", "dvm", "lpn", "np"})
#: plural words for a group of relatives or people written before their first names
_GROUP_WORDS = frozenset({"brothers", "sisters", "siblings", "twins", "cousins", "spouses", "sons", "daughters",
                          "parents", "grandparents", "couple", "friends", "victims", "suspects", "defendants"})
#: words that end an office named after its holder ("Sheriff's Office")
_OFFICE_WORDS = r"(?:Office|Department|Dept\.?)"
#: last words that make a name a street or road
STREET_HEADS = frozenset({"street", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd",
                          "blvd.", "drive", "dr.", "lane", "highway", "hwy", "hwy.", "parkway", "pkwy", "pass",
                          "expressway", "freeway", "turnpike", "terrace"})
#: last words of newspapers' names, which a paper is called by alone ("the Enquirer")
_NEWSPAPER_WORDS = frozenset({"enquirer", "inquirer", "gazette", "herald", "tribune", "chronicle", "examiner",
                              "telegraph", "journal", "courier", "dispatch", "bulletin", "oregonian"})
_CONNECTIVE_END = re.compile(r"\s+(?:and|of|on|in|at|for|the|&|to|with)$")
_ROMAN = re.compile(r"[IVXLC]+")
_PLACE_LAST = {"county", "city", "state", "parish", "township", "province", "district"}
_ORG_WORDS = {"police", "office", "department", "court", "company", "county", "city", "school", "university",
              "hospital", "church", "center", "centre", "news", "bank", "group", "inc", "corp", "street", "road",
              "avenue", "apartments", "apartment", "terrace", "park", "hills", "club", "fund", "association"}


def _word(w: str) -> str:
    return re.sub(r"['’]s$", "", w).lower().rstrip(".").strip("\"'“”‘’")


def _all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _shouting_line(text: str, start: int, end: int) -> bool:
    """Whether the line the mention stands on is written in capitals (a headline or a ticker)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls:le if le >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


#: "TULSA - ", "SALEM, Ore. (KOIN) — ", "CHESAPEAKE, Va. -", "LONDON, Oct 26 (Reuters) -": a dateline's
#: place, then a dash or a bracket (after the day, in the agencies' style)
_DATELINE_AFTER = re.compile(r"(?:,\s*(?:[A-Z][a-z]{0,5}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z][a-z]+))?"
                             r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
                             r"\s*(?:[-–—]|\()")
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][\w/&. -]{0,30}\)\s*|[A-Z]{2,}[\w/ ]{0,20}\([\w/ ]+\)\s*)?$")


def is_dateline(text: str, start: int, end: int) -> bool:
    """A name in capitals at the head of a line, followed by a dash or a bracket ("TULSA - ")."""
    surface = text[start:end]
    # "EPD: Man in jail", "CPS - ...": an agency's initials head a line too; a place's name has a vowel
    if not re.search(r"[AEIOUY]", surface) or len(surface.replace(" ", "")) < 4:
        return False
    if not all(_all_caps(w) or not any(c.isalpha() for c in w) for w in surface.split()):
        return False
    return bool(_DATELINE_BEFORE.search(text, max(0, start - 40), start)) and bool(_DATELINE_AFTER.match(text, end))


def _join(a: "Mention", b: "Mention", text: str, typ: str) -> "Mention":
    from .entities import Mention

    return Mention(a.start, b.end, typ, text[a.start:b.end])


def repair_mentions(text: str, mentions: list["Mention"]) -> list["Mention"]:
    """The tagger's mentions with cut and run-on names mended and non-names dropped (see module doc)."""
    from .entities import Mention

    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    skip_until = -1
    i = 0
    while i < len(ordered):
        m = ordered[i]
        i += 1
        if m.start < skip_until:
            continue
        junk = re.search(r"\s+[<>|=+*#~^]", m.text)
        if junk and junk.start() > 0:  # "MacBook Pro for > 6 months": a name ends before a symbol
            m = Mention(m.start, m.start + junk.start(), m.type, m.text[:junk.start()], attrs=m.attrs)
        # "AMA Council on Ethical and" + "Judicial Affairs": one name cut at its connective
        cut = _CONNECTIVE_END.search(text, m.start, m.end)
        if cut and cut.end() == m.end:
            nxt = ordered[i] if i < len(ordered) else None
            # ... but "Dell and" + "Tyan" are two: a name cut at "and" had two words before it
            joins = cut.group(0).strip() in ("of", "for", "on") or len(m.text.split()) >= 4
            if nxt is not None and text[m.end:nxt.start] == " " and m.type == "ORG" and nxt.type in ("ORG", "PLACE") \
                    and joins:
                m = _join(m, nxt, text, "ORG")
                i += 1
            else:
                m = Mention(m.start, cut.start(), m.type, text[m.start:cut.start()])  # "Thompson in", "Dell and"
        # "Chase Bank on Centennial Boulevard": a place, then the street it is on
        on = re.search(r" (?:on|at) ((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.]*)$", m.text)
        if on and re.match(r"[ \t]+\d", text[m.end:m.end + 3]) and m.type != "PERSON":
            # "of Troy on Interstate 75": a town, then the numbered road (a mention of its own)
            road = re.match(r"[ \t]+\d+\b", text[m.end:m.end + 8])
            road_start = m.start + on.start(1)
            if road and (i >= len(ordered) or ordered[i].start >= m.end + road.end()):
                ordered.insert(i, Mention(road_start, m.end + road.end(), "PLACE", text[road_start:m.end + road.end()]))
            m = Mention(m.start, m.start + on.start(), m.type, text[m.start:m.start + on.start()], attrs=m.attrs)
            on = None
        if on and _word(on.group(1).split()[-1]) in STREET_HEADS:
            street_start = m.start + on.start(1)
            ordered.insert(i, Mention(street_start, m.end, "PLACE", text[street_start:m.end]))
            # what stands on a street is a business or a building, not a town
            m = Mention(m.start, m.start + on.start(), "ORG", text[m.start:m.start + on.start()])
        m = _repair_one(text, m)
        if m is None:
            continue
        # 'the area."Haverstock Hills has been': a sentence run on without a space hid the name's start
        glued = re.search(r"[a-z][.!?][\"”’']?([A-Z][a-z]+) $", text[max(0, m.start - 30):m.start])
        if glued and m.type in ("PERSON", "PLACE", "ORG") and (not out or out[-1].end <= m.start - len(glued.group(0))):
            start = m.start - len(glued.group(1)) - 1
            m = Mention(start, m.end, m.type, text[start:m.end])
        # "Harris County Sheriff's Office": the office of a title, an organisation
        if re.search(r"['’]s$", m.text):
            m = Mention(m.start, m.end - 2, m.type, text[m.start:m.end - 2])
        office = re.compile(rf"['’]s\s+{_OFFICE_WORDS}").match(text, m.end)
        words = m.text.split()
        if words and _word(words[-1]) in PERSON_TITLES:
            if office:
                m = Mention(m.start, office.end(), "ORG", text[m.start:office.end()])
                skip_until = office.end()
            elif re.match(r"['’]s\s+[a-z]", text[m.end:m.end + 5]):
                m.type = "ORG"  # "Marion County Sheriff's deputies"
            elif len(words) >= 2 and _word(words[-1]) in _TRAILING_TITLES:
                # "CSPD Lt. Catherine Buckley": an agency, then the title of the person after it
                end = m.start + m.text.rstrip().rfind(" ")
                m = Mention(m.start, end, "ORG" if m.type == "PERSON" else m.type, text[m.start:end].rstrip())
            if all(_word(w) in PERSON_TITLES for w in m.text.split()):
                continue  # "Sheriff", "Msgr", "Rear Admiral": a title alone names nobody
        # "Marion County Lt. Chris Baldridge": what stands before a title and a name is no person
        if m.type == "PERSON" and re.match(r"\s+([A-Z][a-z]{1,12})\.?\s+[A-Z]", text[m.end:m.end + 30]) \
                and _word(re.match(r"\s+([A-Z][a-z]{1,12})", text[m.end:]).group(1)) in _TRAILING_TITLES:
            m.type = "PLACE" if _word(m.text.split()[-1]) in _PLACE_LAST else "ORG"
        out.append(m)
    # a mention inside an office name just built ("Office Homicide Unit") gives way to it
    kept: list[Mention] = []
    for m in out:
        if kept and m.start < kept[-1].end and m.end <= kept[-1].end + 40 and kept[-1].type == "ORG" \
                and re.search(rf"{_OFFICE_WORDS}$", kept[-1].text):
            continue
        kept.append(m)
    return kept


#: words news writes in capitals that name nothing of the story
_COMMON_ACRONYMS = frozenset("""
dui dwi owi bac suv suvs atv gps atm atms cpr ptsd icu er dna gi gis faq pdf ok tv dvd pc lol omg rip
""".split())
#: what a person's name may be the start of: a facility named after them
_FACILITY_AFTER = re.compile(r"[ \t]+(?:International[ \t]+|Memorial[ \t]+|Regional[ \t]+|Medical[ \t]+)?"
                             r"(?P<head>Airport|Stadium|Arena|Bridge|Park|Field|Hospital|Center|Centre|"
                             r"(?:High|Elementary|Middle)[ \t]+School|School|University|College|Library|Museum)\b")
_FACILITY_END = re.compile(_FACILITY_AFTER.pattern + "$")
_PLACE_FACILITIES = {"airport", "stadium", "arena", "bridge", "park", "field"}
#: a quake's magnitude written as a code ("M7.5", "Mw 6.1", "ML4.6"): a measure, no name
_MAGNITUDE_CODE = re.compile(r"M[wLl]?\s?\d+(?:\.\d+)?")
#: a photo credit ("AP Photo/Charles Rex Arbogast", "AP Photo/Courtesy"): the agency's word, a slash,
#: then the photographer or the source
_PHOTO_CREDIT = re.compile(r"(?:.*\s)?Photo(?:s|graph)?\s?/\s?")
#: a dash between spaced words, which no name of this kind has inside it ("SAN ANTONIO - One of")
_SPACED_DASH = re.compile(r"\s[-–—]+\s")


def _dateline_glue(text: str, m: "Mention") -> "Mention | None":
    """"SAN ANTONIO - One of the hosts", "CHICAGO, IL - JUNE 20:": the tagger runs a dateline's
    capitals on across its dash into the first word of the story; the name is what stands before
    the dash (a state's two letters after the town name nothing of their own)."""
    from .entities import Mention

    dash = _SPACED_DASH.search(m.text)
    if not dash or not all(_all_caps(w) for w in m.text[:dash.start()].split()):
        return m
    left = m.text[:dash.start()].rstrip()
    letters = [c for c in left if c.isalpha()]
    if len(letters) <= 2:
        return None
    end = m.start + len(left)
    return Mention(m.start, end, "PLACE" if is_dateline(text, m.start, end) else m.type, left, attrs=m.attrs)


def _repair_one(text: str, m: "Mention") -> "Mention | None":
    from .entities import Mention

    words = m.text.split()
    if not words:
        return None
    if m.type == "PERSON" and sum(c.isalpha() for c in re.sub(r"['’]s?$", "", m.text)) <= 1:
        return None  # "Mr. G's": one letter is a nickname or a shop's sign, nobody's name to link
    if _MAGNITUDE_CODE.fullmatch(m.text.strip()):
        return None  # "determined M7.5 as the maximum magnitude": a measure
    if re.sub(r"['’]s?$", "", m.text.strip()).lower().replace(".", "") in _COMMON_ACRONYMS:
        return None  # "arrested on suspicion of DUI", "GI's": a word written in capitals, no name
    glued_age = re.search(r",\s*\d{1,3}$", m.text)
    if glued_age and m.type == "PERSON":
        m = Mention(m.start, m.start + glued_age.start(), m.type, m.text[:glued_age.start()])  # "Tory Carlson,18"
        words = m.text.split()
    if m.type == "PERSON":
        # "John F. Kennedy International Airport", tagged a person whole or up to "Kennedy": a place
        # named after a person, not the person
        within = _FACILITY_END.search(m.text)
        facility = within or _FACILITY_AFTER.match(text, m.end)
        if facility:
            end = m.end if within else facility.end()
            kind = "PLACE" if _word(facility.group("head")) in _PLACE_FACILITIES else "ORG"
            return Mention(m.start, end, kind, text[m.start:end], attrs=m.attrs)
    credit = _PHOTO_CREDIT.match(m.text)
    if credit:
        return None  # "(AP Photo/Charles Rex Arbogast)": page furniture, no name of the story
    if _SPACED_DASH.search(m.text):
        glued = _dateline_glue(text, m)
        if glued is not m:
            return glued
    # "Jorge Alsip, MD," / "Anthony Russell QC": a credential is no name and no place
    # ... but "Bethesda, Md." is a state: a credential is written with capitals inside ("MD", "PhD")
    if len(words) == 1 and _word(words[0]) in CREDENTIALS and any(c.isupper() for c in words[0][1:]) \
            and re.search(r"\w,\s*$", text[max(0, m.start - 3):m.start]):
        return None
    if m.type == "PERSON" and len(words) >= 3 and _word(words[-1]) in CREDENTIALS:
        end = m.start + m.text.rfind(" ")
        m = Mention(m.start, end, m.type, text[m.start:end])
        words = m.text.split()
    # "Brothers Harvey and Jeremy Jones": the plural is no first name
    if m.type == "PERSON" and len(words) >= 2 and words[0].lower() in _GROUP_WORDS:
        start = m.start + m.text.index(words[1], len(words[0]))
        m = Mention(start, m.end, m.type, text[start:m.end])
        words = m.text.split()
    if re.search(r"\b\d{1,2}:\d{2}\b", m.text):
        return None  # "07:37 a. m. UTC": a time of day, not a name
    if m.type == "PERSON" and len(words) == 1 and _word(words[0]) in _NEWSPAPER_WORDS:
        m.type = "ORG"  # "Enquirer reporters": a paper called by its last word
    if m.type == "PERSON" and all(re.fullmatch(r"[A-Z]\.", w) for w in words if w.lower() != "the"):
        m.type = "ORG"  # "U. N." (initials a tokeniser spaced out): a body, nobody's name
    if is_dateline(text, m.start, m.end):
        m.type = "PLACE"
        return m
    caps = [w for w in words if _all_caps(w) and not _ROMAN.fullmatch(w.rstrip("."))]
    if m.type == "PERSON" and caps and not _shouting_line(text, m.start, m.end):
        if len(caps) == len(words) and any(len(w) > 5 for w in words):
            return None  # "UPDATE": a heading in capitals
        if len(caps) == len(words) or any(len(w.strip(".")) >= 3 for w in caps):
            m.type = "ORG"  # "EYP MCF", "EYP Mission": a person's name has no acronym in it
    if m.type != "PLACE" and len(words) >= 2 and _word(words[-1]) in STREET_HEADS \
            and _word(words[-1]) != "terrace" and words[-1][:1].isupper():
        m.type = "PLACE"  # "Vickers Drive", "Centennial Boulevard"
    return m


def repair_people(text: str, mentions: list["Mention"]) -> None:
    """Re-type and trim mentions in place with the article's people known (see module doc)."""
    people = {m.text for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2}
    surnames = {p.split()[-1] for p in people}
    for m in mentions:
        words = m.text.split()
        # "James Poores sex life": a possessive without its apostrophe
        if m.type == "PERSON" and len(words) >= 2:
            for cut in (1, 2):
                if m.text.endswith("s"[:cut] if cut == 1 else "es") and m.text[:-cut] in people:
                    m.end -= cut
                    m.text = m.text[:-cut]
                    break
    people = {m.text for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2}
    surnames = {p.split()[-1] for p in people}
    _headline_verbs(text, mentions, people)
    # "Professor Varoufakis": a surname a person-only title stood before is a person's
    titled = {m.text for m in mentions if m.type == "PERSON" and len(m.text.split()) == 1 and m.role
              and _word(m.role.split()[-1]) in PERSON_ONLY_TITLES}
    for m in mentions:
        words = m.text.split()
        if len(words) == 1 and words[0] not in surnames and (
                (words[0].endswith("s") and words[0][:-1] in surnames)
                or (words[0].endswith("es") and words[0][:-2] in surnames)):
            m.type = "NORP"  # "the Poores": a family, not one of its people
            m.attrs["family"] = True
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.type not in ("ORG", "PLACE") or not 2 <= len(words) <= 3:
            continue
        if not all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", w) for w in words):
            continue
        if {w.lower() for w in words} & _ORG_WORDS or _word(words[-1]) in STREET_HEADS:
            continue
        if re.match(r"\s+(?:[A-Z]|&)", text[m.end:m.end + 3]) or re.search(r"\b(?:in|at|near|from)\s+$",
                                                                         text[max(0, m.start - 8):m.start]):
            continue
        # "Casey Poore" in an article of James Poore: one more of the family
        family = len(words) == 2 and words[-1] in surnames | titled and m.text not in people
        listed = any(o.type == "PERSON" and len(o.text.split()) >= 2 and (
            re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", text[o.end:m.start]) if o.end <= m.start
            else re.fullmatch(r",\s*(?:and\s+)?|\s+and\s+", text[m.end:o.start]))
            for o in mentions[max(0, i - 2):i + 3] if o is not m)
        if family or listed:
            m.type = "PERSON"  # "Julie Jackson, Rebeika Powell and Kayetie Melchor": a list of people
    # "the Haverstock Hills Apartments on Aldine Bender": what a place is on is a street
    for before, m in zip(mentions, mentions[1:]):
        if m.type == "PERSON" and before.type == "PLACE" and text[before.end:m.start] == " on " \
                and len(m.text.split()) >= 2:
            m.type = "PLACE"


def _headline_verbs(text: str, mentions: list["Mention"], people: set[str]) -> None:
    """"Philadelphia 76ers Fire Coach Jim O'Brien, Hire Maurice Cheeks": in a headline's capitals the
    tagger glues a verb onto a name; a person of three words or more whose name less its first word
    is a person of the article, on a line in title case, is that person."""
    from .entities import _headline_line

    for m in mentions:
        first, _, rest = m.text.partition(" ")
        if m.type == "PERSON" and len(m.text.split()) >= 3 and rest in people and first not in rest.split() \
                and _headline_line(text, m.start):
            m.start += len(first) + 1
            m.text = rest

