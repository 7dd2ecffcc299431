"""Quantities: counts, percentages, money and measures, as ``quantity`` spans.

Rules, not a model: a number (digits or words) with an optional qualifier ("more than"),
currency ("$", "US$"), scale ("billion", "bn") and unit ("%", "per cent", "-month"), and the
noun it counts or measures ("tariff", "people", "killed"). Years, calendar dates and times of
day are left to the times stage. Each span's ``normalized`` is ``"<value> <unit>"``
(``"100 %"``, ``"1200000000 USD"``), so two outlets' figures compare as strings.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from ..doc import Doc
from ..pipeline import stage
from ..values import format_number
from .numbers import NUMBER, parse_number, scale_value, vague_multiple

# Canonical qualifier for each way of writing it.
QUALIFIERS = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "close to": "about",
    "nearly": "nearly", "almost": "nearly", "just under": "nearly",
    "more than": "more than", "over": "more than", "above": "more than", "upwards of": "more than",
    "just over": "more than", "well over": "more than", "in excess of": "more than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to",
    "exactly": "exactly", "precisely": "exactly",
}
_QUALIFIER = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
                    "¥": "JPY", "c$": "CAD", "a$": "AUD", "hk$": "HKD", "rmb": "CNY", "₹": "INR", "rs": "INR"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
                  "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupees": "INR", "won": "KRW",
                  "ringgit": "MYR", "pesos": "MXN", "francs": "CHF", "roubles": "RUB", "rubles": "RUB"}
PERCENT_WORDS = ("%", "percent", "per cent", "per-cent", "pct")
MEASURE_UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "decade", "century": "century",
    "mile": "mile", "kilometre": "km", "kilometer": "km", "km": "km", "metre": "m", "meter": "m",
    "foot": "foot", "feet": "foot", "inch": "inch", "acre": "acre", "hectare": "hectare", "yard": "yard",
    "yd": "yard", "yds": "yard", "ft": "foot",
    "tonne": "tonne", "ton": "ton", "kilogram": "kg", "kg": "kg", "pound": "lb", "lb": "lb", "gram": "g",
    "barrel": "barrel", "litre": "litre", "liter": "litre", "gallon": "gallon",
    "bushel": "bushel", "megawatt": "MW", "mw": "MW", "gigawatt": "GW", "gw": "GW",
    "percentage point": "percentage point", "basis point": "basis point", "bps": "basis point",
    "square foot": "sq ft", "square feet": "sq ft", "square metre": "m²", "square meter": "m²",
    "square mile": "sq mi", "square kilometre": "km²", "square kilometer": "km²",
}
_CURRENCY_PREFIX = r"(?:US\$|HK\$|C\$|A\$|\$|€|£|¥|₹|USD\s?|EUR\s?|GBP\s?|RMB\s?|Rs\.?\s?)"
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|mln|tn|trn|[kmb])"
#: speeds, however written ("120 mph", "120 miles per hour", "120 miles an hour", "90 kph"): one
#: unit each, so outlets that word a speed differently state the same figure
RATE_UNITS = {"mph": "mph", "mile per hour": "mph", "mile an hour": "mph", "mile a hour": "mph",
              "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "km per hour": "km/h", "kilometre per hour": "km/h",
              "kilometer per hour": "km/h", "kilometre an hour": "km/h", "kilometer an hour": "km/h",
              "knot": "knot"}
_RATE = (r"(?:miles?|kilomet(?:re|er)s?|km)(?:[\s-]+|-)(?:per|an|a)[\s-]+hour|mph|kph|kmh|km/h|knots?")
_UNIT_WORDS = sorted(
    [_RATE]
    + [re.escape(w).replace(r"\ ", r"\s+") for w in PERCENT_WORDS if w != "%"]
    + [re.escape(w).replace(r"\ ", r"\s+") + r"(?:e?s)?" for w in MEASURE_UNITS if not w.endswith("feet")]
    + ["feet", r"square\s+feet"]
    + [re.escape(w).replace(r"\ ", r"\s+") for w in CURRENCY_WORDS],
    key=len, reverse=True,
)
_UNIT = rf"(?:%|(?:{'|'.join(_UNIT_WORDS)})\b)"
# The compound "six-month", "five-day", "12-year-old", "100-metre".
_HYPHEN_UNIT = r"(?:square[-\u2010\u2011](?:foot|metre|meter|mile|kilometre|kilometer)|second|minute|hour|day|week|month|year|decade|mile|kilometre|kilometer|km|metre|meter|foot|inch|yard|yd|acre|tonne|ton|storey|story|point|member|judge|nation|game|match|seat|play)"

QUANTITY_RE = re.compile(
    rf"(?:(?<![\w$€£¥.,/:#-])|(?<=magnitude-))"
    rf"(?:(?P<qual>{_QUALIFIER})\s+)?"
    rf"(?P<cur>{_CURRENCY_PREFIX})?"
    rf"(?P<num>{NUMBER})(?![\d])(?!,\d)(?!\.\d)"
    rf"(?:"
    rf"[-\u2010\u2011](?P<hunit>{_HYPHEN_UNIT})(?P<old>[-\u2010\u2011 ]old)?"
    rf"|(?:\s*(?P<scale>{_SCALE})\b)?(?:\s*(?P<unit>{_UNIT}))?"
    # an age written apart: "11 year-old", "11 years old"
    rf"(?:(?:(?<=year)|(?<=years))(?P<uold>[-\u2010\u2011 ]old)\b)?"
    rf")"
    rf"(?![\w$€£¥]|[-/:]\d|\.\d)",
    re.IGNORECASE,
)

MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_AFTER_MONTH_RE = re.compile(rf"\b{MONTHS}\s*$")
_BEFORE_MONTH_RE = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}\b")
_TIME_OF_DAY_RE = re.compile(r"^\s*(?:[ap]\.?m\b\.?|o'clock|GMT|UTC|[AP]M\b|hrs?\b|ET\b|EST\b|EDT\b|PST\b|BST\b)", re.IGNORECASE)
_PAGE_ID_RE = re.compile(r"(?:\bNo\.?|#|\bNumber|\bpage|\bp\.|\broute|\bflight|\bInterstate|\bHighway|\bHwy\.?|\bLoop|\bI-|\bRoom|\bSuite|\bblock|\bcode|\barticle)\s*$", re.IGNORECASE)
#: a plural noun next ("5m customers"), not a word that merely ends in "s" ("200m across", "50m as")
_PLURAL_AFTER = re.compile(r"\s+(?!(?:across|towards|as|is|was|this|his|its|has|us|always|afterwards|downwards|"
                           r"upwards|sideways|besides|less|plus)\b)[a-z]+s\b")
_HYPHEN_CURRENCY = re.compile(r"[-\u2010\u2011](euro|dollar|yuan|yen|rupee|peso|rouble|ruble|franc)s?\b", re.I)
#: a capitalised word that makes the number after it a name ("Precinct 5", "Ward 3", "Gate 12"), not a count
_NUMBERED_NAME_RE = re.compile(r"\b(?:Precinct|District|Ward|Zone|Sector|Division|Region|Station|Gate|Terminal|"
                               r"Platform|Exit|Pier|Unit|Beat|Area|Level|Lot|Building|Bay|Channel|Chapter|Section|"
                               r"Phase|Stage|Block|Battalion|Company|Squad|Engine|Ladder|Truck|Post|Local|Lane|"
                               r"Track|Runway|Court|Hangar|Dock|Berth|Box|Precincts)\s*$")

_ADDRESS_AFTER_RE = re.compile(
    r"^\s+(?:block\b|(?i:freeway|highway|expressway|parkway|turnpike|tollway|bypass)\b|[NSEW]\.?\s+\w+\s+(?:St|Ave|Rd|Dr|Blvd)\b|\w+\s+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|"
    r"Boulevard|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy)\b\.?)")

PEOPLE_NOUNS = {
    "people", "person", "persons", "victim", "man", "men", "woman", "women", "child", "children", "kid",
    "teen", "teenager", "student", "officer", "adult", "other", "civilian", "soldier", "resident", "worker",
    "passenger", "bystander", "boy", "girl", "individual", "suspect", "fatality", "death", "casualty",
    "dead", "killed", "injured", "wounded", "hurt", "shot", "died", "migrant", "refugee", "protester",
    "employee", "patient", "inmate", "prisoner", "hostage", "member", "youth", "juvenile", "infant",
    "baby", "toddler", "player", "fan", "journalist", "police", "firefighter", "troop", "male", "female",
}
CASUALTY_WORDS = {"killed", "dead", "died", "injured", "wounded", "hurt", "shot", "slain", "murdered",
                  "hospitalized", "hospitalised", "missing", "arrested", "detained", "displaced", "evacuated"}
_STOP = {
    "of", "on", "in", "at", "for", "to", "and", "or", "that", "which", "who", "whom", "was", "were", "is", "are",
    "be", "been", "being", "has", "have", "had", "said", "says", "the", "a", "an", "from", "with", "by", "as",
    "than", "this", "these", "those", "their", "its", "his", "her", "our", "it", "they", "he", "she", "we",
    "would", "will", "could", "can", "may", "might", "should", "after", "before", "since", "until", "when",
    "while", "per", "each", "into", "over", "under", "about", "against", "between", "during", "ago", "more",
    "less", "but", "if", "so", "not", "no", "just", "also", "only", "all", "both", "there", "here", "then",
}
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")


def singular(word: str) -> str:
    """A rough singular, enough to compare "tariffs" with "tariff"."""
    w = word.lower()
    if w in {"people", "police", "news", "series", "species", "analysis", "crisis", "status", "us", "gas",
             "dead", "killed", "injured", "wounded", "hurt", "shot", "died"} or len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w in {"men", "women", "children", "feet"}:
        return {"men": "man", "women": "woman", "children": "child", "feet": "foot"}[w]
    if w in {"male", "males", "female", "females"}:
        return "woman" if w.startswith("f") else "man"  # a police release's "one female" is "one woman"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def counted_noun(text: str, end: int, limit: int = 80) -> str | None:
    """The head noun right after a number ending at ``end``: what it counts or measures.

    "100 percent tariffs on ..." -> "tariff"; "two killed" -> "killed";
    "90 percent of global rare earth supply" -> "supply"; "four people were shot" -> "people".
    """
    tail = text[end:end + limit]
    pos = 0
    words: list[str] = []
    skipped_of = False
    while True:
        m = re.match(r"[ \t\u00a0]*(?:\n(?!\s*\n)[ \t]*)?", tail[pos:])
        pos += m.end() if m else 0
        m = _WORD_RE.match(tail, pos)
        if not m:
            break
        word = m.group(0).rstrip("’'")
        low = word.lower()
        if not words:
            if low == "of" and not skipped_of:
                skipped_of = True
                pos = m.end()
                continue
            if skipped_of and low in {"the", "their", "its", "his", "her", "all", "our", "those", "these"}:
                pos = m.end()
                continue
            if low in CASUALTY_WORDS:
                return low
            after_aux = re.match(r"\s*(?:(?:were|was|are|is|have|has|had|been|also|later)\s+){1,3}(\w+)",
                                 tail[pos:])
            if after_aux and after_aux.group(1).lower() in CASUALTY_WORDS:
                return after_aux.group(1).lower()
        if low in _STOP or (words and low in CASUALTY_WORDS):
            break
        words.append(word)
        pos = m.end()
        if len(words) >= 4:
            break
        if pos < len(tail) and tail[pos] not in " \t\u00a0\n":
            break
    if not words:
        return None
    return singular(words[-1])


def counted_noun_parsed(doc: Doc, end: int) -> str | None | bool:
    """Like :func:`counted_noun`, from the parse: the noun phrase right after the number.

    Returns False when the parse has no token there (caller falls back to the word rules).
    """
    from .nlp import token_at

    tok = token_at(doc, end)
    if tok is None or tok.idx < end or tok.idx - end > 3 or "\n\n" in doc.text[end:tok.idx]:
        return False
    parsed = tok.doc
    i = tok.i
    if tok.lower_ == "of":
        i += 1
        while i < len(parsed) and parsed[i].pos_ in {"DET", "PRON"} or (i < len(parsed) and parsed[i].tag_ == "PRP$"):
            i += 1
    if i >= len(parsed):
        return None
    # "12 were injured", "three have been killed"
    j = i
    while j < len(parsed) and j - i < 3 and parsed[j].pos_ in {"AUX", "ADV"}:
        j += 1
    if j < len(parsed) and parsed[j].lower_ in CASUALTY_WORDS:
        return parsed[j].lower_
    head = None
    while i < len(parsed) and parsed[i].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or (
            i < len(parsed) and (parsed[i].text in {"-", "‑"} or (parsed[i].tag_ == "POS" and head is not None))):
        # "one of Egypt's largest providers": past the possessive, the phrase goes on to its head
        if head is not None and parsed[i].ent_type_ in {"DATE", "TIME"}:
            break  # "scored 23 points Friday": the day the points were scored, not what is counted
        if parsed[i].pos_ in {"NOUN", "PROPN"}:
            head = parsed[i]
        i += 1
    if head is None:
        return None
    return singular(head.text)


_PREDICATE_RE = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|got)\s+"
    r"(?:(?:also|later|reportedly|critically|seriously|fatally|all)\s+)?(?P<verb>\w+)", re.IGNORECASE)


def _predicate(text: str, end: int, noun: str | None) -> str | None:
    """The casualty verb a counted noun takes ("people were killed" -> "killed"), if any."""
    if noun in CASUALTY_WORDS:
        return noun
    m = _PREDICATE_RE.match(text, end)
    if m and m.group("verb").lower() in CASUALTY_WORDS:
        return m.group("verb").lower()
    return None


def _unit_of(match: re.Match[str], noun: str | None) -> tuple[str, float]:
    """The unit string and the multiplier implied by the unit (never a scale)."""
    cur = (match.group("cur") or "").strip().lower().rstrip(".")
    unit = (match.group("unit") or "").strip().lower()
    unit = " ".join(unit.split())
    if match.group("hunit"):
        hunit = re.sub(r"[-\u2010\u2011]", " ", match.group("hunit").lower())
        if match.group("old"):
            return "years old", 1.0
        return MEASURE_UNITS.get(hunit, hunit), 1.0
    if match.group("uold"):
        return "years old", 1.0
    if cur:
        return CURRENCY_SYMBOLS.get(cur, cur.upper()), 1.0
    if unit:
        if unit in PERCENT_WORDS or unit.replace(" ", "") in {"percent", "percent", "per-cent"}:
            return "%", 1.0
        for word, code in CURRENCY_WORDS.items():
            if unit == word:
                return code, 1.0
        rate = re.sub(r"[\s-]+", " ", unit).replace("miles", "mile").replace("res ", "re ").replace("ers ", "er ")
        if rate in RATE_UNITS or singular(rate) in RATE_UNITS:
            return RATE_UNITS.get(rate) or RATE_UNITS[singular(rate)], 1.0
        base = singular(unit)
        if base in MEASURE_UNITS:
            return MEASURE_UNITS[base], 1.0
        if unit in MEASURE_UNITS:
            return MEASURE_UNITS[unit], 1.0
        return base, 1.0
    if noun and (noun in PEOPLE_NOUNS or noun in CASUALTY_WORDS):
        return "people", 1.0
    return (noun or ""), 1.0


def _looks_like_date_or_time(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    if _TIME_OF_DAY_RE.match(text[end:end + 16]) and not (match.group("unit") or match.group("cur")):
        return True  # "about 7.40 p.m."
    if match.group("cur") or match.group("unit") or match.group("hunit") or match.group("qual"):
        return False
    num = match.group("num")
    before = text[max(0, start - 16):start]
    after = text[end:end + 16]
    if num.isdigit():
        value = int(num)
        if len(num) == 4 and 1000 <= value <= 2199:
            return True  # a year
        if _AFTER_MONTH_RE.search(before) and value <= 31:
            return True  # "November 1"
        if _BEFORE_MONTH_RE.match(after) and value <= 31:
            return True  # "1 November"
        if _TIME_OF_DAY_RE.match(after):
            return True  # "6 p.m."
        if _PAGE_ID_RE.search(before) or _ADDRESS_AFTER_RE.match(after) or _NUMBERED_NAME_RE.search(before):
            return True  # "No. 5", "Interstate 95", "4800 block of", "2516 E 21st St", "Precinct 5"
    return False


#: a capitalised name written right before a bare number ("BlackBerry 10", "BlackBerry® 10",
#: "Windows 8", "iPhone 5", "Boeing 747"): the number is part of the name (a model, a version), not
#: a count; a possessive ("Chicago's 2 million") is no name of that kind
_NAME_BEFORE_NUMBER = re.compile(r"(?<![\w'’.-])(?P<word>(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&-]*)[®™©\ufffd]?[ \u00a0]$")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _number_in_name(text: str, start: int, match: re.Match[str], doc: Doc | None, tagged: bool) -> bool:
    """Whether the bare number at ``start`` is the end of a name ("the BlackBerry 10 platform").

    Only digits with no unit, currency or qualifier, after a capitalised word that is a proper
    noun to the parse (without one: in the middle of a sentence, "Only 10 came"), and not in a
    headline, where every word has a capital ("Gunman Kills 3 At Office").
    """
    if match.group("cur") or match.group("unit") or match.group("hunit") or match.group("qual") \
            or not match.group("num")[:1].isdigit():
        return False
    before = _NAME_BEFORE_NUMBER.search(text, max(0, start - 40), start)
    if not before:
        return False
    word = before.group("word")
    if word.lower() in _STOP or word.lower() in _WEEKDAYS or _AFTER_MONTH_RE.search(word):
        return False
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[ls:le if le >= 0 else len(text)]) if len(w) > 3]
    if len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
        return False  # a headline in title case: every word has a capital
    if not tagged and re.search(r"(?:^|[.!?:;\n][\"”’')]?[ \t]*|[\n][ \t]*)$",
                                text[max(0, before.start() - 4):before.start()]):
        return False  # a sentence's first word, which the parse alone tells from a name
    if tagged and doc is not None:
        from .nlp import token_at

        tok = token_at(doc, before.start("word"))
        if tok is None or tok.pos_ != "PROPN":
            return False
    return True


#: "mother of two", "a father of 12": the number counts the children
_FAMILY_OF = re.compile(r"\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)s?\s+of\s+$",
                        re.IGNORECASE)


#: a number joined by a hyphen to the word for what it counts ("73-yard", "13-play"), not to a
#: chain ("three-and-out", "2-year-old") or a fraction ("two-thirds")
_HYPHEN_WORD = re.compile(r"[-\u2010\u2011]([A-Za-z]{3,})\b(?![-\u2010\u2011])")
_NOT_HYPHEN_UNITS = frozenset("and odd plus fold ish something way thirds third quarter quarters half halves "
                              "fifth fifths tenths".split())


#: a running count named before its figure: "the homicide total to 104", "the death toll rose to 12"
_RUNNING_TOTAL_BEFORE = re.compile(r"\b([a-z]{4,})\s+(?:total|toll|count|tally)\s+(?:(?:rose|climbed|rises|climbs|"
                                   r"stands|stood|is|was|now)\s+)?(?:to|of|at|reached)\s+$")
#: a place's population: "home to 120,000 people", "a population of 2 million", "a town of 5,000"
_POPULATION_BEFORE = re.compile(r"\b(?:home\s+to|(?:a|its|the)\s+population\s+of|(?:a|the)\s+(?:city|town|"
                                r"island|village|country|nation|region|state|province|district)\s+of)\s+$", re.I)


def iter_quantities(text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield ``(start, end, attrs)`` for every quantity in ``text``.

    When ``doc`` carries a real spaCy parse, word numbers that the tagger does not read as
    numbers ("no one", "one of us" stays) are dropped.
    """
    tagged = False
    if doc is not None:
        from .nlp import is_parsed, token_at

        tagged = is_parsed(doc)
    for match in QUANTITY_RE.finditer(text):
        start, end = match.span()
        num_text = match.group("num")
        if not num_text:
            continue
        if _looks_like_date_or_time(text, start, end, match):
            continue
        value = parse_number(num_text)
        if value is None:
            continue
        if _number_in_name(text, start, match, doc, tagged):
            continue  # "the BlackBerry 10 platform": a version in a product's name, no count
        is_word = not num_text[0].isdigit() and num_text[0] != "."
        if is_word and tagged and doc is not None:
            tok = token_at(doc, match.start("num"))
            if tok is not None and tok.tag_ not in {"CD", "DT", "JJ"} and tok.lower_ not in {"dozen", "couple"}:
                continue
            if tok is not None and tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {
                    "no", "any", "every", "some", "the", "that", "this", "which", "each", "last", "only"}:
                continue
        if is_word and not tagged and num_text.lower() == "one" and not (match.group("unit") or match.group("hunit")):
            prev = text[max(0, start - 8):start].lower().split()
            if prev and prev[-1] in {"no", "any", "every", "some", "the", "that", "this", "which", "each", "last"}:
                continue
        scale_text = match.group("scale")
        # "fell about 200m down a gully": an "m" glued to a bare figure, with no currency and no unit
        # after it, is metres -- not before a plural noun ("5m customers": millions, spelt short)
        metres = bool(scale_text) and scale_text == "m" and match.start("scale") == match.end("num") \
            and not match.group("cur") and not match.group("unit") and not _PLURAL_AFTER.match(text, match.end("scale"))
        if scale_text:
            mult = scale_value(scale_text)
            # a bare "m"/"b"/"k" after a number is a scale only with a currency ("$5m", "11m euros"),
            # else an abbreviation
            unit_word = " ".join((match.group("unit") or "").lower().split())
            if scale_text.lower() in {"m", "b", "k"} and not match.group("cur") and unit_word not in CURRENCY_WORDS:
                end = match.end("scale") if metres else len(text[:match.start("scale")].rstrip())
                scale_text = None
                mult = 1.0
            value *= mult or 1.0
        qual_text = match.group("qual")
        qualifier = QUALIFIERS.get(" ".join(qual_text.lower().split())) if qual_text else None
        vague = vague_multiple(text, start, num_text)
        if vague:  # "several dozen" is two dozen or more, not twelve
            start -= len(vague.group(0))
            value, qualifier = 24.0, qualifier or "at least"
        if match.group("unit") is None and not scale_text and not match.group("hunit") and not metres:
            # keep the span tight: trailing spaces that the optional groups may have eaten
            end = match.start("num") + len(num_text)
        noun = counted_noun_parsed(doc, end) if tagged and doc is not None else False
        if noun is False:
            noun = counted_noun(text, end)
        family = _FAMILY_OF.search(text, max(0, start - 40), start)
        if family and not match.group("unit"):
            # "a mother of two died": her children, not two dead
            noun = "child"
        unit, _ = ("m", 1.0) if metres else _unit_of(match, noun)
        money = _HYPHEN_CURRENCY.match(text, end) if not (match.group("unit") or match.group("cur")) else None
        if money:
            # "a two million-euro heist", "a $5 billion-dollar deal": the currency joined on by a hyphen
            unit, end = CURRENCY_WORDS[money.group(1).lower()], money.end()
            noun = counted_noun(text, end)
        hyphened = None if money else _HYPHEN_WORD.match(text, end)
        if hyphened and not match.group("unit") and hyphened.group(1).lower() not in _NOT_HYPHEN_UNITS:
            # "a 73-yard drive", "a 13-play drive": the word joined to the number is its unit (the
            # noun after it is what is measured)
            unit = singular(hyphened.group(1).lower())
        if (not unit or unit in (noun, "magnitude")) and _magnitude(text, start, end, value):
            unit, noun = "magnitude", None  # "a 5.9 magnitude earthquake", "6.1-magnitude quake": one measure
        if family and noun == "child":
            unit = "children"  # a family's size: never a toll of people
        running = _RUNNING_TOTAL_BEFORE.search(text, max(0, start - 60), start) if not unit else None
        if running and running.group(1).lower() not in {"death", "casualty", "injury", "victim", "body"}:
            # "raise Louisville's homicide total to 104": a running count of homicides
            unit = noun = singular(running.group(1).lower())
        if unit in ("people", "") and _POPULATION_BEFORE.search(text, max(0, start - 40), start):
            # "Qeshm island, home to 120,000 people": how many live there, one figure of the place
            unit, noun = "residents", None
        if not unit and not noun and value == int(value) and 0 < value < 120 and _told_age(text, start, end):
            unit = "years old"  # "at the age of 91", "She was 91.", "Williams, 91, passed away"
        predicate = _predicate(text, end, noun) if not family else None
        value_str = format_number(value)
        attrs: dict[str, Any] = {
            "value": value,
            "unit": unit,
            "qualifier": qualifier,
            "normalized": f"{value_str} {unit}".strip(),
            "noun": noun,
        }
        if predicate:
            attrs["predicate"] = predicate  # "two people were killed": what happened to them
        yield start, end, attrs


