"""Cue verbs and attributions shared by the quote and reported-speech extractors.

An :class:`Attribution` is who said something (canonical ``speaker`` and the offsets of the
mention that attributes it) and the cue verb. :func:`_attribution` reads it off a cue verb
in the spaCy parse; the other helpers keep spans inside paragraphs and trim punctuation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..doc import Doc
from .speakers import INDEFINITE_PRONOUNS, people_of, phrase_bounds, resolve_speaker

#: verbs that introduce what someone said or wrote (lemmas)
SPEECH_VERBS = frozenset("""
say tell add note state claim argue assert insist explain announce report write warn suggest
acknowledge admit concede agree deny confirm predict estimate remark mention emphasize emphasise
stress reiterate declare tweet post reply respond answer ask urge recall contend maintain observe
indicate signal reveal complain question promise pledge vow threaten testify allege charge lament
joke quip boast brag conclude caution counter continue describe call term dub label praise criticize
criticise accuse blame tout highlight demand plead exclaim shout yell scream chant whisper mutter
admonish concur echo affirm proclaim recount relate tell outline disclose inform advise assure
comment retort interject muse wonder sigh chuckle laugh marvel snap scoff reflect sob cry
""".split())


#: the plain verbs of saying: preferred over weaker cues when a quote hangs on several
STRONG_SPEECH_VERBS = frozenset("""
say tell add note state claim argue assert insist explain announce write warn remark mention
emphasize emphasise stress reiterate declare tweet reply respond answer recall contend testify
exclaim shout yell scream whisper mutter continue
""".split())


#: verbs of thought and finding that PolNeAR-style attribution also counts (reported only)
COGNITION_VERBS = frozenset("""
think believe know feel fear hope expect worry doubt understand realize realise recognize
recognise learn find show estimate conclude decide suspect wonder assume guess
suppose reckon sense acknowledge insist
""".split())


#: verbs whose object (not a clause) is what is said: "described the talks as “candid”"
NAMING_VERBS = frozenset({"describe", "call", "term", "dub", "label", "brand"})


#: surface forms that are verbs of saying whatever tag the parser gave them
SAID_FORMS = frozenset("""
said says say told tells added adds asked asks wrote writes explained explains noted notes
recalled insisted argued continued replied responded declared stated remarked tweeted reads
""".split())


@dataclass
class Attribution:
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None = None


#: phrasal verbs of retort: "Trump shot back", "she fired back", "he pointed out"
PHRASAL_SPEECH = frozenset({("shoot", "back"), ("fire", "back"), ("hit", "back"), ("snap", "back"),
                            ("point", "out"), ("speak", "out"), ("lash", "out"), ("chime", "in"),
                            ("weigh", "in"), ("sound", "off"), ("open", "up")})


_KNOWN_LEMMAS: frozenset[str] | None = None


def cue_lemma(token: Any) -> str:
    """The token's lemma, repaired where the lemmatizer cut a silent e ("hoped", "hoping" ->
    "hop") off a verb of saying, thinking or stance."""
    global _KNOWN_LEMMAS
    lemma = token.lemma_.lower()
    if _KNOWN_LEMMAS is None:
        from .attributions import STANCE_VERBS

        _KNOWN_LEMMAS = SPEECH_VERBS | COGNITION_VERBS | NAMING_VERBS | STANCE_VERBS
    if lemma not in _KNOWN_LEMMAS and lemma + "e" in _KNOWN_LEMMAS and (
            token.lower_.startswith(lemma + "e") or token.lower_ == lemma + "ing"):
        return lemma + "e"
    return lemma


#: verbs of saying that are other acts with a direct object ("the regimen added 10 years to his
#: life", "continued his work"): a cue only without one
_SAYING_WITHOUT_OBJECT = frozenset({"add", "continue"})


def _is_cue(token: Any, lemmas: frozenset[str] = SPEECH_VERBS) -> bool:
    lemma = cue_lemma(token)
    if lemma in _SAYING_WITHOUT_OBJECT and any(
            (c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "NUM"})
            or (c.dep_ == "npadvmod" and any(g.dep_ == "nummod" for g in c.children))  # "added 10 years"
            for c in token.children):
        return False
    if token.pos_ in {"VERB", "AUX"} and lemma in lemmas or (lemma in lemmas and token.tag_.startswith("VB")):
        return True
    return token.pos_ == "VERB" and any(
        c.dep_ in {"prt", "advmod"} and (lemma, c.lower_) in PHRASAL_SPEECH for c in token.children)


def _inside(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when ``offset`` lies in one of ``spans`` (a list sorted by start, as the quote
    finders return them, is searched by bisection)."""
    if isinstance(spans, list) and len(spans) > 8:
        i = bisect.bisect_right(spans, (offset, float("inf")))
        # spans are few and rarely nested: look back over the few that start before offset
        return any(a <= offset < b for a, b in spans[max(0, i - 4):i])
    return any(a <= offset < b for a, b in spans)


