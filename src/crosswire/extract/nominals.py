"""Attributions whose cue is not a verb of saying: nouns, prepositions and "make clear".

Part of the wide notion of attribution (``extract_quotes(doc, scope="attribution")``, see
:mod:`.attributions`), each a ``quote`` record with ``direct`` False:

* agent nouns with an "of" object: "supporters of Hillary Clinton", "critics of the mandate"
  (the source is the noun phrase itself, the content its object), ``kind`` "stance";
* attribution nouns with a possessor or a "from"/"by" source and a content preposition:
  "Trump’s opposition to trade liberalization", "criticism from many environmentalists",
  ``kind`` "nominal";
* evidence in a prepositional phrase: "In a CNN/ORC poll released Monday, 31% said …",
  "Based on current polling, …", "understated by public counts" (the poll is the source of its
  clause), ``kind`` "evidence";
* "make clear" and "make the case": "he made clear Tuesday night that he intends to …",
  ``kind`` "stance".

The word lists are hand-written from general English (agentive nouns of stance, nouns of
communication and evidence), not learned from any corpus.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc

#: nouns naming people by the stance they take towards their "of" object
AGENT_NOUNS = frozenset("""
supporter critic opponent backer ally fan admirer detractor proponent advocate defender foe
champion skeptic sceptic booster loyalist devotee enthusiast cheerleader
""".split())
#: nouns of saying, thinking and stance whose content follows a preposition
STANCE_NOUNS = frozenset("""
support opposition criticism view position stance attack attacks claim statement remark remarks
comment comments argument assertion promise pledge vow warning suggestion proposal call calls
accusation allegation charge denial admission insistence conclusion estimate prediction
forecast assessment analysis verdict hope hopes fear fears concern concerns worry doubt doubts
demand request appeal plea rhetoric words response reply answer explanation account
description characterization thinking idea vision complaint praise objection assurance
threat question observation suspicion endorsement preference skepticism scepticism embrace
defense defence critique condemnation rejection insistence focus emphasis outreach talk
""".split())
#: prepositions that introduce what a stance noun is about
NOUN_CONTENT_PREPS = frozenset({"to", "for", "of", "on", "about", "against", "with", "toward", "towards", "over"})
#: nouns of evidence that attribute the clause they are attached to ("in a new poll, …")
EVIDENCE_NOUNS = frozenset("""
poll polls polling survey surveys study studies report reports analysis projection projections
estimate estimates tally count census audit review research
""".split())
EVIDENCE_PREPS = frozenset({"in", "by"})
#: objects of "make" that turn it into a verb of saying ("made the case that …")
MAKE_OBJECTS = frozenset("""
case argument point comment comments remark remarks statement claim claims promise pledge vow
accusation allegation prediction pitch plea appeal announcement
""".split())
#: people and groups: heads of noun phrases that can hold a stance
PEOPLE_NOUNS = frozenset("""
people voter official supporter critic opponent aide adviser advisor leader member lawmaker
senator delegate donor expert analyst economist resident candidate campaign party administration
committee group organization organisation company government spokesman spokeswoman spokesperson
source insider activist observer strategist pollster republican democrat conservative liberal
progressive many some others most few agency department official officials union governor
president mayor congressman congresswoman representative judge court lawyer attorney staff
team firm board council panel industry nominee chairman chairwoman chair director executive
""".split())
_HOLDER_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "who", "you", "his", "her", "their",
                              "my", "our", "your", "whose"})
_NOT_SOURCES = frozenset({"it", "its", "that", "which", "this", "there", "what"})


def holder_like(doc: Doc, token: Any) -> bool:
    """True when the noun phrase headed by ``token`` can hold a stance: a pronoun for people,
    a person, organisation or group, or a noun for people ("voters", "the campaign")."""
    from .speakers import people_of

    if token.lower_ not in _NOT_SOURCES and people_of(doc).at(token.idx, token.idx + len(token.text)) is not None:
        return True
    return holder_token(token)


def holder_token(token: Any) -> bool:
    """:func:`holder_like` from the parse alone (no person index)."""
    lower = token.lower_
    if lower in _NOT_SOURCES:
        return False
    if lower in _HOLDER_PRONOUNS or token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    # "environmentalists", "economists", "politicians", "Americans": nouns for people by suffix
    return lemma in PEOPLE_NOUNS or lower in PEOPLE_NOUNS or (
        token.pos_ in {"NOUN", "PROPN"} and lemma.endswith(("ist", "ian", "ican")))


def _bounds(token: Any) -> tuple[int, int]:
    last = token.right_edge
    return token.left_edge.idx, last.idx + len(last.text)


def _content_prep(noun: Any) -> Any | None:
    """The first content preposition after ``noun`` with an object that is not a date."""
    for child in noun.children:
        if child.dep_ == "prep" and child.i > noun.i and child.lower_ in NOUN_CONTENT_PREPS:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects and objects[0].ent_type_ not in {"DATE", "TIME"}:
                return child
    return None


def _record(doc: Doc, content: tuple[int, int], source: tuple[int, int], cue: Any, kind: str,
            head: Any | None = None) -> dict[str, Any] | None:
    from .cues import Attribution, _clip_to_paragraph, _quote_record, _trim_clause
    from .speakers import resolve_speaker

    start, end = _clip_to_paragraph(doc.text, cue.idx, *content)
    start, end = _trim_clause(doc.text, start, end)
    s_start, s_end = source
    if end - start < 2 or s_end <= s_start or start <= s_start < end:
        return None
    if "\n" in doc.text[min(s_start, cue.idx):max(s_end, cue.idx)]:
        return None
    speaker = resolve_speaker(doc, s_start, s_end, head.text if head is not None else None,
                              head.ent_type_ if head is not None else "")
    record = _quote_record(doc, start, end, Attribution(speaker, s_start, s_end, cue.text, cue.idx),
                           direct=False)
    record["kind"] = kind
    return record


def nominal_sources(doc: Doc, taken: list[tuple[int, int]], speech: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Agent nouns, stance nouns with a preposition, evidence phrases and "make clear"."""
    from .cues import _inside
    from .nlp import parse
    from .speakers import phrase_bounds

    parsed = parse(doc)
    used = {a for a, _ in taken}
    results: list[dict[str, Any]] = []
    for token in parsed:
        if token.idx in used or _inside(token.idx, speech):
            continue
        lemma = token.lemma_.lower()
        record = None
        if token.pos_ == "NOUN" and lemma in AGENT_NOUNS:
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            holder = token
            if token.dep_ == "attr":
                # 'Mr. Bannon has been a supporter of …': the copula's subject is the source
                holder = next((c for c in token.head.children if c.dep_ == "nsubj"), token)
            if obj is not None and not _inside(prep.idx, speech):
                record = _record(doc, _bounds(obj), phrase_bounds(holder), prep, "stance", holder)
        elif token.pos_ == "NOUN" and lemma in STANCE_NOUNS:
            record = _stance_noun(doc, token)
        elif token.dep_ == "pobj" and lemma in EVIDENCE_NOUNS and token.head.lower_ in EVIDENCE_PREPS | {"on"}:
            record = _evidence(doc, token)
        elif token.pos_ == "VERB" and lemma == "make":
            record = _make_clear(doc, token)
        if record is not None:
            results.append(record)
    return results


