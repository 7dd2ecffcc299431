"""Entities (people, organisations, places) with in-article canonical names, and sentences.

spaCy's small English model finds the mentions; rules then fix what it gets wrong often in
news text and link mentions within one article:

* cleaning: a leading "the", a trailing possessive ("Trump's"), titles inside the name
  ("President Donald Trump" -> "Donald Trump"), curly quotes and stray punctuation;
* linking: a surname or a Chinese-order family name ("Bessent", "Xi") takes the full name
  mentioned elsewhere in the article when exactly one full name fits; a role written before a
  name ("Treasury Secretary Scott Bessent") makes "the Treasury Secretary" a mention of him;
* typing: a mention linked to a person is a PERSON, whatever spaCy called it
  ("Trump" tagged ORG), and each canonical name gets the type most of its mentions have.

Without the model, a capitalised-word heuristic stands in (see :func:`heuristic_mentions`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..doc import Doc
from ..pipeline import stage
from .entity_cues import apply_cues, missed_bodies, missed_places, missed_relatives, pronoun_people
from .entity_repair import PERSON_ONLY_TITLES, PERSON_TITLES, repair_mentions, repair_people
from .nlp import has_model, names_a_person, parse

TYPE_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "NORP": "NORP"}

# Words that title a person when written before the name; stripped from the name itself.
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "chancellor", "premier", "king", "queen", "prince", "princess", "pope",
    "general", "gen", "admiral", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt",
    "officer", "detective", "det", "deputy", "sheriff", "chief", "judge", "justice", "attorney", "ambassador",
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
    "father", "sister", "brother", "chairman", "chairwoman", "chair", "ceo", "director", "commissioner",
    "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator", "trooper", "patrolman", "coach",
    "speaker", "leader", "dean", "superintendent", "councilman", "councilwoman", "councillor", "councilor",
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "delegate", "trade", "treasury",
    "foreign", "defence", "defense", "finance", "commerce", "state", "interior", "health", "chief",
    "executive", "u.s.", "us", "former", "acting", "first", "lady", "associate", "assistant", "special",
    # "Victim Melvin Edwards, 69,", "Kicker Ryan Succop": what the person is, capitalised at a sentence's start
    "victim", "suspect", "gunman", "shooter", "witness", "kicker", "punter", "quarterback", "linebacker",
    "cornerback", "receiver",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "prof", "mx"}
# Lower-case role words, any of which makes a capitalised phrase before a name a role.
ROLE_HEADS = {
    "president", "minister", "secretary", "senator", "representative", "governor", "mayor", "chancellor",
    "premier", "king", "queen", "pope", "general", "admiral", "ambassador", "judge", "justice", "sheriff",
    "chief", "chairman", "chairwoman", "chair", "ceo", "director", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "envoy", "negotiator", "speaker", "leader", "attorney", "superintendent",
    "councilman", "councilwoman", "congressman", "congresswoman", "coach", "officer", "detective", "captain",
}
_QUOTES = "\"'“”‘’«»„`"
_POSSESSIVE_RE = re.compile(r"(?:['’‘ʼ]s|['’ʼ])$")
# Abbreviations that name one country or body the world over; an article's "U.S." and "United
# States" are the same entity. (Only unambiguous, international forms belong here.)
STANDARD_NAMES = {
    "U.S.": "United States", "US": "United States", "U.S.A.": "United States", "USA": "United States",
    "the United States": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates", "EU": "European Union",
    "E.U.": "European Union", "UN": "United Nations", "U.N.": "United Nations", "NATO": "NATO",
    "DPRK": "North Korea", "PRC": "China", "ROK": "South Korea",
}
NOT_ENTITY_HEADS = {"year", "day", "eve", "festival", "week", "weekend"}
# time-zone abbreviations, which the tagger takes for organisations or people ("0737 GMT", "3:37 a.m. EDT")
TIME_ZONES = frozenset("""
UTC GMT BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT
JST KST HKT SGT PHT WIB WITA WIT ICT AEST AEDT ACST ACDT AWST NZST NZDT SAST WAT CAT EAT PKT
""".split())
# Heads that make a multi-word name an organisation whatever spaCy called it.
ORG_HEADS = {
    "cooperation", "organization", "organisation", "association", "council", "committee", "bank", "ministry",
    "department", "agency", "party", "union", "forum", "summit", "commission", "institute", "university",
    "college", "company", "corp", "corporation", "inc", "group", "fund", "news", "times", "post", "office",
    "administration", "authority", "board", "bureau", "court", "army", "navy", "police", "service", "network",
    "federation", "league", "club", "foundation", "school", "hospital", "church", "reserve", "senate", "congress",
    "parliament", "assembly", "house", "survey", "patrol", "guard",
    # media names ("France Info", "Democrat and Chronicle"): the tagger takes some for people
    "info", "online", "tv", "radio", "television", "herald", "tribune", "journal", "gazette", "chronicle",
    "magazine", "newspaper",
}
_LEADING_THE_RE = re.compile(r"^(?:the|The|THE)\s+")
_SPACE_RE = re.compile(r"\s+")
_CAP_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"


@dataclass
class Mention:
    start: int
    end: int
    type: str
    text: str
    role: str | None = None
    name: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


_TRAILING_RECORD_RE = re.compile(r"\s+\d+(?:[-\u2013]\d+)+$")


def clean_mention(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a mention span: quotes, "the", possessive "'s", trailing punctuation. None if nothing is left."""
    changed = True
    while changed and start < end:
        changed = False
        piece = text[start:end]
        stripped = piece.strip(_QUOTES + " \t\n,;:()[]{}-–—")
        if stripped != piece:
            offset = piece.find(stripped) if stripped else 0
            start, end = start + offset, start + offset + len(stripped)
            changed = True
            piece = text[start:end]
        m = _LEADING_THE_RE.match(piece)
        # "asked by The Gazette": a capital "The" mid-sentence before one word is part of the name
        if m and len(piece) > m.end() and not (piece.startswith("The ") and " " not in piece[m.end():]
                                                and _mid_sentence(text, start)):
            start += m.end()
            changed = True
            piece = text[start:end]
        m = _POSSESSIVE_RE.search(piece)
        if m and m.start() > 0:
            end = start + m.start()
            changed = True
        if piece.endswith(".") and not re.search(r"(?:\b[A-Z]\.|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St)\.)$", piece):
            end -= 1
            changed = True
        m = _TRAILING_RECORD_RE.search(text[start:end])
        if m and m.start() > 0:
            end = start + m.start()  # "Joe Louis 26-1": a name, then a record or a score
            changed = True
    if start >= end:
        return None
    if text[max(0, start - 4):start] == "The " and " " not in text[start:end] and _mid_sentence(text, start - 4):
        start -= 4  # the tagger left the capital "The" of "The Gazette", "The Hague" out
    return start, end