#: verbs a thing may do as well as a person ('The documents included …, showing he was born …')
_SHOWING = frozenset({"show", "indicate", "suggest", "reveal", "demonstrate", "confirm", "prove"})


def _subject_of(verb: Any) -> Any | None:
    """The grammatical subject of a cue verb, climbing through participles and conjuncts."""
    node = verb
    borrowed = False
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # '… killed three people and then himself …, the Los Angeles Times reports': a
        # reflexive pronoun the parser made a subject speaks for no one
        subjects = [c for c in subjects if not c.lower_.endswith(("self", "selves"))] or subjects[:0]
        if subjects:
            # 'said study co-author Anezina Solomonidou' split into two subjects: the name
            # 'The Thick of It writer Armando Ianucci tweeted', 'Captain Jack Harkness, John
            # Barrowman added' split into two subjects: the person right before the verb
            pool = [c for c in subjects if c.ent_type_ == "PERSON"] or subjects
            before = [c for c in pool if c.i < node.i]
            child = before[-1] if before else pool[0]
            agent = next((g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if child.dep_ == "nsubjpass" and _borrowed_from_passive(node, verb) and agent is not None:
                # 'The decision was welcomed by Smith who …, saying: “…”': who says it is the agent
                return agent
            author = _antecedent_author(child)
            if (borrowed and author is None and child.pos_ == "NOUN" and node.dep_ == "ccomp"
                    and node.head is not node and node.head.pos_ == "VERB" and not _holder(child)):
                # 'Pascoe said that Smith's record is “very extensive,” noting, “…”': a record
                # notes nothing; the participle goes on from the one who said the clause
                node = node.head
                continue
            if borrowed and author is None and child.ent_type_ in {"DATE", "TIME"}:
                # 'knowing that (Pagano) is going to be back Monday, the work week shouldn't be as
                # stressful': a participle's knower is never a stretch of time
                return None
            return author or child
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in {"NOUN", "PROPN"}:
            # "GOP voters saying they want …": a participle's subject is the noun it modifies;
            # a document speaks for its author ("issued a statement saying …", "shot back in
            # an article stating …")
            author = _author_of(node.head)
            if author is not None:
                return author
            from .nominals import holder_token

            # 'a request seeking comment', 'huge crowds describing …': only people speak
            return node.head if holder_token(node.head) else None
        if (node.dep_ == "acl" and node.head.dep_ == "ROOT" and node.head.pos_ in {"NOUN", "PROPN"}
                and node.head.i < node.i and (node.tag_ in {"VBD", "VBZ", "VBP"} or any(
                    c.dep_ == "ccomp" for c in node.children))):
            # 'A Quinnipiac poll found that …' parsed as a noun with a clause: the finite verb's
            # subject is that noun
            return node.head
        if node.dep_ == "xcomp" and node.head is not node:
            # object control: "forced Stumpf to admit", "led the journalist to fear"
            controller = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)
            if controller is not None:
                from .nominals import holder_token

                if holder_token(controller):
                    return controller
                # 'Pence used his keynote speech to offer …': a thing controls nothing
                node = node.head
                continue
        if node.dep_ == "prep" and node.head is not node and node.head.pos_ in {"VERB", "AUX"}:
            # 'Hannity followed up by asking …': from the preposition to the verb it hangs on
            node = node.head
            continue
        if node.dep_ == "conj" and node.head.i != node.i:
            # 'The AP reports Mayor Suthers says …, but says …': the second "says" goes on
            # from the first, which the parser hung under "reports" as its clause
            same = [c for c in node.head.children if c.dep_ == "ccomp" and node.head.i < c.i < node.i
                    and c.lemma_ == node.lemma_ and any(g.dep_ == "nsubj" for g in c.children)]
            if same:
                node = same[-1]
                continue
        if node.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "parataxis"} and node.head is not node:
            # "..., stating “…”": the one who states is the subject of the clause it hangs on;
            # a ccomp only counts when the verb is a participle ("…, saying")
            if node.dep_ == "ccomp" and node.tag_ != "VBG":
                return None
            borrowed = borrowed or (node.dep_ in {"advcl", "pcomp"} and node.tag_ == "VBG"
                                    and verb.lemma_.lower() not in _SHOWING
                                    and not (node.dep_ == "pcomp" and node.head.lower_ == "as"))
            node = node.head
            continue
        return None
    return None


