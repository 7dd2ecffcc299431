"""Who is speaking: person mentions, canonical names, pronouns and role nouns.

Shared by the quotes and appearances stages. Everything works on the spaCy parse of
``doc.text`` (:func:`crosswire.extract.nlp.parse`) and, when the entities stage has run,
on its ``entity`` spans (``type`` PERSON with a canonical ``name``), which win over the
spaCy entities.

Linking rules, all general:

* a short mention ("Bessent", "Li") takes the canonical name of the longest PERSON name in
  the article that contains it as a whole word ("Scott Bessent", "Li Chenggang");
* a pronoun (he/she/him/her) resolves to the speaker of the nearest verb of saying in its
  sentence or the ones before (a named person or a description such as "the official"),
  when that speaker agrees in gender and is not said to have been killed; else to the
  nearest person mentioned before it who agrees, with grammatical subjects preferred;
* a role noun phrase ("the Treasury Secretary", "the president") resolves to the person
  whose name that title was written against somewhere in the article ("Treasury Secretary
  Scott Bessent"); an indefinite one ("an officer", "one officer") names no one in particular.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from ..doc import Doc
from .speakerlinks import (
    _family_member, _head_in_mention, _inert_mention, _joint_speakers, _of_another_body,
    titled_person_after,
)
from .victims import said_killed

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
OTHER_PRONOUNS = frozenset({"i", "we", "they", "it", "you", "me", "us", "them", "who", "which", "this", "that",
                            "these", "those"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: quantifiers standing alone for part of a group named before ("all of whom said", "some
#: screaming and crying", "Many told reporters"): no one in particular
QUANTIFIER_PRONOUNS = frozenset("some all many most few several both each others either neither any".split())
#: pronouns that name no one: "Somebody said …" keeps its mention but has no speaker
INDEFINITE_PRONOUNS = frozenset("""
somebody someone anybody anyone everybody everyone nobody none nothing something anything
everything one
""".split()) | frozenset({"no one", "some one"}) | QUANTIFIER_PRONOUNS
# tokens that may stand between a role and a name but are not part of either
_NAME_TOKEN = re.compile(r"^[A-Z][\w.\-’']*$")
_POSSESSIVE = re.compile(r"(?:’s|‘s|'s|’|')$")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Mention:
    """A person mentioned in the text, with the canonical name it links to."""

    start: int
    end: int
    name: str
    subject: bool = False
    #: the subject of its sentence's main verb, not of a clause inside it ("X is sure that Y …")
    main: bool = False
    sent: int = -1
    #: a name that stands for no one present who could speak: a costume ("dressed as Freddy
    #: Krueger"), a street ("the 2900 block of Aspen Meadow"), an app ("on Snapchat")
    inert: bool = False


@dataclass
class People:
    """The persons of one article: mentions sorted by offset, and role words per name."""

    mentions: list[Mention] = field(default_factory=list)
    #: lowercased role words seen right before a name -> canonical names, latest last
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    #: every canonical name, for linking bare surnames
    names: list[str] = field(default_factory=list)
    #: canonical name -> "f" or "m", where the text says (Mrs., "actress", "…, she said")
    gender: dict[str, str] = field(default_factory=dict)
    #: canonical names the text says were killed ("slain officer X", "X, who was killed")
    victims: set[str] = field(default_factory=set)
    #: lowercased title words written right against a name ("officer" in "Police Officer X")
    titles: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._starts: list[int] = [m.start for m in self.mentions]

    def reindex(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def at(self, start: int, end: int) -> Mention | None:
        """The person mention overlapping [start, end), the rightmost one if several."""
        found = None
        i = bisect.bisect_left(self._starts, end)
        for m in reversed(self.mentions[max(0, i - 8):i]):
            if m.start < end and m.end > start:
                if found is None or m.start > found.start:
                    found = m
        return found

    def before(self, offset: int, *, subjects_first: bool = True, window: int = 1500,
               gender: str | None = None, outside: list[tuple[int, int]] | None = None,
               exclude: set[str] | None = None) -> Mention | None:
        """The nearest person mentioned before ``offset`` (a subject if there is one close by).

        With ``gender`` ("f"/"m", from a pronoun) only a person of that gender or of unknown
        gender who is not said to have been killed qualifies; with ``outside`` (quotation marks)
        a person named inside a quotation does not ("“He did it,” she said")."""
        i = bisect.bisect_left(self._starts, offset)
        candidates = [m for m in self.mentions[max(0, i - 40):i] if m.end <= offset and offset - m.end <= window
                      and not m.inert and not (outside and any(a <= m.start < b for a, b in outside))
                      and not (exclude and m.name in exclude)]
        if gender is not None:
            candidates = [m for m in candidates if self.gender.get(m.name, gender) == gender
                          and m.name not in self.victims]
        if not candidates:
            return None
        if subjects_first:
            subjects = [m for m in candidates if m.subject]
            # a subject wins unless a plain mention is much closer
            if subjects and candidates[-1].start - subjects[-1].start < 300:
                # 'Moffat … is sure that fans will agree that Capaldi is … “…,” he said': the
                # main clause's subject, over one of a clause inside that sentence
                main = [m for m in subjects if m.main and m.sent == subjects[-1].sent >= 0]
                return main[-1] if main and not subjects[-1].main else subjects[-1]
        return candidates[-1]

    def link(self, surface: str) -> str | None:
        """The canonical person name a surface form refers to, if any."""
        surface = _POSSESSIVE.sub("", surface.strip())
        if not surface:
            return None
        words = surface.split()
        best: str | None = None
        for name in self.names:
            name_words = name.split()
            if surface == name or (_is_subsequence(words, name_words) and len(name_words) >= len(words)):
                if best is None or len(name) > len(best):
                    best = name
        return best

    def role(self, phrase: str, offset: int) -> str | None:
        """The person a role noun phrase ("the Treasury Secretary") refers to, if known."""
        words = [w.lower() for w in re.findall(r"[\w.\-]+", phrase)]
        if words and words[0] in _INDEFINITE:
            return None  # 'An officer pulled up …', 'One officer said …': someone, not the officer named
        words = [w for w in words if w not in DETERMINERS]
        # the head noun must be a title written right against a name ("Officer X"), not a word
        # further off ("Chesapeake police" from "Chesapeake Police Officer X")
        if not words or words[-1] not in self.roles or words[-1] not in self.titles:
            return None
        if words[-1] in _COLLECTIVE or (words[-1].endswith("s") and not words[-1].endswith("ss")):
            return None  # 'Police said …', 'officers said …': a force, not the one officer named
        candidates = None
        for w in words:
            names = {n for _, n in self.roles.get(w, [])}
            if not names:
                if w[:1].isupper():
                    return None
                continue
            candidates = names if candidates is None else candidates & names
        if not candidates:
            return None
        # the most recently introduced one before the phrase, else the first after it
        seen = sorted(((o, n) for o, n in self.roles[words[-1]] if n in candidates and n not in self.victims),
                      key=lambda x: x[0])
        if not seen:
            return None
        earlier = [n for o, n in seen if o <= offset]
        return earlier[-1] if earlier else seen[0][1]


def _only_initials(surface: str) -> bool:
    """'U. N.' or a bare rank ('Sgt' of "Sgt. Clark Parrott" cut at its full stop): no one's name."""
    return bool(surface) and all(re.fullmatch(r"[A-Z]\.?", w) or w.lower().rstrip(".") in _RANKS
                                 for w in surface.split())