#: an age told without "years old": "at the age of 91", "aged 91", "died Thursday at 91" ...
_AGE_BEFORE = re.compile(r"(?:\bat\s+the\s+age\s+of|\baged|\b(?:died|dies|passed\s+away)\b[^.;\n]{0,40}?\bat)\s+$",
                         re.IGNORECASE)
#: ... "She was 91." (the clause ends on the figure) and "Williams, 91, passed away"
_AGE_WAS = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][a-z]+)\s+(?:was|is)\s+$")
_AGE_APPOSITION = re.compile(r"\b[A-Z][a-z]+,[ \t]+$")


def _told_age(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60):start]
    if _AGE_BEFORE.search(before):
        return True
    if _AGE_WAS.search(before) and re.match(r"\s*(?:[.;]|$)", text[end:end + 2]):
        return True
    return bool(_AGE_APPOSITION.search(before)) and re.match(r",[ \t]+(?:[a-z]|and\b)", text[end:end + 6]) is not None


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:[-\u2010\u2011]|\s+(?:of\s+|at\s+|was\s+|is\s+)?)$", re.I)
_MAGNITUDE_AFTER = re.compile(r"(?:[-\u2010\u2011\s]magnitude\b|\s+on\s+the\s+Richter\b)", re.I)


def _magnitude(text: str, start: int, end: int, value: float) -> bool:
    """"magnitude" when the number is a quake's ("a 5.9-magnitude quake", "magnitude 6.1", "a
    magnitude of 5.9", "6.1 on the Richter scale"): outlets that disagree on it disagree on one
    measure, however each words the quake."""
    return 0 < value < 10 and bool(_MAGNITUDE_BEFORE.search(text, max(0, start - 16), start)
                                   or _MAGNITUDE_AFTER.match(text, end))


@stage("quantities", "21", requires=("text",), assigns=("quantity",))
def quantities_stage(doc: Doc) -> Doc:
    """Add a ``quantity`` span for every number the text states (see module docstring)."""
    doc.drop_spans("quantity")
    for start, end, attrs in iter_quantities(doc.text, doc):
        doc.add_span("quantity", start, end, **attrs)
    return doc
