"""What a pronoun or a description speaking after a name refers to.

* "he"/"she" goes on from the speaker of the nearest cue (or "according to" source) in its
  sentence or the ones before, when that speaker agrees in gender and is not said to have
  been killed; else from the nearest person who agrees, never one named inside a quotation;
* "the company", "the world's largest tech company" speaks for the organisation last named
  as a subject shortly before.

Split from :mod:`.speakers`, which calls in here from :func:`.speakers.resolve_speaker`.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..doc import Doc
from .speakers import (
    _GENDERED_PRONOUNS, _POSSESSIVE, INDEFINITE_PRONOUNS, OTHER_PRONOUNS, SUBJECT_DEPS, _word_gender, people_of,
    phrase_bounds, resolve_speaker,
)


# --- pronouns ---------------------------------------------------------------------------------

#: entity types that are never a "he" or a "she"
_NOT_PERSON_TYPES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: titles whose full stop a sentence splitter may take for a sentence end
_TITLE_ABBREVIATIONS = frozenset("lt sgt capt col gen maj cpl det insp supt gov sen rep dr mr mrs ms prof st".split())
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
#: sentences looked back over for the speaker a pronoun goes on from
_PRONOUN_SENTENCES = 3


def _pronoun_speaker(doc: Doc, start: int, gender: str, depth: int = 0) -> str | None:
    """Who "he"/"she" at ``start`` is: the speaker of the nearest cue in this or the previous
    sentences when that speaker agrees in gender and is not said to have been killed
    ("…, said disaster agency official Fauzi. Most of the houses …, he added.", "A woman …
    said she heard shots. “…,” she said"), else the nearest person who agrees."""
    people = people_of(doc)
    named = _named_in_own_quote(doc, start)
    found = _prior_speaker(doc, start, gender, depth, named)
    if found is not None:
        return found
    outside = _quote_marks(doc) + _reported_before(doc, start)
    mention = people.before(start, gender=gender, outside=outside, exclude=named)
    return mention.name if mention else None


def _named_in_own_quote(doc: Doc, start: int) -> set[str]:
    """The persons the quotation right before '…,” he said' names ('… interviewing anyone even
    remotely connected with it, including Mr. Smith,” he said'): the speaker is none of them."""
    people = people_of(doc)
    own = [(a, b) for a, b in _quote_marks(doc) if b <= start and not doc.text[b:start].strip(" ,\"”’'\u201d")]
    return {m.name for m in people.mentions if any(a <= m.start < b for a, b in own)}


def _reported_before(doc: Doc, start: int) -> list[tuple[int, int]]:
    """'Between 5.30am and 5.55am, Tustin police received numerous calls …, he said': the words a
    trailing "…, he said" reports (from its sentence start to the pronoun) name someone else."""
    if doc.text[max(0, start - 2):start].strip() != ",":
        return []
    from .cues import _is_cue
    from .nlp import parse

    parsed = parse(doc)
    span = parsed.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not parsed.has_annotation("SENT_START") or not _is_cue(span[0].head):
        return []
    # a subject there may be the one who goes on ('Jeff Ruby is offering a reward …, he tweeted')
    people = people_of(doc)
    sent_start = span[0].sent.start_char
    return [(m.start, m.end) for m in people.mentions if sent_start <= m.start < start and not m.subject]


def _prior_speaker(doc: Doc, start: int, gender: str, depth: int = 0,
                   named: set[str] | None = None) -> str | None:
    from .cues import SPEECH_VERBS, _inverted_after_comma, _is_cue, _subject_of
    from .nlp import parse

    parsed = parse(doc)
    span = parsed.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not parsed.has_annotation("SENT_START"):
        return None
    people = people_of(doc)
    marks = _quote_marks(doc)
    sent = span[0].sent
    # '…the questions science can answer …, he said': a cue inside what the pronoun's own verb
    # reports is part of the report, not someone speaking before it
    own = span[0].head if span[0].head is not span[0] else None
    own_tag = own.tag_ if own is not None else ""
    back = 0
    for _ in range(2 * _PRONOUN_SENTENCES):
        if back >= _PRONOUN_SENTENCES:
            break
        cues = [t for t in sent if t.idx < start and (_is_cue(t, SPEECH_VERBS) or _according_source(t) is not None)
                and not any(a <= t.idx < b for a, b in marks)
                and not (own is not None and t is not own and own in t.ancestors)]
        if own is not None and own.tag_ in {"VBZ", "VBP"}:
            # '… our reporter says he did not see any casualties, but Mr Lang … said that …
            # / Incidents like this …, he says': "he says" goes on from the one who "says"
            cues = sorted(cues, key=lambda c: (c.tag_ in {"VBZ", "VBP"}, c.i))
        for cue in reversed(cues):
            subject = _according_source(cue) or _inverted_after_comma(cue) or _subject_of(cue)
            if subject is None or subject.idx == start or not (subject.i < cue.i or subject.i <= cue.i + 6):
                continue
            if (depth < 3 and subject.lower_ in _SUBJECT_PRONOUNS and _word_gender(subject.lower_) == gender
                    and cue.tag_ == own_tag and (own_tag in {"VBZ", "VBP"} or _opens_report(span[0], subject))):
                # '…, he says. / …, he says.', 'He said … . He said …': a chain of "he says" is
                # one speaker, the one the first of them goes on from
                return _pronoun_speaker(doc, subject.idx, gender, depth + 1)
            verdict = _speaker_agrees(doc, subject, gender, near=back <= 1)
            if verdict is not None and not (named and verdict in named):
                return verdict or None
        # a person who may be of that gender named in between may be the one meant ('As Trump
        # arrived …, he expressed …'): leave it to the nearest person
        if sent.start_char < start and any(
                sent.start_char <= m.start < start and people.gender.get(m.name, gender) == gender
                and (m.subject or back > 0) and not m.inert
                and m.name not in people.victims and not _in_marks(m.start, marks)
                and not (named and m.name in named)
                for m in people.mentions[max(0, bisect.bisect_left(people._starts, sent.start_char)):
                                         bisect.bisect_left(people._starts, start)]):
            return None
        if sent.start == 0:
            return None
        # a sentence of a quotation ('“A man was working … struck. His body …,” he said')
        # is the quote going on, not a sentence between the speaker and the pronoun
        if not _in_marks(sent.start_char, marks):
            back += 1
        sent = parsed[sent.start - 1].sent
    return None


def _opens_report(pronoun: Any, subject: Any) -> bool:
    """'He said several men … . He said the argument …': both pronouns open their sentence as
    the subject of the same verb of saying, which reports a clause in the reporter's words, the
    way a reporter goes on relaying one source ('She added: “We were …” / She told me …' is
    no such chain: the second may be inside the first one's quotation)."""
    def opening(tok: Any) -> bool:
        head = tok.head
        return (tok.dep_ == "nsubj" and head.dep_ == "ROOT" and tok.i == tok.sent.start
                and head.i == tok.i + 1 and any(c.dep_ == "ccomp" for c in head.children)
                and not any(t.text in "\"“”" for t in head.doc[head.i + 1:head.i + 3]))
    return opening(pronoun) and opening(subject) and pronoun.head.lemma_ == subject.head.lemma_


def _according_source(token: Any) -> Any | None:
    """'According to a relative, he had …': the source of "according to" speaks like a cue's subject."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    return None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)


def _quote_marks(doc: Doc) -> list[tuple[int, int]]:
    """The (open, close) offsets of the article's quotations, cached on the Doc."""
    from .quotemarks import find_quotes

    quoted = doc.cache.get("crosswire.quoted")
    if quoted is None or quoted[0] != doc.text:
        quoted = (doc.text, [(q.open, q.close) for q in find_quotes(doc.text)])
        doc.cache["crosswire.quoted"] = quoted
    return quoted[1]


def _in_marks(offset: int, marks: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in marks)


def _speaker_agrees(doc: Doc, subject: Any, gender: str, near: bool = True) -> str | None:
    """The speaker a cue's subject names when "he"/"she" can go on from it, None to look
    further (a woman for "he", a group, a place, someone killed; a description that tells no
    gender, such as "a resident", unless it is ``near``: in this sentence or the one before)."""
    people = people_of(doc)
    lower = subject.lower_
    if lower in _GENDERED_PRONOUNS:
        return None  # chained pronouns: look further back
    partitive = _partitive(doc, subject)
    if partitive is not None:
        # 'One of the residents who did not want to go on camera said …': one person, unnamed
        return partitive if near else None
    if lower in OTHER_PRONOUNS or lower in INDEFINITE_PRONOUNS or subject.tag_ in {"NNS", "NNPS"}:
        return None
    a, b = phrase_bounds(subject)
    mention = people.at(a, b)
    role = _person_apposition(subject)
    if mention is None and subject.ent_type_ in _NOT_PERSON_TYPES and role is None:
        return None
    if mention is None and role is not None:
        # 'Al-Sawarmi Khalid, spokesman for Sudan's armed forces, said …' with the name typed an
        # organisation: the apposition says a person speaks, and may tell the gender
        g = _word_gender(role.text)
        if g is not None and g != gender:
            return None
        return resolve_speaker(doc, a, b) if subject.pos_ == "PROPN" else None
    title = re.search(r"(\w+)$", doc.text[a:b])
    if mention is None and title and title.group(1).lower() in _TITLE_ABBREVIATIONS and doc.text[b:b + 1] == ".":
        # 'CSPD Lt. Catherine Buckley confirms …' split after "Lt.": the name that follows
        following = people.at(b + 1, b + 3)
        if following is not None and following.start <= b + 2:
            a, b = following.start, following.end
    speaker = resolve_speaker(doc, a, b, subject.text, subject.ent_type_)
    if speaker is None:
        return None
    if speaker in people.names:
        if speaker in people.victims or people.gender.get(speaker, gender) != gender:
            return None
        return speaker
    # a description: "the official", "a woman in a nearby salon", "a police spokeswoman"
    g = next((g for w in doc.text[a:b].split() if (g := _word_gender(w))), None)
    if (g is not None and g != gender) or (g is None and not near):
        return None
    return speaker


#: plural nouns for people, the group "one of the …" picks a person from
_PEOPLE_NOUNS = frozenset("""
residents neighbors witnesses victims students friends relatives officers officials
workers employees guests attendees partygoers survivors parents teachers members
organizers organisers owners passengers customers patrons people men women neighbours
""".split())


def _partitive(doc: Doc, subject: Any) -> str | None:
    """'One of the residents' as a cue's subject: the description of one person (not a name, so
    it says "one of the residents" rather than take the nearest name for "he")."""
    if subject.lower_ != "one":
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in _PEOPLE_NOUNS:
        return None
    return doc.text[subject.idx:noun.idx + len(noun.text)].lower()


def _person_apposition(subject: Any) -> Any | None:
    """The role noun in apposition to a proper-noun subject ("X, spokesman for …", "X, the
    governor, said"), which makes X a person whatever type the tagger gave the name."""
    from .entities import ROLE_HEADS, TITLE_WORDS

    for child in subject.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and (
                child.lower_ in ROLE_HEADS or child.lower_ in TITLE_WORDS or _word_gender(child.text)):
            return child
    return None


#: head nouns of a description that stands for a company named before ("the company", "the
#: world's largest tech company", "the chipmaker")
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "giant", "maker", "manufacturer", "retailer",
                            "chipmaker", "automaker", "carmaker", "conglomerate", "business", "insurer", "lender"})
