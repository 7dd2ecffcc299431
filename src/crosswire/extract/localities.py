"""Words that name, or do not name, a locality in US news copy: states and their abbreviations,
countries, datelines ("ROCKY MOUNT, N.C. -"), "City, State", local police forces ("Kokomo
police"), "shot in <Town>". Read by the single-article incident extractor and by place
corroboration, so both agree on what a town is."""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Span

US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC",
}
# AP-style and postal abbreviations written after a city ("Rocky Mount, N.C.")
STATE_ABBREVIATIONS = {
    "ala", "alaska", "ariz", "ark", "calif", "cal", "colo", "conn", "del", "fla", "ga", "hawaii", "idaho", "ill",
    "ind", "iowa", "kan", "kans", "ky", "la", "maine", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nebr", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "ohio", "okla", "ore", "pa", "penn", "r.i", "s.c",
    "s.d", "tenn", "texas", "utah", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
} | {code.lower() for code in US_STATES.values()}
NOT_CITIES = {"u.s", "us", "usa", "united states", "america", "u.s.a", "the united states", "county", "city",
              "state", "north", "south", "east", "west", "downtown", "earth"}

DATELINE_RE = re.compile(
    r"(?m)^(?P<city>[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){0,3})(?:,[ ]*(?P<state>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?))?"
    r"[ ]*(?:\([^)\n]{0,40}\)[ ]*)?(?:—|–|-{1,2}|:)")
STREET_WORDS = {"avenue", "ave", "street", "st", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane", "ln",
                "way", "highway", "hwy", "parkway", "pkwy", "court", "ct", "place", "terrace", "circle", "trail",
                "interstate", "route", "block", "apartments", "hospital", "school", "church", "center", "mall"}


#: a local force named after its town or county ("Kokomo Police Department", "Lubbock County Sheriff's Office")
_LOCAL_FORCE = re.compile(r"^(?P<place>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2}?)\s+(?:Police|Sheriff|PD\b)", re.I)
#: a name followed by its force: "Kokomo police", "Lubbock County Sheriff's Office"
FORCE_AFTER = re.compile(r"[ ]+(?:police|sheriff|PD\b)", re.I)
#: forces named after no place: "Metro police", "State Police", "Capitol Police", "Transit Police"
_NOT_FORCE_PLACES = {"metro", "metropolitan", "state", "capitol", "transit", "campus", "university", "tribal",
                     "military", "airport", "school", "park", "county", "city", "the", "local", "federal", "national",
                     "border", "railroad", "port", "housing", "highway", "royal", "secret", "city's", "county's"}
#: what comes before a hospital's town ("taken to Carle Hospital in Urbana", "Medical Center of
#: Plano", "a hospital, where he died, in Tulsa"): where the victims went, not the scene. The few
#: words between never name the incident ("a hospital after the shooting in Pine Bluff").
AT_HOSPITAL_BEFORE = re.compile(
    r"\b(?:hospital|medical\s+center|health\s+center|trauma\s+center|clinic)\b"
    r"(?:(?!\b(?:shooting|shot|killed|attack|incident|crash|stabbing|fire)\b)[^.;\n]){0,25}\b(?:in|at|of)\s+$", re.I)


def _force_name(doc: Doc, span: Span) -> str | None:
    """The name of the police force in ``span`` or right after it, town or not: "Kokomo" in
    "Kokomo Police Department" or in "Kokomo police arrested" (the model may call it a person),
    "Metro" in "Metro police". A place not followed by a force names none."""
    followed = FORCE_AFTER.match(doc.text, span.end)
    if span.attrs.get("type") == "PLACE" and not followed:
        return None
    force = _LOCAL_FORCE.match(doc.span_text(span))
    if force:
        return force.group("place")
    return doc.span_text(span) if followed else None


def local_force(doc: Doc, span: Span) -> str | None:
    """The town or county a police force named in ``span`` serves, if it is one."""
    name = _force_name(doc, span)
    if not name or not name[0].isupper() or name.split()[0].lower() in _NOT_FORCE_PLACES:
        return None
    return name


def names_no_force_place(doc: Doc, span: Span) -> bool:
    """"Metro police", "State Police": a force named after no town."""
    name = _force_name(doc, span)
    return name is not None and name.split()[0].lower() in _NOT_FORCE_PLACES


NEIGHBOURHOOD_AFTER = re.compile(r"^\s+(?:neighbou?rhood|community|section|area|district|side|subdivision)\b",
                                 re.IGNORECASE)