def _stance_noun(doc: Doc, noun: Any) -> dict[str, Any] | None:
    """'Trump’s opposition to …', 'his support for …', 'criticism from many environmentalists'."""
    from .speakers import phrase_bounds

    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                     and c.i > noun.i), None)
        source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if source is None:
            return None
    if not holder_like(doc, source):
        return None
    content = _content_prep(noun)
    if content is not None:
        bounds = _bounds(content)
    elif source.dep_ == "pobj":
        bounds = (noun.idx, noun.idx + len(noun.text))  # 'criticism from …': the noun is what they said
    else:
        return None
    return _record(doc, bounds, phrase_bounds(source), noun, "nominal", source)


def _evidence(doc: Doc, noun: Any) -> dict[str, Any] | None:
    """'In a CNN/ORC poll released Monday, 31% said …' / 'leading in the polls'."""
    from .speakers import phrase_bounds

    prep = noun.head
    if prep.lower_ == "on" and not (prep.head.lower_ == "based"):
        return None
    if prep.lower_ == "in" and not prep.is_sent_start:
        return None  # 'leading in the polls' is a standing, 'In a new poll, …' a source
    clause = prep.head
    if clause.pos_ not in {"VERB", "AUX"} and clause.lower_ != "based":
        return None
    if clause.lower_ == "based":
        clause = clause.head
        prep = prep.head
    sent = noun.sent
    p_start, p_end = _bounds(prep)
    left = (sent.start_char, p_start)
    right = (p_end, sent.end_char)
    content = max(left, right, key=lambda b: len(doc.text[b[0]:b[1]].strip(" ,.")))
    start, end = phrase_bounds(noun, full=True)
    if len(doc.text[start:end].split()) > 12:
        start, end = phrase_bounds(noun)
    return _record(doc, content, (start, end), prep, "evidence", noun)


