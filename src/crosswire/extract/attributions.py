"""Attribution in the wide sense of PolNeAR/PARC: stances, intentions and findings.

The quotes stage reports speech ("said", "told", "according to") and beliefs stated as
clauses ("believes that …"). Attribution corpora also count what a source *does* with words
or thought: "Palmieri called on Trump to stop", "Trump wants to build a wall", "Clinton
attacked Trump’s record", "A Bloomberg poll shows that …", and headlines like
"Pence: Flowers won’t be at the debate". :func:`stance_reports` and :func:`headline_reports`
find those, as ``quote`` records with ``direct`` False and ``kind`` "stance" or "headline".
Stances also come from stance adjectives ("they are confident that …", "worried about …");
:func:`nominal_reports` adds attribution nouns with a possessor or "from"/"by" source and a
"that" clause ("his claim that …"), ``kind`` "nominal". The word lists are hand-written
from general English grammar (verbs of communication, cognition, stance and intention;
Biber's stance adjectives), not learned from any corpus.

They are not part of the default quotes stage (a quote board of "X attacked Y" would be
noise); ``extract_quotes(doc, scope="attribution")`` adds them.
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Doc

#: verbs whose object or infinitive is what the subject says, wants, finds or stands for
STANCE_VERBS = frozenset("""
call urge want pledge promise vow threaten refuse decline agree support oppose back endorse
reject dismiss criticize criticise attack blast slam praise accuse blame defend cite point liken
compare question challenge demand request seek propose suggest recommend warn predict forecast
estimate show reveal indicate mock deride condemn denounce applaud welcome hail tout highlight
stress emphasize emphasise acknowledge admit concede deny confirm dispute contest doubt fear
hope intend aim regard view describe label brand dub term characterize portray paint frame
insist argue contend complain lament worry wonder ask explain tweet post announce declare
proclaim offer encourage ridicule lambaste fault thank congratulate press lobby pressure tell
say claim remind recall discuss mention answer
""".split()) | frozenset("""
see consider prefer favor favour like dislike love hate plan expect express refer target charge
bemoan decry deplore rail swipe allege recount confess profess name list read talk speak
rebuke scold chide denigrate disparage belittle lambast castigate excoriate tear assail berate
commend laud extol celebrate salute recommend advocate champion favor caution signal hint imply
predict envision foresee anticipate project calculate reckon judge deem rate rank assess
regret apologize apologise admire respect trust distrust mistrust suspect embrace adopt
clarify imply infer reference contradict resent remember realize realise recognize
learn hear wish desire preach lecture campaign unveil float tease vent grumble gripe mourn
voice brag boast echo reiterate hammer needle taunt repeat rebut repudiate utter email text insult
scorn perceive vote
""".split())
#: verbs of thinking and talking whose content is only a topic: "thinking about using the
#: stadium", "speculated about Comey's motives", "mused on the race" (never their object)
TOPIC_ONLY_VERBS = frozenset("""
think speculate muse reminisce fret rant inquire testify joke care
""".split())


def _topic_report(doc: Doc, verb: Any) -> dict[str, Any] | None:
    """A topic verb's "about"/"on"/"over" object as its content, said by its subject."""
    from .cues import _attribution, _clip_to_paragraph, _quote_record, _trim_clause
    from .nominals import holder_like

    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"about", "on", "over"}
                 and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)), None)
    if prep is None or any(c.dep_ == "ccomp" for c in verb.children):
        return None  # 'thinks that …' is reported speech, found elsewhere
    last = prep.right_edge
    start, end = _clip_to_paragraph(doc.text, verb.idx, prep.idx, last.idx + len(last.text))
    start, end = _trim_clause(doc.text, start, end)
    att = _attribution(doc, verb)
    if end - start < 2 or att.speaker_start is None or start <= att.speaker_start < end:
        return None
    from .nlp import parse

    subject = parse(doc).char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
    if subject is None or not holder_like(doc, subject.root):
        return None
    record = _quote_record(doc, start, end, att, direct=False)
    record["kind"] = "stance"
    return record