#: how far back the company a description stands for may be named
_COMPANY_WINDOW = 700


def _definite_company(doc: Doc, start: int, words: list[str]) -> bool:
    """'says the company', 'the world's largest tech company by sales announced': a definite
    description of a company with no name of its own in it."""
    if not words or words[-1].lower() not in _COMPANY_NOUNS:
        return False
    if any(w[:1].isupper() for w in words):
        return False
    before = doc.text[max(0, start - 4):start].lower()
    return before.endswith("the ") or doc.text[start:start + 4].lower() == "the "


def _company_before(doc: Doc, start: int) -> str | None:
    """The organisation last named as a grammatical subject shortly before ``start`` ("AMD plans to
    offer … The company said …"), outside quotations."""
    from .nlp import parse

    parsed = parse(doc)
    marks = _quote_marks(doc)
    found = None
    for ent in parsed.ents:
        if ent.end_char > start:
            break
        if ent.label_ != "ORG" or start - ent.end_char > _COMPANY_WINDOW or _in_marks(ent.start_char, marks):
            continue
        # a subject inside a quotation, even one whose marks do not pair up, is the quote's
        opening = doc.text[ent.sent.start_char:ent.start_char]
        if ent.root.dep_ in SUBJECT_DEPS and not any(c in opening for c in "“\"‘"):
            found = ent
    if found is None:
        return None
    named = [s for s in doc.spans_of("entity") if s.start <= found.start_char < s.end and s.attrs.get("name")]
    if named:
        return str(named[0].attrs["name"])
    text = re.sub(r"^(?:the|The)\s+", "", found.text)
    return _POSSESSIVE.sub("", text).strip() or None