#: nouns for a body of people, never the one member the story names with them
_COLLECTIVE = frozenset({"police", "staff", "military", "army", "government", "family", "crew", "team", "press",
                         "media", "personnel", "management", "administration", "department", "office", "force"})


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    if not short or len(short) > len(long):
        return False
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def _clean_name(text: str) -> str:
    text = _POSSESSIVE.sub("", text.strip())
    return strip_titles(" ".join(text.split()))


def people_of(doc: Doc) -> People:
    """Person mentions of the article, computed once and cached on the Doc."""
    cached = doc.cache.get("crosswire.people")
    if cached is not None and cached[0] == doc.text:
        return cached[1]
    people = _build_people(doc)
    doc.cache["crosswire.people"] = (doc.text, people)
    return people


def _build_people(doc: Doc) -> People:
    from .nlp import names_a_person, parse

    parsed = parse(doc)
    spans: list[tuple[int, int, str]] = []
    entity_spans = [s for s in doc.spans_of("entity") if s.attrs.get("type") == "PERSON"
                    and not _only_initials(_clean_name(s.attrs.get("name") or doc.text[s.start:s.end]))]
    if entity_spans:
        for s in entity_spans:
            spans.append((s.start, s.end, _clean_name(s.attrs.get("name") or doc.text[s.start:s.end])))
    for ent in getattr(parsed, "ents", ()):
        if names_a_person(ent):
            surface = _clean_name(ent.text)
            if _only_initials(surface):
                continue  # 'U. N.', 'U. S.' tagged as a person: an abbreviation, nobody's name
            if surface and not any(a < ent.end_char and b > ent.start_char for a, b, _ in spans):
                spans.append((ent.start_char, ent.end_char, surface))
    for start, end in _titled_names(parsed):
        if not any(a < end and b > start for a, b, _ in spans):
            spans.append((start, end, _clean_name(doc.text[start:end])))
    spans = [_without_verb(doc, parsed, *span) for span in spans]

    # canonical name of each surface: the longest known name that contains it; among names
    # of equal length the one mentioned first wins, so the result never depends on set order
    first_seen: dict[str, int] = {}
    for start, _, name in sorted(spans):
        first_seen.setdefault(name, start)
    surfaces = sorted(first_seen, key=lambda n: (-len(n), first_seen[n]))
    names: list[str] = []
    for surface in surfaces:
        words = surface.split()
        if not any(_is_subsequence(words, n.split()) for n in names):
            names.append(surface)
    people = People(names=names)
    votes: dict[str, dict[str, int]] = {}

    def canonical(surface: str) -> str:
        return people.link(surface) or surface

    covered_spans = [(a, b) for a, b, _ in spans]
    for start, end, surface in spans:
        if " " not in doc.text[start:end].strip():
            # a surname the entities stage linked to one of the family ('Quashaun Poore' -> James
            # Poore): the given name before it names another person
            token = parsed.char_span(start, end, alignment_mode="expand")
            relative = (_relative_name(parsed, token[0], people, covered_spans)
                        if token is not None and len(token) == 1 else None)
            if relative is not None:
                people.mentions.append(Mention(relative[0], end, relative[1]))
                continue
        people.mentions.append(Mention(start, end, canonical(surface)))

    # bare surnames and given names the NER missed or mislabelled ("Bessent" as ORG)
    name_words = {w for n in names if len(n.split()) > 1 for w in n.split() if len(w) > 1 and w[0].isupper()}
    covered = [(m.start, m.end) for m in people.mentions]
    for token in parsed:
        if token.text in name_words and not any(a <= token.idx < b for a, b in covered):
            relative = _relative_name(parsed, token, people, covered)
            if relative is not None:
                # 'Quashaun Poore said …' beside "James Poore": another person of that family
                start, name = relative
                people.mentions.append(Mention(start, token.idx + len(token.text), name))
                continue
            linked = people.link(token.text)
            if linked:
                people.mentions.append(Mention(token.idx, token.idx + len(token.text), linked))
    people.reindex()

    # subjects, and the role words right before a name ("Treasury Secretary Scott Bessent")
    for m in people.mentions:
        tokens = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if tokens is None or not len(tokens):
            continue
        head = tokens.root
        if head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS:
            head = head.head  # "A professor of economics …, Yanis Varoufakis, did not go": the subject named
        m.subject = head.dep_ in SUBJECT_DEPS or any(t.dep_ in SUBJECT_DEPS for t in tokens)
        m.main = head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ROOT"
        m.sent = head.sent.start_char if parsed.has_annotation("SENT_START") else -1
        roles = _role_words_before(parsed, tokens.start)
        for word in roles:
            people.roles.setdefault(word, []).append((m.start, m.name))
        if roles:
            people.titles.add(roles[0])
        _vote_gender(votes.setdefault(m.name, {"f": 0, "m": 0}), parsed, tokens, roles, m, people)
        if said_killed(parsed, tokens, roles):
            people.victims.add(m.name)
    for m in people.mentions:
        m.inert = _inert_mention(doc.text, m)
    for name, vote in votes.items():
        # 'Krystal Hutto', 'Leroy Ravenell': a given name most often a woman's or a man's counts
        # two, once (an honorific or a role noun outweighs it)
        given = name.split()[0].lower() if len(name.split()) > 1 else ""
        if given in FEMALE_NAMES or given in MALE_NAMES:
            vote["f" if given in FEMALE_NAMES else "m"] += 2
        if vote["f"] != vote["m"]:
            people.gender[name] = "f" if vote["f"] > vote["m"] else "m"
    return people