#: stance verbs that are events in their usual sense ("found a way", "accepted money", "heard
#: the case", "aired an ad"): a stance only with a clause ("found that …")
CLAUSE_ONLY_VERBS = frozenset({"find", "accept", "air", "discover", "figure", "hear", "learn"})
#: "called both candidates" is a phone call; "called for …", "called him a liar" a stance
_CALL_CONTENT = frozenset({"oprd", "xcomp", "ccomp"})
#: stance adjectives (Biber's "stance complement" adjectives): "she is confident that …",
#: "they're hopeful that …", "he was eager to …", "voters are worried about …"
STANCE_ADJECTIVES = frozenset("""
confident sure certain convinced hopeful optimistic pessimistic skeptical sceptical doubtful
aware afraid fearful worried concerned anxious nervous eager keen willing reluctant unwilling
determined adamant insistent happy glad pleased proud thankful grateful sorry upset angry
furious frustrated disappointed unhappy critical supportive wary suspicious ambivalent
enthusiastic excited opposed committed intent unsure uncertain
""".split()) | frozenset("""
supportive loyal favorable favourable hostile sympathetic receptive open mistrustful distrustful
dismissive fond respectful appreciative ashamed outraged dismayed alarmed furious incensed
unified united divided split adamant vocal outspoken clear explicit emphatic bullish bearish
""".split())
#: prepositions that carry a stance adjective's content ("loyal to", "critical of", "clear about")
ADJECTIVE_PREPS = frozenset({"about", "of", "with", "to", "toward", "towards", "on", "over", "at", "by"})
#: prepositions that carry the content of a stance verb ("called for", "pointed to")
CONTENT_PREPS = frozenset({"for", "on", "to", "about", "against", "at", "over", "of", "with"})
#: verbs of talking, whose content is only their topic ("spoke about …", not "spoke for an hour")
TOPIC_VERBS = frozenset({"speak", "talk", "discuss", "lecture", "preach", "campaign"})
TOPIC_PREPS = frozenset({"about", "on", "against", "out"})
_HEADLINE = re.compile(
    r"^[\"“]?(?P<source>[A-Z][\w.’'\-]*(?:[ \t]+[A-Za-z][\w.’'\-]*){0,3})"
    r"(?:[ \t]+(?:to|on|at|in|for)[ \t]+[^:\n]{2,60})?[ \t]*:[ \t]+(?P<content>\S[^\n]{8,})$",
    re.MULTILINE)
#: line openers that are labels, not sources ("Update: …", "Photo: …")
_LABELS = frozenset("""
update updated editor note photo photos video watch read related source sources exclusive
breaking live listen see also correction clarification q a transcript warning caption
""".split())


def _content_of(verb: Any) -> tuple[int, int] | None:
    """Bounds of what a stance verb is about: infinitive, object, or prepositional object."""
    for deps in (("ccomp",), ("xcomp",), ("dobj",)):
        for child in verb.children:
            if child.dep_ in deps:
                last = child.right_edge
                return child.left_edge.idx, last.idx + len(last.text)
    preps = TOPIC_PREPS if verb.lemma_.lower() in TOPIC_VERBS else CONTENT_PREPS
    for child in verb.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                last = objects[-1].right_edge
                return child.idx, last.idx + len(last.text)
    return None