def _mid_sentence(text: str, start: int) -> bool:
    return start > 0 and not re.search(r"(?:^|[.!?:\n][\"”’'(]?\s*)$", text[max(0, start - 4):start])


def split_title(text: str, start: int, end: int) -> tuple[int, str | None]:
    """For a PERSON mention, move the start past leading title words; return (new start, title)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    i = 0
    while i < len(words) - 1 and words[i].group(0).lower().rstrip(".").strip(_QUOTES) in TITLE_WORDS:
        i += 1
    if i == 0:
        return start, None
    title = text[start:start + words[i - 1].end()]
    return start + words[i].start(), title


def role_before(text: str, start: int) -> str | None:
    """The capitalised role written just before a name: "US Treasury Secretary" in
    "US Treasury Secretary Scott Bessent"; None unless its last word is a role word."""
    left = text[max(0, start - 80):start]
    m = re.search(rf"((?:{_CAP_WORD}[ \t]+){{1,5}})$", left)
    if not m:
        return None
    words = m.group(1).split()
    # only a run of title-like words: stop at a word that is not one (e.g. a place name beginning the run)
    while words and words[-1].lower().rstrip(".") in TITLE_WORDS | ROLE_HEADS:
        break
    if not words or words[-1].lower().rstrip(".") not in ROLE_HEADS:
        return None
    return " ".join(words)


def _titled_name(text: str, start: int, end: int) -> bool:
    """Two or three capitalised words right after a title word ("chair Marcelo Claure")."""
    words = text[start:end].split()
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 30):start])
    return (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[-1].lower() not in ORG_HEADS
            and before is not None and before.group(1).lower() in TITLE_WORDS | ROLE_HEADS)


def _role_key(role: str) -> str:
    """A role without its country or "former": "US Treasury Secretary" -> "treasury secretary"."""
    words = [w for w in role.lower().replace(".", "").split() if w not in {"us", "u.s", "former", "acting", "the"}]
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words that are never taken as a short name on their own ("He" of "He Lifeng")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def heuristic_mentions(text: str) -> list[Mention]:
    """Capitalised-word runs as mentions, for when no NER model is installed.

    PERSON after a title or for two or three capitalised words; PLACE after in/at/from/to;
    ORG for acronyms. Rough by design; it keeps extraction working, not accurate.
    """
    mentions: list[Mention] = []
    for m in re.finditer(rf"\b{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,3}}", text):
        start, end = m.span()
        lead = _LEADING_THE_RE.match(m.group(0))
        if lead:
            if lead.end() >= len(m.group(0)):
                continue
            start += lead.end()
        sentence_start = start == 0 or re.search(r"[.!?\n][\"”’']?\s*$", text[max(0, start - 4):start])
        words = text[start:end].split()
        if sentence_start and len(words) == 1 and not lead:
            continue
        if words[0].lower().rstrip(".") in TITLE_WORDS and len(words) > 1:
            new_start, _ = split_title(text, start, end)
            mentions.append(Mention(new_start, end, "PERSON", text[new_start:end]))
            continue
        before = text[max(0, start - 6):start].lower()
        if re.search(r"\b(?:in|at|from|to|near)\s+$", before):
            typ = "PLACE"
        elif len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
            typ = "ORG"
        elif 2 <= len(words) <= 3:
            typ = "PERSON"
        else:
            continue
        mentions.append(Mention(start, end, typ, text[start:end]))
    return mentions


def model_mentions(doc: Doc) -> list[Mention]:
    parsed = parse(doc)
    mentions = []
    for ent in parsed.ents:
        typ = TYPE_MAP.get(ent.label_)
        if typ is None:
            continue
        if typ == "PERSON" and not names_a_person(ent):
            typ = "NORP"
        elif typ == "PERSON" and len(ent) == 1 and ent.root.dep_ != "compound" and \
                re.search(r"\b[Tt]he\s+$", doc.text[max(0, ent.start_char - 5):ent.start_char]):
            typ = "ORG"  # "the Gazette said": a person is not written with "the"
        words = [t for t in ent if not t.is_punct]
        if typ == "PERSON" and words and not any(t.pos_ == "PROPN" for t in words) and len(words) >= 2 \
                and re.search(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?$", doc.text[max(0, ent.start_char - 16):ent.start_char]):
            typ = "ORG"  # "a nearby Rite Aid": common words written as a name, with an article, name a business
        # "Broader", "Soybeans", "Popular": a capitalised common word opening a sentence or in a
        # headline, not a name; mid-sentence a capital is the writer's ("the agency Interpol")
        if typ != "NORP" and words and not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in words) \
                and not _writers_capital(doc.text, typ, words):
            continue
        if len(words) == 1 and words[0].text.upper().rstrip(".") in TIME_ZONES:
            continue
        last = words[-1].text.lower() if words else ""
        if last in NOT_ENTITY_HEADS:
            continue  # "Lunar New Year", "Christmas Day": holidays, which the times stage dates
        if typ in {"PLACE", "ORG"} and len(words) >= 3 and last in _DAY_WORDS and words[-2].text[:1].isupper():
            words = words[:-1]  # "at Shawnee Park Thanksgiving afternoon": a place, then the day
            ent, last = ent[:words[-1].i - ent.start + 1], words[-1].text.lower()
        if typ in {"PLACE", "PERSON"} and len(words) >= 2 and last in ORG_HEADS:
            typ = "ORG"
        start, end = ent.start_char, ent.end_char
        if "\n" in ent.text:
            # a name never runs on across lines ("Woodburn\nSALEM", "Patrol Division\n\nThe West
            # University Place Police Department"): its longest line is the name
            line = max(re.finditer(r"[^\n]+", ent.text), key=lambda m: len(m.group(0).strip()))
            start = ent.start_char + line.start() + (len(line.group(0)) - len(line.group(0).lstrip()))
            end = start + len(line.group(0).strip())
        mentions.append(Mention(start, end, typ, doc.text[start:end], attrs={"label": ent.label_}))
    pronoun_people(parsed, mentions)
    return _number_teams(doc.text, mentions) + missed_places(parsed) + missed_bodies(parsed)


#: days a place's name runs on into ("Shawnee Park Thanksgiving afternoon", "Main Street Sunday")
_DAY_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday thanksgiving christmas easter
halloween""".split())
#: a team named by a number and a plural ("the 76ers", "San Francisco 49ers"), with its town; not a
#: decade ("1980s") nor an ordinal ("21st")
_TEAM_NUMBER = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z]+[ \t]+){0,2})(\d{1,3}[a-z]{2,}s)(?![\w-])")


