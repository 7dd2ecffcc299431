"""Speakers written as labels beside a quote rather than with a verb: "Name: “…”" as
transcripts and digests write them, and a parenthesis naming who speaks in the quote after it.

Split from :mod:`.quotes`, which calls in here for a quote's adjacent attribution.
"""

from __future__ import annotations

import re

from ..doc import Doc
from .cues import SAID_FORMS, Attribution
from .quotemarks import Quoted
from .speakers import resolve_speaker


#: a name and a colon right before the quote, as transcripts and digests write them:
#: 'Clinton: “Our goal is …” Bush: “The mission is …”', '- Mark Blumenthal and Jon Cohen: “…”'
_COLON_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?”\"\]]\s)|(?<=\n)|(?<=[―—–-]\s))(?:More from\s+)?"
    r"(?P<who>[A-Z][\w.’'\-]*(?:[ \t]+(?:[A-Z][\w.’'\-]*|and|&)){0,5})"
    # 'Anita Barley, Jonah's mother: “…”', 'Perry Duckles, Assistant District Attorney: “…”'
    r"(?:,[ \t]+(?P<role>[\w’'\-]+(?:[ \t]+[\w’'\-]+){0,5}))?[ \t]*:[ \t]*$")


def _colon_speaker(doc: Doc, quote: Quoted) -> Attribution | None:
    from .attributions import _LABELS, _plausible_source

    window = max(0, quote.open - 120)
    m = _COLON_SPEAKER.search(doc.text, window, quote.open)
    if m is None or re.sub(r"(?:’s|'s)$", "", m.group("who").split()[0].lower().strip(".")) in _LABELS:
        return None
    a, b = m.span("who")
    role = m.group("role") or ""
    if any(w.lower() in SAID_FORMS for w in role.split()):
        return None  # 'Captain Jack Harkness, John Barrowman added his congrats:': a clause, no label
    if not (_plausible_source(doc, a, b) or _person_role(role)):
        return None
    return Attribution(resolve_speaker(doc, a, b), a, b, ":", b)


def _person_role(role: str | None) -> bool:
    """'Jonah's mother', 'Assistant District Attorney': a description that only a person fits."""
    from .entities import ROLE_HEADS, TITLE_WORDS
    from .speakers import _word_gender

    words = [w.lower() for w in re.findall(r"[\w\-]+", role or "")]
    return any(w in ROLE_HEADS or w in TITLE_WORDS or _word_gender(w) for w in words)


#: a parenthesis opening the paragraph that names who speaks in the quote after it:
#: '(Carey, in response to a question about …) “…”', '(Suthers, on the victims): “…”'
_PAREN_SPEAKER = re.compile(r"(?:^|(?<=\n))[ \t]*\((?P<who>[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})"
                            r"(?:,[^()\n]{0,200})?\)[ \t]*:?[ \t]*$")


def _parenthetical_speaker(doc: Doc, quote: Quoted) -> Attribution | None:
    from .attributions import _plausible_source

    m = _PAREN_SPEAKER.search(doc.text, max(0, quote.open - 260), quote.open)
    if m is None:
        return None
    a, b = m.span("who")
    if not _plausible_source(doc, a, b):
        return None
    return Attribution(resolve_speaker(doc, a, b), a, b, "(", b)