def stance_reports(doc: Doc, taken: list[tuple[int, int]], speech: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Stance, intention and finding attributions whose cue is not already used.

    ``taken`` are cue offsets of the reports already found; ``speech`` the direct quotes.
    """
    from .nlp import parse
    from .cues import _attribution, _clip_to_paragraph, _inside, _quote_record, _trim_clause, cue_lemma

    parsed = parse(doc)
    stance_lemmas = STANCE_VERBS | PASSIVE_EXTRA | TOPIC_ONLY_VERBS
    used = {a for a, _ in taken}
    results: list[dict[str, Any]] = []
    for verb in parsed:
        if verb.idx in used or _inside(verb.idx, speech):
            continue
        if verb.pos_ == "ADJ" and verb.lower_ in STANCE_ADJECTIVES and verb.dep_ in {"acomp", "ROOT"}:
            record = _adjective_report(doc, verb)
            if record is not None:
                results.append(record)
            continue
        if verb.pos_ not in {"VERB"}:
            continue
        if cue_lemma(verb) not in stance_lemmas:
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            record = _passive_report(doc, verb)
            if record is not None:
                results.append(record)
            continue
        from .reported import _passive

        if verb.dep_ == "amod" or _passive(verb):
            # "pledged delegates", "is expected to win": no one takes a stance here
            continue
        lemma = cue_lemma(verb)
        if lemma in CLAUSE_ONLY_VERBS and not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        if lemma in TOPIC_ONLY_VERBS:
            record = _topic_report(doc, verb)
            if record is not None:
                results.append(record)
            continue
        if lemma == "vote" and not any(c.dep_ == "prep" and c.lower_ in {"for", "against"} for c in verb.children):
            continue  # 'voted for …', 'voted against …' take a side; 'voted on Tuesday' does not
        if lemma == "call" and not any(c.dep_ in _CALL_CONTENT or (c.dep_ == "prep" and c.lower_ in {"for", "on"})
                                       for c in verb.children):
            continue
        bounds = _content_of(verb)
        if bounds is None:
            continue
        start, end = _clip_to_paragraph(doc.text, verb.idx, *bounds)
        start, end = _trim_clause(doc.text, start, end)
        if end - start < 2:
            continue
        att = _attribution(doc, verb)
        if att.speaker_start is None or start <= att.speaker_start < end:
            continue
        if not _stance_holder(doc, verb, att):
            continue
        record = _quote_record(doc, start, end, att, direct=False)
        record["kind"] = "stance"
        results.append(record)
    return results


#: verbs of perception, which take a stance only when someone perceives ("they see …"), not
#: in their eventive use ("the referendum saw the continuation …")
PERCEPTION_VERBS = frozenset({"see", "find", "hear", "watch", "notice", "witness"})
_HOLDER_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "who"})


#: stance verbs whose subject may be a thing: "a poll shows", "the memo warns", "data suggest"
INANIMATE_SOURCES = frozenset("""
show reveal indicate suggest find predict forecast estimate highlight cite read state say claim
warn note report conclude estimate project calculate confirm signal describe mention list
""".split())


def _stance_holder(doc: Doc, verb: Any, att: Any) -> bool:
    """False for a subject that cannot hold a stance: a relative or demonstrative pronoun
    ("a group that favors …"), "it" or an amount doing something ("over $2 million targeting
    …"), an inanimate subject of a perception verb ("the referendum saw …")."""
    from .cues import cue_lemma
    from .nlp import parse

    span = parse(doc).char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.lower_ in {"that", "which", "this", "there", "what"}:
        return False
    if root.ent_type_ in {"MONEY", "DATE", "TIME"} or (
            root.lower_ == "it" and cue_lemma(verb) not in INANIMATE_SOURCES):
        return False
    phrase = doc.text[att.speaker_start:att.speaker_end].strip().lower()
    if verb.lemma_.lower() in PERCEPTION_VERBS:
        if phrase in _HOLDER_PRONOUNS:
            return True
        from .nlp import parse

        span = parse(doc).char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
        return span is not None and span.root.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or (
            att.speaker is not None and att.speaker in people_of_names(doc))
    return True


def people_of_names(doc: Doc) -> list[str]:
    from .speakers import people_of

    return people_of(doc).names


def _adjective_report(doc: Doc, adjective: Any) -> dict[str, Any] | None:
    """'They’re hopeful that will change': the copula's subject holds the stance; the
    adjective's clause, infinitive or "about"/"of" object is its content."""
    from .cues import _attribution, _clip_to_paragraph, _quote_record, _trim_clause

    bounds = None
    for child in adjective.children:
        if child.dep_ in {"ccomp", "xcomp"} or (child.dep_ == "prep" and child.lower_ in ADJECTIVE_PREPS):
            last = child.right_edge
            bounds = (child.left_edge.idx, last.idx + len(last.text))
            break
    if bounds is None:
        return None
    copula = adjective.head if adjective.dep_ == "acomp" else adjective
    start, end = _clip_to_paragraph(doc.text, adjective.idx, *bounds)
    start, end = _trim_clause(doc.text, start, end)
    if end - start < 2:
        return None
    att = _attribution(doc, copula)
    if att.speaker_start is None or start <= att.speaker_start < end:
        return None
    from .nlp import parse
    from .nominals import holder_like

    subject = parse(doc).char_span(att.speaker_start, att.speaker_end, alignment_mode="expand")
    if subject is None or not holder_like(doc, subject.root):
        return None  # 'the vote is critical to …': only people and groups hold a stance
    att.cue, att.cue_start = adjective.text, adjective.idx
    record = _quote_record(doc, start, end, att, direct=False)
    record["kind"] = "stance"
    return record


#: verbs that attribute in the passive voice even though their active use is not a stance
PASSIVE_EXTRA = frozenset({"report", "write", "find", "publish", "release", "quote", "cite"})


def _passive_report(doc: Doc, verb: Any) -> dict[str, Any] | None:
    """'The issue was first reported by The Washington Post': the agent is the source."""
    from .cues import Attribution, _quote_record, _trim_clause
    from .speakers import phrase_bounds, resolve_speaker

    agent = next(c for c in verb.children if c.dep_ == "agent")
    source = next((c for c in agent.children if c.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if source is None or subject is None:
        return None
    s_start, s_end = phrase_bounds(source, full=True)
    last = subject.right_edge
    start, end = _trim_clause(doc.text, subject.left_edge.idx, last.idx + len(last.text))
    if end - start < 2 or "\n" in doc.text[start:end] or "\n" in doc.text[s_start:s_end]:
        return None
    speaker = resolve_speaker(doc, s_start, s_end, source.text, source.ent_type_)
    record = _quote_record(doc, start, end, Attribution(speaker, s_start, s_end, verb.text, verb.idx),
                           direct=False)
    record["kind"] = "stance"
    return record


def _plausible_source(doc: Doc, start: int, end: int) -> bool:
    """A headline source is a person, a transcript speaker (PENCE) or a one-word name (Poll)."""
    from .speakers import DETERMINERS, people_of

    from .nlp import parse

    words = doc.text[start:end].split()
    if not words or words[0].lower() in DETERMINERS:
        return False
    if people_of(doc).at(start, end) is not None or doc.text[start:end].isupper() or len(words) == 1:
        return True
    # 'NY Daily News: …', 'Clinton camp: …': a named organisation or a group named after one
    span = parse(doc).char_span(start, end, alignment_mode="expand")
    return span is not None and span[0].ent_type_ in {"ORG", "PERSON", "NORP", "GPE"}


_WORD = re.compile(r"[\w’'\-.]+")


def _cue_word(word: str) -> bool:
    """'Says', 'Vows', 'Slams', 'Urged': a verb of saying or stance as a headline writes it."""
    from .cues import COGNITION_VERBS, SAID_FORMS, SPEECH_VERBS

    w = word.lower()
    if w in SAID_FORMS:
        return True
    lemmas = SPEECH_VERBS | COGNITION_VERBS | STANCE_VERBS
    for stem in (w[:-1] if w.endswith("s") else None, w[:-2] if w.endswith("es") else None,
                 w[:-3] + "y" if w.endswith("ies") else None):
        if stem and stem in lemmas:
            return True
    return False


def title_reports(doc: Doc) -> list[dict[str, Any]]:
    """'Obama Says Museum Will Tell of Suffering', 'Sanders Vows To Eliminate Tax Breaks':
    a Title Case line whose verb is a cue word; the words before it are the source."""
    from .cues import Attribution, _quote_record, _trim_clause
    from .speakers import resolve_speaker

    text = doc.text
    results: list[dict[str, Any]] = []
    pos = 0
    for line in text.split("\n"):
        start_of_line, pos = pos, pos + len(line) + 1
        words = list(_WORD.finditer(line))
        if not 3 <= len(words) <= 20:
            continue
        capitalised = sum(1 for w in words if w.group()[0].isupper() or w.group()[0].isdigit())
        if capitalised < 0.7 * len(words):
            continue
        for k, w in enumerate(words[1:-1], start=1):
            if not _cue_word(w.group()):
                continue
            # the source runs back to the start of its clause ("Railing Against Trump, Sanders Vows …")
            clause = max(line.rfind(",", 0, w.start()), line.rfind(":", 0, w.start()))
            s_start = start_of_line + (clause + 1 if clause >= 0 else 0)
            s_end = start_of_line + w.start()
            s_start, s_end = _trim_clause(text, s_start, s_end)
            c_start, c_end = _trim_clause(text, start_of_line + w.end(), start_of_line + len(line))
            if s_end - s_start < 2 or c_end - c_start < 4:
                break
            speaker = resolve_speaker(doc, s_start, s_end)
            att = Attribution(speaker, s_start, s_end, w.group(), start_of_line + w.start())
            record = _quote_record(doc, c_start, c_end, att, direct=False)
            record["kind"] = "headline"
            results.append(record)
            break
    return results


def headline_reports(doc: Doc) -> list[dict[str, Any]]:
    """'Pence: Flowers Won’t Be at Debate' — a line opened by a name and a colon."""
    from .cues import Attribution, _quote_record, _trim_clause
    from .speakers import resolve_speaker

    results: list[dict[str, Any]] = []
    for match in _HEADLINE.finditer(doc.text):
        source = match.group("source")
        if source.split()[0].lower().strip(".") in _LABELS or len(match.group("content").split()) < 3:
            continue
        s_start, s_end = match.span("source")
        if not _plausible_source(doc, s_start, s_end):
            continue
        start, end = _trim_clause(doc.text, *match.span("content"))
        speaker = resolve_speaker(doc, s_start, s_end)
        record = _quote_record(doc, start, end, Attribution(speaker, s_start, s_end, ":", s_end), direct=False)
        record["kind"] = "headline"
        results.append(record)
    return results


#: nouns of saying, thinking and stance whose possessor or "from"/"by" phrase is a source
#: ("his claim that …", "Trump’s remarks", "a statement from the campaign")
ATTRIBUTION_NOUNS = frozenset("""
claim statement announcement remark comment view belief opinion argument assertion promise
pledge vow warning suggestion proposal call criticism critique message position stance
accusation allegation charge denial admission insistence contention conclusion estimate
prediction forecast finding report testimony speech interview tweet post letter memo
endorsement opposition attack assessment analysis verdict hope fear concern worry doubt
demand request appeal plea rhetoric words rebuttal response reply answer explanation account
description characterization thinking idea vision insinuation complaint praise objection
assurance threat question observation suspicion contention recollection memoir tirade rant
diatribe boast insult jab swipe dig retort quip joke vote endorsement support preference
""".split())
_NOMINAL_PREPS = frozenset({"from", "by"})


def nominal_reports(doc: Doc, taken: list[tuple[int, int]], speech: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'his claim that …', 'Trump’s remarks about …', 'a statement from the campaign': an
    attribution noun whose possessor (or "from"/"by" object) is the source."""
    from .nlp import parse
    from .cues import Attribution, _clip_to_paragraph, _inside, _quote_record, _trim_clause
    from .speakers import phrase_bounds, resolve_speaker

    parsed = parse(doc)
    used = {a for a, _ in taken}
    results: list[dict[str, Any]] = []
    for noun in parsed:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ATTRIBUTION_NOUNS:
            continue
        if noun.idx in used or _inside(noun.idx, speech):
            continue
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source is None:
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _NOMINAL_PREPS
                         and c.i > noun.i), None)
            source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            if source is None or source.pos_ not in {"PROPN", "NOUN", "PRON"}:
                continue
        if source.lower_ in {"its", "it", "whose"}:
            continue
        s_start, s_end = phrase_bounds(source)
        if "\n" in doc.text[min(s_start, noun.idx):max(s_end, noun.idx)]:
            continue
        # content: a clause or prepositional object of the noun, else the noun phrase itself
        bounds = None
        for child in noun.children:
            if child.dep_ in {"acl", "ccomp", "relcl"} and child.i > noun.i and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
                last = child.right_edge
                bounds = (child.idx, last.idx + len(last.text))
                break
        if bounds is None:
            continue  # a bare "his remarks" names no content: rarely an attribution of its own
        start, end = _clip_to_paragraph(doc.text, noun.idx, *bounds)
        start, end = _trim_clause(doc.text, start, end)
        if end - start < 2 or start <= s_start < end:
            continue
        speaker = resolve_speaker(doc, s_start, s_end, source.text, source.ent_type_)
        record = _quote_record(doc, start, end, Attribution(speaker, s_start, s_end, noun.text, noun.idx),
                               direct=False)
        record["kind"] = "nominal"
        results.append(record)
    return results