def _holder(token: Any) -> bool:
    from .nominals import holder_token

    return holder_token(token)


def _borrowed_from_passive(node: Any, verb: Any) -> bool:
    """True when the cue is a participle hanging on a passive verb, not the verb itself."""
    return node is not verb and any(c.dep_ == "auxpass" for c in node.children)


#: nouns for what someone writes or issues, which speak for their author
DOCUMENT_NOUNS = frozenset("""
statement article post letter release memo report tweet email op-ed column editorial essay
note message announcement ad advertisement video interview speech op ed blog
""".split())


def _author_of(noun: Any) -> Any | None:
    """The subject of the verb a document noun is the object of ("Trump and Ryan issued a
    statement …", "Forbes shot back in an article …")."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


#: tokens looked back over for the document a definite "the statement" refers to
_ANTECEDENT_WINDOW = 120


def _antecedent_author(noun: Any) -> Any | None:
    """"Kraft Foods issued a statement … The statement expresses condolences, saying …": a
    definite document noun speaks for the author of the same kind of document named shortly
    before it."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        return None
    doc = noun.doc
    for token in reversed(doc[max(0, noun.sent.start - _ANTECEDENT_WINDOW):noun.sent.start]):
        author = _author_of(token) if token.lemma_ == noun.lemma_ else None
        if author is not None:
            return author
    return None


def _inverted_subject(verb: Any, stop: int) -> Any | None:
    """``said Bessent`` / ``added the official``: a noun right after the cue verb."""
    for token in verb.doc[verb.i + 1:min(stop, verb.i + 6)]:
        if token.is_punct:
            break
        if token.pos_ in {"PROPN", "NOUN"} and token.dep_ in {"nsubj", "dobj", "attr", "npadvmod", "appos", "compound", "dep"}:
            head = token
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            return head
    return None


#: verbs of saying whose object is the one addressed ("Butz, 49, told The Huffington Post.")
_ADDRESSING = frozenset({"told", "tells", "asked", "asks"})