def _without_verb(doc: Doc, parsed: Any, start: int, end: int, name: str) -> tuple[int, int, str]:
    """'Choosing DeGeneres, known for …' tagged as one name: a verb opening the sentence is no
    part of the name after it."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].pos_ != "VERB" or not span[0].is_sent_start:
        return start, end, name
    return span[1].idx, end, _clean_name(doc.text[span[1].idx:end])


#: entity types a name right after a title may have been given by the tagger instead of PERSON
_MISTYPED_NAME = frozenset({"", "GPE", "ORG", "LOC", "NORP", "FAC"})
#: ... and after a capitalised office ("Mayor Jennifer Gregerson" read as a work of art)
_MISTYPED_AFTER_TITLE = _MISTYPED_NAME | {"WORK_OF_ART", "EVENT", "PRODUCT"}


def _titled_names(parsed: Any) -> Iterator[tuple[int, int]]:
    """Names written right after a role noun ("said disaster agency official Fauzi", "spokesman
    Budi Santoso"), which the tagger missed or typed a place: a single, unfamiliar name often is."""
    from .nominals import holder_token

    from .entities import ROLE_HEADS, TITLE_WORDS

    for token in parsed:
        prev = parsed[token.i - 1] if token.i else None
        if prev is None or token.pos_ != "PROPN" or not token.text[:1].isupper():
            continue
        # 'Orangeburg County Sheriff Leroy Ravenell said' with the name typed a work of art: a
        # capitalised office before a given name and a surname
        capital_title = (prev.text[:1].isupper() and prev.lower_ in ROLE_HEADS and token.lower_ not in TITLE_WORDS
                         and prev.pos_ in {"NOUN", "PROPN"} and token.ent_type_ in _MISTYPED_AFTER_TITLE)
        mistyped = _MISTYPED_AFTER_TITLE if capital_title else _MISTYPED_NAME
        if token.ent_type_ not in mistyped:
            continue
        if not capital_title and (prev.pos_ != "NOUN" or not prev.text.islower()
                                  or not (token.head.i == prev.i or prev.head.i == token.i) or not holder_token(prev)):
            continue
        last = token
        while (last.i + 1 < len(parsed) and last.i - token.i < 2 and parsed[last.i + 1].pos_ == "PROPN"
               and parsed[last.i + 1].text[:1].isupper() and parsed[last.i + 1].ent_type_ in mistyped):
            last = parsed[last.i + 1]
        if last.i + 1 < len(parsed) and parsed[last.i + 1].pos_ == "PROPN":
            continue  # a longer proper name ("official Xinhua News Agency"): no person's
        if capital_title and (last.i == token.i or prev.head.i not in range(token.i, last.i + 1)
                              or any(t.lower_ in TITLE_WORDS or not t.is_alpha for t in parsed[token.i:last.i + 1])):
            continue
        yield token.idx, last.idx + len(last.text)


#: entity types of a capitalised word before a surname that make the two no person's name
#: ("Camp David", "Republican Cruz", "Monday Smith")
_NOT_GIVEN_NAME_TYPES = frozenset({"FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "NORP", "DATE",
                                   "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"})


def _relative_name(parsed: Any, token: Any, people: People,
                   covered: list[tuple[int, int]]) -> tuple[int, str] | None:
    """'Casey Poore' or 'Quashaun Poore' in a story about James Poore: a capitalised given name
    that is no title right before a known surname names another person of that family (the
    tagger often reads such a name as a place or a company). Returns (start, full name)."""
    from .entities import HONORIFICS, ROLE_HEADS, TITLE_WORDS

    if token.i == 0 or not any(n.split()[-1] == token.text for n in people.names if len(n.split()) > 1):
        return None
    given = parsed[token.i - 1]
    if (given.pos_ != "PROPN" or not given.is_alpha or not given.text[:1].isupper() or given.text.isupper()
            or len(given.text) < 2 or given.whitespace_ != " " or any(a <= given.idx < b for a, b in covered)):
        return None
    lower = given.lower_
    if lower in TITLE_WORDS or lower in HONORIFICS or lower in ROLE_HEADS or lower in _KINSHIP_TITLES:
        return None
    if given.ent_type_ in _NOT_GIVEN_NAME_TYPES or token.ent_type_ in _NOT_GIVEN_NAME_TYPES:
        return None
    if given.ent_type_ == "GPE" and given.ent_iob_ == "B" and token.ent_type_ == "GPE":
        return None  # 'New Hampshire' style places spanning both words
    if token.i + 1 < len(parsed) and parsed[token.i + 1].pos_ == "PROPN" and parsed[token.i + 1].text[:1].isupper():
        return None  # a longer name or a place ('Poore Street', 'Casey Poore Smith')
    surface = f"{given.text} {token.text}"
    linked = people.link(surface)
    return given.idx, linked or surface


#: family words written like a title before a name ("Aunt Mary", "Uncle Bob")
_KINSHIP_TITLES = frozenset({"aunt", "uncle", "grandma", "grandpa", "cousin", "granny", "nana", "mom", "dad",
                             "mother", "father", "brother", "sister", "saint", "st", "san", "santa", "fort",
                             "mount", "lake", "camp", "port", "north", "south", "east", "west", "new",
                             "agent", "corporal", "major", "private", "marshal", "constable", "inspector",
                             "commander", "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor", "msgr",
                             "monsignor", "deacon", "elder", "nurse", "doctor", "principal", "coroner", "alderman",
                             "magistrate", "solicitor", "barrister", "baron", "sheikh", "emperor", "officer",
                             "juror", "witness", "defendant", "suspect", "victim", "team", "club", "house"})


#: words that tell a person's gender: honorifics, kin and role nouns, pronouns
FEMALE_WORDS = frozenset("""
she her hers herself mrs ms miss madam woman women girl lady actress mother wife daughter sister
grandmother aunt niece spokeswoman chairwoman congresswoman businesswoman policewoman
councilwoman anchorwoman queen princess widow bride girlfriend mom
""".split())
MALE_WORDS = frozenset("""
he him his himself mr sir man men boy gentleman actor father husband son brother grandfather uncle
nephew spokesman chairman congressman businessman policeman councilman anchorman king prince
widower groom boyfriend dad
""".split())
#: common given names that are a woman's or a man's nearly always (names given to both, such as
#: "Jordan", "Taylor", "Kelly", "Jamie", are left out)
FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty
sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole katherine christine
samantha debra rachel catherine carolyn janet heather maria julie joyce victoria kelly olivia
christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline gloria teresa ann
sara madison kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori krystal crystal
tamara tiffany vanessa monica wendy yvonne sylvia veronica valerie erica jill claire emma ella
""".split()) - {"kelly"}
MALE_NAMES = frozenset("""
james robert john michael david william richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan
wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny leroy allen dave mike
steve bill jim tom bob
""".split()) - {"jordan"}
_GENDERED_PRONOUNS = frozenset({"she", "her", "hers", "herself", "he", "him", "his", "himself"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "any", "several", "two", "three"})


def _word_gender(word: str) -> str | None:
    word = word.lower().rstrip(".")
    return "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None


def _vote_gender(vote: dict[str, int], parsed: Any, tokens: Any, roles: list[str], m: Mention,
                 people: People) -> None:
    """Evidence for a person's gender at one mention: an honorific or a gendered role noun
    next to the name ("Mrs. Cole", "actress Jane Roe", "Roe, a spokeswoman,") counts three, the
    first gendered pronoun after a subject mention in its sentence ("Roe said her …") one."""
    before = parsed[tokens.start - 1] if tokens.start > 0 else None
    if before is not None and before.text == "." and tokens.start > 1:
        before = parsed[tokens.start - 2]
    strong = [before.text] if before is not None and before.lower_.rstrip(".") in {"mr", "mrs", "ms", "miss"} else []
    strong += roles
    strong += [c.text for c in tokens.root.children if c.dep_ == "appos"]
    for word in strong:
        g = _word_gender(word)
        if g:
            vote[g] += 3

    if not m.subject or tokens.root.head.i == tokens.root.i:
        return
    verb = tokens.root.head
    # 'Molleda says she first heard …': the subject of the clause the person's verb reports
    for tok in parsed[tokens.end:tokens[-1].sent.end]:
        if people.at(tok.idx, tok.idx + len(tok.text)) is not None and tok.idx >= m.end:
            return  # another person first: the pronoun may be theirs
        if (tok.lower_ in _GENDERED_PRONOUNS and tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ccomp"
                and tok.head.head.i == verb.i):
            vote[_word_gender(tok.lower_) or "m"] += 1
            return


def _role_words_before(parsed: Any, index: int) -> list[str]:
    """Lowercased title words immediately before token ``index`` ("U.S. Treasury Secretary")."""
    words: list[str] = []
    i = index - 1
    while i >= 0 and len(words) < 6:
        tok = parsed[i]
        if tok.text in {"’s", "'s"} or tok.is_punct or tok.pos_ in {"DET", "VERB", "AUX", "ADP", "PRON", "CCONJ"}:
            break
        if tok.ent_type_ in {"PERSON"}:
            break
        words.append(tok.text.lower())
        i -= 1
    return words


# --- speaker noun phrases --------------------------------------------------------------------

#: dependents that make a subject phrase longer without naming anyone new
_TRIM_DEPS = frozenset({"relcl", "acl", "punct", "cc", "conj", "advmod", "prep"})


def phrase_bounds(token: Any, *, full: bool = False) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``token``.

    ``full`` keeps the whole subtree (appositions, relative clauses); otherwise the phrase is
    the head with its left modifiers and compounds, which is the name or role itself.
    """
    if full:
        left, right = token.left_edge, token.right_edge
        doc = token.doc
        while right.i > left.i and (right.is_punct or right.text in {"’s", "'s"}):
            right = doc[right.i - 1]
        while left.i < right.i and left.is_punct:
            left = doc[left.i + 1]
        return left.idx, right.idx + len(right.text)
    start = token
    for child in token.lefts:
        if child.dep_ not in _TRIM_DEPS:
            start = child.left_edge if child.left_edge.i < start.i else start
            break
    end = token
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "nmod"} and child.i == end.i + 1:
            end = child
    doc = token.doc
    while start.i < end.i and (start.is_punct or start.is_space):
        start = doc[start.i + 1]
    if token.ent_type_ == "ORG" and token.pos_ == "PROPN":
        # 'the Office of the Surgeon General's Web site': the organisation's whole name
        ent = next((e for e in doc.ents if e.start <= token.i < e.end and e.label_ == "ORG"), None)
        if ent is not None and ent.end - 1 > end.i:
            last = doc[ent.end - 1]
            while last.i > end.i and (last.is_punct or last.text in {"’s", "'s", "’"}):
                last = doc[last.i - 1]
            if not any(t.is_punct and t.text not in {".", "&", "-"} for t in doc[end.i + 1:last.i + 1]):
                end = last
    return start.idx, end.idx + len(end.text)