def _number_teams(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each team named by a number an organisation: the tagger counts "76ers"
    (CARDINAL) and leaves the town before it ("Philadelphia 76ers") a place of its own."""
    for m in _TEAM_NUMBER.finditer(text):
        town = m.group(1)
        if any(w.lower() in _common_words() or w.lower() in TITLE_WORDS for w in town.split()):
            town = ""  # "Coach 76ers" is no town
        start = m.start(2) - len(town)
        mentions = [x for x in mentions if not (x.start < m.end() and start < x.end)]
        mentions.append(Mention(start, m.end(), "ORG", text[start:m.end()], attrs={"label": "ORG"}))
    return mentions


def _writers_capital(text: str, typ: str, words: list[Any]) -> bool:
    """Whether a name the tagger reads as common words is capitalised by the writer, not by its
    place: one noun ("Interpol") or a few capitalised words ("Rite Aid") mid-sentence, outside a
    headline, named an organisation or a place."""
    first = words[0]
    several = 2 <= len(words) <= 3 and all(w.text[:1].isupper() and w.text[1:].islower() for w in words)
    return (typ in {"ORG", "PLACE"} and (len(words) == 1 and first.pos_ == "NOUN" or several)
            and not first.is_sent_start
            and not re.search(r"(?:^|[.!?:\n][\"”’']?\s*)$", text[max(0, first.idx - 4):first.idx])
            and not _headline_line(text, first.idx))


def _headline_line(text: str, offset: int) -> bool:
    """Whether the line at ``offset`` is written in title case (a headline, a heading)."""
    ls = text.rfind("\n", 0, offset) + 1
    le = text.find("\n", offset)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[ls:le if le >= 0 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _plausible(mention_text: str, typ: str) -> bool:
    letters = [c for c in mention_text if c.isalpha()]
    if not letters or not mention_text[0].isupper() and not mention_text[0].isdigit():
        return False
    if typ == "PERSON":
        words = mention_text.split()
        # "RELATED ARTICLES": shouted page furniture, not a name
        if len(words) > 1 and all(w.isupper() and len(w) > 3 for w in words):
            return False
        if len(words) > 5:
            return False
    return True


def _tokens(name: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", name) if w]


#: what stands before a name only when it is a place ("shot in Twin Falls", "the town of Twin Falls")
STRONG_LOCATIVE = re.compile(r"\b(?:in|near|outside|across|throughout|(?:town|city|village|port|county|state|"
                             r"province|region|district) of|(?:taken|rushed|transported|flown|airlifted|driven|moved|"
                             r"brought|sent|went|fled|travell?ed|returned|headed|evacuated)\s+(?:to|from|into))\s+$")


#: a preposition of place right before a name ("in Banda Aceh", "in the provincial capital Banda Aceh")
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|off|outside|across|throughout)\s+(?:the\s+)?(?:(?:provincial|regional|state|national|nearby|"
    r"coastal|capital|city|town|village|port|district|northern|southern|eastern|western|central)\s+){0,3}$")


def _places_taken_for_people(text: str, mentions: list[Mention]) -> None:
    """"in Banda Aceh", tagged a person, where the article's places include "Aceh": a town whose
    name ends in a place's name and that is written where places are is a place (else the
    province's every "Aceh" would be linked to the "person" as a surname)."""
    place_words = {m.text.lower() for m in mentions if m.type == "PLACE" and len(_tokens(m.text)) == 1}
    if not place_words:
        return
    located = {m.text for m in mentions if m.type == "PERSON" and len(_tokens(m.text)) >= 2
               and _tokens(m.text)[-1].lower() in place_words
               and LOCATIVE_BEFORE.search(text, max(0, m.start - 50), m.start)}
    for m in mentions:
        if m.type == "PERSON" and m.text in located:
            m.type = "PLACE"


def link_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Clean, re-type and give each mention its canonical in-article name."""
    cleaned: list[Mention] = []
    for m in mentions:
        span = clean_mention(text, m.start, m.end)
        if span is None:
            continue
        start, end = span
        role = None
        first_word = text[start:end].split()[0].lower().rstrip(".") if text[start:end].split() else ""
        if first_word in HONORIFICS | PERSON_ONLY_TITLES and len(text[start:end].split()) > 1:
            m.type = "PERSON"  # "Ms Lindqvar", "Professor Varoufakis", whatever the model called it
        elif m.type == "ORG" and _titled_name(text, start, end):
            m.type = "PERSON"  # "executive chair Marcelo Claure": a title is held by a person
        if m.type == "PERSON":
            start, title = split_title(text, start, end)
            role = title
        surface = _SPACE_RE.sub(" ", text[start:end]).strip()
        if not surface or not _plausible(surface, m.type):
            continue
        if m.type == "PERSON" and role is None:
            role = role_before(text, start)
        cleaned.append(Mention(start, end, m.type, surface, role=role,
                               attrs={"cue": m.attrs["cue"]} if "cue" in m.attrs else {}))

    _places_taken_for_people(text, cleaned)
    repair_people(text, cleaned)

    # full names: person mentions of two or more words
    full_names: dict[str, str] = {}
    for m in cleaned:
        words = _tokens(m.text)
        if m.type == "PERSON" and len(words) >= 2:
            full_names.setdefault(m.text, m.text)
    # a short form -> the full names it could stand for (last word, or first word for family-first names)
    short_to_full: dict[str, set[str]] = defaultdict(set)
    surnames: set[str] = set()
    for full in full_names:
        words = _tokens(full)
        short_to_full[words[-1]].add(full)
        short_to_full[words[0]].add(full)
        surnames.add(words[-1])
    shared_surnames: set[str] = set()
    missed_relatives(text, cleaned, surnames, full_names, short_to_full)
    # a longer full name absorbs its shorter variant ("Donald Trump" vs "Donald J. Trump")
    for m in cleaned:
        words = _tokens(m.text)
        if m.type == "PLACE" and len(words) == 1 and m.text not in surnames:
            pass  # "Oakwood" beside a fund the model took for "Oakwood Strong": a first word alone is no person
        elif len(words) == 1 and m.text in short_to_full and m.text.lower() not in _common_words():
            candidates = short_to_full[m.text]
            if len(candidates) == 1:
                m.name = next(iter(candidates))
                m.type = "PERSON"
            elif all(_tokens(c)[-1] == m.text for c in candidates):
                m.type = "PERSON"  # "Dooley" in a story of six Dooleys: one of them, not known which
                shared_surnames.add(m.text)
        elif m.type == "PERSON" and len(words) >= 2:
            m.name = m.text
        if m.name is None:
            # "U. S." (initials spaced out by a tokeniser) is "U.S."
            closed = re.sub(r"\b([A-Z])\.\s+(?=[A-Z]\.)", r"\1.", m.text)
            m.name = STANDARD_NAMES.get(closed, m.text) if m.type != "PERSON" else m.text
    # "TULSA" (a dateline, a headline) and "Tulsa": one name written two ways, of the one type
    written = {m.text.lower(): m for m in cleaned if not m.text.isupper() and m.text[:1].isupper()}
    for m in cleaned:
        other = written.get(m.text.lower()) if m.text.isupper() and len(m.text) >= 4 else None
        if other is not None:
            m.name, m.type = other.name or other.text, other.type

    # mentions the model missed: the short form of a linked name, anywhere else in the text
    unique_short = {short: next(iter(fulls)) for short, fulls in short_to_full.items()
                    if len(fulls) == 1 and len(short) > 1 and short[0].isupper()
                    and short.lower() not in TITLE_WORDS and short.lower() not in _common_words()}
    if unique_short:
        taken_spans = sorted((m.start, m.end) for m in cleaned)
        names = sorted(set(unique_short) | set(full_names), key=len, reverse=True)
        finder = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        for fm in finder.finditer(text):
            start, end = fm.span()
            if any(start < e and s < end for s, e in taken_spans):
                continue
            surface = fm.group(1)
            # "James Poore, Cedric Poore": a surname after another first name is another person
            first = re.search(r"(?<![\w.])([A-Z][\w'’-]*)[ \t]+$", text[max(0, start - 30):start])
            if surface not in full_names and first and first.group(1).lower() not in TITLE_WORDS | PERSON_TITLES:
                continue
            name = full_names.get(surface) or unique_short.get(surface)
            cleaned.append(Mention(start, end, "PERSON", surface, name=name, attrs={"via": "name"}))

    # roles: "Treasury Secretary" -> the one person written with that role
    role_people: dict[str, set[str]] = defaultdict(set)
    for m in cleaned:
        # "former Surgeon General David Satcher" is not "the surgeon general" of the story
        role_at = text.rfind(m.role, max(0, m.start - 120), m.start) if m.role else -1
        before = text[max(0, role_at - 14):role_at] if role_at > 0 else ""
        if m.type == "PERSON" and m.role and not re.search(r"\b(?:former|ex|late|then)\b", m.role, re.I) \
                and not re.search(r"\b(?:former|ex-|late|then)\s*$", before, re.I):
            key = _role_key(m.role)
            if key:
                role_people[key].add(m.name or m.text)
    roles = {key: next(iter(people)) for key, people in role_people.items()
             if len(people) == 1 and len(key.split()) >= 2}
    if roles:
        pattern = re.compile(
            r"\b[Tt]he\s+((?:U\.?S\.?\s+|former\s+)?(" + "|".join(
                re.escape(k).replace(r"\ ", r"\s+") for k in sorted(roles, key=len, reverse=True)) + r"))\b",
            re.IGNORECASE,
        )
        for rm in pattern.finditer(text):
            start, end = rm.start(1), rm.end(1)
            inside = [m for m in cleaned if start < m.end and m.start < end]
            # "the Treasury Secretary": spaCy's ORG "Treasury" inside the role gives way to the person
            if any(m.type == "PERSON" or m.start < start or m.end > end for m in inside):
                continue
            for m in inside:
                cleaned.remove(m)
            # "the Treasury Secretary Scott Bessent": the name right after is the mention
            if re.match(r"\s+[A-Z]", text[end:end + 2]):
                continue
            name = roles[_role_key(rm.group(2))]
            cleaned.append(Mention(start, end, "PERSON", text[start:end], name=name,
                                   attrs={"via": "role"}))

    # one type per canonical name: PERSON wins when the name is a linked person, else the majority
    by_name: dict[str, Counter[str]] = defaultdict(Counter)
    placed: Counter[str] = Counter()
    for m in cleaned:
        by_name[m.name or m.text][m.type] += 1
        # "in Tolvenmouth", "near Harwick": a place, whatever the model guessed for this mention
        if re.search(r"\b(?:in|near|at|from|outside|across|into|to|(?:town|city|village|port|county|state|"
                     r"province|region|district) of)\s+$", text[max(0, m.start - 16):m.start]):
            by_name[m.name or m.text]["PLACE"] += 1
            # "a pass to T. Y. Hilton", "fired upon by DeSai", "a call from John": people are
            # written after "to", "at" and "from" too; only "in", "near" ... say a place
            if not text.startswith("'s", m.end) and not text.startswith("\u2019s", m.end) and \
                    STRONG_LOCATIVE.search(text[max(0, m.start - 16):m.start]):
                placed[m.name or m.text] += 1
    for m in cleaned:
        name = m.name or m.text
        counts = by_name[name]
        if name in full_names and placed[name] >= 2 and m.attrs.get("via") != "role":
            m.type = "PLACE"  # "shot in Twin Falls", "a club in Twin Falls": nobody is in a person twice
        elif name in full_names:
            m.type = "PERSON"
        elif name in shared_surnames:
            m.type = "PERSON"
        elif len(counts) > 1 and m.attrs.get("via") != "role":
            others = Counter({t: n for t, n in counts.items() if t != "PERSON"})
            if " " not in name and others:
                # a lone word that is a PERSON only sometimes, and never with a first name: the other reading
                m.type = others.most_common(1)[0][0]
            else:
                m.type = counts.most_common(1)[0][0]
    # a type the words around a name settled (a team's record, a distance from a place): the
    # name's every mention takes it, whatever the votes above said
    cued = {m.name or m.text: m.attrs["cue"] for m in cleaned if "cue" in m.attrs}
    for m in cleaned:
        if cued.get(m.name or m.text) and m.attrs.get("via") != "role":
            m.type = cued[m.name or m.text]
    cleaned.sort(key=lambda m: (m.start, -m.end))
    # drop exact duplicates, mentions nested in an earlier one, and title words cut out of a role
    role_spans = [(m.start - len(m.role) - 2, m.start) for m in cleaned if m.role]
    result: list[Mention] = []
    last_end = -1
    for m in cleaned:
        if m.start < last_end:
            continue
        if (m.type != "PERSON" and " " not in m.text and m.text.lower() in TITLE_WORDS
                and any(s <= m.start and m.end <= e for s, e in role_spans)):
            continue
        result.append(m)
        last_end = m.end
    return result


def find_entities(doc: Doc) -> list[Mention]:
    """The linked entity mentions of ``doc`` (model if installed, else the heuristic)."""
    if not doc.text:
        return []
    raw = model_mentions(doc) if has_model() else heuristic_mentions(doc.text)
    repaired = repair_mentions(doc.text, _without_joined_people(raw))
    for m in repaired:  # the tagger's label, for a mention a repair rebuilt
        if "label" not in m.attrs:
            label = next((r.attrs["label"] for r in raw if "label" in r.attrs and r.start <= m.start < r.end), None)
            if label:
                m.attrs["label"] = label
    return link_mentions(doc.text, apply_cues(doc.text, repaired, _common_words()))


def _without_joined_people(mentions: list[Mention]) -> list[Mention]:
    """Drop a name the tagger glued across "and" onto a person's surname: "Bessent and Trade" (from
    "led by Bessent and Trade Representative Jamieson Greer") is no organisation. Real names with
    "and" ("Procter and Gamble", "Trinidad and Tobago") do not open with a person's surname."""
    surnames = {_tokens(m.text)[-1] for m in mentions if m.type == "PERSON" and len(_tokens(m.text)) >= 2}
    out = []
    for m in mentions:
        words = _tokens(m.text)
        if m.type != "PERSON" and len(words) >= 3 and words[1] == "and" and words[0] in surnames:
            continue
        out.append(m)
    return out


def parsed_sentences(doc: Doc) -> Iterable[tuple[int, int]]:
    """spaCy's sentences, trimmed: what the ``sentence`` spans are made of (readers use
    :func:`crosswire.sentences.sentence_bounds`)."""
    parsed = parse(doc)
    for sent in parsed.sents:
        start, end = sent.start_char, sent.end_char
        piece = doc.text[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        start += len(piece) - len(piece.lstrip())
        yield start, start + len(stripped)


@stage("entities", "19", requires=("text",), assigns=("entity", "sentence"))
def entities_stage(doc: Doc) -> Doc:
    """Add ``sentence`` spans and ``entity`` spans (type, canonical ``name``, ``role``)."""
    doc.drop_spans("entity", "sentence")
    for start, end in parsed_sentences(doc):
        doc.add_span("sentence", start, end)
    for m in find_entities(doc):
        attrs: dict[str, Any] = {"type": m.type, "name": m.name or m.text}
        if m.role:
            attrs["role"] = m.role
        attrs.update(m.attrs)
        doc.add_span("entity", m.start, m.end, **attrs)
    return doc
