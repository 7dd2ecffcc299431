"""Speech set off as paragraphs: transcript turns and block quotes.

Turns: 'WALLACE: Let's start with …' / 'PENCE: Well, look, …'.

News sites print interviews as a run of paragraphs, each opened by the speaker's name in
capitals and a colon (often inside one long quotation that never closes). Every turn is the
speaker's own words, so it is a direct quote; the name is resolved against the people the
article names ("WALLACE" -> "Chris Wallace").

A single "NAME: …" line is a headline or a label ("UPDATE: …", "Pence: Flowers won't be
there"), not a transcript: turns count only where the article has at least ``MIN_TURNS``.

Block quotes: 'Limbaugh added:' closing a paragraph, and the next paragraph, without quotation
marks, is what he said (sites print long quotes as an indented block).
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Doc
from .cues import SAID_FORMS, SPEECH_VERBS, Attribution, _attribution, _quote_record, cue_lemma
from .speakers import people_of

#: an article needs this many turns to be read as a transcript
MIN_TURNS = 2
#: a label is a name of one to four words in capitals ("SEN. SANDERS", "CHRIS WALLACE")
_TURN = re.compile(
    r"^[ \t]*[\"“]?[ \t]*(?P<who>[A-Z][A-Z.’'\-]+(?:[ \t]+[A-Z][A-Z.’'\-]*){0,3})[ \t]*:[ \t]+"
    r"(?P<said>\S[^\n]*)$", re.M)
#: capitalised labels that head a paragraph without naming a speaker
_NOT_SPEAKERS = frozenset("""
update updated editor editors note photo photos video watch read related source sources exclusive
breaking live listen see also correction clarification q a transcript warning caption tags share
advertisement subscribe follow more from by credit credits
""".split())
#: honorifics kept in front of the name when it is not otherwise known ("SEN. SANDERS")
_TITLES = frozenset("mr mrs ms dr sen rep gov pres president senator governor".split())


def _speaker_name(doc: Doc, label: str) -> str:
    """'WALLACE' -> 'Chris Wallace' when the article names him, else 'Wallace'."""
    words = [w.capitalize() if w.isupper() else w for w in label.split()]
    titled = " ".join(words)
    bare = " ".join(w for w in words if w.lower().strip(".") not in _TITLES) or titled
    return people_of(doc).link(bare) or titled


def _said_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The turn's words without the quotation marks that open or close its paragraph."""
    while end > start and text[end - 1] in " \t\"”":
        end -= 1
    while start < end and text[start] in " \t\"“":
        start += 1
    return start, end


def transcript_turns(doc: Doc) -> list[dict[str, Any]]:
    """One direct-quote record per speaker turn, in text order; none unless the article has
    at least ``MIN_TURNS`` turns."""
    text = doc.text
    turns = []
    for m in _TURN.finditer(text):
        label = m.group("who").strip()
        first = label.split()[0].lower().strip(".’'")
        if first in _NOT_SPEAKERS or not any(ch.isalpha() for ch in label.replace(".", "")) or len(label) < 2:
            continue
        start, end = _said_bounds(text, m.start("said"), m.end("said"))
        if end - start < 2:
            continue
        turns.append((m, start, end))
    if len(turns) < MIN_TURNS:
        return []
    records = []
    for m, start, end in turns:
        a, b = m.span("who")
        att = Attribution(_speaker_name(doc, m.group("who").strip()), a, b, ":", b)
        record = _quote_record(doc, start, end, att, direct=True)
        record["kind"] = "transcript"
        records.append(record)
    return records


def merge_turns(direct: list[dict[str, Any]], turns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Direct quotes plus turns, in text order; a quote with no speaker inside a turn (a title
    the speaker cites, "Shark Tank") is part of the turn, not a quote of its own."""
    if not turns:
        return direct
    kept = [q for q in direct if q["speaker_start"] is not None
            or not any(t["start"] <= q["start"] and q["end"] <= t["end"] + 1 for t in turns)]
    # a turn the quote finder already read as one quote with a speaker is not repeated
    turns = [t for t in turns if not any(q["start"] <= t["start"] and t["end"] <= q["end"] for q in kept)]
    return sorted(kept + turns, key=lambda r: r["start"])


#: a paragraph ending in a colon, then the next paragraph
_LEAD_IN = re.compile(r"(?P<lead>[^\n]{3,200}?):[ \t]*\n\s*(?P<block>[^\n]+)")
#: marks that open a quotation the direct-quote finder reads itself
_OPENING_MARKS = "\"“‘'«"


def block_quotes(doc: Doc, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """'Limbaugh added:' then a paragraph: the paragraph is the speaker's words (direct). Only
    where the lead-in ends on a verb of saying with a speaker, and no found quote covers the
    block (``taken``: spans of quotes already found)."""
    from .nlp import token_at

    text = doc.text
    records = []
    for m in _LEAD_IN.finditer(text):
        block_start, block_end = m.span("block")
        if text[block_start] in _OPENING_MARKS or any(a <= block_start < b for a, b in taken):
            continue
        colon = m.end("lead")
        verb = token_at(doc, colon - 1)
        # the word before the colon is the cue ("added:"), or the cue sits right before a short
        # addressee or manner phrase ("said in a statement:", "told reporters:")
        while verb is not None and verb.i > 0 and not _is_saying(verb) and colon - verb.idx < 40 \
                and verb.idx > m.start("lead"):
            verb = verb.doc[verb.i - 1]
        if verb is None or not _is_saying(verb):
            continue
        att = _attribution(doc, verb)
        if att.speaker_start is None or att.speaker_start < m.start("lead"):
            continue
        start, end = _said_bounds(text, block_start, block_end)
        if len(text[start:end].split()) < 3:
            continue
        record = _quote_record(doc, start, end, att, direct=True)
        record["kind"] = "block"
        records.append(record)
    return records


def _is_saying(token: Any) -> bool:
    return token.pos_ in {"VERB", "AUX"} and (token.lower_ in SAID_FORMS or cue_lemma(token) in SPEECH_VERBS)