#: "the Yida refugee camp", "the Orlando nightclub", "the Aurora movie theater": a name before the
#: scene it places -- unlike "the Bronx", "the Bromley-Heath housing project", "the Dallas group" or "the
#: Cook County medical examiner", where the name is a part of a city, or whose it is
THING_AFTER = re.compile(r"^[ \t]+(?:[a-z]+[ \t]+)?(?:(?:refugee|displacement|army|military)[ \t]+)?(?:camp|nightclub|club|bar|"
                         r"school|church|mosque|synagogue|temple|mall|theat(?:er|re)|cinema|market|marketplace|"
                         r"restaurant|hotel|store|supermarket|village|airport|station|factory|plant|festival|concert|"
                         r"stadium|garrison|base|checkpoint)s?\b")

#: a region, no town: "Unity state", "South Kordofan, a state north of the border", "Blue Nile province"
REGION_AFTER = re.compile(r"^(?:[ \t]+|,[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?)(?:state|states|province|provinces|region|"
                          r"governorate|prefecture|territory)\b")
REGION_LAST_WORDS = {"state", "province", "region", "governorate", "prefecture", "territory"}

#: a place standing for its government, no scene: "Khartoum reported fresh clashes", "Khartoum labels",
#: "They (Khartoum) don't want", "the regime in Khartoum", "the Khartoum-based government"
_ACTS_AFTER = re.compile(r"^[ \t]+(?:(?:has|have|had|also|again|later|then|repeatedly)[ \t]+)?"
                         r"(?:said|says|reported|reports|submitted|submits|denied|denies|accused|accuses|claimed|claims|"
                         r"blamed|blames|labels|labell?ed|warned|warns|insisted|insists|rejected|rejects|responded|"
                         r"announced|complained|wants|refused|refuses|threatened|threatens|condemned|condemns|"
                         r"(?:does|did|do)n['’]t|(?:does|did|do)[ \t]+not)\b")
_GLOSS_BEFORE = re.compile(r"\b(?:they|them|these\s+people|those\s+people|we|us)[ \t]*\([ \t]*$", re.I)
_GOVERNMENT_BEFORE = re.compile(r"\b(?:government|regime|administration|rulers)\s+(?:in|of)\s+$", re.I)
_BASED_AFTER = re.compile(r"^[-\u2010\u2011]based\b")


