"""Attribution in the wide sense of PolNeAR/PARC: stances, intentions and findings.

The quotes stage reports speech ("said", "told", "according to") and beliefs stated as
clauses ("believes that …"). Attribution corpora also count what a source *does* with words
or thought: "Palmieri called on Trump to stop", "Trump wants to build a wall", "Clinton
attacked Trump’s record", "A Bloomberg poll shows that …", and headlines like
"Pence: Flowers won’t be at the debate". :func:`stance_reports` and :func:`headline_reports`
find those, as ``quote`` records with ``direct`` False and ``kind`` "stance" or "headline".

They are not part of the default quotes stage (a quote board of "X attacked Y" would be
noise); ``extract_quotes(doc, scope="attribution")`` adds them.
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Doc

#: verbs whose object or infinitive is what the subject says, wants, finds or stands for
STANCE_VERBS = frozenset("""
call urge want plan pledge promise vow threaten refuse decline agree support oppose back endorse
reject dismiss criticize criticise attack blast slam praise accuse blame defend cite point liken
compare question challenge demand request seek propose suggest recommend warn predict forecast
estimate show find reveal report indicate mock deride condemn denounce applaud welcome hail
celebrate tout highlight stress emphasize emphasise acknowledge admit concede deny confirm
dispute contest doubt fear hope expect intend aim consider regard view describe label brand
dub term characterize portray paint frame insist maintain argue contend complain lament worry
wonder ask explain tweet post write publish release issue announce declare proclaim offer
encourage ridicule lambaste fault thank congratulate vote push press lobby pressure tell say
add note state claim remind recall discuss mention raise address answer respond reply
""".split())
#: prepositions that carry the content of a stance verb ("called for", "pointed to")
CONTENT_PREPS = frozenset({"for", "on", "to", "about", "against", "at", "over"})
_HEADLINE = re.compile(
    r"^(?P<source>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})[ \t]*:[ \t]+(?P<content>\S[^\n]{8,})$",
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
    for child in verb.children:
        if child.dep_ in {"prep", "prt"} and child.lower_ in CONTENT_PREPS:
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
    from .quotes import _attribution, _clip_to_paragraph, _inside, _quote_record, _trim_clause

    parsed = parse(doc)
    used = {a for a, _ in taken}
    results: list[dict[str, Any]] = []
    for verb in parsed:
        if verb.idx in used or _inside(verb.idx, speech):
            continue
        if verb.pos_ not in {"VERB"} or verb.lemma_.lower() not in STANCE_VERBS:
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
        record = _quote_record(doc, start, end, att, direct=False)
        record["kind"] = "stance"
        results.append(record)
    return results


def headline_reports(doc: Doc) -> list[dict[str, Any]]:
    """'Pence: Flowers Won’t Be at Debate' — a line opened by a name and a colon."""
    from .quotes import Attribution, _quote_record, _trim_clause
    from .speakers import resolve_speaker

    results: list[dict[str, Any]] = []
    for match in _HEADLINE.finditer(doc.text):
        source = match.group("source")
        if source.split()[0].lower().strip(".") in _LABELS or len(match.group("content").split()) < 3:
            continue
        s_start, s_end = match.span("source")
        start, end = _trim_clause(doc.text, *match.span("content"))
        speaker = resolve_speaker(doc, s_start, s_end)
        record = _quote_record(doc, start, end, Attribution(speaker, s_start, s_end, ":", s_end), direct=False)
        record["kind"] = "headline"
        results.append(record)
    return results