#: entity types whose names are places or groups, never a role held by a person
_NOT_ROLES = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC", "DATE", "TIME", "CARDINAL"})


#: a day or time written right after a speaker's name ("HP Monday said", "the company today said")
_TRAILING_WHEN = re.compile(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                            r"today|yesterday|tonight|earlier|later|also|again|now)$", re.IGNORECASE)


def resolve_speaker(doc: Doc, start: int, end: int, head_text: str | None = None,
                    head_ent_type: str = "") -> str | None:
    """Canonical speaker for the phrase ``doc.text[start:end]`` (a name, pronoun or role)."""
    people = people_of(doc)
    # '…investigation."Police responded': a quotation mark glued to the word is no part of it
    while start < end and doc.text[start] in " \t\n\"“”":
        start += 1
    phrase = doc.text[start:end].strip()
    if not phrase:
        return None
    when = _TRAILING_WHEN.search(phrase)
    if when is not None and when.start() > 0:
        # 'HP Monday announced …': the day the parser glued to the name is no part of it
        phrase = phrase[:when.start()].rstrip()
        end = start + len(doc.text[start:end]) - len(doc.text[start:end].lstrip()) + len(phrase)
        head_text, head_ent_type = None, ""
    lowered = phrase.lower()
    titled = titled_person_after(doc, start, end)
    if titled is not None:
        # 'said Sgt. Clark Parrott', 'said SAPD Sgt. Jesse Salame', 'according to Troy police
        # Lt. Gerry Scherlinck' cut at the rank's full stop: the person the title belongs to
        return titled.name
    if lowered in PERSON_PRONOUNS:
        from .antecedents import _pronoun_speaker

        return _pronoun_speaker(doc, start, "f" if lowered in {"she", "her"} else "m")
    if lowered in OTHER_PRONOUNS or lowered in INDEFINITE_PRONOUNS or lowered.endswith(("self", "selves")):
        return None
    of = re.search(r"\s(?:of|with|from|at)\s", doc.text[start:end])
    if of is not None and any(start <= m.start and m.end <= start + of.start() for m in people.mentions):
        # 'Sgt. Clark Parrott with the Missouri State Highway Patrol': the person, not the body
        end = start + of.start()
        phrase = doc.text[start:end].strip()
        head_text, head_ent_type = None, ""
    joint = _joint_speakers(doc, people, start, end)
    if joint is not None:
        return joint
    head = head_text or phrase.split()[-1]
    mention = people.at(start, end)
    if mention is not None and _head_in_mention(doc, mention, head, start, end):
        return _family_member(doc, people, start, phrase, mention.name)
    linked = people.link(phrase)
    if linked:
        return _family_member(doc, people, start, phrase, linked)
    by_role = None if head_ent_type in _NOT_ROLES or _of_another_body(doc, start, end, people) \
        else people.role(phrase, start)
    if by_role:
        return by_role
    words = phrase.split()
    if words and words[0].lower() in DETERMINERS and len(words) > 1:
        words = words[1:]
    from .antecedents import _company_before, _definite_company

    if _definite_company(doc, start, words):
        company = _company_before(doc, start)
        if company is not None:
            return company
    return strip_titles(_POSSESSIVE.sub("", " ".join(words))) or None