def names_a_government(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` stands for its government rather than placing anything:
    it acts or speaks ("Khartoum reported", "Khartoum labels"), glosses who "they" are ("They
    (Khartoum) don't want"), or seats a government ("the regime in Khartoum", "the Khartoum-based
    government")."""
    after = text[end:end + 40]
    before = text[max(0, start - 30):start]
    if _GLOSS_BEFORE.search(before) and after.startswith(")"):
        return True
    return bool(_ACTS_AFTER.match(after) or _BASED_AFTER.match(after) or _GOVERNMENT_BEFORE.search(before))


CITY_STATE_RE = re.compile(
    r"\b(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}),[ ]+(?P<state>"
    + "|".join(sorted((re.escape(s.title()) for s in US_STATES), key=len, reverse=True))
    + r"|(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[ ]?[A-Z]\.))(?=[\s,;:)—–-])")
NOT_CITY_START = {"the", "a", "an", "in", "on", "at", "police", "officers", "he", "she", "they", "it", "but",
                   "and", "when", "after", "before", "said", "says", "monday", "tuesday", "wednesday", "thursday",
                   "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
                   "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr"}


#: "a shooting in Chattanooga Sunday", "killed near Sharon Hill": a capitalised name a shooting is
#: placed in, read whatever the tagger made of it (it calls some towns products or dates)
_SHOT_IN = re.compile(r"\b(?:shot|shooting|killed|slain|wounded|injured|gunfire|stabbed|murdered)\b"
                      r"(?:[ \t]+(?:and[ \t]+killed|to[ \t]+death|dead|early|late|overnight|on|at[ \t]+a|at[ \t]+an))*"
                      r"[ \t]+(?:in|near|outside)[ \t]+(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})\b(?!['’]s|[ \t]+[A-Z])")
_INSTITUTION_WORDS = {"hospital", "medical", "center", "school", "university", "college", "park", "mall", "church",
                      "apartments", "county", "parish", "township"}


def shot_in_names(text: str, person_words: set[str]) -> list[tuple[str, int, int]]:
    """Names written right after "shot in", "a shooting near": (name, start, end)."""
    out = []
    for m in _SHOT_IN.finditer(text):
        words = m.group("city").split()
        cut = next((i for i, w in enumerate(words) if w.lower() in NOT_CITY_START), len(words))
        words = words[:cut]  # "Chattanooga Sunday": the town ends where the day starts
        if not words:
            continue
        name = " ".join(words)
        words = name.lower().split()
        if is_state_or_country(name) or name in person_words or \
                any(w in STREET_WORDS or w in _INSTITUTION_WORDS for w in words):
            continue
        out.append((name, m.start("city"), m.start("city") + len(name)))
    return out


#: "Bartow gunman", "Gresham boy", "Saginaw kids", "Pomona restaurant", "Killeen 2-year-old": a
#: capitalised name written before whom or what it places
_NAME_BEFORE_NOUN = re.compile(
    r"\b(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})[ ]"
    r"(?:\d+-year-old\b|(?i:(?:teen(?:age)?[ ])?(?:m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|kids|children|"
    r"child|toddler|mother|father|mom|dad|family|residents?|shootings?|gunman|home|house|restaurant|bar|store|"
    r"apartments?|police)\b))")


def names_before_nouns(text: str, person_words: set[str]) -> list[tuple[str, int, int]]:
    """Names written right before a person or a thing they place ("Gresham boy"): (name, start,
    end). A leading word the text also writes in lower case opened a headline or a sentence
    ("Running Joliet Teen"), and is no part of the name."""
    lower = set(re.findall(r"\b[a-z][a-z'-]*\b", text))
    out = []
    for m in _NAME_BEFORE_NOUN.finditer(text):
        words = m.group("city").split()
        start = m.start("city")
        while words and (words[0].lower() in lower or words[0].lower() in NOT_CITY_START):
            start += len(words.pop(0)) + 1
        name = " ".join(words)
        if not words or is_state_or_country(name) or name in person_words or words[-1] in person_words or \
                words[0].lower() in _NOT_FORCE_PLACES or \
                any(w.lower() in STREET_WORDS or w.lower() in _INSTITUTION_WORDS for w in words):
            continue
        out.append((name, start, start + len(name)))
    return out


#: names of countries pycountry files under another one ("Russian Federation", "Türkiye")
_COUNTRY_COMMON_NAMES = {"russia", "britain", "great britain", "england", "scotland", "wales", "northern ireland",
                         "turkey", "palestine", "the netherlands", "holland", "burma", "ivory coast", "macedonia"}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import pycountry

    names = {name.lower() for country in pycountry.countries
             for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None))
             if name}
    return frozenset(names | _COUNTRY_COMMON_NAMES)


def is_country(name: str) -> bool:
    """A country's name ("Egypt", "United Kingdom", "the Netherlands")."""
    low = name.lower().strip(". ")
    return low.removeprefix("the ") in _countries()


def is_us_state(word: str) -> bool:
    """A US state's name or abbreviation ("Ohio", "Ind.", "Calif")."""
    low = word.lower().rstrip(".")
    return low in US_STATES or low in STATE_ABBREVIATIONS


def is_state_or_country(name: str, with_state: bool = False) -> bool:
    """A US state, a country or a word no town is named ("downtown") -- but a country's name written
    with a state after it is a town ("Lebanon, Pa.", "Peru, Ind.")."""
    low = name.lower().strip(". ")
    side, _, rest = low.partition(" ")
    if side in _SIDES and (rest in US_STATES or rest in _countries()):
        return True  # "Southern California", "upstate New York": a part of a state is no town either
    return low in US_STATES or low in NOT_CITIES or low.rstrip(".") in STATE_ABBREVIATIONS and len(low) <= 5 \
        or not with_state and low in _countries()


_SIDES = {"northern", "southern", "eastern", "western", "central", "upstate", "downstate", "north", "south", "east",
          "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
          "southwestern", "rural"}


STATE_AFTER = re.compile(
    r"^,?\s*(?P<state>" + "|".join(sorted((re.escape(s.title()) for s in US_STATES), key=len, reverse=True))
    + r"|[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]{2}\b)")


#: "... daughter - WBRC FOX6 News - Birmingham, AL": a headline's tail names the outlet and its home
_OUTLET_TAIL = re.compile(r"(?:\s[-|–—]\s|\s\|)[^\n]*?(?:\b(?:news|weather|sports|radio|tv)\b|\.com\b)", re.I)


def in_outlet_tail(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the first line's outlet part ("- Live5News.com | Charleston, SC"):
    the outlet's home town, not a place of the story."""
    line_end = text.find("\n")
    if not 0 <= offset < (line_end if line_end >= 0 else len(text)):
        return False
    line = text[:line_end if line_end >= 0 else len(text)]
    tail = _OUTLET_TAIL.search(line)
    return tail is not None and tail.start() < offset


#: small words a title-case headline leaves in lower case
_TITLE_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "after", "as"}


def in_title_case_line(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in a headline written In Title Case, where every word looks like a name."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text[start:end if end >= 0 else len(text)])
             if w.lower() not in _TITLE_SMALL]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
