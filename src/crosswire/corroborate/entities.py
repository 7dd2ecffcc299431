"""Entities across a story's articles: one name per person/org/place, with aliases and sources.

Articles name people differently ("Xi", "Xi Jinping", "President Xi Jinping"); the extract
stage links names inside one article. Here the story-level step links across articles: a
short name joins the one longer name of the same type whose words contain it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz.distance import Levenshtein

from ..doc import Doc
from ..extract.entity_repair import PERSON_TITLES
from ..extract.localities import is_country
from .entity_names import cross_type_names, first_name_variants, org_key

PLACE_TYPES = {"PLACE", "GPE", "LOC", "LOCATION", "FAC"}
#: shortest word where a one-letter difference is read as a typo, not another name
_SLIP_MIN_WORD = 5


#: last words that make a name an organisation or a place, not a person
_ORG_HEADS = {"center", "centre", "clinic", "hospital", "university", "college", "school", "institute", "court",
              "department", "agency", "bank", "company", "inc", "corp", "corporation", "party", "council",
              "committee", "ministry", "foundation", "association", "church", "airport", "group", "bureau",
              "commission", "office", "service", "services", "administration", "museum", "library"}
_PLACE_HEADS = {"street", "avenue", "road", "boulevard", "county", "river", "island", "mountain", "park", "bridge",
                "square", "lake", "valley", "city", "province", "state"}


#: what stands around a name that only a place has ("in Bellaire", "Suka Makmur village",
#: "Deep Creek, Va.") ...
_PLACE_BEFORE = re.compile(r"\b(?:in|near|nearby)\s+$")
_PLACE_AFTER = re.compile(r"^(?:\s+(?:village|district|province|county|parish|region|township|town|city|"
                          r"neighbou?rhood|suburb|section|community|island|regency)\b|,\s+(?:[A-Z][a-z]{1,3}\.|"
                          r"Ala|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[A-Z]\.|"
                          r"Okla|Ore|Pa|Tenn|Tex|Va|Wash|Wis|Wyo)\b)")
#: ... a town in its country ("Abu Talat in Egypt and", "Marseilles (France)"), the country checked by name
_COUNTRY_AFTER = re.compile(r"^(?:[ \t]+in[ \t]+|[ \t]*\([ \t]*)(?P<country>[A-Z][A-Za-z .'-]{2,40}?)"
                            r"(?:[ \t]*\)|[ \t]*[,.;]|[ \t]+and\b|[ \t]*$)")
#: ... a name a kind of place stands before ("the northern city of Thessaloniki", "the town of
#: Leedey", "Greece's second city, Thessaloniki")
_PLACE_KIND_BEFORE = re.compile(r"\b(?:city|town|village|hamlet|port|capital|suburb|borough|township|province|"
                                r"region|county|island|district)[ \t]+of[ \t]+$|\b(?:city|town|capital|village),[ \t]+$",
                                re.I)
#: ... an address's town ("7050 Old State Road, Holly Hill", "of Disciple Way, Moncks Corner") ...
_ADDRESS_BEFORE = re.compile(r"\b(?:Road|Rd\.|Street|St\.|Avenue|Ave\.|Way|Drive|Dr\.|Lane|Ln\.|Boulevard|Blvd\.|"
                             r"Highway|Hwy\.|Circle|Pike|Parkway|Pkwy\.)[ \t]*,[ \t]*$")
#: ... a name set off as a kind of place ("Holly Hill, a community about 60 miles northwest")
_PLACE_APPOSITION = re.compile(r"^,[ \t]+(?:an?|the)[ \t]+(?:(?:small|tiny|rural|quiet|little|farming|coastal|"
                               r"mountain|suburban|nearby|seaside|unincorporated)[ \t]+)?(?:community|town|city|"
                               r"village|suburb|township|borough|hamlet)(?![\w-])")  # not "a city-run initiative"
#: ... a town whose people are meant ("a Moncks Corner man", "Holly Hill residents"); a people's name
#: ("a Muslim woman", the tagger's NORP) is left alone by the caller
_PEOPLE_AFTER = re.compile(r"^[ \t]+(?:residents?|natives?)\b")
_PERSON_OF_AFTER = re.compile(r"^[ \t]+(?:man|woman|teen|teenager|boy|girl|couple)\b")
_ARTICLE_BEFORE = re.compile(r"\ban?[ \t]+$", re.I)
#: a firm's people ("chief technology officer of Qualys", "founder of Skirmos", "an analyst at
#: Gartner"): an organisation -- not "president of France" or "mayor of Boston", offices of places
_ORG_ROLE_BEFORE = re.compile(r"\b(?:founder|co-?founder|CEO|chief[ \t]+\w+[ \t]+officer|chairman|chairwoman|"
                              r"analyst|researcher|engineer|employee)[ \t]+(?:of|at)[ \t]+$", re.I)
_SPEAKS_AFTER = re.compile(r"^[ \t]+(?:said|says|told|added|wrote|noted|explained|recalled|stated)\b")
#: ... a name that says something on its own channel ("Cybersmart posted on its website", "Seacom
#: said in its statement"): a body, not a person
_OWN_CHANNEL_AFTER = re.compile(r"^[ \t]+(?:posted|said|announced|wrote|stated|confirmed|explained)[ \t]+"
                                r"(?:on|in)[ \t]+its\b")
#: ... a number to call after a name ("asked to call Crime Stoppers at 615-742-7463"): a line or an office
_CALL_BEFORE = re.compile(r"\b(?:call|contact|calling|contacting|text)[ \t]+$", re.I)
_PHONE_AFTER = re.compile(r"^[ \t]+at[ \t]+(?:1[-. ])?\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}\b")
#: a team's win-loss record after its name ("the Seattle Seahawks (7-9)"): a club, not a person
_RECORD_AFTER = re.compile(r"^[ \t]+\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)")
#: ... and only a person ("official Fauzi", "spokeswoman Jane Doe", "Fauzi, 45,")
_PERSON_BEFORE = re.compile(r"\b(?:official|spokesm[ae]n|spokeswom[ae]n|spokesperson|Mr\.|Mrs\.|Ms\.|Dr\.|Sgt\.|"
                            r"Lt\.|Capt\.|Det\.|Officer|Deputy|Prosecutor|Judge|Sheriff|resident|victim)\s+$", re.I)
_PERSON_AFTER = re.compile(r"^,\s+\d{1,3}(?:,|\.(?!\d))")
#: ... a title written as one ("Professor Varoufakis", "Prime Minister Papandreou") or a person's
#: trade in lower case ("economist Yanis Varoufakis", "actor Peter Capaldi")
_TITLE_BEFORE = re.compile(r"\b(?P<title>[A-Z][a-z]+)\.?[ \t]+$")
_TRADE_BEFORE = re.compile(r"\b(?:economist|professor|analyst|lawyer|attorney|coach|actor|actress|singer|author|"
                           r"writer|scientist|researcher|reporter|witness|neighbou?r|teacher|pastor|doctor)[ \t]+$")


#: the share of a name's mentions that must stand where only a place can for it to be one
PLACED_SHARE = 0.3


def _context(text: str, start: int, end: int, etype: str | None = None) -> str | None:
    """"PLACE", "PERSON" or "ORG" when the words around a mention (of the tagger's ``etype``) say
    which it is ("FIRM": an organisation whose people are named, even where the tagger saw a
    place), else None."""
    before, after = text[max(0, start - 40):start], text[end:end + 60]
    title = _TITLE_BEFORE.search(before)
    if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after) or _TRADE_BEFORE.search(before) or (
            title and title.group("title").lower() in PERSON_TITLES and text[start:end][:1].isupper()):
        return "PERSON"
    if _ORG_ROLE_BEFORE.search(before):
        return "FIRM"
    if _RECORD_AFTER.match(after):
        return "ORG"  # a team's record -- but "in Seattle (7-9)" is also the city the team plays in
    if _OWN_CHANNEL_AFTER.match(after):
        return "ORG"  # "Cybersmart posted on its website": a person's would be "his" or "her"
    if _CALL_BEFORE.search(before) and _PHONE_AFTER.match(after):
        return "ORG"  # "call Crime Stoppers at 615-742-7463": a tip line (a detective has a title)
    if etype != "NORP" and (_PEOPLE_AFTER.match(after) or _PERSON_OF_AFTER.match(after)
                            and _ARTICLE_BEFORE.search(before)):
        return "PLACE"
    if _PLACE_AFTER.match(after) or _PLACE_APPOSITION.match(after):
        return "PLACE"
    if _PLACE_KIND_BEFORE.search(before):
        return "PLACE"
    country = _COUNTRY_AFTER.match(after)
    if country and etype != "ORG" and is_country(country.group("country")):
        return "PLACE"
    if _ADDRESS_BEFORE.search(before) and not _SPEAKS_AFTER.match(after):
        return "PLACE"  # ... but "on Elm Street, Dale Carter said": a street, then who said it
    # "in" takes places and few people; "in the Senate" is an organisation (no article here); and
    # "in NFL history" puts the noun after the name in the place, not the name
    if _PLACE_BEFORE.search(before) and not (before.rstrip().endswith("in") and _MODIFIES_NOUN.match(after)):
        return "PLACE"
    return None


#: a lower-case word right after a name that is no function word: the name modifies it ("NFL history")
_MODIFIES_NOUN = re.compile(r"^[ \t]+(?!(?:and|or|on|in|at|to|for|of|with|by|from|after|before|since|until|as|"
                            r"that|which|who|where|when|while|is|was|are|were|has|had|have|will|would|said|says|"
                            r"but|than|then|last|next|this|earlier|later|early|late|today|tonight|yesterday|"
                            r"itself|alone|too|also|near|into|over|under)\b)(?![a-z]+ly\b)[a-z][a-z-]*\b(?!['’])")


#: a town's name with one of these is a place in the town ("Millom Pier", "Newton Street"), not the town
_PLACE_PARTS = _PLACE_HEADS | {"pier", "bay", "beach", "harbor", "harbour", "port", "airport", "station", "district",
                               "township", "lane", "drive", "highway", "court", "creek", "hill", "heights", "mall",
                               "plaza", "center", "centre", "high", "school", "hwy", "blvd", "rd", "st", "ave",
                               "boulevard", "parkway", "pkwy", "pass", "terrace", "trail", "expressway", "freeway"}


#: words that make another country or region of a name ("South Sudan", "North Korea", "New Mexico")
_OTHER_LAND = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "upper",
               "lower", "greater", "central", "northeast", "northwest", "southeast", "southwest"}


#: last words of a place that is a building or a group of them, named for where it stands
_FACILITY_HEADS = {"apartments", "apartment", "complex", "mall", "plaza", "hotel", "motel", "towers", "homes",
                   "estates", "condominiums", "condos"}


#: a North American broadcaster's call sign ("KOIN", "WAVY-TV", "KXAN")
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")


def _unshouted(name: str, etype: str) -> str:
    """A place only a dateline names, in capitals ("VELLHAVEN", "NEW ORLEANS"), as a reader writes
    it; short ones may be abbreviations ("UAE") and stay as they are."""
    words = name.replace("-", " ").replace(".", " ").replace("'", " ").split()
    if etype == "PLACE" and name.isupper() and len("".join(words)) >= 5 and all(w.isalpha() for w in words):
        return name.title()
    return name


def entity_type(raw: str | None) -> str:
    t = (raw or "").upper()
    return "PLACE" if t in PLACE_TYPES else (t or "MISC")


def full_person_names(doc: Doc, start: int = 0, end: int | None = None) -> set[str]:
    """The people named by two words or more in ``doc.text[start:end]``, lower-cased."""
    end = len(doc.text) if end is None else end
    return {" ".join(doc.span_text(s).lower().split()) for s in doc.spans_of("entity")
            if start <= s.start < end and entity_type(s.attrs.get("type")) == "PERSON"
            and len(doc.span_text(s).split()) >= 2}


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower().strip(".,'\u2019") for w in _plain(name).replace("\u2011", "-").split() if w)


def _untitled(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name words less the titles before them ("Insp Gaskin" is Gaskin, "Dave Gaskin"
    of the story); a name made of titles only stays as it is."""
    i = 0
    while i < len(words) - 1 and words[i] in PERSON_TITLES:
        i += 1
    return words[i:]


def _plain(name: str) -> str:
    """A name without accents ("Place Vendôme" / "Place Vendome", "Bénézat" / "Benezat") and without
    the Arabic article written onto a surname ("al-Bashir" / "Bashir")."""
    name = re.sub(r"\b(?:al|el|Al|El)[-\u2011](?=\w)", "", name)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _folded(name: str) -> str:
    """A name without case, dots, apostrophes and a leading "The": "U.S. Treasury" and "US Treasury",
    "KUALA LUMPUR" and "Kuala Lumpur" are one name written two ways."""
    folded = " ".join(re.sub(r"[.'\u2019]", "", _plain(name)).replace("-", " ").lower().split())
    folded = re.sub(r"^the (?=\S)", "", folded)  # "The Gazette" is the Gazette
    # "U. S. Geological Survey" (initials spaced out by a tokeniser) is "US Geological Survey"
    return re.sub(r"\b([a-z]) (?=[a-z]\b)", r"\1", folded)


_MINOR_WORDS = {"of", "the", "and", "for", "on", "in", "de", "&"}


def _initials(name: str) -> str:
    """ "asia-pacific economic cooperation" -> "apec"; "" for one-word names."""
    words = [w for w in re.split(r"[\s\-\u2011]+", _folded(name)) if w and w not in _MINOR_WORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _one_letter_slip(a: str, b: str) -> bool:
    """Whether two folded names differ by one letter in one long word ("kuala lumpu" / "kuala
    lumpur"); short words differ by a letter between real names ("abc news" / "nbc news")."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    return len(differing) == 1 and min(map(len, differing[0])) >= _SLIP_MIN_WORD \
        and Levenshtein.distance(*differing[0]) == 1


def _same_name_spellings(mentions: dict[tuple[str, str], Counter]) -> dict[tuple[str, str], str]:
    """Each (type, name) -> the spelling the story uses for it: names of one type that fold to the
    same key, or differ by one letter in a long word ("Kuala Lumpu" for "Kuala Lumpur"), take the
    spelling named most often, not in capitals (a dateline's "KUALA LUMPUR" is not the name's form).
    People are joined only by folding."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for etype, name in mentions:
        # "IBM" and "IBM Corp.": a company's legal form is no part of which company it is
        key = org_key(_folded(name)) if etype == "ORG" else _folded(name)
        if etype != "PERSON":
            # "US Geological Survey" and "United States Geological Survey"
            key = re.sub(r"^(?:us|usa)(?= \w)", "united states", re.sub(r"^uk(?= \w)", "united kingdom", key))
        groups[(etype, key)].append(name)

    def weight(name: str, etype: str) -> tuple:
        # "U. S. Geological Survey" is a tokeniser's spacing of "US Geological Survey"
        spaced = bool(re.search(r"\b[A-Z]\. [A-Z]\.", name))
        return (not name.isupper(), not spaced, sum(mentions[(etype, name)].values()), len(name), name)

    spelling_of: dict[tuple[str, str], str] = {}
    best_of: dict[tuple[str, str], str] = {}
    for (etype, key), names in groups.items():
        best_of[(etype, key)] = max(names, key=lambda n: weight(n, etype))
    keys_by_type: dict[str, list[str]] = defaultdict(list)
    for etype, key in best_of:
        keys_by_type[etype].append(key)
    slip_of: dict[tuple[str, str], str] = {}
    for etype, keys in keys_by_type.items():
        keys.sort(key=lambda k: weight(best_of[(etype, k)], etype), reverse=True)
        for i, key in enumerate(keys):
            # "Mark Kelly" and "Mary Kelly" are two people, but "Eugene Linsomb" is a typo for
            # "Eugene Linscomb": for a person, only a long surname slips, and only one fits
            fits = [stronger for stronger in keys[:i] if (etype, stronger) not in slip_of
                    and _one_letter_slip(key, stronger)
                    and (etype != "PERSON" or key.split()[:-1] == stronger.split()[:-1])]
            if fits and (etype != "PERSON" or len(fits) == 1):
                slip_of[(etype, key)] = fits[0]
    for (etype, key), names in groups.items():
        target = best_of[(etype, slip_of.get((etype, key), key))]
        for name in names:
            spelling_of[(etype, name)] = target
    return spelling_of


@dataclass
class EntityIndex:
    """Story-level canonical names; built once per story from the entity spans."""

    docs: Iterable[Doc]
    canonical_of: dict[tuple[str, str], str] = field(default_factory=dict, init=False)
    records: dict[tuple[str, str], dict] = field(default_factory=dict, init=False)
    #: (tagger's type, name) -> the type the story gives that name ("Abu Talat", a person to the
    #: tagger, is a place: "between Abu Talat (Egypt) and Marseilles (France)")
    story_types: dict[tuple[str, str], str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        mentions: dict[tuple[str, str], Counter] = defaultdict(Counter)
        sources: dict[tuple[str, str], set[str]] = defaultdict(set)
        contexts: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for doc in self.docs:
            for span in doc.spans_of("entity"):
                etype = entity_type(span.attrs.get("type"))
                name = (span.attrs.get("name") or doc.span_text(span)).strip()
                if not name:
                    continue
                mentions[(etype, name)][doc.span_text(span).strip()] += 1
                sources[(etype, name)].add(doc.id)
                contexts[(etype, name)][_context(doc.text, span.start, span.end, etype)] += 1
        spelling_of = _same_name_spellings(mentions)
        # link short names to the longest name of the same type that contains all their words
        names_by_type: dict[str, list[str]] = defaultdict(list)
        for etype, name in mentions:
            if spelling_of[(etype, name)] == name:
                names_by_type[etype].append(name)
        for etype, names in names_by_type.items():
            word_sets = {n: frozenset(_untitled(_words(n)) if etype == "PERSON" else _words(n)) for n in names}
            by_word: dict[str, list[str]] = defaultdict(list)
            for n, ws in word_sets.items():
                for w in ws:
                    by_word[w].append(n)
            for name in names:
                words = word_sets[name]
                if not words:
                    self.canonical_of[(etype, name)] = name
                    continue
                rarest = min(words, key=lambda w: len(by_word[w]))
                longer = [other for other in by_word[rarest]
                          if len(word_sets[other]) > len(words) and words <= word_sets[other]
                          and not (etype == "PLACE" and word_sets[other] - words & _PLACE_PARTS)]
                # only when unambiguous: "Li" must not join both "Li Chenggang" and "Li Qiang"
                maximal = {o for o in longer if not any(word_sets[o] < word_sets[p] for p in longer)}
                # ... and "Sudan" is not "South Sudan", "Sudanese" not "South Sudanese"
                joined = maximal.pop() if len(maximal) == 1 else name
                if etype in ("PLACE", "NORP") and word_sets.get(joined, words) - words & _OTHER_LAND:
                    joined = name
                self.canonical_of[(etype, name)] = joined
            self._link_acronyms(etype, names)
        for (etype, name), spelling in spelling_of.items():
            if spelling != name:
                self.canonical_of[(etype, name)] = self.canonical_of[(etype, spelling)]
        # "Steve Einhorn" and "Steven Einhorn": one person under two forms of the first name
        named: Counter = Counter()
        for (etype, name), surfaces in mentions.items():
            if etype == "PERSON":
                named[self.canonical_of[(etype, name)]] += sum(surfaces.values())
        variants = first_name_variants(named, named)
        for key, canon in self.canonical_of.items():
            if key[0] == "PERSON" and canon in variants:
                self.canonical_of[key] = variants[canon]
        # ... so "Cheeks", left alone beside "Mo Cheeks" and "Maurice Cheeks", is now the one person
        if variants:
            self._relink_surnames()
        retyped = self._fix_types(mentions, sources, contexts)
        # a name moved to another type takes that type's spelling of it ("Nathan DeSai", a place to
        # the tagger in one article, joins the person "Nathan Desai" of the others)
        # (an organisation with or without its legal form: "Qualys", a place to the tagger, is
        # "Qualys Inc.")
        def folded(etype: str, name: str) -> str:
            return org_key(_folded(name)) if etype == "ORG" else _folded(name)

        in_type: dict[tuple[str, str], str] = {}
        for (etype, name) in mentions:
            canon = self.canonical(name, etype)
            in_type.setdefault((etype, folded(etype, canon)), canon)
        # ... and a name that type writes under another ("Mo Cheeks", a place in one article, is
        # the person "Maurice Cheeks" of the others)
        for (etype, name) in mentions:
            in_type.setdefault((etype, folded(etype, name)), self.canonical(name, etype))
        for key, (etype, canon) in list(retyped.items()):
            retyped[key] = (etype, in_type.get((etype, folded(etype, canon)), canon))
        for key, surfaces in mentions.items():
            etype, canon = retyped.get(key) or (key[0], self.canonical(key[1], key[0]))
            rec = self.records.setdefault((etype, canon), {"name": canon, "type": etype, "aliases": Counter(),
                                                           "sources": set()})
            rec["aliases"].update(surfaces)
            rec["aliases"][key[1]] += 0
            rec["sources"] |= sources[key]
            self.story_types[key] = etype

    def _relink_surnames(self) -> None:
        """A one-word person left unlinked because two names held it, which are now one person."""
        people = {(n, c) for (t, n), c in self.canonical_of.items() if t == "PERSON" and len(_words(n)) >= 2}
        for (t, name), canon in list(self.canonical_of.items()):
            words = _words(name)
            if t != "PERSON" or canon != name or len(words) != 1:
                continue
            owners = {c for n, c in people if words[0] in _words(n)}
            if len(owners) == 1:
                self.canonical_of[(t, name)] = owners.pop()

    def _link_acronyms(self, etype: str, names: list[str]) -> None:
        """ "APEC" is "Asia-Pacific Economic Cooperation" and "U.S." is "United States" when the story
        has one such name of the same type; a person's initials are not read this way."""
        if etype == "PERSON":
            return
        spelled_out: dict[str, list[str]] = defaultdict(list)
        for name in names:
            if _initials(name):
                spelled_out[_initials(name)].append(name)
        for name in names:
            short = _folded(name).replace(" ", "")
            if name.upper() != name or not 2 <= len(short) <= 6 or self.canonical_of.get((etype, name)) != name:
                continue
            if len(spelled_out.get(short, [])) == 1:
                self.canonical_of[(etype, name)] = self.canonical_of.get((etype, spelled_out[short][0]),
                                                                         spelled_out[short][0])

    def _fix_types(self, mentions: dict[tuple[str, str], Counter], sources: dict[tuple[str, str], set[str]],
                   contexts: dict[tuple[str, str], Counter]) -> dict[tuple[str, str], tuple[str, str]]:
        """Undo the tagger's type slips across the story: a name tagged two ways is what most of
        its mentions say ("Betty Ford Center" as ORG 3 times, PERSON twice); a bare surname tagged
        as a place or organisation in an article that names the person is that person ("Lohan");
        a name whose mentions stand only where a place stands ("in Bellaire", "Suka Makmur
        village") is a place, and one that only a person's words surround ("official Fauzi") a
        person."""
        canon_of = {key: self.canonical(key[1], key[0]) for key in mentions}
        counts: dict[str, Counter] = defaultdict(Counter)
        around: dict[str, Counter] = defaultdict(Counter)
        for key, surfaces in mentions.items():
            # by the folded name: "Gazette" (a person to the tagger twice) is "The Gazette" of the others
            counts[_folded(canon_of[key])][key[0]] += sum(surfaces.values())
            around[_folded(canon_of[key])].update(contexts.get(key, Counter()))
        people = {canon for (t, _), canon in canon_of.items() if t == "PERSON"}
        by_surname: dict[str, set[str]] = defaultdict(set)
        by_first_name: dict[str, set[str]] = defaultdict(set)
        for person in people:
            words = _words(person)
            if len(words) >= 2:
                by_surname[words[-1]].add(person)
                by_first_name[words[0]].add(person)
        person_articles: dict[str, set[str]] = defaultdict(set)
        for key in mentions:
            if key[0] == "PERSON":
                person_articles[canon_of[key]] |= sources[key]
        out: dict[tuple[str, str], tuple[str, str]] = {}
        rank = {"PERSON": 0, "ORG": 1, "PLACE": 2}
        # "Morningside Recovery" (a place to the tagger) is "Morningside Recovery Center": an
        # organisation named in full elsewhere, less its head word
        by_stem: dict[tuple[str, ...], set[tuple[str, str]]] = defaultdict(set)
        # each name as written, not only the canonical one: "Memorial Hermann Hospital" (under
        # "Memorial Hermann Southwest Hospital") still makes "Memorial Hermann" that hospital
        for (t, written), canon in canon_of.items():
            words = _words(written)
            # ... not "Centennial Boulevard clinic": a street, then a word that says what is on it
            if t == "ORG" and len(words) >= 3 and words[-1] in _ORG_HEADS and written.split()[-1][:1].isupper() \
                    and words[-2] not in _PLACE_PARTS:
                by_stem[words[:-1]].add(("ORG", canon))
            # "Haverstock Hills" (a person to the tagger) is "Haverstock Hills Apartments"
            elif t == "PLACE" and len(words) >= 3 and words[-1] in _FACILITY_HEADS and written.split()[-1][:1].isupper():
                by_stem[words[:-1]].add(("PLACE", canon))
        # "Dynamic Smart Cooling" (a person to the tagger) beside "HP Dynamic Smart Cooling", where
        # "HP" is a company of the story: the company's product or unit, less the company's name
        orgs = {canon for (t, _), canon in canon_of.items() if t == "ORG"}
        org_names = orgs | {name for t, name in canon_of if t == "ORG"}
        by_tail: dict[str, set[str]] = defaultdict(set)
        for org in orgs:
            head, _, tail = org.partition(" ")
            if tail and head in org_names:
                by_tail[tail].add(org)
        # a place or organisation typed two ways in two articles: the type most mentions have
        weight: Counter = Counter()
        for key, surfaces in mentions.items():
            weight[(key[0], canon_of[key])] += sum(surfaces.values())
        cross_typed = cross_type_names(list(weight), weight, _folded)
        for key in mentions:
            etype, canon = key[0], canon_of[key]
            words = _words(canon)
            stems = {target for target in by_stem.get(words, ()) if target[0] != etype}
            if etype != "ORG" and len(by_stem.get(words, ())) == 1 and stems:
                out[key] = next(iter(stems))
                continue
            if etype == "PERSON" and len(by_tail.get(canon, ())) == 1:
                out[key] = ("ORG", next(iter(by_tail[canon])))
                continue
            if (etype, canon) in cross_typed:
                out[key] = cross_typed[(etype, canon)]
                continue
            # ... or a first name ("Cedric", a place to the tagger, in a story of Cedric Poore)
            owners = (by_surname.get(words[0]) or by_first_name.get(words[0], set())) \
                if len(words) == 1 and etype != "PERSON" else set()
            if len(owners) == 1:
                owner = next(iter(owners))
                # "Washington" the city, named far more than Denzel Washington, stays a place
                if sum(counts[_folded(owner)].values()) >= sum(counts[_folded(canon)].values()):
                    out[key] = ("PERSON", owner)
                    continue
            types = counts[_folded(canon)]
            best = max(types, key=lambda t: (types[t], -rank.get(t, 3)))
            if words and best == "PERSON" and words[-1] in _ORG_HEADS:
                best = "ORG"  # "Betty Ford Center" is named after a person; it is a place of work
            elif words and best == "PERSON" and words[-1] in _PLACE_HEADS:
                best = "PLACE"
            elif best != "ORG" and _CALL_SIGN.fullmatch(canon):
                best = "ORG"  # "KJRH", "WAVY-TV": a broadcaster's call sign
            elif best in ("ORG", "PLACE") and len(words) == 2 and words[-1] in by_surname and \
                    canon not in by_surname[words[-1]] and not set(words) & (_ORG_HEADS | _PLACE_PARTS):
                best = "PERSON"  # "Casey Poore" in a story of James Poore: one more of the family
            said = around[_folded(canon)]
            # a place's mentions stand where only a place can at least now and then; a clinic's
            # ("near Planned Parenthood") seldom
            placed = said["PLACE"] >= max(1.0, PLACED_SHARE * sum(said.values()))
            if placed and not said["PERSON"] and best in ("PERSON", "ORG", "NORP") and \
                    not (words and words[-1] in _ORG_HEADS):
                best = "PLACE"
            elif said["PERSON"] and not said["PLACE"] and best in ("PLACE", "ORG") and len(words) <= 3 and \
                    not (words and (words[-1] in _ORG_HEADS or words[-1] in _PLACE_HEADS)):
                best = "PERSON"
            elif said["ORG"] and not said["PERSON"] and best == "PERSON":
                best = "ORG"  # "the Seattle Seahawks (7-9)": a team's record, not a person's
            elif said["FIRM"] and not said["PERSON"] and not said["PLACE"] and best in ("PERSON", "PLACE"):
                best = "ORG"  # "founder of Skirmos", "chief technology officer of Qualys"
            if best != etype:
                out[key] = (best, canon)
        return out

    def story_type(self, span_attrs: dict, surface: str) -> str:
        """The story's type for an entity span (its attributes and text)."""
        etype = entity_type(span_attrs.get("type"))
        return self.story_types.get((etype, (span_attrs.get("name") or surface).strip()), etype)

    def canonical(self, name: str, etype: str | None = None) -> str:
        if etype is not None:
            return self.canonical_of.get((entity_type(etype), name), name)
        for t in ("PERSON", "ORG", "PLACE", "MISC"):
            if (t, name) in self.canonical_of:
                return self.canonical_of[(t, name)]
        return name

    def person(self, name: str | None) -> str | None:
        """The story's canonical name for a speaker, matching by words when not tagged as-is."""
        if not name:
            return name
        cache = self.__dict__.setdefault("_person_cache", {})
        if name not in cache:
            cache[name] = self._person(name)
        return cache[name]

    def _person(self, name: str) -> str:
        if ("PERSON", name) in self.canonical_of:
            return self.canonical_of[("PERSON", name)]
        if "_people_by_word" not in self.__dict__:
            by_word: dict[str, set[str]] = defaultdict(set)
            for (t, n) in self.records:
                if t == "PERSON":
                    for w in _words(n):
                        by_word[w].add(n)
            self.__dict__["_people_by_word"] = by_word
        by_word = self.__dict__["_people_by_word"]
        words = set(_words(name))
        near = set().union(*(by_word.get(w, set()) for w in words)) if words else set()
        # drop titles the extractor may leave on ("President Trump")
        candidates = [n for n in near if words <= set(_words(n)) or set(_words(n)) <= words]
        if not candidates and len(words) > 1:
            # "Producer Moffat": a role word no person's name has, before a surname the story knows
            named = {w for w in words if w in by_word}
            if named and named != words:
                candidates = [n for n in near if named <= set(_words(n))]
        return candidates[0] if len(candidates) == 1 else name

    def is_place(self, name: str) -> bool:
        """Whether the story knows ``name`` only as a place."""
        return ("PLACE", name) in self.canonical_of and ("PERSON", name) not in self.canonical_of \
            and ("ORG", name) not in self.canonical_of

    def to_list(self, order: dict[str, int] | None = None) -> list[dict]:
        out = []
        for rec in self.records.values():
            name = _unshouted(rec["name"], rec["type"])
            aliases = sorted(a for a in rec["aliases"] if a and a != name)
            out.append({"name": name, "type": rec["type"], "aliases": aliases,
                        "sources": sorted(rec["sources"], key=lambda s: (order or {}).get(s, 0)),
                        "mentions": sum(rec["aliases"].values())})
        out.sort(key=lambda e: (-len(e["sources"]), -e["mentions"], e["name"]))
        return out