def strip_titles(name: str) -> str:
    """'Tulsa Police Officer Leland Ashley' -> 'Leland Ashley', 'Cpl Anthony Bertagna' ->
    'Anthony Bertagna': the title words (and the place or force before them) written in front
    of a full name are no part of it."""
    from .entities import ROLE_HEADS, TITLE_WORDS

    words = name.split()
    if len(words) < 3:
        return name
    titles = [i for i, w in enumerate(words) if w.lower().rstrip(".") in (TITLE_WORDS | ROLE_HEADS | _RANKS) - {"us"}
              and not w.isupper()]
    if not titles:
        return name
    rest = words[titles[-1] + 1:]
    if len(rest) < 2 or len(rest) > 3 or any(not re.fullmatch(r"[A-Z][a-z][\w’'\-]*\.?|[A-Z]\.", w) for w in rest):
        return name
    if any(w.lower().rstrip(".") in _NOT_NAME_WORDS for w in rest):
        return name
    return " ".join(rest)


#: words of an organisation's or a place's name, never of a person's
_NOT_NAME_WORDS = frozenset("""
survey department office police service agency bureau council committee court county city state university
college school hospital center centre club association institute foundation company group board commission
""".split())
#: ranks and titles abbreviated before a name that the title lists leave out
_RANKS = frozenset({"cpl", "corporal", "sgt", "lt", "capt", "det", "insp", "supt", "cmdr", "commander", "inspector",
                    "constable", "marshal", "trooper", "deputy", "agent", "pfc", "spc", "maj", "gen", "adm"})