def _inverted_after_comma(verb: Any) -> Any | None:
    """'Any cleareyed reading of his actions, said Michael Kofman, an expert …': a verb of saying
    right after a comma and right before a name speaks for the name, whatever subject the
    parser found before it."""
    doc = verb.doc
    if verb.lower_ not in SAID_FORMS or verb.lower_ in _ADDRESSING or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    if verb.i + 1 >= len(doc) or not (doc[verb.i + 1].pos_ == "PROPN" or doc[verb.i + 1].lower_ in {"the", "a", "an"}):
        return None
    if doc[verb.i + 1].ent_type_ in {"DATE", "TIME"} or doc[verb.i + 1].dep_ in {"npadvmod", "tmod"}:
        return None  # 'McConnell, R-Ky., said Tuesday.': when, not who
    if any(c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"} for c in verb.children):
        return None  # 'Luis Miranda, a spokesman, said the party was …': the clause follows
    subject = _inverted_subject(verb, verb.sent.end)
    if subject is None:
        return None
    # the name closes the clause: ', said Michael Kofman, an expert …' / ', said the senator.'
    after = subject.i + 1
    while after < len(doc) and doc[after].dep_ in {"compound", "flat"} and doc[after].i < verb.sent.end:
        after += 1
    if after < verb.sent.end and not doc[after].is_punct:
        return None
    return subject


def _word_before(verb: Any) -> Any | None:
    """'… of the Washington Post Trump said that …': the parser found no subject, but a name
    or pronoun stands right before the verb (adverbs like "also" skipped)."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "ADV" and verb.i - i <= 2:
        i -= 1
    if i < 0 or verb.doc[i].sent != verb.sent:
        return None
    token = verb.doc[i]
    if token.pos_ == "PROPN" or (token.pos_ == "PRON" and token.lower_ in _NOMINATIVE):
        return token
    return None


def _fronted_subject(verb: Any) -> Any | None:
    """'Sanders, meanwhile, who sits at zero endorsements, said …': the parser hung the
    subject on the inserted clause; take the noun phrase that opens the sentence when only
    comma-enclosed material stands between it and the verb."""
    sent = verb.sent
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    first_comma = next((t for t in sent if t.text == "," and t.i < verb.i), None)
    if first_comma is None or first_comma.i - sent.start > 6 or first_comma.i == sent.start:
        return None
    opening = verb.doc[sent.start:first_comma.i]
    if not opening.text[:1].isupper() or any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} for t in opening):
        return None
    heads = [t for t in opening if t.pos_ in {"PROPN", "NOUN"} or t.lower_ in _NOMINATIVE]
    return heads[-1] if heads else None


_NOMINATIVE = frozenset({"i", "he", "she", "we", "they", "it", "you"})
#: pronouns for someone the sentence goes on to name ("Another, Denzel Harris, …")
_SOMEONE = INDEFINITE_PRONOUNS | {"another", "other"}
_RELATIVE = frozenset({"who", "that", "which", "whom"})


def _attribution(doc: Doc, verb: Any, *, allow_inverted_until: int | None = None) -> Attribution:
    subject = _inverted_after_comma(verb) or _subject_of(verb)
    if subject is None and allow_inverted_until is not None:
        subject = _inverted_subject(verb, allow_inverted_until)
    if subject is not None and not _same_paragraph(doc.text, subject.idx, verb.idx):
        subject = None  # a headline glued to the sentence by the parser
        mention = people_of(doc).before(verb.idx, subjects_first=False, window=60)
        if mention is not None and _same_paragraph(doc.text, mention.start, verb.idx):
            return Attribution(mention.name, mention.start, mention.end, verb.text, verb.idx)
    if subject is None and verb.tag_ != "VBG":
        subject = _word_before(verb) or _fronted_subject(verb)
    if subject is None or subject.text in {"’s", "'s"}:  # "let's say"
        return Attribution(None, None, None, verb.text, verb.idx)
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        # "a letter that says …": the mention is "that", the speaker the letter
        h_start, h_end = phrase_bounds(verb.head)
        speaker = resolve_speaker(doc, h_start, h_end, verb.head.text, verb.head.ent_type_)
        return Attribution(speaker, subject.idx, subject.idx + len(subject.text), verb.text, verb.idx)
    start, end = phrase_bounds(subject)
    end = _partner_end(subject, verb, end)
    # never let a speaker phrase run across a paragraph break (headlines glued to a sentence)
    newline = doc.text.rfind("\n", start, end)
    if newline >= 0:
        start = newline + 1
        if subject.idx < start:
            return Attribution(None, None, None, verb.text, verb.idx)
    dateline = _dateline_end(doc.text, start)
    if dateline is not None and dateline < verb.idx and (subject.idx < dateline or start < dateline):
        # 'LONDON (Reuters) - Donald Trump said': the parser took the dateline for the subject
        a, b = _trim_clause(doc.text, dateline, verb.idx if subject.idx < dateline else max(end, dateline))
        if b <= a or len(doc.text[a:b].split()) > 8:
            return Attribution(None, None, None, verb.text, verb.idx)
        return Attribution(resolve_speaker(doc, a, b), a, b, verb.text, verb.idx)
    speaker = resolve_speaker(doc, start, end, subject.text, subject.ent_type_)
    if subject.lemma_.lower() in _ISSUED:
        # 'a message from the Central Commission … said', 'the resolution of the Commission
        # said': a document speaks for who issued it; one of no named issuer is nobody
        speaker = _issuer(doc, subject)
        return Attribution(speaker, start, end, verb.text, verb.idx)
    people = people_of(doc)
    if speaker not in people.names:
        # "his top aide, Tad Devine, told …": the apposition names the speaker; so does the last
        # of a chain of titles ("CHA president and chief executive officer Sister Carol Keehan")
        for child in subject.children:
            # 'Another, Denzel Harris, 31, told …' parsed as a conjunct: the name of the "another"
            described = (subject.pos_ == "NOUN" and subject.text.islower()) or subject.lower_ in _SOMEONE
            if child.dep_ == "appos" or (child.dep_ == "conj" and child.i < verb.i and described):
                a_start, a_end = phrase_bounds(child)
                mention = people.at(a_start, a_end)
                if mention is not None:
                    a_end = _partner_end(child, verb, a_end)
                    name = resolve_speaker(doc, a_start, a_end) if a_end > mention.end else mention.name
                    return Attribution(name or mention.name, start, a_end, verb.text, verb.idx)
        named = appositive_name(doc, verb.idx)
        if named is not None:
            return Attribution(named.name, named.start, named.end, verb.text, verb.idx)
    return Attribution(speaker, start, end, verb.text, verb.idx)


#: what is issued or written, which speaks for whoever issued it
_ISSUED = DOCUMENT_NOUNS - {"interview", "speech", "video", "ad", "advertisement", "column", "article", "op", "ed"} | {
    "resolution", "decision", "decree", "information", "communique", "communiqué"}
#: document nouns the same text may name again ("a message from X … the message said")
_ISSUER_WINDOW = 400


def _issuer(doc: Doc, noun: Any) -> str | None:
    """Who issued a document noun: its "from/of/by" object, its possessor or a name written in
    front of it ("a White House statement"), else the issuer of the same kind of document
    named shortly before ("the message said" after "a message from X said"), else None."""
    from .nominals import holder_like

    def own(token: Any) -> Any | None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "of", "by"}:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and holder_like(doc, pobj):
                    return pobj
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                return child
        return _author_of(token)

    source = own(noun)
    if source is None and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
        for token in reversed(noun.doc[max(0, noun.i - _ISSUER_WINDOW):noun.i]):
            if token.lemma_ == noun.lemma_ and (source := own(token)) is not None:
                break
    if source is None:
        return None
    a, b = phrase_bounds(source)
    return resolve_speaker(doc, a, b, source.text, source.ent_type_)


def _partner_end(name: Any, verb: Any, end: int) -> int:
    """'producers Craig Zadan and Neil Meron said': the end of the second name of a pair who
    speak together (the speaker phrase then names both)."""
    if name.pos_ != "PROPN" or not any(g.dep_ == "cc" and g.lower_ in {"and", "&"} for g in name.children):
        return end
    partner = next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < verb.i), None)
    return end if partner is None else max(end, phrase_bounds(partner)[1])


#: what may stand between a name and its verb as an apposition ("Jane Roe, a U.N. spokesman in
#: Juba, said"), and what a sentence or clause opens after
_APPOSITION_GAP = re.compile(r",[ \t]+[^,;:!?\"“”\n]{2,100},[ \t]*$")
_CLAUSE_START = re.compile(r"(?:^|\n|[.!?][”\"’']?[ \t]+|[“\"][ \t]*)$")


def appositive_name(doc: Doc, verb_start: int) -> Any | None:
    """The person an apposition names right before a verb when the parse gave the verb another
    subject: 'The governor of Unity State, Taban Deng, said …' (the name in commas right before
    the verb) or 'Aleem Siddique, a U. N. spokesman in South Sudan, said: …' (the name opening
    the clause, its description in commas)."""
    people = people_of(doc)
    p_start = doc.text.rfind("\n", 0, verb_start) + 1
    near = [m for m in people.mentions if p_start <= m.start and m.end <= verb_start and verb_start - m.end <= 120]
    for m in reversed(near):
        gap = doc.text[m.end:verb_start]
        if re.fullmatch(r",[ \t]*", gap) and re.search(r",[ \t]*$", doc.text[p_start:m.start]):
            return m
        if _APPOSITION_GAP.fullmatch(gap) and _CLAUSE_START.search(doc.text[p_start:m.start]) \
                and not any(o.start > m.end for o in near):
            return m
    return None


#: a news dateline opening a paragraph: "LONDON (Reuters) - ", "WASHINGTON, Dec. 8 (UPI) — ",
#: "Philadelphia (AFP) – ", "BEDFORD, N.H. (AP) — "
_DATELINE = re.compile(
    r"[A-Z][A-Za-z.'’\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'’ ]{1,20}(?:[ \t]*\d{1,2})?)?"
    r"[ \t]*(?:\([A-Za-z.' ]{2,30}\))?[ \t]*[—–-]{1,2}[ \t]*")


def _dateline_end(text: str, offset: int) -> int | None:
    """Where the dateline ends when the paragraph holding ``offset`` opens with one."""
    p_start = text.rfind("\n", 0, offset) + 1
    m = _DATELINE.match(text, p_start)
    if m is None:
        return None
    head = text[p_start:m.end()]
    # a dateline has a capitalised place and either an agency in parentheses or capitals
    if "(" not in head and not head.split(",")[0].split("(")[0].strip().isupper():
        return None
    return m.end()


def _same_paragraph(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]


def _clip_to_paragraph(text: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """Keep [start, end) inside the paragraph holding ``anchor`` (the parser glues headlines on)."""
    p_start = text.rfind("\n", 0, anchor) + 1
    p_end = text.find("\n", anchor)
    p_end = len(text) if p_end < 0 else p_end
    return max(start, p_start), min(end, p_end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and the trailing comma a quotation carries into its marks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def _trim_clause(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _trim(text, start, end)
    while end > start and text[end - 1] in ".!?”\"’":
        end -= 1
    while start < end and text[start] in ",“\"‘":
        start += 1
    return _trim(text, start, end)


def _quote_record(doc: Doc, start: int, end: int, att: Attribution, *, direct: bool) -> dict[str, Any]:
    if not direct and (start == 0 or doc.text[start - 1] == "\n"):
        # 'TOLVENMOUTH, Nov 12 (MPA) – Three people were killed …, officials said': the dateline
        # opening the paragraph is the outlet's, not what the officials said
        dateline = _dateline_end(doc.text, start)
        if dateline is not None and start < dateline < end:
            start = dateline
    if not direct:
        # '…, she said, and AMD thinks …': the report starts after the conjunction
        joined = re.match(r"(?:and|but|or)\s+(?=\S)", doc.text[start:end])
        if joined:
            start += joined.end()
    people = people_of(doc)
    is_person = att.speaker is not None and att.speaker in people.names
    return {
        "start": start,
        "end": end,
        "speaker": att.speaker,
        "speaker_start": att.speaker_start,
        "speaker_end": att.speaker_end,
        "speaker_is_person": is_person,
        "cue": att.cue,
        "cue_start": att.cue_start,
        "direct": direct,
        "kind": "direct" if direct else "reported",
        "content": doc.text[start:end],
    }


def _fold_nested(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop reports whose cue lies inside a longer report's content (one attribution per stretch)."""
    return [r for r in records if not any(
        o is not r and r["cue_start"] is not None and o["start"] <= r["cue_start"] < o["end"]
        and (o["end"] - o["start"]) > (r["end"] - r["start"]) for o in records)]