def _make_clear(doc: Doc, verb: Any) -> dict[str, Any] | None:
    """'He made clear that he intends to …', 'made it clear', 'made the case that …'."""
    from .cues import _attribution

    children = list(verb.children)
    clear = any(c.lower_ == "clear" for c in children) or any(
        c.lower_ == "it" and any(g.lower_ == "clear" for g in c.children) for c in children)
    obj = next((c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in MAKE_OBJECTS), None)
    if not clear and obj is None:
        return None
    content = None
    for node in [verb] + ([obj] if obj is not None else []) + [c for c in children if c.lower_ in {"clear", "it"}]:
        for child in node.children:
            if child.dep_ in {"ccomp", "advcl", "acl", "relcl"} and child.i > verb.i and child.lower_ != "clear":
                content = _bounds(child)
                break
            if node is obj and child.dep_ == "prep" and child.lower_ in {"for", "against", "about", "on"}:
                content = _bounds(child)
                break
        if content is not None:
            break
    if content is None:
        return None
    att = _attribution(doc, verb)
    if att.speaker_start is None:
        return None
    subject = verb.doc.char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
    if subject is None or not holder_like(doc, subject.root):
        return None
    return _record(doc, content, (att.speaker_start, att.speaker_end), verb, "stance", subject.root)


#: verbs that take a side through a preposition ("pushed for", "came out against", "sided
#: with", "rallied behind"); the preposition's object is what the subject stands for or against
PREP_STANCES: dict[str, frozenset[str]] = {
    verb: frozenset(preps.split()) for verb, preps in {
        "push": "for", "fight": "for against", "stand": "for with against", "vouch": "for",
        "root": "for", "argue": "for against", "press": "for", "clamor": "for", "clamour": "for",
        "plead": "for", "beg": "for", "settle": "on", "insist": "on", "side": "with against",
        "rally": "behind around", "line": "behind", "coalesce": "around", "turn": "against",
        "come": "against", "speak": "against", "lash": "against", "weigh": "on", "break": "with",
        "agree": "with on", "disagree": "with on", "differ": "with on", "split": "with on",
        "campaign": "for against", "work": "against", "cheer": "for", "pray": "for", "hope": "for",
        "wish": "for", "long": "for", "yearn": "for", "object": "to", "subscribe": "to",
        "warn": "against of about", "caution": "against", "rail": "against", "protest": "against",
        "vote": "for against", "opt": "for", "apologize": "for", "apologise": "for",
    }.items()}
#: prepositions that need an adverb particle to take a side: "came out against", "spoke out for"
_PARTICLE_ONLY = frozenset({"come", "speak", "lash", "weigh", "line"})


def prepositional_stances(doc: Doc, taken: list[tuple[int, int]], speech: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'Hillary Clinton came out against the Cadillac tax', 'Republican business leaders push
    for free trade', 'sided with Sanders': a side taken through a preposition."""
    from .cues import _attribution, _inside, cue_lemma
    from .nlp import parse
    from .reported import _passive

    parsed = parse(doc)
    used = {a for a, _ in taken}
    results: list[dict[str, Any]] = []
    for verb in parsed:
        if verb.pos_ != "VERB" or verb.idx in used or _inside(verb.idx, speech):
            continue
        preps = PREP_STANCES.get(cue_lemma(verb))
        if preps is None or _passive(verb):
            continue
        if cue_lemma(verb) in _PARTICLE_ONLY and not any(c.dep_ == "prt" for c in verb.children):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                     and any(g.dep_ in {"pobj", "pcomp"} and g.ent_type_ not in {"DATE", "TIME"} for g in c.children)), None)
        if prep is None:
            continue
        att = _attribution(doc, verb)
        if att.speaker_start is None:
            continue
        subject = parsed.char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
        if subject is None or not holder_like(doc, subject.root):
            continue
        record = _record(doc, _bounds(prep), (att.speaker_start, att.speaker_end), verb, "stance", subject.root)
        if record is not None:
            results.append(record)
    return results
